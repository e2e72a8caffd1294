/* doc_build.c - the primitives of the page layout: appending items, text
 * laid out through text.h into runs, and boxes whose background is added
 * first (so the text lands on top) with a height patched at the end. */
#include "doc_build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "text.h"

bool doc_grow(DocBuilder *b, void **v, size_t *cap, size_t need, size_t size)
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
size_t doc_add(DocBuilder *b, DocKind kind, ThemeRole role)
{
    DocLayout *d = b->d;
    if (!doc_grow(b, (void **)&d->items, &d->cap_items, d->nitems + 1, sizeof *d->items))
        return (size_t)-1;
    DocItem *it = &d->items[d->nitems];
    memset(it, 0, sizeof *it);
    it->kind = (uint8_t)kind;
    it->role = (uint8_t)role;
    it->block = (uint16_t)b->block;
    it->field = DOC_NO_FIELD;
    return d->nitems++;
}

size_t doc_add_rect(DocBuilder *b, Rect r, ThemeRole role, int radius)
{
    size_t i = doc_add(b, DOC_RECT, role);
    if (i != (size_t)-1) {
        b->d->items[i].r = r;
        b->d->items[i].radius = (int16_t)radius;
    }
    return i;
}

size_t doc_add_border(DocBuilder *b, Rect r, ThemeRole role, int thick, int radius)
{
    size_t i = doc_add(b, DOC_BORDER, role);
    if (i != (size_t)-1) {
        b->d->items[i].r = r;
        b->d->items[i].thick = (int16_t)thick;
        b->d->items[i].radius = (int16_t)radius;
    }
    return i;
}

void doc_add_line(DocBuilder *b, int x1, int y1, int x2, int y2, ThemeRole role, int thick)
{
    size_t i = doc_add(b, DOC_LINE, role);
    if (i == (size_t)-1)
        return;
    DocItem *it = &b->d->items[i];
    it->p[0] = x1, it->p[1] = y1, it->p[2] = x2, it->p[3] = y2;
    it->thick = (int16_t)thick;
    int x0 = x1 < x2 ? x1 : x2, y0 = y1 < y2 ? y1 : y2;
    it->r = (Rect){x0 - thick, y0 - thick, abs(x2 - x1) + 2 * thick, abs(y2 - y1) + 2 * thick};
}

void doc_add_triangle(DocBuilder *b, int x1, int y1, int x2, int y2, int x3, int y3, ThemeRole role)
{
    size_t i = doc_add(b, DOC_TRIANGLE, role);
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

void doc_add_text(DocBuilder *b, int x, int y, int w, int h, Font f, ThemeRole role, const char *s, size_t len,
                  size_t field, size_t src)
{
    DocLayout *d = b->d;
    if (!doc_grow(b, (void **)&d->chars, &d->cap_chars, d->nchars + len, 1))
        return;
    size_t i = doc_add(b, DOC_TEXT, role);
    if (i == (size_t)-1)
        return;
    DocItem *it = &d->items[i];
    memcpy(d->chars + d->nchars, s, len);
    it->text = (uint32_t)d->nchars;
    it->len = (uint32_t)len;
    d->nchars += len;
    it->r = (Rect){x, y, w, h};
    it->font = f;
    it->field = (uint16_t)(field > DOC_NO_FIELD ? DOC_NO_FIELD : field);
    it->src = (uint32_t)src;
    it->src_len = (uint32_t)len;
}

/* True when run I ends its line inside a word: the wrap had to break a
 * word wider than the line, and the next line goes on with the same word.
 * (A word that already has a hyphen there needs no second one, nor one
 * broken at a hyphenation point: that run draws its own.) */
static bool breaks_word(const TextLayout *tl, size_t i)
{
    const TextRun *r = &tl->runs[i];
    if (i + 1 >= tl->nruns || tl->runs[i + 1].line == r->line || r->len == 0 || r->hyphen)
        return false;
    size_t end = r->start + r->len;
    char c = end < tl->len ? tl->plain[end] : '\0';
    return tl->runs[i + 1].start == end && c != ' ' && c != '\n' && c != '\0' && tl->plain[end - 1] != '-';
}

/* Lays out MARKUP at (X, Y) WIDTH wide; returns the height. A word that
 * does not fit on a line even alone is broken with a visible hyphen (a
 * separate run outside the course text), for which the lines are laid out
 * a hyphen narrower: "Accountmana-" / "ger", never "Accountmanage" / "r". */
bool doc_text_layout(DocBuilder *b, const char *markup, size_t len, int width, Font f, TextLayout *tl, bool *broken)
{
    *broken = false;
    if (!text_layout(b->ui, markup, len, width, f, tl)) {
        b->oom = true;
        return false;
    }
    Font fb = f;
    fb.style = FONT_BOLD;
    int hy = ui_text_width(b->ui, f, "-", 1), hyb = ui_text_width(b->ui, fb, "-", 1);
    hy = hyb > hy ? hyb : hy;
    for (size_t i = 0; i < tl->nruns && !*broken; i++)
        *broken = breaks_word(tl, i);
    int limit = *broken && width > 2 * hy ? width - hy : width;
    int w = width;
    /* The wrap measures word by word, but a font with kerning and
     * rounding measures a whole line a little wider than its words
     * (OpenDyslexic at 170%: ten pixels and more), so a full line could
     * run into the margin: then wrap again that much narrower. */
    int step = limit / 100 > 1 ? limit / 100 : 1;
    for (int pass = 0; pass < 6 && (w > limit || tl->width > limit); pass++) {
        if (w > limit) {
            w = limit;
        } else {
            /* Narrower by the overflow or 1% of the line, then twice that. */
            int over = tl->width - limit;
            w -= over > step ? over : step;
            step *= 2;
        }
        if (w < 1)
            break;
        text_layout_free(tl);
        if (!text_layout(b->ui, markup, len, w, f, tl)) {
            b->oom = true;
            return false;
        }
    }
    for (size_t i = 0; i < tl->nruns && !*broken; i++)
        *broken = breaks_word(tl, i); /* narrower, a word may break now */
    return true;
}

int doc_rich(DocBuilder *b, const char *markup, size_t len, int x, int y, int width, Font f, int line_h, ThemeRole role,
             size_t field, size_t src_base, DocAlign align)
{
    TextLayout tl;
    bool broken;
    if (!doc_text_layout(b, markup, len, width, f, &tl, &broken))
        return 0;
    int th = ui_text_height(b->ui, f);
    int lead = (line_h - th) / 2;
    size_t line_start = 0;
    for (size_t i = 0; i < tl.nruns; i++) {
        const TextRun *r = &tl.runs[i];
        int dx = 0;
        if (align == DOC_ALIGN_CENTRE) {
            if (i == 0 || tl.runs[i - 1].line != r->line)
                line_start = i;
            size_t last = line_start;
            while (last + 1 < tl.nruns && tl.runs[last + 1].line == r->line)
                last++;
            dx = (width - (tl.runs[last].x + tl.runs[last].width)) / 2;
        }
        Font rf = f;
        rf.style = r->style;
        size_t n, before = b->d->nitems;
        const char *text = text_run_text(&tl, r, &n);
        doc_add_text(b, x + dx + r->x, y + r->line * line_h + lead, r->width, th, rf, role, text, n, field,
                     src_base + r->start);
        if (b->d->nitems > before)
            b->d->items[before].src_len = r->len;
        if (broken && breaks_word(&tl, i))
            doc_add_text(b, x + dx + r->x + r->width, y + r->line * line_h + lead, ui_text_width(b->ui, rf, "-", 1), th,
                         rf, role, "-", 1, DOC_NO_FIELD, 0);
    }
    int h = tl.nlines * line_h;
    text_layout_free(&tl);
    return h;
}

int doc_rich_s(DocBuilder *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role, size_t field)
{
    return doc_rich(b, s, strlen(s), x, y, width, f, line_h, role, field, 0, DOC_ALIGN_LEFT);
}

/* Text with paragraphs separated by blank lines; returns the height. */
int doc_paragraphs(DocBuilder *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role,
                   size_t field)
{
    int h = 0;
    const char *p = s;
    int gap = b->t->line * 6 / 10;
    for (;;) {
        const char *q = strstr(p, "\n\n");
        size_t n = q ? (size_t)(q - p) : strlen(p);
        size_t src = markup_strip(s, (size_t)(p - s), NULL, 0);
        h += doc_rich(b, p, n, x, y + h, width, f, line_h, role, field, src, DOC_ALIGN_LEFT);
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

DocBox doc_box_begin(DocBuilder *b, ThemeRole fill, ThemeRole edge)
{
    DocBox bx;
    const Typography *t = b->t;
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
    bx.bg = doc_add_rect(b, (Rect){bx.x, bx.y0, bx.w, 0}, fill, t->unit / 2);
    bx.edge = doc_add_rect(b, (Rect){bx.x, bx.y0, typography_px(t, 4), 0}, edge, 0);
    return bx;
}

void doc_box_end(DocBuilder *b, DocBox *bx, int content_h)
{
    int h = content_h + 2 * bx->pad;
    if (bx->bg != (size_t)-1)
        b->d->items[bx->bg].r.h = h;
    if (bx->edge != (size_t)-1)
        b->d->items[bx->edge].r.h = h;
    b->y = bx->y0 + h;
}

void doc_arrowhead(DocBuilder *b, int tx, int ty, int dx, int dy, ThemeRole role)
{
    int a = b->t->unit + b->t->unit / 3;
    /* (dx, dy) is the unit direction the arrow points in. */
    int bx = tx - dx * a, by = ty - dy * a;
    int px = -dy * a / 2, py = dx * a / 2;
    doc_add_triangle(b, tx, ty, bx + px, by + py, bx - px, by - py, role);
}
