/* test_progress.c - the attempt log: append and reload, torn and damaged
 * lines, unreadable logs set aside, injected write failures, one writer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>

#include "../diag_text.h"
#include "progress_fixture.h"

typedef struct {
    char *dir;
    char log[4096];
    Diag diag;
} Fx;

static int setup(void **state)
{
    Fx *fx = calloc(1, sizeof *fx);
    fx->dir = fx_tempdir();
    snprintf(fx->log, sizeof fx->log, "%s/attempts.jsonl", fx->dir);
    diag_init(&fx->diag);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    diag_free(&fx->diag);
    fx_free_dir(fx->dir);
    free(fx);
    return 0;
}

static ProgressLog *open_log(Fx *fx, bool read_only)
{
    diag_free(&fx->diag);
    diag_init(&fx->diag);
    ProgressOptions o = {.read_only = read_only, .now_ms = fx_time(0)};
    return progress_open(fx->log, &o, &fx->diag);
}

static void record(ProgressLog *log, const char *item, double score, int64_t minutes)
{
    AwError err;
    Attempt a = fx_attempt(item, score, minutes);
    bool ok = progress_record(log, &a, &err);
    if (!ok)
        fail_msg("record %s: %s", item, aw_error_name(err.code));
}

/* Writes N answers and closes the log. */
static void seed(Fx *fx, int n)
{
    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    for (int i = 0; i < n; i++)
        record(log, i % 2 ? "q1a" : "q1b", (i % 5) / 4.0, i);
    progress_close(log);
}

static bool diag_mentions(const Diag *d, DiagLevel level, const char *text)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->messages[i].level == level && strstr(diag_text_nl(&d->messages[i]), text))
            return true;
    return false;
}

static void progress_open_creates_a_log_that_starts_with_a_format_header(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    assert_true(progress_report(log)->created);
    assert_int_equal(progress_count(log), 0);
    assert_int_equal(fx->diag.count, 0);
    progress_close(log);
    char *text = fx_read(fx->log, NULL);
    assert_string_equal(text,
                        "{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-02T10:00:00.000Z\"}\n");
    free(text);
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.new", fx->log);
    assert_false(fx_exists(tmp));
}

static void progress_record_appends_one_line_that_reloads_with_every_field(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, false);
    Attempt a = {fx_time(5) + 123,
                 "q1-3-criteria-1",
                 "2026.1",
                 "{\"choice\": \"a\",\n \"why\": \"\\\"ja\\\" é\"}",
                 0.75,
                 5234,
                 ATTEMPT_EXAM,
                 0,
                 0,
                 NULL,
                 NULL};
    AwError err;
    assert_true(progress_record(log, &a, &err));
    assert_int_equal(progress_count(log), 1);
    progress_close(log);

    char *text = fx_read(fx->log, NULL);
    const char *line = strchr(text, '\n') + 1;
    assert_string_equal(line, "{\"time\":\"2026-03-02T10:05:00.123Z\",\"item\":\"q1-3-criteria-1\","
                              "\"content_version\":\"2026.1\",\"answer\":{\"choice\":\"a\",\"why\":\"\\\"ja\\\" é\"},"
                              "\"score\":0.75,\"ms\":5234,\"mode\":\"exam\"}\n");
    free(text);

    log = open_log(fx, false);
    assert_int_equal(progress_count(log), 1);
    const Attempt *b = &progress_attempts(log)[0];
    assert_true(b->time_ms == a.time_ms);
    assert_string_equal(b->item, "q1-3-criteria-1");
    assert_string_equal(b->version, "2026.1");
    assert_string_equal(b->answer, "{\"choice\":\"a\",\"why\":\"\\\"ja\\\" é\"}");
    assert_true(b->score == 0.75);
    assert_true(b->ms == 5234);
    assert_int_equal(b->mode, ATTEMPT_EXAM);
    assert_int_equal(b->line, 2);
    assert_int_equal(fx->diag.count, 0);
    progress_close(log);
}

/* The display order (optional since 2026.2): written compact when given,
 * read back; a line without it (every older log) loads with shown NULL. */
static void progress_record_keeps_the_shown_order_and_older_lines_load_without_it(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, false);
    AwError err;
    Attempt a = fx_attempt("q1a", 1, 5);
    assert_true(progress_record(log, &a, &err));
    a.shown = "{\"order\": [\"c\", \"a\", \"b\"]}";
    assert_true(progress_record(log, &a, &err));
    assert_null(progress_attempts(log)[0].shown);
    assert_string_equal(progress_attempts(log)[1].shown, "{\"order\":[\"c\",\"a\",\"b\"]}");
    a.shown = "{\"order\": [";
    assert_false(progress_record(log, &a, &err));
    progress_close(log);

    char *text = fx_read(fx->log, NULL);
    assert_non_null(strstr(text, "\"mode\":\"practice\",\"shown\":{\"order\":[\"c\",\"a\",\"b\"]}}\n"));
    free(text);
    log = open_log(fx, false);
    assert_int_equal(progress_count(log), 2);
    assert_null(progress_attempts(log)[0].shown);
    assert_string_equal(progress_attempts(log)[1].shown, "{\"order\":[\"c\",\"a\",\"b\"]}");
    assert_int_equal(fx->diag.count, 0);
    progress_close(log);
}

static void progress_keeps_what_is_in_memory_equal_to_what_a_reload_reads(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, false);
    static const char *const items[] = {"q1a", "q2b", "q1a", "sc-test", "weg", "q2b"};
    AwError err;
    for (int i = 0; i < 6; i++) {
        Attempt a = fx_attempt(items[i], 1.0 / 3.0 * (i % 4), i);
        a.mode = (AttemptMode)(i % 4);
        a.answer = i % 2 ? "\"tekst\"" : NULL;
        assert_true(progress_record(log, &a, &err));
    }
    ProgressLog *again = open_log(fx, true);
    assert_int_equal(progress_count(again), progress_count(log));
    assert_int_equal(progress_item_count(again), 4);
    for (size_t i = 0; i < progress_count(log); i++) {
        const Attempt *x = &progress_attempts(log)[i], *y = &progress_attempts(again)[i];
        assert_true(x->time_ms == y->time_ms);
        assert_string_equal(x->item, y->item);
        assert_string_equal(x->answer, y->answer);
        assert_true(x->score == y->score); /* rounded the same way */
        assert_int_equal(x->mode, y->mode);
        assert_int_equal(x->line, y->line);
        assert_int_equal(x->item_index, y->item_index);
    }
    assert_string_equal(progress_attempts(again)[0].answer, "null");
    progress_close(again);
    progress_close(log);
}

static void progress_record_refuses_invalid_attempts_and_leaves_the_file_alone(void **state)
{
    Fx *fx = *state;
    seed(fx, 2);
    size_t len0 = 0;
    char *before = fx_read(fx->log, &len0);
    ProgressLog *log = open_log(fx, false);
    AwError err;
    Attempt bad[6];
    for (int i = 0; i < 6; i++)
        bad[i] = fx_attempt("q1a", 1, 0);
    bad[0].answer = "{\"open\": ";
    bad[1].score = 1.5;
    bad[2].score = 0.0 / 0.0;
    bad[3].item = "";
    bad[4].item = "q1\nq2";
    bad[5].mode = ATTEMPT_OTHER;
    static const AwErrCode says[6] = {AW_ERR_ANSWER_NOT_JSON, AW_ERR_BAD_ATTEMPT, AW_ERR_BAD_ATTEMPT,
                                      AW_ERR_BAD_ITEM_ID,     AW_ERR_BAD_ITEM_ID, AW_ERR_BAD_ATTEMPT};
    for (int i = 0; i < 6; i++) {
        aw_fail(&err, AW_OK);
        assert_false(progress_record(log, &bad[i], &err));
        if (err.code != says[i])
            fail_msg("attempt %d: %s, not %s", i, aw_error_name(err.code), aw_error_name(says[i]));
        if (i == 4) /* the offending code, for the message */
            assert_string_equal(err.what, "q1\nq2");
    }
    assert_int_equal(progress_count(log), 2);
    progress_close(log);
    size_t len1 = 0;
    char *after = fx_read(fx->log, &len1);
    assert_int_equal(len0, len1);
    assert_memory_equal(before, after, len0);
    free(before);
    free(after);
}

static void progress_open_reports_a_torn_last_line_once_keeps_it_aside_and_skips_it(void **state)
{
    Fx *fx = *state;
    seed(fx, 3);
    size_t good_len = 0;
    char *good = fx_read(fx->log, &good_len);
    const char torn[] = "{\"time\":\"2026-03-02T10:09:00.000Z\",\"item\":\"q1";
    fx_write(fx->log, "ab", torn, sizeof torn - 1);

    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    const ProgressReport *r = progress_report(log);
    assert_true(r->torn);
    assert_true(r->torn_kept);
    assert_int_equal(r->torn_bytes, sizeof torn - 1);
    assert_int_equal(progress_count(log), 3);
    assert_int_equal(fx->diag.warnings, 1);
    assert_true(diag_mentions(&fx->diag, DIAG_WARNING, "half opgeslagen"));
    char torn_path[4200];
    snprintf(torn_path, sizeof torn_path, "%s.torn", fx->log);
    char *kept = fx_read(torn_path, NULL);
    assert_non_null(kept);
    assert_string_equal(kept, "{\"time\":\"2026-03-02T10:09:00.000Z\",\"item\":\"q1\n");
    free(kept);

    /* The next answer starts on a fresh line... */
    record(log, "q2a", 1, 20);
    progress_close(log);
    size_t len = 0;
    char *text = fx_read(fx->log, &len);
    assert_true(len > good_len);
    assert_memory_equal(text, good, good_len);
    assert_true(text[good_len] == '{' && text[len - 1] == '\n');
    free(text);
    free(good);

    /* ...and the torn line is not reported again. */
    log = open_log(fx, false);
    assert_false(progress_report(log)->torn);
    assert_int_equal(fx->diag.count, 0);
    assert_int_equal(progress_count(log), 4);
    progress_close(log);
}

static void progress_open_treats_an_unreadable_last_line_with_newline_as_torn(void **state)
{
    Fx *fx = *state;
    seed(fx, 2);
    fx_write(fx->log, "ab", "{\"time\":\0\0\0\n", 12);
    ProgressLog *log = open_log(fx, false);
    assert_true(progress_report(log)->torn);
    assert_int_equal(progress_count(log), 2);
    record(log, "q1a", 1, 30);
    progress_close(log);
    log = open_log(fx, false);
    assert_int_equal(fx->diag.count, 0);
    assert_int_equal(progress_count(log), 3);
    progress_close(log);
}

static void progress_open_skips_a_damaged_middle_line_and_leaves_it_in_place(void **state)
{
    Fx *fx = *state;
    seed(fx, 2);
    /* header, answer, two damaged lines, answer */
    char *text = fx_read(fx->log, NULL);
    char *second = strchr(strchr(text, '\n') + 1, '\n') + 1;
    char *tail = strdup(second);
    *second = '\0';
    fx_write(fx->log, "wb", text, strlen(text));
    static const char bad_utf8[] = "{\"time\":\"2026-03-02T10:00:00Z\",\"item\":\"\xff\xfe\"}\n";
    fx_write(fx->log, "ab", bad_utf8, sizeof bad_utf8 - 1);
    fx_write(fx->log, "ab", "not json at all\n", 16);
    fx_write(fx->log, "ab", tail, strlen(tail));
    free(text);
    free(tail);
    size_t len0 = 0;
    char *before = fx_read(fx->log, &len0);

    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    const ProgressReport *r = progress_report(log);
    assert_int_equal(r->skipped_lines, 2);
    assert_int_equal(r->first_skipped_line, 3);
    assert_false(r->torn);
    assert_int_equal(progress_count(log), 2);
    assert_int_equal(progress_attempts(log)[1].line, 5);
    assert_true(diag_mentions(&fx->diag, DIAG_WARNING, "overgeslagen"));
    progress_close(log);
    size_t len1 = 0;
    char *after = fx_read(fx->log, &len1);
    assert_int_equal(len0, len1);
    assert_memory_equal(before, after, len0);
    free(before);
    free(after);
}

static void progress_open_moves_an_unreadable_log_aside_and_starts_a_new_one(void **state)
{
    Fx *fx = *state;
    static const char garbage[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR not a log \xc3\x28\n{\"time\":1}\n";
    fx_write(fx->log, "wb", garbage, sizeof garbage - 1);
    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    const ProgressReport *r = progress_report(log);
    assert_true(r->moved_aside);
    assert_true(r->created);
    assert_int_equal(progress_count(log), 0);
    assert_true(diag_mentions(&fx->diag, DIAG_WARNING, "niets verwijderd"));
    char expect[4200];
    snprintf(expect, sizeof expect, "%s.corrupt-20260302T100000Z", fx->log);
    assert_string_equal(r->moved_path, expect);
    size_t len = 0;
    char *kept = fx_read(expect, &len);
    assert_int_equal(len, sizeof garbage - 1);
    assert_memory_equal(kept, garbage, len);
    free(kept);
    record(log, "q1a", 1, 1);
    progress_close(log);
    log = open_log(fx, false);
    assert_int_equal(progress_count(log), 1);
    assert_int_equal(fx->diag.count, 0);
    progress_close(log);
}

static void progress_open_never_overwrites_a_log_set_aside_earlier(void **state)
{
    Fx *fx = *state;
    fx_write(fx->log, "wb", "first\n", 6);
    ProgressLog *log = open_log(fx, false);
    progress_close(log);
    fx_write(fx->log, "wb", "second\n", 7);
    log = open_log(fx, false); /* the same clock: the same name is taken */
    char second[4200];
    snprintf(second, sizeof second, "%s.corrupt-20260302T100000Z-2", fx->log);
    assert_string_equal(progress_report(log)->moved_path, second);
    progress_close(log);
    char *a = fx_read(second, NULL);
    second[strlen(second) - 2] = '\0';
    char *b = fx_read(second, NULL);
    assert_string_equal(a, "second\n");
    assert_string_equal(b, "first\n");
    free(a);
    free(b);
    assert_int_equal(fx_count_prefix(fx->dir, "attempts.jsonl.corrupt-"), 2);
}

static void progress_open_leaves_a_log_from_a_newer_version_untouched(void **state)
{
    Fx *fx = *state;
    static const char newer[] = "{\"kind\":\"accountwijs-attempts\",\"format\":2}\n{\"whatever\":1}\npartial";
    fx_write(fx->log, "wb", newer, sizeof newer - 1);
    ProgressLog *log = open_log(fx, false);
    assert_null(log);
    assert_true(diag_mentions(&fx->diag, DIAG_ERROR, "nieuwere versie"));
    char *text = fx_read(fx->log, NULL);
    assert_string_equal(text, newer);
    free(text);
    assert_int_equal(fx_count_prefix(fx->dir, "attempts.jsonl."), 0);
}

static void progress_open_gives_an_empty_file_its_header(void **state)
{
    Fx *fx = *state;
    fx_write(fx->log, "wb", "", 0);
    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    record(log, "q1a", 1, 1);
    progress_close(log);
    log = open_log(fx, true);
    assert_int_equal(progress_count(log), 1);
    progress_close(log);
}

/* ---- injected failures ---------------------------------------------------- */

typedef enum { WRITE_OK, WRITE_SHORT, WRITE_HALF_THEN_ENOSPC, WRITE_EIO, FSYNC_EIO } Fault;

typedef struct {
    Fault fault;
    int calls;
} Faults;

static ssize_t faulty_write(void *ctx, int fd, const void *buf, size_t n)
{
    Faults *f = ctx;
    f->calls++;
    switch (f->fault) {
    case WRITE_SHORT:
        return write(fd, buf, n / 2);
    case WRITE_HALF_THEN_ENOSPC:
        if (write(fd, buf, n / 2) < 0)
            return -1;
        errno = ENOSPC;
        return -1;
    case WRITE_EIO:
        errno = EIO;
        return -1;
    default:
        return write(fd, buf, n);
    }
}

static int faulty_fsync(void *ctx, int fd)
{
    Faults *f = ctx;
    if (f->fault == FSYNC_EIO) {
        errno = EIO;
        return -1;
    }
    return fsync(fd);
}

static void progress_record_with_an_injected_write_failure_leaves_the_log_byte_identical(void **state)
{
    Fx *fx = *state;
    seed(fx, 4);
    static const struct {
        Fault fault;
        AwErrCode says;
        int sys;
    } cases[] = {{WRITE_SHORT, AW_ERR_DISK_FULL, ENOSPC},
                 {WRITE_HALF_THEN_ENOSPC, AW_ERR_DISK_FULL, ENOSPC},
                 {WRITE_EIO, AW_ERR_ANSWER_NOT_SAVED, EIO},
                 {FSYNC_EIO, AW_ERR_ANSWER_NOT_SAVED, EIO}};
    Faults faults = {WRITE_OK, 0};
    ProgressIo io = {faulty_write, faulty_fsync, &faults};
    ProgressOptions o = {.now_ms = fx_time(0), .io = &io};
    ProgressLog *log = progress_open(fx->log, &o, &fx->diag);
    assert_non_null(log);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len0 = 0;
        char *before = fx_read(fx->log, &len0);
        faults.fault = cases[i].fault;
        Attempt a = fx_attempt("q2a", 1, 100);
        AwError err;
        assert_false(progress_record(log, &a, &err));
        if (err.code != cases[i].says || err.sys != cases[i].sys)
            fail_msg("case %zu: %s (%d), not %s (%d)", i, aw_error_name(err.code), err.sys,
                     aw_error_name(cases[i].says), cases[i].sys);
        assert_string_equal(err.path, fx->log);
        assert_int_equal(progress_count(log), 4);
        size_t len1 = 0;
        char *after = fx_read(fx->log, &len1);
        assert_int_equal(len0, len1);
        assert_memory_equal(before, after, len0);
        free(before);
        free(after);
    }
    /* Once the disk has room again, answers are kept as before. */
    faults.fault = WRITE_OK;
    record(log, "q2a", 1, 101);
    assert_int_equal(progress_count(log), 5);
    progress_close(log);
    log = open_log(fx, false);
    assert_int_equal(progress_count(log), 5);
    assert_int_equal(fx->diag.count, 0);
    progress_close(log);
}

/* ---- who may write ------------------------------------------------------- */

static void progress_open_refuses_a_second_writer_on_the_same_log(void **state)
{
    Fx *fx = *state;
    ProgressLog *first = open_log(fx, false);
    assert_non_null(first);
    ProgressLog *second = open_log(fx, false);
    assert_null(second);
    assert_true(diag_mentions(&fx->diag, DIAG_ERROR, "ander venster"));
    ProgressLog *reader = open_log(fx, true); /* the teacher's export may read along */
    assert_non_null(reader);
    progress_close(reader);
    record(first, "q1a", 1, 1);
    progress_close(first);
    second = open_log(fx, false);
    assert_non_null(second);
    assert_int_equal(progress_count(second), 1);
    progress_close(second);
}

static void progress_open_read_only_reports_damage_but_changes_nothing(void **state)
{
    Fx *fx = *state;
    seed(fx, 2);
    fx_write(fx->log, "ab", "{\"time\"", 7);
    size_t len0 = 0;
    char *before = fx_read(fx->log, &len0);
    ProgressLog *log = open_log(fx, true);
    assert_non_null(log);
    assert_true(progress_report(log)->torn);
    assert_false(progress_report(log)->torn_kept);
    assert_int_equal(progress_count(log), 2);
    AwError err;
    Attempt a = fx_attempt("q1a", 1, 0);
    assert_false(progress_record(log, &a, &err));
    progress_close(log);
    size_t len1 = 0;
    char *after = fx_read(fx->log, &len1);
    assert_int_equal(len0, len1);
    assert_memory_equal(before, after, len0);
    free(before);
    free(after);
    assert_int_equal(fx_count_prefix(fx->dir, "attempts.jsonl."), 0);

    /* An unreadable log is an error when reading only, and is not moved. */
    fx_write(fx->log, "wb", "garbage\n", 8);
    assert_null(open_log(fx, true));
    assert_int_equal(fx_count_prefix(fx->dir, "attempts.jsonl."), 0);
}

static void progress_open_read_only_on_a_missing_log_gives_no_attempts(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, true);
    assert_non_null(log);
    assert_int_equal(progress_count(log), 0);
    progress_close(log);
    assert_false(fx_exists(fx->log));
}

static void progress_torn_tail_that_cannot_be_set_aside_stays_and_the_next_answer_starts_a_new_line(void **state)
{
    Fx *fx = *state;
    seed(fx, 2);
    fx_write(fx->log, "ab", "{\"ti", 4);
    char torn[4200];
    snprintf(torn, sizeof torn, "%s.torn", fx->log);
    assert_int_equal(mkdir(torn, 0700), 0); /* cannot be opened as a file */
    ProgressLog *log = open_log(fx, false);
    assert_true(progress_report(log)->torn);
    assert_false(progress_report(log)->torn_kept);
    record(log, "q1a", 1, 9);
    assert_int_equal(progress_attempts(log)[2].line, 5);
    progress_close(log);
    log = open_log(fx, false);
    assert_int_equal(progress_count(log), 3);
    assert_int_equal(progress_report(log)->skipped_lines, 1);
    assert_int_equal(progress_attempts(log)[2].line, 5);
    progress_close(log);
}

typedef struct {
    int n, with_session;
    char items[8][32];
} Tail;

static bool collect(void *ctx, const Attempt *a)
{
    Tail *t = ctx;
    if (t->n < 8)
        snprintf(t->items[t->n], sizeof t->items[t->n], "%s", a->item);
    t->n++;
    t->with_session += a->session && strcmp(a->session, "t1-2-abc") == 0;
    return true;
}

static void progress_scan_from_reads_only_the_tail_and_gives_each_answer_its_session(void **state)
{
    Fx *fx = *state;
    ProgressLog *log = open_log(fx, false);
    assert_non_null(log);
    record(log, "q1", 1, 1);
    record(log, "q2", 0, 2);
    int64_t end = progress_end(log);
    AwError err;
    for (int i = 0; i < 2; i++) {
        Attempt a = fx_attempt(i ? "q4" : "q3", 1, 3 + i);
        a.session = "t1-2-abc";
        assert_true(progress_record(log, &a, &err));
    }
    /* A session that is not text is refused, the log left alone. */
    Attempt bad = fx_attempt("q5", 1, 6);
    bad.session = "t1\n";
    assert_false(progress_record(log, &bad, &err));
    assert_int_equal(err.code, AW_ERR_BAD_SESSION);
    assert_string_equal(err.what, "t1\n");
    bad.session = "";
    assert_false(progress_record(log, &bad, &err));
    /* The loaded list does not keep sessions (progress.h). */
    assert_int_equal(progress_count(log), 4);
    assert_null(progress_attempts(log)[3].session);
    int64_t total = progress_end(log);
    progress_close(log);
    size_t len;
    char *text = fx_read(fx->log, &len);
    assert_int_equal((int64_t)len, total);
    assert_non_null(strstr(text, "\"session\":\"t1-2-abc\"}\n"));
    free(text);

    /* From END: the two answers of the session, nothing before them. */
    Tail t = {0};
    assert_true(progress_scan_from(fx->log, end, collect, &t));
    assert_int_equal(t.n, 2);
    assert_int_equal(t.with_session, 2);
    assert_string_equal(t.items[0], "q3");
    assert_string_equal(t.items[1], "q4");
    /* From the end: nothing. */
    memset(&t, 0, sizeof t);
    assert_true(progress_scan_from(fx->log, total, collect, &t));
    assert_int_equal(t.n, 0);
    /* Not the start of a line, or past the end (a log rewritten since):
     * the whole log. */
    static const int64_t whole[] = {0, 5, 1 << 30};
    for (size_t k = 0; k < 3; k++) {
        memset(&t, 0, sizeof t);
        assert_true(progress_scan_from(fx->log, whole[k] == 5 ? end - 1 : whole[k], collect, &t));
        assert_int_equal(t.n, 4);
        assert_int_equal(t.with_session, 2);
    }
    /* A session that is not a string, or holds a control character, reads
     * as none. */
    FILE *f = fopen(fx->log, "a");
    assert_non_null(f);
    fputs("{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"q6\",\"content_version\":\"1\",\"answer\":null,"
          "\"score\":1,\"ms\":1,\"mode\":\"exam\",\"session\":7}\n",
          f);
    fputs("{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"q7\",\"content_version\":\"1\",\"answer\":null,"
          "\"score\":1,\"ms\":1,\"mode\":\"exam\",\"session\":\"t1-2-abc\\u0007\"}\n",
          f);
    fclose(f);
    memset(&t, 0, sizeof t);
    assert_true(progress_scan_from(fx->log, total, collect, &t));
    assert_int_equal(t.n, 2);
    assert_int_equal(t.with_session, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(progress_scan_from_reads_only_the_tail_and_gives_each_answer_its_session, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_creates_a_log_that_starts_with_a_format_header, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_record_appends_one_line_that_reloads_with_every_field, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_keeps_what_is_in_memory_equal_to_what_a_reload_reads, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_record_keeps_the_shown_order_and_older_lines_load_without_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_record_refuses_invalid_attempts_and_leaves_the_file_alone, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_reports_a_torn_last_line_once_keeps_it_aside_and_skips_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_treats_an_unreadable_last_line_with_newline_as_torn, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_skips_a_damaged_middle_line_and_leaves_it_in_place, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_moves_an_unreadable_log_aside_and_starts_a_new_one, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_open_never_overwrites_a_log_set_aside_earlier, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_open_leaves_a_log_from_a_newer_version_untouched, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_open_gives_an_empty_file_its_header, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_record_with_an_injected_write_failure_leaves_the_log_byte_identical,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(progress_open_refuses_a_second_writer_on_the_same_log, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_open_read_only_reports_damage_but_changes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(progress_open_read_only_on_a_missing_log_gives_no_attempts, setup, teardown),
        cmocka_unit_test_setup_teardown(
            progress_torn_tail_that_cannot_be_set_aside_stays_and_the_next_answer_starts_a_new_line, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
