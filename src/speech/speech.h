/* speech.h - the read-aloud engine: espeak-ng's Dutch voice through its C
 * library (layer awspeech: links core and os, no SDL).
 *
 * Two levels:
 *  - Speech: synchronous synthesis of one text into 16-bit mono PCM at
 *    speech_sample_rate(), with a word event (where in the text, which
 *    sample) for every word, the pronunciation list (core/lexicon.h)
 *    applied. espeak-ng is one global, thread-unsafe engine: a process has
 *    at most one Speech open, used by one thread at a time.
 *  - SpeechWorker: a thread that owns the Speech, takes requests (a
 *    SpeechScript from core/speech_text.h, the word to start at, the rate),
 *    synthesizes them segment by segment and hands out chunks of audio with
 *    their word events through a queue that the frame loop polls without
 *    blocking. A new request or a cancel drops whatever is still pending.
 *
 * A build without espeak-ng (the Windows build: AW_NO_SPEECH) has the same
 * functions; speech_open then fails with AW_ERR_SPEECH_MISSING ("voorlezen
 * ontbreekt in deze versie"). */
#ifndef ACCOUNTWIJS_SPEECH_H
#define ACCOUNTWIJS_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "lexicon.h"
#include "speech_text.h"

enum {
    SPEECH_RATE_MIN = 80,      /* words a minute */
    SPEECH_RATE_DEFAULT = 160, /* */
    SPEECH_RATE_MAX = 300,     /* */
};

typedef struct Speech Speech;

/* Opening options; zero them for the defaults. */
typedef struct {
    const char *data_path;  /* the folder that holds espeak-ng-data; NULL: the one the
                             * environment variable ACCOUNTWIJS_ESPEAK_DATA names (for
                             * tests), else espeak-ng's own */
    const char *voice;      /* NULL: "nl" */
    const Lexicon *lexicon; /* the pronunciation list, borrowed; NULL: none */
} SpeechOptions;

/* Opens the engine. False with ERR: AW_ERR_SPEECH_MISSING (built without
 * it), AW_ERR_SPEECH_NO_DATA (path: the data folder tried),
 * AW_ERR_SPEECH_NO_VOICE (what: the voice), AW_ERR_SPEECH_BUSY (one is
 * open already), AW_ERR_NO_MEMORY. speech_close releases. */
bool speech_open(const SpeechOptions *opt, Speech **out, AwError *err);
void speech_close(Speech *s);

/* Samples a second of the PCM (espeak-ng's rate, 22050). */
int speech_sample_rate(const Speech *s);

/* A word the engine spoke: bytes [off, off+len) of the text given, from
 * sample SAMPLE of the PCM on. */
typedef struct {
    uint32_t off, len;
    uint64_t sample;
} SpeechEvent;

/* PCM and the word events of one synthesis. Owns both; speech_audio_free. */
typedef struct {
    int16_t *pcm;
    size_t nsamples;
    SpeechEvent *events;
    size_t nevents;
    size_t pcm_cap, events_cap; /* room allocated (the engine's; zero with the rest) */
} SpeechAudio;

/* Synthesizes TEXT[0..LEN) (UTF-8 plain text, no markup; the lexicon turns
 * listed words into their pronunciation) at RATE words a minute (clamped
 * to SPEECH_RATE_MIN..MAX), APPENDING to OUT (zero it first): the new
 * events' samples count from the start of OUT->pcm, their offsets from
 * TEXT plus BASE (so a caller can synthesize pieces of one text). False
 * with AW_ERR_SPEECH_SYNTH or AW_ERR_NO_MEMORY. */
bool speech_synth(Speech *s, const char *text, size_t len, uint32_t base, int rate, SpeechAudio *out, AwError *err);

/* Appends MS milliseconds of silence to OUT. */
bool speech_silence(const Speech *s, unsigned ms, SpeechAudio *out);

void speech_audio_free(SpeechAudio *a);

/* espeak-ng's phonemes (its own mnemonics, as `espeak-ng -x` prints them)
 * for TEXT, as the voice would say it with the lexicon applied (RAW false)
 * or as written (RAW true; TEXT may then be phonemes in [[...]]); written to
 * OUT (at most SIZE-1 bytes, NUL-terminated). For the tests and the check
 * that the pronunciation list is applied. */
bool speech_phonemes(Speech *s, const char *text, bool raw, char *out, size_t size);

/* ---- the worker -------------------------------------------------------- */

typedef struct SpeechWorker SpeechWorker;

/* A word event of a chunk: script word WORD (an index into the request's
 * SpeechScript.words) starts at sample SAMPLE of the request's stream. */
typedef struct {
    uint32_t word;
    uint64_t sample;
} SpeechChunkWord;

/* A piece of a request's audio, in order. PCM[0] is sample FIRST_SAMPLE
 * of the request's stream (which starts at 0 with the start word). LAST
 * marks the request's final chunk (its PCM may be empty); FAILED a chunk
 * that reports an error in ERR instead of audio (and is the last). Owns
 * pcm and words; speech_chunk_free releases. */
typedef struct {
    uint32_t request;
    int16_t *pcm;
    size_t nsamples;
    uint64_t first_sample;
    SpeechChunkWord *words;
    size_t nwords;
    bool last;
    bool failed;
    AwError err;
} SpeechChunk;

/* Starts the worker thread over S, which it owns from now on (do not use
 * S yourself; speech_worker_stop closes it). NULL with ERR when the thread
 * cannot start (S is then closed too). */
SpeechWorker *speech_worker_start(Speech *s, AwError *err);

/* Stops the thread (waits for the current segment to finish), drops what
 * is pending and closes the engine. W may be NULL. */
void speech_worker_stop(SpeechWorker *w);

/* Samples a second of the chunks' PCM. */
int speech_worker_sample_rate(const SpeechWorker *w);

/* Asks for SCRIPT (copied: the caller may free it at once) to be spoken
 * from word START_WORD on at RATE words a minute. Drops every chunk of an
 * earlier request, pending or queued. Returns the request's id (> 0, rising),
 * or 0 when out of memory. Never blocks on synthesis. */
uint32_t speech_worker_say(SpeechWorker *w, const SpeechScript *script, size_t start_word, int rate);

/* Drops every pending request and queued chunk (Esc, stop). */
void speech_worker_cancel(SpeechWorker *w);

/* Takes the oldest queued chunk into OUT without waiting; false when the
 * queue is empty. The worker keeps at most about 20 s of audio queued. */
bool speech_worker_poll(SpeechWorker *w, SpeechChunk *out);

/* Waits up to TIMEOUT_MS for a chunk (tests, the CLI and bench); false
 * when none came. */
bool speech_worker_wait(SpeechWorker *w, SpeechChunk *out, unsigned timeout_ms);

void speech_chunk_free(SpeechChunk *c);

#endif
