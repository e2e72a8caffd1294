/* bench_exchange.c - `accountwijs bench exchange`: how fast the program
 * moves data in and out for the school around it. Prints "name value unit"
 * lines, each the median of several runs.
 *
 * klas_30x5000_ms: the class overview (core/klas.h) of 30 students with
 * 5,000 attempts each, generated on the built-in course and written to a
 * temporary folder as the exports a teacher collects (half CSV, half
 * JSON), read from disk, de-duplicated and summed up. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "fsutil.h"
#include "isotime.h"
#include "klas.h"
#include "os.h"

enum { KLAS_STUDENTS = 30, KLAS_ATTEMPTS = 5000, KLAS_RUNS = 5 };

static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* One student's export, CSV (as export.c writes it, in UTC) or JSON. */
static void write_student(JsonBuf *b, const Course *c, int student, bool csv, uint64_t *rng)
{
    char id[32], name[32], when[ISOTIME_SIZE];
    snprintf(id, sizeof id, "p-%016x", (unsigned)student + 1);
    snprintf(name, sizeof name, "Leerling %d", student + 1);
    jsonbuf_puts(b, csv ? "\xEF\xBB\xBF"
                          "leerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;"
                          "lesversie;letters;antwoord;antwoord_json\r\n"
                        : "[\n");
    int64_t t = 1772355600000 + (int64_t)student * 7919; /* 2026-03-01 09:00 UTC */
    for (int i = 0; i < KLAS_ATTEMPTS; i++) {
        const Question *q = &c->questions[next_rand(rng) % c->nquestions];
        size_t opt = q->noptions ? next_rand(rng) % q->noptions : 0;
        bool right = q->noptions && q->options[opt].correct;
        bool exam = i % 50 >= 40;
        t += exam ? 1000 : 20000 + (int64_t)(next_rand(rng) % 40000);
        char local[20];
        isotime_format_local(t, 0, local);
        isotime_format(t, when);
        const char *oid = q->noptions && q->options[opt].id ? q->options[opt].id : "a";
        char row[512];
        if (csv)
            snprintf(row, sizeof row, "%s;%s;%s;%s;;;%s;%s;4,2;2026.1;A;;\"{\"\"chosen\"\":[\"\"%s\"\"]}\"\r\n", name,
                     id, local, q->id, exam ? "toets" : "oefenen", right ? "1" : "0", oid);
        else
            snprintf(row, sizeof row,
                     "%s{\"student\":\"%s\",\"profile\":\"%s\",\"time\":\"%s\",\"item\":\"%s\",\"section\":null,"
                     "\"content_version\":\"2026.1\",\"mode\":\"%s\",\"score\":%s,\"ms\":4200,"
                     "\"answer\":{\"chosen\":[\"%s\"]},\"letters\":\"A\",\"answer_text\":\"A\"}",
                     i ? ",\n" : "", name, id, when, q->id, exam ? "exam" : "practice", right ? "1.000000" : "0.000000",
                     oid);
        jsonbuf_puts(b, row);
    }
    if (!csv)
        jsonbuf_puts(b, "\n]\n");
}

static bool write_class(const char *dir, const Course *c)
{
    uint64_t rng = 0x9E3779B97F4A7C15u;
    for (int s = 0; s < KLAS_STUDENTS; s++) {
        JsonBuf b = {0};
        bool csv = s % 2 == 0;
        write_student(&b, c, s, csv, &rng);
        char path[4200];
        AwError e;
        bool ok = !b.failed &&
                  fsutil_path(path, sizeof path, "%s/leerling-%02d.%s", dir, s + 1, csv ? "csv" : "json") &&
                  fsutil_write_atomic(path, b.data, b.len, &e);
        jsonbuf_free(&b);
        if (!ok)
            return false;
    }
    return true;
}

static void remove_class(const char *dir)
{
    for (int s = 0; s < KLAS_STUDENTS; s++) {
        char path[4200];
        if (fsutil_path(path, sizeof path, "%s/leerling-%02d.%s", dir, s + 1, s % 2 == 0 ? "csv" : "json"))
            os_unlink(path);
    }
    os_rmdir(dir);
}

static int bench_klas(void)
{
    char content[4096], dir[4096];
    if (!cli_default_content(content, sizeof content)) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    Diag d;
    diag_init(&d);
    Course *c = course_load(content, &d);
    diag_free(&d);
    if (!c || !c->nquestions) {
        cli_say("bench", STR_CLI_BENCH_NO_QUESTIONS);
        course_free(c);
        return 1;
    }
    if (!os_make_temp_folder("accountwijs-bench-", dir, sizeof dir)) {
        cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
        course_free(c);
        return 1;
    }
    int status = 0;
    if (!write_class(dir, c)) {
        cli_say("bench", STR_CLI_BENCH_BANK, dir);
        status = 1;
    }
    double t[KLAS_RUNS];
    for (int r = 0; r < KLAS_RUNS && !status; r++) {
        double t0 = benchutil_now_ms();
        Klas *k = klas_new(c, NULL, NULL);
        diag_init(&d);
        KlasOverview o;
        AwError e;
        bool ok = k && klas_add_folder(k, dir, &d) && klas_compute(k, &o, &e);
        t[r] = benchutil_now_ms() - t0;
        if (ok && (o.attempts != (size_t)KLAS_STUDENTS * KLAS_ATTEMPTS || o.nstudents != KLAS_STUDENTS || d.count)) {
            fprintf(stderr, "bench: klas read %zu attempts of %zu students, %zu messages\n", o.attempts, o.nstudents,
                    d.count);
            status = 1;
        }
        if (ok)
            klas_overview_free(&o);
        else
            status = 1;
        diag_free(&d);
        klas_free(k);
    }
    if (!status)
        printf("klas_30x5000_ms %.3f ms\n", benchutil_median(t, KLAS_RUNS));
    remove_class(dir);
    course_free(c);
    return status;
}

int cli_bench_exchange(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return bench_klas();
}
