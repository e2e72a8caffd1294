/* mastery.h - what a student has mastered, derived from the attempt log
 * (progress.h) and the current course (course.h). Nothing here is stored:
 * compute it again after an answer. It works from what the log keeps per
 * item and per day, so its cost grows with items and days of practice,
 * not with the number of answers.
 *
 * THE MASTERY RULE
 * - An item's mastery is the weighted mean of its last three scores, with
 *   weights 1, 2, 3 from oldest to newest: (1*s1 + 2*s2 + 3*s3) / 6. With
 *   fewer attempts the newest weights alone count: (2*s1 + 3*s2) / 5, or
 *   just the one score. An item never answered has mastery 0.
 * - A section's or learning goal's mastery is the mean over ITS CURRENT
 *   questions (those in the Course now), unanswered ones counting as 0.
 * - An item, section or goal is mastered at MASTERY_THRESHOLD (0.8) or more.
 * - Attempts on ids that are no longer in the course stay in the log and
 *   are counted (attempts_unknown) but play no part in mastery. Scenario
 *   attempts count for activity, history and streaks, not for mastery.
 *
 * Days are local days: the caller passes its offset from UTC. */
#ifndef ACCOUNTWIJS_MASTERY_H
#define ACCOUNTWIJS_MASTERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "progress.h"

#define MASTERY_THRESHOLD 0.8
#define MASTERY_NONE ((size_t)-1)

enum { MASTERY_WINDOW = 3, MASTERY_WEAKEST = 5 };

typedef struct {
    double mastery;    /* the rule above; 0 when never answered */
    size_t attempts;   /* all its attempts in the log */
    double last_score; /* score of the newest attempt */
    int64_t last_ms;   /* time of the newest attempt; 0 when never answered */
} ItemMastery;

typedef struct {
    double mastery;   /* mean over its current questions, unanswered = 0 */
    size_t questions; /* its current questions */
    size_t answered;  /* of those: answered at least once */
    size_t mastered;  /* of those: mastery >= MASTERY_THRESHOLD */
    size_t attempts;  /* attempts on its questions */
    int64_t last_ms;  /* newest attempt on its questions; 0 when none */
} GroupMastery;

typedef struct {
    const Goal *goal; /* in the Course */
    size_t section;   /* index into Course.sections */
    GroupMastery m;
} GoalMastery;

/* One point of the "score over time" chart: a local day with practice. */
typedef struct {
    int64_t day;       /* isotime_day() of the attempts */
    size_t attempts;   /* attempts on current items that day */
    double mean_score; /* their mean score */
    double mastery;    /* overall mastery at the end of that day */
} HistoryPoint;

typedef struct {
    const Course *course;
    ItemMastery *questions; /* [course->nquestions], parallel to Course.questions */
    ItemMastery *scenarios; /* [course->nscenarios]: same rule over scenario scores */
    GroupMastery *sections; /* [course->nsections], parallel to Course.sections */
    GoalMastery *goals;     /* every goal of every section, in course order */
    size_t ngoals;
    GroupMastery overall; /* over all current questions */

    /* The weakest learning goals that have questions and are not mastered,
     * weakest first (ties in course order): indexes into goals. */
    size_t weakest[MASTERY_WEAKEST];
    size_t nweakest;

    HistoryPoint *history; /* one per local day with practice, oldest first */
    size_t nhistory;

    /* Counts, equal to the log: attempts == progress_count(log) ==
     * attempts_questions + attempts_scenarios + attempts_unknown. */
    size_t attempts, attempts_questions, attempts_scenarios, attempts_unknown;

    size_t days_practised; /* local days with any attempt */
    size_t streak_days;    /* days in a row with practice, ending today or yesterday */
    bool practised_today;

    /* Where the student left off: the newest attempt on a current item. */
    int64_t last_ms;       /* 0 when none */
    const char *last_item; /* its id (owned by the log), NULL when none */
    size_t last_section;   /* its section (for a scenario: its first), or MASTERY_NONE */
    /* What to practise next: the section left off when not yet mastered,
     * else the next one in reading order that is not; MASTERY_NONE when
     * every section with questions is mastered. */
    size_t next_section;
} Mastery;

/* The rule for one item: SCORES holds its scores oldest first; only the
 * last MASTERY_WINDOW count. 0 when N is 0. */
double mastery_of_scores(const double *scores, size_t n);

/* Derives everything above from LOG for course C. NOW_MS and
 * UTC_OFFSET_MIN (minutes east of UTC) set "today". M refers to C and LOG
 * afterwards (ids, goals) and must be freed with mastery_free before
 * them. False with ERR (AW_ERR_NO_MEMORY_MASTERY) only when memory runs
 * out. */
bool mastery_compute(Mastery *m, const Course *c, const ProgressLog *log, int64_t now_ms, int utc_offset_min,
                     AwError *err);
void mastery_free(Mastery *m);

/* The questions (indexes into Course.questions) of goal GOAL_INDEX, for
 * "practise exactly these": writes up to MAX and returns how many there are. */
size_t mastery_goal_questions(const Mastery *m, size_t goal_index, size_t *out, size_t max);

#endif
