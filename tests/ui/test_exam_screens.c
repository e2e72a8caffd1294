/* test_exam_screens.c - the test (toets) screens driven through the app
 * with the fake measurer: the seed-1 draw that tests/scripts/exam.aws
 * answers, the clock's text and wake-ups, no feedback while the test runs,
 * hand-in recording every answer with mode "exam", the result's cijfer with
 * the word beside it, and a test left running when the student goes away. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>

#include <cmocka.h>

#include "exam_screens.h"
#include "fixture_app.h"
#include "profiles.h"

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-exam");
}

static int start(void **state)
{
    (void)state;
    return fixture_start(1280, 800, false);
}

/* A 10-question test of 45 s a question, on screen. */
static void begin(void)
{
    app_open(&app, SCREEN_EXAM_SETUP);
    frame(); /* the app reads the clock */
    app.exam.length = 10;
    app.exam.seconds = 45;
    assert_true(exam_screen_start(&app));
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM);
}

/* Answers questions 3 and 7 of the seed-1 test right, leaves the rest
 * open and hands in: 2 of 10. */
static void hand_in_two_right(void)
{
    click("3");
    click("Bottom-up, omdat de informatie");
    click("7");
    click("Juist");
    click("Inleveren");
    click("Ja, inleveren");
}

static void seed_1_draws_the_test_that_exam_aws_answers(void **state)
{
    (void)state;
    static const char *const ids[] = {"q1-7-12", "q1-2-10", "q1-4-02", "q1-1-07", "q1-3-10",
                                      "q1-6-11", "q1-5-05", "q1-1-04", "q1-6-09", "q1-5-12"};
    begin();
    Exam *e = &app.exam.exam;
    assert_int_equal(e->n, 10);
    for (size_t i = 0; i < 10; i++)
        assert_string_equal(exam_question(e, i)->id, ids[i]);
    /* The next test of the session is another draw. */
    app_back(&app);
    assert_true(exam_screen_start(&app));
    size_t same = 0;
    for (size_t i = 0; i < app.exam.exam.n; i++)
        same += strcmp(exam_question(&app.exam.exam, i)->id, ids[i]) == 0;
    assert_true(same < 10);
}

static void the_clock_reads_minutes_and_seconds_rounded_up(void **state)
{
    (void)state;
    char s[16];
    exam_clock_text(450000, s);
    assert_string_equal(s, "7:30");
    exam_clock_text(449001, s);
    assert_string_equal(s, "7:30");
    exam_clock_text(449000, s);
    assert_string_equal(s, "7:29");
    exam_clock_text(1, s);
    assert_string_equal(s, "0:01");
    exam_clock_text(0, s);
    assert_string_equal(s, "0:00");
    exam_clock_text(3600000, s);
    assert_string_equal(s, "1:00:00");
    exam_clock_text(3 * 3600000 + 61000, s);
    assert_string_equal(s, "3:01:01");
}

static void the_clock_asks_for_a_frame_at_the_next_second(void **state)
{
    (void)state;
    now_ms = 5000;
    begin();
    assert_true(shows("7:30"));
    assert_int_equal(app.wake_at_ms, 6000);
    app.wake_at_ms = 0;
    now_ms = 6250;
    frame();
    assert_true(shows("7:29"));
    assert_int_equal(app.wake_at_ms, 7000);
}

static void no_feedback_while_the_test_runs(void **state)
{
    (void)state;
    begin();
    /* Question 3 is a single choice; its right option chosen. */
    click("3");
    assert_true(shows("Vraag 3 van 10"));
    click("Bottom-up, omdat de informatie");
    assert_true(shows("1 beantwoord"));
    assert_false(shows("\xE2\x9C\x93"));
    assert_false(shows("Juist."));
    assert_false(shows("Uitleg"));
}

static void hand_in_records_every_answer_as_an_exam_attempt(void **state)
{
    (void)state;
    char data[300];
    snprintf(data, sizeof data, "%s/data", fixture_dir);
    app_progress_start(&app, data);
    assert_non_null(app.progress.log);
    size_t before = progress_count(app.progress.log);
    begin();
    click("Vak 1"); /* 1: q1-7-12 */
    input_text(&in, "troubleshooter");
    frame();
    click("3");
    click("Bottom-up, omdat de informatie"); /* 3: right */
    click("7");
    click("Juist"); /* 7: q1-5-05, right */
    click("Inleveren");
    assert_true(shows("Je hebt 7 van de 10 vragen nog niet beantwoord."));
    click("Ja, inleveren");
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_int_equal(progress_count(app.progress.log), before + 3);
    const Attempt *a = progress_attempts(app.progress.log) + before;
    static const char *const ids[] = {"q1-7-12", "q1-4-02", "q1-5-05"};
    static const double scores[] = {0.5, 1, 1};
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(a[i].item, ids[i]);
        assert_int_equal(a[i].mode, ATTEMPT_EXAM);
        assert_true(a[i].score > scores[i] - 1e-9 && a[i].score < scores[i] + 1e-9);
    }
    assert_true(shows("Je antwoorden staan in je voortgang."));
    app_profile_close(&app);
}

static ssize_t full_disk(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    (void)fd;
    (void)buf;
    (void)n;
    errno = ENOSPC;
    return -1;
}

/* Reopens the profile's log, writing through IO (NULL: the real calls). */
static void reopen_log(const ProgressIo *io)
{
    char data[300], path[600];
    snprintf(data, sizeof data, "%s/data", fixture_dir);
    assert_true(profiles_log_path(data, app.progress.profile_id, path, sizeof path));
    progress_close(app.progress.log);
    ProgressOptions o = {.io = io};
    Diag d;
    diag_init(&d);
    app.progress.log = progress_open(path, &o, &d);
    diag_free(&d);
    assert_non_null(app.progress.log);
}

static void a_failed_save_is_shown_and_can_be_tried_again(void **state)
{
    (void)state;
    char data[300];
    snprintf(data, sizeof data, "%s/data", fixture_dir);
    app_progress_start(&app, data);
    static const ProgressIo io = {.write = full_disk};
    reopen_log(&io);
    size_t before = progress_count(app.progress.log);
    begin();
    hand_in_two_right();
    /* The result stands; the student is told the answers are not kept. */
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_true(app.error[0] != '\0');
    assert_true(shows("2,8"));
    assert_true(shows("Niet alle antwoorden zijn bewaard (0 van 2)."));
    assert_int_equal(progress_count(app.progress.log), before);
    /* The disk has room again. */
    reopen_log(NULL);
    click("Opnieuw bewaren");
    assert_int_equal(progress_count(app.progress.log), before + 2);
    assert_true(shows("Je antwoorden staan in je voortgang."));
    assert_false(shows("Opnieuw bewaren"));
    app_profile_close(&app);
}

static void the_result_shows_the_cijfer_with_its_word_and_rule(void **state)
{
    (void)state;
    begin();
    hand_in_two_right();
    /* 2 of 10: 1 + 9 x 0.2 = 2.8 */
    const DrawCmd *grade = find_text(&ui.dl, "2,8", false);
    const DrawCmd *word = find_text(&ui.dl, "cijfer", false);
    assert_non_null(grade);
    assert_non_null(word);
    assert_true(word->rect.x > grade->rect.x + grade->rect.w); /* beside it */
    assert_true(word->rect.y < grade->rect.y + grade->rect.h); /* on its line */
    assert_true(word->rect.y + word->rect.h > grade->rect.y);
    assert_true(grade->font.size > app.typo.h1.size);
    assert_true(shows("cijfer = 1 + 9 \xC3\x97 score; geslaagd vanaf 5,5"));
    assert_true(shows("\xE2\x9C\x97 Niet geslaagd"));
    assert_true(shows("Score: 20%"));
}

static void esc_leaves_the_test_running_and_the_clock_hands_in_elsewhere(void **state)
{
    (void)state;
    begin();
    click("3");
    click("Bottom-up, omdat de informatie");
    app.wake_at_ms = 0; /* as the platform does after waking up */
    input_key(&in, UI_KEY_ESCAPE, 0);
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM_SETUP);
    assert_true(app.exam.running);
    assert_true(shows("Verder met de toets"));
    /* The setup asks for a frame when the time runs out. */
    app.wake_at_ms = 0;
    frame();
    assert_int_equal(app.wake_at_ms, 450000);
    now_ms = 450000;
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_true(app.exam.exam.timed_out);
    assert_true(shows("De tijd was om"));
    assert_true(shows("1,9")); /* 1 of 10: 1.9 */
}

static void flagging_and_skipping(void **state)
{
    (void)state;
    begin();
    click("Markeren");
    assert_true(app.exam.exam.flagged[0]);
    assert_true(shows("Markering weghalen"));
    assert_true(shows("0 beantwoord \xC2\xB7 10 open \xC2\xB7 1 gemarkeerd"));
    click("Overslaan");
    assert_int_equal(app.exam.exam.current, 1);
    input_key(&in, UI_KEY_RIGHT, UI_MOD_ALT);
    frame();
    assert_int_equal(app.exam.exam.current, 2);
    input_key(&in, UI_KEY_LEFT, UI_MOD_ALT);
    frame();
    assert_int_equal(app.exam.exam.current, 1);
    click("Vorige");
    assert_int_equal(app.exam.exam.current, 0);
    assert_false(shows("Vorige"));
}

static void the_screens_speak_english_too(void **state)
{
    (void)state;
    app.lang = LANG_EN;
    begin();
    assert_true(shows("Question 1 of 10"));
    assert_true(shows("Time left"));
    click("Hand in");
    assert_true(shows("You have not answered 10 of the 10 questions."));
    click("Yes, hand in");
    assert_true(shows("1,0"));
    assert_true(shows("cijfer (grade)"));
    assert_true(shows("\xE2\x9C\x97 Not passed"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(seed_1_draws_the_test_that_exam_aws_answers, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_clock_reads_minutes_and_seconds_rounded_up, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_clock_asks_for_a_frame_at_the_next_second, start, fixture_stop),
        cmocka_unit_test_setup_teardown(no_feedback_while_the_test_runs, start, fixture_stop),
        cmocka_unit_test_setup_teardown(hand_in_records_every_answer_as_an_exam_attempt, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_failed_save_is_shown_and_can_be_tried_again, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_result_shows_the_cijfer_with_its_word_and_rule, start, fixture_stop),
        cmocka_unit_test_setup_teardown(esc_leaves_the_test_running_and_the_clock_hands_in_elsewhere, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(flagging_and_skipping, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_screens_speak_english_too, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
