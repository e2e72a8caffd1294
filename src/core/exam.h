/* exam.h - the self-assessment (toets): drawing the questions and the
 * Dutch grade. Pure functions over the Course; the exam screens drive them.
 *
 * THE DRAW. The bank is split into strata, one per (section, difficulty).
 * Each stratum gets a share of the N questions in proportion to its size
 * (largest remainder, ties broken by the seeded generator), its questions
 * are drawn at random within it, and the drawn set is shuffled. So a
 * 20-question test of a course where section 1.3 holds a sixth of the
 * questions asks about 3 or 4 of them, mixed in difficulty as the bank is.
 * Questions that belong to a quiz set (the short projector versions) are
 * left out: they repeat the section questions in shorter words.
 *
 * THE GRADE (cijfer). cijfer = 1 + 9 x score, score in [0, 1], rounded to
 * one decimal (half up), so 0% is 1.0, 50% is 5.5 and 100% is 10.0. The
 * student passes at 5.5 or more. */
#ifndef ACCOUNTWIJS_EXAM_H
#define ACCOUNTWIJS_EXAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "quiz.h"

/* Draws up to N question indices (into c->questions) into OUT, as above.
 * Returns how many were drawn: N, or the bank's size when smaller. */
size_t exam_draw(const Course *c, size_t n, uint64_t seed, size_t *out);

/* The grade in tenths: 10 (1.0) to 100 (10.0). SCORE is clamped to [0, 1]. */
int exam_grade_tenths(double score);

/* True when a grade in tenths is a pass (5.5 or more). */
bool exam_passed(int grade_tenths);

/* Writes the grade with a decimal comma, as Dutch students write it: "7,3". */
void exam_grade_text(int grade_tenths, char out[8]);

/* ---- a test in progress -------------------------------------------------
 * No feedback while it runs: answers are kept, not graded, until the
 * student hands in or the clock reaches zero. The student may skip, flag a
 * question and go back to any question before handing in. */

enum { EXAM_DEFAULT_SECONDS = 90 };

typedef struct {
    const Course *course;
    size_t n;
    size_t *questions; /* indices into course->questions */
    QuizOrder *orders; /* the display order of each */
    Answer *answers;
    bool *flagged;
    bool *touched;     /* the student changed this answer (an ordering starts "given") */
    int64_t *spent_ms; /* time spent on each question */
    size_t current;
    int64_t limit_ms;               /* 0: no time limit */
    int64_t started_ms, entered_ms; /* start; when the current question was shown */
    bool handed_in;
    bool timed_out; /* handed in by the clock */
    Grade *grades;  /* after hand-in */
    double score;   /* mean of the question scores, after hand-in */
    int grade_tenths;
} Exam;

/* Starts a test of N questions drawn with exam_draw(SEED) and a limit of
 * SECONDS per question (0: no limit), at NOW_MS of the injected clock.
 * False when out of memory or the course has no questions. */
bool exam_start(Exam *e, const Course *c, size_t n, int seconds, uint64_t seed, int64_t now_ms);
void exam_free(Exam *e);

const Question *exam_question(const Exam *e, size_t i);

/* Milliseconds left (0 when handed in or out of time); -1 without a limit. */
int64_t exam_remaining_ms(const Exam *e, int64_t now_ms);

/* Hands in when the time is up; true when this call handed in. */
bool exam_tick(Exam *e, int64_t now_ms);

/* Shows question I (also a way back); time spent is booked per question. */
void exam_goto(Exam *e, size_t i, int64_t now_ms);

void exam_toggle_flag(Exam *e, size_t i);

/* The screen calls this whenever the student changes answer I. */
void exam_touch(Exam *e, size_t i);

/* True when question I has an answer: something given, and for an ordering
 * at least one item moved. */
bool exam_answered(const Exam *e, size_t i);

/* Number of questions without an answer given. */
size_t exam_unanswered(const Exam *e);

/* Grades every answer, fixes the score and the grade. False when out of memory. */
bool exam_hand_in(Exam *e, int64_t now_ms);

/* After hand-in: the mean score of the questions of section S, or -1 when
 * the test had none of them. */
double exam_section_score(const Exam *e, size_t s);

#endif
