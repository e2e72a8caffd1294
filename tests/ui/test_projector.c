/* test_projector.c - the class quiz's projector view (screen_class.c,
 * projector.c) driven through the app with the fake measurer: the
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

#include "answer_text.h"

#include "class_screens.h"
#include "projector.h"
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
        if (c->kind != DRAW_TEXT || c->len < 3)
            continue;
        /* At the reveal a long stem may be cut short, ending in "…". */
        size_t n = c->len;
        if (n > 3 && memcmp(draw_text_of(&ui.dl, c) + n - 3, "\xE2\x80\xA6", 3) == 0)
            n -= 3;
        if (n >= 3 && n <= k && memcmp(draw_text_of(&ui.dl, c), plain, n) == 0)
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
    assert_true(c->font.size > app.typography.body.size);
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
                /* A tally, so the reveal has its chart; a number written down has none. */
                if (cq->phase == CLASS_OPEN && classquiz_question(cq)->type != QUESTION_NUMERIC) {
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

/* The option (written order) under letter K of the current question. */
static size_t shown(size_t k)
{
    return classquiz_option_at(&app.classq.cq, app.classq.cq.current, k);
}

static void tally_digits_count_in_the_order_typed(void **state)
{
    (void)state;
    app.classq.live_votes = true;
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
    assert_int_equal(r->tally[shown(0)], 21);
    assert_int_equal(r->tally[shown(1)], 2);
    assert_int_equal(r->tally[shown(2)], 0);
    assert_int_equal(r->tally[shown(3)], 9);
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

static void a_section_offers_only_questions_with_options_or_a_number(void **state)
{
    (void)state;
    size_t *idx = malloc(course->nquestions * sizeof *idx);
    assert_non_null(idx);
    for (size_t set = 1; set <= course->nsections; set++) {
        size_t n = class_pick(course, set, idx);
        assert_true(n > 0);
        for (size_t i = 0; i < n; i++) {
            const Question *q = &course->questions[idx[i]];
            assert_true(q->type == QUESTION_SINGLE || q->type == QUESTION_MULTIPLE || q->type == QUESTION_TRUEFALSE ||
                        q->type == QUESTION_NUMERIC);
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

/* The index of the first text run that begins TEXT (at least 2 bytes: a
 * wrapped option's first line may be "De"), or SIZE_MAX. */
static size_t run_starting(const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len >= 2 && c->len <= n && memcmp(draw_text_of(&ui.dl, c), text, c->len) == 0)
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
                    size_t o = shown(i); /* letter i shows option o */
                    const char *text = q->type == QUESTION_TRUEFALSE
                                           ? (strcmp(q->options[o].id, "true") == 0 ? "Juist" : "Onjuist")
                                           : q->options[o].text;
                    bool right = q->options[o].correct;
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

/* ---- Shuffled letters, hidden votes, more right answers,
 * a layout without overlaps, an export without markup ---- */

/* The letter (0 = A) of round R's first right option as shown. */
static size_t right_letter_of(size_t r)
{
    const ClassQuiz *cq = &app.classq.cq;
    const Question *q = &course->questions[cq->rounds[r].question];
    for (size_t k = 0; k < q->noptions; k++)
        if (q->options[classquiz_option_at(cq, r, k)].correct)
            return k;
    return SIZE_MAX;
}

/* The class set's 15 questions: shuffled (the default), the right letters
 * are spread over A-D, within one of each other for the single-answer
 * questions; the reveal names the letter the tiles showed. Shuffling off
 * gives the order as written; the same seed the same orders again, and
 * the next session of the run new ones. */
static void a_class_session_spreads_the_right_letters_over_a_to_d(void **state)
{
    (void)state;
    begin(0, false, 0);
    ClassQuiz *cq = &app.classq.cq;
    assert_int_equal(cq->nrounds, 15);
    size_t count[4] = {0}, first[15];
    unsigned char orders[15][CLASS_MAX_OPTIONS];
    for (size_t r = 0; r < 15; r++) {
        first[r] = right_letter_of(r);
        memcpy(orders[r], cq->rounds[r].order, sizeof orders[r]);
        const Question *q = &course->questions[cq->rounds[r].question];
        if (classquiz_nright(q) == 1 && !q->fixed_order) {
            assert_true(first[r] < 4);
            count[first[r]]++;
        }
    }
    size_t most = 0, least = SIZE_MAX;
    for (size_t k = 0; k < 4; k++) {
        most = count[k] > most ? count[k] : most;
        least = count[k] < least ? count[k] : least;
    }
    if (most - least > 1)
        fail_msg("right letters A-D: %zu %zu %zu %zu", count[0], count[1], count[2], count[3]);
    /* The reveal of question 1 says the letter its tiles showed. */
    press(UI_KEY_ENTER, 0);
    press(UI_KEY_ENTER, 0);
    char want[32];
    snprintf(want, sizeof want, "\xE2\x9C\x93 Juist: %c", (int)('A' + first[0]));
    assert_true(shows(want));
    app_back(&app);
    class_screen_stop(&app);

    /* The next session of the run: other orders. */
    begin(0, false, 0);
    bool differs = false;
    for (size_t r = 0; r < 15; r++)
        differs = differs || memcmp(orders[r], app.classq.cq.rounds[r].order, sizeof orders[r]) != 0;
    assert_true(differs);
    app_back(&app);
    class_screen_stop(&app);

    /* The same seed from the start: the same orders. */
    app.classq.sessions = 0;
    begin(0, false, 0);
    for (size_t r = 0; r < 15; r++)
        assert_memory_equal(orders[r], app.classq.cq.rounds[r].order, sizeof orders[r]);
    app_back(&app);
    class_screen_stop(&app);

    /* Shuffling off in the setup: the order as written. */
    app_open(&app, SCREEN_CLASS_SETUP);
    app.classq.setup_scroll.y = 100000;
    frame();
    click("Zet de antwoorden bij elke quiz in een andere volgorde");
    assert_true(app.classq.keep_order);
    begin(0, false, 0);
    for (size_t r = 0; r < 15; r++)
        for (size_t k = 0; k < CLASS_MAX_OPTIONS; k++)
            assert_int_equal(app.classq.cq.rounds[r].order[k], k);
}

/* While the countdown runs the counts typed stay off the projector (a
 * count being typed shows as dots); the reveal shows them. With "Toon
 * stemmen tijdens de vraag" they show at once. */
static void votes_stay_hidden_until_the_reveal_unless_the_teacher_shows_them(void **state)
{
    (void)state;
    begin(0, true, 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
    press('3', 0);
    press('7', 0);
    assert_false(shows("37"));
    assert_true(shows("\xE2\x80\xA2\xE2\x80\xA2|"));
    press(UI_KEY_ENTER, 0);
    press('4', 0);
    press('2', 0);
    press(UI_KEY_ENTER, 0);
    press('+', 0);
    assert_false(shows("37"));
    assert_false(shows("42"));
    assert_false(shows("Zo koos de klas"));
    assert_true(shows("verborgen tot het antwoord"));
    press(UI_KEY_ENTER, 0); /* the reveal */
    assert_int_equal(app.classq.cq.phase, CLASS_REVEAL);
    assert_true(shows("37"));
    assert_true(shows("A: 37"));
    assert_true(shows("B: 42"));
    assert_true(shows("C: 1"));
    app_back(&app);
    class_screen_stop(&app);

    /* The switch in the setup. */
    app_open(&app, SCREEN_CLASS_SETUP);
    app.classq.setup_scroll.y = 100000;
    frame();
    click("Toon stemmen tijdens de vraag");
    assert_true(app.classq.live_votes);
    begin(0, true, 0);
    press(UI_KEY_ENTER, 0);
    press('3', 0);
    press('7', 0);
    assert_true(shows("37|"));
    press(UI_KEY_ENTER, 0);
    assert_true(shows("37"));
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
}

/* A question with more than one right option says so on the projector,
 * on its own and with the options; one with one right option does not.
 * The tally counts each option on its own: no share of a total. */
static void a_question_with_more_right_answers_says_so(void **state)
{
    (void)state;
    begin(0, true, 0);
    ClassQuiz *cq = &app.classq.cq;
    size_t multi = 0, single = 0;
    while (cq->phase != CLASS_END) {
        bool more = classquiz_nright(classquiz_question(cq)) > 1;
        if (cq->phase == CLASS_QUESTION || cq->phase == CLASS_OPEN) {
            if (more != shows("Meer antwoorden goed"))
                fail_msg("question %zu (%s), phase %d: \"Meer antwoorden goed\" %s", cq->current + 1,
                         classquiz_question(cq)->id, (int)cq->phase, more ? "missing" : "shown");
            multi += more;
            single += !more;
        }
        if (cq->phase == CLASS_OPEN && more) {
            for (size_t k = 0; k < 3; k++) { /* 20, 15 and 10 votes for A, B, C */
                press('a' + (int)k, 0);
                press(k == 0 ? '2' : '1', 0);
                press(k == 1 ? '5' : '0', 0);
                press(UI_KEY_ENTER, 0);
            }
            press(UI_KEY_ENTER, 0);
            assert_int_equal(cq->phase, CLASS_REVEAL);
            assert_true(shows("Zo koos de klas (per antwoord geteld)"));
            assert_true(shows("A: 20"));
            assert_true(shows("B: 15"));
            assert_true(shows("C: 10"));
            assert_false(shows("%"));
            assert_int_equal(cq->rounds[cq->current].tally[shown(1)], 15);
        }
        press(UI_KEY_ENTER, 0);
    }
    assert_true(multi > 0);
    assert_true(single > 0);
}

static bool overlap(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static bool inside(Rect a, Rect out)
{
    return a.x >= out.x && a.y >= out.y && a.x + a.w <= out.x + out.w && a.y + a.h <= out.y + out.h;
}

/* No text run is cut by a clip or leaves the window, no two runs
 * overlap, and no run overlaps a box (a filled rect holding a label: a
 * tile, button, chip, badge, the countdown) unless it lies inside it;
 * two boxes are apart or one holds the other. WHERE names the frame. */
static void assert_clean_layout(const char *where)
{
    enum { MAX = 1024 };
    static Rect runs[MAX], boxes[MAX];
    static size_t run_cmd[MAX];
    size_t nruns = 0, nboxes = 0;
    Rect clip = {0, 0, W, H};
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_CLIP) {
            clip = c->rect.w < 0 ? (Rect){0, 0, W, H} : c->rect;
        } else if (c->kind == DRAW_TEXT && c->len > 0 && nruns < MAX) {
            if (!overlap(c->rect, clip))
                continue; /* not visible at all */
            if (!inside(c->rect, clip) || !inside(c->rect, (Rect){0, 0, W, H}))
                fail_msg("%s: \"%.*s\" at %d,%d %dx%d is cut off (clip %d,%d %dx%d)", where, (int)c->len,
                         draw_text_of(&ui.dl, c), c->rect.x, c->rect.y, c->rect.w, c->rect.h, clip.x, clip.y, clip.w,
                         clip.h);
            run_cmd[nruns] = i;
            runs[nruns++] = c->rect;
        }
    }
    for (size_t i = 0; i < ui.dl.ncmds && nboxes < MAX; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind != DRAW_RECT || (c->rect.w >= W && c->rect.h >= H))
            continue;
        bool labelled = false;
        for (size_t k = 0; k < nruns && !labelled; k++)
            labelled = run_cmd[k] > i && inside(runs[k], c->rect);
        if (labelled) {
            if (!inside(c->rect, (Rect){0, 0, W, H}))
                fail_msg("%s: a box at %d,%d %dx%d leaves the window", where, c->rect.x, c->rect.y, c->rect.w,
                         c->rect.h);
            boxes[nboxes++] = c->rect;
        }
    }
    for (size_t a = 0; a < nruns; a++) {
        const DrawCmd *ca = &ui.dl.cmds[run_cmd[a]];
        for (size_t b = a + 1; b < nruns; b++)
            if (overlap(runs[a], runs[b])) {
                const DrawCmd *cb = &ui.dl.cmds[run_cmd[b]];
                fail_msg("%s: \"%.*s\" (%d,%d %dx%d) overlaps \"%.*s\" (%d,%d %dx%d)", where, (int)ca->len,
                         draw_text_of(&ui.dl, ca), ca->rect.x, ca->rect.y, ca->rect.w, ca->rect.h, (int)cb->len,
                         draw_text_of(&ui.dl, cb), cb->rect.x, cb->rect.y, cb->rect.w, cb->rect.h);
            }
        for (size_t b = 0; b < nboxes; b++)
            if (overlap(runs[a], boxes[b]) && !inside(runs[a], boxes[b]))
                fail_msg("%s: \"%.*s\" (%d,%d %dx%d) runs into a box at %d,%d %dx%d", where, (int)ca->len,
                         draw_text_of(&ui.dl, ca), ca->rect.x, ca->rect.y, ca->rect.w, ca->rect.h, boxes[b].x,
                         boxes[b].y, boxes[b].w, boxes[b].h);
    }
    for (size_t a = 0; a < nboxes; a++)
        for (size_t b = a + 1; b < nboxes; b++)
            if (overlap(boxes[a], boxes[b]) && !inside(boxes[a], boxes[b]) && !inside(boxes[b], boxes[a]))
                fail_msg("%s: boxes %d,%d %dx%d and %d,%d %dx%d overlap", where, boxes[a].x, boxes[a].y, boxes[a].w,
                         boxes[a].h, boxes[b].x, boxes[b].y, boxes[b].w, boxes[b].h);
}

/* Every option's text on the frame runs at least H/30 tall. */
static void assert_options_big(const char *where)
{
    const Question *q = classquiz_question(&app.classq.cq);
    if (q->type == QUESTION_NUMERIC) { /* no options: what to write down, then the number */
        char text[512], right[256];
        if (app.classq.cq.phase == CLASS_OPEN) {
            snprintf(text, sizeof text, app_str(&app, STR_CLASS_NUMERIC_WRITE_UNIT), q->unit);
        } else {
            answer_text_numeric_right(&app, q, right, sizeof right);
            snprintf(text, sizeof text, "%s: %s", app_str(&app, STR_CLASS_RIGHT), right);
        }
        size_t at = run_starting(text);
        if (at == SIZE_MAX)
            fail_msg("%s: \"%s\" not on the frame", where, text);
        if (ui.dl.cmds[at].rect.h * 30 < H)
            fail_msg("%s: \"%s\" is %d px tall, less than %d / 30", where, text, ui.dl.cmds[at].rect.h, H);
        return;
    }
    for (size_t k = 0; k < q->noptions; k++) {
        const Option *o = &q->options[shown(k)];
        const char *text = q->type == QUESTION_TRUEFALSE ? (strcmp(o->id, "true") == 0 ? "Juist" : "Onjuist") : o->text;
        size_t at = run_starting(text);
        if (at == SIZE_MAX)
            fail_msg("%s: option %c \"%s\" not on the frame", where, (int)('A' + k), text);
        if (ui.dl.cmds[at].rect.h * 30 < H)
            fail_msg("%s: option %c is %d px tall, less than %d / 30", where, (int)('A' + k), ui.dl.cmds[at].rect.h, H);
    }
}

/* At 800x600, 1024x768, 1280x720 and 1920x1080, with six teams of the
 * longest names allowed, counts shown on the tiles and in the chart and
 * every team's point given, every question of every set the teacher can
 * pick lays out clean in every phase (assert_clean_layout), the question
 * runs at least H/20 tall and each option at least H/30 on the open
 * question and the reveal: sections' questions with five options of 150
 * characters too (their repeat of the question is cut short instead). */
static void the_projector_never_overlaps_at_four_sizes_with_six_long_team_names(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 600}, {1024, 768}, {1280, 720}, {1920, 1080}};
    for (size_t t = 0; t < CLASS_MAX_TEAMS; t++) /* 32 bytes: the longest a name can be */
        snprintf(app.classq.team_names[t], sizeof app.classq.team_names[t], "De supersnelle accountmanagers %zu",
                 t + 1);
    assert_int_equal(strlen(app.classq.team_names[5]), CLASS_TEAM_NAME - 1);
    app.classq.live_votes = true;
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        W = sizes[s][0];
        H = sizes[s][1];
        for (size_t set = 0; set <= course->nsections; set++) {
            begin(set, true, CLASS_MAX_TEAMS);
            ClassQuiz *cq = &app.classq.cq;
            while (cq->phase != CLASS_END) {
                char where[160];
                snprintf(where, sizeof where, "%dx%d, set %zu, question %zu (%s), phase %d", W, H, set, cq->current + 1,
                         classquiz_question(cq)->id, (int)cq->phase);
                if (cq->phase == CLASS_OPEN && classquiz_question(cq)->type != QUESTION_NUMERIC) {
                    for (size_t k = 0; k < classquiz_question(cq)->noptions; k++) {
                        press('a' + (int)k, 0);
                        press('9', 0);
                        press('9', 0);
                        press('9', 0);
                        press(UI_KEY_ENTER, 0);
                    }
                    press('a', 0);
                } else if (cq->phase == CLASS_REVEAL) {
                    for (size_t t = 0; t < CLASS_MAX_TEAMS; t++)
                        press('1' + (int)t, 0);
                }
                assert_clean_layout(where);
                if (cq->phase == CLASS_QUESTION || cq->phase == CLASS_OPEN || cq->phase == CLASS_REVEAL)
                    assert_prompt_big();
                if (cq->phase == CLASS_OPEN || cq->phase == CLASS_REVEAL)
                    assert_options_big(where);
                press(UI_KEY_ENTER, 0);
            }
            assert_clean_layout("the end");
            app_back(&app);
            class_screen_stop(&app);
        }
    }
}

/* At 800x600 with six teams the reveal of a question with five long
 * options has no room for the tally chart; the counts the teacher typed
 * are then on the tiles: each option's count inside its own tile. */
static void the_counts_are_on_the_tiles_when_the_chart_has_no_room(void **state)
{
    (void)state;
    W = 800;
    H = 600;
    size_t checked = 0;
    for (size_t set = 1; set <= course->nsections; set++) {
        begin(set, true, CLASS_MAX_TEAMS);
        ClassQuiz *cq = &app.classq.cq;
        while (cq->phase != CLASS_END) {
            const Question *q = classquiz_question(cq);
            if (cq->phase != CLASS_OPEN || q->noptions < 5) {
                press(UI_KEY_ENTER, 0);
                continue;
            }
            for (size_t k = 0; k < q->noptions; k++) { /* 11, 12, ... for A, B, ... */
                press('a' + (int)k, 0);
                press('1', 0);
                press('1' + (int)k, 0);
                press(UI_KEY_ENTER, 0);
            }
            press(UI_KEY_ENTER, 0);
            assert_int_equal(cq->phase, CLASS_REVEAL);
            if (!shows("Zo koos de klas")) { /* the chart dropped */
                checked++;
                for (size_t k = 0; k < q->noptions; k++) {
                    const Option *o = &q->options[shown(k)];
                    size_t at = run_starting(o->text);
                    if (at == SIZE_MAX)
                        fail_msg("%s: option %c not on the frame", q->id, (int)('A' + k));
                    const DrawCmd *fill = fill_under(at);
                    assert_non_null(fill);
                    char count[24];
                    snprintf(count, sizeof count, "1%zu", k + 1);
                    bool on_tile = false;
                    for (size_t i = 0; i < ui.dl.ncmds && !on_tile; i++) {
                        const DrawCmd *c = &ui.dl.cmds[i];
                        on_tile = c->kind == DRAW_TEXT && c->len == strlen(count) &&
                                  memcmp(draw_text_of(&ui.dl, c), count, c->len) == 0 && inside(c->rect, fill->rect);
                    }
                    if (!on_tile)
                        fail_msg("%s at 800x600: the count %s of option %c is not on its tile", q->id, count,
                                 (int)('A' + k));
                }
            }
            press(UI_KEY_ENTER, 0);
        }
        app_back(&app);
        class_screen_stop(&app);
    }
    assert_true(checked > 0);
}

/* The export of a section whose questions bold their key words holds the
 * words, not the markup. */
static void the_class_export_holds_no_markup(void **state)
{
    (void)state;
    snprintf(app.progress.data_dir, sizeof app.progress.data_dir, "%s/data", fixture_dir);
    size_t set = SIZE_MAX;
    for (size_t s = 0; s < course->nsections; s++)
        if (strcmp(course->sections[s].number, "1.5") == 0)
            set = s + 1;
    assert_true(set != SIZE_MAX);
    begin(set, true, 2);
    while (app.classq.cq.phase != CLASS_END)
        press(UI_KEY_ENTER, 0);
    press('e', 0);
    FILE *f = fopen(app.classq.export_path, "r");
    assert_non_null(f);
    static char csv[65536];
    size_t n = fread(csv, 1, sizeof csv - 1, f);
    csv[n] = '\0';
    fclose(f);
    assert_non_null(strstr(csv, "buitendienst"));
    if (strchr(csv, '*'))
        fail_msg("markup in the export: %s", strchr(csv, '*'));
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
        cmocka_unit_test_setup_teardown(a_section_offers_only_questions_with_options_or_a_number, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_right_answer_is_green_at_the_reveal, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_start_button_needs_no_scrolling_at_4_3, start, fixture_stop),
        cmocka_unit_test_setup_teardown(enter_starts_the_quiz_from_the_setup, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_class_session_spreads_the_right_letters_over_a_to_d, start, fixture_stop),
        cmocka_unit_test_setup_teardown(votes_stay_hidden_until_the_reveal_unless_the_teacher_shows_them, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_question_with_more_right_answers_says_so, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_projector_never_overlaps_at_four_sizes_with_six_long_team_names, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(the_counts_are_on_the_tiles_when_the_chart_has_no_room, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_class_export_holds_no_markup, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
