/* platform_main.c - placeholder until the reader lands: loads the course
 * and reports what it found. */
#include <stdio.h>

#include "cli.h"
#include "lesson.h"
#include "platform.h"

int platform_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char dir[4096];
    if (!cli_default_content(dir, sizeof dir)) {
        fprintf(stderr, "accountwijs: content not found\n");
        return 1;
    }
    Diag d;
    diag_init(&d);
    Course *c = course_load(dir, &d);
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "%s\n", d.messages[i].text);
    int ok = c != NULL;
    course_free(c);
    diag_free(&d);
    return ok ? 0 : 1;
}

int platform_bench_render(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("accountwijs bench render: nog niet beschikbaar\n", stderr);
    return 2;
}
