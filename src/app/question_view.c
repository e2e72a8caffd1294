/* question_view.c - see question_view.h. Every type is a column of rows;
 * a row is one click target (ui_row) with its text wrapped inside, so a
 * long option never runs out of the window. Marks after grading are a
 * symbol (✓ ✗ →) in the mark colour on a soft fill: the symbol carries the
 * meaning, the colour only helps. */
#include "question_view.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "widgets.h"

#define CHECK "\xE2\x9C\x93"
#define CROSS "\xE2\x9C\x97"
#define ARROW "\xE2\x86\x92"

void question_letter(size_t k, char out[4])
{
    out[0] = k < 26 ? (char)('A' + k) : '?';
    out[1] = '\0';
}

/* The display position of written option I. */
static size_t shown_at(const QuizOrder *o, size_t i)
{
    for (size_t k = 0; k < o->n; k++)
        if (o->shown[k] == i)
            return k;
    return i;
}

/* The right-hand column position of pair P (matching). */
static size_t right_at(const QuizOrder *o, size_t p)
{
    for (size_t k = 0; o->right && k < o->n; k++)
        if (o->right[k] == p)
            return k;
    return p;
}

/* Option text as shown: a true/false option in the interface language. */
static const char *option_text(const App *app, const Question *q, size_t i)
{
    const char *s = q->options[i].text;
    if (q->type == QUESTION_TRUEFALSE) {
        if (strcmp(s, "juist") == 0)
            return app_str(app, STR_QV_TRUE);
        if (strcmp(s, "onjuist") == 0)
            return app_str(app, STR_QV_FALSE);
    }
    return s;
}

typedef struct {
    App *app;
    Ui *ui;
    const Typo *t;
    const Theme *th;
    const Grade *g;
    int pad;
} Ctx;

static void mark_fill(const Ctx *c, Rect r, GradeMark m)
{
    if (m == GRADE_RIGHT || m == GRADE_MISSED)
        draw_rect(&c->ui->dl, r, c->th->right_soft, typo_px(c->t, 6));
    else if (m == GRADE_WRONG)
        draw_rect(&c->ui->dl, r, c->th->wrong_soft, typo_px(c->t, 6));
}

/* Draws the symbol of mark M at (X, Y); returns its width (0 for none). */
static int mark_symbol(const Ctx *c, int x, int y, GradeMark m)
{
    const char *s = m == GRADE_RIGHT ? CHECK : m == GRADE_WRONG ? CROSS : m == GRADE_MISSED ? ARROW : NULL;
    if (!s)
        return 0;
    Color col = m == GRADE_WRONG ? c->th->wrong : c->th->right;
    return ui_label(c->ui, x, y, c->t->bold, col, s);
}

/* A tile: an outlined row; interactive unless graded. Returns clicked. */
static bool tile(const Ctx *c, UiId id, Rect r, bool selected, GradeMark m)
{
    int radius = typo_px(c->t, 6);
    bool clicked = false;
    if (c->g)
        mark_fill(c, r, m);
    else
        clicked = ui_row(c->ui, id, r, selected);
    draw_border(&c->ui->dl, r, selected && !c->g ? c->th->accent : c->th->border, typo_px(c->t, selected ? 2 : 1),
                radius);
    return clicked;
}

/* The radio or check box of a choice, at (X, Y) with side S. */
static void choice_box(const Ctx *c, int x, int y, int s, bool on, bool radio)
{
    const Theme *th = c->th;
    DrawList *dl = &c->ui->dl;
    int radius = radio ? s / 2 : typo_px(c->t, 4);
    Rect b = {x, y, s, s};
    draw_rect(dl, b, on && !radio ? th->accent : th->button, radius);
    draw_border(dl, b, on ? th->accent : th->muted, typo_px(c->t, 2), radius);
    if (on && radio) {
        int d = s / 2;
        draw_rect(dl, (Rect){x + (s - d) / 2, y + (s - d) / 2, d, d}, th->accent, d / 2);
    } else if (on) {
        int w = typo_px(c->t, 2);
        draw_line(dl, x + s / 4, y + s / 2, x + s * 5 / 12, y + s * 3 / 4 - w / 2, th->accent_text, w);
        draw_line(dl, x + s * 5 / 12, y + s * 3 / 4 - w / 2, x + s * 3 / 4, y + s / 4, th->accent_text, w);
    }
}

/* ---- single, truefalse, multiple ---- */

static int view_choice(const Ctx *c, UiId id, const Question *q, const QuizOrder *o, Answer *a, int x, int y, int w,
                       bool *changed)
{
    const Typo *t = c->t;
    Ui *ui = c->ui;
    bool radio = q->type != QUESTION_MULTIPLE;
    int pad = c->pad, box = typo_px(t, 20), sym = typo_px(t, 28);
    int y0 = y;
    for (size_t k = 0; k < o->n; k++) {
        size_t i = o->shown[k];
        bool on = a->chosen[i];
        GradeMark m = c->g ? c->g->marks[i] : GRADE_NEUTRAL;
        char letter[8];
        question_letter(k, letter);
        strcat(letter, ".");
        int lw = ui_text_width(ui, t->bold, "M.", 2) + pad;
        int tx = x + pad + box + pad + lw;
        int tw = x + w - pad - sym - tx;
        const char *text = option_text(c->app, q, i);
        const char *missed = m == GRADE_MISSED ? app_str(c->app, STR_QV_MISSED) : NULL;
        int th_ = ui_paragraph_height(ui, tw, t->body, t->line, text);
        int h = th_ + (missed ? t->small_line : 0) + 2 * (pad / 2 + pad / 4);
        if (h < box + 2 * pad)
            h = box + 2 * pad;
        Rect r = {x, y, w, h};
        if (tile(c, ui_id_in(id, k), r, on, m) && !c->g) {
            quiz_answer_choose(a, i);
            if (changed)
                *changed = true;
            on = a->chosen[i];
        }
        choice_box(c, x + pad, y + (h - box) / 2, box, on, radio);
        int ty = y + (h - th_ - (missed ? t->small_line : 0)) / 2;
        int fh = ui_text_height(ui, t->bold);
        ui_label(ui, x + pad + box + pad, ty + (t->line - fh) / 2, t->bold, c->th->text, letter);
        ui_paragraph(ui, tx, ty, tw, t->body, c->th->text, t->line, text);
        if (missed)
            ui_label(ui, tx, ty + th_, t->small_bold, c->th->right, missed);
        mark_symbol(c, x + w - pad - sym + typo_px(t, 4), y + (h - fh) / 2, m);
        y += h + pad / 2;
    }
    return y - y0;
}

/* ---- matching ---- */

static void auto_pick(QuestionView *v, const QuizOrder *o, const Answer *a)
{
    if (v->picked && v->pick < o->n)
        return;
    v->picked = false;
    v->pick = QUIZ_NONE;
    for (size_t k = 0; k < o->n; k++)
        if (a->match[o->shown[k]] == QUIZ_NONE) {
            v->pick = k;
            return;
        }
}

static int view_matching(const Ctx *c, QuestionView *v, UiId id, const Question *q, const QuizOrder *o, Answer *a,
                         int x, int y, int w, bool *changed)
{
    const Typo *t = c->t;
    const Theme *th = c->th;
    Ui *ui = c->ui;
    int pad = c->pad, sym = typo_px(t, 28);
    if (!c->g)
        auto_pick(v, o, a);
    bool two = !c->g && w >= t->unit * 64; /* graded: the left column alone */
    int gap = t->unit * 3;
    int cw = two ? (w - gap) / 2 : w;
    int lx = x, rx = two ? x + cw + gap : x;
    int nw = ui_text_width(ui, t->bold, "10.", 3) + pad;
    int y0 = y, ly = y;
    /* Left: the items, each with the partner chosen for it. */
    for (size_t k = 0; k < o->n; k++) {
        size_t li = o->shown[k];
        size_t pr = a->match[li];
        GradeMark m = c->g ? c->g->marks[li] : GRADE_NEUTRAL;
        char num[32], partner[600];
        snprintf(num, sizeof num, "%zu.", k + 1);
        if (pr != QUIZ_NONE) {
            char letter[4];
            question_letter(right_at(o, pr), letter);
            snprintf(partner, sizeof partner, ARROW " %s. %s", letter, q->options[pr].match);
        } else {
            snprintf(partner, sizeof partner, ARROW " %s", app_str(c->app, STR_QV_MATCH_EMPTY));
        }
        char right[600] = "";
        if (c->g && m != GRADE_RIGHT)
            snprintf(right, sizeof right, "%s %s", app_str(c->app, STR_RESULT_CORRECT), q->options[li].match);
        int tx = lx + pad + nw, tw = cw - 2 * pad - nw - (c->g ? sym : 0);
        int h1 = ui_paragraph_height(ui, tw, t->bold, t->line, q->options[li].text);
        int h2 = ui_paragraph_height(ui, tw, t->body, t->line, partner);
        int h3 = right[0] ? ui_paragraph_height(ui, tw, t->small, t->small_line, right) : 0;
        int h = h1 + h2 + h3 + pad;
        bool sel = !c->g && v->pick == k;
        if (tile(c, ui_id_in(id, 100 + k), (Rect){lx, ly, cw, h}, sel, m)) {
            v->pick = k;
            v->picked = true;
        }
        int ty = ly + pad / 2;
        ui_label(ui, lx + pad, ty + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->text, num);
        ui_paragraph(ui, tx, ty, tw, t->bold, th->text, t->line, q->options[li].text);
        ui_paragraph(ui, tx, ty + h1, tw, t->body, pr == QUIZ_NONE ? th->muted : th->text, t->line, partner);
        if (h3)
            ui_paragraph(ui, tx, ty + h1 + h2, tw, t->small, th->text, t->small_line, right);
        mark_symbol(c, lx + cw - sym, ty, m);
        ly += h + pad / 2;
    }
    if (c->g) /* the right column adds nothing to a graded answer */
        return ly - y0;
    /* Right: the texts to choose from, with the item each now belongs to. */
    int ry = two ? y : ly + pad;
    ry += ui_paragraph(ui, rx, ry, cw, t->small_bold, th->muted, t->small_line, app_str(c->app, STR_QV_MATCH_PICK));
    ry += pad / 4;
    for (size_t r = 0; r < o->n; r++) {
        size_t pr = o->right[r];
        size_t owner = QUIZ_NONE;
        for (size_t li = 0; li < q->noptions; li++)
            if (a->match[li] == pr)
                owner = li;
        char letter[8], used[32] = "";
        question_letter(r, letter);
        strcat(letter, ".");
        if (owner != QUIZ_NONE)
            snprintf(used, sizeof used, app_str(c->app, STR_QV_MATCH_USED), shown_at(o, owner) + 1);
        int uw = used[0] ? ui_text_width(ui, t->small_bold, used, strlen(used)) + pad : 0;
        int tx = rx + pad + nw, tw = cw - 2 * pad - nw - uw;
        int h = ui_paragraph_height(ui, tw, t->body, t->line, q->options[pr].match) + pad;
        Rect rr = {rx, ry, cw, h};
        if (tile(c, ui_id_in(id, 200 + r), rr, false, GRADE_NEUTRAL) && v->pick < o->n) {
            size_t li = o->shown[v->pick];
            quiz_answer_match(a, li, a->match[li] == pr ? QUIZ_NONE : pr);
            v->picked = false;
            auto_pick(v, o, a);
            if (changed)
                *changed = true;
        }
        int ty = ry + pad / 2;
        ui_label(ui, rx + pad, ty + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->text, letter);
        ui_paragraph(ui, tx, ty, tw, t->body, th->text, t->line, q->options[pr].match);
        if (used[0])
            ui_label(ui, rx + cw - pad - uw + pad, ty + (t->line - ui_text_height(ui, t->small_bold)) / 2,
                     t->small_bold, th->muted, used);
        ry += h + pad / 2;
    }
    return (ry > ly ? ry : ly) - y0;
}

/* ---- ordering ---- */

static int view_ordering(const Ctx *c, UiId id, const Question *q, Answer *a, int x, int y, int w, bool *changed)
{
    const Typo *t = c->t;
    const Theme *th = c->th;
    Ui *ui = c->ui;
    int pad = c->pad, sym = typo_px(t, 28);
    int bw = ui_button_width(ui, "\xE2\x86\x93");
    int bh = ui_button_height(ui);
    int nw = ui_text_width(ui, t->bold, "10.", 3) + pad;
    int y0 = y;
    size_t n = a->n;
    int move_from = -1, move_to = -1;
    for (size_t k = 0; k < n; k++) {
        size_t it = a->order[k];
        GradeMark m = c->g ? c->g->marks[it] : GRADE_NEUTRAL;
        char num[32];
        snprintf(num, sizeof num, "%zu.", k + 1);
        int side = c->g ? sym : 2 * bw + pad;
        int tx = x + pad + nw, tw = w - 2 * pad - nw - side;
        int th_ = ui_paragraph_height(ui, tw, t->body, t->line, q->options[it].text);
        int h = th_ + pad > bh + pad ? th_ + pad : bh + pad;
        UiId row = ui_id_in(id, 300 + it);
        Rect r = {x, y, w, h};
        if (c->g) {
            tile(c, row, r, false, m);
        } else {
            /* Focusable for Alt+arrows, but the mouse goes to the buttons
             * (a row taking the press would swallow their clicks). */
            bool focused = ui_focusable(ui, row, r);
            if (focused)
                draw_rect(&ui->dl, r, th->accent_soft, typo_px(t, 6));
            draw_border(&ui->dl, r, focused ? th->accent : th->border, typo_px(t, focused ? 2 : 1), typo_px(t, 6));
            ui_focus_ring(ui, row, r, typo_px(t, 6));
        }
        int ty = y + (h - th_) / 2;
        ui_label(ui, x + pad, ty + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->text, num);
        ui_paragraph(ui, tx, ty, tw, t->body, th->text, t->line, q->options[it].text);
        if (c->g) {
            mark_symbol(c, x + w - sym, y + (h - ui_text_height(ui, t->bold)) / 2, m);
        } else {
            int by = y + (h - bh) / 2, bx = x + w - pad / 2 - 2 * bw - pad / 2;
            UiId up = ui_id_in(id, 400 + it), down = ui_id_in(id, 500 + it);
            if (k > 0 && ui_button(ui, up, (Rect){bx, by, bw, bh}, "\xE2\x86\x91", UI_BUTTON_PLAIN))
                move_from = (int)k, move_to = (int)k - 1;
            if (k + 1 < n &&
                ui_button(ui, down, (Rect){bx + bw + pad / 2, by, bw, bh}, "\xE2\x86\x93", UI_BUTTON_PLAIN))
                move_from = (int)k, move_to = (int)k + 1;
            bool focused = ui->focus == row || ui->focus == up || ui->focus == down;
            if (focused && k > 0 && ui_key(ui, UI_KEY_UP, UI_MOD_ALT))
                move_from = (int)k, move_to = (int)k - 1;
            if (focused && k + 1 < n && ui_key(ui, UI_KEY_DOWN, UI_MOD_ALT))
                move_from = (int)k, move_to = (int)k + 1;
        }
        y += h + pad / 2;
    }
    if (move_from >= 0) {
        size_t it = a->order[move_from];
        quiz_answer_move(a, (size_t)move_from, (size_t)move_to);
        /* The keyboard stays with the item that moved. */
        if (ui->focus)
            ui_set_focus(ui, ui_id_in(id, 300 + it), ui->focus_visible);
        if (changed)
            *changed = true;
    }
    return y - y0;
}

/* ---- cloze ---- */

/* The stem with each "___" replaced by its number: "... in het (1) ____." */
static void cloze_stem(const char *prompt, char *out, size_t size)
{
    size_t at = 0, blank = 0;
    for (const char *p = prompt; *p && at + 16 < size;) {
        if (p[0] == '_' && p[1] == '_' && p[2] == '_') {
            while (*p == '_')
                p++;
            at += (size_t)snprintf(out + at, size - at, "**(%zu)** ____", ++blank);
        } else {
            out[at++] = *p++;
        }
    }
    out[at] = '\0';
}

static int view_cloze(const Ctx *c, UiId id, const Question *q, Answer *a, int x, int y, int w, bool *changed)
{
    const Typo *t = c->t;
    const Theme *th = c->th;
    Ui *ui = c->ui;
    int pad = c->pad;
    int bh = ui_button_height(ui);
    int y0 = y;
    for (size_t i = 0; i < a->n; i++) {
        char label[32];
        snprintf(label, sizeof label, "(%zu)", i + 1);
        int lw = ui_text_width(ui, t->bold, "(10)", 4) + pad;
        int fw = w - lw < t->unit * 40 ? w - lw : t->unit * 40;
        int fh = ui_text_height(ui, t->bold);
        if (!c->g) {
            ui_label(ui, x, y + (bh - fh) / 2, t->bold, th->text, label);
            char buf[256], ph[64];
            snprintf(buf, sizeof buf, "%s", a->text[i]);
            snprintf(ph, sizeof ph, app_str(c->app, STR_QV_BLANK), i + 1);
            if (ui_textfield(ui, ui_id_in(id, 600 + i), (Rect){x + lw, y, fw, bh}, buf, sizeof buf, ph)) {
                quiz_answer_set_text(a, i, buf);
                if (changed)
                    *changed = true;
            }
            y += bh + pad / 2;
            continue;
        }
        GradeMark m = c->g->marks[i];
        const char *typed = a->text[i][0] ? a->text[i] : app_str(c->app, STR_RESULT_NOTHING);
        char right[512] = "";
        if (m != GRADE_RIGHT && q->options[i].naccept)
            snprintf(right, sizeof right, "%s %s", app_str(c->app, STR_RESULT_CORRECT), q->options[i].accept[0]);
        int tw = w - lw - pad - typo_px(t, 28);
        int h = t->line + (right[0] ? t->small_line : 0) + pad;
        mark_fill(c, (Rect){x, y, w, h}, m);
        int ty = y + pad / 2;
        ui_label(ui, x + pad / 2, ty + (t->line - fh) / 2, t->bold, th->text, label);
        int sw = mark_symbol(c, x + lw, ty + (t->line - fh) / 2, m);
        ui_label_fit(ui, x + lw + sw + pad / 2, ty + (t->line - ui_text_height(ui, t->body)) / 2, tw, t->body,
                     th->text, typed);
        if (right[0])
            ui_label_fit(ui, x + lw + sw + pad / 2, ty + t->line, tw, t->small, th->text, right);
        y += h + pad / 2;
    }
    return y - y0;
}

/* ---- the whole question ---- */

int question_view(App *app, Ui *ui, QuestionView *v, UiId id, const Question *q, const QuizOrder *o, Answer *a,
                  const Grade *g, int x, int y, int w, bool *changed)
{
    if (changed)
        *changed = false;
    if (v->answer != a) {
        v->answer = a;
        v->pick = QUIZ_NONE;
        v->picked = false;
    }
    Ctx c = {app, ui, &app->typo, app->theme, g, app->typo.unit};
    const Typo *t = c.t;
    int y0 = y;
    if (q->type == QUESTION_CLOZE) {
        char stem[2048];
        cloze_stem(q->prompt, stem, sizeof stem);
        y += ui_paragraph(ui, x, y, w, t->h4, c.th->heading, t->line, stem);
    } else {
        y += ui_paragraph(ui, x, y, w, t->h4, c.th->heading, t->line, q->prompt);
    }
    StrId hint = STR_QV_CHOOSE_ONE;
    switch (q->type) {
    case QUESTION_MULTIPLE:
        hint = STR_QV_CHOOSE_ALL;
        break;
    case QUESTION_MATCHING:
        hint = STR_QV_MATCH_HINT;
        break;
    case QUESTION_ORDERING:
        hint = STR_QV_ORDER_HINT;
        break;
    case QUESTION_CLOZE:
        hint = STR_QV_CLOZE_HINT;
        break;
    default:
        break;
    }
    if (!g) {
        y += t->unit / 2;
        y += ui_paragraph(ui, x, y, w, t->small, c.th->muted, t->small_line, app_str(app, hint));
    }
    y += t->unit;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTIPLE:
        y += view_choice(&c, id, q, o, a, x, y, w, changed);
        break;
    case QUESTION_MATCHING:
        y += view_matching(&c, v, id, q, o, a, x, y, w, changed);
        break;
    case QUESTION_ORDERING:
        y += view_ordering(&c, id, q, a, x, y, w, changed);
        break;
    case QUESTION_CLOZE:
        y += view_cloze(&c, id, q, a, x, y, w, changed);
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
    return y - y0;
}

/* ---- answers as one line of text ---- */

static void add(char *buf, size_t size, size_t *at, const char *fmt, const char *a, const char *b)
{
    if (*at >= size)
        return;
    int n = snprintf(buf + *at, size - *at, fmt, a, b);
    if (n > 0)
        *at += (size_t)n < size - *at ? (size_t)n : size - *at - 1;
}

static void describe(const App *app, const Question *q, const QuizOrder *o, const Answer *a, bool right, char *buf,
                     size_t size)
{
    size_t at = 0;
    buf[0] = '\0';
    char letter[4];
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTIPLE:
        for (size_t k = 0; k < o->n; k++) {
            size_t i = o->shown[k];
            if (right ? !q->options[i].correct : !a->chosen[i])
                continue;
            question_letter(k, letter);
            add(buf, size, &at, at ? "; %s. %s" : "%s. %s", letter, option_text(app, q, i));
        }
        break;
    case QUESTION_MATCHING:
        for (size_t k = 0; k < o->n; k++) {
            size_t li = o->shown[k];
            size_t pr = right ? li : a->match[li];
            if (pr == QUIZ_NONE)
                continue;
            add(buf, size, &at, at ? "; %s " ARROW " %s" : "%s " ARROW " %s", q->options[li].text,
                q->options[pr].match);
        }
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < q->noptions; k++)
            add(buf, size, &at, at ? "%s%s" : "%.0s%s", " " ARROW " ", q->options[right ? k : a->order[k]].text);
        break;
    case QUESTION_CLOZE:
        for (size_t i = 0; i < q->noptions; i++) {
            char num[32];
            snprintf(num, sizeof num, "(%zu)", i + 1);
            const char *s = right ? (q->options[i].naccept ? q->options[i].accept[0] : "") : a->text[i];
            if (!right && !s[0])
                continue;
            add(buf, size, &at, at ? "; %s %s" : "%s %s", num, s);
        }
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
}

void question_right_answer(const App *app, const Question *q, const QuizOrder *o, char *buf, size_t size)
{
    describe(app, q, o, NULL, true, buf, size);
}

void question_given_answer(const App *app, const Question *q, const QuizOrder *o, const Answer *a, char *buf,
                           size_t size)
{
    describe(app, q, o, a, false, buf, size);
}
