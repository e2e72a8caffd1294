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

/* ---- numbers ---- */

/* Units written before the number, as Dutch writes "€ 12,50"; the others
 * follow it, "%" without a space. */
bool answer_text_unit_before(const char *u)
{
    return strcmp(u, "\xE2\x82\xAC") == 0 || strcmp(u, "$") == 0 || strcmp(u, "\xC2\xA3") == 0;
}

/* A sign rather than a word: written beside both ends of a range. */
static bool unit_is_sign(const char *u)
{
    return answer_text_unit_before(u) || strcmp(u, "%") == 0;
}

/* X as the interface writes numbers, with DECIMALS (-1: as few as needed). */
static void number(const App *app, const Question *q, double x, int decimals, bool unit, char *buf, size_t size)
{
    const char *sep = app_str(app, STR_NUMERIC_SEPARATORS);
    char num[64];
    quiz_numeric_format(x, decimals, sep[0] ? sep[0] : ',', sep[0] && sep[1] ? sep[1] : '.', num, sizeof num);
    const char *u = unit ? q->unit : NULL;
    if (!u)
        snprintf(buf, size, "%s", num);
    else if (answer_text_unit_before(u))
        snprintf(buf, size, "%s\xC2\xA0%s", u, num);
    else
        snprintf(buf, size, strcmp(u, "%") == 0 ? "%s%s" : "%s\xC2\xA0%s", num, u);
}

void answer_text_number(const App *app, const Question *q, double x, bool unit, char *buf, size_t size)
{
    number(app, q, x, q->decimals, unit, buf, size);
}

void answer_text_numeric_right(const App *app, const Question *q, char *buf, size_t size)
{
    const NumericAnswer *a = quiz_numeric_right(q);
    if (!a) {
        snprintf(buf, size, "%s", "");
        return;
    }
    char lo[96], hi[96], v[96];
    bool both = q->unit && unit_is_sign(q->unit);
    /* The edges as written: "decimals" rounds the answer, never its margin
     * (24,5 to 25,5 must not read as 24 to 26). */
    number(app, q, a->min, -1, both, lo, sizeof lo);
    number(app, q, a->max, -1, true, hi, sizeof hi);
    number(app, q, a->value, q->decimals, true, v, sizeof v);
    if (a->range)
        snprintf(buf, size, app_str(app, STR_NUMERIC_RANGE), lo, hi);
    else if (a->tolerance > 0)
        snprintf(buf, size, app_str(app, STR_NUMERIC_TOLERANCE), v, lo, hi);
    else
        snprintf(buf, size, "%s", v);
}

const char *answer_text_numeric_refusal(const App *app, const Question *q, const char *typed, char *buf, size_t size)
{
    NumericInput in = quiz_numeric_parse(typed, q->unit);
    char a[64], b[64];
    switch (in.status) {
    case NUMERIC_OK:
        return NULL;
    case NUMERIC_EMPTY:
        snprintf(buf, size, "%s", app_str(app, STR_NUMERIC_EMPTY));
        break;
    case NUMERIC_NOT_A_NUMBER:
        snprintf(buf, size, "%s", app_str(app, STR_NUMERIC_NOT_A_NUMBER));
        break;
    case NUMERIC_AMBIGUOUS: {
        const char *sep = app_str(app, STR_NUMERIC_SEPARATORS);
        char dec = sep[0] ? sep[0] : ',', group = sep[0] && sep[1] ? sep[1] : '.';
        quiz_numeric_format(in.value, -1, dec, group, a, sizeof a);
        quiz_numeric_format(in.other, -1, dec, group, b, sizeof b);
        snprintf(buf, size, app_str(app, STR_NUMERIC_AMBIGUOUS), a, b);
        break;
    }
    case NUMERIC_BAD_GROUPS:
        snprintf(buf, size, "%s", app_str(app, STR_NUMERIC_BAD_GROUPS));
        break;
    case NUMERIC_UNEXPECTED_TEXT:
        snprintf(buf, size, "%s", app_str(app, STR_NUMERIC_UNEXPECTED_TEXT));
        break;
    case NUMERIC_WRONG_UNIT:
        snprintf(buf, size, app_str(app, STR_NUMERIC_WRONG_UNIT), q->unit ? q->unit : "");
        break;
    case NUMERIC_TOO_LONG:
        snprintf(buf, size, "%s", app_str(app, STR_NUMERIC_TOO_LONG));
        break;
    }
    return buf;
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
    case QUESTION_NUMERIC:
        if (right)
            answer_text_numeric_right(app, q, buf, size);
        else
            snprintf(buf, size, "%s", a->text[0]);
        break;
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
