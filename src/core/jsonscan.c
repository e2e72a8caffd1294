/* jsonscan.c - a recursive-descent pass over JSON that checks what cJSON
 * does not, with a line and column for each problem.
 *
 * The grammar is RFC 8259. Recursion is bounded by JSON_MAX_DEPTH, so the C
 * stack is safe whatever the input. Duplicate keys are found per object by
 * collecting (hash, offset, length) of each key and sorting them when the
 * object closes: O(k log k) per object, so a hostile object with a million
 * keys stays cheap. Keys are compared by their raw bytes; two spellings of
 * one key through different escapes are not caught, and need not be. */
#include "jsonscan.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

typedef struct {
    uint64_t hash;
    size_t off, len;
} KeyRef;

typedef struct {
    const char *s;
    size_t len, pos;
    const char *file;
    Diag *diag;
    bool failed;   /* a syntax error: stop */
    bool problems; /* any error */
    KeyRef *keys;  /* a stack of the keys of the open objects */
    size_t nkeys, capkeys;
    /* Positions for messages, found without going back to the start of
     * the file each time (that made 200k errors take minutes): the starts
     * of all lines (built at the first message), and the last position
     * found, from which a later one on the same line counts on. */
    size_t *lines, nlines;
    bool lines_failed;
    size_t at_off, at_line;
    int at_col;
} Scan;

void json_line_col(const char *text, size_t len, size_t offset, int *line, int *col)
{
    int l = 1, c = 1;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b == '\n') {
            l++;
            c = 1;
        } else if ((b & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static bool build_lines(Scan *sc)
{
    size_t n = 1;
    for (const char *p = sc->s, *end = sc->s + sc->len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        n++;
    sc->lines = malloc(n * sizeof *sc->lines);
    if (!sc->lines)
        return false;
    sc->lines[0] = 0;
    sc->nlines = 1;
    for (const char *p = sc->s, *end = sc->s + sc->len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        sc->lines[sc->nlines++] = (size_t)(p - sc->s) + 1;
    return true;
}

/* json_line_col's answer in O(log lines + distance on the line). */
static void position(Scan *sc, size_t off, int *line, int *col)
{
    if (off > sc->len)
        off = sc->len;
    if (!sc->lines && !sc->lines_failed && !build_lines(sc))
        sc->lines_failed = true;
    if (sc->lines_failed) {
        json_line_col(sc->s, sc->len, off, line, col);
        return;
    }
    size_t lo = 0, hi = sc->nlines; /* the last line start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->lines[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    size_t from = sc->lines[lo];
    int c = 1;
    if (sc->at_line == lo + 1 && sc->at_off >= from && sc->at_off <= off) {
        from = sc->at_off;
        c = sc->at_col;
    }
    for (size_t i = from; i < off; i++)
        c += ((unsigned char)sc->s[i] & 0xC0) != 0x80;
    sc->at_off = off;
    sc->at_line = lo + 1;
    sc->at_col = c;
    *line = (int)(lo + 1);
    *col = c;
}

/* An error CODE at byte OFF, with the details ARGS (see diag_report). */
static void error_at(Scan *sc, size_t off, DiagCode code, const char *args, ...) OS_PRINTF(4, 5);

static void error_at(Scan *sc, size_t off, DiagCode code, const char *args, ...)
{
    sc->problems = true;
    /* Past the cap a message is only counted: find no position for it. */
    if (diag_full(sc->diag)) {
        diag_count(sc->diag, DIAG_ERROR);
        return;
    }
    DiagAt at = {.file = sc->file};
    position(sc, off, &at.line, &at.col);
    va_list ap;
    va_start(ap, args);
    diag_vreport(sc->diag, DIAG_ERROR, at, code, args, ap);
    va_end(ap);
}

/* An error CODE without details at byte OFF. */
static void error0(Scan *sc, size_t off, DiagCode code)
{
    sc->problems = true;
    if (diag_full(sc->diag)) { /* only counted: no place to work out */
        diag_count(sc->diag, DIAG_ERROR);
        return;
    }
    DiagAt at = {.file = sc->file};
    position(sc, off, &at.line, &at.col);
    diag_at(sc->diag, DIAG_ERROR, at, code);
}

static void syntax(Scan *sc, DiagCode code)
{
    if (sc->failed)
        return;
    error0(sc, sc->pos, code);
    sc->failed = true;
}

static void skip_ws(Scan *sc)
{
    while (sc->pos < sc->len) {
        char ch = sc->s[sc->pos];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            sc->pos++;
        else if (ch == '/' && sc->pos + 1 < sc->len && (sc->s[sc->pos + 1] == '/' || sc->s[sc->pos + 1] == '*')) {
            syntax(sc, DC_JSON_COMMENT);
            return;
        } else
            return;
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool read_hex4(Scan *sc, size_t at, uint32_t *out)
{
    if (at + 4 > sc->len)
        return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(sc->s[at + (size_t)i]);
        if (h < 0)
            return false;
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return true;
}

/* Scans a string starting at the opening quote. */
static void scan_string(Scan *sc)
{
    size_t start = sc->pos;
    sc->pos++; /* opening quote */
    size_t decoded = 0;
    while (!sc->failed) {
        if (sc->pos >= sc->len) {
            sc->pos = start;
            syntax(sc, DC_JSON_STRING_UNCLOSED);
            return;
        }
        unsigned char b = (unsigned char)sc->s[sc->pos];
        if (b == '"') {
            sc->pos++;
            break;
        }
        if (b < 0x20) {
            if (b == '\n')
                error0(sc, sc->pos, DC_JSON_RAW_NEWLINE);
            else
                error0(sc, sc->pos, DC_JSON_RAW_CONTROL);
            sc->failed = true;
            return;
        }
        if (b == '\\') {
            if (sc->pos + 1 >= sc->len) {
                sc->pos++;
                syntax(sc, DC_JSON_ESCAPE_AT_END);
                return;
            }
            char e = sc->s[sc->pos + 1];
            if (strchr("\"\\/bfnrt", e)) {
                if (e == 'b' || e == 'f' || e == 'r' || e == 't')
                    error0(sc, sc->pos, DC_JSON_CONTROL_ESCAPE);
                sc->pos += 2;
                decoded++;
                continue;
            }
            if (e != 'u') {
                syntax(sc, DC_JSON_UNKNOWN_ESCAPE);
                return;
            }
            uint32_t cp;
            if (!read_hex4(sc, sc->pos + 2, &cp)) {
                syntax(sc, DC_JSON_BAD_U_ESCAPE);
                return;
            }
            size_t esc = sc->pos;
            sc->pos += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo;
                if (sc->pos + 1 < sc->len && sc->s[sc->pos] == '\\' && sc->s[sc->pos + 1] == 'u' &&
                    read_hex4(sc, sc->pos + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                    sc->pos += 6;
                    decoded += 4;
                    continue;
                }
                error0(sc, esc, DC_JSON_HIGH_SURROGATE);
                continue;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                error0(sc, esc, DC_JSON_LOW_SURROGATE);
                continue;
            }
            if (cp == 0)
                error0(sc, esc, DC_JSON_NUL);
            else if (cp < 0x20 && cp != '\n')
                error0(sc, esc, DC_JSON_CONTROL_ESCAPED);
            decoded += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
            continue;
        }
        if (b < 0x80) {
            sc->pos++;
            decoded++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(sc->s + sc->pos, sc->len - sc->pos, &cp);
        if (n == 0) {
            error0(sc, sc->pos, DC_JSON_NOT_UTF8);
            sc->failed = true;
            return;
        }
        sc->pos += n;
        decoded += n;
    }
    if (decoded > JSON_MAX_STRING_BYTES)
        error_at(sc, start, DC_JSON_STRING_TOO_LONG, "%d", JSON_MAX_STRING_BYTES / 1024);
}

static void scan_number(Scan *sc)
{
    size_t p = sc->pos;
    if (p < sc->len && sc->s[p] == '-')
        p++;
    if (p >= sc->len || sc->s[p] < '0' || sc->s[p] > '9') {
        syntax(sc, DC_JSON_BAD_NUMBER);
        return;
    }
    if (sc->s[p] == '0')
        p++;
    else
        while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9')
            p++;
    if (p < sc->len && sc->s[p] == '.') {
        p++;
        if (p >= sc->len || sc->s[p] < '0' || sc->s[p] > '9') {
            sc->pos = p;
            syntax(sc, DC_JSON_NO_DECIMALS);
            return;
        }
        while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9')
            p++;
    }
    if (p < sc->len && (sc->s[p] == 'e' || sc->s[p] == 'E')) {
        p++;
        if (p < sc->len && (sc->s[p] == '+' || sc->s[p] == '-'))
            p++;
        if (p >= sc->len || sc->s[p] < '0' || sc->s[p] > '9') {
            sc->pos = p;
            syntax(sc, DC_JSON_NO_EXPONENT);
            return;
        }
        while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9')
            p++;
    }
    sc->pos = p;
}

static bool literal(Scan *sc, const char *word)
{
    size_t n = strlen(word);
    if (sc->len - sc->pos >= n && memcmp(sc->s + sc->pos, word, n) == 0) {
        sc->pos += n;
        return true;
    }
    return false;
}

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void push_key(Scan *sc, size_t off, size_t len)
{
    if (sc->nkeys == sc->capkeys) {
        size_t cap = sc->capkeys ? sc->capkeys * 2 : 64;
        KeyRef *k = realloc(sc->keys, cap * sizeof *k);
        if (!k) {
            syntax(sc, DC_JSON_NO_MEMORY);
            return;
        }
        sc->keys = k;
        sc->capkeys = cap;
    }
    sc->keys[sc->nkeys++] = (KeyRef){fnv1a(sc->s + off, len), off, len};
}

static bool same_key(const Scan *sc, const KeyRef *a, const KeyRef *b)
{
    return a->hash == b->hash && a->len == b->len && memcmp(sc->s + a->off, sc->s + b->off, a->len) == 0;
}

/* KEY repeats FIRST, an earlier key of the same object. */
static void report_twice(Scan *sc, const KeyRef *first, const KeyRef *key)
{
    if (sc->diag->count >= DIAG_MAX_MESSAGES) {
        error_at(sc, 0, DC_JSON_KEY_TWICE, "%s%d", "", 0); /* counted only */
        return;
    }
    int line, col;
    position(sc, first->off, &line, &col);
    error_at(sc, key->off - 1, DC_JSON_KEY_TWICE, "%.*s%d", (int)(key->len > 80 ? 80 : key->len), sc->s + key->off,
             line);
}

/* Reports keys given twice among keys[first..nkeys) and pops them, in file
 * order: a few keys are compared pairwise, more go through a hash table
 * (linear time: a million keys in one object used to be sorted). */
static void close_object(Scan *sc, size_t first)
{
    size_t n = sc->nkeys - first;
    const KeyRef *k = sc->keys + first;
    size_t cap = 16;
    while (n > 8 && cap < 2 * n)
        cap *= 2;
    size_t *slot = n > 8 ? calloc(cap, sizeof *slot) : NULL; /* index + 1; 0 is empty */
    for (size_t i = 1; i < n; i++) {
        if (!slot) { /* few keys, or no memory for the table */
            for (size_t j = 0; j < i; j++)
                if (same_key(sc, &k[j], &k[i])) {
                    report_twice(sc, &k[j], &k[i]);
                    break;
                }
            continue;
        }
        if (i == 1)
            slot[k[0].hash & (cap - 1)] = 1;
        for (size_t h = k[i].hash & (cap - 1);; h = (h + 1) & (cap - 1)) {
            if (!slot[h]) {
                slot[h] = i + 1;
                break;
            }
            if (same_key(sc, &k[slot[h] - 1], &k[i])) {
                report_twice(sc, &k[slot[h] - 1], &k[i]);
                break;
            }
        }
    }
    free(slot);
    sc->nkeys = first;
}

static void scan_value(Scan *sc, int depth);

static void scan_object(Scan *sc, int depth)
{
    size_t first = sc->nkeys;
    sc->pos++; /* { */
    skip_ws(sc);
    if (sc->pos < sc->len && sc->s[sc->pos] == '}') {
        sc->pos++;
        return;
    }
    while (!sc->failed) {
        skip_ws(sc);
        if (sc->failed)
            break;
        if (sc->pos >= sc->len) {
            syntax(sc, DC_JSON_OBJECT_UNCLOSED);
            break;
        }
        if (sc->s[sc->pos] == '}') {
            syntax(sc, DC_JSON_COMMA_BEFORE_BRACE);
            break;
        }
        if (sc->s[sc->pos] != '"') {
            syntax(sc, sc->s[sc->pos] == '\'' ? DC_JSON_SINGLE_QUOTED_KEY : DC_JSON_KEY_EXPECTED);
            break;
        }
        size_t koff = sc->pos + 1;
        scan_string(sc);
        if (sc->failed)
            break;
        push_key(sc, koff, sc->pos - 1 - koff);
        skip_ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] != ':') {
            syntax(sc, DC_JSON_COLON_EXPECTED);
            break;
        }
        sc->pos++;
        scan_value(sc, depth);
        if (sc->failed)
            break;
        skip_ws(sc);
        if (sc->pos >= sc->len) {
            syntax(sc, DC_JSON_OBJECT_UNCLOSED);
            break;
        }
        if (sc->s[sc->pos] == ',') {
            sc->pos++;
            continue;
        }
        if (sc->s[sc->pos] == '}') {
            sc->pos++;
            break;
        }
        syntax(sc, sc->s[sc->pos] == '"' ? DC_JSON_MISSING_COMMA : DC_JSON_OBJECT_COMMA_EXPECTED);
    }
    if (!sc->failed)
        close_object(sc, first);
    else
        sc->nkeys = first;
}

static void scan_array(Scan *sc, int depth)
{
    sc->pos++; /* [ */
    skip_ws(sc);
    if (sc->pos < sc->len && sc->s[sc->pos] == ']') {
        sc->pos++;
        return;
    }
    while (!sc->failed) {
        skip_ws(sc);
        if (sc->pos < sc->len && sc->s[sc->pos] == ']') {
            syntax(sc, DC_JSON_COMMA_BEFORE_BRACKET);
            break;
        }
        scan_value(sc, depth);
        if (sc->failed)
            break;
        skip_ws(sc);
        if (sc->pos >= sc->len) {
            syntax(sc, DC_JSON_LIST_UNCLOSED);
            break;
        }
        if (sc->s[sc->pos] == ',') {
            sc->pos++;
            continue;
        }
        if (sc->s[sc->pos] == ']') {
            sc->pos++;
            break;
        }
        syntax(sc, DC_JSON_LIST_COMMA_EXPECTED);
    }
}

static void scan_value(Scan *sc, int depth)
{
    skip_ws(sc);
    if (sc->failed)
        return;
    if (sc->pos >= sc->len) {
        syntax(sc, DC_JSON_VALUE_AT_END);
        return;
    }
    char ch = sc->s[sc->pos];
    if (ch == '{' || ch == '[') {
        if (depth + 1 > JSON_MAX_DEPTH) {
            error_at(sc, sc->pos, DC_JSON_TOO_DEEP, "%d", JSON_MAX_DEPTH);
            sc->failed = true;
            return;
        }
        if (ch == '{')
            scan_object(sc, depth + 1);
        else
            scan_array(sc, depth + 1);
    } else if (ch == '"') {
        scan_string(sc);
    } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
        scan_number(sc);
    } else if (literal(sc, "true") || literal(sc, "false") || literal(sc, "null")) {
        /* done */
    } else if (ch == '\'') {
        syntax(sc, DC_JSON_SINGLE_QUOTED_STRING);
    } else {
        syntax(sc, DC_JSON_VALUE_EXPECTED);
    }
}

bool jsonscan_check(const char *text, size_t len, const char *file, Diag *diag)
{
    Scan sc = {.s = text, .len = len, .file = file, .diag = diag};
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        error0(&sc, 0, DC_JSON_BOM);
        free(sc.lines);
        return false;
    }
    size_t bad;
    if (!utf8_valid(text, len, &bad)) {
        error0(&sc, bad, DC_JSON_NOT_UTF8);
        free(sc.lines);
        return false;
    }
    skip_ws(&sc);
    if (!sc.failed && sc.pos >= len)
        syntax(&sc, DC_JSON_EMPTY);
    if (!sc.failed)
        scan_value(&sc, 0);
    if (!sc.failed) {
        skip_ws(&sc);
        if (!sc.failed && sc.pos < len)
            syntax(&sc, DC_JSON_TRAILING_TEXT);
    }
    free(sc.keys);
    free(sc.lines);
    return !sc.problems;
}
