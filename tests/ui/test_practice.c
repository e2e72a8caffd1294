/* test_practice.c - the practice screen and the scenario player driven
 * through their input with a fake measurer: every question type answered
 * by keys and by clicks, the retry, the marks and feedback, the answer
 * recorded before the feedback (and kept on screen when recording fails),
 * Lees terug and back, the score with "Oefen mijn fouten", the whole
 * chapter, scenarios along their best and worst paths, and nothing drawn
 * outside an 800 x 600 window. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "answer_text.h"
#include "fixture_app.h"

static char data_dir[300];

/* A disk that can be made to fail: writes return ENOSPC while FAIL. */
typedef struct {
    bool fail;
} Disk;
static Disk disk;

static ssize_t disk_write(void *ctx, int fd, const void *buf, size_t n)
{
    Disk *d = ctx;
    if (d->fail) {
        errno = ENOSPC;
        return -1;
    }
    return write(fd, buf, n);
}

static int disk_fsync(void *ctx, int fd)
{
    (void)ctx;
    return fsync(fd);
}

static const ProgressIo disk_io = {disk_write, disk_fsync, &disk};

/* Closes the profile's log and keeps answers in NAME in the data folder,
 * written through the disk that can be made to fail. */
static void use_disk_log(const char *name)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    app_profile_close(&app);
    ProgressOptions opt = {.io = &disk_io};
    Diag d;
    diag_init(&d);
    app.progress.log = progress_open(path, &opt, &d);
    diag_free(&d);
    assert_non_null(app.progress.log);
}

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-practice");
}

/* Every test: a first run with an empty data folder, so answers are kept
 * in a real log, and a disk that works. */
static int start(void **state)
{
    (void)state;
    static int n;
    disk.fail = false;
    if (fixture_start(1280, 800, true) != 0)
        return -1;
    snprintf(data_dir, sizeof data_dir, "%s/data%d", fixture_dir, n++);
    app_progress_start(&app, data_dir);
    return app.progress.log ? 0 : -1;
}

/* The start of a long text (its first words, as on its first line). */
static const char *start_of(const char *text)
{
    static char buf[64];
    snprintf(buf, sizeof buf, "%s", text);
    size_t n = strlen(buf);
    if (n > 24) {
        n = 24;
        while (n > 0 && buf[n] != ' ')
            n--;
        buf[n] = '\0';
    }
    return buf;
}

/* Scrolls so that TEXT is in view (it may lie below the fold). */
static void scroll_to(const char *text)
{
    for (int i = 0; i < 40 && !shows(text); i++)
        press(UI_KEY_PAGEDOWN, 0);
    if (!shows(text))
        fail_msg("\"%s\" is nowhere on the page", text);
}

static size_t logged(void)
{
    return progress_count(app.progress.log);
}

static const Attempt *last_attempt(void)
{
    return &progress_attempts(app.progress.log)[logged() - 1];
}

/* ---- the session ---- */

static QuizItem *item(void)
{
    return quiz_item(&app.quiz.quiz);
}

static const Question *question(void)
{
    return quiz_question(&app.quiz.quiz, item());
}

static size_t section_of(const char *id)
{
    const Section *s = course_section(course, id);
    assert_non_null(s);
    return (size_t)(s - course->sections);
}

/* Opens the practice of section ID and skips to question QID. */
static void open_at(const char *sid, const char *qid)
{
    practice_open(&app, section_of(sid));
    frame();
    assert_int_equal(app.screen, SCREEN_QUIZ);
    for (size_t i = 0; i < app.quiz.quiz.nitems; i++)
        if (strcmp(course->questions[app.quiz.quiz.items[i].question].id, qid) == 0) {
            quiz_goto(&app.quiz.quiz, i);
            frame();
            assert_string_equal(question()->id, qid);
            return;
        }
    fail_msg("%s is not practised in %s", qid, sid);
}

/* The display position of option (or left item) I. */
static size_t shown_at(size_t i)
{
    const QuizOrder *o = &item()->order;
    for (size_t k = 0; k < o->n; k++)
        if (o->shown[k] == i)
            return k;
    fail_msg("option %zu is not shown", i);
    return 0;
}

static size_t right_at(size_t pair)
{
    const QuizOrder *o = &item()->order;
    for (size_t k = 0; k < o->n; k++)
        if (o->right[k] == pair)
            return k;
    fail_msg("pair %zu is not shown", pair);
    return 0;
}

static size_t first_option(bool correct)
{
    for (size_t i = 0; i < question()->noptions; i++)
        if (question()->options[i].correct == correct)
            return i;
    fail_msg("no such option");
    return 0;
}

static void key(char c)
{
    press(c, 0);
}

static void practice_starts_at_the_first_question_of_the_section(void **state)
{
    (void)state;
    size_t s = section_of("s1-3");
    practice_open(&app, s);
    frame();
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_int_equal(app.quiz.quiz.nitems, course->sections[s].nquestions);
    assert_int_equal(app.quiz.quiz.pos, 0);
    assert_int_equal(app.quiz.quiz.mode, QUIZ_PRACTICE);
    char progress[64];
    snprintf(progress, sizeof progress, "Vraag 1 van %zu", app.quiz.quiz.nitems);
    assert_true(shows(progress));
    assert_true(shows("Kies \xC3\xA9\xC3\xA9n antwoord"));
    assert_true(shows("Controleer"));
}

static void a_right_single_answer_by_key_is_recorded_and_marked(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    size_t right = first_option(true);
    key((char)('1' + shown_at(right)));
    assert_true(item()->answer.chosen[right]);
    assert_int_equal(logged(), 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    /* On disk, with what was chosen, before the feedback. */
    assert_int_equal(logged(), 1);
    assert_string_equal(last_attempt()->item, "q1-3-01");
    assert_true(last_attempt()->score == 1.0);
    assert_int_equal(last_attempt()->mode, ATTEMPT_PRACTICE);
    assert_non_null(strstr(last_attempt()->answer, "\"a\""));
    assert_true(shows("\xE2\x9C\x93 Goed!"));
    assert_true(shows("\xE2\x9C\x93 goed"));
    assert_true(shows("Juist. Zakelijk"));
    assert_true(shows("Uitleg"));
    assert_true(shows("Lees terug: 1.3 Welke klant is een account?"));
    /* Enter goes on. */
    press(UI_KEY_ENTER, 0);
    assert_string_equal(question()->id, "q1-3-02");
}

static void a_wrong_answer_gets_one_retry_before_the_answer_shows(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    size_t wrong = first_option(false), right = first_option(true);
    key((char)('a' + shown_at(wrong)));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_int_equal(logged(), 1);
    assert_true(last_attempt()->score == 0.0);
    assert_true(shows("Nog niet goed"));
    assert_true(shows("\xE2\x9C\x97 fout"));
    assert_true(shows(start_of(question()->options[wrong].feedback)));
    /* The answer is not given away yet. */
    assert_false(shows("goed antwoord"));
    assert_false(shows("Uitleg"));
    /* Wrong again: now the right option is marked and explained. */
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_int_equal(logged(), 2);
    assert_true(shows("\xE2\x86\x92 goed antwoord"));
    assert_true(shows("\xE2\x9C\x97 Niet goed"));
    assert_true(shows("Uitleg"));
    (void)right;
}

static void a_retry_that_is_right_counts_but_not_in_the_score(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    key((char)('1' + shown_at(first_option(true))));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(shows("Goed, bij de tweede poging"));
    assert_true(item()->first_score == 0.0);
    assert_true(last_attempt()->score == 1.0);
}

static void nothing_chosen_is_not_checked(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_OPEN);
    assert_int_equal(logged(), 0);
    assert_true(shows("Geef eerst een antwoord."));
}

static void multiple_by_arrows_and_space_gives_partial_credit(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-03");
    /* Tick the options at the first two places with Down and Space. */
    press(UI_KEY_DOWN, 0);
    press(' ', 0);
    press(UI_KEY_DOWN, 0);
    press(' ', 0);
    press(' ', 0); /* and off again */
    press(' ', 0);
    const Question *q = question();
    const QuizOrder *o = &item()->order;
    assert_true(item()->answer.chosen[o->shown[0]]);
    assert_true(item()->answer.chosen[o->shown[1]]);
    /* Then every right one by its number: all right, nothing wrong. */
    for (size_t i = 0; i < q->noptions; i++)
        if (q->options[i].correct != item()->answer.chosen[i])
            key((char)('1' + shown_at(i)));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(shows("\xE2\x9C\x93 Goed!"));
    /* The next multiple: one right and one wrong is half of 1/3 ... */
    open_at("s1-3", "q1-3-04");
    key((char)('1' + shown_at(first_option(true))));
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows("\xE2\x9C\x97 Nog niet goed"));
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    /* One of three right ones: a third. */
    assert_true(shows("\xE2\x86\x92 Deels goed (33%)"));
}

static void true_false_by_its_initial(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-05"); /* the statement is false */
    key('o');
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    assert_true(shows("Goed. Accountmanagement is alleen voor belangrijke klanten."));
    open_at("s1-3", "q1-3-06"); /* true, answered false by a click */
    click("Onjuist");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows("Helaas, de stelling is juist."));
}

static void matching_by_numbers_and_letters(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-07");
    size_t n = question()->noptions;
    for (size_t k = 0; k < n; k++) {
        size_t left = item()->order.shown[k];
        key((char)('1' + k));
        key((char)('a' + right_at(left)));
        assert_int_equal(item()->answer.match[left], left);
    }
    /* A letter again on a matched item takes the pair away, Backspace too. */
    key('1');
    press(UI_KEY_BACKSPACE, 0);
    assert_int_equal(item()->answer.match[item()->order.shown[0]], QUIZ_NONE);
    /* With nothing picked, a letter goes to the first open left item. */
    key((char)('a' + right_at(item()->order.shown[0])));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    assert_true(shows(start_of(question()->options[0].feedback)));
}

static void matching_by_clicks_wrong_then_shown(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-07");
    const Question *q = question();
    /* Each left item to the right-hand text of the next pair: all wrong. */
    for (size_t i = 0; i < q->noptions; i++) {
        click(start_of(q->options[i].text));
        click(start_of(q->options[(i + 1) % q->noptions].match));
    }
    for (size_t i = 0; i < q->noptions; i++)
        assert_int_equal(item()->answer.match[i], (i + 1) % q->noptions);
    scroll_to("Controleer");
    click("Controleer");
    assert_int_equal(item()->state, QUIZ_RETRY);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    press(UI_KEY_HOME, 0);
    assert_true(shows("Goed is:"));
    assert_true(shows("\xE2\x9C\x97 fout"));
}

/* Sorts the ordering question with the keys: a number focuses the item
 * at that place, Alt+Up moves it up. */
static void sort_by_keys(void)
{
    size_t n = question()->noptions;
    for (size_t target = 0; target < n; target++) {
        size_t at = 0;
        while (item()->answer.order[at] != target)
            at++;
        key((char)('1' + at));
        for (size_t k = at; k > target; k--)
            press(UI_KEY_UP, UI_MOD_ALT);
    }
}

static void ordering_by_alt_arrows(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-10");
    sort_by_keys();
    for (size_t i = 0; i < question()->noptions; i++)
        assert_int_equal(item()->answer.order[i], i);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    /* Alt+Down at the end and Alt+Up at the top change nothing. */
    open_at("s1-3", "q1-3-09");
    key('1');
    size_t first = item()->answer.order[0];
    press(UI_KEY_UP, UI_MOD_ALT);
    assert_int_equal(item()->answer.order[0], first);
    press(UI_KEY_DOWN, UI_MOD_ALT);
    assert_int_equal(item()->answer.order[1], first);
}

static void ordering_by_click_and_place_and_the_arrow_buttons(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-09");
    const Question *q = question();
    size_t n = q->noptions;
    /* Click the item that belongs at each place, then that place. */
    for (size_t target = 0; target < n; target++) {
        char place[24];
        snprintf(place, sizeof place, "%zu.", target + 1);
        if (item()->answer.order[target] == target)
            continue;
        click(start_of(q->options[target].text));
        assert_true(shows("Klik de plek waar deze regel hoort"));
        click(place);
    }
    for (size_t i = 0; i < n; i++)
        assert_int_equal(item()->answer.order[i], i);
    /* The first ↓ swaps the first two; the first ↑ swaps them back. */
    click("\xE2\x86\x93");
    assert_int_equal(item()->answer.order[0], 1);
    click("\xE2\x86\x91");
    assert_int_equal(item()->answer.order[0], 0);
    /* Reversed: nothing in its place but a middle item (odd length). */
    open_at("s1-3", "q1-3-10");
    for (size_t target = 0; target < question()->noptions; target++) {
        size_t want = question()->noptions - 1 - target;
        if (item()->answer.order[target] == want)
            continue;
        char place[24];
        snprintf(place, sizeof place, "%zu.", target + 1);
        click(start_of(question()->options[want].text));
        click(place);
    }
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    size_t rn = question()->noptions;
    assert_true(item()->grade.score == (rn % 2 ? 1.0 / (double)rn : 0.0));
    press(UI_KEY_HOME, 0);
    assert_true(shows("hoort op plaats"));
}

static void cloze_takes_typing_with_case_accents_and_spaces(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-11");
    /* The first blank has the focus at once. */
    assert_int_equal(ui.focus, ui_id("pv-blank", 0));
    assert_true(shows("(1)"));
    type("  ACCOUNT ");
    press(UI_KEY_DOWN, 0);
    assert_int_equal(ui.focus, ui_id("pv-blank", 1));
    type("accountselectiex");
    press(UI_KEY_BACKSPACE, 0);
    assert_string_equal(item()->answer.text[1], "accountselectie");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(item()->grade.right);
    assert_true(shows("  ACCOUNT "));
    assert_true(shows("Het zorgvuldig kiezen van accounts heet accountselectie."));
    assert_string_equal(last_attempt()->item, "q1-3-11");
    assert_non_null(strstr(last_attempt()->answer, "accountselectie"));
}

static void cloze_wrong_shows_the_accepted_word_after_the_retry(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-12");
    type("wederzijds");
    press(UI_KEY_DOWN, 0);
    type("relatie");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    /* The right blank is confirmed, the wrong one not given away. */
    assert_true(shows("\xE2\x9C\x93 goed"));
    assert_false(shows("Goed is:"));
    assert_true(shows("Deels goed"));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    press(UI_KEY_HOME, 0);
    assert_true(shows("Goed is: structureel"));
    assert_true(shows("(leeg)"));
}

static void a_failed_record_keeps_the_answer_on_screen(void **state)
{
    (void)state;
    /* The open profile's log, on a disk that fails. */
    use_disk_log("failing.jsonl");
    open_at("s1-3", "q1-3-01");
    size_t right = first_option(true);
    key((char)('1' + shown_at(right)));
    disk.fail = true;
    press(UI_KEY_ENTER, 0);
    /* Not checked, not advanced: the choice is still there, the error said. */
    assert_int_equal(item()->state, QUIZ_OPEN);
    assert_int_equal(item()->checks, 0);
    assert_true(item()->answer.chosen[right]);
    assert_true(app.error[0] != '\0');
    assert_true(shows("Je antwoord is niet opgeslagen"));
    assert_false(shows("\xE2\x9C\x93 Goed!"));
    assert_int_equal(logged(), 0);
    /* The disk is back: the same Enter now records and shows. */
    disk.fail = false;
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_int_equal(logged(), 1);
    assert_true(shows("\xE2\x9C\x93 Goed!"));
    assert_false(shows("Je antwoord is niet opgeslagen"));
}

static void read_back_opens_the_anchor_and_escape_returns_to_the_question(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-02");
    key('1');
    press(UI_KEY_ENTER, 0);
    QuizItemState was = item()->state;
    size_t pos = app.quiz.quiz.pos;
    scroll_to("Lees terug: 1.3");
    click("Lees terug: 1.3 Welke klant is een account?");
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, section_of("s1-3"));
    /* Scrolled to the anchor, not the top. */
    assert_true(app.reader.scroll.y > 0);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_int_equal(app.quiz.quiz.pos, pos);
    assert_int_equal(item()->state, was);
    assert_string_equal(question()->id, "q1-3-02");
}

/* Answers the current question wrong twice (or right) by the session. */
static void answer_current(bool right)
{
    QuizItem *it = item();
    const Question *q = question();
    quiz_answer_free(&it->answer);
    assert_true(quiz_answer_init(&it->answer, q, right ? NULL : &it->order));
    if (!right && q->type != QUESTION_ORDERING) {
        for (size_t i = 0; i < q->noptions; i++)
            if (q->type == QUESTION_CLOZE)
                quiz_answer_set_text(&it->answer, i, "fout");
            else if (q->type == QUESTION_MATCHING)
                quiz_answer_match(&it->answer, i, (i + 1) % q->noptions);
            else if (!q->options[i].correct) {
                quiz_answer_choose(&it->answer, i);
                break;
            }
    } else if (right && q->type != QUESTION_ORDERING) {
        for (size_t i = 0; i < q->noptions; i++)
            if (q->type == QUESTION_CLOZE)
                quiz_answer_set_text(&it->answer, i, q->options[i].accept[0]);
            else if (q->type == QUESTION_MATCHING)
                quiz_answer_match(&it->answer, i, i);
            else if (q->options[i].correct && !it->answer.chosen[i])
                quiz_answer_choose(&it->answer, i);
    }
    practice_view_reset(&app.quiz.view, &(PracticeItem){q, &it->order, &it->answer, NULL, it->state});
    press(UI_KEY_ENTER, 0);
    if (it->state == QUIZ_RETRY)
        press(UI_KEY_ENTER, 0);
    assert_int_equal(it->state, QUIZ_CHECKED);
    press(UI_KEY_ENTER, 0);
}

static void the_end_shows_the_score_and_practises_the_mistakes(void **state)
{
    (void)state;
    size_t s = section_of("s1-2");
    practice_open(&app, s);
    frame();
    size_t n = app.quiz.quiz.nitems, wrong = 0;
    for (size_t i = 0; i < n; i++) {
        bool right = i % 3 != 1;
        wrong += !right;
        answer_current(right);
    }
    assert_null(item());
    assert_int_equal(logged(), n + wrong); /* a retry is an answer too */
    assert_true(shows("Klaar!"));
    QuizTally tally;
    quiz_tally(&app.quiz.quiz, &tally);
    assert_int_equal(tally.missed, wrong);
    char pct[64];
    snprintf(pct, sizeof pct, "Je score: %d%%", (int)(tally.score * 100.0 / (double)n + 0.5));
    assert_true(shows(pct));
    assert_true(shows("Deze vragen had je niet in \xC3\xA9\xC3\xA9n keer goed"));
    assert_true(shows("Vraag 2"));
    assert_true(shows("Lees terug: 1.2"));
    click("Oefen mijn fouten");
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_true(app.quiz.missed_round);
    assert_int_equal(app.quiz.quiz.nitems, wrong);
    assert_string_equal(question()->id, course->questions[course->sections[s].first_question + 1].id);
    char progress[64];
    snprintf(progress, sizeof progress, "Vraag 1 van %zu", wrong);
    assert_true(shows(progress));
    assert_true(shows("Je fouten van de vorige ronde"));
    /* All right this time: nothing left to practise. */
    for (size_t i = 0; i < wrong; i++)
        answer_current(true);
    assert_true(shows("Alles in \xC3\xA9\xC3\xA9n keer goed"));
    assert_false(shows("Oefen mijn fouten"));
}

static void the_end_links_a_missed_question_back_to_its_section(void **state)
{
    (void)state;
    practice_open(&app, section_of("s1-4"));
    frame();
    answer_current(false);
    while (item())
        answer_current(true);
    click("Lees terug: 1.4");
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, section_of("s1-4"));
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_true(shows("Klaar!"));
}

/* ---- what a check shows, and of which answer ---- */

/* The text runs on the frame that are exactly S. */
static size_t runs_equal(const char *s)
{
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len == len && memcmp(draw_text_of(&ui.dl, c), s, len) == 0)
            n++;
    }
    return n;
}

/* Marks of a check on the frame: ✓ goed, ✗ fout, → goed antwoord. */
static size_t marks_on_frame(void)
{
    frame();
    return runs_equal("\xE2\x9C\x93 goed") + runs_equal("\xE2\x9C\x97 fout") + runs_equal("\xE2\x86\x92 goed antwoord");
}

/* The feedback of any option of the current question on the frame. */
static bool any_feedback_shows(void)
{
    const Question *q = question();
    for (size_t i = 0; i < q->noptions; i++)
        if (q->options[i].feedback && shows(start_of(q->options[i].feedback)))
            return true;
    return false;
}

/* After a wrong check, picking the other options one by one must not
 * reveal which one says "Juist": no feedback until that answer is checked. */
static void an_option_shows_no_feedback_until_that_answer_is_checked(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    const Question *q = question();
    size_t wrong = first_option(false), right = first_option(true);
    key((char)('1' + shown_at(wrong)));
    assert_false(any_feedback_shows());
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows(start_of(q->options[wrong].feedback)));
    for (size_t i = 0; i < q->noptions; i++) {
        if (i == wrong)
            continue;
        key((char)('1' + shown_at(i)));
        assert_true(item()->answer.chosen[i]);
        if (any_feedback_shows())
            fail_msg("option %zu was not checked, yet feedback shows", i);
        assert_int_equal(marks_on_frame(), 0);
    }
    /* By click too. */
    click(start_of(q->options[right].text));
    assert_false(any_feedback_shows());
    /* Checked: now its feedback is due. */
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    assert_true(shows(start_of(q->options[right].feedback)));
}

/* The marks of a check vanish as soon as the answer changes, for every
 * type; each question is checked wrong once, then changed. */
static void marks_vanish_as_soon_as_the_answer_changes_for_every_type(void **state)
{
    (void)state;
    /* single */
    open_at("s1-3", "q1-3-02");
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(marks_on_frame() > 0);
    key((char)('1' + shown_at(first_option(true))));
    assert_int_equal(marks_on_frame(), 0);
    /* multiple: a tick taken away */
    open_at("s1-3", "q1-3-04");
    key((char)('1' + shown_at(first_option(true))));
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(runs_equal("\xE2\x9C\x97 fout") > 0);
    key((char)('1' + shown_at(first_option(false))));
    assert_int_equal(marks_on_frame(), 0);
    assert_false(any_feedback_shows());
    /* true/false (the statement is true) */
    open_at("s1-3", "q1-3-06");
    key('o');
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows("Helaas, de stelling is juist."));
    key('j');
    assert_int_equal(marks_on_frame(), 0);
    assert_false(shows("Helaas, de stelling is juist."));
    /* matching: one pair taken away */
    open_at("s1-3", "q1-3-07");
    size_t n = question()->noptions;
    for (size_t k = 0; k < n; k++) {
        key((char)('1' + k));
        key((char)('a' + right_at(item()->order.shown[(k + 1) % n])));
    }
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_int_equal(runs_equal("\xE2\x9C\x97 fout"), n);
    key('1');
    press(UI_KEY_BACKSPACE, 0);
    assert_int_equal(marks_on_frame(), 0);
    assert_false(any_feedback_shows());
    /* ordering: two rows swapped */
    open_at("s1-3", "q1-3-10");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(marks_on_frame() > 0);
    click("\xE2\x86\x93");
    assert_int_equal(marks_on_frame(), 0);
    assert_false(any_feedback_shows());
    /* cloze: a letter typed */
    open_at("s1-3", "q1-3-12");
    type("samen");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(runs_equal("\xE2\x9C\x97 fout") > 0);
    type("x");
    assert_string_equal(item()->answer.text[0], "samenx");
    assert_int_equal(marks_on_frame(), 0);
    /* Changed back to the answer checked: its marks describe it again. */
    press(UI_KEY_BACKSPACE, 0);
    assert_true(runs_equal("\xE2\x9C\x97 fout") > 0);
}

/* A row stands right only in its own place: an order with every row one
 * place down (the last on top) has no right row, whatever the neighbours;
 * after the last check the right order is listed in full. */
static void an_ordering_row_is_marked_right_only_in_its_own_place(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-10");
    const Question *q = question();
    size_t n = q->noptions;
    size_t *order = item()->answer.order;
    for (size_t k = 0; k < n; k++)
        order[k] = (k + n - 1) % n; /* n-1, 0, 1, ..., n-2 */
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_int_equal(runs_equal("\xE2\x9C\x93 goed"), 0);
    assert_int_equal(runs_equal("\xE2\x9C\x97 fout"), n);
    /* Two swapped: the others are right, these two are not. */
    order[0] = 0, order[1] = 2, order[2] = 1;
    for (size_t k = 3; k < n; k++)
        order[k] = k;
    frame();
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_CHECKED);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(item()->grade.marks[i], i == 1 || i == 2 ? GRADE_WRONG : GRADE_RIGHT);
    press(UI_KEY_HOME, 0);
    assert_true(runs_equal("\xE2\x9C\x93 goed") >= 1); /* the first row, in view */
    scroll_to("De goede volgorde");
    for (size_t i = 0; i < n; i++) {
        char line[64];
        snprintf(line, sizeof line, "%zu. %s", i + 1, start_of(q->options[i].text));
        scroll_to(line);
    }
}

/* Moves to question QID in the session as it is (open_at starts anew). */
static void go_to(const char *qid)
{
    for (size_t i = 0; i < app.quiz.quiz.nitems; i++)
        if (strcmp(course->questions[app.quiz.quiz.items[i].question].id, qid) == 0) {
            quiz_goto(&app.quiz.quiz, i);
            frame();
            return;
        }
    fail_msg("%s is not in the session", qid);
}

/* Rects in the strip's height and the colour of a wrong answer. */
static size_t red_segments(void)
{
    press(UI_KEY_HOME, 0);
    size_t n = 0;
    int h = typography_px(&app.typography, 6);
    Color w = app.theme->wrong;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_RECT && c->rect.h == h && c->color.r == w.r && c->color.g == w.g && c->color.b == w.b)
            n++;
    }
    return n;
}

/* "Goed, bij de tweede poging!" three times is counted as that, never as
 * "fout"; the strip shows no red while nothing is counted wrong, also
 * while a question waits for its retry. */
static void the_counter_and_the_strip_agree_after_answers_right_at_the_second_try(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    const char *ids[] = {"q1-3-01", "q1-3-02", "q1-3-04"};
    for (size_t k = 0; k < 3; k++) {
        go_to(ids[k]);
        key((char)('1' + shown_at(first_option(false))));
        press(UI_KEY_ENTER, 0);
        assert_int_equal(item()->state, QUIZ_RETRY);
        assert_int_equal(red_segments(), 0);
        for (size_t i = 0; i < question()->noptions; i++)
            if (question()->options[i].correct != item()->answer.chosen[i])
                key((char)('1' + shown_at(i)));
        press(UI_KEY_ENTER, 0);
        assert_true(shows("\xE2\x9C\x93 Goed, bij de tweede poging!"));
    }
    press(UI_KEY_HOME, 0);
    assert_true(shows("0 in \xC3\xA9\xC3\xA9n keer goed"));
    assert_true(shows("3 goed bij een volgende poging"));
    assert_true(shows("0 niet goed"));
    assert_false(shows("fout"));
    assert_int_equal(red_segments(), 0);
    /* Wrong twice: now one is counted wrong, and one segment is red. */
    go_to("q1-3-06"); /* true, answered false twice */
    key('o');
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_HOME, 0);
    assert_true(shows("1 niet goed"));
    assert_int_equal(red_segments(), 1);
}

static bool same_colour(Color a, Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* The strip's current-question marker has a colour no segment can have:
 * not that of an open question, of one right at once, right at a later
 * try or not right (the blue of "a later try" was also the underline's),
 * in every theme, and it sits under the current question's segment. */
static void the_current_question_marker_has_a_colour_of_its_own(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-01");
    /* Right at the second try: a segment in the colour of a later try. */
    key((char)('1' + shown_at(first_option(false))));
    press(UI_KEY_ENTER, 0);
    for (size_t i = 0; i < question()->noptions; i++)
        if (question()->options[i].correct != item()->answer.chosen[i])
            key((char)('1' + shown_at(i)));
    press(UI_KEY_ENTER, 0);
    assert_true(shows("\xE2\x9C\x93 Goed, bij de tweede poging!"));
    go_to("q1-3-06"); /* true, answered false twice: not right */
    key('o');
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_ENTER, 0);
    go_to("q1-3-02"); /* open, the current one */
    static const ThemeId themes[] = {THEME_LIGHT, THEME_DARK, THEME_CONTRAST};
    for (size_t k = 0; k < sizeof themes / sizeof *themes; k++) {
        app.settings.theme = themes[k];
        app_settings_changed(&app);
        press(UI_KEY_HOME, 0);
        const Theme *th = app.theme;
        int h = typography_px(&app.typography, 6);
        const DrawCmd *seg[64];
        size_t nseg = 0;
        for (size_t i = 0; i < ui.dl.ncmds && nseg < 64; i++)
            if (ui.dl.cmds[i].kind == DRAW_RECT && ui.dl.cmds[i].rect.h == h)
                seg[nseg++] = &ui.dl.cmds[i];
        assert_int_equal(nseg, app.quiz.quiz.nitems);
        bool later = false;
        for (size_t i = 0; i < nseg; i++)
            later |= same_colour(seg[i]->color, th->accent);
        assert_true(later);
        int sy = seg[0]->rect.y, left = seg[0]->rect.x;
        int right = seg[nseg - 1]->rect.x + seg[nseg - 1]->rect.w;
        /* Whatever is drawn just under the strip, over its width. */
        const DrawCmd *mark = NULL;
        size_t nmarks = 0;
        for (size_t i = 0; i < ui.dl.ncmds; i++) {
            const DrawCmd *c = &ui.dl.cmds[i];
            Rect b = c->rect;
            if (c->kind == DRAW_TRIANGLE) {
                int x0 = c->x1 < c->x2 ? c->x1 : c->x2, x1 = c->x1 > c->x2 ? c->x1 : c->x2;
                int y0 = c->y1 < c->y2 ? c->y1 : c->y2;
                x0 = c->x3 < x0 ? c->x3 : x0;
                x1 = c->x3 > x1 ? c->x3 : x1;
                y0 = c->y3 < y0 ? c->y3 : y0;
                b = (Rect){x0, y0, x1 - x0, 1};
            } else if (c->kind != DRAW_RECT && c->kind != DRAW_BORDER && c->kind != DRAW_LINE) {
                continue;
            }
            if (b.y >= sy + h && b.y <= sy + h + typography_px(&app.typography, 8) && b.x >= left - h &&
                b.x + b.w <= right + h) {
                mark = c;
                nmarks++;
            }
        }
        assert_int_equal(nmarks, 1);
        const Color strip[4] = {th->rule, th->right, th->accent, th->wrong};
        for (size_t i = 0; i < 4; i++)
            assert_false(same_colour(mark->color, strip[i]));
        for (size_t i = 0; i < nseg; i++)
            assert_false(same_colour(mark->color, seg[i]->color));
        /* Under the current question's segment. */
        const DrawCmd *cur = seg[app.quiz.quiz.pos];
        int mx = mark->kind == DRAW_TRIANGLE ? mark->x1 : mark->rect.x + mark->rect.w / 2;
        assert_true(mx >= cur->rect.x && mx <= cur->rect.x + cur->rect.w);
    }
}

/* A blank one letter off: "Bijna goed", another try, and no credit. */
static void a_cloze_answer_one_letter_off_is_almost_right_and_may_be_tried_again(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-11");
    type("account");
    press(UI_KEY_DOWN, 0);
    type("acountselectie");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_true(shows("Bijna goed \xE2\x80\x94 let op de spelling"));
    assert_true(last_attempt()->score < 1.0);
    assert_true(item()->first_score == 0.5);
    /* Corrected, it is right at the second try (no credit in the score). */
    ui_set_focus(&ui, ui_id("pv-blank", 1), false);
    frame();
    for (int i = 0; i < 20; i++)
        press(UI_KEY_BACKSPACE, 0);
    type("accountselectie");
    press(UI_KEY_ENTER, 0);
    assert_true(shows("\xE2\x9C\x93 Goed, bij de tweede poging!"));
    assert_true(item()->first_score == 0.5);
    /* Far off is just wrong. */
    press(UI_KEY_ENTER, 0);
    open_at("s1-3", "q1-3-12");
    type("samen");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(item()->state, QUIZ_RETRY);
    assert_false(shows("Bijna goed"));
}

/* True/false: the badges are the keys J and O, and A/B do nothing. */
static void true_false_badges_are_the_keys_j_and_o(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-05");
    assert_int_equal(runs_equal("J"), 1);
    assert_int_equal(runs_equal("O"), 1);
    assert_int_equal(runs_equal("A"), 0);
    assert_int_equal(runs_equal("B"), 0);
    key('a');
    key('b');
    assert_false(quiz_answer_given(&item()->answer));
    key('j');
    size_t t = strcmp(question()->options[0].id, "true") == 0 ? 0 : 1;
    assert_true(item()->answer.chosen[t]);
    key('o');
    assert_true(item()->answer.chosen[1 - t]);
    assert_false(item()->answer.chosen[t]);
    /* The answer as text (the test's review) names the same key. */
    char given[256];
    answer_text_given(&app, question(), &item()->order, &item()->answer, given, sizeof given);
    assert_string_equal(given, "O. Onjuist");
}

/* The end: each number with its rule, and buttons of one pattern. */
static void the_end_states_its_rules_and_its_buttons_follow_one_pattern(void **state)
{
    (void)state;
    size_t s = section_of("s1-4");
    practice_open(&app, s);
    frame();
    answer_current(false);
    while (item())
        answer_current(true);
    assert_true(shows("Je score telt alleen je eerste poging"));
    assert_true(shows("1 niet goed"));
    /* Mastery as the start screen counts it, with that rule beside it. */
    int pct = (int)(app.progress.mastery.sections[s].mastery * 100 + 0.5);
    char line[96];
    snprintf(line, sizeof line, "Paragraaf %s beheers je nu voor %d%%.", course->sections[s].number, pct);
    assert_true(shows(line));
    assert_true(shows("Per vraag tellen je laatste drie pogingen"));
    assert_true(shows("Oefen mijn fouten"));
    assert_true(shows("Oefen alles opnieuw"));
    assert_int_equal(runs_equal("Alles opnieuw"), 0);
    click("Lees de volgende paragraaf");
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, s + 1);
    /* The start screen says the same number, under the same rule. */
    app_open(&app, SCREEN_START);
    frame();
    snprintf(line, sizeof line, "%d%% beheerst", pct);
    assert_true(shows(line));
    assert_true(shows("Per vraag tellen je laatste drie pogingen"));
}

static void the_whole_chapter_is_practised_from_the_start_screen(void **state)
{
    (void)state;
    frame();
    scroll_to("Oefen het hele hoofdstuk");
    click("Oefen het hele hoofdstuk");
    assert_int_equal(app.screen, SCREEN_QUIZ);
    size_t want = 0;
    for (size_t s = 0; s < course->nsections; s++)
        want += course->sections[s].nquestions;
    assert_int_equal(app.quiz.quiz.nitems, want);
    assert_true(shows("Het hele hoofdstuk"));
    assert_true(shows("1.1 Over deze cursus"));
}

static void a_new_practice_starts_afresh_but_coming_back_does_not(void **state)
{
    (void)state;
    open_at("s1-3", "q1-3-05");
    key('j');
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START);
    practice_open(&app, section_of("s1-3"));
    frame();
    assert_int_equal(app.quiz.quiz.pos, 0);
    assert_int_equal(app.quiz.quiz.items[4].answer.chosen[0], false);
}

/* ---- scenarios ---- */

/* The most (or fewest) points from NODE to an ending, and the choice. */
static int path_points(const Scenario *sc, size_t node, bool best, size_t *choice)
{
    const ScenarioNode *nd = &sc->nodes[node];
    if (nd->end || nd->nchoices == 0)
        return 0;
    int found = 0;
    for (size_t i = 0; i < nd->nchoices; i++) {
        int p = nd->choices[i].points + path_points(sc, nd->choices[i].next_index, best, NULL);
        if (i == 0 || (best ? p > found : p < found)) {
            found = p;
            if (choice)
                *choice = i;
        }
    }
    return found;
}

/* Plays scenario I along its best or worst path by keys; returns the points. */
static int play(size_t i, bool best)
{
    const Scenario *sc = &course->scenarios[i];
    app_open_scenario(&app, i);
    frame();
    assert_int_equal(app.screen, SCREEN_SCENARIO);
    assert_true(shows(sc->title));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.scenario.phase, SCENARIO_SITUATION);
    for (int steps = 0; app.scenario.phase != SCENARIO_END && steps < 40; steps++) {
        size_t node = app.scenario.run.nodes[app.scenario.run.nchoices], c = 0;
        path_points(sc, node, best, &c);
        key((char)('1' + c)); /* selects */
        assert_int_equal(app.scenario.phase, SCENARIO_SITUATION);
        assert_int_equal(app.scenario.pick, c);
        press(UI_KEY_ENTER, 0); /* takes it */
        assert_int_equal(app.scenario.phase, SCENARIO_CONSEQUENCE);
        assert_true(shows("Wat er gebeurt"));
        press(UI_KEY_ENTER, 0);
    }
    assert_int_equal(app.scenario.phase, SCENARIO_END);
    return app.scenario.run.points;
}

static void every_scenario_along_its_best_and_worst_path(void **state)
{
    (void)state;
    for (size_t i = 0; i < course->nscenarios; i++) {
        const Scenario *sc = &course->scenarios[i];
        size_t before = logged();
        assert_int_equal(play(i, true), sc->best_points);
        char pts[64];
        snprintf(pts, sizeof pts, "%d van %d punten", sc->best_points, sc->best_points);
        assert_true(shows(pts));
        scroll_to("Jouw route");
        scroll_to("Nabespreking");
        assert_int_equal(logged(), before + 1);
        assert_string_equal(last_attempt()->item, sc->id);
        assert_int_equal(last_attempt()->mode, ATTEMPT_SCENARIO);
        assert_true(last_attempt()->score == 1.0);
        assert_non_null(strstr(last_attempt()->answer, "\"path\":[{\"node\":"));
        assert_int_equal(play(i, false), sc->worst_points);
        snprintf(pts, sizeof pts, "%d van %d punten", sc->worst_points, sc->best_points);
        assert_true(shows(pts));
    }
}

static void the_path_is_drawn_as_a_diagram(void **state)
{
    (void)state;
    play(0, true);
    const Scenario *sc = &course->scenarios[0];
    const ScenarioNode *end = &sc->nodes[app.scenario.run.nodes[app.scenario.run.nchoices]];
    size_t lines = 0, arrows = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        lines += ui.dl.cmds[i].kind == DRAW_LINE;
        arrows += ui.dl.cmds[i].kind == DRAW_TRIANGLE;
    }
    assert_true(lines >= app.scenario.run.nchoices);
    assert_true(arrows >= 1);
    assert_true(shows(end->title));
    assert_true(shows("\xE2\x9C\x93 A") || shows("\xE2\x9C\x93 B") || shows("\xE2\x9C\x93 C"));
    assert_true(shows("Beslissing 1"));
}

static void a_scenario_restarts_and_a_failed_record_keeps_the_run(void **state)
{
    (void)state;
    /* The open profile's log, on a disk that can fail. */
    use_disk_log("failing-sc.jsonl");
    app_open_scenario(&app, 1);
    frame();
    click("Begin");
    while (!quiz_scenario_ended(&app.scenario.run)) {
        click("A");
        if (!quiz_scenario_ended(&app.scenario.run))
            press(UI_KEY_ENTER, 0);
    }
    disk.fail = true;
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.scenario.phase, SCENARIO_CONSEQUENCE);
    assert_true(shows("Je route is niet opgeslagen"));
    disk.fail = false;
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.scenario.phase, SCENARIO_END);
    assert_int_equal(logged(), 1);
    scroll_to("Opnieuw");
    click("Opnieuw");
    assert_int_equal(app.scenario.phase, SCENARIO_INTRO);
    assert_int_equal(app.scenario.run.nchoices, 0);
    assert_int_equal(app.scenario.run.points, 0);
}

static void the_scenario_list_opens_a_scenario(void **state)
{
    (void)state;
    frame();
    scroll_to("Oefen met casussen");
    click("Oefen met casussen");
    assert_int_equal(app.screen, SCREEN_SCENARIOS);
    const Scenario *sc = &course->scenarios[0];
    assert_true(shows(sc->title));
    assert_true(shows("Oefent paragrafen"));
    click(sc->title);
    assert_int_equal(app.screen, SCREEN_SCENARIO);
    assert_int_equal(app.scenario.index, 0);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_SCENARIOS);
}

/* ---- layout ---- */

static void assert_inside_window(const char *what)
{
    const DrawCmd *c = text_outside_window(false);
    if (c)
        fail_msg("%s: \"%.*s\" runs outside the window (x %d, w %d)", what, (int)c->len, draw_text_of(&ui.dl, c),
                 c->rect.x, c->rect.w);
}

static void every_type_fits_an_800_window_before_and_after_checking(void **state)
{
    (void)state;
    W = 800;
    H = 600;
    static const char *ids[] = {"q1-3-01", "q1-3-03", "q1-3-05", "q1-3-07", "q1-3-09", "q1-3-11"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        open_at("s1-3", ids[i]);
        assert_inside_window(ids[i]);
        answer_current(false);
        quiz_goto(&app.quiz.quiz, app.quiz.quiz.pos - 1);
        frame();
        for (int k = 0; k < 20; k++) {
            assert_inside_window(ids[i]);
            press(UI_KEY_PAGEDOWN, 0);
        }
    }
    play(2, false);
    for (int k = 0; k < 20; k++) {
        assert_inside_window("scenario");
        press(UI_KEY_PAGEDOWN, 0);
    }
}

#define T(f) cmocka_unit_test_setup_teardown(f, start, fixture_stop)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(practice_starts_at_the_first_question_of_the_section),
        T(a_right_single_answer_by_key_is_recorded_and_marked),
        T(a_wrong_answer_gets_one_retry_before_the_answer_shows),
        T(a_retry_that_is_right_counts_but_not_in_the_score),
        T(nothing_chosen_is_not_checked),
        T(multiple_by_arrows_and_space_gives_partial_credit),
        T(true_false_by_its_initial),
        T(matching_by_numbers_and_letters),
        T(matching_by_clicks_wrong_then_shown),
        T(ordering_by_alt_arrows),
        T(ordering_by_click_and_place_and_the_arrow_buttons),
        T(cloze_takes_typing_with_case_accents_and_spaces),
        T(cloze_wrong_shows_the_accepted_word_after_the_retry),
        T(a_failed_record_keeps_the_answer_on_screen),
        T(read_back_opens_the_anchor_and_escape_returns_to_the_question),
        T(the_end_shows_the_score_and_practises_the_mistakes),
        T(the_end_links_a_missed_question_back_to_its_section),
        T(an_option_shows_no_feedback_until_that_answer_is_checked),
        T(marks_vanish_as_soon_as_the_answer_changes_for_every_type),
        T(an_ordering_row_is_marked_right_only_in_its_own_place),
        T(the_counter_and_the_strip_agree_after_answers_right_at_the_second_try),
        T(the_current_question_marker_has_a_colour_of_its_own),
        T(a_cloze_answer_one_letter_off_is_almost_right_and_may_be_tried_again),
        T(true_false_badges_are_the_keys_j_and_o),
        T(the_end_states_its_rules_and_its_buttons_follow_one_pattern),
        T(the_whole_chapter_is_practised_from_the_start_screen),
        T(a_new_practice_starts_afresh_but_coming_back_does_not),
        T(every_scenario_along_its_best_and_worst_path),
        T(the_path_is_drawn_as_a_diagram),
        T(a_scenario_restarts_and_a_failed_record_keeps_the_run),
        T(the_scenario_list_opens_a_scenario),
        T(every_type_fits_an_800_window_before_and_after_checking),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
