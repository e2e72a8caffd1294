/* screen_scenarios.h - the list of the course's scenarios
 * (screen_scenarios.c), and the way to practice that the start screen and
 * the contents show. State: app->scenarios. */
#ifndef ACCOUNTWIJS_SCREEN_SCENARIOS_H
#define ACCOUNTWIJS_SCREEN_SCENARIOS_H

#include "ui.h"

typedef struct App App;

typedef struct {
    UiScroll scroll;
} ScenariosState;
void screen_scenarios_frame(App *app, Ui *ui, Rect body);
/* Draws the start screen's and the contents' way to the practice of the
 * whole chapter and to the scenarios, at Y in the column X..X+W; returns
 * its height. */
int practice_links(App *app, Ui *ui, int x, int y, int w);

#endif
