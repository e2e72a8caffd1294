/* speak.c - see speak.h. The host does the sound; this file decides what
 * the keys and buttons mean, which word is lit, and when to look again.
 * The word comes from the host's status each frame: with a sound device it
 * follows the samples played, without one (and under the harness) the
 * clock, so the app asks for a wake-up when the next word is due and
 * otherwise costs nothing. */
#include "speak.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "widgets.h"

static bool has_host(const App *app)
{
    return app->speak_host && app->speak_host->say;
}

void speak_stop(App *app)
{
    Speak *sp = &app->speak;
    if (sp->active && has_host(app) && app->speak_host->stop)
        app->speak_host->stop(app->speak_ctx);
    sp->active = false;
    sp->paused = false;
    sp->owner = NULL;
    sp->word = SIZE_MAX;
    sp->followed = SIZE_MAX;
    speech_script_free(&sp->script);
    memset(&sp->script, 0, sizeof sp->script);
}

void speak_start(App *app, SpeechScript *script, const void *owner, size_t start)
{
    Speak *sp = &app->speak;
    speak_stop(app);
    if (!script) {
        AwError e = {.code = AW_ERR_NO_MEMORY};
        char why[256];
        snprintf(app->error, sizeof app->error, app_str(app, STR_SPEAK_FAILED),
                 i18n_error(&e, app->lang, why, sizeof why));
        return;
    }
    sp->script = *script;
    memset(script, 0, sizeof *script);
    if (!has_host(app)) {
        snprintf(app->error, sizeof app->error, app_str(app, STR_SPEAK_FAILED), app_str(app, STR_SPEAK_NO_HOST));
        speak_stop(app);
        return;
    }
    char why[256] = "";
    if (start >= sp->script.nwords ||
        !app->speak_host->say(app->speak_ctx, &sp->script, start, app->settings.speak_wpm, why, sizeof why)) {
        if (why[0])
            snprintf(app->error, sizeof app->error, app_str(app, STR_SPEAK_FAILED), why);
        speak_stop(app);
        return;
    }
    sp->active = true;
    sp->owner = owner;
    sp->seen = true; /* the screen that started it draws its control */
    sp->word = SIZE_MAX;
    sp->followed = SIZE_MAX;
}

static void set_pause(App *app, bool on)
{
    Speak *sp = &app->speak;
    if (!sp->active || sp->paused == on)
        return;
    sp->paused = on;
    if (app->speak_host->pause)
        app->speak_host->pause(app->speak_ctx, on);
}

bool speak_reading(const App *app, const void *owner)
{
    return app->speak.active && owner && app->speak.owner == owner;
}

const SpeechWord *speak_word(const App *app, const void *owner, const SpeechPart **part)
{
    const Speak *sp = &app->speak;
    if (!speak_reading(app, owner) || sp->word >= sp->script.nwords)
        return NULL;
    const SpeechWord *w = &sp->script.words[sp->word];
    if (w->part >= sp->script.nparts)
        return NULL;
    if (part)
        *part = &sp->script.parts[w->part];
    return w;
}

bool speak_from(App *app, const void *owner, SpeechPartKind kind, size_t block, size_t index, size_t pos)
{
    Speak *sp = &app->speak;
    if (!speak_reading(app, owner))
        return false;
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < sp->script.nwords; i++) {
        const SpeechWord *w = &sp->script.words[i];
        const SpeechPart *p = w->part < sp->script.nparts ? &sp->script.parts[w->part] : NULL;
        if (!p || p->kind != kind || p->block != block || p->index != index)
            continue;
        if (w->plain_off + w->plain_len > pos) { /* the word under POS, or the next one */
            best = i;
            break;
        }
    }
    if (best == SIZE_MAX)
        return false;
    /* The same script again from that word; a paused reading goes on at
     * once (a click on a word means: read from here, now). */
    SpeechScript script = sp->script;
    memset(&sp->script, 0, sizeof sp->script); /* keep it through the restart */
    speak_start(app, &script, owner, best);
    speech_script_free(&script);
    return sp->active;
}

void speak_frame_begin(App *app, Ui *ui)
{
    Speak *sp = &app->speak;
    sp->seen = false;
    sp->shown[0] = '\0';
    sp->shown_at = (Rect){0, 0, 0, 0};
    ui->mark.markup = NULL;
    ui->mark.len = 0;
    if (ui_key_any_shift(ui, 'l', UI_MOD_CTRL)) {
        if (sp->active)
            speak_stop(app);
        else
            sp->want = true;
    }
    if (!sp->active)
        return;
    if (ui_key(ui, UI_KEY_ESCAPE, 0)) {
        speak_stop(app);
        ui->redraw = true;
        return;
    }
    /* Space pauses, except in a text field (a cloze blank), where it types. */
    bool typing = ui->focus && ui->caret_owner == ui->focus;
    if (!typing && ui_key(ui, ' ', 0))
        set_pause(app, !sp->paused);
    SpeakStatus st;
    memset(&st, 0, sizeof st);
    st.word = SIZE_MAX;
    if (app->speak_host->status)
        app->speak_host->status(app->speak_ctx, &st);
    if (st.no_audio && !sp->notice_given) {
        sp->notice_given = true;
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_SPEAK_NO_AUDIO));
    }
    if (st.error[0]) {
        snprintf(app->error, sizeof app->error, app_str(app, STR_SPEAK_FAILED), st.error);
        speak_stop(app);
        return;
    }
    if (!st.playing) {
        speak_stop(app); /* read to the end */
        return;
    }
    sp->word = st.word < sp->script.nwords ? st.word : SIZE_MAX;
    if (!sp->paused) {
        unsigned ms = st.next_ms ? st.next_ms : 100;
        uint64_t at = app->now_ms + (ms < 10 ? 10 : ms);
        if (!app->wake_at_ms || at < app->wake_at_ms)
            app->wake_at_ms = at;
    }
    const SpeechPart *part;
    const SpeechWord *w = speak_word(app, sp->owner, &part);
    if (w && part->text && part->kind != SPEECH_PART_LABEL && part->kind != SPEECH_PART_OPTION_LETTER &&
        part->kind != SPEECH_PART_MATCH_LETTER) {
        ui->mark.markup = part->text;
        ui->mark.start = w->plain_off;
        ui->mark.len = w->plain_len;
    }
}

void speak_frame_end(App *app, Ui *ui)
{
    Speak *sp = &app->speak;
    sp->want = false; /* no control took Ctrl+L: nothing here to read */
    if (sp->active && !sp->seen) {
        speak_stop(app);
        ui->redraw = true;
        return;
    }
    if (!sp->shown_at.w && ui->mark.at.w) {
        sp->shown_at = ui->mark.at;
        snprintf(sp->shown, sizeof sp->shown, "%s", ui->mark.shown);
    }
}

void speak_badge(App *app, Ui *ui, const void *owner, SpeechPartKind kind, size_t index, Rect r, const char *letter)
{
    const SpeechPart *part;
    const SpeechWord *w = speak_word(app, owner, &part);
    if (!w || part->kind != kind || part->index != index)
        return;
    int pad = ui_px(ui, 3);
    Rect hl = {r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad};
    ui_mark_rect(ui, hl);
    if (!ui->mark.at.w) {
        ui->mark.at = hl;
        snprintf(ui->mark.shown, sizeof ui->mark.shown, "%s", letter);
    }
}

void speak_follow(App *app, Ui *ui, UiScroll *s, Rect at)
{
    Speak *sp = &app->speak;
    if (!sp->active || sp->word == SIZE_MAX || sp->word == sp->followed || !at.w)
        return;
    sp->followed = sp->word;
    int margin = at.h * 2;
    if (at.y >= s->view.y + margin && at.y + at.h <= s->view.y + s->view.h - margin)
        return;
    /* Out of view: bring it to a third of the way down, so what follows shows too. */
    float y = s->y + (float)(at.y - (s->view.y + s->view.h / 3));
    float before = s->y;
    s->y = y;
    ui_scroll_clamp(s);
    if (s->y != before)
        ui->redraw = true;
}

/* ---- the control ---- */

void speak_icon(Ui *ui, Rect r, Color c)
{
    /* A loudspeaker: the magnet (a small box), the cone (two triangles)
     * and two sound waves (short strokes on an arc). */
    int u = r.w;
    int t = ui_px(ui, 2);
    int cy = r.y + r.h / 2;
    int bx = r.x + u / 10, bw = u / 4, bh = u / 3;
    int by0 = cy - bh / 2, by1 = cy + bh / 2; /* the box as two triangles: all of it one shape */
    draw_triangle(&ui->dl, bx, by0, bx + bw, by0, bx + bw, by1, c);
    draw_triangle(&ui->dl, bx, by0, bx + bw, by1, bx, by1, c);
    int cx0 = bx + bw - 1, cx1 = r.x + u * 11 / 20;
    int ch = u * 2 / 5;
    draw_triangle(&ui->dl, cx0, cy - bh / 2, cx1, cy - ch, cx1, cy + ch, c);
    draw_triangle(&ui->dl, cx0, cy - bh / 2, cx1, cy + ch, cx0, cy + bh / 2, c);
    for (int k = 1; k <= 2; k++) {
        int rad = u * (2 + 2 * k) / 20;
        int ox = cx1 + u / 20;
        /* An arc as three strokes through four points at -45..45 degrees. */
        static const int cosv[4] = {707, 966, 966, 707}, sinv[4] = {-707, -259, 259, 707};
        for (int i = 0; i < 3; i++)
            draw_line(&ui->dl, ox + rad * cosv[i] / 1000, cy + rad * sinv[i] / 1000, ox + rad * cosv[i + 1] / 1000,
                      cy + rad * sinv[i + 1] / 1000, c, t);
    }
}

typedef enum { ICON_SPEAKER, ICON_PAUSE, ICON_PLAY, ICON_STOP } IconKind;

static void icon(Ui *ui, IconKind k, Rect r, Color c)
{
    int u = r.w;
    switch (k) {
    case ICON_SPEAKER:
        speak_icon(ui, r, c);
        break;
    case ICON_PAUSE:
        draw_rect(&ui->dl, (Rect){r.x + u / 5, r.y + u / 6, u / 5, u * 2 / 3}, c, 0);
        draw_rect(&ui->dl, (Rect){r.x + u * 3 / 5, r.y + u / 6, u / 5, u * 2 / 3}, c, 0);
        break;
    case ICON_PLAY:
        draw_triangle(&ui->dl, r.x + u / 4, r.y + u / 6, r.x + u * 5 / 6, r.y + u / 2, r.x + u / 4, r.y + u * 5 / 6, c);
        break;
    case ICON_STOP:
        draw_rect(&ui->dl, (Rect){r.x + u / 5, r.y + u / 5, u * 3 / 5, u * 3 / 5}, c, 0);
        break;
    }
}

static int icon_size(Ui *ui)
{
    return ui_text_height(ui, ui->font_bold);
}

static int icon_button_width(Ui *ui, const char *label)
{
    return ui_button_width(ui, label) + icon_size(ui) + ui_px(ui, 6);
}

/* A plain button with an icon before its label. */
static bool icon_button(App *app, Ui *ui, UiId id, Rect r, IconKind k, const char *label)
{
    bool clicked = ui_button(ui, id, r, "", UI_BUTTON_PLAIN);
    int is = icon_size(ui);
    int gap = ui_px(ui, 6);
    int lw = ui_text_width(ui, ui->font_bold, label, strlen(label));
    int x = r.x + (r.w - is - gap - lw) / 2;
    if (x < r.x + ui_px(ui, 8))
        x = r.x + ui_px(ui, 8);
    icon(ui, k, (Rect){x, r.y + (r.h - is) / 2, is, is}, app->theme->text);
    int th = ui_text_height(ui, ui->font_bold);
    ui_label_fit(ui, x + is + gap, r.y + (r.h - th) / 2, r.x + r.w - (x + is + gap) - ui_px(ui, 8), ui->font_bold,
                 app->theme->text, label);
    return clicked;
}

int speak_control_width(App *app, Ui *ui, const void *owner)
{
    if (!speak_reading(app, owner))
        return icon_button_width(ui, app_str(app, STR_SPEAK_READ));
    return icon_button_width(ui, app_str(app, app->speak.paused ? STR_SPEAK_RESUME : STR_SPEAK_PAUSE)) +
           app->typography.unit + icon_button_width(ui, app_str(app, STR_SPEAK_STOP));
}

Rect speak_control(App *app, Ui *ui, const char *id, int x, int y, int w, const void *owner, bool *start)
{
    Speak *sp = &app->speak;
    int bh = ui_button_height(ui);
    if (start)
        *start = false;
    if (!speak_reading(app, owner)) {
        int bw = speak_control_width(app, ui, owner);
        Rect r = {x, y, bw < w ? bw : w, bh};
        bool clicked = icon_button(app, ui, ui_id(id, 0), r, ICON_SPEAKER, app_str(app, STR_SPEAK_READ));
        if (clicked || sp->want) {
            sp->want = false;
            if (start)
                *start = true;
            ui->redraw = true;
        }
        return r;
    }
    sp->seen = true;
    const char *pl = app_str(app, sp->paused ? STR_SPEAK_RESUME : STR_SPEAK_PAUSE);
    const char *sl = app_str(app, STR_SPEAK_STOP);
    int pw = icon_button_width(ui, pl), sw = icon_button_width(ui, sl);
    int gap = app->typography.unit;
    Rect pr = {x, y, pw < w ? pw : w, bh};
    Rect sr = {x + pr.w + gap, y, sw, bh};
    if (sr.x + sr.w > x + w) /* too narrow side by side: one under the other */
        sr = (Rect){x, y + bh + gap, sw < w ? sw : w, bh};
    if (icon_button(app, ui, ui_id(id, 0), pr, sp->paused ? ICON_PLAY : ICON_PAUSE, pl)) {
        set_pause(app, !sp->paused);
        ui->redraw = true;
    }
    if (icon_button(app, ui, ui_id(id, 1), sr, ICON_STOP, sl)) {
        speak_stop(app);
        sp->seen = true;
        ui->redraw = true;
    }
    Rect all = pr;
    if (sr.y > pr.y)
        all.h = sr.y + sr.h - pr.y;
    else
        all.w = sr.x + sr.w - pr.x;
    return all;
}
