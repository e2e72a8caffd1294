/* screen_start.c - the first screen: the course, a button to continue
 * where the student left off (or to begin), the contents, and the way to
 * the glossary, search and display settings. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screen_exam_setup.h"
#include "screen_scenarios.h"
#include "screen_start.h"
#include "screen_toc.h"
#include "start_progress.h"
#include "widgets.h"

static size_t last_section(const App *app)
{
    const Course *c = app->course;
    for (size_t i = 0; c && i < c->nsections; i++)
        if (strcmp(c->sections[i].id, app->settings.last_section) == 0)
            return i;
    return SIZE_MAX;
}

void screen_start_frame(App *app, Ui *ui, Rect body)
{
    StartState *st = &app->start;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Course *c = app->course;
    int x, w;
    app_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &st->scroll, ui_id("start", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 6;
    y += ui_paragraph(ui, x, y, w, t->small_bold, th->accent, t->small_line, app_str(app, STR_APP_NAME));
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, c ? c->title : "");
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_START_TAGLINE));
    y += t->unit * 4;

    size_t last = last_section(app);
    int bh = ui_button_height(ui);
    if (c && c->nsections) {
        const char *label = app_str(app, last != SIZE_MAX ? STR_START_CONTINUE : STR_START_BEGIN);
        int bw = ui_button_width(ui, label) + t->unit * 4;
        if (bw > w)
            bw = w;
        if (ui_button(ui, ui_id("continue", 0), (Rect){x, y, bw, bh}, label, UI_BUTTON_PRIMARY)) {
            if (last != SIZE_MAX)
                reader_open_at(app, last, (size_t)app->settings.last_block, 0, 0);
            else
                reader_open_at(app, 0, SIZE_MAX, 0, 0);
        }
        if (last != SIZE_MAX) {
            const Section *s = &c->sections[last];
            char buf[512];
            snprintf(buf, sizeof buf, "%s %s", s->number, s->title);
            int lx = x + bw + t->unit * 2;
            int th_ = ui_text_height(ui, t->ui);
            if (w - (lx - x) > t->unit * 12) {
                ui_label_fit(ui, lx, y + (bh - th_) / 2, w - (lx - x), t->ui, th->muted, buf);
            } else {
                ui_label_fit(ui, x, y + bh + t->unit, w, t->ui, th->muted, buf);
                y += t->ui_line + t->unit;
            }
        }
        y += bh + t->unit * 5;
    }

    /* Who is practising, where they left off, what next. */
    y += start_progress_block(app, ui, x, y, w);

    /* A test kept from last time. */
    y += start_resume_block(app, ui, x, y, w);

    /* Toets jezelf and Klassikale quiz. */
    y += start_exam_block(app, ui, x, y, w);

    /* Herhalen: today's reviews, the forecast, the exam date. */
    y += start_review_block(app, ui, x, y, w);

    /* The whole chapter and the scenarios. */
    y += practice_links(app, ui, x, y, w) + t->unit * 5;

    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_START_CONTENTS));
    y += t->unit * 2;
    y += toc_list(app, ui, x, y, w, false);

    static const AppLink more[] = {{SCREEN_GLOSSARY, STR_GLOSSARY_TITLE},
                                   {SCREEN_SEARCH, STR_SEARCH_TITLE},
                                   {SCREEN_SETTINGS, STR_SETTINGS_TITLE}};
    y = app_link_buttons(app, ui, "start-more", x, y, w, more, sizeof more / sizeof *more) + t->unit * 3;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_START_HINT));
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 6);
}
