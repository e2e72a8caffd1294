/* class_screens.h - what the class quiz screens (setup and the projector
 * view) share; private to screen_class*.c. The state is app->classq
 * (ClassState in screens.h). */
#ifndef ACCOUNTWIJS_CLASS_SCREENS_H
#define ACCOUNTWIJS_CLASS_SCREENS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* Writes the questions of SET (0: the course's first quiz set, 1 + s:
 * section s) that suit a class (single, multiple, true/false) to OUT (room
 * for c->nquestions) and returns their count. */
size_t class_pick(const Course *c, size_t set, size_t *out);

/* Starts a class quiz with the setup's choices (the caller opens the
 * projector view); false with app->error set when the set has no
 * questions. */
bool class_screen_start(App *app);

/* Ends the running class quiz (nothing is kept). */
void class_screen_stop(App *app);

/* Writes the session as CSV into the data folder; the path or the error
 * lands in ClassState.export_path / export_error. */
bool class_screen_export(App *app);

#endif
