/* screen_quiz.h - the practice screen (screen_quiz.c): a Quiz session,
 * one question at a time. Other screens start one with practice_open()
 * or practice_open_questions(). State: app->quiz. */
#ifndef ACCOUNTWIJS_SCREEN_QUIZ_H
#define ACCOUNTWIJS_SCREEN_QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "practice_view.h"
#include "quiz.h"
#include "ui.h"

typedef struct App App;

enum { QUIZ_PICK_MAX = 64 };            /* questions practice_open_questions() takes */
#define QUIZ_WHOLE_CHAPTER ((size_t)-1) /* practice_open(): every section */
typedef struct {
    size_t section; /* the section to practise, set by practice_open() */
    UiScroll scroll;
    /* Practise exactly these questions (indexes into
     * Course.questions, in this order), set by practice_open_questions()
     * for "practise this learning goal"; npicked == 0: the section's own. */
    size_t picked[QUIZ_PICK_MAX];
    size_t npicked;
    char picked_title[512];
    /* The session. practice_open*() set FRESH: entering the
     * screen then starts a new session; coming back to it (after "Lees
     * terug") finds the session where it was. */
    bool fresh;
    /* Herhalen: the session is today's review queue, set by
     * review_open(); answers are recorded as ATTEMPT_REVIEW, those of a
     * round of its mistakes ("Oefen mijn fouten") as ATTEMPT_PRACTICE. */
    bool review;
    size_t *review_idx; /* the queue (indexes into Course.questions), owned */
    size_t nreview;
    Quiz quiz;
    bool missed_round; /* the session practises the last one's mistakes */
    unsigned sessions; /* sessions started: each is shuffled anew */
    PracticeView view;
    size_t view_pos;   /* the item VIEW was reset for (SIZE_MAX: none) */
    uint64_t spent_ms; /* time on the current item before SINCE_MS */
    uint64_t since_ms; /* when the screen last showed it */
    bool give_first;   /* Enter without an answer: say what to do */
    bool not_saved;    /* app_record failed: the answer waits on screen */
    int reveal;        /* 2, 1: scroll the feedback into view when laid out */
} QuizState;
void screen_quiz_enter(App *app);
void screen_quiz_leave(App *app);
void screen_quiz_frame(App *app, Ui *ui, Rect body);
const char *screen_quiz_title(App *app, char *buf, size_t size);
void screen_quiz_free(App *app);
/* Opens the practice questions of SECTION (SCREEN_QUIZ), a new session;
 * QUIZ_WHOLE_CHAPTER: every section. Does nothing when answers cannot be
 * saved (app_can_record). */
void practice_open(App *app, size_t section);
/* Opens the practice screen with exactly the questions IDX[0..N)
 * (indexes into Course.questions, at most QUIZ_PICK_MAX), headed TITLE
 * (copied): "practise this learning goal" from the progress screen. */
void practice_open_questions(App *app, const size_t *idx, size_t n, const char *title);
/* Opens a review session of today's queue (app_review_plan): its reviews,
 * most urgent first, then its new questions. Does nothing when the queue
 * is empty or answers cannot be saved. */
void review_open(App *app);

#endif
