/* test_mastery.c - the mastery rule and every derived figure, checked
 * against the log after each append. The course is tests/data/progress/
 * course: sections ts1 (q1a-q1d), ts2 (q2a-q2d), ts3 (q3a-q3c), seven goals
 * and scenario sc-test; course-v2 drops q1b and adds q3d. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "../diag_text.h"
#include "isotime.h"
#include "course.h"
#include "mastery.h"
#include "progress_fixture.h"

typedef struct {
    char *dir;
    char log_path[4096];
    Course *course;
    ProgressLog *log;
    Mastery m;
} Fx;

static Course *load(const char *name)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/progress/%s", AW_TEST_DATA, name);
    Diag d;
    diag_init(&d);
    Course *c = course_load(dir, &d);
    for (size_t i = 0; !c && i < d.count; i++)
        fprintf(stderr, "%s\n", diag_text(&d.messages[i]));
    diag_free(&d);
    return c;
}

static int setup(void **state)
{
    Fx *fx = calloc(1, sizeof *fx);
    fx->dir = fx_tempdir();
    snprintf(fx->log_path, sizeof fx->log_path, "%s/attempts.jsonl", fx->dir);
    fx->course = load("course");
    assert_non_null(fx->course);
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.now_ms = fx_time(0)};
    fx->log = progress_open(fx->log_path, &o, &d);
    diag_free(&d);
    assert_non_null(fx->log);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    mastery_free(&fx->m);
    progress_close(fx->log);
    course_free(fx->course);
    fx_free_dir(fx->dir);
    free(fx);
    return 0;
}

static void add(Fx *fx, const char *item, double score, int64_t minutes)
{
    AwError err;
    Attempt a = fx_attempt(item, score, minutes);
    if (!progress_record(fx->log, &a, &err))
        fail_msg("%s", aw_error_name(err.code));
}

/* Recomputes fx->m with "now" at MINUTES, in UTC. */
static void compute(Fx *fx, int64_t minutes)
{
    AwError err;
    mastery_free(&fx->m);
    assert_true(mastery_compute(&fx->m, fx->course, fx->log, fx_time(minutes), 0, &err));
}

static size_t section(const Course *c, const char *id)
{
    return (size_t)(course_section(c, id) - c->sections);
}

static size_t question(const Course *c, const char *id)
{
    return (size_t)(course_question(c, id) - c->questions);
}

static size_t goal(const Mastery *m, const char *id)
{
    for (size_t i = 0; i < m->ngoals; i++)
        if (strcmp(m->goals[i].goal->id, id) == 0)
            return i;
    fail_msg("no goal %s", id);
    return 0;
}

static void mastery_of_an_item_weights_its_last_three_scores_one_two_three_newest_heaviest(void **state)
{
    (void)state;
    assert_true(mastery_of_scores(NULL, 0) == 0);
    assert_true(mastery_of_scores((double[]){0.5}, 1) == 0.5);
    assert_true(fabs(mastery_of_scores((double[]){0, 1}, 2) - 0.6) < 1e-12);
    assert_true(fabs(mastery_of_scores((double[]){1, 0}, 2) - 0.4) < 1e-12);
    assert_true(fabs(mastery_of_scores((double[]){0, 0, 1}, 3) - 0.5) < 1e-12);
    assert_true(fabs(mastery_of_scores((double[]){1, 0, 0}, 3) - 1.0 / 6) < 1e-12);
    assert_true(fabs(mastery_of_scores((double[]){1, 1, 0}, 3) - 0.5) < 1e-12);
    /* only the last three count */
    assert_true(fabs(mastery_of_scores((double[]){1, 1, 1, 0, 0, 1}, 6) - 0.5) < 1e-12);
}

static void mastery_of_a_section_is_the_mean_over_its_current_questions_counting_unanswered_as_zero(void **state)
{
    Fx *fx = *state;
    add(fx, "q1a", 1, 0);
    add(fx, "q1c", 0.5, 1);
    compute(fx, 2);
    const Mastery *m = &fx->m;
    const GroupMastery *s1 = &m->sections[section(fx->course, "ts1")];
    assert_int_equal(s1->questions, 4);
    assert_int_equal(s1->answered, 2);
    assert_int_equal(s1->attempts, 2);
    assert_true(fabs(s1->mastery - 1.5 / 4) < 1e-12);
    assert_true(fabs(m->goals[goal(m, "ts1.g1")].m.mastery - 0.5) < 1e-12);
    assert_true(fabs(m->goals[goal(m, "ts1.g2")].m.mastery - 0.25) < 1e-12);
    assert_true(m->sections[section(fx->course, "ts2")].mastery == 0);
    assert_int_equal(m->overall.questions, 11);
    assert_true(fabs(m->overall.mastery - 1.5 / 11) < 1e-12);
    assert_true(s1->last_ms == fx_time(1));
}

static void mastery_counts_an_item_as_mastered_from_0_8(void **state)
{
    Fx *fx = *state;
    add(fx, "q3a", 0.8, 0);
    add(fx, "q3b", 0.7999, 0);
    compute(fx, 1);
    const Mastery *m = &fx->m;
    assert_int_equal(m->sections[section(fx->course, "ts3")].mastered, 1);
    assert_int_equal(m->goals[goal(m, "ts3.g1")].m.mastered, 1);
    assert_int_equal(m->goals[goal(m, "ts3.g2")].m.mastered, 0);
    assert_true(MASTERY_THRESHOLD == 0.8);
}

static void mastery_ignores_items_removed_from_the_course_but_the_log_keeps_them(void **state)
{
    Fx *fx = *state;
    add(fx, "q1b", 1, 0);
    add(fx, "q1a", 1, 1);
    add(fx, "q1b", 1, 2);
    Course *v2 = load("course-v2");
    assert_non_null(v2);
    AwError err;
    Mastery m;
    assert_true(mastery_compute(&m, v2, fx->log, fx_time(3), 0, &err));
    assert_int_equal(m.attempts, 3);
    assert_int_equal(m.attempts_unknown, 2);
    assert_int_equal(m.attempts_questions, 1);
    const GroupMastery *s1 = &m.sections[section(v2, "ts1")];
    assert_int_equal(s1->questions, 3);
    assert_int_equal(s1->attempts, 1);
    assert_true(fabs(s1->mastery - 1.0 / 3) < 1e-12);
    assert_int_equal(m.sections[section(v2, "ts3")].questions, 4);
    assert_string_equal(m.last_item, "q1a"); /* the newest attempt on a current item */
    mastery_free(&m);
    course_free(v2);

    /* The old attempts are still in the file. */
    char *text = fx_read(fx->log_path, NULL);
    int n = 0;
    for (const char *p = text; (p = strstr(p, "\"item\":\"q1b\"")) != NULL; p++)
        n++;
    assert_int_equal(n, 2);
    free(text);
}

/* The figures, recomputed by hand from the attempts. */
static void check_against_the_log(const Fx *fx, const Mastery *m, const ProgressLog *log)
{
    const Course *c = fx->course;
    size_t n = progress_count(log), in_questions = 0, in_scenarios = 0, unknown = 0;
    const Attempt *at = progress_attempts(log);
    assert_int_equal(m->attempts, n);
    for (size_t q = 0; q < c->nquestions; q++) {
        double scores[4096];
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (strcmp(at[i].item, c->questions[q].id) == 0)
                scores[k++] = at[i].score;
        assert_int_equal(m->questions[q].attempts, k);
        double want = 0;
        if (k) {
            double w = 0;
            for (size_t j = 0; j < 3 && j < k; j++) {
                want += (3.0 - (double)j) * scores[k - 1 - j];
                w += 3.0 - (double)j;
            }
            want /= w;
        }
        assert_true(fabs(m->questions[q].mastery - want) < 1e-12);
        in_questions += k;
    }
    for (size_t i = 0; i < n; i++)
        if (strcmp(at[i].item, "sc-test") == 0)
            in_scenarios++;
        else if (!course_question(c, at[i].item))
            unknown++;
    assert_int_equal(m->attempts_questions, in_questions);
    assert_int_equal(m->attempts_scenarios, in_scenarios);
    assert_int_equal(m->attempts_unknown, unknown);
    assert_int_equal(m->attempts_questions + m->attempts_scenarios + m->attempts_unknown, n);
    size_t per_section = 0, per_goal = 0, per_day = 0;
    for (size_t s = 0; s < c->nsections; s++) {
        const Section *sec = &c->sections[s];
        double sum = 0;
        for (size_t q = sec->first_question; q < sec->first_question + sec->nquestions; q++)
            sum += m->questions[q].mastery;
        assert_true(fabs(m->sections[s].mastery - sum / (double)sec->nquestions) < 1e-12);
        per_section += m->sections[s].attempts;
    }
    for (size_t g = 0; g < m->ngoals; g++)
        per_goal += m->goals[g].m.attempts;
    for (size_t h = 0; h < m->nhistory; h++)
        per_day += m->history[h].attempts;
    assert_int_equal(per_section, in_questions);
    assert_int_equal(per_goal, in_questions);
    assert_int_equal(per_day, in_questions + in_scenarios);
    assert_int_equal(m->overall.attempts, in_questions);
}

static void mastery_equals_what_the_log_says_after_every_append(void **state)
{
    Fx *fx = *state;
    const Course *c = fx->course;
    uint64_t rng = 12345;
    int64_t minutes = 0;
    for (int i = 0; i < 300; i++) {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned r = (unsigned)(rng >> 33);
        size_t pick = r % (c->nquestions + 3);
        const char *item = pick < c->nquestions    ? c->questions[pick].id
                           : pick == c->nquestions ? "sc-test"
                                                   : (pick % 2 ? "oud-1" : "oud-2");
        minutes += (r >> 8) % 200; /* about ten answers a day */
        add(fx, item, (double)((r >> 4) % 5) / 4.0, minutes);
        compute(fx, minutes);
        check_against_the_log(fx, &fx->m, fx->log);
        if (i % 60 == 59) {
            /* What a restart would derive equals what the program holds. */
            Diag d;
            diag_init(&d);
            ProgressOptions o = {.read_only = true};
            ProgressLog *again = progress_open(fx->log_path, &o, &d);
            assert_non_null(again);
            assert_int_equal(d.count, 0);
            diag_free(&d);
            Mastery m2;
            AwError err;
            assert_true(mastery_compute(&m2, c, again, fx_time(minutes), 0, &err));
            check_against_the_log(fx, &m2, again);
            assert_int_equal(m2.nhistory, fx->m.nhistory);
            for (size_t h = 0; h < m2.nhistory; h++) {
                assert_true(m2.history[h].day == fx->m.history[h].day);
                assert_true(fabs(m2.history[h].mastery - fx->m.history[h].mastery) < 1e-12);
            }
            assert_int_equal(m2.streak_days, fx->m.streak_days);
            assert_true(m2.last_ms == fx->m.last_ms);
            mastery_free(&m2);
            progress_close(again);
        }
    }
}

static void mastery_history_has_one_point_per_local_day(void **state)
{
    Fx *fx = *state;
    /* fx_time(0) is 10:00 UTC; 13 h later is 23:00 UTC, already the next day at UTC+2. */
    add(fx, "q1a", 1, 0);
    add(fx, "q1b", 0, 60);
    add(fx, "q1c", 1, 13 * 60);
    add(fx, "q1d", 1, 24 * 60);
    AwError err;
    Mastery m;
    assert_true(mastery_compute(&m, fx->course, fx->log, fx_time(24 * 60), 120, &err));
    assert_int_equal(m.nhistory, 2);
    assert_true(m.history[0].day == isotime_day(fx_time(0), 120));
    assert_int_equal(m.history[0].attempts, 2);
    assert_true(fabs(m.history[0].mean_score - 0.5) < 1e-12);
    assert_true(fabs(m.history[0].mastery - 1.0 / 11) < 1e-12);
    assert_int_equal(m.history[1].attempts, 2);
    assert_true(fabs(m.history[1].mastery - 3.0 / 11) < 1e-12);
    mastery_free(&m);
    assert_true(mastery_compute(&m, fx->course, fx->log, fx_time(24 * 60), 0, &err));
    assert_int_equal(m.nhistory, 2); /* in UTC, 23:00 is still the first day */
    assert_int_equal(m.history[0].attempts, 3);
    mastery_free(&m);
}

static void mastery_streak_counts_days_in_a_row_ending_today_or_yesterday(void **state)
{
    Fx *fx = *state;
    const int64_t day = 24 * 60;
    add(fx, "q1a", 1, 0);
    add(fx, "q1a", 1, 2 * day); /* a gap of one day */
    add(fx, "q1a", 1, 3 * day);
    add(fx, "q1a", 1, 3 * day + 5);
    add(fx, "q1a", 1, 4 * day);
    compute(fx, 4 * day + 60);
    assert_int_equal(fx->m.streak_days, 3);
    assert_true(fx->m.practised_today);
    assert_int_equal(fx->m.days_practised, 4);
    compute(fx, 5 * day); /* not yet today: the streak still stands */
    assert_int_equal(fx->m.streak_days, 3);
    assert_false(fx->m.practised_today);
    compute(fx, 6 * day); /* a day missed: it is broken */
    assert_int_equal(fx->m.streak_days, 0);
}

static void mastery_lists_the_five_weakest_unmastered_goals_weakest_first(void **state)
{
    Fx *fx = *state;
    compute(fx, 0);
    assert_int_equal(fx->m.nweakest, 5); /* all at 0: course order */
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(fx->m.weakest[i], i);
    add(fx, "q1a", 1, 0);
    add(fx, "q1b", 1, 1); /* ts1.g1 mastered */
    add(fx, "q1c", 0.5, 2);
    add(fx, "q2d", 0.25, 3);
    add(fx, "q3a", 1, 4);
    add(fx, "q3b", 1, 5);
    add(fx, "q3c", 0.25, 6);
    compute(fx, 10);
    const Mastery *m = &fx->m;
    assert_int_equal(m->nweakest, 4);                   /* three goals are mastered */
    assert_int_equal(m->weakest[0], goal(m, "ts2.g1")); /* 0 */
    assert_int_equal(m->weakest[1], goal(m, "ts1.g2")); /* 0.25 */
    assert_int_equal(m->weakest[2], goal(m, "ts2.g2")); /* 0.25, later in the course */
    assert_int_equal(m->weakest[3], goal(m, "ts3.g3"));
    size_t qs[8];
    size_t n = mastery_goal_questions(m, m->weakest[0], qs, 8);
    assert_int_equal(n, 3);
    assert_int_equal(qs[0], question(fx->course, "q2a"));
    assert_int_equal(qs[2], question(fx->course, "q2c"));
}

static void mastery_says_where_the_student_left_off_and_what_to_practise_next(void **state)
{
    Fx *fx = *state;
    compute(fx, 0);
    assert_null(fx->m.last_item);
    assert_int_equal(fx->m.last_section, MASTERY_NONE);
    assert_int_equal(fx->m.next_section, section(fx->course, "ts1"));
    add(fx, "q2a", 1, 0);
    compute(fx, 1);
    assert_string_equal(fx->m.last_item, "q2a");
    assert_int_equal(fx->m.last_section, section(fx->course, "ts2"));
    assert_int_equal(fx->m.next_section, section(fx->course, "ts2"));
    add(fx, "q2b", 1, 2);
    add(fx, "q2c", 1, 3);
    add(fx, "q2d", 1, 4);
    add(fx, "weg", 0, 5); /* not in the course: not where the student is */
    compute(fx, 6);
    assert_string_equal(fx->m.last_item, "q2d");
    assert_int_equal(fx->m.next_section, section(fx->course, "ts3"));
    add(fx, "sc-test", 0.5, 7);
    compute(fx, 8);
    assert_string_equal(fx->m.last_item, "sc-test");
    assert_int_equal(fx->m.last_section, section(fx->course, "ts2"));
    assert_int_equal(fx->m.attempts_scenarios, 1);
    assert_true(fabs(fx->m.scenarios[0].mastery - 0.5) < 1e-12);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mastery_of_an_item_weights_its_last_three_scores_one_two_three_newest_heaviest),
        cmocka_unit_test_setup_teardown(
            mastery_of_a_section_is_the_mean_over_its_current_questions_counting_unanswered_as_zero, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_counts_an_item_as_mastered_from_0_8, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_ignores_items_removed_from_the_course_but_the_log_keeps_them, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(mastery_equals_what_the_log_says_after_every_append, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_history_has_one_point_per_local_day, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_streak_counts_days_in_a_row_ending_today_or_yesterday, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_lists_the_five_weakest_unmastered_goals_weakest_first, setup, teardown),
        cmocka_unit_test_setup_teardown(mastery_says_where_the_student_left_off_and_what_to_practise_next, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
