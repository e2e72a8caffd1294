/* review.h - Herhalen: every question's memory state (FSRS-6, fsrs.h),
 * derived from the student's answers, and the plan of what to review
 * today and on the coming days, toward the date of their exam.
 *
 * The attempt log (progress.h) stays the only truth: the states are
 * computed again from it at every start (fed by progress_open's pass over
 * it, ProgressOptions.each, or read by review_states_load as a stream) and
 * kept up to date by feeding each new answer; nothing of them is stored.
 *
 * THE RATING RULE (the student never rates themself). Each practice,
 * review or exam answer to a question of the course is one review, rated:
 * - right at the first try: Good; Easy when it took less than half the
 *   median time of the student's earlier first tries at that question (up
 *   to the last REVIEW_TIMES of them; a first answer is never Easy);
 * - right at the second try: Hard. A second try is the next answer to the
 *   same question in the same mode (practice or review), within
 *   REVIEW_RETRY_MS of a first try that was not fully right: practice gives
 *   one such retry (quiz.h, QUIZ_RETRY). The two are one review, on the day
 *   of the first try;
 * - partly right (a score between 0 and 1) at the first try of a multiple,
 *   matching or ordering question: Hard when at least 2/3 right, else Again;
 * - anything else (wrong, or a cloze, single or true/false answer that is
 *   not fully right, at both tries): Again.
 * Scenario answers, answers to ids that are no longer questions of the
 * course and answers of modes a later version added are not reviews.
 *
 * Days are the student's local calendar days (the TZ of the process,
 * daylight saving included): review_local_day. Two reviews on one day use
 * FSRS's same-day rule; a clock set back counts toward the newest day. */
#ifndef ACCOUNTWIJS_REVIEW_H
#define ACCOUNTWIJS_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fsrs.h"
#include "course.h"
#include "progress.h"

#define REVIEW_RETENTION 0.9             /* the default desired retention */
#define REVIEW_RETRY_MS (30 * 60 * 1000) /* a second try comes within this */
#define REVIEW_NO_DAY INT64_MIN
#define REVIEW_PARTLY (2.0 / 3.0) /* partly right counts as Hard from here */

enum {
    REVIEW_TIMES = 8,          /* earlier first-try times kept per question for Easy */
    REVIEW_NEW_PER_DAY = 10,   /* default new questions a day */
    REVIEW_DAILY_CAP = 50,     /* default most reviews a day once a backlog is spread */
    REVIEW_FORECAST_DAYS = 14, /* days in ReviewPlan.forecast, today first */
};

/* The local calendar day (days since 1970-01-01, as isotime_day) of the
 * instant MS in the process's time zone (TZ). */
int64_t review_local_day(int64_t ms);

/* ---- memory states -------------------------------------------------------- */

typedef struct {
    FsrsState fsrs;         /* stability 0: never answered */
    int64_t first_day;      /* local day of its first review */
    int64_t last_day;       /* local day of its newest review */
    uint32_t reviews;       /* its reviews (a first try and its retry are one) */
    uint32_t lapses;        /* reviews rated Again after the first */
    FsrsRating last_rating; /* of the newest review */
} ReviewItem;

typedef struct ReviewStates ReviewStates;

/* Empty states (every question new) for the questions of C, which must
 * outlive them. NULL when memory runs out. Free with review_states_free. */
ReviewStates *review_states_new(const Course *c);
void review_states_free(ReviewStates *st);

/* Feeds one answer, in the order of the log; the strings of A are not kept. */
void review_states_add(ReviewStates *st, const Attempt *a);

/* Feeds every answer of the log at PATH (progress_scan). False when the
 * file cannot be read; a missing log has no answers. */
bool review_states_load(ReviewStates *st, const char *log_path);

/* The course the states are of. */
const Course *review_states_course(const ReviewStates *st);

/* The state of question Q (index into Course.questions). */
const ReviewItem *review_states_item(const ReviewStates *st, size_t q);

/* False for the questions the plan leaves out: those of a quiz set, the
 * short projector versions of section questions (as the exam draw does). */
bool review_states_planned(const ReviewStates *st, size_t q);

/* Answers fed so far; of those, the ones that are not reviews (scenarios,
 * ids no longer in the course, unknown modes). */
size_t review_states_answers(const ReviewStates *st);
size_t review_states_ignored(const ReviewStates *st);

/* R of question Q on local day DAY (0 when never answered). */
double review_retrievability(const ReviewStates *st, size_t q, int64_t day);

/* The expected share right (0..1) over the planned questions on local day
 * DAY without further reviews: the mean of their R, a question never
 * answered counting 0. PER_SECTION (may be NULL, [nsections]) gets the same
 * mean per section, -1 for a section without planned questions. */
double review_predict(const ReviewStates *st, int64_t day, double *per_section);

/* ---- the plan ------------------------------------------------------------- */

typedef struct {
    double retention;      /* desired retention (0.5..0.99): due when R would fall below it */
    int new_per_day;       /* new questions a day (0 or more) */
    int daily_cap;         /* most reviews a day (at least 1) */
    int64_t exam_day;      /* local day of the exam, REVIEW_NO_DAY when none */
    double exam_retention; /* R wanted on the exam day; 0: the desired retention */
} ReviewOptions;

/* REVIEW_RETENTION, REVIEW_NEW_PER_DAY, REVIEW_DAILY_CAP, no exam. */
void review_options_default(ReviewOptions *o);

typedef struct {
    size_t question; /* index into Course.questions */
    double r;        /* R today; 0 for a new question */
    bool fresh;      /* never answered: a new question */
    bool pulled;     /* due before its time because of the exam date */
} ReviewEntry;

typedef struct {
    int64_t day;
    size_t reviews; /* reviews planned that day */
    size_t fresh;   /* new questions planned that day */
} ReviewDay;

/* THE PLAN for local day TODAY.
 * - A question answered before is due on its last review's day plus its
 *   interval for the desired retention (fsrs_interval); due earlier is due
 *   today. Today's reviews are the due ones, lowest R (most urgent) first,
 *   mixed among those of about equal R (within 0.05) so that the next one
 *   differs in section and type from the one before where one can.
 * - The exam date E: a question whose next review would fall on E or after
 *   while its R on E would be below the wanted R is pulled forward to the
 *   day before E (today when E is today or tomorrow); new questions a day
 *   rise to meet every question by the day before E.
 * - The daily cap: more reviews due on a day than the cap wait for the next
 *   days, lowest R first (a backlog after days away is spread out). On the
 *   last day before the exam the cap gives way to the exam.
 * - New questions follow the reviews, in course order, up to the number a
 *   day less those met for the first time today. */
typedef struct {
    int64_t today;
    ReviewEntry *queue; /* today's: nreviews reviews, then nfresh new questions */
    size_t nqueue, nreviews, nfresh;
    size_t due;                               /* reviews due today (with the overdue and pulled ones), before the cap */
    size_t backlog;                           /* of those, left to the coming days by the cap */
    size_t backlog_days;                      /* days from today until they are done (0 without a backlog) */
    size_t pulled;                            /* reviews pulled before the exam date, today or later */
    size_t unseen;                            /* planned questions never answered */
    size_t planned;                           /* planned questions */
    size_t new_per_day;                       /* new questions a day the plan uses: the option's, or more to
                                                 meet every question before the exam date */
    ReviewDay forecast[REVIEW_FORECAST_DAYS]; /* today first */
    int64_t days_to_exam;                     /* E - today; -1 without an exam date or once it is past */
    /* On the exam day (today without one), without further reviews: */
    double predicted_score; /* expected share right (review_predict) */
    int predicted_tenths;   /* as a cijfer: 1 + 9 x score (exam_grade_tenths) */
    double *section_now;    /* [nsections]: mean R today per section (-1: no questions) */
    double *section_exam;   /* [nsections]: the same on the exam day (today without one) */
} ReviewPlan;

/* Makes the plan of ST for TODAY with options O (NULL: the defaults).
 * False only when memory runs out. Free with review_plan_free. */
bool review_plan(ReviewPlan *p, const ReviewStates *st, int64_t today, const ReviewOptions *o);
void review_plan_free(ReviewPlan *p);

#endif
