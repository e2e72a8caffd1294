/* test_review.c - memory states from answers (the rating rule of review.h)
 * and the plan: due reviews, the exam-date pull-forward, the daily cap on a
 * backlog, local days, and answers to questions no longer in the course.
 * The course is tests/data/review/course: section rs1 holds one question of
 * each type (r1-single, r1-multi, r1-match, r1-order, r1-cloze, r1-tf),
 * rs2 six true/false ones (r2-a .. r2-f), and the quiz set rq holds rq-1. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <time.h>

#include "../diag_text.h"
#include "exam.h"
#include "fsrs.h"
#include "course.h"
#include "progress_fixture.h"
#include "review.h"

#define T0 INT64_C(1772445600000) /* 2026-03-02T10:00:00Z, a Monday */
#define MIN_MS INT64_C(60000)
#define DAY_MS INT64_C(86400000)

typedef struct {
    Course *course;
    ReviewStates *st;
    int64_t day0; /* the local day of T0 */
} Fx;

static void set_tz(const char *tz)
{
    setenv("TZ", tz, 1);
    tzset();
}

static int setup(void **state)
{
    set_tz("UTC0");
    Fx *fx = calloc(1, sizeof *fx);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/review/course", AW_TEST_DATA);
    Diag d;
    diag_init(&d);
    fx->course = course_load(dir, &d);
    for (size_t i = 0; !fx->course && i < d.count; i++)
        fprintf(stderr, "%s\n", diag_text(&d.messages[i]));
    diag_free(&d);
    assert_non_null(fx->course);
    fx->st = review_states_new(fx->course);
    assert_non_null(fx->st);
    fx->day0 = review_local_day(T0);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    review_states_free(fx->st);
    course_free(fx->course);
    free(fx);
    return 0;
}

static size_t qi(const Fx *fx, const char *id)
{
    const Question *q = course_question(fx->course, id);
    assert_non_null(q);
    return (size_t)(q - fx->course->questions);
}

static const ReviewItem *item(const Fx *fx, const char *id)
{
    return review_states_item(fx->st, qi(fx, id));
}

/* An answer to ID at T0 + MINUTES, taking MS. */
static void answer(Fx *fx, const char *id, double score, int64_t minutes, int64_t ms, AttemptMode mode)
{
    Attempt a = {.time_ms = T0 + minutes * MIN_MS,
                 .item = id,
                 .version = "h1",
                 .answer = "null",
                 .score = score,
                 .ms = ms,
                 .mode = mode};
    review_states_add(fx->st, &a);
}

static void practice(Fx *fx, const char *id, double score, int64_t minutes)
{
    answer(fx, id, score, minutes, 10000, ATTEMPT_PRACTICE);
}

static FsrsState first(FsrsRating g)
{
    return fsrs_review(&fsrs_default, (FsrsState){0, 0}, 0, g);
}

static void same_state(const ReviewItem *it, FsrsState want)
{
    if (fabs(it->fsrs.stability - want.stability) > 1e-9 || fabs(it->fsrs.difficulty - want.difficulty) > 1e-9)
        fail_msg("state S %.6f D %.6f, want S %.6f D %.6f", it->fsrs.stability, it->fsrs.difficulty, want.stability,
                 want.difficulty);
}

/* ---- the rating rule ---- */

static void right_at_the_first_try_is_good_and_wrong_is_again(void **state)
{
    Fx *fx = *state;
    practice(fx, "r2-a", 1, 0);
    practice(fx, "r2-b", 0, 1);
    same_state(item(fx, "r2-a"), first(FSRS_GOOD));
    same_state(item(fx, "r2-b"), first(FSRS_AGAIN));
    assert_int_equal(item(fx, "r2-a")->reviews, 1);
    assert_int_equal(item(fx, "r2-a")->first_day, fx->day0);
    assert_int_equal(item(fx, "r2-c")->reviews, 0);
    assert_true(item(fx, "r2-c")->fsrs.stability == 0);
}

static void right_at_the_second_try_is_one_review_rated_hard(void **state)
{
    Fx *fx = *state;
    practice(fx, "r2-a", 0, 0);
    practice(fx, "r2-a", 1, 1); /* the retry, a minute later */
    same_state(item(fx, "r2-a"), first(FSRS_HARD));
    assert_int_equal(item(fx, "r2-a")->reviews, 1);
    assert_int_equal(item(fx, "r2-a")->last_rating, FSRS_HARD);
    /* Wrong at both tries: one review, Again. */
    practice(fx, "r2-b", 0, 0);
    practice(fx, "r2-b", 0, 1);
    same_state(item(fx, "r2-b"), first(FSRS_AGAIN));
    assert_int_equal(item(fx, "r2-b")->reviews, 1);
    /* Two hours later it is a new first try: Again, then a same-day Good. */
    practice(fx, "r2-c", 0, 0);
    practice(fx, "r2-c", 1, 120);
    same_state(item(fx, "r2-c"), fsrs_review(&fsrs_default, first(FSRS_AGAIN), 0, FSRS_GOOD));
    assert_int_equal(item(fx, "r2-c")->reviews, 2);
    /* An exam has no second try: a practice answer right after is a review of its own. */
    answer(fx, "r2-d", 0, 0, 10000, ATTEMPT_EXAM);
    practice(fx, "r2-d", 1, 1);
    assert_int_equal(item(fx, "r2-d")->reviews, 2);
    /* Nor is a review answer the retry of a practice one. */
    practice(fx, "r2-e", 0, 0);
    answer(fx, "r2-e", 1, 1, 10000, ATTEMPT_REVIEW);
    assert_int_equal(item(fx, "r2-e")->reviews, 2);
}

static void partial_credit_of_multiple_matching_and_ordering_is_hard_from_two_thirds(void **state)
{
    Fx *fx = *state;
    practice(fx, "r1-multi", 2.0 / 3.0, 0);
    practice(fx, "r1-match", 0.5, 0);
    practice(fx, "r1-order", 0.666667, 0); /* as the log keeps it: 6 decimals */
    practice(fx, "r1-cloze", 0.8, 0);      /* cloze has no partial rule */
    practice(fx, "r1-single", 0.9, 0);
    same_state(item(fx, "r1-multi"), first(FSRS_HARD));
    same_state(item(fx, "r1-match"), first(FSRS_AGAIN));
    same_state(item(fx, "r1-order"), first(FSRS_HARD));
    same_state(item(fx, "r1-cloze"), first(FSRS_AGAIN));
    same_state(item(fx, "r1-single"), first(FSRS_AGAIN));
    /* A wrong retry keeps the first try's partial credit. */
    practice(fx, "r1-multi", 0, 2);
    same_state(item(fx, "r1-multi"), first(FSRS_HARD));
    assert_int_equal(item(fx, "r1-multi")->reviews, 1);
}

static void right_in_less_than_half_the_median_time_is_easy(void **state)
{
    Fx *fx = *state;
    answer(fx, "r2-a", 1, 0, 3000, ATTEMPT_PRACTICE); /* the first answer is never Easy */
    same_state(item(fx, "r2-a"), first(FSRS_GOOD));
    answer(fx, "r2-a", 1, 1440, 20000, ATTEMPT_PRACTICE);    /* day 1: median 3 s, not fast */
    answer(fx, "r2-a", 1, 3 * 1440, 2000, ATTEMPT_PRACTICE); /* day 3: median of 3 s and 20 s is 11.5 s */
    assert_int_equal(item(fx, "r2-a")->last_rating, FSRS_EASY);
    answer(fx, "r2-a", 1, 6 * 1440, 3000, ATTEMPT_EXAM); /* median of 3, 20, 2: 3 s; 3 s is not under half */
    assert_int_equal(item(fx, "r2-a")->last_rating, FSRS_GOOD);
    FsrsState s = first(FSRS_GOOD);
    s = fsrs_review(&fsrs_default, s, 1, FSRS_GOOD);
    s = fsrs_review(&fsrs_default, s, 2, FSRS_EASY);
    s = fsrs_review(&fsrs_default, s, 3, FSRS_GOOD);
    same_state(item(fx, "r2-a"), s);
    assert_int_equal(item(fx, "r2-a")->last_day, fx->day0 + 6);
}

static void answers_to_ids_no_longer_in_the_course_and_scenarios_are_not_reviews(void **state)
{
    Fx *fx = *state;
    practice(fx, "q-removed-last-year", 1, 0);
    answer(fx, "sc-some-scenario", 1, 1, 60000, ATTEMPT_SCENARIO);
    answer(fx, "r2-a", 1, 2, 60000, ATTEMPT_SCENARIO); /* a mode that is not a review */
    answer(fx, "r2-b", 1, 3, 60000, ATTEMPT_OTHER);
    practice(fx, "r2-c", 1, 4);
    assert_int_equal(review_states_answers(fx->st), 5);
    assert_int_equal(review_states_ignored(fx->st), 4);
    assert_int_equal(item(fx, "r2-a")->reviews, 0);
    assert_int_equal(item(fx, "r2-c")->reviews, 1);
    ReviewPlan p;
    assert_true(review_plan(&p, fx->st, fx->day0, NULL));
    assert_int_equal(p.planned, 12); /* the quiz set's rq-1 is left out */
    assert_int_equal(p.unseen, 11);
    assert_int_equal(p.nfresh, 9); /* ten a day, one met today */
    for (size_t i = 0; i < p.nqueue; i++)
        assert_true(p.queue[i].question != qi(fx, "rq-1"));
    review_plan_free(&p);
}

static void the_states_from_a_log_file_equal_those_fed_one_by_one(void **state)
{
    Fx *fx = *state;
    char *dir = fx_tempdir();
    char path[4200];
    AwError err;
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(path, NULL, &d);
    diag_free(&d);
    assert_non_null(log);
    static const char *const ids[] = {"r1-multi", "r2-a", "r2-a", "gone", "r2-b", "r1-match", "r2-a"};
    static const double scores[] = {0.666667, 0, 1, 1, 1, 0.333333, 1};
    static const int64_t minutes[] = {0, 1, 2, 3, 1440, 1441, 4 * 1440};
    for (size_t i = 0; i < 7; i++) {
        Attempt a = {.time_ms = T0 + minutes[i] * MIN_MS,
                     .item = ids[i],
                     .version = "h1",
                     .answer = "null",
                     .score = scores[i],
                     .ms = 8000,
                     .mode = ATTEMPT_PRACTICE};
        assert_true(progress_record(log, &a, &err));
        review_states_add(fx->st, &a);
    }
    progress_close(log);
    ReviewStates *again = review_states_new(fx->course);
    assert_true(review_states_load(again, path));
    assert_int_equal(review_states_answers(again), 7);
    assert_int_equal(review_states_ignored(again), 1);
    for (size_t q = 0; q < fx->course->nquestions; q++) {
        const ReviewItem *a = review_states_item(fx->st, q), *b = review_states_item(again, q);
        assert_int_equal(a->reviews, b->reviews);
        assert_true(fabs(a->fsrs.stability - b->fsrs.stability) < 1e-12);
        assert_true(fabs(a->fsrs.difficulty - b->fsrs.difficulty) < 1e-12);
    }
    assert_int_equal(item(fx, "r2-a")->reviews, 2); /* wrong + retry, then day 4 */
    review_states_free(again);
    /* A log that is not there has no answers; a folder cannot be read. */
    ReviewStates *none = review_states_new(fx->course);
    snprintf(path, sizeof path, "%s/missing.jsonl", dir);
    assert_true(review_states_load(none, path));
    assert_int_equal(review_states_answers(none), 0);
    review_states_free(none);
    fx_free_dir(dir);
}

static void feed_state(void *ctx, const Attempt *a)
{
    review_states_add(ctx, a);
}

/* The states PROGRESS_OPEN feeds while it reads the log at PATH equal
 * those review_states_load reads from the log it leaves. */
static void fed_while_opening_equals_loaded(const Fx *fx, const char *path, size_t answers)
{
    ReviewStates *fed = review_states_new(fx->course), *loaded = review_states_new(fx->course);
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.each = feed_state, .each_ctx = fed};
    ProgressLog *log = progress_open(path, &o, &d);
    diag_free(&d);
    assert_non_null(log);
    assert_int_equal(progress_count(log), answers);
    progress_close(log);
    assert_true(review_states_load(loaded, path));
    assert_int_equal(review_states_answers(fed), answers);
    assert_int_equal(review_states_answers(loaded), answers);
    assert_int_equal(review_states_ignored(fed), review_states_ignored(loaded));
    for (size_t q = 0; q < fx->course->nquestions; q++) {
        const ReviewItem *a = review_states_item(fed, q), *b = review_states_item(loaded, q);
        assert_int_equal(a->reviews, b->reviews);
        assert_int_equal(a->lapses, b->lapses);
        assert_true(a->last_day == b->last_day && a->last_rating == b->last_rating);
        assert_true(a->fsrs.stability == b->fsrs.stability && a->fsrs.difficulty == b->fsrs.difficulty);
    }
    review_states_free(fed);
    review_states_free(loaded);
}

static void the_states_fed_while_the_log_opens_equal_those_read_from_it_again(void **state)
{
    Fx *fx = *state;
    char *dir = fx_tempdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    const char *header = "{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T09:00:00.000Z\"}\n";
    const char *body =
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":0,\"ms\":5000,\"mode\":\"practice\"}\n"
        "{\"time\":\"2026-03-02T10:01:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":4000,\"mode\":\"practice\"}\n"
        "{\"time\":\"2026-03-02T10:02:00.000Z\",\"item\":\"r2-b\",\"content_versi\n" /* damaged */
        "{\"mode\":\"review\",\"time\":\"2026-03-03T10:00:00.000Z\",\"item\":\"\\u00721-multi\",\"content_version\":"
        "\"h1\",\"score\":0.666667,\"ms\":9000}\n"
        "{\"time\":\"2026-03-04T10:00:00.000Z\",\"item\":\"gone\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5000,\"mode\":\"exam\"}\n"
        "{\"time\":\"2026-03-05T10:00:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":1000,\"mode\":\"review\"}\n";
    const char *torn = "{\"time\":\"2026-03-06T10:00:00.000Z\",\"item\":\"r2-a\",\"cont";
    fx_write(path, "w", header, strlen(header));
    fx_write(path, "a", body, strlen(body));
    fx_write(path, "a", torn, strlen(torn));
    /* A damaged line and a torn last one (set aside while opening). */
    fed_while_opening_equals_loaded(fx, path, 5);
    /* A log whose header is gone: its answers are saved into a new log
     * and read from there. */
    fx_write(path, "w", "garbage\n", 8);
    fx_write(path, "a", body, strlen(body));
    fed_while_opening_equals_loaded(fx, path, 5);
    /* A new log: no answers. */
    snprintf(path, sizeof path, "%s/new.jsonl", dir);
    fed_while_opening_equals_loaded(fx, path, 0);
    fx_free_dir(dir);
}

/* ---- local days ---- */

static void a_day_boundary_is_midnight_in_the_students_time_zone(void **state)
{
#ifdef _WIN32
    skip(); /* Windows takes the time zone from its settings, not from TZ: a test cannot change it */
#endif
    Fx *fx = *state;
    /* Amsterdam in winter is UTC+1: 22:30 and 23:30 UTC on 2 March are
     * 23:30 on the 2nd and 00:30 on the 3rd there. */
    set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
    int64_t late = INT64_C(1772490600000); /* 2026-03-02T22:30:00Z */
    int64_t after = late + 60 * MIN_MS;
    assert_int_equal(review_local_day(after) - review_local_day(late), 1);
    Attempt a = {.time_ms = late,
                 .item = "r2-a",
                 .version = "h1",
                 .answer = "null",
                 .score = 1,
                 .ms = 9000,
                 .mode = ATTEMPT_PRACTICE};
    review_states_add(fx->st, &a);
    a.time_ms = after;
    review_states_add(fx->st, &a);
    /* Two local days: the second is a next-day review, not the same-day rule. */
    same_state(item(fx, "r2-a"), fsrs_review(&fsrs_default, first(FSRS_GOOD), 1, FSRS_GOOD));
    /* The same two answers in UTC fall on one day. */
    set_tz("UTC0");
    ReviewStates *utc = review_states_new(fx->course);
    a.time_ms = late;
    review_states_add(utc, &a);
    a.time_ms = after;
    review_states_add(utc, &a);
    const ReviewItem *it = review_states_item(utc, qi(fx, "r2-a"));
    assert_true(fabs(it->fsrs.stability - fsrs_review(&fsrs_default, first(FSRS_GOOD), 0, FSRS_GOOD).stability) < 1e-9);
    review_states_free(utc);
    /* Summer time: 22:30 UTC on 1 July is 00:30 on the 2nd in Amsterdam (UTC+2). */
    set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
    int64_t july = INT64_C(1782945000000); /* 2026-07-01T22:30:00Z */
    assert_int_equal(review_local_day(july), review_local_day(july - 60 * MIN_MS) + 1);
    set_tz("UTC0");
    assert_int_equal(review_local_day(july), review_local_day(july - 60 * MIN_MS));
}

/* ---- the plan ---- */

static void due_reviews_come_lowest_retrievability_first_and_mixed_over_sections(void **state)
{
    Fx *fx = *state;
    /* Day 0: r1-single and r2-a wrong (at both tries), the others right. */
    static const char *const ids[] = {"r1-single", "r1-multi", "r1-match", "r1-order", "r1-cloze", "r1-tf",
                                      "r2-a",      "r2-b",     "r2-c",     "r2-d",     "r2-e",     "r2-f"};
    for (int i = 0; i < 12; i++) {
        bool wrong = i == 0 || i == 6;
        practice(fx, ids[i], wrong ? 0 : 1, 3 * i);
        if (wrong)
            practice(fx, ids[i], 0, 3 * i + 1);
    }
    ReviewPlan p;
    assert_true(review_plan(&p, fx->st, fx->day0, NULL));
    assert_int_equal(p.due, 0);                  /* nothing is due on the day it was met */
    assert_int_equal(p.forecast[1].reviews, 2);  /* Again: S 0.212, 1 day */
    assert_int_equal(p.forecast[2].reviews, 10); /* Good: S 2.31, 2 days */
    review_plan_free(&p);
    assert_true(review_plan(&p, fx->st, fx->day0 + 3, NULL));
    assert_int_equal(p.due, 12);
    assert_int_equal(p.nreviews, 12);
    assert_int_equal(p.backlog, 0);
    /* The two wrong ones first (R about 0.66 against 0.88), */
    assert_int_equal(p.queue[0].question, qi(fx, "r1-single"));
    assert_int_equal(p.queue[1].question, qi(fx, "r2-a"));
    assert_true(p.queue[1].r < 0.7 && p.queue[2].r > 0.85);
    /* and the sections take turns. */
    for (size_t i = 1; i < p.nreviews; i++)
        assert_true(fx->course->questions[p.queue[i].question].section_index !=
                    fx->course->questions[p.queue[i - 1].question].section_index);
    review_plan_free(&p);
}

static void a_backlog_after_days_away_is_spread_over_the_coming_days_under_the_cap(void **state)
{
    Fx *fx = *state;
    static const char *const ids[] = {"r1-single", "r1-multi", "r1-match", "r1-order", "r1-cloze", "r1-tf",
                                      "r2-a",      "r2-b",     "r2-c",     "r2-d",     "r2-e",     "r2-f"};
    for (int i = 0; i < 12; i++)
        practice(fx, ids[i], i % 3 == 0 ? 0 : 1, 2 * i);
    ReviewOptions o;
    review_options_default(&o);
    o.daily_cap = 5;
    o.new_per_day = 0;
    ReviewPlan p;
    assert_true(review_plan(&p, fx->st, fx->day0 + 30, &o)); /* back after a month */
    assert_int_equal(p.new_per_day, 0);                      /* no exam date: the option's number */
    assert_int_equal(p.due, 12);
    assert_int_equal(p.nreviews, 5);
    assert_int_equal(p.backlog, 7);
    assert_int_equal(p.backlog_days, 3);
    assert_int_equal(p.forecast[0].reviews, 5);
    assert_int_equal(p.forecast[1].reviews, 5);
    assert_int_equal(p.forecast[2].reviews, 2);
    assert_int_equal(p.forecast[3].reviews, 0);
    /* Lowest R first: the four answered wrong are all in today's five. */
    size_t again = 0;
    for (size_t i = 0; i < p.nreviews; i++)
        again += review_states_item(fx->st, p.queue[i].question)->last_rating == FSRS_AGAIN;
    assert_int_equal(again, 4);
    review_plan_free(&p);
    /* Without the cap the wall is all today. */
    o.daily_cap = 1000;
    assert_true(review_plan(&p, fx->st, fx->day0 + 30, &o));
    assert_int_equal(p.nreviews, 12);
    assert_int_equal(p.backlog, 0);
    assert_int_equal(p.backlog_days, 0);
    review_plan_free(&p);
}

static void reviews_that_would_fall_after_the_exam_date_are_pulled_before_it(void **state)
{
    Fx *fx = *state;
    practice(fx, "r2-a", 1, 0); /* Good: S 2.31, due day 2 */
    answer(fx, "r2-b", 1, 1, 2000, ATTEMPT_PRACTICE);
    answer(fx, "r2-b", 1, 2, 100, ATTEMPT_EXAM); /* Easy on the same day: S 3.95, due day 4 */
    assert_int_equal(item(fx, "r2-b")->last_rating, FSRS_EASY);
    ReviewOptions o;
    review_options_default(&o);
    o.exam_day = fx->day0 + 2;
    o.exam_retention = 0.93;
    o.new_per_day = 2;
    ReviewPlan p;
    assert_true(review_plan(&p, fx->st, fx->day0, &o));
    assert_int_equal(p.days_to_exam, 2);
    /* r2-a would be due on the exam day itself, with R there about 0.91: to
     * the day before. r2-b, due after it, keeps 0.94 to the exam. */
    assert_true(review_retrievability(fx->st, qi(fx, "r2-a"), o.exam_day) < 0.93);
    assert_true(review_retrievability(fx->st, qi(fx, "r2-b"), o.exam_day) > 0.93);
    assert_int_equal(p.pulled, 1);
    assert_int_equal(p.forecast[1].reviews, 1);
    assert_int_equal(p.forecast[2].reviews, 0);
    /* Two new a day would leave most unmet by then: the day rises to meet all 10 unseen in two days. */
    assert_int_equal(p.unseen, 10);
    assert_int_equal(p.nfresh, 4);      /* six a day, two met today */
    assert_int_equal(p.new_per_day, 6); /* and the plan says so: more than the 2 asked */
    assert_int_equal(p.forecast[1].fresh, 6);
    /* The prediction is the mean R on the exam day, unseen counting 0. */
    double want = (review_retrievability(fx->st, qi(fx, "r2-a"), o.exam_day) +
                   review_retrievability(fx->st, qi(fx, "r2-b"), o.exam_day)) /
                  12.0;
    assert_true(fabs(p.predicted_score - want) < 1e-12);
    assert_int_equal(p.predicted_tenths, exam_grade_tenths(want));
    size_t rs2 = course_question(fx->course, "r2-a")->section_index;
    assert_true(fabs(p.section_exam[rs2] - want * 12.0 / 6.0) < 1e-12);
    assert_true(p.section_now[rs2] > p.section_exam[rs2]);
    assert_true(p.section_now[1 - rs2] == 0);
    review_plan_free(&p);

    /* With the exam on the desired retention, r2-a keeps its day (R on the day is above 0.9). */
    o.exam_retention = 0;
    assert_true(review_plan(&p, fx->st, fx->day0, &o));
    assert_int_equal(p.pulled, 0);
    assert_int_equal(p.forecast[2].reviews, 1);
    review_plan_free(&p);

    /* On the exam day itself whatever is below the target is due now. */
    o.exam_retention = 0.96;
    o.exam_day = fx->day0 + 1;
    assert_true(review_plan(&p, fx->st, fx->day0 + 1, &o));
    assert_int_equal(p.days_to_exam, 0);
    assert_int_equal(p.nreviews, 1);
    assert_int_equal(p.queue[0].question, qi(fx, "r2-a"));
    assert_true(p.queue[0].pulled);
    review_plan_free(&p);

    /* A past exam date is no exam date. */
    o.exam_day = fx->day0 - 1;
    assert_true(review_plan(&p, fx->st, fx->day0, &o));
    assert_int_equal(p.days_to_exam, -1);
    assert_int_equal(p.pulled, 0);
    review_plan_free(&p);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(right_at_the_first_try_is_good_and_wrong_is_again),
        T(right_at_the_second_try_is_one_review_rated_hard),
        T(partial_credit_of_multiple_matching_and_ordering_is_hard_from_two_thirds),
        T(right_in_less_than_half_the_median_time_is_easy),
        T(answers_to_ids_no_longer_in_the_course_and_scenarios_are_not_reviews),
        T(the_states_from_a_log_file_equal_those_fed_one_by_one),
        T(the_states_fed_while_the_log_opens_equal_those_read_from_it_again),
        T(a_day_boundary_is_midnight_in_the_students_time_zone),
        T(due_reviews_come_lowest_retrievability_first_and_mixed_over_sections),
        T(a_backlog_after_days_away_is_spread_over_the_coming_days_under_the_cap),
        T(reviews_that_would_fall_after_the_exam_date_are_pulled_before_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
