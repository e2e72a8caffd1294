/* live_session.c - the live quiz's state machine (see live.h).
 *
 * The projector stays the master: the teacher drives the ClassQuiz with the
 * keys as without phones, and live_sync compares its round, phase and
 * pause with what the phones were last told. That keeps one source of
 * truth for the countdown and the letters, and makes a missed sync harmless:
 * the next one catches up. What a phone message needs of the question is
 * copied at sync time, so the server thread never reads the ClassQuiz.
 *
 * Player slots are never removed (a kicked player's token must go on
 * answering "kicked"), so a slot index is stable for the teacher's kick. */
#include "live_session_internal.h"

#include <stdlib.h>
#include <string.h>

#include "live_names_internal.h"
#include "markup.h"

void live_settings_default(LiveSettings *s)
{
    memset(s, 0, sizeof *s);
    s->lock_when_all = true;
    s->joins_per_minute = LIVE_JOINS_PER_MINUTE;
}

/* ---- out ---------------------------------------------------------------- */

void live_out_clear(LiveOut *o)
{
    for (size_t i = 0; i < o->n; i++)
        free(o->items[i].text);
    o->n = 0;
    o->failed = false;
}

void live_out_free(LiveOut *o)
{
    live_out_clear(o);
    free(o->items);
    memset(o, 0, sizeof *o);
}

/* Appends a send of B's text (taken over; B is left empty) to CONN. */
static void out_push(LiveOut *o, uint64_t conn, JsonBuf *b, bool close)
{
    if (b && b->failed) {
        jsonbuf_free(b);
        o->failed = true;
        return;
    }
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        LiveSend *items = realloc(o->items, cap * sizeof *items);
        if (!items) {
            if (b)
                jsonbuf_free(b);
            o->failed = true;
            return;
        }
        o->items = items;
        o->cap = cap;
    }
    LiveSend *s = &o->items[o->n++];
    s->conn = conn;
    s->text = b ? b->data : NULL;
    s->len = b ? b->len : 0;
    s->close = close;
    if (b)
        memset(b, 0, sizeof *b);
}

void live_send_error(LiveOut *o, uint64_t conn, LiveError e, bool close)
{
    JsonBuf b = {0};
    live_write_error(&b, e);
    out_push(o, conn, &b, close);
}

void live_send_text(LiveOut *o, uint64_t conn, const char *text, bool close)
{
    JsonBuf b = {0};
    jsonbuf_puts(&b, text);
    out_push(o, conn, &b, close);
}

void live_send_close(LiveOut *o, uint64_t conn)
{
    out_push(o, conn, NULL, true);
}

void live_send_buf(LiveOut *o, uint64_t conn, JsonBuf *b, bool close)
{
    out_push(o, conn, b, close);
}

/* ---- the session -------------------------------------------------------- */

LiveSession *live_session_new(const LiveSettings *settings, size_t nrounds)
{
    if (nrounds == 0)
        return NULL;
    LiveSession *ls = calloc(1, sizeof *ls);
    if (!ls)
        return NULL;
    ls->set = *settings;
    ls->nrounds = nrounds;
    ls->scored = calloc(nrounds, sizeof *ls->scored);
    if (!ls->scored) {
        free(ls);
        return NULL;
    }
    ls->phase = LIVE_LOBBY;
    rng_seed(&ls->names_rng, rng_mix(settings->seed, "live-names"));
    unsigned char r[4] = {0};
    unsigned v = 0;
    if (settings->random && settings->random(settings->random_ctx, r, sizeof r))
        v = ((unsigned)r[0] << 24 | (unsigned)r[1] << 16 | (unsigned)r[2] << 8 | r[3]) % 10000u;
    snprintf(ls->code, sizeof ls->code, "%04u", v);
    return ls;
}

static void clear_question(LiveQuestion *q)
{
    free(q->prompt);
    free(q->explanation);
    for (size_t i = 0; i < q->noptions; i++)
        free(q->options[i]);
    memset(q, 0, sizeof *q);
}

void live_session_free(LiveSession *ls)
{
    if (!ls)
        return;
    for (size_t i = 0; i < ls->nplayers; i++)
        free(ls->players[i].answers);
    free(ls->players);
    live_classlist_free(ls->names, ls->nnames);
    clear_question(&ls->question);
    free(ls->scored);
    free(ls);
}

const char *live_session_code(const LiveSession *ls)
{
    return ls->code;
}

LiveSettings *live_session_settings(LiveSession *ls)
{
    return &ls->set;
}

bool live_session_set_names(LiveSession *ls, const char *const *names, size_t n)
{
    if (ls->phase != LIVE_LOBBY || ls->nplayers > 0 || n > LIVE_MAX_CLASS_NAMES)
        return false;
    char **copy = n ? calloc(n, sizeof *copy) : NULL;
    if (n && !copy)
        return false;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        copy[i] = malloc(len + 1);
        if (!copy[i]) {
            live_classlist_free(copy, i);
            return false;
        }
        memcpy(copy[i], names[i], len + 1);
    }
    live_classlist_free(ls->names, ls->nnames);
    ls->names = copy;
    ls->nnames = n;
    return true;
}

/* ---- players and connections ------------------------------------------- */

size_t live_joined(const LiveSession *ls)
{
    size_t n = 0;
    for (size_t i = 0; i < ls->nplayers; i++)
        n += !ls->players[i].kicked;
    return n;
}

LiveConn *live_find_conn(LiveSession *ls, uint64_t conn)
{
    for (size_t i = 0; i < LIVE_MAX_CONNS; i++)
        if (ls->conns[i].used && ls->conns[i].id == conn)
            return &ls->conns[i];
    return NULL;
}

bool live_conn_open(LiveSession *ls, uint64_t conn, const char *ip, int64_t now_ms)
{
    if (live_find_conn(ls, conn))
        return true; /* already known: nothing to do */
    for (size_t i = 0; i < LIVE_MAX_CONNS; i++) {
        LiveConn *c = &ls->conns[i];
        if (c->used)
            continue;
        memset(c, 0, sizeof *c);
        c->used = true;
        c->id = conn;
        c->player = -1;
        c->window_ms = now_ms;
        snprintf(c->ip, sizeof c->ip, "%s", ip ? ip : "");
        return true;
    }
    return false;
}

void live_conn_close(LiveSession *ls, uint64_t conn)
{
    LiveConn *c = live_find_conn(ls, conn);
    if (!c)
        return;
    if (c->player >= 0) {
        LivePlayer *p = &ls->players[c->player];
        if (p->connected && p->conn == conn)
            p->connected = false;
    }
    c->used = false;
    /* The others may all have answered already: this phone no longer holds
     * them up, as live_check_all_answered has it. */
    live_check_all_answered(ls);
}

/* ---- the state a phone is shown ---------------------------------------- */

void live_state_view(const LiveSession *ls, const LivePlayer *p, LiveStateView *v)
{
    memset(v, 0, sizeof *v);
    v->phase = ls->phase;
    v->players = live_joined(ls);
    v->q = ls->round;
    v->n = ls->nrounds;
    const LiveQuestion *q = &ls->question;
    v->kind = q->kind ? q->kind : "board";
    v->prompt = q->prompt ? q->prompt : "";
    v->options = q->options;
    v->noptions = q->noptions;
    v->explanation = q->explanation;
    v->correct = q->correct;
    v->of = ls->nrounds;
    v->paused = ls->paused;
    v->remaining_ms = ls->remaining_ms;
    if (p) {
        const LiveAnswer *a = ls->round < ls->nrounds ? &p->answers[ls->round] : NULL;
        v->answered = a && a->answered;
        v->choice = a && a->answered ? a->choice : 0;
        v->right = a && a->right;
        v->score = p->score;
    }
}

void live_send_state(LiveSession *ls, const LivePlayer *p, int64_t now_ms, LiveOut *out)
{
    LiveStateView v;
    live_state_view(ls, p, &v);
    if (ls->phase == LIVE_QUESTION && !ls->paused)
        v.remaining_ms = ls->deadline_ms - now_ms;
    JsonBuf b = {0};
    live_write_state_msg(&b, &v);
    out_push(out, p->conn, &b, false);
}

/* Every connected player gets the state of now. */
void live_broadcast_state(LiveSession *ls, int64_t now_ms, LiveOut *out)
{
    for (size_t i = 0; i < ls->nplayers; i++) {
        LivePlayer *p = &ls->players[i];
        if (!p->kicked && p->connected)
            live_send_state(ls, p, now_ms, out);
    }
}

/* ---- the teacher -------------------------------------------------------- */

static const char *kind_name(QuestionType t)
{
    switch (t) {
    case QUESTION_SINGLE:
        return "single";
    case QUESTION_MULTIPLE:
        return "multiple";
    case QUESTION_TRUEFALSE:
        return "truefalse";
    default:
        return "board";
    }
}

/* Copies what the phones need of round R of CQ (letters as shown). */
static void load_question(LiveSession *ls, const ClassQuiz *cq, size_t r)
{
    clear_question(&ls->question);
    memset(ls->tally, 0, sizeof ls->tally);
    ls->locked = false;
    ls->round = r;
    if (r >= cq->nrounds)
        return;
    const Question *q = &cq->course->questions[cq->rounds[r].question];
    LiveQuestion *lq = &ls->question;
    lq->kind = kind_name(q->type);
    lq->board = strcmp(lq->kind, "board") == 0;
    lq->prompt = markup_strip_dup(q->prompt ? q->prompt : "");
    lq->explanation = markup_strip_dup(q->explanation ? q->explanation : "");
    if (lq->board)
        return;
    size_t n = q->noptions < CLASS_MAX_OPTIONS ? q->noptions : CLASS_MAX_OPTIONS;
    for (size_t k = 0; k < n; k++) {
        const Option *o = &q->options[classquiz_option_at(cq, r, k)];
        /* True/false as the projector words it (the page is Dutch only). */
        const char *text = o->text ? o->text : "";
        if (q->type == QUESTION_TRUEFALSE && o->id)
            text = strcmp(o->id, "true") == 0 ? "Juist" : "Onjuist";
        lq->options[k] = markup_strip_dup(text);
        if (!lq->options[k])
            break;
        lq->noptions = k + 1;
        if (o->correct)
            lq->correct |= 1u << k;
    }
    lq->single = q->type != QUESTION_MULTIPLE;
}

/* Counts the round's answers: +1 a right one (multiple: exactly the right
 * letters), with the speed bonus +0..0.5 by the time left. Once a round. */
static void score_round(LiveSession *ls, ClassQuiz *cq)
{
    size_t r = ls->round;
    if (r >= ls->nrounds || ls->scored[r])
        return;
    ls->scored[r] = true;
    const LiveQuestion *q = &ls->question;
    int64_t total = (int64_t)cq->seconds * 1000;
    for (size_t i = 0; i < ls->nplayers; i++) {
        LivePlayer *p = &ls->players[i];
        LiveAnswer *a = &p->answers[r];
        a->right = !q->board && a->answered && a->choice == q->correct && q->correct != 0;
        a->points = 0;
        if (a->right) {
            a->points = 100;
            if (ls->set.speed_bonus && total > 0) {
                int64_t left = a->time_left < 0 ? 0 : a->time_left > total ? total : a->time_left;
                a->points += (int)((left * 50 + total / 2) / total);
            }
        }
        p->score += a->points;
    }
    /* The phones' count per letter goes into the round's tally (written
     * order), as if the teacher had typed it; board questions keep the
     * teacher's hand count. */
    if (!q->board && cq->current == r)
        for (size_t k = 0; k < q->noptions; k++)
            classquiz_tally_set(cq, classquiz_option_at(cq, r, k), ls->tally[k]);
}

void live_start(LiveSession *ls, ClassQuiz *cq, int64_t now_ms, LiveOut *out)
{
    if (ls->phase != LIVE_LOBBY)
        return;
    ls->started = true;
    ls->synced = false;
    ls->phase = LIVE_WAITING;
    live_sync(ls, cq, now_ms, out);
}

void live_sync(LiveSession *ls, ClassQuiz *cq, int64_t now_ms, LiveOut *out)
{
    if (!ls->started || ls->phase == LIVE_END || !cq || cq->nrounds == 0)
        return;
    size_t r = cq->current;
    ClassPhase ph = cq->phase;
    bool paused = ph == CLASS_OPEN && cq->paused;
    if (ls->synced && r == ls->round && ph == ls->cq_phase && paused == ls->paused) {
        /* Nothing the phones must hear; the countdown may have run out, or
         * the teacher's side stopped it (every phone answered). */
        if (ls->phase == LIVE_QUESTION && !ls->paused && (now_ms >= ls->deadline_ms || cq->remaining_ms <= 0))
            ls->locked = true;
        return;
    }
    if (!ls->synced || r != ls->round)
        load_question(ls, cq, r);
    ls->synced = true;
    ls->cq_phase = ph;
    ls->paused = paused;
    switch (ph) {
    case CLASS_QUESTION:
        ls->phase = LIVE_WAITING;
        break;
    case CLASS_OPEN: {
        /* What the projector's clock shows now, whatever the last tick was. */
        int64_t left = cq->remaining_ms;
        if (!cq->paused && now_ms > cq->last_ms)
            left -= now_ms - cq->last_ms;
        left = left < 0 ? 0 : left;
        ls->phase = LIVE_QUESTION;
        ls->remaining_ms = left;
        ls->deadline_ms = paused ? INT64_MAX : now_ms + left;
        if (left == 0)
            ls->locked = true;
        break;
    }
    case CLASS_REVEAL:
    case CLASS_SCORES:
        ls->locked = true;
        score_round(ls, cq);
        if (ls->phase == LIVE_REVEAL)
            return; /* the scores screen: the phones keep the reveal */
        ls->phase = LIVE_REVEAL;
        break;
    case CLASS_END:
        if (ls->phase == LIVE_QUESTION || ls->phase == LIVE_REVEAL)
            score_round(ls, cq);
        ls->phase = LIVE_END;
        ls->locked = true;
        break;
    }
    live_broadcast_state(ls, now_ms, out);
}

void live_kick(LiveSession *ls, size_t p, LiveOut *out)
{
    if (p >= ls->nplayers || ls->players[p].kicked)
        return;
    LivePlayer *pl = &ls->players[p];
    pl->kicked = true;
    pl->list_index = -1;
    /* Its answer to a round not yet revealed leaves the tally, so the board
     * and the CSV count the same; what was revealed before stays counted. */
    size_t r = ls->round;
    bool open = r < ls->nrounds && !ls->scored[r];
    pl->counted = open ? r : r + 1;
    if (open && pl->answers[r].answered)
        for (size_t k = 0; k < ls->question.noptions; k++)
            ls->tally[k] -= (pl->answers[r].choice >> k) & 1u;
    if (pl->connected) {
        live_send_text(out, pl->conn, "{\"t\":\"kicked\"}", true);
        LiveConn *c = live_find_conn(ls, pl->conn);
        if (c)
            c->player = -1;
        pl->connected = false;
    }
    if (ls->phase == LIVE_LOBBY)
        live_broadcast_state(ls, 0, out);
    live_check_all_answered(ls);
}

void live_end(LiveSession *ls, LiveOut *out)
{
    if (ls->phase == LIVE_END)
        return;
    ls->phase = LIVE_END;
    ls->started = true;
    ls->locked = true;
    live_broadcast_state(ls, 0, out);
}

void live_check_all_answered(LiveSession *ls)
{
    if (ls->phase != LIVE_QUESTION || !ls->set.lock_when_all)
        return;
    size_t waiting = 0, answered = 0;
    for (size_t i = 0; i < ls->nplayers; i++) {
        const LivePlayer *p = &ls->players[i];
        if (p->kicked)
            continue;
        bool a = p->answers[ls->round].answered;
        answered += a;
        waiting += !a && p->connected;
    }
    if (answered > 0 && waiting == 0)
        ls->locked = true;
}

void live_snapshot(const LiveSession *ls, LiveSnapshot *s)
{
    memset(s, 0, sizeof *s);
    s->phase = ls->phase;
    s->round = ls->round;
    s->players = ls->players;
    s->nplayers = ls->nplayers;
    s->locked = ls->locked;
    size_t waiting = 0;
    for (size_t i = 0; i < ls->nplayers; i++) {
        const LivePlayer *p = &ls->players[i];
        if (p->kicked)
            continue;
        s->joined++;
        s->connected += p->connected;
        bool a = ls->round < ls->nrounds && p->answers[ls->round].answered;
        s->answered += a;
        waiting += !a && p->connected;
    }
    s->all_answered = s->answered > 0 && waiting == 0;
    memcpy(s->tally, ls->tally, sizeof s->tally);
}
