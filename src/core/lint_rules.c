/* lint_rules.c - the rules about how one question is worded
 * (longest-correct, absolute-distractor, all-of-the-above, cloze-giveaway),
 * the share rules over everything checked (longest-correct's share,
 * multiple-share) and goal-coverage. Thresholds are in lint.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "utf8.h"

/* True when the words WORDS (" a b ") hold the phrase PHRASE ("a b"). */
static bool has_phrase(const char *words, const char *phrase)
{
    char pat[128];
    snprintf(pat, sizeof pat, " %s ", phrase);
    return strstr(words, pat) != NULL;
}

/* The first of PHRASES (NULL-terminated) in WORDS, or NULL. */
static const char *first_phrase(const char *words, const char *const *phrases)
{
    for (const char *const *p = phrases; *p; p++)
        if (has_phrase(words, *p))
            return *p;
    return NULL;
}

/* ---- longest-correct ---------------------------------------------------- */

void lint_rule_longest_correct(Lint *l)
{
    const Course *c = l->c;
    size_t total = 0, longest = 0;
    char ids[400] = "";
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_SINGLE || q->noptions < 2)
            continue;
        size_t right = 0, right_len = 0, max_wrong = 0;
        for (size_t j = 0; j < q->noptions; j++) {
            size_t len = lint_text_length(q->options[j].text);
            if (q->options[j].correct) {
                right = j;
                right_len = len;
            } else if (len > max_wrong) {
                max_wrong = len;
            }
        }
        const char *why = lint_q_silenced(l, q, LINT_LONGEST_CORRECT);
        if ((double)right_len > LINT_LONGEST_RATIO * (double)max_wrong) {
            char path[600];
            snprintf(path, sizeof path, "%s.options[%zu].text", q_path(q), right);
            lint_emit(l, LINT_LONGEST_CORRECT, q_file(q), why, path, DC_LINT_LONGEST_CORRECT, "%zu%.0f%zu", right_len,
                      max_wrong ? 100.0 * ((double)right_len / (double)max_wrong - 1.0) : 100.0, max_wrong);
        }
        if (why)
            continue; /* a silenced question is left out of the share */
        total++;
        if (right_len > max_wrong) {
            longest++;
            lint_list_id(ids, sizeof ids, q_id(q));
        }
    }
    if (total >= LINT_SHARE_MIN_QUESTIONS && (double)longest > LINT_LONGEST_SHARE * (double)total)
        lint_emit(l, LINT_LONGEST_CORRECT, l->set_file, lint_silenced(LINT_LONGEST_CORRECT, l->set_silence, NULL), "",
                  DC_LINT_LONGEST_SHARE, "%zu%zu%.0f%s", longest, total, 100.0 * (double)longest / (double)total, ids);
}

/* ---- absolute-distractor and all-of-the-above --------------------------- */

static const char *const ABSOLUTES[] = {"altijd", "nooit", "alleen", "alle", "geen enkele", "always",
                                        "never",  "only",  "all",    "none", NULL};

static const char *const OF_THE_ABOVE[] = {"alle bovenstaande",
                                           "al het bovenstaande",
                                           "geen van bovenstaande",
                                           "geen van de bovenstaande",
                                           "alle antwoorden",
                                           "geen van de antwoorden",
                                           "alle genoemde antwoorden",
                                           "all of the above",
                                           "all the above",
                                           "none of the above",
                                           "all answers",
                                           "all of the answers",
                                           "none of the answers",
                                           "all of these",
                                           "none of these",
                                           NULL};

void lint_rule_choice_wording(Lint *l)
{
    const Course *c = l->c;
    for (size_t i = 0; i < c->nquestions && !l->oom; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_SINGLE && q->type != QUESTION_MULTIPLE)
            continue;
        size_t n = q->noptions;
        char **w = calloc(n ? n : 1, sizeof *w);
        if (!w) {
            l->oom = true;
            return;
        }
        bool right_absolute = false;
        for (size_t j = 0; j < n; j++) {
            w[j] = lint_words(q->options[j].text);
            if (!w[j]) {
                l->oom = true;
                break;
            }
            if (q->options[j].correct && first_phrase(w[j], ABSOLUTES))
                right_absolute = true;
        }
        for (size_t j = 0; j < n && !l->oom; j++) {
            char path[600];
            snprintf(path, sizeof path, "%s.options[%zu].text", q_path(q), j);
            const char *above = first_phrase(w[j], OF_THE_ABOVE);
            if (above) {
                lint_emit(l, LINT_ALL_OF_THE_ABOVE, q_file(q), lint_q_silenced(l, q, LINT_ALL_OF_THE_ABOVE), path,
                          DC_LINT_ALL_OF_THE_ABOVE, "%s", above);
                continue; /* its "alle" is the same flaw, not a second one */
            }
            const char *abs = first_phrase(w[j], ABSOLUTES);
            if (abs && !q->options[j].correct && !right_absolute)
                lint_emit(l, LINT_ABSOLUTE_DISTRACTOR, q_file(q), lint_q_silenced(l, q, LINT_ABSOLUTE_DISTRACTOR), path,
                          DC_LINT_ABSOLUTE_DISTRACTOR, "%s", abs);
        }
        for (size_t j = 0; j < n; j++)
            free(w[j]);
        free(w);
    }
}

/* ---- multiple-share ----------------------------------------------------- */

void lint_rule_multiple_share(Lint *l)
{
    const Course *c = l->c;
    size_t total = 0, most = 0;
    char ids[400] = "";
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_MULTIPLE || lint_q_silenced(l, q, LINT_MULTIPLE_SHARE))
            continue;
        size_t right = 0;
        for (size_t j = 0; j < q->noptions; j++)
            right += q->options[j].correct;
        total++;
        if (2 * right >= q->noptions) {
            char item[100];
            snprintf(item, sizeof item, "%s (%zu/%zu)", q_id(q), right, q->noptions);
            lint_list_id(ids, sizeof ids, item);
            most++;
        }
    }
    if (total >= LINT_SHARE_MIN_QUESTIONS && most == total)
        lint_emit(l, LINT_MULTIPLE_SHARE, l->set_file, lint_silenced(LINT_MULTIPLE_SHARE, l->set_silence, NULL), "",
                  DC_LINT_MULTIPLE_SHARE, "%zu%s", total, ids);
}

/* ---- cloze-giveaway ----------------------------------------------------- */

/* True when the prompt word W (LEN bytes) is the answer A or an inflection
 * of it: the same word give or take an ending of up to three letters, with
 * at least four letters in common ("wederzijds" and "wederzijdse", "klant"
 * and "klanten"), but not a compound ("klant" in "klantgericht"). */
static bool same_stem(const char *a, size_t alen, const char *w, size_t wlen)
{
    size_t common = 0;
    while (common < alen && common < wlen && a[common] == w[common])
        common++;
    if (common == alen && common == wlen)
        return true;
    size_t ca = utf8_count(a, alen), cw = utf8_count(w, wlen), cc = utf8_count(a, common);
    size_t longer = ca > cw ? ca : cw;
    if (longer - (ca < cw ? ca : cw) > 3)
        return false;
    size_t need = longer > 6 ? longer - 3 : 4;
    if (ca < 4) /* short words only as themselves */
        return false;
    return cc >= need && cc + 3 >= ca;
}

static bool is_number(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= '0' && s[i] <= '9'))
            return false;
    return n > 0;
}

/* The word of PROMPT (" w1 w2 ") that gives ANSWER (" a ") away, copied
 * to OUT; false when none does. */
static bool giveaway(const char *prompt, const char *answer, char *out, size_t size)
{
    size_t alen = strlen(answer);
    if (alen <= 2)
        return false;
    /* Several words: the whole phrase. */
    const char *inner = answer + 1;
    size_t ilen = alen - 2;
    if (memchr(inner, ' ', ilen)) {
        if (!strstr(prompt, answer))
            return false;
        snprintf(out, size, "%.*s", (int)ilen, inner);
        return true;
    }
    for (const char *p = prompt + 1; *p;) {
        const char *e = strchr(p, ' ');
        if (!e)
            break;
        size_t wlen = (size_t)(e - p);
        bool hit =
            is_number(inner, ilen) ? wlen == ilen && memcmp(p, inner, ilen) == 0 : same_stem(inner, ilen, p, wlen);
        if (hit) {
            snprintf(out, size, "%.*s", (int)wlen, p);
            return true;
        }
        p = e + 1;
    }
    return false;
}

void lint_rule_cloze_giveaway(Lint *l)
{
    const Course *c = l->c;
    for (size_t i = 0; i < c->nquestions && !l->oom; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_CLOZE)
            continue;
        /* What a student sees before answering is the prompt alone; the
         * blanks' feedback and the explanation come after checking. */
        char *prompt = lint_words(q->prompt);
        if (!prompt) {
            l->oom = true;
            return;
        }
        for (size_t j = 0; j < q->noptions && !l->oom; j++) {
            const Option *o = &q->options[j];
            for (size_t k = 0; k < o->naccept && !l->oom; k++) {
                char *a = lint_words(o->accept[k]);
                if (!a) {
                    l->oom = true;
                    break;
                }
                char word[200];
                if (giveaway(prompt, a, word, sizeof word)) {
                    char path[600];
                    snprintf(path, sizeof path, "%s.blanks[%zu].accept[%zu]", q_path(q), j, k);
                    lint_emit(l, LINT_CLOZE_GIVEAWAY, q_file(q), lint_q_silenced(l, q, LINT_CLOZE_GIVEAWAY), path,
                              DC_LINT_CLOZE_GIVEAWAY, "%s%s", o->accept[k], word);
                    k = o->naccept; /* one finding per blank */
                }
                free(a);
            }
        }
        free(prompt);
    }
}

/* ---- goal-coverage ------------------------------------------------------ */

void lint_rule_goal_coverage(Lint *l)
{
    const Course *c = l->c;
    for (size_t s = 0; s < c->nsections && !l->oom; s++) {
        const Section *sec = &c->sections[s];
        for (size_t g = 0; g < sec->ngoals; g++) {
            const Goal *goal = &sec->goals[g];
            if (!goal->id)
                continue;
            size_t count = 0;
            char ids[200] = "";
            for (size_t i = 0; i < c->nquestions; i++)
                if (c->questions[i].goal && strcmp(c->questions[i].goal, goal->id) == 0) {
                    count++;
                    lint_list_id(ids, sizeof ids, q_id(&c->questions[i]));
                }
            if (count >= LINT_GOAL_MIN_QUESTIONS)
                continue;
            char path[64];
            snprintf(path, sizeof path, "goals[%zu]", g);
            const char *file = sec->file ? sec->file : "(unknown file)";
            const char *why = lint_silenced(LINT_GOAL_COVERAGE, &goal->lint, &sec->lint);
            if (count)
                lint_emit(l, LINT_GOAL_COVERAGE, file, why, path, DC_LINT_GOAL_FEW_QUESTIONS, "%s%zu%s%d", goal->id,
                          count, ids, LINT_GOAL_MIN_QUESTIONS);
            else
                lint_emit(l, LINT_GOAL_COVERAGE, file, why, path, DC_LINT_GOAL_NO_QUESTIONS, "%s%d", goal->id,
                          LINT_GOAL_MIN_QUESTIONS);
        }
    }
}
