/* wrap.c - see wrap.h.
 *
 * The text is read as one stream across spans. Bytes collect into the
 * current word (a list of parts, one per span it touches); a space or a
 * newline ends the word, which is then placed: on the current line if it
 * fits after the pending space, else at the start of a new line, else (a
 * word wider than a whole line) cut at code point boundaries with
 * wrap_fit(). Placed words and spaces are "atoms" with an x position; when
 * a line ends, atoms that are contiguous bytes of the same span merge into
 * one run and are measured once, so the renderer draws few, long runs. */
#include "wrap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t span, start, len;
    int x, width;
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

static int measure(const Wrapper *w, const Part *p)
{
    const WrapSpan *s = &w->spans[p->span];
    int m = w->measure(w->ctx, s->style, s->text + p->start, p->len);
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
     * rounded widths of single words would drift by a pixel a word. */
    int x = w->line.n ? w->line.v[0].x : 0;
    for (size_t i = 0; i < w->line.n;) {
        Part run = w->line.v[i++];
        run.x = x;
        while (i < w->line.n && w->line.v[i].span == run.span && w->line.v[i].start == run.start + run.len)
            run.len += w->line.v[i++].len;
        if (!grow((void **)&r->runs, &r->cap_runs, r->nruns + 1, sizeof *r->runs)) {
            w->oom = true;
            return;
        }
        int width = measure(w, &run);
        r->runs[r->nruns++] = (WrapRun){run.span, run.start, run.len, run.x, width};
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

/* Places the word read so far. */
static void place_word(Wrapper *w)
{
    Parts *wd = &w->word;
    if (wd->n == 0)
        return;
    int ww = 0;
    for (size_t i = 0; i < wd->n; i++)
        ww += wd->v[i].width = measure(w, &wd->v[i]);
    int sw = w->line.n && w->space.len ? measure(w, &w->space) : 0;
    if (w->line.n && w->x + sw + ww > w->maxw)
        end_line(w);
    if (w->line.n) {
        if (w->space.len) {
            w->space.x = w->x;
            push_part(w, &w->line, w->space);
            w->x += sw;
        }
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
        size_t k = wrap_fit(s->text + p.start, p.len, s->style, w->maxw - w->x, w->measure, w->ctx);
        if (k == 0 && w->line.n == 0)
            k = cp_len(s->text + p.start, p.len);
        if (k > 0) {
            Part head = {p.span, p.start, k, w->x, 0};
            head.width = measure(w, &head);
            push_part(w, &w->line, head);
            wd->v[i].start += k;
            wd->v[i].len -= k;
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

bool wrap_spans(const WrapSpan *spans, size_t nspans, int max_width, WrapMeasureFn m, void *ctx, WrapResult *out)
{
    out->nruns = 0;
    out->nlines = 0;
    Wrapper w = {.spans = spans, .measure = m, .ctx = ctx, .maxw = max_width < 1 ? 1 : max_width, .out = out};
    bool pending_line = false; /* a newline was read: another line follows */
    for (size_t si = 0; si < nspans && !w.oom; si++) {
        const char *t = spans[si].text;
        for (size_t i = 0; i < spans[si].len && !w.oom; i++) {
            char c = t[i];
            if (c == '\n') {
                place_word(&w);
                end_line(&w);
                pending_line = true;
            } else if (c == ' ') {
                place_word(&w);
                if (w.line.n == 0)
                    continue; /* no spaces at the start of a line */
                if (w.space.len == 0)
                    w.space = (Part){si, i, 1, 0, 0};
                else if (w.space.span == si && w.space.start + w.space.len == i)
                    w.space.len++;
            } else {
                Parts *wd = &w.word;
                if (wd->n && wd->v[wd->n - 1].span == si && wd->v[wd->n - 1].start + wd->v[wd->n - 1].len == i)
                    wd->v[wd->n - 1].len++;
                else
                    push_part(&w, wd, (Part){si, i, 1, 0, 0});
            }
        }
    }
    place_word(&w);
    if (!w.oom && (w.line.n || pending_line))
        end_line(&w);
    free(w.line.v);
    free(w.word.v);
    return !w.oom;
}

bool wrap_text(const char *text, size_t len, int max_width, WrapMeasureFn m, void *ctx, WrapResult *out)
{
    WrapSpan s = {text, len, 0};
    return wrap_spans(&s, 1, max_width, m, ctx, out);
}

void wrap_result_free(WrapResult *r)
{
    free(r->runs);
    free(r->lines);
    memset(r, 0, sizeof *r);
}
