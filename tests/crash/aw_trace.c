/* aw_trace.c - an LD_PRELOAD interposer for the power-loss test
 * (tests/cli/power_loss.sh): it records, for every path under
 * $AW_TRACE_ROOT, the calls that decide what a power cut can leave:
 * open with O_CREAT or O_TRUNC, write, ftruncate, fsync, fdatasync,
 * rename, link, unlink and mkdir, one line each, appended to $AW_TRACE:
 *
 *   creat PATH | trunc PATH LEN | write PATH OFFSET HEX | fsync PATH |
 *   rename FROM TO | link FROM TO | unlink PATH | mkdir PATH
 *
 * (tab-separated). An fsync of a folder is "fsync FOLDER". The trace is
 * written with the real write(2), so it never records itself. Only what
 * the program calls by these names is seen; accountwijs writes its data
 * folder through them (fsutil.c, progress*.c), never through stdio. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

enum { MAX_FD = 4096 };

static char *paths[MAX_FD];
static int trace_fd = -2;
static const char *root;
static size_t root_len;

static ssize_t (*real_write)(int, const void *, size_t);

static void init(void)
{
    if (trace_fd != -2)
        return;
    real_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    int (*real_open)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    const char *t = getenv("AW_TRACE");
    root = getenv("AW_TRACE_ROOT");
    root_len = root ? strlen(root) : 0;
    trace_fd = t && root ? real_open(t, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600) : -1;
}

/* P is the root, below it, or a folder above it (whose fsync makes the root's name durable). */
static int inside(const char *p)
{
    if (!p || !root_len)
        return 0;
    size_t n = strlen(p);
    if (n < root_len)
        return strncmp(root, p, n) == 0 && root[n] == '/';
    return strncmp(p, root, root_len) == 0 && (p[root_len] == '/' || p[root_len] == '\0');
}

static void emit(const char *head, const void *data, size_t n)
{
    if (trace_fd < 0)
        return;
    size_t hl = strlen(head), len = hl + 2 * n + 1;
    char *buf = malloc(len);
    if (!buf)
        return;
    memcpy(buf, head, hl);
    static const char hex[] = "0123456789abcdef";
    const unsigned char *d = data;
    for (size_t i = 0; i < n; i++) {
        buf[hl + 2 * i] = hex[d[i] >> 4];
        buf[hl + 2 * i + 1] = hex[d[i] & 15];
    }
    buf[len - 1] = '\n';
    int e = errno;
    real_write(trace_fd, buf, len);
    errno = e;
    free(buf);
}

static void emitf(const char *fmt, ...)
{
    char head[8400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(head, sizeof head, fmt, ap);
    va_end(ap);
    emit(head, NULL, 0);
}

/* An absolute path for P relative to DIRFD (only AT_FDCWD and absolute paths are resolved). */
static const char *absolute(int dirfd, const char *p, char *out, size_t size)
{
    if (!p)
        return NULL;
    if (p[0] == '/')
        return p;
    if (dirfd >= 0 && dirfd < MAX_FD && paths[dirfd]) {
        snprintf(out, size, "%s/%s", paths[dirfd], p);
        return out;
    }
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return p;
    snprintf(out, size, "%s/%s", cwd, p);
    return out;
}

static int opened(int fd, const char *path, int flags, int existed)
{
    if (fd < 0 || fd >= MAX_FD || !inside(path))
        return fd;
    free(paths[fd]);
    paths[fd] = strdup(path);
    if ((flags & O_CREAT) && !existed)
        emitf("creat\t%s", path);
    if ((flags & O_TRUNC) && existed)
        emitf("trunc\t%s\t0", path);
    return fd;
}

static int do_openat(int dirfd, const char *p, int flags, mode_t mode)
{
    init();
    static int (*real)(int, const char *, int, ...);
    if (!real)
        real = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
    char buf[4200];
    const char *path = absolute(dirfd, p, buf, sizeof buf);
    struct stat st;
    int existed = inside(path) && lstat(path, &st) == 0;
    int fd = real(dirfd, p, flags, mode);
    return opened(fd, path, flags, existed);
}

/* The mode argument of open and openat, present only with O_CREAT or
 * O_TMPFILE: declares MODE and reads it after the argument FLAGS. */
#define OPEN_MODE(flags, mode)                                                                                         \
    mode_t mode = 0;                                                                                                   \
    if ((flags) & (O_CREAT | O_TMPFILE)) {                                                                             \
        va_list ap;                                                                                                    \
        va_start(ap, flags);                                                                                           \
        mode = va_arg(ap, mode_t);                                                                                     \
        va_end(ap);                                                                                                    \
    }

int open(const char *p, int flags, ...)
{
    OPEN_MODE(flags, mode);
    return do_openat(AT_FDCWD, p, flags, mode);
}

int open64(const char *p, int flags, ...) __attribute__((alias("open")));

int openat(int dirfd, const char *p, int flags, ...)
{
    OPEN_MODE(flags, mode);
    return do_openat(dirfd, p, flags, mode);
}

int openat64(int dirfd, const char *p, int flags, ...) __attribute__((alias("openat")));

int close(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "close");
    if (fd >= 0 && fd < MAX_FD) {
        free(paths[fd]);
        paths[fd] = NULL;
    }
    return real(fd);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    init();
    const char *path = fd >= 0 && fd < MAX_FD ? paths[fd] : NULL;
    if (!path)
        return real_write(fd, buf, n);
    int fl = fcntl(fd, F_GETFL);
    struct stat st;
    off_t at = (fl >= 0 && (fl & O_APPEND)) ? (fstat(fd, &st) == 0 ? st.st_size : -1) : lseek(fd, 0, SEEK_CUR);
    ssize_t w = real_write(fd, buf, n);
    if (w > 0) {
        char head[4300];
        snprintf(head, sizeof head, "write\t%s\t%lld\t", path, (long long)at);
        emit(head, buf, (size_t)w);
    }
    return w;
}

int ftruncate(int fd, off_t len)
{
    init();
    static int (*real)(int, off_t);
    if (!real)
        real = (int (*)(int, off_t))dlsym(RTLD_NEXT, "ftruncate");
    int rc = real(fd, len);
    if (rc == 0 && fd >= 0 && fd < MAX_FD && paths[fd])
        emitf("trunc\t%s\t%lld", paths[fd], (long long)len);
    return rc;
}

int ftruncate64(int fd, off_t len) __attribute__((alias("ftruncate")));

static int synced(int fd, int rc)
{
    if (rc == 0 && fd >= 0 && fd < MAX_FD && paths[fd])
        emitf("fsync\t%s", paths[fd]);
    return rc;
}

int fsync(int fd)
{
    init();
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    return synced(fd, real(fd));
}

int fdatasync(int fd)
{
    init();
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    return synced(fd, real(fd));
}

static int two(const char *name, const char *op, const char *a, const char *b)
{
    init();
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, name);
    char x[4200], y[4200];
    const char *pa = absolute(AT_FDCWD, a, x, sizeof x), *pb = absolute(AT_FDCWD, b, y, sizeof y);
    int rc = real(a, b);
    if (rc == 0 && (inside(pa) || inside(pb)))
        emitf("%s\t%s\t%s", op, pa, pb);
    return rc;
}

int rename(const char *a, const char *b)
{
    return two("rename", "rename", a, b);
}

int link(const char *a, const char *b)
{
    return two("link", "link", a, b);
}

int unlink(const char *p)
{
    init();
    static int (*real)(const char *);
    if (!real)
        real = (int (*)(const char *))dlsym(RTLD_NEXT, "unlink");
    char x[4200];
    const char *pa = absolute(AT_FDCWD, p, x, sizeof x);
    int rc = real(p);
    if (rc == 0 && inside(pa))
        emitf("unlink\t%s", pa);
    return rc;
}

int mkdir(const char *p, mode_t mode)
{
    init();
    static int (*real)(const char *, mode_t);
    if (!real)
        real = (int (*)(const char *, mode_t))dlsym(RTLD_NEXT, "mkdir");
    char x[4200];
    const char *pa = absolute(AT_FDCWD, p, x, sizeof x);
    int rc = real(p, mode);
    if (rc == 0 && inside(pa))
        emitf("mkdir\t%s", pa);
    return rc;
}
