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
 * it was added, or a scenario run) as shown in course order. Also optional:
 * "session", the id of the test (Toets jezelf) the answer was handed in
 * with (resume.h), so that a hand-in cut short by a crash is completed
 * without writing an answer twice; a line without it belongs to no test
 * session (practice, review, or a log older than the field). Unknown keys
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
 * A log is opened for writing by one program at a time (flock).
 *
 * Scale: a class PC's log can hold millions of answers. It is
 * read as a stream and what is kept does not grow with its length: per item
 * id a ProgressItem, per local day the items answered that day
 * (ProgressDays), and the newest PROGRESS_RECENT attempts in full. Recording
 * appends and fsyncs one line and updates those in O(1); whoever needs every
 * attempt (the export) reads the file again with progress_scan. */
#ifndef ACCOUNTWIJS_PROGRESS_H
#define ACCOUNTWIJS_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "diag.h"
#include "error.h"

enum {
    PROGRESS_LOG_FORMAT = 1,
    PROGRESS_ITEM_MAX = 128,     /* bytes in an item id */
    PROGRESS_VERSION_MAX = 64,   /* bytes in a content version */
    PROGRESS_ANSWER_MAX = 16384, /* bytes of answer JSON */
    PROGRESS_SESSION_MAX = 63,   /* bytes in a test session id */
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
    const char *session; /* the test session (no control characters, at most
                          * PROGRESS_SESSION_MAX bytes); NULL: none. Given
                          * by progress_scan(_from); progress_attempts does
                          * not keep it (NULL there) */
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
    int utc_offset_min;   /* minutes east of UTC that the days of the kept summaries use (mastery_compute) */
    /* NULL, or called for every attempt loaded, in file order, while the
     * log is opened (strings valid during the call; item_index and line
     * set), so that whoever derives something from every answer (review.h)
     * needs no second pass over the file. When progress_open fails, what
     * it was given must be thrown away. */
    void (*each)(void *ctx, const Attempt *a);
    void *each_ctx;
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
    size_t salvaged;           /* answer lines of the log set aside that were readable: the new log starts with them */
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
 * False with ERR set when A is invalid (AW_ERR_BAD_ITEM_ID, ..._VERSION,
 * ..._SESSION, AW_ERR_BAD_ATTEMPT, AW_ERR_ANSWER_*, AW_ERR_SHOWN_*), when
 * the log cannot take it (AW_ERR_LOG_READ_ONLY, AW_ERR_LOG_BROKEN) or the
 * write failed (AW_ERR_DISK_FULL, AW_ERR_ANSWER_NOT_SAVED with errno); the
 * file is then exactly as it was before the call. */
bool progress_record(ProgressLog *log, const Attempt *a, AwError *err);

/* Every attempt loaded or recorded (the log is read as a stream: what is
 * kept of it is bounded, see below). */
size_t progress_count(const ProgressLog *log);
/* The newest attempts in file order, at most PROGRESS_RECENT of them
 * (all of them while the log holds no more): progress_recent_count says
 * how many. Valid until the next progress_record. */
const Attempt *progress_attempts(const ProgressLog *log);
size_t progress_recent_count(const ProgressLog *log);

/* What is kept per item id, whatever the length of the log. */
enum { PROGRESS_RECENT = 512, PROGRESS_KEEP_SCORES = 3 };
typedef struct {
    size_t attempts;                     /* all its attempts */
    double scores[PROGRESS_KEEP_SCORES]; /* its last scores, oldest first */
    size_t nscores;                      /* how many of them (up to PROGRESS_KEEP_SCORES) */
    double last_score;                   /* of the newest attempt in file order */
    int64_t last_ms;                     /* time of that attempt */
    int64_t max_ms;                      /* the latest time of any of its attempts */
    uint64_t max_seq;                    /* file position (attempt number) of the last attempt at max_ms */
    double best_scenario;                /* best score of a scenario-mode attempt; -1 when none */
} ProgressItem;

/* One local day with attempts (a clock set back counts towards the newest
 * day, so days ascend) and, per item answered that day, its count, score
 * sum and last scores at the end of the day. */
typedef struct {
    uint32_t item;
    uint32_t count;
    double score_sum;
    double scores[PROGRESS_KEEP_SCORES]; /* as ProgressItem.scores at the end of the day */
    size_t nscores;
} ProgressDayItem;
typedef struct {
    int64_t day;     /* isotime_day() */
    size_t first, n; /* its items: ProgressDays.items[first .. first + n) */
} ProgressDay;
typedef struct {
    int utc_offset_min;
    ProgressDay *days;
    size_t ndays, days_cap;
    ProgressDayItem *items;
    size_t nitems, items_cap;
} ProgressDays;

/* The summary of item ITEM_INDEX (< progress_item_count). */
const ProgressItem *progress_item(const ProgressLog *log, uint32_t item_index);
/* The index of item ID, or UINT32_MAX when the log has none. */
uint32_t progress_find_item(const ProgressLog *log, const char *id);
/* The days of the log for UTC_OFFSET_MIN: the kept ones when the log was
 * opened with that offset (*OWNED false), else read again from the file
 * (*OWNED true: free with progress_days_free). NULL when memory runs out
 * or the file cannot be read again. */
const ProgressDays *progress_days(const ProgressLog *log, int utc_offset_min, bool *owned);
void progress_days_free(const ProgressDays *days);

/* Reads the log at PATH again, as a stream, and calls FN for every sound
 * attempt in file order (strings valid during the call only; item_index
 * is 0). Stops early when FN returns false. False when the file cannot
 * be read or is not a readable log; a missing file has no attempts. */
bool progress_scan(const char *path, bool (*fn)(void *ctx, const Attempt *a), void *ctx);

/* As progress_scan, but only the lines from byte offset FROM on (a value
 * progress_end gave: the start of a line), so that the tail of a long log
 * is read without reading the rest. When FROM is 0, past the end, or not
 * just after a '\n' (the log was rewritten since), the whole log is read. */
bool progress_scan_from(const char *path, int64_t from, bool (*fn)(void *ctx, const Attempt *a), void *ctx);

/* As progress_scan_from, and *END (may be NULL) is set to the offset just
 * past the last whole line read ('\n' included; 0 for a missing file), so
 * a reader that follows a log while it grows (the LRS queue, xapi_queue.h)
 * can start there next time: a last line still being written is neither
 * given to FN nor counted. */
bool progress_follow(const char *path, int64_t from, bool (*fn)(void *ctx, const Attempt *a), void *ctx, int64_t *end);

/* The length of the log file in bytes as written so far: the offset at
 * which the next answer will start. */
int64_t progress_end(const ProgressLog *log);

/* Distinct item ids seen: Attempt.item_index indexes these. */
size_t progress_item_count(const ProgressLog *log);
const char *progress_item_id(const ProgressLog *log, uint32_t item_index);

const ProgressReport *progress_report(const ProgressLog *log);
const char *progress_path(const ProgressLog *log);

#endif
