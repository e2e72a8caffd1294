/* test_export.c - the teacher's tables as the progress screen builds them:
 * CSV bytes for a Dutch spreadsheet, local times through the offset hook,
 * formulas defused, JSON, and a summary that needs the course. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "attempt_text.h"
#include "export.h"
#include "markup.h"
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
    AwError err;
    Attempt a = fx_attempt(item, score, 0);
    a.answer = answer;
    assert_true(progress_record(fx->log, &a, &err));
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
    AwError err;
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, &err));
    export_end(&ex, &fx->out);
    assert_string_equal(fx->out.data,
                        "\xEF\xBB\xBFleerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;"
                        "letters;antwoord;antwoord_json\r\n"
                        "\"'-Anna \"\"A\"\"; B\";p-00000000000000a1;2026-03-02 11:00:00;q2a;Is dit vraag q2a?;"
                        "1.2 Tweede paragraaf;oefenen;0,6667;1,5;t1;;;\"\"\"=1+1\"\"\"\r\n");
}

static void export_json_is_one_array_with_the_answer_as_given(void **state)
{
    Fx *fx = *state;
    add(fx, "q1a", 1, "{\"choice\": \"b\"}");
    add(fx, "gone", 0.5, NULL);
    Export ex;
    ExportOptions o = {.format = EXPORT_JSON}; /* no course: no sections */
    AwError err;
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, &err));
    export_end(&ex, &fx->out);
    assert_string_equal(fx->out.data, "[\n"
                                      "{\"student\":\"-Anna \\\"A\\\"; B\",\"profile\":\"p-00000000000000a1\","
                                      "\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"q1a\",\"section\":null,"
                                      "\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":1,\"ms\":1500,"
                                      "\"answer\":{\"choice\":\"b\"},\"letters\":null,\"answer_text\":null},\n"
                                      "{\"student\":\"-Anna \\\"A\\\"; B\",\"profile\":\"p-00000000000000a1\","
                                      "\"time\":\"2026-03-02T10:00:00.000Z\",\"item\":\"gone\",\"section\":null,"
                                      "\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":0.5,\"ms\":1500,"
                                      "\"answer\":null,\"letters\":null,\"answer_text\":null}\n"
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
    AwError err;
    export_begin(&ex, &o, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, &err));
    const char *last = strstr(fx->out.data, "ts3;");
    assert_non_null(last);
    assert_string_equal(last, "ts3;1.3 Derde paragraaf;2;3;2;1;50;nee;2026-03-02 10:00:00\r\n");
    assert_int_equal(ex.rows, 3);
    o.course = NULL;
    export_begin(&ex, &o, &fx->out);
    assert_false(export_profile(&ex, &fx->profile, fx->log, &fx->out, &err));
    assert_int_equal(err.code, AW_ERR_EXPORT_NEEDS_COURSE);
}

/* ---- the answer as the teacher reads it ---- */

/* Field K (0-based) of the CSV row of FX's export that starts with the
 * name and has ITEM as its item (the Nth such row), unquoted, in OUT. */
static bool csv_field(const char *csv, const char *item, int nth, int k, char *out, size_t size)
{
    char key[160];
    snprintf(key, sizeof key, ";%s;", item);
    const char *row = csv;
    for (int seen = 0;;) {
        row = strstr(row, key);
        if (!row)
            return false;
        if (seen++ == nth)
            break;
        row++;
    }
    while (row > csv && row[-1] != '\n')
        row--;
    const char *p = row;
    for (int f = 0;; f++) {
        size_t n = 0;
        bool quoted = *p == '"';
        if (quoted)
            p++;
        for (; *p; p++) {
            if (quoted && p[0] == '"' && p[1] == '"')
                p++;
            else if (quoted && *p == '"') {
                p++;
                break;
            } else if (!quoted && (*p == ';' || *p == '\r'))
                break;
            if (f == k && n + 1 < size)
                out[n++] = *p;
        }
        if (f == k) {
            out[n] = '\0';
            return true;
        }
        if (*p != ';')
            return false;
        p++;
    }
}

enum { COL_ITEM = 3, COL_ASKED = 4, COL_LETTERS = 10, COL_TEXT = 11, COL_JSON = 12 };

static void add_shown(Fx *fx, const char *item, const char *answer, const char *shown)
{
    AwError err;
    Attempt a = fx_attempt(item, 1, 0);
    a.answer = answer;
    a.shown = shown;
    assert_true(progress_record(fx->log, &a, &err));
}

static void expect_field(const char *csv, const char *item, int nth, int k, const char *want)
{
    char got[2048];
    assert_true(csv_field(csv, item, nth, k, got, sizeof got));
    assert_string_equal(got, want);
}

static void export_csv_gives_the_letters_as_shown_and_the_answer_in_words_for_every_type(void **state)
{
    Fx *fx = *state;
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    diag_free(&d);
    assert_non_null(c);
    const Question *single = course_question(c, "q1-1-01"), *match = course_question(c, "q1-1-08");
    const Question *order = course_question(c, "q1-1-09");
    assert_true(single && single->type == QUESTION_SINGLE && single->noptions == 4);
    assert_true(match && match->type == QUESTION_MATCHING && match->noptions >= 3);
    assert_true(order && order->type == QUESTION_ORDERING && order->noptions == 3);

    /* The student pressed A, which was option b on screen; a line from
     * before the order was kept falls back to the course order (B). */
    add_shown(fx, "q1-1-01", "{\"chosen\":[\"b\"]}", "{\"order\":[\"b\",\"d\",\"a\",\"c\"]}");
    add_shown(fx, "q1-1-01", "{\"chosen\":[\"b\"]}", NULL);
    add_shown(fx, "q1-1-04", "{\"chosen\":[\"a\",\"c\"]}", "{\"order\":[\"c\",\"b\",\"a\",\"d\"]}");
    add_shown(fx, "q1-1-06", "{\"chosen\":[\"false\"]}", "{\"order\":[\"true\",\"false\"]}");
    add_shown(fx, "q1-1-09", "{\"order\":[\"i2\",\"i1\",\"i3\"]}", "{\"order\":[\"i3\",\"i2\",\"i1\"]}");
    add_shown(fx, "q1-1-11", "{\"text\":{\"b1\":\"kwalificatiedosier\",\"b2\":\"\"}}", NULL);
    /* A number as it was typed, the unit and the Dutch groups included. */
    add_shown(fx, "rq-02", "{\"text\":{\"value\":\"\xE2\x82\xAC 4.800,-\"}}", "{\"order\":[\"value\"]}");
    /* Matching: left items shown 1..n in a shuffled order, the right-hand
     * texts lettered in another; the answer links left 1 to right C. */
    QuizOrder o;
    assert_true(quiz_shuffle(match, 7, &o));
    Answer a;
    assert_true(quiz_answer_init(&a, match, NULL));
    quiz_answer_match(&a, o.shown[0], o.right[2]);
    char *mjson = quiz_answer_to_json(match, &a), *mshown = attempt_shown_json(match, &o);
    add_shown(fx, "q1-1-08", mjson, mshown);
    /* A scenario run: its choices are lettered in course order. */
    add_shown(fx, "sc-bouwmaterialen", "{\"path\":[{\"node\":\"n1\",\"choice\":\"b\",\"points\":0}],\"end\":\"gone\"}",
              NULL);
    add_shown(fx, "q1-1-01", "{\"chosen\":[\"zz\"]}", NULL); /* an option the course lost */

    Export ex;
    ExportOptions eo = {.format = EXPORT_CSV, .course = c};
    AwError err;
    export_begin(&ex, &eo, &fx->out);
    assert_true(export_profile(&ex, &fx->profile, fx->log, &fx->out, &err));
    export_end(&ex, &fx->out);
    const char *csv = fx->out.data;
    assert_non_null(strstr(csv, "leerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;"
                                "letters;antwoord;antwoord_json\r\n"));

    char want[2048];
    expect_field(csv, "q1-1-01", 0, COL_LETTERS, "A");
    snprintf(want, sizeof want, "A: %s", single->options[1].text);
    expect_field(csv, "q1-1-01", 0, COL_TEXT, want);
    expect_field(csv, "q1-1-01", 0, COL_JSON, "{\"chosen\":[\"b\"]}");
    expect_field(csv, "q1-1-01", 0, COL_ASKED, "Wat is een kwalificatiedossier?"); /* no **markup** */
    expect_field(csv, "q1-1-01", 1, COL_LETTERS, "B");
    expect_field(csv, "q1-1-01", 2, COL_LETTERS, "");
    expect_field(csv, "q1-1-01", 2, COL_TEXT, "");
    expect_field(csv, "q1-1-01", 2, COL_JSON, "{\"chosen\":[\"zz\"]}");
    expect_field(csv, "q1-1-04", 0, COL_LETTERS, "A, C");
    expect_field(csv, "q1-1-06", 0, COL_LETTERS, "O");
    expect_field(csv, "q1-1-06", 0, COL_TEXT, "Onjuist");
    expect_field(csv, "q1-1-09", 0, COL_LETTERS, "2, 1, 3");
    snprintf(want, sizeof want, "1. %s; 2. %s; 3. %s", order->options[1].text, order->options[0].text,
             order->options[2].text);
    expect_field(csv, "q1-1-09", 0, COL_TEXT, want);
    expect_field(csv, "q1-1-11", 0, COL_LETTERS, "");
    expect_field(csv, "q1-1-11", 0, COL_TEXT, "(1) kwalificatiedosier; (2) ");
    expect_field(csv, "rq-02", 0, COL_LETTERS, "");
    expect_field(csv, "rq-02", 0, COL_TEXT, "\xE2\x82\xAC 4.800,-");
    expect_field(csv, "q1-1-08", 0, COL_LETTERS,
                 "1\xE2\x86\x92"
                 "C");
    char got[4096];
    assert_true(csv_field(csv, "q1-1-08", 0, COL_TEXT, got, sizeof got));
    snprintf(want, sizeof want, "1. %s \xE2\x86\x92 C: %s; 2. ", match->options[o.shown[0]].text,
             match->options[o.right[2]].match);
    assert_memory_equal(got, want, strlen(want));
    assert_non_null(strstr(got, "\xE2\x86\x92 (niets)"));
    const Scenario *sc = course_scenario(c, "sc-bouwmaterialen");
    assert_non_null(sc);
    expect_field(csv, "sc-bouwmaterialen", 0, COL_LETTERS, "B");
    char *plain = markup_strip_dup(sc->nodes[sc->start].choices[1].text);
    snprintf(want, sizeof want, "1. B: %s", plain);
    free(plain);
    expect_field(csv, "sc-bouwmaterialen", 0, COL_TEXT, want);
    assert_null(strstr(csv, "**"));

    free(mjson);
    free(mshown);
    quiz_answer_free(&a);
    quiz_order_free(&o);
    course_free(c);
}

/* The display order survives the log: what attempt_shown_json writes,
 * attempt_shown_read gives back; an order that no longer fits is the
 * course order. */
static void attempt_shown_order_reads_back_and_falls_back_to_the_course_order(void **state)
{
    Fx *fx = *state;
    (void)fx;
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    diag_free(&d);
    assert_non_null(c);
    const Question *q = course_question(c, "q1-1-08");
    QuizOrder o, back;
    assert_true(quiz_shuffle(q, 3, &o));
    char *json = attempt_shown_json(q, &o);
    assert_non_null(json);
    assert_true(attempt_shown_read(q, json, &back));
    assert_memory_equal(back.shown, o.shown, o.n * sizeof *o.shown);
    assert_memory_equal(back.right, o.right, o.n * sizeof *o.right);
    quiz_order_free(&back);
    assert_true(attempt_shown_read(q, "{\"order\":[\"p1\"],\"right\":[\"p1\"]}", &back));
    for (size_t k = 0; k < back.n; k++)
        assert_true(back.shown[k] == k && back.right[k] == k);
    quiz_order_free(&back);
    free(json);
    quiz_order_free(&o);
    course_free(c);
}

/* ---- file names ---- */

static void export_safe_name_keeps_letters_and_makes_the_rest_one_dash(void **state)
{
    (void)state;
    char out[64];
    export_safe_name("../../etc; \"Fenna\" =1", out, sizeof out);
    assert_string_equal(out, "etc-Fenna-1");
    export_safe_name("Zoë Ĳsselmeer-de Jong", out, sizeof out);
    assert_string_equal(out, "Zoe-IJsselmeer-de-Jong");
    export_safe_name("CON", out, sizeof out); /* never alone: a prefix and the date come with it */
    assert_string_equal(out, "CON");
    export_safe_name("  ::  \xE6\x97\xA5  ", out, sizeof out);
    assert_string_equal(out, "leerling");
    export_safe_name("Anna Maria Theodora van den Berghe-Oudshoorn tot Oosterwijk", out, sizeof out);
    assert_true(strlen(out) <= 40);
    assert_string_equal(out, "Anna-Maria-Theodora-van-den-Berghe");
    char small[6];
    export_safe_name("Fenna", small, sizeof small);
    assert_string_equal(small, "Fenna");
}

static void export_path_puts_every_export_in_the_exports_folder(void **state)
{
    Fx *fx = *state;
    char path[4200], want[4200];
    assert_true(export_path(path, sizeof path, fx->dir, 1, "csv", "antwoorden-%s-%s", "Fenna", "2026-03-02"));
    snprintf(want, sizeof want, "%s/exports/antwoorden-Fenna-2026-03-02.csv", fx->dir);
    assert_string_equal(path, want);
    snprintf(want, sizeof want, "%s/exports", fx->dir);
    assert_true(fx_exists(want));
    assert_true(export_path(path, sizeof path, fx->dir, 3, "csv", "klassikaal-%s", "2026-03-02-0915"));
    snprintf(want, sizeof want, "%s/exports/klassikaal-2026-03-02-0915-3.csv", fx->dir);
    assert_string_equal(path, want);
    char tiny[16];
    assert_false(export_path(tiny, sizeof tiny, fx->dir, 1, "csv", "x"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(export_csv_quotes_doubles_and_defuses_for_a_dutch_spreadsheet, setup, teardown),
        cmocka_unit_test_setup_teardown(export_json_is_one_array_with_the_answer_as_given, setup, teardown),
        cmocka_unit_test_setup_teardown(export_summary_gives_one_row_per_section_and_needs_the_course, setup, teardown),
        cmocka_unit_test_setup_teardown(export_csv_gives_the_letters_as_shown_and_the_answer_in_words_for_every_type,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(attempt_shown_order_reads_back_and_falls_back_to_the_course_order, setup,
                                        teardown),
        cmocka_unit_test(export_safe_name_keeps_letters_and_makes_the_rest_one_dash),
        cmocka_unit_test_setup_teardown(export_path_puts_every_export_in_the_exports_folder, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
