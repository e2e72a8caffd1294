/* gift_internal.h - what gift_parse.c and gift_text.c share. */
#ifndef ACCOUNTWIJS_GIFT_INTERNAL_H
#define ACCOUNTWIJS_GIFT_INTERNAL_H

#include <stddef.h>

#include "arena.h"
#include "gift.h"

/* Escaped characters stand in the text as these bytes while it is split
 * (control characters of the input were replaced by spaces before), as
 * Moodle's importer puts placeholders in: \: \# \= \{ \} \~ and \n. */
enum {
    GP_COLON = 0x01,
    GP_HASH = 0x02,
    GP_EQUALS = 0x03,
    GP_LBRACE = 0x04,
    GP_RBRACE = 0x05,
    GP_TILDE = 0x06,
    GP_NEWLINE = 0x07,
};

/* The text formats of GIFT ([moodle] is the default). */
typedef enum {
    GF_MOODLE,
    GF_HTML,
    GF_PLAIN,
    GF_MARKDOWN,
    GF_RAW, /* plain, and an opening [...] is text too (a matching pair's right side) */
} GiftFormat;

/* Windows-1252 bytes S[0..LEN) as UTF-8 in a new string (malloc); NULL when
 * out of memory. *OUTLEN gets its length. */
char *gift_cp1252(const char *s, size_t len, size_t *outlen);

/* The text S[0..LEN) (placeholders in it) in our markup, in A: an opening
 * [format] is taken off and gives the format (else DFLT; an unknown name
 * stays as text and *UNKNOWN points at it, else NULL), placeholders become
 * their characters, HTML (moodle and html formats) is reduced to our
 * markup, tabs become spaces, and the ends are trimmed. *FORMAT (may be
 * NULL) gets the format. NULL when out of memory. */
char *gift_text(Arena *a, const char *s, size_t len, GiftFormat dflt, GiftFormat *format, const char **unknown,
                size_t *unknown_len);

#endif
