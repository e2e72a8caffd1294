/* screen_reader.h - the reader (screen_reader.c): one section laid out
 * by doc.h. Other screens open it at a place with reader_open_at().
 * State: app->reader. */
#ifndef ACCOUNTWIJS_SCREEN_READER_H
#define ACCOUNTWIJS_SCREEN_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "ui.h"

typedef struct App App;

enum { READER_MAX_BLOCKS = 256 };
typedef struct {
    size_t section;
    UiScroll scroll;
    DocLayout *doc;                        /* the laid-out page, rebuilt when its key changes */
    uint64_t open[READER_MAX_BLOCKS / 64]; /* term blocks opened by a click */
    /* A place to scroll to as soon as the page is laid out. */
    bool pending;
    size_t pending_block, pending_field, pending_offset;
    /* Keeps the reading position when the layout changes (resize, text
     * size): the block at the top and how far into it. */
    size_t anchor_block;
    float anchor_frac;
    char highlight[128]; /* folded search words to mark, "" for none */
} ReaderState;
void screen_reader_enter(App *app);
void screen_reader_leave(App *app);
void screen_reader_frame(App *app, Ui *ui, Rect body);
const char *screen_reader_title(App *app, char *buf, size_t size);
/* Frees the layout (app_free). */
void screen_reader_free(App *app);
/* Opens the reader at SECTION, scrolled to FIELD/OFFSET of BLOCK (BLOCK =
 * SIZE_MAX: the top); an out-of-range SECTION does nothing. */
void reader_open_at(App *app, size_t section, size_t block, size_t field, size_t offset);

#endif
