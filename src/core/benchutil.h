/* benchutil.h - what the benchmarks (bench load, progress and review in cli/,
 * bench render in platform/) share, so in core, below both:
 * a millisecond clock and the statistics of their runs. */
#ifndef ACCOUNTWIJS_BENCHUTIL_H
#define ACCOUNTWIJS_BENCHUTIL_H

#include <stddef.h>

/* Milliseconds on the monotonic clock, from an arbitrary start: only
 * differences mean something. */
double benchutil_now_ms(void);

/* The median of the N > 0 values V (the mean of the middle two when N is
 * even). Sorts V in place. */
double benchutil_median(double *v, size_t n);

/* The P-th quantile (0..1) of the N > 0 values V, by nearest rank: V's
 * element at round(P x (N - 1)) once sorted. Sorts V in place. */
double benchutil_percentile(double *v, size_t n, double p);

/* A generated course of NQ questions (the six types in turn, ids
 * "b<section>-<n>") in NS sections, written into the folder DIR (bench.c);
 * 0 when it cannot be written. bench_remove_bank removes it and DIR. */
int bench_write_bank(const char *dir, int nq, int ns);
void bench_remove_bank(const char *dir, int ns);

#endif
