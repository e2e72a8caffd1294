/* screen_toc.h - the table of contents (screen_toc.c), and its list of
 * sections that the start screen shows too. State: app->toc. */
#ifndef ACCOUNTWIJS_SCREEN_TOC_H
#define ACCOUNTWIJS_SCREEN_TOC_H

#include <stdbool.h>

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
} TocState;
void screen_toc_frame(App *app, Ui *ui, Rect body);

/* Draws the list of sections (shared by start and contents) at Y in a
 * column X..X+W; returns its height. */
int toc_list(App *app, Ui *ui, int x, int y, int w, bool show_goals);

#endif
