/* lexicon.h - the pronunciation list (content/uitspraak.json): English
 * loanwords and abbreviations the Dutch voice would read wrong, each with
 * how to say it: an alias spelled for the Dutch voice ("akkaunt") or
 * espeak-ng phonemes ("[[@k'aUnt]]"). Plain C in core; src/speech applies it.
 *
 * Matching is on whole words, without regard to case (unless the entry is
 * "exact"); a phrase ("key
 * account") matches its words with any run of spaces between them; an entry
 * also matches inside a compound written as one word ("keyaccountmanager":
 * "key account" then "manager"), longest entry first. What is not in the
 * list is left as it is. */
#ifndef ACCOUNTWIJS_LEXICON_H
#define ACCOUNTWIJS_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "diag.h"

typedef struct {
    char *word;     /* as listed: "key account" */
    char *say;      /* the alias or "[[phonemes]]" */
    bool phonemes;  /* SAY is [[...]] */
    bool compounds; /* may match inside a longer word (default: 5 letters or more) */
    bool exact;     /* matches only as written, capitals included ("JAM", not the Dutch "jam") */
    char *path;     /* "entries[4]", for messages */
} LexiconEntry;

typedef struct Lexicon Lexicon;

/* The default file: DIR/uitspraak.json (DIR is the content folder). */
enum { LEXICON_PATH_SIZE = 1024 };
bool lexicon_default_path(const char *content_dir, char *out, size_t size);

/* Loads and checks the list at PATH; every problem goes to DIAG as
 * FILE:path messages (diag codes DIAG_LEXICON_*). NULL on any error. */
Lexicon *lexicon_load(const char *path, Diag *diag);

/* The same from TEXT[0..LEN) as if read from NAME (tests). */
Lexicon *lexicon_load_buffer(const char *name, const char *text, size_t len, Diag *diag);

void lexicon_free(Lexicon *lx);

size_t lexicon_count(const Lexicon *lx);
const LexiconEntry *lexicon_entry(const Lexicon *lx, size_t i);

/* One stretch of text the list rewrites: bytes [off, off+len) of the
 * text are said as entry ENTRY. */
typedef struct {
    uint32_t off, len;
    uint32_t entry;
} LexiconMatch;

/* The matches in TEXT[0..LEN), in order and not overlapping, at most MAX
 * into OUT; returns how many there are (may be more than MAX). */
size_t lexicon_find(const Lexicon *lx, const char *text, size_t len, LexiconMatch *out, size_t max);

/* `check --lint`: a warning DC_LEXICON_MISSING, at its first place in C,
 * for every word of C that looks like an English loanword or an
 * abbreviation and that LX (may be empty) does not cover. LEXICON_FILE
 * names the list in the message. False only when out of memory. */
bool lexicon_lint(const Course *c, const Lexicon *lx, const char *lexicon_file, Diag *d);

#endif
