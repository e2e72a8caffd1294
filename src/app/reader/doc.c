/* doc.c - see doc.h. The driver: lays out the header and every block into
 * bands (doc_blocks.c, doc_figures.c do the blocks), draws the bands that
 * meet the clip, and finds places again (search hits, reading position).
 * It also numbers the text fields of a block for search (section_fields). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "doc_build.h"
#include "search.h"
#include "widgets.h"

/* ---- fields ---- */

static void tree_fields(const TreeNode *n, size_t bi, size_t *k, FieldFn fn, void *ctx)
{
    size_t me = (*k)++;
    fn(ctx, bi, 1 + 2 * me, n->label);
    if (n->note)
        fn(ctx, bi, 2 + 2 * me, n->note);
    for (size_t i = 0; i < n->nchildren; i++)
        tree_fields(&n->children[i], bi, k, fn, ctx);
}

void section_fields(const Section *s, size_t bi, FieldFn fn, void *ctx)
{
    const Block *b = &s->blocks[bi];
    size_t k = 0;
    switch (b->kind) {
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
        fn(ctx, bi, 0, b->text);
        break;
    case BLOCK_LIST:
        for (size_t i = 0; i < b->nitems; i++)
            fn(ctx, bi, i, b->items[i]);
        break;
    case BLOCK_TABLE:
        if (b->title)
            fn(ctx, bi, 0, b->title);
        for (size_t c = 0; c < b->ncols; c++)
            fn(ctx, bi, 1 + c, b->header[c]);
        for (size_t i = 0; i < b->nrows * b->ncols; i++)
            fn(ctx, bi, 1 + b->ncols + i, b->cells[i]);
        break;
    case BLOCK_EXAMPLE:
        if (b->title)
            fn(ctx, bi, 0, b->title);
        fn(ctx, bi, 1, b->text);
        break;
    case BLOCK_TERM:
        fn(ctx, bi, 0, b->term);
        fn(ctx, bi, 1, b->text);
        break;
    case BLOCK_GOALS:
        for (size_t i = 0; i < s->ngoals; i++)
            fn(ctx, bi, i, s->goals[i].text);
        break;
    case BLOCK_TREE:
        if (b->title)
            fn(ctx, bi, 0, b->title);
        if (b->tree)
            tree_fields(b->tree, bi, &k, fn, ctx);
        break;
    case BLOCK_FLOW:
        if (b->title)
            fn(ctx, bi, 0, b->title);
        for (int i = 0; i < 2; i++) {
            fn(ctx, bi, 1 + 2 * (size_t)i, b->boxes[i].label);
            if (b->boxes[i].text)
                fn(ctx, bi, 2 + 2 * (size_t)i, b->boxes[i].text);
        }
        for (size_t i = 0; i < b->narrows; i++)
            if (b->arrows[i].label)
                fn(ctx, bi, 5 + i, b->arrows[i].label);
        break;
    case BLOCK_KIND_COUNT:
        break;
    }
}

static void band(DocBuilder *b, int block, int y0, size_t first)
{
    DocLayout *d = b->d;
    if (!doc_grow(b, (void **)&d->bands, &d->cap_bands, d->nbands + 1, sizeof *d->bands))
        return;
    /* Items may stick out of the band's nominal rows (focus rings, arrow
     * heads): take the real extent. */
    int y1 = b->y;
    for (size_t i = first; i < d->nitems; i++) {
        const Rect *r = &d->items[i].r;
        if (r->y < y0)
            y0 = r->y;
        if (r->y + r->h > y1)
            y1 = r->y + r->h;
    }
    d->bands[d->nbands++] = (DocBand){y0, y1, first, d->nitems - first, block};
}

uint64_t doc_key(const DocParams *p)
{
    uint64_t h = HASH_INIT;
    h = hash_bytes(h, &p->section, sizeof p->section);
    h = hash_bytes(h, &p->section_index, sizeof p->section_index);
    h = hash_bytes(h, p->typography, sizeof *p->typography);
    h = hash_bytes(h, &p->lang, sizeof p->lang);
    h = hash_bytes(h, &p->width, sizeof p->width);
    h = hash_bytes(h, &p->overhang, sizeof p->overhang);
    h = hash_bytes(h, &p->control_h, sizeof p->control_h);
    if (p->open)
        h = hash_bytes(h, p->open, p->nopen * sizeof *p->open);
    return h;
}

DocLayout *doc_layout(Ui *ui, const DocParams *p)
{
    DocLayout *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->key = doc_key(p);
    d->width = p->width;
    d->overhang = p->overhang;
    DocBuilder b = {ui, p, p->typography, d, 0, 0, false};
    const Section *s = p->section;
    b.block = DOC_NO_FIELD;
    size_t first = d->nitems;
    doc_lay_header(&b);
    band(&b, -1, 0, first);
    const Block *prev = NULL;
    for (size_t i = 0; i < s->nblocks && !b.oom; i++) {
        const Block *bl = &s->blocks[i];
        b.y += doc_space_before(p->typography, prev, bl);
        b.block = i;
        first = d->nitems;
        int y0 = b.y;
        doc_lay_block(&b, bl);
        band(&b, (int)i, y0, first);
        prev = bl;
    }
    d->height = b.y;
    if (b.oom) {
        doc_free(d);
        return NULL;
    }
    return d;
}

void doc_free(DocLayout *d)
{
    if (!d)
        return;
    free(d->items);
    free(d->bands);
    free(d->terms);
    free(d->chars);
    free(d);
}

/* ---- drawing ---- */

typedef struct {
    Ui *ui;
    const DocItem *it;
    const char *text;
    int x, y;
} Mark;

static void mark_match(void *ctx, size_t start, size_t len)
{
    Mark *m = ctx;
    int x0 = ui_text_width(m->ui, m->it->font, m->text, start);
    int w = ui_text_width(m->ui, m->it->font, m->text + start, len);
    Rect r = {m->x + m->it->r.x + x0, m->y + m->it->r.y, w, m->it->r.h};
    draw_rect(&m->ui->dl, r, m->ui->theme->highlight, 0);
}

/* The piece of text item IT (at X, Y) that holds MARK's bytes: its rect,
 * w 0 when it holds none. Copies the text under it to ui->mark.shown for
 * the first piece. An item drawn as other text (a respelled hyphenation
 * break) is marked whole. */
static Rect mark_piece(Ui *ui, const DocItem *it, const char *text, const DocMark *m, int x, int y)
{
    if (it->kind != DOC_TEXT || it->block != m->block || it->field != m->field)
        return (Rect){0, 0, 0, 0};
    size_t a = m->start, b = m->start + m->len;
    if (b <= it->src || a >= it->src + it->src_len)
        return (Rect){0, 0, 0, 0};
    size_t from = 0, to = it->len;
    if (it->src_len == it->len) {
        from = a > it->src ? a - it->src : 0;
        to = b < it->src + it->len ? b - it->src : it->len;
    }
    int x0 = ui_text_width(ui, it->font, text, from);
    int w = ui_text_width(ui, it->font, text + from, to - from);
    if (!ui->mark.at.w)
        snprintf(ui->mark.shown, sizeof ui->mark.shown, "%.*s", (int)(to - from), text + from);
    return (Rect){x + it->r.x + x0, y + it->r.y, w, it->r.h};
}

/* Where MARK lies on the page (first piece), drawn or not. */
static void mark_locate(Ui *ui, const DocLayout *d, const DocMark *m, int x, int y)
{
    for (size_t bi = 0; bi < d->nbands && !ui->mark.at.w; bi++) {
        const DocBand *bd = &d->bands[bi];
        if (bd->block != (m->block == DOC_HEADER ? -1 : (int)m->block))
            continue;
        for (size_t i = bd->first; i < bd->first + bd->count && !ui->mark.at.w; i++) {
            Rect r = mark_piece(ui, &d->items[i], d->chars + d->items[i].text, m, x, y);
            if (r.w)
                ui->mark.at = r;
        }
    }
}

void doc_draw(Ui *ui, const DocLayout *d, int x, int y, const char *highlight, const DocMark *mark)
{
    if (mark)
        mark_locate(ui, d, mark, x, y);
    Rect clip = ui_clip(ui);
    int top = clip.y - y, bottom = clip.y + clip.h - y;
    const Theme *th = ui->theme;
    bool hl = highlight && *highlight;
    for (size_t bi = 0; bi < d->nbands; bi++) {
        const DocBand *bd = &d->bands[bi];
        if (bd->y1 <= top || bd->y0 >= bottom)
            continue;
        for (size_t i = bd->first; i < bd->first + bd->count; i++) {
            const DocItem *it = &d->items[i];
            if (it->r.y + it->r.h <= top || it->r.y >= bottom)
                continue;
            Color c = theme_role(th, (ThemeRole)it->role);
            Rect r = {x + it->r.x, y + it->r.y, it->r.w, it->r.h};
            switch ((DocKind)it->kind) {
            case DOC_TEXT:
                if (mark) {
                    Rect mr = mark_piece(ui, it, d->chars + it->text, mark, x, y);
                    if (mr.w)
                        ui_mark_rect(ui, mr);
                }
                if (hl && it->field != DOC_NO_FIELD) {
                    Mark m = {ui, it, d->chars + it->text, x, y};
                    search_each_match(highlight, m.text, it->len, true, mark_match, &m);
                }
                draw_text(&ui->dl, r.x, r.y, r.w, r.h, it->font, c, d->chars + it->text, it->len);
                break;
            case DOC_RECT:
                draw_rect(&ui->dl, r, c, it->radius);
                break;
            case DOC_BORDER:
                draw_border(&ui->dl, r, c, it->thick, it->radius);
                break;
            case DOC_LINE:
                draw_line(&ui->dl, x + it->p[0], y + it->p[1], x + it->p[2], y + it->p[3], c, it->thick);
                break;
            case DOC_TRIANGLE:
                draw_triangle(&ui->dl, x + it->p[0], y + it->p[1], x + it->p[2], y + it->p[3], x + it->p[4],
                              y + it->p[5], c);
                break;
            }
        }
    }
}

int doc_find(const DocLayout *d, size_t block, size_t field, size_t offset)
{
    for (size_t bi = 0; bi < d->nbands; bi++) {
        const DocBand *bd = &d->bands[bi];
        if (bd->block != (int)block)
            continue;
        int best = -1;
        for (size_t i = bd->first; i < bd->first + bd->count; i++) {
            const DocItem *it = &d->items[i];
            if (it->kind != DOC_TEXT || it->field != field)
                continue;
            if (best < 0)
                best = it->r.y;
            if (it->src <= offset && offset < it->src + it->src_len)
                return it->r.y;
            if (it->src <= offset)
                best = it->r.y;
        }
        return best >= 0 ? best : bd->y0;
    }
    return -1;
}

bool doc_hit(Ui *ui, const DocLayout *d, int px, int py, size_t *block, size_t *field, size_t *offset)
{
    for (size_t bi = 0; bi < d->nbands; bi++) {
        const DocBand *bd = &d->bands[bi];
        if (py < bd->y0 || py >= bd->y1)
            continue;
        for (size_t i = bd->first; i < bd->first + bd->count; i++) {
            const DocItem *it = &d->items[i];
            if (it->kind != DOC_TEXT || it->field == DOC_NO_FIELD || px < it->r.x || px >= it->r.x + it->r.w ||
                py < it->r.y || py >= it->r.y + it->r.h)
                continue;
            const char *text = d->chars + it->text;
            size_t k = 0;
            if (it->src_len == it->len) /* find the character under PX */
                while (k < it->len) {
                    size_t next = k + 1;
                    while (next < it->len && ((unsigned char)text[next] & 0xC0) == 0x80)
                        next++;
                    if (it->r.x + ui_text_width(ui, it->font, text, next) > px)
                        break;
                    k = next;
                }
            *block = bd->block < 0 ? DOC_HEADER : (size_t)bd->block;
            *field = it->field;
            *offset = it->src + (k < it->src_len ? k : 0);
            return true;
        }
    }
    return false;
}

size_t doc_block_at(const DocLayout *d, int y)
{
    for (size_t bi = 0; bi < d->nbands; bi++)
        if (d->bands[bi].block >= 0 && d->bands[bi].y1 > y)
            return (size_t)d->bands[bi].block;
    return 0;
}
