/* test_jsonl.c - the strict one-line JSON of the attempt log: what it
 * accepts, what it refuses, and numbers that ignore the locale. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "jsonl.h"

static int parse(const char *text, JsonlField *f)
{
    return jsonl_object(text, strlen(text), f, JSONL_MAX_FIELDS);
}

static void jsonl_object_reads_the_fields_of_a_record_as_raw_spans(void **state)
{
    (void)state;
    JsonlField f[JSONL_MAX_FIELDS];
    const char *text =
        " {\"item\": \"q1\", \"answer\": {\"a\": [1, 2, {\"b\": null}]}, \"score\": 0.75, \"ok\": true} ";
    assert_int_equal(parse(text, f), 4);
    const JsonlField *answer = jsonl_field(f, 4, "answer");
    assert_non_null(answer);
    assert_int_equal(answer->kind, JSONL_OBJECT);
    assert_int_equal(answer->rawlen, strlen("{\"a\": [1, 2, {\"b\": null}]}"));
    char s[16];
    assert_true(jsonl_string(jsonl_field(f, 4, "item"), s, sizeof s));
    assert_string_equal(s, "q1");
    double v;
    assert_true(jsonl_number(jsonl_field(f, 4, "score"), &v));
    assert_true(v == 0.75);
    assert_int_equal(jsonl_field(f, 4, "ok")->kind, JSONL_TRUE);
    assert_null(jsonl_field(f, 4, "missing"));
    assert_int_equal(parse("{}", f), 0);
}

static void jsonl_object_refuses_anything_that_is_not_strict_json(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "[1]",
        "{\"a\":1,}",
        "{\"a\":1} x",
        "{\"a\":1,\"a\":2}",
        "{\"a\":\"\xff\"}",
        "{\"a\":\"\xed\xa0\x80\"}", /* an encoded surrogate */
        "{\"a\":\"tab\there\"}",    /* a raw control character */
        "{\"a\":\"\\ud800\"}",      /* a lone surrogate escape */
        "{\"a\":\"\\x41\"}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":-}",
        "{\"a\":tru}",
        "{\"a\":\"open}",
        "{a:1}",
    };
    JsonlField f[JSONL_MAX_FIELDS];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (parse(bad[i], f) != -1)
            fail_msg("accepted bad[%zu]: %s", i, bad[i]);
    char deep[200] = "{\"a\":";
    for (int i = 0; i < 40; i++)
        strcat(deep, "[");
    for (int i = 0; i < 40; i++)
        strcat(deep, "]");
    strcat(deep, "}");
    assert_int_equal(parse(deep, f), -1);
}

static void jsonl_string_decodes_escapes_and_refuses_a_nul(void **state)
{
    (void)state;
    JsonlField f[JSONL_MAX_FIELDS];
    assert_int_equal(parse("{\"s\":\"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude42\"}", f), 1);
    char out[32];
    assert_true(jsonl_string(&f[0], out, sizeof out));
    assert_string_equal(out, "a\"b\\c/\n\xc3\xa9\xf0\x9f\x99\x82");
    assert_false(jsonl_string(&f[0], out, 4)); /* does not fit */
    assert_int_equal(parse("{\"s\":\"a\\u0000b\"}", f), 1);
    assert_false(jsonl_string(&f[0], out, sizeof out));
}

static void jsonbuf_put_string_round_trips_quotes_backslashes_and_controls(void **state)
{
    (void)state;
    const char *s = "say \"hi\"\\\n\t\x01 é";
    JsonBuf b = {0};
    jsonbuf_puts(&b, "{\"s\":");
    jsonbuf_put_string(&b, s);
    jsonbuf_puts(&b, "}");
    assert_string_equal(b.data, "{\"s\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001 é\"}");
    JsonlField f[JSONL_MAX_FIELDS];
    assert_int_equal(jsonl_object(b.data, b.len, f, JSONL_MAX_FIELDS), 1);
    char out[64];
    assert_true(jsonl_string(&f[0], out, sizeof out));
    assert_string_equal(out, s);
    jsonbuf_free(&b);
}

static void jsonl_compact_puts_any_value_on_one_line(void **state)
{
    (void)state;
    JsonBuf b = {0};
    assert_true(jsonl_compact(&b, " {\n \"a\" : [ 1 ,\r\n 2 ],\n \"b c\": \"x y\" }\n", 39));
    assert_string_equal(b.data, "{\"a\":[1,2],\"b c\":\"x y\"}");
    b.len = 0;
    assert_true(jsonl_compact(&b, "\"plain\"", 7));
    assert_string_equal(b.data, "\"plain\"");
    size_t before = b.len;
    assert_false(jsonl_compact(&b, "{\"a\":", 5));
    assert_int_equal(b.len, before);
    jsonbuf_free(&b);
}

static void jsonbuf_put_fixed_writes_numbers_the_same_in_any_locale(void **state)
{
    (void)state;
    setlocale(LC_ALL, "nl_NL.UTF-8"); /* when installed: printf would write "0,75" */
    JsonBuf b = {0};
    static const struct {
        double v;
        int digits;
        const char *want;
    } cases[] = {{0.75, 6, "0.75"}, {1, 6, "1"},       {0, 6, "0"},         {2.0 / 3, 6, "0.666667"},
                 {-2.5, 2, "-2.5"}, {62.5, 1, "62.5"}, {0.0000001, 6, "0"}, {99.996, 1, "100"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        b.len = 0;
        jsonbuf_put_fixed(&b, cases[i].v, cases[i].digits, '.');
        assert_string_equal(b.data, cases[i].want);
    }
    b.len = 0;
    jsonbuf_put_fixed(&b, 0.75, 4, ',');
    assert_string_equal(b.data, "0,75");
    JsonlField f[JSONL_MAX_FIELDS];
    double v;
    assert_int_equal(parse("{\"a\":0.666667,\"b\":1.5e-3,\"c\":-12,\"d\":9007199254740993}", f), 4);
    assert_true(jsonl_number(&f[0], &v) && v == 0.666667);
    assert_true(jsonl_number(&f[1], &v) && v == 0.0015);
    int64_t i;
    assert_true(jsonl_int(&f[2], &i) && i == -12);
    assert_true(jsonl_int(&f[3], &i) && i == INT64_C(9007199254740993));
    assert_false(jsonl_int(&f[1], &i));
    setlocale(LC_ALL, "C");
    jsonbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jsonl_object_reads_the_fields_of_a_record_as_raw_spans),
        cmocka_unit_test(jsonl_object_refuses_anything_that_is_not_strict_json),
        cmocka_unit_test(jsonl_string_decodes_escapes_and_refuses_a_nul),
        cmocka_unit_test(jsonbuf_put_string_round_trips_quotes_backslashes_and_controls),
        cmocka_unit_test(jsonl_compact_puts_any_value_on_one_line),
        cmocka_unit_test(jsonbuf_put_fixed_writes_numbers_the_same_in_any_locale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
