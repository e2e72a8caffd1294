/* screen_exam.h - the running test (screen_exam.c): one question at a
 * time, no feedback. State: app->exam (screen_exam_setup.h). */
#ifndef ACCOUNTWIJS_SCREEN_EXAM_H
#define ACCOUNTWIJS_SCREEN_EXAM_H

#include <stdbool.h>

#include "ui.h"

typedef struct App App;

void screen_exam_frame(App *app, Ui *ui, Rect body);
/* Hands the running test in (also when the clock does), records every
 * answer with app_record(ATTEMPT_EXAM) and opens the result screen. */
void exam_screen_hand_in(App *app);
/* True while a test runs: then the book, the glossary and search are
 * closed (the top bar shows them disabled, their keys do nothing). */
bool exam_screen_book_closed(const App *app);
/* Shows the test and asks "Toets stoppen?" there (Esc, the top bar's
 * Terug): stopping hands it in with the answers given so far. */
void exam_screen_ask_stop(App *app);
/* Keeps the clock of a running test going while another screen shows
 * (the settings): hands in at zero and asks for a frame then. */
void exam_screen_background(App *app);

#endif
