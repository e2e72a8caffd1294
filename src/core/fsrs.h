/* fsrs.h - the FSRS-6 memory model (Free Spaced Repetition Scheduler,
 * version 6), written from its published formulas. Pure arithmetic: no
 * clock, no log, no course; review.h turns a student's answers into the
 * ratings and days this module works on.
 *
 * An item's memory state is its stability S (the days after which the
 * chance to recall it has fallen to 90%) and its difficulty D (1..10). With
 * w the 21 parameters (FsrsParams) and G the rating 1..4 (Again, Hard,
 * Good, Easy):
 *
 * - retrievability after t days: R(t, S) = (1 + F t / S)^(-w20), where
 *   F = 0.9^(-1/w20) - 1, so that R(S, S) = 0.9 (w20 is the trainable decay);
 * - the first review: S0 = w[G-1] (at least 0.1) and
 *   D0 = w4 - e^(w5 (G - 1)) + 1, kept in 1..10;
 * - every later review: D moves by -w6 (G - 3), damped linearly by
 *   (10 - D) / 9, then reverts to the mean: w7 D0(Easy) + (1 - w7) D, where
 *   D0(Easy) is not clamped; the result is kept in 1..10;
 * - a later review on the same day (t = 0) only multiplies S by
 *   e^(w17 (G - 3 + w18)) S^(-w19), which is at least 1 unless G is Again;
 * - a success (G >= 2) after t >= 1 days:
 *   S' = S (1 + e^w8 (11 - D) S^(-w9) (e^(w10 (1 - R)) - 1) h b), with
 *   h = w15 for Hard and b = w16 for Easy (else 1);
 * - a lapse (G = 1) after t >= 1 days:
 *   S' = w11 D^(-w12) ((S + 1)^w13 - 1) e^(w14 (1 - R)), but never more
 *   than S / e^(w17 w18);
 *   in both, R is R(t, S) before the review; S stays in 0.001..36500;
 * - the interval for a desired retention r: I = S / F (r^(-1/w20) - 1),
 *   rounded to whole days and kept in 1..maximum. */
#ifndef ACCOUNTWIJS_FSRS_H
#define ACCOUNTWIJS_FSRS_H

#include <stdbool.h>
#include <stddef.h>

enum {
    FSRS_NPARAMS = 21,
    FSRS_MAX_INTERVAL = 36500, /* days: the default maximum interval */
};

#define FSRS_S_MIN 0.001
#define FSRS_S_MAX 36500.0
#define FSRS_D_MIN 1.0
#define FSRS_D_MAX 10.0

typedef enum { FSRS_AGAIN = 1, FSRS_HARD = 2, FSRS_GOOD = 3, FSRS_EASY = 4 } FsrsRating;

/* The model's parameters, w0..w20 as published. A student gives too few
 * reviews to fit their own, so fsrs_default is used; a later version could
 * fit these from many students' logs. */
typedef struct {
    double w[FSRS_NPARAMS];
    double factor; /* F = 0.9^(-1/w20) - 1, derived from w20: fsrs_params_derive */
} FsrsParams;

extern const FsrsParams fsrs_default;

/* Sets what P derives from its w (after w changed). */
void fsrs_params_derive(FsrsParams *p);

/* A memory state; stability 0 means never reviewed. */
typedef struct {
    double stability;  /* days */
    double difficulty; /* 1..10 */
} FsrsState;

/* R(t, S): the chance to recall after ELAPSED_DAYS (>= 0) days; 0 when
 * STABILITY is 0 (never reviewed). */
double fsrs_retrievability(const FsrsParams *p, double elapsed_days, double stability);

/* The state after a review rated G, ELAPSED_DAYS whole days after the
 * previous one (ignored for the first review, when S.stability is 0;
 * 0 applies the same-day rule). */
FsrsState fsrs_review(const FsrsParams *p, FsrsState s, double elapsed_days, FsrsRating g);

/* The interval in days after which R falls to RETENTION (0 < r < 1),
 * rounded and kept in 1..MAXIMUM. */
int fsrs_interval(const FsrsParams *p, double stability, double retention, int maximum);

/* The unrounded interval: the days after which R falls to RETENTION. It is
 * STABILITY times fsrs_interval_days(p, 1, retention). */
double fsrs_interval_days(const FsrsParams *p, double stability, double retention);

/* DAYS rounded to whole days and kept in 1..MAXIMUM, as fsrs_interval. */
int fsrs_round_interval(double days, int maximum);

/* Reads a rating: "1".."4" or again/hard/good/easy (any case), LEN bytes.
 * False for anything else. */
bool fsrs_rating_parse(const char *s, size_t len, FsrsRating *out);

/* "again", "hard", "good", "easy"; NULL when out of range. */
const char *fsrs_rating_name(FsrsRating g);

#endif
