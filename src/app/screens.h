/* screens.h - the state struct and functions of every screen. Included by
 * app.h (App embeds the states); each screen_*.c implements its own. */
#ifndef ACCOUNTWIJS_SCREENS_H
#define ACCOUNTWIJS_SCREENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classquiz.h" /* issue 7 */
#include "practice_view.h" /* issue 5 */
#include "quiz.h"          /* issue 5 */
#include "doc.h"
#include "exam.h"          /* issue 7 */
#include "resume.h"        /* issue 12: RESUME_SESSION_SIZE */
#include "profiles.h" /* issue 6: ProfilesState */
#include "search.h"
#include "ui.h"

typedef struct App App;

/* ---- start: continue reading, the contents ---- */
typedef struct {
    UiScroll scroll;
} StartState;
void screen_start_frame(App *app, Ui *ui, Rect body);

/* ---- table of contents ---- */
typedef struct {
    UiScroll scroll;
} TocState;
void screen_toc_frame(App *app, Ui *ui, Rect body);

/* Draws the list of sections (shared by start and contents) at Y in a
 * column X..X+W; returns its height. */
int toc_list(App *app, Ui *ui, int x, int y, int w, bool show_goals);

/* ---- reader ---- */
enum { READER_MAX_BLOCKS = 256 };
typedef struct {
    size_t section;
    UiScroll scroll;
    DocLayout *doc;                        /* the laid-out page, rebuilt when its key changes */
    uint64_t open[READER_MAX_BLOCKS / 64]; /* term blocks opened by a click */
    /* A place to scroll to as soon as the page is laid out. */
    bool pending;
    size_t pending_block, pending_field, pending_offset;
    /* Keeps the reading position when the layout changes (resize, text
     * size): the block at the top and how far into it. */
    size_t anchor_block;
    float anchor_frac;
    char highlight[128]; /* folded search words to mark, "" for none */
} ReaderState;
void screen_reader_enter(App *app);
void screen_reader_leave(App *app);
void screen_reader_frame(App *app, Ui *ui, Rect body);
const char *screen_reader_title(App *app, char *buf, size_t size);
/* Frees the layout (app_free). */
void screen_reader_free(App *app);

/* ---- glossary ---- */
typedef struct {
    UiScroll scroll;
    char filter[128];
    size_t *order; /* term indices in alphabetical order */
    size_t norder;
    bool autofocus;
} GlossaryState;
void screen_glossary_enter(App *app);
void screen_glossary_frame(App *app, Ui *ui, Rect body);
void screen_glossary_free(App *app);

/* ---- search ---- */
typedef struct {
    UiScroll scroll;
    char query[128];
    char done_query[128]; /* the query the hits are for */
    SearchIndex *index;   /* built on first use */
    SearchHit *hits;
    size_t nhits, total;
    size_t selected;
    bool autofocus;
} SearchState;
void screen_search_enter(App *app);
void screen_search_frame(App *app, Ui *ui, Rect body);
void screen_search_free(App *app);

/* ---- settings ---- */
typedef struct {
    UiScroll scroll;
} SettingsState;
void screen_settings_frame(App *app, Ui *ui, Rect body);

/* ---- practice (issue 5): a Quiz session, one question at a time ---- */
enum { QUIZ_PICK_MAX = 64 }; /* issue 6: questions app_open_quiz_questions() takes */
#define QUIZ_WHOLE_CHAPTER ((size_t)-1) /* app_open_quiz(): every section */
typedef struct {
    size_t section; /* the section to practise, set by app_open_quiz() */
    UiScroll scroll;
    /* issue 6: practise exactly these questions (indexes into
     * Course.questions, in this order), set by app_open_quiz_questions()
     * for "practise this learning goal"; npicked == 0: the section's own. */
    size_t picked[QUIZ_PICK_MAX];
    size_t npicked;
    char picked_title[512];
    /* The session (issue 5). app_open_quiz*() set FRESH: entering the
     * screen then starts a new session; coming back to it (after "Lees
     * terug") finds the session where it was. */
    bool fresh;
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
/* Draws the start screen's and the contents' way to the practice of the
 * whole chapter and to the scenarios, at Y in the column X..X+W; returns
 * its height. */
int practice_links(App *app, Ui *ui, int x, int y, int w);

/* ---- scenarios (issue 5) ---- */
typedef struct {
    UiScroll scroll;
} ScenariosState;
void screen_scenarios_frame(App *app, Ui *ui, Rect body);

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

/* ---- exam and class quiz (issue 7) ---- */
typedef struct {
    int length;  /* questions: 10, 20 or 40 */
    int seconds; /* per question; 0 = no time limit */
    bool running;  /* EXAM holds a test that is not handed in */
    bool finished; /* EXAM holds a handed-in test (the result screen) */
    Exam exam;
    unsigned attempts; /* tests started, for a new draw each time */
    bool confirm;      /* the hand-in question is showing */
    bool stop_confirm; /* Esc asked "Toets stoppen?" */
    bool real_conditions; /* issue 12: wall-clock time counts, also while closed */
    bool stopped;      /* the handed-in test was stopped with Esc */
    char session[RESUME_SESSION_SIZE]; /* the test's session id (resume.h) */
    bool *logged;      /* per question: already in the log (a hand-in cut short
                        * and completed at the start); NULL: none is */
    size_t recorded;   /* answers of the handed-in test in the progress log */
    bool test_recorded; /* the test itself is in the profile's list of tests */
    bool record_failed;
    PracticeView view;    /* the question on screen (practice_view.h) */
    size_t view_question; /* the exam question VIEW belongs to */
    UiScroll scroll, setup_scroll, result_scroll;
} ExamState;
void screen_exam_setup_enter(App *app);
void screen_exam_setup_frame(App *app, Ui *ui, Rect body);
void screen_exam_frame(App *app, Ui *ui, Rect body);
void screen_exam_result_frame(App *app, Ui *ui, Rect body);
void screen_exam_free(App *app);
/* Hands the running test in (also when the clock does), records every
 * answer with app_record(ATTEMPT_EXAM) and opens the result screen. */
void exam_screen_hand_in(App *app);
/* True while a test runs: then the book, the glossary and search are
 * closed (the top bar shows them disabled, their keys do nothing). */
bool exam_screen_book_closed(const App *app);
/* Shows the test and asks "Toets stoppen?" there (Esc, the top bar's
 * Terug): stopping hands it in with the answers given so far. */
void exam_screen_ask_stop(App *app);
/* Keeps the clock of a running test going while another screen shows
 * (the settings): hands in at zero and asks for a frame then. */
void exam_screen_background(App *app);

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
    /* The session. */
    bool running;
    ClassQuiz cq;
    size_t option;            /* the option whose count is being entered */
    char entry[CLASS_ENTRY];  /* digits typed for it, not yet entered */
    bool made_fullscreen;     /* we asked for full screen on entering */
    char export_path[4200];   /* the last CSV written, "" for none */
    char export_error[512];
    unsigned sessions; /* started this run: each one shuffles anew */
} ClassState;
void screen_class_setup_frame(App *app, Ui *ui, Rect body);
void screen_class_enter(App *app);
void screen_class_leave(App *app);
void screen_class_frame(App *app, Ui *ui, Rect body);
void screen_class_free(App *app);
/* The start screen's way to the test and the class quiz: draws at Y in the
 * column X..X+W; returns its height. */
int start_exam_block(App *app, Ui *ui, int x, int y, int w);

/* ---- profiles and progress (issue 6) ---- */
typedef enum { PROFILES_IDLE, PROFILES_RENAME, PROFILES_CONFIRM_DELETE } ProfilesMode;
typedef struct {
    UiScroll scroll;
    ProfileList list; /* read on entering and after every change */
    bool listed;
    char new_name[256];   /* the name being typed for a new profile */
    char new_error[256];  /* profiles_check_name's message, "" for none */
    ProfilesMode mode;    /* renaming or confirming the deletion of edit_id */
    char edit_id[PROFILE_ID_SIZE];
    char edit_name[256];
    char edit_error[256];
    char message[512]; /* what the last action did, shown above the list */
    bool autofocus;    /* give the next text field the focus */
} ProfilesState;
void screen_profiles_enter(App *app);
void screen_profiles_leave(App *app);
void screen_profiles_frame(App *app, Ui *ui, Rect body);
void screen_profiles_free(App *app);
/* The start screen's block: who is practising (and a way to switch), a
 * notice about the log (once), the streak and what to practise next.
 * Draws at Y in the column X..X+W; returns its height. */
int start_progress_block(App *app, Ui *ui, int x, int y, int w);

typedef struct {
    UiScroll scroll;
    char export_path[4200]; /* the file the last export wrote, "" for none */
    char export_error[512]; /* why the last export failed, "" for none */
    size_t export_rows;     /* answers in that file */
    bool export_reveal;     /* scroll the outcome of an export into view */
} ProgressScreenState;
void screen_progress_enter(App *app);
void screen_progress_frame(App *app, Ui *ui, Rect body);

#endif
