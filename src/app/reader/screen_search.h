/* screen_search.h - search the whole course (screen_search.c, the index
 * in search.h). State: app->search. */
#ifndef ACCOUNTWIJS_SCREEN_SEARCH_H
#define ACCOUNTWIJS_SCREEN_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "search.h"
#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
    char query[128];
    char done_query[128]; /* the query the hits are for */
    SearchIndex *index;   /* built on first use */
    SearchHit *hits;
    size_t nhits, total;
    size_t selected;
    bool autofocus;
} SearchState;
void screen_search_enter(App *app);
void screen_search_frame(App *app, Ui *ui, Rect body);
void screen_search_free(App *app);

#endif
