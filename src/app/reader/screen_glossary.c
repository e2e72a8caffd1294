/* screen_glossary.c - all key terms in alphabetical order (ignoring case
 * and accents), filtered as the student types; each links to the section
 * where it is explained. The title and the filter stay put; the list
 * scrolls under them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "screen_glossary.h"
#include "search.h"
#include "widgets.h"

/* Terms sort by their folded form, so "Éénmalig" sits among the e's. */
typedef struct {
    char key[128];
    size_t index;
} SortKey;

static int key_cmp(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

void screen_glossary_enter(App *app)
{
    GlossaryState *g = &app->glossary;
    const Course *c = app->course;
    g->autofocus = true;
    g->scroll.y = 0;
    g->filter[0] = '\0'; /* a filter typed last time would hide terms unseen */
    if (g->order || !c || c->nglossary == 0)
        return;
    SortKey *keys = malloc(c->nglossary * sizeof *keys);
    g->order = malloc(c->nglossary * sizeof *g->order);
    if (!keys || !g->order) {
        free(keys);
        free(g->order);
        g->order = NULL;
        return;
    }
    for (size_t i = 0; i < c->nglossary; i++) {
        size_t n = strlen(c->glossary[i].term);
        search_fold(c->glossary[i].term, n < sizeof keys[i].key - 1 ? n : sizeof keys[i].key - 1, keys[i].key, NULL);
        keys[i].index = i;
    }
    qsort(keys, c->nglossary, sizeof *keys, key_cmp);
    for (size_t i = 0; i < c->nglossary; i++)
        g->order[i] = keys[i].index;
    free(keys);
    g->norder = c->nglossary;
}

void screen_glossary_free(App *app)
{
    free(app->glossary.order);
    app->glossary.order = NULL;
    app->glossary.norder = 0;
}

static bool matches(const char *term, const char *filter_folded)
{
    if (!*filter_folded)
        return true;
    char f[256];
    size_t n = strlen(term);
    search_fold(term, n < 255 ? n : 255, f, NULL);
    return strstr(f, filter_folded) != NULL;
}

/* The block in SECTION that explains TERM, for opening the reader there. */
static size_t term_block(const Section *s, const char *term)
{
    for (size_t b = 0; b < s->nblocks; b++)
        if (s->blocks[b].kind == BLOCK_TERM && strcmp(s->blocks[b].term, term) == 0)
            return b;
    return SIZE_MAX;
}

void screen_glossary_frame(App *app, Ui *ui, Rect body)
{
    GlossaryState *g = &app->glossary;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    if (!g->order)
        screen_glossary_enter(app);
    int x, w;
    app_column(app, ui, body, &x, &w);
    int y = body.y + t->unit * 4;
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, app_str(app, STR_GLOSSARY_TITLE));
    y += t->unit * 2;
    UiId field = ui_id("glossary-filter", 0);
    if (g->autofocus) {
        ui_set_focus(ui, field, false);
        g->autofocus = false;
    }
    int fh = ui_button_height(ui) + t->unit;
    if (ui_textfield(ui, field, (Rect){x, y, w, fh}, g->filter, sizeof g->filter, app_str(app, STR_GLOSSARY_FILTER)))
        g->scroll.y = 0;
    y += fh + t->unit;
    char folded[sizeof g->filter];
    search_fold(g->filter, strlen(g->filter), folded, NULL);
    size_t shown = 0;
    for (size_t i = 0; i < g->norder; i++)
        shown += matches(c->glossary[g->order[i]].term, folded);
    char count[128];
    snprintf(count, sizeof count, app_str(app, STR_GLOSSARY_COUNT), shown, g->norder);
    ui_label(ui, x, y, t->ui, th->muted, count);
    y += t->ui_line + t->unit;
    draw_rect(&ui->dl, (Rect){0, y - 1, ui->width, typography_px(t, 1)}, th->rule, 0);

    Rect list = {body.x, y, body.w, body.y + body.h - y};
    int top = ui_scroll_begin(ui, &g->scroll, ui_id("glossary", 0), list, UI_SCROLL_KEYS);
    int ly = top + t->unit * 3;
    if (shown == 0)
        ly += ui_paragraph(ui, x, ly, w, t->body, th->muted, t->line, app_str(app, STR_GLOSSARY_NONE));
    for (size_t i = 0; i < g->norder; i++) {
        const GlossaryTerm *gt = &c->glossary[g->order[i]];
        if (!matches(gt->term, folded))
            continue;
        ly += ui_paragraph(ui, x, ly, w, t->bold, th->heading, t->line, gt->term);
        ly += ui_paragraph(ui, x, ly, w, t->body, th->text, t->line, gt->definition);
        const Section *s = gt->section_index < c->nsections ? &c->sections[gt->section_index] : NULL;
        if (s) {
            char link[512], where[300];
            snprintf(where, sizeof where, "%s %s", s->number, s->title);
            snprintf(link, sizeof link, app_str(app, STR_GLOSSARY_IN_SECTION), where);
            ly += t->unit / 2;
            if (ui_link(ui, ui_id("glossary-link", g->order[i]), x, ly, w, t->ui, link, NULL))
                reader_open_at(app, gt->section_index, term_block(s, gt->term), 0, 0);
            ly += t->ui_line;
        }
        ly += t->unit * 3;
    }
    ui_scroll_end(ui, &g->scroll, ly - top + t->unit * 4);
}
