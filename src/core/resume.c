/* resume.c - a running test as JSON and back (resume.h). Writing names
 * questions by id and keeps the answers in the log's own form, so reading
 * can check every piece against the course as it is now: a file that does
 * not fit it is refused with the place that did not fit, and the caller
 * sets it aside. cJSON stays inside this file. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fsutil.h"
#include "os.h"
#include "resume.h"

static const char FORMAT[] = "accountwijs-resume";

static cJSON *index_array(const size_t *v, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < n; i++)
        if (!cJSON_AddItemToArray(a, cJSON_CreateNumber((double)v[i]))) {
            cJSON_Delete(a);
            return NULL;
        }
    return a;
}

/* Records in ERR (may be NULL) what did not fit: CODE with the place or
 * the id as its `what`. Returns false (for `return say(...)`). */
static bool say(AwError *err, AwErrCode code, const char *fmt, ...) OS_PRINTF(3, 4);
static bool say(AwError *err, AwErrCode code, const char *fmt, ...)
{
    aw_fail(err, code);
    if (!err)
        return false;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->what, sizeof err->what, fmt, ap);
    va_end(ap);
    return false;
}

/* A whole number in [LO, HI] (JSON numbers are doubles: check the range
 * before the cast, so 1e400 is refused rather than undefined). */
static bool whole(const cJSON *v, double lo, double hi, int64_t *out)
{
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble < lo || v->valuedouble > hi ||
        v->valuedouble != floor(v->valuedouble))
        return false;
    *out = (int64_t)v->valuedouble;
    return true;
}

static const Question *find_question(const Course *c, const char *id)
{
    for (size_t i = 0; i < c->nquestions; i++)
        if (c->questions[i].id && strcmp(c->questions[i].id, id) == 0)
            return &c->questions[i];
    return NULL;
}

/* Reads a permutation of 0..n-1 from ARR into OUT (room for N). */
static bool permutation(const cJSON *arr, size_t n, size_t *out)
{
    if (!cJSON_IsArray(arr) || (size_t)cJSON_GetArraySize(arr) != n)
        return false;
    bool *seen = calloc(n ? n : 1, sizeof *seen);
    if (!seen)
        return false;
    size_t k = 0;
    bool ok = true;
    const cJSON *v;
    cJSON_ArrayForEach(v, arr)
    {
        int64_t x;
        if (!whole(v, 0, (double)n - 1, &x) || seen[x]) {
            ok = false;
            break;
        }
        seen[x] = true;
        out[k++] = (size_t)x;
    }
    free(seen);
    return ok;
}

/* The fields every kind shares: format, version, kind and course. */
static ResumeStatus header(const cJSON *root, const Course *c, const char *want, AwError *err)
{
    const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
    const cJSON *kind = cJSON_GetObjectItemCaseSensitive(root, "kind");
    const cJSON *course = cJSON_GetObjectItemCaseSensitive(root, "course");
    int64_t version;
    if (!cJSON_IsObject(root) || !cJSON_IsString(fmt) || strcmp(fmt->valuestring, FORMAT) != 0) {
        say(err, AW_ERR_RESUME_FIELD, "format");
        return RESUME_CORRUPT;
    }
    if (!whole(cJSON_GetObjectItemCaseSensitive(root, "version"), 1, RESUME_VERSION, &version)) {
        say(err, AW_ERR_RESUME_FIELD, "version");
        return RESUME_CORRUPT;
    }
    if (!cJSON_IsString(kind) || !cJSON_IsString(course)) {
        say(err, AW_ERR_RESUME_FIELD, "%s", !cJSON_IsString(kind) ? "kind" : "course");
        return RESUME_CORRUPT;
    }
    if (strcmp(kind->valuestring, want) != 0 || strcmp(course->valuestring, c->id ? c->id : "") != 0) {
        say(err, AW_ERR_RESUME_OTHER, "%s", strcmp(kind->valuestring, want) != 0 ? "kind" : "course");
        return RESUME_OTHER;
    }
    return RESUME_OK;
}

/* The saved display order of Q in item IT into O; false when it does not
 * fit Q as it is now (or out of memory: *NOMEM). */
static bool read_order(const cJSON *it, const Question *q, QuizOrder *o, bool *nomem)
{
    *nomem = false;
    if (!quiz_shuffle(q, 0, o)) {
        *nomem = true;
        return false;
    }
    const cJSON *right = cJSON_GetObjectItemCaseSensitive(it, "right");
    return permutation(cJSON_GetObjectItemCaseSensitive(it, "shown"), o->n, o->shown) &&
           (o->right ? permutation(right, o->n, o->right) : right == NULL);
}

/* Adds O's "shown" (and for matching "right") to IT. */
static bool write_order(cJSON *it, const QuizOrder *o)
{
    cJSON *shown = index_array(o->shown, o->n);
    if (!shown || !cJSON_AddItemToObject(it, "shown", shown)) {
        cJSON_Delete(shown);
        return false;
    }
    if (o->right) {
        cJSON *right = index_array(o->right, o->n);
        if (!right || !cJSON_AddItemToObject(it, "right", right)) {
            cJSON_Delete(right);
            return false;
        }
    }
    return true;
}

/* Adds answer A of Q to IT as NAME, in the log's form (options by id). */
static bool write_answer(cJSON *it, const char *name, const Question *q, const Answer *a)
{
    char *answer = quiz_answer_to_json(q, a);
    cJSON *v = answer ? cJSON_Parse(answer) : NULL;
    free(answer);
    if (!v || !cJSON_AddItemToObject(it, name, v)) {
        cJSON_Delete(v);
        return false;
    }
    return true;
}

/* Reads IT's NAME into A (initialised here); false when it does not fit Q. */
static bool read_answer(const cJSON *it, const char *name, const Question *q, Answer *a)
{
    char *answer = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(it, name));
    bool ok = answer && quiz_answer_from_json(q, answer, a);
    free(answer);
    return ok;
}

/* The question item IT names, from the course as it is now; NULL when it
 * is gone (ERR says which, the status is RESUME_STALE). */
static const Question *item_question(const Course *c, const cJSON *qid, AwError *err)
{
    const Question *q = find_question(c, qid->valuestring);
    if (!q)
        say(err, AW_ERR_RESUME_QUESTION, "%s", qid->valuestring);
    return q;
}

/* Reads item IT's display order and answer for Q into O and A: RESUME_OK,
 * RESUME_NOMEM, or RESUME_STALE when they no longer fit Q (ERR names Q). */
static ResumeStatus item_order_answer(const cJSON *it, const Question *q, QuizOrder *o, Answer *a, AwError *err)
{
    bool nomem;
    if (!read_order(it, q, o, &nomem)) {
        say(err, AW_ERR_RESUME_QUESTION, "%s", q->id);
        return nomem ? RESUME_NOMEM : RESUME_STALE;
    }
    if (!read_answer(it, "answer", q, a)) {
        say(err, AW_ERR_RESUME_QUESTION, "%s", q->id);
        return RESUME_STALE;
    }
    return RESUME_OK;
}

bool resume_session_ok(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
              s[n] == '-' || s[n] == '_'))
            return false;
    return n > 0 && n < RESUME_SESSION_SIZE;
}

char *resume_exam_to_json(const Exam *e, const ResumeClock *clk, int64_t now_ms)
{
    char *text = NULL;
    cJSON *root = cJSON_CreateObject(), *items = NULL;
    if (!root)
        return NULL;
    int64_t elapsed = now_ms - e->started_ms;
    if (elapsed < 0)
        elapsed = 0;
    if (!cJSON_AddStringToObject(root, "format", FORMAT) || !cJSON_AddNumberToObject(root, "version", RESUME_VERSION) ||
        !cJSON_AddStringToObject(root, "kind", "exam") ||
        !cJSON_AddStringToObject(root, "course", e->course && e->course->id ? e->course->id : "") ||
        !cJSON_AddBoolToObject(root, "real_conditions", clk->real) ||
        !cJSON_AddNumberToObject(root, "wall_start_ms", (double)clk->wall_start_ms) ||
        !cJSON_AddNumberToObject(root, "elapsed_ms", (double)elapsed) ||
        !cJSON_AddNumberToObject(root, "limit_ms", (double)e->limit_ms) ||
        !cJSON_AddNumberToObject(root, "seconds", clk->seconds) ||
        !cJSON_AddNumberToObject(root, "current", (double)e->current) ||
        (clk->session[0] && !cJSON_AddStringToObject(root, "session", clk->session)) ||
        (clk->handing_in && (!cJSON_AddBoolToObject(root, "handing_in", true) ||
                             !cJSON_AddNumberToObject(root, "log_end", (double)clk->log_end) ||
                             !cJSON_AddNumberToObject(root, "handed_in_ms", (double)clk->handed_in_ms) ||
                             !cJSON_AddBoolToObject(root, "timed_out", clk->timed_out) ||
                             !cJSON_AddBoolToObject(root, "stopped", clk->stopped))) ||
        !(items = cJSON_AddArrayToObject(root, "items")))
        goto done;
    for (size_t i = 0; i < e->n; i++) {
        const Question *q = exam_question(e, i);
        cJSON *it = cJSON_CreateObject();
        if (!it || !cJSON_AddItemToArray(items, it))
            goto fail_item;
        int64_t spent = e->spent_ms[i];
        if (i == e->current && now_ms > e->entered_ms)
            spent += now_ms - e->entered_ms;
        if (!write_answer(it, "answer", q, &e->answers[i]) || !write_order(it, &e->orders[i]))
            goto done;
        if (!cJSON_AddStringToObject(it, "question", q->id) || !cJSON_AddBoolToObject(it, "flagged", e->flagged[i]) ||
            !cJSON_AddBoolToObject(it, "touched", e->touched[i]) ||
            !cJSON_AddNumberToObject(it, "spent_ms", (double)spent))
            goto done;
        continue;
    fail_item:
        cJSON_Delete(it);
        goto done;
    }
    text = cJSON_PrintUnformatted(root);
done:
    cJSON_Delete(root);
    return text;
}

/* The test's items (the array ITEMS of N) into E: RESUME_OK, or what was
 * wrong (ERR says where). From the first item read, exam_free releases
 * what E holds. */
static ResumeStatus read_exam_items(const cJSON *items, size_t n, const Course *c, Exam *e, AwError *err)
{
    const double big = 9007199254740992.0; /* 2^53: exact in a double */
    e->course = c;
    e->n = 0;
    e->questions = calloc(n, sizeof *e->questions);
    e->orders = calloc(n, sizeof *e->orders);
    e->answers = calloc(n, sizeof *e->answers);
    e->flagged = calloc(n, sizeof *e->flagged);
    e->touched = calloc(n, sizeof *e->touched);
    e->spent_ms = calloc(n, sizeof *e->spent_ms);
    if (!e->questions || !e->orders || !e->answers || !e->flagged || !e->touched || !e->spent_ms)
        return RESUME_NOMEM;
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, items)
    {
        const cJSON *qid = cJSON_GetObjectItemCaseSensitive(it, "question");
        const cJSON *flag = cJSON_GetObjectItemCaseSensitive(it, "flagged");
        const cJSON *touch = cJSON_GetObjectItemCaseSensitive(it, "touched");
        int64_t spent;
        if (!cJSON_IsObject(it) || !cJSON_IsString(qid) || !cJSON_IsBool(flag) || !cJSON_IsBool(touch) ||
            !whole(cJSON_GetObjectItemCaseSensitive(it, "spent_ms"), 0, big, &spent)) {
            say(err, AW_ERR_RESUME_FIELD, "items[%zu]", i);
            return RESUME_CORRUPT;
        }
        const Question *q = item_question(c, qid, err);
        if (!q)
            return RESUME_STALE;
        /* The order's shape comes from the question as it is now; the saved
         * positions must fit it exactly. */
        e->n = i + 1; /* from here exam_free releases item I */
        e->questions[i] = (size_t)(q - c->questions);
        ResumeStatus st = item_order_answer(it, q, &e->orders[i], &e->answers[i], err);
        if (st != RESUME_OK)
            return st;
        e->flagged[i] = cJSON_IsTrue(flag);
        e->touched[i] = cJSON_IsTrue(touch);
        e->spent_ms[i] = spent;
        i++;
    }
    return RESUME_OK;
}

/* The optional fields (resume.h) of ROOT into CLK: the session and the
 * hand-in under way. False when one is wrong (ERR says which). */
static bool read_hand_in(const cJSON *root, ResumeClock *clk, AwError *err)
{
    const double big = 9007199254740992.0;
    const cJSON *session = cJSON_GetObjectItemCaseSensitive(root, "session");
    if (session && (!cJSON_IsString(session) || !resume_session_ok(session->valuestring)))
        return say(err, AW_ERR_RESUME_FIELD, "session");
    if (session)
        snprintf(clk->session, sizeof clk->session, "%s", session->valuestring);
    const cJSON *handing = cJSON_GetObjectItemCaseSensitive(root, "handing_in");
    if (handing && !cJSON_IsBool(handing))
        return say(err, AW_ERR_RESUME_FIELD, "handing_in");
    if (!cJSON_IsTrue(handing))
        return true;
    if (!clk->session[0])
        return say(err, AW_ERR_RESUME_FIELD, "session");
    if (!whole(cJSON_GetObjectItemCaseSensitive(root, "log_end"), 0, big, &clk->log_end))
        return say(err, AW_ERR_RESUME_FIELD, "log_end");
    if (!whole(cJSON_GetObjectItemCaseSensitive(root, "handed_in_ms"), 0, big, &clk->handed_in_ms))
        return say(err, AW_ERR_RESUME_FIELD, "handed_in_ms");
    static const char *const flags[] = {"timed_out", "stopped"};
    bool *fv[] = {&clk->timed_out, &clk->stopped};
    for (size_t k = 0; k < 2; k++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, flags[k]);
        if (v && !cJSON_IsBool(v))
            return say(err, AW_ERR_RESUME_FIELD, "%s", flags[k]);
        *fv[k] = cJSON_IsTrue(v);
    }
    clk->handing_in = true;
    return true;
}

ResumeStatus resume_exam_from_json(const char *text, const Course *c, int64_t now_ms, int64_t wall_now_ms, Exam *e,
                                   ResumeClock *clk, AwError *err)
{
    ResumeStatus st = RESUME_CORRUPT;
    memset(e, 0, sizeof *e);
    memset(clk, 0, sizeof *clk);
    aw_fail(err, AW_OK);
    cJSON *root = cJSON_Parse(text);
    if (!root) {
        aw_fail(err, AW_ERR_RESUME_NOT_JSON);
        return RESUME_CORRUPT;
    }
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(root, "items");
    int64_t elapsed, limit, wall, seconds, current;
    if ((st = header(root, c, "exam", err)) != RESUME_OK)
        goto fail;
    st = RESUME_CORRUPT;
    const double big = 9007199254740992.0; /* 2^53: exact in a double */
    const cJSON *real = cJSON_GetObjectItemCaseSensitive(root, "real_conditions");
    if (!cJSON_IsBool(real)) {
        say(err, AW_ERR_RESUME_FIELD, "real_conditions");
        goto fail;
    }
    static const char *const names[] = {"elapsed_ms", "limit_ms", "wall_start_ms", "seconds", "current"};
    int64_t *vals[] = {&elapsed, &limit, &wall, &seconds, &current};
    for (size_t k = 0; k < 5; k++)
        if (!whole(cJSON_GetObjectItemCaseSensitive(root, names[k]), 0, k == 3 ? 86400 : big, vals[k])) {
            say(err, AW_ERR_RESUME_FIELD, "%s", names[k]);
            goto fail;
        }
    if (!cJSON_IsArray(items) || cJSON_GetArraySize(items) < 1 || (int64_t)cJSON_GetArraySize(items) <= current) {
        say(err, AW_ERR_RESUME_FIELD, "%s",
            cJSON_IsArray(items) && cJSON_GetArraySize(items) > 0 ? "current" : "items");
        goto fail;
    }
    if ((st = read_exam_items(items, (size_t)cJSON_GetArraySize(items), c, e, err)) != RESUME_OK)
        goto fail;
    st = RESUME_CORRUPT;
    if (!read_hand_in(root, clk, err))
        goto fail;
    clk->real = cJSON_IsTrue(real);
    clk->wall_start_ms = wall;
    clk->seconds = (int)seconds;
    if (clk->real && wall_now_ms - wall > elapsed)
        elapsed = wall_now_ms - wall;
    clk->elapsed_ms = elapsed;
    e->current = (size_t)current;
    e->limit_ms = limit;
    e->started_ms = now_ms - elapsed;
    e->entered_ms = now_ms;
    cJSON_Delete(root);
    return RESUME_OK;
fail:
    cJSON_Delete(root);
    exam_free(e);
    memset(clk, 0, sizeof *clk);
    return st;
}

/* ---- a practice round ---- */

static const char *const item_states[] = {"open", "retry", "checked"};

char *resume_practice_to_json(const Quiz *z, const ResumePractice *p)
{
    char *text = NULL;
    cJSON *root = cJSON_CreateObject(), *items = NULL;
    if (!root)
        return NULL;
    char seed[24];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)z->seed);
    if (!cJSON_AddStringToObject(root, "format", FORMAT) || !cJSON_AddNumberToObject(root, "version", RESUME_VERSION) ||
        !cJSON_AddStringToObject(root, "kind", "practice") ||
        !cJSON_AddStringToObject(root, "course", z->course && z->course->id ? z->course->id : "") ||
        !cJSON_AddStringToObject(root, "section", p->section) || !cJSON_AddBoolToObject(root, "chapter", p->chapter) ||
        !cJSON_AddBoolToObject(root, "picked", p->picked) || !cJSON_AddStringToObject(root, "title", p->title) ||
        !cJSON_AddBoolToObject(root, "missed_round", p->missed_round) ||
        !cJSON_AddNumberToObject(root, "spent_ms", (double)(p->spent_ms > 0 ? p->spent_ms : 0)) ||
        !cJSON_AddNumberToObject(root, "mode", z->mode == QUIZ_TEST) ||
        /* The seed as text: a double cannot hold every 64-bit value. */
        !cJSON_AddStringToObject(root, "seed", seed) || !cJSON_AddNumberToObject(root, "pos", (double)z->pos) ||
        !(items = cJSON_AddArrayToObject(root, "items")))
        goto done;
    for (size_t i = 0; i < z->nitems; i++) {
        const QuizItem *qi = &z->items[i];
        const Question *q = &z->course->questions[qi->question];
        cJSON *it = cJSON_CreateObject();
        if (!it || !cJSON_AddItemToArray(items, it)) {
            cJSON_Delete(it);
            goto done;
        }
        if (!cJSON_AddStringToObject(it, "question", q->id) || !write_order(it, &qi->order) ||
            !write_answer(it, "answer", q, &qi->answer) ||
            (qi->checks > 0 ? !write_answer(it, "checked", q, &qi->checked) : !cJSON_AddNullToObject(it, "checked")) ||
            !cJSON_AddStringToObject(it, "state", item_states[qi->state]) ||
            !cJSON_AddNumberToObject(it, "checks", qi->checks) ||
            !cJSON_AddNumberToObject(it, "first_score", qi->first_score))
            goto done;
    }
    text = cJSON_PrintUnformatted(root);
done:
    cJSON_Delete(root);
    return text;
}

static bool copy_string(const cJSON *v, char *out, size_t size)
{
    if (!cJSON_IsString(v) || strlen(v->valuestring) >= size)
        return false;
    memcpy(out, v->valuestring, strlen(v->valuestring) + 1);
    return true;
}

ResumeStatus resume_practice_from_json(const char *text, const Course *c, Quiz *z, ResumePractice *p, AwError *err)
{
    ResumeStatus st = RESUME_CORRUPT;
    memset(z, 0, sizeof *z);
    memset(p, 0, sizeof *p);
    aw_fail(err, AW_OK);
    cJSON *root = cJSON_Parse(text);
    if (!root) {
        aw_fail(err, AW_ERR_RESUME_NOT_JSON);
        return RESUME_CORRUPT;
    }
    if ((st = header(root, c, "practice", err)) != RESUME_OK)
        goto fail;
    st = RESUME_CORRUPT;
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(root, "items");
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(root, "seed");
    const cJSON *chapter = cJSON_GetObjectItemCaseSensitive(root, "chapter");
    const cJSON *picked = cJSON_GetObjectItemCaseSensitive(root, "picked");
    const cJSON *missed = cJSON_GetObjectItemCaseSensitive(root, "missed_round");
    const double big = 9007199254740992.0;
    int64_t spent, mode, pos;
    char *end = NULL;
    if (!copy_string(cJSON_GetObjectItemCaseSensitive(root, "section"), p->section, sizeof p->section) ||
        !copy_string(cJSON_GetObjectItemCaseSensitive(root, "title"), p->title, sizeof p->title) ||
        !cJSON_IsBool(chapter) || !cJSON_IsBool(picked) || !cJSON_IsBool(missed) ||
        !whole(cJSON_GetObjectItemCaseSensitive(root, "spent_ms"), 0, big, &spent) ||
        !whole(cJSON_GetObjectItemCaseSensitive(root, "mode"), 0, 1, &mode) || !cJSON_IsString(seed) ||
        !seed->valuestring[0] || (strtoull(seed->valuestring, &end, 10), *end != '\0') || !cJSON_IsArray(items) ||
        cJSON_GetArraySize(items) < 1 ||
        !whole(cJSON_GetObjectItemCaseSensitive(root, "pos"), 0, cJSON_GetArraySize(items), &pos)) {
        say(err, AW_ERR_RESUME_FIELD, "round");
        goto fail;
    }
    p->chapter = cJSON_IsTrue(chapter);
    p->picked = cJSON_IsTrue(picked);
    p->missed_round = cJSON_IsTrue(missed);
    p->spent_ms = spent;
    if (p->section[0]) {
        size_t s = 0;
        while (s < c->nsections && strcmp(c->sections[s].id, p->section) != 0)
            s++;
        if (s == c->nsections) {
            say(err, AW_ERR_RESUME_SECTION, "%s", p->section);
            st = RESUME_STALE;
            goto fail;
        }
    }
    size_t n = (size_t)cJSON_GetArraySize(items);
    z->course = c;
    z->mode = mode ? QUIZ_TEST : QUIZ_PRACTICE;
    z->seed = strtoull(seed->valuestring, NULL, 10);
    z->pos = (size_t)pos;
    z->items = calloc(n, sizeof *z->items);
    if (!z->items) {
        st = RESUME_NOMEM;
        goto fail;
    }
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, items)
    {
        const cJSON *qid = cJSON_GetObjectItemCaseSensitive(it, "question");
        const cJSON *state = cJSON_GetObjectItemCaseSensitive(it, "state");
        const cJSON *checked = cJSON_GetObjectItemCaseSensitive(it, "checked");
        const cJSON *first = cJSON_GetObjectItemCaseSensitive(it, "first_score");
        int64_t checks;
        size_t k = 0;
        while (cJSON_IsString(state) && k < 3 && strcmp(state->valuestring, item_states[k]) != 0)
            k++;
        if (!cJSON_IsObject(it) || !cJSON_IsString(qid) || k == 3 || !cJSON_IsNumber(first) ||
            !(first->valuedouble >= 0 && first->valuedouble <= 1) ||
            !whole(cJSON_GetObjectItemCaseSensitive(it, "checks"), 0, 2, &checks) || (k == 0) != (checks == 0) ||
            (checks > 0) == cJSON_IsNull(checked)) {
            say(err, AW_ERR_RESUME_FIELD, "items[%zu]", i);
            goto fail;
        }
        const Question *q = item_question(c, qid, err);
        if (!q) {
            st = RESUME_STALE;
            goto fail;
        }
        QuizItem *qi = &z->items[i];
        z->nitems = i + 1; /* from here quiz_free releases item I */
        qi->question = (size_t)(q - c->questions);
        if ((st = item_order_answer(it, q, &qi->order, &qi->answer, err)) != RESUME_OK)
            goto fail;
        if (checks > 0 && !read_answer(it, "checked", q, &qi->checked)) {
            say(err, AW_ERR_RESUME_QUESTION, "%s", q->id);
            st = RESUME_STALE;
            goto fail;
        }
        st = RESUME_CORRUPT;
        /* The grade of the last check, from the answer as it was checked. */
        if (checks > 0 && !quiz_grade(q, &qi->checked, &qi->grade)) {
            st = RESUME_NOMEM;
            goto fail;
        }
        qi->state = (QuizItemState)k;
        qi->checks = (int)checks;
        qi->first_score = first->valuedouble;
        i++;
    }
    cJSON_Delete(root);
    return RESUME_OK;
fail:
    cJSON_Delete(root);
    quiz_free(z);
    memset(p, 0, sizeof *p);
    return st;
}

ResumeStatus resume_practice_load(const char *path, const Course *c, Quiz *z, ResumePractice *p, AwError *err)
{
    char *data = NULL;
    size_t len = 0;
    memset(z, 0, sizeof *z);
    memset(p, 0, sizeof *p);
    if (!os_read_file(path, RESUME_MAX_BYTES, &data, &len)) {
        if (errno == ENOENT)
            return RESUME_NONE;
        aw_fail_path(err, AW_ERR_RESUME_UNREADABLE, path, errno);
        return RESUME_CORRUPT;
    }
    ResumeStatus st = RESUME_CORRUPT;
    if (strlen(data) != len)
        aw_fail_path(err, AW_ERR_RESUME_NUL, path, 0);
    else
        st = resume_practice_from_json(data, c, z, p, err);
    free(data);
    return st;
}

bool resume_path(const char *dir, const char *kind, char *out, size_t size)
{
    return fsutil_path(out, size, "%s/resume-%s.json", dir, kind);
}

bool resume_save(const char *path, const char *text, AwError *err)
{
    return fsutil_write_atomic(path, text, strlen(text), err);
}

ResumeStatus resume_exam_load(const char *path, const Course *c, int64_t now_ms, int64_t wall_now_ms, Exam *e,
                              ResumeClock *clk, AwError *err)
{
    char *data = NULL;
    size_t len = 0;
    memset(e, 0, sizeof *e);
    memset(clk, 0, sizeof *clk);
    if (!os_read_file(path, RESUME_MAX_BYTES, &data, &len)) {
        if (errno == ENOENT)
            return RESUME_NONE;
        aw_fail_path(err, AW_ERR_RESUME_UNREADABLE, path, errno);
        return RESUME_CORRUPT;
    }
    ResumeStatus st;
    if (strlen(data) != len) {
        aw_fail_path(err, AW_ERR_RESUME_NUL, path, 0);
        st = RESUME_CORRUPT;
    } else {
        st = resume_exam_from_json(data, c, now_ms, wall_now_ms, e, clk, err);
    }
    free(data);
    return st;
}

bool resume_remove(const char *path)
{
    if (!os_unlink(path) && errno != ENOENT)
        return false;
    os_sync_parent(path);
    return true;
}

bool resume_set_aside(const char *path, char *newpath, size_t size)
{
    bool ok = os_move_aside(path, ".bad", newpath, size);
    if (ok)
        os_sync_parent(newpath);
    return ok;
}
