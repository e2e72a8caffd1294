/* jsonl.h - the small, strict JSON needed for one-line records: the attempt
 * log (JSON Lines) and profile.json. A record is a flat object whose values
 * are read as raw spans; nested values (an answer) are validated and kept
 * as text. Numbers are written and read without the C locale, so a Dutch
 * LC_NUMERIC can never turn 0.75 into "0,75" inside the log.
 *
 * Everything here works on byte spans that need not be NUL-terminated. */
#ifndef ACCOUNTWIJS_JSONL_H
#define ACCOUNTWIJS_JSONL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    JSONL_MAX_DEPTH = 32,  /* nesting allowed inside a value */
    JSONL_MAX_FIELDS = 32, /* keys in one record object */
};

/* A growable byte buffer. After an allocation failure `failed` is set and
 * further appends are ignored, so a caller checks once at the end. The
 * data is always NUL-terminated when len > 0. Zero-initialise to start. */
typedef struct {
    char *data;
    size_t len, cap;
    bool failed;
} JsonBuf;

void jsonbuf_free(JsonBuf *b);
void jsonbuf_put(JsonBuf *b, const char *s, size_t n);
void jsonbuf_puts(JsonBuf *b, const char *s);
/* Appends S (valid UTF-8) as a quoted JSON string, escaping '"', '\\' and
 * control characters. */
void jsonbuf_put_string(JsonBuf *b, const char *s);
void jsonbuf_put_int(JsonBuf *b, int64_t v);
/* Appends V rounded to DIGITS decimals (0..9), trailing zeros dropped, with
 * POINT as the decimal separator: "0.75", "1", "-2.5" (or "0,75"). */
void jsonbuf_put_fixed(JsonBuf *b, double v, int digits, char point);

typedef enum { JSONL_STRING, JSONL_NUMBER, JSONL_TRUE, JSONL_FALSE, JSONL_NULL, JSONL_OBJECT, JSONL_ARRAY } JsonlKind;

/* One key of a record: the key as written between its quotes (escapes not
 * decoded; record keys are plain ASCII) and the value's raw text. */
typedef struct {
    const char *key;
    size_t keylen;
    JsonlKind kind;
    const char *raw;
    size_t rawlen;
} JsonlField;

/* Parses TEXT as exactly one JSON object (whitespace around it allowed) and
 * fills up to MAX fields in order. Strict: valid UTF-8, no raw control
 * characters in strings, valid escapes and surrogate pairs, nesting at most
 * JSONL_MAX_DEPTH, no key twice. Returns the number of fields, or -1. */
int jsonl_object(const char *text, size_t len, JsonlField *fields, int max);

/* The length of the one JSON value at the start of TEXT (LEN bytes), checked
 * as jsonl_object checks the value of a record's key, with its KIND; 0 when
 * TEXT does not start with a sound value. For readers that know a record's
 * layout and need not split it into fields (progress_parse_line). */
size_t jsonl_value(const char *text, size_t len, JsonlKind *kind);

/* The field called KEY, or NULL. */
const JsonlField *jsonl_field(const JsonlField *fields, int n, const char *key);

/* Decodes the JSON string RAW (with its quotes) into OUT (NUL-terminated).
 * Returns false when it does not fit, is not a string, or decodes to a NUL. */
bool jsonl_string(const JsonlField *f, char *out, size_t outsize);

/* Reads a JSON number without the locale. False when not a number. */
bool jsonl_number(const JsonlField *f, double *v);
/* The same, but only integers that fit in int64_t. */
bool jsonl_int(const JsonlField *f, int64_t *v);

/* Validates TEXT as one JSON value (any kind, strict as above) and appends
 * it without insignificant whitespace, so it fits on one line. */
bool jsonl_compact(JsonBuf *b, const char *text, size_t len);

#endif
