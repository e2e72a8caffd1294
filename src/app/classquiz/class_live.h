/* class_live.h - the class quiz's live mode on the teacher's side: the
 * students answer on their phones. The server lives in src/live, which the
 * app may not include: the platform hands the app a ClassLiveHost (a table
 * of functions over live_server.h) and the screens call only that. State:
 * app->classq.live (ClassLive). */
#ifndef ACCOUNTWIJS_CLASS_LIVE_H
#define ACCOUNTWIJS_CLASS_LIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classquiz.h"
#include "live.h"
#include "live_view.h"
#include "os.h"
#include "ui.h"

typedef struct App App;

/* What starting the server needs. */
typedef struct {
    const char *addr; /* the interface's IPv4 address */
    int port;         /* the first port to try */
    LiveSettings settings;
    size_t nrounds;
    const char *const *names; /* the class list (NNAMES; 0: none) */
    size_t nnames;
} ClassLiveStart;

/* The platform's side (src/platform fills it over src/live). Every call
 * returns at once: none waits on the network. */
typedef struct {
    void *ctx;
    bool available; /* false: this build has no live mode (Windows for now) */
    /* Starts the server; false with a sentence in ERR (the app's language). */
    bool (*start)(void *ctx, const ClassLiveStart *req, char *err, size_t errsize);
    void (*stop)(void *ctx); /* ends the session and closes the phones */
    void (*begin)(void *ctx, ClassQuiz *cq, int64_t now_ms);
    void (*sync)(void *ctx, ClassQuiz *cq, int64_t now_ms);
    void (*kick)(void *ctx, size_t slot);
    void (*view)(void *ctx, LiveView *v);
    char *(*csv)(void *ctx, const ClassQuiz *cq, bool anonymous, size_t *len); /* caller frees */
} ClassLiveHost;

typedef enum { LIVE_STAND_TEAMS, LIVE_STAND_TOP5, LIVE_STAND_NONE } LiveStandings;

enum { CLASS_LIVE_IFACES = 16, CLASS_LIVE_PATH = 1024 };

typedef struct {
    const ClassLiveHost *host; /* NULL: as !available */
    /* The setup. */
    bool on;
    bool loopback; /* list 127.0.0.1 too */
    size_t iface;  /* the chosen one in ifaces */
    OsIface ifaces[CLASS_LIVE_IFACES];
    size_t nifaces;
    bool listed, listed_loopback;
    char port[8];
    char classlist[CLASS_LIVE_PATH];
    bool nicknames, lock_all, speed_bonus, anonymous;
    LiveStandings standings;
    char error[480]; /* why the last start failed */
    /* The session. */
    bool running;
    bool lobby;       /* phones join; the quiz has not begun */
    bool show_phones; /* the list of phones (to remove one) over the play */
    LiveView *view;   /* refreshed each frame */
    unsigned seen;    /* view->changes last drawn */
} ClassLive;

/* The live mode's part of the setup screen. Returns the height used. */
int class_live_setup(App *app, Ui *ui, int x, int y, int w);
/* Starts the server for the class quiz just started (app->classq.cq); false
 * with live.error set (the quiz is then stopped by the caller). */
bool class_live_start(App *app);
/* Stops the server (nothing is kept). */
void class_live_stop(App *app);
/* Once a frame while the projector shows: the phones follow the ClassQuiz
 * and the view is refreshed. */
void class_live_frame_sync(App *app);
/* The lobby on the projector: the address in large type, the QR code, the
 * code, the count and the names (a click removes one), and Start. */
void class_live_lobby(App *app, Ui *ui, Rect r);
/* While a question is open: "12 van 25 antwoorden binnen" at (X, Y) in
 * font F; returns its width (0 when not live). */
int class_live_answered(App *app, Ui *ui, int x, int y, Font f, Color col);
/* The list of phones over the projector (each with its remove button),
 * when shown. */
void class_live_phones(App *app, Ui *ui, Rect r);
/* The top 5 by score at the end, in R (when that standing is chosen). */
void class_live_top5(App *app, Ui *ui, Rect r);

#endif
