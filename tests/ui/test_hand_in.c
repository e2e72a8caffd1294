/* test_hand_in.c - a test's hand-in cut short: the crash is
 * rebuilt from a real hand-in (the kept file as it was marked "handing in",
 * the attempt log cut after K of the answers, tests.jsonl with or without
 * the test's line, a torn answer), then the app starts on that data folder.
 * Each answer of the test must be in the log exactly once, tests.jsonl must
 * hold one line of the test, the result and a note show, and nothing is
 * offered as "Ga verder". A full disk during the hand-in leaves it to the
 * next start the same way. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "exam_screens.h"
#include "fixture_app.h"
#include "profiles.h"

enum { ANSWERED = 3, MAX_WRITES = 16 };

static char data[400];    /* this test's data folder */
static char logpath[700]; /* its attempt log */
static char kept[700];    /* its resume-exam.json */
static char tests[700];   /* its tests.jsonl */

/* What the write hook saw of the hand-in. */
static struct {
    int writes;             /* answers written so far */
    int fail_after;         /* answers that go through; then the disk is full (-1: never) */
    off_t size[MAX_WRITES]; /* the log's length before each write */
    char *marked;           /* the kept file as it was when the first answer was written */
} hook;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static void spill(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static ssize_t hooked_write(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    struct stat st;
    assert_int_equal(fstat(fd, &st), 0);
    if (hook.writes == 0) {
        free(hook.marked);
        hook.marked = slurp(kept, NULL);
    }
    if (hook.fail_after >= 0 && hook.writes >= hook.fail_after) {
        errno = ENOSPC;
        return -1;
    }
    assert_true(hook.writes < MAX_WRITES);
    hook.size[hook.writes++] = st.st_size;
    return write(fd, buf, n);
}

/* Opens the profile of folder NAME and reopens its log through the hook. */
static void open_profile(const char *name, bool hooked)
{
    snprintf(data, sizeof data, "%s/%s", fixture_dir, name);
    app_progress_start(&app, data);
    assert_non_null(app.progress.log);
    char dir[600];
    assert_true(profiles_dir(data, app.progress.profile_id, dir, sizeof dir));
    snprintf(logpath, sizeof logpath, "%s/attempts.jsonl", dir);
    snprintf(kept, sizeof kept, "%s/resume-exam.json", dir);
    snprintf(tests, sizeof tests, "%s/tests.jsonl", dir);
    if (!hooked)
        return;
    static const ProgressIo io = {.write = hooked_write};
    progress_close(app.progress.log);
    ProgressOptions o = {.io = &io};
    Diag d;
    diag_init(&d);
    app.progress.log = progress_open(logpath, &o, &d);
    diag_free(&d);
    assert_non_null(app.progress.log);
}

/* A 10-question test with the first ANSWERED questions answered (the
 * first option shown), handed in by its buttons. */
static void answer_and_hand_in(void)
{
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    app.exam.length = 10;
    app.exam.seconds = 45;
    assert_true(exam_screen_start(&app));
    frame();
    Exam *e = &app.exam.exam;
    for (size_t i = 0; i < ANSWERED; i++) {
        fixture_answer(e, i);
        exam_touch(e, i);
        assert_true(exam_answered(e, i));
    }
    now_ms += 5000;
    frame(); /* kept as answered */
    assert_true(exists(kept));
    click("Inleveren");
    click("Ja, inleveren");
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
}

/* The app closes (as after a crash: nothing of the hand-in is redone) and
 * starts again on the same data folder, showing its first frame. */
static void restart(void)
{
    app_free(&app);
    ui_free(&ui);
    assert_int_equal(fixture_start(1280, 800, false), 0);
    char name[64];
    snprintf(name, sizeof name, "%s", strrchr(data, '/') + 1);
    open_profile(name, false);
    frame();
}

/* Lines of FILE that contain NEEDLE. */
static int lines_with(const char *file, const char *needle)
{
    char *text = slurp(file, NULL);
    int n = 0;
    for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n"))
        n += strstr(line, needle) != NULL;
    free(text);
    return n;
}

/* Each of the test's answered questions in the log exactly once, with the
 * session; tests.jsonl with the test's line once; no file kept, no offer. */
static void assert_recorded_once(const char *session, char ids[ANSWERED][PROGRESS_ITEM_MAX + 1])
{
    char needle[200];
    snprintf(needle, sizeof needle, "\"session\":\"%s\"", session);
    assert_int_equal(lines_with(logpath, needle), ANSWERED);
    for (size_t i = 0; i < ANSWERED; i++) {
        char item[PROGRESS_ITEM_MAX + 20];
        snprintf(item, sizeof item, "\"item\":\"%s\"", ids[i]);
        assert_int_equal(lines_with(logpath, item), 1);
    }
    assert_int_equal(lines_with(logpath, "\"mode\":\"exam\""), ANSWERED);
    assert_int_equal(lines_with(tests, needle), 1);
    assert_int_equal(lines_with(tests, "\"grade\""), 1);
    assert_false(exists(kept));
    assert_false(shows("Ga verder met je toets"));
}

/* Hands a test in, rebuilds the crash after K answers (with the test's
 * line when TEST_LINE, with half of answer K + 1 when TORN), starts again
 * and checks the result; then once more, to see nothing is written twice. */
static void crash_after(const char *name, int k, bool test_line, bool torn)
{
    hook.writes = 0;
    hook.fail_after = -1;
    open_profile(name, true);
    answer_and_hand_in();
    assert_int_equal(hook.writes, ANSWERED);
    assert_false(exists(kept));
    assert_non_null(hook.marked);
    assert_non_null(strstr(hook.marked, "\"handing_in\":true"));
    char session[RESUME_SESSION_SIZE], ids[ANSWERED][PROGRESS_ITEM_MAX + 1];
    snprintf(session, sizeof session, "%s", app.exam.session);
    assert_true(resume_session_ok(session));
    for (size_t i = 0; i < ANSWERED; i++)
        snprintf(ids[i], sizeof ids[i], "%s", exam_question(&app.exam.exam, i)->id);

    /* The crash: the log as it was after K answers, the kept file as
     * marked, tests.jsonl before or after the test's line. */
    size_t len;
    char *log = slurp(logpath, &len);
    size_t cut = k < ANSWERED ? (size_t)hook.size[k] : len;
    if (torn) {
        size_t next = (size_t)hook.size[k + 1];
        cut += (next - cut) / 2;
    }
    spill(logpath, log, cut);
    free(log);
    spill(kept, hook.marked, strlen(hook.marked));
    if (!test_line)
        assert_int_equal(unlink(tests), 0);

    restart();
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_true(shows("Uitslag"));
    assert_true(strstr(app.error, "Het inleveren van je vorige toets werd onderbroken. Het is nu afgemaakt") != NULL);
    assert_string_equal(app.exam.session, session);
    assert_recorded_once(session, ids);
    /* Voortgang lists it: the app's list of tests has it once. */
    size_t listed = 0;
    for (size_t i = 0; i < app.progress.tests.n; i++)
        listed += strcmp(app.progress.tests.items[i].session, session) == 0;
    assert_int_equal(listed, 1);

    /* And the next start finds nothing left to do. */
    app.error[0] = '\0';
    restart();
    assert_int_equal(app.screen, SCREEN_START);
    assert_null(strstr(app.error, "onderbroken"));
    assert_recorded_once(session, ids);
    free(hook.marked);
    hook.marked = NULL;
}

static void a_hand_in_cut_short_before_the_first_answer_is_completed_at_the_next_start(void **state)
{
    (void)state;
    crash_after("before-first", 0, false, false);
}

static void a_hand_in_cut_short_after_one_answer_writes_only_the_others(void **state)
{
    (void)state;
    crash_after("after-one", 1, false, false);
}

static void a_hand_in_cut_short_inside_an_answer_writes_that_answer_once(void **state)
{
    (void)state;
    crash_after("torn", 1, false, true);
}

static void a_hand_in_cut_short_after_every_answer_writes_only_the_test_line(void **state)
{
    (void)state;
    crash_after("after-all", ANSWERED, false, false);
}

static void a_hand_in_cut_short_after_the_test_line_writes_nothing_twice(void **state)
{
    (void)state;
    crash_after("after-line", ANSWERED, true, false);
}

static void a_full_disk_at_hand_in_loses_nothing_and_the_next_start_completes_it(void **state)
{
    (void)state;
    hook.writes = 0;
    hook.fail_after = 1;
    open_profile("full-disk", true);
    answer_and_hand_in();
    assert_true(app.exam.record_failed);
    assert_true(shows("Niet alle antwoorden zijn bewaard (1 van 3)."));
    /* The kept file stays, marked, after the frames that follow. */
    frame();
    assert_true(exists(kept));
    char *text = slurp(kept, NULL);
    assert_non_null(strstr(text, "\"handing_in\":true"));
    free(text);
    /* A new test does not start over it while the disk is full. */
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    assert_false(exam_screen_start(&app));
    assert_true(exists(kept));
    char session[RESUME_SESSION_SIZE], ids[ANSWERED][PROGRESS_ITEM_MAX + 1];
    snprintf(session, sizeof session, "%s", app.exam.session);
    for (size_t i = 0; i < ANSWERED; i++)
        snprintf(ids[i], sizeof ids[i], "%s", exam_question(&app.exam.exam, i)->id);
    /* Closed; the disk has room again at the next start. */
    restart();
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_recorded_once(session, ids);
    free(hook.marked);
    hook.marked = NULL;
}

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-hand-in");
}

static int start(void **state)
{
    (void)state;
    return fixture_start(1280, 800, false);
}

int main(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test_setup_teardown(a_hand_in_cut_short_before_the_first_answer_is_completed_at_the_next_start,
                                        start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_hand_in_cut_short_after_one_answer_writes_only_the_others, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_hand_in_cut_short_inside_an_answer_writes_that_answer_once, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_hand_in_cut_short_after_every_answer_writes_only_the_test_line, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_hand_in_cut_short_after_the_test_line_writes_nothing_twice, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_full_disk_at_hand_in_loses_nothing_and_the_next_start_completes_it, start,
                                        fixture_stop),
    };
    return cmocka_run_group_tests(t, setup, fixture_teardown);
}
