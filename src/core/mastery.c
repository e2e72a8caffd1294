/* mastery.c - see mastery.h for the rule.
 *
 * No pass over the attempts: the log keeps, per item id, its count and
 * last scores, and per day the items answered that day with their last
 * scores at the end of it (progress.h), so the cost grows with items and
 * days, never with the length of the log. Each distinct item id of the
 * log is looked up once in the course (a sorted index of question ids,
 * bsearch). Walking the days, the running sum of question masteries
 * changes by each item's difference, which gives the overall mastery at
 * the end of each day. */
#include "mastery.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isotime.h"

_Static_assert((int)MASTERY_WINDOW <= (int)PROGRESS_KEEP_SCORES, "the log keeps enough scores for the mastery rule");

double mastery_of_scores(const double *scores, size_t n)
{
    if (n == 0)
        return 0;
    size_t k = n < MASTERY_WINDOW ? n : MASTERY_WINDOW;
    double sum = 0, weights = 0;
    /* The newest gets weight MASTERY_WINDOW, the one before it one less. */
    for (size_t i = 0; i < k; i++) {
        double w = (double)(MASTERY_WINDOW - i);
        sum += w * scores[n - 1 - i];
        weights += w;
    }
    return sum / weights;
}

typedef struct {
    const char *id;
    size_t index;
} IdIndex;

static int id_cmp(const void *a, const void *b)
{
    return strcmp(((const IdIndex *)a)->id, ((const IdIndex *)b)->id);
}

static size_t find_id(const IdIndex *idx, size_t n, const char *id)
{
    IdIndex key = {id, 0};
    const IdIndex *hit = n ? bsearch(&key, idx, n, sizeof *idx, id_cmp) : NULL;
    return hit ? hit->index : MASTERY_NONE;
}

void mastery_free(Mastery *m)
{
    free(m->questions);
    free(m->scenarios);
    free(m->sections);
    free(m->goals);
    free(m->history);
    memset(m, 0, sizeof *m);
}

static void add_to_group(GroupMastery *g, const ItemMastery *it)
{
    g->questions++;
    g->mastery += it->mastery; /* a sum until finish_group */
    g->attempts += it->attempts;
    if (it->attempts)
        g->answered++;
    if (it->mastery >= MASTERY_THRESHOLD)
        g->mastered++;
    if (it->last_ms > g->last_ms)
        g->last_ms = it->last_ms;
}

static void finish_group(GroupMastery *g)
{
    g->mastery = g->questions ? g->mastery / (double)g->questions : 0;
}

/* Goals sorted by mastery, ties in course order. */
typedef struct {
    double mastery;
    size_t index;
} Rank;

static int rank_cmp(const void *a, const void *b)
{
    const Rank *x = a, *y = b;
    if (x->mastery != y->mastery)
        return x->mastery < y->mastery ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static size_t suggest_next(const Mastery *m, const Course *c)
{
    /* Reading order: the chapters' section lists (every section is in one). */
    size_t n = 0, *order = malloc((c->nsections ? c->nsections : 1) * sizeof *order);
    if (!order)
        return MASTERY_NONE;
    for (size_t ch = 0; ch < c->nchapters; ch++)
        for (size_t i = 0; i < c->chapters[ch].nsections && n < c->nsections; i++) {
            const Section *s = course_section(c, c->chapters[ch].sections[i]);
            if (s)
                order[n++] = (size_t)(s - c->sections);
        }
    if (n == 0)
        for (; n < c->nsections; n++)
            order[n] = n;
    size_t from = 0;
    for (size_t i = 0; i < n; i++)
        if (order[i] == m->last_section)
            from = i;
    size_t pick = MASTERY_NONE;
    for (size_t k = 0; k < n && pick == MASTERY_NONE; k++) {
        size_t s = order[(from + k) % n];
        if (m->sections[s].questions && m->sections[s].mastery < MASTERY_THRESHOLD)
            pick = s;
    }
    free(order);
    return pick;
}

/* Each distinct log item to a question (i) or a scenario (NQ + i), or
 * MASTERY_NONE: ITEM_MAP[i] for item i. QIDX: room for NQ entries. */
static void map_items(const Course *c, const ProgressLog *log, IdIndex *qidx, size_t *item_map)
{
    size_t nq = c->nquestions, nitems = progress_item_count(log);
    for (size_t i = 0; i < nq; i++)
        qidx[i] = (IdIndex){c->questions[i].id, i};
    qsort(qidx, nq, sizeof *qidx, id_cmp);
    for (size_t i = 0; i < nitems; i++) {
        const char *id = progress_item_id(log, (uint32_t)i);
        item_map[i] = find_id(qidx, nq, id);
        if (item_map[i] == MASTERY_NONE) {
            const Scenario *sc = course_scenario(c, id);
            if (sc)
                item_map[i] = nq + (size_t)(sc - c->scenarios);
        }
    }
}

/* Per item: its mastery from what the log keeps of it (progress.h, bounded
 * whatever the log's length), the attempt counts, and the newest attempt
 * on a current item (of equal times the later in the file). */
static void score_items(Mastery *m, const Course *c, const ProgressLog *log, const size_t *item_map)
{
    size_t nq = c->nquestions, nitems = progress_item_count(log);
    uint64_t last_seq = 0;
    for (size_t i = 0; i < nitems; i++) {
        const ProgressItem *pi = progress_item(log, (uint32_t)i);
        size_t target = item_map[i];
        if (target == MASTERY_NONE) {
            m->attempts_unknown += pi->attempts;
            continue;
        }
        if (pi->attempts == 0)
            continue;
        ItemMastery *it;
        size_t section;
        if (target < nq) {
            m->attempts_questions += pi->attempts;
            it = &m->questions[target];
            section = c->questions[target].section_index;
        } else {
            const Scenario *sc = &c->scenarios[target - nq];
            m->attempts_scenarios += pi->attempts;
            it = &m->scenarios[target - nq];
            const Section *s = sc->nsections ? course_section(c, sc->sections[0]) : NULL;
            section = s ? (size_t)(s - c->sections) : MASTERY_NONE;
        }
        it->mastery = mastery_of_scores(pi->scores, pi->nscores);
        it->attempts = pi->attempts;
        it->last_score = pi->last_score;
        it->last_ms = pi->last_ms;
        if (!m->last_item || pi->max_ms > m->last_ms || (pi->max_ms == m->last_ms && pi->max_seq > last_seq)) {
            m->last_ms = pi->max_ms;
            last_seq = pi->max_seq;
            m->last_item = progress_item_id(log, (uint32_t)i);
            m->last_section = section;
        }
    }
}

/* History: per day the attempts on current items, their mean score and the
 * overall mastery at the end of the day. CUR (NQ zeroed slots) holds the
 * question masteries as the days go by. */
static void build_history(Mastery *m, const ProgressDays *pd, const size_t *item_map, size_t nq, double *cur)
{
    double sum = 0; /* of question masteries */
    for (size_t d = 0; d < pd->ndays; d++) {
        const ProgressDay *day = &pd->days[d];
        HistoryPoint h = {day->day, 0, 0, 0};
        double score_sum = 0;
        for (size_t k = 0; k < day->n; k++) {
            const ProgressDayItem *e = &pd->items[day->first + k];
            size_t target = item_map[e->item];
            if (target == MASTERY_NONE)
                continue;
            h.attempts += e->count;
            score_sum += e->score_sum;
            if (target < nq) {
                double now = mastery_of_scores(e->scores, e->nscores);
                sum += now - cur[target];
                cur[target] = now;
            }
        }
        if (h.attempts) {
            h.mean_score = score_sum / (double)h.attempts;
            h.mastery = nq ? sum / (double)nq : 0;
            m->history[m->nhistory++] = h;
        }
    }
}

/* Streak: consecutive practice days ending TODAY or the day before. */
static void count_streak(Mastery *m, const ProgressDays *pd, int64_t today)
{
    size_t ndays = pd->ndays;
    int64_t last_day = ndays ? pd->days[ndays - 1].day : INT64_MIN;
    m->practised_today = last_day == today;
    if (last_day == today || last_day == today - 1) {
        m->streak_days = 1;
        for (size_t i = ndays; --i > 0 && pd->days[i - 1].day == pd->days[i].day - 1;)
            m->streak_days++;
    }
}

/* Sections, goals and the whole course, from the question masteries.
 * GIDX: room for every learning goal. */
static void group_masteries(Mastery *m, const Course *c, IdIndex *gidx)
{
    size_t g = 0;
    for (size_t s = 0; s < c->nsections; s++)
        for (size_t i = 0; i < c->sections[s].ngoals; i++, g++) {
            m->goals[g].goal = &c->sections[s].goals[i];
            m->goals[g].section = s;
            gidx[g] = (IdIndex){c->sections[s].goals[i].id, g};
        }
    m->ngoals = g;
    qsort(gidx, g, sizeof *gidx, id_cmp);
    for (size_t q = 0; q < c->nquestions; q++) {
        const Question *qu = &c->questions[q];
        if (qu->section_index < c->nsections)
            add_to_group(&m->sections[qu->section_index], &m->questions[q]);
        size_t gi = qu->goal ? find_id(gidx, m->ngoals, qu->goal) : MASTERY_NONE;
        if (gi != MASTERY_NONE)
            add_to_group(&m->goals[gi].m, &m->questions[q]);
        add_to_group(&m->overall, &m->questions[q]);
    }
    for (size_t s = 0; s < c->nsections; s++)
        finish_group(&m->sections[s]);
    for (size_t i = 0; i < m->ngoals; i++)
        finish_group(&m->goals[i].m);
    finish_group(&m->overall);
}

/* The weakest practised goals under the threshold, weakest first (ties in
 * course order), at most MASTERY_WEAKEST. False when memory ran out. */
static bool rank_weakest(Mastery *m)
{
    Rank *ranks = malloc((m->ngoals + 1) * sizeof *ranks);
    if (!ranks)
        return false;
    size_t nr = 0;
    for (size_t i = 0; i < m->ngoals; i++)
        if (m->goals[i].m.questions && m->goals[i].m.mastery < MASTERY_THRESHOLD)
            ranks[nr++] = (Rank){m->goals[i].m.mastery, i};
    qsort(ranks, nr, sizeof *ranks, rank_cmp);
    for (size_t i = 0; i < nr && i < MASTERY_WEAKEST; i++)
        m->weakest[m->nweakest++] = ranks[i].index;
    free(ranks);
    return true;
}

bool mastery_compute(Mastery *m, const Course *c, const ProgressLog *log, int64_t now_ms, int utc_offset_min,
                     AwError *err)
{
    memset(m, 0, sizeof *m);
    m->course = c;
    m->last_section = m->next_section = MASTERY_NONE;
    size_t nq = c->nquestions, nitems = progress_item_count(log);
    bool days_owned = false;
    const ProgressDays *pd = progress_days(log, utc_offset_min, &days_owned);
    size_t ndays = pd ? pd->ndays : 0;

    size_t ngoals = 0;
    for (size_t s = 0; s < c->nsections; s++)
        ngoals += c->sections[s].ngoals;
    IdIndex *qidx = malloc((nq + 1) * sizeof *qidx);
    IdIndex *gidx = malloc((ngoals + 1) * sizeof *gidx);
    size_t *item_map = malloc((nitems + 1) * sizeof *item_map);
    double *cur = calloc(nq + 1, sizeof *cur);
    m->questions = calloc(nq + 1, sizeof *m->questions);
    m->scenarios = calloc(c->nscenarios + 1, sizeof *m->scenarios);
    m->sections = calloc(c->nsections + 1, sizeof *m->sections);
    m->goals = calloc(ngoals + 1, sizeof *m->goals);
    m->history = malloc((ndays + 1) * sizeof *m->history);
    bool ok =
        pd && qidx && gidx && item_map && cur && m->questions && m->scenarios && m->sections && m->goals && m->history;
    if (ok) {
        map_items(c, log, qidx, item_map);
        score_items(m, c, log, item_map);
        build_history(m, pd, item_map, nq, cur);
        m->attempts = progress_count(log);
        m->days_practised = ndays;
        count_streak(m, pd, isotime_day(now_ms, utc_offset_min));
        group_masteries(m, c, gidx);
        ok = rank_weakest(m);
    }
    if (ok)
        m->next_section = suggest_next(m, c);
    if (days_owned)
        progress_days_free(pd);
    free(qidx);
    free(gidx);
    free(item_map);
    free(cur);
    if (!ok) {
        mastery_free(m);
        aw_fail(err, AW_ERR_NO_MEMORY_MASTERY);
    }
    return ok;
}

size_t mastery_goal_questions(const Mastery *m, size_t goal_index, size_t *out, size_t max)
{
    if (goal_index >= m->ngoals)
        return 0;
    const char *id = m->goals[goal_index].goal->id;
    size_t n = 0;
    for (size_t q = 0; q < m->course->nquestions; q++)
        if (m->course->questions[q].goal && strcmp(m->course->questions[q].goal, id) == 0) {
            if (n < max)
                out[n] = q;
            n++;
        }
    return n;
}
