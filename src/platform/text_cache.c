/* text_cache.c - see text_cache.h.
 *
 * Three layers, each bounded:
 *  - fonts: the eight files are read into memory at startup and each is
 *    opened once to prove it is a font; TTF_Fonts of a given pixel size
 *    are opened from that memory on demand (up to FONT_SLOTS, least
 *    recently used closed first);
 *  - widths: a direct-mapped table from a 64-bit hash of (font, bytes) to
 *    the width, because layout asks for the same words again and again;
 *  - textures: chained hash buckets plus an LRU list; a new texture evicts
 *    from the cold end until the byte budget holds.
 * The dyslexia font and letter-spaced text (Font.spacing) are drawn glyph
 * by glyph with extra tracking (SDL_ttf has no letter-spacing), into one
 * texture per run like any other. */
#include "text_cache.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FONT_SLOTS = 40, WIDTH_SLOTS = 16384, BUCKETS = 4096 };

static const char *const font_files[FONT_FAMILY_COUNT][FONT_STYLE_COUNT] = {
    [FONT_FAMILY_TEXT] = {"Inter-Regular.otf", "Inter-Bold.otf", "Inter-Italic.otf", "Inter-BoldItalic.otf",
                          "Inter-SemiBold.otf"},
    [FONT_FAMILY_DYSLEXIC] = {"OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf", "OpenDyslexic-Italic.otf",
                              "OpenDyslexic-Bold.otf", "OpenDyslexic-Bold.otf"},
};

typedef struct {
    void *data;
    size_t size;
} FontFile;

typedef struct {
    Font key;
    TTF_Font *font;
    uint64_t used;
} OpenFont;

typedef struct {
    uint64_t key;
    int width;
} WidthSlot;

typedef struct Entry {
    uint64_t key;
    uint32_t len;
    SDL_Texture *tex;
    int w, h;
    size_t bytes;
    struct Entry *prev, *next; /* LRU: prev is more recent */
    struct Entry *hnext;
} Entry;

struct TextCache {
    FontFile files[FONT_FAMILY_COUNT][FONT_STYLE_COUNT];
    OpenFont fonts[FONT_SLOTS];
    size_t nfonts;
    uint64_t tick;
    WidthSlot *widths;
    SDL_Renderer *ren;
    Entry *buckets[BUCKETS];
    Entry *head, *tail;
    size_t budget, bytes, count;
    TextCacheStats stats;
    char *buf; /* NUL-terminated copies for SDL_ttf */
    size_t bufcap;
};

static bool read_file(const char *path, FontFile *out, char *err, size_t errsize)
{
    SDL_RWops *rw = SDL_RWFromFile(path, "rb");
    if (!rw) {
        snprintf(err, errsize, "%s: %s", path, SDL_GetError());
        return false;
    }
    Sint64 size = SDL_RWsize(rw);
    if (size <= 0 || size > 64 << 20) {
        snprintf(err, errsize, "%s: not a font file (size %lld)", path, (long long)size);
        SDL_RWclose(rw);
        return false;
    }
    out->data = malloc((size_t)size);
    out->size = (size_t)size;
    if (!out->data || SDL_RWread(rw, out->data, 1, (size_t)size) != (size_t)size) {
        snprintf(err, errsize, "%s: cannot read", path);
        SDL_RWclose(rw);
        return false;
    }
    SDL_RWclose(rw);
    return true;
}

static TTF_Font *open_mem(const FontFile *f, int size)
{
    SDL_RWops *rw = SDL_RWFromConstMem(f->data, (int)f->size);
    if (!rw)
        return NULL;
    TTF_Font *font = TTF_OpenFontRW(rw, 1, size);
    if (font)
        TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    return font;
}

TextCache *text_cache_new(const char *dir, size_t budget, char *err, size_t errsize)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errsize, "SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    TextCache *tc = calloc(1, sizeof *tc);
    if (!tc) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    tc->budget = budget;
    tc->widths = calloc(WIDTH_SLOTS, sizeof *tc->widths);
    if (!tc->widths)
        goto fail;
    for (int fam = 0; fam < FONT_FAMILY_COUNT; fam++)
        for (int st = 0; st < FONT_STYLE_COUNT; st++) {
            /* Styles that share a file share its memory. */
            const FontFile *same = NULL;
            for (int s2 = 0; s2 < st; s2++)
                if (strcmp(font_files[fam][s2], font_files[fam][st]) == 0)
                    same = &tc->files[fam][s2];
            if (same) {
                tc->files[fam][st] = *same;
                continue;
            }
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, font_files[fam][st]);
            if (!read_file(path, &tc->files[fam][st], err, errsize))
                goto fail;
            TTF_Font *probe = open_mem(&tc->files[fam][st], 12);
            if (!probe) {
                snprintf(err, errsize, "%s: %s", path, TTF_GetError());
                goto fail;
            }
            TTF_CloseFont(probe);
        }
    return tc;
fail:
    text_cache_free(tc);
    return NULL;
}

static void drop_textures(TextCache *tc)
{
    for (Entry *e = tc->head; e;) {
        Entry *n = e->next;
        SDL_DestroyTexture(e->tex);
        free(e);
        e = n;
    }
    memset(tc->buckets, 0, sizeof tc->buckets);
    tc->head = tc->tail = NULL;
    tc->bytes = tc->count = 0;
}

void text_cache_free(TextCache *tc)
{
    if (!tc)
        return;
    drop_textures(tc);
    for (size_t i = 0; i < tc->nfonts; i++)
        TTF_CloseFont(tc->fonts[i].font);
    for (int fam = 0; fam < FONT_FAMILY_COUNT; fam++)
        for (int st = 0; st < FONT_STYLE_COUNT; st++) {
            bool shared = false;
            for (int s2 = 0; s2 < st; s2++)
                shared |= tc->files[fam][s2].data == tc->files[fam][st].data;
            if (!shared)
                free(tc->files[fam][st].data);
        }
    free(tc->widths);
    free(tc->buf);
    free(tc);
}

void text_cache_set_renderer(TextCache *tc, SDL_Renderer *r)
{
    if (tc->ren != r)
        drop_textures(tc);
    tc->ren = r;
}

static TTF_Font *get_font(TextCache *tc, Font f)
{
    if (f.family >= FONT_FAMILY_COUNT)
        f.family = FONT_FAMILY_TEXT;
    if (f.style >= FONT_STYLE_COUNT)
        f.style = FONT_REGULAR;
    tc->tick++;
    size_t lru = 0;
    for (size_t i = 0; i < tc->nfonts; i++) {
        OpenFont *o = &tc->fonts[i];
        if (o->key.family == f.family && o->key.style == f.style && o->key.size == f.size) {
            o->used = tc->tick;
            return o->font;
        }
        if (o->used < tc->fonts[lru].used)
            lru = i;
    }
    TTF_Font *font = open_mem(&tc->files[f.family][f.style], f.size);
    if (!font)
        return NULL;
    size_t slot;
    if (tc->nfonts < FONT_SLOTS) {
        slot = tc->nfonts++;
    } else {
        slot = lru;
        TTF_CloseFont(tc->fonts[slot].font);
    }
    tc->fonts[slot] = (OpenFont){f, font, tc->tick};
    return font;
}

static const char *cstr(TextCache *tc, const char *s, size_t len)
{
    if (len + 1 > tc->bufcap) {
        size_t cap = tc->bufcap ? tc->bufcap : 256;
        while (cap < len + 1)
            cap *= 2;
        char *p = realloc(tc->buf, cap);
        if (!p)
            return NULL;
        tc->buf = p;
        tc->bufcap = cap;
    }
    memcpy(tc->buf, s, len);
    tc->buf[len] = '\0';
    return tc->buf;
}

/* Extra pixels between letters: OpenDyslexic's own, plus the student's
 * letter spacing (5% of the size a step). */
static int tracking(Font f)
{
    return (f.family == FONT_FAMILY_DYSLEXIC ? (f.size + 12) / 18 : 0) + (f.spacing * f.size + 10) / 20;
}

/* Decodes the next code point; advances *I. */
static Uint32 next_cp(const char *s, size_t len, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (*i + k > len)
        k = len - *i;
    Uint32 cp = k == 1 ? c : k == 2 ? c & 0x1F : k == 3 ? c & 0x0F : c & 0x07;
    for (size_t j = 1; j < k; j++)
        cp = cp << 6 | ((unsigned char)s[*i + j] & 0x3F);
    *i += k;
    return cp;
}

/* The font that draws CP: F's own, or the reading font at the same size
 * and style when F lacks the glyph (OpenDyslexic has no arrows). */
static TTF_Font *glyph_font(TextCache *tc, TTF_Font *font, Font f, Uint32 cp)
{
    if (cp == ' ' || TTF_GlyphIsProvided32(font, cp))
        return font;
    Font alt = f;
    alt.family = FONT_FAMILY_TEXT;
    TTF_Font *fb = get_font(tc, alt);
    return fb && TTF_GlyphIsProvided32(fb, cp) ? fb : font;
}

/* Width of a tracked run: advances, kerning and tracking between glyphs. */
static int tracked_width(TextCache *tc, TTF_Font *font, Font f, const char *s, size_t len)
{
    int w = 0;
    Uint32 prev = 0;
    TTF_Font *prev_font = NULL;
    for (size_t i = 0; i < len;) {
        Uint32 cp = next_cp(s, len, &i);
        TTF_Font *gf = glyph_font(tc, font, f, cp);
        int adv = 0;
        if (TTF_GlyphMetrics32(gf, cp, NULL, NULL, NULL, NULL, &adv) != 0)
            adv = 0;
        if (prev)
            w += (prev_font == gf ? TTF_GetFontKerningSizeGlyphs32(gf, prev, cp) : 0) + tracking(f);
        w += adv;
        prev = cp;
        prev_font = gf;
    }
    return w;
}

int text_cache_width(TextCache *tc, Font f, const char *s, size_t len)
{
    if (len == 0)
        return 0;
    uint64_t key = hash_bytes(HASH_INIT, &f, sizeof f);
    key = hash_bytes(key, s, len);
    WidthSlot *slot = &tc->widths[key % WIDTH_SLOTS];
    if (slot->key == key)
        return slot->width;
    TTF_Font *font = get_font(tc, f);
    const char *z = cstr(tc, s, len);
    int w = 0;
    if (font && z) {
        if (tracking(f))
            w = tracked_width(tc, font, f, s, len);
        else if (TTF_SizeUTF8(font, z, &w, NULL) != 0)
            w = 0;
    }
    slot->key = key;
    slot->width = w;
    return w;
}

int text_cache_height(TextCache *tc, Font f)
{
    TTF_Font *font = get_font(tc, f);
    return font ? TTF_FontHeight(font) : f.size;
}

static void unlink_lru(TextCache *tc, Entry *e)
{
    if (e->prev)
        e->prev->next = e->next;
    else
        tc->head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        tc->tail = e->prev;
    e->prev = e->next = NULL;
}

static void push_front(TextCache *tc, Entry *e)
{
    e->prev = NULL;
    e->next = tc->head;
    if (tc->head)
        tc->head->prev = e;
    tc->head = e;
    if (!tc->tail)
        tc->tail = e;
}

static void evict(TextCache *tc, Entry *e)
{
    unlink_lru(tc, e);
    Entry **pp = &tc->buckets[e->key % BUCKETS];
    while (*pp && *pp != e)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = e->hnext;
    tc->bytes -= e->bytes;
    tc->count--;
    tc->stats.evictions++;
    SDL_DestroyTexture(e->tex);
    free(e);
}

/* Renders a tracked run glyph by glyph into one surface: every pixel takes
 * the colour, and the strongest coverage of the glyphs over it. */
static SDL_Surface *render_tracked(TextCache *tc, TTF_Font *font, Font f, Color c, const char *s, size_t len)
{
    int w = tracked_width(tc, font, f, s, len) + 2, h = TTF_FontHeight(font);
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, w > 0 ? w : 1, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!out)
        return NULL;
    SDL_FillRect(out, NULL, SDL_MapRGBA(out->format, c.r, c.g, c.b, 0));
    SDL_Color col = {c.r, c.g, c.b, 255};
    int x = 0;
    Uint32 prev = 0;
    TTF_Font *prev_font = NULL;
    for (size_t i = 0; i < len;) {
        Uint32 cp = next_cp(s, len, &i);
        TTF_Font *gf = glyph_font(tc, font, f, cp);
        int adv = 0;
        TTF_GlyphMetrics32(gf, cp, NULL, NULL, NULL, NULL, &adv);
        if (prev)
            x += (prev_font == gf ? TTF_GetFontKerningSizeGlyphs32(gf, prev, cp) : 0) + tracking(f);
        prev = cp;
        prev_font = gf;
        SDL_Surface *g = cp == ' ' ? NULL : TTF_RenderGlyph32_Blended(gf, cp, col);
        if (g) {
            SDL_Surface *g32 = SDL_ConvertSurfaceFormat(g, SDL_PIXELFORMAT_ARGB8888, 0);
            SDL_FreeSurface(g);
            /* A fallback glyph from a font of another height sits on the
             * same baseline. */
            int dy = TTF_FontAscent(font) - TTF_FontAscent(gf);
            if (g32) {
                for (int yy = 0; yy < g32->h; yy++) {
                    int ty = yy + dy;
                    if (ty < 0 || ty >= h)
                        continue;
                    const Uint32 *src = (const Uint32 *)((const Uint8 *)g32->pixels + yy * g32->pitch);
                    Uint32 *dst = (Uint32 *)((Uint8 *)out->pixels + ty * out->pitch);
                    for (int xx = 0; xx < g32->w; xx++) {
                        int dx = x + xx;
                        if (dx < 0 || dx >= w)
                            continue;
                        Uint32 a = src[xx] >> 24, b = dst[dx] >> 24;
                        if (a > b)
                            dst[dx] = (a << 24) | (dst[dx] & 0xFFFFFF);
                    }
                }
                SDL_FreeSurface(g32);
            }
        }
        x += adv;
    }
    return out;
}

SDL_Texture *text_cache_texture(TextCache *tc, Font f, Color c, const char *s, size_t len, int *w, int *h)
{
    if (!tc->ren || len == 0)
        return NULL;
    uint64_t key = hash_bytes(HASH_INIT, &f, sizeof f);
    key = hash_bytes(key, &c, sizeof c);
    key = hash_bytes(key, s, len);
    Entry **bucket = &tc->buckets[key % BUCKETS];
    for (Entry *e = *bucket; e; e = e->hnext)
        if (e->key == key && e->len == len) {
            unlink_lru(tc, e);
            push_front(tc, e);
            tc->stats.hits++;
            *w = e->w;
            *h = e->h;
            return e->tex;
        }
    tc->stats.misses++;
    TTF_Font *font = get_font(tc, f);
    const char *z = cstr(tc, s, len);
    if (!font || !z)
        return NULL;
    SDL_Surface *surf;
    if (tracking(f))
        surf = render_tracked(tc, font, f, c, s, len);
    else
        surf = TTF_RenderUTF8_Blended(font, z, (SDL_Color){c.r, c.g, c.b, c.a});
    if (!surf)
        return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(tc->ren, surf);
    int tw = surf->w, th = surf->h;
    SDL_FreeSurface(surf);
    if (!tex)
        return NULL;
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    Entry *e = calloc(1, sizeof *e);
    if (!e) {
        SDL_DestroyTexture(tex);
        return NULL;
    }
    *e = (Entry){key, (uint32_t)len, tex, tw, th, (size_t)tw * (size_t)th * 4, NULL, NULL, *bucket};
    *bucket = e;
    push_front(tc, e);
    tc->bytes += e->bytes;
    tc->count++;
    /* Evict cold runs, never the one just made. */
    while (tc->bytes > tc->budget && tc->tail && tc->tail != e)
        evict(tc, tc->tail);
    *w = tw;
    *h = th;
    return tex;
}

TextCacheStats text_cache_stats(const TextCache *tc)
{
    TextCacheStats s = tc->stats;
    s.textures = tc->count;
    s.texture_bytes = tc->bytes;
    s.fonts_open = tc->nfonts;
    return s;
}
