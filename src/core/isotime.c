/* isotime.c - see isotime.h. The day arithmetic is Howard Hinnant's
 * days_from_civil / civil_from_days, exact for every Gregorian date. */
#include "isotime.h"

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void isotime_civil(int64_t day, int *year, int *month, int *mday)
{
    int64_t z = day + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = m;
    *mday = (int)(doy - (153 * mp + 2) / 5 + 1);
}

static void split(int64_t ms, int *y, int *mo, int *d, int *h, int *mi, int *s, int *milli)
{
    int64_t day = floor_div(ms, 86400000);
    int64_t rest = ms - day * 86400000;
    isotime_civil(day, y, mo, d);
    *h = (int)(rest / 3600000);
    *mi = (int)(rest / 60000 % 60);
    *s = (int)(rest / 1000 % 60);
    *milli = (int)(rest % 1000);
}

/* Writes V as exactly N decimal digits. */
static char *put(char *p, int v, int n, char after)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        p[i] = (char)('0' + v % 10);
    p[n] = after;
    return p + n + (after ? 1 : 0);
}

/* "YYYY-MM-DD" SEP "HH:MM:SS", then ".mmmZ" when MILLI_Z. */
static void format(int64_t ms, char sep, bool milli_z, char *out)
{
    int y, mo, d, h, mi, s, milli;
    split(ms, &y, &mo, &d, &h, &mi, &s, &milli);
    if (y < 0 || y > 9999)
        y = y < 0 ? 0 : 9999;
    char *p = put(out, y, 4, '-');
    p = put(p, mo, 2, '-');
    p = put(p, d, 2, sep);
    p = put(p, h, 2, ':');
    p = put(p, mi, 2, ':');
    p = put(p, s, 2, milli_z ? '.' : '\0');
    if (milli_z) {
        p = put(p, milli, 3, 'Z');
        *p = '\0';
    }
}

void isotime_format(int64_t ms, char out[ISOTIME_SIZE])
{
    format(ms, 'T', true, out);
}

void isotime_format_local(int64_t ms, int offset_min, char out[20])
{
    format(ms + (int64_t)offset_min * 60000, ' ', false, out);
}

static bool digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

bool isotime_parse(const char *s, size_t len, int64_t *ms)
{
    int y, mo, d, h, mi, sec, frac = 0;
    if (len < 20 || s[len - 1] != 'Z')
        return false;
    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' || !digits(s + 8, 2, &d) ||
        s[10] != 'T' || !digits(s + 11, 2, &h) || s[13] != ':' || !digits(s + 14, 2, &mi) || s[16] != ':' ||
        !digits(s + 17, 2, &sec))
        return false;
    size_t nfrac = 0;
    if (len > 20) {
        nfrac = len - 21;
        if (s[19] != '.' || nfrac < 1 || nfrac > 3 || !digits(s + 20, (int)nfrac, &frac))
            return false;
        for (size_t i = nfrac; i < 3; i++)
            frac *= 10;
    }
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || (mo == 2 && d == 29 && !leap) || h > 23 || mi > 59 ||
        sec > 59)
        return false;
    *ms = ((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + (int64_t)sec * 1000 + frac;
    return true;
}

int64_t isotime_day(int64_t ms, int offset_min)
{
    return floor_div(ms + (int64_t)offset_min * 60000, 86400000);
}
