/* screen_class.c - the class quiz on a projector: the whole window (no top
 * bar; full screen is asked for on entering and given back on leaving),
 * type sized from the window's height (the question never smaller than a
 * twentieth of it), the projector palette, proportions that fill 16:9 and
 * 4:3 alike. The pieces are drawn by projector.c; this file lays them out
 * per phase and handles the keys.
 *
 * The teacher drives it with the keyboard or a presenter's clicker (Page
 * Down): Enter shows the options and starts the countdown, Space pauses
 * it, Enter reveals the right answer (green AND ✓, the others grey + ✗) and
 * the explanation. With a tally, digits + Enter (or + and −) set the count
 * of the chosen option (A-D, ↑ ↓ or a click) while the question is open,
 * and the reveal shows the counts as a bar chart. With teams, keys 1-6
 * give a point at the reveal, and a leaderboard follows. Keys are read in
 * the order they were pressed (a count of 21 is not 12), before drawing,
 * so a frame always shows the state after its keys. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "answer_text.h"
#include "class_screens.h"
#include "projector.h"
#include "export.h"
#include "fsutil.h"
#include "markup.h"
#include "os.h"
#include "screen_class.h"
#include "widgets.h"

#define CHECK "\xE2\x9C\x93"

/* ---- entering, leaving, export ---- */

void screen_class_enter(App *app)
{
    ClassState *st = &app->classq;
    if (!app->fullscreen && !st->made_fullscreen) {
        app->toggle_fullscreen = true;
        st->made_fullscreen = true;
    }
}

void screen_class_leave(App *app)
{
    ClassState *st = &app->classq;
    if (!st->made_fullscreen)
        return;
    st->made_fullscreen = false;
    if (app->toggle_fullscreen)
        app->toggle_fullscreen = false; /* not carried out yet */
    else if (app->fullscreen)
        app->toggle_fullscreen = true;
}

static void to_setup(App *app)
{
    if (app->nhistory && app->history[app->nhistory - 1] == SCREEN_CLASS_SETUP)
        app_back(app);
    else
        app_replace(app, SCREEN_CLASS_SETUP);
}

bool class_screen_export(App *app)
{
    ClassState *st = &app->classq;
    const char *dir = app->progress.data_dir;
    char err[512];
    AwError e;
    st->export_path[0] = st->export_error[0] = '\0';
    if (!dir[0]) {
        snprintf(st->export_error, sizeof st->export_error, app_str(app, STR_CLASS_EXPORT_FAILED),
                 app_str(app, STR_CLASS_NO_DATA_DIR));
        return false;
    }
    if (!fsutil_mkdirs(dir, &e)) {
        i18n_error(&e, app->lang, err, sizeof err);
        snprintf(st->export_error, sizeof st->export_error, app_str(app, STR_CLASS_EXPORT_FAILED), err);
        return false;
    }
    /* klassikaal-2026-03-01-0915.csv; never over an earlier export. */
    time_t now = (time_t)(app_wall_ms(app) / 1000);
    struct tm tm;
    char stamp[32] = "quiz";
    if (os_local_time((int64_t)now, &tm))
        strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &tm);
    /* The table is built in memory, then written the way every file is
     * (fsutil_write_new: fsynced, never over an earlier export; fopen "wx"
     * is not honoured by every C library). */
    size_t csvlen = 0;
    char *csv = st->live.running ? st->live.host->csv(st->live.host->ctx, &st->cq, st->live.anonymous, &csvlen)
                                 : classquiz_csv_text(&st->cq, &csvlen);
    bool ok = csv != NULL;
    int saved_errno = ok ? 0 : ENOMEM;
    char path[4200];
    bool written = false;
    for (int k = 1; ok && k < 1000 && !written; k++) {
        bool fits = export_path(path, sizeof path, dir, k, "csv",
                                st->live.running ? "klassikaal-live-%s" : "klassikaal-%s", stamp); /* DATA/exports */
        if (!fits) {
            saved_errno = errno; /* ENAMETOOLONG, or why exports/ could not be made */
            break;
        }
        written = fsutil_write_new(path, csv, csvlen, &e);
        saved_errno = errno;
        if (!written && saved_errno != EEXIST)
            break;
    }
    free(csv);
    if (!written) {
        snprintf(st->export_error, sizeof st->export_error, app_str(app, STR_CLASS_EXPORT_FAILED),
                 strerror(saved_errno ? saved_errno : EIO));
        return false;
    }
    snprintf(st->export_path, sizeof st->export_path, "%s", path);
    return true;
}

/* ---- keys ---- */

/* The option (written order) under the letter being counted. */
static size_t counted(const ClassState *st)
{
    return classquiz_option_at(&st->cq, st->cq.current, st->option);
}

static void commit_entry(ClassState *st)
{
    if (!st->entry[0])
        return;
    classquiz_tally_set(&st->cq, counted(st), (unsigned)strtoul(st->entry, NULL, 10));
    st->entry[0] = '\0';
}

static void advance(App *app)
{
    ClassState *st = &app->classq;
    ClassPhase before = st->cq.phase;
    commit_entry(st);
    classquiz_advance(&st->cq, (int64_t)app->now_ms);
    if (before != CLASS_OPEN && st->cq.phase == CLASS_OPEN) {
        st->option = 0;
        st->entry[0] = '\0';
    }
}

static void keys(App *app, Ui *ui)
{
    ClassState *st = &app->classq;
    ClassQuiz *cq = &st->cq;
    for (int k = 0; k < ui->in.nkeys; k++) {
        UiKeyEvent *ev = &ui->in.keys[k];
        if (ev->used || (ev->mods & (UI_MOD_CTRL | UI_MOD_ALT)))
            continue;
        const Question *q = classquiz_question(cq);
        size_t nopt = q ? q->noptions : 0;
        /* A number written down has no options to count. */
        bool tallying =
            st->tally && (cq->phase == CLASS_OPEN || cq->phase == CLASS_REVEAL) && q && q->type != QUESTION_NUMERIC;
        bool awarding = cq->nteams && cq->phase == CLASS_REVEAL;
        int key = ev->key;
        bool used = true;
        if (key >= '0' && key <= '9' && awarding) {
            if (key >= '1' && (size_t)(key - '0') <= cq->nteams)
                classquiz_award(cq, (size_t)(key - '1'));
        } else if (key >= '0' && key <= '9' && tallying) {
            size_t n = strlen(st->entry);
            if (n < 4) {
                st->entry[n] = (char)key;
                st->entry[n + 1] = '\0';
            }
        } else if (key >= 'a' && key < 'a' + (int)nopt && tallying) {
            commit_entry(st);
            st->option = (size_t)(key - 'a');
        } else if ((key == UI_KEY_UP || key == UI_KEY_DOWN) && tallying) {
            commit_entry(st);
            if (key == UI_KEY_UP && st->option > 0)
                st->option--;
            else if (key == UI_KEY_DOWN && st->option + 1 < nopt)
                st->option++;
        } else if ((key == '+' || key == '=') && tallying) {
            commit_entry(st);
            classquiz_tally_add(cq, counted(st), +1);
        } else if (key == '-' && tallying) {
            commit_entry(st);
            classquiz_tally_add(cq, counted(st), -1);
        } else if (key == UI_KEY_BACKSPACE && st->entry[0]) {
            st->entry[strlen(st->entry) - 1] = '\0';
        } else if (key == UI_KEY_ESCAPE && st->entry[0]) {
            st->entry[0] = '\0';
        } else if (key == UI_KEY_ENTER || key == UI_KEY_PAGEDOWN || key == UI_KEY_RIGHT) {
            if (st->entry[0]) {
                /* A count entered: on to the next option, as on a form. */
                commit_entry(st);
                if (st->option + 1 < nopt)
                    st->option++;
            } else if (cq->phase != CLASS_END) {
                advance(app);
            }
        } else if (key == ' ' && cq->phase == CLASS_OPEN) {
            classquiz_toggle_pause(cq, (int64_t)app->now_ms);
        } else if (key == 'e' && cq->phase == CLASS_END) {
            class_screen_export(app);
        } else {
            used = false;
        }
        if (used) {
            ev->used = true;
            ui->redraw = true;
        }
    }
}

/* ---- the phases ---- */

typedef struct {
    int top, bottom; /* the content band between the header and the footer */
} Band;

/* "Vraag 3 van 15" in the corner; returns the content band. */
static Band frame_band(const Projector *c, int footer_h)
{
    const ClassQuiz *cq = &c->app->classq.cq;
    int px = c->r.h / 30;
    char buf[64];
    snprintf(buf, sizeof buf, app_str(c->app, STR_CLASS_Q_OF), cq->current + 1, cq->nrounds);
    if (cq->phase != CLASS_END)
        ui_label(c->ui, c->r.x + c->m, c->r.y + c->m / 2, projector_font(c, px, FONT_BOLD), c->p->muted, buf);
    Band b = {c->r.y + c->m / 2 + projector_line(px) + c->m / 2, c->r.y + c->r.h - footer_h - c->m / 2};
    return b;
}

/* A size from HI scaled to S percent, never below LO. */
static int scaled(int hi, int pct, int lo)
{
    int px = hi * pct / 100;
    return px < lo ? lo : px;
}

static int stem_height(const Projector *c, int w, int px)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    return ui_paragraph_height(c->ui, w, projector_font(c, px, FONT_SEMIBOLD), projector_line(px), q->prompt);
}

static void stem(const Projector *c, int x, int y, int w, int px)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    ui_paragraph(c->ui, x, y, w, projector_font(c, px, FONT_SEMIBOLD), c->p->text, projector_line(px), q->prompt);
}

/* "Meer antwoorden goed" in a frame, when more than one option is right,
 * so the class knows to hold up more cards. Returns its height (0 when
 * the question has one right answer); draws only with DRAW. */
static int multi_note(const Projector *c, int x, int y, int w, bool draw)
{
    if (classquiz_nright(classquiz_question(&c->app->classq.cq)) < 2)
        return 0;
    int px = c->r.h / 30;
    Font f = projector_font(c, px, FONT_BOLD);
    int h = projector_line(px) + c->m / 2;
    if (draw) {
        const char *s = app_str(c->app, STR_CLASS_MULTI);
        int tw = ui_text_width(c->ui, f, s, strlen(s)) + c->m;
        Rect r = {x, y, tw < w ? tw : w, h};
        draw_border(&c->ui->dl, r, c->p->text, c->m / 8 > 2 ? c->m / 8 : 2, h / 2);
        ui_label_fit(c->ui, r.x + c->m / 2, r.y + (h - ui_text_height(c->ui, f)) / 2, r.w - c->m, f, c->p->text, s);
    }
    return h;
}

static void phase_question(const Projector *c, Band b)
{
    int w = c->r.w - 2 * c->m;
    int x = c->r.x + c->m;
    int note = multi_note(c, x, 0, w, false);
    int room = b.bottom - b.top - (note ? note + c->m : 0);
    int h;
    const Question *q = classquiz_question(&c->app->classq.cq);
    int px = projector_fit(c, q->prompt, FONT_SEMIBOLD, w, room, c->r.h / 10, c->minq, &h);
    int total = h + (note ? note + c->m : 0);
    int y = b.top + (b.bottom - b.top - total) / 2;
    y = y > b.top ? y : b.top;
    stem(c, x, y, w, px);
    if (note)
        multi_note(c, x, y + h + c->m, w, true);
}

static char *cut_to_fit(const Projector *c, const char *text, FontStyle st, int w, int px, int maxh);

/* The options at PX, or at the largest size below it that lays out (a
 * very long word). */
static void plan_tiles(const Projector *c, int w, int px, bool revealed, bool tight, TileLayout *tl)
{
    while (!projector_tiles_plan(c, w, px, revealed, tight, tl) && px > 8)
        px--;
}

/* The stem beside the countdown, "Meer antwoorden goed" under it, the
 * options below: all as large as fits, shrinking together to their
 * least sizes (the stem a twentieth of the height, the options a
 * thirtieth). When even then they do not fit, the tiles pack tighter and
 * the stem is cut to the lines left, ending in "…" (the class read it in
 * full on the question alone just before). */
static void phase_open(const Projector *c, Band b)
{
    ClassState *st = &c->app->classq;
    const Question *q = classquiz_question(&st->cq);
    int x = c->r.x + c->m, w = c->r.w - 2 * c->m;
    int note = multi_note(c, x, 0, w, false);
    int note_h = note ? note + c->m / 2 : 0;
    int avail = b.bottom - b.top;
    int spx = c->minq, sh = 0, head = 0, d = 0, qw = w, ring_h = 0;
    bool tight = false;
    TileLayout tl;
    for (int pct = 100;; pct -= 4) {
        d = scaled(c->r.h / 5, pct, c->r.h / 8); /* the countdown's ring */
        ring_h = d + d / 16 + projector_line(d / 6);
        qw = w - c->m - d;
        spx = scaled(c->r.h / 13, pct, c->minq);
        int opx = scaled(c->r.h / 16, pct, c->minopt);
        sh = stem_height(c, qw, spx);
        head = (sh + note_h > ring_h ? sh + note_h : ring_h) + c->m / 2;
        plan_tiles(c, w, opx, false, tight, &tl);
        if (head + tl.h <= avail)
            break;
        if (spx == c->minq && opx == c->minopt) {
            if (tight)
                break;
            tight = true; /* again from the top, packed tighter */
            pct = 104;
        }
    }
    char *short_stem = NULL;
    if (head + tl.h > avail) {
        int room = avail - tl.h - c->m / 2 - note_h;
        if (room < ring_h - note_h)
            room = ring_h - note_h; /* beside the ring costs nothing */
        if (room < projector_line(spx))
            room = projector_line(spx);
        if (room < sh) {
            short_stem = cut_to_fit(c, q->prompt, FONT_SEMIBOLD, qw, spx, room);
            if (short_stem) {
                sh = ui_paragraph_height(c->ui, qw, projector_font(c, spx, FONT_SEMIBOLD), projector_line(spx),
                                         short_stem);
                head = (sh + note_h > ring_h ? sh + note_h : ring_h) + c->m / 2;
            }
        }
    }
    /* Too long a question for this window even then: the options shrink
     * further rather than run off the screen. */
    for (int px = tl.px; head + tl.h > avail && px > 8;)
        plan_tiles(c, w, --px, false, tight, &tl);
    if (short_stem)
        ui_paragraph(c->ui, x, b.top, qw, projector_font(c, spx, FONT_SEMIBOLD), c->p->text, projector_line(spx),
                     short_stem);
    else
        stem(c, x, b.top, qw, spx);
    free(short_stem);
    if (note)
        multi_note(c, x, b.top + sh + c->m / 2, qw, true);
    projector_countdown(c, (Rect){x + w - d, b.top, d, d});
    size_t clicked = projector_options(c, x, b.top + head, &tl, false);
    if (clicked != SIZE_MAX && st->tally) {
        commit_entry(st);
        st->option = clicked;
    }
}

/* ---- a numeric question: written down, then the number shown ---- */

/* The line under a numeric question: "write the number down (in %)". */
static void numeric_write_line(const Projector *c, const Question *q, char *buf, size_t size)
{
    if (q->unit)
        snprintf(buf, size, app_str(c->app, STR_CLASS_NUMERIC_WRITE_UNIT), q->unit);
    else
        snprintf(buf, size, "%s", app_str(c->app, STR_CLASS_NUMERIC_WRITE));
}

/* The stem beside the countdown, as large as fits above the line that
 * asks for the number in writing. */
static void phase_open_numeric(const Projector *c, Band b)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    int x = c->r.x + c->m, w = c->r.w - 2 * c->m;
    int d = c->r.h / 5;
    int qw = w - c->m - d;
    char line[256];
    numeric_write_line(c, q, line, sizeof line);
    int lpx = c->r.h / 20;
    Font lf = projector_font(c, lpx, FONT_BOLD);
    int lh = ui_paragraph_height(c->ui, w, lf, projector_line(lpx), line);
    int room = b.bottom - b.top - lh - c->m;
    int sh;
    int px = projector_fit(c, q->prompt, FONT_SEMIBOLD, qw, room, c->r.h / 13, c->minq, &sh);
    char *cut = sh > room ? cut_to_fit(c, q->prompt, FONT_SEMIBOLD, qw, px, room) : NULL;
    Font sf = projector_font(c, px, FONT_SEMIBOLD);
    if (cut)
        sh = ui_paragraph_height(c->ui, qw, sf, projector_line(px), cut);
    ui_paragraph(c->ui, x, b.top, qw, sf, c->p->text, projector_line(px), cut ? cut : q->prompt);
    free(cut);
    projector_countdown(c, (Rect){x + w - d, b.top, d, d});
    int top = b.top + (sh > d ? sh : d) + c->m;
    ui_paragraph(c->ui, x, top, w, lf, c->p->text, projector_line(lpx), line);
}

/* The stem, "✓ Juist: 25%" (with its margin or range) and the
 * explanation; the team chips at the bottom. The stem and then the
 * explanation give way when the window is short. */
static void phase_reveal_numeric(const Projector *c, Band b)
{
    const Question *q = classquiz_question(&c->app->classq.cq);
    int x = c->r.x + c->m, w = c->r.w - 2 * c->m;
    char right[256], head[320];
    answer_text_numeric_right(c->app, q, right, sizeof right);
    snprintf(head, sizeof head, "%s: %s", app_str(c->app, STR_CLASS_RIGHT), right);
    int chips = projector_team_chips_height(c, w, false);
    int hpx = c->r.h / 14;
    Font hf = projector_font(c, hpx, FONT_BOLD);
    int hh = ui_paragraph_height(c->ui, w, hf, projector_line(hpx), head);
    int avail = b.bottom - b.top - hh - c->m - (chips ? chips + c->m / 2 : 0);
    int epx = c->r.h / 26;
    Font ef = projector_font(c, epx, FONT_REGULAR);
    const char *why = q->explanation ? q->explanation : "";
    int eh = why[0] ? ui_paragraph_height(c->ui, w, ef, projector_line(epx), why) : 0;
    int sroom = avail - eh - c->m;
    if (sroom < avail / 3)
        sroom = avail / 3;
    int sh;
    int spx = projector_fit(c, q->prompt, FONT_SEMIBOLD, w, sroom, c->r.h / 16, c->minq, &sh);
    char *short_stem = sh > sroom ? cut_to_fit(c, q->prompt, FONT_SEMIBOLD, w, spx, sroom) : NULL;
    Font sf = projector_font(c, spx, FONT_SEMIBOLD);
    if (short_stem)
        sh = ui_paragraph_height(c->ui, w, sf, projector_line(spx), short_stem);
    int y = b.top;
    ui_paragraph(c->ui, x, y, w, sf, c->p->text, projector_line(spx), short_stem ? short_stem : q->prompt);
    y += sh + c->m / 2;
    ui_paragraph(c->ui, x, y, w, hf, c->p->right, projector_line(hpx), head);
    y += hh + c->m / 2;
    int eroom = b.bottom - y - (chips ? chips + c->m / 2 : 0);
    char *short_why = why[0] && eh > eroom && eroom > 0 ? cut_to_fit(c, why, FONT_REGULAR, w, epx, eroom) : NULL;
    if (why[0] && eroom > 0)
        ui_paragraph(c->ui, x, y, w, ef, c->p->text, projector_line(epx), short_why ? short_why : why);
    free(short_stem);
    free(short_why);
    if (chips)
        projector_team_chips(c, x, b.bottom - chips, w, false);
}

/* The letters of the right options as shown: "B" or "A, C". */
static void right_letters(const ClassQuiz *cq, char *buf, size_t size)
{
    const Question *q = classquiz_question(cq);
    size_t at = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < q->noptions && k < CLASS_MAX_OPTIONS && at + 4 < size; k++)
        if (q->options[classquiz_option_at(cq, cq->current, k)].correct) {
            char l[4];
            practice_badge(k, true, l);
            at += (size_t)snprintf(buf + at, size - at, "%s%s", at ? ", " : "", l);
        }
}

/* TEXT without its markup, cut after a word and ended with "…" so that
 * it fits W x MAXH at PX in style ST (at least its first word). A new
 * string the caller frees; NULL when out of memory. */
static char *cut_to_fit(const Projector *c, const char *text, FontStyle st, int w, int px, int maxh)
{
    char *plain = markup_strip_dup(text);
    if (!plain)
        return NULL;
    size_t n = strlen(plain);
    char *buf = malloc(n + 4);
    if (!buf) {
        free(plain);
        return NULL;
    }
    Font f = projector_font(c, px, st);
    /* The longest cut at a space that fits: a binary search over the
     * byte positions, each snapped back to the space before it. */
    size_t lo = 0, hi = n, best = 0;
    while (lo <= hi) {
        size_t mid = lo + (hi - lo) / 2, at = mid;
        while (at > 0 && plain[at] != ' ')
            at--;
        if (at == 0) {
            lo = mid + 1;
            continue;
        }
        memcpy(buf, plain, at);
        memcpy(buf + at, "\xE2\x80\xA6", 4);
        if (ui_paragraph_height(c->ui, w, f, projector_line(px), buf) <= maxh) {
            best = at;
            lo = mid + 1;
        } else {
            if (mid == 0)
                break;
            hi = mid - 1;
        }
    }
    if (best == 0) { /* the first word alone */
        best = strcspn(plain, " ");
    }
    memcpy(buf, plain, best);
    memcpy(buf + best, "\xE2\x80\xA6", 4);
    free(plain);
    return buf;
}

/* The reveal's sizes at one step of shrinking. */
typedef struct {
    int spx, hpx, epx;
    int sh, eh; /* stem and explanation heights */
    bool chart;
    bool tight;   /* tighter tiles and gaps, and "✓ Juist: B" run on into
                   * the explanation */
    bool compact; /* the team chips in one row */
    int sp;       /* the space between the parts */
    int chips;    /* the team chips' height */
    int ow;       /* the options' width (less with the chart beside) */
    int oh;       /* the options' (or chart's) height */
    TileLayout tl;
    int total;
} RevealPlan;

/* WHY is the explanation, or (tight) the right letters and the
 * explanation in one paragraph. */
static void reveal_plan(const Projector *c, int w, int pct, bool chart, bool tight, bool compact, const char *why,
                        RevealPlan *p)
{
    p->chart = chart;
    p->tight = tight;
    p->compact = compact;
    p->sp = tight ? c->m / 4 : c->m / 2;
    p->chips = projector_team_chips_height(c, w, compact);
    p->spx = scaled(c->r.h / 16, pct, c->minq);
    p->hpx = scaled(c->r.h / 22, pct, c->minopt);
    p->epx = scaled(c->r.h / 26, pct, c->minopt);
    int opx = scaled(c->r.h / 20, pct, c->minopt);
    p->sh = stem_height(c, w, p->spx);
    p->eh = why[0] ? ui_paragraph_height(c->ui, w, projector_font(c, p->epx, FONT_REGULAR), projector_line(p->epx), why)
                   : 0;
    p->ow = chart ? w * 11 / 20 : w;
    plan_tiles(c, p->ow, opx, true, tight, &p->tl);
    p->oh = p->tl.h;
    if (chart) {
        int ch = projector_chart_min_h(c, w - p->ow - c->m);
        p->oh = ch > p->oh ? ch : p->oh;
    }
    p->total = p->sh + p->sp + p->oh + p->sp + (tight ? 0 : projector_line(p->hpx)) + p->eh +
               (p->chips ? p->sp + p->chips : 0);
}

/* From the top: the stem, the options (with the tally chart beside them
 * when there is room), the right letters and the explanation; the team
 * chips at the bottom. Everything shrinks together to its least size;
 * the chart goes first when even that does not fit (the tiles carry the
 * counts too), then the layout packs tighter (less padding, the right
 * letters run on into the explanation; then the team chips in one row,
 * names cut), then the stem
 * (the class read it in full before) and last the explanation are cut to
 * the room left, ending in "…"; the options keep their least size unless
 * even that is not enough. */
static void phase_reveal(const Projector *c, Band b)
{
    ClassState *st = &c->app->classq;
    ClassQuiz *cq = &st->cq;
    const Question *q = classquiz_question(cq);
    int x = c->r.x + c->m, w = c->r.w - 2 * c->m;
    int avail = b.bottom - b.top;
    bool chart = (st->tally || st->live.running) && cq->rounds[cq->current].tallied;
    char head[64], letters[32];
    right_letters(cq, letters, sizeof letters);
    snprintf(head, sizeof head, "%s: %s", app_str(c->app, STR_CLASS_RIGHT), letters);
    /* The tight form: "✓ Juist: B. Een kwalificatiedossier ..." */
    char *plain_why = markup_strip_dup(q->explanation ? q->explanation : "");
    size_t jn = strlen(head) + (plain_why ? strlen(plain_why) : 0) + 4;
    char *joined = malloc(jn);
    if (joined)
        snprintf(joined, jn, "%s. %s", head, plain_why ? plain_why : "");
    free(plain_why);
    const char *why = q->explanation ? q->explanation : "";
    bool tight = false, compact = false;
    RevealPlan p;
    for (int pct = 100;; pct -= 4) {
        reveal_plan(c, w, pct, chart, tight, compact, tight ? joined : why, &p);
        if (p.total <= avail)
            break;
        if (p.spx == c->minq && p.hpx == c->minopt && p.epx == c->minopt && p.tl.px <= c->minopt) {
            if (chart) {
                chart = false; /* try again without the chart */
                pct = 104;
            } else if (!tight && joined) {
                tight = true; /* and again packed tighter */
                pct = 104;
            } else if (!compact && cq->nteams) {
                compact = true; /* and with the team chips in one row */
                pct = 104;
            } else {
                break;
            }
        }
    }
    if (p.tight)
        why = joined;
    char *short_stem = NULL, *short_why = NULL;
    if (p.total > avail) {
        int over = p.total - avail;
        int least = projector_line(p.spx);
        int room = p.sh - over > least ? p.sh - over : least;
        if (room < p.sh) {
            short_stem = cut_to_fit(c, q->prompt, FONT_SEMIBOLD, w, p.spx, room);
            if (short_stem) {
                int sh = ui_paragraph_height(c->ui, w, projector_font(c, p.spx, FONT_SEMIBOLD), projector_line(p.spx),
                                             short_stem);
                over -= p.sh - sh;
                p.sh = sh;
            }
        }
        least = projector_line(p.epx);
        if (over > 0 && why[0] && p.eh > least) {
            room = p.eh - over > least ? p.eh - over : least;
            short_why = cut_to_fit(c, why, FONT_REGULAR, w, p.epx, room);
            if (short_why) {
                int eh = ui_paragraph_height(c->ui, w, projector_font(c, p.epx, FONT_REGULAR), projector_line(p.epx),
                                             short_why);
                over -= p.eh - eh;
                p.eh = eh;
            }
        }
        /* Still too much: the options shrink below their size. */
        for (int px = p.tl.px, h0 = p.oh; over > 0 && px > 8;) {
            plan_tiles(c, p.ow, --px, true, p.tight, &p.tl);
            over -= h0 - p.tl.h;
            h0 = p.oh = p.tl.h;
        }
    }
    int y = b.top;
    ui_paragraph(c->ui, x, y, w, projector_font(c, p.spx, FONT_SEMIBOLD), c->p->text, projector_line(p.spx),
                 short_stem ? short_stem : q->prompt);
    y += p.sh + p.sp;
    projector_options(c, x, y, &p.tl, true);
    if (p.chart)
        projector_chart(c, (Rect){x + p.ow + c->m, y, w - p.ow - c->m, p.oh});
    y += p.oh + p.sp;
    if (!p.tight) {
        ui_label_fit(c->ui, x, y, w, projector_font(c, p.hpx, FONT_BOLD), c->p->right, head);
        y += projector_line(p.hpx);
    }
    if (why[0])
        ui_paragraph(c->ui, x, y, w, projector_font(c, p.epx, FONT_REGULAR), c->p->text, projector_line(p.epx),
                     short_why ? short_why : why);
    free(short_stem);
    free(short_why);
    free(joined);
    if (p.chips)
        projector_team_chips(c, x, b.bottom - p.chips, w, p.compact);
}

/* The leaderboard under its title of PX (0: the usual H/12). */
static void phase_scores(const Projector *c, Band b, bool final, int px)
{
    px = px ? px : c->r.h / 12;
    const char *title = app_str(c->app, final ? STR_CLASS_FINAL : STR_CLASS_SCORES);
    ui_label(c->ui, c->r.x + c->m, b.top, projector_font(c, px, FONT_BOLD), c->p->text, title);
    int top = b.top + projector_line(px) + c->m;
    projector_leaderboard(c, (Rect){c->r.x + c->m, top, c->r.w - 2 * c->m, b.bottom - top});
}

static void phase_end(const Projector *c, Band b)
{
    App *app = c->app;
    ClassState *st = &app->classq;
    /* With teams the final standings need the room: a smaller title. */
    int px = st->cq.nteams ? c->r.h / 16 : c->r.h / 12, sp = c->r.h / 26;
    int x = c->r.x + c->m, w = c->r.w - 2 * c->m;
    int y = b.top;
    ui_label(c->ui, x, y, projector_font(c, px, FONT_BOLD), c->p->text, app_str(app, STR_CLASS_END));
    y += projector_line(px);
    char buf[128];
    snprintf(buf, sizeof buf, app_str(app, STR_CLASS_END_N), st->cq.nrounds);
    ui_label(c->ui, x, y, projector_font(c, sp, FONT_REGULAR), c->p->muted, buf);
    y += projector_line(sp) + c->m;
    /* The buttons and the export's outcome at the bottom. */
    int bh = c->r.h / 12;
    Font bf = projector_font(c, c->r.h / 30, FONT_BOLD);
    int small = c->r.h / 40;
    int by = b.bottom - bh - projector_line(small) * 2 - c->m / 2;
    LiveStandings stand = st->live.running ? st->live.standings : LIVE_STAND_TEAMS;
    if (st->cq.nteams && stand == LIVE_STAND_TEAMS)
        phase_scores(c, (Band){y, by - c->m}, true, px);
    else if (stand == LIVE_STAND_TOP5)
        class_live_top5(app, c->ui, (Rect){x, y, w, by - c->m - y});
    const char *labels[3] = {app_str(app, STR_CLASS_EXPORT), app_str(app, STR_CLASS_AGAIN),
                             app_str(app, STR_CLASS_CLOSE)};
    int bx = x;
    for (int i = 0; i < 3; i++) {
        int bw = ui_text_width(c->ui, bf, labels[i], strlen(labels[i])) + 2 * c->m;
        if (projector_button(c, ui_id("class-end", (size_t)i), (Rect){bx, by, bw, bh}, labels[i], bf, i == 0)) {
            if (i == 0) {
                class_screen_export(app);
            } else if (i == 1) {
                class_screen_stop(app);
                class_screen_start(app);
            } else {
                class_screen_stop(app);
                to_setup(app);
                return;
            }
        }
        bx += bw + c->m / 2;
    }
    Font sf = projector_font(c, small, FONT_REGULAR);
    int sy = by + bh + c->m / 2;
    if (st->export_path[0]) {
        int lw =
            ui_label(c->ui, x, sy, projector_font(c, small, FONT_BOLD), c->p->text, app_str(app, STR_CLASS_EXPORTED));
        ui_label_fit(c->ui, x + lw + c->m / 3, sy, w - lw - c->m / 3, sf, c->p->text, st->export_path);
    } else if (st->export_error[0]) {
        ui_label_fit(c->ui, x, sy, w, projector_font(c, small, FONT_BOLD), c->p->wrong, st->export_error);
    }
}

/* The hint for the teacher and the Verder button. */
static void footer(const Projector *c, int h)
{
    App *app = c->app;
    ClassState *st = &app->classq;
    ClassQuiz *cq = &st->cq;
    char hint[256];
    switch (cq->phase) {
    case CLASS_QUESTION:
        snprintf(hint, sizeof hint, "%s", app_str(app, STR_CLASS_HINT_QUESTION));
        break;
    case CLASS_OPEN:
        /* A numeric question counts no votes: the plain hint. */
        if (!st->tally || classquiz_question(cq)->type == QUESTION_NUMERIC)
            snprintf(hint, sizeof hint, "%s", app_str(app, STR_CLASS_HINT_OPEN));
        else
            snprintf(hint, sizeof hint, "%s",
                     app_str(app, st->live_votes ? STR_CLASS_HINT_TALLY : STR_CLASS_HINT_TALLY_HIDDEN));
        break;
    case CLASS_REVEAL:
        if (cq->nteams)
            snprintf(hint, sizeof hint, app_str(app, STR_CLASS_HINT_TEAMS), cq->nteams);
        else
            snprintf(hint, sizeof hint, "%s", app_str(app, STR_CLASS_HINT_REVEAL));
        break;
    case CLASS_SCORES:
        snprintf(hint, sizeof hint, "%s", app_str(app, STR_CLASS_HINT_SCORES));
        break;
    case CLASS_END:
        snprintf(hint, sizeof hint, "%s", app_str(app, STR_CLASS_HINT_END));
        break;
    }
    int y = c->r.y + c->r.h - h;
    int bh = h - c->m;
    Font bf = projector_font(c, c->r.h / 30, FONT_BOLD);
    const char *next = app_str(app, STR_CLASS_NEXT);
    int bw = cq->phase == CLASS_END ? 0 : ui_text_width(c->ui, bf, next, strlen(next)) + 2 * c->m;
    Font hf = projector_font(c, c->r.h / 40, FONT_REGULAR);
    int hx = c->r.x + c->m, hy = y + (bh - ui_text_height(c->ui, hf)) / 2;
    if (st->live.running) {
        /* The phones: how many answered (while open) and their list. */
        char label[64];
        snprintf(label, sizeof label, "%s (%zu)", app_str(app, STR_LIVE_PHONES), st->live.view->joined);
        int pw = ui_text_width(c->ui, bf, label, strlen(label)) + 2 * c->m;
        if (projector_button(c, ui_id("live-phones", 0), (Rect){hx, y, pw, bh}, label, bf, st->live.show_phones))
            st->live.show_phones = !st->live.show_phones;
        hx += pw + c->m / 2;
        if (cq->phase == CLASS_OPEN || cq->phase == CLASS_QUESTION) {
            Font af = projector_font(c, c->r.h / 30, FONT_BOLD);
            int aw = class_live_answered(app, c->ui, hx, y + (bh - ui_text_height(c->ui, af)) / 2, af, c->p->text);
            hx += aw + c->m / 2;
        }
    }
    ui_label_fit(c->ui, hx, hy, c->r.x + c->r.w - 2 * c->m - bw - hx, hf, c->p->muted, hint);
    if (bw &&
        projector_button(c, ui_id("class-next", 0), (Rect){c->r.x + c->r.w - c->m - bw, y, bw, bh}, next, bf, false))
        advance(app);
}

void screen_class_frame(App *app, Ui *ui, Rect body)
{
    ClassState *st = &app->classq;
    ClassQuiz *cq = &st->cq;
    if (!st->running) {
        to_setup(app);
        return;
    }
    int64_t now = (int64_t)app->now_ms;
    classquiz_tick(cq, now);
    if (st->live.running && st->live.lobby) {
        class_live_frame_sync(app);
        class_live_lobby(app, ui, body);
        if (!st->live.lobby)
            ui->redraw = true; /* begun: the next frame shows the question */
        return;
    }
    keys(app, ui);
    class_live_frame_sync(app);
    Projector c;
    projector_begin(&c, app, ui, body);
    draw_rect(&ui->dl, body, c.p->bg, 0);
    int footer_h = c.r.h / 14 + c.m;
    Band b = frame_band(&c, footer_h);
    switch (cq->phase) {
    case CLASS_QUESTION:
        phase_question(&c, b);
        break;
    case CLASS_OPEN:
        if (classquiz_question(cq)->type == QUESTION_NUMERIC)
            phase_open_numeric(&c, b);
        else
            phase_open(&c, b);
        break;
    case CLASS_REVEAL:
        if (classquiz_question(cq)->type == QUESTION_NUMERIC)
            phase_reveal_numeric(&c, b);
        else
            phase_reveal(&c, b);
        break;
    case CLASS_SCORES:
        phase_scores(&c, b, false, 0);
        break;
    case CLASS_END:
        phase_end(&c, b);
        break;
    }
    if (!st->running) /* closed from the end screen */
        return;
    footer(&c, footer_h);
    class_live_phones(app, ui, (Rect){body.x, body.y, body.w, body.h - footer_h});
    /* The countdown's next second. */
    if (cq->phase == CLASS_OPEN && !cq->paused && cq->remaining_ms > 0) {
        int64_t step = cq->remaining_ms % 1000 ? cq->remaining_ms % 1000 : 1000;
        uint64_t due = app->now_ms + (uint64_t)step;
        if (!app->wake_at_ms || due < app->wake_at_ms)
            app->wake_at_ms = due;
    }
}
