/* screen_progress.c - what a student has mastered, from the attempt log
 * (app->progress.mastery, see core/mastery.h for the rule stated at the
 * top of the screen): a bar chart of mastery per section, a line chart of
 * scores per day, the five weakest learning goals with a button that
 * practises exactly their questions, and the export for the teacher.
 *
 * Charts are wider than the reading column (they are not prose), and
 * their colours come from the theme: the mastered colour is the learning
 * goals' green, always with a ✓ as well. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "chart.h"
#include "exam.h"
#include "export.h"
#include "fsutil.h"
#include "isotime.h"
#include "progress_export.h"
#include "screen_progress.h"
#include "start_progress.h"
#include "widgets.h"

void screen_progress_enter(App *app)
{
    ProgressScreenState *st = &app->progress_screen;
    st->scroll.y = 0;
    st->export_error[0] = '\0';
    /* Another student may be practising now: their export is not this one
     * (the file is named by the student's name, which two may share; the
     * folder stays on screen). */
    st->export_path[0] = '\0';
}

/* A column for charts: as wide as half again the reading measure. */
static void wide_column(const App *app, const Ui *ui, Rect body, int *x, int *w)
{
    int margin = typography_px(&app->typography, 24);
    if (body.w / 20 > margin)
        margin = body.w / 20;
    int avail = body.w - 2 * margin - ui_scrollbar_width(ui);
    int cw = app->typography.measure * 3 / 2;
    if (cw > avail)
        cw = avail;
    if (cw < 1)
        cw = 1;
    *w = cw;
    *x = body.x + (body.w - ui_scrollbar_width(ui) - cw) / 2;
}

static int luma(Color c)
{
    return (c.r * 299 + c.g * 587 + c.b * 114) / 1000;
}

/* Grid lines stay quieter than the data: in a theme whose rules stand out
 * hard (high contrast: white on black) they are toned down towards the page. */
static Color grid_colour(const Theme *th)
{
    Color g = th->rule;
    int d = luma(g) - luma(th->bg);
    if (d > 128 || d < -128) {
        g.r = (uint8_t)((g.r * 2 + th->bg.r * 3) / 5);
        g.g = (uint8_t)((g.g * 2 + th->bg.g * 3) / 5);
        g.b = (uint8_t)((g.b * 2 + th->bg.b * 3) / 5);
    }
    return g;
}

/* The progress charts' style, with the axis titles Y_TITLE and X_TITLE
 * and the mastery threshold worded into THRESHOLD. */
static ChartStyle chart_style(const App *app, const Ui *ui, char *threshold, size_t size, StrId y_title, StrId x_title)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int pct = (int)(MASTERY_THRESHOLD * 100 + 0.5);
    snprintf(threshold, size, app_str(app, STR_KEY_THRESHOLD), pct);
    ChartStyle st = {
        .text = th->text,
        .muted = th->muted,
        .axis = th->text,
        .grid = grid_colour(th),
        .bar = th->accent,
        .bar_done = th->goals_edge,
        .threshold = th->goals_edge,
        .bg = th->bg,
        .font = t->small,
        .font_bold = t->small_bold,
        .unit = t->unit,
        .stroke = ui_px(ui, 2),
        .threshold_value = MASTERY_THRESHOLD,
        .threshold_label = threshold,
        .y_title = app_str(app, y_title),
        .x_title = app_str(app, x_title),
    };
    return st;
}

/* The height of a chart CHART_H high drawn at X, Y (laid out in L) with
 * the legend of its N KEYS below it (none when N is 0). */
static int chart_and_legend(Ui *ui, const ChartStyle *st, const ChartLayout *L, int x, int y, int w, int chart_h,
                            const ChartKey *keys, size_t n)
{
    int h = chart_h + st->unit;
    if (n)
        h += chart_legend(ui, st, L->plot.x, y + h, w - (L->plot.x - x), keys, n);
    return h;
}

typedef struct {
    const App *app;
} DayCtx;

/* "3 mrt": the day and the month's short name from the strings table. */
static void day_label(int64_t day, char *buf, size_t size, void *ctx)
{
    const DayCtx *dc = ctx;
    int y, m, d;
    isotime_civil(day, &y, &m, &d);
    const char *months = app_str(dc->app, STR_MONTHS);
    const char *p = months;
    for (int i = 1; i < m && p; i++) {
        p = strchr(p, ' ');
        if (p)
            p++;
    }
    if (!p)
        p = "";
    size_t n = strcspn(p, " ");
    snprintf(buf, size, "%d %.*s", d, (int)n, p);
}

static int heading(App *app, Ui *ui, int x, int y, int w, StrId id)
{
    const Typography *t = &app->typography;
    int h = ui_paragraph(ui, x, y, w, t->h2, app->theme->heading, t->h2_line, app_str(app, id));
    return h + t->unit * 2;
}

static int section_chart(App *app, Ui *ui, int x, int y, int w)
{
    const Course *c = app->course;
    const Mastery *m = &app->progress.mastery;
    const Typography *t = &app->typography;
    char thr[64];
    ChartStyle st = chart_style(app, ui, thr, sizeof thr, STR_AXIS_MASTERY, STR_AXIS_SECTION);
    ChartBar bars[CHART_MAX_BARS];
    size_t n = 0;
    for (size_t s = 0; s < c->nsections && n < CHART_MAX_BARS; s++) {
        if (!m->sections[s].questions)
            continue;
        bars[n++] = (ChartBar){c->sections[s].number, m->sections[s].mastery};
    }
    int plot_h = t->unit * 22;
    int h = chart_height(ui, &st, plot_h);
    ChartLayout L;
    chart_bars(ui, &st, (Rect){x, y, w, h}, bars, n, &L);
    const ChartKey keys[] = {
        {CHART_KEY_BAR, st.bar, app_str(app, STR_KEY_NOT_MASTERED)},
        {CHART_KEY_BAR, st.bar_done, app_str(app, STR_KEY_MASTERED)},
        {CHART_KEY_THRESHOLD, st.threshold, thr},
    };
    return chart_and_legend(ui, &st, &L, x, y, w, h, keys, 3);
}

/* Herhalen: per section the mean chance to remember its questions now
 * and, with an exam date, on that day (the plan's section_now and
 * section_exam). Returns the height. */
static int chance_part(App *app, Ui *ui, int x, int y, int w)
{
    const ReviewPlan *p = app_review_plan(app);
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    if (!p || !c || p->unseen == p->planned) /* nothing answered yet */
        return 0;
    int y0 = y;
    y += heading(app, ui, x, y, w, STR_REVIEW_CHANCE_TITLE);
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_REVIEW_CHANCE_INTRO));
    y += t->unit * 2;
    bool exam = p->days_to_exam >= 0;
    int col1 = typography_px(t, 110), col2 = exam ? typography_px(t, 150) : 0;
    int tw = w - col1 - col2 - t->unit * 2;
    for (size_t s = 0; s < c->nsections; s++) {
        if (p->section_now[s] < 0)
            continue;
        char name[400], now[64], then[64];
        snprintf(name, sizeof name, "%s %s", c->sections[s].number, c->sections[s].title);
        snprintf(now, sizeof now, app_str(app, STR_REVIEW_CHANCE_NOW), (int)(p->section_now[s] * 100 + 0.5));
        ui_label_fit(ui, x, y, tw, t->ui, th->text, name);
        ui_label(ui, x + tw + t->unit, y, t->ui_bold, th->heading, now);
        if (exam) {
            snprintf(then, sizeof then, app_str(app, STR_REVIEW_CHANCE_EXAM), (int)(p->section_exam[s] * 100 + 0.5));
            ui_label(ui, x + tw + t->unit * 2 + col1, y, t->ui, th->text, then);
        }
        y += t->ui_line + t->unit / 2;
    }
    return y - y0;
}

static int history_chart(App *app, Ui *ui, int x, int y, int w)
{
    const Mastery *m = &app->progress.mastery;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    char thr[64];
    ChartStyle st = chart_style(app, ui, thr, sizeof thr, STR_AXIS_SCORE, STR_AXIS_DATE);
    /* The newest days when there are more than the chart holds. */
    size_t n = m->nhistory, from = n > CHART_MAX_POINTS ? n - CHART_MAX_POINTS : 0;
    n -= from;
    int64_t days[CHART_MAX_POINTS];
    double score[CHART_MAX_POINTS], mastery[CHART_MAX_POINTS];
    for (size_t i = 0; i < n; i++) {
        days[i] = m->history[from + i].day;
        score[i] = m->history[from + i].mean_score;
        mastery[i] = m->history[from + i].mastery;
    }
    const ChartSeries series[2] = {
        {score, th->accent, false, app_str(app, STR_KEY_DAY_SCORE)},
        {mastery, th->text, true, app_str(app, STR_KEY_DAY_MASTERY)},
    };
    int plot_h = t->unit * 22;
    int h = chart_height(ui, &st, plot_h);
    ChartLayout L;
    DayCtx dc = {app};
    chart_lines(ui, &st, (Rect){x, y, w, h}, days, n, series, 2, day_label, &dc, app_str(app, STR_PROGRESS_NO_HISTORY),
                &L);
    const ChartKey keys[] = {
        {CHART_KEY_LINE, series[0].color, series[0].label},
        {CHART_KEY_DASHED, series[1].color, series[1].label},
        {CHART_KEY_THRESHOLD, st.threshold, thr},
    };
    return chart_and_legend(ui, &st, &L, x, y, w, h, keys, n ? 3 : 0);
}

/* ---- past tests ---- */

/* A cijfer on the 0..10 axis of the test chart (v = cijfer / 10): "4",
 * "5,5"; Dutch, with a decimal comma. */
static void grade_label(double v, char *buf, size_t size)
{
    int tenths = (int)(v * 100 + 0.5);
    if (tenths % 10)
        snprintf(buf, size, "%d,%d", tenths / 10, tenths % 10);
    else
        snprintf(buf, size, "%d", tenths / 10);
}

typedef struct {
    const App *app;
    const ExamRecord *tests; /* the chart's first test */
} TestCtx;

/* Under test I of the chart: the day it was handed in ("3 mrt"). */
static void test_label(int64_t i, char *buf, size_t size, void *ctx)
{
    const TestCtx *tc = ctx;
    DayCtx dc = {tc->app};
    day_label(isotime_day(tc->tests[i].time_ms, tc->app->progress.utc_offset_min), buf, size, &dc);
}

/* The cijfers of the tests in the order they were made, with the pass
 * line at 5,5; the points stand evenly apart, so two tests on one day are
 * two points. */
static int tests_chart(App *app, Ui *ui, int x, int y, int w)
{
    const ExamHistory *h = &app->progress.tests;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    char thr[64];
    ChartStyle st = chart_style(app, ui, thr, sizeof thr, STR_AXIS_GRADE, STR_AXIS_TEST);
    st.threshold_value = 0.55;
    st.threshold_label = app_str(app, STR_KEY_PASS_LINE);
    st.value_label = grade_label;
    size_t n = h->n, from = n > CHART_MAX_POINTS ? n - CHART_MAX_POINTS : 0;
    n -= from;
    int64_t index[CHART_MAX_POINTS];
    double grade[CHART_MAX_POINTS];
    for (size_t i = 0; i < n; i++) {
        index[i] = (int64_t)i;
        grade[i] = h->items[from + i].grade_tenths / 100.0;
    }
    const ChartSeries series = {grade, th->accent, false, app_str(app, STR_KEY_GRADE)};
    int h_px = chart_height(ui, &st, t->unit * 22);
    ChartLayout L;
    TestCtx tc = {app, h->items + from};
    chart_lines(ui, &st, (Rect){x, y, w, h_px}, index, n, &series, 1, test_label, &tc,
                app_str(app, STR_PROGRESS_TESTS_NONE), &L);
    const ChartKey keys[] = {
        {CHART_KEY_LINE, series.color, series.label},
        {CHART_KEY_THRESHOLD, st.threshold, st.threshold_label},
    };
    return chart_and_legend(ui, &st, &L, x, y, w, h_px, keys, 2);
}

/* The tests, newest first: date and time, number of questions, cijfer
 * and passed or not (in words and a sign, not only colour). */
static int tests_list(App *app, Ui *ui, int x, int y, int w)
{
    const ExamHistory *h = &app->progress.tests;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    enum { SHOWN = 20 };
    int y0 = y;
    /* Columns as wide as their widest entry, so the cijfers line up. */
    char date[SHOWN][64], count[SHOWN][48], grade[SHOWN][8];
    int wd = 0, wc = 0, wg = 0;
    size_t rows = h->n < SHOWN ? h->n : SHOWN;
    for (size_t k = 0; k < rows; k++) {
        const ExamRecord *r = &h->items[h->n - 1 - k];
        char local[20];
        isotime_format_local(r->time_ms, app->progress.utc_offset_min, local);
        DayCtx dc = {app};
        char day[32];
        int yy, mm, dd;
        int64_t dn = isotime_day(r->time_ms, app->progress.utc_offset_min);
        isotime_civil(dn, &yy, &mm, &dd);
        day_label(dn, day, sizeof day, &dc);
        snprintf(date[k], sizeof date[k], "%s %d, %.5s", day, yy, local + 11);
        snprintf(count[k], sizeof count[k], app_str(app, STR_PROGRESS_TEST_N), r->questions);
        exam_grade_text(r->grade_tenths, grade[k]);
        int a = ui_text_width(ui, t->ui, date[k], strlen(date[k]));
        int b = ui_text_width(ui, t->ui, count[k], strlen(count[k]));
        int c = ui_text_width(ui, t->ui_bold, grade[k], strlen(grade[k]));
        wd = a > wd ? a : wd;
        wc = b > wc ? b : wc;
        wg = c > wg ? c : wg;
    }
    int gap = t->unit * 3;
    int line = t->ui_line + t->unit;
    for (size_t k = 0; k < rows; k++) {
        const ExamRecord *r = &h->items[h->n - 1 - k];
        bool pass = exam_passed(r->grade_tenths);
        const char *verdict = app_str(app, pass ? STR_RESULT_PASSED : STR_RESULT_FAILED);
        int cx = x;
        if (k % 2 == 0)
            draw_rect(&ui->dl, (Rect){x - t->unit, y, w + 2 * t->unit, line}, th->bar, typography_px(t, 4));
        int ty = y + t->unit / 2;
        /* One row when the columns fit, else cut: the cijfer and the
         * verdict come first in importance, so they stay whole. */
        if (wd + wc + wg + 3 * gap + ui_text_width(ui, t->ui_bold, verdict, strlen(verdict)) <= w) {
            ui_label(ui, cx, ty, t->ui, th->text, date[k]);
            cx += wd + gap;
            ui_label(ui, cx, ty, t->ui, th->muted, count[k]);
            cx += wc + gap;
        } else {
            char both[128];
            snprintf(both, sizeof both, "%s \xC2\xB7 %s", date[k], count[k]);
            int room = w - wg - gap - ui_text_width(ui, t->ui_bold, verdict, strlen(verdict)) - gap;
            ui_label_fit(ui, cx, ty, room > 0 ? room : 1, t->ui, th->text, both);
            cx += (room > 0 ? room : 1) + gap;
        }
        ui_label(ui, cx + wg - ui_text_width(ui, t->ui_bold, grade[k], strlen(grade[k])), ty, t->ui_bold, th->heading,
                 grade[k]);
        cx += wg + gap;
        ui_label_fit(ui, cx, ty, x + w - cx, t->ui_bold, pass ? th->right : th->wrong, verdict);
        y += line;
    }
    return y - y0;
}

static int tests_part(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    int y0 = y;
    if (app->progress.tests.n == 0) {
        y += ui_paragraph(ui, x, y, w, t->body, app->theme->muted, t->line, app_str(app, STR_PROGRESS_TESTS_NONE));
        return y - y0;
    }
    y += tests_chart(app, ui, x, y, w);
    y += t->unit * 3;
    y += tests_list(app, ui, x, y, w);
    return y - y0;
}

static int weakest_goals(App *app, Ui *ui, int x, int y, int w)
{
    const Mastery *m = &app->progress.mastery;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    if (m->nweakest == 0) {
        y += ui_paragraph(ui, x, y, w, t->body, th->goals_edge, t->line, app_str(app, STR_PROGRESS_NO_WEAK));
        return y - y0;
    }
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_PROGRESS_WEAKEST_INTRO));
    y += t->unit * 2;
    int bh = ui_button_height(ui);
    int pad = t->unit * 2;
    for (size_t k = 0; k < m->nweakest; k++) {
        const GoalMastery *g = &m->goals[m->weakest[k]];
        const Section *s = &c->sections[g->section];
        char text[1024];
        snprintf(text, sizeof text, "%s", g->goal->text ? g->goal->text : g->goal->id);
        if (text[0] >= 'a' && text[0] <= 'z')
            text[0] = (char)(text[0] - 'a' + 'A');
        char line[256];
        int pct = (int)(g->m.mastery * 100 + 0.5);
        if (g->m.questions == 1)
            snprintf(line, sizeof line, app_str(app, STR_PROGRESS_GOAL_LINE_ONE), s->number, pct);
        else
            snprintf(line, sizeof line, app_str(app, STR_PROGRESS_GOAL_LINE), s->number, pct, g->m.questions);
        char label[96];
        if (g->m.questions == 1)
            snprintf(label, sizeof label, "%s", app_str(app, STR_PROGRESS_PRACTISE_ONE));
        else
            snprintf(label, sizeof label, app_str(app, STR_PROGRESS_PRACTISE_GOAL), g->m.questions);
        int iw = w - 2 * pad;
        int bw = ui_button_width(ui, label);
        if (bw > iw)
            bw = iw;
        int h = pad + ui_paragraph_height(ui, iw, t->bold, t->line, text) + t->ui_line + t->unit + bh + pad;
        draw_border(&ui->dl, (Rect){x, y, w, h}, th->rule, typography_px(t, 1), typography_px(t, 6));
        int cy = y + pad;
        cy += ui_paragraph(ui, x + pad, cy, iw, t->bold, th->text, t->line, text);
        ui_label_fit(ui, x + pad, cy, iw, t->ui, th->muted, line);
        cy += t->ui_line + t->unit;
        if (ui_button(ui, ui_id("goal-practise", m->weakest[k]), (Rect){x + pad, cy, bw, bh}, label,
                      UI_BUTTON_PRIMARY)) {
            size_t idx[256];
            size_t nq = mastery_goal_questions(m, m->weakest[k], idx, sizeof idx / sizeof *idx);
            if (nq > sizeof idx / sizeof *idx)
                nq = sizeof idx / sizeof *idx;
            char title[1100];
            snprintf(title, sizeof title, "%s \xC2\xB7 %s", s->number, text);
            practice_open_questions(app, idx, nq, title);
            ui->redraw = true;
        }
        y += h + t->unit * 2;
    }
    return y - y0;
}

/* TOP: where the scroll area's content starts, to scroll the outcome into view. */
static int export_part(App *app, Ui *ui, int x, int y, int w, int top)
{
    ProgressScreenState *st = &app->progress_screen;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_PROGRESS_EXPORT_INTRO));
    y += t->unit * 2;
    /* The one folder of every export, the class quiz's too. */
    char dir[4200] = "";
    if (app->progress.data_dir[0] && export_dir(dir, sizeof dir, app->progress.data_dir)) {
        y += ui_paragraph(ui, x, y, w, t->ui, th->muted, t->ui_line, app_str(app, STR_PROGRESS_EXPORT_FOLDER));
        y += ui_paragraph(ui, x, y, w, t->ui, th->text, t->ui_line, dir) + t->unit * 2;
    }
    const char *label = app_str(app, STR_PROGRESS_EXPORT_BUTTON);
    const char *open = app_str(app, STR_PROGRESS_OPEN_FOLDER);
    int bw = ui_button_width(ui, label), ow = ui_button_width(ui, open);
    int bh = ui_button_height(ui);
    if (ui_button(ui, ui_id("progress-export", 0), (Rect){x, y, bw < w ? bw : w, bh}, label, UI_BUTTON_PLAIN)) {
        char err[512];
        st->export_error[0] = '\0';
        if (!progress_export_csv(app, st->export_path, sizeof st->export_path, &st->export_rows, err, sizeof err))
            snprintf(st->export_error, sizeof st->export_error, app_str(app, STR_PROGRESS_EXPORT_FAILED), err);
        st->export_reveal = true;
        ui->redraw = true;
    }
    if (dir[0] && app->open_folder) {
        /* Beside the export button, or under it when the column is narrow. */
        int ox = x + bw + t->unit * 2, oy = y;
        if (ox + ow > x + w) {
            ox = x;
            oy = y += bh + t->unit;
        }
        if (ui_button(ui, ui_id("progress-open-folder", 0), (Rect){ox, oy, ow < w ? ow : w, bh}, open,
                      UI_BUTTON_PLAIN)) {
            char err[512] = "";
            AwError e;
            st->export_error[0] = '\0';
            if (!fsutil_mkdirs(dir, &e))
                i18n_error(&e, app->lang, err, sizeof err);
            if (err[0] || !app->open_folder(app->host, dir))
                snprintf(st->export_error, sizeof st->export_error, app_str(app, STR_PROGRESS_OPEN_FAILED),
                         err[0] ? err : dir);
            st->export_reveal = true;
            ui->redraw = true;
        }
    }
    y += bh + t->unit * 2;
    int ry = y;
    if (st->export_error[0]) {
        char msg[600];
        snprintf(msg, sizeof msg, "\xE2\x9C\x97 %s", st->export_error);
        y += ui_paragraph(ui, x, y, w, t->ui_bold, th->error, t->ui_line, msg);
    } else if (st->export_path[0]) {
        char done[160];
        if (st->export_rows == 1)
            snprintf(done, sizeof done, "%s", app_str(app, STR_PROGRESS_EXPORTED_ONE));
        else
            snprintf(done, sizeof done, app_str(app, STR_PROGRESS_EXPORTED), st->export_rows);
        ui_label_fit(ui, x, y, w, t->ui_bold, th->goals_edge, done);
        y += t->ui_line;
        y += ui_paragraph(ui, x, y, w, t->ui, th->text, t->ui_line, st->export_path);
    }
    if (st->export_reveal && y > ry) {
        ui_scroll_show(&st->scroll, ry - top, y - ry, t->unit * 4);
        st->export_reveal = false;
        ui->redraw = true;
    }
    return y - y0;
}

void screen_progress_frame(App *app, Ui *ui, Rect body)
{
    ProgressScreenState *st = &app->progress_screen;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const AppProgress *p = &app->progress;
    const Mastery *m = p->mastery_valid ? &p->mastery : NULL;
    int x, w;
    wide_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &st->scroll, ui_id("progress", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 5;
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, app_str(app, STR_PROGRESS_TITLE));
    y += t->unit * 2;
    y += progress_profile_line(app, ui, x, y, w, true);
    y += t->unit * 2;
    if (!m || !app->course) {
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_PROGRESS_NO_PROFILE));
        ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
        return;
    }
    char rule[400];
    snprintf(rule, sizeof rule, app_str(app, STR_PROGRESS_RULE), (int)(MASTERY_THRESHOLD * 100 + 0.5));
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, rule);
    y += t->unit;
    char sum[300];
    snprintf(sum, sizeof sum, app_str(app, STR_PROGRESS_SUMMARY), (int)(m->overall.mastery * 100 + 0.5),
             m->overall.mastered, m->overall.questions, m->attempts);
    y += ui_paragraph(ui, x, y, w, t->ui_bold, th->heading, t->ui_line, sum);
    y += t->unit * 5;

    y += heading(app, ui, x, y, w, STR_PROGRESS_BY_SECTION);
    y += section_chart(app, ui, x, y, w);
    y += t->unit * 5;
    y += heading(app, ui, x, y, w, STR_PROGRESS_OVER_TIME);
    y += history_chart(app, ui, x, y, w);
    y += t->unit * 5;
    y += heading(app, ui, x, y, w, STR_PROGRESS_TESTS);
    y += tests_part(app, ui, x, y, w);
    y += t->unit * 5;
    y += heading(app, ui, x, y, w, STR_PROGRESS_WEAKEST);
    y += weakest_goals(app, ui, x, y, w);
    y += t->unit * 4;
    y += heading(app, ui, x, y, w, STR_PROGRESS_EXPORT);
    y += export_part(app, ui, x, y, w, top);
    /* Last, so that the parts above keep their places. */
    y += t->unit * 5;
    y += chance_part(app, ui, x, y, w);
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 6);
}
