/* doc.c - lays a section out into a DocLayout (see doc.h) and draws it.
 *
 * Each block appends items at page y b->y and advances it; spacing
 * between blocks depends on what precedes what (a heading binds to the
 * text below it). Boxes (examples, terms, goals) add their background
 * first, with a height patched once their content is laid out, so the
 * text lands on top. Tables and diagrams may use the overhang on both
 * sides of the column; everything else stays inside it. */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagram.h"
#include "markup.h"
#include "search.h"
#include "text.h"

enum { NO_FIELD = 0xFFFF };

typedef struct {
    Ui *ui;
    const DocParams *p;
    const Typo *t;
    DocLayout *d;
    int y;
    size_t block;
    bool oom;
} B;

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

/* ---- building ---- */

static bool grow(B *b, void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < need)
        cap2 *= 2;
    void *p = realloc(*v, cap2 * size);
    if (!p) {
        b->oom = true;
        return false;
    }
    *v = p;
    *cap = cap2;
    return true;
}

/* Appends an item; returns its index, or (size_t)-1 when out of memory. */
static size_t add(B *b, DocKind kind, ThemeRole role)
{
    DocLayout *d = b->d;
    if (!grow(b, (void **)&d->items, &d->cap_items, d->nitems + 1, sizeof *d->items))
        return (size_t)-1;
    DocItem *it = &d->items[d->nitems];
    memset(it, 0, sizeof *it);
    it->kind = (uint8_t)kind;
    it->role = (uint8_t)role;
    it->block = (uint16_t)b->block;
    it->field = NO_FIELD;
    return d->nitems++;
}

static size_t add_rect(B *b, Rect r, ThemeRole role, int radius)
{
    size_t i = add(b, DOC_RECT, role);
    if (i != (size_t)-1) {
        b->d->items[i].r = r;
        b->d->items[i].radius = (int16_t)radius;
    }
    return i;
}

static size_t add_border(B *b, Rect r, ThemeRole role, int thick, int radius)
{
    size_t i = add(b, DOC_BORDER, role);
    if (i != (size_t)-1) {
        b->d->items[i].r = r;
        b->d->items[i].thick = (int16_t)thick;
        b->d->items[i].radius = (int16_t)radius;
    }
    return i;
}

static void add_line(B *b, int x1, int y1, int x2, int y2, ThemeRole role, int thick)
{
    size_t i = add(b, DOC_LINE, role);
    if (i == (size_t)-1)
        return;
    DocItem *it = &b->d->items[i];
    it->p[0] = x1, it->p[1] = y1, it->p[2] = x2, it->p[3] = y2;
    it->thick = (int16_t)thick;
    int x0 = x1 < x2 ? x1 : x2, y0 = y1 < y2 ? y1 : y2;
    it->r = (Rect){x0 - thick, y0 - thick, abs(x2 - x1) + 2 * thick, abs(y2 - y1) + 2 * thick};
}

static void add_triangle(B *b, int x1, int y1, int x2, int y2, int x3, int y3, ThemeRole role)
{
    size_t i = add(b, DOC_TRIANGLE, role);
    if (i == (size_t)-1)
        return;
    DocItem *it = &b->d->items[i];
    int p[6] = {x1, y1, x2, y2, x3, y3};
    memcpy(it->p, p, sizeof p);
    int minx = x1, maxx = x1, miny = y1, maxy = y1;
    for (int k = 2; k < 6; k += 2) {
        minx = p[k] < minx ? p[k] : minx;
        maxx = p[k] > maxx ? p[k] : maxx;
        miny = p[k + 1] < miny ? p[k + 1] : miny;
        maxy = p[k + 1] > maxy ? p[k + 1] : maxy;
    }
    it->r = (Rect){minx, miny, maxx - minx + 1, maxy - miny + 1};
}

static void add_text(B *b, int x, int y, int w, int h, Font f, ThemeRole role, const char *s, size_t len, size_t field,
                     size_t src)
{
    DocLayout *d = b->d;
    if (!grow(b, (void **)&d->chars, &d->cap_chars, d->nchars + len, 1))
        return;
    size_t i = add(b, DOC_TEXT, role);
    if (i == (size_t)-1)
        return;
    DocItem *it = &d->items[i];
    memcpy(d->chars + d->nchars, s, len);
    it->text = (uint32_t)d->nchars;
    it->len = (uint32_t)len;
    d->nchars += len;
    it->r = (Rect){x, y, w, h};
    it->font = f;
    it->field = (uint16_t)(field > NO_FIELD ? NO_FIELD : field);
    it->src = (uint32_t)src;
}

typedef enum { ALIGN_LEFT, ALIGN_CENTRE } Align;

/* Lays out MARKUP at (X, Y) WIDTH wide; returns the height. */
static int rich(B *b, const char *markup, size_t len, int x, int y, int width, Font f, int line_h, ThemeRole role,
                size_t field, size_t src_base, Align align)
{
    TextLayout tl;
    if (!text_layout(b->ui, markup, len, width, f, &tl)) {
        b->oom = true;
        return 0;
    }
    int th = ui_text_height(b->ui, f);
    int lead = (line_h - th) / 2;
    size_t line_start = 0;
    for (size_t i = 0; i < tl.nruns; i++) {
        const TextRun *r = &tl.runs[i];
        int dx = 0;
        if (align == ALIGN_CENTRE) {
            if (i == 0 || tl.runs[i - 1].line != r->line)
                line_start = i;
            size_t last = line_start;
            while (last + 1 < tl.nruns && tl.runs[last + 1].line == r->line)
                last++;
            dx = (width - (tl.runs[last].x + tl.runs[last].width)) / 2;
        }
        Font rf = f;
        rf.style = r->style;
        add_text(b, x + dx + r->x, y + r->line * line_h + lead, r->width, th, rf, role, tl.plain + r->start, r->len,
                 field, src_base + r->start);
    }
    int h = tl.nlines * line_h;
    text_layout_free(&tl);
    return h;
}

static int rich_s(B *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role, size_t field)
{
    return rich(b, s, strlen(s), x, y, width, f, line_h, role, field, 0, ALIGN_LEFT);
}

/* Text with paragraphs separated by blank lines; returns the height. */
static int paragraphs(B *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role, size_t field)
{
    int h = 0;
    const char *p = s;
    int gap = b->t->line * 6 / 10;
    for (;;) {
        const char *q = strstr(p, "\n\n");
        size_t n = q ? (size_t)(q - p) : strlen(p);
        size_t src = markup_strip(s, (size_t)(p - s), NULL, 0);
        h += rich(b, p, n, x, y + h, width, f, line_h, role, field, src, ALIGN_LEFT);
        if (!q)
            break;
        p = q;
        while (*p == '\n')
            p++;
        if (!*p)
            break;
        h += gap;
    }
    return h;
}

/* A box spanning the column (outdented into the overhang when there is
 * room, so its text lines up with the page). Returns the item index of
 * the background; *INNER_X / *INNER_W are where its content goes. */
typedef struct {
    size_t bg, edge;
    int x, w, pad, inner_x, inner_w, y0;
} Box;

static Box box_begin(B *b, ThemeRole fill, ThemeRole edge)
{
    Box bx;
    const Typo *t = b->t;
    bx.pad = t->unit * 2;
    bx.y0 = b->y;
    if (b->p->overhang >= bx.pad) {
        bx.x = -bx.pad;
        bx.w = b->p->width + 2 * bx.pad;
    } else {
        bx.x = 0;
        bx.w = b->p->width;
    }
    bx.inner_x = bx.x + bx.pad;
    bx.inner_w = bx.w - 2 * bx.pad;
    bx.bg = add_rect(b, (Rect){bx.x, bx.y0, bx.w, 0}, fill, t->unit / 2);
    bx.edge = add_rect(b, (Rect){bx.x, bx.y0, typo_px(t, 4), 0}, edge, 0);
    return bx;
}

static void box_end(B *b, Box *bx, int content_h)
{
    int h = content_h + 2 * bx->pad;
    if (bx->bg != (size_t)-1)
        b->d->items[bx->bg].r.h = h;
    if (bx->edge != (size_t)-1)
        b->d->items[bx->edge].r.h = h;
    b->y = bx->y0 + h;
}

static void arrowhead(B *b, int tx, int ty, int dx, int dy, ThemeRole role)
{
    int a = b->t->unit + b->t->unit / 3;
    /* (dx, dy) is the unit direction the arrow points in. */
    int bx = tx - dx * a, by = ty - dy * a;
    int px = -dy * a / 2, py = dx * a / 2;
    add_triangle(b, tx, ty, bx + px, by + py, bx - px, by - py, role);
}

/* ---- blocks ---- */

static void lay_header(B *b)
{
    const Typo *t = b->t;
    const Section *s = b->p->section;
    char buf[512];
    snprintf(buf, sizeof buf, str_get(b->p->lang, STR_READER_SECTION_OF), b->p->section_index + 1, b->p->nsections);
    b->y += rich_s(b, buf, 0, b->y, b->p->width, t->small_bold, t->small_line, ROLE_MUTED, NO_FIELD);
    b->y += t->unit / 2;
    snprintf(buf, sizeof buf, "%s\xE2\x80\x82%s", s->number, s->title); /* an en space */
    b->y += rich_s(b, buf, 0, b->y, b->p->width, t->h1, t->h1_line, ROLE_HEADING, NO_FIELD);
    b->y += t->unit * 2;
    add_rect(b, (Rect){0, b->y, t->unit * 6, typo_px(t, 3)}, ROLE_ACCENT, 0);
    b->y += typo_px(t, 3);
}

static void lay_list(B *b, const Block *bl)
{
    const Typo *t = b->t;
    int gutter = bl->ordered ? ui_text_width(b->ui, t->body, "88.", 3) + t->unit * 2 : t->unit * 3;
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
            add_text(b, gutter - t->unit - w, b->y + lead, w, th, t->body, ROLE_MUTED, mark, strlen(mark), NO_FIELD, 0);
        } else {
            static const char dot[] = "\xE2\x80\xA2";
            int w = ui_text_width(b->ui, t->body, dot, 3);
            add_text(b, t->unit, b->y + lead, w, th, t->body, ROLE_MUTED, dot, 3, NO_FIELD, 0);
        }
        b->y += rich_s(b, bl->items[i], gutter, b->y, b->p->width - gutter, t->body, t->line, ROLE_TEXT, i);
    }
}

static void lay_goals(B *b)
{
    const Typo *t = b->t;
    const Section *s = b->p->section;
    Box bx = box_begin(b, ROLE_GOALS, ROLE_GOALS_EDGE);
    int y = bx.y0 + bx.pad;
    y += rich_s(b, str_get(b->p->lang, STR_GOALS_TITLE), bx.inner_x, y, bx.inner_w, t->small_bold, t->small_line,
                ROLE_GOALS_EDGE, NO_FIELD);
    y += t->unit / 2;
    y += rich_s(b, str_get(b->p->lang, STR_GOALS_INTRO), bx.inner_x, y, bx.inner_w, t->italic, t->line, ROLE_TEXT,
                NO_FIELD);
    int gutter = t->unit * 3;
    int th = ui_text_height(b->ui, t->body);
    for (size_t i = 0; i < s->ngoals; i++) {
        y += t->unit / 2;
        static const char check[] = "\xE2\x80\xA2";
        int w = ui_text_width(b->ui, t->body, check, 3);
        add_text(b, bx.inner_x + t->unit, y + (t->line - th) / 2, w, th, t->body, ROLE_GOALS_EDGE, check, 3, NO_FIELD,
                 0);
        y += rich_s(b, s->goals[i].text, bx.inner_x + gutter, y, bx.inner_w - gutter, t->body, t->line, ROLE_TEXT, i);
    }
    box_end(b, &bx, y - bx.y0 - bx.pad);
}

static void lay_example(B *b, const Block *bl)
{
    const Typo *t = b->t;
    Box bx = box_begin(b, ROLE_EXAMPLE, ROLE_EXAMPLE_EDGE);
    int y = bx.y0 + bx.pad;
    const char *title = bl->title ? bl->title : str_get(b->p->lang, STR_EXAMPLE);
    y += rich_s(b, title, bx.inner_x, y, bx.inner_w, t->bold, t->line, ROLE_HEADING, bl->title ? 0 : NO_FIELD);
    y += t->unit / 2;
    y += paragraphs(b, bl->text, bx.inner_x, y, bx.inner_w, t->body, t->line, ROLE_TEXT, 1);
    box_end(b, &bx, y - bx.y0 - bx.pad);
}

static bool term_open(const DocParams *p, size_t block)
{
    return p->open && block / 64 < p->nopen && (p->open[block / 64] >> (block % 64) & 1);
}

static void lay_term(B *b, const Block *bl)
{
    const Typo *t = b->t;
    DocLayout *d = b->d;
    bool open = term_open(b->p, b->block);
    Box bx = box_begin(b, ROLE_TERM, ROLE_TERM_EDGE);
    bx.pad = t->unit * 3 / 2;
    int y = bx.y0 + bx.pad;
    const char *label = str_get(b->p->lang, STR_TERM_LABEL);
    int lw = ui_text_width(b->ui, t->small_bold, label, strlen(label));
    int tri = t->unit * 2;
    int sth = ui_text_height(b->ui, t->small_bold);
    add_text(b, bx.inner_x, y + (t->line - sth) / 2, lw, sth, t->small_bold, ROLE_TERM_EDGE, label, strlen(label),
             NO_FIELD, 0);
    int tx = bx.inner_x + lw + t->unit * 3 / 2;
    int hh =
        rich_s(b, bl->term, tx, y, bx.inner_x + bx.inner_w - tri - t->unit - tx, t->bold, t->line, ROLE_HEADING, 0);
    /* The disclosure triangle: pointing right when closed, down when open. */
    int cx = bx.inner_x + bx.inner_w - tri / 2, cy = y + t->line / 2, a = t->unit * 3 / 4;
    if (open)
        add_triangle(b, cx - a, cy - a / 2, cx + a, cy - a / 2, cx, cy + a * 3 / 4, ROLE_TERM_EDGE);
    else
        add_triangle(b, cx - a / 2, cy - a, cx - a / 2, cy + a, cx + a * 3 / 4, cy, ROLE_TERM_EDGE);
    y += hh;
    Rect head = {bx.x, bx.y0, bx.w, y + bx.pad - bx.y0};
    if (open) {
        y += t->unit;
        y += paragraphs(b, bl->text, bx.inner_x, y, bx.inner_w, t->body, t->line, ROLE_TEXT, 1);
    }
    box_end(b, &bx, y - bx.y0 - bx.pad);
    if (grow(b, (void **)&d->terms, &d->cap_terms, d->nterms + 1, sizeof *d->terms))
        d->terms[d->nterms++] = (DocTerm){b->block, head, (Rect){bx.x, bx.y0, bx.w, b->y - bx.y0}, open};
}

/* The widest word of S (markup removed) in font F. */
static int widest_word(B *b, const char *s, Font f)
{
    char plain[4096];
    size_t n = markup_strip(s, strlen(s), plain, sizeof plain);
    if (n >= sizeof plain)
        n = sizeof plain - 1;
    int best = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (plain[i] == ' ' || plain[i] == '\n'))
            i++;
        size_t j = i;
        while (j < n && plain[j] != ' ' && plain[j] != '\n')
            j++;
        if (j > i) {
            int w = ui_text_width(b->ui, f, plain + i, j - i);
            best = w > best ? w : best;
        }
        i = j;
    }
    return best;
}

static int natural_width(B *b, const char *s, Font f)
{
    TextLayout tl;
    if (!text_layout(b->ui, s, strlen(s), 1 << 28, f, &tl))
        return 0;
    int w = tl.width;
    text_layout_free(&tl);
    return w;
}

static int figure_caption(B *b, const char *title, int x, int width)
{
    const Typo *t = b->t;
    if (!title)
        return 0;
    return rich_s(b, title, x, b->y, width, t->small_bold, t->small_line, ROLE_MUTED, 0) + t->unit;
}

static void lay_table(B *b, const Block *bl)
{
    const Typo *t = b->t;
    size_t nc = bl->ncols;
    if (nc == 0)
        return;
    int padx = t->unit * 3 / 2, pady = t->unit;
    int wide = b->p->width + 2 * b->p->overhang;
    int minw[64], maxw[64], colw[64];
    if (nc > 64)
        nc = 64;
    int natural = 0;
    for (size_t c = 0; c < nc; c++) {
        minw[c] = widest_word(b, bl->header[c], t->small_bold);
        maxw[c] = natural_width(b, bl->header[c], t->small_bold);
        for (size_t r = 0; r < bl->nrows; r++) {
            const char *cell = bl->cells[r * bl->ncols + c];
            int mn = widest_word(b, cell, t->small), mx = natural_width(b, cell, t->small);
            minw[c] = mn > minw[c] ? mn : minw[c];
            maxw[c] = mx > maxw[c] ? mx : maxw[c];
        }
        natural += maxw[c] + 2 * padx;
    }
    int tw = natural < b->p->width ? b->p->width : natural > wide ? wide : natural;
    int x0 = (b->p->width - tw) / 2;
    b->y += figure_caption(b, bl->title, x0, tw);
    doc_table_columns(minw, maxw, nc, tw - (int)nc * 2 * padx, colw);
    int heavy = typo_px(t, 2), thin = typo_px(t, 1);
    add_rect(b, (Rect){x0, b->y, tw, heavy}, ROLE_BORDER, 0);
    b->y += heavy;
    for (size_t r = 0; r <= bl->nrows; r++) {
        bool head = r == 0;
        Font f = head ? t->small_bold : t->small;
        int y = b->y + pady, rowh = 0, x = x0;
        for (size_t c = 0; c < nc; c++) {
            const char *s = head ? bl->header[c] : bl->cells[(r - 1) * bl->ncols + c];
            size_t field = head ? 1 + c : 1 + bl->ncols + (r - 1) * bl->ncols + c;
            int h = rich_s(b, s, x + padx, y, colw[c], f, t->small_line, head ? ROLE_HEADING : ROLE_TEXT, field);
            rowh = h > rowh ? h : rowh;
            x += colw[c] + 2 * padx;
        }
        b->y += rowh + 2 * pady;
        if (r == bl->nrows)
            add_rect(b, (Rect){x0, b->y, tw, heavy}, ROLE_BORDER, 0);
        else
            add_rect(b, (Rect){x0, b->y, tw, head ? thin + thin / 2 + 1 : thin}, head ? ROLE_BORDER : ROLE_RULE, 0);
        b->y += r == bl->nrows ? heavy : thin;
    }
}

typedef struct {
    B *b;
} TreeCtx;

static void tree_box_size(void *ctx, const TreeNode *n, int max_w, int *w, int *h)
{
    B *b = ((TreeCtx *)ctx)->b;
    const Typo *t = b->t;
    int pad = t->unit;
    int inner = max_w - 2 * pad;
    TextLayout a, c;
    int tw = 0, th = 0;
    if (text_layout(b->ui, n->label, strlen(n->label), inner, t->small_bold, &a)) {
        tw = a.width;
        th = a.nlines * t->small_line;
        text_layout_free(&a);
    }
    if (n->note && text_layout(b->ui, n->note, strlen(n->note), inner, t->small, &c)) {
        tw = c.width > tw ? c.width : tw;
        th += c.nlines * t->small_line;
        text_layout_free(&c);
    }
    *w = tw + 2 * pad;
    *h = th + 2 * pad;
}

static void lay_tree(B *b, const Block *bl)
{
    const Typo *t = b->t;
    if (!bl->tree)
        return;
    int wide = b->p->width + 2 * b->p->overhang;
    b->y += figure_caption(b, bl->title, 0, b->p->width);
    TreeMetrics m = {t->unit * 2, t->unit * 4, t->unit * 4, t->unit * 30, t->unit * 15};
    TreeCtx cx = {b};
    TreeLayout L;
    if (!tree_layout(bl->tree, wide, &m, tree_box_size, &cx, &L)) {
        b->oom = true;
        return;
    }
    int ox;
    if (L.outline)
        ox = L.width <= b->p->width ? 0 : -b->p->overhang;
    else
        ox = -b->p->overhang + (wide - L.width) / 2;
    int oy = b->y, lt = typo_px(t, 1.5f);
    for (size_t i = 0; i < L.nsegs; i++) {
        const TreeSeg *s = &L.segs[i];
        add_line(b, ox + s->x1, oy + s->y1, ox + s->x2, oy + s->y2, ROLE_DIAGRAM_EDGE, lt);
    }
    int pad = t->unit;
    for (size_t i = 0; i < L.nboxes; i++) {
        const TreeBox *bx = &L.boxes[i];
        Rect r = {ox + bx->x, oy + bx->y, bx->w, bx->h};
        add_rect(b, r, ROLE_DIAGRAM, t->unit / 2);
        add_border(b, r, i == 0 ? ROLE_ACCENT : ROLE_DIAGRAM_EDGE, i == 0 ? typo_px(t, 2) : typo_px(t, 1), t->unit / 2);
        Align al = L.outline ? ALIGN_LEFT : ALIGN_CENTRE;
        int y = r.y + pad, w = bx->w - 2 * pad;
        y += rich(b, bx->node->label, strlen(bx->node->label), r.x + pad, y, w, t->small_bold, t->small_line,
                  ROLE_HEADING, 1 + 2 * i, 0, al);
        if (bx->node->note)
            rich(b, bx->node->note, strlen(bx->node->note), r.x + pad, y, w, t->small, t->small_line, ROLE_MUTED,
                 2 + 2 * i, 0, al);
    }
    b->y = oy + L.height;
    tree_layout_free(&L);
}

static int text_height(B *b, const char *s, int width, Font f, int line_h)
{
    TextLayout tl;
    if (!s || !text_layout(b->ui, s, strlen(s), width, f, &tl))
        return 0;
    int h = tl.nlines * line_h;
    text_layout_free(&tl);
    return h;
}

static int flow_box_height(B *b, const FlowBox *fb, int inner)
{
    const Typo *t = b->t;
    int h = text_height(b, fb->label, inner, t->bold, t->line);
    if (fb->text)
        h += t->unit / 2 + text_height(b, fb->text, inner, t->small, t->small_line);
    return h;
}

static void flow_box(B *b, const FlowBox *fb, int i, Rect r, int pad)
{
    const Typo *t = b->t;
    add_rect(b, r, ROLE_DIAGRAM, t->unit / 2);
    add_border(b, r, ROLE_DIAGRAM_EDGE, typo_px(t, 1.5f), t->unit / 2);
    int y = r.y + pad, w = r.w - 2 * pad;
    y += rich_s(b, fb->label, r.x + pad, y, w, t->bold, t->line, ROLE_HEADING, 1 + 2 * (size_t)i);
    if (fb->text)
        rich_s(b, fb->text, r.x + pad, y + t->unit / 2, w, t->small, t->small_line, ROLE_TEXT, 2 + 2 * (size_t)i);
}

static void lay_flow(B *b, const Block *bl)
{
    const Typo *t = b->t;
    int wide = b->p->width + 2 * b->p->overhang;
    b->y += figure_caption(b, bl->title, 0, b->p->width);
    int pad = t->unit * 3 / 2, lt = typo_px(t, 2);
    int gap = wide * 32 / 100;
    int gmin = typo_px(t, 130), gmax = typo_px(t, 280);
    gap = gap < gmin ? gmin : gap > gmax ? gmax : gap;
    int bw = (wide - gap) / 2;
    if (bw >= typo_px(t, 150) + 2 * pad) {
        /* Side by side, arrows in the gap, each with its label above it. */
        int ox = -b->p->overhang + (wide - (2 * bw + gap)) / 2;
        int lw = gap - 2 * t->unit;
        int arrows_h = 0;
        for (size_t i = 0; i < bl->narrows; i++)
            arrows_h += text_height(b, bl->arrows[i].label, lw, t->small, t->small_line) + t->unit * 3;
        int h0 = flow_box_height(b, &bl->boxes[0], bw - 2 * pad), h1 = flow_box_height(b, &bl->boxes[1], bw - 2 * pad);
        int bh = (h0 > h1 ? h0 : h1) + 2 * pad;
        if (arrows_h + 2 * t->unit > bh)
            bh = arrows_h + 2 * t->unit;
        int y0 = b->y;
        flow_box(b, &bl->boxes[0], 0, (Rect){ox, y0, bw, bh}, pad);
        flow_box(b, &bl->boxes[1], 1, (Rect){ox + bw + gap, y0, bw, bh}, pad);
        int y = y0 + (bh - arrows_h) / 2;
        int xl = ox + bw + t->unit / 2, xr = ox + bw + gap - t->unit / 2;
        for (size_t i = 0; i < bl->narrows; i++) {
            const FlowArrow *a = &bl->arrows[i];
            y += t->unit;
            if (a->label)
                y += rich(b, a->label, strlen(a->label), ox + bw + t->unit, y, lw, t->small, t->small_line, ROLE_TEXT,
                          5 + i, 0, ALIGN_CENTRE);
            y += t->unit;
            add_line(b, xl, y, xr, y, ROLE_DIAGRAM_EDGE, lt);
            if (a->to == 1)
                arrowhead(b, xr, y, 1, 0, ROLE_DIAGRAM_EDGE);
            else
                arrowhead(b, xl, y, -1, 0, ROLE_DIAGRAM_EDGE);
            y += t->unit;
        }
        b->y = y0 + bh;
        return;
    }
    /* Stacked: the first box, a row per arrow (pointing down or up, its
     * label beside it), the second box. */
    int w = b->p->width;
    int h0 = flow_box_height(b, &bl->boxes[0], w - 2 * pad) + 2 * pad;
    flow_box(b, &bl->boxes[0], 0, (Rect){0, b->y, w, h0}, pad);
    b->y += h0;
    int ax = t->unit * 3, lx = t->unit * 6;
    for (size_t i = 0; i < bl->narrows; i++) {
        const FlowArrow *a = &bl->arrows[i];
        int y = b->y + t->unit;
        int lh = a->label ? rich_s(b, a->label, lx, y, w - lx, t->small, t->small_line, ROLE_TEXT, 5 + i) : 0;
        int len = lh > t->unit * 4 ? lh : t->unit * 4;
        add_line(b, ax, y, ax, y + len, ROLE_DIAGRAM_EDGE, lt);
        if (a->to == 1)
            arrowhead(b, ax, y + len, 0, 1, ROLE_DIAGRAM_EDGE);
        else
            arrowhead(b, ax, y, 0, -1, ROLE_DIAGRAM_EDGE);
        b->y = y + len;
    }
    b->y += t->unit;
    int h1 = flow_box_height(b, &bl->boxes[1], w - 2 * pad) + 2 * pad;
    flow_box(b, &bl->boxes[1], 1, (Rect){0, b->y, w, h1}, pad);
    b->y += h1;
}

static int space_before(const Typo *t, const Block *prev, const Block *cur)
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

static void lay_block(B *b, const Block *bl)
{
    const Typo *t = b->t;
    switch (bl->kind) {
    case BLOCK_HEADING: {
        Font f = bl->level <= 2 ? t->h2 : bl->level == 3 ? t->h3 : t->h4;
        int lh = bl->level <= 2 ? t->h2_line : bl->level == 3 ? t->h3_line : t->h4_line;
        b->y += rich_s(b, bl->text, 0, b->y, b->p->width, f, lh, ROLE_HEADING, 0);
        break;
    }
    case BLOCK_PARAGRAPH:
        b->y += paragraphs(b, bl->text, 0, b->y, b->p->width, t->body, t->line, ROLE_TEXT, 0);
        break;
    case BLOCK_LIST:
        lay_list(b, bl);
        break;
    case BLOCK_TABLE:
        lay_table(b, bl);
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
        lay_tree(b, bl);
        break;
    case BLOCK_FLOW:
        lay_flow(b, bl);
        break;
    case BLOCK_KIND_COUNT:
        break;
    }
}

static void band(B *b, int block, int y0, size_t first)
{
    DocLayout *d = b->d;
    if (!grow(b, (void **)&d->bands, &d->cap_bands, d->nbands + 1, sizeof *d->bands))
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
    h = hash_bytes(h, p->typo, sizeof *p->typo);
    h = hash_bytes(h, &p->lang, sizeof p->lang);
    h = hash_bytes(h, &p->width, sizeof p->width);
    h = hash_bytes(h, &p->overhang, sizeof p->overhang);
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
    B b = {ui, p, p->typo, d, 0, 0, false};
    const Section *s = p->section;
    b.block = NO_FIELD;
    size_t first = d->nitems;
    lay_header(&b);
    band(&b, -1, 0, first);
    const Block *prev = NULL;
    for (size_t i = 0; i < s->nblocks && !b.oom; i++) {
        const Block *bl = &s->blocks[i];
        b.y += space_before(p->typo, prev, bl);
        b.block = i;
        first = d->nitems;
        int y0 = b.y;
        lay_block(&b, bl);
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

void doc_draw(Ui *ui, const DocLayout *d, int x, int y, const char *highlight)
{
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
                if (hl && it->field != NO_FIELD) {
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
            if (it->src <= offset && offset < it->src + it->len)
                return it->r.y;
            if (it->src <= offset)
                best = it->r.y;
        }
        return best >= 0 ? best : bd->y0;
    }
    return -1;
}

size_t doc_block_at(const DocLayout *d, int y)
{
    for (size_t bi = 0; bi < d->nbands; bi++)
        if (d->bands[bi].block >= 0 && d->bands[bi].y1 > y)
            return (size_t)d->bands[bi].block;
    return 0;
}

void doc_table_columns(const int *minw, const int *maxw, size_t n, int avail, int *out)
{
    long long smin = 0, smax = 0;
    for (size_t c = 0; c < n; c++) {
        smin += minw[c];
        smax += maxw[c] > minw[c] ? maxw[c] : minw[c];
    }
    if (n == 0)
        return;
    if (smax <= avail) {
        /* Everything fits unwrapped: spread the spare room evenly. */
        int spare = (int)(avail - smax);
        for (size_t c = 0; c < n; c++)
            out[c] = (maxw[c] > minw[c] ? maxw[c] : minw[c]) + spare / (int)n;
        return;
    }
    if (smin >= avail) {
        /* Not even the longest words fit: share by minimum width (words
         * then break inside, at code point boundaries). */
        for (size_t c = 0; c < n; c++)
            out[c] = smin ? (int)((long long)avail * minw[c] / smin) : avail / (int)n;
        return;
    }
    long long want = smax - smin, spare = avail - smin;
    int used = 0;
    for (size_t c = 0; c < n; c++) {
        int grow = (maxw[c] > minw[c] ? maxw[c] : minw[c]) - minw[c];
        out[c] = minw[c] + (int)(want ? spare * grow / want : 0);
        used += out[c];
    }
    out[n - 1] += avail - used;
}
