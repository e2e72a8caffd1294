/* progress_sum.c - what a log keeps of its attempts while it is read as a
 * stream: per item id its count and
 * last scores (ProgressItem), per local day the items answered that day
 * (ProgressDays), and the newest PROGRESS_RECENT attempts in full. None of
 * it grows with the number of lines: items grow with distinct ids, days
 * with days of practice times the items practised on them.
 *
 * Also here: the line reader that reads a log in chunks (a line longer
 * than PROGRESS_LINE_MAX is damaged by definition and is not buffered)
 * and progress_scan for the export; one line is parsed in progress_line.c. */
#include "progress_internal.h"

#include <errno.h>
#include <string.h>

#include "isotime.h"
#include "os.h"

/* ---- reading lines ------------------------------------------------------ */

enum { CHUNK = 1 << 20 };

bool progress_each_line(int fd, off_t from, ProgressLineFn fn, void *ctx, off_t *end)
{
    char *buf = malloc(CHUNK);
    if (!buf)
        return false;
    JsonBuf carry = {0}; /* a line that crosses a chunk boundary */
    size_t carry_len = 0;
    bool carry_long = false, ok = true, stop = false;
    off_t pos = from, carry_at = from;
    while (!stop) {
        ptrdiff_t r = os_pread(fd, buf, CHUNK, pos);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            ok = false;
            break;
        }
        if (r == 0)
            break;
        for (const char *p = buf, *e = buf + r; p < e && !stop;) {
            const char *nl = memchr(p, '\n', (size_t)(e - p));
            size_t n = (size_t)((nl ? nl : e) - p);
            if (carry_len == 0 && nl) {
                stop = !fn(ctx, p, n, pos + (off_t)(p - buf), true);
            } else {
                if (carry_len == 0)
                    carry_at = pos + (off_t)(p - buf);
                carry_len += n;
                if (!carry_long && carry_len > PROGRESS_LINE_MAX) {
                    carry_long = true; /* damaged: not kept in memory */
                    jsonbuf_free(&carry);
                } else if (!carry_long) {
                    jsonbuf_put(&carry, p, n);
                }
                if (carry.failed) {
                    errno = ENOMEM;
                    ok = false;
                    stop = true;
                    break;
                }
                if (nl) {
                    stop = !fn(ctx, carry_long ? NULL : carry.data, carry_len, carry_at, true);
                    carry.len = 0;
                    carry_len = 0;
                    carry_long = false;
                }
            }
            p = nl ? nl + 1 : e;
        }
        pos += r;
    }
    if (ok && !stop && carry_len)
        fn(ctx, carry_long ? NULL : carry.data, carry_len, carry_at, false);
    jsonbuf_free(&carry);
    free(buf);
    if (end)
        *end = pos;
    return ok;
}

/* ---- what is kept ------------------------------------------------------- */

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * size);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

static void item_add(ProgressItem *it, const Attempt *a, uint64_t seq)
{
    if (it->attempts == 0)
        it->best_scenario = -1;
    it->attempts++;
    if (it->nscores == PROGRESS_KEEP_SCORES) {
        memmove(it->scores, it->scores + 1, (PROGRESS_KEEP_SCORES - 1) * sizeof *it->scores);
        it->nscores--;
    }
    it->scores[it->nscores++] = a->score;
    it->last_score = a->score;
    it->last_ms = a->time_ms;
    if (it->attempts == 1 || a->time_ms >= it->max_ms) {
        it->max_ms = a->time_ms;
        it->max_seq = seq;
    }
    if (a->mode == ATTEMPT_SCENARIO && a->score > it->best_scenario)
        it->best_scenario = a->score;
}

/* Room in D (and REFS, one per item) for one more attempt on any of NITEMS items. */
static bool days_reserve(ProgressDays *d, DayRef **refs, size_t *refs_cap, size_t nitems)
{
    size_t old = *refs_cap;
    if (!grow((void **)refs, refs_cap, nitems, sizeof **refs))
        return false;
    memset(*refs + old, 0, (*refs_cap - old) * sizeof **refs);
    return grow((void **)&d->days, &d->days_cap, d->ndays + 1, sizeof *d->days) &&
           grow((void **)&d->items, &d->items_cap, d->nitems + 1, sizeof *d->items);
}

/* Adds attempt A on item IT (whose summary already includes it). */
static void days_add(ProgressDays *d, DayRef *refs, uint32_t item, const Attempt *a, const ProgressItem *it)
{
    int64_t day = isotime_day(a->time_ms, d->utc_offset_min);
    if (d->ndays == 0 || day > d->days[d->ndays - 1].day)
        d->days[d->ndays++] = (ProgressDay){day, d->nitems, 0};
    ProgressDay *today = &d->days[d->ndays - 1];
    DayRef *r = &refs[item];
    if (r->day != d->ndays) {
        r->day = d->ndays;
        r->entry = d->nitems++;
        today->n++;
        d->items[r->entry] = (ProgressDayItem){.item = item};
    }
    ProgressDayItem *e = &d->items[r->entry];
    e->count++;
    e->score_sum += a->score;
    memcpy(e->scores, it->scores, sizeof e->scores);
    e->nscores = it->nscores;
}

static void recent_free(Attempt *a)
{
    free((char *)a->answer); /* one block with shown */
}

bool progress_prepare(ProgressLog *log, const Attempt *a, size_t alen, size_t slen, char **block)
{
    size_t n = log->nitems;
    if (!grow((void **)&log->isum, &log->isum_cap, n, sizeof *log->isum) ||
        !days_reserve(&log->days, &log->refs, &log->refs_cap, n) ||
        (log->count < 2 * PROGRESS_RECENT && !progress_reserve(log)))
        return false;
    *block = malloc(alen + 1 + (a->shown ? slen + 1 : 0));
    if (!*block)
        return false;
    return true;
}

void progress_commit(ProgressLog *log, const Attempt *a, size_t alen, size_t slen, char *block)
{
    /* The window of recent attempts: when full, the older half goes. */
    if (log->count >= 2 * PROGRESS_RECENT) {
        size_t drop = log->count - PROGRESS_RECENT;
        for (size_t i = 0; i < drop; i++)
            recent_free(&log->attempts[i]);
        memmove(log->attempts, log->attempts + drop, PROGRESS_RECENT * sizeof *log->attempts);
        log->count = PROGRESS_RECENT;
    }
    Attempt rec = *a;
    rec.session = NULL; /* not kept (progress.h) */
    memcpy(block, a->answer, alen);
    block[alen] = '\0';
    rec.answer = block;
    if (a->shown) {
        char *s = block + alen + 1;
        memcpy(s, a->shown, slen);
        s[slen] = '\0';
        rec.shown = s;
    }
    if (log->isum_init < log->nitems) {
        memset(log->isum + log->isum_init, 0, (log->nitems - log->isum_init) * sizeof *log->isum);
        log->isum_init = log->nitems;
    }
    ProgressItem *it = &log->isum[a->item_index];
    item_add(it, a, log->total);
    days_add(&log->days, log->refs, a->item_index, a, it);
    log->total++;
    log->attempts[log->count++] = rec;
}

void progress_sum_free(ProgressLog *log)
{
    for (size_t i = 0; i < log->count; i++)
        recent_free(&log->attempts[i]);
    log->count = 0;
    free(log->isum);
    free(log->refs);
    free(log->days.days);
    free(log->days.items);
}

/* The recent window: progress_reserve grows it by doubling up to
 * 2 x PROGRESS_RECENT (a power of two), where commit halves it. */

/* ---- queries ------------------------------------------------------------ */

size_t progress_recent_count(const ProgressLog *log)
{
    return log->count;
}

const ProgressItem *progress_item(const ProgressLog *log, uint32_t item_index)
{
    static const ProgressItem none = {.best_scenario = -1};
    expect(item_index < log->nitems);
    /* An item interned for an answer that could not be kept has none. */
    return item_index < log->isum_init ? &log->isum[item_index] : &none;
}

/* ---- the days for another offset --------------------------------------- */

typedef struct {
    const ProgressLog *log;
    ProgressDays *d;
    ProgressItem *items;
    DayRef *refs;
    size_t refs_cap;
    ParsedAttempt p;
    bool header, failed;
    off_t stop;
} Rebuild;

static bool rebuild_line(void *ctx, const char *s, size_t n, off_t at, bool nl)
{
    Rebuild *r = ctx;
    if (at >= r->stop)
        return false;
    if (!r->header) {
        r->header = true;
        return true;
    }
    if (!nl || !progress_parse_line(s, n, &r->p))
        return true;
    uint32_t idx = progress_find_item(r->log, r->p.item);
    if (idx == UINT32_MAX)
        return true;
    Attempt a = r->p.a;
    if (!days_reserve(r->d, &r->refs, &r->refs_cap, r->log->nitems)) {
        r->failed = true;
        return false;
    }
    item_add(&r->items[idx], &a, 0);
    days_add(r->d, r->refs, idx, &a, &r->items[idx]);
    return true;
}

const ProgressDays *progress_days(const ProgressLog *log, int utc_offset_min, bool *owned)
{
    *owned = false;
    if (utc_offset_min == log->days.utc_offset_min)
        return &log->days;
    ProgressDays *d = calloc(1, sizeof *d);
    Rebuild r = {.log = log, .d = d, .stop = log->end};
    r.items = calloc(log->nitems + 1, sizeof *r.items);
    if (!d || !r.items) {
        free(d);
        free(r.items);
        return NULL;
    }
    d->utc_offset_min = utc_offset_min;
    bool ok = log->total == 0;
    if (!ok) {
        int fd = os_open(log->path, OS_READ | OS_NOFOLLOW, 0);
        ok = fd >= 0 && progress_each_line(fd, 0, rebuild_line, &r, NULL) && !r.failed;
        os_close(fd);
    }
    free(r.items);
    free(r.refs);
    jsonbuf_free(&r.p.text);
    if (!ok) {
        progress_days_free(d);
        return NULL;
    }
    *owned = true;
    return d;
}

void progress_days_free(const ProgressDays *days)
{
    if (!days)
        return;
    free(days->days);
    free(days->items);
    free((ProgressDays *)days);
}

/* ---- scanning for the export -------------------------------------------- */

typedef struct {
    bool (*fn)(void *ctx, const Attempt *a);
    void *ctx;
    ParsedAttempt p;
    int64_t format; /* of the header; -1 before it */
    bool stopped;
    off_t end; /* just past the last line read that ends in '\n' */
} Scan;

static bool scan_line(void *ctx, const char *s, size_t n, off_t at, bool nl)
{
    Scan *sc = ctx;
    if (nl)
        sc->end = at + (off_t)n + 1;
    if (sc->format < 0) {
        sc->format = nl ? progress_header_format(s, n) : 0;
        return sc->format == PROGRESS_LOG_FORMAT;
    }
    if (!nl || !progress_parse_line(s, n, &sc->p))
        return true;
    if (!sc->fn(sc->ctx, &sc->p.a)) {
        sc->stopped = true;
        return false;
    }
    return true;
}

bool progress_follow(const char *path, int64_t from, bool (*fn)(void *ctx, const Attempt *a), void *ctx, int64_t *end)
{
    int fd = os_open(path, OS_READ | OS_NOFOLLOW, 0);
    if (fd < 0) {
        if (end)
            *end = 0;
        return errno == ENOENT;
    }
    /* FROM must follow a '\n' (the end of the header or of an answer); a
     * log shorter than that or rewritten since is read whole instead. */
    char before;
    if (from > 0 && (os_pread(fd, &before, 1, (off_t)from - 1) != 1 || before != '\n'))
        from = 0;
    /* Past the header every line is an attempt line. */
    Scan sc = {.fn = fn, .ctx = ctx, .format = from > 0 ? PROGRESS_LOG_FORMAT : -1, .end = (off_t)from};
    bool ok = progress_each_line(fd, (off_t)from, scan_line, &sc, NULL);
    os_close(fd);
    jsonbuf_free(&sc.p.text);
    if (end)
        *end = (int64_t)sc.end;
    return ok && (sc.stopped || sc.format == PROGRESS_LOG_FORMAT || sc.format < 0);
}

bool progress_scan_from(const char *path, int64_t from, bool (*fn)(void *ctx, const Attempt *a), void *ctx)
{
    return progress_follow(path, from, fn, ctx, NULL);
}

bool progress_scan(const char *path, bool (*fn)(void *ctx, const Attempt *a), void *ctx)
{
    int fd = os_open(path, OS_READ | OS_NOFOLLOW, 0);
    if (fd < 0)
        return errno == ENOENT;
    Scan sc = {.fn = fn, .ctx = ctx, .format = -1};
    bool ok = progress_each_line(fd, 0, scan_line, &sc, NULL);
    os_close(fd);
    jsonbuf_free(&sc.p.text);
    return ok && (sc.stopped || sc.format == PROGRESS_LOG_FORMAT || sc.format < 0);
}
