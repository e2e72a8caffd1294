/* classquiz.c - see classquiz.h. Team points are derived from the awarded
 * flags of every round, so a point given and taken back never drifts. */
#include "classquiz.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"

bool classquiz_start(ClassQuiz *cq, const Course *c, const size_t *questions, size_t n, int seconds, size_t nteams)
{
    memset(cq, 0, sizeof *cq);
    if (n == 0)
        return false;
    cq->rounds = calloc(n, sizeof *cq->rounds);
    if (!cq->rounds)
        return false;
    for (size_t i = 0; i < n; i++)
        cq->rounds[i].question = questions[i];
    cq->course = c;
    cq->nrounds = n;
    cq->seconds = seconds < CLASS_MIN_SECONDS ? CLASS_MIN_SECONDS
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

static const char *right_answer(const Question *q, char *buf, size_t size)
{
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < q->noptions && at + 1 < size; i++) {
        if (!q->options[i].correct)
            continue;
        int w = snprintf(buf + at, size - at, "%s%c: %s", at ? " | " : "", (char)('A' + i), q->options[i].text);
        if (w < 0)
            break;
        at += (size_t)w;
    }
    return buf;
}

bool classquiz_export_csv(const ClassQuiz *cq, FILE *f)
{
    Csv c;
    csv_begin(&c, f);
    csv_field(&c, "Nr");
    csv_field(&c, "Vraag");
    csv_field(&c, "Juiste antwoord");
    for (int i = 0; i < CLASS_MAX_OPTIONS && i < 4; i++) {
        char h[16];
        snprintf(h, sizeof h, "Aantal %c", 'A' + i);
        csv_field(&c, h);
    }
    for (size_t t = 0; t < cq->nteams; t++)
        csv_field(&c, cq->teams[t]);
    csv_end_row(&c);
    char buf[1024];
    for (size_t r = 0; r < cq->nrounds; r++) {
        const Question *q = &cq->course->questions[cq->rounds[r].question];
        csv_int(&c, (long long)r + 1);
        csv_field(&c, q->prompt);
        csv_field(&c, right_answer(q, buf, sizeof buf));
        for (size_t i = 0; i < 4; i++) {
            if (cq->rounds[r].tallied && i < q->noptions)
                csv_int(&c, cq->rounds[r].tally[i]);
            else
                csv_field(&c, "");
        }
        for (size_t t = 0; t < cq->nteams; t++)
            csv_int(&c, cq->rounds[r].awarded[t]);
        csv_end_row(&c);
    }
    if (cq->nteams) {
        csv_field(&c, "");
        csv_field(&c, "Totaal");
        csv_field(&c, "");
        for (size_t i = 0; i < 4; i++)
            csv_field(&c, "");
        for (size_t t = 0; t < cq->nteams; t++)
            csv_int(&c, cq->scores[t]);
        csv_end_row(&c);
    }
    return csv_finish(&c);
}
