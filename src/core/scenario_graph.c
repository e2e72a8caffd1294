/* scenario_graph.c - see scenario_graph.h. Three passes over the nodes
 * reached from the start: a depth-first walk marks them and counts the
 * links into each; Kahn's algorithm orders them so each comes before the
 * nodes its choices lead to (what it cannot order has a loop, which a
 * second depth-first walk then finds and names); and in reverse order each
 * node's best and worst points are the best and worst of its choices'
 * points plus those of the node each leads to. */
#include "scenario_graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Work space for the walks, one slot per node. */
typedef struct {
    size_t *stack, *indeg, *order;
    int *best, *worst;
} Work;

static void work_free(Work *w)
{
    free(w->stack);
    free(w->indeg);
    free(w->order);
    free(w->best);
    free(w->worst);
}

/* Marks in G what the start reaches, counting the links into each node
 * (INDEG) and the endings reached. */
static void mark_reached(const Scenario *sc, ScenarioGraph *g, Work *w)
{
    size_t top = 0;
    w->stack[top++] = sc->start;
    g->reached[sc->start] = 1;
    while (top) {
        const ScenarioNode *node = &sc->nodes[w->stack[--top]];
        for (size_t j = 0; j < node->nchoices; j++) {
            size_t nx = node->choices[j].next_index;
            w->indeg[nx]++;
            if (!g->reached[nx]) {
                g->reached[nx] = 1;
                w->stack[top++] = nx;
            }
        }
    }
    for (size_t i = 0; i < sc->nnodes; i++)
        if (g->reached[i] && sc->nodes[i].end)
            g->ends++;
}

/* Kahn's algorithm over the reachable nodes into W->order; returns how many
 * it ordered (fewer than were reached: what is left has a loop). */
static size_t order_topologically(const Scenario *sc, Work *w)
{
    size_t norder = 0, top = 0;
    if (w->indeg[sc->start] == 0)
        w->stack[top++] = sc->start;
    while (top) {
        size_t k = w->stack[--top];
        w->order[norder++] = k;
        const ScenarioNode *node = &sc->nodes[k];
        for (size_t j = 0; j < node->nchoices; j++) {
            size_t nx = node->choices[j].next_index;
            if (--w->indeg[nx] == 0)
                w->stack[top++] = nx;
        }
    }
    return norder;
}

/* A depth-first walk from the start finds the loop itself: the path from
 * the node met again back to it. (Walking through the nodes left over could
 * end in an ending after the loop and name that: "end-goed -> end-goed".)
 * STATE: 0 new, 1 on the path, 2 done; W->order[n] is the next choice of
 * node n to follow. */
static void find_loop(const Scenario *sc, ScenarioGraph *g, Work *w, unsigned char *state)
{
    memset(state, 0, sc->nnodes);
    size_t depth = 0, k = sc->start, from = 0;
    bool found = false;
    w->stack[depth++] = sc->start;
    state[sc->start] = 1;
    w->order[sc->start] = 0;
    while (depth && !found) {
        size_t at = w->stack[depth - 1];
        const ScenarioNode *node = &sc->nodes[at];
        if (w->order[at] == node->nchoices) {
            state[at] = 2;
            depth--;
            continue;
        }
        size_t nx = node->choices[w->order[at]++].next_index;
        if (state[nx] == 1) {
            k = nx;
            found = true;
        } else if (state[nx] == 0) {
            state[nx] = 1;
            w->order[nx] = 0;
            w->stack[depth++] = nx;
        }
    }
    while (from < depth && w->stack[from] != k)
        from++;
    size_t len = 0;
    char *loop = g->loop_path;
    size_t size = sizeof g->loop_path;
    loop[0] = '\0';
    for (size_t m = from; m < depth && len < 300; m++) {
        int n = snprintf(loop + len, size - len, "%s%s", len ? " -> " : "", sc->nodes[w->stack[m]].id);
        if (n < 0 || (size_t)n >= size - len)
            break;
        len += (size_t)n;
    }
    if (len >= 300 && len + 6 < size)
        snprintf(loop + len, size - len, " -> ...");
    g->loop = true;
    g->loop_node = k;
}

/* Best and worst points from each node to an ending, in reverse
 * topological order (W->order[0..NORDER)), into SC. */
static void score_paths(Scenario *sc, Work *w, size_t norder)
{
    for (size_t r = norder; r-- > 0;) {
        const ScenarioNode *node = &sc->nodes[w->order[r]];
        if (node->nchoices == 0)
            continue;
        int b = -1, wo = 1 << 30;
        for (size_t j = 0; j < node->nchoices; j++) {
            const Choice *c = &node->choices[j];
            int pb = c->points + w->best[c->next_index], pw = c->points + w->worst[c->next_index];
            if (pb > b)
                b = pb;
            if (pw < wo)
                wo = pw;
        }
        w->best[w->order[r]] = b;
        w->worst[w->order[r]] = wo;
    }
    sc->best_points = w->best[sc->start];
    sc->worst_points = w->worst[sc->start];
}

bool scenario_graph_analyse(Scenario *sc, ScenarioGraph *g)
{
    memset(g, 0, sizeof *g);
    size_t n = sc->nnodes;
    Work w = {
        .stack = malloc(n * sizeof *w.stack),
        .indeg = calloc(n, sizeof *w.indeg),
        .order = malloc(n * sizeof *w.order),
        .best = calloc(n, sizeof *w.best),
        .worst = calloc(n, sizeof *w.worst),
    };
    g->reached = calloc(n, 1);
    if (!w.stack || !w.indeg || !w.order || !w.best || !w.worst || !g->reached) {
        work_free(&w);
        scenario_graph_free(g);
        return false;
    }
    mark_reached(sc, g, &w);
    size_t norder = order_topologically(sc, &w), reachable = 0;
    for (size_t i = 0; i < n; i++)
        reachable += g->reached[i];
    if (norder < reachable) {
        unsigned char *state = malloc(n);
        if (!state) {
            work_free(&w);
            scenario_graph_free(g);
            return false;
        }
        find_loop(sc, g, &w, state);
        free(state);
    } else {
        score_paths(sc, &w, norder);
    }
    work_free(&w);
    return true;
}

void scenario_graph_free(ScenarioGraph *g)
{
    free(g->reached);
    g->reached = NULL;
}
