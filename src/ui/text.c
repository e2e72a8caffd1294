/* text.c - rich text layout and its cache. The cache is direct-mapped on
 * a 64-bit key of (text bytes, width, font): a lookup is one hash of the
 * text and one compare, and a collision merely lays the text out again.
 * That keeps ui_paragraph() cheap enough to call every frame. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "ui.h"
#include "wrap.h"

Font font_with_markup(Font f, int ms)
{
    bool bold = f.style == FONT_BOLD || f.style == FONT_BOLD_ITALIC || (ms & MARKUP_BOLD);
    bool italic = f.style == FONT_ITALIC || f.style == FONT_BOLD_ITALIC || (ms & MARKUP_ITALIC);
    if (f.style == FONT_SEMIBOLD && !italic)
        return f;
    if (f.style == FONT_SEMIBOLD)
        bold = true;
    f.style = (uint8_t)((bold ? FONT_BOLD : 0) | (italic ? FONT_ITALIC : 0));
    return f;
}

typedef struct {
    Ui *ui;
    Font base;
} MeasureCtx;

static int measure_style(void *ctx, int style, const char *s, size_t len)
{
    MeasureCtx *m = ctx;
    return ui_text_width(m->ui, font_with_markup(m->base, style), s, len);
}

const char *text_run_text(const TextLayout *t, const TextRun *r, size_t *len)
{
    if (r->shown_len) {
        *len = r->shown_len;
        return t->shown + r->shown;
    }
    *len = r->len;
    return t->plain + r->start;
}

/* Appends the drawn text of wrap run R to OUT->shown; false when out of
 * memory. */
static bool add_shown(TextLayout *out, size_t *cap, const WrapRun *r, const WrapSpan *spans, TextRun *tr)
{
    size_t n = wrap_run_text(r, spans, NULL, 0);
    if (out->shown_len + n + 1 > *cap) {
        size_t cap2 = *cap ? *cap * 2 : 256;
        while (cap2 < out->shown_len + n + 1)
            cap2 *= 2;
        char *p = realloc(out->shown, cap2);
        if (!p)
            return false;
        out->shown = p;
        *cap = cap2;
    }
    wrap_run_text(r, spans, out->shown + out->shown_len, n + 1);
    tr->shown = (uint32_t)out->shown_len;
    tr->shown_len = (uint32_t)n;
    out->shown_len += n;
    return true;
}

bool text_layout(Ui *ui, const char *markup, size_t len, int width, Font f, TextLayout *out)
{
    memset(out, 0, sizeof *out);
    Markup mk;
    if (!markup_parse(markup, len, &mk))
        return false;
    WrapSpan stack_spans[16];
    WrapSpan *spans = mk.nspans <= 16 ? stack_spans : malloc(mk.nspans * sizeof *spans);
    WrapResult wr = {0};
    bool ok = false;
    if (!spans)
        goto fail;
    for (size_t i = 0; i < mk.nspans; i++) {
        /* Headings and labels (a bold or semibold font) and terms in bold
         * are read as one word: never broken at a hyphenation point. */
        uint8_t st = font_with_markup(f, mk.spans[i].style).style;
        bool whole = st == FONT_BOLD || st == FONT_BOLD_ITALIC || st == FONT_SEMIBOLD;
        spans[i] = (WrapSpan){mk.plain + mk.spans[i].start, mk.spans[i].len, mk.spans[i].style, whole};
    }
    MeasureCtx mc = {ui, f};
    if (!wrap_spans_hyph(spans, mk.nspans, width, measure_style, &mc, ui->hyphenator, &wr))
        goto fail;
    size_t shown_cap = 0;
    out->runs = malloc((wr.nruns ? wr.nruns : 1) * sizeof *out->runs);
    if (!out->runs)
        goto fail;
    for (size_t l = 0; l < wr.nlines; l++) {
        const WrapLine *ln = &wr.lines[l];
        if (ln->width > out->width)
            out->width = ln->width;
        for (size_t k = 0; k < ln->nruns; k++) {
            const WrapRun *r = &wr.runs[ln->first_run + k];
            const MarkupSpan *sp = &mk.spans[r->span];
            TextRun *tr = &out->runs[out->nruns++];
            *tr = (TextRun){.start = (uint32_t)(sp->start + r->start),
                            .len = (uint32_t)r->len,
                            .x = r->x,
                            .width = r->width,
                            .line = (uint16_t)l,
                            .style = font_with_markup(f, sp->style).style,
                            .hyphen = r->hyphen};
            if (wrap_run_edited(r) && !add_shown(out, &shown_cap, r, spans, tr))
                goto fail;
        }
    }
    out->nlines = (int)wr.nlines;
    out->plain = mk.plain;
    out->len = mk.len;
    mk.plain = NULL;
    ok = true;
fail:
    if (spans != stack_spans)
        free(spans);
    wrap_result_free(&wr);
    markup_free(&mk);
    if (!ok)
        text_layout_free(out);
    return ok;
}

void text_layout_free(TextLayout *t)
{
    free(t->plain);
    free(t->shown);
    free(t->runs);
    memset(t, 0, sizeof *t);
}

/* ---- the cache ---- */

enum { CACHE_SLOTS = 1024 };

typedef struct {
    uint64_t key;
    size_t len;
    TextLayout layout;
    bool used;
} Slot;

struct TextMemo {
    Slot slots[CACHE_SLOTS];
};

TextMemo *text_memo_new(void)
{
    return calloc(1, sizeof(TextMemo));
}

void text_memo_free(TextMemo *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < CACHE_SLOTS; i++)
        text_layout_free(&c->slots[i].layout);
    free(c);
}

const TextLayout *text_memo_get(Ui *ui, const char *markup, size_t len, int width, Font f)
{
    TextMemo *c = ui->text_memo;
    uint64_t key = hash_bytes(HASH_INIT, markup, len);
    key = hash_bytes(key, &width, sizeof width);
    key = hash_bytes(key, &f, sizeof f);
    key = hash_bytes(key, &ui->hyphenator, sizeof ui->hyphenator);
    Slot *s = &c->slots[key % CACHE_SLOTS];
    if (s->used && s->key == key && s->len == len)
        return &s->layout;
    text_layout_free(&s->layout);
    s->used = false;
    if (!text_layout(ui, markup, len, width, f, &s->layout))
        return NULL;
    s->used = true;
    s->key = key;
    s->len = len;
    return &s->layout;
}
