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
#include "course.h"
#include "profiles.h"
#include "progress.h"
#include "os.h"

typedef enum { EXPORT_CSV, EXPORT_JSON } ExportFormat;

typedef struct {
    ExportFormat format;
    bool summary;         /* one row per section instead of one per attempt */
    const Course *course; /* names the sections; required for summary, else may be NULL */
    int64_t now_ms;       /* "today" for the summary's mastery */
    /* Minutes east of UTC at instant MS, for local CSV times; NULL: UTC. */
    int (*utc_offset)(int64_t ms, void *ctx);
    void *ctx;
    /* Called with OUT whenever it holds more than EXPORT_FLUSH_BYTES, so a
     * long log streams; it writes and empties OUT (false: stop, an error).
     * NULL: everything is kept in OUT. */
    bool (*flush)(JsonBuf *out, void *ctx);
} ExportOptions;

enum { EXPORT_FLUSH_BYTES = 1 << 20 };

/* One export in progress: the options and the rows written so far. */
typedef struct {
    ExportOptions opt;
    size_t rows;
} Export;

/* Starts an export into OUT: the BOM and header row for CSV, nothing yet for JSON. */
void export_begin(Export *ex, const ExportOptions *opt, JsonBuf *out);

/* Appends the rows of profile P, whose attempts are LOG. False with ERR
 * when a summary is asked without a course (AW_ERR_EXPORT_NEEDS_COURSE),
 * memory runs out, the log cannot be read again
 * (AW_ERR_EXPORT_LOG_UNREADABLE) or the flush hook stopped it
 * (AW_ERR_EXPORT_STOPPED). */
bool export_profile(Export *ex, const Profile *p, const ProgressLog *log, JsonBuf *out, AwError *err);

/* Finishes the export (closes the JSON array). */
void export_end(Export *ex, JsonBuf *out);

/* ---- where exports go ---------------------------------------------------- */

/* NAME (typed by a student) made safe as part of a file name on every
 * system: ASCII letters and digits, accented Latin letters without their
 * accent (é -> e, ĳ -> ij), every other run of characters one '-', none at
 * either end; at most 40 bytes. "leerling" when nothing is left. */
void export_safe_name(const char *name, char *out, size_t size);

/* DATA_DIR/exports, the one folder for the student's and the class quiz's
 * exports, into OUT. False when it does not fit SIZE. */
bool export_dir(char *out, size_t size, const char *data_dir);

/* The K-th candidate path for an export named by FMT (printf) in
 * export_dir(): DATA_DIR/exports/NAME.EXT for K <= 1, NAME-K.EXT after,
 * so a caller can look for one that is free. Creates the folder when
 * missing. False with errno set when the path is too long (ENAMETOOLONG)
 * or the folder cannot be made. */
bool export_path(char *out, size_t size, const char *data_dir, int k, const char *ext, const char *fmt, ...)
    OS_PRINTF(6, 7);

#endif
