/* test_export.c - the teacher's tables as the progress screen builds them:
 * CSV bytes for a Dutch spreadsheet, local times through the offset hook,
 * formulas defused, JSON, and a summary that needs the course. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "export.h"
#include "progress_fixture.h"

typedef struct {
    char *dir;
    Course *course;
    ProgressLog *log;
    Profile profile;
    JsonBuf out;
} Fx;

static int setup(void **state)
{
    Fx *fx = calloc(1, sizeof *fx);
    fx->dir = fx_tempdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/progress/course", AW_TEST_DATA);
    Diag d;
    diag_init(&d);
    fx->course = course_load(path, &d);
    assert_non_null(fx->course);
    snprintf(path, sizeof path, "%s/attempts.jsonl", fx->dir);
    fx->log = progress_open(path, NULL, &d);
    assert_non_null(fx->log);
    diag_free(&d);
    snprintf(fx->profile.id, sizeof fx->profile.id, "p-00000000000000a1");
    fx->profile.name = "-Anna \"A\"; B";
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    jsonbuf_free(&fx->out);
    progress_close(fx->log);
    course_free(fx->course);
    fx_free_dir(fx->dir);
    free(fx);
    return 0;
}

static void add(Fx *fx, const char *item, double score, const char *answer)
{
    char err[256];
    Attempt a = fx_attempt(item, score, 0);
    a.answer = answer;
    assert_true(progress_record(fx->log, &a, err, sizeof err));
}

static int plus_one_hour(int64_t ms, void *ctx)
{
    (void)ms;
    (void)ctx;
    return 60;
}

static void export_csv_quotes_doubles_and_defuses_for_a_dutch_spreadsheet(void **state)
{
    Fx *fx = *state;
    add(fx, "q2a", 0.6667, "\"=1+1\"");
    Export ex;
    ExportOptions o = {.format = EXPORT_CSV, .course = fx->course, .utc_offset = plus_one_hour};
    char err[128];
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, err, sizeof err));
    export_end(&ex, &fx->out);
    assert_string_equal(fx->out.data,
                        "\xEF\xBB\xBFleerling;profiel;tijd;vraag;paragraaf;modus;score;duur_s;lesversie;antwoord\r\n"
                        "\"'-Anna \"\"A\"\"; B\";p-00000000000000a1;2026-03-02 11:00:00;q2a;1.2 Tweede paragraaf;"
                        "oefenen;0,6667;1,5;t1;\"\"\"=1+1\"\"\"\r\n");
}

static void export_json_is_one_array_with_the_answer_as_given(void **state)
{
    Fx *fx = *state;
    add(fx, "q1a", 1, "{\"choice\": \"b\"}");
    add(fx, "gone", 0.5, NULL);
    Export ex;
    ExportOptions o = {.format = EXPORT_JSON}; /* no course: no sections */
    char err[128];
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, err, sizeof err));
    export_end(&ex, &fx->out);
    assert_string_equal(fx->out.data, "[\n"
                                      "{\"student\":\"-Anna \\\"A\\\"; B\",\"profile\":\"p-00000000000000a1\","
                                      "\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"q1a\",\"section\":null,"
                                      "\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":1,\"ms\":1500,"
                                      "\"answer\":{\"choice\":\"b\"}},\n"
                                      "{\"student\":\"-Anna \\\"A\\\"; B\",\"profile\":\"p-00000000000000a1\","
                                      "\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"gone\",\"section\":null,"
                                      "\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":0.5,\"ms\":1500,"
                                      "\"answer\":null}\n"
                                      "]\n");
    jsonbuf_free(&fx->out);
    export_begin(&ex, &o, &fx->out);
    export_end(&ex, &fx->out);
    assert_string_equal(fx->out.data, "[]\n");
}

static void export_summary_gives_one_row_per_section_and_needs_the_course(void **state)
{
    Fx *fx = *state;
    add(fx, "q3a", 1, NULL);
    add(fx, "q3b", 0.5, NULL);
    Export ex;
    ExportOptions o = {.format = EXPORT_CSV, .summary = true, .course = fx->course, .now_ms = fx_time(1)};
    char err[128];
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, err, sizeof err));
    const char *last = strstr(fx->out.data, "ts3;");
    assert_non_null(last);
    assert_string_equal(last, "ts3;1.3 Derde paragraaf;2;3;2;1;50;nee;2026-03-02 10:00:00\r\n");
    assert_int_equal(ex.rows, 3);
    o.course = NULL;
    export_begin(&ex, &o, &fx->out);
    assert_false(export_profile(&ex, &fx->profile, fx->log, &fx->out, err, sizeof err));
    assert_non_null(strstr(err, "cursus"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(export_csv_quotes_doubles_and_defuses_for_a_dutch_spreadsheet, setup, teardown),
        cmocka_unit_test_setup_teardown(export_json_is_one_array_with_the_answer_as_given, setup, teardown),
        cmocka_unit_test_setup_teardown(export_summary_gives_one_row_per_section_and_needs_the_course, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
