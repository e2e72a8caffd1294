/* screen_search.c - Ctrl+F: search the whole course. The query runs on
 * every change (the index is built on first use); results show the
 * section, the heading above the hit and the words in context. Up/Down
 * pick a result, Enter or a click opens the section scrolled to it, with
 * the words highlighted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "screen_search.h"
#include "search.h"
#include "widgets.h"

enum { SEARCH_MAX = 200 };

void screen_search_enter(App *app)
{
    SearchState *s = &app->search;
    s->autofocus = true;
}

void screen_search_free(App *app)
{
    SearchState *s = &app->search;
    search_hits_free(s->hits, s->nhits);
    s->hits = NULL;
    s->nhits = 0;
    search_index_free(s->index);
    s->index = NULL;
}

static void run_query(App *app)
{
    SearchState *s = &app->search;
    if (!s->index && app->course)
        s->index = search_index_new(app->course);
    search_hits_free(s->hits, s->nhits);
    s->hits = NULL;
    s->nhits = 0;
    s->total = s->index ? search_query(s->index, s->query, SEARCH_MAX, &s->hits, &s->nhits) : 0;
    s->selected = 0;
    s->scroll.y = 0;
    snprintf(s->done_query, sizeof s->done_query, "%s", s->query);
}

static void open_hit(App *app, const SearchHit *h)
{
    char folded[sizeof app->search.query];
    search_fold(app->search.query, strlen(app->search.query), folded, NULL);
    reader_open_at(app, h->section, h->block, h->field, h->offset);
    search_marks(folded, app->reader.highlight, sizeof app->reader.highlight);
}

/* The text of a result's first line: "1.3 Title › Heading". */
static void hit_title(const App *app, const SearchHit *h, char *buf, size_t size)
{
    const Section *s = &app->course->sections[h->section];
    if (h->heading)
        snprintf(buf, size, "%s %s \xE2\x80\xBA %s", s->number, s->title, h->heading);
    else
        snprintf(buf, size, "%s %s", s->number, s->title);
}

void screen_search_frame(App *app, Ui *ui, Rect body)
{
    SearchState *s = &app->search;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int x, w;
    app_column(app, ui, body, &x, &w);
    if (strcmp(s->query, s->done_query) != 0)
        run_query(app);
    /* Keys for the list come before the field, which would take Enter. */
    bool moved = false;
    if (s->nhits) {
        while (ui_key(ui, UI_KEY_DOWN, 0)) {
            if (s->selected + 1 < s->nhits)
                s->selected++;
            moved = true;
        }
        while (ui_key(ui, UI_KEY_UP, 0)) {
            if (s->selected > 0)
                s->selected--;
            moved = true;
        }
        if (ui->focus == ui_id("search-field", 0) && ui_key(ui, UI_KEY_ENTER, 0)) {
            open_hit(app, &s->hits[s->selected]);
            return;
        }
    }
    int y = body.y + t->unit * 4;
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, app_str(app, STR_SEARCH_TITLE));
    y += t->unit * 2;
    UiId field = ui_id("search-field", 0);
    if (s->autofocus) {
        ui_set_focus(ui, field, false);
        s->autofocus = false;
    }
    int fh = ui_button_height(ui) + t->unit;
    if (ui_textfield(ui, field, (Rect){x, y, w, fh}, s->query, sizeof s->query, app_str(app, STR_SEARCH_PLACEHOLDER)))
        run_query(app);
    y += fh + t->unit;
    char line[256];
    if (!s->query[0] || (s->total == 0 && s->nhits == 0 && strlen(s->query) < 2))
        snprintf(line, sizeof line, "%s", app_str(app, STR_SEARCH_HINT));
    else
        snprintf(line, sizeof line, app_str(app, STR_SEARCH_COUNT), s->total);
    ui_label_fit(ui, x, y, w, t->ui, th->muted, line);
    y += t->ui_line + t->unit;
    draw_rect(&ui->dl, (Rect){0, y - 1, ui->width, typography_px(t, 1)}, th->rule, 0);

    Rect list = {body.x, y, body.w, body.y + body.h - y};
    int pad = t->unit * 3 / 2;
    /* Row heights first, so the selected row can be scrolled into view
     * before anything is drawn. */
    int heights[SEARCH_MAX], total = t->unit * 2;
    for (size_t i = 0; i < s->nhits; i++) {
        char title[512];
        hit_title(app, &s->hits[i], title, sizeof title);
        heights[i] = ui_paragraph_height(ui, w - 2 * pad, t->ui_bold, t->ui_line, title) +
                     ui_paragraph_height(ui, w - 2 * pad, t->small, t->small_line,
                                         s->hits[i].context ? s->hits[i].context : "") +
                     2 * pad + t->unit / 2;
        total += heights[i] + t->unit / 2;
    }
    if (moved) {
        int sy = t->unit * 2;
        for (size_t i = 0; i < s->selected; i++)
            sy += heights[i] + t->unit / 2;
        s->scroll.view = list;
        s->scroll.content_h = total + t->unit * 4;
        ui_scroll_show(&s->scroll, sy, heights[s->selected], t->unit);
        ui_scroll_clamp(&s->scroll);
    }
    int top = ui_scroll_begin(ui, &s->scroll, ui_id("search-list", 0), list, UI_SCROLL_KEYS);
    int ly = top + t->unit * 2;
    if (s->query[0] && s->total == 0 && strlen(s->query) >= 2)
        ly += ui_paragraph(ui, x, ly, w, t->body, th->muted, t->line, app_str(app, STR_SEARCH_NONE));
    for (size_t i = 0; i < s->nhits; i++) {
        const SearchHit *h = &s->hits[i];
        Rect row = {x, ly, w, heights[i]};
        if (ui_row(ui, ui_id("search-hit", i), row, i == s->selected)) {
            open_hit(app, h);
            ui_scroll_end(ui, &s->scroll, total + t->unit * 4);
            return;
        }
        char title[512];
        hit_title(app, h, title, sizeof title);
        int ry = ly + pad;
        ry += ui_paragraph(ui, x + pad, ry, w - 2 * pad, t->ui_bold, th->accent, t->ui_line, title);
        ry += t->unit / 2;
        ui_paragraph(ui, x + pad, ry, w - 2 * pad, t->small, th->text, t->small_line, h->context ? h->context : "");
        ly += heights[i] + t->unit / 2;
    }
    if (s->total > s->nhits) {
        char more[256];
        snprintf(more, sizeof more, app_str(app, STR_SEARCH_MORE), s->nhits);
        ly += ui_paragraph(ui, x, ly + t->unit, w, t->small, th->muted, t->small_line, more) + t->unit;
    }
    ui_scroll_end(ui, &s->scroll, ly - top + t->unit * 4);
}
