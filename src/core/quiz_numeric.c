/* quiz_numeric.c - reading a number the way a Dutch student types it, and
 * grading it against the ranges of a numeric question.
 *
 * The reader first rewrites the look-alikes (no-break and thin spaces to a
 * space, the minus sign and en dash to '-'), trims, and finds the number:
 * a run of digits, points, commas and single spaces between digits. What
 * stands before it may hold one sign and the unit, what follows it the unit;
 * anything else is refused. The separators then decide themselves: with a
 * point and a comma the last is the decimal one; one kind several times is
 * a thousands separator; one separator once is decimal, unless exactly three
 * digits follow it after a short whole part ("1.250"), which a Dutch reader
 * takes for 1250 and an English one for 1,25: that is refused rather than
 * guessed. The value is built from the digits as an integer and divided
 * once by a power of ten, both exact below 2^53, so it is correctly rounded
 * without strtod and its locale. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "expect.h"
#include "quiz.h"

enum { INPUT_MAX = 64 };

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Copies TEXT into OUT with look-alike spaces and minus signs made ASCII;
 * false when it does not fit. */
static bool normalise(const char *text, char *out, size_t size)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        char c = (char)*p;
        size_t len = 1;
        if (p[0] == 0xC2 && p[1] == 0xA0) { /* no-break space */
            c = ' ', len = 2;
        } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x89 || p[2] == 0x8A)) {
            c = ' ', len = 3; /* narrow no-break, thin and hair space */
        } else if (p[0] == 0xE2 && ((p[1] == 0x88 && p[2] == 0x92) || (p[1] == 0x80 && p[2] == 0x93))) {
            c = '-', len = 3; /* minus sign, en dash */
        } else if (*p == '\t' || *p == '\n' || *p == '\r') {
            c = ' ';
        }
        if (n + 1 >= size)
            return false;
        out[n++] = c;
        p += len;
    }
    out[n] = '\0';
    return true;
}

/* S[0..LEN) without the spaces around it. */
static void trim(const char **s, size_t *len)
{
    while (*len && **s == ' ')
        (*s)++, (*len)--;
    while (*len && (*s)[*len - 1] == ' ')
        (*len)--;
}

/* True when S[0..LEN) is the unit: as written, folded (case, accents), or
 * the word a student may use for the two signs ("euro", "procent"). */
static bool is_unit(const char *s, size_t len, const char *unit)
{
    char buf[INPUT_MAX + 1];
    if (!unit || len == 0 || len > INPUT_MAX)
        return false;
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (quiz_fold_equal(buf, unit))
        return true;
    if (strcmp(unit, "\xE2\x82\xAC") == 0) /* € */
        return quiz_fold_equal(buf, "euro") || quiz_fold_equal(buf, "eur");
    if (strcmp(unit, "%") == 0)
        return quiz_fold_equal(buf, "procent");
    return false;
}

/* Text beside the number that is not the unit. */
static NumericParse stray(const char *unit)
{
    return unit ? NUMERIC_WRONG_UNIT : NUMERIC_UNEXPECTED_TEXT;
}

/* Reads the prefix P[0..LEN): at most one sign and at most the unit. */
static NumericParse read_prefix(const char *p, size_t len, const char *unit, bool *neg)
{
    size_t signs = 0;
    trim(&p, &len);
    /* A sign at either end of the prefix: "-€ 5" and "€ -5". */
    while (len && (p[0] == '-' || p[0] == '+')) {
        signs++, *neg ^= p[0] == '-';
        p++, len--;
        trim(&p, &len);
    }
    while (len && (p[len - 1] == '-' || p[len - 1] == '+')) {
        signs++, *neg ^= p[len - 1] == '-';
        len--;
        trim(&p, &len);
    }
    if (signs > 1)
        return NUMERIC_NOT_A_NUMBER;
    return len == 0 || is_unit(p, len, unit) ? NUMERIC_OK : stray(unit);
}

/* Checks WHOLE[0..LEN) against thousands groups by G (0: no groups) and
 * appends its digits to DIGITS. */
static bool read_whole(const char *whole, size_t len, char g, char *digits, size_t *nd)
{
    size_t group = 0, groups = 0;
    for (size_t i = 0; i < len; i++) {
        if (g && whole[i] == g) {
            if (group == 0 || group > 3 || (groups > 0 && group != 3))
                return false;
            groups++, group = 0;
            continue;
        }
        if (!is_digit(whole[i]))
            return false;
        digits[(*nd)++] = whole[i];
        group++;
    }
    return groups == 0 || group == 3;
}

static size_t count(const char *s, size_t len, char c)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == c;
    return n;
}

static const char *last_of(const char *s, size_t len, const char *set)
{
    for (size_t i = len; i > 0; i--)
        if (strchr(set, s[i - 1]))
            return &s[i - 1];
    return NULL;
}

/* DIGITS (at most NUMERIC_MAX_DIGITS) with FRAC of them after the point. */
static double value_of(const char *digits, size_t nd, size_t frac)
{
    unsigned long long m = 0, scale = 1;
    for (size_t i = 0; i < nd; i++)
        m = m * 10 + (unsigned long long)(digits[i] - '0');
    for (size_t i = 0; i < frac; i++)
        scale *= 10;
    return (double)m / (double)scale;
}

/* Reads the number C[0..LEN) (digits, '.', ',' and ' ' between digits).
 * WHOLE: it was written as a whole amount ("1.250,-"), so a separator in
 * it can only group thousands. */
static NumericParse read_number(const char *c, size_t len, bool whole, NumericInput *in)
{
    size_t commas = count(c, len, ','), points = count(c, len, '.'), spaces = count(c, len, ' ');
    const char *dec = NULL; /* the decimal separator, NULL when none */
    char g = 0;             /* the thousands separator, 0 when none */
    if (whole) {
        if ((commas && points) || ((commas || points) && spaces))
            return NUMERIC_BAD_GROUPS;
        g = commas ? ',' : points ? '.' : spaces ? ' ' : 0;
    } else if (commas && points) {
        dec = last_of(c, len, ".,");
        g = *dec == ',' ? '.' : ',';
        if (count(c, len, *dec) > 1 || spaces)
            return NUMERIC_BAD_GROUPS;
    } else if (commas + points == 1) {
        dec = last_of(c, len, ".,");
        g = spaces ? ' ' : 0;
    } else if (commas + points > 1) {
        g = commas ? ',' : '.';
        if (spaces)
            return NUMERIC_BAD_GROUPS;
    } else {
        g = spaces ? ' ' : 0;
    }
    size_t whole_len = dec ? (size_t)(dec - c) : len;
    const char *frac = dec ? dec + 1 : c + len;
    size_t frac_len = (size_t)(c + len - frac);

    char digits[INPUT_MAX];
    size_t nd = 0;
    if (!read_whole(c, whole_len, g, digits, &nd))
        return NUMERIC_BAD_GROUPS;
    size_t whole_digits = nd;
    for (size_t i = 0; i < frac_len; i++) {
        if (!is_digit(frac[i]))
            return NUMERIC_BAD_GROUPS;
        digits[nd++] = frac[i];
    }
    if (nd == 0)
        return NUMERIC_NOT_A_NUMBER;
    if (nd > NUMERIC_MAX_DIGITS)
        return NUMERIC_TOO_LONG;
    /* One separator before exactly three digits after a short whole part
     * that is not 0: a thousands separator to some, a decimal one to
     * others. "0,125" and "12,50" are clear; so is anything with two. */
    if (dec && !g && frac_len == 3 && whole_digits >= 1 && whole_digits <= 3 && c[0] != '0') {
        in->value = value_of(digits, nd, 0);
        in->other = value_of(digits, nd, 3);
        return NUMERIC_AMBIGUOUS;
    }
    in->value = value_of(digits, nd, frac_len);
    return NUMERIC_OK;
}

NumericInput quiz_numeric_parse(const char *text, const char *unit)
{
    NumericInput in = {NUMERIC_OK, 0, 0};
    char s[INPUT_MAX + 1];
    expect(text);
    if (!normalise(text, s, sizeof s)) {
        in.status = NUMERIC_TOO_LONG;
        return in;
    }
    size_t len = strlen(s);
    const char *t = s;
    trim(&t, &len);
    if (len == 0) {
        in.status = NUMERIC_EMPTY;
        return in;
    }
    /* The number starts at the first digit, or at a separator before one
     * (",5"); it runs over digits, separators and single spaces between
     * digits. */
    size_t i = 0;
    while (i < len && !is_digit(t[i]) && !((t[i] == ',' || t[i] == '.') && i + 1 < len && is_digit(t[i + 1])))
        i++;
    if (i == len) {
        in.status = NUMERIC_NOT_A_NUMBER;
        return in;
    }
    size_t j = i;
    while (j < len && (is_digit(t[j]) || t[j] == ',' || t[j] == '.' ||
                       (t[j] == ' ' && is_digit(t[j - 1]) && j + 1 < len && is_digit(t[j + 1]))))
        j++;
    size_t end = j;
    bool whole = false;
    /* "12,-": the Dutch whole amount; the separator goes with the dash. */
    if (end > i + 1 && (t[end - 1] == ',' || t[end - 1] == '.') && end < len && t[end] == '-')
        end--, j++, whole = true;
    else if (end > i + 1 && (t[end - 1] == ',' || t[end - 1] == '.'))
        end--; /* "12," */

    bool neg = false;
    NumericParse st = read_prefix(t, i, unit, &neg);
    const char *suffix = t + j;
    size_t suffix_len = len - j;
    trim(&suffix, &suffix_len);
    if (st == NUMERIC_OK && suffix_len) {
        bool prefix_unit = false;
        for (size_t k = 0; k < i; k++)
            prefix_unit |= t[k] != ' ' && t[k] != '-' && t[k] != '+';
        st = !prefix_unit && is_unit(suffix, suffix_len, unit) ? NUMERIC_OK : stray(unit);
    }
    if (st == NUMERIC_OK)
        st = read_number(t + i, end - i, whole, &in);
    in.status = st;
    if (st != NUMERIC_OK && st != NUMERIC_AMBIGUOUS)
        in.value = in.other = 0;
    else if (neg)
        in.value = -in.value, in.other = -in.other;
    if (in.value == 0)
        in.value = 0; /* no "-0" */
    if (in.other == 0)
        in.other = 0;
    return in;
}

/* ---- grading ------------------------------------------------------------ */

static bool takes(const NumericAnswer *a, double x)
{
    double big = fmax(1.0, fmax(fabs(a->min), fabs(a->max)));
    double margin = big * 4e-15; /* a few units in the last place */
    return x >= a->min - margin && x <= a->max + margin;
}

size_t quiz_numeric_match(const Question *q, double x)
{
    size_t best = QUIZ_NONE;
    for (size_t i = 0; i < q->nnumeric; i++)
        if (takes(&q->numeric[i], x) && (best == QUIZ_NONE || q->numeric[i].score > q->numeric[best].score))
            best = i;
    return best;
}

const NumericAnswer *quiz_numeric_right(const Question *q)
{
    for (size_t i = 0; i < q->nnumeric; i++)
        if (q->numeric[i].score >= 1)
            return &q->numeric[i];
    return q->nnumeric ? &q->numeric[0] : NULL;
}

char *quiz_numeric_format(double x, int decimals, char decimal_sep, char group_sep, char *out, size_t size)
{
    char raw[64];
    expect(out && size);
    int d = decimals < 0 || decimals > NUMERIC_MAX_DECIMALS ? NUMERIC_MAX_DECIMALS : decimals;
    if (!isfinite(x) || fabs(x) >= 1e15) {
        snprintf(out, size, "%g", x);
        return out;
    }
    /* A double holds 15 significant digits: more decimals would show the
     * binary's noise (4444444441219,7 as 4444444441219,700195). */
    int whole_digits = 1;
    for (double m = fabs(x); m >= 10 && whole_digits < 16; m /= 10)
        whole_digits++;
    if (whole_digits + d > NUMERIC_MAX_DIGITS)
        d = whole_digits < NUMERIC_MAX_DIGITS ? NUMERIC_MAX_DIGITS - whole_digits : 0;
    snprintf(raw, sizeof raw, "%.*f", d, x);
    if (raw[0] == '-' && strspn(raw + 1, "0.") == strlen(raw + 1))
        memmove(raw, raw + 1, strlen(raw)); /* -0,00 is 0,00 */
    char *point = strchr(raw, '.');
    if (decimals < 0 && point) { /* as few as needed */
        char *e = raw + strlen(raw);
        while (e > point && (e[-1] == '0'))
            *--e = '\0';
        if (e - 1 == point)
            *point = '\0', point = NULL;
    }
    const char *digits = raw[0] == '-' ? raw + 1 : raw;
    size_t whole = point ? (size_t)(point - digits) : strlen(digits);
    bool group = point || whole > 6;
    size_t n = 0;
#define PUT(ch)                                                                                                        \
    do {                                                                                                               \
        if (n + 1 < size)                                                                                              \
            out[n++] = (ch);                                                                                           \
    } while (0)
    if (raw[0] == '-')
        PUT('-');
    for (size_t k = 0; k < whole; k++) {
        if (group && k > 0 && (whole - k) % 3 == 0)
            PUT(group_sep);
        PUT(digits[k]);
    }
    if (point) {
        PUT(decimal_sep);
        for (const char *p = point + 1; *p; p++)
            PUT(*p);
        /* "1,250" would be refused as ambiguous when typed: "1,2500" is not. */
        if (strlen(point + 1) == 3 && whole <= 3 && digits[0] != '0')
            PUT('0');
    }
#undef PUT
    out[n] = '\0';
    return out;
}
