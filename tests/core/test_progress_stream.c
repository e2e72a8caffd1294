/* test_progress_stream.c - the log read as a stream (scale):
 * what mastery_compute derives from the bounded summaries the log keeps is
 * what the pass over every attempt derived before (a copy of that pass is
 * the reference here), on a mixed log: questions, a scenario, ids no
 * longer in the course, a clock set back, damaged lines and a torn tail,
 * more attempts than the recent window holds; for the offset the log was
 * opened with and for others (read again from the file); loaded and
 * recorded. And what is kept does not grow with the number of lines.
 * The course is tests/data/progress/course (q1a-q3c, scenario sc-test). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "isotime.h"
#include "course.h"
#include "mastery.h"
#include "progress_fixture.h"

static Course *load_course(void)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/progress/course", AW_TEST_DATA);
    Diag d;
    diag_init(&d);
    Course *c = course_load(dir, &d);
    diag_free(&d);
    assert_non_null(c);
    return c;
}

/* ---- the reference: every attempt in memory, one pass (the code before) -- */

typedef struct {
    int64_t time_ms;
    char item[32];
    double score;
} Ref;

typedef struct {
    Ref *v;
    size_t n, cap;
} Refs;

static bool collect(void *ctx, const Attempt *a)
{
    Refs *r = ctx;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 1024;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
        assert_non_null(r->v);
    }
    Ref *x = &r->v[r->n++];
    x->time_ms = a->time_ms;
    snprintf(x->item, sizeof x->item, "%s", a->item);
    x->score = a->score;
    return true;
}

typedef struct {
    double s[MASTERY_WINDOW];
    size_t start, n;
} Ring;

static double ring_push(Ring *r, double score)
{
    if (r->n < MASTERY_WINDOW) {
        r->s[(r->start + r->n++) % MASTERY_WINDOW] = score;
    } else {
        r->s[r->start] = score;
        r->start = (r->start + 1) % MASTERY_WINDOW;
    }
    double ordered[MASTERY_WINDOW];
    for (size_t i = 0; i < r->n; i++)
        ordered[i] = r->s[(r->start + i) % MASTERY_WINDOW];
    return mastery_of_scores(ordered, r->n);
}

/* The pass of mastery.c before it read the log as a stream, over REFS, compared with M. */
static void check_against_reference(const Mastery *m, const Course *c, const Refs *refs, int64_t now_ms, int offset)
{
    size_t nq = c->nquestions;
    ItemMastery *q = calloc(nq + 1, sizeof *q), *s = calloc(c->nscenarios + 1, sizeof *s);
    Ring *rq = calloc(nq + 1, sizeof *rq), *rs = calloc(c->nscenarios + 1, sizeof *rs);
    HistoryPoint *h = calloc(refs->n + 1, sizeof *h);
    int64_t *days = calloc(refs->n + 1, sizeof *days);
    size_t nh = 0, ndays = 0, unknown = 0, nquestions = 0, nscen = 0;
    int64_t last_day = INT64_MIN, last_ms = 0;
    const char *last_item = NULL;
    double sum = 0;
    for (size_t k = 0; k < refs->n; k++) {
        const Ref *a = &refs->v[k];
        int64_t day = isotime_day(a->time_ms, offset);
        if (day > last_day)
            days[ndays++] = last_day = day;
        const Question *qu = course_question(c, a->item);
        const Scenario *sc = qu ? NULL : course_scenario(c, a->item);
        if (!qu && !sc) {
            unknown++;
            continue;
        }
        ItemMastery *it;
        if (qu) {
            size_t t = (size_t)(qu - c->questions);
            nquestions++;
            it = &q[t];
            double before = it->mastery;
            it->mastery = ring_push(&rq[t], a->score);
            sum += it->mastery - before;
        } else {
            size_t t = (size_t)(sc - c->scenarios);
            nscen++;
            it = &s[t];
            it->mastery = ring_push(&rs[t], a->score);
        }
        it->attempts++;
        it->last_score = a->score;
        it->last_ms = a->time_ms;
        if (a->time_ms >= last_ms) {
            last_ms = a->time_ms;
            last_item = a->item;
        }
        HistoryPoint *p = nh ? &h[nh - 1] : NULL;
        if (!p || day > p->day) {
            p = &h[nh++];
            *p = (HistoryPoint){day, 0, 0, 0};
        }
        p->mean_score += (a->score - p->mean_score) / (double)++p->attempts;
        p->mastery = nq ? sum / (double)nq : 0;
    }
    assert_int_equal(m->attempts, refs->n);
    assert_int_equal(m->attempts_unknown, unknown);
    assert_int_equal(m->attempts_questions, nquestions);
    assert_int_equal(m->attempts_scenarios, nscen);
    for (size_t i = 0; i < nq; i++) {
        assert_int_equal(m->questions[i].attempts, q[i].attempts);
        assert_true(fabs(m->questions[i].mastery - q[i].mastery) < 1e-12);
        assert_true(m->questions[i].last_score == q[i].last_score);
        assert_int_equal(m->questions[i].last_ms, q[i].last_ms);
    }
    for (size_t i = 0; i < c->nscenarios; i++) {
        assert_int_equal(m->scenarios[i].attempts, s[i].attempts);
        assert_true(fabs(m->scenarios[i].mastery - s[i].mastery) < 1e-12);
    }
    assert_int_equal(m->days_practised, ndays);
    int64_t today = isotime_day(now_ms, offset);
    size_t streak = 0;
    if (last_day == today || last_day == today - 1) {
        streak = 1;
        for (size_t i = ndays; --i > 0 && days[i - 1] == days[i] - 1;)
            streak++;
    }
    assert_int_equal(m->streak_days, streak);
    assert_int_equal(m->practised_today, last_day == today);
    assert_int_equal(m->nhistory, nh);
    for (size_t i = 0; i < nh; i++) {
        assert_int_equal(m->history[i].day, h[i].day);
        assert_int_equal(m->history[i].attempts, h[i].attempts);
        /* A mean of sums instead of a running mean: equal to rounding. */
        assert_true(fabs(m->history[i].mean_score - h[i].mean_score) < 1e-9);
        assert_true(fabs(m->history[i].mastery - h[i].mastery) < 1e-9);
    }
    assert_int_equal(m->last_ms, last_ms);
    assert_non_null(m->last_item);
    assert_string_equal(m->last_item, last_item);
    free(q);
    free(s);
    free(rq);
    free(rs);
    free(h);
    free(days);
}

/* ---- the mixed log -------------------------------------------------------- */

static const char *const items[] = {"q1a", "q1b", "q1c", "q1d", "q2a",     "q2b",   "q2c",
                                    "q2d", "q3a", "q3b", "q3c", "sc-test", "old-1", "old-2"};
enum { NITEMS = sizeof items / sizeof *items, DAYS = 40, PER_DAY = 60 };

/* 2,400 attempts over 40 days (and three at one newest time), between 08:00 and 16:00 UTC (so every
 * offset from -5 h to +7 h keeps them on the same local days); each day
 * starts with a question of the course; now and then the clock is a day
 * behind; scores 0, 1/3, 2/3, 1 and 0.5. */
static void write_mixed(const char *path, bool damaged)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T09:00:00.000Z\"}\n", f);
    uint64_t rng = 7;
    for (int d = 0; d < DAYS; d++)
        for (int k = 0; k < PER_DAY; k++) {
            rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
            uint32_t r = (uint32_t)(rng >> 33);
            const char *item = k == 0 ? items[r % 11] : items[r % NITEMS];
            int back = k > 0 && r % 97 == 0 ? 1 : 0;
            int64_t t = fx_time(((int64_t)(d - back) * 24 - 2) * 60 + k * 7); /* fx_time(0) is 10:00 UTC */
            char when[ISOTIME_SIZE];
            isotime_format(t, when);
            static const char *const scores[] = {"0", "0.333333", "0.666667", "1", "0.5"};
            static const char *const modes[] = {"practice", "exam", "review", "scenario"};
            fprintf(f,
                    "{\"time\":\"%s\",\"item\":\"%s\",\"content_version\":\"t1\",\"answer\":{\"choice\":\"%c\"},"
                    "\"score\":%s,\"ms\":%u,\"mode\":\"%s\"%s}\n",
                    when, item, 'a' + (int)(r % 4), scores[(r >> 4) % 5], 1000 + r % 5000,
                    strcmp(item, "sc-test") == 0 ? "scenario" : modes[(r >> 8) % 3],
                    r % 5 == 0 ? ",\"shown\":{\"order\":[\"b\",\"a\",\"c\"]}" : "");
            if (damaged && r % 211 == 0)
                fputs("{\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\n", f);
        }
    /* The same newest time three times: the later line is where the student left off. */
    static const char *const ties[] = {"q2a", "q3b", "q2a"};
    for (int k = 0; k < 3; k++)
        fprintf(f,
                "{\"time\":\"2026-04-11T15:00:00.000Z\",\"item\":\"%s\",\"content_version\":\"t1\",\"answer\":null,"
                "\"score\":1,\"ms\":5,\"mode\":\"practice\"}\n",
                ties[k]);
    if (damaged)
        fputs("{\"time\":\"2026-04-30T09:00:00.000Z\",\"item\":\"q1a\",\"content_v", f);
    fclose(f);
}

static ProgressLog *open_at(const char *path, int offset)
{
    Diag d;
    diag_init(&d);
    ProgressOptions o = {.utc_offset_min = offset, .now_ms = fx_time(0)};
    ProgressLog *log = progress_open(path, &o, &d);
    diag_free(&d);
    assert_non_null(log);
    return log;
}

static void compare(const char *path, ProgressLog *log, const Course *c, int offset, int64_t now_ms)
{
    Refs refs = {0};
    assert_true(progress_scan(path, collect, &refs));
    assert_int_equal(refs.n, progress_count(log));
    Mastery m;
    AwError err;
    assert_true(mastery_compute(&m, c, log, now_ms, offset, &err));
    check_against_reference(&m, c, &refs, now_ms, offset);
    mastery_free(&m);
    free(refs.v);
}

static void streamed_summaries_give_what_every_attempt_gave(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    write_mixed(path, true);
    Course *c = load_course();
    int64_t today = fx_time(((int64_t)(DAYS - 1) * 24 + 2) * 60);
    static const int offsets[] = {0, 120, -300, 420};
    for (size_t i = 0; i < sizeof offsets / sizeof *offsets; i++) {
        ProgressLog *log = open_at(path, offsets[i]);
        assert_true(progress_report(log)->skipped_lines > 0);
        assert_true(progress_report(log)->torn == (i == 0)); /* then set aside */
        assert_int_equal(progress_count(log), DAYS * PER_DAY + 3);
        /* The log's own days, then every other offset read again from the file. */
        for (size_t j = 0; j < sizeof offsets / sizeof *offsets; j++) {
            compare(path, log, c, offsets[j], today);
            compare(path, log, c, offsets[j], today + INT64_C(86400000) * 3);
        }
        progress_close(log);
    }
    course_free(c);
    fx_free_dir(dir);
}

static bool copy_attempt(void *ctx, const Attempt *a)
{
    ProgressLog *log = ctx;
    AwError err;
    if (!progress_record(log, a, &err))
        fail_msg("%s", aw_error_name(err.code));
    return true;
}

static void recording_keeps_the_same_summaries_as_loading(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), from[4200], to[4200];
    snprintf(from, sizeof from, "%s/from.jsonl", dir);
    snprintf(to, sizeof to, "%s/to.jsonl", dir);
    write_mixed(from, false);
    Course *c = load_course();
    ProgressLog *log = open_at(to, 60);
    assert_true(progress_scan(from, copy_attempt, log));
    assert_int_equal(progress_count(log), DAYS * PER_DAY + 3);
    compare(to, log, c, 60, fx_time((int64_t)DAYS * 24 * 60));
    /* The newest attempts in full, the window bounded. */
    size_t n = progress_recent_count(log);
    assert_true(n >= PROGRESS_RECENT && n <= 2 * PROGRESS_RECENT);
    const Attempt *last = &progress_attempts(log)[n - 1];
    Refs refs = {0};
    assert_true(progress_scan(from, collect, &refs));
    assert_int_equal(last->time_ms, refs.v[refs.n - 1].time_ms);
    assert_string_equal(last->item, refs.v[refs.n - 1].item);
    free(refs.v);
    progress_close(log);
    course_free(c);
    fx_free_dir(dir);
}

/* N attempts on the same 12 items within one day. */
static void write_one_day(const char *path, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T09:00:00.000Z\"}\n", f);
    for (size_t k = 0; k < n; k++) {
        char when[ISOTIME_SIZE];
        isotime_format(fx_time(8 * 60) + (int64_t)k, when);
        fprintf(f,
                "{\"time\":\"%s\",\"item\":\"%s\",\"content_version\":\"t1\",\"answer\":{\"choice\":\"a\"},"
                "\"score\":1,\"ms\":1000,\"mode\":\"practice\"}\n",
                when, items[k % 12]);
    }
    fclose(f);
}

static void what_is_kept_does_not_grow_with_the_lines(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    static const size_t sizes[] = {2000, 50000};
    for (size_t i = 0; i < 2; i++) {
        write_one_day(path, sizes[i]);
        ProgressLog *log = open_at(path, 0);
        assert_int_equal(progress_count(log), sizes[i]);
        assert_int_equal(progress_item_count(log), 12);
        bool owned;
        const ProgressDays *d = progress_days(log, 0, &owned);
        assert_false(owned);
        assert_int_equal(d->ndays, 1);
        assert_int_equal(d->nitems, 12); /* one entry per item and day, not per line */
        assert_true(progress_recent_count(log) <= 2 * PROGRESS_RECENT);
        assert_int_equal(progress_item(log, 0)->attempts, (sizes[i] + 11) / 12);
        progress_close(log);
    }
    fx_free_dir(dir);
}

/* A damaged line of 1 MiB (longer than any answer can make it) among
 * lines that cross the reader's 1 MiB chunks: it is skipped without being
 * held in memory, the others load. */
static void a_very_long_line_is_one_damaged_line(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/attempts.jsonl", dir);
    write_one_day(path, 3000);
    FILE *f = fopen(path, "ab");
    assert_non_null(f);
    fputc('{', f);
    for (int i = 0; i < 1 << 20; i++)
        fputc('x', f);
    fputs("}\n", f);
    fprintf(f, "{\"time\":\"2026-03-02T11:00:00.000Z\",\"item\":\"q1a\",\"content_version\":\"t1\",\"answer\":1,"
               "\"score\":1,\"ms\":1,\"mode\":\"practice\"}\n");
    fclose(f);
    ProgressLog *log = open_at(path, 0);
    assert_int_equal(progress_count(log), 3001);
    assert_int_equal(progress_report(log)->skipped_lines, 1);
    assert_int_equal(progress_report(log)->first_skipped_line, 3002);
    const Attempt *a = progress_attempts(log);
    size_t n = progress_recent_count(log);
    assert_string_equal(a[n - 1].answer, "1");
    assert_int_equal(a[n - 1].line, 3003);
    progress_close(log);
    fx_free_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(streamed_summaries_give_what_every_attempt_gave),
        cmocka_unit_test(recording_keeps_the_same_summaries_as_loading),
        cmocka_unit_test(what_is_kept_does_not_grow_with_the_lines),
        cmocka_unit_test(a_very_long_line_is_one_damaged_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
