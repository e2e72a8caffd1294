/* utf8.h - decoding and validating UTF-8. Strict: no overlong forms, no
 * surrogates, nothing above U+10FFFF. */
#ifndef ACCOUNTWIJS_UTF8_H
#define ACCOUNTWIJS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from S (at most LEN bytes). Returns the number of
 * bytes it takes (1-4), or 0 when the bytes there are not valid UTF-8. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encodes CP into OUT (room for 4 bytes); returns the byte count, 0 if CP is
 * not a valid scalar value. */
size_t utf8_encode(uint32_t cp, char *out);

/* True when all LEN bytes are valid UTF-8; else *bad_offset is the first bad byte. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Number of code points in the first LEN bytes of valid UTF-8. */
size_t utf8_count(const char *s, size_t len);

/* Byte offset of the start of the code point before OFFSET (0 at the start). */
size_t utf8_prev(const char *s, size_t offset);

#endif
