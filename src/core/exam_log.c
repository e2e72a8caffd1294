/* exam_log.c - see exam_log.h. The file is small (a line per test), so it
 * is read whole; a line is written with one write() so a crash leaves at
 * worst one torn line at the end, which the next append puts behind a
 * newline and the next load skips. */
#include "exam_log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "os.h"
#include "isotime.h"
#include "jsonl.h"

enum { EXAM_LOG_MAX_BYTES = 16 * 1024 * 1024 };

bool exam_log_append(const char *path, const ExamRecord *r, AwError *err)
{
    JsonBuf b = {0};
    char when[ISOTIME_SIZE];
    isotime_format(r->time_ms, when);
    jsonbuf_puts(&b, "{\"time\":");
    jsonbuf_put_string(&b, when);
    jsonbuf_puts(&b, ",\"questions\":");
    jsonbuf_put_int(&b, r->questions);
    jsonbuf_puts(&b, ",\"answered\":");
    jsonbuf_put_int(&b, r->answered);
    jsonbuf_puts(&b, ",\"score\":");
    jsonbuf_put_fixed(&b, r->score < 0 ? 0 : r->score > 1 ? 1 : r->score, 6, '.');
    jsonbuf_puts(&b, ",\"grade\":");
    jsonbuf_put_int(&b, r->grade_tenths);
    jsonbuf_puts(&b, r->timed_out ? ",\"timed_out\":true" : ",\"timed_out\":false");
    if (r->session[0]) {
        jsonbuf_puts(&b, ",\"session\":");
        jsonbuf_put_string(&b, r->session);
    }
    jsonbuf_puts(&b, "}\n");
    if (b.failed) {
        jsonbuf_free(&b);
        return aw_fail(err, AW_ERR_NO_MEMORY_EXAM_SAVE);
    }
    int fd = os_open(path, OS_RDWR | OS_CREATE | OS_APPEND, 0644);
    if (fd < 0) {
        aw_fail_path(err, AW_ERR_EXAM_NOT_SAVED, path, errno);
        jsonbuf_free(&b);
        return false;
    }
    /* After a torn last line the new one starts on a line of its own. */
    OsStat st = {0};
    char last = '\n';
    if (os_fstat(fd, &st) && st.size > 0 && os_pread(fd, &last, 1, st.size - 1) != 1)
        last = '\n';
    bool ok = (last == '\n' || os_write_all(fd, "\n", 1)) && os_write_all(fd, b.data, b.len) && os_fsync(fd);
    int e = errno;
    os_close(fd);
    jsonbuf_free(&b);
    if (!ok) {
        return aw_fail_path(err, AW_ERR_EXAM_NOT_SAVED, path, e);
    }
    if (st.size == 0)
        os_sync_parent(path); /* a new file: its name must last too */
    return true;
}

bool exam_log_push(ExamHistory *h, const ExamRecord *r)
{
    ExamRecord *items = realloc(h->items, (h->n + 1) * sizeof *items);
    if (!items)
        return false;
    h->items = items;
    h->items[h->n++] = *r;
    return true;
}

/* One line into R; false when it is not a test record. */
static bool parse_line(const char *s, size_t len, ExamRecord *r)
{
    JsonlField f[JSONL_MAX_FIELDS];
    int n = jsonl_object(s, len, f, JSONL_MAX_FIELDS);
    if (n < 0)
        return false;
    const JsonlField *time = jsonl_field(f, n, "time"), *q = jsonl_field(f, n, "questions"),
                     *a = jsonl_field(f, n, "answered"), *sc = jsonl_field(f, n, "score"),
                     *g = jsonl_field(f, n, "grade"), *to = jsonl_field(f, n, "timed_out");
    char when[64];
    int64_t qn, an, gn;
    double score;
    if (!time || !jsonl_string(time, when, sizeof when) || !isotime_parse(when, strlen(when), &r->time_ms))
        return false;
    if (!q || !jsonl_int(q, &qn) || qn < 1 || qn > 100000 || !a || !jsonl_int(a, &an) || an < 0 || an > qn)
        return false;
    if (!sc || !jsonl_number(sc, &score) || !(score >= 0 && score <= 1))
        return false;
    if (!g || !jsonl_int(g, &gn) || gn < 10 || gn > 100)
        return false;
    r->questions = (int)qn;
    r->answered = (int)an;
    r->score = score;
    r->grade_tenths = (int)gn;
    r->timed_out = to && to->kind == JSONL_TRUE;
    /* Optional (exam_log.h); a line without it belongs to no session. */
    const JsonlField *se = jsonl_field(f, n, "session");
    if (!se || !jsonl_string(se, r->session, sizeof r->session))
        r->session[0] = '\0';
    return true;
}

bool exam_log_load(const char *path, ExamHistory *out, AwError *err)
{
    memset(out, 0, sizeof *out);
    char *data = NULL;
    size_t len = 0;
    if (!os_read_file(path, EXAM_LOG_MAX_BYTES, &data, &len)) {
        if (errno == ENOENT)
            return true;
        return aw_fail_path(err, AW_ERR_EXAMS_UNREADABLE, path, errno);
    }
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(data + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - data) : len;
        ExamRecord r;
        if (end > at) {
            if (!parse_line(data + at, end - at, &r))
                out->skipped++;
            else if (!exam_log_push(out, &r)) {
                aw_fail(err, AW_ERR_NO_MEMORY_EXAM_READ);
                free(data);
                exam_log_free(out);
                return false;
            }
        }
        at = end + 1;
    }
    free(data);
    return true;
}

void exam_log_free(ExamHistory *h)
{
    free(h->items);
    memset(h, 0, sizeof *h);
}
