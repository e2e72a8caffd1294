/* lint.c - the item-writing rules of `check --lint` (see lint.h and the
 * "Lint" part of content/FORMAT.md).
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
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"
#include "markup.h"
#include "quiz.h"
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
        free(r->items[i].message);
    }
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* ---- context and findings ---------------------------------------------- */

typedef struct {
    const Course *c;
    LintReport *r;
    const char *set_file; /* where findings about the whole set go */
    const LintSilence *set_silence;
    bool oom;
} Lint;

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

/* The reason when ITEM or FILE_LEVEL silences RULE, else NULL. */
static const char *silenced(LintRule rule, const LintSilence *item, const LintSilence *file_level)
{
    if (item && (item->rules & (1u << rule)))
        return item->why;
    if (file_level && (file_level->rules & (1u << rule)))
        return file_level->why;
    return NULL;
}

static void emit(Lint *l, LintRule rule, const char *file, const char *why, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void emit(Lint *l, LintRule rule, const char *file, const char *why, const char *path, const char *fmt, ...)
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
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    char *p = malloc(strlen(path) + 1);
    if (!msg || !p) {
        free(msg);
        free(p);
        l->oom = true;
        return;
    }
    strcpy(p, path);
    r->items[r->count++] = (LintFinding){rule, file, p, msg, why};
    if (why)
        r->silenced++;
}

/* The top-level silence of the file called FILE (a section, quiz set,
 * scenario or the manifest), NULL when there is none. */
static const LintSilence *file_silence(const Course *c, const char *file)
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

static const char *q_silenced(const Lint *l, const Question *q, LintRule rule)
{
    return silenced(rule, &q->lint, file_silence(l->c, q->file));
}

static const char *q_path(const Question *q)
{
    return q->path ? q->path : "(question)";
}
static const char *q_file(const Question *q)
{
    return q->file ? q->file : "(unknown file)";
}
static const char *q_id(const Question *q)
{
    return q->id ? q->id : "?";
}

/* The JSON key of a question's option list. */
static const char *options_key(QuestionType t)
{
    switch (t) {
    case QUESTION_MATCHING:
        return "pairs";
    case QUESTION_ORDERING:
        return "items";
    case QUESTION_CLOZE:
        return "blanks";
    default:
        return "options";
    }
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
static char *words_of(const char *text)
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

/* Code points of TEXT without markup and outer spaces. */
static size_t text_length(const char *text)
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

/* ---- longest-correct ---------------------------------------------------- */

/* Appends ", ID" to LIST (at most SIZE bytes), or ", ..." once it is full. */
static void list_id(char *list, size_t size, const char *id)
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

static void rule_longest_correct(Lint *l)
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
            size_t len = text_length(q->options[j].text);
            if (q->options[j].correct) {
                right = j;
                right_len = len;
            } else if (len > max_wrong) {
                max_wrong = len;
            }
        }
        const char *why = q_silenced(l, q, LINT_LONGEST_CORRECT);
        if ((double)right_len > LINT_LONGEST_RATIO * (double)max_wrong) {
            char path[600];
            snprintf(path, sizeof path, "%s.options[%zu].text", q_path(q), right);
            emit(l, LINT_LONGEST_CORRECT, q_file(q), why, path,
                 "the right option (%zu characters) is %.0f%% longer than the longest distractor (%zu): students "
                 "learn to pick the longest answer; shorten it or make the distractors as precise",
                 right_len, max_wrong ? 100.0 * ((double)right_len / (double)max_wrong - 1.0) : 100.0, max_wrong);
        }
        if (why)
            continue; /* a silenced question is left out of the share */
        total++;
        if (right_len > max_wrong) {
            longest++;
            list_id(ids, sizeof ids, q_id(q));
        }
    }
    if (total >= LINT_SHARE_MIN_QUESTIONS && (double)longest > LINT_LONGEST_SHARE * (double)total)
        emit(l, LINT_LONGEST_CORRECT, l->set_file, silenced(LINT_LONGEST_CORRECT, l->set_silence, NULL), "(top level)",
             "the right option is the longest in %zu of %zu single-choice questions (%.0f%%; at most a third "
             "should be): %s",
             longest, total, 100.0 * (double)longest / (double)total, ids);
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

static void rule_choice_wording(Lint *l)
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
            w[j] = words_of(q->options[j].text);
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
                emit(l, LINT_ALL_OF_THE_ABOVE, q_file(q), q_silenced(l, q, LINT_ALL_OF_THE_ABOVE), path,
                     "\"%s\" lets a student who recognises two right options (or one wrong one) answer without "
                     "knowing the rest; write a real option",
                     above);
                continue; /* its "alle" is the same flaw, not a second one */
            }
            const char *abs = first_phrase(w[j], ABSOLUTES);
            if (abs && !q->options[j].correct && !right_absolute)
                emit(l, LINT_ABSOLUTE_DISTRACTOR, q_file(q), q_silenced(l, q, LINT_ABSOLUTE_DISTRACTOR), path,
                     "this wrong option says \"%s\" and no right option does: students learn that absolutes are "
                     "wrong; drop the absolute or word the right option as firmly",
                     abs);
        }
        for (size_t j = 0; j < n; j++)
            free(w[j]);
        free(w);
    }
}

/* ---- multiple-share ----------------------------------------------------- */

static void rule_multiple_share(Lint *l)
{
    const Course *c = l->c;
    size_t total = 0, most = 0;
    char ids[400] = "";
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_MULTIPLE || q_silenced(l, q, LINT_MULTIPLE_SHARE))
            continue;
        size_t right = 0;
        for (size_t j = 0; j < q->noptions; j++)
            right += q->options[j].correct;
        total++;
        if (2 * right >= q->noptions) {
            char item[100];
            snprintf(item, sizeof item, "%s (%zu of %zu)", q_id(q), right, q->noptions);
            list_id(ids, sizeof ids, item);
            most++;
        }
    }
    if (total >= LINT_SHARE_MIN_QUESTIONS && most == total)
        emit(l, LINT_MULTIPLE_SHARE, l->set_file, silenced(LINT_MULTIPLE_SHARE, l->set_silence, NULL), "(top level)",
             "in every one of the %zu multiple-answer questions at least half of the options are right (%s): a "
             "student who ticks most options scores well; give some questions one or two right options of five",
             total, ids);
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

static void rule_cloze_giveaway(Lint *l)
{
    const Course *c = l->c;
    for (size_t i = 0; i < c->nquestions && !l->oom; i++) {
        const Question *q = &c->questions[i];
        if (q->type != QUESTION_CLOZE)
            continue;
        /* What a student sees before answering is the prompt alone; the
         * blanks' feedback and the explanation come after checking. */
        char *prompt = words_of(q->prompt);
        if (!prompt) {
            l->oom = true;
            return;
        }
        for (size_t j = 0; j < q->noptions && !l->oom; j++) {
            const Option *o = &q->options[j];
            for (size_t k = 0; k < o->naccept && !l->oom; k++) {
                char *a = words_of(o->accept[k]);
                if (!a) {
                    l->oom = true;
                    break;
                }
                char word[200];
                if (giveaway(prompt, a, word, sizeof word)) {
                    char path[600];
                    snprintf(path, sizeof path, "%s.blanks[%zu].accept[%zu]", q_path(q), j, k);
                    emit(l, LINT_CLOZE_GIVEAWAY, q_file(q), q_silenced(l, q, LINT_CLOZE_GIVEAWAY), path,
                         "the answer \"%s\" can be read in the prompt (\"%s\"): a student copies it instead of "
                         "recalling it; reword the prompt",
                         o->accept[k], word);
                    k = o->naccept; /* one finding per blank */
                }
                free(a);
            }
        }
        free(prompt);
    }
}

/* ---- near-duplicate ----------------------------------------------------- */

/* A sorted, distinct list of word hashes. */
typedef struct {
    uint32_t *h;
    size_t n, cap;
} HashSet;

typedef struct {
    const Question *q;
    HashSet all;    /* prompt and options */
    HashSet prompt; /* prompt alone */
    HashSet opts;   /* options alone (empty for true/false) */
} QWords;

static int u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static uint32_t hash_word(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Adds the words of TEXT to S (unsorted until hs_finish). */
static bool hs_add_text(HashSet *s, const char *text)
{
    if (!text)
        return true;
    char *w = words_of(text);
    if (!w)
        return false;
    for (const char *p = w + 1; *p;) {
        const char *e = strchr(p, ' ');
        if (!e)
            break;
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 32;
            uint32_t *nh = realloc(s->h, nc * sizeof *nh);
            if (!nh) {
                free(w);
                return false;
            }
            s->h = nh;
            s->cap = nc;
        }
        s->h[s->n++] = hash_word(p, (size_t)(e - p));
        p = e + 1;
    }
    free(w);
    return true;
}

static bool hs_add_set(HashSet *s, const HashSet *from)
{
    for (size_t i = 0; i < from->n; i++) {
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 32;
            uint32_t *nh = realloc(s->h, nc * sizeof *nh);
            if (!nh)
                return false;
            s->h = nh;
            s->cap = nc;
        }
        s->h[s->n++] = from->h[i];
    }
    return true;
}

static void hs_finish(HashSet *s)
{
    if (s->n < 2)
        return;
    qsort(s->h, s->n, sizeof *s->h, u32_cmp);
    size_t m = 1;
    for (size_t i = 1; i < s->n; i++)
        if (s->h[i] != s->h[m - 1])
            s->h[m++] = s->h[i];
    s->n = m;
}

static size_t hs_shared(const HashSet *a, const HashSet *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j])
            n++, i++, j++;
        else if (a->h[i] < b->h[j])
            i++;
        else
            j++;
    }
    return n;
}

/* True when A and B have a Jaccard similarity (shared / all words) of at
 * least LINT_DUPLICATE_SIMILARITY, which *SIM then holds. That needs
 * shared >= t (|A| + |B|) / (1 + t); the merge stops as soon as the words
 * left cannot reach it, since most compared pairs are far apart. */
static bool similar(const HashSet *a, const HashSet *b, double *sim)
{
    const double t = LINT_DUPLICATE_SIMILARITY;
    size_t need = (size_t)ceil(t * (double)(a->n + b->n) / (1.0 + t) - 1e-9);
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        size_t left = a->n - i < b->n - j ? a->n - i : b->n - j;
        if (n + left < need)
            return false;
        if (a->h[i] == b->h[j])
            n++, i++, j++;
        else if (a->h[i] < b->h[j])
            i++;
        else
            j++;
    }
    size_t any = a->n + b->n - n;
    *sim = any ? (double)n / (double)any : 0.0;
    return any && *sim >= t;
}

static bool qwords(const Question *q, QWords *w)
{
    memset(w, 0, sizeof *w);
    w->q = q;
    bool ok = hs_add_text(&w->prompt, q->prompt);
    if (q->type != QUESTION_TRUEFALSE) /* "juist"/"onjuist" are not the writer's words */
        for (size_t j = 0; j < q->noptions && ok; j++) {
            const Option *o = &q->options[j];
            ok = hs_add_text(&w->opts, o->text) && hs_add_text(&w->opts, o->match);
            for (size_t k = 0; k < o->naccept && ok; k++)
                ok = hs_add_text(&w->opts, o->accept[k]);
        }
    hs_finish(&w->prompt);
    hs_finish(&w->opts);
    ok = ok && hs_add_set(&w->all, &w->prompt) && hs_add_set(&w->all, &w->opts);
    hs_finish(&w->all);
    return ok;
}

static void qwords_free(QWords *w)
{
    free(w->all.h);
    free(w->prompt.h);
    free(w->opts.h);
}

/* The two tests of the rule (FORMAT.md): nearly the same words over the
 * prompt and options together; or nearly the same prompt (a short class
 * question that repeats a section question with shortened options) whose
 * options share at least half the words of the shorter list, or where one
 * of them has no options (a true/false statement). SIM gets the score. */
static bool near_duplicate(const QWords *a, const QWords *b, double *sim)
{
    if (a->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS && b->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS &&
        similar(&a->all, &b->all, sim))
        return true;
    if (a->prompt.n < 3 || b->prompt.n < 3 || !similar(&a->prompt, &b->prompt, sim))
        return false;
    if (a->opts.n == 0 || b->opts.n == 0)
        return a->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS && b->all.n >= LINT_NEAR_DUPLICATE_MIN_WORDS;
    size_t fewer = a->opts.n < b->opts.n ? a->opts.n : b->opts.n;
    return (double)hs_shared(&a->opts, &b->opts) >= 0.5 * (double)fewer;
}

/* ---- candidate pairs by prefix filtering ----------------------------------
 *
 * Comparing every pair of questions is quadratic: 10,000 questions took
 * minutes. Prefix filtering (Bayardo et al., "Scaling up all pairs
 * similarity search") finds the same pairs from an index: order each set's
 * words from rare to common; two sets with a Jaccard of at least t share a
 * word among the first |S| - ceil(t |S|) + 1 words of each. Only pairs that
 * share such a word, and whose sizes allow t, are compared in full. */

typedef struct {
    uint32_t a, b; /* question indexes, a < b */
} Pair;

typedef struct {
    uint32_t hash, set;
} Posting;

typedef struct {
    uint32_t freq, hash;
} Ranked;

static int posting_cmp(const void *x, const void *y)
{
    const Posting *a = x, *b = y;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return (a->set > b->set) - (a->set < b->set);
}

static int ranked_cmp(const void *x, const void *y)
{
    const Ranked *a = x, *b = y;
    if (a->freq != b->freq)
        return a->freq < b->freq ? -1 : 1;
    return (a->hash > b->hash) - (a->hash < b->hash);
}

static int pair_cmp(const void *x, const void *y)
{
    const Pair *a = x, *b = y;
    if (a->b != b->b)
        return a->b < b->b ? -1 : 1;
    return (a->a > b->a) - (a->a < b->a);
}

static bool push_pair(Pair **pairs, size_t *n, size_t *cap, uint32_t a, uint32_t b)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        Pair *np = realloc(*pairs, nc * sizeof *np);
        if (!np)
            return false;
        *pairs = np;
        *cap = nc;
    }
    (*pairs)[(*n)++] = a < b ? (Pair){a, b} : (Pair){b, a};
    return true;
}

/* The pairs of SETS[0..N) (sorted hash sets; those under MIN words left
 * out) that may have a Jaccard of LINT_DUPLICATE_SIMILARITY or more, sorted
 * by their later member, each once. False when out of memory. */
static bool candidate_pairs(const HashSet *const *sets, size_t n, size_t min_words, Pair **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        if (sets[i]->n >= min_words)
            total += sets[i]->n;
    if (total == 0)
        return true;
    uint32_t *all = malloc(total * sizeof *all);
    Ranked *rank = malloc(total * sizeof *rank);
    Posting *post = malloc(total * sizeof *post);
    Pair *pairs = NULL;
    size_t npairs = 0, cap = 0, npost = 0, nuniq = 0, k = 0;
    bool ok = all && rank && post;
    if (!ok)
        goto done;
    /* How often each word occurs over all sets. */
    for (size_t i = 0; i < n; i++)
        if (sets[i]->n >= min_words)
            for (size_t j = 0; j < sets[i]->n; j++)
                all[k++] = sets[i]->h[j];
    qsort(all, total, sizeof *all, u32_cmp);
    for (size_t i = 0; i < total; i++) {
        if (nuniq && rank[nuniq - 1].hash == all[i]) {
            rank[nuniq - 1].freq++;
        } else {
            rank[nuniq].hash = all[i];
            rank[nuniq++].freq = 1;
        }
    }
    /* Each set's prefix of rarest words into the index. */
    for (size_t i = 0; i < n && ok; i++) {
        const HashSet *s = sets[i];
        if (s->n < min_words)
            continue;
        Ranked *mine = malloc(s->n * sizeof *mine);
        if (!mine) {
            ok = false;
            break;
        }
        for (size_t j = 0; j < s->n; j++) {
            size_t lo = 0, hi = nuniq; /* rank[] is sorted by hash here */
            while (lo + 1 < hi) {
                size_t mid = (lo + hi) / 2;
                if (rank[mid].hash <= s->h[j])
                    lo = mid;
                else
                    hi = mid;
            }
            mine[j] = (Ranked){rank[lo].freq, s->h[j]};
        }
        qsort(mine, s->n, sizeof *mine, ranked_cmp);
        size_t need = (size_t)ceil(LINT_DUPLICATE_SIMILARITY * (double)s->n - 1e-9);
        size_t prefix = s->n - need + 1;
        for (size_t j = 0; j < prefix && j < s->n; j++)
            post[npost++] = (Posting){mine[j].hash, (uint32_t)i};
        free(mine);
    }
    qsort(post, npost, sizeof *post, posting_cmp);
    for (size_t i = 0; i < npost && ok;) {
        size_t end = i + 1;
        while (end < npost && post[end].hash == post[i].hash)
            end++;
        for (size_t x = i; x < end && ok; x++)
            for (size_t y = x + 1; y < end && ok; y++) {
                size_t na = sets[post[x].set]->n, nb = sets[post[y].set]->n;
                size_t small = na < nb ? na : nb, large = na < nb ? nb : na;
                if ((double)small >= LINT_DUPLICATE_SIMILARITY * (double)large)
                    ok = push_pair(&pairs, &npairs, &cap, post[x].set, post[y].set);
            }
        i = end;
    }
    if (ok && npairs) {
        qsort(pairs, npairs, sizeof *pairs, pair_cmp);
        size_t m = 1;
        for (size_t i = 1; i < npairs; i++)
            if (pairs[i].a != pairs[m - 1].a || pairs[i].b != pairs[m - 1].b)
                pairs[m++] = pairs[i];
        npairs = m;
    }
done:
    free(all);
    free(rank);
    free(post);
    if (!ok) {
        free(pairs);
        return false;
    }
    *out = pairs;
    *nout = npairs;
    return true;
}

static void report_duplicate(Lint *l, const Question *a, const Question *b, double sim)
{
    const char *why = q_silenced(l, b, LINT_NEAR_DUPLICATE);
    if (!why)
        why = q_silenced(l, a, LINT_NEAR_DUPLICATE);
    emit(l, LINT_NEAR_DUPLICATE, q_file(b), why, q_path(b),
         "%s is nearly the same question as %s at %s: %s (%.0f%% the same words): a student who remembers one "
         "answers the other without thinking; ask something new, or apply it to a short case",
         q_id(b), q_id(a), q_file(a), q_path(a), 100.0 * sim);
}

/* Each later question is reported once, with the first earlier question it
 * repeats (course order): one finding per question to fix. */
static void rule_near_duplicate(Lint *l)
{
    const Course *c = l->c;
    size_t n = c->nquestions;
    if (n < 2 || n > UINT32_MAX)
        return;
    QWords *w = calloc(n, sizeof *w);
    const HashSet **all = calloc(n, sizeof *all), **prompts = calloc(n, sizeof *prompts);
    bool *reported = calloc(n, sizeof *reported);
    Pair *pairs = NULL;
    size_t npairs = 0, m = 0;
    if (!w || !all || !prompts || !reported) {
        l->oom = true;
        goto done;
    }
    for (; m < n; m++) {
        bool ok = qwords(&c->questions[m], &w[m]);
        all[m] = &w[m].all;
        prompts[m] = &w[m].prompt;
        if (!ok) {
            l->oom = true;
            m++;
            goto done;
        }
    }
    /* First test: prompt and options together. */
    if (!candidate_pairs(all, n, LINT_NEAR_DUPLICATE_MIN_WORDS, &pairs, &npairs)) {
        l->oom = true;
        goto done;
    }
    double sim;
    for (size_t i = 0; i < npairs && !l->oom; i++) {
        const Pair *p = &pairs[i];
        if (!reported[p->b] && similar(&w[p->a].all, &w[p->b].all, &sim)) {
            reported[p->b] = true;
            report_duplicate(l, w[p->a].q, w[p->b].q, sim);
        }
    }
    free(pairs);
    pairs = NULL;
    /* Second test: the same prompt, options that overlap. */
    if (!candidate_pairs(prompts, n, 3, &pairs, &npairs)) {
        l->oom = true;
        goto done;
    }
    for (size_t i = 0; i < npairs && !l->oom; i++) {
        const Pair *p = &pairs[i];
        if (!reported[p->b] && near_duplicate(&w[p->a], &w[p->b], &sim)) {
            reported[p->b] = true;
            report_duplicate(l, w[p->a].q, w[p->b].q, sim);
        }
    }
done:
    free(pairs);
    for (size_t i = 0; i < m; i++)
        qwords_free(&w[i]);
    free(w);
    free(all);
    free(prompts);
    free(reported);
}

/* ---- goal-coverage ------------------------------------------------------ */

static void rule_goal_coverage(Lint *l)
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
                    list_id(ids, sizeof ids, q_id(&c->questions[i]));
                }
            if (count >= LINT_GOAL_MIN_QUESTIONS)
                continue;
            char path[64];
            snprintf(path, sizeof path, "goals[%zu]", g);
            emit(l, LINT_GOAL_COVERAGE, sec->file ? sec->file : "(unknown file)",
                 silenced(LINT_GOAL_COVERAGE, &goal->lint, &sec->lint), path,
                 "learning goal %s has %zu question%s%s%s%s; give every goal at least %d, so practice and tests can "
                 "ask it more than one way",
                 goal->id, count, count == 1 ? "" : "s", count ? " (" : "", ids, count ? ")" : "",
                 LINT_GOAL_MIN_QUESTIONS);
        }
    }
}

/* ---- quotes ------------------------------------------------------------- */

typedef struct {
    Lint *l;
    const char *file;
    const LintSilence *item, *file_level;
    char path[600];
} Shown;

/* Reports a straight ' or " in TEXT, the shown text at S->path + "." + KEY. */
static void shown(Shown *s, const char *key, const char *text)
{
    if (!text || s->l->oom)
        return;
    const char *q = strpbrk(text, "'\"");
    if (!q)
        return;
    size_t more = 0;
    for (const char *p = q + 1; (p = strpbrk(p, "'\"")) != NULL; p++)
        more++;
    /* A little context around it, on code point boundaries. */
    size_t at = (size_t)(q - text), from = at, len = strlen(text), to = at + 1;
    for (int k = 0; k < 15 && from > 0; k++)
        from = utf8_prev(text, from);
    for (int k = 0; k < 15 && to < len; k++) {
        to++;
        while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
            to++;
    }
    char ctx[200];
    size_t o = 0;
    for (size_t i = from; i < to && o + 2 < sizeof ctx; i++)
        ctx[o++] = text[i] == '\n' ? ' ' : text[i];
    ctx[o] = '\0';
    char path[700];
    snprintf(path, sizeof path, "%s%s%s", s->path, s->path[0] && key[0] != '[' ? "." : "", key);
    if (*q == '\'')
        emit(s->l, LINT_QUOTES, s->file, silenced(LINT_QUOTES, s->item, s->file_level), path,
             "a straight apostrophe in \"%s%s%s\"%s: write \xe2\x80\x99 (as in scenario\xe2\x80\x99s), or "
             "\xe2\x80\x98...\xe2\x80\x99 around a quotation",
             from ? "..." : "", ctx, to < len ? "..." : "", more ? " (and more straight quotes in this text)" : "");
    else
        emit(s->l, LINT_QUOTES, s->file, silenced(LINT_QUOTES, s->item, s->file_level), path,
             "a straight double quote in \"%s%s%s\"%s: write \xe2\x80\x98...\xe2\x80\x99 or "
             "\xe2\x80\x9c...\xe2\x80\x9d",
             from ? "..." : "", ctx, to < len ? "..." : "", more ? " (and more straight quotes in this text)" : "");
}

static void shown_at(Shown *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void shown_at(Shown *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->path, sizeof s->path, fmt, ap);
    va_end(ap);
}

static void shown_tree(Shown *s, const TreeNode *t, int depth)
{
    if (!t || depth > 64)
        return;
    size_t base = strlen(s->path);
    shown(s, "label", t->label);
    shown(s, "note", t->note);
    for (size_t k = 0; k < t->nchildren; k++) {
        snprintf(s->path + base, sizeof s->path - base, ".children[%zu]", k);
        shown_tree(s, &t->children[k], depth + 1);
        s->path[base] = '\0';
    }
}

static void shown_block(Shown *s, const Block *b, size_t i)
{
    char key[80];
    shown_at(s, "blocks[%zu]", i);
    switch (b->kind) {
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
        shown(s, "text", b->text);
        break;
    case BLOCK_LIST:
        for (size_t k = 0; k < b->nitems; k++) {
            snprintf(key, sizeof key, "items[%zu]", k);
            shown(s, key, b->items[k]);
        }
        break;
    case BLOCK_TABLE:
        shown(s, "title", b->title);
        for (size_t k = 0; k < b->ncols; k++) {
            snprintf(key, sizeof key, "header[%zu]", k);
            shown(s, key, b->header[k]);
        }
        for (size_t r = 0; r < b->nrows; r++)
            for (size_t k = 0; k < b->ncols; k++) {
                snprintf(key, sizeof key, "rows[%zu][%zu]", r, k);
                shown(s, key, b->cells[r * b->ncols + k]);
            }
        break;
    case BLOCK_EXAMPLE:
        shown(s, "title", b->title);
        shown(s, "text", b->text);
        break;
    case BLOCK_TERM:
        shown(s, "term", b->term);
        shown(s, "definition", b->text);
        break;
    case BLOCK_TREE:
        shown(s, "title", b->title);
        shown_at(s, "blocks[%zu].root", i);
        shown_tree(s, b->tree, 0);
        break;
    case BLOCK_FLOW:
        shown(s, "title", b->title);
        shown(s, "left.label", b->boxes[0].label);
        shown(s, "left.text", b->boxes[0].text);
        shown(s, "right.label", b->boxes[1].label);
        shown(s, "right.text", b->boxes[1].text);
        for (size_t k = 0; k < b->narrows; k++) {
            snprintf(key, sizeof key, "arrows[%zu].label", k);
            shown(s, key, b->arrows[k].label);
        }
        break;
    default:
        break;
    }
}

static void shown_question(Shown *s, const Question *q)
{
    char key[80];
    const char *list = options_key(q->type);
    shown_at(s, "%s", q_path(q));
    shown(s, "prompt", q->prompt);
    shown(s, "explanation", q->explanation);
    for (size_t j = 0; j < q->noptions; j++) {
        const Option *o = &q->options[j];
        switch (q->type) {
        case QUESTION_TRUEFALSE:
            shown(s, j == 0 ? "feedback_true" : "feedback_false", o->feedback);
            continue;
        case QUESTION_MATCHING:
            snprintf(key, sizeof key, "%s[%zu].left", list, j);
            shown(s, key, o->text);
            snprintf(key, sizeof key, "%s[%zu].right", list, j);
            shown(s, key, o->match);
            break;
        case QUESTION_CLOZE:
            /* Only the first accepted answer is ever shown ("the answer
             * was ..."); the others are for matching what is typed. */
            if (o->naccept) {
                snprintf(key, sizeof key, "%s[%zu].accept[0]", list, j);
                shown(s, key, o->accept[0]);
            }
            break;
        default:
            snprintf(key, sizeof key, "%s[%zu].text", list, j);
            shown(s, key, o->text);
            break;
        }
        snprintf(key, sizeof key, "%s[%zu].feedback", list, j);
        shown(s, key, o->feedback);
    }
}

static void rule_quotes(Lint *l)
{
    const Course *c = l->c;
    Shown s = {.l = l};
    if (c->file) {
        s.file = c->file;
        s.file_level = &c->lint;
        s.item = NULL;
        shown_at(&s, "%s", "");
        shown(&s, "title", c->title);
        for (size_t i = 0; i < c->nchapters; i++) {
            shown_at(&s, "chapters[%zu]", i);
            shown(&s, "title", c->chapters[i].title);
        }
    }
    for (size_t i = 0; i < c->nsections; i++) {
        const Section *sec = &c->sections[i];
        s.file = sec->file ? sec->file : "(unknown file)";
        s.file_level = &sec->lint;
        s.item = NULL;
        shown_at(&s, "%s", "");
        shown(&s, "number", sec->number);
        shown(&s, "title", sec->title);
        for (size_t g = 0; g < sec->ngoals; g++) {
            s.item = &sec->goals[g].lint;
            shown_at(&s, "goals[%zu]", g);
            shown(&s, "text", sec->goals[g].text);
        }
        for (size_t b = 0; b < sec->nblocks; b++) {
            s.item = &sec->blocks[b].lint;
            shown_block(&s, &sec->blocks[b], b);
        }
    }
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        s.file = q_file(q);
        s.file_level = file_silence(c, q->file);
        s.item = &q->lint;
        shown_question(&s, q);
    }
    for (size_t i = 0; i < c->nquizsets; i++) {
        s.file = c->quizsets[i].file ? c->quizsets[i].file : "(unknown file)";
        s.file_level = &c->quizsets[i].lint;
        s.item = NULL;
        shown_at(&s, "%s", "");
        shown(&s, "title", c->quizsets[i].title);
    }
    for (size_t i = 0; i < c->nglossary; i++) {
        const GlossaryTerm *t = &c->glossary[i];
        s.file = t->file ? t->file : "(unknown file)";
        s.file_level = NULL;
        s.item = &t->lint;
        shown_at(&s, "%s", t->path ? t->path : "terms");
        shown(&s, "term", t->term);
        shown(&s, "definition", t->definition);
    }
    for (size_t i = 0; i < c->nscenarios; i++) {
        const Scenario *sc = &c->scenarios[i];
        s.file = sc->file ? sc->file : "(unknown file)";
        s.file_level = &sc->lint;
        s.item = NULL;
        shown_at(&s, "%s", "");
        shown(&s, "title", sc->title);
        shown(&s, "intro", sc->intro);
        for (size_t k = 0; k < sc->nnodes; k++) {
            const ScenarioNode *nd = &sc->nodes[k];
            char key[80];
            s.item = &nd->lint;
            shown_at(&s, "nodes[%zu]", k);
            shown(&s, "title", nd->title);
            shown(&s, "text", nd->text);
            shown(&s, "debrief", nd->debrief);
            for (size_t j = 0; j < nd->nchoices; j++) {
                snprintf(key, sizeof key, "choices[%zu].text", j);
                shown(&s, key, nd->choices[j].text);
                snprintf(key, sizeof key, "choices[%zu].feedback", j);
                shown(&s, key, nd->choices[j].feedback);
            }
        }
    }
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
            l.set_silence = file_silence(c, one);
            if (!set_name)
                l.set_file = one;
        }
    }
    rule_longest_correct(&l);
    rule_choice_wording(&l);
    rule_multiple_share(&l);
    rule_cloze_giveaway(&l);
    rule_near_duplicate(&l);
    rule_goal_coverage(&l);
    rule_quotes(&l);
    return !l.oom;
}
