/* app_progress.c - see app_progress.h. The last profile used is remembered
 * in DATA/last-profile (its id, never its name), so the program reopens
 * where the student was; everything about the student lives in the log. */
#include "app_progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "attempt_text.h"
#include "fsutil.h"
#include "os.h"

static void set_error(App *app, const char *msg)
{
    /* Copied by hand rather than with snprintf: a notice of several
     * sentences (p->notice) may be cut to fit, and the compiler's
     * format-truncation check, -Werror where it inlines this, fires on
     * the cut that is meant. */
    size_t n = strlen(msg);
    if (n >= sizeof app->error)
        n = sizeof app->error - 1;
    memcpy(app->error, msg, n);
    app->error[n] = '\0';
}

/* Core's error ERR, worded in the app's language, as the error shown. */
static void set_aw_error(App *app, const AwError *err)
{
    i18n_error(err, app->lang, app->error, sizeof app->error);
}

static int local_offset_min(const App *app)
{
    return os_utc_offset_min(app_wall_ms(app));
}

static void remember(App *app)
{
    AppProgress *p = &app->progress;
    char path[4200];
    snprintf(path, sizeof path, "%.4000s/last-profile", p->data_dir);
    /* Not fatal: at worst the next start picks another profile. */
    fsutil_write_atomic(path, p->profile_id, strlen(p->profile_id), NULL);
}

void app_profile_close(App *app)
{
    AppProgress *p = &app->progress;
    if (p->mastery_valid)
        mastery_free(&p->mastery);
    p->mastery_valid = false;
    progress_close(p->log);
    p->log = NULL;
    exam_log_free(&p->tests);
    p->profile_id[0] = '\0';
    p->profile_name[0] = '\0';
    app_clear_place(app); /* that student's reading place goes with them */
    app_review_reset(app);
}

void app_progress_refresh(App *app)
{
    AppProgress *p = &app->progress;
    if (p->mastery_valid)
        mastery_free(&p->mastery);
    p->mastery_valid = false;
    if (!p->log || !app->course)
        return;
    AwError err;
    int64_t now = app_wall_ms(app);
    if (mastery_compute(&p->mastery, app->course, p->log, now, p->utc_offset_min, &err))
        p->mastery_valid = true;
    else
        set_aw_error(app, &err);
}

/* The open profile's list of tests. */
static bool tests_path(const App *app, char *out, size_t size)
{
    const AppProgress *p = &app->progress;
    char dir[4200];
    if (!profiles_dir(p->data_dir, p->profile_id, dir, sizeof dir))
        return false;
    return fsutil_path(out, size, "%s/%s", dir, EXAM_LOG_NAME);
}

bool app_profile_open(App *app, const char *id)
{
    AppProgress *p = &app->progress;
    app_profile_close(app);
    if (!p->data_dir[0] || !profiles_valid_id(id))
        return false;
    ProfileList list;
    Diag d;
    diag_init(&d);
    if (!profiles_list(p->data_dir, &list, &d)) {
        char text[1024];
        set_error(app, d.count ? i18n_diag(&d.messages[0], app->lang, text, sizeof text)
                               : app_str(app, STR_ERR_PROFILES_UNREADABLE));
        diag_free(&d);
        return false;
    }
    const Profile *found = profiles_find(&list, id);
    if (found)
        snprintf(p->profile_name, sizeof p->profile_name, "%s", found->name);
    profiles_list_free(&list);
    diag_free(&d);
    if (!found)
        return false;

    char path[4200];
    if (!profiles_log_path(p->data_dir, id, path, sizeof path))
        return false;
    diag_init(&d);
    /* The log keeps its days in local time (mastery_compute's offset). */
    /* The review states are fed by the same pass over the log (review_app.h). */
    ReviewStates *states = app_review_begin(app);
    ProgressOptions po = {.utc_offset_min = p->utc_offset_min,
                          .now_ms = app_wall_ms(app),
                          .each = states ? app_review_feed : NULL,
                          .each_ctx = states};
    p->log = progress_open(path, &po, &d);
    /* Warnings are sentences for the student: keep them to show once. */
    p->notice[0] = '\0';
    for (size_t i = 0; i < d.count; i++) {
        size_t n = strlen(p->notice);
        char text[1024];
        snprintf(p->notice + n, sizeof p->notice - n, "%s%s", n ? " " : "",
                 i18n_diag(&d.messages[i], app->lang, text, sizeof text));
    }
    if (!p->log) {
        review_states_free(states);
        set_error(app, p->notice[0] ? p->notice : app_str(app, STR_ERR_PROGRESS_NOT_OPENED));
        snprintf(p->no_log, sizeof p->no_log, "%s", app->error);
        p->notice[0] = '\0';
        p->profile_name[0] = '\0';
        diag_free(&d);
        return false;
    }
    diag_free(&d);
    app_review_opened(app, states);
    p->no_log[0] = '\0';
    snprintf(p->profile_id, sizeof p->profile_id, "%s", id);
    /* The tests handed in: a list that cannot be read is reported and
     * left alone; the answers in the log are what counts. */
    AwError e;
    aw_fail(&e, AW_ERR_DATA_DIR_TOO_LONG);
    if (!tests_path(app, path, sizeof path) || !exam_log_load(path, &p->tests, &e))
        set_aw_error(app, &e);
    remember(app);
    app_progress_refresh(app);
    app_load_place(app); /* this student's "Verder lezen", or the beginning */
    return true;
}

static float section_progress_cb(const App *app, size_t s)
{
    return app_section_mastery(app, s);
}

void app_progress_start(App *app, const char *data_dir)
{
    AppProgress *p = &app->progress;
    p->utc_offset_min = local_offset_min(app);
    p->no_log[0] = '\0';
    snprintf(p->data_dir, sizeof p->data_dir, "%s", data_dir ? data_dir : "");
    if (!p->data_dir[0])
        return;
    char err0[256];
    AwError e;
    if (!fsutil_mkdirs(p->data_dir, &e)) {
        i18n_error(&e, app->lang, err0, sizeof err0);
        set_error(app, err0);
        snprintf(p->no_log, sizeof p->no_log, "%s", err0);
        p->data_dir[0] = '\0';
        return;
    }
    app->section_progress = section_progress_cb;
    char last[64] = "";
    char path[4200];
    snprintf(path, sizeof path, "%.4000s/last-profile", p->data_dir);
    FILE *f = os_fopen_regular(path); /* a FIFO here must not hang the start */
    if (f) {
        if (!fgets(last, sizeof last, f))
            last[0] = '\0';
        fclose(f);
        last[strcspn(last, "\r\n")] = '\0';
    }
    if (last[0] && app_profile_open(app, last))
        return;
    ProfileList list;
    Diag d;
    diag_init(&d);
    bool listed = profiles_list(p->data_dir, &list, &d);
    diag_free(&d);
    if (listed && list.count > 0) {
        char id[PROFILE_ID_SIZE];
        snprintf(id, sizeof id, "%s", list.items[0].id);
        profiles_list_free(&list);
        app_profile_open(app, id);
        return;
    }
    if (listed)
        profiles_list_free(&list);
    char id[PROFILE_ID_SIZE], err[256];
    if (profiles_create(p->data_dir, app_str(app, STR_PROFILE_DEFAULT), app_wall_ms(app), id, &e))
        app_profile_open(app, id);
    else {
        i18n_error(&e, app->lang, err, sizeof err);
        set_error(app, err);
        snprintf(p->no_log, sizeof p->no_log, "%s", err);
    }
}

bool app_can_record(App *app)
{
    AppProgress *p = &app->progress;
    if (p->log || (!p->data_dir[0] && !p->no_log[0]))
        return true;
    snprintf(app->error, sizeof app->error, app_str(app, STR_ANSWERS_NOT_KEPT),
             p->no_log[0] ? p->no_log : app_str(app, STR_NO_PROFILE_OPEN));
    return false;
}

static bool record(App *app, const char *item, const char *answer_json, const char *shown, double score, int64_t ms,
                   AttemptMode mode, const char *session)
{
    AppProgress *p = &app->progress;
    if (!p->log)
        return app_can_record(app);
    Attempt a = {
        .shown = shown,
        .time_ms = app_wall_ms(app),
        .item = item,
        .version = app->course && app->course->version ? app->course->version : "",
        .answer = answer_json,
        .score = score < 0   ? 0
                 : score > 1 ? 1
                             : score,
        .ms = ms < 0 ? 0 : ms,
        .mode = mode,
        .session = session && *session ? session : NULL,
    };
    AwError e;
    if (!progress_record(p->log, &a, &e)) {
        char err[512];
        set_error(app, i18n_error(&e, app->lang, err, sizeof err));
        return false;
    }
    app_review_recorded(app, &a);
    app_progress_refresh(app);
    return true;
}

bool app_record(App *app, const char *item, const char *answer_json, double score, int64_t ms, AttemptMode mode)
{
    return record(app, item, answer_json, NULL, score, ms, mode, NULL);
}

bool app_record_exam(App *app, const Question *q, const QuizOrder *order, const char *answer_json, double score,
                     int64_t ms, AttemptMode mode, const char *session)
{
    char *shown = order ? attempt_shown_json(q, order) : NULL;
    if (order && !shown) {
        set_error(app, app_str(app, STR_ERR_NO_MEMORY_ANSWER));
        return false;
    }
    bool ok = record(app, q->id, answer_json, shown, score, ms, mode, session);
    free(shown);
    return ok;
}

bool app_record_shown(App *app, const Question *q, const QuizOrder *order, const char *answer_json, double score,
                      int64_t ms, AttemptMode mode)
{
    return app_record_exam(app, q, order, answer_json, score, ms, mode, NULL);
}

bool app_record_test(App *app, const ExamRecord *r)
{
    AppProgress *p = &app->progress;
    if (!p->log)
        return app_can_record(app);
    char path[4200];
    AwError e;
    if (!tests_path(app, path, sizeof path)) {
        aw_fail(&e, AW_ERR_DATA_DIR_TOO_LONG);
        set_aw_error(app, &e);
        return false;
    }
    if (!exam_log_append(path, r, &e)) {
        set_aw_error(app, &e);
        return false;
    }
    /* On disk: it counts, even when it cannot be listed until next time. */
    if (!exam_log_push(&p->tests, r))
        set_error(app, app_str(app, STR_ERR_NO_MEMORY_TESTS));
    return true;
}

typedef struct {
    const char *session;
    const Exam *exam;
    bool *logged;
} SessionScan;

static bool session_answer(void *ctx, const Attempt *a)
{
    SessionScan *s = ctx;
    if (!a->session || strcmp(a->session, s->session) != 0)
        return true;
    for (size_t i = 0; i < s->exam->n; i++)
        if (strcmp(exam_question(s->exam, i)->id, a->item) == 0)
            s->logged[i] = true;
    return true;
}

bool app_session_recorded(App *app, const char *session, int64_t from, const Exam *e, bool *logged, bool *test_line)
{
    AppProgress *p = &app->progress;
    memset(logged, 0, e->n * sizeof *logged);
    *test_line = false;
    if (!p->log)
        return app_can_record(app);
    SessionScan s = {session, e, logged};
    /* Never past what this log holds: a log rewritten since is read whole. */
    if (from > progress_end(p->log))
        from = 0;
    if (!progress_scan_from(progress_path(p->log), from, session_answer, &s)) {
        set_error(app, app_str(app, STR_ERR_PROGRESS_UNREADABLE));
        return false;
    }
    /* The file, not the list loaded at the start: that may have missed lines. */
    char path[4200];
    AwError err;
    ExamHistory h;
    if (!tests_path(app, path, sizeof path)) {
        aw_fail(&err, AW_ERR_DATA_DIR_TOO_LONG);
        set_aw_error(app, &err);
        return false;
    }
    if (!exam_log_load(path, &h, &err)) {
        set_aw_error(app, &err);
        return false;
    }
    for (size_t i = 0; i < h.n && !*test_line; i++)
        *test_line = strcmp(h.items[i].session, session) == 0;
    exam_log_free(&h);
    return true;
}

float app_section_mastery(const App *app, size_t s)
{
    const AppProgress *p = &app->progress;
    if (!p->mastery_valid || !app->course || s >= app->course->nsections)
        return -1;
    return (float)p->mastery.sections[s].mastery;
}

void app_progress_free(App *app)
{
    app_profile_close(app);
}
