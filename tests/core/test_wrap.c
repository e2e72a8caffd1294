/* test_wrap.c - the word wrap with a fake measurer: every code point is 10
 * units wide (12 in style 1), so widths are easy to reason about. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "hyphenate.h"
#include "utf8.h"
#include "wrap.h"

static Hyphenator *hyph;

/* Built without libhyphen (the Windows build): the tests that need the
 * Dutch patterns are skipped there; elsewhere missing patterns fail. */
#ifdef AW_NO_HYPHEN
#define NEED_PATTERNS() skip()
#else
#define NEED_PATTERNS() ((void)0)
#endif

static int calls;

static int fake_measure(void *ctx, int style, const char *s, size_t len)
{
    (void)ctx;
    calls++;
    return (int)utf8_count(s, len) * (style == 1 ? 12 : 10);
}

/* The text of line I, runs joined with '|' between runs. */
static const char *line_text(const WrapResult *r, const WrapSpan *spans, size_t i, char *buf, size_t size)
{
    size_t n = 0;
    const WrapLine *ln = &r->lines[i];
    for (size_t k = 0; k < ln->nruns; k++) {
        const WrapRun *run = &r->runs[ln->first_run + k];
        n += (size_t)snprintf(buf + n, size - n, "%s%.*s", k ? "|" : "", (int)run->len,
                              spans[run->span].text + run->start);
    }
    buf[n] = '\0';
    return buf;
}

static WrapResult wrap1(const char *text, int width, WrapSpan *span)
{
    WrapResult r = {0};
    *span = (WrapSpan){text, strlen(text), 0, false};
    assert_true(wrap_spans(span, 1, width, fake_measure, NULL, &r));
    return r;
}

static void wrap_breaks_at_spaces_and_keeps_lines_within_width(void **state)
{
    (void)state;
    WrapSpan s;
    char buf[256];
    WrapResult r = wrap1("een klant is een account als", 100, &s);
    assert_int_equal(r.nlines, 4);
    assert_string_equal(line_text(&r, &s, 0, buf, sizeof buf), "een klant");
    assert_string_equal(line_text(&r, &s, 1, buf, sizeof buf), "is een");
    assert_string_equal(line_text(&r, &s, 2, buf, sizeof buf), "account");
    assert_string_equal(line_text(&r, &s, 3, buf, sizeof buf), "als");
    for (size_t i = 0; i < r.nlines; i++)
        assert_true(r.lines[i].width <= 100);
    assert_int_equal(r.lines[0].width, 90);
    wrap_result_free(&r);
}

static void wrap_never_lets_a_line_exceed_the_width(void **state)
{
    (void)state;
    const char *text = "Accountmanagement is een manier van werken waarbij je een belangrijke klant "
                       "als partner ziet en samen werkt aan een relatie voor de lange termijn.";
    for (int width = 1; width < 400; width += 7) {
        WrapSpan s;
        WrapResult r = wrap1(text, width, &s);
        size_t bytes = 0;
        for (size_t i = 0; i < r.nlines; i++) {
            const WrapLine *ln = &r.lines[i];
            assert_true(ln->width <= (width < 10 ? 10 : width));
            for (size_t k = 0; k < ln->nruns; k++)
                bytes += r.runs[ln->first_run + k].len;
        }
        /* Every non-space byte is on some line. */
        size_t nonspace = 0;
        for (const char *p = text; *p; p++)
            nonspace += *p != ' ';
        assert_true(bytes >= nonspace);
        wrap_result_free(&r);
    }
}

static void wrap_honours_newlines_and_keeps_empty_lines(void **state)
{
    (void)state;
    WrapSpan s;
    char buf[64];
    WrapResult r = wrap1("eerste\n\ntweede\n", 1000, &s);
    assert_int_equal(r.nlines, 4);
    assert_string_equal(line_text(&r, &s, 0, buf, sizeof buf), "eerste");
    assert_int_equal(r.lines[1].nruns, 0);
    assert_string_equal(line_text(&r, &s, 2, buf, sizeof buf), "tweede");
    assert_int_equal(r.lines[3].nruns, 0);
    wrap_result_free(&r);
}

static void wrap_of_empty_text_has_no_lines(void **state)
{
    (void)state;
    WrapSpan s;
    WrapResult r = wrap1("", 100, &s);
    assert_int_equal(r.nlines, 0);
    r = wrap1("   ", 100, &s);
    assert_int_equal(r.nlines, 0);
    wrap_result_free(&r);
}

static void wrap_drops_spaces_at_line_edges(void **state)
{
    (void)state;
    WrapSpan s;
    char buf[64];
    WrapResult r = wrap1("  aaa   bbb  ", 50, &s);
    assert_int_equal(r.nlines, 2);
    assert_string_equal(line_text(&r, &s, 0, buf, sizeof buf), "aaa");
    assert_string_equal(line_text(&r, &s, 1, buf, sizeof buf), "bbb");
    assert_int_equal(r.lines[1].width, 30);
    wrap_result_free(&r);
}

static void wrap_breaks_a_long_word_at_code_point_boundaries(void **state)
{
    (void)state;
    /* 12 code points, 18 bytes: every ë is two bytes. */
    const char *word = "ëëëëëëaaaaaa";
    WrapSpan s;
    WrapResult r = wrap1(word, 45, &s);
    assert_int_equal(r.nlines, 3);
    for (size_t i = 0; i < r.nlines; i++) {
        const WrapRun *run = &r.runs[r.lines[i].first_run];
        size_t bad;
        assert_true(utf8_valid(word + run->start, run->len, &bad));
        assert_int_equal(utf8_count(word + run->start, run->len), i < 3 ? 4 : 0);
        assert_true(r.lines[i].width <= 45);
    }
    wrap_result_free(&r);
}

static void wrap_puts_one_code_point_per_line_when_nothing_fits(void **state)
{
    (void)state;
    WrapSpan s;
    WrapResult r = wrap1("é€𝄞", 3, &s);
    assert_int_equal(r.nlines, 3);
    assert_int_equal(r.runs[0].len, 2);
    assert_int_equal(r.runs[1].len, 3);
    assert_int_equal(r.runs[2].len, 4);
    wrap_result_free(&r);
}

static void wrap_keeps_a_word_across_styles_together(void **state)
{
    (void)state;
    WrapSpan spans[] = {{"een ", 4, 0, false}, {"vet", 3, 1, false}, {", woord", 7, 0, false}};
    WrapResult r = {0};
    char buf[64];
    assert_true(wrap_spans(spans, 3, 110, fake_measure, NULL, &r));
    assert_int_equal(r.nlines, 2);
    assert_string_equal(line_text(&r, spans, 0, buf, sizeof buf), "een |vet|,");
    assert_string_equal(line_text(&r, spans, 1, buf, sizeof buf), "woord");
    /* The bold run is 3 * 12 wide; the comma after it starts there. */
    const WrapRun *runs = &r.runs[r.lines[0].first_run];
    assert_int_equal(runs[1].x, 40);
    assert_int_equal(runs[1].width, 36);
    assert_int_equal(runs[2].x, 76);
    assert_int_equal(r.lines[0].width, 86);
    /* Too narrow for "een vet,": the comma stays with "vet". */
    assert_true(wrap_spans(spans, 3, 60, fake_measure, NULL, &r));
    assert_int_equal(r.nlines, 3);
    assert_string_equal(line_text(&r, spans, 1, buf, sizeof buf), "vet|,");
    wrap_result_free(&r);
}

static void wrap_merges_words_of_one_span_into_one_run(void **state)
{
    (void)state;
    WrapSpan s;
    WrapResult r = wrap1("een twee drie vier", 1000, &s);
    assert_int_equal(r.nlines, 1);
    assert_int_equal(r.lines[0].nruns, 1);
    assert_int_equal(r.runs[0].len, 18);
    wrap_result_free(&r);
}

static void wrap_fit_returns_the_longest_prefix_that_fits(void **state)
{
    (void)state;
    assert_int_equal(wrap_fit("abcdef", 6, 0, 35, fake_measure, NULL), 3);
    assert_int_equal(wrap_fit("abcdef", 6, 0, 60, fake_measure, NULL), 6);
    assert_int_equal(wrap_fit("abcdef", 6, 0, 5, fake_measure, NULL), 0);
    assert_int_equal(wrap_fit("ééé", 6, 0, 25, fake_measure, NULL), 4);
}

static void wrap_of_a_long_word_measures_logarithmically(void **state)
{
    (void)state;
    static char big[20001];
    memset(big, 'x', sizeof big - 1);
    calls = 0;
    WrapSpan s;
    WrapResult r = wrap1(big, 1000, &s);
    assert_int_equal(r.nlines, 200);
    assert_true(calls < 200 * 40);
    wrap_result_free(&r);
}

static void wrap_result_can_be_reused(void **state)
{
    (void)state;
    WrapResult r = {0};
    WrapSpan s = {"a b c", 5, 0, false};
    assert_true(wrap_spans(&s, 1, 10, fake_measure, NULL, &r));
    assert_int_equal(r.nlines, 3);
    assert_true(wrap_spans(&s, 1, 1000, fake_measure, NULL, &r));
    assert_int_equal(r.nlines, 1);
    assert_int_equal(r.nruns, 1);
    wrap_result_free(&r);
}

/* The text of line I as drawn: edits applied, hyphens shown. */
static const char *shown(const WrapResult *r, const WrapSpan *spans, size_t i, char *buf, size_t size)
{
    size_t n = 0;
    const WrapLine *ln = &r->lines[i];
    for (size_t k = 0; k < ln->nruns && n < size; k++)
        n += wrap_run_text(&r->runs[ln->first_run + k], spans, buf + n, size - n);
    buf[n < size ? n : size - 1] = '\0';
    return buf;
}

static WrapResult wrap_h(const char *text, int width, WrapSpan *span)
{
    WrapResult r = {0};
    *span = (WrapSpan){text, strlen(text), 0, false};
    assert_true(wrap_spans_hyph(span, 1, width, fake_measure, NULL, hyph, &r));
    return r;
}

static void wrap_breaks_a_long_word_at_a_hyphenation_point_when_the_line_would_be_short(void **state)
{
    (void)state;
    NEED_PATTERNS();
    WrapSpan s;
    char buf[256];
    /* 20 code points wide: "de" would stand alone without the break. */
    WrapResult r = wrap_h("de onderhandelingsvaardigheden zijn", 200, &s);
    assert_int_equal(r.nlines, 2);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "de onderhandelings-");
    assert_string_equal(shown(&r, &s, 1, buf, sizeof buf), "vaardigheden zijn");
    const WrapRun *last = &r.runs[r.lines[0].first_run + r.lines[0].nruns - 1];
    assert_true(last->hyphen);
    assert_true(wrap_run_edited(last));
    /* The hyphen is measured: 19 code points. */
    assert_int_equal(r.lines[0].width, 190);
    /* The run still covers the source bytes, without the hyphen. */
    assert_int_equal(last->start + last->len, strlen("de onderhandelings"));
    for (size_t i = 0; i < r.nlines; i++)
        assert_true(r.lines[i].width <= 200);
    wrap_result_free(&r);
}

static void wrap_leaves_a_word_whole_when_the_line_is_full_enough(void **state)
{
    (void)state;
    NEED_PATTERNS();
    WrapSpan s;
    char buf[256];
    /* 24 of 30 code points used (80%): the word moves down whole. */
    WrapResult r = wrap_h("een goede klant is nu de omzetdoelstelling", 300, &s);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "een goede klant is nu de");
    assert_string_equal(shown(&r, &s, 1, buf, sizeof buf), "omzetdoelstelling");
    wrap_result_free(&r);
}

static void wrap_respells_at_the_break_and_keeps_the_source_bytes_in_the_runs(void **state)
{
    (void)state;
    NEED_PATTERNS();
    WrapSpan s;
    char buf[256];
    WrapResult r = wrap_h("ze beëindigen het", 80, &s);
    assert_int_equal(r.nlines, 3);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "ze be-");
    assert_string_equal(shown(&r, &s, 1, buf, sizeof buf), "eindigen");
    const WrapRun *next = &r.runs[r.lines[1].first_run];
    assert_int_equal(next->start, strlen("ze be"));
    assert_int_equal(next->head.drop, 2);
    assert_string_equal(next->head.text, "e");
    wrap_result_free(&r);

    r = wrap_h("de omaatje", 70, &s);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "de oma-");
    assert_string_equal(shown(&r, &s, 1, buf, sizeof buf), "tje");
    wrap_result_free(&r);
}

static void wrap_breaks_a_word_wider_than_the_line_at_hyphenation_points_first(void **state)
{
    (void)state;
    NEED_PATTERNS();
    WrapSpan s;
    char buf[256];
    WrapResult r = wrap_h("onderhandelingsvaardigheden", 120, &s);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "onderhande-");
    assert_string_equal(shown(&r, &s, 1, buf, sizeof buf), "lingsvaar-");
    assert_string_equal(shown(&r, &s, 2, buf, sizeof buf), "digheden");
    wrap_result_free(&r);
}

static void wrap_never_hyphenates_a_no_hyphen_span_or_without_a_hyphenator(void **state)
{
    (void)state;
    NEED_PATTERNS();
    char buf[256];
    WrapSpan spans[] = {{"de ", 3, 0, false}, {"onderhandelingsvaardigheden", 27, 1, true}, {" zijn", 5, 0, false}};
    WrapResult r = {0};
    assert_true(wrap_spans_hyph(spans, 3, 280 + 27 * 2, fake_measure, NULL, hyph, &r));
    assert_string_equal(shown(&r, spans, 0, buf, sizeof buf), "de");
    assert_string_equal(shown(&r, spans, 1, buf, sizeof buf), "onderhandelingsvaardigheden");
    /* No hyphenator: exactly wrap_spans(). */
    WrapSpan s = {"de onderhandelingsvaardigheden zijn", 35, 0, false};
    WrapResult a = {0}, b = {0};
    assert_true(wrap_spans_hyph(&s, 1, 280, fake_measure, NULL, NULL, &a));
    assert_true(wrap_spans(&s, 1, 280, fake_measure, NULL, &b));
    assert_int_equal(a.nlines, b.nlines);
    assert_int_equal(a.nruns, b.nruns);
    for (size_t i = 0; i < a.nruns; i++) {
        assert_int_equal(a.runs[i].start, b.runs[i].start);
        assert_int_equal(a.runs[i].len, b.runs[i].len);
        assert_int_equal(a.runs[i].x, b.runs[i].x);
        assert_int_equal(a.runs[i].width, b.runs[i].width);
        assert_false(wrap_run_edited(&a.runs[i]));
    }
    assert_string_equal(shown(&a, &s, 0, buf, sizeof buf), "de");
    wrap_result_free(&r);
    wrap_result_free(&a);
    wrap_result_free(&b);
}

static void wrap_does_not_hyphenate_a_name_mid_sentence(void **state)
{
    (void)state;
    NEED_PATTERNS();
    WrapSpan s;
    char buf[256];
    WrapResult r = wrap_h("met Onderhandelingsvaardigheden", 200, &s);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "met");
    wrap_result_free(&r);
    r = wrap_h("Klaar. Onderhandelingsvaardigheden", 200, &s);
    assert_string_equal(shown(&r, &s, 0, buf, sizeof buf), "Klaar. Onderhande-");
    wrap_result_free(&r);
}

static int setup(void **state)
{
    (void)state;
    hyph = hyphenate_load(NULL, NULL);
#ifdef AW_NO_HYPHEN
    return 0;
#endif
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
        cmocka_unit_test(wrap_breaks_at_spaces_and_keeps_lines_within_width),
        cmocka_unit_test(wrap_never_lets_a_line_exceed_the_width),
        cmocka_unit_test(wrap_honours_newlines_and_keeps_empty_lines),
        cmocka_unit_test(wrap_of_empty_text_has_no_lines),
        cmocka_unit_test(wrap_drops_spaces_at_line_edges),
        cmocka_unit_test(wrap_breaks_a_long_word_at_code_point_boundaries),
        cmocka_unit_test(wrap_puts_one_code_point_per_line_when_nothing_fits),
        cmocka_unit_test(wrap_keeps_a_word_across_styles_together),
        cmocka_unit_test(wrap_merges_words_of_one_span_into_one_run),
        cmocka_unit_test(wrap_fit_returns_the_longest_prefix_that_fits),
        cmocka_unit_test(wrap_of_a_long_word_measures_logarithmically),
        cmocka_unit_test(wrap_result_can_be_reused),
        cmocka_unit_test(wrap_breaks_a_long_word_at_a_hyphenation_point_when_the_line_would_be_short),
        cmocka_unit_test(wrap_leaves_a_word_whole_when_the_line_is_full_enough),
        cmocka_unit_test(wrap_respells_at_the_break_and_keeps_the_source_bytes_in_the_runs),
        cmocka_unit_test(wrap_breaks_a_word_wider_than_the_line_at_hyphenation_points_first),
        cmocka_unit_test(wrap_never_hyphenates_a_no_hyphen_span_or_without_a_hyphenator),
        cmocka_unit_test(wrap_does_not_hyphenate_a_name_mid_sentence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
