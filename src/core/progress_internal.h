/* progress_internal.h - what progress.c (recording, queries) and
 * progress_open.c (loading, repair) share: the log's state and the
 * helpers that intern ids and check text. Not for use outside them. */
#ifndef ACCOUNTWIJS_PROGRESS_INTERNAL_H
#define ACCOUNTWIJS_PROGRESS_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

#include "arena.h"
#include "expect.h"
#include "jsonl.h"
#include "progress.h"

enum { PROGRESS_PATH_SIZE = 4096, PROGRESS_SCORE_DIGITS = 6 };

#define PROGRESS_LOG_KIND "accountwijs-attempts"

enum { PROGRESS_LINE_MAX = 256 * 1024 }; /* longer lines are damaged: never buffered */

/* An item's entry in the newest day: DAY is that day's number + 1 (0: none). */
typedef struct DayRef {
    size_t day, entry;
} DayRef;

/* One attempt line parsed: A's strings point into ITEM, VERSION and TEXT. */
typedef struct {
    Attempt a;
    size_t answer_len, shown_len;
    char item[PROGRESS_ITEM_MAX + 1], version[PROGRESS_VERSION_MAX + 1];
    char session[PROGRESS_SESSION_MAX + 1];
    JsonBuf text; /* answer and shown, each NUL-terminated */
} ParsedAttempt;
typedef ParsedAttempt ParsedAttemptBuf;

struct ProgressLog {
    char *path;
    int fd;             /* -1 when read-only */
    bool tail_open;     /* the file does not end in '\n' (a torn tail we could not set aside) */
    bool broken;        /* a failed write could not be undone: refuse further writes */
    off_t end;          /* the file's length as we know it */
    uint32_t next_line; /* number of the line the next answer gets */
    ProgressIo io;
    Arena arena; /* item ids, versions, answers */
    Attempt *attempts;
    size_t count, cap;
    const char **items; /* interned item ids */
    size_t nitems, items_cap;
    uint32_t *slots; /* hash of items: index + 1, 0 = empty */
    size_t nslots;
    const char **versions;
    size_t nversions, versions_cap;
    ProgressReport report;
    JsonBuf line; /* reused by progress_record */
    /* What is kept of a log read as a stream (progress_sum.c); ATTEMPTS
     * above holds only the newest (COUNT <= 2 x PROGRESS_RECENT). */
    size_t total;       /* every attempt loaded or recorded */
    ProgressItem *isum; /* per item, parallel to ITEMS */
    size_t isum_cap, isum_init;
    ProgressDays days;
    struct DayRef *refs; /* per item: its entry in the newest day */
    size_t refs_cap;
    ParsedAttemptBuf parsed;                   /* reused while loading */
    void (*each)(void *ctx, const Attempt *a); /* ProgressOptions.each: told of every attempt loaded */
    void *each_ctx;
};

extern const char *const progress_mode_names[ATTEMPT_MODE_COUNT];

/* The real system calls behind ProgressIo. */
ssize_t progress_real_write(void *ctx, int fd, const void *buf, size_t n);
int progress_real_fsync(void *ctx, int fd);

/* The index of item S (N bytes), added when new; UINT32_MAX when out of memory. */
uint32_t progress_intern_item(ProgressLog *log, const char *s, size_t n);
/* The log's copy of content version S; NULL when out of memory. */
const char *progress_intern_version(ProgressLog *log, const char *s);
/* Room for one more attempt. */
bool progress_reserve(ProgressLog *log);
/* S is valid UTF-8 of at most MAX bytes without control characters. */
bool progress_text_ok(const char *s, size_t max);

/* progress_sum.c: reading a log as a stream and what is kept of it. */
/* Called for every line from offset FROM on: S (NULL for a line longer
 * than PROGRESS_LINE_MAX), its length N without the '\n', its offset AT,
 * and whether it ends in '\n'. Returning false stops the reading. */
typedef bool (*ProgressLineFn)(void *ctx, const char *s, size_t n, off_t at, bool nl);
/* False with errno when reading fails; *END (may be NULL) is where it stopped. */
bool progress_each_line(int fd, off_t from, ProgressLineFn fn, void *ctx, off_t *end);
/* progress_line.c: parses one attempt line into P (its buffers are
 * reused); false when not sound. S may be NULL (a line too long to keep). */
bool progress_parse_line(const char *s, size_t n, ParsedAttempt *p);
/* The two readers behind it, for the tests: the general one alone, and
 * the fast one alone (1 parsed, 0 in its form but not sound, -1 not in
 * the form progress_record writes: the general reader's case). */
bool progress_parse_line_general(const char *s, size_t n, ParsedAttempt *p);
int progress_parse_line_fast(const char *s, size_t n, ParsedAttempt *p);
/* 1 for our header, 0 for garbage; a newer format's header gives its number. */
int64_t progress_header_format(const char *s, size_t n);
/* Keeping attempt A (item_index set, its item interned; its answer and
 * shown ALEN and SLEN bytes, need not end in NUL): PREPARE makes room
 * (false when memory runs out), COMMIT keeps it and cannot fail. */
bool progress_prepare(ProgressLog *log, const Attempt *a, size_t alen, size_t slen, char **block);
void progress_commit(ProgressLog *log, const Attempt *a, size_t alen, size_t slen, char *block);
void progress_sum_free(ProgressLog *log);

#endif
