/* harness.c - see harness.h.
 *
 * The whole script is parsed before anything runs, so a typography on line 40
 * fails at once with exit status 2 instead of after a minute of replay.
 * Input commands become SDL events pushed onto SDL's own queue and fed
 * through host_event(), the same path a real keyboard and mouse take; one
 * frame follows each command. A click is a motion, a press and a release
 * in one batch: the quickest click a student can make. Time is virtual:
 * only `wait` moves the app's clock, stepping through any wake-up the app
 * asked for on the way. */
#include "harness.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live_crowd.h"
#include "live_host.h"
#include "os.h"

typedef enum {
    CMD_KEY,
    CMD_TYPE,
    CMD_COMPOSE,
    CMD_CLICK_AT,
    CMD_CLICK_LABEL,
    CMD_SCROLL,
    CMD_RESIZE,
    CMD_WAIT,
    CMD_SHOT,
    CMD_EXPECT,
    CMD_EXPECT_NOT,
    CMD_EXPECT_SPOKEN,
    CMD_EXPECT_SILENT,
    CMD_QUIT,
    CMD_PHONES,        /* phones N: N test phones join the live quiz */
    CMD_PHONES_ANSWER, /* phones-answer SPEC: phone i answers letter SPEC[i] */
} CmdKind;

typedef struct {
    CmdKind kind;
    int line;
    char *arg; /* text, label, shot name */
    long a, b;
    SDL_Keycode key;
    Uint16 mods;
} Cmd;

struct Script {
    char *path;
    Cmd *cmds;
    size_t n, cap;
    LiveCrowd *crowd; /* the phones of `phones` */
};

void script_free(Script *s)
{
    if (!s)
        return;
    live_crowd_stop(s->crowd);
    for (size_t i = 0; i < s->n; i++)
        free(s->cmds[i].arg);
    free(s->cmds);
    free(s->path);
    free(s);
}

static char *dupn(const char *p, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, p, n);
        d[n] = '\0';
    }
    return d;
}

/* Strips one pair of double quotes around P (in place). */
static char *unquote(char *p)
{
    size_t n = strlen(p);
    if (n >= 2 && p[0] == '"' && p[n - 1] == '"') {
        p[n - 1] = '\0';
        return p + 1;
    }
    return p;
}

static bool parse_long(const char *s, long lo, long hi, long *out, char **rest)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || v < lo || v > hi)
        return false;
    *out = v;
    if (rest)
        *rest = end;
    return true;
}

static bool parse_key(const char *spec, SDL_Keycode *key, Uint16 *mods)
{
    *mods = 0;
    for (;;) {
        if (SDL_strncasecmp(spec, "ctrl+", 5) == 0 && spec[5]) {
            *mods |= KMOD_LCTRL;
            spec += 5;
        } else if (SDL_strncasecmp(spec, "shift+", 6) == 0 && spec[6]) {
            *mods |= KMOD_LSHIFT;
            spec += 6;
        } else if (SDL_strncasecmp(spec, "alt+", 4) == 0 && spec[4]) {
            *mods |= KMOD_LALT;
            spec += 4;
        } else {
            break;
        }
    }
    static const struct {
        const char *name;
        SDL_Keycode key;
    } aliases[] = {{"plus", SDLK_PLUS},  {"minus", SDLK_MINUS},   {"equals", SDLK_EQUALS}, {"Enter", SDLK_RETURN},
                   {"Esc", SDLK_ESCAPE}, {"PgDn", SDLK_PAGEDOWN}, {"PgUp", SDLK_PAGEUP}};
    *key = SDL_GetKeyFromName(spec);
    for (size_t i = 0; *key == SDLK_UNKNOWN && i < sizeof aliases / sizeof *aliases; i++)
        if (SDL_strcasecmp(spec, aliases[i].name) == 0)
            *key = aliases[i].key;
    if (*key == SDLK_UNKNOWN) {
        /* "Page Down", "page_down": SDL spells it "PageDown". */
        char squeezed[64];
        size_t n = 0;
        for (const char *p = spec; *p && n + 1 < sizeof squeezed; p++)
            if (*p != ' ' && *p != '_' && *p != '-')
                squeezed[n++] = *p;
        squeezed[n] = '\0';
        if (n > 1)
            *key = SDL_GetKeyFromName(squeezed);
    }
    if (*key == SDLK_UNKNOWN && strlen(spec) == 1)
        *key = (SDL_Keycode)(unsigned char)spec[0];
    if (*key >= 'A' && *key <= 'Z')
        *key += 32;
    return *key != SDLK_UNKNOWN;
}

/* Drops a trailing " # comment" from commands whose arguments cannot
 * contain '#'. */
static void strip_comment(char *p)
{
    char *h = strstr(p, " #");
    if (h)
        *h = '\0';
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        p[--n] = '\0';
}

static bool parse_line(char *line, Cmd *c, const char **why)
{
    char *sp = line;
    while (*sp && *sp != ' ')
        sp++;
    char *args = *sp ? sp + 1 : sp;
    *sp = '\0';
    while (*args == ' ')
        args++;
    const char *name = line;
    *why = NULL;
    if (strcmp(name, "expect-spoken") == 0) {
        c->kind = CMD_EXPECT_SPOKEN;
        char *text = unquote(args);
        if (!*text) {
            *why = "expect-spoken needs the word";
            return false;
        }
        c->arg = dupn(text, strlen(text));
        return true;
    }
    if (strcmp(name, "type") == 0 || strcmp(name, "compose") == 0 || strcmp(name, "expect") == 0 ||
        strcmp(name, "expect-not") == 0) {
        c->kind = name[0] == 't'                ? CMD_TYPE
                  : name[0] == 'c'              ? CMD_COMPOSE
                  : strcmp(name, "expect") == 0 ? CMD_EXPECT
                                                : CMD_EXPECT_NOT;
        char *text = c->kind == CMD_TYPE || c->kind == CMD_COMPOSE ? args : unquote(args);
        if (!*text) {
            *why = "needs text";
            return false;
        }
        c->arg = dupn(text, strlen(text));
        return true;
    }
    if (strcmp(name, "click") == 0 && args[0] == '"') {
        char *label = unquote(args);
        if (!*label || label == args) {
            *why = "click \"LABEL\" needs a label in double quotes";
            return false;
        }
        c->kind = CMD_CLICK_LABEL;
        c->arg = dupn(label, strlen(label));
        return true;
    }
    strip_comment(args);
    char *rest;
    if (strcmp(name, "key") == 0) {
        c->kind = CMD_KEY;
        if (!*args || !parse_key(args, &c->key, &c->mods)) {
            *why = "unknown key name (use SDL's names: Return, Tab, Page Down, Left, F11, f, ...)";
            return false;
        }
        c->arg = dupn(args, strlen(args));
        return true;
    }
    if (strcmp(name, "click") == 0) {
        c->kind = CMD_CLICK_AT;
        if (!parse_long(args, 0, 100000, &c->a, &rest) || !parse_long(rest, 0, 100000, &c->b, &rest) || *rest) {
            *why = "click needs X Y in pixels or \"LABEL\"";
            return false;
        }
        return true;
    }
    if (strcmp(name, "scroll") == 0) {
        c->kind = CMD_SCROLL;
        if (!parse_long(args, -10000, 10000, &c->a, &rest) || *rest) {
            *why = "scroll needs a number of notches";
            return false;
        }
        return true;
    }
    if (strcmp(name, "resize") == 0) {
        c->kind = CMD_RESIZE;
        if (!parse_long(args, 320, 16384, &c->a, &rest) || !parse_long(rest, 240, 16384, &c->b, &rest) || *rest) {
            *why = "resize needs W H (at least 320 240)";
            return false;
        }
        return true;
    }
    if (strcmp(name, "wait") == 0) {
        c->kind = CMD_WAIT;
        if (!parse_long(args, 0, 86400000, &c->a, &rest) || *rest) {
            *why = "wait needs milliseconds";
            return false;
        }
        return true;
    }
    if (strcmp(name, "shot") == 0) {
        c->kind = CMD_SHOT;
        if (!*args || strchr(args, '/') || strchr(args, ' ')) {
            *why = "shot needs a NAME without spaces or slashes";
            return false;
        }
        c->arg = dupn(args, strlen(args));
        return true;
    }
    if (strcmp(name, "phones") == 0) {
        c->kind = CMD_PHONES;
        if (!parse_long(args, 1, 60, &c->a, &rest) || *rest) {
            *why = "phones needs a number of phones from 1 to 60";
            return false;
        }
        return true;
    }
    if (strcmp(name, "expect-silent") == 0) {
        c->kind = CMD_EXPECT_SILENT;
        if (*args) {
            *why = "expect-silent takes no arguments";
            return false;
        }
        return true;
    }
    if (strcmp(name, "phones-answer") == 0) {
        c->kind = CMD_PHONES_ANSWER;
        if (!*args || strspn(args, "ABCDEFGHI-") != strlen(args)) {
            *why = "phones-answer needs one letter A-I (or - for none) per phone, e.g. AABC-";
            return false;
        }
        c->arg = dupn(args, strlen(args));
        return true;
    }
    if (strcmp(name, "quit") == 0) {
        c->kind = CMD_QUIT;
        if (*args) {
            *why = "quit takes no arguments";
            return false;
        }
        return true;
    }
    *why = "unknown command (key, type, compose, click, scroll, resize, wait, shot, expect, expect-not, expect-spoken, "
           "expect-silent, phones, phones-answer, quit)";
    return false;
}

/* The script's bytes, or NULL with a message: only a regular file is
 * read (opened without blocking, so a FIFO cannot hang the start), and a
 * NUL byte or a line ended by CR alone is refused with its line. */
static char *read_script(const char *path, size_t *len)
{
    int fd = os_open_regular(path, 0);
    if (fd < 0) {
        if (errno == EISDIR || errno == EINVAL)
            fprintf(stderr, "%s: not a script: %s\n", path,
                    errno == EISDIR ? "it is a folder" : "not an ordinary file");
        else
            fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return NULL;
    }
    OsStat st = {0};
    if (!os_fstat(fd, &st) || st.size > (16 << 20)) {
        fprintf(stderr, "%s: not a script: %s\n", path, st.size > (16 << 20) ? "over 16 MiB" : strerror(errno));
        os_close(fd);
        return NULL;
    }
    size_t size = (size_t)st.size, got = 0;
    char *buf = malloc(size + 1);
    while (buf && got < size) {
        ptrdiff_t r = os_read(fd, buf + got, size - got);
        if (r <= 0) {
            fprintf(stderr, "%s: %s\n", path, r < 0 ? strerror(errno) : "the file got shorter while reading");
            free(buf);
            buf = NULL;
        } else {
            got += (size_t)r;
        }
    }
    os_close(fd);
    if (!buf)
        return NULL;
    buf[size] = '\0';
    int lineno = 1;
    for (size_t i = 0; i < size; i++) {
        if (buf[i] == '\0' || (buf[i] == '\r' && (i + 1 == size || buf[i + 1] != '\n'))) {
            fprintf(stderr, "%s:%d: %s\n", path, lineno,
                    buf[i] ? "a line ends in CR alone (old Mac line ends): save the script with LF or CRLF"
                           : "a NUL byte: a script is text");
            free(buf);
            return NULL;
        }
        lineno += buf[i] == '\n';
    }
    *len = size;
    return buf;
}

Script *script_load(const char *path)
{
    size_t len;
    char *text = read_script(path, &len);
    if (!text)
        return NULL;
    Script *s = calloc(1, sizeof *s);
    if (!s) {
        free(text);
        return NULL;
    }
    s->path = dupn(path, strlen(path));
    char line[4096];
    int lineno = 0;
    bool ok = true;
    for (const char *at = text; at < text + len;) {
        const char *nl = memchr(at, '\n', (size_t)(text + len - at));
        size_t n = nl ? (size_t)(nl - at) : (size_t)(text + len - at);
        lineno++;
        if (n >= sizeof line) {
            fprintf(stderr, "%s:%d: line too long\n", path, lineno);
            ok = false;
            break;
        }
        memcpy(line, at, n);
        if (n && line[n - 1] == '\r')
            n--;
        line[n] = '\0';
        at = nl ? nl + 1 : text + len;
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0' || *p == '#')
            continue;
        Cmd c;
        memset(&c, 0, sizeof c);
        c.line = lineno;
        const char *why;
        if (!parse_line(p, &c, &why)) {
            fprintf(stderr, "%s:%d: %s\n", path, lineno, why);
            free(c.arg);
            ok = false;
            break;
        }
        if (s->n == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 64;
            Cmd *q = realloc(s->cmds, cap * sizeof *q);
            if (!q) {
                free(c.arg);
                ok = false;
                break;
            }
            s->cmds = q;
            s->cap = cap;
        }
        s->cmds[s->n++] = c;
    }
    free(text);
    if (!ok) {
        script_free(s);
        return NULL;
    }
    return s;
}

/* ---- running ---- */

static void pump(Host *h)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev))
        host_event(h, &ev);
    host_frame(h);
}

static void push(SDL_Event *ev)
{
    SDL_PushEvent(ev);
}

static int to_window(const Host *h, long px)
{
    return (int)((float)px / (h->density > 0 ? h->density : 1));
}

static void mouse_to(Host *h, long x, long y)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEMOTION;
    ev.motion.windowID = SDL_GetWindowID(h->win);
    ev.motion.x = to_window(h, x);
    ev.motion.y = to_window(h, y);
    push(&ev);
}

static void click_at(Host *h, long x, long y)
{
    mouse_to(h, x, y);
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.windowID = SDL_GetWindowID(h->win);
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.clicks = 1;
    ev.button.x = to_window(h, x);
    ev.button.y = to_window(h, y);
    push(&ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    push(&ev);
    pump(h);
}

static void text_input(const char *s)
{
    /* SDL_TEXTINPUT carries at most 31 bytes: split at code points. */
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t k = n - i < 31 ? n - i : 31;
        while (k > 0 && i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k--;
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_TEXTINPUT;
        memcpy(ev.text.text, s + i, k);
        ev.text.text[k] = '\0';
        push(&ev);
        i += k;
    }
}

/* An input method's composition in progress (as SDL_TEXTEDITING sends
 * it: at most 31 bytes, the cursor at its end); `type` then commits. */
static void compose(const char *s)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTEDITING;
    size_t k = strlen(s) < 31 ? strlen(s) : 31;
    while (k > 0 && s[k] && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    memcpy(ev.edit.text, s, k);
    ev.edit.text[k] = '\0';
    int cps = 0;
    for (size_t i = 0; i < k; i++)
        cps += ((unsigned char)s[i] & 0xC0) != 0x80;
    ev.edit.start = cps;
    ev.edit.length = 0;
    push(&ev);
}

static void key_press(Host *h, const Cmd *c)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.windowID = SDL_GetWindowID(h->win);
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = c->key;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(c->key);
    ev.key.keysym.mod = c->mods;
    push(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    push(&ev);
    /* A printable key also types, as it does on a real keyboard. */
    if (!(c->mods & (KMOD_CTRL | KMOD_ALT)) && !(c->key & SDLK_SCANCODE_MASK) && c->key >= 32 && c->key < 127) {
        char t[2] = {(char)c->key, 0};
        if ((c->mods & KMOD_SHIFT) && t[0] >= 'a' && t[0] <= 'z')
            t[0] = (char)(t[0] - 32);
        text_input(t);
    }
    pump(h);
}

/* The text runs of the frame that are (at least partly) visible. */
typedef struct {
    const DrawCmd *cmd;
    Rect vis;
} Run;

static size_t visible_runs(const Host *h, Run **out)
{
    const DrawList *dl = &h->ui.dl;
    Run *runs = malloc((dl->ncmds ? dl->ncmds : 1) * sizeof *runs);
    size_t n = 0;
    if (!runs) {
        *out = NULL;
        return 0;
    }
    Rect screen = {0, 0, h->pw, h->ph}, clip = screen;
    for (size_t i = 0; i < dl->ncmds; i++) {
        const DrawCmd *c = &dl->cmds[i];
        if (c->kind == DRAW_CLIP)
            clip = c->rect.w < 0 ? screen : rect_intersect(c->rect, screen);
        else if (c->kind == DRAW_TEXT) {
            Rect vis = rect_intersect(c->rect, clip);
            if (vis.w > 0 && vis.h > 0)
                runs[n++] = (Run){c, vis};
        }
    }
    *out = runs;
    return n;
}

static void print_frame(const Host *h, FILE *f)
{
    Run *runs;
    size_t n = visible_runs(h, &runs);
    for (size_t i = 0; i < n; i++) {
        const DrawCmd *c = runs[i].cmd;
        fprintf(f, "%d %d %d %d %.*s\n", c->rect.x, c->rect.y, c->rect.w, c->rect.h, (int)c->len,
                draw_text_of(&h->ui.dl, c));
    }
    free(runs);
    /* The word read aloud, as the highlight behind it shows it. */
    const Speak *sp = &h->app.speak;
    if (sp->shown_at.w)
        fprintf(f, "# spoken: %d %d %d %d %s\n", sp->shown_at.x, sp->shown_at.y, sp->shown_at.w, sp->shown_at.h,
                sp->shown);
    else if (sp->active)
        fprintf(f, "# spoken: (reading, no word lit)\n");
}

static int run_cmp(const void *a, const void *b)
{
    const Run *x = a, *y = b;
    if (x->cmd->rect.y != y->cmd->rect.y)
        return (x->cmd->rect.y > y->cmd->rect.y) - (x->cmd->rect.y < y->cmd->rect.y);
    return (x->cmd->rect.x > y->cmd->rect.x) - (x->cmd->rect.x < y->cmd->rect.x);
}

/* Does a run contain TEXT, or a line of runs that touch (a sentence with
 * a bold word in it is three runs)? */
static bool frame_has(const Host *h, const char *text)
{
    Run *runs;
    size_t n = visible_runs(h, &runs);
    const DrawList *dl = &h->ui.dl;
    bool found = false;
    size_t tl = strlen(text);
    for (size_t i = 0; i < n && !found; i++) {
        const DrawCmd *c = runs[i].cmd;
        const char *s = draw_text_of(dl, c);
        for (size_t k = 0; k + tl <= c->len && !found; k++)
            found = memcmp(s + k, text, tl) == 0;
    }
    if (!found && n) {
        qsort(runs, n, sizeof *runs, run_cmp);
        char *line = malloc(dl->nchars + 1);
        for (size_t i = 0; line && i < n && !found;) {
            size_t len = 0, j = i;
            int end = runs[i].cmd->rect.x;
            while (j < n && runs[j].cmd->rect.y == runs[i].cmd->rect.y && abs(runs[j].cmd->rect.x - end) <= 2) {
                memcpy(line + len, draw_text_of(dl, runs[j].cmd), runs[j].cmd->len);
                len += runs[j].cmd->len;
                end = runs[j].cmd->rect.x + runs[j].cmd->rect.w;
                j++;
            }
            line[len] = '\0';
            found = strstr(line, text) != NULL;
            i = j > i ? j : i + 1;
        }
        free(line);
    }
    free(runs);
    return found;
}

/* The centre of the run whose text is LABEL (else the first containing it). */
static bool find_label(const Host *h, const char *label, long *x, long *y)
{
    Run *runs;
    size_t n = visible_runs(h, &runs);
    const DrawList *dl = &h->ui.dl;
    const Run *best = NULL;
    size_t ll = strlen(label);
    for (size_t i = 0; i < n; i++) {
        const DrawCmd *c = runs[i].cmd;
        const char *s = draw_text_of(dl, c);
        if (c->len == ll && memcmp(s, label, ll) == 0) {
            best = &runs[i];
            break;
        }
        if (!best)
            for (size_t k = 0; k + ll <= c->len; k++)
                if (memcmp(s + k, label, ll) == 0) {
                    best = &runs[i];
                    break;
                }
    }
    if (best) {
        *x = best->vis.x + best->vis.w / 2;
        *y = best->vis.y + best->vis.h / 2;
    }
    free(runs);
    return best != NULL;
}

static bool make_dirs(const char *dir)
{
    return os_mkdirs(dir, 0755, NULL, 0);
}

static bool shot(Host *h, const char *dir, const char *name)
{
    char path[4400];
    host_render(h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, h->pw, h->ph, 24, SDL_PIXELFORMAT_RGB24);
    if (!s)
        return false;
    bool ok = SDL_RenderReadPixels(h->ren, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) == 0;
    snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
    ok = ok && SDL_SaveBMP(s, path) == 0;
    SDL_FreeSurface(s);
    SDL_RenderPresent(h->ren);
    if (!ok) {
        fprintf(stderr, "%s: %s\n", path, SDL_GetError());
        return false;
    }
    snprintf(path, sizeof path, "%s/%s.txt", dir, name);
    FILE *f = os_fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return false;
    }
    print_frame(h, f);
    return fclose(f) == 0;
}

static void wait_ms(Host *h, long ms)
{
    uint64_t target = h->clock_ms + (uint64_t)ms;
    while (h->app.wake_at_ms && h->app.wake_at_ms > h->clock_ms && h->app.wake_at_ms <= target) {
        h->clock_ms = h->app.wake_at_ms;
        h->app.wake_at_ms = 0;
        pump(h);
    }
    h->clock_ms = target;
    if (h->app.wake_at_ms && h->app.wake_at_ms <= target)
        h->app.wake_at_ms = 0;
    pump(h);
}

/* Runs frames (the phones' wake events among them) until the live view
 * satisfies OK or 5 s of real time pass; false then. */
static bool pump_until(Host *h, bool (*ok)(const LiveView *v, size_t n), size_t n)
{
    static LiveView v;
    double end = os_mono_ms() + 5000;
    for (;;) {
        pump(h);
        LiveServer *srv = live_host_server();
        if (!srv)
            return false;
        live_server_view(srv, &v);
        if (ok(&v, n)) {
            SDL_Delay(20); /* the last wake event, then one more frame */
            pump(h);
            return true;
        }
        if (os_mono_ms() > end)
            return false;
        SDL_Delay(5);
    }
}

static bool all_joined(const LiveView *v, size_t n)
{
    return v->joined >= n;
}

static bool all_answered(const LiveView *v, size_t n)
{
    return v->answered >= n;
}

/* `phones N`: N phones join the running live quiz (real sockets on the
 * address the projector shows). */
static bool phones_join(Script *s, Host *h, size_t n)
{
    LiveServer *srv = live_host_server();
    if (!srv || s->crowd)
        return false;
    s->crowd = live_crowd_start(live_server_addr(srv), live_server_port(srv), live_server_code(srv), n, NULL);
    return s->crowd && pump_until(h, all_joined, n);
}

/* `phones-answer SPEC`: once the question reached the phones, phone i
 * answers the letter SPEC[i] ('-': not at all); waits for the answers on
 * the teacher's view. */
static bool phones_answer(Script *s, Host *h, const char *spec)
{
    if (!s->crowd || !live_host_server())
        return false;
    pump(h);
    if (!live_crowd_wait_phase(s->crowd, "question", 5000))
        return false;
    double lat[60];
    size_t k = live_crowd_latencies(s->crowd, lat, 60); /* answered before */
    for (size_t i = 0; spec[i]; i++)
        if (spec[i] != '-') {
            live_crowd_answer(s->crowd, i, 1u << (spec[i] - 'A'), 0);
            k++;
        }
    return live_crowd_wait_acks(s->crowd, k, 5000) && pump_until(h, all_answered, k);
}

int script_run(Script *s, Host *h, const char *out_dir)
{
    if (!make_dirs(out_dir)) {
        fprintf(stderr, "%s: %s\n", out_dir, strerror(errno));
        return 1;
    }
    bool mouse_moved = false;
    pump(h);
    for (size_t i = 0; i < s->n && !h->app.quit; i++) {
        const Cmd *c = &s->cmds[i];
        long x, y;
        switch (c->kind) {
        case CMD_KEY:
            key_press(h, c);
            break;
        case CMD_TYPE:
            text_input(c->arg);
            pump(h);
            break;
        case CMD_COMPOSE:
            compose(c->arg);
            pump(h);
            break;
        case CMD_CLICK_AT:
            click_at(h, c->a, c->b);
            mouse_moved = true;
            break;
        case CMD_CLICK_LABEL:
            if (!find_label(h, c->arg, &x, &y)) {
                fprintf(stderr, "%s:%d: click \"%s\": no such text on the frame; it holds (x y w h text):\n", s->path,
                        c->line, c->arg);
                print_frame(h, stderr);
                return 1;
            }
            click_at(h, x, y);
            mouse_moved = true;
            break;
        case CMD_SCROLL: {
            if (!mouse_moved) {
                mouse_to(h, h->pw / 2, h->ph / 2);
                mouse_moved = true;
            }
            SDL_Event ev;
            memset(&ev, 0, sizeof ev);
            ev.type = SDL_MOUSEWHEEL;
            ev.wheel.windowID = SDL_GetWindowID(h->win);
            ev.wheel.y = (Sint32)-c->a;
            ev.wheel.preciseY = (float)-c->a;
            ev.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
            push(&ev);
            pump(h);
            break;
        }
        case CMD_RESIZE:
            host_resize(h, (int)c->a, (int)c->b);
            pump(h);
            break;
        case CMD_WAIT:
            wait_ms(h, c->a);
            break;
        case CMD_SHOT:
            if (!shot(h, out_dir, c->arg)) {
                fprintf(stderr, "%s:%d: shot %s could not be written\n", s->path, c->line, c->arg);
                return 1;
            }
            break;
        case CMD_EXPECT:
        case CMD_EXPECT_NOT: {
            bool has = frame_has(h, c->arg);
            if (has != (c->kind == CMD_EXPECT)) {
                fprintf(stderr, "%s:%d: %s \"%s\" failed: the text is %s the frame, which holds (x y w h text):\n",
                        s->path, c->line, c->kind == CMD_EXPECT ? "expect" : "expect-not", c->arg,
                        has ? "on" : "not on");
                print_frame(h, stderr);
                return 1;
            }
            break;
        }
        case CMD_PHONES:
        case CMD_PHONES_ANSWER:
            if (c->kind == CMD_PHONES ? !phones_join(s, h, (size_t)c->a) : !phones_answer(s, h, c->arg)) {
                fprintf(stderr, "%s:%d: %s: %s\n", s->path, c->line, c->kind == CMD_PHONES ? "phones" : "phones-answer",
                        live_host_server()
                            ? "the phones did not get through within 5 s"
                            : "no live quiz is running (tick \"Leerlingen antwoorden op hun telefoon\")");
                return 1;
            }
            break;
        case CMD_EXPECT_SPOKEN:
        case CMD_EXPECT_SILENT: {
            const Speak *sp = &h->app.speak;
            bool ok = c->kind == CMD_EXPECT_SILENT ? !sp->active && !sp->shown_at.w
                                                   : sp->shown_at.w && strcmp(sp->shown, c->arg) == 0;
            if (!ok) {
                fprintf(stderr, "%s:%d: %s%s%s failed: %s%s%s\n", s->path, c->line, c->arg ? "expect-spoken \"" : "",
                        c->arg ? c->arg : "expect-silent", c->arg ? "\"" : "",
                        sp->shown_at.w ? "the word lit is \""
                        : sp->active   ? "reading, but no word is lit"
                                       : "not reading",
                        sp->shown_at.w ? sp->shown : "", sp->shown_at.w ? "\"" : "");
                return 1;
            }
            break;
        }
        case CMD_QUIT:
            return 0;
        }
    }
    return 0;
}
