/* render_sdl.c - see render_sdl.h. Axis-aligned shapes are plain filled
 * rects (the fast path of every SDL renderer); rounded corners, slanted
 * lines and arrow heads are triangles through SDL_RenderGeometry. Text
 * runs come from the text cache as textures. */
#include "render_sdl.h"

#include <math.h>
#include <stdlib.h>

enum { MAX_VERTS = 128 };

static const float PI = 3.14159265f;

static SDL_Color sdl_color(Color c)
{
    return (SDL_Color){c.r, c.g, c.b, c.a};
}

static void set_color(SDL_Renderer *r, Color c)
{
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
    SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

/* Points of a rounded rectangle's outline, clockwise from the top left
 * corner's start; returns how many were written (at most MAX_VERTS/2). */
static int outline(float x, float y, float w, float h, float rad, SDL_FPoint *pts)
{
    int seg = rad < 3 ? 2 : rad < 8 ? 4 : 6;
    int n = 0;
    const float cx[4] = {x + rad, x + w - rad, x + w - rad, x + rad};
    const float cy[4] = {y + rad, y + rad, y + h - rad, y + h - rad};
    for (int c = 0; c < 4; c++) {
        float a0 = PI * (1.0f + 0.5f * (float)c);
        for (int i = 0; i <= seg; i++) {
            float a = a0 + PI * 0.5f * (float)i / (float)seg;
            pts[n++] = (SDL_FPoint){cx[c] + rad * cosf(a), cy[c] + rad * sinf(a)};
        }
    }
    return n;
}

static void fill_round(SDL_Renderer *r, Rect rc, Color c, int radius)
{
    float rad = (float)radius;
    if (rad * 2 > (float)rc.w)
        rad = (float)rc.w / 2;
    if (rad * 2 > (float)rc.h)
        rad = (float)rc.h / 2;
    SDL_FPoint pts[MAX_VERTS / 2];
    int n = outline((float)rc.x, (float)rc.y, (float)rc.w, (float)rc.h, rad, pts);
    SDL_Vertex v[MAX_VERTS / 2 + 1];
    int idx[3 * (MAX_VERTS / 2)];
    SDL_Color col = sdl_color(c);
    v[0] = (SDL_Vertex){{(float)rc.x + (float)rc.w / 2, (float)rc.y + (float)rc.h / 2}, col, {0, 0}};
    for (int i = 0; i < n; i++)
        v[i + 1] = (SDL_Vertex){pts[i], col, {0, 0}};
    int k = 0;
    for (int i = 0; i < n; i++) {
        idx[k++] = 0;
        idx[k++] = 1 + i;
        idx[k++] = 1 + (i + 1) % n;
    }
    SDL_RenderGeometry(r, NULL, v, n + 1, idx, k);
}

static void border_round(SDL_Renderer *r, Rect rc, Color c, int t, int radius)
{
    float rad = (float)radius;
    if (rad * 2 > (float)rc.w)
        rad = (float)rc.w / 2;
    if (rad * 2 > (float)rc.h)
        rad = (float)rc.h / 2;
    float inner = rad - (float)t > 0 ? rad - (float)t : 0;
    SDL_FPoint outer_pts[MAX_VERTS / 2], inner_pts[MAX_VERTS / 2];
    int n = outline((float)rc.x, (float)rc.y, (float)rc.w, (float)rc.h, rad, outer_pts);
    /* The inner outline uses the same number of points per corner, so the
     * two rings pair up vertex by vertex. */
    int seg = rad < 3 ? 2 : rad < 8 ? 4 : 6;
    int m = 0;
    const float x = (float)(rc.x + t), y = (float)(rc.y + t), w = (float)(rc.w - 2 * t), h = (float)(rc.h - 2 * t);
    const float cx[4] = {x + inner, x + w - inner, x + w - inner, x + inner};
    const float cy[4] = {y + inner, y + inner, y + h - inner, y + h - inner};
    for (int cc = 0; cc < 4; cc++) {
        float a0 = PI * (1.0f + 0.5f * (float)cc);
        for (int i = 0; i <= seg; i++) {
            float a = a0 + PI * 0.5f * (float)i / (float)seg;
            inner_pts[m++] = (SDL_FPoint){cx[cc] + inner * cosf(a), cy[cc] + inner * sinf(a)};
        }
    }
    SDL_Vertex v[MAX_VERTS];
    int idx[6 * (MAX_VERTS / 2)];
    SDL_Color col = sdl_color(c);
    for (int i = 0; i < n; i++) {
        v[2 * i] = (SDL_Vertex){outer_pts[i], col, {0, 0}};
        v[2 * i + 1] = (SDL_Vertex){inner_pts[i], col, {0, 0}};
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        int a = 2 * i, b = 2 * i + 1, cidx = 2 * ((i + 1) % n), d = 2 * ((i + 1) % n) + 1;
        idx[k++] = a;
        idx[k++] = cidx;
        idx[k++] = b;
        idx[k++] = b;
        idx[k++] = cidx;
        idx[k++] = d;
    }
    SDL_RenderGeometry(r, NULL, v, 2 * n, idx, k);
}

static void fill_rect(SDL_Renderer *r, int x, int y, int w, int h)
{
    if (w <= 0 || h <= 0)
        return;
    SDL_Rect rc = {x, y, w, h};
    SDL_RenderFillRect(r, &rc);
}

static void line(SDL_Renderer *r, const DrawCmd *c)
{
    int t = c->thickness;
    if (c->x1 == c->x2 || c->y1 == c->y2) {
        int x0 = c->x1 < c->x2 ? c->x1 : c->x2, y0 = c->y1 < c->y2 ? c->y1 : c->y2;
        if (c->x1 == c->x2)
            fill_rect(r, c->x1 - t / 2, y0, t, abs(c->y2 - c->y1) + (c->y1 == c->y2 ? t : 0));
        else
            fill_rect(r, x0, c->y1 - t / 2, abs(c->x2 - c->x1), t);
        return;
    }
    float dx = (float)(c->x2 - c->x1), dy = (float)(c->y2 - c->y1);
    float len = sqrtf(dx * dx + dy * dy);
    float nx = -dy / len * (float)t / 2, ny = dx / len * (float)t / 2;
    SDL_Color col = sdl_color(c->color);
    SDL_Vertex v[4] = {
        {{(float)c->x1 + nx, (float)c->y1 + ny}, col, {0, 0}},
        {{(float)c->x2 + nx, (float)c->y2 + ny}, col, {0, 0}},
        {{(float)c->x2 - nx, (float)c->y2 - ny}, col, {0, 0}},
        {{(float)c->x1 - nx, (float)c->y1 - ny}, col, {0, 0}},
    };
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(r, NULL, v, 4, idx, 6);
}

void render_drawlist(SDL_Renderer *r, TextCache *tc, const DrawList *dl)
{
    SDL_RenderSetClipRect(r, NULL);
    for (size_t i = 0; i < dl->ncmds; i++) {
        const DrawCmd *c = &dl->cmds[i];
        switch ((DrawKind)c->kind) {
        case DRAW_RECT:
            set_color(r, c->color);
            if (c->radius > 0)
                fill_round(r, c->rect, c->color, c->radius);
            else
                fill_rect(r, c->rect.x, c->rect.y, c->rect.w, c->rect.h);
            break;
        case DRAW_BORDER: {
            set_color(r, c->color);
            int t = c->thickness;
            Rect rc = c->rect;
            if (c->radius > 0) {
                border_round(r, rc, c->color, t, c->radius);
            } else {
                fill_rect(r, rc.x, rc.y, rc.w, t);
                fill_rect(r, rc.x, rc.y + rc.h - t, rc.w, t);
                fill_rect(r, rc.x, rc.y + t, t, rc.h - 2 * t);
                fill_rect(r, rc.x + rc.w - t, rc.y + t, t, rc.h - 2 * t);
            }
            break;
        }
        case DRAW_LINE:
            set_color(r, c->color);
            line(r, c);
            break;
        case DRAW_TRIANGLE: {
            SDL_Color col = sdl_color(c->color);
            SDL_Vertex v[3] = {
                {{(float)c->x1, (float)c->y1}, col, {0, 0}},
                {{(float)c->x2, (float)c->y2}, col, {0, 0}},
                {{(float)c->x3, (float)c->y3}, col, {0, 0}},
            };
            SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
            break;
        }
        case DRAW_TEXT: {
            int w, h;
            SDL_Texture *tex = text_cache_texture(tc, c->font, c->color, draw_text_of(dl, c), c->len, &w, &h);
            if (tex) {
                SDL_Rect dst = {c->rect.x, c->rect.y, w, h};
                SDL_RenderCopy(r, tex, NULL, &dst);
            }
            break;
        }
        case DRAW_CLIP:
            if (c->rect.w < 0) {
                SDL_RenderSetClipRect(r, NULL);
            } else {
                SDL_Rect rc = {c->rect.x, c->rect.y, c->rect.w, c->rect.h};
                SDL_RenderSetClipRect(r, &rc);
            }
            break;
        }
    }
    SDL_RenderSetClipRect(r, NULL);
}
