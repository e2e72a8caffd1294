/* speech_worker.c - the thread that owns espeak-ng and feeds the frame loop.
 *
 * One mutex guards the request slot and the chunk queue; one condition
 * variable wakes the thread (a new request, a cancel, room in the queue,
 * stop) and a waiting reader (a new chunk). A request carries a rising
 * id: the thread checks, between segments and from espeak's callback,
 * that its id is still the one wanted, and drops its work when not. So a
 * cancel never waits for synthesis, and no chunk of an old request reaches
 * the queue after a newer request was made. The queue holds at most
 * QUEUE_SECONDS of audio ahead: a long section is synthesized as it is
 * played, not all at once. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"
#include "speech.h"
#include "speech_internal.h"

enum { QUEUE_SECONDS = 20 };

struct SpeechWorker {
    Speech *sp;
    int hz;
    OsThread *thread;
    OsMutex *mu;
    OsCond *cv;
    bool quit;
    atomic_uint want; /* the request the reader wants now; 0: none */
    uint32_t next_id;
    /* the request waiting for the thread */
    bool pending;
    SpeechScript script;
    size_t start_word;
    int rate;
    /* the queue, a ring of chunks */
    SpeechChunk *q;
    size_t head, count, cap;
    uint64_t queued; /* samples in the queue */
};

static void drop_queue(SpeechWorker *w)
{
    while (w->count) {
        speech_chunk_free(&w->q[w->head]);
        w->head = (w->head + 1) % w->cap;
        w->count--;
    }
    w->queued = 0;
}

/* Under the lock: queues C when its request is still wanted (waiting for
 * room first); frees it otherwise. */
static void push(SpeechWorker *w, SpeechChunk *c)
{
    while (!w->quit && atomic_load(&w->want) == c->request && w->queued > (uint64_t)w->hz * QUEUE_SECONDS)
        os_cond_wait(w->cv, w->mu, -1);
    if (w->quit || atomic_load(&w->want) != c->request) {
        speech_chunk_free(c);
        return;
    }
    if (w->count == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 16;
        SpeechChunk *q = malloc(cap * sizeof *q);
        if (!q) {
            speech_chunk_free(c);
            return;
        }
        for (size_t i = 0; i < w->count; i++)
            q[i] = w->q[(w->head + i) % w->cap];
        free(w->q);
        w->q = q;
        w->head = 0;
        w->cap = cap;
    }
    w->q[(w->head + w->count) % w->cap] = *c;
    w->count++;
    w->queued += c->nsamples;
    os_cond_broadcast(w->cv);
}

typedef struct {
    SpeechWorker *w;
    uint32_t id;
} StopArg;

static bool stopped(void *p)
{
    const StopArg *a = p;
    return atomic_load(&a->w->want) != a->id;
}

/* Synthesizes one request's segments, from the one holding START on. */
static void speak(SpeechWorker *w, const SpeechScript *sc, size_t start, int rate, uint32_t id)
{
    StopArg stop = {w, id};
    uint64_t stream = 0;
    bool sent_last = false;
    size_t si = 0;
    while (si < sc->nsegments && sc->segments[si].first_word + sc->segments[si].nwords <= start)
        si++;
    for (; si < sc->nsegments && !stopped(&stop); si++) {
        const SpeechSegment *seg = &sc->segments[si];
        size_t off = seg->off;
        if (start > seg->first_word && start < sc->nwords)
            off = sc->words[start].off;
        SpeechAudio a = {0};
        SpeechChunk c = {.request = id, .first_sample = stream};
        if (!speech_synth_stoppable(w->sp, sc->text + off, seg->off + seg->len - off, (uint32_t)off, rate, &a, stopped,
                                    &stop, &c.err) ||
            !speech_silence(w->sp, seg->pause_ms, &a)) {
            if (c.err.code == AW_OK)
                aw_fail(&c.err, AW_ERR_NO_MEMORY);
            speech_audio_free(&a);
            c.failed = c.last = true;
            os_mutex_lock(w->mu);
            push(w, &c);
            os_mutex_unlock(w->mu);
            return;
        }
        c.words = malloc((a.nevents + 1) * sizeof *c.words);
        if (c.words) {
            for (size_t i = 0; i < a.nevents; i++) {
                size_t wi = speech_script_word_at(sc, a.events[i].off);
                if (wi >= sc->nwords || wi < start || (c.nwords && c.words[c.nwords - 1].word == wi))
                    continue;
                c.words[c.nwords++] = (SpeechChunkWord){(uint32_t)wi, stream + a.events[i].sample};
            }
        }
        c.pcm = a.pcm;
        c.nsamples = a.nsamples;
        a.pcm = NULL;
        speech_audio_free(&a);
        stream += c.nsamples;
        c.last = si + 1 == sc->nsegments;
        sent_last = c.last;
        os_mutex_lock(w->mu);
        push(w, &c);
        os_mutex_unlock(w->mu);
    }
    if (!sent_last) {
        /* Nothing to say, or past the end: still one last chunk, so the
         * reader knows this request is over. */
        SpeechChunk c = {.request = id, .first_sample = stream, .last = true};
        os_mutex_lock(w->mu);
        push(w, &c);
        os_mutex_unlock(w->mu);
    }
}

static void run(void *p)
{
    SpeechWorker *w = p;
    os_mutex_lock(w->mu);
    while (!w->quit) {
        if (!w->pending) {
            os_cond_wait(w->cv, w->mu, -1);
            continue;
        }
        SpeechScript sc = w->script;
        memset(&w->script, 0, sizeof w->script);
        size_t start = w->start_word;
        int rate = w->rate;
        uint32_t id = atomic_load(&w->want);
        w->pending = false;
        os_mutex_unlock(w->mu);
        speak(w, &sc, start, rate, id);
        speech_script_free(&sc);
        os_mutex_lock(w->mu);
    }
    os_mutex_unlock(w->mu);
}

SpeechWorker *speech_worker_start(Speech *s, AwError *err)
{
    SpeechWorker *w = calloc(1, sizeof *w);
    if (!w || !(w->mu = os_mutex_new()) || !(w->cv = os_cond_new())) {
        if (w) {
            os_mutex_free(w->mu);
            free(w);
        }
        speech_close(s);
        aw_fail(err, AW_ERR_NO_MEMORY);
        return NULL;
    }
    w->sp = s;
    w->hz = speech_sample_rate(s);
    atomic_init(&w->want, 0);
    if (!os_thread_start(&w->thread, run, w)) {
        aw_fail_path(err, AW_ERR_SPEECH_THREAD, NULL, errno);
        os_cond_free(w->cv);
        os_mutex_free(w->mu);
        free(w);
        speech_close(s);
        return NULL;
    }
    return w;
}

void speech_worker_stop(SpeechWorker *w)
{
    if (!w)
        return;
    os_mutex_lock(w->mu);
    w->quit = true;
    atomic_store(&w->want, 0);
    os_cond_broadcast(w->cv);
    os_mutex_unlock(w->mu);
    os_thread_join(w->thread);
    drop_queue(w);
    free(w->q);
    speech_script_free(&w->script);
    os_cond_free(w->cv);
    os_mutex_free(w->mu);
    speech_close(w->sp);
    free(w);
}

int speech_worker_sample_rate(const SpeechWorker *w)
{
    return w ? w->hz : 0;
}

uint32_t speech_worker_say(SpeechWorker *w, const SpeechScript *script, size_t start_word, int rate)
{
    SpeechScript copy;
    if (!speech_script_copy(script, &copy))
        return 0;
    os_mutex_lock(w->mu);
    speech_script_free(&w->script);
    w->script = copy;
    w->start_word = start_word;
    w->rate = rate;
    w->pending = true;
    if (++w->next_id == 0)
        w->next_id = 1;
    uint32_t id = w->next_id;
    atomic_store(&w->want, id);
    drop_queue(w);
    os_cond_broadcast(w->cv);
    os_mutex_unlock(w->mu);
    return id;
}

void speech_worker_cancel(SpeechWorker *w)
{
    os_mutex_lock(w->mu);
    atomic_store(&w->want, 0);
    w->pending = false;
    speech_script_free(&w->script);
    drop_queue(w);
    os_cond_broadcast(w->cv);
    os_mutex_unlock(w->mu);
}

static bool pop(SpeechWorker *w, SpeechChunk *out)
{
    if (!w->count)
        return false;
    *out = w->q[w->head];
    w->head = (w->head + 1) % w->cap;
    w->count--;
    w->queued -= out->nsamples;
    os_cond_broadcast(w->cv);
    return true;
}

bool speech_worker_poll(SpeechWorker *w, SpeechChunk *out)
{
    os_mutex_lock(w->mu);
    bool got = pop(w, out);
    os_mutex_unlock(w->mu);
    return got;
}

bool speech_worker_wait(SpeechWorker *w, SpeechChunk *out, unsigned timeout_ms)
{
    double end = os_mono_ms() + timeout_ms;
    os_mutex_lock(w->mu);
    bool got;
    while (!(got = pop(w, out))) {
        double left = end - os_mono_ms();
        if (left <= 0)
            break;
        os_cond_wait(w->cv, w->mu, (long)left + 1);
    }
    os_mutex_unlock(w->mu);
    return got;
}

void speech_chunk_free(SpeechChunk *c)
{
    if (!c)
        return;
    free(c->pcm);
    free(c->words);
    memset(c, 0, sizeof *c);
}
