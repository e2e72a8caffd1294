/* start_progress.c - the start screen's part of the scoring module: who is
 * practising (and a way to switch), a notice about the log shown once, the
 * streak, where the student left off and what to practise next; and the
 * pieces of that which the contents and the progress screen share.
 *
 * Names are typed by students: they are drawn with ui_label_fit, never as
 * markup, so "**x**" or "../../etc" shows exactly as typed. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "start_progress.h"
#include "widgets.h"

int progress_profile_line(App *app, Ui *ui, int x, int y, int w, bool with_switch)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const AppProgress *p = &app->progress;
    if (!p->profile_id[0])
        return 0;
    int bh = ui_button_height(ui);
    const char *label = app_str(app, STR_PRACTISING_AS);
    const char *sw = app_str(app, STR_SWITCH_PROFILE);
    int bw = with_switch ? ui_button_width(ui, sw) : 0;
    int lw = ui_text_width(ui, t->ui, label, strlen(label));
    int nw = ui_text_width(ui, t->ui_bold, p->profile_name, strlen(p->profile_name));
    int gap = t->unit;
    int text_h = ui_text_height(ui, t->ui);
    int room = w - lw - gap;
    /* The button beside the name when both fit, else under it. */
    bool beside = with_switch && lw + gap + nw + 2 * gap + bw <= w;
    int line_h = beside || with_switch ? bh : t->ui_line;
    int ty = y + (line_h - text_h) / 2;
    ui_label(ui, x, ty, t->ui, th->muted, label);
    ui_label_fit(ui, x + lw + gap, ty, beside ? nw : room, t->ui_bold, th->heading, p->profile_name);
    if (!with_switch)
        return line_h;
    Rect b = beside ? (Rect){x + lw + gap + nw + 2 * gap, y, bw, bh} : (Rect){x, y + bh + t->unit / 2, bw, bh};
    if (b.w > w)
        b.w = w;
    if (ui_button(ui, ui_id("profile-switch", 0), b, sw, UI_BUTTON_PLAIN))
        app_open(app, SCREEN_PROFILES);
    return beside ? bh : 2 * bh + t->unit / 2;
}

int progress_notice(App *app, Ui *ui, int x, int y, int w)
{
    AppProgress *p = &app->progress;
    if (!p->notice[0])
        return 0;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int pad = t->unit * 2;
    int edge = typography_px(t, 4);
    int tw = w - 2 * pad - edge;
    char text[1100];
    snprintf(text, sizeof text, "\xE2\x9A\xA0 %s", p->notice);
    int bh = ui_button_height(ui);
    int h = pad + ui_paragraph_height(ui, tw, t->body, t->line, text) + t->unit + bh + pad;
    draw_rect(&ui->dl, (Rect){x, y, w, h}, th->example, typography_px(t, 6));
    draw_rect(&ui->dl, (Rect){x, y, edge, h}, th->error, 0);
    int ty = y + pad;
    ty += ui_paragraph(ui, x + edge + pad, ty, tw, t->body, th->text, t->line, text);
    ty += t->unit;
    const char *ok = app_str(app, STR_NOTICE_DISMISS);
    int bw = ui_button_width(ui, ok);
    if (ui_button(ui, ui_id("notice-ok", 0), (Rect){x + edge + pad, ty, bw < tw ? bw : tw, bh}, ok,
                  UI_BUTTON_PRIMARY)) {
        p->notice[0] = '\0';
        ui->redraw = true;
    }
    return h;
}

void progress_section_status(const App *app, size_t s, char *buf, size_t size, bool *done)
{
    const GroupMastery *g = &app->progress.mastery.sections[s];
    int pct = (int)(g->mastery * 100 + 0.5);
    *done = g->questions > 0 && g->mastery >= MASTERY_THRESHOLD;
    if (*done)
        snprintf(buf, size, app_str(app, STR_TOC_MASTERED), pct);
    else if (g->answered == 0)
        snprintf(buf, size, "%s", app_str(app, STR_TOC_NOT_PRACTISED));
    else
        snprintf(buf, size, app_str(app, STR_SECTION_MASTERY), pct);
}

int progress_section_line(App *app, Ui *ui, int x, int y, int w, StrId label, size_t s)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Course *c = app->course;
    if (!c || s >= c->nsections || !app->progress.mastery_valid)
        return 0;
    const char *lab = app_str(app, label);
    int lw = ui_text_width(ui, t->ui, lab, strlen(lab)) + t->unit;
    /* The label in a column of its own when there is room, else above. */
    bool beside = w - lw > t->unit * 24;
    int tx = beside ? x + lw : x;
    int y0 = y;
    int th_ui = ui_text_height(ui, t->ui);
    ui_label(ui, x, y + (t->line - th_ui) / 2, t->ui, th->muted, lab);
    if (!beside)
        y += t->ui_line;
    char title[512];
    snprintf(title, sizeof title, "%s %s", c->sections[s].number, c->sections[s].title);
    y += ui_paragraph(ui, tx, y, w - (tx - x), t->bold, th->text, t->line, title);
    char status[96];
    bool done;
    progress_section_status(app, s, status, sizeof status, &done);
    ui_label(ui, tx, y, done ? t->ui_bold : t->ui, done ? th->goals_edge : th->muted, status);
    y += t->ui_line;
    return y - y0;
}

int start_progress_block(App *app, Ui *ui, int x, int y, int w)
{
    AppProgress *p = &app->progress;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Course *c = app->course;
    int y0 = y;
    int bh = ui_button_height(ui);
    int n = progress_notice(app, ui, x, y, w);
    if (n)
        y += n + t->unit * 3;
    if (!p->data_dir[0]) {
        y += ui_paragraph(ui, x, y, w, t->body, th->error, t->line, app_str(app, STR_PROFILES_NO_DATA));
        return y - y0 + t->unit * 3;
    }
    if (!p->profile_id[0]) {
        /* Opening failed (app->error says why): let the student pick or make one. */
        const char *label = app_str(app, STR_PROFILES_TITLE);
        int bw = ui_button_width(ui, label);
        if (ui_button(ui, ui_id("profile-switch", 0), (Rect){x, y, bw < w ? bw : w, bh}, label, UI_BUTTON_PRIMARY))
            app_open(app, SCREEN_PROFILES);
        return y - y0 + bh + t->unit * 3;
    }
    y += progress_profile_line(app, ui, x, y, w, true);
    y += t->unit * 2;
    const Mastery *m = p->mastery_valid ? &p->mastery : NULL;
    if (m && c) {
        char streak[160] = "";
        if (m->streak_days >= 2)
            snprintf(streak, sizeof streak, app_str(app, STR_STREAK_DAYS), m->streak_days);
        else if (m->practised_today)
            snprintf(streak, sizeof streak, "%s", app_str(app, STR_STREAK_TODAY));
        if (streak[0] && !m->practised_today) {
            size_t k = strlen(streak);
            snprintf(streak + k, sizeof streak - k, ". %s", app_str(app, STR_STREAK_KEEP));
        }
        if (streak[0]) {
            y += ui_paragraph(ui, x, y, w, t->ui_bold, th->heading, t->ui_line, streak);
            y += t->unit;
        }
        bool same = m->last_section != MASTERY_NONE && m->last_section == m->next_section;
        if (same) {
            y += progress_section_line(app, ui, x, y, w, STR_KEEP_GOING, m->last_section);
            y += t->unit;
        } else if (m->last_section != MASTERY_NONE) {
            y += progress_section_line(app, ui, x, y, w, STR_LEFT_OFF, m->last_section);
            y += t->unit;
        }
        if (m->next_section != MASTERY_NONE && !same) {
            y += progress_section_line(app, ui, x, y, w, m->attempts ? STR_NEXT_UP : STR_FIRST_UP, m->next_section);
            y += t->unit;
        } else if (m->next_section == MASTERY_NONE && m->overall.questions) {
            y += ui_paragraph(ui, x, y, w, t->ui_bold, th->goals_edge, t->ui_line, app_str(app, STR_ALL_MASTERED));
            y += t->unit;
        }
        /* What "% beheerst" counts, under the numbers once there are any:
         * not the score of one session (the end of a practice says both). */
        if (m->attempts && (m->last_section != MASTERY_NONE || m->next_section != MASTERY_NONE)) {
            char rule[300];
            snprintf(rule, sizeof rule, app_str(app, STR_PROGRESS_RULE), (int)(MASTERY_THRESHOLD * 100 + 0.5));
            y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, rule) + t->unit;
        }
        y += t->unit;
        int bx = x;
        if (m->next_section != MASTERY_NONE) {
            const char *go = app_str(app, STR_GO_PRACTISE);
            int bw = ui_button_width(ui, go);
            if (ui_button(ui, ui_id("start-practise-next", 0), (Rect){x, y, bw < w ? bw : w, bh}, go,
                          UI_BUTTON_PRIMARY))
                practice_open(app, m->next_section);
            bx += bw + t->unit;
        }
        const char *see = app_str(app, STR_PROGRESS_OPEN);
        int sw = ui_button_width(ui, see);
        if (bx > x && bx + sw > x + w) {
            bx = x;
            y += bh + t->unit;
        }
        if (ui_button(ui, ui_id("start-progress", 0), (Rect){bx, y, sw < w ? sw : w, bh}, see, UI_BUTTON_PLAIN))
            app_open(app, SCREEN_PROGRESS);
        y += bh;
    }
    return y - y0 + t->unit * 5;
}
