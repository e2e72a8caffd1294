/* search.h - finding words in the course: folding for comparison (case
 * and accents: "beïnvloeding" matches "beinvloeding"), an index of every
 * text field of every section, and queries over it with a snippet of
 * context for each hit. Pure C over the Course. */
#ifndef ACCOUNTWIJS_SEARCH_H
#define ACCOUNTWIJS_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"

/* Folds S[0..LEN) into OUT (room for LEN + 1 bytes): ASCII and Latin-1
 * letters lower-cased and stripped of accents, everything else kept.
 * MAP (room for LEN + 1 entries, may be NULL) gets for each output byte
 * the offset of the byte of S it came from, and map[result] = LEN. Returns
 * the folded length (never more than LEN). */
size_t search_fold(const char *s, size_t len, char *out, uint32_t *map);

/* Splits a folded QUERY at spaces and calls FN(ctx, start, len) for every
 * place in S[0..LEN) (not folded) where one of its words (2+ bytes)
 * occurs, in S's byte offsets; with WORD_START only where a word of S
 * begins ("klant" in "klantrelatie" but not in "deelklant"). Returns the
 * number of matches. */
size_t search_each_match(const char *query, const char *s, size_t len, bool word_start,
                         void (*fn)(void *, size_t, size_t), void *ctx);

/* The words of QUERY worth marking on a page, folded, into OUT: those of
 * four or more characters when there are any (so "van" and "de" of a
 * phrase do not light up the whole page), else all of two or more. */
void search_marks(const char *query, char *out, size_t size);

typedef struct {
    size_t section, block, field;
    size_t offset;       /* byte offset of the first matched word in the field's plain text */
    char *context;       /* a snippet with the words marked **bold**, markup of lesson text */
    const char *heading; /* the nearest heading above the block, or NULL */
} SearchHit;

typedef struct SearchIndex SearchIndex;

/* Builds the index of COURSE (which must outlive it); NULL when out of
 * memory. */
SearchIndex *search_index_new(const Course *course);
void search_index_free(SearchIndex *ix);

/* Finds the fields that contain every word of QUERY (any case or accents),
 * in course order, at most MAX. Fills *HITS (NULL when none; the caller
 * frees them with search_hits_free) and returns how many there are in all
 * (may exceed *NHITS). A query without a word of 2+ characters finds
 * nothing. */
size_t search_query(const SearchIndex *ix, const char *query, size_t max, SearchHit **hits, size_t *nhits);
void search_hits_free(SearchHit *hits, size_t n);

#endif
