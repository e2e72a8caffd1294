/* check.c - `accountwijs check`: validate lesson files for a teacher. Every
 * message goes to standard error; standard output carries the summary (or,
 * with --json, exactly one JSON object) so scripts can read it. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "lesson.h"
#include "paths.h"

int cli_default_content(char *out, unsigned long outsize)
{
    char data[4096];
    if (!paths_find_data(data, sizeof data))
        return 0;
    int n = snprintf(out, outsize, "%.4000s/content", data);
    return n > 0 && (unsigned long)n < outsize;
}

static void usage(FILE *f)
{
    fputs("Gebruik: accountwijs check [--json] [PAD...]\n"
          "Controleert lesbestanden of mappen (standaard: de ingebouwde cursus).\n"
          "Afsluitcode 0: geldig; 1: fouten gevonden; 2: verkeerd gebruik.\n",
          f);
}

int cli_check(int argc, char **argv)
{
    int json = 0;
    const char *paths[256];
    size_t npaths = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = 1;
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

    size_t counts[QUESTION_TYPE_COUNT] = {0};
    size_t nodes = 0;
    if (c) {
        course_count_types(c, counts);
        for (size_t i = 0; i < c->nscenarios; i++)
            nodes += c->scenarios[i].nnodes;
    }
    if (json) {
        printf("{\"sections\": %zu, \"questions\": %zu, \"by_type\": {", c ? c->nsections : 0,
               c ? c->nquestions : 0);
        for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
            printf("%s\"%s\": %zu", t ? ", " : "", question_type_name((QuestionType)t), counts[t]);
        printf("}, \"scenarios\": %zu, \"scenario_nodes\": %zu, \"glossary\": %zu, \"errors\": %zu, "
               "\"warnings\": %zu}\n",
               c ? c->nscenarios : 0, nodes, c ? c->nglossary : 0, diag.errors, diag.warnings);
    } else if (c) {
        printf("In orde: %zu paragrafen, %zu vragen (", c->nsections, c->nquestions);
        for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
            printf("%s%s %zu", t ? ", " : "", question_type_name((QuestionType)t), counts[t]);
        printf("), %zu scenario's met %zu knooppunten, %zu begrippen; %zu waarschuwingen.\n", c->nscenarios, nodes,
               c->nglossary, diag.warnings);
    } else {
        printf("%zu fout%s, %zu waarschuwing%s.\n", diag.errors, diag.errors == 1 ? "" : "en", diag.warnings,
               diag.warnings == 1 ? "" : "en");
    }
    int status = c ? 0 : 1;
    course_free(c);
    diag_free(&diag);
    return status;
}
