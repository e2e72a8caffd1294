/* settings.h - what the program remembers between runs: the display
 * choices and where the student was reading. Stored as a small key=value
 * text file in the data folder, replaced atomically (write a temporary
 * file, fsync it, rename it over the old one, fsync the folder), so a
 * crash leaves either the old or the new file, never half of one. */
#ifndef ACCOUNTWIJS_SETTINGS_H
#define ACCOUNTWIJS_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "theme.h"

enum { SETTINGS_TEXT_STEP_MIN = -3, SETTINGS_TEXT_STEP_MAX = 6 };
enum { SETTINGS_NEW_PER_DAY = 10, SETTINGS_NEW_PER_DAY_MAX = 200 };
enum { SETTINGS_SPACING_MAX = 2 /* normaal, ruim, extra ruim */ };
/* Voorlezen: words a minute, in steps of SETTINGS_SPEAK_STEP. */
enum { SETTINGS_SPEAK_WPM_MIN = 80, SETTINGS_SPEAK_WPM = 160, SETTINGS_SPEAK_WPM_MAX = 250, SETTINGS_SPEAK_STEP = 10 };

typedef struct {
    ThemeId theme;
    int text_step;         /* SETTINGS_TEXT_STEP_MIN..MAX, 0 = default size */
    bool dyslexic;         /* OpenDyslexic with wider spacing */
    bool hyphenate;        /* break long words at Dutch hyphenation points (default on) */
    int line_spacing;      /* 0..SETTINGS_SPACING_MAX: more room between lines of reading text */
    int letter_spacing;    /* 0..SETTINGS_SPACING_MAX: more room between letters */
    int speak_wpm;         /* read-aloud speed, SETTINGS_SPEAK_WPM_MIN..MAX words a minute */
    char last_section[65]; /* id of the section last read, "" for none */
    int last_block;        /* first block on screen when it was left */
    /* Herhalen, kept with the reading place (per profile):
     * the date of the student's exam as a day number (days since
     * 1970-01-01, isotime_day; stored as exam_date=YYYY-MM-DD), and the
     * new questions a day (new_per_day, 0..SETTINGS_NEW_PER_DAY_MAX). */
    bool has_exam;
    int64_t exam_day;
    int new_per_day;
    /* The teacher's Klasoverzicht: the folder of the class's exports last
     * read ("" for none; stored as klas_folder=). */
    char klas_folder[1024];
    /* The reading place above belongs to the open profile and is kept in
     * its folder (settings_place_save), not in the settings file; false
     * without profiles. Not saved. */
    bool place_in_profile;
} Settings;

void settings_default(Settings *s);

/* Resets the per-profile part (the reading place, exam date, new per day). */
void settings_place_clear(Settings *s);

/* Day number (days since 1970-01-01) of the calendar date Y-M-D; false
 * when there is no such date (31-02, month 13, a year outside 1900..9999). */
bool settings_civil_day(int y, int m, int d, int64_t *day);

/* Reads PATH into S (defaults first). A missing file is not an error;
 * unknown keys and bad values are skipped. False (with a message in ERR)
 * only when the file exists but cannot be read. */
bool settings_load(Settings *s, const char *path, char *err, size_t errsize);

/* Writes S to PATH atomically, creating its folder if needed (the reading
 * place only when it is not S->place_in_profile). False with a message in
 * ERR on failure (the old file is then untouched). */
bool settings_save(const Settings *s, const char *path, AwError *err);

/* The reading place alone ("Verder lezen": last_section, last_block) and
 * the review plan's exam date and new questions a day, in a file of its
 * own, as a profile keeps it. Loading clears them first; a missing file is not an error (a new profile starts at the
 * beginning). Errors as for the settings. */
bool settings_place_load(Settings *s, const char *path, char *err, size_t errsize);
bool settings_place_save(const Settings *s, const char *path, AwError *err);

/* The text-size factor for a step (1.0 at 0). */
float settings_text_factor(int step);

#endif
