/* fsutil.h - the durable writes the progress store and the app need, with
 * an AwError (error.h) for the caller when they fail: atomic replacement of small
 * files, creation that never overwrites, folder creation. The mechanics
 * are os.h's (os_replace_file, os_create_file, os_mkdirs); reading, moving
 * aside and syncing a folder are called there directly. No printing. */
#ifndef ACCOUNTWIJS_FSUTIL_H
#define ACCOUNTWIJS_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "os.h"

/* snprintf for paths: false when the result does not fit in SIZE. */
bool fsutil_path(char *out, size_t size, const char *fmt, ...) OS_PRINTF(3, 4);

/* Creates PATH and its missing parents (mode 0700), each new folder fsynced
 * into its parent. True when it exists as a folder afterwards; else ERR
 * says why: AW_ERR_BAD_FOLDER (empty or too long), AW_ERR_NOT_A_FOLDER,
 * or AW_ERR_MKDIR with the folder that could not be made and errno. */
bool fsutil_mkdirs(const char *path, AwError *err);

/* fsutil_mkdirs for the folder that the file PATH goes in (nothing to do
 * for a bare file name or one in "/"). */
bool fsutil_mkdirs_for(const char *path, AwError *err);

/* Replaces PATH with DATA through PATH.tmp, fsync and rename, then syncs
 * the folder: after a crash PATH holds either the old or the new bytes.
 * Fails with AW_ERR_PATH_TOO_LONG or AW_ERR_WRITE (path, errno). */
bool fsutil_write_atomic(const char *path, const char *data, size_t len, AwError *err);

/* Creates PATH with DATA, never over an existing file: written to a
 * temporary file, fsynced, then linked to PATH and the folder synced. False
 * with errno EEXIST when PATH exists (the caller picks another name), or
 * another errno; ERR as for fsutil_write_atomic. Every file the program writes goes
 * through this or fsutil_write_atomic (or an fsynced append log). */
bool fsutil_write_new(const char *path, const char *data, size_t len, AwError *err);

#endif
