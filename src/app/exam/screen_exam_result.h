/* screen_exam_result.h - the result of a handed-in test
 * (screen_exam_result.c): score, grade, per section, review. State:
 * app->exam (screen_exam_setup.h). */
#ifndef ACCOUNTWIJS_SCREEN_EXAM_RESULT_H
#define ACCOUNTWIJS_SCREEN_EXAM_RESULT_H

#include "ui.h"

typedef struct App App;

void screen_exam_result_frame(App *app, Ui *ui, Rect body);

#endif
