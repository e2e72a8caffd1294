/* screen_reader.c - a section as a page: the retained layout of doc.c in
 * a centred column, key terms that open on a click or on keyboard focus,
 * a reading-progress line, and at the end the way on (practise, previous,
 * next). The layout is rebuilt only when its key changes; when that
 * happens for a resize or a new text size, the block at the top of the
 * screen stays there, so the student does not lose the place. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screen_reader.h"
#include "widgets.h"

static const Section *current(const App *app)
{
    const Course *c = app->course;
    return c && app->reader.section < c->nsections ? &c->sections[app->reader.section] : NULL;
}

void screen_reader_enter(App *app)
{
    const Section *s = current(app);
    if (!s)
        return;
    snprintf(app->settings.last_section, sizeof app->settings.last_section, "%s", s->id);
}

void screen_reader_leave(App *app)
{
    ReaderState *r = &app->reader;
    if (r->doc && current(app)) {
        int pad_top = app->typography.unit * 5;
        int y = (int)r->scroll.y - pad_top;
        app->settings.last_block = (int)doc_block_at(r->doc, y < 0 ? 0 : y);
        if (y <= 0)
            app->settings.last_block = 0;
    }
    app_save_place(app); /* the open profile's "Verder lezen" */
}

void screen_reader_free(App *app)
{
    doc_free(app->reader.doc);
    app->reader.doc = NULL;
}

void reader_open_at(App *app, size_t section, size_t block, size_t field, size_t offset)
{
    if (!app->course || section >= app->course->nsections)
        return;
    ReaderState *r = &app->reader;
    bool here = app->screen == SCREEN_READER;
    if (here)
        screen_reader_leave(app);
    if (r->section != section || !here) {
        memset(r->open, 0, sizeof r->open);
        r->scroll.y = 0;
    }
    r->section = section;
    r->pending = true;
    r->pending_block = block;
    r->pending_field = field;
    r->pending_offset = offset;
    r->highlight[0] = '\0';
    if (here)
        screen_reader_enter(app);
    else
        app_open(app, SCREEN_READER);
}

const char *screen_reader_title(App *app, char *buf, size_t size)
{
    const Section *s = current(app);
    snprintf(buf, size, "%s %s", s ? s->number : "", s ? s->title : "");
    return buf;
}

static void bit_set(uint64_t *bits, size_t i, bool on)
{
    if (i >= READER_MAX_BLOCKS)
        return;
    if (on)
        bits[i / 64] |= (uint64_t)1 << (i % 64);
    else
        bits[i / 64] &= ~((uint64_t)1 << (i % 64));
}

/* Heights of the parts of the end-of-section area. */
typedef struct {
    int gap, hint, button, nav, bottom, total;
} EndMetrics;

static EndMetrics end_metrics(const App *app, const Ui *ui)
{
    const Typography *t = &app->typography;
    EndMetrics m;
    m.gap = t->line * 2;
    m.hint = t->line;
    m.button = ui_button_height(ui) + t->unit;
    m.nav = t->ui_line * 2 + t->unit * 3;
    m.bottom = t->unit * 8;
    m.total = m.gap + m.hint + t->unit + m.button + t->line + m.nav + m.bottom;
    return m;
}

/* A previous/next link with a small label above the section's title. */
static bool nav_row(App *app, Ui *ui, UiId id, Rect r, const char *label, const Section *s, bool right)
{
    const Typography *t = &app->typography;
    bool clicked = ui_row(ui, id, r, false);
    char title[512];
    snprintf(title, sizeof title, "%s %s", s->number, s->title);
    int pad = t->unit * 3 / 2;
    int w = r.w - 2 * pad;
    int lw = ui_text_width(ui, t->ui, label, strlen(label));
    int tw = ui_text_width(ui, t->ui_bold, title, strlen(title));
    int y = r.y + t->unit * 3 / 2;
    int lx = right ? r.x + r.w - pad - (lw < w ? lw : w) : r.x + pad;
    int tx = right ? r.x + r.w - pad - (tw < w ? tw : w) : r.x + pad;
    ui_label_fit(ui, lx, y, w, t->ui, app->theme->muted, label);
    ui_label_fit(ui, tx, y + t->ui_line, w, t->ui_bold, app->theme->accent, title);
    return clicked;
}

static void end_of_section(App *app, Ui *ui, int x, int y, int w)
{
    const Typography *t = &app->typography;
    const Theme *th = app->theme;
    const Course *c = app->course;
    ReaderState *r = &app->reader;
    EndMetrics m = end_metrics(app, ui);
    y += m.gap - t->line;
    draw_rect(&ui->dl, (Rect){x, y, w, typography_px(t, 1)}, th->rule, 0);
    y += t->line;
    y += ui_paragraph(ui, x, y, w, t->body, th->muted, t->line, app_str(app, STR_PRACTICE_HINT));
    y += t->unit;
    const char *label = app_str(app, STR_PRACTICE);
    int bw = ui_button_width(ui, label) + t->unit * 2;
    if (ui_button(ui, ui_id("practice", r->section), (Rect){x, y, bw < w ? bw : w, ui_button_height(ui)}, label,
                  UI_BUTTON_PRIMARY))
        practice_open(app, r->section);
    y += m.button + t->line;
    int half = (w - t->unit * 2) / 2;
    char prev[128];
    snprintf(prev, sizeof prev, "\xE2\x86\x90 %s", app_str(app, STR_PREV_SECTION));
    if (r->section > 0 && nav_row(app, ui, ui_id("prev-section", r->section), (Rect){x, y, half, m.nav}, prev,
                                  &c->sections[r->section - 1], false)) {
        reader_open_at(app, r->section - 1, SIZE_MAX, 0, 0);
        return;
    }
    if (r->section + 1 < c->nsections) {
        char next[128];
        snprintf(next, sizeof next, "%s \xE2\x86\x92", app_str(app, STR_NEXT_SECTION));
        if (nav_row(app, ui, ui_id("next-section", r->section), (Rect){x + w - half, y, half, m.nav}, next,
                    &c->sections[r->section + 1], true))
            reader_open_at(app, r->section + 1, SIZE_MAX, 0, 0);
    } else {
        const char *end = app_str(app, STR_END_OF_CHAPTER);
        int ew = ui_text_width(ui, t->ui, end, strlen(end));
        ui_label(ui, x + w - ew - t->unit * 3 / 2, y + t->unit * 3 / 2, t->ui, th->muted, end);
    }
}

/* ---- reading aloud ---- */

/* Where part P of section S lies on the page: the field of the layout
 * and how many bytes of that field's plain text come before the part's
 * (the section number before the title). False when it has no place. */
static bool part_field(const Section *s, const SpeechPart *p, DocMark *m, size_t *before)
{
    *before = 0;
    m->block = p->block;
    switch (p->kind) {
    case SPEECH_PART_TITLE:
        m->block = DOC_HEADER;
        m->field = DOC_TITLE_FIELD;
        *before = strlen(s->number) + 3; /* and an en space */
        return true;
    case SPEECH_PART_HEADING:
    case SPEECH_PART_PARAGRAPH:
    case SPEECH_PART_EXAMPLE_TITLE:
    case SPEECH_PART_TERM:
    case SPEECH_PART_DIAGRAM_TITLE:
        m->field = 0;
        break;
    case SPEECH_PART_EXAMPLE_TEXT:
    case SPEECH_PART_TERM_TEXT:
        m->field = 1;
        break;
    case SPEECH_PART_LIST_ITEM:
    case SPEECH_PART_GOAL:
        m->field = p->index;
        break;
    case SPEECH_PART_TABLE_HEADER:
        m->field = 1 + p->index;
        break;
    case SPEECH_PART_TABLE_CELL:
        if (p->block >= s->nblocks)
            return false;
        m->field = 1 + s->blocks[p->block].ncols + p->index;
        break;
    case SPEECH_PART_TREE_NODE:
        m->field = 1 + 2 * (size_t)p->index;
        break;
    case SPEECH_PART_FLOW_BOX: /* 2*box the label, 2*box+1 the text */
        m->field = 1 + (size_t)p->index;
        break;
    default:
        return false;
    }
    return p->block < s->nblocks;
}

/* The part of section S at FIELD of BLOCK on the page (the inverse of
 * part_field); false for text that is not read. */
static bool field_part(const Section *s, size_t block, size_t field, SpeechPartKind *kind, size_t *index)
{
    *index = 0;
    if (block == DOC_HEADER) {
        *kind = SPEECH_PART_TITLE;
        return field == DOC_TITLE_FIELD;
    }
    if (block >= s->nblocks)
        return false;
    const Block *b = &s->blocks[block];
    switch (b->kind) {
    case BLOCK_HEADING:
        *kind = SPEECH_PART_HEADING;
        return true;
    case BLOCK_PARAGRAPH:
        *kind = SPEECH_PART_PARAGRAPH;
        return true;
    case BLOCK_LIST:
        *kind = SPEECH_PART_LIST_ITEM;
        *index = field;
        return true;
    case BLOCK_GOALS:
        *kind = SPEECH_PART_GOAL;
        *index = field;
        return true;
    case BLOCK_EXAMPLE:
        *kind = field ? SPEECH_PART_EXAMPLE_TEXT : SPEECH_PART_EXAMPLE_TITLE;
        return true;
    case BLOCK_TERM:
        *kind = field ? SPEECH_PART_TERM_TEXT : SPEECH_PART_TERM;
        return true;
    case BLOCK_TABLE:
        *kind = field == 0          ? SPEECH_PART_DIAGRAM_TITLE
                : field <= b->ncols ? SPEECH_PART_TABLE_HEADER
                                    : SPEECH_PART_TABLE_CELL;
        *index = field == 0 ? 0 : field <= b->ncols ? field - 1 : field - 1 - b->ncols;
        return true;
    case BLOCK_TREE:
        *kind = field == 0 ? SPEECH_PART_DIAGRAM_TITLE : SPEECH_PART_TREE_NODE;
        *index = field == 0 ? 0 : (field - 1) / 2;
        return field == 0 || field % 2 == 1; /* a node's note is not read */
    case BLOCK_FLOW:
        *kind = field == 0 ? SPEECH_PART_DIAGRAM_TITLE : SPEECH_PART_FLOW_BOX;
        *index = field == 0 ? 0 : field - 1;
        return field <= 4; /* the arrows' labels are not read */
    default:
        return false;
    }
}

/* The word being read, as a mark on the page; false when none is. */
static bool spoken_mark(const App *app, const Section *sec, DocMark *m)
{
    const SpeechPart *part;
    const SpeechWord *w = speak_word(app, sec, &part);
    size_t before;
    if (!w || !part_field(sec, part, m, &before))
        return false;
    m->start = before + w->plain_off;
    m->len = w->plain_len;
    return true;
}

/* The "Lees voor" control under the title; starts reading the section. */
/* The first word of SCRIPT at or after block BLOCK of the page (0: the
 * title's first word). */
static size_t first_word_from(const SpeechScript *script, size_t block)
{
    if (block == 0)
        return 0;
    for (size_t i = 0; i < script->nwords; i++) {
        const SpeechPart *p = &script->parts[script->words[i].part];
        if (p->kind != SPEECH_PART_TITLE && p->kind != SPEECH_PART_LABEL && p->block >= block)
            return i;
    }
    return 0;
}

/* The "Lees voor" control under the title; starts reading the section,
 * from the top, or (Ctrl+L on a page scrolled down) from the first block
 * in view: where the student is reading. */
static void speak_page(App *app, Ui *ui, const Section *sec, int x, int y, int w, int pad_top)
{
    ReaderState *r = &app->reader;
    bool start;
    speak_control(app, ui, "speak-page", x, y, w, sec, &start);
    if (!start)
        return;
    SpeechScript script;
    SpeechLabels labels = speech_labels();
    if (!speech_text_section(sec, &labels, &script)) {
        speak_start(app, NULL, sec, 0);
        return;
    }
    int top = (int)r->scroll.y - pad_top;
    size_t from = top > 0 ? first_word_from(&script, doc_block_at(r->doc, top)) : 0;
    speak_start(app, &script, sec, from);
}

/* A click on a word of the page while it is read: read on from there. */
static void speak_click(App *app, Ui *ui, const Section *sec, Rect view, int x0, int y0)
{
    ReaderState *r = &app->reader;
    /* After every other element, so that terms and buttons keep their clicks. */
    if (!speak_reading(app, sec) || !ui_interact(ui, ui_id("speak-words", 0), view, 0).clicked)
        return;
    size_t block, field, offset, index;
    SpeechPartKind kind;
    if (!doc_hit(ui, r->doc, ui->in.release_x - x0, ui->in.release_y - y0, &block, &field, &offset) ||
        !doc_hit(ui, r->doc, ui->in.press_x - x0, ui->in.press_y - y0, &block, &field, &offset) ||
        !field_part(sec, block, field, &kind, &index))
        return;
    if (kind == SPEECH_PART_TITLE) {
        size_t before = strlen(sec->number) + 3;
        offset = offset > before ? offset - before : 0;
    }
    if (speak_from(app, sec, kind, block == DOC_HEADER ? 0 : block, index, offset))
        ui->redraw = true;
}

void screen_reader_frame(App *app, Ui *ui, Rect body)
{
    const Course *c = app->course;
    ReaderState *r = &app->reader;
    const Section *sec = current(app);
    if (!sec)
        return;
    const Typography *t = &app->typography;
    /* A place to show inside a closed key term (a search hit in its
     * definition): open the box, or the words would stay hidden. */
    if (r->pending && r->pending_block < sec->nblocks && sec->blocks[r->pending_block].kind == BLOCK_TERM)
        bit_set(r->open, r->pending_block, true);
    if (ui_key(ui, UI_KEY_LEFT, UI_MOD_ALT) && r->section > 0) {
        reader_open_at(app, r->section - 1, SIZE_MAX, 0, 0);
        return;
    }
    if (ui_key(ui, UI_KEY_RIGHT, UI_MOD_ALT) && r->section + 1 < c->nsections) {
        reader_open_at(app, r->section + 1, SIZE_MAX, 0, 0);
        return;
    }
    int cx, cw;
    app_column(app, ui, body, &cx, &cw);
    int side = cx - body.x - typography_px(t, 24);
    int overhang = cw / 5 < side ? cw / 5 : side;
    if (overhang < 0)
        overhang = 0;

    /* A term opens on a click (remembered) or while it has keyboard focus. */
    uint64_t open[READER_MAX_BLOCKS / 64];
    memcpy(open, r->open, sizeof open);
    if (r->doc && ui->focus_visible)
        for (size_t i = 0; i < r->doc->nterms; i++)
            if (ui->focus == ui_id("term", r->doc->terms[i].block))
                bit_set(open, r->doc->terms[i].block, true);
    /* A key term whose definition is being read opens, so its words show. */
    DocMark mark;
    bool marked = spoken_mark(app, sec, &mark);
    if (marked && mark.block < sec->nblocks && sec->blocks[mark.block].kind == BLOCK_TERM)
        bit_set(open, mark.block, true);
    DocParams p = {
        sec, r->section, c->nsections, t, app->lang, cw, overhang, open, READER_MAX_BLOCKS / 64, ui_button_height(ui)};
    int pad_top = t->unit * 5;
    if (!r->doc || r->doc->key != doc_key(&p)) {
        bool keep = r->doc && !r->pending;
        if (keep) {
            /* Remember the block at the top of the screen and how far into it. */
            int y = (int)r->scroll.y - pad_top;
            r->anchor_block = doc_block_at(r->doc, y);
            for (size_t i = 0; i < r->doc->nbands; i++) {
                const DocBand *b = &r->doc->bands[i];
                if (b->block == (int)r->anchor_block) {
                    int h = b->y1 - b->y0;
                    r->anchor_frac = h > 0 ? (float)(y - b->y0) / (float)h : 0;
                    if (y < 0)
                        r->anchor_frac = (float)y / (float)(h > 0 ? h : 1);
                }
            }
        }
        doc_free(r->doc);
        r->doc = doc_layout(ui, &p);
        if (!r->doc) {
            snprintf(app->error, sizeof app->error, "%s", app_str(app, STR_ERR_NO_MEMORY_PAGE));
            return;
        }
        if (keep) {
            for (size_t i = 0; i < r->doc->nbands; i++) {
                const DocBand *b = &r->doc->bands[i];
                if (b->block == (int)r->anchor_block)
                    r->scroll.y = (float)pad_top + (float)b->y0 + r->anchor_frac * (float)(b->y1 - b->y0);
            }
        }
    }
    EndMetrics em = end_metrics(app, ui);
    int content_h = pad_top + r->doc->height + em.total;
    if (r->pending) {
        r->scroll.view = body;
        r->scroll.content_h = content_h;
        int y = 0;
        if (r->pending_block != SIZE_MAX) {
            int found = doc_find(r->doc, r->pending_block, r->pending_field, r->pending_offset);
            /* A place in the upper half of the first screen shows from
             * the top of the page, with the section's title. */
            if (found >= 0 && pad_top + found > body.h / 2)
                y = pad_top + found - body.h / 4;
        }
        r->scroll.y = (float)(y > 0 ? y : 0);
        ui_scroll_clamp(&r->scroll);
        r->pending = false;
    }

    int top = ui_scroll_begin(ui, &r->scroll, ui_id("reader", r->section), body, UI_SCROLL_KEYS);
    int y0 = top + pad_top;
    doc_draw(ui, r->doc, cx, y0, r->highlight, marked ? &mark : NULL);
    app->speak.shown_at = ui->mark.at; /* the page's own highlight, for the harness */
    snprintf(app->speak.shown, sizeof app->speak.shown, "%s", ui->mark.shown);
    speak_page(app, ui, sec, cx, y0 + r->doc->control_y, cw, pad_top);
    for (size_t i = 0; i < r->doc->nterms; i++) {
        const DocTerm *dt = &r->doc->terms[i];
        UiId id = ui_id("term", dt->block);
        Rect head = {cx + dt->head.x, y0 + dt->head.y, dt->head.w, dt->head.h};
        UiState st = ui_interact(ui, id, head, UI_FOCUSABLE);
        if (st.hover)
            draw_border(&ui->dl, head, app->theme->term_edge, typography_px(t, 1), t->unit / 2);
        if (st.clicked) {
            bool now_open = dt->open;
            bit_set(r->open, dt->block, !now_open);
            if (now_open && st.focused && ui->focus_visible) {
                /* Closing a term that focus opened: drop the visible focus
                 * so it does not open again at once. */
                ui->focus_visible = false;
            }
        }
        Rect card = {cx + dt->card.x, y0 + dt->card.y, dt->card.w, dt->card.h};
        ui_focus_ring(ui, id, card, t->unit / 2);
    }
    end_of_section(app, ui, cx, y0 + r->doc->height, cw);
    speak_click(app, ui, sec, body, cx, y0);
    ui_scroll_end(ui, &r->scroll, content_h);
    speak_follow(app, ui, &r->scroll, ui->mark.at);

    /* The reading position: a thin line under the bar. */
    int max = content_h - body.h;
    if (max > 0) {
        float f = r->scroll.y / (float)max;
        int h = typography_px(t, 3);
        draw_rect(&ui->dl, (Rect){body.x, body.y, (int)((float)body.w * f), h}, app->theme->accent, 0);
    }
}
