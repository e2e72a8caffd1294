/* theme.h - the colour themes: light (default), dark and high contrast.
 * A Theme is a table of named colours; retained layouts (the reader's
 * page) store a ThemeRole instead of a colour, so switching the theme
 * needs no new layout. */
#ifndef ACCOUNTWIJS_THEME_H
#define ACCOUNTWIJS_THEME_H

#include "draw.h"

typedef enum { THEME_LIGHT, THEME_DARK, THEME_CONTRAST, THEME_COUNT } ThemeId;

typedef struct {
    const char *key; /* "light", "dark", "contrast": for the settings file */
    Color bg;        /* the page */
    Color text;      /* body text */
    Color muted;     /* captions, notes, hints */
    Color heading;
    Color accent;      /* links, primary buttons, focus ring */
    Color accent_text; /* text on an accent background */
    Color accent_soft; /* hover and selection backgrounds */
    Color border;      /* outlines of boxes and buttons */
    Color rule;        /* table rules and separators */
    Color bar;         /* the top bar */
    Color button;      /* a plain button's face */
    Color button_hover;
    Color example;      /* example box fill */
    Color example_edge; /* its accent stripe */
    Color term;         /* term card fill */
    Color term_edge;
    Color goals; /* learning goals box fill */
    Color goals_edge;
    Color diagram;      /* boxes of trees and flows */
    Color diagram_edge; /* their outlines and connectors */
    Color highlight;    /* a search hit behind text */
    Color spoken;       /* the word being read aloud, behind its text */
    Color spoken_edge;  /* the bar under that word (so it shows without colour vision too) */
    Color focus;        /* the keyboard focus ring */
    Color scroll_track, scroll_thumb, scroll_thumb_hover;
    Color error;
    /* Quiz marks (always drawn with a symbol too, never colour alone):
     * right/wrong text and symbols, and the soft fills behind them. */
    Color right, right_soft, wrong, wrong_soft;
} Theme;

/* Colours a retained layout refers to. */
typedef enum {
    ROLE_TEXT,
    ROLE_MUTED,
    ROLE_HEADING,
    ROLE_ACCENT,
    ROLE_BORDER,
    ROLE_RULE,
    ROLE_BG,
    ROLE_EXAMPLE,
    ROLE_EXAMPLE_EDGE,
    ROLE_TERM,
    ROLE_TERM_EDGE,
    ROLE_GOALS,
    ROLE_GOALS_EDGE,
    ROLE_DIAGRAM,
    ROLE_DIAGRAM_EDGE,
    ROLE_HIGHLIGHT,
    ROLE_COUNT
} ThemeRole;

/* The theme with id ID (THEME_LIGHT for an out-of-range id). */
const Theme *theme_get(ThemeId id);
/* The id whose key is KEY; false when none is. */
bool theme_from_key(const char *key, ThemeId *out);
Color theme_role(const Theme *t, ThemeRole role);

#endif
