/* screen_klas.c - the Klasoverzicht: the teacher types the folder where the
 * class's exports are (remembered in the settings), reads it, and sees the
 * spread of mastery per section and learning goal as stacked bars, the
 * questions missed most, who has not practised, and the test cijfers.
 *
 * Names. They appear on this screen only, and only while "Namen tonen" is
 * on; it starts off when the window is on a projector (a class quiz is
 * running, or the window is full screen). With names off nothing on the
 * screen belongs to one student: the lists become counts and the cijfers a
 * histogram, so no student's result can stand beside another's name. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "exam.h"
#include "export.h"
#include "fsutil.h"
#include "isotime.h"
#include "os.h"
#include "screen_klas.h"
#include "widgets.h"

static int offset_at(int64_t ms, void *ctx)
{
    (void)ctx;
    return os_utc_offset_min(ms);
}

static void drop_overview(KlasState *st)
{
    if (st->loaded)
        klas_overview_free(&st->overview);
    diag_free(&st->diag);
    diag_init(&st->diag);
    st->loaded = false;
}

/* Whether the screen may be on a projector: fullscreen, or a class quiz
 * running. */
static bool on_projector(const App *app)
{
    return app->classq.running || app->fullscreen;
}

void screen_klas_enter(App *app)
{
    KlasState *st = &app->klas;
    if (!st->loaded && !st->folder[0])
        snprintf(st->folder, sizeof st->folder, "%s", app->settings.klas_folder);
    /* On a projector the names start hidden. */
    st->projected = on_projector(app);
    st->show_names = !st->projected;
    st->scroll.y = 0;
    st->focus_field = true;
}

void screen_klas_free(App *app)
{
    drop_overview(&app->klas);
    diag_free(&app->klas.diag);
}

bool klas_screen_read(App *app)
{
    KlasState *st = &app->klas;
    drop_overview(st);
    st->error[0] = st->csv_path[0] = st->csv_error[0] = '\0';
    if (!app->course)
        return false;
    Klas *k = klas_new(app->course, offset_at, NULL);
    AwError e;
    bool ok = k && klas_add_folder(k, st->folder, &st->diag) && klas_compute(k, &st->overview, &e);
    klas_free(k);
    if (!ok) {
        if (st->diag.count)
            i18n_diag(&st->diag.messages[st->diag.count - 1], app->lang, st->error, sizeof st->error);
        else
            snprintf(st->error, sizeof st->error, "%s", app_str(app, STR_KLAS_NO_MEMORY));
        return false;
    }
    st->loaded = true;
    snprintf(app->settings.klas_folder, sizeof app->settings.klas_folder, "%s", st->folder);
    app_save_settings(app);
    return true;
}

/* ---- drawing ---------------------------------------------------------------- */

static Color mix(Color a, Color b, int pct_a)
{
    return (Color){(uint8_t)((a.r * pct_a + b.r * (100 - pct_a)) / 100),
                   (uint8_t)((a.g * pct_a + b.g * (100 - pct_a)) / 100),
                   (uint8_t)((a.b * pct_a + b.b * (100 - pct_a)) / 100), 255};
}

/* The colour of each band: grey for not practised, then from the theme's
 * "wrong" to its "right". */
static Color band_colour(const Theme *th, int b)
{
    switch (b) {
    case KLAS_BAND_NONE:
        return mix(th->rule, th->bg, 70);
    case KLAS_BAND_LOW:
        return th->wrong;
    case KLAS_BAND_MID:
        return mix(th->wrong, th->right, 50);
    case KLAS_BAND_HIGH:
        return mix(th->right, th->bg, 60);
    default:
        return th->right;
    }
}

static int luma(Color c)
{
    return (c.r * 299 + c.g * 587 + c.b * 114) / 1000;
}

/* One stacked bar: the students per band, each segment with its count
 * when the count fits in it. */
static void stacked_bar(App *app, Ui *ui, Rect r, const KlasSpread *sp)
{
    const Typography *t = &app->typography;
    size_t total = 0;
    for (int b = 0; b < KLAS_BAND_COUNT; b++)
        total += sp->students[b];
    draw_border(&ui->dl, r, app->theme->border, 1, 0);
    if (!total)
        return;
    int x = r.x, drawn = 0;
    size_t before = 0;
    for (int b = 0; b < KLAS_BAND_COUNT; b++) {
        if (!sp->students[b])
            continue;
        before += sp->students[b];
        int end = (int)((long long)r.w * (long long)before / (long long)total);
        Rect seg = {x, r.y, end - drawn, r.h};
        Color c = band_colour(app->theme, b);
        draw_rect(&ui->dl, seg, c, 0);
        char n[24];
        snprintf(n, sizeof n, "%zu", sp->students[b]);
        int tw = ui_text_width(ui, t->small_bold, n, strlen(n));
        if (tw + 4 <= seg.w)
            ui_label(ui, seg.x + (seg.w - tw) / 2, seg.y + (seg.h - ui_text_height(ui, t->small_bold)) / 2,
                     t->small_bold, luma(c) > 140 ? (Color){20, 20, 20, 255} : (Color){255, 255, 255, 255}, n);
        x = r.x + end;
        drawn = end;
    }
}

/* The legend of the bands; returns its height. */
static int legend(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    static const StrId names[KLAS_BAND_COUNT] = {STR_KLAS_BAND_NONE, STR_KLAS_BAND_LOW, STR_KLAS_BAND_MID,
                                                 STR_KLAS_BAND_HIGH, STR_KLAS_BAND_MASTERED};
    int sw = t->unit * 2, lh = t->small_line;
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, lh, t->unit * 2, t->unit / 2);
    for (int b = 0; b < KLAS_BAND_COUNT; b++) {
        const char *label = app_str(app, names[b]);
        Rect r = ui_flow_next(&flow, sw + t->unit + ui_text_width(ui, t->small, label, strlen(label)));
        draw_rect(&ui->dl, (Rect){r.x, r.y + (lh - sw) / 2, sw, sw}, band_colour(app->theme, b), 0);
        ui_label(ui, r.x + sw + t->unit, r.y + (lh - ui_text_height(ui, t->small)) / 2, t->small, app->theme->muted,
                 label);
    }
    return ui_flow_bottom(&flow) - y;
}

/* A row: LABEL on the left (cut to fit), the bar on the right, the mean after it. */
static int spread_row(App *app, Ui *ui, int x, int y, int w, const char *label, const KlasSpread *sp, bool goal)
{
    const Typography *t = &app->typography;
    Font f = goal ? t->small : t->ui;
    int indent = goal ? t->unit * 2 : 0;
    int lw = w * 2 / 5 - indent, bar_h = goal ? t->small_line : t->ui_line;
    char mean[32];
    snprintf(mean, sizeof mean, app_str(app, STR_KLAS_MEAN), (int)(sp->mean * 100 + 0.5));
    char widest[32];
    snprintf(widest, sizeof widest, app_str(app, STR_KLAS_MEAN), 100);
    int mw = ui_text_width(ui, t->small, widest, strlen(widest)) + t->unit;
    ui_label_fit(ui, x + indent, y + (bar_h - ui_text_height(ui, f)) / 2, lw - t->unit, f, app->theme->text, label);
    int bx = x + indent + lw, bw = w - indent - lw - mw;
    if (bw < t->unit * 6)
        bw = t->unit * 6;
    stacked_bar(app, ui, (Rect){bx, y, bw, bar_h}, sp);
    ui_label(ui, bx + bw + t->unit, y + (bar_h - ui_text_height(ui, t->small)) / 2, t->small, app->theme->muted, mean);
    return bar_h + t->unit / 2;
}

static int mastery_block(App *app, Ui *ui, int x, int y, int w)
{
    const KlasOverview *o = &app->klas.overview;
    const Course *c = o->course;
    int y0 = y;
    y += app_subheading(app, ui, x, y, w, STR_KLAS_MASTERY);
    y += legend(app, ui, x, y, w) + app->typography.unit;
    for (size_t s = 0; s < c->nsections; s++) {
        char label[512];
        snprintf(label, sizeof label, "%s %s", c->sections[s].number, c->sections[s].title);
        y += spread_row(app, ui, x, y, w, label, &o->sections[s].spread, false);
        for (size_t g = 0; g < o->ngoals; g++)
            if (o->goals[g].section == s)
                y += spread_row(app, ui, x, y, w, o->goals[g].goal->text, &o->goals[g].spread, true);
        y += app->typography.unit / 2;
    }
    return y - y0 + app->typography.unit * 3;
}

static int missed_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const KlasOverview *o = &app->klas.overview;
    const Course *c = o->course;
    int y0 = y;
    y += app_subheading(app, ui, x, y, w, STR_KLAS_MISSED);
    if (!o->nmissed)
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_KLAS_NONE_MISSED));
    for (size_t i = 0; i < o->nmissed; i++) {
        const KlasMissed *m = &o->missed[i];
        const Question *q = &c->questions[m->question];
        char head[64], line[512];
        snprintf(head, sizeof head, "%zu.", i + 1);
        ui_label(ui, x, y + (t->line - ui_text_height(ui, t->bold)) / 2, t->bold, th->heading, head);
        int hx = t->unit * 5;
        y += ui_paragraph(ui, x + hx, y, w - hx, t->body, th->text, t->line, q->prompt);
        int n = snprintf(line, sizeof line, "%s %s \xC2\xB7 ", c->sections[q->section_index].number, q->id);
        snprintf(line + n, sizeof line - (size_t)n, app_str(app, STR_KLAS_MISSED_LINE), m->missed, m->attempts,
                 (int)(100.0 * (double)m->missed / (double)m->attempts + 0.5));
        y += ui_paragraph(ui, x + hx, y, w - hx, t->small, th->muted, t->small_line, line);
        if (m->distractor != KLAS_NONE) {
            snprintf(line, sizeof line, app_str(app, STR_KLAS_DISTRACTOR), q->options[m->distractor].text,
                     m->distractor_count);
            y += ui_paragraph(ui, x + hx, y, w - hx, t->small, th->wrong, t->small_line, line);
        }
        y += t->unit;
    }
    return y - y0 + t->unit * 2;
}

static int unpractised_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const KlasState *st = &app->klas;
    const KlasOverview *o = &st->overview;
    const Course *c = o->course;
    int y0 = y;
    bool any = false;
    y += app_subheading(app, ui, x, y, w, STR_KLAS_UNPRACTISED);
    for (size_t s = 0; s < c->nsections; s++) {
        const KlasSection *ks = &o->sections[s];
        if (!ks->nunpractised)
            continue;
        any = true;
        char text[2048];
        int n = snprintf(text, sizeof text, "**%s %s**: ", c->sections[s].number, c->sections[s].title);
        n += snprintf(text + n, sizeof text - (size_t)n,
                      app_str(app, ks->nunpractised == 1 ? STR_KLAS_UNPRACTISED_ONE : STR_KLAS_UNPRACTISED_COUNT),
                      ks->nunpractised);
        for (size_t i = 0; st->show_names && i < ks->nunpractised && n > 0 && (size_t)n < sizeof text - 1; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, "%s%s", i ? ", " : " (",
                          klas_student_name(o, ks->unpractised[i]));
        if (st->show_names && n > 0 && (size_t)n < sizeof text - 1)
            snprintf(text + n, sizeof text - (size_t)n, ")");
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, text) + t->unit / 2;
    }
    if (!any)
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_KLAS_ALL_PRACTISED));
    return y - y0 + t->unit * 3;
}

/* The latest cijfer of each student as ten bars (1 to 10). */
static int grade_chart(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const KlasOverview *o = &app->klas.overview;
    size_t most = 1;
    for (int g = 0; g < 10; g++)
        if (o->grade_hist[g] > most)
            most = o->grade_hist[g];
    int h = t->unit * 12, cw = w / 10, label_h = t->small_line;
    if (cw > t->unit * 8)
        cw = t->unit * 8;
    draw_line(&ui->dl, x, y + h, x + cw * 10, y + h, th->text, 1);
    for (int g = 0; g < 10; g++) {
        int bh = (int)((long long)(h - label_h) * (long long)o->grade_hist[g] / (long long)most);
        Rect bar = {x + g * cw + cw / 6, y + h - bh, cw - cw / 3, bh};
        draw_rect(&ui->dl, bar, g >= 5 ? th->right : th->wrong, 0);
        char n[24];
        if (o->grade_hist[g]) {
            snprintf(n, sizeof n, "%zu", o->grade_hist[g]);
            ui_label(ui, bar.x + (bar.w - ui_text_width(ui, t->small_bold, n, strlen(n))) / 2, bar.y - label_h,
                     t->small_bold, th->text, n);
        }
        snprintf(n, sizeof n, "%d", g + 1);
        ui_label(ui, x + g * cw + (cw - ui_text_width(ui, t->small, n, strlen(n))) / 2, y + h + 2, t->small, th->muted,
                 n);
    }
    return h + label_h + t->unit;
}

static int grades_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const KlasState *st = &app->klas;
    const KlasOverview *o = &st->overview;
    int y0 = y;
    y += app_subheading(app, ui, x, y, w, STR_KLAS_GRADES);
    if (!o->tested) {
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_KLAS_NO_GRADES));
        return y - y0 + t->unit * 3;
    }
    char mean[8], line[512];
    exam_grade_text((int)(o->mean_grade * 10 + 0.5), mean);
    snprintf(line, sizeof line, app_str(app, STR_KLAS_GRADES_SUMMARY), o->tested, o->passed, mean);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, line) + t->unit;
    y += grade_chart(app, ui, x, y, w);
    for (size_t i = 0; st->show_names && i < o->nexams; i++) {
        const KlasExam *e = &o->exams[i];
        char grade[8], when[20];
        exam_grade_text(e->grade_tenths, grade);
        isotime_format_local(e->time_ms, os_utc_offset_min(e->time_ms), when);
        when[16] = '\0';
        /* A name of any length (an export's cell) is cut at a character. */
        const char *name = klas_student_name(o, e->student);
        int n = snprintf(line, sizeof line, "**%.*s**: ", (int)klas_name_fit(name, KLAS_NAME_MAX), name);
        if (n > 0 && (size_t)n < sizeof line)
            n += snprintf(line + n, sizeof line - (size_t)n, app_str(app, STR_KLAS_GRADE_LINE), grade, when);
        if (n > 0 && (size_t)n < sizeof line)
            snprintf(line + n, sizeof line - (size_t)n, ", %s",
                     app_str(app, exam_passed(e->grade_tenths) ? STR_KLAS_PASS : STR_KLAS_FAIL));
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, line);
    }
    return y - y0 + t->unit * 3;
}

/* Saves the overview as CSV in DATA/exports (names as shown now). */
static void save_csv(App *app)
{
    KlasState *st = &app->klas;
    const char *data = app->progress.data_dir;
    st->csv_path[0] = st->csv_error[0] = '\0';
    int64_t now = app_wall_ms(app);
    int y, mo, d;
    isotime_civil(isotime_day(now, offset_at(now, NULL)), &y, &mo, &d);
    JsonBuf b = {0};
    klas_csv(&st->overview, st->show_names, &b);
    AwError e;
    char path[4200];
    if (b.failed)
        snprintf(st->csv_error, sizeof st->csv_error, "%s", app_str(app, STR_KLAS_NO_MEMORY));
    else if (!export_path(path, sizeof path, data, 1, "csv", "klasoverzicht-%04d-%02d-%02d", y, mo, d))
        snprintf(st->csv_error, sizeof st->csv_error, "%s", strerror(errno));
    else if (!fsutil_write_atomic(path, b.data, b.len, &e))
        i18n_error(&e, app->lang, st->csv_error, sizeof st->csv_error);
    else
        snprintf(st->csv_path, sizeof st->csv_path, "%s", path);
    jsonbuf_free(&b);
}

static int header_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    KlasState *st = &app->klas;
    int y0 = y, bh = ui_button_height(ui);
    y += t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->ui_bold, th->text, t->ui_line, app_str(app, STR_KLAS_FOLDER_LABEL));
    y += t->unit / 2;
    if (st->focus_field) {
        ui_set_focus(ui, ui_id("klas-folder", 0), false);
        st->focus_field = false;
    }
    const char *read = app_str(app, STR_KLAS_READ);
    int rw = ui_button_width(ui, read), fw = w - rw - t->unit;
    bool go = ui_key(ui, UI_KEY_ENTER, 0) && st->folder[0];
    ui_textfield(ui, ui_id("klas-folder", 0), (Rect){x, y, fw, bh}, st->folder, sizeof st->folder, "");
    if (ui_button(ui, ui_id("klas-read", 0), (Rect){x + fw + t->unit, y, rw, bh}, read, UI_BUTTON_PRIMARY) || go)
        klas_screen_read(app);
    y += bh + t->unit * 2;
    if (st->error[0])
        y += ui_paragraph(ui, x, y, w, t->body, th->error, t->line, st->error) + t->unit;
    if (!st->loaded) {
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_KLAS_EMPTY));
        return y - y0;
    }
    const KlasOverview *o = &st->overview;
    char line[512];
    snprintf(line, sizeof line, app_str(app, STR_KLAS_COUNTS), o->nstudents, o->attempts, o->files_read);
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, line);
    if (o->duplicates) {
        snprintf(line, sizeof line, app_str(app, STR_KLAS_DUPLICATES), o->duplicates);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, line);
    }
    if (o->unknown) {
        snprintf(line, sizeof line, app_str(app, STR_KLAS_UNKNOWN), o->unknown);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, line);
    }
    if (st->diag.count) {
        snprintf(line, sizeof line, app_str(app, STR_KLAS_PROBLEMS), st->diag.errors + st->diag.warnings);
        y += t->unit / 2 + ui_paragraph(ui, x, y, w, t->small_bold, th->text, t->small_line, line);
        /* The messages name files, and an export's file carries the
         * student's name: listed only with the names shown. */
        for (size_t i = 0; st->show_names && i < st->diag.count && i < 5; i++) {
            char text[1024];
            i18n_diag(&st->diag.messages[i], app->lang, text, sizeof text);
            y += ui_paragraph(ui, x + t->unit * 2, y, w - t->unit * 2, t->small, th->muted, t->small_line, text);
        }
    }
    y += t->unit * 2;
    const char *names = app_str(app, STR_KLAS_SHOW_NAMES);
    int nw = ui_button_width(ui, names) + t->unit * 4;
    if (ui_option(ui, ui_id("klas-names", 0), (Rect){x, y, nw < w ? nw : w, bh}, names, st->show_names, false))
        st->show_names = !st->show_names;
    const char *save = app_str(app, STR_KLAS_WRITE_CSV);
    int sw = ui_button_width(ui, save);
    if (app->progress.data_dir[0] && nw + t->unit * 2 + sw <= w &&
        ui_button(ui, ui_id("klas-csv", 0), (Rect){x + w - sw, y, sw, bh}, save, UI_BUTTON_PLAIN))
        save_csv(app);
    y += bh + t->unit;
    if (!st->show_names)
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_KLAS_NAMES_HIDDEN));
    if (st->csv_path[0]) {
        snprintf(line, sizeof line, app_str(app, STR_KLAS_CSV_SAVED), st->csv_path);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, line);
    } else if (st->csv_error[0])
        y += ui_paragraph(ui, x, y, w, t->small, th->error, t->small_line, st->csv_error);
    return y - y0 + t->unit * 3;
}

void screen_klas_frame(App *app, Ui *ui, Rect body)
{
    KlasState *st = &app->klas;
    const Typography *t = &app->typography;
    int x, w, top;
    /* Going to the projector (fullscreen, a class quiz) hides the names
     * again; the teacher may show them once more on purpose. */
    bool projected = on_projector(app);
    if (projected && !st->projected)
        st->show_names = false;
    st->projected = projected;
    /* The bars want more room than a reading column: up to 1.6 of it. */
    app_column(app, ui, body, &x, &w);
    int wide = body.w - t->unit * 8, cap = t->measure * 8 / 5;
    if (wide > cap)
        wide = cap;
    if (wide > w) {
        x -= (wide - w) / 2;
        w = wide;
    }
    top = ui_scroll_begin(ui, &st->scroll, ui_id("klas", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 5;
    y += ui_paragraph(ui, x, y, w, t->h1, app->theme->heading, t->h1_line, app_str(app, STR_KLAS_TITLE));
    y += header_block(app, ui, x, y, w);
    if (st->loaded && st->overview.course == app->course) {
        y += mastery_block(app, ui, x, y, w);
        y += missed_block(app, ui, x, y, w);
        y += unpractised_block(app, ui, x, y, w);
        y += grades_block(app, ui, x, y, w);
    }
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 6);
}
