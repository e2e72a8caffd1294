/* os_posix.c - os.h on Linux (and, mostly, any POSIX system). Each function
 * is a thin wrapper that calls the C library's own symbol (write, fsync,
 * rename, ...), never a raw system call, so an LD_PRELOAD interposer such
 * as the power-loss test's sees every one.
 *
 * Creating a file that must not replace another uses link() + unlink():
 * rename() silently replaces an existing target. Where links are not
 * allowed (folders, FAT sticks) a checked rename stands in; the callers
 * hold a lock (the profile's), so nothing races with that check. */
#define _DEFAULT_SOURCE /* flock, wait4, tm_gmtoff, O_NOFOLLOW/O_DIRECTORY */
#include "os.h"
#include "os_internal.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { PATH_SIZE = 4096 };

/* ---- files -------------------------------------------------------------- */

int os_open(const char *path, unsigned flags, unsigned mode)
{
    int f = (flags & OS_RDWR) == OS_RDWR ? O_RDWR : (flags & OS_WRITE) ? O_WRONLY : O_RDONLY;
    f |= O_CLOEXEC;
    if (flags & OS_APPEND)
        f |= O_APPEND;
    if (flags & OS_CREATE)
        f |= O_CREAT;
    if (flags & OS_TRUNC)
        f |= O_TRUNC;
    if (flags & OS_EXCLUSIVE)
        f |= O_EXCL;
    if (flags & OS_NOFOLLOW)
        f |= O_NOFOLLOW;
    if (flags & OS_FOLDER)
        f |= O_DIRECTORY;
    return (flags & OS_CREATE) ? open(path, f, (mode_t)mode) : open(path, f);
}

int os_open_regular(const char *path, unsigned flags)
{
    /* O_NONBLOCK: a FIFO put where a file should be must not hang the
     * program before its type can be checked. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | ((flags & OS_NOFOLLOW) ? O_NOFOLLOW : 0));
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

FILE *os_fopen_regular(const char *path)
{
    int fd = os_open_regular(path, 0);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        int e = errno;
        close(fd);
        errno = e;
    }
    return f;
}

FILE *os_fopen(const char *path, const char *mode)
{
    return fopen(path, mode); /* POSIX has no text mode: "b" changes nothing */
}

bool os_close(int fd)
{
    return fd < 0 || close(fd) == 0;
}

ptrdiff_t os_read(int fd, void *buf, size_t n)
{
    return read(fd, buf, n);
}

ptrdiff_t os_write(int fd, const void *buf, size_t n)
{
    return write(fd, buf, n);
}

ptrdiff_t os_pread(int fd, void *buf, size_t n, int64_t offset)
{
    return pread(fd, buf, n, (off_t)offset);
}

bool os_fsync(int fd)
{
    return fsync(fd) == 0;
}

bool os_truncate(int fd, int64_t len)
{
    return ftruncate(fd, (off_t)len) == 0;
}

static void from_stat(const struct stat *s, OsStat *st)
{
    st->type = S_ISREG(s->st_mode)   ? OS_TYPE_FILE
               : S_ISDIR(s->st_mode) ? OS_TYPE_FOLDER
               : S_ISLNK(s->st_mode) ? OS_TYPE_LINK
                                     : OS_TYPE_OTHER;
    st->size = (int64_t)s->st_size;
    st->device = (uint64_t)s->st_dev;
    st->inode = (uint64_t)s->st_ino;
}

bool os_stat(const char *path, OsStat *st)
{
    struct stat s;
    if (stat(path, &s) != 0)
        return false;
    from_stat(&s, st);
    return true;
}

bool os_lstat(const char *path, OsStat *st)
{
    struct stat s;
    if (lstat(path, &s) != 0)
        return false;
    from_stat(&s, st);
    return true;
}

bool os_fstat(int fd, OsStat *st)
{
    struct stat s;
    if (fstat(fd, &s) != 0)
        return false;
    from_stat(&s, st);
    return true;
}

/* ---- folders and names -------------------------------------------------- */

bool os_mkdir(const char *path, unsigned mode)
{
    return mkdir(path, (mode_t)mode) == 0;
}

bool os_mkdirs(const char *path, unsigned mode, char *failed, size_t failed_size)
{
    char buf[PATH_SIZE];
    size_t n = strlen(path);
    if (failed && failed_size)
        snprintf(failed, failed_size, "%s", path);
    if (n == 0 || n >= sizeof buf) {
        errno = n ? ENAMETOOLONG : ENOENT;
        return false;
    }
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        char c = buf[i];
        buf[i] = '\0';
        if (mkdir(buf, (mode_t)mode) == 0) {
            /* A new folder is durable only once its parent is synced. */
            os_sync_parent(buf);
        } else if (errno != EEXIST) {
            if (failed && failed_size)
                snprintf(failed, failed_size, "%s", buf);
            return false;
        }
        buf[i] = c;
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        if (failed && failed_size)
            failed[0] = '\0';
        errno = ENOTDIR; /* not the EEXIST that mkdir left */
        return false;
    }
    return true;
}

bool os_rmdir(const char *path)
{
    return rmdir(path) == 0;
}

bool os_unlink(const char *path)
{
    return unlink(path) == 0;
}

bool os_rename(const char *oldpath, const char *newpath)
{
    return rename(oldpath, newpath) == 0;
}

bool os_link(const char *oldpath, const char *newpath)
{
    return link(oldpath, newpath) == 0;
}

bool os_sync_parent(const char *path)
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
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = fsync(fd) == 0 || errno == EINVAL; /* some file systems cannot sync folders */
    close(fd);
    return ok;
}

bool os_create_file(const char *path, const void *data, size_t len)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return false;
    }
    if (!os_write_synced(tmp, data, len)) {
        if (!errno)
            errno = EIO;
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
        errno = e;
        return false;
    }
    os_sync_parent(path);
    return true;
}

bool os_move_aside(const char *path, const char *suffix, char *newpath, size_t size)
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
            os_sync_parent(path);
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
        os_sync_parent(path);
        return true;
    }
    errno = EEXIST;
    return false;
}

struct OsDir {
    DIR *d;
};

OsDir *os_dir_open(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return NULL;
    OsDir *od = malloc(sizeof *od);
    if (!od) {
        closedir(d);
        errno = ENOMEM;
        return NULL;
    }
    od->d = d;
    return od;
}

const char *os_dir_next(OsDir *d)
{
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d->d);
        if (!e)
            return NULL;
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            return e->d_name;
    }
}

void os_dir_close(OsDir *d)
{
    if (!d)
        return;
    closedir(d->d);
    free(d);
}

bool os_make_temp_folder(const char *prefix, char *out, size_t size)
{
    const char *tmp = getenv("TMPDIR");
    int n = snprintf(out, size, "%s/%sXXXXXX", tmp && *tmp ? tmp : "/tmp", prefix);
    if (n < 0 || (size_t)n >= size) {
        errno = ENAMETOOLONG;
        return false;
    }
    return mkdtemp(out) != NULL;
}

/* ---- locks -------------------------------------------------------------- */

bool os_lock(int fd, bool wait)
{
    return flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0;
}

/* ---- time --------------------------------------------------------------- */

int64_t os_wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t os_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

double os_mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

bool os_local_time(int64_t seconds, struct tm *out)
{
    time_t t = (time_t)seconds;
    return localtime_r(&t, out) != NULL;
}

long os_utc_offset_s(int64_t ms)
{
    /* Floor division: an instant before 1970 still falls in its own second. */
    int64_t s = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    struct tm lt;
    if (!os_local_time(s, &lt))
        return 0;
    return (long)lt.tm_gmtoff;
}

/* ---- this process ------------------------------------------------------- */

long os_pid(void)
{
    return (long)getpid();
}

bool os_random_bytes(void *buf, size_t n)
{
    unsigned char *p = buf;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, GRND_NONBLOCK);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got == n)
        return true;
    /* An old kernel without getrandom, or a pool not yet ready. */
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = os_read_full(fd, p + got, n - got) == (ptrdiff_t)(n - got);
    close(fd);
    if (!ok && !errno)
        errno = EIO;
    return ok;
}

bool os_exe_path(char *out, size_t size)
{
    if (size < 2) {
        errno = ENAMETOOLONG;
        return false;
    }
    ssize_t n = readlink("/proc/self/exe", out, size - 1);
    if (n <= 0)
        return false;
    if ((size_t)n >= size - 1) {
        errno = ENAMETOOLONG;
        return false;
    }
    out[n] = '\0';
    return true;
}

bool os_exe_folder(char *out, size_t size)
{
    if (!os_exe_path(out, size))
        return false;
    char *slash = strrchr(out, '/');
    if (!slash) {
        errno = ENOENT;
        return false;
    }
    slash[slash == out] = '\0'; /* keep "/" for a program in the root */
    return true;
}

char **os_utf8_args(int *argc, char **argv)
{
    (void)argc; /* the system hands the bytes as given: UTF-8 in a UTF-8 locale */
    return argv;
}

const char *os_getenv(const char *name)
{
    return getenv(name);
}

bool os_user_data_dir(const char *org, const char *app, char *out, size_t size)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    const char *base = xdg && *xdg ? xdg : home && *home ? home : NULL;
    if (!base) {
        errno = ENOENT;
        return false;
    }
    size_t len = strlen(base);
    while (len > 0 && base[len - 1] == '/') /* "/x/data/" is "/x/data" */
        len--;
    int n = snprintf(out, size, "%.*s%s/%s/%s", (int)len, base, base == xdg ? "" : "/.local/share", org, app);
    if (n < 0 || (size_t)n >= size) {
        errno = ENAMETOOLONG;
        return false;
    }
    return true;
}

double os_peak_rss_mb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (double)ru.ru_maxrss / 1024.0; /* Linux reports KiB */
}

size_t os_list_ipv4(OsIface *out, size_t max, bool loopback)
{
    struct ifaddrs *all;
    if (getifaddrs(&all) != 0)
        return 0;
    size_t n = 0;
    for (struct ifaddrs *i = all; i && n < max; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP))
            continue;
        bool lo = (i->ifa_flags & IFF_LOOPBACK) != 0;
        if (lo && !loopback)
            continue;
        const struct sockaddr_in *sin = (const struct sockaddr_in *)(const void *)i->ifa_addr;
        if (!inet_ntop(AF_INET, &sin->sin_addr, out[n].addr, sizeof out[n].addr))
            continue;
        snprintf(out[n].name, sizeof out[n].name, "%s", i->ifa_name ? i->ifa_name : "?");
        out[n].loopback = lo;
        n++;
    }
    freeifaddrs(all);
    return n;
}

/* ---- starting a process ------------------------------------------------- */

bool os_spawn(OsProcess *p, const char *exe, char *const argv[], const char *pipe_env)
{
    p->pid = -1;
    p->pipe_fd = OS_NO_FILE;
    int fds[2] = {-1, -1};
    char fdenv[128];
    char **env = environ;
    char **own = NULL;
    if (pipe_env) {
        size_t name = strlen(pipe_env);
        if (name + 24 > sizeof fdenv) {
            errno = ENAMETOOLONG;
            return false;
        }
        if (pipe(fds) != 0)
            return false;
        snprintf(fdenv, sizeof fdenv, "%s=%d", pipe_env, fds[1]);
        size_t nenv = 0;
        while (environ[nenv])
            nenv++;
        own = calloc(nenv + 2, sizeof *own);
        if (!own) {
            close(fds[0]);
            close(fds[1]);
            errno = ENOMEM;
            return false;
        }
        size_t k = 0;
        for (size_t i = 0; i < nenv; i++)
            if (!(strncmp(environ[i], pipe_env, name) == 0 && environ[i][name] == '='))
                own[k++] = environ[i];
        own[k++] = fdenv;
        own[k] = NULL;
        env = own;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (fds[0] >= 0)
        posix_spawn_file_actions_addclose(&fa, fds[0]);
    pid_t pid;
    int rc = posix_spawn(&pid, exe, &fa, NULL, argv, env);
    posix_spawn_file_actions_destroy(&fa);
    free(own);
    if (fds[1] >= 0)
        close(fds[1]);
    if (rc != 0) {
        if (fds[0] >= 0)
            close(fds[0]);
        errno = rc;
        return false;
    }
    p->pid = (long)pid;
    p->pipe_fd = fds[0];
    return true;
}

bool os_wait(OsProcess *p, double *peak_rss_mb)
{
    if (p->pipe_fd >= 0)
        close(p->pipe_fd);
    p->pipe_fd = OS_NO_FILE;
    if (peak_rss_mb)
        *peak_rss_mb = 0;
    if (p->pid <= 0) {
        errno = ECHILD;
        return false;
    }
    int status = 0;
    struct rusage ru;
    pid_t r;
    do
        r = wait4((pid_t)p->pid, &status, 0, &ru);
    while (r < 0 && errno == EINTR);
    p->pid = -1;
    if (r < 0)
        return false;
    if (peak_rss_mb)
        *peak_rss_mb = (double)ru.ru_maxrss / 1024.0;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
