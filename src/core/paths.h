/* paths.h - where the program finds its assets/ and content/. */
#ifndef ACCOUNTWIJS_PATHS_H
#define ACCOUNTWIJS_PATHS_H

#include <stddef.h>

/* Finds the folder that holds assets/ and content/: the install prefix's
 * share/accountwijs next to the binary (the folder of /proc/self/exe, as
 * SDL_GetBasePath gives it on Linux), the binary's own folder (the
 * Windows zip), the configured install data dir, or the source tree the
 * binary was built from. Writes it to OUT; returns 0
 * when none exists. Needs no SDL: `check` and `export` use it too. */
int paths_find_data(char *out, size_t outsize);

#endif
