/* text_cache.h - fonts and rendered text for the SDL renderer.
 *
 * The font files are read into memory once and checked at startup (a
 * missing or broken file is an error naming its path). Open TTF_Fonts are
 * kept per (family, style, size); widths are memoised per (font, string);
 * rendered runs are textures in an LRU cache bounded in bytes, keyed by
 * (font, colour, string), so text is rasterised once, not per frame.
 * Textures belong to this cache alone: callers must not destroy them. */
#ifndef ACCOUNTWIJS_TEXT_CACHE_H
#define ACCOUNTWIJS_TEXT_CACHE_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "draw.h"

typedef struct TextCache TextCache;

typedef struct {
    size_t textures, texture_bytes;
    size_t hits, misses, evictions;
    size_t fonts_open;
} TextCacheStats;

/* Loads and checks every font file in FONTS_DIR. NULL on failure, with a
 * message naming the file in ERR. BUDGET_BYTES bounds the textures. */
TextCache *text_cache_new(const char *fonts_dir, size_t budget_bytes, char *err, size_t errsize);
void text_cache_free(TextCache *tc);

/* The renderer textures are made for; setting another one drops them. */
void text_cache_set_renderer(TextCache *tc, SDL_Renderer *r);

/* Width of S[0..LEN) in F, and the height of a run in F, in pixels. */
int text_cache_width(TextCache *tc, Font f, const char *s, size_t len);
int text_cache_height(TextCache *tc, Font f);

/* The texture of a run (made on a miss); NULL when it cannot be made.
 * Valid until the next call that may evict (any text_cache_texture). */
SDL_Texture *text_cache_texture(TextCache *tc, Font f, Color c, const char *s, size_t len, int *w, int *h);

TextCacheStats text_cache_stats(const TextCache *tc);

#endif
