/* test_app.c - the application driven through its input, with a fake
 * measurer and no window: navigation, keys, search, glossary, terms, text
 * size and the remembered reading place. This is also the example of how
 * to test a screen: fill UiInput, run frame(), look at app and ui.dl. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "exam_screens.h"
#include "fixture_app.h"

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-app");
}

/* Every test starts as a first run. */
static int start(void **state)
{
    (void)state;
    return fixture_start(1280, 800, true);
}

static void start_screen_begins_at_the_first_section(void **state)
{
    (void)state;
    frame();
    assert_int_equal(app.screen, SCREEN_START);
    assert_true(shows("Accountmanagement"));
    click("Begin met lezen");
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, 0);
    assert_true(shows(course->sections[0].title));
}

static void escape_goes_back_where_the_student_came_from(void **state)
{
    (void)state;
    click("Inhoud");
    assert_int_equal(app.screen, SCREEN_TOC);
    click(course->sections[2].title);
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, 2);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_TOC);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START);
    press(UI_KEY_ESCAPE, 0); /* nothing further back: stay */
    assert_int_equal(app.screen, SCREEN_START);
}

/* Clicks the top bar's button LABEL (the bar is drawn last, so its run is
 * the last one that equals LABEL). */
static void bar(const char *label)
{
    frame();
    const DrawCmd *hit = NULL;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len == strlen(label) && memcmp(draw_text_of(&ui.dl, c), label, c->len) == 0)
            hit = c;
    }
    if (!hit)
        fail_msg("no \"%s\" in the top bar", label);
    input_click(&in, hit->rect.x + hit->rect.w / 2, hit->rect.y + hit->rect.h / 2);
    frame();
}

static void escape_never_shows_a_screen_twice_on_the_way_back(void **state)
{
    (void)state;
    click("Begin met lezen");
    bar("Inhoud");
    bar("Begrippen");
    bar("Inhoud");
    bar("Begrippen");
    bar("Zoeken");
    bar("Begrippen");
    assert_int_equal(app.screen, SCREEN_GLOSSARY);
    /* Back from here: every screen at most once, and the start at the end. */
    bool seen[SCREEN_COUNT] = {false};
    seen[app.screen] = true;
    for (int i = 0; i < 10; i++) {
        Screen before = app.screen;
        press(UI_KEY_ESCAPE, 0);
        if (app.screen == before)
            break;
        if (seen[app.screen])
            fail_msg("Esc came back to %s a second time", app_screens[app.screen].name);
        seen[app.screen] = true;
    }
    assert_int_equal(app.screen, SCREEN_START);
    assert_true(seen[SCREEN_SEARCH] && seen[SCREEN_TOC] && seen[SCREEN_READER]);
}

static void back_from_a_search_hit_returns_to_the_results_once(void **state)
{
    (void)state;
    click("Begin met lezen");
    press('f', UI_MOD_CTRL);
    type("account");
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_READER);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_SEARCH); /* the results, to pick another */
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START); /* not the reader a second time */
}

static void the_start_button_goes_home_and_leaves_nothing_to_go_back_to(void **state)
{
    (void)state;
    click("Begin met lezen");
    bar("Begrippen");
    bar("Zoeken");
    bar("Start");
    assert_int_equal(app.screen, SCREEN_START);
    assert_int_equal(app.nhistory, 0);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START);
    /* In English too. */
    app.lang = LANG_EN;
    bar("Contents");
    bar("Home");
    assert_int_equal(app.screen, SCREEN_START);
}

/* Opening screens in any order, far more often than the history holds,
 * keeps each screen in it at most once and never the one showing: Esc can
 * go back at most SCREEN_COUNT - 1 times. */
static void the_history_holds_each_screen_once_however_long_the_visit(void **state)
{
    (void)state;
    static const Screen walk[] = {SCREEN_TOC,      SCREEN_GLOSSARY, SCREEN_SEARCH,    SCREEN_SETTINGS,
                                  SCREEN_PROFILES, SCREEN_PROGRESS, SCREEN_SCENARIOS, SCREEN_READER};
    size_t n = sizeof walk / sizeof walk[0];
    for (size_t k = 0; k < 5 * APP_HISTORY; k++) {
        app_open(&app, walk[(k * 3) % n]);
        assert_true(app.nhistory <= APP_HISTORY && app.nhistory < SCREEN_COUNT);
        for (size_t i = 0; i < app.nhistory; i++) {
            assert_int_not_equal(app.history[i], app.screen);
            for (size_t j = i + 1; j < app.nhistory; j++)
                assert_int_not_equal(app.history[i], app.history[j]);
        }
    }
    frame();
    size_t backs = 0;
    while (app_back(&app))
        backs++;
    assert_true(backs < SCREEN_COUNT);
}

/* The guard behind that bound: were the history ever full (here filled by
 * hand, which opening screens cannot do), opening a screen drops the
 * oldest entry instead of writing past the end. */
static void a_full_history_drops_its_oldest_entry(void **state)
{
    (void)state;
    for (size_t i = 0; i < APP_HISTORY; i++)
        app.history[i] = i % 2 ? SCREEN_GLOSSARY : SCREEN_TOC;
    app.nhistory = APP_HISTORY;
    app.screen = SCREEN_START;
    app_open(&app, SCREEN_SETTINGS);
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    assert_int_equal(app.nhistory, APP_HISTORY);
    assert_int_equal(app.history[0], SCREEN_GLOSSARY); /* the oldest (TOC) went */
    assert_int_equal(app.history[APP_HISTORY - 1], SCREEN_START);
}

static void alt_arrows_move_between_sections_and_stop_at_the_ends(void **state)
{
    (void)state;
    reader_open_at(&app, 0, SIZE_MAX, 0, 0);
    frame();
    press(UI_KEY_LEFT, UI_MOD_ALT);
    assert_int_equal(app.reader.section, 0);
    for (size_t i = 1; i < course->nsections; i++) {
        press(UI_KEY_RIGHT, UI_MOD_ALT);
        assert_int_equal(app.reader.section, i);
        assert_true(shows(course->sections[i].title));
    }
    press(UI_KEY_RIGHT, UI_MOD_ALT);
    assert_int_equal(app.reader.section, course->nsections - 1);
    /* Moving between sections does not pile up history. */
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START);
}

static void keys_scroll_the_page(void **state)
{
    (void)state;
    reader_open_at(&app, 2, SIZE_MAX, 0, 0);
    frame();
    assert_true(app.reader.scroll.y == 0);
    press(UI_KEY_PAGEDOWN, 0);
    float page = app.reader.scroll.y;
    assert_true(page > H / 2);
    press(' ', 0);
    assert_true(app.reader.scroll.y > page);
    press(UI_KEY_END, 0);
    assert_true(app.reader.scroll.y + (float)app.reader.scroll.view.h == (float)app.reader.scroll.content_h);
    assert_true(shows("Oefen deze paragraaf"));
    press(UI_KEY_HOME, 0);
    assert_true(app.reader.scroll.y == 0);
}

static void search_opens_the_section_at_the_hit_with_the_words_marked(void **state)
{
    (void)state;
    press('f', UI_MOD_CTRL);
    assert_int_equal(app.screen, SCREEN_SEARCH);
    input_text(&in, "vertrekpunt");
    frame();
    assert_true(app.search.total > 0);
    assert_true(shows("vertrekpunt"));
    size_t want = app.search.hits[0].section;
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.screen, SCREEN_READER);
    assert_int_equal(app.reader.section, want);
    assert_true(app.reader.scroll.y > 0);
    assert_string_equal(app.reader.highlight, "vertrekpunt");
    /* A highlight is drawn behind the word. */
    bool mark = false;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        mark |=
            ui.dl.cmds[i].kind == DRAW_RECT && memcmp(&ui.dl.cmds[i].color, &ui.theme->highlight, sizeof(Color)) == 0;
    assert_true(mark);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_SEARCH);
}

static void search_selection_moves_with_the_arrows(void **state)
{
    (void)state;
    press('f', UI_MOD_CTRL);
    input_text(&in, "klant");
    frame();
    assert_true(app.search.nhits > 3);
    press(UI_KEY_DOWN, 0);
    press(UI_KEY_DOWN, 0);
    assert_int_equal(app.search.selected, 2);
    press(UI_KEY_UP, 0);
    assert_int_equal(app.search.selected, 1);
}

static void glossary_filters_as_you_type(void **state)
{
    (void)state;
    click("Begrippen");
    assert_int_equal(app.screen, SCREEN_GLOSSARY);
    assert_true(shows("account"));
    input_text(&in, "BUITEN");
    frame();
    assert_true(shows("buitendienst"));
    assert_false(shows("binnendienst"));
    press(UI_KEY_BACKSPACE, UI_MOD_CTRL);
    assert_string_equal(app.glossary.filter, "");
    input_text(&in, "zzzz");
    frame();
    assert_true(shows("Geen begrip gevonden"));
}

static void glossary_link_opens_the_section_at_the_term(void **state)
{
    (void)state;
    click("Begrippen");
    input_text(&in, "accountselectie");
    frame();
    click("Lees in");
    assert_int_equal(app.screen, SCREEN_READER);
    assert_true(shows("accountselectie"));
}

static size_t first_term_block(size_t section)
{
    const Section *s = &course->sections[section];
    for (size_t b = 0; b < s->nblocks; b++)
        if (s->blocks[b].kind == BLOCK_TERM)
            return b;
    return SIZE_MAX;
}

static void a_term_shows_its_definition_on_click_and_on_focus(void **state)
{
    (void)state;
    size_t b = first_term_block(2);
    const Block *term = &course->sections[2].blocks[b];
    reader_open_at(&app, 2, b, 0, 0);
    frame();
    char start[32];
    snprintf(start, sizeof start, "%.20s", term->text);
    /* Opened at the term (from search or the glossary), it is open. */
    assert_true(shows(start));
    click(term->term);
    assert_false(shows(start));
    click(term->term);
    assert_true(shows(start));
    click(term->term);
    assert_false(shows(start));
    /* Keyboard: Tab to the term shows it while it has the focus. */
    ui_set_focus(&ui, 0, false);
    for (int i = 0; i < 40 && ui.focus != ui_id("term", b); i++)
        press(UI_KEY_TAB, 0);
    assert_int_equal(ui.focus, ui_id("term", b));
    frame();
    assert_true(shows(start));
}

static void practice_opens_the_quiz_screen_for_the_section(void **state)
{
    (void)state;
    reader_open_at(&app, 3, SIZE_MAX, 0, 0);
    frame();
    press(UI_KEY_END, 0);
    click("Oefen deze paragraaf");
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_int_equal(app.quiz.section, 3);
    assert_true(shows(course->sections[3].title));
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_READER);
}

static void text_size_keys_change_the_type_and_are_remembered(void **state)
{
    (void)state;
    frame();
    int before = app.typography.body.size;
    press('=', UI_MOD_CTRL | UI_MOD_SHIFT);
    press('+', UI_MOD_CTRL);
    assert_int_equal(app.settings.text_step, 2);
    assert_true(app.typography.body.size > before);
    press('-', UI_MOD_CTRL);
    assert_int_equal(app.settings.text_step, 1);
    Settings saved;
    char err[256];
    assert_true(settings_load(&saved, fixture_settings, err, sizeof err));
    assert_int_equal(saved.text_step, 1);
    press('0', UI_MOD_CTRL);
    assert_int_equal(app.settings.text_step, 0);
    assert_int_equal(app.typography.body.size, before);
}

static void theme_and_font_choices_apply_and_are_saved(void **state)
{
    (void)state;
    click("Weergave");
    click("Hoog contrast");
    assert_int_equal(app.settings.theme, THEME_CONTRAST);
    assert_true(app.theme == theme_get(THEME_CONTRAST));
    click("Dyslexievriendelijk");
    assert_true(app.settings.dyslexic);
    frame();
    assert_int_equal(app.typography.body.family, FONT_FAMILY_DYSLEXIC);
    Settings saved;
    char err[256];
    assert_true(settings_load(&saved, fixture_settings, err, sizeof err));
    assert_int_equal(saved.theme, THEME_CONTRAST);
    assert_true(saved.dyslexic);
    click("Licht");
    click("Dyslexievriendelijk");
}

static void the_start_screen_continues_where_the_student_left_off(void **state)
{
    (void)state;
    reader_open_at(&app, 4, SIZE_MAX, 0, 0);
    frame();
    for (int i = 0; i < 4; i++)
        press(UI_KEY_PAGEDOWN, 0);
    press(UI_KEY_ESCAPE, 0);
    assert_string_equal(app.settings.last_section, course->sections[4].id);
    int block = app.settings.last_block;
    assert_true(block > 0);
    /* A new run reads the file. */
    app_free(&app);
    app_init(&app, course, LANG_NL, fixture_settings, 1);
    app.wall_base_ms = FIXTURE_WALL_MS;
    frame();
    assert_true(shows("Verder lezen"));
    assert_true(shows(course->sections[4].title));
    click("Verder lezen");
    assert_int_equal(app.reader.section, 4);
    assert_true(app.reader.scroll.y > 0);
}

static void a_new_profile_starts_at_the_beginning_not_where_another_left_off(void **state)
{
    (void)state;
    char data[400];
    snprintf(data, sizeof data, "%s/place-data", fixture_dir);
    fixture_rmtree(data);
    app_progress_start(&app, data); /* makes "Leerling 1" */
    char first[PROFILE_ID_SIZE];
    snprintf(first, sizeof first, "%s", app.progress.profile_id);
    assert_true(first[0]);
    reader_open_at(&app, 4, SIZE_MAX, 0, 0);
    frame();
    for (int i = 0; i < 4; i++)
        press(UI_KEY_PAGEDOWN, 0);
    press(UI_KEY_ESCAPE, 0);
    frame();
    assert_true(shows("Verder lezen"));
    /* Anna is new on this machine: she begins at the beginning. */
    char anna[PROFILE_ID_SIZE];
    assert_true(profiles_create(data, "Anna", 0, anna, NULL));
    assert_true(app_profile_open(&app, anna));
    frame();
    assert_false(shows("Verder lezen"));
    assert_true(shows("Begin met lezen"));
    /* Back to the first student: the place is still theirs, also after a restart. */
    assert_true(app_profile_open(&app, first));
    frame();
    assert_true(shows("Verder lezen"));
    assert_true(shows(course->sections[4].title));
    app_free(&app);
    app_init(&app, course, LANG_NL, fixture_settings, 1);
    app.wall_base_ms = FIXTURE_WALL_MS;
    app_progress_start(&app, data);
    assert_string_equal(app.progress.profile_id, first);
    frame();
    click("Verder lezen");
    assert_int_equal(app.reader.section, 4);
    assert_true(app.reader.scroll.y > 0);
    assert_true(app_profile_open(&app, anna));
    app_open(&app, SCREEN_START);
    frame();
    assert_false(shows("Verder lezen"));
    fixture_rmtree(data);
}

/* The block at the top of the reader and how far into it (0..1) the top
 * of the view is. */
static size_t block_at_top(float *frac)
{
    const DocLayout *d = app.reader.doc;
    int y = (int)app.reader.scroll.y - app.typography.unit * 5;
    size_t block = doc_block_at(d, y);
    *frac = -1;
    for (size_t i = 0; i < d->nbands; i++)
        if (d->bands[i].block == (int)block && d->bands[i].y1 > d->bands[i].y0)
            *frac = (float)(y - d->bands[i].y0) / (float)(d->bands[i].y1 - d->bands[i].y0);
    return block;
}

/* A resize that narrows the text column lays the section out again (the
 * lines wrap anew, every block moves); the same block stays at the top,
 * as far into it, and so it does when the column widens again. (1280 ->
 * 820 keeps the column at its full measure, so nothing moves: 640 is
 * narrower.) */
static void resizing_keeps_the_block_at_the_top(void **state)
{
    (void)state;
    reader_open_at(&app, 1, SIZE_MAX, 0, 0);
    frame();
    for (int i = 0; i < 3; i++)
        press(UI_KEY_PAGEDOWN, 0);
    float frac, frac2;
    size_t block = block_at_top(&frac);
    int width = app.reader.doc->width;
    assert_true(frac >= 0);
    W = 640;
    H = 600;
    frame();
    assert_true(app.reader.doc->width < width); /* the column did change */
    assert_int_equal(block_at_top(&frac2), block);
    assert_true(fabsf(frac2 - frac) < 0.05f);
    W = 1280;
    H = 800;
    frame();
    assert_int_equal(app.reader.doc->width, width);
    assert_int_equal(block_at_top(&frac2), block);
    assert_true(fabsf(frac2 - frac) < 0.05f);
}

static void english_interface_translates_the_chrome_not_the_course(void **state)
{
    (void)state;
    app.lang = LANG_EN;
    frame();
    assert_true(shows("Start reading"));
    assert_true(shows("Contents"));
    click("Start reading");
    assert_true(shows(course->sections[0].title));
    assert_true(shows("After this section you can:"));
}

static void nothing_leaves_the_window_on_any_screen(void **state)
{
    (void)state;
    static const Screen screens[] = {SCREEN_START,  SCREEN_TOC,      SCREEN_GLOSSARY,
                                     SCREEN_SEARCH, SCREEN_SETTINGS, SCREEN_QUIZ};
    W = 800;
    H = 600;
    for (int step = SETTINGS_TEXT_STEP_MIN; step <= SETTINGS_TEXT_STEP_MAX; step += 3) {
        app.settings.text_step = step;
        app_settings_changed(&app);
        for (size_t i = 0; i < sizeof screens / sizeof *screens; i++) {
            app_open(&app, screens[i]);
            frame();
            const DrawCmd *c = text_outside_window(false);
            if (c)
                fail_msg("screen %s step %d: \"%.*s\" at x %d w %d", app_screens[screens[i]].name, step, (int)c->len,
                         draw_text_of(&ui.dl, c), c->rect.x, c->rect.w);
        }
    }
    app.settings.text_step = 0;
    app_settings_changed(&app);
}

/* A running test is never left for its setup: on Weergave the
 * Start button is closed and Terug and Esc lead back to the test; the setup,
 * opened by any other way, leads to the test and shows no box about it. */
static void a_running_test_is_never_left_for_its_setup(void **state)
{
    (void)state;
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    app.exam.length = 10;
    assert_true(exam_screen_start(&app));
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM);
    click("Weergave");
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    click("Start");
    assert_int_equal(app.screen, SCREEN_SETTINGS);
    click("Terug");
    assert_int_equal(app.screen, SCREEN_EXAM);
    click("Weergave");
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_true(app.exam.running);
    app_open(&app, SCREEN_EXAM_SETUP);
    frame();
    frame();
    assert_int_equal(app.screen, SCREEN_EXAM);
    assert_true(app.exam.running);
    assert_true(shows("Vraag 1 van 10"));
    assert_false(shows("Stoppen zonder inleveren"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, start, fixture_stop)
    const struct CMUnitTest tests[] = {
        T(start_screen_begins_at_the_first_section),
        T(escape_goes_back_where_the_student_came_from),
        T(escape_never_shows_a_screen_twice_on_the_way_back),
        T(back_from_a_search_hit_returns_to_the_results_once),
        T(the_start_button_goes_home_and_leaves_nothing_to_go_back_to),
        T(the_history_holds_each_screen_once_however_long_the_visit),
        T(a_full_history_drops_its_oldest_entry),
        T(alt_arrows_move_between_sections_and_stop_at_the_ends),
        T(keys_scroll_the_page),
        T(search_opens_the_section_at_the_hit_with_the_words_marked),
        T(search_selection_moves_with_the_arrows),
        T(glossary_filters_as_you_type),
        T(glossary_link_opens_the_section_at_the_term),
        T(a_term_shows_its_definition_on_click_and_on_focus),
        T(practice_opens_the_quiz_screen_for_the_section),
        T(text_size_keys_change_the_type_and_are_remembered),
        T(theme_and_font_choices_apply_and_are_saved),
        T(the_start_screen_continues_where_the_student_left_off),
        T(a_new_profile_starts_at_the_beginning_not_where_another_left_off),
        T(resizing_keeps_the_block_at_the_top),
        T(english_interface_translates_the_chrome_not_the_course),
        T(a_running_test_is_never_left_for_its_setup),
        T(nothing_leaves_the_window_on_any_screen),
    };
#undef T
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
