/* render_sdl.h - executes a DrawList with an SDL_Renderer. */
#ifndef ACCOUNTWIJS_RENDER_SDL_H
#define ACCOUNTWIJS_RENDER_SDL_H

#include <SDL.h>

#include "draw.h"
#include "text_cache.h"

/* Draws every command of DL (it does not clear or present). */
void render_drawlist(SDL_Renderer *r, TextCache *tc, const DrawList *dl);

#endif
