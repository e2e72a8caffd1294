/* diag.h - a bounded list of error and warning messages about files (the
 * loader's, the checker's, the progress log's), filled by core and worded
 * by the caller. Core never prints and writes no sentence: a message is a
 * code (DiagCode) with where it is (file, line and column or JSON path) and
 * its details as strings ({1}, {2}, ... in the templates; numbers already
 * written as digits). ui/i18n.h i18n_diag words it in Dutch or English from
 * the tables in ui/diag_nl.c and ui/diag_en.c. */
#ifndef ACCOUNTWIJS_DIAG_H
#define ACCOUNTWIJS_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "os.h"

enum { DIAG_MAX_MESSAGES = 200, DIAG_MAX_ARGS = 6 };

/* A note adds context to the messages before it and is not counted. */
typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

/* Every message core reports, DIAG_CODES(X): X(code, number of details,
 * what they are), in diag_codes.h. */
#include "diag_codes.h"

typedef enum {
#define DIAG_CODE_ENUM(code, nargs, what) code,
    DIAG_CODES(DIAG_CODE_ENUM)
#undef DIAG_CODE_ENUM
        DIAG_CODE_COUNT
} DiagCode;

/* Where a message points. FILE NULL: nowhere (the message stands alone);
 * LINE > 0: "FILE:LINE:COL"; PATH non-NULL: a JSON path in FILE ("" for
 * the top level); else the file (or folder) itself. */
typedef struct {
    const char *file;
    int line, col;
    const char *path;
} DiagAt;

typedef struct {
    DiagLevel level;
    DiagCode code;
    const char *file; /* as in DiagAt; these point into mem */
    int line, col;
    const char *path;
    const char *args[DIAG_MAX_ARGS]; /* the details, NULL past the code's count */
    char *mem;                       /* owns the strings above */
} DiagMessage;

typedef struct {
    DiagMessage *messages; /* at most DIAG_MAX_MESSAGES kept */
    size_t count, cap;
    size_t errors, warnings; /* all counted, also those not kept */
    size_t hidden;           /* counted but deliberately not kept (summarised elsewhere) */
} Diag;

void diag_init(Diag *d);
void diag_free(Diag *d);

/* Adds a message CODE at AT; beyond the cap it is only counted. ARGS is a
 * list of printf conversions, one per detail and nothing else ("%s%zu"),
 * followed by their values: each conversion becomes one detail string.
 * Supported: s, d, i, u, x, f, g, c with flags, width, precision (not *)
 * and the modifiers hh, h, l, ll, z. */
void diag_report(Diag *d, DiagLevel level, DiagAt at, DiagCode code, const char *args, ...) OS_PRINTF(5, 6);
/* diag_report for a code without details. */
void diag_at(Diag *d, DiagLevel level, DiagAt at, DiagCode code);
/* True when D keeps no more messages: a report is only counted. A scanner
 * that meets millions of errors checks this and calls diag_count, without
 * working out a place it would not keep. */
bool diag_full(const Diag *d);
/* Counts a message of LEVEL that is not kept (D is full). */
void diag_count(Diag *d, DiagLevel level);
/* diag_report with a va_list. */
void diag_vreport(Diag *d, DiagLevel level, DiagAt at, DiagCode code, const char *args, va_list ap) OS_PRINTF(5, 0);
/* Counts a message without keeping it, for a caller that summarises them. */
void diag_hide(Diag *d, DiagLevel level);
/* Messages not kept because of the cap (hidden ones excluded). */
size_t diag_dropped(const Diag *d);

/* Formats ARGS with AP as diag_report does into one new block, points
 * OUT[0..n) at the details in it and sets *N; returns the block (the
 * caller frees it), NULL when out of memory. */
char *diag_format_args(const char *args, va_list ap, const char *out[DIAG_MAX_ARGS], int *n);

/* The number of details CODE has; -1 for a value out of range. */
int diag_code_args(DiagCode code);
/* The code's name in the source ("DC_NO_MEMORY"), for tests; "DC_?" out of range. */
const char *diag_code_name(DiagCode code);

#endif
