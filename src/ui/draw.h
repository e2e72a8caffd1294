/* draw.h - the DrawList: what a frame wants drawn, as a flat list of
 * commands in pixels. The ui and the screens append to it; the platform
 * walks it with SDL_Renderer (platform/render_sdl.c), the harness writes
 * its text runs, the tests assert on it. No SDL here.
 *
 * Ownership: a DrawList owns its command array and a byte store for the
 * strings of text commands; draw_reset() empties both but keeps the memory,
 * so a frame allocates nothing once the list has grown to its size. */
#ifndef ACCOUNTWIJS_DRAW_H
#define ACCOUNTWIJS_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t r, g, b, a;
} Color;

typedef struct {
    int x, y, w, h;
} Rect;

/* Font families: the reading font and the dyslexia-friendly one. */
typedef enum { FONT_FAMILY_TEXT, FONT_FAMILY_DYSLEXIC, FONT_FAMILY_COUNT } FontFamily;

/* Styles within a family; a family without a style substitutes the
 * nearest (OpenDyslexic has no semibold: bold). The low two bits of the
 * first four match the markup flags (1 bold, 2 italic). */
typedef enum {
    FONT_REGULAR = 0,
    FONT_BOLD = 1,
    FONT_ITALIC = 2,
    FONT_BOLD_ITALIC = 3,
    FONT_SEMIBOLD = 4,
    FONT_STYLE_COUNT
} FontStyle;

/* A font as the measurer and the renderer see it; SIZE is in pixels.
 * SPACING adds letter spacing (Weergave's Letterafstand): 0 none, each
 * step 5% of the size between letters. RESERVED stays 0 (no padding:
 * fonts are hashed as bytes). */
typedef struct {
    uint8_t family; /* FontFamily */
    uint8_t style;  /* FontStyle */
    uint16_t size;
    uint8_t spacing;
    uint8_t reserved;
} Font;

typedef enum {
    DRAW_RECT,     /* filled rect, corners rounded by RADIUS */
    DRAW_BORDER,   /* outline of RECT, THICKNESS px inside it, corners RADIUS */
    DRAW_LINE,     /* from (x1,y1) to (x2,y2), THICKNESS px wide */
    DRAW_TRIANGLE, /* filled (x1,y1) (x2,y2) (x3,y3) */
    DRAW_TEXT,     /* one run at RECT.x, RECT.y; RECT.w/h are its measured size */
    DRAW_CLIP,     /* clip what follows to RECT; w < 0 removes the clip */
} DrawKind;

typedef struct {
    uint8_t kind; /* DrawKind */
    Font font;
    Color color;
    Rect rect;
    int16_t radius, thickness;
    int x1, y1, x2, y2, x3, y3;
    uint32_t text, len; /* DRAW_TEXT: bytes [text, text+len) of DrawList.chars */
} DrawCmd;

typedef struct {
    DrawCmd *cmds;
    size_t ncmds, cap;
    char *chars;
    size_t nchars, chars_cap;
    bool oom; /* an append failed; the frame is incomplete */
} DrawList;

void draw_init(DrawList *dl);
void draw_free(DrawList *dl);
/* Empties the list for the next frame, keeping its memory. */
void draw_reset(DrawList *dl);

void draw_rect(DrawList *dl, Rect r, Color c, int radius);
void draw_border(DrawList *dl, Rect r, Color c, int thickness, int radius);
void draw_line(DrawList *dl, int x1, int y1, int x2, int y2, Color c, int thickness);
void draw_triangle(DrawList *dl, int x1, int y1, int x2, int y2, int x3, int y3, Color c);
/* A text run of LEN bytes (copied) whose measured size is W x H. */
void draw_text(DrawList *dl, int x, int y, int w, int h, Font f, Color c, const char *s, size_t len);
/* Sets the clip rect; draw_clip_none() removes it. */
void draw_clip(DrawList *dl, Rect r);
void draw_clip_none(DrawList *dl);

/* The bytes of a text command (not NUL-terminated: use cmd->len). */
static inline const char *draw_text_of(const DrawList *dl, const DrawCmd *cmd)
{
    return dl->chars + cmd->text;
}

/* A 64-bit hash of every command and string: equal hashes mean the frame
 * looks the same, so the platform can skip presenting it. */
uint64_t draw_hash(const DrawList *dl);

/* ---- rectangles ---- */
bool rect_contains(Rect r, int x, int y);
Rect rect_intersect(Rect a, Rect b);
bool rect_overlaps(Rect a, Rect b);
static inline Rect rect_make(int x, int y, int w, int h)
{
    Rect r = {x, y, w, h};
    return r;
}

/* ---- hashing (FNV-1a 64), shared by caches and ids ---- */
#define HASH_INIT 14695981039346656037ull
uint64_t hash_bytes(uint64_t h, const void *p, size_t n);

#endif
