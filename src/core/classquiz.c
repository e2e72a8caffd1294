/* classquiz.c - see classquiz.h. Team points are derived from the awarded
 * flags of every round, so a point given and taken back never drifts. */
#include "classquiz.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "markup.h"
#include "quiz.h"
#include "rng.h"

bool classquiz_start(ClassQuiz *cq, const Course *c, const size_t *questions, size_t n, int seconds, size_t nteams)
{
    memset(cq, 0, sizeof *cq);
    if (n == 0)
        return false;
    cq->rounds = calloc(n, sizeof *cq->rounds);
    if (!cq->rounds)
        return false;
    for (size_t i = 0; i < n; i++) {
        cq->rounds[i].question = questions[i];
        for (size_t k = 0; k < CLASS_MAX_OPTIONS; k++)
            cq->rounds[i].order[k] = (unsigned char)k;
    }
    cq->course = c;
    cq->nrounds = n;
    cq->seconds = seconds < CLASS_MIN_SECONDS   ? CLASS_MIN_SECONDS
                  : seconds > CLASS_MAX_SECONDS ? CLASS_MAX_SECONDS
                                                : seconds;
    cq->nteams = nteams == 1 ? 2 : nteams > CLASS_MAX_TEAMS ? CLASS_MAX_TEAMS : nteams;
    for (size_t t = 0; t < cq->nteams; t++)
        snprintf(cq->teams[t], CLASS_TEAM_NAME, "Team %zu", t + 1);
    cq->phase = CLASS_QUESTION;
    return true;
}

void classquiz_free(ClassQuiz *cq)
{
    free(cq->rounds);
    memset(cq, 0, sizeof *cq);
}

size_t classquiz_nright(const Question *q)
{
    size_t n = 0;
    for (size_t i = 0; i < q->noptions; i++)
        n += q->options[i].correct;
    return n;
}

static size_t noptions(const Question *q)
{
    return q->noptions < CLASS_MAX_OPTIONS ? q->noptions : CLASS_MAX_OPTIONS;
}

/* Why not a plain shuffle per question: 15 independent shuffles still put
 * the right answer under one letter 6 times now and then, and a class
 * notices. Giving each single-answer question the letter used least so far
 * keeps every letter within one of the others, while the class cannot
 * predict which letter comes next. */
void classquiz_shuffle(ClassQuiz *cq, uint64_t seed)
{
    Rng r;
    rng_seed(&r, rng_mix(seed, "klassikaal"));
    unsigned used[CLASS_MAX_OPTIONS] = {0};
    for (size_t i = 0; i < cq->nrounds; i++) {
        ClassRound *rd = &cq->rounds[i];
        const Question *q = &cq->course->questions[rd->question];
        size_t n = noptions(q);
        size_t v[CLASS_MAX_OPTIONS];
        for (size_t k = 0; k < n; k++)
            v[k] = k;
        if (q->fixed_order || n < 2)
            continue;
        rng_shuffle(&r, v, n);
        if (classquiz_nright(q) == 1) {
            size_t least = SIZE_MAX, nleast = 0, pick = 0;
            for (size_t k = 0; k < n; k++) {
                if (used[k] < least) {
                    least = used[k];
                    nleast = 0;
                }
                nleast += used[k] == least;
            }
            size_t nth = (size_t)rng_below(&r, nleast);
            for (size_t k = 0; k < n; k++)
                if (used[k] == least && nth-- == 0) {
                    pick = k;
                    break;
                }
            /* Swap the right option into the picked letter. */
            for (size_t k = 0; k < n; k++)
                if (q->options[v[k]].correct) {
                    size_t t = v[k];
                    v[k] = v[pick];
                    v[pick] = t;
                    break;
                }
            used[pick]++;
        }
        for (size_t k = 0; k < n; k++)
            rd->order[k] = (unsigned char)v[k];
    }
}

size_t classquiz_option_at(const ClassQuiz *cq, size_t r, size_t k)
{
    if (r >= cq->nrounds || k >= CLASS_MAX_OPTIONS)
        return k;
    return cq->rounds[r].order[k];
}

void classquiz_name_team(ClassQuiz *cq, size_t t, const char *name)
{
    if (t >= cq->nteams || !name)
        return;
    size_t n = strlen(name);
    if (n >= CLASS_TEAM_NAME) {
        n = CLASS_TEAM_NAME - 1;
        while (n > 0 && ((unsigned char)name[n] & 0xC0) == 0x80)
            n--; /* do not cut a character in half */
    }
    memcpy(cq->teams[t], name, n);
    cq->teams[t][n] = '\0';
}

const Question *classquiz_question(const ClassQuiz *cq)
{
    if (cq->current >= cq->nrounds)
        return NULL;
    return &cq->course->questions[cq->rounds[cq->current].question];
}

static void next_round(ClassQuiz *cq)
{
    if (cq->current + 1 < cq->nrounds) {
        cq->current++;
        cq->phase = CLASS_QUESTION;
    } else {
        cq->phase = CLASS_END;
    }
}

void classquiz_advance(ClassQuiz *cq, int64_t now_ms)
{
    switch (cq->phase) {
    case CLASS_QUESTION:
        cq->phase = CLASS_OPEN;
        cq->remaining_ms = (int64_t)cq->seconds * 1000;
        cq->last_ms = now_ms;
        cq->paused = false;
        break;
    case CLASS_OPEN:
        classquiz_tick(cq, now_ms);
        cq->phase = CLASS_REVEAL;
        break;
    case CLASS_REVEAL:
        /* Without teams there is no leaderboard between questions. */
        if (cq->nteams)
            cq->phase = CLASS_SCORES;
        else
            next_round(cq);
        break;
    case CLASS_SCORES:
        next_round(cq);
        break;
    case CLASS_END:
        break;
    }
}

bool classquiz_tick(ClassQuiz *cq, int64_t now_ms)
{
    if (cq->phase != CLASS_OPEN)
        return false;
    if (!cq->paused && now_ms > cq->last_ms) {
        cq->remaining_ms -= now_ms - cq->last_ms;
        if (cq->remaining_ms < 0)
            cq->remaining_ms = 0;
    }
    cq->last_ms = now_ms;
    return !cq->paused && cq->remaining_ms > 0;
}

void classquiz_toggle_pause(ClassQuiz *cq, int64_t now_ms)
{
    if (cq->phase != CLASS_OPEN || cq->remaining_ms == 0)
        return;
    classquiz_tick(cq, now_ms);
    cq->paused = !cq->paused;
}

static ClassRound *round_for_tally(ClassQuiz *cq, size_t i)
{
    if ((cq->phase != CLASS_OPEN && cq->phase != CLASS_REVEAL) || cq->current >= cq->nrounds)
        return NULL;
    const Question *q = classquiz_question(cq);
    if (i >= q->noptions || i >= CLASS_MAX_OPTIONS)
        return NULL;
    return &cq->rounds[cq->current];
}

void classquiz_tally_set(ClassQuiz *cq, size_t i, unsigned count)
{
    ClassRound *r = round_for_tally(cq, i);
    if (!r)
        return;
    r->tally[i] = count > 9999 ? 9999 : count;
    r->tallied = true;
}

void classquiz_tally_add(ClassQuiz *cq, size_t i, int delta)
{
    ClassRound *r = round_for_tally(cq, i);
    if (!r)
        return;
    long v = (long)r->tally[i] + delta;
    r->tally[i] = v < 0 ? 0 : v > 9999 ? 9999 : (unsigned)v;
    r->tallied = true;
}

void classquiz_award(ClassQuiz *cq, size_t t)
{
    if (cq->phase != CLASS_REVEAL || t >= cq->nteams)
        return;
    ClassRound *r = &cq->rounds[cq->current];
    r->awarded[t] = !r->awarded[t];
    for (size_t k = 0; k < cq->nteams; k++) {
        cq->scores[k] = 0;
        for (size_t i = 0; i < cq->nrounds; i++)
            cq->scores[k] += cq->rounds[i].awarded[k];
    }
}

size_t classquiz_leaderboard(const ClassQuiz *cq, size_t order[CLASS_MAX_TEAMS])
{
    for (size_t t = 0; t < cq->nteams; t++)
        order[t] = t;
    /* Insertion sort: stable, and six items at most. */
    for (size_t i = 1; i < cq->nteams; i++) {
        size_t v = order[i], j = i;
        while (j > 0 && cq->scores[order[j - 1]] < cq->scores[v]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    return cq->nteams;
}

/* A numeric question's right answer as a Dutch spreadsheet reads it:
 * "25 %", "€ 4800", "10 tot en met 15" (the edges of a range). */
static char *numeric_answer(const Question *q)
{
    const NumericAnswer *a = quiz_numeric_right(q);
    char lo[64], hi[64], *buf = malloc(256);
    if (!buf)
        return NULL;
    buf[0] = '\0';
    if (!a)
        return buf;
    const char *u = q->unit ? q->unit : "";
    bool before = strcmp(u, "\xE2\x82\xAC") == 0;
    if (a->range) {
        quiz_numeric_format(a->min, -1, ',', '.', lo, sizeof lo);
        quiz_numeric_format(a->max, -1, ',', '.', hi, sizeof hi);
        snprintf(buf, 256, "%s%s%s tot en met %s%s%s", before ? u : "", before ? " " : "", lo, hi,
                 *u && !before ? " " : "", before ? "" : u);
    } else {
        quiz_numeric_format(a->value, q->decimals, ',', '.', lo, sizeof lo);
        snprintf(buf, 256, "%s%s%s%s%s", before ? u : "", before ? " " : "", lo, *u && !before ? " " : "",
                 before ? "" : u);
    }
    return buf;
}

/* "B: text | D: text": the right options by the letters shown, their
 * text without markup. NULL when out of memory. */
static char *right_answer(const ClassQuiz *cq, size_t r)
{
    const Question *q = &cq->course->questions[cq->rounds[r].question];
    if (q->type == QUESTION_NUMERIC)
        return numeric_answer(q);
    size_t size = 1;
    for (size_t i = 0; i < q->noptions; i++)
        size += strlen(q->options[i].text) + 8;
    char *buf = malloc(size);
    if (!buf)
        return NULL;
    size_t at = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < noptions(q); k++) {
        const Option *o = &q->options[classquiz_option_at(cq, r, k)];
        if (!o->correct)
            continue;
        at += (size_t)snprintf(buf + at, size - at, "%s%c: ", at ? " | " : "", (char)('A' + k));
        at += markup_strip(o->text, strlen(o->text), buf + at, size - at);
    }
    return buf;
}

/* The session's rows into C (begun on a stream or in memory). */
static bool write_csv(const ClassQuiz *cq, Csv *c)
{
    /* A column per letter: A-D, more when a question has more options. */
    size_t letters = 4;
    for (size_t r = 0; r < cq->nrounds; r++) {
        size_t n = noptions(&cq->course->questions[cq->rounds[r].question]);
        letters = n > letters ? n : letters;
    }
    csv_field(c, "Nr");
    csv_field(c, "Vraag");
    csv_field(c, "Juiste antwoord");
    for (size_t k = 0; k < letters; k++) {
        char h[16];
        snprintf(h, sizeof h, "Aantal %c", (char)('A' + k));
        csv_field(c, h);
    }
    for (size_t t = 0; t < cq->nteams; t++)
        csv_field(c, cq->teams[t]);
    csv_end_row(c);
    bool ok = true;
    for (size_t r = 0; r < cq->nrounds; r++) {
        const ClassRound *rd = &cq->rounds[r];
        const Question *q = &cq->course->questions[rd->question];
        char *prompt = markup_strip_dup(q->prompt);
        char *right = right_answer(cq, r);
        ok = ok && prompt && right;
        csv_int(c, (long long)r + 1);
        csv_field(c, prompt ? prompt : "");
        csv_field(c, right ? right : "");
        free(prompt);
        free(right);
        for (size_t k = 0; k < letters; k++) {
            if (rd->tallied && k < noptions(q))
                csv_int(c, rd->tally[classquiz_option_at(cq, r, k)]);
            else
                csv_field(c, "");
        }
        for (size_t t = 0; t < cq->nteams; t++)
            csv_int(c, rd->awarded[t]);
        csv_end_row(c);
    }
    if (cq->nteams) {
        csv_field(c, "");
        csv_field(c, "Totaal");
        csv_field(c, "");
        for (size_t k = 0; k < letters; k++)
            csv_field(c, "");
        for (size_t t = 0; t < cq->nteams; t++)
            csv_int(c, cq->scores[t]);
        csv_end_row(c);
    }
    return ok;
}

bool classquiz_export_csv(const ClassQuiz *cq, FILE *f)
{
    Csv c;
    csv_begin(&c, f);
    bool ok = write_csv(cq, &c);
    return csv_finish(&c) && ok;
}

char *classquiz_csv_text(const ClassQuiz *cq, size_t *len)
{
    Csv c;
    csv_begin_memory(&c);
    bool ok = write_csv(cq, &c);
    char *text = csv_take(&c, len);
    if (!ok) {
        free(text);
        *len = 0;
        return NULL;
    }
    return text;
}
