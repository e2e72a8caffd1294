/* progress_open.c - opening a log: read it in one go, load every sound
 * line, and deal with damage without ever deleting anything. A torn tail
 * is copied to LOG.torn before it is cut off; an unreadable log is renamed
 * aside (link + unlink, which cannot replace another file) before a new
 * one is started; and a new log is created complete (header written to
 * LOG.new, synced, then linked into place), so a log without its header
 * can only come from outside.
 *
 * The lock (os_lock) makes a second window on the same profile fail at
 * open, rather than interleave or truncate under the first. */
#include "progress_internal.h"

#include <errno.h>
#include <string.h>

#include "fsutil.h"
#include "isotime.h"
#include "os.h"

/* ---- reading lines ------------------------------------------------------ */

/* Parses one attempt line and keeps what the log keeps of it
 * (progress_sum.c); false when it is not sound or memory runs out. */
static bool parse_line(ProgressLog *log, const char *s, size_t n, uint32_t lineno)
{
    ParsedAttempt *p = &log->parsed;
    if (!progress_parse_line(s, n, p))
        return false;
    Attempt a = p->a;
    char *block = NULL;
    a.item_index = progress_intern_item(log, p->item, strlen(p->item));
    if (a.item_index == UINT32_MAX || !(a.version = progress_intern_version(log, p->version)) ||
        !progress_prepare(log, &a, p->answer_len, p->shown_len, &block)) {
        free(block);
        return false;
    }
    a.item = log->items[a.item_index];
    a.line = lineno;
    progress_commit(log, &a, p->answer_len, p->shown_len, block);
    if (log->each)
        log->each(log->each_ctx, &a);
    return true;
}

/* 1 for our header, 0 for garbage; a newer format's header gives its number. */
int64_t progress_header_format(const char *s, size_t n)
{
    if (!s)
        return 0;
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
    char tmp[PROGRESS_PATH_SIZE];
    AwError err;
    JsonBuf b = {0};
    header_text(&b, now_ms);
    if (body && body->len)
        jsonbuf_put(&b, body->data, body->len);
    bool ok = false;
    if (b.failed)
        aw_fail_path(&err, AW_ERR_NO_MEMORY, path, ENOMEM);
    else if (!fsutil_path(tmp, sizeof tmp, "%s.new", path))
        aw_fail_path(&err, AW_ERR_PATH_TOO_LONG, path, ENAMETOOLONG);
    else
        ok = fsutil_write_atomic(tmp, b.data, b.len, &err);
    jsonbuf_free(&b);
    if (!ok) {
        /* The diagnostics are worded here (the loader's family, diag.h). */
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_CREATE_AT, "%s%d", err.path,
                    err.sys ? err.sys : EIO);
        return false;
    }
    if (!os_link(tmp, path) && errno != EEXIST) {
        OsStat st;
        /* No hard links on this file system: a checked rename instead. */
        if (!(!os_lstat(path, &st) && errno == ENOENT && os_rename(tmp, path))) {
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_CREATE, "%d", errno);
            os_unlink(tmp);
            return false;
        }
    }
    os_unlink(tmp);
    os_sync_parent(path);
    return true;
}

/* Opens PATH and, for writing, takes its lock and checks that the locked
 * file is still the one at PATH (another program may have moved it aside
 * while we waited). -1 with errno; ENOLCK when it is in use. */
static int open_locked(const char *path, bool read_only)
{
    for (int tries = 0; tries < 5; tries++) {
        /* O_NOFOLLOW: a log that is a link would make us append outside
         * the data folder; ELOOP says so. */
        int fd = os_open(path, (read_only ? OS_READ : OS_RDWR | OS_APPEND) | OS_NOFOLLOW, 0);
        if (fd < 0 || read_only)
            return fd;
        if (!os_lock(fd, false)) {
            int e = errno;
            os_close(fd);
            errno = e == EWOULDBLOCK ? ENOLCK : e;
            return -1;
        }
        OsStat a, b;
        if (os_fstat(fd, &a) && os_stat(path, &b) && os_same_file(&a, &b))
            return fd;
        os_close(fd);
    }
    errno = ESTALE;
    return -1;
}

/* The tail is copied from the log (N bytes from GOOD_END) in pieces, so a
 * long one never has to fit in memory. */
/* Copies the torn tail aside and cuts it off; on failure leaves the file. */
static bool keep_torn(ProgressLog *log, size_t n, off_t good_end)
{
    int tfd = os_open(log->report.torn_path, OS_WRITE | OS_CREATE | OS_APPEND | OS_NOFOLLOW, 0600);
    if (tfd < 0)
        return false;
    char buf[65536];
    bool ok = true;
    char last = '\n';
    for (size_t done = 0; ok && done < n;) {
        size_t want = n - done < sizeof buf ? n - done : sizeof buf;
        ptrdiff_t r = os_pread(log->fd, buf, want, good_end + (off_t)done);
        if (r < 0 && errno == EINTR)
            continue;
        ok = r > 0 && os_write_all(tfd, buf, (size_t)r);
        if (ok) {
            done += (size_t)r;
            last = buf[r - 1];
        }
    }
    if (ok && (n == 0 || last != '\n'))
        ok = os_write_all(tfd, "\n", 1);
    ok = ok && os_fsync(tfd);
    ok = os_close(tfd) && ok;
    if (ok)
        os_sync_parent(log->report.torn_path);
    return ok && os_truncate(log->fd, good_end) && os_fsync(log->fd);
}

static char *strdup_printf(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s", a, b);
    return s;
}

/* Reading a log line by line (progress_each_line): the header, then the
 * body, or, after a header that cannot be read, the answers to salvage. */
typedef struct {
    ProgressLog *log;
    bool read_only;
    uint32_t lineno; /* of the next line */
    int64_t format;  /* of the header; -1 before it */
    /* the body */
    bool pending;     /* the line before could not be read: damaged, or torn if it is the last */
    off_t pending_at; /* its offset */
    uint32_t pending_line;
    bool torn;
    off_t torn_at;
    /* salvage */
    JsonBuf *salvage;
    size_t salvaged;
    bool oom;
} Load;

static bool load_line(void *ctx, const char *s, size_t n, off_t at, bool nl)
{
    Load *ld = ctx;
    ProgressLog *log = ld->log;
    uint32_t lineno = ld->lineno++;
    if (ld->format < 0) {
        ld->format = nl ? progress_header_format(s, n) : 0;
        if (ld->format > PROGRESS_LOG_FORMAT || (ld->format == 0 && ld->read_only))
            return false;
        if (ld->format == PROGRESS_LOG_FORMAT)
            return true;
    }
    if (ld->format == 0) {
        /* Salvage: every whole answer line, parse_line being the judge
         * (what it keeps is forgotten: the new log is read afresh). */
        if (nl && progress_parse_line(s, n, &log->parsed)) {
            jsonbuf_put(ld->salvage, s, n);
            jsonbuf_put(ld->salvage, "\n", 1);
            ld->salvaged++;
            if (ld->salvage->failed) {
                ld->oom = true;
                return false;
            }
        }
        return true;
    }
    if (ld->pending) {
        ld->pending = false;
        if (log->report.skipped_lines++ == 0)
            log->report.first_skipped_line = ld->pending_line;
    }
    if (!nl) {
        ld->torn = true;
        ld->torn_at = at;
        ld->lineno = lineno;
        return false;
    }
    size_t q = 0;
    while (s && q < n && (s[q] == ' ' || s[q] == '\r' || s[q] == '\t'))
        q++;
    if ((!s || q < n) && !parse_line(log, s, n, lineno)) {
        ld->pending = true;
        ld->pending_at = at;
        ld->pending_line = lineno;
    }
    return true;
}

/* What load_line found in the body: damaged lines reported, a torn tail set aside. */
static bool load_body(ProgressLog *log, Load *ld, off_t len, Diag *diag)
{
    if (ld->pending) { /* the last line, whole but unreadable: torn */
        ld->torn = true;
        ld->torn_at = ld->pending_at;
        ld->lineno = ld->pending_line;
    }
    log->end = len;
    log->next_line = ld->lineno;
    if (log->report.skipped_lines)
        diag_report(diag, DIAG_WARNING, (DiagAt){.file = log->path}, DC_LOG_DAMAGED_LINES, "%zu%zu",
                    log->report.skipped_lines, log->report.first_skipped_line);
    if (!ld->torn)
        return true;
    ProgressReport *r = &log->report;
    r->torn = true;
    r->torn_bytes = (size_t)(len - ld->torn_at);
    r->torn_path = strdup_printf(log->path, ".torn");
    if (!r->torn_path)
        return false;
    if (log->fd < 0) {
        diag_report(diag, DIAG_WARNING, (DiagAt){.file = log->path}, DC_LOG_TORN_LINE, "%zu", r->torn_bytes);
        return true;
    }
    if (keep_torn(log, r->torn_bytes, ld->torn_at)) {
        r->torn_kept = true;
        log->end = ld->torn_at;
        diag_report(diag, DIAG_WARNING, (DiagAt){0}, DC_LOG_TORN_KEPT, "%s", r->torn_path);
    } else {
        int e = errno;
        char last = '\n';
        log->tail_open = os_pread(log->fd, &last, 1, len - 1) == 1 && last != '\n';
        errno = e;
        if (!log->tail_open)
            log->next_line++; /* the damaged line stays and keeps its number */
        diag_report(diag, DIAG_WARNING, (DiagAt){0}, DC_LOG_TORN_NOT_KEPT, "%s%d", r->torn_path, errno);
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
    OsStat st;
    return os_lstat(dir, &st) && st.type == OS_TYPE_LINK;
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
    int64_t now = o.now_ms ? o.now_ms : os_wall_ms();
    ProgressLog *log = calloc(1, sizeof *log);
    if (!log || !(log->path = strdup(path))) {
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_NO_MEMORY);
        free(log);
        return NULL;
    }
    log->fd = -1;
    log->next_line = 2;
    log->io.write = o.io && o.io->write ? o.io->write : progress_real_write;
    log->io.fsync = o.io && o.io->fsync ? o.io->fsync : progress_real_fsync;
    log->io.ctx = o.io ? o.io->ctx : NULL;
    log->days.utc_offset_min = o.utc_offset_min;
    log->each = o.each;
    log->each_ctx = o.each_ctx;
    JsonBuf salvage = {0}; /* readable answers of a log set aside */
    if (folder_is_link(path)) {
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_PROFILE_DIR_LINK);
        goto fail;
    }

    for (int pass = 0;; pass++) {
        if (pass == 4) {
            diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_KEEPS_CHANGING);
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
                diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_IS_LINK);
            else if (errno == ENOLCK)
                diag_at(diag, DIAG_ERROR, (DiagAt){0}, DC_PROFILE_IN_USE);
            else
                diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_OPEN, "%d", errno);
            goto fail;
        }
        log->fd = o.read_only ? -1 : fd;
        OsStat st;
        Load ld = {.log = log, .read_only = o.read_only, .lineno = 1, .format = -1, .salvage = &salvage};
        salvage.len = 0;
        off_t len = 0;
        bool read_ok = os_fstat(fd, &st);
        if (read_ok && st.size > 0)
            read_ok = progress_each_line(fd, 0, load_line, &ld, &len);
        if (!read_ok) {
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_READ, "%d", errno);
            if (o.read_only)
                os_close(fd);
            goto fail;
        }
        if (o.read_only)
            os_close(fd);
        if (ld.format < 0) {
            /* Created empty from outside: give it its header in place. */
            if (o.read_only)
                break;
            JsonBuf b = {0};
            header_text(&b, now);
            bool ok = !b.failed && os_write(log->fd, b.data, b.len) == (ptrdiff_t)b.len && os_fsync(log->fd);
            log->end = (off_t)b.len;
            jsonbuf_free(&b);
            if (!ok) {
                diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_WRITE, "%d", errno);
                goto fail;
            }
            log->report.created = true;
            break;
        }
        int64_t format = ld.format;
        if (format > PROGRESS_LOG_FORMAT) {
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_NEWER_FORMAT, "%lld", (long long)format);
            goto fail;
        }
        if (format == PROGRESS_LOG_FORMAT) {
            if (!load_body(log, &ld, len, diag)) {
                diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_NO_MEMORY);
                goto fail;
            }
            break;
        }
        if (o.read_only) {
            diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_UNREADABLE);
            goto fail;
        }
        /* Unreadable: set it aside under a new name and start afresh,
         * with every answer line of it that can still be read. */
        size_t saved = ld.oom ? 0 : ld.salvaged;
        if (ld.oom || salvage.failed) {
            diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_NO_MEMORY);
            goto fail;
        }
        char suffix[64], moved[PROGRESS_PATH_SIZE];
        timestamp_suffix(now, suffix, sizeof suffix);
        if (!os_move_aside(path, suffix, moved, sizeof moved)) {
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_LOG_CANNOT_SET_ASIDE, "%d", errno);
            goto fail;
        }
        os_close(log->fd);
        log->fd = -1;
        free(log->report.moved_path);
        log->report.moved_path = strdup(moved);
        log->report.moved_aside = true;
        log->report.salvaged = saved;
        if (saved)
            diag_report(diag, DIAG_WARNING, (DiagAt){0}, DC_LOG_SALVAGED, "%s%zu", moved, saved);
        else
            diag_report(diag, DIAG_WARNING, (DiagAt){0}, DC_LOG_RESTARTED, "%s", moved);
    }
    jsonbuf_free(&salvage);
    log->each = NULL; /* told only while opening */
    return log;
fail:
    jsonbuf_free(&salvage);
    progress_close(log);
    return NULL;
}
