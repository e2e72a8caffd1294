/* test_exam.c - the self-assessment's grade formula and stratified draw. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../content_fixture.h"
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

static void exam_draw_spreads_questions_over_sections_in_proportion(void **state)
{
    (void)state;
    Course *c = fixture_content();
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
    Course *c = fixture_content();
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

/* Puts the right answer to question I of the test in place. */
static void answer_right(Exam *e, size_t i)
{
    const Question *q = exam_question(e, i);
    Answer *a = &e->answers[i];
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTIPLE:
        for (size_t o = 0; o < q->noptions; o++)
            if (q->options[o].correct != a->chosen[o])
                quiz_answer_choose(a, o);
        break;
    case QUESTION_MATCHING:
        for (size_t o = 0; o < q->noptions; o++)
            quiz_answer_match(a, o, o);
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < q->noptions; k++)
            for (size_t p = k; p < q->noptions; p++)
                if (a->order[p] == k)
                    quiz_answer_move(a, p, k);
        break;
    case QUESTION_CLOZE:
        for (size_t o = 0; o < q->noptions; o++)
            assert_true(quiz_answer_set_text(a, o, q->options[o].accept[0]));
        break;
    default:
        fail();
    }
    exam_touch(e, i);
}

static void exam_with_known_answers_gives_the_expected_score_and_cijfer(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Exam e;
    assert_true(exam_start(&e, c, 20, 90, 2026, 1000));
    assert_int_equal(e.n, 20);
    assert_int_equal(e.limit_ms, 20 * 90 * 1000);
    assert_int_equal(exam_unanswered(&e), 20);
    /* 15 right, 5 left open (an untouched ordering counts as open too). */
    for (size_t i = 0; i < 15; i++) {
        exam_goto(&e, i, 1000 + (int64_t)i * 1000);
        answer_right(&e, i);
    }
    assert_int_equal(exam_unanswered(&e), 5);
    exam_toggle_flag(&e, 3);
    assert_true(e.flagged[3]);
    assert_true(exam_hand_in(&e, 60000));
    assert_true(e.handed_in);
    assert_false(e.timed_out);
    assert_float_equal(e.score, 0.75, 1e-9);
    assert_int_equal(e.grade_tenths, 78);
    assert_true(exam_passed(e.grade_tenths));
    for (size_t i = 0; i < 15; i++)
        assert_true(e.grades[i].right);
    for (size_t i = 15; i < 20; i++)
        assert_float_equal(e.grades[i].score, 0.0, 1e-9);
    /* Section scores average the questions of each section. */
    double total = 0;
    size_t with = 0;
    for (size_t s = 0; s < c->nsections; s++)
        if (exam_section_score(&e, s) >= 0) {
            total += exam_section_score(&e, s);
            with++;
        }
    assert_true(with >= 5);
    assert_true(total > 0);
    exam_free(&e);
    course_free(c);
}

static void exam_clock_hands_in_when_the_time_is_up(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Exam e;
    assert_true(exam_start(&e, c, 10, 90, 5, 0));
    answer_right(&e, 0);
    assert_int_equal(exam_remaining_ms(&e, 100000), 800000);
    assert_false(exam_tick(&e, 899999));
    assert_false(e.handed_in);
    assert_true(exam_tick(&e, 900000));
    assert_true(e.handed_in);
    assert_true(e.timed_out);
    assert_int_equal(exam_remaining_ms(&e, 900000), 0);
    assert_float_equal(e.score, 0.1, 1e-9);
    assert_int_equal(e.grade_tenths, 19);
    assert_false(exam_tick(&e, 999999)); /* once */
    exam_free(&e);
    course_free(c);
}

static void exam_without_a_limit_never_hands_in_by_itself(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Exam e;
    assert_true(exam_start(&e, c, 10, 0, 5, 0));
    assert_int_equal(exam_remaining_ms(&e, 1), -1);
    assert_false(exam_tick(&e, 1000000000));
    assert_false(e.handed_in);
    exam_free(&e);
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
        cmocka_unit_test(exam_with_known_answers_gives_the_expected_score_and_cijfer),
        cmocka_unit_test(exam_clock_hands_in_when_the_time_is_up),
        cmocka_unit_test(exam_without_a_limit_never_hands_in_by_itself),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
