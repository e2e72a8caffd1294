/* review_app.h - the app's side of Herhalen: the open
 * profile's memory states (core/review.h), fed by the same pass over its
 * attempt log that opens it (app_profile_open; read from the log when
 * first asked for only when that could not be done), then kept up to date
 * answer by answer (app_record feeds them), and today's plan, made again
 * only when an answer, the day or a setting changed. State: app->review. */
#ifndef ACCOUNTWIJS_REVIEW_APP_H
#define ACCOUNTWIJS_REVIEW_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "progress.h"
#include "review.h"

typedef struct App App;

typedef struct {
    ReviewStates *states; /* NULL without a profile (or until asked for) */
    ReviewPlan plan;
    bool plan_valid;
    int64_t plan_day; /* the day PLAN was made for */
    bool plan_exam;   /* the options it was made with */
    int64_t plan_exam_day;
    int plan_new_per_day;
    bool failed; /* the log could not be read or memory ran out */
    /* The start screen's form (start_review.c). */
    char exam_text[32];
    char new_text[8];
    bool form_filled;  /* the fields hold the settings (filled once) */
    char message[512]; /* what saving said: an error, or "Opgeslagen." */
    bool message_error;
} AppReview;

/* Today's plan of the open profile (NULL without a course, or when the
 * log cannot be read: app->error then says so). Cheap when nothing
 * changed since the last call; recomputes the states at first use. */
const ReviewPlan *app_review_plan(App *app);

/* The states behind app_review_plan (NULL as it). */
const ReviewStates *app_review_states(App *app);

/* The local day of the wall clock (app_wall_ms) in the process's zone. */
int64_t app_review_today(const App *app);

/* The cijfer in tenths (1 + 9 x the mean R today) predicted for the
 * questions Q[0..N) (indexes into Course.questions) from the states as
 * they are; -1 without states or questions. */
int app_review_predict_tenths(App *app, const size_t *q, size_t n);

/* The states of the profile being opened, fed by progress_open's own pass
 * over the log (ProgressOptions.each = app_review_feed, each_ctx = them),
 * so that the log is read once at the start: new empty states for the
 * course (NULL without a course or memory: then they are read from the
 * log when first asked for), handed to app_review_opened once the log is
 * open, or freed with review_states_free when it is not. */
ReviewStates *app_review_begin(const App *app);
void app_review_feed(void *states, const Attempt *a);
/* The log opened: ST (may be NULL) become the profile's states. */
void app_review_opened(App *app, ReviewStates *st);

/* One answer A was recorded: fed to the states when they exist. */
void app_review_recorded(App *app, const Attempt *a);

/* The profile was closed or changed: forgets the states and the plan. */
void app_review_reset(App *app);

#endif
