/* fsrs.c - FSRS-6, as fsrs.h states it. Everything is computed in double
 * without rounding between steps; the reference implementations round to
 * 8 decimals here and there, which moves S and D by far less than 1e-6 over
 * a long history (the ts-fsrs comparison in tests/oracle checks that). */
#include "fsrs.h"

#include <math.h>
#include <string.h>
#include <strings.h>

/* The published FSRS-6 defaults, fitted by its authors on many users' reviews. */
const FsrsParams fsrs_default = {
    {
        0.212,  1.2931, 2.3065, 8.2956, /* w0..w3: first stability for Again, Hard, Good, Easy */
        6.4133, 0.8334,                 /* w4, w5: first difficulty */
        3.0194, 0.001,                  /* w6: difficulty step; w7: mean reversion */
        1.8722, 0.1666, 0.796,          /* w8..w10: stability after a success */
        1.4835, 0.0614, 0.2629, 1.6483, /* w11..w14: stability after a lapse */
        0.6014, 1.8729,                 /* w15: Hard penalty; w16: Easy bonus */
        0.5425, 0.0912, 0.0658,         /* w17..w19: the same-day rule */
        0.1542,                         /* w20: the decay of the forgetting curve */
    },
    0.9803464944134797 /* 0.9^(-1/w20) - 1 (test_fsrs checks it) */};

void fsrs_params_derive(FsrsParams *p)
{
    p->factor = pow(0.9, -1.0 / p->w[20]) - 1.0;
}

static double clamp(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

double fsrs_retrievability(const FsrsParams *p, double elapsed_days, double stability)
{
    if (stability <= 0)
        return 0;
    if (elapsed_days < 0)
        elapsed_days = 0;
    return pow(1.0 + p->factor * elapsed_days / stability, -p->w[20]);
}

static double first_difficulty(const FsrsParams *p, FsrsRating g)
{
    return p->w[4] - exp(p->w[5] * (double)((int)g - 1)) + 1.0;
}

static double next_difficulty(const FsrsParams *p, double d, FsrsRating g)
{
    double step = -p->w[6] * (double)((int)g - 3);
    double damped = d + step * (10.0 - d) / 9.0; /* smaller steps near the top */
    double reverted = p->w[7] * first_difficulty(p, FSRS_EASY) + (1.0 - p->w[7]) * damped;
    return clamp(reverted, FSRS_D_MIN, FSRS_D_MAX);
}

static double same_day_stability(const FsrsParams *p, double s, FsrsRating g)
{
    double grow = exp(p->w[17] * ((double)(int)g - 3.0 + p->w[18])) * pow(s, -p->w[19]);
    if (g >= FSRS_HARD && grow < 1.0)
        grow = 1.0; /* a same-day success never lowers stability */
    return s * grow;
}

static double success_stability(const FsrsParams *p, double s, double d, double r, FsrsRating g)
{
    double bonus = g == FSRS_HARD ? p->w[15] : g == FSRS_EASY ? p->w[16] : 1.0;
    double grow = exp(p->w[8]) * (11.0 - d) * pow(s, -p->w[9]) * (exp(p->w[10] * (1.0 - r)) - 1.0) * bonus;
    return s * (1.0 + grow);
}

static double lapse_stability(const FsrsParams *p, double s, double d, double r)
{
    double after = p->w[11] * pow(d, -p->w[12]) * (pow(s + 1.0, p->w[13]) - 1.0) * exp(p->w[14] * (1.0 - r));
    /* FSRS-6: a lapse never leaves more stability than a same-day Again would. */
    double most = s / exp(p->w[17] * p->w[18]);
    return after < most ? after : most;
}

FsrsState fsrs_review(const FsrsParams *p, FsrsState st, double elapsed_days, FsrsRating g)
{
    if (g < FSRS_AGAIN)
        g = FSRS_AGAIN;
    if (g > FSRS_EASY)
        g = FSRS_EASY;
    FsrsState out;
    if (st.stability <= 0) {
        double s0 = p->w[g - 1];
        out.stability = clamp(s0 < 0.1 ? 0.1 : s0, FSRS_S_MIN, FSRS_S_MAX);
        out.difficulty = clamp(first_difficulty(p, g), FSRS_D_MIN, FSRS_D_MAX);
        return out;
    }
    double s = clamp(st.stability, FSRS_S_MIN, FSRS_S_MAX);
    double d = clamp(st.difficulty, FSRS_D_MIN, FSRS_D_MAX);
    if (elapsed_days < 0)
        elapsed_days = 0;
    double ns;
    if (elapsed_days == 0)
        ns = same_day_stability(p, s, g);
    else {
        double r = fsrs_retrievability(p, elapsed_days, s);
        ns = g == FSRS_AGAIN ? lapse_stability(p, s, d, r) : success_stability(p, s, d, r, g);
    }
    out.stability = clamp(ns, FSRS_S_MIN, FSRS_S_MAX);
    out.difficulty = next_difficulty(p, d, g);
    return out;
}

double fsrs_interval_days(const FsrsParams *p, double stability, double retention)
{
    return stability * ((pow(retention, -1.0 / p->w[20]) - 1.0) / p->factor);
}

int fsrs_round_interval(double days, int maximum)
{
    days = round(days);
    if (!(days >= 1)) /* NaN too */
        return 1;
    return days > maximum ? maximum : (int)days;
}

int fsrs_interval(const FsrsParams *p, double stability, double retention, int maximum)
{
    return fsrs_round_interval(fsrs_interval_days(p, stability, retention), maximum);
}

static const char *const names[] = {"again", "hard", "good", "easy"};

bool fsrs_rating_parse(const char *s, size_t len, FsrsRating *out)
{
    if (len == 1 && s[0] >= '1' && s[0] <= '4') {
        *out = (FsrsRating)(s[0] - '0');
        return true;
    }
    for (int i = 0; i < 4; i++)
        if (len == strlen(names[i]) && strncasecmp(s, names[i], len) == 0) {
            *out = (FsrsRating)(i + 1);
            return true;
        }
    return false;
}

const char *fsrs_rating_name(FsrsRating g)
{
    return g >= FSRS_AGAIN && g <= FSRS_EASY ? names[g - 1] : NULL;
}
