/* bench_exchange.c - `accountwijs bench exchange`: how fast the course's
 * answers and questions move in and out of the program. Prints
 * "name value unit" lines:
 *
 *   xapi_export_100000_ms  median of 5 exports of a 100,000-answer log as
 *                          xAPI statements (export --format xapi's work: the
 *                          log read from the file as a stream, every
 *                          statement written, the text handed on in 1 MiB
 *                          pieces and dropped); target < 1,000 ms
 *   xapi_statements        how many statements that is (a sanity check)
 *
 * The course is bench.c's generated bank (1,000 questions of the six
 * types); the log is written through progress_record with fsync a no-op,
 * with answers that fit each type, in a temporary folder removed after. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "export.h"
#include "os.h"
#include "profiles.h"
#include "progress.h"
#include "xapi.h"

enum { XAPI_QUESTIONS = 1000, XAPI_SECTIONS = 20, XAPI_ANSWERS = 100000, XAPI_RUNS = 5 };

#define BENCH_PROFILE "p-00000000000be7c4"
#define START_MS INT64_C(1767225600000) /* 2026-01-01T00:00:00Z */

static int no_fsync(void *ctx, int fd)
{
    (void)ctx;
    (void)fd;
    return 0;
}

/* An answer to Q that quiz_answer_from_json takes (bench.c's bank). */
static const char *answer_for(const Question *q, unsigned r)
{
    switch (q->type) {
    case QUESTION_SINGLE:
        return r % 2 ? "{\"chosen\":[\"o0\"]}" : "{\"chosen\":[\"o2\"]}";
    case QUESTION_MULTIPLE:
        return r % 2 ? "{\"chosen\":[\"o0\",\"o2\"]}" : "{\"chosen\":[\"o1\"]}";
    case QUESTION_TRUEFALSE:
        return r % 2 ? "{\"chosen\":[\"true\"]}" : "{\"chosen\":[\"false\"]}";
    case QUESTION_MATCHING:
        return "{\"match\":{\"p0\":\"p0\",\"p1\":\"p2\",\"p2\":\"p1\",\"p3\":null}}";
    case QUESTION_ORDERING:
        return "{\"order\":[\"i1\",\"i0\",\"i2\",\"i3\"]}";
    default:
        return r % 2 ? "{\"text\":{\"b1\":\"account\"}}" : "{\"text\":{\"b1\":\"klant\"}}";
    }
}

static bool write_log(const Course *c, const char *path)
{
    Diag d;
    diag_init(&d);
    ProgressIo io = {NULL, no_fsync, NULL};
    ProgressOptions o = {.io = &io};
    ProgressLog *log = progress_open(path, &o, &d);
    diag_free(&d);
    if (!log)
        return false;
    uint64_t rng = 17;
    AwError e;
    bool ok = true;
    static const AttemptMode modes[4] = {ATTEMPT_PRACTICE, ATTEMPT_PRACTICE, ATTEMPT_REVIEW, ATTEMPT_EXAM};
    for (size_t k = 0; k < XAPI_ANSWERS && ok; k++) {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned r = (unsigned)(rng >> 33);
        const Question *q = &c->questions[r % c->nquestions];
        Attempt a = {
            .time_ms = START_MS + (int64_t)k * 60000,
            .item = q->id,
            .version = c->version ? c->version : "",
            .answer = answer_for(q, r >> 12),
            .score = (double)((r >> 8) % 4) / 3.0,
            .ms = 3000 + (int64_t)((r >> 4) % 20000),
            .mode = modes[(r >> 16) % 4],
            .session = (r >> 16) % 4 == 3 ? "t-bench" : NULL,
        };
        ok = progress_record(log, &a, &e);
    }
    progress_close(log);
    return ok;
}

static bool drop(JsonBuf *out, void *ctx)
{
    size_t *bytes = ctx;
    *bytes += out->len;
    out->len = 0;
    return true;
}

static bool time_export(const Course *c, const char *data, double *ms, size_t *count)
{
    double t[XAPI_RUNS];
    XapiActor actor = {BENCH_PROFILE, "Bench"};
    for (int r = 0; r < XAPI_RUNS; r++) {
        JsonBuf out = {0};
        size_t bytes = 0, made = 0;
        AwError e;
        double t0 = benchutil_now_ms();
        XapiWriter *w = xapi_writer_new(c, NULL);
        bool ok = w && xapi_profile(w, data, &actor, NULL, &out, drop, &bytes, &made, &e);
        xapi_writer_free(w);
        t[r] = benchutil_now_ms() - t0;
        jsonbuf_free(&out);
        if (!ok)
            return false;
        *count = made;
    }
    *ms = benchutil_median(t, XAPI_RUNS);
    return true;
}

static int bench_xapi(void)
{
    char dir[4096], data[4200], prof[4300], log[4400];
    if (!os_make_temp_folder("accountwijs-bench-", dir, sizeof dir)) {
        cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
        return 1;
    }
    Course *c = NULL;
    Diag d;
    diag_init(&d);
    if (bench_write_bank(dir, XAPI_QUESTIONS, XAPI_SECTIONS))
        c = course_load(dir, &d);
    diag_free(&d);
    snprintf(data, sizeof data, "%s/data", dir);
    snprintf(prof, sizeof prof, "%s/profiles", data);
    double ms = 0;
    size_t count = 0;
    bool ok = c && os_mkdirs(prof, 0700, NULL, 0) && profiles_dir(data, BENCH_PROFILE, prof, sizeof prof) &&
              os_mkdir(prof, 0700) && profiles_log_path(data, BENCH_PROFILE, log, sizeof log) && write_log(c, log) &&
              time_export(c, data, &ms, &count);
    if (!ok)
        cli_say("bench", STR_CLI_BENCH_BANK, dir);
    os_unlink(log);
    os_rmdir(prof);
    snprintf(prof, sizeof prof, "%s/profiles", data);
    os_rmdir(prof);
    os_rmdir(data);
    course_free(c);
    bench_remove_bank(dir, XAPI_SECTIONS);
    if (!ok)
        return 1;
    printf("xapi_export_100000_ms %.3f ms\n", ms);
    printf("xapi_statements %zu count\n", count);
    return 0;
}

int cli_bench_exchange(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return bench_xapi();
}
