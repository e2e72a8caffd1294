/* lint_quotes.c - the quotes rule: a straight ' or " in any text a
 * student sees, walked field by field with the JSON path of each. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lint_internal.h"
#include "os.h"
#include "utf8.h"

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
        lint_emit(s->l, LINT_QUOTES, s->file, lint_silenced(LINT_QUOTES, s->item, s->file_level), path,
                  more ? DC_LINT_APOSTROPHE_MORE : DC_LINT_APOSTROPHE, "%s%s%s", from ? "..." : "", ctx,
                  to < len ? "..." : "");
    else
        lint_emit(s->l, LINT_QUOTES, s->file, lint_silenced(LINT_QUOTES, s->item, s->file_level), path,
                  more ? DC_LINT_DOUBLE_QUOTE_MORE : DC_LINT_DOUBLE_QUOTE, "%s%s%s", from ? "..." : "", ctx,
                  to < len ? "..." : "");
}

static void shown_at(Shown *s, const char *fmt, ...) OS_PRINTF(2, 3);
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
    if (q->type == QUESTION_NUMERIC) { /* its one option is the field; the words are in the answers */
        shown(s, "unit", q->unit);
        for (size_t j = 0; j < q->nnumeric; j++) {
            snprintf(key, sizeof key, "answers[%zu].feedback", j);
            shown(s, key, q->numeric[j].feedback);
        }
        return;
    }
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

/* Goes to the top level of FILE ("(unknown file)" when NULL), whose
 * file-wide silences are FILE_LEVEL. */
static void shown_file(Shown *s, const char *file, const LintSilence *file_level)
{
    s->file = file ? file : "(unknown file)";
    s->file_level = file_level;
    s->item = NULL;
    shown_at(s, "%s", "");
}

void lint_rule_quotes(Lint *l)
{
    const Course *c = l->c;
    Shown s = {.l = l};
    if (c->file) {
        shown_file(&s, c->file, &c->lint);
        shown(&s, "title", c->title);
        for (size_t i = 0; i < c->nchapters; i++) {
            shown_at(&s, "chapters[%zu]", i);
            shown(&s, "title", c->chapters[i].title);
        }
    }
    for (size_t i = 0; i < c->nsections; i++) {
        const Section *sec = &c->sections[i];
        shown_file(&s, sec->file, &sec->lint);
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
        s.file_level = lint_file_silence(c, q->file);
        s.item = &q->lint;
        shown_question(&s, q);
    }
    for (size_t i = 0; i < c->nquizsets; i++) {
        shown_file(&s, c->quizsets[i].file, &c->quizsets[i].lint);
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
        shown_file(&s, sc->file, &sc->lint);
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
