/* progress_export.h - the progress screen's "export my answers"
 * (progress_export.c). */
#ifndef ACCOUNTWIJS_PROGRESS_EXPORT_H
#define ACCOUNTWIJS_PROGRESS_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct App App;

/* Writes the open profile's attempts as CSV, the same bytes as
 * `accountwijs export --profile ID --format csv`, atomically to
 * DATA/exports/antwoorden-NAME-YYYY-MM-DD.csv (the student's name made safe
 * by export_safe_name, today's local date; "-2" and on when a file of that
 * name holds another profile's answers). The path goes to PATH and the
 * number of answers to *ROWS; false with a sentence in ERR. */
bool progress_export_csv(App *app, char *path, size_t size, size_t *rows, char *err, size_t errsize);

#endif
