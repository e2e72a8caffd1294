/* test_lrs.c - the sending layer without an LRS to talk to (the real one
 * is tests/cli/lrs_send.sh): no settings send nothing and make no queue;
 * an LRS nobody answers at leaves every statement queued with the
 * network's message; the background sender keeps trying, says so in its
 * status and stops at once when asked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lrs.h"
#include "os.h"
#include "xapi_queue.h"

static char data[4096];
static Course *course;

static void write_text(const char *path, const char *text)
{
    FILE *f = os_fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    if (!course || !os_make_temp_folder("aw-lrs-", data, sizeof data))
        return -1;
    char path[4400];
    snprintf(path, sizeof path, "%s/profiles/p-00000000000000a1", data);
    if (!os_mkdirs(path, 0700, NULL, 0))
        return -1;
    snprintf(path, sizeof path, "%s/profiles/p-00000000000000a1/profile.json", data);
    write_text(path,
               "{\"kind\":\"accountwijs-profile\",\"format\":1,\"id\":\"p-00000000000000a1\",\"name\":\"Anna\"}\n");
    snprintf(path, sizeof path, "%s/profiles/p-00000000000000a1/attempts.jsonl", data);
    write_text(path, "{\"kind\":\"accountwijs-attempts\",\"format\":1,\"created\":\"2026-03-01T08:00:00.000Z\"}\n"
                     "{\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"mq1\",\"content_version\":\"7\",\"answer\":"
                     "{\"chosen\":[\"a\"]},\"score\":1,\"ms\":1000,\"mode\":\"practice\"}\n"
                     "{\"time\":\"2026-03-02T10:00:05.000Z\",\"item\":\"mq3\",\"content_version\":\"7\",\"answer\":"
                     "{\"chosen\":[\"true\"]},\"score\":0,\"ms\":1000,\"mode\":\"practice\"}\n");
    return 0;
}

static void remove_tree(const char *path)
{
    OsStat st;
    if (!os_lstat(path, &st))
        return;
    if (st.type == OS_TYPE_FOLDER) {
        OsDir *dir = os_dir_open(path);
        char names[16][256];
        int n = 0;
        const char *name;
        while (dir && (name = os_dir_next(dir)) != NULL && n < 16)
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

/* Port 9 (discard) on this machine: nothing listens there. */
static LrsConf nobody(void)
{
    LrsConf c;
    AwError e;
    const char *text = "endpoint = http://127.0.0.1:9/xAPI/\nkey = k\nsecret = s\ntimeout = 2\n";
    assert_true(lrs_conf_parse(text, strlen(text), "lrs.conf", &c, &e));
    return c;
}

static void without_settings_nothing_is_sent_and_no_queue_is_made(void **state)
{
    (void)state;
    LrsConf none;
    AwError e;
    assert_true(lrs_conf_parse("names = ja\n", 11, "lrs.conf", &none, &e));
    LrsRound r;
    assert_true(lrs_round(data, course, &none, NULL, &r, &e));
    assert_int_equal(r.queued, 0);
    assert_int_equal(r.sent, 0);
    char q[4200];
    snprintf(q, sizeof q, "%s/xapi", data);
    assert_false(os_is_folder(q));
    assert_null(lrs_sender_start(data, NULL, &none, 100));
}

static void an_lrs_nobody_answers_at_leaves_every_statement_queued(void **state)
{
    (void)state;
    if (!lrs_available())
        skip();
    lrs_init();
    LrsConf c = nobody();
    LrsRound r;
    AwError e;
    assert_false(lrs_round(data, course, &c, NULL, &r, &e));
    assert_int_equal(e.code, AW_ERR_LRS_NETWORK);
    assert_true(e.what[0] != '\0'); /* curl's own words */
    assert_int_equal(r.queued, 2);
    assert_int_equal(r.sent, 0);
    assert_int_equal(r.pending, 2);
    /* Again: nothing new is queued, the two still wait. */
    assert_false(lrs_round(data, course, &c, NULL, &r, &e));
    assert_int_equal(r.queued, 0);
    assert_int_equal(r.pending, 2);
    size_t waiting;
    assert_true(xapi_queue_waiting(data, &waiting));
    assert_int_equal(waiting, 2);
}

static void the_background_sender_keeps_trying_and_stops_at_once(void **state)
{
    (void)state;
    if (!lrs_available())
        skip();
    LrsConf c = nobody();
    LrsSender *s = lrs_sender_start(data, AW_TEST_DATA "/good/minicourse", &c, 100);
    assert_non_null(s);
    LrsStatus st = {0};
    for (int i = 0; i < 200 && st.failed_rounds == 0; i++) {
        os_sleep_ms(20);
        lrs_sender_status(s, &st);
    }
    assert_true(st.running);
    assert_true(st.failed_rounds >= 1);
    assert_int_equal(st.last_error.code, AW_ERR_LRS_NETWORK);
    assert_int_equal(st.pending, 2);
    assert_int_equal(st.last_ok_ms, 0);
    assert_true(st.next_try_ms > 0);
    /* It is waiting (2 s after a failure): stopping must not wait for it. */
    double t0 = os_mono_ms();
    lrs_sender_poke(s);
    lrs_sender_stop(s);
    assert_true(os_mono_ms() - t0 < 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(without_settings_nothing_is_sent_and_no_queue_is_made),
        cmocka_unit_test(an_lrs_nobody_answers_at_leaves_every_statement_queued),
        cmocka_unit_test(the_background_sender_keeps_trying_and_stops_at_once),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
