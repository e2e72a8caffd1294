/* app_progress.h - the app's side of the scoring module: which student's
 * profile is open, its attempt log, and the mastery derived from it. Every
 * screen that grades an answer records it with app_record() and shows the
 * feedback only after that returned true (the answer is then on disk). */
#ifndef ACCOUNTWIJS_APP_PROGRESS_H
#define ACCOUNTWIJS_APP_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "exam.h"
#include "exam_log.h"
#include "mastery.h"
#include "profiles.h"
#include "progress.h"
#include "quiz.h"

typedef struct {
    char data_dir[4096]; /* "" when there is none: answers are not kept */
    ProgressLog *log;    /* the open profile's log; NULL when none is open */
    char profile_id[PROFILE_ID_SIZE];
    char profile_name[PROFILE_NAME_MAX_BYTES];
    Mastery mastery;
    bool mastery_valid;
    char notice[1024];  /* what opening the log found (a torn last answer, a
                         * file set aside): shown once to the student */
    int utc_offset_min; /* for "today" in streaks and history */
    char no_log[512];   /* why no log is open although a data folder was
                         * asked for (read-only, held by another window, a
                         * newer format): answers cannot be kept; "" else */
    ExamHistory tests;  /* the open profile's handed-in tests (exam_log.h) */
} AppProgress;

typedef struct App App;

/* Sets the data folder (may be NULL or ""), then opens the profile used
 * last, or the only one, or creates "Leerling 1" when there is none, so a
 * student can start at once and rename later. Problems go to app->error. */
void app_progress_start(App *app, const char *data_dir);

/* Opens profile ID (closing the one open); false with app->error set. */
bool app_profile_open(App *app, const char *id);
void app_profile_close(App *app);

/* Durably records one answer to ITEM (a question or scenario id) in the
 * open profile's log, then refreshes mastery. ANSWER_JSON may be NULL.
 * True when it is on disk, or when no profile is open (nothing to keep);
 * false when writing failed: app->error then says so and the log is as it
 * was. */
bool app_record(App *app, const char *item, const char *answer_json, double score, int64_t ms, AttemptMode mode);

/* The same for an answer to question Q that was shown in ORDER: the order
 * goes to the log with it (Attempt.shown), so an export can give the
 * letters the student saw. */
bool app_record_shown(App *app, const Question *q, const QuizOrder *order, const char *answer_json, double score,
                      int64_t ms, AttemptMode mode);
/* The same with the test session SESSION (Attempt.session; NULL or "": none). */
bool app_record_exam(App *app, const Question *q, const QuizOrder *order, const char *answer_json, double score,
                     int64_t ms, AttemptMode mode, const char *session);

/* Durably records a handed-in test in the open profile's list of tests
 * (progress.tests and its file). True when on disk or when no profile is
 * open; false with app->error set when writing failed. */
bool app_record_test(App *app, const ExamRecord *r);

/* What of test SESSION (exam E) the open profile already holds: LOGGED[i]
 * is set when E's question i has an answer of the session in the log at or
 * after byte FROM (only that tail is read), *TEST_LINE when tests.jsonl has
 * the test's line. False with app->error set when either file cannot be
 * read (then nothing is known). */
bool app_session_recorded(App *app, const char *session, int64_t from, const Exam *e, bool *logged, bool *test_line);

/* True when an answer given now can be kept: a log is open, or the app
 * was started without a data folder (nothing is kept, as in tests). Else
 * false with app->error saying why: practice, review and the test do not
 * start then (reading still works), so no answer shows as saved that was
 * not. */
bool app_can_record(App *app);

/* Recomputes mastery from the log (after opening or recording). */
void app_progress_refresh(App *app);

/* Mastery of section S in 0..1, or -1 without a profile. */
float app_section_mastery(const App *app, size_t s);

/* Frees what the scoring module holds (app_free). */
void app_progress_free(App *app);

#endif
