/* os_win32.c - os.h on Windows (built with MinGW-w64). The program speaks
 * UTF-8 with '/' between folders; this file converts each path to wide
 * characters at the edge and calls the W functions, so a user name with
 * an accent still works. Paths it hands back (the program's folder, the
 * data folder, a temporary folder) use '/' as well: Windows accepts both.
 *
 * A file is a C library descriptor (msvcrt's _open_osfhandle over a
 * handle from CreateFileW), so the rest of the program and fdopen keep
 * working with ints. Every file is opened binary and shared for reading,
 * writing and deleting, so a file that is open can still be renamed or
 * moved aside, as on Linux.
 *
 * What POSIX does that Windows does differently:
 *  - rename over an existing file: MoveFileExW with MOVEFILE_REPLACE_EXISTING
 *    and MOVEFILE_WRITE_THROUGH (after FlushFileBuffers of the new file);
 *    MoveFileExW without REPLACE_EXISTING never replaces, which is what
 *    os_create_file and os_move_aside need (no link() dance);
 *  - folders cannot be fsynced; NTFS journals its own metadata, so
 *    os_sync_parent counts as done;
 *  - LockFileEx locks are mandatory for the bytes they cover: the lock is
 *    taken on one byte far past any real data, so reads and writes of the
 *    file by other handles go on as with flock. A folder cannot be
 *    byte-locked: its lock is a named mutex keyed by the folder's identity;
 *  - identity (device, inode) is the volume serial number and file index
 *    of GetFileInformationByHandle;
 *  - os_spawn hands the report pipe to the child as a C library descriptor
 *    (the table msvcrt passes in STARTUPINFO.lpReserved2, as _spawnve
 *    does), so the child's atoi(getenv(...)) + os_write_all works as on
 *    Linux.
 * The program is linked as a GUI program (no console window on a
 * double-click); started from a console, the constructor below attaches to
 * it so `check`, `export` and `bench` still print. */
#define WIN32_LEAN_AND_MEAN
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0601
#endif
#include "os.h"
#include "os_internal.h"

#include <windows.h>

#include <bcrypt.h>
#include <shellapi.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <limits.h>
#include <psapi.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum { PATH_SIZE = 4096 };

/* Named in the C library but not in every header MinGW ships. */
#ifndef FOPEN
#define FOPEN 0x01
#endif
#ifndef FPIPE
#define FPIPE 0x08
#endif

/* ---- errors and names ---------------------------------------------------- */

static int errno_of(DWORD w)
{
    switch (w) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
    case ERROR_BAD_PATHNAME:
    case ERROR_NO_MORE_FILES:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_WRITE_PROTECT:
    case ERROR_CURRENT_DIRECTORY:
    case ERROR_NETWORK_ACCESS_DENIED:
        return EACCES;
    case ERROR_LOCK_VIOLATION:
        return EWOULDBLOCK;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case 1295: /* ERROR_DISK_QUOTA_EXCEEDED, not in MinGW's winerror.h */
        return EDQUOT;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    case ERROR_NOT_SAME_DEVICE:
        return EXDEV;
    case ERROR_INVALID_HANDLE:
        return EBADF;
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA:
        return EPIPE;
    case ERROR_INVALID_NAME:
    case ERROR_INVALID_PARAMETER:
    case ERROR_NEGATIVE_SEEK:
        return EINVAL;
    case ERROR_CANT_RESOLVE_FILENAME:
        return ELOOP;
    case ERROR_INVALID_FUNCTION:
    case ERROR_NOT_SUPPORTED:
        return ENOTSUP;
    case ERROR_TOO_MANY_OPEN_FILES:
        return EMFILE;
    default:
        return EIO;
    }
}

static bool fail_last(void)
{
    errno = errno_of(GetLastError());
    return false;
}

/* PATH (UTF-8) as a malloc'd wide string; NULL with errno. */
static wchar_t *wide(const char *path)
{
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, NULL, 0);
    if (n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    wchar_t *w = malloc((size_t)n * sizeof *w);
    if (!w) {
        errno = ENOMEM;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, w, n);
    return w;
}

/* W as UTF-8 in OUT with '/' for '\\'; false with ENAMETOOLONG. */
static bool narrow(const wchar_t *w, char *out, size_t size)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    if (n <= 0 || (size_t)n > size || size > INT_MAX) {
        errno = n <= 0 ? EINVAL : ENAMETOOLONG;
        return false;
    }
    WideCharToMultiByte(CP_UTF8, 0, w, -1, out, (int)size, NULL, NULL);
    for (char *p = out; *p; p++)
        if (*p == '\\')
            *p = '/';
    return true;
}

static HANDLE handle_of(int fd)
{
    intptr_t h = _get_osfhandle(fd);
    if (h == -1 || h == -2) {
        errno = EBADF;
        return INVALID_HANDLE_VALUE;
    }
    return (HANDLE)h;
}

static bool is_folder_sep(char c)
{
    return c == '/' || c == '\\';
}

/* ---- files -------------------------------------------------------------- */

static bool is_link_handle(HANDLE h)
{
    FILE_ATTRIBUTE_TAG_INFO tag;
    if (!GetFileInformationByHandleEx(h, FileAttributeTagInfo, &tag, sizeof tag))
        return false;
    return (tag.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) &&
           (tag.ReparseTag == IO_REPARSE_TAG_SYMLINK || tag.ReparseTag == IO_REPARSE_TAG_MOUNT_POINT);
}

/* CreateFileW for os_open's FLAGS; INVALID_HANDLE_VALUE with errno. */
static HANDLE open_handle(const char *path, unsigned flags)
{
    wchar_t *w = wide(path);
    if (!w)
        return INVALID_HANDLE_VALUE;
    DWORD access = 0;
    if (flags & OS_READ)
        access |= GENERIC_READ;
    if (flags & OS_WRITE)
        access |= GENERIC_WRITE;
    if (flags & OS_FOLDER)
        access = FILE_READ_ATTRIBUTES | SYNCHRONIZE;
    DWORD disp = OPEN_EXISTING;
    if ((flags & OS_CREATE) && (flags & OS_EXCLUSIVE))
        disp = CREATE_NEW;
    else if ((flags & OS_CREATE) && (flags & OS_TRUNC))
        disp = CREATE_ALWAYS;
    else if (flags & OS_CREATE)
        disp = OPEN_ALWAYS;
    else if (flags & OS_TRUNC)
        disp = TRUNCATE_EXISTING;
    DWORD attr = FILE_ATTRIBUTE_NORMAL;
    if (flags & OS_FOLDER)
        attr |= FILE_FLAG_BACKUP_SEMANTICS;
    if (flags & OS_NOFOLLOW)
        attr |= FILE_FLAG_OPEN_REPARSE_POINT;
    HANDLE h = CreateFileW(w, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, disp, attr, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        DWORD le = GetLastError();
        DWORD a = GetFileAttributesW(w);
        free(w);
        /* POSIX says EISDIR when a folder is opened as a file. */
        errno = (le == ERROR_ACCESS_DENIED && a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY))
                    ? EISDIR
                    : errno_of(le);
        return INVALID_HANDLE_VALUE;
    }
    free(w);
    int e = 0;
    BY_HANDLE_FILE_INFORMATION info;
    if ((flags & OS_NOFOLLOW) && is_link_handle(h))
        e = ELOOP;
    else if ((flags & OS_FOLDER) &&
             (!GetFileInformationByHandle(h, &info) || !(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)))
        e = ENOTDIR;
    if (e) {
        CloseHandle(h);
        errno = e;
        return INVALID_HANDLE_VALUE;
    }
    return h;
}

/* A C library descriptor for H (closed on failure). */
static int fd_of(HANDLE h, unsigned flags)
{
    int cf = _O_BINARY | _O_NOINHERIT;
    if ((flags & OS_RDWR) == OS_READ || (flags & OS_FOLDER))
        cf |= _O_RDONLY;
    if (flags & OS_APPEND)
        cf |= _O_APPEND;
    int fd = _open_osfhandle((intptr_t)h, cf);
    if (fd < 0) {
        CloseHandle(h);
        errno = EMFILE;
    }
    return fd;
}

/* The named mutexes that stand in for locks on folders: one per
 * descriptor, released when the descriptor is closed. */
enum { FOLDER_LOCKS = 16 };
static struct {
    int fd;
    HANDLE mutex;
    wchar_t name[64];
} folder_locks[FOLDER_LOCKS];
static int folder_locks_used;

int os_open(const char *path, unsigned flags, unsigned mode)
{
    (void)mode; /* a new file takes its folder's permissions */
    HANDLE h = open_handle(path, flags);
    return h == INVALID_HANDLE_VALUE ? -1 : fd_of(h, flags);
}

int os_open_regular(const char *path, unsigned flags)
{
    int fd = os_open(path, OS_READ | (flags & OS_NOFOLLOW), 0);
    if (fd < 0)
        return -1;
    HANDLE h = handle_of(fd);
    BY_HANDLE_FILE_INFORMATION info;
    int e = 0;
    if (GetFileType(h) != FILE_TYPE_DISK)
        e = EINVAL; /* NUL, CON, a pipe */
    else if (!GetFileInformationByHandle(h, &info))
        e = errno_of(GetLastError());
    else if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        e = EISDIR;
    if (e) {
        _close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

FILE *os_fopen_regular(const char *path)
{
    int fd = os_open_regular(path, 0);
    if (fd < 0)
        return NULL;
    FILE *f = _fdopen(fd, "rb");
    if (!f) {
        int e = errno;
        _close(fd);
        errno = e;
    }
    return f;
}

FILE *os_fopen(const char *path, const char *mode)
{
    /* Through os_open rather than _wfopen: msvcrt's fopen ignores "x" (and
     * so would truncate a file it must not touch). */
    unsigned flags = 0;
    bool plus = strchr(mode, '+') != NULL;
    const char *m;
    switch (mode[0]) {
    case 'r':
        flags = plus ? OS_RDWR : OS_READ;
        m = plus ? "r+b" : "rb";
        break;
    case 'w':
        flags = (plus ? OS_RDWR : OS_WRITE) | OS_CREATE | OS_TRUNC;
        m = plus ? "w+b" : "wb";
        break;
    case 'a':
        flags = (plus ? OS_RDWR : OS_WRITE) | OS_CREATE | OS_APPEND;
        m = plus ? "a+b" : "ab";
        break;
    default:
        errno = EINVAL;
        return NULL;
    }
    if (strchr(mode, 'x'))
        flags |= OS_EXCLUSIVE;
    int fd = os_open(path, flags, 0666);
    if (fd < 0)
        return NULL;
    FILE *f = _fdopen(fd, m);
    if (!f) {
        int e = errno;
        _close(fd);
        errno = e;
    }
    return f;
}

bool os_close(int fd)
{
    if (fd < 0)
        return true;
    for (int i = 0; i < folder_locks_used; i++)
        if (folder_locks[i].fd == fd) {
            ReleaseMutex(folder_locks[i].mutex);
            CloseHandle(folder_locks[i].mutex);
            folder_locks[i] = folder_locks[--folder_locks_used];
            break;
        }
    return _close(fd) == 0;
}

static unsigned clamp(size_t n)
{
    return n > (size_t)INT_MAX ? (unsigned)INT_MAX : (unsigned)n;
}

ptrdiff_t os_read(int fd, void *buf, size_t n)
{
    return _read(fd, buf, clamp(n));
}

ptrdiff_t os_write(int fd, const void *buf, size_t n)
{
    return _write(fd, buf, clamp(n));
}

ptrdiff_t os_pread(int fd, void *buf, size_t n, int64_t offset)
{
    HANDLE h = handle_of(fd);
    if (h == INVALID_HANDLE_VALUE)
        return -1;
    if (offset < 0) {
        errno = EINVAL;
        return -1;
    }
    /* ReadFile at an offset moves the file position of a synchronous
     * handle; pread must not, so it is put back. */
    LARGE_INTEGER zero = {0}, here;
    if (!SetFilePointerEx(h, zero, &here, FILE_CURRENT))
        return fail_last(), -1;
    OVERLAPPED ov = {0};
    ov.Offset = (DWORD)((uint64_t)offset & 0xffffffffu);
    ov.OffsetHigh = (DWORD)((uint64_t)offset >> 32);
    DWORD got = 0;
    BOOL ok = ReadFile(h, buf, clamp(n), &got, &ov);
    DWORD le = GetLastError();
    SetFilePointerEx(h, here, NULL, FILE_BEGIN);
    if (!ok && le != ERROR_HANDLE_EOF) {
        errno = errno_of(le);
        return -1;
    }
    return (ptrdiff_t)got;
}

bool os_fsync(int fd)
{
    HANDLE h = handle_of(fd);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    return FlushFileBuffers(h) || fail_last();
}

bool os_truncate(int fd, int64_t len)
{
    HANDLE h = handle_of(fd);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    if (len < 0) {
        errno = EINVAL;
        return false;
    }
    FILE_END_OF_FILE_INFO eof;
    eof.EndOfFile.QuadPart = len;
    return SetFileInformationByHandle(h, FileEndOfFileInfo, &eof, sizeof eof) || fail_last();
}

static bool stat_handle(HANDLE h, OsStat *st)
{
    BY_HANDLE_FILE_INFORMATION info;
    if (!GetFileInformationByHandle(h, &info)) {
        /* A pipe or a device: no identity, no size. */
        DWORD type = GetFileType(h);
        if (type == FILE_TYPE_UNKNOWN)
            return fail_last();
        st->type = OS_TYPE_OTHER;
        st->size = 0;
        st->device = 0;
        st->inode = (uint64_t)(uintptr_t)h;
        return true;
    }
    st->type = is_link_handle(h)                                    ? OS_TYPE_LINK
               : (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ? OS_TYPE_FOLDER
               : GetFileType(h) == FILE_TYPE_DISK                   ? OS_TYPE_FILE
                                                                    : OS_TYPE_OTHER;
    st->size = st->type == OS_TYPE_FOLDER ? 0 : (int64_t)(((uint64_t)info.nFileSizeHigh << 32) | info.nFileSizeLow);
    st->device = info.dwVolumeSerialNumber;
    st->inode = ((uint64_t)info.nFileIndexHigh << 32) | info.nFileIndexLow;
    return true;
}

static bool stat_path(const char *path, OsStat *st, bool follow)
{
    wchar_t *w = wide(path);
    if (!w)
        return false;
    DWORD attr = FILE_FLAG_BACKUP_SEMANTICS | (follow ? 0 : FILE_FLAG_OPEN_REPARSE_POINT);
    HANDLE h = CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                           OPEN_EXISTING, attr, NULL);
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        return fail_last();
    bool ok = stat_handle(h, st);
    if (ok && follow && st->type == OS_TYPE_LINK)
        st->type = OS_TYPE_OTHER; /* a link that could not be followed */
    CloseHandle(h);
    return ok;
}

bool os_stat(const char *path, OsStat *st)
{
    return stat_path(path, st, true);
}

bool os_lstat(const char *path, OsStat *st)
{
    return stat_path(path, st, false);
}

bool os_fstat(int fd, OsStat *st)
{
    HANDLE h = handle_of(fd);
    return h != INVALID_HANDLE_VALUE && stat_handle(h, st);
}

/* ---- folders and names -------------------------------------------------- */

/* True when the folder that would hold PATH exists but is a file: POSIX
 * says ENOTDIR where Windows says "path not found". */
static bool parent_is_file(const char *path)
{
    char parent[PATH_SIZE];
    snprintf(parent, sizeof parent, "%s", path);
    size_t n = strlen(parent);
    while (n > 0 && !is_folder_sep(parent[n - 1]))
        n--;
    while (n > 1 && is_folder_sep(parent[n - 1]))
        n--;
    if (n == 0)
        return false;
    parent[n] = '\0';
    OsStat st;
    return os_stat(parent, &st) && st.type != OS_TYPE_FOLDER;
}

bool os_mkdir(const char *path, unsigned mode)
{
    (void)mode;
    wchar_t *w = wide(path);
    if (!w)
        return false;
    BOOL ok = CreateDirectoryW(w, NULL);
    DWORD le = GetLastError();
    free(w);
    if (!ok)
        errno = le == ERROR_PATH_NOT_FOUND && parent_is_file(path) ? ENOTDIR : errno_of(le);
    return ok;
}

/* Where the first folder that can be made starts: after "C:/", after
 * "//server/share/", or 1 (after a leading '/'). */
static size_t root_length(const char *p)
{
    if (((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z')) && p[1] == ':')
        return is_folder_sep(p[2]) ? 3 : 2;
    if (is_folder_sep(p[0]) && is_folder_sep(p[1])) {
        size_t i = 2;
        for (int parts = 0; parts < 2 && p[i]; parts++) {
            while (p[i] && !is_folder_sep(p[i]))
                i++;
            if (p[i])
                i++;
        }
        return i;
    }
    return 1;
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
    for (size_t i = root_length(buf); i <= n; i++) {
        if (!is_folder_sep(buf[i]) && buf[i] != '\0')
            continue;
        if (i > 0 && is_folder_sep(buf[i - 1]))
            continue; /* "a//b" */
        char c = buf[i];
        buf[i] = '\0';
        if (!os_mkdir(buf, mode) && errno != EEXIST && !(errno == EACCES && os_is_folder(buf))) {
            if (failed && failed_size)
                snprintf(failed, failed_size, "%s", buf);
            return false;
        }
        buf[i] = c;
    }
    if (!os_is_folder(path)) {
        if (failed && failed_size)
            failed[0] = '\0';
        errno = ENOTDIR;
        return false;
    }
    return true;
}

/* Calls F on the wide form of PATH; false with errno. */
static bool on_path(const char *path, BOOL(WINAPI *f)(LPCWSTR))
{
    wchar_t *w = wide(path);
    if (!w)
        return false;
    BOOL ok = f(w);
    DWORD le = GetLastError();
    free(w);
    if (!ok)
        errno = errno_of(le);
    return ok;
}

bool os_rmdir(const char *path)
{
    return on_path(path, RemoveDirectoryW);
}

bool os_unlink(const char *path)
{
    return on_path(path, DeleteFileW);
}

static bool move(const char *oldpath, const char *newpath, DWORD flags)
{
    wchar_t *a = wide(oldpath), *b = a ? wide(newpath) : NULL;
    if (!b) {
        free(a);
        return false;
    }
    /* A reader that has the target open without FILE_SHARE_DELETE (a virus
     * scanner, an indexer) makes the replace fail for a moment: try again
     * for up to about a second before giving up. */
    BOOL ok;
    DWORD le = 0;
    for (int tries = 0;; tries++) {
        ok = MoveFileExW(a, b, flags);
        le = GetLastError();
        if (ok || !(flags & MOVEFILE_REPLACE_EXISTING) || tries == 20 ||
            (le != ERROR_ACCESS_DENIED && le != ERROR_SHARING_VIOLATION))
            break;
        Sleep(tries < 5 ? 1 : 50);
    }
    free(a);
    free(b);
    if (!ok)
        errno = errno_of(le);
    return ok;
}

bool os_rename(const char *oldpath, const char *newpath)
{
    return move(oldpath, newpath, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
}

bool os_link(const char *oldpath, const char *newpath)
{
    wchar_t *a = wide(oldpath), *b = a ? wide(newpath) : NULL;
    if (!b) {
        free(a);
        return false;
    }
    BOOL ok = CreateHardLinkW(b, a, NULL);
    DWORD le = GetLastError();
    free(a);
    free(b);
    if (!ok)
        errno = errno_of(le);
    return ok;
}

bool os_sync_parent(const char *path)
{
    (void)path; /* a folder cannot be flushed; NTFS journals its metadata */
    return true;
}

bool os_create_file(const char *path, const void *data, size_t len)
{
    char tmp[PATH_SIZE];
    if (snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, os_pid()) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return false;
    }
    if (!os_write_synced(tmp, data, len)) {
        if (!errno)
            errno = EIO;
        return false;
    }
    /* Without MOVEFILE_REPLACE_EXISTING the move fails when PATH exists. */
    if (!move(tmp, path, MOVEFILE_WRITE_THROUGH)) {
        int e = errno;
        os_unlink(tmp);
        errno = e;
        return false;
    }
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
        if (move(path, newpath, MOVEFILE_WRITE_THROUGH))
            return true;
        if (errno != EEXIST && !(errno == EACCES && os_is_folder(newpath)))
            return false;
    }
    errno = EEXIST;
    return false;
}

struct OsDir {
    HANDLE h;
    bool first, done;
    WIN32_FIND_DATAW fd;
    char name[MAX_PATH * 3 + 1];
};

OsDir *os_dir_open(const char *path)
{
    char pattern[PATH_SIZE];
    size_t n = strlen(path);
    if (snprintf(pattern, sizeof pattern, "%s%s*", path, n && is_folder_sep(path[n - 1]) ? "" : "/") >=
        (int)sizeof pattern) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    wchar_t *w = wide(pattern);
    if (!w)
        return NULL;
    OsDir *d = calloc(1, sizeof *d);
    if (!d) {
        free(w);
        errno = ENOMEM;
        return NULL;
    }
    d->h = FindFirstFileW(w, &d->fd);
    DWORD le = GetLastError();
    free(w);
    if (d->h == INVALID_HANDLE_VALUE) {
        free(d);
        /* A file where the folder should be. */
        errno =
            le == ERROR_DIRECTORY || (le == ERROR_PATH_NOT_FOUND && !os_is_folder(path) && os_stat(path, &(OsStat){0}))
                ? ENOTDIR
                : errno_of(le);
        return NULL;
    }
    d->first = true;
    return d;
}

const char *os_dir_next(OsDir *d)
{
    for (;;) {
        errno = 0;
        if (d->done)
            return NULL;
        if (!d->first && !FindNextFileW(d->h, &d->fd)) {
            DWORD le = GetLastError();
            d->done = true;
            if (le != ERROR_NO_MORE_FILES)
                errno = errno_of(le);
            return NULL;
        }
        d->first = false;
        if (wcscmp(d->fd.cFileName, L".") == 0 || wcscmp(d->fd.cFileName, L"..") == 0)
            continue;
        if (!narrow(d->fd.cFileName, d->name, sizeof d->name))
            continue;
        return d->name;
    }
}

void os_dir_close(OsDir *d)
{
    if (!d)
        return;
    FindClose(d->h);
    free(d);
}

bool os_make_temp_folder(const char *prefix, char *out, size_t size)
{
    wchar_t wtmp[MAX_PATH + 1];
    char base[PATH_SIZE];
    DWORD n = GetTempPathW(MAX_PATH + 1, wtmp);
    if (n == 0 || n > MAX_PATH)
        return fail_last();
    if (!narrow(wtmp, base, sizeof base))
        return false;
    size_t bl = strlen(base);
    while (bl > 1 && base[bl - 1] == '/')
        base[--bl] = '\0';
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int tries = 0; tries < 100; tries++) {
        unsigned char r[6];
        if (!os_random_bytes(r, sizeof r)) {
            uint64_t x = (uint64_t)os_mono_ns() ^ ((uint64_t)os_pid() << 20) ^ (uint64_t)tries;
            for (size_t i = 0; i < sizeof r; i++)
                r[i] = (unsigned char)(x >> (8 * i));
        }
        char tail[7];
        for (size_t i = 0; i < 6; i++)
            tail[i] = letters[r[i] % (sizeof letters - 1)];
        tail[6] = '\0';
        int k = snprintf(out, size, "%s/%s%s", base, prefix, tail);
        if (k < 0 || (size_t)k >= size) {
            errno = ENAMETOOLONG;
            return false;
        }
        if (os_mkdir(out, 0700))
            return true;
        if (errno != EEXIST)
            return false;
    }
    errno = EEXIST;
    return false;
}

/* ---- locks -------------------------------------------------------------- */

/* The byte the lock covers: far past the end of any file the program
 * keeps, so the lock keeps other copies of the program out and nothing
 * else (LockFileEx locks are mandatory for what they cover). */
enum { LOCK_OFFSET_HIGH = 0x40000000 };

static bool lock_folder(int fd, HANDLE h, bool wait)
{
    BY_HANDLE_FILE_INFORMATION info;
    if (!GetFileInformationByHandle(h, &info))
        return fail_last();
    if (folder_locks_used == FOLDER_LOCKS) {
        errno = ENOLCK;
        return false;
    }
    wchar_t name[64];
    swprintf(name, sizeof name / sizeof name[0], L"Local\\accountwijs-folder-%08lx-%08lx%08lx",
             (unsigned long)info.dwVolumeSerialNumber, (unsigned long)info.nFileIndexHigh,
             (unsigned long)info.nFileIndexLow);
    /* A mutex is its owner thread's again and again; flock is not, for a
     * second descriptor of one process. */
    for (int i = 0; i < folder_locks_used; i++)
        if (wcscmp(folder_locks[i].name, name) == 0) {
            errno = folder_locks[i].fd == fd ? 0 : EWOULDBLOCK;
            return folder_locks[i].fd == fd;
        }
    HANDLE m = CreateMutexW(NULL, FALSE, name);
    if (!m)
        return fail_last();
    DWORD r = WaitForSingleObject(m, wait ? INFINITE : 0);
    if (r != WAIT_OBJECT_0 && r != WAIT_ABANDONED) {
        CloseHandle(m);
        errno = EWOULDBLOCK;
        return false;
    }
    folder_locks[folder_locks_used].fd = fd;
    folder_locks[folder_locks_used].mutex = m;
    wcscpy(folder_locks[folder_locks_used].name, name);
    folder_locks_used++;
    return true;
}

bool os_lock(int fd, bool wait)
{
    HANDLE h = handle_of(fd);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(h, &info) && (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return lock_folder(fd, h, wait);
    OVERLAPPED ov = {0};
    ov.OffsetHigh = LOCK_OFFSET_HIGH;
    DWORD how = LOCKFILE_EXCLUSIVE_LOCK | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY);
    if (LockFileEx(h, how, 0, 1, 0, &ov))
        return true;
    DWORD le = GetLastError();
    errno = le == ERROR_LOCK_VIOLATION || le == ERROR_IO_PENDING ? EWOULDBLOCK : errno_of(le);
    return false;
}

/* ---- time --------------------------------------------------------------- */

/* 100 ns ticks between 1601-01-01 and 1970-01-01. */
#define EPOCH_DIFF_100NS 116444736000000000LL

int64_t os_wall_ms(void)
{
    FILETIME ft;
    GetSystemTimePreciseAsFileTime(&ft);
    int64_t t = (int64_t)(((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime);
    return (t - EPOCH_DIFF_100NS) / 10000;
}

static int64_t qpc_freq(void)
{
    static LARGE_INTEGER f;
    if (!f.QuadPart)
        QueryPerformanceFrequency(&f);
    return f.QuadPart;
}

int64_t os_mono_ns(void)
{
    LARGE_INTEGER c;
    QueryPerformanceCounter(&c);
    int64_t f = qpc_freq();
    return (c.QuadPart / f) * 1000000000 + (c.QuadPart % f) * 1000000000 / f;
}

double os_mono_ms(void)
{
    LARGE_INTEGER c;
    QueryPerformanceCounter(&c);
    return (double)c.QuadPart * 1000.0 / (double)qpc_freq();
}

static bool to_systemtime(int64_t seconds, SYSTEMTIME *st)
{
    int64_t t = seconds * 10000000 + EPOCH_DIFF_100NS;
    if (seconds < -11644473600LL || t < 0) {
        errno = EOVERFLOW;
        return false;
    }
    FILETIME ft;
    ft.dwLowDateTime = (DWORD)((uint64_t)t & 0xffffffffu);
    ft.dwHighDateTime = (DWORD)((uint64_t)t >> 32);
    return FileTimeToSystemTime(&ft, st) || fail_last();
}

static int64_t seconds_of(const SYSTEMTIME *st)
{
    FILETIME ft;
    if (!SystemTimeToFileTime(st, &ft))
        return 0;
    int64_t t = (int64_t)(((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime);
    return (t - EPOCH_DIFF_100NS) / 10000000;
}

/* Local time of SECONDS and its offset from UTC in seconds, through the
 * system's time zone rules (the C library's localtime reads TZ in
 * Windows' own, different syntax). */
static bool local_of(int64_t seconds, SYSTEMTIME *local, long *offset)
{
    SYSTEMTIME utc;
    if (!to_systemtime(seconds, &utc))
        return false;
    if (!SystemTimeToTzSpecificLocalTime(NULL, &utc, local))
        return fail_last();
    *offset = (long)(seconds_of(local) - seconds_of(&utc));
    return true;
}

bool os_local_time(int64_t seconds, struct tm *out)
{
    SYSTEMTIME lt;
    long off;
    if (!local_of(seconds, &lt, &off))
        return false;
    memset(out, 0, sizeof *out);
    out->tm_year = lt.wYear - 1900;
    out->tm_mon = lt.wMonth - 1;
    out->tm_mday = lt.wDay;
    out->tm_hour = lt.wHour;
    out->tm_min = lt.wMinute;
    out->tm_sec = lt.wSecond;
    out->tm_wday = lt.wDayOfWeek;
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int y = lt.wYear;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    out->tm_yday = before[out->tm_mon] + out->tm_mday - 1 + (leap && out->tm_mon > 1);
    TIME_ZONE_INFORMATION tz;
    DWORD r = GetTimeZoneInformation(&tz);
    out->tm_isdst = r == TIME_ZONE_ID_INVALID ? -1 : off != -(long)tz.Bias * 60;
    return true;
}

long os_utc_offset_s(int64_t ms)
{
    int64_t s = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    SYSTEMTIME lt;
    long off;
    return local_of(s, &lt, &off) ? off : 0;
}

/* ---- this process ------------------------------------------------------- */

long os_pid(void)
{
    return (long)GetCurrentProcessId();
}

bool os_random_bytes(void *buf, size_t n)
{
    unsigned char *p = buf;
    while (n > 0) {
        ULONG k = n > 0x7fffffff ? 0x7fffffff : (ULONG)n;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, p, k, BCRYPT_USE_SYSTEM_PREFERRED_RNG))) {
            errno = EIO;
            return false;
        }
        p += k;
        n -= k;
    }
    return true;
}

bool os_exe_path(char *out, size_t size)
{
    wchar_t w[PATH_SIZE];
    DWORD n = GetModuleFileNameW(NULL, w, PATH_SIZE);
    if (n == 0)
        return fail_last();
    if (n >= PATH_SIZE) {
        errno = ENAMETOOLONG;
        return false;
    }
    return narrow(w, out, size);
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
    /* Keep the '/' of a program in a drive's root ("C:/"). */
    slash[slash == out || (slash == out + 2 && out[1] == ':')] = '\0';
    return true;
}

char **os_utf8_args(int *argc, char **argv)
{
    int n = 0;
    wchar_t **w = CommandLineToArgvW(GetCommandLineW(), &n);
    if (!w || n < 1)
        return argv;
    char **out = calloc((size_t)n + 1, sizeof *out);
    for (int i = 0; out && i < n; i++) {
        int k = WideCharToMultiByte(CP_UTF8, 0, w[i], -1, NULL, 0, NULL, NULL);
        out[i] = k > 0 ? malloc((size_t)k) : NULL;
        if (!out[i]) {
            for (int j = 0; j < i; j++)
                free(out[j]);
            free(out);
            out = NULL;
            break;
        }
        WideCharToMultiByte(CP_UTF8, 0, w[i], -1, out[i], k, NULL, NULL);
    }
    LocalFree(w);
    if (!out)
        return argv;
    *argc = n;
    return out; /* kept for the whole run, as main's ARGV is */
}

const char *os_getenv(const char *name)
{
    static char value[32768];
    wchar_t *w = wide(name);
    if (!w)
        return NULL;
    static wchar_t wv[32768];
    DWORD n = GetEnvironmentVariableW(w, wv, sizeof wv / sizeof wv[0]);
    free(w);
    if (n == 0 && GetLastError() == ERROR_ENVVAR_NOT_FOUND)
        return NULL;
    if (n >= sizeof wv / sizeof wv[0])
        return NULL;
    wv[n] = L'\0';
    int k = WideCharToMultiByte(CP_UTF8, 0, wv, -1, value, (int)sizeof value, NULL, NULL);
    return k > 0 ? value : NULL;
}

bool os_user_data_dir(const char *org, const char *app, char *out, size_t size)
{
    const char *v = os_getenv("APPDATA");
    if (!v || !*v) {
        errno = ENOENT;
        return false;
    }
    char base[PATH_SIZE];
    snprintf(base, sizeof base, "%s", v);
    size_t len = strlen(base);
    for (size_t i = 0; i < len; i++)
        if (base[i] == '\\')
            base[i] = '/';
    while (len > 3 && base[len - 1] == '/')
        base[--len] = '\0';
    int n = snprintf(out, size, "%s/%s/%s", base, org, app);
    if (n < 0 || (size_t)n >= size) {
        errno = ENAMETOOLONG;
        return false;
    }
    return true;
}

double os_peak_rss_mb(void)
{
    PROCESS_MEMORY_COUNTERS pmc;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof pmc))
        return 0;
    return (double)pmc.PeakWorkingSetSize / (1024.0 * 1024.0);
}

/* The Windows build has no live class quiz yet (AW_NO_LIVE: no civetweb
 * in the MinGW build), so nothing asks for the interfaces: none listed. */
size_t os_list_ipv4(OsIface *out, size_t max, bool loopback)
{
    (void)out;
    (void)max;
    (void)loopback;
    return 0;
}

/* ---- starting a process ------------------------------------------------- */

/* The children os_spawn started: their pid and process handle. */
enum { CHILDREN = 16 };
static struct {
    long pid;
    HANDLE h;
} children[CHILDREN];

/* Appends ARG to the command line at *P (room up to END), quoted by the
 * rules CommandLineToArgvW and the C library undo. */
static bool quote_arg(wchar_t **p, wchar_t *end, const wchar_t *arg)
{
    wchar_t *o = *p;
#define PUT(c)                                                                                                         \
    do {                                                                                                               \
        if (o >= end)                                                                                                  \
            return false;                                                                                              \
        *o++ = (c);                                                                                                    \
    } while (0)
    bool plain = *arg && !wcspbrk(arg, L" \t\n\v\"");
    if (plain) {
        for (const wchar_t *a = arg; *a; a++)
            PUT(*a);
    } else {
        PUT(L'"');
        for (const wchar_t *a = arg;; a++) {
            size_t slashes = 0;
            while (*a == L'\\') {
                slashes++;
                a++;
            }
            if (!*a) {
                for (size_t i = 0; i < slashes * 2; i++)
                    PUT(L'\\');
                break;
            }
            if (*a == L'"') {
                for (size_t i = 0; i < slashes * 2 + 1; i++)
                    PUT(L'\\');
            } else {
                for (size_t i = 0; i < slashes; i++)
                    PUT(L'\\');
            }
            PUT(*a);
        }
        PUT(L'"');
    }
    PUT(L' ');
#undef PUT
    *p = o;
    return true;
}

bool os_spawn(OsProcess *p, const char *exe, char *const argv[], const char *pipe_env)
{
    p->pid = -1;
    p->pipe_fd = OS_NO_FILE;
    int slot = 0;
    while (slot < CHILDREN && children[slot].h)
        slot++;
    if (slot == CHILDREN) {
        errno = EAGAIN;
        return false;
    }
    enum { CMD = 32768 };
    wchar_t *cmd = malloc(CMD * sizeof *cmd), *wexe = wide(exe);
    if (!cmd || !wexe) {
        free(cmd);
        free(wexe);
        errno = ENOMEM;
        return false;
    }
    wchar_t *o = cmd, *end = cmd + CMD - 1;
    for (size_t i = 0; argv[i]; i++) {
        wchar_t *a = wide(argv[i]);
        bool ok = a && quote_arg(&o, end, a);
        free(a);
        if (!ok) {
            free(cmd);
            free(wexe);
            errno = E2BIG;
            return false;
        }
    }
    if (o > cmd)
        o--; /* the last space */
    *o = L'\0';

    /* The pipe goes to the child as its C library descriptor 3: msvcrt
     * rebuilds its descriptors from lpReserved2 at startup. */
    HANDLE rd = NULL, wr = NULL;
    unsigned char crt[sizeof(int) + 4 + 4 * sizeof(HANDLE)];
    STARTUPINFOW si = {0};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    char fdenv[16];
    wchar_t *wname = NULL, *wold = NULL;
    if (pipe_env) {
        SECURITY_ATTRIBUTES sa = {sizeof sa, NULL, TRUE};
        if (!CreatePipe(&rd, &wr, &sa, 0)) {
            free(cmd);
            free(wexe);
            return fail_last();
        }
        SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
        int count = 4;
        memcpy(crt, &count, sizeof count);
        unsigned char flags[4] = {0, 0, 0, FOPEN | FPIPE};
        memcpy(crt + sizeof count, flags, 4);
        HANDLE hs[4] = {INVALID_HANDLE_VALUE, INVALID_HANDLE_VALUE, INVALID_HANDLE_VALUE, wr};
        memcpy(crt + sizeof count + 4, hs, sizeof hs);
        si.cbReserved2 = (WORD)sizeof crt;
        si.lpReserved2 = crt;
        snprintf(fdenv, sizeof fdenv, "3");
        /* The child inherits this process's environment with PIPE_ENV set. */
        wname = wide(pipe_env);
        wchar_t *wval = wide(fdenv);
        if (wname) {
            DWORD n = GetEnvironmentVariableW(wname, NULL, 0);
            if (n) {
                wold = malloc(n * sizeof *wold);
                if (wold)
                    GetEnvironmentVariableW(wname, wold, n);
            }
            SetEnvironmentVariableW(wname, wval);
        }
        free(wval);
    }
    PROCESS_INFORMATION pi;
    BOOL ok = CreateProcessW(wexe, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    DWORD le = GetLastError();
    if (wname) {
        SetEnvironmentVariableW(wname, wold);
        free(wname);
        free(wold);
    }
    free(cmd);
    free(wexe);
    if (wr)
        CloseHandle(wr);
    if (!ok) {
        if (rd)
            CloseHandle(rd);
        errno = errno_of(le);
        return false;
    }
    CloseHandle(pi.hThread);
    children[slot].pid = (long)pi.dwProcessId;
    children[slot].h = pi.hProcess;
    p->pid = (long)pi.dwProcessId;
    if (rd) {
        p->pipe_fd = _open_osfhandle((intptr_t)rd, _O_RDONLY | _O_BINARY | _O_NOINHERIT);
        if (p->pipe_fd < 0)
            CloseHandle(rd);
    }
    return true;
}

bool os_wait(OsProcess *p, double *peak_rss_mb)
{
    if (p->pipe_fd >= 0)
        _close(p->pipe_fd);
    p->pipe_fd = OS_NO_FILE;
    if (peak_rss_mb)
        *peak_rss_mb = 0;
    int slot = 0;
    while (slot < CHILDREN && !(children[slot].h && children[slot].pid == p->pid))
        slot++;
    if (p->pid <= 0 || slot == CHILDREN) {
        errno = ECHILD;
        return false;
    }
    HANDLE h = children[slot].h;
    children[slot].h = NULL;
    p->pid = -1;
    DWORD code = 1;
    bool ok = WaitForSingleObject(h, INFINITE) == WAIT_OBJECT_0 && GetExitCodeProcess(h, &code);
    PROCESS_MEMORY_COUNTERS pmc;
    if (ok && peak_rss_mb && GetProcessMemoryInfo(h, &pmc, sizeof pmc))
        *peak_rss_mb = (double)pmc.PeakWorkingSetSize / (1024.0 * 1024.0);
    CloseHandle(h);
    return ok && code == 0;
}

/* ---- start-up ----------------------------------------------------------- */

/* Runs before main. Every file the C library opens is binary (no "\r\n"
 * for "\n", no ^Z as the end), stdout and stderr too, so `check --json`
 * prints the same bytes as on Linux. A GUI program started from a console
 * has no standard handles: it attaches to its parent's console so that
 * `check`, `export` and `bench` still print there. */
__attribute__((constructor)) static void os_win32_start(void)
{
    _fmode = _O_BINARY;
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == NULL || out == INVALID_HANDLE_VALUE) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!freopen("CONOUT$", "w", stdout))
            (void)0;
        if (!freopen("CONOUT$", "w", stderr))
            (void)0;
    }
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    _setmode(_fileno(stdin), _O_BINARY);
}
