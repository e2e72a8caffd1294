/* start_review.h - the start screen's Herhalen block (start_review.c):
 * today's reviews with a button to start them, the forecast of the coming
 * days as a small bar chart, the exam date and its predicted cijfer, a
 * backlog spread out, and the form for the exam date and the new
 * questions a day. State: app->review (review_app.h). */
#ifndef ACCOUNTWIJS_START_REVIEW_H
#define ACCOUNTWIJS_START_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ui.h"

typedef struct App App;

enum { START_REVIEW_BARS = 7 }; /* days in the start screen's chart */

/* Draws the block at Y in the column X..X+W; returns its height. */
int start_review_block(App *app, Ui *ui, int x, int y, int w);

/* Parses the student's exam date TEXT ("dd-mm-jjjj"; day and month may
 * have one digit) against local day TODAY. True with *DAY set; false with
 * a message for the student in MSG (the format, no such date, passed). */
bool start_review_parse_date(const App *app, const char *text, int64_t today, int64_t *day, char *msg, size_t size);

/* A cijfer in tenths (81) as the language writes it: "8,1" or "8.1". */
void start_review_cijfer(const App *app, int tenths, char *buf, size_t size);

#endif
