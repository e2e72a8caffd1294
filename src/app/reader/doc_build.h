/* doc_build.h - internal to the page layout (doc*.c): the builder that
 * block layouts append items to, and the helpers they share. Not for
 * screens: they use doc.h. */
#ifndef ACCOUNTWIJS_DOC_BUILD_H
#define ACCOUNTWIJS_DOC_BUILD_H

#include "doc.h"
#include "text.h"

/* The field number of text that is not course content (list markers,
 * labels): never a search target. */
enum { DOC_NO_FIELD = 0xFFFF };

typedef struct {
    Ui *ui;
    const DocParams *p;
    const Typography *t;
    DocLayout *d;
    int y;        /* the page y where the next block starts */
    size_t block; /* the block being laid out (stored in its items) */
    bool oom;
} DocBuilder;

typedef enum { DOC_ALIGN_LEFT, DOC_ALIGN_CENTRE } DocAlign;

/* A box spanning the column (outdented into the overhang when there is
 * room, so its text lines up with the page): its background and edge item
 * indices, geometry, and where its content goes. */
typedef struct {
    size_t bg, edge;
    int x, w, pad, inner_x, inner_w, y0;
} DocBox;

/* ---- appending items (doc_build.c); an index of (size_t)-1 means out of
 * memory, which also sets b->oom ---- */
bool doc_grow(DocBuilder *b, void **v, size_t *cap, size_t need, size_t size);
size_t doc_add(DocBuilder *b, DocKind kind, ThemeRole role);
size_t doc_add_rect(DocBuilder *b, Rect r, ThemeRole role, int radius);
size_t doc_add_border(DocBuilder *b, Rect r, ThemeRole role, int thick, int radius);
void doc_add_line(DocBuilder *b, int x1, int y1, int x2, int y2, ThemeRole role, int thick);
void doc_add_triangle(DocBuilder *b, int x1, int y1, int x2, int y2, int x3, int y3, ThemeRole role);
/* A text run of LEN bytes (copied) measured W x H; FIELD and SRC say where
 * in the course it comes from. */
void doc_add_text(DocBuilder *b, int x, int y, int w, int h, Font f, ThemeRole role, const char *s, size_t len,
                  size_t field, size_t src);
/* The lines of MARKUP at WIDTH in F as doc_rich() makes them: when a word
 * has to break (wider than the line alone), a hyphen's width narrower,
 * with *BROKEN set. Free TL with text_layout_free(). False when out of
 * memory (b->oom is set). */
bool doc_text_layout(DocBuilder *b, const char *markup, size_t len, int width, Font f, TextLayout *tl, bool *broken);
/* Lays out MARKUP (LEN bytes) at (X, Y) WIDTH wide; returns its height.
 * A word wider than the line is broken with a visible hyphen.
 * SRC_BASE is the plain-text offset of MARKUP within its field. */
int doc_rich(DocBuilder *b, const char *markup, size_t len, int x, int y, int width, Font f, int line_h, ThemeRole role,
             size_t field, size_t src_base, DocAlign align);
/* doc_rich() of a whole NUL-terminated string, left aligned. */
int doc_rich_s(DocBuilder *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role, size_t field);
/* Text whose paragraphs are separated by blank lines; returns the height. */
int doc_paragraphs(DocBuilder *b, const char *s, int x, int y, int width, Font f, int line_h, ThemeRole role,
                   size_t field);
/* Opens a box at b->y; doc_box_end() sets its height from the content's
 * and moves b->y below it. */
DocBox doc_box_begin(DocBuilder *b, ThemeRole fill, ThemeRole edge);
void doc_box_end(DocBuilder *b, DocBox *bx, int content_h);
/* An arrow head with its tip at (TX, TY) pointing along (DX, DY), a unit
 * axis direction. */
void doc_arrowhead(DocBuilder *b, int tx, int ty, int dx, int dy, ThemeRole role);

/* ---- block layouts ---- */
/* doc_blocks.c: the section's header, any block, and the space above it. */
void doc_lay_header(DocBuilder *b);
void doc_lay_block(DocBuilder *b, const Block *bl);
int doc_space_before(const Typography *t, const Block *prev, const Block *cur);
/* doc_figures.c: tables and diagrams. */
void doc_lay_table(DocBuilder *b, const Block *bl);
void doc_lay_tree(DocBuilder *b, const Block *bl);
void doc_lay_flow(DocBuilder *b, const Block *bl);

#endif
