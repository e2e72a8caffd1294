/* live_client.h - a small WebSocket client (RFC 6455: the handshake,
 * masked frames from the client) over TCP to an IPv4 address, written for
 * the live server's tests and `accountwijs bench live`: it plays phones.
 * Blocking sockets with a time limit on each wait. Not for the Windows
 * build (AW_NO_LIVE). */
#ifndef ACCOUNTWIJS_LIVE_CLIENT_H
#define ACCOUNTWIJS_LIVE_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    WSC_TEXT = 1,
    WSC_BINARY = 2,
    WSC_CLOSE = 8,
    WSC_PING = 9,
    WSC_PONG = 10,
    WSC_TIMEOUT = -1, /* wsc_recv: nothing within the time limit */
    WSC_GONE = -2,    /* the connection ended (or broke) */
};

typedef struct {
    int fd;                  /* -1: closed */
    unsigned char buf[8192]; /* bytes read but not yet taken */
    size_t have;
    unsigned close_code; /* the server's close frame's code, 0 for none */
    uint32_t mask_seed;
} WsClient;

/* Opens a WebSocket to ADDR:PORT at PATH (e.g. "/ws"); false when the
 * connection or the handshake (101) fails. */
bool wsc_connect(WsClient *c, const char *addr, int port, const char *path);
/* Sends one masked frame: opcode OP, FIN set, LEN bytes of DATA. */
bool wsc_send(WsClient *c, int op, const void *data, size_t len);
/* Sends a text frame of the string S. */
bool wsc_send_text(WsClient *c, const char *s);
/* Waits up to TIMEOUT_MS for a frame and returns its opcode (the payload,
 * NUL-terminated and cut to SIZE - 1, in OUT; its length in *LEN), or
 * WSC_TIMEOUT / WSC_GONE. A ping is answered and not returned. TIMEOUT_MS
 * 0 takes only what has arrived. */
int wsc_recv(WsClient *c, char *out, size_t size, size_t *len, int timeout_ms);
/* Closes the socket without a close frame (a phone that drops). */
void wsc_drop(WsClient *c);

/* Sends REQUEST (a whole HTTP request) to ADDR:PORT and reads the answer
 * until the server closes or TIMEOUT_MS passes: the status code (0 when
 * none), the whole response in OUT (cut to SIZE - 1). */
int wsc_http(const char *addr, int port, const char *request, char *out, size_t size, int timeout_ms);

#endif
