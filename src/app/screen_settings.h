/* screen_settings.h - the settings screen (screen_settings.c): theme, text
 * size, font. State: app->settings_screen. */
#ifndef ACCOUNTWIJS_SCREEN_SETTINGS_H
#define ACCOUNTWIJS_SCREEN_SETTINGS_H

#include <stdint.h>

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
    /* What Instellingen says about the school's LRS, read from lrs.conf
     * and the queue at most every few seconds (lrs_conf.h, xapi_queue.h). */
    bool lrs_read;
    uint64_t lrs_read_ms;
    char lrs_line[2][1200];
} SettingsState;
void screen_settings_frame(App *app, Ui *ui, Rect body);

#endif
