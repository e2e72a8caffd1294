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
 * text, drawn at X (from the left edge) on line LINE. */
typedef struct {
    uint32_t start, len;
    int x, width;
    uint16_t line;
    uint8_t style; /* FontStyle */
} TextRun;

/* Wrapped rich text. PLAIN is the text with the markers removed. */
typedef struct {
    char *plain;
    size_t len;
    TextRun *runs;
    size_t nruns;
    int nlines;
    int width; /* of the widest line */
} TextLayout;

/* The style F's base style combined with markup flags (MARKUP_BOLD, ...). */
Font font_with_markup(Font f, int markup_style);

/* Lays out MARKUP (LEN bytes) in font F at most WIDTH wide. The result is
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
