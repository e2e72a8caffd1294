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

/* The student's answer A to Q into BUF; "" when nothing was given. */
void answer_text_given(const App *app, const Question *q, const QuizOrder *o, const Answer *a, char *buf, size_t size);

#endif
