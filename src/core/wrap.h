/* wrap.h - greedy word wrap of UTF-8 text made of styled spans. Core: no
 * SDL; the caller supplies a measure callback (pixels, points or a fake).
 *
 * Breaks at spaces and honours '\n'. A word wider than the line is broken
 * at a code point boundary, never inside a UTF-8 sequence. Spaces at the
 * start and end of a wrapped line are dropped. A word may cross spans
 * ("**vet**," keeps the comma with the bold word). The text must be valid
 * UTF-8 (the course loader checks that once).
 *
 * With a Hyphenator (wrap_spans_hyph), a word that does not fit on a line
 * that would then be left short (filled less than WRAP_HYPHEN_FILL
 * percent) is broken at its last Dutch hyphenation point that fits with
 * a hyphen; so is a word wider than a whole line, before it is cut at a
 * code point. The run before such a break carries the hyphen, and the
 * runs on both sides carry Dutch respelling (be-eindigen, oma-tje) as
 * edits of their first or last bytes (WrapEdit). */
#ifndef ACCOUNTWIJS_WRAP_H
#define ACCOUNTWIJS_WRAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hyphenate.h"

enum { WRAP_HYPHEN_FILL = 75 };

/* A piece of text in one style. STYLE is opaque to wrap: it is handed to the
 * measurer as is. A word that touches a NO_HYPHEN span (a heading, a term
 * in bold, a name, an id) is never broken at a hyphenation point. */
typedef struct {
    const char *text;
    size_t len;
    int style;
    bool no_hyphen;
} WrapSpan;

/* Width of S[0..LEN) drawn in STYLE. Must be >= 0 and, for the result to
 * respect the limit exactly, additive over concatenation. */
typedef int (*WrapMeasureFn)(void *ctx, int style, const char *s, size_t len);

/* Respelling at a hyphenation break: the first (a run's HEAD) or last (its
 * TAIL) DROP bytes of the run are drawn as TEXT (NUL-terminated) instead. */
typedef struct {
    uint8_t drop;
    char text[7];
} WrapEdit;

/* A run: bytes [start, start+len) of spans[span], drawn at X on its line.
 * With HYPHEN a '-' is drawn after it (the word goes on on the next line);
 * WIDTH is that of the text as drawn (wrap_run_text), hyphen included. */
typedef struct {
    size_t span;
    size_t start, len;
    int x, width;
    bool hyphen;
    WrapEdit head, tail;
} WrapRun;

/* A line: runs [first_run, first_run+nruns); WIDTH is where its last run
 * ends. An empty line (from "\n\n") has no runs. */
typedef struct {
    size_t first_run, nruns;
    int width;
} WrapLine;

/* The result; owned by the caller, released by wrap_result_free(). A zeroed
 * WrapResult is empty and may be reused: wrap_spans() resets it. */
typedef struct {
    WrapRun *runs;
    size_t nruns, cap_runs;
    WrapLine *lines;
    size_t nlines, cap_lines;
} WrapResult;

/* Wraps SPANS into lines at most MAX_WIDTH wide (a width < 1 counts as 1:
 * one code point per line). Empty text gives no lines; each '\n' ends a
 * line, so "a\n" gives two. False only when out of memory. */
bool wrap_spans(const WrapSpan *spans, size_t nspans, int max_width, WrapMeasureFn measure, void *ctx, WrapResult *out);

/* wrap_spans() that breaks words at the hyphenation points of H (NULL:
 * exactly wrap_spans()). */
bool wrap_spans_hyph(const WrapSpan *spans, size_t nspans, int max_width, WrapMeasureFn measure, void *ctx,
                     const Hyphenator *h, WrapResult *out);

/* The text of run R as drawn (edits applied, the hyphen added) into OUT,
 * at most SIZE-1 bytes, NUL-terminated; returns its full length. */
size_t wrap_run_text(const WrapRun *r, const WrapSpan *spans, char *out, size_t size);

/* True when R is drawn as other text than its bytes. */
bool wrap_run_edited(const WrapRun *r);

/* wrap_spans() for one span of style 0. */
bool wrap_text(const char *text, size_t len, int max_width, WrapMeasureFn measure, void *ctx, WrapResult *out);

void wrap_result_free(WrapResult *r);

/* The longest prefix of S[0..LEN) that is at most MAX_WIDTH wide, in bytes,
 * ending at a code point boundary (0 when not even one code point fits). */
size_t wrap_fit(const char *s, size_t len, int style, int max_width, WrapMeasureFn measure, void *ctx);

#endif
