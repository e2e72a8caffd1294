/* screen_exam_setup.c - "Toets jezelf": the student picks a length and a
 * time per question and starts; a test that is still running can be
 * continued from here (Esc during a test comes back here, and the clock
 * keeps running, as it would in an exam hall). Also the exam's start,
 * recording and clean-up that the other exam screens share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_screens.h"
#include "screen_exam.h"
#include "screen_exam_setup.h"
#include "widgets.h"

const int exam_lengths[EXAM_LENGTHS] = {10, 20, 40};
const int exam_times[EXAM_TIMES] = {45, 60, EXAM_DEFAULT_SECONDS, 120, 0};

void exam_clock_text(int64_t ms, char out[16])
{
    if (ms < 0)
        ms = 0;
    int64_t s = (ms + 999) / 1000;
    if (s >= 3600)
        snprintf(out, 16, "%d:%02d:%02d", (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60));
    else
        snprintf(out, 16, "%d:%02d", (int)(s / 60), (int)(s % 60));
}

static void defaults(ExamState *st)
{
    if (st->length == 0) {
        st->length = exam_lengths[1];
        st->seconds = EXAM_DEFAULT_SECONDS;
    }
}

void screen_exam_free(App *app)
{
    exam_free(&app->exam.exam);
    free(app->exam.logged);
    app->exam.logged = NULL;
    app->exam.running = app->exam.finished = false;
}

void exam_screen_reset(App *app)
{
    ExamState *st = &app->exam;
    st->running = true;
    st->finished = false;
    st->confirm = st->stop_confirm = st->stopped = false;
    st->recorded = 0;
    st->test_recorded = false;
    st->record_failed = false;
    st->predicted_tenths = -1;
    st->view_question = SIZE_MAX;
    st->scroll.y = 0;
    st->result_scroll.y = 0;
}

void exam_screen_discard(App *app)
{
    screen_exam_free(app);
}

bool exam_screen_start(App *app)
{
    ExamState *st = &app->exam;
    if (!app_can_record(app)) /* a test whose answers cannot be kept does not start */
        return false;
    /* Nor while the last one's hand-in is not all on disk: its kept file
     * (the same path) would go. Starting tries to finish it first. */
    if (st->finished && st->exam.handed_in && (st->record_failed || !st->test_recorded) && !exam_screen_record(app))
        return false;
    defaults(st);
    screen_exam_free(app);
    /* A new draw for every test: from --seed when given (the tests of a
     * session are then always the same), else from the time of day. */
    uint64_t base = app->seed ? app->seed : (uint64_t)(app_wall_ms(app) / 1000);
    uint64_t seed = base + (uint64_t)st->attempts * 0x9E3779B97F4A7C15ull;
    if (!app->course ||
        !exam_start(&st->exam, app->course, (size_t)st->length, st->seconds, seed, (int64_t)app->now_ms)) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_EXAM_NO_QUESTIONS));
        return false;
    }
    st->attempts++;
    exam_screen_reset(app);
    app_resume_new_session(app, st->session);
    app_open(app, SCREEN_EXAM);
    return true;
}

bool exam_screen_record(App *app)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    if (!e->handed_in)
        return false;
    /* The kept file says "handing in" before the first answer is
     * written, so a crash from here on completes this hand-in at the next
     * start instead of offering the test again (THE HAND-IN, resume.h). */
    /* The prediction from the states without this test's answers. */
    if (st->recorded == 0 && !st->logged && st->predicted_tenths < 0)
        st->predicted_tenths = app_review_predict_tenths(app, e->questions, e->n);
    if (!app_resume_hand_in_begin(app)) {
        st->record_failed = true;
        return false;
    }
    /* Answers only: a question left open is not an attempt, so it does not
     * drag down the mastery of a question the student never got to. Each
     * carries the session, so a completion can see what is in the log. */
    for (; st->recorded < e->n; st->recorded++) {
        size_t i = st->recorded;
        if (!exam_answered(e, i) || (st->logged && st->logged[i]))
            continue;
        const Question *q = exam_question(e, i);
        char *json = quiz_answer_to_json(q, &e->answers[i]);
        bool ok =
            app_record_exam(app, q, &e->orders[i], json, e->grades[i].score, e->spent_ms[i], ATTEMPT_EXAM, st->session);
        free(json);
        if (!ok) {
            st->record_failed = true;
            return false;
        }
    }
    if (!st->test_recorded) {
        int answered = 0;
        for (size_t i = 0; i < e->n; i++)
            answered += exam_answered(e, i);
        const ResumeClock *clk = &app->resume.clock;
        ExamRecord r = {
            .time_ms = clk->handing_in && clk->handed_in_ms ? clk->handed_in_ms : app_wall_ms(app),
            .questions = (int)e->n,
            .answered = answered,
            .score = e->score,
            .grade_tenths = e->grade_tenths,
            .timed_out = e->timed_out,
        };
        snprintf(r.session, sizeof r.session, "%s", st->session);
        if (!app_record_test(app, &r)) {
            st->record_failed = true;
            return false;
        }
        st->test_recorded = true;
    }
    st->record_failed = false;
    app_resume_hand_in_done(app); /* all on disk: the kept file goes */
    return true;
}

void screen_exam_setup_enter(App *app)
{
    ExamState *st = &app->exam;
    defaults(st);
    st->setup_scroll.y = 0;
    /* Time ran out while the student was elsewhere: hand in now. */
    if (st->running && exam_tick(&st->exam, (int64_t)app->now_ms))
        exam_screen_hand_in(app);
}

/* A row of radio options; returns the height used. */
/* The heading TITLE over a radio button (named NAME) for each of
 * VALUES[0..N): FORMAT with the value, or "no limit" for 0. The one equal
 * to *VALUE is chosen, VALUES[FALLBACK] when none is; *VALUE becomes the
 * chosen value. Returns the height. */
static int choose_value(App *app, Ui *ui, const char *name, int x, int y, int w, StrId title, const int *values,
                        size_t n, StrId format, size_t fallback, int *value)
{
    const Typography *t = &app->typography;
    enum { MOST = 8 };
    char labels[MOST][48];
    size_t chosen = fallback;
    if (n > MOST)
        n = MOST;
    for (size_t i = 0; i < n; i++) {
        if (values[i])
            snprintf(labels[i], sizeof labels[i], app_str(app, format), values[i]);
        else
            snprintf(labels[i], sizeof labels[i], "%s", app_str(app, STR_EXAM_NO_LIMIT));
        if (values[i] == *value)
            chosen = i;
    }
    int y0 = y;
    y += app_subheading(app, ui, x, y, w, title);
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, ui_button_height(ui), t->unit, t->unit / 2);
    for (size_t i = 0; i < n; i++) {
        int bw = ui_text_width(ui, ui->font, labels[i], strlen(labels[i])) + typography_px(t, 48);
        if (ui_option(ui, ui_id(name, i), ui_flow_next(&flow, bw), labels[i], chosen == i, true))
            chosen = i;
    }
    *value = values[chosen];
    return ui_flow_bottom(&flow) - y0;
}

void screen_exam_setup_frame(App *app, Ui *ui, Rect body)
{
    ExamState *st = &app->exam;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    defaults(st);
    /* Never shown while a test runs: every way here is closed then (the top
     * bar leaves only Weergave, whose Terug and Esc lead back to the test;
     * on the test Esc and Terug ask to stop). Should one open, it leads to
     * the test, which keeps the clock. */
    if (st->running) {
        app_replace(app, SCREEN_EXAM);
        return;
    }
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->setup_scroll, "exam-setup", STR_EXAM_TITLE, 5, &x, &w, &top);
    int bh = ui_button_height(ui);
    char buf[512];
    y += t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_EXAM_INTRO));
    y += t->unit * 3;

    y += exam_resume_block(app, ui, x, y, w); /* a test kept from last time */

    y += choose_value(app, ui, "exam-length", x, y, w, STR_EXAM_LENGTH, exam_lengths, EXAM_LENGTHS,
                      STR_EXAM_QUESTIONS_N, 0, &st->length);
    y += t->unit * 3;

    y += choose_value(app, ui, "exam-time", x, y, w, STR_EXAM_TIME, exam_times, EXAM_TIMES, STR_EXAM_SECONDS_N, 2,
                      &st->seconds);
    y += t->unit * 2;
    if (st->seconds) {
        int total = st->seconds * st->length;
        char tt[32];
        if (total % 60)
            snprintf(tt, sizeof tt, "%d min %d s", total / 60, total % 60);
        else
            snprintf(tt, sizeof tt, "%d min", total / 60);
        snprintf(buf, sizeof buf, app_str(app, STR_EXAM_TOTAL), tt);
    } else {
        snprintf(buf, sizeof buf, "%s", app_str(app, STR_EXAM_TOTAL_NONE));
    }
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_EXAM_RULE));
    y += t->unit * 3;
    /* Under real conditions the clock runs on while the program is closed */
    const char *real = app_str(app, STR_EXAM_REAL);
    int rw = ui_text_width(ui, ui->font, real, strlen(real)) + typography_px(t, 48);
    if (ui_option(ui, ui_id("exam-real", 0), (Rect){x, y, rw < w ? rw : w, bh}, real, st->real_conditions, false))
        st->real_conditions = !st->real_conditions;
    y += bh;
    if (st->real_conditions) /* what it means, once chosen (the start button stays in view) */
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_EXAM_REAL_NOTE));
    y += t->unit * 3;

    const char *go = app_str(app, STR_EXAM_START);
    int gw = ui_button_width(ui, go) + t->unit * 4;
    if (ui_button(ui, ui_id("exam-start", 0), (Rect){x, y, gw, bh}, go,
                  st->running ? UI_BUTTON_PLAIN : UI_BUTTON_PRIMARY))
        exam_screen_start(app);
    y += bh;
    ui_scroll_end(ui, &st->setup_scroll, y - top + t->unit * 5);
    /* A running test's clock may hand in while this screen shows. */
    if (st->running && st->exam.limit_ms) {
        int64_t left = exam_remaining_ms(&st->exam, (int64_t)app->now_ms);
        uint64_t due = app->now_ms + (uint64_t)(left > 0 ? left : 1);
        if (!app->wake_at_ms || due < app->wake_at_ms)
            app->wake_at_ms = due;
    }
}

int start_exam_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_START_EXAM_HINT));
    y += t->unit;
    /* The teacher's two: the class quiz and the class overview. */
    static const AppLink ways[] = {
        {SCREEN_EXAM_SETUP, STR_START_EXAM}, {SCREEN_CLASS_SETUP, STR_START_CLASS}, {SCREEN_KLAS, STR_START_KLAS}};
    y = app_link_buttons(app, ui, "start-exam", x, y, w, ways, sizeof ways / sizeof *ways) + t->unit * 5;
    return y - y0;
}
