/* jsonl.c - see jsonl.h. A hand-written scanner rather than cJSON: loading
 * 100,000 attempts must stay well under 150 ms, and a record needs no tree,
 * only the spans of its few values. One recursive pass validates a value
 * and, when asked, copies its tokens without the whitespace between them. */
#include "jsonl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* ---- buffer ----------------------------------------------------------- */

void jsonbuf_free(JsonBuf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

void jsonbuf_put(JsonBuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->cap - b->len < n + 1) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < n + 1) {
            if (cap > ((size_t)-1) / 2) {
                b->failed = true;
                return;
            }
            cap *= 2;
        }
        char *d = realloc(b->data, cap);
        if (!d) {
            b->failed = true;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void jsonbuf_puts(JsonBuf *b, const char *s)
{
    jsonbuf_put(b, s, strlen(s));
}

void jsonbuf_put_string(JsonBuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    jsonbuf_put(b, "\"", 1);
    const char *run = s;
    for (const char *p = s;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        jsonbuf_put(b, run, (size_t)(p - run));
        if (c == '\0')
            break;
        char esc[7] = {'\\', (char)c, 0};
        size_t n = 2;
        if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else if (c < 0x20) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
        }
        jsonbuf_put(b, esc, n);
        run = p + 1;
    }
    jsonbuf_put(b, "\"", 1);
}

void jsonbuf_put_int(JsonBuf *b, int64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    jsonbuf_put(b, tmp, (size_t)n);
}

void jsonbuf_put_fixed(JsonBuf *b, double v, int digits, char point)
{
    if (digits < 0)
        digits = 0;
    if (digits > 9)
        digits = 9;
    if (!isfinite(v))
        v = 0;
    int64_t scale = 1;
    for (int i = 0; i < digits; i++)
        scale *= 10;
    double r = round(fabs(v) * (double)scale);
    if (r > 9.0e15)
        r = 9.0e15; /* far beyond any score or percentage */
    int64_t units = (int64_t)r;
    int64_t whole = units / scale, frac = units % scale;
    char tmp[48];
    int n = snprintf(tmp, sizeof tmp, "%s%lld", v < 0 && units ? "-" : "", (long long)whole);
    if (frac) {
        char f[16];
        size_t fl = (size_t)digits;
        for (int i = digits - 1; i >= 0; i--, frac /= 10)
            f[i] = (char)('0' + frac % 10);
        while (fl > 0 && f[fl - 1] == '0')
            fl--;
        tmp[n++] = point;
        memcpy(tmp + n, f, fl);
        n += (int)fl;
    }
    jsonbuf_put(b, tmp, (size_t)n);
}

/* ---- scanner ---------------------------------------------------------- */

typedef struct {
    const char *p, *end;
    JsonBuf *out; /* non-NULL: copy the tokens here */
} Scan;

static void skip_ws(Scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
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

static bool read_u4(const char *p, const char *end, unsigned *v)
{
    if (end - p < 4)
        return false;
    *v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return false;
        *v = *v * 16 + (unsigned)h;
    }
    return true;
}

/* At an opening quote; leaves s->p after the closing one. */
static bool scan_string(Scan *s)
{
    const char *start = s->p++;
    while (s->p < s->end) {
        unsigned char c = (unsigned char)*s->p;
        if (c == '"') {
            s->p++;
            if (s->out)
                jsonbuf_put(s->out, start, (size_t)(s->p - start));
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (s->end - s->p < 2)
                return false;
            char e = s->p[1];
            if (e == 'u') {
                unsigned u;
                if (!read_u4(s->p + 2, s->end, &u))
                    return false;
                s->p += 6;
                if (u >= 0xDC00 && u <= 0xDFFF)
                    return false;
                if (u >= 0xD800 && u <= 0xDBFF) {
                    unsigned lo;
                    if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u' || !read_u4(s->p + 2, s->end, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return false;
                    s->p += 6;
                }
            } else if (strchr("\"\\/bfnrt", e) && e) {
                s->p += 2;
            } else {
                return false;
            }
        } else if (c < 0x80) {
            s->p++;
        } else {
            uint32_t cp;
            size_t n = utf8_decode(s->p, (size_t)(s->end - s->p), &cp);
            if (n == 0)
                return false;
            s->p += n;
        }
    }
    return false;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool scan_number(Scan *s)
{
    const char *start = s->p;
    if (s->p < s->end && *s->p == '-')
        s->p++;
    if (s->p >= s->end)
        return false;
    if (*s->p == '0') {
        s->p++;
    } else if (is_digit(*s->p)) {
        while (s->p < s->end && is_digit(*s->p))
            s->p++;
    } else {
        return false;
    }
    if (s->p < s->end && *s->p == '.') {
        s->p++;
        if (s->p >= s->end || !is_digit(*s->p))
            return false;
        while (s->p < s->end && is_digit(*s->p))
            s->p++;
    }
    if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
        s->p++;
        if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
            s->p++;
        if (s->p >= s->end || !is_digit(*s->p))
            return false;
        while (s->p < s->end && is_digit(*s->p))
            s->p++;
    }
    if (s->out)
        jsonbuf_put(s->out, start, (size_t)(s->p - start));
    return true;
}

static bool scan_word(Scan *s, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n) != 0)
        return false;
    if (s->out)
        jsonbuf_put(s->out, w, n);
    s->p += n;
    return true;
}

static bool scan_value(Scan *s, int depth, JsonlKind *kind);

/* Arrays and objects share one loop: CLOSE is ']' or '}'. */
static bool scan_container(Scan *s, int depth, char close)
{
    if (depth >= JSONL_MAX_DEPTH)
        return false;
    if (s->out)
        jsonbuf_put(s->out, s->p, 1);
    s->p++;
    skip_ws(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        if (s->out)
            jsonbuf_put(s->out, &close, 1);
        return true;
    }
    for (;;) {
        JsonlKind k;
        skip_ws(s);
        if (close == '}') {
            if (s->p >= s->end || *s->p != '"' || !scan_string(s))
                return false;
            skip_ws(s);
            if (s->p >= s->end || *s->p != ':')
                return false;
            if (s->out)
                jsonbuf_put(s->out, ":", 1);
            s->p++;
            skip_ws(s);
        }
        if (!scan_value(s, depth + 1, &k))
            return false;
        skip_ws(s);
        if (s->p >= s->end)
            return false;
        if (*s->p == close) {
            s->p++;
            if (s->out)
                jsonbuf_put(s->out, &close, 1);
            return true;
        }
        if (*s->p != ',')
            return false;
        if (s->out)
            jsonbuf_put(s->out, ",", 1);
        s->p++;
    }
}

static bool scan_value(Scan *s, int depth, JsonlKind *kind)
{
    if (s->p >= s->end)
        return false;
    switch (*s->p) {
    case '"':
        *kind = JSONL_STRING;
        return scan_string(s);
    case '{':
        *kind = JSONL_OBJECT;
        return scan_container(s, depth, '}');
    case '[':
        *kind = JSONL_ARRAY;
        return scan_container(s, depth, ']');
    case 't':
        *kind = JSONL_TRUE;
        return scan_word(s, "true");
    case 'f':
        *kind = JSONL_FALSE;
        return scan_word(s, "false");
    case 'n':
        *kind = JSONL_NULL;
        return scan_word(s, "null");
    default:
        *kind = JSONL_NUMBER;
        return scan_number(s);
    }
}

int jsonl_object(const char *text, size_t len, JsonlField *fields, int max)
{
    Scan s = {text, text + len, NULL};
    int n = 0;
    skip_ws(&s);
    if (s.p >= s.end || *s.p != '{')
        return -1;
    s.p++;
    skip_ws(&s);
    if (s.p < s.end && *s.p == '}') {
        s.p++;
    } else {
        for (;;) {
            skip_ws(&s);
            const char *k = s.p;
            if (s.p >= s.end || *s.p != '"' || !scan_string(&s))
                return -1;
            size_t klen = (size_t)(s.p - k) - 2;
            for (int i = 0; i < n && i < max; i++)
                if (fields[i].keylen == klen && memcmp(fields[i].key, k + 1, klen) == 0)
                    return -1;
            skip_ws(&s);
            if (s.p >= s.end || *s.p != ':')
                return -1;
            s.p++;
            skip_ws(&s);
            const char *v = s.p;
            JsonlKind kind;
            if (!scan_value(&s, 1, &kind))
                return -1;
            if (n < max)
                fields[n] = (JsonlField){k + 1, klen, kind, v, (size_t)(s.p - v)};
            n++;
            skip_ws(&s);
            if (s.p < s.end && *s.p == '}') {
                s.p++;
                break;
            }
            if (s.p >= s.end || *s.p != ',')
                return -1;
            s.p++;
        }
    }
    skip_ws(&s);
    if (s.p != s.end)
        return -1;
    return n < max ? n : max;
}

size_t jsonl_value(const char *text, size_t len, JsonlKind *kind)
{
    Scan s = {text, text + len, NULL};
    return scan_value(&s, 1, kind) ? (size_t)(s.p - text) : 0;
}

const JsonlField *jsonl_field(const JsonlField *fields, int n, const char *key)
{
    size_t kl = strlen(key);
    for (int i = 0; i < n; i++)
        if (fields[i].keylen == kl && memcmp(fields[i].key, key, kl) == 0)
            return &fields[i];
    return NULL;
}

bool jsonl_string(const JsonlField *f, char *out, size_t outsize)
{
    if (!f || f->kind != JSONL_STRING || outsize == 0)
        return false;
    /* The scanner already validated the string; only decoding is left. */
    const char *p = f->raw + 1, *end = f->raw + f->rawlen - 1;
    size_t o = 0;
    while (p < end) {
        char enc[4];
        size_t n = 1;
        if (*p != '\\') {
            /* A run without escapes is copied at once (a log line has several). */
            const char *q = memchr(p, '\\', (size_t)(end - p));
            size_t run = (size_t)((q ? q : end) - p);
            if (o + run >= outsize)
                return false;
            memcpy(out + o, p, run);
            o += run;
            p += run;
            continue;
        } else {
            char e = p[1];
            p += 2;
            if (e == 'u') {
                unsigned u, lo;
                if (!read_u4(p, end, &u))
                    return false;
                p += 4;
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (!read_u4(p + 2, end, &lo))
                        return false;
                    p += 6;
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                }
                if (u == 0)
                    return false;
                n = utf8_encode(u, enc);
            } else {
                enc[0] = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
            }
        }
        if (o + n >= outsize)
            return false;
        memcpy(out + o, enc, n);
        o += n;
    }
    out[o] = '\0';
    return true;
}

bool jsonl_number(const JsonlField *f, double *v)
{
    if (!f || f->kind != JSONL_NUMBER)
        return false;
    const char *p = f->raw, *end = f->raw + f->rawlen;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    /* Enough significant digits for a score; the rest only shift the scale. */
    uint64_t mant = 0;
    int digits = 0, exp10 = 0;
    for (; p < end && is_digit(*p); p++) {
        if (digits < 18) {
            mant = mant * 10 + (uint64_t)(*p - '0');
            if (mant)
                digits++;
        } else {
            exp10++;
        }
    }
    if (p < end && *p == '.') {
        for (p++; p < end && is_digit(*p); p++) {
            if (digits < 18) {
                mant = mant * 10 + (uint64_t)(*p - '0');
                if (mant)
                    digits++;
                exp10--;
            }
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        int esign = 1, e = 0;
        if (*p == '+' || *p == '-')
            esign = *p++ == '-' ? -1 : 1;
        for (; p < end && is_digit(*p); p++)
            if (e < 100000)
                e = e * 10 + (*p - '0');
        exp10 += esign * e;
    }
    double d = (double)mant;
    if (exp10 < 0)
        d /= pow(10.0, -exp10);
    else if (exp10 > 0)
        d *= pow(10.0, exp10);
    *v = neg ? -d : d;
    return isfinite(*v);
}

bool jsonl_int(const JsonlField *f, int64_t *v)
{
    if (!f || f->kind != JSONL_NUMBER)
        return false;
    const char *p = f->raw, *end = f->raw + f->rawlen;
    bool neg = *p == '-';
    if (neg)
        p++;
    uint64_t u = 0;
    if (p >= end)
        return false;
    for (; p < end; p++) {
        if (!is_digit(*p) || u > (UINT64_C(1) << 62) / 5)
            return false;
        u = u * 10 + (uint64_t)(*p - '0');
    }
    if (u > (uint64_t)INT64_MAX)
        return false;
    *v = neg ? -(int64_t)u : (int64_t)u;
    return true;
}

bool jsonl_compact(JsonBuf *b, const char *text, size_t len)
{
    size_t before = b->len;
    Scan s = {text, text + len, b};
    JsonlKind k;
    skip_ws(&s);
    bool ok = scan_value(&s, 0, &k);
    skip_ws(&s);
    if (!ok || s.p != s.end || b->failed) {
        b->len = before;
        if (b->data)
            b->data[before] = '\0';
        return false;
    }
    return true;
}
