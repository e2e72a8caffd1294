/* live_server.h - the live class quiz's server: HTTP and WebSocket
 * (civetweb) on one interface of the teacher's machine, serving only the
 * phone page's fixed files (assets/live/) and the /ws path. It runs on
 * threads of its own; the frame loop never waits on a socket: it reads a
 * snapshot, sends commands and polls events, each under one short lock.
 *
 * Not in the Windows build (AW_NO_LIVE): live_server_start then fails with
 * LIVE_ERR_UNSUPPORTED. */
#ifndef ACCOUNTWIJS_LIVE_SERVER_H
#define ACCOUNTWIJS_LIVE_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    LIVE_PORT_FIRST = 8470,
    LIVE_PORT_LAST = 8489,
    LIVE_MAX_PHONES = 60,
    LIVE_SPARE_SOCKETS = 6,   /* page loads while 60 phones hold theirs */
    LIVE_MAX_FRAME = 1024,    /* bytes of one message from a phone */
    LIVE_PING_MS = 5000,      /* silence before a ping; 6 unanswered close */
    LIVE_MAX_ASSET = 1 << 20, /* bytes of one file of assets/live/ */
};

typedef enum {
    LIVE_OK,
    LIVE_ERR_UNSUPPORTED, /* this build has no live mode */
    LIVE_ERR_ASSETS,      /* a file of assets/live/ is missing or too big */
    LIVE_ERR_NO_PORT,     /* every port from the first to the last is taken */
    LIVE_ERR_MEMORY,
} LiveError;

typedef struct LiveServer LiveServer;

typedef struct {
    const char *addr;   /* the interface's IPv4 address to bind */
    int port;           /* the first port to try (0: LIVE_PORT_FIRST) */
    int last_port;      /* the last (0: LIVE_PORT_LAST) */
    const char *assets; /* the folder assets/live/ */
} LiveServerConfig;

/* Starts the server on the first free port from CFG->port on; NULL with
 * *ERR set when it cannot. */
LiveServer *live_server_start(const LiveServerConfig *cfg, LiveError *err);
/* Closes every phone's connection (a close frame each), stops the threads
 * and frees S. NULL is allowed. */
void live_server_stop(LiveServer *s);

/* The port the server listens on. */
int live_server_port(const LiveServer *s);
/* The URL for the projector and the QR code, "http://ADDR:PORT/?c=CODE"
 * (CODE left out when NULL or empty). */
void live_server_url(const LiveServer *s, const char *code, char *out, size_t size);
/* How many phones have an open WebSocket. */
size_t live_server_phones(LiveServer *s);

#endif
