/* doc.h - the reader's page: a section laid out once into positioned
 * items (text runs, boxes, rules, arrows) so that a frame only culls and
 * copies the visible ones into the DrawList. The layout is kept until its
 * key (section, widths, typography, open terms) changes; colours are
 * ThemeRoles, resolved when drawing, so a theme switch costs nothing.
 *
 * Coordinates are relative to the top left of the text column; figures
 * (tables, diagrams) may use the wider band [-overhang, width + overhang]. */
#ifndef ACCOUNTWIJS_DOC_H
#define ACCOUNTWIJS_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "i18n.h"
#include "course.h"
#include "theme.h"
#include "typography.h"
#include "ui.h"

typedef enum { DOC_TEXT, DOC_RECT, DOC_BORDER, DOC_LINE, DOC_TRIANGLE } DocKind;

typedef struct {
    uint8_t kind; /* DocKind */
    uint8_t role; /* ThemeRole */
    int16_t radius, thick;
    Font font;
    Rect r;                /* TEXT, RECT, BORDER */
    int p[6];              /* LINE: x1 y1 x2 y2; TRIANGLE: three points */
    uint32_t text, len;    /* TEXT: bytes of DocLayout.chars */
    uint16_t block, field; /* where a text run comes from (see section_fields) */
    uint32_t src;          /* its byte offset in the plain text of that field */
    uint32_t src_len;      /* the bytes of that text it shows (not LEN where a hyphenation break respells) */
} DocItem;

/* A horizontal band of the page (one block, or the section's header) and
 * the items it holds; bands are in page order, so drawing a screenful
 * looks at a few bands only. */
typedef struct {
    int y0, y1;
    size_t first, count;
    int block; /* -1 for the header */
} DocBand;

/* A key-term block: its header is the click target that opens it. */
typedef struct {
    size_t block;
    Rect head; /* the click target: the term's line */
    Rect card; /* the whole box, with the definition when open */
    bool open;
} DocTerm;

typedef struct {
    uint64_t key;
    int width, overhang, height;
    int control_y; /* the top of the room DocParams.control_h asked for */
    DocItem *items;
    size_t nitems, cap_items;
    DocBand *bands;
    size_t nbands, cap_bands;
    DocTerm *terms;
    size_t nterms, cap_terms;
    char *chars;
    size_t nchars, cap_chars;
} DocLayout;

typedef struct {
    const Section *section;
    size_t section_index, nsections; /* for "Paragraaf 3 van 7" */
    const Typography *typography;
    Lang lang;
    int width;    /* the text column */
    int overhang; /* extra room for figures on each side */
    /* Term blocks shown open: bit B of open[B / 64]; may be NULL. */
    const uint64_t *open;
    size_t nopen; /* words in open[] */
    /* Room under the title for the page's controls ("Lees voor"), in
     * pixels; 0 for none. DocLayout.control_y says where it is. */
    int control_h;
} DocParams;

/* The key a layout for P would have: compare with DocLayout.key. */
uint64_t doc_key(const DocParams *p);

/* Lays out P->section. NULL when out of memory. */
DocLayout *doc_layout(Ui *ui, const DocParams *p);
void doc_free(DocLayout *d);

/* The field number of the section's number and title in the page's
 * header (block DOC_HEADER): "1.3", an en space, the title. */
enum { DOC_HEADER = 0xFFFF, DOC_TITLE_FIELD = 0xFFFE };

/* Bytes [START, START+LEN) of the plain text of FIELD in BLOCK: the word
 * being read aloud. */
typedef struct {
    size_t block, field, start, len;
} DocMark;

/* Draws the items that fall inside the clip, with the column's top left
 * at (X, Y). HIGHLIGHT, when not NULL or "", is a folded search query
 * (search.h) whose words get a highlight behind them. MARK, when not
 * NULL, gets the read-aloud highlight (ui_mark_rect); where its first
 * piece lies, in or out of the clip, goes to ui->mark.at and its text to
 * ui->mark.shown. */
void doc_draw(Ui *ui, const DocLayout *d, int x, int y, const char *highlight, const DocMark *mark);

/* The text under page point (PX, PY) (column coordinates, as the items):
 * its BLOCK, FIELD and the byte OFFSET in the field's plain text of the
 * character there. False when no course text is there. */
bool doc_hit(Ui *ui, const DocLayout *d, int px, int py, size_t *block, size_t *field, size_t *offset);

/* The page y of the text at byte OFFSET of FIELD in BLOCK (the top of the
 * block when there is no such text); -1 for a block out of range. */
int doc_find(const DocLayout *d, size_t block, size_t field, size_t offset);

/* The first block whose band reaches below page y Y (for "continue
 * reading"); 0 when there is none. */
size_t doc_block_at(const DocLayout *d, int y);

/* Column widths of a table: MINW (longest word) and MAXW (unwrapped) per
 * column, AVAIL for all columns together; writes OUT. Columns get their
 * natural width when everything fits, else their minimum plus a share of
 * the rest in proportion to how much they would like to grow. */
void doc_table_columns(const int *minw, const int *maxw, size_t n, int avail, int *out);

/* ---- the text of a block, shared with search ---- */

/* Calls FN for each text field of BLOCK in SECTION with its field number
 * (stable: the same numbers the layout stores in DocItem.field). */
typedef void (*FieldFn)(void *ctx, size_t block, size_t field, const char *markup);
void section_fields(const Section *s, size_t block, FieldFn fn, void *ctx);

#endif
