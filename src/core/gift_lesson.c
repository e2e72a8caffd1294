/* gift_lesson.c - a GIFT bank as lesson files: one section per category
 * that holds questions, with one learning goal and a paragraph saying
 * where the questions came from. GIFT lacks much a lesson file needs
 * (per-option feedback, an explanation, a goal, a difficulty): the
 * caller's words fill those in, difficulty 2. Ids are stable: a title
 * that is a valid id stays as it is (so an exported course comes back
 * with its own ids), another title is made into one, a question without
 * a title is numbered by its place in its category; a clash gets "-2",
 * "-3", ... */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gift.h"
#include "utf8.h"

enum { ID_MAX = 64 };

typedef struct {
    char **ids;
    size_t n, cap;
} Used;

static bool used(const Used *u, const char *id)
{
    for (size_t i = 0; i < u->n; i++)
        if (strcmp(u->ids[i], id) == 0)
            return true;
    return false;
}

static bool use(Used *u, const char *id)
{
    if (u->n == u->cap) {
        size_t cap = u->cap ? u->cap * 2 : 64;
        char **n = realloc(u->ids, cap * sizeof *n);
        if (!n)
            return false;
        u->ids = n;
        u->cap = cap;
    }
    char *c = malloc(strlen(id) + 1);
    if (!c)
        return false;
    strcpy(c, id);
    u->ids[u->n++] = c;
    return true;
}

static void used_free(Used *u)
{
    for (size_t i = 0; i < u->n; i++)
        free(u->ids[i]);
    free(u->ids);
}

/* Latin letters with an accent, as UTF-8, to the letter without it. */
static char plain_letter(uint32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xC5)
        return 'A';
    if (cp >= 0xE0 && cp <= 0xE5)
        return 'a';
    if (cp == 0xC7)
        return 'C';
    if (cp == 0xE7)
        return 'c';
    if (cp >= 0xC8 && cp <= 0xCB)
        return 'E';
    if (cp >= 0xE8 && cp <= 0xEB)
        return 'e';
    if (cp >= 0xCC && cp <= 0xCF)
        return 'I';
    if (cp >= 0xEC && cp <= 0xEF)
        return 'i';
    if (cp == 0xD1)
        return 'N';
    if (cp == 0xF1)
        return 'n';
    if ((cp >= 0xD2 && cp <= 0xD6) || cp == 0xD8)
        return 'O';
    if ((cp >= 0xF2 && cp <= 0xF6) || cp == 0xF8)
        return 'o';
    if (cp >= 0xD9 && cp <= 0xDC)
        return 'U';
    if (cp >= 0xF9 && cp <= 0xFC)
        return 'u';
    if (cp == 0xDD || cp == 0x178)
        return 'Y';
    if (cp == 0xFD || cp == 0xFF)
        return 'y';
    return 0;
}

size_t gift_slug(const char *s, char out[65])
{
    size_t n = 0, len = strlen(s);
    bool dash = false;
    for (size_t i = 0; i < len && n < ID_MAX;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (!k)
            k = 1, cp = '?';
        i += k;
        char c = cp < 0x80 ? (char)cp : plain_letter(cp);
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '.' || c == '-';
        if (keep) {
            if (dash && n && n < ID_MAX)
                out[n++] = '-';
            dash = false;
            if (n < ID_MAX)
                out[n++] = c;
        } else {
            dash = true;
        }
    }
    out[n] = '\0';
    return n;
}

/* ID made unique among U (a suffix -2, -3, ... within 64 bytes) and taken. */
static bool unique(Used *u, const char *id, char out[65], size_t max)
{
    snprintf(out, ID_MAX + 1, "%.*s", (int)max, id);
    for (int k = 2; used(u, out); k++) {
        char suffix[16];
        int sl = snprintf(suffix, sizeof suffix, "-%d", k);
        snprintf(out, ID_MAX + 1, "%.*s%s", (int)(max - (size_t)sl < strlen(id) ? max - (size_t)sl : strlen(id)), id,
                 suffix);
    }
    return use(u, out);
}

/* TEMPLATE with {1} and {2} filled in (NULL when out of memory). */
static char *fill(const char *template, const char *a1, const char *a2)
{
    size_t n = strlen(template) + strlen(a1) + strlen(a2) + 1;
    char *out = malloc(n);
    if (!out)
        return NULL;
    size_t at = 0;
    for (const char *t = template; *t; t++) {
        if (t[0] == '{' && (t[1] == '1' || t[1] == '2') && t[2] == '}') {
            const char *v = t[1] == '1' ? a1 : a2;
            size_t k = strlen(v);
            memcpy(out + at, v, k);
            at += k;
            t += 2;
        } else {
            out[at++] = *t;
        }
    }
    out[at] = '\0';
    return out;
}

static const char * or (const char *a, const char *b)
{
    return a && *a ? a : b;
}

static bool add_str(cJSON *o, const char *key, const char *v)
{
    return cJSON_AddStringToObject(o, key, v) != NULL;
}

static bool add_fill(cJSON *o, const char *key, const char *template, const char *a1, const char *a2)
{
    char *s = fill(template, a1, a2);
    bool ok = s && add_str(o, key, s);
    free(s);
    return ok;
}

static void option_id(size_t i, char *out)
{
    if (i < 26)
        snprintf(out, 8, "%c", (char)('a' + i));
    else
        snprintf(out, 8, "o%u", (unsigned)(i + 1) % 100000u);
}

/* Q as a lesson-file question with the id ID. */
static cJSON *question_json(const GiftQuestion *q, const char *id, const char *goal, const GiftWords *w)
{
    static const char *const types[GIFT_KIND_COUNT] = {"single",   "multiple", "truefalse",
                                                       "matching", "cloze",    "numeric"};
    cJSON *o = cJSON_CreateObject();
    bool ok = o && add_str(o, "id", id) && add_str(o, "type", types[q->kind]) && add_str(o, "goal", goal) &&
              cJSON_AddNumberToObject(o, "difficulty", 2) && add_str(o, "prompt", q->prompt);
    cJSON *list = NULL;
    switch (q->kind) {
    case GIFT_SINGLE:
    case GIFT_MULTIPLE:
        ok = ok && (list = cJSON_AddArrayToObject(o, "options")) != NULL;
        for (size_t i = 0; ok && i < q->nanswers; i++) {
            const GiftAnswer *a = &q->answers[i];
            cJSON *it = cJSON_CreateObject();
            char oid[8];
            option_id(i, oid);
            ok = it && cJSON_AddItemToArray(list, it) && add_str(it, "id", oid) && add_str(it, "text", a->text) &&
                 cJSON_AddBoolToObject(it, "correct", a->right) &&
                 add_str(it, "feedback", or (a->feedback, a->right ? w->right : w->wrong));
        }
        break;
    case GIFT_TRUEFALSE:
        ok = ok && cJSON_AddBoolToObject(o, "answer", q->truth) &&
             add_str(o, "feedback_true", or (q->feedback_true, q->truth ? w->right : w->wrong)) &&
             add_str(o, "feedback_false", or (q->feedback_false, q->truth ? w->wrong : w->right));
        break;
    case GIFT_MATCHING:
        ok = ok && (list = cJSON_AddArrayToObject(o, "pairs")) != NULL;
        for (size_t i = 0; ok && i < q->nanswers; i++) {
            const GiftAnswer *a = &q->answers[i];
            cJSON *it = cJSON_CreateObject();
            char pid[16];
            snprintf(pid, sizeof pid, "p%u", (unsigned)(i + 1) % 100000u);
            ok = it && cJSON_AddItemToArray(list, it) && add_str(it, "id", pid) && add_str(it, "left", a->text) &&
                 add_str(it, "right", a->match) && add_fill(it, "feedback", w->pair, a->text, a->match);
        }
        break;
    case GIFT_SHORT: {
        cJSON *blank = NULL, *accept = NULL;
        const char *fb = NULL;
        ok = ok && (list = cJSON_AddArrayToObject(o, "blanks")) != NULL && (blank = cJSON_CreateObject()) != NULL &&
             cJSON_AddItemToArray(list, blank) && add_str(blank, "id", "b1") &&
             (accept = cJSON_AddArrayToObject(blank, "accept")) != NULL;
        for (size_t i = 0; ok && i < q->nanswers; i++) {
            cJSON *s = cJSON_CreateString(q->answers[i].text);
            ok = s && cJSON_AddItemToArray(accept, s);
            fb = fb ? fb : q->answers[i].feedback;
        }
        ok = ok && (fb ? add_str(blank, "feedback", fb)
                       : add_fill(blank, "feedback", w->blank, q->nanswers ? q->answers[0].text : "", ""));
        break;
    }
    case GIFT_NUMERIC:
        ok = ok && (list = cJSON_AddArrayToObject(o, "answers")) != NULL;
        for (size_t i = 0; ok && i < q->nanswers; i++) {
            const GiftAnswer *a = &q->answers[i];
            cJSON *it = cJSON_CreateObject();
            ok = it && cJSON_AddItemToArray(list, it);
            if (ok && a->range)
                ok = cJSON_AddNumberToObject(it, "min", a->min) && cJSON_AddNumberToObject(it, "max", a->max);
            else if (ok)
                ok = cJSON_AddNumberToObject(it, "value", a->value) &&
                     (a->tolerance == 0 || cJSON_AddNumberToObject(it, "tolerance", a->tolerance));
            if (ok && !a->right)
                ok = cJSON_AddNumberToObject(it, "score", a->weight > 0 ? a->weight / 100.0 : 0) != NULL;
            if (ok && a->feedback)
                ok = add_str(it, "feedback", a->feedback);
        }
        break;
    case GIFT_KIND_COUNT:
        break;
    }
    ok = ok && add_str(o, "explanation", or (q->explanation, or (q->wrong_feedback, w->explanation)));
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* A file's name without folders and extension, for the first category. */
static void stem(const char *path, char *out, size_t size)
{
    const char *base = path;
    for (const char *c = path; *c; c++)
        if (*c == '/' || *c == '\\')
            base = c + 1;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    snprintf(out, size, "%.*s", (int)n, base);
}

static bool lesson(const GiftBank *b, size_t cat, const char *source, const GiftWords *w, Used *u, GiftLesson *l)
{
    const GiftCategory *c = &b->categories[cat];
    char fallback[256];
    stem(source, fallback, sizeof fallback);
    const char *base = source;
    for (const char *k = source; *k; k++)
        if (*k == '/' || *k == '\\')
            base = k + 1;
    const char *title = c->title ? c->title : or (fallback, w->untitled);
    char sid[ID_MAX + 1], want[ID_MAX + 1];
    if (c->id && gift_slug(c->id, want) && strcmp(want, c->id) == 0) {
        /* as given */
    } else if (!gift_slug(title, want)) {
        snprintf(want, sizeof want, "gift-%zu", cat + 1);
    }
    if (!unique(u, want, sid, 60))
        return false;
    char goal[ID_MAX + 8];
    snprintf(goal, sizeof goal, "%s.g1", sid);
    if (!use(u, goal))
        return false;
    l->id = malloc(strlen(sid) + 1);
    if (!l->id)
        return false;
    strcpy(l->id, sid);
    l->category = cat;

    size_t n = 0;
    for (size_t i = 0; i < b->nquestions; i++)
        n += b->questions[i].category == cat;
    l->qids = calloc(n ? n : 1, sizeof *l->qids);
    l->lines = calloc(n ? n : 1, sizeof *l->lines);
    if (!l->qids || !l->lines)
        return false;

    cJSON *root = cJSON_CreateObject(), *goals, *g, *blocks, *p, *qs;
    bool ok = root && cJSON_AddNumberToObject(root, "format", 1) && add_str(root, "kind", "section") &&
              add_str(root, "id", sid) && add_str(root, "title", title) &&
              (goals = cJSON_AddArrayToObject(root, "goals")) && (g = cJSON_CreateObject()) &&
              cJSON_AddItemToArray(goals, g) && add_str(g, "id", goal) && add_fill(g, "text", w->goal, title, "") &&
              (blocks = cJSON_AddArrayToObject(root, "blocks")) && (p = cJSON_CreateObject()) &&
              cJSON_AddItemToArray(blocks, p) && add_str(p, "type", "paragraph") &&
              add_fill(p, "text", w->intro, title, base) && (qs = cJSON_AddArrayToObject(root, "questions"));
    size_t place = 0;
    for (size_t i = 0; ok && i < b->nquestions; i++) {
        const GiftQuestion *q = &b->questions[i];
        if (q->category != cat)
            continue;
        place++;
        char qid[ID_MAX + 1];
        if (q->idnumber && gift_slug(q->idnumber, want) && strcmp(want, q->idnumber) == 0) {
            /* Moodle's idnumber, as it is */
        } else if (!q->title || !gift_slug(q->title, want)) {
            snprintf(want, sizeof want, "%.50s-q%zu", sid, place);
        }
        ok = unique(u, want, qid, ID_MAX);
        cJSON *qj = ok ? question_json(q, qid, goal, w) : NULL;
        ok = qj && cJSON_AddItemToArray(qs, qj);
        if (ok) {
            l->qids[l->nq] = malloc(strlen(qid) + 1);
            ok = l->qids[l->nq] != NULL;
            if (ok)
                strcpy(l->qids[l->nq], qid);
            l->lines[l->nq++] = q->line;
        }
    }
    if (ok) {
        char *text = cJSON_Print(root);
        ok = text != NULL;
        if (ok) {
            /* cJSON indents with tabs and puts one after a colon; a string
             * never holds a raw tab, so each one is layout: two spaces to
             * indent, one after a colon, as the course's own files. */
            size_t len = strlen(text), at = 0;
            l->json = malloc(len * 2 + 2);
            ok = l->json != NULL;
            for (size_t k = 0; ok && k < len; k++) {
                if (text[k] != '\t')
                    l->json[at++] = text[k];
                else if (k && text[k - 1] == ':')
                    l->json[at++] = ' ';
                else
                    l->json[at++] = ' ', l->json[at++] = ' ';
            }
            if (ok)
                strcpy(l->json + at, "\n");
            cJSON_free(text);
        }
    }
    cJSON_Delete(root);
    return ok;
}

bool gift_lessons(const GiftBank *b, const char *source, const GiftWords *w, GiftLessons *out)
{
    memset(out, 0, sizeof *out);
    out->lessons = calloc(b->ncategories ? b->ncategories : 1, sizeof *out->lessons);
    if (!out->lessons)
        return false;
    Used u = {0};
    bool ok = true;
    for (size_t c = 0; ok && c < b->ncategories; c++) {
        bool any = false;
        for (size_t i = 0; i < b->nquestions && !any; i++)
            any = b->questions[i].category == c;
        if (!any)
            continue;
        ok = lesson(b, c, source, w, &u, &out->lessons[out->count]);
        out->count++;
    }
    used_free(&u);
    if (!ok)
        gift_lessons_free(out);
    return ok;
}

void gift_lessons_free(GiftLessons *l)
{
    if (!l || !l->lessons)
        return;
    for (size_t i = 0; i < l->count; i++) {
        GiftLesson *x = &l->lessons[i];
        for (size_t k = 0; k < x->nq; k++)
            free(x->qids[k]);
        free(x->qids);
        free(x->lines);
        free(x->id);
        free(x->json);
    }
    free(l->lessons);
    memset(l, 0, sizeof *l);
}

/* ---- the bank as JSON (import --json) ------------------------------------ */

static void put_key(JsonBuf *o, const char *key, bool *first)
{
    jsonbuf_puts(o, *first ? "{" : ",");
    *first = false;
    jsonbuf_put_string(o, key);
    jsonbuf_puts(o, ":");
}

static void put_str_or_null(JsonBuf *o, const char *s)
{
    if (s)
        jsonbuf_put_string(o, s);
    else
        jsonbuf_puts(o, "null");
}

static void put_num(JsonBuf *o, double v)
{
    jsonbuf_put_fixed(o, v, v > -1e9 && v < 1e9 ? 6 : 3, '.');
}

void gift_bank_json(const GiftBank *b, JsonBuf *o)
{
    static const char *const kinds[GIFT_KIND_COUNT] = {"single",   "multiple", "truefalse",
                                                       "matching", "short",    "numeric"};
    jsonbuf_puts(o, "{\"categories\":[");
    for (size_t i = 0; i < b->ncategories; i++) {
        const GiftCategory *c = &b->categories[i];
        bool first = true;
        jsonbuf_puts(o, i ? "," : "");
        put_key(o, "title", &first);
        put_str_or_null(o, c->title);
        put_key(o, "id", &first);
        put_str_or_null(o, c->id);
        put_key(o, "line", &first);
        jsonbuf_put_int(o, c->line);
        jsonbuf_puts(o, "}");
    }
    jsonbuf_puts(o, "],\"questions\":[");
    for (size_t i = 0; i < b->nquestions; i++) {
        const GiftQuestion *q = &b->questions[i];
        bool first = true;
        jsonbuf_puts(o, i ? ",\n" : "\n");
        put_key(o, "line", &first);
        jsonbuf_put_int(o, q->line);
        put_key(o, "category", &first);
        jsonbuf_put_int(o, (int64_t)q->category);
        put_key(o, "kind", &first);
        jsonbuf_put_string(o, kinds[q->kind]);
        put_key(o, "title", &first);
        put_str_or_null(o, q->title);
        put_key(o, "idnumber", &first);
        put_str_or_null(o, q->idnumber);
        put_key(o, "prompt", &first);
        put_str_or_null(o, q->prompt);
        put_key(o, "explanation", &first);
        put_str_or_null(o, q->explanation);
        if (q->kind == GIFT_TRUEFALSE) {
            put_key(o, "truth", &first);
            jsonbuf_puts(o, q->truth ? "true" : "false");
            put_key(o, "feedback_true", &first);
            put_str_or_null(o, q->feedback_true);
            put_key(o, "feedback_false", &first);
            put_str_or_null(o, q->feedback_false);
        }
        if (q->kind == GIFT_NUMERIC) {
            put_key(o, "wrong_feedback", &first);
            put_str_or_null(o, q->wrong_feedback);
        }
        put_key(o, "answers", &first);
        jsonbuf_puts(o, "[");
        for (size_t k = 0; k < q->nanswers; k++) {
            const GiftAnswer *a = &q->answers[k];
            bool f2 = true;
            jsonbuf_puts(o, k ? "," : "");
            put_key(o, "text", &f2);
            put_str_or_null(o, a->text);
            if (q->kind == GIFT_MATCHING) {
                put_key(o, "match", &f2);
                put_str_or_null(o, a->match);
            }
            put_key(o, "feedback", &f2);
            put_str_or_null(o, a->feedback);
            put_key(o, "weight", &f2);
            put_num(o, a->weight);
            put_key(o, "right", &f2);
            jsonbuf_puts(o, a->right ? "true" : "false");
            if (q->kind == GIFT_NUMERIC) {
                put_key(o, "min", &f2);
                put_num(o, a->min);
                put_key(o, "max", &f2);
                put_num(o, a->max);
            }
            jsonbuf_puts(o, "}");
        }
        jsonbuf_puts(o, "]}");
    }
    jsonbuf_puts(o, "\n],\"skipped\":");
    jsonbuf_put_int(o, (int64_t)b->skipped);
    jsonbuf_puts(o, "}\n");
}
