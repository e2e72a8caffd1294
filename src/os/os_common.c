/* os_common.c - the parts of os.h that are the same on every system,
 * written over the system's own primitives (os_open, os_read, os_write,
 * os_fsync, os_rename, ...), which os_posix.c or os_win32.c implement.
 * The power-loss test still sees each write, fsync and rename: the
 * primitives call the C library's own symbols. */
#include "os.h"
#include "os_internal.h"

#include <errno.h>
#include <stdlib.h>

enum { PATH_SIZE = 4096 };

bool os_disk_full(int e)
{
    return e == ENOSPC || e == EDQUOT;
}

bool os_is_folder(const char *path)
{
    OsStat st;
    return os_stat(path, &st) && st.type == OS_TYPE_FOLDER;
}

bool os_same_file(const OsStat *a, const OsStat *b)
{
    return a->device == b->device && a->inode == b->inode;
}

int os_utc_offset_min(int64_t ms)
{
    return (int)(os_utc_offset_s(ms) / 60);
}

ptrdiff_t os_read_full(int fd, void *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ptrdiff_t r = os_read(fd, (char *)buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ptrdiff_t)got;
}

bool os_write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n > 0) {
        ptrdiff_t w = os_write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = ENOSPC;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

bool os_write_synced(const char *tmp, const void *data, size_t len)
{
    int fd = os_open(tmp, OS_WRITE | OS_CREATE | OS_TRUNC | OS_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    if (!os_write_all(fd, data, len) || !os_fsync(fd))
        goto fail;
    if (!os_close(fd)) {
        fd = -1;
        goto fail;
    }
    return true;
fail:;
    int e = errno;
    if (fd >= 0)
        os_close(fd);
    os_unlink(tmp);
    errno = e;
    return false;
}

bool os_replace_file(const char *path, const void *data, size_t len)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return false;
    }
    if (!os_write_synced(tmp, data, len) || !os_rename(tmp, path)) {
        int e = errno ? errno : EIO;
        os_unlink(tmp);
        errno = e;
        return false;
    }
    os_sync_parent(path); /* a no-op where folders cannot be flushed */
    return true;
}

bool os_read_file(const char *path, size_t max, char **data, size_t *len)
{
    int fd = os_open_regular(path, 0);
    if (fd < 0)
        return false;
    OsStat st;
    char *buf = NULL;
    int e = 0;
    if (!os_fstat(fd, &st)) {
        e = errno;
        goto fail;
    }
    if ((unsigned long long)st.size > max) {
        e = EFBIG;
        goto fail;
    }
    /* The size is a hint: the file may grow while it is read. */
    size_t cap = (size_t)st.size + 1, n = 0;
    buf = malloc(cap);
    if (!buf) {
        e = ENOMEM;
        goto fail;
    }
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > max + 1) {
                e = EFBIG;
                goto fail;
            }
            char *b = realloc(buf, cap * 2);
            if (!b) {
                e = ENOMEM;
                goto fail;
            }
            buf = b;
            cap *= 2;
        }
        ptrdiff_t r = os_read(fd, buf + n, cap - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            e = errno;
            goto fail;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    os_close(fd);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return true;
fail:
    free(buf);
    os_close(fd);
    errno = e;
    return false;
}
