/* gift_parse.c - reads a GIFT bank the way Moodle's importer
 * (question/format/gift/format.php) reads it, so that a file Moodle takes
 * gives the same questions here:
 *
 * The file is cut into questions at blank lines; each line is trimmed and
 * a line starting with // counts as blank text inside its question. The
 * escapes \: \# \= \{ \} \~ \n become placeholders (\\ a backslash) before
 * anything is split, so only unescaped characters structure a question.
 * A question is "$CATEGORY: path", or an optional ::title::, its text,
 * and the first {...} as its answers; text after the } makes a
 * missing-word question. Inside the answers the last #### starts the
 * general feedback, and the type follows from the characters, in
 * Moodle's order: nothing -> essay, '#' first -> numerical, a '~' ->
 * multiple choice, '=' and '->' -> matching, T/TRUE/F/FALSE -> true/false,
 * else short answer. Unescaped '=' or ':' in the question's text are fine
 * (Moodle looks for them only in the answers), and matching takes two
 * pairs.
 *
 * Where Moodle is silent or lenient about something our lesson format
 * cannot hold, a warning says what happens; where Moodle would fail the
 * import, an error does. Every problem is reported, with its line. */
#include <ctype.h>
#include <stdio.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gift_internal.h"
#include "utf8.h"

typedef struct {
    const char *name;
    Diag *d;
    GiftBank *b;
    size_t qcap, ccap;
    bool failed;            /* out of memory */
    const char *pending_id; /* "// accountwijs-section: ID" seen before a $CATEGORY */
    int pending_id_line;
    char *idnumber; /* "[id:...]" in a comment of the question being read */
} Parser;

/* One question's text: trimmed lines joined by '\n', escapes as
 * placeholders; LINES[k] is the file's line of the k-th line of TEXT. */
typedef struct {
    char *text;
    size_t len;
    int *lines;
    size_t *starts; /* where the k-th line begins in TEXT */
    size_t nlines;
} GiftBlock;

static void report(Parser *p, DiagLevel level, int line, DiagCode code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(p->d, level, (DiagAt){.file = p->name, .line = line, .col = 1}, code, fmt, ap);
    va_end(ap);
}

/* A message with one detail: S[0..N), at most MAX bytes cut at a code point. */
static void report_text(Parser *p, DiagLevel level, int line, DiagCode code, const char *s, size_t n, size_t max)
{
    char buf[128];
    if (max > sizeof buf - 1)
        max = sizeof buf - 1;
    if (n > max) {
        n = max;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    report(p, level, line, code, "%s", buf);
}

static void report0(Parser *p, DiagLevel level, int line, DiagCode code)
{
    diag_at(p->d, level, (DiagAt){.file = p->name, .line = line, .col = 1}, code);
}

/* The file's line of byte OFFSET of the block's text (a binary search:
 * a question of a million lines stays fast). */
static int line_at(const GiftBlock *bl, size_t offset)
{
    size_t lo = 0, hi = bl->nlines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (bl->starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return bl->lines[lo];
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\0';
}

/* A span of the block's text: [s, s+n). */
typedef struct {
    const char *s;
    size_t n;
} Span;

static Span trim(Span x)
{
    while (x.n && is_space(*x.s))
        x.s++, x.n--;
    while (x.n && is_space(x.s[x.n - 1]))
        x.n--;
    return x;
}

static const char *find(Span x, char c)
{
    return x.n ? memchr(x.s, c, x.n) : NULL;
}

static const char *find_str(Span x, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= x.n; i++)
        if (memcmp(x.s + i, needle, k) == 0)
            return x.s + i;
    return NULL;
}

static const char *find_last_str(Span x, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = x.n >= k ? x.n - k + 1 : 0; i-- > 0;)
        if (memcmp(x.s + i, needle, k) == 0)
            return x.s + i;
    return NULL;
}

/* For messages: at most MAX bytes of S, cut at a code point. */
static int clip(const char *s, int max)
{
    size_t n = strlen(s);
    if (n <= (size_t)max)
        return (int)n;
    size_t cut = (size_t)max;
    while (cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    return (int)cut;
}

static char *text_of(Parser *p, const GiftBlock *bl, Span x, GiftFormat dflt, GiftFormat *format)
{
    const char *unknown;
    size_t ulen = 0;
    char *t = gift_text(&p->b->arena, x.s, x.n, dflt, format, &unknown, &ulen);
    if (!t)
        p->failed = true;
    if (unknown)
        report_text(p, DIAG_WARNING, line_at(bl, (size_t)(x.s - bl->text)), DC_GIFT_FORMAT_UNKNOWN, unknown, ulen, 20);
    return t;
}

/* ---- answers ------------------------------------------------------------ */

/* Moodle's weight: '%', any '-', one or two digits, an optional '.',
 * digits, '%'. Returns the bytes it takes (0: no weight) and the value in
 * percent. */
static size_t weight_of(Span x, double *w, bool *many_minus)
{
    size_t i = 1, minus = 0;
    if (!x.n || x.s[0] != '%')
        return 0;
    while (i < x.n && x.s[i] == '-')
        i++, minus++;
    size_t d0 = i;
    while (i < x.n && i - d0 < 2 && isdigit((unsigned char)x.s[i]))
        i++;
    if (i == d0)
        return 0;
    if (i < x.n && x.s[i] == '.')
        i++;
    while (i < x.n && isdigit((unsigned char)x.s[i]))
        i++;
    if (i >= x.n || x.s[i] != '%')
        return 0;
    char num[40];
    size_t n = i - d0 < sizeof num - 1 ? i - d0 : sizeof num - 1;
    memcpy(num, x.s + d0, n);
    num[n] = '\0';
    *w = strtod(num, NULL) * (minus ? -1 : 1);
    *many_minus = minus > 1;
    return i + 1;
}

/* Splits the answers at each unescaped SEP (Moodle's explode), dropping an
 * empty first part; calls back with each part. */
typedef struct {
    Span *parts;
    size_t n;
} Parts;

static bool split(Span x, char sep, Parts *out)
{
    size_t n = 1;
    for (size_t i = 0; i < x.n; i++)
        n += x.s[i] == sep;
    out->parts = malloc(n * sizeof *out->parts);
    out->n = 0;
    if (!out->parts)
        return false;
    const char *start = x.s, *end = x.s + x.n;
    for (const char *c = x.s;; c++) {
        if (c == end || *c == sep) {
            out->parts[out->n++] = (Span){start, (size_t)(c - start)};
            if (c == end)
                break;
            start = c + 1;
        }
    }
    if (out->n && trim(out->parts[0]).n == 0) {
        memmove(out->parts, out->parts + 1, (out->n - 1) * sizeof *out->parts);
        out->n--;
    }
    return true;
}

static GiftAnswer *add_answers(Parser *p, GiftQuestion *q, size_t n)
{
    q->answers = n ? arena_alloc(&p->b->arena, n * sizeof *q->answers) : NULL;
    if (n && !q->answers)
        p->failed = true;
    return q->answers;
}

/* Answer text and feedback, split at the first '#'. */
static void text_and_feedback(Parser *p, const GiftBlock *bl, Span x, GiftFormat f, GiftAnswer *a)
{
    const char *hash = find(x, '#');
    Span t = {x.s, hash ? (size_t)(hash - x.s) : x.n};
    a->text = text_of(p, bl, trim(t), f, NULL);
    a->feedback = NULL; /* the slot may hold a skipped answer's */
    if (hash) {
        char *fb = text_of(p, bl, trim((Span){hash + 1, (size_t)(x.s + x.n - hash - 1)}), f, NULL);
        a->feedback = fb && *fb ? fb : NULL;
    }
}

/* A weight for a message: "50", "33.333", "-25". */
static void percent(double w, char out[32])
{
    snprintf(out, 32, "%.6g", w);
}

/* "70%, 30%": the weights of Q's answers as a detail. */
static void weights_text(const GiftQuestion *q, bool graded, size_t nright, char *out, size_t size)
{
    size_t at = 0;
    out[0] = '\0';
    for (size_t i = 0; i < q->nanswers && at + 24 < size; i++) {
        double w = q->answers[i].weight;
        if (graded)
            w = 100.0 / (double)nright * (q->answers[i].right ? 1 : -1);
        char num[32];
        percent(w, num);
        at += (size_t)snprintf(out + at, size - at, "%s%s%%", i ? ", " : "", num);
    }
}

static bool near(double a, double b)
{
    return fabs(a - b) < 0.01;
}

static bool choice(Parser *p, const GiftBlock *bl, Span ans, GiftQuestion *q, GiftFormat f)
{
    bool single = find(ans, '=') != NULL;
    int line = line_at(bl, (size_t)(ans.s - bl->text));
    /* Moodle turns every '=' into "~=" and splits at '~'. */
    Parts parts;
    Span work = ans;
    char *copy = NULL;
    if (single) {
        size_t extra = 0;
        for (size_t i = 0; i < ans.n; i++)
            extra += ans.s[i] == '=';
        copy = malloc(ans.n + extra + 1);
        if (!copy)
            return p->failed = true, false;
        size_t k = 0;
        for (size_t i = 0; i < ans.n; i++) {
            if (ans.s[i] == '=')
                copy[k++] = '~';
            copy[k++] = ans.s[i];
        }
        work = (Span){copy, k};
    }
    if (!split(work, '~', &parts)) {
        free(copy);
        return p->failed = true, false;
    }
    if (parts.n < 2) {
        report(p, DIAG_ERROR, line, DC_GIFT_TOO_FEW_ANSWERS, "%d%zu", 2, parts.n);
        free(parts.parts);
        free(copy);
        return false;
    }
    GiftAnswer *a = add_answers(p, q, parts.n);
    bool ok = a != NULL;
    size_t nright = 0, neq = 0, counted = 0, added = 0;
    for (size_t i = 0; ok && i < parts.n; i++) {
        Span x = trim(parts.parts[i]);
        /* Where the answer is in the block (for its line). */
        size_t off = (size_t)(x.s - bl->text);
        if (copy) { /* back from the copy with its '~' before each '=' */
            size_t o = (size_t)(x.s - copy);
            for (; counted <= o && counted < work.n; counted++)
                added += copy[counted] == '=';
            off = (size_t)(ans.s - bl->text) + o - added;
        }
        GiftAnswer *an = &q->answers[q->nanswers];
        an->line = line_at(bl, off);
        double w = 0;
        bool many_minus = false;
        size_t wl;
        if (x.n && x.s[0] == '=') {
            w = 100;
            x.s++, x.n--;
            neq++;
        } else if ((wl = weight_of(x, &w, &many_minus)) != 0) {
            if (many_minus || w > 100 || w < -100) {
                report_text(p, DIAG_ERROR, an->line, DC_GIFT_BAD_WEIGHT, x.s + 1, wl - 2, 20);
                ok = false;
            }
            x.s += wl, x.n -= wl;
        } else if (x.n && x.s[0] == '%' && find((Span){x.s + 1, x.n - 1}, '%')) {
            char *t = text_of(p, bl, x, f, NULL);
            if (t)
                report_text(p, DIAG_WARNING, an->line, DC_GIFT_WEIGHT_UNREAD, t, strlen(t), 60);
        }
        text_and_feedback(p, bl, x, f, an);
        an->weight = w;
        an->right = single ? w >= 100 : w > 0;
        if (an->text && !*an->text) {
            report0(p, DIAG_WARNING, an->line, DC_GIFT_EMPTY_ANSWER);
            continue;
        }
        for (size_t k = 0; an->text && k < q->nanswers; k++)
            if (q->answers[k].text && strcmp(q->answers[k].text, an->text) == 0) {
                report_text(p, DIAG_ERROR, an->line, DC_GIFT_SAME_ANSWER, an->text, strlen(an->text), 60);
                ok = false;
            }
        nright += an->right;
        q->nanswers++;
    }
    free(parts.parts);
    free(copy);
    if (!ok || p->failed)
        return false;
    if (q->nanswers < 2) {
        report(p, DIAG_ERROR, line, DC_GIFT_TOO_FEW_ANSWERS, "%d%zu", 2, q->nanswers);
        return false;
    }
    if (single) {
        q->kind = GIFT_SINGLE;
        if (neq > 1) {
            report(p, DIAG_WARNING, line, DC_GIFT_SINGLE_MORE_RIGHT, "%zu", neq);
            return false;
        }
        char list[512] = "";
        size_t at = 0;
        for (size_t i = 0; i < q->nanswers; i++) {
            const GiftAnswer *an = &q->answers[i];
            if (!an->right && an->weight > 0 && at + 80 < sizeof list) {
                char num[32];
                percent(an->weight, num);
                at += (size_t)snprintf(list + at, sizeof list - at, "%s~%%%s%%%.*s", at ? ", " : "", num,
                                       clip(an->text, 40), an->text);
            }
        }
        if (at)
            report(p, DIAG_WARNING, line, DC_GIFT_PARTIAL_DROPPED, "%s", list);
        return true;
    }
    q->kind = GIFT_MULTIPLE;
    if (nright == 0) {
        report0(p, DIAG_ERROR, line, DC_GIFT_NO_RIGHT);
        return false;
    }
    if (nright == q->nanswers) {
        report0(p, DIAG_WARNING, line, DC_GIFT_ALL_RIGHT);
        return false;
    }
    /* Grading here: each right option is worth 1/R, each wrong one chosen
     * takes 1/R off. Weights that say otherwise are named. */
    bool same = true;
    for (size_t i = 0; i < q->nanswers; i++) {
        double want = 100.0 / (double)nright * (q->answers[i].right ? 1 : -1);
        same &= near(q->answers[i].weight, want) || fabs(q->answers[i].weight - want) < 0.5;
    }
    if (!same) {
        char as[512], here[512];
        weights_text(q, false, nright, as, sizeof as);
        weights_text(q, true, nright, here, sizeof here);
        report(p, DIAG_WARNING, line, DC_GIFT_WEIGHTS_CHANGED, "%s%s", as, here);
    }
    return true;
}

static bool matching(Parser *p, const GiftBlock *bl, Span ans, GiftQuestion *q, GiftFormat f)
{
    int line = line_at(bl, (size_t)(ans.s - bl->text));
    Parts parts;
    if (!split(ans, '=', &parts))
        return p->failed = true, false;
    if (parts.n < 2) {
        report(p, DIAG_ERROR, line, DC_GIFT_TOO_FEW_ANSWERS, "%d%zu", 2, parts.n);
        free(parts.parts);
        return false;
    }
    bool ok = add_answers(p, q, parts.n) != NULL;
    for (size_t i = 0; ok && i < parts.n; i++) {
        Span x = trim(parts.parts[i]);
        int at = line_at(bl, (size_t)(x.s - bl->text));
        const char *arrow = find_str(x, "->");
        if (!arrow) {
            char *t = text_of(p, bl, x, f, NULL);
            report_text(p, DIAG_ERROR, at, DC_GIFT_MATCH_NO_ARROW, t ? t : "", t ? strlen(t) : 0, 60);
            ok = false;
            continue;
        }
        GiftAnswer *an = &q->answers[q->nanswers];
        an->line = at;
        an->text = text_of(p, bl, trim((Span){x.s, (size_t)(arrow - x.s)}), f, NULL);
        /* Moodle keeps the right side as plain text. */
        an->match = text_of(p, bl, trim((Span){arrow + 2, (size_t)(x.s + x.n - arrow - 2)}), GF_RAW, NULL);
        an->right = true;
        an->weight = 100;
        if (!an->text || !an->match)
            continue;
        if (!*an->text) {
            report_text(p, DIAG_WARNING, at, DC_GIFT_MATCH_EMPTY_LEFT, an->match, strlen(an->match), 60);
            continue;
        }
        if (!*an->match) {
            report0(p, DIAG_WARNING, at, DC_GIFT_EMPTY_ANSWER);
            continue;
        }
        for (size_t k = 0; k < q->nanswers; k++)
            if (strcmp(q->answers[k].text, an->text) == 0) {
                report_text(p, DIAG_ERROR, at, DC_GIFT_SAME_ANSWER, an->text, strlen(an->text), 60);
                ok = false;
            }
        q->nanswers++;
    }
    free(parts.parts);
    if (ok && !p->failed && q->nanswers < 2) {
        report(p, DIAG_ERROR, line, DC_GIFT_TOO_FEW_ANSWERS, "%d%zu", 2, q->nanswers);
        ok = false;
    }
    q->kind = GIFT_MATCHING;
    return ok && !p->failed;
}

static bool truefalse(Parser *p, const GiftBlock *bl, Span ans, GiftQuestion *q, GiftFormat f)
{
    /* answer#feedback for a wrong answer#feedback for a right one */
    const char *h1 = find(ans, '#');
    const char *h2 = h1 ? find((Span){h1 + 1, (size_t)(ans.s + ans.n - h1 - 1)}, '#') : NULL;
    Span word = trim((Span){ans.s, h1 ? (size_t)(h1 - ans.s) : ans.n});
    q->kind = GIFT_TRUEFALSE;
    q->truth = word.s[0] == 'T';
    char *wrong = NULL, *right = NULL;
    if (h1) {
        const char *e = h2 ? h2 : ans.s + ans.n;
        wrong = text_of(p, bl, (Span){h1 + 1, (size_t)(e - h1 - 1)}, f, NULL);
    }
    if (h2)
        right = text_of(p, bl, (Span){h2 + 1, (size_t)(ans.s + ans.n - h2 - 1)}, f, NULL);
    if (wrong && !*wrong)
        wrong = NULL;
    if (right && !*right)
        right = NULL;
    q->feedback_true = q->truth ? right : wrong;
    q->feedback_false = q->truth ? wrong : right;
    return !p->failed;
}

static bool shortanswer(Parser *p, const GiftBlock *bl, Span ans, GiftQuestion *q, GiftFormat f)
{
    int line = line_at(bl, (size_t)(ans.s - bl->text));
    Parts parts;
    if (!split(ans, '=', &parts))
        return p->failed = true, false;
    if (parts.n < 1) {
        report(p, DIAG_ERROR, line, DC_GIFT_TOO_FEW_ANSWERS, "%d%zu", 1, parts.n);
        free(parts.parts);
        return false;
    }
    bool ok = add_answers(p, q, parts.n) != NULL;
    char partial[512] = "";
    size_t at = 0;
    for (size_t i = 0; ok && i < parts.n; i++) {
        Span x = trim(parts.parts[i]);
        GiftAnswer *an = &q->answers[q->nanswers];
        an->line = line_at(bl, (size_t)(x.s - bl->text));
        double w = 100;
        bool many_minus = false;
        size_t wl = weight_of(x, &w, &many_minus);
        if (wl) {
            if (many_minus || w > 100 || w < -100) {
                report_text(p, DIAG_ERROR, an->line, DC_GIFT_BAD_WEIGHT, x.s + 1, wl - 2, 20);
                ok = false;
            }
            x.s += wl, x.n -= wl;
        }
        text_and_feedback(p, bl, x, f, an);
        an->weight = w;
        an->right = w >= 100;
        if (!an->text)
            continue;
        if (!*an->text) {
            report0(p, DIAG_WARNING, an->line, DC_GIFT_EMPTY_ANSWER);
            continue;
        }
        if (!an->right) {
            if (at + 80 < sizeof partial) {
                char num[32];
                percent(w, num);
                at += (size_t)snprintf(partial + at, sizeof partial - at, "%s=%%%s%%%.*s", at ? ", " : "", num,
                                       clip(an->text, 40), an->text);
            }
            continue;
        }
        if (strchr(an->text, '*'))
            report_text(p, DIAG_WARNING, an->line, DC_GIFT_WILDCARD, an->text, strlen(an->text), 60);
        q->nanswers++;
    }
    free(parts.parts);
    if (at)
        report(p, DIAG_WARNING, line, DC_GIFT_PARTIAL_DROPPED, "%s", partial);
    q->kind = GIFT_SHORT;
    if (ok && !p->failed && q->nanswers == 0) {
        report0(p, DIAG_ERROR, line, DC_GIFT_NO_RIGHT);
        ok = false;
    }
    return ok && !p->failed;
}

/* A number as Moodle's is_numeric takes it (decimal point, optional sign
 * and exponent, spaces around); false when it is none. */
static bool number(Span x, double *out)
{
    x = trim(x);
    char buf[64];
    if (!x.n || x.n >= sizeof buf)
        return false;
    memcpy(buf, x.s, x.n);
    buf[x.n] = '\0';
    for (size_t i = 0; i < x.n; i++)
        if (!(isdigit((unsigned char)buf[i]) || buf[i] == '.' || buf[i] == '-' || buf[i] == '+' || buf[i] == 'e' ||
              buf[i] == 'E'))
            return false;
    char *end;
    double v = strtod(buf, &end);
    if (*end || !isfinite(v) || fabs(v) > NUMERIC_LIMIT)
        return false;
    *out = v;
    return true;
}

static bool numeric(Parser *p, const GiftBlock *bl, Span ans, GiftQuestion *q, GiftFormat f)
{
    int line = line_at(bl, (size_t)(ans.s - bl->text));
    ans.s++, ans.n--; /* the '#' */
    const char *tilde = find(ans, '~');
    if (tilde) {
        /* "~#feedback" for any other number: Moodle keeps what follows the '#'. */
        Span w = {tilde + 1, (size_t)(ans.s + ans.n - tilde - 1)};
        const char *hash = find(w, '#');
        if (hash) {
            char *t = text_of(p, bl, (Span){hash + 1, (size_t)(w.s + w.n - hash - 1)}, f, NULL);
            q->wrong_feedback = t && *t ? t : NULL;
        }
        ans.n = (size_t)(tilde - ans.s);
    }
    Parts parts;
    if (!split(ans, '=', &parts))
        return p->failed = true, false;
    q->kind = GIFT_NUMERIC;
    if (parts.n == 0) {
        report0(p, DIAG_ERROR, line, DC_GIFT_NUMERIC_NONE);
        free(parts.parts);
        return false;
    }
    bool ok = add_answers(p, q, parts.n) != NULL;
    size_t nright = 0;
    for (size_t i = 0; ok && i < parts.n; i++) {
        Span x = trim(parts.parts[i]);
        GiftAnswer *an = &q->answers[q->nanswers];
        an->line = line_at(bl, (size_t)(x.s - bl->text));
        double w = 100;
        bool many_minus = false;
        size_t wl = weight_of(x, &w, &many_minus);
        if (wl) {
            if (many_minus || w > 100 || w < -100) {
                report_text(p, DIAG_ERROR, an->line, DC_GIFT_BAD_WEIGHT, x.s + 1, wl - 2, 20);
                ok = false;
            }
            x.s += wl, x.n -= wl;
        }
        text_and_feedback(p, bl, x, f, an);
        an->weight = w; /* a numeric answer keeps its weight as its score */
        an->right = w >= 100;
        if (!an->text)
            continue;
        /* min..max, value:tolerance or a value; the text has no markup left
         * that matters, but the placeholders are gone: work on it. */
        Span t = {an->text, strlen(an->text)};
        const char *dots = find_str(t, "..");
        const char *colon = find(t, ':');
        bool good;
        if (dots && dots > t.s) {
            Span lo = {t.s, (size_t)(dots - t.s)}, hi = {dots + 2, (size_t)(t.s + t.n - dots - 2)};
            good = number(lo, &an->min) && number(hi, &an->max);
            an->range = true;
            if (good && an->min > an->max) {
                lo = trim(lo), hi = trim(hi);
                char l[32], h[32];
                snprintf(l, sizeof l, "%.*s", (int)(lo.n > 30 ? 30 : lo.n), lo.s);
                snprintf(h, sizeof h, "%.*s", (int)(hi.n > 30 ? 30 : hi.n), hi.s);
                report(p, DIAG_ERROR, an->line, DC_GIFT_RANGE_REVERSED, "%s%s", l, h);
                ok = false;
                continue;
            }
        } else if (colon && colon > t.s) {
            good = number((Span){t.s, (size_t)(colon - t.s)}, &an->value) &&
                   number((Span){colon + 1, (size_t)(t.s + t.n - colon - 1)}, &an->tolerance);
            good = good && an->tolerance >= 0;
            an->min = an->value - an->tolerance;
            an->max = an->value + an->tolerance;
        } else {
            good = number(t, &an->value);
            an->min = an->max = an->value;
        }
        if (!good) {
            report_text(p, DIAG_ERROR, an->line, DC_GIFT_NUMBER_BAD, an->text, strlen(an->text), 40);
            ok = false;
            continue;
        }
        nright += an->right;
        q->nanswers++;
    }
    free(parts.parts);
    if (ok && !p->failed && nright == 0) {
        report0(p, DIAG_ERROR, line, DC_GIFT_NO_RIGHT);
        ok = false;
    }
    return ok && !p->failed;
}

/* ---- questions and categories -------------------------------------------- */

static GiftQuestion *new_question(Parser *p)
{
    GiftBank *b = p->b;
    if (b->nquestions == p->qcap) {
        size_t cap = p->qcap ? p->qcap * 2 : 64;
        GiftQuestion *n = realloc(b->questions, cap * sizeof *n);
        if (!n)
            return p->failed = true, NULL;
        b->questions = n;
        p->qcap = cap;
    }
    GiftQuestion *q = &b->questions[b->nquestions];
    memset(q, 0, sizeof *q);
    q->category = b->ncategories - 1;
    return q;
}

static bool new_category(Parser *p, char *title, char *path, int line)
{
    GiftBank *b = p->b;
    if (b->ncategories == p->ccap) {
        size_t cap = p->ccap ? p->ccap * 2 : 8;
        GiftCategory *n = realloc(b->categories, cap * sizeof *n);
        if (!n)
            return p->failed = true, false;
        b->categories = n;
        p->ccap = cap;
    }
    b->categories[b->ncategories++] = (GiftCategory){.title = title, .path = path, .line = line};
    return true;
}

/* "$course$/top/A/B" -> "B" ("//" is a '/' in a name). */
static char *category_title(Parser *p, const char *path)
{
    const char *last = path;
    for (const char *c = path; *c; c++) {
        if (c[0] == '/' && c[1] == '/') {
            c++;
            continue;
        }
        if (*c == '/')
            last = c + 1;
    }
    JsonBuf t = {0};
    for (const char *c = last; *c; c++) {
        jsonbuf_put(&t, c, 1);
        if (c[0] == '/' && c[1] == '/')
            c++;
    }
    Span s = trim((Span){t.data ? t.data : "", t.len});
    char *r = arena_strndup(&p->b->arena, s.s, s.n);
    jsonbuf_free(&t);
    if (!r)
        p->failed = true;
    return r;
}

static void category(Parser *p, const GiftBlock *bl, Span text)
{
    int line = line_at(bl, (size_t)(text.s - bl->text));
    Span rest = trim((Span){text.s + 10, text.n - 10});
    if (find(rest, '\n')) {
        report0(p, DIAG_ERROR, line, DC_GIFT_CATEGORY_MORE_LINES);
        return;
    }
    char *path = gift_text(&p->b->arena, rest.s, rest.n, GF_PLAIN, NULL, NULL, NULL);
    if (!path) {
        p->failed = true;
        return;
    }
    char *title = category_title(p, path);
    if (!title)
        return;
    if (!*title) {
        report0(p, DIAG_ERROR, line, DC_GIFT_CATEGORY_EMPTY);
        return;
    }
    if (new_category(p, title, path, line) && p->pending_id) {
        p->b->categories[p->b->ncategories - 1].id = arena_strdup(&p->b->arena, p->pending_id);
    }
}

static void question(Parser *p, const GiftBlock *bl)
{
    Span text = trim((Span){bl->text, bl->len});
    if (!text.n)
        return;
    if (text.n >= 10 && memcmp(text.s, "$CATEGORY:", 10) == 0) {
        category(p, bl, text);
        return;
    }
    int line = line_at(bl, (size_t)(text.s - bl->text));
    GiftQuestion *q = new_question(p);
    if (!q)
        return;
    q->line = line;
    q->idnumber = p->idnumber;
    if (text.n >= 2 && text.s[0] == ':' && text.s[1] == ':') {
        text.s += 2, text.n -= 2;
        const char *end = find_str(text, "::");
        if (!end) {
            report0(p, DIAG_WARNING, line, DC_GIFT_TITLE_UNCLOSED);
        } else {
            q->title = text_of(p, bl, (Span){text.s, (size_t)(end - text.s)}, GF_PLAIN, NULL);
            if (q->title && !*q->title)
                q->title = NULL;
            text = trim((Span){end + 2, (size_t)(text.s + text.n - end - 2)});
        }
    }
    const char *open = find(text, '{'), *close = find(text, '}');
    if (!open && !close) {
        char *t = text_of(p, bl, text, GF_MOODLE, NULL);
        if (t)
            report_text(p, DIAG_WARNING, line, DC_GIFT_DESCRIPTION_SKIPPED, t, strlen(t), 60);
        p->b->skipped++;
        return;
    }
    if (!close || (open && close < open)) {
        report0(p, DIAG_ERROR, line_at(bl, (size_t)((open && close ? close : open) - bl->text)),
                close ? DC_GIFT_BRACE_UNOPENED : DC_GIFT_BRACE_UNCLOSED);
        return;
    }
    if (!open) {
        report0(p, DIAG_ERROR, line_at(bl, (size_t)(close - bl->text)), DC_GIFT_BRACE_UNOPENED);
        return;
    }
    Span ans = trim((Span){open + 1, (size_t)(close - open - 1)});
    Span after = {close + 1, (size_t)(text.s + text.n - close - 1)};
    if (find(after, '{') || find(after, '}'))
        report0(p, DIAG_WARNING, line_at(bl, (size_t)(close + 1 - bl->text)), DC_GIFT_SECOND_BLOCK);
    /* The question's text: the block taken out, or "_____" in its place
     * (a missing-word question) when text follows it. */
    JsonBuf qt = {0};
    jsonbuf_put(&qt, text.s, (size_t)(open - text.s));
    bool missing_word = after.n > 0;
    if (missing_word) {
        jsonbuf_puts(&qt, "_____");
        jsonbuf_put(&qt, after.s, after.n);
    }
    const char *gf = find_last_str(ans, "####");
    Span general = {0};
    if (gf) {
        general = (Span){gf + 4, (size_t)(ans.s + ans.n - gf - 4)};
        ans = trim((Span){ans.s, (size_t)(gf - ans.s)});
    }
    GiftFormat f = GF_MOODLE;
    q->prompt = qt.failed ? NULL : text_of(p, bl, (Span){qt.data ? qt.data : "", qt.len}, GF_MOODLE, &f);
    if (qt.failed)
        p->failed = true;
    jsonbuf_free(&qt);
    if (general.n) {
        q->explanation = text_of(p, bl, general, f, NULL);
        if (q->explanation && !*q->explanation)
            q->explanation = NULL;
    }
    if (p->failed)
        return;

    bool ok;
    if (ans.n == 0) {
        report_text(p, DIAG_WARNING, line, DC_GIFT_ESSAY_SKIPPED, q->prompt, strlen(q->prompt), 60);
        p->b->skipped++;
        return;
    } else if (ans.s[0] == '#') {
        ok = numeric(p, bl, ans, q, f);
    } else if (find(ans, '~')) {
        ok = choice(p, bl, ans, q, f);
    } else if (find(ans, '=') && find_str(ans, "->")) {
        ok = matching(p, bl, ans, q, f);
    } else {
        const char *hash = find(ans, '#');
        Span word = trim((Span){ans.s, hash && hash > ans.s ? (size_t)(hash - ans.s) : ans.n});
        static const char *const tf[] = {"T", "TRUE", "F", "FALSE"};
        bool is_tf = false, other_case = false;
        for (int k = 0; k < 4; k++) {
            size_t n = strlen(tf[k]);
            if (word.n == n && memcmp(word.s, tf[k], n) == 0)
                is_tf = true;
            else if (word.n == n) {
                bool same = true;
                for (size_t i = 0; i < n; i++)
                    same &= toupper((unsigned char)word.s[i]) == tf[k][i];
                other_case |= same;
            }
        }
        if (is_tf) {
            ok = truefalse(p, bl, ans, q, f);
        } else {
            if (other_case)
                report_text(p, DIAG_WARNING, line, DC_GIFT_TF_CASE, word.s, word.n, 10);
            ok = shortanswer(p, bl, ans, q, f);
        }
    }
    if (ok && q->kind == GIFT_SHORT) {
        /* One blank where the answer goes: the missing word, or after the text. */
        char *blank = strstr(q->prompt, "_____");
        JsonBuf b = {0};
        if (missing_word && blank) {
            jsonbuf_put(&b, q->prompt, (size_t)(blank - q->prompt));
            jsonbuf_puts(&b, "___");
            jsonbuf_puts(&b, blank + 5);
        } else {
            jsonbuf_puts(&b, q->prompt);
            jsonbuf_puts(&b, *q->prompt ? " ___" : "___");
        }
        q->prompt = b.failed ? NULL : arena_strdup(&p->b->arena, b.data);
        if (!q->prompt)
            p->failed = true;
        jsonbuf_free(&b);
    }
    if (ok && !p->failed && q->kind != GIFT_SHORT && !*q->prompt) {
        report0(p, DIAG_ERROR, line, DC_GIFT_NO_TEXT);
        ok = false;
    }
    if (ok && !p->failed)
        p->b->nquestions++;
    else if (!p->failed && p->d->errors == 0)
        p->b->skipped++;
}

/* ---- the file ------------------------------------------------------------ */

/* A comment "// accountwijs-section: ID" names the section of the next
 * $CATEGORY (gift_export writes it; Moodle ignores it). A comment with
 * "[id:X]" gives its question Moodle's idnumber X (Moodle 3.6 and later
 * read and write it so; "\]" is a ']' in it), the first one counting. */
static void comment(Parser *p, const char *line, size_t n, int lineno)
{
    static const char key[] = "// accountwijs-section:";
    size_t k = sizeof key - 1;
    if (n > k && memcmp(line, key, k) == 0) {
        Span id = trim((Span){line + k, n - k});
        char *s = arena_strndup(&p->b->arena, id.s, id.n);
        p->pending_id = s;
        p->pending_id_line = lineno;
    }
    const char *at = find_str((Span){line, n}, "[id:");
    if (at && !p->idnumber) {
        JsonBuf v = {0};
        const char *c = at + 4, *end = line + n;
        bool closed = false;
        for (; c < end; c++) {
            if (c[0] == '\\' && c + 1 < end && c[1] == ']') {
                jsonbuf_put(&v, "]", 1);
                c++;
            } else if (*c == ']' || *c == '[') {
                closed = *c == ']';
                break;
            } else {
                jsonbuf_put(&v, c, 1);
            }
        }
        Span t = trim((Span){v.data ? v.data : "", v.len});
        if (closed && t.n)
            p->idnumber = arena_strndup(&p->b->arena, t.s, t.n);
        jsonbuf_free(&v);
    }
}

static void flush_block(Parser *p, GiftBlock *bl)
{
    if (bl->len || bl->nlines) {
        if (bl->text)
            bl->text[bl->len] = '\0';
        Span t = trim((Span){bl->text ? bl->text : "", bl->len});
        if (t.n) {
            question(p, bl);
            if (!(t.n >= 10 && memcmp(t.s, "$CATEGORY:", 10) == 0))
                p->pending_id = NULL;
        }
    }
    bl->len = 0;
    bl->nlines = 0;
    p->idnumber = NULL;
}

bool gift_parse(const char *name, const char *text, size_t len, GiftBank *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Parser p = {.name = name, .d = d, .b = out};
    size_t errors0 = d->errors;
    char *decoded = NULL;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        text += 3, len -= 3;
    size_t bad;
    if (!utf8_valid(text, len, &bad)) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'));
        report0(&p, DIAG_WARNING, line, DC_GIFT_NOT_UTF8);
        decoded = gift_cp1252(text, len, &len);
        if (!decoded) {
            diag_at(d, DIAG_ERROR, (DiagAt){.file = name}, DC_NO_MEMORY);
            return false;
        }
        text = decoded;
    }
    if (!new_category(&p, NULL, NULL, 0)) {
        free(decoded);
        diag_at(d, DIAG_ERROR, (DiagAt){.file = name}, DC_NO_MEMORY);
        return false;
    }
    GiftBlock bl = {0};
    size_t lines_cap = 0;
    bl.text = malloc(len + 1);
    bool control_warned = false;
    if (!bl.text)
        p.failed = true;
    int lineno = 0;
    for (size_t i = 0; i < len && !p.failed;) {
        /* One line: up to \n, \r\n or a lone \r. */
        size_t start = i;
        while (i < len && text[i] != '\n' && text[i] != '\r')
            i++;
        size_t end = i;
        if (i < len)
            i += text[i] == '\r' && i + 1 < len && text[i + 1] == '\n' ? 2 : 1;
        lineno++;
        Span line = trim((Span){text + start, end - start});
        if (!line.n) {
            flush_block(&p, &bl);
            continue;
        }
        if (bl.nlines == lines_cap) {
            size_t cap = lines_cap ? lines_cap * 2 : 16;
            int *n = realloc(bl.lines, cap * sizeof *n);
            size_t *st = n ? realloc(bl.starts, cap * sizeof *st) : NULL;
            if (n)
                bl.lines = n;
            if (!st) {
                p.failed = true;
                break;
            }
            bl.starts = st;
            lines_cap = cap;
        }
        if (bl.nlines)
            bl.text[bl.len++] = '\n';
        bl.starts[bl.nlines] = bl.len;
        bl.lines[bl.nlines++] = lineno;
        if (line.n >= 2 && line.s[0] == '/' && line.s[1] == '/') {
            comment(&p, line.s, line.n, lineno);
            bl.text[bl.len++] = ' ';
            continue;
        }
        for (size_t k = 0; k < line.n; k++) {
            unsigned char c = (unsigned char)line.s[k];
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                if (!control_warned)
                    report0(&p, DIAG_WARNING, lineno, DC_GIFT_CONTROL_CHAR);
                control_warned = true;
                c = ' ';
            }
            if (c == '\\' && k + 1 < line.n) {
                static const char esc[] = ":#={}~n";
                const char *e = strchr(esc, line.s[k + 1]);
                if (line.s[k + 1] == '\\') {
                    bl.text[bl.len++] = '\\';
                    k++;
                    continue;
                }
                if (e && *e) {
                    bl.text[bl.len++] = (char)(GP_COLON + (e - esc));
                    k++;
                    continue;
                }
            }
            bl.text[bl.len++] = (char)c;
        }
    }
    if (!p.failed)
        flush_block(&p, &bl);
    free(bl.text);
    free(bl.lines);
    free(bl.starts);
    free(decoded);
    if (p.failed) {
        diag_at(d, DIAG_ERROR, (DiagAt){.file = name}, DC_NO_MEMORY);
        return false;
    }
    if (out->nquestions == 0 && d->errors == errors0)
        diag_at(d, DIAG_ERROR, (DiagAt){.file = name}, DC_GIFT_NO_QUESTIONS);
    return d->errors == errors0;
}

void gift_bank_free(GiftBank *b)
{
    if (!b)
        return;
    free(b->questions);
    free(b->categories);
    arena_free(&b->arena);
    memset(b, 0, sizeof *b);
}
