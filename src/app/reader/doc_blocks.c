/* doc_blocks.c - the layout of the section header and of the text blocks
 * (headings, paragraphs, lists, goals, examples, key terms), and the
 * vertical rhythm between blocks: a heading binds to the text below it,
 * figures get more air than paragraphs. Tables and diagrams are in
 * doc_figures.c. */
#include <stdio.h>
#include <string.h>

#include "doc_build.h"

void doc_lay_header(DocBuilder *b)
{
    const Typography *t = b->t;
    const Section *s = b->p->section;
    char buf[512];
    snprintf(buf, sizeof buf, str_get(b->p->lang, STR_READER_SECTION_OF), b->p->section_index + 1, b->p->nsections);
    b->y += doc_rich_s(b, buf, 0, b->y, b->p->width, t->small_bold, t->small_line, ROLE_MUTED, DOC_NO_FIELD);
    b->y += t->unit / 2;
    /* The number, an en space, the title: the title's field (its bytes
     * count from the number's start). */
    snprintf(buf, sizeof buf, "%s\xE2\x80\x82%s", s->number, s->title);
    b->y += doc_rich_s(b, buf, 0, b->y, b->p->width, t->h1, t->h1_line, ROLE_HEADING, DOC_TITLE_FIELD);
    b->y += t->unit * 2;
    if (b->p->control_h > 0) {
        b->d->control_y = b->y;
        b->y += b->p->control_h + t->unit * 2;
    }
    doc_add_rect(b, (Rect){0, b->y, t->unit * 6, typography_px(t, 3)}, ROLE_ACCENT, 0);
    b->y += typography_px(t, 3);
}

/* The room between a list marker and its text: half an em of the body
 * text, so it grows with the text size and the wide dyslexia font (a
 * fixed number of pixels let the bullet touch the text at 170%). */
static int marker_gap(const Typography *t)
{
    return t->body.size / 2 > t->unit ? t->body.size / 2 : t->unit;
}

static void lay_list(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
    static const char dot[] = "\xE2\x80\xA2";
    int dot_w = ui_text_width(b->ui, t->body, dot, 3);
    int gutter = bl->ordered ? t->unit + ui_text_width(b->ui, t->body, "88.", 3) + marker_gap(t)
                             : t->unit + dot_w + marker_gap(t);
    int gap = t->line / 4;
    for (size_t i = 0; i < bl->nitems; i++) {
        if (i)
            b->y += gap;
        char mark[32];
        int th = ui_text_height(b->ui, t->body);
        int lead = (t->line - th) / 2;
        if (bl->ordered) {
            snprintf(mark, sizeof mark, "%zu.", i + 1);
            int w = ui_text_width(b->ui, t->body, mark, strlen(mark));
            doc_add_text(b, gutter - marker_gap(t) - w, b->y + lead, w, th, t->body, ROLE_MUTED, mark, strlen(mark),
                         DOC_NO_FIELD, 0);
        } else {
            doc_add_text(b, t->unit, b->y + lead, dot_w, th, t->body, ROLE_MUTED, dot, 3, DOC_NO_FIELD, 0);
        }
        b->y += doc_rich_s(b, bl->items[i], gutter, b->y, b->p->width - gutter, t->body, t->line, ROLE_TEXT, i);
    }
}

static void lay_goals(DocBuilder *b)
{
    const Typography *t = b->t;
    const Section *s = b->p->section;
    DocBox bx = doc_box_begin(b, ROLE_GOALS, ROLE_GOALS_EDGE);
    int y = bx.y0 + bx.pad;
    y += doc_rich_s(b, str_get(b->p->lang, STR_GOALS_TITLE), bx.inner_x, y, bx.inner_w, t->small_bold, t->small_line,
                    ROLE_GOALS_EDGE, DOC_NO_FIELD);
    y += t->unit / 2;
    y += doc_rich_s(b, str_get(b->p->lang, STR_GOALS_INTRO), bx.inner_x, y, bx.inner_w, t->italic, t->line, ROLE_TEXT,
                    DOC_NO_FIELD);
    static const char check[] = "\xE2\x80\xA2";
    int w = ui_text_width(b->ui, t->body, check, 3);
    int gutter = t->unit + w + marker_gap(t);
    int th = ui_text_height(b->ui, t->body);
    for (size_t i = 0; i < s->ngoals; i++) {
        y += t->unit / 2;
        doc_add_text(b, bx.inner_x + t->unit, y + (t->line - th) / 2, w, th, t->body, ROLE_GOALS_EDGE, check, 3,
                     DOC_NO_FIELD, 0);
        y += doc_rich_s(b, s->goals[i].text, bx.inner_x + gutter, y, bx.inner_w - gutter, t->body, t->line, ROLE_TEXT,
                        i);
    }
    doc_box_end(b, &bx, y - bx.y0 - bx.pad);
}

static void lay_example(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
    DocBox bx = doc_box_begin(b, ROLE_EXAMPLE, ROLE_EXAMPLE_EDGE);
    int y = bx.y0 + bx.pad;
    const char *title = bl->title ? bl->title : str_get(b->p->lang, STR_EXAMPLE);
    y += doc_rich_s(b, title, bx.inner_x, y, bx.inner_w, t->bold, t->line, ROLE_HEADING, bl->title ? 0 : DOC_NO_FIELD);
    y += t->unit / 2;
    y += doc_paragraphs(b, bl->text, bx.inner_x, y, bx.inner_w, t->body, t->line, ROLE_TEXT, 1);
    doc_box_end(b, &bx, y - bx.y0 - bx.pad);
}

static bool term_open(const DocParams *p, size_t block)
{
    return p->open && block / 64 < p->nopen && (p->open[block / 64] >> (block % 64) & 1);
}

static void lay_term(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
    DocLayout *d = b->d;
    bool open = term_open(b->p, b->block);
    DocBox bx = doc_box_begin(b, ROLE_TERM, ROLE_TERM_EDGE);
    bx.pad = t->unit * 3 / 2;
    int y = bx.y0 + bx.pad;
    const char *label = str_get(b->p->lang, STR_TERM_LABEL);
    int lw = ui_text_width(b->ui, t->small_bold, label, strlen(label));
    int tri = t->unit * 2;
    int sth = ui_text_height(b->ui, t->small_bold);
    doc_add_text(b, bx.inner_x, y + (t->line - sth) / 2, lw, sth, t->small_bold, ROLE_TERM_EDGE, label, strlen(label),
                 DOC_NO_FIELD, 0);
    int tx = bx.inner_x + lw + t->unit * 3 / 2;
    int hh =
        doc_rich_s(b, bl->term, tx, y, bx.inner_x + bx.inner_w - tri - t->unit - tx, t->bold, t->line, ROLE_HEADING, 0);
    /* The disclosure triangle: pointing right when closed, down when open. */
    int cx = bx.inner_x + bx.inner_w - tri / 2, cy = y + t->line / 2, a = t->unit * 3 / 4;
    if (open)
        doc_add_triangle(b, cx - a, cy - a / 2, cx + a, cy - a / 2, cx, cy + a * 3 / 4, ROLE_TERM_EDGE);
    else
        doc_add_triangle(b, cx - a / 2, cy - a, cx - a / 2, cy + a, cx + a * 3 / 4, cy, ROLE_TERM_EDGE);
    y += hh;
    Rect head = {bx.x, bx.y0, bx.w, y + bx.pad - bx.y0};
    if (open) {
        y += t->unit;
        y += doc_paragraphs(b, bl->text, bx.inner_x, y, bx.inner_w, t->body, t->line, ROLE_TEXT, 1);
    }
    doc_box_end(b, &bx, y - bx.y0 - bx.pad);
    if (doc_grow(b, (void **)&d->terms, &d->cap_terms, d->nterms + 1, sizeof *d->terms))
        d->terms[d->nterms++] = (DocTerm){b->block, head, (Rect){bx.x, bx.y0, bx.w, b->y - bx.y0}, open};
}

int doc_space_before(const Typography *t, const Block *prev, const Block *cur)
{
    if (!prev)
        return t->line * 3 / 2;
    if (cur->kind == BLOCK_HEADING) {
        int lv = cur->level;
        return lv <= 2 ? t->line * 3 / 2 : lv == 3 ? t->line * 6 / 5 : t->line;
    }
    if (prev->kind == BLOCK_HEADING)
        return t->line * 2 / 5;
    if (prev->kind == BLOCK_PARAGRAPH && cur->kind == BLOCK_LIST)
        return t->line * 2 / 5;
    bool fig = cur->kind == BLOCK_TABLE || cur->kind == BLOCK_TREE || cur->kind == BLOCK_FLOW;
    bool prev_fig = prev->kind == BLOCK_TABLE || prev->kind == BLOCK_TREE || prev->kind == BLOCK_FLOW;
    return fig || prev_fig ? t->line : t->line * 7 / 10;
}

void doc_lay_block(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
    switch (bl->kind) {
    case BLOCK_HEADING: {
        Font f = bl->level <= 2 ? t->h2 : bl->level == 3 ? t->h3 : t->h4;
        int lh = bl->level <= 2 ? t->h2_line : bl->level == 3 ? t->h3_line : t->h4_line;
        b->y += doc_rich_s(b, bl->text, 0, b->y, b->p->width, f, lh, ROLE_HEADING, 0);
        break;
    }
    case BLOCK_PARAGRAPH:
        b->y += doc_paragraphs(b, bl->text, 0, b->y, b->p->width, t->body, t->line, ROLE_TEXT, 0);
        break;
    case BLOCK_LIST:
        lay_list(b, bl);
        break;
    case BLOCK_TABLE:
        doc_lay_table(b, bl);
        break;
    case BLOCK_EXAMPLE:
        lay_example(b, bl);
        break;
    case BLOCK_TERM:
        lay_term(b, bl);
        break;
    case BLOCK_GOALS:
        lay_goals(b);
        break;
    case BLOCK_TREE:
        doc_lay_tree(b, bl);
        break;
    case BLOCK_FLOW:
        doc_lay_flow(b, bl);
        break;
    case BLOCK_KIND_COUNT:
        break;
    }
}
