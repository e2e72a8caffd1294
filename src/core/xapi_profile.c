/* xapi_profile.c - a profile's attempt log and tests as statements, from a
 * cursor on: the whole of them for `export --format xapi`, what is new
 * since the last time for the LRS queue (xapi_queue.c). The log is read
 * as a stream (progress_follow), so a long one costs no memory. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "export.h"
#include "profiles.h"
#include "xapi.h"

typedef struct {
    XapiWriter *w;
    const XapiActor *actor;
    JsonBuf *out;
    bool (*flush)(JsonBuf *out, void *ctx);
    void *ctx;
    size_t made;
    bool stopped, failed;
} Walk;

static bool each_attempt(void *ctx, const Attempt *a)
{
    Walk *k = ctx;
    size_t n = xapi_attempt(k->w, k->actor, a, k->out);
    if (!n) {
        k->failed = true;
        return false;
    }
    k->made += n;
    if (k->flush && k->out->len > EXPORT_FLUSH_BYTES && !k->flush(k->out, k->ctx)) {
        k->stopped = true;
        return false;
    }
    return true;
}

bool xapi_profile(XapiWriter *w, const char *data_dir, const XapiActor *actor, XapiCursor *cur, JsonBuf *out,
                  bool (*flush)(JsonBuf *out, void *ctx), void *ctx, size_t *made, AwError *err)
{
    char log[4200], tests[4200];
    if (!profiles_log_path(data_dir, actor->id, log, sizeof log) ||
        !profiles_dir(data_dir, actor->id, tests, sizeof tests) ||
        snprintf(tests + strlen(tests), sizeof tests - strlen(tests), "/%s", EXAM_LOG_NAME) >=
            (int)(sizeof tests - strlen(tests)))
        return aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
    Walk k = {.w = w, .actor = actor, .out = out, .flush = flush, .ctx = ctx};
    int64_t end = 0;
    if (!progress_follow(log, cur ? cur->attempts : 0, each_attempt, &k, &end) || k.failed || k.stopped) {
        if (made)
            *made = k.made;
        if (k.stopped)
            return aw_fail(err, AW_ERR_EXPORT_STOPPED);
        if (k.failed)
            return aw_fail(err, AW_ERR_NO_MEMORY);
        return aw_fail_path(err, AW_ERR_EXPORT_LOG_UNREADABLE, log, errno);
    }
    ExamHistory h;
    if (!exam_log_load(tests, &h, err))
        return false;
    size_t from = cur && cur->tests > 0 ? (size_t)cur->tests : 0;
    /* Fewer tests than before: the file was replaced; all of them again
     * (their ids are the same, so an LRS keeps each once). */
    if (from > h.n)
        from = 0;
    for (size_t i = from; i < h.n; i++) {
        size_t n = xapi_exam(w, actor, &h.items[i], out);
        if (!n) {
            exam_log_free(&h);
            return aw_fail(err, AW_ERR_NO_MEMORY);
        }
        k.made += n;
    }
    if (cur) {
        cur->attempts = end;
        cur->tests = (int64_t)h.n;
    }
    exam_log_free(&h);
    if (made)
        *made = k.made;
    return !out->failed || aw_fail(err, AW_ERR_NO_MEMORY);
}
