/* os.h - every operating-system call the program makes: files and folders,
 * durable replacement, locks, clocks and the local time zone, temporary
 * folders, random bytes, starting a process (for the benchmarks) and where
 * the program and the user's data live. os_posix.c implements it for Linux
 * and other POSIX systems; a Windows build adds os_win32.c for this same
 * header and nothing else.
 *
 * Contract for the whole module:
 *  - A call that fails returns false, -1 or NULL and leaves a POSIX errno
 *    code in errno (ENOENT, EEXIST, ENOSPC, ...); the Windows version maps
 *    its own codes onto these. Callers word the error (strerror(errno) or
 *    their own string tables); os never prints and never exits.
 *  - Paths are UTF-8 with '/' between folders.
 *  - A file is an int descriptor (OS_NO_FILE when there is none), opened
 *    binary and closed on exec; only os_* calls take it.
 *  - Every write, fsync, rename, link, unlink and mkdir goes through the C
 *    library's own symbols, so the power-loss test (tests/crash/aw_trace.c,
 *    an LD_PRELOAD interposer) sees each one. */
#ifndef ACCOUNTWIJS_OS_H
#define ACCOUNTWIJS_OS_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

enum { OS_NO_FILE = -1 };

/* errno codes POSIX has and Windows' C library lacks, with Linux's numbers. */
#ifndef ESTALE
#define ESTALE 116
#endif
#ifndef EDQUOT
#define EDQUOT 122
#endif

/* printf-style format checking for the program's own formatting functions.
 * On MinGW "printf" means Microsoft's older printf (no %zu); the program is
 * built with MinGW's C99 printf there (__USE_MINGW_ANSI_STDIO), which is
 * gnu_printf to the compiler. */
#if defined(__MINGW32__)
#define OS_PRINTF(fmt, args) __attribute__((format(gnu_printf, fmt, args)))
#else
#define OS_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#endif

/* True when the errno value E means the disk (or the user's quota) is full. */
bool os_disk_full(int e);

/* ---- files -------------------------------------------------------------- */

/* Flags for os_open; combine with |. */
enum {
    OS_READ = 1 << 0,
    OS_WRITE = 1 << 1,
    OS_RDWR = OS_READ | OS_WRITE,
    OS_APPEND = 1 << 2,    /* every write goes to the end */
    OS_CREATE = 1 << 3,    /* create when missing, with MODE */
    OS_TRUNC = 1 << 4,     /* cut to 0 bytes */
    OS_EXCLUSIVE = 1 << 5, /* with OS_CREATE: EEXIST when PATH exists */
    OS_NOFOLLOW = 1 << 6,  /* a symbolic link at PATH is refused (ELOOP) */
    OS_FOLDER = 1 << 7,    /* PATH must be a folder (ENOTDIR); opened to lock or sync it */
};

/* Opens PATH; a descriptor, or -1 with errno. MODE (e.g. 0600) applies
 * when OS_CREATE makes the file. */
int os_open(const char *path, unsigned flags, unsigned mode);

/* Opens PATH for reading when it is a regular file; never blocks on a FIFO
 * or a device put where a file should be. -1 with errno: EISDIR for a
 * folder, EINVAL for anything else that is not a regular file, ELOOP for a
 * link when FLAGS holds OS_NOFOLLOW (the only flag it takes). */
int os_open_regular(const char *path, unsigned flags);

/* os_open_regular as a stdio stream ("rb"); NULL with errno. */
FILE *os_fopen_regular(const char *path);

/* fopen for a UTF-8 PATH (Windows: the wide-character call), always in
 * binary mode; MODE as fopen's ("r", "w", "a", with "+" or "x"). NULL with
 * errno. For files the program writes for a person (screenshots, the
 * benchmark's lesson files), not for the data folder's durable files. */
FILE *os_fopen(const char *path, const char *mode);

/* Closes FD (which releases its lock); false with errno when the close
 * reports a failed write. FD may be OS_NO_FILE. */
bool os_close(int fd);

/* read(2)/write(2): bytes moved, 0 at the end of the file, -1 with errno. */
ptrdiff_t os_read(int fd, void *buf, size_t n);
ptrdiff_t os_write(int fd, const void *buf, size_t n);

/* Reads up to N bytes at OFFSET without moving the file position. */
ptrdiff_t os_pread(int fd, void *buf, size_t n, int64_t offset);

/* Writes all N bytes (retrying short writes); false with errno (ENOSPC
 * when the system wrote nothing without saying why). */
bool os_write_all(int fd, const void *buf, size_t n);

/* Reads until N bytes or the end of the file; the count, or -1 with errno. */
ptrdiff_t os_read_full(int fd, void *buf, size_t n);

/* Flushes FD's data to the disk. */
bool os_fsync(int fd);

/* Cuts FD to LEN bytes. */
bool os_truncate(int fd, int64_t len);

typedef enum { OS_TYPE_FILE, OS_TYPE_FOLDER, OS_TYPE_LINK, OS_TYPE_OTHER } OsType;

typedef struct {
    OsType type;
    int64_t size;
    uint64_t device, inode; /* identity: equal pairs are one file */
} OsStat;

/* stat(2) (follows links), lstat(2) (a link is OS_TYPE_LINK) and fstat(2). */
bool os_stat(const char *path, OsStat *st);
bool os_lstat(const char *path, OsStat *st);
bool os_fstat(int fd, OsStat *st);

/* True when A and B are the same file (from os_stat/os_fstat). */
bool os_same_file(const OsStat *a, const OsStat *b);

/* True when PATH is a folder (links followed). */
bool os_is_folder(const char *path);

/* Reads all of PATH (at most MAX bytes) into a malloc'd, NUL-terminated
 * buffer the caller frees. False with errno (EFBIG when too large; EISDIR
 * or EINVAL when PATH is not a regular file: a FIFO never blocks). */
bool os_read_file(const char *path, size_t max, char **data, size_t *len);

/* ---- folders and names -------------------------------------------------- */

/* mkdir(2) of one folder with MODE. */
bool os_mkdir(const char *path, unsigned mode);

/* Creates PATH and its missing parents with MODE, each new folder synced
 * into its parent. True when PATH is a folder afterwards; else errno
 * and, when FAILED is not NULL, the folder that could not be made in
 * FAILED (empty, with ENOTDIR, when PATH exists but is not a folder). */
bool os_mkdirs(const char *path, unsigned mode, char *failed, size_t failed_size);

bool os_rmdir(const char *path);
bool os_unlink(const char *path);

/* rename(2): replaces NEWPATH when it exists (atomically). */
bool os_rename(const char *oldpath, const char *newpath);

/* link(2): a second name; EEXIST when NEWPATH exists, never replaces. */
bool os_link(const char *oldpath, const char *newpath);

/* Syncs the folder that holds PATH, so a create or rename in it survives a
 * power cut. A file system that cannot sync folders counts as done. */
bool os_sync_parent(const char *path);

/* Replaces PATH with DATA: written to PATH.tmp (never through a link),
 * fsynced, renamed over PATH, the folder synced. After a crash PATH holds
 * the old or the new bytes, never a mix. False with errno (ENAMETOOLONG
 * when PATH.tmp does not fit); PATH.tmp is then gone. */
bool os_replace_file(const char *path, const void *data, size_t len);

/* Creates PATH with DATA, never over an existing file: written to a
 * temporary name, fsynced, linked to PATH (a checked rename where links are
 * not allowed) and the folder synced. False with errno EEXIST when PATH
 * exists, or another errno. */
bool os_create_file(const char *path, const void *data, size_t len);

/* Renames PATH (a file or folder) to PATH SUFFIX, or PATH SUFFIX-2, -3, ...:
 * the first name that does not exist; never replaces anything. The new
 * name goes to NEWPATH. False (with errno) when it cannot be moved. */
bool os_move_aside(const char *path, const char *suffix, char *newpath, size_t size);

/* A folder listing: os_dir_next gives each name but "." and ".." in the
 * order the system keeps them, then NULL (check errno for a failed read).
 * The name stays valid until the next call. */
typedef struct OsDir OsDir;
OsDir *os_dir_open(const char *path);
const char *os_dir_next(OsDir *d);
void os_dir_close(OsDir *d);

/* Makes a new, empty folder named PREFIX followed by six random characters
 * in the temporary folder ($TMPDIR, else /tmp); its path goes to OUT. */
bool os_make_temp_folder(const char *prefix, char *out, size_t size);

/* ---- locks -------------------------------------------------------------- */

/* Takes the exclusive lock on FD (a file, or a folder opened with
 * OS_FOLDER); it is released when FD is closed. With WAIT false a lock held
 * elsewhere fails at once with errno EWOULDBLOCK. Locks are advisory: they
 * keep two copies of the program apart, nothing else. */
bool os_lock(int fd, bool wait);

/* ---- time --------------------------------------------------------------- */

/* Milliseconds since 1970-01-01 UTC (the wall clock: it can jump). */
int64_t os_wall_ms(void);

/* A clock that never jumps, for durations: nanoseconds and milliseconds
 * since an arbitrary start (the same start for every process). */
int64_t os_mono_ns(void);
double os_mono_ms(void);

/* The local time zone's offset from UTC at the instant MS (ms since 1970,
 * UTC), in seconds and in whole minutes: +60 minutes for Amsterdam in
 * winter, +120 in summer. 0 when the system cannot say. */
long os_utc_offset_s(int64_t ms);
int os_utc_offset_min(int64_t ms);

/* The local calendar date and time at SECONDS since 1970 (localtime_r). */
bool os_local_time(int64_t seconds, struct tm *out);

/* ---- this process ------------------------------------------------------- */

/* The process id (for unique temporary names and seeds). */
long os_pid(void);

/* Fills BUF with N unpredictable bytes from the system; false when the
 * system has none to give (the caller then mixes the clock and the pid). */
bool os_random_bytes(void *buf, size_t n);

/* The full path of the running program, and the folder that holds it. */
bool os_exe_path(char *out, size_t size);
bool os_exe_folder(char *out, size_t size);

/* The program's arguments as UTF-8: on POSIX ARGV itself; on Windows the
 * command line read again in wide characters (main's ARGV is in the ANSI
 * code page, which mangles a folder name with accents). Sets *ARGC; the
 * strings live as long as the process. ARGV on failure. */
char **os_utf8_args(int *argc, char **argv);

/* The value of the environment variable NAME (UTF-8), or NULL when it is
 * not set. The string belongs to the process: copy it before the next
 * os_getenv. */
const char *os_getenv(const char *name);

/* The folder where this user's data of program APP by ORG lives, without a
 * trailing '/' (it may not exist yet): $XDG_DATA_HOME/ORG/APP, or
 * $HOME/.local/share/ORG/APP when XDG_DATA_HOME is unset or empty (the XDG
 * rule; SDL_GetPrefPath's folder too). Windows: %APPDATA%/ORG/APP. False
 * (errno ENOENT) when none of these is set, ENAMETOOLONG when OUT is too
 * small. */
bool os_user_data_dir(const char *org, const char *app, char *out, size_t size);

/* The most memory this process has held at once (resident), in MiB. */
double os_peak_rss_mb(void);

/* ---- threads (the speech worker) ---------------------------------------- */

/* A thread, a mutex and a condition variable; opaque, made and freed by
 * the functions below. Misuse (unlocking a mutex not held) is undefined. */
typedef struct OsThread OsThread;
typedef struct OsMutex OsMutex;
typedef struct OsCond OsCond;

/* Starts FN(ARG) on a new thread; false with errno. os_thread_join waits
 * for it to return and frees it. */
bool os_thread_start(OsThread **out, void (*fn)(void *), void *arg);
void os_thread_join(OsThread *t);

/* NULL when out of memory. The free functions accept NULL. */
OsMutex *os_mutex_new(void);
void os_mutex_free(OsMutex *m);
void os_mutex_lock(OsMutex *m);
void os_mutex_unlock(OsMutex *m);

OsCond *os_cond_new(void);
void os_cond_free(OsCond *c);
/* Waits on C (releasing M meanwhile) until signalled or TIMEOUT_MS pass
 * (a negative TIMEOUT_MS: no limit); true when signalled, false on the
 * timeout. Wakeups may be spurious: check the condition again. */
bool os_cond_wait(OsCond *c, OsMutex *m, long timeout_ms);
void os_cond_broadcast(OsCond *c);

/* Sleeps about MS milliseconds. */
void os_sleep_ms(unsigned ms);

/* ---- network interfaces (the live class quiz) ---------------------------- */

enum { OS_IFACE_NAME = 64, OS_IFACE_ADDR = 16 };
typedef struct {
    char name[OS_IFACE_NAME]; /* "wlan0", "Wi-Fi" */
    char addr[OS_IFACE_ADDR]; /* dotted IPv4, "192.168.1.20" */
    bool loopback;
} OsIface;

/* Writes up to MAX of this machine's interfaces that are up and have an
 * IPv4 address to OUT (one entry per address, in the system's order) and
 * returns how many it wrote; loopback ones only when LOOPBACK. 0 when
 * there are none or the system cannot list them. */
size_t os_list_ipv4(OsIface *out, size_t max, bool loopback);

/* ---- starting a process (benchmarks) ------------------------------------ */

typedef struct {
    long pid;
    int pipe_fd; /* the read end of the child's report pipe, or OS_NO_FILE */
} OsProcess;

/* Starts EXE with ARGV (NULL-terminated, ARGV[0] the program's name) and
 * this process's environment. When PIPE_ENV is not NULL the child also
 * gets a pipe: the environment variable PIPE_ENV holds the descriptor of
 * its write end (the child writes its report there with os_write_all) and
 * P->pipe_fd is the read end. False with errno; a program that cannot be
 * run may instead start and fail at os_wait (as posix_spawn allows). */
bool os_spawn(OsProcess *p, const char *exe, char *const argv[], const char *pipe_env);

/* Waits for P to end and closes its pipe. True when it exited with status
 * 0; PEAK_RSS_MB (may be NULL) gets the child's peak resident memory. */
bool os_wait(OsProcess *p, double *peak_rss_mb);

#endif
