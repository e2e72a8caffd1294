/* test_speech.c - the read-aloud engine (src/speech): espeak-ng's Dutch
 * voice, its word events mapped back to the text, the pronunciation list
 * applied, and the worker thread's queue. Needs espeak-ng's data (the
 * Debian package espeak-ng-data, a dependency of libespeak-ng1): without
 * it, or in a build without espeak-ng (AW_NO_SPEECH), the program skips
 * (exit 77) and says why. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "course.h"
#include "lexicon.h"
#include "os.h"
#include "speech.h"
#include "speech_text.h"

static Speech *sp;
static Lexicon *lx;

static double rms(const int16_t *pcm, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (double)pcm[i] * pcm[i];
    return n ? sqrt(sum / (double)n) : 0;
}

static void a_fixed_sentence_gives_a_word_event_at_each_words_bytes_in_order(void **state)
{
    (void)state;
    /* "één" is 5 bytes: the events count bytes of the text, not characters;
     * "accountmanager" is said as the list's two words, each reported at
     * its own bytes. */
    const char *text = "De accountmanager belt één klant over de offerte.";
    SpeechAudio a = {0};
    AwError err = {0};
    assert_true(speech_synth(sp, text, strlen(text), 0, SPEECH_RATE_DEFAULT, &a, &err));
    static const uint32_t offs[] = {0, 3, 10, 18, 23, 29, 35, 40, 43};
    static const uint32_t lens[] = {2, 7, 7, 4, 5, 5, 4, 2, 7};
    assert_int_equal(a.nevents, 9);
    for (size_t i = 0; i < 9; i++) {
        assert_int_equal(a.events[i].off, offs[i]);
        assert_int_equal(a.events[i].len, lens[i]);
        if (i)
            assert_true(a.events[i].sample > a.events[i - 1].sample);
        assert_true(a.events[i].sample < a.nsamples);
    }
    speech_audio_free(&a);
}

static void the_audio_is_speech_not_silence_and_about_as_long_as_the_words_at_the_rate(void **state)
{
    (void)state;
    const char *text = "Een accountmanager onderhoudt de relatie met een paar belangrijke klanten en kent hun wensen.";
    int hz = speech_sample_rate(sp);
    assert_int_equal(hz, 22050);
    for (int rate = 120; rate <= 240; rate += 120) {
        SpeechAudio a = {0};
        AwError err = {0};
        assert_true(speech_synth(sp, text, strlen(text), 0, rate, &a, &err));
        double seconds = (double)a.nsamples / hz;
        double expected = 15.0 * 60.0 / rate; /* 15 words */
        printf("# rate %d: %.2f s (%.2f s expected), rms %.0f\n", rate, seconds, expected, rms(a.pcm, a.nsamples));
        assert_true(seconds > expected * 0.6 && seconds < expected * 1.6);
        assert_true(rms(a.pcm, a.nsamples) > 500);
        speech_audio_free(&a);
    }
    /* Silence is silence, and as long as asked. */
    SpeechAudio s = {0};
    assert_true(speech_silence(sp, 500, &s));
    assert_int_equal(s.nsamples, (size_t)hz / 2);
    assert_true(rms(s.pcm, s.nsamples) == 0);
    speech_audio_free(&s);
}

/* Phonemes without the pauses and stress marks of a word's edges, so that
 * a word alone and the same word in a sentence compare equal. */
static void normalize(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p == '_' && (p[1] == '!' || p[1] == '|' || p[1] == ':' || p[1] == '^')) {
            p++;
            continue;
        }
        if (*p == '_' || *p == ' ' || *p == ',' || *p == '\'')
            continue;
        *o++ = *p;
    }
    *o = '\0';
}

static const char *phon(const char *text, bool raw)
{
    static char buf[4][1024];
    static unsigned k;
    char *b = buf[k++ % 4];
    assert_true(speech_phonemes(sp, text, raw, b, sizeof buf[0]));
    normalize(b);
    return b;
}

static void accountmanager_is_said_as_the_list_says(void **state)
{
    (void)state;
    char want[2048];
    snprintf(want, sizeof want, "%s%s", phon("uk-kaunt", true), phon("mennidzjer", true));
    assert_string_equal(phon("accountmanager", false), want);
    assert_string_equal(phon("Accountmanagers", false), phon("uk-kaunt mennidzjers", true));
    /* The Dutch voice alone says it otherwise ("ma-na-ger" with a Dutch g). */
    assert_string_not_equal(phon("accountmanager", true), want);
    /* A verb's ending stays on the word (not "meel tee"). */
    assert_string_equal(phon("mailt", false), phon("meelt", true));
    assert_string_equal(phon("mailen", false), phon("meelen", true));
}

/* Calls FN for each text a student sees in course C. */
static void each_text(const Course *c, void (*fn)(const char *text, void *arg), void *arg)
{
    for (size_t i = 0; i < c->nsections; i++) {
        const Section *s = &c->sections[i];
        fn(s->title, arg);
        for (size_t b = 0; b < s->nblocks; b++) {
            const Block *bl = &s->blocks[b];
            const char *one[] = {bl->title, bl->term, bl->text};
            for (size_t k = 0; k < 3; k++)
                if (one[k])
                    fn(one[k], arg);
            for (size_t k = 0; k < bl->nitems; k++)
                fn(bl->items[k], arg);
            for (size_t k = 0; bl->cells && k < bl->nrows * bl->ncols; k++)
                fn(bl->cells[k], arg);
        }
    }
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        fn(q->prompt, arg);
        for (size_t k = 0; k < q->noptions; k++)
            if (q->options[k].text)
                fn(q->options[k].text, arg);
    }
    for (size_t i = 0; i < c->nscenarios; i++)
        for (size_t n = 0; n < c->scenarios[i].nnodes; n++)
            fn(c->scenarios[i].nodes[n].text, arg);
}

typedef struct {
    size_t checked;
    bool *seen; /* per entry */
} Used;

static bool word_byte(unsigned char ch)
{
    return ch >= 0x80 || ch == '\'' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Every match of the list in TEXT: the phonemes of the whole word that
 * holds it, said in a sentence, contain the phonemes of the entry's say. */
static void check_text(const char *text, void *arg)
{
    Used *u = arg;
    LexiconMatch m[64];
    size_t n = lexicon_find(lx, text, strlen(text), m, 64);
    for (size_t i = 0; i < n && i < 64; i++) {
        if (u->seen[m[i].entry])
            continue;
        u->seen[m[i].entry] = true;
        size_t s = m[i].off, e = m[i].off + m[i].len;
        while (s > 0 && (word_byte((unsigned char)text[s - 1]) || text[s - 1] == '-'))
            s--;
        while (text[e] && (word_byte((unsigned char)text[e]) || text[e] == '-'))
            e++;
        char sentence[256];
        snprintf(sentence, sizeof sentence, "Zo zeg je: %.*s, vandaag.", (int)(e - s), text + s);
        const LexiconEntry *en = lexicon_entry(lx, m[i].entry);
        const char *said = phon(sentence, false);
        const char *listed = phon(en->say, true);
        if (!strstr(said, listed))
            fail_msg("%s: \"%s\" is said [%s], without the listed [%s] of %s", en->path, sentence, said, listed,
                     en->word);
        u->checked++;
    }
}

static void every_entry_the_course_uses_is_said_as_listed(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    diag_free(&d);
    assert_non_null(c);
    Used u = {0, calloc(lexicon_count(lx) + 1, sizeof(bool))};
    assert_non_null(u.seen);
    each_text(c, check_text, &u);
    printf("# %zu of %zu entries used by the course, each said as listed\n", u.checked, lexicon_count(lx));
    assert_true(u.checked >= 40);
    free(u.seen);
    course_free(c);
}

static void a_second_engine_is_refused_while_one_is_open(void **state)
{
    (void)state;
    Speech *two = NULL;
    AwError err = {0};
    assert_false(speech_open(NULL, &two, &err));
    assert_int_equal(err.code, AW_ERR_SPEECH_BUSY);
    assert_null(two);
}

/* ---- the worker --------------------------------------------------------- */

static SpeechWorker *worker;

/* All chunks of the current request until its last (5 s at most each). */
static size_t drain(uint32_t id, SpeechChunkWord *words, size_t max, uint64_t *samples)
{
    size_t n = 0;
    *samples = 0;
    SpeechChunk c;
    while (speech_worker_wait(worker, &c, 5000)) {
        assert_int_equal(c.request, id);
        assert_false(c.failed);
        assert_int_equal(c.first_sample, *samples);
        *samples += c.nsamples;
        for (size_t i = 0; i < c.nwords && n < max; i++)
            words[n++] = c.words[i];
        bool last = c.last;
        speech_chunk_free(&c);
        if (last)
            return n;
    }
    fail_msg("no last chunk");
    return n;
}

static void the_worker_speaks_a_script_segment_by_segment_with_every_word_in_order(void **state)
{
    (void)state;
    SpeechScript sc;
    assert_true(speech_text_plain("De klant belt. Het keyaccountteam luistert. Daarna volgt een offerte.", &sc));
    assert_int_equal(sc.nsegments, 3);
    uint32_t id = speech_worker_say(worker, &sc, 0, 200);
    assert_true(id > 0);
    SpeechChunkWord w[32];
    uint64_t samples;
    size_t n = drain(id, w, 32, &samples);
    assert_int_equal(n, sc.nwords);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(w[i].word, i);
        if (i)
            assert_true(w[i].sample > w[i - 1].sample);
    }
    assert_true(samples > w[n - 1].sample);
    /* From a word on: the stream starts with that word. */
    id = speech_worker_say(worker, &sc, 4, 200);
    n = drain(id, w, 32, &samples);
    assert_int_equal(n, sc.nwords - 4);
    assert_int_equal(w[0].word, 4);
    assert_true(w[0].sample < 22050 / 2);
    speech_script_free(&sc);
}

static void a_cancel_or_a_new_request_drops_what_was_pending(void **state)
{
    (void)state;
    SpeechScript sc;
    char text[4096] = "";
    for (int i = 0; i < 40; i++)
        strcat(text, "De accountmanager bezoekt zijn klant en bespreekt het accountplan. ");
    assert_true(speech_text_plain(text, &sc));
    uint32_t first = speech_worker_say(worker, &sc, 0, 160);
    SpeechChunk c;
    assert_true(speech_worker_wait(worker, &c, 5000));
    assert_int_equal(c.request, first);
    speech_chunk_free(&c);
    speech_worker_cancel(worker);
    os_sleep_ms(300);
    assert_false(speech_worker_poll(worker, &c));
    /* A new request: nothing of the one before it comes after it. */
    speech_worker_say(worker, &sc, 0, 160);
    SpeechScript small;
    assert_true(speech_text_plain("Tot ziens.", &small));
    uint32_t last = speech_worker_say(worker, &small, 0, 160);
    SpeechChunkWord w[8];
    uint64_t samples;
    assert_int_equal(drain(last, w, 8, &samples), 2);
    speech_script_free(&small);
    speech_script_free(&sc);
}

static void a_script_with_nothing_to_say_still_ends(void **state)
{
    (void)state;
    SpeechScript sc;
    assert_true(speech_text_plain("", &sc));
    uint32_t id = speech_worker_say(worker, &sc, 0, 160);
    SpeechChunkWord w[1];
    uint64_t samples;
    assert_int_equal(drain(id, w, 1, &samples), 0);
    assert_int_equal(samples, 0);
    speech_script_free(&sc);
}

static int start_worker(void **state)
{
    (void)state;
    AwError err = {0};
    worker = speech_worker_start(sp, &err); /* owns sp now */
    sp = NULL;
    return worker ? 0 : -1;
}

static int stop_worker(void **state)
{
    (void)state;
    speech_worker_stop(worker);
    return 0;
}

int main(void)
{
#ifdef AW_NO_SPEECH
    Speech *none;
    AwError e = {0};
    if (!speech_open(NULL, &none, &e) && e.code == AW_ERR_SPEECH_MISSING)
        printf("skipped: this build has no espeak-ng (AW_NO_SPEECH), and speech_open says so\n");
    return 77;
#endif
    char path[LEXICON_PATH_SIZE];
    Diag d;
    diag_init(&d);
    if (!lexicon_default_path(AW_CONTENT_DIR, path, sizeof path) || !(lx = lexicon_load(path, &d))) {
        fprintf(stderr, "the pronunciation list %s does not load\n", path);
        return 1;
    }
    diag_free(&d);
    AwError err = {0};
    SpeechOptions opt = {.lexicon = lx};
    if (!speech_open(&opt, &sp, &err)) {
        printf("skipped: espeak-ng cannot speak Dutch here (%s %s%s): install espeak-ng-data\n",
               aw_error_name(err.code), err.path, err.what);
        lexicon_free(lx);
        return 77;
    }
    const struct CMUnitTest engine[] = {
        cmocka_unit_test(a_fixed_sentence_gives_a_word_event_at_each_words_bytes_in_order),
        cmocka_unit_test(the_audio_is_speech_not_silence_and_about_as_long_as_the_words_at_the_rate),
        cmocka_unit_test(accountmanager_is_said_as_the_list_says),
        cmocka_unit_test(every_entry_the_course_uses_is_said_as_listed),
        cmocka_unit_test(a_second_engine_is_refused_while_one_is_open),
    };
    const struct CMUnitTest work[] = {
        cmocka_unit_test(the_worker_speaks_a_script_segment_by_segment_with_every_word_in_order),
        cmocka_unit_test(a_cancel_or_a_new_request_drops_what_was_pending),
        cmocka_unit_test(a_script_with_nothing_to_say_still_ends),
    };
    int failed = cmocka_run_group_tests_name("engine", engine, NULL, NULL);
    failed += cmocka_run_group_tests_name("worker", work, start_worker, stop_worker);
    speech_close(sp);
    lexicon_free(lx);
    return failed ? 1 : 0;
}
