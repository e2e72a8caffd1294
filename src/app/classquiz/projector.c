/* projector.c - the pieces of the projector view (projector.h): its
 * palette, type sized from the window's height, the countdown ring, the
 * option tiles, the tally chart, the team chips and the leaderboard. The
 * screen (screen_class.c) lays them out per phase and handles the keys. */
#include "projector.h"

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
    c->minq = projector_px_for(c, (r.h + 19) / 20, FONT_SEMIBOLD);
    c->minopt = projector_px_for(c, (r.h + 29) / 30, FONT_SEMIBOLD);
}

Font projector_font(const Projector *c, int px, FontStyle st)
{
    Font f = {(uint8_t)(c->app->settings.dyslexic ? FONT_FAMILY_DYSLEXIC : FONT_FAMILY_TEXT), (uint8_t)st,
              (uint16_t)(px < 8     ? 8
                         : px > 400 ? 400
                                    : px),
              0, 0};
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

/* The smallest size whose runs in style ST are at least NEED px tall
 * (fonts differ in how tall a run is for their size). */
int projector_px_for(const Projector *c, int need, FontStyle st)
{
    int px = need * 3 / 4 > 8 ? need * 3 / 4 : 8;
    while (px < 400 && ui_text_height(c->ui, projector_font(c, px, st)) < need)
        px++;
    return px;
}

/* The option shown at letter K of the current round, in written order. */
static size_t option_at(const ClassQuiz *cq, size_t k)
{
    return classquiz_option_at(cq, cq->current, k);
}

static const char *option_text(const Projector *c, const Question *q, size_t o)
{
    if (q->type == QUESTION_TRUEFALSE)
        return app_str(c->app, strcmp(q->options[o].id, "true") == 0 ? STR_QUIZ_TRUE : STR_QUIZ_FALSE);
    return q->options[o].text;
}

/* The width of the widest word of TEXT in font F. */
static int widest_word(const Projector *c, const char *text, Font f)
{
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

/* The parts of a tile of height TH: padding (VPAD above and below, less
 * when tight), the letter badge, the count at the right (with a tally)
 * and the ✓ / ✗ (revealed). */
typedef struct {
    int pad, vpad, badge, count_w, count_px, mark_w, mark_px;
} TileParts;

static TileParts tile_parts(const Projector *c, int px, bool revealed, bool tight)
{
    const ClassState *st = &c->app->classq;
    TileParts t;
    t.pad = c->m / 3 > 4 ? c->m / 3 : 4;
    t.vpad = tight ? (c->m / 6 > 3 ? c->m / 6 : 3) : t.pad; /* above and below the text */
    /* The badge a little taller than a line of the text, so a one-line
     * tile stays low when room is short. */
    t.badge = projector_line(px) + t.vpad;
    if (t.badge > c->r.h / 10)
        t.badge = c->r.h / 10;
    /* The count and the mark as big as the text, at least H/24, but
     * never taller than the badge (the tile's least height). */
    t.count_px = px > c->r.h / 24 ? px : c->r.h / 24;
    while (t.count_px > 8 && ui_text_height(c->ui, projector_font(c, t.count_px, FONT_BOLD)) > t.badge)
        t.count_px--;
    t.count_w = 0;
    if (st->tally) {
        Font f = projector_font(c, t.count_px, FONT_BOLD);
        t.count_w = ui_text_width(c->ui, f, "999|", 4) + t.pad;
    }
    t.mark_px = t.count_px;
    t.mark_w = revealed ? ui_text_width(c->ui, projector_font(c, t.mark_px, FONT_BOLD), CHECK, 3) + t.pad : 0;
    return t;
}

/* Lays the options out in W at PX: two columns when every word fits the
 * narrower tiles, else one. False when a word does not fit even in one
 * column. */
bool projector_tiles_plan(const Projector *c, int w, int px, bool revealed, bool tight, TileLayout *out)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    size_t n = q->noptions < CLASS_MAX_OPTIONS ? q->noptions : CLASS_MAX_OPTIONS;
    TileParts t = tile_parts(c, px, revealed, tight);
    Font f = projector_font(c, px, FONT_SEMIBOLD);
    int gap = tight ? c->m / 4 : c->m / 2;
    bool found = false;
    /* Two columns unless one column is lower (long texts that wrap less
     * in wider tiles). */
    for (int cols = n >= 2 ? 2 : 1; cols >= 1; cols--) {
        int tw = (w - (cols - 1) * gap) / cols;
        int text_w = tw - 3 * t.pad - t.badge - t.count_w - t.mark_w;
        bool fits = text_w > 0;
        int text_h = 0;
        for (size_t k = 0; k < n && fits; k++) {
            const char *text = option_text(c, q, option_at(&c->app->classq.cq, k));
            fits = widest_word(c, text, f) <= text_w;
            int h = ui_paragraph_height(c->ui, text_w, f, projector_line(px), text);
            text_h = h > text_h ? h : text_h;
        }
        if (!fits)
            continue;
        int rows = (int)((n + (size_t)cols - 1) / (size_t)cols);
        int th = (text_h > t.badge ? text_h : t.badge) + 2 * t.vpad;
        int h = rows * th + (rows - 1) * gap;
        if (found && h >= out->h)
            continue;
        *out = (TileLayout){cols, px, tw, th, h, tight};
        found = true;
    }
    return found;
}

/* One option tile: letter K, showing option O. Returns clicked (to choose
 * it for the tally). */
static bool tile(const Projector *c, size_t k, Rect r, int px, bool tight, bool revealed, bool selected)
{
    ClassState *st = &c->app->classq;
    const ClassQuiz *cq = &st->cq;
    const Question *q = classquiz_question(cq);
    const Palette *p = c->p;
    size_t o = option_at(cq, k);
    bool right = q->options[o].correct;
    TileParts t = tile_parts(c, px, revealed, tight);
    /* At the reveal the right option turns the right green (whatever its
     * tile colour: a red A would read as wrong), the others grey; the ✓
     * and ✗ say the same without colour. */
    bool dim = revealed && !right, green = revealed && right;
    Color bg = dim ? p->dim : green ? p->right : p->tile[k % 6];
    Color fg = dim ? p->dim_text : green ? p->on_right : p->on_tile;
    int radius = r.h / 8 < c->m / 2 ? r.h / 8 : c->m / 2;
    UiState s = ui_interact(c->ui, ui_id("class-tile", k), r, 0);
    draw_rect(&c->ui->dl, r, bg, radius);
    if (selected) /* the option whose count is being typed: a thick frame */
        draw_border(&c->ui->dl, r, p->text, c->m / 5 > 3 ? c->m / 5 : 3, radius);
    Rect b = {r.x + t.pad, r.y + (r.h - t.badge) / 2, t.badge, t.badge};
    draw_rect(&c->ui->dl, b, fg, t.badge / 6);
    char letter[4];
    practice_badge(k, true, letter);
    projector_centred(c, b, projector_font(c, t.badge * 3 / 5, FONT_BOLD), bg, letter);
    int right_x = r.x + r.w - t.pad;
    if (revealed) {
        right_x -= t.mark_w - t.pad;
        Rect sr = {right_x, r.y, t.mark_w - t.pad, r.h};
        projector_centred(c, sr, projector_font(c, t.mark_px, FONT_BOLD), fg, right ? CHECK : CROSS);
        right_x -= t.pad;
    }
    if (st->tally) {
        /* The count at the right end: while the question is open only
         * with "Toon stemmen tijdens de vraag", else the class follows
         * the majority; a count being typed shows as dots. */
        const ClassRound *rd = &cq->rounds[cq->current];
        bool open = cq->phase == CLASS_OPEN;
        bool live = !open || st->live_votes;
        char num[16] = "";
        if (selected && st->entry[0] && live) {
            snprintf(num, sizeof num, "%s|", st->entry);
        } else if (selected && st->entry[0]) { /* a dot per digit */
            size_t at = 0;
            for (size_t i = 0; st->entry[i] && at + 4 < sizeof num; i++)
                at += (size_t)snprintf(num + at, sizeof num - at, "\xE2\x80\xA2");
            snprintf(num + at, sizeof num - at, "|");
        } else if (live && (rd->tallied || open)) {
            snprintf(num, sizeof num, "%u", rd->tally[o]);
        }
        right_x -= t.count_w - t.pad;
        if (num[0])
            projector_centred(c, (Rect){right_x, r.y, t.count_w - t.pad, r.h}, projector_font(c, t.count_px, FONT_BOLD),
                              fg, num);
        right_x -= t.pad;
    }
    int tx = b.x + t.badge + t.pad;
    int tw = right_x - tx;
    const char *text = option_text(c, q, o);
    Font f = projector_font(c, px, FONT_SEMIBOLD);
    int h = ui_paragraph_height(c->ui, tw, f, projector_line(px), text);
    ui_paragraph(c->ui, tx, r.y + (r.h - h) / 2, tw, f, fg, projector_line(px), text);
    return s.clicked;
}

/* The options as a grid of tiles from (X, Y) as TL planned them. */
size_t projector_options(const Projector *c, int x, int y, const TileLayout *tl, bool revealed)
{
    ClassState *st = &c->app->classq;
    const Question *q = classquiz_question(&st->cq);
    size_t n = q->noptions < CLASS_MAX_OPTIONS ? q->noptions : CLASS_MAX_OPTIONS;
    int gap = tl->tight ? c->m / 4 : c->m / 2;
    bool tallying = st->tally && (st->cq.phase == CLASS_OPEN || st->cq.phase == CLASS_REVEAL);
    size_t clicked = SIZE_MAX;
    for (size_t k = 0; k < n; k++) {
        Rect r = {x + (int)(k % (size_t)tl->cols) * (tl->tile_w + gap),
                  y + (int)(k / (size_t)tl->cols) * (tl->tile_h + gap), tl->tile_w, tl->tile_h};
        /* At the reveal the frame shows only while a count is corrected. */
        bool sel = tallying && st->option == k && (st->cq.phase == CLASS_OPEN || st->entry[0]);
        if (tile(c, k, r, tl->px, tl->tight, revealed, sel))
            clicked = k;
    }
    return clicked;
}

/* The chart's label font: as big as H/26, small enough that "A: 999"
 * fits its slot. */
static int chart_px(const Projector *c, int slot)
{
    int px = c->r.h / 26;
    while (px > 8 && ui_text_width(c->ui, projector_font(c, px, FONT_BOLD), "A: 999", 6) > slot - 4)
        px--;
    return px;
}

int projector_chart_min_h(const Projector *c, int w)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    int slot = w / (int)(q->noptions ? q->noptions : 1);
    return projector_line(c->r.h / 30) + c->m / 2 + 3 * projector_line(chart_px(c, slot)) + c->r.h / 10;
}

/* The tally as bars A-D with their counts; the right one green, with ✓.
 * With more right answers a student may vote for several, so each bar is
 * a count of its own and no share of a total. */
void projector_chart(const Projector *c, Rect area)
{
    ClassState *st = &c->app->classq;
    const ClassQuiz *cq = &st->cq;
    const ClassRound *rd = &cq->rounds[cq->current];
    const Question *q = classquiz_question(cq);
    size_t n = q->noptions < CLASS_MAX_OPTIONS ? q->noptions : CLASS_MAX_OPTIONS;
    bool multi = classquiz_nright(q) > 1;
    unsigned total = 0, most = 1;
    for (size_t i = 0; i < n; i++) {
        total += rd->tally[i];
        if (rd->tally[i] > most)
            most = rd->tally[i];
    }
    char buf[128];
    if (multi)
        snprintf(buf, sizeof buf, "%s", app_str(c->app, STR_CLASS_VOTES_MULTI));
    else
        snprintf(buf, sizeof buf, app_str(c->app, STR_CLASS_VOTES), total);
    Font hf = projector_font(c, c->r.h / 30, FONT_BOLD);
    ui_label_fit(c->ui, area.x, area.y, area.w, hf, c->p->text, buf);
    int top = area.y + projector_line(c->r.h / 30) + c->m / 2;
    int slot = area.w / (int)n;
    int lpx = chart_px(c, slot);
    Font lf = projector_font(c, lpx, FONT_BOLD);
    int lh = projector_line(lpx);
    int base = area.y + area.h - lh;       /* the bars stand on this line */
    int maxh = base - top - lh - c->m / 4; /* room above for the percentage */
    int bw = slot * 3 / 5;
    draw_rect(&c->ui->dl, (Rect){area.x, base, area.w, c->r.h / 270 + 1}, c->p->text, 0);
    for (size_t k = 0; k < n; k++) {
        size_t o = option_at(cq, k);
        bool right = q->options[o].correct;
        int h = (int)((long long)maxh * rd->tally[o] / most);
        int x = area.x + (int)k * slot + (slot - bw) / 2;
        if (h > 0)
            draw_rect(&c->ui->dl, (Rect){x, base - h, bw, h}, right ? c->p->right : c->p->dim, 0);
        if (!right && h > 0)
            draw_border(&c->ui->dl, (Rect){x, base - h, bw, h}, c->p->muted, 2, 0);
        char letter[4];
        practice_badge(k, true, letter);
        snprintf(buf, sizeof buf, "%s: %u", letter, rd->tally[o]);
        projector_centred(c, (Rect){area.x + (int)k * slot, base + 2, slot, lh}, lf, c->p->text, buf);
        int pct = total ? (int)((rd->tally[o] * 100u + total / 2) / total) : 0;
        if (multi)
            snprintf(buf, sizeof buf, "%s", right ? CHECK : "");
        else
            snprintf(buf, sizeof buf, "%s%d%%", right ? CHECK " " : "", pct);
        if (buf[0])
            projector_centred(c, (Rect){area.x + (int)k * slot, base - h - lh, slot, lh}, lf,
                              right ? c->p->right : c->p->muted, buf);
    }
}

/* The teams' chips at the reveal: "Punt voor:", then per team its colour,
 * key, name (cut with … to its cell) and ✓ when awarded. One row when all
 * fit, else rows of three cells of one width (COMPACT: one row of cells
 * of one width). Draws only with DRAW; returns the height. */
static int team_chips(const Projector *c, int x, int y, int w, bool compact, bool draw)
{
    ClassState *st = &c->app->classq;
    ClassQuiz *cq = &st->cq;
    if (!cq->nteams)
        return 0;
    const ClassRound *rd = &cq->rounds[cq->current];
    int px = c->r.h / 30;
    Font f = projector_font(c, px, FONT_BOLD);
    int h = projector_line(px) + c->m / 4, gap = c->m / 3;
    int dot = h / 2;
    const char *label = app_str(c->app, STR_CLASS_POINTS_FOR);
    int lw = ui_text_width(c->ui, f, label, strlen(label));
    int x0 = x + lw + c->m / 2, room = x + w - x0;
    char chips[CLASS_MAX_TEAMS][96];
    int natural = 0;
    for (size_t t = 0; t < cq->nteams; t++) {
        snprintf(chips[t], sizeof chips[t], "%s%zu %s", rd->awarded[t] ? CHECK " " : "", t + 1, cq->teams[t]);
        natural += ui_text_width(c->ui, f, chips[t], strlen(chips[t])) + c->m + dot + gap;
    }
    bool natural_row = natural - gap <= room;
    int per_row = natural_row || compact ? (int)cq->nteams : cq->nteams <= 4 ? 2 : 3;
    int rows = ((int)cq->nteams + per_row - 1) / per_row;
    int total = rows * h + (rows - 1) * gap;
    if (!draw)
        return total;
    ui_label(c->ui, x, y + (h - ui_text_height(c->ui, f)) / 2, f, c->p->text, label);
    int cell = (room - (per_row - 1) * gap) / per_row;
    int cx = x0;
    for (size_t t = 0; t < cq->nteams; t++) {
        int row = (int)t / per_row, col = (int)t % per_row;
        int cw = cell;
        if (natural_row) { /* one row: each its natural width */
            cw = ui_text_width(c->ui, f, chips[t], strlen(chips[t])) + c->m + dot;
        } else {
            cx = x0 + col * (cell + gap);
        }
        Rect r = {cx, y + row * (h + gap), cw, h};
        UiState s = ui_interact(c->ui, ui_id("class-chip", t), r, 0);
        Color fg = c->p->text;
        if (rd->awarded[t]) {
            draw_rect(&c->ui->dl, r, c->p->text, h / 4);
            fg = c->p->bg;
        } else {
            draw_rect(&c->ui->dl, r, s.hover ? c->p->dim : c->p->bg, h / 4);
            draw_border(&c->ui->dl, r, c->p->edge, 2, h / 4);
        }
        /* The team's colour, as on the leaderboard and in the setup. */
        int pad = c->m / 2;
        draw_rect(&c->ui->dl, (Rect){r.x + pad / 2, r.y + (h - dot) / 2, dot, dot}, c->p->tile[t % 6], dot / 4);
        int tx = r.x + pad / 2 + dot + pad / 2;
        ui_label_fit(c->ui, tx, r.y + (h - ui_text_height(c->ui, f)) / 2, r.x + r.w - pad / 2 - tx, f, fg, chips[t]);
        if (s.clicked)
            classquiz_award(cq, t);
        cx += cw + gap;
    }
    return total;
}

int projector_team_chips_height(const Projector *c, int w, bool compact)
{
    return team_chips(c, 0, 0, w, compact, false);
}

int projector_team_chips(const Projector *c, int x, int y, int w, bool compact)
{
    return team_chips(c, x, y, w, compact, true);
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
    if (rh < c->r.h / 14) { /* tight: closer rows, larger type */
        gap = c->m / 4;
        rh = (area.h - (int)(n - 1) * gap) / (int)n;
    }
    if (rh > c->r.h / 9)
        rh = c->r.h / 9;
    int px = rh * 3 / 5 < c->r.h / 16 ? rh * 3 / 5 : c->r.h / 16;
    /* Long names: the type shrinks (not below a thirtieth of the height)
     * before a name is cut, and the names may take 3/5 of the width. */
    int least = projector_px_for(c, (c->r.h + 29) / 30, FONT_BOLD);
    Font f;
    int name_w;
    for (;;) {
        f = projector_font(c, px, FONT_BOLD);
        name_w = 0;
        for (size_t k = 0; k < n; k++) {
            char s[64];
            snprintf(s, sizeof s, "%zu. %s", k + 1, cq->teams[order[k]]);
            int w = ui_text_width(c->ui, f, s, strlen(s));
            name_w = w > name_w ? w : name_w;
        }
        if (name_w <= area.w * 3 / 5 || px <= least)
            break;
        px--;
    }
    int best = cq->scores[order[0]] > 0 ? cq->scores[order[0]] : 1;
    if (name_w > area.w * 3 / 5)
        name_w = area.w * 3 / 5;
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
