/* practice_draw.c - draws a practice question (see practice_view.h) and
 * turns clicks on it into answer changes. Every row of a question is one
 * click target that joins the focus order without taking Enter (that is
 * the screen's "check, then go on"), so its interaction is ui_interact
 * without UI_FOCUSABLE plus ui_focusable. */
#include <stdio.h>
#include <string.h>

#include "answer_text.h"
#include "app.h"
#include "practice_internal.h"
#include "practice_view.h"
#include "widgets.h"

/* A check's marks and feedback show only while they describe the answer on
 * screen: the practice screen passes no grade once the answer has changed
 * since its check, so nothing of another answer (an option never checked,
 * a pair since moved) can show. */
static bool marked(const PracticeItem *it)
{
    return it->state != QUIZ_OPEN && it->grade && it->grade->marks;
}

static GradeMark mark_of(const PracticeItem *it, size_t i)
{
    if (!marked(it) || i >= it->grade->n)
        return GRADE_NEUTRAL;
    GradeMark m = it->grade->marks[i];
    return it->state == QUIZ_RETRY && m == GRADE_MISSED ? GRADE_NEUTRAL : m;
}

static Color mark_colour(const Theme *t, GradeMark m)
{
    return m == GRADE_WRONG ? t->wrong : m == GRADE_NEUTRAL ? t->muted : t->right;
}

static const char *mark_label(const App *app, GradeMark m)
{
    return app_str(app, m == GRADE_RIGHT    ? STR_QUIZ_MARK_RIGHT
                        : m == GRADE_WRONG  ? STR_QUIZ_MARK_WRONG
                        : m == GRADE_MISSED ? STR_QUIZ_MARK_MISSED
                                            : STR_QUIZ_MARK_RIGHT);
}

/* The widest mark label: the room kept for marks at the right of rows. */
static int mark_room(App *app, Ui *ui)
{
    int w = 0;
    for (int m = GRADE_RIGHT; m <= GRADE_MISSED; m++) {
        const char *s = mark_label(app, (GradeMark)m);
        int mw = ui_text_width(ui, app->typography.ui_bold, s, strlen(s));
        w = mw > w ? mw : w;
    }
    return w;
}

static void badge(App *app, Ui *ui, Rect b, const char *label, bool on, bool round, Color edge)
{
    const Theme *t = app->theme;
    int radius = round ? b.w / 2 : typography_px(&app->typography, 5);
    draw_rect(&ui->dl, b, on ? t->accent : t->button, radius);
    draw_border(&ui->dl, b, on ? t->accent : edge, typography_px(&app->typography, 2), radius);
    Font f = app->typography.ui_bold;
    int lw = ui_text_width(ui, f, label, strlen(label)), lh = ui_text_height(ui, f);
    ui_label(ui, b.x + (b.w - lw) / 2, b.y + (b.h - lh) / 2, f, on ? t->accent_text : t->text, label);
}

/* ---- drawing ---- */

typedef struct {
    App *app;
    Ui *ui;
    PracticeView *v;
    const PracticeItem *it;
    const Typography *t;
    const Theme *th;
    int pad, bs, radius, marks; /* row padding, badge size, corner, mark room */
    bool changed;
} Ctx;

/* A row's clicks while the answer can change; once it is shown, rows
 * are text (no hover, no hand cursor). */
static UiState interact(Ctx *c, UiId id, Rect r)
{
    UiState none = {0};
    return practice_editable(c->it) ? ui_interact(c->ui, id, r, 0) : none;
}

/* Background and outline of a row in its state. */
static void row_frame(Ctx *c, Rect r, GradeMark m, bool on, bool hot)
{
    const Theme *th = c->th;
    Color bg = m == GRADE_RIGHT   ? th->right_soft
               : m == GRADE_WRONG ? th->wrong_soft
               : on               ? th->accent_soft
                                  : th->button;
    if (hot && practice_editable(c->it) && m == GRADE_NEUTRAL && !on)
        bg = th->button_hover;
    draw_rect(&c->ui->dl, r, bg, c->radius);
    Color edge = m != GRADE_NEUTRAL ? mark_colour(th, m) : on ? th->accent : th->border;
    draw_border(&c->ui->dl, r, edge, typography_px(c->t, m != GRADE_NEUTRAL || on ? 2 : 1), c->radius);
}

/* The mark's symbol and word, right-aligned at the row's top line. */
static void mark_at(Ctx *c, GradeMark m, int right, int y, int line_h)
{
    if (m == GRADE_NEUTRAL)
        return;
    const char *s = mark_label(c->app, m);
    Font f = c->t->ui_bold;
    int w = ui_text_width(c->ui, f, s, strlen(s));
    ui_label(c->ui, right - w, y + (line_h - ui_text_height(c->ui, f)) / 2, f, mark_colour(c->th, m), s);
}

static int small_h(Ctx *c, int w, const char *s)
{
    return s && *s ? ui_paragraph_height(c->ui, w, c->t->small, c->t->small_line, s) : 0;
}

static int small(Ctx *c, int x, int y, int w, Color col, const char *s)
{
    return s && *s ? ui_paragraph(c->ui, x, y, w, c->t->small, col, c->t->small_line, s) : 0;
}

static const char *option_text(Ctx *c, const Option *o)
{
    if (c->it->q->type == QUESTION_TRUEFALSE)
        return app_str(c->app, strcmp(o->id, "true") == 0 ? STR_QUIZ_TRUE : STR_QUIZ_FALSE);
    return o->text;
}

static int options(Ctx *c, int x, int y, int w)
{
    const PracticeItem *it = c->it;
    const Typography *t = c->t;
    bool round = it->q->type != QUESTION_MULTIPLE;
    int y0 = y;
    int tx = x + c->pad + c->bs + t->unit * 2;
    int tw = x + w - c->pad - c->marks - tx;
    for (size_t k = 0; k < it->order->n; k++) {
        size_t i = it->order->shown[k];
        const Option *o = &it->q->options[i];
        GradeMark m = mark_of(it, i);
        bool chosen = it->answer->chosen[i];
        const char *fb = marked(it) && chosen ? o->feedback : NULL;
        const char *text = option_text(c, o);
        int th = ui_paragraph_height(c->ui, tw, t->body, t->line, text);
        int top = th > c->bs ? th : c->bs;
        int fbh = fb ? small_h(c, tw, fb) + t->unit : 0;
        Rect r = {x, y, w, top + 2 * c->pad + fbh};
        UiId id = ui_id("pv-opt", k);
        if (practice_editable(it))
            ui_focusable(c->ui, id, r);
        UiState st = interact(c, id, r);
        row_frame(c, r, m, chosen, st.hover);
        char b[4];
        practice_choice_badge(c->app, it->q, i, k, b);
        Rect br = {x + c->pad, y + c->pad + (top - c->bs) / 2, c->bs, c->bs};
        badge(c->app, c->ui, br, b, chosen, round, m != GRADE_NEUTRAL ? mark_colour(c->th, m) : c->th->muted);
        ui_paragraph(c->ui, tx, y + c->pad + (top - th) / 2, tw, t->body, c->th->text, t->line, text);
        mark_at(c, m, x + w - c->pad, y + c->pad, t->line);
        if (fb)
            small(c, tx, y + c->pad + top + t->unit, tw, c->th->text, fb);
        ui_focus_ring(c->ui, id, r, c->radius);
        if (st.clicked && practice_editable(it)) {
            quiz_answer_choose(it->answer, i);
            ui_set_focus(c->ui, id, false);
            c->changed = true;
        }
        y += r.h + t->unit;
    }
    return y - y0;
}

/* The position in the right-hand column that shows pair P. */
static size_t right_position(const PracticeItem *it, size_t p)
{
    for (size_t k = 0; k < it->order->n; k++)
        if (it->order->right[k] == p)
            return k;
    return QUIZ_NONE;
}

static int matching(Ctx *c, int x, int y, int w)
{
    const PracticeItem *it = c->it;
    const Question *q = it->q;
    const Typography *t = c->t;
    const Theme *th = c->th;
    size_t n = it->order->n;
    bool two = w >= t->body.size * 26; /* two columns of at least ~20 characters */
    int gap = two ? t->unit * 3 : 0;
    int lw = two ? (w - gap) / 2 : w, rw = two ? w - gap - lw : w;
    int y0 = y;
    /* Which left item a letter goes to, said above the right column. */
    size_t target = c->v->pick != QUIZ_NONE ? c->v->pick : practice_first_open_left(it);
    char head[160] = "";
    if (practice_editable(it) && target != QUIZ_NONE)
        snprintf(head, sizeof head, app_str(c->app, STR_QUIZ_PICK_PARTNER), target + 1);
    int head_h = practice_editable(it) ? t->ui_line + t->unit : 0;

    int ly = y + (two ? head_h : 0), tx_off = c->pad + c->bs + t->unit * 3 / 2;
    int ltw = lw - tx_off - c->pad;
    for (size_t k = 0; k < n; k++) {
        size_t li = it->order->shown[k];
        const Option *o = &q->options[li];
        size_t p = it->answer->match[li];
        GradeMark m = mark_of(it, li);
        char tag[320];
        if (p != QUIZ_NONE) {
            char b[4];
            practice_badge(right_position(it, p), true, b);
            snprintf(tag, sizeof tag, "\xE2\x86\x92 %s", b);
        } else {
            snprintf(tag, sizeof tag, "%s", app_str(c->app, STR_QUIZ_NO_PARTNER));
        }
        char right_is[600] = "";
        if (it->state == QUIZ_CHECKED && m == GRADE_WRONG)
            snprintf(right_is, sizeof right_is, app_str(c->app, STR_QUIZ_RIGHT_IS), o->match);
        const char *fb = marked(it) && p != QUIZ_NONE ? o->feedback : NULL;
        if (it->state == QUIZ_CHECKED)
            fb = o->feedback;
        int th_ = ui_paragraph_height(c->ui, ltw, t->body, t->line, o->text);
        int top = th_ > c->bs ? th_ : c->bs;
        int extra = t->ui_line + (right_is[0] ? small_h(c, ltw, right_is) + t->unit / 2 : 0) +
                    (fb ? small_h(c, ltw, fb) + t->unit / 2 : 0);
        Rect r = {x, ly, lw, top + 2 * c->pad + extra};
        UiId id = ui_id("pv-left", k);
        if (practice_editable(it))
            ui_focusable(c->ui, id, r);
        UiState st = interact(c, id, r);
        bool picked = practice_editable(it) && c->v->pick == k;
        row_frame(c, r, m, picked, st.hover);
        char b[4];
        practice_badge(k, false, b);
        badge(c->app, c->ui, (Rect){r.x + c->pad, r.y + c->pad + (top - c->bs) / 2, c->bs, c->bs}, b, picked, false,
              th->muted);
        int ty = r.y + c->pad;
        ui_paragraph(c->ui, r.x + tx_off, ty + (top - th_) / 2, ltw, t->body, th->text, t->line, o->text);
        ty += top;
        ui_label_fit(c->ui, r.x + tx_off, ty, ltw - c->marks, p != QUIZ_NONE ? t->ui_bold : t->ui,
                     p != QUIZ_NONE ? th->accent : th->muted, tag);
        mark_at(c, m, r.x + r.w - c->pad, ty, t->ui_line);
        ty += t->ui_line;
        if (right_is[0])
            ty += small(c, r.x + tx_off, ty + t->unit / 2, ltw, th->text, right_is) + t->unit / 2;
        if (fb)
            small(c, r.x + tx_off, ty + t->unit / 2, ltw, th->text, fb);
        ui_focus_ring(c->ui, id, r, c->radius);
        if (st.clicked && practice_editable(it)) {
            c->v->pick = c->v->pick == k ? QUIZ_NONE : k;
            ui_set_focus(c->ui, id, false);
        }
        ly = r.y + r.h + t->unit;
    }

    /* The right-hand column: beside the left one, or under it. */
    int rx = two ? x + lw + gap : x;
    int ry = two ? y : ly + t->unit;
    if (head_h) {
        if (head[0])
            ui_label_fit(c->ui, rx, ry, rw, t->ui_bold, th->accent, head);
        ry += head_h;
    }
    int rtw = rw - tx_off - c->pad;
    for (size_t k = 0; k < n; k++) {
        size_t p = it->order->right[k];
        size_t user = QUIZ_NONE; /* the left position that holds it */
        for (size_t j = 0; j < n; j++)
            if (it->answer->match[it->order->shown[j]] == p)
                user = j;
        char used[64] = "";
        if (user != QUIZ_NONE)
            snprintf(used, sizeof used, app_str(c->app, STR_QUIZ_USED_BY), user + 1);
        const char *text = q->options[p].match;
        int th_ = ui_paragraph_height(c->ui, rtw, t->body, t->line, text);
        int top = th_ > c->bs ? th_ : c->bs;
        Rect r = {rx, ry, rw, top + 2 * c->pad + (used[0] ? t->ui_line : 0)};
        UiId id = ui_id("pv-right", k);
        if (practice_editable(it))
            ui_focusable(c->ui, id, r);
        UiState st = interact(c, id, r);
        row_frame(c, r, GRADE_NEUTRAL, false, st.hover);
        char b[4];
        practice_badge(k, true, b);
        badge(c->app, c->ui, (Rect){r.x + c->pad, r.y + c->pad + (top - c->bs) / 2, c->bs, c->bs}, b, user != QUIZ_NONE,
              false, th->muted);
        ui_paragraph(c->ui, r.x + tx_off, r.y + c->pad + (top - th_) / 2, rtw, t->body, th->text, t->line, text);
        if (used[0])
            ui_label_fit(c->ui, r.x + tx_off, r.y + c->pad + top, rtw, t->ui, th->muted, used);
        ui_focus_ring(c->ui, id, r, c->radius);
        if (st.clicked && practice_editable(it)) {
            c->changed |= practice_assign(c->v, it, k);
            ui_set_focus(c->ui, id, false);
        }
        ry += r.h + t->unit;
    }
    int bottom = ly > ry ? ly : ry;
    return bottom - y0;
}

static int ordering(Ctx *c, int x, int y, int w)
{
    const PracticeItem *it = c->it;
    const Question *q = it->q;
    const Typography *t = c->t;
    const Theme *th = c->th;
    size_t n = it->order->n;
    int y0 = y;
    int bh = ui_button_height(c->ui);
    int bw = bh;
    int buttons = practice_editable(it) ? 2 * bw + t->unit : 0;
    int tx_off = c->pad + c->bs + t->unit * 3 / 2;
    int tw = w - tx_off - c->pad - (buttons ? buttons + t->unit : 0);
    size_t moved_from = QUIZ_NONE;
    int moved_delta = 0;
    for (size_t k = 0; k < n; k++) {
        size_t item = it->answer->order[k];
        const Option *o = &q->options[item];
        GradeMark m = mark_of(it, item);
        bool lifted = practice_editable(it) && c->v->pick == k;
        char place_is[96] = "";
        if (it->state == QUIZ_CHECKED && m == GRADE_WRONG)
            snprintf(place_is, sizeof place_is, app_str(c->app, STR_QUIZ_BELONGS_AT), item + 1);
        const char *fb =
            it->state == QUIZ_CHECKED || (it->state == QUIZ_RETRY && m == GRADE_RIGHT) ? o->feedback : NULL;
        const char *note = lifted ? app_str(c->app, STR_QUIZ_PLACE_HERE) : NULL;
        int th_ = ui_paragraph_height(c->ui, tw, t->body, t->line, o->text);
        int top = th_ > bh ? th_ : bh;
        int extra = (m != GRADE_NEUTRAL ? t->ui_line : 0) + (fb ? small_h(c, tw, fb) + t->unit / 2 : 0) +
                    (note ? small_h(c, tw, note) + t->unit / 2 : 0);
        Rect r = {x, y, w, top + 2 * c->pad + extra};
        UiId id = ui_id("pv-item", item);
        /* The buttons first: they capture a press before the row does. */
        bool hot = c->ui->in.mouse_inside && rect_contains(r, c->ui->in.mouse_x, c->ui->in.mouse_y);
        row_frame(c, r, m, lifted, hot);
        if (buttons) {
            int bx = r.x + r.w - c->pad - buttons, by = r.y + c->pad + (top - bh) / 2;
            if (k > 0 &&
                ui_button(c->ui, ui_id("pv-up", item), (Rect){bx, by, bw, bh}, "\xE2\x86\x91", UI_BUTTON_PLAIN))
                moved_from = k, moved_delta = -1;
            if (k + 1 < n && ui_button(c->ui, ui_id("pv-down", item), (Rect){bx + bw + t->unit, by, bw, bh},
                                       "\xE2\x86\x93", UI_BUTTON_PLAIN))
                moved_from = k, moved_delta = +1;
        }
        if (practice_editable(it))
            ui_focusable(c->ui, id, r);
        UiState st = interact(c, id, r);
        char b[24];
        snprintf(b, sizeof b, "%zu.", k + 1);
        Rect br = {r.x + c->pad, r.y + c->pad + (top - c->bs) / 2, c->bs, c->bs};
        badge(c->app, c->ui, br, b, lifted, false, th->muted);
        int ty = r.y + c->pad;
        ui_paragraph(c->ui, r.x + tx_off, ty + (top - th_) / 2, tw, t->body, th->text, t->line, o->text);
        ty += top;
        if (m != GRADE_NEUTRAL) {
            const char *ml = mark_label(c->app, m);
            int mw = ui_label(c->ui, r.x + tx_off, ty, t->ui_bold, mark_colour(th, m), ml);
            if (place_is[0])
                ui_label_fit(c->ui, r.x + tx_off + mw + t->unit, ty, tw - mw - t->unit, t->ui, th->text, place_is);
            ty += t->ui_line;
        }
        if (note)
            ty += small(c, r.x + tx_off, ty + t->unit / 2, tw, th->accent, note) + t->unit / 2;
        if (fb)
            small(c, r.x + tx_off, ty + t->unit / 2, tw, th->text, fb);
        ui_focus_ring(c->ui, id, r, c->radius);
        if (st.clicked && practice_editable(it)) {
            c->changed |= practice_place(c->v, it, k);
            ui_set_focus(c->ui, id, false);
        }
        y += r.h + t->unit;
    }
    if (moved_from != QUIZ_NONE && practice_move(it, moved_from, moved_delta)) {
        c->v->pick = QUIZ_NONE;
        c->changed = true;
    }
    /* Not right: the right order in full, since a ✓ only says an item is
     * in the right order relative to the others. */
    if (it->state == QUIZ_CHECKED && it->grade && !it->grade->right) {
        y += t->unit;
        ui_label(c->ui, x, y, t->ui_bold, th->heading, app_str(c->app, STR_QUIZ_RIGHT_ORDER));
        y += t->ui_line + t->unit / 2;
        for (size_t i = 0; i < n; i++) {
            char line[1024];
            snprintf(line, sizeof line, "%zu. %s", i + 1, q->options[i].text);
            y += small(c, x + t->unit * 2, y, w - t->unit * 2, th->text, line) + t->unit / 2;
        }
        y += t->unit;
    }
    return y - y0;
}

static int cloze(Ctx *c, int x, int y, int w)
{
    const PracticeItem *it = c->it;
    const Question *q = it->q;
    const Typography *t = c->t;
    const Theme *th = c->th;
    int y0 = y;
    int fh = ui_button_height(c->ui) + t->unit;
    int lw = c->bs + t->unit * 2;
    int fw = w - lw - c->marks - t->unit * 2;
    int max = typography_px(t, 420);
    if (fw > max)
        fw = max;
    for (size_t i = 0; i < it->order->n && i < PRACTICE_MAX_BLANKS; i++) {
        const Option *o = &q->options[i];
        GradeMark m = mark_of(it, i);
        /* One letter off: said in words, in the accent colour of "almost". */
        bool near = m == GRADE_WRONG && it->grade->near && it->grade->near[i];
        if (near && it->state == QUIZ_RETRY)
            m = GRADE_NEUTRAL;
        UiId id = ui_id("pv-blank", i);
        char b[24];
        snprintf(b, sizeof b, "(%zu)", i + 1);
        Font bf = t->ui_bold;
        ui_label(c->ui, x, y + (fh - ui_text_height(c->ui, bf)) / 2, bf, th->muted, b);
        Rect fr = {x + lw, y, fw, fh};
        if (practice_editable(it)) {
            if (c->v->focus_first && i == 0) {
                ui_set_focus(c->ui, id, false);
                c->v->focus_first = false;
            }
            char ph[64];
            snprintf(ph, sizeof ph, app_str(c->app, STR_QUIZ_BLANK), i + 1);
            if (ui_textfield(c->ui, id, fr, c->v->blanks[i], sizeof c->v->blanks[i], ph)) {
                quiz_answer_set_text(it->answer, i, c->v->blanks[i]);
                c->changed = true;
            }
            if ((m != GRADE_NEUTRAL || near) && c->ui->focus != id)
                draw_border(&c->ui->dl, fr, near ? th->accent : mark_colour(th, m), typography_px(t, 2),
                            typography_px(t, 6));
        } else {
            const char *typed = it->answer->text[i];
            row_frame(c, fr, m, false, false);
            Font f = typed[0] ? c->ui->font : t->italic;
            int th_ = ui_text_height(c->ui, f);
            ui_push_clip(c->ui, fr);
            ui_label_fit(c->ui, fr.x + typography_px(t, 12), fr.y + (fh - th_) / 2, fr.w - typography_px(t, 24), f,
                         typed[0] ? th->text : th->muted, typed[0] ? typed : app_str(c->app, STR_QUIZ_EMPTY_BLANK));
            ui_pop_clip(c->ui);
        }
        mark_at(c, m, fr.x + fr.w + t->unit + c->marks, y, fh);
        y += fh;
        int tx = x + lw, tw = w - lw;
        if (near)
            y += t->unit / 2 + ui_paragraph(c->ui, tx, y + t->unit / 2, tw, t->ui_bold, th->accent, t->ui_line,
                                            app_str(c->app, STR_QUIZ_NEAR_MISS));
        if (it->state == QUIZ_CHECKED && m == GRADE_WRONG && o->naccept) {
            char right_is[400];
            snprintf(right_is, sizeof right_is, app_str(c->app, STR_QUIZ_RIGHT_IS), o->accept[0]);
            y +=
                t->unit / 2 + ui_paragraph(c->ui, tx, y + t->unit / 2, tw, t->ui_bold, th->right, t->ui_line, right_is);
        }
        const char *fb =
            it->state == QUIZ_CHECKED || (it->state == QUIZ_RETRY && m == GRADE_RIGHT) ? o->feedback : NULL;
        if (fb)
            y += t->unit / 2 + small(c, tx, y + t->unit / 2, tw, th->text, fb);
        y += t->unit * 2;
    }
    return y - y0;
}

/* One field for the number, the unit beside it; under it why the text is
 * no number (when asked), and once checked the right number and the
 * feedback of the answer the number fell in. In a retry that feedback
 * shows too: a known mistake's feedback is a hint, never the answer. */
static int numeric(Ctx *c, int x, int y, int w)
{
    const PracticeItem *it = c->it;
    const Question *q = it->q;
    const Typography *t = c->t;
    const Theme *th = c->th;
    int y0 = y;
    int fh = ui_button_height(c->ui) + t->unit;
    int fw = typography_px(t, 240);
    Font uf = t->ui_bold;
    bool before = q->unit && answer_text_unit_before(q->unit);
    int uw = q->unit ? ui_text_width(c->ui, uf, q->unit, strlen(q->unit)) + t->unit : 0;
    if (fw > w - uw - c->marks - t->unit * 2)
        fw = w - uw - c->marks - t->unit * 2;
    GradeMark m = mark_of(it, 0);
    UiId id = ui_id("pv-blank", 0);
    int fx = before ? x + uw : x;
    int uy = y + (fh - ui_text_height(c->ui, uf)) / 2;
    if (q->unit)
        ui_label(c->ui, before ? x : fx + fw + t->unit, uy, uf, th->text, q->unit);
    Rect fr = {fx, y, fw, fh};
    if (practice_editable(it)) {
        if (c->v->focus_first) {
            ui_set_focus(c->ui, id, false);
            c->v->focus_first = false;
        }
        if (ui_textfield(c->ui, id, fr, c->v->blanks[0], sizeof c->v->blanks[0],
                         app_str(c->app, STR_NUMERIC_PLACEHOLDER))) {
            quiz_answer_set_text(it->answer, 0, c->v->blanks[0]);
            c->changed = true;
        }
        if (m != GRADE_NEUTRAL && c->ui->focus != id)
            draw_border(&c->ui->dl, fr, mark_colour(th, m), typography_px(t, 2), typography_px(t, 6));
    }
    /* Read after the field: typing there replaces the answer's text. */
    const char *typed = it->answer->text[0];
    if (!practice_editable(it)) {
        row_frame(c, fr, m, false, false);
        Font f = typed[0] ? c->ui->font : t->italic;
        int th_ = ui_text_height(c->ui, f);
        ui_push_clip(c->ui, fr);
        ui_label_fit(c->ui, fr.x + typography_px(t, 12), fr.y + (fh - th_) / 2, fr.w - typography_px(t, 24), f,
                     typed[0] ? th->text : th->muted, typed[0] ? typed : app_str(c->app, STR_QUIZ_EMPTY_BLANK));
        ui_pop_clip(c->ui);
    }
    mark_at(c, m, x + fw + uw + t->unit + c->marks, y, fh);
    y += fh;
    char msg[400];
    if (practice_editable(it) && c->v->say_refusal && !quiz_fold_equal(typed, "") &&
        answer_text_numeric_refusal(c->app, q, typed, msg, sizeof msg))
        y += t->unit / 2 + ui_paragraph(c->ui, x, y + t->unit / 2, w, t->ui_bold, th->wrong, t->ui_line, msg);
    if (it->state == QUIZ_CHECKED && m != GRADE_RIGHT) {
        char right[300];
        answer_text_numeric_right(c->app, q, right, sizeof right);
        snprintf(msg, sizeof msg, app_str(c->app, STR_QUIZ_RIGHT_IS), right);
        y += t->unit / 2 + ui_paragraph(c->ui, x, y + t->unit / 2, w, t->ui_bold, th->right, t->ui_line, msg);
    }
    size_t hit = marked(it) && it->grade->accepted ? it->grade->accepted[0] : QUIZ_NONE;
    if (hit < q->nnumeric && q->numeric[hit].feedback)
        y += t->unit / 2 + small(c, x, y + t->unit / 2, w, th->text, q->numeric[hit].feedback);
    y += t->unit * 2;
    return y - y0;
}

int practice_view_draw(App *app, Ui *ui, PracticeView *v, const PracticeItem *it, int x, int y, int w, bool *changed)
{
    if (changed)
        *changed = false;
    if (!it->q)
        return 0;
    const Typography *t = &app->typography;
    Ctx c = {app, ui, v, it, t, app->theme, t->unit * 3 / 2, typography_px(t, 30), typography_px(t, 8), 0, false};
    c.marks = it->state != QUIZ_OPEN ? mark_room(app, ui) + t->unit : 0;
    int h = 0;
    switch (it->q->type) {
    case QUESTION_MATCHING:
        h = matching(&c, x, y, w);
        break;
    case QUESTION_ORDERING:
        h = ordering(&c, x, y, w);
        break;
    case QUESTION_CLOZE:
        h = cloze(&c, x, y, w);
        break;
    case QUESTION_NUMERIC:
        h = numeric(&c, x, y, w);
        break;
    default:
        h = options(&c, x, y, w);
        break;
    }
    if (changed)
        *changed = c.changed;
    if (c.changed)
        ui->redraw = true;
    return h;
}
