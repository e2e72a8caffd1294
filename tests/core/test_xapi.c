/* test_xapi.c - the xAPI statements of every kind of attempt, compared
 * byte for byte with the statements written out in full below (checked by
 * hand against xAPI 1.0.3 and by @learninglocker/xapi-validation in
 * tests/cli/xapi_export.sh), and the stable ids, durations and options. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "xapi.h"

static Course *course;
static const XapiActor anna = {"p-0123456789abcdef", "Anna"};

static int load(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load(AW_TEST_DATA "/good/minicourse", &d);
    diag_free(&d);
    return course ? 0 : -1;
}

static int unload(void **state)
{
    (void)state;
    course_free(course);
    return 0;
}

static const char WANT_SINGLE[] =
    "{\"id\":\"8231df17-e1e6-5173-b0ff-19f3166bbbbc\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq1\",\"definition\":{\"name\":{\"nl-NL\":\"Wat is een account?\"},\"type\":\"htt"
    "p://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",\"correctResponsesPattern\":"
    "[\"a\"],\"choices\":[{\"id\":\"a\",\"description\":{\"nl-NL\":\"Een belangrijke klant\"}},{\"id\":\"b\",\"desc"
    "ription\":{\"nl-NL\":\"Een leverancier\"}}]}},\"result\":{\"success\":true,\"score\":{\"scaled\":1},\"response"
    "\":\"a\",\"duration\":\"PT5.23S\"},\"context\":{\"registration\":\"b963d29c-19b5-5f84-ad20-154b4b80f1a4\",\"pl"
    "atform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity"
    "\",\"id\":\"urn:accountwijs:course:mini:section:ms1\",\"definition\":{\"name\":{\"nl-NL\":\"1.2 Welke klant is"
    " een account?\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}}],\"grouping\":[{\"objectType\":\"Ac"
    "tivity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":"
    "\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"practice\"}"
    "},\"timestamp\":\"2026-03-01T09:15:02.123Z\"}";

static const char WANT_MULTIPLE[] =
    "{\"id\":\"d4d13a67-ad98-5143-bdd3-a96c1eb58bee\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq2\",\"definition\":{\"name\":{\"nl-NL\":\"Welke zijn criteria?\"},\"type\":\"ht"
    "tp://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",\"correctResponsesPattern\""
    ":[\"a[,]b\"],\"choices\":[{\"id\":\"a\",\"description\":{\"nl-NL\":\"Omzet\"}},{\"id\":\"b\",\"description\":{"
    "\"nl-NL\":\"Prestige\"}},{\"id\":\"c\",\"description\":{\"nl-NL\":\"Kleur van het logo\"}}]}},\"result\":{\"su"
    "ccess\":false,\"score\":{\"scaled\":0},\"response\":\"a[,]c\",\"duration\":\"PT0.8S\"},\"context\":{\"registra"
    "tion\":\"2a347eaf-125e-5a25-8870-84d16025727f\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextA"
    "ctivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:section:ms1\",\"def"
    "inition\":{\"name\":{\"nl-NL\":\"1.2 Welke klant is een account?\"},\"type\":\"http://adlnet.gov/expapi/activi"
    "ties/lesson\"}}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definitio"
    "n\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensi"
    "ons\":{\"urn:accountwijs:xapi:mode\":\"review\"}},\"timestamp\":\"2026-03-01T09:15:03.000Z\"}";

static const char WANT_TRUEFALSE[] =
    "{\"id\":\"998bd3b6-6187-5455-a6ba-fcc97f2fb2a6\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq3\",\"definition\":{\"name\":{\"nl-NL\":\"Elke klant is een account.\"},\"type"
    "\":\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"true-false\",\"correctRespons"
    "esPattern\":[\"false\"]}},\"result\":{\"success\":false,\"score\":{\"scaled\":0},\"response\":\"true\",\"durat"
    "ion\":\"PT1M1S\"},\"context\":{\"registration\":\"5decb17e-bc19-569f-aa53-466a86978ff4\",\"platform\":\"accoun"
    "twijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"urn:ac"
    "countwijs:course:mini:section:ms1\",\"definition\":{\"name\":{\"nl-NL\":\"1.2 Welke klant is een account?\"},"
    "\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":"
    "\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.g"
    "ov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"exam\"}},\"timestamp\":\"202"
    "6-03-01T09:15:04.000Z\"}";

static const char WANT_MATCHING[] =
    "{\"id\":\"5587e162-7bf1-536f-86c6-6b99769af681\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq4\",\"definition\":{\"name\":{\"nl-NL\":\"Verbind.\"},\"type\":\"http://adlnet."
    "gov/expapi/activities/cmi.interaction\",\"interactionType\":\"matching\",\"correctResponsesPattern\":[\"p1[.]p"
    "1[,]p2[.]p2\"],\"source\":[{\"id\":\"p1\",\"description\":{\"nl-NL\":\"binnendienst\"}},{\"id\":\"p2\",\"descr"
    "iption\":{\"nl-NL\":\"buitendienst\"}}],\"target\":[{\"id\":\"p1\",\"description\":{\"nl-NL\":\"offertes\"}},{"
    "\"id\":\"p2\",\"description\":{\"nl-NL\":\"klantbezoek\"}}]}},\"result\":{\"success\":false,\"score\":{\"scale"
    "d\":0},\"response\":\"p1[.]p2\",\"duration\":\"PT1H2M3.46S\"},\"context\":{\"registration\":\"b963d29c-19b5-5f"
    "84-ad20-154b4b80f1a4\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"parent\":["
    "{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:section:ms1\",\"definition\":{\"name\":{\"nl"
    "-NL\":\"1.2 Welke klant is een account?\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}}],\"groupi"
    "ng\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":"
    "\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:"
    "xapi:mode\":\"practice\"}},\"timestamp\":\"2026-03-01T09:15:05.000Z\"}";

static const char WANT_ORDERING[] =
    "{\"id\":\"5987aa2b-b9f7-5e56-b607-bc7f83cafcc8\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq5\",\"definition\":{\"name\":{\"nl-NL\":\"Zet in volgorde.\"},\"type\":\"http:/"
    "/adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"sequencing\",\"correctResponsesPattern\""
    ":[\"i1[,]i2[,]i3\"],\"choices\":[{\"id\":\"i1\",\"description\":{\"nl-NL\":\"kerntaak\"}},{\"id\":\"i2\",\"des"
    "cription\":{\"nl-NL\":\"werkproces\"}},{\"id\":\"i3\",\"description\":{\"nl-NL\":\"competentie\"}}]}},\"result"
    "\":{\"success\":false,\"score\":{\"scaled\":0},\"response\":\"i3[,]i1[,]i2\",\"duration\":\"PT0.1S\"},\"contex"
    "t\":{\"registration\":\"b963d29c-19b5-5f84-ad20-154b4b80f1a4\",\"platform\":\"accountwijs\",\"language\":\"nl-"
    "NL\",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:sect"
    "ion:ms1\",\"definition\":{\"name\":{\"nl-NL\":\"1.2 Welke klant is een account?\"},\"type\":\"http://adlnet.go"
    "v/expapi/activities/lesson\"}}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:min"
    "i\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course"
    "\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"practice\"}},\"timestamp\":\"2026-03-01T09:15:06.000Z\""
    "}";

static const char WANT_CLOZE[] =
    "{\"id\":\"f52effd5-c91b-5707-98d3-156b135cbd91\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:mq6\",\"definition\":{\"name\":{\"nl-NL\":\"De ___ stemt af.\"},\"type\":\"http:/"
    "/adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"fill-in\",\"correctResponsesPattern\":["
    "\"{case_matters=false}coördinator\",\"{case_matters=false}coordinator\"]}},\"result\":{\"success\":true,\"scor"
    "e\":{\"scaled\":1},\"response\":\"Coördinator \\\"x\\\"\",\"duration\":\"PT0.1S\"},\"context\":{\"registration"
    "\":\"b963d29c-19b5-5f84-ad20-154b4b80f1a4\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActiv"
    "ities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:section:ms1\",\"definit"
    "ion\":{\"name\":{\"nl-NL\":\"1.2 Welke klant is een account?\"},\"type\":\"http://adlnet.gov/expapi/activities"
    "/lesson\"}}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":"
    "{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions"
    "\":{\"urn:accountwijs:xapi:mode\":\"practice\"}},\"timestamp\":\"2026-03-01T09:15:07.000Z\"}";

static const char WANT_SCENARIO_1[] =
    "{\"id\":\"211cbae8-3e4a-5a22-a19d-5f94386ebe96\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:scenario:msc:node:n1\",\"definition\":{\"name\":{\"nl-NL\":\"Begin.\"},\"type\":\"http://a"
    "dlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",\"correctResponsesPattern\":[\"a"
    "\"],\"choices\":[{\"id\":\"a\",\"description\":{\"nl-NL\":\"Goed\"}},{\"id\":\"b\",\"description\":{\"nl-NL\":"
    "\"Slecht\"}}]}},\"result\":{\"success\":true,\"response\":\"a\"},\"context\":{\"registration\":\"1af76fd0-73b6"
    "-5fea-bd6c-1ca755ce9f83\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"parent"
    "\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:scenario:msc\"}],\"grouping\":[{\"object"
    "Type\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"}"
    ",\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"s"
    "cenario\"}},\"timestamp\":\"2026-03-01T09:15:08.000Z\"}";

static const char WANT_SCENARIO_2[] =
    "{\"id\":\"4730ae99-8b57-56ce-a3db-a8fde6e61f47\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:scenario:msc:node:n2\",\"definition\":{\"name\":{\"nl-NL\":\"Verder.\"},\"type\":\"http://"
    "adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",\"correctResponsesPattern\":[\"a"
    "\"],\"choices\":[{\"id\":\"a\",\"description\":{\"nl-NL\":\"Beter\"}},{\"id\":\"b\",\"description\":{\"nl-NL\""
    ":\"Minder\"}}]}},\"result\":{\"success\":false,\"response\":\"b\"},\"context\":{\"registration\":\"1af76fd0-73"
    "b6-5fea-bd6c-1ca755ce9f83\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"paren"
    "t\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini:scenario:msc\"}],\"grouping\":[{\"objec"
    "tType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\""
    "},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\""
    "scenario\"}},\"timestamp\":\"2026-03-01T09:15:08.000Z\"}";

static const char WANT_SCENARIO_RUN[] =
    "{\"id\":\"0d5501cc-4c7e-5e22-a5db-4baed31512da\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/completed\",\"display\":{\"en-US\":\"completed\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:ac"
    "countwijs:course:mini:scenario:msc\",\"definition\":{\"name\":{\"nl-NL\":\"Casus\"},\"type\":\"http://adlnet.g"
    "ov/expapi/activities/simulation\"}},\"result\":{\"completion\":true,\"score\":{\"scaled\":0.6},\"duration\":\""
    "PT9S\"},\"context\":{\"registration\":\"1af76fd0-73b6-5fea-bd6c-1ca755ce9f83\",\"platform\":\"accountwijs\",\""
    "language\":\"nl-NL\",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:"
    "course:mini:section:ms1\"}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\","
    "\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]"
    "},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"scenario\"}},\"timestamp\":\"2026-03-01T09:15:08.000Z\"}";

static const char WANT_GONE[] =
    "{\"id\":\"0fc49b5d-eb29-5079-a108-1b94eafb8028\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/answered\",\"display\":{\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:acco"
    "untwijs:course:mini:question:gone\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/cmi.interac"
    "tion\"}},\"result\":{\"success\":false,\"score\":{\"scaled\":0.5},\"duration\":\"PT9S\"},\"context\":{\"regist"
    "ration\":\"b963d29c-19b5-5f84-ad20-154b4b80f1a4\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contex"
    "tActivities\":{\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition"
    "\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensio"
    "ns\":{\"urn:accountwijs:xapi:mode\":\"practice\"}},\"timestamp\":\"2026-03-01T09:15:09.000Z\"}";

static const char WANT_EXAM_COMPLETED[] =
    "{\"id\":\"0e4b534d-13d0-53f1-9d89-517dc6b02de7\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/completed\",\"display\":{\"en-US\":\"completed\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:ac"
    "countwijs:course:mini:exam\",\"definition\":{\"name\":{\"nl-NL\":\"Toets jezelf\"},\"type\":\"http://adlnet.go"
    "v/expapi/activities/assessment\"}},\"result\":{\"completion\":true,\"score\":{\"scaled\":0.716667,\"raw\":7.5,"
    "\"min\":1,\"max\":10},\"extensions\":{\"urn:accountwijs:xapi:questions\":20,\"urn:accountwijs:xapi:answered\":"
    "18,\"urn:accountwijs:xapi:timed-out\":false}},\"context\":{\"registration\":\"5decb17e-bc19-569f-aa53-466a8697"
    "8ff4\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"grouping\":[{\"objectType"
    "\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minicursus\"},\"t"
    "ype\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mode\":\"exam"
    "\"}},\"timestamp\":\"2026-03-01T09:16:40.000Z\"}";

static const char WANT_EXAM_PASSED[] =
    "{\"id\":\"93f2bec1-4b8b-5ca8-a557-06eb5399dc67\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\""
    ":\"urn:accountwijs:profiles\",\"name\":\"p-0123456789abcdef\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/ve"
    "rbs/passed\",\"display\":{\"en-US\":\"passed\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"urn:accountw"
    "ijs:course:mini:exam\",\"definition\":{\"name\":{\"nl-NL\":\"Toets jezelf\"},\"type\":\"http://adlnet.gov/expa"
    "pi/activities/assessment\"}},\"result\":{\"success\":true,\"completion\":true,\"score\":{\"scaled\":0.716667,"
    "\"raw\":7.5,\"min\":1,\"max\":10},\"extensions\":{\"urn:accountwijs:xapi:questions\":20,\"urn:accountwijs:xapi"
    ":answered\":18,\"urn:accountwijs:xapi:timed-out\":false}},\"context\":{\"registration\":\"5decb17e-bc19-569f-a"
    "a53-466a86978ff4\",\"platform\":\"accountwijs\",\"language\":\"nl-NL\",\"contextActivities\":{\"grouping\":[{"
    "\"objectType\":\"Activity\",\"id\":\"urn:accountwijs:course:mini\",\"definition\":{\"name\":{\"nl-NL\":\"Minic"
    "ursus\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}]},\"extensions\":{\"urn:accountwijs:xapi:mo"
    "de\":\"exam\"}},\"timestamp\":\"2026-03-01T09:16:40.000Z\"}";

/* The statements of attempt A alone, from a fresh writer. */
static char *statements(const Attempt *a, const XapiOptions *o, size_t *n)
{
    XapiWriter *w = xapi_writer_new(course, o);
    assert_non_null(w);
    JsonBuf out = {0};
    *n = xapi_attempt(w, &anna, a, &out);
    assert_false(out.failed);
    assert_int_equal(xapi_count(w), *n);
    xapi_writer_free(w);
    return out.data;
}

static void assert_one(const Attempt *a, const char *want)
{
    size_t n;
    char *got = statements(a, NULL, &n);
    assert_int_equal(n, 1);
    assert_string_equal(got, want);
    free(got);
}

static void a_single_choice_answer_is_a_choice_interaction_with_its_response(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356502123,
                 .item = "mq1",
                 .version = "7",
                 .answer = "{\"chosen\":[\"a\"]}",
                 .score = 1,
                 .ms = 5234,
                 .mode = ATTEMPT_PRACTICE};
    assert_one(&a, WANT_SINGLE);
}

static void a_multiple_choice_review_lists_every_choice_with_the_separator(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356503000,
                 .item = "mq2",
                 .version = "7",
                 .answer = "{\"chosen\":[\"a\",\"c\"]}",
                 .score = 0,
                 .ms = 800,
                 .mode = ATTEMPT_REVIEW};
    assert_one(&a, WANT_MULTIPLE);
}

static void a_truefalse_exam_answer_is_true_false_in_the_registration_of_its_test(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356504000,
                 .item = "mq3",
                 .version = "7",
                 .answer = "{\"chosen\":[\"true\"]}",
                 .score = 0,
                 .ms = 61000,
                 .mode = ATTEMPT_EXAM,
                 .session = "t-1"};
    assert_one(&a, WANT_TRUEFALSE);
}

static void a_matching_answer_has_source_target_and_only_the_pairs_made(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356505000,
                 .item = "mq4",
                 .version = "7",
                 .answer = "{\"match\":{\"p1\":\"p2\",\"p2\":null}}",
                 .score = 0,
                 .ms = 3723456,
                 .mode = ATTEMPT_PRACTICE};
    assert_one(&a, WANT_MATCHING);
}

static void an_ordering_answer_is_a_sequencing_interaction(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356506000,
                 .item = "mq5",
                 .version = "7",
                 .answer = "{\"order\":[\"i3\",\"i1\",\"i2\"]}",
                 .score = 0,
                 .ms = 100,
                 .mode = ATTEMPT_PRACTICE};
    assert_one(&a, WANT_ORDERING);
}

static void a_cloze_answer_is_fill_in_with_every_accepted_answer_and_the_typed_text_escaped(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356507000,
                 .item = "mq6",
                 .version = "7",
                 .answer = "{\"text\":{\"b1\":\"Co\xC3\xB6rdinator \\\"x\\\"\"}}",
                 .score = 1,
                 .ms = 100,
                 .mode = ATTEMPT_PRACTICE};
    assert_one(&a, WANT_CLOZE);
}

static void a_scenario_run_gives_a_statement_per_decision_and_one_for_the_run(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356508000,
                 .item = "msc",
                 .version = "7",
                 .answer = "{\"path\":[{\"node\":\"n1\",\"choice\":\"a\",\"points\":2},{\"node\":\"n2\",\"choice\":"
                           "\"b\",\"points\":1}],\"end\":\"e2\",\"points\":3,\"best\":5}",
                 .score = 0.6,
                 .ms = 9000,
                 .mode = ATTEMPT_SCENARIO};
    size_t n;
    char *got = statements(&a, NULL, &n);
    assert_int_equal(n, 3);
    size_t l1 = strlen(WANT_SCENARIO_1), l2 = strlen(WANT_SCENARIO_2);
    char *want = malloc(l1 + l2 + strlen(WANT_SCENARIO_RUN) + 5);
    assert_non_null(want);
    sprintf(want, "%s,\n%s,\n%s", WANT_SCENARIO_1, WANT_SCENARIO_2, WANT_SCENARIO_RUN);
    assert_string_equal(got, want);
    free(want);
    free(got);
}

static void an_item_the_course_lacks_still_gives_a_statement_without_definition(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356509000,
                 .item = "gone",
                 .version = "7",
                 .answer = "{}",
                 .score = 0.5,
                 .ms = 9000,
                 .mode = ATTEMPT_PRACTICE};
    assert_one(&a, WANT_GONE);
}

static void a_test_handed_in_is_completed_and_passed_with_the_cijfer_as_raw_score(void **state)
{
    (void)state;
    ExamRecord r = {.time_ms = 1772356600000, .questions = 20, .answered = 18, .score = 0.716667, .grade_tenths = 75};
    strcpy(r.session, "t-1");
    XapiWriter *w = xapi_writer_new(course, NULL);
    JsonBuf out = {0};
    assert_int_equal(xapi_exam(w, &anna, &r, &out), 2);
    char *want = malloc(strlen(WANT_EXAM_COMPLETED) + strlen(WANT_EXAM_PASSED) + 3);
    assert_non_null(want);
    sprintf(want, "%s,\n%s", WANT_EXAM_COMPLETED, WANT_EXAM_PASSED);
    assert_string_equal(out.data, want);
    free(want);
    jsonbuf_free(&out);
    xapi_writer_free(w);
}

static void a_test_below_five_and_a_half_is_failed(void **state)
{
    (void)state;
    ExamRecord r = {.time_ms = 1772356600000, .questions = 10, .answered = 10, .score = 0.4, .grade_tenths = 54};
    XapiWriter *w = xapi_writer_new(course, NULL);
    JsonBuf out = {0};
    assert_int_equal(xapi_exam(w, &anna, &r, &out), 2);
    assert_non_null(strstr(out.data, "\"verb\":{\"id\":\"" XAPI_VERB_FAILED "\""));
    assert_non_null(strstr(out.data, "\"result\":{\"success\":false,\"completion\":true,\"score\":{\"scaled\":0.4,"
                                     "\"raw\":5.4,\"min\":1,\"max\":10}"));
    assert_null(strstr(out.data, XAPI_VERB_PASSED));
    jsonbuf_free(&out);
    xapi_writer_free(w);
}

static void the_same_attempt_gives_the_same_statement_every_time(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356502123,
                 .item = "mq1",
                 .version = "7",
                 .answer = "{\"chosen\":[\"b\"]}",
                 .score = 0,
                 .ms = 1,
                 .mode = ATTEMPT_PRACTICE};
    size_t n;
    char *one = statements(&a, NULL, &n), *two = statements(&a, NULL, &n);
    assert_string_equal(one, two);
    free(one);
    free(two);
}

static void names_and_the_home_page_come_from_the_options(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1772356502123,
                 .item = "mq1",
                 .version = "7",
                 .answer = "{\"chosen\":[\"a\"]}",
                 .score = 1,
                 .ms = 5234,
                 .mode = ATTEMPT_PRACTICE};
    XapiOptions o = {.home = "https://school.example/leerlingen", .names = true};
    size_t n;
    char *got = statements(&a, &o, &n);
    assert_non_null(strstr(got, "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Anna\",\"account\":{\"homePage\":"
                                "\"https://school.example/leerlingen\",\"name\":\"p-0123456789abcdef\"}}"));
    free(got);
    o.names = false;
    got = statements(&a, &o, &n);
    assert_null(strstr(got, "Anna"));
    free(got);
}

static void statements_are_separated_as_the_options_say(void **state)
{
    (void)state;
    Attempt a = {.time_ms = 1,
                 .item = "mq7",
                 .version = "7",
                 .answer = "{\"chosen\":[\"b\"]}",
                 .score = 1,
                 .mode = ATTEMPT_PRACTICE};
    XapiOptions o = {.separator = "\n"};
    XapiWriter *w = xapi_writer_new(course, &o);
    JsonBuf out = {0};
    xapi_attempt(w, &anna, &a, &out);
    size_t first = out.len;
    xapi_attempt(w, &anna, &a, &out);
    assert_int_equal(out.len, 2 * first + 1);
    assert_int_equal(out.data[first], '\n');
    assert_null(memchr(out.data, '\n', first));
    jsonbuf_free(&out);
    xapi_writer_free(w);
}

static void an_item_id_with_odd_bytes_is_percent_encoded_in_the_iri(void **state)
{
    (void)state;
    Attempt a = {
        .time_ms = 1, .item = "x y/\xC3\xA9", .version = "7", .answer = NULL, .score = 0, .mode = ATTEMPT_REVIEW};
    size_t n;
    char *got = statements(&a, NULL, &n);
    assert_non_null(strstr(got, "\"id\":\"urn:accountwijs:course:mini:question:x%20y%2F%C3%A9\""));
    free(got);
}

static void uuids_are_version_5_of_the_name_in_our_namespace(void **state)
{
    (void)state;
    char u[XAPI_UUID_SIZE];
    /* Python: uuid.uuid5(uuid.UUID(XAPI_NAMESPACE), name) */
    const char *name = "attempt|p-0123456789abcdef|1772356502123|mq1|practice";
    xapi_uuid(name, strlen(name), u);
    assert_string_equal(u, "8231df17-e1e6-5173-b0ff-19f3166bbbbc");
    char longname[201];
    memset(longname, 'a', 200);
    longname[200] = '\0';
    xapi_uuid(longname, 200, u);
    assert_string_equal(u, "74df7010-202f-5403-9696-de1f515227e5");
}

static void uuids_are_right_at_every_padding_boundary_of_sha1(void **state)
{
    (void)state;
    /* Python: uuid.uuid5(ns, "x" * n); the 16 namespace bytes come first,
     * so n = 39/40, 47/48 and 103/104 straddle the block and padding edges. */
    static const struct {
        size_t n;
        const char *uuid;
    } cases[] = {
        {0, "f7ab280f-bf56-55af-84e2-98df433a6f6a"},   {39, "3714eead-029b-5305-95a4-235ba65e235b"},
        {40, "19611f79-8175-5ebf-ab43-8fbc1404a646"},  {47, "da00f4eb-c1ea-5aa6-844f-fc9bd7d60f3a"},
        {48, "b708675c-bdd4-5df6-b110-58ae4329f5ba"},  {103, "d15bc100-72e4-5420-82c9-2e156f4855f9"},
        {104, "de606f2b-5941-5175-a4d1-afada194f713"}, {200, "f0a8e31d-fd98-5afd-b01c-3d118eb4b1e7"},
    };
    char name[201], u[XAPI_UUID_SIZE];
    memset(name, 'x', sizeof name);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        xapi_uuid(name, cases[i].n, u);
        assert_string_equal(u, cases[i].uuid);
    }
}

static void durations_are_iso_8601_with_centiseconds(void **state)
{
    (void)state;
    char d[40];
    xapi_duration(0, d);
    assert_string_equal(d, "PT0S");
    xapi_duration(5234, d);
    assert_string_equal(d, "PT5.23S");
    xapi_duration(800, d);
    assert_string_equal(d, "PT0.8S");
    xapi_duration(61000, d);
    assert_string_equal(d, "PT1M1S");
    xapi_duration(3723456, d);
    assert_string_equal(d, "PT1H2M3.46S");
    xapi_duration(7200000, d);
    assert_string_equal(d, "PT2H0M0S");
    xapi_duration(-5, d);
    assert_string_equal(d, "PT0S");
}

static void without_a_course_the_statements_name_an_unknown_course(void **state)
{
    (void)state;
    XapiWriter *w = xapi_writer_new(NULL, NULL);
    Attempt a = {.time_ms = 1, .item = "mq1", .answer = "{\"chosen\":[\"a\"]}", .score = 1, .mode = ATTEMPT_PRACTICE};
    JsonBuf out = {0};
    assert_int_equal(xapi_attempt(w, &anna, &a, &out), 1);
    assert_non_null(strstr(out.data, "urn:accountwijs:course:unknown:question:mq1"));
    jsonbuf_free(&out);
    xapi_writer_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_single_choice_answer_is_a_choice_interaction_with_its_response),
        cmocka_unit_test(a_multiple_choice_review_lists_every_choice_with_the_separator),
        cmocka_unit_test(a_truefalse_exam_answer_is_true_false_in_the_registration_of_its_test),
        cmocka_unit_test(a_matching_answer_has_source_target_and_only_the_pairs_made),
        cmocka_unit_test(an_ordering_answer_is_a_sequencing_interaction),
        cmocka_unit_test(a_cloze_answer_is_fill_in_with_every_accepted_answer_and_the_typed_text_escaped),
        cmocka_unit_test(a_scenario_run_gives_a_statement_per_decision_and_one_for_the_run),
        cmocka_unit_test(an_item_the_course_lacks_still_gives_a_statement_without_definition),
        cmocka_unit_test(a_test_handed_in_is_completed_and_passed_with_the_cijfer_as_raw_score),
        cmocka_unit_test(a_test_below_five_and_a_half_is_failed),
        cmocka_unit_test(the_same_attempt_gives_the_same_statement_every_time),
        cmocka_unit_test(names_and_the_home_page_come_from_the_options),
        cmocka_unit_test(statements_are_separated_as_the_options_say),
        cmocka_unit_test(an_item_id_with_odd_bytes_is_percent_encoded_in_the_iri),
        cmocka_unit_test(uuids_are_version_5_of_the_name_in_our_namespace),
        cmocka_unit_test(uuids_are_right_at_every_padding_boundary_of_sha1),
        cmocka_unit_test(durations_are_iso_8601_with_centiseconds),
        cmocka_unit_test(without_a_course_the_statements_name_an_unknown_course),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
