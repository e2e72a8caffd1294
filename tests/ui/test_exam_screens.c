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
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include <cmocka.h>

#include "exam_screens.h"
#include "fixture_app.h"
#include "profiles.h"
#include "widgets.h"

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

/* The index of the NTH (from 0) single-choice question of the running
 * test. The tests below find their questions in the draw, so that a change
 * of the content does not change what they prove. */
static size_t single(size_t nth)
{
    const Exam *e = &app.exam.exam;
    for (size_t i = 0; i < e->n; i++)
        if (exam_question(e, i)->type == QUESTION_SINGLE && nth-- == 0)
            return i;
    fail_msg("the test has too few single-choice questions");
    return 0;
}

/* Goes to question I (a single choice) and clicks an option: the right
 * one when RIGHT, else a wrong one. Returns the question's id. */
static const char *answer_single(size_t i, bool right)
{
    char num[8];
    snprintf(num, sizeof num, "%zu", i + 1);
    click(num);
    const Question *q = exam_question(&app.exam.exam, i);
    for (size_t k = 0; k < q->noptions; k++) {
        if (q->options[k].correct != right)
            continue;
        /* The start of its text, up to any markup, whole characters. */
        char start[32];
        size_t n = strcspn(q->options[k].text, "*_");
        n = n < sizeof start - 1 ? n : sizeof start - 1;
        while (n > 0 && ((unsigned char)q->options[k].text[n] & 0xC0) == 0x80)
            n--;
        snprintf(start, sizeof start, "%.*s", (int)n, q->options[k].text);
        click(start);
        assert_true(exam_answered(&app.exam.exam, i));
        return q->id;
    }
    fail_msg("no such option in %s", q->id);
    return NULL;
}

/* Answers two single-choice questions of the test right, leaves the rest
 * open and hands in: 2 of 10. */
static void hand_in_two_right(void)
{
    answer_single(single(0), true);
    answer_single(single(1), true);
    click("Inleveren");
    click("Ja, inleveren");
}

static void the_same_seed_draws_the_same_test_and_the_next_is_another(void **state)
{
    (void)state;
    begin();
    Exam *e = &app.exam.exam;
    assert_int_equal(e->n, 10);
    const char *ids[10];
    for (size_t i = 0; i < 10; i++)
        ids[i] = exam_question(e, i)->id;
    /* The first test of a session with --seed 1 is exam_draw's seed 1,
     * which tests/scripts/exam.aws answers. */
    size_t want[10];
    assert_int_equal(exam_draw(course, 10, 1, want), 10);
    size_t same = 0;
    for (size_t i = 0; i < 10; i++)
        for (size_t k = 0; k < 10; k++)
            same += strcmp(course->questions[want[k]].id, ids[i]) == 0;
    assert_int_equal(same, 10);
    /* The next test of the session is another draw. */
    app.exam.stop_confirm = false;
    exam_screen_discard(&app);
    assert_true(exam_screen_start(&app));
    same = 0;
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
    /* A single choice; its right option chosen. */
    answer_single(single(0), true);
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
    /* In the order of the test: right, wrong. */
    size_t q[2] = {single(0), single(1)};
    const char *ids[2];
    static const double scores[] = {1, 0};
    for (size_t i = 0; i < 2; i++)
        ids[i] = answer_single(q[i], scores[i] > 0);
    click("Inleveren");
    assert_true(shows("Je hebt 8 van de 10 vragen nog niet beantwoord."));
    click("Ja, inleveren");
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_int_equal(progress_count(app.progress.log), before + 2);
    const Attempt *a = progress_attempts(app.progress.log) + before;
    for (size_t i = 0; i < 2; i++) {
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
    assert_true(grade->font.size > app.typography.h1.size);
    assert_true(shows("cijfer = 1 + 9 \xC3\x97 score; geslaagd vanaf 5,5"));
    assert_true(shows("\xE2\x9C\x97 Niet geslaagd"));
    assert_true(shows("Score: 20%"));
}

/* Clicks the text LABEL wherever it is (the top bar too) and runs a frame;
 * the screen is then checked by the caller. */
static void try_click(const char *label)
{
    click(label);
}

static void the_book_stays_closed_while_the_test_runs(void **state)
{
    (void)state;
    begin();
    size_t q = single(0);
    answer_single(q, true);
    char here[48];
    snprintf(here, sizeof here, "Vraag %zu van 10", q + 1);
    /* Search by its key, and every way to the book in the top bar. */
    press('f', UI_MOD_CTRL);
    assert_int_equal(app.screen, SCREEN_EXAM);
    static const char *const closed[] = {"Inhoud", "Begrippen", "Zoeken", "Start"};
    for (size_t i = 0; i < sizeof closed / sizeof *closed; i++) {
        if (!find_text(&ui.dl, closed[i], false))
            continue; /* no Start button in this build */
        try_click(closed[i]);
        assert_int_equal(app.screen, SCREEN_EXAM);
        assert_true(shows(here));
    }
    /* Text size and theme stay at hand, but not as a way to the book. */
    click("Weergave");
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    press('f', UI_MOD_CTRL);
    click("Inhoud");
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_true(app.exam.running);
    /* Esc asks first; Doorgaan goes on with the clock running. */
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_true(shows("Toets stoppen?"));
    assert_true(shows("Je antwoorden tot nu toe worden ingeleverd."));
    click("Doorgaan");
    assert_true(shows(here));
    assert_false(shows("Toets stoppen?"));
    /* The top bar's Terug asks the same. */
    click("Terug");
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_true(shows("Toets stoppen?"));
    press(UI_KEY_ESCAPE, 0); /* Esc closes the question */
    assert_false(shows("Toets stoppen?"));
    press(UI_KEY_ESCAPE, 0);
    click("Stoppen");
    /* Handed in with the one answer given: 1 of 10 is 1,9. */
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    assert_false(app.exam.running);
    assert_true(shows("1,9"));
    assert_true(shows("Je hebt de toets gestopt"));
    /* After the test the book is open again. */
    click("Inhoud");
    assert_int_equal(app.screen, SCREEN_TOC);
}

static void the_clock_hands_in_while_the_settings_show(void **state)
{
    (void)state;
    begin();
    answer_single(single(0), true);
    click("Weergave");
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    /* The settings screen asks for a frame when the time runs out. */
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

/* The rect of the button whose label is the text run TEXT: the last
 * face or outline drawn before the label that holds it. */
static Rect button_rect(const char *text)
{
    const DrawCmd *c = find_text(&ui.dl, text, false);
    if (!c)
        fail_msg("no button \"%s\" on the frame", text);
    for (size_t k = (size_t)(c - ui.dl.cmds); k-- > 0;) {
        const DrawCmd *b = &ui.dl.cmds[k];
        if ((b->kind == DRAW_RECT || b->kind == DRAW_BORDER) && b->rect.x <= c->rect.x && b->rect.y <= c->rect.y &&
            b->rect.x + b->rect.w >= c->rect.x + c->rect.w && b->rect.y + b->rect.h >= c->rect.y + c->rect.h)
            return b->rect;
    }
    fail_msg("no button around \"%s\"", text);
    return (Rect){0, 0, 0, 0};
}

enum { TOOLBAR = 5 };

/* The toolbar's button rects on the current question (Markeren or
 * Markering weghalen, whichever shows). */
static void toolbar(Rect out[TOOLBAR])
{
    frame();
    bool flagged = app.exam.exam.flagged[app.exam.exam.current];
    const StrId ids[TOOLBAR] = {STR_EXAM_PREV, STR_EXAM_SKIP, flagged ? STR_EXAM_UNFLAG : STR_EXAM_FLAG, STR_EXAM_NEXT,
                                STR_EXAM_HAND_IN};
    for (int i = 0; i < TOOLBAR; i++)
        out[i] = button_rect(app_str(&app, ids[i]));
}

static void assert_same_toolbar(const Rect a[TOOLBAR], const Rect b[TOOLBAR])
{
    for (int i = 0; i < TOOLBAR; i++) {
        assert_int_equal(a[i].x, b[i].x);
        assert_int_equal(a[i].y, b[i].y);
        assert_int_equal(a[i].w, b[i].w);
        assert_int_equal(a[i].h, b[i].h);
    }
}

static void the_toolbar_buttons_keep_their_place_on_every_question(void **state)
{
    (void)state;
    begin();
    Rect first[TOOLBAR], other[TOOLBAR];
    toolbar(first); /* question 1: Vorige is there, disabled */
    static const char *const go[] = {"1", "2", "10"};
    for (size_t q = 0; q < sizeof go / sizeof *go; q++) {
        click(go[q]);
        toolbar(other);
        assert_same_toolbar(first, other);
        click(app_str(&app, STR_EXAM_FLAG));
        assert_true(app.exam.exam.flagged[app.exam.exam.current]);
        toolbar(other);
        assert_same_toolbar(first, other);
        click(app_str(&app, STR_EXAM_UNFLAG));
        toolbar(other);
        assert_same_toolbar(first, other);
    }
    /* A disabled button does nothing: Volgende on the last question. */
    assert_int_equal(app.exam.exam.current, 9);
    click(app_str(&app, STR_EXAM_NEXT));
    assert_int_equal(app.exam.exam.current, 9);
}

/* The cell of question NUMBER in the navigator: the outline around its
 * number, or a zero rect when it is not there. */
static Rect cell_of(const char *number)
{
    const DrawCmd *c = find_text(&ui.dl, number, false);
    assert_non_null(c);
    for (size_t k = (size_t)(c - ui.dl.cmds); k-- > 0;) {
        const DrawCmd *b = &ui.dl.cmds[k];
        if (b->kind == DRAW_BORDER && b->rect.x <= c->rect.x && b->rect.x + b->rect.w >= c->rect.x + c->rect.w &&
            b->rect.y <= c->rect.y && b->rect.y + b->rect.h >= c->rect.y + c->rect.h)
            return b->rect;
    }
    fail_msg("no cell around %s", number);
    return (Rect){0, 0, 0, 0};
}

/* At text size STEP (settings.h): the fake measurer's glyphs are
 * narrower than Inter's, so a larger step stands in for the real font. */
static void forty_questions_at_800x600(int step)
{
    fixture_stop(NULL);
    fixture_start(800, 600, false);
    app.settings.text_step = step;
    app_settings_changed(&app);
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    app.exam.length = 40;
    app.exam.seconds = 90;
    assert_true(exam_screen_start(&app));
    assert_int_equal(app.exam.exam.n, 40);
    click("13");
    assert_int_equal(app.exam.exam.current, 12);
    frame();
    Rect here = cell_of("13");
    /* The cell straight below 13 (the next row, same column). */
    Rect below = {0, 0, 0, 0};
    for (int i = 14; i <= 40 && !below.w; i++) {
        char num[8];
        snprintf(num, sizeof num, "%d", i);
        Rect r = cell_of(num);
        if (r.x == here.x && r.y > here.y)
            below = r;
    }
    assert_true(below.w > 0);
    /* The mark: a bar as wide as the cell, under it, clear of the row below. */
    const DrawCmd *mark = NULL;
    for (size_t k = 0; k < ui.dl.ncmds; k++) {
        const DrawCmd *c = &ui.dl.cmds[k];
        if (c->kind == DRAW_RECT && c->rect.x == here.x && c->rect.w == here.w && c->rect.y >= here.y + here.h &&
            c->rect.h < here.h / 2)
            mark = c;
    }
    assert_non_null(mark);
    assert_true(mark->rect.y + mark->rect.h < below.y);
    /* No other cell has a mark under it. */
    for (size_t k = 0; k < ui.dl.ncmds; k++) {
        const DrawCmd *c = &ui.dl.cmds[k];
        if (c != mark && c->kind == DRAW_RECT && c->rect.w == here.w && c->rect.h == mark->rect.h &&
            c->color.r == mark->color.r && c->color.g == mark->color.g && c->color.b == mark->color.b)
            fail_msg("a second mark at %d,%d", c->rect.x, c->rect.y);
    }
    /* The header, from the top bar to the rule under the counts, takes at
     * most a quarter of the window: the first full-width rule drawn (the
     * top bar comes after the screen). */
    int bar = ui_button_height(&ui) + 2 * app.typography.unit;
    const DrawCmd *rule = NULL;
    for (size_t k = 0; k < ui.dl.ncmds && !rule; k++) {
        const DrawCmd *c = &ui.dl.cmds[k];
        if (c->kind == DRAW_RECT && c->rect.x == 0 && c->rect.w == W && c->rect.h <= 2 && c->rect.y > bar)
            rule = c;
    }
    assert_non_null(rule);
    if (rule->rect.y - bar > H / 4)
        fail_msg("at text step %d the header is %d px of a window of %d", step, rule->rect.y - bar, H);
    assert_null(text_outside_window(true));
}

static void forty_questions_at_800x600_mark_the_right_cell_and_keep_the_header_small(void **state)
{
    (void)state;
    for (int step = 0; step <= 2; step++)
        forty_questions_at_800x600(step);
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
    /* On the first question Vorige is there but does nothing. */
    click("Vorige");
    assert_int_equal(app.exam.exam.current, 0);
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
        cmocka_unit_test_setup_teardown(the_same_seed_draws_the_same_test_and_the_next_is_another, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_clock_reads_minutes_and_seconds_rounded_up, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_clock_asks_for_a_frame_at_the_next_second, start, fixture_stop),
        cmocka_unit_test_setup_teardown(no_feedback_while_the_test_runs, start, fixture_stop),
        cmocka_unit_test_setup_teardown(hand_in_records_every_answer_as_an_exam_attempt, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_failed_save_is_shown_and_can_be_tried_again, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_result_shows_the_cijfer_with_its_word_and_rule, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_book_stays_closed_while_the_test_runs, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_clock_hands_in_while_the_settings_show, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_toolbar_buttons_keep_their_place_on_every_question, start, fixture_stop),
        cmocka_unit_test_setup_teardown(forty_questions_at_800x600_mark_the_right_cell_and_keep_the_header_small, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(flagging_and_skipping, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_screens_speak_english_too, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
