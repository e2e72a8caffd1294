/* test_klas_screen.c - the Klasoverzicht screen driven through its input
 * with the fake measurer: reached from the start screen, a folder typed
 * and read, the spread drawn as stacked bars, names shown on the teacher's
 * screen and gone (every one of them) with the toggle or on a projector,
 * the folder remembered in the settings, the overview saved as CSV. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "fixture_app.h"

static char klas_dir[400], data[400];

/* Anna (JSON export): q1-2-01 right twice, and a test of two answers
 * both right (10,0). Bram (CSV export): q1-2-01 wrong with option b,
 * twice. */
static const char *const anna =
    "[{\"student\":\"Anna Jansen\",\"profile\":\"p-00000000000000a1\",\"time\":\"2026-03-01T09:00:00.000Z\","
    "\"item\":\"q1-2-01\",\"mode\":\"practice\",\"score\":1,\"answer\":{\"chosen\":[\"a\"]}},"
    "{\"student\":\"Anna Jansen\",\"profile\":\"p-00000000000000a1\",\"time\":\"2026-03-01T09:01:00.000Z\","
    "\"item\":\"q1-2-01\",\"mode\":\"practice\",\"score\":1,\"answer\":{\"chosen\":[\"a\"]}},"
    "{\"student\":\"Anna Jansen\",\"profile\":\"p-00000000000000a1\",\"time\":\"2026-03-02T10:00:00.000Z\","
    "\"item\":\"q1-2-02\",\"mode\":\"exam\",\"score\":1,\"answer\":{\"chosen\":[\"a\"]}},"
    "{\"student\":\"Anna Jansen\",\"profile\":\"p-00000000000000a1\",\"time\":\"2026-03-02T10:00:00.500Z\","
    "\"item\":\"q1-2-05\",\"mode\":\"exam\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}}]";
static const char *const bram =
    "\xEF\xBB\xBFleerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;letters;antwoord;"
    "antwoord_json\r\n"
    "Bram de Wit;p-00000000000000b2;2026-03-01 "
    "10:00:00;q1-2-01;;;oefenen;0;3;2026.1;B;;\"{\"\"chosen\"\":[\"\"b\"\"]}\"\r\n"
    "Bram de Wit;p-00000000000000b2;2026-03-01 "
    "10:01:00;q1-2-01;;;oefenen;0;3;2026.1;B;;\"{\"\"chosen\"\":[\"\"b\"\"]}\"\r\n";

static void write_file(const char *name, const char *text)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", klas_dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    if (fixture_setup("aw-klas-ui") != 0)
        return -1;
    snprintf(klas_dir, sizeof klas_dir, "%s/klas 3B", fixture_dir);
    snprintf(data, sizeof data, "%s/data", fixture_dir);
    if (mkdir(klas_dir, 0700) != 0)
        return -1;
    write_file("anna.json", anna);
    write_file("bram.csv", bram);
    return 0;
}

/* A window tall enough to show the whole overview. */
static int start(void **state)
{
    (void)state;
    return fixture_start(1280, 4000, true);
}

/* Opens the screen and reads the class folder through the path field. */
static void read_class(void)
{
    app_open(&app, SCREEN_KLAS);
    frame();
    type(klas_dir);
    press(UI_KEY_ENTER, 0);
    assert_true(app.klas.loaded);
}

static size_t rects_of(Color c)
{
    size_t n = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *d = &ui.dl.cmds[i];
        if (d->kind == DRAW_RECT && d->color.r == c.r && d->color.g == c.g && d->color.b == c.b && d->rect.w > 0)
            n++;
    }
    return n;
}

static void the_start_screen_leads_to_the_klasoverzicht(void **state)
{
    (void)state;
    frame();
    click("Klasoverzicht");
    assert_int_equal(app.screen, SCREEN_KLAS);
    assert_true(shows("Map met de exports van de klas"));
    assert_true(shows("Kies een map met exports"));
}

static void a_read_folder_shows_the_class_with_names_on_the_teachers_screen(void **state)
{
    (void)state;
    read_class();
    assert_true(shows("Leerlingen: 2, antwoorden: 6, bestanden: 2"));
    assert_true(shows("Beheersing per paragraaf en leerdoel"));
    /* 1.2: Anna practised (under 40%: two of its questions), Bram too: two
     * red segments in one bar; the sections nobody practised are grey. */
    assert_true(rects_of(app.theme->wrong) >= 1);
    assert_true(shows("Meest gemiste vragen"));
    assert_true(shows("2 keer fout van 4 (50%)"));
    assert_true(shows("meest gekozen fout antwoord: Zoveel mogelijk verkopen"));
    assert_true(shows("Anna Jansen"));
    assert_true(shows("Bram de Wit"));
    assert_true(shows("Getoetst: 1, voldoende: 1"));
    assert_true(shows("10,0 (ingeleverd"));
}

static void the_toggle_hides_every_name_and_keeps_the_counts(void **state)
{
    (void)state;
    read_class();
    assert_true(app.klas.show_names);
    click("Namen tonen");
    assert_false(app.klas.show_names);
    frame();
    assert_false(shows("Anna"));
    assert_false(shows("Bram"));
    assert_false(shows("ingeleverd")); /* no cijfer of one student */
    assert_true(shows("Namen verborgen: alleen aantallen."));
    assert_true(shows("Getoetst: 1, voldoende: 1"));
    assert_true(shows("2 leerlingen")); /* not practised: counts */
    click("Namen tonen");
    assert_true(shows("Anna Jansen"));
}

static void on_a_projector_the_names_start_hidden(void **state)
{
    (void)state;
    app.fullscreen = true; /* the class quiz's projector view asks for it */
    read_class();
    assert_false(app.klas.show_names);
    assert_false(shows("Anna"));
    assert_false(shows("Bram"));
    app.fullscreen = false;
    app_open(&app, SCREEN_START);
    app.classq.running = true;
    app_open(&app, SCREEN_KLAS);
    frame();
    assert_false(app.klas.show_names);
    assert_false(shows("Anna"));
    app.classq.running = false;
}

static void going_to_the_projector_hides_the_names_shown(void **state)
{
    (void)state;
    read_class();
    assert_true(shows("Anna Jansen"));
    app.fullscreen = true; /* F11 while the overview is open */
    frame();
    assert_false(app.klas.show_names);
    assert_false(shows("Anna"));
    /* The teacher may show them again on purpose. */
    click("Namen tonen");
    assert_true(shows("Anna Jansen"));
    app.fullscreen = false;
}

/* A bad file's name (an export's carries the student's) is listed only with
 * the names shown; a name of 600 bytes is cut at a character. */
static void long_names_are_cut_and_file_names_hide_with_the_names(void **state)
{
    (void)state;
    char big[2000] = "[{\"student\":\"";
    for (int i = 0; i < 150; i++)
        strcat(big, "Zo\xC3\xAB"); /* Zoë, 4 bytes each */
    strcat(big, "\",\"profile\":\"p-00000000000000c3\",\"time\":\"2026-03-02T10:00:00.000Z\","
                "\"item\":\"q1-2-02\",\"mode\":\"exam\",\"score\":1,\"answer\":{\"chosen\":[\"a\"]}}]");
    write_file("zoe.json", big);
    write_file("antwoorden-Dirk-2026-03-01.csv", "geen export");
    read_class();
    /* 600 bytes without a space: one run, cut to 120 bytes (30 times Zoë). */
    char thirty[128] = "", more[160];
    for (int i = 0; i < 30; i++)
        strcat(thirty, "Zo\xC3\xAB");
    snprintf(more, sizeof more, "%sZo", thirty);
    assert_true(shows(thirty));
    assert_false(shows(more));
    assert_true(shows("antwoorden-Dirk"));
    click("Namen tonen");
    frame();
    assert_false(shows("Dirk"));
    assert_false(shows("Zo\xC3\xAB"));
    char path[600];
    snprintf(path, sizeof path, "%s/zoe.json", klas_dir);
    remove(path);
    snprintf(path, sizeof path, "%s/antwoorden-Dirk-2026-03-01.csv", klas_dir);
    remove(path);
}

static void the_folder_is_remembered_in_the_settings(void **state)
{
    (void)state;
    read_class();
    assert_string_equal(app.settings.klas_folder, klas_dir);
    app_free(&app);
    app_init(&app, course, LANG_NL, fixture_settings, 1);
    app_open(&app, SCREEN_KLAS);
    frame();
    assert_string_equal(app.klas.folder, klas_dir);
    press(UI_KEY_ENTER, 0);
    assert_true(app.klas.loaded);
}

static void a_folder_that_is_not_there_is_said_on_the_screen(void **state)
{
    (void)state;
    app_open(&app, SCREEN_KLAS);
    frame();
    type("/nergens/klas");
    press(UI_KEY_ENTER, 0);
    assert_false(app.klas.loaded);
    assert_true(shows("/nergens/klas: de map kan niet gelezen worden"));
}

static void the_overview_is_saved_as_csv_in_the_exports_folder(void **state)
{
    (void)state;
    app_progress_start(&app, data);
    read_class();
    click("Opslaan als CSV");
    assert_true(app.klas.csv_path[0]);
    assert_non_null(strstr(app.klas.csv_path, "/exports/klasoverzicht-2026-03-02.csv"));
    FILE *f = fopen(app.klas.csv_path, "rb");
    assert_non_null(f);
    char head[40] = {0};
    assert_true(fread(head, 1, sizeof head - 1, f) > 3);
    fclose(f);
    assert_memory_equal(head, "\xEF\xBB\xBFonderdeel;paragraaf;", 23);
    assert_true(shows("Opgeslagen als"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(the_start_screen_leads_to_the_klasoverzicht, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_read_folder_shows_the_class_with_names_on_the_teachers_screen, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(the_toggle_hides_every_name_and_keeps_the_counts, start, fixture_stop),
        cmocka_unit_test_setup_teardown(on_a_projector_the_names_start_hidden, start, fixture_stop),
        cmocka_unit_test_setup_teardown(going_to_the_projector_hides_the_names_shown, start, fixture_stop),
        cmocka_unit_test_setup_teardown(long_names_are_cut_and_file_names_hide_with_the_names, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_folder_is_remembered_in_the_settings, start, fixture_stop),
        cmocka_unit_test_setup_teardown(a_folder_that_is_not_there_is_said_on_the_screen, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_overview_is_saved_as_csv_in_the_exports_folder, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
