/* test_lrs_conf.c - the school's LRS settings file (lrs_conf.h): every key
 * read, defaults, comments and a BOM, and each kind of mistake refused with
 * its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lrs_conf.h"

static bool parse(const char *text, LrsConf *c, AwError *e)
{
    return lrs_conf_parse(text, strlen(text), "/etc/accountwijs/lrs.conf", c, e);
}

static void every_key_is_read_and_the_endpoint_gets_its_slash(void **state)
{
    (void)state;
    LrsConf c;
    AwError e;
    assert_true(parse("\xEF\xBB\xBF# de LRS van school\r\n"
                      "endpoint = https://lrs.school.example/data/xAPI\r\n"
                      "  key=abc  \n"
                      "secret = s3cr=t\n"
                      "\n"
                      "homepage = https://school.example/leerlingen\n"
                      "names = ja\n"
                      "batch = 10\n"
                      "timeout = 5",
                      &c, &e));
    assert_true(c.found);
    assert_true(lrs_conf_sends(&c));
    assert_string_equal(c.endpoint, "https://lrs.school.example/data/xAPI/");
    assert_string_equal(c.key, "abc");
    assert_string_equal(c.secret, "s3cr=t");
    assert_string_equal(c.home, "https://school.example/leerlingen");
    assert_true(c.names);
    assert_int_equal(c.batch, 10);
    assert_int_equal(c.timeout_s, 5);
}

static void a_file_without_endpoint_sends_nothing_and_keeps_the_defaults(void **state)
{
    (void)state;
    LrsConf c;
    AwError e;
    assert_true(parse("names = nee\n", &c, &e));
    assert_false(lrs_conf_sends(&c));
    assert_false(c.names);
    assert_string_equal(c.home, "");
    assert_int_equal(c.batch, 50);
    assert_int_equal(c.timeout_s, 30);
}

static void assert_refused(const char *text, AwErrCode code, long line, const char *what)
{
    LrsConf c;
    AwError e;
    assert_false(parse(text, &c, &e));
    assert_int_equal(e.code, code);
    assert_int_equal(e.num, line);
    assert_string_equal(e.what, what);
    assert_string_equal(e.path, "/etc/accountwijs/lrs.conf");
}

static void each_mistake_is_refused_with_its_line(void **state)
{
    (void)state;
    assert_refused("# x\nendpoint https://a/\n", AW_ERR_LRS_CONF_LINE, 2, "");
    /* The secret is never repeated in a message (stderr, the settings). */
    assert_refused("secret: 9a1b2c3d\n", AW_ERR_LRS_CONF_LINE, 1, "");
    assert_refused("9a1b2c3d\n", AW_ERR_LRS_CONF_LINE, 1, "");
    assert_refused("= 9a1b2c3d\n", AW_ERR_LRS_CONF_LINE, 1, "");
    assert_refused("endpoint = https://user:pw@lrs.school.nl/xapi\n", AW_ERR_LRS_CONF_VALUE, 1, "endpoint");
    assert_refused("naam = ja\n", AW_ERR_LRS_CONF_KEY, 1, "naam");
    assert_refused("endpoint = ftp://a/\n", AW_ERR_LRS_CONF_VALUE, 1, "endpoint");
    assert_refused("names = misschien\n", AW_ERR_LRS_CONF_VALUE, 1, "names");
    assert_refused("batch = 0\n", AW_ERR_LRS_CONF_VALUE, 1, "batch");
    assert_refused("timeout = 601\n", AW_ERR_LRS_CONF_VALUE, 1, "timeout");
    assert_refused("homepage = school\n", AW_ERR_LRS_CONF_VALUE, 1, "homepage");
    assert_refused("key = a:b\n", AW_ERR_LRS_CONF_VALUE, 1, "key");
    assert_refused("secret = a\tb\n", AW_ERR_LRS_CONF_VALUE, 1, "secret");
    assert_refused("endpoint = https://a/\nkey = k\n", AW_ERR_LRS_CONF_MISSING, 0, "secret");
    assert_refused("endpoint = https://a/\nsecret = s\n", AW_ERR_LRS_CONF_MISSING, 0, "key");
    assert_refused("names = ja\n\xC3(\n", AW_ERR_LRS_CONF_LINE, 1, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_key_is_read_and_the_endpoint_gets_its_slash),
        cmocka_unit_test(a_file_without_endpoint_sends_nothing_and_keeps_the_defaults),
        cmocka_unit_test(each_mistake_is_refused_with_its_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
