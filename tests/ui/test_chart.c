/* test_chart.c - the progress screen's charts (app/chart.c) laid out with
 * the fake measurer: axes and grid where the layout says, bars
 * proportional to their values, the threshold at 80%, points proportional
 * to their day, the empty and one-point cases, and every label inside the
 * chart's area at any width. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "chart.h"
#include "fake.h"

static Ui ui;
static UiInput in;

static int setup(void **state)
{
    (void)state;
    memset(&in, 0, sizeof in);
    if (!ui_init(&ui, fake_measure()))
        return -1;
    ui.theme = theme_get(THEME_LIGHT);
    ui_begin(&ui, &in, 1600, 1200, 1, 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ui_end(&ui);
    ui_free(&ui);
    return 0;
}

static ChartStyle style(void)
{
    const Theme *t = theme_get(THEME_LIGHT);
    ChartStyle st = {
        .text = t->text,
        .muted = t->muted,
        .axis = t->text,
        .grid = t->rule,
        .bar = t->accent,
        .bar_done = t->goals_edge,
        .threshold = t->goals_edge,
        .bg = t->bg,
        .font = {FONT_FAMILY_TEXT, FONT_REGULAR, 16},
        .font_bold = {FONT_FAMILY_TEXT, FONT_SEMIBOLD, 16},
        .unit = 8,
        .stroke = 2,
        .threshold_value = 0.8,
        .threshold_label = "Grens: 80%",
        .y_title = "Beheersing",
        .x_title = "Paragraaf",
    };
    return st;
}

static void fresh(void)
{
    draw_reset(&ui.dl);
}

static bool inside(Rect r, Rect area)
{
    return r.x >= area.x && r.y >= area.y && r.x + r.w <= area.x + area.w && r.y + r.h <= area.y + area.h;
}

/* Every text run on the list lies inside AREA. */
static void assert_texts_inside(Rect area)
{
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && !inside(c->rect, area))
            fail_msg("\"%.*s\" at %d,%d %dx%d lies outside %d,%d %dx%d", (int)c->len, draw_text_of(&ui.dl, c),
                     c->rect.x, c->rect.y, c->rect.w, c->rect.h, area.x, area.y, area.w, area.h);
    }
}

static bool has_line(int x1, int y1, int x2, int y2)
{
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_LINE && c->x1 == x1 && c->y1 == y1 && c->x2 == x2 && c->y2 == y2)
            return true;
    }
    return false;
}

static const ChartBar seven[] = {{"1.1", 0.87}, {"1.2", 0.64}, {"1.3", 0.48}, {"1.4", 0},
                                 {"1.5", 0.25}, {"1.6", 1},    {"1.7", 0.8}};

static void bar_chart_draws_both_axes_and_labels_the_percentages(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {50, 40, 700, chart_height(&ui, &st, 200)};
    ChartLayout L;
    chart_bars(&ui, &st, area, seven, 7, &L);
    assert_int_equal(L.y0 - L.y100, 200);
    assert_int_equal(L.plot.h, 200);
    /* The y axis up the left of the plot, the x axis along its bottom. */
    assert_true(has_line(L.plot.x, L.y100, L.plot.x, L.y0));
    assert_true(has_line(L.plot.x, L.y0, L.plot.x + L.plot.w, L.y0));
    /* 0% at the x axis and 100% at the top, each centred on its grid line. */
    const DrawCmd *zero = find_text(&ui.dl, "0%", false);
    const DrawCmd *full = find_text(&ui.dl, "100%", false);
    assert_non_null(zero);
    assert_non_null(full);
    assert_true(abs(zero->rect.y + zero->rect.h / 2 - L.y0) <= 1);
    assert_true(abs(full->rect.y + full->rect.h / 2 - L.y100) <= 1);
    assert_true(zero->rect.x + zero->rect.w <= L.plot.x);
    /* Grid lines every 20%, but none under the dashed threshold at 80%. */
    for (int pct = 20; pct <= 100; pct += 20)
        assert_int_equal(has_line(L.plot.x, L.y0 - 2 * pct, L.plot.x + L.plot.w, L.y0 - 2 * pct), pct != 80);
    assert_non_null(find_text(&ui.dl, "Beheersing", false));
    assert_non_null(find_text(&ui.dl, "Paragraaf", false));
    for (size_t i = 0; i < 7; i++)
        assert_non_null(find_text(&ui.dl, seven[i].label, false));
    assert_int_equal(L.xlabels, 7);
}

static void bars_are_proportional_to_their_values_and_stand_on_the_axis(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {0, 0, 640, chart_height(&ui, &st, 240)};
    ChartLayout L;
    chart_bars(&ui, &st, area, seven, 7, &L);
    assert_int_equal(L.nbars, 7);
    int full = L.y0 - L.y100;
    for (size_t i = 0; i < 7; i++) {
        Rect b = L.bars[i];
        int want = (int)(seven[i].value * full + 0.5);
        assert_true(abs(b.h - want) <= 1);
        assert_int_equal(b.y + b.h, L.y0);
        assert_true(b.x > L.plot.x && b.x + b.w <= L.plot.x + L.plot.w);
        if (i > 0)
            assert_true(b.x >= L.bars[i - 1].x + L.bars[i - 1].w);
    }
    /* Equal values, equal bars; a bar of 1 reaches the 100% line. */
    assert_int_equal(L.bars[5].y, L.y100);
    assert_int_equal(L.bars[3].h, 0);
}

static void the_threshold_is_a_dashed_line_at_eighty_percent(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {0, 0, 600, chart_height(&ui, &st, 250)};
    ChartLayout L;
    chart_bars(&ui, &st, area, seven, 7, &L);
    assert_int_equal(L.ythreshold, L.y0 - 200);
    size_t dashes = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_LINE && c->y1 == L.ythreshold && c->y2 == L.ythreshold &&
            memcmp(&c->color, &st.threshold, sizeof c->color) == 0)
            dashes++;
    }
    assert_true(dashes > 10);
}

static void mastered_bars_show_a_check_mark_and_their_own_colour(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {0, 0, 900, chart_height(&ui, &st, 200)};
    ChartLayout L;
    chart_bars(&ui, &st, area, seven, 7, &L);
    assert_non_null(find_text(&ui.dl, "\xE2\x9C\x93 87%", false));
    assert_non_null(find_text(&ui.dl, "\xE2\x9C\x93 100%", false));
    assert_non_null(find_text(&ui.dl, "\xE2\x9C\x93 80%", false));
    assert_non_null(find_text(&ui.dl, "64%", false));
    assert_null(find_text(&ui.dl, "\xE2\x9C\x93 64%", false));
    /* The fill of a mastered bar differs from the others. */
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind != DRAW_RECT)
            continue;
        if (memcmp(&c->rect, &L.bars[0], sizeof c->rect) == 0)
            assert_memory_equal(&c->color, &st.bar_done, sizeof c->color);
        if (memcmp(&c->rect, &L.bars[1], sizeof c->rect) == 0)
            assert_memory_equal(&c->color, &st.bar, sizeof c->color);
    }
}

static void bar_labels_stay_inside_the_area_at_any_width(void **state)
{
    (void)state;
    ChartStyle st = style();
    ChartBar many[40];
    char names[40][8];
    for (int i = 0; i < 40; i++) {
        snprintf(names[i], sizeof names[i], "%d.%d", 1 + i / 9, 1 + i % 9);
        many[i] = (ChartBar){names[i], (i % 11) / 10.0};
    }
    static const int widths[] = {160, 240, 320, 480, 700, 1400};
    for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
        for (size_t n = 1; n <= 40; n += 13) {
            fresh();
            Rect area = {30, 20, widths[k], chart_height(&ui, &st, 120)};
            ChartLayout L;
            chart_bars(&ui, &st, area, many, n, &L);
            assert_texts_inside(area);
            assert_true(inside(L.plot, area));
            assert_true(L.xlabels >= 1);
            for (size_t i = 0; i < n; i++)
                assert_true(L.bars[i].x >= L.plot.x && L.bars[i].x + L.bars[i].w <= L.plot.x + L.plot.w);
        }
    }
}

static void day_label(int64_t day, char *buf, size_t size, void *ctx)
{
    (void)ctx;
    snprintf(buf, size, "dag %lld", (long long)day);
}

static void a_line_chart_without_points_shows_its_axes_and_a_message(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {10, 10, 600, chart_height(&ui, &st, 200)};
    ChartLayout L;
    chart_lines(&ui, &st, area, NULL, 0, NULL, 0, day_label, NULL, "Nog geen antwoorden.", &L);
    assert_true(L.empty);
    assert_int_equal(L.npoints, 0);
    assert_true(has_line(L.plot.x, L.y100, L.plot.x, L.y0));
    assert_true(has_line(L.plot.x, L.y0, L.plot.x + L.plot.w, L.y0));
    const DrawCmd *msg = find_text(&ui.dl, "Nog geen antwoorden.", false);
    assert_non_null(msg);
    assert_true(inside(msg->rect, L.plot));
    assert_non_null(find_text(&ui.dl, "100%", false));
    assert_texts_inside(area);
    /* Too narrow for the message on one line: it wraps inside the plot. */
    fresh();
    area.w = 200;
    chart_lines(&ui, &st, area, NULL, 0, NULL, 0, day_label, NULL, "Nog geen antwoorden, oefen eerst een paragraaf.",
                &L);
    assert_texts_inside(area);
}

static void one_day_sits_in_the_middle_with_its_date(void **state)
{
    (void)state;
    fresh();
    ChartStyle st = style();
    Rect area = {0, 0, 600, chart_height(&ui, &st, 200)};
    int64_t days[] = {20500};
    double score[] = {0.75}, mastery[] = {0.37};
    ChartSeries s[2] = {{score, st.bar, false, "score"}, {mastery, st.text, true, "beheersing"}};
    ChartLayout L;
    chart_lines(&ui, &st, area, days, 1, s, 2, day_label, NULL, "leeg", &L);
    assert_false(L.empty);
    assert_int_equal(L.npoints, 1);
    assert_int_equal(L.px[0], L.plot.x + L.plot.w / 2);
    assert_int_equal(L.py[0][0], L.y0 - 150);
    assert_int_equal(L.py[1][0], L.y0 - 74);
    assert_non_null(find_text(&ui.dl, "dag 20500", false));
    /* Its values stand beside it. */
    assert_non_null(find_text(&ui.dl, "75%", false));
    assert_non_null(find_text(&ui.dl, "37%", false));
    assert_null(find_text(&ui.dl, "leeg", false));
    assert_int_equal(L.xlabels, 1);
    assert_texts_inside(area);
}

static void many_days_lie_proportionally_with_first_and_last_dated(void **state)
{
    (void)state;
    ChartStyle st = style();
    enum { N = 120 };
    int64_t days[N];
    double score[N], mastery[N];
    for (int i = 0; i < N; i++) {
        days[i] = 20000 + i * 3 + (i > 60 ? 40 : 0); /* a gap of 40 days in the middle */
        score[i] = (i % 7) / 6.0;
        mastery[i] = i / (double)(N - 1);
    }
    ChartSeries s[2] = {{score, st.bar, false, "score"}, {mastery, st.text, true, "beheersing"}};
    static const int widths[] = {220, 400, 800, 1500};
    for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
        fresh();
        Rect area = {20, 30, widths[k], chart_height(&ui, &st, 180)};
        ChartLayout L;
        chart_lines(&ui, &st, area, days, N, s, 2, day_label, NULL, "leeg", &L);
        assert_int_equal(L.npoints, N);
        int x0 = L.px[0], x1 = L.px[N - 1];
        assert_true(x0 > L.plot.x && x1 <= L.plot.x + L.plot.w);
        for (int i = 1; i < N; i++) {
            assert_true(L.px[i] >= L.px[i - 1]);
            double want = x0 + (double)(days[i] - days[0]) * (x1 - x0) / (double)(days[N - 1] - days[0]);
            assert_true(abs(L.px[i] - (int)(want + 0.5)) <= 1);
            assert_true(L.py[0][i] >= L.y100 && L.py[0][i] <= L.y0);
        }
        /* The newest and the oldest day are always named. */
        char last[32];
        day_label(days[N - 1], last, sizeof last, NULL);
        assert_non_null(find_text(&ui.dl, last, false));
        if (widths[k] >= 400)
            assert_non_null(find_text(&ui.dl, "dag 20000", false));
        assert_true(L.xlabels >= 1 && L.xlabels < N);
        assert_texts_inside(area);
        /* Date labels never overlap one another. */
        for (size_t i = 0; i < ui.dl.ncmds; i++)
            for (size_t j = i + 1; j < ui.dl.ncmds; j++) {
                const DrawCmd *a = &ui.dl.cmds[i], *b = &ui.dl.cmds[j];
                if (a->kind == DRAW_TEXT && b->kind == DRAW_TEXT && a->len > 4 && b->len > 4 &&
                    memcmp(draw_text_of(&ui.dl, a), "dag ", 4) == 0 && memcmp(draw_text_of(&ui.dl, b), "dag ", 4) == 0)
                    assert_false(rect_overlaps(a->rect, b->rect));
            }
    }
}

static void the_legend_wraps_within_its_width(void **state)
{
    (void)state;
    ChartStyle st = style();
    const ChartKey keys[] = {{CHART_KEY_LINE, st.bar, "Gemiddelde score van de dag"},
                             {CHART_KEY_DASHED, st.text, "Beheersing aan het eind van de dag"},
                             {CHART_KEY_THRESHOLD, st.threshold, "Grens: 80%"}};
    fresh();
    int one = chart_legend(&ui, &st, 0, 0, 2000, keys, 3);
    fresh();
    int h = chart_legend(&ui, &st, 40, 0, 320, keys, 3);
    assert_true(h >= 3 * one);
    assert_texts_inside((Rect){40, 0, 320, h});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bar_chart_draws_both_axes_and_labels_the_percentages),
        cmocka_unit_test(bars_are_proportional_to_their_values_and_stand_on_the_axis),
        cmocka_unit_test(the_threshold_is_a_dashed_line_at_eighty_percent),
        cmocka_unit_test(mastered_bars_show_a_check_mark_and_their_own_colour),
        cmocka_unit_test(bar_labels_stay_inside_the_area_at_any_width),
        cmocka_unit_test(a_line_chart_without_points_shows_its_axes_and_a_message),
        cmocka_unit_test(one_day_sits_in_the_middle_with_its_date),
        cmocka_unit_test(many_days_lie_proportionally_with_first_and_last_dated),
        cmocka_unit_test(the_legend_wraps_within_its_width),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
