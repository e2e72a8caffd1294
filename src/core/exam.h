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

#include "lesson.h"

/* Draws up to N question indices (into c->questions) into OUT, as above.
 * Returns how many were drawn: N, or the bank's size when smaller. */
size_t exam_draw(const Course *c, size_t n, uint64_t seed, size_t *out);

/* The grade in tenths: 10 (1.0) to 100 (10.0). SCORE is clamped to [0, 1]. */
int exam_grade_tenths(double score);

/* True when a grade in tenths is a pass (5.5 or more). */
bool exam_passed(int grade_tenths);

/* Writes the grade with a decimal comma, as Dutch students write it: "7,3". */
void exam_grade_text(int grade_tenths, char out[8]);

#endif
