/* diagram.c - see diagram.h.
 *
 * Tidy form: a post-order pass gives every subtree its width (the larger
 * of its own box and its children side by side); a pre-order pass places
 * each subtree in its slot, the parent centred over the span of its
 * children. Levels are rows as tall as their tallest box, so boxes of one
 * level line up. Subtrees occupy disjoint horizontal slots, which is why
 * no two boxes can overlap. Connectors are orthogonal: down from the
 * parent to the middle of the gap, across, and down into each child. */
#include "diagram.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    TreeLayout *out;
    const TreeMetrics *m;
    TreeSizeFn size;
    void *ctx;
    int *sub;   /* subtree widths */
    int *first; /* index of the first child in kids[] */
    int *kids;
    int *row_h;
    size_t cap_segs;
    bool oom;
} Tl;

static size_t count_nodes(const TreeNode *n, int depth, int *maxdepth)
{
    if (depth > *maxdepth)
        *maxdepth = depth;
    size_t c = 1;
    for (size_t i = 0; i < n->nchildren; i++)
        c += count_nodes(&n->children[i], depth + 1, maxdepth);
    return c;
}

/* Flattens in preorder; returns the index of N. */
static int flatten(Tl *t, const TreeNode *n, int parent, int depth, int *next, int *nextkid)
{
    int i = (*next)++;
    TreeBox *b = &t->out->boxes[i];
    b->node = n;
    b->parent = parent;
    b->depth = depth;
    t->first[i] = *nextkid;
    *nextkid += (int)n->nchildren;
    for (size_t k = 0; k < n->nchildren; k++)
        t->kids[t->first[i] + (int)k] = flatten(t, &n->children[k], i, depth + 1, next, nextkid);
    return i;
}

static void add_seg(Tl *t, int x1, int y1, int x2, int y2)
{
    TreeLayout *o = t->out;
    if (o->nsegs == t->cap_segs) {
        size_t cap = t->cap_segs ? t->cap_segs * 2 : 32;
        TreeSeg *p = realloc(o->segs, cap * sizeof *p);
        if (!p) {
            t->oom = true;
            return;
        }
        o->segs = p;
        t->cap_segs = cap;
    }
    o->segs[o->nsegs++] = (TreeSeg){x1, y1, x2, y2};
}

static int subtree_width(Tl *t, int i)
{
    TreeBox *b = &t->out->boxes[i];
    int n = (int)b->node->nchildren, span = 0;
    for (int k = 0; k < n; k++)
        span += subtree_width(t, t->kids[t->first[i] + k]) + (k ? t->m->hgap : 0);
    t->sub[i] = span > b->w ? span : b->w;
    return t->sub[i];
}

static void place(Tl *t, int i, int left)
{
    TreeBox *b = &t->out->boxes[i];
    int n = (int)b->node->nchildren;
    int span = 0;
    for (int k = 0; k < n; k++)
        span += t->sub[t->kids[t->first[i] + k]] + (k ? t->m->hgap : 0);
    int x = left + (t->sub[i] - span) / 2;
    for (int k = 0; k < n; k++) {
        int c = t->kids[t->first[i] + k];
        place(t, c, x);
        x += t->sub[c] + t->m->hgap;
    }
    if (n > 0) {
        const TreeBox *f = &t->out->boxes[t->kids[t->first[i]]];
        const TreeBox *l = &t->out->boxes[t->kids[t->first[i] + n - 1]];
        int centre = (f->x + f->w / 2 + l->x + l->w / 2) / 2;
        b->x = centre - b->w / 2;
        if (b->x < left)
            b->x = left;
        if (b->x + b->w > left + t->sub[i])
            b->x = left + t->sub[i] - b->w;
    } else {
        b->x = left + (t->sub[i] - b->w) / 2;
    }
}

static bool tidy(Tl *t, int node_w, int avail, int maxdepth)
{
    TreeLayout *o = t->out;
    for (size_t i = 0; i < o->nboxes; i++) {
        TreeBox *b = &o->boxes[i];
        b->max_w = node_w;
        t->size(t->ctx, b->node, node_w, avail, &b->w, &b->h);
    }
    if (subtree_width(t, 0) > avail)
        return false;
    memset(t->row_h, 0, (size_t)(maxdepth + 1) * sizeof *t->row_h);
    for (size_t i = 0; i < o->nboxes; i++)
        if (o->boxes[i].h > t->row_h[o->boxes[i].depth])
            t->row_h[o->boxes[i].depth] = o->boxes[i].h;
    place(t, 0, 0);
    int *row_y = t->sub; /* subtree widths are no longer needed */
    int y = 0;
    for (int d = 0; d <= maxdepth; d++) {
        row_y[d] = y;
        y += t->row_h[d] + t->m->vgap;
    }
    o->height = y - t->m->vgap;
    o->width = 0;
    for (size_t i = 0; i < o->nboxes; i++) {
        TreeBox *b = &o->boxes[i];
        /* Centre the box vertically in its row. */
        b->y = row_y[b->depth] + (t->row_h[b->depth] - b->h) / 2;
        if (b->x + b->w > o->width)
            o->width = b->x + b->w;
    }
    for (size_t i = 0; i < o->nboxes; i++) {
        TreeBox *b = &o->boxes[i];
        int n = (int)b->node->nchildren;
        if (n == 0)
            continue;
        int px = b->x + b->w / 2, py = b->y + b->h;
        int mid = row_y[b->depth] + t->row_h[b->depth] + t->m->vgap / 2;
        int lo = px, hi = px;
        for (int k = 0; k < n; k++) {
            const TreeBox *c = &o->boxes[t->kids[t->first[i] + k]];
            int cx = c->x + c->w / 2;
            if (cx < lo)
                lo = cx;
            if (cx > hi)
                hi = cx;
            add_seg(t, cx, mid, cx, c->y);
        }
        add_seg(t, px, py, px, mid);
        if (hi > lo)
            add_seg(t, lo, mid, hi, mid);
    }
    return true;
}

static void outline(Tl *t, int avail)
{
    TreeLayout *o = t->out;
    const TreeMetrics *m = t->m;
    int y = 0, gap = m->vgap / 2 > 0 ? m->vgap / 2 : 1;
    o->width = 0;
    o->outline = true;
    for (size_t i = 0; i < o->nboxes; i++) {
        TreeBox *b = &o->boxes[i];
        b->x = b->depth * m->indent;
        int maxw = avail - b->x;
        if (maxw > m->node_max)
            maxw = m->node_max;
        if (maxw < 1)
            maxw = 1;
        /* A box may outgrow NODE_MAX (for a long word), never the width. */
        int room = avail - b->x > 1 ? avail - b->x : 1;
        t->size(t->ctx, b->node, maxw, room, &b->w, &b->h);
        if (b->w > room)
            b->w = room;
        b->max_w = b->w;
        b->y = y;
        y += b->h + gap;
        if (b->x + b->w > o->width)
            o->width = b->x + b->w;
        if (b->parent >= 0) {
            const TreeBox *p = &o->boxes[b->parent];
            int rail = p->x + m->indent / 2;
            int cy = b->y + b->h / 2;
            add_seg(t, rail, p->y + p->h, rail, cy);
            add_seg(t, rail, cy, b->x, cy);
        }
    }
    o->height = y - gap;
}

bool tree_layout(const TreeNode *root, int avail, const TreeMetrics *m, TreeSizeFn size, void *ctx, TreeLayout *out)
{
    memset(out, 0, sizeof *out);
    int maxdepth = 0;
    size_t n = count_nodes(root, 0, &maxdepth);
    Tl t = {.out = out, .m = m, .size = size, .ctx = ctx};
    out->boxes = calloc(n, sizeof *out->boxes);
    t.sub = calloc(n, sizeof *t.sub);
    t.first = calloc(n, sizeof *t.first);
    t.kids = calloc(n, sizeof *t.kids);
    t.row_h = calloc((size_t)maxdepth + 1, sizeof *t.row_h);
    bool ok = false;
    if (!out->boxes || !t.sub || !t.first || !t.kids || !t.row_h)
        goto done;
    out->nboxes = n;
    int next = 0, nextkid = 0;
    flatten(&t, root, -1, 0, &next, &nextkid);
    bool placed = false;
    for (int w = m->node_max; w >= m->node_min && !placed; w -= (m->node_max - m->node_min) / 4 + 1) {
        out->nsegs = 0;
        placed = tidy(&t, w, avail, maxdepth);
    }
    if (!placed) {
        out->nsegs = 0;
        outline(&t, avail);
    }
    ok = !t.oom;
done:
    free(t.sub);
    free(t.first);
    free(t.kids);
    free(t.row_h);
    if (!ok)
        tree_layout_free(out);
    return ok;
}

void tree_layout_free(TreeLayout *t)
{
    free(t->boxes);
    free(t->segs);
    memset(t, 0, sizeof *t);
}
