/* klas.c - `accountwijs klas FOLDER`: the class overview (core/klas.h) on
 * the terminal, Dutch or --lang en, and with --csv as a CSV file for a
 * Dutch spreadsheet. The terminal is the teacher's own: names are shown
 * unless --no-names, which leaves out every line that names a student and
 * keeps the counts (what a projector may show). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "course.h"
#include "exam.h"
#include "fsutil.h"
#include "isotime.h"
#include "klas.h"
#include "markup.h"
#include "os.h"

typedef struct {
    const char *folder;
    const char *csv;
    const char *content;
    bool names;
} Args;

static const char *WHO = "accountwijs klas";

static int usage_error(StrId id, const char *arg)
{
    cli_say(WHO, id, arg);
    fputc('\n', stderr);
    fputs(cli_str(STR_CLI_KLAS_USAGE), stderr);
    return 2;
}

/* 0 to go on, -1 after --help, else the exit status of a usage error. */
static int parse_args(int argc, char **argv, Args *a)
{
    memset(a, 0, sizeof *a);
    a->names = true;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            fputs(cli_str(STR_CLI_KLAS_USAGE), stdout);
            return -1;
        } else if (strcmp(s, "--names") == 0) {
            a->names = true;
        } else if (strcmp(s, "--no-names") == 0) {
            a->names = false;
        } else if (strcmp(s, "--csv") == 0 || strcmp(s, "--content") == 0) {
            if (i + 1 >= argc)
                return usage_error(STR_CLI_NEEDS_VALUE, s);
            *(strcmp(s, "--csv") == 0 ? &a->csv : &a->content) = argv[++i];
        } else if (strncmp(s, "--csv=", 6) == 0) {
            a->csv = s + 6;
        } else if (strncmp(s, "--content=", 10) == 0) {
            a->content = s + 10;
        } else if (s[0] == '-' && s[1]) {
            return usage_error(STR_CLI_UNKNOWN_OPTION, s);
        } else if (a->folder) {
            return usage_error(STR_CLI_UNKNOWN_OPTION, s);
        } else {
            a->folder = s;
        }
    }
    if (!a->folder)
        return usage_error(STR_CLI_KLAS_FOLDER, NULL);
    return 0;
}

static int offset_hook(int64_t ms, void *ctx)
{
    (void)ctx;
    return os_utc_offset_min(ms);
}

/* Prints the string ID with its conversions filled, then a newline. */
static void say(const char *indent, StrId id, ...)
{
    va_list ap;
    va_start(ap, id);
    fputs(indent, stdout);
    vprintf(cli_str(id), ap);
    va_end(ap);
    fputc('\n', stdout);
}

static void print_plain(const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    fputs(plain ? plain : "", stdout);
    free(plain);
}

static void section_title(const Section *s)
{
    printf("%s ", s->number);
    print_plain(s->title);
}

static void spread(const KlasSpread *sp)
{
    for (int b = 0; b < KLAS_BAND_COUNT; b++)
        printf("%s%zu", b ? " / " : "", sp->students[b]);
    fputs("   ", stdout);
    printf(cli_str(STR_KLAS_MEAN), (int)(sp->mean * 100 + 0.5));
    fputc('\n', stdout);
}

static void mastery(const KlasOverview *o)
{
    const Course *c = o->course;
    printf("\n%s\n  (", cli_str(STR_KLAS_MASTERY));
    fputs(cli_str(STR_KLAS_BANDS), stdout);
    fputs(")\n", stdout);
    for (size_t s = 0; s < c->nsections; s++) {
        fputs("  ", stdout);
        section_title(&c->sections[s]);
        fputs(": ", stdout);
        spread(&o->sections[s].spread);
        for (size_t g = 0; g < o->ngoals; g++)
            if (o->goals[g].section == s) {
                printf("    %s: ", o->goals[g].goal->id);
                spread(&o->goals[g].spread);
            }
    }
}

static void missed(const KlasOverview *o)
{
    const Course *c = o->course;
    printf("\n%s\n", cli_str(STR_KLAS_MISSED));
    if (!o->nmissed)
        say("  ", STR_KLAS_NONE_MISSED);
    for (size_t i = 0; i < o->nmissed; i++) {
        const KlasMissed *m = &o->missed[i];
        const Question *q = &c->questions[m->question];
        printf("  %zu. %s (%s): ", i + 1, q->id, c->sections[q->section_index].number);
        print_plain(q->prompt);
        fputc('\n', stdout);
        say("     ", STR_KLAS_MISSED_LINE, m->missed, m->attempts,
            (int)(100.0 * (double)m->missed / (double)m->attempts + 0.5));
        if (m->distractor != KLAS_NONE) {
            char *plain = markup_strip_dup(q->options[m->distractor].text);
            say("     ", STR_KLAS_DISTRACTOR, plain ? plain : "", m->distractor_count);
            free(plain);
        }
    }
}

static void unpractised(const KlasOverview *o, bool names)
{
    const Course *c = o->course;
    bool any = false;
    printf("\n%s\n", cli_str(STR_KLAS_UNPRACTISED));
    for (size_t s = 0; s < c->nsections; s++) {
        const KlasSection *ks = &o->sections[s];
        if (!ks->nunpractised)
            continue;
        any = true;
        fputs("  ", stdout);
        section_title(&c->sections[s]);
        fputs(": ", stdout);
        printf(cli_str(ks->nunpractised == 1 ? STR_KLAS_UNPRACTISED_ONE : STR_KLAS_UNPRACTISED_COUNT),
               ks->nunpractised);
        for (size_t i = 0; names && i < ks->nunpractised; i++)
            printf("%s%s", i ? ", " : " (", klas_student_name(o, ks->unpractised[i]));
        fputs(names ? ")\n" : "\n", stdout);
    }
    if (!any)
        say("  ", STR_KLAS_ALL_PRACTISED);
}

static void grades(const KlasOverview *o, bool names)
{
    printf("\n%s\n", cli_str(STR_KLAS_GRADES));
    if (!o->tested) {
        say("  ", STR_KLAS_NO_GRADES);
        return;
    }
    char mean[8];
    exam_grade_text((int)(o->mean_grade * 10 + 0.5), mean);
    say("  ", STR_KLAS_GRADES_SUMMARY, o->tested, o->passed, mean);
    fputs("  ", stdout);
    for (int g = 0; g < 10; g++) {
        printf(cli_str(STR_KLAS_GRADE_COUNT), g + 1, o->grade_hist[g]);
        fputs(g < 9 ? "; " : "\n", stdout);
    }
    for (size_t i = 0; names && i < o->nexams; i++) {
        const KlasExam *e = &o->exams[i];
        char grade[8], when[20];
        exam_grade_text(e->grade_tenths, grade);
        isotime_format_local(e->time_ms, os_utc_offset_min(e->time_ms), when);
        when[16] = '\0'; /* to the minute */
        printf("  %s: ", klas_student_name(o, e->student));
        printf(cli_str(STR_KLAS_GRADE_LINE), grade, when);
        printf(", %s", cli_str(exam_passed(e->grade_tenths) ? STR_KLAS_PASS : STR_KLAS_FAIL));
        if (!e->from_xapi) {
            fputs(", ", stdout);
            printf(cli_str(STR_KLAS_GRADE_ANSWERED), e->answered);
        }
        fputc('\n', stdout);
    }
}

static void print_overview(const KlasOverview *o, bool names)
{
    printf("%s\n", cli_str(STR_KLAS_TITLE));
    say("  ", STR_KLAS_COUNTS, o->nstudents, o->attempts, o->files_read);
    if (o->duplicates)
        say("  ", STR_KLAS_DUPLICATES, o->duplicates);
    if (o->files_skipped)
        say("  ", STR_KLAS_SKIPPED, o->files_skipped);
    if (o->unknown)
        say("  ", STR_KLAS_UNKNOWN, o->unknown);
    if (!names)
        say("  ", STR_KLAS_NAMES_HIDDEN);
    mastery(o);
    missed(o);
    unpractised(o, names);
    grades(o, names);
}

static Course *load_course(const char *content)
{
    char builtin[4096];
    if (!content) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            cli_say(WHO, STR_CLI_EXPORT_NO_COURSE);
            return NULL;
        }
        content = builtin;
    }
    Diag d;
    diag_init(&d);
    Course *c = course_load(content, &d);
    if (!c) {
        cli_say(WHO, STR_CLI_EXPORT_COURSE_BAD, content);
        char text[2048];
        for (size_t i = 0; i < d.count && i < 10; i++)
            fprintf(stderr, "  %s\n", cli_diag(&d.messages[i], text, sizeof text));
    }
    diag_free(&d);
    return c;
}

static bool write_csv(const KlasOverview *o, const Args *a)
{
    JsonBuf b = {0};
    klas_csv(o, a->names, &b);
    AwError e;
    char why[512];
    bool ok = !b.failed;
    if (!ok)
        cli_say(WHO, STR_CLI_NO_MEMORY);
    else if (!fsutil_write_atomic(a->csv, b.data, b.len, &e)) {
        cli_say(WHO, STR_CLI_KLAS_CSV_FAILED, a->csv, cli_error(&e, why, sizeof why));
        ok = false;
    } else
        cli_say(WHO, STR_CLI_KLAS_CSV_WRITTEN, a->csv);
    jsonbuf_free(&b);
    return ok;
}

int cli_klas(int argc, char **argv)
{
    Args a;
    int status = parse_args(argc, argv, &a);
    if (status)
        return status < 0 ? 0 : status;
    if (!os_is_folder(a.folder)) {
        cli_say(WHO, STR_CLI_KLAS_NOT_FOLDER, a.folder);
        return 1;
    }
    Course *c = load_course(a.content);
    if (!c)
        return 1;
    Klas *k = klas_new(c, offset_hook, NULL);
    if (!k) {
        cli_say(WHO, STR_CLI_NO_MEMORY);
        course_free(c);
        return 1;
    }
    Diag d;
    diag_init(&d);
    bool listed = klas_add_folder(k, a.folder, &d);
    char text[2048];
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "%s: %s\n", WHO, cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    KlasOverview o;
    AwError e;
    status = 1;
    if (!listed) {
        /* said above */
    } else if (!klas_compute(k, &o, &e)) {
        fprintf(stderr, "%s: %s\n", WHO, cli_error(&e, text, sizeof text));
    } else {
        if (!o.files_read)
            cli_say(WHO, STR_CLI_KLAS_NOTHING, a.folder);
        else {
            print_overview(&o, a.names);
            status = fflush(stdout) == 0 && (!a.csv || write_csv(&o, &a)) ? 0 : 1;
        }
        klas_overview_free(&o);
    }
    klas_free(k);
    course_free(c);
    return status;
}
