/* screen_exam.c - the test itself: one question at a time, answered as in
 * practice but without feedback, under a clock that counts down (mm:ss)
 * and hands in at zero. Above the question a navigator shows every
 * question as a numbered cell: filled when answered, outlined when open,
 * a star when flagged, underlined when shown (shape and symbol, not only
 * colour); a click goes there. Below it: Vorige, Overslaan, Markeren,
 * Volgende and Inleveren, which first says how many are still open; each
 * keeps its place on every question (disabled where it cannot act).
 *
 * The test is closed-book: while it runs the top bar's ways to the book
 * are disabled and Ctrl+F does nothing (app.c asks
 * exam_screen_book_closed()); Esc and Terug ask "Toets stoppen?", and
 * stopping hands in. Only the settings may be opened, and the clock runs
 * on there (exam_screen_background()).
 *
 * The clock is the injected one (app->now_ms); the screen asks for a frame
 * at the next change of the seconds shown (app->wake_at_ms), so a test
 * costs one frame a second and the harness's `wait` steps through it. */
#include <stdio.h>
#include <string.h>

#include "exam_screens.h"
#include "screen_exam.h"
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
    st->stop_confirm = false;
    st->result_scroll.y = 0;
    exam_screen_record(app); /* a failure shows in app->error and on the result */
    if (app->screen == SCREEN_EXAM)
        app_replace(app, SCREEN_EXAM_RESULT);
    else
        app_open(app, SCREEN_EXAM_RESULT);
}

bool exam_screen_book_closed(const App *app)
{
    return app->exam.running;
}

void exam_screen_ask_stop(App *app)
{
    ExamState *st = &app->exam;
    if (!st->running)
        return;
    st->confirm = false;
    st->stop_confirm = true;
    if (app->screen != SCREEN_EXAM)
        app_open(app, SCREEN_EXAM);
}

void exam_screen_background(App *app)
{
    ExamState *st = &app->exam;
    /* The test screens keep their own clock. */
    if (!st->running || app->screen == SCREEN_EXAM || app->screen == SCREEN_EXAM_SETUP)
        return;
    if (exam_tick(&st->exam, (int64_t)app->now_ms)) {
        exam_screen_hand_in(app);
        return;
    }
    int64_t left = exam_remaining_ms(&st->exam, (int64_t)app->now_ms);
    if (left > 0) {
        uint64_t due = app->now_ms + (uint64_t)left;
        if (!app->wake_at_ms || due < app->wake_at_ms)
            app->wake_at_ms = due;
    }
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
/* The header: which question, and the clock; with STATUS (not NULL) the
 * counts between them, when the window is too low for a line of their
 * own. Returns its height. */
static int header(App *app, Ui *ui, int x, int y, int w, const char *status)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    Exam *e = &app->exam.exam;
    char buf[128];
    snprintf(buf, sizeof buf, app_str(app, STR_EXAM_QUESTION_OF), e->current + 1, e->n);
    int h = t->h2_line;
    ui_label(ui, x, y + (h - ui_text_height(ui, t->h3)) / 2, t->h3, th->heading, buf);
    int right = x + w; /* the left edge of the clock's part */
    int64_t left = exam_remaining_ms(e, (int64_t)app->now_ms);
    if (left < 0) {
        const char *s = app_str(app, STR_EXAM_NO_LIMIT);
        int sw = ui_text_width(ui, t->small, s, strlen(s));
        right = x + w - sw;
        ui_label(ui, right, y + (h - ui_text_height(ui, t->small)) / 2, t->small, th->muted, s);
    } else {
        char clock[16];
        exam_clock_text(left, clock);
        int cw = ui_text_width(ui, t->h2, clock, strlen(clock));
        /* The last minute in the warning colour; the digits say it too. */
        Color col = left <= 60000 ? th->wrong : th->heading;
        ui_label(ui, x + w - cw, y + (h - ui_text_height(ui, t->h2)) / 2, t->h2, col, clock);
        const char *label = app_str(app, STR_EXAM_TIME_LEFT);
        int lw = ui_text_width(ui, t->small, label, strlen(label));
        right = x + w - cw - t->unit - lw;
        ui_label(ui, right, y + (h - ui_text_height(ui, t->small)) / 2, t->small, th->muted, label);
    }
    if (status) {
        int sx = x + ui_text_width(ui, t->h3, buf, strlen(buf)) + t->unit * 2;
        int room = right - t->unit * 2 - sx;
        if (room > t->unit * 4)
            ui_label_fit(ui, sx, y + (h - ui_text_height(ui, t->small)) / 2, room, t->small, th->muted, status);
    }
    return h;
}

/* The navigator's cells: where they go, their size, the gaps between
 * them and how many fit in a row. */
typedef struct {
    int x, w;       /* the span the cells use */
    int cs;         /* a cell's side */
    int gap, gap_y; /* between cells in a row, between rows */
    int per, rows;
} NavLayout;

/* CENTRE: the cells' span is centred in X..X+W and narrowed to what
 * they use (a navigator wider than the reading column). */
static NavLayout nav_fit(int x, int w, int cs, int gap, int gap_y, size_t n, bool centre)
{
    NavLayout L = {x, w, cs, gap, gap_y, (w + gap) / (cs + gap), 0};
    if (L.per < 1)
        L.per = 1;
    L.rows = (int)((n + (size_t)L.per - 1) / (size_t)L.per);
    if (centre) {
        size_t cols = n < (size_t)L.per ? n : (size_t)L.per;
        int used = (int)cols * (cs + gap) - gap;
        if (used < w) {
            L.x = x + (w - used) / 2;
            L.w = used;
        }
    }
    return L;
}

static int nav_height(const NavLayout *L)
{
    return L->rows * (L->cs + L->gap_y);
}

/* Picks the largest cells that keep the navigator within MAXH: in the
 * reading column X..X+W first, then across the wider span WX..WX+WW,
 * then smaller cells in each. A long test in a small window gets small
 * cells over the whole width rather than a header that pushes the
 * question off the screen. */
static NavLayout nav_layout(App *app, Ui *ui, int x, int w, int wx, int ww, int maxh)
{
    const Typography *t = &app->typography;
    size_t n = app->exam.exam.n;
    /* Room between two rows for the mark under the current cell, with
     * a clear pixel above and below it. */
    int mark = typography_px(t, 3), space = typography_px(t, 1);
    int big = ui_button_height(ui);
    int minw = ui_text_width(ui, t->ui_bold, "40", 2) + t->unit * 2;
    big = big < minw ? minw : big;
    int small = ui_text_height(ui, t->ui_bold) + t->unit;
    minw = ui_text_width(ui, t->ui_bold, "40", 2) + t->unit;
    small = small < minw ? minw : small;
    int big_gap = t->unit / 2 + typography_px(t, 2), small_gap = typography_px(t, 3);
    int big_gy = big_gap > mark + 2 * space ? big_gap : mark + 2 * space;
    int small_gy = small_gap > mark + 2 * space ? small_gap : mark + 2 * space;
    NavLayout tries[4] = {
        nav_fit(x, w, big, big_gap, big_gy, n, false),
        nav_fit(wx, ww, big, big_gap, big_gy, n, true),
        nav_fit(x, w, small, small_gap, small_gy, n, false),
        nav_fit(wx, ww, small, small_gap, small_gy, n, true),
    };
    for (int i = 0; i < 3; i++)
        if (nav_height(&tries[i]) <= maxh)
            return tries[i];
    return tries[3];
}

/* The navigator: a cell per question, laid out by L, at Y. Returns its
 * height. */
static int navigator(App *app, Ui *ui, const NavLayout *L, int y)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    Exam *e = &app->exam.exam;
    int cs = L->cs, per = L->per;
    int radius = typography_px(t, 4);
    int mark = typography_px(t, 3), space = typography_px(t, 1);
    Font star = t->small_bold;
    for (size_t i = 0; i < e->n; i++) {
        Rect r = {L->x + (int)(i % (size_t)per) * (cs + L->gap), y + (int)(i / (size_t)per) * (cs + L->gap_y), cs, cs};
        UiId id = ui_id("exam-nav", i);
        UiState s = ui_interact(ui, id, r, UI_FOCUSABLE);
        if (s.clicked) {
            exam_goto(e, i, (int64_t)app->now_ms);
            app->exam.confirm = app->exam.stop_confirm = false;
        }
        bool answered = exam_answered(e, i), here = i == e->current;
        Color fg = answered ? th->accent_text : th->text;
        if (answered)
            draw_rect(&ui->dl, r, s.hover ? th->heading : th->accent, radius);
        else
            draw_rect(&ui->dl, r, s.hover ? th->button_hover : th->button, radius);
        draw_border(&ui->dl, r, answered ? th->accent : th->muted, typography_px(t, here ? 3 : 1), radius);
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        int nw = ui_text_width(ui, t->ui_bold, num, strlen(num));
        int nx = r.x + (cs - nw) / 2;
        if (e->flagged[i])
            nx = r.x + typography_px(t, 4) + (cs - nw - ui_text_width(ui, star, STAR, 3) - typography_px(t, 7)) / 2;
        ui_label(ui, nx, r.y + (cs - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, fg, num);
        if (e->flagged[i]) /* a star in the corner, the number moved aside */
            ui_label(ui, r.x + cs - ui_text_width(ui, star, STAR, 3) - typography_px(t, 3), r.y + typography_px(t, 1),
                     star, fg, STAR);
        /* In the gap under the cell, clear of the row below. */
        if (here)
            draw_rect(&ui->dl, (Rect){r.x, r.y + cs + space, cs, mark}, th->heading, 0);
        ui_focus_ring(ui, id, r, radius);
    }
    return nav_height(L);
}

typedef enum { ACT_PREV, ACT_SKIP, ACT_FLAG, ACT_NEXT, ACT_HAND_IN, ACT_COUNT } Action;

/* Every button is there on every question, each at the same place and
 * width: one that cannot act here (Vorige on the first question, Volgende
 * on the last) is shown disabled, and Markeren is as wide as the wider of
 * its two labels. So a click never lands on another button than the one
 * that was there a question ago. */
static void footer_labels(App *app, Ui *ui, const char *label[ACT_COUNT], int width[ACT_COUNT], bool enabled[ACT_COUNT])
{
    Exam *e = &app->exam.exam;
    label[ACT_PREV] = app_str(app, STR_EXAM_PREV);
    label[ACT_SKIP] = app_str(app, STR_EXAM_SKIP);
    label[ACT_FLAG] = app_str(app, e->flagged[e->current] ? STR_EXAM_UNFLAG : STR_EXAM_FLAG);
    label[ACT_NEXT] = app_str(app, STR_EXAM_NEXT);
    label[ACT_HAND_IN] = app_str(app, STR_EXAM_HAND_IN);
    for (int a = 0; a < ACT_COUNT; a++) {
        width[a] = ui_button_width(ui, label[a]);
        enabled[a] = true;
    }
    int flag = ui_button_width(ui, app_str(app, STR_EXAM_FLAG));
    int unflag = ui_button_width(ui, app_str(app, STR_EXAM_UNFLAG));
    width[ACT_FLAG] = flag > unflag ? flag : unflag;
    enabled[ACT_PREV] = e->current > 0;
    enabled[ACT_NEXT] = e->current + 1 < e->n;
}

/* The width the footer's buttons need in one row (with room before
 * Inleveren). */
static int footer_width(App *app, Ui *ui)
{
    const char *label[ACT_COUNT];
    int width[ACT_COUNT];
    bool enabled[ACT_COUNT];
    footer_labels(app, ui, label, width, enabled);
    int w = 3 * app->typography.unit;
    for (int a = 0; a < ACT_COUNT; a++)
        w += width[a] + app->typography.unit;
    return w;
}

/* Lays the footer's buttons out in rows (Inleveren at the right);
 * returns the height. With DRAW, draws them and acts on a click. */
static int footer(App *app, Ui *ui, int x, int y, int w, bool draw)
{
    const Typography *t = &app->typography;
    Exam *e = &app->exam.exam;
    const char *label[ACT_COUNT];
    int width[ACT_COUNT];
    bool enabled[ACT_COUNT];
    footer_labels(app, ui, label, width, enabled);
    int bh = ui_button_height(ui), gap = t->unit;
    int bx = x, by = y;
    for (int a = 0; a < ACT_COUNT; a++) {
        int bw = width[a];
        if (bw > w)
            bw = w;
        if (a == ACT_HAND_IN && bx + bw <= x + w)
            bx = x + w - bw; /* at the right, apart from the others */
        if (bx > x && bx + bw > x + w) {
            bx = x;
            by += bh + gap / 2;
        }
        Rect r = {bx, by, bw, bh};
        UiButtonKind kind = a == ACT_HAND_IN ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN;
        bx += bw + gap;
        if (!draw)
            continue;
        if (!enabled[a]) {
            ui_button_disabled(ui, r, label[a], kind);
            continue;
        }
        if (!ui_button(ui, ui_id("exam-act", (size_t)a), r, label[a], kind))
            continue;
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
    return by + bh - y;
}

typedef enum { PRESSED_NONE, PRESSED_BACK, PRESSED_OK } Pressed;

/* The buttons of a question to confirm at X, Y: BACK, then OK, named
 * NAME-back and NAME-ok; OK is the primary one when OK_PRIMARY, BACK
 * otherwise. Sets *PRESSED; returns the bottom of the row. */
static int confirm_buttons(App *app, Ui *ui, int x, int y, int w, const char *const ids[2], StrId back_label,
                           StrId ok_label, bool ok_primary, Pressed *pressed)
{
    const Typography *t = &app->typography;
    const char *back = app_str(app, back_label), *ok = app_str(app, ok_label);
    *pressed = PRESSED_NONE;
    UiFlow row;
    ui_flow_begin(&row, x, y, w, ui_button_height(ui), t->unit * 2, t->unit);
    if (ui_button(ui, ui_id(ids[0], 0), ui_flow_next(&row, ui_button_width(ui, back)), back,
                  ok_primary ? UI_BUTTON_PLAIN : UI_BUTTON_PRIMARY))
        *pressed = PRESSED_BACK;
    if (ui_button(ui, ui_id(ids[1], 0), ui_flow_next(&row, ui_button_width(ui, ok)), ok,
                  ok_primary ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN))
        *pressed = PRESSED_OK;
    return ui_flow_bottom(&row);
}

/* "Toets inleveren?" with the number of open questions. */
static void confirm(App *app, Ui *ui, Rect area, int x, int w)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typography *t = &app->typography;
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
    static const char *const ids[2] = {"exam-confirm-back", "exam-confirm-ok"};
    Pressed pressed;
    y = confirm_buttons(app, ui, x, y, w, ids, STR_EXAM_CONFIRM_BACK, STR_EXAM_CONFIRM_OK, true, &pressed);
    if (pressed == PRESSED_BACK)
        st->confirm = false;
    else if (pressed == PRESSED_OK)
        exam_screen_hand_in(app);
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
}

/* "Toets stoppen?": Doorgaan goes back to the question, Stoppen hands
 * the test in with the answers given so far. */
static void stop_confirm(App *app, Ui *ui, Rect area, int x, int w)
{
    ExamState *st = &app->exam;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int top = ui_scroll_begin(ui, &st->scroll, ui_id("exam-stop", 0), area, UI_SCROLL_KEYS);
    int y = top + t->unit * 4;
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_EXAM_STOP_TITLE));
    y += t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_EXAM_STOP_TEXT));
    y += t->unit * 3;
    static const char *const ids[2] = {"exam-stop-back", "exam-stop-ok"};
    Pressed pressed;
    y = confirm_buttons(app, ui, x, y, w, ids, STR_EXAM_STOP_BACK, STR_EXAM_STOP_OK, false, &pressed);
    if (pressed == PRESSED_BACK) {
        st->stop_confirm = false;
    } else if (pressed == PRESSED_OK) {
        st->stopped = true;
        exam_screen_hand_in(app);
    }
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
    case QUESTION_NUMERIC:
        return STR_QV_NUMERIC_HINT;
    default:
        return STR_QV_CHOOSE_ONE;
    }
}

void screen_exam_frame(App *app, Ui *ui, Rect body)
{
    ExamState *st = &app->exam;
    Exam *e = &st->exam;
    const Typography *t = &app->typography;
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
        st->view.say_refusal = true; /* no check to wait for: say it as it is typed */
        ui->focus = 0;
        ui->caret_owner = 0;
    }
    /* Esc closes a question that is showing, else asks whether to stop:
     * the test is never left running behind the student's back. */
    if (ui_key(ui, UI_KEY_ESCAPE, 0)) {
        if (st->confirm || st->stop_confirm)
            st->confirm = st->stop_confirm = false;
        else
            st->stop_confirm = true;
    }
    bool asking = st->confirm || st->stop_confirm;
    /* The question's keys (picks, arrows) before the scroll area's. */
    if (!asking && practice_view_keys(app, ui, &st->view, &pi))
        exam_touch(e, cur);
    if (ui_key(ui, UI_KEY_LEFT, UI_MOD_ALT) && e->current > 0)
        exam_goto(e, e->current - 1, now);
    if (ui_key(ui, UI_KEY_RIGHT, UI_MOD_ALT) && e->current + 1 < e->n)
        exam_goto(e, e->current + 1, now);

    int x, w;
    app_column(app, ui, body, &x, &w);
    /* The header (which question, the clock, the navigator, the counts)
     * takes at most a quarter of the window's height, so the question
     * keeps the room: the navigator gets what the rest leaves. */
    int pad = t->unit * 2;
    int status_line = t->unit / 2 + t->small_line;
    int rest = t->h2_line + t->unit + status_line + t->unit;
    int quarter = ui->height / 4;
    NavLayout nav = nav_layout(app, ui, x, w, body.x + 2 * t->unit, body.w - 4 * t->unit, quarter - pad - rest);
    /* Still too tall: less room above, then the counts beside the
     * question's number instead of under the cells. */
    if (pad + rest + nav_height(&nav) > quarter)
        pad = t->unit / 2;
    bool status_inline = pad + rest + nav_height(&nav) > quarter;
    char buf[256];
    size_t flags = 0;
    for (size_t i = 0; i < e->n; i++)
        flags += e->flagged[i];
    size_t open = exam_unanswered(e);
    snprintf(buf, sizeof buf, app_str(app, STR_EXAM_STATUS), e->n - open, open, flags);
    /* A navigator wider than the column takes the header with it. */
    int hx = nav.x, hw = nav.w;
    int y = body.y + pad;
    int hy = y;
    y += header(app, ui, hx, y, hw, status_inline ? buf : NULL);
    if (!status_inline && !asking) {
        /* Lees voor, as in practice (a read-aloud aid, not a hint), beside
         * the question's number, where the counts go on a small window. */
        char num[128];
        snprintf(num, sizeof num, app_str(app, STR_EXAM_QUESTION_OF), e->current + 1, e->n);
        int cx = hx + ui_text_width(ui, t->h3, num, strlen(num)) + t->unit * 3;
        bool go;
        speak_control(app, ui, "speak-exam", cx, hy + (t->h2_line - ui_button_height(ui)) / 2,
                      speak_control_width(app, ui, q), q, &go);
        if (go) {
            SpeechScript sc;
            speak_start(app, practice_speech(&pi, &sc) ? &sc : NULL, q, 0);
        }
    }
    y += t->unit;
    y += navigator(app, ui, &nav, y);
    if (!status_inline) {
        y += t->unit / 2;
        ui_label_fit(ui, hx, y, hw, t->small, th->muted, buf);
        y += t->small_line;
    }
    y += t->unit;
    draw_rect(&ui->dl, (Rect){body.x, y, body.w, typography_px(t, 1)}, th->rule, 0);

    if (st->stop_confirm) {
        stop_confirm(app, ui, (Rect){body.x, y, body.w, body.y + body.h - y}, x, w);
    } else if (st->confirm) {
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
        Rect mid = {body.x, y + typography_px(t, 1), body.w, fy - y - typography_px(t, 1)};
        /* Cloze blanks are text fields: their keys must not scroll. */
        unsigned keys = practice_typed(q) ? 0 : UI_SCROLL_KEYS;
        int top = ui_scroll_begin(ui, &st->scroll, ui_id("exam-q", 0), mid, keys);
        int qy = top + t->unit * 3;
        char prompt[4096];
        practice_prompt(q, prompt, sizeof prompt);
        if (ui->mark.markup == q->prompt) /* drawn from a copy */
            ui->mark.markup = prompt;
        qy += ui_paragraph(ui, x, qy, w, t->h4, th->heading, t->line, prompt) + t->unit / 2;
        if (ui->mark.markup == prompt)
            ui->mark.markup = q->prompt;
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
        qy += t->unit / 2;
        qy += ui_paragraph(ui, x, qy, w, t->small, th->muted, t->small_line, app_str(app, STR_EXAM_BOOK_CLOSED));
        ui_scroll_end(ui, &st->scroll, qy - top + t->unit * 3);
        speak_follow(app, ui, &st->scroll, ui->mark.at);
        draw_rect(&ui->dl, (Rect){body.x, fy, body.w, fh}, th->bar, 0);
        draw_rect(&ui->dl, (Rect){body.x, fy, body.w, typography_px(t, 1)}, th->rule, 0);
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
