/* platform_main.c - the program: parse the options, open the Host, then
 * either replay a script (the harness) or run the event loop.
 *
 * The loop blocks in SDL_WaitEvent: with nothing happening the process
 * sleeps (no polling, no timers unless the app asked for a wake-up, which
 * arrives as an SDL user event from SDL_AddTimer). After a batch of events
 * one frame is built and presented only if it differs from the last. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "host.h"
#include "os.h"
#include "platform.h"

/* For `bench render`: write the monotonic time of the first presented
 * frame to this file descriptor and stop. */
static int first_frame_fd(void)
{
    const char *v = os_getenv("ACCOUNTWIJS_FIRST_FRAME_FD");
    return v && *v ? atoi(v) : -1;
}

static int run_loop(Host *h)
{
    int fd = first_frame_fd();
    host_frame(h);
    if (fd >= 0) {
        char buf[64];
        int n = snprintf(buf, sizeof buf, "%lld\n", (long long)os_mono_ns());
        return os_write_all(fd, buf, (size_t)n) ? 0 : 1;
    }
    host_schedule(h);
    while (!h->app.quit) {
        SDL_Event ev;
        if (!SDL_WaitEvent(&ev))
            break;
        host_event(h, &ev);
        while (SDL_PollEvent(&ev))
            host_event(h, &ev);
        host_frame(h);
        host_schedule(h);
    }
    return 0;
}

int platform_main(int argc, char **argv)
{
    HostOptions o;
    bool help;
    int rc = host_parse_args(argc, argv, &o, &help);
    if (rc)
        return rc;
    if (help) {
        host_usage(stdout, o.lang);
        return 0;
    }
    Script *script = NULL;
    if (o.script && !(script = script_load(o.script)))
        return 2;
    Host h;
    rc = host_open(&h, &o);
    if (rc == 0)
        rc = script ? script_run(script, &h, o.out_dir) : run_loop(&h);
    host_close(&h);
    script_free(script);
    return rc;
}
