/* test_markup.c - *emphasis* and **bold** in lesson text, and the rich
 * text layout built on it (runs with styles, positions, the cache). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "fake.h"
#include "markup.h"
#include "text.h"
#include "widgets.h"

/* "plain|style;plain|style;..." of S, for compact assertions. */
static const char *spans(const char *s, char *buf, size_t size)
{
    Markup m;
    assert_true(markup_parse(s, strlen(s), &m));
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < m.nspans; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%.*s|%d", i ? ";" : "", (int)m.spans[i].len,
                              m.plain + m.spans[i].start, m.spans[i].style);
    markup_free(&m);
    return buf;
}

static void markup_marks_bold_and_emphasis(void **state)
{
    (void)state;
    char b[256];
    assert_string_equal(spans("een **vet** en *schuin* woord", b, sizeof b), "een |0;vet|1; en |0;schuin|2; woord|0");
    assert_string_equal(spans("***beide***", b, sizeof b), "beide|3");
    assert_string_equal(spans("**vet**, daarna", b, sizeof b), "vet|1;, daarna|0");
}

static void markup_leaves_unmatched_and_spaced_stars_alone(void **state)
{
    (void)state;
    char b[256];
    assert_string_equal(spans("5 * 3 * 2", b, sizeof b), "5 * 3 * 2|0");
    assert_string_equal(spans("een *open eind", b, sizeof b), "een *open eind|0");
    assert_string_equal(spans("**", b, sizeof b), "**|0");
    assert_string_equal(spans("", b, sizeof b), "");
}

static void markup_strip_removes_only_the_markers(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(markup_strip("een **vet** woord", 17, out, sizeof out), 13);
    assert_string_equal(out, "een vet woord");
    /* Too small a buffer still reports the full length. */
    assert_int_equal(markup_strip("een **vet** woord", 17, out, 5), 13);
    assert_string_equal(out, "een ");
}

static Ui ui;

static void text_layout_keeps_styles_on_their_runs(void **state)
{
    (void)state;
    assert_true(ui_init(&ui, fake_measure()));
    Font f = {FONT_FAMILY_TEXT, FONT_REGULAR, 20, 0, 0};
    TextLayout tl;
    const char *s = "een **vet** woord en nog meer woorden";
    assert_true(text_layout(&ui, s, strlen(s), 1000, f, &tl));
    assert_int_equal(tl.nlines, 1);
    assert_int_equal(tl.nruns, 3);
    assert_int_equal(tl.runs[0].style, FONT_REGULAR);
    assert_int_equal(tl.runs[1].style, FONT_BOLD);
    assert_memory_equal(tl.plain + tl.runs[1].start, "vet", 3);
    /* Runs follow each other without gaps. */
    assert_int_equal(tl.runs[1].x, tl.runs[0].x + tl.runs[0].width);
    assert_int_equal(tl.runs[2].x, tl.runs[1].x + tl.runs[1].width);
    text_layout_free(&tl);
    /* Narrow: more lines, none wider than the limit. */
    assert_true(text_layout(&ui, s, strlen(s), 100, f, &tl));
    assert_true(tl.nlines > 3);
    for (size_t i = 0; i < tl.nruns; i++)
        assert_true(tl.runs[i].x + tl.runs[i].width <= 100);
    text_layout_free(&tl);
    ui_free(&ui);
}

static void semibold_base_stays_semibold_and_turns_bold_with_markup(void **state)
{
    (void)state;
    Font f = {FONT_FAMILY_TEXT, FONT_SEMIBOLD, 20, 0, 0};
    assert_int_equal(font_with_markup(f, 0).style, FONT_SEMIBOLD);
    assert_int_equal(font_with_markup(f, MARKUP_ITALIC).style, FONT_BOLD_ITALIC);
    Font r = {FONT_FAMILY_TEXT, FONT_REGULAR, 20, 0, 0};
    assert_int_equal(font_with_markup(r, MARKUP_BOLD | MARKUP_ITALIC).style, FONT_BOLD_ITALIC);
}

static void paragraph_draws_only_lines_inside_the_clip(void **state)
{
    (void)state;
    assert_true(ui_init(&ui, fake_measure()));
    UiInput in = {0};
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_push_clip(&ui, (Rect){0, 0, 400, 50});
    Font f = {FONT_FAMILY_TEXT, FONT_REGULAR, 20, 0, 0};
    int h = ui_paragraph(&ui, 0, 0, 100, f, ui.theme->text, 25, "een twee drie vier vijf zes zeven acht negen tien");
    ui_pop_clip(&ui);
    ui_end(&ui);
    assert_true(h >= 25 * 5);
    size_t texts = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        texts += ui.dl.cmds[i].kind == DRAW_TEXT;
    assert_int_equal(texts, 2);
    assert_int_equal(ui_paragraph_height(&ui, 100, f, 25, "een twee drie vier vijf zes zeven acht negen tien"), h);
    ui_free(&ui);
}

/* The text commands of one ui_paragraph() frame at WIDTH, joined by '|'. */
static const char *paragraph_texts(const char *markup, int width, char *buf, size_t size)
{
    UiInput in = {0};
    ui_begin(&ui, &in, 800, 600, 1, 0);
    Font f = {FONT_FAMILY_TEXT, FONT_REGULAR, 20, 0, 0};
    ui_paragraph(&ui, 0, 0, width, f, ui.theme->text, 25, markup);
    ui_end(&ui);
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < ui.dl.ncmds && n < size; i++)
        if (ui.dl.cmds[i].kind == DRAW_TEXT)
            n += (size_t)snprintf(buf + n, size - n, "%s%.*s", n ? "|" : "", (int)ui.dl.cmds[i].len,
                                  draw_text_of(&ui.dl, &ui.dl.cmds[i]));
    return buf;
}

static void paragraph_breaks_long_words_with_a_hyphen_only_with_a_hyphenator(void **state)
{
    (void)state;
#ifdef AW_NO_HYPHEN
    skip(); /* the Windows build has no libhyphen yet */
#endif
    Hyphenator *h = hyphenate_load(NULL, NULL);
    assert_non_null(h);
    assert_true(ui_init(&ui, fake_measure()));
    char buf[512];
    /* 10 pixels a code point: 20 to a line. */
    const char *s = "de onderhandelingsvaardigheden zijn";
    ui.hyphenator = h;
    assert_string_equal(paragraph_texts(s, 200, buf, sizeof buf), "de onderhandelings-|vaardigheden zijn");
    /* Respelled after the break: the trema goes. */
    assert_string_equal(paragraph_texts("ze beëindigen het", 80, buf, sizeof buf), "ze be-|eindigen|het");
    /* A term in bold stays whole (cut only where nothing else fits). */
    assert_string_equal(paragraph_texts("de **onderhandelingsvaardigheden** zijn", 200, buf, sizeof buf),
                        "de|onderhandelingsvaa|rdigheden| zijn");
    /* The cache tells the two apart: off gives the old lines. */
    ui.hyphenator = NULL;
    assert_string_equal(paragraph_texts(s, 200, buf, sizeof buf), "de|onderhandelingsvaard|igheden zijn");
    ui_free(&ui);
    hyphenate_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(markup_marks_bold_and_emphasis),
        cmocka_unit_test(markup_leaves_unmatched_and_spaced_stars_alone),
        cmocka_unit_test(markup_strip_removes_only_the_markers),
        cmocka_unit_test(text_layout_keeps_styles_on_their_runs),
        cmocka_unit_test(semibold_base_stays_semibold_and_turns_bold_with_markup),
        cmocka_unit_test(paragraph_draws_only_lines_inside_the_clip),
        cmocka_unit_test(paragraph_breaks_long_words_with_a_hyphen_only_with_a_hyphenator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
