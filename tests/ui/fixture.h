/* fixture.h - what the ui test programs share beyond the fake measurer:
 * the built-in course, a temporary folder, and (with fixture_app.h) an app
 * driven through its input. Header-only, like fake.h, so that each test
 * stays one program of one file. */
#ifndef ACCOUNTWIJS_TEST_FIXTURE_H
#define ACCOUNTWIJS_TEST_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "../content_fixture.h"
#include "os.h"

/* Makes a new folder NAME-XXXXXX under $TMPDIR (or /tmp) and writes its
 * path to DIR. False when it cannot. */
static inline bool fixture_mkdtemp(char *dir, size_t size, const char *name)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, size, "%s/%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
    return mkdtemp(dir) != NULL;
}

/* Removes DIR and everything in it (through the OS module, so the Windows
 * build of the tests needs no shell). False when that fails. */
static inline bool fixture_rmtree(const char *dir)
{
    OsStat st;
    if (!os_lstat(dir, &st))
        return true;
    if (st.type != OS_TYPE_FOLDER)
        return os_unlink(dir);
    bool ok = true;
    OsDir *d = os_dir_open(dir);
    const char *name;
    while (d && (name = os_dir_next(d)) != NULL) {
        char sub[4096];
        int n = snprintf(sub, sizeof sub, "%s/%s", dir, name);
        ok = n >= 0 && (size_t)n < sizeof sub && fixture_rmtree(sub) && ok;
    }
    os_dir_close(d);
    return os_rmdir(dir) && ok;
}

#endif
