/* screen_quiz.c - placeholder for the practice questions of a section
 * (app->quiz.section, set by app_open_quiz). The practice module replaces
 * this file; it keeps the screen reachable and testable meanwhile. */
#include <stdio.h>

#include "app.h"
#include "widgets.h"

void screen_quiz_frame(App *app, Ui *ui, Rect body)
{
    QuizState *q = &app->quiz;
    const Course *c = app->course;
    const Typo *t = &app->typo;
    const Theme *th = app->theme;
    int x, w;
    app_column(app, ui, body, &x, &w);
    int top = ui_scroll_begin(ui, &q->scroll, ui_id("quiz", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 5;
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, app_str(app, STR_QUIZ_TITLE));
    y += t->unit * 2;
    if (c && q->section < c->nsections) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s %s", c->sections[q->section].number, c->sections[q->section].title);
        y += ui_paragraph(ui, x, y, w, t->h3, th->text, t->h3_line, buf);
        y += t->unit * 2;
    }
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_QUIZ_SOON));
    y += t->unit * 3;
    const char *back = app_str(app, STR_BACK);
    int bw = ui_button_width(ui, back);
    if (ui_button(ui, ui_id("quiz-back", 0), (Rect){x, y, bw, ui_button_height(ui)}, back, UI_BUTTON_PLAIN))
        app_back(app);
    y += ui_button_height(ui);
    ui_scroll_end(ui, &q->scroll, y - top + t->unit * 4);
}
