/* test_lexicon.c - the read-aloud's pronunciation list (core/lexicon.h):
 * loading and checking uitspraak.json with FILE:path messages, finding
 * its words in a text (whole words, phrases, plurals, compounds), and the
 * lint that names loanwords the list misses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../content_fixture.h"
#include "../diag_text.h"
#include "lexicon.h"

static const char LIST[] = "{\"format\": 1, \"kind\": \"pronunciation\", \"entries\": [\n"
                           " {\"word\": \"account\", \"say\": \"uk-kaunt\"},\n"
                           " {\"word\": \"manager\", \"say\": \"mennidzjer\"},\n"
                           " {\"word\": \"key\", \"say\": \"kie\"},\n"
                           " {\"word\": \"key account\", \"say\": \"kie uk-kaunt\"},\n"
                           " {\"word\": \"team\", \"say\": \"tiem\", \"compounds\": true},\n"
                           " {\"word\": \"CRM\", \"say\": \"see-er-em\"},\n"
                           " {\"word\": \"JAM\", \"say\": \"jee-aa-em\", \"exact\": true},\n"
                           " {\"word\": \"top-down\", \"say\": \"[[t'Opd'VUn]]\"}\n"
                           "]}\n";

#define ENTRIES(x) "{\"format\": 1, \"kind\": \"pronunciation\", \"entries\": [" x "]}"

static Lexicon *load(const char *text, Diag *d)
{
    diag_init(d);
    return lexicon_load_buffer("uitspraak.json", text, strlen(text), d);
}

/* The matches in TEXT as "entry-word=matched text" joined by '|'. */
static const char *find(const Lexicon *lx, const char *text)
{
    static char buf[1024];
    LexiconMatch m[32];
    size_t n = lexicon_find(lx, text, strlen(text), m, 32);
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && i < 32; i++)
        at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%s=%.*s", i ? "|" : "",
                               lexicon_entry(lx, m[i].entry)->word, (int)m[i].len, text + m[i].off);
    return buf;
}

static void a_good_list_loads_with_every_entry(void **state)
{
    (void)state;
    Diag d;
    Lexicon *lx = load(LIST, &d);
    assert_non_null(lx);
    assert_int_equal(d.errors + d.warnings, 0);
    assert_int_equal(lexicon_count(lx), 8);
    const LexiconEntry *e = lexicon_entry(lx, 7);
    assert_string_equal(e->word, "top-down");
    assert_true(e->phonemes);
    assert_string_equal(e->path, "entries[7]");
    assert_true(lexicon_entry(lx, 0)->compounds);  /* 7 letters */
    assert_false(lexicon_entry(lx, 2)->compounds); /* "key": 3 letters */
    assert_false(lexicon_entry(lx, 6)->compounds); /* exact */
    lexicon_free(lx);
    diag_free(&d);
}

static void listed_words_are_found_whole_in_any_case_and_with_a_plural_s(void **state)
{
    (void)state;
    Diag d;
    Lexicon *lx = load(LIST, &d);
    assert_string_equal(find(lx, "Een Account, twee accounts en CRM's."), "account=Account|account=account|CRM=CRM");
    assert_string_equal(find(lx, "het crm-systeem"), "CRM=crm");
    /* A phrase matches over any spaces, or a hyphen, and wins over its first word. */
    assert_string_equal(find(lx, "een key  account of key-account, een key"),
                        "key account=key  account|key account=key-account|key=key");
    lexicon_free(lx);
    /* A Dutch word that starts with a listed one is read as a compound
     * ("accountant": account + ant) unless it is listed itself: then the
     * whole word wins. */
    lx = load(ENTRIES("{\"word\": \"account\", \"say\": \"uk-kaunt\"}"), &d);
    assert_string_equal(find(lx, "de accountant"), "account=account");
    lexicon_free(lx);
    lx = load(
        ENTRIES("{\"word\": \"account\", \"say\": \"uk-kaunt\"}, {\"word\": \"accountant\", \"say\": \"akkountant\"}"),
        &d);
    assert_string_equal(find(lx, "de accountant"), "accountant=accountant");
    lexicon_free(lx);
    diag_free(&d);
}

static void compounds_are_read_as_a_chain_from_the_start_and_one_ending(void **state)
{
    (void)state;
    Diag d;
    Lexicon *lx = load(LIST, &d);
    assert_string_equal(find(lx, "keyaccountmanagers"), "key account=keyaccount|manager=manager");
    assert_string_equal(find(lx, "accountmanager"), "account=account|manager=manager");
    assert_string_equal(find(lx, "filiaalmanagers"), "manager=manager");
    assert_string_equal(find(lx, "salesteam teamleider"), "team=team|team=team");
    /* A listed word in the middle of a word touches neither end: left alone. */
    assert_string_equal(find(lx, "stoomteamwerk"), "");
    /* "key" (3 letters) does not stand in compounds; JAM is exact. */
    assert_string_equal(find(lx, "keyboard jam JAM"), "JAM=JAM");
    lexicon_free(lx);
    diag_free(&d);
}

/* The first error's English message with its place. */
static const char *first_error(const char *text)
{
    static char buf[2048];
    Diag d;
    Lexicon *lx = load(text, &d);
    assert_null(lx);
    assert_true(d.errors > 0);
    snprintf(buf, sizeof buf, "%s", diag_text(&d.messages[0]));
    diag_free(&d);
    return buf;
}

static void bad_entries_are_named_by_file_and_path(void **state)
{
    (void)state;
    assert_string_equal(first_error(ENTRIES("{\"word\": \"account\"}")),
                        "uitspraak.json: entries[0]: missing required key \"say\"");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"a\", \"say\": \"b\"}, {\"word\": 3, \"say\": \"x\"}")),
                        "uitspraak.json: entries[1].word: expected a string, found a number");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"key  account\", \"say\": \"kie\"}")),
                        "uitspraak.json: entries[0].word: \"key  account\" is not a word or phrase: only letters, "
                        "digits and apostrophes, separated by a space or a hyphen");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"key\", \"say\": \"[[k'i\"}")),
                        "uitspraak.json: entries[0].say: \"[[k'i\": phonemes go between [[ and ]], with nothing "
                        "before or after them");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"key\", \"say\": \"<sub alias='kie'>key</sub>\"}")),
                        "uitspraak.json: entries[0].say: \"<sub alias='kie'>key</sub>\": a pronunciation in letters "
                        "may not hold [ ] < > or & (phonemes: [[...]])");
    assert_string_equal(
        first_error(ENTRIES("{\"word\": \"Key\", \"say\": \"kie\"}, {\"word\": \"key\", \"say\": \"ki\"}")),
        "uitspraak.json: entries[1].word: \"key\" is listed already, at entries[0]");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"key\", \"say\": \"kie\", \"sound\": \"x\"}")),
                        "uitspraak.json: entries[0].sound: unknown key \"sound\"");
    assert_string_equal(first_error(ENTRIES("{\"word\": \"key\", \"say\": \"kie\", \"compounds\": \"yes\"}")),
                        "uitspraak.json: entries[0].compounds: expected true or false, found a string");
    assert_string_equal(first_error("{\"format\": 1, \"kind\": \"pronunciation\"}"),
                        "uitspraak.json: missing required key \"entries\"");
    assert_string_equal(first_error("{\"format\": 2, \"kind\": \"pronunciation\", \"entries\": []}"),
                        "uitspraak.json: format: format 2 is not supported: this program reads format 1");
    assert_string_equal(
        first_error("{\"format\": 1, \"entries\": [}"),
        "uitspraak.json:1:27: syntax error: expected a value (a string, number, object, list, true, false or null)");
}

static void a_word_said_as_written_is_a_warning_not_an_error(void **state)
{
    (void)state;
    Diag d;
    Lexicon *lx = load(ENTRIES("{\"word\": \"Team\", \"say\": \"team\"}"), &d);
    assert_non_null(lx);
    assert_int_equal(d.warnings, 1);
    assert_string_equal(diag_text(&d.messages[0]),
                        "uitspraak.json: entries[0].say: the pronunciation is the word \"Team\" itself: then it "
                        "need not be listed");
    lexicon_free(lx);
    diag_free(&d);
}

static void the_courses_list_loads_and_covers_every_loanword_the_lint_knows(void **state)
{
    (void)state;
    char path[LEXICON_PATH_SIZE];
    assert_true(lexicon_default_path(AW_CONTENT_DIR, path, sizeof path));
    Diag d;
    diag_init(&d);
    Lexicon *lx = lexicon_load(path, &d);
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "%s\n", diag_text(&d.messages[i]));
    assert_non_null(lx);
    assert_int_equal(d.errors + d.warnings, 0);
    Course *c = fixture_content();
    assert_true(lexicon_lint(c, lx, path, &d));
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "%s\n", diag_text(&d.messages[i]));
    assert_int_equal(d.warnings, 0);
    /* The words the issue names are all listed. */
    static const char *const named[] = {"account",
                                        "accountmanager",
                                        "accountmanagement",
                                        "key account",
                                        "troubleshooter",
                                        "corebusiness",
                                        "aftersales",
                                        "businessmanager",
                                        "CRM",
                                        "ERP",
                                        NULL};
    for (size_t i = 0; named[i]; i++) {
        LexiconMatch m[4];
        size_t n = lexicon_find(lx, named[i], strlen(named[i]), m, 4);
        assert_true(n >= 1);
        assert_int_equal(m[0].off, 0);
        assert_int_equal(m[n - 1].off + m[n - 1].len, strlen(named[i]));
    }
    course_free(c);
    lexicon_free(lx);
    diag_free(&d);
}

static void the_lint_names_a_loanword_the_list_misses_once_with_its_count(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Diag d;
    Lexicon *lx = load(ENTRIES("{\"word\": \"account\", \"say\": \"uk-kaunt\"}"), &d);
    assert_true(lexicon_lint(c, lx, "uitspraak.json", &d));
    bool troubleshooter = false;
    for (size_t i = 0; i < d.count; i++) {
        const char *t = diag_text(&d.messages[i]);
        /* "accountmanager" starts with a listed word: covered. */
        assert_null(strstr(t, "\"accountmanager\""));
        if (strstr(t, "\"troubleshooter\" ("))
            troubleshooter = true;
    }
    assert_true(troubleshooter);
    assert_true(d.warnings > 10);
    lexicon_free(lx);
    course_free(c);
    diag_free(&d);
}

static void a_long_text_with_many_listed_words_is_covered_to_its_end(void **state)
{
    (void)state;
    static char text[2000];
    text[0] = '\0';
    for (int i = 0; i < 70; i++)
        strcat(text, "account ");
    strcat(text, "support.");
    Section sec = {.title = text, .file = "lang.json"};
    Course c = {.sections = &sec, .nsections = 1};
    Diag d;
    Lexicon *lx = load(ENTRIES("{\"word\": \"account\", \"say\": \"uk-kaunt\"},"
                               "{\"word\": \"support\", \"say\": \"suppoort\"}"),
                       &d);
    assert_non_null(lx);
    assert_true(lexicon_lint(&c, lx, "uitspraak.json", &d));
    for (size_t i = 0; i < d.count; i++)
        print_message("  %s\n", diag_text(&d.messages[i]));
    assert_int_equal(d.warnings, 0);
    lexicon_free(lx);
    diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_good_list_loads_with_every_entry),
        cmocka_unit_test(listed_words_are_found_whole_in_any_case_and_with_a_plural_s),
        cmocka_unit_test(compounds_are_read_as_a_chain_from_the_start_and_one_ending),
        cmocka_unit_test(bad_entries_are_named_by_file_and_path),
        cmocka_unit_test(a_word_said_as_written_is_a_warning_not_an_error),
        cmocka_unit_test(the_courses_list_loads_and_covers_every_loanword_the_lint_knows),
        cmocka_unit_test(the_lint_names_a_loanword_the_list_misses_once_with_its_count),
        cmocka_unit_test(a_long_text_with_many_listed_words_is_covered_to_its_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
