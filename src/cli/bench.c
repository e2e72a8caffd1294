/* bench.c - `accountwijs bench load`: how fast the course loads. Prints
 * "name value unit" lines, each the median of several runs. The question
 * banks are generated here, written to a temporary folder, loaded through
 * the same course_load as the program, and removed again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "benchutil.h"
#include "cli.h"
#include "lesson.h"
#include "platform.h"

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
            for (size_t i = 0; i < d.count && i < 5; i++)
                fprintf(stderr, "%s\n", d.messages[i].text);
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
            fprintf(f, "%s{\"id\": \"o%d\", \"text\": \"Mogelijk antwoord %d met wat uitleg erbij\", \"correct\": %s, "
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
            fprintf(f, "%s{\"id\": \"p%d\", \"left\": \"Begrip %d\", \"right\": \"Omschrijving %d van het begrip\", "
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
    FILE *f = fopen(path, "w");
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
        f = fopen(path, "w");
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
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/course.json", dir);
    unlink(path);
    rmdir(dir);
}

static int bench_load(void)
{
    char content[4096];
    if (!cli_default_content(content, sizeof content)) {
        fprintf(stderr, "bench: de ingebouwde cursus is niet gevonden\n");
        return 1;
    }
    double ms = time_load(content, 11);
    if (ms < 0)
        return 1;
    printf("load_course_ms %.3f ms\n", ms);
    static const int sizes[] = {1000, 10000, 50000};
    for (size_t i = 0; i < 3; i++) {
        const char *tmp = getenv("TMPDIR");
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/accountwijs-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(dir)) {
            perror("bench: mkdtemp");
            return 1;
        }
        int ns = 20;
        if (!write_bank(dir, sizes[i], ns)) {
            fprintf(stderr, "bench: cannot write the bank in %s\n", dir);
            remove_bank(dir, ns);
            return 1;
        }
        ms = time_load(dir, sizes[i] >= 50000 ? 5 : 7);
        remove_bank(dir, ns);
        if (ms < 0)
            return 1;
        printf("load_bank_%d_ms %.3f ms\n", sizes[i], ms);
    }
    return 0;
}

int cli_bench(int argc, char **argv)
{
    if (argc < 2) {
        fputs("Gebruik: accountwijs bench load|render|progress\n", stderr);
        return 2;
    }
    if (strcmp(argv[1], "load") == 0)
        return bench_load();
    if (strcmp(argv[1], "render") == 0)
        return platform_bench_render(argc - 1, argv + 1);
    if (strcmp(argv[1], "progress") == 0)
        return cli_bench_progress(argc - 1, argv + 1);
    fprintf(stderr, "accountwijs bench: onbekende meting '%s'\n", argv[1]);
    return 2;
}
