/* test_content.c - the built-in course keeps what the chapter needs: a
 * change that loses content, or lets an OCR misspelling back in, fails. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "course.h"
#include "lint.h"

static Course *course;

static int load(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_CONTENT_DIR, &d);
    for (size_t i = 0; i < d.count; i++)
        print_error("%s\n", diag_text(&d.messages[i]));
    size_t warnings = d.warnings;
    diag_free(&d);
    return course && warnings == 0 ? 0 : -1;
}

static int unload(void **state)
{
    (void)state;
    course_free(course);
    return 0;
}

static void content_has_seven_sections_in_order_each_with_learning_goals(void **state)
{
    (void)state;
    assert_true(course->nsections >= 7);
    static const char *const first_words[] = {"s1-1", "s1-2", "s1-3", "s1-4", "s1-5", "s1-6", "s1-7"};
    for (size_t i = 0; i < 7; i++)
        assert_string_equal(course->sections[i].id, first_words[i]);
    for (size_t i = 0; i < course->nsections; i++) {
        assert_true(course->sections[i].ngoals >= 1);
        assert_true(course->sections[i].nblocks >= 5);
    }
}

static void content_has_at_least_80_questions_and_6_per_section(void **state)
{
    (void)state;
    assert_true(course->nquestions >= 80);
    for (size_t i = 0; i < course->nsections; i++) {
        if (course->sections[i].nquestions < 6)
            print_error("section %s has %zu questions\n", course->sections[i].id, course->sections[i].nquestions);
        assert_true(course->sections[i].nquestions >= 6);
    }
}

/* Numeric questions came with the GIFT import (issue 17); a chapter about
 * customer relations has few sums, so two is the floor for them. */
static void content_uses_every_question_type_at_least_6_times_and_numeric_twice(void **state)
{
    (void)state;
    size_t counts[QUESTION_TYPE_COUNT];
    course_count_types(course, counts);
    for (int t = 0; t < QUESTION_TYPE_COUNT; t++) {
        size_t least = t == QUESTION_NUMERIC ? 2 : 6;
        if (counts[t] < least)
            print_error("type %s: %zu\n", question_type_name((QuestionType)t), counts[t]);
        assert_true(counts[t] >= least);
    }
}

static void content_uses_all_three_difficulties_and_every_question_has_feedback(void **state)
{
    (void)state;
    size_t by_difficulty[4] = {0};
    for (size_t i = 0; i < course->nquestions; i++) {
        const Question *q = &course->questions[i];
        assert_true(q->difficulty >= 1 && q->difficulty <= 3);
        by_difficulty[q->difficulty]++;
        assert_non_null(q->explanation);
        assert_non_null(q->goal);
        /* A numeric question's feedback is per answer; its one option is the field. */
        for (size_t o = 0; o < q->noptions && q->type != QUESTION_NUMERIC; o++)
            assert_non_null(q->options[o].feedback);
        for (size_t k = 0; k < q->nnumeric; k++)
            assert_non_null(q->numeric[k].feedback);
    }
    for (int d = 1; d <= 3; d++)
        assert_true(by_difficulty[d] >= 10);
}

/* Fewest and most decisions from node K to an ending; the loader has
 * already proved the graph has no loop. */
static void depth_range(const Scenario *s, size_t k, int *lo, int *hi, int level)
{
    const ScenarioNode *n = &s->nodes[k];
    assert_true(level < 64);
    if (n->end) {
        *lo = *hi = 0;
        return;
    }
    int l = 1 << 20, h = 0;
    for (size_t j = 0; j < n->nchoices; j++) {
        int cl, ch;
        depth_range(s, n->choices[j].next_index, &cl, &ch, level + 1);
        if (cl + 1 < l)
            l = cl + 1;
        if (ch + 1 > h)
            h = ch + 1;
    }
    *lo = l;
    *hi = h;
}

static void content_has_8_scenarios_3_to_6_decisions_deep_with_two_endings(void **state)
{
    (void)state;
    assert_true(course->nscenarios >= 8);
    for (size_t i = 0; i < course->nscenarios; i++) {
        const Scenario *s = &course->scenarios[i];
        int lo, hi;
        depth_range(s, s->start, &lo, &hi, 0);
        if (lo < 3 || hi > 6)
            print_error("scenario %s: %d to %d decisions\n", s->id, lo, hi);
        assert_true(lo >= 3 && hi <= 6);
        size_t ends = 0;
        for (size_t n = 0; n < s->nnodes; n++)
            ends += s->nodes[n].end;
        assert_true(ends >= 2);
        assert_true(s->best_points > s->worst_points);
        assert_true(s->nsections >= 1);
        assert_non_null(course_section(course, s->sections[0]));
    }
}

/* The fewest and most points with which a path from node K reaches the
 * ending END (-1 when none does). */
static void points_to_end(const Scenario *s, size_t k, size_t end, int got, int *lo, int *hi)
{
    const ScenarioNode *n = &s->nodes[k];
    if (n->end) {
        if (k == end) {
            if (*lo < 0 || got < *lo)
                *lo = got;
            if (got > *hi)
                *hi = got;
        }
        return;
    }
    for (size_t j = 0; j < n->nchoices; j++)
        points_to_end(s, n->choices[j].next_index, end, got + n->choices[j].points, lo, hi);
}

/* An ending's tone matches the points of every path that reaches it: the
 * good ending ("end-goed") needs more than half of the best score, the bad
 * one ("end-slecht") allows at most a third. */
static void content_endings_match_the_points_of_every_path_to_them(void **state)
{
    (void)state;
    for (size_t i = 0; i < course->nscenarios; i++) {
        const Scenario *s = &course->scenarios[i];
        for (size_t e = 0; e < s->nnodes; e++) {
            const char *id = s->nodes[e].id;
            if (!s->nodes[e].end || (strcmp(id, "end-goed") != 0 && strcmp(id, "end-slecht") != 0))
                continue;
            int lo = -1, hi = -1;
            points_to_end(s, s->start, e, 0, &lo, &hi);
            assert_true(lo >= 0);
            bool good = strcmp(id, "end-goed") == 0;
            bool ok = good ? 2 * lo > s->best_points : 3 * hi <= s->best_points;
            if (!ok)
                print_error("scenario %s: %s reached with %d to %d of %d points\n", s->id, id, lo, hi, s->best_points);
            assert_true(ok);
        }
    }
}

/* The built-in course passes every item-writing rule of check --lint. */
static void content_passes_every_lint_rule(void **state)
{
    (void)state;
    LintReport r = {0};
    assert_true(lint_course(course, NULL, &r));
    for (size_t i = 0; i < r.count; i++)
        if (!r.items[i].why)
            print_error("%s: %s [%s]: %s\n", r.items[i].file, r.items[i].path, lint_rule_name(r.items[i].rule),
                        finding_text(&r.items[i]));
    assert_int_equal(r.count, r.silenced);
    lint_report_free(&r);
}

static void content_has_a_glossary_of_30_terms_linked_to_sections(void **state)
{
    (void)state;
    assert_true(course->nglossary >= 30);
    for (size_t i = 0; i < course->nglossary; i++)
        assert_non_null(course_section(course, course->glossary[i].section));
}

static void content_has_a_class_quiz_of_15_questions(void **state)
{
    (void)state;
    const QuizSet *klas = NULL;
    for (size_t i = 0; i < course->nquizsets; i++)
        if (strcmp(course->quizsets[i].id, "klassikaal") == 0)
            klas = &course->quizsets[i];
    assert_non_null(klas);
    assert_int_equal(klas->nquestions, 15);
    for (size_t i = 0; i < klas->nquestions; i++)
        assert_non_null(course_question(course, klas->questions[i]));
}

static bool contains_ocr_error(const char *s)
{
    /* The OCR errors listed in shared/seed/README.md. */
    static const char *const bad[] = {"cre\xc3\xa9ren",
                                      "commerci\xc3\xa9le",
                                      "geintegreerd",
                                      "Geintegreerd",
                                      "beinvloed",
                                      "Financi\xc3\xa9n",
                                      "financi\xc3\xa9n",
                                      "effici\xc3\xa9nt",
                                      "cod\xc3\xa9rdinator",
                                      "Voorwoora",
                                      "eeninterne",
                                      "Opdeze",
                                      NULL};
    for (const char *const *b = bad; *b; b++)
        if (s && strstr(s, *b)) {
            print_error("OCR error \"%s\" in: %.80s\n", *b, s);
            return true;
        }
    return false;
}

/* Asserts that BAD holds for no text a student sees. */
static void assert_no_text(bool (*bad)(const char *))
{
    for (size_t i = 0; i < course->nsections; i++) {
        const Section *s = &course->sections[i];
        assert_false(bad(s->title));
        for (size_t b = 0; b < s->nblocks; b++) {
            const Block *blk = &s->blocks[b];
            assert_false(bad(blk->text));
            for (size_t k = 0; k < blk->nitems; k++)
                assert_false(bad(blk->items[k]));
            for (size_t k = 0; k < blk->nrows * blk->ncols; k++)
                assert_false(bad(blk->cells[k]));
        }
    }
    for (size_t i = 0; i < course->nquestions; i++) {
        const Question *q = &course->questions[i];
        assert_false(bad(q->prompt));
        assert_false(bad(q->explanation));
        for (size_t o = 0; o < q->noptions; o++) {
            assert_false(bad(q->options[o].text));
            assert_false(bad(q->options[o].feedback));
        }
        for (size_t k = 0; k < q->nnumeric; k++)
            assert_false(bad(q->numeric[k].feedback));
    }
    for (size_t i = 0; i < course->nscenarios; i++)
        for (size_t n = 0; n < course->scenarios[i].nnodes; n++) {
            const ScenarioNode *node = &course->scenarios[i].nodes[n];
            assert_false(bad(node->text));
            assert_false(bad(node->debrief));
            for (size_t c = 0; c < node->nchoices; c++) {
                assert_false(bad(node->choices[c].text));
                assert_false(bad(node->choices[c].feedback));
            }
        }
    for (size_t i = 0; i < course->nglossary; i++)
        assert_false(bad(course->glossary[i].definition));
}

static void content_has_none_of_the_ocr_misspellings(void **state)
{
    (void)state;
    assert_no_text(contains_ocr_error);
}

/* "€ 16.000" split over two lines reads badly: the space after the euro
 * sign is a no-break space. */
static bool breaks_an_amount(const char *s)
{
    for (const char *p = s ? strstr(s, "\xE2\x82\xAC ") : NULL; p; p = strstr(p + 1, "\xE2\x82\xAC "))
        if (p[4] >= '0' && p[4] <= '9')
            return true;
    return false;
}

static void content_keeps_the_euro_sign_with_its_amount(void **state)
{
    (void)state;
    assert_no_text(breaks_an_amount);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(content_has_seven_sections_in_order_each_with_learning_goals),
        cmocka_unit_test(content_has_at_least_80_questions_and_6_per_section),
        cmocka_unit_test(content_uses_every_question_type_at_least_6_times_and_numeric_twice),
        cmocka_unit_test(content_uses_all_three_difficulties_and_every_question_has_feedback),
        cmocka_unit_test(content_has_8_scenarios_3_to_6_decisions_deep_with_two_endings),
        cmocka_unit_test(content_endings_match_the_points_of_every_path_to_them),
        cmocka_unit_test(content_has_a_glossary_of_30_terms_linked_to_sections),
        cmocka_unit_test(content_has_a_class_quiz_of_15_questions),
        cmocka_unit_test(content_has_none_of_the_ocr_misspellings),
        cmocka_unit_test(content_keeps_the_euro_sign_with_its_amount),
        cmocka_unit_test(content_passes_every_lint_rule),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
