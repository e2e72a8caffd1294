/* test_classquiz.c - the class quiz: phases, countdown with pause, tally,
 * team points and leaderboard, CSV export. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "classquiz.h"

static Course *course;

static int load(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    return course ? 0 : -1;
}

static int unload(void **state)
{
    (void)state;
    course_free(course);
    return 0;
}

static void classquiz_goes_from_question_to_options_to_reveal_to_the_next(void **state)
{
    (void)state;
    size_t qs[2] = {2, 3};
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 2, 20, 0));
    assert_int_equal(cq.phase, CLASS_QUESTION);
    assert_ptr_equal(classquiz_question(&cq), &course->questions[2]);
    classquiz_advance(&cq, 0);
    assert_int_equal(cq.phase, CLASS_OPEN);
    assert_int_equal(cq.remaining_ms, 20000);
    classquiz_advance(&cq, 1000);
    assert_int_equal(cq.phase, CLASS_REVEAL);
    classquiz_advance(&cq, 2000); /* no teams: no leaderboard */
    assert_int_equal(cq.phase, CLASS_QUESTION);
    assert_int_equal(cq.current, 1);
    classquiz_advance(&cq, 2000);
    classquiz_advance(&cq, 2000);
    classquiz_advance(&cq, 2000);
    assert_int_equal(cq.phase, CLASS_END);
    classquiz_free(&cq);
}

static void classquiz_countdown_runs_pauses_and_stops_at_zero(void **state)
{
    (void)state;
    size_t qs[1] = {2};
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 1, 3, 0)); /* clamped to 5 s */
    assert_int_equal(cq.seconds, 5);
    classquiz_advance(&cq, 100);
    assert_true(classquiz_tick(&cq, 1100));
    assert_int_equal(cq.remaining_ms, 4000);
    classquiz_toggle_pause(&cq, 1600);
    assert_int_equal(cq.remaining_ms, 3500);
    assert_false(classquiz_tick(&cq, 9000)); /* paused: no more ticks needed */
    assert_int_equal(cq.remaining_ms, 3500);
    classquiz_toggle_pause(&cq, 9000);
    assert_true(classquiz_tick(&cq, 10000));
    assert_int_equal(cq.remaining_ms, 2500);
    assert_false(classquiz_tick(&cq, 20000));
    assert_int_equal(cq.remaining_ms, 0);
    assert_int_equal(cq.phase, CLASS_OPEN); /* the teacher reveals */
    classquiz_free(&cq);
}

static void classquiz_tally_counts_per_option_and_never_goes_below_zero(void **state)
{
    (void)state;
    size_t qs[1] = {2}; /* mq1: two options */
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 1, 20, 0));
    classquiz_tally_set(&cq, 0, 5); /* not open yet: ignored */
    assert_int_equal(cq.rounds[0].tally[0], 0);
    classquiz_advance(&cq, 0);
    classquiz_tally_set(&cq, 0, 12);
    classquiz_tally_add(&cq, 1, 3);
    classquiz_tally_add(&cq, 1, -5);
    classquiz_tally_add(&cq, 7, 1); /* no such option */
    assert_int_equal(cq.rounds[0].tally[0], 12);
    assert_int_equal(cq.rounds[0].tally[1], 0);
    assert_true(cq.rounds[0].tallied);
    classquiz_free(&cq);
}

static void classquiz_awards_points_and_sorts_the_leaderboard(void **state)
{
    (void)state;
    size_t qs[2] = {2, 3};
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 2, 20, 3));
    classquiz_name_team(&cq, 2, "De Kanjers");
    classquiz_advance(&cq, 0);
    classquiz_award(&cq, 0); /* not revealed yet: ignored */
    assert_int_equal(cq.scores[0], 0);
    classquiz_advance(&cq, 0);
    classquiz_award(&cq, 2);
    classquiz_award(&cq, 1);
    classquiz_award(&cq, 1); /* taken back */
    classquiz_advance(&cq, 0);
    assert_int_equal(cq.phase, CLASS_SCORES);
    classquiz_advance(&cq, 0);
    classquiz_advance(&cq, 0);
    classquiz_advance(&cq, 0);
    classquiz_award(&cq, 2);
    classquiz_award(&cq, 0);
    size_t order[CLASS_MAX_TEAMS];
    assert_int_equal(classquiz_leaderboard(&cq, order), 3);
    assert_int_equal(order[0], 2);
    assert_int_equal(order[1], 0);
    assert_int_equal(order[2], 1);
    assert_int_equal(cq.scores[2], 2);
    assert_string_equal(cq.teams[2], "De Kanjers");
    classquiz_free(&cq);
}

static void classquiz_exports_the_session_as_dutch_csv(void **state)
{
    (void)state;
    size_t qs[1] = {2};
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 1, 20, 2));
    classquiz_advance(&cq, 0);
    classquiz_tally_set(&cq, 0, 14);
    classquiz_tally_set(&cq, 1, 3);
    classquiz_advance(&cq, 0);
    classquiz_award(&cq, 1);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_true(classquiz_export_csv(&cq, f));
    fclose(f);
    assert_string_equal(buf,
                        "\xEF\xBB\xBFNr;Vraag;Juiste antwoord;Aantal A;Aantal B;Aantal C;Aantal D;Team 1;Team 2\r\n"
                        "1;Wat is een account?;A: Een belangrijke klant;14;3;;;0;1\r\n"
                        ";Totaal;;;;;;0;1\r\n");
    free(buf);
    classquiz_free(&cq);
}

/* The index of the question with id ID. */
static size_t question(const char *id)
{
    for (size_t i = 0; i < course->nquestions; i++)
        if (strcmp(course->questions[i].id, id) == 0)
            return i;
    fail_msg("no question %s", id);
    return 0;
}

/* The letter (0 = A) under which round R shows its first right option. */
static size_t right_letter(const ClassQuiz *cq, size_t r)
{
    const Question *q = &course->questions[cq->rounds[r].question];
    for (size_t k = 0; k < q->noptions; k++)
        if (q->options[classquiz_option_at(cq, r, k)].correct)
            return k;
    fail_msg("round %zu has no right option", r);
    return 0;
}

/* Twelve rounds of a question whose right answer is written first: shuffled,
 * the right letter is A six times and B six times (spread evenly, not
 * merely at random); without the shuffle it is A every time. */
static void classquiz_shuffle_spreads_the_right_letter_over_the_letters(void **state)
{
    (void)state;
    size_t qs[12];
    for (size_t i = 0; i < 12; i++)
        qs[i] = question("mq1"); /* two options, the first right */
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 12, 20, 0));
    for (size_t r = 0; r < 12; r++)
        assert_int_equal(right_letter(&cq, r), 0);
    classquiz_shuffle(&cq, 1);
    size_t count[2] = {0, 0};
    for (size_t r = 0; r < 12; r++)
        count[right_letter(&cq, r)]++;
    assert_int_equal(count[0], 6);
    assert_int_equal(count[1], 6);
    classquiz_free(&cq);
}

/* The same seed gives the same orders, another seed others; a question
 * with a fixed order (true/false: juist, onjuist) keeps it. */
static void classquiz_shuffle_is_reproducible_from_its_seed(void **state)
{
    (void)state;
    size_t qs[10];
    for (size_t i = 0; i < 9; i++)
        qs[i] = question(i % 2 ? "mq2" : "mq1");
    qs[9] = question("mq3");
    ClassQuiz a, b, c;
    assert_true(classquiz_start(&a, course, qs, 10, 20, 0));
    assert_true(classquiz_start(&b, course, qs, 10, 20, 0));
    assert_true(classquiz_start(&c, course, qs, 10, 20, 0));
    classquiz_shuffle(&a, 42);
    classquiz_shuffle(&b, 42);
    classquiz_shuffle(&c, 43);
    bool differs = false;
    for (size_t r = 0; r < 10; r++) {
        assert_memory_equal(a.rounds[r].order, b.rounds[r].order, sizeof a.rounds[r].order);
        differs = differs || memcmp(a.rounds[r].order, c.rounds[r].order, sizeof a.rounds[r].order) != 0;
    }
    assert_true(differs);
    assert_int_equal(classquiz_option_at(&a, 9, 0), 0); /* juist stays A */
    assert_int_equal(classquiz_option_at(&a, 9, 1), 1);
    classquiz_free(&a);
    classquiz_free(&b);
    classquiz_free(&c);
}

/* The export names the right answer and the counts by the letters shown:
 * with mq1's options swapped, its right answer is B and B's count is the
 * right option's. */
static void classquiz_export_uses_the_letters_shown(void **state)
{
    (void)state;
    size_t qs[1] = {question("mq1")};
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 1, 20, 0));
    cq.rounds[0].order[0] = 1; /* as a shuffle may leave it */
    cq.rounds[0].order[1] = 0;
    classquiz_advance(&cq, 0);
    classquiz_tally_set(&cq, 0, 14); /* the right option (written first) */
    classquiz_tally_set(&cq, 1, 3);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_true(classquiz_export_csv(&cq, f));
    fclose(f);
    assert_non_null(strstr(buf, "\r\n1;Wat is een account?;B: Een belangrijke klant;3;14;;\r\n"));
    /* The text the window writes is the same table. */
    size_t tlen;
    char *text = classquiz_csv_text(&cq, &tlen);
    assert_non_null(text);
    assert_int_equal(tlen, len);
    assert_string_equal(text, buf);
    free(text);
    free(buf);
    classquiz_free(&cq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(classquiz_goes_from_question_to_options_to_reveal_to_the_next),
        cmocka_unit_test(classquiz_countdown_runs_pauses_and_stops_at_zero),
        cmocka_unit_test(classquiz_tally_counts_per_option_and_never_goes_below_zero),
        cmocka_unit_test(classquiz_awards_points_and_sorts_the_leaderboard),
        cmocka_unit_test(classquiz_exports_the_session_as_dutch_csv),
        cmocka_unit_test(classquiz_shuffle_spreads_the_right_letter_over_the_letters),
        cmocka_unit_test(classquiz_shuffle_is_reproducible_from_its_seed),
        cmocka_unit_test(classquiz_export_uses_the_letters_shown),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
