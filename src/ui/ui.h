/* ui.h - an immediate-mode UI toolkit that draws nothing itself: a frame
 * takes the input gathered since the last frame, the screens call widget
 * functions, and the widgets append commands to the Ui's DrawList (see
 * draw.h) that the host then executes. No SDL: the host supplies a text
 * measurer, fills UiInput from its events and calls ui_begin()/ui_end()
 * around each frame (rxi/microui is the model).
 *
 * Interaction rules every widget follows:
 *  - Ids: each interactive element has a UiId that is stable across frames
 *    (ui_id("toc", i)). Two elements on one screen need different ids.
 *  - A click is decided from this frame's input: the press and the release
 *    both inside the element (capture on press: the first element under the
 *    press becomes "active"). A press and a release in one frame still
 *    click, so fast clicks are never lost.
 *  - Focus: focusable elements register in drawing order; Tab and
 *    Shift+Tab move through that order (ui_end does it), Enter or Space
 *    activates the focused element. The ring is drawn only after keyboard
 *    use, like :focus-visible. A focused element inside a scroll area is
 *    scrolled into view.
 *  - Keys are events: ui_key() consumes one, so a key acts once. Widgets
 *    run before the screen's fallbacks (scroll keys in ui_scroll_end, Esc
 *    in the app), so a focused widget wins.
 *  - ui->redraw: set when something changed after it was drawn (a click,
 *    a focus move); the host then runs another frame at once. */
#ifndef ACCOUNTWIJS_UI_H
#define ACCOUNTWIJS_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "draw.h"
#include "hyphenate.h"
#include "theme.h"

typedef uint32_t UiId;

/* Keys: printable keys are their Unicode code point (letters lowercase,
 * ' ' for Space); the rest are these. */
enum {
    UI_KEY_TAB = 0x110000,
    UI_KEY_ENTER,
    UI_KEY_ESCAPE,
    UI_KEY_BACKSPACE,
    UI_KEY_DELETE,
    UI_KEY_UP,
    UI_KEY_DOWN,
    UI_KEY_LEFT,
    UI_KEY_RIGHT,
    UI_KEY_PAGEUP,
    UI_KEY_PAGEDOWN,
    UI_KEY_HOME,
    UI_KEY_END,
    UI_KEY_F1,
    UI_KEY_F11 = UI_KEY_F1 + 10,
    UI_KEY_F12,
};
enum { UI_MOD_SHIFT = 1, UI_MOD_CTRL = 2, UI_MOD_ALT = 4 };

enum {
    UI_MAX_KEYS = 64,
    UI_MAX_TEXT = 256,
    UI_MAX_COMPOSE = 128,
    UI_MAX_FOCUS = 512,
    UI_MAX_CLIP = 16,
    UI_MAX_SCROLL = 8
};

typedef struct {
    int key;  /* a code point or UI_KEY_* */
    int mods; /* UI_MOD_* */
    bool used;
} UiKeyEvent;

/* What happened since the last frame; the host fills it, ui_begin() takes
 * it over and clears the host's copy of the one-shot fields. */
typedef struct {
    int mouse_x, mouse_y; /* pixels */
    bool mouse_inside;
    bool down;              /* left button held now */
    bool pressed, released; /* went down / up since the last frame */
    int press_x, press_y, release_x, release_y;
    float wheel; /* notches, positive = scroll down (fractional from trackpads) */
    UiKeyEvent keys[UI_MAX_KEYS];
    int nkeys;
    char text[UI_MAX_TEXT]; /* UTF-8 typed since the last frame */
    size_t ntext;
    /* An input method's composition in progress (not one-shot: it stays
     * until the IME changes or commits it): the UTF-8 text not typed yet,
     * shown at the caret of the focused text field, and its cursor in
     * bytes. "" when none. */
    char compose[UI_MAX_COMPOSE];
    size_t compose_cursor;
} UiInput;

/* The host's text measurer: width of S[0..LEN) in font F, and the height
 * of a run in F (ascent + descent), both in pixels. */
typedef struct {
    int (*width)(void *ctx, Font f, const char *s, size_t len);
    int (*height)(void *ctx, Font f);
    void *ctx;
} UiMeasure;

/* A focusable element as registered this frame. */
typedef struct {
    UiId id;
    Rect rect;
    UiId scroll;   /* the scroll area it lies in, 0 for none */
    int content_y; /* its top in that area's content, for scrolling into view */
} UiFocusable;

/* A vertical scroll area's state; the screen owns it (keep it in the
 * screen's state struct) and passes it to ui_scroll_begin/end. */
typedef struct {
    UiId id;
    float y;       /* how far the content is scrolled, 0 .. content_h - view.h */
    int content_h; /* from the last ui_scroll_end */
    Rect view;     /* from the last ui_scroll_begin */
    int grab;      /* dragging the thumb: where it was grabbed, -1 when not */
} UiScroll;

typedef struct TextMemo TextMemo;

/* A word to highlight (the one being read aloud): ui_paragraph() draws
 * the SPOKEN colour behind bytes [START, START+LEN) of the plain text of
 * the paragraph whose markup is the string MARKUP (the same pointer, not
 * an equal string), and writes where it laid them out, in or out of the
 * clip, to AT (w 0: nowhere this frame) and the text shown there to SHOWN. */
typedef struct {
    const char *markup; /* NULL: no mark */
    size_t start, len;
    Rect at;
    char shown[128];
} UiMark;

typedef struct Ui {
    UiMeasure measure;
    int width, height; /* the window in pixels */
    float scale;       /* pixels per point (HiDPI) */
    const Theme *theme;
    Font font;      /* widget text */
    Font font_bold; /* widget labels that stand out */
    uint64_t now_ms;

    UiInput in;
    DrawList dl;

    UiId active; /* pressed and capturing the mouse */
    UiId focus;  /* receives Enter, Space and typed text */
    bool focus_visible;
    UiId scroll_to; /* a focused element that must be scrolled into view */
    bool redraw;
    bool hand_cursor; /* the mouse is over something clickable */

    UiFocusable order[UI_MAX_FOCUS]; /* this frame's focus order */
    size_t norder;
    UiFocusable prev_order[UI_MAX_FOCUS]; /* last frame's */
    size_t nprev;
    bool focus_seen; /* the focused id was registered this frame */

    Rect clip[UI_MAX_CLIP];
    int nclip;
    UiScroll *scrolls[UI_MAX_SCROLL];
    int nscroll;

    TextMemo *text_memo;
    /* Breaks long words in text layouts at Dutch hyphenation points;
     * NULL: words stay whole (the setting is off, or no patterns). */
    const Hyphenator *hyphenator;

    /* The focused text field's caret, in bytes into its text; reset to
     * the end when another field takes the focus. */
    UiId caret_owner;
    size_t caret;
    /* Ctrl+A selected the whole text of that field: typing replaces it,
     * Backspace or Delete empties it, a caret move ends the selection. */
    bool select_all;
    /* Where the focused text field's caret is this frame (w = 0: no field
     * has the focus), so the host can put the IME's candidate window
     * beside it. */
    Rect text_input_rect;
    /* The word being read aloud; the app sets it each frame. */
    UiMark mark;
} Ui;

/* Sets up a Ui; MEASURE is required. ui_free() releases what it holds. */
bool ui_init(Ui *ui, UiMeasure measure);
void ui_free(Ui *ui);

/* Starts a frame of W x H pixels at SCALE, taking over IN (its one-shot
 * fields are then cleared for the host). */
void ui_begin(Ui *ui, UiInput *in, int w, int h, float scale, uint64_t now_ms);
/* Ends the frame: moves focus on an unused Tab, forgets a vanished focus,
 * releases the capture. */
void ui_end(Ui *ui);

/* A stable id from a name and an index. */
UiId ui_id(const char *name, size_t index);
/* An id within another (list items of a group). */
UiId ui_id_in(UiId parent, size_t index);

/* ---- keys and text ---- */

/* Consumes an unused press of KEY with exactly MODS (shift, ctrl, alt must
 * match). True when there was one. */
bool ui_key(Ui *ui, int key, int mods);
/* As ui_key, but shift may be either up or down. */
bool ui_key_any_shift(Ui *ui, int key, int mods);
/* Consumes the typed text (for a text field); returns its length. */
size_t ui_take_text(Ui *ui, char *out, size_t size);

/* ---- clipping ---- */
void ui_push_clip(Ui *ui, Rect r); /* intersected with the current clip */
void ui_pop_clip(Ui *ui);
Rect ui_clip(const Ui *ui);

/* ---- interaction ---- */

enum { UI_FOCUSABLE = 1 };

typedef struct {
    bool hover;   /* the mouse is over it (and over nothing capturing) */
    bool held;    /* pressed on it and still down */
    bool clicked; /* clicked, or activated with Enter/Space while focused */
    bool focused; /* has the keyboard focus */
} UiState;

/* The interaction of element ID covering R (clipped to the current clip).
 * With UI_FOCUSABLE it joins the focus order. */
UiState ui_interact(Ui *ui, UiId id, Rect r, unsigned flags);
/* Registers a focusable element without drawing it (an element scrolled
 * out of view stays in the Tab order). True when it has the focus. */
bool ui_focusable(Ui *ui, UiId id, Rect r);
/* Gives ID the focus (VISIBLE: show the ring, as after a Tab). */
void ui_set_focus(Ui *ui, UiId id, bool visible);
/* Draws the focus ring around R when ID has visible focus. */
void ui_focus_ring(Ui *ui, UiId id, Rect r, int radius);

/* ---- text ---- */

int ui_text_width(Ui *ui, Font f, const char *s, size_t len);
int ui_text_height(Ui *ui, Font f);
/* One line of text at (X, Y), culled against the clip. Returns its width. */
int ui_label(Ui *ui, int x, int y, Font f, Color c, const char *s);
/* As ui_label, but cut with "…" to at most MAXW pixels. */
int ui_label_fit(Ui *ui, int x, int y, int maxw, Font f, Color c, const char *s);

/* ---- scrolling ---- */

enum { UI_SCROLL_KEYS = 1 };

/* Starts a vertical scroll area in VIEW; draw its content at y offsets from
 * the returned top (view.y - scroll). Applies the input first, so the frame
 * shows the new position: the wheel (mouse over VIEW), a drag of the thumb
 * and, with UI_SCROLL_KEYS, the arrows, PageUp/PageDown, Home/End and
 * Space (Space only while no element has visible focus). Clips to VIEW. */
int ui_scroll_begin(Ui *ui, UiScroll *s, UiId id, Rect view, unsigned flags);
/* Ends it with the content's height and draws the scrollbar (draggable,
 * a click on the track pages) at the view's right edge. */
void ui_scroll_end(Ui *ui, UiScroll *s, int content_h);
/* Scrolls so that content rows [Y, Y+H) are visible (MARGIN px around). */
void ui_scroll_show(UiScroll *s, int y, int h, int margin);
/* Clamps s->y to the content (after a resize). */
void ui_scroll_clamp(UiScroll *s);
int ui_scrollbar_width(const Ui *ui);

#endif
