/* chart.c - see chart.h. Both charts share one frame: from top to bottom
 * the y-axis title, a margin that holds the value labels of full bars,
 * the plot, the x labels and the x-axis title. The y title sits above the
 * axis rather than beside it because text runs cannot be rotated.
 * Labels that would overlap are skipped rather than squeezed: first and
 * last always show, so the range stays readable at any width. */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "widgets.h"

enum { GRID_STEPS = 5 }; /* lines at 0, 20, 40, 60, 80, 100% */

static int text_w(Ui *ui, Font f, const char *s)
{
    return ui_text_width(ui, f, s, strlen(s));
}

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static double clamp01(double v)
{
    return !(v > 0) ? 0 : v > 1 ? 1 : v;
}

/* Vertical parts of the frame, in pixels. */
typedef struct {
    int th;    /* text height */
    int title; /* y title line plus gap */
    int top;   /* room above the plot for value labels */
    int below; /* x labels plus x title under the plot */
} Bands;

static Bands bands(Ui *ui, const ChartStyle *st)
{
    Bands b;
    b.th = ui_text_height(ui, st->font);
    int u = st->unit;
    b.title = st->y_title && *st->y_title ? b.th + u / 2 : 0;
    b.top = b.th + u / 2;
    b.below = u / 2 + b.th + (st->x_title && *st->x_title ? u / 2 + b.th : 0);
    return b;
}

int chart_height(Ui *ui, const ChartStyle *st, int plot_h)
{
    Bands b = bands(ui, st);
    return b.title + b.top + plot_h + b.below;
}

static int row_of(const ChartLayout *L, double v)
{
    return L->y0 - (int)lround(clamp01(v) * (L->y0 - L->y100));
}

static void dashed_hline(DrawList *dl, int x1, int x2, int y, Color c, int thick, int dash, int gap)
{
    for (int x = x1; x < x2; x += dash + gap) {
        int e = x + dash < x2 ? x + dash : x2;
        draw_line(dl, x, y, e, y, c, thick);
    }
}

static void dashed_line(DrawList *dl, int x1, int y1, int x2, int y2, Color c, int thick, int dash, int gap)
{
    double dx = x2 - x1, dy = y2 - y1, len = sqrt(dx * dx + dy * dy);
    if (len < 1) {
        draw_line(dl, x1, y1, x2, y2, c, thick);
        return;
    }
    for (double s = 0; s < len; s += dash + gap) {
        double e = s + dash < len ? s + dash : len;
        draw_line(dl, x1 + (int)lround(dx * s / len), y1 + (int)lround(dy * s / len), x1 + (int)lround(dx * e / len),
                  y1 + (int)lround(dy * e / len), c, thick);
    }
}

/* V (0..1) as the style reads it: "40%" unless it has its own words. */
static void value_text(const ChartStyle *st, double v, char *buf, size_t size)
{
    if (st->value_label)
        st->value_label(v, buf, size);
    else
        snprintf(buf, size, "%d%%", (int)lround(clamp01(v) * 100));
}

/* The axes, the grid with its 0-100% labels, the threshold and the titles;
 * fills L->plot, y0, y100 and ythreshold. */
static void frame(Ui *ui, const ChartStyle *st, Rect area, ChartLayout *L)
{
    DrawList *dl = &ui->dl;
    int u = st->unit;
    Bands b = bands(ui, st);
    int lw = text_w(ui, st->font, "100%");
    L->area = area;
    L->plot.x = area.x + lw + u;
    L->plot.y = area.y + b.title + b.top;
    L->plot.w = area.w - (L->plot.x - area.x) - u;
    L->plot.h = area.h - b.title - b.top - b.below;
    if (L->plot.w < 1)
        L->plot.w = 1;
    if (L->plot.h < 1)
        L->plot.h = 1;
    L->y100 = L->plot.y;
    L->y0 = L->plot.y + L->plot.h;
    L->ythreshold = row_of(L, st->threshold_value);
    int right = L->plot.x + L->plot.w;
    int stroke = st->stroke > 0 ? st->stroke : 1;

    if (b.title)
        ui_label_fit(ui, area.x, area.y, area.w, st->font, st->muted, st->y_title);
    for (int i = 0; i <= GRID_STEPS; i++) {
        int pct = 100 * i / GRID_STEPS;
        int y = row_of(L, pct / 100.0);
        /* Not under the threshold, which would blur its dashes. */
        if (i > 0 && y != L->ythreshold)
            draw_line(dl, L->plot.x, y, right, y, st->grid, 1);
        char lab[16];
        value_text(st, pct / 100.0, lab, sizeof lab);
        int w = text_w(ui, st->font, lab);
        ui_label(ui, L->plot.x - u / 2 - w, clampi(y - b.th / 2, area.y, area.y + area.h - b.th), st->font, st->text,
                 lab);
    }
    dashed_hline(dl, L->plot.x, right, L->ythreshold, st->threshold, stroke, u, u / 2 > 0 ? u / 2 : 1);
    draw_line(dl, L->plot.x, L->y100, L->plot.x, L->y0, st->axis, stroke);
    draw_line(dl, L->plot.x, L->y0, right, L->y0, st->axis, stroke);
    if (st->x_title && *st->x_title) {
        int w = text_w(ui, st->font, st->x_title);
        int x = L->plot.x + (L->plot.w - w) / 2;
        int y = L->y0 + u / 2 + b.th + u / 2;
        ui_label_fit(ui, clampi(x, area.x, area.x + area.w), y, area.x + area.w - clampi(x, area.x, area.x + area.w),
                     st->font, st->muted, st->x_title);
    }
}

/* Draws LABEL centred at CX under the plot unless it would overlap the
 * span [*last_right, ...); returns whether it was drawn. */
static bool x_label(Ui *ui, const ChartStyle *st, const ChartLayout *L, int cx, const char *label, int min_x, int max_x,
                    int *left_out, int *right_out)
{
    int w = text_w(ui, st->font, label);
    int x = clampi(cx - w / 2, L->area.x, L->area.x + L->area.w - w);
    if (x < min_x || x + w > max_x || w > L->area.w)
        return false;
    ui_label(ui, x, L->y0 + st->unit / 2, st->font, st->text, label);
    *left_out = x;
    *right_out = x + w;
    return true;
}

void chart_bars(Ui *ui, const ChartStyle *st, Rect area, const ChartBar *bars, size_t n, ChartLayout *out)
{
    ChartLayout *L = out;
    memset(L, 0, sizeof *L);
    if (n > CHART_MAX_BARS)
        n = CHART_MAX_BARS;
    frame(ui, st, area, L);
    if (n == 0)
        return;
    int u = st->unit;
    int th = ui_text_height(ui, st->font_bold);
    int slot = L->plot.w / (int)n;
    int bw = slot * 3 / 5;
    if (bw > u * 8)
        bw = u * 8;
    if (bw < 1)
        bw = 1;
    int gap = u / 2 > 0 ? u / 2 : 1;
    int last_right = L->area.x - gap;
    for (size_t i = 0; i < n; i++) {
        double v = clamp01(bars[i].value);
        bool done = v >= st->threshold_value - 1e-9;
        int cx = L->plot.x + slot * (int)i + slot / 2;
        int h = L->y0 - row_of(L, v);
        Rect r = {cx - bw / 2, L->y0 - h, bw, h};
        L->bars[i] = r;
        if (h > 0)
            draw_rect(&ui->dl, r, done ? st->bar_done : st->bar, 0);
        /* The value over the bar: a check mark as well as the colour. */
        char val[32];
        int pct = (int)lround(v * 100);
        snprintf(val, sizeof val, done ? "\xE2\x9C\x93 %d%%" : "%d%%", pct);
        int vw = text_w(ui, st->font_bold, val);
        if (vw > slot - u / 4) {
            snprintf(val, sizeof val, done ? "\xE2\x9C\x93" : "%d", pct);
            vw = text_w(ui, st->font_bold, val);
        }
        if (vw <= slot)
            ui_label(ui, clampi(cx - vw / 2, area.x, area.x + area.w - vw), r.y - u / 4 - th, st->font_bold,
                     done ? st->bar_done : st->text, val);
        int left, right;
        if (bars[i].label && x_label(ui, st, L, cx, bars[i].label, last_right + gap, area.x + area.w, &left, &right)) {
            last_right = right;
            L->xlabels++;
        }
    }
    L->nbars = n;
}

static void marker(DrawList *dl, int x, int y, int size, Color c, bool diamond)
{
    int s = size / 2 > 1 ? size / 2 : 2;
    if (diamond) {
        s += s / 3;
        draw_triangle(dl, x - s, y, x, y - s, x + s, y, c);
        draw_triangle(dl, x - s, y, x + s, y, x, y + s, c);
    } else {
        draw_rect(dl, (Rect){x - s, y - s, 2 * s, 2 * s}, c, 0);
    }
}

void chart_lines(Ui *ui, const ChartStyle *st, Rect area, const int64_t *days, size_t n, const ChartSeries *series,
                 size_t nseries, ChartDayLabel day_label, void *ctx, const char *empty_msg, ChartLayout *out)
{
    ChartLayout *L = out;
    memset(L, 0, sizeof *L);
    if (n > CHART_MAX_POINTS)
        n = CHART_MAX_POINTS;
    if (nseries > CHART_MAX_SERIES)
        nseries = CHART_MAX_SERIES;
    frame(ui, st, area, L);
    int u = st->unit;
    int stroke = st->stroke > 0 ? st->stroke : 1;
    if (n == 0) {
        L->empty = true;
        if (empty_msg && *empty_msg) {
            int w = text_w(ui, st->font, empty_msg);
            int th = ui_text_height(ui, st->font);
            int inner = L->plot.w - 2 * u;
            int y = L->plot.y + (L->plot.h - th) / 2;
            if (w <= inner) {
                ui_label(ui, L->plot.x + (L->plot.w - w) / 2, y, st->font, st->muted, empty_msg);
            } else if (inner > 0) {
                int h = ui_paragraph_height(ui, inner, st->font, th, empty_msg);
                int py = L->plot.y + (L->plot.h - h) / 2;
                ui_paragraph(ui, L->plot.x + u, py > L->plot.y ? py : L->plot.y, inner, st->font, st->muted, th,
                             empty_msg);
            }
        }
        return;
    }
    /* x: proportional to the day, inset so markers clear the axis. */
    int pad = u * 2;
    int64_t d0 = days[0], d1 = days[n - 1];
    int span = L->plot.w - 2 * pad;
    if (span < 1)
        span = 1;
    for (size_t i = 0; i < n; i++) {
        if (d1 <= d0)
            L->px[i] = L->plot.x + L->plot.w / 2;
        else
            L->px[i] = L->plot.x + pad + (int)lround((double)(days[i] - d0) * span / (double)(d1 - d0));
        for (size_t s = 0; s < nseries; s++)
            L->py[s][i] = row_of(L, series[s].values[i]);
    }
    L->npoints = n;
    /* Later series are drawn first, so the main one stays on top. */
    int msize = u > 6 ? u : 6;
    for (size_t k = nseries; k-- > 0;) {
        const ChartSeries *s = &series[k];
        for (size_t i = 1; i < n; i++) {
            if (s->dashed)
                dashed_line(&ui->dl, L->px[i - 1], L->py[k][i - 1], L->px[i], L->py[k][i], s->color, stroke, u,
                            u / 2 > 0 ? u / 2 : 1);
            else
                draw_line(&ui->dl, L->px[i - 1], L->py[k][i - 1], L->px[i], L->py[k][i], s->color, stroke + 1);
        }
        /* Markers only while they stay apart: a year of days is a line. */
        if (n == 1 || span / (int)n >= msize)
            for (size_t i = 0; i < n; i++)
                marker(&ui->dl, L->px[i], L->py[k][i], msize, s->color, s->dashed);
        /* A lone day has no line to read: its values stand beside it. */
        if (n == 1) {
            char val[16];
            value_text(st, s->values[0], val, sizeof val);
            int th = ui_text_height(ui, st->font_bold);
            int vx = clampi(L->px[0] + msize, area.x, area.x + area.w - text_w(ui, st->font_bold, val));
            ui_label(ui, vx, clampi(L->py[k][0] - th / 2, area.y, L->y0 - th), st->font_bold, st->text, val);
        }
    }
    /* Date labels: the newest, then the oldest, then the rest oldest
     * first wherever they fit between those already placed. */
    if (!day_label)
        return;
    enum { MAXL = CHART_MAX_POINTS };
    int left[MAXL], right[MAXL];
    size_t placed = 0;
    int gap = u;
    size_t order_first[2] = {n - 1, 0};
    for (size_t pass = 0; pass < 2 + n; pass++) {
        size_t i;
        if (pass < 2)
            i = order_first[pass];
        else
            i = pass - 2;
        if ((pass == 1 && n == 1) || (pass >= 2 && (i == 0 || i == n - 1)))
            continue;
        char lab[48];
        day_label(days[i], lab, sizeof lab, ctx);
        int w = text_w(ui, st->font, lab);
        int x = clampi(L->px[i] - w / 2, area.x, area.x + area.w - w);
        bool clash = false;
        for (size_t k = 0; k < placed && !clash; k++)
            clash = x < right[k] + gap && x + w + gap > left[k];
        if (clash)
            continue;
        int l, r;
        if (x_label(ui, st, L, L->px[i], lab, area.x, area.x + area.w, &l, &r)) {
            draw_line(&ui->dl, L->px[i], L->y0, L->px[i], L->y0 + u / 3 + 1, st->axis, stroke);
            left[placed] = l;
            right[placed] = r;
            placed++;
        }
    }
    L->xlabels = placed;
}

int chart_legend(Ui *ui, const ChartStyle *st, int x, int y, int w, const ChartKey *keys, size_t n)
{
    int u = st->unit;
    int th = ui_text_height(ui, st->font);
    int row = th + u / 2;
    int sample = u * 3;
    int stroke = st->stroke > 0 ? st->stroke : 1;
    int cx = x, cy = y;
    for (size_t i = 0; i < n; i++) {
        const ChartKey *k = &keys[i];
        int lw = text_w(ui, st->font, k->label);
        int iw = sample + u / 2 + lw;
        if (cx > x && cx + iw > x + w) {
            cx = x;
            cy += row;
        }
        int my = cy + th / 2;
        switch (k->kind) {
        case CHART_KEY_BAR:
            draw_rect(&ui->dl, (Rect){cx + u / 2, cy + th / 6, sample - u, th * 2 / 3}, k->color, 0);
            break;
        case CHART_KEY_LINE:
            draw_line(&ui->dl, cx, my, cx + sample, my, k->color, stroke + 1);
            marker(&ui->dl, cx + sample / 2, my, u > 6 ? u : 6, k->color, false);
            break;
        case CHART_KEY_DASHED:
            dashed_hline(&ui->dl, cx, cx + sample, my, k->color, stroke, u / 2 > 0 ? u / 2 : 1, u / 4 > 0 ? u / 4 : 1);
            marker(&ui->dl, cx + sample / 2, my, u > 6 ? u : 6, k->color, true);
            break;
        case CHART_KEY_THRESHOLD:
            dashed_hline(&ui->dl, cx, cx + sample, my, k->color, stroke, u / 2 > 0 ? u / 2 : 1, u / 4 > 0 ? u / 4 : 1);
            break;
        }
        ui_label_fit(ui, cx + sample + u / 2, cy, x + w - (cx + sample + u / 2), st->font, st->muted, k->label);
        cx += iw + u * 2;
    }
    return cy + row - y;
}
