/* test_errors.c - core's error codes (core/error.h) and their wording in
 * the string tables (i18n_error): every code has Dutch and English with the
 * same places, the details land in the sentence, and a long detail is cut
 * without cutting a character or the buffer's end. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "i18n.h"

/* The places ({path}, {sys}, ...) of T in order, sorted by name, joined. */
static void places(const char *t, char *out, size_t n)
{
    char found[8][8];
    int k = 0;
    for (const char *p = t; (p = strchr(p, '{')) && k < 8; p++) {
        const char *q = strchr(p, '}');
        if (!q || q - p > 6)
            continue;
        snprintf(found[k++], sizeof found[0], "%.*s", (int)(q - p - 1), p + 1);
    }
    for (int i = 1; i < k; i++)
        for (int j = i; j > 0 && strcmp(found[j - 1], found[j]) > 0; j--) {
            char tmp[8];
            memcpy(tmp, found[j], sizeof tmp);
            memcpy(found[j], found[j - 1], sizeof tmp);
            memcpy(found[j - 1], tmp, sizeof tmp);
        }
    out[0] = '\0';
    for (int i = 0; i < k; i++)
        snprintf(out + strlen(out), n - strlen(out), "%s,", found[i]);
}

static void every_error_code_has_dutch_and_english_wording_with_the_same_places(void **state)
{
    (void)state;
    for (int c = AW_OK + 1; c < AW_ERR_COUNT; c++) {
        const char *name = aw_error_name((AwErrCode)c);
        assert_string_not_equal(name, "AW_ERR_?");
        if (!errors_nl[c] || !*errors_nl[c] || !errors_en[c] || !*errors_en[c])
            fail_msg("%s has no %s wording", name, errors_nl[c] && *errors_nl[c] ? "English" : "Dutch");
        if (!strcmp(errors_nl[c], errors_en[c]))
            fail_msg("%s: the English wording is the Dutch one: \"%s\"", name, errors_nl[c]);
        char a[64], b[64];
        places(errors_nl[c], a, sizeof a);
        places(errors_en[c], b, sizeof b);
        if (strcmp(a, b) != 0)
            fail_msg("%s: places differ: nl \"%s\" en \"%s\"", name, a, b);
        /* Every place is one i18n_error knows: none is left as written. */
        AwError e;
        aw_fail_path(&e, (AwErrCode)c, "P", EACCES);
        char text[512];
        for (int l = 0; l < LANG_COUNT; l++)
            if (strchr(i18n_error(&e, (Lang)l, text, sizeof text), '{'))
                fail_msg("%s: unknown place in \"%s\"", name, text);
    }
    assert_string_equal(aw_error_name(AW_ERR_COUNT), "AW_ERR_?");
}

static void an_error_is_worded_with_its_path_and_errno_in_either_language(void **state)
{
    (void)state;
    AwError e;
    assert_false(aw_fail_path(&e, AW_ERR_MKDIR, "/data/profiles", EACCES));
    char text[256], want[256];
    snprintf(want, sizeof want, "kan map '/data/profiles' niet maken: %s", strerror(EACCES));
    assert_string_equal(i18n_error(&e, LANG_NL, text, sizeof text), want);
    snprintf(want, sizeof want, "cannot create folder '/data/profiles': %s", strerror(EACCES));
    assert_string_equal(i18n_error(&e, LANG_EN, text, sizeof text), want);
}

static void a_long_detail_is_cut_at_a_whole_character_within_the_buffer(void **state)
{
    (void)state;
    AwError e;
    /* "é" is two bytes: a cut inside it would leave half a character. */
    aw_fail_path(&e, AW_ERR_NOT_A_FOLDER, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 0);
    char text[6];
    i18n_error(&e, LANG_NL, text, sizeof text);
    assert_string_equal(text, "'\xC3\xA9\xC3\xA9");
    char one[1] = {'x'};
    assert_string_equal(i18n_error(&e, LANG_EN, one, sizeof one), "");
}

static void profile_name_errors_keep_their_numbers_and_the_other_name(void **state)
{
    (void)state;
    AwError e;
    char text[256];
    aw_fail(&e, AW_ERR_NAME_TOO_MANY_CHARS);
    e.num = 40;
    e.num2 = 41;
    assert_string_equal(i18n_error(&e, LANG_NL, text, sizeof text),
                        "Een naam heeft hoogstens 40 tekens; deze heeft er 41.");
    assert_string_equal(i18n_error(&e, LANG_EN, text, sizeof text),
                        "A name has at most 40 characters; this one has 41.");
    aw_fail_what(&e, AW_ERR_NAME_TAKEN, "Anna");
    assert_string_equal(i18n_error(&e, LANG_NL, text, sizeof text),
                        "Er is al een profiel met de naam 'Anna'. Kies een andere naam.");
    assert_string_equal(i18n_error(&e, LANG_EN, text, sizeof text),
                        "There is already a profile called 'Anna'. Choose another name.");
}

static void an_answer_that_was_not_saved_says_so_with_the_system_error(void **state)
{
    (void)state;
    AwError e;
    char text[512], want[512];
    aw_fail_path(&e, AW_ERR_ANSWER_NOT_SAVED, "/d/attempts.jsonl", EIO);
    snprintf(want, sizeof want,
             "Je antwoord kon niet bewaard worden (schrijffout: %s). Je eerdere antwoorden zijn veilig.",
             strerror(EIO));
    assert_string_equal(i18n_error(&e, LANG_NL, text, sizeof text), want);
    snprintf(want, sizeof want, "Your answer could not be saved (write error: %s). Your earlier answers are safe.",
             strerror(EIO));
    assert_string_equal(i18n_error(&e, LANG_EN, text, sizeof text), want);
    aw_fail_what(&e, AW_ERR_BAD_ITEM_ID, "q1 q2");
    assert_string_equal(i18n_error(&e, LANG_NL, text, sizeof text), "Ongeldige vraagcode 'q1 q2'.");
    assert_string_equal(i18n_error(&e, LANG_EN, text, sizeof text), "Invalid question code 'q1 q2'.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_error_code_has_dutch_and_english_wording_with_the_same_places),
        cmocka_unit_test(an_error_is_worded_with_its_path_and_errno_in_either_language),
        cmocka_unit_test(a_long_detail_is_cut_at_a_whole_character_within_the_buffer),
        cmocka_unit_test(profile_name_errors_keep_their_numbers_and_the_other_name),
        cmocka_unit_test(an_answer_that_was_not_saved_says_so_with_the_system_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
