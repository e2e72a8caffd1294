/* posix_compat.h - the few POSIX calls the tests use for their own set-up
 * (temporary folders, environment variables, an fsync of a fixture), made
 * from Windows' C library for the Windows build of the tests; included
 * before every test source by cmake/windows-tests.cmake. The program never
 * uses these: its calls go through src/os. Tests of what Windows does not
 * have (fork, FIFOs, symbolic links, file modes, TZ rules) are skipped
 * there with the reason, case by case (#ifdef _WIN32 ... skip()). */
#ifndef ACCOUNTWIJS_POSIX_COMPAT_H
#define ACCOUNTWIJS_POSIX_COMPAT_H
#ifdef _WIN32

#include <direct.h>
#include <errno.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>
#define WIN32_LEAN_AND_MEAN
#define NOMINMAX
#include <windows.h>
/* windows.h's 16-bit leftovers clash with the program's names. */
#undef near
#undef far

#define mkdir(path, mode) _mkdir(path)
#define lstat(path, st) stat(path, st)
#define fsync(fd) _commit(fd)
#define chdir(path) _chdir(path)

/* The environment as the program reads it (os_getenv: the wide, UTF-8
 * converted one) and as the C library's getenv reads it. */
static inline int aw_compat_setenv(const char *name, const char *value, int overwrite)
{
    if (!overwrite && getenv(name))
        return 0;
    wchar_t wn[256], wv[4096];
    if (!MultiByteToWideChar(CP_UTF8, 0, name, -1, wn, 256) || !MultiByteToWideChar(CP_UTF8, 0, value, -1, wv, 4096))
        return -1;
    /* _wputenv_s(NAME, "") removes NAME; POSIX keeps it, empty. */
    if (*value)
        _wputenv_s(wn, wv);
    return SetEnvironmentVariableW(wn, wv) ? 0 : -1;
}
#define setenv aw_compat_setenv

static inline int aw_compat_unsetenv(const char *name)
{
    _putenv_s(name, "");
    SetEnvironmentVariableA(name, NULL);
    return 0;
}
#define unsetenv aw_compat_unsetenv

static inline char *aw_compat_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *d = malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}
#define strndup aw_compat_strndup

/* TEMPLATE ends in XXXXXX, as for POSIX; "/tmp/..." is the current drive's
 * \tmp, which Wine maps to Linux's /tmp (made when missing). */
static inline char *aw_compat_mkdtemp(char *tmpl)
{
    size_t n = strlen(tmpl);
    if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return NULL;
    }
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    static unsigned seed;
    if (!seed)
        seed = (unsigned)GetTickCount() ^ ((unsigned)GetCurrentProcessId() << 16);
    for (int tries = 0; tries < 100; tries++) {
        for (size_t i = n - 6; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            tmpl[i] = letters[(seed >> 16) % 36];
        }
        if (_mkdir(tmpl) == 0)
            return tmpl;
        if (errno == ENOENT && strncmp(tmpl, "/tmp/", 5) == 0 && _mkdir("/tmp") != 0 && errno != EEXIST)
            return NULL;
        if (errno != EEXIST && errno != ENOENT)
            return NULL;
    }
    return NULL;
}
#define mkdtemp aw_compat_mkdtemp

/* open_memstream: a temporary file whose bytes land in *BUF and *LEN at
 * fclose (all the tests do with one). */
typedef struct {
    FILE *f;
    char **buf;
    size_t *len;
} AwMemStream;
static AwMemStream aw_memstreams[8];

static inline FILE *aw_compat_open_memstream(char **buf, size_t *len)
{
    for (int i = 0; i < 8; i++)
        if (!aw_memstreams[i].f) {
            FILE *f = tmpfile();
            if (!f)
                return NULL;
            aw_memstreams[i] = (AwMemStream){f, buf, len};
            *buf = NULL;
            *len = 0;
            return f;
        }
    errno = EMFILE;
    return NULL;
}
#define open_memstream aw_compat_open_memstream

static inline int aw_compat_fclose(FILE *f)
{
    for (int i = 0; i < 8; i++)
        if (aw_memstreams[i].f == f) {
            aw_memstreams[i].f = NULL;
            fflush(f);
            long n = ftell(f);
            char *b = malloc(n > 0 ? (size_t)n + 1 : 1);
            if (!b) {
                fclose(f);
                return EOF;
            }
            rewind(f);
            size_t got = n > 0 ? fread(b, 1, (size_t)n, f) : 0;
            b[got] = '\0';
            *aw_memstreams[i].buf = b;
            *aw_memstreams[i].len = got;
            return fclose(f);
        }
    return fclose(f);
}
#define fclose aw_compat_fclose

/* MinGW's win32 flavour declares nanosleep but has it only in winpthreads. */
static inline int aw_compat_nanosleep(const struct timespec *req, struct timespec *rem)
{
    (void)rem;
    Sleep((DWORD)(req->tv_sec * 1000 + req->tv_nsec / 1000000 + 1));
    return 0;
}
#define nanosleep aw_compat_nanosleep

/* What Windows lacks; the tests that need them are skipped there. */
#define SIGALRM 14
static inline unsigned aw_compat_alarm(unsigned s)
{
    (void)s;
    return 0;
}
#define alarm aw_compat_alarm
static inline int aw_compat_unsupported(void)
{
    errno = ENOSYS;
    return -1;
}
#define symlink(target, path) ((void)(target), (void)(path), aw_compat_unsupported())
#define mkfifo(path, mode) ((void)(path), (void)(mode), aw_compat_unsupported())

#endif
#endif
