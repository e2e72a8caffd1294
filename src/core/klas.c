/* klas.c - the class overview's numbers, see klas.h. The attempts of every
 * file land in one array; sorting it by (student, item, second) puts the
 * copies of one attempt side by side (the precise time of a JSON or xAPI
 * copy first), so de-duplication is one walk, and the same order hands
 * each student's scores per question oldest first to mastery.h's rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "exam.h"
#include "isotime.h"
#include "klas_internal.h"
#include "markup.h"
#include "mastery.h"

/* ---- interned names ------------------------------------------------------- */

static uint64_t hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static bool names_grow(KlasNames *t)
{
    size_t n = t->nslots ? t->nslots * 2 : 256;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < t->n; i++) {
        size_t j = (size_t)hash(t->strs[i], strlen(t->strs[i])) & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = (uint32_t)i + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
    return true;
}

uint32_t klas_names_add(KlasNames *t, const char *s, size_t len)
{
    if ((t->n + 1) * 2 > t->nslots && !names_grow(t))
        return UINT32_MAX;
    size_t j = (size_t)hash(s, len) & (t->nslots - 1);
    for (; t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
        const char *have = t->strs[t->slots[j] - 1];
        if (strncmp(have, s, len) == 0 && have[len] == '\0')
            return t->slots[j] - 1;
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        char **grown = realloc(t->strs, cap * sizeof *grown);
        if (!grown)
            return UINT32_MAX;
        t->strs = grown;
        t->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return UINT32_MAX;
    memcpy(copy, s, len);
    copy[len] = '\0';
    t->strs[t->n] = copy;
    t->slots[j] = (uint32_t)t->n + 1;
    return (uint32_t)t->n++;
}

void klas_names_free(KlasNames *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->strs[i]);
    free(t->strs);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* ---- recording ------------------------------------------------------------ */

static int qid_cmp(const void *a, const void *b)
{
    return strcmp(((const KlasQid *)a)->id, ((const KlasQid *)b)->id);
}

Klas *klas_new(const Course *c, int (*utc_offset)(int64_t ms, void *ctx), void *ctx)
{
    Klas *k = calloc(1, sizeof *k);
    if (!k)
        return NULL;
    k->course = c;
    k->utc_offset = utc_offset;
    k->ctx = ctx;
    k->qsorted = malloc((c->nquestions + 1) * sizeof *k->qsorted);
    if (!k->qsorted) {
        free(k);
        return NULL;
    }
    for (size_t i = 0; i < c->nquestions; i++)
        k->qsorted[i] = (KlasQid){c->questions[i].id, i};
    qsort(k->qsorted, c->nquestions, sizeof *k->qsorted, qid_cmp);
    return k;
}

void klas_free(Klas *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->students.n; i++)
        free(k->student_names[i]);
    free(k->student_names);
    klas_names_free(&k->students);
    klas_names_free(&k->items);
    free(k->item_question);
    free(k->qsorted);
    free(k->recs);
    free(k->xexams);
    free(k);
}

static size_t find_question(const Klas *k, const char *id)
{
    size_t lo = 0, hi = k->course->nquestions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(k->qsorted[mid].id, id);
        if (cmp == 0)
            return k->qsorted[mid].index;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return KLAS_NONE;
}

/* The number of student PROFILE, its name kept when it is the first given. */
static uint32_t student_of(Klas *k, const char *profile, const char *name)
{
    uint32_t s = klas_names_add(&k->students, profile, strlen(profile));
    if (s == UINT32_MAX)
        return s;
    if (s >= k->names_cap) {
        size_t cap = k->names_cap ? k->names_cap * 2 : 64;
        char **grown = realloc(k->student_names, cap * sizeof *grown);
        if (!grown)
            return UINT32_MAX;
        memset(grown + k->names_cap, 0, (cap - k->names_cap) * sizeof *grown);
        k->student_names = grown;
        k->names_cap = cap;
    }
    if (name && name[0] && !k->student_names[s]) {
        size_t n = klas_name_fit(name, KLAS_NAME_MAX);
        if (!(k->student_names[s] = malloc(n + 1)))
            return UINT32_MAX;
        memcpy(k->student_names[s], name, n);
        k->student_names[s][n] = '\0';
    }
    return s;
}

static uint32_t item_of(Klas *k, const char *item)
{
    size_t before = k->items.n;
    uint32_t i = klas_names_add(&k->items, item, strlen(item));
    if (i == UINT32_MAX || k->items.n == before)
        return i;
    if (i >= k->items_cap) {
        size_t cap = k->items_cap ? k->items_cap * 2 : 256;
        size_t *grown = realloc(k->item_question, cap * sizeof *grown);
        if (!grown)
            return UINT32_MAX;
        k->item_question = grown;
        k->items_cap = cap;
    }
    k->item_question[i] = find_question(k, item);
    return i;
}

bool klas_record(Klas *k, const char *profile, const char *name, const char *item, int64_t ms, bool coarse,
                 double score, AttemptMode mode, const char *const *chosen, size_t nchosen)
{
    uint32_t s = student_of(k, profile, name), it = s == UINT32_MAX ? s : item_of(k, item);
    if (it == UINT32_MAX) {
        k->failed = true;
        return false;
    }
    if (k->nrecs == k->recs_cap) {
        size_t cap = k->recs_cap ? k->recs_cap * 2 : 4096;
        KlasRec *grown = realloc(k->recs, cap * sizeof *grown);
        if (!grown) {
            k->failed = true;
            return false;
        }
        k->recs = grown;
        k->recs_cap = cap;
    }
    uint32_t mask = 0;
    size_t q = k->item_question[it];
    if (q != KLAS_NONE) {
        const Question *qu = &k->course->questions[q];
        bool choice = qu->type == QUESTION_SINGLE || qu->type == QUESTION_MULTIPLE || qu->type == QUESTION_TRUEFALSE;
        for (size_t c = 0; choice && c < nchosen; c++)
            for (size_t o = 0; o < qu->noptions && o < KLAS_MAX_OPTIONS; o++)
                if (qu->options[o].id && strcmp(qu->options[o].id, chosen[c]) == 0)
                    mask |= 1u << o;
    }
    int64_t sec = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    k->recs[k->nrecs++] = (KlasRec){s, it, ms, sec, score, mask, (uint8_t)mode, coarse};
    return true;
}

bool klas_record_exam(Klas *k, const char *profile, const char *name, int64_t ms, double score)
{
    uint32_t s = student_of(k, profile, name);
    if (s == UINT32_MAX) {
        k->failed = true;
        return false;
    }
    if (k->nxexams == k->xexams_cap) {
        size_t cap = k->xexams_cap ? k->xexams_cap * 2 : 64;
        KlasXExam *grown = realloc(k->xexams, cap * sizeof *grown);
        if (!grown) {
            k->failed = true;
            return false;
        }
        k->xexams = grown;
        k->xexams_cap = cap;
    }
    k->xexams[k->nxexams++] = (KlasXExam){s, ms, score};
    return true;
}

/* ---- the overview as CSV --------------------------------------------------- */

static void section_cell(Csv *csv, const Section *s)
{
    char text[1024];
    snprintf(text, sizeof text, "%s %s", s->number, s->title);
    char *plain = markup_strip_dup(text);
    csv_field(csv, plain ? plain : text);
    free(plain);
}

static void plain_cell(Csv *csv, const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    csv_field(csv, plain ? plain : "");
    free(plain);
}

static void spread_cells(Csv *csv, const KlasSpread *sp)
{
    size_t total = 0;
    for (int b = 0; b < KLAS_BAND_COUNT; b++)
        total += sp->students[b];
    csv_int(csv, (long long)total);
    for (int b = 0; b < KLAS_BAND_COUNT; b++)
        csv_int(csv, (long long)sp->students[b]);
    csv_decimal(csv, sp->mean * 100, 1);
}

static void local_cell(const KlasOverview *o, Csv *csv, int64_t ms)
{
    char s[20];
    isotime_format_local(ms, o->utc_offset ? o->utc_offset(ms, o->ctx) : 0, s);
    csv_field(csv, s);
}

static void header(Csv *csv, const char *const *cells)
{
    for (; *cells; cells++)
        csv_field(csv, *cells);
    csv_end_row(csv);
}

void klas_csv(const KlasOverview *o, bool names, JsonBuf *out)
{
    const Course *c = o->course;
    Csv csv;
    csv_begin_memory(&csv);
    header(&csv, (const char *const[]){"onderdeel", "paragraaf", "leerdoel", "omschrijving", "leerlingen",
                                       "niet_geoefend", "onder_40_pct", "40_tot_60_pct", "60_tot_80_pct",
                                       "80_pct_of_meer", "gemiddelde_beheersing_pct", NULL});
    for (size_t s = 0; s < c->nsections; s++) {
        csv_field(&csv, "paragraaf");
        section_cell(&csv, &c->sections[s]);
        csv_field(&csv, "");
        csv_field(&csv, "");
        spread_cells(&csv, &o->sections[s].spread);
        csv_end_row(&csv);
        for (size_t g = 0; g < o->ngoals; g++) {
            if (o->goals[g].section != s)
                continue;
            csv_field(&csv, "leerdoel");
            section_cell(&csv, &c->sections[s]);
            csv_field(&csv, o->goals[g].goal->id);
            plain_cell(&csv, o->goals[g].goal->text);
            spread_cells(&csv, &o->goals[g].spread);
            csv_end_row(&csv);
        }
    }
    csv_end_row(&csv);
    header(&csv, (const char *const[]){"meest_gemist", "paragraaf", "vraag", "vraagtekst", "pogingen", "gemist",
                                       "gemist_pct", "meest_gekozen_fout_antwoord", "keer_gekozen", NULL});
    for (size_t i = 0; i < o->nmissed; i++) {
        const KlasMissed *m = &o->missed[i];
        const Question *q = &c->questions[m->question];
        csv_int(&csv, (long long)i + 1);
        section_cell(&csv, &c->sections[q->section_index]);
        csv_field(&csv, q->id);
        plain_cell(&csv, q->prompt);
        csv_int(&csv, (long long)m->attempts);
        csv_int(&csv, (long long)m->missed);
        csv_decimal(&csv, m->attempts ? 100.0 * (double)m->missed / (double)m->attempts : 0, 1);
        plain_cell(&csv, m->distractor != KLAS_NONE ? q->options[m->distractor].text : "");
        csv_int(&csv, (long long)m->distractor_count);
        csv_end_row(&csv);
    }
    csv_end_row(&csv);
    header(&csv, (const char *const[]){"niet_geoefend", "paragraaf", "leerlingen", "leerling", NULL});
    for (size_t s = 0; s < c->nsections; s++) {
        const KlasSection *ks = &o->sections[s];
        csv_field(&csv, "paragraaf");
        section_cell(&csv, &c->sections[s]);
        csv_int(&csv, (long long)ks->nunpractised);
        csv_field(&csv, "");
        csv_end_row(&csv);
        for (size_t i = 0; names && i < ks->nunpractised; i++) {
            csv_field(&csv, "leerling");
            section_cell(&csv, &c->sections[s]);
            csv_field(&csv, "");
            csv_field(&csv, klas_student_name(o, ks->unpractised[i]));
            csv_end_row(&csv);
        }
    }
    csv_end_row(&csv);
    header(&csv, (const char *const[]){"cijfers", "getoetst", "voldoende", "gemiddeld_cijfer", NULL});
    csv_field(&csv, "klas");
    csv_int(&csv, (long long)o->tested);
    csv_int(&csv, (long long)o->passed);
    csv_decimal(&csv, o->mean_grade, 1);
    csv_end_row(&csv);
    for (int g = 0; g < 10; g++) {
        char label[16];
        snprintf(label, sizeof label, "cijfer %d", g + 1);
        csv_field(&csv, label);
        csv_int(&csv, (long long)o->grade_hist[g]);
        csv_end_row(&csv);
    }
    if (names) {
        csv_end_row(&csv);
        header(&csv, (const char *const[]){"leerling", "profiel", "ingeleverd", "beantwoord", "score_pct", "cijfer",
                                           "voldoende", "bron", NULL});
        for (size_t i = 0; i < o->nexams; i++) {
            const KlasExam *e = &o->exams[i];
            char grade[8];
            exam_grade_text(e->grade_tenths, grade);
            csv_field(&csv, klas_student_name(o, e->student));
            csv_field(&csv, o->students[e->student].id);
            local_cell(o, &csv, e->time_ms);
            if (e->from_xapi)
                csv_field(&csv, "");
            else
                csv_int(&csv, (long long)e->answered);
            csv_decimal(&csv, e->score * 100, 1);
            csv_field(&csv, grade);
            csv_field(&csv, exam_passed(e->grade_tenths) ? "ja" : "nee");
            csv_field(&csv, e->from_xapi ? "xAPI" : "antwoorden");
            csv_end_row(&csv);
        }
    }
    size_t len;
    char *text = csv_take(&csv, &len);
    if (!text) {
        out->failed = true;
        return;
    }
    jsonbuf_put(out, text, len);
    free(text);
}
