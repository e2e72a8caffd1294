/* test_lint.c - the rules of `check --lint` over tests/data/lint: for every
 * rule a file that must trigger it (and nothing else) and one that must not
 * trigger anything; silences, their reasons and the edges of each rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "lint.h"

typedef struct {
    Course *course;
    LintReport report;
} Linted;

static void lint_paths(Linted *l, const char *const *names, size_t n)
{
    char paths[4][512];
    const char *p[4];
    assert_true(n <= 4);
    for (size_t i = 0; i < n; i++) {
        snprintf(paths[i], sizeof paths[i], "%s/lint/%s", AW_TEST_DATA, names[i]);
        p[i] = paths[i];
    }
    Diag d;
    diag_init(&d);
    l->course = course_load_paths(p, n, &d);
    for (size_t i = 0; i < d.count; i++)
        print_message("%s\n", diag_text(&d.messages[i]));
    assert_non_null(l->course);
    assert_int_equal(d.warnings, 0);
    diag_free(&d);
    memset(&l->report, 0, sizeof l->report);
    assert_true(lint_course(l->course, NULL, &l->report));
}

static void lint_file(Linted *l, const char *name)
{
    lint_paths(l, &name, 1);
}

static void lint_text(Linted *l, const char *json)
{
    Diag d;
    diag_init(&d);
    l->course = course_load_buffer("mem.json", json, strlen(json), &d);
    for (size_t i = 0; i < d.count; i++)
        print_message("%s\n", diag_text(&d.messages[i]));
    assert_non_null(l->course);
    diag_free(&d);
    memset(&l->report, 0, sizeof l->report);
    assert_true(lint_course(l->course, NULL, &l->report));
}

static void done(Linted *l)
{
    lint_report_free(&l->report);
    course_free(l->course);
}

static void show(const Linted *l)
{
    for (size_t i = 0; i < l->report.count; i++) {
        const LintFinding *f = &l->report.items[i];
        print_message("%s: %s: [%s]%s %s\n", f->file, f->path, lint_rule_name(f->rule), f->why ? " silenced" : "",
                      finding_text(f));
    }
}

/* The file NAME gives exactly one finding, of RULE, at PATH, not silenced. */
static void assert_only_finding(const char *name, LintRule rule, const char *path)
{
    Linted l;
    lint_file(&l, name);
    show(&l);
    assert_int_equal(l.report.count, 1);
    const LintFinding *f = &l.report.items[0];
    assert_string_equal(lint_rule_name(f->rule), lint_rule_name(rule));
    assert_string_equal(f->path, path);
    assert_non_null(strstr(f->file, name));
    assert_null(f->why);
    assert_int_equal(l.report.silenced, 0);
    done(&l);
}

static void assert_clean(const char *name)
{
    Linted l;
    lint_file(&l, name);
    show(&l);
    assert_int_equal(l.report.count, 0);
    done(&l);
}

/* How many findings of RULE (silenced or not) L holds. */
static size_t count_rule(const Linted *l, LintRule rule)
{
    size_t n = 0;
    for (size_t i = 0; i < l->report.count; i++)
        n += l->report.items[i].rule == rule;
    return n;
}

/* ---- one bad and one good file per rule ---------------------------------- */

static void longest_correct_flags_a_right_option_far_longer_than_every_distractor(void **state)
{
    (void)state;
    assert_only_finding("longest-correct-bad.json", LINT_LONGEST_CORRECT, "questions[0].options[0].text");
}

static void longest_correct_flags_a_file_where_the_right_option_is_mostly_the_longest(void **state)
{
    (void)state;
    assert_only_finding("longest-correct-share-bad.json", LINT_LONGEST_CORRECT, "");
}

static void longest_correct_passes_options_of_even_length(void **state)
{
    (void)state;
    assert_clean("longest-correct-good.json");
}

static void absolute_distractor_flags_alleen_in_a_wrong_option_only(void **state)
{
    (void)state;
    assert_only_finding("absolute-distractor-bad.json", LINT_ABSOLUTE_DISTRACTOR, "questions[0].options[1].text");
}

static void absolute_distractor_passes_distractors_without_absolutes(void **state)
{
    (void)state;
    assert_clean("absolute-distractor-good.json");
}

static void all_of_the_above_flags_alle_bovenstaande(void **state)
{
    (void)state;
    assert_only_finding("all-of-the-above-bad.json", LINT_ALL_OF_THE_ABOVE, "questions[0].options[3].text");
}

static void all_of_the_above_passes_a_real_option(void **state)
{
    (void)state;
    assert_clean("all-of-the-above-good.json");
}

static void multiple_share_flags_a_set_where_every_question_has_half_right(void **state)
{
    (void)state;
    assert_only_finding("multiple-share-bad.json", LINT_MULTIPLE_SHARE, "");
}

static void multiple_share_passes_a_set_with_one_question_of_few_right_options(void **state)
{
    (void)state;
    assert_clean("multiple-share-good.json");
}

static void cloze_giveaway_flags_an_inflected_answer_in_the_prompt(void **state)
{
    (void)state;
    assert_only_finding("cloze-giveaway-bad.json", LINT_CLOZE_GIVEAWAY, "questions[0].blanks[0].accept[0]");
}

static void cloze_giveaway_passes_a_prompt_without_the_answer(void **state)
{
    (void)state;
    assert_clean("cloze-giveaway-good.json");
}

static void near_duplicate_flags_two_questions_of_nearly_the_same_words(void **state)
{
    (void)state;
    assert_only_finding("near-duplicate-bad.json", LINT_NEAR_DUPLICATE, "questions[1]");
    Linted l;
    lint_file(&l, "near-duplicate-bad.json");
    /* The message names the other place: its id, file and path. */
    assert_non_null(strstr(finding_text(&l.report.items[0]), "nd-bad-q1"));
    assert_non_null(strstr(finding_text(&l.report.items[0]), "near-duplicate-bad.json: questions[0]"));
    done(&l);
}

static void near_duplicate_flags_the_same_prompt_with_shortened_options(void **state)
{
    (void)state;
    assert_only_finding("near-duplicate-prompt-bad.json", LINT_NEAR_DUPLICATE, "questions[1]");
}

static void near_duplicate_passes_a_case_question_on_the_same_topic(void **state)
{
    (void)state;
    assert_clean("near-duplicate-good.json");
}

static void near_duplicate_names_both_files_across_a_folder(void **state)
{
    (void)state;
    /* Two files loaded together: the same question in each. */
    const char *names[] = {"near-duplicate-good.json", "near-duplicate-bad.json"};
    Linted l;
    lint_paths(&l, names, 2);
    show(&l);
    int across = 0;
    for (size_t i = 0; i < l.report.count; i++) {
        const LintFinding *f = &l.report.items[i];
        if (f->rule == LINT_NEAR_DUPLICATE && strstr(f->file, "near-duplicate-bad.json") &&
            strstr(finding_text(f), "near-duplicate-good.json"))
            across++;
    }
    assert_true(across >= 1);
    done(&l);
}

static void goal_coverage_flags_a_goal_with_one_question(void **state)
{
    (void)state;
    assert_only_finding("goal-coverage-bad.json", LINT_GOAL_COVERAGE, "goals[1]");
}

static void goal_coverage_passes_three_questions_per_goal(void **state)
{
    (void)state;
    assert_clean("goal-coverage-good.json");
}

static void quotes_flags_straight_quotes_in_a_paragraph(void **state)
{
    (void)state;
    assert_only_finding("quotes-bad.json", LINT_QUOTES, "blocks[0].text");
}

static void quotes_passes_curly_quotes_and_apostrophes(void **state)
{
    (void)state;
    assert_clean("quotes-good.json");
}

/* ---- silences -------------------------------------------------------------- */

static void a_silence_is_kept_in_the_model_and_reported_with_its_reason(void **state)
{
    (void)state;
    Linted l;
    lint_file(&l, "silenced.json");
    show(&l);
    const Question *q = course_question(l.course, "si-q1");
    assert_non_null(q);
    assert_int_equal(q->lint.rules, (1u << LINT_LONGEST_CORRECT) | (1u << LINT_QUOTES));
    assert_non_null(q->lint.why);
    assert_non_null(strstr(q->lint.why, "misvattingen"));
    assert_int_equal(l.report.count, 1);
    assert_int_equal(l.report.silenced, 1);
    assert_int_equal(l.report.items[0].rule, LINT_LONGEST_CORRECT);
    assert_ptr_equal(l.report.items[0].why, q->lint.why);
    done(&l);
}

static const char *const FILE_SILENCE =
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"fs\", \"title\": \"T\","
    " \"lint\": {\"ignore\": \"goal-coverage\", \"why\": \"Een proefbestand met een enkele vraag.\"},"
    " \"goals\": [{\"id\": \"fs.g1\", \"text\": \"iets\"}],"
    " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Tekst.\"}],"
    " \"questions\": [{\"id\": \"fs-1\", \"type\": \"truefalse\", \"goal\": \"fs.g1\", \"difficulty\": 1,"
    "   \"prompt\": \"Een account is een zakelijke klant.\", \"answer\": true,"
    "   \"feedback_true\": \"Ja.\", \"feedback_false\": \"Nee.\", \"explanation\": \"Zo staat het er.\"}]}";

static void a_file_level_silence_covers_its_goals(void **state)
{
    (void)state;
    Linted l;
    lint_text(&l, FILE_SILENCE);
    show(&l);
    assert_int_equal(l.report.count, 1);
    assert_int_equal(l.report.items[0].rule, LINT_GOAL_COVERAGE);
    assert_non_null(l.report.items[0].why);
    assert_int_equal(l.report.silenced, 1);
    done(&l);
}

static void a_silence_without_why_or_with_an_unknown_rule_fails_to_load(void **state)
{
    (void)state;
    const char *cases[] = {
        "{\"ignore\": \"quotes\"}",
        "{\"ignore\": \"quote\", \"why\": \"x\"}",
        "{\"ignore\": [], \"why\": \"x\"}",
        "{\"ignore\": 3, \"why\": \"x\"}",
        "{\"why\": \"x\"}",
        "\"quotes\"",
        "{\"ignore\": \"quotes\", \"why\": \" \"}",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char json[1200];
        snprintf(json, sizeof json,
                 "{\"format\": 1, \"kind\": \"section\", \"id\": \"x\", \"title\": \"T\", \"lint\": %s,"
                 " \"goals\": [{\"id\": \"x.g1\", \"text\": \"iets\"}],"
                 " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Tekst.\"}]}",
                 cases[i]);
        Diag d;
        diag_init(&d);
        Course *c = course_load_buffer("mem.json", json, strlen(json), &d);
        if (c)
            print_message("case %zu loaded: %s\n", i, cases[i]);
        assert_null(c);
        assert_true(d.errors >= 1);
        assert_non_null(strstr(diag_text(&d.messages[0]), "mem.json: lint"));
        diag_free(&d);
    }
}

/* ---- the edges of the rules -------------------------------------------------- */

/* A section with one question QUESTION (JSON) on goal e.g1, plus two true/false. */
static void lint_question(Linted *l, const char *question)
{
    static char json[8000];
    snprintf(json, sizeof json,
             "{\"format\": 1, \"kind\": \"section\", \"id\": \"e\", \"title\": \"T\","
             " \"goals\": [{\"id\": \"e.g1\", \"text\": \"iets\"}],"
             " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Tekst.\"}],"
             " \"questions\": [%s,"
             " {\"id\": \"e-2\", \"type\": \"truefalse\", \"goal\": \"e.g1\", \"difficulty\": 1,"
             "   \"prompt\": \"De binnendienst verwerkt de orders.\", \"answer\": true,"
             "   \"feedback_true\": \"Ja.\", \"feedback_false\": \"Nee.\", \"explanation\": \"Zo staat het er.\"},"
             " {\"id\": \"e-3\", \"type\": \"truefalse\", \"goal\": \"e.g1\", \"difficulty\": 1,"
             "   \"prompt\": \"Een accountplan geldt voor een jaar.\", \"answer\": true,"
             "   \"feedback_true\": \"Ja.\", \"feedback_false\": \"Nee.\", \"explanation\": \"Zo staat het er.\"}]}",
             question);
    lint_text(l, json);
    show(l);
}

#define SINGLE(a, b, c, d)                                                                                             \
    "{\"id\": \"e-1\", \"type\": \"single\", \"goal\": \"e.g1\", \"difficulty\": 1, \"prompt\": \"Wat klopt?\","       \
    " \"explanation\": \"Uitleg.\", \"options\": ["                                                                    \
    "{\"id\": \"a\", \"text\": \"" a "\", \"correct\": true, \"feedback\": \"Ja.\"},"                                  \
    "{\"id\": \"b\", \"text\": \"" b "\", \"correct\": false, \"feedback\": \"Nee.\"},"                                \
    "{\"id\": \"c\", \"text\": \"" c "\", \"correct\": false, \"feedback\": \"Nee.\"},"                                \
    "{\"id\": \"d\", \"text\": \"" d "\", \"correct\": false, \"feedback\": \"Nee.\"}]}"

static void absolutes_are_whole_words_in_any_case(void **state)
{
    (void)state;
    Linted l;
    /* "allemaal" and "alleenstaand" are not "alle"/"alleen". */
    lint_question(
        &l, SINGLE("De klant en de leverancier", "Zij allemaal samen", "Een alleenstaande klant", "De eigen directie"));
    assert_int_equal(count_rule(&l, LINT_ABSOLUTE_DISTRACTOR), 0);
    done(&l);
    lint_question(&l, SINGLE("De klant en de leverancier", "NOOIT de klant zelf", "De directie en de klant",
                             "Geen enkele afdeling"));
    assert_int_equal(count_rule(&l, LINT_ABSOLUTE_DISTRACTOR), 2);
    done(&l);
    /* The right option says an absolute too: no tell. */
    lint_question(&l, SINGLE("Altijd de accountmanager", "Nooit de binnendienst", "De directie en de klant",
                             "De receptie van het pand"));
    assert_int_equal(count_rule(&l, LINT_ABSOLUTE_DISTRACTOR), 0);
    done(&l);
}

static void all_of_the_above_is_found_in_english_and_not_reported_twice(void **state)
{
    (void)state;
    Linted l;
    lint_question(&l, SINGLE("The account manager", "The warehouse team", "None of the above", "All of the above"));
    assert_int_equal(count_rule(&l, LINT_ALL_OF_THE_ABOVE), 2);
    assert_int_equal(count_rule(&l, LINT_ABSOLUTE_DISTRACTOR), 0); /* its "all" is the same flaw */
    done(&l);
}

static void longest_correct_counts_characters_without_markup(void **state)
{
    (void)state;
    Linted l;
    /* 12 code points with accents and bold markers vs 11: not 20% longer. */
    lint_question(&l, SINGLE("**Één accoünt**", "De directeur", "Het magazijn", "Het archief"));
    assert_int_equal(count_rule(&l, LINT_LONGEST_CORRECT), 0);
    done(&l);
}

#define CLOZE(prompt, answer)                                                                                          \
    "{\"id\": \"e-1\", \"type\": \"cloze\", \"goal\": \"e.g1\", \"difficulty\": 1, \"prompt\": \"" prompt              \
    "\", \"explanation\": \"Uitleg.\", \"blanks\": [{\"id\": \"b\", \"accept\": [\"" answer "\"],"                     \
    " \"feedback\": \"Zo heet het.\"}]}"

static void cloze_giveaway_ignores_compounds_and_finds_phrases(void **state)
{
    (void)state;
    Linted l;
    /* "klantgericht" is a compound, not the answer "klant" with an ending. */
    lint_question(&l, CLOZE("Een ___ is klantgericht als hij luistert.", "klant"));
    assert_int_equal(count_rule(&l, LINT_CLOZE_GIVEAWAY), 0);
    done(&l);
    lint_question(&l, CLOZE("Onze klanten zijn belangrijk: elke ___ telt.", "klant"));
    assert_int_equal(count_rule(&l, LINT_CLOZE_GIVEAWAY), 1);
    done(&l);
    lint_question(&l, CLOZE("Een ___ krijgt extra aandacht; die Key Account is groot.", "key account"));
    assert_int_equal(count_rule(&l, LINT_CLOZE_GIVEAWAY), 1);
    done(&l);
}

static void quotes_are_found_in_options_and_feedback_with_their_path(void **state)
{
    (void)state;
    Linted l;
    lint_question(&l, SINGLE("De klant z'n eigen plan", "De directie en de klant", "Het magazijn en de klant",
                             "De receptie van het pand"));
    assert_int_equal(count_rule(&l, LINT_QUOTES), 1);
    assert_string_equal(l.report.items[0].path, "questions[0].options[0].text");
    done(&l);
}

static void quotes_are_found_in_the_feedback_of_a_numeric_answer(void **state)
{
    (void)state;
    Linted l;
    lint_question(&l, "{\"id\": \"e-1\", \"type\": \"numeric\", \"goal\": \"e.g1\", \"difficulty\": 1,"
                      " \"prompt\": \"Hoeveel?\", \"explanation\": \"Uitleg.\", \"answers\": [{\"value\": 4},"
                      " {\"value\": 40, \"score\": 0, \"feedback\": \"Dat zijn euro's.\"}]}");
    assert_int_equal(count_rule(&l, LINT_QUOTES), 1);
    assert_string_equal(l.report.items[0].path, "questions[0].answers[1].feedback");
    done(&l);
}

static void the_built_in_course_lints_without_running_out_of_memory(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    assert_non_null(c);
    LintReport r = {0};
    assert_true(lint_course(c, NULL, &r));
    for (size_t i = 0; i < r.count; i++) {
        assert_non_null(r.items[i].file);
        assert_non_null(r.items[i].path);
        assert_true(finding_text(&r.items[i])[0] != '\0');
    }
    lint_report_free(&r);
    course_free(c);
    diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(longest_correct_flags_a_right_option_far_longer_than_every_distractor),
        cmocka_unit_test(longest_correct_flags_a_file_where_the_right_option_is_mostly_the_longest),
        cmocka_unit_test(longest_correct_passes_options_of_even_length),
        cmocka_unit_test(absolute_distractor_flags_alleen_in_a_wrong_option_only),
        cmocka_unit_test(absolute_distractor_passes_distractors_without_absolutes),
        cmocka_unit_test(all_of_the_above_flags_alle_bovenstaande),
        cmocka_unit_test(all_of_the_above_passes_a_real_option),
        cmocka_unit_test(multiple_share_flags_a_set_where_every_question_has_half_right),
        cmocka_unit_test(multiple_share_passes_a_set_with_one_question_of_few_right_options),
        cmocka_unit_test(cloze_giveaway_flags_an_inflected_answer_in_the_prompt),
        cmocka_unit_test(cloze_giveaway_passes_a_prompt_without_the_answer),
        cmocka_unit_test(near_duplicate_flags_two_questions_of_nearly_the_same_words),
        cmocka_unit_test(near_duplicate_flags_the_same_prompt_with_shortened_options),
        cmocka_unit_test(near_duplicate_passes_a_case_question_on_the_same_topic),
        cmocka_unit_test(near_duplicate_names_both_files_across_a_folder),
        cmocka_unit_test(goal_coverage_flags_a_goal_with_one_question),
        cmocka_unit_test(goal_coverage_passes_three_questions_per_goal),
        cmocka_unit_test(quotes_flags_straight_quotes_in_a_paragraph),
        cmocka_unit_test(quotes_passes_curly_quotes_and_apostrophes),
        cmocka_unit_test(quotes_are_found_in_the_feedback_of_a_numeric_answer),
        cmocka_unit_test(a_silence_is_kept_in_the_model_and_reported_with_its_reason),
        cmocka_unit_test(a_file_level_silence_covers_its_goals),
        cmocka_unit_test(a_silence_without_why_or_with_an_unknown_rule_fails_to_load),
        cmocka_unit_test(absolutes_are_whole_words_in_any_case),
        cmocka_unit_test(all_of_the_above_is_found_in_english_and_not_reported_twice),
        cmocka_unit_test(longest_correct_counts_characters_without_markup),
        cmocka_unit_test(cloze_giveaway_ignores_compounds_and_finds_phrases),
        cmocka_unit_test(quotes_are_found_in_options_and_feedback_with_their_path),
        cmocka_unit_test(the_built_in_course_lints_without_running_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
