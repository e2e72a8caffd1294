/* live_play.c - what the session does with a phone's message (see live.h):
 * the rate limit first, then the strict parse, then hello, join, resume,
 * answer and ping. Every refusal is an error message to that phone only;
 * nothing a phone sends can touch another phone's state. */
#include <stdlib.h>
#include <string.h>

#include "live_names_internal.h"
#include "live_session_internal.h"

/* Slot of player P, for the connection table. */
static int slot_of(const LiveSession *ls, const LivePlayer *p)
{
    return (int)(p - ls->players);
}

static bool name_in_use(void *ctx, const char *name)
{
    const LiveSession *ls = ctx;
    for (size_t i = 0; i < ls->nplayers; i++)
        if (!ls->players[i].kicked && live_name_same(ls->players[i].name, name))
            return true;
    return false;
}

static bool list_taken(const LiveSession *ls, size_t k)
{
    for (size_t i = 0; i < ls->nplayers; i++)
        if (!ls->players[i].kicked && ls->players[i].list_index == (int)k)
            return true;
    return false;
}

static void send_names(LiveSession *ls, uint64_t conn, LiveOut *out)
{
    bool taken[LIVE_MAX_CLASS_NAMES];
    for (size_t k = 0; k < ls->nnames; k++)
        taken[k] = list_taken(ls, k);
    JsonBuf b = {0};
    live_write_names(&b, ls->names, taken, ls->nnames, ls->set.allow_nicknames);
    live_send_buf(out, conn, &b, false);
}

/* ---- the join limit per address ---------------------------------------- */

static int join_limit(const LiveSession *ls)
{
    int n = ls->set.joins_per_minute;
    return n <= 0 ? 0 : n > LIVE_MAX_JOIN_LIMIT ? LIVE_MAX_JOIN_LIMIT : n;
}

/* The address's entry; a new one replaces the one used longest ago. */
static LiveIp *ip_entry(LiveSession *ls, const char *ip)
{
    LiveIp *oldest = &ls->ips[0];
    for (size_t i = 0; i < LIVE_MAX_IPS; i++) {
        LiveIp *e = &ls->ips[i];
        if (e->ip[0] && strcmp(e->ip, ip) == 0)
            return e;
        if (!e->ip[0] || (oldest->ip[0] && e->last < oldest->last))
            oldest = e;
    }
    memset(oldest, 0, sizeof *oldest);
    snprintf(oldest->ip, sizeof oldest->ip, "%s", ip);
    for (size_t k = 0; k < LIVE_MAX_JOIN_LIMIT; k++)
        oldest->times[k] = INT64_MIN;
    return oldest;
}

static bool joins_left(LiveSession *ls, const char *ip, int64_t now_ms)
{
    int limit = join_limit(ls);
    if (limit == 0)
        return true;
    LiveIp *e = ip_entry(ls, ip);
    int recent = 0;
    for (int k = 0; k < limit; k++)
        recent += e->times[k] != INT64_MIN && now_ms - e->times[k] < 60000;
    return recent < limit;
}

static void count_join(LiveSession *ls, const char *ip, int64_t now_ms)
{
    int limit = join_limit(ls);
    if (limit == 0)
        return;
    LiveIp *e = ip_entry(ls, ip);
    e->times[e->next] = now_ms;
    e->next = (e->next + 1) % (size_t)limit;
    e->last = now_ms;
}

/* ---- join and resume ---------------------------------------------------- */

/* Attaches player P to connection C (a connection holds one player). */
static void attach(LiveSession *ls, LiveConn *c, LivePlayer *p, LiveOut *out)
{
    if (c->player >= 0 && c->player != slot_of(ls, p)) {
        LivePlayer *old = &ls->players[c->player];
        if (old->conn == c->id)
            old->connected = false;
    }
    if (p->connected && p->conn != c->id) {
        /* The phone came back on a new connection: the old one is stale. */
        LiveConn *oc = live_find_conn(ls, p->conn);
        if (oc)
            oc->player = -1;
        live_send_close(out, p->conn);
    }
    c->player = slot_of(ls, p);
    p->conn = c->id;
    p->connected = true;
}

static void send_welcome(LiveSession *ls, LivePlayer *p, int64_t now_ms, LiveOut *out)
{
    LiveStateView v;
    live_state_view(ls, p, &v);
    if (ls->phase == LIVE_QUESTION && !ls->paused)
        v.remaining_ms = ls->deadline_ms - now_ms;
    JsonBuf b = {0};
    live_write_welcome(&b, p->token, p->name, &v);
    live_send_buf(out, p->conn, &b, false);
}

static bool make_token(LiveSession *ls, char token[LIVE_TOKEN_HEX + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char r[LIVE_TOKEN_HEX / 2];
    if (!ls->set.random || !ls->set.random(ls->set.random_ctx, r, sizeof r))
        return false;
    for (size_t i = 0; i < sizeof r; i++) {
        token[2 * i] = hex[r[i] >> 4];
        token[2 * i + 1] = hex[r[i] & 15];
    }
    token[LIVE_TOKEN_HEX] = '\0';
    for (size_t i = 0; i < ls->nplayers; i++)
        if (strcmp(ls->players[i].token, token) == 0)
            return false; /* 128 random bits never repeat; a broken source might */
    return true;
}

/* The name a join asks for, or an error. *LIST_INDEX: the class list name
 * taken, -1 for a generated name or a nickname. */
static bool pick_name(LiveSession *ls, const char *asked, char *name, int *list_index, LiveError *err)
{
    char tidy[LIVE_NAME_SIZE];
    live_name_tidy(asked, tidy, sizeof tidy);
    *list_index = -1;
    for (size_t k = 0; k < ls->nnames; k++)
        if (strcmp(ls->names[k], tidy) == 0) {
            if (list_taken(ls, k)) {
                *err = LIVE_ERR_NAME_TAKEN;
                return false;
            }
            *list_index = (int)k;
            snprintf(name, LIVE_NAME_SIZE, "%s", tidy);
            return true;
        }
    if (tidy[0] == '\0' && ls->nnames == 0) {
        if (!live_name_generate(&ls->names_rng, name_in_use, ls, name, LIVE_NAME_SIZE)) {
            *err = LIVE_ERR_FULL;
            return false;
        }
        return true;
    }
    if (!ls->set.allow_nicknames) {
        *err = ls->nnames ? LIVE_ERR_NOT_ON_LIST : LIVE_ERR_NICK_NOT_ALLOWED;
        return false;
    }
    if (!live_name_valid(tidy, LIVE_NICK_MAX_CHARS)) {
        *err = LIVE_ERR_BAD_NAME;
        return false;
    }
    /* A nickname may not pass for someone on the list, nor for another phone. */
    bool clash = name_in_use(ls, tidy);
    for (size_t k = 0; k < ls->nnames && !clash; k++)
        clash = live_name_same(ls->names[k], tidy);
    if (clash) {
        *err = LIVE_ERR_NAME_TAKEN;
        return false;
    }
    snprintf(name, LIVE_NAME_SIZE, "%s", tidy);
    return true;
}

static void join(LiveSession *ls, LiveConn *c, const LiveMsg *m, int64_t now_ms, LiveOut *out)
{
    LiveError err = LIVE_ERR_BAD_MESSAGE;
    char name[LIVE_NAME_SIZE];
    int list_index;
    if (ls->phase == LIVE_END)
        err = LIVE_ERR_CLOSED;
    else if (live_joined(ls) >= LIVE_MAX_PLAYERS || ls->nplayers >= LIVE_MAX_SLOTS)
        err = LIVE_ERR_FULL;
    else if (!joins_left(ls, c->ip, now_ms))
        err = LIVE_ERR_TOO_MANY_JOINS;
    else if (c->player >= 0)
        err = LIVE_ERR_BAD_MESSAGE; /* a connection holds one player: no ghosts */
    else if (pick_name(ls, m->name, name, &list_index, &err)) {
        LivePlayer p = {0};
        p.answers = calloc(ls->nrounds, sizeof *p.answers);
        LivePlayer *grown = p.answers ? realloc(ls->players, (ls->nplayers + 1) * sizeof *grown) : NULL;
        if (grown)
            ls->players = grown;
        if (!grown || !make_token(ls, p.token)) {
            free(p.answers);
            err = LIVE_ERR_CLOSED; /* no memory or no randomness: no safe join */
        } else {
            snprintf(p.name, sizeof p.name, "%s", name);
            p.list_index = list_index;
            LivePlayer *np = &ls->players[ls->nplayers++];
            *np = p;
            attach(ls, c, np, out);
            count_join(ls, c->ip, now_ms);
            send_welcome(ls, np, now_ms, out);
            if (ls->phase == LIVE_LOBBY)
                for (size_t i = 0; i + 1 < ls->nplayers; i++)
                    if (!ls->players[i].kicked && ls->players[i].connected)
                        live_send_state(ls, &ls->players[i], now_ms, out);
            return;
        }
    }
    live_send_error(out, c->id, err, false);
}

static void resume(LiveSession *ls, LiveConn *c, const LiveMsg *m, int64_t now_ms, LiveOut *out)
{
    for (size_t i = 0; i < ls->nplayers; i++) {
        LivePlayer *p = &ls->players[i];
        if (strcmp(p->token, m->token) != 0)
            continue;
        if (p->kicked) {
            live_send_error(out, c->id, LIVE_ERR_KICKED, false);
            return;
        }
        attach(ls, c, p, out);
        send_welcome(ls, p, now_ms, out);
        return;
    }
    live_send_error(out, c->id, LIVE_ERR_UNKNOWN_TOKEN, false);
}

/* ---- answers ------------------------------------------------------------ */

static void answer(LiveSession *ls, LiveConn *c, const LiveMsg *m, int64_t now_ms, LiveOut *out)
{
    LiveError err;
    const LiveQuestion *q = &ls->question;
    if (c->player < 0)
        err = LIVE_ERR_NOT_JOINED;
    else if (ls->phase == LIVE_END || ls->phase == LIVE_LOBBY)
        err = LIVE_ERR_CLOSED;
    else if ((size_t)m->q != ls->round)
        err = LIVE_ERR_WRONG_QUESTION;
    else if (ls->phase != LIVE_QUESTION || ls->locked || now_ms >= ls->deadline_ms)
        err = LIVE_ERR_CLOSED;
    else if (ls->players[c->player].answers[ls->round].answered)
        err = LIVE_ERR_ALREADY_ANSWERED;
    else if (q->board || (m->choice >> q->noptions) != 0 || (q->single && m->nchoice != 1))
        err = LIVE_ERR_BAD_CHOICE;
    else {
        LiveAnswer *a = &ls->players[c->player].answers[ls->round];
        a->answered = true;
        a->choice = m->choice;
        a->time_left = ls->paused ? ls->remaining_ms : ls->deadline_ms - now_ms;
        for (size_t k = 0; k < q->noptions; k++)
            ls->tally[k] += (m->choice >> k) & 1u;
        JsonBuf b = {0};
        live_write_ack(&b, ls->round);
        live_send_buf(out, c->id, &b, false);
        live_check_all_answered(ls);
        return;
    }
    live_send_error(out, c->id, err, false);
}

/* ---- one message -------------------------------------------------------- */

void live_conn_message(LiveSession *ls, uint64_t conn, const char *text, size_t len, int64_t now_ms, LiveOut *out)
{
    LiveConn *c = live_find_conn(ls, conn);
    if (!c)
        return;
    /* The rate limit counts every message, sound or not: a flood of junk
     * must cost the sender, not the class. */
    if (now_ms - c->window_ms >= 1000 || now_ms < c->window_ms) {
        c->window_ms = now_ms;
        c->count = 0;
    }
    c->count++;
    if (c->count >= LIVE_RATE_CLOSE) {
        if (c->count == LIVE_RATE_CLOSE)
            live_send_error(out, conn, LIVE_ERR_TOO_FAST, true);
        return;
    }
    if (c->count > LIVE_RATE_PER_SECOND) {
        live_send_error(out, conn, LIVE_ERR_TOO_FAST, false);
        return;
    }
    LiveMsg m;
    if (!live_msg_parse(text, len, &m)) {
        live_send_error(out, conn, LIVE_ERR_BAD_MESSAGE, false);
        return;
    }
    bool needs_code = m.type == LIVE_MSG_HELLO || m.type == LIVE_MSG_JOIN || m.type == LIVE_MSG_RESUME;
    if (needs_code && strcmp(m.code, ls->code) != 0) {
        live_send_error(out, conn, LIVE_ERR_BAD_CODE, false);
        return;
    }
    switch (m.type) {
    case LIVE_MSG_HELLO:
        send_names(ls, conn, out);
        break;
    case LIVE_MSG_JOIN:
        join(ls, c, &m, now_ms, out);
        break;
    case LIVE_MSG_RESUME:
        resume(ls, c, &m, now_ms, out);
        break;
    case LIVE_MSG_ANSWER:
        answer(ls, c, &m, now_ms, out);
        break;
    case LIVE_MSG_PING:
        live_send_text(out, conn, "{\"t\":\"pong\"}", false);
        break;
    }
}
