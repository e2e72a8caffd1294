/* main.c - accountwijs: courseware and quizzes for chapter 1 of
 * Accountmanagement. Subcommands run without opening a window (src/cli,
 * which does not link SDL; `bench render` is the platform's); anything
 * else starts the program (or the headless harness). */
#include <string.h>

#include "cli.h"
#include "platform.h"

int main(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "check") == 0 || strcmp(argv[1], "export") == 0 || strcmp(argv[1], "fsrs") == 0 ||
                     strcmp(argv[1], "bench") == 0)) {
        int status = cli_take_lang(&argc, argv);
        if (status)
            return status;
    }
    if (argc > 1 && strcmp(argv[1], "check") == 0)
        return cli_check(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "export") == 0)
        return cli_export(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "fsrs") == 0)
        return cli_fsrs(argc - 1, argv + 1);
    if (argc > 2 && strcmp(argv[1], "bench") == 0 && strcmp(argv[2], "render") == 0)
        return platform_bench_render(argc - 2, argv + 2);
    if (argc > 1 && strcmp(argv[1], "bench") == 0)
        return cli_bench(argc - 1, argv + 1);
    return platform_main(argc, argv);
}
