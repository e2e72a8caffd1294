/* progress_line.c - one attempt line of the log into a ParsedAttempt.
 *
 * Two readers that give the same answer. Nearly every line is one that
 * progress_record wrote: its keys in its order, no whitespace, strings of
 * plain ASCII without escapes. The fast reader walks such a line once,
 * left to right, matching the keys as literals and checking each value
 * where it stands; it needs no table of fields, no key lookups and no
 * decoding. The first thing it does not expect (a key in another order, an
 * unknown key, a space, an escape, a byte outside printable ASCII, a mode
 * it does not know, a string too long for its buffer) hands the line to
 * the general reader (jsonl_object), which takes any sound JSON object. So
 * a line edited by hand or written by an older or newer version reads as
 * before; the fast reader only ever accepts lines the general one accepts,
 * with the same values (tests/core/test_progress_line.c holds it to that). */
#include "progress_internal.h"

#include <string.h>

#include "isotime.h"

/* ---- what both readers share --------------------------------------------- */

/* The answer (ANSWER, ALEN bytes) and the display order (SHOWN, SLEN
 * bytes; NULL: none) into P's text, and A's strings pointed at P. */
static bool finish(ParsedAttempt *p, const char *answer, size_t alen, const char *shown, size_t slen)
{
    Attempt *a = &p->a;
    JsonBuf *t = &p->text;
    t->len = 0;
    t->failed = false;
    jsonbuf_put(t, answer, alen);
    jsonbuf_put(t, "", 1);
    size_t at = t->len;
    if (shown) {
        jsonbuf_put(t, shown, slen);
        jsonbuf_put(t, "", 1);
    }
    if (t->failed)
        return false;
    a->item = p->item;
    a->version = p->version;
    a->answer = t->data;
    p->answer_len = alen;
    a->shown = shown ? t->data + at : NULL;
    p->shown_len = shown ? slen : 0;
    return true;
}

/* ---- the general reader --------------------------------------------------- */

bool progress_parse_line_general(const char *s, size_t n, ParsedAttempt *p)
{
    JsonlField f[JSONL_MAX_FIELDS];
    if (!s)
        return false;
    int nf = jsonl_object(s, n, f, JSONL_MAX_FIELDS);
    if (nf < 0)
        return false;
    char when[40], mode[32];
    Attempt *a = &p->a;
    *a = (Attempt){0};
    if (!jsonl_string(jsonl_field(f, nf, "time"), when, sizeof when) ||
        !isotime_parse(when, strlen(when), &a->time_ms) ||
        !jsonl_string(jsonl_field(f, nf, "item"), p->item, sizeof p->item) || !*p->item ||
        !progress_text_ok(p->item, PROGRESS_ITEM_MAX) ||
        !jsonl_string(jsonl_field(f, nf, "content_version"), p->version, sizeof p->version) ||
        !progress_text_ok(p->version, PROGRESS_VERSION_MAX) || !jsonl_number(jsonl_field(f, nf, "score"), &a->score) ||
        !(a->score >= 0 && a->score <= 1) || !jsonl_int(jsonl_field(f, nf, "ms"), &a->ms) || a->ms < 0 ||
        !jsonl_string(jsonl_field(f, nf, "mode"), mode, sizeof mode))
        return false;
    a->mode = ATTEMPT_OTHER;
    for (int m = 0; m < ATTEMPT_OTHER; m++)
        if (strcmp(mode, progress_mode_names[m]) == 0)
            a->mode = (AttemptMode)m;
    const JsonlField *answer = jsonl_field(f, nf, "answer");
    /* Optional (progress.h): the display order; absent in older lines. */
    const JsonlField *shown = jsonl_field(f, nf, "shown");
    bool has_shown = shown && shown->kind != JSONL_NULL;
    if (!finish(p, answer ? answer->raw : "null", answer ? answer->rawlen : 4, has_shown ? shown->raw : NULL,
                has_shown ? shown->rawlen : 0))
        return false;
    /* Optional (progress.h): the test session; a bad one is no session. */
    const JsonlField *session = jsonl_field(f, nf, "session");
    if (session && jsonl_string(session, p->session, sizeof p->session) && *p->session &&
        progress_text_ok(p->session, PROGRESS_SESSION_MAX))
        a->session = p->session;
    return true;
}

/* ---- the fast reader ------------------------------------------------------ */

typedef struct {
    const char *p, *end;
} Cursor;

/* Skips the literal LIT (N bytes) when it comes next. */
static bool lit(Cursor *c, const char *lit, size_t n)
{
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, lit, n) != 0)
        return false;
    c->p += n;
    return true;
}
#define LIT(c, s) lit((c), (s), sizeof(s) - 1)

/* After an opening quote: the string up to its closing quote when every
 * byte is printable ASCII and not an escape (so its JSON text is its
 * value, and it passes progress_text_ok); its length in *N, at most MAX. */
static const char *plain(Cursor *c, size_t max, size_t *n)
{
    const char *s = c->p;
    while (c->p < c->end) {
        unsigned char b = (unsigned char)*c->p;
        if (b == '"') {
            *n = (size_t)(c->p - s);
            c->p++;
            return *n <= max ? s : NULL;
        }
        if (b < 0x20 || b >= 0x7F || b == '\\')
            return NULL;
        c->p++;
    }
    return NULL;
}

/* One JSON value, checked as the general reader checks it. */
static const char *value(Cursor *c, JsonlKind *kind, size_t *n)
{
    *n = jsonl_value(c->p, (size_t)(c->end - c->p), kind);
    if (!*n)
        return NULL;
    const char *s = c->p;
    c->p += *n;
    return s;
}

static bool number(Cursor *c, JsonlField *f)
{
    f->raw = value(c, &f->kind, &f->rawlen);
    return f->raw && f->kind == JSONL_NUMBER;
}

/* FAST_NO: not in the form progress_record writes, for the general reader. */
typedef enum { FAST_NO, FAST_OK, FAST_BAD } Fast;

static Fast parse_fast(const char *s, size_t n, ParsedAttempt *p)
{
    Cursor c = {s, s + n};
    Attempt *a = &p->a;
    *a = (Attempt){0};
    const char *t, *item, *version, *answer, *shown = NULL, *session = NULL;
    size_t tlen, ilen, vlen, alen, slen = 0, selen = 0;
    JsonlKind akind, skind = JSONL_NULL;
    JsonlField score = {.key = "score"}, ms = {.key = "ms"};
    if (!LIT(&c, "{\"time\":\"") || !(t = plain(&c, 39, &tlen)) || !LIT(&c, ",\"item\":\"") ||
        !(item = plain(&c, PROGRESS_ITEM_MAX, &ilen)) || !ilen || !LIT(&c, ",\"content_version\":\"") ||
        !(version = plain(&c, PROGRESS_VERSION_MAX, &vlen)) || !LIT(&c, ",\"answer\":") ||
        !(answer = value(&c, &akind, &alen)) || !LIT(&c, ",\"score\":") || !number(&c, &score) ||
        !LIT(&c, ",\"ms\":") || !number(&c, &ms) || !LIT(&c, ",\"mode\":\""))
        return FAST_NO;
    if (LIT(&c, "practice\""))
        a->mode = ATTEMPT_PRACTICE;
    else if (LIT(&c, "review\""))
        a->mode = ATTEMPT_REVIEW;
    else if (LIT(&c, "exam\""))
        a->mode = ATTEMPT_EXAM;
    else if (LIT(&c, "scenario\""))
        a->mode = ATTEMPT_SCENARIO;
    else
        return FAST_NO;
    if (LIT(&c, ",\"shown\":") && !(shown = value(&c, &skind, &slen)))
        return FAST_NO;
    if (LIT(&c, ",\"session\":\"") && (!(session = plain(&c, PROGRESS_SESSION_MAX, &selen)) || !selen))
        return FAST_NO;
    if (!LIT(&c, "}") || c.p != c.end)
        return FAST_NO;
    /* A sound object: from here on the general reader would judge alike. */
    if (!isotime_parse(t, tlen, &a->time_ms) || !jsonl_number(&score, &a->score) || !(a->score >= 0 && a->score <= 1) ||
        !jsonl_int(&ms, &a->ms) || a->ms < 0)
        return FAST_BAD;
    memcpy(p->item, item, ilen);
    p->item[ilen] = '\0';
    memcpy(p->version, version, vlen);
    p->version[vlen] = '\0';
    if (shown && skind == JSONL_NULL)
        shown = NULL;
    if (!finish(p, answer, alen, shown, slen))
        return FAST_BAD;
    if (session) {
        memcpy(p->session, session, selen);
        p->session[selen] = '\0';
        a->session = p->session;
    }
    return FAST_OK;
}

/* ---- both ------------------------------------------------------------------ */

int progress_parse_line_fast(const char *s, size_t n, ParsedAttempt *p)
{
    if (!s)
        return -1;
    Fast f = parse_fast(s, n, p);
    return f == FAST_OK ? 1 : f == FAST_BAD ? 0 : -1;
}

bool progress_parse_line(const char *s, size_t n, ParsedAttempt *p)
{
    if (!s)
        return false;
    Fast f = parse_fast(s, n, p);
    return f == FAST_NO ? progress_parse_line_general(s, n, p) : f == FAST_OK;
}
