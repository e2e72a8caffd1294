/* markup.c - see markup.h. One pass decides for every '*' or '**' whether
 * it is a marker: an opener is one only if a matching closer follows
 * (looked up ahead), a closer only if its kind is open. */
#include "markup.h"

#include <stdlib.h>
#include <string.h>

static bool is_space(char c)
{
    return c == ' ' || c == '\n';
}

/* Length of the marker at S[I] ("**" = 2, "*" = 1, else 0). */
static size_t marker_at(const char *s, size_t len, size_t i)
{
    if (s[i] != '*')
        return 0;
    return i + 1 < len && s[i + 1] == '*' ? 2 : 1;
}

/* Is there a closer of length N (1 or 2) after position FROM (>= 1)? A
 * run of three stars closes either kind. */
static bool closer_follows(const char *s, size_t len, size_t from, size_t n)
{
    for (size_t i = from; i < len; i++) {
        if (s[i] != '*')
            continue;
        size_t run = 1;
        while (i + run < len && s[i + run] == '*')
            run++;
        bool fits = n == 2 ? run >= 2 : (run == 1 || run >= 3);
        if (fits && !is_space(s[i - 1]))
            return true;
        i += run - 1;
    }
    return false;
}

/* Calls EMIT for each piece of plain text with its style. Returns false
 * when EMIT does. */
typedef bool (*EmitFn)(void *ctx, const char *s, size_t n, int style);

static bool scan(const char *s, size_t len, EmitFn emit, void *ctx)
{
    int style = 0;
    size_t text_start = 0;
    for (size_t i = 0; i < len;) {
        size_t m = marker_at(s, len, i);
        if (m == 0) {
            i++;
            continue;
        }
        int flag = m == 2 ? MARKUP_BOLD : MARKUP_ITALIC;
        bool is_marker;
        if (style & flag)
            is_marker = i > 0 && !is_space(s[i - 1]);
        else
            is_marker = i + m < len && !is_space(s[i + m]) && closer_follows(s, len, i + m, m);
        if (!is_marker) {
            i += m;
            continue;
        }
        if (i > text_start && !emit(ctx, s + text_start, i - text_start, style))
            return false;
        style ^= flag;
        i += m;
        text_start = i;
    }
    if (len > text_start && !emit(ctx, s + text_start, len - text_start, style))
        return false;
    return true;
}

typedef struct {
    Markup *m;
    size_t cap_spans;
} Builder;

static bool emit_span(void *ctx, const char *s, size_t n, int style)
{
    Builder *b = ctx;
    Markup *m = b->m;
    memcpy(m->plain + m->len, s, n);
    if (m->nspans && m->spans[m->nspans - 1].style == style) {
        m->spans[m->nspans - 1].len += n;
    } else {
        if (m->nspans == b->cap_spans) {
            size_t cap = b->cap_spans ? b->cap_spans * 2 : 8;
            MarkupSpan *p = realloc(m->spans, cap * sizeof *p);
            if (!p)
                return false;
            m->spans = p;
            b->cap_spans = cap;
        }
        m->spans[m->nspans++] = (MarkupSpan){m->len, n, style};
    }
    m->len += n;
    return true;
}

bool markup_parse(const char *s, size_t len, Markup *out)
{
    memset(out, 0, sizeof *out);
    out->plain = malloc(len + 1);
    if (!out->plain)
        return false;
    Builder b = {out, 0};
    if (!scan(s, len, emit_span, &b)) {
        markup_free(out);
        return false;
    }
    out->plain[out->len] = '\0';
    return true;
}

void markup_free(Markup *m)
{
    free(m->plain);
    free(m->spans);
    memset(m, 0, sizeof *m);
}

typedef struct {
    char *out;
    size_t size, n;
} Stripper;

static bool emit_plain(void *ctx, const char *s, size_t n, int style)
{
    (void)style;
    Stripper *st = ctx;
    for (size_t i = 0; i < n; i++, st->n++)
        if (st->n + 1 < st->size)
            st->out[st->n] = s[i];
    return true;
}

size_t markup_strip(const char *s, size_t len, char *out, size_t size)
{
    Stripper st = {out, size, 0};
    scan(s, len, emit_plain, &st);
    if (size)
        out[st.n < size ? st.n : size - 1] = '\0';
    return st.n;
}

char *markup_strip_dup(const char *s)
{
    if (!s)
        return NULL;
    size_t len = strlen(s);
    char *out = malloc(len + 1); /* the plain text is never longer */
    if (out)
        markup_strip(s, len, out, len + 1);
    return out;
}
