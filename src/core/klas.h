/* klas.h - the teacher's class overview (Klasoverzicht): the exports of a
 * class's students, collected in one folder, read together and summed up.
 *
 * WHAT IS READ. Every file of the folder (not its subfolders), in name
 * order: the CSV or JSON of `accountwijs export` (one row per attempt;
 * export.h) and JSON arrays of xAPI statements (`export --format xapi`:
 * actor.account.name the profile id, object.id
 * urn:accountwijs:course:<course>:question:<question>, verb answered /
 * passed / failed / completed, result.score.scaled, result.success,
 * result.response, timestamp). A summary export (--summary), a file of
 * another kind or one that cannot be read is named in the Diag and
 * skipped; a bad row or statement is named at FILE:LINE (CSV) or FILE and
 * its JSON path and skipped; the rest is read.
 *
 * THE SAME ATTEMPT TWICE. Overlapping exports of one student, the CSV and
 * the JSON of the same attempts, or a re-export all hold the same attempt
 * more than once. An attempt's key is (profile id, item id, the UTC second
 * it was answered): CSV times are local to the second ("YYYY-MM-DD
 * HH:MM:SS"), so they are turned into UTC with the caller's offset (the
 * teacher's PC is taken to share the students' time zone) and every time
 * is compared to the second. Of attempts with one key, one counts.
 *
 * THE NUMBERS. Mastery per student is mastery.h's rule over the attempts
 * read (last three scores per question, weighted 1-2-3; a section's or
 * goal's mastery the mean over its current questions, unanswered = 0). A
 * student "has practised" a section with at least one attempt on one of
 * its questions. A question is missed by an attempt that scored under 1;
 * its distractor is the wrong option chosen most often (choice questions).
 * Exam cijfers: an xAPI passed/failed/completed statement gives the test's
 * scaled score; else the exam-mode attempts of one student answered
 * within KLAS_EXAM_GAP_S seconds of each other are one test (they are
 * written at hand-in), scored as the mean of its answered questions (an
 * export does not know the questions left open). Cijfer as exam.h. */
#ifndef ACCOUNTWIJS_KLAS_H
#define ACCOUNTWIJS_KLAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "diag.h"
#include "error.h"
#include "jsonl.h"

#define KLAS_NONE ((size_t)-1)

enum {
    KLAS_EXAM_GAP_S = 120,     /* seconds between two answers of one hand-in */
    KLAS_MISSED_MAX = 10,      /* questions in the "most missed" list */
    KLAS_FILE_MAX = 256 << 20, /* bytes of one export file */
    KLAS_MAX_OPTIONS = 32,     /* options tracked per question for distractors */
};

/* The spread of mastery over the students: how many students in each band. */
typedef enum {
    KLAS_BAND_NONE,     /* not practised (no attempt on its questions) */
    KLAS_BAND_LOW,      /* mastery under 40% */
    KLAS_BAND_MID,      /* 40% to under 60% */
    KLAS_BAND_HIGH,     /* 60% to under 80% */
    KLAS_BAND_MASTERED, /* 80% or more (MASTERY_THRESHOLD) */
    KLAS_BAND_COUNT
} KlasBand;

/* The band of a mastery (0..1) of a student who practised. */
KlasBand klas_band(double mastery);

typedef struct {
    size_t students[KLAS_BAND_COUNT];
    double mean; /* mean mastery over all students (unpractised count as 0) */
} KlasSpread;

typedef struct {
    char *id;   /* profile id */
    char *name; /* as the export gave it; NULL when none did (xAPI without names) */
    size_t attempts;
} KlasStudent;

typedef struct {
    size_t section; /* index into Course.sections */
    KlasSpread spread;
    size_t *unpractised; /* students (indexes) without an attempt on its questions */
    size_t nunpractised;
} KlasSection;

typedef struct {
    const Goal *goal; /* in the Course */
    size_t section;
    KlasSpread spread;
} KlasGoal;

typedef struct {
    size_t question;   /* index into Course.questions */
    size_t attempts;   /* of every student */
    size_t missed;     /* of them scored under 1 */
    size_t distractor; /* option index of the wrong option chosen most; KLAS_NONE */
    size_t distractor_count;
} KlasMissed;

typedef struct {
    size_t student;
    int64_t time_ms;  /* the hand-in (its last answer) */
    size_t answered;  /* answers seen; 0 when an xAPI statement gave the score */
    double score;     /* 0..1 */
    int grade_tenths; /* exam.h: 10..100 */
    bool from_xapi;   /* the score is the statement's */
} KlasExam;

typedef struct {
    const Course *course;
    KlasStudent *students; /* sorted by profile id */
    size_t nstudents;
    KlasSection *sections; /* [course->nsections] */
    KlasGoal *goals;       /* every goal of every section, in course order */
    size_t ngoals;
    KlasMissed missed[KLAS_MISSED_MAX]; /* most missed first */
    size_t nmissed;
    KlasExam *exams; /* by student, then time */
    size_t nexams;
    size_t grade_hist[10]; /* latest cijfer of each student who took a test, rounded: [0] = 1, ... [9] = 10 */
    size_t tested, passed; /* students with a test; of them passed their latest */
    double mean_grade;     /* mean of those latest cijfers (1..10); 0 when none */

    size_t attempts;   /* counted, after de-duplication */
    size_t duplicates; /* attempts read more than once and counted once */
    size_t unknown;    /* attempts on ids the course does not have */
    size_t files_read; /* files that gave attempts or statements */
    size_t files_skipped;
    int (*utc_offset)(int64_t ms, void *ctx); /* Klas's, for local times in the CSV */
    void *ctx;
} KlasOverview;

typedef struct Klas Klas;

/* Starts reading exports of course C (which must outlive the Klas).
 * UTC_OFFSET gives the minutes east of UTC at instant MS for CSV times;
 * NULL: UTC. NULL when out of memory. */
Klas *klas_new(const Course *c, int (*utc_offset)(int64_t ms, void *ctx), void *ctx);
void klas_free(Klas *k);

/* Reads every file of folder DIR (in name order). Problems go to DIAG;
 * false (with a DIAG error) only when DIR cannot be listed or memory ran out. */
bool klas_add_folder(Klas *k, const char *dir, Diag *diag);
/* Reads one file; NAME is how messages call it. False when it was skipped
 * (the reason in DIAG). */
bool klas_add_file(Klas *k, const char *path, const char *name, Diag *diag);
/* Reads TEXT (LEN bytes) as a file called NAME. */
bool klas_add_text(Klas *k, const char *name, const char *text, size_t len, Diag *diag);

/* The overview of everything read so far into OUT (zeroed first; free
 * with klas_overview_free; it refers to K's course). False with ERR
 * (AW_ERR_NO_MEMORY) only when memory runs out. */
bool klas_compute(Klas *k, KlasOverview *out, AwError *err);
void klas_overview_free(KlasOverview *o);

/* The overview as CSV for a spreadsheet with Dutch settings (export.h's
 * conventions: BOM, ';', decimal comma, CRLF) appended to OUT: one table of
 * rows "onderdeel;..." per part. NAMES false leaves out every row that
 * names a student (the unpractised students and the cijfers per student;
 * their counts stay). */
void klas_csv(const KlasOverview *o, bool names, JsonBuf *out);

/* The name to show for student I: the export's name, else the profile id. */
const char *klas_student_name(const KlasOverview *o, size_t i);

enum { KLAS_NAME_MAX = 120 }; /* bytes of a student's name kept from an export */

/* The bytes of NAME that fit in MAX, cut before a character (not inside
 * its UTF-8 bytes). */
size_t klas_name_fit(const char *name, size_t max);

#endif
