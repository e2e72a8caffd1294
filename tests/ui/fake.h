/* fake.h - a text measurer for ui tests: every code point is half the
 * font size wide (a little more in bold, and 5% of the size more for each
 * step of letter spacing), a run is 1.2 x the size tall.
 * Enough to lay out and hit-test without SDL or a font file. Also small
 * helpers to drive frames and find text on a DrawList. */
#ifndef ACCOUNTWIJS_TEST_FAKE_H
#define ACCOUNTWIJS_TEST_FAKE_H

#include <stdbool.h>
#include <string.h>

#include "draw.h"
#include "ui.h"
#include "utf8.h"

static int fake_width(void *ctx, Font f, const char *s, size_t len)
{
    (void)ctx;
    int per = f.size / 2 + (f.style == FONT_BOLD || f.style == FONT_BOLD_ITALIC || f.style == FONT_SEMIBOLD) +
              f.spacing * f.size / 20;
    return (int)utf8_count(s, len) * per;
}

static int fake_height(void *ctx, Font f)
{
    (void)ctx;
    return f.size * 6 / 5;
}

static inline UiMeasure fake_measure(void)
{
    UiMeasure m = {fake_width, fake_height, NULL};
    return m;
}

/* The first text command whose text equals S (or contains it when
 * CONTAINS), or NULL. */
static inline const DrawCmd *find_text(const DrawList *dl, const char *s, bool contains)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < dl->ncmds; i++) {
        const DrawCmd *c = &dl->cmds[i];
        if (c->kind != DRAW_TEXT)
            continue;
        const char *t = draw_text_of(dl, c);
        if (c->len == n && memcmp(t, s, n) == 0)
            return c;
        if (contains)
            for (size_t k = 0; k + n <= c->len; k++)
                if (memcmp(t + k, s, n) == 0)
                    return c;
    }
    return NULL;
}

static inline void input_click(UiInput *in, int x, int y)
{
    in->mouse_x = in->press_x = in->release_x = x;
    in->mouse_y = in->press_y = in->release_y = y;
    in->mouse_inside = true;
    in->pressed = in->released = true;
    in->down = false;
}

static inline void input_key(UiInput *in, int key, int mods)
{
    if (in->nkeys < UI_MAX_KEYS)
        in->keys[in->nkeys++] = (UiKeyEvent){key, mods, false};
}

static inline void input_text(UiInput *in, const char *s)
{
    size_t n = strlen(s);
    memcpy(in->text + in->ntext, s, n + 1);
    in->ntext += n;
}

#endif
