/* speech_text.c - the spoken script of what a student sees.
 *
 * Every piece of text goes through one path, say(): the part's source
 * text is stripped of its markup (markup.c, the rules the reader draws
 * by), aligned back to the source byte by byte, and copied into the
 * script with its whitespace folded to single spaces. Each run of
 * non-space characters becomes a word, with the punctuation around it left
 * out of the word's range (so the highlight sits on "klant", not on
 * "klant."), and a sentence end (. ? ! followed by a capital or a digit)
 * closes the segment, so the engine can start speaking after the first
 * sentence. Items, cells and options close their own segment with a pause. */
#include "speech_text.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"

static const char letters[] = "A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0Z";
static const char *const numbers[] = {"1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "10", "11", "12", "13",
                                      "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"};

/* The badge said before an option: a letter, a number, or none. */
typedef enum { BADGE_LETTER, BADGE_NUMBER, BADGE_NONE } Badge;

typedef struct {
    SpeechScript *s;
    size_t cap_text, cap_seg, cap_word, cap_part;
    size_t seg_off, seg_word; /* where the open segment began */
    bool oom;
    const SpeechLabels *lb;
} Builder;

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap * 2 : 16;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * elem);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

static void put(Builder *b, const char *t, size_t n)
{
    SpeechScript *s = b->s;
    if (b->oom || !grow((void **)&s->text, &b->cap_text, s->len + n + 1, 1)) {
        b->oom = true;
        return;
    }
    memcpy(s->text + s->len, t, n);
    s->len += n;
    s->text[s->len] = '\0';
}

static uint32_t part(Builder *b, SpeechPartKind kind, size_t block, size_t index, const char *text)
{
    SpeechScript *s = b->s;
    for (size_t i = 0; i < s->nparts; i++)
        if (s->parts[i].kind == kind && s->parts[i].block == block && s->parts[i].index == index &&
            s->parts[i].text == text)
            return (uint32_t)i;
    if (b->oom || !grow((void **)&s->parts, &b->cap_part, s->nparts + 1, sizeof *s->parts)) {
        b->oom = true;
        return 0;
    }
    s->parts[s->nparts] = (SpeechPart){kind, (uint32_t)block, (uint32_t)index, text};
    return (uint32_t)s->nparts++;
}

/* Closes the open segment with PAUSE_MS after it; an empty one is dropped
 * and its pause given to the segment before. */
static void end_segment(Builder *b, unsigned pause_ms)
{
    SpeechScript *s = b->s;
    while (s->len > b->seg_off && s->text[s->len - 1] == ' ')
        s->text[--s->len] = '\0';
    if (s->nwords == b->seg_word) {
        s->len = b->seg_off;
        if (s->text)
            s->text[s->len] = '\0';
        if (s->nsegments && s->segments[s->nsegments - 1].pause_ms < pause_ms)
            s->segments[s->nsegments - 1].pause_ms = pause_ms;
        return;
    }
    if (b->oom || !grow((void **)&s->segments, &b->cap_seg, s->nsegments + 1, sizeof *s->segments)) {
        b->oom = true;
        return;
    }
    s->segments[s->nsegments++] = (SpeechSegment){(uint32_t)b->seg_off, (uint32_t)(s->len - b->seg_off),
                                                  (uint32_t)b->seg_word, (uint32_t)(s->nwords - b->seg_word), pause_ms};
    put(b, "\n", 1);
    b->seg_off = s->len;
    b->seg_word = s->nwords;
}

static bool space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

/* Punctuation left out of a word's range at either end. */
static bool trim_char(char c)
{
    return c && strchr(".,;:!?()[]\"'/", c) != NULL;
}

/* The length of the typographic punctuation at P (of N bytes): curly
 * quotes, an ellipsis, dashes and arrows, all E2 80/86 xx; 0 when none. */
static size_t trim_mb(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (n < 3 || u[0] != 0xE2)
        return 0;
    if (u[1] == 0x80 &&
        (u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9C || u[2] == 0x9D || u[2] == 0xA6 || u[2] == 0x93 || u[2] == 0x94))
        return 3;
    if (u[1] == 0x86 && u[2] >= 0x90 && u[2] <= 0x94)
        return 3;
    return 0;
}

static bool sentence_start(const char *p)
{
    unsigned char c = (unsigned char)*p;
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '(' || c >= 0xC3;
}

/* A word of P ending at E with '.', '?' or '!' before the start of a
 * sentence ends the segment (the engine can start reading there). */
static void sentence_end(Builder *b, const char *p, size_t e, size_t len)
{
    char last = p[e - 1];
    if ((last == '.' || last == '?' || last == '!') && e < len) {
        size_t n = e;
        while (n < len && space(p[n]))
            n++;
        if (n < len && sentence_start(p + n))
            end_segment(b, SPEECH_PAUSE_SENTENCE);
    }
}

/* Says the source text SRC of part PART; BLANK_LABEL, when not NULL,
 * replaces every "___" (a cloze blank) with that label's words. */
static void say(Builder *b, uint32_t pidx, const char *src, const char *blank_label)
{
    if (!src || b->oom)
        return;
    size_t slen = strlen(src);
    Markup m;
    if (!markup_parse(src, slen, &m)) {
        b->oom = true;
        return;
    }
    /* map[k]: the source byte of plain byte k. The plain text is the
     * source less the markers, so a greedy walk finds each byte. */
    size_t *map = malloc((m.len + 1) * sizeof *map);
    if (!map) {
        markup_free(&m);
        b->oom = true;
        return;
    }
    size_t j = 0;
    for (size_t k = 0; k < m.len; k++) {
        while (j < slen && src[j] != m.plain[k])
            j++;
        map[k] = j < slen ? j++ : slen;
    }
    map[m.len] = slen;
    /* What was said before in this segment stays a word apart. */
    if (b->s->len > b->seg_off && b->s->text[b->s->len - 1] != ' ')
        put(b, " ", 1);
    const char *p = m.plain;
    size_t k = 0;
    while (k < m.len) {
        if (space(p[k])) {
            /* A blank line ends a sentence too. */
            size_t e = k;
            int nl = 0;
            while (e < m.len && space(p[e]))
                nl += p[e++] == '\n';
            if (nl >= 2)
                end_segment(b, SPEECH_PAUSE_SENTENCE);
            else if (b->s->len > b->seg_off)
                put(b, " ", 1);
            k = e;
            continue;
        }
        size_t e = k;
        while (e < m.len && !space(p[e]))
            e++;
        if (blank_label && e - k >= 3 && strncmp(p + k, "___", 3) == 0) {
            /* The blank's label, its words pointing at the underscores. */
            size_t u = k;
            while (u < e && p[u] == '_')
                u++;
            uint32_t src_off = (uint32_t)map[k], src_len = (uint32_t)(map[u - 1] + 1 - map[k]);
            const char *l = blank_label;
            while (*l) {
                while (*l == ' ')
                    l++;
                const char *le = l;
                while (*le && *le != ' ')
                    le++;
                if (le > l) {
                    if (b->s->len > b->seg_off && b->s->text[b->s->len - 1] != ' ')
                        put(b, " ", 1);
                    size_t off = b->s->len;
                    put(b, l, (size_t)(le - l));
                    if (!b->oom && grow((void **)&b->s->words, &b->cap_word, b->s->nwords + 1, sizeof *b->s->words))
                        b->s->words[b->s->nwords++] = (SpeechWord){
                            (uint32_t)off, (uint32_t)(le - l), pidx, src_off, src_len, (uint32_t)k, (uint32_t)(u - k)};
                    else
                        b->oom = true;
                }
                l = le;
            }
            if (u < e)
                put(b, p + u, e - u);
            sentence_end(b, p, e, m.len);
            k = e;
            continue;
        }
        size_t off = b->s->len;
        put(b, p + k, e - k);
        size_t ws = k, we = e;
        for (;;) {
            if (ws < we && trim_char(p[ws]))
                ws++;
            else if (trim_mb(p + ws, we - ws))
                ws += 3;
            else
                break;
        }
        for (;;) {
            if (we > ws && trim_char(p[we - 1]))
                we--;
            else if (we >= ws + 3 && trim_mb(p + we - 3, 3))
                we -= 3;
            else
                break;
        }
        if (we > ws) {
            if (b->oom || !grow((void **)&b->s->words, &b->cap_word, b->s->nwords + 1, sizeof *b->s->words)) {
                b->oom = true;
            } else {
                size_t so = map[ws], se = map[we - 1] + 1;
                b->s->words[b->s->nwords++] = (SpeechWord){(uint32_t)(off + (ws - k)),
                                                           (uint32_t)(we - ws),
                                                           pidx,
                                                           (uint32_t)so,
                                                           (uint32_t)(se - so),
                                                           (uint32_t)ws,
                                                           (uint32_t)(we - ws)};
            }
        }
        sentence_end(b, p, e, m.len);
        k = e;
    }
    free(map);
    markup_free(&m);
}

static void say_part(Builder *b, SpeechPartKind kind, size_t block, size_t index, const char *text)
{
    if (text && *text)
        say(b, part(b, kind, block, index, text), text, NULL);
}

static void say_label(Builder *b, const char *label)
{
    if (label && *label)
        say(b, part(b, SPEECH_PART_LABEL, 0, 0, label), label, NULL);
}

/* Closes what was said so far as one segment ending with SEP (":" after a
 * label, so the voice pauses the way a reader does) when it does not end in
 * punctuation already. */
static void punctuate(Builder *b, const char *sep)
{
    SpeechScript *s = b->s;
    if (s->len > b->seg_off && !trim_char(s->text[s->len - 1]))
        put(b, sep, strlen(sep));
    if (s->len > b->seg_off)
        put(b, " ", 1);
}

static void tree(Builder *b, size_t block, const TreeNode *n, size_t *no)
{
    say_part(b, SPEECH_PART_TREE_NODE, block, (*no)++, n->label);
    end_segment(b, SPEECH_PAUSE_ITEM);
    for (size_t i = 0; i < n->nchildren; i++)
        tree(b, block, &n->children[i], no);
}

static void block(Builder *b, const Section *sec, size_t bi)
{
    const Block *bl = &sec->blocks[bi];
    const SpeechLabels *lb = b->lb;
    switch (bl->kind) {
    case BLOCK_HEADING:
        say_part(b, SPEECH_PART_HEADING, bi, 0, bl->text);
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    case BLOCK_PARAGRAPH:
        say_part(b, SPEECH_PART_PARAGRAPH, bi, 0, bl->text);
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    case BLOCK_LIST:
        for (size_t i = 0; i < bl->nitems; i++) {
            say_part(b, SPEECH_PART_LIST_ITEM, bi, i, bl->items[i]);
            end_segment(b, i + 1 < bl->nitems ? SPEECH_PAUSE_ITEM : SPEECH_PAUSE_BLOCK);
        }
        break;
    case BLOCK_TABLE:
        say_part(b, SPEECH_PART_DIAGRAM_TITLE, bi, 0, bl->title);
        end_segment(b, SPEECH_PAUSE_ITEM);
        for (size_t r = 0; r < bl->nrows; r++) {
            for (size_t c = 0; c < bl->ncols; c++) {
                const char *cell = bl->cells[r * bl->ncols + c];
                if (!cell || !*cell)
                    continue;
                if (bl->header && bl->header[c] && *bl->header[c]) {
                    say_part(b, SPEECH_PART_TABLE_HEADER, bi, c, bl->header[c]);
                    punctuate(b, ":");
                }
                say_part(b, SPEECH_PART_TABLE_CELL, bi, r * bl->ncols + c, cell);
                end_segment(b, c + 1 < bl->ncols ? SPEECH_PAUSE_ITEM : SPEECH_PAUSE_BLOCK);
            }
            end_segment(b, SPEECH_PAUSE_BLOCK);
        }
        break;
    case BLOCK_EXAMPLE:
        if (bl->title && *bl->title)
            say_part(b, SPEECH_PART_EXAMPLE_TITLE, bi, 0, bl->title);
        else
            say_label(b, lb ? lb->example : NULL);
        end_segment(b, SPEECH_PAUSE_ITEM);
        say_part(b, SPEECH_PART_EXAMPLE_TEXT, bi, 0, bl->text);
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    case BLOCK_TERM:
        say_part(b, SPEECH_PART_TERM, bi, 0, bl->term);
        punctuate(b, ":");
        say_part(b, SPEECH_PART_TERM_TEXT, bi, 0, bl->text);
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    case BLOCK_GOALS:
        say_label(b, lb ? lb->goals_intro : NULL);
        end_segment(b, SPEECH_PAUSE_ITEM);
        for (size_t g = 0; g < sec->ngoals; g++) {
            say_part(b, SPEECH_PART_GOAL, bi, g, sec->goals[g].text);
            end_segment(b, g + 1 < sec->ngoals ? SPEECH_PAUSE_ITEM : SPEECH_PAUSE_BLOCK);
        }
        break;
    case BLOCK_TREE: {
        say_part(b, SPEECH_PART_DIAGRAM_TITLE, bi, 0, bl->title);
        end_segment(b, SPEECH_PAUSE_ITEM);
        size_t no = 0;
        if (bl->tree)
            tree(b, bi, bl->tree, &no);
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    }
    case BLOCK_FLOW:
        say_part(b, SPEECH_PART_DIAGRAM_TITLE, bi, 0, bl->title);
        end_segment(b, SPEECH_PAUSE_ITEM);
        for (size_t i = 0; i < 2; i++) {
            say_part(b, SPEECH_PART_FLOW_BOX, bi, 2 * i, bl->boxes[i].label);
            punctuate(b, ":");
            say_part(b, SPEECH_PART_FLOW_BOX, bi, 2 * i + 1, bl->boxes[i].text);
            end_segment(b, SPEECH_PAUSE_ITEM);
        }
        end_segment(b, SPEECH_PAUSE_BLOCK);
        break;
    case BLOCK_KIND_COUNT:
        break;
    }
}

static void start(Builder *b, SpeechScript *out, const SpeechLabels *lb)
{
    memset(out, 0, sizeof *out);
    *b = (Builder){.s = out, .lb = lb};
}

static bool finish(Builder *b)
{
    end_segment(b, SPEECH_PAUSE_BLOCK);
    if (b->oom) {
        speech_script_free(b->s);
        return false;
    }
    if (!b->s->text) {
        put(b, "", 0);
        if (b->oom)
            return false;
    }
    return true;
}

bool speech_text_blocks(const Section *s, size_t first, size_t count, const SpeechLabels *labels, SpeechScript *out)
{
    Builder b;
    start(&b, out, labels);
    for (size_t i = first; i < s->nblocks && i - first < count; i++)
        block(&b, s, i);
    return finish(&b);
}

bool speech_text_section(const Section *s, const SpeechLabels *labels, SpeechScript *out)
{
    Builder b;
    start(&b, out, labels);
    say_label(&b, s->number);
    say_part(&b, SPEECH_PART_TITLE, 0, 0, s->title);
    end_segment(&b, SPEECH_PAUSE_BLOCK);
    for (size_t i = 0; i < s->nblocks; i++)
        block(&b, s, i);
    return finish(&b);
}

/* "A: text" (or "1: text", or "text") for each of N options in the order
 * shown, the badge as part BADGE_KIND. */
static void lettered(Builder *b, SpeechPartKind kind, SpeechPartKind badge_kind, Badge badge, const char *const *texts,
                     size_t n, const size_t *order, size_t norder)
{
    size_t shown = order ? norder : n;
    for (size_t k = 0; k < shown && k < 26; k++) {
        size_t i = order ? order[k] : k;
        if (i >= n || !texts[i])
            continue;
        if (badge != BADGE_NONE) {
            const char *t = badge == BADGE_LETTER ? letters + 2 * k : numbers[k];
            say(b, part(b, badge_kind, 0, i, t), t, NULL);
            punctuate(b, ":");
        }
        say_part(b, kind, 0, i, texts[i]);
        end_segment(b, k + 1 < shown ? SPEECH_PAUSE_ITEM : SPEECH_PAUSE_BLOCK);
    }
}

/* The options' texts (or, with MATCH, their right-hand matches) as N
 * strings, for lettered(); NULL when out of memory. */
static const char **option_texts(const Question *q, bool match)
{
    const char **t = malloc((q->noptions + 1) * sizeof *t);
    for (size_t i = 0; t && i < q->noptions; i++)
        t[i] = match ? q->options[i].match : q->options[i].text;
    return t;
}

static bool question(const Question *q, const size_t *order, size_t norder, const size_t *right,
                     const SpeechLabels *labels, SpeechScript *out)
{
    Builder b;
    start(&b, out, labels);
    const char *blank = q->type == QUESTION_CLOZE ? (labels && labels->blank ? labels->blank : "") : NULL;
    if (q->prompt)
        say(&b, part(&b, SPEECH_PART_PROMPT, 0, 0, q->prompt), q->prompt, blank);
    end_segment(&b, SPEECH_PAUSE_BLOCK);
    if (q->type != QUESTION_CLOZE) {
        Badge badge = q->type == QUESTION_TRUEFALSE                                  ? BADGE_NONE
                      : q->type == QUESTION_ORDERING || q->type == QUESTION_MATCHING ? BADGE_NUMBER
                                                                                     : BADGE_LETTER;
        const char **texts = option_texts(q, false);
        if (texts)
            lettered(&b, SPEECH_PART_OPTION, SPEECH_PART_OPTION_LETTER, badge, texts, q->noptions, order, norder);
        else
            b.oom = true;
        free(texts);
    }
    if (q->type == QUESTION_MATCHING) {
        const char **texts = option_texts(q, true);
        if (texts)
            lettered(&b, SPEECH_PART_MATCH, SPEECH_PART_MATCH_LETTER, BADGE_LETTER, texts, q->noptions, right,
                     right ? norder : 0);
        else
            b.oom = true;
        free(texts);
    }
    return finish(&b);
}

bool speech_text_question(const Question *q, const size_t *order, size_t norder, const SpeechLabels *labels,
                          SpeechScript *out)
{
    return question(q, order, norder, NULL, labels, out);
}

bool speech_text_matching(const Question *q, const size_t *left, const size_t *right, size_t n,
                          const SpeechLabels *labels, SpeechScript *out)
{
    return question(q, left, n, right, labels, out);
}

bool speech_text_feedback(const char *text, SpeechPartKind kind, const SpeechLabels *labels, SpeechScript *out)
{
    Builder b;
    start(&b, out, labels);
    if (kind == SPEECH_PART_EXPLANATION && labels) {
        say_label(&b, labels->explanation);
        end_segment(&b, SPEECH_PAUSE_ITEM);
    }
    say_part(&b, kind, 0, 0, text);
    return finish(&b);
}

bool speech_text_node(const ScenarioNode *n, const size_t *order, size_t norder, const SpeechLabels *labels,
                      SpeechScript *out)
{
    Builder b;
    start(&b, out, labels);
    say_part(&b, SPEECH_PART_NODE_TITLE, 0, 0, n->title);
    end_segment(&b, SPEECH_PAUSE_BLOCK);
    say_part(&b, SPEECH_PART_NODE_TEXT, 0, 0, n->text);
    end_segment(&b, SPEECH_PAUSE_BLOCK);
    if (n->end) {
        say_part(&b, SPEECH_PART_DEBRIEF, 0, 0, n->debrief);
    } else {
        const char **texts = malloc((n->nchoices + 1) * sizeof *texts);
        if (!texts) {
            b.oom = true;
        } else {
            for (size_t i = 0; i < n->nchoices; i++)
                texts[i] = n->choices[i].text;
            lettered(&b, SPEECH_PART_CHOICE, SPEECH_PART_OPTION_LETTER, BADGE_LETTER, texts, n->nchoices, order,
                     norder);
            free(texts);
        }
    }
    return finish(&b);
}

bool speech_text_plain(const char *text, SpeechScript *out)
{
    Builder b;
    start(&b, out, NULL);
    if (text && *text)
        say(&b, part(&b, SPEECH_PART_LABEL, 0, 0, text), text, NULL);
    return finish(&b);
}

bool speech_script_copy(const SpeechScript *src, SpeechScript *out)
{
    memset(out, 0, sizeof *out);
    out->text = malloc(src->len + 1);
    out->segments = malloc((src->nsegments + 1) * sizeof *out->segments);
    out->words = malloc((src->nwords + 1) * sizeof *out->words);
    out->parts = malloc((src->nparts + 1) * sizeof *out->parts);
    if (!out->text || !out->segments || !out->words || !out->parts) {
        speech_script_free(out);
        return false;
    }
    if (src->text)
        memcpy(out->text, src->text, src->len);
    out->text[src->len] = '\0';
    out->len = src->len;
    if (src->nsegments)
        memcpy(out->segments, src->segments, src->nsegments * sizeof *out->segments);
    if (src->nwords)
        memcpy(out->words, src->words, src->nwords * sizeof *out->words);
    if (src->nparts)
        memcpy(out->parts, src->parts, src->nparts * sizeof *out->parts);
    out->nsegments = src->nsegments;
    out->nwords = src->nwords;
    out->nparts = src->nparts;
    return true;
}

size_t speech_script_word_at(const SpeechScript *s, size_t pos)
{
    /* The words are in text order: the first whose end is past POS. */
    size_t lo = 0, hi = s->nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((size_t)s->words[mid].off + s->words[mid].len <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t speech_script_part(const SpeechScript *s, SpeechPartKind kind, size_t block, size_t index)
{
    for (size_t i = 0; i < s->nparts; i++)
        if (s->parts[i].kind == kind && s->parts[i].block == block && s->parts[i].index == index)
            return i;
    return s->nparts;
}

size_t speech_script_word_of(const SpeechScript *s, size_t part_index, size_t src_pos)
{
    size_t best = s->nwords;
    for (size_t i = 0; i < s->nwords; i++) {
        const SpeechWord *w = &s->words[i];
        if (w->part != part_index)
            continue;
        if (src_pos < (size_t)w->src_off + w->src_len)
            return i;
    }
    return best;
}

void speech_script_free(SpeechScript *s)
{
    if (!s)
        return;
    free(s->text);
    free(s->segments);
    free(s->words);
    free(s->parts);
    memset(s, 0, sizeof *s);
}
