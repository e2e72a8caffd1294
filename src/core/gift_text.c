/* gift_text.c - the texts of a GIFT question in our markup. Moodle keeps
 * a text in its format (moodle, html, markdown, plain) and renders it
 * later; a lesson file has one markup (*emphasis*, **bold**, paragraphs
 * split by a blank line), so HTML is reduced here: b/strong and i/em to
 * markers, p and br to paragraph and line breaks, list items to lines
 * with a dash or number, entities decoded, every other tag dropped with
 * the text inside it kept (script and style with theirs). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gift_internal.h"
#include "jsonl.h"
#include "utf8.h"

/* Windows-1252's 0x80..0x9F; 0 where it has no character. */
static const uint16_t CP1252_HIGH[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

char *gift_cp1252(const char *s, size_t len, size_t *outlen)
{
    char *out = malloc(len * 3 + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp = c;
        if (c >= 0x80 && c < 0xA0)
            cp = CP1252_HIGH[c - 0x80] ? CP1252_HIGH[c - 0x80] : 0xFFFD;
        n += utf8_encode(cp, out + n);
    }
    out[n] = '\0';
    *outlen = n;
    return out;
}

static const struct {
    const char *name;
    uint32_t cp;
} ENTITIES[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},    {"nbsp", ' '},
    {"euro", 0x20AC},   {"eacute", 0xE9},  {"egrave", 0xE8},  {"euml", 0xEB},    {"ecirc", 0xEA},   {"aacute", 0xE1},
    {"agrave", 0xE0},   {"auml", 0xE4},    {"iuml", 0xEF},    {"iacute", 0xED},  {"oacute", 0xF3},  {"ouml", 0xF6},
    {"ocirc", 0xF4},    {"uuml", 0xFC},    {"uacute", 0xFA},  {"ccedil", 0xE7},  {"Eacute", 0xC9},  {"copy", 0xA9},
    {"ndash", 0x2013},  {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"hellip", 0x2026}, {"deg", 0xB0},     {"times", 0xD7},   {"middot", 0xB7},
};

/* At '&': the code point of an entity and its length; 0 when it is none. */
static size_t entity(const char *s, size_t len, uint32_t *cp)
{
    size_t i = 1;
    if (i < len && s[i] == '#') {
        bool hex = i + 1 < len && (s[i + 1] == 'x' || s[i + 1] == 'X');
        i += hex ? 2 : 1;
        uint32_t v = 0;
        size_t digits = 0;
        for (; i < len && digits < 8; i++, digits++) {
            char c = s[i];
            int d = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (!digits || i >= len || s[i] != ';' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v < 0x20 && v != '\n' ? ' ' : v;
        return i + 1;
    }
    for (size_t k = 0; k < sizeof ENTITIES / sizeof *ENTITIES; k++) {
        size_t n = strlen(ENTITIES[k].name);
        if (n + 2 <= len && memcmp(s + 1, ENTITIES[k].name, n) == 0 && s[n + 1] == ';') {
            *cp = ENTITIES[k].cp;
            return n + 2;
        }
    }
    return 0;
}

static bool tag_is(const char *name, size_t n, const char *want)
{
    size_t w = strlen(want);
    if (n != w)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((name[i] | 0x20) != want[i])
            return false;
    return true;
}

static bool is_letter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* A line break ("\n") or paragraph break ("\n\n") at the end of B; one
 * already there is kept, never shortened. */
static void put_break(JsonBuf *b, const char *brk)
{
    size_t had = 0;
    while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
        had += b->data[--b->len] == '\n';
    if (b->data)
        b->data[b->len] = '\0';
    if (b->len)
        jsonbuf_puts(b, had >= 2 || had > strlen(brk) ? "\n\n" : brk);
}

/* Where the last opening emphasis marker ended, and which it was. */
typedef struct {
    size_t at;
    const char *marker;
} OpenMark;

/* The marker M of a b/strong or i/em tag. Spaces just inside the tags go
 * outside them ("<b> x </b>" -> " **x** ": our markup needs the marker
 * beside a letter), and an empty pair leaves nothing. */
static void put_marker(JsonBuf *out, const char *m, bool end, OpenMark *open)
{
    size_t k = strlen(m);
    if (!end) {
        jsonbuf_puts(out, m);
        *open = (OpenMark){out->len, m};
        return;
    }
    size_t spaces = 0;
    while (out->len && out->data[out->len - 1] == ' ')
        out->len--, spaces++;
    if (open->marker == m && open->at == out->len && out->len >= k)
        out->len -= k; /* <b></b> */
    else
        jsonbuf_put(out, m, k);
    if (out->data)
        out->data[out->len] = '\0';
    while (spaces--)
        jsonbuf_put(out, " ", 1);
    open->marker = NULL;
}

/* A space right after an opening marker goes before it. */
static void put_space(JsonBuf *out, OpenMark *open)
{
    if (open->marker && open->at == out->len) {
        size_t k = strlen(open->marker);
        out->len -= k;
        jsonbuf_put(out, " ", 1);
        jsonbuf_puts(out, open->marker);
        open->at = out->len;
    } else {
        jsonbuf_put(out, " ", 1);
    }
}

/* HTML S[0..LEN) into our markup in OUT. Whitespace collapses as a browser
 * collapses it (COLLAPSE, the html format) or stays (moodle format, where
 * a line end is a line break). */
static void reduce_html(JsonBuf *out, const char *s, size_t len, bool collapse)
{
    int list_depth = 0, ordered[8] = {0}, number[8] = {0};
    const char *skip_until = NULL; /* inside <script> or <style> */
    OpenMark open = {0};
    for (size_t i = 0; i < len;) {
        char c = s[i];
        bool tag = c == '<' && i + 1 < len && (is_letter(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!');
        const char *close = tag ? memchr(s + i, '>', len - i) : NULL;
        if (close) {
            size_t t = i + 1;
            bool end = s[t] == '/';
            t += end;
            size_t name0 = t;
            while (t < len && (is_letter(s[t]) || (s[t] >= '0' && s[t] <= '9')))
                t++;
            const char *name = s + name0;
            size_t n = t - name0;
            i = (size_t)(close - s) + 1;
            if (skip_until) {
                if (end && tag_is(name, n, skip_until))
                    skip_until = NULL;
                continue;
            }
            if (!end && (tag_is(name, n, "script") || tag_is(name, n, "style"))) {
                skip_until = tag_is(name, n, "script") ? "script" : "style";
                continue;
            }
            if (tag_is(name, n, "b") || tag_is(name, n, "strong"))
                put_marker(out, "**", end, &open);
            else if (tag_is(name, n, "i") || tag_is(name, n, "em"))
                put_marker(out, "*", end, &open);
            else if (tag_is(name, n, "br"))
                put_break(out, "\n");
            else if (tag_is(name, n, "p") || tag_is(name, n, "div") ||
                     (n == 2 && (name[0] | 0x20) == 'h' && name[1] >= '1' && name[1] <= '6'))
                put_break(out, "\n\n");
            else if (tag_is(name, n, "ul") || tag_is(name, n, "ol")) {
                if (!end && list_depth < 8) {
                    ordered[list_depth] = tag_is(name, n, "ol");
                    number[list_depth] = 0;
                }
                list_depth += end ? (list_depth > 0 ? -1 : 0) : 1;
                put_break(out, "\n\n");
            } else if (tag_is(name, n, "li") && !end) {
                put_break(out, "\n");
                int d = list_depth > 0 ? (list_depth > 8 ? 7 : list_depth - 1) : 0;
                if (list_depth && ordered[d]) {
                    char num[16];
                    size_t k = 0;
                    int v = ++number[d];
                    char rev[12];
                    size_t r = 0;
                    do
                        rev[r++] = (char)('0' + v % 10);
                    while ((v /= 10) && r < sizeof rev);
                    while (r)
                        num[k++] = rev[--r];
                    num[k++] = '.';
                    num[k++] = ' ';
                    jsonbuf_put(out, num, k);
                } else {
                    jsonbuf_puts(out, "- ");
                }
            }
            continue;
        }
        if (skip_until) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = c == '&' ? entity(s + i, len - i, &cp) : 0;
        if (n) {
            char u[4];
            jsonbuf_put(out, u, utf8_encode(cp, u));
            i += n;
        } else if (collapse && (c == ' ' || c == '\n')) {
            if (out->len && out->data[out->len - 1] != ' ' && out->data[out->len - 1] != '\n')
                put_space(out, &open);
            i++;
        } else if (c == ' ') {
            put_space(out, &open);
            i++;
        } else {
            jsonbuf_put(out, &c, 1);
            i++;
        }
    }
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\0';
}

char *gift_text(Arena *a, const char *s, size_t len, GiftFormat dflt, GiftFormat *format, const char **unknown,
                size_t *unknown_len)
{
    while (len && is_space(*s))
        s++, len--;
    while (len && is_space(s[len - 1]))
        len--;
    GiftFormat f = dflt;
    if (unknown)
        *unknown = NULL;
    if (len && s[0] == '[' && dflt != GF_RAW) {
        const char *close = memchr(s, ']', len);
        if (close) {
            static const char *const names[] = {"moodle", "html", "plain", "markdown"};
            size_t n = (size_t)(close - s - 1);
            int found = -1;
            for (int k = 0; k < 4; k++)
                if (strlen(names[k]) == n && memcmp(s + 1, names[k], n) == 0)
                    found = k;
            if (found >= 0) {
                f = (GiftFormat)found;
                len -= (size_t)(close - s) + 1;
                s = close + 1;
            } else if (unknown) {
                *unknown = s + 1;
                *unknown_len = n;
            }
        }
    }
    if (format)
        *format = f;
    /* Placeholders back to their characters. */
    JsonBuf plain = {0};
    for (size_t i = 0; i < len; i++) {
        static const char back[8] = {0, ':', '#', '=', '{', '}', '~', '\n'};
        unsigned char c = (unsigned char)s[i];
        char ch = c >= 1 && c <= 7 ? back[c] : c == '\t' ? ' ' : (char)c;
        jsonbuf_put(&plain, &ch, 1);
    }
    JsonBuf out = {0};
    if (plain.len && (f == GF_HTML || f == GF_MOODLE))
        reduce_html(&out, plain.data, plain.len, f == GF_HTML);
    else if (plain.len)
        jsonbuf_put(&out, plain.data, plain.len);
    jsonbuf_free(&plain);
    if (out.failed) {
        jsonbuf_free(&out);
        return NULL;
    }
    const char *t = out.data ? out.data : "";
    size_t n = out.len;
    while (n && is_space(*t))
        t++, n--;
    while (n && is_space(t[n - 1]))
        n--;
    char *r = arena_strndup(a, t, n);
    jsonbuf_free(&out);
    return r;
}
