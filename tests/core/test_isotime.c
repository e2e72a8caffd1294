/* test_isotime.c - instants and their ISO 8601 text, local days. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "isotime.h"

static void isotime_format_and_parse_round_trip_with_milliseconds(void **state)
{
    (void)state;
    char s[ISOTIME_SIZE];
    isotime_format(0, s);
    assert_string_equal(s, "1970-01-01T00:00:00.000Z");
    isotime_format(INT64_C(1772445600000) + 123, s);
    assert_string_equal(s, "2026-03-02T10:00:00.123Z");
    isotime_format(INT64_C(951782400000), s); /* a leap day in a year divisible by 400 */
    assert_string_equal(s, "2000-02-29T00:00:00.000Z");
    int64_t ms;
    assert_true(isotime_parse(s, strlen(s), &ms));
    assert_true(ms == INT64_C(951782400000));
    assert_true(isotime_parse("2026-03-02T10:00:00Z", 20, &ms) && ms == INT64_C(1772445600000));
    assert_true(isotime_parse("2026-03-02T10:00:00.5Z", 22, &ms) && ms == INT64_C(1772445600500));
    for (int64_t t = -86400000LL * 400; t < 86400000LL * 365 * 100; t += 86400000LL * 37 + 12345) {
        isotime_format(t, s);
        if (t >= 0) {
            assert_true(isotime_parse(s, strlen(s), &ms));
            assert_true(ms == t);
        }
    }
}

static void isotime_parse_refuses_dates_that_do_not_exist_and_other_forms(void **state)
{
    (void)state;
    static const char *const bad[] = {"2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z",      "2026-13-01T00:00:00Z",
                                      "2026-04-31T00:00:00Z", "2026-03-02T24:00:00Z",      "2026-03-02T10:00:00",
                                      "2026-03-02 10:00:00Z", "2026-03-02T10:00:00.1234Z", "2026-03-02T10:00:00+01:00",
                                      "2026-3-2T10:00:00Z"};
    int64_t ms;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (isotime_parse(bad[i], strlen(bad[i]), &ms))
            fail_msg("accepted %s", bad[i]);
}

static void isotime_day_counts_local_days_from_the_epoch(void **state)
{
    (void)state;
    int64_t t = INT64_C(1772445600000); /* 2026-03-02 10:00 UTC */
    int64_t d = isotime_day(t, 0);
    int y, m, md;
    isotime_civil(d, &y, &m, &md);
    assert_true(y == 2026 && m == 3 && md == 2);
    assert_true(isotime_day(t + 13 * 3600000LL, 0) == d);       /* 23:00 UTC */
    assert_true(isotime_day(t + 13 * 3600000LL, 120) == d + 1); /* 01:00 at UTC+2 */
    assert_true(isotime_day(-1, 0) == -1);
    char s[20];
    isotime_format_local(t, 60, s);
    assert_string_equal(s, "2026-03-02 11:00:00");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(isotime_format_and_parse_round_trip_with_milliseconds),
        cmocka_unit_test(isotime_parse_refuses_dates_that_do_not_exist_and_other_forms),
        cmocka_unit_test(isotime_day_counts_local_days_from_the_epoch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
