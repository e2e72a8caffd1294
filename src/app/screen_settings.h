/* screen_settings.h - the settings screen (screen_settings.c): theme, text
 * size, font. State: app->settings_screen. */
#ifndef ACCOUNTWIJS_SCREEN_SETTINGS_H
#define ACCOUNTWIJS_SCREEN_SETTINGS_H

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
} SettingsState;
void screen_settings_frame(App *app, Ui *ui, Rect body);

#endif
