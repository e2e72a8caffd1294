/* paths.h - where the program finds its assets/ and content/. */
#ifndef ACCOUNTWIJS_PATHS_H
#define ACCOUNTWIJS_PATHS_H

#include <stddef.h>

/* Finds the folder that holds assets/ and content/: the install prefix's
 * share/accountwijs next to the binary (found with SDL_GetBasePath), the
 * configured install data dir, or the source tree the binary was built
 * from. Writes it to OUT; returns 0 when none exists. */
int paths_find_data(char *out, size_t outsize);

#endif
