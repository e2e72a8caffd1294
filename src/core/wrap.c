/* wrap.c - see wrap.h.
 *
 * The text is read as one stream across spans. Bytes collect into the
 * current word (a list of parts, one per span it touches); a space or a
 * newline ends the word, which is then placed: on the current line if it
 * fits after the pending space, else at the start of a new line, else (a
 * word wider than a whole line) cut at code point boundaries with
 * wrap_fit(). Placed words and spaces are "atoms" with an x position; when
 * a line ends, atoms that are contiguous bytes of the same span merge into
 * one run and are measured once, so the renderer draws few, long runs.
 *
 * Hyphenation sits in front of the two ways a word leaves its line: when
 * it would move whole to the next line and leave this one short, or when
 * it is wider than a line, the word's hyphenation points are asked for
 * (once a word, and only then) and the last one whose head fits is taken:
 * the head goes on this line as atoms whose last one carries the hyphen
 * and any respelling, and the rest of the word is placed again from the
 * start of the next line, its first part carrying the respelling there.
 * Every offset of a break is into the word's bytes, so each part records
 * where in the word it starts (woff). */
#include "wrap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t span, start, len;
    int x, width;
    size_t woff; /* where the part starts within its word */
    bool hyphen;
    WrapEdit head, tail;
} Part;

typedef struct {
    Part *v;
    size_t n, cap;
} Parts;

typedef struct {
    const WrapSpan *spans;
    WrapMeasureFn measure;
    void *ctx;
    int maxw;
    WrapResult *out;
    Parts line; /* atoms placed on the current line */
    Parts word; /* the word being read */
    int x;      /* where the next atom goes */
    Part space; /* pending space before the next word; len 0 = none */
    bool oom;
    /* Hyphenation: the word's breaks, asked for once a word. */
    const Hyphenator *hyph;
    bool sentence_start; /* the word being read starts a sentence */
    bool asked;
    size_t nbreaks;
    HyphenBreak breaks[24];
    Parts head;    /* a candidate head of a broken word */
    char *scratch; /* the text of an edited part, to measure it */
    size_t cap_scratch;
} Wrapper;

static bool grow(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t cap2 = *cap ? *cap * 2 : 16;
    while (cap2 < need)
        cap2 *= 2;
    void *p = realloc(*v, cap2 * size);
    if (!p)
        return false;
    *v = p;
    *cap = cap2;
    return true;
}

static void push_part(Wrapper *w, Parts *ps, Part p)
{
    if (!grow((void **)&ps->v, &ps->cap, ps->n + 1, sizeof *ps->v)) {
        w->oom = true;
        return;
    }
    ps->v[ps->n++] = p;
}

static bool edited(bool hyphen, const WrapEdit *head, const WrapEdit *tail)
{
    return hyphen || head->drop || head->text[0] || tail->drop || tail->text[0];
}

/* The text of bytes [START, START+LEN) of S with the edits, into OUT. */
static size_t compose(const char *s, size_t start, size_t len, bool hyphen, const WrapEdit *head, const WrapEdit *tail,
                      char *out, size_t size)
{
    size_t a = start + head->drop, b = start + len - tail->drop;
    if (b < a)
        b = a;
    size_t hl = strlen(head->text), tl = strlen(tail->text);
    size_t n = hl + (b - a) + tl + (hyphen ? 1 : 0);
    if (n < size) {
        memcpy(out, head->text, hl);
        memcpy(out + hl, s + a, b - a);
        memcpy(out + hl + (b - a), tail->text, tl);
        if (hyphen)
            out[n - 1] = '-';
        out[n] = '\0';
    } else if (size) {
        out[0] = '\0';
    }
    return n;
}

static int measure(Wrapper *w, const Part *p)
{
    const WrapSpan *s = &w->spans[p->span];
    int m;
    if (!edited(p->hyphen, &p->head, &p->tail)) {
        m = w->measure(w->ctx, s->style, s->text + p->start, p->len);
    } else {
        size_t n = compose(s->text, p->start, p->len, p->hyphen, &p->head, &p->tail, NULL, 0);
        if (!grow((void **)&w->scratch, &w->cap_scratch, n + 1, 1)) {
            w->oom = true;
            return 0;
        }
        compose(s->text, p->start, p->len, p->hyphen, &p->head, &p->tail, w->scratch, n + 1);
        m = w->measure(w->ctx, s->style, w->scratch, n);
    }
    return m < 0 ? 0 : m;
}

/* Closes the current line: merges its atoms into runs. */
static void end_line(Wrapper *w)
{
    WrapResult *r = w->out;
    if (!grow((void **)&r->lines, &r->cap_lines, r->nlines + 1, sizeof *r->lines)) {
        w->oom = true;
        return;
    }
    WrapLine *ln = &r->lines[r->nlines++];
    ln->first_run = r->nruns;
    ln->nruns = 0;
    ln->width = 0;
    /* Runs cover the line without gaps (spaces belong to a run), so each
     * starts where the one before ends as measured whole: summing the
     * rounded widths of single words would drift by a pixel a word. An
     * atom that ends in a break or starts after one closes or opens its
     * run, so its edits stay at the run's edge. */
    int x = w->line.n ? w->line.v[0].x : 0;
    for (size_t i = 0; i < w->line.n;) {
        Part run = w->line.v[i++];
        run.x = x;
        while (i < w->line.n && w->line.v[i].span == run.span && w->line.v[i].start == run.start + run.len &&
               !run.hyphen && !run.tail.drop && !run.tail.text[0] && !w->line.v[i].head.drop &&
               !w->line.v[i].head.text[0]) {
            run.len += w->line.v[i].len;
            run.hyphen = w->line.v[i].hyphen;
            run.tail = w->line.v[i].tail;
            i++;
        }
        if (!grow((void **)&r->runs, &r->cap_runs, r->nruns + 1, sizeof *r->runs)) {
            w->oom = true;
            return;
        }
        int width = measure(w, &run);
        r->runs[r->nruns++] = (WrapRun){run.span, run.start, run.len, run.x, width, run.hyphen, run.head, run.tail};
        ln->nruns++;
        x += width;
        ln->width = x;
    }
    w->line.n = 0;
    w->x = 0;
    w->space.len = 0;
}

static size_t cp_len(const char *s, size_t len)
{
    size_t n = 1;
    while (n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
        n++;
    return n;
}

size_t wrap_fit(const char *s, size_t len, int style, int max_width, WrapMeasureFn m, void *ctx)
{
    if (len == 0 || m(ctx, style, s, len) <= max_width)
        return len;
    size_t lo = 0, hi = len; /* the prefix of lo bytes fits, of hi does not */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        while (mid > lo && ((unsigned char)s[mid] & 0xC0) == 0x80)
            mid--;
        if (mid == lo)
            mid = lo + cp_len(s + lo, len - lo);
        if (mid >= hi)
            break;
        if (m(ctx, style, s, mid) <= max_width)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* ---- hyphenation ---- */

/* Asks for the breaks of the word being read, once. */
static void ask_breaks(Wrapper *w)
{
    if (w->asked)
        return;
    w->asked = true;
    w->nbreaks = 0;
    Parts *wd = &w->word;
    char text[HYPHENATE_MAX_WORD];
    size_t n = 0;
    for (size_t i = 0; i < wd->n; i++) {
        const Part *p = &wd->v[i];
        const WrapSpan *s = &w->spans[p->span];
        if (s->no_hyphen || p->woff != n || n + p->len > sizeof text)
            return;
        memcpy(text + n, s->text + p->start, p->len);
        n += p->len;
    }
    w->nbreaks = hyphenate_word(w->hyph, text, n, w->sentence_start, w->breaks, sizeof w->breaks / sizeof *w->breaks);
}

/* Builds in w->head the atoms of the word's rest up to break B, hyphen
 * and respelling on the last; false when B is not inside the rest or its
 * respelling does not fit in the parts around it. */
static bool build_head(Wrapper *w, const HyphenBreak *b)
{
    Parts *wd = &w->word;
    const Part *first = &wd->v[0];
    size_t cut = b->at - b->drop_before;
    w->head.n = 0;
    if (b->at < b->drop_before || cut <= first->woff + first->head.drop)
        return false;
    for (size_t i = 0; i < wd->n && !w->oom; i++) {
        Part p = wd->v[i];
        if (p.woff >= b->at)
            break;
        if (p.woff + p.len >= b->at) {
            /* The last part of the head. */
            p.len = b->at - p.woff;
            if (p.len < (size_t)b->drop_before + p.head.drop)
                return false;
            p.hyphen = !b->marked;
            p.tail.drop = b->drop_before;
            memcpy(p.tail.text, b->pre, sizeof p.tail.text);
            push_part(w, &w->head, p);
            /* The rest must hold the bytes the next line drops. */
            const Part *end = &wd->v[wd->n - 1];
            size_t rest = end->woff + end->len - b->at;
            return rest > b->drop_after && !w->oom;
        }
        push_part(w, &w->head, p);
    }
    return false;
}

/* Cuts the placed head off the word: its rest starts at break B. */
static void drop_head(Wrapper *w, const HyphenBreak *b)
{
    Parts *wd = &w->word;
    size_t i = 0;
    while (i < wd->n && wd->v[i].woff + wd->v[i].len <= b->at)
        i++;
    memmove(wd->v, wd->v + i, (wd->n - i) * sizeof *wd->v);
    wd->n -= i;
    Part *p = &wd->v[0];
    size_t k = b->at - p->woff;
    p->start += k;
    p->len -= k;
    p->woff += k;
    memset(&p->head, 0, sizeof p->head);
    /* A drop longer than this part (a break at a style change) is cut to
     * it: the respelling is one letter, within one span in practice. */
    p->head.drop = (uint8_t)(b->drop_after < p->len ? b->drop_after : p->len);
    memcpy(p->head.text, b->post, sizeof p->head.text);
}

/* Puts as much of the word as fits into AVAIL on this line, broken at a
 * hyphenation point, after the pending space (SW wide); ends the line.
 * False when no break fits. */
static bool hyphenate_onto_line(Wrapper *w, int sw, int avail)
{
    ask_breaks(w);
    for (size_t k = w->nbreaks; k-- > 0 && !w->oom;) {
        const HyphenBreak *b = &w->breaks[k];
        if (!build_head(w, b))
            continue;
        int hw = 0;
        for (size_t i = 0; i < w->head.n; i++)
            hw += w->head.v[i].width = measure(w, &w->head.v[i]);
        if (hw > avail)
            continue;
        if (w->line.n && w->space.len) {
            w->space.x = w->x;
            push_part(w, &w->line, w->space);
            w->x += sw;
        }
        for (size_t i = 0; i < w->head.n; i++) {
            w->head.v[i].x = w->x;
            push_part(w, &w->line, w->head.v[i]);
            w->x += w->head.v[i].width;
        }
        drop_head(w, b);
        end_line(w);
        return true;
    }
    return false;
}

/* ---- placing words ---- */

/* Places the word read so far. */
static void place_word(Wrapper *w)
{
    Parts *wd = &w->word;
    if (wd->n == 0)
        return;
    int ww = 0, sw = 0;
    bool measured = false;
    for (;;) {
        if (!measured) {
            ww = 0;
            for (size_t i = 0; i < wd->n; i++)
                ww += wd->v[i].width = measure(w, &wd->v[i]);
            measured = true;
        }
        sw = w->line.n && w->space.len ? measure(w, &w->space) : 0;
        if (w->x + sw + ww <= w->maxw || w->oom)
            break;
        /* It does not fit: broken at a hyphenation point when the line
         * would be left short or the word is wider than a line. */
        bool short_line = (long)w->x * 100 < (long)w->maxw * WRAP_HYPHEN_FILL;
        if (w->hyph && (short_line || w->line.n == 0) && hyphenate_onto_line(w, sw, w->maxw - w->x - sw)) {
            measured = false; /* the rest of the word, respelled */
            continue;
        }
        if (w->line.n == 0)
            break; /* wider than a line: cut below */
        end_line(w);
    }
    if (w->line.n && w->space.len) {
        w->space.x = w->x;
        push_part(w, &w->line, w->space);
        w->x += sw;
    }
    size_t i = 0;
    while (i < wd->n && !w->oom) {
        Part p = wd->v[i];
        if (w->x + p.width <= w->maxw) {
            p.x = w->x;
            push_part(w, &w->line, p);
            w->x += p.width;
            i++;
            continue;
        }
        /* Only a word wider than a line gets here, and it starts a line. */
        const WrapSpan *s = &w->spans[p.span];
        size_t skip = p.head.drop, k; /* a respelled start stays whole */
        if (skip >= p.len) {
            k = w->line.n == 0 ? p.len : 0;
        } else {
            k = skip + wrap_fit(s->text + p.start + skip, p.len - skip, s->style, w->maxw - w->x, w->measure, w->ctx);
            if (k == skip && w->line.n == 0)
                k = skip + cp_len(s->text + p.start + skip, p.len - skip);
            if (k == skip)
                k = 0;
        }
        if (k > 0) {
            Part head = p;
            head.len = k;
            head.x = w->x;
            head.width = measure(w, &head);
            push_part(w, &w->line, head);
            wd->v[i].start += k;
            wd->v[i].len -= k;
            wd->v[i].woff += k;
            memset(&wd->v[i].head, 0, sizeof wd->v[i].head);
            if (wd->v[i].len == 0) {
                i++;
                continue;
            }
            wd->v[i].width = measure(w, &wd->v[i]);
        }
        end_line(w);
    }
    wd->n = 0;
    w->space.len = 0;
}

bool wrap_spans_hyph(const WrapSpan *spans, size_t nspans, int max_width, WrapMeasureFn m, void *ctx,
                     const Hyphenator *h, WrapResult *out)
{
    out->nruns = 0;
    out->nlines = 0;
    Wrapper w = {.spans = spans,
                 .measure = m,
                 .ctx = ctx,
                 .maxw = max_width < 1 ? 1 : max_width,
                 .out = out,
                 .hyph = h,
                 .sentence_start = true};
    bool pending_line = false; /* a newline was read: another line follows */
    char last = '\0';          /* the last byte of the last word */
    for (size_t si = 0; si < nspans && !w.oom; si++) {
        const char *t = spans[si].text;
        for (size_t i = 0; i < spans[si].len && !w.oom; i++) {
            char c = t[i];
            if (c == '\n' || c == ' ') {
                if (w.word.n) {
                    place_word(&w);
                    w.sentence_start = last == '.' || last == '!' || last == '?';
                }
                if (c == '\n') {
                    end_line(&w);
                    pending_line = true;
                    w.sentence_start = true;
                    continue;
                }
                if (w.line.n == 0)
                    continue; /* no spaces at the start of a line */
                if (w.space.len == 0)
                    w.space = (Part){.span = si, .start = i, .len = 1};
                else if (w.space.span == si && w.space.start + w.space.len == i)
                    w.space.len++;
            } else {
                Parts *wd = &w.word;
                if (wd->n == 0)
                    w.asked = false;
                size_t woff = wd->n ? wd->v[wd->n - 1].woff + wd->v[wd->n - 1].len : 0;
                if (wd->n && wd->v[wd->n - 1].span == si && wd->v[wd->n - 1].start + wd->v[wd->n - 1].len == i)
                    wd->v[wd->n - 1].len++;
                else
                    push_part(&w, wd, (Part){.span = si, .start = i, .len = 1, .woff = woff});
                last = c;
            }
        }
    }
    place_word(&w);
    if (!w.oom && (w.line.n || pending_line))
        end_line(&w);
    free(w.line.v);
    free(w.word.v);
    free(w.head.v);
    free(w.scratch);
    return !w.oom;
}

bool wrap_spans(const WrapSpan *spans, size_t nspans, int max_width, WrapMeasureFn m, void *ctx, WrapResult *out)
{
    return wrap_spans_hyph(spans, nspans, max_width, m, ctx, NULL, out);
}

bool wrap_text(const char *text, size_t len, int max_width, WrapMeasureFn m, void *ctx, WrapResult *out)
{
    WrapSpan s = {text, len, 0, false};
    return wrap_spans(&s, 1, max_width, m, ctx, out);
}

bool wrap_run_edited(const WrapRun *r)
{
    return edited(r->hyphen, &r->head, &r->tail);
}

size_t wrap_run_text(const WrapRun *r, const WrapSpan *spans, char *out, size_t size)
{
    return compose(spans[r->span].text, r->start, r->len, r->hyphen, &r->head, &r->tail, out, size);
}

void wrap_result_free(WrapResult *r)
{
    free(r->runs);
    free(r->lines);
    memset(r, 0, sizeof *r);
}
