/* screen_glossary.h - the glossary (screen_glossary.c): every key term,
 * filtered as you type. State: app->glossary. */
#ifndef ACCOUNTWIJS_SCREEN_GLOSSARY_H
#define ACCOUNTWIJS_SCREEN_GLOSSARY_H

#include <stdbool.h>
#include <stddef.h>

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
    char filter[128];
    size_t *order; /* term indices in alphabetical order */
    size_t norder;
    bool autofocus;
} GlossaryState;
void screen_glossary_enter(App *app);
void screen_glossary_frame(App *app, Ui *ui, Rect body);
void screen_glossary_free(App *app);

#endif
