/* widgets.c - buttons, links, rows, options, the text field and wrapped
 * paragraphs. Every widget gets its state from ui_interact() and draws
 * with the theme's named colours, so a new theme needs no widget code. */
#include "widgets.h"

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

/* Removes the last code point of BUF (LEN bytes); returns the new length. */
static size_t drop_code_point(char *buf, size_t len)
{
    while (len > 0 && ((unsigned char)buf[len - 1] & 0xC0) == 0x80)
        len--;
    if (len > 0)
        len--;
    buf[len] = '\0';
    return len;
}

bool ui_textfield(Ui *ui, UiId id, Rect r, char *buf, size_t size, const char *placeholder)
{
    UiState st = ui_interact(ui, id, r, UI_FOCUSABLE);
    const Theme *t = ui->theme;
    size_t len = strlen(buf);
    bool changed = false;
    if (st.focused) {
        char typed[UI_MAX_TEXT];
        size_t n = ui_take_text(ui, typed, sizeof typed);
        for (size_t i = 0; i < n;) {
            size_t k = 1;
            while (i + k < n && ((unsigned char)typed[i + k] & 0xC0) == 0x80)
                k++;
            if (len + k < size) {
                memcpy(buf + len, typed + i, k);
                len += k;
                buf[len] = '\0';
                changed = true;
            }
            i += k;
        }
        while (ui_key(ui, UI_KEY_BACKSPACE, 0) || ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_SHIFT)) {
            if (len) {
                len = drop_code_point(buf, len);
                changed = true;
            }
        }
        /* The space arrives as typed text; its key press must not also
         * scroll the page. */
        while (ui_key(ui, ' ', 0) || ui_key(ui, ' ', UI_MOD_SHIFT))
            ;
        while (ui_key(ui, UI_KEY_BACKSPACE, UI_MOD_CTRL)) {
            while (len && buf[len - 1] == ' ')
                len--;
            while (len && buf[len - 1] != ' ')
                len--;
            buf[len] = '\0';
            changed = true;
        }
    }
    int radius = ui_px(ui, 6);
    draw_rect(&ui->dl, r, t->button, radius);
    bool ring = st.focused;
    draw_border(&ui->dl, r, ring ? t->accent : st.hover ? t->muted : t->border, ui_px(ui, ring ? 2 : 1), radius);
    int pad = ui_px(ui, 12);
    Rect inner = {r.x + pad, r.y, r.w - 2 * pad, r.h};
    int th = ui_text_height(ui, ui->font);
    int ty = r.y + (r.h - th) / 2;
    ui_push_clip(ui, inner);
    int tw = 0;
    if (len) {
        tw = ui_text_width(ui, ui->font, buf, len);
        int x = tw > inner.w - ui_px(ui, 3) ? inner.x + inner.w - ui_px(ui, 3) - tw : inner.x;
        draw_text(&ui->dl, x, ty, tw, th, ui->font, t->text, buf, len);
        tw = x - inner.x + tw;
    } else if (placeholder) {
        ui_label(ui, inner.x, ty, ui->font, t->muted, placeholder);
    }
    if (st.focused)
        draw_rect(&ui->dl, (Rect){inner.x + tw + ui_px(ui, 1), ty, ui_px(ui, 2), th}, t->text, 0);
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

int ui_paragraph(Ui *ui, int x, int y, int width, Font f, Color c, int line_h, const char *markup)
{
    const TextLayout *tl = text_memo_get(ui, markup, strlen(markup), width, f);
    if (!tl)
        return 0;
    Rect clip = ui_clip(ui);
    int th = ui_text_height(ui, f);
    int lead = (line_h - th) / 2;
    for (size_t i = 0; i < tl->nruns; i++) {
        const TextRun *r = &tl->runs[i];
        int ry = y + r->line * line_h + lead;
        if (ry + th <= clip.y || ry >= clip.y + clip.h)
            continue;
        Font rf = f;
        rf.style = r->style;
        draw_text(&ui->dl, x + r->x, ry, r->width, th, rf, c, tl->plain + r->start, r->len);
    }
    return tl->nlines * line_h;
}
