/* lint_internal.h - shared by the lint modules: lint.c (findings,
 * silences, words, the entry point), lint_rules.c (the rules about one
 * question's wording and the share rules), lint_similar.c (near-duplicate)
 * and lint_quotes.c. Not a public API. */
#ifndef ACCOUNTWIJS_LINT_INTERNAL_H
#define ACCOUNTWIJS_LINT_INTERNAL_H

#include "lint.h"
#include "os.h"

typedef struct {
    const Course *c;
    LintReport *r;
    const char *set_file; /* where findings about the whole set go */
    const LintSilence *set_silence;
    bool oom;
} Lint;

/* Adds a finding of RULE at FILE: PATH; WHY is the silence's reason or
 * NULL. Sets l->oom when out of memory. */
void lint_emit(Lint *l, LintRule rule, const char *file, const char *why, const char *path, DiagCode code,
               const char *args, ...) OS_PRINTF(7, 8);

/* The reason when ITEM or FILE_LEVEL (either may be NULL) silences RULE. */
const char *lint_silenced(LintRule rule, const LintSilence *item, const LintSilence *file_level);
/* The top-level silence of the file called FILE, NULL when there is none. */
const LintSilence *lint_file_silence(const Course *c, const char *file);
/* The reason when Q or its file silences RULE, else NULL. */
const char *lint_q_silenced(const Lint *l, const Question *q, LintRule rule);

/* The folded words of TEXT (markup removed) as " w1 w2 ... " in a new
 * string the caller frees; " " for an empty text, NULL when out of memory. */
char *lint_words(const char *text);
/* Code points of TEXT without markup and outer spaces. */
size_t lint_text_length(const char *text);
/* Appends ", ID" to LIST (SIZE bytes), or ", ..." once it is full. */
void lint_list_id(char *list, size_t size, const char *id);

static inline const char *q_path(const Question *q)
{
    return q->path ? q->path : "(question)";
}
static inline const char *q_file(const Question *q)
{
    return q->file ? q->file : "(unknown file)";
}
static inline const char *q_id(const Question *q)
{
    return q->id ? q->id : "?";
}

void lint_rule_longest_correct(Lint *l);
void lint_rule_choice_wording(Lint *l); /* absolute-distractor, all-of-the-above */
void lint_rule_multiple_share(Lint *l);
void lint_rule_cloze_giveaway(Lint *l);
void lint_rule_goal_coverage(Lint *l);
void lint_rule_near_duplicate(Lint *l); /* lint_similar.c */
void lint_rule_quotes(Lint *l);         /* lint_quotes.c */

#endif
