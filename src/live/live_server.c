/* live_server.c - the HTTP and WebSocket side of the live class quiz, on
 * civetweb. civetweb gives each connection a worker thread of its own
 * (so the pool is 60 phones plus a few spare for page loads) and does the
 * WebSocket handshake, pings and pongs; this file decides what is served
 * and what a frame may be:
 *  - GET of the four fixed files of assets/live/, read into memory at the
 *    start (no file system access while phones talk to us); any other path
 *    404, any other method 405; civetweb decodes nothing (decode_url no),
 *    and a path with '%' or '\' is 404;
 *  - the WebSocket only at /ws, with a well-formed key, at most as many
 *    from one address as it may join phones in a minute plus
 *    LIVE_SOCKETS_SPARE_PER_ADDR (when joins are limited), at most
 *    LIVE_MAX_SOCKETS at once (60
 *    phones, and room for phones that come back before their old
 *    connection timed out, or for the 61st to hear "full"); a text
 *    frame of at most LIVE_MAX_MESSAGE bytes (bigger: close 1009; binary:
 *    close 1003); a phone silent for LIVE_PING_MS gets a ping, and after
 *    six unanswered pings (about 30 s) civetweb closes it.
 * What a phone says goes to the core's LiveSession under the one lock; its
 * replies, like what the teacher's commands produce, are queued under that
 * lock and written by the one broadcaster thread, so every phone gets its
 * messages in the order the session made them. Each phone is a slot; a slot in use by a
 * writer is pinned (busy) so the close handler, which frees it, waits
 * until the write is over. */
#include "live_server.h"

#ifndef AW_NO_LIVE

#include <civetweb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live_qr.h"
#include "os.h"

typedef struct {
    const char *url;  /* as requested */
    const char *file; /* in assets/live/ */
    const char *type;
    char *data;
    size_t len;
} Asset;

typedef struct {
    struct mg_connection *conn; /* NULL: a free slot */
    uint64_t id;                /* the session's name for it */
    unsigned busy;              /* writers using conn now */
    bool ready;                 /* the handshake is done */
    bool closing;               /* we sent a close: ignore what follows */
    char addr[48];
} Slot;

enum { EVENTS = 256 };

struct LiveServer {
    struct mg_context *ctx;
    char addr[48];
    int port;
    Asset assets[4];
    LiveQr qr;
    OsMutex *lock; /* everything below */
    OsCond *unbusy, *work;
    Slot slots[LIVE_MAX_SOCKETS];
    size_t nphones;
    uint64_t next_id;
    LiveSession *ls;
    size_t nrounds;
    char code[LIVE_CODE_DIGITS + 1];
    /* The teacher's clock (the ClassQuiz's) at the last command and the
     * monotonic clock then: a phone's message is timed on the teacher's. */
    int64_t teacher_ms;
    double mono_at;
    LiveOut pending; /* what the teacher's commands produced, not yet sent */
    OsThread *broadcaster;
    bool quit;
    LiveEvent events[EVENTS];
    size_t ev_head, ev_n;
    unsigned changes;
    void (*wake)(void *ctx);
    void *wake_ctx;
    size_t per_addr; /* sockets one address may hold; 0: no limit */
};

static const char security_headers[] = "Cache-Control: no-store\r\n"
                                       "Content-Security-Policy: default-src 'self'; connect-src 'self' ws: ;\r\n"
                                       "X-Content-Type-Options: nosniff\r\n"
                                       "Referrer-Policy: no-referrer\r\n";

static void send_response(struct mg_connection *conn, int status, const char *reason, const char *type,
                          const char *body, size_t len, bool head_only)
{
    mg_printf(conn, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n%s%sConnection: close\r\n\r\n",
              status, reason, type, len, security_headers, status == 405 ? "Allow: GET\r\n" : "");
    if (!head_only && len)
        mg_write(conn, body, len);
}

static void send_status(struct mg_connection *conn, int status, const char *reason)
{
    char body[64];
    int n = snprintf(body, sizeof body, "%d %s\n", status, reason);
    send_response(conn, status, reason, "text/plain; charset=utf-8", body, (size_t)n, false);
}

/* The path of the request as the phone sent it (no decoding), without the
 * query; NULL when it holds '%' or '\' (escapes are never needed for our
 * four names, so none is decoded). */
static bool plain_path(const char *uri, char *out, size_t size)
{
    size_t n = strcspn(uri, "?");
    if (n >= size || memchr(uri, '%', n) || memchr(uri, '\\', n))
        return false;
    memcpy(out, uri, n);
    out[n] = '\0';
    return true;
}

static int on_request(struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    const struct mg_request_info *ri = mg_get_request_info(conn);
    char path[64];
    if (!ri || !ri->request_method || !ri->request_uri) {
        send_status(conn, 400, "Bad Request");
        return 400;
    }
    if (strcmp(ri->request_method, "GET") != 0) {
        send_status(conn, 405, "Method Not Allowed");
        return 405;
    }
    if (plain_path(ri->request_uri, path, sizeof path))
        for (size_t i = 0; i < sizeof s->assets / sizeof s->assets[0]; i++)
            if (strcmp(path, s->assets[i].url) == 0) {
                const Asset *a = &s->assets[i];
                send_response(conn, 200, "OK", a->type, a->data, a->len, false);
                return 200;
            }
    send_status(conn, 404, "Not Found");
    return 404;
}

/* ---- the phones' WebSockets ---------------------------------------------- */

static Slot *slot_of(LiveServer *s, const struct mg_connection *conn)
{
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++)
        if (s->slots[i].conn == conn)
            return &s->slots[i];
    return NULL;
}

static Slot *slot_by_id(LiveServer *s, uint64_t id)
{
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++)
        if (s->slots[i].conn && s->slots[i].id == id)
            return &s->slots[i];
    return NULL;
}

/* The teacher's clock now, for a phone's message (under the lock). */
static int64_t teacher_now(const LiveServer *s)
{
    return s->teacher_ms + (int64_t)(os_mono_ms() - s->mono_at);
}

static void close_with(struct mg_connection *conn, unsigned code)
{
    unsigned char b[2] = {(unsigned char)(code >> 8), (unsigned char)code};
    mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, (const char *)b, 2);
}

/* Sends OUT's items in order and clears it; the lock is NOT held. Each
 * slot is pinned while it is written to. */
static void deliver(LiveServer *s, LiveOut *out)
{
    for (size_t i = 0; i < out->n; i++) {
        const LiveSend *it = &out->items[i];
        os_mutex_lock(s->lock);
        Slot *sl = slot_by_id(s, it->conn);
        if (!sl || sl->closing || !sl->ready) {
            os_mutex_unlock(s->lock);
            continue;
        }
        sl->busy++;
        if (it->close)
            sl->closing = true;
        struct mg_connection *conn = sl->conn;
        os_mutex_unlock(s->lock);
        double t0 = os_mono_ms();
        int wrote = 1;
        if (it->text)
            wrote = mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_TEXT, it->text, it->len);
        if (it->close)
            close_with(conn, 1000);
        /* A phone that does not read (gone, or on purpose) makes a write
         * wait up to civetweb's request timeout once; then it gets no more,
         * so it cannot hold up the class at every message. Its next frame
         * closes it (on_ws_data), or the pings do; a phone still there
         * comes back with its token. */
        bool stuck = wrote <= 0 || os_mono_ms() - t0 > LIVE_SLOW_WRITE_MS;
        os_mutex_lock(s->lock);
        if (stuck)
            sl->closing = true;
        sl->busy--;
        os_cond_broadcast(s->unbusy);
        os_mutex_unlock(s->lock);
    }
    live_out_clear(out);
}

/* Hands what the session queued to the broadcaster (under the lock). */
static void post(LiveServer *s)
{
    if (s->pending.n)
        os_cond_broadcast(s->work);
}

/* Queues an event (under the lock); the oldest is dropped when full. */
static void push_event(LiveServer *s, LiveEventKind kind)
{
    if (s->ev_n == EVENTS) {
        s->ev_head = (s->ev_head + 1) % EVENTS;
        s->ev_n--;
    }
    s->events[(s->ev_head + s->ev_n) % EVENTS] = (LiveEvent){kind, os_mono_ms()};
    s->ev_n++;
    s->changes++;
}

/* Wakes the teacher's window; live_server_stop clears the hook under the
 * lock, so it is read under it. */
static void wake(LiveServer *s)
{
    os_mutex_lock(s->lock);
    void (*fn)(void *) = s->wake;
    void *ctx = s->wake_ctx;
    os_mutex_unlock(s->lock);
    if (fn)
        fn(ctx);
}

/* A handshake's key is 16 random bytes in base64 (RFC 6455 4.1): 24
 * characters ending in "==". civetweb 1.15 fails the handshake on a longer
 * one without calling the close handler, which would leave the slot taken. */
static bool good_key(const char *key)
{
    if (!key || strlen(key) != 24 || strcmp(key + 22, "==") != 0)
        return false;
    for (size_t i = 0; i < 22; i++)
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", key[i]))
            return false;
    return true;
}

/* Under the lock: SL's connection is over (closed, or found stale). */
static bool release_slot(LiveServer *s, Slot *sl)
{
    bool left = false;
    while (sl->busy)
        os_cond_wait(s->unbusy, s->lock, -1);
    if (sl->ready) {
        LiveSnapshot before, after;
        live_snapshot(s->ls, &before);
        live_conn_close(s->ls, sl->id);
        live_snapshot(s->ls, &after);
        if (after.connected != before.connected) {
            push_event(s, LIVE_EVENT_LEFT);
            left = true;
        }
    }
    sl->conn = NULL;
    sl->ready = false;
    s->nphones--;
    return left;
}

static int on_ws_connect(const struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    const struct mg_request_info *ri = mg_get_request_info(conn);
    char path[16];
    if (!ri || !plain_path(ri->request_uri, path, sizeof path) || strcmp(path, "/ws") != 0 ||
        !good_key(mg_get_header(conn, "Sec-WebSocket-Key")))
        return 1;
    int refuse = 1;
    bool left = false;
    os_mutex_lock(s->lock);
    /* civetweb keeps one connection struct per worker thread: a slot still
     * holding this one belongs to a connection that is over. */
    Slot *stale = slot_of(s, conn);
    if (stale)
        left = release_slot(s, stale);
    /* One address may hold a few sockets (a phone, its reload, a second
     * tab), not the class's room; off when joins are not limited (tests and
     * the bench, all on 127.0.0.1). */
    size_t same = 0;
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++)
        same += s->slots[i].conn && strcmp(s->slots[i].addr, ri->remote_addr) == 0;
    bool crowded = s->per_addr > 0 && same >= s->per_addr;
    for (size_t i = 0; i < LIVE_MAX_SOCKETS && !s->quit && !crowded; i++)
        if (!s->slots[i].conn) {
            Slot *sl = &s->slots[i];
            memset(sl, 0, sizeof *sl);
            sl->conn = (struct mg_connection *)conn;
            sl->id = ++s->next_id;
            snprintf(sl->addr, sizeof sl->addr, "%s", ri->remote_addr);
            s->nphones++;
            refuse = 0;
            break;
        }
    os_mutex_unlock(s->lock);
    if (left)
        wake(s);
    return refuse;
}

static void on_ws_ready(struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    os_mutex_lock(s->lock);
    Slot *sl = slot_of(s, conn);
    bool refused = false;
    if (sl) {
        sl->ready = true;
        if (!live_conn_open(s->ls, sl->id, sl->addr, teacher_now(s))) {
            sl->closing = true;
            refused = true;
        }
    }
    os_mutex_unlock(s->lock);
    if (refused)
        close_with(conn, 1013);
}

static int on_ws_data(struct mg_connection *conn, int bits, char *msg, size_t len, void *data)
{
    LiveServer *s = data;
    int op = bits & 0xf;
    if (op == MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE)
        return 0;
    if (op == MG_WEBSOCKET_OPCODE_PING || op == MG_WEBSOCKET_OPCODE_PONG)
        return 1;
    if (op != MG_WEBSOCKET_OPCODE_TEXT || !(bits & 0x80)) { /* binary, or in pieces */
        close_with(conn, 1003);
        return 0;
    }
    if (len > LIVE_MAX_MESSAGE) {
        close_with(conn, 1009);
        return 0;
    }
    os_mutex_lock(s->lock);
    Slot *sl = slot_of(s, conn);
    if (!sl || sl->closing) {
        os_mutex_unlock(s->lock);
        return 0;
    }
    LiveSnapshot before, after;
    live_snapshot(s->ls, &before);
    /* The replies join the one queue the broadcaster writes, in the order
     * the session made them: written from this thread, a join's lobby
     * count to the others could reach a phone after the teacher's next
     * state and leave it showing the lobby. */
    live_conn_message(s->ls, sl->id, msg, len, teacher_now(s), &s->pending);
    post(s);
    live_snapshot(s->ls, &after);
    bool changed = false;
    if (after.joined != before.joined || after.connected != before.connected) {
        push_event(s, after.connected < before.connected ? LIVE_EVENT_LEFT : LIVE_EVENT_JOINED);
        changed = true;
    }
    if (after.answered != before.answered) {
        push_event(s, LIVE_EVENT_ANSWERED);
        changed = true;
    }
    os_mutex_unlock(s->lock);
    if (changed)
        wake(s);
    return 1; /* a close the session asked for is the broadcaster's to send */
}

static void on_ws_close(const struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    os_mutex_lock(s->lock);
    Slot *sl = slot_of(s, conn);
    bool left = sl && release_slot(s, sl);
    os_mutex_unlock(s->lock);
    if (left)
        wake(s);
}

static int on_log(const struct mg_connection *conn, const char *msg)
{
    (void)conn;
    (void)msg;
    return 1; /* civetweb's own messages stay off the teacher's terminal */
}

/* The broadcaster: sends what the teacher's commands queued. */
static void broadcast_run(void *arg)
{
    LiveServer *s = arg;
    LiveOut out = {0};
    os_mutex_lock(s->lock);
    for (;;) {
        while (!s->quit && s->pending.n == 0)
            os_cond_wait(s->work, s->lock, -1);
        if (s->pending.n == 0 && s->quit)
            break;
        LiveOut t = out; /* take the queue, leave an empty one */
        out = s->pending;
        s->pending = t;
        os_mutex_unlock(s->lock);
        deliver(s, &out);
        os_mutex_lock(s->lock);
    }
    os_mutex_unlock(s->lock);
    live_out_free(&out);
}

/* ---- start and stop ------------------------------------------------------ */

static bool load_assets(LiveServer *s, const char *folder)
{
    static const Asset fixed[] = {
        {"/", "index.html", "text/html; charset=utf-8", NULL, 0},
        {"/live.js", "live.js", "text/javascript; charset=utf-8", NULL, 0},
        {"/live.css", "live.css", "text/css; charset=utf-8", NULL, 0},
        {"/favicon.svg", "favicon.svg", "image/svg+xml", NULL, 0},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        char path[4200];
        s->assets[i] = fixed[i];
        snprintf(path, sizeof path, "%s/%s", folder, fixed[i].file);
        if (!os_read_file(path, LIVE_MAX_ASSET, &s->assets[i].data, &s->assets[i].len))
            return false;
    }
    return true;
}

static void free_server(LiveServer *s)
{
    for (size_t i = 0; i < sizeof s->assets / sizeof s->assets[0]; i++)
        free(s->assets[i].data);
    live_out_free(&s->pending);
    live_session_free(s->ls);
    os_cond_free(s->work);
    os_cond_free(s->unbusy);
    os_mutex_free(s->lock);
    free(s);
}

static bool system_random(void *ctx, unsigned char *buf, size_t n)
{
    (void)ctx;
    return os_random_bytes(buf, n);
}

LiveServer *live_server_start(const LiveServerConfig *cfg, LiveServerError *err)
{
    LiveServer *s = calloc(1, sizeof *s);
    if (!s) {
        *err = LIVE_SERVER_MEMORY;
        return NULL;
    }
    s->lock = os_mutex_new();
    s->unbusy = os_cond_new();
    s->work = os_cond_new();
    if (!s->lock || !s->unbusy || !s->work) {
        free_server(s);
        *err = LIVE_SERVER_MEMORY;
        return NULL;
    }
    snprintf(s->addr, sizeof s->addr, "%s", cfg->addr);
    s->wake = cfg->wake;
    s->wake_ctx = cfg->wake_ctx;
    s->mono_at = os_mono_ms();
    s->nrounds = cfg->nrounds;
    LiveSettings set = cfg->settings;
    s->per_addr = set.joins_per_minute > 0 ? (size_t)set.joins_per_minute + LIVE_SOCKETS_SPARE_PER_ADDR : 0;
    if (!set.random)
        set.random = system_random;
    s->ls = live_session_new(&set, cfg->nrounds);
    if (!s->ls || (cfg->nnames && !live_session_set_names(s->ls, cfg->names, cfg->nnames))) {
        free_server(s);
        *err = LIVE_SERVER_MEMORY;
        return NULL;
    }
    snprintf(s->code, sizeof s->code, "%s", live_session_code(s->ls));
    if (!load_assets(s, cfg->assets)) {
        free_server(s);
        *err = LIVE_SERVER_ASSETS;
        return NULL;
    }
    mg_init_library(MG_FEATURES_WEBSOCKET);
    struct mg_callbacks cb;
    memset(&cb, 0, sizeof cb);
    cb.log_message = on_log;
    int first = cfg->port > 0 ? cfg->port : LIVE_PORT_FIRST;
    int last = cfg->last_port > 0 ? cfg->last_port : LIVE_PORT_LAST;
    char ports[80], threads[16], ping[16];
    snprintf(threads, sizeof threads, "%d", LIVE_MAX_SOCKETS + LIVE_SPARE_SOCKETS);
    snprintf(ping, sizeof ping, "%d", LIVE_PING_MS);
    for (int port = first; port <= last && !s->ctx; port++) {
        snprintf(ports, sizeof ports, "%s:%d", s->addr, port);
        const char *options[] = {
            "listening_ports",
            ports,
            "num_threads",
            threads,
            "request_timeout_ms", /* also the longest a write to a phone may wait */
            "3000",
            "websocket_timeout_ms",
            ping,
            "enable_websocket_ping_pong",
            "yes",
            "max_request_size",
            "4096",
            "enable_keep_alive",
            "no",
            "linger_timeout_ms",
            "500",
            "decode_url",
            "no",
            "tcp_nodelay", /* an ack's header and body leave at once */
            "1",
            NULL,
        };
        s->ctx = mg_start(&cb, s, options);
        s->port = port;
    }
    if (!s->ctx) {
        mg_exit_library();
        free_server(s);
        *err = LIVE_SERVER_NO_PORT;
        return NULL;
    }
    if (!os_thread_start(&s->broadcaster, broadcast_run, s)) {
        mg_stop(s->ctx);
        mg_exit_library();
        free_server(s);
        *err = LIVE_SERVER_MEMORY;
        return NULL;
    }
    char url[LIVE_URL_SIZE];
    snprintf(url, sizeof url, "http://%s:%d/?c=%s", s->addr, s->port, s->code);
    live_qr_encode(url, &s->qr);
    mg_set_websocket_handler(s->ctx, "/ws", on_ws_connect, on_ws_ready, on_ws_data, on_ws_close, s);
    mg_set_request_handler(s->ctx, "**", on_request, s);
    *err = LIVE_SERVER_OK;
    return s;
}

void live_server_stop(LiveServer *s)
{
    if (!s)
        return;
    os_mutex_lock(s->lock);
    s->quit = true;
    os_cond_broadcast(s->work);
    os_mutex_unlock(s->lock);
    os_thread_join(s->broadcaster);
    /* A close frame to each phone: the page then knows the quiz is over
     * rather than retrying; the pinned slot cannot be freed meanwhile. */
    os_mutex_lock(s->lock);
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++) {
        Slot *sl = &s->slots[i];
        if (!sl->conn || !sl->ready || sl->closing)
            continue;
        sl->busy++;
        sl->closing = true;
        os_mutex_unlock(s->lock);
        close_with(sl->conn, 1001);
        os_mutex_lock(s->lock);
        sl->busy--;
        os_cond_broadcast(s->unbusy);
    }
    s->wake = NULL;
    os_mutex_unlock(s->lock);
    mg_stop(s->ctx);
    mg_exit_library();
    free_server(s);
}

const char *live_server_addr(const LiveServer *s)
{
    return s->addr;
}

int live_server_port(const LiveServer *s)
{
    return s->port;
}

const char *live_server_code(const LiveServer *s)
{
    return s->code;
}

size_t live_server_phones(LiveServer *s)
{
    os_mutex_lock(s->lock);
    size_t n = s->nphones;
    os_mutex_unlock(s->lock);
    return n;
}

/* ---- the teacher's side --------------------------------------------------- */

/* Under the lock: the teacher's clock from now on. */
static void set_clock(LiveServer *s, int64_t now_ms)
{
    s->teacher_ms = now_ms;
    s->mono_at = os_mono_ms();
}

void live_server_begin(LiveServer *s, ClassQuiz *cq, int64_t now_ms)
{
    os_mutex_lock(s->lock);
    set_clock(s, now_ms);
    live_start(s->ls, cq, now_ms, &s->pending);
    post(s);
    os_mutex_unlock(s->lock);
}

void live_server_sync(LiveServer *s, ClassQuiz *cq, int64_t now_ms)
{
    os_mutex_lock(s->lock);
    set_clock(s, now_ms);
    live_sync(s->ls, cq, now_ms, &s->pending);
    post(s);
    os_mutex_unlock(s->lock);
}

void live_server_kick(LiveServer *s, size_t slot)
{
    os_mutex_lock(s->lock);
    live_kick(s->ls, slot, &s->pending);
    s->changes++;
    post(s);
    os_mutex_unlock(s->lock);
}

void live_server_end(LiveServer *s)
{
    os_mutex_lock(s->lock);
    live_end(s->ls, &s->pending);
    post(s);
    os_mutex_unlock(s->lock);
}

void live_server_view(LiveServer *s, LiveView *v)
{
    snprintf(v->url, sizeof v->url, "http://%s:%d/?c=%s", s->addr, s->port, s->code);
    snprintf(v->address, sizeof v->address, "http://%s:%d", s->addr, s->port);
    snprintf(v->code, sizeof v->code, "%s", s->code);
    v->qr_size = s->qr.size <= LIVE_VIEW_QR ? s->qr.size : 0;
    memcpy(v->qr, s->qr.dark, (size_t)v->qr_size * (size_t)v->qr_size);
    os_mutex_lock(s->lock);
    LiveSnapshot sn;
    live_snapshot(s->ls, &sn);
    v->phase = sn.phase;
    v->joined = sn.joined;
    v->connected = sn.connected;
    v->answered = sn.answered;
    v->all_answered = sn.all_answered;
    v->locked = sn.locked;
    memcpy(v->tally, sn.tally, sizeof v->tally);
    v->nplayers = 0;
    for (size_t i = 0; i < sn.nplayers && v->nplayers < LIVE_MAX_PLAYERS; i++) {
        const LivePlayer *p = &sn.players[i];
        if (p->kicked)
            continue;
        LiveViewPlayer *o = &v->players[v->nplayers++];
        snprintf(o->name, sizeof o->name, "%s", p->name);
        o->slot = i;
        o->connected = p->connected;
        o->answered = p->answers && sn.round < s->nrounds ? p->answers[sn.round].answered : false;
        o->score = p->score;
    }
    v->changes = s->changes;
    os_mutex_unlock(s->lock);
}

char *live_server_csv(LiveServer *s, const ClassQuiz *cq, bool anonymous, size_t *len)
{
    os_mutex_lock(s->lock);
    char *text = live_csv_text(s->ls, cq, anonymous, len);
    os_mutex_unlock(s->lock);
    return text;
}

bool live_server_poll(LiveServer *s, LiveEvent *e)
{
    os_mutex_lock(s->lock);
    bool got = s->ev_n > 0;
    if (got) {
        *e = s->events[s->ev_head];
        s->ev_head = (s->ev_head + 1) % EVENTS;
        s->ev_n--;
    }
    os_mutex_unlock(s->lock);
    return got;
}

#else /* AW_NO_LIVE: the Windows build has no civetweb yet */

LiveServer *live_server_start(const LiveServerConfig *cfg, LiveServerError *err)
{
    (void)cfg;
    *err = LIVE_SERVER_UNSUPPORTED;
    return NULL;
}
void live_server_stop(LiveServer *s)
{
    (void)s;
}
const char *live_server_addr(const LiveServer *s)
{
    (void)s;
    return "";
}
int live_server_port(const LiveServer *s)
{
    (void)s;
    return 0;
}
const char *live_server_code(const LiveServer *s)
{
    (void)s;
    return "";
}
size_t live_server_phones(LiveServer *s)
{
    (void)s;
    return 0;
}
void live_server_begin(LiveServer *s, ClassQuiz *cq, int64_t now_ms)
{
    (void)s, (void)cq, (void)now_ms;
}
void live_server_sync(LiveServer *s, ClassQuiz *cq, int64_t now_ms)
{
    (void)s, (void)cq, (void)now_ms;
}
void live_server_kick(LiveServer *s, size_t slot)
{
    (void)s, (void)slot;
}
void live_server_end(LiveServer *s)
{
    (void)s;
}
void live_server_view(LiveServer *s, LiveView *v)
{
    (void)s, (void)v;
}
char *live_server_csv(LiveServer *s, const ClassQuiz *cq, bool anonymous, size_t *len)
{
    (void)s, (void)cq, (void)anonymous, (void)len;
    return NULL;
}
bool live_server_poll(LiveServer *s, LiveEvent *e)
{
    (void)s, (void)e;
    return false;
}

#endif
