/* markup.h - the inline markup of lesson text: *emphasis* and **bold**.
 * Parsing strips the markers and describes the plain text as spans, each
 * with a style (MARKUP_BOLD | MARKUP_ITALIC, the FontStyle bits).
 *
 * A marker only counts when it is closed later in the text; an opener
 * must be followed and a closer preceded by a non-space, so "5 * 3" stays
 * as written. Everything else is literal.
 *
 * Plain C in core (no ui types), so that exports and other core modules
 * can strip markup with the very rules the reader draws it by. */
#ifndef ACCOUNTWIJS_MARKUP_H
#define ACCOUNTWIJS_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

enum { MARKUP_BOLD = 1, MARKUP_ITALIC = 2 };

typedef struct {
    size_t start, len; /* bytes of Markup.plain */
    int style;
} MarkupSpan;

/* Owns PLAIN (NUL-terminated) and SPANS; markup_free() releases both. The
 * spans cover the plain text in order, without gaps. */
typedef struct {
    char *plain;
    size_t len;
    MarkupSpan *spans;
    size_t nspans;
} Markup;

/* Parses S[0..LEN). False only when out of memory (OUT is then empty). */
bool markup_parse(const char *s, size_t len, Markup *out);
void markup_free(Markup *m);

/* Writes the plain text of S[0..LEN) (markers removed) to OUT, at most
 * SIZE-1 bytes, NUL-terminated; returns its full length. */
size_t markup_strip(const char *s, size_t len, char *out, size_t size);

/* The plain text of the NUL-terminated S in a new string the caller
 * frees; NULL when out of memory (or S is NULL). */
char *markup_strip_dup(const char *s);

#endif
