/* test_wrap_golden.c - paragraphs of the course wrapped at three widths,
 * with and without Dutch hyphenation, against the line breaks kept in
 * tests/golden/wrap/ (reviewed by eye: a break must fall where a Dutch
 * reader expects it). No window: every code point is one unit wide, so a
 * width is a number of characters. Terms in bold are never hyphenated,
 * as the reader lays them out (ui/text.c sets no_hyphen for bold).
 *
 * After a deliberate change of the wrap, write the files anew with
 * AW_GOLDEN_UPDATE=1 ./test_wrap_golden and review the diff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "hyphenate.h"
#include "markup.h"
#include "utf8.h"
#include "wrap.h"

#define GOLDEN AW_TEST_DATA "/../golden/wrap"

static Hyphenator *hyph;

static int per_code_point(void *ctx, int style, const char *s, size_t len)
{
    (void)ctx;
    (void)style;
    return (int)utf8_count(s, len);
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (n + 2 > cap) {
            cap = cap ? cap * 2 : 4096;
            char *p = realloc(buf, cap);
            assert_non_null(p);
            buf = p;
        }
        buf[n++] = (char)c;
    }
    fclose(f);
    if (!buf)
        buf = calloc(1, 1);
    else
        buf[n] = '\0';
    return buf;
}

/* Appends S to the growing text *OUT. */
static void put(char **out, size_t *n, size_t *cap, const char *s, size_t len)
{
    if (*n + len + 1 > *cap) {
        while (*n + len + 1 > *cap)
            *cap = *cap ? *cap * 2 : 4096;
        char *p = realloc(*out, *cap);
        assert_non_null(p);
        *out = p;
    }
    memcpy(*out + *n, s, len);
    *n += len;
    (*out)[*n] = '\0';
}

/* The lines of markup paragraph P[0..LEN) at WIDTH, one per line. */
static void wrap_paragraph(const char *p, size_t len, int width, const Hyphenator *h, char **out, size_t *n,
                           size_t *cap)
{
    Markup mk;
    assert_true(markup_parse(p, len, &mk));
    WrapSpan *spans = calloc(mk.nspans ? mk.nspans : 1, sizeof *spans);
    assert_non_null(spans);
    for (size_t i = 0; i < mk.nspans; i++)
        spans[i] = (WrapSpan){mk.plain + mk.spans[i].start, mk.spans[i].len, mk.spans[i].style,
                              (mk.spans[i].style & MARKUP_BOLD) != 0};
    WrapResult r = {0};
    assert_true(wrap_spans_hyph(spans, mk.nspans, width, per_code_point, NULL, h, &r));
    for (size_t l = 0; l < r.nlines; l++) {
        const WrapLine *ln = &r.lines[l];
        for (size_t k = 0; k < ln->nruns; k++) {
            char buf[1024];
            size_t m = wrap_run_text(&r.runs[ln->first_run + k], spans, buf, sizeof buf);
            assert_true(m < sizeof buf);
            put(out, n, cap, buf, m);
        }
        put(out, n, cap, "\n", 1);
        assert_true(ln->width <= width);
    }
    wrap_result_free(&r);
    free(spans);
    markup_free(&mk);
}

static void check_golden(int width, bool hyphenate)
{
    char *paras = read_all(GOLDEN "/paragraphs.txt");
    assert_non_null(paras);
    char *out = NULL;
    size_t n = 0, cap = 0;
    put(&out, &n, &cap, "", 0);
    for (const char *p = paras; *p;) {
        const char *q = strstr(p, "\n\n");
        size_t len = q ? (size_t)(q - p) : strlen(p);
        while (len && p[len - 1] == '\n')
            len--;
        if (n)
            put(&out, &n, &cap, "\n", 1);
        wrap_paragraph(p, len, width, hyphenate ? hyph : NULL, &out, &n, &cap);
        if (!q)
            break;
        p = q + 2;
    }
    char path[512];
    snprintf(path, sizeof path, GOLDEN "/w%d-%s.txt", width, hyphenate ? "hyphenated" : "whole");
    const char *update = getenv("AW_GOLDEN_UPDATE");
    if (update && *update == '1') {
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        fwrite(out, 1, n, f);
        fclose(f);
    }
    char *want = read_all(path);
    if (!want)
        fail_msg("%s is missing (AW_GOLDEN_UPDATE=1 writes it)", path);
    if (strcmp(want, out) != 0) {
        /* Say which line differs first. */
        size_t line = 1, i = 0;
        while (want[i] && want[i] == out[i]) {
            line += want[i] == '\n';
            i++;
        }
        fail_msg("%s differs at line %zu; got:\n%s", path, line, out);
    }
    free(want);
    free(out);
    free(paras);
}

static void course_paragraphs_at_24_characters_break_as_kept(void **state)
{
    (void)state;
    check_golden(24, false);
#ifndef AW_NO_HYPHEN /* the Windows build has no libhyphen yet */
    check_golden(24, true);
#endif
}

static void course_paragraphs_at_36_characters_break_as_kept(void **state)
{
    (void)state;
    check_golden(36, false);
#ifndef AW_NO_HYPHEN /* the Windows build has no libhyphen yet */
    check_golden(36, true);
#endif
}

static void course_paragraphs_at_60_characters_break_as_kept(void **state)
{
    (void)state;
    check_golden(60, false);
#ifndef AW_NO_HYPHEN /* the Windows build has no libhyphen yet */
    check_golden(60, true);
#endif
}

static int setup(void **state)
{
    (void)state;
    hyph = hyphenate_load(NULL, NULL);
#ifdef AW_NO_HYPHEN
    return 0;
#endif
    if (!hyph)
        fprintf(stderr, "no Dutch hyphenation patterns: install hyphen-nl\n");
    return hyph ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    hyphenate_free(hyph);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(course_paragraphs_at_24_characters_break_as_kept),
        cmocka_unit_test(course_paragraphs_at_36_characters_break_as_kept),
        cmocka_unit_test(course_paragraphs_at_60_characters_break_as_kept),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
