/* bench_progress.c - `accountwijs bench progress`: how fast answers are
 * kept and a long history is read back. Prints "name value unit" lines:
 *
 *   record_answer_ms    median of 200 durable appends (write + fsync)
 *   load_log_100000_ms  median of 5 loads of a 100,000-answer log plus
 *                       deriving mastery from it
 *   load_log_1000000_ms median of 3 such loads of a 1,000,000-answer log
 *                       (opened for writing, as the program opens it)
 *   record_answer_at_1000000_ms  median of 50 answers added to that log:
 *                       the durable append plus deriving mastery again,
 *                       which is what the program does after each answer
 *   log_peak_rss_mb     peak resident memory of a child process (this
 *                       program, started with --open-log) that loads the
 *                       course, opens the million-answer log and derives
 *                       mastery (the course is a few MB of it)
 *
 * Both run in a temporary folder on the same file system as $TMPDIR (the
 * fsync cost depends on it). The big log is written through the same
 * progress_record, with fsync replaced by a no-op through ProgressIo so
 * that generating it takes seconds rather than minutes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "os.h"
#include "mastery.h"
#include "progress.h"

enum { RECORD_RUNS = 200, LOAD_ANSWERS = 100000, LOAD_RUNS = 5, BIG_ANSWERS = 1000000, BIG_RUNS = 3, BIG_RECORDS = 50 };

static int no_fsync(void *ctx, int fd)
{
    (void)ctx;
    (void)fd;
    return 0;
}

static ProgressLog *open_log(const char *path, const ProgressIo *io, bool read_only)
{
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.read_only = read_only, .io = io, .utc_offset_min = 60}; /* the offset mastery uses below */
    ProgressLog *log = progress_open(path, &o, &d);
    char text[2048];
    for (size_t i = 0; !log && i < d.count; i++)
        fprintf(stderr, "bench: %s\n", cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    return log;
}

/* A plausible answer for question Q: what the quiz screens record. */
static Attempt answer(const Course *c, size_t k, uint64_t *rng, char *buf, size_t size)
{
    *rng = *rng * 6364136223846793005ULL + 1442695040888963407ULL;
    uint32_t r = (uint32_t)(*rng >> 33);
    const Question *q = &c->questions[r % c->nquestions];
    snprintf(buf, size, "{\"choice\":\"%s\",\"shown\":[\"a\",\"b\",\"c\",\"d\"]}",
             q->noptions ? q->options[r % q->noptions].id : "a");
    Attempt a = {0};
    a.time_ms = INT64_C(1767225600000) + (int64_t)k * 45000; /* 2026-01-01, an answer every 45 s */
    a.item = q->id;
    a.version = c->version ? c->version : "";
    a.answer = buf;
    a.score = (double)(r >> 8 & 3) / 3.0;
    a.ms = 2000 + (int64_t)(r >> 12 & 16383);
    a.mode = (AttemptMode)((r >> 4) % 4);
    return a;
}

static bool bench_record(const Course *c, const char *dir, double *ms)
{
    char path[4200], buf[256], err[256];
    AwError e;
    snprintf(path, sizeof path, "%s/record.jsonl", dir);
    ProgressLog *log = open_log(path, NULL, false);
    if (!log)
        return false;
    double t[RECORD_RUNS];
    uint64_t rng = 1;
    for (int i = 0; i < RECORD_RUNS; i++) {
        Attempt a = answer(c, (size_t)i, &rng, buf, sizeof buf);
        double t0 = benchutil_now_ms();
        if (!progress_record(log, &a, &e)) {
            fprintf(stderr, "bench: %s\n", cli_error(&e, err, sizeof err));
            progress_close(log);
            return false;
        }
        t[i] = benchutil_now_ms() - t0;
    }
    progress_close(log);
    os_unlink(path);
    *ms = benchutil_median(t, RECORD_RUNS);
    return true;
}

/* Writes a log of N answers drawn from SEED at PATH (fsync replaced by a no-op). */
static bool write_log(const Course *c, const char *path, size_t n, uint64_t seed)
{
    char buf[256], err[256];
    AwError e;
    ProgressIo io = {NULL, no_fsync, NULL};
    ProgressLog *log = open_log(path, &io, false);
    if (!log)
        return false;
    uint64_t rng = seed;
    for (size_t k = 0; k < n; k++) {
        Attempt a = answer(c, k, &rng, buf, sizeof buf);
        if (!progress_record(log, &a, &e)) {
            fprintf(stderr, "bench: %s\n", cli_error(&e, err, sizeof err));
            progress_close(log);
            return false;
        }
    }
    progress_close(log);
    return true;
}

static bool bench_load(const Course *c, const char *dir, double *ms)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/load.jsonl", dir);
    if (!write_log(c, path, LOAD_ANSWERS, 2))
        return false;
    double t[LOAD_RUNS];
    bool ok = true;
    for (int r = 0; r < LOAD_RUNS && ok; r++) {
        double t0 = benchutil_now_ms();
        ProgressLog *log = open_log(path, NULL, true);
        Mastery m;
        ok =
            log && progress_count(log) == LOAD_ANSWERS && mastery_compute(&m, c, log, INT64_C(1767225600000), 60, NULL);
        t[r] = benchutil_now_ms() - t0;
        if (ok)
            mastery_free(&m);
        progress_close(log);
    }
    os_unlink(path);
    if (!ok)
        cli_say("bench", STR_CLI_BENCH_LOG_DIFFERS);
    *ms = benchutil_median(t, LOAD_RUNS);
    return ok;
}

/* Opens the log at PATH for writing and derives mastery, as the program does at the start. */
static ProgressLog *open_big(const Course *c, const char *path, Mastery *m)
{
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.utc_offset_min = 60};
    ProgressLog *log = progress_open(path, &o, &d);
    diag_free(&d);
    if (log && (progress_count(log) < BIG_ANSWERS || !mastery_compute(m, c, log, INT64_C(1767225600000), 60, NULL))) {
        progress_close(log);
        return NULL;
    }
    return log;
}

/* The peak memory of a process that only opens the log at PATH: this
 * program again, with --open-log (see cli_bench_progress). */
static bool peak_of_open(const char *content, const char *path, double *rss_mb)
{
    char exe[4096];
    if (!os_exe_path(exe, sizeof exe))
        return false;
    char *argv[] = {exe, "bench", "progress", "--content", (char *)content, "--open-log", (char *)path, NULL};
    OsProcess p;
    return os_spawn(&p, exe, argv, NULL) && os_wait(&p, rss_mb);
}

static bool bench_big(const Course *c, const char *content, const char *dir, double *load_ms, double *record_ms,
                      double *rss_mb)
{
    char path[4200], buf[256], err[256];
    snprintf(path, sizeof path, "%s/big.jsonl", dir);
    if (!write_log(c, path, BIG_ANSWERS, 3))
        return false;
    double t[BIG_RECORDS];
    bool ok = true;
    for (int r = 0; r < BIG_RUNS && ok; r++) {
        Mastery m;
        double t0 = benchutil_now_ms();
        ProgressLog *log = open_big(c, path, &m);
        t[r] = benchutil_now_ms() - t0;
        ok = log != NULL;
        if (ok)
            mastery_free(&m);
        progress_close(log);
    }
    *load_ms = ok ? benchutil_median(t, BIG_RUNS) : 0;

    /* The peak memory of a process that only opens it. */
    ok = ok && peak_of_open(content, path, rss_mb);
    if (!ok)
        *rss_mb = 0;

    Mastery m;
    ProgressLog *log = ok ? open_big(c, path, &m) : NULL;
    ok = log != NULL;
    uint64_t rng = 4;
    for (int i = 0; ok && i < BIG_RECORDS; i++) {
        Attempt a = answer(c, BIG_ANSWERS + (size_t)i, &rng, buf, sizeof buf);
        double t0 = benchutil_now_ms();
        AwError e;
        ok = progress_record(log, &a, &e);
        if (ok) {
            mastery_free(&m);
            ok = mastery_compute(&m, c, log, INT64_C(1767225600000), 60, &e);
        }
        t[i] = benchutil_now_ms() - t0;
        if (!ok)
            fprintf(stderr, "bench: %s\n", cli_error(&e, err, sizeof err));
    }
    if (log) {
        if (ok)
            mastery_free(&m);
        progress_close(log);
    }
    *record_ms = ok ? benchutil_median(t, BIG_RECORDS) : 0;
    os_unlink(path);
    if (!ok)
        cli_say("bench", STR_CLI_BENCH_BIG_LOG_DIFFERS);
    return ok;
}

int cli_bench_progress(int argc, char **argv)
{
    char content[4096];
    const char *dir = NULL, *open_log = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--content") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--open-log") == 0 && i + 1 < argc) {
            open_log = argv[++i]; /* the child of log_peak_rss_mb */
        } else {
            fputs(cli_str(STR_CLI_BENCH_PROGRESS_USAGE), stderr);
            return 2;
        }
    }
    if (!dir) {
        if (!cli_default_content(content, sizeof content)) {
            cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
            return 1;
        }
        dir = content;
    }
    Diag d;
    diag_init(&d);
    Course *c = course_load(dir, &d);
    char text[2048];
    for (size_t i = 0; !c && i < d.count && i < 5; i++)
        fprintf(stderr, "%s\n", cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    if (!c)
        return 1;
    if (c->nquestions == 0) {
        cli_say("bench", STR_CLI_BENCH_NO_QUESTIONS);
        course_free(c);
        return 1;
    }
    if (open_log) {
        Mastery m;
        ProgressLog *log = open_big(c, open_log, &m);
        if (log) {
            mastery_free(&m); /* the peak is past: freeing does not lower it */
            progress_close(log);
        }
        course_free(c);
        return log ? 0 : 1;
    }

    char work[4096];
    if (!os_make_temp_folder("accountwijs-bench-", work, sizeof work)) {
        cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
        course_free(c);
        return 1;
    }
    double record_ms = 0, load_ms = 0;
    bool ok = bench_record(c, work, &record_ms);
    if (ok)
        printf("record_answer_ms %.3f ms\n", record_ms);
    fflush(stdout);
    ok = ok && bench_load(c, work, &load_ms);
    if (ok)
        printf("load_log_100000_ms %.3f ms\n", load_ms);
    fflush(stdout);
    double big_load = 0, big_record = 0, rss = 0;
    ok = ok && bench_big(c, dir, work, &big_load, &big_record, &rss);
    if (ok)
        printf("load_log_1000000_ms %.3f ms\nrecord_answer_at_1000000_ms %.3f ms\nlog_peak_rss_mb %.1f MB\n", big_load,
               big_record, rss);
    /* Whatever a failed run left behind: the logs and their lock-free side files. */
    static const char *const leftovers[] = {"record.jsonl",   "load.jsonl",           "record.jsonl.new",
                                            "load.jsonl.new", "record.jsonl.new.tmp", "load.jsonl.new.tmp",
                                            "big.jsonl",      "big.jsonl.new",        "big.jsonl.new.tmp"};
    for (size_t i = 0; i < sizeof leftovers / sizeof *leftovers; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", work, leftovers[i]);
        os_unlink(path);
    }
    os_rmdir(work);
    course_free(c);
    return ok ? 0 : 1;
}
