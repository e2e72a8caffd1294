/* quiz_json.c - an Answer as a small JSON text for the progress log. Options
 * are named by id, not index, so a log written before the content was
 * reordered still reads right; a log naming an id that is gone is refused
 * rather than guessed at. cJSON stays inside this file. */
#include <string.h>

#include <cjson/cJSON.h>

#include "quiz.h"
#include "expect.h"

/* Index of the option of Q with id ID, or QUIZ_NONE. */
static size_t option_index(const Question *q, const char *id)
{
    for (size_t i = 0; id && i < q->noptions; i++)
        if (q->options[i].id && strcmp(q->options[i].id, id) == 0)
            return i;
    return QUIZ_NONE;
}

static const char *option_id(const Question *q, size_t i)
{
    expect(i < q->noptions && q->options[i].id);
    return q->options[i].id;
}

char *quiz_answer_to_json(const Question *q, const Answer *a)
{
    expect(q && a && a->type == q->type && a->n == q->noptions);
    char *text = NULL;
    cJSON *root = cJSON_CreateObject(), *v = NULL;
    if (!root)
        return NULL;
    switch (a->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        if (!(v = cJSON_AddArrayToObject(root, "chosen")))
            goto done;
        for (size_t i = 0; i < a->n; i++)
            if (a->chosen[i] && !cJSON_AddItemToArray(v, cJSON_CreateString(option_id(q, i))))
                goto done;
        break;
    case QUESTION_MATCHING:
        if (!(v = cJSON_AddObjectToObject(root, "match")))
            goto done;
        for (size_t i = 0; i < a->n; i++) {
            const char *left = option_id(q, i);
            cJSON *r = a->match[i] == QUIZ_NONE ? cJSON_AddNullToObject(v, left)
                                                : cJSON_AddStringToObject(v, left, option_id(q, a->match[i]));
            if (!r)
                goto done;
        }
        break;
    case QUESTION_ORDERING:
        if (!(v = cJSON_AddArrayToObject(root, "order")))
            goto done;
        for (size_t k = 0; k < a->n; k++)
            if (!cJSON_AddItemToArray(v, cJSON_CreateString(option_id(q, a->order[k]))))
                goto done;
        break;
    case QUESTION_CLOZE:
    case QUESTION_NUMERIC:
        if (!(v = cJSON_AddObjectToObject(root, "text")))
            goto done;
        for (size_t i = 0; i < a->n; i++)
            if (!cJSON_AddStringToObject(v, option_id(q, i), a->text[i]))
                goto done;
        break;
    case QUESTION_TYPE_COUNT:
        goto done;
    }
    text = cJSON_PrintUnformatted(root);
done:
    cJSON_Delete(root);
    return text;
}

/* The one member of ROOT, which must be named KEY. */
static const cJSON *only_member(const cJSON *root, const char *key)
{
    if (!cJSON_IsObject(root) || !root->child || root->child->next || !root->child->string ||
        strcmp(root->child->string, key) != 0)
        return NULL;
    return root->child;
}

static bool read_chosen(const Question *q, const cJSON *v, Answer *a)
{
    if (!cJSON_IsArray(v))
        return false;
    for (const cJSON *e = v->child; e; e = e->next) {
        size_t i = option_index(q, cJSON_GetStringValue(e));
        if (i == QUIZ_NONE || a->chosen[i])
            return false;
        a->chosen[i] = true;
    }
    return true;
}

static bool read_match(const Question *q, const cJSON *v, Answer *a)
{
    if (!cJSON_IsObject(v))
        return false;
    for (const cJSON *e = v->child; e; e = e->next) {
        size_t left = option_index(q, e->string);
        if (left == QUIZ_NONE || a->match[left] != QUIZ_NONE)
            return false;
        if (cJSON_IsNull(e))
            continue;
        size_t right = option_index(q, cJSON_GetStringValue(e));
        if (right == QUIZ_NONE)
            return false;
        a->match[left] = right;
    }
    return true;
}

static bool read_order(const Question *q, const cJSON *v, Answer *a)
{
    if (!cJSON_IsArray(v) || (size_t)cJSON_GetArraySize(v) != a->n)
        return false;
    /* Must be a permutation: mark each item as it is seen. */
    bool *seen = calloc(a->n ? a->n : 1, sizeof *seen);
    if (!seen)
        return false;
    bool ok = true;
    size_t k = 0;
    for (const cJSON *e = v->child; e && ok; e = e->next, k++) {
        size_t i = option_index(q, cJSON_GetStringValue(e));
        ok = i != QUIZ_NONE && !seen[i];
        if (ok) {
            seen[i] = true;
            a->order[k] = i;
        }
    }
    free(seen);
    return ok;
}

static bool read_text(const Question *q, const cJSON *v, Answer *a)
{
    if (!cJSON_IsObject(v))
        return false;
    for (const cJSON *e = v->child; e; e = e->next) {
        size_t i = option_index(q, e->string);
        const char *s = cJSON_GetStringValue(e);
        if (i == QUIZ_NONE || !s || !quiz_answer_set_text(a, i, s))
            return false;
    }
    return true;
}

bool quiz_answer_from_json(const Question *q, const char *json, Answer *a)
{
    expect(q && json && a);
    static const char *const key[QUESTION_TYPE_COUNT] = {"chosen", "chosen", "chosen", "match",
                                                         "order",  "text",   "text"};
    memset(a, 0, sizeof *a);
    if (q->type >= QUESTION_TYPE_COUNT)
        return false;
    cJSON *root = cJSON_Parse(json);
    const cJSON *v = only_member(root, key[q->type]);
    bool ok = v && quiz_answer_init(a, q, NULL);
    if (ok) {
        switch (q->type) {
        case QUESTION_SINGLE:
        case QUESTION_MULTIPLE:
        case QUESTION_TRUEFALSE:
            ok = read_chosen(q, v, a);
            break;
        case QUESTION_MATCHING:
            ok = read_match(q, v, a);
            break;
        case QUESTION_ORDERING:
            ok = read_order(q, v, a);
            break;
        case QUESTION_CLOZE:
        case QUESTION_NUMERIC:
            ok = read_text(q, v, a);
            break;
        case QUESTION_TYPE_COUNT:
            ok = false;
            break;
        }
    }
    cJSON_Delete(root);
    if (!ok)
        quiz_answer_free(a);
    return ok;
}
