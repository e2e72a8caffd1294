/* test_live_session.c - the live quiz's session: joins (class list,
 * generated names, nicknames), resume, kick, the limits, the phases that
 * follow the ClassQuiz, answers and their locks, scoring, the tally fed to
 * the ClassQuiz, the CSV and the class list file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "live.h"

/* ---- a small course built in memory ------------------------------------ */

static Option single_opts[] = {
    {.text = "Kas"}, {.text = "Bank", .correct = true}, {.text = "*Kapitaal*"}, {.text = "Crediteuren"}};
static Option multi_opts[] = {
    {.text = "Inventaris", .correct = true}, {.text = "Eigen vermogen"}, {.text = "Voorraad", .correct = true}};
static Option tf_opts[] = {{.id = "true", .text = "juist", .correct = true}, {.id = "false", .text = "onjuist"}};
static Option match_opts[] = {{.text = "Debet", .match = "links"}, {.text = "Credit", .match = "rechts"}};
static Question questions[] = {
    {.id = "q1",
     .type = QUESTION_SINGLE,
     .prompt = "Waar staat het **geld** op de bank?",
     .options = single_opts,
     .noptions = 4,
     .explanation = "Op de *bankrekening*."},
    {.id = "q2",
     .type = QUESTION_MULTIPLE,
     .prompt = "Welke zijn bezittingen?",
     .options = multi_opts,
     .noptions = 3,
     .explanation = "Inventaris en voorraad."},
    {.id = "q3",
     .type = QUESTION_TRUEFALSE,
     .prompt = "Kas is een bezitting.",
     .options = tf_opts,
     .noptions = 2,
     .explanation = "Ja.",
     .fixed_order = true},
    {.id = "q4",
     .type = QUESTION_MATCHING,
     .prompt = "Koppel.",
     .options = match_opts,
     .noptions = 2,
     .explanation = "Zo."},
};
static Course course = {.questions = questions, .nquestions = 4};

/* ---- helpers ------------------------------------------------------------ */

/* A predictable random source: a counter through splitmix64. */
static bool fake_random(void *ctx, unsigned char *buf, size_t n)
{
    unsigned *c = ctx;
    for (size_t i = 0; i < n; i++) {
        uint64_t z = (uint64_t)(*c)++ * 0x9E3779B97F4A7C15u;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        buf[i] = (unsigned char)(z ^ (z >> 31));
    }
    return true;
}

static unsigned counter;
static LiveOut out;

static LiveSession *session(bool nick, int joins)
{
    LiveSettings s;
    live_settings_default(&s);
    s.allow_nicknames = nick;
    s.joins_per_minute = joins;
    s.seed = 42;
    s.random = fake_random;
    s.random_ctx = &counter;
    counter = 0;
    LiveSession *ls = live_session_new(&s, 4);
    assert_non_null(ls);
    live_out_clear(&out);
    return ls;
}

static void start_quiz(ClassQuiz *cq)
{
    size_t qs[4] = {0, 1, 2, 3};
    assert_true(classquiz_start(cq, &course, qs, 4, 20, 0));
}

/* Sends TEXT from CONN after clearing OUT. */
static void say(LiveSession *ls, uint64_t conn, const char *text, int64_t now)
{
    live_out_clear(&out);
    live_conn_message(ls, conn, text, strlen(text), now, &out);
}

/* The text sent to CONN in OUT (the first, or NULL). */
static const char *to(uint64_t conn)
{
    for (size_t i = 0; i < out.n; i++)
        if (out.items[i].conn == conn && out.items[i].text)
            return out.items[i].text;
    return NULL;
}

static bool closed(uint64_t conn)
{
    for (size_t i = 0; i < out.n; i++)
        if (out.items[i].conn == conn && out.items[i].close)
            return true;
    return false;
}

static void assert_error(uint64_t conn, const char *code)
{
    const char *t = to(conn);
    char want[64];
    snprintf(want, sizeof want, "{\"t\":\"error\",\"code\":\"%s\"", code);
    if (!t || strncmp(t, want, strlen(want)) != 0)
        fail_msg("wanted error %s, got %s", code, t ? t : "(nothing)");
}

static void assert_has(uint64_t conn, const char *part)
{
    const char *t = to(conn);
    if (!t || !strstr(t, part))
        fail_msg("wanted %s in %s", part, t ? t : "(nothing)");
}

/* Joins phone CONN (opened now) as NAME with the session's code. */
static void join(LiveSession *ls, uint64_t conn, const char *name, int64_t now)
{
    char msg[256];
    assert_true(live_conn_open(ls, conn, "10.0.0.1", now));
    snprintf(msg, sizeof msg, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"%s\"}", live_session_code(ls), name);
    say(ls, conn, msg, now);
}

/* Phones 1 to N join with generated names at time 0. */
static void join_phones(LiveSession *ls, uint64_t n)
{
    for (uint64_t c = 1; c <= n; c++)
        join(ls, c, "", 0);
}

static void answer(LiveSession *ls, uint64_t conn, int q, const char *choice, int64_t now)
{
    char msg[128];
    snprintf(msg, sizeof msg, "{\"t\":\"answer\",\"q\":%d,\"choice\":%s}", q, choice);
    say(ls, conn, msg, now);
}

/* The token of the welcome to CONN in OUT. */
static void token_of(uint64_t conn, char token[33])
{
    const char *t = strstr(to(conn), "\"token\":\"");
    assert_non_null(t);
    memcpy(token, t + 9, 32);
    token[32] = '\0';
}

/* Advances CQ and syncs the session into OUT. */
static void advance(LiveSession *ls, ClassQuiz *cq, int64_t now)
{
    classquiz_advance(cq, now);
    live_out_clear(&out);
    live_sync(ls, cq, now, &out);
}

/* ---- joins -------------------------------------------------------------- */

static void live_join_with_a_generated_name_gives_a_token_and_the_lobby(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    const char *code = live_session_code(ls);
    assert_int_equal(strlen(code), 4);
    assert_int_equal(strspn(code, "0123456789"), 4);
    join(ls, 1, "", 0);
    assert_has(1, "{\"t\":\"welcome\",\"token\":\"");
    assert_has(1, "\"state\":{\"phase\":\"lobby\",\"players\":1}}");
    char token[33];
    token_of(1, token);
    for (int i = 0; i < 32; i++)
        assert_true(strchr("0123456789abcdef", token[i]) != NULL);
    join(ls, 2, "", 0);
    assert_has(2, "\"players\":2");
    /* The first phone hears the lobby grow. */
    assert_has(1, "{\"t\":\"state\",\"phase\":\"lobby\",\"players\":2}");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.joined, 2);
    assert_int_equal(s.connected, 2);
    assert_string_not_equal(s.players[0].name, s.players[1].name);
    assert_non_null(strchr(s.players[0].name, ' ')); /* "Blauwe Vos" */
    live_session_free(ls);
}

static void live_generated_names_are_unique_and_follow_the_seed(void **state)
{
    (void)state;
    char first[60][LIVE_NAME_SIZE];
    for (int run = 0; run < 2; run++) {
        LiveSession *ls = session(false, 0);
        join_phones(ls, 60);
        LiveSnapshot s;
        live_snapshot(ls, &s);
        assert_int_equal(s.joined, 60);
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < i; j++)
                assert_string_not_equal(s.players[i].name, s.players[j].name);
            if (run == 0)
                snprintf(first[i], sizeof first[i], "%s", s.players[i].name);
            else
                assert_string_equal(first[i], s.players[i].name);
        }
        /* The 61st phone: full. */
        join(ls, 100, "", 0);
        assert_error(100, "full");
        live_session_free(ls);
    }
}

static void live_hello_answers_the_free_class_list_names_or_bad_code(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    const char *names[] = {"Anna de Vries", "Bram", "Chloë"};
    assert_true(live_session_set_names(ls, names, 3));
    assert_true(live_conn_open(ls, 1, "10.0.0.1", 0));
    say(ls, 1, "{\"t\":\"hello\",\"code\":\"0000\"}", 0);
    if (strcmp(live_session_code(ls), "0000") != 0)
        assert_error(1, "bad_code");
    join(ls, 2, "Bram", 0);
    assert_has(2, "\"name\":\"Bram\"");
    char msg[64];
    snprintf(msg, sizeof msg, "{\"t\":\"hello\",\"code\":\"%s\"}", live_session_code(ls));
    say(ls, 1, msg, 0);
    assert_string_equal(to(1), "{\"t\":\"names\",\"list\":[\"Anna de Vries\",\"Chloë\"],\"nick\":false}");
    /* After the first join the list cannot change. */
    assert_false(live_session_set_names(ls, names, 1));
    live_session_free(ls);
}

static void live_join_refuses_taken_unlisted_and_bad_names(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    const char *names[] = {"Anna de Vries", "Bram"};
    assert_true(live_session_set_names(ls, names, 2));
    join(ls, 1, "  Anna   de Vries ", 0); /* spaces tidied */
    assert_has(1, "\"name\":\"Anna de Vries\"");
    join(ls, 2, "Anna de Vries", 0);
    assert_error(2, "name_taken");
    join(ls, 3, "Cor", 0);
    assert_error(3, "not_on_list");
    join(ls, 4, "", 0); /* with a list, no generated names */
    assert_error(4, "not_on_list");
    live_session_free(ls);

    ls = session(false, 0);
    join(ls, 1, "Cor", 0); /* no list, no nicknames */
    assert_error(1, "nick_not_allowed");
    live_session_free(ls);

    ls = session(true, 0);
    assert_true(live_session_set_names(ls, names, 2));
    join(ls, 1, "bram", 0); /* a nickname may not pass for a listed student */
    assert_error(1, "name_taken");
    join(ls, 2, "Cor-Jan O'Neill Jr.", 0);
    assert_has(2, "\"name\":\"Cor-Jan O'Neill Jr.\"");
    join(ls, 3, "COR-JAN O'NEILL JR.", 0);
    assert_error(3, "name_taken");
    const char *bad[] = {"<script>",
                         "abcdefghijklmnopqrstuvwxy" /* 25 */,
                         "   ",
                         "a\xE2\x80\x8B"
                         "b" /* zero width */,
                         "\xF0\x9F\x98\x80",
                         "x_y"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        join(ls, 10 + i, bad[i], 0);
        assert_error(10 + i, "bad_name");
    }
    join(ls, 20, "Zo\xC3\xAB", 0); /* letters with accents are letters */
    assert_has(20, "\"name\":\"Zoë\"");
    live_session_free(ls);
}

static void live_join_limits_five_joins_a_minute_per_address(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    for (int i = 0; i < 5; i++) {
        join(ls, (uint64_t)i + 1, "", 1000 * i);
        assert_has((uint64_t)i + 1, "welcome");
    }
    join(ls, 6, "", 10000);
    assert_error(6, "too_many_joins");
    /* Another address is not held back. */
    assert_true(live_conn_open(ls, 7, "10.0.0.2", 10000));
    char msg[80];
    snprintf(msg, sizeof msg, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"\"}", live_session_code(ls));
    say(ls, 7, msg, 10000);
    assert_has(7, "welcome");
    /* A minute after the first join there is room for one more. */
    say(ls, 6, msg, 60000);
    assert_has(6, "welcome");
    say(ls, 6, msg, 60001);
    assert_error(6, "too_many_joins");
    live_session_free(ls);
}

static void live_limits_ten_messages_a_second_and_closes_at_the_thirtieth(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    assert_true(live_conn_open(ls, 1, "10.0.0.1", 0));
    for (int i = 1; i <= 10; i++) {
        say(ls, 1, "{\"t\":\"ping\"}", 500);
        assert_string_equal(to(1), "{\"t\":\"pong\"}");
    }
    for (int i = 11; i < 30; i++) {
        say(ls, 1, "{\"t\":\"ping\"}", 900);
        assert_error(1, "too_fast");
        assert_false(closed(1));
    }
    say(ls, 1, "{\"t\":\"ping\"}", 999);
    assert_error(1, "too_fast");
    assert_true(closed(1));
    /* A second later the count starts again (the server closed it by then). */
    assert_true(live_conn_open(ls, 2, "10.0.0.1", 0));
    say(ls, 2, "{\"t\":\"ping\"}", 0);
    say(ls, 2, "{\"t\":\"ping\"}", 1000);
    assert_string_equal(to(2), "{\"t\":\"pong\"}");
    live_session_free(ls);
}

static void live_bad_messages_get_bad_message_and_change_nothing(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    assert_true(live_conn_open(ls, 1, "10.0.0.1", 0));
    say(ls, 1, "{\"t\":\"join\",\"code\":\"1234\",\"name\":\"\",\"admin\":true}", 0);
    assert_error(1, "bad_message");
    say(ls, 1, "\xFF\xFE", 0);
    assert_error(1, "bad_message");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.nplayers, 0);
    /* Messages of an unknown connection are ignored. */
    say(ls, 99, "{\"t\":\"ping\"}", 0);
    assert_int_equal(out.n, 0);
    live_session_free(ls);
}

static void live_connections_beyond_the_table_are_refused(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 5);
    for (uint64_t c = 1; c <= LIVE_MAX_CONNS; c++)
        assert_true(live_conn_open(ls, c, "10.0.0.1", 0));
    assert_false(live_conn_open(ls, 1000, "10.0.0.1", 0));
    live_conn_close(ls, 5);
    assert_true(live_conn_open(ls, 1000, "10.0.0.1", 0));
    live_session_free(ls);
}

/* ---- the phases --------------------------------------------------------- */

static void live_phones_follow_the_projector_through_every_phase(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 2);
    live_out_clear(&out);
    live_start(ls, &cq, 100, &out);
    assert_string_equal(to(1), "{\"t\":\"state\",\"phase\":\"waiting\",\"q\":0,\"n\":4}");
    /* Nothing changed: nothing sent. */
    live_out_clear(&out);
    live_sync(ls, &cq, 200, &out);
    assert_int_equal(out.n, 0);
    /* The options open: the question with its letters, markup stripped. */
    advance(ls, &cq, 1000);
    assert_string_equal(to(2), "{\"t\":\"state\",\"phase\":\"question\",\"q\":0,\"n\":4,\"kind\":\"single\","
                               "\"prompt\":\"Waar staat het geld op de bank?\","
                               "\"options\":[\"Kas\",\"Bank\",\"Kapitaal\",\"Crediteuren\"],"
                               "\"remaining_ms\":20000,\"paused\":false,\"answered\":false,\"choice\":[]}");
    answer(ls, 1, 0, "[1]", 3000);
    assert_string_equal(to(1), "{\"t\":\"ack\",\"q\":0}");
    answer(ls, 1, 0, "[2]", 3500);
    assert_error(1, "already_answered");
    answer(ls, 2, 1, "[0]", 3500);
    assert_error(2, "wrong_question");
    answer(ls, 2, 0, "[0,1]", 3500);
    assert_error(2, "bad_choice");
    answer(ls, 2, 0, "[4]", 3500);
    assert_error(2, "bad_choice");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.answered, 1);
    assert_int_equal(s.tally[1], 1);
    assert_false(s.locked);
    /* A phone that rejoins mid-question gets the question with the time left. */
    live_conn_close(ls, 2);
    /* The reveal: right for phone 1, no answer for phone 2 (disconnected). */
    advance(ls, &cq, 5000);
    assert_has(1, "\"phase\":\"reveal\"");
    assert_has(1, "\"correct\":[1],\"explanation\":\"Op de bankrekening.\",\"choice\":[1],\"right\":true,\"score\":1}");
    assert_null(to(2));
    answer(ls, 1, 0, "[1]", 5100);
    assert_error(1, "closed");
    /* The phones' tally went into the ClassQuiz (written order = shown order here). */
    assert_true(cq.rounds[0].tallied);
    assert_int_equal(cq.rounds[0].tally[1], 1);
    assert_int_equal(cq.rounds[0].tally[0], 0);
    advance(ls, &cq, 6000);
    assert_string_equal(to(1), "{\"t\":\"state\",\"phase\":\"waiting\",\"q\":1,\"n\":4}");
    answer(ls, 1, 1, "[0]", 6100);
    assert_error(1, "closed");
    /* Round 2 (multiple), 3 (true/false), 4 (board), then the end. */
    advance(ls, &cq, 7000);
    answer(ls, 1, 1, "[2,0]", 7100);
    assert_has(1, "ack");
    advance(ls, &cq, 8000);
    assert_has(1, "\"right\":true,\"score\":2}");
    advance(ls, &cq, 9000);
    advance(ls, &cq, 10000);
    assert_has(1, "\"kind\":\"truefalse\",\"prompt\":\"Kas is een bezitting.\",\"options\":[\"Juist\",\"Onjuist\"]");
    answer(ls, 1, 2, "[1]", 10100);
    advance(ls, &cq, 11000);
    assert_has(1, "\"right\":false,\"score\":2}");
    advance(ls, &cq, 12000);
    advance(ls, &cq, 13000);
    assert_has(1, "\"kind\":\"board\",\"prompt\":\"Koppel.\",\"options\":[]");
    answer(ls, 1, 3, "[0]", 13100);
    assert_error(1, "bad_choice");
    classquiz_tally_set(&cq, 0, 7); /* the teacher's hand count */
    advance(ls, &cq, 14000);
    assert_int_equal(cq.rounds[3].tally[0], 7); /* kept */
    advance(ls, &cq, 15000);
    assert_int_equal(cq.phase, CLASS_END);
    assert_string_equal(to(1), "{\"t\":\"state\",\"phase\":\"end\",\"score\":2,\"of\":4}");
    /* After the end: no joins. */
    join(ls, 3, "", 16000);
    assert_error(3, "closed");
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_answers_lock_at_zero_and_when_all_have_answered(void **state)
{
    (void)state;
    for (int lock_all = 0; lock_all < 2; lock_all++) {
        LiveSession *ls = session(false, 0);
        live_session_settings(ls)->lock_when_all = lock_all;
        ClassQuiz cq;
        start_quiz(&cq);
        join_phones(ls, 3);
        live_conn_close(ls, 3); /* a sleeping phone does not hold the class up */
        live_start(ls, &cq, 0, &out);
        advance(ls, &cq, 1000);
        answer(ls, 1, 0, "[0]", 2000);
        LiveSnapshot s;
        live_snapshot(ls, &s);
        assert_false(s.all_answered);
        answer(ls, 2, 0, "[1]", 2500);
        live_snapshot(ls, &s);
        assert_true(s.all_answered);
        assert_int_equal(s.locked, lock_all);
        /* The sleeper wakes up and resumes: locked or still open. */
        live_out_clear(&out);
        assert_true(live_conn_open(ls, 4, "10.0.0.1", 3000));
        LiveSnapshot s2;
        live_snapshot(ls, &s2);
        char msg[128];
        snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_session_code(ls),
                 s2.players[2].token);
        say(ls, 4, msg, 3000);
        assert_has(4, "\"phase\":\"question\"");
        assert_has(4, "\"remaining_ms\":18000");
        answer(ls, 4, 0, "[1]", 3000);
        if (lock_all)
            assert_error(4, "closed");
        else
            assert_has(4, "ack");
        /* At zero (1000 + 20000 ms) answers close without the teacher. */
        join(ls, 5, "", 20000);
        answer(ls, 5, 0, "[1]", 21000);
        assert_error(5, "closed");
        live_out_clear(&out);
        classquiz_tick(&cq, 21000);
        live_sync(ls, &cq, 21000, &out);
        live_snapshot(ls, &s);
        assert_true(s.locked);
        classquiz_free(&cq);
        live_session_free(ls);
    }
}

static void live_a_phone_that_leaves_after_the_others_answered_closes_the_question(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0); /* lock when all answered: the default */
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 3);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 1000);
    answer(ls, 1, 0, "[0]", 2000);
    answer(ls, 2, 0, "[1]", 2000);
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_false(s.all_answered);
    assert_false(s.locked);
    live_conn_close(ls, 3); /* its Wi-Fi drops: the other two are not held up */
    live_snapshot(ls, &s);
    assert_true(s.all_answered);
    assert_true(s.locked);
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_answers_close_when_the_projector_stops_the_countdown(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    live_session_settings(ls)->lock_when_all = false;
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 2);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 1000);
    answer(ls, 1, 0, "[0]", 2000);
    /* The teacher's side set the countdown to zero (class_live.c does when
     * every phone answered); the next sync closes the answers too. */
    cq.remaining_ms = 0;
    live_out_clear(&out);
    live_sync(ls, &cq, 2100, &out);
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_true(s.locked);
    answer(ls, 2, 0, "[1]", 2200);
    assert_error(2, "closed");
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_pause_stops_the_phones_countdown_and_keeps_answers_open(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 2);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 1000);
    classquiz_toggle_pause(&cq, 6000);
    live_out_clear(&out);
    live_sync(ls, &cq, 6000, &out);
    assert_has(1, "\"remaining_ms\":15000,\"paused\":true");
    /* Long after the countdown would have ended, the answer is taken. */
    answer(ls, 1, 0, "[1]", 60000);
    assert_has(1, "ack");
    classquiz_toggle_pause(&cq, 61000);
    live_out_clear(&out);
    live_sync(ls, &cq, 61000, &out);
    assert_has(2, "\"remaining_ms\":15000,\"paused\":false");
    answer(ls, 2, 0, "[1]", 75999);
    assert_has(2, "ack");
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_speed_bonus_adds_up_to_half_a_point_by_the_time_left(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    live_session_settings(ls)->speed_bonus = true;
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 3);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 0);
    answer(ls, 1, 0, "[1]", 0);     /* all the time left: +0.5 */
    answer(ls, 2, 0, "[1]", 10000); /* half: +0.25 */
    answer(ls, 3, 0, "[0]", 0);     /* wrong: nothing */
    advance(ls, &cq, 12000);
    assert_has(1, "\"score\":1.5}");
    assert_has(2, "\"score\":1.25}");
    assert_has(3, "\"right\":false,\"score\":0}");
    /* Multiple: a partly right answer scores nothing. */
    advance(ls, &cq, 13000);
    advance(ls, &cq, 13000);
    answer(ls, 1, 1, "[0]", 13000);
    answer(ls, 2, 1, "[0,1,2]", 13000);
    answer(ls, 3, 1, "[0,2]", 33000 - 1);
    advance(ls, &cq, 33000);
    assert_has(1, "\"right\":false,\"score\":1.5}");
    assert_has(2, "\"right\":false,\"score\":1.25}");
    assert_has(3, "\"right\":true,\"score\":1}");
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_tally_per_shown_letter_goes_to_the_written_option(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    ClassQuiz cq;
    start_quiz(&cq);
    classquiz_shuffle(&cq, 7);
    join_phones(ls, 3);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 0);
    /* The phone shows the options in the projector's order. */
    size_t right = 0;
    char want[256] = "\"options\":[";
    for (size_t k = 0; k < 4; k++) {
        size_t w = classquiz_option_at(&cq, 0, k);
        if (single_opts[w].correct)
            right = k;
        const char *t = w == 2 ? "Kapitaal" : single_opts[w].text;
        snprintf(want + strlen(want), sizeof want - strlen(want), "%s\"%s\"", k ? "," : "", t);
    }
    assert_has(1, want);
    char choice[32];
    snprintf(choice, sizeof choice, "[%zu]", right);
    answer(ls, 1, 0, choice, 100);
    answer(ls, 2, 0, choice, 100);
    snprintf(choice, sizeof choice, "[%zu]", (right + 1) % 4);
    answer(ls, 3, 0, choice, 100);
    advance(ls, &cq, 1000);
    assert_has(1, "\"right\":true");
    assert_has(3, "\"right\":false");
    assert_int_equal(cq.rounds[0].tally[1], 2); /* "Bank", written second */
    assert_int_equal(cq.rounds[0].tally[classquiz_option_at(&cq, 0, (right + 1) % 4)], 1);
    classquiz_free(&cq);
    live_session_free(ls);
}

/* ---- resume and kick ---------------------------------------------------- */

static void live_resume_brings_the_same_player_back_and_closes_the_stale_connection(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    ClassQuiz cq;
    start_quiz(&cq);
    join(ls, 1, "", 0);
    char token[33];
    token_of(1, token);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 0);
    answer(ls, 1, 0, "[1]", 100);
    advance(ls, &cq, 1000);
    advance(ls, &cq, 2000);
    advance(ls, &cq, 3000);
    /* The page reloads: a new connection, the old one not yet noticed as dead. */
    assert_true(live_conn_open(ls, 2, "10.0.0.1", 4000));
    char msg[128];
    snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_session_code(ls), token);
    say(ls, 2, msg, 4000);
    assert_has(2, "{\"t\":\"welcome\",\"token\":\"");
    assert_has(2, "\"phase\":\"question\",\"q\":1");
    assert_has(2, "\"remaining_ms\":19000");
    assert_true(closed(1));
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.joined, 1);
    assert_int_equal(s.players[0].score, 100);
    /* The old connection speaks no more for the player. */
    answer(ls, 1, 1, "[0]", 4100);
    assert_error(1, "not_joined");
    answer(ls, 2, 1, "[0,2]", 4100);
    assert_has(2, "ack");
    /* A token nobody has. */
    assert_true(live_conn_open(ls, 3, "10.0.0.1", 4000));
    snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%032d\"}", live_session_code(ls), 0);
    say(ls, 3, msg, 4200);
    assert_error(3, "unknown_token");
    /* A dropped connection keeps the player; answering needs the resume. */
    live_conn_close(ls, 2);
    live_snapshot(ls, &s);
    assert_int_equal(s.joined, 1);
    assert_int_equal(s.connected, 0);
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_kick_removes_the_phone_frees_the_name_and_blocks_the_token(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    const char *names[] = {"Anna", "Bram"};
    assert_true(live_session_set_names(ls, names, 2));
    join(ls, 1, "Anna", 0);
    char token[33];
    token_of(1, token);
    join(ls, 2, "Bram", 0);
    live_out_clear(&out);
    live_kick(ls, 0, &out);
    assert_string_equal(to(1), "{\"t\":\"kicked\"}");
    assert_true(closed(1));
    assert_has(2, "\"players\":1");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.joined, 1);
    assert_true(s.players[0].kicked);
    /* The token now answers kicked; the name is free for the real Anna. */
    assert_true(live_conn_open(ls, 3, "10.0.0.1", 0));
    char msg[128];
    snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", live_session_code(ls), token);
    say(ls, 3, msg, 0);
    assert_error(3, "kicked");
    join(ls, 4, "Anna", 0);
    assert_has(4, "welcome");
    /* Kicking twice or out of range does nothing. */
    live_out_clear(&out);
    live_kick(ls, 0, &out);
    live_kick(ls, 99, &out);
    assert_int_equal(out.n, 0);
    live_session_free(ls);
}

static void live_a_second_join_on_one_connection_is_refused_and_leaves_no_ghost(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    join(ls, 1, "", 0);
    assert_has(1, "welcome");
    char msg[128];
    snprintf(msg, sizeof msg, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"\"}", live_session_code(ls));
    say(ls, 1, msg, 0);
    assert_error(1, "bad_message");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.nplayers, 1);
    assert_int_equal(s.joined, 1);
    assert_int_equal(s.connected, 1);
    live_session_free(ls);
}

/* A phone removed while a question is open leaves that question's tally; one
 * removed after a reveal stays counted in what was revealed. The board and
 * the CSV give the same counts. */
static void live_a_kicked_phones_answers_count_as_the_board_showed_them(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    ClassQuiz cq;
    start_quiz(&cq);
    join_phones(ls, 3);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 0);
    answer(ls, 1, 0, "[1]", 1000);
    answer(ls, 2, 0, "[0]", 1000);
    answer(ls, 3, 0, "[1]", 1000);
    advance(ls, &cq, 2000); /* the reveal: A 1, B 2 */
    assert_int_equal(cq.rounds[0].tally[0], 1);
    assert_int_equal(cq.rounds[0].tally[1], 2);
    live_kick(ls, 2, &out); /* after the reveal */
    advance(ls, &cq, 3000);
    advance(ls, &cq, 3000); /* round 2 open */
    answer(ls, 1, 1, "[0,2]", 4000);
    answer(ls, 2, 1, "[0]", 4000);
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.tally[0], 2);
    live_kick(ls, 1, &out); /* while round 2 is open */
    live_snapshot(ls, &s);
    assert_int_equal(s.tally[0], 1);
    assert_int_equal(s.tally[2], 1);
    assert_int_equal(s.answered, 1);
    advance(ls, &cq, 5000);
    assert_int_equal(cq.rounds[1].tally[0], 1);
    assert_int_equal(cq.rounds[1].tally[1], 0);
    assert_int_equal(cq.rounds[1].tally[2], 1);
    size_t len;
    char *csv = live_csv_text(ls, &cq, false, &len);
    assert_non_null(csv);
    assert_non_null(strstr(csv, "1;Waar staat het geld op de bank?;B;1;2;0;0;3\r\n"));
    assert_non_null(strstr(csv, "2;Welke zijn bezittingen?;A+C;1;0;1;;1\r\n"));
    free(csv);
    classquiz_free(&cq);
    live_session_free(ls);
}

static void live_end_early_sends_every_phone_the_end(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    join(ls, 1, "", 0);
    live_out_clear(&out);
    live_end(ls, &out);
    assert_string_equal(to(1), "{\"t\":\"state\",\"phase\":\"end\",\"score\":0,\"of\":4}");
    LiveSnapshot s;
    live_snapshot(ls, &s);
    assert_int_equal(s.phase, LIVE_END);
    live_session_free(ls);
}

/* ---- CSV ------------------------------------------------------------------ */

static void live_csv_lists_the_tally_and_each_students_answers_or_anonymous(void **state)
{
    (void)state;
    LiveSession *ls = session(false, 0);
    live_session_settings(ls)->speed_bonus = true;
    const char *names[] = {"Anna de Vries", "Bram", "Cor"};
    assert_true(live_session_set_names(ls, names, 3));
    ClassQuiz cq;
    start_quiz(&cq);
    join(ls, 1, "Bram", 0);
    join(ls, 2, "Anna de Vries", 0);
    join(ls, 3, "Cor", 0);
    live_kick(ls, 2, &out);
    live_start(ls, &cq, 0, &out);
    advance(ls, &cq, 0);
    answer(ls, 1, 0, "[1]", 10000);
    answer(ls, 2, 0, "[0]", 10000);
    advance(ls, &cq, 11000);
    advance(ls, &cq, 12000);
    advance(ls, &cq, 12000);
    answer(ls, 1, 1, "[2,0]", 32000 - 1);
    advance(ls, &cq, 32000);
    size_t len;
    char *csv = live_csv_text(ls, &cq, false, &len);
    assert_non_null(csv);
    assert_int_equal(len, strlen(csv));
    assert_memory_equal(csv, "\xEF\xBB\xBF", 3);
    assert_non_null(strstr(csv, "Nr;Vraag;Juiste antwoord;Aantal A;Aantal B;Aantal C;Aantal D;Beantwoord\r\n"));
    assert_non_null(strstr(csv, "1;Waar staat het geld op de bank?;B;1;1;0;0;2\r\n"));
    assert_non_null(strstr(csv, "2;Welke zijn bezittingen?;A+C;1;0;1;;1\r\n"));
    assert_non_null(strstr(csv, "4;Koppel.;(op het bord);;;;;0\r\n"));
    assert_non_null(strstr(csv, "Leerling;Vraag 1;Vraag 2;Vraag 3;Vraag 4;Score\r\n"));
    assert_non_null(strstr(csv, "Bram;B;A+C;;;2,25\r\n"));
    assert_non_null(strstr(csv, "Anna de Vries;A;;;;0\r\n"));
    assert_null(strstr(csv, "Cor")); /* kicked */
    free(csv);
    csv = live_csv_text(ls, &cq, true, &len);
    assert_non_null(strstr(csv, "Leerling 1;B;A+C;;;2,25\r\n"));
    assert_non_null(strstr(csv, "Leerling 2;A;;;;0\r\n"));
    assert_null(strstr(csv, "Bram"));
    assert_null(strstr(csv, "Anna"));
    free(csv);
    classquiz_free(&cq);
    live_session_free(ls);
}

/* ---- the class list file ------------------------------------------------- */

static void live_classlist_reads_bom_crlf_and_skips_blank_lines(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBF"
                        "Anna de Vries\r\n"
                        "\r\n"
                        "  Bram  \r\n"
                        "Chlo\xC3\xAB O'Brien\n"
                        "   \n"
                        "Daan";
    Diag d;
    diag_init(&d);
    size_t n;
    char **names = live_classlist_parse(text, sizeof text - 1, "klas.txt", &d, &n);
    assert_non_null(names);
    assert_int_equal(d.count, 0);
    assert_int_equal(n, 4);
    assert_string_equal(names[0], "Anna de Vries");
    assert_string_equal(names[1], "Bram");
    assert_string_equal(names[2], "Chloë O'Brien");
    assert_string_equal(names[3], "Daan");
    live_classlist_free(names, n);
    diag_free(&d);
}

static void live_classlist_reports_each_bad_line_at_its_file_and_line(void **state)
{
    (void)state;
    const char text[] = "Anna\n"
                        "anna\n"                                               /* 2: twice (warning) */
                        "Een naam die veel en veel te lang is voor het bord\n" /* 3: too long */
                        "Bram <b>\n"                                           /* 4: a bad character */
                        "Co\xFFr\n"                                            /* 5: not UTF-8 */
                        "Daan\tde Boer\n"                                      /* 6: a control character */
                        "Eva\n";
    Diag d;
    diag_init(&d);
    size_t n;
    char **names = live_classlist_parse(text, sizeof text - 1, "klas.txt", &d, &n);
    assert_non_null(names);
    assert_int_equal(n, 2);
    assert_string_equal(names[1], "Eva");
    assert_int_equal(d.count, 5);
    static const struct {
        DiagCode code;
        int line;
        DiagLevel level;
    } want[] = {{DC_CLASSLIST_DUPLICATE, 2, DIAG_WARNING},
                {DC_CLASSLIST_TOO_LONG, 3, DIAG_ERROR},
                {DC_CLASSLIST_BAD_CHAR, 4, DIAG_ERROR},
                {DC_CLASSLIST_NOT_UTF8, 5, DIAG_ERROR},
                {DC_CLASSLIST_CONTROL, 6, DIAG_ERROR}};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(d.messages[i].code, want[i].code);
        assert_int_equal(d.messages[i].line, want[i].line);
        assert_int_equal(d.messages[i].level, want[i].level);
        assert_string_equal(d.messages[i].file, "klas.txt");
    }
    assert_string_equal(d.messages[0].args[0], "1");
    assert_string_equal(d.messages[1].args[0], "50");
    assert_string_equal(d.messages[2].args[0], "<");
    assert_int_equal(d.messages[3].col, 3);
    live_classlist_free(names, n);
    diag_free(&d);
}

static void live_classlist_without_names_or_with_too_many_says_so(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    size_t n;
    assert_null(live_classlist_parse("\n  \r\n", 5, "leeg.txt", &d, &n));
    assert_int_equal(n, 0);
    assert_int_equal(d.messages[0].code, DC_CLASSLIST_EMPTY);
    diag_free(&d);

    diag_init(&d);
    char *text = malloc(250 * 16);
    size_t len = 0;
    for (int i = 0; i < 250; i++)
        len += (size_t)sprintf(text + len, "Leerling %d\n", i + 1);
    char **names = live_classlist_parse(text, len, "groot.txt", &d, &n);
    assert_int_equal(n, LIVE_MAX_CLASS_NAMES);
    assert_int_equal(d.count, 1);
    assert_int_equal(d.messages[0].code, DC_CLASSLIST_TOO_MANY);
    assert_int_equal(d.messages[0].line, 201);
    live_classlist_free(names, n);
    free(text);
    diag_free(&d);

    diag_init(&d);
    assert_null(live_classlist_load(AW_TEST_DATA "/no/such/klas.txt", &d, &n));
    assert_int_equal(d.messages[0].code, DC_CANNOT_OPEN);
    diag_free(&d);
}

static void live_name_valid_takes_names_and_refuses_other_text(void **state)
{
    (void)state;
    assert_true(live_name_valid("Anna-Sophie van 't Hof", LIVE_NAME_MAX_CHARS));
    assert_true(live_name_valid("D\xE2\x80\x99"
                                "Angelo",
                                LIVE_NICK_MAX_CHARS)); /* ’ from a phone keyboard */
    assert_true(live_name_valid("Ahmed El Idrissi 2", LIVE_NICK_MAX_CHARS));
    assert_false(live_name_valid("", LIVE_NICK_MAX_CHARS));
    assert_false(live_name_valid("a@b", LIVE_NICK_MAX_CHARS));
    assert_false(live_name_valid("\xCC\x81"
                                 "a",
                                 LIVE_NICK_MAX_CHARS)); /* an accent on nothing */
    assert_false(live_name_valid("123456789012345678901234 5", LIVE_NICK_MAX_CHARS));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(live_join_with_a_generated_name_gives_a_token_and_the_lobby),
        cmocka_unit_test(live_generated_names_are_unique_and_follow_the_seed),
        cmocka_unit_test(live_hello_answers_the_free_class_list_names_or_bad_code),
        cmocka_unit_test(live_join_refuses_taken_unlisted_and_bad_names),
        cmocka_unit_test(live_join_limits_five_joins_a_minute_per_address),
        cmocka_unit_test(live_limits_ten_messages_a_second_and_closes_at_the_thirtieth),
        cmocka_unit_test(live_bad_messages_get_bad_message_and_change_nothing),
        cmocka_unit_test(live_connections_beyond_the_table_are_refused),
        cmocka_unit_test(live_phones_follow_the_projector_through_every_phase),
        cmocka_unit_test(live_answers_lock_at_zero_and_when_all_have_answered),
        cmocka_unit_test(live_a_phone_that_leaves_after_the_others_answered_closes_the_question),
        cmocka_unit_test(live_answers_close_when_the_projector_stops_the_countdown),
        cmocka_unit_test(live_pause_stops_the_phones_countdown_and_keeps_answers_open),
        cmocka_unit_test(live_speed_bonus_adds_up_to_half_a_point_by_the_time_left),
        cmocka_unit_test(live_tally_per_shown_letter_goes_to_the_written_option),
        cmocka_unit_test(live_resume_brings_the_same_player_back_and_closes_the_stale_connection),
        cmocka_unit_test(live_kick_removes_the_phone_frees_the_name_and_blocks_the_token),
        cmocka_unit_test(live_a_second_join_on_one_connection_is_refused_and_leaves_no_ghost),
        cmocka_unit_test(live_a_kicked_phones_answers_count_as_the_board_showed_them),
        cmocka_unit_test(live_end_early_sends_every_phone_the_end),
        cmocka_unit_test(live_csv_lists_the_tally_and_each_students_answers_or_anonymous),
        cmocka_unit_test(live_classlist_reads_bom_crlf_and_skips_blank_lines),
        cmocka_unit_test(live_classlist_reports_each_bad_line_at_its_file_and_line),
        cmocka_unit_test(live_classlist_without_names_or_with_too_many_says_so),
        cmocka_unit_test(live_name_valid_takes_names_and_refuses_other_text),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    live_out_free(&out);
    return rc;
}
