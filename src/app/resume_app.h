/* resume_app.h - the app's side of resume.h: a running test is saved to
 * the open profile's folder after every frame that changed it (an answer,
 * a move, a flag) and every 10 s of its clock, removed when it is handed in
 * or stopped; the start screen offers a saved one back. State: app->resume. */
#ifndef ACCOUNTWIJS_RESUME_APP_H
#define ACCOUNTWIJS_RESUME_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "exam.h"
#include "resume.h"
#include "ui.h"

typedef struct App App;

typedef struct {
    /* The running test being kept. */
    char path[4096];          /* its file; "" when none is being kept */
    const size_t *tracked;    /* the Exam.questions of the test kept at PATH */
    unsigned tracked_attempt; /* and its ExamState.attempts (a new test may reuse the memory) */
    uint64_t signature;       /* of its answers, flags and position at the last save */
    uint64_t saved_ms;        /* app->now_ms of the last save */
    ResumeClock clock;
    bool save_failed;
    /* A saved test found for the open profile, offered on the start screen. */
    char checked_profile[64]; /* the profile whose file was looked at */
    bool pending;
    Exam exam;
    ResumeClock pending_clock;
    char pending_path[4096];
    /* The same for a practice round (resume-practice.json). */
    char practice_path[4096];
    const QuizItem *practice_tracked; /* the Quiz.items of the round kept */
    unsigned practice_session;        /* and its QuizState.sessions */
    uint64_t practice_signature;
    bool practice_pending;
    Quiz practice;
    ResumePractice practice_meta;
    char practice_pending_path[4096];
} ResumeState;

/* A new test's session id (resume.h) into OUT: unique per profile, only
 * letters, digits and '-'. */
void app_resume_new_session(App *app, char out[RESUME_SESSION_SIZE]);

/* The hand-in of app->exam (handed in) begins: its file is rewritten,
 * durably, as handing_in with the log's length, before the first answer is
 * written (once; a retry finds it marked). False with app->error set when
 * that failed: then nothing may be written yet. */
bool app_resume_hand_in_begin(App *app);

/* Every answer and the test's line are on disk: the file goes. */
void app_resume_hand_in_done(App *app);

/* End of every frame: keeps the file in step with app->exam. */
void app_resume_sync(App *app);

/* The start screen's offer of a saved test or practice round (looks for
 * them when the open profile changed); returns the height used (0 when
 * there is none). */
int start_resume_block(App *app, Ui *ui, int x, int y, int w);

/* The kept test's offer alone, for the exam setup: a new test started
 * there replaces it, so the setup shows it too. */
int exam_resume_block(App *app, Ui *ui, int x, int y, int w);

void app_resume_free(App *app);

#endif
