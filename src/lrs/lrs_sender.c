/* lrs_sender.c - the background sender of lrs.h: one thread that runs
 * lrs_round now and then. The frame loop only pokes it and reads its
 * status; neither waits for the network. Between rounds the thread sleeps
 * on a condition variable, so a poke or a stop wakes it at once; a request
 * under way is cut off by the STOP flag that curl's progress callback
 * reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lrs.h"
#include "os.h"

enum { BACKOFF_FIRST_MS = 2000, BACKOFF_MAX_MS = 5 * 60 * 1000 };

struct LrsSender {
    char data_dir[4096], content_dir[4096];
    LrsConf conf;
    long poll_ms;
    OsThread *thread;
    OsMutex *mu;
    OsCond *cv;
    atomic_bool stop;
    bool poked;       /* under MU */
    LrsStatus status; /* under MU */
};

static void run(void *arg)
{
    LrsSender *s = arg;
    Course *course = NULL;
    if (s->content_dir[0]) {
        Diag d;
        diag_init(&d);
        course = course_load(s->content_dir, &d);
        diag_free(&d);
    }
    long backoff = 0;
    while (!atomic_load(&s->stop)) {
        LrsRound r;
        AwError e = {0};
        bool ok = lrs_round(s->data_dir, course, &s->conf, &s->stop, &r, &e);
        long wait = s->poll_ms;
        if (!ok) {
            backoff = backoff ? backoff * 2 : BACKOFF_FIRST_MS;
            if (backoff > BACKOFF_MAX_MS)
                backoff = BACKOFF_MAX_MS;
            wait = backoff < s->poll_ms ? backoff : s->poll_ms;
        } else {
            backoff = 0;
        }
        os_mutex_lock(s->mu);
        s->status.pending = r.pending;
        s->status.sent += r.sent + r.conflicts;
        s->status.queued += r.queued;
        s->status.failed_rounds += !ok;
        s->status.last_error = ok ? (AwError){0} : e;
        if (ok && r.pending == 0)
            s->status.last_ok_ms = os_wall_ms();
        s->status.next_try_ms = os_wall_ms() + wait;
        /* Sleep until the time is up, a stop or (unless backing off after
         * a failure: the LRS or network gets its rest) a poke. */
        double until = os_mono_ms() + (double)wait;
        while (!(ok && s->poked) && !atomic_load(&s->stop)) {
            double left = until - os_mono_ms();
            if (left <= 0)
                break;
            os_cond_wait(s->cv, s->mu, (long)left + 1);
        }
        s->poked = false;
        os_mutex_unlock(s->mu);
    }
    course_free(course);
    os_mutex_lock(s->mu);
    s->status.running = false;
    os_mutex_unlock(s->mu);
}

LrsSender *lrs_sender_start(const char *data_dir, const char *content_dir, const LrsConf *conf, long poll_ms)
{
    if (!lrs_available() || !lrs_conf_sends(conf))
        return NULL;
    lrs_init();
    LrsSender *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    snprintf(s->data_dir, sizeof s->data_dir, "%s", data_dir);
    snprintf(s->content_dir, sizeof s->content_dir, "%s", content_dir ? content_dir : "");
    s->conf = *conf;
    s->poll_ms = poll_ms > 0 ? poll_ms : 60000;
    atomic_init(&s->stop, false);
    s->status.running = true;
    s->mu = os_mutex_new();
    s->cv = os_cond_new();
    if (!s->mu || !s->cv || !os_thread_start(&s->thread, run, s)) {
        os_mutex_free(s->mu);
        os_cond_free(s->cv);
        free(s);
        return NULL;
    }
    return s;
}

void lrs_sender_poke(LrsSender *s)
{
    if (!s)
        return;
    os_mutex_lock(s->mu);
    s->poked = true;
    os_cond_broadcast(s->cv);
    os_mutex_unlock(s->mu);
}

void lrs_sender_status(LrsSender *s, LrsStatus *out)
{
    if (!s) {
        memset(out, 0, sizeof *out);
        return;
    }
    os_mutex_lock(s->mu);
    *out = s->status;
    os_mutex_unlock(s->mu);
}

void lrs_sender_stop(LrsSender *s)
{
    if (!s)
        return;
    atomic_store(&s->stop, true);
    os_mutex_lock(s->mu);
    os_cond_broadcast(s->cv);
    os_mutex_unlock(s->mu);
    os_thread_join(s->thread);
    os_mutex_free(s->mu);
    os_cond_free(s->cv);
    free(s);
}
