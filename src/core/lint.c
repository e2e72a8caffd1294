/* lint.c - `check --lint`: the findings, the silences that cover them,
 * the words rules compare, and the entry point that runs every rule (see
 * lint.h, lint_internal.h and the "Lint" part of content/FORMAT.md).
 *
 * Words are compared after quiz_fold() (case, accents and curly quotes
 * folded, the grader's own rules) and split at anything that is not a
 * letter or digit, keeping an apostrophe between letters ("scenario's").
 * A text's words are kept as " w1 w2 w3 " so a phrase is found with one
 * strstr of " phrase ", always on whole words.
 *
 * Every finding carries the silence that covers it: the item's own "lint",
 * else the top-level "lint" of the file it was written in. Findings about
 * the whole set (the share rules) are silenced by course.json's top level,
 * or by the file's when only one file was checked. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "markup.h"
#include "quiz.h"
#include "os.h"
#include "utf8.h"

static const char *const RULE_NAMES[LINT_RULE_COUNT] = {
    "longest-correct", "absolute-distractor", "all-of-the-above", "multiple-share",
    "cloze-giveaway",  "near-duplicate",      "goal-coverage",    "quotes",
};

const char *lint_rule_name(LintRule r)
{
    return (unsigned)r < LINT_RULE_COUNT ? RULE_NAMES[r] : NULL;
}

bool lint_rule_lookup(const char *name, LintRule *out)
{
    for (int r = 0; r < LINT_RULE_COUNT; r++)
        if (strcmp(name, RULE_NAMES[r]) == 0) {
            *out = (LintRule)r;
            return true;
        }
    return false;
}

void lint_report_free(LintReport *r)
{
    for (size_t i = 0; i < r->count; i++) {
        free(r->items[i].path);
        free(r->items[i].mem);
    }
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* ---- context and findings ---------------------------------------------- */

DiagMessage lint_finding_diag(const LintFinding *f, DiagLevel level)
{
    DiagMessage m = {.level = level, .code = f->code, .file = f->file, .path = f->path};
    for (int i = 0; i < DIAG_MAX_ARGS; i++)
        m.args[i] = f->args[i];
    return m;
}

/* The reason when ITEM or FILE_LEVEL silences RULE, else NULL. */
const char *lint_silenced(LintRule rule, const LintSilence *item, const LintSilence *file_level)
{
    if (item && (item->rules & (1u << rule)))
        return item->why;
    if (file_level && (file_level->rules & (1u << rule)))
        return file_level->why;
    return NULL;
}

void lint_emit(Lint *l, LintRule rule, const char *file, const char *why, const char *path, DiagCode code,
               const char *args, ...)
{
    LintReport *r = l->r;
    if (l->oom)
        return;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        LintFinding *items = realloc(r->items, cap * sizeof *items);
        if (!items) {
            l->oom = true;
            return;
        }
        r->items = items;
        r->cap = cap;
    }
    LintFinding f = {.rule = rule, .file = file, .code = code, .why = why};
    va_list ap;
    va_start(ap, args);
    int n;
    f.mem = diag_format_args(args, ap, f.args, &n);
    va_end(ap);
    f.path = malloc(strlen(path) + 1);
    if (!f.mem || !f.path) {
        free(f.mem);
        free(f.path);
        l->oom = true;
        return;
    }
    strcpy(f.path, path);
    r->items[r->count++] = f;
    if (why)
        r->silenced++;
}

/* The top-level silence of the file called FILE (a section, quiz set,
 * scenario or the manifest), NULL when there is none. */
const LintSilence *lint_file_silence(const Course *c, const char *file)
{
    if (!file)
        return NULL;
    for (size_t i = 0; i < c->nsections; i++)
        if (c->sections[i].file && strcmp(c->sections[i].file, file) == 0)
            return &c->sections[i].lint;
    for (size_t i = 0; i < c->nquizsets; i++)
        if (c->quizsets[i].file && strcmp(c->quizsets[i].file, file) == 0)
            return &c->quizsets[i].lint;
    for (size_t i = 0; i < c->nscenarios; i++)
        if (c->scenarios[i].file && strcmp(c->scenarios[i].file, file) == 0)
            return &c->scenarios[i].lint;
    if (c->file && strcmp(c->file, file) == 0)
        return &c->lint;
    return NULL;
}

const char *lint_q_silenced(const Lint *l, const Question *q, LintRule rule)
{
    return lint_silenced(rule, &q->lint, lint_file_silence(l->c, q->file));
}

/* ---- words -------------------------------------------------------------- */

static bool word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF);
}

/* The folded words of TEXT (markup removed) as " w1 w2 ... " in a new
 * string; NULL when out of memory. An empty text gives " ". */
char *lint_words(const char *text)
{
    char *plain = markup_strip_dup(text ? text : "");
    if (!plain)
        return NULL;
    size_t n = strlen(plain);
    char *folded = malloc(n + 1);
    char *out = malloc(n + 3);
    if (!folded || !out) {
        free(plain);
        free(folded);
        free(out);
        return NULL;
    }
    size_t len = quiz_fold(plain, folded);
    free(plain);
    size_t o = 0;
    out[o++] = ' ';
    bool in_word = false;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(folded + i, len - i, &cp);
        if (k == 0) {
            cp = 0xFFFD;
            k = 1;
        }
        bool w = word_cp(cp);
        if (!w && cp == '\'' && in_word && i + k < len) { /* scenario's: keep the apostrophe */
            uint32_t next;
            w = utf8_decode(folded + i + k, len - i - k, &next) && word_cp(next);
        }
        if (w) {
            memcpy(out + o, folded + i, k);
            o += k;
            in_word = true;
        } else if (in_word) {
            out[o++] = ' ';
            in_word = false;
        }
        i += k;
    }
    if (in_word)
        out[o++] = ' ';
    out[o] = '\0';
    free(folded);
    return out;
}

/* Appends ", ID" to LIST (at most SIZE bytes), or ", ..." once it is full. */
void lint_list_id(char *list, size_t size, const char *id)
{
    size_t n = strlen(list);
    if (n + 6 >= size)
        return;
    if (n + strlen(id) + 8 >= size) {
        snprintf(list + n, size - n, "%s...", n ? ", " : "");
        list[size - 1] = '\0';
        return;
    }
    snprintf(list + n, size - n, "%s%s", n ? ", " : "", id);
}

/* Code points of TEXT without markup and outer spaces. */
size_t lint_text_length(const char *text)
{
    char *plain = markup_strip_dup(text ? text : "");
    if (!plain)
        return 0;
    const char *s = plain;
    size_t n = strlen(s);
    while (*s == ' ' || *s == '\n')
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    size_t count = utf8_count(s, n);
    free(plain);
    return count;
}

/* ---- entry -------------------------------------------------------------- */

bool lint_course(const Course *c, const char *set_name, LintReport *r)
{
    Lint l = {.c = c, .r = r};
    /* The whole set: the manifest when there is one; else what was named,
     * and the single file's own silence when only one file holds questions. */
    l.set_file = c->file ? c->file : set_name ? set_name : "(all files)";
    l.set_silence = c->file ? &c->lint : NULL;
    if (!c->file && c->nquestions) {
        const char *one = c->questions[0].file;
        for (size_t i = 1; i < c->nquestions && one; i++)
            if (!c->questions[i].file || strcmp(c->questions[i].file, one) != 0)
                one = NULL;
        if (one) {
            l.set_silence = lint_file_silence(c, one);
            if (!set_name)
                l.set_file = one;
        }
    }
    lint_rule_longest_correct(&l);
    lint_rule_choice_wording(&l);
    lint_rule_multiple_share(&l);
    lint_rule_cloze_giveaway(&l);
    lint_rule_near_duplicate(&l);
    lint_rule_goal_coverage(&l);
    lint_rule_quotes(&l);
    return !l.oom;
}
