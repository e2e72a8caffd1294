/* speak.c - `accountwijs speak`: what the read-aloud would say, as a WAV
 * file (for the tests, and for a student who wants to listen offline),
 * and `bench speak`: how soon the first sound comes and how fast synthesis
 * runs. The text is a section of the course (the script the reader's
 * "Lees voor" speaks) or text given on the command line; the course's
 * pronunciation list (content/uitspraak.json) is applied to both. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "lexicon.h"
#include "os.h"
#include "speech.h"
#include "speech_labels.h"
#include "speech_text.h"

static const char *const WHO = "accountwijs speak";

/* The course's pronunciation list; NULL without a file there (true) or
 * with a broken one (false, after its messages). */
static bool load_lexicon(const char *content, Lexicon **out)
{
    *out = NULL;
    char path[LEXICON_PATH_SIZE];
    if (!lexicon_default_path(content, path, sizeof path))
        return true;
    OsStat st;
    if (!os_stat(path, &st))
        return true;
    Diag d;
    diag_init(&d);
    *out = lexicon_load(path, &d);
    if (!*out) {
        cli_say(WHO, STR_CLI_SPEAK_LEXICON_BAD, path);
        char text[2048];
        for (size_t i = 0; i < d.count && i < 10; i++)
            fprintf(stderr, "  %s\n", cli_diag(&d.messages[i], text, sizeof text));
    }
    diag_free(&d);
    return *out != NULL;
}

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *p, unsigned long v)
{
    put16(p, (unsigned)(v & 0xffff));
    put16(p + 2, (unsigned)(v >> 16));
}

/* PCM as a RIFF WAVE file: 16-bit little-endian mono at HZ. */
static bool write_wav(const char *path, const int16_t *pcm, size_t n, int hz)
{
    size_t bytes = n * 2;
    unsigned char *buf = malloc(44 + bytes);
    if (!buf) {
        errno = ENOMEM;
        return false;
    }
    memcpy(buf, "RIFF", 4);
    put32(buf + 4, (unsigned long)(36 + bytes));
    memcpy(buf + 8, "WAVEfmt ", 8);
    put32(buf + 16, 16);
    put16(buf + 20, 1); /* PCM */
    put16(buf + 22, 1); /* mono */
    put32(buf + 24, (unsigned long)hz);
    put32(buf + 28, (unsigned long)hz * 2);
    put16(buf + 32, 2);
    put16(buf + 34, 16);
    memcpy(buf + 36, "data", 4);
    put32(buf + 40, (unsigned long)bytes);
    for (size_t i = 0; i < n; i++)
        put16(buf + 44 + 2 * i, (unsigned)(uint16_t)pcm[i]);
    bool ok = os_replace_file(path, buf, 44 + bytes);
    free(buf);
    return ok;
}

/* Reads "--name VALUE" or "--name=VALUE" at argv[*i]; NULL when it is
 * another argument, and *MISSING when the value is missing. */
static const char *value(int argc, char **argv, int *i, const char *name, bool *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    return argv[++*i];
}

static bool parse_rate(const char *s, int *rate)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < SPEECH_RATE_MIN || v > SPEECH_RATE_MAX) {
        cli_say(WHO, STR_CLI_SPEAK_RATE, s, SPEECH_RATE_MIN, SPEECH_RATE_MAX);
        return false;
    }
    *rate = (int)v;
    return true;
}

/* Opens the engine with the course's list; says why not. */
static Speech *open_engine(const Lexicon *lx)
{
    Speech *sp;
    AwError err = {0};
    SpeechOptions opt = {.lexicon = lx};
    if (!speech_open(&opt, &sp, &err)) {
        char why[1024];
        cli_error(&err, why, sizeof why);
        if (err.code == AW_ERR_SPEECH_MISSING)
            fprintf(stderr, "%s: %s\n", WHO, why); /* "voorlezen ontbreekt in deze versie ..." */
        else
            cli_say(WHO, STR_CLI_SPEAK_CANNOT, why);
        return NULL;
    }
    return sp;
}

/* The script of section ID in the course at CONTENT. */
static bool section_script(const char *content, const char *id, SpeechScript *out, Course **course)
{
    Diag d;
    diag_init(&d);
    *course = course_load(content, &d);
    if (!*course) {
        cli_say(WHO, STR_CLI_SPEAK_COURSE_BAD, content);
        char text[2048];
        for (size_t i = 0; i < d.count && i < 10; i++)
            fprintf(stderr, "  %s\n", cli_diag(&d.messages[i], text, sizeof text));
        diag_free(&d);
        return false;
    }
    diag_free(&d);
    const Section *s = course_section(*course, id);
    if (!s) {
        cli_say(WHO, STR_CLI_SPEAK_NO_SECTION, id);
        return false;
    }
    SpeechLabels lb = speech_labels();
    if (!speech_text_section(s, &lb, out)) {
        cli_say(WHO, STR_CLI_NO_MEMORY);
        return false;
    }
    return true;
}

int cli_speak(int argc, char **argv)
{
    const char *text = NULL, *section = NULL, *wav = NULL, *content = NULL;
    int rate = SPEECH_RATE_DEFAULT;
    bool events = false;
    for (int i = 1; i < argc; i++) {
        bool missing = false;
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(cli_str(STR_CLI_SPEAK_USAGE), stdout);
            return 0;
        } else if (strcmp(argv[i], "--events") == 0) {
            events = true;
        } else if ((v = value(argc, argv, &i, "--text", &missing))) {
            text = v;
        } else if ((v = value(argc, argv, &i, "--section", &missing))) {
            section = v;
        } else if ((v = value(argc, argv, &i, "--wav", &missing))) {
            wav = v;
        } else if ((v = value(argc, argv, &i, "--content", &missing))) {
            content = v;
        } else if ((v = value(argc, argv, &i, "--rate", &missing))) {
            if (!parse_rate(v, &rate))
                return 2;
        } else if (missing) {
            cli_say(WHO, STR_CLI_NEEDS_VALUE, argv[i]);
            return 2;
        } else {
            cli_say(WHO, STR_CLI_UNKNOWN_OPTION, argv[i]);
            fputs(cli_str(STR_CLI_SPEAK_USAGE), stderr);
            return 2;
        }
    }
    if (!text == !section) {
        cli_say(WHO, STR_CLI_SPEAK_WHAT);
        fputs(cli_str(STR_CLI_SPEAK_USAGE), stderr);
        return 2;
    }
    if (!wav) {
        cli_say(WHO, STR_CLI_SPEAK_NO_WAV);
        return 2;
    }
    /* --text needs no course: without one it is said without the list. */
    char builtin[4096];
    if (!content && cli_default_content(builtin, sizeof builtin))
        content = builtin;
    if (!content && section) {
        cli_say(WHO, STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }

    int status = 1;
    Course *course = NULL;
    Lexicon *lx = NULL;
    Speech *sp = NULL;
    SpeechScript sc = {0};
    SpeechAudio a = {0};
    if (section ? !section_script(content, section, &sc, &course) : !speech_text_plain(text, &sc)) {
        if (!section)
            cli_say(WHO, STR_CLI_NO_MEMORY);
        goto done;
    }
    if (sc.nwords == 0) {
        cli_say(WHO, STR_CLI_SPEAK_NOTHING);
        goto done;
    }
    if ((content && !load_lexicon(content, &lx)) || !(sp = open_engine(lx)))
        goto done;
    AwError err = {0};
    for (size_t i = 0; i < sc.nsegments; i++) {
        const SpeechSegment *g = &sc.segments[i];
        if (!speech_synth(sp, sc.text + g->off, g->len, g->off, rate, &a, &err) ||
            !speech_silence(sp, g->pause_ms, &a)) {
            char why[1024];
            if (err.code == AW_OK)
                aw_fail(&err, AW_ERR_NO_MEMORY);
            cli_say(WHO, STR_CLI_SPEAK_CANNOT, cli_error(&err, why, sizeof why));
            goto done;
        }
    }
    if (!write_wav(wav, a.pcm, a.nsamples, speech_sample_rate(sp))) {
        char why[1024];
        aw_fail_path(&err, AW_ERR_WRITE, wav, errno);
        cli_say(WHO, STR_CLI_SPEAK_WRITE, cli_error(&err, why, sizeof why));
        goto done;
    }
    if (events) {
        /* One line a word: its start in ms, its place in the script text
         * (for --text: in TEXT), and the word. */
        int hz = speech_sample_rate(sp);
        size_t prev = sc.nwords;
        for (size_t i = 0; i < a.nevents; i++) {
            const SpeechEvent *e = &a.events[i];
            size_t w = speech_script_word_at(&sc, e->off);
            if (w >= sc.nwords || w == prev)
                continue; /* a word said in pieces (a compound of the list) */
            prev = w;
            const SpeechWord *sw = &sc.words[w];
            size_t off = section ? sw->off : sw->src_off, len = section ? sw->len : sw->src_len;
            printf("%llu %zu %zu %.*s\n", (unsigned long long)(e->sample * 1000 / (uint64_t)hz), off, len, (int)sw->len,
                   sc.text + sw->off);
        }
    }
    status = 0;
done:
    speech_audio_free(&a);
    speech_close(sp);
    lexicon_free(lx);
    speech_script_free(&sc);
    course_free(course);
    return status;
}

/* ---- bench speak -------------------------------------------------------- */

int cli_bench_speak(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char content[4096];
    if (!cli_default_content(content, sizeof content)) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    enum { RUNS = 7 };
    int status = 1;
    Course *course = NULL;
    Lexicon *lx = NULL;
    SpeechWorker *w = NULL;
    SpeechScript sc = {0};
    Diag d;
    diag_init(&d);
    course = course_load(content, &d);
    diag_free(&d);
    if (!course) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    /* A course paragraph: the first one of the chapter's second section
     * (several sentences, loanwords included). */
    const Section *s = course->nsections > 1 ? &course->sections[1] : &course->sections[0];
    size_t bi = 0;
    while (bi < s->nblocks && s->blocks[bi].kind != BLOCK_PARAGRAPH)
        bi++;
    SpeechLabels lb = speech_labels();
    if (!speech_text_blocks(s, bi, 1, &lb, &sc) || sc.nwords == 0)
        goto done;
    /* The first click in the window also opens all this (without the
     * sound device), so it is timed too. */
    double t_open = benchutil_now_ms();
    if (!load_lexicon(content, &lx))
        goto done;
    Speech *sp = open_engine(lx);
    if (!sp)
        goto done;
    AwError err = {0};
    w = speech_worker_start(sp, &err);
    if (!w) {
        char why[1024];
        cli_say("bench", STR_CLI_SPEAK_CANNOT, cli_error(&err, why, sizeof why));
        goto done;
    }
    int hz = speech_worker_sample_rate(w);
    double open_ms = benchutil_now_ms() - t_open;
    double first[RUNS], factor[RUNS];
    for (int r = 0; r < RUNS; r++) {
        double t0 = benchutil_now_ms();
        speech_worker_say(w, &sc, 0, SPEECH_RATE_DEFAULT);
        SpeechChunk c;
        bool got = speech_worker_wait(w, &c, 10000);
        first[r] = benchutil_now_ms() - t0;
        uint64_t samples = 0;
        while (got) {
            samples += c.nsamples;
            bool last = c.last || c.failed;
            speech_chunk_free(&c);
            if (last)
                break;
            got = speech_worker_wait(w, &c, 10000);
        }
        double total = benchutil_now_ms() - t0;
        factor[r] = samples ? total / (1000.0 * (double)samples / hz) : 0;
    }
    printf("speak_first_audio_ms %.1f ms\n", benchutil_median(first, RUNS));
    printf("speak_first_click_ms %.1f ms\n", open_ms + first[0]);
    printf("speak_realtime_factor %.3f\n", benchutil_median(factor, RUNS));
    status = 0;
done:
    speech_worker_stop(w);
    lexicon_free(lx);
    speech_script_free(&sc);
    course_free(course);
    return status;
}
