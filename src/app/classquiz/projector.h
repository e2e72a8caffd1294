/* projector.h - the drawing pieces of the class quiz's projector view.
 * Sizes come from the window's height, not from the reading typography:
 * what matters is how big the type is on the wall. Every piece draws into
 * ui->dl with the projector palette and takes the mouse without taking the
 * focus, so Enter and Space always belong to the quiz. */
#ifndef ACCOUNTWIJS_PROJECTOR_H
#define ACCOUNTWIJS_PROJECTOR_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* The projector's colours: strong contrast on a plain background; white on
 * every tile colour at 7:1 or more. */
typedef struct {
    Color bg, text, muted, panel, edge;
    Color tile[6], on_tile; /* option tiles and their text */
    Color dim, dim_text;    /* a wrong option after the reveal */
    Color right, wrong;     /* ✓ and ✗; the right option's tile (and bar) after the reveal */
    Color on_right;         /* text on a tile of the right colour */
} Palette;

/* One frame's projector: the window R, margin M, the smallest size of the
 * question (MINQ px: a run at least 1/20 of the height tall) and of an
 * option's text (MINOPT px: a run at least 1/30 of the height). */
typedef struct {
    App *app;
    Ui *ui;
    const Palette *p;
    Rect r;
    int m;
    int minq, minopt;
} Projector;

/* How the options are laid out: COLS columns of tiles TILE_W x TILE_H,
 * text at PX; H is the whole grid's height. TIGHT: less padding in and
 * between the tiles (long options in a small window). */
typedef struct {
    int cols, px, tile_w, tile_h, h;
    bool tight;
} TileLayout;

/* Light on a light theme, dark (black) on the dark and contrast themes. */
const Palette *projector_palette(const App *app);

/* Sets up C for the window R of this frame. */
void projector_begin(Projector *c, App *app, Ui *ui, Rect r);

/* The font of PX pixels in style ST (the dyslexia font when chosen). */
Font projector_font(const Projector *c, int px, FontStyle st);
/* The smallest size whose runs in style ST are at least NEED px tall. */
int projector_px_for(const Projector *c, int need, FontStyle st);
/* The line advance of a PX font. */
int projector_line(int px);
/* The largest size from HI down to LO (in steps of 1/8) at which TEXT fits
 * W x MAXH; LO when none does. Writes its height to *H. */
int projector_fit(const Projector *c, const char *text, FontStyle st, int w, int maxh, int hi, int lo, int *h);
/* One line of text centred in R (cut with … when too wide). */
void projector_centred(const Projector *c, Rect r, Font f, Color col, const char *s);
/* A mouse-only button; true when clicked. */
bool projector_button(const Projector *c, UiId id, Rect r, const char *label, Font f, bool primary);

/* The countdown ring in R (square), with "seconden", "Pauze" or "Tijd is
 * om" under it. */
void projector_countdown(const Projector *c, Rect r);
/* Plans the current question's options W wide with text at PX: two
 * columns when every word fits, else one; TIGHT with less padding. False
 * when a word is wider than a tile even in one column. */
bool projector_tiles_plan(const Projector *c, int w, int px, bool revealed, bool tight, TileLayout *out);
/* The options as TL planned them, from (X, Y), in the order shown (letter
 * K is option classquiz_option_at(K)); REVEALED marks them ✓ / ✗ (the
 * right one turns green, the wrong ones are dimmed). With a tally each
 * tile shows its count, while the question is open only with
 * live_votes. Returns the letter clicked, or SIZE_MAX. */
size_t projector_options(const Projector *c, int x, int y, const TileLayout *tl, bool revealed);
/* The tally of the current question as bars "A: 12" ... in AREA, and the
 * least height that chart needs W wide. */
void projector_chart(const Projector *c, Rect area);
int projector_chart_min_h(const Projector *c, int w);
/* "Punt voor:" and a chip per team (its colour, ✓ when awarded; a click
 * toggles) at (X, Y), W wide; returns the height. _height measures only.
 * COMPACT: all chips in one row, names cut with … to their cells. */
int projector_team_chips(const Projector *c, int x, int y, int w, bool compact);
int projector_team_chips_height(const Projector *c, int w, bool compact);
/* The teams from the highest score down, with rank, points and a bar. */
void projector_leaderboard(const Projector *c, Rect area);

#endif
