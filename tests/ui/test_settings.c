/* test_settings.c - the settings file: defaults, a round trip, atomic
 * replacement, and tolerance of damaged values. Plus the string tables:
 * no language misses a string, and formats agree between languages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"
#include "settings.h"
#include "i18n.h"

static char dir[256];

static int setup(void **state)
{
    (void)state;
    return fixture_mkdtemp(dir, sizeof dir, "aw-settings") ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return fixture_rmtree(dir) ? 0 : -1;
}

static void settings_missing_file_gives_defaults(void **state)
{
    (void)state;
    Settings s;
    char err[256] = "";
    char path[512];
    snprintf(path, sizeof path, "%s/none/settings.conf", dir);
    assert_true(settings_load(&s, path, err, sizeof err));
    assert_int_equal(s.theme, THEME_LIGHT);
    assert_int_equal(s.text_step, 0);
    assert_false(s.dyslexic);
    assert_true(s.hyphenate); /* woordafbreking is on by default */
    assert_int_equal(s.speak_wpm, SETTINGS_SPEAK_WPM);
    assert_string_equal(s.last_section, "");
}

static void settings_round_trip_through_a_new_folder(void **state)
{
    (void)state;
    Settings s, t;
    settings_default(&s);
    s.theme = THEME_CONTRAST;
    s.text_step = 4;
    s.dyslexic = true;
    s.hyphenate = false;
    s.line_spacing = 2;
    s.letter_spacing = 1;
    s.speak_wpm = 210;
    snprintf(s.last_section, sizeof s.last_section, "s1-3");
    s.last_block = 12;
    char err[256] = "", path[512], tmp[600];
    snprintf(path, sizeof path, "%s/a/b/settings.conf", dir);
    AwError e;
    assert_true(settings_save(&s, path, &e));
    assert_true(settings_load(&t, path, err, sizeof err));
    assert_int_equal(t.theme, THEME_CONTRAST);
    assert_int_equal(t.text_step, 4);
    assert_true(t.dyslexic);
    assert_false(t.hyphenate);
    assert_int_equal(t.line_spacing, 2);
    assert_int_equal(t.letter_spacing, 1);
    assert_int_equal(t.speak_wpm, 210);
    assert_string_equal(t.last_section, "s1-3");
    assert_int_equal(t.last_block, 12);
    /* No temporary file is left behind. */
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    struct stat st;
    assert_int_not_equal(stat(tmp, &st), 0);
}

static void settings_skip_bad_values_and_keep_the_good_ones(void **state)
{
    (void)state;
    char path[512], err[256];
    snprintf(path, sizeof path, "%s/bad.conf", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# comment\ntheme=purple\ntext_step=99\ndyslexic=1\nlast_section=../../etc\nunknown=1\nnoequals\n"
          "text_step=-2\n",
          f);
    fclose(f);
    Settings s;
    assert_true(settings_load(&s, path, err, sizeof err));
    assert_int_equal(s.theme, THEME_LIGHT);
    assert_int_equal(s.text_step, -2);
    assert_true(s.dyslexic);
    assert_string_equal(s.last_section, "");
}

/* Writes BODY to DIR/range.conf and loads it into S. */
static void load_text(Settings *s, const char *body)
{
    char path[512], err[256];
    snprintf(path, sizeof path, "%s/range.conf", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
    assert_true(settings_load(s, path, err, sizeof err));
}

/* A value just outside its range is refused and the one before it kept;
 * the ends of each range are taken. (The file above ends in a good
 * text_step, so it cannot tell whether 99 was refused.) */
static void settings_refuse_each_value_just_outside_its_range(void **state)
{
    (void)state;
    Settings s;
    load_text(&s, "text_step=2\ntext_step=7\ndyslexic=1\ndyslexic=2\nlast_block=5\nlast_block=1048577\n");
    assert_int_equal(s.text_step, 2);
    assert_int_equal(s.dyslexic, 1);
    assert_int_equal(s.last_block, 5);
    load_text(&s, "text_step=2\ntext_step=-4\ndyslexic=0\ndyslexic=-1\nlast_block=5\nlast_block=-1\n");
    assert_int_equal(s.text_step, 2);
    assert_int_equal(s.dyslexic, 0);
    assert_int_equal(s.last_block, 5);
    load_text(&s, "hyphenate=0\nhyphenate=2\n");
    assert_false(s.hyphenate);
    load_text(&s, "hyphenate=1\nhyphenate=-1\n");
    assert_true(s.hyphenate);
    load_text(&s, "line_spacing=2\nline_spacing=3\nletter_spacing=1\nletter_spacing=-1\n");
    assert_int_equal(s.line_spacing, SETTINGS_SPACING_MAX);
    assert_int_equal(s.letter_spacing, 1);
    load_text(&s, "speak_wpm=120\nspeak_wpm=79\n");
    assert_int_equal(s.speak_wpm, 120);
    load_text(&s, "speak_wpm=250\nspeak_wpm=251\n");
    assert_int_equal(s.speak_wpm, SETTINGS_SPEAK_WPM_MAX);
    load_text(&s, "speak_wpm=80\n");
    assert_int_equal(s.speak_wpm, SETTINGS_SPEAK_WPM_MIN);
    load_text(&s, "text_step=6\nlast_block=1048576\n");
    assert_int_equal(s.text_step, SETTINGS_TEXT_STEP_MAX);
    assert_int_equal(s.last_block, 1048576);
    load_text(&s, "text_step=-3\nlast_block=0\n");
    assert_int_equal(s.text_step, SETTINGS_TEXT_STEP_MIN);
    assert_int_equal(s.last_block, 0);
}

static void settings_save_fails_cleanly_where_it_cannot_write(void **state)
{
    (void)state;
    Settings s;
    settings_default(&s);
    char err[256] = "", path[512];
    snprintf(path, sizeof path, "%s/file", dir);
    FILE *f = fopen(path, "w");
    fclose(f);
    /* A file where the folder should be. */
    snprintf(path, sizeof path, "%s/file/settings.conf", dir);
    AwError e;
    assert_false(settings_save(&s, path, &e));
    assert_int_equal(e.code, AW_ERR_NOT_A_FOLDER); /* "file" is no folder */
    i18n_error(&e, LANG_NL, err, sizeof err);
    assert_non_null(strstr(err, "/file' is geen map"));
}

/* Herhalen: the exam date and the new questions a day go with the reading
 * place (a profile's place.conf); a bad value keeps the default. */
static void the_place_file_keeps_the_exam_date_and_new_per_day_and_skips_bad_ones(void **state)
{
    (void)state;
    char err[256] = "", path[512];
    snprintf(path, sizeof path, "%s/place.conf", dir);
    Settings s, t;
    settings_default(&s);
    assert_false(s.has_exam);
    assert_int_equal(s.new_per_day, SETTINGS_NEW_PER_DAY);
    assert_true(settings_civil_day(2027, 1, 24, &s.exam_day));
    assert_int_equal(s.exam_day, 20842); /* 2027-01-24 */
    s.has_exam = true;
    s.new_per_day = 3;
    assert_true(settings_place_save(&s, path, NULL));
    settings_default(&t);
    assert_true(settings_place_load(&t, path, err, sizeof err));
    assert_true(t.has_exam);
    assert_int_equal(t.exam_day, 20842);
    assert_int_equal(t.new_per_day, 3);

    FILE *f = fopen(path, "w");
    fputs("exam_date=2027-02-30\nnew_per_day=-1\nlast_block=2\n", f);
    fclose(f);
    assert_true(settings_place_load(&t, path, err, sizeof err));
    assert_false(t.has_exam);
    assert_int_equal(t.new_per_day, SETTINGS_NEW_PER_DAY);
    assert_int_equal(t.last_block, 2);

    /* Dates that do not exist. */
    int64_t d;
    assert_false(settings_civil_day(2027, 2, 29, &d));
    assert_true(settings_civil_day(2028, 2, 29, &d));
    assert_false(settings_civil_day(2027, 13, 1, &d));
    assert_false(settings_civil_day(2027, 4, 31, &d));
    assert_true(settings_civil_day(1970, 1, 1, &d) && d == 0);
}

/* The Klasoverzicht's folder: a long path with spaces and accents comes
 * back as written; one with a line break is not written (it could not be
 * read back) and the rest of the file is. */
static void the_klas_folder_is_kept_and_a_folder_with_a_line_break_is_not(void **state)
{
    (void)state;
    char err[256] = "", path[512];
    snprintf(path, sizeof path, "%s/klas/settings.conf", dir);
    Settings s, t;
    settings_default(&s);
    char folder[1000];
    memset(folder, 'x', sizeof folder - 1);
    folder[sizeof folder - 1] = '\0';
    memcpy(folder, "/home/docent/Klas 3B \xC3\xA9\xC3\xA9n/", 27);
    snprintf(s.klas_folder, sizeof s.klas_folder, "%s", folder);
    s.text_step = 2;
    AwError e;
    assert_true(settings_save(&s, path, &e));
    assert_true(settings_load(&t, path, err, sizeof err));
    assert_string_equal(t.klas_folder, folder);
    assert_int_equal(t.text_step, 2);

    snprintf(s.klas_folder, sizeof s.klas_folder, "/tmp/a\nhyphenate=0");
    assert_true(settings_save(&s, path, &e));
    assert_true(settings_load(&t, path, err, sizeof err));
    assert_string_equal(t.klas_folder, "");
    assert_true(t.hyphenate);
    assert_int_equal(t.text_step, 2);
}

static void text_factor_is_one_at_zero_and_grows(void **state)
{
    (void)state;
    assert_true(settings_text_factor(0) == 1.0f);
    for (int i = SETTINGS_TEXT_STEP_MIN; i < SETTINGS_TEXT_STEP_MAX; i++)
        assert_true(settings_text_factor(i) < settings_text_factor(i + 1));
    assert_true(settings_text_factor(100) == settings_text_factor(SETTINGS_TEXT_STEP_MAX));
}

/* The printf conversions of S in order, each as the arguments it takes: a
 * '*' width or precision (an int) and the length and conversion, without
 * flags or digits: "%zu ('%.*s') %-5ld" gives "zu,.*s,ld,". */
static void conversions(const char *s, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
#define PUT(c)                                                                                                         \
    do {                                                                                                               \
        if (n + 1 < size)                                                                                              \
            out[n++] = (c);                                                                                            \
    } while (0)
    for (const char *p = s; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        if (*p == '%')
            continue;
        while (*p && strchr("-+ #0", *p))
            p++;
        for (; *p && strchr("0123456789*", *p); p++)
            if (*p == '*')
                PUT('*');
        if (*p == '.') {
            p++;
            for (; *p && strchr("0123456789*", *p); p++)
                if (*p == '*') {
                    PUT('.');
                    PUT('*');
                }
        }
        while (*p && strchr("hlLjzt", *p))
            PUT(*p++);
        if (!*p) {
            PUT('!'); /* a conversion cut off at the end */
            break;
        }
        PUT(*p);
        PUT(',');
    }
#undef PUT
    out[n] = '\0';
}

/* The check below must see what makes a difference to printf's arguments. */
static void the_format_check_tells_apart_what_printf_reads_differently(void **state)
{
    (void)state;
    static const char *const differ[][2] = {
        {"%.*s", "%.*d"}, {"%.*s", "%s"},         {"%ld", "%d"},  {"%zu", "%u"},      {"%+d", "%+s"},
        {"%*d", "%d"},    {"a %s b %d", "%d %s"}, {"%s", "%s %"}, {"%-5lu", "%-5ld"}, {"%05.2f", "%d"},
    };
    char a[64], b[64];
    for (size_t i = 0; i < sizeof differ / sizeof *differ; i++) {
        conversions(differ[i][0], a, sizeof a);
        conversions(differ[i][1], b, sizeof b);
        if (strcmp(a, b) == 0)
            fail_msg("\"%s\" and \"%s\" both give \"%s\"", differ[i][0], differ[i][1], a);
    }
    conversions("%-5s %.3f %%", a, sizeof a);
    assert_string_equal(a, "s,f,");
    conversions("%zu ('%.*s'): '%.*s' %d", a, sizeof a);
    assert_string_equal(a, "zu,.*s,.*s,d,");
}

static void every_string_exists_in_both_languages_with_the_same_formats(void **state)
{
    (void)state;
    for (int i = 0; i < STR_COUNT; i++) {
        if (!strings_nl[i] || !strings_en[i])
            fail_msg("string %d is missing in %s", i, strings_nl[i] ? "English" : "Dutch");
        char a[128], b[128];
        conversions(strings_nl[i], a, sizeof a);
        conversions(strings_en[i], b, sizeof b);
        if (strcmp(a, b) != 0)
            fail_msg("string %d: formats differ: nl \"%s\" en \"%s\"", i, a, b);
    }
    assert_string_equal(str_get(LANG_EN, STR_BACK), "Back");
    assert_string_equal(str_get(LANG_NL, STR_BACK), "Terug");
    assert_string_equal(str_get(LANG_NL, STR_COUNT), "?");
}

static void locale_picks_english_only_for_english(void **state)
{
    (void)state;
    assert_int_equal(lang_from_locale("en_GB.UTF-8"), LANG_EN);
    assert_int_equal(lang_from_locale("nl_NL.UTF-8"), LANG_NL);
    assert_int_equal(lang_from_locale(""), LANG_NL);
    assert_int_equal(lang_from_locale(NULL), LANG_NL);
    Lang l;
    assert_true(lang_from_code("en", &l) && l == LANG_EN);
    assert_false(lang_from_code("de", &l));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(settings_missing_file_gives_defaults),
        cmocka_unit_test(settings_round_trip_through_a_new_folder),
        cmocka_unit_test(settings_skip_bad_values_and_keep_the_good_ones),
        cmocka_unit_test(settings_refuse_each_value_just_outside_its_range),
        cmocka_unit_test(settings_save_fails_cleanly_where_it_cannot_write),
        cmocka_unit_test_setup_teardown(the_place_file_keeps_the_exam_date_and_new_per_day_and_skips_bad_ones, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(the_klas_folder_is_kept_and_a_folder_with_a_line_break_is_not, setup, teardown),
        cmocka_unit_test(text_factor_is_one_at_zero_and_grows),
        cmocka_unit_test(the_format_check_tells_apart_what_printf_reads_differently),
        cmocka_unit_test(every_string_exists_in_both_languages_with_the_same_formats),
        cmocka_unit_test(locale_picks_english_only_for_english),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
