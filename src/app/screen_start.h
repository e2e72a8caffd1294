/* screen_start.h - the start screen (screen_start.c): continue reading,
 * the test and the class quiz, progress, the contents. Its parts come from
 * the features: screen_toc.h, screen_scenarios.h, screen_exam_setup.h,
 * start_progress.h and resume_app.h. State: app->start. */
#ifndef ACCOUNTWIJS_SCREEN_START_H
#define ACCOUNTWIJS_SCREEN_START_H

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
} StartState;
void screen_start_frame(App *app, Ui *ui, Rect body);

#endif
