/* typography.h - the typography of the program: fonts, line heights and the
 * reading measure, computed from the settings (text size, dyslexia font)
 * and the pixel scale. Every screen takes its sizes from here, so text
 * size and HiDPI work everywhere alike. */
#ifndef ACCOUNTWIJS_TYPOGRAPHY_H
#define ACCOUNTWIJS_TYPOGRAPHY_H

#include <stdbool.h>

#include "ui.h"

typedef struct {
    float scale;  /* pixels per point */
    float factor; /* text size factor */
    bool dyslexic;
    bool hyphenate;          /* text layouts break long words (set by the app each frame) */
    Font body, bold, italic; /* reading text */
    Font small, small_bold;  /* tables, notes, captions */
    Font h1, h2, h3, h4;
    Font ui, ui_bold; /* buttons, bars, lists */
    int line;         /* body line advance: about 1.45 x the size */
    int small_line;
    int h1_line, h2_line, h3_line, h4_line;
    int ui_line;
    int measure; /* the column width that holds about 66 characters of body text */
    int unit;    /* the spacing unit: 8 points */
} Typography;

/* Fills T for text-size STEP, the dyslexia font choice and SCALE; measures
 * with UI. */
void typography_compute(Typography *t, Ui *ui, int step, bool dyslexic, float scale);

/* The student's line spacing (LINE_STEP) and letter spacing (LETTER_STEP),
 * each 0..2 (normal, wide, extra wide), applied to T's reading text and
 * headings (not bars and buttons, which must keep fitting); the measure
 * follows. Call after typography_compute(). */
void typography_space(Typography *t, Ui *ui, int line_step, int letter_step);

/* Points to pixels for T's scale (not the text size). */
int typography_px(const Typography *t, float points);

#endif
