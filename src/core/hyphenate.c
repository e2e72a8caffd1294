/* hyphenate.c - see hyphenate.h.
 *
 * libhyphen knows the patterns; this file knows the words. A word is
 * decoded into code points once; its core (without the punctuation around
 * it) is checked against the rules that forbid any break, split at the
 * hyphens it already has, and each part of 7 letters or more goes to
 * hnj_hyphen_hyphenate2() in Latin-1, lowercase, where a code point is one
 * byte, so the pattern's positions are code point indices that map back
 * to UTF-8 byte offsets through the decoded table. Non-standard patterns
 * (rep/pos/cut) become a break's PRE/POST and drops; the Dutch file has
 * none today, so the two Dutch respellings are applied here. */
#include "hyphenate.h"

#ifndef AW_NO_HYPHEN
#include <hyphen.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"
#include "utf8.h"

#ifdef AW_NO_HYPHEN
typedef struct HyphenDict HyphenDict; /* never made: every load fails */
#endif

struct Hyphenator {
    HyphenDict *dict;
    char path[512];
};

const char *const *hyphenate_default_paths(void)
{
    static const char *env_only[] = {NULL, NULL};
    static const char *const paths[] = {
        "/usr/share/hyphen/hyph_nl_NL.dic",
        "/usr/share/myspell/dicts/hyph_nl_NL.dic",
        "/usr/local/share/hyphen/hyph_nl_NL.dic",
        NULL,
    };
    const char *env = os_getenv("ACCOUNTWIJS_HYPHEN_DIC");
    if (env && *env) {
        env_only[0] = env;
        return env_only;
    }
    return paths;
}

#ifdef AW_NO_HYPHEN
static HyphenDict *load_one(const char *path)
{
    (void)path;
    return NULL;
}
static void hnj_hyphen_free(HyphenDict *d)
{
    (void)d;
}
static int hnj_hyphen_hyphenate2(HyphenDict *d, const char *w, int n, char *hy, char *hw, char ***rep, int **pos,
                                 int **cut)
{
    (void)d, (void)w, (void)n, (void)hy, (void)hw, (void)rep, (void)pos, (void)cut;
    return 1;
}
#else
static HyphenDict *load_one(const char *path)
{
    FILE *f = os_fopen_regular(path); /* a FIFO must not hang the start */
    if (!f)
        return NULL;
    HyphenDict *d = hnj_hyphen_load_file(f);
    fclose(f);
    /* The code below hands the patterns one byte per letter. */
    if (d && (d->utf8 || strcmp(d->cset, "ISO8859-1") != 0)) {
        hnj_hyphen_free(d);
        d = NULL;
    }
    return d;
}
#endif

Hyphenator *hyphenate_load(const char *path, const char **tried)
{
    const char *one[] = {path, NULL};
    const char *const *paths = path ? one : hyphenate_default_paths();
    for (size_t i = 0; paths[i]; i++) {
        if (tried)
            *tried = paths[i];
        HyphenDict *d = load_one(paths[i]);
        if (!d)
            continue;
        Hyphenator *h = calloc(1, sizeof *h);
        if (!h) {
            hnj_hyphen_free(d);
            return NULL;
        }
        h->dict = d;
        snprintf(h->path, sizeof h->path, "%s", paths[i]);
        return h;
    }
    return NULL;
}

void hyphenate_free(Hyphenator *h)
{
    if (!h)
        return;
    hnj_hyphen_free(h->dict);
    free(h);
}

const char *hyphenate_path(const Hyphenator *h)
{
    return h->path;
}

/* ---- Latin-1 letters ---- */

static bool is_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

static bool is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

static uint32_t lower(uint32_t c)
{
    return is_upper(c) ? c + 0x20 : c;
}

/* Punctuation beyond Latin-1 that may stand around a word: quotes,
 * dashes, the ellipsis. Any other code point there is a letter or sign
 * the patterns do not know, and the word is not broken. */
static bool is_wide_punct(uint32_t c)
{
    return (c >= 0x2010 && c <= 0x201F) || c == 0x2026;
}

static bool is_apostrophe(uint32_t c)
{
    return c == '\'' || c == 0x2019;
}

/* The vowel under a trema (ä ë ï ö ü, either case), or 0. */
static char untrema(uint32_t c)
{
    switch (c) {
    case 0xE4:
        return 'a';
    case 0xEB:
        return 'e';
    case 0xEF:
        return 'i';
    case 0xF6:
        return 'o';
    case 0xFC:
        return 'u';
    case 0xC4:
        return 'A';
    case 0xCB:
        return 'E';
    case 0xCF:
        return 'I';
    case 0xD6:
        return 'O';
    case 0xDC:
        return 'U';
    default:
        return 0;
    }
}

/* ---- a word ---- */

typedef struct {
    uint32_t cp[HYPHENATE_MAX_WORD];
    uint32_t off[HYPHENATE_MAX_WORD + 1]; /* byte offset of each code point, and the end */
    size_t n;
    HyphenBreak *out;
    size_t nout, max;
} Word;

static void add(Word *w, HyphenBreak b)
{
    if (w->nout == w->max)
        return;
    size_t i = w->nout++;
    while (i > 0 && w->out[i - 1].at > b.at) { /* kept in order */
        w->out[i] = w->out[i - 1];
        i--;
    }
    w->out[i] = b;
}

static size_t letters(const Word *w, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += is_letter(w->cp[i]);
    return n;
}

/* Latin-1 text of a pattern's replacement S[0..N) as UTF-8 into OUT. */
static bool latin1_to_utf8(const char *s, size_t n, char *out, size_t size)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char b[4];
        size_t m = utf8_encode((unsigned char)s[i], b);
        if (k + m >= size)
            return false;
        memcpy(out + k, b, m);
        k += m;
    }
    out[k] = '\0';
    return true;
}

/* A break before code point K (a part [A, B) of the word's core): the
 * rules that hold for every break, then the trema respelling. */
static bool plain_break(const Word *w, size_t a, size_t b, size_t k, HyphenBreak *hb)
{
    if (letters(w, a, k) < 2 || letters(w, k, b) < 3)
        return false;
    if (is_apostrophe(w->cp[k - 1]) || is_apostrophe(w->cp[k]))
        return false;
    memset(hb, 0, sizeof *hb);
    hb->at = w->off[k];
    char v = untrema(w->cp[k]);
    if (v) {
        hb->drop_after = (uint8_t)(w->off[k + 1] - w->off[k]);
        hb->post[0] = v;
    }
    return true;
}

/* The diminutive of a word on a long vowel doubles it (oma, omaatje) and
 * a break before -tje undoes that (oma-tje). The patterns tell the
 * doubling from a stem that ends in the vowels and t (tomaat, tomaat-je):
 * they break those before -je. Returns the code point index of the t of
 * such a -tje in the part [A, A+M), or 0. */
static size_t tje_at(const Word *w, size_t a, size_t m, const char *hy)
{
    size_t e = m; /* where -tje ends within the part */
    const uint32_t *c = w->cp + a;
    if (m >= 8 && lower(c[m - 1]) == 's')
        e = m - 1;
    if (e < 7 || lower(c[e - 3]) != 't' || lower(c[e - 2]) != 'j' || lower(c[e - 1]) != 'e')
        return 0;
    uint32_t v = lower(c[e - 4]);
    if ((v != 'a' && v != 'o' && v != 'u') || lower(c[e - 5]) != v || lower(c[e - 6]) == v)
        return 0;
    if (hy[e - 3] & 1) /* a break t-je: the stem ends in the t */
        return 0;
    return a + e - 3;
}

static void hyphenate_part(const Hyphenator *h, Word *w, size_t a, size_t b)
{
    size_t m = b - a;
    if (letters(w, a, b) < 7)
        return;
    char buf[HYPHENATE_MAX_WORD + 1], hy[HYPHENATE_MAX_WORD + 5];
    for (size_t i = 0; i < m; i++)
        buf[i] = is_apostrophe(w->cp[a + i]) ? '\'' : (char)lower(w->cp[a + i]);
    buf[m] = '\0';
    char **rep = NULL;
    int *pos = NULL, *cut = NULL;
    memset(hy, 0, sizeof hy);
    if (hnj_hyphen_hyphenate2(h->dict, buf, (int)m, hy, NULL, &rep, &pos, &cut) != 0)
        return;
    size_t tje = tje_at(w, a, m, hy);
    for (size_t i = 0; i + 1 < m; i++) {
        size_t k = a + i + 1; /* the break goes before code point k */
        if (!(hy[i] & 1) || (tje && (k == tje || k == tje - 1)))
            continue;
        HyphenBreak hb;
        if (!plain_break(w, a, b, k, &hb))
            continue;
        if (rep && rep[i]) {
            /* Pattern text [i-pos+1, +cut) is replaced by rep, '=' at the break. */
            long r0 = (long)i - pos[i] + 1, r1 = r0 + cut[i];
            const char *eq = strchr(rep[i], '=');
            if (r0 < 0 || r1 > (long)m || (size_t)r0 > i + 1 || (size_t)r1 < i + 1 || !eq)
                continue;
            memset(&hb, 0, sizeof hb);
            hb.at = w->off[k];
            hb.drop_before = (uint8_t)(w->off[k] - w->off[a + (size_t)r0]);
            hb.drop_after = (uint8_t)(w->off[a + (size_t)r1] - w->off[k]);
            if (!latin1_to_utf8(rep[i], (size_t)(eq - rep[i]), hb.pre, sizeof hb.pre) ||
                !latin1_to_utf8(eq + 1, strlen(eq + 1), hb.post, sizeof hb.post))
                continue;
        }
        add(w, hb);
    }
    HyphenBreak hb;
    if (tje && plain_break(w, a, b, tje, &hb)) {
        hb.drop_before = (uint8_t)(w->off[tje] - w->off[tje - 1]);
        add(w, hb);
    }
    if (rep) {
        for (size_t i = 0; i < m; i++)
            free(rep[i]);
        free(rep);
        free(pos);
        free(cut);
    }
}

size_t hyphenate_word(const Hyphenator *h, const char *word, size_t len, bool sentence_start, HyphenBreak *out,
                      size_t max)
{
    if (!h || len == 0 || len > HYPHENATE_MAX_WORD || max == 0)
        return 0;
    Word w;
    w.n = 0;
    w.out = out;
    w.nout = 0;
    w.max = max;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_decode(word + i, len - i, &c);
        if (k == 0)
            return 0;
        if ((c >= '0' && c <= '9') || (c > 0xFF && !is_wide_punct(c)))
            return 0; /* a number, a code, an id; a letter outside Latin-1 */
        w.cp[w.n] = c;
        w.off[w.n++] = (uint32_t)i;
        i += k;
    }
    w.off[w.n] = (uint32_t)len;
    size_t a = 0, b = w.n;
    while (a < b && !is_letter(w.cp[a]))
        a++;
    while (b > a && !is_letter(w.cp[b - 1]))
        b--;
    if (letters(&w, a, b) < 7)
        return 0;
    for (size_t i = a; i < b; i++) {
        uint32_t c = w.cp[i];
        if (!is_letter(c) && !is_apostrophe(c) && c != '-')
            return 0; /* outside Latin-1, or an id's _ @ / . */
        if (is_upper(c) && (i > a || !sentence_start))
            return 0; /* a name, an abbreviation, CamelCase */
    }
    size_t start = a;
    for (size_t i = a; i <= b; i++) {
        if (i < b && w.cp[i] != '-')
            continue;
        hyphenate_part(h, &w, start, i);
        /* After a hyphen the word may break as it stands. */
        if (i < b && i > start && i + 1 < b && letters(&w, start, i) >= 2 && letters(&w, i + 1, b) >= 3 &&
            w.cp[i + 1] != '-') {
            HyphenBreak hb;
            memset(&hb, 0, sizeof hb);
            hb.at = w.off[i + 1];
            hb.marked = true;
            add(&w, hb);
        }
        start = i + 1;
    }
    return w.nout;
}

size_t hyphenate_show(const Hyphenator *h, const char *word, size_t len, bool sentence_start, char *out, size_t size)
{
    HyphenBreak br[HYPHENATE_MAX_WORD];
    size_t n = hyphenate_word(h, word, len, sentence_start, br, HYPHENATE_MAX_WORD);
    size_t k = 0, from = 0;
    if (size == 0)
        return n;
#define PUT(s, l)                                                                                                      \
    do {                                                                                                               \
        size_t l_ = (l);                                                                                               \
        if (k + l_ >= size)                                                                                            \
            l_ = size - 1 - k;                                                                                         \
        memcpy(out + k, (s), l_);                                                                                      \
        k += l_;                                                                                                       \
    } while (0)
    for (size_t i = 0; i < n; i++) {
        size_t cut = br[i].at - br[i].drop_before;
        if (cut < from)
            cut = from;
        PUT(word + from, cut - from);
        PUT(br[i].pre, strlen(br[i].pre));
        if (!br[i].marked)
            PUT("-", 1);
        PUT(br[i].post, strlen(br[i].post));
        from = br[i].at + br[i].drop_after;
    }
    if (from < len)
        PUT(word + from, len - from);
#undef PUT
    out[k] = '\0';
    return n;
}
