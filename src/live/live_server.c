/* live_server.c - the HTTP and WebSocket side of the live class quiz, on
 * civetweb. civetweb gives each connection a worker thread of its own
 * (so the pool is 60 phones plus a few spare for page loads) and does the
 * WebSocket handshake, pings and pongs; this file decides what is served
 * and what a frame may be:
 *  - GET of the four fixed files of assets/live/, read into memory at the
 *    start (no file system access while phones talk to us); any other path
 *    404, any other method 405, a path with '%' or '\' 404 before anything
 *    is decoded;
 *  - the WebSocket only at /ws, at most LIVE_MAX_PHONES at once; a text
 *    frame of at most LIVE_MAX_FRAME bytes (bigger: close 1009; binary:
 *    close 1003);
 *  - a phone silent for LIVE_PING_MS gets a ping; after six unanswered
 *    pings (about 30 s) civetweb closes it.
 * Each phone is a slot; a slot in use by a writer is pinned (busy) so the
 * close handler, which frees it, waits until the write is over. */
#include "live_server.h"

#include <civetweb.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    unsigned busy;              /* writers using conn now */
    bool ready;                 /* the handshake is done */
    char addr[48];
} Slot;

struct LiveServer {
    struct mg_context *ctx;
    char addr[48];
    int port;
    Asset assets[4];
    pthread_mutex_t lock; /* the slots */
    pthread_cond_t unbusy;
    Slot slots[LIVE_MAX_PHONES];
    size_t nphones;
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
    for (size_t i = 0; i < LIVE_MAX_PHONES; i++)
        if (s->slots[i].conn == conn)
            return &s->slots[i];
    return NULL;
}

static int on_ws_connect(const struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    const struct mg_request_info *ri = mg_get_request_info(conn);
    char path[16];
    if (!ri || !plain_path(ri->request_uri, path, sizeof path) || strcmp(path, "/ws") != 0)
        return 1;
    int refuse = 1;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < LIVE_MAX_PHONES; i++)
        if (!s->slots[i].conn) {
            Slot *sl = &s->slots[i];
            memset(sl, 0, sizeof *sl);
            sl->conn = (struct mg_connection *)conn;
            snprintf(sl->addr, sizeof sl->addr, "%s", ri->remote_addr);
            s->nphones++;
            refuse = 0;
            break;
        }
    pthread_mutex_unlock(&s->lock);
    return refuse;
}

static void on_ws_ready(struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    pthread_mutex_lock(&s->lock);
    Slot *sl = slot_of(s, conn);
    if (sl)
        sl->ready = true;
    pthread_mutex_unlock(&s->lock);
}

static void close_with(struct mg_connection *conn, unsigned code)
{
    unsigned char b[2] = {(unsigned char)(code >> 8), (unsigned char)code};
    mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, (const char *)b, 2);
}

static int on_ws_data(struct mg_connection *conn, int bits, char *msg, size_t len, void *data)
{
    (void)data;
    int op = bits & 0xf;
    if (op == MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE)
        return 0;
    if (op == MG_WEBSOCKET_OPCODE_PING || op == MG_WEBSOCKET_OPCODE_PONG)
        return 1;
    if (op != MG_WEBSOCKET_OPCODE_TEXT || !(bits & 0x80)) { /* binary, or in pieces */
        close_with(conn, 1003);
        return 0;
    }
    if (len > LIVE_MAX_FRAME) {
        close_with(conn, 1009);
        return 0;
    }
    mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_TEXT, msg, len);
    return 1;
}

static void on_ws_close(const struct mg_connection *conn, void *data)
{
    LiveServer *s = data;
    pthread_mutex_lock(&s->lock);
    Slot *sl = slot_of(s, conn);
    if (sl) {
        while (sl->busy)
            pthread_cond_wait(&s->unbusy, &s->lock);
        sl->conn = NULL;
        sl->ready = false;
        s->nphones--;
    }
    pthread_mutex_unlock(&s->lock);
}

static int on_log(const struct mg_connection *conn, const char *msg)
{
    (void)conn;
    (void)msg;
    return 1; /* civetweb's own messages stay off the teacher's terminal */
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
    pthread_cond_destroy(&s->unbusy);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

LiveServer *live_server_start(const LiveServerConfig *cfg, LiveError *err)
{
    LiveServer *s = calloc(1, sizeof *s);
    if (!s) {
        *err = LIVE_ERR_MEMORY;
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->unbusy, NULL);
    snprintf(s->addr, sizeof s->addr, "%s", cfg->addr);
    if (!load_assets(s, cfg->assets)) {
        free_server(s);
        *err = LIVE_ERR_ASSETS;
        return NULL;
    }
    mg_init_library(MG_FEATURES_WEBSOCKET);
    struct mg_callbacks cb;
    memset(&cb, 0, sizeof cb);
    cb.log_message = on_log;
    int first = cfg->port > 0 ? cfg->port : LIVE_PORT_FIRST;
    int last = cfg->last_port > 0 ? cfg->last_port : LIVE_PORT_LAST;
    char ports[80], threads[16], ping[16];
    snprintf(threads, sizeof threads, "%d", LIVE_MAX_PHONES + LIVE_SPARE_SOCKETS);
    snprintf(ping, sizeof ping, "%d", LIVE_PING_MS);
    for (int port = first; port <= last && !s->ctx; port++) {
        snprintf(ports, sizeof ports, "%s:%d", s->addr, port);
        const char *options[] = {
            "listening_ports",
            ports,
            "num_threads",
            threads,
            "request_timeout_ms",
            "10000",
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
            NULL,
        };
        s->ctx = mg_start(&cb, s, options);
        s->port = port;
    }
    if (!s->ctx) {
        mg_exit_library();
        free_server(s);
        *err = LIVE_ERR_NO_PORT;
        return NULL;
    }
    mg_set_websocket_handler(s->ctx, "/ws", on_ws_connect, on_ws_ready, on_ws_data, on_ws_close, s);
    mg_set_request_handler(s->ctx, "**", on_request, s);
    *err = LIVE_OK;
    return s;
}

void live_server_stop(LiveServer *s)
{
    if (!s)
        return;
    /* A close frame to each phone: the page then knows the quiz is over
     * rather than retrying; the pinned slot cannot be freed meanwhile. */
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < LIVE_MAX_PHONES; i++) {
        Slot *sl = &s->slots[i];
        if (!sl->conn || !sl->ready)
            continue;
        sl->busy++;
        pthread_mutex_unlock(&s->lock);
        close_with(sl->conn, 1001);
        pthread_mutex_lock(&s->lock);
        sl->busy--;
        pthread_cond_broadcast(&s->unbusy);
    }
    pthread_mutex_unlock(&s->lock);
    mg_stop(s->ctx);
    mg_exit_library();
    free_server(s);
}

int live_server_port(const LiveServer *s)
{
    return s->port;
}

void live_server_url(const LiveServer *s, const char *code, char *out, size_t size)
{
    if (code && *code)
        snprintf(out, size, "http://%s:%d/?c=%s", s->addr, s->port, code);
    else
        snprintf(out, size, "http://%s:%d/", s->addr, s->port);
}

size_t live_server_phones(LiveServer *s)
{
    pthread_mutex_lock(&s->lock);
    size_t n = s->nphones;
    pthread_mutex_unlock(&s->lock);
    return n;
}
