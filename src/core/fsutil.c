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
        if (mkdir(buf, 0700) != 0 && errno != EEXIST) {
            snprintf(err, errsize, "kan map '%s' niet maken: %s", buf, strerror(errno));
            return false;
        }
        buf[i] = c;
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, errsize, "'%s' is geen map", path);
        return false;
    }
    return true;
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

bool fsutil_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) {
        snprintf(err, errsize, "pad te lang: %s", path);
        return false;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        snprintf(err, errsize, "kan '%s' niet schrijven: %s", tmp, strerror(errno));
        return false;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            goto fail;
        done += (size_t)w;
    }
    if (fsync(fd) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto fail;
    fsutil_sync_parent(path);
    return true;
fail:
    snprintf(err, errsize, "kan '%s' niet schrijven: %s", path, strerror(errno ? errno : EIO));
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    return false;
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

bool fsutil_read_file(const char *path, size_t max, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
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
