/* main.c - accountwijs: courseware and quizzes for chapter 1 of
 * Accountmanagement. Subcommands run without opening a window (src/cli,
 * which does not link SDL; `bench render` is the platform's); anything
 * else starts the program (or the headless harness). */
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "os.h"
#include "platform.h"

static bool is_subcommand(const char *a)
{
    return strcmp(a, "check") == 0 || strcmp(a, "export") == 0 || strcmp(a, "fsrs") == 0 || strcmp(a, "bench") == 0 ||
           strcmp(a, "import") == 0 || strcmp(a, "lrs") == 0 || strcmp(a, "klas") == 0 || strcmp(a, "speak") == 0;
}

/* Whether ARGV names a subcommand, after any --lang nl|en (or --lang=en)
 * that stands before it. */
static bool has_subcommand(int argc, char **argv)
{
    int i = 1;
    while (i < argc && strncmp(argv[i], "--lang", 6) == 0 && (argv[i][6] == '\0' || argv[i][6] == '='))
        i += argv[i][6] == '=' ? 1 : 2;
    return i < argc && is_subcommand(argv[i]);
}

int main(int argc, char **argv)
{
    argv = os_utf8_args(&argc, argv); /* Windows: UTF-8, not the ANSI code page */
    if (has_subcommand(argc, argv)) {
        /* --lang, before or after the subcommand, words its messages. */
        int status = cli_take_lang(&argc, argv);
        if (status)
            return status;
    }
    if (argc > 1 && strcmp(argv[1], "check") == 0)
        return cli_check(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "export") == 0)
        return cli_export(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "import") == 0)
        return cli_import(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "lrs") == 0)
        return cli_lrs(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "klas") == 0)
        return cli_klas(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "speak") == 0)
        return cli_speak(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "fsrs") == 0)
        return cli_fsrs(argc - 1, argv + 1);
    if (argc > 2 && strcmp(argv[1], "bench") == 0 && strcmp(argv[2], "render") == 0)
        return platform_bench_render(argc - 2, argv + 2);
    if (argc > 1 && strcmp(argv[1], "bench") == 0)
        return cli_bench(argc - 1, argv + 1);
    return platform_main(argc, argv);
}
