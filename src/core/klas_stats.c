/* klas_stats.c - klas_compute: from the attempts read to the overview
 * (klas.h says what each number means). */
#include <stdlib.h>
#include <string.h>

#include "exam.h"
#include "klas_internal.h"
#include "mastery.h"

KlasBand klas_band(double mastery)
{
    if (mastery >= MASTERY_THRESHOLD)
        return KLAS_BAND_MASTERED;
    if (mastery >= 0.6)
        return KLAS_BAND_HIGH;
    if (mastery >= 0.4)
        return KLAS_BAND_MID;
    return KLAS_BAND_LOW;
}

static int64_t second_of(int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

/* (student, item, second), the precise copy first, then the time. */
static int rec_cmp(const void *a, const void *b)
{
    const KlasRec *x = a, *y = b;
    if (x->student != y->student)
        return x->student < y->student ? -1 : 1;
    if (x->item != y->item)
        return x->item < y->item ? -1 : 1;
    if (x->sec != y->sec)
        return x->sec < y->sec ? -1 : 1;
    if (x->coarse != y->coarse)
        return x->coarse < y->coarse ? -1 : 1;
    return (x->ms > y->ms) - (x->ms < y->ms);
}

static bool same_attempt(const KlasRec *x, const KlasRec *y)
{
    return x->student == y->student && x->item == y->item && x->sec == y->sec;
}

typedef struct {
    uint32_t student;
    int64_t ms;
    double score;
} ExamAnswer;

static int exam_cmp(const void *a, const void *b)
{
    const ExamAnswer *x = a, *y = b;
    if (x->student != y->student)
        return x->student < y->student ? -1 : 1;
    return (x->ms > y->ms) - (x->ms < y->ms);
}

static int missed_cmp(const void *a, const void *b)
{
    const KlasMissed *x = a, *y = b;
    if (x->missed != y->missed)
        return x->missed > y->missed ? -1 : 1;
    /* Of equal counts, the larger share of its attempts first. */
    double fx = (double)x->missed / (double)x->attempts, fy = (double)y->missed / (double)y->attempts;
    if (fx != fy)
        return fx > fy ? -1 : 1;
    return (x->question > y->question) - (x->question < y->question);
}

typedef struct {
    double *sec_sum, *goal_sum; /* [student * n + i] */
    bool *sec_prac, *goal_prac; /* the same, practised */
    size_t *goal_of;            /* per question: its goal index or KLAS_NONE */
    size_t *opt_wrong;          /* [question * KLAS_MAX_OPTIONS + option] */
    KlasMissed *per_q;          /* [nquestions] */
    ExamAnswer *answers;
    size_t nanswers;
    uint32_t *rank; /* interned student -> its place among the sorted ids */
} Work;

static void work_free(Work *w)
{
    free(w->sec_sum);
    free(w->goal_sum);
    free(w->sec_prac);
    free(w->goal_prac);
    free(w->goal_of);
    free(w->opt_wrong);
    free(w->per_q);
    free(w->answers);
    free(w->rank);
}

static int student_cmp(const void *a, const void *b)
{
    return strcmp(((const KlasStudent *)a)->id, ((const KlasStudent *)b)->id);
}

/* The students sorted by id, with RANK mapping the interned numbers. */
static bool take_students(Klas *k, KlasOverview *o, Work *w)
{
    size_t n = k->students.n;
    o->students = calloc(n + 1, sizeof *o->students);
    w->rank = malloc((n + 1) * sizeof *w->rank);
    if (!o->students || !w->rank)
        return false;
    o->nstudents = n;
    for (size_t i = 0; i < n; i++) {
        o->students[i].id = strdup(k->students.strs[i]);
        o->students[i].name = k->student_names[i] ? strdup(k->student_names[i]) : NULL;
        o->students[i].attempts = i; /* the interned number, until sorted */
        if (!o->students[i].id || (k->student_names[i] && !o->students[i].name))
            return false;
    }
    qsort(o->students, n, sizeof *o->students, student_cmp);
    for (size_t i = 0; i < n; i++) {
        w->rank[o->students[i].attempts] = (uint32_t)i;
        o->students[i].attempts = 0;
    }
    return true;
}

/* The goal of each question: its section's goal with the question's goal id. */
static void map_goals(const Course *c, size_t *goal_of)
{
    for (size_t q = 0; q < c->nquestions; q++) {
        const Question *qu = &c->questions[q];
        goal_of[q] = KLAS_NONE;
        if (!qu->goal || qu->section_index >= c->nsections)
            continue;
        size_t g = 0;
        for (size_t s = 0; s < qu->section_index; s++)
            g += c->sections[s].ngoals;
        const Section *sec = &c->sections[qu->section_index];
        for (size_t i = 0; i < sec->ngoals; i++)
            if (strcmp(sec->goals[i].id, qu->goal) == 0)
                goal_of[q] = g + i;
    }
}

/* One student's attempts on one item, oldest first (R[0..N)). */
static void take_group(Klas *k, KlasOverview *o, Work *w, const KlasRec *r, size_t n)
{
    const Course *c = k->course;
    size_t st = w->rank[r->student], q = k->item_question[r->item];
    o->students[st].attempts += n;
    for (size_t i = 0; i < n; i++)
        if (r[i].mode == ATTEMPT_EXAM)
            w->answers[w->nanswers++] = (ExamAnswer){(uint32_t)st, r[i].ms, r[i].score};
    if (q == KLAS_NONE) {
        if (!course_scenario(c, k->items.strs[r->item]))
            o->unknown += n;
        return;
    }
    double scores[MASTERY_WINDOW];
    size_t ns = n < MASTERY_WINDOW ? n : MASTERY_WINDOW;
    for (size_t i = 0; i < ns; i++)
        scores[i] = r[n - ns + i].score;
    double m = mastery_of_scores(scores, ns);
    const Question *qu = &c->questions[q];
    size_t sec = qu->section_index, g = w->goal_of[q];
    if (sec < c->nsections) {
        w->sec_sum[st * c->nsections + sec] += m;
        w->sec_prac[st * c->nsections + sec] = true;
    }
    if (g != KLAS_NONE) {
        w->goal_sum[st * o->ngoals + g] += m;
        w->goal_prac[st * o->ngoals + g] = true;
    }
    KlasMissed *pq = &w->per_q[q];
    pq->attempts += n;
    uint32_t right = 0;
    for (size_t i = 0; i < qu->noptions && i < KLAS_MAX_OPTIONS; i++)
        if (qu->options[i].correct)
            right |= 1u << i;
    for (size_t i = 0; i < n; i++) {
        if (r[i].score >= 1)
            continue;
        pq->missed++;
        uint32_t wrong = r[i].chosen & ~right;
        for (size_t b = 0; wrong; b++, wrong >>= 1)
            if (wrong & 1)
                w->opt_wrong[q * KLAS_MAX_OPTIONS + b]++;
    }
}

static void spread_add(KlasSpread *sp, bool practised, double mastery)
{
    sp->students[practised ? klas_band(mastery) : KLAS_BAND_NONE]++;
    sp->mean += mastery;
}

static bool spreads(const Course *c, KlasOverview *o, Work *w)
{
    size_t ns = c->nsections, ng = o->ngoals;
    for (size_t s = 0; s < ns; s++) {
        KlasSection *ks = &o->sections[s];
        ks->section = s;
        ks->unpractised = malloc((o->nstudents + 1) * sizeof *ks->unpractised);
        if (!ks->unpractised)
            return false;
        size_t nq = c->sections[s].nquestions;
        for (size_t st = 0; st < o->nstudents; st++) {
            bool prac = w->sec_prac[st * ns + s];
            spread_add(&ks->spread, prac, nq ? w->sec_sum[st * ns + s] / (double)nq : 0);
            if (!prac && nq)
                ks->unpractised[ks->nunpractised++] = st;
        }
        ks->spread.mean = o->nstudents ? ks->spread.mean / (double)o->nstudents : 0;
    }
    size_t *goal_nq = calloc(ng + 1, sizeof *goal_nq);
    if (!goal_nq)
        return false;
    for (size_t q = 0; q < c->nquestions; q++)
        if (w->goal_of[q] != KLAS_NONE)
            goal_nq[w->goal_of[q]]++;
    size_t g = 0;
    for (size_t s = 0; s < ns; s++)
        for (size_t i = 0; i < c->sections[s].ngoals; i++, g++) {
            KlasGoal *kg = &o->goals[g];
            kg->goal = &c->sections[s].goals[i];
            kg->section = s;
            for (size_t st = 0; st < o->nstudents; st++)
                spread_add(&kg->spread, w->goal_prac[st * ng + g],
                           goal_nq[g] ? w->goal_sum[st * ng + g] / (double)goal_nq[g] : 0);
            kg->spread.mean = o->nstudents ? kg->spread.mean / (double)o->nstudents : 0;
        }
    free(goal_nq);
    return true;
}

static void most_missed(const Course *c, KlasOverview *o, Work *w)
{
    size_t n = 0;
    for (size_t q = 0; q < c->nquestions; q++) {
        KlasMissed *pq = &w->per_q[q];
        pq->question = q;
        pq->distractor = KLAS_NONE;
        for (size_t b = 0; b < KLAS_MAX_OPTIONS; b++)
            if (w->opt_wrong[q * KLAS_MAX_OPTIONS + b] > pq->distractor_count) {
                pq->distractor_count = w->opt_wrong[q * KLAS_MAX_OPTIONS + b];
                pq->distractor = b;
            }
        if (pq->missed)
            w->per_q[n++] = *pq;
    }
    qsort(w->per_q, n, sizeof *w->per_q, missed_cmp);
    o->nmissed = n < KLAS_MISSED_MAX ? n : KLAS_MISSED_MAX;
    memcpy(o->missed, w->per_q, o->nmissed * sizeof *o->missed);
}

static bool push_exam(KlasOverview *o, size_t *cap, KlasExam e)
{
    if (o->nexams == *cap) {
        size_t ncap = *cap ? *cap * 2 : 32;
        KlasExam *grown = realloc(o->exams, ncap * sizeof *grown);
        if (!grown)
            return false;
        o->exams = grown;
        *cap = ncap;
    }
    e.grade_tenths = exam_grade_tenths(e.score);
    o->exams[o->nexams++] = e;
    return true;
}

static int kexam_cmp(const void *a, const void *b)
{
    const KlasExam *x = a, *y = b;
    if (x->student != y->student)
        return x->student < y->student ? -1 : 1;
    return (x->time_ms > y->time_ms) - (x->time_ms < y->time_ms);
}

/* The tests: the statements' results, then the hand-ins read from the
 * exam answers that no statement of that student covers. */
static bool exams(Klas *k, KlasOverview *o, Work *w)
{
    size_t cap = 0;
    for (size_t i = 0; i < k->nxexams; i++) {
        const KlasXExam *x = &k->xexams[i];
        KlasExam e = {.student = w->rank[x->student], .time_ms = x->ms, .score = x->score, .from_xapi = true};
        bool seen = false; /* a "completed" beside its "passed", or a re-export */
        for (size_t j = 0; j < o->nexams && !seen; j++)
            seen = o->exams[j].student == e.student && second_of(o->exams[j].time_ms) == second_of(e.time_ms);
        if (!seen && !push_exam(o, &cap, e))
            return false;
    }
    size_t nx = o->nexams;
    qsort(w->answers, w->nanswers, sizeof *w->answers, exam_cmp);
    for (size_t i = 0; i < w->nanswers;) {
        size_t j = i + 1;
        double sum = w->answers[i].score;
        while (j < w->nanswers && w->answers[j].student == w->answers[i].student &&
               w->answers[j].ms - w->answers[j - 1].ms <= (int64_t)KLAS_EXAM_GAP_S * 1000)
            sum += w->answers[j++].score;
        KlasExam e = {.student = w->answers[i].student,
                      .time_ms = w->answers[j - 1].ms,
                      .answered = j - i,
                      .score = sum / (double)(j - i)};
        bool covered = false;
        for (size_t x = 0; x < nx && !covered; x++) {
            int64_t d = o->exams[x].time_ms - e.time_ms;
            covered = o->exams[x].student == e.student && d > -600000 && d < 600000;
        }
        if (!covered && !push_exam(o, &cap, e))
            return false;
        i = j;
    }
    if (o->nexams)
        qsort(o->exams, o->nexams, sizeof *o->exams, kexam_cmp);
    double sum = 0;
    for (size_t i = 0; i < o->nexams; i++) {
        if (i + 1 < o->nexams && o->exams[i + 1].student == o->exams[i].student)
            continue; /* not the student's latest */
        int g = o->exams[i].grade_tenths;
        o->tested++;
        o->passed += exam_passed(g);
        o->grade_hist[(g + 5) / 10 - 1 < 0 ? 0 : (g + 5) / 10 - 1 > 9 ? 9 : (g + 5) / 10 - 1]++;
        sum += g / 10.0;
    }
    o->mean_grade = o->tested ? sum / (double)o->tested : 0;
    return true;
}

bool klas_compute(Klas *k, KlasOverview *o, AwError *err)
{
    const Course *c = k->course;
    memset(o, 0, sizeof *o);
    o->course = c;
    o->utc_offset = k->utc_offset;
    o->ctx = k->ctx;
    o->files_read = k->files_read;
    o->files_skipped = k->files_skipped;
    Work w = {0};
    if (k->failed || !take_students(k, o, &w))
        goto fail;
    for (size_t s = 0; s < c->nsections; s++)
        o->ngoals += c->sections[s].ngoals;
    size_t nst = o->nstudents + 1, ng = o->ngoals + 1, ns = c->nsections + 1;
    o->sections = calloc(ns, sizeof *o->sections);
    o->goals = calloc(ng, sizeof *o->goals);
    w.sec_sum = calloc(nst * ns, sizeof *w.sec_sum);
    w.goal_sum = calloc(nst * ng, sizeof *w.goal_sum);
    w.sec_prac = calloc(nst * ns, sizeof *w.sec_prac);
    w.goal_prac = calloc(nst * ng, sizeof *w.goal_prac);
    w.goal_of = calloc(c->nquestions + 1, sizeof *w.goal_of);
    w.opt_wrong = calloc((c->nquestions + 1) * KLAS_MAX_OPTIONS, sizeof *w.opt_wrong);
    w.per_q = calloc(c->nquestions + 1, sizeof *w.per_q);
    w.answers = malloc((k->nrecs + 1) * sizeof *w.answers);
    if (!o->sections || !o->goals || !w.sec_sum || !w.goal_sum || !w.sec_prac || !w.goal_prac || !w.goal_of ||
        !w.opt_wrong || !w.per_q || !w.answers)
        goto fail;
    map_goals(c, w.goal_of);

    if (k->nrecs)
        qsort(k->recs, k->nrecs, sizeof *k->recs, rec_cmp);
    size_t kept = 0;
    for (size_t i = 0; i < k->nrecs; i++)
        if (kept == 0 || !same_attempt(&k->recs[kept - 1], &k->recs[i]))
            k->recs[kept++] = k->recs[i];
    k->duplicates += k->nrecs - kept; /* the attempts stay de-duplicated for a later call */
    o->duplicates = k->duplicates;
    o->attempts = kept;
    k->nrecs = kept;
    for (size_t i = 0; i < kept;) {
        size_t j = i + 1;
        while (j < kept && k->recs[j].student == k->recs[i].student && k->recs[j].item == k->recs[i].item)
            j++;
        take_group(k, o, &w, &k->recs[i], j - i);
        i = j;
    }
    if (!spreads(c, o, &w) || !exams(k, o, &w))
        goto fail;
    most_missed(c, o, &w);
    work_free(&w);
    return true;
fail:
    work_free(&w);
    klas_overview_free(o);
    return aw_fail(err, AW_ERR_NO_MEMORY);
}

void klas_overview_free(KlasOverview *o)
{
    for (size_t i = 0; i < o->nstudents; i++) {
        free(o->students[i].id);
        free(o->students[i].name);
    }
    free(o->students);
    if (o->sections && o->course)
        for (size_t s = 0; s < o->course->nsections; s++)
            free(o->sections[s].unpractised);
    free(o->sections);
    free(o->goals);
    free(o->exams);
    memset(o, 0, sizeof *o);
}

const char *klas_student_name(const KlasOverview *o, size_t i)
{
    return o->students[i].name ? o->students[i].name : o->students[i].id;
}

size_t klas_name_fit(const char *name, size_t max)
{
    size_t n = strlen(name);
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)name[max] & 0xC0) == 0x80)
        max--;
    return max;
}
