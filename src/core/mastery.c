/* mastery.c - see mastery.h for the rule.
 *
 * One pass over the log in order. Each distinct item id of the log is
 * looked up once in the course (a sorted index of question ids, bsearch),
 * so the pass itself only works with numbers. Every question keeps its last
 * three scores in a ring; when one changes, the running sum of item
 * masteries changes by the difference, which gives the overall mastery at
 * the end of each day for the history without a second pass. */
#include "mastery.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isotime.h"

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

/* A question's last scores, newest at (start + n - 1) % WINDOW. */
typedef struct {
    double s[MASTERY_WINDOW];
    size_t start, n;
} Ring;

static double ring_push(Ring *r, double score)
{
    if (r->n < MASTERY_WINDOW) {
        r->s[(r->start + r->n++) % MASTERY_WINDOW] = score;
    } else {
        r->s[r->start] = score;
        r->start = (r->start + 1) % MASTERY_WINDOW;
    }
    double ordered[MASTERY_WINDOW];
    for (size_t i = 0; i < r->n; i++)
        ordered[i] = r->s[(r->start + i) % MASTERY_WINDOW];
    return mastery_of_scores(ordered, r->n);
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

bool mastery_compute(Mastery *m, const Course *c, const ProgressLog *log, int64_t now_ms, int utc_offset_min, char *err,
                     size_t errsize)
{
    memset(m, 0, sizeof *m);
    m->course = c;
    m->last_section = m->next_section = MASTERY_NONE;
    size_t nq = c->nquestions, nitems = progress_item_count(log), nattempts = progress_count(log);
    const Attempt *at = progress_attempts(log);
    size_t ndays = 0, dcap = 0;
    int64_t *days = NULL; /* distinct practice days, ascending */

    size_t ngoals = 0;
    for (size_t s = 0; s < c->nsections; s++)
        ngoals += c->sections[s].ngoals;
    IdIndex *qidx = malloc((nq + 1) * sizeof *qidx);
    IdIndex *gidx = malloc((ngoals + 1) * sizeof *gidx);
    size_t *item_map = malloc((nitems + 1) * sizeof *item_map);
    Ring *rings = calloc(nq + 1, sizeof *rings);
    m->questions = calloc(nq + 1, sizeof *m->questions);
    m->scenarios = calloc(c->nscenarios + 1, sizeof *m->scenarios);
    m->sections = calloc(c->nsections + 1, sizeof *m->sections);
    m->goals = calloc(ngoals + 1, sizeof *m->goals);
    Ring *srings = calloc(c->nscenarios + 1, sizeof *srings);
    if (!qidx || !gidx || !item_map || !rings || !m->questions || !m->scenarios || !m->sections || !m->goals || !srings)
        goto oom;

    /* Each distinct log item to a question (i) or a scenario (nq + i). */
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

    double sum = 0; /* of question masteries, for the history */
    int64_t today = isotime_day(now_ms, utc_offset_min), last_day = INT64_MIN;
    size_t hcap = 0;
    for (size_t k = 0; k < nattempts; k++) {
        const Attempt *a = &at[k];
        int64_t day = isotime_day(a->time_ms, utc_offset_min);
        /* A clock set back counts towards the newest day, so days stay in order. */
        if (day > last_day) {
            if (ndays == dcap) {
                dcap = dcap ? dcap * 2 : 64;
                int64_t *d = realloc(days, dcap * sizeof *d);
                if (!d)
                    goto oom;
                days = d;
            }
            days[ndays++] = last_day = day;
        }
        size_t target = item_map[a->item_index];
        if (target == MASTERY_NONE) {
            m->attempts_unknown++;
            continue;
        }
        ItemMastery *it;
        size_t section;
        if (target < nq) {
            m->attempts_questions++;
            it = &m->questions[target];
            double before = it->mastery;
            it->mastery = ring_push(&rings[target], a->score);
            sum += it->mastery - before;
            section = c->questions[target].section_index;
        } else {
            const Scenario *sc = &c->scenarios[target - nq];
            m->attempts_scenarios++;
            it = &m->scenarios[target - nq];
            it->mastery = ring_push(&srings[target - nq], a->score);
            const Section *s = sc->nsections ? course_section(c, sc->sections[0]) : NULL;
            section = s ? (size_t)(s - c->sections) : MASTERY_NONE;
        }
        it->attempts++;
        it->last_score = a->score;
        it->last_ms = a->time_ms;
        if (a->time_ms >= m->last_ms) {
            m->last_ms = a->time_ms;
            m->last_item = a->item;
            m->last_section = section;
        }
        HistoryPoint *h = m->nhistory ? &m->history[m->nhistory - 1] : NULL;
        if (!h || day > h->day) {
            if (m->nhistory == hcap) {
                hcap = hcap ? hcap * 2 : 64;
                HistoryPoint *p = realloc(m->history, hcap * sizeof *p);
                if (!p)
                    goto oom;
                m->history = p;
            }
            h = &m->history[m->nhistory++];
            *h = (HistoryPoint){day, 0, 0, 0};
        }
        h->mean_score += (a->score - h->mean_score) / (double)++h->attempts;
        h->mastery = nq ? sum / (double)nq : 0;
    }
    m->attempts = nattempts;
    m->days_practised = ndays;

    /* Streak: consecutive practice days ending today or yesterday. */
    m->practised_today = last_day == today;
    if (last_day == today || last_day == today - 1) {
        m->streak_days = 1;
        for (size_t i = ndays; --i > 0 && days[i - 1] == days[i] - 1;)
            m->streak_days++;
    }

    /* Sections, goals and the whole course, from the question masteries. */
    size_t g = 0;
    for (size_t s = 0; s < c->nsections; s++)
        for (size_t i = 0; i < c->sections[s].ngoals; i++, g++) {
            m->goals[g].goal = &c->sections[s].goals[i];
            m->goals[g].section = s;
            gidx[g] = (IdIndex){c->sections[s].goals[i].id, g};
        }
    m->ngoals = ngoals;
    qsort(gidx, ngoals, sizeof *gidx, id_cmp);
    for (size_t q = 0; q < nq; q++) {
        const Question *qu = &c->questions[q];
        if (qu->section_index < c->nsections)
            add_to_group(&m->sections[qu->section_index], &m->questions[q]);
        size_t gi = qu->goal ? find_id(gidx, ngoals, qu->goal) : MASTERY_NONE;
        if (gi != MASTERY_NONE)
            add_to_group(&m->goals[gi].m, &m->questions[q]);
        add_to_group(&m->overall, &m->questions[q]);
    }
    for (size_t s = 0; s < c->nsections; s++)
        finish_group(&m->sections[s]);
    for (size_t i = 0; i < ngoals; i++)
        finish_group(&m->goals[i].m);
    finish_group(&m->overall);

    Rank *ranks = malloc((ngoals + 1) * sizeof *ranks);
    if (!ranks)
        goto oom;
    size_t nr = 0;
    for (size_t i = 0; i < ngoals; i++)
        if (m->goals[i].m.questions && m->goals[i].m.mastery < MASTERY_THRESHOLD)
            ranks[nr++] = (Rank){m->goals[i].m.mastery, i};
    qsort(ranks, nr, sizeof *ranks, rank_cmp);
    for (size_t i = 0; i < nr && i < MASTERY_WEAKEST; i++)
        m->weakest[m->nweakest++] = ranks[i].index;
    free(ranks);

    m->next_section = suggest_next(m, c);
    free(days);
    free(qidx);
    free(gidx);
    free(item_map);
    free(rings);
    free(srings);
    return true;
oom:
    free(days);
    free(qidx);
    free(gidx);
    free(item_map);
    free(rings);
    free(srings);
    mastery_free(m);
    snprintf(err, errsize, "Niet genoeg geheugen om je voortgang te berekenen.");
    return false;
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
