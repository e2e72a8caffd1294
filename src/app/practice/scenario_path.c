/* scenario_path.c - the path of a scenario run drawn as a small diagram:
 * a dot per decision (numbered), the choice taken on the line to the next
 * one with its symbol and points, and a box for the ending. It wraps to
 * more rows when the window is narrow. Below it, the same path as a list
 * in words, so nothing depends on seeing the colours. */
#include "scenario_path.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "practice_view.h"
#include "widgets.h"

ChoiceQuality scenario_choice_quality(const ScenarioNode *node, size_t choice)
{
    int best = 0, worst = 0;
    for (size_t i = 0; i < node->nchoices; i++) {
        int p = node->choices[i].points;
        if (i == 0 || p > best)
            best = p;
        if (i == 0 || p < worst)
            worst = p;
    }
    int p = choice < node->nchoices ? node->choices[choice].points : 0;
    if (p >= best)
        return CHOICE_BEST;
    return p <= worst ? CHOICE_WEAK : CHOICE_MID;
}

int scenario_node_max(const ScenarioNode *node)
{
    int best = 0;
    for (size_t i = 0; i < node->nchoices; i++)
        if (node->choices[i].points > best)
            best = node->choices[i].points;
    return best;
}

size_t scenario_best_choice(const ScenarioNode *node)
{
    size_t best = 0;
    for (size_t i = 1; i < node->nchoices; i++)
        if (node->choices[i].points > node->choices[best].points)
            best = i;
    return best;
}

/* The loader only accepts endings that every path reaches; DEPTH guards
 * against a cycle all the same. */
static size_t longest(const Scenario *sc, size_t node, size_t depth)
{
    if (node >= sc->nnodes || depth > sc->nnodes)
        return 0;
    const ScenarioNode *n = &sc->nodes[node];
    size_t most = 0;
    for (size_t i = 0; !n->end && i < n->nchoices; i++) {
        size_t l = 1 + longest(sc, n->choices[i].next_index, depth + 1);
        most = l > most ? l : most;
    }
    return most;
}

size_t scenario_longest(const Scenario *sc, size_t node)
{
    return longest(sc, node, 0);
}

static Color quality_colour(const Theme *th, ChoiceQuality q)
{
    return q == CHOICE_BEST ? th->right : q == CHOICE_WEAK ? th->wrong : th->accent;
}

static const char *quality_symbol(ChoiceQuality q)
{
    return q == CHOICE_BEST ? "\xE2\x9C\x93" : q == CHOICE_WEAK ? "\xE2\x9C\x97" : "\xE2\x86\x92";
}

/* A dot with NUMBER in it. */
static void dot(App *app, Ui *ui, int cx, int cy, int d, const char *number, Color edge)
{
    const Theme *th = app->theme;
    Rect r = {cx - d / 2, cy - d / 2, d, d};
    draw_rect(&ui->dl, r, th->diagram, d / 2);
    draw_border(&ui->dl, r, edge, typography_px(&app->typography, 2), d / 2);
    Font f = app->typography.ui_bold;
    int w = ui_text_width(ui, f, number, strlen(number));
    ui_label(ui, cx - w / 2, cy - ui_text_height(ui, f) / 2, f, th->text, number);
}

int scenario_path_draw(App *app, Ui *ui, const ScenarioRun *r, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Scenario *sc = r->sc;
    int d = typography_px(t, 30);
    int row_h = d + 2 * t->ui_line + t->unit * 2;
    int y0 = y;
    int cx = x + d / 2, cy = y + t->ui_line + t->unit + d / 2;
    const ScenarioNode *end = &sc->nodes[r->nodes[r->nchoices]];
    const char *title = end->title ? end->title : end->id;
    /* Lines as long as lets the whole path and its ending share one row,
     * within reason; a longer path wraps. */
    int box_w = ui_text_width(ui, t->ui_bold, title, strlen(title)) + t->unit * 3;
    int n = (int)r->nchoices;
    int edge = n ? (w - n * d - box_w) / n : 0;
    int lo = typography_px(t, 56), hi = typography_px(t, 110);
    edge = edge < lo ? lo : edge > hi ? hi : edge;
    for (size_t k = 0; k < r->nchoices; k++) {
        const ScenarioNode *node = &sc->nodes[r->nodes[k]];
        size_t ch = r->choices[k];
        ChoiceQuality q = scenario_choice_quality(node, ch);
        Color col = quality_colour(th, q);
        char num[24];
        snprintf(num, sizeof num, "%zu", k + 1);
        dot(app, ui, cx, cy, d, num, col);
        /* The line to what comes next, with the choice above it and its
         * points below. At the end of a row it runs to the edge and the
         * next row starts with an arrow in; when the ending does not fit
         * beside the last dot, the line bends down to it. */
        bool last = k + 1 == r->nchoices;
        int x1 = cx + d / 2, x2 = cx + d / 2 + edge;
        bool wrap = !last && x2 + d > x + w;
        bool bend = last && x2 + box_w > x + w;
        if (wrap || x2 > x + w)
            x2 = x + w;
        int lt = typography_px(t, 3), a = typography_px(t, 7);
        draw_line(&ui->dl, x1, cy, x2 - (wrap || bend ? 0 : typography_px(t, 2)), cy, col, lt);
        if (!wrap && !bend)
            draw_triangle(&ui->dl, x2, cy, x2 - a, cy - a / 2 - 1, x2 - a, cy + a / 2 + 1, col);
        char letter[4], label[32], pts[32];
        practice_badge(ch, true, letter);
        snprintf(label, sizeof label, "%s %s", quality_symbol(q), letter);
        snprintf(pts, sizeof pts, "%d/%d", node->choices[ch].points, scenario_node_max(node));
        int lw = ui_text_width(ui, t->ui_bold, label, strlen(label));
        int pw = ui_text_width(ui, t->ui, pts, strlen(pts));
        int mid = (x1 + x2) / 2;
        ui_label(ui, mid - lw / 2, cy - d / 2 - t->ui_line, t->ui_bold, col, label);
        ui_label(ui, mid - pw / 2, cy + d / 2 + t->unit / 2, t->ui, th->muted, pts);
        cx = x2 + d / 2;
        if (bend) {
            /* Down past the points, back left, down into the box. */
            int ny = cy + row_h, turn = cy + d / 2 + t->ui_line + t->unit;
            int bx = x + (box_w < w ? box_w : w) / 2, top = ny - d / 2 - t->unit / 2;
            draw_line(&ui->dl, x2, cy, x2, turn, col, lt);
            draw_line(&ui->dl, x2, turn, bx, turn, col, lt);
            draw_line(&ui->dl, bx, turn, bx, top - a, col, lt);
            draw_triangle(&ui->dl, bx, top, bx - a / 2 - 1, top - a, bx + a / 2 + 1, top - a, col);
            cy = ny;
            cx = x + d / 2;
        } else if (wrap) {
            cy += row_h;
            draw_line(&ui->dl, x, cy, x + d / 2, cy, col, lt);
            draw_triangle(&ui->dl, x + d / 2 + a / 2, cy, x + d / 2 - a / 2, cy - a / 2 - 1, x + d / 2 - a / 2,
                          cy + a / 2 + 1, col);
            cx = x + d + a / 2;
        }
    }
    /* The ending: a box with its title, cut to the row if need be. */
    int bw = box_w;
    int room = x + w - (cx - d / 2);
    if (bw > room)
        bw = room;
    Rect box = {cx - d / 2, cy - d / 2 - t->unit / 2, bw, d + t->unit};
    int sum_q = r->points >= sc->best_points ? CHOICE_BEST : r->points <= sc->worst_points ? CHOICE_WEAK : CHOICE_MID;
    Color ec = quality_colour(th, (ChoiceQuality)sum_q);
    draw_rect(&ui->dl, box, th->diagram, typography_px(t, 6));
    draw_border(&ui->dl, box, ec, typography_px(t, 2), typography_px(t, 6));
    ui_label_fit(ui, box.x + t->unit * 3 / 2, cy - ui_text_height(ui, t->ui_bold) / 2, bw - t->unit * 3, t->ui_bold,
                 th->text, title);
    y = cy + d / 2 + t->ui_line + t->unit * 2;

    /* The same path in words. */
    for (size_t k = 0; k < r->nchoices; k++) {
        const ScenarioNode *node = &sc->nodes[r->nodes[k]];
        size_t ch = r->choices[k];
        ChoiceQuality q = scenario_choice_quality(node, ch);
        char head[200], letter[4], points[96];
        practice_badge(ch, true, letter);
        snprintf(points, sizeof points, app_str(app, STR_SCEN_POINTS), node->choices[ch].points,
                 scenario_node_max(node));
        char dec[64];
        snprintf(dec, sizeof dec, app_str(app, STR_SCEN_DECISION), k + 1);
        snprintf(head, sizeof head, "%s %s \xC2\xB7 %s %s \xC2\xB7 %s", quality_symbol(q), dec,
                 app_str(app, STR_SCEN_YOUR_CHOICE), letter, points);
        y += ui_paragraph(ui, x, y, w, t->ui_bold, quality_colour(th, q), t->ui_line, head);
        y += ui_paragraph(ui, x + t->unit * 3, y, w - t->unit * 3, t->small, th->text, t->small_line,
                          node->choices[ch].text);
        /* Where a better choice was missed: which, and why (its feedback). */
        size_t better = scenario_best_choice(node);
        if (q != CHOICE_BEST && better != ch) {
            const Choice *b = &node->choices[better];
            char bl[4], line[200];
            practice_badge(better, true, bl);
            snprintf(line, sizeof line, app_str(app, STR_SCEN_BETTER), bl, b->points, scenario_node_max(node));
            int ix = x + t->unit * 3, iw = w - t->unit * 3;
            y += t->unit / 2;
            y += ui_paragraph(ui, ix, y, iw, t->small_bold, th->right, t->small_line, line);
            y += ui_paragraph(ui, ix, y, iw, t->small, th->text, t->small_line, b->text);
            if (b->feedback && *b->feedback) {
                char why[2048];
                snprintf(why, sizeof why, app_str(app, STR_SCEN_WHY), b->feedback);
                y += ui_paragraph(ui, ix, y, iw, t->small, th->muted, t->small_line, why);
            }
        }
        y += t->unit;
    }
    return y - y0;
}
