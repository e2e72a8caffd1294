/* test_live_phones.c - phones (the project's WebSocket client) against the
 * real live server over 127.0.0.1, with the teacher's side driven as the
 * frame loop drives it: join, answer and ack, the tally at the reveal, a
 * dropped phone that comes back with its token, a kick, bad messages, too
 * many joins or sockets from one address, handshakes with a bad key, too
 * fast messages, and the events the frame loop polls. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "course.h"
#include "diag.h"
#include "live_client.h"
#include "live_server.h"
#include "os.h"

static Course *course;
static size_t qs[2]; /* two single-choice questions */
static char assets[600];
static int64_t clock_ms; /* the teacher's (injected) clock */

static int setup(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    if (!course)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < course->nquestions && n < 2; i++)
        if (course->questions[i].type == QUESTION_SINGLE || course->questions[i].type == QUESTION_TRUEFALSE)
            qs[n++] = i;
    if (n < 2 || !os_make_temp_folder("aw-live-phones", assets, sizeof assets))
        return -1;
    const char *names[] = {"index.html", "live.js", "live.css", "favicon.svg"};
    for (size_t i = 0; i < 4; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", assets, names[i]);
        if (!os_replace_file(path, "x", 1))
            return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    const char *names[] = {"index.html", "live.js", "live.css", "favicon.svg"};
    for (size_t i = 0; i < 4; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", assets, names[i]);
        os_unlink(path);
    }
    os_rmdir(assets);
    course_free(course);
    return 0;
}

static unsigned wakes;
static void on_wake(void *ctx)
{
    (void)ctx;
    __atomic_add_fetch(&wakes, 1, __ATOMIC_SEQ_CST);
}

static LiveServer *start(int joins_per_minute, bool lock_when_all)
{
    LiveServerConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.addr = "127.0.0.1";
    cfg.assets = assets;
    live_settings_default(&cfg.settings);
    cfg.settings.joins_per_minute = joins_per_minute;
    cfg.settings.lock_when_all = lock_when_all;
    cfg.nrounds = 2;
    cfg.wake = on_wake;
    LiveServerError err;
    LiveServer *s = live_server_start(&cfg, &err);
    assert_non_null(s);
    return s;
}

/* Waits for a message of type T ("welcome") and returns it in BUF; the
 * other messages on the way are skipped. Fails the test after 3 s. */
static void expect(WsClient *c, const char *t, char *buf, size_t size)
{
    char want[40];
    snprintf(want, sizeof want, "\"t\":\"%s\"", t);
    double end = os_mono_ms() + 3000;
    while (os_mono_ms() < end) {
        int op = wsc_recv(c, buf, size, NULL, 100);
        if (op == WSC_TEXT && strstr(buf, want))
            return;
        if (op == WSC_GONE || op == WSC_CLOSE)
            fail_msg("connection ended while waiting for %s", t);
    }
    fail_msg("no %s within 3 s", t);
}

/* Waits for a state message of phase PHASE. */
static void expect_phase(WsClient *c, const char *phase, char *buf, size_t size)
{
    char want[40];
    snprintf(want, sizeof want, "\"phase\":\"%s\"", phase);
    double end = os_mono_ms() + 3000;
    while (os_mono_ms() < end) {
        expect(c, "state", buf, size);
        if (strstr(buf, want))
            return;
    }
    fail_msg("no phase %s within 3 s", phase);
}

/* Sends a printf-formatted message. */
static void say(WsClient *c, const char *fmt, ...)
{
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    assert_true(wsc_send_text(c, msg));
}

/* A phone that joined with a generated name; its token in TOKEN. */
static void join(LiveServer *s, WsClient *c, char *token)
{
    char buf[2048];
    assert_true(wsc_connect(c, "127.0.0.1", live_server_port(s), "/ws"));
    say(c, "{\"t\":\"hello\",\"code\":\"%s\"}", live_server_code(s));
    expect(c, "names", buf, sizeof buf);
    say(c, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"\"}", live_server_code(s));
    expect(c, "welcome", buf, sizeof buf);
    const char *tk = strstr(buf, "\"token\":\"");
    assert_non_null(tk);
    memcpy(token, tk + 9, 32);
    token[32] = '\0';
}

/* Polls COND every 10 ms until it holds; fails the test after 3 s. */
#define WAIT_UNTIL(cond)                                                                                               \
    do {                                                                                                               \
        double end_ = os_mono_ms() + 3000;                                                                             \
        while (!(cond)) {                                                                                              \
            if (os_mono_ms() > end_)                                                                                   \
                fail_msg("timed out waiting for " #cond);                                                              \
            os_sleep_ms(10);                                                                                           \
        }                                                                                                              \
    } while (0)

/* Reads the view into V until COND holds; fails after 3 s. */
#define WAIT_FOR(s, v, cond) WAIT_UNTIL((live_server_view((s), (v)), (cond)))

static LiveView view;

static void a_phone_joins_answers_gets_its_ack_and_the_reveal_counts_it(void **state)
{
    (void)state;
    LiveServer *s = start(0, false);
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 2, 20, 0));
    WsClient a, b;
    char ta[33], tb[33], buf[4096];
    join(s, &a, ta);
    join(s, &b, tb);
    WAIT_FOR(s, &view, view.joined == 2);
    assert_int_equal(view.nplayers, 2);
    assert_true(view.players[0].name[0] != '\0');
    live_server_begin(s, &cq, clock_ms);
    classquiz_advance(&cq, clock_ms); /* the options open */
    live_server_sync(s, &cq, clock_ms);
    expect_phase(&a, "question", buf, sizeof buf);
    expect_phase(&b, "question", buf, sizeof buf);
    size_t right = classquiz_option_at(&cq, 0, 0); /* letter A, written order */
    say(&a, "{\"t\":\"answer\",\"q\":0,\"choice\":[0]}");
    expect(&a, "ack", buf, sizeof buf);
    assert_non_null(strstr(buf, "\"q\":0"));
    say(&a, "{\"t\":\"answer\",\"q\":0,\"choice\":[1]}");
    expect(&a, "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "already_answered"));
    say(&b, "{\"t\":\"answer\",\"q\":1,\"choice\":[0]}");
    expect(&b, "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "wrong_question"));
    say(&b, "{\"t\":\"answer\",\"q\":0,\"choice\":[0]}");
    expect(&b, "ack", buf, sizeof buf);
    WAIT_FOR(s, &view, view.answered == 2);
    assert_true(view.players[0].answered && view.players[1].answered);
    classquiz_advance(&cq, clock_ms); /* the reveal */
    live_server_sync(s, &cq, clock_ms);
    expect_phase(&a, "reveal", buf, sizeof buf);
    assert_int_equal(cq.rounds[0].tally[right], 2);
    live_server_view(s, &view);
    assert_int_equal(view.tally[0], 2);
    wsc_drop(&a);
    wsc_drop(&b);
    live_server_stop(s);
    classquiz_free(&cq);
}

static void a_dropped_phone_comes_back_with_its_token_as_the_same_player(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    WsClient a;
    char ta[33], buf[4096], name[200];
    join(s, &a, ta);
    WAIT_FOR(s, &view, view.connected == 1);
    snprintf(name, sizeof name, "%s", view.players[0].name);
    wsc_drop(&a);
    WAIT_FOR(s, &view, view.connected == 0);
    assert_int_equal(view.joined, 1);
    assert_true(wsc_connect(&a, "127.0.0.1", live_server_port(s), "/ws"));
    say(&a, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_server_code(s), ta);
    expect(&a, "welcome", buf, sizeof buf);
    assert_non_null(strstr(buf, name));
    WAIT_FOR(s, &view, view.connected == 1);
    assert_int_equal(view.joined, 1);
    say(&a, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_server_code(s),
        "0123456789abcdef0123456789abcdef");
    expect(&a, "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "unknown_token"));
    wsc_drop(&a);
    live_server_stop(s);
}

static void a_kicked_phone_is_told_closed_and_its_token_stops_working(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    WsClient a, b;
    char ta[33], tb[33], buf[4096];
    join(s, &a, ta);
    join(s, &b, tb);
    WAIT_FOR(s, &view, view.joined == 2);
    live_server_kick(s, view.players[0].slot);
    expect(&a, "kicked", buf, sizeof buf);
    int op;
    do
        op = wsc_recv(&a, buf, sizeof buf, NULL, 3000);
    while (op == WSC_TEXT);
    assert_true(op == WSC_CLOSE || op == WSC_GONE);
    wsc_drop(&a);
    WAIT_FOR(s, &view, view.joined == 1);
    assert_true(wsc_connect(&a, "127.0.0.1", live_server_port(s), "/ws"));
    say(&a, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_server_code(s), ta);
    expect(&a, "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "kicked"));
    wsc_drop(&a);
    wsc_drop(&b);
    live_server_stop(s);
}

static void bad_messages_get_an_error_and_the_phone_stays(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    WsClient a;
    char buf[4096];
    assert_true(wsc_connect(&a, "127.0.0.1", live_server_port(s), "/ws"));
    const char *bad[] = {"not json",
                         "{}",
                         "{\"t\":\"hello\"}",
                         "{\"t\":\"hello\",\"code\":4821}",
                         "{\"t\":\"ping\",\"x\":1}",
                         "[1,2]",
                         "{\"t\":\"answer\",\"q\":0,\"choice\":[0]}",
                         "\xff\xfe"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        say(&a, "%s", bad[i]);
        expect(&a, "error", buf, sizeof buf);
    }
    say(&a, "{\"t\":\"hello\",\"code\":\"%s\"}", strcmp(live_server_code(s), "0000") ? "0000" : "1111");
    expect(&a, "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "bad_code"));
    say(&a, "{\"t\":\"ping\"}");
    expect(&a, "pong", buf, sizeof buf);
    wsc_drop(&a);
    live_server_stop(s);
}

static void a_sixth_join_from_one_address_within_a_minute_is_refused(void **state)
{
    (void)state;
    LiveServer *s = start(5, true);
    WsClient c[6];
    char t[33], buf[4096];
    for (size_t i = 0; i < 5; i++)
        join(s, &c[i], t);
    assert_true(wsc_connect(&c[5], "127.0.0.1", live_server_port(s), "/ws"));
    say(&c[5], "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"\"}", live_server_code(s));
    expect(&c[5], "error", buf, sizeof buf);
    assert_non_null(strstr(buf, "too_many_joins"));
    for (size_t i = 0; i < 6; i++)
        wsc_drop(&c[i]);
    live_server_stop(s);
}

static void one_address_holds_its_joins_a_minute_plus_three_sockets(void **state)
{
    (void)state;
    LiveServer *s = start(5, true);
    WsClient c[9];
    for (size_t i = 0; i < 8; i++)
        assert_true(wsc_connect(&c[i], "127.0.0.1", live_server_port(s), "/ws"));
    assert_false(wsc_connect(&c[8], "127.0.0.1", live_server_port(s), "/ws"));
    wsc_drop(&c[8]);
    /* One closes: the address has room again. */
    wsc_drop(&c[0]);
    WAIT_UNTIL(live_server_phones(s) <= 7);
    assert_true(wsc_connect(&c[0], "127.0.0.1", live_server_port(s), "/ws"));
    for (size_t i = 0; i < 8; i++)
        wsc_drop(&c[i]);
    live_server_stop(s);
}

/* civetweb 1.15 fails a handshake with a key of 64 characters or more
 * without calling the close handler: refused before a socket is counted. */
static void handshakes_with_a_bad_key_take_no_socket(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    char key[80], req[400], out[2048];
    memset(key, 'A', 70);
    key[70] = '\0';
    for (int i = 0; i < LIVE_MAX_SOCKETS + 5; i++) {
        snprintf(req, sizeof req,
                 "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: %s\r\n\r\n",
                 i % 2 ? key : "not base64 at all!!!!!==");
        assert_int_not_equal(wsc_http("127.0.0.1", live_server_port(s), req, out, sizeof out, 2000), 101);
    }
    assert_int_equal(live_server_phones(s), 0);
    WsClient c;
    char t[33];
    join(s, &c, t);
    wsc_drop(&c);
    live_server_stop(s);
}

static void a_phone_that_sends_too_fast_is_slowed_then_closed(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    WsClient a;
    char buf[4096];
    assert_true(wsc_connect(&a, "127.0.0.1", live_server_port(s), "/ws"));
    for (int i = 0; i < 40; i++)
        wsc_send_text(&a, "{\"t\":\"ping\"}");
    int pongs = 0, too_fast = 0, op;
    while ((op = wsc_recv(&a, buf, sizeof buf, NULL, 3000)) == WSC_TEXT) {
        if (strstr(buf, "\"pong\""))
            pongs++;
        if (strstr(buf, "too_fast"))
            too_fast++;
    }
    assert_true(op == WSC_CLOSE || op == WSC_GONE);
    assert_int_equal(pongs, LIVE_RATE_PER_SECOND);
    assert_true(too_fast >= 1);
    wsc_drop(&a);
    live_server_stop(s);
}

static void the_frame_loop_hears_of_joins_answers_and_leaves(void **state)
{
    (void)state;
    LiveServer *s = start(0, true);
    ClassQuiz cq;
    assert_true(classquiz_start(&cq, course, qs, 2, 20, 0));
    unsigned w0 = __atomic_load_n(&wakes, __ATOMIC_SEQ_CST);
    WsClient a;
    char t[33], buf[4096];
    LiveEvent e;
    while (live_server_poll(s, &e))
        ;
    join(s, &a, t);
    WAIT_FOR(s, &view, view.joined == 1);
    assert_true(live_server_poll(s, &e));
    assert_int_equal(e.kind, LIVE_EVENT_JOINED);
    live_server_begin(s, &cq, clock_ms);
    classquiz_advance(&cq, clock_ms);
    live_server_sync(s, &cq, clock_ms);
    expect_phase(&a, "question", buf, sizeof buf);
    say(&a, "{\"t\":\"answer\",\"q\":0,\"choice\":[0]}");
    expect(&a, "ack", buf, sizeof buf);
    assert_true(live_server_poll(s, &e));
    assert_int_equal(e.kind, LIVE_EVENT_ANSWERED);
    wsc_drop(&a);
    WAIT_FOR(s, &view, view.connected == 0);
    assert_true(live_server_poll(s, &e));
    assert_int_equal(e.kind, LIVE_EVENT_LEFT);
    assert_false(live_server_poll(s, &e));
    /* The wake comes just after the event is queued, outside the lock, so
     * the last one may still be on its way when the poll has seen it. */
    WAIT_UNTIL(__atomic_load_n(&wakes, __ATOMIC_SEQ_CST) >= w0 + 3);
    live_server_stop(s);
    classquiz_free(&cq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_phone_joins_answers_gets_its_ack_and_the_reveal_counts_it),
        cmocka_unit_test(a_dropped_phone_comes_back_with_its_token_as_the_same_player),
        cmocka_unit_test(a_kicked_phone_is_told_closed_and_its_token_stops_working),
        cmocka_unit_test(bad_messages_get_an_error_and_the_phone_stays),
        cmocka_unit_test(a_sixth_join_from_one_address_within_a_minute_is_refused),
        cmocka_unit_test(one_address_holds_its_joins_a_minute_plus_three_sockets),
        cmocka_unit_test(handshakes_with_a_bad_key_take_no_socket),
        cmocka_unit_test(a_phone_that_sends_too_fast_is_slowed_then_closed),
        cmocka_unit_test(the_frame_loop_hears_of_joins_answers_and_leaves),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
