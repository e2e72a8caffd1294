/* review.c - memory states from the attempt log (review.h states the
 * rating rule). Each answer costs O(1): a hash of the course's question ids
 * finds its question, and what the rule needs of the past is kept per
 * question in a fixed size: the state before a first try that may still
 * get its retry (so the retry can replace that review) and the last
 * REVIEW_TIMES first-try times (for Easy). So the states of a million
 * answers are one pass over the log and memory that grows with the course
 * only. */
#include "review.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"

typedef struct {
    ReviewItem before;           /* the item before the pending first try */
    bool pending;                /* a first try not fully right that may get a retry */
    AttemptMode mode;            /* of the pending first try */
    int64_t first_ms;            /* its time */
    int64_t first_day;           /* its local day */
    double first_score;          /* its score */
    int32_t times[REVIEW_TIMES]; /* earlier first-try durations in ms, a ring */
    uint8_t ntimes, next;        /* how many of them; where the next goes */
} Track;

/* A question's state and what the rule keeps of its past, side by side:
 * answers come in random order of questions, so one place per question
 * saves cache misses on a long log. */
typedef struct {
    ReviewItem item;
    Track track;
} Slot;

/* One place of the id hash: the question index + 1 (0: empty) and the
 * upper half of the id's hash, so that a probe compares strings only when
 * it is almost certainly a match. The ids live in one block of their own
 * rather than spread through the course: a lookup per answer line then
 * touches a few cache lines that stay warm, not a cold one in the course. */
typedef struct {
    uint32_t q1, tag;
} IdSlot;

struct ReviewStates {
    const Course *course;
    const FsrsParams *params;
    Slot *q;         /* [course->nquestions] */
    char *idpool;    /* every id, NUL-terminated, one after another */
    uint32_t *idoff; /* [course->nquestions]: where each id starts in idpool */
    bool *planned;   /* [course->nquestions] */
    uint8_t *type;   /* [course->nquestions]: the QuestionType, without a trip into the course */
    IdSlot *slots;   /* open addressing */
    size_t mask;     /* slots has mask + 1 entries */
    size_t answers, ignored;
    int64_t day_from, day_to; /* [from, to) in UTC ms is local day DAY, one UTC offset */
    int64_t day;
};

enum { QUARTER_MS = 15 * 60 * 1000, DAY_MS = 24 * 60 * 60 * 1000 };

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int64_t utc_offset_ms(int64_t ms)
{
    return (int64_t)os_utc_offset_s(ms) * 1000;
}

int64_t review_local_day(int64_t ms)
{
    return floor_div(ms + utc_offset_ms(ms), DAY_MS);
}

/* Answers come in runs on the same day, so the local day of an answer is
 * kept with its bounds in UTC: the next answer inside them needs no
 * localtime_r. A day whose offset changes (daylight saving) keeps only the
 * quarter hour around the answer: offsets change at quarter hours of UTC. */
static int64_t local_day(ReviewStates *st, int64_t ms)
{
    if (ms >= st->day_from && ms < st->day_to)
        return st->day;
    int64_t off = utc_offset_ms(ms);
    int64_t day = floor_div(ms + off, DAY_MS);
    int64_t from = day * DAY_MS - off, to = from + DAY_MS;
    if (utc_offset_ms(from) != off || utc_offset_ms(to - 1) != off) {
        from = floor_div(ms, QUARTER_MS) * QUARTER_MS;
        to = from + QUARTER_MS;
    }
    st->day_from = from;
    st->day_to = to;
    st->day = day;
    return day;
}

static uint64_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* The question with id ID, SIZE_MAX when there is none. */
static size_t find(const ReviewStates *st, const char *id)
{
    uint64_t h = hash_id(id);
    uint32_t tag = (uint32_t)(h >> 32);
    for (size_t k = (size_t)h & st->mask; st->slots[k].q1; k = (k + 1) & st->mask) {
        size_t q = st->slots[k].q1 - 1;
        if (st->slots[k].tag == tag && strcmp(st->idpool + st->idoff[q], id) == 0)
            return q;
    }
    return SIZE_MAX;
}

ReviewStates *review_states_new(const Course *c)
{
    ReviewStates *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    size_t n = c->nquestions;
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    st->course = c;
    st->params = &fsrs_default;
    size_t pool = 1;
    for (size_t q = 0; q < n; q++)
        pool += strlen(c->questions[q].id) + 1;
    st->q = calloc(n ? n : 1, sizeof *st->q);
    st->idpool = pool <= UINT32_MAX ? malloc(pool) : NULL;
    st->idoff = calloc(n ? n : 1, sizeof *st->idoff);
    st->planned = calloc(n ? n : 1, sizeof *st->planned);
    st->type = calloc(n ? n : 1, sizeof *st->type);
    st->slots = calloc(cap, sizeof *st->slots);
    st->mask = cap - 1;
    st->day_from = st->day_to = 0;
    if (!st->q || !st->idpool || !st->idoff || !st->planned || !st->type || !st->slots) {
        review_states_free(st);
        return NULL;
    }
    /* A quiz set names its questions by id: a set of those ids first. */
    bool *in_set = calloc(n ? n : 1, sizeof *in_set);
    if (!in_set) {
        review_states_free(st);
        return NULL;
    }
    size_t at = 0;
    for (size_t q = 0; q < n; q++) {
        const char *id = c->questions[q].id;
        size_t len = strlen(id) + 1;
        memcpy(st->idpool + at, id, len);
        st->idoff[q] = (uint32_t)at;
        st->type[q] = (uint8_t)c->questions[q].type;
        at += len;
        uint64_t h = hash_id(id);
        size_t k = (size_t)h & st->mask;
        while (st->slots[k].q1)
            k = (k + 1) & st->mask;
        st->slots[k] = (IdSlot){(uint32_t)q + 1, (uint32_t)(h >> 32)};
    }
    for (size_t i = 0; i < c->nquizsets; i++)
        for (size_t j = 0; j < c->quizsets[i].nquestions; j++) {
            size_t q = find(st, c->quizsets[i].questions[j]);
            if (q != SIZE_MAX)
                in_set[q] = true;
        }
    for (size_t q = 0; q < n; q++)
        st->planned[q] = !in_set[q];
    free(in_set);
    return st;
}

void review_states_free(ReviewStates *st)
{
    if (!st)
        return;
    free(st->q);
    free(st->idpool);
    free(st->idoff);
    free(st->planned);
    free(st->type);
    free(st->slots);
    free(st);
}

static bool fully_right(double score)
{
    return score >= 1.0 - 1e-6; /* the log keeps 6 decimals */
}

static bool partly_counts(QuestionType t, double score)
{
    return (t == QUESTION_MULTIPLE || t == QUESTION_MATCHING || t == QUESTION_ORDERING) &&
           score >= REVIEW_PARTLY - 1e-6;
}

static double median_time(const Track *t)
{
    int32_t v[REVIEW_TIMES];
    size_t n = t->ntimes;
    memcpy(v, t->times, n * sizeof *v);
    for (size_t i = 1; i < n; i++) /* insertion sort of at most 8 */
        for (size_t j = i; j > 0 && v[j - 1] > v[j]; j--) {
            int32_t x = v[j];
            v[j] = v[j - 1];
            v[j - 1] = x;
        }
    return n % 2 ? (double)v[n / 2] : ((double)v[n / 2 - 1] + (double)v[n / 2]) / 2.0;
}

static void apply(const ReviewStates *st, ReviewItem *it, int64_t day, FsrsRating g)
{
    double elapsed = it->reviews ? (double)(day - it->last_day) : 0;
    it->fsrs = fsrs_review(st->params, it->fsrs, elapsed, g);
    if (it->reviews == 0)
        it->first_day = day;
    else if (g == FSRS_AGAIN)
        it->lapses++;
    it->last_day = day;
    it->reviews++;
    it->last_rating = g;
}

void review_states_add(ReviewStates *st, const Attempt *a)
{
    st->answers++;
    size_t q = a->item && (a->mode == ATTEMPT_PRACTICE || a->mode == ATTEMPT_REVIEW || a->mode == ATTEMPT_EXAM)
                   ? find(st, a->item)
                   : SIZE_MAX;
    if (q == SIZE_MAX) {
        st->ignored++;
        return;
    }
    ReviewItem *it = &st->q[q].item;
    Track *t = &st->q[q].track;
    QuestionType type = (QuestionType)st->type[q];
    int64_t day = local_day(st, a->time_ms);
    if (it->reviews && day < it->last_day)
        day = it->last_day; /* a clock set back */

    if (t->pending && a->mode == t->mode && a->time_ms >= t->first_ms && a->time_ms - t->first_ms <= REVIEW_RETRY_MS) {
        /* The second try: it and its first try are one review. */
        t->pending = false;
        FsrsRating g = fully_right(a->score) || partly_counts(type, t->first_score) ? FSRS_HARD : FSRS_AGAIN;
        *it = t->before;
        apply(st, it, t->first_day, g);
        return;
    }

    t->pending = false;
    FsrsRating g;
    if (fully_right(a->score))
        g = t->ntimes && (double)a->ms * 2.0 < median_time(t) ? FSRS_EASY : FSRS_GOOD;
    else
        g = partly_counts(type, a->score) ? FSRS_HARD : FSRS_AGAIN;
    if (!fully_right(a->score) && a->mode != ATTEMPT_EXAM) {
        t->pending = true;
        t->before = *it;
        t->mode = a->mode;
        t->first_ms = a->time_ms;
        t->first_day = day;
        t->first_score = a->score;
    }
    apply(st, it, day, g);
    t->times[t->next] = a->ms > INT32_MAX ? INT32_MAX : a->ms < 0 ? 0 : (int32_t)a->ms;
    t->next = (uint8_t)((t->next + 1) % REVIEW_TIMES);
    if (t->ntimes < REVIEW_TIMES)
        t->ntimes++;
}

static bool scan_one(void *ctx, const Attempt *a)
{
    review_states_add(ctx, a);
    return true;
}

bool review_states_load(ReviewStates *st, const char *log_path)
{
    return progress_scan(log_path, scan_one, st);
}

const Course *review_states_course(const ReviewStates *st)
{
    return st->course;
}

const ReviewItem *review_states_item(const ReviewStates *st, size_t q)
{
    return &st->q[q].item;
}

bool review_states_planned(const ReviewStates *st, size_t q)
{
    return st->planned[q];
}

size_t review_states_answers(const ReviewStates *st)
{
    return st->answers;
}

size_t review_states_ignored(const ReviewStates *st)
{
    return st->ignored;
}

double review_retrievability(const ReviewStates *st, size_t q, int64_t day)
{
    const ReviewItem *it = &st->q[q].item;
    if (!it->reviews)
        return 0;
    double elapsed = day > it->last_day ? (double)(day - it->last_day) : 0;
    return fsrs_retrievability(st->params, elapsed, it->fsrs.stability);
}

double review_predict(const ReviewStates *st, int64_t day, double *per_section)
{
    const Course *c = st->course;
    double sum = 0;
    size_t n = 0;
    for (size_t s = 0; s < c->nsections; s++) {
        const Section *sec = &c->sections[s];
        double ssum = 0;
        size_t sn = 0;
        for (size_t q = sec->first_question; q < sec->first_question + sec->nquestions && q < c->nquestions; q++)
            if (st->planned[q]) {
                ssum += review_retrievability(st, q, day);
                sn++;
            }
        if (per_section)
            per_section[s] = sn ? ssum / (double)sn : -1;
        sum += ssum;
        n += sn;
    }
    return n ? sum / (double)n : 0;
}
