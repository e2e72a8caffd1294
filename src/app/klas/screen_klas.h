/* screen_klas.h - the teacher's Klasoverzicht (screen_klas.c): a folder of
 * the class's exports read into core/klas.h's overview and shown as
 * charts and lists. State: app->klas. */
#ifndef ACCOUNTWIJS_SCREEN_KLAS_H
#define ACCOUNTWIJS_SCREEN_KLAS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "klas.h"
#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
    char folder[1024]; /* the path field; settings.klas_folder after a read */
    bool loaded;       /* OVERVIEW holds the folder's last read */
    KlasOverview overview;
    Diag diag;           /* what reading it said */
    char error[512];     /* why nothing could be read ("" for none) */
    bool show_names;     /* names on screen: off by default on a projector */
    bool projected;      /* fullscreen or a class quiz running at the last frame */
    bool focus_field;    /* put the caret in the path field (on arrival) */
    char csv_path[4200]; /* the CSV last saved, "" for none */
    char csv_error[512]; /* why saving failed, "" for none */
} KlasState;

void screen_klas_enter(App *app);
void screen_klas_frame(App *app, Ui *ui, Rect body);
void screen_klas_free(App *app);
/* Reads the folder in the path field (as the Inlezen button does): false
 * with st->error set when it could not be read at all. */
bool klas_screen_read(App *app);

#endif
