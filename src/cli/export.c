/* export.c - placeholder: the scoring module replaces this file. */
#include <stdio.h>

#include "cli.h"

int cli_export(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("accountwijs export: nog niet beschikbaar\n", stderr);
    return 2;
}

int cli_bench_progress(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("accountwijs bench progress: nog niet beschikbaar\n", stderr);
    return 2;
}
