/* question_view.h - one question on screen, answerable: its stem and the
 * widgets of its type (options to choose, pairs to match, items to put in
 * order, blanks to fill in). Shared by the screens that ask questions (the
 * exam; the practice screen may use it too). It never grades: the caller
 * owns the Answer and decides when to check it; given a Grade it draws the
 * marks (✓ right, ✗ wrong, → the right option that was not chosen), always
 * a symbol with the colour, and nothing can be changed any more.
 *
 * Interaction, for every type: mouse, and Tab + Enter/Space.
 *   single, truefalse, multiple: click an option (a radio or a check box).
 *   matching: pick a left item (the first without a partner is picked
 *     already), then click the right-hand text that belongs to it; clicking
 *     the partner it already has takes it away again.
 *   ordering: the ↑ and ↓ buttons of an item, or Alt+↑ / Alt+↓ on the
 *     focused item.
 *   cloze: one text field per blank; the blanks are numbered in the stem. */
#ifndef ACCOUNTWIJS_QUESTION_VIEW_H
#define ACCOUNTWIJS_QUESTION_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "quiz.h"
#include "ui.h"

typedef struct App App;

/* What a view remembers between frames; zero it for a new question (or
 * let question_view() notice the new Answer and reset it). */
typedef struct {
    const Answer *answer; /* the answer this state belongs to */
    size_t pick;          /* matching: the left position being paired, or QUIZ_NONE */
    bool picked;          /* PICK was chosen by the student (else the first open one) */
} QuestionView;

/* Draws question Q as shown in order O, with answer A, in the column X..X+W
 * from Y; returns the height used. ID keeps the widget ids of two views on
 * one screen apart. Without a grade (G NULL) the student can change A, and
 * *CHANGED (may be NULL) says whether this frame did; with G the view is
 * read-only and shows G's marks. The stem is drawn too. */
int question_view(App *app, Ui *ui, QuestionView *v, UiId id, const Question *q, const QuizOrder *o, Answer *a,
                  const Grade *g, int x, int y, int w, bool *changed);

/* The letter of display position K: "A", "B", ... */
void question_letter(size_t k, char out[4]);

/* Writes the right answer of Q as one line of text into BUF (display order
 * O for the letters of options): "B. Een account is ..." or "CM → Commercieel
 * medewerker; ..." or the items in order, or the accepted word per blank. */
void question_right_answer(const App *app, const Question *q, const QuizOrder *o, char *buf, size_t size);

/* Writes the student's answer A to Q the same way; "" when nothing given. */
void question_given_answer(const App *app, const Question *q, const QuizOrder *o, const Answer *a, char *buf,
                           size_t size);

#endif
