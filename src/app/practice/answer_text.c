/* answer_text.c - see answer_text.h. */
#include "answer_text.h"

#include <stdio.h>
#include <string.h>

#include "app.h"

#define ARROW "\xE2\x86\x92"

/* A true/false option in the interface language, as the practice view
 * shows it. */
static const char *option_text(const App *app, const Question *q, size_t i)
{
    if (q->type == QUESTION_TRUEFALSE)
        return app_str(app, strcmp(q->options[i].id, "true") == 0 ? STR_QUIZ_TRUE : STR_QUIZ_FALSE);
    return q->options[i].text;
}

/* ---- answers as one line of text ---- */

static void add(char *buf, size_t size, size_t *at, const char *fmt, const char *a, const char *b)
{
    if (*at >= size)
        return;
    int n = snprintf(buf + *at, size - *at, fmt, a, b);
    if (n > 0)
        *at += (size_t)n < size - *at ? (size_t)n : size - *at - 1;
}

static void describe(const App *app, const Question *q, const QuizOrder *o, const Answer *a, bool right, char *buf,
                     size_t size)
{
    size_t at = 0;
    buf[0] = '\0';
    char letter[4];
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTIPLE:
        for (size_t k = 0; k < o->n; k++) {
            size_t i = o->shown[k];
            if (right ? !q->options[i].correct : !a->chosen[i])
                continue;
            practice_choice_badge(app, q, i, k, letter);
            add(buf, size, &at, at ? "; %s. %s" : "%s. %s", letter, option_text(app, q, i));
        }
        break;
    case QUESTION_MATCHING:
        for (size_t k = 0; k < o->n; k++) {
            size_t li = o->shown[k];
            size_t pr = right ? li : a->match[li];
            if (pr == QUIZ_NONE)
                continue;
            add(buf, size, &at, at ? "; %s " ARROW " %s" : "%s " ARROW " %s", q->options[li].text,
                q->options[pr].match);
        }
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < q->noptions; k++)
            add(buf, size, &at, at ? "%s%s" : "%.0s%s", " " ARROW " ", q->options[right ? k : a->order[k]].text);
        break;
    case QUESTION_CLOZE:
        for (size_t i = 0; i < q->noptions; i++) {
            char num[32];
            snprintf(num, sizeof num, "(%zu)", i + 1);
            const char *s = right ? (q->options[i].naccept ? q->options[i].accept[0] : "") : a->text[i];
            if (!right && !s[0])
                continue;
            add(buf, size, &at, at ? "; %s %s" : "%s %s", num, s);
        }
        break;
    case QUESTION_NUMERIC: /* TODO(numeric): the right number */
    case QUESTION_TYPE_COUNT:
        break;
    }
}

void answer_text_right(const App *app, const Question *q, const QuizOrder *o, char *buf, size_t size)
{
    describe(app, q, o, NULL, true, buf, size);
}

void answer_text_given(const App *app, const Question *q, const QuizOrder *o, const Answer *a, char *buf, size_t size)
{
    describe(app, q, o, a, false, buf, size);
}
