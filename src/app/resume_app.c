/* resume_app.c - keeping a running test on disk (resume_app.h).
 *
 * Rather than a call at every place a screen changes the test (answers,
 * the navigator, flags, keys), app_frame calls app_resume_sync once at the
 * end of each frame: it hashes what a student can change (position, flags,
 * answers) and writes the file only when that hash moved, or when 10 s of
 * the clock went by. So every change is on disk before the next frame
 * shows, and a screen that gains a new way to answer is covered without a
 * hook. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <time.h>

#include "app.h"
#include "exam_screens.h"
#include "os.h"
#include "profiles.h"
#include "screen_exam.h"
#include "widgets.h"

enum { CLOCK_SAVE_MS = 10000 };

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

/* An answer's contents, hashed without allocating (this runs every frame). */
static uint64_t answer_hash(uint64_t h, const Answer *a)
{
    if (a->chosen)
        h = fnv(h, a->chosen, a->n * sizeof *a->chosen);
    if (a->match)
        h = fnv(h, a->match, a->n * sizeof *a->match);
    if (a->order)
        h = fnv(h, a->order, a->n * sizeof *a->order);
    for (size_t i = 0; a->text && i < a->n; i++)
        if (a->text[i])
            h = fnv(h, a->text[i], strlen(a->text[i]) + 1);
    return h;
}

/* What the student can change, hashed; 0 is never returned. */
static uint64_t signature(const Exam *e)
{
    uint64_t h = fnv(0xcbf29ce484222325ull, &e->current, sizeof e->current);
    for (size_t i = 0; i < e->n; i++) {
        h = fnv(h, &e->flagged[i], sizeof e->flagged[i]);
        h = fnv(h, &e->touched[i], sizeof e->touched[i]);
        h = answer_hash(h, &e->answers[i]);
    }
    return h ? h : 1;
}

static bool profile_file(const App *app, const char *kind, char *out, size_t size)
{
    char dir[4096];
    const AppProgress *p = &app->progress;
    return p->data_dir[0] && p->profile_id[0] && profiles_dir(p->data_dir, p->profile_id, dir, sizeof dir) &&
           resume_path(dir, kind, out, size);
}

static void drop_pending(ResumeState *r)
{
    if (r->pending)
        exam_free(&r->exam);
    r->pending = false;
}

static void save(App *app)
{
    ResumeState *r = &app->resume;
    Exam *e = &app->exam.exam;
    r->signature = signature(e);
    r->saved_ms = app->now_ms;
    if (!r->path[0])
        return;
    char err[512] = "";
    AwError ae;
    aw_fail(&ae, AW_ERR_NO_MEMORY); /* when no text could be made */
    char *text = resume_exam_to_json(e, &r->clock, (int64_t)app->now_ms);
    bool ok = text && resume_save(r->path, text, &ae);
    free(text);
    if (!ok)
        i18n_error(&ae, app->lang, err, sizeof err);
    if (ok) {
        r->save_failed = false;
    } else if (!r->save_failed) {
        /* Said once; the next change tries again. */
        r->save_failed = true;
        snprintf(app->error, sizeof app->error, app_str(app, STR_RESUME_NOT_SAVED), err[0] ? err : "?");
    }
}

/* ---- a practice round ---- */

static bool practice_live(const App *app)
{
    const Quiz *z = &app->quiz.quiz;
    return z->course && z->nitems > 0 && !quiz_finished(z);
}

static uint64_t practice_signature(const Quiz *z)
{
    uint64_t h = fnv(0xcbf29ce484222325ull, &z->pos, sizeof z->pos);
    for (size_t i = 0; i < z->nitems; i++) {
        const QuizItem *it = &z->items[i];
        h = fnv(h, &it->state, sizeof it->state);
        h = fnv(h, &it->checks, sizeof it->checks);
        h = answer_hash(h, &it->answer);
    }
    return h ? h : 1;
}

static void practice_meta(const App *app, ResumePractice *p)
{
    const QuizState *q = &app->quiz;
    memset(p, 0, sizeof *p);
    if (q->npicked) {
        p->picked = true;
        snprintf(p->title, sizeof p->title, "%s", q->picked_title);
    } else if (q->section == QUIZ_WHOLE_CHAPTER) {
        p->chapter = true;
    } else if (app->course && q->section < app->course->nsections) {
        snprintf(p->section, sizeof p->section, "%s", app->course->sections[q->section].id);
    }
    p->missed_round = q->missed_round;
    p->spent_ms = (int64_t)q->spent_ms;
    if (app->screen == SCREEN_QUIZ && app->now_ms > q->since_ms)
        p->spent_ms += (int64_t)(app->now_ms - q->since_ms);
}

static void practice_save(App *app)
{
    ResumeState *r = &app->resume;
    r->practice_signature = practice_signature(&app->quiz.quiz);
    if (!r->practice_path[0])
        return;
    ResumePractice meta;
    practice_meta(app, &meta);
    char err[512] = "";
    AwError ae;
    aw_fail(&ae, AW_ERR_NO_MEMORY); /* when no text could be made */
    char *text = resume_practice_to_json(&app->quiz.quiz, &meta);
    bool ok = text && resume_save(r->practice_path, text, &ae);
    free(text);
    if (!ok)
        i18n_error(&ae, app->lang, err, sizeof err);
    if (!ok && !r->save_failed) {
        r->save_failed = true;
        snprintf(app->error, sizeof app->error, app_str(app, STR_RESUME_NOT_SAVED), err[0] ? err : "?");
    }
}

static void practice_drop_pending(ResumeState *r)
{
    if (r->practice_pending)
        quiz_free(&r->practice);
    r->practice_pending = false;
}

static void practice_sync(App *app)
{
    ResumeState *r = &app->resume;
    QuizState *q = &app->quiz;
    if (!practice_live(app)) {
        if (r->practice_path[0])
            resume_remove(r->practice_path);
        r->practice_path[0] = '\0';
        r->practice_tracked = NULL;
        return;
    }
    if (r->practice_tracked != q->quiz.items || r->practice_session != q->sessions) {
        char path[4096];
        if (!profile_file(app, "practice", path, sizeof path))
            path[0] = '\0';
        if (r->practice_path[0] && strcmp(r->practice_path, path) != 0)
            resume_remove(r->practice_path);
        snprintf(r->practice_path, sizeof r->practice_path, "%s", path);
        r->practice_tracked = q->quiz.items;
        r->practice_session = q->sessions;
        r->practice_signature = 0;
        practice_drop_pending(r);
    }
    if (practice_signature(&q->quiz) != r->practice_signature)
        practice_save(app);
}

/* Makes the pending round the practice screen's session and opens it. */
static void practice_take(App *app)
{
    ResumeState *r = &app->resume;
    QuizState *q = &app->quiz;
    const ResumePractice *p = &r->practice_meta;
    const Course *c = app->course;
    quiz_free(&q->quiz);
    q->quiz = r->practice;
    memset(&r->practice, 0, sizeof r->practice);
    r->practice_pending = false;
    q->npicked = 0;
    q->section = QUIZ_WHOLE_CHAPTER;
    if (p->picked) {
        for (size_t i = 0; i < q->quiz.nitems && i < QUIZ_PICK_MAX; i++)
            q->picked[q->npicked++] = q->quiz.items[i].question;
        snprintf(q->picked_title, sizeof q->picked_title, "%s", p->title);
    } else if (!p->chapter) {
        for (size_t s = 0; s < c->nsections; s++)
            if (strcmp(c->sections[s].id, p->section) == 0)
                q->section = s;
    }
    q->missed_round = p->missed_round;
    q->fresh = false;
    q->view_pos = SIZE_MAX;
    q->not_saved = q->give_first = false;
    q->reveal = 0;
    q->scroll.y = 0;
    q->spent_ms = (uint64_t)p->spent_ms;
    q->since_ms = app->now_ms;
    snprintf(r->practice_path, sizeof r->practice_path, "%s", r->practice_pending_path);
    r->practice_tracked = q->quiz.items;
    r->practice_session = q->sessions;
    r->practice_signature = practice_signature(&q->quiz);
    app_open(app, SCREEN_QUIZ);
}

static void practice_look(App *app)
{
    ResumeState *r = &app->resume;
    practice_drop_pending(r);
    if (practice_live(app) || !profile_file(app, "practice", r->practice_pending_path, sizeof r->practice_pending_path))
        return;
    AwError ae;
    ResumeStatus s = resume_practice_load(r->practice_pending_path, app->course, &r->practice, &r->practice_meta, &ae);
    if (s == RESUME_OK) {
        if (quiz_finished(&r->practice)) { /* nothing left to do */
            quiz_free(&r->practice);
            resume_remove(r->practice_pending_path);
            return;
        }
        r->practice_pending = true;
    } else if (s == RESUME_CORRUPT || s == RESUME_STALE) {
        char aside[4096];
        if (!resume_set_aside(r->practice_pending_path, aside, sizeof aside))
            snprintf(aside, sizeof aside, "%s", r->practice_pending_path);
        char why[512];
        snprintf(app->error, sizeof app->error, app_str(app, STR_RESUME_PRACTICE_BAD),
                 i18n_error(&ae, app->lang, why, sizeof why), aside);
    }
}

static int practice_offer(App *app, Ui *ui, int x, int y, int w)
{
    ResumeState *r = &app->resume;
    if (!r->practice_pending || practice_live(app))
        return 0;
    const Quiz *z = &r->practice;
    const ResumePractice *p = &r->practice_meta;
    const Course *c = app->course;
    char what[600] = "", note[1024], label[256];
    if (p->picked)
        snprintf(what, sizeof what, "%s", p->title);
    else if (p->chapter)
        snprintf(what, sizeof what, "%s", app_str(app, STR_QUIZ_CHAPTER));
    else
        for (size_t s = 0; s < c->nsections; s++)
            if (strcmp(c->sections[s].id, p->section) == 0)
                snprintf(what, sizeof what, "%s %s", c->sections[s].number, c->sections[s].title);
    QuizTally t;
    quiz_tally(z, &t);
    snprintf(note, sizeof note, app_str(app, STR_RESUME_PRACTICE_NOTE), what, t.checked, t.total);
    size_t k = z->pos < z->nitems ? z->pos + 1 : z->nitems;
    snprintf(label, sizeof label, app_str(app, STR_RESUME_PRACTICE), k, z->nitems);
    int clicked;
    int h = app_running_box(app, ui, x, y, w, note, label, "resume-practice", app_str(app, STR_RESUME_PRACTICE_DROP),
                            "resume-practice-drop", &clicked);
    if (clicked == 1) {
        if (app_can_record(app))
            practice_take(app);
    } else if (clicked == 2) {
        resume_remove(r->practice_pending_path);
        practice_drop_pending(r);
    }
    return h + app->typography.unit * 5;
}

/* Keeps the test of app->exam at the open profile's file from now on (a
 * new test: it replaces any test kept before). */
static void track(App *app)
{
    ResumeState *r = &app->resume;
    ExamState *st = &app->exam;
    char path[4096];
    if (!profile_file(app, "exam", path, sizeof path))
        path[0] = '\0';
    if (r->path[0] && strcmp(r->path, path) != 0)
        resume_remove(r->path);
    snprintf(r->path, sizeof r->path, "%s", path);
    r->clock = (ResumeClock){
        .real = st->real_conditions,
        .wall_start_ms = app_wall_ms(app),
        .seconds = st->seconds,
    };
    snprintf(r->clock.session, sizeof r->clock.session, "%s", st->session);
    r->tracked = st->exam.questions;
    r->tracked_attempt = st->attempts;
    r->signature = 0;
    drop_pending(r);
    r->save_failed = false;
}

static bool tracking(const App *app)
{
    const ResumeState *r = &app->resume;
    return r->tracked == app->exam.exam.questions && r->tracked_attempt == app->exam.attempts;
}

void app_resume_new_session(App *app, char out[RESUME_SESSION_SIZE])
{
    /* Unique per profile: the real time in ms (not the injected clock, which
     * a script fixes), the tests started in this run, and a mix of the
     * nanoseconds and the process id, for two starts in one millisecond. */
    uint64_t ms = (uint64_t)os_wall_ms();
    int64_t ns = os_mono_ns();
    long pid = os_pid();
    uint64_t mix = fnv(0xcbf29ce484222325ull, &ms, sizeof ms);
    mix = fnv(mix, &ns, sizeof ns);
    mix = fnv(mix, &pid, sizeof pid);
    mix = fnv(mix, &app->now_ms, sizeof app->now_ms);
    snprintf(out, RESUME_SESSION_SIZE, "t%" PRIx64 "-%u-%08" PRIx32, ms, app->exam.attempts,
             (uint32_t)(mix ^ (mix >> 32)));
}

bool app_resume_hand_in_begin(App *app)
{
    ResumeState *r = &app->resume;
    ExamState *st = &app->exam;
    if (!tracking(app))
        track(app);
    if (!r->path[0] || r->clock.handing_in)
        return true; /* nothing kept, or marked before this retry */
    ResumeClock mark = r->clock;
    mark.handing_in = true;
    mark.log_end = app->progress.log ? progress_end(app->progress.log) : 0;
    mark.handed_in_ms = app_wall_ms(app);
    mark.timed_out = st->exam.timed_out;
    mark.stopped = st->stopped;
    if (!mark.session[0]) /* a test kept by an older version */
        snprintf(mark.session, sizeof mark.session, "%s", st->session);
    char err[512] = "";
    AwError ae;
    aw_fail(&ae, AW_ERR_NO_MEMORY); /* when no text could be made */
    char *text = resume_exam_to_json(&st->exam, &mark, (int64_t)app->now_ms);
    bool ok = text && resume_save(r->path, text, &ae);
    free(text);
    if (!ok)
        i18n_error(&ae, app->lang, err, sizeof err);
    if (!ok) {
        snprintf(app->error, sizeof app->error, app_str(app, STR_RESUME_NOT_SAVED), err[0] ? err : "?");
        return false;
    }
    r->clock = mark;
    return true;
}

void app_resume_hand_in_done(App *app)
{
    ResumeState *r = &app->resume;
    if (r->path[0] && tracking(app))
        resume_remove(r->path);
    r->path[0] = '\0';
    r->tracked = NULL;
}

void app_resume_sync(App *app)
{
    practice_sync(app);
    ResumeState *r = &app->resume;
    ExamState *st = &app->exam;
    if (st->finished && st->exam.handed_in && (st->record_failed || !st->test_recorded) && tracking(app))
        return; /* not all on disk yet: the file stays until it is (THE HAND-IN, resume.h) */
    if (!st->running || st->exam.handed_in) {
        /* Handed in (its answers are in the log by now) or stopped. */
        if (r->path[0])
            resume_remove(r->path);
        r->path[0] = '\0';
        r->tracked = NULL;
        return;
    }
    if (!tracking(app))
        track(app);
    if (signature(&st->exam) != r->signature || app->now_ms - r->saved_ms >= CLOCK_SAVE_MS)
        save(app);
}

/* Makes the pending test the running one (the clock goes on from where it
 * stopped) and keeps it at its old path. */
static void take_pending(App *app)
{
    ResumeState *r = &app->resume;
    ExamState *st = &app->exam;
    screen_exam_free(app);
    st->exam = r->exam;
    memset(&r->exam, 0, sizeof r->exam);
    r->pending = false;
    int64_t now = (int64_t)app->now_ms;
    int64_t wall = app_wall_ms(app) - r->pending_clock.wall_start_ms;
    if (r->pending_clock.real && wall > r->pending_clock.elapsed_ms)
        r->pending_clock.elapsed_ms = wall;
    st->exam.started_ms = now - r->pending_clock.elapsed_ms;
    st->exam.entered_ms = now;
    exam_screen_reset(app);
    /* A test kept by an older version gets its session now. */
    if (!r->pending_clock.session[0])
        app_resume_new_session(app, r->pending_clock.session);
    snprintf(st->session, sizeof st->session, "%s", r->pending_clock.session);
    st->seconds = r->pending_clock.seconds;
    st->real_conditions = r->pending_clock.real;
    r->clock = r->pending_clock;
    snprintf(r->path, sizeof r->path, "%s", r->pending_path);
    r->tracked = st->exam.questions;
    r->tracked_attempt = st->attempts;
    r->signature = 0;
}

/* A hand-in cut short (THE HAND-IN, resume.h): never offered again, but
 * handed in now, writing only what the log and tests.jsonl do not hold yet
 * (the log's tail from log_end is read for the session's answers). */
static void complete_hand_in(App *app)
{
    ResumeState *r = &app->resume;
    ExamState *st = &app->exam;
    ResumeClock clk = r->pending_clock;
    bool *logged = calloc(r->exam.n, sizeof *logged);
    bool test_line = false;
    if (!app_can_record(app) || !logged ||
        !app_session_recorded(app, clk.session, clk.log_end, &r->exam, logged, &test_line)) {
        /* Nothing is known, so nothing is written: the file stays for next time. */
        char why[sizeof app->error];
        snprintf(why, sizeof why, "%s", app->error[0] ? app->error : "?");
        snprintf(app->error, sizeof app->error, app_str(app, STR_RESUME_HANDIN_LATER), why);
        free(logged);
        drop_pending(r);
        return;
    }
    take_pending(app);
    st->logged = logged;
    st->test_recorded = test_line;
    st->stopped = clk.stopped;
    st->exam.timed_out = clk.timed_out;
    exam_screen_hand_in(app);
    if (!st->record_failed)
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_RESUME_HANDED_IN));
}

/* Looks for a saved test of the open profile, once per profile. */
static void look(App *app)
{
    ResumeState *r = &app->resume;
    const char *id = app->progress.profile_id;
    if (strcmp(r->checked_profile, id) == 0)
        return;
    snprintf(r->checked_profile, sizeof r->checked_profile, "%s", id);
    if (app->course)
        practice_look(app);
    drop_pending(r);
    if (app->exam.running || !app->course || !profile_file(app, "exam", r->pending_path, sizeof r->pending_path))
        return;
    AwError ae;
    ResumeStatus s = resume_exam_load(r->pending_path, app->course, (int64_t)app->now_ms, app_wall_ms(app), &r->exam,
                                      &r->pending_clock, &ae);
    if (s == RESUME_OK && r->pending_clock.handing_in) {
        complete_hand_in(app);
        return;
    }
    if (s == RESUME_OK) {
        r->pending = true;
        if (r->pending_clock.real && r->exam.limit_ms && r->pending_clock.elapsed_ms >= r->exam.limit_ms) {
            /* Real conditions: the time ran out while the program was
             * closed. Hand in what was given, as the exam hall would. */
            take_pending(app);
            if (exam_tick(&app->exam.exam, (int64_t)app->now_ms))
                exam_screen_hand_in(app);
            snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_RESUME_EXPIRED));
        }
        return;
    }
    if (s == RESUME_CORRUPT || s == RESUME_STALE) {
        char aside[4096];
        if (!resume_set_aside(r->pending_path, aside, sizeof aside))
            snprintf(aside, sizeof aside, "%s", r->pending_path);
        char why[512];
        snprintf(app->error, sizeof app->error, app_str(app, s == RESUME_STALE ? STR_RESUME_STALE : STR_RESUME_CORRUPT),
                 i18n_error(&ae, app->lang, why, sizeof why), aside);
    }
    /* RESUME_OTHER (another course's test) stays where it is, for that course. */
}

int exam_resume_block(App *app, Ui *ui, int x, int y, int w)
{
    ResumeState *r = &app->resume;
    look(app);
    if (!r->pending || app->exam.running)
        return 0;
    const Exam *e = &r->exam;
    char note[512], label[256];
    snprintf(note, sizeof note, app_str(app, r->pending_clock.real ? STR_RESUME_EXAM_NOTE_REAL : STR_RESUME_EXAM_NOTE),
             e->n - exam_unanswered(e), e->n);
    if (e->limit_ms) {
        char left[16];
        exam_clock_text(e->limit_ms - r->pending_clock.elapsed_ms, left);
        snprintf(label, sizeof label, app_str(app, STR_RESUME_EXAM), e->current + 1, e->n, left);
    } else {
        snprintf(label, sizeof label, app_str(app, STR_RESUME_EXAM_NOLIMIT), e->current + 1, e->n);
    }
    int clicked;
    int h = app_running_box(app, ui, x, y, w, note, label, "resume-exam", app_str(app, STR_EXAM_DISCARD),
                            "resume-discard", &clicked);
    if (clicked == 1) {
        if (app_can_record(app)) {
            take_pending(app);
            app_open(app, SCREEN_EXAM);
        }
    } else if (clicked == 2) {
        resume_remove(r->pending_path);
        drop_pending(r);
    }
    return h + app->typography.unit * 5;
}

int start_resume_block(App *app, Ui *ui, int x, int y, int w)
{
    look(app);
    int h = practice_offer(app, ui, x, y, w);
    return h + exam_resume_block(app, ui, x, y + h, w);
}

void app_resume_free(App *app)
{
    /* A close saves the clock as it is now (a crash loses at most 10 s). */
    if (app->resume.path[0] && app->exam.running && !app->exam.exam.handed_in)
        save(app);
    if (app->resume.practice_path[0] && practice_live(app))
        practice_save(app);
    drop_pending(&app->resume);
    practice_drop_pending(&app->resume);
}
