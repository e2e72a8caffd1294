/* screen_scenarios.c - the course's scenarios as a list to pick from (the
 * title, the setting in one sentence, the sections practised and the
 * student's best so far), and the start screen's and contents' block that
 * leads to practice: the whole chapter and the scenarios. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screen_scenarios.h"
#include "widgets.h"

int practice_links(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    y += ui_paragraph(ui, x, y, w, t->h2, th->heading, t->h2_line, app_str(app, STR_QUIZ_PRACTISE_HEADING));
    y += t->unit;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_QUIZ_PRACTISE_INTRO));
    y += t->unit * 2;
    static const StrId labels[] = {STR_QUIZ_PRACTISE_CHAPTER, STR_SCEN_BUTTON};
    UiFlow flow;
    ui_flow_begin(&flow, x, y, w, ui_button_height(ui), t->unit, t->unit);
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        const char *label = app_str(app, labels[i]);
        if (ui_button(ui, ui_id("practice-links", i), ui_flow_next(&flow, ui_button_width(ui, label)), label,
                      UI_BUTTON_PLAIN)) {
            if (i == 0)
                practice_open(app, QUIZ_WHOLE_CHAPTER);
            else
                app_open(app, SCREEN_SCENARIOS);
        }
    }
    return ui_flow_bottom(&flow) - y0;
}

/* The setting: the intro's first sentence (or its start). */
static void setting(const char *intro, char *buf, size_t size)
{
    size_t n = strlen(intro);
    for (size_t i = 40; i + 1 < n; i++)
        if ((intro[i] == '.' || intro[i] == '?' || intro[i] == '!') && intro[i + 1] == ' ') {
            n = i + 1;
            break;
        }
    if (n > 240) {
        n = 230;
        while (n > 0 && intro[n] != ' ')
            n--;
        snprintf(buf, size, "%.*s \xE2\x80\xA6", (int)n, intro);
        return;
    }
    snprintf(buf, size, "%.*s", (int)n, intro);
}

/* "1.7, 1.6 en 1.2" (the section numbers of SC's ids). */
static void sections_of(const App *app, const Scenario *sc, char *buf, size_t size)
{
    buf[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < sc->nsections; i++) {
        const Section *s = course_section(app->course, sc->sections[i]);
        const char *num = s ? s->number : sc->sections[i];
        const char *sep = i == 0 ? "" : i + 1 == sc->nsections ? (app->lang == LANG_EN ? " and " : " en ") : ", ";
        int k = snprintf(buf + len, size - len, "%s%s", sep, num);
        if (k < 0 || (size_t)k >= size - len)
            break;
        len += (size_t)k;
    }
}

/* The most points of a recorded run of SC, or -1 when there is none. */
static int best_so_far(const App *app, const Scenario *sc)
{
    const ProgressLog *log = app->progress.log;
    if (!log)
        return -1;
    /* The log keeps each item's best scenario score (progress.h). */
    uint32_t item = progress_find_item(log, sc->id);
    const ProgressItem *it = item == UINT32_MAX ? NULL : progress_item(log, item);
    double best = it && it->attempts ? it->best_scenario : -1;
    return best < 0 ? -1 : (int)(best * sc->best_points + 0.5);
}

void screen_scenarios_frame(App *app, Ui *ui, Rect body)
{
    ScenariosState *st = &app->scenarios;
    const Course *c = app->course;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int x, w, top;
    int y = app_page_begin(app, ui, body, &st->scroll, "scenarios", STR_SCEN_TITLE, 5, &x, &w, &top) + t->unit;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_SCEN_INTRO)) + t->unit * 3;
    if (!c || c->nscenarios == 0)
        y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_SCEN_NONE));
    int pad = t->unit * 2, iw = w - 2 * pad;
    for (size_t i = 0; c && i < c->nscenarios; i++) {
        const Scenario *sc = &c->scenarios[i];
        char set[400], secs[200], line[400];
        setting(sc->intro, set, sizeof set);
        sections_of(app, sc, secs, sizeof secs);
        snprintf(line, sizeof line, app_str(app, sc->nsections > 1 ? STR_SCEN_PRACTISES_N : STR_SCEN_PRACTISES), secs);
        int best = best_so_far(app, sc);
        char score[160];
        if (best >= 0)
            snprintf(score, sizeof score, app_str(app, STR_SCEN_BEST), best, sc->best_points);
        else
            snprintf(score, sizeof score, app_str(app, STR_SCEN_STEPS), sc->best_points);
        int h = pad + ui_paragraph_height(ui, iw, t->h3, t->h3_line, sc->title) + t->unit / 2 +
                ui_paragraph_height(ui, iw, t->body, t->line, set) + t->unit + t->ui_line + pad;
        Rect row = {x, y, w, h};
        bool open = ui_row(ui, ui_id("scenario-row", i), row, false);
        draw_border(&ui->dl, row, th->border, typography_px(t, 1), typography_px(t, 6));
        if (open) {
            app_open_scenario(app, i);
            ui->redraw = true;
        }
        int yy = y + pad;
        yy += ui_paragraph(ui, x + pad, yy, iw, t->h3, th->accent, t->h3_line, sc->title) + t->unit / 2;
        yy += ui_paragraph(ui, x + pad, yy, iw, t->body, th->text, t->line, set) + t->unit;
        int lw = ui_label_fit(ui, x + pad, yy, iw, t->ui, th->muted, line);
        int sw = ui_text_width(ui, t->ui_bold, score, strlen(score));
        if (lw + sw + t->unit * 3 < iw)
            ui_label(ui, x + pad + iw - sw, yy, t->ui_bold, best >= 0 ? th->heading : th->muted, score);
        y += h + t->unit * 3 / 2;
    }
    ui_scroll_end(ui, &st->scroll, y - top + t->unit * 4);
}
