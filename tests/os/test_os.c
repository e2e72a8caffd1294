/* test_os.c - the contract of os.h, checked against the system it runs on:
 * a replaced file holds the old or the new bytes and never a mix, mkdir -p,
 * a lock refused to a second holder, a regular-file open that refuses a
 * FIFO, a folder and (when asked) a link without hanging, creating and
 * moving aside that never replace, temporary folders, random bytes, the
 * local day that follows the time zone, and a started process that
 * reports through its pipe. The test program is its own child process
 * (--child). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#ifndef _WIN32
#include <sys/wait.h>
#endif
#include <time.h>
#include <unistd.h>

#include "os.h"

static char dir[512];

static void path_in(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s/%s", dir, name);
}

static void remove_tree(const char *path)
{
    OsStat st;
    if (!os_lstat(path, &st))
        return;
    if (st.type == OS_TYPE_FOLDER) {
        OsDir *d = os_dir_open(path);
        const char *name;
        char sub[1024];
        while (d && (name = os_dir_next(d)) != NULL) {
            snprintf(sub, sizeof sub, "%s/%s", path, name);
            remove_tree(sub);
        }
        os_dir_close(d);
        os_rmdir(path);
    } else {
        os_unlink(path);
    }
}

static int setup(void **state)
{
    (void)state;
    return os_make_temp_folder("aw-os-", dir, sizeof dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    remove_tree(dir);
    return 0;
}

static void write_text(const char *path, const char *text)
{
    int fd = os_open(path, OS_WRITE | OS_CREATE | OS_TRUNC, 0600);
    assert_true(fd >= 0);
    assert_true(os_write_all(fd, text, strlen(text)));
    assert_true(os_close(fd));
}

static void assert_file_is(const char *path, const char *text)
{
    char *data = NULL;
    size_t len = 0;
    assert_true(os_read_file(path, 1 << 20, &data, &len));
    assert_int_equal(len, strlen(text));
    assert_memory_equal(data, text, len);
    free(data);
}

/* ---- atomic replace ----------------------------------------------------- */

enum { BIG = 256 * 1024 };

/* A file of BIG bytes, all C. */
static void fill(char *buf, char c)
{
    memset(buf, c, BIG);
}

static void a_replaced_file_holds_the_old_or_the_new_bytes_never_a_mix(void **state)
{
    (void)state;
    char path[600];
    path_in(path, sizeof path, "replaced.bin");
    char *a = malloc(BIG), *b = malloc(BIG);
    assert_non_null(a);
    assert_non_null(b);
    fill(a, 'a');
    fill(b, 'b');
    assert_true(os_replace_file(path, a, BIG));
#ifdef _WIN32
    /* No fork: a child process (this program, --child replace) replaces
     * the file 300 times while this one reads it; every replace must
     * succeed although a reader holds the file open now and then. */
    char exe[4096];
    assert_true(os_exe_path(exe, sizeof exe));
    char *argv[] = {exe, "--child", "replace", path, NULL};
    OsProcess p;
    assert_true(os_spawn(&p, exe, argv, NULL));
    int mixed = 0;
    for (int round = 0; round < 200; round++) {
        char *data = NULL;
        size_t len = 0;
        if (os_read_file(path, 2 * BIG, &data, &len) &&
            (len != BIG || (memcmp(data, a, BIG) != 0 && memcmp(data, b, BIG) != 0)))
            mixed++;
        free(data);
        /* A file that is open cannot be replaced on Windows (os_rename
         * tries again for a while): leave the writer room. */
        struct timespec pause = {0, 2000000};
        nanosleep(&pause, NULL);
    }
    assert_true(os_wait(&p, NULL));
    assert_int_equal(mixed, 0);
#else
    /* A child replaces the file over and over; the parent reads it meanwhile
     * and finally kills the child mid-way. Every read, and the file after
     * the kill, is all a's or all b's. */
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        for (unsigned i = 0;; i++)
            if (!os_replace_file(path, (i & 1) ? a : b, BIG))
                _exit(1);
    }
    int mixed = 0; /* reads that were neither: counted, so the child is killed before any assert */
    for (int round = 0; round < 200; round++) {
        char *data = NULL;
        size_t len = 0;
        if (!os_read_file(path, 2 * BIG, &data, &len) || len != BIG ||
            (memcmp(data, a, BIG) != 0 && memcmp(data, b, BIG) != 0))
            mixed++;
        free(data);
    }
    kill(pid, SIGKILL);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(mixed, 0);
#endif
    char *data = NULL;
    size_t len = 0;
    assert_true(os_read_file(path, 2 * BIG, &data, &len));
    assert_int_equal(len, BIG);
    assert_true(memcmp(data, a, BIG) == 0 || memcmp(data, b, BIG) == 0);
    free(data);
    free(a);
    free(b);
}

static void a_replace_that_fails_leaves_the_old_bytes(void **state)
{
    (void)state;
    char path[600], tmp[600];
    path_in(path, sizeof path, "kept.txt");
    path_in(tmp, sizeof tmp, "kept.txt.tmp");
    assert_true(os_replace_file(path, "old", 3));
    /* The temporary name is taken by a folder: the write cannot start. */
    assert_true(os_mkdir(tmp, 0700));
    assert_false(os_replace_file(path, "new", 3));
    assert_int_not_equal(errno, 0);
    assert_file_is(path, "old");
    assert_true(os_rmdir(tmp));
    assert_true(os_replace_file(path, "new", 3));
    assert_file_is(path, "new");
    OsStat st;
    assert_false(os_lstat(tmp, &st)); /* no temporary file left behind */
}

static void creating_a_file_never_replaces_one(void **state)
{
    (void)state;
    char path[600];
    path_in(path, sizeof path, "new.txt");
    assert_true(os_create_file(path, "first", 5));
    errno = 0;
    assert_false(os_create_file(path, "second", 6));
    assert_int_equal(errno, EEXIST);
    assert_file_is(path, "first");
}

static void moving_aside_never_replaces_an_earlier_one(void **state)
{
    (void)state;
    char path[600], moved[700], moved2[700];
    path_in(path, sizeof path, "log.jsonl");
    write_text(path, "one");
    assert_true(os_move_aside(path, ".corrupt", moved, sizeof moved));
    write_text(path, "two");
    assert_true(os_move_aside(path, ".corrupt", moved2, sizeof moved2));
    assert_string_not_equal(moved, moved2);
    assert_file_is(moved, "one");
    assert_file_is(moved2, "two");
    OsStat st;
    assert_false(os_stat(path, &st));
    assert_int_equal(errno, ENOENT);
}

/* ---- folders ------------------------------------------------------------ */

static void mkdirs_makes_every_missing_parent_with_its_mode(void **state)
{
    (void)state;
    char path[600], failed[600];
    path_in(path, sizeof path, "a/b/c");
    assert_true(os_mkdirs(path, 0700, failed, sizeof failed));
    assert_true(os_is_folder(path));
#ifndef _WIN32 /* a Windows folder takes its parent's permissions */
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
#endif
    assert_true(os_mkdirs(path, 0700, NULL, 0)); /* there already: fine */

    /* A file in the way: false, and the folder that could not be made. */
    char file[600], under[600];
    path_in(file, sizeof file, "a/file");
    write_text(file, "x");
    path_in(under, sizeof under, "a/file/d/e");
    assert_false(os_mkdirs(under, 0700, failed, sizeof failed));
    assert_int_equal(errno, ENOTDIR);
    assert_non_null(strstr(failed, "a/file/d"));
    assert_false(os_mkdirs(file, 0700, failed, sizeof failed));
    assert_int_equal(errno, ENOTDIR);
    assert_string_equal(failed, "");
}

static void a_folder_lists_its_names_without_dot_and_dot_dot(void **state)
{
    (void)state;
    char sub[600], p[700];
    path_in(sub, sizeof sub, "list");
    assert_true(os_mkdir(sub, 0700));
    snprintf(p, sizeof p, "%s/x", sub);
    write_text(p, "1");
    snprintf(p, sizeof p, "%s/y", sub);
    assert_true(os_mkdir(p, 0700));
    OsDir *d = os_dir_open(sub);
    assert_non_null(d);
    int seen_x = 0, seen_y = 0, other = 0;
    const char *name;
    while ((name = os_dir_next(d)) != NULL) {
        if (strcmp(name, "x") == 0)
            seen_x++;
        else if (strcmp(name, "y") == 0)
            seen_y++;
        else
            other++;
    }
    os_dir_close(d);
    assert_int_equal(seen_x, 1);
    assert_int_equal(seen_y, 1);
    assert_int_equal(other, 0);
    path_in(p, sizeof p, "missing");
    assert_null(os_dir_open(p));
    assert_int_equal(errno, ENOENT);
}

static void temporary_folders_are_new_and_distinct(void **state)
{
    (void)state;
    char a[600], b[600];
    assert_true(os_make_temp_folder("aw-os-t-", a, sizeof a));
    assert_true(os_make_temp_folder("aw-os-t-", b, sizeof b));
    assert_string_not_equal(a, b);
    assert_non_null(strstr(a, "aw-os-t-"));
    assert_true(os_is_folder(a));
    assert_true(os_is_folder(b));
    OsDir *d = os_dir_open(a);
    assert_non_null(d);
    assert_null(os_dir_next(d));
    os_dir_close(d);
    assert_true(os_rmdir(a));
    assert_true(os_rmdir(b));
}

/* ---- regular files only ------------------------------------------------- */

static void a_regular_file_open_refuses_a_fifo_a_folder_and_when_asked_a_link(void **state)
{
    (void)state;
    char file[600], fifo[600], link[600], sub[600];
    path_in(file, sizeof file, "plain.txt");
    path_in(fifo, sizeof fifo, "pipe");
    path_in(link, sizeof link, "link.txt");
    path_in(sub, sizeof sub, "folder");
    write_text(file, "hello");
#ifdef _WIN32
    /* No FIFOs, and symbolic links need an administrator: the device NUL
     * stands in for what is not a regular file. */
    snprintf(fifo, sizeof fifo, "NUL");
    (void)link;
#else
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(symlink(file, link), 0);
#endif
    assert_true(os_mkdir(sub, 0700));

    int fd = os_open_regular(file, 0);
    assert_true(fd >= 0);
    char buf[8];
    assert_int_equal(os_read_full(fd, buf, sizeof buf), 5);
    assert_memory_equal(buf, "hello", 5);
    assert_true(os_close(fd));

    /* No writer on the FIFO: a blocking open would hang here. */
    assert_int_equal(os_open_regular(fifo, 0), -1);
    assert_int_equal(errno, EINVAL);
    assert_null(os_fopen_regular(fifo));
    assert_int_equal(errno, EINVAL);
    char *data = NULL;
    size_t len;
    assert_false(os_read_file(fifo, 100, &data, &len));
    assert_int_equal(errno, EINVAL);

    assert_int_equal(os_open_regular(sub, 0), -1);
    assert_int_equal(errno, EISDIR);
#ifdef _WIN32
    return;
#endif

    fd = os_open_regular(link, 0); /* followed unless asked */
    assert_true(fd >= 0);
    os_close(fd);
    assert_int_equal(os_open_regular(link, OS_NOFOLLOW), -1);
    assert_int_equal(errno, ELOOP);
    assert_int_equal(os_open(link, OS_READ | OS_NOFOLLOW, 0), -1);
    assert_int_equal(errno, ELOOP);

    OsStat st;
    assert_true(os_lstat(link, &st));
    assert_int_equal(st.type, OS_TYPE_LINK);
    assert_true(os_stat(link, &st));
    assert_int_equal(st.type, OS_TYPE_FILE);
    assert_int_equal(st.size, 5);
    OsStat f;
    assert_true(os_stat(file, &f));
    assert_true(os_same_file(&st, &f));
}

static void a_file_past_the_limit_is_not_read(void **state)
{
    (void)state;
    char path[600];
    path_in(path, sizeof path, "big.txt");
    write_text(path, "0123456789");
    char *data = NULL;
    size_t len;
    assert_false(os_read_file(path, 9, &data, &len));
    assert_int_equal(errno, EFBIG);
    assert_true(os_read_file(path, 10, &data, &len));
    assert_int_equal(len, 10);
    assert_int_equal(data[10], '\0');
    free(data);
}

/* ---- locks -------------------------------------------------------------- */

static void a_lock_is_refused_to_a_second_holder_until_the_first_closes(void **state)
{
    (void)state;
    char path[600];
    path_in(path, sizeof path, "locked.jsonl");
    write_text(path, "x");
    int one = os_open(path, OS_RDWR | OS_APPEND, 0);
    int two = os_open(path, OS_RDWR | OS_APPEND, 0);
    assert_true(one >= 0 && two >= 0);
    assert_true(os_lock(one, false));
    errno = 0;
    assert_false(os_lock(two, false));
    assert_int_equal(errno, EWOULDBLOCK);
    os_close(one); /* releases it */
    assert_true(os_lock(two, false));
    os_close(two);

    /* A folder can be locked too (the profiles' names). */
    int f1 = os_open(dir, OS_READ | OS_FOLDER | OS_NOFOLLOW, 0);
    int f2 = os_open(dir, OS_READ | OS_FOLDER | OS_NOFOLLOW, 0);
    assert_true(f1 >= 0 && f2 >= 0);
    assert_true(os_lock(f1, true));
    assert_false(os_lock(f2, false));
    os_close(f1);
    assert_true(os_lock(f2, true));
    os_close(f2);
    assert_int_equal(os_open(path, OS_READ | OS_FOLDER, 0), -1);
    assert_int_equal(errno, ENOTDIR);
}

/* ---- files: append, pread, truncate ------------------------------------- */

static void append_pread_and_truncate_work_on_one_descriptor(void **state)
{
    (void)state;
    char path[600];
    path_in(path, sizeof path, "append.jsonl");
    int fd = os_open(path, OS_RDWR | OS_CREATE | OS_APPEND, 0600);
    assert_true(fd >= 0);
    assert_true(os_write_all(fd, "abc\n", 4));
    assert_true(os_write_all(fd, "def\n", 4));
    assert_true(os_fsync(fd));
    char c = 0;
    assert_int_equal(os_pread(fd, &c, 1, 4), 1);
    assert_int_equal(c, 'd');
    assert_true(os_truncate(fd, 4));
    OsStat st;
    assert_true(os_fstat(fd, &st));
    assert_int_equal(st.size, 4);
    assert_int_equal(st.type, OS_TYPE_FILE);
    assert_true(os_write_all(fd, "x\n", 2)); /* appends at the new end */
    assert_true(os_close(fd));
    assert_file_is(path, "abc\nx\n");
    errno = 0;
    assert_int_equal(os_open(path, OS_WRITE | OS_CREATE | OS_EXCLUSIVE, 0600), -1);
    assert_int_equal(errno, EEXIST);
}

/* ---- random, time ------------------------------------------------------- */

static void random_bytes_differ_from_draw_to_draw(void **state)
{
    (void)state;
    unsigned char a[16] = {0}, b[16] = {0}, zero[16] = {0};
    assert_true(os_random_bytes(a, sizeof a));
    assert_true(os_random_bytes(b, sizeof b));
    assert_memory_not_equal(a, b, sizeof a);
    assert_memory_not_equal(a, zero, sizeof a);
}

static void the_interface_list_keeps_loopback_out_unless_asked(void **state)
{
    (void)state;
    OsIface all[32], out[32];
    size_t na = os_list_ipv4(all, 32, true), no = os_list_ipv4(out, 32, false);
#ifdef _WIN32
    assert_int_equal(na, 0); /* no live mode on Windows yet */
    (void)no;
#else
    bool lo = false;
    for (size_t i = 0; i < na; i++)
        if (all[i].loopback && strcmp(all[i].addr, "127.0.0.1") == 0)
            lo = true;
    if (!lo) /* a network namespace without lo up has no interfaces at all */
        assert_int_equal(na, 0);
    for (size_t i = 0; i < no; i++) {
        assert_false(out[i].loopback);
        assert_true(out[i].name[0] != '\0');
        assert_true(strchr(out[i].addr, '.') != NULL);
    }
    assert_int_equal(no + (lo ? 1 : 0) <= na, true);
    assert_int_equal(os_list_ipv4(all, 0, true), 0);
#endif
}

static void the_clocks_move_forward(void **state)
{
    (void)state;
    int64_t w = os_wall_ms();
    assert_true(w > INT64_C(1700000000000)); /* after November 2023 */
    int64_t n0 = os_mono_ns();
    double m0 = os_mono_ms();
    struct timespec pause = {0, 2000000};
    nanosleep(&pause, NULL);
    assert_true(os_mono_ns() - n0 >= 2000000);
    assert_true(os_mono_ms() - m0 >= 2.0);
    assert_true(os_wall_ms() >= w);
}

static void set_tz(const char *tz)
{
    setenv("TZ", tz, 1);
    tzset();
}

static void the_local_day_boundary_follows_the_time_zone(void **state)
{
    (void)state;
#ifdef _WIN32
    skip(); /* Windows takes the time zone from its settings, not from TZ */
#endif
    /* Central European time without the tz database: +1, +2 in summer
     * (from the last Sunday of March to the last Sunday of October). */
    set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
    const int64_t winter = INT64_C(1772407800000); /* 2026-03-01T23:30:00Z */
    const int64_t summer = INT64_C(1782948600000); /* 2026-07-01T23:30:00Z */
    assert_int_equal(os_utc_offset_min(winter), 60);
    assert_int_equal(os_utc_offset_min(summer), 120);
    struct tm lt;
    assert_true(os_local_time(winter / 1000, &lt));
    assert_int_equal(lt.tm_mday, 2); /* already 2 March at 00:30 in Amsterdam */
    assert_int_equal(lt.tm_mon, 2);
    assert_int_equal(lt.tm_hour, 0);

    set_tz("UTC0");
    assert_int_equal(os_utc_offset_min(winter), 0);
    assert_true(os_local_time(winter / 1000, &lt));
    assert_int_equal(lt.tm_mday, 1); /* still 1 March at 23:30 */
    assert_int_equal(lt.tm_hour, 23);

    set_tz("EST5EDT,M3.2.0,M11.1.0");
    assert_int_equal(os_utc_offset_min(winter), -300);
    assert_int_equal(os_utc_offset_min(summer), -240);
    /* Before 1970 the instant's own second counts. */
    set_tz("CET-1");
    assert_int_equal(os_utc_offset_min(-1), 60);
    unsetenv("TZ");
    tzset();
}

/* ---- this process and a child ------------------------------------------- */

static void the_program_finds_itself(void **state)
{
    (void)state;
    char exe[4096], folder[4096];
    assert_true(os_exe_path(exe, sizeof exe));
    assert_true(os_exe_folder(folder, sizeof folder));
    assert_non_null(strstr(exe, "test_os"));
    assert_true(strncmp(exe, folder, strlen(folder)) == 0);
    assert_int_equal(exe[strlen(folder)], '/');
    assert_true(os_is_folder(folder));
    char tiny[4];
    assert_false(os_exe_path(tiny, sizeof tiny));
    assert_int_equal(errno, ENAMETOOLONG);
    assert_true(os_pid() > 0);
    assert_true(os_peak_rss_mb() > 0);
}

static void the_user_data_folder_follows_xdg_then_home_and_the_environment_is_read(void **state)
{
    (void)state;
    char out[256];
#ifdef _WIN32
    /* Windows: %APPDATA%, in UTF-8 with '/' (a user name with an accent). */
    setenv("APPDATA", "C:\\Users\\Zoë\\AppData\\Roaming\\", 1);
    assert_string_equal(os_getenv("APPDATA"), "C:\\Users\\Zoë\\AppData\\Roaming\\");
    assert_true(os_user_data_dir("org", "app", out, sizeof out));
    assert_string_equal(out, "C:/Users/Zoë/AppData/Roaming/org/app");
    errno = 0;
    assert_false(os_user_data_dir("org", "app", out, 12));
    assert_int_equal(errno, ENAMETOOLONG);
    unsetenv("APPDATA");
    assert_null(os_getenv("APPDATA"));
    errno = 0;
    assert_false(os_user_data_dir("org", "app", out, sizeof out));
    assert_int_equal(errno, ENOENT);
    return;
#endif
    setenv("XDG_DATA_HOME", "/x/data/", 1);
    setenv("HOME", "/home/a", 1);
    assert_string_equal(os_getenv("HOME"), "/home/a");
    assert_true(os_user_data_dir("org", "app", out, sizeof out));
    assert_string_equal(out, "/x/data/org/app");
    setenv("XDG_DATA_HOME", "", 1);
    assert_true(os_user_data_dir("org", "app", out, sizeof out));
    assert_string_equal(out, "/home/a/.local/share/org/app");
    errno = 0;
    assert_false(os_user_data_dir("org", "app", out, 12));
    assert_int_equal(errno, ENAMETOOLONG);
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    assert_null(os_getenv("HOME"));
    errno = 0;
    assert_false(os_user_data_dir("org", "app", out, sizeof out));
    assert_int_equal(errno, ENOENT);
}

static void fopen_writes_bytes_as_given_and_refuses_a_missing_folder(void **state)
{
    (void)state;
    char path[4096];
    path_in(path, sizeof path, "f.txt");
    FILE *f = os_fopen(path, "wb");
    assert_non_null(f);
    fputs("a\r\nb\n", f);
    assert_int_equal(fclose(f), 0);
    assert_file_is(path, "a\r\nb\n");
    path_in(path, sizeof path, "no-such-folder/f.txt");
    errno = 0;
    assert_null(os_fopen(path, "wb"));
    assert_int_equal(errno, ENOENT);
}

static void fopen_with_x_never_truncates_an_existing_file(void **state)
{
    (void)state;
    char path[4096];
    path_in(path, sizeof path, "kept.txt");
    write_text(path, "keep me");
    errno = 0;
    assert_null(os_fopen(path, "wbx"));
    assert_int_equal(errno, EEXIST);
    assert_file_is(path, "keep me");
    path_in(path, sizeof path, "fresh.txt");
    FILE *f = os_fopen(path, "wbx");
    assert_non_null(f);
    fputs("new\n", f);
    assert_int_equal(fclose(f), 0);
    assert_file_is(path, "new\n");
}

static void names_with_accents_survive_every_call(void **state)
{
    (void)state;
    char sub[600], file[700], moved[800];
    path_in(sub, sizeof sub, "Zo\xc3\xab/\xc3\x9f");
    assert_true(os_mkdirs(sub, 0700, NULL, 0));
    snprintf(file, sizeof file, "%s/\xc3\xa9\xc3\xa9n.txt", sub);
    assert_true(os_replace_file(file, "een", 3));
    assert_file_is(file, "een");
    OsDir *d = os_dir_open(sub);
    assert_non_null(d);
    const char *name = os_dir_next(d);
    assert_non_null(name);
    assert_string_equal(name, "\xc3\xa9\xc3\xa9n.txt");
    assert_null(os_dir_next(d));
    os_dir_close(d);
    assert_true(os_move_aside(file, ".bad", moved, sizeof moved));
    assert_file_is(moved, "een");
}

static void an_open_file_can_be_moved_aside_and_on_linux_replaced(void **state)
{
    (void)state;
    char path[600], moved[700];
    path_in(path, sizeof path, "open.jsonl");
    write_text(path, "old");
    int fd = os_open(path, OS_RDWR | OS_APPEND, 0);
    assert_true(fd >= 0);
    assert_true(os_lock(fd, false));
    /* Another handle reads the locked file: the lock keeps writers out,
     * not readers. */
    assert_file_is(path, "old");
    /* Moved aside while open (a damaged log): the descriptor still writes
     * to it under its new name. */
    assert_true(os_move_aside(path, ".corrupt", moved, sizeof moved));
    assert_true(os_write_all(fd, "!", 1));
    assert_true(os_close(fd));
    assert_file_is(moved, "old!");
#ifndef _WIN32 /* Windows cannot replace a file that is open */
    write_text(path, "old");
    fd = os_open(path, OS_READ, 0);
    assert_true(fd >= 0);
    assert_true(os_replace_file(path, "new", 3));
    assert_file_is(path, "new");
    assert_true(os_close(fd));
#endif
}

#ifdef _WIN32
static void backslashes_and_drive_letters_separate_folders(void **state)
{
    (void)state;
    char path[600], back[600], failed[600];
    path_in(path, sizeof path, "w/x/y");
    snprintf(back, sizeof back, "%s", path);
    for (char *c = back; *c; c++)
        if (*c == '/')
            *c = '\\';
    assert_true(back[1] == ':'); /* the temporary folder is on a drive */
    assert_true(os_mkdirs(back, 0700, failed, sizeof failed));
    assert_true(os_is_folder(path));
    char exe[4096];
    assert_true(os_exe_folder(exe, sizeof exe));
    assert_null(strchr(exe, '\\'));
    assert_true(exe[1] == ':');
}
#endif

static void a_started_process_reports_through_its_pipe_and_its_exit(void **state)
{
    (void)state;
    char exe[4096];
    assert_true(os_exe_path(exe, sizeof exe));
    char *ok_argv[] = {exe, "--child", "ok", NULL};
    OsProcess p;
    assert_true(os_spawn(&p, exe, ok_argv, "AW_TEST_REPORT_FD"));
    char buf[64] = "";
    ptrdiff_t n = os_read_full(p.pipe_fd, buf, sizeof buf - 1);
    assert_true(n > 0);
    buf[n] = '\0';
    double rss = -1;
    assert_true(os_wait(&p, &rss));
    assert_string_equal(buf, "child ok");
#ifdef _WIN32
    assert_true(rss >= 0); /* Wine keeps no memory counters for a process that ended */
#else
    assert_true(rss > 0);
#endif
    assert_int_equal(p.pipe_fd, OS_NO_FILE);

    char *fail_argv[] = {exe, "--child", "fail", NULL};
    assert_true(os_spawn(&p, exe, fail_argv, NULL));
    assert_int_equal(p.pipe_fd, OS_NO_FILE);
    assert_false(os_wait(&p, NULL));

    char missing[600];
    path_in(missing, sizeof missing, "no-such-program");
    /* A program that cannot start fails at the start or, where the system
     * only finds out in the child (valgrind's emulation), at the wait. */
    bool started = os_spawn(&p, missing, fail_argv, NULL);
    if (!started)
        assert_int_equal(errno, ENOENT);
    else
        assert_false(os_wait(&p, NULL));
}

/* The child: write "child ok" to the report pipe, or fail on purpose. */
static int child(const char *what)
{
    if (strcmp(what, "ok") != 0)
        return 3;
    const char *fd = getenv("AW_TEST_REPORT_FD");
    return fd && os_write_all(atoi(fd), "child ok", 8) ? 0 : 2;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--child") == 0 && strcmp(argv[2], "replace") == 0) {
        static char a[BIG], b[BIG];
        fill(a, 'a');
        fill(b, 'b');
        for (int i = 0; i < 300; i++)
            if (!os_replace_file(argv[3], (i & 1) ? a : b, BIG))
                return 1;
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--child") == 0)
        return child(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_replaced_file_holds_the_old_or_the_new_bytes_never_a_mix),
        cmocka_unit_test(a_replace_that_fails_leaves_the_old_bytes),
        cmocka_unit_test(creating_a_file_never_replaces_one),
        cmocka_unit_test(moving_aside_never_replaces_an_earlier_one),
        cmocka_unit_test(mkdirs_makes_every_missing_parent_with_its_mode),
        cmocka_unit_test(a_folder_lists_its_names_without_dot_and_dot_dot),
        cmocka_unit_test(temporary_folders_are_new_and_distinct),
        cmocka_unit_test(a_regular_file_open_refuses_a_fifo_a_folder_and_when_asked_a_link),
        cmocka_unit_test(a_file_past_the_limit_is_not_read),
        cmocka_unit_test(a_lock_is_refused_to_a_second_holder_until_the_first_closes),
        cmocka_unit_test(append_pread_and_truncate_work_on_one_descriptor),
        cmocka_unit_test(random_bytes_differ_from_draw_to_draw),
        cmocka_unit_test(the_clocks_move_forward),
        cmocka_unit_test(the_local_day_boundary_follows_the_time_zone),
        cmocka_unit_test(the_program_finds_itself),
        cmocka_unit_test(the_interface_list_keeps_loopback_out_unless_asked),
        cmocka_unit_test(the_user_data_folder_follows_xdg_then_home_and_the_environment_is_read),
        cmocka_unit_test(fopen_writes_bytes_as_given_and_refuses_a_missing_folder),
        cmocka_unit_test(fopen_with_x_never_truncates_an_existing_file),
        cmocka_unit_test(names_with_accents_survive_every_call),
        cmocka_unit_test(an_open_file_can_be_moved_aside_and_on_linux_replaced),
#ifdef _WIN32
        cmocka_unit_test(backslashes_and_drive_letters_separate_folders),
#endif
        cmocka_unit_test(a_started_process_reports_through_its_pipe_and_its_exit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
