/* screen_class_setup.c - "Klassikale quiz": the teacher picks the
 * questions (the class quiz set or one section's questions), the
 * countdown, whether to count votes, and teams with their names, then
 * starts the projector view. A running quiz can be continued from here
 * (Esc in the projector view comes back here). Questions with options
 * (single, multiple, true/false) suit a class with answer cards, a numeric
 * one a class that writes the number down: a section's matching, ordering
 * and cloze questions are left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "class_screens.h"
#include "projector.h"
#include "screen_class_setup.h"
#include "widgets.h"

/* Cards for options; a number the class writes on a card or whiteboard. */
static bool suits_class(const Question *q)
{
    return q->type == QUESTION_SINGLE || q->type == QUESTION_MULTIPLE || q->type == QUESTION_TRUEFALSE ||
           q->type == QUESTION_NUMERIC;
}

/* True when Q belongs to the first quiz set, the one the setup offers as
 * its own set: a section's set leaves those out. Questions of the other
 * quiz sets are asked with their section. */
static bool in_class_set(const Course *c, const Question *q)
{
    if (!c->nquizsets)
        return false;
    const QuizSet *s = &c->quizsets[0];
    for (size_t j = 0; j < s->nquestions; j++)
        if (strcmp(s->questions[j], q->id) == 0)
            return true;
    return false;
}

size_t class_pick(const Course *c, size_t set, size_t *out)
{
    size_t n = 0;
    if (set == 0 && c->nquizsets)
        n = quiz_pick_quizset(c, &c->quizsets[0], out);
    else if (set >= 1 && set - 1 < c->nsections)
        n = quiz_pick_section(c, set - 1, out);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const Question *q = &c->questions[out[i]];
        if (suits_class(q) && (set == 0 || !in_class_set(c, q)))
            out[k++] = out[i];
    }
    return k;
}

static void defaults(ClassState *st)
{
    if (st->seconds == 0)
        st->seconds = CLASS_DEFAULT_SECONDS;
}

bool class_screen_start(App *app)
{
    ClassState *st = &app->classq;
    const Course *c = app->course;
    defaults(st);
    if (!c || c->nquestions == 0)
        return false;
    size_t *idx = malloc(c->nquestions * sizeof *idx);
    if (!idx)
        return false;
    size_t n = class_pick(c, st->set, idx);
    classquiz_free(&st->cq);
    st->running = n > 0 && classquiz_start(&st->cq, c, idx, n, st->seconds, st->nteams);
    free(idx);
    /* Each session of a run is shuffled anew, the first from --seed
     * itself, so a script knows the letters it will see. */
    if (st->running && !st->keep_order)
        classquiz_shuffle(&st->cq, (uint64_t)app->seed + 7919u * (uint64_t)st->sessions);
    if (st->running)
        st->sessions++;
    if (!st->running) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_CLASS_NO_QUESTIONS));
        return false;
    }
    for (size_t t = 0; t < st->nteams; t++)
        if (st->team_names[t][0])
            classquiz_name_team(&st->cq, t, st->team_names[t]);
    st->option = 0;
    st->entry[0] = '\0';
    st->export_path[0] = st->export_error[0] = '\0';
    class_live_stop(app);
    if (st->live.on && !class_live_start(app)) {
        snprintf(app->error, sizeof app->error, "%s", st->live.error);
        classquiz_free(&st->cq);
        st->running = false;
        return false;
    }
    st->live.error[0] = '\0';
    return true;
}

void class_screen_stop(App *app)
{
    class_live_stop(app);
    classquiz_free(&app->classq.cq);
    app->classq.running = false;
}

void screen_class_free(App *app)
{
    class_screen_stop(app);
    free(app->classq.set_sizes);
    app->classq.set_sizes = NULL;
    app->classq.set_sizes_of = NULL;
}

/* The number of questions each set offers (class_pick), counted once for
 * the course; NULL when there is none or memory ran out. */
static const size_t *set_sizes(App *app)
{
    ClassState *st = &app->classq;
    const Course *c = app->course;
    if (st->set_sizes_of == c && st->set_sizes)
        return st->set_sizes;
    free(st->set_sizes);
    st->set_sizes = NULL;
    st->set_sizes_of = NULL;
    if (!c || c->nquestions == 0)
        return NULL;
    size_t *idx = malloc(c->nquestions * sizeof *idx);
    size_t *sizes = malloc((c->nsections + 1) * sizeof *sizes);
    if (idx && sizes) {
        for (size_t set = 0; set <= c->nsections; set++)
            sizes[set] = set == 0 && c->nquizsets == 0 ? 0 : class_pick(c, set, idx);
        st->set_sizes = sizes;
        st->set_sizes_of = c;
    } else {
        free(sizes);
    }
    free(idx);
    return st->set_sizes;
}

/* Enter starts the quiz unless a team's name is being typed or an element
 * was reached with Tab (Enter is then that element's). Taken before the
 * widgets run, so an option clicked last keeps no hold on it. */
static bool enter_starts(Ui *ui)
{
    bool naming = false;
    for (size_t k = 0; k < CLASS_MAX_TEAMS; k++)
        naming = naming || ui->focus == ui_id("class-team-name", k);
    return !naming && (ui->focus == 0 || !ui->focus_visible) && ui_key(ui, UI_KEY_ENTER, 0);
}

/* The width of the "Start de quiz" button. */
static int start_width(App *app, Ui *ui)
{
    return ui_button_width(ui, app_str(app, STR_CLASS_START)) + app->typography.unit * 4;
}

/* The title, with "Start de quiz" (looking as KIND) beside it (below it
 * when the row is too narrow), so a 4:3 projector laptop starts without
 * scrolling; GO_KEY: Enter starts too. Returns the height used. */
static int title_row(App *app, Ui *ui, int x, int y, int w, UiButtonKind kind, bool go_key)
{
    const Typography *t = &app->typography;
    const char *go = app_str(app, STR_CLASS_START), *title = app_str(app, STR_CLASS_TITLE);
    int bh = ui_button_height(ui), gw = start_width(app, ui), y0 = y;
    int title_w = ui_text_width(ui, t->h1, title, strlen(title));
    bool beside = title_w + t->unit * 4 + gw <= w;
    int title_h =
        ui_paragraph(ui, x, y, beside ? w - gw - t->unit * 4 : w, t->h1, app->theme->heading, t->h1_line, title);
    bool go_top;
    if (beside) {
        go_top =
            ui_button(ui, ui_id("class-start", 1), (Rect){x + w - gw, y + (t->h1_line - bh) / 2, gw, bh}, go, kind);
        y += title_h;
    } else {
        y += title_h + t->unit;
        go_top = ui_button(ui, ui_id("class-start", 1), (Rect){x, y, gw, bh}, go, kind);
        y += bh;
    }
    if ((go_top || go_key) && class_screen_start(app))
        app_open(app, SCREEN_CLASS);
    return y - y0;
}

/* A quiz under way: continue or stop it. Returns the height used. */
static int running_box(App *app, Ui *ui, int x, int y, int w)
{
    ClassState *st = &app->classq;
    if (!st->running)
        return 0;
    char buf[512];
    snprintf(buf, sizeof buf, app_str(app, STR_CLASS_BUSY), st->cq.current + 1, st->cq.nrounds);
    int clicked;
    int h = app_running_box(app, ui, x, y, w, buf, app_str(app, STR_CLASS_RESUME), "class-resume",
                            app_str(app, STR_CLASS_STOP), "class-stop", &clicked);
    if (clicked == 1)
        app_open(app, SCREEN_CLASS);
    else if (clicked == 2)
        class_screen_stop(app);
    return h + app->typography.unit * 4;
}

/* The questions: the class set, or a section's (those with none are left
 * out). Returns the height used. */
static int set_choice(App *app, Ui *ui, int x, int y, int w)
{
    ClassState *st = &app->classq;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    int bh = ui_button_height(ui), y0 = y;
    char buf[512];
    y += app_subheading(app, ui, x, y, w, STR_CLASS_SET);
    const size_t *sizes = set_sizes(app);
    for (size_t set = 0; sizes && set <= c->nsections; set++) {
        size_t n = sizes[set];
        if (n == 0)
            continue;
        if (set == 0)
            snprintf(buf, sizeof buf, app_str(app, STR_CLASS_SET_N), c->quizsets[0].title, n);
        else
            snprintf(buf, sizeof buf, app_str(app, STR_CLASS_SECTION_N), c->sections[set - 1].number,
                     c->sections[set - 1].title, n);
        if (ui_option(ui, ui_id("class-set", set), (Rect){x, y, w, bh}, buf, st->set == set, true))
            st->set = set;
        y += bh + t->unit / 2;
    }
    return y - y0 + t->unit * 3;
}

/* The countdown: 5 to 120 seconds in steps of 5. Returns the height used. */
static int seconds_choice(App *app, Ui *ui, int x, int y, int w)
{
    ClassState *st = &app->classq;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int bh = ui_button_height(ui), y0 = y;
    char buf[64];
    y += app_subheading(app, ui, x, y, w, STR_CLASS_SECONDS);
    int sw = ui_button_width(ui, "\xE2\x88\x92");
    if (ui_button(ui, ui_id("class-sec", 0), (Rect){x, y, sw, bh}, "\xE2\x88\x92", UI_BUTTON_PLAIN))
        st->seconds = st->seconds - 5 < CLASS_MIN_SECONDS ? CLASS_MIN_SECONDS : st->seconds - 5;
    snprintf(buf, sizeof buf, app_str(app, STR_CLASS_SECONDS_N), st->seconds);
    int vw = ui_text_width(ui, t->ui_bold, buf, strlen(buf));
    char widest[64];
    snprintf(widest, sizeof widest, app_str(app, STR_CLASS_SECONDS_N), CLASS_MAX_SECONDS);
    int lw = ui_text_width(ui, t->ui_bold, widest, strlen(widest)) + t->unit * 2;
    if (vw + t->unit * 2 > lw)
        lw = vw + t->unit * 2;
    ui_label(ui, x + sw + (lw - vw) / 2, y + (bh - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, th->text, buf);
    if (ui_button(ui, ui_id("class-sec", 1), (Rect){x + sw + lw, y, sw, bh}, "+", UI_BUTTON_PLAIN))
        st->seconds = st->seconds + 5 > CLASS_MAX_SECONDS ? CLASS_MAX_SECONDS : st->seconds + 5;
    return y - y0 + bh + t->unit * 4;
}

/* Counting votes, and the order of the options. Returns the height used. */
static int vote_choices(App *app, Ui *ui, int x, int y, int w)
{
    ClassState *st = &app->classq;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int bh = ui_button_height(ui), y0 = y;
    y += app_subheading(app, ui, x, y, w, STR_CLASS_TALLY_HEAD);
    if (ui_option(ui, ui_id("class-tally", 0), (Rect){x, y, w, bh}, app_str(app, STR_CLASS_TALLY), st->tally, false))
        st->tally = !st->tally;
    y += bh + t->unit / 2;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_CLASS_TALLY_HINT));
    y += t->unit;
    if (ui_option(ui, ui_id("class-live", 0), (Rect){x, y, w, bh}, app_str(app, STR_CLASS_LIVE), st->live_votes, false))
        st->live_votes = !st->live_votes;
    y += bh + t->unit * 4;

    y += app_subheading(app, ui, x, y, w, STR_CLASS_ORDER_HEAD);
    if (ui_option(ui, ui_id("class-shuffle", 0), (Rect){x, y, w, bh}, app_str(app, STR_CLASS_SHUFFLE), !st->keep_order,
                  false))
        st->keep_order = !st->keep_order;
    y += bh + t->unit / 2;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_CLASS_SHUFFLE_HINT));
    return y - y0 + t->unit * 4;
}

/* Teams: none or 2 to 6, and a name field for each behind a chip of the
 * team's colour on the projector, so a team called "Groen" sees its bar
 * will be brown before it starts. Returns the height used. */
static int team_choice(App *app, Ui *ui, int x, int y, int w)
{
    ClassState *st = &app->classq;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int bh = ui_button_height(ui), y0 = y;
    y += app_subheading(app, ui, x, y, w, STR_CLASS_TEAMS);
    int bx = x;
    for (size_t n = 0; n <= CLASS_MAX_TEAMS; n++) {
        if (n == 1)
            continue;
        char label[64];
        if (n == 0)
            snprintf(label, sizeof label, "%s", app_str(app, STR_CLASS_NO_TEAMS));
        else
            snprintf(label, sizeof label, app_str(app, STR_CLASS_TEAMS_N), n);
        int ow = ui_text_width(ui, ui->font, label, strlen(label)) + typography_px(t, 48);
        if (bx > x && bx + ow > x + w) {
            bx = x;
            y += bh + t->unit / 2;
        }
        if (ui_option(ui, ui_id("class-teams", n), (Rect){bx, y, ow, bh}, label, st->nteams == n, true))
            st->nteams = n;
        bx += ow + t->unit;
    }
    y += bh + t->unit;
    int chip = bh;
    int fw = w - chip - t->unit < t->unit * 40 ? w - chip - t->unit : t->unit * 40;
    const Palette *pal = projector_palette(app);
    for (size_t k = 0; k < st->nteams; k++) {
        char ph[64];
        snprintf(ph, sizeof ph, app_str(app, STR_CLASS_TEAM_NAME), k + 1);
        Rect cr = {x, y, chip, bh};
        draw_rect(&ui->dl, cr, pal->tile[k % 6], t->unit / 2);
        draw_border(&ui->dl, cr, th->text, 1, t->unit / 2);
        char num[24];
        snprintf(num, sizeof num, "%zu", k + 1);
        int nw = ui_text_width(ui, t->ui_bold, num, strlen(num));
        ui_label(ui, x + (chip - nw) / 2, y + (bh - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold, pal->on_tile, num);
        ui_textfield(ui, ui_id("class-team-name", k), (Rect){x + chip + t->unit, y, fw, bh}, st->team_names[k],
                     sizeof st->team_names[k], ph);
        y += bh + t->unit / 2;
    }
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_CLASS_TEAMS_HINT));
    return y - y0 + t->unit * 4;
}

void screen_class_setup_frame(App *app, Ui *ui, Rect body)
{
    ClassState *st = &app->classq;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    defaults(st);
    int x, w;
    app_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &st->setup_scroll, ui_id("class-setup", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 5;
    /* The start button looks the same at the top and the bottom all frame. */
    UiButtonKind go_kind = st->running ? UI_BUTTON_PLAIN : UI_BUTTON_PRIMARY;
    bool go_key = enter_starts(ui);
    y += title_row(app, ui, x, y, w, go_kind, go_key);
    y += t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, app_str(app, STR_CLASS_INTRO));
    y += t->unit * 3;
    y += running_box(app, ui, x, y, w);
    y += set_choice(app, ui, x, y, w);
    y += seconds_choice(app, ui, x, y, w);
    y += vote_choices(app, ui, x, y, w);
    y += team_choice(app, ui, x, y, w);
    y += class_live_setup(app, ui, x, y, w);
    int bh = ui_button_height(ui);
    if (ui_button(ui, ui_id("class-start", 0), (Rect){x, y, start_width(app, ui), bh}, app_str(app, STR_CLASS_START),
                  go_kind))
        if (class_screen_start(app))
            app_open(app, SCREEN_CLASS);
    y += bh + t->unit * 2;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_CLASS_KEYS));
    ui_scroll_end(ui, &st->setup_scroll, y - top + t->unit * 5);
}
