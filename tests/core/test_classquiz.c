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
    assert_string_equal(buf, "\xEF\xBB\xBFNr;Vraag;Juiste antwoord;Aantal A;Aantal B;Aantal C;Aantal D;Team 1;Team 2\r\n"
                             "1;Wat is een account?;A: Een belangrijke klant;14;3;;;0;1\r\n"
                             ";Totaal;;;;;;0;1\r\n");
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
    };
    return cmocka_run_group_tests(tests, load, unload);
}
