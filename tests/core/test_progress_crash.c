/* test_progress_crash.c - the promise behind progress_record: an answer it
 * acknowledged survives a crash. A child process records answers in a loop
 * and reports the sequence number of each acknowledged one through a pipe;
 * the parent kills it with SIGKILL at a random moment (sometimes while it
 * is still opening and repairing the log), 200 times on the same log.
 * Afterwards the log loads, every acknowledged answer is in it, none is
 * there twice, and no line in the middle is damaged. Some answers are
 * several pages long, so a kill can land inside one write(). The first
 * round waits for one acknowledgement to time an answer; the kills then
 * fall within three times that (8 to 30 ms).
 *
 * AW_CRASH_ROUNDS overrides the number of rounds (valgrind runs fewer). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

#include "progress_fixture.h"

enum { SEQ_STRIDE = 1000000, BIG_ANSWER = 9000 };

static uint64_t next_random(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Records answers until killed; writes "SEQ\n" for each acknowledged one. */
static void child(const char *path, uint32_t base, int ack)
{
    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(path, NULL, &d);
    if (!log)
        _exit(3);
    static char answer[BIG_ANSWER + 64];
    char line[16];
    AwError err;
    for (uint32_t k = 0;; k++) {
        uint32_t seq = base + k;
        int n = snprintf(answer, sizeof answer, "{\"seq\":%u,\"pad\":\"", seq);
        size_t pad = seq % 16 == 5 ? BIG_ANSWER : 8;
        memset(answer + n, 'x', pad);
        memcpy(answer + n + pad, "\"}", 3);
        Attempt a = fx_attempt(seq % 3 ? "q1a" : "q2b", (double)(seq % 5) / 4.0, k);
        a.answer = answer;
        if (!progress_record(log, &a, &err))
            _exit(4);
        n = snprintf(line, sizeof line, "%u\n", seq);
        if (write(ack, line, (size_t)n) != n) /* at most PIPE_BUF: atomic */
            _exit(5);
    }
}

static int64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

typedef struct {
    uint32_t *v;
    size_t n, cap;
} Seqs;

static void push(Seqs *s, uint32_t x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        assert_non_null(s->v);
    }
    s->v[s->n++] = x;
}

static bool collect_seq(void *ctx, const Attempt *a)
{
    unsigned seq;
    assert_int_equal(sscanf(a->answer, "{\"seq\":%u,", &seq), 1);
    push(ctx, seq);
    return true;
}

static void read_acks(int fd, Seqs *acked)
{
    char buf[4096];
    uint32_t cur = 0;
    bool digits = false;
    ssize_t r;
    while ((r = read(fd, buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR))
        for (ssize_t i = 0; i < r; i++) {
            if (buf[i] == '\n') {
                assert_true(digits);
                push(acked, cur);
                cur = 0;
                digits = false;
            } else {
                cur = cur * 10 + (uint32_t)(buf[i] - '0');
                digits = true;
            }
        }
    assert_false(digits); /* pipe writes are whole lines */
}

static void acknowledged_answers_survive_sigkill_at_random_moments(void **state)
{
    (void)state;
    char *dir = fx_tempdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    const char *env = getenv("AW_CRASH_ROUNDS");
    int rounds = env && atoi(env) > 0 ? atoi(env) : 200;
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    Seqs acked = {0};
    int killed_while_running = 0;
    int64_t max_us = 8000;

    for (int round = 0; round < rounds; round++) {
        int p[2];
        assert_int_equal(pipe(p), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(p[0]);
            child(path, (uint32_t)(round + 1) * SEQ_STRIDE, p[1]);
        }
        close(p[1]);
        if (round == 0) {
            /* Calibrate: the kills land within a few answers' time, also
             * under valgrind or on a slow disk. */
            int64_t t0 = now_us();
            uint32_t first = 0;
            char c;
            while (read(p[0], &c, 1) == 1 && c != '\n')
                first = first * 10 + (uint32_t)(c - '0');
            push(&acked, first);
            int64_t took = now_us() - t0;
            if (took * 3 > max_us)
                max_us = took * 3 < 30000 ? took * 3 : 30000; /* keep the test to a few seconds */
        } else {
            int64_t us = (int64_t)(next_random(&rng) % (uint64_t)max_us);
            struct timespec ts = {(time_t)(us / 1000000), (long)(us % 1000000) * 1000};
            nanosleep(&ts, NULL);
        }
        kill(pid, SIGKILL);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (!WIFSIGNALED(status))
            fail_msg("round %d: the child stopped by itself (status %d)", round, WEXITSTATUS(status));
        killed_while_running++;
        read_acks(p[0], &acked);
        close(p[0]);
    }

    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(path, NULL, &d);
    assert_non_null(log);
    assert_int_equal(progress_report(log)->skipped_lines, 0);
    /* The log keeps only its newest attempts in full: read them all again. */
    Seqs found = {0};
    assert_true(progress_scan(path, collect_seq, &found));
    assert_int_equal(found.n, progress_count(log));
    qsort(found.v, found.n, sizeof *found.v, cmp_u32);
    for (size_t i = 1; i < found.n; i++)
        if (found.v[i] == found.v[i - 1])
            fail_msg("answer %u is in the log twice", found.v[i]);
    for (size_t i = 0; i < acked.n; i++)
        if (!bsearch(&acked.v[i], found.v, found.n, sizeof *found.v, cmp_u32))
            fail_msg("acknowledged answer %u is missing from the log", acked.v[i]);
    char torn[4300];
    snprintf(torn, sizeof torn, "%s.torn", path);
    size_t torn_len = 0;
    free(fx_read(torn, &torn_len));
    print_message("%d kills within %lld us, %zu answers acknowledged, %zu in the log, %zu bytes of torn lines set "
                  "aside\n",
                  killed_while_running, (long long)max_us, acked.n, found.n, torn_len);
    assert_true(acked.n > 0);
    assert_true(found.n >= acked.n);
    progress_close(log);
    diag_free(&d);
    free(found.v);
    free(acked.v);
    fx_free_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(acknowledged_answers_survive_sigkill_at_random_moments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
