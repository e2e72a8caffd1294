/* gift.c - `accountwijs import gift FILE --out DIR` and `accountwijs export
 * gift [--section ID]`: Moodle's GIFT format in and out (core/gift.h).
 *
 * Import reads the whole bank first and writes nothing when it finds an
 * error: a teacher fixes the file and runs it again, and never finds half
 * a bank in the folder. The lesson files it would write are loaded by the
 * same loader as `check` before anything is written, so whatever the
 * loader would refuse is told at the GIFT file's line. Existing files are
 * never overwritten. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "course.h"
#include "fsutil.h"
#include "gift.h"
#include "os.h"

enum { GIFT_MAX_BYTES = 64 * 1024 * 1024 };

/* "FILE:LINE: [warning: ]message", as a compiler says it. */
static void print_diag(const char *prefix, const DiagMessage *m)
{
    char text[2048];
    i18n_diag_text(m, cli_lang(), text, sizeof text);
    const char *level = m->level == DIAG_WARNING ? cli_str(STR_DIAG_WARNING) : NULL;
    if (m->file && m->line > 0)
        fprintf(stderr, "%s:%d: ", m->file, m->line);
    else if (m->file)
        fprintf(stderr, "%s: ", m->file);
    fprintf(stderr, "%s%s%s%s\n", prefix ? prefix : "", level ? level : "", level ? ": " : "", text);
}

static void import_usage(FILE *f)
{
    fputs(cli_str(STR_CLI_IMPORT_USAGE), f);
}

static int import_usage_error(StrId id, const char *arg)
{
    cli_say("accountwijs import", id, arg);
    fputc('\n', stderr);
    import_usage(stderr);
    return 2;
}

/* The loader's index of a question in "questions[N]...", or -1. */
static long question_index(const char *path)
{
    if (!path || strncmp(path, "questions[", 10) != 0)
        return -1;
    return strtol(path + 10, NULL, 10);
}

/* Loads each lesson as `check` would; every message goes to the GIFT
 * file's line. False when the loader found an error. */
static bool check_lessons(const char *gift, const GiftLessons *ls, const char *dir)
{
    bool ok = true;
    for (size_t i = 0; i < ls->count; i++) {
        const GiftLesson *l = &ls->lessons[i];
        char name[4200];
        snprintf(name, sizeof name, "%s/%s.json", dir, l->id);
        Diag d;
        diag_init(&d);
        Course *c = course_load_buffer(name, l->json, strlen(l->json), &d);
        ok &= c != NULL;
        for (size_t k = 0; k < d.count; k++) {
            DiagMessage m = d.messages[k];
            long qi = question_index(m.path);
            char prefix[128] = "";
            if (qi >= 0 && (size_t)qi < l->nq) {
                m.file = gift;
                m.line = l->lines[qi];
                snprintf(prefix, sizeof prefix, cli_str(STR_CLI_IMPORT_QUESTION), l->qids[qi]);
            }
            print_diag(prefix, &m);
        }
        course_free(c);
        diag_free(&d);
    }
    return ok;
}

static GiftWords words(void)
{
    return (GiftWords){.right = cli_str(STR_GIFT_RIGHT),
                       .wrong = cli_str(STR_GIFT_WRONG),
                       .explanation = cli_str(STR_GIFT_EXPLANATION),
                       .goal = cli_str(STR_GIFT_GOAL),
                       .intro = cli_str(STR_GIFT_INTRO),
                       .untitled = cli_str(STR_GIFT_UNTITLED),
                       .pair = cli_str(STR_GIFT_PAIR),
                       .blank = cli_str(STR_GIFT_BLANK)};
}

static int write_lessons(const GiftLessons *ls, const char *dir)
{
    char path[4200], err[512];
    for (size_t i = 0; i < ls->count; i++) {
        if (!fsutil_path(path, sizeof path, "%s/%s.json", dir, ls->lessons[i].id)) {
            cli_say("accountwijs import", STR_CLI_IMPORT_WRITE_FAILED, dir, strerror(ENAMETOOLONG));
            return 1;
        }
        OsStat st;
        if (os_stat(path, &st)) {
            cli_say("accountwijs import", STR_CLI_IMPORT_EXISTS, path);
            return 1;
        }
    }
    AwError e;
    if (!fsutil_mkdirs(dir, &e)) {
        cli_say("accountwijs import", STR_CLI_IMPORT_WRITE_FAILED, dir, cli_error(&e, err, sizeof err));
        return 1;
    }
    for (size_t i = 0; i < ls->count; i++) {
        const GiftLesson *l = &ls->lessons[i];
        fsutil_path(path, sizeof path, "%s/%s.json", dir, l->id);
        if (!fsutil_write_new(path, l->json, strlen(l->json), &e)) {
            cli_say("accountwijs import", STR_CLI_IMPORT_WRITE_FAILED, path, cli_error(&e, err, sizeof err));
            return 1;
        }
    }
    return 0;
}

int cli_import(int argc, char **argv)
{
    const char *file = NULL, *out = NULL;
    bool json = false;
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        import_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "gift") != 0)
        return import_usage_error(STR_CLI_IMPORT_FORMAT_UNKNOWN, argv[1]);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            import_usage(stdout);
            return 0;
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--out") == 0) {
            if (i + 1 >= argc)
                return import_usage_error(STR_CLI_NEEDS_VALUE, "--out");
            out = argv[++i];
        } else if (strncmp(a, "--out=", 6) == 0) {
            out = a + 6;
        } else if (a[0] == '-' && a[1] != '\0') {
            return import_usage_error(STR_CLI_UNKNOWN_OPTION, a);
        } else if (!file) {
            file = a;
        } else {
            return import_usage_error(STR_CLI_UNKNOWN_OPTION, a);
        }
    }
    if (!file)
        return import_usage_error(STR_CLI_IMPORT_NO_FILE, NULL);
    if (!out && !json)
        return import_usage_error(STR_CLI_IMPORT_NO_OUT, NULL);

    char *text;
    size_t len;
    if (!os_read_file(file, GIFT_MAX_BYTES, &text, &len)) {
        cli_say("accountwijs import", STR_CLI_IMPORT_CANNOT_READ, file, strerror(errno));
        return 1;
    }
    Diag d;
    diag_init(&d);
    GiftBank bank;
    bool ok = gift_parse(file, text, len, &bank, &d);
    free(text);
    for (size_t i = 0; i < d.count; i++)
        print_diag(NULL, &d.messages[i]);
    if (diag_dropped(&d)) { /* past the cap: counted, not kept */
        Diag more;
        diag_init(&more);
        diag_report(&more, DIAG_NOTE, (DiagAt){.file = file}, DC_MORE_ERRORS, "%zu", diag_dropped(&d));
        print_diag(NULL, &more.messages[0]);
        diag_free(&more);
    }
    int status = 0;
    if (json) { /* what was read, on standard output; nothing written */
        JsonBuf o = {0};
        gift_bank_json(&bank, &o);
        if (o.failed || fwrite(o.data, 1, o.len, stdout) != o.len || fflush(stdout) != 0)
            status = 1;
        jsonbuf_free(&o);
        gift_bank_free(&bank);
        diag_free(&d);
        return status ? status : ok ? 0 : 1;
    }
    GiftLessons ls = {0};
    GiftWords w = words();
    if (ok && !gift_lessons(&bank, file, &w, &ls)) {
        cli_say("accountwijs import", STR_CLI_NO_MEMORY);
        ok = false;
    }
    if (ok)
        ok = check_lessons(file, &ls, out);
    if (!ok) {
        cli_say("accountwijs import", STR_CLI_IMPORT_NOTHING_WRITTEN);
        status = 1;
    } else {
        status = write_lessons(&ls, out);
        if (!status)
            cli_say("accountwijs import", STR_CLI_IMPORT_DONE, bank.nquestions, bank.skipped, out, ls.count);
    }
    gift_lessons_free(&ls);
    gift_bank_free(&bank);
    diag_free(&d);
    return status;
}

/* ---- export ------------------------------------------------------------- */

int cli_export_gift(int argc, char **argv)
{
    const char *section = NULL, *content = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        const char *name = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(cli_str(STR_CLI_EXPORT_GIFT_USAGE), stdout);
            return 0;
        }
        if (strncmp(a, "--section", 9) == 0 && (a[9] == '\0' || a[9] == '='))
            slot = &section, name = "--section";
        else if (strncmp(a, "--content", 9) == 0 && (a[9] == '\0' || a[9] == '='))
            slot = &content, name = "--content";
        if (!slot) {
            cli_say("accountwijs export gift", STR_CLI_UNKNOWN_OPTION, a);
            fputs(cli_str(STR_CLI_EXPORT_GIFT_USAGE), stderr);
            return 2;
        }
        if (a[9] == '=') {
            *slot = a + 10;
        } else if (i + 1 < argc) {
            *slot = argv[++i];
        } else {
            cli_say("accountwijs export gift", STR_CLI_NEEDS_VALUE, name);
            return 2;
        }
    }
    char builtin[4096];
    if (!content) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            cli_say("accountwijs export gift", STR_CLI_NO_BUILTIN_COURSE);
            return 1;
        }
        content = builtin;
    }
    Diag d;
    diag_init(&d);
    Course *c = course_load(content, &d);
    if (!c) {
        cli_say("accountwijs export gift", STR_CLI_EXPORT_COURSE_BAD, content);
        for (size_t i = 0; i < d.count && i < 10; i++)
            print_diag("  ", &d.messages[i]);
        diag_free(&d);
        return 1;
    }
    diag_free(&d);
    diag_init(&d);
    JsonBuf out = {0};
    bool ok = gift_export(c, section, &out, &d);
    for (size_t i = 0; i < d.count; i++)
        print_diag(NULL, &d.messages[i]);
    int status = 0;
    if (!ok) {
        status = 1;
    } else if ((out.len && fwrite(out.data, 1, out.len, stdout) != out.len) || fflush(stdout) != 0) {
        cli_say("accountwijs export gift", STR_CLI_EXPORT_WRITE_FAILED);
        status = 1;
    }
    jsonbuf_free(&out);
    diag_free(&d);
    course_free(c);
    return status;
}
