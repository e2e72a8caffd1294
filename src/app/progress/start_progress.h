/* start_progress.h - the start screen's block of the scoring module
 * (start_progress.c), and its pieces that more than one screen draws: who
 * is practising, the notice about the log, a section's mastery in words.
 * Each draws at Y in a column X..X+W and returns the height it used. */
#ifndef ACCOUNTWIJS_START_PROGRESS_H
#define ACCOUNTWIJS_START_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* The start screen's block: who is practising (and a way to switch), a
 * notice about the log (once), the streak and what to practise next. */
int start_progress_block(App *app, Ui *ui, int x, int y, int w);

/* "Je oefent als: NAME" with a button to the profile screen (SWITCH). */
int progress_profile_line(App *app, Ui *ui, int x, int y, int w, bool with_switch);

/* What opening the log found (app->progress.notice), with a button that
 * dismisses it for good; 0 when there is none. */
int progress_notice(App *app, Ui *ui, int x, int y, int w);

/* LABEL (muted) then the section's number and title (bold, wrapped) and
 * its mastery, for "where you left off" and "what next". */
int progress_section_line(App *app, Ui *ui, int x, int y, int w, StrId label, size_t section);

/* The mastery of a section as the contents show it: "✓ 92% beheerst",
 * "45% beheerst" or "nog niet geoefend"; *DONE tells whether it is
 * mastered. SECTION must be valid and mastery computed. */
void progress_section_status(const App *app, size_t section, char *buf, size_t size, bool *done);

#endif
