/* screen_progress.h - mastery per section, scores over time, weakest
 * goals, export (screen_progress.c). State: app->progress_screen. */
#ifndef ACCOUNTWIJS_SCREEN_PROGRESS_H
#define ACCOUNTWIJS_SCREEN_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
    char export_path[4200]; /* the file the last export wrote, "" for none */
    char export_error[512]; /* why the last export failed, "" for none */
    size_t export_rows;     /* answers in that file */
    bool export_reveal;     /* scroll the outcome of an export into view */
} ProgressScreenState;
void screen_progress_enter(App *app);
void screen_progress_frame(App *app, Ui *ui, Rect body);

#endif
