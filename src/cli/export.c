/* export.c - `accountwijs export`: the teacher's view of the attempt logs,
 * on standard output. The tables themselves (CSV for a Dutch spreadsheet,
 * JSON) are built by core/export.c, which the progress screen uses too;
 * this file finds the data folder, the profiles and the course.
 *
 * Logs are opened read-only: an export never repairs, moves or locks
 * anything, so it can run while a student is practising. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "export.h"
#include "jsonl.h"
#include "course.h"
#include "os.h"
#include "profiles.h"
#include "progress.h"
#include "lrs_conf.h"
#include "xapi.h"

typedef struct {
    const char *profile; /* --profile NAME */
    bool all;
    bool have_format;
    ExportFormat format;
    bool xapi; /* --format xapi: statements instead of rows */
    bool summary;
    const char *data_dir;
    const char *content;
} Args;

typedef struct {
    Args args;
    char data_dir[4096];
    Course *course; /* NULL when it could not be loaded (attempts only) */
    Export export;
    XapiWriter *xapi; /* --format xapi */
    JsonBuf out;      /* a profile at a time, then written */
    int status;
} Run;

static void usage(FILE *f)
{
    fputs(cli_str(STR_CLI_EXPORT_USAGE), f);
}

/* The sentence ID (with ARG for its %s, if it has one), then the usage. */
static int usage_error(StrId id, const char *arg)
{
    cli_say("accountwijs export", id, arg);
    fputc('\n', stderr);
    usage(stderr);
    return 2;
}

/* ---- driver -------------------------------------------------------------- */

static int offset_hook(int64_t ms, void *ctx)
{
    (void)ctx;
    return os_utc_offset_min(ms);
}

/* Writes what the export built so far to standard output. */
static bool flush(Run *run)
{
    if (run->out.failed) {
        cli_say("accountwijs export", STR_CLI_NO_MEMORY);
        return false;
    }
    bool ok = !run->out.len || fwrite(run->out.data, 1, run->out.len, stdout) == run->out.len;
    run->out.len = 0;
    return ok;
}

/* For ExportOptions.flush: a long log streams to standard output. */
static bool flush_hook(JsonBuf *out, void *ctx)
{
    Run *run = ctx;
    return out == &run->out && flush(run);
}

/* --format xapi: the profile's statements, streamed as the rows are. */
static void one_profile_xapi(Run *run, const Profile *p)
{
    char err[512];
    XapiActor actor = {p->id, p->name};
    AwError e;
    if (!xapi_profile(run->xapi, run->data_dir, &actor, NULL, &run->out, flush_hook, run, NULL, &e)) {
        fprintf(stderr, "accountwijs export: %s: %s\n", p->name, cli_error(&e, err, sizeof err));
        run->status = 1;
    }
    if (!flush(run))
        run->status = 1;
}

static void one_profile(Run *run, const Profile *p)
{
    if (run->xapi) {
        one_profile_xapi(run, p);
        return;
    }
    char path[4200], err[256];
    if (!profiles_log_path(run->data_dir, p->id, path, sizeof path)) {
        cli_say("accountwijs export", STR_CLI_EXPORT_PATH_TOO_LONG, p->id);
        run->status = 1;
        return;
    }
    Diag d;
    diag_init(&d);
    /* The days of the summary's history are those of this offset. */
    ProgressOptions o = {.read_only = true, .utc_offset_min = os_utc_offset_min(run->export.opt.now_ms)};
    ProgressLog *log = progress_open(path, &o, &d);
    char text[2048];
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "accountwijs export: %s: %s\n", p->name, cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    if (!log) {
        run->status = 1;
        return;
    }
    AwError e;
    if (!export_profile(&run->export, p, log, &run->out, &e)) {
        fprintf(stderr, "accountwijs export: %s: %s\n", p->name, cli_error(&e, err, sizeof err));
        run->status = 1;
    }
    progress_close(log);
    if (!flush(run))
        run->status = 1;
}

/* The course names sections and defines mastery: needed for --summary;
 * without it the attempts still export, with an empty section column. */
static bool load_course(Run *run)
{
    bool warn = !run->args.summary;
    char builtin[4096];
    const char *dir = run->args.content;
    if (!dir) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            cli_say("accountwijs export", warn ? STR_CLI_EXPORT_NO_COURSE_WARN : STR_CLI_EXPORT_NO_COURSE);
            return false;
        }
        dir = builtin;
    }
    Diag d;
    diag_init(&d);
    run->course = course_load(dir, &d);
    if (!run->course) {
        cli_say("accountwijs export", warn ? STR_CLI_EXPORT_COURSE_BAD_WARN : STR_CLI_EXPORT_COURSE_BAD, dir);
        char text[2048];
        for (size_t i = 0; i < d.count && i < 10; i++)
            fprintf(stderr, "  %s\n", cli_diag(&d.messages[i], text, sizeof text));
    }
    diag_free(&d);
    return run->course != NULL;
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
        *status = usage_error(STR_CLI_NEEDS_VALUE, name);
        return NULL;
    }
    return argv[++*i];
}

/* 0 to go on, -1 after --help, else the exit status of a usage error. */
static int parse_args(int argc, char **argv, Args *o)
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
                return usage_error(STR_CLI_EXPORT_ONCE, "--profile");
            o->profile = v;
        } else if ((v = option_value(argc, argv, &i, "--format", &status)) != NULL) {
            if (strcmp(v, "csv") == 0)
                o->format = EXPORT_CSV;
            else if (strcmp(v, "json") == 0)
                o->format = EXPORT_JSON;
            else if (strcmp(v, "xapi") == 0)
                o->format = EXPORT_JSON, o->xapi = true;
            else
                return usage_error(STR_CLI_EXPORT_FORMAT_UNKNOWN, v);
            o->have_format = true;
        } else if ((v = option_value(argc, argv, &i, "--data-dir", &status)) != NULL) {
            o->data_dir = v;
        } else if ((v = option_value(argc, argv, &i, "--content", &status)) != NULL) {
            o->content = v;
        } else if (status) {
            return status;
        } else {
            return usage_error(STR_CLI_UNKNOWN_OPTION, a);
        }
    }
    if (!o->profile && !o->all)
        return usage_error(STR_CLI_EXPORT_WHO, NULL);
    if (o->profile && o->all)
        return usage_error(STR_CLI_EXPORT_WHO_BOTH, NULL);
    if (!o->have_format)
        return usage_error(STR_CLI_EXPORT_FORMAT, NULL);
    if (o->xapi && o->summary)
        return usage_error(STR_CLI_EXPORT_XAPI_SUMMARY, NULL);
    return 0;
}

int cli_export(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "gift") == 0)
        return cli_export_gift(argc - 1, argv + 1);
    Run run = {0};
    int status = parse_args(argc, argv, &run.args);
    if (status)
        return status < 0 ? 0 : status;
    if (!profiles_data_dir(run.data_dir, sizeof run.data_dir, run.args.data_dir)) {
        cli_say("accountwijs export", STR_CLI_EXPORT_NO_DATA_DIR);
        return 2;
    }
    if (!os_is_folder(run.data_dir)) {
        cli_say("accountwijs export", STR_CLI_EXPORT_DATA_DIR_MISSING, run.data_dir);
        return 1;
    }

    Diag d;
    diag_init(&d);
    ProfileList list;
    bool listed = profiles_list(run.data_dir, &list, &d);
    char text[2048];
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "accountwijs export: %s\n", cli_diag(&d.messages[i], text, sizeof text));
    diag_free(&d);
    if (!listed)
        return 1;

    const Profile *one = NULL;
    if (run.args.profile) {
        one = profiles_find(&list, run.args.profile);
        if (!one) {
            fputs("accountwijs export: ", stderr);
            fprintf(stderr, cli_str(STR_CLI_EXPORT_NO_PROFILE), run.args.profile, run.data_dir);
            for (size_t i = 0; i < list.count; i++)
                fprintf(stderr, "%s%s%s", i ? ", " : " (", i ? "" : cli_str(STR_CLI_EXPORT_PROFILES_THERE),
                        list.items[i].name);
            fputs(list.count ? ")\n" : "\n", stderr);
            profiles_list_free(&list);
            return 1;
        }
    }
    if (!load_course(&run) && run.args.summary) {
        profiles_list_free(&list);
        return 1;
    }
    /* The school's LRS settings name the actors' home page and say
     * whether names go along; a broken file is not guessed around. */
    LrsConf conf;
    AwError ce;
    if (run.args.xapi && !lrs_conf_load(run.data_dir, &conf, &ce)) {
        char err[1024];
        fprintf(stderr, "accountwijs export: %s\n", cli_error(&ce, err, sizeof err));
        course_free(run.course);
        profiles_list_free(&list);
        return 1;
    }
    if (run.args.xapi) {
        XapiOptions xo = {.home = conf.home, .names = conf.names};
        run.xapi = xapi_writer_new(run.course, &xo);
        if (!run.xapi) {
            cli_say("accountwijs export", STR_CLI_NO_MEMORY);
            course_free(run.course);
            profiles_list_free(&list);
            return 1;
        }
        jsonbuf_puts(&run.out, "[\n");
    }
    ExportOptions eo = {.format = run.args.format,
                        .summary = run.args.summary,
                        .course = run.course,
                        .now_ms = os_wall_ms(),
                        .utc_offset = offset_hook,
                        .ctx = &run,
                        .flush = flush_hook};
    if (!run.xapi)
        export_begin(&run.export, &eo, &run.out);
    for (size_t i = 0; i < list.count; i++)
        if (!one || one == &list.items[i])
            one_profile(&run, &list.items[i]);
    if (run.xapi)
        jsonbuf_puts(&run.out, "\n]\n");
    else
        export_end(&run.export, &run.out);
    if (!flush(&run) || fflush(stdout) != 0 || ferror(stdout)) {
        cli_say("accountwijs export", STR_CLI_EXPORT_WRITE_FAILED);
        run.status = 1;
    }
    jsonbuf_free(&run.out);
    xapi_writer_free(run.xapi);
    course_free(run.course);
    profiles_list_free(&list);
    return run.status;
}
