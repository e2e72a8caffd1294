/* attempt_text.c - see attempt_text.h. The answer is read back with
 * quiz_answer_from_json, so the words always describe what grading saw;
 * the display order only decides the letters. An order that no longer fits
 * the question (the content changed since) is not guessed at: the course
 * order stands in, as for lines written before the order was recorded. */
#include "attempt_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "markup.h"

#define ARROW "\xE2\x86\x92"

/* ---- the display order as JSON ------------------------------------------ */

static bool add_ids(cJSON *root, const char *key, const Question *q, const size_t *idx, size_t n)
{
    cJSON *arr = cJSON_AddArrayToObject(root, key);
    if (!arr)
        return false;
    for (size_t k = 0; k < n; k++)
        if (idx[k] >= q->noptions || !cJSON_AddItemToArray(arr, cJSON_CreateString(q->options[idx[k]].id)))
            return false;
    return true;
}

char *attempt_shown_json(const Question *q, const QuizOrder *o)
{
    cJSON *root = cJSON_CreateObject();
    char *text = NULL;
    if (root && add_ids(root, "order", q, o->shown, o->n) && (!o->right || add_ids(root, "right", q, o->right, o->n)))
        text = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    return text;
}

static size_t option_index(const Question *q, const char *id)
{
    for (size_t i = 0; id && i < q->noptions; i++)
        if (strcmp(q->options[i].id, id) == 0)
            return i;
    return QUIZ_NONE;
}

/* Reads the array ARR of option ids into a permutation OUT of 0..n-1. */
static bool read_ids(const Question *q, const cJSON *arr, size_t *out)
{
    size_t n = q->noptions, k = 0;
    if (!cJSON_IsArray(arr) || (size_t)cJSON_GetArraySize(arr) != n)
        return false;
    bool seen[256] = {false};
    if (n > sizeof seen)
        return false;
    for (const cJSON *e = arr->child; e; e = e->next, k++) {
        size_t i = option_index(q, cJSON_GetStringValue(e));
        if (i == QUIZ_NONE || seen[i])
            return false;
        seen[i] = true;
        out[k] = i;
    }
    return true;
}

bool attempt_shown_read(const Question *q, const char *json, QuizOrder *o)
{
    size_t n = q->noptions;
    bool matching = q->type == QUESTION_MATCHING;
    memset(o, 0, sizeof *o);
    o->n = n;
    o->shown = malloc((n ? n : 1) * sizeof *o->shown);
    o->right = matching ? malloc((n ? n : 1) * sizeof *o->right) : NULL;
    if (!o->shown || (matching && !o->right)) {
        quiz_order_free(o);
        return false;
    }
    cJSON *root = json ? cJSON_Parse(json) : NULL;
    bool ok = root && read_ids(q, cJSON_GetObjectItemCaseSensitive(root, "order"), o->shown) &&
              (!matching || read_ids(q, cJSON_GetObjectItemCaseSensitive(root, "right"), o->right));
    cJSON_Delete(root);
    if (!ok)
        for (size_t k = 0; k < n; k++) {
            o->shown[k] = k;
            if (o->right)
                o->right[k] = k;
        }
    return true;
}

/* ---- the answer in words ------------------------------------------------ */

static void letter(size_t k, char out[24])
{
    if (k < 26)
        snprintf(out, 24, "%c", (char)('A' + k));
    else
        snprintf(out, 24, "%zu", k + 1);
}

/* S without markup. */
static void put_plain(JsonBuf *b, const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    if (!plain) {
        b->failed = true;
        return;
    }
    jsonbuf_puts(b, plain);
    free(plain);
}

static size_t position_of(const size_t *idx, size_t n, size_t i)
{
    for (size_t k = 0; k < n; k++)
        if (idx[k] == i)
            return k;
    return QUIZ_NONE;
}

static void describe_answer(const Question *q, const QuizOrder *o, const Answer *a, JsonBuf *letters, JsonBuf *text)
{
    char l[24];
    size_t said = 0;
    switch (q->type) {
    case QUESTION_TRUEFALSE:
        for (size_t i = 0; i < q->noptions; i++) {
            if (!a->chosen[i])
                continue;
            bool yes = strcmp(q->options[i].id, "true") == 0;
            jsonbuf_puts(letters, said ? ", " : "");
            jsonbuf_puts(letters, yes ? "J" : "O");
            jsonbuf_puts(text, said++ ? "; " : "");
            jsonbuf_puts(text, yes ? "Juist" : "Onjuist");
        }
        break;
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
        for (size_t k = 0; k < o->n; k++) {
            size_t i = o->shown[k];
            if (!a->chosen[i])
                continue;
            letter(k, l);
            jsonbuf_puts(letters, said ? ", " : "");
            jsonbuf_puts(letters, l);
            jsonbuf_puts(text, said++ ? "; " : "");
            jsonbuf_puts(text, l);
            jsonbuf_puts(text, ": ");
            put_plain(text, q->options[i].text);
        }
        break;
    case QUESTION_MATCHING:
        for (size_t k = 0; k < o->n; k++) {
            size_t li = o->shown[k], p = a->match[li];
            char num[24];
            snprintf(num, sizeof num, "%zu", k + 1);
            size_t rk = p == QUIZ_NONE ? QUIZ_NONE : position_of(o->right, o->n, p);
            if (rk != QUIZ_NONE) {
                letter(rk, l);
                jsonbuf_puts(letters, said ? ", " : "");
                jsonbuf_puts(letters, num);
                jsonbuf_puts(letters, ARROW);
                jsonbuf_puts(letters, l);
            }
            jsonbuf_puts(text, k ? "; " : "");
            jsonbuf_puts(text, num);
            jsonbuf_puts(text, ". ");
            put_plain(text, q->options[li].text);
            jsonbuf_puts(text, " " ARROW " ");
            if (rk == QUIZ_NONE) {
                jsonbuf_puts(text, "(niets)");
                continue;
            }
            said++;
            jsonbuf_puts(text, l);
            jsonbuf_puts(text, ": ");
            put_plain(text, q->options[p].match);
        }
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < a->n; k++) {
            char num[24];
            snprintf(num, sizeof num, "%zu", a->order[k] + 1);
            jsonbuf_puts(letters, k ? ", " : "");
            jsonbuf_puts(letters, num);
            snprintf(num, sizeof num, "%zu. ", k + 1);
            jsonbuf_puts(text, k ? "; " : "");
            jsonbuf_puts(text, num);
            put_plain(text, q->options[a->order[k]].text);
        }
        break;
    case QUESTION_NUMERIC:
        jsonbuf_puts(text, a->text[0]);
        break;
    case QUESTION_CLOZE:
        for (size_t i = 0; i < a->n; i++) {
            char num[24];
            snprintf(num, sizeof num, "(%zu) ", i + 1);
            jsonbuf_puts(text, i ? "; " : "");
            jsonbuf_puts(text, num);
            jsonbuf_puts(text, a->text[i]);
        }
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
}

static const ScenarioNode *node_by_id(const Scenario *sc, const char *id)
{
    for (size_t i = 0; id && i < sc->nnodes; i++)
        if (strcmp(sc->nodes[i].id, id) == 0)
            return &sc->nodes[i];
    return NULL;
}

/* {"path":[{"node":"n1","choice":"a",...},...],"end":"e1",...}: the
 * scenario's choices are shown in course order, so their letters are too. */
static bool describe_run(const Scenario *sc, const char *json, JsonBuf *letters, JsonBuf *text)
{
    cJSON *root = cJSON_Parse(json);
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(root, "path");
    bool ok = cJSON_IsArray(path);
    JsonBuf l = {0}, t = {0};
    size_t k = 0;
    for (const cJSON *e = ok ? path->child : NULL; e && ok; e = e->next, k++) {
        const ScenarioNode *node = node_by_id(sc, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "node")));
        const char *cid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "choice"));
        size_t c = QUIZ_NONE;
        for (size_t i = 0; node && cid && i < node->nchoices; i++)
            if (strcmp(node->choices[i].id, cid) == 0)
                c = i;
        if (!(ok = c != QUIZ_NONE))
            break;
        char let[24], num[24];
        letter(c, let);
        snprintf(num, sizeof num, "%zu. ", k + 1);
        jsonbuf_puts(&l, k ? ", " : "");
        jsonbuf_puts(&l, let);
        jsonbuf_puts(&t, k ? "; " : "");
        jsonbuf_puts(&t, num);
        jsonbuf_puts(&t, let);
        jsonbuf_puts(&t, ": ");
        put_plain(&t, node->choices[c].text);
    }
    const ScenarioNode *end =
        ok ? node_by_id(sc, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root, "end"))) : NULL;
    if (end) {
        jsonbuf_puts(&t, k ? "; afloop: " : "afloop: ");
        put_plain(&t, end->title ? end->title : end->id);
    }
    cJSON_Delete(root);
    ok = ok && !l.failed && !t.failed;
    if (ok) {
        jsonbuf_put(letters, l.data ? l.data : "", l.len);
        jsonbuf_put(text, t.data ? t.data : "", t.len);
    }
    jsonbuf_free(&l);
    jsonbuf_free(&t);
    return ok;
}

bool attempt_describe(const Course *c, const Attempt *a, JsonBuf *letters, JsonBuf *text)
{
    if (!c || !a->item || !a->answer)
        return false;
    const Question *q = course_question(c, a->item);
    if (!q) {
        const Scenario *sc = course_scenario(c, a->item);
        return sc && describe_run(sc, a->answer, letters, text);
    }
    Answer ans;
    if (!quiz_answer_from_json(q, a->answer, &ans))
        return false;
    QuizOrder o;
    bool ok = attempt_shown_read(q, a->shown, &o);
    if (ok)
        describe_answer(q, &o, &ans, letters, text);
    quiz_order_free(&o);
    quiz_answer_free(&ans);
    return ok;
}
