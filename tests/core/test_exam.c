/* test_exam.c - the self-assessment's grade formula and stratified draw. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "exam.h"

static void exam_grade_is_one_plus_nine_times_the_score(void **state)
{
    (void)state;
    assert_int_equal(exam_grade_tenths(0.0), 10);
    assert_int_equal(exam_grade_tenths(1.0), 100);
    assert_int_equal(exam_grade_tenths(0.5), 55);
    assert_int_equal(exam_grade_tenths(0.7), 73);
    assert_int_equal(exam_grade_tenths(15.0 / 20.0), 78); /* 7.75 rounds half up to 7.8 */
    assert_int_equal(exam_grade_tenths(-0.2), 10);
    assert_int_equal(exam_grade_tenths(1.7), 100);
    char text[8];
    exam_grade_text(73, text);
    assert_string_equal(text, "7,3");
    exam_grade_text(100, text);
    assert_string_equal(text, "10,0");
}

static void exam_passes_at_five_and_a_half_and_not_below(void **state)
{
    (void)state;
    assert_true(exam_passed(exam_grade_tenths(0.5)));
    assert_false(exam_passed(exam_grade_tenths(0.49)));
    assert_false(exam_passed(54));
    assert_true(exam_passed(55));
}

static Course *load_content(void)
{
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    diag_free(&d);
    assert_non_null(c);
    return c;
}

static void exam_draw_spreads_questions_over_sections_in_proportion(void **state)
{
    (void)state;
    Course *c = load_content();
    size_t out[40];
    size_t n = exam_draw(c, 40, 7, out);
    assert_int_equal(n, 40);
    size_t per_section[64] = {0}, per_difficulty[4] = {0}, bank_section[64] = {0}, bank = 0;
    for (size_t i = 0; i < c->nquestions; i++)
        if (strncmp(c->questions[i].id, "kq-", 3) != 0) {
            bank_section[c->questions[i].section_index]++;
            bank++;
        }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++)
            assert_true(out[i] != out[j]); /* no question twice */
        const Question *q = &c->questions[out[i]];
        assert_true(strncmp(q->id, "kq-", 3) != 0); /* no projector versions */
        per_section[q->section_index]++;
        per_difficulty[q->difficulty]++;
    }
    for (size_t s = 0; s < c->nsections; s++) {
        double share = 40.0 * (double)bank_section[s] / (double)bank;
        /* Within one question of the exact share per section (each section
         * is 3 strata, each off by less than one). */
        assert_true((double)per_section[s] > share - 3.0 && (double)per_section[s] < share + 3.0);
        assert_true(per_section[s] >= 1);
    }
    for (int d = 1; d <= 3; d++)
        assert_true(per_difficulty[d] >= 5);
    course_free(c);
}

static void exam_draw_is_reproducible_for_a_seed_and_differs_across_seeds(void **state)
{
    (void)state;
    Course *c = load_content();
    size_t a[20], b[20], x[20];
    assert_int_equal(exam_draw(c, 20, 42, a), 20);
    assert_int_equal(exam_draw(c, 20, 42, b), 20);
    assert_int_equal(exam_draw(c, 20, 43, x), 20);
    assert_memory_equal(a, b, sizeof a);
    assert_memory_not_equal(a, x, sizeof a);
    course_free(c);
}

static void exam_draw_takes_the_whole_bank_when_asked_for_more(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    assert_non_null(c);
    size_t out[100];
    /* 8 questions, one of them in the quiz set. */
    assert_int_equal(exam_draw(c, 100, 1, out), 7);
    assert_int_equal(exam_draw(c, 0, 1, out), 0);
    course_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exam_grade_is_one_plus_nine_times_the_score),
        cmocka_unit_test(exam_passes_at_five_and_a_half_and_not_below),
        cmocka_unit_test(exam_draw_spreads_questions_over_sections_in_proportion),
        cmocka_unit_test(exam_draw_is_reproducible_for_a_seed_and_differs_across_seeds),
        cmocka_unit_test(exam_draw_takes_the_whole_bank_when_asked_for_more),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
