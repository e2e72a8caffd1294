/* widgets.h - the widgets screens are built from. Each draws itself into
 * ui->dl with the colours of ui->theme and the fonts ui->font /
 * ui->font_bold, and returns what the user did with it this frame. Sizes
 * are in pixels; use ui_px() for a length given in points. */
#ifndef ACCOUNTWIJS_WIDGETS_H
#define ACCOUNTWIJS_WIDGETS_H

#include "ui.h"

/* Points to pixels at the Ui's scale, rounded, at least 1 for n > 0. */
int ui_px(const Ui *ui, float points);

typedef enum {
    UI_BUTTON_PLAIN,   /* outlined */
    UI_BUTTON_PRIMARY, /* filled with the accent colour */
    UI_BUTTON_QUIET,   /* no frame until hovered (toolbars) */
} UiButtonKind;

/* A button with LABEL centred in R. True when clicked or activated. */
bool ui_button(Ui *ui, UiId id, Rect r, const char *label, UiButtonKind kind);
/* The same button, unavailable: in the muted colour, without a frame that
 * lights up, out of the Tab order; a click on it does nothing. It keeps
 * its place so the buttons around it never move. */
void ui_button_disabled(Ui *ui, Rect r, const char *label, UiButtonKind kind);
/* The natural size of a button for LABEL. */
int ui_button_width(Ui *ui, const char *label);
int ui_button_height(const Ui *ui);

/* Lays out items of one height left to right in a column X..X+W, going on
 * on a new line when the next one does not fit (rows of buttons that wrap
 * on a narrow window). An item wider than the column is cut to W. */
typedef struct {
    int x, w, h;      /* the column and the item height */
    int gap_x, gap_y; /* between items, between lines */
    int bx, by;       /* where the next item goes */
} UiFlow;

void ui_flow_begin(UiFlow *f, int x, int y, int w, int h, int gap_x, int gap_y);
/* The rect of the next item of width WIDTH. */
Rect ui_flow_next(UiFlow *f, int width);
/* The y just below the last line. */
int ui_flow_bottom(const UiFlow *f);

/* Text that acts as a button, at (X, Y) in font F, cut to MAXW. Hover and
 * focus underline it. Writes its rect to OUT when not NULL. */
bool ui_link(Ui *ui, UiId id, int x, int y, int maxw, Font f, const char *text, Rect *out);

/* A row that is one big click target (lists of sections, search results):
 * draws the hover/selection background; the caller draws the content on
 * top. SELECTED marks the current row of a keyboard-driven list. */
bool ui_row(Ui *ui, UiId id, Rect r, bool selected);

/* A radio button (RADIO) or check box with LABEL. True when clicked. */
bool ui_option(Ui *ui, UiId id, Rect r, const char *label, bool checked, bool radio);

/* A one-line text field editing BUF (NUL-terminated, SIZE bytes). Typing
 * inserts at the caret; Left/Right move it a code point (with Ctrl a
 * word), Home/End to either end; Backspace and Delete remove a whole code
 * point, Ctrl+Backspace a word. An IME composition (UiInput.compose) is
 * shown underlined at the caret until it is committed. The caret does not
 * blink, so the field costs no wake-ups. Enter is left to the screen (to
 * submit). True when the text changed. */
bool ui_textfield(Ui *ui, UiId id, Rect r, char *buf, size_t size, const char *placeholder);

/* Wrapped text with *emphasis* and **bold** (markup.h), at (X, Y), WIDTH
 * wide, lines LINE_H apart, in font F (its style is the base; markup adds
 * bold/italic). Returns the height used. Lines outside the clip are not
 * drawn; the wrap is cached per (text, width, font). */
int ui_paragraph(Ui *ui, int x, int y, int width, Font f, Color c, int line_h, const char *markup);
/* The read-aloud highlight behind a word laid out in R (ui->mark): a
 * soft fill in the theme's SPOKEN colour with a bar under it. */
void ui_mark_rect(Ui *ui, Rect r);
/* The height ui_paragraph() would use, without drawing. */
int ui_paragraph_height(Ui *ui, int width, Font f, int line_h, const char *markup);

#endif
