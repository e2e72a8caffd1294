/* chart.h - the charts of the progress screen, drawn with DrawList
 * primitives only (rects, lines, triangles, text runs): a bar chart of a
 * value 0..1 per category and a line chart of values 0..1 over days. Both
 * have a labelled 0-100% axis with grid lines, the mastery threshold as a
 * dashed line, axis titles and a legend, all inside the given area. The
 * colours come from the caller (from the theme), so every theme reads.
 *
 * Each call fills a ChartLayout with where it put things, for tests and
 * for the caller to place what follows. Nothing is kept between frames. */
#ifndef ACCOUNTWIJS_CHART_H
#define ACCOUNTWIJS_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ui.h"

enum { CHART_MAX_BARS = 64, CHART_MAX_POINTS = 400, CHART_MAX_SERIES = 2 };

typedef struct {
    Color text;                  /* tick and value labels */
    Color muted;                 /* axis titles, the legend, the empty-chart message */
    Color axis;                  /* the two axis lines */
    Color grid;                  /* grid lines at 20% steps */
    Color bar;                   /* bars below the threshold */
    Color bar_done;              /* bars at or above it (also get a ✓) */
    Color threshold;             /* the dashed threshold line */
    Color bg;                    /* behind labels drawn over lines */
    Font font;                   /* labels */
    Font font_bold;              /* value labels of bars */
    int unit;                    /* the spacing unit in pixels (Typography.unit) */
    int stroke;                  /* a line's thickness in pixels (>= 1) */
    double threshold_value;      /* 0..1, e.g. 0.8 */
    const char *threshold_label; /* legend text for the dashed line */
    const char *y_title;         /* above the 0-100% axis */
    const char *x_title;         /* under the category or date labels */
    /* How the 0..1 axis and a lone point's value read; NULL: "40%". The
     * test chart writes a cijfer ("4", "5,5") instead. */
    void (*value_label)(double v, char *buf, size_t size);
} ChartStyle;

/* One bar: LABEL under it (a section number), VALUE 0..1 (clamped). */
typedef struct {
    const char *label;
    double value;
} ChartBar;

/* One line of the line chart: VALUES parallel to the chart's days. */
typedef struct {
    const double *values;
    Color color;
    bool dashed;       /* drawn dashed, with diamond markers; else solid with squares */
    const char *label; /* in the legend */
} ChartSeries;

/* Writes the label of day number DAY (isotime_day) into BUF. */
typedef void (*ChartDayLabel)(int64_t day, char *buf, size_t size, void *ctx);

typedef struct {
    Rect area;                 /* as given: everything drawn lies inside it */
    Rect plot;                 /* the 0..100% box; the axes are its left and bottom edges */
    int y0, y100;              /* pixel rows of 0% and 100% */
    int ythreshold;            /* pixel row of the threshold */
    Rect bars[CHART_MAX_BARS]; /* bar rects (h 0 for a value of 0) */
    size_t nbars;
    int px[CHART_MAX_POINTS]; /* x of each day's point */
    int py[CHART_MAX_SERIES][CHART_MAX_POINTS];
    size_t npoints;
    size_t xlabels; /* day or category labels that were drawn (others skipped for room) */
    bool empty;     /* the line chart had no points: its message was drawn */
} ChartLayout;

/* The height a chart needs for a plot of PLOT_H pixels: the plot plus its
 * labels, titles and legend. */
int chart_height(Ui *ui, const ChartStyle *st, int plot_h);

/* Draws N bars (at most CHART_MAX_BARS) into AREA. */
void chart_bars(Ui *ui, const ChartStyle *st, Rect area, const ChartBar *bars, size_t n, ChartLayout *out);

/* Draws N days (at most CHART_MAX_POINTS, oldest first, increasing) with
 * NSERIES lines (at most CHART_MAX_SERIES) into AREA; x is proportional to
 * the day number. With N == 0 it draws the empty axes and EMPTY_MSG; with
 * one day (or all on one day) the point sits in the middle. */
void chart_lines(Ui *ui, const ChartStyle *st, Rect area, const int64_t *days, size_t n, const ChartSeries *series,
                 size_t nseries, ChartDayLabel day_label, void *ctx, const char *empty_msg, ChartLayout *out);

/* A legend entry: what a mark in a chart means. */
typedef enum {
    CHART_KEY_BAR,       /* a filled swatch */
    CHART_KEY_LINE,      /* a solid line with a square */
    CHART_KEY_DASHED,    /* a dashed line with a diamond */
    CHART_KEY_THRESHOLD, /* the dashed threshold line */
} ChartKeyKind;

typedef struct {
    ChartKeyKind kind;
    Color color;
    const char *label;
} ChartKey;

/* Draws the legend at (X, Y), items left to right, wrapping within W;
 * returns its height. */
int chart_legend(Ui *ui, const ChartStyle *st, int x, int y, int w, const ChartKey *keys, size_t n);

#endif
