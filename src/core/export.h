/* export.h - the teacher's tables: every attempt, or a summary per student
 * and section, as CSV for a spreadsheet with Dutch settings or as JSON.
 * The text is built in a JsonBuf; `accountwijs export` writes it to
 * standard output, the progress screen to a file (fsutil_write_atomic).
 *
 * CSV: a UTF-8 byte order mark (else Excel guesses Windows-1252), ';'
 * between fields (',' is the decimal sign there), RFC 4180 quoting (fields
 * with ; " CR or LF in double quotes, quotes doubled), CRLF line ends,
 * numbers with a decimal comma ("0,75"), times as local "YYYY-MM-DD
 * HH:MM:SS", and a leading apostrophe on text that a spreadsheet would run
 * as a formula (= + - @): names and answers are typed by students.
 * JSON: one array of objects, times in ISO 8601 UTC, answers as given. */
#ifndef ACCOUNTWIJS_EXPORT_H
#define ACCOUNTWIJS_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jsonl.h"
#include "lesson.h"
#include "profiles.h"
#include "progress.h"

typedef enum { EXPORT_CSV, EXPORT_JSON } ExportFormat;

typedef struct {
    ExportFormat format;
    bool summary;         /* one row per section instead of one per attempt */
    const Course *course; /* names the sections; required for summary, else may be NULL */
    int64_t now_ms;       /* "today" for the summary's mastery */
    /* Minutes east of UTC at instant MS, for local CSV times; NULL: UTC. */
    int (*utc_offset)(int64_t ms, void *ctx);
    void *ctx;
} ExportOptions;

/* One export in progress: the options and the rows written so far. */
typedef struct {
    ExportOptions opt;
    size_t rows;
} Export;

/* Starts an export into OUT: the BOM and header row for CSV, nothing yet for JSON. */
void export_begin(Export *ex, const ExportOptions *opt, JsonBuf *out);

/* Appends the rows of profile P, whose attempts are LOG. False with ERR
 * only when a summary is asked without a course or memory runs out. */
bool export_profile(Export *ex, const Profile *p, const ProgressLog *log, JsonBuf *out, char *err, size_t errsize);

/* Finishes the export (closes the JSON array). */
void export_end(Export *ex, JsonBuf *out);

#endif
