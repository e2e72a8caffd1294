/* screen_toc.c - the table of contents, and the section list it shares
 * with the start screen: a row per section (number, title, goals or
 * progress) that opens the section. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screen_toc.h"
#include "start_progress.h"
#include "widgets.h"

static size_t section_index(const Course *c, const char *id)
{
    for (size_t i = 0; i < c->nsections; i++)
        if (strcmp(c->sections[i].id, id) == 0)
            return i;
    return SIZE_MAX;
}

int toc_list(App *app, Ui *ui, int x, int y, int w, bool show_goals)
{
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    if (!c)
        return 0;
    int y0 = y;
    int numw = ui_text_width(ui, t->bold, "8.88", 4) + t->unit * 2;
    int pad = t->unit * 3 / 2;
    /* One width for the mastery column, so its bars line up. */
    int colw = 0;
    if (app->section_progress) {
        char probe[96];
        snprintf(probe, sizeof probe, app_str(app, STR_TOC_MASTERED), 100);
        colw = ui_text_width(ui, t->ui_bold, probe, strlen(probe));
        const char *np = app_str(app, STR_TOC_NOT_PRACTISED);
        int npw = ui_text_width(ui, t->ui, np, strlen(np));
        colw = (npw > colw ? npw : colw) + t->unit * 2;
    }
    for (size_t ch = 0; ch < c->nchapters; ch++) {
        const Chapter *chap = &c->chapters[ch];
        if (c->nchapters > 1 || show_goals) {
            y += ui_paragraph(ui, x, y, w, t->h3, th->heading, t->h3_line, chap->title);
            y += t->unit;
        }
        for (size_t k = 0; k < chap->nsections; k++) {
            size_t si = section_index(c, chap->sections[k]);
            if (si == SIZE_MAX)
                continue;
            const Section *s = &c->sections[si];
            int tw = w - numw - 2 * pad;
            float prog = app->section_progress ? app->section_progress(app, si) : -1;
            char right[96] = "";
            bool done = false; /* mastered sections get a ✓ and the green */
            if (prog >= 0 && app->progress.mastery_valid)
                progress_section_status(app, si, right, sizeof right, &done);
            else if (prog >= 0)
                snprintf(right, sizeof right, app_str(app, STR_TOC_PROGRESS), (int)(prog * 100 + 0.5f));
            int rw = right[0] ? colw : 0;
            int title_h = ui_paragraph_height(ui, tw - rw, t->bold, t->line, s->title);
            int h = title_h + 2 * pad + (show_goals ? t->ui_line : 0);
            Rect row = {x, y, w, h};
            if (ui_row(ui, ui_id("toc-row", si), row, app->screen == SCREEN_READER && app->reader.section == si)) {
                reader_open_at(app, si, SIZE_MAX, 0, 0);
                ui->redraw = true;
            }
            int ty = y + pad;
            ui_label(ui, x + pad, ty + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->muted, s->number);
            ui_paragraph(ui, x + pad + numw, ty, tw - rw, t->bold, th->text, t->line, s->title);
            if (right[0]) {
                /* The status, and under it a bar of the mastery. */
                int ry = ty + (t->line - ui_text_height(ui, t->ui)) / 2;
                int rx = x + w - pad - rw + t->unit * 2;
                ui_label(ui, rx, ry, done ? t->ui_bold : t->ui, done ? th->goals_edge : th->muted, right);
                int bw = rw - t->unit * 2, bh = typography_px(t, 4);
                int by = ry + ui_text_height(ui, t->ui) + t->unit / 2;
                draw_rect(&ui->dl, (Rect){rx, by, bw, bh}, th->rule, bh / 2);
                int fw = (int)(bw * (prog > 1 ? 1 : prog) + 0.5f);
                if (fw > 0)
                    draw_rect(&ui->dl, (Rect){rx, by, fw, bh}, done ? th->goals_edge : th->accent, bh / 2);
            }
            if (show_goals) {
                char goals[64];
                snprintf(goals, sizeof goals, app_str(app, STR_TOC_GOALS), s->ngoals);
                ui_label(ui, x + pad + numw, ty + title_h, t->ui, th->muted, goals);
            }
            y += h + t->unit / 2;
        }
        y += t->unit * 2;
    }
    return y - y0;
}

void screen_toc_frame(App *app, Ui *ui, Rect body)
{
    TocState *st = &app->toc;
    const Typography *t = &app->typography;
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->scroll, "toc", STR_TOC_TITLE, 5, &x, &w, &top);
    y += t->unit * 3;
    /* What the rows' "% beheerst" counts, once, in the start
     * screen's words (the numbers are the same mastery_compute's). */
    const Mastery *m = app->progress.mastery_valid ? &app->progress.mastery : NULL;
    if (m && m->attempts && app->section_progress) {
        char rule[300];
        snprintf(rule, sizeof rule, app_str(app, STR_PROGRESS_RULE), (int)(MASTERY_THRESHOLD * 100 + 0.5));
        y += ui_paragraph(ui, x, y, w, t->small, app->theme->muted, t->small_line, rule) + t->unit * 2;
    }
    if (app->progress.profile_id[0]) { /* the way to the progress screen */
        const char *see = app_str(app, STR_PROGRESS_OPEN);
        int bw = ui_button_width(ui, see);
        if (ui_button(ui, ui_id("toc-progress", 0), (Rect){x, y, bw < w ? bw : w, ui_button_height(ui)}, see,
                      UI_BUTTON_PLAIN))
            app_open(app, SCREEN_PROGRESS);
        y += ui_button_height(ui) + t->unit * 3;
    }
    y += toc_list(app, ui, x, y, w, true);
    y += practice_links(app, ui, x, y, w) + t->unit * 2;
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
}
