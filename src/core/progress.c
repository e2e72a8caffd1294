/* progress.c - see progress.h; opening and repair are in progress_open.c.
 *
 * Durability rests on three habits. An answer is one line, sent with one
 * write() on an O_APPEND descriptor and fsync()ed before we say yes, so a
 * crash leaves at worst a torn last line, never a torn middle. A failed
 * write is undone by truncating back to the length we knew, so the file is
 * byte for byte what it was. And nothing is ever deleted (progress_open.c).
 *
 * Item ids are interned in a small hash table so that mastery can work
 * with numbers; everything that can fail in memory happens before the
 * write, so an answer on disk is always also in the loaded list. */
#include "progress_internal.h"

#include <errno.h>
#include <string.h>

#include "isotime.h"
#include "os.h"
#include "utf8.h"

const char *const progress_mode_names[ATTEMPT_MODE_COUNT] = {"practice", "exam", "scenario", "review", "other"};

const char *progress_mode_name(AttemptMode mode)
{
    return (unsigned)mode < ATTEMPT_MODE_COUNT ? progress_mode_names[mode] : NULL;
}

ssize_t progress_real_write(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    return os_write(fd, buf, n);
}

int progress_real_fsync(void *ctx, int fd)
{
    (void)ctx;
    return os_fsync(fd) ? 0 : -1;
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
uint32_t progress_intern_item(ProgressLog *log, const char *s, size_t n)
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
const char *progress_intern_version(ProgressLog *log, const char *s)
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

bool progress_reserve(ProgressLog *log)
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

bool progress_text_ok(const char *s, size_t max)
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

void progress_close(ProgressLog *log)
{
    if (!log)
        return;
    if (log->fd >= 0)
        os_close(log->fd); /* releases the lock */
    progress_sum_free(log);
    jsonbuf_free(&log->parsed.text);
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

/* Undoes a failed append: the file goes back to the length it had. */
static void roll_back(ProgressLog *log)
{
    if (!os_truncate(log->fd, log->end))
        log->broken = true;
    else
        os_fsync(log->fd); /* the real call: the hook may be what failed */
}

static bool write_failed(ProgressLog *log, int e, AwError *err)
{
    roll_back(log);
    return aw_fail_path(err, os_disk_full(e) ? AW_ERR_DISK_FULL : AW_ERR_ANSWER_NOT_SAVED, log->path, e);
}

/* ERR for an answer or order of LEN bytes where PROGRESS_ANSWER_MAX fit. */
static bool too_long(AwError *err, AwErrCode code, size_t len)
{
    aw_fail(err, code);
    err->num = (long long)len;
    err->num2 = PROGRESS_ANSWER_MAX;
    return false;
}

bool progress_record(ProgressLog *log, const Attempt *a, AwError *err)
{
    expect(log && a && err);
    if (log->fd < 0)
        return aw_fail_path(err, AW_ERR_LOG_READ_ONLY, log->path, 0);
    if (log->broken)
        return aw_fail_path(err, AW_ERR_LOG_BROKEN, log->path, 0);
    if (!a->item)
        return aw_fail(err, AW_ERR_NO_ITEM_ID);
    if (!*a->item || !progress_text_ok(a->item, PROGRESS_ITEM_MAX))
        return aw_fail_what(err, AW_ERR_BAD_ITEM_ID, a->item);
    if (!a->version)
        return aw_fail(err, AW_ERR_NO_VERSION);
    if (!progress_text_ok(a->version, PROGRESS_VERSION_MAX))
        return aw_fail_what(err, AW_ERR_BAD_VERSION, a->version);
    if (a->session && (!*a->session || !progress_text_ok(a->session, PROGRESS_SESSION_MAX)))
        return aw_fail_what(err, AW_ERR_BAD_SESSION, a->session);
    if (!(a->score >= 0 && a->score <= 1) || a->ms < 0 || (unsigned)a->mode >= ATTEMPT_OTHER || a->time_ms < 0 ||
        a->time_ms > INT64_C(253402300799999))
        return aw_fail(err, AW_ERR_BAD_ATTEMPT);

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
        return aw_fail(err, b->failed ? AW_ERR_NO_MEMORY : AW_ERR_ANSWER_NOT_JSON);
    size_t anslen = b->len - ans;
    if (anslen > PROGRESS_ANSWER_MAX)
        return too_long(err, AW_ERR_ANSWER_TOO_LONG, anslen);
    jsonbuf_puts(b, ",\"score\":");
    size_t sc = b->len;
    jsonbuf_put_fixed(b, a->score, PROGRESS_SCORE_DIGITS, '.');
    JsonlField score = {"score", 5, JSONL_NUMBER, NULL, b->len - sc};
    jsonbuf_puts(b, ",\"ms\":");
    jsonbuf_put_int(b, a->ms);
    jsonbuf_puts(b, ",\"mode\":");
    jsonbuf_put_string(b, progress_mode_names[a->mode]);
    size_t shown = 0, shownlen = 0;
    if (a->shown) {
        jsonbuf_puts(b, ",\"shown\":");
        shown = b->len;
        if (!jsonl_compact(b, a->shown, strlen(a->shown)))
            return aw_fail(err, b->failed ? AW_ERR_NO_MEMORY : AW_ERR_SHOWN_NOT_JSON);
        shownlen = b->len - shown;
        if (shownlen > PROGRESS_ANSWER_MAX)
            return too_long(err, AW_ERR_SHOWN_TOO_LONG, shownlen);
    }
    if (a->session) {
        jsonbuf_puts(b, ",\"session\":");
        jsonbuf_put_string(b, a->session);
    }
    jsonbuf_puts(b, "}\n");
    if (b->failed)
        return aw_fail(err, AW_ERR_NO_MEMORY);

    /* Everything that can fail in memory happens before the write, so an
     * answer on disk is always also in the loaded list. */
    Attempt rec = *a;
    score.raw = b->data + sc;
    rec.answer = b->data + ans;
    rec.shown = a->shown ? b->data + shown : NULL;
    char *block = NULL;
    if ((rec.item_index = progress_intern_item(log, a->item, strlen(a->item))) == UINT32_MAX ||
        !(rec.version = progress_intern_version(log, a->version)) || !jsonl_number(&score, &rec.score) ||
        !progress_prepare(log, &rec, anslen, shownlen, &block)) {
        free(block);
        return aw_fail(err, AW_ERR_NO_MEMORY);
    }
    rec.item = log->items[rec.item_index];

    ssize_t w;
    int tries = 0;
    do {
        errno = 0;
        w = log->io.write(log->io.ctx, log->fd, b->data, b->len);
    } while (w < 0 && errno == EINTR && ++tries < 8);
    if (w != (ssize_t)b->len) {
        free(block);
        return write_failed(log, w < 0 && errno ? errno : ENOSPC, err);
    }
    if (log->io.fsync(log->io.ctx, log->fd) != 0) {
        free(block);
        return write_failed(log, errno ? errno : EIO, err);
    }

    rec.line = log->next_line + (log->tail_open ? 1 : 0);
    log->next_line = rec.line + 1;
    log->end += (off_t)b->len;
    log->tail_open = false;
    progress_commit(log, &rec, anslen, shownlen, block); /* cannot fail: room was made above */
    return true;
}

/* ---- queries ------------------------------------------------------------ */

int64_t progress_end(const ProgressLog *log)
{
    return (int64_t)log->end;
}

size_t progress_count(const ProgressLog *log)
{
    return log->total;
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

uint32_t progress_find_item(const ProgressLog *log, const char *id)
{
    if (!log->nslots)
        return UINT32_MAX;
    size_t n = strlen(id);
    for (size_t j = hash(id, n) & (log->nslots - 1); log->slots[j]; j = (j + 1) & (log->nslots - 1))
        if (strcmp(log->items[log->slots[j] - 1], id) == 0)
            return log->slots[j] - 1;
    return UINT32_MAX;
}

const ProgressReport *progress_report(const ProgressLog *log)
{
    return &log->report;
}
const char *progress_path(const ProgressLog *log)
{
    return log->path;
}
