/* doc_figures.c - tables and diagrams. A table sizes its columns from its
 * content (doc_table_columns) and may use the overhang beside the column;
 * the organigram is laid out by diagram.c; the flow diagram puts its two
 * boxes side by side with the arrows between them, or stacks them with an
 * arrow per row when the page is narrow. */
#include <stdlib.h>
#include <string.h>

#include "diagram.h"
#include "doc_build.h"
#include "markup.h"
#include "text.h"

/* The widest word of S (markup removed) in font F. */
static int widest_word(DocBuilder *b, const char *s, Font f)
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

static int natural_width(DocBuilder *b, const char *s, Font f)
{
    TextLayout tl;
    if (!text_layout(b->ui, s, strlen(s), 1 << 28, f, &tl))
        return 0;
    int w = tl.width;
    text_layout_free(&tl);
    return w;
}

static int figure_caption(DocBuilder *b, const char *title, int x, int width)
{
    const Typography *t = b->t;
    if (!title)
        return 0;
    return doc_rich_s(b, title, x, b->y, width, t->small_bold, t->small_line, ROLE_MUTED, 0) + t->unit;
}

void doc_lay_table(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
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
    int heavy = typography_px(t, 2), thin = typography_px(t, 1);
    doc_add_rect(b, (Rect){x0, b->y, tw, heavy}, ROLE_BORDER, 0);
    b->y += heavy;
    for (size_t r = 0; r <= bl->nrows; r++) {
        bool head = r == 0;
        Font f = head ? t->small_bold : t->small;
        int y = b->y + pady, rowh = 0, x = x0;
        for (size_t c = 0; c < nc; c++) {
            const char *s = head ? bl->header[c] : bl->cells[(r - 1) * bl->ncols + c];
            size_t field = head ? 1 + c : 1 + bl->ncols + (r - 1) * bl->ncols + c;
            int h = doc_rich_s(b, s, x + padx, y, colw[c], f, t->small_line, head ? ROLE_HEADING : ROLE_TEXT, field);
            rowh = h > rowh ? h : rowh;
            x += colw[c] + 2 * padx;
        }
        b->y += rowh + 2 * pady;
        if (r == bl->nrows)
            doc_add_rect(b, (Rect){x0, b->y, tw, heavy}, ROLE_BORDER, 0);
        else
            doc_add_rect(b, (Rect){x0, b->y, tw, head ? thin + thin / 2 + 1 : thin}, head ? ROLE_BORDER : ROLE_RULE, 0);
        b->y += r == bl->nrows ? heavy : thin;
    }
}

typedef struct {
    DocBuilder *b;
} TreeCtx;

static void tree_box_size(void *ctx, const TreeNode *n, int max_w, int hard_w, int *w, int *h)
{
    DocBuilder *b = ((TreeCtx *)ctx)->b;
    const Typography *t = b->t;
    int pad = t->unit;
    int inner = max_w - 2 * pad;
    /* A box is never narrower than its longest word: it grows rather than
     * split "Accountmanager" (the layout then tries narrower boxes or the
     * outline, where only a word wider than the whole column breaks, with
     * a hyphen). */
    int word = widest_word(b, n->label, t->small_bold);
    if (n->note) {
        int nw = widest_word(b, n->note, t->small);
        word = nw > word ? nw : word;
    }
    if (inner < word)
        inner = word;
    if (inner > hard_w - 2 * pad)
        inner = hard_w - 2 * pad > 1 ? hard_w - 2 * pad : 1;
    TextLayout a, c;
    bool broken;
    int tw = 0, th = 0;
    if (doc_text_layout(b, n->label, strlen(n->label), inner, t->small_bold, &a, &broken)) {
        tw = a.width;
        th = a.nlines * t->small_line;
        text_layout_free(&a);
    }
    if (n->note && doc_text_layout(b, n->note, strlen(n->note), inner, t->small, &c, &broken)) {
        tw = c.width > tw ? c.width : tw;
        th += c.nlines * t->small_line;
        text_layout_free(&c);
    }
    /* A hyphenated line may be a little narrower than INNER: the box is as
     * wide as the text was wrapped for, so the drawn lines break alike. */
    *w = (broken ? inner : tw) + 2 * pad;
    *h = th + 2 * pad;
}

void doc_lay_tree(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
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
    int oy = b->y, lt = typography_px(t, 1.5f);
    for (size_t i = 0; i < L.nsegs; i++) {
        const TreeSeg *s = &L.segs[i];
        doc_add_line(b, ox + s->x1, oy + s->y1, ox + s->x2, oy + s->y2, ROLE_DIAGRAM_EDGE, lt);
    }
    int pad = t->unit;
    for (size_t i = 0; i < L.nboxes; i++) {
        const TreeBox *bx = &L.boxes[i];
        Rect r = {ox + bx->x, oy + bx->y, bx->w, bx->h};
        doc_add_rect(b, r, ROLE_DIAGRAM, t->unit / 2);
        doc_add_border(b, r, i == 0 ? ROLE_ACCENT : ROLE_DIAGRAM_EDGE,
                       i == 0 ? typography_px(t, 2) : typography_px(t, 1), t->unit / 2);
        DocAlign al = L.outline ? DOC_ALIGN_LEFT : DOC_ALIGN_CENTRE;
        int y = r.y + pad, w = bx->w - 2 * pad;
        y += doc_rich(b, bx->node->label, strlen(bx->node->label), r.x + pad, y, w, t->small_bold, t->small_line,
                      ROLE_HEADING, 1 + 2 * i, 0, al);
        if (bx->node->note)
            doc_rich(b, bx->node->note, strlen(bx->node->note), r.x + pad, y, w, t->small, t->small_line, ROLE_MUTED,
                     2 + 2 * i, 0, al);
    }
    b->y = oy + L.height;
    tree_layout_free(&L);
}

static int text_height(DocBuilder *b, const char *s, int width, Font f, int line_h)
{
    TextLayout tl;
    if (!s || !text_layout(b->ui, s, strlen(s), width, f, &tl))
        return 0;
    int h = tl.nlines * line_h;
    text_layout_free(&tl);
    return h;
}

static int flow_box_height(DocBuilder *b, const FlowBox *fb, int inner)
{
    const Typography *t = b->t;
    int h = text_height(b, fb->label, inner, t->bold, t->line);
    if (fb->text)
        h += t->unit / 2 + text_height(b, fb->text, inner, t->small, t->small_line);
    return h;
}

static void flow_box(DocBuilder *b, const FlowBox *fb, int i, Rect r, int pad)
{
    const Typography *t = b->t;
    doc_add_rect(b, r, ROLE_DIAGRAM, t->unit / 2);
    doc_add_border(b, r, ROLE_DIAGRAM_EDGE, typography_px(t, 1.5f), t->unit / 2);
    int y = r.y + pad, w = r.w - 2 * pad;
    y += doc_rich_s(b, fb->label, r.x + pad, y, w, t->bold, t->line, ROLE_HEADING, 1 + 2 * (size_t)i);
    if (fb->text)
        doc_rich_s(b, fb->text, r.x + pad, y + t->unit / 2, w, t->small, t->small_line, ROLE_TEXT, 2 + 2 * (size_t)i);
}

void doc_lay_flow(DocBuilder *b, const Block *bl)
{
    const Typography *t = b->t;
    int wide = b->p->width + 2 * b->p->overhang;
    b->y += figure_caption(b, bl->title, 0, b->p->width);
    int pad = t->unit * 3 / 2, lt = typography_px(t, 2);
    int gap = wide * 32 / 100;
    int gmin = typography_px(t, 130), gmax = typography_px(t, 280);
    gap = gap < gmin ? gmin : gap > gmax ? gmax : gap;
    int bw = (wide - gap) / 2;
    if (bw >= typography_px(t, 150) + 2 * pad) {
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
                y += doc_rich(b, a->label, strlen(a->label), ox + bw + t->unit, y, lw, t->small, t->small_line,
                              ROLE_TEXT, 5 + i, 0, DOC_ALIGN_CENTRE);
            y += t->unit;
            doc_add_line(b, xl, y, xr, y, ROLE_DIAGRAM_EDGE, lt);
            if (a->to == 1)
                doc_arrowhead(b, xr, y, 1, 0, ROLE_DIAGRAM_EDGE);
            else
                doc_arrowhead(b, xl, y, -1, 0, ROLE_DIAGRAM_EDGE);
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
        int lh = a->label ? doc_rich_s(b, a->label, lx, y, w - lx, t->small, t->small_line, ROLE_TEXT, 5 + i) : 0;
        int len = lh > t->unit * 4 ? lh : t->unit * 4;
        doc_add_line(b, ax, y, ax, y + len, ROLE_DIAGRAM_EDGE, lt);
        if (a->to == 1)
            doc_arrowhead(b, ax, y + len, 0, 1, ROLE_DIAGRAM_EDGE);
        else
            doc_arrowhead(b, ax, y, 0, -1, ROLE_DIAGRAM_EDGE);
        b->y = y + len;
    }
    b->y += t->unit;
    int h1 = flow_box_height(b, &bl->boxes[1], w - 2 * pad) + 2 * pad;
    flow_box(b, &bl->boxes[1], 1, (Rect){0, b->y, w, h1}, pad);
    b->y += h1;
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
