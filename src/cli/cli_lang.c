/* cli_lang.c - the language the subcommands word core's errors in: Dutch,
 * or English with --lang en (see cli.h). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static Lang cli_language = LANG_NL;

int cli_take_lang(int *argc, char **argv)
{
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char *v = NULL;
        if (strcmp(argv[i], "--lang") == 0) {
            if (i + 1 >= *argc) {
                fputs("accountwijs: --lang kent nl en en\n", stderr);
                return 2;
            }
            v = argv[++i];
        } else if (strncmp(argv[i], "--lang=", 7) == 0) {
            v = argv[i] + 7;
        } else {
            argv[out++] = argv[i];
            continue;
        }
        if (!lang_from_code(v, &cli_language)) {
            fprintf(stderr, "accountwijs: --lang kent nl en en, niet '%s'\n", v);
            return 2;
        }
    }
    argv[out] = NULL;
    *argc = out;
    return 0;
}

Lang cli_lang(void)
{
    return cli_language;
}

const char *cli_error(const AwError *err, char *buf, size_t size)
{
    return i18n_error(err, cli_language, buf, size);
}
