/* progress.c - see progress.h.
 *
 * Durability rests on three habits. An answer is one line, sent with one
 * write() on an O_APPEND descriptor and fsync()ed before we say yes, so a
 * crash leaves at worst a torn last line, never a torn middle. A failed
 * write is undone by truncating back to the length we knew, so the file is
 * byte for byte what it was. And nothing is ever deleted: a torn tail is
 * copied to LOG.torn before it is cut, an unreadable log is renamed aside
 * (link + unlink, which cannot replace another file) before a new one is
 * started, and a new log is created complete (header written to LOG.new,
 * synced, then linked into place), so a log without its header can only
 * come from outside.
 *
 * Loading reads the file in one go and scans it with jsonl.c; item ids are
 * interned in a small hash table so that mastery can work with numbers.
 * The flock makes a second window on the same profile fail at open, rather
 * than interleave or truncate under the first. */
#define _DEFAULT_SOURCE /* flock(2) */
#include "progress.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "fsutil.h"
#include "isotime.h"
#include "jsonl.h"
#include "utf8.h"

#define expect(x)                                                                                                      \
    do {                                                                                                               \
        if (!(x)) {                                                                                                    \
            fprintf(stderr, "%s:%d: expect(%s) failed\n", __FILE__, __LINE__, #x);                                     \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

enum { PATH_SIZE = 4096, SCORE_DIGITS = 6 };

static const char LOG_KIND[] = "accountwijs-attempts";

struct ProgressLog {
    char *path;
    int fd;             /* -1 when read-only */
    bool tail_open;     /* the file does not end in '\n' (a torn tail we could not set aside) */
    bool broken;        /* a failed write could not be undone: refuse further writes */
    off_t end;          /* the file's length as we know it */
    uint32_t next_line; /* number of the line the next answer gets */
    ProgressIo io;
    Arena arena; /* item ids, versions, answers */
    Attempt *attempts;
    size_t count, cap;
    const char **items; /* interned item ids */
    size_t nitems, items_cap;
    uint32_t *slots; /* hash of items: index + 1, 0 = empty */
    size_t nslots;
    const char **versions;
    size_t nversions, versions_cap;
    ProgressReport report;
    JsonBuf line; /* reused by progress_record */
};

static const char *const mode_names[ATTEMPT_MODE_COUNT] = {"practice", "exam", "scenario", "review", "other"};

const char *progress_mode_name(AttemptMode mode)
{
    return (unsigned)mode < ATTEMPT_MODE_COUNT ? mode_names[mode] : NULL;
}

static ssize_t real_write(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    return write(fd, buf, n);
}

static int real_fsync(void *ctx, int fd)
{
    (void)ctx;
    return fsync(fd);
}

static int64_t clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- interning ---------------------------------------------------------- */

static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static bool grow_slots(ProgressLog *log)
{
    size_t n = log->nslots ? log->nslots * 2 : 256;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < log->nitems; i++) {
        size_t j = hash(log->items[i], strlen(log->items[i])) & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = (uint32_t)i + 1;
    }
    free(log->slots);
    log->slots = slots;
    log->nslots = n;
    return true;
}

/* The index of item S (N bytes), added when new; UINT32_MAX when out of memory. */
static uint32_t intern_item(ProgressLog *log, const char *s, size_t n)
{
    if (log->nitems * 2 >= log->nslots && !grow_slots(log))
        return UINT32_MAX;
    size_t j = hash(s, n) & (log->nslots - 1);
    for (; log->slots[j]; j = (j + 1) & (log->nslots - 1)) {
        const char *it = log->items[log->slots[j] - 1];
        if (strncmp(it, s, n) == 0 && it[n] == '\0')
            return log->slots[j] - 1;
    }
    if (log->nitems == log->items_cap) {
        size_t cap = log->items_cap ? log->items_cap * 2 : 64;
        const char **items = realloc(log->items, cap * sizeof *items);
        if (!items)
            return UINT32_MAX;
        log->items = items;
        log->items_cap = cap;
    }
    char *copy = arena_strndup(&log->arena, s, n);
    if (!copy)
        return UINT32_MAX;
    log->items[log->nitems] = copy;
    log->slots[j] = (uint32_t)log->nitems + 1;
    return (uint32_t)log->nitems++;
}

/* Content versions are few (one per edition of the course): a list will do. */
static const char *intern_version(ProgressLog *log, const char *s)
{
    for (size_t i = log->nversions; i-- > 0;)
        if (strcmp(log->versions[i], s) == 0)
            return log->versions[i];
    if (log->nversions == log->versions_cap) {
        size_t cap = log->versions_cap ? log->versions_cap * 2 : 4;
        const char **v = realloc(log->versions, cap * sizeof *v);
        if (!v)
            return NULL;
        log->versions = v;
        log->versions_cap = cap;
    }
    char *copy = arena_strdup(&log->arena, s);
    if (copy)
        log->versions[log->nversions++] = copy;
    return copy;
}

static bool reserve_attempt(ProgressLog *log)
{
    if (log->count < log->cap)
        return true;
    size_t cap = log->cap ? log->cap * 2 : 256;
    Attempt *a = realloc(log->attempts, cap * sizeof *a);
    if (!a)
        return false;
    log->attempts = a;
    log->cap = cap;
    return true;
}

/* ---- reading lines ------------------------------------------------------ */

static bool text_ok(const char *s, size_t max)
{
    size_t n = strlen(s), bad;
    if (n > max || !utf8_valid(s, n, &bad))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
            return false;
    return true;
}

/* Parses one attempt line; appends it and returns true when it is sound. */
static bool parse_line(ProgressLog *log, const char *s, size_t n, uint32_t lineno)
{
    JsonlField f[JSONL_MAX_FIELDS];
    int nf = jsonl_object(s, n, f, JSONL_MAX_FIELDS);
    if (nf < 0)
        return false;
    char when[40], item[PROGRESS_ITEM_MAX + 1], version[PROGRESS_VERSION_MAX + 1], mode[32];
    Attempt a = {0};
    const JsonlField *answer = jsonl_field(f, nf, "answer");
    if (!jsonl_string(jsonl_field(f, nf, "time"), when, sizeof when) ||
        !isotime_parse(when, strlen(when), &a.time_ms) ||
        !jsonl_string(jsonl_field(f, nf, "item"), item, sizeof item) || !*item || !text_ok(item, PROGRESS_ITEM_MAX) ||
        !jsonl_string(jsonl_field(f, nf, "content_version"), version, sizeof version) ||
        !text_ok(version, PROGRESS_VERSION_MAX) || !jsonl_number(jsonl_field(f, nf, "score"), &a.score) ||
        !(a.score >= 0 && a.score <= 1) || !jsonl_int(jsonl_field(f, nf, "ms"), &a.ms) || a.ms < 0 ||
        !jsonl_string(jsonl_field(f, nf, "mode"), mode, sizeof mode))
        return false;
    a.mode = ATTEMPT_OTHER;
    for (int m = 0; m < ATTEMPT_OTHER; m++)
        if (strcmp(mode, mode_names[m]) == 0)
            a.mode = (AttemptMode)m;
    if (!reserve_attempt(log))
        return false;
    a.item_index = intern_item(log, item, strlen(item));
    a.version = intern_version(log, version);
    a.answer = arena_strndup(&log->arena, answer ? answer->raw : "null", answer ? answer->rawlen : 4);
    if (a.item_index == UINT32_MAX || !a.version || !a.answer)
        return false;
    a.item = log->items[a.item_index];
    a.line = lineno;
    log->attempts[log->count++] = a;
    return true;
}

/* 1 for our header, 0 for garbage; a newer format's header gives its number. */
static int64_t header_format(const char *s, size_t n)
{
    JsonlField f[JSONL_MAX_FIELDS];
    int nf = jsonl_object(s, n, f, JSONL_MAX_FIELDS);
    char kind[sizeof LOG_KIND + 1];
    int64_t format;
    if (nf < 0 || !jsonl_string(jsonl_field(f, nf, "kind"), kind, sizeof kind) || strcmp(kind, LOG_KIND) != 0 ||
        !jsonl_int(jsonl_field(f, nf, "format"), &format) || format < 1)
        return 0;
    return format;
}

static void header_text(JsonBuf *b, int64_t now_ms)
{
    char when[ISOTIME_SIZE];
    isotime_format(now_ms, when);
    jsonbuf_puts(b, "{\"kind\":\"");
    jsonbuf_puts(b, LOG_KIND);
    jsonbuf_puts(b, "\",\"format\":");
    jsonbuf_put_int(b, PROGRESS_LOG_FORMAT);
    jsonbuf_puts(b, ",\"created\":");
    jsonbuf_put_string(b, when);
    jsonbuf_puts(b, "}\n");
}

/* ---- opening ------------------------------------------------------------ */

/* Makes a complete new log at PATH unless one appeared meanwhile. */
static bool create_fresh(const char *path, int64_t now_ms, Diag *diag)
{
    char tmp[PATH_SIZE], err[256];
    JsonBuf b = {0};
    header_text(&b, now_ms);
    bool ok = !b.failed && fsutil_path(tmp, sizeof tmp, "%s.new", path) &&
              fsutil_write_atomic(tmp, b.data, b.len, err, sizeof err);
    jsonbuf_free(&b);
    if (!ok) {
        diag_add(diag, DIAG_ERROR, "%s: er kan geen nieuw logboek gemaakt worden: %s", path, err);
        return false;
    }
    if (link(tmp, path) != 0 && errno != EEXIST) {
        struct stat st;
        /* No hard links on this file system: a checked rename instead. */
        if (!(lstat(path, &st) != 0 && errno == ENOENT && rename(tmp, path) == 0)) {
            diag_add(diag, DIAG_ERROR, "%s: er kan geen nieuw logboek gemaakt worden: %s", path, strerror(errno));
            unlink(tmp);
            return false;
        }
    }
    unlink(tmp);
    fsutil_sync_parent(path);
    return true;
}

/* Opens PATH and, for writing, takes its lock and checks that the locked
 * file is still the one at PATH (another program may have moved it aside
 * while we waited). -1 with errno; ENOLCK when it is in use. */
static int open_locked(const char *path, bool read_only)
{
    for (int tries = 0; tries < 5; tries++) {
        int fd = open(path, read_only ? O_RDONLY | O_CLOEXEC : O_RDWR | O_APPEND | O_CLOEXEC);
        if (fd < 0 || read_only)
            return fd;
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int e = errno;
            close(fd);
            errno = e == EWOULDBLOCK ? ENOLCK : e;
            return -1;
        }
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
            return fd;
        close(fd);
    }
    errno = ESTALE;
    return -1;
}

static bool read_all(int fd, char **data, size_t *len)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return false;
    size_t cap = (size_t)st.st_size + 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return false;
    for (;;) {
        if (n == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                return false;
            }
            buf = b;
        }
        ssize_t r = pread(fd, buf + n, cap - n, (off_t)n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            errno = e;
            return false;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *data = buf;
    *len = n;
    return true;
}

/* Copies the torn tail aside and cuts it off; on failure leaves the file. */
static bool keep_torn(ProgressLog *log, const char *tail, size_t n, off_t good_end)
{
    int tfd = open(log->report.torn_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (tfd < 0)
        return false;
    JsonBuf b = {0};
    jsonbuf_put(&b, tail, n);
    if (n == 0 || tail[n - 1] != '\n')
        jsonbuf_put(&b, "\n", 1);
    bool ok = !b.failed;
    for (size_t done = 0; ok && done < b.len;) {
        ssize_t w = write(tfd, b.data + done, b.len - done);
        if (w < 0 && errno == EINTR)
            continue;
        ok = w > 0;
        if (ok)
            done += (size_t)w;
    }
    jsonbuf_free(&b);
    ok = ok && fsync(tfd) == 0;
    ok = close(tfd) == 0 && ok;
    if (ok)
        fsutil_sync_parent(log->report.torn_path);
    return ok && ftruncate(log->fd, good_end) == 0 && fsync(log->fd) == 0;
}

static char *strdup_printf(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s", a, b);
    return s;
}

/* Scans the body after the header (BODY is the offset of its first byte). */
static bool load_body(ProgressLog *log, const char *data, size_t len, size_t body, Diag *diag)
{
    const char *p = data + body, *end = data + len, *torn = NULL;
    uint32_t lineno = 2;
    for (; p < end; p++, lineno++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            torn = p;
            break;
        }
        const char *q = p;
        while (q < nl && (*q == ' ' || *q == '\r' || *q == '\t'))
            q++;
        if (q < nl && !parse_line(log, p, (size_t)(nl - p), lineno)) {
            if (nl + 1 == end) {
                torn = p;
                break;
            }
            if (log->report.skipped_lines++ == 0)
                log->report.first_skipped_line = lineno;
        }
        p = nl;
    }
    log->end = (off_t)len;
    log->next_line = lineno;
    if (log->report.skipped_lines)
        diag_add(diag, DIAG_WARNING,
                 "%s: %zu beschadigde regel(s) in je logboek zijn overgeslagen (de eerste is regel %zu); "
                 "je andere antwoorden zijn geladen.",
                 log->path, log->report.skipped_lines, log->report.first_skipped_line);
    if (!torn)
        return true;
    ProgressReport *r = &log->report;
    r->torn = true;
    r->torn_bytes = (size_t)(end - torn);
    r->torn_path = strdup_printf(log->path, ".torn");
    if (!r->torn_path)
        return false;
    if (log->fd < 0) {
        diag_add(diag, DIAG_WARNING, "%s: de laatste regel (%zu bytes) is onvolledig en wordt overgeslagen.", log->path,
                 r->torn_bytes);
        return true;
    }
    if (keep_torn(log, torn, r->torn_bytes, (off_t)(torn - data))) {
        r->torn_kept = true;
        log->end = (off_t)(torn - data);
        diag_add(diag, DIAG_WARNING,
                 "Je laatste antwoord was maar half opgeslagen, waarschijnlijk omdat het programma plotseling stopte. "
                 "Dat halve antwoord is overgeslagen en apart bewaard in %s; al je andere antwoorden zijn er nog.",
                 r->torn_path);
    } else {
        log->tail_open = end[-1] != '\n';
        if (!log->tail_open)
            log->next_line++; /* the damaged line stays and keeps its number */
        diag_add(diag, DIAG_WARNING,
                 "Je laatste antwoord was maar half opgeslagen en is overgeslagen; al je andere antwoorden zijn er "
                 "nog. (Het kon niet apart gezet worden in %s: %s.)",
                 r->torn_path, strerror(errno));
    }
    return true;
}

static void timestamp_suffix(int64_t now_ms, char *out, size_t size)
{
    char iso[ISOTIME_SIZE];
    isotime_format(now_ms, iso);
    /* "2026-03-01T09:15:02.123Z" -> ".corrupt-20260301T091502Z" */
    snprintf(out, size, ".corrupt-%.4s%.2s%.2sT%.2s%.2s%.2sZ", iso, iso + 5, iso + 8, iso + 11, iso + 14, iso + 17);
}

ProgressLog *progress_open(const char *path, const ProgressOptions *opt, Diag *diag)
{
    expect(path && diag);
    ProgressOptions o = opt ? *opt : (ProgressOptions){0};
    int64_t now = o.now_ms ? o.now_ms : clock_ms();
    ProgressLog *log = calloc(1, sizeof *log);
    if (!log || !(log->path = strdup(path))) {
        diag_add(diag, DIAG_ERROR, "%s: niet genoeg geheugen", path);
        free(log);
        return NULL;
    }
    log->fd = -1;
    log->next_line = 2;
    log->io.write = o.io && o.io->write ? o.io->write : real_write;
    log->io.fsync = o.io && o.io->fsync ? o.io->fsync : real_fsync;
    log->io.ctx = o.io ? o.io->ctx : NULL;
    char *data = NULL;
    size_t len = 0;

    for (int pass = 0;; pass++) {
        if (pass == 4) {
            diag_add(diag, DIAG_ERROR, "%s: het logboek blijft veranderen tijdens het openen", path);
            goto fail;
        }
        int fd = open_locked(path, o.read_only);
        if (fd < 0 && errno == ENOENT) {
            if (o.read_only)
                return log; /* a profile without answers yet */
            if (!create_fresh(path, now, diag))
                goto fail;
            log->report.created = true;
            continue;
        }
        if (fd < 0) {
            if (errno == ENOLCK)
                diag_add(diag, DIAG_ERROR,
                         "Dit profiel is al geopend in een ander venster van accountwijs. Sluit "
                         "dat eerst, zodat je antwoorden niet door elkaar raken.");
            else
                diag_add(diag, DIAG_ERROR, "%s: het logboek kan niet geopend worden: %s", path, strerror(errno));
            goto fail;
        }
        log->fd = o.read_only ? -1 : fd;
        if (!read_all(fd, &data, &len)) {
            diag_add(diag, DIAG_ERROR, "%s: het logboek kan niet gelezen worden: %s", path, strerror(errno));
            if (o.read_only)
                close(fd);
            goto fail;
        }
        if (o.read_only)
            close(fd);
        if (len == 0) {
            /* Created empty from outside: give it its header in place. */
            if (o.read_only)
                break;
            JsonBuf b = {0};
            header_text(&b, now);
            bool ok = !b.failed && write(log->fd, b.data, b.len) == (ssize_t)b.len && fsync(log->fd) == 0;
            log->end = (off_t)b.len;
            jsonbuf_free(&b);
            if (!ok) {
                diag_add(diag, DIAG_ERROR, "%s: het logboek kan niet beschreven worden: %s", path, strerror(errno));
                goto fail;
            }
            log->report.created = true;
            break;
        }
        const char *nl = memchr(data, '\n', len);
        int64_t format = nl ? header_format(data, (size_t)(nl - data)) : 0;
        if (format > PROGRESS_LOG_FORMAT) {
            diag_add(diag, DIAG_ERROR,
                     "%s: dit logboek is gemaakt door een nieuwere versie van accountwijs (formaat %lld). Gebruik die "
                     "versie; het bestand is niet veranderd.",
                     path, (long long)format);
            goto fail;
        }
        if (format == PROGRESS_LOG_FORMAT) {
            if (!load_body(log, data, len, (size_t)(nl - data) + 1, diag)) {
                diag_add(diag, DIAG_ERROR, "%s: niet genoeg geheugen", path);
                goto fail;
            }
            break;
        }
        if (o.read_only) {
            diag_add(diag, DIAG_ERROR, "%s: dit is geen leesbaar logboek van accountwijs", path);
            goto fail;
        }
        /* Unreadable: set it aside under a new name and start afresh. */
        char suffix[64], moved[PATH_SIZE];
        timestamp_suffix(now, suffix, sizeof suffix);
        if (!fsutil_move_aside(path, suffix, moved, sizeof moved)) {
            diag_add(diag, DIAG_ERROR, "%s: het logboek is onleesbaar en kan niet opzij gezet worden: %s", path,
                     strerror(errno));
            goto fail;
        }
        close(log->fd);
        log->fd = -1;
        free(data);
        data = NULL;
        free(log->report.moved_path);
        log->report.moved_path = strdup(moved);
        log->report.moved_aside = true;
        diag_add(diag, DIAG_WARNING,
                 "Je voortgangsbestand kon niet gelezen worden. Het is bewaard als %s (er is niets verwijderd) en je "
                 "begint met een nieuw, leeg logboek. Vraag je docent om hulp als je je oude resultaten terug wilt.",
                 moved);
    }
    free(data);
    return log;
fail:
    free(data);
    progress_close(log);
    return NULL;
}

void progress_close(ProgressLog *log)
{
    if (!log)
        return;
    if (log->fd >= 0)
        close(log->fd); /* releases the flock */
    arena_free(&log->arena);
    free(log->attempts);
    free(log->items);
    free(log->slots);
    free(log->versions);
    free(log->report.torn_path);
    free(log->report.moved_path);
    jsonbuf_free(&log->line);
    free(log->path);
    free(log);
}

/* ---- recording ---------------------------------------------------------- */

static bool fail_msg(char *err, size_t errsize, const char *fmt, const char *arg)
{
    snprintf(err, errsize, fmt, arg);
    return false;
}

/* Undoes a failed append: the file goes back to the length it had. */
static void roll_back(ProgressLog *log)
{
    if (ftruncate(log->fd, log->end) != 0)
        log->broken = true;
    else
        fsync(log->fd); /* the real call: the hook may be what failed */
}

static bool write_failed(ProgressLog *log, int e, char *err, size_t errsize)
{
    roll_back(log);
    if (e == ENOSPC || e == EDQUOT)
        snprintf(err, errsize,
                 "De schijf is vol: je antwoord is niet bewaard. Je eerdere antwoorden zijn veilig. "
                 "Maak ruimte vrij of vraag je docent om hulp.");
    else
        snprintf(err, errsize,
                 "Je antwoord kon niet bewaard worden (schrijffout: %s). Je eerdere antwoorden zijn "
                 "veilig.",
                 strerror(e));
    return false;
}

bool progress_record(ProgressLog *log, const Attempt *a, char *err, size_t errsize)
{
    expect(log && a && err);
    if (log->fd < 0)
        return fail_msg(err, errsize, "%s", "Dit logboek is alleen geopend om te lezen.");
    if (log->broken)
        return fail_msg(
            err, errsize, "%s",
            "Na een schrijffout kan dit logboek niet veilig worden aangevuld. Start het programma opnieuw.");
    if (!a->item || !*a->item || !text_ok(a->item, PROGRESS_ITEM_MAX))
        return fail_msg(err, errsize, "Ongeldige vraagcode '%s'.", a->item ? a->item : "(geen)");
    if (!a->version || !text_ok(a->version, PROGRESS_VERSION_MAX))
        return fail_msg(err, errsize, "Ongeldige versie van de lesstof '%s'.", a->version ? a->version : "(geen)");
    if (!(a->score >= 0 && a->score <= 1) || a->ms < 0 || (unsigned)a->mode >= ATTEMPT_OTHER || a->time_ms < 0 ||
        a->time_ms > INT64_C(253402300799999))
        return fail_msg(err, errsize, "%s", "Ongeldige score, duur, tijd of modus.");

    JsonBuf *b = &log->line;
    b->len = 0;
    b->failed = false;
    char when[ISOTIME_SIZE];
    isotime_format(a->time_ms, when);
    if (log->tail_open)
        jsonbuf_put(b, "\n", 1);
    jsonbuf_puts(b, "{\"time\":");
    jsonbuf_put_string(b, when);
    jsonbuf_puts(b, ",\"item\":");
    jsonbuf_put_string(b, a->item);
    jsonbuf_puts(b, ",\"content_version\":");
    jsonbuf_put_string(b, a->version);
    jsonbuf_puts(b, ",\"answer\":");
    size_t ans = b->len;
    const char *answer = a->answer ? a->answer : "null";
    if (!jsonl_compact(b, answer, strlen(answer)))
        return fail_msg(err, errsize, "%s", b->failed ? "Niet genoeg geheugen." : "Het antwoord is geen geldige JSON.");
    size_t anslen = b->len - ans;
    if (anslen > PROGRESS_ANSWER_MAX)
        return fail_msg(err, errsize, "%s", "Het antwoord is te lang om te bewaren.");
    jsonbuf_puts(b, ",\"score\":");
    size_t sc = b->len;
    jsonbuf_put_fixed(b, a->score, SCORE_DIGITS, '.');
    JsonlField score = {"score", 5, JSONL_NUMBER, NULL, b->len - sc};
    jsonbuf_puts(b, ",\"ms\":");
    jsonbuf_put_int(b, a->ms);
    jsonbuf_puts(b, ",\"mode\":");
    jsonbuf_put_string(b, mode_names[a->mode]);
    jsonbuf_puts(b, "}\n");
    if (b->failed)
        return fail_msg(err, errsize, "%s", "Niet genoeg geheugen.");

    /* Everything that can fail in memory happens before the write, so an
     * answer on disk is always also in the loaded list. */
    Attempt rec = *a;
    score.raw = b->data + sc;
    if (!reserve_attempt(log) || (rec.item_index = intern_item(log, a->item, strlen(a->item))) == UINT32_MAX ||
        !(rec.version = intern_version(log, a->version)) ||
        !(rec.answer = arena_strndup(&log->arena, b->data + ans, anslen)) || !jsonl_number(&score, &rec.score))
        return fail_msg(err, errsize, "%s", "Niet genoeg geheugen.");
    rec.item = log->items[rec.item_index];

    ssize_t w;
    int tries = 0;
    do {
        errno = 0;
        w = log->io.write(log->io.ctx, log->fd, b->data, b->len);
    } while (w < 0 && errno == EINTR && ++tries < 8);
    if (w != (ssize_t)b->len)
        return write_failed(log, w < 0 && errno ? errno : ENOSPC, err, errsize);
    if (log->io.fsync(log->io.ctx, log->fd) != 0)
        return write_failed(log, errno ? errno : EIO, err, errsize);

    rec.line = log->next_line + (log->tail_open ? 1 : 0);
    log->next_line = rec.line + 1;
    log->end += (off_t)b->len;
    log->tail_open = false;
    log->attempts[log->count++] = rec;
    return true;
}

/* ---- queries ------------------------------------------------------------ */

size_t progress_count(const ProgressLog *log)
{
    return log->count;
}
const Attempt *progress_attempts(const ProgressLog *log)
{
    return log->attempts;
}
size_t progress_item_count(const ProgressLog *log)
{
    return log->nitems;
}

const char *progress_item_id(const ProgressLog *log, uint32_t item_index)
{
    expect(item_index < log->nitems);
    return log->items[item_index];
}

const ProgressReport *progress_report(const ProgressLog *log)
{
    return &log->report;
}
const char *progress_path(const ProgressLog *log)
{
    return log->path;
}
