/* host.h - the program around the app: options, the SDL window and
 * renderer, turning SDL events into UiInput, running frames and
 * presenting them only when they changed. The interactive loop, the
 * headless harness and the render benchmark all drive the same Host. */
#ifndef ACCOUNTWIJS_HOST_H
#define ACCOUNTWIJS_HOST_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "course.h"
#include "lrs.h"
#include "speak_host.h"
#include "text_cache.h"
#include "ui.h"

typedef struct {
    const char *content_dir; /* NULL: the built-in course */
    const char *data_dir;    /* NULL: $ACCOUNTWIJS_DATA_DIR or SDL's pref path */
    Lang lang;
    bool lang_set;
    unsigned seed;
    const char *script; /* --script FILE */
    const char *out_dir;
    bool headless;
    int width, height;  /* points; 1280 x 800 by default */
    float scale;        /* --scale: pixels per point on top of the display's */
    bool virtual_clock; /* time moves only by `wait` (script mode) */
} HostOptions;

typedef struct {
    HostOptions opt;
    SDL_Window *win;
    SDL_Renderer *ren;
    TextCache *tc;
    Course *course;
    Ui ui;
    App app;
    UiInput in;
    bool app_ready, ui_ready;
    int pw, ph;    /* the output in pixels */
    float density; /* output pixels per window coordinate */
    uint64_t last_hash;
    bool need_present; /* exposed or resized: present even if unchanged */
    uint64_t clock_ms; /* the virtual clock */
    SDL_TimerID timer;
    uint64_t timer_due;
    Uint32 wake_event;
    SDL_Cursor *arrow, *hand;
    bool hand_shown;
    bool fullscreen;
    bool software; /* SDL's software renderer (the default) */
    uint64_t frames, presents;
    char data_dir[4096];
    Rect ime_rect;         /* the caret rect last given to SDL_SetTextInputRect */
    Hyphenator *hyph;      /* the Dutch hyphenation patterns; NULL when missing */
    LrsSender *lrs;        /* sends the answers to the school's LRS; NULL when none is set up */
    size_t lrs_seen;       /* answers in the open log when the sender was last poked */
    SpeakHostState *speak; /* reading aloud: engine and sound, opened on first use */
} Host;

/* Parses the program's arguments into O. Returns 0, or the exit status
 * (2) after printing the problem in O's language (--lang wherever it
 * stands, else the locale's); *HELP is set for --help. */
int host_parse_args(int argc, char **argv, HostOptions *o, bool *help);
/* The program's usage text in LANG to F. */
void host_usage(FILE *f, Lang lang);

/* Starts SDL, loads fonts and course, opens the window. Returns 0, or an
 * exit status after printing a message that names what failed. */
int host_open(Host *h, const HostOptions *o);
void host_close(Host *h);

/* Feeds one SDL event to the input (may run a frame first, so that two
 * clicks in one batch stay two clicks). */
void host_event(Host *h, const SDL_Event *ev);
/* Runs frames until the app settles, then renders and presents if the
 * frame differs from the last one shown. True when it presented. */
bool host_frame(Host *h);
/* Renders the current DrawList into the back buffer (for screenshots). */
void host_render(Host *h);
/* Arms a timer for app.wake_at_ms (real clock). */
void host_schedule(Host *h);
/* The app's clock: real milliseconds, or the virtual clock. */
uint64_t host_now(const Host *h);
/* Sets the window size in points (SCALE applies). */
void host_resize(Host *h, int w, int hgt);

#endif
