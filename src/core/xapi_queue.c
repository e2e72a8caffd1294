/* xapi_queue.c - see xapi_queue.h. The order of writes is what keeps
 * answers from being lost: statements reach the queue (fsynced) before
 * the state says their attempts are queued, and the LRS has answered 200
 * before the state says they are sent. Each step that a crash interrupts
 * is done again, and repeating one is harmless because the ids are stable. */
#include "xapi_queue.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "os.h"
#include "profiles.h"

#define STATE_KIND "accountwijs-lrs-queue 1"
enum { COMPACT_BYTES = 1 << 20, CHUNK = 256 * 1024, STATE_MAX = 16 << 20 };

typedef struct {
    char id[PROFILE_ID_SIZE];
    XapiCursor cur;
} Cursor;

struct XapiQueue {
    char data[4096], dir[4200], queue[4300], state[4300];
    int lock_fd, fd; /* the lock file; the queue, open for appending and reading */
    int64_t size;    /* the queue's length: always the end of a whole line */
    int64_t sent;    /* bytes of the queue sent */
    size_t pending;  /* lines after SENT */
    int64_t batch_end;
    size_t batch_n;
    Cursor *cursors;
    size_t ncursors, cap;
};

static bool io_fail(AwError *err, const char *path)
{
    return aw_fail_path(err, AW_ERR_LRS_QUEUE_IO, path, errno);
}

/* ---- the state ---------------------------------------------------------- */

static Cursor *cursor(XapiQueue *q, const char *id, bool add)
{
    for (size_t i = 0; i < q->ncursors; i++)
        if (strcmp(q->cursors[i].id, id) == 0)
            return &q->cursors[i];
    if (!add)
        return NULL;
    if (q->ncursors == q->cap) {
        size_t cap = q->cap ? 2 * q->cap : 16;
        Cursor *c = realloc(q->cursors, cap * sizeof *c);
        if (!c)
            return NULL;
        q->cursors = c;
        q->cap = cap;
    }
    Cursor *c = &q->cursors[q->ncursors++];
    memset(c, 0, sizeof *c);
    snprintf(c->id, sizeof c->id, "%s", id);
    return c;
}

/* Reads the state; a missing or unreadable one starts from nothing (which
 * only queues or sends again). */
static void read_state(XapiQueue *q)
{
    char *text;
    size_t len;
    if (!os_read_file(q->state, STATE_MAX, &text, &len))
        return;
    char *save = NULL;
    char *line = strtok_r(text, "\n", &save);
    if (!line || strcmp(line, STATE_KIND) != 0) {
        free(text);
        return;
    }
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char id[64];
        long long a, b;
        if (sscanf(line, "sent %lld", &a) == 1)
            q->sent = a;
        else if (sscanf(line, "%63s %lld %lld", id, &a, &b) == 3 && profiles_valid_id(id)) {
            Cursor *c = cursor(q, id, true);
            if (c) {
                c->cur.attempts = a;
                c->cur.tests = b;
            }
        }
    }
    free(text);
}

static bool write_state(XapiQueue *q, int64_t sent, AwError *err)
{
    JsonBuf b = {0};
    jsonbuf_puts(&b, STATE_KIND "\nsent ");
    jsonbuf_put_int(&b, sent);
    jsonbuf_puts(&b, "\n");
    for (size_t i = 0; i < q->ncursors; i++) {
        jsonbuf_puts(&b, q->cursors[i].id);
        jsonbuf_puts(&b, " ");
        jsonbuf_put_int(&b, q->cursors[i].cur.attempts);
        jsonbuf_puts(&b, " ");
        jsonbuf_put_int(&b, q->cursors[i].cur.tests);
        jsonbuf_puts(&b, "\n");
    }
    bool ok = !b.failed && os_replace_file(q->state, b.data, b.len);
    int e = errno;
    bool oom = b.failed;
    jsonbuf_free(&b);
    if (oom)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    errno = e;
    return ok || io_fail(err, q->state);
}

/* ---- the queue file ----------------------------------------------------- */

/* Counts the lines of the queue from FROM to its end, and finds where the
 * last whole line ends (*END). */
static bool scan(int fd, int64_t from, size_t *lines, int64_t *end)
{
    char *buf = malloc(CHUNK);
    if (!buf)
        return false;
    *lines = 0;
    *end = from;
    for (int64_t at = from;;) {
        ptrdiff_t r = os_pread(fd, buf, CHUNK, at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            free(buf);
            return false;
        }
        if (r == 0)
            break;
        for (ptrdiff_t i = 0; i < r; i++)
            if (buf[i] == '\n') {
                (*lines)++;
                *end = at + i + 1;
            }
        at += r;
    }
    free(buf);
    return true;
}

XapiQueue *xapi_queue_open(const char *data_dir, AwError *err)
{
    XapiQueue *q = calloc(1, sizeof *q);
    if (!q) {
        aw_fail(err, AW_ERR_NO_MEMORY);
        return NULL;
    }
    q->lock_fd = q->fd = -1;
    char lock[4300];
    if (snprintf(q->data, sizeof q->data, "%s", data_dir) >= (int)sizeof q->data) {
        aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
        goto fail;
    }
    if (snprintf(q->dir, sizeof q->dir, "%s/" XAPI_QUEUE_DIR, data_dir) >= (int)sizeof q->dir) {
        aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
        goto fail;
    }
    snprintf(q->queue, sizeof q->queue, "%s/queue.jsonl", q->dir);
    snprintf(q->state, sizeof q->state, "%s/state", q->dir);
    snprintf(lock, sizeof lock, "%s/lock", q->dir);
    if (!os_mkdirs(q->dir, 0700, NULL, 0)) {
        io_fail(err, q->dir);
        goto fail;
    }
    q->lock_fd = os_open(lock, OS_RDWR | OS_CREATE | OS_NOFOLLOW, 0600);
    if (q->lock_fd < 0) {
        io_fail(err, lock);
        goto fail;
    }
    if (!os_lock(q->lock_fd, false)) {
        aw_fail_path(err, errno == EWOULDBLOCK ? AW_ERR_LRS_QUEUE_BUSY : AW_ERR_LRS_QUEUE_IO, q->dir, errno);
        goto fail;
    }
    q->fd = os_open(q->queue, OS_RDWR | OS_APPEND | OS_CREATE | OS_NOFOLLOW, 0600);
    OsStat st;
    if (q->fd < 0 || !os_fstat(q->fd, &st)) {
        io_fail(err, q->queue);
        goto fail;
    }
    read_state(q);
    /* A state that says more was sent than the queue holds belongs to a
     * queue that was started again (or deleted): nothing of this one is. */
    if (q->sent < 0 || q->sent > st.size)
        q->sent = 0;
    int64_t end;
    if (!scan(q->fd, q->sent, &q->pending, &end)) {
        io_fail(err, q->queue);
        goto fail;
    }
    if (end < st.size && (!os_truncate(q->fd, end) || !os_fsync(q->fd))) {
        io_fail(err, q->queue);
        goto fail;
    }
    q->size = end;
    return q;
fail:
    xapi_queue_close(q);
    return NULL;
}

void xapi_queue_close(XapiQueue *q)
{
    if (!q)
        return;
    if (q->fd >= 0)
        os_close(q->fd);
    if (q->lock_fd >= 0)
        os_close(q->lock_fd);
    free(q->cursors);
    free(q);
}

size_t xapi_queue_pending(const XapiQueue *q)
{
    return q->pending;
}

/* Appends B's text to the queue (the caller ends it at a line) and syncs. */
static bool append(XapiQueue *q, JsonBuf *b, AwError *err)
{
    if (!b->len)
        return true;
    if (!os_write_all(q->fd, b->data, b->len) || !os_fsync(q->fd)) {
        /* Cut back what may have been written: the queue ends at a line. */
        int e = errno;
        if (os_truncate(q->fd, q->size))
            os_fsync(q->fd);
        errno = e;
        return io_fail(err, q->queue);
    }
    q->size += (int64_t)b->len;
    b->len = 0;
    return true;
}

typedef struct {
    XapiQueue *q;
    AwError *err;
    bool failed;
} Flush;

/* xapi_profile's flush: a long log goes to the queue in pieces. Each piece
 * ends after a whole statement, and the next starts with the separator. */
static bool flush_piece(JsonBuf *out, void *ctx)
{
    Flush *f = ctx;
    if (!append(f->q, out, f->err))
        f->failed = true;
    return !f->failed;
}

/* After a profile that failed half-way: what was flushed of it stays
 * queued (whole statements; their ids are stable) and is ended with its
 * '\n'; its cursor stays, so all of it is queued again next time. */
static void keep_flushed(XapiQueue *q, int64_t before)
{
    if (q->size == before)
        return;
    JsonBuf nl = {0};
    jsonbuf_puts(&nl, "\n");
    size_t lines = 0;
    int64_t end;
    if (append(q, &nl, NULL) && scan(q->fd, before, &lines, &end))
        q->pending += lines;
    jsonbuf_free(&nl);
}

bool xapi_queue_collect(XapiQueue *q, const Course *c, const XapiOptions *o, size_t *added, AwError *err)
{
    if (added)
        *added = 0;
    Diag d;
    diag_init(&d);
    ProfileList list;
    bool listed = profiles_list(q->data, &list, &d);
    diag_free(&d);
    if (!listed)
        return aw_fail_path(err, AW_ERR_PROFILES_UNREADABLE, q->data, errno);
    XapiOptions lines = o ? *o : (XapiOptions){0};
    lines.separator = "\n";
    bool ok = true, deferred = false;
    AwError first = {0};
    for (size_t i = 0; i < list.count && ok; i++) {
        const Profile *p = &list.items[i];
        Cursor *cur = cursor(q, p->id, true);
        XapiWriter *w = cur ? xapi_writer_new(c, &lines) : NULL;
        if (!w) {
            ok = aw_fail(err, AW_ERR_NO_MEMORY);
            break;
        }
        XapiActor actor = {p->id, p->name};
        XapiCursor next = cur->cur;
        JsonBuf out = {0};
        Flush f = {q, err, false};
        size_t made = 0;
        int64_t before = q->size;
        AwError e;
        bool done = xapi_profile(w, q->data, &actor, &next, &out, flush_piece, &f, &made, &e);
        xapi_writer_free(w);
        if (done && made) {
            jsonbuf_puts(&out, "\n");
            done = !out.failed ? append(q, &out, err) : aw_fail(err, AW_ERR_NO_MEMORY);
            f.failed = !done;
        }
        jsonbuf_free(&out);
        if (!done) {
            keep_flushed(q, before);
            if (f.failed) { /* the queue cannot be written: stop */
                ok = false;
                break;
            }
            /* This profile's files cannot be read now: the others go on. */
            if (!deferred)
                first = e;
            deferred = true;
            continue;
        }
        cur->cur = next;
        q->pending += made;
        if (added)
            *added += made;
        ok = write_state(q, q->sent, err);
    }
    profiles_list_free(&list);
    if (ok && deferred) {
        if (err)
            *err = first;
        return false;
    }
    return ok;
}

bool xapi_queue_batch(XapiQueue *q, size_t max, JsonBuf *out, size_t *n, AwError *err)
{
    *n = 0;
    q->batch_n = 0;
    q->batch_end = q->sent;
    if (max == 0 || q->sent >= q->size)
        return true;
    int64_t at = q->sent;
    char *buf = malloc(CHUNK);
    if (!buf)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    size_t open_len = out->len;
    jsonbuf_puts(out, "[");
    JsonBuf line = {0};
    while (*n < max && at < q->size) {
        size_t want = (size_t)(q->size - at < CHUNK ? q->size - at : CHUNK);
        ptrdiff_t r = os_pread(q->fd, buf, want, at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            free(buf);
            jsonbuf_free(&line);
            out->len = open_len;
            return io_fail(err, q->queue);
        }
        ptrdiff_t i = 0;
        while (i < r && *n < max) {
            const char *nl = memchr(buf + i, '\n', (size_t)(r - i));
            size_t k = (size_t)((nl ? nl - buf : r) - i);
            jsonbuf_put(&line, buf + i, k);
            i += (ptrdiff_t)k;
            if (!nl)
                break;
            i++; /* the '\n' */
            if (line.len) {
                jsonbuf_puts(out, *n ? "," : "");
                jsonbuf_put(out, line.data, line.len);
                (*n)++;
            }
            line.len = 0;
            q->batch_end = at + i;
        }
        at += i;
    }
    free(buf);
    jsonbuf_free(&line);
    jsonbuf_puts(out, "]");
    q->batch_n = *n;
    if (out->failed)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    return true;
}

bool xapi_queue_sent(XapiQueue *q, AwError *err)
{
    if (q->batch_end <= q->sent)
        return true;
    if (!write_state(q, q->batch_end, err))
        return false;
    q->sent = q->batch_end;
    q->pending = q->pending > q->batch_n ? q->pending - q->batch_n : 0;
    q->batch_n = 0;
    /* Everything sent and the queue grown: start it again empty. The state
     * is written after the queue is emptied, and a state that says more
     * was sent than the queue holds counts as nothing sent, so a crash in
     * between loses nothing. */
    if (q->sent == q->size && q->size > COMPACT_BYTES) {
        if (!os_truncate(q->fd, 0) || !os_fsync(q->fd))
            return true; /* kept as it is: compacting can wait */
        q->size = q->sent = q->batch_end = 0;
        write_state(q, 0, NULL);
    }
    return true;
}

bool xapi_queue_rebuild(XapiQueue *q, AwError *err)
{
    q->ncursors = 0;
    return write_state(q, q->sent, err);
}

bool xapi_queue_waiting(const char *data_dir, size_t *pending)
{
    *pending = 0;
    char path[4300];
    XapiQueue q = {.fd = -1, .lock_fd = -1};
    if (snprintf(q.state, sizeof q.state, "%s/" XAPI_QUEUE_DIR "/state", data_dir) >= (int)sizeof q.state)
        return false;
    snprintf(path, sizeof path, "%s/" XAPI_QUEUE_DIR "/queue.jsonl", data_dir);
    int fd = os_open(path, OS_READ | OS_NOFOLLOW, 0);
    if (fd < 0)
        return errno == ENOENT;
    read_state(&q);
    free(q.cursors);
    OsStat st;
    int64_t end;
    bool ok = os_fstat(fd, &st);
    if (ok && (q.sent < 0 || q.sent > st.size))
        q.sent = 0;
    ok = ok && scan(fd, q.sent, pending, &end);
    os_close(fd);
    return ok;
}
