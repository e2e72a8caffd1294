/* answer_text.h - a question's answers as one line of text, for the
 * review after a test: "B. Een account is ...", "CM → Commercieel
 * medewerker; ...", the items in order, or the word per blank. Letters are
 * those of the display order O the student saw (practice_badge). */
#ifndef ACCOUNTWIJS_ANSWER_TEXT_H
#define ACCOUNTWIJS_ANSWER_TEXT_H

#include <stddef.h>

#include "quiz.h"

typedef struct App App;

/* The right answer of Q into BUF (cut to SIZE). */
void answer_text_right(const App *app, const Question *q, const QuizOrder *o, char *buf, size_t size);

/* The student's answer A to Q into BUF; "" when nothing was given; for
 * numeric what was typed, as typed. */
void answer_text_given(const App *app, const Question *q, const QuizOrder *o, const Answer *a, char *buf, size_t size);

/* Numeric Q: X in the interface language's separators ("12,5"; with
 * UNIT, Q's unit beside it: "€ 12,50", "20%", "40 klanten"). */
void answer_text_number(const App *app, const Question *q, double x, bool unit, char *buf, size_t size);

/* True for a unit written before the number: "€", "$", "£". */
bool answer_text_unit_before(const char *unit);

/* Numeric Q: the right answer, "20%", "10 tot en met 15 klanten" or
 * "12,5 (van 12 tot en met 13 telt als goed)". */
void answer_text_numeric_right(const App *app, const Question *q, char *buf, size_t size);

/* Numeric Q: what to tell the student about TYPED when it is no number
 * quiz_numeric_parse() takes (written into BUF, which is returned); NULL
 * when it is one. */
const char *answer_text_numeric_refusal(const App *app, const Question *q, const char *typed, char *buf, size_t size);

#endif
