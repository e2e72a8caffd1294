/* screen_exam.c - the test itself: one question at a time, answered as in
 * practice but without feedback, under a clock that counts down (mm:ss)
 * and hands in at zero. Above the question a navigator shows every
 * question as a numbered cell: filled when answered, outlined when open,
 * a star when flagged, underlined when shown (shape and symbol, not only
 * colour); a click goes there. Below it: Vorige, Overslaan, Markeren,
 * Volgende and Inleveren, which first says how many are still open.
 *
 * The clock is the injected one (app->now_ms); the screen asks for a frame
 * at the next change of the seconds shown (app->wake_at_ms), so a test
 * costs one frame a second and the harness's `wait` steps through it. */
#include <stdio.h>
#include <string.h>

#include "exam_screens.h"
#include "widgets.h"

#define STAR "\xE2\x98\x85"

void exam_screen_hand_in(App *app)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    if (!st->running)
        return;
    /* Out of memory leaves the test open; the next click or tick retries. */
    if (!e->handed_in && !exam_hand_in(e, (int64_t)app->now_ms))
        return;
    st->running = false;
    st->finished = true;
    st->confirm = false;
    st->result_scroll.y = 0;
    exam_screen_record(app); /* a failure shows in app->error and on the result */
    if (app->screen == SCREEN_EXAM)
        app_replace(app, SCREEN_EXAM_RESULT);
    else
        app_open(app, SCREEN_EXAM_RESULT);
}

/* The next open question after the current one, wrapping; the next one
 * in order when every other question has an answer. */
static size_t next_open(const Exam *e)
{
    for (size_t k = 1; k < e->n; k++) {
        size_t i = (e->current + k) % e->n;
        if (!exam_answered(e, i))
            return i;
    }
    return e->current + 1 < e->n ? e->current + 1 : e->current;
}

/* The header: which question, and the clock. Returns its height. */
static int header(App *app, Ui *ui, int x, int y, int w)
{
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    Exam *e = &app->exam.exam;
    char buf[128];
    snprintf(buf, sizeof buf, app_str(app, STR_EXAM_QUESTION_OF), e->current + 1, e->n);
    int h = t->h2_line;
    ui_label(ui, x, y + (h - ui_text_height(ui, t->h3)) / 2, t->h3, th->heading, buf);
    int64_t left = exam_remaining_ms(e, (int64_t)app->now_ms);
    if (left < 0) {
        const char *s = app_str(app, STR_EXAM_NO_LIMIT);
        int sw = ui_text_width(ui, t->small, s, strlen(s));
        ui_label(ui, x + w - sw, y + (h - ui_text_height(ui, t->small)) / 2, t->small, th->muted, s);
        return h;
    }
    char clock[16];
    exam_clock_text(left, clock);
    int cw = ui_text_width(ui, t->h2, clock, strlen(clock));
    /* The last minute in the warning colour; the digits say it too. */
    Color col = left <= 60000 ? th->wrong : th->heading;
    ui_label(ui, x + w - cw, y + (h - ui_text_height(ui, t->h2)) / 2, t->h2, col, clock);
    const char *label = app_str(app, STR_EXAM_TIME_LEFT);
    int lw = ui_text_width(ui, t->small, label, strlen(label));
    ui_label(ui, x + w - cw - t->unit - lw, y + (h - ui_text_height(ui, t->small)) / 2, t->small, th->muted, label);
    return h;
}

/* The navigator: a cell per question. Returns its height. It takes at
 * most about a sixth of the screen's height MAXH: smaller cells when a
 * long test meets a small window. */
static int navigator(App *app, Ui *ui, int x, int y, int w, int maxh)
{
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    Exam *e = &app->exam.exam;
    int cs = ui_button_height(ui);
    int minw = ui_text_width(ui, t->ui_bold, "40", 2) + t->unit * 2;
    if (cs < minw)
        cs = minw;
    int gap = t->unit / 2 + typo_px(t, 2);
    int per = (w + gap) / (cs + gap);
    if (per < 1)
        per = 1;
    if ((int)((e->n + (size_t)per - 1) / (size_t)per) * (cs + gap) > maxh) {
        cs = ui_text_height(ui, t->ui_bold) + t->unit;
        minw = ui_text_width(ui, t->ui_bold, "40", 2) + t->unit;
        cs = cs < minw ? minw : cs;
        gap = typo_px(t, 3);
        per = (w + gap) / (cs + gap);
        per = per < 1 ? 1 : per;
    }
    int radius = typo_px(t, 4);
    Font star = t->small_bold;
    for (size_t i = 0; i < e->n; i++) {
        Rect r = {x + (int)(i % (size_t)per) * (cs + gap), y + (int)(i / (size_t)per) * (cs + gap), cs, cs};
        UiId id = ui_id("exam-nav", i);
        UiState s = ui_interact(ui, id, r, UI_FOCUSABLE);
        if (s.clicked) {
            exam_goto(e, i, (int64_t)app->now_ms);
            app->exam.confirm = false;
        }
        bool answered = exam_answered(e, i), here = i == e->current;
        Color fg = answered ? th->accent_text : th->text;
        if (answered)
            draw_rect(&ui->dl, r, s.hover ? th->heading : th->accent, radius);
        else
            draw_rect(&ui->dl, r, s.hover ? th->button_hover : th->button, radius);
        draw_border(&ui->dl, r, answered ? th->accent : th->muted, typo_px(t, here ? 3 : 1), radius);
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        int nw = ui_text_width(ui, t->ui_bold, num, strlen(num));
        int nx = r.x + (cs - nw) / 2;
        if (e->flagged[i])
            nx = r.x + typo_px(t, 4) + (cs - nw - ui_text_width(ui, star, STAR, 3) - typo_px(t, 7)) / 2;
        ui_label(ui, nx, r.y + (cs - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, fg, num);
        if (e->flagged[i]) /* a star in the corner, the number moved aside */
            ui_label(ui, r.x + cs - ui_text_width(ui, star, STAR, 3) - typo_px(t, 3), r.y + typo_px(t, 1), star, fg,
                     STAR);
        if (here)
            draw_rect(&ui->dl, (Rect){r.x, r.y + cs + typo_px(t, 2), cs, typo_px(t, 3)}, th->heading, 0);
        ui_focus_ring(ui, id, r, radius);
    }
    int rows = (int)((e->n + (size_t)per - 1) / (size_t)per);
    return rows * (cs + gap) + typo_px(t, 3);
}

typedef enum { ACT_PREV, ACT_SKIP, ACT_FLAG, ACT_NEXT, ACT_HAND_IN, ACT_COUNT } Action;

static void footer_labels(App *app, const char *label[ACT_COUNT], bool shown[ACT_COUNT])
{
    Exam *e = &app->exam.exam;
    label[ACT_PREV] = app_str(app, STR_EXAM_PREV);
    label[ACT_SKIP] = app_str(app, STR_EXAM_SKIP);
    label[ACT_FLAG] = app_str(app, e->flagged[e->current] ? STR_EXAM_UNFLAG : STR_EXAM_FLAG);
    label[ACT_NEXT] = app_str(app, STR_EXAM_NEXT);
    label[ACT_HAND_IN] = app_str(app, STR_EXAM_HAND_IN);
    shown[ACT_PREV] = e->current > 0;
    shown[ACT_SKIP] = shown[ACT_FLAG] = shown[ACT_HAND_IN] = true;
    shown[ACT_NEXT] = e->current + 1 < e->n;
}

/* The width the footer's buttons need in one row (with room before
 * Inleveren). */
static int footer_width(App *app, Ui *ui)
{
    const char *label[ACT_COUNT];
    bool shown[ACT_COUNT];
    footer_labels(app, label, shown);
    int w = 3 * app->typo.unit;
    for (int a = 0; a < ACT_COUNT; a++)
        if (shown[a])
            w += ui_button_width(ui, label[a]) + app->typo.unit;
    return w;
}

/* Lays the footer's buttons out in rows (Inleveren at the right);
 * returns the height. With DRAW, draws them and acts on a click. */
static int footer(App *app, Ui *ui, int x, int y, int w, bool draw)
{
    const Typo *t = &app->typo;
    Exam *e = &app->exam.exam;
    const char *label[ACT_COUNT];
    bool shown[ACT_COUNT];
    footer_labels(app, label, shown);
    int bh = ui_button_height(ui), gap = t->unit;
    int bx = x, by = y;
    for (int a = 0; a < ACT_COUNT; a++) {
        if (!shown[a])
            continue;
        int bw = ui_button_width(ui, label[a]);
        if (bw > w)
            bw = w;
        if (a == ACT_HAND_IN && bx + bw <= x + w)
            bx = x + w - bw; /* at the right, apart from the others */
        if (bx > x && bx + bw > x + w) {
            bx = x;
            by += bh + gap / 2;
        }
        if (draw && ui_button(ui, ui_id("exam-act", (size_t)a), (Rect){bx, by, bw, bh}, label[a],
                              a == ACT_HAND_IN ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN)) {
            int64_t now = (int64_t)app->now_ms;
            switch ((Action)a) {
            case ACT_PREV:
                exam_goto(e, e->current - 1, now);
                break;
            case ACT_SKIP:
                exam_goto(e, next_open(e), now);
                break;
            case ACT_FLAG:
                exam_toggle_flag(e, e->current);
                break;
            case ACT_NEXT:
                exam_goto(e, e->current + 1, now);
                break;
            case ACT_HAND_IN:
                app->exam.confirm = true;
                break;
            case ACT_COUNT:
                break;
            }
        }
        bx += bw + gap;
    }
    return by + bh - y;
}

/* "Toets inleveren?" with the number of open questions. */
static void confirm(App *app, Ui *ui, Rect area, int x, int w)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    int top = ui_scroll_begin(ui, &st->scroll, ui_id("exam-confirm", 0), area, UI_SCROLL_KEYS);
    int y = top + t->unit * 4;
    char buf[512];
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_EXAM_CONFIRM_TITLE));
    y += t->unit * 2;
    size_t open = exam_unanswered(e), flags = 0;
    for (size_t i = 0; i < e->n; i++)
        flags += e->flagged[i];
    if (open == 0)
        snprintf(buf, sizeof buf, "%s", app_str(app, STR_EXAM_CONFIRM_ALL));
    else if (open == 1)
        snprintf(buf, sizeof buf, app_str(app, STR_EXAM_CONFIRM_OPEN1), e->n);
    else
        snprintf(buf, sizeof buf, app_str(app, STR_EXAM_CONFIRM_OPEN), open, e->n);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    if (flags) {
        snprintf(buf, sizeof buf, app_str(app, STR_EXAM_CONFIRM_FLAGS), flags);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    }
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_EXAM_CONFIRM_NOTE));
    y += t->unit * 3;
    int bh = ui_button_height(ui);
    const char *back = app_str(app, STR_EXAM_CONFIRM_BACK), *ok = app_str(app, STR_EXAM_CONFIRM_OK);
    int b1 = ui_button_width(ui, back), b2 = ui_button_width(ui, ok);
    if (ui_button(ui, ui_id("exam-confirm-back", 0), (Rect){x, y, b1, bh}, back, UI_BUTTON_PLAIN))
        st->confirm = false;
    int ox = x + b1 + t->unit * 2, oy = y;
    if (ox + b2 > x + w) {
        ox = x;
        oy = y + bh + t->unit;
    }
    if (ui_button(ui, ui_id("exam-confirm-ok", 0), (Rect){ox, oy, b2, bh}, ok, UI_BUTTON_PRIMARY))
        exam_screen_hand_in(app);
    y = oy + bh;
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
}

/* What to do, without feedback: no "Enter checks" in a test. */
static StrId hint_of(const Question *q)
{
    switch (q->type) {
    case QUESTION_MULTIPLE:
        return STR_QV_CHOOSE_ALL;
    case QUESTION_MATCHING:
        return STR_QV_MATCH_HINT;
    case QUESTION_ORDERING:
        return STR_QV_ORDER_HINT;
    case QUESTION_CLOZE:
        return STR_QV_CLOZE_HINT;
    default:
        return STR_QV_CHOOSE_ONE;
    }
}

void screen_exam_frame(App *app, Ui *ui, Rect body)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    if (!st->running) {
        app_replace(app, st->finished ? SCREEN_EXAM_RESULT : SCREEN_EXAM_SETUP);
        return;
    }
    int64_t now = (int64_t)app->now_ms;
    if (exam_tick(e, now)) {
        exam_screen_hand_in(app);
        return;
    }
    const Question *q = exam_question(e, e->current);
    size_t cur = e->current;
    PracticeItem pi = {q, &e->orders[cur], &e->answers[cur], NULL, QUIZ_OPEN};
    if (st->view_question != cur) {
        /* Another question: a fresh view, no focus, the top. */
        st->view_question = cur;
        st->scroll.y = 0;
        practice_view_reset(&st->view, &pi);
        ui->focus = 0;
        ui->caret_owner = 0;
    }
    if (st->confirm && ui_key(ui, UI_KEY_ESCAPE, 0))
        st->confirm = false;
    /* The question's keys (picks, arrows) before the scroll area's. */
    if (!st->confirm && practice_view_keys(app, ui, &st->view, &pi))
        exam_touch(e, cur);
    if (ui_key(ui, UI_KEY_LEFT, UI_MOD_ALT) && e->current > 0)
        exam_goto(e, e->current - 1, now);
    if (ui_key(ui, UI_KEY_RIGHT, UI_MOD_ALT) && e->current + 1 < e->n)
        exam_goto(e, e->current + 1, now);

    int x, w;
    app_column(app, ui, body, &x, &w);
    int y = body.y + t->unit * 2;
    y += header(app, ui, x, y, w);
    y += t->unit;
    y += navigator(app, ui, x, y, w, body.h / 6);
    char buf[256];
    size_t flags = 0;
    for (size_t i = 0; i < e->n; i++)
        flags += e->flagged[i];
    size_t open = exam_unanswered(e);
    snprintf(buf, sizeof buf, app_str(app, STR_EXAM_STATUS), e->n - open, open, flags);
    y += t->unit / 2;
    ui_label_fit(ui, x, y, w, t->small, th->muted, buf);
    y += t->small_line + t->unit;
    draw_rect(&ui->dl, (Rect){body.x, y, body.w, typo_px(t, 1)}, th->rule, 0);

    if (st->confirm) {
        confirm(app, ui, (Rect){body.x, y, body.w, body.y + body.h - y}, x, w);
    } else {
        /* The buttons in one row when the window allows, wider than the
         * column if need be. */
        int fx = x, fw = w, need = footer_width(app, ui);
        if (need > w) {
            int most = body.w - 4 * t->unit;
            fw = need < most ? need : most > w ? most : w;
            fx = body.x + (body.w - fw) / 2;
        }
        int fh = footer(app, ui, fx, 0, fw, false) + t->unit * 2;
        int fy = body.y + body.h - fh;
        Rect mid = {body.x, y + typo_px(t, 1), body.w, fy - y - typo_px(t, 1)};
        /* Cloze blanks are text fields: their keys must not scroll. */
        unsigned keys = q->type == QUESTION_CLOZE ? 0 : UI_SCROLL_KEYS;
        int top = ui_scroll_begin(ui, &st->scroll, ui_id("exam-q", 0), mid, keys);
        int qy = top + t->unit * 3;
        char prompt[4096];
        practice_prompt(q, prompt, sizeof prompt);
        qy += ui_paragraph(ui, x, qy, w, t->h4, th->heading, t->line, prompt) + t->unit / 2;
        qy += ui_paragraph(ui, x, qy, w, t->small, th->muted, t->small_line, app_str(app, hint_of(q)));
        qy += t->unit * 2;
        bool changed = false;
        qy += practice_view_draw(app, ui, &st->view, &pi, x, qy, w, &changed);
        if (changed)
            exam_touch(e, cur);
        qy += t->unit * 2;
        if (e->flagged[cur]) {
            qy += ui_paragraph(ui, x, qy, w, t->small_bold, th->accent, t->small_line, app_str(app, STR_EXAM_FLAGGED));
            qy += t->unit;
        }
        qy += ui_paragraph(ui, x, qy, w, t->small, th->muted, t->small_line, app_str(app, STR_EXAM_LEGEND));
        ui_scroll_end(ui, &st->scroll, qy - top + t->unit * 3);
        draw_rect(&ui->dl, (Rect){body.x, fy, body.w, fh}, th->bar, 0);
        draw_rect(&ui->dl, (Rect){body.x, fy, body.w, typo_px(t, 1)}, th->rule, 0);
        footer(app, ui, fx, fy + t->unit, fw, true);
    }
    /* The next second the clock shows. */
    int64_t left = exam_remaining_ms(e, now);
    if (st->running && left > 0) {
        int64_t step = left % 1000 ? left % 1000 : 1000;
        uint64_t due = app->now_ms + (uint64_t)step;
        if (!app->wake_at_ms || due < app->wake_at_ms)
            app->wake_at_ms = due;
    }
}
