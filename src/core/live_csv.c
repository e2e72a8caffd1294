/* live_csv.c - the live session as CSV for the teacher (see live.h): the
 * tally per question, then every student's letters and score. Written by
 * csv.c, so it opens in a Dutch spreadsheet like the class quiz's own. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "live_session_internal.h"
#include "markup.h"

/* "A", "A+C": the letters of BITS; "" for none. */
static void letters(unsigned bits, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (int k = 0; k < CLASS_MAX_OPTIONS && o + 3 < size; k++) {
        if (!(bits & (1u << k)))
            continue;
        if (o)
            out[o++] = '+';
        out[o++] = (char)('A' + k);
        out[o] = '\0';
    }
}

/* The right letters of round R as shown on the projector. */
static unsigned right_bits(const ClassQuiz *cq, size_t r)
{
    const Question *q = &cq->course->questions[cq->rounds[r].question];
    unsigned bits = 0;
    if (q->type != QUESTION_SINGLE && q->type != QUESTION_MULTIPLE && q->type != QUESTION_TRUEFALSE)
        return 0;
    for (size_t k = 0; k < q->noptions && k < CLASS_MAX_OPTIONS; k++)
        if (q->options[classquiz_option_at(cq, r, k)].correct)
            bits |= 1u << k;
    return bits;
}

static bool write_rows(const LiveSession *ls, const ClassQuiz *cq, bool anonymous, Csv *c)
{
    size_t nrounds = ls->nrounds < cq->nrounds ? ls->nrounds : cq->nrounds;
    size_t nletters = 4;
    for (size_t r = 0; r < nrounds; r++) {
        size_t n = cq->course->questions[cq->rounds[r].question].noptions;
        n = n > CLASS_MAX_OPTIONS ? CLASS_MAX_OPTIONS : n;
        nletters = n > nletters ? n : nletters;
    }
    csv_field(c, "Nr");
    csv_field(c, "Vraag");
    csv_field(c, "Juiste antwoord");
    for (size_t k = 0; k < nletters; k++) {
        char h[16];
        snprintf(h, sizeof h, "Aantal %c", (char)('A' + k));
        csv_field(c, h);
    }
    csv_field(c, "Beantwoord");
    csv_end_row(c);
    bool ok = true;
    for (size_t r = 0; r < nrounds; r++) {
        const Question *q = &cq->course->questions[cq->rounds[r].question];
        bool board = right_bits(cq, r) == 0;
        char *prompt = markup_strip_dup(q->prompt);
        ok = ok && prompt;
        char right[2 * CLASS_MAX_OPTIONS + 1];
        letters(right_bits(cq, r), right, sizeof right);
        csv_int(c, (long long)r + 1);
        csv_field(c, prompt ? prompt : "");
        csv_field(c, board ? "(op het bord)" : right);
        free(prompt);
        /* The count per letter from the phones' answers, recounted here so
         * the export never depends on which round the session shows now. */
        unsigned count[CLASS_MAX_OPTIONS] = {0};
        unsigned answered = 0;
        for (size_t i = 0; i < ls->nplayers; i++) {
            const LivePlayer *p = &ls->players[i];
            if ((p->kicked && r >= p->counted) || !p->answers[r].answered)
                continue;
            answered++;
            for (size_t k = 0; k < CLASS_MAX_OPTIONS; k++)
                count[k] += (p->answers[r].choice >> k) & 1u;
        }
        size_t n = q->noptions > CLASS_MAX_OPTIONS ? CLASS_MAX_OPTIONS : q->noptions;
        for (size_t k = 0; k < nletters; k++) {
            if (!board && k < n)
                csv_int(c, count[k]);
            else
                csv_field(c, "");
        }
        csv_int(c, answered);
        csv_end_row(c);
    }
    csv_end_row(c); /* a blank row between the two tables */
    csv_field(c, "Leerling");
    for (size_t r = 0; r < nrounds; r++) {
        char h[32];
        snprintf(h, sizeof h, "Vraag %zu", r + 1);
        csv_field(c, h);
    }
    csv_field(c, "Score");
    csv_end_row(c);
    size_t number = 0;
    for (size_t i = 0; i < ls->nplayers; i++) {
        const LivePlayer *p = &ls->players[i];
        if (p->kicked)
            continue;
        number++;
        if (anonymous) {
            char name[32];
            snprintf(name, sizeof name, "Leerling %zu", number);
            csv_field(c, name);
        } else {
            csv_field(c, p->name);
        }
        for (size_t r = 0; r < nrounds; r++) {
            char l[2 * CLASS_MAX_OPTIONS + 1];
            letters(p->answers[r].answered ? p->answers[r].choice : 0, l, sizeof l);
            csv_field(c, l);
        }
        if (p->score % 100 == 0)
            csv_int(c, p->score / 100);
        else
            csv_decimal(c, p->score / 100.0, 2);
        csv_end_row(c);
    }
    return ok;
}

char *live_csv_text(const LiveSession *ls, const ClassQuiz *cq, bool anonymous, size_t *len)
{
    Csv c;
    csv_begin_memory(&c);
    bool ok = write_rows(ls, cq, anonymous, &c);
    char *text = csv_take(&c, len);
    if (!ok) {
        free(text);
        *len = 0;
        return NULL;
    }
    return text;
}
