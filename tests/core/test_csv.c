/* test_csv.c - CSV for Dutch spreadsheets: BOM, semicolons, RFC 4180
 * quoting, CRLF, decimal commas, formula injection defused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "csv.h"

static char *render(void (*fill)(Csv *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    Csv c;
    csv_begin(&c, f);
    fill(&c);
    assert_true(csv_finish(&c));
    fclose(f);
    return buf;
}

static void fill_plain(Csv *c)
{
    csv_field(c, "naam");
    csv_field(c, "score");
    csv_end_row(c);
    csv_field(c, "Fenna");
    csv_decimal(c, 0.75, 2);
    csv_int(c, 12);
    csv_end_row(c);
}

static void csv_starts_with_a_bom_and_separates_with_semicolons_and_crlf(void **state)
{
    (void)state;
    char *s = render(fill_plain);
    assert_string_equal(s, "\xEF\xBB\xBFnaam;score\r\nFenna;0,75;12\r\n");
    free(s);
}

static void csv_in_memory_holds_the_same_text_as_on_a_stream(void **state)
{
    (void)state;
    char *s = render(fill_plain);
    Csv c;
    csv_begin_memory(&c);
    fill_plain(&c);
    /* Enough rows to make the buffer grow more than once. */
    for (int i = 0; i < 2000; i++) {
        csv_field(&c, "nog een regel die de buffer laat groeien");
        csv_end_row(&c);
    }
    assert_true(csv_finish(&c));
    size_t len;
    char *m = csv_take(&c, &len);
    assert_non_null(m);
    assert_int_equal(len, strlen(m));
    assert_int_equal(strncmp(m, s, strlen(s)), 0);
    assert_int_equal(len, strlen(s) + 2000 * strlen("nog een regel die de buffer laat groeien\r\n"));
    assert_null(c.text.data); /* taken: the Csv holds nothing more */
    free(m);
    free(s);
}

static void fill_quoted(Csv *c)
{
    csv_field(c, "a;b");
    csv_field(c, "zei \"ja\"");
    csv_field(c, "regel\neen");
    csv_field(c, "co\xc3\xb6rdinator");
    csv_field(c, "");
    csv_field(c, NULL);
    csv_end_row(c);
}

static void csv_quotes_fields_with_separators_quotes_and_line_breaks(void **state)
{
    (void)state;
    char *s = render(fill_quoted);
    assert_string_equal(s, "\xEF\xBB\xBF\"a;b\";\"zei \"\"ja\"\"\";\"regel\neen\";co\xc3\xb6rdinator;;\r\n");
    free(s);
}

static void fill_formula(Csv *c)
{
    csv_field(c, "=HYPERLINK(\"x\")");
    csv_field(c, "-3");
    csv_end_row(c);
}

static void csv_defuses_text_that_a_spreadsheet_would_run_as_a_formula(void **state)
{
    (void)state;
    char *s = render(fill_formula);
    assert_string_equal(s, "\xEF\xBB\xBF\"'=HYPERLINK(\"\"x\"\")\";\"'-3\"\r\n");
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_starts_with_a_bom_and_separates_with_semicolons_and_crlf),
        cmocka_unit_test(csv_in_memory_holds_the_same_text_as_on_a_stream),
        cmocka_unit_test(csv_quotes_fields_with_separators_quotes_and_line_breaks),
        cmocka_unit_test(csv_defuses_text_that_a_spreadsheet_would_run_as_a_formula),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
