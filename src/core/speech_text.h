/* speech_text.h - what the read-aloud says: turns what a student sees (a
 * section's blocks, a question, feedback, a scenario node) into a spoken
 * SCRIPT, and maps every spoken word back to where it is on screen. Plain
 * C in core: no espeak, no SDL (src/speech synthesizes the script).
 *
 * A script is one text cut into SEGMENTS (a sentence, a list item, a
 * table cell, an option: what is synthesized in one go, followed by a
 * pause) and WORDS. Each word belongs to a PART: one piece of text the
 * screen shows, named by (kind, block, index) as below, with the word's
 * bytes both in the part's source text (with its *markup*) and in its
 * plain text (markup_strip, what ui/text.c lays out). The screens find a
 * part in their layout by kind/block/index and highlight those bytes.
 *
 *   kind                        block           index          text
 *   SPEECH_PART_TITLE           0               0              Section.title (Section.number before it is a LABEL)
 *   SPEECH_PART_HEADING         block index     0              Block.text
 *   SPEECH_PART_PARAGRAPH       block index     0              Block.text
 *   SPEECH_PART_LIST_ITEM       block index     item           Block.items[index]
 *   SPEECH_PART_TABLE_HEADER    block index     column         Block.header[index]
 *   SPEECH_PART_TABLE_CELL      block index     row*ncols+col  Block.cells[index]
 *   SPEECH_PART_EXAMPLE_TITLE   block index     0              Block.title
 *   SPEECH_PART_EXAMPLE_TEXT    block index     0              Block.text
 *   SPEECH_PART_TERM            block index     0              Block.term
 *   SPEECH_PART_TERM_TEXT       block index     0              Block.text
 *   SPEECH_PART_GOAL            block index     goal           Section.goals[index].text
 *   SPEECH_PART_DIAGRAM_TITLE   block index     0              Block.title (a diagram's or a table's caption)
 *   SPEECH_PART_TREE_NODE       block index     preorder no.   the node's label (root 0, then depth first)
 *   SPEECH_PART_FLOW_BOX        block index     2*box (+1)     Block.boxes[box].label (index 2*box), .text (2*box+1)
 *   SPEECH_PART_PROMPT          0               0              Question.prompt
 *   SPEECH_PART_OPTION_LETTER   0               option         "A", "B", ... (the letter shown before it; static text)
 *   SPEECH_PART_OPTION          0               option         Question.options[index].text
 *   SPEECH_PART_FEEDBACK        0               0              the feedback text given
 *   SPEECH_PART_EXPLANATION     0               0              Question.explanation
 *   SPEECH_PART_NODE_TITLE      0               0              ScenarioNode.title
 *   SPEECH_PART_NODE_TEXT       0               0              ScenarioNode.text
 *   SPEECH_PART_CHOICE          0               choice         ScenarioNode.choices[index].text
 *   SPEECH_PART_DEBRIEF         0               0              ScenarioNode.debrief
 *   SPEECH_PART_LABEL           0               0              a spoken-only label (SpeechLabels): no place on screen
 *   SPEECH_PART_MATCH_LETTER    0               option         "A", "B", ... before a matching's right-hand item
 *   SPEECH_PART_MATCH           0               option         Question.options[index].match (the right column)
 *
 * "option" and "choice" are indexes into Question.options and
 * ScenarioNode.choices. Each option is said after its badge as the
 * practice screen draws it, in the order shown: a letter for single and
 * multiple choice and a scenario's choices, a number for ordering (the
 * current order) and for a matching's left column, nothing for true/false
 * (its J and O keys); a matching's right column follows, each item after
 * its letter. OPTION_LETTER parts hold that badge ("A" or "1"). A table is
 * read row by row, each cell after its column's header (the header's
 * words then belong to the TABLE_HEADER part again). A list item, table
 * cell, option and heading each end in a pause; a paragraph is cut into
 * sentences so that the first sound comes fast. */
#ifndef ACCOUNTWIJS_SPEECH_TEXT_H
#define ACCOUNTWIJS_SPEECH_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"

typedef enum {
    SPEECH_PART_TITLE,
    SPEECH_PART_HEADING,
    SPEECH_PART_PARAGRAPH,
    SPEECH_PART_LIST_ITEM,
    SPEECH_PART_TABLE_HEADER,
    SPEECH_PART_TABLE_CELL,
    SPEECH_PART_EXAMPLE_TITLE,
    SPEECH_PART_EXAMPLE_TEXT,
    SPEECH_PART_TERM,
    SPEECH_PART_TERM_TEXT,
    SPEECH_PART_GOAL,
    SPEECH_PART_DIAGRAM_TITLE,
    SPEECH_PART_TREE_NODE,
    SPEECH_PART_FLOW_BOX,
    SPEECH_PART_PROMPT,
    SPEECH_PART_OPTION_LETTER,
    SPEECH_PART_OPTION,
    SPEECH_PART_FEEDBACK,
    SPEECH_PART_EXPLANATION,
    SPEECH_PART_NODE_TITLE,
    SPEECH_PART_NODE_TEXT,
    SPEECH_PART_CHOICE,
    SPEECH_PART_DEBRIEF,
    SPEECH_PART_LABEL,
    SPEECH_PART_MATCH_LETTER,
    SPEECH_PART_MATCH,
    SPEECH_PART_KIND_COUNT
} SpeechPartKind;

/* A piece of on-screen text the words point into. TEXT is borrowed from
 * the Course, Question or node (or the labels, or the script itself for
 * the option letters): the script must not outlive them. */
typedef struct {
    SpeechPartKind kind;
    uint32_t block;
    uint32_t index;
    const char *text;
} SpeechPart;

/* One spoken word: bytes [off, off+len) of SpeechScript.text, and where
 * it is shown: bytes of parts[part].text (src_*) and of its plain text,
 * markup removed (plain_*). */
typedef struct {
    uint32_t off, len;
    uint32_t part;
    uint32_t src_off, src_len;
    uint32_t plain_off, plain_len;
} SpeechWord;

/* What is synthesized in one go: bytes [off, off+len) of the text, words
 * [first_word, first_word+nwords), then PAUSE_MS of silence. */
typedef struct {
    uint32_t off, len;
    uint32_t first_word, nwords;
    uint32_t pause_ms;
} SpeechSegment;

/* A spoken script. TEXT (NUL-terminated, valid UTF-8, no markup) holds the
 * segments one after another, each ended by '\n'. Owns text, segments,
 * words and parts (not the parts' texts); speech_script_free releases. */
typedef struct {
    char *text;
    size_t len;
    SpeechSegment *segments;
    size_t nsegments;
    SpeechWord *words;
    size_t nwords;
    SpeechPart *parts;
    size_t nparts;
} SpeechScript;

/* Words spoken that the screen does not show, in Dutch (the voice is
 * Dutch whatever the interface language): ui/ supplies them. Any may be
 * NULL or "": then nothing is said there. */
typedef struct {
    const char *goals_intro; /* before a goals block: "Na deze paragraaf kun je:" */
    const char *example;     /* an example without a title: "Voorbeeld" */
    const char *blank;       /* a cloze blank "___": "open plek" */
    const char *explanation; /* before an explanation: "Uitleg" */
} SpeechLabels;

/* Pauses after segments, in milliseconds. */
enum {
    SPEECH_PAUSE_SENTENCE = 0, /* the voice's own pause at . ? ! is enough */
    SPEECH_PAUSE_ITEM = 350,   /* list item, option, table cell, goal */
    SPEECH_PAUSE_BLOCK = 500,  /* after a heading, paragraph, table row */
};

/* Each builder fills OUT (which it first zeroes) and returns false only
 * when out of memory (OUT is then empty). LABELS may be NULL. */

/* The section as the reader shows it: the number and title, then every
 * block in order. */
bool speech_text_section(const Section *s, const SpeechLabels *labels, SpeechScript *out);

/* Blocks [first, first+count) of S only (a page of the reader). */
bool speech_text_blocks(const Section *s, size_t first, size_t count, const SpeechLabels *labels, SpeechScript *out);

/* A question: the prompt, then each option after its badge ("A: ...",
 * "1: ..."), in the order shown: ORDER[k] is the option shown k-th (NULL:
 * as stored, NORDER ignored; for ordering the current order). A matching's
 * right column is read in the stored order (speech_text_matching gives the
 * order shown). A cloze prompt's "___" is read as labels->blank. */
bool speech_text_question(const Question *q, const size_t *order, size_t norder, const SpeechLabels *labels,
                          SpeechScript *out);

/* A matching question as shown: the prompt, the left column as "1: ..."
 * in the order LEFT gives, then the right column as "A: ..." in the order
 * RIGHT gives (each N long: PracticeOrder's shown and right; NULL: as
 * stored). */
bool speech_text_matching(const Question *q, const size_t *left, const size_t *right, size_t n,
                          const SpeechLabels *labels, SpeechScript *out);

/* Feedback or an explanation: TEXT (markup allowed) as part KIND
 * (SPEECH_PART_FEEDBACK or SPEECH_PART_EXPLANATION). */
bool speech_text_feedback(const char *text, SpeechPartKind kind, const SpeechLabels *labels, SpeechScript *out);

/* A scenario node: its title, its text, then its choices as "A: ..." in
 * the order shown (ORDER as for a question), or for an ending its debrief. */
bool speech_text_node(const ScenarioNode *n, const size_t *order, size_t norder, const SpeechLabels *labels,
                      SpeechScript *out);

/* Plain text (no markup) as one part of kind SPEECH_PART_LABEL, cut into
 * sentences: for `accountwijs speak --text`. */
bool speech_text_plain(const char *text, SpeechScript *out);

/* A deep copy of SRC into OUT (the parts' texts stay borrowed); false when
 * out of memory. */
bool speech_script_copy(const SpeechScript *src, SpeechScript *out);

/* The word at or after byte POS of the script's text (the word an engine
 * reports there); NWORDS when none. */
size_t speech_script_word_at(const SpeechScript *s, size_t pos);

/* The index of the part (KIND, BLOCK, INDEX) in S->parts; NPARTS when the
 * script has none (a TABLE_HEADER part is listed once). */
size_t speech_script_part(const SpeechScript *s, SpeechPartKind kind, size_t block, size_t index);

/* The word of part PART (an index into parts) whose source bytes hold
 * SRC_POS, or the next one; NWORDS when none (click on a word to start). */
size_t speech_script_word_of(const SpeechScript *s, size_t part, size_t src_pos);

void speech_script_free(SpeechScript *s);

#endif
