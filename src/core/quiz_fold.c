/* quiz_fold.c - comparing typed cloze answers the way a teacher would: case,
 * accents, stray spaces and curly quotes do not make an answer wrong.
 *
 * Folding is a stream: an iterator decodes one code point at a time, maps it
 * to zero, one or two folded code points and queues a single space before
 * the next character when white space came between. Leading and trailing
 * white space therefore never comes out. quiz_fold_equal() runs two streams
 * side by side, so grading compares without allocating. Every mapping
 * produces no more bytes than it consumes, which is why quiz_fold() can
 * promise an output no longer than its input. */
#include <string.h>

#include "quiz.h"
#include "utf8.h"

/* An invalid byte B travels as RAW_BYTE + B, outside Unicode, so it only
 * ever equals the same invalid byte. */
enum { RAW_BYTE = 0x110000 };

typedef struct {
    const char *s;
    size_t len, i;
    uint32_t queue[3];
    size_t qlen, qpos;
    bool emitted; /* something came out: white space from now on is inner */
} Fold;

static bool is_space(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/* U+00C0..U+00FF: the base letter, or '*' for the few handled by hand. */
static const char LATIN1[65] = "aaaaaa*ceeeeiiiidnooooo*ouuuuy**"
                               "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";

/* Writes the folded form of C to OUT and returns how many code points it
 * has (0: drop C). */
static size_t fold_map(uint32_t c, uint32_t out[2])
{
    if (c >= 'A' && c <= 'Z') {
        out[0] = c + ('a' - 'A');
        return 1;
    }
    if (c >= 0xC0 && c <= 0xFF && LATIN1[c - 0xC0] != '*') {
        out[0] = (uint32_t)LATIN1[c - 0xC0];
        return 1;
    }
    if (c >= 0x300 && c <= 0x36F) /* combining marks: "o" + U+0308 is "ö" typed apart */
        return 0;
    switch (c) {
    case 0xC6:
    case 0xE6: /* Æ æ */
        out[0] = 'a', out[1] = 'e';
        return 2;
    case 0xDF: /* ß */
        out[0] = 's', out[1] = 's';
        return 2;
    case 0xDE: /* Þ */
        out[0] = 0xFE;
        return 1;
    case 0x132:
    case 0x133: /* Ĳ ĳ: the Dutch ligature */
        out[0] = 'i', out[1] = 'j';
        return 2;
    case 0x152:
    case 0x153: /* Œ œ */
        out[0] = 'o', out[1] = 'e';
        return 2;
    case 0xB4:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032: /* ´ ‘ ’ ‚ ‛ ′ */
        out[0] = '\'';
        return 1;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033: /* “ ” „ ″ */
        out[0] = '"';
        return 1;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: /* hyphens, dashes, minus */
        out[0] = '-';
        return 1;
    case 0xAD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF: /* invisible: soft hyphen, zero widths */
        return 0;
    default:
        out[0] = c;
        return 1;
    }
}

static void fold_start(Fold *f, const char *s)
{
    memset(f, 0, sizeof *f);
    f->s = s;
    f->len = strlen(s);
}

/* The next folded code point, or -1 at the end. */
static int32_t fold_next(Fold *f)
{
    if (f->qpos < f->qlen)
        return (int32_t)f->queue[f->qpos++];
    f->qlen = f->qpos = 0;
    bool space = false;
    while (f->i < f->len) {
        uint32_t c;
        size_t k = utf8_decode(f->s + f->i, f->len - f->i, &c);
        if (k == 0) {
            c = RAW_BYTE + (unsigned char)f->s[f->i];
            k = 1;
        }
        f->i += k;
        if (is_space(c)) {
            space = true;
            continue;
        }
        uint32_t m[2];
        size_t nm = fold_map(c, m);
        if (nm == 0)
            continue;
        if (space && f->emitted)
            f->queue[f->qlen++] = ' ';
        for (size_t j = 0; j < nm; j++)
            f->queue[f->qlen++] = m[j];
        f->emitted = true;
        return (int32_t)f->queue[f->qpos++];
    }
    return -1;
}

size_t quiz_fold(const char *text, char *out)
{
    Fold f;
    fold_start(&f, text);
    size_t n = 0;
    for (int32_t c; (c = fold_next(&f)) >= 0;) {
        if (c >= RAW_BYTE)
            out[n++] = (char)(unsigned char)(c - RAW_BYTE);
        else
            n += utf8_encode((uint32_t)c, out + n);
    }
    out[n] = '\0';
    return n;
}

bool quiz_fold_equal(const char *a, const char *b)
{
    Fold fa, fb;
    fold_start(&fa, a);
    fold_start(&fb, b);
    for (;;) {
        int32_t ca = fold_next(&fa), cb = fold_next(&fb);
        if (ca != cb)
            return false;
        if (ca < 0)
            return true;
    }
}

/* Near misses compare words of at most NEAR_MAX folded code points. */
enum { NEAR_MAX = 64 };

/* The folded code points of S into OUT; SIZE_MAX when there are more than NEAR_MAX. */

static size_t fold_points(const char *s, int32_t *out)
{
    Fold f;
    fold_start(&f, s);
    size_t n = 0;
    for (int32_t c; (c = fold_next(&f)) >= 0;) {
        if (n == NEAR_MAX)
            return SIZE_MAX;
        out[n++] = c;
    }
    return n;
}

/* Levenshtein distance over folded code points, two rows (words are short;
 * a blank longer than NEAR_MAX is never a near miss). */
bool quiz_near_miss(const char *typed, const char *answer)
{
    int32_t a[NEAR_MAX], b[NEAR_MAX];
    size_t na = fold_points(typed, a), nb = fold_points(answer, b);
    if (na == SIZE_MAX || nb == SIZE_MAX || na == 0 || nb == 0)
        return false;
    size_t limit = nb > 10 ? 2 : 1;
    if ((na > nb ? na - nb : nb - na) > limit)
        return false;
    size_t row[NEAR_MAX + 1], prev[NEAR_MAX + 1];
    for (size_t j = 0; j <= nb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= na; i++) {
        row[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
        }
        memcpy(prev, row, (nb + 1) * sizeof *row);
    }
    return prev[nb] >= 1 && prev[nb] <= limit;
}
