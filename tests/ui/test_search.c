/* test_search.c - folding, matching and course search with snippets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"
#include "search.h"

static Course *course;

static int setup(void **state)
{
    (void)state;
    course = fixture_course();
    return course ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    course_free(course);
    return 0;
}

static void fold_lowercases_and_strips_accents_and_maps_back(void **state)
{
    (void)state;
    const char *s = "Beïnvloeding ÉÉN Café’s";
    char out[64];
    uint32_t map[64];
    size_t n = search_fold(s, strlen(s), out, map);
    assert_string_equal(out, "beinvloeding een cafe's");
    assert_int_equal(n, strlen(out));
    /* 'i' comes from the two-byte ï at byte 2, the 'n' after it from 4. */
    assert_int_equal(map[2], 2);
    assert_int_equal(map[3], 4);
    assert_int_equal(map[n], strlen(s));
}

/* An amount kept on one line by a no-break space is found by a query typed
 * with an ordinary space. */
static void fold_turns_a_no_break_space_into_a_space(void **state)
{
    (void)state;
    const char *s = "zo\xE2\x80\x99n \xE2\x82\xAC\xC2\xA0"
                    "16.000";
    char out[64];
    uint32_t map[64];
    size_t n = search_fold(s, strlen(s), out, map);
    assert_non_null(strstr(out, " 16.000"));
    assert_int_equal(map[n], strlen(s));
}

typedef struct {
    size_t starts[8], lens[8], n;
} Found;

static void collect(void *ctx, size_t start, size_t len)
{
    Found *f = ctx;
    if (f->n < 8) {
        f->starts[f->n] = start;
        f->lens[f->n++] = len;
    }
}

static void each_match_reports_offsets_in_the_original_text(void **state)
{
    (void)state;
    Found f = {0};
    const char *s = "De beïnvloeding van de klant; beinvloeding.";
    assert_int_equal(search_each_match("beinvloeding klant x", s, strlen(s), false, collect, &f), 3);
    assert_int_equal(f.starts[0], 3);
    assert_int_equal(f.lens[0], 13); /* ï is two bytes */
    assert_int_equal(f.starts[1], 31);
    assert_int_equal(f.starts[2], 24);
}

static void word_start_matches_skip_the_middle_of_words(void **state)
{
    (void)state;
    Found f = {0};
    const char *s = "de klant, deelklant en klantrelatie";
    assert_int_equal(search_each_match("klant", s, strlen(s), true, collect, &f), 2);
    assert_int_equal(f.starts[0], 3);
    assert_int_equal(f.starts[1], 23);
    char marks[64];
    search_marks("twee kanten van de klant", marks, sizeof marks);
    assert_string_equal(marks, "twee kanten klant");
    search_marks("de van", marks, sizeof marks);
    assert_string_equal(marks, "de van");
}

static void query_finds_fields_with_all_words_and_marks_them(void **state)
{
    (void)state;
    SearchIndex *ix = search_index_new(course);
    assert_non_null(ix);
    SearchHit *hits;
    size_t n;
    size_t total = search_query(ix, "ACCOUNTSELECTIE", 50, &hits, &n);
    assert_true(total >= 2);
    assert_int_equal(n, total);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(hits[i].context);
        assert_non_null(strstr(hits[i].context, "**"));
        assert_true(hits[i].section < course->nsections);
    }
    /* Results come in course order. */
    for (size_t i = 1; i < n; i++)
        assert_true(hits[i].section > hits[i - 1].section ||
                    (hits[i].section == hits[i - 1].section && hits[i].block >= hits[i - 1].block));
    search_hits_free(hits, n);
    size_t one = search_query(ix, "klant", 1000, &hits, &n);
    search_hits_free(hits, n);
    size_t both = search_query(ix, "klant leverancier", 1000, &hits, &n);
    assert_true(both > 0 && both < one);
    search_hits_free(hits, n);
    /* MAX bounds the hits, not the count. */
    assert_int_equal(search_query(ix, "klant", 3, &hits, &n), one);
    assert_int_equal(n, 3);
    search_hits_free(hits, n);
    assert_int_equal(search_query(ix, "x", 10, &hits, &n), 0);
    assert_int_equal(search_query(ix, "qqqzzz", 10, &hits, &n), 0);
    assert_int_equal(n, 0);
    assert_null(hits);
    search_index_free(ix);
}

static void snippet_is_cut_at_words_with_ellipses(void **state)
{
    (void)state;
    SearchIndex *ix = search_index_new(course);
    SearchHit *hits;
    size_t n;
    search_query(ix, "wederzijdse", 100, &hits, &n);
    assert_true(n > 0);
    bool cut = false;
    for (size_t i = 0; i < n; i++) {
        const char *c = hits[i].context;
        assert_null(strchr(c, '\n'));
        cut |= strncmp(c, "\xE2\x80\xA6", 3) == 0;
        assert_true(strlen(c) < 400);
    }
    assert_true(cut);
    search_hits_free(hits, n);
    search_index_free(ix);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fold_lowercases_and_strips_accents_and_maps_back),
        cmocka_unit_test(fold_turns_a_no_break_space_into_a_space),
        cmocka_unit_test(each_match_reports_offsets_in_the_original_text),
        cmocka_unit_test(word_start_matches_skip_the_middle_of_words),
        cmocka_unit_test(query_finds_fields_with_all_words_and_marks_them),
        cmocka_unit_test(snippet_is_cut_at_words_with_ellipses),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
