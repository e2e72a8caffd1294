/* widgets.c - buttons, links, rows, options, the text field and wrapped
 * paragraphs. Every widget gets its state from ui_interact() and draws
 * with the theme's named colours, so a new theme needs no widget code. */
#include "widgets.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

int ui_px(const Ui *ui, float points)
{
    int px = (int)(points * ui->scale + 0.5f);
    return px < 1 && points > 0 ? 1 : px;
}

static Color mix(Color a, Color b, int t255)
{
    Color c;
    c.r = (uint8_t)((a.r * (255 - t255) + b.r * t255) / 255);
    c.g = (uint8_t)((a.g * (255 - t255) + b.g * t255) / 255);
    c.b = (uint8_t)((a.b * (255 - t255) + b.b * t255) / 255);
    c.a = 255;
    return c;
}

static void label_centred(Ui *ui, Rect r, Font f, Color c, const char *label)
{
    int w = ui_text_width(ui, f, label, strlen(label));
    int h = ui_text_height(ui, f);
    int pad = ui_px(ui, 8);
    if (w > r.w - 2 * pad)
        ui_label_fit(ui, r.x + pad, r.y + (r.h - h) / 2, r.w - 2 * pad, f, c, label);
    else
        ui_label(ui, r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, f, c, label);
}

int ui_button_width(Ui *ui, const char *label)
{
    return ui_text_width(ui, ui->font_bold, label, strlen(label)) + ui_px(ui, 28);
}

void ui_flow_begin(UiFlow *f, int x, int y, int w, int h, int gap_x, int gap_y)
{
    *f = (UiFlow){x, w, h, gap_x, gap_y, x, y};
}

Rect ui_flow_next(UiFlow *f, int width)
{
    if (width > f->w)
        width = f->w;
    if (f->bx > f->x && f->bx + width > f->x + f->w) {
        f->bx = f->x;
        f->by += f->h + f->gap_y;
    }
    Rect r = {f->bx, f->by, width, f->h};
    f->bx += width + f->gap_x;
    return r;
}

int ui_flow_bottom(const UiFlow *f)
{
    return f->by + f->h;
}

int ui_button_height(const Ui *ui)
{
    return ui->measure.height(ui->measure.ctx, ui->font_bold) + ui_px(ui, 16);
}

bool ui_button(Ui *ui, UiId id, Rect r, const char *label, UiButtonKind kind)
{
    UiState st = ui_interact(ui, id, r, UI_FOCUSABLE);
    const Theme *t = ui->theme;
    int radius = ui_px(ui, 6);
    Color face, text = t->text;
    switch (kind) {
    case UI_BUTTON_PRIMARY:
        face = st.held ? mix(t->accent, t->text, 60) : st.hover ? mix(t->accent, t->text, 30) : t->accent;
        text = t->accent_text;
        draw_rect(&ui->dl, r, face, radius);
        break;
    case UI_BUTTON_QUIET:
        if (st.hover || st.held)
            draw_rect(&ui->dl, r, st.held ? mix(t->button_hover, t->text, 30) : t->button_hover, radius);
        break;
    case UI_BUTTON_PLAIN:
    default:
        face = st.held ? mix(t->button_hover, t->text, 30) : st.hover ? t->button_hover : t->button;
        draw_rect(&ui->dl, r, face, radius);
        draw_border(&ui->dl, r, st.hover ? t->muted : t->border, ui_px(ui, 1), radius);
        break;
    }
    label_centred(ui, r, ui->font_bold, text, label);
    ui_focus_ring(ui, id, r, radius);
    return st.clicked;
}

void ui_button_disabled(Ui *ui, Rect r, const char *label, UiButtonKind kind)
{
    const Theme *t = ui->theme;
    int radius = ui_px(ui, 6);
    /* No face of its own: plain and primary alike get a faint outline,
     * so a disabled primary button does not look like the next step. */
    if (kind != UI_BUTTON_QUIET)
        draw_border(&ui->dl, r, mix(t->border, t->bg, 128), ui_px(ui, 1), radius);
    label_centred(ui, r, ui->font_bold, t->muted, label);
}

bool ui_link(Ui *ui, UiId id, int x, int y, int maxw, Font f, const char *text, Rect *out)
{
    int w = ui_text_width(ui, f, text, strlen(text));
    if (w > maxw)
        w = maxw;
    int h = ui_text_height(ui, f);
    Rect r = {x, y, w, h};
    UiState st = ui_interact(ui, id, r, UI_FOCUSABLE);
    const Theme *t = ui->theme;
    ui_label_fit(ui, x, y, maxw, f, t->accent, text);
    if (st.hover || (st.focused && ui->focus_visible)) {
        int uy = y + h - ui_px(ui, 3);
        draw_rect(&ui->dl, (Rect){x, uy, w, ui_px(ui, 1)}, t->accent, 0);
    }
    ui_focus_ring(ui, id, r, ui_px(ui, 3));
    if (out)
        *out = r;
    return st.clicked;
}

bool ui_row(Ui *ui, UiId id, Rect r, bool selected)
{
    UiState st = ui_interact(ui, id, r, UI_FOCUSABLE);
    const Theme *t = ui->theme;
    int radius = ui_px(ui, 6);
    if (selected || st.held)
        draw_rect(&ui->dl, r, t->accent_soft, radius);
    else if (st.hover)
        draw_rect(&ui->dl, r, t->button_hover, radius);
    if (selected)
        draw_rect(&ui->dl, (Rect){r.x, r.y + radius, ui_px(ui, 3), r.h - 2 * radius}, t->accent, 0);
    ui_focus_ring(ui, id, r, radius);
    return st.clicked;
}

bool ui_option(Ui *ui, UiId id, Rect r, const char *label, bool checked, bool radio)
{
    UiState st = ui_interact(ui, id, r, UI_FOCUSABLE);
    const Theme *t = ui->theme;
    int box = ui_px(ui, 20);
    int h = ui_text_height(ui, ui->font);
    Rect b = {r.x + ui_px(ui, 6), r.y + (r.h - box) / 2, box, box};
    if (st.hover)
        draw_rect(&ui->dl, r, t->button_hover, ui_px(ui, 6));
    int radius = radio ? box / 2 : ui_px(ui, 4);
    draw_rect(&ui->dl, b, checked && !radio ? t->accent : t->button, radius);
    draw_border(&ui->dl, b, checked ? t->accent : t->muted, ui_px(ui, 2), radius);
    if (checked && radio) {
        int d = box / 2;
        draw_rect(&ui->dl, (Rect){b.x + (box - d) / 2, b.y + (box - d) / 2, d, d}, t->accent, d / 2);
    } else if (checked) {
        int th = ui_px(ui, 2);
        draw_line(&ui->dl, b.x + box / 4, b.y + box / 2, b.x + box * 5 / 12, b.y + box * 3 / 4 - th / 2, t->accent_text,
                  th);
        draw_line(&ui->dl, b.x + box * 5 / 12, b.y + box * 3 / 4 - th / 2, b.x + box * 3 / 4, b.y + box / 4,
                  t->accent_text, th);
    }
    int tx = b.x + box + ui_px(ui, 10);
    ui_label_fit(ui, tx, r.y + (r.h - h) / 2, r.x + r.w - tx - ui_px(ui, 6), ui->font, t->text, label);
    ui_focus_ring(ui, id, r, ui_px(ui, 6));
    return st.clicked;
}

/* Code point steps in BUF (LEN bytes): the start of the one before AT and
 * the end of the one at AT. */
static size_t prev_cp(const char *buf, size_t at)
{
    if (at == 0)
        return 0;
    at--;
    while (at > 0 && ((unsigned char)buf[at] & 0xC0) == 0x80)
        at--;
    return at;
}

static size_t next_cp(const char *buf, size_t len, size_t at)
{
    if (at >= len)
        return len;
    at++;
    while (at < len && ((unsigned char)buf[at] & 0xC0) == 0x80)
        at++;
    return at;
}

/* Word steps: over spaces, then over the word. */
static size_t prev_word(const char *buf, size_t at)
{
    while (at > 0 && buf[at - 1] == ' ')
        at--;
    while (at > 0 && buf[at - 1] != ' ')
        at = prev_cp(buf, at);
    return at;
}

static size_t next_word(const char *buf, size_t len, size_t at)
{
    while (at < len && buf[at] == ' ')
        at++;
    while (at < len && buf[at] != ' ')
        at = next_cp(buf, len, at);
    return at;
}

/* Removes BUF[from, to) of a text of *LEN bytes. */
static void cut(char *buf, size_t *len, size_t from, size_t to)
{
    memmove(buf + from, buf + to, *len - to + 1);
    *len -= to - from;
}

/* The keys of a focused field; returns true when the text changed. */
static bool edit_keys(Ui *ui, char *buf, size_t size, size_t *len, size_t *caret)
{
    bool changed = false;
    size_t c = *caret;
    while (ui_key(ui, 'a', UI_MOD_CTRL) || ui_key(ui, 'A', UI_MOD_CTRL)) {
        ui->select_all = *len > 0;
        c = *len;
    }
    char typed[UI_MAX_TEXT];
    size_t n = ui_take_text(ui, typed, sizeof typed);
    bool erase = ui->select_all && !ui->in.compose[0] &&
                 (n > 0 || ui_key(ui, UI_KEY_BACKSPACE, 0) || ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_SHIFT) ||
                  ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_CTRL) || ui_key(ui, UI_KEY_DELETE, 0));
    if (erase) { /* the selection goes, and what was typed takes its place */
        buf[0] = '\0';
        *len = 0;
        c = 0;
        changed = true;
        ui->select_all = false;
    }
    for (size_t i = 0; i < n;) {
        size_t k = next_cp(typed, n, i) - i;
        if (*len + k < size) {
            memmove(buf + c + k, buf + c, *len - c + 1);
            memcpy(buf + c, typed + i, k);
            *len += k;
            c += k;
            changed = true;
        }
        i += k;
    }
    /* The space arrives as typed text; its key press must not also scroll
     * the page. */
    while (ui_key(ui, ' ', 0) || ui_key(ui, ' ', UI_MOD_SHIFT))
        ;
    /* While an input method composes, its keys are its own. */
    if (ui->in.compose[0]) {
        *caret = c;
        return changed;
    }
    while (ui_key(ui, UI_KEY_BACKSPACE, 0) || ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_SHIFT)) {
        size_t p = prev_cp(buf, c);
        if (p < c) {
            cut(buf, len, p, c);
            c = p;
            changed = true;
        }
    }
    while (ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_CTRL)) {
        size_t p = prev_word(buf, c);
        if (p < c) {
            cut(buf, len, p, c);
            c = p;
            changed = true;
        }
    }
    while (ui_key(ui, UI_KEY_DELETE, 0)) {
        size_t e = next_cp(buf, *len, c);
        if (e > c) {
            cut(buf, len, c, e);
            changed = true;
        }
    }
    /* A caret move ends a selection at its start (left, home) or end. */
    if (ui->select_all && (ui_key(ui, UI_KEY_LEFT, 0) || ui_key(ui, UI_KEY_HOME, 0))) {
        ui->select_all = false;
        c = 0;
    }
    if (ui->select_all && (ui_key(ui, UI_KEY_RIGHT, 0) || ui_key(ui, UI_KEY_END, 0))) {
        ui->select_all = false;
        c = *len;
    }
    while (ui_key(ui, UI_KEY_LEFT, 0) || ui_key(ui, UI_KEY_LEFT, UI_MOD_SHIFT))
        c = prev_cp(buf, c);
    while (ui_key(ui, UI_KEY_RIGHT, 0) || ui_key(ui, UI_KEY_RIGHT, UI_MOD_SHIFT))
        c = next_cp(buf, *len, c);
    while (ui_key(ui, UI_KEY_LEFT, UI_MOD_CTRL))
        c = prev_word(buf, c);
    while (ui_key(ui, UI_KEY_RIGHT, UI_MOD_CTRL))
        c = next_word(buf, *len, c);
    while (ui_key(ui, UI_KEY_HOME, 0))
        c = 0;
    while (ui_key(ui, UI_KEY_END, 0))
        c = *len;
    *caret = c;
    return changed;
}

bool ui_textfield(Ui *ui, UiId id, Rect r, char *buf, size_t size, const char *placeholder)
{
    /* Focusable, but not through ui_interact's flag: that would take Enter,
     * which belongs to the screen (search opens a hit, a quiz checks). */
    bool focused = ui_focusable(ui, id, r);
    UiState st = ui_interact(ui, id, r, 0);
    if (ui->active == id && ui->in.pressed) {
        ui_set_focus(ui, id, false);
        focused = true;
    }
    const Theme *t = ui->theme;
    size_t len = strlen(buf);
    bool changed = false;
    if (focused && ui->caret_owner != id) {
        ui->caret_owner = id;
        ui->caret = len;
        ui->select_all = false;
    }
    size_t caret = ui->caret <= len ? ui->caret : len;
    while (caret > 0 && caret < len && ((unsigned char)buf[caret] & 0xC0) == 0x80)
        caret--;
    if (focused) {
        changed = edit_keys(ui, buf, size, &len, &caret);
        ui->caret = caret;
    }
    bool selected = focused && ui->select_all && len > 0;
    int radius = ui_px(ui, 6);
    draw_rect(&ui->dl, r, t->button, radius);
    draw_border(&ui->dl, r, focused ? t->accent : st.hover ? t->muted : t->border, ui_px(ui, focused ? 2 : 1), radius);
    int pad = ui_px(ui, 12);
    Rect inner = {r.x + pad, r.y, r.w - 2 * pad, r.h};
    int th = ui_text_height(ui, ui->font);
    int ty = r.y + (r.h - th) / 2;
    const char *comp = focused ? ui->in.compose : "";
    size_t clen = strlen(comp);
    size_t ccur = ui->in.compose_cursor <= clen ? ui->in.compose_cursor : clen;
    /* Where the caret is in the text as drawn (composition included), and
     * how far the text must shift left to keep it in the field. */
    int before = ui_text_width(ui, ui->font, buf, caret);
    int comp_w = ui_text_width(ui, ui->font, comp, clen);
    int caret_x = before + ui_text_width(ui, ui->font, comp, ccur);
    int room = inner.w - ui_px(ui, 3);
    int shift = caret_x > room ? caret_x - room : 0;
    int x = inner.x - shift;
    ui_push_clip(ui, inner);
    if (selected) /* the whole text, behind it */
        draw_rect(&ui->dl, (Rect){x, ty, ui_text_width(ui, ui->font, buf, len), th}, t->accent_soft, 0);
    if (len || clen) {
        int tw = ui_text_width(ui, ui->font, buf + caret, len - caret);
        if (caret)
            draw_text(&ui->dl, x, ty, before, th, ui->font, t->text, buf, caret);
        if (clen) {
            draw_text(&ui->dl, x + before, ty, comp_w, th, ui->font, t->text, comp, clen);
            draw_rect(&ui->dl, (Rect){x + before, ty + th - ui_px(ui, 2), comp_w, ui_px(ui, 1)}, t->accent, 0);
        }
        if (len > caret)
            draw_text(&ui->dl, x + before + comp_w, ty, tw, th, ui->font, t->text, buf + caret, len - caret);
    } else if (placeholder) {
        ui_label(ui, inner.x, ty, ui->font, t->muted, placeholder);
    }
    if (focused) {
        Rect cr = {x + caret_x + ui_px(ui, 1), ty, ui_px(ui, 2), th};
        draw_rect(&ui->dl, cr, t->text, 0);
        ui->text_input_rect = cr;
    }
    ui_pop_clip(ui);
    if (changed)
        ui->redraw = true;
    return changed;
}

int ui_paragraph_height(Ui *ui, int width, Font f, int line_h, const char *markup)
{
    const TextLayout *tl = text_memo_get(ui, markup, strlen(markup), width, f);
    return tl ? tl->nlines * line_h : 0;
}

/* The part of run R (drawn at X, Y in font F, TEXT[0..N)) that holds the
 * marked bytes: its rect, and the text under it into the mark's SHOWN
 * (the first piece only: a word broken over two lines shows its start).
 * w 0 when the run holds none of them. A run drawn as other text (a
 * hyphenation break) is marked whole. */
static Rect mark_piece(Ui *ui, const TextRun *r, int x, int y, int h, Font f, const char *text, size_t n)
{
    UiMark *m = &ui->mark;
    size_t a = m->start, b = m->start + m->len;
    if (b <= r->start || a >= r->start + r->len)
        return (Rect){0, 0, 0, 0};
    size_t from = 0, to = n;
    if (!r->shown_len) {
        from = a > r->start ? a - r->start : 0;
        to = b < r->start + r->len ? b - r->start : r->len;
    }
    int x0 = ui_text_width(ui, f, text, from);
    int w = ui_text_width(ui, f, text + from, to - from);
    if (!m->at.w)
        snprintf(m->shown, sizeof m->shown, "%.*s", (int)(to - from), text + from);
    return (Rect){x + x0, y, w, h};
}

int ui_paragraph(Ui *ui, int x, int y, int width, Font f, Color c, int line_h, const char *markup)
{
    const TextLayout *tl = text_memo_get(ui, markup, strlen(markup), width, f);
    if (!tl)
        return 0;
    Rect clip = ui_clip(ui);
    int th = ui_text_height(ui, f);
    int lead = (line_h - th) / 2;
    bool marked = ui->mark.markup == markup && ui->mark.len;
    for (size_t i = 0; i < tl->nruns; i++) {
        const TextRun *r = &tl->runs[i];
        int ry = y + r->line * line_h + lead;
        Font rf = f;
        rf.style = r->style;
        size_t n;
        const char *text = text_run_text(tl, r, &n);
        Rect hl = marked ? mark_piece(ui, r, x + r->x, ry, th, rf, text, n) : (Rect){0, 0, 0, 0};
        if (hl.w && !ui->mark.at.w)
            ui->mark.at = hl;
        if (ry + th <= clip.y || ry >= clip.y + clip.h)
            continue;
        if (hl.w)
            ui_mark_rect(ui, hl);
        draw_text(&ui->dl, x + r->x, ry, r->width, th, rf, c, text, n);
    }
    return tl->nlines * line_h;
}

void ui_mark_rect(Ui *ui, Rect r)
{
    const Theme *t = ui->theme;
    int pad = ui_px(ui, 2);
    int bar = ui_px(ui, 3);
    draw_rect(&ui->dl, (Rect){r.x - pad, r.y, r.w + 2 * pad, r.h}, t->spoken, ui_px(ui, 3));
    draw_rect(&ui->dl, (Rect){r.x - pad, r.y + r.h - bar, r.w + 2 * pad, bar}, t->spoken_edge, 0);
}
