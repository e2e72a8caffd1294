/* screen_exam_setup.h - the test's setup (screen_exam_setup.c), the state
 * of all three exam screens (setup, the test, the result) and the start
 * screen's way to the test and the class quiz. State: app->exam. */
#ifndef ACCOUNTWIJS_SCREEN_EXAM_SETUP_H
#define ACCOUNTWIJS_SCREEN_EXAM_SETUP_H

#include <stdbool.h>
#include <stddef.h>

#include "exam.h"
#include "practice_view.h"
#include "resume.h"
#include "ui.h"

typedef struct App App;

typedef struct {
    int length;    /* questions: 10, 20 or 40 */
    int seconds;   /* per question; 0 = no time limit */
    bool running;  /* EXAM holds a test that is not handed in */
    bool finished; /* EXAM holds a handed-in test (the result screen) */
    Exam exam;
    unsigned attempts;                 /* tests started, for a new draw each time */
    bool confirm;                      /* the hand-in question is showing */
    bool stop_confirm;                 /* Esc asked "Toets stoppen?" */
    bool real_conditions;              /* wall-clock time counts, also while closed */
    bool stopped;                      /* the handed-in test was stopped with Esc */
    char session[RESUME_SESSION_SIZE]; /* the test's session id (resume.h) */
    bool *logged;                      /* per question: already in the log (a hand-in cut short
                                        * and completed at the start); NULL: none is */
    size_t recorded;                   /* answers of the handed-in test in the progress log */
    bool test_recorded;                /* the test itself is in the profile's list of tests */
    bool record_failed;
    int predicted_tenths; /* the cijfer the memory states predicted
                           * for its questions just before its answers were
                           * logged; -1: none (a hand-in completed at a start) */
    PracticeView view;    /* the question on screen (practice_view.h) */
    size_t view_question; /* the exam question VIEW belongs to */
    UiScroll scroll, setup_scroll, result_scroll;
} ExamState;
void screen_exam_setup_enter(App *app);
void screen_exam_setup_frame(App *app, Ui *ui, Rect body);
void screen_exam_free(App *app);
/* The start screen's way to the test and the class quiz: draws at Y in the
 * column X..X+W; returns its height. */
int start_exam_block(App *app, Ui *ui, int x, int y, int w);

#endif
