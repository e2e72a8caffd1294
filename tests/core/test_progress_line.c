/* test_progress_line.c - the two readers of an attempt line
 * (progress_line.c): the fast one for lines in the form progress_record
 * writes, and the general one for any other sound line. They must agree
 * on every line: whether it is sound and every value read from it; and a
 * log read through either gives the same memory states (review.h), with
 * escapes, reordered keys, spaces, unknown keys and a torn last line.
 * The course is tests/data/review/course (r1-*, r2-a .. r2-f, rq-1). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "course.h"
#include "progress_fixture.h"
#include "progress_internal.h"
#include "review.h"

#define T0 INT64_C(1772445600000) /* 2026-03-02T10:00:00Z */

static uint32_t next_rand(uint64_t *rng)
{
    *rng = *rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(*rng >> 33);
}

static void same_string(const char *a, const char *b)
{
    if (!a || !b)
        assert_true(a == b);
    else
        assert_string_equal(a, b);
}

/* Both readers on line S (N bytes): the same verdict and the same values. */
static bool same_reading(const char *s, size_t n)
{
    ParsedAttempt f = {0}, g = {0};
    bool fok = progress_parse_line(s, n, &f), gok = progress_parse_line_general(s, n, &g);
    if (fok != gok)
        fprintf(stderr, "readers disagree (%d, %d) on: %.*s\n", fok, gok, (int)n, s);
    assert_int_equal(fok, gok);
    if (fok) {
        assert_true(f.a.time_ms == g.a.time_ms);
        same_string(f.a.item, g.a.item);
        same_string(f.a.version, g.a.version);
        same_string(f.a.answer, g.a.answer);
        assert_int_equal(f.answer_len, g.answer_len);
        same_string(f.a.shown, g.a.shown);
        assert_int_equal(f.shown_len, g.shown_len);
        assert_true(f.a.score == g.a.score);
        assert_true(f.a.ms == g.a.ms);
        assert_int_equal(f.a.mode, g.a.mode);
        same_string(f.a.session, g.a.session);
    }
    jsonbuf_free(&f.text);
    jsonbuf_free(&g.text);
    return fok;
}

/* Lines as progress_record writes them: recorded into a log in DIR and
 * read back; *N lines. The caller frees the file's text (the lines point
 * into it). */
static char *recorded(const char *dir, const Attempt *as, size_t count, char **lines, size_t *n)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/recorded.jsonl", dir);
    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(path, NULL, &d);
    diag_free(&d);
    assert_non_null(log);
    AwError err;
    for (size_t i = 0; i < count; i++)
        assert_true(progress_record(log, &as[i], &err));
    progress_close(log);
    char *text = fx_read(path, NULL);
    assert_non_null(text);
    *n = 0;
    char *p = strchr(text, '\n') + 1; /* past the header */
    for (char *nl; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
        *nl = '\0';
        lines[(*n)++] = p;
    }
    return text;
}

static const Attempt samples[] = {
    {.time_ms = T0, .item = "r1-single", .version = "h1", .answer = "{\"choice\":\"a\"}", .score = 1, .ms = 4100},
    {.time_ms = T0 + 1,
     .item = "r1-multi",
     .version = "2026.1",
     .answer = NULL,
     .score = 0.666667,
     .ms = 0,
     .mode = ATTEMPT_REVIEW,
     .shown = "{\"order\":[\"c\",\"a\",\"b\"]}"},
    {.time_ms = T0 + 999,
     .item = "r1-match",
     .version = "",
     .answer = "[1, 2.5e-3, true, null, \"x\\u00e9\"]",
     .score = 0.333333,
     .ms = 123456789,
     .mode = ATTEMPT_EXAM,
     .session = "t-20260302-1"},
    {.time_ms = 0,
     .item = "sc-x",
     .version = "h1",
     .answer = "\"tekst met \\\"quotes\\\"\"",
     .score = 0.5,
     .ms = 7,
     .mode = ATTEMPT_SCENARIO,
     .shown = "{\"order\":[\"p2\"],\"right\":[\"p1\"]}",
     .session = "s"},
};

static void every_line_progress_record_writes_takes_the_fast_reader_and_reads_as_the_general_one(void **state)
{
    (void)state;
    char *dir = fx_tempdir();
    char *lines[8];
    size_t n;
    char *text = recorded(dir, samples, 4, lines, &n);
    assert_int_equal(n, 4);
    for (size_t i = 0; i < n; i++) {
        ParsedAttempt p = {0};
        assert_int_equal(progress_parse_line_fast(lines[i], strlen(lines[i]), &p), 1);
        jsonbuf_free(&p.text);
        assert_true(same_reading(lines[i], strlen(lines[i])));
    }
    /* Written by hand in the same form: a null order is no order. */
    static const char *const by_hand[] = {
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":0,\"ms\":5,\"mode\":\"practice\",\"shown\":null}",
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":[],"
        "\"score\":1e-1,\"ms\":0,\"mode\":\"exam\",\"shown\":[],\"session\":\"~\"}",
    };
    for (size_t i = 0; i < 2; i++) {
        ParsedAttempt p = {0};
        assert_int_equal(progress_parse_line_fast(by_hand[i], strlen(by_hand[i]), &p), 1);
        assert_true(i || p.a.shown == NULL);
        jsonbuf_free(&p.text);
        assert_true(same_reading(by_hand[i], strlen(by_hand[i])));
    }
    free(text);
    fx_free_dir(dir);
}

static void lines_in_another_form_go_to_the_general_reader_and_read_the_same(void **state)
{
    (void)state;
    static const char *const sound[] = {
        /* escapes in each string */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"\\u0072\\u0031-single\",\"content_version\":\"h1\","
        "\"answer\":null,\"score\":1,\"ms\":5,\"mode\":\"practice\"}",
        "{\"time\":\"2026-03-02T10:00:00\\u002e000Z\",\"item\":\"r1-single\",\"content_version\":\"h\\/1\","
        "\"answer\":null,\"score\":1,\"ms\":5,\"mode\":\"pr\\u0061ctice\",\"session\":\"t\\u0031\"}",
        /* keys in another order */
        "{\"mode\":\"review\",\"ms\":5,\"score\":0.5,\"answer\":{\"a\":[1]},\"content_version\":\"h1\",\"item\":\"r2-"
        "a\","
        "\"time\":\"2026-03-02T10:00:00.000Z\"}",
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-a\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"exam\",\"session\":\"x\",\"shown\":{\"order\":[\"b\"]}}",
        /* whitespace, a carriage return */
        " {\"time\": \"2026-03-02T10:00:00.000Z\", \"item\": \"r2-b\", \"content_version\": \"h1\", \"answer\": null, "
        "\"score\": 1, \"ms\": 5, \"mode\": \"practice\"}\r",
        /* an unknown key, a mode of a later version, no answer, a null order */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\",\"hint\":true}",
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"flashcards\"}",
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\","
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}",
        /* beyond printable ASCII; a session too long is no session */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-\xc3\xa9\",\"content_version\":\"\xe2\x82\xac\","
        "\"answer\":null,\"score\":1,\"ms\":5,\"mode\":\"practice\"}",
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\",\"session\":\"0123456789012345678901234567890123456789012345678901"
        "234567890123\"}",
    };
    static const char *const unsound[] = {
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\",\"item\":\"r2-d\"}", /* a key twice */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}", /* no id */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\\u0001\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}", /* a control character */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":nul,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}", /* a broken answer */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1.5,\"ms\":5,\"mode\":\"practice\"}", /* a score out of range */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":-5,\"mode\":\"practice\"}", /* a negative time taken */
        "{\"time\":\"2026-03-02 10:00\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}", /* not a time */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-c\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"", /* cut short */
        "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"r2-\xc3\",\"content_version\":\"h1\",\"answer\":null,"
        "\"score\":1,\"ms\":5,\"mode\":\"practice\"}", /* not UTF-8 */
    };
    for (size_t i = 0; i < sizeof sound / sizeof *sound; i++) {
        ParsedAttempt p = {0};
        assert_int_equal(progress_parse_line_fast(sound[i], strlen(sound[i]), &p), -1);
        jsonbuf_free(&p.text);
        assert_true(same_reading(sound[i], strlen(sound[i])));
    }
    for (size_t i = 0; i < sizeof unsound / sizeof *unsound; i++)
        assert_false(same_reading(unsound[i], strlen(unsound[i])));
}

/* Record lines with a byte replaced, deleted or inserted here and there:
 * whatever the damage, both readers judge alike and read alike. */
static void a_damaged_record_line_reads_the_same_through_both_readers(void **state)
{
    (void)state;
    static const char bytes[] = "\"\\{}[],: \t\r0123456789.-+eEtrufalsn/ux\x7f\x01\xc3\xa9\xff";
    char *dir = fx_tempdir();
    char *lines[8];
    size_t n;
    char *text = recorded(dir, samples, 4, lines, &n);
    uint64_t rng = 2026;
    size_t sound = 0;
    char buf[512];
    for (int round = 0; round < 40000; round++) {
        const char *line = lines[round % n];
        size_t len = strlen(line);
        memcpy(buf, line, len);
        for (uint32_t k = next_rand(&rng) % 3 + 1; k > 0; k--) {
            size_t at = next_rand(&rng) % len;
            char c = bytes[next_rand(&rng) % (sizeof bytes - 1)];
            switch (next_rand(&rng) % 3) {
            case 0:
                buf[at] = c;
                break;
            case 1:
                memmove(buf + at, buf + at + 1, len - at - 1);
                len--;
                break;
            default:
                memmove(buf + at + 1, buf + at, len - at);
                buf[at] = c;
                len++;
            }
        }
        sound += same_reading(buf, len);
    }
    assert_true(sound > 1000); /* many a change leaves a sound line */
    free(text);
    fx_free_dir(dir);
}

/* ---- the states of a whole log ---- */

static Course *review_course(void)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/review/course", AW_TEST_DATA);
    Diag d;
    diag_init(&d);
    Course *c = course_load(dir, &d);
    diag_free(&d);
    assert_non_null(c);
    return c;
}

/* LINE (a record line) in one of the forms the fast reader leaves alone. */
static void rewrite(FILE *f, const char *line, int form)
{
    const char *mode = strstr(line, ",\"mode\":");
    const char *end = strchr(mode + 1, ',') ? strchr(mode + 1, ',') : strrchr(line, '}');
    switch (form) {
    case 0: /* spaces */
        fprintf(f, "{ %s \n", line + 1);
        break;
    case 1: /* an escape in the id */
    {
        const char *id = strstr(line, "\"item\":\"") + 8;
        fprintf(f, "%.*s\\u%04x%s\n", (int)(id - line), line, (unsigned char)*id, id + 1);
        break;
    }
    case 2: /* the mode first */
        fprintf(f, "{%.*s,%.*s%s\n", (int)(end - mode - 1), mode + 1, (int)(mode - line - 1), line + 1, end);
        break;
    case 3: /* a carriage return */
        fprintf(f, "%s\r\n", line);
        break;
    case 4: /* an unknown key */
        fprintf(f, "%.*s,\"hint\":\"caf\xc3\xa9\"}\n", (int)strlen(line) - 1, line);
        break;
    default:
        fprintf(f, "%s\n", line);
    }
}

static void same_states(const ReviewStates *a, const ReviewStates *b, size_t nquestions)
{
    assert_int_equal(review_states_answers(a), review_states_answers(b));
    assert_int_equal(review_states_ignored(a), review_states_ignored(b));
    for (size_t q = 0; q < nquestions; q++) {
        const ReviewItem *x = review_states_item(a, q), *y = review_states_item(b, q);
        assert_int_equal(x->reviews, y->reviews);
        assert_int_equal(x->lapses, y->lapses);
        assert_true(x->first_day == y->first_day && x->last_day == y->last_day);
        assert_int_equal(x->last_rating, y->last_rating);
        assert_true(x->fsrs.stability == y->fsrs.stability && x->fsrs.difficulty == y->fsrs.difficulty);
    }
}

static bool feed(void *ctx, const Attempt *a)
{
    review_states_add(ctx, a);
    return true;
}

static void a_log_gives_the_same_states_through_the_fast_and_the_general_reader(void **state)
{
    (void)state;
    setenv("TZ", "UTC0", 1);
    Course *c = review_course();
    char *dir = fx_tempdir();
    enum { COUNT = 3000 };
    static const char *const ids[] = {"r1-single", "r1-multi", "r1-match", "r1-order", "r1-cloze", "r1-tf", "r2-a",
                                      "r2-b",      "r2-c",     "r2-d",     "rq-1",     "gone",     "sc-x"};
    static const AttemptMode modes[] = {ATTEMPT_PRACTICE, ATTEMPT_PRACTICE, ATTEMPT_REVIEW, ATTEMPT_EXAM,
                                        ATTEMPT_SCENARIO};
    static char answers[COUNT][32];
    Attempt *as = calloc(COUNT, sizeof *as);
    uint64_t rng = 14;
    int64_t t = T0;
    for (size_t i = 0; i < COUNT; i++) {
        /* Retries within minutes, other answers hours or days apart. */
        t += next_rand(&rng) % 4 ? 60000 * (next_rand(&rng) % 20) : 3600000 * (next_rand(&rng) % 60);
        snprintf(answers[i], sizeof answers[i], "{\"choice\":\"o%u\"}", next_rand(&rng) % 4);
        as[i] = (Attempt){.time_ms = t,
                          .item = ids[next_rand(&rng) % 13],
                          .version = "h1",
                          .answer = answers[i],
                          .score = (double)(next_rand(&rng) % 4) / 3.0,
                          .ms = 1000 + next_rand(&rng) % 20000,
                          .mode = modes[next_rand(&rng) % 5],
                          .session = next_rand(&rng) % 5 ? NULL : "t-1"};
    }
    char **lines = calloc(COUNT, sizeof *lines);
    size_t n;
    char *text = recorded(dir, as, COUNT, lines, &n);
    assert_int_equal(n, COUNT);

    /* The same answers twice: as written, and each line in another form;
     * both logs end in the same torn line. */
    char fast_path[4200], general_path[4200];
    snprintf(fast_path, sizeof fast_path, "%s/fast.jsonl", dir);
    snprintf(general_path, sizeof general_path, "%s/general.jsonl", dir);
    FILE *ff = fopen(fast_path, "w"), *gf = fopen(general_path, "w");
    assert_true(ff && gf);
    const char *header = "{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T09:00:00.000Z\"}\n";
    fputs(header, ff);
    fputs(header, gf);
    size_t fast = 0;
    for (size_t i = 0; i < n; i++) {
        fprintf(ff, "%s\n", lines[i]);
        rewrite(gf, lines[i], (int)(i % 6));
        ParsedAttempt p = {0};
        fast += progress_parse_line_fast(lines[i], strlen(lines[i]), &p) == 1;
        jsonbuf_free(&p.text);
    }
    assert_int_equal(fast, n);
    fprintf(ff, "%.40s", lines[0]);
    fprintf(gf, "%.40s", lines[0]);
    fclose(ff);
    fclose(gf);

    ReviewStates *from_fast = review_states_new(c), *from_general = review_states_new(c), *fed = review_states_new(c);
    assert_true(review_states_load(from_fast, fast_path));
    assert_true(review_states_load(from_general, general_path));
    /* And the general reader alone on the lines as written. */
    for (size_t i = 0; i < n; i++) {
        ParsedAttempt p = {0};
        assert_true(progress_parse_line_general(lines[i], strlen(lines[i]), &p));
        feed(fed, &p.a);
        jsonbuf_free(&p.text);
    }
    assert_int_equal(review_states_answers(from_fast), COUNT);
    assert_true(review_states_ignored(from_fast) > 0 && review_states_ignored(from_fast) < COUNT);
    same_states(from_fast, from_general, c->nquestions);
    same_states(from_fast, fed, c->nquestions);
    size_t reviewed = 0;
    for (size_t q = 0; q < c->nquestions; q++)
        reviewed += review_states_item(from_fast, q)->reviews > 0;
    assert_true(reviewed >= 10);

    /* The scan sees the same answers in both logs. */
    ReviewStates *scanned = review_states_new(c);
    assert_true(progress_scan(general_path, feed, scanned));
    same_states(from_fast, scanned, c->nquestions);

    review_states_free(scanned);
    review_states_free(from_fast);
    review_states_free(from_general);
    review_states_free(fed);
    free(text);
    free(lines);
    free(as);
    fx_free_dir(dir);
    course_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_line_progress_record_writes_takes_the_fast_reader_and_reads_as_the_general_one),
        cmocka_unit_test(lines_in_another_form_go_to_the_general_reader_and_read_the_same),
        cmocka_unit_test(a_damaged_record_line_reads_the_same_through_both_readers),
        cmocka_unit_test(a_log_gives_the_same_states_through_the_fast_and_the_general_reader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
