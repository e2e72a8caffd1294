/* live_server.h - the live class quiz's server: HTTP and WebSocket
 * (civetweb) on one interface of the teacher's machine, serving only the
 * phone page's fixed files (assets/live/) and the /ws path, with the core's
 * LiveSession (live.h) behind one mutex. Its own threads: civetweb's
 * workers read the phones (and answer each at once: ack, errors); a
 * broadcaster thread sends what the teacher's commands produce (states,
 * kicks). The frame loop never waits on a socket: commands, the view and
 * the events each take the lock briefly and return.
 *
 * Not in the Windows build (AW_NO_LIVE): live_server_start then fails with
 * LIVE_SERVER_UNSUPPORTED. */
#ifndef ACCOUNTWIJS_LIVE_SERVER_H
#define ACCOUNTWIJS_LIVE_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classquiz.h"
#include "live.h"
#include "live_view.h"

enum {
    LIVE_PORT_FIRST = 8470,
    LIVE_PORT_LAST = 8489,
    LIVE_MAX_SOCKETS = LIVE_MAX_PLAYERS + 20, /* WebSockets at once */
    LIVE_SPARE_SOCKETS = 6,                   /* page loads while the phones hold theirs */
    LIVE_SOCKETS_SPARE_PER_ADDR = 3,          /* sockets an address holds beyond its joins a minute */
    LIVE_SLOW_WRITE_MS = 1500,                /* a write this slow: the phone gets no more */
    LIVE_PING_MS = 5000,                      /* silence before a ping; 6 unanswered close */
    LIVE_MAX_ASSET = 1 << 20,                 /* bytes of one file of assets/live/ */
};

typedef enum {
    LIVE_SERVER_OK,
    LIVE_SERVER_UNSUPPORTED, /* this build has no live mode */
    LIVE_SERVER_ASSETS,      /* a file of assets/live/ is missing or too big */
    LIVE_SERVER_NO_PORT,     /* every port from the first to the last is taken */
    LIVE_SERVER_MEMORY,
} LiveServerError;

typedef struct LiveServer LiveServer;

typedef struct {
    const char *addr;         /* the interface's IPv4 address to bind */
    int port;                 /* the first port to try (0: LIVE_PORT_FIRST) */
    int last_port;            /* the last (0: LIVE_PORT_LAST) */
    const char *assets;       /* the folder assets/live/ */
    LiveSettings settings;    /* random NULL: os_random_bytes */
    size_t nrounds;           /* the ClassQuiz's rounds */
    const char *const *names; /* the class list, NNAMES names (0: none) */
    size_t nnames;
    /* Called (from a server thread) when a phone did something the
     * teacher's screen shows: the platform wakes its frame loop. */
    void (*wake)(void *ctx);
    void *wake_ctx;
} LiveServerConfig;

/* Starts the server on the first free port from CFG->port on; NULL with
 * *ERR set when it cannot. */
LiveServer *live_server_start(const LiveServerConfig *cfg, LiveServerError *err);
/* Closes every phone's connection (a close frame each), stops the threads
 * and frees S (the session too: nothing is kept). NULL is allowed. */
void live_server_stop(LiveServer *s);

/* The address the server listens on ("192.168.1.20"). */
const char *live_server_addr(const LiveServer *s);
/* The port the server listens on. */
int live_server_port(const LiveServer *s);
/* The session code, "4821". */
const char *live_server_code(const LiveServer *s);
/* How many phones have an open WebSocket. */
size_t live_server_phones(LiveServer *s);

/* ---- the teacher's frame loop (never blocks on the network) ----------- */

/* live_start, live_sync, live_kick, live_end of live.h under the lock; what
 * they send goes out from the broadcaster thread. CQ belongs to the frame
 * loop (these calls are the only ones that read or write it). */
void live_server_begin(LiveServer *s, ClassQuiz *cq, int64_t now_ms);
void live_server_sync(LiveServer *s, ClassQuiz *cq, int64_t now_ms);
void live_server_kick(LiveServer *s, size_t slot);
void live_server_end(LiveServer *s);
/* Copies what the projector shows into V (address, code, QR code, players,
 * counts, tally). */
void live_server_view(LiveServer *s, LiveView *v);
/* The session's CSV (live_csv_text); the caller frees it. */
char *live_server_csv(LiveServer *s, const ClassQuiz *cq, bool anonymous, size_t *len);

/* What phones did, oldest first, for the frame loop to poll. */
typedef enum { LIVE_EVENT_JOINED, LIVE_EVENT_ANSWERED, LIVE_EVENT_LEFT } LiveEventKind;
typedef struct {
    LiveEventKind kind;
    double at_ms; /* os_mono_ms() when it happened */
} LiveEvent;
/* Takes the oldest event into *E; false when there is none. */
bool live_server_poll(LiveServer *s, LiveEvent *e);

#endif
