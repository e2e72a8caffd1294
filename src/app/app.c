/* app.c - the screen table, navigation, global keys and the top bar.
 * Everything a frame needs is in App and Ui; nothing here knows about
 * windows or SDL. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "screen_class.h"
#include "screen_exam.h"
#include "screen_exam_result.h"
#include "widgets.h"

const ScreenDef app_screens[SCREEN_COUNT] = {
    [SCREEN_START] = {"start", STR_APP_NAME, NULL, NULL, screen_start_frame, NULL},
    [SCREEN_TOC] = {"toc", STR_TOC_TITLE, NULL, NULL, screen_toc_frame, NULL},
    [SCREEN_READER] = {"reader", STR_APP_NAME, screen_reader_enter, screen_reader_leave, screen_reader_frame,
                       screen_reader_title, false, screen_reader_free},
    [SCREEN_GLOSSARY] = {"glossary", STR_GLOSSARY_TITLE, screen_glossary_enter, NULL, screen_glossary_frame, NULL,
                         false, screen_glossary_free},
    [SCREEN_SEARCH] = {"search", STR_SEARCH_TITLE, screen_search_enter, NULL, screen_search_frame, NULL, false,
                       screen_search_free},
    [SCREEN_SETTINGS] = {"settings", STR_SETTINGS_TITLE, NULL, NULL, screen_settings_frame, NULL},
    [SCREEN_QUIZ] = {"quiz", STR_QUIZ_TITLE, screen_quiz_enter, screen_quiz_leave, screen_quiz_frame, screen_quiz_title,
                     false, screen_quiz_free},
    /* exam and class quiz */
    [SCREEN_EXAM_SETUP] = {"exam-setup", STR_EXAM_TITLE, screen_exam_setup_enter, NULL, screen_exam_setup_frame, NULL},
    [SCREEN_EXAM] = {"exam", STR_EXAM_TITLE, NULL, NULL, screen_exam_frame, NULL, false, screen_exam_free},
    [SCREEN_EXAM_RESULT] = {"exam-result", STR_RESULT_TITLE, NULL, NULL, screen_exam_result_frame, NULL},
    [SCREEN_CLASS_SETUP] = {"class-setup", STR_CLASS_TITLE, NULL, NULL, screen_class_setup_frame, NULL},
    [SCREEN_CLASS] = {"class", STR_CLASS_TITLE, screen_class_enter, screen_class_leave, screen_class_frame, NULL, true,
                      screen_class_free},
    /* profiles and progress */
    [SCREEN_PROFILES] = {"profiles", STR_PROFILES_TITLE, screen_profiles_enter, screen_profiles_leave,
                         screen_profiles_frame, NULL, false, screen_profiles_free},
    [SCREEN_PROGRESS] = {"progress", STR_PROGRESS_TITLE, screen_progress_enter, NULL, screen_progress_frame, NULL},
    /* practice and scenarios */
    [SCREEN_SCENARIOS] = {"scenarios", STR_SCEN_TITLE, NULL, NULL, screen_scenarios_frame, NULL},
    [SCREEN_SCENARIO] = {"scenario", STR_SCEN_TITLE, NULL, screen_scenario_leave, screen_scenario_frame,
                         screen_scenario_title, false, screen_scenario_free},
    /* the teacher's */
    [SCREEN_KLAS] = {"klas", STR_KLAS_TITLE, screen_klas_enter, NULL, screen_klas_frame, NULL, false, screen_klas_free},
};

void app_init(App *app, const Course *course, Lang lang, const char *settings_path, unsigned seed)
{
    memset(app, 0, sizeof *app);
    app->course = course;
    app->lang = lang;
    app->seed = seed;
    settings_default(&app->settings);
    if (settings_path && *settings_path) {
        snprintf(app->settings_path, sizeof app->settings_path, "%s", settings_path);
        char err[512];
        if (!settings_load(&app->settings, settings_path, err, sizeof err))
            snprintf(app->error, sizeof app->error, "%s", err);
    }
    app->theme = theme_get(app->settings.theme);
    app->screen = SCREEN_START;
    app->drawn = SCREEN_COUNT;
    app->speak.word = app->speak.followed = SIZE_MAX;
}

void app_free(App *app)
{
    speak_stop(app);
    if (app->screen == SCREEN_READER)
        screen_reader_leave(app);
    app_save_settings(app);
    app_resume_free(app); /* keeps the running test and round: before they are freed */
    for (size_t s = 0; s < SCREEN_COUNT; s++)
        if (app_screens[s].free)
            app_screens[s].free(app);
    app_progress_free(app);
}

const char *app_str(const App *app, StrId id)
{
    return str_get(app->lang, id);
}

int64_t app_wall_ms(const App *app)
{
    if (app->wall_clock)
        return app->wall_clock(app->host);
    return app->wall_base_ms + (int64_t)app->now_ms;
}

void app_save_settings(App *app)
{
    if (!app->settings_path[0])
        return;
    AwError err;
    if (!settings_save(&app->settings, app->settings_path, &err))
        i18n_error(&err, app->lang, app->error, sizeof app->error);
}

/* DATA/profiles/ID/place.conf of the open profile; false when none is open. */
static bool place_path(const App *app, char *out, size_t size)
{
    const AppProgress *p = &app->progress;
    if (!p->profile_id[0] || !profiles_log_path(p->data_dir, p->profile_id, out, size))
        return false;
    char *slash = strrchr(out, '/');
    if (!slash || (size_t)(slash - out) + sizeof "/place.conf" > size)
        return false;
    memcpy(slash, "/place.conf", sizeof "/place.conf");
    return true;
}

void app_load_place(App *app)
{
    char path[4300], err[512];
    Settings *s = &app->settings;
    s->place_in_profile = place_path(app, path, sizeof path);
    if (!s->place_in_profile)
        return;
    if (!settings_place_load(s, path, err, sizeof err))
        snprintf(app->error, sizeof app->error, "%s", err);
}

void app_clear_place(App *app)
{
    settings_place_clear(&app->settings);
    app->settings.place_in_profile = false;
}

void app_save_place(App *app)
{
    char path[4300];
    AwError err;
    if (!app->settings.place_in_profile || !place_path(app, path, sizeof path)) {
        app_save_settings(app);
        return;
    }
    if (!settings_place_save(&app->settings, path, &err))
        i18n_error(&err, app->lang, app->error, sizeof app->error);
}

void app_settings_changed(App *app)
{
    app->theme = theme_get(app->settings.theme);
    app->typography_valid = false;
    app_save_settings(app);
}

/* ---- navigation ---- */

static void leave(App *app)
{
    if (app_screens[app->screen].leave)
        app_screens[app->screen].leave(app);
}

static void enter(App *app, Screen s)
{
    app->screen = s;
    if (app_screens[s].enter)
        app_screens[s].enter(app);
}

/* The history holds each screen at most once and never the one showing:
 * a screen that is opened again leaves its old place, and the one it
 * covers moves to the top. So Esc ("Terug") visits every screen once and
 * never bounces between two, while it still goes back where the student
 * came from (from a search hit to the results). */
static void drop(App *app, Screen s)
{
    size_t n = 0;
    for (size_t i = 0; i < app->nhistory; i++)
        if (app->history[i] != s)
            app->history[n++] = app->history[i];
    app->nhistory = n;
}

void app_open(App *app, Screen s)
{
    if ((unsigned)s >= SCREEN_COUNT)
        return;
    leave(app);
    if (s != app->screen) {
        drop(app, s);
        drop(app, app->screen);
        if (app->nhistory == APP_HISTORY) {
            memmove(app->history, app->history + 1, (APP_HISTORY - 1) * sizeof *app->history);
            app->nhistory--;
        }
        app->history[app->nhistory++] = app->screen;
    }
    enter(app, s);
}

void app_replace(App *app, Screen s)
{
    if ((unsigned)s >= SCREEN_COUNT)
        return;
    leave(app);
    drop(app, s);
    enter(app, s);
}

void app_home(App *app)
{
    leave(app);
    app->nhistory = 0;
    enter(app, SCREEN_START);
}

bool app_back(App *app)
{
    if (app->nhistory == 0)
        return false;
    leave(app);
    enter(app, app->history[--app->nhistory]);
    return true;
}

/* ---- layout helpers ---- */

void app_column(const App *app, const Ui *ui, Rect body, int *x, int *w)
{
    int margin = typography_px(&app->typography, 24);
    if (body.w / 20 > margin)
        margin = body.w / 20;
    int avail = body.w - 2 * margin - ui_scrollbar_width(ui);
    int cw = app->typography.measure < avail ? app->typography.measure : avail;
    if (cw < 1)
        cw = 1;
    *w = cw;
    *x = body.x + (body.w - ui_scrollbar_width(ui) - cw) / 2;
}

int app_page_begin(App *app, Ui *ui, Rect body, UiScroll *s, const char *name, StrId title, int above, int *x, int *w,
                   int *top)
{
    const Typography *t = &app->typography;
    app_column(app, ui, body, x, w);
    *top = ui_scroll_begin(ui, s, ui_id(name, 0), body, UI_SCROLL_KEYS);
    int y = *top + t->unit * above;
    return y + ui_paragraph(ui, *x, y, *w, t->h1, app->theme->heading, t->h1_line, app_str(app, title));
}

int app_subheading(App *app, Ui *ui, int x, int y, int w, StrId title)
{
    const Typography *t = &app->typography;
    return ui_paragraph(ui, x, y, w, t->h3, app->theme->heading, t->h3_line, app_str(app, title)) + t->unit;
}

int app_link_buttons(App *app, Ui *ui, const char *name, int x, int y, int w, const AppLink *links, size_t n)
{
    const Typography *t = &app->typography;
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, ui_button_height(ui), t->unit, t->unit);
    for (size_t i = 0; i < n; i++) {
        const char *label = app_str(app, links[i].label);
        if (ui_button(ui, ui_id(name, i), ui_flow_next(&flow, ui_button_width(ui, label)), label, UI_BUTTON_PLAIN))
            app_open(app, links[i].screen);
    }
    return ui_flow_bottom(&flow);
}

int app_running_box(App *app, Ui *ui, int x, int y, int w, const char *text, const char *resume, const char *resume_id,
                    const char *stop, const char *stop_id, int *clicked)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int bh = ui_button_height(ui);
    int pad = t->unit * 2;
    int ph = ui_paragraph_height(ui, w - 2 * pad, t->body, t->line, text);
    int rw = ui_button_width(ui, resume), sw = ui_button_width(ui, stop);
    bool stack = rw + t->unit + sw > w - 2 * pad; /* the buttons one under the other when side by side is too wide */
    Rect box = {x, y, w, ph + bh + 3 * pad + (stack ? bh + t->unit : 0)};
    draw_rect(&ui->dl, box, th->goals, typography_px(t, 6));
    draw_rect(&ui->dl, (Rect){x, y, typography_px(t, 4), box.h}, th->goals_edge, 0);
    ui_paragraph(ui, x + pad, y + pad, w - 2 * pad, t->body, th->text, t->line, text);
    int by = y + pad + ph + pad;
    *clicked = 0;
    if (ui_button(ui, ui_id(resume_id, 0), (Rect){x + pad, by, rw, bh}, resume, UI_BUTTON_PRIMARY))
        *clicked = 1;
    Rect sr = stack ? (Rect){x + pad, by + bh + t->unit, sw, bh} : (Rect){x + pad + rw + t->unit, by, sw, bh};
    if (ui_button(ui, ui_id(stop_id, 0), sr, stop, UI_BUTTON_PLAIN))
        *clicked = 2;
    return box.h;
}

/* ---- the frame ---- */

static void sync_typography(App *app, Ui *ui)
{
    if (app->typography_valid && app->typography_scale == ui->scale &&
        app->typography_step == app->settings.text_step && app->typography_dyslexic == app->settings.dyslexic)
        return;
    typography_compute(&app->typography, ui, app->settings.text_step, app->settings.dyslexic, ui->scale);
    typography_space(&app->typography, ui, app->settings.line_spacing, app->settings.letter_spacing);
    app->typography_scale = ui->scale;
    app->typography_step = app->settings.text_step;
    app->typography_dyslexic = app->settings.dyslexic;
    app->typography_valid = true;
}

static void text_size(App *app, int delta)
{
    int step = delta == 0 ? 0 : app->settings.text_step + delta;
    if (step < SETTINGS_TEXT_STEP_MIN)
        step = SETTINGS_TEXT_STEP_MIN;
    if (step > SETTINGS_TEXT_STEP_MAX)
        step = SETTINGS_TEXT_STEP_MAX;
    if (step != app->settings.text_step) {
        app->settings.text_step = step;
        app_settings_changed(app);
    }
}

static void global_keys(App *app, Ui *ui)
{
    /* No search while a test runs: the key is eaten. */
    if (ui_key(ui, 'f', UI_MOD_CTRL) && !exam_screen_book_closed(app)) {
        if (app->screen != SCREEN_SEARCH)
            app_open(app, SCREEN_SEARCH);
        else
            app->search.autofocus = true;
    }
    while (ui_key_any_shift(ui, '+', UI_MOD_CTRL) || ui_key_any_shift(ui, '=', UI_MOD_CTRL))
        text_size(app, +1);
    while (ui_key_any_shift(ui, '-', UI_MOD_CTRL))
        text_size(app, -1);
    if (ui_key(ui, '0', UI_MOD_CTRL))
        text_size(app, 0);
    if (ui_key(ui, UI_KEY_F11, 0))
        app->toggle_fullscreen = true;
    if (ui_key(ui, 'q', UI_MOD_CTRL))
        app->quit = true;
}

static const struct {
    Screen screen;
    StrId label;
} nav[] = {
    {SCREEN_START, STR_NAV_HOME},    {SCREEN_TOC, STR_NAV_CONTENTS},      {SCREEN_GLOSSARY, STR_NAV_GLOSSARY},
    {SCREEN_SEARCH, STR_NAV_SEARCH}, {SCREEN_SETTINGS, STR_NAV_SETTINGS},
};

static int top_bar_height(const App *app, const Ui *ui)
{
    return ui_button_height(ui) + 2 * app->typography.unit;
}

/* The bar across the top: back, the title, the main destinations. It is
 * drawn after the screen, so that Tab reaches the content first. */
static void top_bar(App *app, Ui *ui)
{
    const Theme *t = app->theme;
    const Typography *ty = &app->typography;
    int pad = ty->unit;
    int bh = ui_button_height(ui);
    int h = top_bar_height(app, ui);
    draw_rect(&ui->dl, (Rect){0, 0, ui->width, h}, t->bar, 0);
    draw_rect(&ui->dl, (Rect){0, h - typography_px(ty, 1), ui->width, typography_px(ty, 1)}, t->rule, 0);
    int x = pad, right = ui->width - pad;
    /* Right to left: the destinations. */
    enum { NNAV = sizeof nav / sizeof nav[0] };
    int widths[NNAV], total = 0;
    for (size_t i = 0; i < NNAV; i++) {
        widths[i] = ui_button_width(ui, app_str(app, nav[i].label));
        total += widths[i];
    }
    int bx = right - total - (NNAV - 1) * (pad / 2);
    int nav_x = bx;
    for (size_t i = 0; i < NNAV; i++) {
        Rect r = {bx, pad, widths[i], bh};
        bool here = app->screen == nav[i].screen;
        /* While a test runs only the settings stay open: no book. */
        if (exam_screen_book_closed(app) && nav[i].screen != SCREEN_SETTINGS) {
            ui_button_disabled(ui, r, app_str(app, nav[i].label), UI_BUTTON_QUIET);
            bx += widths[i] + pad / 2;
            continue;
        }
        if (ui_button(ui, ui_id("nav", i), r, app_str(app, nav[i].label), UI_BUTTON_QUIET) && !here) {
            if (nav[i].screen == SCREEN_START)
                app_home(app); /* home: nothing left to go back to */
            else
                app_open(app, nav[i].screen);
        }
        if (here)
            draw_rect(&ui->dl, (Rect){r.x + pad, r.y + r.h - typography_px(ty, 3), r.w - 2 * pad, typography_px(ty, 3)},
                      t->accent, 0);
        bx += widths[i] + pad / 2;
    }
    if (app->nhistory > 0) {
        char label[64];
        snprintf(label, sizeof label, "\xE2\x86\x90 %s", app_str(app, STR_BACK));
        int w = ui_button_width(ui, label);
        if (ui_button(ui, ui_id("back", 0), (Rect){x, pad, w, bh}, label, UI_BUTTON_QUIET)) {
            if (app->screen == SCREEN_EXAM && exam_screen_book_closed(app))
                exam_screen_ask_stop(app); /* as Esc does: never away from a running test */
            else
                app_back(app);
        }
        x += w + pad;
    } else {
        x += pad;
    }
    char buf[512];
    const ScreenDef *sd = &app_screens[app->screen];
    const char *title = sd->bar_title ? sd->bar_title(app, buf, sizeof buf) : app_str(app, sd->title);
    int room = nav_x - pad - x;
    if (room > ty->unit * 4) {
        int th = ui_text_height(ui, ui->font_bold);
        ui_label_fit(ui, x, (h - th) / 2, room, ui->font_bold, t->text, title);
    }
}

/* The error bar (a full disk must not go unnoticed): across the
 * bottom in the error colour, with a warning sign, the whole message
 * wrapped, and a button to close it. The screen's body ends above it, so
 * it hides nothing. Its height, 0 when there is no error: */
static int error_bar_height(App *app, Ui *ui, int *text_w)
{
    if (!app->error[0])
        return 0;
    const Typography *ty = &app->typography;
    int pad = ty->unit;
    const char *close = app_str(app, STR_ERROR_DISMISS);
    int bw = ui_button_width(ui, close);
    *text_w = ui->width - bw - pad * 6;
    if (*text_w < ty->unit * 8)
        *text_w = ty->unit * 8;
    char msg[600];
    snprintf(msg, sizeof msg, "\xE2\x9A\xA0 %s", app->error);
    int th = ui_paragraph_height(ui, *text_w, ty->ui_bold, ty->ui_line, msg);
    int bh = ui_button_height(ui);
    return (th > bh ? th : bh) + 2 * pad;
}

static void error_bar(App *app, Ui *ui)
{
    int tw;
    int h = error_bar_height(app, ui, &tw);
    if (!h)
        return;
    const Theme *t = app->theme;
    const Typography *ty = &app->typography;
    int pad = ty->unit;
    int bh = ui_button_height(ui);
    Rect bar = {0, ui->height - h, ui->width, h};
    draw_rect(&ui->dl, bar, t->error, 0);
    draw_rect(&ui->dl, (Rect){0, bar.y, ui->width, typography_px(ty, 3)}, t->text, 0);
    char msg[600];
    snprintf(msg, sizeof msg, "\xE2\x9A\xA0 %s", app->error);
    /* One line sits in the middle, beside the button; more start at the top. */
    int th = ui_paragraph_height(ui, tw, ty->ui_bold, ty->ui_line, msg);
    ui_paragraph(ui, pad * 2, bar.y + (h - th) / 2, tw, ty->ui_bold, t->bg, ty->ui_line, msg);
    const char *close = app_str(app, STR_ERROR_DISMISS);
    int bw = ui_button_width(ui, close);
    if (ui_button(ui, ui_id("error-ok", 0), (Rect){ui->width - bw - pad * 2, bar.y + (h - bh) / 2, bw, bh}, close,
                  UI_BUTTON_PLAIN)) {
        app->error[0] = '\0';
        ui->redraw = true;
    }
}

void app_frame(App *app, Ui *ui)
{
    app->now_ms = ui->now_ms;
    sync_typography(app, ui);
    ui->hyphenator = app->settings.hyphenate ? app->hyphenator : NULL;
    app->typography.hyphenate = ui->hyphenator != NULL; /* part of every layout's key */
    ui->theme = app->theme;
    ui->font = app->typography.ui;
    ui->font_bold = app->typography.ui_bold;
    global_keys(app, ui);
    speak_frame_begin(app, ui);  /* before the screen: Esc and Space belong to reading aloud while it runs */
    exam_screen_background(app); /* the test's clock runs on */
    draw_rect(&ui->dl, (Rect){0, 0, ui->width, ui->height}, app->theme->bg, 0);
    bool whole = app_screens[app->screen].whole_window; /* the projector view */
    int bar = whole ? 0 : top_bar_height(app, ui);
    Rect body = {0, bar, ui->width, ui->height - bar};
    int err_w;
    int err_h = error_bar_height(app, ui, &err_w); /* the body ends above the error bar */
    body.h -= err_h;
    if (app->drawn != app->screen) {
        /* A new screen starts without a focused element (it may then give
         * one the focus, like the search field). */
        ui->focus = 0;
        ui->caret_owner = 0; /* and its fields' carets start afresh */
        app->drawn = app->screen;
    }
    Screen s = app->screen;
    app_screens[s].frame(app, ui, body);
    speak_frame_end(app, ui);
    if (!whole)
        top_bar(app, ui);
    error_bar(app, ui);
    if (ui_key(ui, UI_KEY_ESCAPE, 0))
        app_back(app);
    app_resume_sync(app); /* a running test is on disk before the next frame */
    if (app->screen != s || app->drawn != app->screen || error_bar_height(app, ui, &err_w) != err_h)
        ui->redraw = true;
}
