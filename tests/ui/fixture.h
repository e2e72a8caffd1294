/* fixture.h - what the ui test programs share beyond the fake measurer:
 * the built-in course, a temporary folder, and (with fixture_app.h) an app
 * driven through its input. Header-only, like fake.h, so that each test
 * stays one program of one file. */
#ifndef ACCOUNTWIJS_TEST_FIXTURE_H
#define ACCOUNTWIJS_TEST_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "../content_fixture.h"

/* Makes a new folder NAME-XXXXXX under $TMPDIR (or /tmp) and writes its
 * path to DIR. False when it cannot. */
static inline bool fixture_mkdtemp(char *dir, size_t size, const char *name)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, size, "%s/%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
    return mkdtemp(dir) != NULL;
}

/* Removes DIR and everything in it. False when that fails. */
static inline bool fixture_rmtree(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0;
}

#endif
