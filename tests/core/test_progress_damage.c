/* test_progress_damage.c - the attempt log against damage and tricks:
 * a bad header no longer hides the readable answers below it,
 * and a log or profile folder that is a symbolic link is refused instead of
 * followed out of the data folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "progress_fixture.h"

#define LINE_A                                                                                                         \
    "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"q1\",\"content_version\":\"v1\",\"answer\":{\"choice\":\"a\"}," \
    "\"score\":1,\"ms\":1500,\"mode\":\"practice\"}\n"
#define LINE_B                                                                                                         \
    "{\"time\":\"2026-03-02T10:01:00.000Z\",\"item\":\"q2\",\"content_version\":\"v1\",\"answer\":null,"               \
    "\"score\":0.5,\"ms\":0,\"mode\":\"exam\"}\n"

static bool diag_has(const Diag *d, const char *part)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(diag_text_nl(&d->messages[i]), part))
            return true;
    return false;
}

static void progress_open_salvages_the_answers_below_a_bad_header(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    const char text[] = "{\"kind\":\"accountwijs-attem\xff\n" LINE_A "not an answer\n" LINE_B "{\"time\":\"20";
    fx_write(path, "wb", text, sizeof text - 1);
    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(path, &(ProgressOptions){.now_ms = fx_time(0)}, &d);
    assert_non_null(log);
    const ProgressReport *r = progress_report(log);
    assert_true(r->moved_aside);
    assert_int_equal(r->salvaged, 2);
    assert_int_equal(progress_count(log), 2);
    assert_string_equal(progress_attempts(log)[0].item, "q1");
    assert_string_equal(progress_attempts(log)[1].item, "q2");
    assert_true(diag_has(&d, "de 2 antwoorden die nog leesbaar waren, staan in je nieuwe logboek"));
    /* The original stays aside, byte for byte. */
    size_t n;
    char *aside = fx_read(r->moved_path, &n);
    assert_non_null(aside);
    assert_int_equal(n, sizeof text - 1);
    assert_memory_equal(aside, text, n);
    free(aside);
    /* The next answer goes after the saved ones, and all three load again. */
    Attempt a = fx_attempt("q3", 1, 5);
    AwError err;
    assert_true(progress_record(log, &a, &err));
    progress_close(log);
    diag_free(&d);
    diag_init(&d);
    log = progress_open(path, NULL, &d);
    assert_non_null(log);
    assert_int_equal(progress_count(log), 3);
    assert_int_equal(d.count, 0);
    progress_close(log);
    diag_free(&d);
    fx_free_dir(dir);
}

static void progress_open_refuses_a_log_that_is_a_link(void **state)
{
#ifdef _WIN32
    skip(); /* symbolic links need an administrator (or developer mode) on Windows */
#endif
    (void)state;
    char *dir = fx_tempdir(), path[4200], outside[4200];
    snprintf(outside, sizeof outside, "%s/elsewhere.txt", dir);
    fx_write(outside, "wb", "keep me\n", 8);
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    assert_int_equal(symlink(outside, path), 0);
    for (int ro = 0; ro < 2; ro++) {
        Diag d;
        diag_init(&d);
        ProgressLog *log = progress_open(path, &(ProgressOptions){.read_only = ro}, &d);
        assert_null(log);
        assert_true(diag_has(&d, "het logboek is een koppeling (symbolische link)"));
        diag_free(&d);
    }
    size_t n;
    char *kept = fx_read(outside, &n);
    assert_int_equal(n, 8);
    assert_memory_equal(kept, "keep me\n", 8);
    free(kept);
    /* A dangling link is not a missing log: nothing is created behind it. */
    unlink(outside);
    Diag d;
    diag_init(&d);
    assert_null(progress_open(path, NULL, &d));
    assert_false(fx_exists(outside));
    diag_free(&d);
    fx_free_dir(dir);
}

static void progress_open_refuses_a_profile_folder_that_is_a_link(void **state)
{
#ifdef _WIN32
    skip(); /* symbolic links need an administrator (or developer mode) on Windows */
#endif
    (void)state;
    char *dir = fx_tempdir(), real[4200], profile[4200], path[4300];
    snprintf(real, sizeof real, "%s/outside", dir);
    assert_int_equal(mkdir(real, 0700), 0);
    snprintf(profile, sizeof profile, "%s/p-00000000000000a1", dir);
    assert_int_equal(symlink(real, profile), 0);
    snprintf(path, sizeof path, "%s/attempts.jsonl", profile);
    Diag d;
    diag_init(&d);
    assert_null(progress_open(path, NULL, &d));
    assert_true(diag_has(&d, "de map van dit profiel is een koppeling"));
    diag_free(&d);
    snprintf(path, sizeof path, "%s/attempts.jsonl", real);
    assert_false(fx_exists(path));
    fx_free_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(progress_open_salvages_the_answers_below_a_bad_header),
        cmocka_unit_test(progress_open_refuses_a_log_that_is_a_link),
        cmocka_unit_test(progress_open_refuses_a_profile_folder_that_is_a_link),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
