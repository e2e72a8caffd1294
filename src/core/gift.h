/* gift.h - Moodle's GIFT question format: reading a bank into questions
 * (gift_parse.c, as Moodle's own importer reads it), turning them into
 * lesson files (gift_lesson.c) and writing a course's questions back as
 * GIFT (gift_export.c). Plain C: every problem is a diagnostic at
 * FILE:LINE (DC_GIFT_*), worded by the caller; nothing here prints.
 *
 * Ownership: a GiftBank owns everything reachable from it (one arena);
 * gift_bank_free() releases it. Its texts are valid UTF-8 in our markup
 * (HTML reduced to *emphasis*, **bold** and paragraphs), without control
 * characters other than '\n'. */
#ifndef ACCOUNTWIJS_GIFT_H
#define ACCOUNTWIJS_GIFT_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "course.h"
#include "diag.h"
#include "jsonl.h"

/* What a GIFT question becomes here. Essays and descriptions are skipped
 * (with a warning) and never appear in a bank. */
typedef enum {
    GIFT_SINGLE,    /* multiple choice with one '=' answer -> single */
    GIFT_MULTIPLE,  /* multiple choice with weights -> multiple */
    GIFT_TRUEFALSE, /* {T} {TRUE} {F} {FALSE} -> truefalse */
    GIFT_MATCHING,  /* {=a -> b ...} -> matching */
    GIFT_SHORT,     /* short answer {=a =b} -> cloze with one blank */
    GIFT_NUMERIC,   /* {#...} -> numeric */
    GIFT_KIND_COUNT
} GiftKind;

/* One answer. TEXT: the option, the left side of a pair, an accepted short
 * answer; MATCH: the right side of a pair. WEIGHT is Moodle's fraction in
 * percent (100 for '=', 0 for a plain '~'). A numeric answer is the range
 * MIN..MAX (value:tolerance is value-tolerance..value+tolerance); VALUE
 * and TOLERANCE keep how it was written when RANGE is false. FEEDBACK is
 * NULL when the file gives none. */
typedef struct {
    char *text;
    char *match;
    char *feedback;
    double weight;
    bool right;
    bool range;
    double value, tolerance, min, max;
    int line;
} GiftAnswer;

typedef struct {
    GiftKind kind;
    char *title;       /* between :: and ::, NULL when the question has none */
    char *idnumber;    /* Moodle's "[id:X]" from a comment of the question, NULL when none */
    char *prompt;      /* for GIFT_SHORT it holds one "___" where the answer goes */
    char *explanation; /* the general feedback (####), NULL when none */
    GiftAnswer *answers;
    size_t nanswers;
    bool truth;           /* GIFT_TRUEFALSE: the statement is true */
    char *feedback_true;  /* GIFT_TRUEFALSE: for who answers "true"; NULL when none */
    char *feedback_false; /* for who answers "false" */
    char *wrong_feedback; /* GIFT_NUMERIC: Moodle's "~#..." for any other number */
    size_t category;      /* index into GiftBank.categories */
    int line;             /* where it starts in the file */
} GiftQuestion;

/* A $CATEGORY: the last part of its path as TITLE ("$course$/top/A/B" ->
 * "B"); ID is a section id given by an "// accountwijs-section: ID" comment
 * before it (written by gift_export), NULL otherwise. The bank's first
 * category stands for the questions before any $CATEGORY (TITLE NULL). */
typedef struct {
    char *title;
    char *path; /* as written, NULL for the first */
    char *id;
    int line;
} GiftCategory;

typedef struct {
    GiftQuestion *questions;
    size_t nquestions;
    GiftCategory *categories;
    size_t ncategories;
    size_t skipped; /* essays, descriptions and questions we cannot keep */
    Arena arena;
} GiftBank;

/* Reads the GIFT text TEXT[0..LEN) of the file NAME (for messages) into
 * OUT, which the caller frees with gift_bank_free even on failure. Input
 * may start with a UTF-8 BOM, use CRLF or CR line ends, or be in
 * Windows-1252 (a warning says so). Every problem goes to D with its line;
 * returns false when any error was found (OUT then holds the questions
 * read without one). */
bool gift_parse(const char *name, const char *text, size_t len, GiftBank *out, Diag *d);
void gift_bank_free(GiftBank *b);

/* B as one JSON object on OUT: {"categories": [{title, id, line}],
 * "questions": [{line, category, kind, title, idnumber, prompt, explanation,
 * answers: [{text, match, feedback, weight, right, min, max}], truth,
 * feedback_true, feedback_false, wrong_feedback}], "skipped": N}; what
 * `import gift --json` prints and the oracle test compares. */
void gift_bank_json(const GiftBank *b, JsonBuf *out);

/* Words the lesson files need where GIFT has none (in the teacher's
 * language, from the caller's string table). */
typedef struct {
    const char *right;       /* feedback of a right option without one */
    const char *wrong;       /* of a wrong option */
    const char *explanation; /* a question without general feedback */
    const char *goal;        /* the one learning goal of an imported section ("{1}" = category) */
    const char *intro;       /* its paragraph ("{1}" = category, "{2}" = file) */
    const char *untitled;    /* the title of the questions before any $CATEGORY (when the file has no name) */
    const char *pair;        /* feedback of a matching pair ("{1}" = left, "{2}" = right) */
    const char *blank;       /* feedback of a short answer without one ("{1}" = the first accepted answer) */
} GiftWords;

/* One section file per category that holds questions. */
typedef struct {
    char *id;     /* the section id, also the file's name without ".json" */
    char *json;   /* the file's text */
    size_t first; /* its questions: GiftBank.questions[first..] of category */
    size_t category;
    char **qids; /* the id given to each question of the section, in order */
    int *lines;  /* and the line it came from */
    size_t nq;
} GiftLesson;

typedef struct {
    GiftLesson *lessons;
    size_t count;
} GiftLessons;

/* Builds the lesson files of B: section ids from the category ids or
 * titles, question ids from Moodle's idnumber when it is a valid id, else
 * from their titles (as they are when they are valid ids) or positions,
 * made unique. SOURCE names the GIFT file in the intro.
 * False when out of memory. */
bool gift_lessons(const GiftBank *b, const char *source, const GiftWords *w, GiftLessons *out);
void gift_lessons_free(GiftLessons *l);

/* Writes the questions of C (only those of section SECTION when it is not
 * NULL) to OUT as GIFT for Moodle: a $CATEGORY per section, titles = ids
 * (and "// [id:ID]", which Moodle keeps as the question's idnumber),
 * the explanation as general feedback; ordering becomes matching
 * (position -> item) with a comment. What GIFT cannot hold (scenarios,
 * cloze with more than one blank) is left out with a note in D. False
 * when out of memory or SECTION is unknown. */
bool gift_export(const Course *c, const char *section, JsonBuf *out, Diag *d);

/* Makes S (a title) into an id in OUT (at most 64 bytes + NUL): letters,
 * digits, '-', '_' and '.' kept, accents dropped, anything else '-';
 * returns its length (0 when nothing was left). */
size_t gift_slug(const char *s, char out[65]);

#endif
