/* class_live.c - the teacher's side of the live class quiz: its part of
 * the setup, the lobby on the projector, the answered count, the list of
 * phones during play and the top 5 at the end. Everything the phones do
 * reaches the screen through the LiveView the platform copies each frame;
 * nothing here waits on the network. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "class_live.h"
#include "class_screens.h"
#include "projector.h"
#include "screen_class_setup.h"
#include "widgets.h"

static bool usable(const ClassLive *lv)
{
    return lv->host && lv->host->available;
}

static void defaults(ClassLive *lv)
{
    if (lv->port[0])
        return;
    snprintf(lv->port, sizeof lv->port, "%d", 8470);
    lv->lock_all = true;
    lv->standings = LIVE_STAND_TOP5;
}

/* The interfaces, listed again when the loopback choice changed. */
static void list_ifaces(ClassLive *lv)
{
    if (lv->listed && lv->listed_loopback == lv->loopback)
        return;
    lv->nifaces = os_list_ipv4(lv->ifaces, CLASS_LIVE_IFACES, lv->loopback);
    lv->listed = true;
    lv->listed_loopback = lv->loopback;
    if (lv->iface >= lv->nifaces)
        lv->iface = 0;
}

/* A caption W wide and a text field FW wide under it; returns the height. */
static int field(App *app, Ui *ui, int x, int y, int w, int fw, StrId caption, UiId id, char *buf, size_t size)
{
    const Typography *t = &app->typography;
    int y0 = y;
    y += ui_paragraph(ui, x, y, w, t->small, app->theme->text, t->small_line, app_str(app, caption));
    y += t->unit / 2;
    ui_textfield(ui, id, (Rect){x, y, fw, ui_button_height(ui)}, buf, size, "");
    return y - y0 + ui_button_height(ui) + t->unit;
}

static int check(App *app, Ui *ui, int x, int y, int w, const char *id, StrId label, bool *value)
{
    int bh = ui_button_height(ui);
    if (ui_option(ui, ui_id(id, 0), (Rect){x, y, w, bh}, app_str(app, label), *value, false))
        *value = !*value;
    return bh + app->typography.unit / 2;
}

int class_live_setup(App *app, Ui *ui, int x, int y, int w)
{
    ClassLive *lv = &app->classq.live;
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    int bh = ui_button_height(ui), y0 = y;
    defaults(lv);
    /* Off, it is one line: the setup's Start button stays where it was. */
    if (!usable(lv)) {
        y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_LIVE_NOT_IN_BUILD));
        return y - y0 + t->unit * 3;
    }
    y += check(app, ui, x, y, w, "live-on", STR_LIVE_ON, &lv->on);
    if (!lv->on)
        return y - y0 + t->unit * 3;
    y += ui_paragraph(ui, x, y, w, t->small, th->muted, t->small_line, app_str(app, STR_LIVE_HINT));
    y += t->unit * 2;
    list_ifaces(lv);
    y += app_subheading(app, ui, x, y, w, STR_LIVE_IFACE);
    char buf[256];
    for (size_t i = 0; i < lv->nifaces; i++) {
        snprintf(buf, sizeof buf, app_str(app, STR_LIVE_IFACE_ITEM), lv->ifaces[i].name, lv->ifaces[i].addr);
        if (ui_option(ui, ui_id("live-iface", i), (Rect){x, y, w, bh}, buf, lv->iface == i, true))
            lv->iface = i;
        y += bh + t->unit / 2;
    }
    if (lv->nifaces == 0)
        y += ui_paragraph(ui, x, y, w, t->body, th->error, t->line, app_str(app, STR_LIVE_NO_IFACE)) + t->unit;
    y += check(app, ui, x, y, w, "live-loopback", STR_LIVE_LOOPBACK, &lv->loopback);
    y += t->unit * 2;
    int pw = w < t->unit * 16 ? w : t->unit * 16;
    y += field(app, ui, x, y, w, pw, STR_LIVE_PORT, ui_id("live-port", 0), lv->port, sizeof lv->port);
    y += field(app, ui, x, y, w, w, STR_LIVE_CLASSLIST, ui_id("live-list", 0), lv->classlist, sizeof lv->classlist);
    y += t->unit;
    y += check(app, ui, x, y, w, "live-nick", STR_LIVE_NICKS, &lv->nicknames);
    y += check(app, ui, x, y, w, "live-lock", STR_LIVE_LOCK_ALL, &lv->lock_all);
    y += check(app, ui, x, y, w, "live-speed", STR_LIVE_SPEED, &lv->speed_bonus);
    y += check(app, ui, x, y, w, "live-anon", STR_LIVE_ANON, &lv->anonymous);
    y += t->unit * 2;
    y += app_subheading(app, ui, x, y, w, STR_LIVE_STANDINGS);
    static const StrId stand[] = {STR_LIVE_STAND_TEAMS, STR_LIVE_STAND_TOP5, STR_LIVE_STAND_NONE};
    int bx = x;
    for (size_t i = 0; i < 3; i++) {
        const char *label = app_str(app, stand[i]);
        int ow = ui_text_width(ui, ui->font, label, strlen(label)) + typography_px(t, 48);
        if (ui_option(ui, ui_id("live-stand", i), (Rect){bx, y, ow, bh}, label, lv->standings == (LiveStandings)i,
                      true))
            lv->standings = (LiveStandings)i;
        bx += ow + t->unit;
    }
    y += bh + t->unit;
    if (lv->error[0])
        y += ui_paragraph(ui, x, y, w, t->body, th->error, t->line, lv->error) + t->unit;
    return y - y0 + t->unit * 3;
}

bool class_live_start(App *app)
{
    ClassState *st = &app->classq;
    ClassLive *lv = &st->live;
    lv->error[0] = '\0';
    if (!usable(lv)) {
        snprintf(lv->error, sizeof lv->error, "%s", app_str(app, STR_LIVE_NOT_IN_BUILD));
        return false;
    }
    list_ifaces(lv);
    if (lv->nifaces == 0) {
        snprintf(lv->error, sizeof lv->error, "%s", app_str(app, STR_LIVE_NO_IFACE));
        return false;
    }
    char **names = NULL;
    size_t nnames = 0;
    if (lv->classlist[0]) {
        Diag d;
        diag_init(&d);
        names = live_classlist_load(lv->classlist, &d, &nnames);
        if (!names || d.errors) {
            char why[400] = "";
            if (d.count)
                i18n_diag(&d.messages[0], app->lang, why, sizeof why);
            snprintf(lv->error, sizeof lv->error, app_str(app, STR_LIVE_CLASSLIST_BAD), why);
            diag_free(&d);
            live_classlist_free(names, nnames);
            return false;
        }
        diag_free(&d);
    }
    long port = strtol(lv->port, NULL, 10);
    ClassLiveStart req;
    memset(&req, 0, sizeof req);
    req.addr = lv->ifaces[lv->iface].addr;
    req.port = port >= 1024 && port <= 65535 ? (int)port : 8470;
    live_settings_default(&req.settings);
    req.settings.allow_nicknames = lv->nicknames;
    req.settings.lock_when_all = lv->lock_all;
    req.settings.speed_bonus = lv->speed_bonus;
    req.settings.seed = (uint64_t)app->seed + st->sessions;
    req.nrounds = st->cq.nrounds;
    req.names = (const char *const *)names;
    req.nnames = nnames;
    if (!lv->view)
        lv->view = calloc(1, sizeof *lv->view);
    char err[380] = "";
    bool ok = lv->view && lv->host->start(lv->host->ctx, &req, err, sizeof err);
    live_classlist_free(names, nnames);
    if (!ok) {
        snprintf(lv->error, sizeof lv->error, app_str(app, STR_LIVE_START_FAILED), err);
        return false;
    }
    lv->running = true;
    lv->lobby = true;
    lv->show_phones = false;
    lv->host->view(lv->host->ctx, lv->view);
    return true;
}

void class_live_stop(App *app)
{
    ClassLive *lv = &app->classq.live;
    if (lv->running)
        lv->host->stop(lv->host->ctx);
    lv->running = lv->lobby = lv->show_phones = false;
    free(lv->view);
    lv->view = NULL;
}

void class_live_frame_sync(App *app)
{
    ClassState *st = &app->classq;
    ClassLive *lv = &st->live;
    if (!lv->running)
        return;
    int64_t now = (int64_t)app->now_ms;
    if (!lv->lobby)
        lv->host->sync(lv->host->ctx, &st->cq, now);
    lv->host->view(lv->host->ctx, lv->view);
    /* Every phone has answered and the teacher asked to close then: the
     * countdown stops, as at zero. */
    if (!lv->lobby && lv->lock_all && lv->view->all_answered && st->cq.phase == CLASS_OPEN && st->cq.remaining_ms > 0) {
        st->cq.remaining_ms = 0;
        lv->host->sync(lv->host->ctx, &st->cq, now);
    }
}

/* ---- the projector ---------------------------------------------------- */

/* The QR code in the square R: white with a quiet zone of 4 modules, the
 * dark modules as one rect per run of a row. */
static void qr(const Projector *c, const LiveView *v, Rect r)
{
    if (v->qr_size <= 0)
        return;
    int n = v->qr_size + 8, cell = r.w / n;
    if (cell < 1)
        return;
    int side = cell * n, x0 = r.x + (r.w - side) / 2, y0 = r.y + (r.h - side) / 2;
    draw_rect(&c->ui->dl, (Rect){x0, y0, side, side}, (Color){255, 255, 255, 255}, 0);
    for (int row = 0; row < v->qr_size; row++)
        for (int col = 0; col < v->qr_size;) {
            if (!v->qr[row * v->qr_size + col]) {
                col++;
                continue;
            }
            int run = col;
            while (run < v->qr_size && v->qr[row * v->qr_size + run])
                run++;
            draw_rect(&c->ui->dl, (Rect){x0 + (4 + col) * cell, y0 + (4 + row) * cell, (run - col) * cell, cell},
                      (Color){0, 0, 0, 255}, 0);
            col = run;
        }
}

/* The names as chips in columns, each with a remove button (× and the
 * name for a screen reader's sake in its id); as large as fits R. */
static void names(const Projector *c, const LiveView *v, Rect r)
{
    if (v->nplayers == 0) {
        Font f = projector_font(c, c->r.h / 34, FONT_REGULAR);
        ui_paragraph(c->ui, r.x, r.y, r.w, f, c->p->muted, projector_line(c->r.h / 34),
                     app_str(c->app, STR_LIVE_LOBBY_EMPTY));
        return;
    }
    int px = c->r.h / 26, cols = 1, rows = 1, cw = r.w;
    for (; px >= 10; px -= px / 10 > 1 ? px / 10 : 1) {
        Font f = projector_font(c, px, FONT_SEMIBOLD);
        int widest = 0;
        for (size_t i = 0; i < v->nplayers; i++) {
            int tw = ui_text_width(c->ui, f, v->players[i].name, strlen(v->players[i].name));
            widest = tw > widest ? tw : widest;
        }
        cw = widest + projector_line(px) * 2 + c->m / 2;
        cols = cw > 0 && r.w / cw > 0 ? r.w / cw : 1;
        rows = (int)((v->nplayers + (size_t)cols - 1) / (size_t)cols);
        if (rows * (projector_line(px) + c->m / 4) <= r.h)
            break;
    }
    if (cols > 0)
        cw = r.w / cols;
    Font f = projector_font(c, px, FONT_SEMIBOLD);
    Font xf = projector_font(c, px * 3 / 4, FONT_BOLD);
    int lh = projector_line(px);
    for (size_t i = 0; i < v->nplayers; i++) {
        int col = (int)(i % (size_t)cols), row = (int)(i / (size_t)cols);
        int x = r.x + col * cw, y = r.y + row * (lh + c->m / 4);
        if (y + lh > r.y + r.h)
            break;
        const LiveViewPlayer *p = &v->players[i];
        ui_label_fit(c->ui, x, y, cw - lh - c->m / 2, f, p->connected ? c->p->text : c->p->muted, p->name);
        if (projector_button(c, ui_id("live-kick", p->slot), (Rect){x + cw - lh - c->m / 2, y, lh, lh}, "\xC3\x97", xf,
                             false))
            c->app->classq.live.host->kick(c->app->classq.live.host->ctx, p->slot);
    }
}

static void begin_play(App *app)
{
    ClassState *st = &app->classq;
    st->live.lobby = false;
    st->live.host->begin(st->live.host->ctx, &st->cq, (int64_t)app->now_ms);
}

void class_live_lobby(App *app, Ui *ui, Rect r)
{
    ClassLive *lv = &app->classq.live;
    const LiveView *v = lv->view;
    Projector c;
    projector_begin(&c, app, ui, r);
    draw_rect(&ui->dl, r, c.p->bg, 0);
    if (ui_key(ui, UI_KEY_ENTER, 0) || ui_key(ui, UI_KEY_PAGEDOWN, 0)) {
        begin_play(app);
        return;
    }
    int x = r.x + c.m, y = r.y + c.m, w = r.w - 2 * c.m;
    int side = r.h * 11 / 20 < w * 2 / 5 ? r.h * 11 / 20 : w * 2 / 5; /* the QR code */
    int lw = w - side - c.m;
    int tpx = r.h / 16;
    ui_label_fit(ui, x, y, lw, projector_font(&c, tpx, FONT_BOLD), c.p->text, app_str(app, STR_LIVE_LOBBY_TITLE));
    y += projector_line(tpx);
    int spx = r.h / 34;
    int sh = ui_paragraph(ui, x, y, lw, projector_font(&c, spx, FONT_REGULAR), c.p->muted, projector_line(spx),
                          app_str(app, STR_LIVE_LOBBY_STEPS));
    y += sh + c.m / 2;
    /* The address as large as fits the column, then the code. */
    int ah = 0;
    int apx = projector_fit(&c, v->address, FONT_BOLD, lw, r.h / 8, r.h / 9, r.h / 24, &ah);
    ui_label_fit(ui, x, y, lw, projector_font(&c, apx, FONT_BOLD), c.p->text, v->address);
    y += projector_line(apx);
    char buf[128];
    snprintf(buf, sizeof buf, app_str(app, STR_LIVE_CODE), v->code);
    int cpx = r.h / 12;
    ui_label(ui, x, y, projector_font(&c, cpx, FONT_BOLD), c.p->right, buf);
    y += projector_line(cpx) + c.m / 2;
    qr(&c, v, (Rect){x + w - side, r.y + c.m, side, side});
    /* Who has joined, under both columns once past the QR code. */
    int npx = r.h / 24;
    if (v->joined == 1)
        snprintf(buf, sizeof buf, "%s", app_str(app, STR_LIVE_JOINED_1));
    else
        snprintf(buf, sizeof buf, app_str(app, STR_LIVE_JOINED_N), v->joined);
    ui_label(ui, x, y, projector_font(&c, npx, FONT_BOLD), c.p->text, buf);
    y += projector_line(npx) + c.m / 4;
    int bh = r.h / 12, footer = bh + c.m;
    int nw = y < r.y + c.m + side ? lw : w; /* beside the QR code, or under it */
    names(&c, v, (Rect){x, y, nw, r.y + r.h - footer - y - c.m / 2});
    Font bf = projector_font(&c, r.h / 30, FONT_BOLD);
    const char *go = app_str(app, STR_LIVE_START);
    int bw = ui_text_width(ui, bf, go, strlen(go)) + 2 * c.m;
    if (projector_button(&c, ui_id("live-start", 0), (Rect){r.x + r.w - c.m - bw, r.y + r.h - footer, bw, bh}, go, bf,
                         true))
        begin_play(app);
}

int class_live_answered(App *app, Ui *ui, int x, int y, Font f, Color col)
{
    const ClassLive *lv = &app->classq.live;
    if (!lv->running || lv->lobby)
        return 0;
    char buf[128];
    snprintf(buf, sizeof buf, app_str(app, STR_LIVE_ANSWERED), lv->view->answered, lv->view->joined);
    return ui_label(ui, x, y, f, col, buf);
}

void class_live_phones(App *app, Ui *ui, Rect r)
{
    ClassLive *lv = &app->classq.live;
    if (!lv->running || !lv->show_phones)
        return;
    Projector c;
    projector_begin(&c, app, ui, r);
    Rect panel = {r.x + c.m, r.y + c.m, r.w - 2 * c.m, r.h - 2 * c.m};
    draw_rect(&ui->dl, panel, c.p->panel, c.m / 4);
    draw_border(&ui->dl, panel, c.p->edge, 2, c.m / 4);
    int px = r.h / 22;
    ui_label(ui, panel.x + c.m, panel.y + c.m / 2, projector_font(&c, px, FONT_BOLD), c.p->text,
             app_str(app, STR_LIVE_PHONES));
    int top = panel.y + c.m / 2 + projector_line(px) + c.m / 2;
    names(&c, lv->view, (Rect){panel.x + c.m, top, panel.w - 2 * c.m, panel.y + panel.h - top - c.m});
}

static int by_score(const void *a, const void *b)
{
    const LiveViewPlayer *p = a, *q = b;
    return p->score != q->score ? (q->score > p->score ? 1 : -1) : (p->slot > q->slot) - (p->slot < q->slot);
}

void class_live_top5(App *app, Ui *ui, Rect r)
{
    ClassLive *lv = &app->classq.live;
    if (!lv->running || lv->standings != LIVE_STAND_TOP5 || lv->view->nplayers == 0)
        return;
    static LiveViewPlayer sorted[LIVE_MAX_PLAYERS];
    size_t n = lv->view->nplayers;
    memcpy(sorted, lv->view->players, n * sizeof sorted[0]);
    qsort(sorted, n, sizeof sorted[0], by_score);
    Projector c;
    projector_begin(&c, app, ui, r);
    int px = r.h / 7 < c.r.h / 20 ? r.h / 7 : c.r.h / 20;
    px = px < 10 ? 10 : px;
    int y = r.y;
    ui_label(ui, r.x, y, projector_font(&c, px, FONT_BOLD), c.p->text, app_str(app, STR_LIVE_TOP5));
    y += projector_line(px);
    Font f = projector_font(&c, px, FONT_SEMIBOLD);
    for (size_t i = 0; i < n && i < 5 && y + projector_line(px) <= r.y + r.h; i++) {
        char pts[32], row[200];
        int s = sorted[i].score;
        if (s % 100)
            snprintf(pts, sizeof pts, "%d,%02d", s / 100, s % 100);
        else
            snprintf(pts, sizeof pts, "%d", s / 100);
        snprintf(row, sizeof row, "%zu. %.160s", i + 1, sorted[i].name);
        int pw = ui_text_width(ui, f, pts, strlen(pts));
        ui_label_fit(ui, r.x, y, r.w - pw - c.m, f, c.p->text, row);
        ui_label(ui, r.x + r.w - pw, y, f, c.p->text, pts);
        y += projector_line(px);
    }
}
