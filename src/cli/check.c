/* check.c - `accountwijs check`: validate lesson files for a teacher. Every
 * message goes to standard error; standard output carries the summary (or,
 * with --json, exactly one JSON object) so scripts can read it. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "course.h"
#include "lint.h"
#include "paths.h"

int cli_default_content(char *out, unsigned long outsize)
{
    char data[4096];
    if (!paths_find_data(data, sizeof data))
        return 0;
    int n = snprintf(out, outsize, "%.4000s/content", data);
    return n > 0 && (unsigned long)n < outsize;
}

/* The Dutch noun for a count: "1 paragraaf", "7 paragrafen". */
static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

static void usage(FILE *f)
{
    fputs("Gebruik: accountwijs check [--json] [--lint] [--strict] [PAD...]\n"
          "Controleert lesbestanden of mappen (standaard: de ingebouwde cursus).\n"
          "--lint: waarschuw ook voor zwakke vragen (de regels staan in content/FORMAT.md).\n"
          "--strict: zoals --lint, maar elke waarschuwing van --lint is een fout.\n"
          "Afsluitcode 0: geldig; 1: fouten gevonden; 2: verkeerd gebruik.\n",
          f);
}

/* FILE: PATH: warning [rule]: message, like the loader's messages; a
 * silenced finding says so and gives the teacher's reason. */
static void print_lint(const LintReport *r, int strict)
{
    for (size_t i = 0; i < r->count; i++) {
        const LintFinding *f = &r->items[i];
        if (f->why)
            fprintf(stderr, "%s: %s: silenced [%s]: %s (why: %s)\n", f->file, f->path, lint_rule_name(f->rule),
                    f->message, f->why);
        else
            fprintf(stderr, "%s: %s: %s [%s]: %s\n", f->file, f->path, strict ? "error" : "warning",
                    lint_rule_name(f->rule), f->message);
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
        json_string(f->path);
        printf(", \"rule\": \"%s\", \"level\": \"%s\", \"message\": ", lint_rule_name(f->rule),
               f->why   ? "silenced"
               : strict ? "error"
                        : "warning");
        json_string(f->message);
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
            fprintf(stderr, "accountwijs check: onbekende optie '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        } else if (npaths < sizeof paths / sizeof *paths) {
            paths[npaths++] = argv[i];
        } else {
            fprintf(stderr, "accountwijs check: te veel paden (hoogstens 256)\n");
            return 2;
        }
    }
    char builtin[4096];
    if (npaths == 0) {
        if (!cli_default_content(builtin, sizeof builtin)) {
            fprintf(stderr, "accountwijs check: de ingebouwde cursus is niet gevonden; geef een pad op\n");
            return 2;
        }
        paths[npaths++] = builtin;
    }

    Diag diag;
    diag_init(&diag);
    Course *c = course_load_paths(paths, npaths, &diag);
    for (size_t i = 0; i < diag.count; i++)
        fprintf(stderr, "%s%s\n", diag.messages[i].level == DIAG_WARNING ? "warning: " : "", diag.messages[i].text);
    if (diag_dropped(&diag))
        fprintf(stderr, "... en nog %zu meldingen\n", diag_dropped(&diag));

    LintReport report = {0};
    bool lint_ok = true;
    if (c && lint) {
        lint_ok = lint_course(c, npaths == 1 ? paths[0] : NULL, &report);
        print_lint(&report, strict);
        if (!lint_ok)
            fprintf(stderr, "accountwijs check: te weinig geheugen voor --lint; niet elke regel is nagegaan\n");
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
        printf("In orde: %zu %s, %zu %s (", c->nsections, plural(c->nsections, "paragraaf", "paragrafen"),
               c->nquestions, plural(c->nquestions, "vraag", "vragen"));
        for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
            printf("%s%s %zu", t ? ", " : "", question_type_name((QuestionType)t), counts[t]);
        printf("), %zu %s met %zu %s, %zu %s; %zu %s", c->nscenarios, plural(c->nscenarios, "scenario", "scenario's"),
               nodes, plural(nodes, "knooppunt", "knooppunten"), c->nglossary,
               plural(c->nglossary, "begrip", "begrippen"), diag.warnings,
               plural(diag.warnings, "waarschuwing", "waarschuwingen"));
        if (lint)
            printf("; lint: %zu %s, %zu stilgezet", lint_open,
                   strict ? (lint_open == 1 ? "fout" : "fouten") : (lint_open == 1 ? "waarschuwing" : "waarschuwingen"),
                   report.silenced);
        printf(".\n");
    } else {
        printf("%zu fout%s, %zu waarschuwing%s.\n", diag.errors, diag.errors == 1 ? "" : "en", diag.warnings,
               diag.warnings == 1 ? "" : "en");
    }
    int status = c && !(strict && (lint_open || !lint_ok)) ? 0 : 1;
    lint_report_free(&report);
    course_free(c);
    diag_free(&diag);
    return status;
}
