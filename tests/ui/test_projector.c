/* test_projector.c - the class quiz's projector view (screen_class.c,
 * class_view.c) driven through the app with the fake measurer: the
 * question's type is at least a twentieth of the window's height at 16:9
 * and 4:3 (and other sizes) in every phase and for every question the
 * teacher can pick, nothing is drawn outside the window, the keys of the
 * tally and the teams, full screen on entering and back on leaving, the
 * right answer's green tile and bar at the reveal, the setup's start
 * button on screen at 4:3 sizes (and Enter starting the quiz), and the CSV
 * export. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "class_screens.h"
#include "class_view.h"
#include "fixture_app.h"

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-projector");
}

/* Every test: a projector of 1920 x 1080. */
static int start(void **state)
{
    (void)state;
    return fixture_start(1920, 1080, false);
}

/* Starts a class quiz of SET with the given options and shows it. */
static void begin(size_t set, bool tally, size_t nteams)
{
    app.classq.set = set;
    app.classq.tally = tally;
    app.classq.nteams = nteams;
    app.classq.seconds = 20;
    assert_true(class_screen_start(&app));
    app_open(&app, SCREEN_CLASS);
    frame();
    assert_int_equal(app.screen, SCREEN_CLASS);
}

/* The first text run of the current question's prompt (markup removed). */
static const DrawCmd *prompt_run(void)
{
    const Question *q = classquiz_question(&app.classq.cq);
    char plain[2048];
    size_t k = 0;
    for (const char *p = q->prompt; *p && k + 1 < sizeof plain; p++)
        if (*p != '*')
            plain[k++] = *p;
    plain[k] = '\0';
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len >= 3 && c->len <= k && memcmp(draw_text_of(&ui.dl, c), plain, c->len) == 0)
            return c;
    }
    return NULL;
}

static void assert_inside_window(void)
{
    const DrawCmd *c = text_outside_window(true);
    if (c)
        fail_msg("\"%.*s\" at %d,%d %dx%d runs outside %dx%d", (int)c->len, draw_text_of(&ui.dl, c), c->rect.x,
                 c->rect.y, c->rect.w, c->rect.h, W, H);
}

/* The prompt on screen is at least H/20 tall and bigger than the reader's
 * body text. */
static void assert_prompt_big(void)
{
    const DrawCmd *c = prompt_run();
    if (!c)
        fail_msg("question %zu: prompt not found at %dx%d, phase %d", app.classq.cq.current + 1, W, H,
                 (int)app.classq.cq.phase);
    if (c->rect.h * 20 < H)
        fail_msg("question %zu at %dx%d, phase %d: the prompt is %d px tall, less than %d / 20",
                 app.classq.cq.current + 1, W, H, (int)app.classq.cq.phase, c->rect.h, H);
    assert_true(c->font.size > app.typo.body.size);
}

static void question_text_is_a_twentieth_of_the_height_at_every_size(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1920, 1080}, {1024, 768}, {1280, 720}, {1280, 800}, {1600, 1200}, {800, 600}};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        W = sizes[s][0];
        H = sizes[s][1];
        for (size_t set = 0; set <= course->nsections; set++) {
            begin(set, true, 3);
            ClassQuiz *cq = &app.classq.cq;
            while (cq->phase != CLASS_END) {
                if (cq->phase == CLASS_QUESTION || cq->phase == CLASS_OPEN || cq->phase == CLASS_REVEAL) {
                    assert_prompt_big();
                    assert_inside_window();
                }
                if (cq->phase == CLASS_OPEN) { /* a tally, so the reveal has its chart */
                    press('7', 0);
                    press(UI_KEY_ENTER, 0);
                    press('3', 0);
                    press(UI_KEY_ENTER, 0);
                    assert_prompt_big();
                    assert_inside_window();
                }
                press(UI_KEY_ENTER, 0);
            }
            assert_inside_window();
            app_back(&app);
            class_screen_stop(&app);
        }
    }
}

static void question_text_is_big_at_1920x1080_and_1024x768(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1920, 1080}, {1024, 768}};
    for (size_t s = 0; s < 2; s++) {
        W = sizes[s][0];
        H = sizes[s][1];
        begin(0, false, 0);
        const DrawCmd *c = prompt_run();
        assert_non_null(c);
        assert_true(c->rect.h * 20 >= H);
        press(UI_KEY_ENTER, 0); /* the options and the countdown */
        c = prompt_run();
        assert_non_null(c);
        assert_true(c->rect.h * 20 >= H);
        press(UI_KEY_ENTER, 0); /* the reveal */
        c = prompt_run();
        assert_non_null(c);
        assert_true(c->rect.h * 20 >= H);
        app_back(&app);
        class_screen_stop(&app);
    }
}

static void the_projector_has_no_top_bar(void **state)
{
    (void)state;
    begin(0, false, 0);
    assert_false(shows("Inhoud"));
    assert_false(shows("Weergave"));
    assert_true(shows("Vraag 1 van 15"));
}

static void entering_asks_for_full_screen_and_leaving_gives_it_back(void **state)
{
    (void)state;
    app_open(&app, SCREEN_CLASS_SETUP);
    frame();
    assert_true(class_screen_start(&app));
    app_open(&app, SCREEN_CLASS);
    assert_true(app.toggle_fullscreen);
    /* The platform carries it out. */
    app.toggle_fullscreen = false;
    app.fullscreen = true;
    frame();
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_CLASS_SETUP);
    assert_true(app.toggle_fullscreen);
    app.toggle_fullscreen = false;
    app.fullscreen = false;
    /* Already full screen: nothing to ask, nothing to give back. */
    app.fullscreen = true;
    app_open(&app, SCREEN_CLASS);
    assert_false(app.toggle_fullscreen);
    press(UI_KEY_ESCAPE, 0);
    assert_false(app.toggle_fullscreen);
}

static void tally_digits_count_in_the_order_typed(void **state)
{
    (void)state;
    begin(0, true, 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
    press('2', 0);
    press('1', 0);
    assert_true(shows("21|"));
    press(UI_KEY_ENTER, 0); /* A = 21, on to B */
    press('+', 0);
    press('+', 0);
    press('+', 0);
    press('-', 0); /* B = 2 */
    press('d', 0);
    press('4', 0);
    press(UI_KEY_BACKSPACE, 0);
    press('9', 0);
    press(UI_KEY_ENTER, 0); /* D = 9 */
    const ClassRound *r = &app.classq.cq.rounds[0];
    assert_int_equal(r->tally[0], 21);
    assert_int_equal(r->tally[1], 2);
    assert_int_equal(r->tally[2], 0);
    assert_int_equal(r->tally[3], 9);
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
    press(UI_KEY_ENTER, 0); /* nothing typed: the reveal */
    assert_int_equal(app.classq.cq.phase, CLASS_REVEAL);
    assert_true(shows("A: 21"));
    assert_true(shows("B: 2"));
    assert_true(shows("C: 0"));
    assert_true(shows("D: 9"));
    assert_true(shows("Zo koos de klas (32 stemmen)"));
}

static void teams_get_points_at_the_reveal_only(void **state)
{
    (void)state;
    begin(0, false, 2);
    press('1', 0); /* the question: no points yet */
    press(UI_KEY_ENTER, 0);
    press('1', 0); /* open: no points either */
    assert_int_equal(app.classq.cq.scores[0], 0);
    press(UI_KEY_ENTER, 0);
    press('2', 0);
    press('3', 0); /* no third team */
    assert_int_equal(app.classq.cq.scores[1], 1);
    assert_true(shows("\xE2\x9C\x93 2 Team 2"));
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.classq.cq.phase, CLASS_SCORES);
    assert_true(shows("Tussenstand"));
    assert_true(shows("1. Team 2"));
    assert_true(shows("2. Team 1"));
}

static void space_pauses_the_countdown_and_the_clock_asks_for_frames(void **state)
{
    (void)state;
    now_ms = 1000;
    begin(0, false, 0);
    press(UI_KEY_ENTER, 0);
    assert_true(shows("20"));
    app.wake_at_ms = 0;
    now_ms += 2500;
    frame();
    assert_true(shows("18"));
    assert_int_equal(app.wake_at_ms, now_ms + 500);
    press(' ', 0);
    app.wake_at_ms = 0;
    now_ms += 10000;
    frame();
    assert_true(shows("18"));
    assert_true(shows("Pauze"));
    assert_int_equal(app.wake_at_ms, 0); /* paused: no wake-ups */
    press(' ', 0);
    now_ms += 20000;
    frame();
    assert_true(shows("Tijd is om"));
    now_ms = 0;
}

static void tab_gives_no_widget_the_enter_key(void **state)
{
    (void)state;
    begin(0, false, 0);
    press(UI_KEY_TAB, 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
}

static void export_writes_csv_to_the_data_folder(void **state)
{
    (void)state;
    snprintf(app.progress.data_dir, sizeof app.progress.data_dir, "%s/data", fixture_dir);
    begin(1, true, 2);
    while (app.classq.cq.phase != CLASS_END)
        press(UI_KEY_ENTER, 0);
    assert_true(shows("Einde van de quiz"));
    press('e', 0);
    assert_true(app.classq.export_path[0] != '\0');
    assert_true(shows("Opgeslagen in:"));
    assert_true(shows(app.classq.export_path));
    FILE *f = fopen(app.classq.export_path, "r");
    assert_non_null(f);
    char line[512];
    assert_non_null(fgets(line, sizeof line, f));
    assert_non_null(strstr(line, "Vraag;Juiste antwoord"));
    fclose(f);
    /* A second export never overwrites the first. */
    char first[4200];
    snprintf(first, sizeof first, "%s", app.classq.export_path);
    press('e', 0);
    assert_string_not_equal(first, app.classq.export_path);
}

static void a_section_offers_only_questions_with_options(void **state)
{
    (void)state;
    size_t *idx = malloc(course->nquestions * sizeof *idx);
    assert_non_null(idx);
    for (size_t set = 1; set <= course->nsections; set++) {
        size_t n = class_pick(course, set, idx);
        assert_true(n > 0);
        for (size_t i = 0; i < n; i++) {
            const Question *q = &course->questions[idx[i]];
            assert_true(q->type == QUESTION_SINGLE || q->type == QUESTION_MULTIPLE || q->type == QUESTION_TRUEFALSE);
            assert_int_equal(q->section_index, set - 1);
            assert_true(strncmp(q->id, "kq-", 3) != 0);
        }
    }
    assert_int_equal(class_pick(course, 0, idx), 15);
    free(idx);
}

static bool same_color(Color a, Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

/* The index of the first text run that begins TEXT (at least 3 bytes: a
 * wrapped option's first line), or SIZE_MAX. */
static size_t run_starting(const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len >= 3 && c->len <= n && memcmp(draw_text_of(&ui.dl, c), text, c->len) == 0)
            return i;
    }
    return SIZE_MAX;
}

static bool contains_point(Rect r, int x, int y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

/* The fill of the tile under the run at index I: the last rect drawn
 * before it that holds the run's start. */
static const DrawCmd *fill_under(size_t i)
{
    const DrawCmd *t = &ui.dl.cmds[i];
    for (size_t k = i; k-- > 0;) {
        const DrawCmd *c = &ui.dl.cmds[k];
        if (c->kind == DRAW_RECT && contains_point(c->rect, t->rect.x, t->rect.y + t->rect.h / 2))
            return c;
    }
    return NULL;
}

/* At the reveal the right option's tile is the palette's right green
 * (with ✓ on it) and its bar in the chart too; the wrong ones are dim
 * (with ✗). Checked for every question of the class set, in the light and
 * the black palette, so a right answer A (a red tile while open) is green
 * too. */
static void the_right_answer_is_green_at_the_reveal(void **state)
{
    (void)state;
    static const ThemeId themes[] = {THEME_LIGHT, THEME_CONTRAST};
    for (size_t th = 0; th < 2; th++) {
        app.settings.theme = themes[th];
        const Palette *p = projector_palette(&app);
        begin(0, true, 0);
        ClassQuiz *cq = &app.classq.cq;
        size_t asked = 0;
        while (cq->phase != CLASS_END) {
            if (cq->phase == CLASS_OPEN) {
                const Question *q = classquiz_question(cq);
                for (size_t i = 0; i < q->noptions; i++) { /* a vote for every option */
                    press('1' + (int)i, 0);
                    press(UI_KEY_ENTER, 0);
                }
                press(UI_KEY_ENTER, 0);
                assert_int_equal(cq->phase, CLASS_REVEAL);
                asked++;
                for (size_t i = 0; i < q->noptions; i++) {
                    const char *text = q->type == QUESTION_TRUEFALSE
                                           ? (strcmp(q->options[i].id, "true") == 0 ? "Juist" : "Onjuist")
                                           : q->options[i].text;
                    bool right = q->options[i].correct;
                    size_t at = run_starting(text);
                    if (at == SIZE_MAX)
                        fail_msg("question %zu: option %zu \"%s\" not found", cq->current + 1, i, text);
                    const DrawCmd *fill = fill_under(at);
                    assert_non_null(fill);
                    if (!same_color(fill->color, right ? p->right : p->dim))
                        fail_msg("question %zu, theme %d: option %c (%s) is #%02x%02x%02x", cq->current + 1,
                                 (int)themes[th], 'A' + (int)i, right ? "right" : "wrong", fill->color.r, fill->color.g,
                                 fill->color.b);
                    /* Its symbol lies on the tile, in the tile's text colour. */
                    const char *mark = right ? "\xE2\x9C\x93" : "\xE2\x9C\x97";
                    bool marked = false;
                    for (size_t k = 0; k < ui.dl.ncmds; k++) {
                        const DrawCmd *c = &ui.dl.cmds[k];
                        if (c->kind == DRAW_TEXT && c->len == 3 && memcmp(draw_text_of(&ui.dl, c), mark, 3) == 0 &&
                            contains_point(fill->rect, c->rect.x, c->rect.y + c->rect.h / 2))
                            marked = marked || same_color(c->color, right ? p->on_right : p->dim_text);
                    }
                    assert_true(marked);
                    /* The bar stands on the label "A: 1" under it. */
                    char label[32];
                    snprintf(label, sizeof label, "%c: %d", 'A' + (int)i, (int)i + 1);
                    const DrawCmd *l = find_text(&ui.dl, label, false);
                    assert_non_null(l);
                    int cx = l->rect.x + l->rect.w / 2;
                    const DrawCmd *bar = NULL;
                    for (size_t k = 0; k < ui.dl.ncmds; k++) {
                        const DrawCmd *c = &ui.dl.cmds[k];
                        if (c->kind == DRAW_RECT && c->rect.h > 4 && cx >= c->rect.x && cx < c->rect.x + c->rect.w &&
                            c->rect.y + c->rect.h <= l->rect.y && c->rect.y + c->rect.h >= l->rect.y - 8)
                            bar = c;
                    }
                    assert_non_null(bar);
                    assert_true(same_color(bar->color, right ? p->right : p->dim));
                }
            }
            press(UI_KEY_ENTER, 0);
        }
        assert_int_equal(asked, 15);
        app_back(&app);
        class_screen_stop(&app);
    }
}

/* The setup's "Start de quiz" lies wholly in the window, under the top
 * bar, without scrolling, at 4:3 sizes (also with a quiz running and six
 * teams), and a click on it starts the quiz. */
static void the_start_button_needs_no_scrolling_at_4_3(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1024, 768}, {800, 600}, {1920, 1080}};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        for (int running = 0; running < 2; running++) {
            W = sizes[s][0];
            H = sizes[s][1];
            app.classq.nteams = running ? CLASS_MAX_TEAMS : 0;
            app_open(&app, SCREEN_CLASS_SETUP);
            app.classq.setup_scroll.y = 0;
            frame();
            const DrawCmd *c = find_text(&ui.dl, "Start de quiz", false);
            if (!c)
                fail_msg("no start button at %dx%d", W, H);
            if (c->rect.x < 0 || c->rect.y < app.classq.setup_scroll.view.y || c->rect.x + c->rect.w > W ||
                c->rect.y + c->rect.h > H)
                fail_msg("\"Start de quiz\" at %d,%d %dx%d is not in view at %dx%d", c->rect.x, c->rect.y, c->rect.w,
                         c->rect.h, W, H);
            click("Start de quiz");
            assert_int_equal(app.screen, SCREEN_CLASS);
            assert_true(app.classq.running);
            press(UI_KEY_ESCAPE, 0);
            assert_int_equal(app.screen, SCREEN_CLASS_SETUP);
            if (!running)
                class_screen_stop(&app);
        }
        class_screen_stop(&app);
    }
}

/* Enter on the setup starts the quiz, also after a click on a choice; not
 * while a team's name is typed, nor when Tab took the focus to a choice
 * (Enter is then that choice's). The top start button comes first in the
 * Tab order, the choices after it, the bottom one last. */
static void enter_starts_the_quiz_from_the_setup(void **state)
{
    (void)state;
    W = 1024;
    H = 768;
    app_open(&app, SCREEN_CLASS_SETUP);
    frame();
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_CLASS);
    press(UI_KEY_ESCAPE, 0);
    class_screen_stop(&app);
    app.classq.setup_scroll.y = 100000; /* the teams, at the end */
    frame();

    click("3 teams");
    assert_int_equal(app.classq.nteams, 3);
    click("Team 1");
    type("Rood");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_CLASS_SETUP);
    assert_string_equal(app.classq.team_names[0], "Rood");
    click("3 teams"); /* a choice clicked last: Enter still starts */
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_CLASS);
    assert_string_equal(app.classq.cq.teams[0], "Rood");
    press(UI_KEY_ESCAPE, 0);
    class_screen_stop(&app);
    frame();

    size_t top = SIZE_MAX, bottom = SIZE_MAX, set = SIZE_MAX, name = SIZE_MAX;
    for (size_t i = 0; i < ui.norder; i++) {
        UiId id = ui.order[i].id;
        if (id == ui_id("class-start", 1))
            top = i;
        else if (id == ui_id("class-start", 0))
            bottom = i;
        else if (id == ui_id("class-set", 0))
            set = i;
        else if (id == ui_id("class-team-name", 2))
            name = i;
    }
    assert_true(top < set && set < name && name < bottom);
    /* Tab to the class set's choice and on to the first section: Enter
     * picks it and does not start. */
    ui_set_focus(&ui, ui.order[set + 1].id, true);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_CLASS_SETUP);
    assert_int_equal(app.classq.set, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(question_text_is_big_at_1920x1080_and_1024x768, start, fixture_stop),
        cmocka_unit_test_setup_teardown(question_text_is_a_twentieth_of_the_height_at_every_size, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_projector_has_no_top_bar, start, fixture_stop),
        cmocka_unit_test_setup_teardown(entering_asks_for_full_screen_and_leaving_gives_it_back, start, fixture_stop),
        cmocka_unit_test_setup_teardown(tally_digits_count_in_the_order_typed, start, fixture_stop),
        cmocka_unit_test_setup_teardown(teams_get_points_at_the_reveal_only, start, fixture_stop),
        cmocka_unit_test_setup_teardown(space_pauses_the_countdown_and_the_clock_asks_for_frames, start, fixture_stop),
        cmocka_unit_test_setup_teardown(tab_gives_no_widget_the_enter_key, start, fixture_stop),
        cmocka_unit_test_setup_teardown(export_writes_csv_to_the_data_folder, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_section_offers_only_questions_with_options, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_right_answer_is_green_at_the_reveal, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_start_button_needs_no_scrolling_at_4_3, start, fixture_stop),
        cmocka_unit_test_setup_teardown(enter_starts_the_quiz_from_the_setup, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
