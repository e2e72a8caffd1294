/* bench.c - `accountwijs bench load`: how fast the course loads. Prints
 * "name value unit" lines, each the median of several runs. The question
 * banks are generated here, written to a temporary folder, loaded through
 * the same course_load as the program, and removed again; then three
 * files at the 8 MiB limit full of errors are refused (check_8mib_*). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "os.h"

/* Loads DIR RUNS times; returns the median in ms, or -1 when it fails. */
static double time_load(const char *dir, int runs)
{
    double t[16];
    for (int r = 0; r < runs; r++) {
        Diag d;
        diag_init(&d);
        double t0 = benchutil_now_ms();
        Course *c = course_load(dir, &d);
        t[r] = benchutil_now_ms() - t0;
        if (!c) {
            char text[2048];
            for (size_t i = 0; i < d.count && i < 5; i++)
                fprintf(stderr, "%s\n", cli_diag(&d.messages[i], text, sizeof text));
            diag_free(&d);
            return -1;
        }
        course_free(c);
        diag_free(&d);
    }
    return benchutil_median(t, (size_t)runs);
}

static void write_question(FILE *f, int s, int q, int first)
{
    static const char *const types[] = {"single", "multiple", "truefalse", "matching", "ordering", "cloze"};
    const char *type = types[q % 6];
    fprintf(f,
            "%s\n{\"id\": \"b%d-%d\", \"type\": \"%s\", \"goal\": \"bs%d.g1\", \"difficulty\": %d, "
            "\"prompt\": \"Vraag %d over de accountmanager en de klant in paragraaf %d: wat past %s?\", "
            "\"explanation\": \"Een accountmanager bouwt een duurzame relatie op met een belangrijke klant; "
            "dat is de kern van deze vraag.\"",
            first ? "" : ",", s, q, type, s, 1 + q % 3, q, s, q % 6 == 5 ? "op de plaats van ___" : "het best");
    switch (q % 6) {
    case 0:
    case 1:
        fputs(", \"options\": [", f);
        for (int o = 0; o < 4; o++)
            fprintf(f,
                    "%s{\"id\": \"o%d\", \"text\": \"Mogelijk antwoord %d met wat uitleg erbij\", \"correct\": %s, "
                    "\"feedback\": \"Dit antwoord is %s omdat de relatie met de klant centraal staat.\"}",
                    o ? ", " : "", o, o, o == 0 || (q % 6 == 1 && o == 2) ? "true" : "false", o ? "onjuist" : "juist");
        fputs("]", f);
        break;
    case 2:
        fputs(", \"answer\": true, \"feedback_true\": \"Juist, zo werkt het.\", "
              "\"feedback_false\": \"Niet juist: lees de paragraaf nog eens.\"",
              f);
        break;
    case 3:
        fputs(", \"pairs\": [", f);
        for (int o = 0; o < 4; o++)
            fprintf(f,
                    "%s{\"id\": \"p%d\", \"left\": \"Begrip %d\", \"right\": \"Omschrijving %d van het begrip\", "
                    "\"feedback\": \"Begrip %d hoort bij omschrijving %d.\"}",
                    o ? ", " : "", o, o, o, o, o);
        fputs("]", f);
        break;
    case 4:
        fputs(", \"items\": [", f);
        for (int o = 0; o < 4; o++)
            fprintf(f, "%s{\"id\": \"i%d\", \"text\": \"Stap %d in het proces\", \"feedback\": \"Dit is stap %d.\"}",
                    o ? ", " : "", o, o, o);
        fputs("]", f);
        break;
    default:
        fputs(", \"blanks\": [{\"id\": \"b1\", \"accept\": [\"account\", \"accounts\"], "
              "\"feedback\": \"Het gaat om een account.\"}]",
              f);
    }
    fputs("}", f);
}

/* Writes a course of NQ questions spread over NS sections into DIR. */
static int write_bank(const char *dir, int nq, int ns)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/course.json", dir);
    FILE *f = os_fopen(path, "wb");
    if (!f)
        return 0;
    fputs("{\"format\": 1, \"kind\": \"course\", \"id\": \"bank\", \"title\": \"Bank\", \"version\": \"1\", "
          "\"chapters\": [{\"id\": \"bh1\", \"title\": \"Hoofdstuk\", \"sections\": [",
          f);
    for (int s = 0; s < ns; s++)
        fprintf(f, "%s\"bs%d\"", s ? ", " : "", s);
    fputs("]}], \"files\": [", f);
    for (int s = 0; s < ns; s++)
        fprintf(f, "%s\"s%d.json\"", s ? ", " : "", s);
    fputs("]}\n", f);
    fclose(f);
    for (int s = 0; s < ns; s++) {
        snprintf(path, sizeof path, "%s/s%d.json", dir, s);
        f = os_fopen(path, "wb");
        if (!f)
            return 0;
        fprintf(f,
                "{\"format\": 1, \"kind\": \"section\", \"id\": \"bs%d\", \"number\": \"1.%d\", \"title\": \"Paragraaf "
                "%d\", \"goals\": [{\"id\": \"bs%d.g1\", \"text\": \"uitleggen wat een account is\"}], "
                "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Een **account** is een belangrijke klant.\"}], "
                "\"questions\": [",
                s, s + 1, s + 1, s);
        int from = (int)((long)nq * s / ns), to = (int)((long)nq * (s + 1) / ns);
        for (int q = from; q < to; q++)
            write_question(f, s, q, q == from);
        fputs("]}\n", f);
        if (fclose(f) != 0)
            return 0;
    }
    return 1;
}

static void remove_bank(const char *dir, int ns)
{
    char path[4200];
    for (int s = 0; s < ns; s++) {
        snprintf(path, sizeof path, "%s/s%d.json", dir, s);
        os_unlink(path);
    }
    snprintf(path, sizeof path, "%s/course.json", dir);
    os_unlink(path);
    os_rmdir(dir);
}

/* A file just under the 8 MiB limit that holds an error every few bytes,
 * in one of three shapes: escaped tabs in one string (all on line 1), a
 * line per error, or a million keys given twice in one object. Returns its
 * length in TEXT, or 0 when out of memory. */
static size_t error_file(int shape, char **text)
{
    enum { BIG = 8 * 1024 * 1024 - 64 };
    char *t = malloc(BIG + 16);
    if (!t)
        return 0;
    static const char *const open[] = {"{\"a\": \"", "[\n", "{\"k\":1"};
    static const char *const close[] = {"\"}", "1]", "}"};
    size_t n = (size_t)sprintf(t, "%s", open[shape]);
    for (unsigned i = 0; n + 16 < BIG; i++) {
        if (shape == 0)
            n += (size_t)sprintf(t + n, "\\t");
        else if (shape == 1)
            n += (size_t)sprintf(t + n, "\"\\t\",\n");
        else
            n += (size_t)sprintf(t + n, ",\"%c\":1", (char)('a' + i % 8));
    }
    n += (size_t)sprintf(t + n, "%s", close[shape]);
    *text = t;
    return n;
}

/* check_8mib_*_ms: how long the loader takes to refuse such a file with
 * every error counted (quadratic reporting once took minutes here). */
static int bench_error_files(void)
{
    static const char *const names[] = {"tabs", "error_lines", "duplicate_keys"};
    for (int shape = 0; shape < 3; shape++) {
        char *text;
        size_t len = error_file(shape, &text);
        if (!len) {
            cli_say("bench", STR_CLI_NO_MEMORY);
            return 1;
        }
        double t[5];
        for (int r = 0; r < 5; r++) {
            Diag d;
            diag_init(&d);
            double t0 = benchutil_now_ms();
            Course *c = course_load_buffer("big.json", text, len, &d);
            t[r] = benchutil_now_ms() - t0;
            course_free(c);
            diag_free(&d);
        }
        free(text);
        printf("check_8mib_%s_ms %.3f ms\n", names[shape], benchutil_median(t, 5));
    }
    return 0;
}

int bench_write_bank(const char *dir, int nq, int ns)
{
    return write_bank(dir, nq, ns);
}

void bench_remove_bank(const char *dir, int ns)
{
    remove_bank(dir, ns);
}

static int bench_load(void)
{
    char content[4096];
    if (!cli_default_content(content, sizeof content)) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    double ms = time_load(content, 11);
    if (ms < 0)
        return 1;
    printf("load_course_ms %.3f ms\n", ms);
    static const int sizes[] = {1000, 10000, 50000};
    for (size_t i = 0; i < 3; i++) {
        char dir[4096];
        if (!os_make_temp_folder("accountwijs-bench-", dir, sizeof dir)) {
            cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
            return 1;
        }
        int ns = 20;
        if (!write_bank(dir, sizes[i], ns)) {
            cli_say("bench", STR_CLI_BENCH_BANK, dir);
            remove_bank(dir, ns);
            return 1;
        }
        ms = time_load(dir, sizes[i] >= 50000 ? 5 : 7);
        remove_bank(dir, ns);
        if (ms < 0)
            return 1;
        printf("load_bank_%d_ms %.3f ms\n", sizes[i], ms);
    }
    return bench_error_files();
}

/* `bench render` needs the SDL platform: main.c runs it, not this. */
int cli_bench(int argc, char **argv)
{
    if (argc < 2) {
        fputs(cli_str(STR_CLI_BENCH_USAGE), stderr);
        return 2;
    }
    if (strcmp(argv[1], "load") == 0)
        return bench_load();
    if (strcmp(argv[1], "progress") == 0)
        return cli_bench_progress(argc - 1, argv + 1);
    if (strcmp(argv[1], "review") == 0)
        return cli_bench_review(argc - 1, argv + 1);
    if (strcmp(argv[1], "exchange") == 0)
        return cli_bench_exchange(argc - 1, argv + 1);
    if (strcmp(argv[1], "live") == 0)
        return cli_bench_live(argc - 1, argv + 1);
    if (strcmp(argv[1], "speak") == 0)
        return cli_bench_speak(argc - 1, argv + 1);
    cli_say("accountwijs bench", STR_CLI_BENCH_UNKNOWN, argv[1]);
    return 2;
}
