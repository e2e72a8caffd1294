/* screen_class.c - (being written) */
#include "app.h"

void screen_class_setup_frame(App *app, Ui *ui, Rect body) { (void)app; (void)ui; (void)body; }
void screen_class_enter(App *app) { (void)app; }
void screen_class_leave(App *app) { (void)app; }
void screen_class_frame(App *app, Ui *ui, Rect body) { (void)app; (void)ui; (void)body; }
void screen_class_free(App *app) { classquiz_free(&app->classq.cq); }
