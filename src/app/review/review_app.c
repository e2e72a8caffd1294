/* review_app.c - see review_app.h. */
#include "review_app.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "exam.h"

int64_t app_review_today(const App *app)
{
    return review_local_day(app_wall_ms(app));
}

void app_review_reset(App *app)
{
    AppReview *r = &app->review;
    if (r->plan_valid)
        review_plan_free(&r->plan);
    review_states_free(r->states);
    memset(r, 0, sizeof *r);
}

ReviewStates *app_review_begin(const App *app)
{
    return app->course ? review_states_new(app->course) : NULL;
}

void app_review_feed(void *states, const Attempt *a)
{
    review_states_add(states, a);
}

void app_review_opened(App *app, ReviewStates *st)
{
    AppReview *r = &app->review;
    if (r->states || r->failed) {
        review_states_free(st); /* not expected: app_profile_open reset them */
        return;
    }
    r->states = st;
}

void app_review_recorded(App *app, const Attempt *a)
{
    AppReview *r = &app->review;
    if (!r->states)
        return;
    review_states_add(r->states, a);
    if (r->plan_valid)
        review_plan_free(&r->plan);
    r->plan_valid = false;
}

static bool load_states(App *app)
{
    AppReview *r = &app->review;
    if (r->states)
        return true;
    if (r->failed || !app->course)
        return false;
    r->states = review_states_new(app->course);
    if (!r->states) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_REVIEW));
        r->failed = true;
        return false;
    }
    /* Without a log (no profile, no data folder) every question is new. */
    const char *path = app->progress.log ? progress_path(app->progress.log) : NULL;
    if (path && !review_states_load(r->states, path)) {
        snprintf(app->error, sizeof app->error, app_str(app, STR_ERR_REVIEW_UNREADABLE), path);
        review_states_free(r->states);
        r->states = NULL;
        r->failed = true;
        return false;
    }
    return true;
}

const ReviewStates *app_review_states(App *app)
{
    return load_states(app) ? app->review.states : NULL;
}

const ReviewPlan *app_review_plan(App *app)
{
    AppReview *r = &app->review;
    if (!load_states(app))
        return NULL;
    const Settings *s = &app->settings;
    int64_t today = app_review_today(app);
    if (r->plan_valid && (r->plan_day != today || r->plan_exam != s->has_exam ||
                          (s->has_exam && r->plan_exam_day != s->exam_day) || r->plan_new_per_day != s->new_per_day)) {
        review_plan_free(&r->plan);
        r->plan_valid = false;
    }
    if (r->plan_valid)
        return &r->plan;
    ReviewOptions o;
    review_options_default(&o);
    o.new_per_day = s->new_per_day;
    o.exam_day = s->has_exam ? s->exam_day : REVIEW_NO_DAY;
    if (!review_plan(&r->plan, r->states, today, &o)) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_REVIEW));
        return NULL;
    }
    r->plan_valid = true;
    r->plan_day = today;
    r->plan_exam = s->has_exam;
    r->plan_exam_day = s->exam_day;
    r->plan_new_per_day = s->new_per_day;
    return &r->plan;
}

int app_review_predict_tenths(App *app, const size_t *q, size_t n)
{
    const ReviewStates *st = app_review_states(app);
    if (!st || !n)
        return -1;
    const Course *c = review_states_course(st);
    int64_t today = app_review_today(app);
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        if (q[i] < c->nquestions)
            sum += review_retrievability(st, q[i], today);
    return exam_grade_tenths(sum / (double)n);
}
