/* gift_export.c - a course's questions as GIFT for Moodle. Each section
 * becomes a $CATEGORY (with an "// accountwijs-section: ID" comment, which
 * Moodle ignores and gift_parse reads back), each question's title is its
 * id, and its explanation the general feedback. Texts are escaped as
 * Moodle's own exporter escapes them (\ ~ = # { } : and line ends as \n);
 * a text with our *emphasis* goes out as [markdown], which means the same.
 *
 * GIFT has no ordering question: one becomes matching, position -> item,
 * with a comment. A cloze with more than one blank and the branching
 * scenarios have no GIFT form and are left out with a note. */
#include <stdio.h>
#include <string.h>

#include "gift.h"

static void put_escaped(JsonBuf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '\\':
        case '~':
        case '=':
        case '#':
        case '{':
        case '}':
        case ':':
            jsonbuf_put(b, "\\", 1);
            jsonbuf_put(b, s, 1);
            break;
        case '\n':
            jsonbuf_puts(b, "\\n");
            break;
        default:
            jsonbuf_put(b, s, 1);
        }
    }
}

static void put_number(JsonBuf *b, double v)
{
    jsonbuf_put_fixed(b, v, v > -1e9 && v < 1e9 ? 6 : 3, '.');
}

/* Whether T needs markdown to mean in Moodle what it means here: our
 * emphasis, or characters that Moodle's default format would take as
 * HTML. */
static bool needs_markdown(const char *t)
{
    return t && (strchr(t, '*') || strchr(t, '<') || strchr(t, '&'));
}

static bool has_markup(const Question *q)
{
    if (needs_markdown(q->prompt) || needs_markdown(q->explanation))
        return true;
    for (size_t i = 0; i < q->noptions; i++) {
        const Option *o = &q->options[i];
        if (needs_markdown(o->text) || needs_markdown(o->feedback) || needs_markdown(o->match))
            return true;
        for (size_t k = 0; k < o->naccept; k++)
            if (needs_markdown(o->accept[k]))
                return true;
    }
    for (size_t i = 0; i < q->nnumeric; i++)
        if (needs_markdown(q->numeric[i].feedback))
            return true;
    return false;
}

/* A text that Moodle reads with its format: one starting with '[' gets the
 * format written before it, so that it is not taken for one. */
static void put_text(JsonBuf *b, const char *s, const char *format)
{
    if (s[0] == '[')
        jsonbuf_puts(b, *format ? format : "[moodle]");
    put_escaped(b, s);
}

/* Feedback after '#' (nothing when there is none). */
static void put_feedback(JsonBuf *b, const char *fb, const char *format)
{
    if (fb && *fb) {
        jsonbuf_puts(b, "#");
        put_text(b, fb, format);
    }
}

/* The first run of three or more '_' in S, or NULL; *LEN gets its length. */
static const char *blank_in(const char *s, size_t *len)
{
    const char *b = strstr(s, "___");
    if (b) {
        size_t n = 0;
        while (b[n] == '_')
            n++;
        *len = n;
    }
    return b;
}

static void put_explanation(JsonBuf *b, const Question *q, const char *format)
{
    if (q->explanation && *q->explanation) {
        jsonbuf_puts(b, "\t####");
        put_text(b, q->explanation, format);
        jsonbuf_puts(b, "\n");
    }
}

static void question(JsonBuf *b, const Question *q, Diag *d)
{
    if (q->type == QUESTION_CLOZE && q->noptions != 1) {
        diag_report(d, DIAG_NOTE, (DiagAt){.file = q->file, .path = q->path}, DC_GIFT_EXPORT_CLOZE, "%s%zu", q->id,
                    q->noptions);
        return;
    }
    if (q->type == QUESTION_ORDERING) {
        diag_report(d, DIAG_NOTE, (DiagAt){.file = q->file, .path = q->path}, DC_GIFT_EXPORT_ORDERING, "%s", q->id);
        jsonbuf_puts(b, "// ordering: GIFT has no ordering question; written as matching, position -> item\n");
    }
    jsonbuf_puts(b, "// [id:");
    jsonbuf_puts(b, q->id); /* an id has no ']' to escape */
    jsonbuf_puts(b, "]\n::");
    put_escaped(b, q->id);
    jsonbuf_puts(b, "::");
    const char *format = has_markup(q) ? "[markdown]" : "";
    jsonbuf_puts(b, format);
    if (!*format && q->prompt[0] == '[')
        jsonbuf_puts(b, "[moodle]");
    size_t blen = 0;
    const char *blank = q->type == QUESTION_CLOZE ? blank_in(q->prompt, &blen) : NULL;
    if (blank) {
        /* The text before the blank; the rest follows the answers. */
        char *before = NULL;
        size_t n = (size_t)(blank - q->prompt);
        JsonBuf t = {0};
        jsonbuf_put(&t, q->prompt, n);
        before = t.data;
        /* trailing spaces before the block are Moodle's to trim */
        put_escaped(b, before ? before : "");
        jsonbuf_free(&t);
    } else {
        put_escaped(b, q->prompt);
    }
    jsonbuf_puts(b, "{\n");
    switch (q->type) {
    case QUESTION_SINGLE:
        for (size_t i = 0; i < q->noptions; i++) {
            jsonbuf_puts(b, q->options[i].correct ? "\t=" : "\t~");
            put_text(b, q->options[i].text, format);
            put_feedback(b, q->options[i].feedback, format);
            jsonbuf_puts(b, "\n");
        }
        break;
    case QUESTION_MULTIPLE: {
        size_t right = 0;
        for (size_t i = 0; i < q->noptions; i++)
            right += q->options[i].correct;
        /* Each right option is worth 1/R; a wrong one chosen takes 1/R off,
         * as quiz_grade does. */
        double w = right ? 100.0 / (double)right : 0;
        for (size_t i = 0; i < q->noptions; i++) {
            jsonbuf_puts(b, "\t~%");
            jsonbuf_put_fixed(b, q->options[i].correct ? w : -w, 5, '.');
            jsonbuf_puts(b, "%");
            put_text(b, q->options[i].text, format);
            put_feedback(b, q->options[i].feedback, format);
            jsonbuf_puts(b, "\n");
        }
        break;
    }
    case QUESTION_TRUEFALSE: {
        /* options[0] is "true"; Moodle: the answer, then the feedback for a
         * wrong answer, then for a right one. */
        bool truth = q->noptions == 2 && q->options[0].correct;
        const char *ft = q->noptions == 2 ? q->options[0].feedback : NULL;
        const char *ff = q->noptions == 2 ? q->options[1].feedback : NULL;
        jsonbuf_puts(b, truth ? "\tTRUE#" : "\tFALSE#");
        put_text(b, truth ? (ff ? ff : "") : (ft ? ft : ""), format);
        jsonbuf_puts(b, "#");
        put_text(b, truth ? (ft ? ft : "") : (ff ? ff : ""), format);
        jsonbuf_puts(b, "\n");
        break;
    }
    case QUESTION_MATCHING:
        for (size_t i = 0; i < q->noptions; i++) {
            jsonbuf_puts(b, "\t=");
            put_text(b, q->options[i].text, format);
            jsonbuf_puts(b, " -> ");
            put_escaped(b, q->options[i].match);
            jsonbuf_puts(b, "\n");
        }
        break;
    case QUESTION_ORDERING:
        for (size_t i = 0; i < q->noptions; i++) {
            char pos[24];
            snprintf(pos, sizeof pos, "\t=%u -> ", (unsigned)(i + 1) % 1000000u);
            jsonbuf_puts(b, pos);
            put_escaped(b, q->options[i].text);
            jsonbuf_puts(b, "\n");
        }
        break;
    case QUESTION_CLOZE: {
        const Option *o = &q->options[0];
        for (size_t i = 0; i < o->naccept; i++) {
            jsonbuf_puts(b, "\t=");
            put_text(b, o->accept[i], format);
            put_feedback(b, o->feedback, format);
            jsonbuf_puts(b, "\n");
        }
        break;
    }
    case QUESTION_NUMERIC:
        jsonbuf_puts(b, "\t#\n");
        for (size_t i = 0; i < q->nnumeric; i++) {
            const NumericAnswer *a = &q->numeric[i];
            jsonbuf_puts(b, "\t=");
            if (a->score < 1) {
                jsonbuf_puts(b, "%");
                jsonbuf_put_fixed(b, a->score * 100, 5, '.');
                jsonbuf_puts(b, "%");
            }
            if (a->range) {
                put_number(b, a->min);
                jsonbuf_puts(b, "..");
                put_number(b, a->max);
            } else {
                put_number(b, a->value);
                if (a->tolerance > 0) {
                    jsonbuf_puts(b, ":");
                    put_number(b, a->tolerance);
                }
            }
            put_feedback(b, a->feedback, format);
            jsonbuf_puts(b, "\n");
        }
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
    put_explanation(b, q, format);
    jsonbuf_puts(b, "}");
    if (blank)
        put_escaped(b, blank + blen);
    jsonbuf_puts(b, "\n\n");
}

/* The category path: "/" in a name is written "//". */
static void put_category_part(JsonBuf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\n')
            jsonbuf_puts(b, " ");
        else
            jsonbuf_put(b, s, *s == '/' ? 0 : 1);
        if (*s == '/')
            jsonbuf_puts(b, "//");
    }
}

bool gift_export(const Course *c, const char *section, JsonBuf *out, Diag *d)
{
    const Section *only = NULL;
    if (section) {
        only = course_section(c, section);
        if (!only) {
            diag_report(d, DIAG_ERROR, (DiagAt){0}, DC_NO_SUCH_SECTION, "%s", section);
            return false;
        }
    }
    jsonbuf_puts(out, "// ");
    put_category_part(out, c->title ? c->title : "");
    if (c->version) {
        jsonbuf_puts(out, " ");
        put_category_part(out, c->version);
    }
    jsonbuf_puts(out, ": accountwijs export gift\n\n");
    for (size_t s = 0; s < c->nsections; s++) {
        const Section *sec = &c->sections[s];
        if ((only && sec != only) || !sec->nquestions)
            continue;
        jsonbuf_puts(out, "// accountwijs-section: ");
        jsonbuf_puts(out, sec->id);
        jsonbuf_puts(out, "\n$CATEGORY: $course$/top/");
        put_category_part(out, c->title ? c->title : "accountwijs");
        jsonbuf_puts(out, "/");
        put_category_part(out, sec->number);
        jsonbuf_puts(out, " ");
        put_category_part(out, sec->title);
        jsonbuf_puts(out, "\n\n");
        for (size_t i = 0; i < sec->nquestions; i++)
            question(out, &c->questions[sec->first_question + i], d);
    }
    for (size_t s = 0; s < c->nscenarios; s++) {
        const Scenario *sc = &c->scenarios[s];
        bool mine = !only;
        for (size_t k = 0; only && k < sc->nsections; k++)
            mine |= strcmp(sc->sections[k], only->id) == 0;
        if (mine)
            diag_report(d, DIAG_NOTE, (DiagAt){.file = sc->file}, DC_GIFT_EXPORT_SCENARIO, "%s", sc->id);
    }
    return !out->failed;
}
