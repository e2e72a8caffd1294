/* start_review.c - see start_review.h. Everything shown comes from
 * app_review_plan (core/review_plan.c); nothing is derived here. */
#include "start_review.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "isotime.h"
#include "screen_quiz.h"
#include "widgets.h"

void start_review_cijfer(const App *app, int tenths, char *buf, size_t size)
{
    if (tenths < 0)
        tenths = 0;
    snprintf(buf, size, "%d%c%d", tenths / 10, app->lang == LANG_EN ? '.' : ',', tenths % 10);
}

/* 1 or 2 digits; advances *P. */
static bool digits(const char **p, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (isdigit((unsigned char)**p) && n < max) {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    *out = v;
    return n >= min;
}

bool start_review_parse_date(const App *app, const char *text, int64_t today, int64_t *day, char *msg, size_t size)
{
    char clean[32];
    size_t n = 0;
    for (const char *s = text; *s && n + 1 < sizeof clean; s++)
        if (!isspace((unsigned char)*s))
            clean[n++] = *s;
    clean[n] = '\0';
    const char *p = clean;
    int d, m, y;
    bool ok = digits(&p, 1, 2, &d) && *p++ == '-' && digits(&p, 1, 2, &m) && *p++ == '-' && digits(&p, 4, 4, &y) &&
              *p == '\0';
    if (!ok) {
        snprintf(msg, size, "%s", app_str(app, STR_REVIEW_EXAM_FORMAT));
        return false;
    }
    if (!settings_civil_day(y, m, d, day)) {
        snprintf(msg, size, app_str(app, STR_REVIEW_EXAM_NO_DATE), clean);
        return false;
    }
    if (*day < today) {
        snprintf(msg, size, app_str(app, STR_REVIEW_EXAM_PAST), clean);
        return false;
    }
    return true;
}

/* The fields show the settings until the student edits them. */
static void fill_form(App *app)
{
    AppReview *r = &app->review;
    const Settings *s = &app->settings;
    if (r->form_filled)
        return;
    r->form_filled = true;
    r->exam_text[0] = '\0';
    if (s->has_exam) {
        int y, m, d;
        isotime_civil(s->exam_day, &y, &m, &d);
        snprintf(r->exam_text, sizeof r->exam_text, "%02d-%02d-%04d", d, m, y);
    }
    snprintf(r->new_text, sizeof r->new_text, "%d", s->new_per_day);
}

static void say(App *app, bool error, const char *msg)
{
    snprintf(app->review.message, sizeof app->review.message, "%s", msg);
    app->review.message_error = error;
}

/* Checks both fields; saves them together or neither. */
static void save_form(App *app)
{
    AppReview *r = &app->review;
    Settings *s = &app->settings;
    char msg[300];
    int64_t day = 0;
    bool has = false;
    const char *e = r->exam_text;
    while (isspace((unsigned char)*e))
        e++;
    if (*e) {
        if (!start_review_parse_date(app, e, app_review_today(app), &day, msg, sizeof msg)) {
            say(app, true, msg);
            return;
        }
        has = true;
    }
    char *end;
    long n = strtol(r->new_text, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    if (end == r->new_text || *end || n < 0 || n > SETTINGS_NEW_PER_DAY_MAX) {
        snprintf(msg, sizeof msg, app_str(app, STR_REVIEW_NEW_BAD), SETTINGS_NEW_PER_DAY_MAX);
        say(app, true, msg);
        return;
    }
    s->has_exam = has;
    s->exam_day = has ? day : 0;
    s->new_per_day = (int)n;
    app->error[0] = '\0';
    app_save_place(app);
    r->form_filled = false; /* show them as saved */
    say(app, app->error[0] != '\0', app->error[0] ? app->error : app_str(app, STR_REVIEW_SAVED));
}

static void clear_exam(App *app)
{
    app->settings.has_exam = false;
    app->settings.exam_day = 0;
    app->error[0] = '\0';
    app_save_place(app);
    app->review.form_filled = false;
    say(app, app->error[0] != '\0', app->error[0] ? app->error : app_str(app, STR_REVIEW_SAVED));
}

/* The forecast: one bar a day (reviews and new questions), its count above
 * it and its day of the month (or "vandaag") below. Returns the height. */
static int chart(App *app, Ui *ui, const ReviewPlan *p, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    char buf[96];
    snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_FORECAST), START_REVIEW_BARS);
    ui_label_fit(ui, x, y, w, t->small, th->muted, buf);
    y += t->small_line + t->unit;
    size_t most = 1;
    for (int i = 0; i < START_REVIEW_BARS; i++) {
        size_t v = p->forecast[i].reviews + p->forecast[i].fresh;
        if (v > most)
            most = v;
    }
    int gap = t->unit * 2, bw = typography_px(t, 44);
    const char *today_label = app_str(app, STR_REVIEW_TODAY_SHORT);
    int lw = ui_text_width(ui, t->small, today_label, strlen(today_label)) + t->unit;
    if (bw < lw)
        bw = lw;
    if (START_REVIEW_BARS * (bw + gap) > w)
        bw = w / START_REVIEW_BARS - gap;
    if (bw < 4)
        bw = 4;
    int hmax = typography_px(t, 56), base = y + t->ui_line + hmax;
    for (int i = 0; i < START_REVIEW_BARS; i++) {
        const ReviewDay *d = &p->forecast[i];
        size_t v = d->reviews + d->fresh;
        int bx = x + i * (bw + gap);
        int hr = (int)((long long)hmax * (long long)d->reviews / (long long)most);
        int hf = (int)((long long)hmax * (long long)v / (long long)most) - hr;
        if (v && hr + hf < 2)
            hr = 2;
        draw_rect(&ui->dl, (Rect){bx, base - 1, bw, 1}, th->rule, 0);
        if (hr)
            draw_rect(&ui->dl, (Rect){bx, base - hr, bw, hr}, th->accent, 0);
        if (hf)
            draw_rect(&ui->dl, (Rect){bx, base - hr - hf, bw, hf}, th->accent_soft, 0);
        snprintf(buf, sizeof buf, "%zu", v);
        int tw = ui_text_width(ui, t->small, buf, strlen(buf));
        ui_label(ui, bx + (bw - tw) / 2, base - hr - hf - t->small_line, t->small, th->text, buf);
        if (i == 0) {
            snprintf(buf, sizeof buf, "%s", app_str(app, STR_REVIEW_TODAY_SHORT));
        } else {
            int yy, mm, dd;
            isotime_civil(d->day, &yy, &mm, &dd);
            snprintf(buf, sizeof buf, "%d-%d", dd, mm);
        }
        tw = ui_text_width(ui, t->small, buf, strlen(buf));
        ui_label(ui, bx + (bw - tw) / 2, base + t->unit / 2, t->small, th->muted, buf);
    }
    y = base + t->unit / 2 + t->small_line;
    return y - y0;
}

/* The days since the newest review of any question; -1 when none. */
static int64_t days_away(App *app, int64_t today)
{
    const ReviewStates *st = app_review_states(app);
    const Course *c = st ? review_states_course(st) : NULL;
    int64_t last = REVIEW_NO_DAY;
    for (size_t q = 0; c && q < c->nquestions; q++) {
        const ReviewItem *it = review_states_item(st, q);
        if (it->reviews && it->last_day > last)
            last = it->last_day;
    }
    return last == REVIEW_NO_DAY ? -1 : today - last;
}

/* The headline: what today holds, toward the exam when there is one. */
static void headline(App *app, const ReviewPlan *p, char *buf, size_t size)
{
    if (p->days_to_exam > 1)
        snprintf(buf, size, app_str(app, STR_REVIEW_EXAM_DAYS), (long long)p->days_to_exam, p->nqueue);
    else if (p->days_to_exam == 1)
        snprintf(buf, size, app_str(app, STR_REVIEW_EXAM_TOMORROW), p->nqueue);
    else if (p->days_to_exam == 0)
        snprintf(buf, size, app_str(app, STR_REVIEW_EXAM_TODAY), p->nqueue);
    else if (p->nqueue == 0)
        snprintf(buf, size, "%s", app_str(app, STR_REVIEW_NOTHING));
    else if (p->unseen == p->planned)
        snprintf(buf, size, app_str(app, STR_REVIEW_FIRST_DAY), p->nqueue);
    else if (p->nqueue == 1)
        snprintf(buf, size, "%s", app_str(app, STR_REVIEW_TODAY_ONE));
    else
        snprintf(buf, size, app_str(app, STR_REVIEW_TODAY), p->nqueue);
}

static int form(App *app, Ui *ui, int x, int y, int w)
{
    AppReview *r = &app->review;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    fill_form(app);
    int fh = ui_button_height(ui) + t->unit;
    const char *l1 = app_str(app, STR_REVIEW_EXAM_LABEL), *l2 = app_str(app, STR_REVIEW_NEW_LABEL);
    int w1 = typography_px(t, 150), w2 = typography_px(t, 70);
    int lw1 = ui_text_width(ui, t->small_bold, l1, strlen(l1)), lw2 = ui_text_width(ui, t->small_bold, l2, strlen(l2));
    if (lw1 > w1)
        w1 = lw1;
    if (lw2 > w2)
        w2 = lw2;
    bool row = w1 + w2 + t->unit * 3 <= w;
    int x2 = row ? x + w1 + t->unit * 3 : x;
    UiId id1 = ui_id("review-exam-date", 0), id2 = ui_id("review-new-per-day", 0);
    /* Enter in either field saves; taken before the fields. */
    bool submit = (ui->focus == id1 || ui->focus == id2) && ui_key(ui, UI_KEY_ENTER, 0);
    ui_label(ui, x, y, t->small_bold, th->heading, l1);
    if (row)
        ui_label(ui, x2, y, t->small_bold, th->heading, l2);
    y += t->small_line + t->unit / 2;
    if (ui_textfield(ui, id1, (Rect){x, y, w1 < w ? w1 : w, fh}, r->exam_text, sizeof r->exam_text, "dd-mm-jjjj"))
        r->message[0] = '\0';
    if (!row) {
        y += fh + t->unit;
        ui_label(ui, x2, y, t->small_bold, th->heading, l2);
        y += t->small_line + t->unit / 2;
    }
    if (ui_textfield(ui, id2, (Rect){x2, y, w2, fh}, r->new_text, sizeof r->new_text, "10"))
        r->message[0] = '\0';
    y += fh + t->unit;
    UiFlow f;
    int bh = ui_button_height(ui);
    ui_flow_begin(&f, x, y, w, bh, t->unit, t->unit);
    const char *ls = app_str(app, STR_REVIEW_SAVE), *lc = app_str(app, STR_REVIEW_CLEAR);
    if (ui_button(ui, ui_id("review-save", 0), ui_flow_next(&f, ui_button_width(ui, ls)), ls, UI_BUTTON_PLAIN))
        submit = true;
    bool clear = app->settings.has_exam && ui_button(ui, ui_id("review-clear", 0),
                                                     ui_flow_next(&f, ui_button_width(ui, lc)), lc, UI_BUTTON_PLAIN);
    y = ui_flow_bottom(&f);
    if (submit)
        save_form(app);
    else if (clear)
        clear_exam(app);
    if (submit || clear)
        ui->redraw = true;
    if (r->message[0]) {
        char msg[540];
        snprintf(msg, sizeof msg, "%s %s", r->message_error ? "\xE2\x9C\x97" : "\xE2\x9C\x93", r->message);
        y += t->unit;
        y += ui_paragraph(ui, x, y, w, t->ui_bold, r->message_error ? th->error : th->right, t->ui_line, msg);
    }
    return y - y0;
}

int start_review_block(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    if (!app->course || !app->course->nquestions)
        return 0;
    const ReviewPlan *p = app_review_plan(app);
    if (!p)
        return 0;
    int y0 = y;
    char buf[512];
    headline(app, p, buf, sizeof buf);
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, buf) + t->unit;
    if (p->nreviews && p->nfresh) {
        snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_SPLIT), p->nreviews, p->nfresh);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    }
    /* The exam date raised the new questions a day above the setting: say why. */
    if (p->days_to_exam > 0 && p->nfresh && p->new_per_day > (size_t)app->settings.new_per_day) {
        snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_MORE_NEW), p->new_per_day, app->settings.new_per_day);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    }
    if (p->backlog) {
        int64_t away = days_away(app, p->today);
        size_t due = p->due;
        if (away >= 2)
            snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_BACKLOG_AWAY), (long long)away, due, p->backlog_days,
                     p->nreviews);
        else
            snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_BACKLOG), due, p->backlog_days, p->nreviews);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
    }
    if (p->planned > p->unseen) {
        y += t->unit;
        char cijfer[16];
        start_review_cijfer(app, p->predicted_tenths, cijfer, sizeof cijfer);
        snprintf(buf, sizeof buf, app_str(app, p->days_to_exam >= 0 ? STR_REVIEW_PREDICT : STR_REVIEW_PREDICT_NOW),
                 cijfer, app_str(app, p->predicted_tenths >= 55 ? STR_REVIEW_PASS : STR_REVIEW_FAIL));
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_REVIEW_PREDICT_NOTE));
    }
    y += t->unit * 2;
    if (p->nqueue) {
        const char *label = app_str(app, STR_REVIEW_START);
        int bw = ui_button_width(ui, label);
        if (ui_button(ui, ui_id("review-start", 0), (Rect){x, y, bw < w ? bw : w, ui_button_height(ui)}, label,
                      UI_BUTTON_PRIMARY))
            review_open(app);
        y += ui_button_height(ui) + t->unit;
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_REVIEW_RULE));
        y += t->unit * 2;
    }
    y += chart(app, ui, p, x, y, w) + t->unit * 3;
    y += form(app, ui, x, y, w);
    return y - y0 + t->unit * 5;
}
