/* os_internal.h - what the OS module's files share among themselves and
 * nobody else uses. */
#ifndef ACCOUNTWIJS_OS_INTERNAL_H
#define ACCOUNTWIJS_OS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

/* Writes DATA to TMP (created or truncated, never through a link) and
 * fsyncs it; on failure TMP is removed and errno says why (os_common.c;
 * os_replace_file and each system's os_create_file build on it). */
bool os_write_synced(const char *tmp, const void *data, size_t len);

#endif
