/* draw.c - see draw.h. Commands are zeroed before they are filled so that
 * hashing the raw struct bytes (padding included) is deterministic. */
#include "draw.h"

#include <stdlib.h>
#include <string.h>

void draw_init(DrawList *dl)
{
    memset(dl, 0, sizeof *dl);
}

void draw_free(DrawList *dl)
{
    free(dl->cmds);
    free(dl->chars);
    memset(dl, 0, sizeof *dl);
}

void draw_reset(DrawList *dl)
{
    dl->ncmds = 0;
    dl->nchars = 0;
    dl->oom = false;
}

static DrawCmd *push(DrawList *dl, DrawKind kind)
{
    if (dl->ncmds == dl->cap) {
        size_t cap = dl->cap ? dl->cap * 2 : 256;
        DrawCmd *p = realloc(dl->cmds, cap * sizeof *p);
        if (!p) {
            dl->oom = true;
            return NULL;
        }
        dl->cmds = p;
        dl->cap = cap;
    }
    DrawCmd *c = &dl->cmds[dl->ncmds++];
    memset(c, 0, sizeof *c);
    c->kind = (uint8_t)kind;
    return c;
}

void draw_rect(DrawList *dl, Rect r, Color col, int radius)
{
    if (r.w <= 0 || r.h <= 0 || col.a == 0)
        return;
    DrawCmd *c = push(dl, DRAW_RECT);
    if (c) {
        c->rect = r;
        c->color = col;
        c->radius = (int16_t)radius;
    }
}

void draw_border(DrawList *dl, Rect r, Color col, int thickness, int radius)
{
    if (r.w <= 0 || r.h <= 0 || col.a == 0 || thickness <= 0)
        return;
    DrawCmd *c = push(dl, DRAW_BORDER);
    if (c) {
        c->rect = r;
        c->color = col;
        c->thickness = (int16_t)thickness;
        c->radius = (int16_t)radius;
    }
}

void draw_line(DrawList *dl, int x1, int y1, int x2, int y2, Color col, int thickness)
{
    DrawCmd *c = push(dl, DRAW_LINE);
    if (c) {
        c->x1 = x1;
        c->y1 = y1;
        c->x2 = x2;
        c->y2 = y2;
        c->color = col;
        c->thickness = (int16_t)(thickness < 1 ? 1 : thickness);
    }
}

void draw_triangle(DrawList *dl, int x1, int y1, int x2, int y2, int x3, int y3, Color col)
{
    DrawCmd *c = push(dl, DRAW_TRIANGLE);
    if (c) {
        c->x1 = x1;
        c->y1 = y1;
        c->x2 = x2;
        c->y2 = y2;
        c->x3 = x3;
        c->y3 = y3;
        c->color = col;
    }
}

void draw_text(DrawList *dl, int x, int y, int w, int h, Font f, Color col, const char *s, size_t len)
{
    if (len == 0)
        return;
    if (dl->nchars + len > dl->chars_cap) {
        size_t cap = dl->chars_cap ? dl->chars_cap * 2 : 16384;
        while (cap < dl->nchars + len)
            cap *= 2;
        char *p = realloc(dl->chars, cap);
        if (!p) {
            dl->oom = true;
            return;
        }
        dl->chars = p;
        dl->chars_cap = cap;
    }
    DrawCmd *c = push(dl, DRAW_TEXT);
    if (!c)
        return;
    memcpy(dl->chars + dl->nchars, s, len);
    c->text = (uint32_t)dl->nchars;
    c->len = (uint32_t)len;
    dl->nchars += len;
    c->rect = (Rect){x, y, w, h};
    c->font = f;
    c->color = col;
}

void draw_clip(DrawList *dl, Rect r)
{
    DrawCmd *c = push(dl, DRAW_CLIP);
    if (c)
        c->rect = r;
}

void draw_clip_none(DrawList *dl)
{
    draw_clip(dl, (Rect){0, 0, -1, -1});
}

uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 1099511628211ull;
    }
    return h;
}

uint64_t draw_hash(const DrawList *dl)
{
    uint64_t h = HASH_INIT;
    h = hash_bytes(h, dl->cmds, dl->ncmds * sizeof *dl->cmds);
    h = hash_bytes(h, dl->chars, dl->nchars);
    return h;
}

bool rect_contains(Rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

Rect rect_intersect(Rect a, Rect b)
{
    int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
    int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
    Rect r = {x0, y0, x1 - x0, y1 - y0};
    if (r.w < 0)
        r.w = 0;
    if (r.h < 0)
        r.h = 0;
    return r;
}

bool rect_overlaps(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
