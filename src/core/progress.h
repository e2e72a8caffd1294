/* progress.h - a student's attempt log: every answer, appended and flushed
 * to disk before the feedback shows. Everything else (mastery, history,
 * streaks: see mastery.h) is derived from this log and never stored.
 *
 * The file (profiles.h says where) is JSON Lines in UTF-8. The first line
 * is a header with the log format version; every further line is one
 * attempt, written by one write() and fsync()ed:
 *
 *   {"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T09:00:00.000Z"}
 *   {"time":"2026-03-01T09:15:02.123Z","item":"q1-3-criteria-1","content_version":"2026.1",
 *    "answer":{"choice":"a"},"score":1,"ms":5234,"mode":"practice"}
 *
 * (one line per attempt; wrapped here). time is UTC; item a question or
 * scenario id; content_version the Course.version the item came from;
 * answer any JSON value the caller chose; score 0..1 (at most 6 decimals);
 * ms the time taken; mode one of practice, exam, scenario, review.
 * Optional (added within format 1, so older logs still load): "shown", the
 * display order the student saw, as ids in screen order:
 * {"order":["c","a","b"]} (the options, the left items of matching or the
 * start order of ordering) plus, for matching, "right":["p2","p1","p3"]
 * (the right-hand column); readers take a line without it (written before
 * it was added, or a scenario run) as shown in course order. Unknown keys
 * are ignored, so a later version may add some without raising the format
 * number; a log with a higher format number is left alone.
 *
 * Damage, and what opening does about it (each reported in the Diag as a
 * warning in Dutch that the UI shows to the student, and in the report):
 * - a torn last line (killed mid-write: no newline, or not readable) is
 *   skipped, its bytes are appended to LOG.torn and cut from the log, so it
 *   is reported once and the next answer starts on a fresh line;
 * - a damaged line elsewhere is skipped and left where it is;
 * - a log whose header cannot be read (not UTF-8, not JSON, not a log) is
 *   renamed to LOG.corrupt-YYYYMMDDTHHMMSSZ (never deleted, never
 *   overwritten) and a new log is started with every whole answer line of
 *   the old one that can still be read (ProgressReport.salvaged).
 * A log is opened for writing by one program at a time (flock). */
#ifndef ACCOUNTWIJS_PROGRESS_H
#define ACCOUNTWIJS_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "diag.h"

enum {
    PROGRESS_LOG_FORMAT = 1,
    PROGRESS_ITEM_MAX = 128,     /* bytes in an item id */
    PROGRESS_VERSION_MAX = 64,   /* bytes in a content version */
    PROGRESS_ANSWER_MAX = 16384, /* bytes of answer JSON */
};

typedef enum {
    ATTEMPT_PRACTICE,
    ATTEMPT_EXAM,
    ATTEMPT_SCENARIO,
    ATTEMPT_REVIEW,
    ATTEMPT_OTHER, /* read from a log written by a later version; cannot be recorded */
    ATTEMPT_MODE_COUNT
} AttemptMode;

/* "practice", "exam", "scenario", "review", "other"; NULL when out of range. */
const char *progress_mode_name(AttemptMode mode);

/* One answer. The caller fills the first seven fields for progress_record,
 * and SHOWN when it knows the display order; loaded attempts also carry
 * item_index and line. All strings of a loaded
 * attempt belong to the log. */
typedef struct {
    int64_t time_ms;     /* when it was answered: Unix time in ms (UTC) */
    const char *item;    /* question or scenario id */
    const char *version; /* Course.version of the item */
    const char *answer;  /* the answer as JSON text (NULL records null) */
    double score;        /* 0..1 */
    int64_t ms;          /* time taken in ms, >= 0 */
    AttemptMode mode;
    uint32_t item_index; /* loaded: the same number for the same item id */
    uint32_t line;       /* loaded: line number in the file (the header is 1) */
    const char *shown;   /* the display order as JSON text; NULL: not recorded */
} Attempt;

/* Stand-ins for write(2) and fsync(2), so a test can inject a full disk or
 * an I/O error. A NULL member means the real call. The caller owns it. */
typedef struct {
    ssize_t (*write)(void *ctx, int fd, const void *buf, size_t n);
    int (*fsync)(void *ctx, int fd);
    void *ctx;
} ProgressIo;

typedef struct {
    bool read_only;       /* never create, repair, move or lock (export) */
    int64_t now_ms;       /* dates a new log and a moved-aside name; 0: the system clock */
    const ProgressIo *io; /* NULL: the real system calls */
} ProgressOptions;

/* What opening found; the same facts are in the Diag as sentences. */
typedef struct {
    bool created;      /* there was no log: a new, empty one was started */
    bool torn;         /* the last line was incomplete and is skipped */
    size_t torn_bytes; /* its length */
    bool torn_kept;    /* its bytes were copied to torn_path and cut from the log */
    char *torn_path;   /* LOG.torn */
    bool moved_aside;  /* the log was unreadable: renamed to moved_path, a new log started */
    char *moved_path;
    size_t salvaged;   /* answer lines of the log set aside that were readable: the new log starts with them */
    size_t skipped_lines;      /* damaged lines before the last, skipped */
    size_t first_skipped_line; /* 1-based line number of the first of them */
} ProgressReport;

typedef struct ProgressLog ProgressLog;

/* Opens (creating when needed) the log at PATH, whose folder must exist,
 * and loads every readable attempt. OPT may be NULL. Warnings for the
 * student go to DIAG; returns NULL with an error in DIAG when the log
 * cannot be used (held by another program, written by a newer version, a
 * read error, or unreadable while read_only). Free with progress_close. */
ProgressLog *progress_open(const char *path, const ProgressOptions *opt, Diag *diag);

void progress_close(ProgressLog *log);

/* Appends A as one line with a single write() and fsync()s it. True only
 * when the answer is safely on disk; it is then also in the loaded list.
 * False with a message for the student in ERR when A is invalid or the
 * write failed; the file is then exactly as it was before the call. */
bool progress_record(ProgressLog *log, const Attempt *a, char *err, size_t errsize);

/* The loaded attempts in file order (which is the order they were given). */
size_t progress_count(const ProgressLog *log);
const Attempt *progress_attempts(const ProgressLog *log);

/* Distinct item ids seen: Attempt.item_index indexes these. */
size_t progress_item_count(const ProgressLog *log);
const char *progress_item_id(const ProgressLog *log, uint32_t item_index);

const ProgressReport *progress_report(const ProgressLog *log);
const char *progress_path(const ProgressLog *log);

#endif
