/* scenario_graph.h - the analysis of a scenario's graph, once the loader
 * has resolved its links (Scenario.start and every Choice.next_index):
 * which nodes the start reaches, which endings it reaches, whether a loop
 * can keep a student from ever reaching one, and the best and worst points
 * along a path. Every walk is iterative, so a long chain of nodes cannot
 * overflow the stack. It reports facts; the loader words the messages. */
#ifndef ACCOUNTWIJS_SCENARIO_GRAPH_H
#define ACCOUNTWIJS_SCENARIO_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "course.h"

typedef struct {
    unsigned char *reached; /* per node: 1 when the start reaches it */
    size_t ends;            /* endings ("end": true) the start reaches */
    /* A loop among the reachable nodes: LOOP_NODE is the node it comes
     * back to, LOOP_PATH its nodes from there ("a -> b -> c", cut with
     * " -> ..." when long). Best and worst points are then not set. */
    bool loop;
    size_t loop_node;
    char loop_path[400];
} ScenarioGraph;

/* Walks SC from its start (its links must be resolved and it must have a
 * node) into G and, when there is no loop, sets SC's best_points and
 * worst_points. False when memory ran out (G then holds nothing to free). */
bool scenario_graph_analyse(Scenario *sc, ScenarioGraph *g);

void scenario_graph_free(ScenarioGraph *g);

#endif
