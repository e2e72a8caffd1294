/* screen_quiz.c - practice: a Quiz session (core/quiz.h, QUIZ_PRACTICE)
 * over a section, the whole chapter or a set of questions, one question at
 * a time, then the score with the questions missed and "Oefen mijn fouten".
 *
 * A check is recorded with app_record() before anything of its outcome is
 * shown; when that fails the session is not advanced at all, so the answer
 * stays on screen, editable, and the next Enter tries again. A wrong first
 * check in practice gets one retry (the session's QUIZ_RETRY) before the
 * answer is shown. "Lees terug" opens the section at the question's anchor
 * on top of this screen; coming back finds the session where it was,
 * because only practice_open*() (which set FRESH) start a new one. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "markup.h"
#include "review_app.h"
#include "screen_quiz.h"
#include "widgets.h"

/* ---- the session ---- */

static void reset_timer(App *app)
{
    app->quiz.spent_ms = 0;
    app->quiz.since_ms = app->now_ms;
}

/* Takes over the session NZ (or frees it when it could not start). */
static void begin(App *app, Quiz *nz, bool ok, bool missed_round)
{
    QuizState *q = &app->quiz;
    if (!ok) {
        quiz_free(nz);
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_PRACTICE));
        return;
    }
    quiz_free(&q->quiz);
    q->quiz = *nz;
    q->missed_round = missed_round;
    q->view_pos = SIZE_MAX;
    q->not_saved = q->give_first = false;
    q->reveal = 0;
    q->scroll.y = 0;
    reset_timer(app);
}

/* Each session of a run is shuffled anew; the first one from --seed
 * itself, so scripts know what they will see. */
static uint64_t next_seed(App *app)
{
    return (uint64_t)app->seed + 7919u * (uint64_t)app->quiz.sessions++;
}

static void start_fresh(App *app)
{
    QuizState *q = &app->quiz;
    const Course *c = app->course;
    q->fresh = false;
    if (!c)
        return;
    size_t *idx = calloc(c->nquestions ? c->nquestions : 1, sizeof *idx);
    size_t n = 0;
    if (idx) {
        if (q->review) {
            for (size_t i = 0; i < q->nreview; i++)
                if (q->review_idx[i] < c->nquestions)
                    idx[n++] = q->review_idx[i];
        } else if (q->npicked) {
            for (size_t i = 0; i < q->npicked; i++)
                if (q->picked[i] < c->nquestions)
                    idx[n++] = q->picked[i];
        } else if (q->section == QUIZ_WHOLE_CHAPTER) {
            for (size_t ch = 0; ch < c->nchapters; ch++)
                n += quiz_pick_chapter(c, ch, idx + n);
        } else if (q->section < c->nsections) {
            n = quiz_pick_section(c, q->section, idx);
        }
    }
    Quiz nz;
    memset(&nz, 0, sizeof nz);
    bool ok = idx && quiz_start(&nz, c, idx, n, QUIZ_PRACTICE, next_seed(app));
    free(idx);
    begin(app, &nz, ok, false);
}

static void start_missed(App *app)
{
    Quiz nz;
    memset(&nz, 0, sizeof nz);
    bool ok = quiz_start_missed(&nz, &app->quiz.quiz, next_seed(app));
    begin(app, &nz, ok, true);
}

void screen_quiz_enter(App *app)
{
    if (app->quiz.fresh || !app->quiz.quiz.course)
        start_fresh(app);
    app->quiz.since_ms = app->now_ms;
}

void screen_quiz_leave(App *app)
{
    QuizState *q = &app->quiz;
    q->spent_ms += app->now_ms - q->since_ms;
    q->since_ms = app->now_ms;
}

void screen_quiz_free(App *app)
{
    quiz_free(&app->quiz.quiz);
    free(app->quiz.review_idx);
    app->quiz.review_idx = NULL;
    app->quiz.nreview = 0;
}

void practice_open(App *app, size_t section)
{
    if (!app_can_record(app)) /* no answer shows as saved that is not */
        return;
    app->quiz.section = section;
    app->quiz.review = false;
    app->quiz.npicked = 0; /* the whole section, not a picked set */
    app->quiz.scroll.y = 0;
    app->quiz.fresh = true; /* a new session on entering */
    app_open(app, SCREEN_QUIZ);
}

void practice_open_questions(App *app, const size_t *idx, size_t n, const char *title)
{
    if (!app_can_record(app)) /* no answer shows as saved that is not */
        return;
    QuizState *q = &app->quiz;
    if (n > QUIZ_PICK_MAX)
        n = QUIZ_PICK_MAX;
    if (n)
        memcpy(q->picked, idx, n * sizeof *idx);
    q->npicked = n;
    q->review = false;
    snprintf(q->picked_title, sizeof q->picked_title, "%s", title ? title : "");
    q->scroll.y = 0;
    q->fresh = true;
    app_open(app, SCREEN_QUIZ);
}

void review_open(App *app)
{
    const ReviewPlan *p = app_review_plan(app);
    if (!p || !p->nqueue || !app_can_record(app))
        return;
    QuizState *q = &app->quiz;
    size_t *idx = malloc(p->nqueue * sizeof *idx);
    if (!idx) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_REVIEWING));
        return;
    }
    for (size_t i = 0; i < p->nqueue; i++)
        idx[i] = p->queue[i].question;
    free(q->review_idx);
    q->review_idx = idx;
    q->nreview = p->nqueue;
    q->review = true;
    q->npicked = 0;
    q->scroll.y = 0;
    q->fresh = true;
    app_open(app, SCREEN_QUIZ);
}

/* What is practised: "1.3 Welke klant is een account?", the chapter, a
 * learning goal; prefixed for a round of mistakes. */
static void context(const App *app, char *buf, size_t size)
{
    const QuizState *q = &app->quiz;
    const Course *c = app->course;
    char base[600] = "";
    if (q->review)
        snprintf(base, sizeof base, "%s", app_str(app, STR_REVIEW_SESSION));
    else if (q->npicked)
        snprintf(base, sizeof base, "%s", q->picked_title);
    else if (q->section == QUIZ_WHOLE_CHAPTER)
        snprintf(base, sizeof base, "%s", app_str(app, STR_QUIZ_CHAPTER));
    else if (c && q->section < c->nsections)
        snprintf(base, sizeof base, "%s %s", c->sections[q->section].number, c->sections[q->section].title);
    if (q->missed_round)
        snprintf(buf, size, "%s \xC2\xB7 %s", app_str(app, STR_QUIZ_MISSED_ROUND), base);
    else
        snprintf(buf, size, "%s", base);
}

const char *screen_quiz_title(App *app, char *buf, size_t size)
{
    char ctx[700];
    context(app, ctx, sizeof ctx);
    if (app->quiz.review)
        snprintf(buf, size, "%s", ctx);
    else
        snprintf(buf, size, "%s: %s", app_str(app, STR_QUIZ_TITLE), ctx);
    return buf;
}

static PracticeItem practice_item(App *app)
{
    Quiz *z = &app->quiz.quiz;
    QuizItem *it = quiz_item(z);
    PracticeItem pi = {0};
    if (it) {
        pi.q = quiz_question(z, it);
        pi.order = &it->order;
        pi.answer = &it->answer;
        /* No grade once the answer changed after its check: the marks
         * and feedback of that check no longer describe it. */
        pi.grade = quiz_item_marked(it) ? &it->grade : NULL;
        pi.state = it->state;
    }
    return pi;
}

/* Records the current answer, then checks it; on a failed write nothing
 * moves, so the answer is kept as it is. */
static void check(App *app)
{
    QuizState *q = &app->quiz;
    QuizItem *it = quiz_item(&q->quiz);
    const Question *qu = quiz_question(&q->quiz, it);
    if (!it || it->state == QUIZ_CHECKED)
        return;
    if (!quiz_answer_given(&it->answer)) {
        q->give_first = true;
        return;
    }
    /* Text that is no number is not graded: the view says why, and the
     * student types again (nothing is recorded). */
    if (qu->type == QUESTION_NUMERIC && quiz_numeric_parse(it->answer.text[0], qu->unit).status != NUMERIC_OK) {
        q->view.say_refusal = true;
        q->give_first = false;
        return;
    }
    Grade g;
    memset(&g, 0, sizeof g);
    char *json = quiz_answer_to_json(qu, &it->answer);
    bool ok = json && quiz_grade(qu, &it->answer, &g);
    if (!ok)
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_CHECK));
    int64_t ms = (int64_t)(q->spent_ms + (app->now_ms - q->since_ms));
    /* A round of mistakes after a review is practice the student chose. */
    AttemptMode mode = q->review && !q->missed_round ? ATTEMPT_REVIEW : ATTEMPT_PRACTICE;
    ok = ok && app_record_shown(app, qu, &it->order, json, g.score, ms, mode);
    free(json);
    quiz_grade_free(&g);
    q->not_saved = !ok;
    if (!ok)
        return;
    q->give_first = false;
    if (!quiz_check(&q->quiz)) {
        snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_CHECK));
        return;
    }
    q->view.pick = QUIZ_NONE;
    q->reveal = 2;
    reset_timer(app);
}

static void next(App *app)
{
    QuizState *q = &app->quiz;
    quiz_next(&q->quiz);
    q->scroll.y = 0;
    q->not_saved = q->give_first = false;
}

/* Opens the section of QU at its anchor, on top of the quiz. */
static void read_back(App *app, const Question *qu)
{
    const Course *c = app->course;
    if (!qu || qu->section_index >= c->nsections)
        return;
    const Section *s = &c->sections[qu->section_index];
    size_t block = SIZE_MAX;
    for (size_t b = 0; qu->anchor && b < s->nblocks; b++)
        if (s->blocks[b].id && strcmp(s->blocks[b].id, qu->anchor) == 0)
            block = b;
    reader_open_at(app, qu->section_index, block, 0, 0);
}

static void read_back_label(const App *app, const Question *qu, char *buf, size_t size)
{
    const Course *c = app->course;
    const Section *s = qu->section_index < c->nsections ? &c->sections[qu->section_index] : NULL;
    snprintf(buf, size, app_str(app, STR_QUIZ_READ_BACK), s ? s->number : "", s ? s->title : "");
}

/* ---- a question ---- */

/* The colour of item IT in the strip and of its count in the tally: the
 * rule of quiz_tally(), so the strip and the words never disagree. A
 * question waiting for its retry is still open. */
static Color outcome_colour(const Theme *th, const QuizItem *it)
{
    if (it->state != QUIZ_CHECKED)
        return th->rule;
    return it->first_score >= 1.0 ? th->right : it->grade.right ? th->accent : th->wrong;
}

/* The colour of the current-question caret: the text's, or where a theme
 * gives the text a colour the strip uses (high contrast: white, as the
 * open questions), the focus colour, so no colour in the strip means two
 * things. */
static Color marker_colour(const Theme *th)
{
    const Color used[4] = {th->rule, th->right, th->accent, th->wrong};
    const Color pick[3] = {th->text, th->heading, th->focus};
    for (int k = 0; k < 3; k++) {
        bool unused = true;
        for (int i = 0; i < 4; i++)
            if (pick[k].r == used[i].r && pick[k].g == used[i].g && pick[k].b == used[i].b)
                unused = false;
        if (unused)
            return pick[k];
    }
    return th->focus;
}

/* A row of segments, one per question, in the colours of outcome_colour();
 * under the current one a caret pointing at it (a form and a colour of its
 * own). The tally under it says the same in words. */
static void progress_bar(App *app, Ui *ui, int x, int y, int w)
{
    const Quiz *z = &app->quiz.quiz;
    const Theme *th = app->theme;
    const Typography *t = &app->typography;
    int h = typography_px(t, 6), gap = typography_px(t, 2);
    size_t n = z->nitems;
    if (n == 0)
        return;
    bool segments = (w - (int)(n - 1) * gap) / (int)n >= typography_px(t, 4);
    for (size_t i = 0; i < n; i++) {
        Color col = outcome_colour(th, &z->items[i]);
        int x0, x1;
        if (segments) {
            int sw = (w - (int)(n - 1) * gap) / (int)n;
            x0 = x + (int)i * (sw + gap);
            x1 = x0 + sw;
        } else {
            x0 = x + (int)((long long)w * (long long)i / (long long)n);
            x1 = x + (int)((long long)w * (long long)(i + 1) / (long long)n);
        }
        draw_rect(&ui->dl, (Rect){x0, y, x1 - x0, h}, col, segments ? h / 2 : 0);
        if (i == z->pos) {
            int cx = (x0 + x1) / 2, ch = typography_px(t, 5);
            draw_triangle(&ui->dl, cx, y + h + gap, cx - ch, y + h + gap + ch, cx + ch, y + h + gap + ch,
                          marker_colour(th));
        }
    }
}

/* The tally of a session in words, each count after a swatch in its strip
 * colour: "3 in één keer goed · 1 goed bij een volgende poging · 0 niet
 * goed" (the rule itself, so no count needs a key elsewhere). Wraps where
 * the width runs out; returns the height used. */
static int tally_line(App *app, Ui *ui, const QuizTally *tl, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const size_t counts[3] = {tl->right, tl->retry_right, tl->wrong};
    const StrId ids[3] = {STR_QUIZ_TALLY_FIRST, STR_QUIZ_TALLY_RETRY, STR_QUIZ_TALLY_WRONG};
    const Color cols[3] = {th->right, th->accent, th->wrong};
    int sw = typography_px(t, 10), gap = t->unit * 2, cx = x, cy = y;
    for (int k = 0; k < 3; k++) {
        char s[96];
        snprintf(s, sizeof s, app_str(app, ids[k]), counts[k]);
        int tw = ui_text_width(ui, t->ui, s, strlen(s)), need = sw + t->unit + tw;
        if (cx > x && cx + need > x + w) {
            cx = x;
            cy += t->ui_line;
        }
        draw_rect(&ui->dl, (Rect){cx, cy + (t->ui_line - sw) / 2, sw, sw}, cols[k], typography_px(t, 2));
        ui_label_fit(ui, cx + sw + t->unit, cy, w - (cx - x) - sw - t->unit, t->ui, th->text, s);
        cx += need + gap;
    }
    return cy + t->ui_line - y;
}

/* The verdict of the last check, in words with its symbol. */
static void verdict(const App *app, const QuizItem *it, char *buf, size_t size)
{
    int pct = (int)(it->grade.score * 100 + 0.5);
    if (it->state == QUIZ_RETRY && it->grade.near_miss)
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_RETRY_NEAR));
    else if (it->state == QUIZ_RETRY)
        snprintf(buf, size, app_str(app, it->grade.score > 0 ? STR_QUIZ_RETRY_PARTLY : STR_QUIZ_RETRY), pct);
    else if (it->grade.right)
        snprintf(buf, size, "%s", app_str(app, it->checks > 1 ? STR_QUIZ_RIGHT_RETRY : STR_QUIZ_RIGHT));
    else if (it->grade.score > 0)
        snprintf(buf, size, app_str(app, STR_QUIZ_PARTLY), pct);
    else
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_WRONG));
}

/* The feedback box: verdict, explanation (once the answer is shown) and
 * the way back to the text. Returns its height. */
static int feedback(App *app, Ui *ui, const QuizItem *it, const Question *qu, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int pad = t->unit * 2, iw = w - 2 * pad;
    char v[300], link[600];
    verdict(app, it, v, sizeof v);
    read_back_label(app, qu, link, sizeof link);
    bool done = it->state == QUIZ_CHECKED;
    bool good = it->grade.right;
    const char *expl = done && qu->explanation ? qu->explanation : NULL;
    const char *shown = done && !good ? app_str(app, STR_QUIZ_SHOWN_ANSWER) : NULL;
    int h = pad + ui_paragraph_height(ui, iw, t->h3, t->h3_line, v);
    if (shown)
        h += t->unit / 2 + ui_paragraph_height(ui, iw, t->small, t->small_line, shown);
    if (expl)
        h += t->unit * 2 + t->ui_line + ui_paragraph_height(ui, iw, t->body, t->line, expl);
    h += t->unit * 2 + t->ui_line + pad;
    bool partly = !good && it->grade.score > 0;
    Color edge = good ? th->right : partly ? th->accent : th->wrong;
    draw_rect(&ui->dl, (Rect){x, y, w, h},
              good     ? th->right_soft
              : partly ? th->accent_soft
                       : th->wrong_soft,
              typography_px(t, 8));
    draw_rect(&ui->dl, (Rect){x, y, typography_px(t, 5), h}, edge, 0);
    int yy = y + pad;
    yy += ui_paragraph(ui, x + pad, yy, iw, t->h3, edge, t->h3_line, v);
    if (shown)
        yy += t->unit / 2 + ui_paragraph(ui, x + pad, yy + t->unit / 2, iw, t->small, th->text, t->small_line, shown);
    if (expl) {
        yy += t->unit * 2;
        ui_label(ui, x + pad, yy, t->ui_bold, th->heading, app_str(app, STR_QUIZ_EXPLANATION));
        yy += t->ui_line;
        yy += ui_paragraph(ui, x + pad, yy, iw, t->body, th->text, t->line, expl);
    }
    yy += t->unit * 2;
    int lw = ui_text_width(ui, t->ui_bold, link, strlen(link)), link_w = iw;
    if (expl) {
        /* Lees voor (the explanation) at the right of the link's line,
         * centred on it; the box has the room below (its padding). */
        int cw = speak_control_width(app, ui, expl), bh = ui_button_height(ui);
        int cx = x + pad + iw - cw;
        if (cx < x + pad + lw + t->unit)
            cx = x + pad + lw + t->unit;
        bool go;
        speak_control(app, ui, "speak-expl", cx, yy + (t->ui_line - bh) / 2, x + pad + iw - cx, expl, &go);
        if (go) {
            SpeechScript sc;
            SpeechLabels labels = speech_labels();
            bool ok = speech_text_feedback(expl, SPEECH_PART_EXPLANATION, &labels, &sc);
            speak_start(app, ok ? &sc : NULL, expl, 0);
        }
        link_w = cx - (x + pad) - t->unit; /* a long link is cut short of the control */
    }
    if (ui_link(ui, ui_id("quiz-read-back", it->question), x + pad, yy, link_w, t->ui_bold, link, NULL))
        read_back(app, qu);
    return h;
}

static int button(Ui *ui, const char *name, int x, int y, const char *label, UiButtonKind kind, bool *clicked)
{
    int bw = ui_button_width(ui, label);
    *clicked = ui_button(ui, ui_id(name, 0), (Rect){x, y, bw, ui_button_height(ui)}, label, kind);
    return bw;
}

static int question(App *app, Ui *ui, int x, int y, int w, int view_top)
{
    QuizState *q = &app->quiz;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    QuizItem *it = quiz_item(&q->quiz);
    PracticeItem pi = practice_item(app);
    const Question *qu = pi.q;
    int y0 = y;
    char buf[4096];

    context(app, buf, sizeof buf);
    /* Beyond one section, also the section the question is about. */
    const Course *c = app->course;
    if ((q->review || q->npicked || q->section == QUIZ_WHOLE_CHAPTER) && qu->section_index < c->nsections) {
        const Section *s = &c->sections[qu->section_index];
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, " \xC2\xB7 %s %s", s->number, s->title);
    }
    y += ui_paragraph(ui, x, y, w, t->small_bold, th->accent, t->small_line, buf) + t->unit;
    if (q->review)
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_REVIEW_RULE)) + t->unit;
    QuizTally tally;
    quiz_tally(&q->quiz, &tally);
    snprintf(buf, sizeof buf, app_str(app, STR_QUIZ_PROGRESS), q->quiz.pos + 1, q->quiz.nitems);
    int lw = ui_label(ui, x, y, t->ui_bold, th->heading, buf);
    /* Lees voor (the prompt, then the options with their letters) at the
     * right of this line, in the room around it where it fits. */
    int bh = ui_button_height(ui), cw = speak_control_width(app, ui, qu);
    int room = t->ui_line + t->unit - typography_px(t, 2); /* from under the line above to the strip's gap */
    int cy = y - t->unit + typography_px(t, 2) + (room > bh ? (room - bh) / 2 : 0), cx = x + w - cw;
    if (cx < x + lw + t->unit)
        cx = x + lw + t->unit;
    bool go;
    speak_control(app, ui, "speak-question", cx, cy, x + w - cx, qu, &go);
    if (go) {
        SpeechScript sc;
        speak_start(app, practice_speech(&pi, &sc) ? &sc : NULL, qu, 0);
    }
    y += t->ui_line + t->unit / 2 + (bh > room ? bh - room : 0);
    progress_bar(app, ui, x, y, w);
    y += typography_px(t, 6) + typography_px(t, 7) + t->unit; /* the strip and its caret */
    y += tally_line(app, ui, &tally, x, y, w) + t->unit * 3;

    practice_prompt(qu, buf, sizeof buf);
    if (ui->mark.markup == qu->prompt) /* drawn from a copy (cloze blanks numbered) */
        ui->mark.markup = buf;
    y += ui_paragraph(ui, x, y, w, t->body, th->heading, t->line, buf) + t->unit;
    if (ui->mark.markup == buf) /* BUF holds the hint next */
        ui->mark.markup = qu->prompt;
    if (pi.state != QUIZ_CHECKED) {
        practice_hint(app, &pi, buf, sizeof buf);
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, buf);
    }
    y += t->unit * 2;
    bool changed = false;
    y += practice_view_draw(app, ui, &q->view, &pi, x, y, w, &changed);
    if (changed)
        q->give_first = false;
    y += t->unit;

    int box_y = y, box_h = 0;
    if (pi.state != QUIZ_OPEN) {
        box_h = feedback(app, ui, it, qu, x, y, w);
        y += box_h + t->unit * 2;
    }
    const char *note = q->not_saved    ? app_str(app, STR_QUIZ_NOT_SAVED)
                       : q->give_first ? app_str(app, STR_QUIZ_GIVE_FIRST)
                                       : NULL;
    if (note)
        y += ui_paragraph(ui, x, y, w, t->bold, q->not_saved ? th->wrong : th->text, t->line, note) + t->unit;

    int bx = x;
    bool clicked;
    if (pi.state == QUIZ_CHECKED) {
        bool last = quiz_finished(&q->quiz);
        bx += button(ui, "quiz-next", bx, y, app_str(app, last ? STR_QUIZ_TO_SCORE : STR_QUIZ_NEXT), UI_BUTTON_PRIMARY,
                     &clicked);
        if (clicked)
            next(app);
    } else {
        bx += button(ui, "quiz-check", bx, y,
                     app_str(app, pi.state == QUIZ_RETRY ? STR_QUIZ_CHECK_AGAIN : STR_QUIZ_CHECK), UI_BUTTON_PRIMARY,
                     &clicked) +
              t->unit;
        if (clicked)
            check(app);
        QuizTally tt;
        quiz_tally(&q->quiz, &tt);
        if (tt.checked + 1 < tt.total) {
            button(ui, "quiz-skip", bx, y, app_str(app, STR_QUIZ_SKIP), UI_BUTTON_PLAIN, &clicked);
            if (clicked)
                next(app);
        }
    }
    y += bh;
    /* Once the checked question has been laid out (a frame after the
     * check), its verdict and the way on come into view. */
    if (q->reveal == 2) {
        q->reveal = 1;
        ui->redraw = true;
    } else if (q->reveal == 1 && box_h) {
        int margin = t->unit * 2;
        ui_scroll_show(&q->scroll, box_y - view_top, y - box_y, margin);
        q->reveal = 0;
        ui->redraw = true;
    }
    return y - y0;
}

/* ---- the end ---- */

/* A review session's end: the rating rule, and when the next reviews come
 * (the plan made again from the answers just given). Returns the height. */
static int review_end(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int y0 = y;
    char buf[512];
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_REVIEW_RULE)) + t->unit * 2;
    const ReviewPlan *p = app_review_plan(app);
    if (!p)
        return y - y0;
    if (p->nqueue)
        snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_NEXT_TODAY), p->nqueue);
    else
        snprintf(buf, sizeof buf, "%s", app_str(app, STR_REVIEW_NEXT_NONE));
    for (int d = 1; !p->nqueue && d < REVIEW_FORECAST_DAYS; d++) {
        size_t n = p->forecast[d].reviews + p->forecast[d].fresh;
        if (!n)
            continue;
        if (d == 1)
            snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_NEXT_TOMORROW), n);
        else
            snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_NEXT_IN), d, n);
        break;
    }
    y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf) + t->unit * 2;
    return y - y0;
}

static int end_screen(App *app, Ui *ui, int x, int y, int w)
{
    QuizState *q = &app->quiz;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Course *c = app->course;
    int y0 = y;
    char buf[1024];
    QuizTally tally;
    quiz_tally(&q->quiz, &tally);
    context(app, buf, sizeof buf);
    y += ui_paragraph(ui, x, y, w, t->small_bold, th->accent, t->small_line, buf) + t->unit;
    if (q->review)
        snprintf(buf, sizeof buf, app_str(app, STR_REVIEW_DONE_TITLE), tally.checked);
    else
        snprintf(buf, sizeof buf, "%s", app_str(app, STR_QUIZ_DONE));
    y += ui_paragraph(ui, x, y, w, t->h1, th->heading, t->h1_line, buf) + t->unit * 2;
    int pct = tally.total ? (int)(tally.score * 100.0 / (double)tally.total + 0.5) : 0;
    snprintf(buf, sizeof buf, app_str(app, STR_QUIZ_SCORE), pct);
    y += ui_paragraph(ui, x, y, w, t->h2, th->accent, t->h2_line, buf);
    /* Each number with its rule: the score (first tries), the tally (as
     * the counter during the session), mastery (as the start screen). */
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_QUIZ_SCORE_NOTE)) + t->unit;
    y += tally_line(app, ui, &tally, x, y, w) + t->unit * 2;
    const Mastery *m = app->progress.mastery_valid ? &app->progress.mastery : NULL;
    bool one_section = !q->review && !q->npicked && c && q->section < c->nsections;
    if (q->review)
        y += review_end(app, ui, x, y, w);
    if (m && (one_section || (!q->review && !q->npicked && q->section == QUIZ_WHOLE_CHAPTER))) {
        double mv = one_section ? m->sections[q->section].mastery : m->overall.mastery;
        int mp = (int)(mv * 100 + 0.5);
        if (one_section)
            snprintf(buf, sizeof buf, app_str(app, STR_QUIZ_MASTERY_SECTION), c->sections[q->section].number, mp);
        else
            snprintf(buf, sizeof buf, app_str(app, STR_QUIZ_MASTERY_CHAPTER), mp);
        y += ui_paragraph(ui, x, y, w, t->body, th->text, t->line, buf);
        snprintf(buf, sizeof buf, app_str(app, STR_PROGRESS_RULE), (int)(MASTERY_THRESHOLD * 100 + 0.5));
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, buf);
    }
    y += t->unit * 3;

    size_t *missed = calloc(q->quiz.nitems ? q->quiz.nitems : 1, sizeof *missed);
    size_t nmissed = missed ? quiz_missed(&q->quiz, missed) : 0;
    int bh = ui_button_height(ui);
    bool clicked = false, again = false, mistakes = false, read_next = false;
    /* The buttons say what they do in one pattern: a verb and its object. */
    UiFlow f;
    ui_flow_begin(&f, x, y, w, bh, t->unit, t->unit);
    if (nmissed) {
        const char *l = app_str(app, STR_QUIZ_PRACTISE_MISSED);
        mistakes =
            ui_button(ui, ui_id("quiz-mistakes", 0), ui_flow_next(&f, ui_button_width(ui, l)), l, UI_BUTTON_PRIMARY);
    }
    /* A review session is not done again: the plan says what is next. */
    const char *again_label = app_str(app, STR_QUIZ_AGAIN);
    if (!q->review)
        again = ui_button(ui, ui_id("quiz-again", 0), ui_flow_next(&f, ui_button_width(ui, again_label)), again_label,
                          nmissed ? UI_BUTTON_PLAIN : UI_BUTTON_PRIMARY);
    bool has_next = one_section && q->section + 1 < c->nsections;
    if (has_next) {
        const char *l = app_str(app, STR_QUIZ_READ_NEXT);
        read_next =
            ui_button(ui, ui_id("quiz-read-next", 0), ui_flow_next(&f, ui_button_width(ui, l)), l, UI_BUTTON_PLAIN);
    }
    y = ui_flow_bottom(&f) + t->unit * 4;

    if (!nmissed)
        y += ui_paragraph(ui, x, y, w, t->body, th->right, t->line, app_str(app, STR_QUIZ_ALL_RIGHT));
    else
        y += ui_paragraph(ui, x, y, w, t->h3, th->heading, t->h3_line, app_str(app, STR_QUIZ_MISSED)) + t->unit * 2;
    int pad = t->unit * 3 / 2;
    for (size_t k = 0; k < nmissed; k++) {
        const QuizItem *it = &q->quiz.items[missed[k]];
        const Question *qu = &c->questions[it->question];
        char head[160], prompt[600], link[600];
        snprintf(head, sizeof head, app_str(app, STR_QUIZ_QUESTION_N), missed[k] + 1);
        /* How it ended, in the words and colour of the tally; a first try
         * that was partly right says so, since that is what the score counts. */
        char mark[160];
        verdict(app, it, mark, sizeof mark);
        Color mark_col = it->grade.right ? th->accent : th->wrong;
        if (!it->grade.right)
            snprintf(mark, sizeof mark, "%s", app_str(app, STR_QUIZ_WRONG));
        if (!it->grade.right && it->first_score > 0) {
            char part[64];
            snprintf(part, sizeof part, app_str(app, STR_QUIZ_PARTLY), (int)(it->first_score * 100 + 0.5));
            snprintf(head + strlen(head), sizeof head - strlen(head), " \xC2\xB7 %s", part);
        }
        /* The prompt in plain text, cut at a word after about two lines. */
        char full[4096];
        practice_prompt(qu, full, sizeof full);
        markup_strip(full, strlen(full), prompt, sizeof prompt);
        if (strlen(prompt) > 160) {
            size_t cut = 150;
            while (cut > 0 && prompt[cut] != ' ')
                cut--;
            snprintf(prompt + cut, sizeof prompt - cut, "\xC2\xA0\xE2\x80\xA6");
        }
        read_back_label(app, qu, link, sizeof link);
        int iw = w - 2 * pad;
        int h = pad + t->ui_line + ui_paragraph_height(ui, iw, t->body, t->line, prompt) + t->unit + t->ui_line + pad;
        draw_rect(&ui->dl, (Rect){x, y, w, h}, th->button, typography_px(t, 6));
        draw_border(&ui->dl, (Rect){x, y, w, h}, th->border, typography_px(t, 1), typography_px(t, 6));
        int yy = y + pad;
        int hw = ui_label(ui, x + pad, yy, t->ui_bold, th->muted, head);
        ui_label_fit(ui, x + pad + hw + t->unit, yy, iw - hw - t->unit, t->ui_bold, mark_col, mark);
        yy += t->ui_line;
        yy += ui_paragraph(ui, x + pad, yy, iw, t->body, th->text, t->line, prompt) + t->unit;
        if (ui_link(ui, ui_id("quiz-missed-read", missed[k]), x + pad, yy, iw, t->ui_bold, link, NULL))
            read_back(app, qu);
        y += h + t->unit;
    }
    free(missed);
    if (read_next) {
        reader_open_at(app, q->section + 1, SIZE_MAX, 0, 0);
        return y - y0;
    }
    if (mistakes)
        start_missed(app);
    else if (again) {
        if (q->missed_round) {
            /* "Alles opnieuw" after a round of mistakes: that round again. */
            Quiz nz;
            memset(&nz, 0, sizeof nz);
            size_t *idx = calloc(q->quiz.nitems ? q->quiz.nitems : 1, sizeof *idx);
            for (size_t i = 0; idx && i < q->quiz.nitems; i++)
                idx[i] = q->quiz.items[i].question;
            bool ok = idx && quiz_start(&nz, c, idx, q->quiz.nitems, QUIZ_PRACTICE, next_seed(app));
            free(idx);
            begin(app, &nz, ok, true);
        } else {
            start_fresh(app);
        }
    }
    if (mistakes || again)
        ui->redraw = true;
    (void)clicked;
    return y - y0;
}

/* The quiz's column: a little wider than the reading measure, because
 * rows carry badges and marks beside their text; matching's two columns
 * wider still. */
static void column(const App *app, const Ui *ui, Rect body, bool wide, int *x, int *w)
{
    const Typography *t = &app->typography;
    int margin = typography_px(t, 24);
    if (body.w / 20 > margin)
        margin = body.w / 20;
    int avail = body.w - 2 * margin - ui_scrollbar_width(ui);
    int want = wide ? t->measure * 3 / 2 : t->measure + typography_px(t, 96);
    *w = want < avail ? want : avail > 1 ? avail : 1;
    *x = body.x + (body.w - ui_scrollbar_width(ui) - *w) / 2;
}

void screen_quiz_frame(App *app, Ui *ui, Rect body)
{
    QuizState *q = &app->quiz;
    const Typography *t = &app->typography;
    if (!q->quiz.course)
        start_fresh(app);
    QuizItem *it = quiz_item(&q->quiz);
    if (it && q->view_pos != q->quiz.pos) {
        /* Another question: a fresh view, no focus, the top of the page. */
        PracticeItem pi = practice_item(app);
        practice_view_reset(&q->view, &pi);
        q->view_pos = q->quiz.pos;
        ui->focus = 0;
        ui->caret_owner = 0;
        q->scroll.y = 0;
        reset_timer(app);
    }
    if (it) {
        PracticeItem pi = practice_item(app);
        if (practice_view_keys(app, ui, &q->view, &pi))
            q->give_first = false;
    }
    int x, w;
    const Question *qu = it ? quiz_question(&q->quiz, it) : NULL;
    column(app, ui, body, qu && qu->type == QUESTION_MATCHING, &x, &w);
    int top = ui_scroll_begin(ui, &q->scroll, ui_id("quiz", 0), body, UI_SCROLL_KEYS);
    int y = top + t->unit * 4;
    if (q->quiz.nitems == 0) {
        y += ui_paragraph(ui, x, y, w, t->body, app->theme->muted, t->line, app_str(app, STR_QUIZ_NONE));
    } else if (it) {
        y += question(app, ui, x, y, w, top);
        /* Enter checks, and once checked goes on; a focused button or link
         * has taken its Enter already. */
        if (ui_key(ui, UI_KEY_ENTER, 0)) {
            if (it->state == QUIZ_CHECKED)
                next(app);
            else
                check(app);
        }
    } else {
        y += end_screen(app, ui, x, y, w);
    }
    ui_scroll_end(ui, &q->scroll, y - top + t->unit * 6);
    speak_follow(app, ui, &q->scroll, ui->mark.at);
}
