/* exam.c - see exam.h for the rules. The draw is deterministic for a seed:
 * strata are visited in a fixed order and every random choice comes from
 * one Rng. */
#include "exam.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

static bool in_quizset(const Course *c, const Question *q)
{
    for (size_t i = 0; i < c->nquizsets; i++)
        for (size_t j = 0; j < c->quizsets[i].nquestions; j++)
            if (strcmp(c->quizsets[i].questions[j], q->id) == 0)
                return true;
    return false;
}

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
        if (in_quizset(c, q))
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
        if (in_quizset(c, q))
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

bool exam_passed(int grade_tenths) { return grade_tenths >= 55; }

void exam_grade_text(int grade_tenths, char out[8])
{
    if (grade_tenths < 10)
        grade_tenths = 10;
    if (grade_tenths > 100)
        grade_tenths = 100;
    snprintf(out, 8, "%d,%d", grade_tenths / 10, grade_tenths % 10);
}
