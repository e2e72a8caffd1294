/* search.c - see search.h. The index keeps, per text field, its plain text
 * (markup removed), the folded text and a map from folded bytes back to
 * plain bytes; a query folds its words the same way and scans the folded
 * texts, so matching ignores case and accents while snippets and
 * highlights use the real text. The course is small (about 200 KB), so a
 * linear scan per keystroke takes well under a millisecond. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "markup.h"

/* Folded form of U+00C0..U+00FF, 0 = keep as is. */
static const char latin1[64] = "aaaaaaaceeeeiiiidnooooo\0ouuuuy\0\0aaaaaaaceeeeiiiidnooooo\0ouuuuy\0y";

size_t search_fold(const char *s, size_t len, char *out, uint32_t *map)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + k > len)
            k = len - i;
        char f = 0;
        if (c < 0x80)
            f = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else if (k == 2 && c == 0xC3 && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] < 0xC0)
            f = latin1[(unsigned char)s[i + 1] - 0x80];
        else if (k == 2 && c == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            f = ' '; /* a no-break space (as in "€ 16.000") is a space to a query */
        else if (k == 3 && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99))
            f = '\'';
        if (f) {
            if (map)
                map[n] = (uint32_t)i;
            out[n++] = f;
        } else {
            for (size_t j = 0; j < k; j++) {
                if (map)
                    map[n] = (uint32_t)(i + j);
                out[n++] = s[i + j];
            }
        }
        i += k;
    }
    if (map)
        map[n] = (uint32_t)len;
    out[n] = '\0';
    return n;
}

/* Calls FN(ctx, word, len) for each word (2+ bytes) of a folded query. */
static size_t each_word(const char *q, void (*fn)(void *, const char *, size_t), void *ctx)
{
    size_t count = 0;
    for (const char *p = q; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e - p >= 2) {
            if (fn)
                fn(ctx, p, (size_t)(e - p));
            count++;
        }
        p = e;
    }
    return count;
}

static const char *find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0 || nlen > hlen)
        return NULL;
    for (const char *p = hay; p + nlen <= hay + hlen; p++) {
        p = memchr(p, needle[0], (size_t)(hay + hlen - p));
        if (!p || p + nlen > hay + hlen)
            return NULL;
        if (memcmp(p, needle, nlen) == 0)
            return p;
    }
    return NULL;
}

typedef struct {
    const char *folded;
    size_t flen;
    const uint32_t *map;
    bool word_start;
    void (*fn)(void *, size_t, size_t);
    void *ctx;
    size_t count;
} Matcher;

/* Folded text is lower-case ASCII for letters; bytes >= 0x80 are letters
 * of other scripts. */
static bool is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

static void match_word(void *ctx, const char *w, size_t n)
{
    Matcher *m = ctx;
    for (const char *p = m->folded; (p = find(p, m->flen - (size_t)(p - m->folded), w, n)); p += n) {
        size_t i = (size_t)(p - m->folded);
        if (m->word_start && i > 0 && is_letter(m->folded[i - 1]))
            continue;
        m->fn(m->ctx, m->map[i], m->map[i + n] - m->map[i]);
        m->count++;
    }
}

void search_marks(const char *query, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int pass = 0; pass < 2 && n == 0; pass++) {
        size_t min = pass == 0 ? 4 : 2;
        for (const char *p = query; *p;) {
            while (*p == ' ')
                p++;
            const char *e = p;
            while (*e && *e != ' ')
                e++;
            size_t k = (size_t)(e - p);
            if (k >= min && n + k + 2 < size) {
                if (n)
                    out[n++] = ' ';
                memcpy(out + n, p, k);
                n += k;
                out[n] = '\0';
            }
            p = e;
        }
    }
}

size_t search_each_match(const char *query, const char *s, size_t len, bool word_start,
                         void (*fn)(void *, size_t, size_t), void *ctx)
{
    char sbuf[512];
    uint32_t smap[513];
    char *folded = len < sizeof sbuf ? sbuf : malloc(len + 1);
    uint32_t *map = len < sizeof sbuf ? smap : malloc((len + 1) * sizeof *map);
    size_t count = 0;
    if (folded && map) {
        Matcher m = {folded, search_fold(s, len, folded, map), map, word_start, fn, ctx, 0};
        each_word(query, match_word, &m);
        count = m.count;
    }
    if (folded != sbuf)
        free(folded);
    if (map != smap)
        free(map);
    return count;
}

/* ---- the index ---- */

typedef struct {
    size_t section, block, field;
    const char *heading;
    char *plain;
    size_t len;
    char *folded;
    size_t flen;
    uint32_t *map;
} Entry;

struct SearchIndex {
    Entry *e;
    size_t n, cap;
    bool oom;
    size_t cur_section;
    const char *cur_heading;
};

static void add_field(void *ctx, size_t block, size_t field, const char *markup)
{
    SearchIndex *ix = ctx;
    if (ix->oom)
        return;
    if (ix->n == ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 256;
        Entry *p = realloc(ix->e, cap * sizeof *p);
        if (!p) {
            ix->oom = true;
            return;
        }
        ix->e = p;
        ix->cap = cap;
    }
    size_t mlen = strlen(markup);
    Entry *e = &ix->e[ix->n];
    memset(e, 0, sizeof *e);
    e->plain = malloc(mlen + 1);
    e->folded = malloc(mlen + 1);
    e->map = malloc((mlen + 1) * sizeof *e->map);
    if (!e->plain || !e->folded || !e->map) {
        free(e->plain);
        free(e->folded);
        free(e->map);
        ix->oom = true;
        return;
    }
    e->len = markup_strip(markup, mlen, e->plain, mlen + 1);
    e->flen = search_fold(e->plain, e->len, e->folded, e->map);
    e->section = ix->cur_section;
    e->block = block;
    e->field = field;
    e->heading = ix->cur_heading;
    ix->n++;
}

SearchIndex *search_index_new(const Course *course)
{
    SearchIndex *ix = calloc(1, sizeof *ix);
    if (!ix)
        return NULL;
    for (size_t s = 0; s < course->nsections && !ix->oom; s++) {
        const Section *sec = &course->sections[s];
        ix->cur_section = s;
        ix->cur_heading = NULL;
        for (size_t b = 0; b < sec->nblocks; b++) {
            if (sec->blocks[b].kind == BLOCK_HEADING)
                ix->cur_heading = sec->blocks[b].text;
            section_fields(sec, b, add_field, ix);
        }
    }
    if (ix->oom) {
        search_index_free(ix);
        return NULL;
    }
    return ix;
}

void search_index_free(SearchIndex *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->n; i++) {
        free(ix->e[i].plain);
        free(ix->e[i].folded);
        free(ix->e[i].map);
    }
    free(ix->e);
    free(ix);
}

typedef struct {
    const Entry *e;
    bool all;
    size_t first; /* folded offset of the earliest match */
} AllWords;

static void check_word(void *ctx, const char *w, size_t n)
{
    AllWords *a = ctx;
    const char *p = find(a->e->folded, a->e->flen, w, n);
    if (!p) {
        a->all = false;
        return;
    }
    size_t at = (size_t)(p - a->e->folded);
    if (at < a->first)
        a->first = at;
}

typedef struct {
    size_t start, end;
} Range;

typedef struct {
    Range r[64];
    size_t n;
} Ranges;

static void collect(void *ctx, size_t start, size_t len)
{
    Ranges *rs = ctx;
    if (rs->n < 64)
        rs->r[rs->n++] = (Range){start, start + len};
}

static int range_cmp(const void *a, const void *b)
{
    const Range *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* A snippet of E's plain text around plain offset AT, the query's words
 * in **bold**. */
static char *snippet(const Entry *e, const char *query, size_t at)
{
    size_t before = 70, after = 150;
    size_t s = at > before ? at - before : 0, t = at + after < e->len ? at + after : e->len;
    if (s > 0) {
        while (s < at && e->plain[s] != ' ')
            s++;
        while (s < at && e->plain[s] == ' ')
            s++;
    }
    if (t < e->len) {
        while (t > at && e->plain[t] != ' ')
            t--;
    }
    Ranges rs = {.n = 0};
    search_each_match(query, e->plain + s, t - s, false, collect, &rs);
    qsort(rs.r, rs.n, sizeof *rs.r, range_cmp);
    size_t cap = (t - s) + rs.n * 4 + 16;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t n = 0, pos = 0;
    if (s > 0)
        n += (size_t)(memcpy(out + n, "\xE2\x80\xA6", 3), 3);
    for (size_t i = 0; i < rs.n; i++) {
        Range r = rs.r[i];
        if (r.start < pos)
            continue; /* overlaps the previous mark */
        for (size_t j = i + 1; j < rs.n && rs.r[j].start < r.end; j++)
            if (rs.r[j].end > r.end)
                r.end = rs.r[j].end;
        memcpy(out + n, e->plain + s + pos, r.start - pos);
        n += r.start - pos;
        memcpy(out + n, "**", 2);
        n += 2;
        memcpy(out + n, e->plain + s + r.start, r.end - r.start);
        n += r.end - r.start;
        memcpy(out + n, "**", 2);
        n += 2;
        pos = r.end;
    }
    memcpy(out + n, e->plain + s + pos, t - s - pos);
    n += t - s - pos;
    for (size_t i = 0; i < n; i++)
        if (out[i] == '\n')
            out[i] = ' ';
    if (t < e->len) {
        memcpy(out + n, "\xE2\x80\xA6", 3);
        n += 3;
    }
    out[n] = '\0';
    return out;
}

size_t search_query(const SearchIndex *ix, const char *query, size_t max, SearchHit **hits, size_t *nhits)
{
    *hits = NULL;
    *nhits = 0;
    size_t qlen = strlen(query);
    char *q = malloc(qlen + 1);
    if (!q)
        return 0;
    search_fold(query, qlen, q, NULL);
    size_t total = 0;
    if (each_word(q, NULL, NULL) == 0)
        goto done;
    SearchHit *out = max ? calloc(max, sizeof *out) : NULL;
    for (size_t i = 0; i < ix->n; i++) {
        const Entry *e = &ix->e[i];
        AllWords a = {e, true, (size_t)-1};
        each_word(q, check_word, &a);
        if (!a.all)
            continue;
        if (out && *nhits < max) {
            SearchHit *h = &out[(*nhits)++];
            h->section = e->section;
            h->block = e->block;
            h->field = e->field;
            h->offset = e->map[a.first];
            h->heading = e->heading;
            h->context = snippet(e, q, h->offset);
        }
        total++;
    }
    if (*nhits == 0) {
        free(out);
        out = NULL;
    }
    *hits = out;
done:
    free(q);
    return total;
}

void search_hits_free(SearchHit *hits, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(hits[i].context);
    free(hits);
}
