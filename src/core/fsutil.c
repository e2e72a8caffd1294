/* fsutil.c - see fsutil.h. Moving aside uses link() + unlink() because
 * rename() silently replaces an existing target: a file set aside earlier
 * must never be overwritten by a later one. Where links are not allowed
 * (folders, some file systems) it falls back to a checked rename; the
 * caller holds the profile's lock, so nothing races with that check. */
#include "fsutil.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
    char buf[PATH_SIZE];
    size_t n = strlen(path);
    if (n == 0 || n >= sizeof buf) {
        snprintf(err, errsize, "ongeldige map '%s'", path);
        return false;
    }
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        char c = buf[i];
        buf[i] = '\0';
        if (mkdir(buf, 0700) == 0) {
            /* A new folder is durable only once its parent is synced. */
            fsutil_sync_parent(buf);
        } else if (errno != EEXIST) {
            snprintf(err, errsize, "kan map '%s' niet maken: %s", buf, strerror(errno));
            return false;
        }
        buf[i] = c;
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, errsize, "'%s' is geen map", path);
        errno = ENOTDIR; /* not the EEXIST that mkdir left */
        return false;
    }
    return true;
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

bool fsutil_sync_parent(const char *path)
{
    char dir[PATH_SIZE];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    bool ok = fsync(fd) == 0 || errno == EINVAL; /* some file systems cannot sync folders */
    close(fd);
    return ok;
}

/* Writes DATA to a new file TMP (never through a link) and fsyncs it.
 * False with errno set; TMP is then removed. */
static bool write_synced(const char *tmp, const char *data, size_t len)
{
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = ENOSPC;
            goto fail;
        }
        done += (size_t)w;
    }
    if (fsync(fd) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    return true;
fail:;
    int e = errno;
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    errno = e;
    return false;
}

bool fsutil_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) {
        snprintf(err, errsize, "pad te lang: %s", path);
        return false;
    }
    if (!write_synced(tmp, data, len) || rename(tmp, path) != 0) {
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(errno ? errno : EIO));
        unlink(tmp);
        return false;
    }
    fsutil_sync_parent(path);
    return true;
}

bool fsutil_write_new(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        snprintf(err, errsize, "pad te lang: %s", path);
        errno = ENAMETOOLONG;
        return false;
    }
    if (!write_synced(tmp, data, len)) {
        int e = errno;
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(e ? e : EIO));
        errno = e;
        return false;
    }
    /* link() never replaces: EEXIST when PATH is taken. Without hard links
     * (a FAT stick) a checked rename instead. */
    int rc = link(tmp, path), e = errno;
    if (rc != 0 && e != EEXIST) {
        struct stat st;
        if (lstat(path, &st) == 0)
            e = EEXIST;
        else if (rename(tmp, path) == 0)
            rc = 0;
        else
            e = errno;
    }
    unlink(tmp);
    if (rc != 0) {
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(e));
        errno = e;
        return false;
    }
    fsutil_sync_parent(path);
    return true;
}

bool fsutil_move_aside(const char *path, const char *suffix, char *newpath, size_t size)
{
    for (int i = 1; i < 10000; i++) {
        int n = i == 1 ? snprintf(newpath, size, "%s%s", path, suffix)
                       : snprintf(newpath, size, "%s%s-%d", path, suffix, i);
        if (n < 0 || (size_t)n >= size) {
            errno = ENAMETOOLONG;
            return false;
        }
        if (link(path, newpath) == 0) {
            if (unlink(path) != 0)
                return false;
            fsutil_sync_parent(path);
            return true;
        }
        if (errno == EEXIST)
            continue;
        if (errno == ENOENT)
            return false;
        /* No hard links here (a folder, FAT, ...): rename, after checking. */
        struct stat st;
        if (lstat(newpath, &st) == 0)
            continue;
        if (errno != ENOENT)
            return false;
        if (rename(path, newpath) != 0)
            return false;
        fsutil_sync_parent(path);
        return true;
    }
    errno = EEXIST;
    return false;
}

/* Opens PATH for reading if it is a regular file. O_NONBLOCK: a FIFO put
 * where a file should be must not hang the program before its type can be
 * checked. -1 with errno (EISDIR, or EINVAL for anything else that is not
 * a regular file). */
static int open_regular(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return -1;
    struct stat st;
    int e = fstat(fd, &st) != 0 ? errno : S_ISREG(st.st_mode) ? 0 : S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    if (e) {
        close(fd);
        errno = e;
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

FILE *fsutil_fopen_read(const char *path)
{
    int fd = open_regular(path);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "r");
    if (!f) {
        int e = errno;
        close(fd);
        errno = e;
    }
    return f;
}

bool fsutil_read_file(const char *path, size_t max, char **data, size_t *len)
{
    int fd = open_regular(path);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return false;
    }
    if ((unsigned long long)st.st_size > max) {
        close(fd);
        errno = EFBIG;
        return false;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        errno = ENOMEM;
        return false;
    }
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > max + 1) {
                free(buf);
                close(fd);
                errno = EFBIG;
                return false;
            }
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                close(fd);
                errno = ENOMEM;
                return false;
            }
            buf = b;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            errno = e;
            return false;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return true;
}
