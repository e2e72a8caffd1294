/* resume.h - work that survives closing: the state of a running test as a
 * small JSON file in the profile's folder ("resume-exam.json"), written
 * atomically and fsynced (fsutil_write_atomic) after every answer and every
 * move, removed on hand-in. After a crash or a close the start screen reads
 * it back and offers to go on where the student was.
 *
 * THE FILE. {"format":"accountwijs-resume","version":1,"kind":"exam",
 * "course":ID, ...the session...}. "kind" names the session: "exam" now;
 * a practice round or a review session adds its own kind with its own
 * fields beside the shared ones (course, items by question id, answers as
 * quiz_answer_to_json writes them), so one reader can say "not mine".
 * Questions are named by id, options by id inside the answers, and the
 * shown order by positions checked against the question: content that
 * changed under a saved test is noticed (RESUME_STALE), never guessed at.
 *
 * THE CLOCK. "elapsed_ms" is the time the test has run. A normal test
 * counts only time the program was open: on return it goes on from
 * elapsed_ms. A test under "echte toetsomstandigheden" (real conditions)
 * counts wall-clock time from "wall_start_ms", closed or not: on return
 * elapsed is the wall time since the start, and an expired test is handed
 * in with the answers given.
 *
 * THE HAND-IN. "session" names the test (made when it starts; letters,
 * digits, '-' and '_'); its answers in the attempt log and its line in
 * tests.jsonl carry the same id (progress.h, exam_log.h). Handing in first
 * rewrites this file with "handing_in":true, "log_end" (the attempt log's
 * length before the first answer is written), "handed_in_ms" (epoch ms),
 * "timed_out" and "stopped", then writes the answers and the test's line,
 * and only then removes the file. A file found marked handing_in is a
 * hand-in cut short (a crash, a full disk): it is completed, not offered
 * again; the answers of the session already in the log after log_end and a
 * line of the session in tests.jsonl are not written twice. */
#ifndef ACCOUNTWIJS_RESUME_H
#define ACCOUNTWIJS_RESUME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "exam.h"
#include "course.h"
#include "error.h"

enum { RESUME_VERSION = 1, RESUME_MAX_BYTES = 4 * 1024 * 1024, RESUME_SESSION_SIZE = 64 };

typedef enum {
    RESUME_OK,
    RESUME_NONE,    /* no saved session */
    RESUME_CORRUPT, /* not a resume file of this version: ERR says what */
    RESUME_STALE,   /* the course changed: a question or option is gone (ERR) */
    RESUME_OTHER,   /* a session of another kind or another course */
    RESUME_NOMEM
} ResumeStatus;

/* What the exam's clock needs beyond the Exam itself. */
typedef struct {
    bool real;                         /* "echte toetsomstandigheden": wall-clock time counts */
    int64_t wall_start_ms;             /* epoch ms when the test started */
    int64_t elapsed_ms;                /* time the test has run */
    int seconds;                       /* the setup's time per question (0: no limit) */
    char session[RESUME_SESSION_SIZE]; /* the test's session id; "" in a file older than it */
    /* The hand-in under way (see THE HAND-IN); the rest only with it. */
    bool handing_in;
    int64_t log_end;      /* the attempt log's length before its answers */
    int64_t handed_in_ms; /* epoch ms of the hand-in (the time in tests.jsonl) */
    bool timed_out;       /* handed in by the clock */
    bool stopped;         /* stopped with Esc (the result says so) */
} ResumeClock;

/* True when S can be a session id: 1 to RESUME_SESSION_SIZE - 1 of
 * A-Z a-z 0-9 - _ (the file and the logs need no escaping for it). */
bool resume_session_ok(const char *s);

/* The JSON text of running test E at NOW_MS of its clock (elapsed time is
 * taken from E; CLK gives the rest). The caller frees it; NULL when out of
 * memory. Time spent on the current question is booked up to NOW_MS. */
char *resume_exam_to_json(const Exam *e, const ResumeClock *clk, int64_t now_ms);

/* Reads TEXT into E (a running test over C, as exam_start leaves one) and
 * CLK. For a real-conditions test, elapsed becomes the wall time between
 * wall_start_ms and WALL_NOW_MS (never less than saved). E's clock is set
 * so that at NOW_MS the test has run CLK->elapsed_ms. On any status but
 * RESUME_OK, E is zeroed and ERR (may be NULL) says what was wrong:
 * AW_ERR_RESUME_FIELD with the field ("items[3]") or AW_ERR_RESUME_NOT_JSON
 * (corrupt), AW_ERR_RESUME_OTHER (another kind or course), or for
 * RESUME_STALE AW_ERR_RESUME_QUESTION with the id of the question that is
 * gone or no longer fits its saved order or answer (a practice round:
 * AW_ERR_RESUME_SECTION with the section's id). The load functions add
 * AW_ERR_RESUME_UNREADABLE and AW_ERR_RESUME_NUL. */
ResumeStatus resume_exam_from_json(const char *text, const Course *c, int64_t now_ms, int64_t wall_now_ms, Exam *e,
                                   ResumeClock *clk, AwError *err);

/* ---- a practice round --------------------------------------------------
 * The session (quiz.h) with what the practice screen needs to show it
 * again: what is practised and the time on the current question. Grades
 * are not stored: they are recomputed from the answer as it was checked. */

typedef struct {
    char section[128]; /* id of the section practised, "" for another round */
    bool chapter;      /* the whole chapter */
    bool picked;       /* a picked set (a learning goal): the items say which */
    char title[512];   /* the picked set's title */
    bool missed_round; /* the round practises the last one's mistakes */
    int64_t spent_ms;  /* time on the current question so far */
} ResumePractice;

/* The JSON text of session Z (a practice round, not finished) with P. The
 * caller frees it; NULL when out of memory. */
char *resume_practice_to_json(const Quiz *z, const ResumePractice *p);

/* Reads TEXT into Z (over C) and P, as resume_exam_from_json reads a test. */
ResumeStatus resume_practice_from_json(const char *text, const Course *c, Quiz *z, ResumePractice *p, AwError *err);

/* Loads the round saved at PATH; RESUME_NONE when there is no file. */
ResumeStatus resume_practice_load(const char *path, const Course *c, Quiz *z, ResumePractice *p, AwError *err);

/* The path of the file that keeps a session of KIND ("exam"; later
 * "practice", "review") in profile folder DIR: DIR/resume-KIND.json, one
 * file per kind, so a test and a practice round can both be kept. */
bool resume_path(const char *dir, const char *kind, char *out, size_t size);

/* Saves TEXT to PATH atomically and durably. False with ERR set
 * (fsutil_write_atomic's). */
bool resume_save(const char *path, const char *text, AwError *err);

/* Loads the exam saved at PATH, as resume_exam_from_json; RESUME_NONE when
 * there is no file. A file that cannot be read counts as corrupt. */
ResumeStatus resume_exam_load(const char *path, const Course *c, int64_t now_ms, int64_t wall_now_ms, Exam *e,
                              ResumeClock *clk, AwError *err);

/* Removes the file at PATH (durably); true when it is gone. */
bool resume_remove(const char *path);

/* Moves a corrupt or stale file at PATH aside (PATH.bad, .bad-2, ...) and
 * writes the new name to NEWPATH. False when it could not be moved. */
bool resume_set_aside(const char *path, char *newpath, size_t size);

#endif
