/* screen_class_setup.h - the class quiz setup (screen_class_setup.c) and
 * the state of the class quiz screens (setup and projector). State:
 * app->classq. */
#ifndef ACCOUNTWIJS_SCREEN_CLASS_SETUP_H
#define ACCOUNTWIJS_SCREEN_CLASS_SETUP_H

#include <stdbool.h>
#include <stddef.h>

#include "class_live.h"
#include "classquiz.h"
#include "ui.h"

typedef struct App App;

enum { CLASS_ENTRY = 8 };
typedef struct {
    /* The setup. */
    size_t set; /* 0: the first quiz set (klassikaal); 1 + s: section s */
    int seconds;
    bool tally;
    bool live_votes; /* the counts show while the question is open */
    bool keep_order; /* the options as written, not shuffled */
    size_t nteams;   /* 0 or 2..6 */
    char team_names[CLASS_MAX_TEAMS][CLASS_TEAM_NAME];
    UiScroll setup_scroll;
    /* How many questions each set offers (index as SET), picked once for
     * the course SET_SIZES_OF, not every frame; freed with the screen. */
    size_t *set_sizes;
    const Course *set_sizes_of;
    /* The session. */
    bool running;
    ClassQuiz cq;
    size_t option;           /* the option whose count is being entered */
    char entry[CLASS_ENTRY]; /* digits typed for it, not yet entered */
    bool made_fullscreen;    /* we asked for full screen on entering */
    char export_path[4200];  /* the last CSV written, "" for none */
    char export_error[512];
    unsigned sessions; /* started this run: each one shuffles anew */
    ClassLive live;    /* the students' phones (class_live.h) */
} ClassState;
void screen_class_setup_frame(App *app, Ui *ui, Rect body);
void screen_class_free(App *app);

#endif
