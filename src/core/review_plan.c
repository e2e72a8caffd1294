/* review_plan.c - today's reviews and the coming days' (review.h states
 * the plan). Every answered question gets a due day; then the days are
 * walked from today with a pool of what is due and not yet placed, from
 * which each day takes up to the cap, lowest R first (a heap). The walk
 * jumps over empty days, so a due day a year away costs nothing, and the
 * whole plan is O(n log n) in the questions. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exam.h"
#include "review.h"

void review_options_default(ReviewOptions *o)
{
    memset(o, 0, sizeof *o);
    o->retention = REVIEW_RETENTION;
    o->new_per_day = REVIEW_NEW_PER_DAY;
    o->daily_cap = REVIEW_DAILY_CAP;
    o->exam_day = REVIEW_NO_DAY;
}

typedef struct {
    size_t q;
    int64_t due;
    double r;    /* today */
    bool pulled; /* before its time for the exam */
    bool late;   /* due today or before: a backlog when the cap leaves it */
} Due;

static int by_due_then_r(const void *pa, const void *pb)
{
    const Due *a = pa, *b = pb;
    if (a->due != b->due)
        return a->due < b->due ? -1 : 1;
    if (a->r != b->r)
        return a->r < b->r ? -1 : 1;
    return a->q < b->q ? -1 : a->q > b->q;
}

/* A min-heap of indexes into a Due array, lowest R (then question) first. */
typedef struct {
    const Due *d;
    size_t *v;
    size_t n;
} Heap;

static bool before(const Heap *h, size_t a, size_t b)
{
    const Due *x = &h->d[h->v[a]], *y = &h->d[h->v[b]];
    return x->r < y->r || (x->r == y->r && x->q < y->q);
}

static void swap(size_t *v, size_t a, size_t b)
{
    size_t t = v[a];
    v[a] = v[b];
    v[b] = t;
}

static void heap_push(Heap *h, size_t i)
{
    size_t k = h->n++;
    h->v[k] = i;
    while (k > 0 && before(h, k, (k - 1) / 2)) {
        swap(h->v, k, (k - 1) / 2);
        k = (k - 1) / 2;
    }
}

static size_t heap_pop(Heap *h)
{
    size_t top = h->v[0];
    h->v[0] = h->v[--h->n];
    for (size_t k = 0;;) {
        size_t l = 2 * k + 1, r = l + 1, m = k;
        if (l < h->n && before(h, l, m))
            m = l;
        if (r < h->n && before(h, r, m))
            m = r;
        if (m == k)
            break;
        swap(h->v, k, m);
        k = m;
    }
    return top;
}

/* Mixes E[0..N) (most urgent first) over sections and types among reviews
 * of about equal urgency: each next one is the first of those within
 * MIX_BAND of its R (at most MIX_LOOK ahead) that differs from the one
 * before in both section and type, else in one of them, else simply the
 * next. What stays is still in order of R. */
static void mix(const Course *c, ReviewEntry *e, size_t n)
{
    enum { MIX_LOOK = 64 };
    const double MIX_BAND = 0.05;
    for (size_t i = 1; i < n; i++) {
        const Question *prev = &c->questions[e[i - 1].question];
        size_t pick = i, end = i;
        while (end < n && end - i < MIX_LOOK && e[end].r <= e[i].r + MIX_BAND)
            end++;
        for (int pass = 0; pass < 2 && pick == i; pass++)
            for (size_t j = i; j < end; j++) {
                const Question *q = &c->questions[e[j].question];
                bool other_section = q->section_index != prev->section_index, other_type = q->type != prev->type;
                if (pass == 0 ? other_section && other_type : other_section || other_type) {
                    pick = j;
                    break;
                }
            }
        ReviewEntry x = e[pick];
        memmove(&e[i + 1], &e[i], (pick - i) * sizeof *e);
        e[i] = x;
    }
}

bool review_plan(ReviewPlan *p, const ReviewStates *st, int64_t today, const ReviewOptions *opt)
{
    memset(p, 0, sizeof *p);
    ReviewOptions o;
    if (opt)
        o = *opt;
    else
        review_options_default(&o);
    if (!(o.retention >= 0.5 && o.retention <= 0.99))
        o.retention = REVIEW_RETENTION;
    if (!(o.exam_retention > 0 && o.exam_retention < 1))
        o.exam_retention = o.retention;
    if (o.new_per_day < 0)
        o.new_per_day = 0;
    if (o.daily_cap < 1)
        o.daily_cap = 1;
    /* The interval is linear in the stability: one pow for all. */
    double scale = fsrs_interval_days(&fsrs_default, 1.0, o.retention);

    /* The exam counts from its day on: reviews are possible until LAST. */
    int64_t exam = o.exam_day;
    bool has_exam = exam != REVIEW_NO_DAY && exam >= today;
    int64_t last = has_exam && exam > today ? exam - 1 : today;
    p->today = today;
    p->days_to_exam = has_exam ? exam - today : -1;

    const Course *c = review_states_course(st);
    size_t n = c->nquestions;
    Due *due = malloc((n ? n : 1) * sizeof *due);
    size_t *heapv = malloc((n ? n : 1) * sizeof *heapv);
    p->queue = malloc((n ? n : 1) * sizeof *p->queue);
    p->section_now = malloc((c->nsections ? c->nsections : 1) * sizeof *p->section_now);
    p->section_exam = malloc((c->nsections ? c->nsections : 1) * sizeof *p->section_exam);
    if (!due || !heapv || !p->queue || !p->section_now || !p->section_exam) {
        free(due);
        free(heapv);
        review_plan_free(p);
        return false;
    }

    size_t ndue = 0, met_today = 0;
    for (size_t q = 0; q < n; q++) {
        if (!review_states_planned(st, q))
            continue;
        p->planned++;
        const ReviewItem *it = review_states_item(st, q);
        if (!it->reviews) {
            p->unseen++;
            continue;
        }
        if (it->first_day == today)
            met_today++;
        Due d = {q, it->last_day + fsrs_round_interval(it->fsrs.stability * scale, FSRS_MAX_INTERVAL),
                 review_retrievability(st, q, today), false, false};
        if (has_exam && d.due > last && review_retrievability(st, q, exam) < o.exam_retention) {
            d.due = last;
            d.pulled = true;
            p->pulled++;
        }
        if (d.due <= today) {
            d.due = today;
            d.late = true;
        }
        due[ndue++] = d;
    }
    qsort(due, ndue, sizeof *due, by_due_then_r);

    /* Walk the days: each takes up to the cap from what is due by then. */
    Heap h = {due, heapv, 0};
    size_t next = 0;
    int64_t backlog_end = today;
    for (int64_t d = today; next < ndue || h.n > 0;) {
        if (h.n == 0 && due[next].due > d)
            d = due[next].due;
        while (next < ndue && due[next].due <= d)
            heap_push(&h, next++);
        if (d == today)
            p->due = h.n;
        size_t take = has_exam && d == last ? h.n : h.n < (size_t)o.daily_cap ? h.n : (size_t)o.daily_cap;
        for (size_t k = 0; k < take; k++) {
            const Due *x = &due[heap_pop(&h)];
            if (d == today)
                p->queue[p->nreviews++] = (ReviewEntry){x->q, x->r, false, x->pulled};
            if (x->late)
                backlog_end = d;
        }
        if (d - today < REVIEW_FORECAST_DAYS)
            p->forecast[d - today].reviews += take;
        if (d == today)
            p->backlog = h.n;
        d++;
    }
    p->backlog_days = p->backlog ? (size_t)(backlog_end - today + 1) : 0;
    mix(c, p->queue, p->nreviews);

    /* New questions in course order; with an exam date enough a day to
     * meet them all by the day before it. */
    size_t per_day = (size_t)o.new_per_day;
    if (has_exam && exam > today) {
        size_t days = (size_t)(exam - today);
        size_t need = (p->unseen + met_today + days - 1) / days;
        if (need > per_day)
            per_day = need;
    }
    p->new_per_day = per_day;
    size_t fresh = per_day > met_today ? per_day - met_today : 0;
    if (fresh > p->unseen)
        fresh = p->unseen;
    for (size_t q = 0; q < n && p->nfresh < fresh; q++)
        if (review_states_planned(st, q) && !review_states_item(st, q)->reviews)
            p->queue[p->nreviews + p->nfresh++] = (ReviewEntry){q, 0, true, false};
    p->nqueue = p->nreviews + p->nfresh;
    size_t left = p->unseen;
    for (int k = 0; k < REVIEW_FORECAST_DAYS; k++) {
        int64_t d = today + k;
        p->forecast[k].day = d;
        size_t want = k == 0 ? fresh : has_exam && d < exam ? per_day : (size_t)o.new_per_day;
        p->forecast[k].fresh = want < left ? want : left;
        left -= p->forecast[k].fresh;
    }

    review_predict(st, today, p->section_now);
    p->predicted_score = review_predict(st, has_exam ? exam : today, p->section_exam);
    p->predicted_tenths = exam_grade_tenths(p->predicted_score);
    free(due);
    free(heapv);
    return true;
}

void review_plan_free(ReviewPlan *p)
{
    free(p->queue);
    free(p->section_now);
    free(p->section_exam);
    memset(p, 0, sizeof *p);
}
