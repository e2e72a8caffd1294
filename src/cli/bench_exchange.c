/* bench_exchange.c - `accountwijs bench exchange`: how fast the program
 * moves questions and answers in and out for the school around it. Prints
 * "name value unit" lines, each the median of several runs.
 *
 * gift_import_1000_ms: `import gift` of a generated GIFT bank of 1,000
 * questions in 10 categories (every type GIFT has, with titles, feedback,
 * general feedback and escapes), from its text in memory to checked
 * lesson files in memory: read, made into section files and each loaded
 * by the course loader, as the command does before it writes. The files
 * are not written (that is the disk's time, not ours); target < 100 ms.
 *
 *   xapi_export_100000_ms  median of 5 exports of a 100,000-answer log as
 *                          xAPI statements (export --format xapi's work: the
 *                          log read from the file as a stream, every
 *                          statement written, the text handed on in 1 MiB
 *                          pieces and dropped); target < 1,000 ms
 *   xapi_statements        how many statements that is (a sanity check)
 *
 * The course is bench.c's generated bank (1,000 questions of the six
 * types); the log is written through progress_record with fsync a no-op,
 * with answers that fit each type, in a temporary folder removed after.
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
#include "export.h"
#include "fsutil.h"
#include "gift.h"
#include "isotime.h"
#include "klas.h"
#include "os.h"
#include "profiles.h"
#include "progress.h"
#include "xapi.h"

enum { GIFT_QUESTIONS = 1000, GIFT_CATEGORIES = 10, GIFT_RUNS = 7 };

/* The bank: the types in turn, ten categories of a hundred. */
static void write_gift_bank(JsonBuf *b)
{
    char line[1024];
    for (int q = 0; q < GIFT_QUESTIONS; q++) {
        if (q % (GIFT_QUESTIONS / GIFT_CATEGORIES) == 0) {
            snprintf(line, sizeof line, "$CATEGORY: $course$/top/Bank/Categorie %d\n\n",
                     q / (GIFT_QUESTIONS / GIFT_CATEGORIES) + 1);
            jsonbuf_puts(b, line);
        }
        switch (q % 6) {
        case 0:
            snprintf(line, sizeof line,
                     "::Vraag %d::Welke uitspraak over de klant in geval %d past het best\\: de eerste of de "
                     "tweede?{\n\t=De klant is een account met groeipotentie#Juist, dat is de kern.\n"
                     "\t~De klant koopt eenmalig iets#Nee, dan is er geen relatie.\n"
                     "\t~De klant is een leverancier#Nee, dat is de andere kant.\n"
                     "\t####Een account is een klant met wie je lang samenwerkt.\n}\n\n",
                     q, q);
            break;
        case 1:
            snprintf(line, sizeof line,
                     "::Vraag %d::Welke twee criteria tellen in geval %d?{\n\t~%%50%%Omzet#Ja.\n"
                     "\t~%%50%%Groeipotentie#Ja.\n\t~%%-50%%De kleur van het logo#Nee.\n"
                     "\t~%%-50%%De afstand tot het station#Nee.\n}\n\n",
                     q, q);
            break;
        case 2:
            snprintf(line, sizeof line,
                     "::Vraag %d::Een accountmanager onderhoudt in geval %d de relatie met de klant.{TRUE#Helaas, "
                     "dat doet hij wel.#Goed.####Dat is zijn taak.}\n\n",
                     q, q);
            break;
        case 3:
            snprintf(line, sizeof line,
                     "::Vraag %d::Koppel elk begrip van geval %d aan zijn omschrijving.{\n"
                     "\t=Account -> Een belangrijke zakelijke klant\n\t=Accountplan -> Het plan voor een klant\n"
                     "\t=Omzet -> Wat de klant besteedt\n}\n\n",
                     q, q);
            break;
        case 4:
            snprintf(line, sizeof line,
                     "::Vraag %d::Een accountmanager bouwt in geval %d een {=relatie#Juist. =band} op met de "
                     "klant.\n\n",
                     q, q);
            break;
        default:
            snprintf(line, sizeof line,
                     "::Vraag %d::Inkoop 80 en verkoop 100 in geval %d, hoeveel procent is de marge?{#\n"
                     "\t=20:0.5#Juist.\n\t=%%50%%25#Dat is de opslag.\n}\n\n",
                     q, q);
            break;
        }
        jsonbuf_puts(b, line);
    }
}

static const GiftWords BENCH_WORDS = {.right = "Goed.",
                                      .wrong = "Fout.",
                                      .explanation = "Uitleg.",
                                      .goal = "{1} kennen",
                                      .intro = "Uit {1} ({2}).",
                                      .untitled = "Vragen",
                                      .pair = "{1} hoort bij {2}.",
                                      .blank = "Het antwoord is {1}."};

/* One import in memory; the number of questions that loaded, or -1. */
static long import_once(const JsonBuf *bank)
{
    Diag d;
    diag_init(&d);
    GiftBank b;
    GiftLessons ls = {0};
    long loaded = -1;
    if (gift_parse("bench.gift", bank->data, bank->len, &b, &d) && !d.warnings &&
        gift_lessons(&b, "bench.gift", &BENCH_WORDS, &ls)) {
        loaded = 0;
        for (size_t i = 0; i < ls.count && loaded >= 0; i++) {
            Diag dl;
            diag_init(&dl);
            Course *c = course_load_buffer("bench.json", ls.lessons[i].json, strlen(ls.lessons[i].json), &dl);
            loaded = c ? loaded + (long)c->nquestions : -1;
            course_free(c);
            diag_free(&dl);
        }
    }
    gift_lessons_free(&ls);
    gift_bank_free(&b);
    diag_free(&d);
    return loaded;
}

static int bench_gift(void)
{
    JsonBuf bank = {0};
    write_gift_bank(&bank);
    if (bank.failed) {
        cli_say("bench", STR_CLI_NO_MEMORY);
        return 1;
    }
    double t[GIFT_RUNS];
    int status = 0;
    for (int r = 0; r < GIFT_RUNS && !status; r++) {
        double t0 = benchutil_now_ms();
        long n = import_once(&bank);
        t[r] = benchutil_now_ms() - t0;
        if (n != GIFT_QUESTIONS) {
            fprintf(stderr, "bench: the GIFT bank gave %ld questions, not %d\n", n, GIFT_QUESTIONS);
            status = 1;
        }
    }
    if (!status)
        printf("gift_import_1000_ms %.3f ms\n", benchutil_median(t, GIFT_RUNS));
    jsonbuf_free(&bank);
    return status;
}

enum { XAPI_QUESTIONS = 1000, XAPI_SECTIONS = 20, XAPI_ANSWERS = 100000, XAPI_RUNS = 5 };

#define BENCH_PROFILE "p-00000000000be7c4"
#define START_MS INT64_C(1767225600000) /* 2026-01-01T00:00:00Z */

static int no_fsync(void *ctx, int fd)
{
    (void)ctx;
    (void)fd;
    return 0;
}

/* An answer to Q that quiz_answer_from_json takes (bench.c's bank). */
static const char *answer_for(const Question *q, unsigned r)
{
    switch (q->type) {
    case QUESTION_SINGLE:
        return r % 2 ? "{\"chosen\":[\"o0\"]}" : "{\"chosen\":[\"o2\"]}";
    case QUESTION_MULTIPLE:
        return r % 2 ? "{\"chosen\":[\"o0\",\"o2\"]}" : "{\"chosen\":[\"o1\"]}";
    case QUESTION_TRUEFALSE:
        return r % 2 ? "{\"chosen\":[\"true\"]}" : "{\"chosen\":[\"false\"]}";
    case QUESTION_MATCHING:
        return "{\"match\":{\"p0\":\"p0\",\"p1\":\"p2\",\"p2\":\"p1\",\"p3\":null}}";
    case QUESTION_ORDERING:
        return "{\"order\":[\"i1\",\"i0\",\"i2\",\"i3\"]}";
    default:
        return r % 2 ? "{\"text\":{\"b1\":\"account\"}}" : "{\"text\":{\"b1\":\"klant\"}}";
    }
}

static bool write_log(const Course *c, const char *path)
{
    Diag d;
    diag_init(&d);
    ProgressIo io = {NULL, no_fsync, NULL};
    ProgressOptions o = {.io = &io};
    ProgressLog *log = progress_open(path, &o, &d);
    diag_free(&d);
    if (!log)
        return false;
    uint64_t rng = 17;
    AwError e;
    bool ok = true;
    static const AttemptMode modes[4] = {ATTEMPT_PRACTICE, ATTEMPT_PRACTICE, ATTEMPT_REVIEW, ATTEMPT_EXAM};
    for (size_t k = 0; k < XAPI_ANSWERS && ok; k++) {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned r = (unsigned)(rng >> 33);
        const Question *q = &c->questions[r % c->nquestions];
        Attempt a = {
            .time_ms = START_MS + (int64_t)k * 60000,
            .item = q->id,
            .version = c->version ? c->version : "",
            .answer = answer_for(q, r >> 12),
            .score = (double)((r >> 8) % 4) / 3.0,
            .ms = 3000 + (int64_t)((r >> 4) % 20000),
            .mode = modes[(r >> 16) % 4],
            .session = (r >> 16) % 4 == 3 ? "t-bench" : NULL,
        };
        ok = progress_record(log, &a, &e);
    }
    progress_close(log);
    return ok;
}

static bool drop(JsonBuf *out, void *ctx)
{
    size_t *bytes = ctx;
    *bytes += out->len;
    out->len = 0;
    return true;
}

static bool time_export(const Course *c, const char *data, double *ms, size_t *count)
{
    double t[XAPI_RUNS];
    XapiActor actor = {BENCH_PROFILE, "Bench"};
    for (int r = 0; r < XAPI_RUNS; r++) {
        JsonBuf out = {0};
        size_t bytes = 0, made = 0;
        AwError e;
        double t0 = benchutil_now_ms();
        XapiWriter *w = xapi_writer_new(c, NULL);
        bool ok = w && xapi_profile(w, data, &actor, NULL, &out, drop, &bytes, &made, &e);
        xapi_writer_free(w);
        t[r] = benchutil_now_ms() - t0;
        jsonbuf_free(&out);
        if (!ok)
            return false;
        *count = made;
    }
    *ms = benchutil_median(t, XAPI_RUNS);
    return true;
}

static int bench_xapi(void)
{
    char dir[4096], data[4200], prof[4300], log[4400];
    if (!os_make_temp_folder("accountwijs-bench-", dir, sizeof dir)) {
        cli_say("bench", STR_CLI_BENCH_NO_TEMP, strerror(errno));
        return 1;
    }
    Course *c = NULL;
    Diag d;
    diag_init(&d);
    if (bench_write_bank(dir, XAPI_QUESTIONS, XAPI_SECTIONS))
        c = course_load(dir, &d);
    diag_free(&d);
    snprintf(data, sizeof data, "%s/data", dir);
    snprintf(prof, sizeof prof, "%s/profiles", data);
    double ms = 0;
    size_t count = 0;
    bool ok = c && os_mkdirs(prof, 0700, NULL, 0) && profiles_dir(data, BENCH_PROFILE, prof, sizeof prof) &&
              os_mkdir(prof, 0700) && profiles_log_path(data, BENCH_PROFILE, log, sizeof log) && write_log(c, log) &&
              time_export(c, data, &ms, &count);
    if (!ok)
        cli_say("bench", STR_CLI_BENCH_BANK, dir);
    os_unlink(log);
    os_rmdir(prof);
    snprintf(prof, sizeof prof, "%s/profiles", data);
    os_rmdir(prof);
    os_rmdir(data);
    course_free(c);
    bench_remove_bank(dir, XAPI_SECTIONS);
    if (!ok)
        return 1;
    printf("xapi_export_100000_ms %.3f ms\n", ms);
    printf("xapi_statements %zu count\n", count);
    return 0;
}

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
    int status = bench_gift();
    status = bench_xapi() || status;
    return bench_klas() || status;
}
