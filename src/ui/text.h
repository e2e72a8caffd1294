/* text.h - laying out rich text (markup.h) into wrapped lines, cached per
 * (text, width, font) so a frame only looks lines up. Used by
 * ui_paragraph() and by retained layouts such as the reader's page. */
#ifndef ACCOUNTWIJS_TEXT_H
#define ACCOUNTWIJS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "draw.h"

typedef struct Ui Ui;

/* A run of one style on one line; bytes [start, start+len) of the plain
 * text, drawn at X (from the left edge) on line LINE. A run next to a
 * hyphenation break is drawn as other text (HYPHEN: with a '-' after it;
 * Dutch respelling: "be-" / "eindigen" for beëindigen): SHOWN_LEN bytes
 * at SHOWN in the layout's SHOWN buffer; text_run_text() gives either. */
typedef struct {
    uint32_t start, len;
    int x, width;
    uint16_t line;
    uint8_t style; /* FontStyle */
    bool hyphen;
    uint32_t shown, shown_len; /* shown_len 0: the plain bytes */
} TextRun;

/* Wrapped rich text. PLAIN is the text with the markers removed; SHOWN
 * holds the text of runs drawn otherwise (TextRun.shown). */
typedef struct {
    char *plain;
    size_t len;
    char *shown;
    size_t shown_len;
    TextRun *runs;
    size_t nruns;
    int nlines;
    int width; /* of the widest line */
} TextLayout;

/* The text run R of T draws, and its length in *LEN. */
const char *text_run_text(const TextLayout *t, const TextRun *r, size_t *len);

/* The style F's base style combined with markup flags (MARKUP_BOLD, ...). */
Font font_with_markup(Font f, int markup_style);

/* Lays out MARKUP (LEN bytes) in font F at most WIDTH wide, breaking long
 * words at Dutch hyphenation points when the Ui has a hyphenator (never
 * in bold or semibold text: headings, terms, labels). The result is
 * the caller's, released with text_layout_free(). False when out of memory. */
bool text_layout(Ui *ui, const char *markup, size_t len, int width, Font f, TextLayout *out);
void text_layout_free(TextLayout *t);

/* The cache behind ui_paragraph(): direct-mapped, bounded (a new layout
 * replaces whatever shared its slot). */
typedef struct TextMemo TextMemo;
TextMemo *text_memo_new(void);
void text_memo_free(TextMemo *c);
/* The cached layout of MARKUP at WIDTH in F, made if absent; NULL when out
 * of memory. Valid until the next text_memo_get(). */
const TextLayout *text_memo_get(Ui *ui, const char *markup, size_t len, int width, Font f);

#endif
