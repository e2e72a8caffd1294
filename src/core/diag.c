/* diag.c - see diag.h. Messages past the cap are counted, not stored, so a
 * hostile file with a million mistakes costs bounded memory. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int CODE_ARGS[DIAG_CODE_COUNT] = {
#define DIAG_CODE_ARGS(code, nargs, what) nargs,
    DIAG_CODES(DIAG_CODE_ARGS)
#undef DIAG_CODE_ARGS
};

static const char *const CODE_NAMES[DIAG_CODE_COUNT] = {
#define DIAG_CODE_NAME(code, nargs, what) #code,
    DIAG_CODES(DIAG_CODE_NAME)
#undef DIAG_CODE_NAME
};

int diag_code_args(DiagCode code)
{
    return (unsigned)code < DIAG_CODE_COUNT ? CODE_ARGS[code] : -1;
}

const char *diag_code_name(DiagCode code)
{
    return (unsigned)code < DIAG_CODE_COUNT ? CODE_NAMES[code] : "DC_?";
}

void diag_init(Diag *d)
{
    memset(d, 0, sizeof *d);
}

void diag_free(Diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        free(d->messages[i].mem);
    free(d->messages);
    memset(d, 0, sizeof *d);
}

/* Counts the message; true when it is to be kept. */
static bool count(Diag *d, DiagLevel level)
{
    if (level == DIAG_ERROR)
        d->errors++;
    else if (level == DIAG_WARNING)
        d->warnings++;
    return d->count < DIAG_MAX_MESSAGES;
}

/* Keeps a message with FILE, PATH and the N strings ARGS, copied into one
 * block. */
static void keep(Diag *d, DiagLevel level, DiagAt at, DiagCode code, const char *const *args, int n)
{
    size_t need = (at.file ? strlen(at.file) + 1 : 0) + (at.path ? strlen(at.path) + 1 : 0);
    for (int i = 0; i < n; i++)
        need += strlen(args[i]) + 1;
    char *mem = malloc(need ? need : 1);
    if (!mem)
        return;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        DiagMessage *m = realloc(d->messages, cap * sizeof *m);
        if (!m) {
            free(mem);
            return;
        }
        d->messages = m;
        d->cap = cap;
    }
    DiagMessage *m = &d->messages[d->count++];
    memset(m, 0, sizeof *m);
    m->level = level;
    m->code = code;
    m->line = at.line;
    m->col = at.col;
    m->mem = mem;
    char *p = mem;
    if (at.file) {
        m->file = strcpy(p, at.file);
        p += strlen(p) + 1;
    }
    if (at.path) {
        m->path = strcpy(p, at.path);
        p += strlen(p) + 1;
    }
    for (int i = 0; i < n; i++) {
        m->args[i] = strcpy(p, args[i]);
        p += strlen(p) + 1;
    }
}

/* Formats the next conversion of *FMT (which starts at a '%') with its
 * value from AP into OUT; advances *FMT. False at a conversion it does not
 * know. */
static bool one_arg(const char **fmt, va_list *ap, char *out, size_t n)
{
    const char *f = *fmt;
    char spec[32];
    size_t k = 0;
    spec[k++] = *f++;
    int stars = 0;
    while (*f && strchr("-+ #0123456789.*", *f) && k < sizeof spec - 8) {
        stars += *f == '*';
        spec[k++] = *f++;
    }
    if (stars > 1)
        return false;
    int star = stars ? va_arg(*ap, int) : 0;
    int longs = 0, size = 0;
    for (; (*f == 'l' || *f == 'z' || *f == 'h') && k < sizeof spec - 2; f++) {
        longs += *f == 'l';
        size += *f == 'z';
        spec[k++] = *f;
    }
    char conv = *f;
    if (!conv)
        return false;
    spec[k++] = *f++;
    spec[k] = '\0';
    *fmt = f;
#define PUT(value) (stars ? snprintf(out, n, spec, star, value) : snprintf(out, n, spec, value))
    switch (conv) {
    case 's':
        PUT(va_arg(*ap, const char *));
        return true;
    case 'f':
    case 'g':
        PUT(va_arg(*ap, double));
        return true;
    case 'c':
        PUT(va_arg(*ap, int));
        return true;
    case 'd':
    case 'i':
        if (size)
            PUT(va_arg(*ap, ptrdiff_t));
        else if (longs == 2)
            PUT(va_arg(*ap, long long));
        else if (longs == 1)
            PUT(va_arg(*ap, long));
        else
            PUT(va_arg(*ap, int)); /* h and hh arrive as int */
        return true;
    case 'u':
    case 'x':
        if (size)
            PUT(va_arg(*ap, size_t));
        else if (longs == 2)
            PUT(va_arg(*ap, unsigned long long));
        else if (longs == 1)
            PUT(va_arg(*ap, unsigned long));
        else
            PUT(va_arg(*ap, unsigned));
        return true;
    default:
        return false;
    }
#undef PUT
}

void diag_report(Diag *d, DiagLevel level, DiagAt at, DiagCode code, const char *args, ...)
{
    va_list ap;
    va_start(ap, args);
    diag_vreport(d, level, at, code, args, ap);
    va_end(ap);
}

/* Formats the details of ARGS into VALS; returns how many. */
static int format_args(const char *args, va_list ap, char vals[DIAG_MAX_ARGS][1024])
{
    int n = 0;
    va_list aq;
    va_copy(aq, ap);
    for (const char *f = args; *f && n < DIAG_MAX_ARGS;) {
        if (*f != '%' || f[1] == '%') {
            f += *f == '%' ? 2 : 1;
            continue;
        }
        if (!one_arg(&f, &aq, vals[n], sizeof vals[n]))
            break;
        n++;
    }
    va_end(aq);
    return n;
}

void diag_vreport(Diag *d, DiagLevel level, DiagAt at, DiagCode code, const char *args, va_list ap)
{
    if (!count(d, level))
        return;
    char vals[DIAG_MAX_ARGS][1024];
    const char *ptrs[DIAG_MAX_ARGS];
    int n = format_args(args, ap, vals);
    for (int i = 0; i < n; i++)
        ptrs[i] = vals[i];
    keep(d, level, at, code, ptrs, n);
}

char *diag_format_args(const char *args, va_list ap, const char *out[DIAG_MAX_ARGS], int *n)
{
    char vals[DIAG_MAX_ARGS][1024];
    *n = format_args(args, ap, vals);
    size_t need = 1;
    for (int i = 0; i < *n; i++)
        need += strlen(vals[i]) + 1;
    char *mem = malloc(need), *p = mem;
    if (!mem)
        return NULL;
    for (int i = 0; i < DIAG_MAX_ARGS; i++)
        out[i] = NULL;
    for (int i = 0; i < *n; i++) {
        out[i] = strcpy(p, vals[i]);
        p += strlen(p) + 1;
    }
    return mem;
}

bool diag_full(const Diag *d)
{
    return d->count >= DIAG_MAX_MESSAGES;
}

void diag_count(Diag *d, DiagLevel level)
{
    count(d, level);
}

void diag_at(Diag *d, DiagLevel level, DiagAt at, DiagCode code)
{
    if (count(d, level))
        keep(d, level, at, code, NULL, 0);
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
