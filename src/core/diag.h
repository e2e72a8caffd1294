/* diag.h - a bounded list of error and warning messages, filled by the
 * loader and printed by the caller. Core never prints. */
#ifndef ACCOUNTWIJS_DIAG_H
#define ACCOUNTWIJS_DIAG_H

#include <stdbool.h>
#include <stddef.h>

enum { DIAG_MAX_MESSAGES = 200 };

/* A note adds context to the messages before it and is not counted. */
typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct {
    DiagLevel level;
    char *text; /* "file:LINE:COL: message" or "file: path: message" */
} DiagMessage;

typedef struct {
    DiagMessage *messages; /* at most DIAG_MAX_MESSAGES kept */
    size_t count, cap;
    size_t errors, warnings; /* all counted, also those not kept */
    size_t hidden;           /* counted but deliberately not kept (summarised elsewhere) */
} Diag;

void diag_init(Diag *d);
void diag_free(Diag *d);
/* Adds a formatted message; beyond the cap it is only counted. */
void diag_add(Diag *d, DiagLevel level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Counts a message without keeping it, for a caller that summarises them. */
void diag_hide(Diag *d, DiagLevel level);
/* Messages not kept because of the cap (hidden ones excluded). */
size_t diag_dropped(const Diag *d);

#endif
