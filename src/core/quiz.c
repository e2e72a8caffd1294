/* quiz.c - answers, grading and the per-attempt display order (see quiz.h
 * for the rules). Everything is keyed by the written option index, so a
 * shuffled screen and a graded answer can never disagree about which option
 * is which. Cloze folding lives in quiz_fold.c, scenario runs in
 * quiz_scenario.c, sessions in quiz_session.c and JSON in quiz_json.c. */
#include <string.h>

#include "quiz.h"
#include "expect.h"
#include "rng.h"

static bool is_choice_type(QuestionType t)
{
    return t == QUESTION_SINGLE || t == QUESTION_MULTIPLE || t == QUESTION_TRUEFALSE;
}

/* malloc that never asks for 0 bytes, so NULL always means out of memory. */
static void *alloc_array(size_t n, size_t size)
{
    return calloc(n ? n : 1, size);
}

/* ---- answers ------------------------------------------------------------ */

bool quiz_answer_init(Answer *a, const Question *q, const QuizOrder *start)
{
    expect(a && q && q->type < QUESTION_TYPE_COUNT);
    memset(a, 0, sizeof *a);
    a->type = q->type;
    a->n = q->noptions;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        a->chosen = alloc_array(a->n, sizeof *a->chosen);
        if (!a->chosen)
            goto fail;
        break;
    case QUESTION_MATCHING:
        a->match = alloc_array(a->n, sizeof *a->match);
        if (!a->match)
            goto fail;
        for (size_t i = 0; i < a->n; i++)
            a->match[i] = QUIZ_NONE;
        break;
    case QUESTION_ORDERING:
        a->order = alloc_array(a->n, sizeof *a->order);
        if (!a->order)
            goto fail;
        expect(!start || start->n == a->n);
        for (size_t i = 0; i < a->n; i++)
            a->order[i] = start ? start->shown[i] : i;
        break;
    case QUESTION_CLOZE:
    case QUESTION_NUMERIC:
        a->text = alloc_array(a->n, sizeof *a->text);
        if (!a->text)
            goto fail;
        for (size_t i = 0; i < a->n; i++)
            if (!(a->text[i] = calloc(1, 1)))
                goto fail;
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
    return true;
fail:
    quiz_answer_free(a);
    return false;
}

void quiz_answer_free(Answer *a)
{
    if (!a)
        return;
    if (a->text)
        for (size_t i = 0; i < a->n; i++)
            free(a->text[i]);
    free(a->text);
    free(a->chosen);
    free(a->match);
    free(a->order);
    memset(a, 0, sizeof *a);
}

void quiz_answer_choose(Answer *a, size_t i)
{
    expect(is_choice_type(a->type) && i < a->n);
    if (a->type == QUESTION_MULTIPLE) {
        a->chosen[i] = !a->chosen[i];
        return;
    }
    memset(a->chosen, 0, a->n * sizeof *a->chosen);
    a->chosen[i] = true;
}

void quiz_answer_match(Answer *a, size_t left, size_t right)
{
    expect(a->type == QUESTION_MATCHING && left < a->n && (right < a->n || right == QUIZ_NONE));
    if (right != QUIZ_NONE)
        for (size_t i = 0; i < a->n; i++)
            if (a->match[i] == right)
                a->match[i] = QUIZ_NONE;
    a->match[left] = right;
}

void quiz_answer_move(Answer *a, size_t from, size_t to)
{
    expect(a->type == QUESTION_ORDERING && from < a->n && to < a->n);
    size_t item = a->order[from];
    if (from < to)
        memmove(&a->order[from], &a->order[from + 1], (to - from) * sizeof *a->order);
    else
        memmove(&a->order[to + 1], &a->order[to], (from - to) * sizeof *a->order);
    a->order[to] = item;
}

bool quiz_answer_set_text(Answer *a, size_t i, const char *text)
{
    expect((a->type == QUESTION_CLOZE || a->type == QUESTION_NUMERIC) && i < a->n && text);
    size_t len = strlen(text);
    char *copy = malloc(len + 1);
    if (!copy)
        return false;
    memcpy(copy, text, len + 1);
    free(a->text[i]);
    a->text[i] = copy;
    return true;
}

bool quiz_answer_given(const Answer *a)
{
    for (size_t i = 0; i < a->n; i++) {
        switch (a->type) {
        case QUESTION_SINGLE:
        case QUESTION_MULTIPLE:
        case QUESTION_TRUEFALSE:
            if (a->chosen[i])
                return true;
            break;
        case QUESTION_MATCHING:
            if (a->match[i] != QUIZ_NONE)
                return true;
            break;
        case QUESTION_ORDERING:
            return true;
        case QUESTION_CLOZE:
        case QUESTION_NUMERIC:
            /* White space alone is as empty as nothing. */
            if (!quiz_fold_equal(a->text[i], ""))
                return true;
            break;
        case QUESTION_TYPE_COUNT:
            break;
        }
    }
    return false;
}

bool quiz_answer_copy(Answer *dst, const Answer *src)
{
    memset(dst, 0, sizeof *dst);
    dst->type = src->type;
    dst->n = src->n;
    size_t n = src->n;
    if (src->chosen) {
        if (!(dst->chosen = alloc_array(n, sizeof *dst->chosen)))
            goto fail;
        memcpy(dst->chosen, src->chosen, n * sizeof *dst->chosen);
    }
    if (src->match) {
        if (!(dst->match = alloc_array(n, sizeof *dst->match)))
            goto fail;
        memcpy(dst->match, src->match, n * sizeof *dst->match);
    }
    if (src->order) {
        if (!(dst->order = alloc_array(n, sizeof *dst->order)))
            goto fail;
        memcpy(dst->order, src->order, n * sizeof *dst->order);
    }
    if (src->text) {
        if (!(dst->text = alloc_array(n, sizeof *dst->text)))
            goto fail;
        for (size_t i = 0; i < n; i++) {
            size_t len = strlen(src->text[i]);
            if (!(dst->text[i] = malloc(len + 1)))
                goto fail;
            memcpy(dst->text[i], src->text[i], len + 1);
        }
    }
    return true;
fail:
    quiz_answer_free(dst);
    return false;
}

/* "12,5" and "12.5" are one answer; text that is no number is compared as
 * text. The unit does not matter here: both sides read the same way. */
static bool numeric_equal(const char *a, const char *b)
{
    NumericInput x = quiz_numeric_parse(a, NULL), y = quiz_numeric_parse(b, NULL);
    if (x.status == NUMERIC_OK && y.status == NUMERIC_OK)
        return x.value == y.value;
    return quiz_fold_equal(a, b);
}

bool quiz_answer_equal(const Answer *a, const Answer *b)
{
    if (a->type != b->type || a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++) {
        switch (a->type) {
        case QUESTION_SINGLE:
        case QUESTION_MULTIPLE:
        case QUESTION_TRUEFALSE:
            if (a->chosen[i] != b->chosen[i])
                return false;
            break;
        case QUESTION_MATCHING:
            if (a->match[i] != b->match[i])
                return false;
            break;
        case QUESTION_ORDERING:
            if (a->order[i] != b->order[i])
                return false;
            break;
        case QUESTION_CLOZE:
            if (!quiz_fold_equal(a->text[i], b->text[i]))
                return false;
            break;
        case QUESTION_NUMERIC:
            if (!numeric_equal(a->text[i], b->text[i]))
                return false;
            break;
        case QUESTION_TYPE_COUNT:
            break;
        }
    }
    return true;
}

/* ---- grading ------------------------------------------------------------ */

static double grade_choices(const Question *q, const Answer *a, GradeMark *marks)
{
    size_t right = 0, right_chosen = 0, wrong_chosen = 0;
    for (size_t i = 0; i < a->n; i++) {
        bool correct = q->options[i].correct;
        right += correct;
        right_chosen += correct && a->chosen[i];
        wrong_chosen += !correct && a->chosen[i];
        marks[i] = a->chosen[i] ? (correct ? GRADE_RIGHT : GRADE_WRONG) : (correct ? GRADE_MISSED : GRADE_NEUTRAL);
    }
    if (right == 0)
        return 0.0; /* a malformed question; the loader never lets one through */
    if (q->type != QUESTION_MULTIPLE)
        return right_chosen == 1 && wrong_chosen == 0 ? 1.0 : 0.0;
    if (wrong_chosen >= right_chosen)
        return 0.0;
    return (double)(right_chosen - wrong_chosen) / (double)right;
}

/* Pair I is right when the student put its own right-hand text beside it;
 * equal texts count too, so two pairs with one answer cannot be confused. */
static double grade_matching(const Question *q, const Answer *a, GradeMark *marks)
{
    size_t right = 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t m = a->match[i];
        bool ok = m == i || (m < a->n && q->options[m].match && q->options[i].match &&
                             strcmp(q->options[m].match, q->options[i].match) == 0);
        marks[i] = ok ? GRADE_RIGHT : GRADE_WRONG;
        right += ok;
    }
    return a->n ? (double)right / (double)a->n : 0.0;
}

/* An item is right only at its own position: a mark must never call a row
 * "right" that stands in the wrong place, and the score is the share of
 * rows so marked. */
static double grade_ordering(const Answer *a, GradeMark *marks)
{
    size_t n = a->n, good = 0;
    for (size_t k = 0; k < n; k++) {
        expect(a->order[k] < n);
        bool ok = a->order[k] == k;
        marks[a->order[k]] = ok ? GRADE_RIGHT : GRADE_WRONG;
        good += ok;
    }
    return n ? (double)good / (double)n : 1.0;
}

static double grade_cloze(const Question *q, const Answer *a, Grade *g)
{
    size_t right = 0;
    for (size_t i = 0; i < a->n; i++) {
        const Option *o = &q->options[i];
        size_t *accepted = g->accepted;
        accepted[i] = QUIZ_NONE;
        if (!quiz_fold_equal(a->text[i], ""))
            for (size_t j = 0; j < o->naccept && accepted[i] == QUIZ_NONE; j++)
                if (quiz_fold_equal(a->text[i], o->accept[j]))
                    accepted[i] = j;
        for (size_t j = 0; j < o->naccept && accepted[i] == QUIZ_NONE && !g->near[i]; j++)
            g->near[i] = quiz_near_miss(a->text[i], o->accept[j]);
        g->marks[i] = accepted[i] != QUIZ_NONE ? GRADE_RIGHT : GRADE_WRONG;
        right += accepted[i] != QUIZ_NONE;
    }
    g->near_miss = right < a->n;
    for (size_t i = 0; i < a->n; i++)
        g->near_miss &= g->accepted[i] != QUIZ_NONE || g->near[i];
    return a->n ? (double)right / (double)a->n : 0.0;
}

static double grade_numeric(const Question *q, const Answer *a, Grade *g)
{
    NumericInput in = quiz_numeric_parse(a->text[0], q->unit);
    g->parse = in.status;
    g->accepted[0] = in.status == NUMERIC_OK ? quiz_numeric_match(q, in.value) : QUIZ_NONE;
    double score = g->accepted[0] == QUIZ_NONE ? 0.0 : q->numeric[g->accepted[0]].score;
    g->marks[0] = score >= 1.0 ? GRADE_RIGHT : GRADE_WRONG;
    return score;
}

bool quiz_grade(const Question *q, const Answer *a, Grade *g)
{
    expect(q && a && g && a->type == q->type && a->n == q->noptions);
    quiz_grade_free(g);
    g->n = a->n;
    g->marks = alloc_array(a->n, sizeof *g->marks);
    if (!g->marks)
        goto fail;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        g->score = grade_choices(q, a, g->marks);
        break;
    case QUESTION_MATCHING:
        g->score = grade_matching(q, a, g->marks);
        break;
    case QUESTION_ORDERING:
        g->score = grade_ordering(a, g->marks);
        break;
    case QUESTION_CLOZE:
        if (!(g->accepted = alloc_array(a->n, sizeof *g->accepted)) || !(g->near = alloc_array(a->n, sizeof *g->near)))
            goto fail;
        g->score = grade_cloze(q, a, g);
        break;
    case QUESTION_NUMERIC:
        if (!(g->accepted = alloc_array(1, sizeof *g->accepted)))
            goto fail;
        g->score = grade_numeric(q, a, g);
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
    g->right = g->score >= 1.0;
    return true;
fail:
    quiz_grade_free(g);
    return false;
}

void quiz_grade_free(Grade *g)
{
    if (!g)
        return;
    free(g->marks);
    free(g->accepted);
    free(g->near);
    memset(g, 0, sizeof *g);
}

/* ---- display order ------------------------------------------------------ */

static bool is_identity(const size_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] != i)
            return false;
    return true;
}

static bool lines_up(const size_t *a, const size_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

bool quiz_shuffle(const Question *q, uint64_t seed, QuizOrder *o)
{
    expect(q && o);
    memset(o, 0, sizeof *o);
    size_t n = q->noptions;
    o->n = n;
    o->shown = alloc_array(n, sizeof *o->shown);
    if (!o->shown)
        goto fail;
    for (size_t i = 0; i < n; i++)
        o->shown[i] = i;
    /* Each question draws from its own stream, so adding a question to a
     * quiz does not change the order of the others. */
    Rng r;
    rng_seed(&r, rng_mix(seed, q->id));
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        if (!q->fixed_order)
            rng_shuffle(&r, o->shown, n);
        break;
    case QUESTION_MATCHING:
        if (!q->fixed_order)
            rng_shuffle(&r, o->shown, n);
        o->right = alloc_array(n, sizeof *o->right);
        if (!o->right)
            goto fail;
        for (size_t i = 0; i < n; i++)
            o->right[i] = i;
        /* Redraw rather than patch, so that every allowed order stays
         * equally likely; the expected number of draws is below 1.2. */
        do
            rng_shuffle(&r, o->right, n);
        while (n >= 3 && lines_up(o->shown, o->right, n));
        break;
    case QUESTION_ORDERING:
        do
            rng_shuffle(&r, o->shown, n);
        while (n >= 3 && is_identity(o->shown, n));
        break;
    case QUESTION_CLOZE:
    case QUESTION_NUMERIC:
    case QUESTION_TYPE_COUNT:
        break;
    }
    return true;
fail:
    quiz_order_free(o);
    return false;
}

void quiz_order_free(QuizOrder *o)
{
    if (!o)
        return;
    free(o->shown);
    free(o->right);
    memset(o, 0, sizeof *o);
}
