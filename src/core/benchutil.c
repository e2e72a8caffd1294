/* benchutil.c - the clock and statistics of the benchmarks. */
#include "benchutil.h"

#include <stdlib.h>

#include "os.h"

double benchutil_now_ms(void)
{
    return os_mono_ms();
}

static int dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double benchutil_median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, dbl_cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double benchutil_percentile(double *v, size_t n, double p)
{
    qsort(v, n, sizeof *v, dbl_cmp);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}
