/* cli_lang.c - the language the subcommands word core's errors in: Dutch,
 * or English with --lang en (see cli.h). */
#include <stdarg.h>
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
                cli_say("accountwijs", STR_CLI_LANG_MISSING);
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
            cli_say("accountwijs", STR_CLI_LANG_UNKNOWN, v);
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

const char *cli_diag(const DiagMessage *m, char *buf, size_t size)
{
    if (!size)
        return buf;
    buf[0] = '\0';
    if (m->level == DIAG_WARNING)
        snprintf(buf, size, "%s: ", str_get(cli_language, STR_DIAG_WARNING));
    size_t at = strlen(buf);
    i18n_diag(m, cli_language, buf + at, size - at);
    return buf;
}

const char *cli_error(const AwError *err, char *buf, size_t size)
{
    return i18n_error(err, cli_language, buf, size);
}

const char *cli_str(StrId id)
{
    return str_get(cli_language, id);
}

void cli_say(const char *who, StrId id, ...)
{
    va_list ap;
    va_start(ap, id);
    fprintf(stderr, "%s: ", who);
    vfprintf(stderr, cli_str(id), ap);
    fputc('\n', stderr);
    va_end(ap);
}
