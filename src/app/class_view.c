/* class_view.c - the pieces of the projector view (class_view.h): its
 * palette, type sized from the window's height, the countdown ring, the
 * option tiles, the tally chart, the team chips and the leaderboard. The
 * screen (screen_class.c) lays them out per phase and handles the keys. */
#include "class_view.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "widgets.h"

#define CHECK "\xE2\x9C\x93"
#define CROSS "\xE2\x9C\x97"

/* ---- the projector palette ---- */

/* clang-format off */
#define RGB(v) {(uint8_t)((v) >> 16), (uint8_t)((v) >> 8 & 0xff), (uint8_t)((v)&0xff), 255}
/* clang-format on */

/* White text on each tile colour has a contrast of 7:1 or more, so the
 * options read from the back of a room; the letters and shapes do not
 * depend on the colours. */
static const Palette light = {
    .bg = RGB(0xFFFFFF),
    .text = RGB(0x000000),
    .muted = RGB(0x3A3A3A),
    .panel = RGB(0xEFEFEF),
    .edge = RGB(0x000000),
    .tile = {RGB(0xA4161A), RGB(0x0B4A8F), RGB(0x7A4500), RGB(0x1B5E20), RGB(0x5B2A86), RGB(0x00595C)},
    .on_tile = RGB(0xFFFFFF),
    .dim = RGB(0xDADADA),
    .dim_text = RGB(0x1A1A1A),
    .right = RGB(0x1B5E20),
    .wrong = RGB(0xA4161A),
    .on_right = RGB(0xFFFFFF), /* 7.9:1 */
};
static const Palette dark = {
    .bg = RGB(0x000000),
    .text = RGB(0xFFFFFF),
    .muted = RGB(0xE0E0E0),
    .panel = RGB(0x1C1C1C),
    .edge = RGB(0xFFFFFF),
    .tile = {RGB(0xA4161A), RGB(0x0B4A8F), RGB(0x7A4500), RGB(0x1B5E20), RGB(0x5B2A86), RGB(0x00595C)},
    .on_tile = RGB(0xFFFFFF),
    .dim = RGB(0x333333),
    .dim_text = RGB(0xF0F0F0),
    .right = RGB(0x7CE38B),
    .wrong = RGB(0xFF8A80),
    .on_right = RGB(0x000000), /* 13:1 */
};

const Palette *projector_palette(const App *app)
{
    return app->settings.theme == THEME_LIGHT ? &light : &dark;
}

/* ---- sizes ---- */

void projector_begin(Projector *c, App *app, Ui *ui, Rect r)
{
    c->app = app;
    c->ui = ui;
    c->p = projector_palette(app);
    c->r = r;
    c->m = r.h / 27 > 4 ? r.h / 27 : 4;
    /* The question's smallest size: its runs at least 1/20 of the height,
     * measured (fonts differ in how tall a run is for their size). */
    int need = (r.h + 19) / 20;
    int px = r.h / 24 > 8 ? r.h / 24 : 8;
    while (px < 400 && ui_text_height(ui, projector_font(c, px, FONT_SEMIBOLD)) < need)
        px++;
    c->minq = px;
}

Font projector_font(const Projector *c, int px, FontStyle st)
{
    Font f = {(uint8_t)(c->app->settings.dyslexic ? FONT_FAMILY_DYSLEXIC : FONT_FAMILY_TEXT), (uint8_t)st,
              (uint16_t)(px < 8     ? 8
                         : px > 400 ? 400
                                    : px)};
    return f;
}

int projector_line(int px)
{
    return px * 5 / 4;
}

/* The largest size from HI down to LO at which TEXT fits W x MAXH; LO when
 * none does. Writes the height at that size to *H. */
int projector_fit(const Projector *c, const char *text, FontStyle st, int w, int maxh, int hi, int lo, int *h)
{
    int px = hi > lo ? hi : lo;
    for (;;) {
        *h = ui_paragraph_height(c->ui, w, projector_font(c, px, st), projector_line(px), text);
        if (*h <= maxh || px <= lo)
            return px;
        int next = px * 7 / 8;
        px = next < lo ? lo : next;
    }
}

/* Centred one-line text in R. */
void projector_centred(const Projector *c, Rect r, Font f, Color col, const char *s)
{
    int w = ui_text_width(c->ui, f, s, strlen(s));
    int h = ui_text_height(c->ui, f);
    if (w > r.w)
        ui_label_fit(c->ui, r.x, r.y + (r.h - h) / 2, r.w, f, col, s);
    else
        ui_label(c->ui, r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, f, col, s);
}

/* A projector button: mouse only (never focused), so Enter stays the
 * quiz's. */
bool projector_button(const Projector *c, UiId id, Rect r, const char *label, Font f, bool primary)
{
    UiState s = ui_interact(c->ui, id, r, 0);
    int radius = r.h / 5;
    if (primary) {
        draw_rect(&c->ui->dl, r, c->p->text, radius);
        projector_centred(c, r, f, c->p->bg, label);
    } else {
        draw_rect(&c->ui->dl, r, s.hover ? c->p->dim : c->p->panel, radius);
        draw_border(&c->ui->dl, r, c->p->edge, r.h / 16 > 1 ? r.h / 16 : 1, radius);
        projector_centred(c, r, f, c->p->text, label);
    }
    return s.clicked;
}

/* ---- pieces ---- */

/* The countdown: a ring with the seconds left, and what it means below. */
void projector_countdown(const Projector *c, Rect r)
{
    const ClassQuiz *cq = &c->app->classq.cq;
    int d = r.w < r.h ? r.w : r.h;
    Rect ring = {r.x + (r.w - d) / 2, r.y, d, d};
    long secs = (long)((cq->remaining_ms + 999) / 1000);
    bool up = cq->remaining_ms == 0, late = secs <= 5;
    Color col = up || late ? c->p->wrong : c->p->text;
    draw_rect(&c->ui->dl, ring, c->p->panel, d / 2);
    draw_border(&c->ui->dl, ring, cq->paused ? c->p->muted : col, d / 12, d / 2);
    char num[24];
    snprintf(num, sizeof num, "%ld", secs);
    projector_centred(c, ring, projector_font(c, d * 9 / 20, FONT_BOLD), col, num);
    const char *under = up           ? app_str(c->app, STR_CLASS_TIME_UP)
                        : cq->paused ? app_str(c->app, STR_CLASS_PAUSED)
                                     : app_str(c->app, STR_CLASS_SECONDS_SHORT);
    Font f = projector_font(c, d / 6, up || cq->paused ? FONT_BOLD : FONT_REGULAR);
    int tw = ui_text_width(c->ui, f, under, strlen(under));
    int x = r.x + (r.w - tw) / 2;
    if (x < c->r.x + c->m / 2)
        x = c->r.x + c->m / 2;
    ui_label(c->ui, x, ring.y + d + d / 16, f, up || cq->paused ? col : c->p->muted, under);
}

/* One option tile. Returns clicked (to choose it for the tally). */
static bool tile(const Projector *c, size_t i, Rect r, int px, bool revealed, bool selected)
{
    ClassState *st = &c->app->classq;
    const Question *q = classquiz_question(&st->cq);
    const Palette *p = c->p;
    bool right = q->options[i].correct;
    /* At the reveal the right option turns the right green (whatever its
     * tile colour: a red A would read as wrong), the others grey; the ✓
     * and ✗ say the same without colour. */
    bool dim = revealed && !right, green = revealed && right;
    Color bg = dim ? p->dim : green ? p->right : p->tile[i % 6];
    Color fg = dim ? p->dim_text : green ? p->on_right : p->on_tile;
    int radius = r.h / 8 < c->m / 2 ? r.h / 8 : c->m / 2;
    UiState s = ui_interact(c->ui, ui_id("class-tile", i), r, 0);
    draw_rect(&c->ui->dl, r, bg, radius);
    if (selected) /* the option whose count is being typed: a thick frame */
        draw_border(&c->ui->dl, (Rect){r.x - c->m / 4, r.y - c->m / 4, r.w + c->m / 2, r.h + c->m / 2}, p->text,
                    c->m / 5 > 2 ? c->m / 5 : 2, radius + c->m / 4);
    int pad = c->m / 2;
    int badge = r.h - 2 * pad < c->r.h / 9 ? r.h - 2 * pad : c->r.h / 9;
    Rect b = {r.x + pad, r.y + (r.h - badge) / 2, badge, badge};
    draw_rect(&c->ui->dl, b, fg, badge / 6);
    char letter[4];
    practice_badge(i, true, letter);
    projector_centred(c, b, projector_font(c, badge * 3 / 5, FONT_BOLD), bg, letter);
    int right_w = 0;
    if (st->tally && (st->cq.rounds[st->cq.current].tallied || st->cq.phase == CLASS_OPEN)) {
        /* The count, big, at the right end. */
        right_w = c->r.h / 7;
        char num[16];
        if (selected && st->entry[0])
            snprintf(num, sizeof num, "%s|", st->entry);
        else
            snprintf(num, sizeof num, "%u", st->cq.rounds[st->cq.current].tally[i]);
        Rect nr = {r.x + r.w - right_w - pad / 2, r.y, right_w, r.h};
        projector_centred(c, nr, projector_font(c, c->r.h / 16, FONT_BOLD), fg, num);
    }
    if (revealed) {
        right_w += c->r.h / 10;
        Rect sr = {r.x + r.w - right_w, r.y, c->r.h / 10, r.h};
        projector_centred(c, sr, projector_font(c, c->r.h / 14, FONT_BOLD), fg, right ? CHECK : CROSS);
    }
    int tx = b.x + badge + pad;
    int tw = r.x + r.w - pad - right_w - tx;
    const char *text = q->type == QUESTION_TRUEFALSE
                           ? app_str(c->app, strcmp(q->options[i].id, "true") == 0 ? STR_QUIZ_TRUE : STR_QUIZ_FALSE)
                           : q->options[i].text;
    Font f = projector_font(c, px, FONT_SEMIBOLD);
    int h = ui_paragraph_height(c->ui, tw, f, projector_line(px), text);
    ui_push_clip(c->ui, r);
    int ty = h <= r.h ? r.y + (r.h - h) / 2 : r.y + pad / 4; /* too long: from the top, cut */
    ui_paragraph(c->ui, tx, ty, tw, f, fg, projector_line(px), text);
    ui_pop_clip(c->ui);
    if (revealed && right) /* the right one framed in the right colour, with its ✓ */
        draw_border(&c->ui->dl, (Rect){r.x - c->m / 4, r.y - c->m / 4, r.w + c->m / 2, r.h + c->m / 2}, p->right,
                    c->m / 4 > 2 ? c->m / 4 : 2, radius + c->m / 4);
    return s.clicked;
}

/* The size all option texts fit at, in tiles TW x TH. */
/* The width of the widest word of TEXT at PX. */
static int widest_word(const Projector *c, const char *text, int px)
{
    Font f = projector_font(c, px, FONT_SEMIBOLD);
    int most = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\n')
            e++;
        if (e > p) {
            int w = ui_text_width(c->ui, f, p, (size_t)(e - p));
            most = w > most ? w : most;
        }
        p = e;
    }
    return most;
}

/* The size all option texts fit at in tiles TW x TH: from HI down to LO
 * for their height, then further (to 1/40 of the window) while a word is
 * wider than the tile, so no word is broken in two. */
static int options_size(const Projector *c, const Question *q, int tw, int th, int hi, int lo)
{
    int px = hi;
    for (size_t i = 0; i < q->noptions; i++) {
        int h;
        px = projector_fit(c, q->options[i].text, FONT_SEMIBOLD, tw, th, px, lo, &h);
    }
    int least = c->r.h / 40 > 8 ? c->r.h / 40 : 8;
    for (size_t i = 0; i < q->noptions; i++)
        while (px > least && widest_word(c, q->options[i].text, px) > tw)
            px = px * 7 / 8 > least ? px * 7 / 8 : least;
    return px;
}

/* The options as a grid of tiles in AREA (COLS columns). */
size_t projector_options(const Projector *c, Rect area, int cols, bool revealed)
{
    ClassState *st = &c->app->classq;
    const Question *q = classquiz_question(&st->cq);
    size_t n = q->noptions;
    int rows = (int)((n + (size_t)cols - 1) / (size_t)cols);
    int gap = c->m / 2;
    int tw = (area.w - (cols - 1) * gap) / cols;
    int th = (area.h - (rows - 1) * gap) / rows;
    if (th > c->r.h / 4)
        th = c->r.h / 4;
    int pad = c->m / 2;
    int badge = th - 2 * pad < c->r.h / 9 ? th - 2 * pad : c->r.h / 9;
    int text_w = tw - 3 * pad - badge - (st->tally ? c->r.h / 7 : 0) - (revealed ? c->r.h / 10 : 0);
    /* Open: the options are read by the class, nearly as big as the
     * question; revealed: the ✓ and ✗ carry the news, the text may shrink. */
    int lo = revealed ? c->r.h / 40 : c->minq * 5 / 6;
    int px = options_size(c, q, text_w, th - pad, c->r.h / 16, lo);
    bool tallying = st->tally && (st->cq.phase == CLASS_OPEN || st->cq.phase == CLASS_REVEAL);
    size_t clicked = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        Rect r = {area.x + (int)(i % (size_t)cols) * (tw + gap), area.y + (int)(i / (size_t)cols) * (th + gap), tw, th};
        /* At the reveal the frame shows only while a count is corrected. */
        bool sel = tallying && st->option == i && (st->cq.phase == CLASS_OPEN || st->entry[0]);
        if (tile(c, i, r, px, revealed, sel))
            clicked = i;
    }
    return clicked;
}

/* The tally as bars A-D with their counts; the right one green, with ✓. */
void projector_chart(const Projector *c, Rect area)
{
    ClassState *st = &c->app->classq;
    const ClassRound *rd = &st->cq.rounds[st->cq.current];
    const Question *q = classquiz_question(&st->cq);
    size_t n = q->noptions;
    unsigned total = 0, most = 1;
    for (size_t i = 0; i < n; i++) {
        total += rd->tally[i];
        if (rd->tally[i] > most)
            most = rd->tally[i];
    }
    char buf[128];
    snprintf(buf, sizeof buf, app_str(c->app, STR_CLASS_VOTES), total);
    Font hf = projector_font(c, c->r.h / 30, FONT_BOLD);
    ui_label_fit(c->ui, area.x, area.y, area.w, hf, c->p->text, buf);
    int top = area.y + projector_line(c->r.h / 30) + c->m / 2;
    Font lf = projector_font(c, c->r.h / 26, FONT_BOLD);
    int lh = projector_line(c->r.h / 26);
    int base = area.y + area.h - lh;       /* the bars stand on this line */
    int maxh = base - top - lh - c->m / 4; /* room above for the percentage */
    int slot = area.w / (int)n;
    int bw = slot * 3 / 5;
    draw_rect(&c->ui->dl, (Rect){area.x, base, area.w, c->r.h / 270 + 1}, c->p->text, 0);
    for (size_t i = 0; i < n; i++) {
        bool right = q->options[i].correct;
        int h = (int)((long long)maxh * rd->tally[i] / most);
        int x = area.x + (int)i * slot + (slot - bw) / 2;
        if (h > 0)
            draw_rect(&c->ui->dl, (Rect){x, base - h, bw, h}, right ? c->p->right : c->p->dim, 0);
        if (!right && h > 0)
            draw_border(&c->ui->dl, (Rect){x, base - h, bw, h}, c->p->muted, 2, 0);
        char letter[4];
        practice_badge(i, true, letter);
        snprintf(buf, sizeof buf, "%s: %u", letter, rd->tally[i]);
        projector_centred(c, (Rect){area.x + (int)i * slot, base + 2, slot, lh}, lf, c->p->text, buf);
        int pct = total ? (int)((rd->tally[i] * 100u + total / 2) / total) : 0;
        snprintf(buf, sizeof buf, "%s%d%%", right ? CHECK " " : "", pct);
        projector_centred(c, (Rect){area.x + (int)i * slot, base - h - lh, slot, lh}, lf,
                          right ? c->p->right : c->p->muted, buf);
    }
}

/* The teams' chips at the reveal: key, name, ✓ when awarded. */
int projector_team_chips(const Projector *c, int x, int y, int w)
{
    ClassState *st = &c->app->classq;
    ClassQuiz *cq = &st->cq;
    const ClassRound *rd = &cq->rounds[cq->current];
    int px = c->r.h / 30;
    Font f = projector_font(c, px, FONT_BOLD);
    int h = projector_line(px) + c->m / 2;
    const char *label = app_str(c->app, STR_CLASS_POINTS_FOR);
    int lw = ui_label(c->ui, x, y + (h - ui_text_height(c->ui, f)) / 2, f, c->p->text, label);
    int cx = x + lw + c->m / 2, cy = y;
    for (size_t t = 0; t < cq->nteams; t++) {
        char chip[96];
        snprintf(chip, sizeof chip, "%s%zu %s", rd->awarded[t] ? CHECK " " : "", t + 1, cq->teams[t]);
        int cw = ui_text_width(c->ui, f, chip, strlen(chip)) + c->m;
        if (cx + cw > x + w && cx > x + lw + c->m / 2) {
            cx = x + lw + c->m / 2;
            cy += h + c->m / 4;
        }
        Rect r = {cx, cy, cw, h};
        UiState s = ui_interact(c->ui, ui_id("class-chip", t), r, 0);
        if (rd->awarded[t]) {
            draw_rect(&c->ui->dl, r, c->p->text, h / 4);
            projector_centred(c, r, f, c->p->bg, chip);
        } else {
            draw_rect(&c->ui->dl, r, s.hover ? c->p->dim : c->p->bg, h / 4);
            draw_border(&c->ui->dl, r, c->p->edge, 2, h / 4);
            projector_centred(c, r, f, c->p->text, chip);
        }
        if (s.clicked)
            classquiz_award(cq, t);
        cx += cw + c->m / 3;
    }
    return cy + h - y;
}

/* The leaderboard: rank, name, points and a bar. */
void projector_leaderboard(const Projector *c, Rect area)
{
    const ClassQuiz *cq = &c->app->classq.cq;
    size_t order[CLASS_MAX_TEAMS];
    size_t n = classquiz_leaderboard(cq, order);
    if (n == 0)
        return;
    int gap = c->m / 2;
    int rh = (area.h - (int)(n - 1) * gap) / (int)n;
    if (rh > c->r.h / 9)
        rh = c->r.h / 9;
    int px = rh * 3 / 5 < c->r.h / 16 ? rh * 3 / 5 : c->r.h / 16;
    Font f = projector_font(c, px, FONT_BOLD);
    int best = cq->scores[order[0]] > 0 ? cq->scores[order[0]] : 1;
    int name_w = 0;
    for (size_t k = 0; k < n; k++) {
        char s[64];
        snprintf(s, sizeof s, "%zu. %s", k + 1, cq->teams[order[k]]);
        int w = ui_text_width(c->ui, f, s, strlen(s));
        name_w = w > name_w ? w : name_w;
    }
    if (name_w > area.w / 2)
        name_w = area.w / 2;
    char pts[64];
    snprintf(pts, sizeof pts, app_str(c->app, STR_CLASS_POINTS), 99);
    int pts_w = ui_text_width(c->ui, f, pts, strlen(pts));
    for (size_t k = 0; k < n; k++) {
        size_t t = order[k];
        int rank = 1;
        for (size_t j = 0; j < n; j++)
            rank += cq->scores[order[j]] > cq->scores[t];
        int y = area.y + (int)k * (rh + gap);
        char s[64];
        snprintf(s, sizeof s, "%d. %s", rank, cq->teams[t]);
        int th = ui_text_height(c->ui, f);
        ui_label_fit(c->ui, area.x, y + (rh - th) / 2, name_w, f, c->p->text, s);
        int bx = area.x + name_w + c->m;
        int bw = area.w - name_w - 2 * c->m - pts_w;
        int fill = (int)((long long)bw * cq->scores[t] / best);
        draw_rect(&c->ui->dl, (Rect){bx, y + rh / 6, bw, rh - rh / 3}, c->p->panel, rh / 8);
        if (fill > 0)
            draw_rect(&c->ui->dl, (Rect){bx, y + rh / 6, fill, rh - rh / 3}, c->p->tile[t % 6], rh / 8);
        if (cq->scores[t] == 1)
            snprintf(pts, sizeof pts, "%s", app_str(c->app, STR_CLASS_POINT1));
        else
            snprintf(pts, sizeof pts, app_str(c->app, STR_CLASS_POINTS), cq->scores[t]);
        ui_label(c->ui, bx + bw + c->m, y + (rh - th) / 2, f, c->p->text, pts);
    }
}
