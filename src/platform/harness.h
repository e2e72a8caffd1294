/* harness.h - replays a script of student actions against the real
 * program (accountwijs --script FILE --out DIR): keys, typing, clicks,
 * wheel, resizes and virtual time in, screenshots and the frame's text
 * runs out, expectations checked. The commands are documented in
 * tests/scripts/README.md. */
#ifndef ACCOUNTWIJS_HARNESS_H
#define ACCOUNTWIJS_HARNESS_H

#include "host.h"

typedef struct Script Script;

/* Reads and checks PATH. NULL after printing "PATH:LINE: problem" for a
 * bad script (the caller exits 2). */
Script *script_load(const char *path);
void script_free(Script *s);

/* Runs S against H, writing shots to OUT_DIR (created if needed). Returns
 * the exit status: 0 all ran and held, 1 an expectation failed (or a shot
 * could not be written). */
int script_run(Script *s, Host *h, const char *out_dir);

#endif
