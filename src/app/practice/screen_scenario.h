/* screen_scenario.h - one scenario played to its debrief
 * (screen_scenario.c). State: app->scenario. */
#ifndef ACCOUNTWIJS_SCREEN_SCENARIO_H
#define ACCOUNTWIJS_SCREEN_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "quiz.h"
#include "ui.h"

typedef struct App App;

typedef enum {
    SCENARIO_INTRO,       /* the title and the intro */
    SCENARIO_SITUATION,   /* a node's text and its choices */
    SCENARIO_CONSEQUENCE, /* the choice taken and what it led to */
    SCENARIO_END          /* the outcome, debrief, points and path */
} ScenarioPhase;
typedef struct {
    size_t index; /* the scenario played (Course.scenarios) */
    ScenarioRun run;
    bool started; /* RUN holds a run of INDEX */
    ScenarioPhase phase;
    UiScroll scroll;
    uint64_t spent_ms, since_ms; /* time on the run, as for a question */
    bool not_saved;              /* app_record failed: Verder tries again */
    size_t pick;                 /* the choice selected (a key or a click), not yet
                                  * confirmed; SIZE_MAX for none */
} ScenarioState;
/* Opens scenario INDEX at its intro (SCREEN_SCENARIO). */
void app_open_scenario(App *app, size_t index);
void screen_scenario_leave(App *app);
void screen_scenario_frame(App *app, Ui *ui, Rect body);
const char *screen_scenario_title(App *app, char *buf, size_t size);
void screen_scenario_free(App *app);

#endif
