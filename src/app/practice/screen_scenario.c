/* screen_scenario.c - one scenario played (core/quiz.h ScenarioRun): the
 * intro, then for every node the situation ("Beslissing 2 van 5": taken
 * plus the longest path still ahead) and its choices, the consequence of
 * the choice taken with "Verder", and at the end the outcome, the points
 * against the best path, the path as a diagram with the better choice
 * wherever one was missed, and the debrief. "Opnieuw" starts over.
 *
 * As in practice, a letter, a digit or a click selects a choice and Enter
 * (or "Bevestig je keuze") takes it, so a slip of the key costs nothing.
 *
 * The finished run is recorded (ATTEMPT_SCENARIO, the path as JSON) before
 * the ending is shown; when that fails the student stays at the last
 * consequence with the message, and "Verder" tries again. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "practice_view.h"
#include "scenario_path.h"
#include "screen_scenario.h"
#include "widgets.h"

static const Scenario *current(const App *app)
{
    const Course *c = app->course;
    return c && app->scenario.index < c->nscenarios ? &c->scenarios[app->scenario.index] : NULL;
}

static void restart(App *app)
{
    ScenarioState *s = &app->scenario;
    quiz_scenario_restart(&s->run);
    s->phase = SCENARIO_INTRO;
    s->pick = SIZE_MAX;
    s->scroll.y = 0;
    s->not_saved = false;
    s->spent_ms = 0;
    s->since_ms = app->now_ms;
}

void app_open_scenario(App *app, size_t index)
{
    ScenarioState *s = &app->scenario;
    const Course *c = app->course;
    if (!c || index >= c->nscenarios)
        return;
    quiz_scenario_free(&s->run);
    s->started = false;
    s->index = index;
    if (!quiz_scenario_start(&s->run, &c->scenarios[index])) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_SCENARIO));
        return;
    }
    s->started = true;
    restart(app);
    app_open(app, SCREEN_SCENARIO);
}

void screen_scenario_leave(App *app)
{
    ScenarioState *s = &app->scenario;
    s->spent_ms += app->now_ms - s->since_ms;
    s->since_ms = app->now_ms;
}

void screen_scenario_free(App *app)
{
    quiz_scenario_free(&app->scenario.run);
    app->scenario.started = false;
}

const char *screen_scenario_title(App *app, char *buf, size_t size)
{
    const Scenario *sc = current(app);
    snprintf(buf, size, "%s: %s", app_str(app, STR_SCEN_TITLE), sc ? sc->title : "");
    return buf;
}

/* Appends S to the JSON text BUF as a string. */
static void json_string(char *buf, size_t size, const char *s)
{
    size_t len = strlen(buf);
    if (len + 1 < size)
        buf[len++] = '"';
    for (; *s && len + 3 < size; s++) {
        if (*s == '"' || *s == '\\')
            buf[len++] = '\\';
        buf[len++] = *s;
    }
    if (len + 1 < size)
        buf[len++] = '"';
    buf[len] = '\0';
}

/* {"path":[{"node":"n1","choice":"a","points":3},...],"end":"end-goed",
 * "points":9,"best":12}: what was chosen, by id. */
static char *path_json(const ScenarioRun *r)
{
    size_t size = 256 + r->nchoices * 2 * (PROGRESS_ITEM_MAX + 48);
    char *buf = malloc(size);
    if (!buf)
        return NULL;
    snprintf(buf, size, "{\"path\":[");
    const Scenario *sc = r->sc;
    for (size_t k = 0; k < r->nchoices; k++) {
        const ScenarioNode *node = &sc->nodes[r->nodes[k]];
        const Choice *c = &node->choices[r->choices[k]];
        snprintf(buf + strlen(buf), size - strlen(buf), "%s{\"node\":", k ? "," : "");
        json_string(buf, size, node->id);
        snprintf(buf + strlen(buf), size - strlen(buf), ",\"choice\":");
        json_string(buf, size, c->id);
        snprintf(buf + strlen(buf), size - strlen(buf), ",\"points\":%d}", c->points);
    }
    snprintf(buf + strlen(buf), size - strlen(buf), "],\"end\":");
    json_string(buf, size, quiz_scenario_node(r)->id);
    snprintf(buf + strlen(buf), size - strlen(buf), ",\"points\":%d,\"best\":%d}", r->points, sc->best_points);
    return buf;
}

/* "Verder" after a consequence: the next situation, or at an ending the
 * run recorded and then the debrief. */
static void go_on(App *app)
{
    ScenarioState *s = &app->scenario;
    if (!quiz_scenario_ended(&s->run)) {
        s->phase = SCENARIO_SITUATION;
        s->scroll.y = 0;
        return;
    }
    char *json = path_json(&s->run);
    int64_t ms = (int64_t)(s->spent_ms + (app->now_ms - s->since_ms));
    bool ok = json && app_record(app, s->run.sc->id, json, quiz_scenario_score(&s->run), ms, ATTEMPT_SCENARIO);
    if (!json)
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_ROUTE));
    free(json);
    s->not_saved = !ok;
    if (!ok)
        return;
    s->phase = SCENARIO_END;
    s->scroll.y = 0;
}

static void choose(App *app, size_t i)
{
    ScenarioState *s = &app->scenario;
    if (quiz_scenario_choose(&s->run, i)) {
        s->phase = SCENARIO_CONSEQUENCE;
        s->scroll.y = 0;
    }
    s->pick = SIZE_MAX;
}

/* The keys of a phase: picks, arrows through the choices. */
static void keys(App *app, Ui *ui)
{
    ScenarioState *s = &app->scenario;
    if (s->phase != SCENARIO_SITUATION)
        return;
    const ScenarioNode *node = quiz_scenario_node(&s->run);
    for (size_t k = 0; k < node->nchoices && k < 9; k++)
        if (ui_key_any_shift(ui, (int)('1' + k), 0) || ui_key_any_shift(ui, (int)('a' + k), 0)) {
            s->pick = k;
            ui_set_focus(ui, ui_id("scenario-choice", k), true);
            ui->redraw = true;
            return;
        }
    if (s->pick < node->nchoices && ui_key(ui, UI_KEY_ENTER, 0)) {
        choose(app, s->pick);
        ui->redraw = true;
        return;
    }
    size_t cur = node->nchoices;
    for (size_t k = 0; k < node->nchoices; k++)
        if (ui->focus == ui_id("scenario-choice", k))
            cur = k;
    if (cur == node->nchoices && ui->focus != 0)
        return;
    size_t to = cur;
    while (ui_key(ui, UI_KEY_DOWN, 0))
        to = to >= node->nchoices ? 0 : to + 1 < node->nchoices ? to + 1 : to;
    while (ui_key(ui, UI_KEY_UP, 0))
        to = to >= node->nchoices ? node->nchoices - 1 : to > 0 ? to - 1 : 0;
    if (to != cur && to < node->nchoices)
        ui_set_focus(ui, ui_id("scenario-choice", to), true);
    /* On a focused choice Space selects it and Enter takes it. */
    if (cur < node->nchoices && ui_key(ui, ' ', 0)) {
        s->pick = cur;
        ui->redraw = true;
    } else if (cur < node->nchoices && ui_key(ui, UI_KEY_ENTER, 0)) {
        choose(app, cur);
        ui->redraw = true;
    }
}

static int text(Ui *ui, int x, int y, int w, Font f, Color c, int line, const char *s)
{
    return s && *s ? ui_paragraph(ui, x, y, w, f, c, line, s) : 0;
}

/* The "Lees voor" control at Y for OWNER, reading NODE (its text and
 * choices, or an ending's debrief) or, without a node, the feedback TEXT.
 * Returns the height used. */
static int speak_here(App *app, Ui *ui, const char *id, int x, int y, int w, const ScenarioNode *node, const char *text)
{
    const void *owner = node ? (const void *)node : (const void *)text;
    bool go;
    int h = speak_control(app, ui, id, x, y, w, owner, &go).h;
    if (go) {
        SpeechScript sc;
        SpeechLabels labels = speech_labels();
        bool ok = node ? speech_text_node(node, NULL, 0, &labels, &sc)
                       : speech_text_feedback(text, SPEECH_PART_FEEDBACK, &labels, &sc);
        speak_start(app, ok ? &sc : NULL, owner, 0);
    }
    return h + app->typography.unit * 2;
}

static int primary(App *app, Ui *ui, const char *name, int x, int y, int w, StrId label, bool *clicked)
{
    const char *l = app_str(app, label);
    int bw = ui_button_width(ui, l) + app->typography.unit * 2;
    if (bw > w)
        bw = w;
    *clicked = ui_button(ui, ui_id(name, 0), (Rect){x, y, bw, ui_button_height(ui)}, l, UI_BUTTON_PRIMARY);
    return bw;
}

static int intro(App *app, Ui *ui, const Scenario *sc, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    y += text(ui, x, y, w, t->h1, th->heading, t->h1_line, sc->title) + t->unit * 2;
    y += text(ui, x, y, w, t->body, th->text, t->line, sc->intro) + t->unit * 2;
    char pts[96];
    snprintf(pts, sizeof pts, app_str(app, STR_SCEN_STEPS), sc->best_points);
    y += text(ui, x, y, w, t->ui, th->muted, t->ui_line, pts) + t->unit * 3;
    bool go;
    primary(app, ui, "scenario-start", x, y, w, STR_SCEN_START, &go);
    y += ui_button_height(ui);
    if (go || ui_key(ui, UI_KEY_ENTER, 0)) {
        app->scenario.phase = SCENARIO_SITUATION;
        app->scenario.since_ms = app->now_ms;
        app->scenario.spent_ms = 0;
        ui->redraw = true;
    }
    return y - y0;
}

/* A node's number ("Beslissing 2 van 5": those taken and the most still
 * ahead from this node), title and text. */
static int situation_text(App *app, Ui *ui, const ScenarioNode *node, size_t step, int x, int y, int w, bool dim)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    const Scenario *sc = app->scenario.run.sc;
    char dec[64];
    snprintf(dec, sizeof dec, app_str(app, STR_SCEN_DECISION_OF), step + 1,
             step + scenario_longest(sc, (size_t)(node - sc->nodes)));
    y += text(ui, x, y, w, t->ui_bold, th->muted, t->ui_line, dec) + t->unit / 2;
    if (node->title)
        y += text(ui, x, y, w, t->h3, th->heading, t->h3_line, node->title) + t->unit;
    y += text(ui, x, y, w, dim ? t->small : t->body, dim ? th->muted : th->text, dim ? t->small_line : t->line,
              node->text);
    return y - y0;
}

static int situation(App *app, Ui *ui, int x, int y, int w)
{
    ScenarioState *s = &app->scenario;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const ScenarioNode *node = quiz_scenario_node(&s->run);
    int y0 = y;
    y += speak_here(app, ui, "speak-node", x, y, w, node, NULL);
    y += situation_text(app, ui, node, s->run.nchoices, x, y, w, false) + t->unit * 2;
    size_t n = node->nchoices < 9 ? node->nchoices : 9;
    char keys_[64], last[4], hint[300];
    practice_badge(n ? n - 1 : 0, true, last);
    snprintf(keys_, sizeof keys_, app_str(app, STR_QUIZ_KEYS), n, last);
    snprintf(hint, sizeof hint, app_str(app, STR_SCEN_HINT), keys_);
    y += text(ui, x, y, w, t->small, th->muted, t->small_line, hint) + t->unit * 2;
    int pad = t->unit * 3 / 2, bs = typography_px(t, 30);
    int tx = x + pad + bs + t->unit * 2, tw = x + w - pad - tx;
    for (size_t k = 0; k < node->nchoices; k++) {
        const Choice *c = &node->choices[k];
        int th_ = ui_paragraph_height(ui, tw, t->body, t->line, c->text);
        int top = th_ > bs ? th_ : bs;
        Rect r = {x, y, w, top + 2 * pad};
        UiId id = ui_id("scenario-choice", k);
        ui_focusable(ui, id, r);
        UiState st = ui_interact(ui, id, r, 0);
        bool picked = s->pick == k;
        draw_rect(&ui->dl, r, picked ? th->accent_soft : st.hover ? th->button_hover : th->button, typography_px(t, 8));
        draw_border(&ui->dl, r,
                    picked     ? th->accent
                    : st.hover ? th->muted
                               : th->border,
                    typography_px(t, picked ? 2 : 1), typography_px(t, 8));
        Rect b = {x + pad, y + pad + (top - bs) / 2, bs, bs};
        char letter[4];
        practice_badge(k, true, letter);
        speak_badge(app, ui, node, SPEECH_PART_OPTION_LETTER, k, b, letter); /* "A:" read aloud */
        if (picked)
            draw_rect(&ui->dl, b, th->accent, typography_px(t, 5));
        draw_border(&ui->dl, b, picked ? th->accent : th->muted, typography_px(t, 2), typography_px(t, 5));
        int lw = ui_text_width(ui, t->ui_bold, letter, strlen(letter));
        ui_label(ui, b.x + (bs - lw) / 2, b.y + (bs - ui_text_height(ui, t->ui_bold)) / 2, t->ui_bold,
                 picked ? th->accent_text : th->text, letter);
        ui_paragraph(ui, tx, y + pad + (top - th_) / 2, tw, t->body, th->text, t->line, c->text);
        ui_focus_ring(ui, id, r, typography_px(t, 8));
        if (st.clicked) {
            s->pick = k;
            ui_set_focus(ui, id, false);
            ui->redraw = true;
        }
        y += r.h + t->unit;
    }
    /* Taking the selected choice; without one the button says what to do
     * first by doing nothing but staying muted. */
    y += t->unit;
    const char *cl = app_str(app, STR_SCEN_CONFIRM);
    int cw = ui_button_width(ui, cl) + t->unit * 2;
    if (ui_button(ui, ui_id("scenario-confirm", 0), (Rect){x, y, cw < w ? cw : w, ui_button_height(ui)}, cl,
                  s->pick < node->nchoices ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN) &&
        s->pick < node->nchoices) {
        choose(app, s->pick);
        ui->redraw = true;
    }
    y += ui_button_height(ui);
    return y - y0;
}

static int consequence(App *app, Ui *ui, int x, int y, int w)
{
    ScenarioState *s = &app->scenario;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    size_t step = s->run.nchoices - 1;
    const ScenarioNode *node = &s->run.sc->nodes[s->run.nodes[step]];
    size_t ch = s->run.choices[step];
    const Choice *c = &node->choices[ch];
    int y0 = y;
    y += situation_text(app, ui, node, step, x, y, w, true) + t->unit * 3;

    /* The choice taken, in a box. */
    int pad = t->unit * 2, iw = w - 2 * pad;
    char label[96], letter[4];
    practice_badge(ch, true, letter);
    snprintf(label, sizeof label, "%s %s", app_str(app, STR_SCEN_YOUR_CHOICE), letter);
    int h = pad + t->ui_line + ui_paragraph_height(ui, iw, t->body, t->line, c->text) + pad;
    draw_rect(&ui->dl, (Rect){x, y, w, h}, th->accent_soft, typography_px(t, 8));
    ui_label(ui, x + pad, y + pad, t->ui_bold, th->accent, label);
    ui_paragraph(ui, x + pad, y + pad + t->ui_line, iw, t->body, th->text, t->line, c->text);
    y += h + t->unit * 3;

    /* What it led to, and how strong it was. */
    ChoiceQuality q = scenario_choice_quality(node, ch);
    char verdict[160];
    snprintf(verdict, sizeof verdict,
             app_str(app, q == CHOICE_BEST  ? STR_SCEN_CHOICE_BEST
                          : q == CHOICE_MID ? STR_SCEN_CHOICE_MID
                                            : STR_SCEN_CHOICE_WEAK),
             c->points, scenario_node_max(node));
    Color vc = q == CHOICE_BEST ? th->right : q == CHOICE_WEAK ? th->wrong : th->accent;
    y += text(ui, x, y, w, t->h3, th->heading, t->h3_line, app_str(app, STR_SCEN_WHAT_HAPPENS)) + t->unit;
    if (c->feedback && *c->feedback)
        y += speak_here(app, ui, "speak-feedback", x, y, w, NULL, c->feedback);
    y += text(ui, x, y, w, t->body, th->text, t->line, c->feedback) + t->unit * 2;
    y += text(ui, x, y, w, t->ui_bold, vc, t->ui_line, verdict) + t->unit * 3;
    if (s->not_saved)
        y += text(ui, x, y, w, t->bold, th->wrong, t->line, app_str(app, STR_SCEN_NOT_SAVED)) + t->unit * 2;
    bool go;
    primary(app, ui, "scenario-continue", x, y, w, STR_SCEN_CONTINUE, &go);
    y += ui_button_height(ui);
    if (go || ui_key(ui, UI_KEY_ENTER, 0)) {
        go_on(app);
        ui->redraw = true;
    }
    return y - y0;
}

static int ending(App *app, Ui *ui, int x, int y, int w)
{
    ScenarioState *s = &app->scenario;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Scenario *sc = s->run.sc;
    const ScenarioNode *end = quiz_scenario_node(&s->run);
    int y0 = y;
    y += speak_here(app, ui, "speak-end", x, y, w, end, NULL);
    y += text(ui, x, y, w, t->ui_bold, th->muted, t->ui_line, app_str(app, STR_SCEN_OUTCOME)) + t->unit / 2;
    y += text(ui, x, y, w, t->h2, th->heading, t->h2_line, end->title) + t->unit;
    y += text(ui, x, y, w, t->body, th->text, t->line, end->text) + t->unit * 3;

    char pts[96];
    snprintf(pts, sizeof pts, app_str(app, STR_SCEN_POINTS), s->run.points, sc->best_points);
    bool best = s->run.points >= sc->best_points;
    char line[200];
    snprintf(line, sizeof line, "%s %s",
             best                                ? "\xE2\x9C\x93"
             : s->run.points <= sc->worst_points ? "\xE2\x9C\x97"
                                                 : "\xE2\x86\x92",
             pts);
    Color pc = best ? th->right : s->run.points <= sc->worst_points ? th->wrong : th->accent;
    y += text(ui, x, y, w, t->h2, pc, t->h2_line, line) + t->unit / 2;
    char note[200];
    snprintf(note, sizeof note, app_str(app, STR_SCEN_POINTS_NOTE), sc->worst_points);
    y += text(ui, x, y, w, t->small, th->muted, t->small_line, note) + t->unit * 3;

    y += text(ui, x, y, w, t->h3, th->heading, t->h3_line, app_str(app, STR_SCEN_PATH)) + t->unit * 2;
    y += scenario_path_draw(app, ui, &s->run, x, y, w) + t->unit * 2;

    y += text(ui, x, y, w, t->h3, th->heading, t->h3_line, app_str(app, STR_SCEN_DEBRIEF)) + t->unit;
    y += text(ui, x, y, w, t->body, th->text, t->line, end->debrief) + t->unit * 3;

    if (sc->nsections) {
        y += text(ui, x, y, w, t->ui_bold, th->heading, t->ui_line, app_str(app, STR_SCEN_READ)) + t->unit;
        for (size_t i = 0; i < sc->nsections; i++) {
            const Section *sec = course_section(app->course, sc->sections[i]);
            if (!sec)
                continue;
            char link[600];
            snprintf(link, sizeof link, app_str(app, STR_QUIZ_READ_BACK), sec->number, sec->title);
            if (ui_link(ui, ui_id("scenario-read", i), x, y, w, t->ui_bold, link, NULL)) {
                reader_open_at(app, (size_t)(sec - app->course->sections), SIZE_MAX, 0, 0);
                return y - y0;
            }
            y += t->ui_line + t->unit / 2;
        }
        y += t->unit * 3;
    }
    bool again, others;
    int bw = primary(app, ui, "scenario-again", x, y, w, STR_SCEN_AGAIN, &again);
    const char *ol = app_str(app, STR_SCEN_OTHERS);
    int ow = ui_button_width(ui, ol);
    int ox = x + bw + t->unit;
    if (ox + ow > x + w) {
        ox = x;
        y += ui_button_height(ui) + t->unit;
    }
    others = ui_button(ui, ui_id("scenario-others", 0), (Rect){ox, y, ow, ui_button_height(ui)}, ol, UI_BUTTON_PLAIN);
    y += ui_button_height(ui);
    if (again) {
        restart(app);
        ui->redraw = true;
    } else if (others) {
        if (app->nhistory && app->history[app->nhistory - 1] == SCREEN_SCENARIOS)
            app_back(app);
        else
            app_replace(app, SCREEN_SCENARIOS);
    }
    return y - y0;
}

void screen_scenario_frame(App *app, Ui *ui, Rect body)
{
    ScenarioState *s = &app->scenario;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Scenario *sc = current(app);
    if (!sc || !s->started)
        return;
    keys(app, ui);
    int x, w;
    app_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &s->scroll, ui_id("scenario", s->phase), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 4;
    if (s->phase != SCENARIO_INTRO)
        y += text(ui, x, y, w, t->small_bold, th->accent, t->small_line, sc->title) + t->unit;
    switch (s->phase) {
    case SCENARIO_INTRO:
        y += intro(app, ui, sc, x, y, w);
        break;
    case SCENARIO_SITUATION:
        y += situation(app, ui, x, y, w);
        break;
    case SCENARIO_CONSEQUENCE:
        y += consequence(app, ui, x, y, w);
        break;
    case SCENARIO_END:
        y += ending(app, ui, x, y, w);
        break;
    }
    ui_scroll_end(ui, &s->scroll, y - top + t->unit * 6);
    speak_follow(app, ui, &s->scroll, ui->mark.at);
}
