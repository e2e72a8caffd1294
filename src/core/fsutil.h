/* fsutil.h - the few file operations the progress store needs to be
 * durable: atomic replacement of small files, folder creation, moving a
 * file aside without ever overwriting another, and syncing a folder so a
 * rename survives a power cut. POSIX only; no printing. */
#ifndef ACCOUNTWIJS_FSUTIL_H
#define ACCOUNTWIJS_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* snprintf for paths: false when the result does not fit in SIZE. */
bool fsutil_path(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Creates PATH and its missing parents (mode 0700), each new folder fsynced
 * into its parent. True when it exists as a folder afterwards; else ERR
 * says why. */
bool fsutil_mkdirs(const char *path, char *err, size_t errsize);

/* fsutil_mkdirs for the folder that the file PATH goes in (nothing to do
 * for a bare file name or one in "/"). */
bool fsutil_mkdirs_for(const char *path, char *err, size_t errsize);

/* Replaces PATH with DATA through PATH.tmp, fsync and rename, then syncs
 * the folder: after a crash PATH holds either the old or the new bytes. */
bool fsutil_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize);

/* Creates PATH with DATA, never over an existing file: written to a
 * temporary file, fsynced, then linked to PATH and the folder synced. False
 * with errno EEXIST when PATH exists (the caller picks another name), or
 * another errno and a message in ERR. Every file the program writes goes
 * through this or fsutil_write_atomic (or an fsynced append log). */
bool fsutil_write_new(const char *path, const char *data, size_t len, char *err, size_t errsize);

/* fsyncs the folder that holds PATH (so a create or rename in it is durable). */
bool fsutil_sync_parent(const char *path);

/* Renames PATH (a file or folder) to PATH SUFFIX, or PATH SUFFIX-2, -3, ...:
 * the first name that does not exist; never replaces anything. The new
 * name goes to NEWPATH. False (with errno set) when it cannot be moved. */
bool fsutil_move_aside(const char *path, const char *suffix, char *newpath, size_t size);

/* Reads all of PATH (at most MAX bytes) into a malloc'd, NUL-terminated
 * buffer the caller frees. False with errno set (EFBIG when too large;
 * EISDIR or EINVAL when PATH is not a regular file: a FIFO never blocks). */
bool fsutil_read_file(const char *path, size_t max, char **data, size_t *len);

/* fopen(PATH, "r") for a regular file only, as fsutil_read_file checks it. */
FILE *fsutil_fopen_read(const char *path);

#endif
