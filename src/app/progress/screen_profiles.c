/* screen_profiles.c - the students on this computer: pick who practises,
 * make a new profile, rename one, or delete one after a confirmation step.
 * All the rules (valid names, no duplicates, ids as folder names, deleted
 * profiles moved aside rather than destroyed) live in core/profiles; this
 * screen shows their Dutch messages next to the field they concern.
 *
 * Names are drawn with ui_label_fit, never as markup, and never reach a
 * path: a name like "../../etc" is just text here. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screen_profiles.h"
#include "start_progress.h"
#include "widgets.h"

static void reload(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    if (st->listed)
        profiles_list_free(&st->list);
    st->listed = false;
    if (!app->progress.data_dir[0])
        return;
    Diag d;
    diag_init(&d);
    st->listed = profiles_list(app->progress.data_dir, &st->list, &d);
    if (!st->listed && d.count)
        i18n_diag(&d.messages[0], app->lang, app->error, sizeof app->error);
    else if (!st->listed)
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_PROFILES_UNREADABLE));
    diag_free(&d);
}

void screen_profiles_enter(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    st->mode = PROFILES_IDLE;
    st->message[0] = '\0';
    st->new_error[0] = '\0';
    st->edit_error[0] = '\0';
    reload(app);
}

void screen_profiles_leave(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    st->mode = PROFILES_IDLE;
}

void screen_profiles_free(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    if (st->listed)
        profiles_list_free(&st->list);
    st->listed = false;
}

static void say(App *app, StrId fmt, const char *name)
{
    ProfilesState *st = &app->profiles_screen;
    snprintf(st->message, sizeof st->message, app_str(app, fmt), name);
}

static void pick(App *app, const char *id)
{
    if (app_profile_open(app, id))
        say(app, STR_PROFILES_NOW, app->progress.profile_name);
}

static void create(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    char clean[PROFILE_NAME_MAX_BYTES], id[PROFILE_ID_SIZE];
    AwError e;
    if (!profiles_check_name(st->new_name, clean, sizeof clean, &e) ||
        !profiles_create(app->progress.data_dir, clean, app_wall_ms(app), id, &e)) {
        i18n_error(&e, app->lang, st->new_error, sizeof st->new_error);
        return;
    }
    st->new_error[0] = '\0';
    st->new_name[0] = '\0';
    reload(app);
    pick(app, id);
}

static void rename_to(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    char clean[PROFILE_NAME_MAX_BYTES];
    AwError e;
    if (!profiles_check_name(st->edit_name, clean, sizeof clean, &e) ||
        !profiles_rename(app->progress.data_dir, st->edit_id, clean, &e)) {
        i18n_error(&e, app->lang, st->edit_error, sizeof st->edit_error);
        return;
    }
    if (strcmp(st->edit_id, app->progress.profile_id) == 0)
        snprintf(app->progress.profile_name, sizeof app->progress.profile_name, "%s", clean);
    st->mode = PROFILES_IDLE;
    say(app, STR_PROFILES_RENAMED, clean);
    reload(app);
}

/* Deletes edit_id. When it is the open profile, the log is closed first
 * and another profile opened after (or a new "Leerling 1" made), so the
 * student never practises without a place for the answers. */
static void delete_confirmed(App *app)
{
    ProfilesState *st = &app->profiles_screen;
    AppProgress *p = &app->progress;
    char name[PROFILE_NAME_MAX_BYTES] = "";
    AwError err;
    for (size_t i = 0; st->listed && i < st->list.count; i++)
        if (strcmp(st->list.items[i].id, st->edit_id) == 0)
            snprintf(name, sizeof name, "%s", st->list.items[i].name);
    bool current = strcmp(st->edit_id, p->profile_id) == 0;
    if (current)
        app_profile_close(app);
    bool ok = profiles_delete(p->data_dir, st->edit_id, &err);
    st->mode = PROFILES_IDLE;
    if (!ok) {
        i18n_error(&err, app->lang, app->error, sizeof app->error);
        if (current)
            app_profile_open(app, st->edit_id);
        return;
    }
    reload(app);
    if (current) {
        if (st->listed && st->list.count > 0) {
            char id[PROFILE_ID_SIZE];
            snprintf(id, sizeof id, "%s", st->list.items[0].id);
            app_profile_open(app, id);
        } else {
            char dir[sizeof p->data_dir];
            snprintf(dir, sizeof dir, "%s", p->data_dir);
            app_progress_start(app, dir);
            reload(app);
        }
    }
    say(app, STR_PROFILES_DELETED, name);
}

/* Buttons left to right, wrapping within W; returns the height, and in
 * *HIT the index of the one clicked (else -1). With DRAW false it only
 * measures. */
static int buttons(App *app, Ui *ui, const char *idname, size_t row, int x, int y, int w, const char *const *labels,
                   const UiButtonKind *kinds, size_t n, int *hit, bool draw)
{
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, ui_button_height(ui), app->typography.unit, app->typography.unit);
    *hit = -1;
    for (size_t i = 0; i < n; i++) {
        Rect r = ui_flow_next(&flow, ui_button_width(ui, labels[i]));
        if (draw && ui_button(ui, ui_id_in(ui_id(idname, row), i), r, labels[i], kinds[i]))
            *hit = (int)i;
    }
    return ui_flow_bottom(&flow) - y;
}

/* A name field with its message: Enter submits. Returns its height. */
static int name_field(App *app, Ui *ui, UiId id, int x, int y, int w, char *buf, size_t size, char *err, size_t errsize,
                      bool *submit)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int fh = ui_button_height(ui) + t->unit;
    int fw = t->unit * 40 < w ? t->unit * 40 : w;
    /* Enter submits; taken before the field, which would take it too. */
    *submit = ui->focus == id && ui_key(ui, UI_KEY_ENTER, 0);
    if (ui_textfield(ui, id, (Rect){x, y, fw, fh}, buf, size, app_str(app, STR_PROFILES_NAME_HINT))) {
        /* Check as the student types, so the rule shows before it is broken twice. */
        char clean[PROFILE_NAME_MAX_BYTES];
        AwError e;
        if (!buf[0] || profiles_check_name(buf, clean, sizeof clean, &e))
            err[0] = '\0';
        else
            i18n_error(&e, app->lang, err, errsize);
    }
    int h = fh;
    if (err[0]) {
        char msg[300];
        snprintf(msg, sizeof msg, "\xE2\x9C\x97 %s", err);
        h += t->unit / 2;
        h += ui_paragraph(ui, x, y + h, w, t->ui_bold, th->error, t->ui_line, msg);
    }
    return h;
}

static int profile_card(App *app, Ui *ui, size_t i, int x, int y, int w)
{
    ProfilesState *st = &app->profiles_screen;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Profile *pr = &st->list.items[i];
    bool active = strcmp(pr->id, app->progress.profile_id) == 0;
    bool editing = st->mode != PROFILES_IDLE && strcmp(st->edit_id, pr->id) == 0;
    int pad = t->unit * 2;
    int iw = w - 2 * pad;
    int name_h = ui_text_height(ui, t->h4) + t->unit / 2;

    enum { PICK, RENAME, DELETE } acts[3];
    const char *labels[3];
    UiButtonKind kinds[3];
    size_t nb = 0;
    if (!editing) {
        if (!active) {
            acts[nb] = PICK;
            labels[nb] = app_str(app, STR_PROFILES_PICK);
            kinds[nb++] = UI_BUTTON_PRIMARY;
        }
        acts[nb] = RENAME;
        labels[nb] = app_str(app, STR_PROFILES_RENAME);
        kinds[nb++] = UI_BUTTON_PLAIN;
        acts[nb] = DELETE;
        labels[nb] = app_str(app, STR_PROFILES_DELETE);
        kinds[nb++] = UI_BUTTON_PLAIN;
    }
    int hit;
    /* The fill goes first: measure the idle card; an editing card draws
     * its own height and the frame follows it. */
    int h = pad + name_h + (active ? t->ui_line : 0) + t->unit +
            (editing ? 0 : buttons(app, ui, "profile-btn", i, 0, 0, iw, labels, kinds, nb, &hit, false)) + pad;
    if (active && !editing)
        draw_rect(&ui->dl, (Rect){x, y, w, h}, th->accent_soft, typography_px(t, 6));
    int cy = y + pad;
    ui_label_fit(ui, x + pad, cy, iw, t->h4, th->heading, pr->name);
    cy += name_h;
    if (active) {
        ui_label_fit(ui, x + pad, cy, iw, t->ui_bold, th->goals_edge, app_str(app, STR_PROFILES_ACTIVE));
        cy += t->ui_line;
    }
    cy += t->unit;
    if (!editing) {
        cy += buttons(app, ui, "profile-btn", i, x + pad, cy, iw, labels, kinds, nb, &hit, true);
        if (hit >= 0 && acts[hit] == PICK) {
            pick(app, pr->id);
        } else if (hit >= 0 && acts[hit] == RENAME) {
            st->mode = PROFILES_RENAME;
            snprintf(st->edit_id, sizeof st->edit_id, "%s", pr->id);
            snprintf(st->edit_name, sizeof st->edit_name, "%s", pr->name);
            st->edit_error[0] = '\0';
            st->message[0] = '\0';
            st->autofocus = true;
        } else if (hit >= 0 && acts[hit] == DELETE) {
            st->mode = PROFILES_CONFIRM_DELETE;
            snprintf(st->edit_id, sizeof st->edit_id, "%s", pr->id);
            st->message[0] = '\0';
            st->autofocus = true;
        }
        if (hit >= 0)
            ui->redraw = true;
    } else if (st->mode == PROFILES_RENAME) {
        UiId fid = ui_id("profile-rename", 0);
        if (st->autofocus) {
            ui_set_focus(ui, fid, false);
            st->autofocus = false;
        }
        bool submit;
        cy += name_field(app, ui, fid, x + pad, cy, iw, st->edit_name, sizeof st->edit_name, st->edit_error,
                         sizeof st->edit_error, &submit);
        cy += t->unit;
        const char *l2[2] = {app_str(app, STR_PROFILES_SAVE), app_str(app, STR_PROFILES_CANCEL)};
        const UiButtonKind k2[2] = {UI_BUTTON_PRIMARY, UI_BUTTON_PLAIN};
        cy += buttons(app, ui, "profile-rename-btn", 0, x + pad, cy, iw, l2, k2, 2, &hit, true);
        if (hit == 0 || submit)
            rename_to(app);
        else if (hit == 1)
            st->mode = PROFILES_IDLE;
        if (hit >= 0 || submit)
            ui->redraw = true;
    } else {
        char q[400];
        snprintf(q, sizeof q, app_str(app, STR_PROFILES_CONFIRM), pr->name);
        ui_label_fit(ui, x + pad, cy, iw, t->ui_bold, th->heading, q);
        cy += t->ui_line + t->unit / 2;
        cy += ui_paragraph(ui, x + pad, cy, iw, t->ui, th->text, t->ui_line, app_str(app, STR_PROFILES_CONFIRM_BODY));
        cy += t->unit;
        const char *l2[2] = {app_str(app, STR_PROFILES_CONFIRM_YES), app_str(app, STR_PROFILES_CANCEL)};
        const UiButtonKind k2[2] = {UI_BUTTON_PRIMARY, UI_BUTTON_PLAIN};
        cy += buttons(app, ui, "profile-delete-btn", 0, x + pad, cy, iw, l2, k2, 2, &hit, true);
        if (st->autofocus) {
            /* Cancel has the focus: Enter right after the click deletes nothing. */
            ui_set_focus(ui, ui_id_in(ui_id("profile-delete-btn", 0), 1), true);
            st->autofocus = false;
        }
        if (hit == 0)
            delete_confirmed(app);
        else if (hit == 1)
            st->mode = PROFILES_IDLE;
        if (hit >= 0)
            ui->redraw = true;
    }
    cy += pad;
    if (editing || !active)
        draw_border(&ui->dl, (Rect){x, y, w, cy - y}, editing ? th->accent : th->rule,
                    typography_px(t, editing ? 2 : 1), typography_px(t, 6));
    return cy - y;
}

void screen_profiles_frame(App *app, Ui *ui, Rect body)
{
    ProfilesState *st = &app->profiles_screen;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    /* Esc leaves a rename or a confirmation first, then the screen. */
    if (st->mode != PROFILES_IDLE && ui_key(ui, UI_KEY_ESCAPE, 0)) {
        st->mode = PROFILES_IDLE;
        ui->redraw = true;
    }
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->scroll, "profiles", STR_PROFILES_TITLE, 5, &x, &w, &top);
    y += t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_PROFILES_INTRO));
    y += t->unit * 3;
    if (!app->progress.data_dir[0]) {
        y += ui_paragraph(ui, x, y, w, t->body, th->error, t->line, app_str(app, STR_PROFILES_NO_DATA));
        ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
        return;
    }
    if (st->message[0]) {
        char msg[600];
        snprintf(msg, sizeof msg, "\xE2\x9C\x93 %s", st->message);
        ui_label_fit(ui, x, y, w, t->ui_bold, th->goals_edge, msg);
        y += t->ui_line + t->unit * 2;
    }
    for (size_t i = 0; st->listed && i < st->list.count; i++) {
        y += profile_card(app, ui, i, x, y, w);
        y += t->unit * 2;
    }

    y += t->unit * 2;
    y += app_subheading(app, ui, x, y, w, STR_PROFILES_NEW);
    y += ui_paragraph(ui, x, y, w, t->ui, th->muted, t->ui_line, app_str(app, STR_PROFILES_NAME_RULE));
    y += t->unit;
    bool submit;
    y += name_field(app, ui, ui_id("profile-new", 0), x, y, w, st->new_name, sizeof st->new_name, st->new_error,
                    sizeof st->new_error, &submit);
    y += t->unit;
    const char *make = app_str(app, STR_PROFILES_CREATE);
    int bw = ui_button_width(ui, make);
    if (ui_button(ui, ui_id("profile-create", 0), (Rect){x, y, bw < w ? bw : w, ui_button_height(ui)}, make,
                  UI_BUTTON_PRIMARY) ||
        submit) {
        create(app);
        ui->redraw = true;
    }
    y += ui_button_height(ui);
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 6);
}
