/* test_klas.c - the class overview (core/klas.h): each export format read,
 * the same attempt counted once however often it arrives, the numbers of a
 * small hand-made class worked out by hand, bad files named and skipped,
 * and the overview's CSV. The course is tests/data/progress/course (three
 * sections of true/false questions whose right answer is "true"). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "../diag_text.h"
#include "klas.h"
#include "progress_fixture.h"

typedef struct {
    Course *course;
    Klas *klas;
    Diag d;
    KlasOverview o;
    bool computed;
} Fx;

/* CSV times in these tests are local to a zone one hour east of UTC. */
static int plus_one_hour(int64_t ms, void *ctx)
{
    (void)ms;
    (void)ctx;
    return 60;
}

static int setup(void **state)
{
    Fx *fx = calloc(1, sizeof *fx);
    char path[4200];
    snprintf(path, sizeof path, "%s/progress/course", AW_TEST_DATA);
    diag_init(&fx->d);
    fx->course = course_load(path, &fx->d);
    assert_non_null(fx->course);
    fx->klas = klas_new(fx->course, plus_one_hour, NULL);
    assert_non_null(fx->klas);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    if (fx->computed)
        klas_overview_free(&fx->o);
    klas_free(fx->klas);
    course_free(fx->course);
    diag_free(&fx->d);
    free(fx);
    return 0;
}

static bool add(Fx *fx, const char *name, const char *text)
{
    return klas_add_text(fx->klas, name, text, strlen(text), &fx->d);
}

static void compute(Fx *fx)
{
    AwError e;
    assert_true(klas_compute(fx->klas, &fx->o, &e));
    fx->computed = true;
}

/* Whether some message, worded in English with its place, contains WANT. */
static bool said(const Fx *fx, const char *want)
{
    for (size_t i = 0; i < fx->d.count; i++)
        if (strstr(diag_text(&fx->d.messages[i]), want))
            return true;
    return false;
}

static void print_messages(const Fx *fx)
{
    for (size_t i = 0; i < fx->d.count; i++)
        fprintf(stderr, "  %s\n", diag_text(&fx->d.messages[i]));
}

#define CSV_HEADER                                                                                                     \
    "\xEF\xBB\xBFleerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;letters;antwoord;"      \
    "antwoord_json\r\n"

#define CSV_HEADER_SUMMARY                                                                                             \
    "\xEF\xBB\xBFleerling;profiel;sectie;paragraaf;pogingen;vragen;beantwoord;vragen_beheerst;beheersing_pct;"         \
    "beheerst;"                                                                                                        \
    "laatste_activiteit\r\n"

/* Bram's three answers on q1a as `export --format csv` writes them (local
 * time, one hour east): wrong, wrong, right. */
static const char *const bram_csv = CSV_HEADER
    "\"Bram; \"\"B\"\"\";p-b;2026-03-02 11:00:00;q1a;Is dit vraag q1a?;1.1 Eerste paragraaf;oefenen;0;1,5;t1;"
    "O;Onjuist;\"{\"\"chosen\"\":[\"\"false\"\"]}\"\r\n"
    "\"Bram; \"\"B\"\"\";p-b;2026-03-02 11:01:00;q1a;Is dit vraag q1a?;1.1 Eerste paragraaf;oefenen;0;2;t1;"
    "O;Onjuist;\"{\"\"chosen\"\":[\"\"false\"\"]}\"\r\n"
    "\"Bram; \"\"B\"\"\";p-b;2026-03-02 11:02:00;q1a;Is dit vraag q1a?;1.1 Eerste paragraaf;oefenen;1;2;t1;"
    "J;Juist;\"{\"\"chosen\"\":[\"\"true\"\"]}\"\r\n";

/* The same three attempts as `export --format json` writes them (UTC). */
static const char *const bram_json =
    "[\n"
    "{\"student\":\"Bram; \\\"B\\\"\",\"profile\":\"p-b\",\"time\":\"2026-03-02T10:00:00.250Z\",\"item\":\"q1a\","
    "\"section\":\"ts1\",\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":0.000000,\"ms\":1500,"
    "\"answer\":{\"chosen\":[\"false\"]},\"letters\":\"O\",\"answer_text\":\"Onjuist\"},\n"
    "{\"student\":\"Bram; \\\"B\\\"\",\"profile\":\"p-b\",\"time\":\"2026-03-02T10:01:00.900Z\",\"item\":\"q1a\","
    "\"section\":\"ts1\",\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":0.000000,\"ms\":2000,"
    "\"answer\":{\"chosen\":[\"false\"]},\"letters\":\"O\",\"answer_text\":\"Onjuist\"},\n"
    "{\"student\":\"Bram; \\\"B\\\"\",\"profile\":\"p-b\",\"time\":\"2026-03-02T10:02:00.000Z\",\"item\":\"q1a\","
    "\"section\":\"ts1\",\"content_version\":\"t1\",\"mode\":\"practice\",\"score\":1.000000,\"ms\":2000,"
    "\"answer\":{\"chosen\":[\"true\"]},\"letters\":\"J\",\"answer_text\":\"Juist\"}\n"
    "]\n";

/* Anna as JSON: q1a right three times, q1b right, q1c wrong. */
static const char *const anna_json =
    "[{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\",\"mode\":"
    "\"practice\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}},"
    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:01:00.000Z\",\"item\":\"q1a\",\"mode\":"
    "\"practice\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}},"
    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:02:00.000Z\",\"item\":\"q1a\",\"mode\":"
    "\"review\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}},"
    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:03:00.000Z\",\"item\":\"q1b\",\"mode\":"
    "\"practice\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}},"
    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:04:00.000Z\",\"item\":\"q1c\",\"mode\":"
    "\"practice\",\"score\":0,\"answer\":{\"chosen\":[\"false\"]}}]";

/* xAPI: Anna failed a test (scaled 0.3: cijfer 3,7); Chris answered q2a
 * right (no name in the statements: the school keeps names off). */
static const char *const xapi =
    "[{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"urn:accountwijs:profiles\",\"name\":\"p-a\"}},"
    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/failed\"},"
    "\"object\":{\"id\":\"urn:accountwijs:course:voortgang-test:exam\"},"
    "\"result\":{\"success\":false,\"score\":{\"scaled\":0.3}},\"timestamp\":\"2026-03-03T09:00:00.000Z\"},"
    "{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"urn:accountwijs:profiles\",\"name\":\"p-c\"}},"
    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},"
    "\"object\":{\"id\":\"urn:accountwijs:course:voortgang-test:question:q2a\"},"
    "\"result\":{\"success\":true,\"score\":{\"scaled\":1},\"response\":\"true\"},"
    "\"timestamp\":\"2026-03-03T10:00:00.000+00:00\"}]";

/* Chris's test as JSON: q2b right, q2c wrong, handed in together. */
static const char *const chris_exam =
    "[{\"student\":\"Chris\",\"profile\":\"p-c\",\"time\":\"2026-03-04T10:00:00.100Z\",\"item\":\"q2b\",\"mode\":"
    "\"exam\",\"score\":1,\"answer\":{\"chosen\":[\"true\"]}},"
    "{\"student\":\"Chris\",\"profile\":\"p-c\",\"time\":\"2026-03-04T10:00:00.200Z\",\"item\":\"q2c\",\"mode\":"
    "\"exam\",\"score\":0,\"answer\":{\"chosen\":[\"false\"]}}]";

static void klas_reads_the_csv_of_export(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "bram.csv", bram_csv));
    compute(fx);
    print_messages(fx);
    assert_int_equal(fx->d.count, 0);
    assert_int_equal(fx->o.nstudents, 1);
    assert_string_equal(fx->o.students[0].id, "p-b");
    assert_string_equal(fx->o.students[0].name, "Bram; \"B\"");
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.missed[0].missed, 2);
    assert_int_equal(fx->o.files_read, 1);
}

static void klas_reads_the_json_of_export(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "anna.json", anna_json));
    compute(fx);
    assert_int_equal(fx->d.count, 0);
    assert_int_equal(fx->o.nstudents, 1);
    assert_string_equal(klas_student_name(&fx->o, 0), "Anna");
    assert_int_equal(fx->o.attempts, 5);
    assert_int_equal(fx->o.students[0].attempts, 5);
}

static void klas_reads_xapi_statements_and_a_tests_result(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "lrs.json", xapi));
    compute(fx);
    print_messages(fx);
    assert_int_equal(fx->d.count, 0);
    assert_int_equal(fx->o.nstudents, 2);
    assert_string_equal(klas_student_name(&fx->o, 1), "p-c"); /* no name: the profile id */
    assert_int_equal(fx->o.attempts, 1);
    assert_int_equal(fx->o.nexams, 1);
    assert_true(fx->o.exams[0].from_xapi);
    assert_int_equal(fx->o.exams[0].grade_tenths, 37);
}

/* Statements in the shapes of core/xapi.h (export --format xapi): a
 * practice answer, an exam answer (mode in the extension), a scenario's
 * decision (not counted) and its run (counted as the scenario), a test's
 * "completed" and "passed" (one test). */
#define ACTOR_D                                                                                                        \
    "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Dirk\",\"account\":{\"homePage\":\"urn:accountwijs:profiles\","    \
    "\"name\":\"p-d\"}},"
#define VERB(v) "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" v "\",\"display\":{\"en-US\":\"" v "\"}},"
#define OBJ(id) "\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:voortgang-test" id "\"},"
#define MODE(m) "\"context\":{\"extensions\":{\"urn:accountwijs:xapi:mode\":\"" m "\"}},"
static const char *const dirk_xapi = "[{\"id\":\"1\"," ACTOR_D VERB("answered") OBJ(
    ":question:q1a") "\"result\":{\"success\":false,\"score\":{"
                     "\"scaled\":0},\"response\":\"false\",\"duration\":\"PT5.23S\"}," MODE(
                         "practice") "\"timestamp\":"
                                     "\"2026-03-05T09:00:00.123Z\"},"
                                     "{\"id\":\"2\"," ACTOR_D VERB("answered") OBJ(
                                         ":question:q2%61") "\"result\":{\"success\":true,\"score\":{"
                                                            "\"scaled\":1},\"response\":\"true\"}," MODE(
                                                                "exam") "\"timestamp\":\"2026-03-05T10:00:00.000Z\"},"
                                                                        "{\"id\":\"3\"," ACTOR_D VERB("answered") OBJ(
                                                                            ":scenario:sc-test:"
                                                                            "node:n1") "\"result\":"
                                                                                       "{\"success"
                                                                                       "\":true,"
                                                                                       "\"response"
                                                                                       "\":\"a\"}"
                                                                                       "," MODE(
                                                                                           "scenari"
                                                                                           "o") "\""
                                                                                                "ti"
                                                                                                "me"
                                                                                                "st"
                                                                                                "am"
                                                                                                "p"
                                                                                                "\""
                                                                                                ":"
                                                                                                "\""
                                                                                                "20"
                                                                                                "26"
                                                                                                "-0"
                                                                                                "3-"
                                                                                                "05"
                                                                                                "T1"
                                                                                                "1:"
                                                                                                "00"
                                                                                                ":0"
                                                                                                "0."
                                                                                                "00"
                                                                                                "0Z"
                                                                                                "\""
                                                                                                "},"
                                                                                                "{"
                                                                                                "\""
                                                                                                "id"
                                                                                                "\""
                                                                                                ":"
                                                                                                "\""
                                                                                                "4"
                                                                                                "\""
                                                                                                "," ACTOR_D VERB("compl"
                                                                                                                 "eted")
                                                                                                    OBJ(":scenario:sc-"
                                                                                                        "test") "\"resu"
                                                                                                                "lt\":{"
                                                                                                                "\"scor"
                                                                                                                "e\":{"
                                                                                                                "\"scal"
                                                                                                                "ed\":"
                                                                                                                "0.5}}"
                                                                                                                "," MODE(
                                                                                                                    "sc"
                                                                                                                    "en"
                                                                                                                    "ar"
                                                                                                                    "i"
                                                                                                                    "o") "\"time"
                                                                                                                         "stamp"
                                                                                                                         "\":"
                                                                                                                         "\"2026"
                                                                                                                         "-03-"
                                                                                                                         "05T11:"
                                                                                                                         "00:00."
                                                                                                                         "000Z\""
                                                                                                                         "},"
                                                                                                                         "{\"id"
                                                                                                                         "\":"
                                                                                                                         "\"5\""
                                                                                                                         "," ACTOR_D VERB(
                                                                                                                             "completed")
                                                                                                                             OBJ(":e"
                                                                                                                                 "xa"
                                                                                                                                 "m") "\"result\":{\"completion\":true,\"score\":{\"scaled\":"
                                                                                                                                      "1,\"raw\":10,\"min\":1,\"max\":10}},\"timestamp\":\"2026-03-05T10:00:00.500Z\"},"
                                                                                                                                      "{\"id\":\"6\"," ACTOR_D
                                                                                                                                          VERB(
                                                                                                                                              "passed")
                                                                                                                                              OBJ(":exam") "\"result\":{\"completion\":true,\"success\":true,\"score\":"
                                                                                                                                                           "{\"scaled\":1,\"raw\":10,\"min\":1,\"max\":10}},\"timestamp\":\"2026-03-05T10:00:00.500Z\"}]";

/* Dirk's practice answer again, as `export --format json` has it. */
static const char *const dirk_json =
    "[{\"student\":\"Dirk\",\"profile\":\"p-d\",\"time\":\"2026-03-05T09:00:00.123Z\",\"item\":\"q1a\","
    "\"mode\":\"practice\",\"score\":0,\"answer\":{\"chosen\":[\"false\"]}}]";

static void statements_as_export_xapi_writes_them_and_the_json_of_the_same_answer(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "dirk-xapi.json", dirk_xapi));
    assert_true(add(fx, "dirk.json", dirk_json));
    compute(fx);
    print_messages(fx);
    assert_int_equal(fx->d.count, 0);
    assert_int_equal(fx->o.nstudents, 1);
    assert_string_equal(klas_student_name(&fx->o, 0), "Dirk");
    /* q1a (once: xAPI and JSON), q2a, the scenario run. */
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.duplicates, 1);
    assert_int_equal(fx->o.unknown, 0);
    assert_int_equal(fx->o.missed[0].distractor_count, 1);
    /* One test: the statements' 10,0 (the exam answer's burst is the same test). */
    assert_int_equal(fx->o.nexams, 1);
    assert_true(fx->o.exams[0].from_xapi);
    assert_int_equal(fx->o.exams[0].grade_tenths, 100);
    assert_int_equal(fx->o.sections[1].spread.students[KLAS_BAND_LOW], 1); /* q2a: 1 of 4 */
}

static void the_same_attempts_in_csv_and_json_count_once(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "bram.csv", bram_csv));
    assert_true(add(fx, "bram.json", bram_json));
    compute(fx);
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.duplicates, 3);
    assert_int_equal(fx->o.students[0].attempts, 3);
    assert_int_equal(fx->o.missed[0].attempts, 3);
}

static void the_same_attempt_twice_in_one_file_counts_once(void **state)
{
    Fx *fx = *state;
    char *twice = malloc(strlen(bram_csv) * 2);
    /* The header once, every row twice. */
    const char *rows = strstr(bram_csv, "\r\n") + 2;
    snprintf(twice, strlen(bram_csv) * 2, "%s%s", bram_csv, rows);
    assert_true(add(fx, "twice.csv", twice));
    free(twice);
    compute(fx);
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.duplicates, 3);
}

static void overlapping_exports_and_a_re_export_count_each_attempt_once(void **state)
{
    Fx *fx = *state;
    /* An early export with the first two attempts, the full one, and the
     * full one again under another name. */
    char *early = strdup(bram_json);
    char *cut = strstr(early, ",\n{\"student\":\"Bram; \\\"B\\\"\",\"profile\":\"p-b\",\"time\":\"2026-03-02T10:02");
    assert_non_null(cut);
    strcpy(cut, "\n]\n");
    assert_true(add(fx, "bram-maandag.json", early));
    free(early);
    assert_true(add(fx, "bram-dinsdag.json", bram_json));
    assert_true(add(fx, "bram-dinsdag (1).json", bram_json));
    compute(fx);
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.duplicates, 5);
    /* Computed again (more files may have come), the same numbers. */
    klas_overview_free(&fx->o);
    compute(fx);
    assert_int_equal(fx->o.attempts, 3);
    assert_int_equal(fx->o.duplicates, 5);
}

/* Worked out by hand (mastery.h's rule):
 * Anna  q1a 1,1,1 -> 1; q1b 1 -> 1; q1c 0 -> 0; q1d none. ts1 = 2/4 = 0.5 (40-60%);
 *       ts1.g1 = 1 (80%+), ts1.g2 = 0/2 = 0 (under 40%). Test (xAPI): 3,7.
 * Bram  q1a 0,0,1 -> (0 + 0 + 3)/6 = 0.5. ts1 = 0.125 (under 40%); ts1.g1 = 0.25; ts1.g2 not practised.
 * Chris q2a 1, q2b 1, q2c 0 -> ts2 = 2/4 = 0.5 (40-60%); ts1 not practised.
 *       Test from two exam answers: 0.5 -> 5,5. */
static void the_numbers_of_a_small_hand_made_class(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "anna.json", anna_json));
    assert_true(add(fx, "bram.csv", bram_csv));
    assert_true(add(fx, "lrs.json", xapi));
    assert_true(add(fx, "chris.json", chris_exam));
    compute(fx);
    print_messages(fx);
    assert_int_equal(fx->d.count, 0);
    const KlasOverview *o = &fx->o;
    assert_int_equal(o->nstudents, 3);
    assert_int_equal(o->attempts, 11);
    const KlasSpread *ts1 = &o->sections[0].spread;
    assert_int_equal(ts1->students[KLAS_BAND_NONE], 1);
    assert_int_equal(ts1->students[KLAS_BAND_LOW], 1);
    assert_int_equal(ts1->students[KLAS_BAND_MID], 1);
    assert_int_equal(ts1->students[KLAS_BAND_HIGH], 0);
    assert_int_equal(ts1->students[KLAS_BAND_MASTERED], 0);
    assert_float_equal(ts1->mean, (0.5 + 0.125 + 0) / 3, 1e-9);
    const KlasSpread *ts2 = &o->sections[1].spread;
    assert_int_equal(ts2->students[KLAS_BAND_NONE], 2);
    assert_int_equal(ts2->students[KLAS_BAND_MID], 1);
    /* Goals: ts1.g1, ts1.g2, ts2.g1, ... */
    assert_string_equal(o->goals[0].goal->id, "ts1.g1");
    assert_int_equal(o->goals[0].spread.students[KLAS_BAND_MASTERED], 1);
    assert_int_equal(o->goals[0].spread.students[KLAS_BAND_LOW], 1);
    assert_int_equal(o->goals[0].spread.students[KLAS_BAND_NONE], 1);
    assert_int_equal(o->goals[1].spread.students[KLAS_BAND_LOW], 1);
    assert_int_equal(o->goals[1].spread.students[KLAS_BAND_NONE], 2);
    /* Not practised: ts1 Chris; ts2 Anna and Bram; ts3 everyone. */
    assert_int_equal(o->sections[0].nunpractised, 1);
    assert_string_equal(klas_student_name(o, o->sections[0].unpractised[0]), "Chris");
    assert_int_equal(o->sections[1].nunpractised, 2);
    assert_int_equal(o->sections[2].nunpractised, 3);
    /* Most missed: q1a (Bram twice, "onjuist" both times), then q1c, q2c. */
    assert_int_equal(o->nmissed, 3);
    const Question *q = &fx->course->questions[o->missed[0].question];
    assert_string_equal(q->id, "q1a");
    assert_int_equal(o->missed[0].attempts, 6);
    assert_int_equal(o->missed[0].missed, 2);
    assert_string_equal(q->options[o->missed[0].distractor].id, "false");
    assert_int_equal(o->missed[0].distractor_count, 2);
    assert_string_equal(fx->course->questions[o->missed[1].question].id, "q1c");
    /* Cijfers: Anna 3,7 (xAPI), Chris 5,5 over two answers. */
    assert_int_equal(o->nexams, 2);
    assert_int_equal(o->tested, 2);
    assert_int_equal(o->passed, 1);
    assert_float_equal(o->mean_grade, 4.6, 1e-9);
    assert_int_equal(o->exams[1].grade_tenths, 55);
    assert_int_equal(o->exams[1].answered, 2);
    assert_int_equal(o->grade_hist[3], 1); /* 3,7 -> 4 */
    assert_int_equal(o->grade_hist[5], 1); /* 5,5 -> 6 */
}

static void bad_files_are_named_and_skipped_and_the_rest_is_read(void **state)
{
    Fx *fx = *state;
    assert_false(klas_add_text(fx->klas, "foto.jpg", "\xFF\xD8\xFF\xE0\0\x10JFIF", 10, &fx->d));
    assert_false(add(fx, "leeg.csv", "\xEF\xBB\xBF\r\n"));
    assert_false(add(fx, "samenvatting.csv",
                     CSV_HEADER_SUMMARY "Anna;p-a;ts1;1.1 Eerste paragraaf;3;4;2;1;50,0;nee;2026-03-02 10:00:00\r\n"));
    assert_false(add(fx, "boodschappen.csv", "melk;brood\r\nkaas;eieren\r\n"));
    assert_false(add(fx, "kapot.json", "[{\"profile\": \"p-a\",\n \"item\": \"q1a\" \"time\": 1}]"));
    assert_false(add(fx, "iets.json", "{\"kind\":\"accountwijs-profile\"}"));
    /* A CSV with bad rows among good ones: line 3 a bad score, line 4 a bad
     * time, line 5 one field short, line 6 good. */
    assert_true(add(fx, "bram.csv",
                    CSV_HEADER "Bram;p-b;2026-03-02 11:00:00;q1a;;;oefenen;0;1;t1;;;\r\n"
                               "Bram;p-b;2026-03-02 11:01:00;q1a;;;oefenen;1,5;1;t1;;;\r\n"
                               "Bram;p-b;gisteren;q1a;;;oefenen;1;1;t1;;;\r\n"
                               "Bram;p-b;2026-03-02 11:03:00;q1a;;;oefenen;1;1;t1;;\r\n"
                               "Bram;p-b;2026-03-02 11:04:00;q1b;;;oefenen;1;1;t1;;;\r\n"
                               "Bram;p-b;2026-03-02 11:05:00;q1c;;;oefenen;1;1;t1;;;\"{\"\"chosen\r\n"));
    /* JSON rows: one without a profile, one with a score of "1". */
    assert_true(add(fx, "anna.json",
                    "[{\"student\":\"Anna\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\",\"score\":1},"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\","
                    "\"score\":\"1\"}, 7,"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\","
                    "\"score\":1}]"));
    /* The same bad rows in an array of objects only (read without cJSON). */
    assert_true(add(fx, "anna2.json",
                    "[{\"student\":\"Anna\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\",\"score\":1},"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\","
                    "\"score\":\"1\"},"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"gisteren\",\"item\":\"q1a\",\"score\":1},"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\","
                    "\"score\":1,\"mode\":\"slapen\"},"
                    "{\"student\":\"Anna\",\"profile\":\"p-a\",\"time\":\"2026-03-01T09:00:00.000Z\",\"item\":\"q1a\","
                    "\"score\":1}]"));
    compute(fx);
    print_messages(fx);
    assert_true(said(fx, "anna2.json: [0]: the field profile is missing"));
    assert_true(said(fx, "anna2.json: [1]: the field score is not valid (\"1\")"));
    assert_true(said(fx, "anna2.json: [2]: the field time is not valid (\"gisteren\")"));
    assert_true(said(fx, "anna2.json: [3]: the field mode is not valid (\"slapen\")"));
    assert_true(said(fx, "foto.jpg: this is not a UTF-8 text file"));
    assert_true(said(fx, "leeg.csv: this file is empty"));
    assert_true(said(fx, "samenvatting.csv: this is a summary (export --summary)"));
    assert_true(said(fx, "boodschappen.csv: this is not an accountwijs export"));
    assert_true(said(fx, "kapot.json:2:16: syntax error in the JSON"));
    assert_true(said(fx, "iets.json: this is not an accountwijs export"));
    assert_true(said(fx, "bram.csv:3: the field score is not valid (\"1,5\")"));
    assert_true(said(fx, "bram.csv:4: the field tijd is not valid (\"gisteren\")"));
    assert_true(said(fx, "bram.csv:5: this line has 12 fields, the header 13"));
    assert_true(said(fx, "bram.csv:7: a quoted field is never closed"));
    assert_true(said(fx, "anna.json: [0]: the field profile is missing"));
    assert_true(said(fx, "anna.json: [1]: the field score is not valid (\"1\")"));
    assert_true(said(fx, "anna.json: [2]: this element of the list is not an object"));
    assert_int_equal(fx->o.files_skipped, 6);
    assert_int_equal(fx->o.files_read, 3);
    assert_int_equal(fx->o.attempts, 3); /* Bram's lines 2 and 6, Anna's last (in both files) */
    assert_int_equal(fx->o.duplicates, 1);
}

static void a_folder_is_read_in_name_order_and_its_subfolders_left_alone(void **state)
{
    Fx *fx = *state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/b-bram.csv", dir);
    fx_write(path, "w", bram_csv, strlen(bram_csv));
    snprintf(path, sizeof path, "%s/a-bram.json", dir);
    fx_write(path, "w", bram_json, strlen(bram_json));
    snprintf(path, sizeof path, "%s/ouder", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/.~lock.b-bram.csv#", dir);
    fx_write(path, "w", "x", 1);
    assert_true(klas_add_folder(fx->klas, dir, &fx->d));
    compute(fx);
    assert_int_equal(fx->d.count, 0);
    assert_int_equal(fx->o.files_read, 2);
    assert_int_equal(fx->o.attempts, 3);
    fx_free_dir(dir);

    Diag d;
    diag_init(&d);
    assert_false(klas_add_folder(fx->klas, "/nonexistent/klas", &d));
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(diag_text(&d.messages[0]), "/nonexistent/klas: the folder cannot be read"));
    diag_free(&d);
}

static void the_overviews_csv_opens_in_dutch_excel_and_leaves_names_out_when_asked(void **state)
{
    Fx *fx = *state;
    assert_true(add(fx, "anna.json", anna_json));
    assert_true(add(fx, "bram.csv", bram_csv));
    assert_true(add(fx, "chris.json", chris_exam));
    compute(fx);
    JsonBuf b = {0};
    klas_csv(&fx->o, true, &b);
    assert_false(b.failed);
    assert_memory_equal(b.data, "\xEF\xBB\xBFonderdeel;paragraaf;leerdoel;", 31);
    /* ts1: 3 students, Chris not practised, Bram under 40%, Anna 40-60%; mean 20,8%. */
    assert_non_null(strstr(b.data, "\r\nparagraaf;1.1 Eerste paragraaf;;;3;1;1;1;0;0;20,8\r\n"));
    assert_non_null(strstr(b.data, "\r\nleerdoel;1.1 Eerste paragraaf;ts1.g1;iets uitleggen over ts1.g1;3;1;1;0;0;1;"));
    assert_non_null(strstr(b.data, "\r\n1;1.1 Eerste paragraaf;q1a;Is dit vraag q1a?;6;2;33,3;onjuist;2\r\n"));
    assert_non_null(strstr(b.data, "\r\nleerling;1.1 Eerste paragraaf;;Chris\r\n"));
    assert_non_null(strstr(b.data, "\"Bram; \"\"B\"\"\""));
    assert_non_null(strstr(b.data, "\r\nklas;1;1;5,5\r\n"));
    assert_non_null(strstr(b.data, ";5,5;ja;antwoorden\r\n"));
    jsonbuf_free(&b);

    JsonBuf hidden = {0};
    klas_csv(&fx->o, false, &hidden);
    assert_null(strstr(hidden.data, "Chris"));
    assert_null(strstr(hidden.data, "Bram"));
    assert_null(strstr(hidden.data, "Anna"));
    assert_null(strstr(hidden.data, "p-a"));
    assert_non_null(strstr(hidden.data, "\r\nparagraaf;1.1 Eerste paragraaf;1;\r\n"));
    assert_non_null(strstr(hidden.data, "\r\nklas;1;1;5,5\r\n"));
    jsonbuf_free(&hidden);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(klas_reads_the_csv_of_export, setup, teardown),
        cmocka_unit_test_setup_teardown(klas_reads_the_json_of_export, setup, teardown),
        cmocka_unit_test_setup_teardown(klas_reads_xapi_statements_and_a_tests_result, setup, teardown),
        cmocka_unit_test_setup_teardown(statements_as_export_xapi_writes_them_and_the_json_of_the_same_answer, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(the_same_attempts_in_csv_and_json_count_once, setup, teardown),
        cmocka_unit_test_setup_teardown(the_same_attempt_twice_in_one_file_counts_once, setup, teardown),
        cmocka_unit_test_setup_teardown(overlapping_exports_and_a_re_export_count_each_attempt_once, setup, teardown),
        cmocka_unit_test_setup_teardown(the_numbers_of_a_small_hand_made_class, setup, teardown),
        cmocka_unit_test_setup_teardown(bad_files_are_named_and_skipped_and_the_rest_is_read, setup, teardown),
        cmocka_unit_test_setup_teardown(a_folder_is_read_in_name_order_and_its_subfolders_left_alone, setup, teardown),
        cmocka_unit_test_setup_teardown(the_overviews_csv_opens_in_dutch_excel_and_leaves_names_out_when_asked, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
