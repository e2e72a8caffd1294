/* test_hyphenate.c - Dutch hyphenation: libhyphen's patterns with the
 * rules of Dutch spelling on top (core/hyphenate.h). Needs the Dutch
 * patterns of hyphen-nl, a build dependency like libhyphen itself. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "hyphenate.h"

/* Built without libhyphen (the Windows build): the tests that need the
 * Dutch patterns are skipped there; elsewhere missing patterns fail. */
#ifdef AW_NO_HYPHEN
#define NEED_PATTERNS() skip()
#else
#define NEED_PATTERNS() ((void)0)
#endif

static Hyphenator *h;

static int setup(void **state)
{
    (void)state;
#ifdef AW_NO_HYPHEN
    return 0;
#endif
    const char *tried = NULL;
    h = hyphenate_load(NULL, &tried);
    if (!h)
        fprintf(stderr, "no Dutch hyphenation patterns (last tried %s): install hyphen-nl\n", tried ? tried : "-");
    return h ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    hyphenate_free(h);
    return 0;
}

static const char *show(const char *word, bool sentence_start)
{
    static char buf[256];
    hyphenate_show(h, word, strlen(word), sentence_start, buf, sizeof buf);
    return buf;
}

static void long_dutch_compounds_break_between_their_syllables(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("onderhandelingsvaardigheden", false), "on-der-han-de-lings-vaar-dig-he-den");
    assert_string_equal(show("omzetdoelstelling", false), "om-zet-doel-stel-ling");
    assert_string_equal(show("accountmanager", false), "ac-count-ma-na-ger");
}

static void break_offsets_are_utf8_byte_offsets(void **state)
{
    (void)state;
    NEED_PATTERNS();
    /* "coördinator": ö is two bytes, so "di" starts at byte 5, not 4. */
    HyphenBreak br[16];
    size_t n = hyphenate_word(h, "coördinator", strlen("coördinator"), false, br, 16);
    assert_true(n >= 2);
    assert_int_equal(br[0].at, 2); /* co-ör */
    assert_int_equal(br[1].at, 5); /* coör-di */
    assert_string_equal(show("coördinator", false), "co-or-di-na-tor");
}

static void a_trema_after_the_break_is_dropped(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("beëindigen", false), "be-ein-di-gen");
    HyphenBreak br[16];
    size_t n = hyphenate_word(h, "beëindigen", strlen("beëindigen"), false, br, 16);
    assert_true(n >= 1);
    assert_int_equal(br[0].at, 2);
    assert_int_equal(br[0].drop_after, 2); /* the two bytes of ë */
    assert_string_equal(br[0].post, "e");
    assert_string_equal(br[0].pre, "");
}

static void a_doubled_vowel_before_tje_is_undone_at_the_break(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("omaatje", false), "oma-tje");
    assert_string_equal(show("autootje", false), "au-to-tje");
    assert_string_equal(show("menuutjes", false), "me-nu-tjes");
    /* tomaat + je: the t belongs to the stem, nothing is undone (and
     * "je" is too short to stand alone after a break). */
    assert_string_equal(show("tomaatje", false), "to-maatje");
}

static void no_break_touches_an_apostrophe(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("auto's", false), "auto's");
    assert_string_equal(show("paraplu's", false), "pa-ra-plu's");
    assert_string_equal(show("alinea's", false), "ali-nea's");
    HyphenBreak br[16];
    size_t n = hyphenate_word(h, "baby'tjes", strlen("baby'tjes"), false, br, 16);
    for (size_t i = 0; i < n; i++)
        assert_true(br[i].at != 4 && br[i].at != 5);
}

static void words_under_seven_letters_are_not_broken(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("klanten", false), "klan-ten"); /* 7 letters */
    assert_string_equal(show("account", false), "ac-count");
    assert_string_equal(show("klantje", false), "klantje"); /* klant-je: 2 after */
    assert_string_equal(show("order", false), "order");
    assert_string_equal(show("bieden", false), "bieden");
    assert_string_equal(show("(omzet),", false), "(omzet),");
}

static void at_least_two_letters_before_and_three_after_a_break(void **state)
{
    (void)state;
    NEED_PATTERNS();
    /* The patterns would allow a-ca-de-mie and ge-ïn-te-res-seerd's last
     * syllable; the edges keep two and three letters. */
    HyphenBreak br[32];
    const char *words[] = {"academie", "geïnteresseerd", "bedrijfsleven", "onderhandelingsvaardigheden"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t len = strlen(words[w]);
        size_t n = hyphenate_word(h, words[w], len, false, br, 32);
        for (size_t i = 0; i < n; i++) {
            assert_true(br[i].at >= 2);
            assert_true(len - br[i].at >= 3);
        }
    }
    assert_string_equal(show("academie", false), "aca-de-mie");
}

static void punctuation_around_a_word_stays_and_offsets_count_it(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("(omzetdoelstelling),", false), "(om-zet-doel-stel-ling),");
    HyphenBreak br[16];
    size_t n = hyphenate_word(h, "(omzetdoelstelling),", strlen("(omzetdoelstelling),"), false, br, 16);
    assert_int_equal(n, 4);
    assert_int_equal(br[0].at, 3); /* "(om" */
}

static void words_with_a_digit_or_an_id_are_not_broken(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("omzetdoelstelling2024", false), "omzetdoelstelling2024");
    assert_string_equal(show("A4'tjes", false), "A4'tjes");
    assert_string_equal(show("klant_relatie_beheer", false), "klant_relatie_beheer");
    assert_string_equal(show("www.accountmanager.nl", false), "www.accountmanager.nl");
    assert_string_equal(show("KeyAccountManager", true), "KeyAccountManager");
}

static void names_are_not_broken_but_a_capital_that_starts_a_sentence_is_no_name(void **state)
{
    (void)state;
    NEED_PATTERNS();
    assert_string_equal(show("Rotterdammers", false), "Rotterdammers");
    assert_string_equal(show("Accountmanagers", true), "Ac-count-ma-na-gers");
}

static void a_word_with_a_letter_outside_latin1_is_not_broken(void **state)
{
    (void)state;
    NEED_PATTERNS();
    /* č (U+010D) has no Latin-1 byte for the patterns. */
    assert_string_equal(show("accountmanagerč", false), "accountmanagerč");
    HyphenBreak br[4];
    assert_int_equal(
        hyphenate_word(h, "onderhandelingsvaardigheden→", strlen("onderhandelingsvaardigheden→"), false, br, 4), 0);
}

static void a_hyphen_in_the_word_is_a_break_without_a_second_hyphen(void **state)
{
    (void)state;
    NEED_PATTERNS();
    HyphenBreak br[16];
    const char *w = "klant-relatiebeheer";
    size_t n = hyphenate_word(h, w, strlen(w), false, br, 16);
    assert_true(n >= 1);
    assert_int_equal(br[0].at, 6);
    assert_true(br[0].marked);
    assert_string_equal(show(w, false), "klant-re-la-tie-be-heer");
}

static void at_most_max_breaks_are_returned_in_order(void **state)
{
    (void)state;
    NEED_PATTERNS();
    HyphenBreak br[3];
    const char *w = "onderhandelingsvaardigheden";
    assert_int_equal(hyphenate_word(h, w, strlen(w), false, br, 3), 3);
    assert_true(br[0].at < br[1].at && br[1].at < br[2].at);
}

static void a_missing_pattern_file_loads_nothing_and_says_which(void **state)
{
    (void)state;
    const char *tried = NULL;
    assert_null(hyphenate_load(AW_TEST_DATA "/no-such-patterns.dic", &tried));
    assert_string_equal(tried, AW_TEST_DATA "/no-such-patterns.dic");
    HyphenBreak br[4];
    assert_int_equal(hyphenate_word(NULL, "onderhandelingsvaardigheden", 27, false, br, 4), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_dutch_compounds_break_between_their_syllables),
        cmocka_unit_test(break_offsets_are_utf8_byte_offsets),
        cmocka_unit_test(a_trema_after_the_break_is_dropped),
        cmocka_unit_test(a_doubled_vowel_before_tje_is_undone_at_the_break),
        cmocka_unit_test(no_break_touches_an_apostrophe),
        cmocka_unit_test(words_under_seven_letters_are_not_broken),
        cmocka_unit_test(at_least_two_letters_before_and_three_after_a_break),
        cmocka_unit_test(punctuation_around_a_word_stays_and_offsets_count_it),
        cmocka_unit_test(words_with_a_digit_or_an_id_are_not_broken),
        cmocka_unit_test(names_are_not_broken_but_a_capital_that_starts_a_sentence_is_no_name),
        cmocka_unit_test(a_word_with_a_letter_outside_latin1_is_not_broken),
        cmocka_unit_test(a_hyphen_in_the_word_is_a_break_without_a_second_hyphen),
        cmocka_unit_test(at_most_max_breaks_are_returned_in_order),
        cmocka_unit_test(a_missing_pattern_file_loads_nothing_and_says_which),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
