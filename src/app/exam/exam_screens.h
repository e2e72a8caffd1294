/* exam_screens.h - what the three exam screens (setup, the test, the
 * result) share; private to screen_exam*.c. The state is app->exam
 * (ExamState in screens.h). */
#ifndef ACCOUNTWIJS_EXAM_SCREENS_H
#define ACCOUNTWIJS_EXAM_SCREENS_H

#include <stddef.h>
#include <stdint.h>

#include "app.h"

/* Lengths and times the setup offers; 90 s is the default. */
enum { EXAM_LENGTHS = 3, EXAM_TIMES = 5 };
extern const int exam_lengths[EXAM_LENGTHS]; /* 10, 20, 40 */
extern const int exam_times[EXAM_TIMES];     /* 45, 60, 90, 120, 0 (no limit) */

/* Writes MS as "m:ss" (rounded up to the second, so 0:00 only at zero;
 * "h:mm:ss" from an hour). */
void exam_clock_text(int64_t ms, char out[16]);

/* Starts a new test with the setup's length and time (a new draw each
 * time: --seed N gives the same tests in the same order) and opens it.
 * False with app->error set when it cannot start. */
bool exam_screen_start(App *app);

/* Sets app->exam for a test that runs from now on (a new one or one taken
 * back from its kept file): nothing confirmed, stopped or recorded yet, the
 * views at the top. */
void exam_screen_reset(App *app);

/* Records the answers of the handed-in test not yet in the log (from
 * ExamState.recorded on, but for those ExamState.logged holds), then the
 * test's line, each with the session; first the kept file is marked as
 * handing in, and once all is on disk it is removed. False when a write
 * failed (app->error says why; a later call goes on where this one
 * stopped, and the marked file lets the next start do so). */
bool exam_screen_record(App *app);

/* Ends a running test without handing it in (nothing is recorded). */
void exam_screen_discard(App *app);

#endif
