/* speak.h - Voorlezen in the window: the "Lees voor" control, the word
 * being spoken highlighted and kept in view, pause, stop, a click on a word
 * to read on from there. The app never touches audio or the speech engine:
 * the host (src/platform) fills App.speak_host with these services, as it
 * hands over the clock; without one (most tests) the control still shows
 * and a click says that reading aloud is not available.
 *
 * Who reads what. A screen that can be read aloud draws a control with
 * speak_control() for each thing it shows (the reader's page, a question,
 * its feedback, a scenario node), naming it by an OWNER pointer (the
 * Section, the Question, the feedback text, the node). When the control
 * asks for it (its button, or Ctrl+L for the first control drawn), the
 * screen builds a SpeechScript (core/speech_text.h) and passes it to
 * speak_start(). While it plays, the screen asks speak_word() for the word
 * to highlight: the reader finds it in its page layout, other screens let
 * ui_paragraph() find it (UiMark: the part's text pointer). Reading stops
 * when the student stops it (the button, Ctrl+L, Esc), when it ends, or as
 * soon as a frame draws no control for its owner (another screen, the next
 * question). Space pauses and resumes while reading. */
#ifndef ACCOUNTWIJS_SPEAK_H
#define ACCOUNTWIJS_SPEAK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "speech_labels.h"
#include "speech_text.h"
#include "ui.h"

typedef struct App App;

/* What the host reports about the request playing. */
typedef struct {
    bool playing;     /* still going (paused counts); false once it ended, failed or was stopped */
    size_t word;      /* the script word being spoken; SIZE_MAX before the first sound */
    unsigned next_ms; /* ms until the next word is due (a wake-up); 0: none known */
    bool no_audio;    /* there is no sound device: the words follow the clock in silence */
    char error[256];  /* synthesis failed, worded in the app's language; "" when not */
} SpeakStatus;

/* The host's read-aloud services; HOST is App.speak_ctx. */
typedef struct {
    /* Starts SCRIPT (the host copies what it keeps) from word START at WPM
     * words a minute, dropping anything playing. False with a worded
     * message in ERR (no speech in this build, no voice data). */
    bool (*say)(void *host, const SpeechScript *script, size_t start, int wpm, char *err, size_t errsize);
    void (*stop)(void *host);
    void (*pause)(void *host, bool paused);
    void (*status)(void *host, SpeakStatus *out);
} SpeakHost;

/* The app's read-aloud state (App.speak). */
typedef struct {
    bool active; /* a request is playing or paused */
    bool paused;
    const void *owner; /* what is being read (a Section, a Question, ...) */
    SpeechScript script;
    size_t word;       /* the word highlighted; SIZE_MAX for none yet */
    size_t followed;   /* the word last scrolled into view */
    bool want;         /* Ctrl+L asked to start: the first control drawn takes it */
    bool seen;         /* a control for OWNER was drawn this frame */
    bool notice_given; /* the no-audio notice was shown (once a run) */
    /* The highlight as drawn this frame, for the harness and tests: the
     * text under it and its rect (w 0: none drawn). */
    char shown[128];
    Rect shown_at;
} Speak;

/* The frame's start (app_frame, before the screen): the keys (Ctrl+L,
 * Space, Esc while reading), the host's status, the word to highlight
 * (into ui->mark) and the next wake-up. */
void speak_frame_begin(App *app, Ui *ui);
/* The frame's end: stops reading when no control for it was drawn. */
void speak_frame_end(App *app, Ui *ui);

/* The control for OWNER at (X, Y), at most W wide: "Lees voor" with a
 * speaker, or while OWNER is being read "Pauze"/"Verder" and "Stop".
 * Returns the rect it used; *START (when not NULL) becomes true when the
 * student asked to read OWNER from the beginning: build its script and
 * call speak_start(). ID names the control (a screen may show several). */
Rect speak_control(App *app, Ui *ui, const char *id, int x, int y, int w, const void *owner, bool *start);
/* The width speak_control() takes for OWNER now (wider while it is read:
 * two buttons side by side). */
int speak_control_width(App *app, Ui *ui, const void *owner);

/* Starts reading SCRIPT (taken over: the caller's struct is zeroed) for
 * OWNER from word START. SCRIPT NULL: building it ran out of memory. A
 * failure shows in app->error. */
void speak_start(App *app, SpeechScript *script, const void *owner, size_t start);
/* Stops reading (nothing happens when nothing is being read). */
void speak_stop(App *app);

/* True while OWNER is being read. */
bool speak_reading(const App *app, const void *owner);
/* The word of OWNER being spoken and its part; NULL when none. */
const SpeechWord *speak_word(const App *app, const void *owner, const SpeechPart **part);
/* Reads OWNER on from the word of part (KIND, BLOCK, INDEX) at byte POS
 * of the part's plain text, or the next word of that part (a click on a
 * word); false when the script has no such word. */
bool speak_from(App *app, const void *owner, SpeechPartKind kind, size_t block, size_t index, size_t pos);

/* The badge in R, showing LETTER, of option or choice INDEX (KIND
 * SPEECH_PART_OPTION_LETTER; SPEECH_PART_MATCH_LETTER for a matching's
 * right column): while OWNER's reading says that badge ("A: ..."), lights
 * R (call it before drawing the badge) as the word being spoken. */
void speak_badge(App *app, Ui *ui, const void *owner, SpeechPartKind kind, size_t index, Rect r, const char *letter);

/* Keeps the highlighted word in view in the scroll area S: call after
 * ui_scroll_end with the rect where the word was laid out this frame
 * (ui->mark.at, or the reader's own); moves S only when the word changed
 * and lies outside the view. */
void speak_follow(App *app, Ui *ui, UiScroll *s, Rect at);

/* Draws a speaker (a DrawList icon, no font needed) in the square R. */
void speak_icon(Ui *ui, Rect r, Color c);

#endif
