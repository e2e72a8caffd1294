/* lint.h - item-writing checks over a loaded course, for `accountwijs check
 * --lint`: flaws that give an answer away by its form (the right option is
 * the longest, absolutes only in distractors, "alle bovenstaande", most
 * options of a multiple question right, a cloze answer printed in its own
 * prompt), questions that repeat each other, learning goals with too few
 * questions, and straight quotes. Each rule is described, with a bad and a
 * good example, in content/FORMAT.md.
 *
 * Findings are plain structs with a code and details, worded by ui's
 * string tables like the loader's messages; nothing here prints. An item that silences a
 * rule ("lint": {"ignore": ..., "why": ...}) still gets its finding, marked
 * with the reason, so the teacher sees what was silenced. */
#ifndef ACCOUNTWIJS_LINT_H
#define ACCOUNTWIJS_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "course.h"
#include "diag.h"

typedef enum {
    LINT_LONGEST_CORRECT,
    LINT_ABSOLUTE_DISTRACTOR,
    LINT_ALL_OF_THE_ABOVE,
    LINT_MULTIPLE_SHARE,
    LINT_CLOZE_GIVEAWAY,
    LINT_NEAR_DUPLICATE,
    LINT_GOAL_COVERAGE,
    LINT_QUOTES,
    LINT_RULE_COUNT
} LintRule;

/* Thresholds, documented in content/FORMAT.md. */
#define LINT_LONGEST_RATIO 1.2         /* right option > 1.2 x the longest distractor */
#define LINT_LONGEST_SHARE (1.0 / 3.0) /* share of single questions whose right option is longest */
#define LINT_DUPLICATE_SIMILARITY 0.8  /* Jaccard similarity of the word sets */
enum {
    LINT_SHARE_MIN_QUESTIONS = 3, /* the share rules need this many questions */
    LINT_NEAR_DUPLICATE_MIN_WORDS = 5,
    LINT_GOAL_MIN_QUESTIONS = 3,
};

/* "longest-correct", ...; NULL for an out-of-range value. */
const char *lint_rule_name(LintRule r);
/* The rule called NAME; false when there is none. */
bool lint_rule_lookup(const char *name, LintRule *out);

typedef struct {
    LintRule rule;
    const char *file;                /* borrowed from the Course (or the set name) */
    char *path;                      /* JSON path in FILE, "" for a whole file; owned */
    DiagCode code;                   /* what was found (DC_LINT_*), without words: */
    const char *args[DIAG_MAX_ARGS]; /* its details (in mem); lint_finding_diag */
    char *mem;                       /* owned */
    const char *why;                 /* the silence's reason (borrowed), NULL when not silenced */
} LintFinding;

/* F as a diagnostic (borrowing F's strings) for the string tables to word
 * (ui/i18n.h i18n_diag): the finding's file, path, code and details. */
DiagMessage lint_finding_diag(const LintFinding *f, DiagLevel level);

typedef struct {
    LintFinding *items;
    size_t count, cap;
    size_t silenced; /* how many items have a why */
} LintReport;

/* Runs every rule over C. SET_NAME names what was checked (a file or
 * folder) for the findings about the whole set, such as the share of
 * single-choice questions whose right option is longest; NULL uses the
 * manifest or "(all files)". Findings come in course order, rule by rule.
 * False only when out of memory (R then holds what was found so far).
 * The caller frees R with lint_report_free, before freeing C. */
bool lint_course(const Course *c, const char *set_name, LintReport *r);
void lint_report_free(LintReport *r);

#endif
