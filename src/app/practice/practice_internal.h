/* practice_internal.h - what practice_view.c (keys, answer changes) and
 * practice_draw.c (drawing, clicks) share. Not for other modules. */
#ifndef ACCOUNTWIJS_PRACTICE_INTERNAL_H
#define ACCOUNTWIJS_PRACTICE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "practice_view.h"

/* False once the answer is shown: nothing can change any more. */
bool practice_editable(const PracticeItem *it);

/* Matching: the first left position without a partner, or QUIZ_NONE. */
size_t practice_first_open_left(const PracticeItem *it);

/* Matching: the right-hand text at position RK to the picked (or first
 * open) left item, or away from it when it is already there. */
bool practice_assign(PracticeView *v, const PracticeItem *it, size_t rk);

/* Ordering: pick up the item at position K, or put the one picked up
 * there. True when the order changed. */
bool practice_place(PracticeView *v, const PracticeItem *it, size_t k);

/* Ordering: the item at position K one place up (DELTA -1) or down (+1). */
bool practice_move(const PracticeItem *it, size_t k, int delta);

#endif
