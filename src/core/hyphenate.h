/* hyphenate.h - where a Dutch word may break at the end of a line, from
 * libhyphen and the Dutch patterns (Debian's hyphen-nl), with the rules
 * of Dutch spelling on top. Core: no SDL, no printing.
 *
 * A word is what the wrap sees between spaces: "(omzetdoelstelling)," is
 * one, and the punctuation around it never breaks. Words are not broken
 * when they have fewer than 7 letters, a digit or a character of an id
 * (_ @ / . inside, an uppercase letter after the first), a letter outside
 * Latin-1 (the patterns' encoding), or when they are a name (a capital
 * that does not start a sentence). A break keeps at least 2 letters
 * before it and 3 after it, never touches an apostrophe (auto's, baby'tje),
 * and respells the word as Dutch asks:
 *   a trema after the break is dropped        beëindigen  -> be-eindigen
 *   a long vowel doubled before -tje is undone omaatje     -> oma-tje
 * A hyphen already in the word is a break too (no second hyphen drawn). */
#ifndef ACCOUNTWIJS_HYPHENATE_H
#define ACCOUNTWIJS_HYPHENATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Hyphenator Hyphenator;

/* One place a word may break. The first line shows the word's bytes
 * [0, AT - DROP_BEFORE), then PRE and a hyphen (none when MARKED: the word
 * has one there already); the next line shows POST, then the bytes from
 * AT + DROP_AFTER on. The short texts are NUL-terminated. */
typedef struct {
    uint32_t at;
    uint8_t drop_before, drop_after;
    bool marked;
    char pre[7], post[7];
} HyphenBreak;

enum { HYPHENATE_MAX_WORD = 96 /* bytes; a longer word is not broken */ };

/* The places where the patterns are looked for, NULL-terminated: where
 * Debian and others install hyphen-nl, or only the file named by the
 * environment variable ACCOUNTWIJS_HYPHEN_DIC when that is set. */
const char *const *hyphenate_default_paths(void);

/* Loads the Dutch patterns from PATH, or with PATH NULL from the first of
 * hyphenate_default_paths() that exists. NULL when none can be read: then
 * *TRIED (if not NULL) is the last path tried. hyphenate_free() releases. */
Hyphenator *hyphenate_load(const char *path, const char **tried);
void hyphenate_free(Hyphenator *h);

/* The path the patterns were read from. */
const char *hyphenate_path(const Hyphenator *h);

/* The breaks of WORD[0..LEN) (valid UTF-8, no spaces), in order, at most
 * MAX of them into OUT; returns how many. SENTENCE_START says the word
 * begins a sentence, so a capital does not make it a name. */
size_t hyphenate_word(const Hyphenator *h, const char *word, size_t len, bool sentence_start, HyphenBreak *out,
                      size_t max);

/* The word with its breaks shown as '-' and the respelling applied, for
 * tests and `check` output: "be-ein-di-gen". Writes at most SIZE-1 bytes to
 * OUT, NUL-terminated; returns the breaks found. */
size_t hyphenate_show(const Hyphenator *h, const char *word, size_t len, bool sentence_start, char *out, size_t size);

#endif
