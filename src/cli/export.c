/* export.c - `accountwijs export`: the teacher's view of the attempt logs.
 *
 * Writes every attempt (or with --summary one row per student and section)
 * to standard output as CSV or JSON. The CSV is made for Excel and
 * LibreOffice with Dutch settings: a UTF-8 byte order mark (else Excel
 * guesses Windows-1252), ';' between fields (',' is the decimal sign
 * there), RFC 4180 quoting, CRLF line ends, and numbers with a decimal
 * comma ("0,75"; "0.75" would be read as text or as a thousands group).
 * Text that a spreadsheet would run as a formula (starting with = + - @)
 * gets a leading apostrophe: student names and answers are typed by
 * students, and the teacher opens the file.
 *
 * Logs are opened read-only: an export never repairs, moves or locks
 * anything, so it can run while a student is practising. */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "isotime.h"
#include "jsonl.h"
#include "lesson.h"
#include "mastery.h"
#include "profiles.h"
#include "progress.h"

typedef enum { FORMAT_NONE, FORMAT_CSV, FORMAT_JSON } Format;

typedef struct {
    const char *profile; /* --profile NAME */
    bool all;
    Format format;
    bool summary;
    const char *data_dir;
    const char *content;
} ExportOptions;

typedef struct {
    ExportOptions opt;
    char data_dir[4096];
    Course *course; /* NULL when it could not be loaded (attempts only) */
    JsonBuf out;    /* one row at a time, then written */
    size_t rows;
    int status;
} Export;

static void usage(FILE *f)
{
    fputs("Gebruik: accountwijs export (--profile NAAM | --all) --format csv|json [--summary]\n"
          "                          [--data-dir MAP] [--content MAP]\n"
          "Schrijft de antwoorden van een leerling (of van allen) naar standaarduitvoer;\n"
          "met --summary per leerling en paragraaf: pogingen, beheersing en laatste activiteit.\n"
          "CSV is voor Excel en LibreOffice met Nederlandse instellingen (puntkomma's,\n"
          "decimale komma, UTF-8 met BOM). De gegevensmap is --data-dir, anders\n"
          "$ACCOUNTWIJS_DATA_DIR, anders die van het programma (~/.local/share/accountwijs/accountwijs).\n"
          "Afsluitcode 0: gelukt; 1: profiel of gegevens niet gevonden of onleesbaar; 2: verkeerd gebruik.\n",
          f);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("accountwijs export: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n\n", stderr);
    usage(stderr);
    return 2;
}

/* ---- local time ---------------------------------------------------------- */

/* Minutes east of UTC at instant MS, from the system's time zone rules. */
static int offset_at(int64_t ms)
{
    time_t t = (time_t)(ms / 1000);
    struct tm lt;
    if (!localtime_r(&t, &lt))
        return 0;
    return (int)(lt.tm_gmtoff / 60);
}

/* ---- CSV and JSON cells ------------------------------------------------- */

static void csv_text(JsonBuf *b, const char *s)
{
    bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@';
    bool quote = strpbrk(s, ";\"\r\n") != NULL;
    if (quote)
        jsonbuf_put(b, "\"", 1);
    if (formula)
        jsonbuf_put(b, "'", 1);
    for (const char *p = s; *p; p++) {
        const char *q = strchr(p, '"');
        if (!q) {
            jsonbuf_puts(b, p);
            break;
        }
        jsonbuf_put(b, p, (size_t)(q - p));
        jsonbuf_put(b, "\"\"", 2);
        p = q;
    }
    if (quote)
        jsonbuf_put(b, "\"", 1);
}

static void csv_sep(JsonBuf *b)
{
    jsonbuf_put(b, ";", 1);
}
static void csv_end(JsonBuf *b)
{
    jsonbuf_put(b, "\r\n", 2);
}

static void csv_local_time(JsonBuf *b, int64_t ms)
{
    char s[20];
    if (!ms)
        return;
    isotime_format_local(ms, offset_at(ms), s);
    jsonbuf_puts(b, s);
}

static void json_key(JsonBuf *b, bool first, const char *key)
{
    jsonbuf_puts(b, first ? "{\"" : ",\"");
    jsonbuf_puts(b, key);
    jsonbuf_puts(b, "\":");
}

static void json_time(JsonBuf *b, int64_t ms)
{
    char s[ISOTIME_SIZE];
    if (!ms) {
        jsonbuf_puts(b, "null");
        return;
    }
    isotime_format(ms, s);
    jsonbuf_put_string(b, s);
}

/* Starts a JSON array element or a CSV row. */
static void row_start(Export *ex)
{
    if (ex->opt.format == FORMAT_JSON)
        jsonbuf_puts(&ex->out, ex->rows ? ",\n" : "[\n");
    ex->rows++;
}

static bool flush(Export *ex)
{
    if (ex->out.failed) {
        fputs("accountwijs export: niet genoeg geheugen\n", stderr);
        return false;
    }
    if (ex->out.len && fwrite(ex->out.data, 1, ex->out.len, stdout) != ex->out.len)
        return false;
    ex->out.len = 0;
    return true;
}

/* ---- attempts ------------------------------------------------------------ */

static const char *mode_dutch(AttemptMode m)
{
    static const char *const names[] = {"oefenen", "toets", "scenario", "herhalen", "anders"};
    return (unsigned)m < sizeof names / sizeof *names ? names[m] : "anders";
}

/* "1.3 Welke klant is een account?" for item ID, or NULL. */
static const Section *section_of(const Course *c, const char *id)
{
    if (!c)
        return NULL;
    const Question *q = course_question(c, id);
    if (q)
        return &c->sections[q->section_index];
    const Scenario *s = course_scenario(c, id);
    return s && s->nsections ? course_section(c, s->sections[0]) : NULL;
}

static void csv_section(JsonBuf *b, const Section *s)
{
    if (!s)
        return;
    char text[1024];
    snprintf(text, sizeof text, "%s %s", s->number, s->title);
    csv_text(b, text);
}

static void export_attempts(Export *ex, const Profile *p, const ProgressLog *log)
{
    JsonBuf *b = &ex->out;
    const Attempt *at = progress_attempts(log);
    for (size_t i = 0; i < progress_count(log); i++) {
        const Attempt *a = &at[i];
        const Section *s = section_of(ex->course, a->item);
        row_start(ex);
        if (ex->opt.format == FORMAT_CSV) {
            csv_text(b, p->name);
            csv_sep(b);
            csv_text(b, p->id);
            csv_sep(b);
            csv_local_time(b, a->time_ms);
            csv_sep(b);
            csv_text(b, a->item);
            csv_sep(b);
            csv_section(b, s);
            csv_sep(b);
            csv_text(b, mode_dutch(a->mode));
            csv_sep(b);
            jsonbuf_put_fixed(b, a->score, 4, ',');
            csv_sep(b);
            jsonbuf_put_fixed(b, (double)a->ms / 1000.0, 1, ',');
            csv_sep(b);
            csv_text(b, a->version);
            csv_sep(b);
            csv_text(b, a->answer);
            csv_end(b);
        } else {
            json_key(b, true, "student");
            jsonbuf_put_string(b, p->name);
            json_key(b, false, "profile");
            jsonbuf_put_string(b, p->id);
            json_key(b, false, "time");
            json_time(b, a->time_ms);
            json_key(b, false, "item");
            jsonbuf_put_string(b, a->item);
            json_key(b, false, "section");
            if (s)
                jsonbuf_put_string(b, s->id);
            else
                jsonbuf_puts(b, "null");
            json_key(b, false, "content_version");
            jsonbuf_put_string(b, a->version);
            json_key(b, false, "mode");
            jsonbuf_put_string(b, progress_mode_name(a->mode));
            json_key(b, false, "score");
            jsonbuf_put_fixed(b, a->score, 6, '.');
            json_key(b, false, "ms");
            jsonbuf_put_int(b, a->ms);
            json_key(b, false, "answer");
            jsonbuf_puts(b, a->answer);
            jsonbuf_puts(b, "}");
        }
        if (b->len > 1 << 20 && !flush(ex))
            return;
    }
}

/* ---- summary ------------------------------------------------------------- */

static bool export_summary(Export *ex, const Profile *p, const ProgressLog *log)
{
    Mastery m;
    char err[256];
    int64_t now = (int64_t)time(NULL) * 1000;
    if (!mastery_compute(&m, ex->course, log, now, offset_at(now), err, sizeof err)) {
        fprintf(stderr, "accountwijs export: %s\n", err);
        return false;
    }
    JsonBuf *b = &ex->out;
    const Course *c = ex->course;
    for (size_t i = 0; i < c->nsections; i++) {
        const Section *s = &c->sections[i];
        const GroupMastery *g = &m.sections[i];
        row_start(ex);
        if (ex->opt.format == FORMAT_CSV) {
            csv_text(b, p->name);
            csv_sep(b);
            csv_text(b, p->id);
            csv_sep(b);
            csv_text(b, s->id);
            csv_sep(b);
            csv_section(b, s);
            csv_sep(b);
            jsonbuf_put_int(b, (int64_t)g->attempts);
            csv_sep(b);
            jsonbuf_put_int(b, (int64_t)g->questions);
            csv_sep(b);
            jsonbuf_put_int(b, (int64_t)g->answered);
            csv_sep(b);
            jsonbuf_put_int(b, (int64_t)g->mastered);
            csv_sep(b);
            jsonbuf_put_fixed(b, g->mastery * 100, 1, ',');
            csv_sep(b);
            csv_text(b, g->questions && g->mastery >= MASTERY_THRESHOLD ? "ja" : "nee");
            csv_sep(b);
            csv_local_time(b, g->last_ms);
            csv_end(b);
        } else {
            json_key(b, true, "student");
            jsonbuf_put_string(b, p->name);
            json_key(b, false, "profile");
            jsonbuf_put_string(b, p->id);
            json_key(b, false, "section");
            jsonbuf_put_string(b, s->id);
            json_key(b, false, "number");
            jsonbuf_put_string(b, s->number);
            json_key(b, false, "title");
            jsonbuf_put_string(b, s->title);
            json_key(b, false, "attempts");
            jsonbuf_put_int(b, (int64_t)g->attempts);
            json_key(b, false, "questions");
            jsonbuf_put_int(b, (int64_t)g->questions);
            json_key(b, false, "answered");
            jsonbuf_put_int(b, (int64_t)g->answered);
            json_key(b, false, "mastered_questions");
            jsonbuf_put_int(b, (int64_t)g->mastered);
            json_key(b, false, "mastery_pct");
            jsonbuf_put_fixed(b, g->mastery * 100, 1, '.');
            json_key(b, false, "mastered");
            jsonbuf_puts(b, g->questions && g->mastery >= MASTERY_THRESHOLD ? "true" : "false");
            json_key(b, false, "last_activity");
            json_time(b, g->last_ms);
            jsonbuf_puts(b, "}");
        }
    }
    mastery_free(&m);
    return true;
}

/* ---- driver -------------------------------------------------------------- */

static void header(Export *ex)
{
    if (ex->opt.format == FORMAT_JSON)
        return;
    JsonBuf *b = &ex->out;
    jsonbuf_puts(b, "\xEF\xBB\xBF"); /* the BOM: Excel reads UTF-8 only with it */
    if (ex->opt.summary)
        jsonbuf_puts(b, "leerling;profiel;sectie;paragraaf;pogingen;vragen;beantwoord;vragen_beheerst;"
                        "beheersing_pct;beheerst;laatste_activiteit");
    else
        jsonbuf_puts(b, "leerling;profiel;tijd;vraag;paragraaf;modus;score;duur_s;lesversie;antwoord");
    csv_end(b);
}

static void export_profile(Export *ex, const Profile *p)
{
    char path[4200];
    if (!profiles_log_path(ex->data_dir, p->id, path, sizeof path)) {
        fprintf(stderr, "accountwijs export: profiel %s: pad te lang\n", p->id);
        ex->status = 1;
        return;
    }
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.read_only = true};
    ProgressLog *log = progress_open(path, &o, &d);
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "accountwijs export: %s: %s%s\n", p->name,
                d.messages[i].level == DIAG_WARNING ? "waarschuwing: " : "", d.messages[i].text);
    diag_free(&d);
    if (!log) {
        ex->status = 1;
        return;
    }
    if (ex->opt.summary) {
        if (!export_summary(ex, p, log))
            ex->status = 1;
    } else {
        export_attempts(ex, p, log);
    }
    progress_close(log);
    if (!flush(ex))
        ex->status = 1;
}

/* The course names sections and defines mastery: needed for --summary;
 * without it the attempts still export, with an empty section column. */
static bool load_course(Export *ex)
{
    const char *what = ex->opt.summary ? "" : "waarschuwing: ";
    const char *then = ex->opt.summary ? "" : " (de kolom paragraaf blijft leeg)";
    char builtin[4096];
    const char *dir = ex->opt.content;
    if (!dir) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            fprintf(stderr, "accountwijs export: %sde ingebouwde cursus is niet gevonden; geef --content MAP%s\n", what,
                    then);
            return false;
        }
        dir = builtin;
    }
    Diag d;
    diag_init(&d);
    ex->course = course_load(dir, &d);
    if (!ex->course) {
        fprintf(stderr, "accountwijs export: %sde cursus in %s kan niet geladen worden%s:\n", what, dir, then);
        for (size_t i = 0; i < d.count && i < 10; i++)
            fprintf(stderr, "  %s\n", d.messages[i].text);
    }
    diag_free(&d);
    return ex->course != NULL;
}

/* Reads "--name VALUE" or "--name=VALUE" at argv[*i]; NULL when absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *status)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *status = usage_error("%s heeft een waarde nodig", name);
        return NULL;
    }
    return argv[++*i];
}

static int parse_args(int argc, char **argv, ExportOptions *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        int status = 0;
        const char *v;
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return -1;
        } else if (strcmp(a, "--all") == 0) {
            o->all = true;
        } else if (strcmp(a, "--summary") == 0) {
            o->summary = true;
        } else if ((v = option_value(argc, argv, &i, "--profile", &status)) != NULL) {
            if (o->profile)
                return usage_error("%s mag maar één keer", "--profile");
            o->profile = v;
        } else if ((v = option_value(argc, argv, &i, "--format", &status)) != NULL) {
            if (strcmp(v, "csv") == 0)
                o->format = FORMAT_CSV;
            else if (strcmp(v, "json") == 0)
                o->format = FORMAT_JSON;
            else
                return usage_error("onbekend formaat '%s' (kies csv of json)", v);
        } else if ((v = option_value(argc, argv, &i, "--data-dir", &status)) != NULL) {
            o->data_dir = v;
        } else if ((v = option_value(argc, argv, &i, "--content", &status)) != NULL) {
            o->content = v;
        } else if (status) {
            return status;
        } else {
            return usage_error("onbekende optie '%s'", a);
        }
    }
    if (!o->profile && !o->all)
        return usage_error("%s", "geef --profile NAAM of --all");
    if (o->profile && o->all)
        return usage_error("%s", "geef --profile NAAM of --all, niet allebei");
    if (o->format == FORMAT_NONE)
        return usage_error("%s", "geef --format csv of --format json");
    return 0;
}

int cli_export(int argc, char **argv)
{
    Export ex = {0};
    int status = parse_args(argc, argv, &ex.opt);
    if (status)
        return status < 0 ? 0 : status;
    if (!profiles_data_dir(ex.data_dir, sizeof ex.data_dir,
                           ex.opt.data_dir ? ex.opt.data_dir : getenv("ACCOUNTWIJS_DATA_DIR"), getenv("XDG_DATA_HOME"),
                           getenv("HOME"))) {
        fputs("accountwijs export: geen gegevensmap: geef --data-dir MAP\n", stderr);
        return 2;
    }
    struct stat st;
    if (stat(ex.data_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "accountwijs export: de gegevensmap %s bestaat niet\n", ex.data_dir);
        return 1;
    }

    Diag d;
    diag_init(&d);
    ProfileList list;
    bool listed = profiles_list(ex.data_dir, &list, &d);
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "accountwijs export: %s%s\n", d.messages[i].level == DIAG_WARNING ? "waarschuwing: " : "",
                d.messages[i].text);
    diag_free(&d);
    if (!listed)
        return 1;

    const Profile *one = NULL;
    if (ex.opt.profile) {
        one = profiles_find(&list, ex.opt.profile);
        if (!one) {
            fprintf(stderr, "accountwijs export: er is geen profiel '%s' in %s", ex.opt.profile, ex.data_dir);
            for (size_t i = 0; i < list.count; i++)
                fprintf(stderr, "%s%s", i ? ", " : " (wel: ", list.items[i].name);
            fputs(list.count ? ")\n" : "\n", stderr);
            profiles_list_free(&list);
            return 1;
        }
    }
    if (!load_course(&ex) && ex.opt.summary) {
        profiles_list_free(&list);
        return 1;
    }
    header(&ex);
    for (size_t i = 0; i < list.count; i++)
        if (!one || one == &list.items[i])
            export_profile(&ex, &list.items[i]);
    if (ex.opt.format == FORMAT_JSON)
        jsonbuf_puts(&ex.out, ex.rows ? "\n]\n" : "[]\n");
    if (!flush(&ex) || fflush(stdout) != 0 || ferror(stdout)) {
        fputs("accountwijs export: kan niet naar de uitvoer schrijven\n", stderr);
        ex.status = 1;
    }
    jsonbuf_free(&ex.out);
    course_free(ex.course);
    profiles_list_free(&list);
    return ex.status;
}
