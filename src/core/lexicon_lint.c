/* lexicon_lint.c - loanwords the pronunciation list does not cover, for
 * `accountwijs check --lint`.
 *
 * A word is a candidate when it looks English to a Dutch reader's eye:
 * it holds a piece of an English word the course's subject uses (manag,
 * business, sales, ...), or a spelling Dutch words do not have ("sh" that
 * is not "sch", "ck", "ay", "ey", "oo" before a final k, "ow" or "aw" at
 * the end), or it is written in capitals (an abbreviation: the voice may
 * read it as a word). Every candidate that no entry of the list matches
 * is reported once, at its first place, with how often it occurs. A word
 * that looks English but is read well (a Dutch word, a name) is silenced
 * by listing it with its own spelling as alias in a spelling the voice
 * reads well. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

static const char *const pieces[] = {
    "manag", "business", "sales",    "account", "market", "service", "team",    "mail",   "online",      "deadline",
    "shop",  "support",  "feedback", "coach",   "deal",   "target",  "meeting", "office", "desk",        "leader",
    "cloud", "software", "hardware", "website", "upsell", "cross",   "pitch",   "follow", "stakeholder", NULL,
};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool looks_english(const char *w, size_t n)
{
    char low[64];
    if (n < 2 || n >= sizeof low)
        return false;
    size_t caps = 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)w[i] >= 0x80)
            return false; /* an accented letter: Dutch or a name */
        caps += w[i] >= 'A' && w[i] <= 'Z';
        low[i] = lower(w[i]);
    }
    low[n] = '\0';
    if (caps == n && n <= 5)
        return true;
    for (size_t i = 0; pieces[i]; i++)
        if (strstr(low, pieces[i]))
            return true;
    for (size_t i = 0; i + 1 < n; i++) {
        if (low[i] == 's' && low[i + 1] == 'h' && (i == 0 || low[i - 1] != 'c'))
            return true;
        if (low[i] == 'c' && low[i + 1] == 'k')
            return true;
        if ((low[i] == 'a' || low[i] == 'e') && low[i + 1] == 'y')
            return true;
    }
    if (n >= 4 && strcmp(low + n - 3, "ook") == 0 && n > 4)
        return true;
    if (n >= 3 && (strcmp(low + n - 2, "ow") == 0 || strcmp(low + n - 2, "aw") == 0))
        return true;
    return false;
}

typedef struct {
    char *word; /* folded */
    size_t count;
    const char *file;
    char *path;
} Candidate;

typedef struct {
    const Lexicon *lx;
    Candidate *c;
    size_t n, cap;
    bool oom;
} Scan;

static bool word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void note(Scan *s, const char *w, size_t n, const char *file, const char *path)
{
    char low[64];
    for (size_t i = 0; i < n; i++)
        low[i] = lower(w[i]);
    low[n] = '\0';
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->c[i].word, low) == 0) {
            s->c[i].count++;
            return;
        }
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        Candidate *c = realloc(s->c, cap * sizeof *c);
        if (!c) {
            s->oom = true;
            return;
        }
        s->c = c;
        s->cap = cap;
    }
    Candidate *c = &s->c[s->n];
    c->word = malloc(n + 1);
    c->path = malloc(strlen(path) + 1);
    if (!c->word || !c->path) {
        free(c->word);
        free(c->path);
        s->oom = true;
        return;
    }
    memcpy(c->word, low, n + 1);
    strcpy(c->path, path);
    c->file = file;
    c->count = 1;
    s->n++;
}

/* The candidates of TEXT that the list leaves as they are. */
static void scan(Scan *s, const char *text, const char *file, const char *path)
{
    if (!text || s->oom)
        return;
    size_t len = strlen(text);
    enum { MAX = 64 };
    LexiconMatch mbuf[MAX], *m = mbuf;
    size_t nm = lexicon_find(s->lx, text, len, m, MAX);
    if (nm > MAX) { /* a long text: every match, or words past the 64th look uncovered */
        m = malloc(nm * sizeof *m);
        if (!m) {
            s->oom = true;
            return;
        }
        lexicon_find(s->lx, text, len, m, nm);
    }
    size_t i = 0, mi = 0;
    while (i < len) {
        if (!word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < len && word_byte((unsigned char)text[e]))
            e++;
        bool covered = false;
        while (mi < nm && m[mi].off + m[mi].len <= i)
            mi++;
        if (mi < nm && m[mi].off < e)
            covered = true;
        if (!covered && looks_english(text + i, e - i))
            note(s, text + i, e - i, file, path);
        i = e;
    }
    if (m != mbuf)
        free(m);
}

static void scan_block(Scan *s, const Block *b, const char *file, size_t bi)
{
    char path[64];
    snprintf(path, sizeof path, "blocks[%zu]", bi);
    scan(s, b->title, file, path);
    scan(s, b->term, file, path);
    scan(s, b->text, file, path);
    for (size_t i = 0; i < b->nitems; i++)
        scan(s, b->items[i], file, path);
    for (size_t i = 0; b->header && i < b->ncols; i++)
        scan(s, b->header[i], file, path);
    for (size_t i = 0; b->cells && i < b->ncols * b->nrows; i++)
        scan(s, b->cells[i], file, path);
}

bool lexicon_lint(const Course *c, const Lexicon *lx, const char *lexicon_file, Diag *d)
{
    Scan s = {.lx = lx};
    char path[96];
    for (size_t i = 0; i < c->nsections; i++) {
        const Section *sec = &c->sections[i];
        scan(&s, sec->title, sec->file, "title");
        for (size_t g = 0; g < sec->ngoals; g++)
            scan(&s, sec->goals[g].text, sec->file, "goals");
        for (size_t b = 0; b < sec->nblocks; b++)
            scan_block(&s, &sec->blocks[b], sec->file, b);
    }
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        scan(&s, q->prompt, q->file, q->path);
        scan(&s, q->explanation, q->file, q->path);
        for (size_t o = 0; o < q->noptions; o++) {
            scan(&s, q->options[o].text, q->file, q->path);
            scan(&s, q->options[o].match, q->file, q->path);
            scan(&s, q->options[o].feedback, q->file, q->path);
        }
    }
    for (size_t i = 0; i < c->nscenarios; i++) {
        const Scenario *sc = &c->scenarios[i];
        scan(&s, sc->title, sc->file, "title");
        scan(&s, sc->intro, sc->file, "intro");
        for (size_t n = 0; n < sc->nnodes; n++) {
            const ScenarioNode *nd = &sc->nodes[n];
            snprintf(path, sizeof path, "nodes[%zu]", n);
            scan(&s, nd->title, sc->file, path);
            scan(&s, nd->text, sc->file, path);
            scan(&s, nd->debrief, sc->file, path);
            for (size_t k = 0; k < nd->nchoices; k++) {
                scan(&s, nd->choices[k].text, sc->file, path);
                scan(&s, nd->choices[k].feedback, sc->file, path);
            }
        }
    }
    for (size_t i = 0; i < c->nglossary; i++) {
        scan(&s, c->glossary[i].term, c->glossary[i].file, c->glossary[i].path);
        scan(&s, c->glossary[i].definition, c->glossary[i].file, c->glossary[i].path);
    }
    for (size_t i = 0; i < s.n; i++) {
        diag_report(d, DIAG_WARNING, (DiagAt){.file = s.c[i].file, .path = s.c[i].path}, DC_LEXICON_MISSING, "%s%zu%s",
                    s.c[i].word, s.c[i].count, lexicon_file);
        free(s.c[i].word);
        free(s.c[i].path);
    }
    free(s.c);
    return !s.oom;
}
