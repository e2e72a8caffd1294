/* test_course_files.c - the loader against a hostile file system: a FIFO
 * where a lesson file or course.json should be, folder links that loop, and
 * files built to make error reporting slow. Each case would hang, repeat or
 * crawl in an unguarded loader; an alarm turns a hang into a failure. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "course.h"
#include "os.h"

static char tmp[256];

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "test_course_files: the loader hung (no answer in time)\n";
    if (write(2, msg, sizeof msg - 1) < 0) { /* nothing more to do */
    }
    _exit(1);
}

/* Removes PATH and everything in it, through the OS module (no shell). */
static bool remove_tree(const char *path)
{
    OsStat st;
    if (!os_lstat(path, &st))
        return true;
    if (st.type != OS_TYPE_FOLDER)
        return os_unlink(path);
    bool ok = true;
    OsDir *d = os_dir_open(path);
    const char *name;
    while (d && (name = os_dir_next(d)) != NULL) {
        char sub[600];
        snprintf(sub, sizeof sub, "%s/%s", path, name);
        ok = remove_tree(sub) && ok;
    }
    os_dir_close(d);
    return os_rmdir(path) && ok;
}

static int setup(void **state)
{
    (void)state;
    const char *t = getenv("TMPDIR");
    snprintf(tmp, sizeof tmp, "%s/aw-lesson-files-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmp))
        return -1;
    signal(SIGALRM, on_alarm);
    alarm(10);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    alarm(0);
    return remove_tree(tmp) ? 0 : -1;
}

static void copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        assert_int_equal(fwrite(buf, 1, n, out), n);
    fclose(in);
    assert_int_equal(fclose(out), 0);
}

static bool has_message(const Diag *d, const char *part)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(diag_text(&d->messages[i]), part))
            return true;
    return false;
}

static void check_fifo_is_refused_at_once(void **state)
{
#ifdef _WIN32
    skip(); /* Windows has no FIFOs */
#endif
    (void)state;
    char path[400];
    snprintf(path, sizeof path, "%s/les.json", tmp);
    assert_int_equal(mkfifo(path, 0600), 0);
    const char *paths[] = {path};
    Diag d;
    diag_init(&d);
    Course *c = course_load_paths(paths, 1, &d);
    assert_null(c);
    assert_true(has_message(&d, "not a regular file"));
    diag_free(&d);
}

static void a_fifo_in_a_loose_folder_is_refused_at_once(void **state)
{
#ifdef _WIN32
    skip(); /* Windows has no FIFOs */
#endif
    (void)state;
    char path[400];
    snprintf(path, sizeof path, "%s/les.json", tmp);
    assert_int_equal(mkfifo(path, 0600), 0);
    const char *paths[] = {tmp};
    Diag d;
    diag_init(&d);
    assert_null(course_load_paths(paths, 1, &d));
    assert_true(has_message(&d, "les.json: not a regular file"));
    diag_free(&d);
}

static void a_fifo_as_course_json_is_refused_at_once(void **state)
{
#ifdef _WIN32
    skip(); /* Windows has no FIFOs */
#endif
    (void)state;
    char path[400];
    snprintf(path, sizeof path, "%s/course.json", tmp);
    assert_int_equal(mkfifo(path, 0600), 0);
    Diag d;
    diag_init(&d);
    assert_null(course_load(tmp, &d));
    assert_true(has_message(&d, "course.json: not a regular file"));
    diag_free(&d);
}

/* Six links, each to the top folder, inside it and inside one another:
 * every folder and file is read once, whatever the links. */
static void folder_links_that_loop_load_each_file_once(void **state)
{
#ifdef _WIN32
    skip(); /* symbolic links need an administrator (or developer mode) on Windows */
#endif
    (void)state;
    char path[400], link[400];
    snprintf(path, sizeof path, "%s/a.json", tmp);
    copy_file(AW_TEST_DATA "/good/minicourse/sections/a.json", path);
    snprintf(path, sizeof path, "%s/sub", tmp);
    assert_int_equal(mkdir(path, 0700), 0);
    for (int i = 0; i < 3; i++) {
        snprintf(link, sizeof link, "%s/up%d", tmp, i);
        assert_int_equal(symlink(tmp, link), 0);
        snprintf(link, sizeof link, "%s/sub/back%d", tmp, i);
        assert_int_equal(symlink(tmp, link), 0);
    }
    const char *paths[] = {tmp};
    Diag d;
    diag_init(&d);
    Course *c = course_load_paths(paths, 1, &d);
    for (size_t i = 0; i < d.count; i++)
        print_message("%s\n", diag_text(&d.messages[i]));
    assert_non_null(c);
    assert_int_equal(c->nsections, 1);
    assert_true(has_message(&d, "was read already"));
    course_free(c);
    diag_free(&d);
}

/* ---- check and the program agree on what a course is ------------------ */

static void an_empty_folder_is_no_course_for_check_either(void **state)
{
    (void)state;
    const char *paths[] = {tmp};
    Diag d;
    diag_init(&d);
    assert_null(course_load_paths(paths, 1, &d));
    assert_true(has_message(&d, "no course.json and no lesson files (*.json): nothing to check"));
    diag_free(&d);
    diag_init(&d);
    assert_null(course_load(tmp, &d));
    diag_free(&d);
}

static void check_of_a_folder_without_course_json_says_the_program_cannot_open_it(void **state)
{
    (void)state;
    char path[400];
    snprintf(path, sizeof path, "%s/a.json", tmp);
    copy_file(AW_TEST_DATA "/good/minicourse/sections/a.json", path);
    const char *paths[] = {tmp};
    Diag d;
    diag_init(&d);
    Course *c = course_load_paths(paths, 1, &d);
    assert_non_null(c);
    assert_true(has_message(&d, "no course.json: its files were checked one by one, but the program opens a folder "
                                "as a course only through its course.json"));
    course_free(c);
    diag_free(&d);
}

/* "glossary..v2.json" is a name inside the folder; "../x.json" is not. */
static void a_file_name_with_two_dots_is_inside_the_course(void **state)
{
    (void)state;
    static const char *const files[] = {"sections/a.json", "sections/b.json", "scenario.json", "quiz.json"};
    char path[400], to[400];
    snprintf(path, sizeof path, "%s/sections", tmp);
    assert_int_equal(mkdir(path, 0700), 0);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, AW_TEST_DATA "/good/minicourse/%s", files[i]);
        snprintf(to, sizeof to, "%s/%s", tmp, files[i]);
        copy_file(path, to);
    }
    snprintf(to, sizeof to, "%s/glossary..v2.json", tmp);
    copy_file(AW_TEST_DATA "/good/minicourse/glossary.json", to);
    for (int bad = 0; bad < 2; bad++) {
        snprintf(to, sizeof to, "%s/course.json", tmp);
        FILE *f = fopen(to, "w");
        assert_non_null(f);
        fprintf(f,
                "{\"format\": 1, \"kind\": \"course\", \"id\": \"mini\", \"title\": \"Minicursus\", "
                "\"version\": \"7\", \"chapters\": [{\"id\": \"mh1\", \"title\": \"H1\", \"sections\": "
                "[\"ms2\", \"ms1\"]}], \"files\": [\"sections/a.json\", \"sections/b.json\", \"%s\", "
                "\"scenario.json\", \"quiz.json\"]}\n",
                bad ? "../glossary..v2.json" : "glossary..v2.json");
        assert_int_equal(fclose(f), 0);
        Diag d;
        diag_init(&d);
        Course *c = course_load(tmp, &d);
        for (size_t i = 0; i < d.count; i++)
            print_message("%s\n", diag_text(&d.messages[i]));
        if (bad) {
            assert_null(c);
            assert_true(has_message(&d, "\"../glossary..v2.json\" must be a path inside the course folder"));
        } else {
            assert_non_null(c);
            assert_true(c->nglossary > 0);
        }
        course_free(c);
        diag_free(&d);
    }
}

/* ---- error reporting on files at the size limit ------------------------
 *
 * Each of these once took minutes: every error's line and column were
 * counted from the start of the file before the message cap applied. How
 * fast they are now is measured by `accountwijs bench load`
 * (check_8mib_*_ms), never asserted here (the machines are shared). These
 * tests pin what the linear code must still say: every error counted, only
 * the first DIAG_MAX_MESSAGES kept, each with its exact position. A
 * quadratic return would hang, and the alarm stops it. */

static void check_big(const char *text, size_t len, Diag *d)
{
    diag_init(d);
    Course *c = course_load_buffer("big.json", text, len, d);
    assert_null(c);
    assert_int_equal(d->count, DIAG_MAX_MESSAGES);
}

enum { BIG = 8 * 1024 * 1024 - 64 }; /* just under the 8 MiB limit */

/* Hours, not minutes, would mean quadratic reporting is back: give up
 * after 120 s (valgrind runs these too). */
static int arm(void **state)
{
    (void)state;
    signal(SIGALRM, on_alarm);
    alarm(120);
    return 0;
}

static int disarm(void **state)
{
    (void)state;
    alarm(0);
    return 0;
}

/* One string of escaped tabs ("\t" is refused): an error per tab, all on
 * line 1, two columns apart. */
static void a_file_of_8_mib_of_tabs_counts_every_error_and_places_those_it_keeps(void **state)
{
    (void)state;
    char *text = malloc(BIG + 1);
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "{\"a\": \"");
    size_t tabs = 0;
    for (; n + 4 < BIG; tabs++)
        n += (size_t)sprintf(text + n, "\\t");
    n += (size_t)sprintf(text + n, "\"}");
    Diag d;
    check_big(text, n, &d);
    assert_int_equal(d.errors, tabs + 1); /* and the string is longer than 64 KiB */
    assert_non_null(strstr(diag_text(&d.messages[0]), "big.json:1:8: "));
    assert_non_null(strstr(diag_text(&d.messages[DIAG_MAX_MESSAGES - 1]), "big.json:1:406: "));
    diag_free(&d);
    free(text);
}

/* Lines of an escaped tab in a string each: an error per line. */
static void a_file_of_8_mib_of_lines_with_errors_counts_every_error_and_places_those_it_keeps(void **state)
{
    (void)state;
    char *text = malloc(BIG + 16);
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "[\n");
    size_t lines = 0;
    for (; n + 8 < BIG; lines++)
        n += (size_t)sprintf(text + n, "\"\\t\",\n");
    n += (size_t)sprintf(text + n, "1]");
    Diag d;
    check_big(text, n, &d);
    assert_int_equal(d.errors, lines);
    assert_non_null(strstr(diag_text(&d.messages[0]), "big.json:2:2: "));
    assert_non_null(strstr(diag_text(&d.messages[DIAG_MAX_MESSAGES - 1]), "big.json:201:2: "));
    diag_free(&d);
    free(text);
}

/* Keys given twice: one object with a million keys of eight names (and
 * "k"), on one line. */
static void a_file_of_8_mib_of_duplicate_keys_counts_every_error_and_places_those_it_keeps(void **state)
{
    (void)state;
    char *text = malloc(BIG + 16);
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "{\"k\":1");
    size_t keys = 0;
    for (; n + 16 < BIG; keys++)
        n += (size_t)sprintf(text + n, ",\"%c\":1", (char)('a' + keys % 8));
    n += (size_t)sprintf(text + n, "}");
    Diag d;
    check_big(text, n, &d);
    assert_int_equal(d.errors, keys - 8); /* the first of each name is no error */
    assert_non_null(strstr(diag_text(&d.messages[0]), "big.json:1:56: key \"a\" given twice"));
    assert_non_null(strstr(diag_text(&d.messages[DIAG_MAX_MESSAGES - 1]), "big.json:1:1250: key \"h\" given twice"));
    diag_free(&d);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(check_fifo_is_refused_at_once, setup, teardown),
        cmocka_unit_test_setup_teardown(a_fifo_in_a_loose_folder_is_refused_at_once, setup, teardown),
        cmocka_unit_test_setup_teardown(a_fifo_as_course_json_is_refused_at_once, setup, teardown),
        cmocka_unit_test_setup_teardown(folder_links_that_loop_load_each_file_once, setup, teardown),
        cmocka_unit_test_setup_teardown(an_empty_folder_is_no_course_for_check_either, setup, teardown),
        cmocka_unit_test_setup_teardown(check_of_a_folder_without_course_json_says_the_program_cannot_open_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_file_name_with_two_dots_is_inside_the_course, setup, teardown),
        cmocka_unit_test_setup_teardown(a_file_of_8_mib_of_tabs_counts_every_error_and_places_those_it_keeps, arm,
                                        disarm),
        cmocka_unit_test_setup_teardown(
            a_file_of_8_mib_of_lines_with_errors_counts_every_error_and_places_those_it_keeps, arm, disarm),
        cmocka_unit_test_setup_teardown(a_file_of_8_mib_of_duplicate_keys_counts_every_error_and_places_those_it_keeps,
                                        arm, disarm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
