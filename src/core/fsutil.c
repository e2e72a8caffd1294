/* fsutil.c - see fsutil.h. The mechanics (temporary names, fsync, link
 * before rename, folder sync) live in os.h; this layer words a failure for
 * the caller's message. */
#include "fsutil.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "os.h"

enum { PATH_SIZE = 4096 };

bool fsutil_path(char *out, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, size, fmt, ap);
    va_end(ap);
    return n >= 0 && (size_t)n < size;
}

bool fsutil_mkdirs(const char *path, char *err, size_t errsize)
{
    char failed[PATH_SIZE];
    size_t n = strlen(path);
    if (n == 0 || n >= PATH_SIZE) {
        snprintf(err, errsize, "ongeldige map '%s'", path);
        return false;
    }
    if (os_mkdirs(path, 0700, failed, sizeof failed))
        return true;
    if (!failed[0])
        snprintf(err, errsize, "'%s' is geen map", path);
    else
        snprintf(err, errsize, "kan map '%s' niet maken: %s", failed, strerror(errno));
    return false;
}

bool fsutil_mkdirs_for(const char *path, char *err, size_t errsize)
{
    char dir[PATH_SIZE];
    if (!fsutil_path(dir, sizeof dir, "%s", path)) {
        snprintf(err, errsize, "pad te lang: %s", path);
        return false;
    }
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return true;
    *slash = '\0';
    return fsutil_mkdirs(dir, err, errsize);
}

bool fsutil_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    if (os_replace_file(path, data, len))
        return true;
    if (errno == ENAMETOOLONG)
        snprintf(err, errsize, "pad te lang: %s", path);
    else
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(errno ? errno : EIO));
    return false;
}

bool fsutil_write_new(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    if (os_create_file(path, data, len))
        return true;
    int e = errno;
    if (e == ENAMETOOLONG)
        snprintf(err, errsize, "pad te lang: %s", path);
    else
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(e ? e : EIO));
    errno = e;
    return false;
}
