/* check.c - `accountwijs check`: validate lesson files for a teacher. Every
 * message goes to standard error; standard output carries the summary (or,
 * with --json, exactly one JSON object) so scripts can read it. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "course.h"
#include "lexicon.h"
#include "lint.h"
#include "os.h"
#include "paths.h"

int cli_default_content(char *out, unsigned long outsize)
{
    char data[4096];
    if (!paths_find_data(data, sizeof data))
        return 0;
    int n = snprintf(out, outsize, "%.4000s/content", data);
    return n > 0 && (unsigned long)n < outsize;
}

/* The noun for a count: "1 paragraaf", "7 paragrafen". ONE is a
 * STR_CLI_*_ONE; its plural is the next string. */
static const char *plural(size_t n, StrId one)
{
    return cli_str(n == 1 ? one : (StrId)(one + 1));
}

static void usage(FILE *f)
{
    fputs(cli_str(STR_CLI_CHECK_USAGE), f);
}

/* F's message in the language of --lang into BUF. */
static const char *lint_text(const LintFinding *f, char *buf, size_t size)
{
    DiagMessage m = lint_finding_diag(f, DIAG_WARNING);
    return i18n_diag_text(&m, cli_lang(), buf, size);
}

/* FILE: PATH: warning [rule]: message, like the loader's messages; a
 * silenced finding says so and gives the teacher's reason. */
static void print_lint(const LintReport *r, int strict)
{
    Lang lang = cli_lang();
    char text[2048];
    for (size_t i = 0; i < r->count; i++) {
        const LintFinding *f = &r->items[i];
        const char *path = f->path[0] ? f->path : str_get(lang, STR_DIAG_TOP_LEVEL);
        StrId level = f->why ? STR_DIAG_SILENCED : strict ? STR_DIAG_ERROR : STR_DIAG_WARNING;
        fprintf(stderr, "%s: %s: %s [%s]: %s", f->file, path, str_get(lang, level), lint_rule_name(f->rule),
                lint_text(f, text, sizeof text));
        if (f->why) {
            fputs(" (", stderr);
            fprintf(stderr, str_get(lang, STR_DIAG_WHY), f->why);
            fputc(')', stderr);
        }
        fputc('\n', stderr);
    }
}

static void json_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", stdout);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

/* , "lint": {"strict": B, "open": N, "silenced": N, "findings": [...]}: open
 * counts the findings not silenced (errors under --strict). */
static void print_lint_json(const LintReport *r, int strict)
{
    printf(", \"lint\": {\"strict\": %s, \"open\": %zu, \"silenced\": %zu, \"findings\": [", strict ? "true" : "false",
           r->count - r->silenced, r->silenced);
    for (size_t i = 0; i < r->count; i++) {
        const LintFinding *f = &r->items[i];
        printf("%s{\"file\": ", i ? ", " : "");
        json_string(f->file);
        printf(", \"path\": ");
        json_string(f->path[0] ? f->path : "(top level)");
        printf(", \"rule\": \"%s\", \"level\": \"%s\", \"message\": ", lint_rule_name(f->rule),
               f->why   ? "silenced"
               : strict ? "error"
                        : "warning");
        char text[2048];
        json_string(lint_text(f, text, sizeof text));
        if (f->why) {
            printf(", \"why\": ");
            json_string(f->why);
        }
        putchar('}');
    }
    printf("]}");
}

int cli_check(int argc, char **argv)
{
    int json = 0, lint = 0, strict = 0;
    const char *paths[256];
    size_t npaths = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--lint") == 0) {
            lint = 1;
        } else if (strcmp(argv[i], "--strict") == 0) {
            lint = strict = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_say("accountwijs check", STR_CLI_UNKNOWN_OPTION, argv[i]);
            usage(stderr);
            return 2;
        } else if (npaths < sizeof paths / sizeof *paths) {
            paths[npaths++] = argv[i];
        } else {
            cli_say("accountwijs check", STR_CLI_CHECK_TOO_MANY_PATHS);
            return 2;
        }
    }
    char builtin[4096];
    if (npaths == 0) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            cli_say("accountwijs check", STR_CLI_CHECK_NO_BUILTIN);
            return 2;
        }
        paths[npaths++] = builtin;
    }

    Diag diag;
    diag_init(&diag);
    Course *c = course_load_paths(paths, npaths, &diag);
    /* A course folder's pronunciation list (the read-aloud's) is checked
     * with it; --lint names the loanwords it misses. */
    for (size_t i = 0; i < npaths; i++) {
        char lexfile[LEXICON_PATH_SIZE];
        OsStat st;
        if (!os_is_folder(paths[i]) || !lexicon_default_path(paths[i], lexfile, sizeof lexfile) ||
            !os_stat(lexfile, &st))
            continue;
        Lexicon *lx = lexicon_load(lexfile, &diag);
        if (!lx) {
            course_free(c);
            c = NULL;
        } else if (c && lint && !lexicon_lint(c, lx, lexfile, &diag)) {
            cli_say("accountwijs check", STR_CLI_CHECK_LINT_NO_MEMORY);
        }
        lexicon_free(lx);
    }
    char text[2048];
    for (size_t i = 0; i < diag.count; i++)
        fprintf(stderr, "%s\n", cli_diag(&diag.messages[i], text, sizeof text));
    if (diag_dropped(&diag))
        fprintf(stderr, "... en nog %zu meldingen\n", diag_dropped(&diag));

    LintReport report = {0};
    bool lint_ok = true;
    if (c && lint) {
        lint_ok = lint_course(c, npaths == 1 ? paths[0] : NULL, &report);
        print_lint(&report, strict);
        if (!lint_ok)
            cli_say("accountwijs check", STR_CLI_CHECK_LINT_NO_MEMORY);
    }
    size_t lint_open = report.count - report.silenced;

    size_t counts[QUESTION_TYPE_COUNT] = {0};
    size_t nodes = 0;
    if (c) {
        course_count_types(c, counts);
        for (size_t i = 0; i < c->nscenarios; i++)
            nodes += c->scenarios[i].nnodes;
    }
    if (json) {
        printf("{\"sections\": %zu, \"questions\": %zu, \"by_type\": {", c ? c->nsections : 0, c ? c->nquestions : 0);
        for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
            printf("%s\"%s\": %zu", t ? ", " : "", question_type_name((QuestionType)t), counts[t]);
        printf("}, \"scenarios\": %zu, \"scenario_nodes\": %zu, \"glossary\": %zu, \"errors\": %zu, "
               "\"warnings\": %zu",
               c ? c->nscenarios : 0, nodes, c ? c->nglossary : 0, diag.errors, diag.warnings);
        if (lint)
            print_lint_json(&report, strict);
        printf("}\n");
    } else if (c) {
        char types[256] = "";
        for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
            snprintf(types + strlen(types), sizeof types - strlen(types), "%s%s %zu", t ? ", " : "",
                     question_type_name((QuestionType)t), counts[t]);
        printf(cli_str(STR_CLI_CHECK_SUMMARY), c->nsections, plural(c->nsections, STR_CLI_SECTION_ONE), c->nquestions,
               plural(c->nquestions, STR_CLI_QUESTION_ONE), types, c->nscenarios,
               plural(c->nscenarios, STR_CLI_SCENARIO_ONE), nodes, plural(nodes, STR_CLI_NODE_ONE), c->nglossary,
               plural(c->nglossary, STR_CLI_TERM_ONE), diag.warnings, plural(diag.warnings, STR_CLI_WARNING_ONE));
        if (lint)
            printf(cli_str(STR_CLI_CHECK_LINT), lint_open,
                   plural(lint_open, strict ? STR_CLI_ERROR_ONE : STR_CLI_WARNING_ONE), report.silenced);
        printf(".\n");
    } else {
        printf(cli_str(STR_CLI_CHECK_FAILED), diag.errors, plural(diag.errors, STR_CLI_ERROR_ONE), diag.warnings,
               plural(diag.warnings, STR_CLI_WARNING_ONE));
        putchar('\n');
    }
    int status = c && !(strict && (lint_open || !lint_ok)) ? 0 : 1;
    lint_report_free(&report);
    course_free(c);
    diag_free(&diag);
    return status;
}
