/* test_progress_torn.c - the log writer's own test of a torn last line and
 * of a write the system refuses, with no help from outside the program:
 * it runs on Windows (under Wine in CI), where test_progress_crash (fork,
 * SIGKILL) and the power-loss test (an LD_PRELOAD interposer) cannot. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "os.h"
#include "progress_fixture.h"
#include "progress_internal.h"

static char *dir;
static char path[4200];

static int setup(void **state)
{
    (void)state;
    dir = fx_tempdir();
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fx_free_dir(dir);
    return 0;
}

static ProgressLog *open_log(Diag *d)
{
    diag_free(d);
    diag_init(d);
    ProgressOptions o = {.now_ms = fx_time(0)};
    return progress_open(path, &o, d);
}

static void record(ProgressLog *log, const char *item, int64_t minutes)
{
    AwError err;
    Attempt a = fx_attempt(item, 1, minutes);
    if (!progress_record(log, &a, &err))
        fail_msg("record %s: %s", item, aw_error_name(err.code));
}

/* A log of three answers written by the writer itself, then a fourth cut
 * after every one of its bytes in turn (a crash mid-write can leave any
 * prefix): each time the three load, the tail is reported as torn and set
 * aside, and the next answer starts on a line of its own. */
static void a_last_line_cut_after_any_byte_is_skipped_and_the_next_answer_starts_a_new_line(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    ProgressLog *log = open_log(&d);
    assert_non_null(log);
    for (int i = 0; i < 4; i++)
        record(log, i % 2 ? "q1a" : "q1b", i);
    progress_close(log);
    size_t full_len = 0;
    char *full = fx_read(path, &full_len);
    assert_non_null(full);
    /* Where the fourth line starts. */
    size_t last = full_len - 1;
    while (last > 0 && full[last - 1] != '\n')
        last--;
    assert_true(last > 0 && last < full_len - 1);

    char torn_path[4300];
    snprintf(torn_path, sizeof torn_path, "%s.torn", path);
    for (size_t cut = last + 1; cut < full_len; cut++) {
        fx_write(path, "wb", full, cut);
        os_unlink(torn_path);
        log = open_log(&d);
        assert_non_null(log);
        const ProgressReport *r = progress_report(log);
        if (!r->torn || progress_count(log) != 3)
            fail_msg("cut at %zu of %zu: torn %d, %zu answers", cut, full_len, r->torn, progress_count(log));
        assert_int_equal(r->torn_bytes, cut - last);
        record(log, "q2a", 10);
        progress_close(log);

        size_t len = 0;
        char *text = fx_read(path, &len);
        assert_memory_equal(text, full, last); /* the three answers, untouched */
        assert_true(text[last] == '{' && text[len - 1] == '\n');
        assert_null(memchr(text + last, '\n', len - last - 1)); /* one whole line */
        free(text);
        log = open_log(&d);
        assert_false(progress_report(log)->torn);
        assert_int_equal(progress_count(log), 4);
        assert_int_equal(d.count, 0);
        progress_close(log);
    }
    diag_free(&d);
    free(full);
}

/* The system refuses the write (the descriptor under the log is swapped
 * for one opened read-only): the answer is reported as not saved, the file
 * keeps its bytes, the log refuses further answers instead of writing
 * after a failure it could not undo, and a new session loads every answer. */
static void a_write_the_system_refuses_leaves_the_log_as_it_was(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    ProgressLog *log = open_log(&d);
    assert_non_null(log);
    record(log, "q1a", 0);
    record(log, "q1b", 1);
    size_t len0 = 0;
    char *before = fx_read(path, &len0);

    int ro = os_open(path, OS_READ, 0);
    assert_true(ro >= 0);
    int fd = log->fd;
    log->fd = ro;
    Attempt a = fx_attempt("q2a", 1, 2);
    AwError err;
    assert_false(progress_record(log, &a, &err));
    assert_int_equal(err.code, AW_ERR_ANSWER_NOT_SAVED);
    assert_int_not_equal(err.sys, 0);
    assert_string_equal(err.path, path);
    assert_int_equal(progress_count(log), 2);
    assert_false(progress_record(log, &a, &err));
    assert_int_equal(err.code, AW_ERR_LOG_BROKEN);
    log->fd = fd;
    os_close(ro);
    progress_close(log);

    size_t len1 = 0;
    char *after = fx_read(path, &len1);
    assert_int_equal(len0, len1);
    assert_memory_equal(before, after, len0);
    free(before);
    free(after);

    log = open_log(&d);
    assert_non_null(log);
    assert_int_equal(progress_count(log), 2);
    assert_int_equal(d.count, 0);
    record(log, "q2a", 3);
    progress_close(log);
    log = open_log(&d);
    assert_int_equal(progress_count(log), 3);
    progress_close(log);
    diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_last_line_cut_after_any_byte_is_skipped_and_the_next_answer_starts_a_new_line,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(a_write_the_system_refuses_leaves_the_log_as_it_was, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
