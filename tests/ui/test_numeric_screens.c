/* test_numeric_screens.c - a numeric question answered through the app with
 * the fake measurer: typing the number in practice (a refused text is not
 * checked and says why, a known mistake gets its feedback in the retry,
 * the right number shows with the Dutch decimal comma), the same in English,
 * and in a test (the refusal as it is typed, the answer recorded at
 * hand-in, the review). The course is a small one of its own, so that the
 * test draws its numeric question whatever the real content holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "class_screens.h"
#include "exam_screens.h"
#include "fixture_app.h"
#include "widgets.h"

/* Three questions in one section: a sum with a unit, a sum whose answer is
 * a range, and a single choice. */
static const char SECTION[] =
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"s1\", \"number\": \"1.1\", \"title\": \"Rekenen\","
    " \"goals\": [{\"id\": \"s1.g1\", \"text\": \"rekenen met marge\"}],"
    " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Marge is omzet min kosten.\"}],"
    " \"questions\": ["
    "{\"id\": \"n1\", \"type\": \"numeric\", \"goal\": \"s1.g1\", \"difficulty\": 2,"
    " \"prompt\": \"Omzet 40.000, kosten 30.000. Hoeveel procent marge?\", \"unit\": \"%\", \"decimals\": 0,"
    " \"answers\": [{\"value\": 25, \"tolerance\": 0.5, \"feedback\": \"Een kwart van de omzet.\"},"
    "  {\"min\": 33, \"max\": 33.5, \"score\": 0, \"feedback\": \"Je deelde door de kosten.\"}],"
    " \"explanation\": \"10.000 gedeeld door 40.000.\"},"
    "{\"id\": \"n2\", \"type\": \"numeric\", \"goal\": \"s1.g1\", \"difficulty\": 2,"
    " \"prompt\": \"Wat kost 8 procent korting op 15.625 euro?\", \"unit\": \"\xE2\x82\xAC\", \"decimals\": 2,"
    " \"answers\": [{\"value\": 1250}], \"explanation\": \"0,08 maal 15.625.\"},"
    "{\"id\": \"c1\", \"type\": \"single\", \"goal\": \"s1.g1\", \"difficulty\": 1, \"prompt\": \"Wat is marge?\","
    " \"options\": [{\"id\": \"a\", \"text\": \"Omzet min kosten\", \"correct\": true, \"feedback\": \"Ja.\"},"
    "  {\"id\": \"b\", \"text\": \"Omzet plus kosten\", \"correct\": false, \"feedback\": \"Nee.\"}],"
    " \"explanation\": \"Wat overblijft.\"}]}";

static Course *small_course(void)
{
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("rekenen.json", SECTION, strlen(SECTION), &d);
    diag_free(&d);
    return c;
}

static char data_dir[300];

static int setup(void **state)
{
    (void)state;
    course = small_course();
    if (!course || !fixture_mkdtemp(fixture_dir, sizeof fixture_dir, "aw-numeric"))
        return -1;
    snprintf(fixture_settings, sizeof fixture_settings, "%s/settings.conf", fixture_dir);
    return 0;
}

static int start(void **state)
{
    (void)state;
    static int n;
    if (fixture_start(1280, 800, false) != 0)
        return -1;
    snprintf(data_dir, sizeof data_dir, "%s/data%d", fixture_dir, n++);
    app_progress_start(&app, data_dir);
    return app.progress.log ? 0 : -1;
}

static size_t logged(void)
{
    return progress_count(app.progress.log);
}

static const Attempt *last_attempt(void)
{
    return &progress_attempts(app.progress.log)[logged() - 1];
}

static QuizItem *item(void)
{
    return quiz_item(&app.quiz.quiz);
}

/* Opens the practice of the section at question QID. */
static void practise(const char *qid)
{
    practice_open(&app, 0);
    frame();
    assert_int_equal(app.screen, SCREEN_QUIZ);
    for (size_t i = 0; i < app.quiz.quiz.nitems; i++)
        if (strcmp(course->questions[app.quiz.quiz.items[i].question].id, qid) == 0) {
            quiz_goto(&app.quiz.quiz, i);
            frame();
            return;
        }
    fail_msg("%s is not practised", qid);
}

static void clear_field(void)
{
    for (int i = 0; i < 20; i++)
        press(UI_KEY_BACKSPACE, 0);
}

static void practice_refuses_an_ambiguous_number_then_checks_the_retyped_one(void **state)
{
    (void)state;
    practise("n2");
    assert_int_equal(ui.focus, ui_id("pv-blank", 0));
    assert_true(shows("\xE2\x82\xAC"));
    assert_true(shows("Typ een getal"));
    type("1.250");
    press(UI_KEY_ENTER, 0);
    /* Not checked, nothing recorded, and the reason with both readings. */
    assert_int_equal(item()->state, QUIZ_OPEN);
    assert_int_equal(logged(), 0);
    assert_true(shows("Bedoel je 1250 of 1,25?"));
    clear_field();
    type("\xE2\x82\xAC 1.250,00");
    assert_false(shows("Bedoel je"));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    assert_int_equal(logged(), 1);
    assert_string_equal(last_attempt()->item, "n2");
    assert_non_null(strstr(last_attempt()->answer, "1.250,00"));
    assert_true(last_attempt()->score == 1.0);
}

static void practice_names_a_unit_the_question_does_not_take(void **state)
{
    (void)state;
    practise("n2");
    type("1250 kg");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_OPEN);
    assert_true(shows("Typ alleen het getal, of het getal met \xE2\x82\xAC."));
}

static void a_known_mistake_gets_its_feedback_in_the_retry_and_then_the_right_number(void **state)
{
    (void)state;
    practise("n1");
    assert_true(shows("%"));
    type("33,3");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows("Je deelde door de kosten."));
    assert_false(shows("Goed is:"));
    press(UI_KEY_ENTER, 0); /* the same answer again: shown */
    assert_int_equal(item()->state, QUIZ_CHECKED);
    press(UI_KEY_HOME, 0);
    assert_true(shows("Goed is: 25% (van 24,5% tot en met 25,5% telt als goed)"));
    assert_true(shows("10.000 gedeeld door 40.000."));
}

static void the_tolerance_edge_counts_as_right(void **state)
{
    (void)state;
    practise("n1");
    type("24.5");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    assert_true(shows("Een kwart van de omzet."));
}

static void in_english_the_right_number_has_a_decimal_point(void **state)
{
    (void)state;
    app_free(&app);
    app_init(&app, course, LANG_EN, NULL, 1);
    app.wall_base_ms = FIXTURE_WALL_MS;
    app_progress_start(&app, data_dir);
    practise("n1");
    assert_true(shows("Type a number"));
    type("12 percent");
    press(UI_KEY_ENTER, 0);
    assert_true(shows("Type only the number, or the number with %."));
    clear_field();
    type("10");
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_HOME, 0);
    assert_true(shows("Right is: 25% (anything from 24.5% to 25.5% counts as right)"));
}

/* ---- the test ---- */

static void begin_test(void)
{
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    app.exam.length = 10;
    app.exam.seconds = 45;
    assert_true(exam_screen_start(&app));
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_int_equal(app.exam.exam.n, 3);
}

static size_t test_question(const char *id)
{
    const Exam *e = &app.exam.exam;
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(exam_question(e, i)->id, id) == 0)
            return i;
    fail_msg("%s is not in the test", id);
    return 0;
}

static void go_to_question(size_t i)
{
    char num[8];
    snprintf(num, sizeof num, "%zu", i + 1);
    click(num);
    assert_int_equal(app.exam.exam.current, i);
}

static void a_test_takes_a_typed_number_says_why_text_is_refused_and_records_it(void **state)
{
    (void)state;
    begin_test();
    size_t n1 = test_question("n1"), n2 = test_question("n2");
    go_to_question(n2);
    assert_true(shows("Typ het getal."));
    click("Typ een getal");
    type("1,250");
    /* No check in a test: the reason shows as it is typed. */
    assert_true(shows("Bedoel je 1250 of 1,25?"));
    assert_true(exam_answered(&app.exam.exam, n2));
    clear_field();
    type("1250");
    assert_false(shows("Bedoel je"));
    go_to_question(n1);
    click("Typ een getal");
    type("30");
    go_to_question(test_question("c1"));
    click("Omzet min kosten");
    click("Inleveren");
    click("Ja, inleveren");
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    /* Every answer is recorded, the typed numbers as typed. */
    assert_int_equal(logged(), 3);
    const Attempt *at = progress_attempts(app.progress.log);
    size_t seen = 0;
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(at[i].mode, ATTEMPT_EXAM);
        if (strcmp(at[i].item, "n2") == 0) {
            assert_true(at[i].score == 1.0);
            assert_non_null(strstr(at[i].answer, "\"1250\""));
            seen++;
        } else if (strcmp(at[i].item, "n1") == 0) {
            assert_true(at[i].score == 0.0);
            seen++;
        }
    }
    assert_int_equal(seen, 2);
    /* The review: the number as typed, and the right one with a comma. */
    for (int i = 0; i < 40 && !shows("Goed is: 25% (van 24,5% tot en met 25,5% telt als goed)"); i++)
        press(UI_KEY_PAGEDOWN, 0);
    assert_true(shows("Goed is: 25% (van 24,5% tot en met 25,5% telt als goed)"));
}

/* ---- the class quiz ---- */

static void the_class_quiz_asks_the_number_in_writing_and_shows_it_at_the_reveal(void **state)
{
    (void)state;
    app.classq.set = 1; /* the section: its two numeric questions and the single one */
    app.classq.tally = true;
    app.classq.nteams = 2;
    app.classq.seconds = 20;
    app.classq.keep_order = true;
    assert_true(class_screen_start(&app));
    assert_int_equal(app.classq.cq.nrounds, 3);
    app_open(&app, SCREEN_CLASS);
    frame();
    assert_string_equal(classquiz_question(&app.classq.cq)->id, "n1");
    press(UI_KEY_ENTER, 0); /* open: the countdown, no options */
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
    assert_true(shows("Schrijf het getal op je kaart of wisbordje, in %."));
    /* Letters and digits count no votes: there is nothing to count. */
    press('a', 0);
    press('7', 0);
    assert_string_equal(app.classq.entry, "");
    press(UI_KEY_ENTER, 0); /* the reveal */
    assert_int_equal(app.classq.cq.phase, CLASS_REVEAL);
    assert_true(shows("Juist: 25%"));
    assert_true(shows("telt als goed)"));
    assert_true(shows("10.000 gedeeld door 40.000."));
    press('1', 0); /* team 1 wrote it right */
    assert_true(app.classq.cq.rounds[0].awarded[0]);
    /* The CSV names the right number the Dutch way. */
    size_t len;
    char *csv = classquiz_csv_text(&app.classq.cq, &len);
    assert_non_null(csv);
    assert_non_null(strstr(csv, "25 %"));
    assert_non_null(strstr(csv, "\xE2\x82\xAC 1.250,00"));
    free(csv);
    class_screen_stop(&app);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, start, fixture_stop)
    const struct CMUnitTest tests[] = {
        T(practice_refuses_an_ambiguous_number_then_checks_the_retyped_one),
        T(practice_names_a_unit_the_question_does_not_take),
        T(a_known_mistake_gets_its_feedback_in_the_retry_and_then_the_right_number),
        T(the_tolerance_edge_counts_as_right),
        T(in_english_the_right_number_has_a_decimal_point),
        T(a_test_takes_a_typed_number_says_why_text_is_refused_and_records_it),
        T(the_class_quiz_asks_the_number_in_writing_and_shows_it_at_the_reveal),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
