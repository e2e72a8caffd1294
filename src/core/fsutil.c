/* fsutil.c - see fsutil.h. The mechanics (temporary names, fsync, link
 * before rename, folder sync) live in os.h; this layer reports a failure
 * as an AwError for the caller (the UI words it). */
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

bool fsutil_mkdirs(const char *path, AwError *err)
{
    char failed[PATH_SIZE];
    size_t n = strlen(path);
    if (n == 0 || n >= PATH_SIZE)
        return aw_fail_path(err, AW_ERR_BAD_FOLDER, path, 0);
    if (os_mkdirs(path, 0700, failed, sizeof failed))
        return true;
    if (!failed[0])
        return aw_fail_path(err, AW_ERR_NOT_A_FOLDER, path, 0);
    return aw_fail_path(err, AW_ERR_MKDIR, failed, errno);
}

bool fsutil_mkdirs_for(const char *path, AwError *err)
{
    char dir[PATH_SIZE];
    if (!fsutil_path(dir, sizeof dir, "%s", path))
        return aw_fail_path(err, AW_ERR_PATH_TOO_LONG, path, ENAMETOOLONG);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return true;
    *slash = '\0';
    return fsutil_mkdirs(dir, err);
}

bool fsutil_write_atomic(const char *path, const char *data, size_t len, AwError *err)
{
    if (os_replace_file(path, data, len))
        return true;
    int e = errno ? errno : EIO;
    aw_fail_path(err, e == ENAMETOOLONG ? AW_ERR_PATH_TOO_LONG : AW_ERR_WRITE, path, e);
    errno = e;
    return false;
}

bool fsutil_write_new(const char *path, const char *data, size_t len, AwError *err)
{
    if (os_create_file(path, data, len))
        return true;
    int e = errno;
    aw_fail_path(err, e == ENAMETOOLONG ? AW_ERR_PATH_TOO_LONG : AW_ERR_WRITE, path, e ? e : EIO);
    errno = e;
    return false;
}
