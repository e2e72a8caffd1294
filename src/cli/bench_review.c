/* bench_review.c - `accountwijs bench review`: how fast the memory states
 * and today's plan come from a long history. Prints "name value unit":
 *
 *   review_states_ms  median of 7 derivations of the FSRS-6 states of a
 *                     10,000-question course from a 100,000-answer log,
 *                     read from the file as the program does at the start
 *   review_queue_ms   median of 21 plans for today (due reviews, cap,
 *                     forecast, prediction) from those states
 *   review_due_today  how many reviews the plan found due (a sanity check)
 *
 * The course is generated (bench.c's bank) and the log written through
 * progress_record with fsync a no-op, in a temporary folder under $TMPDIR,
 * both removed afterwards. The answers cover 120 days, mixed in mode,
 * score and time taken, a practice retry after some wrong first tries. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "os.h"
#include "progress.h"
#include "review.h"

enum { QUESTIONS = 10000, SECTIONS = 20, ANSWERS = 100000, STATE_RUNS = 7, QUEUE_RUNS = 21 };

#define START_MS INT64_C(1767225600000) /* 2026-01-01T00:00:00Z */
#define SPAN_MS (INT64_C(120) * 86400000)

static int no_fsync(void *ctx, int fd)
{
    (void)ctx;
    (void)fd;
    return 0;
}

static uint32_t next_rand(uint64_t *rng)
{
    *rng = *rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(*rng >> 33);
}

static bool write_log(const Course *c, const char *path)
{
    Diag d;
    diag_init(&d);
    ProgressIo io = {NULL, no_fsync, NULL};
    ProgressOptions o = {.io = &io};
    ProgressLog *log = progress_open(path, &o, &d);
    char text[2048];
    for (size_t i = 0; !log && i < d.count; i++)
        fprintf(stderr, "bench: %s\n", cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    if (!log)
        return false;
    uint64_t rng = 14;
    char err[256];
    AwError e;
    bool ok = true;
    for (size_t k = 0; k < ANSWERS && ok; k++) {
        uint32_t r = next_rand(&rng);
        const Question *q = &c->questions[r % c->nquestions];
        static const AttemptMode modes[4] = {ATTEMPT_PRACTICE, ATTEMPT_PRACTICE, ATTEMPT_REVIEW, ATTEMPT_EXAM};
        Attempt a = {
            .time_ms = START_MS + (int64_t)k * (SPAN_MS / ANSWERS),
            .item = q->id,
            .version = c->version ? c->version : "",
            .answer = "{\"choice\":\"o0\"}",
            .score = (double)(next_rand(&rng) % 4) / 3.0,
            .ms = 3000 + (int64_t)(next_rand(&rng) % 20000),
            .mode = modes[next_rand(&rng) % 4],
        };
        ok = progress_record(log, &a, &e);
        if (ok && a.score < 1 && a.mode != ATTEMPT_EXAM && k + 1 < ANSWERS && next_rand(&rng) % 2) {
            a.time_ms += 20000; /* the retry */
            a.score = 1;
            k++;
            ok = progress_record(log, &a, &e);
        }
    }
    if (!ok)
        fprintf(stderr, "bench: %s\n", cli_error(&e, err, sizeof err));
    progress_close(log);
    return ok;
}

static ReviewStates *states_of(const Course *c, const char *path)
{
    ReviewStates *st = review_states_new(c);
    if (st && (!review_states_load(st, path) || review_states_answers(st) != ANSWERS)) {
        review_states_free(st);
        return NULL;
    }
    return st;
}

static bool measure(const Course *c, const char *path, double *states_ms, double *queue_ms, size_t *due)
{
    double t[QUEUE_RUNS];
    ReviewStates *st = NULL;
    for (int r = 0; r < STATE_RUNS; r++) {
        review_states_free(st);
        double t0 = benchutil_now_ms();
        st = states_of(c, path);
        t[r] = benchutil_now_ms() - t0;
        if (!st) {
            cli_say("bench", STR_CLI_BENCH_LOG_ANSWERS);
            return false;
        }
    }
    *states_ms = benchutil_median(t, STATE_RUNS);
    int64_t today = review_local_day(START_MS + SPAN_MS + 3 * 86400000LL);
    bool ok = true;
    for (int r = 0; r < QUEUE_RUNS && ok; r++) {
        ReviewPlan p;
        double t0 = benchutil_now_ms();
        ok = review_plan(&p, st, today, NULL);
        t[r] = benchutil_now_ms() - t0;
        if (ok) {
            *due = p.due;
            review_plan_free(&p);
        }
    }
    review_states_free(st);
    *queue_ms = benchutil_median(t, QUEUE_RUNS);
    return ok;
}

int cli_bench_review(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char dir[4096], path[4200];
    if (!os_make_temp_folder("accountwijs-bench-", dir, sizeof dir)) {
        cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
        return 1;
    }
    Course *c = NULL;
    Diag d;
    diag_init(&d);
    if (bench_write_bank(dir, QUESTIONS, SECTIONS))
        c = course_load(dir, &d);
    char text[2048];
    for (size_t i = 0; !c && i < d.count && i < 5; i++)
        fprintf(stderr, "bench: %s\n", cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    snprintf(path, sizeof path, "%s/log.jsonl", dir);
    double states_ms = 0, queue_ms = 0;
    size_t due = 0;
    bool ok = c && write_log(c, path) && measure(c, path, &states_ms, &queue_ms, &due);
    os_unlink(path);
    course_free(c);
    bench_remove_bank(dir, SECTIONS);
    if (!ok)
        return 1;
    printf("review_states_ms %.3f ms\n", states_ms);
    printf("review_queue_ms %.3f ms\n", queue_ms);
    printf("review_due_today %zu count\n", due);
    return 0;
}
