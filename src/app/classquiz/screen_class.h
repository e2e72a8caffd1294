/* screen_class.h - the class quiz on the projector (screen_class.c; drawn
 * by projector.h). State: app->classq (screen_class_setup.h). */
#ifndef ACCOUNTWIJS_SCREEN_CLASS_H
#define ACCOUNTWIJS_SCREEN_CLASS_H

#include "ui.h"

typedef struct App App;

void screen_class_enter(App *app);
void screen_class_leave(App *app);
void screen_class_frame(App *app, Ui *ui, Rect body);

#endif
