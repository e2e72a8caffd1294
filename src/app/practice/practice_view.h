/* practice_view.h - one practice question on screen: the answer being
 * given and, once checked, its marks and the feedback of every chosen
 * option, pair, item or blank. The practice screen owns the Quiz session;
 * this module draws one QuizItem and turns clicks and keys into quiz_answer_*
 * calls. It never grades (core/quiz does) and never records.
 *
 * What the student can do, by type (every type by keyboard alone too):
 *   single, multiple: click an option, or press 1-9 / A-I (its badge);
 *     Space picks the focused option; multiple toggles.
 *   truefalse: the badges are J and O (T and F in English), the keys;
 *     1 and 2 work too, A and B do not.
 *   matching: pick a left item (click, or its number), then its partner on
 *     the right (click, or its letter); with no left item picked, a letter
 *     goes to the first left item without a partner. Backspace clears the
 *     focused or picked left item.
 *   ordering: Alt+Up/Alt+Down move the focused item, or the ↑/↓ buttons
 *     beside it; or click an item (it is picked up) and then the place where
 *     it belongs. A number focuses the item at that place.
 *   cloze: a text field per blank (ui_textfield: UTF-8, IME, caret).
 *   numeric: one text field, the unit beside it ("€" before, others after);
 *     text that is no number quiz_numeric_parse() takes is not graded: the
 *     view says why under the field once say_refusal is set.
 *   Up/Down move the focus through the options, items or blanks; Left/Right
 *   switch between the two columns of a matching question.
 * Enter is left to the screen (check, then go on).
 *
 * What shows, by QuizItemState:
 *   QUIZ_OPEN: the answer only.
 *   QUIZ_RETRY: the marks of what was chosen (✓ right, ✗ wrong) with its
 *     feedback, never the answer itself (no → marks, no "right is"); a
 *     cloze blank one letter off says "almost, mind the spelling". The
 *     answer can still be changed; once it is, the caller passes no grade
 *     (quiz_item_marked), so no mark or feedback shows until the next
 *     check: nothing of an unchecked answer is ever given away.
 *   QUIZ_CHECKED: read-only; every mark, including → for a right option
 *     that was not chosen, the right partner of a wrong pair, the right
 *     place of a misplaced item (an ordering row is right only in its own
 *     place) with the right order in full, and the accepted word of a
 *     wrong blank.
 * Marks are always a symbol and a word in the mark's colour, never colour
 * alone. */
#ifndef ACCOUNTWIJS_PRACTICE_VIEW_H
#define ACCOUNTWIJS_PRACTICE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "quiz.h"
#include "speech_text.h"
#include "ui.h"

typedef struct App App;

enum { PRACTICE_MAX_BLANKS = 8, PRACTICE_BLANK_SIZE = 160 };

/* What the view keeps between frames for the question on screen; reset it
 * with practice_view_reset() whenever another question (or another attempt
 * of one) is shown. */
typedef struct {
    /* matching: the display position of the left item waiting for its
     * partner; ordering: the position of the item picked up by a click.
     * QUIZ_NONE when none. */
    size_t pick;
    /* cloze: the text of each blank as typed (mirrored into the Answer);
     * numeric: blanks[0] */
    char blanks[PRACTICE_MAX_BLANKS][PRACTICE_BLANK_SIZE];
    bool focus_first; /* give the first blank the focus on the next frame */
    /* numeric: say under the field why the text is no number (set by the
     * practice screen after a refused check, by the test from the start) */
    bool say_refusal;
} PracticeView;

/* True for the types whose answer is typed (cloze, numeric): their fields
 * take digits, letters and Space as text, not as picks. */
bool practice_typed(const Question *q);

/* The question and the state of its attempt. */
typedef struct {
    const Question *q;
    const QuizOrder *order;
    Answer *answer;
    const Grade *grade; /* the last check; NULL or unused while QUIZ_OPEN */
    QuizItemState state;
} PracticeItem;

/* Starts V afresh for IT (the blanks take the answer's text). */
void practice_view_reset(PracticeView *v, const PracticeItem *it);

/* Takes the question's keys (picks, Space, arrows, Alt+arrows) from this
 * frame's input. Call it before the scroll area begins, which would take the
 * arrows. True when the answer changed. */
bool practice_view_keys(App *app, Ui *ui, PracticeView *v, const PracticeItem *it);

/* Draws IT (without its prompt) in the column X..X+W from Y and handles
 * its clicks; returns the height used. *CHANGED (may be NULL) is set when
 * the answer changed. */
int practice_view_draw(App *app, Ui *ui, PracticeView *v, const PracticeItem *it, int x, int y, int w, bool *changed);

/* What Lees voor says for IT as the screen shows it (speech_text.h): the
 * prompt, then the options after their badges in the order shown (an
 * ordering in its current order, a matching's two columns as shown).
 * False when out of memory. */
bool practice_speech(const PracticeItem *it, SpeechScript *out);

/* The prompt of Q as it is shown: for cloze every "___" numbered "(1)". */
void practice_prompt(const Question *q, char *buf, size_t size);

/* The key hint for IT's type ("Kies één antwoord: klik, of toets 1–4 of
 * A–D. Enter controleert."). */
void practice_hint(const App *app, const PracticeItem *it, char *buf, size_t size);

/* The label of display position K: "A".."Z" (letters) or "1".."99". */
void practice_badge(size_t k, bool letter, char out[4]);

/* The badge of option I of choice question Q shown at position K: its
 * letter ("A"), or for true/false its key, the capital initial of
 * Juist/Onjuist (J/O) or True/False (T/F), as the hint says. */
void practice_choice_badge(const App *app, const Question *q, size_t i, size_t k, char out[4]);

#endif
