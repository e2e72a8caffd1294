/* quiz_session.c - a quiz as the screens drive it: which questions, where the
 * student is, what they answered and how each check went. It holds no
 * drawing state; a screen reads the current QuizItem, edits its Answer with
 * the quiz_answer_* calls and calls quiz_check() and quiz_next().
 *
 * Practice gives a wrong answer one more try before the answer is shown,
 * because finding the mistake yourself sticks better than reading it. The
 * score still counts the first check, so it says what the student knew. */
#include <string.h>

#include "quiz.h"
#include "expect.h"

/* ---- picking questions -------------------------------------------------- */

size_t quiz_pick_section(const Course *c, size_t section, size_t *out)
{
    expect(section < c->nsections);
    const Section *s = &c->sections[section];
    for (size_t i = 0; i < s->nquestions; i++)
        out[i] = s->first_question + i;
    return s->nquestions;
}

size_t quiz_pick_chapter(const Course *c, size_t chapter, size_t *out)
{
    expect(chapter < c->nchapters);
    const Chapter *ch = &c->chapters[chapter];
    size_t n = 0;
    for (size_t i = 0; i < ch->nsections; i++) {
        const Section *s = course_section(c, ch->sections[i]);
        if (s)
            n += quiz_pick_section(c, (size_t)(s - c->sections), out + n);
    }
    return n;
}

size_t quiz_pick_goals(const Course *c, const char *const *goals, size_t ngoals, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < c->nquestions; i++) {
        const char *goal = c->questions[i].goal;
        for (size_t j = 0; goal && j < ngoals; j++)
            if (strcmp(goal, goals[j]) == 0) {
                out[n++] = i;
                break;
            }
    }
    return n;
}

size_t quiz_pick_quizset(const Course *c, const QuizSet *set, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < set->nquestions && n < c->nquestions; i++) {
        const Question *q = course_question(c, set->questions[i]);
        if (q)
            out[n++] = (size_t)(q - c->questions);
    }
    return n;
}

size_t quiz_pick_all(const Course *c, size_t *out)
{
    for (size_t i = 0; i < c->nquestions; i++)
        out[i] = i;
    return c->nquestions;
}

/* ---- a session ---------------------------------------------------------- */

bool quiz_start(Quiz *z, const Course *c, const size_t *questions, size_t n, QuizMode mode, uint64_t seed)
{
    expect(z && c && (questions || n == 0));
    memset(z, 0, sizeof *z);
    z->course = c;
    z->mode = mode;
    z->seed = seed;
    z->items = calloc(n ? n : 1, sizeof *z->items);
    if (!z->items)
        return false;
    for (size_t i = 0; i < n; i++) {
        expect(questions[i] < c->nquestions);
        QuizItem *it = &z->items[i];
        const Question *q = &c->questions[questions[i]];
        it->question = questions[i];
        z->nitems = i + 1; /* so that quiz_free() releases what is built */
        if (!quiz_shuffle(q, seed, &it->order) || !quiz_answer_init(&it->answer, q, &it->order)) {
            quiz_free(z);
            return false;
        }
    }
    return true;
}

void quiz_free(Quiz *z)
{
    if (!z)
        return;
    for (size_t i = 0; i < z->nitems; i++) {
        quiz_order_free(&z->items[i].order);
        quiz_answer_free(&z->items[i].answer);
        quiz_grade_free(&z->items[i].grade);
        quiz_answer_free(&z->items[i].checked);
    }
    free(z->items);
    memset(z, 0, sizeof *z);
}

QuizItem *quiz_item(Quiz *z)
{
    return z->pos < z->nitems ? &z->items[z->pos] : NULL;
}

const Question *quiz_question(const Quiz *z, const QuizItem *it)
{
    return it ? &z->course->questions[it->question] : NULL;
}

bool quiz_check(Quiz *z)
{
    QuizItem *it = quiz_item(z);
    if (!it)
        return false;
    if (it->state == QUIZ_CHECKED)
        return true;
    Answer copy;
    if (!quiz_answer_copy(&copy, &it->answer))
        return false;
    if (!quiz_grade(quiz_question(z, it), &it->answer, &it->grade)) {
        quiz_answer_free(&copy);
        return false;
    }
    quiz_answer_free(&it->checked);
    it->checked = copy;
    if (it->checks++ == 0)
        it->first_score = it->grade.score;
    bool retry = z->mode == QUIZ_PRACTICE && it->checks == 1 && !it->grade.right;
    it->state = retry ? QUIZ_RETRY : QUIZ_CHECKED;
    return true;
}

bool quiz_item_marked(const QuizItem *it)
{
    if (!it || it->state == QUIZ_OPEN || it->checks == 0)
        return false;
    return it->state == QUIZ_CHECKED || quiz_answer_equal(&it->answer, &it->checked);
}

bool quiz_goto(Quiz *z, size_t k)
{
    if (k > z->nitems)
        return false;
    z->pos = k;
    return true;
}

bool quiz_next(Quiz *z)
{
    /* The last step comes back to the current item: left unchecked, it is
     * still to do. */
    for (size_t step = 1; step <= z->nitems + 1; step++) {
        size_t k = (z->pos + step) % (z->nitems + 1);
        if (k < z->nitems && z->items[k].state != QUIZ_CHECKED) {
            z->pos = k;
            return true;
        }
    }
    z->pos = z->nitems;
    return false;
}

bool quiz_finished(const Quiz *z)
{
    for (size_t i = 0; i < z->nitems; i++)
        if (z->items[i].state != QUIZ_CHECKED)
            return false;
    return true;
}

static bool missed(const QuizItem *it)
{
    return it->state == QUIZ_CHECKED && it->first_score < 1.0;
}

void quiz_tally(const Quiz *z, QuizTally *t)
{
    memset(t, 0, sizeof *t);
    t->total = z->nitems;
    for (size_t i = 0; i < z->nitems; i++) {
        const QuizItem *it = &z->items[i];
        if (it->state != QUIZ_CHECKED)
            continue;
        t->score += it->first_score;
        t->checked++;
        if (it->first_score >= 1.0)
            t->right++;
        else if (it->grade.right)
            t->retry_right++;
        else
            t->wrong++;
        if (it->first_score < 1.0)
            t->missed++;
    }
}

size_t quiz_missed(const Quiz *z, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < z->nitems; i++)
        if (missed(&z->items[i]))
            out[n++] = i;
    return n;
}

bool quiz_start_missed(Quiz *dst, const Quiz *src, uint64_t seed)
{
    size_t *qs = calloc(src->nitems ? src->nitems : 1, sizeof *qs);
    if (!qs)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < src->nitems; i++)
        if (missed(&src->items[i]))
            qs[n++] = src->items[i].question;
    bool ok = quiz_start(dst, src->course, qs, n, QUIZ_PRACTICE, seed);
    free(qs);
    return ok;
}
