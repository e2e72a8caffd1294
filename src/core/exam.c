/* exam.c - see exam.h for the rules. The draw is deterministic for a seed:
 * strata are visited in a fixed order and every random choice comes from
 * one Rng. */
#include "exam.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

size_t exam_draw(const Course *c, size_t n, uint64_t seed, size_t *out)
{
    size_t nstrata = c->nsections * 3;
    if (nstrata == 0 || n == 0)
        return 0;
    /* members[s] lists the questions of stratum s. */
    size_t *count = calloc(nstrata, sizeof *count);
    size_t *start = calloc(nstrata + 1, sizeof *start);
    size_t *members = malloc((c->nquestions ? c->nquestions : 1) * sizeof *members);
    size_t *quota = calloc(nstrata, sizeof *quota);
    double *rest = calloc(nstrata, sizeof *rest);
    size_t *order = malloc(nstrata * sizeof *order);
    size_t drawn = 0;
    if (!count || !start || !members || !quota || !rest || !order)
        goto done;
    size_t bank = 0;
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        if (course_in_quizset(c, q))
            continue;
        count[q->section_index * 3 + (size_t)(q->difficulty - 1)]++;
        bank++;
    }
    if (n > bank)
        n = bank;
    for (size_t s = 0; s < nstrata; s++)
        start[s + 1] = start[s] + count[s];
    memset(count, 0, nstrata * sizeof *count);
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        if (course_in_quizset(c, q))
            continue;
        size_t s = q->section_index * 3 + (size_t)(q->difficulty - 1);
        members[start[s] + count[s]++] = i;
    }
    /* Largest remainder: the floor of each exact share, then one more for
     * the strata with the largest remainders until N is reached. */
    Rng rng;
    rng_seed(&rng, seed);
    size_t given = 0;
    for (size_t s = 0; s < nstrata; s++) {
        double exact = bank ? (double)n * (double)count[s] / (double)bank : 0;
        quota[s] = (size_t)floor(exact);
        rest[s] = exact - (double)quota[s];
        given += quota[s];
        order[s] = s;
    }
    rng_shuffle(&rng, order, nstrata); /* random tie-breaks */
    while (given < n) {
        size_t best = nstrata;
        for (size_t k = 0; k < nstrata; k++) {
            size_t s = order[k];
            if (quota[s] < count[s] && (best == nstrata || rest[s] > rest[best]))
                best = s;
        }
        if (best == nstrata)
            break;
        quota[best]++;
        rest[best] = -1;
        given++;
    }
    for (size_t s = 0; s < nstrata; s++) {
        size_t *m = members + start[s];
        rng_shuffle(&rng, m, count[s]);
        for (size_t k = 0; k < quota[s] && k < count[s]; k++)
            out[drawn++] = m[k];
    }
    rng_shuffle(&rng, out, drawn);
done:
    free(count);
    free(start);
    free(members);
    free(quota);
    free(rest);
    free(order);
    return drawn;
}

int exam_grade_tenths(double score)
{
    if (!(score >= 0)) /* also NaN */
        score = 0;
    if (score > 1)
        score = 1;
    /* 1 + 9 x score in tenths, rounded half up; the epsilon keeps 0.5 from
     * landing on 54.999... */
    return (int)floor(10.0 + 90.0 * score + 0.5 + 1e-9);
}

bool exam_passed(int grade_tenths)
{
    return grade_tenths >= 55;
}

void exam_grade_text(int grade_tenths, char out[8])
{
    if (grade_tenths < 10)
        grade_tenths = 10;
    if (grade_tenths > 100)
        grade_tenths = 100;
    snprintf(out, 8, "%d,%d", grade_tenths / 10, grade_tenths % 10);
}

/* ---- a test in progress ------------------------------------------------ */

bool exam_start(Exam *e, const Course *c, size_t n, int seconds, uint64_t seed, int64_t now_ms)
{
    memset(e, 0, sizeof *e);
    e->course = c;
    e->questions = malloc((n ? n : 1) * sizeof *e->questions);
    if (!e->questions)
        return false;
    e->n = exam_draw(c, n, seed, e->questions);
    if (e->n == 0)
        goto fail;
    e->orders = calloc(e->n, sizeof *e->orders);
    e->answers = calloc(e->n, sizeof *e->answers);
    e->flagged = calloc(e->n, sizeof *e->flagged);
    e->touched = calloc(e->n, sizeof *e->touched);
    e->spent_ms = calloc(e->n, sizeof *e->spent_ms);
    if (!e->orders || !e->answers || !e->flagged || !e->touched || !e->spent_ms)
        goto fail;
    for (size_t i = 0; i < e->n; i++) {
        const Question *q = &c->questions[e->questions[i]];
        if (!quiz_shuffle(q, seed, &e->orders[i]) || !quiz_answer_init(&e->answers[i], q, &e->orders[i]))
            goto fail;
    }
    e->limit_ms = seconds > 0 ? (int64_t)seconds * 1000 * (int64_t)e->n : 0;
    e->started_ms = e->entered_ms = now_ms;
    return true;
fail:
    exam_free(e);
    return false;
}

void exam_free(Exam *e)
{
    for (size_t i = 0; i < e->n; i++) {
        if (e->orders)
            quiz_order_free(&e->orders[i]);
        if (e->answers)
            quiz_answer_free(&e->answers[i]);
        if (e->grades)
            quiz_grade_free(&e->grades[i]);
    }
    free(e->questions);
    free(e->orders);
    free(e->answers);
    free(e->flagged);
    free(e->touched);
    free(e->spent_ms);
    free(e->grades);
    memset(e, 0, sizeof *e);
}

const Question *exam_question(const Exam *e, size_t i)
{
    return i < e->n ? &e->course->questions[e->questions[i]] : NULL;
}

int64_t exam_remaining_ms(const Exam *e, int64_t now_ms)
{
    if (e->limit_ms == 0)
        return -1;
    if (e->handed_in)
        return 0;
    int64_t left = e->limit_ms - (now_ms - e->started_ms);
    return left > 0 ? left : 0;
}

static void book_time(Exam *e, int64_t now_ms)
{
    if (e->current < e->n && now_ms > e->entered_ms)
        e->spent_ms[e->current] += now_ms - e->entered_ms;
    e->entered_ms = now_ms;
}

bool exam_tick(Exam *e, int64_t now_ms)
{
    if (e->handed_in || e->limit_ms == 0 || exam_remaining_ms(e, now_ms) > 0)
        return false;
    e->timed_out = true;
    /* Out of memory here leaves the test open; the next tick tries again. */
    return exam_hand_in(e, e->started_ms + e->limit_ms);
}

void exam_goto(Exam *e, size_t i, int64_t now_ms)
{
    if (i >= e->n || e->handed_in)
        return;
    book_time(e, now_ms);
    e->current = i;
}

void exam_toggle_flag(Exam *e, size_t i)
{
    if (i < e->n && !e->handed_in)
        e->flagged[i] = !e->flagged[i];
}

void exam_touch(Exam *e, size_t i)
{
    if (i < e->n && !e->handed_in)
        e->touched[i] = true;
}

bool exam_answered(const Exam *e, size_t i)
{
    if (i >= e->n)
        return false;
    if (exam_question(e, i)->type == QUESTION_ORDERING)
        return e->touched[i];
    return quiz_answer_given(&e->answers[i]);
}

size_t exam_unanswered(const Exam *e)
{
    size_t k = 0;
    for (size_t i = 0; i < e->n; i++)
        k += !exam_answered(e, i);
    return k;
}

bool exam_hand_in(Exam *e, int64_t now_ms)
{
    if (e->handed_in)
        return true;
    e->grades = calloc(e->n, sizeof *e->grades);
    if (!e->grades)
        return false;
    double sum = 0;
    for (size_t i = 0; i < e->n; i++) {
        const Question *q = exam_question(e, i);
        if (!quiz_grade(q, &e->answers[i], &e->grades[i])) {
            for (size_t k = 0; k <= i; k++)
                quiz_grade_free(&e->grades[k]);
            free(e->grades);
            e->grades = NULL;
            return false;
        }
        /* An ordering left untouched is no answer: it scores 0, not the
         * partial credit of the shuffled start order. */
        if (q->type == QUESTION_ORDERING && !e->touched[i]) {
            e->grades[i].score = 0;
            e->grades[i].right = false;
        }
        sum += e->grades[i].score;
    }
    book_time(e, now_ms);
    e->score = sum / (double)e->n;
    e->grade_tenths = exam_grade_tenths(e->score);
    e->handed_in = true;
    return true;
}

double exam_section_score(const Exam *e, size_t s)
{
    if (!e->handed_in)
        return -1;
    double sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < e->n; i++)
        if (exam_question(e, i)->section_index == s) {
            sum += e->grades[i].score;
            k++;
        }
    return k ? sum / (double)k : -1;
}
