/* test_winfit.c - where the window opens: inside the display's usable
 * area on every screen, the asked size when there is room, smaller (with
 * a smaller minimum) on a small screen such as 800x600. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "winfit.h"

static const WinBorders FRAME = {30, 2, 2, 2}; /* a title bar and thin edges */

/* The window and its frame lie inside U. */
static void assert_inside(WinFit f, Rect u, WinBorders b)
{
    assert_true(f.window.x - b.left >= u.x);
    assert_true(f.window.y - b.top >= u.y);
    assert_true(f.window.x + f.window.w + b.right <= u.x + u.w);
    assert_true(f.window.y + f.window.h + b.bottom <= u.y + u.h);
    assert_true(f.min_w <= f.window.w && f.min_h <= f.window.h);
}

static void a_large_screen_gets_the_asked_size_centred(void **state)
{
    (void)state;
    Rect u = {0, 0, 1920, 1040}; /* 1080 less a task bar */
    WinFit f = winfit(u, FRAME, 1280, 800, 800, 600);
    assert_inside(f, u, FRAME);
    assert_int_equal(f.window.w, 1280);
    assert_int_equal(f.window.h, 800);
    assert_int_equal(f.window.x, 2 + (1916 - 1280) / 2);
    assert_int_equal(f.min_w, 800);
    assert_int_equal(f.min_h, 600);
}

static void an_800_by_600_screen_gets_a_window_that_fits_whole(void **state)
{
    (void)state;
    Rect u = {0, 28, 800, 572}; /* a panel on top */
    WinFit f = winfit(u, FRAME, 1280, 800, 800, 600);
    assert_inside(f, u, FRAME);
    assert_int_equal(f.window.w, 796);
    assert_int_equal(f.window.h, 572 - 32);
    /* The minimum may not push the window off the screen again. */
    assert_true(f.min_w <= 796 && f.min_h <= 540);
}

static void every_common_screen_keeps_the_window_on_it(void **state)
{
    (void)state;
    static const Rect screens[] = {
        {0, 0, 800, 600},     {0, 0, 1024, 728},        {0, 0, 1280, 760},  {0, 0, 1366, 728},
        {1920, 0, 1280, 984}, {-1280, 200, 1280, 1024}, {0, 0, 2560, 1400}, {0, 0, 640, 440},
    };
    static const WinBorders frames[] = {{0, 0, 0, 0}, {30, 2, 2, 2}, {40, 8, 8, 8}};
    for (size_t s = 0; s < sizeof screens / sizeof *screens; s++)
        for (size_t b = 0; b < 3; b++)
            for (int scale = 1; scale <= 2; scale++) {
                WinFit f = winfit(screens[s], frames[b], 1280 * scale, 800 * scale, 800 * scale, 600 * scale);
                assert_inside(f, screens[s], frames[b]);
                assert_true(f.window.w <= 1280 * scale && f.window.h <= 800 * scale);
                assert_true(f.window.w > 0 && f.window.h > 0);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_large_screen_gets_the_asked_size_centred),
        cmocka_unit_test(an_800_by_600_screen_gets_a_window_that_fits_whole),
        cmocka_unit_test(every_common_screen_keeps_the_window_on_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
