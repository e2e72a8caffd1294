/* live_msg.c - the live quiz's messages: a phone's text parsed strictly
 * into a LiveMsg, and the server's messages written as JSON text.
 *
 * Phones are untrusted. The record scanner of the attempt log (jsonl.c)
 * already refuses what cJSON lets through (invalid UTF-8, a key given
 * twice, raw control characters, bad escapes, deep nesting) and hands us
 * the raw span of each value, so a message never becomes a tree: every
 * field is checked against the one layout its type allows and anything
 * else is bad_message. */
#include "live_internal.h"

#include <string.h>

#include "utf8.h"

/* ---- error codes -------------------------------------------------------- */

static const char *const error_codes[LIVE_ERR_COUNT] = {
    [LIVE_ERR_BAD_MESSAGE] = "bad_message",
    [LIVE_ERR_BAD_CODE] = "bad_code",
    [LIVE_ERR_NAME_TAKEN] = "name_taken",
    [LIVE_ERR_NOT_ON_LIST] = "not_on_list",
    [LIVE_ERR_NICK_NOT_ALLOWED] = "nick_not_allowed",
    [LIVE_ERR_BAD_NAME] = "bad_name",
    [LIVE_ERR_FULL] = "full",
    [LIVE_ERR_CLOSED] = "closed",
    [LIVE_ERR_UNKNOWN_TOKEN] = "unknown_token",
    [LIVE_ERR_KICKED] = "kicked",
    [LIVE_ERR_NOT_JOINED] = "not_joined",
    [LIVE_ERR_WRONG_QUESTION] = "wrong_question",
    [LIVE_ERR_ALREADY_ANSWERED] = "already_answered",
    [LIVE_ERR_BAD_CHOICE] = "bad_choice",
    [LIVE_ERR_TOO_FAST] = "too_fast",
    [LIVE_ERR_TOO_MANY_JOINS] = "too_many_joins",
};

/* The phone page is Dutch only (the issue): these sentences are part of
 * the protocol, shown by the page when it has no wording of its own. */
static const char *const error_texts[LIVE_ERR_COUNT] = {
    [LIVE_ERR_BAD_MESSAGE] = "Dit bericht begrijpt de quiz niet. Laad de pagina opnieuw.",
    [LIVE_ERR_BAD_CODE] = "Deze code hoort niet bij de quiz. Kijk op het bord welke code je nodig hebt.",
    [LIVE_ERR_NAME_TAKEN] = "Die naam is al gekozen. Kies een andere naam.",
    [LIVE_ERR_NOT_ON_LIST] = "Die naam staat niet op de klassenlijst. Kies je naam uit de lijst.",
    [LIVE_ERR_NICK_NOT_ALLOWED] = "Een eigen bijnaam mag bij deze quiz niet.",
    [LIVE_ERR_BAD_NAME] = "Een bijnaam heeft 1 tot 24 tekens: letters, cijfers, spatie, - ' of .",
    [LIVE_ERR_FULL] = "De quiz is vol: er doen al 60 telefoons mee.",
    [LIVE_ERR_CLOSED] = "Dat kan nu niet: de vraag of de quiz is gesloten.",
    [LIVE_ERR_UNKNOWN_TOKEN] = "Je telefoon is niet meer bekend bij de quiz. Doe opnieuw mee.",
    [LIVE_ERR_KICKED] = "De docent heeft je uit de quiz gehaald.",
    [LIVE_ERR_NOT_JOINED] = "Je doet nog niet mee. Kies eerst je naam.",
    [LIVE_ERR_WRONG_QUESTION] = "Die vraag is niet meer open.",
    [LIVE_ERR_ALREADY_ANSWERED] = "Je hebt deze vraag al beantwoord.",
    [LIVE_ERR_BAD_CHOICE] = "Dat antwoord past niet bij deze vraag.",
    [LIVE_ERR_TOO_FAST] = "Rustig aan: je telefoon stuurt te veel berichten.",
    [LIVE_ERR_TOO_MANY_JOINS] = "Te veel aanmeldingen vanaf dit netwerkadres. Wacht een minuut.",
};

const char *live_error_code(LiveError e)
{
    return (unsigned)e < LIVE_ERR_COUNT ? error_codes[e] : NULL;
}

const char *live_error_text(LiveError e)
{
    return (unsigned)e < LIVE_ERR_COUNT ? error_texts[e] : NULL;
}

/* ---- parsing ------------------------------------------------------------ */

/* The fields each type has, besides "t", in no particular order. */
static const struct {
    const char *t;
    LiveMsgType type;
    const char *fields[3];
} layouts[] = {
    {"hello", LIVE_MSG_HELLO, {"code", NULL, NULL}},      {"join", LIVE_MSG_JOIN, {"code", "name", NULL}},
    {"resume", LIVE_MSG_RESUME, {"code", "token", NULL}}, {"answer", LIVE_MSG_ANSWER, {"q", "choice", NULL}},
    {"ping", LIVE_MSG_PING, {NULL, NULL, NULL}},
};

static bool key_is(const JsonlField *f, const char *key)
{
    size_t n = strlen(key);
    return f->keylen == n && memcmp(f->key, key, n) == 0;
}

/* A decoded string without control characters (C0, DEL, C1) and not
 * longer than OUTSIZE - 1 bytes. jsonl_string refuses a decoded NUL and
 * jsonl_object invalid UTF-8 and broken surrogates. */
static bool clean_string(const JsonlField *f, char *out, size_t outsize)
{
    if (!f || f->kind != JSONL_STRING || !jsonl_string(f, out, outsize))
        return false;
    size_t len = strlen(out);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(out + i, len - i, &cp);
        if (k == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return false;
        i += k;
    }
    return true;
}

static bool is_code(const char *s)
{
    for (int i = 0; i < LIVE_CODE_DIGITS; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return s[LIVE_CODE_DIGITS] == '\0';
}

static bool is_token(const char *s)
{
    for (int i = 0; i < LIVE_TOKEN_HEX; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return s[LIVE_TOKEN_HEX] == '\0';
}

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* "choice": a list of 1..CLASS_MAX_OPTIONS distinct integers 0..8 (plain
 * digits: no sign, fraction or exponent). The scanner validated the JSON,
 * so whatever is not digits, ',' or ']' here is another type. */
static bool parse_choice(const JsonlField *f, LiveMsg *m)
{
    if (f->kind != JSONL_ARRAY)
        return false;
    const char *p = f->raw + 1, *end = f->raw + f->rawlen;
    unsigned bits = 0;
    int n = 0;
    p = skip_ws(p, end);
    if (p < end && *p == ']')
        return false; /* no letter at all */
    for (;;) {
        p = skip_ws(p, end);
        int v = 0, digits = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            v = v * 10 + (*p - '0');
            if (++digits > 2)
                return false;
            p++;
        }
        if (digits == 0 || (digits == 2 && v < 10) || v >= CLASS_MAX_OPTIONS || (bits & (1u << v)))
            return false;
        bits |= 1u << v;
        n++;
        p = skip_ws(p, end);
        if (p < end && *p == ',') {
            p++;
            continue;
        }
        if (p < end && *p == ']')
            break;
        return false;
    }
    m->choice = bits;
    m->nchoice = n;
    return true;
}

bool live_msg_parse(const char *text, size_t len, LiveMsg *m)
{
    memset(m, 0, sizeof *m);
    if (!text || len == 0 || len > LIVE_MAX_MESSAGE)
        return false;
    JsonlField f[JSONL_MAX_FIELDS];
    int n = jsonl_object(text, len, f, JSONL_MAX_FIELDS);
    if (n < 1)
        return false;
    const JsonlField *t = jsonl_field(f, n, "t");
    char tname[16];
    if (!t || !clean_string(t, tname, sizeof tname))
        return false;
    size_t li = 0, nl = sizeof layouts / sizeof layouts[0];
    while (li < nl && strcmp(layouts[li].t, tname) != 0)
        li++;
    if (li == nl)
        return false;
    /* Exactly "t" and the layout's fields: each present once (the scanner
     * refuses a key twice), nothing else. */
    int want = 1;
    for (int k = 0; k < 3 && layouts[li].fields[k]; k++)
        want++;
    if (n != want)
        return false;
    for (int i = 0; i < n; i++) {
        bool known = key_is(&f[i], "t");
        for (int k = 0; k < 3 && layouts[li].fields[k] && !known; k++)
            known = key_is(&f[i], layouts[li].fields[k]);
        if (!known)
            return false;
    }
    m->type = layouts[li].type;
    switch (m->type) {
    case LIVE_MSG_HELLO:
    case LIVE_MSG_JOIN:
    case LIVE_MSG_RESUME:
        if (!clean_string(jsonl_field(f, n, "code"), m->code, sizeof m->code) || !is_code(m->code))
            return false;
        if (m->type == LIVE_MSG_JOIN)
            return clean_string(jsonl_field(f, n, "name"), m->name, sizeof m->name);
        if (m->type == LIVE_MSG_RESUME)
            return clean_string(jsonl_field(f, n, "token"), m->token, sizeof m->token) && is_token(m->token);
        return true;
    case LIVE_MSG_ANSWER: {
        int64_t q;
        if (!jsonl_int(jsonl_field(f, n, "q"), &q) || q < 0 || q > 999)
            return false;
        m->q = (int)q;
        return parse_choice(jsonl_field(f, n, "choice"), m);
    }
    case LIVE_MSG_PING:
        return true;
    }
    return false;
}

/* ---- writing ------------------------------------------------------------ */

void live_write_score(JsonBuf *b, int hundredths)
{
    jsonbuf_put_fixed(b, hundredths / 100.0, 2, '.');
}

static void put_letters(JsonBuf *b, unsigned bits)
{
    jsonbuf_puts(b, "[");
    bool first = true;
    for (int k = 0; k < CLASS_MAX_OPTIONS; k++) {
        if (!(bits & (1u << k)))
            continue;
        if (!first)
            jsonbuf_puts(b, ",");
        jsonbuf_put_int(b, k);
        first = false;
    }
    jsonbuf_puts(b, "]");
}

static void put_key(JsonBuf *b, const char *key)
{
    jsonbuf_puts(b, ",\"");
    jsonbuf_puts(b, key);
    jsonbuf_puts(b, "\":");
}

/* The question's fields shared by "question" and "reveal". */
static void put_question(JsonBuf *b, const LiveStateView *v)
{
    put_key(b, "q");
    jsonbuf_put_int(b, (int64_t)v->q);
    put_key(b, "n");
    jsonbuf_put_int(b, (int64_t)v->n);
    put_key(b, "kind");
    jsonbuf_put_string(b, v->kind);
    put_key(b, "prompt");
    jsonbuf_put_string(b, v->prompt);
    put_key(b, "options");
    jsonbuf_puts(b, "[");
    for (size_t i = 0; i < v->noptions; i++) {
        if (i)
            jsonbuf_puts(b, ",");
        jsonbuf_put_string(b, v->options[i]);
    }
    jsonbuf_puts(b, "]");
}

static const char *phase_name(LivePhase p)
{
    switch (p) {
    case LIVE_LOBBY:
        return "lobby";
    case LIVE_WAITING:
        return "waiting";
    case LIVE_QUESTION:
        return "question";
    case LIVE_REVEAL:
        return "reveal";
    case LIVE_END:
        return "end";
    }
    return "lobby";
}

/* The STATE fields after the opening brace, without "phase"'s comma. */
static void put_state_fields(JsonBuf *b, const LiveStateView *v)
{
    jsonbuf_puts(b, "\"phase\":");
    jsonbuf_put_string(b, phase_name(v->phase));
    switch (v->phase) {
    case LIVE_LOBBY:
        put_key(b, "players");
        jsonbuf_put_int(b, (int64_t)v->players);
        break;
    case LIVE_WAITING:
        put_key(b, "q");
        jsonbuf_put_int(b, (int64_t)v->q);
        put_key(b, "n");
        jsonbuf_put_int(b, (int64_t)v->n);
        break;
    case LIVE_QUESTION:
        put_question(b, v);
        put_key(b, "remaining_ms");
        jsonbuf_put_int(b, v->remaining_ms < 0 ? 0 : v->remaining_ms);
        put_key(b, "paused");
        jsonbuf_puts(b, v->paused ? "true" : "false");
        put_key(b, "answered");
        jsonbuf_puts(b, v->answered ? "true" : "false");
        put_key(b, "choice");
        put_letters(b, v->choice);
        break;
    case LIVE_REVEAL:
        put_question(b, v);
        put_key(b, "correct");
        put_letters(b, v->correct);
        put_key(b, "explanation");
        jsonbuf_put_string(b, v->explanation ? v->explanation : "");
        put_key(b, "choice");
        put_letters(b, v->choice);
        put_key(b, "right");
        jsonbuf_puts(b, v->right ? "true" : "false");
        put_key(b, "score");
        live_write_score(b, v->score);
        break;
    case LIVE_END:
        put_key(b, "score");
        live_write_score(b, v->score);
        put_key(b, "of");
        jsonbuf_put_int(b, (int64_t)v->of);
        break;
    }
}

void live_write_state(JsonBuf *b, const LiveStateView *v)
{
    jsonbuf_puts(b, "{");
    put_state_fields(b, v);
    jsonbuf_puts(b, "}");
}

void live_write_state_msg(JsonBuf *b, const LiveStateView *v)
{
    jsonbuf_puts(b, "{\"t\":\"state\",");
    put_state_fields(b, v);
    jsonbuf_puts(b, "}");
}

void live_write_error(JsonBuf *b, LiveError e)
{
    jsonbuf_puts(b, "{\"t\":\"error\",\"code\":");
    jsonbuf_put_string(b, live_error_code(e) ? live_error_code(e) : "bad_message");
    jsonbuf_puts(b, ",\"text\":");
    jsonbuf_put_string(b, live_error_text(e) ? live_error_text(e) : "");
    jsonbuf_puts(b, "}");
}

void live_write_names(JsonBuf *b, char *const *names, const bool *taken, size_t n, bool nick)
{
    jsonbuf_puts(b, "{\"t\":\"names\",\"list\":[");
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (taken && taken[i])
            continue;
        if (!first)
            jsonbuf_puts(b, ",");
        jsonbuf_put_string(b, names[i]);
        first = false;
    }
    jsonbuf_puts(b, "],\"nick\":");
    jsonbuf_puts(b, nick ? "true" : "false");
    jsonbuf_puts(b, "}");
}

void live_write_welcome(JsonBuf *b, const char *token, const char *name, const LiveStateView *v)
{
    jsonbuf_puts(b, "{\"t\":\"welcome\",\"token\":");
    jsonbuf_put_string(b, token);
    jsonbuf_puts(b, ",\"name\":");
    jsonbuf_put_string(b, name);
    jsonbuf_puts(b, ",\"state\":");
    live_write_state(b, v);
    jsonbuf_puts(b, "}");
}

void live_write_ack(JsonBuf *b, size_t q)
{
    jsonbuf_puts(b, "{\"t\":\"ack\",\"q\":");
    jsonbuf_put_int(b, (int64_t)q);
    jsonbuf_puts(b, "}");
}
