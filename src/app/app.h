/* app.h - the application: which screen is showing, the state of every
 * screen, the settings, and one function that builds a whole frame. No
 * SDL: the platform calls app_frame() with a Ui whose input it filled,
 * then executes ui->dl; it acts on the requests the app leaves in App
 * (quit, full screen, wake-up time).
 *
 * Screens. A screen is a value of the Screen enum, a ScreenDef in
 * app_screens[] (app.c) and a file screen_NAME.c in the shell (src/app) or
 * in its feature folder (src/app/reader, practice, exam, classquiz,
 * progress) with its frame function (and optional enter, leave and free
 * hooks). Its state is a struct in App, declared in screen_NAME.h beside
 * it. To add one:
 *   1. add SCREEN_NAME before SCREEN_COUNT below;
 *   2. write screen_name.h: its state struct and functions (it needs only
 *      `typedef struct App App;`), include it below and add the state as a
 *      field of App;
 *   3. write screen_name.c: `void screen_name_frame(App *, Ui *, Rect
 *      body)` draws the screen inside BODY (below the top bar) with the
 *      widgets of widgets.h, sizes from app->typography, strings from app_str();
 *   4. add its row to app_screens[] in app.c (a free hook when its state
 *      holds memory);
 *   5. open it with app_open(app, SCREEN_NAME) (Esc then comes back), or
 *      offer a function that opens it at a place (reader_open_at).
 * The CMake glob picks the new files up (a new feature folder goes into
 * AW_FEATURES); test it with a cmocka program in tests/ui/ (see
 * test_app.c for a fake measurer) and a harness script in tests/scripts/. */
#ifndef ACCOUNTWIJS_APP_H
#define ACCOUNTWIJS_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app_progress.h"
#include "i18n.h"
#include "course.h"
#include "settings.h"
#include "speak.h"
#include "typography.h"
#include "ui.h"

typedef enum {
    SCREEN_START,    /* continue reading; the table of contents */
    SCREEN_TOC,      /* chapters and sections */
    SCREEN_READER,   /* a section */
    SCREEN_GLOSSARY, /* all key terms, filter as you type */
    SCREEN_SEARCH,   /* Ctrl+F: search the whole course */
    SCREEN_SETTINGS, /* theme, text size, font */
    SCREEN_QUIZ,     /* practice: a section, the chapter or a set of questions */
    /* exam and class quiz */
    SCREEN_EXAM_SETUP,  /* Toets jezelf: length and time per question */
    SCREEN_EXAM,        /* the test: one question at a time, no feedback */
    SCREEN_EXAM_RESULT, /* score, cijfer, per section, review */
    SCREEN_CLASS_SETUP, /* Klassikale quiz: set, countdown, tally, teams */
    SCREEN_CLASS,       /* the projector view (whole window, no top bar) */
    /* profiles and progress */
    SCREEN_PROFILES, /* create, pick, rename and delete students */
    SCREEN_PROGRESS, /* mastery per section, scores over time, weakest goals, export */
    /* practice and scenarios */
    SCREEN_SCENARIOS, /* the course's scenarios: title, setting, sections */
    SCREEN_SCENARIO,  /* one scenario played to its debrief */
    /* the teacher's */
    SCREEN_KLAS, /* Klasoverzicht: a folder of the class's exports */
    SCREEN_COUNT
} Screen;

typedef struct App App;

/* The state of every screen, from the header of the screen that owns it. */
#include "screen_settings.h"
#include "screen_start.h"
#include "screen_glossary.h" /* reader/ */
#include "screen_reader.h"
#include "screen_search.h"
#include "screen_toc.h"
#include "screen_quiz.h" /* practice/ */
#include "screen_scenario.h"
#include "screen_scenarios.h"
#include "screen_exam_setup.h"  /* exam/ */
#include "screen_class_setup.h" /* classquiz/ */
#include "screen_profiles.h"    /* progress/ */
#include "screen_progress.h"
#include "resume_app.h"
#include "review_app.h" /* review/ */
#include "start_review.h"
#include "screen_klas.h" /* klas/ */

typedef struct {
    const char *name;        /* for tests and logs: "reader" */
    StrId title;             /* shown in the top bar */
    void (*enter)(App *app); /* called by app_open/app_back on arrival; may be NULL */
    void (*leave)(App *app); /* called when another screen takes over; may be NULL */
    void (*frame)(App *app, Ui *ui, Rect body);
    /* A title that depends on the state (the reader's section); NULL:
     * the fixed TITLE. Writes into BUF and returns it. */
    const char *(*bar_title)(App *app, char *buf, size_t size);
    /* True: the screen gets the whole window, without the top bar (the
     * projector view); Esc still goes back. */
    bool whole_window;
    /* Frees what the screen's state holds (app_free calls it once, for
     * each screen in table order); may be NULL. Screens that share one
     * state (the exam's three, the class quiz's two) give it to one. */
    void (*free)(App *app);
} ScreenDef;

extern const ScreenDef app_screens[SCREEN_COUNT];

enum { APP_HISTORY = 32 };

struct App {
    const Course *course; /* not owned */
    Lang lang;
    Settings settings;
    char settings_path[4096]; /* "" when nothing is saved */
    unsigned seed;            /* --seed: for shuffling questions */
    const Theme *theme;
    Typography typography;
    /* The Dutch hyphenation patterns, owned by the host; NULL when they
     * were not found: then HYPHEN_MISSING names where they were looked
     * for, and Weergave says hyphenation is off. */
    const Hyphenator *hyphenator;
    char hyphen_missing[512];
    bool lrs_missing;    /* this build cannot send to an LRS (the platform says: AW_NO_LRS) */
    uint64_t now_ms;     /* the injected clock: real or the harness's */
    uint64_t wake_at_ms; /* a screen that needs a frame at a later time sets
                          * this (the earliest wins); 0 = none. The platform
                          * clears it when it has woken up. */
    Screen screen;
    Screen history[APP_HISTORY];
    size_t nhistory;
    Screen drawn; /* the screen the last frame showed */
    /* Requests to the platform. */
    bool quit;
    bool toggle_fullscreen;
    bool fullscreen; /* set by the platform */
    /* Services of the host (src/platform), NULL when it has none, as in
     * most tests: show the folder PATH in the system's file manager
     * ("Open map"); false when that failed. HOST is passed back. */
    bool (*open_folder)(void *host, const char *path);
    /* The wall clock in epoch ms (answer times, streaks, dates, file
     * names): the host's real clock; NULL under the harness and in tests,
     * where it is WALL_BASE_MS + now_ms, so the virtual clock governs it.
     * Read it through app_wall_ms only. */
    int64_t (*wall_clock)(void *host);
    /* Reading aloud: the host's sound and speech (speak.h), called with
     * SPEAK_CTX; NULL: none. */
    const SpeakHost *speak_host;
    void *speak_ctx;
    int64_t wall_base_ms;
    void *host;
    char error[512]; /* a problem to show the student ("" for none) */
    /* Progress per section, 0..1, or < 0 when unknown; NULL until the
     * scoring module provides it (the contents then show no column). */
    float (*section_progress)(const App *app, size_t section);
    void *progress_ctx;

    /* The scoring module: profile, attempt log, mastery (app_progress.h). */
    AppProgress progress;

    /* Screen state, one struct per screen (its screen_NAME.h). */
    StartState start;
    TocState toc;
    ReaderState reader;
    GlossaryState glossary;
    SearchState search;
    SettingsState settings_screen;
    QuizState quiz;
    /* exam and class quiz */
    ExamState exam;
    ClassState classq;
    /* profiles and progress */
    ProfilesState profiles_screen;
    ProgressScreenState progress_screen;
    /* practice and scenarios */
    ScenariosState scenarios;
    ScenarioState scenario;
    /* the teacher's class overview */
    KlasState klas;
    /* A running test kept on disk, a saved one offered back */
    ResumeState resume;
    /* Herhalen: the memory states and today's plan */
    AppReview review;
    /* Voorlezen: what is being read aloud and the word spoken */
    Speak speak;

    /* Typography is recomputed when these change. */
    float typography_scale;
    int typography_step;
    bool typography_dyslexic;
    bool typography_valid;
};

/* Sets up APP for COURSE (which must outlive it). SETTINGS_PATH may be
 * NULL (nothing saved); its settings are loaded now. */
void app_init(App *app, const Course *course, Lang lang, const char *settings_path, unsigned seed);
/* Saves where the student was and frees what the screens hold. */
void app_free(App *app);

/* Builds one frame into ui->dl: global keys, the top bar, the screen. */
void app_frame(App *app, Ui *ui);

/* Opens screen S on top of the current one (Esc comes back). The history
 * holds each screen once at most (S and the current screen leave their
 * older places), so Esc and "Terug" never bounce between two screens. */
void app_open(App *app, Screen s);
/* Replaces the current screen without remembering it. */
void app_replace(App *app, Screen s);
/* Goes to the start screen with an empty history (the bar's "Start"). */
void app_home(App *app);
/* Goes back to the previous screen; false at the bottom. */
bool app_back(App *app);
/* A screen opens another at a place through a function that screen
 * offers: reader_open_at (screen_reader.h), practice_open and
 * practice_open_questions (screen_quiz.h), app_open_scenario
 * (screen_scenario.h). */

/* The interface string ID in the current language. */
const char *app_str(const App *app, StrId id);

/* Wall-clock time now, in epoch ms, from the clock the host handed over
 * (App.wall_clock). The app never asks the system for the time itself. */
int64_t app_wall_ms(const App *app);

/* Saves the settings (theme, text size, font, reading place) now; a
 * failure is shown in app->error. */
void app_save_settings(App *app);
/* The reading place ("Verder lezen": settings.last_section/last_block)
 * belongs to the open profile and lives in its folder. app_load_place
 * reads the open profile's place (none: the beginning), after a profile
 * opened; app_clear_place forgets it (a profile closed); app_save_place
 * writes it (into the settings file when no profile is open). Failures
 * show in app->error. */
void app_load_place(App *app);
void app_clear_place(App *app);
void app_save_place(App *app);
/* Applies a changed app->settings: new typography and theme, saved. */
void app_settings_changed(App *app);

/* Where the current screen's content starts: for screens that lay out a
 * centred column of text. Writes the column's x and width for BODY. */
void app_column(const App *app, const Ui *ui, Rect body, int *x, int *w);

/* Begins a screen's page in BODY: the reading column (*X, *W, as
 * app_column), the scroll area S (ui id NAME, index 0) and the h1 TITLE
 * ABOVE spacing units below its top. Sets *TOP for ui_scroll_end and
 * returns the y just under the title. */
int app_page_begin(App *app, Ui *ui, Rect body, UiScroll *s, const char *name, StrId title, int above, int *x, int *w,
                   int *top);

/* The h3 heading TITLE at Y in the column X..X+W; returns its height
 * with a spacing unit below it. */
int app_subheading(App *app, Ui *ui, int x, int y, int w, StrId title);

/* A screen and the label of a button that opens it. */
typedef struct {
    Screen screen;
    StrId label;
} AppLink;

/* A row of plain buttons at Y in the column X..X+W, one for each of
 * LINKS[0..N) (ui ids NAME, index i), each opening its screen with
 * app_open. Returns the bottom of the row. */
int app_link_buttons(App *app, Ui *ui, const char *name, int x, int y, int w, const AppLink *links, size_t n);

/* The box a setup screen shows while its session runs (class quiz,
 * test): TEXT, then the primary button RESUME and the plain button STOP
 * (ui ids RESUME_ID and STOP_ID, index 0), at Y in the column X..X+W.
 * Returns the box's height; *CLICKED becomes 1 when RESUME was clicked,
 * 2 for STOP, else 0. */
int app_running_box(App *app, Ui *ui, int x, int y, int w, const char *text, const char *resume, const char *resume_id,
                    const char *stop, const char *stop_id, int *clicked);

#endif
