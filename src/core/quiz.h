/* quiz.h - grading of every question type, the per-attempt display order,
 * scenario runs and a quiz session. Pure C: no SDL, no printing, no globals;
 * the screens drive these structs and draw what they hold.
 *
 * Indices, not display positions: an Answer and a Grade always refer to the
 * question's options in the order they were written (Question.options[i]).
 * The display order from quiz_shuffle() maps screen positions to those
 * indices, so grading never depends on how the options were shown.
 *
 * Ownership: Answer, Grade, QuizOrder, ScenarioRun and Quiz own heap memory
 * that their *_free function releases; each may be freed when zeroed or after
 * a failed init. None of them owns the Course or Question it points to, which
 * must outlive them. Functions that allocate return false (or NULL) when out
 * of memory. Misuse (an answer of another type, an index out of range)
 * aborts with file:line. */
#ifndef ACCOUNTWIJS_QUIZ_H
#define ACCOUNTWIJS_QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"

/* "Nothing here": a matching left item without a chosen partner. */
#define QUIZ_NONE ((size_t)-1)

/* ---- answers ------------------------------------------------------------ */

/* What the student gave for one question. Only the fields of its type are
 * set; the arrays have q->noptions elements.
 *   single, truefalse, multiple: chosen[i] for option i. A single or
 *     truefalse answer with more than one option chosen is graded wrong.
 *   matching: match[i] = the pair whose right-hand text the student put next
 *     to left item i (pair i is right), or QUIZ_NONE.
 *   ordering: order[k] = the item the student put at position k; a
 *     permutation of 0..n-1. Item i belongs at position i.
 *   cloze: text[i] = what was typed in blank i (owned, never NULL).
 *   numeric: text[0] = what was typed, as typed (n == 1). */
typedef struct {
    QuestionType type;
    size_t n;
    bool *chosen;
    size_t *match;
    size_t *order;
    char **text;
} Answer;

/* Display order of one attempt, from quiz_shuffle().
 *   shown[k]: the option (single/multiple/truefalse), left item (matching),
 *     item (ordering: the start order) or blank (cloze, always k) at screen
 *     position k.
 *   right[k]: matching only, the pair whose right-hand text is shown at
 *     position k of the right column; NULL for the other types. */
typedef struct {
    size_t n;
    size_t *shown;
    size_t *right;
} QuizOrder;

/* An empty answer for Q: nothing chosen, nothing matched, blanks "". The
 * ordering start order is START->shown, or the written order when START is
 * NULL (the right answer: meant for tests and for quiz_answer_from_json). */
bool quiz_answer_init(Answer *a, const Question *q, const QuizOrder *start);
void quiz_answer_free(Answer *a);

/* Picks option I: for single/truefalse it replaces any earlier choice, for
 * multiple it toggles I. */
void quiz_answer_choose(Answer *a, size_t i);

/* Puts the right-hand text of pair RIGHT beside left item LEFT (QUIZ_NONE
 * clears it). A right-hand text is used once: another left item holding
 * RIGHT loses it. */
void quiz_answer_match(Answer *a, size_t left, size_t right);

/* Moves the ordering item at position FROM to position TO, shifting those in
 * between (Alt+Up is quiz_answer_move(a, k, k - 1)). */
void quiz_answer_move(Answer *a, size_t from, size_t to);

/* Sets the text typed in blank I to a copy of TEXT. */
bool quiz_answer_set_text(Answer *a, size_t i, const char *text);

/* True when there is something to check: an option chosen, a pair matched,
 * a blank not empty; an ordering always. Lets a screen ignore an empty Enter. */
bool quiz_answer_given(const Answer *a);

/* Copies SRC into DST (initialised by this call). */
bool quiz_answer_copy(Answer *dst, const Answer *src);

/* True when A and B are the same answer: the same options chosen, pairs,
 * order, or blanks equal after quiz_fold(); numeric: the same number ("12,5"
 * and "12.5"), or texts equal after quiz_fold() when either is no number.
 * False when their types or sizes differ. */
bool quiz_answer_equal(const Answer *a, const Answer *b);

/* ---- numeric answers ---------------------------------------------------- */

/* How what a student typed for a numeric question reads (see
 * content/FORMAT.md for the rules). Only NUMERIC_OK is a number; the others
 * name what to tell the student, and a screen does not grade them. */
typedef enum {
    NUMERIC_OK,
    NUMERIC_EMPTY,           /* nothing but white space */
    NUMERIC_NOT_A_NUMBER,    /* no digits, or two signs */
    NUMERIC_AMBIGUOUS,       /* "1.250" or "1,250": thousands or decimals? */
    NUMERIC_BAD_GROUPS,      /* thousands groups not of three digits, two decimal separators */
    NUMERIC_UNEXPECTED_TEXT, /* text beside the number, and the question has no unit */
    NUMERIC_WRONG_UNIT,      /* text beside the number that is not the question's unit */
    NUMERIC_TOO_LONG         /* more than NUMERIC_MAX_DIGITS digits, or more than 64 bytes */
} NumericParse;

enum { NUMERIC_MAX_DIGITS = 15 };

typedef struct {
    NumericParse status;
    double value; /* NUMERIC_OK: the number; NUMERIC_AMBIGUOUS: read with a thousands separator (1250) */
    double other; /* NUMERIC_AMBIGUOUS: read with a decimal separator (1.25) */
} NumericInput;

/* Reads TEXT as typed for a numeric question whose unit is UNIT (NULL: none).
 * Pure; never fails on any bytes. */
NumericInput quiz_numeric_parse(const char *text, const char *unit);

/* The answer of numeric question Q that takes X (min <= X <= max, with a
 * margin of a few units in the last place for the binary rounding of
 * value +- tolerance): the one with the highest score, the first written
 * among equals. QUIZ_NONE when none does. */
size_t quiz_numeric_match(const Question *q, double x);

/* The answer to show as right: the first with score 1 (the loader
 * guarantees one). */
const NumericAnswer *quiz_numeric_right(const Question *q);

/* Writes X with DECIMALS decimals (-1: as few as needed, at most
 * NUMERIC_MAX_DECIMALS) using DECIMAL_SEP (',' in Dutch) and GROUP_SEP ('.'
 * in Dutch) into OUT. Groups of thousands are written only where
 * quiz_numeric_parse reads them back unambiguously: with decimals shown, or
 * from a million up ("1250", "1.250,50", "1.250.000"), and three decimals
 * after a short whole part get a fourth ("1,2500", as "1,250" is refused as
 * ambiguous). Never more than NUMERIC_MAX_DIGITS digits in all: decimals
 * give way to a long whole part. Returns OUT, truncated to SIZE. */
char *quiz_numeric_format(double x, int decimals, char decimal_sep, char group_sep, char *out, size_t size);

/* ---- grading ------------------------------------------------------------ */

/* How to mark one option, pair, item or blank after checking. */
typedef enum {
    GRADE_NEUTRAL, /* a wrong option not chosen: nothing to mark */
    GRADE_RIGHT,   /* chosen and right; a pair, item or blank that is right */
    GRADE_WRONG,   /* chosen but wrong; a pair, item or blank that is wrong or empty */
    GRADE_MISSED   /* a right option that was not chosen */
} GradeMark;

/* The outcome of one check. marks[i] refers to Question.options[i]. */
typedef struct {
    double score; /* in [0, 1] */
    bool right;   /* score == 1: fully right */
    size_t n;
    GradeMark *marks;
    size_t *accepted;   /* cloze: the accept[] entry blank i matched, or QUIZ_NONE */
    bool *near;         /* cloze: blank i is wrong but a near miss (see quiz_near_miss); NULL otherwise */
    bool near_miss;     /* cloze: not right, and every wrong blank is a near miss */
    NumericParse parse; /* numeric: how the typed text read (NUMERIC_OK for other types);
                         * accepted[0] is then the quiz_numeric_match() answer or QUIZ_NONE */
} Grade;

/* Grades answer A to question Q (A must be of Q's type and size) into G,
 * which must be zeroed or hold an earlier grade (released here); returns
 * false only when out of memory. Rules:
 *   single, truefalse: 1 when exactly the right option is chosen, else 0.
 *   multiple: (right options chosen - wrong options chosen) / right options,
 *     never below 0; nothing chosen scores 0, everything chosen too when
 *     there are as many wrong options as right ones.
 *   matching: the share of left items given their own right-hand text.
 *   ordering: the share of items that stand at their own position; each such
 *     item is RIGHT, every other one WRONG (an item is never "right" in a
 *     wrong place, whatever its neighbours).
 *   cloze: the share of blanks right. A blank is right when its text equals
 *     one of its accept[] answers after quiz_fold() on both; an empty blank is
 *     wrong. A wrong blank within quiz_near_miss() of an accepted answer is
 *     a near miss (near[i]): still WRONG and scored 0, but a screen may say
 *     "almost, mind the spelling".
 *   numeric: the score of the quiz_numeric_match() answer of the typed
 *     number (0 when none takes it, or when the text is no number: see
 *     parse); marks[0] is RIGHT only at score 1. */
bool quiz_grade(const Question *q, const Answer *a, Grade *g);
void quiz_grade_free(Grade *g);

/* Folds TEXT for comparing cloze answers: trims, collapses runs of white
 * space (also tab, newline, no-break space) to one space, lowers case and
 * drops accents of the Latin-1 letters (é è ë ê á à ä â í ì ï î ó ò ö ô ú ù ü
 * û ç ñ ý ÿ and capitals) and combining marks, writes the Dutch ĳ as "ij"
 * and curly quotes as straight ones. Invalid UTF-8 bytes are kept as they
 * are. OUT needs room for strlen(TEXT) + 1 bytes (folding never grows the
 * text); returns the length written. */
size_t quiz_fold(const char *text, char *out);

/* True when A and B are equal after quiz_fold(); no allocation. */
bool quiz_fold_equal(const char *a, const char *b);

/* True when TYPED is a near miss of ANSWER: not equal after quiz_fold(),
 * but within an edit distance (insert, delete or replace one code point) of
 * 1, or 2 when the folded ANSWER has more than 10 code points. Case and
 * accents do not count, as for grading. An empty TYPED is never near. */
bool quiz_near_miss(const char *typed, const char *answer);

/* ---- display order ------------------------------------------------------ */

/* The display order of Q for one attempt, reproducible from SEED and the
 * question id (the same pair always gives the same order; another seed
 * almost always another). Options and left items are shuffled unless
 * q->fixed_order. The right-hand column of matching and the start order of
 * ordering are shuffled even then, because their written order is the
 * answer; with three or more items the start order is never already right
 * and the right column never lines up with the left one. */
bool quiz_shuffle(const Question *q, uint64_t seed, QuizOrder *o); /* O is overwritten */
void quiz_order_free(QuizOrder *o);

/* ---- answers as JSON (the progress log stores the answer given) --------- */

/* A compact JSON text of A, by option ids so that it survives reordered
 * content: {"chosen":["a","c"]}, {"match":{"p1":"p2","p2":null}},
 * {"order":["i3","i1","i2"]}, {"text":{"b1":"typed"}}. The caller frees it
 * with free(). NULL when out of memory. */
char *quiz_answer_to_json(const Question *q, const Answer *a);

/* Reads JSON (from quiz_answer_to_json) for Q into A (initialised by this
 * call). False when the text is not such an answer for Q: malformed JSON, a
 * wrong shape or an id Q does not have; A is then freed. */
bool quiz_answer_from_json(const Question *q, const char *json, Answer *a);

/* ---- scenarios ---------------------------------------------------------- */

/* One play-through of a scenario. The path holds nodes[0..nchoices] (nodes[0]
 * is the start, nodes[nchoices] the current node) and choices[k], the choice
 * taken at nodes[k]. points is the sum of the points of the choices taken. */
typedef struct {
    const Scenario *sc;
    size_t *nodes;
    size_t *choices;
    size_t nchoices;
    int points;
} ScenarioRun;

/* Starts a run of SC at its start node. */
bool quiz_scenario_start(ScenarioRun *r, const Scenario *sc);
void quiz_scenario_free(ScenarioRun *r);

/* The node the student is at. */
const ScenarioNode *quiz_scenario_node(const ScenarioRun *r);

/* Takes choice I of the current node and moves to its next node; returns
 * the choice (its feedback is the consequence to show), or NULL when the
 * run has ended or I is not a choice of this node. */
const Choice *quiz_scenario_choose(ScenarioRun *r, size_t i);

/* The choice taken last, NULL before the first. */
const Choice *quiz_scenario_last(const ScenarioRun *r);

/* True at an end node (its debrief is due). */
bool quiz_scenario_ended(const ScenarioRun *r);

/* points / sc->best_points in [0, 1] (1 when the best path scores 0). */
double quiz_scenario_score(const ScenarioRun *r);

/* Back to the start node with an empty path and 0 points. */
void quiz_scenario_restart(ScenarioRun *r);

/* ---- picking questions -------------------------------------------------- */

/* Each writes the indices into c->questions of the questions asked, in
 * course order, to OUT (room for c->nquestions) and returns their count. */
size_t quiz_pick_section(const Course *c, size_t section, size_t *out);
size_t quiz_pick_chapter(const Course *c, size_t chapter, size_t *out);
size_t quiz_pick_goals(const Course *c, const char *const *goals, size_t ngoals, size_t *out);
size_t quiz_pick_quizset(const Course *c, const QuizSet *set, size_t *out);
size_t quiz_pick_all(const Course *c, size_t *out);

/* ---- a quiz session ----------------------------------------------------- */

typedef enum {
    QUIZ_PRACTICE, /* a wrong answer may be retried once before the answer is shown */
    QUIZ_TEST      /* one check per question */
} QuizMode;

typedef enum {
    QUIZ_OPEN,   /* not checked yet */
    QUIZ_RETRY,  /* wrong once in practice: show what was wrong (RIGHT and
                    WRONG marks, chosen feedback), not the answer (MISSED),
                    and let the student change the answer and check again */
    QUIZ_CHECKED /* done: show the answer, the feedback and the explanation */
} QuizItemState;

/* One question of a session. */
typedef struct {
    size_t question; /* index into Course.questions */
    QuizOrder order;
    Answer answer;
    Grade grade; /* of the last check */
    QuizItemState state;
    int checks;         /* 0, 1 or 2 (QUIZ_TEST: 0 or 1) */
    double first_score; /* score of the first check: what the total counts */
    Answer checked;     /* the answer as it was at the last check (empty before) */
} QuizItem;

typedef struct {
    const Course *course;
    QuizMode mode;
    uint64_t seed;
    QuizItem *items;
    size_t nitems;
    size_t pos; /* current item; == nitems past the end */
} Quiz;

/* Totals of a session. Each checked question is exactly one of right,
 * retry_right or wrong, so right + retry_right + wrong == checked; a question
 * waiting for its retry is none of them yet. A question is missed when its
 * first check was not fully right (missed == retry_right + wrong); the score
 * counts first checks only (partly right counts as its share), so a retry
 * helps the student learn but does not raise the score. */
typedef struct {
    double score;       /* sum of first_score over the checked questions */
    size_t total;       /* questions in the session */
    size_t checked;     /* questions in state QUIZ_CHECKED */
    size_t right;       /* right at the first check */
    size_t retry_right; /* not right at first, right at a later check */
    size_t wrong;       /* checked, and not right at the last check either */
    size_t missed;      /* checked and not right at the first check */
} QuizTally;

/* A session over the questions QUESTIONS[0..N) of C (indices into
 * c->questions, N may be 0), each shuffled from SEED. Starts at item 0. */
bool quiz_start(Quiz *z, const Course *c, const size_t *questions, size_t n, QuizMode mode, uint64_t seed);
void quiz_free(Quiz *z);

/* The current item and its question; NULL past the end. */
QuizItem *quiz_item(Quiz *z);
const Question *quiz_question(const Quiz *z, const QuizItem *it);

/* Checks the current item's answer: grades it and moves it to QUIZ_RETRY
 * (practice, first check, not fully right: a near miss too) or QUIZ_CHECKED. A checked item is left as it is. False
 * when out of memory or past the end. */
bool quiz_check(Quiz *z);

/* True when the marks and feedback of IT's last check describe its answer
 * as it is now: it was checked and (while QUIZ_RETRY) the answer has not
 * changed since. A changed answer has no marks until it is checked. */
bool quiz_item_marked(const QuizItem *it);

/* Moves to item K (0..nitems; nitems is past the end), e.g. from the list of
 * missed questions. Returns false when K is out of range. */
bool quiz_goto(Quiz *z, size_t k);

/* Moves to the next item that is not checked yet, wrapping around once (a
 * skipped question comes back; the current one is tried last); past the
 * end (returns false) when every item is checked. */
bool quiz_next(Quiz *z);

/* True when every item is checked. */
bool quiz_finished(const Quiz *z);

/* Counts the totals of Z into T, at any moment of the session. */
void quiz_tally(const Quiz *z, QuizTally *t);

/* Writes the item numbers (0..nitems) of the missed items to OUT (room for
 * nitems) and returns their count. */
size_t quiz_missed(const Quiz *z, size_t *out);

/* "Oefen mijn fouten": a new practice session DST over the questions SRC
 * missed, in the same order, shuffled anew from SEED. */
bool quiz_start_missed(Quiz *dst, const Quiz *src, uint64_t seed);

#endif
