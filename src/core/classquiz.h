/* classquiz.h - the teacher's class quiz on a projector (klassikaal): the
 * question, then its options with a countdown, then the reveal; an
 * optional tally of how many students chose each option, and optional
 * teams that earn a point per question answered right. Pure state: the
 * screen feeds it keys and the injected clock, and draws what it holds.
 * No student data is kept: only counts and team points, which the teacher
 * can export as CSV.
 *
 * Phases of one question: CLASS_QUESTION (stem only) -> Enter ->
 * CLASS_OPEN (options and countdown; Space pauses; at zero the options stay
 * and the clock shows 0) -> Enter -> CLASS_REVEAL (right answer,
 * explanation, tally chart; teams get points with keys 1-6) -> Enter ->
 * CLASS_SCORES (leaderboard, only with teams) -> Enter -> next question, or
 * CLASS_END after the last. */
#ifndef ACCOUNTWIJS_CLASSQUIZ_H
#define ACCOUNTWIJS_CLASSQUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "course.h"

enum {
    CLASS_MAX_TEAMS = 6,
    CLASS_MAX_OPTIONS = 9,
    CLASS_TEAM_NAME = 33, /* bytes, with the NUL */
    CLASS_MIN_SECONDS = 5,
    CLASS_MAX_SECONDS = 120,
    CLASS_DEFAULT_SECONDS = 20,
};

typedef enum { CLASS_QUESTION, CLASS_OPEN, CLASS_REVEAL, CLASS_SCORES, CLASS_END } ClassPhase;

typedef struct {
    size_t question; /* index into Course.questions */
    /* The options as shown: letter K (A, B, ...) is option order[K] in
     * written order. The identity unless classquiz_shuffle ran. */
    unsigned char order[CLASS_MAX_OPTIONS];
    unsigned tally[CLASS_MAX_OPTIONS]; /* per option, written order */
    bool tallied;                      /* the teacher entered counts */
    bool awarded[CLASS_MAX_TEAMS];
} ClassRound;

typedef struct {
    const Course *course;
    ClassRound *rounds;
    size_t nrounds, current;
    ClassPhase phase;
    int seconds;          /* countdown per question */
    int64_t remaining_ms; /* of the open question */
    int64_t last_ms;      /* clock at the last tick */
    bool paused;
    size_t nteams; /* 0: no teams */
    char teams[CLASS_MAX_TEAMS][CLASS_TEAM_NAME];
    int scores[CLASS_MAX_TEAMS];
} ClassQuiz;

/* Starts a class quiz of the N questions QUESTIONS (indices into
 * c->questions) with SECONDS per question (clamped to 5-120) and NTEAMS
 * teams (0 or 2-6) named "Team 1".. until renamed. False when out of memory
 * or when N is 0. */
bool classquiz_start(ClassQuiz *cq, const Course *c, const size_t *questions, size_t n, int seconds, size_t nteams);
void classquiz_free(ClassQuiz *cq);

/* Shuffles the options of every round, seeded by SEED (the same seed gives
 * the same orders), and spreads the right letters: a question with one
 * right option gets the letter used least so far for a right answer
 * (ties drawn at random), its other options a random order. Questions
 * with a fixed order (true/false) keep it. Call after classquiz_start. */
void classquiz_shuffle(ClassQuiz *cq, uint64_t seed);

/* Option (written order) shown at letter K of round R; K must be below
 * the question's option count. */
size_t classquiz_option_at(const ClassQuiz *cq, size_t r, size_t k);

/* How many options of Q are right (more than one: "Meer antwoorden goed"). */
size_t classquiz_nright(const Question *q);

/* Renames team T (UTF-8, cut at a character boundary to fit). */
void classquiz_name_team(ClassQuiz *cq, size_t t, const char *name);

/* The question of the current round. */
const Question *classquiz_question(const ClassQuiz *cq);

/* Enter: on to the next phase (see above). NOW_MS is the injected clock. */
void classquiz_advance(ClassQuiz *cq, int64_t now_ms);

/* Advances the countdown to NOW_MS; returns true while it still runs (the
 * screen then asks for another tick). */
bool classquiz_tick(ClassQuiz *cq, int64_t now_ms);

/* Space: pause or resume the countdown of an open question. */
void classquiz_toggle_pause(ClassQuiz *cq, int64_t now_ms);

/* Tally of option I (written order) of the current question: set or add
 * (never below 0). Allowed while open or revealed. */
void classquiz_tally_set(ClassQuiz *cq, size_t i, unsigned count);
void classquiz_tally_add(ClassQuiz *cq, size_t i, int delta);

/* Keys 1-6 at the reveal: toggles the point of team T for this question. */
void classquiz_award(ClassQuiz *cq, size_t t);

/* Team indices from the highest score down (ties keep team order); returns
 * the number of teams. */
size_t classquiz_leaderboard(const ClassQuiz *cq, size_t order[CLASS_MAX_TEAMS]);

/* Writes the session as CSV for Dutch spreadsheets: one row per question
 * with its text, the right answer ("B: text", letters as shown on the
 * projector), the count per letter and the teams that scored, then the
 * final team scores. Lesson markup (*, **) is stripped from every text.
 * False when a write failed or memory ran out. */
bool classquiz_export_csv(const ClassQuiz *cq, FILE *f);
/* The same CSV as text in memory (NUL-terminated, its length in *LEN), for
 * a caller that writes the file itself; the caller frees it. NULL when
 * memory ran out. */
char *classquiz_csv_text(const ClassQuiz *cq, size_t *len);

#endif
