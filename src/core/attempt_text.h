/* attempt_text.h - a recorded answer as a teacher reads it: the letters the
 * student saw on screen and the answer in words, without lesson markup.
 * Also the display order that makes those letters right, as the JSON text
 * the progress log keeps with each answer (progress.h, "shown").
 *
 * Letters are those of the order the student saw: the log's "shown" when
 * the line has it, else the course order (lines written before 2026.2).
 *   single, multiple: "A" or "A, C"; text "A: option; C: option".
 *   truefalse: "J" or "O"; text "Juist" or "Onjuist".
 *   matching: "1→C, 2→A" (left item numbers, right-column letters);
 *     text "1. left → C: right; 2. left → (niets)".
 *   ordering: the student's list by the number each item belongs at,
 *     "2, 1, 3" (1, 2, 3 is right); text "1. item; 2. item; 3. item".
 *   cloze: no letters; text "(1) typed; (2) typed".
 *   numeric: no letters; text the number as typed ("€ 4.800,-").
 *   scenario: one letter per decision, "B, A"; text "1. B: choice;
 *     2. A: choice; afloop: ending title".
 * Dutch, like the export's column names. Uses cJSON inside. */
#ifndef ACCOUNTWIJS_ATTEMPT_TEXT_H
#define ACCOUNTWIJS_ATTEMPT_TEXT_H

#include <stdbool.h>

#include "jsonl.h"
#include "course.h"
#include "progress.h"
#include "quiz.h"

/* The display order O of Q as JSON for Attempt.shown:
 * {"order":["c","a","b"]} and for matching also "right":[...]. The caller
 * frees it with free(); NULL when out of memory. */
char *attempt_shown_json(const Question *q, const QuizOrder *o);

/* Reads JSON (from attempt_shown_json; NULL for a line without it) into O
 * (overwritten; free with quiz_order_free). An absent, malformed or
 * outdated order (an id Q no longer has, one missing) gives the course
 * order. False only when out of memory. */
bool attempt_shown_read(const Question *q, const char *json, QuizOrder *o);

/* Appends the letters and the words of attempt A (an answer to a question
 * or a scenario run of course C) to LETTERS and TEXT. False, with nothing
 * appended, when C does not have the item or the answer does not fit it:
 * the raw JSON is then all there is. */
bool attempt_describe(const Course *c, const Attempt *a, JsonBuf *letters, JsonBuf *text);

#endif
