/* live_client.c - the phones of the tests and the benchmark: a plain
 * WebSocket client. It does not check Sec-WebSocket-Accept (the server is
 * ours and on loopback); the status line 101 is what counts. */
#include "live_client.h"

#ifndef AW_NO_LIVE /* the Windows build has no live mode yet */

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "os.h"

static int tcp_connect(const char *addr, int port)
{
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, addr, &sa.sin_addr) != 1)
        return -1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        os_close(fd);
        return -1;
    }
    return fd;
}

/* Reads what is there within TIMEOUT_MS into C's buffer: >0 bytes read,
 * 0 timeout, -1 the connection ended. */
static int fill(WsClient *c, int timeout_ms)
{
    if (c->fd < 0)
        return -1;
    if (c->have == sizeof c->buf)
        return -1; /* a frame bigger than we take: treat as broken */
    struct pollfd p = {c->fd, POLLIN, 0};
    int r = poll(&p, 1, timeout_ms);
    if (r == 0)
        return 0;
    if (r < 0)
        return errno == EINTR ? 0 : -1;
    ptrdiff_t n = os_read(c->fd, c->buf + c->have, sizeof c->buf - c->have);
    if (n <= 0)
        return -1;
    c->have += (size_t)n;
    return (int)n;
}

bool wsc_connect(WsClient *c, const char *addr, int port, const char *path)
{
    memset(c, 0, sizeof *c);
    c->fd = tcp_connect(addr, port);
    if (c->fd < 0)
        return false;
    c->mask_seed = (uint32_t)os_mono_ns() | 1u;
    char req[512];
    int n = snprintf(req, sizeof req,
                     "GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
                     path, addr, port);
    if (!os_write_all(c->fd, req, (size_t)n))
        goto fail;
    /* The response's head, up to the blank line; frames may follow. */
    for (;;) {
        unsigned char *end = NULL;
        for (size_t i = 3; i < c->have; i++)
            if (memcmp(c->buf + i - 3, "\r\n\r\n", 4) == 0) {
                end = c->buf + i + 1;
                break;
            }
        if (end) {
            bool ok = c->have > 12 && memcmp(c->buf, "HTTP/1.1 101", 12) == 0;
            size_t head = (size_t)(end - c->buf);
            memmove(c->buf, end, c->have - head);
            c->have -= head;
            if (!ok)
                goto fail;
            return true;
        }
        if (fill(c, 5000) <= 0)
            goto fail;
    }
fail:
    wsc_drop(c);
    return false;
}

static uint32_t next_mask(WsClient *c)
{
    uint32_t x = c->mask_seed; /* xorshift: masks need not be secret here */
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return c->mask_seed = x;
}

bool wsc_send(WsClient *c, int op, const void *data, size_t len)
{
    if (c->fd < 0)
        return false;
    unsigned char head[14];
    size_t h = 0;
    head[h++] = (unsigned char)(0x80 | (op & 0xf));
    if (len < 126) {
        head[h++] = (unsigned char)(0x80 | len);
    } else if (len <= 0xffff) {
        head[h++] = 0x80 | 126;
        head[h++] = (unsigned char)(len >> 8);
        head[h++] = (unsigned char)len;
    } else {
        head[h++] = 0x80 | 127;
        for (int i = 7; i >= 0; i--)
            head[h++] = (unsigned char)((uint64_t)len >> (8 * i));
    }
    uint32_t m = next_mask(c);
    unsigned char mask[4] = {(unsigned char)m, (unsigned char)(m >> 8), (unsigned char)(m >> 16),
                             (unsigned char)(m >> 24)};
    memcpy(head + h, mask, 4);
    h += 4;
    if (!os_write_all(c->fd, head, h))
        return false;
    unsigned char chunk[4096];
    const unsigned char *p = data;
    for (size_t done = 0; done < len;) {
        size_t k = len - done < sizeof chunk ? len - done : sizeof chunk;
        for (size_t i = 0; i < k; i++)
            chunk[i] = p[done + i] ^ mask[(done + i) & 3];
        if (!os_write_all(c->fd, chunk, k))
            return false;
        done += k;
    }
    return true;
}

bool wsc_send_text(WsClient *c, const char *s)
{
    return wsc_send(c, WSC_TEXT, s, strlen(s));
}

int wsc_recv(WsClient *c, char *out, size_t size, size_t *len, int timeout_ms)
{
    double deadline = os_mono_ms() + timeout_ms;
    for (;;) {
        /* A whole frame in the buffer? Server frames are not masked. */
        if (c->have >= 2) {
            size_t h = 2;
            uint64_t n = c->buf[1] & 127;
            if (n == 126) {
                h = 4;
                n = c->have >= 4 ? ((uint64_t)c->buf[2] << 8) | c->buf[3] : 0;
            } else if (n == 127) {
                h = 10;
                n = 0;
                for (int i = 0; i < 8 && c->have >= 10; i++)
                    n = (n << 8) | c->buf[2 + i];
            }
            if (n > sizeof c->buf - h) { /* could never fit: not a server of ours */
                wsc_drop(c);
                return WSC_GONE;
            }
            if (c->have >= h && c->have >= h + n) {
                int op = c->buf[0] & 0xf;
                size_t k = (size_t)n < size - 1 ? (size_t)n : size - 1;
                memcpy(out, c->buf + h, k);
                out[k] = '\0';
                if (len)
                    *len = (size_t)n;
                memmove(c->buf, c->buf + h + n, c->have - h - (size_t)n);
                c->have -= h + (size_t)n;
                if (op == WSC_PING) {
                    wsc_send(c, WSC_PONG, out, k);
                    continue;
                }
                if (op == WSC_CLOSE && n >= 2)
                    c->close_code = ((unsigned)(unsigned char)out[0] << 8) | (unsigned char)out[1];
                return op;
            }
        }
        double left = deadline - os_mono_ms();
        int r = fill(c, left > 0 ? (int)left + 1 : 0);
        if (r < 0)
            return WSC_GONE;
        if (r == 0 && os_mono_ms() >= deadline)
            return WSC_TIMEOUT;
    }
}

void wsc_drop(WsClient *c)
{
    if (c->fd >= 0)
        os_close(c->fd);
    c->fd = -1;
    c->have = 0;
}

int wsc_http(const char *addr, int port, const char *request, char *out, size_t size, int timeout_ms)
{
    WsClient c;
    memset(&c, 0, sizeof c);
    out[0] = '\0';
    c.fd = tcp_connect(addr, port);
    if (c.fd < 0)
        return 0;
    if (!os_write_all(c.fd, request, strlen(request))) {
        wsc_drop(&c);
        return 0;
    }
    double deadline = os_mono_ms() + timeout_ms;
    size_t got = 0;
    for (;;) {
        double left = deadline - os_mono_ms();
        if (left <= 0 || fill(&c, (int)left + 1) < 0)
            break;
        size_t k = c.have < size - 1 - got ? c.have : size - 1 - got;
        memcpy(out + got, c.buf, k);
        got += k;
        c.have = 0;
    }
    out[got] = '\0';
    wsc_drop(&c);
    int status = 0;
    if (sscanf(out, "HTTP/1.%*d %d", &status) != 1)
        status = 0;
    return status;
}

#endif
