/* test_layout.c - the reader's page layout with a fake measurer: every
 * section of the built-in course at several widths and text sizes stays
 * inside its band, diagrams do not overlap, tables size their columns from
 * their content, and positions can be found again. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "diagram.h"
#include "doc.h"
#include "fake.h"
#include "fixture.h"
#include "markup.h"
#include "settings.h"
#include "typography.h"

static Course *course;
static Ui ui;

static int setup(void **state)
{
    (void)state;
    course = fixture_course();
    if (!course || !ui_init(&ui, fake_measure()))
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    course_free(course);
    ui_free(&ui);
    return 0;
}

static DocLayout *lay(size_t s, const Typography *t, int width, int overhang, const uint64_t *open, size_t nopen)
{
    DocParams p = {&course->sections[s], s, course->nsections, t, LANG_NL, width, overhang, open, nopen, 0};
    DocLayout *d = doc_layout(&ui, &p);
    assert_non_null(d);
    assert_true(d->key == doc_key(&p));
    return d;
}

static void check_inside(const DocLayout *d)
{
    for (size_t i = 0; i < d->nitems; i++) {
        const DocItem *it = &d->items[i];
        if (it->kind == DOC_TEXT || it->kind == DOC_RECT || it->kind == DOC_BORDER) {
            if (it->r.x < -d->overhang || it->r.x + it->r.w > d->width + d->overhang)
                fail_msg("item %zu of block %u (%.*s) at x %d w %d leaves [%d, %d]", i, it->block,
                         it->kind == DOC_TEXT ? (int)it->len : 0, d->chars + it->text, it->r.x, it->r.w, -d->overhang,
                         d->width + d->overhang);
        }
        assert_true(it->r.y >= 0 && it->r.y + it->r.h <= d->height + 4);
    }
    /* Bands are in page order and hold their items. */
    for (size_t b = 0; b < d->nbands; b++) {
        const DocBand *bd = &d->bands[b];
        if (b > 0)
            assert_true(bd->y0 >= d->bands[b - 1].y0);
        for (size_t i = bd->first; i < bd->first + bd->count; i++)
            assert_true(d->items[i].r.y >= bd->y0 && d->items[i].r.y + d->items[i].r.h <= bd->y1);
    }
}

static void every_section_stays_inside_its_column_at_every_size(void **state)
{
    (void)state;
    static const float scales[] = {1, 2};
    static const int steps[] = {-3, 0, 6};
    static const int widths[] = {300, 560, 700};
    uint64_t all_open[4] = {~0ull, ~0ull, ~0ull, ~0ull};
    for (size_t sc = 0; sc < 2; sc++)
        for (size_t st = 0; st < 3; st++)
            for (int dys = 0; dys < 2; dys++) {
                Typography t;
                typography_compute(&t, &ui, steps[st], dys, scales[sc]);
                for (size_t w = 0; w < 3; w++)
                    for (size_t s = 0; s < course->nsections; s++) {
                        int width = (int)((float)widths[w] * scales[sc]);
                        DocLayout *d = lay(s, &t, width, width / 5, all_open, 4);
                        check_inside(d);
                        assert_true(d->height > 0);
                        doc_free(d);
                    }
            }
}

static void typography_gives_a_measure_of_sixty_to_seventy_five_characters(void **state)
{
    (void)state;
    Typography t;
    typography_compute(&t, &ui, 0, false, 1);
    int per = fake_width(NULL, t.body, "a", 1);
    assert_true(t.measure / per >= 60 && t.measure / per <= 75);
    assert_true(t.line * 100 / t.body.size >= 140 && t.line * 100 / t.body.size <= 150);
    Typography big;
    typography_compute(&big, &ui, 3, false, 2);
    assert_true(big.body.size > 2 * t.body.size);
}

static void line_and_letter_spacing_widen_the_reading_text_and_its_measure(void **state)
{
    (void)state;
    Typography t, wide;
    typography_compute(&t, &ui, 0, false, 1);
    typography_compute(&wide, &ui, 0, false, 1);
    typography_space(&wide, &ui, 2, 2);
    assert_int_equal(wide.line, (int)(t.line * 1.4f + 0.5f));
    assert_true(wide.small_line > t.small_line);
    assert_int_equal(wide.body.spacing, 2);
    assert_int_equal(wide.h2.spacing, 2);
    assert_int_equal(wide.ui.spacing, 0); /* bars and buttons keep fitting */
    assert_int_equal(wide.ui_line, t.ui_line);
    assert_true(wide.measure > t.measure); /* still about 66 characters */
    typography_space(&t, &ui, 0, 0);       /* normal: nothing changes */
    Typography plain;
    typography_compute(&plain, &ui, 0, false, 1);
    assert_memory_equal(&t, &plain, sizeof t);
}

static void a_term_opens_below_its_header(void **state)
{
    (void)state;
    Typography t;
    typography_compute(&t, &ui, 0, false, 1);
    DocLayout *closed = lay(2, &t, 560, 100, NULL, 0);
    assert_true(closed->nterms > 0);
    size_t b = closed->terms[0].block;
    uint64_t open[4] = {0};
    open[b / 64] |= 1ull << (b % 64);
    DocLayout *opened = lay(2, &t, 560, 100, open, 4);
    assert_true(opened->terms[0].open);
    assert_false(closed->terms[0].open);
    assert_true(opened->height > closed->height);
    /* The definition (field 1) is on the page only when open. */
    assert_true(doc_find(opened, b, 1, 0) > opened->terms[0].head.y);
    bool found = false;
    for (size_t i = 0; i < closed->nitems; i++)
        found |= closed->items[i].block == b && closed->items[i].field == 1;
    assert_false(found);
    assert_true(doc_key(&(DocParams){&course->sections[2], 2, course->nsections, &t, LANG_NL, 560, 100, open, 4, 0}) !=
                closed->key);
    doc_free(closed);
    doc_free(opened);
}

static void lists_hang_their_lines_after_the_marker(void **state)
{
    (void)state;
    Typography t;
    typography_compute(&t, &ui, 0, false, 1);
    size_t checked = 0;
    for (size_t s = 0; s < course->nsections; s++) {
        DocLayout *d = lay(s, &t, 300, 0, NULL, 0);
        const Section *sec = &course->sections[s];
        for (size_t b = 0; b < sec->nblocks; b++) {
            if (sec->blocks[b].kind != BLOCK_LIST)
                continue;
            /* Every line of an item starts at the same x, right of its
             * marker (which has no field). */
            int text_x = -1, marker_x = -1;
            for (size_t i = 0; i < d->nitems; i++) {
                const DocItem *it = &d->items[i];
                if (it->block != b || it->kind != DOC_TEXT)
                    continue;
                if (it->field == 0xFFFF) {
                    marker_x = it->r.x;
                    continue;
                }
                const DocItem *prev = i ? &d->items[i - 1] : NULL;
                bool line_start = !prev || prev->r.y != it->r.y || prev->block != b || prev->field == 0xFFFF;
                if (!line_start)
                    continue;
                if (text_x < 0)
                    text_x = it->r.x;
                assert_int_equal(it->r.x, text_x);
                checked++;
            }
            assert_true(marker_x >= 0 && marker_x < text_x);
        }
        doc_free(d);
    }
    assert_true(checked > 20);
}

static void doc_find_returns_the_line_of_an_offset(void **state)
{
    (void)state;
    Typography t;
    typography_compute(&t, &ui, 0, false, 1);
    const Section *s = &course->sections[0];
    size_t para = SIZE_MAX;
    for (size_t b = 0; b < s->nblocks && para == SIZE_MAX; b++)
        if (s->blocks[b].kind == BLOCK_PARAGRAPH && strlen(s->blocks[b].text) > 200)
            para = b;
    assert_true(para != SIZE_MAX);
    DocLayout *d = lay(0, &t, 400, 0, NULL, 0);
    int first = doc_find(d, para, 0, 0), later = doc_find(d, para, 0, 190);
    assert_true(first > 0);
    assert_true(later > first);
    assert_int_equal(doc_find(d, 9999, 0, 0), -1);
    assert_int_equal(doc_block_at(d, first + 1), para);
    doc_free(d);
}

static void table_columns_share_room_by_content(void **state)
{
    (void)state;
    int out[3];
    /* Everything fits: natural widths plus an even share of the rest. */
    doc_table_columns((int[]){10, 10, 10}, (int[]){50, 100, 30}, 3, 240, out);
    assert_int_equal(out[0], 70);
    assert_int_equal(out[1], 120);
    assert_int_equal(out[2], 50);
    /* Too narrow: minimum plus a share in proportion to the wish to grow. */
    doc_table_columns((int[]){20, 40, 10}, (int[]){20, 340, 110}, 3, 270, out);
    assert_int_equal(out[0] + out[1] + out[2], 270);
    assert_int_equal(out[0], 20);
    assert_true(out[1] > out[2] && out[2] >= 10);
    /* Not even the words fit: shared by minimum widths. */
    doc_table_columns((int[]){100, 300}, (int[]){200, 600}, 2, 200, out);
    assert_int_equal(out[0], 50);
    assert_int_equal(out[1], 150);
}

/* The plain text of FIELD of BLOCK (section_fields' numbering). */
typedef struct {
    size_t field;
    char plain[4096];
    bool found;
} FieldText;

static void field_text(void *ctx, size_t block, size_t field, const char *markup)
{
    (void)block;
    FieldText *ft = ctx;
    if (field != ft->field || ft->found)
        return;
    size_t n = markup_strip(markup, strlen(markup), ft->plain, sizeof ft->plain);
    ft->plain[n < sizeof ft->plain ? n : sizeof ft->plain - 1] = '\0';
    ft->found = true;
}

/* Every run that ends a line of course text ends at the end of a word, or
 * else shows a hyphen; with WHOLE_TREE_WORDS, organigram boxes break no
 * word at all (they grow instead). Returns how many line ends of organigrams
 * (BLOCK_TREE) it checked. */
static size_t check_word_ends(const DocLayout *d, const Section *sec, const char *where, bool whole_tree_words)
{
    size_t tree_ends = 0;
    for (size_t i = 0; i < d->nitems; i++) {
        const DocItem *it = &d->items[i];
        if (it->kind != DOC_TEXT || it->field == 0xFFFF || it->block == DOC_HEADER || it->len == 0)
            continue;
        const DocItem *next = i + 1 < d->nitems ? &d->items[i + 1] : NULL;
        bool same_line = next && next->kind == DOC_TEXT && next->block == it->block && next->field == it->field &&
                         next->r.y == it->r.y;
        if (same_line)
            continue;
        const char *s = d->chars + it->text;
        if (whole_tree_words && sec->blocks[it->block].kind == BLOCK_TREE && it->field != 0xFFFF &&
            (s[it->len - 1] == '-' || (next && next->field == 0xFFFF && next->len == 1 && d->chars[next->text] == '-')))
            fail_msg("%s: an organigram box breaks \"%.*s\" though it could grow", where, (int)it->len, s);
        bool hyphen_after = next && next->kind == DOC_TEXT && next->field == 0xFFFF && next->len == 1 &&
                            d->chars[next->text] == '-' && next->r.y == it->r.y && next->r.x == it->r.x + it->r.w;
        if (s[it->len - 1] == '-' || hyphen_after)
            continue;
        FieldText ft = {.field = it->field};
        section_fields(sec, it->block, field_text, &ft);
        assert_true(ft.found);
        size_t end = it->src + it->src_len;
        assert_true(end <= strlen(ft.plain));
        char after = ft.plain[end];
        if (after != '\0' && after != ' ' && after != '\n')
            fail_msg(
                "%s: block %u field %u: a line ends in the middle of a word without a hyphen: \"%.*s\" + \"%.12s\"",
                where, it->block, it->field, (int)it->len, s, ft.plain + end);
        tree_ends += sec->blocks[it->block].kind == BLOCK_TREE;
    }
    return tree_ends;
}

static void no_line_ends_inside_a_word_without_a_hyphen(void **state)
{
    (void)state;
    static const int steps[] = {0, 3, 6};
    static const int widths[] = {260, 300, 420, 560, 700};
    uint64_t all_open[4] = {~0ull, ~0ull, ~0ull, ~0ull};
    size_t tree_ends = 0;
    for (size_t st = 0; st < 3; st++)
        for (int dys = 0; dys < 2; dys++) {
            Typography t;
            typography_compute(&t, &ui, steps[st], dys, 1);
            for (size_t w = 0; w < 5; w++)
                for (size_t s = 0; s < course->nsections; s++) {
                    DocLayout *d = lay(s, &t, widths[w], widths[w] / 5, all_open, 4);
                    char where[96];
                    snprintf(where, sizeof where, "section %zu, width %d, step %d%s", s, widths[w], steps[st],
                             dys ? ", dyslexia font" : "");
                    /* From 420 pixels on, the widest organigram word fits in a box. */
                    tree_ends += check_word_ends(d, &course->sections[s], where, widths[w] >= 420);
                    check_inside(d);
                    doc_free(d);
                }
        }
    assert_true(tree_ends > 100);
}

/* With Dutch hyphenation on, the same holds, and a broken word shows
 * exactly one hyphen: the run's own, never a second one from doc_rich. */
static void with_hyphenation_every_broken_line_shows_one_hyphen(void **state)
{
    (void)state;
#ifdef AW_NO_HYPHEN
    skip(); /* the Windows build has no libhyphen yet */
#endif
    Hyphenator *h = hyphenate_load(NULL, NULL);
    assert_non_null(h);
    ui.hyphenator = h;
    static const int widths[] = {260, 420, 700};
    uint64_t all_open[4] = {~0ull, ~0ull, ~0ull, ~0ull};
    size_t hyphens = 0;
    for (int step = 0; step <= 6; step += 3) {
        Typography t;
        typography_compute(&t, &ui, step, false, 1);
        t.hyphenate = true; /* as app_frame sets it: part of the layout's key */
        for (size_t w = 0; w < 3; w++)
            for (size_t s = 0; s < course->nsections; s++) {
                DocLayout *d = lay(s, &t, widths[w], widths[w] / 5, all_open, 4);
                char where[96];
                snprintf(where, sizeof where, "hyphenated: section %zu, width %d, step %d", s, widths[w], step);
                check_word_ends(d, &course->sections[s], where, false);
                check_inside(d);
                for (size_t i = 0; i < d->nitems; i++) {
                    const DocItem *it = &d->items[i];
                    if (it->kind != DOC_TEXT || it->len < 2)
                        continue;
                    const char *txt = d->chars + it->text;
                    assert_false(txt[it->len - 1] == '-' && txt[it->len - 2] == '-');
                    const DocItem *next = i + 1 < d->nitems ? &d->items[i + 1] : NULL;
                    if (txt[it->len - 1] == '-' && next && next->kind == DOC_TEXT && next->len == 1 &&
                        d->chars[next->text] == '-' && next->r.y == it->r.y)
                        fail_msg("%s: \"%.*s\" gets a second hyphen", where, (int)it->len, txt);
                    hyphens += txt[it->len - 1] == '-' && it->field != 0xFFFF;
                }
                doc_free(d);
            }
    }
    assert_true(hyphens > 50);
    ui.hyphenator = NULL;
    hyphenate_free(h);
}

/* Like a real font with kerning and rounding: a whole line measures a
 * little wider than its words one by one (one pixel per eight characters). */
static int lined_width(void *ctx, Font f, const char *s, size_t len)
{
    return fake_width(ctx, f, s, len) + (int)utf8_count(s, len) / 8;
}

static void at_170_percent_dyslexic_bullets_keep_their_gap_and_text_its_margin(void **state)
{
    (void)state;
    Ui lined;
    UiMeasure m = fake_measure();
    m.width = lined_width;
    assert_true(ui_init(&lined, m));
    Typography t;
    typography_compute(&t, &lined, 5, true, 1);
    assert_true(settings_text_factor(5) > 1.69f && settings_text_factor(5) < 1.71f);
    size_t markers = 0, lines = 0;
    for (int width = 500; width <= 1100; width += 300)
        for (size_t s = 0; s < course->nsections; s++) {
            const Section *sec = &course->sections[s];
            DocParams p = {sec, s, course->nsections, &t, LANG_NL, width, width / 5, NULL, 0, 0};
            DocLayout *d = doc_layout(&lined, &p);
            assert_non_null(d);
            for (size_t i = 0; i < d->nitems; i++) {
                const DocItem *it = &d->items[i];
                if (it->kind != DOC_TEXT)
                    continue;
                BlockKind k = it->block < sec->nblocks ? sec->blocks[it->block].kind : BLOCK_HEADING;
                bool figure = k == BLOCK_TABLE || k == BLOCK_TREE || k == BLOCK_FLOW;
                /* Text stays in the column (boxes put their padding outside it). */
                if (!figure && (it->r.x < 0 || it->r.x + it->r.w > width))
                    fail_msg("section %zu width %d: \"%.*s\" at x %d w %d runs into the margin", s, width, (int)it->len,
                             d->chars + it->text, it->r.x, it->r.w);
                lines++;
                /* A bullet has at least a third of an em before its text. */
                bool bullet =
                    it->field == 0xFFFF && it->len == 3 && memcmp(d->chars + it->text, "\xE2\x80\xA2", 3) == 0;
                if (!bullet || i + 1 >= d->nitems)
                    continue;
                const DocItem *next = &d->items[i + 1];
                int gap = next->r.x - (it->r.x + it->r.w);
                if (gap < t.body.size / 3)
                    fail_msg("section %zu block %u: a bullet %d px from its text (body %d px)", s, it->block, gap,
                             t.body.size);
                markers++;
            }
            doc_free(d);
        }
    assert_true(markers > 20 && lines > 500);
    ui_free(&lined);
}

static void size_by_label(void *ctx, const TreeNode *n, int max_w, int hard_w, int *w, int *h)
{
    (void)ctx;
    (void)hard_w;
    int natural = 10 * (int)strlen(n->label) + 20;
    *w = natural < max_w ? natural : max_w;
    *h = 40 + (natural > max_w ? 40 : 0) + (n->note ? 20 : 0);
}

static void check_tree(const TreeLayout *L, int avail)
{
    assert_true(L->width <= avail);
    for (size_t i = 0; i < L->nboxes; i++) {
        const TreeBox *a = &L->boxes[i];
        assert_true(a->x >= 0 && a->x + a->w <= L->width && a->y >= 0 && a->y + a->h <= L->height);
        for (size_t j = i + 1; j < L->nboxes; j++) {
            const TreeBox *b = &L->boxes[j];
            bool apart = a->x + a->w <= b->x || b->x + b->w <= a->x || a->y + a->h <= b->y || b->y + b->h <= a->y;
            if (!apart)
                fail_msg("boxes %zu (%s) and %zu (%s) overlap", i, a->node->label, j, b->node->label);
        }
        if (a->parent >= 0)
            assert_true(L->boxes[a->parent].y + L->boxes[a->parent].h <= a->y);
    }
}

static void every_tree_is_laid_out_without_overlap_at_every_width(void **state)
{
    (void)state;
    TreeMetrics m = {16, 32, 32, 240, 120};
    size_t trees = 0, outlines = 0, tidy = 0;
    for (size_t s = 0; s < course->nsections; s++)
        for (size_t b = 0; b < course->sections[s].nblocks; b++) {
            const Block *bl = &course->sections[s].blocks[b];
            if (bl->kind != BLOCK_TREE)
                continue;
            trees++;
            for (int avail = 200; avail <= 2000; avail += 150) {
                TreeLayout L;
                assert_true(tree_layout(bl->tree, avail, &m, size_by_label, NULL, &L));
                check_tree(&L, avail);
                outlines += L.outline;
                tidy += !L.outline;
                tree_layout_free(&L);
            }
        }
    assert_true(trees >= 3);
    assert_true(outlines > 0 && tidy > 0);
}

static void a_wide_tree_centres_each_parent_over_its_children(void **state)
{
    (void)state;
    TreeNode kids[3] = {{"aa", NULL, NULL, 0}, {"bb", NULL, NULL, 0}, {"cc", NULL, NULL, 0}};
    TreeNode root = {"root", NULL, kids, 3};
    TreeMetrics m = {10, 20, 20, 200, 100};
    TreeLayout L;
    assert_true(tree_layout(&root, 1000, &m, size_by_label, NULL, &L));
    assert_false(L.outline);
    int centre = L.boxes[0].x + L.boxes[0].w / 2;
    int kids_centre = (L.boxes[1].x + L.boxes[1].w / 2 + L.boxes[3].x + L.boxes[3].w / 2) / 2;
    assert_true(abs(centre - kids_centre) <= 1);
    /* Connectors: one down from the root, one across, one into each child. */
    assert_int_equal(L.nsegs, 5);
    tree_layout_free(&L);
}

static void the_flow_diagram_puts_two_boxes_side_by_side_or_stacks_them(void **state)
{
    (void)state;
    size_t s = SIZE_MAX, b = 0;
    for (size_t i = 0; i < course->nsections && s == SIZE_MAX; i++)
        for (size_t k = 0; k < course->sections[i].nblocks; k++)
            if (course->sections[i].blocks[k].kind == BLOCK_FLOW) {
                s = i;
                b = k;
                break;
            }
    assert_true(s != SIZE_MAX);
    Typography t;
    typography_compute(&t, &ui, 0, false, 1);
    for (int wide = 0; wide < 2; wide++) {
        DocLayout *d = lay(s, &t, wide ? 600 : 300, wide ? 150 : 0, NULL, 0);
        int ytop[2] = {-1, -1};
        size_t triangles = 0;
        for (size_t i = 0; i < d->nitems; i++) {
            const DocItem *it = &d->items[i];
            if (it->block != b)
                continue;
            triangles += it->kind == DOC_TRIANGLE;
            if (it->kind == DOC_TEXT && (it->field == 1 || it->field == 3) && ytop[it->field / 2] < 0)
                ytop[it->field / 2] = it->r.y;
        }
        assert_int_equal(triangles, course->sections[s].blocks[b].narrows);
        assert_true(ytop[0] >= 0 && ytop[1] >= 0);
        if (wide)
            assert_int_equal(ytop[0], ytop[1]); /* side by side */
        else
            assert_true(ytop[1] > ytop[0]); /* stacked */
        check_inside(d);
        doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_section_stays_inside_its_column_at_every_size),
        cmocka_unit_test(typography_gives_a_measure_of_sixty_to_seventy_five_characters),
        cmocka_unit_test(line_and_letter_spacing_widen_the_reading_text_and_its_measure),
        cmocka_unit_test(a_term_opens_below_its_header),
        cmocka_unit_test(lists_hang_their_lines_after_the_marker),
        cmocka_unit_test(doc_find_returns_the_line_of_an_offset),
        cmocka_unit_test(table_columns_share_room_by_content),
        cmocka_unit_test(every_tree_is_laid_out_without_overlap_at_every_width),
        cmocka_unit_test(a_wide_tree_centres_each_parent_over_its_children),
        cmocka_unit_test(no_line_ends_inside_a_word_without_a_hyphen),
        cmocka_unit_test(with_hyphenation_every_broken_line_shows_one_hyphen),
        cmocka_unit_test(at_170_percent_dyslexic_bullets_keep_their_gap_and_text_its_margin),
        cmocka_unit_test(the_flow_diagram_puts_two_boxes_side_by_side_or_stacks_them),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
