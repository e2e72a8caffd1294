/* progress_open.c - opening a log: read it in one go, load every sound
 * line, and deal with damage without ever deleting anything. A torn tail
 * is copied to LOG.torn before it is cut off; an unreadable log is renamed
 * aside (link + unlink, which cannot replace another file) before a new
 * one is started; and a new log is created complete (header written to
 * LOG.new, synced, then linked into place), so a log without its header
 * can only come from outside.
 *
 * The flock makes a second window on the same profile fail at open, rather
 * than interleave or truncate under the first. */
#define _DEFAULT_SOURCE /* flock(2) */
#include "progress_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "isotime.h"

static int64_t clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- reading lines ------------------------------------------------------ */

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
        !jsonl_string(jsonl_field(f, nf, "item"), item, sizeof item) || !*item ||
        !progress_text_ok(item, PROGRESS_ITEM_MAX) ||
        !jsonl_string(jsonl_field(f, nf, "content_version"), version, sizeof version) ||
        !progress_text_ok(version, PROGRESS_VERSION_MAX) || !jsonl_number(jsonl_field(f, nf, "score"), &a.score) ||
        !(a.score >= 0 && a.score <= 1) || !jsonl_int(jsonl_field(f, nf, "ms"), &a.ms) || a.ms < 0 ||
        !jsonl_string(jsonl_field(f, nf, "mode"), mode, sizeof mode))
        return false;
    a.mode = ATTEMPT_OTHER;
    for (int m = 0; m < ATTEMPT_OTHER; m++)
        if (strcmp(mode, progress_mode_names[m]) == 0)
            a.mode = (AttemptMode)m;
    if (!progress_reserve(log))
        return false;
    a.item_index = progress_intern_item(log, item, strlen(item));
    a.version = progress_intern_version(log, version);
    a.answer = arena_strndup(&log->arena, answer ? answer->raw : "null", answer ? answer->rawlen : 4);
    if (a.item_index == UINT32_MAX || !a.version || !a.answer)
        return false;
    /* Optional (progress.h): the display order; absent in older lines. */
    const JsonlField *shown = jsonl_field(f, nf, "shown");
    if (shown && shown->kind != JSONL_NULL && !(a.shown = arena_strndup(&log->arena, shown->raw, shown->rawlen)))
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
    char kind[sizeof PROGRESS_LOG_KIND + 1];
    int64_t format;
    if (nf < 0 || !jsonl_string(jsonl_field(f, nf, "kind"), kind, sizeof kind) ||
        strcmp(kind, PROGRESS_LOG_KIND) != 0 || !jsonl_int(jsonl_field(f, nf, "format"), &format) || format < 1)
        return 0;
    return format;
}

static void header_text(JsonBuf *b, int64_t now_ms)
{
    char when[ISOTIME_SIZE];
    isotime_format(now_ms, when);
    jsonbuf_puts(b, "{\"kind\":\"");
    jsonbuf_puts(b, PROGRESS_LOG_KIND);
    jsonbuf_puts(b, "\",\"format\":");
    jsonbuf_put_int(b, PROGRESS_LOG_FORMAT);
    jsonbuf_puts(b, ",\"created\":");
    jsonbuf_put_string(b, when);
    jsonbuf_puts(b, "}\n");
}

/* ---- opening ------------------------------------------------------------ */

/* Makes a complete new log at PATH unless one appeared meanwhile: a
 * header, then BODY (whole answer lines saved from an unreadable log; may
 * be NULL), written and fsynced before it gets its name. */
static bool create_fresh(const char *path, int64_t now_ms, const JsonBuf *body, Diag *diag)
{
    char tmp[PROGRESS_PATH_SIZE], err[256];
    JsonBuf b = {0};
    header_text(&b, now_ms);
    if (body && body->len)
        jsonbuf_put(&b, body->data, body->len);
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
        /* O_NOFOLLOW: a log that is a link would make us append outside
         * the data folder (issue 12); ELOOP says so. */
        int fd = open(path, (read_only ? O_RDONLY : O_RDWR | O_APPEND) | O_CLOEXEC | O_NOFOLLOW);
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
    int tfd = open(log->report.torn_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
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

/* True when the folder that holds PATH is a symbolic link: the profile's
 * folder must be a real folder inside the data folder. */
static bool folder_is_link(const char *path)
{
    char dir[PROGRESS_PATH_SIZE];
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path || (size_t)(slash - path) >= sizeof dir)
        return false;
    memcpy(dir, path, (size_t)(slash - path));
    dir[slash - path] = '\0';
    struct stat st;
    return lstat(dir, &st) == 0 && S_ISLNK(st.st_mode);
}

/* The lines of an unreadable log (DATA, LEN bytes) that are whole answers,
 * each ending in '\n', appended to OUT; returns how many. parse_line is
 * the judge, so the new log loads exactly these; what it added to LOG is
 * forgotten (the new log is read from the start). */
static size_t salvage_lines(ProgressLog *log, const char *data, size_t len, JsonBuf *out)
{
    size_t n = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break; /* a torn last line: not a whole answer */
        if (parse_line(log, p, (size_t)(nl - p), 0)) {
            jsonbuf_put(out, p, (size_t)(nl - p) + 1);
            n++;
        }
        p = nl + 1;
    }
    log->count = 0;
    return out->failed ? 0 : n;
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
    log->io.write = o.io && o.io->write ? o.io->write : progress_real_write;
    log->io.fsync = o.io && o.io->fsync ? o.io->fsync : progress_real_fsync;
    log->io.ctx = o.io ? o.io->ctx : NULL;
    char *data = NULL;
    size_t len = 0;
    JsonBuf salvage = {0}; /* readable answers of a log set aside */
    if (folder_is_link(path)) {
        diag_add(diag, DIAG_ERROR,
                 "%s: de map van dit profiel is een koppeling (symbolische link) naar een andere plek. accountwijs "
                 "schrijft alleen in zijn eigen gegevensmap; zet de map zelf terug in plaats van de koppeling.",
                 path);
        goto fail;
    }

    for (int pass = 0;; pass++) {
        if (pass == 4) {
            diag_add(diag, DIAG_ERROR, "%s: het logboek blijft veranderen tijdens het openen", path);
            goto fail;
        }
        int fd = open_locked(path, o.read_only);
        if (fd < 0 && errno == ENOENT) {
            if (o.read_only)
                return log; /* a profile without answers yet */
            if (!create_fresh(path, now, &salvage, diag))
                goto fail;
            log->report.created = true;
            continue;
        }
        if (fd < 0) {
            if (errno == ELOOP)
                diag_add(diag, DIAG_ERROR,
                         "%s: het logboek is een koppeling (symbolische link) naar een andere plek. accountwijs "
                         "schrijft alleen in zijn eigen gegevensmap; zet het bestand zelf terug in plaats van de "
                         "koppeling.",
                         path);
            else if (errno == ENOLCK)
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
        /* Unreadable: set it aside under a new name and start afresh,
         * with every answer line of it that can still be read. */
        salvage.len = 0;
        size_t saved = salvage_lines(log, data, len, &salvage);
        if (salvage.failed) {
            diag_add(diag, DIAG_ERROR, "%s: niet genoeg geheugen", path);
            goto fail;
        }
        char suffix[64], moved[PROGRESS_PATH_SIZE];
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
        log->report.salvaged = saved;
        if (saved)
            diag_add(diag, DIAG_WARNING,
                     "Het begin van je voortgangsbestand was beschadigd. Het is bewaard als %s (er is niets "
                     "verwijderd); de %zu antwoorden die nog leesbaar waren, staan in je nieuwe logboek.",
                     moved, saved);
        else
            diag_add(diag, DIAG_WARNING,
                     "Je voortgangsbestand kon niet gelezen worden. Het is bewaard als %s (er is niets verwijderd) "
                     "en je begint met een nieuw, leeg logboek. Vraag je docent om hulp als je je oude resultaten "
                     "terug wilt.",
                     moved);
    }
    free(data);
    jsonbuf_free(&salvage);
    return log;
fail:
    free(data);
    jsonbuf_free(&salvage);
    progress_close(log);
    return NULL;
}
