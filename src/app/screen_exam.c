/* screen_exam.c - (being written) */
#include "app.h"

void screen_exam_setup_enter(App *app) { (void)app; }
void screen_exam_setup_frame(App *app, Ui *ui, Rect body) { (void)app; (void)ui; (void)body; }
void screen_exam_frame(App *app, Ui *ui, Rect body) { (void)app; (void)ui; (void)body; }
void screen_exam_result_frame(App *app, Ui *ui, Rect body) { (void)app; (void)ui; (void)body; }
void screen_exam_free(App *app) { exam_free(&app->exam.exam); }
void exam_screen_hand_in(App *app) { (void)app; }
