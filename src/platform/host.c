/* host.c - see host.h.
 *
 * Frames are cheap (a screen appends a few hundred commands), so the host
 * runs one for every batch of events and lets the DrawList hash decide
 * whether anything must reach the screen: moving the mouse over plain text
 * costs a frame build but no rendering. A frame that changed state after
 * drawing it (a click that opened another screen) asks for another pass
 * through ui->redraw; passes are bounded so a buggy screen cannot spin. */
#include "host.h"

#include <SDL_ttf.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hyphenate.h"
#include "live_host.h"
#include "i18n.h"
#include "os.h"
#include "paths.h"
#include "profiles.h"
#include "render_sdl.h"
#include "winfit.h"

enum { MAX_PASSES = 4 };
static const size_t TEXTURE_BUDGET = 24u << 20;

void host_usage(FILE *f, Lang lang)
{
    fputs(str_get(lang, STR_CLI_HOST_USAGE), f);
}

/* Writes "accountwijs: ", the sentence ID in LANG filled from the
 * arguments, and a newline to stderr. */
static void say(Lang lang, StrId id, ...)
{
    va_list ap;
    va_start(ap, id);
    fputs("accountwijs: ", stderr);
    vfprintf(stderr, str_get(lang, id), ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* Whether option A takes the next argument as its value. */
static bool takes_value(const char *a)
{
    static const char *const with_value[] = {"--content", "--lang", "--data-dir", "--seed",
                                             "--script",  "--out",  "--size",     "--scale"};
    for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++)
        if (strcmp(a, with_value[i]) == 0)
            return true;
    return false;
}

/* The language of the program: that of the locale (LC_ALL, LC_MESSAGES or
 * LANG), unless ARGV has a valid --lang; its messages and usage speak it
 * from the first argument on, wherever --lang stands. */
static Lang args_lang(int argc, char **argv)
{
    const char *env = os_getenv("LC_ALL");
    if (!env || !*env)
        env = os_getenv("LC_MESSAGES");
    if (!env || !*env)
        env = os_getenv("LANG");
    Lang lang = lang_from_locale(env);
    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && lang_from_code(argv[i + 1], &lang))
            break;
        if (takes_value(argv[i]))
            i++;
    }
    return lang;
}

static bool parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return false;
    const char *p = end + 1;
    long b = strtol(p, &end, 10);
    if (end == p || *end || a < 320 || b < 240 || a > 16384 || b > 16384)
        return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

int host_parse_args(int argc, char **argv, HostOptions *o, bool *help)
{
    memset(o, 0, sizeof *o);
    bool seed_given = false;
    o->width = 1280;
    o->height = 800;
    o->scale = 1;
    *help = false;
    o->lang = args_lang(argc, argv);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (takes_value(a) && !v) {
            say(o->lang, STR_CLI_NEEDS_VALUE, a);
            return 2;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            *help = true;
            return 0;
        } else if (strcmp(a, "--headless") == 0) {
            o->headless = true;
            continue;
        } else if (strcmp(a, "--content") == 0) {
            o->content_dir = v;
        } else if (strcmp(a, "--data-dir") == 0) {
            o->data_dir = v;
        } else if (strcmp(a, "--script") == 0) {
            o->script = v;
        } else if (strcmp(a, "--out") == 0) {
            o->out_dir = v;
        } else if (strcmp(a, "--lang") == 0) {
            if (!lang_from_code(v, &o->lang)) {
                say(o->lang, STR_CLI_LANG_UNKNOWN, v);
                return 2;
            }
            o->lang_set = true;
        } else if (strcmp(a, "--seed") == 0) {
            char *end;
            errno = 0;
            unsigned long n = strtoul(v, &end, 10);
            if (errno || end == v || *end) {
                say(o->lang, STR_CLI_HOST_SEED, v);
                return 2;
            }
            o->seed = (unsigned)n;
            seed_given = true;
        } else if (strcmp(a, "--size") == 0) {
            if (!parse_size(v, &o->width, &o->height)) {
                say(o->lang, STR_CLI_HOST_SIZE, v);
                return 2;
            }
        } else if (strcmp(a, "--scale") == 0) {
            char *end;
            float f = strtof(v, &end);
            if (end == v || *end || !(f >= 0.5f && f <= 4.0f)) {
                say(o->lang, STR_CLI_HOST_SCALE, v);
                return 2;
            }
            o->scale = f;
        } else {
            say(o->lang, STR_CLI_UNKNOWN_OPTION, a);
            host_usage(stderr, o->lang);
            return 2;
        }
        i++;
    }
    if (o->script && !o->out_dir) {
        say(o->lang, STR_CLI_HOST_SCRIPT_OUT);
        return 2;
    }
    o->virtual_clock = o->script != NULL;
    /* Without --seed every run shuffles differently; a script without one
     * stays reproducible (seed 0). */
    if (!seed_given && !o->script)
        o->seed = (unsigned)(os_wall_ms() / 1000) ^ ((unsigned)os_pid() << 16);
    return 0;
}

/* ---- measuring for the Ui ---- */

static int measure_width(void *ctx, Font f, const char *s, size_t len)
{
    return text_cache_width(ctx, f, s, len);
}

static int measure_height(void *ctx, Font f)
{
    return text_cache_height(ctx, f);
}

/* ---- setup ---- */

static void update_size(Host *h)
{
    int ww, wh;
    SDL_GetWindowSize(h->win, &ww, &wh);
    if (SDL_GetRendererOutputSize(h->ren, &h->pw, &h->ph) != 0) {
        h->pw = ww;
        h->ph = wh;
    }
    h->density = ww > 0 ? (float)h->pw / (float)ww : 1;
    h->need_present = true;
}

static bool make_renderer(Host *h)
{
    if (h->ren) {
        text_cache_set_renderer(h->tc, NULL);
        SDL_DestroyRenderer(h->ren);
    }
    h->ren = SDL_CreateRenderer(h->win, -1, h->software ? SDL_RENDERER_SOFTWARE : 0);
    if (!h->ren && !h->software)
        h->ren = SDL_CreateRenderer(h->win, -1, SDL_RENDERER_SOFTWARE);
    if (!h->ren)
        return false;
    text_cache_set_renderer(h->tc, h->ren);
    update_size(h);
    return true;
}

/* The data folder: --data-dir, $ACCOUNTWIJS_DATA_DIR or the user's own,
 * as export finds it (profiles_data_dir). Left empty when there is none:
 * the program then works without saving. */
static void find_data_dir(Host *h)
{
    if (!profiles_data_dir(h->data_dir, sizeof h->data_dir, h->opt.data_dir))
        h->data_dir[0] = '\0';
}

static Uint32 wake_cb(Uint32 interval, void *param)
{
    (void)interval;
    Host *h = param;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = h->wake_event;
    SDL_PushEvent(&ev);
    return 0;
}

/* The app's "Open map": PATH in the system's file manager, as a file://
 * URL with every byte but the unreserved ones and '/' percent-encoded.
 * Headless (the harness, the tests) it is only said on standard error, so
 * a script never opens a window on the desktop. */
/* The wall clock handed to the app outside the harness (epoch ms, to the
 * second, as every stored time is). */
static int64_t wall_clock(void *host)
{
    (void)host;
    return os_wall_ms() / 1000 * 1000;
}

static bool open_folder(void *host, const char *path)
{
    Host *h = host;
    if (h->opt.headless) {
        say(h->opt.lang, STR_CLI_HOST_OPEN_FOLDER, path);
        return true;
    }
    char url[3 * 4096 + 16] = "file://";
    size_t n = strlen(url);
    for (const unsigned char *p = (const unsigned char *)path; *p && n + 4 < sizeof url; p++) {
        if (isalnum(*p) || strchr("/-._~", *p))
            url[n++] = (char)*p;
        else
            n += (size_t)snprintf(url + n, sizeof url - n, "%%%02X", *p);
    }
    url[n] = '\0';
    return SDL_OpenURL(url) == 0;
}

/* The school's LRS (lrs_conf.h): when lrs.conf names one, a thread sends
 * the answers in the background. Not under the harness's virtual clock,
 * whose runs must not depend on a network. A broken lrs.conf is said here
 * and in Instellingen; nothing is sent then. */
static void start_lrs(Host *h, const char *content)
{
    h->app.lrs_missing = !lrs_available();
    if (h->app.lrs_missing || h->opt.virtual_clock || !h->data_dir[0])
        return;
    LrsConf conf;
    AwError e;
    if (!lrs_conf_load(h->data_dir, &conf, &e)) {
        char text[1200];
        fprintf(stderr, "accountwijs: %s\n", i18n_error(&e, h->opt.lang, text, sizeof text));
        return;
    }
    h->lrs = lrs_sender_start(h->data_dir, content, &conf, 30000);
}

static uint64_t host_clock(void *host)
{
    return host_now(host);
}

int host_open(Host *h, const HostOptions *o)
{
    memset(h, 0, sizeof *h);
    h->opt = *o;
    if (o->headless && !os_getenv("SDL_VIDEODRIVER")) {
        /* No display needed: an offscreen window, otherwise exactly the
         * real program. */
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen,dummy");
    }
    /* SDL's software renderer draws pages of text and boxes in a
     * millisecond or two, starts in a fraction of the time of a GL driver
     * and keeps the process small; SDL_RENDER_DRIVER=opengl (or any other)
     * still picks an accelerated one. Without an explicit driver the
     * software frame goes to the window directly (XShm on X11), not
     * through a GL texture, which would load Mesa after all. */
    h->software = o->headless || !os_getenv("SDL_RENDER_DRIVER");
    if (h->software) {
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        say(o->lang, STR_CLI_HOST_NO_SDL, SDL_GetError());
        return 1;
    }
    h->wake_event = SDL_RegisterEvents(1);

    char data[4096] = "";
    int have_data = paths_find_data(data, sizeof data);
    char fonts[4200];
    const char *fenv = os_getenv("ACCOUNTWIJS_FONTS_DIR");
    if (fenv && *fenv)
        snprintf(fonts, sizeof fonts, "%s", fenv);
    else
        snprintf(fonts, sizeof fonts, "%s/assets/fonts", have_data ? data : ".");
    char err[4400];
    h->tc = text_cache_new(fonts, TEXTURE_BUDGET, err, sizeof err);
    if (!h->tc) {
        say(o->lang, STR_CLI_HOST_NO_FONT, err);
        if (!o->headless)
            SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Accountwijs", err, NULL);
        return 1;
    }

    char content[4200];
    if (o->content_dir)
        snprintf(content, sizeof content, "%s", o->content_dir);
    else if (have_data)
        snprintf(content, sizeof content, "%s/content", data);
    else {
        say(o->lang, STR_CLI_HOST_NO_COURSE);
        return 1;
    }
    Diag d;
    diag_init(&d);
    h->course = course_load(content, &d);
    char text[2048];
    for (size_t i = 0; i < d.count; i++)
        if (!h->course || d.messages[i].level == DIAG_ERROR)
            fprintf(stderr, "%s\n", i18n_diag(&d.messages[i], o->lang, text, sizeof text));
    diag_free(&d);
    if (!h->course) {
        say(o->lang, STR_CLI_HOST_COURSE_BAD, content);
        return 1;
    }

    find_data_dir(h);
    char settings[4300] = "";
    if (h->data_dir[0])
        snprintf(settings, sizeof settings, "%s/settings.conf", h->data_dir);
    app_init(&h->app, h->course, o->lang, settings, o->seed);
    /* Without the Dutch patterns words stay whole: said once, here and
     * in Weergave. */
    const char *tried = NULL;
    h->hyph = hyphenate_load(NULL, &tried);
    h->app.hyphenator = h->hyph;
    if (!h->hyph) {
        snprintf(h->app.hyphen_missing, sizeof h->app.hyphen_missing, "%s", tried ? tried : "?");
        say(o->lang, STR_HYPHENATE_MISSING, h->app.hyphen_missing);
    }
    h->app.open_folder = open_folder;
    h->app.host = h;
    h->app.classq.live.host = live_host_init(h->app.lang);
    h->speak = speak_host_new(content, o->lang, o->virtual_clock, host_clock, h);
    h->app.speak_host = h->speak ? speak_host_services() : NULL;
    h->app.speak_ctx = h->speak;
    /* Under the harness the wall clock runs with the virtual one, from
     * the real time at the start or from ACCOUNTWIJS_WALL_MS (epoch ms at
     * virtual time 0): `wait` then moves answer times, streaks and the
     * time a closed test counts under "echte toetsomstandigheden". */
    const char *wall = os_getenv("ACCOUNTWIJS_WALL_MS");
    if (!o->virtual_clock)
        h->app.wall_clock = wall_clock;
    else if (wall && *wall)
        h->app.wall_base_ms = strtoll(wall, NULL, 10);
    else
        h->app.wall_base_ms = wall_clock(h) - (int64_t)host_now(h);
    app_progress_start(&h->app, h->data_dir);
    h->app_ready = true;
    start_lrs(h, content);

    int ww = (int)((float)o->width * o->scale + 0.5f), wh = (int)((float)o->height * o->scale + 0.5f);
    Uint32 wflags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    int min_w = (int)(800 * o->scale), min_h = (int)(600 * o->scale);
    /* On a screen: as asked, but never larger than the usable area nor
     * partly off it (an 800x600 screen with a panel included). Headless
     * runs keep their exact size. */
    Rect usable = {0, 0, 0, 0};
    SDL_Rect ub;
    bool fit = !o->headless && (SDL_GetDisplayUsableBounds(0, &ub) == 0 || SDL_GetDisplayBounds(0, &ub) == 0) &&
               ub.w > 0 && ub.h > 0;
    WinFit place = {{SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, ww, wh}, min_w, min_h};
    if (fit) {
        usable = (Rect){ub.x, ub.y, ub.w, ub.h};
        /* Until the frame is known, reckon with a title bar. */
        place = winfit(usable, (WinBorders){32, 0, 0, 0}, ww, wh, min_w, min_h);
    }
    h->win = SDL_CreateWindow("Accountwijs", place.window.x, place.window.y, place.window.w, place.window.h, wflags);
    if (!h->win) {
        say(o->lang, STR_CLI_HOST_NO_WINDOW, SDL_GetError());
        return 1;
    }
    int top = 0, left = 0, bottom = 0, right = 0;
    if (fit && SDL_GetWindowBordersSize(h->win, &top, &left, &bottom, &right) == 0) {
        /* The window manager's real frame: place again if it differs. */
        WinFit again = winfit(usable, (WinBorders){top, left, bottom, right}, ww, wh, min_w, min_h);
        if (memcmp(&again.window, &place.window, sizeof again.window) != 0) {
            SDL_SetWindowSize(h->win, again.window.w, again.window.h);
            SDL_SetWindowPosition(h->win, again.window.x, again.window.y);
        }
        place = again;
    }
    SDL_SetWindowMinimumSize(h->win, place.min_w, place.min_h);
    if (!make_renderer(h)) {
        say(o->lang, STR_CLI_HOST_NO_RENDERER, SDL_GetError());
        return 1;
    }
    UiMeasure m = {measure_width, measure_height, h->tc};
    if (!ui_init(&h->ui, m)) {
        say(o->lang, STR_CLI_NO_MEMORY);
        return 1;
    }
    h->ui_ready = true;
    h->arrow = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_ARROW);
    h->hand = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_HAND);
    SDL_StartTextInput();
    return 0;
}

void host_close(Host *h)
{
    lrs_sender_stop(h->lrs); /* what is not sent stays queued */
    if (h->timer)
        SDL_RemoveTimer(h->timer);
    if (h->app_ready)
        app_free(&h->app);
    live_host_close();
    speak_host_free(h->speak); /* after the app, which stops what it reads */
    hyphenate_free(h->hyph);
    if (h->ui_ready)
        ui_free(&h->ui);
    text_cache_free(h->tc);
    if (h->arrow)
        SDL_FreeCursor(h->arrow);
    if (h->hand)
        SDL_FreeCursor(h->hand);
    if (h->ren)
        SDL_DestroyRenderer(h->ren);
    if (h->win)
        SDL_DestroyWindow(h->win);
    course_free(h->course);
    if (TTF_WasInit())
        TTF_Quit();
    SDL_Quit();
}

uint64_t host_now(const Host *h)
{
    return h->opt.virtual_clock ? h->clock_ms : SDL_GetTicks64();
}

void host_resize(Host *h, int w, int hgt)
{
    int ww = (int)((float)w * h->opt.scale + 0.5f), wh = (int)((float)hgt * h->opt.scale + 0.5f);
    SDL_SetWindowSize(h->win, ww, wh);
    if (h->opt.headless) {
        /* The offscreen driver sends no resize event to the software
         * renderer; a new renderer gets a surface of the new size. */
        make_renderer(h);
        return;
    }
    /* A window manager answers later: wait (briefly) for the new size, so
     * the next frame and shot have it. */
    for (Uint64 until = SDL_GetTicks64() + 1000; SDL_GetTicks64() < until;) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev))
            host_event(h, &ev);
        int cw, ch;
        SDL_GetWindowSize(h->win, &cw, &ch);
        if (cw == ww && ch == wh)
            break;
        SDL_Delay(5);
    }
    update_size(h);
}

/* ---- input ---- */

static int key_of(SDL_Keycode k)
{
    switch (k) {
    case SDLK_TAB:
        return UI_KEY_TAB;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        return UI_KEY_ENTER;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
        return UI_KEY_ESCAPE;
    case SDLK_BACKSPACE:
        return UI_KEY_BACKSPACE;
    case SDLK_DELETE:
        return UI_KEY_DELETE;
    case SDLK_UP:
        return UI_KEY_UP;
    case SDLK_DOWN:
        return UI_KEY_DOWN;
    case SDLK_LEFT:
        return UI_KEY_LEFT;
    case SDLK_RIGHT:
        return UI_KEY_RIGHT;
    case SDLK_PAGEUP:
        return UI_KEY_PAGEUP;
    case SDLK_PAGEDOWN:
        return UI_KEY_PAGEDOWN;
    case SDLK_HOME:
        return UI_KEY_HOME;
    case SDLK_END:
        return UI_KEY_END;
    case SDLK_KP_PLUS:
        return '+';
    case SDLK_KP_MINUS:
        return '-';
    case SDLK_KP_0:
        return '0';
    default:
        break;
    }
    if (k >= SDLK_F1 && k <= SDLK_F12)
        return UI_KEY_F1 + (k - SDLK_F1);
    if (!(k & SDLK_SCANCODE_MASK) && k >= 32 && k != 127)
        return k >= 'A' && k <= 'Z' ? k + 32 : k;
    return 0;
}

static int mods_of(Uint16 m)
{
    int r = 0;
    if (m & KMOD_SHIFT)
        r |= UI_MOD_SHIFT;
    if (m & (KMOD_CTRL | KMOD_GUI))
        r |= UI_MOD_CTRL;
    if (m & KMOD_ALT)
        r |= UI_MOD_ALT;
    return r;
}

/* An IME composition: its text (cut at a code point to fit) and the
 * cursor, which SDL gives in code points, as a byte offset. */
static void set_compose(UiInput *in, const char *text, int start)
{
    size_t n = strlen(text);
    if (n >= sizeof in->compose) {
        n = sizeof in->compose - 1;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(in->compose, text, n);
    in->compose[n] = '\0';
    size_t at = 0;
    for (int k = 0; k < start && at < n; k++) {
        at++;
        while (at < n && ((unsigned char)in->compose[at] & 0xC0) == 0x80)
            at++;
    }
    in->compose_cursor = start < 0 ? n : at;
}

void host_event(Host *h, const SDL_Event *ev)
{
    UiInput *in = &h->in;
    switch (ev->type) {
    case SDL_QUIT:
        h->app.quit = true;
        break;
    case SDL_MOUSEMOTION:
        in->mouse_x = (int)((float)ev->motion.x * h->density);
        in->mouse_y = (int)((float)ev->motion.y * h->density);
        in->mouse_inside = true;
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT)
            break;
        /* A whole click is waiting: let a frame see it before the next. */
        if (in->pressed && in->released)
            host_frame(h);
        in->pressed = true;
        in->down = true;
        in->press_x = in->mouse_x = (int)((float)ev->button.x * h->density);
        in->press_y = in->mouse_y = (int)((float)ev->button.y * h->density);
        in->mouse_inside = true;
        break;
    case SDL_MOUSEBUTTONUP:
        if (ev->button.button != SDL_BUTTON_LEFT)
            break;
        in->released = true;
        in->down = false;
        in->release_x = in->mouse_x = (int)((float)ev->button.x * h->density);
        in->release_y = in->mouse_y = (int)((float)ev->button.y * h->density);
        break;
    case SDL_MOUSEWHEEL: {
        float dy = ev->wheel.preciseY;
        if (ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED)
            dy = -dy;
        in->wheel -= dy;
        break;
    }
    case SDL_KEYDOWN: {
        int k = key_of(ev->key.keysym.sym);
        if (!k)
            break;
        if (in->nkeys == UI_MAX_KEYS)
            host_frame(h);
        in->keys[in->nkeys++] = (UiKeyEvent){k, mods_of(ev->key.keysym.mod), false};
        break;
    }
    case SDL_TEXTEDITING:
        set_compose(in, ev->edit.text, ev->edit.start);
        break;
#if SDL_VERSION_ATLEAST(2, 0, 22)
    case SDL_TEXTEDITING_EXT:
        set_compose(in, ev->editExt.text ? ev->editExt.text : "", ev->editExt.start);
        break;
#endif
    case SDL_TEXTINPUT: {
        /* Committed: the composition (if any) became this text. */
        in->compose[0] = '\0';
        in->compose_cursor = 0;
        size_t n = strlen(ev->text.text);
        if (in->ntext + n >= UI_MAX_TEXT)
            host_frame(h);
        if (in->ntext + n < UI_MAX_TEXT) {
            memcpy(in->text + in->ntext, ev->text.text, n + 1);
            in->ntext += n;
        }
        break;
    }
    case SDL_WINDOWEVENT:
        switch (ev->window.event) {
        case SDL_WINDOWEVENT_SIZE_CHANGED:
        case SDL_WINDOWEVENT_RESIZED:
            update_size(h);
            break;
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_RESTORED:
        case SDL_WINDOWEVENT_SHOWN:
            h->need_present = true;
            break;
        case SDL_WINDOWEVENT_LEAVE:
            in->mouse_inside = false;
            break;
        default:
            break;
        }
        break;
    default:
        if (ev->type == h->wake_event) {
            h->timer = 0;
            h->timer_due = 0;
            if (h->app.wake_at_ms && h->app.wake_at_ms <= host_now(h))
                h->app.wake_at_ms = 0;
        }
        break;
    }
}

void host_render(Host *h)
{
    SDL_SetRenderDrawColor(h->ren, 0, 0, 0, 255);
    SDL_RenderClear(h->ren);
    render_drawlist(h->ren, h->tc, &h->ui.dl);
}

/* A new answer in the open log: the sender may send it now. */
static void poke_lrs(Host *h)
{
    ProgressLog *log = h->app.progress.log;
    size_t n = log ? progress_count(log) : 0;
    if (h->lrs && n != h->lrs_seen)
        lrs_sender_poke(h->lrs);
    h->lrs_seen = n;
}

bool host_frame(Host *h)
{
    poke_lrs(h);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
        ui_begin(&h->ui, &h->in, h->pw, h->ph, h->density * h->opt.scale, host_now(h));
        app_frame(&h->app, &h->ui);
        ui_end(&h->ui);
        h->frames++;
        if (!h->ui.redraw)
            break;
    }
    if (h->app.toggle_fullscreen) {
        h->app.toggle_fullscreen = false;
        if (!h->opt.headless) {
            int ow, oh;
            SDL_GetWindowSize(h->win, &ow, &oh);
            h->fullscreen = !h->fullscreen;
            SDL_SetWindowFullscreen(h->win, h->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
            h->app.fullscreen = h->fullscreen;
            /* The window manager answers later: wait (briefly) for the new
             * size, then lay the frame out again for it, rather than show
             * the old layout stretched or cut off. */
            for (Uint64 until = SDL_GetTicks64() + 500; SDL_GetTicks64() < until;) {
                SDL_Event ev;
                while (SDL_PollEvent(&ev))
                    host_event(h, &ev);
                int cw, ch;
                SDL_GetWindowSize(h->win, &cw, &ch);
                if (cw != ow || ch != oh)
                    break;
                SDL_Delay(5);
            }
            update_size(h);
            return host_frame(h);
        }
    }
    /* The IME's candidate window goes beside the focused field's caret. */
    Rect ir = h->ui.text_input_rect;
    if (ir.w > 0 && memcmp(&ir, &h->ime_rect, sizeof ir) != 0) {
        float d = h->density > 0 ? h->density : 1;
        SDL_Rect sr = {(int)((float)ir.x / d), (int)((float)ir.y / d), (int)((float)ir.w / d) + 1,
                       (int)((float)ir.h / d) + 1};
        SDL_SetTextInputRect(&sr);
        h->ime_rect = ir;
    }
    if (h->hand && h->ui.hand_cursor != h->hand_shown && !h->opt.headless) {
        SDL_SetCursor(h->ui.hand_cursor ? h->hand : h->arrow);
        h->hand_shown = h->ui.hand_cursor;
    }
    uint64_t hash = draw_hash(&h->ui.dl);
    if (hash == h->last_hash && !h->need_present)
        return false;
    host_render(h);
    SDL_RenderPresent(h->ren);
    h->last_hash = hash;
    h->need_present = false;
    h->presents++;
    return true;
}

void host_schedule(Host *h)
{
    uint64_t due = h->app.wake_at_ms;
    if (due == h->timer_due)
        return;
    if (h->timer) {
        SDL_RemoveTimer(h->timer);
        h->timer = 0;
    }
    h->timer_due = due;
    if (!due)
        return;
    uint64_t now = host_now(h);
    Uint32 delay = due > now ? (Uint32)(due - now) : 1;
    h->timer = SDL_AddTimer(delay, wake_cb, h);
}
