/* progress_ui.h - pieces of the scoring module's interface (issue 6) that
 * more than one screen draws: who is practising, the notice about the
 * log, a section's mastery in words, and saving the export. Each draws at
 * Y in a column X..X+W and returns the height it used. */
#ifndef ACCOUNTWIJS_PROGRESS_UI_H
#define ACCOUNTWIJS_PROGRESS_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

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

/* Writes the open profile's attempts as CSV, the same bytes as
 * `accountwijs export --profile ID --format csv`, atomically to
 * DATA/exports/antwoorden-NAME-YYYY-MM-DD.csv (the student's name made safe
 * by export_safe_name, today's local date; "-2" and on when a file of that
 * name holds another profile's answers). The path goes to PATH and the
 * number of answers to *ROWS; false with a sentence in ERR. */
bool progress_export_csv(App *app, char *path, size_t size, size_t *rows, char *err, size_t errsize);

#endif
