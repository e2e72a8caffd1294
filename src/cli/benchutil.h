/* benchutil.h - what the benchmarks (bench load, progress, render) share:
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

#endif
