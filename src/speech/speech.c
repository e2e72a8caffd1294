/* speech.c - synchronous synthesis with espeak-ng's Dutch voice.
 *
 * espeak-ng speaks a text it is given whole and reports each word by its
 * position in characters (code points, from 1). The pronunciation list
 * changes the text before espeak sees it ("accountmanager" becomes
 * "uk-kaunt mennidzjer"), so the input is built here with a map from each
 * of its characters back to the caller's bytes: a word espeak reports
 * inside a replacement points at the whole stretch the entry replaced
 * ("account" of "accountmanager"), and a replacement said as several words
 * ("kie uk-kaunt") is reported once. */
#include "speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "speech_internal.h"
#include "utf8.h"

#ifndef AW_NO_SPEECH
#include <espeak-ng/speak_lib.h>
#endif

struct Speech {
    int hz;
    const Lexicon *lexicon;
};

/* espeak-ng is one engine per process. */
static bool engine_open;

/* ---- the input text and its map ----------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
    uint32_t *from, *to; /* per input character: the original bytes it stands for */
    size_t nchars, capchars;
    bool phonemes; /* [[...]] in the input */
    bool oom;
} Input;

static void in_put(Input *in, const char *s, size_t n, uint32_t from, uint32_t to, bool per_char)
{
    if (in->oom)
        return;
    if (in->len + n + 1 > in->cap) {
        size_t c = in->cap ? in->cap * 2 : 256;
        while (c < in->len + n + 1)
            c *= 2;
        char *b = realloc(in->buf, c);
        if (!b) {
            in->oom = true;
            return;
        }
        in->buf = b;
        in->cap = c;
    }
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            k = 1;
        if (in->nchars + 1 > in->capchars) {
            size_t c = in->capchars ? in->capchars * 2 : 256;
            uint32_t *f = realloc(in->from, c * sizeof *f);
            if (f)
                in->from = f;
            uint32_t *t = f ? realloc(in->to, c * sizeof *t) : NULL;
            if (!t) {
                in->oom = true;
                return;
            }
            in->to = t;
            in->capchars = c;
        }
        in->from[in->nchars] = per_char ? from + (uint32_t)i : from;
        in->to[in->nchars] = per_char ? from + (uint32_t)(i + k) : to;
        in->nchars++;
        i += k;
    }
    memcpy(in->buf + in->len, s, n);
    in->len += n;
    in->buf[in->len] = '\0';
}

static bool word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Whether S[0..N) begins with an ending that stays on the word it follows
 * (a plural, a verb's ending: mails, mailt, mailen, CRM’s) rather than a
 * word of its own in a compound. */
static bool ending(const char *s, size_t n)
{
    if (n >= 4 && memcmp(s, "\xE2\x80\x99", 3) == 0) /* ’s */
        s += 3, n -= 3;
    size_t k = 0;
    while (k < n && word_byte((unsigned char)s[k]))
        k++;
    static const char *const ends[] = {"s", "t", "en", "de", "te"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (k == strlen(ends[i]) && strncmp(s, ends[i], k) == 0)
            return true;
    return k == 1 && s[0] == 'S';
}

/* The input for TEXT[0..LEN): the text with the list's words replaced.
 * SKIP_PHONEMES leaves a phoneme entry's word as written (for
 * speech_phonemes, which says those itself). */
static bool build_input(const Lexicon *lx, const char *text, size_t len, Input *in)
{
    memset(in, 0, sizeof *in);
    enum { MAX_MATCHES = 256 };
    LexiconMatch mbuf[MAX_MATCHES];
    LexiconMatch *m = mbuf;
    size_t nm = lexicon_find(lx, text, len, mbuf, MAX_MATCHES);
    if (nm > MAX_MATCHES) {
        m = malloc(nm * sizeof *m);
        if (!m)
            return false;
        lexicon_find(lx, text, len, m, nm);
    }
    size_t at = 0;
    for (size_t i = 0; i < nm; i++) {
        const LexiconEntry *e = lexicon_entry(lx, m[i].entry);
        if (m[i].off > at)
            in_put(in, text + at, m[i].off - at, (uint32_t)at, 0, true);
        /* A piece of a compound is said as a word of its own. */
        if (in->len && word_byte((unsigned char)in->buf[in->len - 1]))
            in_put(in, " ", 1, m[i].off, m[i].off + m[i].len, false);
        in_put(in, e->say, strlen(e->say), m[i].off, m[i].off + m[i].len, false);
        in->phonemes |= e->phonemes;
        at = m[i].off + m[i].len;
        if (at < len && word_byte((unsigned char)text[at]) && !ending(text + at, len - at))
            in_put(in, " ", 1, (uint32_t)at, (uint32_t)at, false);
    }
    if (at < len)
        in_put(in, text + at, len - at, (uint32_t)at, 0, true);
    if (!in->buf)
        in_put(in, "", 0, 0, 0, true);
    if (m != mbuf)
        free(m);
    return !in->oom;
}

static void input_free(Input *in)
{
    free(in->buf);
    free(in->from);
    free(in->to);
    memset(in, 0, sizeof *in);
}

/* ---- the engine --------------------------------------------------------- */

int speech_sample_rate(const Speech *s)
{
    return s ? s->hz : 0;
}

/* Room for N more samples; the buffer doubles, so that a long text is
 * not copied over and over as it grows. */
static bool grow_pcm(SpeechAudio *a, size_t n)
{
    if (a->nsamples + n + 1 <= a->pcm_cap)
        return true;
    size_t cap = a->pcm_cap ? a->pcm_cap * 2 : 22050;
    while (cap < a->nsamples + n + 1)
        cap *= 2;
    int16_t *p = realloc(a->pcm, cap * sizeof *p);
    if (!p)
        return false;
    a->pcm = p;
    a->pcm_cap = cap;
    return true;
}

bool speech_silence(const Speech *s, unsigned ms, SpeechAudio *out)
{
    size_t n = (size_t)s->hz * ms / 1000;
    if (!grow_pcm(out, n))
        return false;
    memset(out->pcm + out->nsamples, 0, n * sizeof *out->pcm);
    out->nsamples += n;
    return true;
}

void speech_audio_free(SpeechAudio *a)
{
    if (!a)
        return;
    free(a->pcm);
    free(a->events);
    memset(a, 0, sizeof *a);
}

#ifdef AW_NO_SPEECH

bool speech_open(const SpeechOptions *opt, Speech **out, AwError *err)
{
    (void)opt;
    (void)engine_open;
    *out = NULL;
    return aw_fail(err, AW_ERR_SPEECH_MISSING);
}

void speech_close(Speech *s)
{
    free(s);
}

bool speech_synth_stoppable(Speech *s, const char *text, size_t len, uint32_t base, int rate, SpeechAudio *out,
                            bool (*stop)(void *), void *arg, AwError *err)
{
    (void)s, (void)text, (void)len, (void)base, (void)rate, (void)out, (void)stop, (void)arg;
    (void)build_input, (void)input_free;
    return aw_fail(err, AW_ERR_SPEECH_MISSING);
}

bool speech_phonemes(Speech *s, const char *text, bool raw, char *out, size_t size)
{
    (void)s, (void)text, (void)raw;
    if (size)
        out[0] = '\0';
    return false;
}

#else

typedef struct {
    Speech *s;
    SpeechAudio *out;
    size_t first; /* the sample this synthesis starts at */
    const Input *in;
    uint32_t base;
    uint32_t last_off; /* the original offset of the last event, to skip repeats */
    bool any;
    bool oom;
    bool (*stop)(void *);
    void *arg;
} Synth;

static int on_audio(short *wav, int n, espeak_EVENT *ev)
{
    Synth *sy = ev ? ev->user_data : NULL;
    if (!sy)
        return 0;
    if (wav && n > 0) {
        if (!grow_pcm(sy->out, (size_t)n)) {
            sy->oom = true;
            return 1;
        }
        memcpy(sy->out->pcm + sy->out->nsamples, wav, (size_t)n * sizeof *wav);
        sy->out->nsamples += (size_t)n;
    }
    for (; ev->type != espeakEVENT_LIST_TERMINATED; ev++) {
        if (ev->type != espeakEVENT_WORD || ev->text_position < 1)
            continue;
        size_t c = (size_t)ev->text_position - 1;
        if (c >= sy->in->nchars)
            continue;
        size_t ce = c + (ev->length > 0 ? (size_t)ev->length : 1) - 1;
        if (ce >= sy->in->nchars)
            ce = sy->in->nchars - 1;
        uint32_t off = sy->in->from[c], end = sy->in->to[ce];
        if (end < off)
            end = off;
        if (sy->any && off == sy->last_off)
            continue;
        SpeechAudio *o = sy->out;
        if (o->nevents == o->events_cap) {
            size_t cap = o->events_cap ? o->events_cap * 2 : 64;
            SpeechEvent *e = realloc(o->events, cap * sizeof *e);
            if (!e) {
                sy->oom = true;
                return 1;
            }
            o->events = e;
            o->events_cap = cap;
        }
        o->events[o->nevents++] = (SpeechEvent){sy->base + off, end - off,
                                                sy->first + (uint64_t)ev->audio_position * (uint64_t)sy->s->hz / 1000};
        sy->last_off = off;
        sy->any = true;
    }
    return sy->stop && sy->stop(sy->arg) ? 1 : 0;
}

bool speech_open(const SpeechOptions *opt, Speech **out, AwError *err)
{
    *out = NULL;
    if (engine_open)
        return aw_fail(err, AW_ERR_SPEECH_BUSY);
    Speech *s = calloc(1, sizeof *s);
    if (!s)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    const char *path = opt && opt->data_path ? opt->data_path : getenv("ACCOUNTWIJS_ESPEAK_DATA");
    if (path && !*path)
        path = NULL;
    int hz = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, path, espeakINITIALIZE_DONT_EXIT);
    if (hz <= 0) {
        const char *tried = path;
        if (!tried)
            espeak_Info(&tried);
        free(s);
        return aw_fail_path(err, AW_ERR_SPEECH_NO_DATA, tried ? tried : "", 0);
    }
    const char *voice = opt && opt->voice ? opt->voice : "nl";
    if (espeak_SetVoiceByName(voice) != EE_OK) {
        espeak_Terminate();
        free(s);
        return aw_fail_what(err, AW_ERR_SPEECH_NO_VOICE, voice);
    }
    espeak_SetSynthCallback(on_audio);
    s->hz = hz;
    s->lexicon = opt ? opt->lexicon : NULL;
    engine_open = true;
    *out = s;
    return true;
}

void speech_close(Speech *s)
{
    if (!s)
        return;
    espeak_Terminate();
    engine_open = false;
    free(s);
}

bool speech_synth_stoppable(Speech *s, const char *text, size_t len, uint32_t base, int rate, SpeechAudio *out,
                            bool (*stop)(void *), void *arg, AwError *err)
{
    Input in;
    if (!build_input(s->lexicon, text, len, &in)) {
        input_free(&in);
        return aw_fail(err, AW_ERR_NO_MEMORY);
    }
    if (rate < SPEECH_RATE_MIN)
        rate = SPEECH_RATE_MIN;
    if (rate > SPEECH_RATE_MAX)
        rate = SPEECH_RATE_MAX;
    espeak_SetParameter(espeakRATE, rate, 0);
    Synth sy = {.s = s, .out = out, .first = out->nsamples, .in = &in, .base = base, .stop = stop, .arg = arg};
    unsigned flags = espeakCHARS_UTF8 | espeakENDPAUSE | (in.phonemes ? espeakPHONEMES : 0);
    espeak_ERROR e = espeak_Synth(in.buf, in.len + 1, 0, POS_CHARACTER, 0, flags, NULL, &sy);
    input_free(&in);
    if (sy.oom)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    if (e != EE_OK) {
        aw_fail(err, AW_ERR_SPEECH_SYNTH);
        if (err)
            err->num = e;
        return false;
    }
    return true;
}

static void append(char *out, size_t size, size_t *at, const char *s)
{
    size_t n = strlen(s);
    if (*at && n && *at + 1 < size)
        out[(*at)++] = ' ';
    if (*at + n >= size)
        n = size > *at + 1 ? size - *at - 1 : 0;
    memcpy(out + *at, s, n);
    *at += n;
    out[*at] = '\0';
}

/* espeak's phonemes of plain text (no [[...]]) appended to OUT. */
static void text_phonemes(const char *text, char *out, size_t size, size_t *at)
{
    const void *p = text;
    while (p && *(const char *)p) {
        const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        if (ph && *ph)
            append(out, size, at, ph);
    }
}

bool speech_phonemes(Speech *s, const char *text, bool raw, char *out, size_t size)
{
    if (!size)
        return false;
    out[0] = '\0';
    size_t at = 0;
    if (raw) {
        size_t n = strlen(text);
        if (n >= 4 && strncmp(text, "[[", 2) == 0 && strcmp(text + n - 2, "]]") == 0) {
            char buf[256];
            snprintf(buf, sizeof buf, "%.*s", (int)(n - 4), text + 2);
            append(out, size, &at, buf);
        } else {
            text_phonemes(text, out, size, &at);
        }
        return true;
    }
    Input in;
    if (!build_input(s->lexicon, text, strlen(text), &in)) {
        input_free(&in);
        return false;
    }
    /* Plain stretches through espeak, [[phonemes]] as they are. */
    char *p = in.buf;
    while (*p) {
        char *open = strstr(p, "[[");
        char *close = open ? strstr(open + 2, "]]") : NULL;
        if (!close) {
            text_phonemes(p, out, size, &at);
            break;
        }
        *open = '\0';
        text_phonemes(p, out, size, &at);
        *close = '\0';
        append(out, size, &at, open + 2);
        p = close + 2;
    }
    input_free(&in);
    return true;
}

#endif

bool speech_synth(Speech *s, const char *text, size_t len, uint32_t base, int rate, SpeechAudio *out, AwError *err)
{
    return speech_synth_stoppable(s, text, len, base, rate, out, NULL, NULL, err);
}
