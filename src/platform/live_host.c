/* live_host.c - the class quiz's live mode handed to the app: the
 * ClassLiveHost table over src/live's server (the app may not include
 * src/live). One server at a time. A phone that joins, answers or leaves
 * pushes an SDL event of our own, so the window's loop, asleep in
 * SDL_WaitEvent, runs a frame and the projector shows it. */
#include "live_host.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "live_server.h"
#include "paths.h"

static struct {
    LiveServer *server;
    Lang lang;
    Uint32 event;
} live;

static void wake(void *ctx)
{
    (void)ctx;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = live.event;
    SDL_PushEvent(&ev); /* thread-safe in SDL2 */
}

static bool start(void *ctx, const ClassLiveStart *req, char *err, size_t errsize)
{
    (void)ctx;
    live_server_stop(live.server);
    live.server = NULL;
    char data[4096] = "", assets[4200];
    if (!paths_find_data(data, sizeof data))
        snprintf(data, sizeof data, ".");
    snprintf(assets, sizeof assets, "%s/assets/live", data);
    LiveServerConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.addr = req->addr;
    cfg.port = req->port;
    cfg.last_port = req->port + (LIVE_PORT_LAST - LIVE_PORT_FIRST);
    cfg.assets = assets;
    cfg.settings = req->settings;
    cfg.nrounds = req->nrounds;
    cfg.names = req->names;
    cfg.nnames = req->nnames;
    cfg.wake = wake;
    LiveServerError e;
    live.server = live_server_start(&cfg, &e);
    if (live.server)
        return true;
    switch (e) {
    case LIVE_SERVER_UNSUPPORTED:
        snprintf(err, errsize, "%s", str_get(live.lang, STR_LIVE_NOT_IN_BUILD));
        break;
    case LIVE_SERVER_ASSETS:
        snprintf(err, errsize, str_get(live.lang, STR_LIVE_ERR_ASSETS), assets);
        break;
    case LIVE_SERVER_NO_PORT:
        snprintf(err, errsize, "%s", str_get(live.lang, STR_LIVE_ERR_PORT));
        break;
    default:
        snprintf(err, errsize, "%s", str_get(live.lang, STR_LIVE_ERR_MEMORY));
        break;
    }
    return false;
}

static void stop(void *ctx)
{
    (void)ctx;
    live_server_stop(live.server);
    live.server = NULL;
}

static void begin(void *ctx, ClassQuiz *cq, int64_t now_ms)
{
    (void)ctx;
    if (live.server)
        live_server_begin(live.server, cq, now_ms);
}

static void sync(void *ctx, ClassQuiz *cq, int64_t now_ms)
{
    (void)ctx;
    if (live.server)
        live_server_sync(live.server, cq, now_ms);
}

static void kick(void *ctx, size_t slot)
{
    (void)ctx;
    if (live.server)
        live_server_kick(live.server, slot);
}

static void view(void *ctx, LiveView *v)
{
    (void)ctx;
    if (live.server)
        live_server_view(live.server, v);
}

static char *csv(void *ctx, const ClassQuiz *cq, bool anonymous, size_t *len)
{
    (void)ctx;
    return live.server ? live_server_csv(live.server, cq, anonymous, len) : NULL;
}

static const ClassLiveHost table = {
    NULL,
#ifdef AW_NO_LIVE
    false,
#else
    true,
#endif
    start, stop, begin, sync, kick, view, csv,
};

const ClassLiveHost *live_host_init(Lang lang)
{
    live.lang = lang;
    if (!live.event)
        live.event = SDL_RegisterEvents(1);
    return &table;
}

LiveServer *live_host_server(void)
{
    return live.server;
}

void live_host_close(void)
{
    live_server_stop(live.server);
    live.server = NULL;
}
