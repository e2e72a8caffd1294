/* test_xapi_queue.c - the queue of statements for the LRS (xapi_queue.h):
 * what is queued once is never queued twice, a batch is sent only when
 * marked, the state survives reopening, a torn tail is cut, a crash between
 * two steps repeats work and loses nothing, two programs never share it,
 * and a queue sent in full starts again empty. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "os.h"
#include "xapi_queue.h"

static Course *course;
static char data[4096];

#define ANNA "p-00000000000000a1"
#define BRAM "p-00000000000000b2"

static void write_text(const char *path, const char *text, const char *mode)
{
    FILE *f = os_fopen(path, mode);
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void add_profile(const char *id, const char *name)
{
    char path[4400], json[512];
    snprintf(path, sizeof path, "%s/profiles/%s", data, id);
    assert_true(os_mkdirs(path, 0700, NULL, 0));
    snprintf(path, sizeof path, "%s/profiles/%s/profile.json", data, id);
    snprintf(json, sizeof json, "{\"kind\":\"accountwijs-profile\",\"format\":1,\"id\":\"%s\",\"name\":\"%s\"}\n", id,
             name);
    write_text(path, json, "w");
    snprintf(path, sizeof path, "%s/profiles/%s/attempts.jsonl", data, id);
    write_text(path, "{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T08:00:00.000Z\"}\n",
               "w");
}

/* Appends N answers to MQ1 to ID's log, the K-th at second FIRST + K. */
static void answer(const char *id, int first, int n)
{
    char path[4400], line[512];
    snprintf(path, sizeof path, "%s/profiles/%s/attempts.jsonl", data, id);
    FILE *f = os_fopen(path, "a");
    assert_non_null(f);
    for (int k = 0; k < n; k++) {
        int s = first + k;
        snprintf(line, sizeof line,
                 "{\"time\":\"2026-03-02T%02d:%02d:%02d.000Z\",\"item\":\"mq1\",\"content_version\":\"7\","
                 "\"answer\":{\"chosen\":[\"a\"]},\"score\":1,\"ms\":1000,\"mode\":\"practice\"}\n",
                 s / 3600 % 24, s / 60 % 60, s % 60);
        fputs(line, f);
    }
    fclose(f);
}

static char *path_of(const char *name)
{
    static char path[4400];
    snprintf(path, sizeof path, "%s/xapi/%s", data, name);
    return path;
}

static int64_t size_of(const char *name)
{
    OsStat st;
    return os_stat(path_of(name), &st) ? st.size : -1;
}

static int setup(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    if (!course || !os_make_temp_folder("aw-xapi-queue-", data, sizeof data))
        return -1;
    add_profile(ANNA, "Anna");
    add_profile(BRAM, "Bram");
    return 0;
}

/* Removes the data folder's files (no rm -rf: through os). */
static void remove_tree(const char *path)
{
    OsStat st;
    if (!os_lstat(path, &st))
        return;
    if (st.type == OS_TYPE_FOLDER) {
        OsDir *dir = os_dir_open(path);
        const char *name;
        char names[64][256];
        int n = 0;
        while (dir && (name = os_dir_next(dir)) != NULL && n < 64)
            snprintf(names[n++], 256, "%s", name);
        if (dir)
            os_dir_close(dir);
        for (int i = 0; i < n; i++) {
            char sub[4600];
            if (snprintf(sub, sizeof sub, "%s/%s", path, names[i]) < (int)sizeof sub)
                remove_tree(sub);
        }
        os_rmdir(path);
    } else {
        os_unlink(path);
    }
}

static int teardown(void **state)
{
    (void)state;
    remove_tree(data);
    course_free(course);
    return 0;
}

static XapiQueue *open_queue(void)
{
    AwError e;
    XapiQueue *q = xapi_queue_open(data, &e);
    assert_non_null(q);
    return q;
}

static size_t collect(XapiQueue *q)
{
    size_t added = 99;
    AwError e;
    assert_true(xapi_queue_collect(q, course, NULL, &added, &e));
    return added;
}

/* Sends everything in batches of MAX; returns the statements sent. */
static size_t send_all(XapiQueue *q, size_t max)
{
    size_t total = 0, n;
    AwError e;
    do {
        JsonBuf b = {0};
        assert_true(xapi_queue_batch(q, max, &b, &n, &e));
        if (n) {
            assert_int_equal(b.data[0], '[');
            assert_int_equal(b.data[b.len - 1], ']');
            assert_true(xapi_queue_sent(q, &e));
        }
        jsonbuf_free(&b);
        total += n;
    } while (n);
    return total;
}

static void answers_are_queued_once_and_sent_in_batches(void **state)
{
    (void)state;
    answer(ANNA, 0, 5);
    answer(BRAM, 100, 2);
    XapiQueue *q = open_queue();
    assert_int_equal(collect(q), 7);
    assert_int_equal(xapi_queue_pending(q), 7);
    assert_int_equal(collect(q), 0); /* nothing new */
    size_t waiting;
    assert_true(xapi_queue_waiting(data, &waiting));
    assert_int_equal(waiting, 7);

    AwError e;
    JsonBuf b = {0};
    size_t n;
    assert_true(xapi_queue_batch(q, 3, &b, &n, &e));
    assert_int_equal(n, 3);
    assert_non_null(strstr(b.data, "},{\"id\""));
    jsonbuf_free(&b);
    /* Not marked sent: the same statements come again. */
    assert_true(xapi_queue_batch(q, 3, &b, &n, &e));
    assert_int_equal(n, 3);
    jsonbuf_free(&b);
    assert_true(xapi_queue_sent(q, &e));
    assert_int_equal(xapi_queue_pending(q), 4);
    xapi_queue_close(q);

    /* Reopened: 4 wait, and only new answers are added. */
    q = open_queue();
    assert_int_equal(xapi_queue_pending(q), 4);
    answer(ANNA, 10, 1);
    assert_int_equal(collect(q), 1);
    assert_int_equal(send_all(q, 2), 5);
    assert_int_equal(xapi_queue_pending(q), 0);
    assert_true(xapi_queue_waiting(data, &waiting));
    assert_int_equal(waiting, 0);
    xapi_queue_close(q);
}

static void a_second_program_cannot_open_the_queue(void **state)
{
    (void)state;
    XapiQueue *q = open_queue();
    AwError e;
    assert_null(xapi_queue_open(data, &e));
    assert_int_equal(e.code, AW_ERR_LRS_QUEUE_BUSY);
    xapi_queue_close(q);
    q = open_queue();
    xapi_queue_close(q);
}

static void a_torn_last_line_of_the_queue_is_cut_and_its_answers_queued_again(void **state)
{
    (void)state;
    XapiQueue *q = open_queue();
    collect(q);
    send_all(q, 50);
    xapi_queue_close(q);
    /* A crash while appending: the state still says the old place. */
    char *state_path = strdup(path_of("state"));
    char *before = NULL;
    size_t len;
    assert_true(os_read_file(state_path, 1 << 20, &before, &len));
    answer(ANNA, 20, 2);
    q = open_queue();
    assert_int_equal(collect(q), 2);
    xapi_queue_close(q);
    assert_true(os_replace_file(state_path, before, len));
    int64_t whole = size_of("queue.jsonl");
    write_text(path_of("queue.jsonl"), "{\"id\":\"torn", "a");
    q = open_queue();
    assert_int_equal(size_of("queue.jsonl"), whole); /* the torn bytes are cut */
    assert_int_equal(xapi_queue_pending(q), 2);
    /* The state did not say they were queued: they are queued again
     * (the same ids, so the LRS keeps them once). */
    assert_int_equal(collect(q), 2);
    assert_int_equal(xapi_queue_pending(q), 4);
    assert_int_equal(send_all(q, 50), 4);
    xapi_queue_close(q);
    free(before);
    free(state_path);
}

static void rebuild_queues_every_answer_again(void **state)
{
    (void)state;
    XapiQueue *q = open_queue();
    collect(q);
    send_all(q, 50);
    AwError e;
    assert_true(xapi_queue_rebuild(q, &e));
    assert_int_equal(collect(q), 10); /* Anna 8, Bram 2 */
    assert_int_equal(send_all(q, 50), 10);
    xapi_queue_close(q);
}

static void a_queue_sent_in_full_starts_again_empty_past_one_mib(void **state)
{
    (void)state;
    answer(ANNA, 1000, 800);
    XapiQueue *q = open_queue();
    assert_int_equal(collect(q), 800);
    assert_true(size_of("queue.jsonl") > (1 << 20));
    assert_int_equal(send_all(q, 500), 800);
    assert_int_equal(size_of("queue.jsonl"), 0);
    answer(ANNA, 5000, 1);
    assert_int_equal(collect(q), 1);
    xapi_queue_close(q);
    /* Reopened: the one new statement waits, nothing else. */
    q = open_queue();
    assert_int_equal(xapi_queue_pending(q), 1);
    xapi_queue_close(q);
}

static void a_state_that_says_more_was_sent_than_the_queue_holds_sends_it_all(void **state)
{
    (void)state;
    /* A crash after the queue was emptied, before the state said so. */
    XapiQueue *q = open_queue();
    send_all(q, 50);
    xapi_queue_close(q);
    char text[256];
    snprintf(text, sizeof text, "accountwijs-lrs-queue 1\nsent 999999\n" ANNA " 0 0\n");
    assert_true(os_replace_file(path_of("state"), text, strlen(text)));
    q = open_queue();
    /* The one statement left in the queue file counts as not sent. */
    assert_int_equal(xapi_queue_pending(q), 1);
    size_t added = collect(q);
    assert_true(added > 800); /* Anna's cursor was 0: all of hers again */
    assert_int_equal(xapi_queue_pending(q), added + 1);
    xapi_queue_close(q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(answers_are_queued_once_and_sent_in_batches),
        cmocka_unit_test(a_second_program_cannot_open_the_queue),
        cmocka_unit_test(a_torn_last_line_of_the_queue_is_cut_and_its_answers_queued_again),
        cmocka_unit_test(rebuild_queues_every_answer_again),
        cmocka_unit_test(a_queue_sent_in_full_starts_again_empty_past_one_mib),
        cmocka_unit_test(a_state_that_says_more_was_sent_than_the_queue_holds_sends_it_all),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
