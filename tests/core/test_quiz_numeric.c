/* test_quiz_numeric.c - numeric questions: reading what a student types
 * (decimal comma and point, thousands groups, signs, units, refusals),
 * grading against tolerances and ranges, showing the right number, and the
 * answer's JSON. Questions come from the loader, as the program sees them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag_text.h"
#include "quiz.h"

#define SECTION_HEAD                                                                                                   \
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"s1\", \"title\": \"P\", \"goals\": [{\"id\": \"s1.g1\", "        \
    "\"text\": \"rekenen\"}], \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Tekst.\"}], \"questions\": ["

/* Loads one section file with the numeric question whose type-specific keys
 * are EXTRA; the question is c->questions[0]. */
static Course *load_numeric(const char *extra)
{
    char json[4096];
    snprintf(json, sizeof json,
             SECTION_HEAD "{\"id\": \"q1\", \"type\": \"numeric\", \"goal\": \"s1.g1\", \"difficulty\": 1, "
                          "\"prompt\": \"Hoeveel?\", \"explanation\": \"Zo.\", %s}]}",
             extra);
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("numeric.json", json, strlen(json), &d);
    for (size_t i = 0; i < d.count; i++)
        print_error("%s\n", diag_text(&d.messages[i]));
    diag_free(&d);
    assert_non_null(c);
    assert_int_equal(c->questions[0].type, QUESTION_NUMERIC);
    return c;
}

static void reads(const char *text, const char *unit, double want)
{
    NumericInput in = quiz_numeric_parse(text, unit);
    if (in.status != NUMERIC_OK || in.value != want)
        print_error("\"%s\": status %d value %.17g, want %.17g\n", text, (int)in.status, in.value, want);
    assert_int_equal(in.status, NUMERIC_OK);
    assert_true(in.value == want);
}

static void refuses(const char *text, const char *unit, NumericParse why)
{
    NumericInput in = quiz_numeric_parse(text, unit);
    if (in.status != why)
        print_error("\"%s\": status %d, want %d\n", text, (int)in.status, (int)why);
    assert_int_equal(in.status, why);
}

/* ---- reading ------------------------------------------------------------ */

static void quiz_numeric_parse_reads_a_decimal_comma_and_a_decimal_point(void **state)
{
    (void)state;
    reads("12,5", NULL, 12.5);
    reads("12.5", NULL, 12.5);
    reads("  12,50 ", NULL, 12.5);
    reads(",5", NULL, 0.5);
    reads(".5", NULL, 0.5);
    reads("0,125", NULL, 0.125); /* a whole part of 0 is never thousands */
    reads("1,2345", NULL, 1.2345);
    reads("12,-", NULL, 12);
    reads("12,", NULL, 12);
    reads("7", NULL, 7);
    reads("0,1", NULL, 0.1);
    reads("1234567,89", NULL, 1234567.89);
}

static void quiz_numeric_parse_reads_thousands_groups_of_three_with_either_separator(void **state)
{
    (void)state;
    reads("1.250,50", NULL, 1250.5);
    reads("1,250.50", NULL, 1250.5);
    reads("1.250.000", NULL, 1250000);
    reads("1,250,000", NULL, 1250000);
    reads("1 250", NULL, 1250);
    reads("1 250,50", NULL, 1250.5);
    reads("1\xC2\xA0"
          "250,50",
          NULL, 1250.5); /* no-break space */
    reads("12.345.678,9", NULL, 12345678.9);
    reads("1250", NULL, 1250);
    /* A whole amount ("…,-") has no decimals: its one separator groups. */
    reads("1.250,-", NULL, 1250);
    reads("€ 1.250,-", "\xE2\x82\xAC", 1250);
    reads("1.250.000,-", NULL, 1250000);
    refuses("1.25,-", NULL, NUMERIC_BAD_GROUPS);
    refuses("1.250,5,-", NULL, NUMERIC_BAD_GROUPS);
}

static void quiz_numeric_parse_refuses_one_separator_before_three_digits_as_ambiguous(void **state)
{
    (void)state;
    NumericInput in = quiz_numeric_parse("1.250", NULL);
    assert_int_equal(in.status, NUMERIC_AMBIGUOUS);
    assert_true(in.value == 1250 && in.other == 1.25);
    in = quiz_numeric_parse("-12,500 \xE2\x82\xAC", "\xE2\x82\xAC");
    assert_int_equal(in.status, NUMERIC_AMBIGUOUS);
    assert_true(in.value == -12500 && in.other == -12.5);
    refuses("999,999", NULL, NUMERIC_AMBIGUOUS);
    reads("1000,250", NULL, 1000.25); /* four digits before: no group */
    reads("1,25", NULL, 1.25);
    reads("1.2500", NULL, 1.25);
}

static void quiz_numeric_parse_refuses_groups_that_are_not_of_three(void **state)
{
    (void)state;
    refuses("1.25.0", NULL, NUMERIC_BAD_GROUPS);
    refuses("12.50.000", NULL, NUMERIC_BAD_GROUPS);
    refuses("1.2,3.4", NULL, NUMERIC_BAD_GROUPS);
    refuses("1,250.500,5", NULL, NUMERIC_BAD_GROUPS);
    refuses("12 5", NULL, NUMERIC_BAD_GROUPS);
    refuses("1 250.000,5", NULL, NUMERIC_BAD_GROUPS);
    refuses("1250.000,5", NULL, NUMERIC_BAD_GROUPS);
}

static void quiz_numeric_parse_reads_signs_and_the_unit_before_or_after(void **state)
{
    (void)state;
    const char *euro = "\xE2\x82\xAC";
    reads("-12,5", NULL, -12.5);
    reads("+12,5", NULL, 12.5);
    reads("\xE2\x88\x92"
          "12,5",
          NULL, -12.5); /* U+2212 minus sign */
    reads("- 3", NULL, -3);
    reads("-0", NULL, 0);
    assert_false(signbit(quiz_numeric_parse("-0", NULL).value));
    reads("\xE2\x82\xAC 12,50", euro, 12.5);
    reads("\xE2\x82\xAC"
          "12,50",
          euro, 12.5);
    reads("12,50 \xE2\x82\xAC", euro, 12.5);
    reads("12,50 euro", euro, 12.5);
    reads("-\xE2\x82\xAC 5", euro, -5);
    reads("\xE2\x82\xAC -5", euro, -5);
    reads("12,5%", "%", 12.5);
    reads("12,5 %", "%", 12.5);
    reads("12,5 procent", "%", 12.5);
    reads("40 Klanten", "klanten", 40);
    reads("40", "klanten", 40);
}

static void quiz_numeric_parse_refuses_other_text_and_units_the_question_lacks(void **state)
{
    (void)state;
    refuses("", NULL, NUMERIC_EMPTY);
    refuses("   ", "%", NUMERIC_EMPTY);
    refuses("twaalf", NULL, NUMERIC_NOT_A_NUMBER);
    refuses("-", NULL, NUMERIC_NOT_A_NUMBER);
    refuses("--5", NULL, NUMERIC_NOT_A_NUMBER);
    refuses("-\xE2\x82\xAC -5", "\xE2\x82\xAC", NUMERIC_NOT_A_NUMBER);
    refuses("12%", NULL, NUMERIC_UNEXPECTED_TEXT); /* 12% is not read as 0,12 */
    refuses("1e3", NULL, NUMERIC_UNEXPECTED_TEXT);
    refuses("12 kg", "\xE2\x82\xAC", NUMERIC_WRONG_UNIT);
    refuses("\xE2\x82\xAC 12 \xE2\x82\xAC", "\xE2\x82\xAC", NUMERIC_WRONG_UNIT);
    refuses("5-", NULL, NUMERIC_UNEXPECTED_TEXT);
    refuses("1/2", NULL, NUMERIC_UNEXPECTED_TEXT);
    refuses("12 en 13", NULL, NUMERIC_UNEXPECTED_TEXT);
}

static void quiz_numeric_parse_refuses_more_than_fifteen_digits_and_long_input(void **state)
{
    (void)state;
    reads("123456789012345", NULL, 123456789012345.0);
    refuses("1234567890123456", NULL, NUMERIC_TOO_LONG);
    refuses("0,0000000000000001", NULL, NUMERIC_TOO_LONG);
    char long_text[200];
    memset(long_text, ' ', sizeof long_text - 2);
    long_text[sizeof long_text - 2] = '1';
    long_text[sizeof long_text - 1] = '\0';
    refuses(long_text, NULL, NUMERIC_TOO_LONG);
    /* Bytes that are no UTF-8 are text like any other. */
    refuses("12\xFF", NULL, NUMERIC_UNEXPECTED_TEXT);
}

/* ---- grading ------------------------------------------------------------ */

static double grade_text(const Question *q, const char *text, Grade *g)
{
    Answer a = {0};
    assert_true(quiz_answer_init(&a, q, NULL));
    assert_int_equal(a.n, 1);
    assert_true(quiz_answer_set_text(&a, 0, text));
    assert_true(quiz_grade(q, &a, g));
    quiz_answer_free(&a);
    return g->score;
}

static void quiz_grade_takes_both_edges_of_a_tolerance_and_nothing_beyond(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"value\": 12.5, \"tolerance\": 0.1}]");
    const Question *q = &c->questions[0];
    Grade g = {0};
    const char *right[] = {"12,4", "12.6", "12,5", "12,45", "12,60"};
    for (size_t i = 0; i < sizeof right / sizeof *right; i++) {
        grade_text(q, right[i], &g);
        assert_true(g.right);
        assert_int_equal(g.marks[0], GRADE_RIGHT);
        assert_int_equal(g.accepted[0], 0);
    }
    const char *wrong[] = {"12,39", "12,61", "12,3999", "12,6001", "-12,5"};
    for (size_t i = 0; i < sizeof wrong / sizeof *wrong; i++) {
        assert_true(grade_text(q, wrong[i], &g) == 0.0);
        assert_false(g.right);
        assert_int_equal(g.marks[0], GRADE_WRONG);
        assert_int_equal(g.accepted[0], QUIZ_NONE);
        assert_int_equal(g.parse, NUMERIC_OK);
    }
    quiz_grade_free(&g);
    course_free(c);
}

static void quiz_grade_takes_an_exact_value_and_a_range_with_its_edges(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"value\": 0.3}, {\"min\": 10, \"max\": 15}]");
    const Question *q = &c->questions[0];
    Grade g = {0};
    grade_text(q, "0,3", &g);
    assert_true(g.right);
    grade_text(q, "0,30000001", &g);
    assert_false(g.right);
    grade_text(q, "10", &g);
    assert_true(g.right);
    assert_int_equal(g.accepted[0], 1);
    grade_text(q, "15", &g);
    assert_true(g.right);
    grade_text(q, "15,01", &g);
    assert_false(g.right);
    grade_text(q, "9,99", &g);
    assert_false(g.right);
    quiz_grade_free(&g);
    course_free(c);
}

static void quiz_grade_gives_the_highest_score_of_the_answers_that_take_the_number(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"min\": 0, \"max\": 100, \"score\": 0, \"feedback\": \"te ruim\"}, "
                             "{\"value\": 20, \"tolerance\": 1, \"feedback\": \"goed\"}, "
                             "{\"value\": 25, \"score\": 0.5, \"feedback\": \"half\"}, "
                             "{\"value\": 25, \"score\": 0, \"feedback\": \"later, gelijk aan de eerste\"}]");
    const Question *q = &c->questions[0];
    Grade g = {0};
    grade_text(q, "20,5", &g);
    assert_true(g.right);
    assert_int_equal(g.accepted[0], 1);
    assert_true(grade_text(q, "25", &g) == 0.5);
    assert_false(g.right);
    assert_int_equal(g.accepted[0], 2);
    assert_int_equal(g.marks[0], GRADE_WRONG);
    assert_true(grade_text(q, "50", &g) == 0.0);
    assert_int_equal(g.accepted[0], 0);
    assert_string_equal(q->numeric[g.accepted[0]].feedback, "te ruim");
    assert_ptr_equal(quiz_numeric_right(q), &q->numeric[1]);
    quiz_grade_free(&g);
    course_free(c);
}

static void quiz_grade_of_text_that_is_no_number_is_wrong_and_says_why(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"value\": 1250}], \"unit\": \"\xE2\x82\xAC\"");
    const Question *q = &c->questions[0];
    assert_string_equal(q->unit, "\xE2\x82\xAC");
    Grade g = {0};
    assert_true(grade_text(q, "1.250", &g) == 0.0);
    assert_int_equal(g.parse, NUMERIC_AMBIGUOUS);
    assert_int_equal(g.accepted[0], QUIZ_NONE);
    grade_text(q, "1250 kg", &g);
    assert_int_equal(g.parse, NUMERIC_WRONG_UNIT);
    assert_false(g.right);
    grade_text(q, "\xE2\x82\xAC 1.250,00", &g);
    assert_int_equal(g.parse, NUMERIC_OK);
    assert_true(g.right);
    quiz_grade_free(&g);
    course_free(c);
}

static void quiz_answer_equal_holds_twelve_and_a_half_with_comma_or_point(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"value\": 12.5}]");
    const Question *q = &c->questions[0];
    Answer a = {0}, b = {0};
    assert_true(quiz_answer_init(&a, q, NULL));
    assert_true(quiz_answer_init(&b, q, NULL));
    assert_true(quiz_answer_set_text(&a, 0, "12,5"));
    assert_true(quiz_answer_set_text(&b, 0, "12.50"));
    assert_true(quiz_answer_equal(&a, &b));
    assert_true(quiz_answer_set_text(&b, 0, "12,6"));
    assert_false(quiz_answer_equal(&a, &b));
    assert_true(quiz_answer_set_text(&a, 0, "twaalf"));
    assert_true(quiz_answer_set_text(&b, 0, " Twaalf"));
    assert_true(quiz_answer_equal(&a, &b));
    assert_true(quiz_answer_set_text(&a, 0, " \t"));
    assert_false(quiz_answer_given(&a));
    quiz_answer_free(&a);
    quiz_answer_free(&b);
    course_free(c);
}

static void quiz_answer_json_keeps_a_numeric_answer_as_typed(void **state)
{
    (void)state;
    Course *c = load_numeric("\"answers\": [{\"value\": 12.5}]");
    const Question *q = &c->questions[0];
    Answer a = {0}, b = {0};
    assert_true(quiz_answer_init(&a, q, NULL));
    assert_true(quiz_answer_set_text(&a, 0, "\xE2\x82\xAC 12,50"));
    char *json = quiz_answer_to_json(q, &a);
    assert_non_null(json);
    assert_string_equal(json, "{\"text\":{\"value\":\"\xE2\x82\xAC 12,50\"}}");
    assert_true(quiz_answer_from_json(q, json, &b));
    assert_string_equal(b.text[0], "\xE2\x82\xAC 12,50");
    quiz_answer_free(&b);
    assert_false(quiz_answer_from_json(q, "{\"text\":{\"b1\":\"12\"}}", &b));
    free(json);
    quiz_answer_free(&a);
    quiz_answer_free(&b);
    course_free(c);
}

/* ---- showing ------------------------------------------------------------ */

static void quiz_numeric_format_writes_the_decimal_comma_and_groups_only_where_clear(void **state)
{
    (void)state;
    char buf[64];
    assert_string_equal(quiz_numeric_format(12.5, -1, ',', '.', buf, sizeof buf), "12,5");
    assert_string_equal(quiz_numeric_format(12.5, 2, ',', '.', buf, sizeof buf), "12,50");
    assert_string_equal(quiz_numeric_format(1250, -1, ',', '.', buf, sizeof buf), "1250");
    assert_string_equal(quiz_numeric_format(1250, 2, ',', '.', buf, sizeof buf), "1.250,00");
    assert_string_equal(quiz_numeric_format(125000, -1, ',', '.', buf, sizeof buf), "125000");
    assert_string_equal(quiz_numeric_format(1250000, -1, ',', '.', buf, sizeof buf), "1.250.000");
    assert_string_equal(quiz_numeric_format(1250.5, -1, '.', ',', buf, sizeof buf), "1,250.5");
    assert_string_equal(quiz_numeric_format(-0.004, 2, ',', '.', buf, sizeof buf), "0,00");
    assert_string_equal(quiz_numeric_format(-3.26, 1, ',', '.', buf, sizeof buf), "-3,3");
    /* Three decimals after a short whole part would read as thousands. */
    assert_string_equal(quiz_numeric_format(1.25, 3, ',', '.', buf, sizeof buf), "1,2500");
    assert_string_equal(quiz_numeric_format(0.125, -1, ',', '.', buf, sizeof buf), "0,125");
    assert_string_equal(quiz_numeric_format(0.1 + 0.2, -1, ',', '.', buf, sizeof buf), "0,3");
    assert_string_equal(quiz_numeric_format(20, 0, ',', '.', buf, sizeof buf), "20");
    /* Every formatted number reads back as itself. */
    const double xs[] = {0.5, 12.5, 1250.75, 999.999, 1234567.5, 1e12, -42};
    for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) {
        quiz_numeric_format(xs[i], -1, ',', '.', buf, sizeof buf);
        NumericInput in = quiz_numeric_parse(buf, NULL);
        assert_int_equal(in.status, NUMERIC_OK);
        assert_true(in.value == xs[i]);
    }
    assert_string_equal(quiz_numeric_format(1234.5, -1, ',', '.', buf, 4), "1.2");
    /* Found by the fuzzer: 14 whole digits leave room for one decimal. */
    assert_string_equal(quiz_numeric_format(4444444441219.7, -1, ',', '.', buf, sizeof buf), "4.444.444.441.219,7");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quiz_numeric_parse_reads_a_decimal_comma_and_a_decimal_point),
        cmocka_unit_test(quiz_numeric_parse_reads_thousands_groups_of_three_with_either_separator),
        cmocka_unit_test(quiz_numeric_parse_refuses_one_separator_before_three_digits_as_ambiguous),
        cmocka_unit_test(quiz_numeric_parse_refuses_groups_that_are_not_of_three),
        cmocka_unit_test(quiz_numeric_parse_reads_signs_and_the_unit_before_or_after),
        cmocka_unit_test(quiz_numeric_parse_refuses_other_text_and_units_the_question_lacks),
        cmocka_unit_test(quiz_numeric_parse_refuses_more_than_fifteen_digits_and_long_input),
        cmocka_unit_test(quiz_grade_takes_both_edges_of_a_tolerance_and_nothing_beyond),
        cmocka_unit_test(quiz_grade_takes_an_exact_value_and_a_range_with_its_edges),
        cmocka_unit_test(quiz_grade_gives_the_highest_score_of_the_answers_that_take_the_number),
        cmocka_unit_test(quiz_grade_of_text_that_is_no_number_is_wrong_and_says_why),
        cmocka_unit_test(quiz_answer_equal_holds_twelve_and_a_half_with_comma_or_point),
        cmocka_unit_test(quiz_answer_json_keeps_a_numeric_answer_as_typed),
        cmocka_unit_test(quiz_numeric_format_writes_the_decimal_comma_and_groups_only_where_clear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
