/* exam_log.h - the tests (toetsen) a student handed in, for the progress
 * screen: one line per test in tests.jsonl in the student's profile folder
 * (profiles.h), appended and flushed when the test is handed in. The
 * answers themselves are in the attempt log (progress.h); this file keeps
 * what the log cannot tell: how many questions the test had (an open
 * question is not an attempt) and the grade it got.
 *
 *   {"time":"2026-03-01T09:15:02.123Z","questions":20,"answered":18,
 *    "score":0.716667,"grade":75,"timed_out":false}
 *
 * (one line per test; wrapped here). time is UTC; grade the cijfer in
 * tenths (exam.h: 10..100). Optional: "session", the id of the test
 * session (resume.h) whose answers carry the same id in the attempt log, so
 * a hand-in cut short by a crash is completed without a second line; older
 * lines have none. Unknown keys are ignored. A line that cannot
 * be read (a torn last line after a crash) is skipped and counted, never
 * a reason to lose the others; the next test starts on a fresh line. */
#ifndef ACCOUNTWIJS_EXAM_LOG_H
#define ACCOUNTWIJS_EXAM_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct {
    int64_t time_ms;  /* when it was handed in: Unix time in ms (UTC) */
    int questions;    /* in the test, >= 1 */
    int answered;     /* of them with an answer */
    double score;     /* 0..1 */
    int grade_tenths; /* 10..100 */
    bool timed_out;   /* handed in by the clock */
    char session[64]; /* the test session (resume.h); "" when none */
} ExamRecord;

typedef struct {
    ExamRecord *items; /* oldest first, as in the file */
    size_t n;
    size_t skipped; /* lines that could not be read */
} ExamHistory;

/* The file's name inside a profile folder. */
#define EXAM_LOG_NAME "tests.jsonl"

/* Appends R as one line to PATH (created when missing) with one write()
 * and an fsync(). True when it is on disk; false with ERR set
 * (AW_ERR_EXAM_NOT_SAVED with path and errno, AW_ERR_NO_MEMORY_EXAM_SAVE;
 * the file is then as it was, but for a torn line). */
bool exam_log_append(const char *path, const ExamRecord *r, AwError *err);

/* Reads every readable line of PATH into OUT (zeroed first; free with
 * exam_log_free). A missing file is an empty history. False with ERR set
 * when the file cannot be read (AW_ERR_EXAMS_UNREADABLE) or memory runs out
 * (AW_ERR_NO_MEMORY_EXAM_READ). */
bool exam_log_load(const char *path, ExamHistory *out, AwError *err);

/* Appends R to H (after a successful exam_log_append); false when out of
 * memory. */
bool exam_log_push(ExamHistory *h, const ExamRecord *r);

void exam_log_free(ExamHistory *h);

#endif
