/* winfit.h - where the program's window opens: the size asked for, made
 * smaller when the display's usable area (without task bars and docks) is
 * smaller, and placed wholly inside that area. Pure arithmetic, so it is
 * tested without a display; host.c feeds it SDL's numbers. */
#ifndef ACCOUNTWIJS_WINFIT_H
#define ACCOUNTWIJS_WINFIT_H

#include "draw.h"

/* The window manager's frame around the window (title bar on top). */
typedef struct {
    int top, left, bottom, right;
} WinBorders;

typedef struct {
    Rect window;      /* the client area: position and size */
    int min_w, min_h; /* the smallest size the student may make it */
} WinFit;

/* The window for a client area of WANT_W x WANT_H with frame BORDERS in
 * the usable area USABLE (all in the display's coordinates). The window
 * and its frame lie inside USABLE, centred; it is never larger than
 * asked, and never below MIN_W x MIN_H unless USABLE itself is smaller,
 * in which case the minimum shrinks to what fits too. */
WinFit winfit(Rect usable, WinBorders borders, int want_w, int want_h, int min_w, int min_h);

#endif
