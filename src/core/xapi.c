/* xapi.c - see xapi.h. A statement is text appended to a JsonBuf, never a
 * tree: 100,000 attempts must become statements in well under a second.
 * What depends on the question alone (its object with the definition, its
 * section as parent) is built once per question and kept in the writer;
 * per attempt only the answer is read (quiz_answer_from_json) and the id,
 * result, context and timestamp are written. */
#include "xapi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "isotime.h"
#include "markup.h"
#include "quiz.h"

#define IRI_PREFIX "urn:accountwijs:course:"
#define ACT_INTERACTION "http://adlnet.gov/expapi/activities/cmi.interaction"
#define ACT_COURSE "http://adlnet.gov/expapi/activities/course"
#define ACT_LESSON "http://adlnet.gov/expapi/activities/lesson"
#define ACT_SIMULATION "http://adlnet.gov/expapi/activities/simulation"
#define ACT_ASSESSMENT "http://adlnet.gov/expapi/activities/assessment"
#define LANG "nl-NL"
#define EXT "urn:accountwijs:xapi:"

struct XapiWriter {
    const Course *c;
    const char *home, *sep;
    bool names;
    size_t count;
    char *course_iri; /* escaped */
    char *grouping;   /* "grouping":[{...course...}] */
    char **qobj;      /* per question: its "object" value, built on first use */
    char **qparent;   /* per question: "parent":[...section...], */
    uint32_t *slots;  /* hash of question ids: index + 1, 0 = empty */
    size_t nslots;
    int **best; /* per scenario: per node the best points from there (built on first use) */
    JsonBuf tmp;
    /* The last registration made: consecutive attempts mostly share one. */
    char reg_name[256];
    char reg_uuid[XAPI_UUID_SIZE];
};

/* ---- small writers ------------------------------------------------------ */

/* S as part of an IRI: bytes other than [A-Za-z0-9._~-] as %XX. */
static void put_iri_part(JsonBuf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
            c == '~' || c == '-') {
            jsonbuf_put(b, (const char *)p, 1);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            jsonbuf_put(b, e, 3);
        }
    }
}

static void put_iri(XapiWriter *w, JsonBuf *b, const char *kind, const char *id)
{
    jsonbuf_puts(b, "\"");
    jsonbuf_puts(b, w->course_iri);
    if (kind) {
        jsonbuf_puts(b, ":");
        jsonbuf_puts(b, kind);
        jsonbuf_puts(b, ":");
        put_iri_part(b, id);
    }
    jsonbuf_puts(b, "\"");
}

/* {"nl-NL":"S without markup"} */
static void put_langmap(JsonBuf *b, const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    jsonbuf_puts(b, "{\"" LANG "\":");
    jsonbuf_put_string(b, plain ? plain : "");
    jsonbuf_puts(b, "}");
    if (!plain)
        b->failed = true;
    free(plain);
}

static char *take(JsonBuf *b)
{
    if (b->failed || !b->data) {
        jsonbuf_free(b);
        return NULL;
    }
    char *s = b->data;
    *b = (JsonBuf){0};
    return s;
}

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* ---- the writer --------------------------------------------------------- */

XapiWriter *xapi_writer_new(const Course *c, const XapiOptions *o)
{
    XapiWriter *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->c = c;
    w->home = o && o->home && *o->home ? o->home : XAPI_DEFAULT_HOME;
    w->sep = o && o->separator ? o->separator : ",\n";
    w->names = o && o->names;
    JsonBuf b = {0};
    jsonbuf_puts(&b, IRI_PREFIX);
    put_iri_part(&b, c && c->id ? c->id : "unknown");
    w->course_iri = take(&b);
    if (!w->course_iri)
        goto fail;
    jsonbuf_puts(&b, "\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"");
    jsonbuf_puts(&b, w->course_iri);
    jsonbuf_puts(&b, "\",\"definition\":{\"name\":");
    put_langmap(&b, c && c->title ? c->title : "");
    jsonbuf_puts(&b, ",\"type\":\"" ACT_COURSE "\"}}]");
    w->grouping = take(&b);
    if (!w->grouping)
        goto fail;
    size_t nq = c ? c->nquestions : 0, ns = c ? c->nscenarios : 0;
    w->qobj = calloc(nq + 1, sizeof *w->qobj);
    w->qparent = calloc(nq + 1, sizeof *w->qparent);
    w->best = calloc(ns + 1, sizeof *w->best);
    w->nslots = 16;
    while (w->nslots < 2 * nq)
        w->nslots *= 2;
    w->slots = calloc(w->nslots, sizeof *w->slots);
    if (!w->qobj || !w->qparent || !w->best || !w->slots)
        goto fail;
    for (size_t i = 0; i < nq; i++) {
        size_t s = hash(c->questions[i].id) & (w->nslots - 1);
        while (w->slots[s])
            s = (s + 1) & (w->nslots - 1);
        w->slots[s] = (uint32_t)i + 1;
    }
    return w;
fail:
    xapi_writer_free(w);
    return NULL;
}

void xapi_writer_free(XapiWriter *w)
{
    if (!w)
        return;
    size_t nq = w->c ? w->c->nquestions : 0, ns = w->c ? w->c->nscenarios : 0;
    for (size_t i = 0; w->qobj && i < nq; i++)
        free(w->qobj[i]);
    for (size_t i = 0; w->qparent && i < nq; i++)
        free(w->qparent[i]);
    for (size_t i = 0; w->best && i < ns; i++)
        free(w->best[i]);
    free(w->qobj);
    free(w->qparent);
    free(w->best);
    free(w->slots);
    free(w->course_iri);
    free(w->grouping);
    jsonbuf_free(&w->tmp);
    free(w);
}

size_t xapi_count(const XapiWriter *w)
{
    return w->count;
}

static size_t find_question(const XapiWriter *w, const char *id)
{
    if (!w->c)
        return QUIZ_NONE;
    for (size_t s = hash(id) & (w->nslots - 1); w->slots[s]; s = (s + 1) & (w->nslots - 1))
        if (strcmp(w->c->questions[w->slots[s] - 1].id, id) == 0)
            return w->slots[s] - 1;
    return QUIZ_NONE;
}

/* ---- questions ---------------------------------------------------------- */

static const char *interaction_type(QuestionType t)
{
    switch (t) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
        return "choice";
    case QUESTION_TRUEFALSE:
        return "true-false";
    case QUESTION_MATCHING:
        return "matching";
    case QUESTION_ORDERING:
        return "sequencing";
    case QUESTION_CLOZE:
        return "fill-in";
    case QUESTION_NUMERIC:
        return "numeric";
    default: /* a type added later needs its own case: "other" until then */
        break;
    }
    return "other";
}

/* [{"id":ID,"description":{"nl-NL":TEXT}},...] with MATCH for the right column. */
static void put_components(JsonBuf *b, const char *key, const Question *q, bool match)
{
    jsonbuf_puts(b, ",\"");
    jsonbuf_puts(b, key);
    jsonbuf_puts(b, "\":[");
    for (size_t i = 0; i < q->noptions; i++) {
        jsonbuf_puts(b, i ? ",{\"id\":" : "{\"id\":");
        jsonbuf_put_string(b, q->options[i].id);
        jsonbuf_puts(b, ",\"description\":");
        put_langmap(b, match ? q->options[i].match : q->options[i].text);
        jsonbuf_puts(b, "}");
    }
    jsonbuf_puts(b, "]");
}

/* Every combination of the blanks' accepted answers, at most XAPI_MAX_PATTERNS,
 * the last blank's answers varying fastest. */
static void put_cloze_patterns(JsonBuf *b, const Question *q)
{
    size_t n = q->noptions < 256 ? q->noptions : 256, idx[256] = {0};
    for (size_t made = 0; made < XAPI_MAX_PATTERNS; made++) {
        JsonBuf one = {0};
        jsonbuf_puts(&one, "{case_matters=false}");
        for (size_t i = 0; i < n; i++) {
            const Option *o = &q->options[i];
            jsonbuf_puts(&one, i ? "[,]" : "");
            jsonbuf_puts(&one, o->naccept ? o->accept[idx[i]] : "");
        }
        jsonbuf_puts(b, made ? "," : "");
        jsonbuf_put_string(b, one.data ? one.data : "");
        b->failed |= one.failed;
        jsonbuf_free(&one);
        size_t i = n;
        while (i > 0 && ++idx[i - 1] >= q->options[i - 1].naccept)
            idx[--i] = 0;
        if (i == 0)
            return;
    }
}

static void put_patterns(JsonBuf *b, const Question *q)
{
    jsonbuf_puts(b, ",\"correctResponsesPattern\":[");
    size_t said = 0;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        jsonbuf_puts(b, "\"");
        for (size_t i = 0; i < q->noptions; i++)
            if (q->options[i].correct) {
                jsonbuf_puts(b, said++ ? "[,]" : "");
                put_iri_part(b, q->options[i].id); /* ids are [A-Za-z0-9._-]: unchanged */
            }
        jsonbuf_puts(b, "\"");
        break;
    case QUESTION_MATCHING:
    case QUESTION_ORDERING:
        jsonbuf_puts(b, "\"");
        for (size_t i = 0; i < q->noptions; i++) {
            jsonbuf_puts(b, i ? "[,]" : "");
            put_iri_part(b, q->options[i].id);
            if (q->type == QUESTION_MATCHING) {
                jsonbuf_puts(b, "[.]");
                put_iri_part(b, q->options[i].id);
            }
        }
        jsonbuf_puts(b, "\"");
        break;
    case QUESTION_CLOZE:
        put_cloze_patterns(b, q);
        break;
    case QUESTION_NUMERIC:
        /* Each fully right answer: its number, or "min[:]max" for a range or
         * a tolerance (xAPI's numeric pattern). */
        for (size_t i = 0; i < q->nnumeric; i++) {
            const NumericAnswer *na = &q->numeric[i];
            if (na->score < 1)
                continue;
            char one[80];
            if (na->min == na->max)
                snprintf(one, sizeof one, "%.15g", na->min);
            else
                snprintf(one, sizeof one, "%.15g[:]%.15g", na->min, na->max);
            jsonbuf_puts(b, said++ ? "," : "");
            jsonbuf_put_string(b, one);
        }
        break;
    default: /* a type added later: no pattern until it has a case */
        break;
    }
    jsonbuf_puts(b, "]");
}

/* The object of question Q: built once. */
static const char *question_object(XapiWriter *w, size_t qi)
{
    if (w->qobj[qi])
        return w->qobj[qi];
    const Question *q = &w->c->questions[qi];
    JsonBuf b = {0};
    jsonbuf_puts(&b, "{\"objectType\":\"Activity\",\"id\":");
    put_iri(w, &b, "question", q->id);
    jsonbuf_puts(&b, ",\"definition\":{\"name\":");
    put_langmap(&b, q->prompt);
    jsonbuf_puts(&b, ",\"type\":\"" ACT_INTERACTION "\",\"interactionType\":\"");
    jsonbuf_puts(&b, interaction_type(q->type));
    jsonbuf_puts(&b, "\"");
    put_patterns(&b, q);
    if (q->type == QUESTION_SINGLE || q->type == QUESTION_MULTIPLE || q->type == QUESTION_ORDERING)
        put_components(&b, "choices", q, false);
    else if (q->type == QUESTION_MATCHING) {
        put_components(&b, "source", q, false);
        put_components(&b, "target", q, true);
    }
    jsonbuf_puts(&b, "}}");
    w->qobj[qi] = take(&b);

    if (q->section_index < w->c->nsections) {
        const Section *s = &w->c->sections[q->section_index];
        jsonbuf_puts(&b, "\"parent\":[{\"objectType\":\"Activity\",\"id\":");
        put_iri(w, &b, "section", s->id);
        jsonbuf_puts(&b, ",\"definition\":{\"name\":");
        JsonBuf title = {0};
        jsonbuf_puts(&title, s->number);
        jsonbuf_puts(&title, " ");
        jsonbuf_puts(&title, s->title);
        put_langmap(&b, title.data);
        b.failed |= title.failed;
        jsonbuf_free(&title);
        jsonbuf_puts(&b, ",\"type\":\"" ACT_LESSON "\"}}],");
    } else {
        jsonbuf_puts(&b, "");
    }
    w->qparent[qi] = b.data ? take(&b) : calloc(1, 1);
    return w->qobj[qi] && w->qparent[qi] ? w->qobj[qi] : NULL;
}

/* The student's answer A in the response format of Q's interaction type. */
static void put_response(JsonBuf *b, const Question *q, const Answer *a)
{
    JsonBuf r = {0};
    size_t said = 0;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        for (size_t i = 0; i < a->n; i++)
            if (a->chosen[i]) {
                jsonbuf_puts(&r, said++ ? "[,]" : "");
                jsonbuf_puts(&r, q->options[i].id);
            }
        break;
    case QUESTION_MATCHING:
        for (size_t i = 0; i < a->n; i++)
            if (a->match[i] != QUIZ_NONE && a->match[i] < q->noptions) {
                jsonbuf_puts(&r, said++ ? "[,]" : "");
                jsonbuf_puts(&r, q->options[i].id);
                jsonbuf_puts(&r, "[.]");
                jsonbuf_puts(&r, q->options[a->match[i]].id);
            }
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < a->n; k++) {
            jsonbuf_puts(&r, k ? "[,]" : "");
            jsonbuf_puts(&r, q->options[a->order[k]].id);
        }
        break;
    case QUESTION_CLOZE:
        for (size_t i = 0; i < a->n; i++) {
            jsonbuf_puts(&r, i ? "[,]" : "");
            jsonbuf_puts(&r, a->text[i]);
        }
        break;
    case QUESTION_NUMERIC:
        /* The number as read ("1.250,5" typed is 1250.5); what did not read
         * as a number stays as typed. */
        if (a->n == 1 && a->text[0]) {
            NumericInput in = quiz_numeric_parse(a->text[0], q->unit);
            char num[40];
            if (in.status == NUMERIC_OK) {
                snprintf(num, sizeof num, "%.15g", in.value);
                jsonbuf_puts(&r, num);
            } else {
                jsonbuf_puts(&r, a->text[0]);
            }
        }
        break;
    default: /* a type added later: an empty response until it has a case */
        break;
    }
    jsonbuf_puts(b, ",\"response\":");
    jsonbuf_put_string(b, r.data ? r.data : "");
    b->failed |= r.failed;
    jsonbuf_free(&r);
}

/* ---- the parts every statement has -------------------------------------- */

static void begin(XapiWriter *w, JsonBuf *out, const XapiActor *actor, const char *idname, const char *verb)
{
    char id[XAPI_UUID_SIZE];
    xapi_uuid(idname, strlen(idname), id);
    if (w->count++)
        jsonbuf_puts(out, w->sep);
    jsonbuf_puts(out, "{\"id\":\"");
    jsonbuf_puts(out, id);
    jsonbuf_puts(out, "\",\"actor\":{\"objectType\":\"Agent\",");
    if (w->names && actor->name && *actor->name) {
        jsonbuf_puts(out, "\"name\":");
        jsonbuf_put_string(out, actor->name);
        jsonbuf_puts(out, ",");
    }
    jsonbuf_puts(out, "\"account\":{\"homePage\":");
    jsonbuf_put_string(out, w->home);
    jsonbuf_puts(out, ",\"name\":");
    jsonbuf_put_string(out, actor->id);
    jsonbuf_puts(out, "}},\"verb\":{\"id\":\"");
    jsonbuf_puts(out, verb);
    jsonbuf_puts(out, "\",\"display\":{\"en-US\":\"");
    jsonbuf_puts(out, strrchr(verb, '/') + 1);
    jsonbuf_puts(out, "\"}},\"object\":");
}

/* The registration of a test session SESSION, or of MODE on the UTC day of TIME_MS. */
static void registration(XapiWriter *w, const XapiActor *actor, const char *session, const char *mode, int64_t time_ms,
                         char out[XAPI_UUID_SIZE])
{
    char name[256];
    if (session && *session) {
        snprintf(name, sizeof name, "registration|%s|%s", actor->id, session);
    } else {
        int y, m, d;
        isotime_civil(isotime_day(time_ms, 0), &y, &m, &d);
        snprintf(name, sizeof name, "registration|%s|%s|%04d-%02d-%02d", actor->id, mode, y, m, d);
    }
    if (strcmp(name, w->reg_name) != 0) {
        memcpy(w->reg_name, name, sizeof name);
        xapi_uuid(name, strlen(name), w->reg_uuid);
    }
    memcpy(out, w->reg_uuid, XAPI_UUID_SIZE);
}

/* ,"context":{...},"timestamp":"..."} */
static void finish(XapiWriter *w, JsonBuf *out, const XapiActor *actor, const char *session, const char *mode,
                   int64_t time_ms, const char *parent)
{
    char reg[XAPI_UUID_SIZE], ts[ISOTIME_SIZE];
    registration(w, actor, session, mode, time_ms, reg);
    isotime_format(time_ms, ts);
    jsonbuf_puts(out, ",\"context\":{\"registration\":\"");
    jsonbuf_puts(out, reg);
    jsonbuf_puts(out, "\",\"platform\":\"accountwijs\",\"language\":\"" LANG "\",\"contextActivities\":{");
    if (parent)
        jsonbuf_puts(out, parent);
    jsonbuf_puts(out, w->grouping);
    jsonbuf_puts(out, "},\"extensions\":{\"" EXT "mode\":\"");
    jsonbuf_puts(out, mode);
    jsonbuf_puts(out, "\"}},\"timestamp\":\"");
    jsonbuf_puts(out, ts);
    jsonbuf_puts(out, "\"}");
}

static void put_score(JsonBuf *out, double score)
{
    jsonbuf_puts(out, "\"score\":{\"scaled\":");
    jsonbuf_put_fixed(out, score < 0 ? 0 : score > 1 ? 1 : score, 6, '.');
    jsonbuf_puts(out, "}");
}

static void put_duration(JsonBuf *out, int64_t ms)
{
    char d[40];
    xapi_duration(ms, d);
    jsonbuf_puts(out, ",\"duration\":\"");
    jsonbuf_puts(out, d);
    jsonbuf_puts(out, "\"");
}

static void attempt_name(char *out, size_t size, const XapiActor *actor, const Attempt *a, const char *mode)
{
    snprintf(out, size, "attempt|%s|%lld|%s|%s", actor->id, (long long)a->time_ms, a->item, mode);
}

/* ---- scenarios ----------------------------------------------------------- */

/* Per node of scenario SI the most points a student can still gain there:
 * relaxed until nothing changes (the loader refuses loops, so at most
 * nnodes rounds; an unexpected loop just stops the rounds). */
static const int *scenario_best(XapiWriter *w, size_t si)
{
    if (w->best[si])
        return w->best[si];
    const Scenario *sc = &w->c->scenarios[si];
    int *best = calloc(sc->nnodes + 1, sizeof *best);
    bool *known = calloc(sc->nnodes + 1, sizeof *known);
    if (!best || !known) {
        free(best);
        free(known);
        return NULL;
    }
    for (size_t i = 0; i < sc->nnodes; i++)
        known[i] = sc->nodes[i].end || sc->nodes[i].nchoices == 0;
    for (size_t round = 0; round <= sc->nnodes; round++) {
        bool changed = false;
        for (size_t i = 0; i < sc->nnodes; i++) {
            const ScenarioNode *n = &sc->nodes[i];
            if (known[i])
                continue;
            bool all = true;
            int most = 0;
            for (size_t k = 0; k < n->nchoices; k++) {
                size_t next = n->choices[k].next_index;
                if (next >= sc->nnodes || !known[next]) {
                    all = false;
                    break;
                }
                int v = n->choices[k].points + best[next];
                if (k == 0 || v > most)
                    most = v;
            }
            if (all) {
                best[i] = most;
                known[i] = changed = true;
            }
        }
        if (!changed)
            break;
    }
    free(known);
    w->best[si] = best;
    return best;
}

static bool choice_is_best(const Scenario *sc, const int *best, const ScenarioNode *n, size_t k)
{
    size_t i = (size_t)(n - sc->nodes), next = n->choices[k].next_index;
    return best && next < sc->nnodes && n->choices[k].points + best[next] == best[i];
}

static const ScenarioNode *node_by_id(const Scenario *sc, const char *id)
{
    for (size_t i = 0; id && i < sc->nnodes; i++)
        if (strcmp(sc->nodes[i].id, id) == 0)
            return &sc->nodes[i];
    return NULL;
}

/* One decision: node N, choice CHOICE (an id; may be unknown to N). */
static void decision(XapiWriter *w, const XapiActor *actor, const Attempt *a, const Scenario *sc, size_t si,
                     const char *node_id, const char *choice, size_t k, JsonBuf *out)
{
    const char *mode = progress_mode_name(a->mode);
    char name[512];
    attempt_name(name, sizeof name, actor, a, mode);
    snprintf(name + strlen(name), sizeof name - strlen(name), "|%zu", k);
    begin(w, out, actor, name, XAPI_VERB_ANSWERED);
    const ScenarioNode *n = node_by_id(sc, node_id);
    const int *best = scenario_best(w, si);
    bool success = false;
    jsonbuf_puts(out, "{\"objectType\":\"Activity\",\"id\":\"");
    jsonbuf_puts(out, w->course_iri);
    jsonbuf_puts(out, ":scenario:");
    put_iri_part(out, sc->id);
    jsonbuf_puts(out, ":node:");
    put_iri_part(out, node_id ? node_id : "");
    jsonbuf_puts(out, "\"");
    if (n) {
        jsonbuf_puts(out, ",\"definition\":{\"name\":");
        put_langmap(out, n->title ? n->title : n->text);
        jsonbuf_puts(out,
                     ",\"type\":\"" ACT_INTERACTION "\",\"interactionType\":\"choice\",\"correctResponsesPattern\":[");
        size_t said = 0;
        for (size_t i = 0; i < n->nchoices; i++)
            if (choice_is_best(sc, best, n, i)) {
                jsonbuf_puts(out, said++ ? "," : "");
                jsonbuf_put_string(out, n->choices[i].id);
                if (choice && strcmp(choice, n->choices[i].id) == 0)
                    success = true;
            }
        jsonbuf_puts(out, "],\"choices\":[");
        for (size_t i = 0; i < n->nchoices; i++) {
            jsonbuf_puts(out, i ? ",{\"id\":" : "{\"id\":");
            jsonbuf_put_string(out, n->choices[i].id);
            jsonbuf_puts(out, ",\"description\":");
            put_langmap(out, n->choices[i].text);
            jsonbuf_puts(out, "}");
        }
        jsonbuf_puts(out, "]}");
    }
    jsonbuf_puts(out, "},\"result\":{\"success\":");
    jsonbuf_puts(out, success ? "true" : "false");
    jsonbuf_puts(out, ",\"response\":");
    jsonbuf_put_string(out, choice ? choice : "");
    jsonbuf_puts(out, "}");
    JsonBuf parent = {0};
    jsonbuf_puts(&parent, "\"parent\":[{\"objectType\":\"Activity\",\"id\":\"");
    jsonbuf_puts(&parent, w->course_iri);
    jsonbuf_puts(&parent, ":scenario:");
    put_iri_part(&parent, sc->id);
    jsonbuf_puts(&parent, "\"}],");
    out->failed |= parent.failed;
    finish(w, out, actor, a->session, mode, a->time_ms, parent.data);
    jsonbuf_free(&parent);
}

static size_t scenario_run(XapiWriter *w, const XapiActor *actor, const Attempt *a, JsonBuf *out)
{
    const char *mode = progress_mode_name(a->mode);
    const Scenario *sc = w->c ? course_scenario(w->c, a->item) : NULL;
    size_t made = 0;
    if (sc && a->answer) {
        size_t si = (size_t)(sc - w->c->scenarios);
        cJSON *root = cJSON_Parse(a->answer);
        const cJSON *path = cJSON_GetObjectItemCaseSensitive(root, "path");
        size_t k = 0;
        for (const cJSON *e = cJSON_IsArray(path) ? path->child : NULL; e; e = e->next) {
            const char *node = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "node"));
            const char *choice = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "choice"));
            if (!node)
                continue;
            decision(w, actor, a, sc, si, node, choice, ++k, out);
            made++;
        }
        cJSON_Delete(root);
    }
    char name[512];
    attempt_name(name, sizeof name, actor, a, mode);
    begin(w, out, actor, name, XAPI_VERB_COMPLETED);
    jsonbuf_puts(out, "{\"objectType\":\"Activity\",\"id\":\"");
    jsonbuf_puts(out, w->course_iri);
    jsonbuf_puts(out, ":scenario:");
    put_iri_part(out, a->item);
    jsonbuf_puts(out, "\",\"definition\":{");
    if (sc) {
        jsonbuf_puts(out, "\"name\":");
        put_langmap(out, sc->title);
        jsonbuf_puts(out, ",");
    }
    jsonbuf_puts(out, "\"type\":\"" ACT_SIMULATION "\"}},\"result\":{\"completion\":true,");
    put_score(out, a->score);
    put_duration(out, a->ms);
    jsonbuf_puts(out, "}");
    JsonBuf parent = {0};
    for (size_t i = 0; sc && i < sc->nsections; i++) {
        jsonbuf_puts(&parent,
                     i ? ",{\"objectType\":\"Activity\",\"id\":" : "\"parent\":[{\"objectType\":\"Activity\",\"id\":");
        put_iri(w, &parent, "section", sc->sections[i]);
        jsonbuf_puts(&parent, "}");
    }
    if (parent.len)
        jsonbuf_puts(&parent, "],");
    out->failed |= parent.failed;
    finish(w, out, actor, a->session, mode, a->time_ms, parent.data);
    jsonbuf_free(&parent);
    return out->failed ? 0 : made + 1;
}

/* ---- attempts and tests ------------------------------------------------- */

size_t xapi_attempt(XapiWriter *w, const XapiActor *actor, const Attempt *a, JsonBuf *out)
{
    const char *mode = progress_mode_name(a->mode);
    if (!mode)
        mode = "other";
    size_t qi = a->item ? find_question(w, a->item) : QUIZ_NONE;
    if (qi == QUIZ_NONE && (a->mode == ATTEMPT_SCENARIO || (w->c && a->item && course_scenario(w->c, a->item))))
        return scenario_run(w, actor, a, out);
    char name[512];
    attempt_name(name, sizeof name, actor, a, mode);
    begin(w, out, actor, name, XAPI_VERB_ANSWERED);
    const Question *q = NULL;
    if (qi != QUIZ_NONE && question_object(w, qi)) {
        q = &w->c->questions[qi];
        jsonbuf_puts(out, w->qobj[qi]);
    } else {
        if (qi != QUIZ_NONE)
            out->failed = true;
        jsonbuf_puts(out, "{\"objectType\":\"Activity\",\"id\":");
        put_iri(w, out, "question", a->item ? a->item : "");
        jsonbuf_puts(out, ",\"definition\":{\"type\":\"" ACT_INTERACTION "\"}}");
    }
    jsonbuf_puts(out, ",\"result\":{\"success\":");
    jsonbuf_puts(out, a->score >= 1 ? "true," : "false,");
    put_score(out, a->score);
    Answer ans;
    if (q && a->answer && quiz_answer_from_json(q, a->answer, &ans)) {
        put_response(out, q, &ans);
        quiz_answer_free(&ans);
    }
    put_duration(out, a->ms);
    jsonbuf_puts(out, "}");
    finish(w, out, actor, a->session, mode, a->time_ms, q ? w->qparent[qi] : NULL);
    return out->failed ? 0 : 1;
}

static void exam_statement(XapiWriter *w, const XapiActor *actor, const ExamRecord *r, JsonBuf *out, bool outcome)
{
    bool passed = r->grade_tenths >= 55;
    char name[256];
    snprintf(name, sizeof name, "exam|%s|%lld|%s", actor->id, (long long)r->time_ms, outcome ? "result" : "completed");
    begin(w, out, actor, name, !outcome ? XAPI_VERB_COMPLETED : passed ? XAPI_VERB_PASSED : XAPI_VERB_FAILED);
    jsonbuf_puts(out, "{\"objectType\":\"Activity\",\"id\":\"");
    jsonbuf_puts(out, w->course_iri);
    jsonbuf_puts(out, ":exam\",\"definition\":{\"name\":{\"" LANG "\":\"Toets jezelf\"},\"type\":\"" ACT_ASSESSMENT
                      "\"}},\"result\":{");
    if (outcome)
        jsonbuf_puts(out, passed ? "\"success\":true," : "\"success\":false,");
    jsonbuf_puts(out, "\"completion\":true,\"score\":{\"scaled\":");
    jsonbuf_put_fixed(out, r->score < 0 ? 0 : r->score > 1 ? 1 : r->score, 6, '.');
    int g = r->grade_tenths < 10 ? 10 : r->grade_tenths > 100 ? 100 : r->grade_tenths;
    jsonbuf_puts(out, ",\"raw\":");
    jsonbuf_put_fixed(out, g / 10.0, 1, '.');
    jsonbuf_puts(out, ",\"min\":1,\"max\":10},\"extensions\":{\"" EXT "questions\":");
    jsonbuf_put_int(out, r->questions);
    jsonbuf_puts(out, ",\"" EXT "answered\":");
    jsonbuf_put_int(out, r->answered);
    jsonbuf_puts(out, ",\"" EXT "timed-out\":");
    jsonbuf_puts(out, r->timed_out ? "true" : "false");
    jsonbuf_puts(out, "}}");
    finish(w, out, actor, r->session, "exam", r->time_ms, NULL);
}

size_t xapi_exam(XapiWriter *w, const XapiActor *actor, const ExamRecord *r, JsonBuf *out)
{
    exam_statement(w, actor, r, out, false);
    exam_statement(w, actor, r, out, true);
    return out->failed ? 0 : 2;
}
