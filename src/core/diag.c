/* diag.c - see diag.h. Messages past the cap are counted, not stored, so a
 * hostile file with a million mistakes costs bounded memory. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_init(Diag *d)
{
    memset(d, 0, sizeof *d);
}

void diag_free(Diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        free(d->messages[i].text);
    free(d->messages);
    memset(d, 0, sizeof *d);
}

void diag_add(Diag *d, DiagLevel level, const char *fmt, ...)
{
    if (level == DIAG_ERROR)
        d->errors++;
    else if (level == DIAG_WARNING)
        d->warnings++;
    if (d->count >= DIAG_MAX_MESSAGES)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    char *text = malloc((size_t)n + 1);
    if (!text)
        return;
    va_start(ap, fmt);
    vsnprintf(text, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        DiagMessage *m = realloc(d->messages, cap * sizeof *m);
        if (!m) {
            free(text);
            return;
        }
        d->messages = m;
        d->cap = cap;
    }
    d->messages[d->count].level = level;
    d->messages[d->count].text = text;
    d->count++;
}

void diag_hide(Diag *d, DiagLevel level)
{
    if (level == DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    d->hidden++;
}

size_t diag_dropped(const Diag *d)
{
    size_t kept = 0;
    for (size_t i = 0; i < d->count; i++)
        kept += d->messages[i].level != DIAG_NOTE;
    return d->errors + d->warnings - kept - d->hidden;
}
