/* fixture_app.h - the app driven through its input, as the screen tests do
 * it: fill `in`, run frame(), look at `app` and `ui.dl`. A test program
 * includes this once; it owns the program's course, Ui, App, input, window
 * size and clock as file-scope statics, so a test reads them by name. The
 * short verbs (frame, press, type, click, shows) read as the steps of a
 * student, like fake.h's helpers. Include <cmocka.h> first. */
#ifndef ACCOUNTWIJS_TEST_FIXTURE_APP_H
#define ACCOUNTWIJS_TEST_FIXTURE_APP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "app.h"
#include "fake.h"
#include "fixture.h"

static Course *course;
static Ui ui;
static App app;
static UiInput in;
static int W = 1280, H = 800; /* the window */
static uint64_t now_ms;       /* the clock each frame passes to the app */
/* The wall clock at now_ms == 0 (2026-03-02 09:00 UTC): the app's wall
 * clock runs with now_ms, as under the harness. */
#define FIXTURE_WALL_MS INT64_C(1772442000000)
static char fixture_dir[256];      /* the program's temporary folder */
static char fixture_settings[300]; /* settings.conf in fixture_dir */

/* Group setup: loads the course and makes fixture_dir, named NAME-XXXXXX.
 * 0, or -1 when either fails. */
static inline int fixture_setup(const char *name)
{
    course = fixture_course();
    if (!course || !fixture_mkdtemp(fixture_dir, sizeof fixture_dir, name))
        return -1;
    snprintf(fixture_settings, sizeof fixture_settings, "%s/settings.conf", fixture_dir);
    return 0;
}

/* Group teardown: frees the course and removes fixture_dir. */
static inline int fixture_teardown(void **state)
{
    (void)state;
    course_free(course);
    return fixture_rmtree(fixture_dir) ? 0 : -1;
}

/* Every test: no input, a window of WIDTH x HEIGHT at time 0, a new Ui and
 * an App in Dutch as on a first run. With SETTINGS the app keeps its
 * settings in fixture_settings (removed first), else nowhere. 0 or -1. */
static inline int fixture_start(int width, int height, bool settings)
{
    memset(&in, 0, sizeof in);
    W = width;
    H = height;
    now_ms = 0;
    if (!ui_init(&ui, fake_measure()))
        return -1;
    if (settings)
        unlink(fixture_settings);
    app_init(&app, course, LANG_NL, settings ? fixture_settings : NULL, 1);
    app.wall_base_ms = FIXTURE_WALL_MS;
    return 0;
}

/* Per-test teardown: frees what fixture_start made. */
static inline int fixture_stop(void **state)
{
    (void)state;
    app_free(&app);
    ui_free(&ui);
    return 0;
}

/* Runs frames until the app has nothing more to redraw (at most four), as
 * the host does after input. */
static inline void frame(void)
{
    for (int pass = 0; pass < 4; pass++) {
        ui_begin(&ui, &in, W, H, 1, now_ms);
        app_frame(&app, &ui);
        ui_end(&ui);
        if (!ui.redraw)
            break;
    }
}

/* Presses KEY with MODS, then a frame. */
static inline void press(int key, int mods)
{
    input_key(&in, key, mods);
    frame();
}

/* Types S, then a frame. */
static inline void type(const char *s)
{
    input_text(&in, s);
    frame();
}

/* Clicks the middle of the text LABEL (an exact run first, else the first
 * that contains it) on a fresh frame, then a frame; fails the test when
 * LABEL is not on screen. */
static inline void click(const char *label)
{
    frame();
    const DrawCmd *c = find_text(&ui.dl, label, false);
    if (!c)
        c = find_text(&ui.dl, label, true);
    if (!c)
        fail_msg("no \"%s\" on the frame", label);
    input_click(&in, c->rect.x + c->rect.w / 2, c->rect.y + c->rect.h / 2);
    frame();
}

/* True when some text run on the last frame contains TEXT. */
static inline bool shows(const char *text)
{
    return find_text(&ui.dl, text, true) != NULL;
}

/* The first text run on the last frame that leaves the window's width
 * (or, with ALSO_HEIGHT, its height too), or NULL when none does. */
static inline const DrawCmd *text_outside_window(bool also_height)
{
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind != DRAW_TEXT)
            continue;
        if (c->rect.x < 0 || c->rect.x + c->rect.w > W)
            return c;
        if (also_height && (c->rect.y < 0 || c->rect.y + c->rect.h > H))
            return c;
    }
    return NULL;
}

#endif
