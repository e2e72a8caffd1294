/* paths.c - see paths.h. The binary may be run from any working directory,
 * from its build folder or after `cmake --install`; the base path is the
 * folder of the executable, so the installed layout is
 * <prefix>/bin/accountwijs with <prefix>/share/accountwijs beside it. The
 * build defines AW_SOURCE_DIR, AW_BUILD_DIR, AW_INSTALL_DATADIR and
 * AW_REL_DATADIR for this file (CMakeLists.txt). The Windows build defines
 * only AW_REL_DATADIR: its program lives in a folder of its own with
 * assets/ and content/ beside it, and must never find the source tree
 * (Wine can see Linux paths). */
#include "paths.h"

#include <stdio.h>
#include <string.h>

#include "os.h"

static int has_data(const char *dir)
{
    char probe[4096];
    OsStat st;
    snprintf(probe, sizeof probe, "%s/content/course.json", dir);
    if (!os_stat(probe, &st))
        return 0;
    snprintf(probe, sizeof probe, "%s/assets/fonts", dir);
    return os_stat(probe, &st);
}

/* The folder of the running executable with a '/' at the end, as
 * SDL_GetBasePath gives it; 0 when the system cannot tell. */
static int exe_folder(char *out, size_t size)
{
    if (!os_exe_folder(out, size - 1))
        return 0;
    size_t n = strlen(out);
    if (n == 0 || out[n - 1] != '/')
        memcpy(out + n, "/", 2);
    return 1;
}

int paths_find_data(char *out, size_t outsize)
{
    char base[4096];
    if (exe_folder(base, sizeof base)) {
        snprintf(out, outsize, "%s../%s", base, AW_REL_DATADIR);
        int installed = has_data(out);
        /* Run from its own build folder: the source tree is the truth,
         * even when an older copy was installed system-wide. */
#ifdef AW_BUILD_DIR
        int in_build = strcmp(base, AW_BUILD_DIR "/") == 0;
#else
        int in_build = 0;
#endif
        if (installed)
            return 1;
        /* Unpacked from a zip: assets/ and content/ beside the program
         * (the Windows package's layout). */
        snprintf(out, outsize, "%.*s", (int)(strlen(base) - 1), base);
        if (has_data(out))
            return 1;
#ifdef AW_SOURCE_DIR
        if (in_build) {
            snprintf(out, outsize, "%s", AW_SOURCE_DIR);
            if (has_data(out))
                return 1;
        }
#else
        (void)in_build;
#endif
    }
#ifdef AW_INSTALL_DATADIR
    snprintf(out, outsize, "%s", AW_INSTALL_DATADIR);
    if (has_data(out))
        return 1;
#endif
#ifdef AW_SOURCE_DIR
    snprintf(out, outsize, "%s", AW_SOURCE_DIR);
    if (has_data(out))
        return 1;
#endif
    return 0;
}
