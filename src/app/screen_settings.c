/* screen_settings.c - display choices: colours, text size, the dyslexia
 * font, line and letter spacing, hyphenation, full screen, and the
 * keyboard shortcuts. Every change applies at
 * once and is saved (app_settings_changed). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "lrs_conf.h"
#include "screen_settings.h"
#include "xapi_queue.h"
#include "widgets.h"

/* A heading and three choices (normal, wide, extra wide) for *STEP;
 * returns the y below them. */
static int spacing_choice(App *app, Ui *ui, int x, int y, int w, StrId title, const char *id, int *step)
{
    static const StrId names[SETTINGS_SPACING_MAX + 1] = {STR_SPACING_NORMAL, STR_SPACING_WIDE, STR_SPACING_WIDER};
    int oh = ui_button_height(ui);
    y += app_subheading(app, ui, x, y, w, title);
    for (int i = 0; i <= SETTINGS_SPACING_MAX; i++) {
        if (ui_option(ui, ui_id(id, (size_t)i), (Rect){x, y, w, oh}, app_str(app, names[i]), *step == i, true) &&
            *step != i) {
            *step = i;
            app_settings_changed(app);
        }
        y += oh;
    }
    return y + app->typography.unit * 3;
}

/* Where answers go: read again when the screen opens and every 5 s. */
static void lrs_lines(App *app, SettingsState *st)
{
    if (st->lrs_read && app->now_ms - st->lrs_read_ms < 5000 && app->now_ms >= st->lrs_read_ms)
        return;
    st->lrs_read = true;
    st->lrs_read_ms = app->now_ms;
    st->lrs_line[0][0] = st->lrs_line[1][0] = '\0';
    const char *data = app->progress.data_dir;
    LrsConf conf;
    AwError e;
    if (app->lrs_missing) {
        snprintf(st->lrs_line[0], sizeof st->lrs_line[0], "%s", app_str(app, STR_LRS_NOT_IN_BUILD));
    } else if (!lrs_conf_load(data[0] ? data : NULL, &conf, &e)) {
        i18n_error(&e, app->lang, st->lrs_line[0], sizeof st->lrs_line[0]);
        snprintf(st->lrs_line[1], sizeof st->lrs_line[1], "%s", app_str(app, STR_LRS_NONE));
    } else if (!lrs_conf_sends(&conf)) {
        snprintf(st->lrs_line[0], sizeof st->lrs_line[0], "%s", app_str(app, STR_LRS_NONE));
    } else {
        snprintf(st->lrs_line[0], sizeof st->lrs_line[0], app_str(app, STR_LRS_SENDS_TO), conf.endpoint);
        size_t pending = 0;
        if (data[0] && xapi_queue_waiting(data, &pending) && pending)
            snprintf(st->lrs_line[1], sizeof st->lrs_line[1], app_str(app, STR_LRS_PENDING), pending);
        else
            snprintf(st->lrs_line[1], sizeof st->lrs_line[1], "%s", app_str(app, STR_LRS_ALL_SENT));
    }
}

/* Voorlezen: slower and faster buttons and the speed in words a minute,
 * then how to use it; returns the y below. */
static int speak_speed(App *app, Ui *ui, int x, int y, int w)
{
    Settings *set = &app->settings;
    const Typography *t = &app->typography;
    int oh = ui_button_height(ui);
    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_SPEAK);
    static const StrId labels[] = {STR_SPEAK_SLOWER, STR_SPEAK_FASTER};
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, oh, t->unit, t->unit);
    for (size_t i = 0; i < 2; i++) {
        const char *label = app_str(app, labels[i]);
        Rect r = ui_flow_next(&flow, ui_button_width(ui, label));
        int wpm = set->speak_wpm + (i ? SETTINGS_SPEAK_STEP : -SETTINGS_SPEAK_STEP);
        bool can = wpm >= SETTINGS_SPEAK_WPM_MIN && wpm <= SETTINGS_SPEAK_WPM_MAX;
        if (!can) {
            ui_button_disabled(ui, r, label, UI_BUTTON_PLAIN);
        } else if (ui_button(ui, ui_id("speak-speed", i), r, label, UI_BUTTON_PLAIN)) {
            set->speak_wpm = wpm;
            app_settings_changed(app);
        }
    }
    char speed[64];
    snprintf(speed, sizeof speed, app_str(app, STR_SPEAK_WPM), set->speak_wpm);
    int sw = ui_text_width(ui, t->ui_bold, speed, strlen(speed));
    Rect r = ui_flow_next(&flow, sw + t->unit);
    ui_label(ui, r.x + t->unit, r.y + (oh - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, app->theme->text, speed);
    y = ui_flow_bottom(&flow) + t->unit;
    y += ui_paragraph(ui, x, y, w, t->small, app->theme->muted, t->small_line, app_str(app, STR_SPEAK_HINT));
    return y + t->unit * 3;
}

void screen_settings_frame(App *app, Ui *ui, Rect body)
{
    SettingsState *st = &app->settings_screen;
    Settings *set = &app->settings;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->scroll, "settings", STR_SETTINGS_TITLE, 4, &x, &w, &top);
    y += t->unit * 3;
    int oh = ui_button_height(ui);

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_THEME);
    static const StrId names[THEME_COUNT] = {STR_THEME_LIGHT, STR_THEME_DARK, STR_THEME_CONTRAST};
    for (int i = 0; i < THEME_COUNT; i++) {
        if (ui_option(ui, ui_id("theme", (size_t)i), (Rect){x, y, w, oh}, app_str(app, names[i]),
                      set->theme == (ThemeId)i, true) &&
            set->theme != (ThemeId)i) {
            set->theme = (ThemeId)i;
            app_settings_changed(app);
        }
        y += oh;
    }
    y += t->unit * 3;

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_TEXT_SIZE);
    static const StrId size_labels[] = {STR_TEXT_SMALLER, STR_TEXT_LARGER, STR_TEXT_RESET};
    static const int deltas[] = {-1, +1, 0};
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, oh, t->unit, t->unit);
    for (size_t i = 0; i < 3; i++) {
        const char *label = app_str(app, size_labels[i]);
        Rect r = ui_flow_next(&flow, ui_button_width(ui, label));
        if (ui_button(ui, ui_id("text-size", i), r, label, UI_BUTTON_PLAIN)) {
            int step = deltas[i] == 0 ? 0 : set->text_step + deltas[i];
            if (step >= SETTINGS_TEXT_STEP_MIN && step <= SETTINGS_TEXT_STEP_MAX && step != set->text_step) {
                set->text_step = step;
                app_settings_changed(app);
            }
        }
    }
    int bx = flow.bx;
    y = flow.by;
    char pct[32];
    snprintf(pct, sizeof pct, "%d%%", (int)(settings_text_factor(set->text_step) * 100 + 0.5f));
    int pw = ui_text_width(ui, t->ui_bold, pct, strlen(pct));
    if (bx + pw <= x + w)
        ui_label(ui, bx + t->unit, y + (oh - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, th->text, pct);
    y += oh + t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_START_TAGLINE));
    y += t->unit * 3;

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_FONT);
    if (ui_option(ui, ui_id("dyslexic", 0), (Rect){x, y, w, oh}, app_str(app, STR_FONT_DYSLEXIC), set->dyslexic,
                  false)) {
        set->dyslexic = !set->dyslexic;
        app_settings_changed(app);
    }
    y += oh + t->unit * 3;

    y = spacing_choice(app, ui, x, y, w, STR_SETTINGS_LINE_SPACING, "line-spacing", &set->line_spacing);
    y = spacing_choice(app, ui, x, y, w, STR_SETTINGS_LETTER_SPACING, "letter-spacing", &set->letter_spacing);

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_HYPHENATION);
    if (ui_option(ui, ui_id("hyphenate", 0), (Rect){x, y, w, oh}, app_str(app, STR_HYPHENATE), set->hyphenate, false)) {
        set->hyphenate = !set->hyphenate;
        app_settings_changed(app);
    }
    y += oh;
    if (app->hyphen_missing[0]) {
        char why[1024];
        snprintf(why, sizeof why, app_str(app, STR_HYPHENATE_MISSING), app->hyphen_missing);
        y += t->unit + ui_paragraph(ui, x, y + t->unit, w, t->small, th->muted, t->small_line, why);
    }
    y += t->unit * 3;

    y = speak_speed(app, ui, x, y, w);

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_SCREEN);
    const char *fs = app_str(app, STR_FULLSCREEN);
    int fw = ui_button_width(ui, fs);
    if (ui_button(ui, ui_id("fullscreen", 0), (Rect){x, y, fw < w ? fw : w, oh}, fs, UI_BUTTON_PLAIN))
        app->toggle_fullscreen = true;
    y += oh + t->unit * 3;

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_LRS);
    lrs_lines(app, st);
    for (int i = 0; i < 2; i++)
        if (st->lrs_line[i][0])
            y += ui_paragraph(ui, x, y, w, t->ui, th->text, t->ui_line, st->lrs_line[i]) + t->unit / 2;
    y += t->unit * 3;

    y += app_subheading(app, ui, x, y, w, STR_SETTINGS_KEYS);
    /* The shortcuts as two columns: key, meaning. */
    const char *help = app_str(app, STR_KEYS_HELP);
    int keyw = w / 2;
    for (const char *p = help; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char row[256];
        snprintf(row, sizeof row, "%.*s", (int)(n < 255 ? n : 255), p);
        char *tab = strchr(row, '\t');
        const char *meaning = "";
        if (tab) {
            *tab = '\0';
            meaning = tab + 1;
        }
        int h1 = ui_paragraph(ui, x, y, keyw - t->unit, t->ui_bold, th->text, t->ui_line, row);
        int h2 = ui_paragraph(ui, x + keyw, y, w - keyw, t->ui, th->text, t->ui_line, meaning);
        y += (h1 > h2 ? h1 : h2) + t->unit / 2;
        p += n;
        if (*p == '\n')
            p++;
    }
    y += t->unit * 3;
    if (app->settings_path[0]) {
        char where[4300];
        snprintf(where, sizeof where, app_str(app, STR_SETTINGS_SAVED_IN), app->settings_path);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, where);
    }
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 6);
}
