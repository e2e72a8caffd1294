/* screen_toc.c - the table of contents, and the section list it shares
 * with the start screen: a row per section (number, title, goals or
 * progress) that opens the section. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
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
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    if (!c)
        return 0;
    int y0 = y;
    int numw = ui_text_width(ui, t->bold, "8.88", 4) + t->unit * 2;
    int pad = t->unit * 3 / 2;
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
            char right[64] = "";
            if (prog >= 0)
                snprintf(right, sizeof right, app_str(app, STR_TOC_PROGRESS), (int)(prog * 100 + 0.5f));
            int rw = right[0] ? ui_text_width(ui, t->ui, right, strlen(right)) + t->unit * 2 : 0;
            int title_h = ui_paragraph_height(ui, tw - rw, t->bold, t->line, s->title);
            int h = title_h + 2 * pad + (show_goals ? t->ui_line : 0);
            Rect row = {x, y, w, h};
            if (ui_row(ui, ui_id("toc-row", si), row, app->screen == SCREEN_READER && app->reader.section == si)) {
                app_open_section(app, si, SIZE_MAX, 0, 0);
                ui->redraw = true;
            }
            int ty = y + pad;
            ui_label(ui, x + pad, ty + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->muted, s->number);
            ui_paragraph(ui, x + pad + numw, ty, tw - rw, t->bold, th->text, t->line, s->title);
            if (right[0]) {
                int ry = ty + (t->line - ui_text_height(ui, t->ui)) / 2;
                ui_label(ui, x + w - pad - rw + t->unit * 2, ry, t->ui, th->muted, right);
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
    const Typo *t = &app->typo;
    int x, w;
    app_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &st->scroll, ui_id("toc", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 5;
    y += ui_paragraph(ui, x, y, w, t->h1, app->theme->heading, t->h1_line, app_str(app, STR_TOC_TITLE));
    y += t->unit * 3;
    y += toc_list(app, ui, x, y, w, true);
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
}
