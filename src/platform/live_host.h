/* live_host.h - the live class quiz's server as the app sees it (a
 * ClassLiveHost over src/live), and the server for the harness's phones. */
#ifndef ACCOUNTWIJS_LIVE_HOST_H
#define ACCOUNTWIJS_LIVE_HOST_H

#include "class_live.h"
#include "i18n.h"
#include "live_server.h"

/* The table for app->classq.live.host; errors worded in LANG. */
const ClassLiveHost *live_host_init(Lang lang);
/* The running server, or NULL (the harness's `phones` command). */
LiveServer *live_host_server(void);
/* Stops a server still running (the program quits). */
void live_host_close(void);

#endif
