/* test_exam_log.c - the list of handed-in tests (exam_log.h): a line per
 * test that reads back as written, a missing file that is an empty list,
 * and a torn or damaged line that is skipped without losing the others. */
#include <stdarg.h>
#include <stddef.h>
#include <errno.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exam_log.h"

static char dir[256], path[300];

static int setup(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/aw-exam-log-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/" EXAM_LOG_NAME, dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    return rmdir(dir);
}

static int fresh(void **state)
{
    (void)state;
    unlink(path);
    return 0;
}

static void append_text(const char *text)
{
    FILE *f = fopen(path, "a");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const ExamRecord first = {INT64_C(1772445600000), 10, 8, 0.466667, 52, false, ""};
static const ExamRecord second = {INT64_C(1772532000123), 40, 40, 1, 100, true, "t19c9a8f2c1b-3-5e1d"};

static void assert_record(const ExamRecord *got, const ExamRecord *want)
{
    assert_int_equal(got->time_ms, want->time_ms);
    assert_int_equal(got->questions, want->questions);
    assert_int_equal(got->answered, want->answered);
    assert_true(got->score > want->score - 1e-6 && got->score < want->score + 1e-6);
    assert_int_equal(got->grade_tenths, want->grade_tenths);
    assert_int_equal(got->timed_out, want->timed_out);
    assert_string_equal(got->session, want->session);
}

static void a_missing_file_is_an_empty_list(void **state)
{
    (void)state;
    ExamHistory h;
    AwError err;
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 0);
    assert_int_equal(h.skipped, 0);
    exam_log_free(&h);
}

static void tests_read_back_as_written_oldest_first(void **state)
{
    (void)state;
    AwError err;
    assert_true(exam_log_append(path, &first, &err));
    assert_true(exam_log_append(path, &second, &err));
    ExamHistory h;
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 2);
    assert_record(&h.items[0], &first);
    assert_record(&h.items[1], &second);
    exam_log_free(&h);
}

static void a_torn_last_line_is_skipped_and_the_next_test_starts_on_its_own_line(void **state)
{
    (void)state;
    AwError err;
    assert_true(exam_log_append(path, &first, &err));
    append_text("{\"time\":\"2026-03-02T1"); /* killed mid-write */
    ExamHistory h;
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 1);
    assert_int_equal(h.skipped, 1);
    exam_log_free(&h);
    assert_true(exam_log_append(path, &second, &err));
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 2);
    assert_int_equal(h.skipped, 1);
    assert_record(&h.items[1], &second);
    exam_log_free(&h);
}

static void lines_that_are_not_a_test_are_skipped(void **state)
{
    (void)state;
    append_text("not json\n");
    append_text(
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":11,\"score\":0.5,\"grade\":55}\n");
    append_text("{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":5,\"score\":1.5,\"grade\":55}\n");
    append_text(
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":5,\"score\":0.5,\"grade\":101}\n");
    /* a later version's extra key is fine; timed_out may be left out */
    append_text("{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":5,\"score\":0.5,\"grade\":55,"
                "\"new\":[1]}\n");
    ExamHistory h;
    AwError err;
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 1);
    assert_int_equal(h.skipped, 4);
    assert_int_equal(h.items[0].grade_tenths, 55);
    assert_false(h.items[0].timed_out);
    exam_log_free(&h);
}

static void a_file_that_cannot_be_written_says_where(void **state)
{
    (void)state;
    char bad[400];
    AwError err;
    snprintf(bad, sizeof bad, "%s/no-such-folder/" EXAM_LOG_NAME, dir);
    assert_false(exam_log_append(bad, &first, &err));
    assert_int_equal(err.code, AW_ERR_EXAM_NOT_SAVED);
    assert_int_equal(err.sys, ENOENT);
    assert_non_null(strstr(err.path, "no-such-folder"));
}

static void a_test_keeps_its_session_and_an_older_line_has_none(void **state)
{
    (void)state;
    AwError err;
    assert_true(exam_log_append(path, &second, &err));
    assert_true(exam_log_append(path, &first, &err));
    /* an older line, and one whose session is not a string */
    append_text("{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":5,\"score\":0.5,\"grade\":55}\n");
    append_text("{\"time\":\"2026-03-02T10:00:00.000Z\",\"questions\":10,\"answered\":5,\"score\":0.5,\"grade\":55,"
                "\"session\":7}\n");
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[512];
    assert_non_null(fgets(line, sizeof line, f));
    fclose(f);
    assert_non_null(strstr(line, ",\"session\":\"t19c9a8f2c1b-3-5e1d\"}"));
    ExamHistory h;
    assert_true(exam_log_load(path, &h, &err));
    assert_int_equal(h.n, 4);
    assert_record(&h.items[0], &second);
    assert_record(&h.items[1], &first);
    assert_string_equal(h.items[2].session, "");
    assert_string_equal(h.items[3].session, "");
    exam_log_free(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(a_missing_file_is_an_empty_list, fresh),
        cmocka_unit_test_setup(tests_read_back_as_written_oldest_first, fresh),
        cmocka_unit_test_setup(a_torn_last_line_is_skipped_and_the_next_test_starts_on_its_own_line, fresh),
        cmocka_unit_test_setup(lines_that_are_not_a_test_are_skipped, fresh),
        cmocka_unit_test_setup(a_file_that_cannot_be_written_says_where, fresh),
        cmocka_unit_test_setup(a_test_keeps_its_session_and_an_older_line_has_none, fresh),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
