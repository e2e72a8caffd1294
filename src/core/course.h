/* course.h - the course model: plain structs copied out of the JSON lesson
 * files by course_load.c. No cJSON and no SDL beyond this point.
 *
 * Ownership: a Course owns every string and array reachable from it; all of
 * it is released by course_free(). Strings are valid UTF-8 without control
 * characters other than '\n' (checked at load), so layout and rendering can
 * trust them. Ids are stable: a student's progress refers to them.
 *
 * The file format is documented in content/FORMAT.md. */
#ifndef ACCOUNTWIJS_COURSE_H
#define ACCOUNTWIJS_COURSE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

enum { LESSON_FORMAT_VERSION = 1 };

/* An item's "lint": {"ignore": ..., "why": ...}: the lint rules it is exempt
 * from (bit 1u << LintRule, see lint.h; 0 when the item has no "lint") and
 * the teacher's reason, shown by `check --lint`. */
typedef struct {
    unsigned rules;
    char *why;
} LintSilence;

/* ---- blocks of a section ---------------------------------------------- */

typedef enum {
    BLOCK_HEADING,   /* text, level 2..4 */
    BLOCK_PARAGRAPH, /* text with inline *emphasis* and **bold** */
    BLOCK_LIST,      /* items[], ordered */
    BLOCK_TABLE,     /* header[ncols], cells[nrows * ncols] */
    BLOCK_EXAMPLE,   /* title (default "Voorbeeld"), text (paragraphs split by blank lines) */
    BLOCK_TERM,      /* term, text = definition */
    BLOCK_GOALS,     /* shows the section's learning goals here */
    BLOCK_TREE,      /* diagram: title, tree of TreeNode */
    BLOCK_FLOW,      /* diagram: two boxes with arrows between them */
    BLOCK_KIND_COUNT
} BlockKind;

typedef struct TreeNode {
    char *label;
    char *note; /* optional second line, NULL when absent */
    struct TreeNode *children;
    size_t nchildren;
} TreeNode;

typedef struct {
    char *label; /* box title */
    char *text;  /* box body, may be NULL */
} FlowBox;

typedef struct {
    int from, to; /* 0 = left box, 1 = right box */
    char *label;
} FlowArrow;

typedef struct {
    BlockKind kind;
    char *id;  /* optional anchor id, NULL when absent */
    int level; /* heading level */
    bool ordered;
    char *title; /* example, diagram caption (may be NULL) */
    char *term;
    char *text;
    char **items; /* list items */
    size_t nitems;
    char **header; /* table */
    char **cells;  /* row-major, nrows * ncols */
    size_t ncols, nrows;
    TreeNode *tree; /* BLOCK_TREE root */
    FlowBox boxes[2];
    FlowArrow *arrows;
    size_t narrows;
    LintSilence lint;
} Block;

/* ---- questions -------------------------------------------------------- */

typedef enum {
    QUESTION_SINGLE,
    QUESTION_MULTIPLE,
    QUESTION_TRUEFALSE,
    QUESTION_MATCHING,
    QUESTION_ORDERING,
    QUESTION_CLOZE,
    QUESTION_NUMERIC,
    QUESTION_TYPE_COUNT
} QuestionType;

/* "single", "multiple", ... ; NULL for an out-of-range value. */
const char *question_type_name(QuestionType t);

/* An option of single/multiple/truefalse, a pair of matching (text = left,
 * match = right), an item of ordering (listed in the right order), a blank
 * of cloze (accept[] holds the accepted answers), or the one answer field of
 * numeric (id "value", text and feedback NULL: its answers are in
 * Question.numeric). */
typedef struct {
    char *id;
    char *text;
    char *match;
    bool correct;
    char *feedback;
    char **accept;
    size_t naccept;
} Option;

/* One answer of a numeric question: the closed range [min, max] of numbers
 * it takes, written either as "value" with an optional "tolerance" (min =
 * value - tolerance, max = value + tolerance) or as "min" and "max". The
 * loader guarantees finite numbers within +-NUMERIC_LIMIT, tolerance >= 0,
 * min <= max and score in [0, 1]. */
typedef struct {
    double value;     /* as written; for a range (min + max) / 2 */
    double tolerance; /* as written, 0 when absent and for a range */
    double min, max;  /* the numbers this answer takes, edges included */
    bool range;       /* written as "min"/"max" */
    double score;     /* "score", default 1: 1 right, 0 a known mistake (its
                       * feedback says which), between: partly right */
    char *feedback;   /* NULL when absent */
} NumericAnswer;

/* The largest magnitude a numeric answer may have: 10^12 with six decimals
 * still reads back within a millionth, and no student types more. */
#define NUMERIC_LIMIT 1e12

/* The most decimals "decimals" may ask for. */
enum { NUMERIC_MAX_DECIMALS = 6 };

typedef struct {
    char *id;
    QuestionType type;
    char *prompt; /* the stem; for cloze it holds one "___" per blank */
    Option *options;
    size_t noptions;
    char *explanation;
    char *section;          /* id of the section it refers back to */
    char *anchor;           /* optional block id in that section, NULL when absent */
    char *goal;             /* learning goal id */
    int difficulty;         /* 1..3 */
    bool fixed_order;       /* do not shuffle the options */
    NumericAnswer *numeric; /* numeric: its "answers" in written order, at
                             * least one with score 1; NULL for other types */
    size_t nnumeric;
    char *unit;           /* numeric: "unit" ("€", "%", "klanten"), NULL when absent */
    int decimals;         /* numeric: "decimals" the right answer is shown with
                           * (0..NUMERIC_MAX_DECIMALS), -1 when absent: as few as needed */
    size_t section_index; /* resolved index into Course.sections */
    LintSilence lint;
    const char *file; /* where it was written, for lint messages */
    const char *path; /* its JSON path in that file, "questions[4]" */
} Question;

/* ---- sections, glossary, scenarios, quiz sets ------------------------- */

typedef struct {
    char *id;
    char *text; /* completes "Na deze paragraaf kun je ..." */
    LintSilence lint;
} Goal;

typedef struct {
    char *id;
    char *number; /* "1.3"; never NULL: without "number" the loader gives
                   * chapter.position ("1.3"), or the place among loose files */
    char *title;
    char *file; /* where it was loaded from */
    Goal *goals;
    size_t ngoals;
    Block *blocks;
    size_t nblocks;
    size_t first_question, nquestions; /* range in Course.questions */
    LintSilence lint;                  /* the file's top-level "lint" */
} Section;

typedef struct {
    char *id;
    char *term;
    char *definition;
    char *section;
    size_t section_index;
    LintSilence lint;
    const char *file; /* where it was written, for lint messages */
    const char *path; /* "terms[3]" */
} GlossaryTerm;

typedef struct {
    char *id;
    char *text;
    char *feedback;
    int points;
    char *next; /* node id */
    size_t next_index;
} Choice;

typedef struct {
    char *id;
    char *title; /* optional short title */
    char *text;  /* situation, or for an ending its outcome */
    Choice *choices;
    size_t nchoices;
    bool end;
    char *debrief;    /* end nodes only */
    LintSilence lint; /* covers the node's choices too */
} ScenarioNode;

typedef struct {
    char *id;
    char *title;
    char *intro; /* "" when the file has none */
    char *file;
    char **sections; /* sections it practises */
    size_t nsections;
    ScenarioNode *nodes;
    size_t nnodes;
    size_t start;     /* index of the first node */
    int best_points;  /* points along the best path (computed at load) */
    int worst_points; /* points along the worst path */
    LintSilence lint; /* the file's top-level "lint" */
} Scenario;

typedef struct {
    char *id;
    char *title;
    char **questions; /* question ids */
    size_t nquestions;
    char *file;
    LintSilence lint; /* the file's top-level "lint" */
} QuizSet;

typedef struct {
    char *id;
    char *title;
    char **sections; /* section ids in order */
    size_t nsections;
} Chapter;

typedef struct {
    char *id;
    char *title;
    char *version; /* content version, recorded with each answer */
    char *dir;     /* the folder it was loaded from */
    Chapter *chapters;
    size_t nchapters;
    Section *sections;
    size_t nsections;
    Question *questions; /* grouped by section, in section order */
    size_t nquestions;
    GlossaryTerm *glossary;
    size_t nglossary;
    Scenario *scenarios;
    size_t nscenarios;
    QuizSet *quizsets;
    size_t nquizsets;
    char *file;       /* the manifest, NULL for loose files */
    LintSilence lint; /* course.json's top-level "lint" */
    Arena arena;      /* owns everything above */
} Course;

/* Loads the course whose manifest is DIR/course.json, with every file it
 * names. Every problem goes to diag; returns NULL when any error was found
 * (warnings alone do not fail). The caller frees the result. */
Course *course_load(const char *dir, Diag *diag);

/* Loads loose lesson files (any kind) or folders as one course, for
 * `accountwijs check`. A folder with a course.json is loaded as a course;
 * other folders are searched for *.json. Cross-references are checked
 * between whatever was loaded. Returns NULL on any error. */
Course *course_load_paths(const char *const *paths, size_t npaths, Diag *diag);

/* Loads one lesson file's TEXT (LEN bytes) as if read from a file called
 * NAME; for tests and the fuzzer. Returns NULL on any error. */
Course *course_load_buffer(const char *name, const char *text, size_t len, Diag *diag);

void course_free(Course *c);

/* Lookups by id; NULL when absent. */
const Section *course_section(const Course *c, const char *id);
const Question *course_question(const Course *c, const char *id);
const Scenario *course_scenario(const Course *c, const char *id);

/* True when Q is one of a quiz set's questions. Those belong to a section
 * too, but the exam and a section's class quiz leave them out: they are
 * kept for the class quiz of their set. */
bool course_in_quizset(const Course *c, const Question *q);

/* Count of questions of each type. */
void course_count_types(const Course *c, size_t counts[QUESTION_TYPE_COUNT]);

#endif
