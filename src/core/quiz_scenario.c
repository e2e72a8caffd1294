/* quiz_scenario.c - one play-through of a branching scenario. The loader has
 * checked that every path ends and that next_index is in range, and a path
 * through a graph without loops visits each node at most once, so the path
 * arrays are sized once at the start (nnodes) and choosing never allocates. */
#include <string.h>

#include "quiz.h"
#include "expect.h"

bool quiz_scenario_start(ScenarioRun *r, const Scenario *sc)
{
    expect(r && sc && sc->start < sc->nnodes);
    memset(r, 0, sizeof *r);
    r->sc = sc;
    r->nodes = calloc(sc->nnodes + 1, sizeof *r->nodes);
    r->choices = calloc(sc->nnodes + 1, sizeof *r->choices);
    if (!r->nodes || !r->choices) {
        quiz_scenario_free(r);
        return false;
    }
    quiz_scenario_restart(r);
    return true;
}

void quiz_scenario_free(ScenarioRun *r)
{
    if (!r)
        return;
    free(r->nodes);
    free(r->choices);
    memset(r, 0, sizeof *r);
}

const ScenarioNode *quiz_scenario_node(const ScenarioRun *r)
{
    return &r->sc->nodes[r->nodes[r->nchoices]];
}

const Choice *quiz_scenario_choose(ScenarioRun *r, size_t i)
{
    const ScenarioNode *node = quiz_scenario_node(r);
    if (node->end || i >= node->nchoices)
        return NULL;
    /* A loop would have been refused at load; this guards the arrays if a
     * hand-built scenario has one anyway. */
    if (r->nchoices >= r->sc->nnodes)
        return NULL;
    const Choice *c = &node->choices[i];
    expect(c->next_index < r->sc->nnodes);
    r->choices[r->nchoices] = i;
    r->nodes[++r->nchoices] = c->next_index;
    r->points += c->points;
    return c;
}

const Choice *quiz_scenario_last(const ScenarioRun *r)
{
    if (r->nchoices == 0)
        return NULL;
    size_t k = r->nchoices - 1;
    return &r->sc->nodes[r->nodes[k]].choices[r->choices[k]];
}

bool quiz_scenario_ended(const ScenarioRun *r)
{
    const ScenarioNode *node = quiz_scenario_node(r);
    return node->end || node->nchoices == 0;
}

double quiz_scenario_score(const ScenarioRun *r)
{
    if (r->sc->best_points <= 0)
        return 1.0;
    double s = (double)r->points / (double)r->sc->best_points;
    return s < 0.0 ? 0.0 : s > 1.0 ? 1.0 : s;
}

void quiz_scenario_restart(ScenarioRun *r)
{
    r->nchoices = 0;
    r->points = 0;
    r->nodes[0] = r->sc->start;
}
