/* test_diag.c - core's diagnostics (core/diag.h) and their wording in the
 * string tables (i18n_diag): every code has a Dutch and an English
 * template that use exactly its details {1}..{N}; the place comes first in
 * the form editors jump to (FILE:LINE:COL, FILE: JSON.PATH, FILE); numbers
 * are written by core as digits and JSON types, plurals, errnos and
 * decimal separators are worded by the tables. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "i18n.h"

/* A bit per detail {1}..{9} that T uses (also as {N:word} or {N|a|b});
 * *OTHER set at a '{' and a digit that make no place ("{ ... }" is text). */
static unsigned places(const char *t, bool *other)
{
    unsigned used = 0;
    *other = false;
    for (const char *p = t; (p = strchr(p, '{')) != NULL; p++) {
        if (p[1] < '1' || p[1] > '9')
            continue;
        if (p[2] == '}' || !strncmp(p + 2, ":word}", 6) || !strncmp(p + 2, ":sys}", 5) || !strncmp(p + 2, ":dec}", 5) ||
            (p[2] == '|' && strchr(p, '}')))
            used |= 1u << (p[1] - '1');
        else
            *other = true;
    }
    return used;
}

static void every_diagnostic_code_has_dutch_and_english_wording_with_exactly_its_details(void **state)
{
    (void)state;
    for (int c = 0; c < DIAG_CODE_COUNT; c++) {
        const char *name = diag_code_name((DiagCode)c);
        assert_string_not_equal(name, "DC_?");
        int n = diag_code_args((DiagCode)c);
        assert_true(n >= 0 && n <= DIAG_MAX_ARGS);
        unsigned want = (1u << n) - 1;
        const char *const *tables[LANG_COUNT] = {diags_nl, diags_en};
        for (int l = 0; l < LANG_COUNT; l++) {
            const char *t = tables[l][c];
            if (!t || !*t)
                fail_msg("%s has no %s wording", name, l == LANG_NL ? "Dutch" : "English");
            bool other;
            unsigned used = places(t, &other);
            if (used != want || other)
                fail_msg("%s (%s): \"%s\" should use {1}..{%d} exactly", name, l == LANG_NL ? "nl" : "en", t, n);
        }
        if (!strcmp(diags_nl[c], diags_en[c]))
            fail_msg("%s: the English wording is the Dutch one: \"%s\"", name, diags_nl[c]);
    }
    assert_string_equal(diag_code_name(DIAG_CODE_COUNT), "DC_?");
    assert_int_equal(diag_code_args(DIAG_CODE_COUNT), -1);
}

static void a_diagnostic_is_worded_after_its_place_in_either_language(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    diag_report(&d, DIAG_ERROR, (DiagAt){"les.json", 3, 14, NULL}, DC_JSON_KEY_TWICE, "%.*s%d", 5, "titles", 2);
    diag_report(&d, DIAG_WARNING, (DiagAt){"les.json", 0, 0, "questions[2]"}, DC_EXPECTED_STRING, "%s", "number");
    diag_report(&d, DIAG_ERROR, (DiagAt){"les.json", 0, 0, ""}, DC_CLOZE_BLANK_COUNT, "%zu%d", (size_t)2, 1);
    diag_report(&d, DIAG_ERROR, (DiagAt){"groot.json", 0, 0, NULL}, DC_FILE_TOO_BIG, "%.1f%d", 9.06, 8);
    diag_at(&d, DIAG_ERROR, (DiagAt){0}, DC_PROFILE_IN_USE);
    diag_report(&d, DIAG_ERROR, (DiagAt){"weg.json", 0, 0, NULL}, DC_CANNOT_OPEN, "%d", ENOENT);
    diag_report(&d, DIAG_ERROR, (DiagAt){"x.json", 0, 0, "a"}, DC_OUT_OF_RANGE, "%g%lld%zu", 2.5, -3LL, (size_t)7);
    assert_int_equal(d.count, 7);
    assert_int_equal(d.errors, 6);
    assert_int_equal(d.warnings, 1);
    char buf[512], want[512];
    assert_string_equal(i18n_diag(&d.messages[0], LANG_EN, buf, sizeof buf),
                        "les.json:3:14: key \"title\" given twice in one object (first given at line 2)");
    assert_string_equal(i18n_diag(&d.messages[0], LANG_NL, buf, sizeof buf),
                        "les.json:3:14: sleutel \"title\" staat twee keer in hetzelfde object (de eerste keer op "
                        "regel 2)");
    assert_string_equal(i18n_diag(&d.messages[1], LANG_EN, buf, sizeof buf),
                        "les.json: questions[2]: expected a string, found a number");
    assert_string_equal(i18n_diag(&d.messages[1], LANG_NL, buf, sizeof buf),
                        "les.json: questions[2]: hier hoort een tekst, gevonden: een getal");
    assert_string_equal(i18n_diag(&d.messages[2], LANG_EN, buf, sizeof buf),
                        "les.json: (top level): the prompt has 2 blanks (___) but 1 blank is defined");
    assert_string_equal(i18n_diag(&d.messages[2], LANG_NL, buf, sizeof buf),
                        "les.json: (bovenste niveau): de prompt heeft 2 open plekken (___), maar er is 1 open plek "
                        "gedefinieerd");
    assert_string_equal(i18n_diag(&d.messages[3], LANG_EN, buf, sizeof buf),
                        "groot.json: the file is 9.1 MiB; a lesson file may be at most 8 MiB");
    assert_string_equal(i18n_diag(&d.messages[3], LANG_NL, buf, sizeof buf),
                        "groot.json: het bestand is 9,1 MiB; een lesbestand mag hoogstens 8 MiB zijn");
    assert_string_equal(i18n_diag(&d.messages[4], LANG_EN, buf, sizeof buf),
                        "This profile is already open in another window of accountwijs. Close that one first, so "
                        "that your answers do not get mixed up.");
    snprintf(want, sizeof want, "weg.json: kan niet geopend worden: %s", strerror(ENOENT));
    assert_string_equal(i18n_diag(&d.messages[5], LANG_NL, buf, sizeof buf), want);
    assert_string_equal(i18n_diag(&d.messages[6], LANG_EN, buf, sizeof buf), "x.json: a: 2.5 is outside -3-7");
    /* The sentence alone, and a small buffer: cut, and still terminated. */
    assert_string_equal(i18n_diag_text(&d.messages[1], LANG_EN, buf, sizeof buf), "expected a string, found a number");
    assert_string_equal(i18n_diag(&d.messages[0], LANG_EN, buf, 6), "les.j");
    diag_free(&d);
}

static void past_the_cap_a_diagnostic_is_only_counted(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    for (int i = 0; i < DIAG_MAX_MESSAGES + 10; i++)
        diag_report(&d, DIAG_ERROR, (DiagAt){"f.json", i + 1, 1, NULL}, DC_JSON_TOO_DEEP, "%d", i);
    assert_int_equal(d.count, DIAG_MAX_MESSAGES);
    assert_int_equal(d.errors, DIAG_MAX_MESSAGES + 10);
    assert_int_equal(diag_dropped(&d), 10);
    diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_diagnostic_code_has_dutch_and_english_wording_with_exactly_its_details),
        cmocka_unit_test(a_diagnostic_is_worded_after_its_place_in_either_language),
        cmocka_unit_test(past_the_cap_a_diagnostic_is_only_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
