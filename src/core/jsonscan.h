/* jsonscan.h - a strict pass over JSON text before cJSON sees it.
 *
 * cJSON accepts things a lesson file must not hold: text that is not UTF-8,
 * a NUL escaped into a string, a key given twice in one object, and it does
 * not say where a syntax error is in words a teacher understands. This pass
 * checks all of that with a position, plus the limits below. */
#ifndef ACCOUNTWIJS_JSONSCAN_H
#define ACCOUNTWIJS_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum {
    JSON_MAX_FILE_BYTES = 8 * 1024 * 1024,
    JSON_MAX_DEPTH = 64,
    JSON_MAX_STRING_BYTES = 64 * 1024,
};

/* Checks TEXT (LEN bytes, need not be NUL-terminated) and adds an error for
 * each problem as "FILE:LINE:COL: message". Stops at the first syntax error,
 * since what follows it cannot be read reliably. Returns true when clean. */
bool jsonscan_check(const char *text, size_t len, const char *file, Diag *diag);

/* Line and column (both 1-based, column in code points) of byte OFFSET. */
void json_line_col(const char *text, size_t len, size_t offset, int *line, int *col);

#endif
