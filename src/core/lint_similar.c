/* lint_similar.c - the near-duplicate rule: two questions whose words
 * are nearly the same (FORMAT.md gives the two tests), found through
 * candidate pairs by prefix filtering so a large course stays fast. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"

/* ---- near-duplicate ----------------------------------------------------- */

/* A sorted, distinct list of word hashes. */
typedef struct {
    uint32_t *h;
    size_t n, cap;
} HashSet;

typedef struct {
    const Question *q;
    HashSet all;    /* prompt and options */
    HashSet prompt; /* prompt alone */
    HashSet opts;   /* options alone (empty for true/false) */
} QWords;

static int u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static uint32_t hash_word(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Adds the words of TEXT to S (unsorted until hs_finish). */
static bool hs_add_text(HashSet *s, const char *text)
{
    if (!text)
        return true;
    char *w = lint_words(text);
    if (!w)
        return false;
    for (const char *p = w + 1; *p;) {
        const char *e = strchr(p, ' ');
        if (!e)
            break;
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 32;
            uint32_t *nh = realloc(s->h, nc * sizeof *nh);
            if (!nh) {
                free(w);
                return false;
            }
            s->h = nh;
            s->cap = nc;
        }
        s->h[s->n++] = hash_word(p, (size_t)(e - p));
        p = e + 1;
    }
    free(w);
    return true;
}

static bool hs_add_set(HashSet *s, const HashSet *from)
{
    for (size_t i = 0; i < from->n; i++) {
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 32;
            uint32_t *nh = realloc(s->h, nc * sizeof *nh);
            if (!nh)
                return false;
            s->h = nh;
            s->cap = nc;
        }
        s->h[s->n++] = from->h[i];
    }
    return true;
}

static void hs_finish(HashSet *s)
{
    if (s->n < 2)
        return;
    qsort(s->h, s->n, sizeof *s->h, u32_cmp);
    size_t m = 1;
    for (size_t i = 1; i < s->n; i++)
        if (s->h[i] != s->h[m - 1])
            s->h[m++] = s->h[i];
    s->n = m;
}

static size_t hs_shared(const HashSet *a, const HashSet *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j])
            n++, i++, j++;
        else if (a->h[i] < b->h[j])
            i++;
        else
            j++;
    }
    return n;
}

/* True when A and B have a Jaccard similarity (shared / all words) of at
 * least LINT_DUPLICATE_SIMILARITY, which *SIM then holds. That needs
 * shared >= t (|A| + |B|) / (1 + t); the merge stops as soon as the words
 * left cannot reach it, since most compared pairs are far apart. */
static bool similar(const HashSet *a, const HashSet *b, double *sim)
{
    const double t = LINT_DUPLICATE_SIMILARITY;
    size_t need = (size_t)ceil(t * (double)(a->n + b->n) / (1.0 + t) - 1e-9);
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        size_t left = a->n - i < b->n - j ? a->n - i : b->n - j;
        if (n + left < need)
            return false;
        if (a->h[i] == b->h[j])
            n++, i++, j++;
        else if (a->h[i] < b->h[j])
            i++;
        else
            j++;
    }
    size_t any = a->n + b->n - n;
    *sim = any ? (double)n / (double)any : 0.0;
    return any && *sim >= t;
}

static bool qwords(const Question *q, QWords *w)
{
    memset(w, 0, sizeof *w);
    w->q = q;
    bool ok = hs_add_text(&w->prompt, q->prompt);
    if (q->type != QUESTION_TRUEFALSE) /* "juist"/"onjuist" are not the writer's words */
        for (size_t j = 0; j < q->noptions && ok; j++) {
            const Option *o = &q->options[j];
            ok = hs_add_text(&w->opts, o->text) && hs_add_text(&w->opts, o->match);
            for (size_t k = 0; k < o->naccept && ok; k++)
                ok = hs_add_text(&w->opts, o->accept[k]);
        }
    hs_finish(&w->prompt);
    hs_finish(&w->opts);
    ok = ok && hs_add_set(&w->all, &w->prompt) && hs_add_set(&w->all, &w->opts);
    hs_finish(&w->all);
    return ok;
}

static void qwords_free(QWords *w)
{
    free(w->all.h);
    free(w->prompt.h);
    free(w->opts.h);
}

/* The two tests of the rule (FORMAT.md): nearly the same words over the
 * prompt and options together; or nearly the same prompt (a short class
 * question that repeats a section question with shortened options) whose
 * options share at least half the words of the shorter list, or where one
 * of them has no options (a true/false statement). SIM gets the score. */
static bool near_duplicate(const QWords *a, const QWords *b, double *sim)
{
    if (a->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS && b->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS &&
        similar(&a->all, &b->all, sim))
        return true;
    if (a->prompt.n < 3 || b->prompt.n < 3 || !similar(&a->prompt, &b->prompt, sim))
        return false;
    if (a->opts.n == 0 || b->opts.n == 0)
        return a->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS && b->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS;
    size_t fewer = a->opts.n < b->opts.n ? a->opts.n : b->opts.n;
    return (double)hs_shared(&a->opts, &b->opts) >= 0.5 * (double)fewer;
}

/* ---- candidate pairs by prefix filtering ----------------------------------
 *
 * Comparing every pair of questions is quadratic: 10,000 questions took
 * minutes. Prefix filtering (Bayardo et al., "Scaling up all pairs
 * similarity search") finds the same pairs from an index: order each set's
 * words from rare to common; two sets with a Jaccard of at least t share a
 * word among the first |S| - ceil(t |S|) + 1 words of each. Only pairs that
 * share such a word, and whose sizes allow t, are compared in full. */

typedef struct {
    uint32_t a, b; /* question indexes, a < b */
} Pair;

typedef struct {
    uint32_t hash, set;
} Posting;

typedef struct {
    uint32_t freq, hash;
} Ranked;

static int posting_cmp(const void *x, const void *y)
{
    const Posting *a = x, *b = y;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return (a->set > b->set) - (a->set < b->set);
}

static int ranked_cmp(const void *x, const void *y)
{
    const Ranked *a = x, *b = y;
    if (a->freq != b->freq)
        return a->freq < b->freq ? -1 : 1;
    return (a->hash > b->hash) - (a->hash < b->hash);
}

static int pair_cmp(const void *x, const void *y)
{
    const Pair *a = x, *b = y;
    if (a->b != b->b)
        return a->b < b->b ? -1 : 1;
    return (a->a > b->a) - (a->a < b->a);
}

static bool push_pair(Pair **pairs, size_t *n, size_t *cap, uint32_t a, uint32_t b)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        Pair *np = realloc(*pairs, nc * sizeof *np);
        if (!np)
            return false;
        *pairs = np;
        *cap = nc;
    }
    (*pairs)[(*n)++] = a < b ? (Pair){a, b} : (Pair){b, a};
    return true;
}

/* The pairs of SETS[0..N) (sorted hash sets; those under MIN words left
 * out) that may have a Jaccard of LINT_DUPLICATE_SIMILARITY or more, sorted
 * by their later member, each once. False when out of memory. */
static bool candidate_pairs(const HashSet *const *sets, size_t n, size_t min_words, Pair **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        if (sets[i]->n >= min_words)
            total += sets[i]->n;
    if (total == 0)
        return true;
    uint32_t *all = malloc(total * sizeof *all);
    Ranked *rank = malloc(total * sizeof *rank);
    Posting *post = malloc(total * sizeof *post);
    Pair *pairs = NULL;
    size_t npairs = 0, cap = 0, npost = 0, nuniq = 0, k = 0;
    bool ok = all && rank && post;
    if (!ok)
        goto done;
    /* How often each word occurs over all sets. */
    for (size_t i = 0; i < n; i++)
        if (sets[i]->n >= min_words)
            for (size_t j = 0; j < sets[i]->n; j++)
                all[k++] = sets[i]->h[j];
    qsort(all, total, sizeof *all, u32_cmp);
    for (size_t i = 0; i < total; i++) {
        if (nuniq && rank[nuniq - 1].hash == all[i]) {
            rank[nuniq - 1].freq++;
        } else {
            rank[nuniq].hash = all[i];
            rank[nuniq++].freq = 1;
        }
    }
    /* Each set's prefix of rarest words into the index. */
    for (size_t i = 0; i < n && ok; i++) {
        const HashSet *s = sets[i];
        if (s->n < min_words)
            continue;
        Ranked *mine = malloc(s->n * sizeof *mine);
        if (!mine) {
            ok = false;
            break;
        }
        for (size_t j = 0; j < s->n; j++) {
            size_t lo = 0, hi = nuniq; /* rank[] is sorted by hash here */
            while (lo + 1 < hi) {
                size_t mid = (lo + hi) / 2;
                if (rank[mid].hash <= s->h[j])
                    lo = mid;
                else
                    hi = mid;
            }
            mine[j] = (Ranked){rank[lo].freq, s->h[j]};
        }
        qsort(mine, s->n, sizeof *mine, ranked_cmp);
        size_t need = (size_t)ceil(LINT_DUPLICATE_SIMILARITY * (double)s->n - 1e-9);
        size_t prefix = s->n - need + 1;
        for (size_t j = 0; j < prefix && j < s->n; j++)
            post[npost++] = (Posting){mine[j].hash, (uint32_t)i};
        free(mine);
    }
    qsort(post, npost, sizeof *post, posting_cmp);
    for (size_t i = 0; i < npost && ok;) {
        size_t end = i + 1;
        while (end < npost && post[end].hash == post[i].hash)
            end++;
        for (size_t x = i; x < end && ok; x++)
            for (size_t y = x + 1; y < end && ok; y++) {
                size_t na = sets[post[x].set]->n, nb = sets[post[y].set]->n;
                size_t small = na < nb ? na : nb, large = na < nb ? nb : na;
                if ((double)small >= LINT_DUPLICATE_SIMILARITY * (double)large)
                    ok = push_pair(&pairs, &npairs, &cap, post[x].set, post[y].set);
            }
        i = end;
    }
    if (ok && npairs) {
        qsort(pairs, npairs, sizeof *pairs, pair_cmp);
        size_t m = 1;
        for (size_t i = 1; i < npairs; i++)
            if (pairs[i].a != pairs[m - 1].a || pairs[i].b != pairs[m - 1].b)
                pairs[m++] = pairs[i];
        npairs = m;
    }
done:
    free(all);
    free(rank);
    free(post);
    if (!ok) {
        free(pairs);
        return false;
    }
    *out = pairs;
    *nout = npairs;
    return true;
}

static void report_duplicate(Lint *l, const Question *a, const Question *b, double sim)
{
    const char *why = lint_q_silenced(l, b, LINT_NEAR_DUPLICATE);
    if (!why)
        why = lint_q_silenced(l, a, LINT_NEAR_DUPLICATE);
    lint_emit(l, LINT_NEAR_DUPLICATE, q_file(b), why, q_path(b), DC_LINT_NEAR_DUPLICATE, "%s%s%s%s%.0f", q_id(b),
              q_id(a), q_file(a), q_path(a), 100.0 * sim);
}

/* Each later question is reported once, with the first earlier question it
 * repeats (course order): one finding per question to fix. */
void lint_rule_near_duplicate(Lint *l)
{
    const Course *c = l->c;
    size_t n = c->nquestions;
    if (n < 2 || n > UINT32_MAX)
        return;
    QWords *w = calloc(n, sizeof *w);
    const HashSet **all = calloc(n, sizeof *all), **prompts = calloc(n, sizeof *prompts);
    bool *reported = calloc(n, sizeof *reported);
    Pair *pairs = NULL;
    size_t npairs = 0, m = 0;
    if (!w || !all || !prompts || !reported) {
        l->oom = true;
        goto done;
    }
    for (; m < n; m++) {
        bool ok = qwords(&c->questions[m], &w[m]);
        all[m] = &w[m].all;
        prompts[m] = &w[m].prompt;
        if (!ok) {
            l->oom = true;
            m++;
            goto done;
        }
    }
    /* First test: prompt and options together. */
    if (!candidate_pairs(all, n, LINT_NEAR_DUPLICATE_MIN_WORDS, &pairs, &npairs)) {
        l->oom = true;
        goto done;
    }
    double sim;
    for (size_t i = 0; i < npairs && !l->oom; i++) {
        const Pair *p = &pairs[i];
        if (!reported[p->b] && similar(&w[p->a].all, &w[p->b].all, &sim)) {
            reported[p->b] = true;
            report_duplicate(l, w[p->a].q, w[p->b].q, sim);
        }
    }
    free(pairs);
    pairs = NULL;
    /* Second test: the same prompt, options that overlap. */
    if (!candidate_pairs(prompts, n, 3, &pairs, &npairs)) {
        l->oom = true;
        goto done;
    }
    for (size_t i = 0; i < npairs && !l->oom; i++) {
        const Pair *p = &pairs[i];
        if (!reported[p->b] && near_duplicate(&w[p->a], &w[p->b], &sim)) {
            reported[p->b] = true;
            report_duplicate(l, w[p->a].q, w[p->b].q, sim);
        }
    }
done:
    free(pairs);
    for (size_t i = 0; i < m; i++)
        qwords_free(&w[i]);
    free(w);
    free(all);
    free(prompts);
    free(reported);
}
