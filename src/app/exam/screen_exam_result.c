/* screen_exam_result.c - the result of a handed-in test: the cijfer with
 * its decimal comma and the word "cijfer" beside it, the rule it comes
 * from, passed or not, the score, a bar per section, and a review of every
 * question: the student's answer with its marks, the right answer, the
 * explanation and a link back to the text. */
#include <stdio.h>
#include <string.h>

#include "answer_text.h"
#include "exam_screens.h"
#include "screen_exam_result.h"
#include "widgets.h"

static int percent(double score)
{
    return (int)(score * 100 + 0.5);
}

/* The block of SECTION whose id is ANCHOR, or SIZE_MAX (the top). */
static size_t anchor_block(const Course *c, size_t section, const char *anchor)
{
    if (!anchor || section >= c->nsections)
        return SIZE_MAX;
    const Section *s = &c->sections[section];
    for (size_t b = 0; b < s->nblocks; b++)
        if (s->blocks[b].id && strcmp(s->blocks[b].id, anchor) == 0)
            return b;
    return SIZE_MAX;
}

/* The grade, passed or not, the rule and the score. Returns the height. */
static int summary(App *app, Ui *ui, int x, int y, int w)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    char grade[8], buf[512];
    exam_grade_text(e->grade_tenths, grade);
    Font big = t->h1;
    big.size = (uint16_t)(t->h1.size * 2);
    int gh = ui_text_height(ui, big);
    int gw = ui_label(ui, x, y, big, th->heading, grade);
    const char *word = app_str(app, STR_RESULT_GRADE);
    /* "cijfer" on the grade's baseline, more or less. */
    ui_label(ui, x + gw + t->unit * 2, y + gh - ui_text_height(ui, t->h2) - gh / 10, t->h2, th->muted, word);
    y += gh + t->unit;
    bool passed = exam_passed(e->grade_tenths);
    y += ui_paragraph(ui, x, y, w, t->h3, passed ? th->right : th->wrong, t->h3_line,
                      app_str(app, passed ? STR_RESULT_PASSED : STR_RESULT_FAILED));
    y += t->unit;
    if (st->predicted_tenths >= 0) { /* the prediction beside it */
        char pred[8];
        exam_grade_text(st->predicted_tenths, pred); /* as the grade above */
        snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_RESULT_PREDICTED), pred, grade);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf) + t->unit;
    }
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_EXAM_RULE));
    size_t right = 0;
    int64_t used = 0;
    for (size_t i = 0; i < e->n; i++) {
        right += e->grades[i].right;
        used += e->spent_ms[i];
    }
    snprintf(buf, sizeof buf, app_str(app, STR_RESULT_SCORE), percent(e->score), right, e->n);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    char clock[16];
    exam_clock_text(used, clock);
    snprintf(buf, sizeof buf, app_str(app, STR_RESULT_TIME), clock);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    if (e->timed_out)
        y += ui_paragraph(ui, x, y, w, t->body, th->wrong, t->line, app_str(app, STR_RESULT_TIMED_OUT));
    else if (app->exam.stopped)
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_RESULT_STOPPED));
    return y - y0;
}

/* Whether the answers reached the progress log, with a way to try again. */
static int saved(App *app, Ui *ui, int x, int y, int w)
{
    ExamState *st = &app->exam;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    if (!st->record_failed) {
        if (!app->progress.log)
            return 0;
        return ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_RESULT_SAVED));
    }
    /* Answers kept of the answers given (open questions are not kept). */
    size_t kept = 0, given = 0;
    for (size_t i = 0; i < st->exam.n; i++)
        if (exam_answered(&st->exam, i)) {
            given++;
            kept += i < st->recorded;
        }
    char buf[256];
    snprintf(buf, sizeof buf, app_str(app, STR_RESULT_NOT_SAVED), kept, given);
    int h = ui_paragraph(ui, x, y, w, t->body, th->wrong, t->line, buf) + t->unit;
    const char *again = app_str(app, STR_RESULT_SAVE_AGAIN);
    int bw = ui_button_width(ui, again);
    if (ui_button(ui, ui_id("exam-save-again", 0), (Rect){x, y + h, bw, ui_button_height(ui)}, again, UI_BUTTON_PLAIN))
        exam_screen_record(app);
    return h + ui_button_height(ui);
}

/* A horizontal bar per section the test asked about. Returns the height. */
static int sections(App *app, Ui *ui, int x, int y, int w)
{
    Exam *e = &app->exam.exam;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    /* The label beside its bar when every label fits in 2/5 of the
     * column, else above it (never cut). */
    bool side = w >= t->unit * 60;
    for (size_t s = 0; side && s < c->nsections; s++) {
        char label[512];
        snprintf(label, sizeof label, "%s %s", c->sections[s].number, c->sections[s].title);
        if (exam_section_score(e, s) >= 0 && ui_text_width(ui, t->body, label, strlen(label)) > w * 2 / 5)
            side = false;
    }
    int lw = side ? w * 2 / 5 : w;
    int bx = side ? x + lw + t->unit * 2 : x;
    int bw_all = side ? w - lw - t->unit * 2 : w;
    int bar_h = t->line - t->unit / 2;
    /* Every bar as long as the others: room for the widest value. */
    char widest[64];
    snprintf(widest, sizeof widest, app_str(app, STR_RESULT_SECTION_N), 100, e->n);
    int vw = ui_text_width(ui, t->small_bold, widest, strlen(widest));
    for (size_t s = 0; s < c->nsections; s++) {
        double sc = exam_section_score(e, s);
        if (sc < 0)
            continue;
        size_t k = 0;
        for (size_t i = 0; i < e->n; i++)
            k += exam_question(e, i)->section_index == s;
        char label[512], value[64];
        snprintf(label, sizeof label, "%s %s", c->sections[s].number, c->sections[s].title);
        if (k == 1)
            snprintf(value, sizeof value, app_str(app, STR_RESULT_SECTION_1), percent(sc));
        else
            snprintf(value, sizeof value, app_str(app, STR_RESULT_SECTION_N), percent(sc), k);
        int fh = ui_text_height(ui, t->body);
        ui_label_fit(ui, x, y + (t->line - fh) / 2, lw, t->body, th->text, label);
        int by = side ? y : y + t->line;
        int track = bw_all - vw - t->unit;
        if (track < t->unit * 4)
            track = t->unit * 4;
        Rect r = {bx, by + (t->line - bar_h) / 2, track, bar_h};
        draw_rect(&ui->dl, r, th->button, typography_px(t, 3));
        int fill = (int)(sc * track + 0.5);
        if (fill > 0)
            draw_rect(&ui->dl, (Rect){r.x, r.y, fill, r.h}, th->accent, typography_px(t, 3));
        draw_border(&ui->dl, r, th->border, typography_px(t, 1), typography_px(t, 3));
        ui_label(ui, r.x + track + t->unit, by + (t->line - ui_text_height(ui, t->small_bold)) / 2, t->small_bold,
                 th->text, value);
        y = by + t->line + t->unit;
    }
    return y - y0;
}

/* One question of the review. Returns the height. */
static int review_item(App *app, Ui *ui, size_t i, int x, int y, int w)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Question *q = exam_question(e, i);
    const Grade *g = &e->grades[i];
    bool answered = exam_answered(e, i);
    int y0 = y;
    char head[64], verdict[64];
    snprintf(head, sizeof head, app_str(app, STR_RESULT_Q), i + 1);
    if (!answered)
        snprintf(verdict, sizeof verdict, "%s", app_str(app, STR_RESULT_EMPTY));
    else if (g->right)
        snprintf(verdict, sizeof verdict, "%s", app_str(app, STR_RESULT_RIGHT));
    else if (g->score > 0)
        snprintf(verdict, sizeof verdict, app_str(app, STR_RESULT_PARTLY), percent(g->score));
    else
        snprintf(verdict, sizeof verdict, "%s", app_str(app, STR_RESULT_WRONG));
    int hw = ui_label(ui, x, y, t->h4, th->heading, head);
    int vw = ui_label(ui, x + hw + t->unit * 2, y, t->h4, g->right && answered ? th->right : th->wrong, verdict);
    if (q->section_index < c->nsections)
        ui_label_fit(ui, x + hw + vw + t->unit * 4, y, w - hw - vw - t->unit * 4, t->small, th->muted,
                     c->sections[q->section_index].number);
    y += t->h4_line + t->unit;
    /* An ordering left as it was dealt has no answer to mark. */
    Grade none = *g;
    GradeMark marks[64];
    if (!answered && g->n <= 64) {
        for (size_t k = 0; k < g->n; k++)
            marks[k] = q->type == QUESTION_MULTIPLE || q->type == QUESTION_SINGLE || q->type == QUESTION_TRUEFALSE
                           ? (q->options[k].correct ? GRADE_MISSED : GRADE_NEUTRAL)
                           : GRADE_WRONG;
        none.marks = marks;
    }
    char buf[2048];
    practice_prompt(q, buf, sizeof buf);
    y += ui_paragraph(ui, x, y, w, t->h4, th->heading, t->line, buf) + t->unit;
    /* The answer as it was given, with the practice view's marks and the
     * feedback of every choice. */
    PracticeItem pi = {q, &e->orders[i], &e->answers[i], &none, QUIZ_CHECKED};
    PracticeView v;
    practice_view_reset(&v, &pi);
    y += practice_view_draw(app, ui, &v, &pi, x, y, w, NULL);
    y += t->unit;
    char given[1536];
    answer_text_given(app, q, &e->orders[i], &e->answers[i], given, sizeof given);
    snprintf(buf, sizeof buf, "**%s** %s", app_str(app, STR_RESULT_YOURS),
             answered && given[0] ? given : app_str(app, STR_RESULT_NOTHING));
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    answer_text_right(app, q, &e->orders[i], given, sizeof given);
    snprintf(buf, sizeof buf, "**%s** %s", app_str(app, STR_RESULT_CORRECT), given);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    if (q->explanation && q->explanation[0]) {
        snprintf(buf, sizeof buf, "**%s** %s", app_str(app, STR_RESULT_WHY), q->explanation);
        y += t->unit / 2;
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    }
    if (q->section_index < c->nsections) {
        const Section *s = &c->sections[q->section_index];
        snprintf(buf, sizeof buf, app_str(app, STR_RESULT_READ), s->number, s->title);
        strncat(buf, " \xE2\x86\x92", sizeof buf - strlen(buf) - 1);
        y += t->unit / 2;
        if (ui_link(ui, ui_id("exam-read", i), x, y, w, t->body, buf, NULL))
            reader_open_at(app, q->section_index, anchor_block(c, q->section_index, q->anchor), 0, 0);
        y += t->line;
    }
    return y - y0;
}

void screen_exam_result_frame(App *app, Ui *ui, Rect body)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->result_scroll, "exam-result", STR_RESULT_TITLE, 5, &x, &w, &top);
    y += t->unit * 2;
    if (!st->finished || !e->handed_in) {
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_RESULT_NONE));
        ui_scroll_end(ui, &st->result_scroll, y - top + t->unit * 5);
        return;
    }
    y += summary(app, ui, x, y, w);
    y += t->unit;
    y += saved(app, ui, x, y, w);
    y += t->unit * 3;
    int bh = ui_button_height(ui);
    const char *again = app_str(app, STR_RESULT_NEW), *home = app_str(app, STR_RESULT_HOME);
    int b1 = ui_button_width(ui, again), b2 = ui_button_width(ui, home);
    if (ui_button(ui, ui_id("exam-again", 0), (Rect){x, y, b1, bh}, again, UI_BUTTON_PRIMARY)) {
        /* Back to the setup (where the test was started from), so the
         * student can choose again. */
        if (app->nhistory == 0 || app->history[app->nhistory - 1] != SCREEN_EXAM_SETUP || !app_back(app))
            app_replace(app, SCREEN_EXAM_SETUP);
    }
    if (ui_button(ui, ui_id("exam-home", 0), (Rect){x + b1 + t->unit, y, b2, bh}, home, UI_BUTTON_PLAIN)) {
        app->nhistory = 0;
        app_replace(app, SCREEN_START);
    }
    y += bh + t->unit * 5;
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_RESULT_SECTIONS));
    y += t->unit * 2;
    y += sections(app, ui, x, y, w);
    y += t->unit * 4;
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_RESULT_REVIEW));
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_RESULT_LEGEND));
    y += t->unit * 3;
    for (size_t i = 0; i < e->n; i++) {
        y += review_item(app, ui, i, x, y, w);
        y += t->unit * 2;
        draw_rect(&ui->dl, (Rect){x, y, w, typography_px(t, 1)}, th->rule, 0);
        y += t->unit * 3;
    }
    ui_scroll_end(ui, &st->result_scroll, y - top + t->unit * 5);
}
