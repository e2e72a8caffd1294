/* test_live_msg.c - the live quiz's phone messages: every sound message
 * parses into its LiveMsg, every malformed one is refused (error
 * bad_message), and the server's messages are the JSON of the contract. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "live_internal.h"

static bool parse(const char *text, LiveMsg *m)
{
    return live_msg_parse(text, strlen(text), m);
}

static void live_msg_parses_every_message_of_the_contract(void **state)
{
    (void)state;
    LiveMsg m;
    assert_true(parse("{\"t\":\"hello\",\"code\":\"4821\"}", &m));
    assert_int_equal(m.type, LIVE_MSG_HELLO);
    assert_string_equal(m.code, "4821");
    assert_true(parse(" { \"code\" : \"0007\" , \"t\" : \"join\" , \"name\" : \"Anna de Vries\" } ", &m));
    assert_int_equal(m.type, LIVE_MSG_JOIN);
    assert_string_equal(m.code, "0007");
    assert_string_equal(m.name, "Anna de Vries");
    assert_true(parse("{\"t\":\"join\",\"code\":\"4821\",\"name\":\"\"}", &m));
    assert_string_equal(m.name, "");
    assert_true(parse("{\"t\":\"join\",\"code\":\"4821\",\"name\":\"Z\\u00f6e\"}", &m));
    assert_string_equal(m.name, "Z\xC3\xB6"
                                "e");
    assert_true(parse("{\"t\":\"resume\",\"code\":\"4821\",\"token\":\"0123456789abcdef0123456789abcdef\"}", &m));
    assert_int_equal(m.type, LIVE_MSG_RESUME);
    assert_string_equal(m.token, "0123456789abcdef0123456789abcdef");
    assert_true(parse("{\"t\":\"answer\",\"q\":3,\"choice\":[2, 0]}", &m));
    assert_int_equal(m.type, LIVE_MSG_ANSWER);
    assert_int_equal(m.q, 3);
    assert_int_equal(m.choice, 5u);
    assert_int_equal(m.nchoice, 2);
    assert_true(parse("{\"t\":\"answer\",\"q\":999,\"choice\":[8]}", &m));
    assert_int_equal(m.choice, 1u << 8);
    assert_true(parse("{\"t\":\"ping\"}", &m));
    assert_int_equal(m.type, LIVE_MSG_PING);
}

/* Each line a message the parser must refuse, with why. */
static const char *const bad_messages[] = {
    "",                                                                                     /* nothing */
    "   ",                                                                                  /* only space */
    "[]",                                                                                   /* not an object */
    "\"hello\"",                                                                            /* not an object */
    "{}",                                                                                   /* no type */
    "{\"t\":\"hello\",\"code\":\"4821\"",                                                   /* unclosed */
    "{\"t\":\"hello\",\"code\":\"4821\"} x",                                                /* text after it */
    "{\"t\":\"hello\",\"code\":\"4821\"}{}",                                                /* two objects */
    "{\"t\":\"bye\"}",                                                                      /* unknown type */
    "{\"t\":\"HELLO\",\"code\":\"4821\"}",                                                  /* types are lowercase */
    "{\"t\":5}",                                                                            /* type not a string */
    "{\"t\":\"ping\",\"x\":1}",                                                             /* unknown field */
    "{\"t\":\"hello\"}",                                                                    /* missing field */
    "{\"t\":\"hello\",\"code\":\"4821\",\"name\":\"\"}",                                    /* field of another type */
    "{\"t\":\"hello\",\"code\":\"4821\",\"code\":\"4821\"}",                                /* field twice */
    "{\"t\":\"ping\",\"t\":\"ping\"}",                                                      /* type twice */
    "{\"t\":\"hello\",\"code\":4821}",                                                      /* code not a string */
    "{\"t\":\"hello\",\"code\":\"482\"}",                                                   /* code of 3 digits */
    "{\"t\":\"hello\",\"code\":\"48210\"}",                                                 /* code of 5 digits */
    "{\"t\":\"hello\",\"code\":\"48a1\"}",                                                  /* code not digits */
    "{\"t\":\"hello\",\"code\":null}",                                                      /* code null */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":7}",                                        /* name not a string */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":[\"A\"]}",                                  /* name a list */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"A\\nB\"}",                                /* control character */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"A\\u0000B\"}",                            /* NUL */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"A\\u0085B\"}",                            /* C1 control */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"A\\u007fB\"}",                            /* DEL */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"\\ud800\"}",                              /* lone surrogate */
    "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"A\tB\"}",                                 /* raw tab */
    "{\"t\":\"resume\",\"code\":\"4821\",\"token\":\"0123456789ABCDEF0123456789ABCDEF\"}",  /* uppercase */
    "{\"t\":\"resume\",\"code\":\"4821\",\"token\":\"0123456789abcdef\"}",                  /* too short */
    "{\"t\":\"resume\",\"code\":\"4821\",\"token\":\"0123456789abcdef0123456789abcdef0\"}", /* too long */
    "{\"t\":\"resume\",\"code\":\"4821\",\"token\":\"g123456789abcdef0123456789abcdef\"}",  /* not hex */
    "{\"t\":\"answer\",\"q\":-1,\"choice\":[0]}",                                           /* q below 0 */
    "{\"t\":\"answer\",\"q\":1000,\"choice\":[0]}",                                         /* q too big */
    "{\"t\":\"answer\",\"q\":1.5,\"choice\":[0]}",                                          /* q not an integer */
    "{\"t\":\"answer\",\"q\":1e2,\"choice\":[0]}",                                          /* q an exponent */
    "{\"t\":\"answer\",\"q\":\"3\",\"choice\":[0]}",                                        /* q a string */
    "{\"t\":\"answer\",\"q\":99999999999999999999999,\"choice\":[0]}",                      /* q huge */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[]}",                                             /* no letter */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[0,0]}",                                          /* a letter twice */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[9]}",                                            /* letter out of range */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[-1]}",                                           /* negative letter */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[1.0]}",                                          /* letter not an integer */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[\"A\"]}",                                        /* letter a string */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[[0]]}",                                          /* nested list */
    "{\"t\":\"answer\",\"q\":3,\"choice\":0}",                                              /* not a list */
    "{\"t\":\"answer\",\"q\":3,\"choice\":[true]}",                                         /* letter a bool */
    "{\"t\":\"answer\",\"q\":3}",                                                           /* no choice */
    "{'t':'ping'}",                                                                         /* single quotes */
    "{\"t\":\"ping\",}",                                                                    /* trailing comma */
    "{\"t\":\"pi\xC3\"}",                                                                   /* invalid UTF-8 */
};

static void live_msg_refuses_every_kind_of_bad_message(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_messages / sizeof bad_messages[0]; i++) {
        LiveMsg m;
        if (parse(bad_messages[i], &m))
            fail_msg("accepted: %s", bad_messages[i]);
    }
}

static void live_msg_refuses_a_message_over_1024_bytes_and_a_nul_inside(void **state)
{
    (void)state;
    /* A ping padded with spaces to exactly the limit parses; one byte more does not. */
    char big[LIVE_MAX_MESSAGE + 1];
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"t\":\"ping\"", 11);
    big[LIVE_MAX_MESSAGE - 1] = '}';
    LiveMsg m;
    assert_true(live_msg_parse(big, LIVE_MAX_MESSAGE, &m));
    big[LIVE_MAX_MESSAGE - 1] = ' ';
    big[LIVE_MAX_MESSAGE] = '}';
    assert_false(live_msg_parse(big, LIVE_MAX_MESSAGE + 1, &m));
    /* A name longer than any name can be is refused whole. */
    char name[400];
    snprintf(name, sizeof name, "{\"t\":\"join\",\"code\":\"4821\",\"name\":\"%0300d\"}", 0);
    assert_false(parse(name, &m));
    const char nul[] = "{\"t\":\"ping\"}\0";
    assert_false(live_msg_parse(nul, sizeof nul - 1, &m));
    assert_false(live_msg_parse(NULL, 0, &m));
}

static void live_msg_writes_the_server_messages_of_the_contract(void **state)
{
    (void)state;
    JsonBuf b = {0};
    live_write_error(&b, LIVE_ERR_NAME_TAKEN);
    assert_non_null(strstr(b.data, "{\"t\":\"error\",\"code\":\"name_taken\",\"text\":\""));
    jsonbuf_free(&b);
    char *names[] = {"Anna \"A\" de Vries", "Bram"};
    bool taken[] = {false, true};
    live_write_names(&b, names, taken, 2, false);
    assert_string_equal(b.data, "{\"t\":\"names\",\"list\":[\"Anna \\\"A\\\" de Vries\"],\"nick\":false}");
    jsonbuf_free(&b);
    live_write_ack(&b, 3);
    assert_string_equal(b.data, "{\"t\":\"ack\",\"q\":3}");
    jsonbuf_free(&b);
    char *opts[] = {"Debet", "Credit"};
    LiveStateView v = {.phase = LIVE_QUESTION,
                       .q = 3,
                       .n = 10,
                       .kind = "single",
                       .prompt = "Waar?",
                       .options = opts,
                       .noptions = 2,
                       .remaining_ms = 18000,
                       .choice = 0};
    live_write_state_msg(&b, &v);
    assert_string_equal(b.data, "{\"t\":\"state\",\"phase\":\"question\",\"q\":3,\"n\":10,\"kind\":\"single\","
                                "\"prompt\":\"Waar?\",\"options\":[\"Debet\",\"Credit\"],\"remaining_ms\":18000,"
                                "\"paused\":false,\"answered\":false,\"choice\":[]}");
    jsonbuf_free(&b);
    v.phase = LIVE_REVEAL;
    v.correct = 2;
    v.choice = 1;
    v.explanation = "Omdat.";
    v.score = 435;
    live_write_state(&b, &v);
    assert_string_equal(b.data, "{\"phase\":\"reveal\",\"q\":3,\"n\":10,\"kind\":\"single\",\"prompt\":\"Waar?\","
                                "\"options\":[\"Debet\",\"Credit\"],\"correct\":[1],\"explanation\":\"Omdat.\","
                                "\"choice\":[0],\"right\":false,\"score\":4.35}");
    jsonbuf_free(&b);
    LiveStateView lobby = {.phase = LIVE_LOBBY, .players = 12};
    live_write_welcome(&b, "00ff", "Blauwe Vos", &lobby);
    assert_string_equal(b.data, "{\"t\":\"welcome\",\"token\":\"00ff\",\"name\":\"Blauwe Vos\","
                                "\"state\":{\"phase\":\"lobby\",\"players\":12}}");
    jsonbuf_free(&b);
    LiveStateView end = {.phase = LIVE_END, .score = 700, .of = 10};
    live_write_state(&b, &end);
    assert_string_equal(b.data, "{\"phase\":\"end\",\"score\":7,\"of\":10}");
    jsonbuf_free(&b);
    LiveStateView wait = {.phase = LIVE_WAITING, .q = 0, .n = 2};
    live_write_state(&b, &wait);
    assert_string_equal(b.data, "{\"phase\":\"waiting\",\"q\":0,\"n\":2}");
    jsonbuf_free(&b);
}

static void live_error_codes_are_the_contracts_and_each_has_a_dutch_text(void **state)
{
    (void)state;
    static const char *const codes[] = {"bad_message",      "bad_code",   "name_taken", "not_on_list",
                                        "nick_not_allowed", "bad_name",   "full",       "closed",
                                        "unknown_token",    "kicked",     "not_joined", "wrong_question",
                                        "already_answered", "bad_choice", "too_fast",   "too_many_joins"};
    assert_int_equal(sizeof codes / sizeof codes[0], LIVE_ERR_COUNT);
    for (int e = 0; e < LIVE_ERR_COUNT; e++) {
        assert_string_equal(live_error_code((LiveError)e), codes[e]);
        assert_true(strlen(live_error_text((LiveError)e)) > 10);
    }
    assert_null(live_error_code(LIVE_ERR_COUNT));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(live_msg_parses_every_message_of_the_contract),
        cmocka_unit_test(live_msg_refuses_every_kind_of_bad_message),
        cmocka_unit_test(live_msg_refuses_a_message_over_1024_bytes_and_a_nul_inside),
        cmocka_unit_test(live_msg_writes_the_server_messages_of_the_contract),
        cmocka_unit_test(live_error_codes_are_the_contracts_and_each_has_a_dutch_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
