/* progress_internal.h - what progress.c (recording, queries) and
 * progress_open.c (loading, repair) share: the log's state and the
 * helpers that intern ids and check text. Not for use outside them. */
#ifndef ACCOUNTWIJS_PROGRESS_INTERNAL_H
#define ACCOUNTWIJS_PROGRESS_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

#include "arena.h"
#include "jsonl.h"
#include "progress.h"

/* A programmer's mistake: say where, and stop. */
#define expect(x)                                                                                                      \
    do {                                                                                                               \
        if (!(x)) {                                                                                                    \
            fprintf(stderr, "%s:%d: expect(%s) failed\n", __FILE__, __LINE__, #x);                                     \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

enum { PROGRESS_PATH_SIZE = 4096, PROGRESS_SCORE_DIGITS = 6 };

#define PROGRESS_LOG_KIND "accountwijs-attempts"

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

#endif
