/* scenario_path.h - how a scenario run went, drawn: the decisions taken as
 * a small diagram (dots, the choice on each line, an ending box) and the
 * same path in words, with the better choice and why wherever one was
 * missed. Also the judgement of one choice against the others
 * of its node, which the scenario screen shows after each decision. */
#ifndef ACCOUNTWIJS_SCENARIO_PATH_H
#define ACCOUNTWIJS_SCENARIO_PATH_H

#include <stddef.h>

#include "quiz.h"
#include "ui.h"

typedef struct App App;

/* A choice against the others of its node: the most points there, the
 * fewest (when they differ), or in between. */
typedef enum { CHOICE_BEST, CHOICE_MID, CHOICE_WEAK } ChoiceQuality;

ChoiceQuality scenario_choice_quality(const ScenarioNode *node, size_t choice);

/* The most points one choice of NODE gives. */
int scenario_node_max(const ScenarioNode *node);

/* The first choice of NODE that gives the most points: the better choice
 * the ending names where another was taken. */
size_t scenario_best_choice(const ScenarioNode *node);

/* Decisions on the longest path from node NODE of SC to an ending (0 at an
 * ending): "Beslissing 2 van 5" counts the ones taken plus these. */
size_t scenario_longest(const Scenario *sc, size_t node);

/* Draws R's path (it should have ended) in the column X..X+W from Y;
 * returns the height used. */
int scenario_path_draw(App *app, Ui *ui, const ScenarioRun *r, int x, int y, int w);

#endif
