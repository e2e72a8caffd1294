/* diagram.h - geometry of the organigram (BLOCK_TREE), independent of how
 * text is drawn: the caller says how big a node's box is for a given
 * maximum width, and gets back boxes and connector segments that do not
 * overlap and fit the available width.
 *
 * First a top-down tidy tree is tried (children side by side, centred
 * under their parent), with narrower boxes if needed; when even the
 * narrowest does not fit, an indented outline (like a file tree) is used,
 * which fits any width. */
#ifndef ACCOUNTWIJS_DIAGRAM_H
#define ACCOUNTWIJS_DIAGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "course.h"

/* The size of NODE's box when it should be at most MAX_W wide; when its
 * content cannot be that narrow (a long word), it may be wider, but never
 * more than HARD_W. */
typedef void (*TreeSizeFn)(void *ctx, const TreeNode *node, int max_w, int hard_w, int *w, int *h);

typedef struct {
    int hgap, vgap; /* between sibling boxes / between levels */
    int indent;     /* per level, in the outline form */
    int node_max;   /* widest box tried */
    int node_min;   /* narrowest box tried before falling back to the outline */
} TreeMetrics;

typedef struct {
    const TreeNode *node;
    int parent; /* box index, -1 for the root */
    int depth;
    int x, y, w, h;
    int max_w; /* the width the box was sized for (wrap its text to max_w) */
} TreeBox;

typedef struct {
    int x1, y1, x2, y2; /* horizontal or vertical */
} TreeSeg;

typedef struct {
    TreeBox *boxes; /* preorder: the root first */
    size_t nboxes;
    TreeSeg *segs;
    size_t nsegs;
    int width, height;
    bool outline; /* the indented form was used */
} TreeLayout;

/* Lays out the tree at ROOT in at most AVAIL pixels. False when out of
 * memory. Free with tree_layout_free(). */
bool tree_layout(const TreeNode *root, int avail, const TreeMetrics *m, TreeSizeFn size, void *ctx, TreeLayout *out);
void tree_layout_free(TreeLayout *t);

#endif
