/* ui.c - the Ui context: frames, ids, keys, clipping, interaction and
 * focus, plain labels and the scroll area. See ui.h for the rules; the
 * comments here say why the code keeps them. */
#include "ui.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "wrap.h"

bool ui_init(Ui *ui, UiMeasure measure)
{
    memset(ui, 0, sizeof *ui);
    ui->measure = measure;
    ui->scale = 1;
    ui->theme = theme_get(THEME_LIGHT);
    ui->font = (Font){FONT_FAMILY_TEXT, FONT_REGULAR, 16, 0, 0};
    ui->font_bold = (Font){FONT_FAMILY_TEXT, FONT_SEMIBOLD, 16, 0, 0};
    draw_init(&ui->dl);
    ui->text_memo = text_memo_new();
    return ui->text_memo != NULL;
}

void ui_free(Ui *ui)
{
    draw_free(&ui->dl);
    text_memo_free(ui->text_memo);
    ui->text_memo = NULL;
}

void ui_begin(Ui *ui, UiInput *in, int w, int h, float scale, uint64_t now_ms)
{
    ui->in = *in;
    in->pressed = in->released = false;
    in->wheel = 0;
    in->nkeys = 0;
    in->ntext = 0;
    in->text[0] = '\0';
    ui->width = w;
    ui->height = h;
    ui->scale = scale > 0 ? scale : 1;
    ui->now_ms = now_ms;
    draw_reset(&ui->dl);
    ui->norder = 0;
    ui->focus_seen = false;
    ui->redraw = false;
    ui->hand_cursor = false;
    ui->nclip = 0;
    ui->nscroll = 0;
    ui->text_input_rect = (Rect){0, 0, 0, 0};
    ui->mark.at = (Rect){0, 0, 0, 0};
    ui->mark.shown[0] = '\0';
    /* A new press: whatever lies under it captures the mouse now. */
    if (ui->in.pressed)
        ui->active = 0;
}

static void move_focus(Ui *ui, bool back)
{
    if (ui->norder == 0)
        return;
    size_t cur = ui->norder;
    for (size_t i = 0; i < ui->norder; i++)
        if (ui->order[i].id == ui->focus)
            cur = i;
    size_t next;
    if (cur == ui->norder)
        next = back ? ui->norder - 1 : 0;
    else
        next = back ? (cur + ui->norder - 1) % ui->norder : (cur + 1) % ui->norder;
    ui->focus = ui->order[next].id;
    ui->focus_visible = true;
    ui->focus_seen = true;
    ui->scroll_to = ui->focus;
    ui->redraw = true;
}

void ui_end(Ui *ui)
{
    for (int i = 0; i < ui->in.nkeys; i++) {
        UiKeyEvent *k = &ui->in.keys[i];
        if (k->used || k->key != UI_KEY_TAB || (k->mods & (UI_MOD_CTRL | UI_MOD_ALT)))
            continue;
        k->used = true;
        move_focus(ui, k->mods & UI_MOD_SHIFT);
    }
    /* A press on nothing focusable takes the focus away, as in a browser. */
    if (ui->in.pressed && ui->active == 0 && ui->focus) {
        ui->focus = 0;
        ui->redraw = true;
    }
    if (ui->focus && !ui->focus_seen)
        ui->focus = 0;
    if (ui->in.released || !ui->in.down)
        ui->active = 0;
    memcpy(ui->prev_order, ui->order, ui->norder * sizeof *ui->order);
    ui->nprev = ui->norder;
}

UiId ui_id(const char *name, size_t index)
{
    uint64_t h = hash_bytes(HASH_INIT, name, strlen(name));
    h = hash_bytes(h, &index, sizeof index);
    UiId id = (UiId)(h ^ (h >> 32));
    return id ? id : 1;
}

UiId ui_id_in(UiId parent, size_t index)
{
    uint64_t h = hash_bytes(HASH_INIT, &parent, sizeof parent);
    h = hash_bytes(h, &index, sizeof index);
    UiId id = (UiId)(h ^ (h >> 32));
    return id ? id : 1;
}

/* ---- keys ---- */

static bool take_key(Ui *ui, int key, int mods, int mask)
{
    for (int i = 0; i < ui->in.nkeys; i++) {
        UiKeyEvent *k = &ui->in.keys[i];
        if (!k->used && k->key == key && (k->mods & mask) == (mods & mask)) {
            k->used = true;
            ui->redraw = true;
            return true;
        }
    }
    return false;
}

bool ui_key(Ui *ui, int key, int mods)
{
    return take_key(ui, key, mods, UI_MOD_SHIFT | UI_MOD_CTRL | UI_MOD_ALT);
}

bool ui_key_any_shift(Ui *ui, int key, int mods)
{
    return take_key(ui, key, mods, UI_MOD_CTRL | UI_MOD_ALT);
}

size_t ui_take_text(Ui *ui, char *out, size_t size)
{
    size_t n = ui->in.ntext < size - 1 ? ui->in.ntext : size - 1;
    memcpy(out, ui->in.text, n);
    out[n] = '\0';
    ui->in.ntext = 0;
    return n;
}

/* ---- clipping ---- */

Rect ui_clip(const Ui *ui)
{
    return ui->nclip ? ui->clip[ui->nclip - 1] : (Rect){0, 0, ui->width, ui->height};
}

void ui_push_clip(Ui *ui, Rect r)
{
    Rect c = rect_intersect(r, ui_clip(ui));
    if (ui->nclip < UI_MAX_CLIP)
        ui->clip[ui->nclip++] = c;
    draw_clip(&ui->dl, c);
}

void ui_pop_clip(Ui *ui)
{
    if (ui->nclip > 0)
        ui->nclip--;
    if (ui->nclip)
        draw_clip(&ui->dl, ui->clip[ui->nclip - 1]);
    else
        draw_clip_none(&ui->dl);
}

/* ---- interaction and focus ---- */

static void register_focus(Ui *ui, UiId id, Rect r)
{
    if (ui->norder >= UI_MAX_FOCUS)
        return;
    UiFocusable *f = &ui->order[ui->norder++];
    f->id = id;
    f->rect = r;
    f->scroll = 0;
    f->content_y = r.y;
    if (ui->nscroll) {
        UiScroll *s = ui->scrolls[ui->nscroll - 1];
        f->scroll = s->id;
        f->content_y = r.y - (s->view.y - (int)s->y);
    }
    if (id == ui->focus)
        ui->focus_seen = true;
}

UiState ui_interact(Ui *ui, UiId id, Rect r, unsigned flags)
{
    UiState st = {0};
    Rect vis = rect_intersect(r, ui_clip(ui));
    if (flags & UI_FOCUSABLE)
        register_focus(ui, id, r);
    const UiInput *in = &ui->in;
    if (in->pressed && ui->active == 0 && rect_contains(vis, in->press_x, in->press_y)) {
        ui->active = id;
        if (flags & UI_FOCUSABLE) {
            ui->focus = id;
            ui->focus_visible = false;
            ui->focus_seen = true;
        }
        ui->redraw = true;
    }
    bool over = in->mouse_inside && rect_contains(vis, in->mouse_x, in->mouse_y);
    st.hover = over && (ui->active == 0 || ui->active == id);
    if (ui->active == id && in->released && rect_contains(vis, in->release_x, in->release_y))
        st.clicked = true;
    st.held = ui->active == id && in->down && !in->released;
    st.focused = ui->focus == id;
    if (st.focused && (flags & UI_FOCUSABLE)) {
        if (ui_key(ui, UI_KEY_ENTER, 0) || (ui->focus_visible && ui_key(ui, ' ', 0)))
            st.clicked = true;
    }
    if (st.hover)
        ui->hand_cursor = true;
    if (st.clicked)
        ui->redraw = true;
    return st;
}

bool ui_focusable(Ui *ui, UiId id, Rect r)
{
    register_focus(ui, id, r);
    return ui->focus == id;
}

void ui_set_focus(Ui *ui, UiId id, bool visible)
{
    ui->focus = id;
    ui->focus_visible = visible;
    ui->focus_seen = true;
    ui->redraw = true;
}

void ui_focus_ring(Ui *ui, UiId id, Rect r, int radius)
{
    if (ui->focus != id || !ui->focus_visible)
        return;
    int t = (int)(2 * ui->scale + 0.5f);
    int gap = t;
    Rect ring = {r.x - gap - t, r.y - gap - t, r.w + 2 * (gap + t), r.h + 2 * (gap + t)};
    draw_border(&ui->dl, ring, ui->theme->focus, t, radius ? radius + gap + t : 0);
}

/* ---- text ---- */

int ui_text_width(Ui *ui, Font f, const char *s, size_t len)
{
    return len ? ui->measure.width(ui->measure.ctx, f, s, len) : 0;
}

int ui_text_height(Ui *ui, Font f)
{
    return ui->measure.height(ui->measure.ctx, f);
}

int ui_label(Ui *ui, int x, int y, Font f, Color c, const char *s)
{
    size_t len = strlen(s);
    int w = ui_text_width(ui, f, s, len);
    int h = ui_text_height(ui, f);
    if (rect_overlaps((Rect){x, y, w, h}, ui_clip(ui)))
        draw_text(&ui->dl, x, y, w, h, f, c, s, len);
    return w;
}

static int measure_font(void *ctx, int style, const char *s, size_t len)
{
    Ui *ui = ctx;
    Font f = ui->font;
    f.style = (uint8_t)style;
    return ui_text_width(ui, f, s, len);
}

int ui_label_fit(Ui *ui, int x, int y, int maxw, Font f, Color c, const char *s)
{
    size_t len = strlen(s);
    int w = ui_text_width(ui, f, s, len);
    if (w <= maxw)
        return ui_label(ui, x, y, f, c, s);
    static const char ell[] = "\xE2\x80\xA6";
    int ew = ui_text_width(ui, f, ell, 3);
    Font save = ui->font;
    ui->font = f;
    size_t k = wrap_fit(s, len, f.style, maxw - ew, measure_font, ui);
    ui->font = save;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    char buf[512];
    if (k > sizeof buf - 4)
        k = sizeof buf - 4;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    memcpy(buf, s, k);
    memcpy(buf + k, ell, 4);
    return ui_label(ui, x, y, f, c, buf);
}

/* ---- scrolling ---- */

int ui_scrollbar_width(const Ui *ui)
{
    return (int)(10 * ui->scale + 0.5f);
}

void ui_scroll_clamp(UiScroll *s)
{
    float max = (float)(s->content_h - s->view.h);
    if (s->y > max)
        s->y = max;
    if (s->y < 0)
        s->y = 0;
}

void ui_scroll_show(UiScroll *s, int y, int h, int margin)
{
    if (y - margin < s->y)
        s->y = (float)(y - margin);
    else if (y + h + margin > s->y + (float)s->view.h)
        s->y = (float)(y + h + margin - s->view.h);
    if (h + 2 * margin > s->view.h)
        s->y = (float)(y - margin);
}

static void scroll_keys(Ui *ui, UiScroll *s)
{
    int step = (int)(40 * ui->scale);
    int page = s->view.h - step > step ? s->view.h - step : step;
    bool typing = ui->focus != 0 && ui->focus_visible;
    while (ui_key(ui, UI_KEY_DOWN, 0))
        s->y += (float)step;
    while (ui_key(ui, UI_KEY_UP, 0))
        s->y -= (float)step;
    while (ui_key(ui, UI_KEY_PAGEDOWN, 0) || (!typing && ui_key(ui, ' ', 0)))
        s->y += (float)page;
    while (ui_key(ui, UI_KEY_PAGEUP, 0) || (!typing && ui_key(ui, ' ', UI_MOD_SHIFT)))
        s->y -= (float)page;
    while (ui_key(ui, UI_KEY_HOME, 0) || ui_key(ui, UI_KEY_HOME, UI_MOD_CTRL))
        s->y = 0;
    while (ui_key(ui, UI_KEY_END, 0) || ui_key(ui, UI_KEY_END, UI_MOD_CTRL))
        s->y = (float)s->content_h;
}

typedef struct {
    Rect track, thumb;
    bool visible;
} Bar;

static Bar bar_of(const Ui *ui, const UiScroll *s)
{
    Bar b = {0};
    int w = ui_scrollbar_width(ui);
    b.track = (Rect){s->view.x + s->view.w - w, s->view.y, w, s->view.h};
    int max = s->content_h - s->view.h;
    if (max <= 0 || s->view.h <= 0)
        return b;
    b.visible = true;
    int th = (int)((long long)s->view.h * s->view.h / s->content_h);
    int minh = (int)(36 * ui->scale);
    if (th < minh)
        th = minh;
    if (th > s->view.h)
        th = s->view.h;
    int ty = s->view.y + (int)((float)(s->view.h - th) * s->y / (float)max + 0.5f);
    b.thumb = (Rect){b.track.x, ty, w, th};
    return b;
}

int ui_scroll_begin(Ui *ui, UiScroll *s, UiId id, Rect view, unsigned flags)
{
    if (s->id != id)
        s->grab = -1;
    s->id = id;
    s->view = view;
    const UiInput *in = &ui->in;
    /* Input is applied before the content is drawn, so the frame shows the
     * new position at once. */
    int step = (int)(40 * ui->scale);
    if (in->wheel != 0 && in->mouse_inside && rect_contains(view, in->mouse_x, in->mouse_y)) {
        s->y += in->wheel * (float)step * 1.5f;
        ui->in.wheel = 0;
    }
    UiId thumb_id = ui_id_in(id, 1);
    if (ui->active == thumb_id && in->down && s->grab >= 0) {
        Bar b = bar_of(ui, s);
        int range = s->view.h - b.thumb.h;
        if (range > 0)
            s->y = (float)(in->mouse_y - s->grab - s->view.y) * (float)(s->content_h - s->view.h) / (float)range;
    }
    if (flags & UI_SCROLL_KEYS)
        scroll_keys(ui, s);
    ui_scroll_clamp(s);
    if (ui->scroll_to) {
        for (size_t i = 0; i < ui->nprev; i++)
            if (ui->prev_order[i].id == ui->scroll_to && ui->prev_order[i].scroll == id) {
                ui_scroll_show(s, ui->prev_order[i].content_y, ui->prev_order[i].rect.h, (int)(24 * ui->scale));
                ui_scroll_clamp(s);
                ui->scroll_to = 0;
                break;
            }
    }
    if (ui->nscroll < UI_MAX_SCROLL)
        ui->scrolls[ui->nscroll++] = s;
    ui_push_clip(ui, view);
    return view.y - (int)s->y;
}

void ui_scroll_end(Ui *ui, UiScroll *s, int content_h)
{
    ui_pop_clip(ui);
    if (ui->nscroll > 0 && ui->scrolls[ui->nscroll - 1] == s)
        ui->nscroll--;
    float before = s->y;
    s->content_h = content_h;
    ui_scroll_clamp(s);
    Bar b = bar_of(ui, s);
    if (b.visible) {
        UiId thumb_id = ui_id_in(s->id, 1), track_id = ui_id_in(s->id, 2);
        UiState th = ui_interact(ui, thumb_id, b.thumb, 0);
        if (ui->active == thumb_id && ui->in.pressed)
            s->grab = ui->in.press_y - b.thumb.y;
        UiState tr = ui_interact(ui, track_id, b.track, 0);
        if (tr.clicked) {
            int page = s->view.h - (int)(40 * ui->scale);
            s->y += ui->in.release_y < b.thumb.y ? (float)-page : (float)page;
            ui_scroll_clamp(s);
        }
        b = bar_of(ui, s);
        const Theme *t = ui->theme;
        int inset = (int)(2 * ui->scale);
        draw_rect(&ui->dl, b.track, t->scroll_track, 0);
        Rect thumb = {b.thumb.x + inset, b.thumb.y + inset, b.thumb.w - 2 * inset, b.thumb.h - 2 * inset};
        bool hot = th.hover || ui->active == thumb_id;
        draw_rect(&ui->dl, thumb, hot ? t->scroll_thumb_hover : t->scroll_thumb, thumb.w / 2);
    }
    if (s->y != before)
        ui->redraw = true;
}
