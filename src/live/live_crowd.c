/* live_crowd.c - the test phones' thread: one poll() over every socket,
 * every 5 ms at the least, so a scheduled answer leaves on time and an ack
 * is timed when it arrives. The phones join one after the other first. The phones' state is under one mutex the
 * caller's thread takes to schedule and to read. */
#include "live_crowd.h"

#ifndef AW_NO_LIVE

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live_client.h"
#include "os.h"

typedef struct {
    WsClient ws;
    char name[200];
    bool welcomed;
    char phase[16]; /* the last state's phase */
    int q;          /* its round */
    unsigned choice;
    double answer_at; /* 0: nothing scheduled */
    double sent_at, ack_at;
} Phone;

struct LiveCrowd {
    char addr[48], code[8];
    int port;
    size_t n;
    Phone *phones;
    bool has_names;
    OsThread *thread;
    OsMutex *lock;
    bool quit;
    double last_sent;
};

static void on_text(Phone *p, const char *msg)
{
    if (strstr(msg, "\"t\":\"welcome\""))
        p->welcomed = true;
    const char *ph = strstr(msg, "\"phase\":\"");
    if (ph && (strstr(msg, "\"t\":\"state\"") || strstr(msg, "\"t\":\"welcome\""))) {
        ph += 9;
        size_t k = strcspn(ph, "\"");
        if (k >= sizeof p->phase)
            k = sizeof p->phase - 1;
        memcpy(p->phase, ph, k);
        p->phase[k] = '\0';
        const char *q = strstr(msg, "\"q\":");
        int round = q ? atoi(q + 4) : 0;
        if (round != p->q)
            p->sent_at = p->ack_at = 0; /* a new question: no answer yet */
        p->q = round;
    }
    if (strstr(msg, "\"t\":\"ack\"") && p->sent_at > 0 && p->ack_at == 0)
        p->ack_at = os_mono_ms();
}

static void send_answer(LiveCrowd *c, Phone *p)
{
    char msg[128];
    int k = snprintf(msg, sizeof msg, "{\"t\":\"answer\",\"q\":%d,\"choice\":[", p->q);
    bool first = true;
    for (int b = 0; b < 9; b++)
        if (p->choice & (1u << b)) {
            k += snprintf(msg + k, sizeof msg - (size_t)k, "%s%d", first ? "" : ",", b);
            first = false;
        }
    snprintf(msg + k, sizeof msg - (size_t)k, "]}");
    p->sent_at = os_mono_ms();
    p->ack_at = 0;
    p->answer_at = 0;
    c->last_sent = p->sent_at;
    wsc_send_text(&p->ws, msg);
}

static void run(void *arg)
{
    LiveCrowd *c = arg;
    for (size_t i = 0; i < c->n; i++) {
        Phone *p = &c->phones[i];
        if (!wsc_connect(&p->ws, c->addr, c->port, "/ws"))
            continue;
        char msg[300];
        snprintf(msg, sizeof msg, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"%s\"}", c->code, p->name);
        wsc_send_text(&p->ws, msg);
        /* One after the other: the join order (and so the names a seed
         * gives) is the phones' order. */
        char buf[4096];
        double end = os_mono_ms() + 3000;
        while (!p->welcomed && os_mono_ms() < end) {
            int op = wsc_recv(&p->ws, buf, sizeof buf, NULL, 100);
            if (op == WSC_TEXT) {
                os_mutex_lock(c->lock);
                on_text(p, buf);
                os_mutex_unlock(c->lock);
            } else if (op == WSC_GONE || op == WSC_CLOSE) {
                break;
            }
        }
    }
    struct pollfd *fds = calloc(c->n ? c->n : 1, sizeof *fds);
    char buf[4096];
    os_mutex_lock(c->lock);
    while (!c->quit && fds) {
        double now = os_mono_ms(), next = now + 5;
        for (size_t i = 0; i < c->n; i++) {
            Phone *p = &c->phones[i];
            if (p->answer_at > 0 && p->answer_at <= now && p->ws.fd >= 0)
                send_answer(c, p);
            if (p->answer_at > 0 && p->answer_at < next)
                next = p->answer_at;
            fds[i] = (struct pollfd){p->ws.fd, POLLIN, 0};
        }
        os_mutex_unlock(c->lock);
        int wait = (int)(next - now);
        poll(fds, c->n, wait > 0 ? wait : 0);
        os_mutex_lock(c->lock);
        for (size_t i = 0; i < c->n; i++) {
            Phone *p = &c->phones[i];
            if (p->ws.fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            int op;
            while ((op = wsc_recv(&p->ws, buf, sizeof buf, NULL, 0)) == WSC_TEXT || op == WSC_PONG)
                if (op == WSC_TEXT)
                    on_text(p, buf);
            if (op == WSC_GONE || op == WSC_CLOSE)
                wsc_drop(&p->ws);
        }
    }
    os_mutex_unlock(c->lock);
    free(fds);
}

LiveCrowd *live_crowd_start(const char *addr, int port, const char *code, size_t n, const char *const *names)
{
    LiveCrowd *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->phones = calloc(n ? n : 1, sizeof *c->phones);
    if (!c->phones) {
        free(c);
        return NULL;
    }
    snprintf(c->addr, sizeof c->addr, "%s", addr);
    snprintf(c->code, sizeof c->code, "%s", code);
    c->port = port;
    c->n = n;
    for (size_t i = 0; i < n; i++) {
        c->phones[i].ws.fd = -1;
        if (names)
            snprintf(c->phones[i].name, sizeof c->phones[i].name, "%s", names[i]);
    }
    c->lock = os_mutex_new();
    if (!c->lock || !os_thread_start(&c->thread, run, c)) {
        os_mutex_free(c->lock);
        free(c->phones);
        free(c);
        return NULL;
    }
    return c;
}

void live_crowd_stop(LiveCrowd *c)
{
    if (!c)
        return;
    os_mutex_lock(c->lock);
    c->quit = true;
    os_mutex_unlock(c->lock);
    os_thread_join(c->thread);
    for (size_t i = 0; i < c->n; i++)
        wsc_drop(&c->phones[i].ws);
    os_mutex_free(c->lock);
    free(c->phones);
    free(c);
}

size_t live_crowd_joined(LiveCrowd *c)
{
    os_mutex_lock(c->lock);
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++)
        k += c->phones[i].welcomed;
    os_mutex_unlock(c->lock);
    return k;
}

static void nap(void)
{
    struct timespec ts = {0, 2 * 1000 * 1000};
    nanosleep(&ts, NULL);
}

bool live_crowd_wait_phase(LiveCrowd *c, const char *phase, int timeout_ms)
{
    double end = os_mono_ms() + timeout_ms;
    for (;;) {
        os_mutex_lock(c->lock);
        bool all = true;
        for (size_t i = 0; i < c->n; i++)
            if (c->phones[i].welcomed && c->phones[i].ws.fd >= 0 && strcmp(c->phones[i].phase, phase) != 0)
                all = false;
        os_mutex_unlock(c->lock);
        if (all)
            return true;
        if (os_mono_ms() > end)
            return false;
        nap();
    }
}

void live_crowd_answer(LiveCrowd *c, size_t i, unsigned choice, double after_ms)
{
    os_mutex_lock(c->lock);
    if (i < c->n) {
        c->phones[i].choice = choice;
        c->phones[i].answer_at = os_mono_ms() + (after_ms > 0 ? after_ms : 0.001);
    }
    os_mutex_unlock(c->lock);
}

bool live_crowd_wait_acks(LiveCrowd *c, size_t n, int timeout_ms)
{
    double end = os_mono_ms() + timeout_ms;
    for (;;) {
        os_mutex_lock(c->lock);
        size_t k = 0;
        for (size_t i = 0; i < c->n; i++)
            k += c->phones[i].ack_at > 0;
        os_mutex_unlock(c->lock);
        if (k >= n)
            return true;
        if (os_mono_ms() > end)
            return false;
        nap();
    }
}

size_t live_crowd_latencies(LiveCrowd *c, double *out, size_t max)
{
    os_mutex_lock(c->lock);
    size_t k = 0;
    for (size_t i = 0; i < c->n && k < max; i++)
        if (c->phones[i].ack_at > 0)
            out[k++] = c->phones[i].ack_at - c->phones[i].sent_at;
    os_mutex_unlock(c->lock);
    return k;
}

double live_crowd_last_sent(LiveCrowd *c)
{
    os_mutex_lock(c->lock);
    double t = c->last_sent;
    os_mutex_unlock(c->lock);
    return t;
}

#else /* AW_NO_LIVE */

LiveCrowd *live_crowd_start(const char *addr, int port, const char *code, size_t n, const char *const *names)
{
    (void)addr, (void)port, (void)code, (void)n, (void)names;
    return NULL;
}
void live_crowd_stop(LiveCrowd *c)
{
    (void)c;
}
size_t live_crowd_joined(LiveCrowd *c)
{
    (void)c;
    return 0;
}
bool live_crowd_wait_phase(LiveCrowd *c, const char *phase, int timeout_ms)
{
    (void)c, (void)phase, (void)timeout_ms;
    return false;
}
void live_crowd_answer(LiveCrowd *c, size_t i, unsigned choice, double after_ms)
{
    (void)c, (void)i, (void)choice, (void)after_ms;
}
bool live_crowd_wait_acks(LiveCrowd *c, size_t n, int timeout_ms)
{
    (void)c, (void)n, (void)timeout_ms;
    return false;
}
size_t live_crowd_latencies(LiveCrowd *c, double *out, size_t max)
{
    (void)c, (void)out, (void)max;
    return 0;
}
double live_crowd_last_sent(LiveCrowd *c)
{
    (void)c;
    return 0;
}

#endif
