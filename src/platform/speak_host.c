/* speak_host.c - see speak_host.h.
 *
 * The worker hands out chunks of PCM with the samples at which each word
 * starts, counted from the start of the request. With a sound device the
 * chunks go into SDL's audio queue (SDL_QueueAudio: no callback, no lock
 * of ours) and the samples played are those fed minus those still queued.
 * Without one the samples "played" are the clock's milliseconds since the
 * request began (pauses left out) at the worker's rate. The word spoken is
 * then the last one whose first sample has been played; the app is asked
 * to look again when the next one is due, so nothing polls in between. */
#include "speak_host.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "speech.h"

struct SpeakHostState {
    char content_dir[4096];
    Lang lang;
    bool virtual_clock;
    uint64_t (*now)(void *ctx);
    void *ctx;
    /* Opened on first use; OPEN_ERROR says why that failed (then every
     * request fails with it). */
    bool opened;
    char open_error[256];
    Lexicon *lexicon;
    SpeechWorker *worker;
    int rate;
    SDL_AudioDeviceID dev; /* 0: no sound device, the clock decides */
    /* The request playing (0: none). */
    uint32_t request;
    bool paused, last;
    char error[256];
    SpeechChunkWord *words; /* the words' first samples, in order */
    size_t nwords, cap;
    uint64_t fed;         /* samples of the request received (and queued to the device) */
    bool clock_started;   /* without a device: the clock runs from CLOCK_START */
    uint64_t clock_start; /* ms */
    uint64_t paused_at, paused_ms;
};

SpeakHostState *speak_host_new(const char *content_dir, Lang lang, bool virtual_clock, uint64_t (*now)(void *ctx),
                               void *ctx)
{
    SpeakHostState *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    snprintf(s->content_dir, sizeof s->content_dir, "%s", content_dir ? content_dir : "");
    s->lang = lang;
    s->virtual_clock = virtual_clock;
    s->now = now;
    s->ctx = ctx;
    return s;
}

static void reset_request(SpeakHostState *s)
{
    s->request = 0;
    s->paused = s->last = false;
    s->error[0] = '\0';
    s->nwords = 0;
    s->fed = 0;
    s->clock_started = false;
    s->paused_ms = 0;
}

void speak_host_free(SpeakHostState *s)
{
    if (!s)
        return;
    speech_worker_stop(s->worker);
    if (s->dev)
        SDL_CloseAudioDevice(s->dev);
    if (s->dev || SDL_WasInit(SDL_INIT_AUDIO))
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    lexicon_free(s->lexicon);
    free(s->words);
    free(s);
}

/* The engine, its worker and the sound device, once. False with the
 * reason in OPEN_ERROR. */
static bool open_once(SpeakHostState *s)
{
    if (s->opened)
        return s->worker != NULL;
    s->opened = true;
    char path[LEXICON_PATH_SIZE];
    if (s->content_dir[0] && lexicon_default_path(s->content_dir, path, sizeof path)) {
        /* The list is checked by `accountwijs check`; here a bad or missing
         * one only means the loanwords are read the Dutch way. */
        Diag d;
        diag_init(&d);
        s->lexicon = lexicon_load(path, &d);
        diag_free(&d);
    }
    SpeechOptions opt = {NULL, NULL, s->lexicon};
    Speech *sp;
    AwError err;
    if (!speech_open(&opt, &sp, &err) || !(s->worker = speech_worker_start(sp, &err))) {
        i18n_error(&err, s->lang, s->open_error, sizeof s->open_error);
        return false;
    }
    s->rate = speech_worker_sample_rate(s->worker);
    if (s->virtual_clock)
        return true; /* the harness: the clock decides, never a device */
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return true;
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = s->rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024; /* about 46 ms: small enough for the words to keep up */
    s->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    return true;
}

static bool say(void *host, const SpeechScript *script, size_t start, int wpm, char *err, size_t errsize)
{
    SpeakHostState *s = host;
    if (!open_once(s)) {
        snprintf(err, errsize, "%s", s->open_error);
        return false;
    }
    if (s->dev) {
        SDL_ClearQueuedAudio(s->dev);
        SDL_PauseAudioDevice(s->dev, 0);
    }
    reset_request(s);
    s->request = speech_worker_say(s->worker, script, start, wpm);
    if (!s->request) {
        AwError e = {.code = AW_ERR_NO_MEMORY};
        i18n_error(&e, s->lang, err, errsize);
        return false;
    }
    if (!s->dev || s->virtual_clock) { /* the words follow the clock from now */
        s->clock_started = s->virtual_clock;
        s->clock_start = s->now(s->ctx);
    }
    return true;
}

static void stop(void *host)
{
    SpeakHostState *s = host;
    if (s->worker)
        speech_worker_cancel(s->worker);
    if (s->dev)
        SDL_ClearQueuedAudio(s->dev);
    reset_request(s);
}

static void pause_(void *host, bool on)
{
    SpeakHostState *s = host;
    if (!s->request || s->paused == on)
        return;
    s->paused = on;
    if (s->dev) {
        SDL_PauseAudioDevice(s->dev, on ? 1 : 0);
        return;
    }
    if (!s->clock_started)
        return; /* before the first audio: the clock starts paused (take) */
    uint64_t now = s->now(s->ctx);
    if (on)
        s->paused_at = now;
    else
        s->paused_ms += now - s->paused_at;
}

/* Takes chunk C of the request: its words, and its PCM into the device. */
static void take(SpeakHostState *s, SpeechChunk *c)
{
    if (c->request != s->request)
        return; /* an earlier request's, dropped */
    if (c->failed) {
        i18n_error(&c->err, s->lang, s->error, sizeof s->error);
        s->last = true;
        return;
    }
    if (s->nwords + c->nwords > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        while (cap < s->nwords + c->nwords)
            cap *= 2;
        SpeechChunkWord *w = realloc(s->words, cap * sizeof *w);
        if (!w) {
            AwError e = {.code = AW_ERR_NO_MEMORY};
            i18n_error(&e, s->lang, s->error, sizeof s->error);
            s->last = true;
            return;
        }
        s->words = w;
        s->cap = cap;
    }
    memcpy(s->words + s->nwords, c->words, c->nwords * sizeof *c->words);
    s->nwords += c->nwords;
    if (s->dev && c->nsamples)
        SDL_QueueAudio(s->dev, c->pcm, (Uint32)(c->nsamples * sizeof *c->pcm));
    s->fed = c->first_sample + c->nsamples;
    if (!s->clock_started && !s->dev) { /* sound off: the clock starts with the first audio */
        s->clock_started = true;
        s->clock_start = s->now(s->ctx);
        s->paused_at = s->clock_start; /* paused before it came: from here */
    }
    s->last = c->last;
}

static uint64_t clock_samples(const SpeakHostState *s);

/* Samples taken but not yet played. */
static uint64_t ahead(SpeakHostState *s)
{
    if (s->dev)
        return SDL_GetQueuedAudioSize(s->dev) / sizeof(int16_t);
    if (s->virtual_clock || !s->clock_started)
        return 0;
    uint64_t p = clock_samples(s);
    return s->fed > p ? s->fed - p : 0;
}

/* Takes what the worker made, up to AHEAD_SECONDS more than has played:
 * the rest waits in the worker's queue, which then stops synthesizing at
 * its own limit, so a long section is not made (and held) all at once. */
static void drain(SpeakHostState *s)
{
    enum { AHEAD_SECONDS = 5 };
    SpeechChunk c;
    while (s->request && ahead(s) < (uint64_t)s->rate * AHEAD_SECONDS && speech_worker_poll(s->worker, &c)) {
        take(s, &c);
        speech_chunk_free(&c);
    }
}

/* Without a device: the samples the clock says have played. */
static uint64_t clock_samples(const SpeakHostState *s)
{
    if (!s->clock_started)
        return 0;
    uint64_t now = s->paused ? s->paused_at : s->now(s->ctx);
    uint64_t gone = s->clock_start + s->paused_ms;
    uint64_t ms = now > gone ? now - gone : 0;
    return ms * (uint64_t)s->rate / 1000;
}

/* The samples played of the request so far. */
static uint64_t played(SpeakHostState *s)
{
    if (s->dev) {
        uint64_t queued = SDL_GetQueuedAudioSize(s->dev) / sizeof(int16_t);
        return queued < s->fed ? s->fed - queued : 0;
    }
    uint64_t p = clock_samples(s);
    /* The harness waits for the worker, so its clock alone decides; a
     * real clock never runs ahead of the audio there is. */
    while (s->virtual_clock && !s->last && s->fed < p + (uint64_t)s->rate / 2) {
        SpeechChunk c;
        if (!speech_worker_wait(s->worker, &c, 10000))
            break;
        take(s, &c);
        speech_chunk_free(&c);
    }
    return p < s->fed || s->last ? p : s->fed;
}

static void status(void *host, SpeakStatus *out)
{
    SpeakHostState *s = host;
    out->no_audio = s->worker && !s->dev;
    out->word = SIZE_MAX;
    if (!s->request)
        return;
    drain(s);
    uint64_t p = played(s);
    if (s->error[0]) {
        snprintf(out->error, sizeof out->error, "%s", s->error);
        return;
    }
    out->playing = !(s->last && p >= s->fed);
    /* The last word begun; before the first, the first (it is coming). */
    size_t k = 0;
    while (k < s->nwords && s->words[k].sample <= p)
        k++;
    if (s->nwords)
        out->word = s->words[k ? k - 1 : 0].word;
    uint64_t next = k < s->nwords ? s->words[k].sample : s->last ? s->fed : p + (uint64_t)s->rate / 20;
    uint64_t ms = next > p ? (next - p) * 1000 / (uint64_t)s->rate + 1 : 1;
    out->next_ms = (unsigned)(ms < 1000 ? ms : 1000);
}

const SpeakHost *speak_host_services(void)
{
    static const SpeakHost services = {say, stop, pause_, status};
    return &services;
}
