/* xapi.h - the attempt log as xAPI 1.0.3 statements, for a school's
 * Learning Record Store (LRS) and for `accountwijs export --format xapi`.
 * Pure C on the Course and the log: no network here (src/lrs sends).
 *
 * Every attempt (progress.h) and every test handed in (exam_log.h) gives
 * statements that are the same, byte for byte, each time they are made
 * from the same log and course: an LRS keeps one statement per id, so an
 * export made twice, or a queue rebuilt after a crash, adds nothing twice.
 *
 * ---- identifiers (IRIs) ----------------------------------------------------
 *   course     urn:accountwijs:course:<course-id>
 *   section    urn:accountwijs:course:<course-id>:section:<section-id>
 *   question   urn:accountwijs:course:<course-id>:question:<question-id>
 *   scenario   urn:accountwijs:course:<course-id>:scenario:<scenario-id>
 *   decision   urn:accountwijs:course:<course-id>:scenario:<scenario-id>:node:<node-id>
 *   test       urn:accountwijs:course:<course-id>:exam   (Toets jezelf)
 * Ids are the course's ids ([A-Za-z0-9._-]); any other byte (an item read
 * from a log) is percent-encoded (%XX), so the IRI stays valid.
 *
 * Statement id: a name-based UUID (version 5, SHA-1) in the namespace
 * XAPI_NAMESPACE of the text
 *   attempt|<profile-id>|<time_ms>|<item-id>|<mode>          answered (question) or completed (scenario run)
 *   attempt|<profile-id>|<time_ms>|<item-id>|<mode>|<k>      the scenario run's k-th decision (1-based)
 *   exam|<profile-id>|<time_ms>|completed                    a test handed in
 *   exam|<profile-id>|<time_ms>|result                       its passed or failed
 * context.registration: the same kind of UUID of
 *   registration|<profile-id>|<session>                      a test (attempts and its exam record share it)
 *   registration|<profile-id>|<mode>|<YYYY-MM-DD>            otherwise: one per mode per UTC day
 *
 * ---- one statement (compact JSON, keys in this order) ----------------------
 *   {"id":"<uuid>",
 *    "actor":{"objectType":"Agent",["name":"<profile name>",]
 *             "account":{"homePage":"<HOME>","name":"<profile-id>"}},
 *    "verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"en-US":"answered"}},
 *    "object":{"objectType":"Activity","id":"<question IRI>",
 *              "definition":{"name":{"nl-NL":"<prompt, markup removed>"},
 *                            "type":"http://adlnet.gov/expapi/activities/cmi.interaction",
 *                            "interactionType":"<see below>",
 *                            "correctResponsesPattern":["..."],
 *                            "choices"|"source","target"|"choices":[{"id":"<option-id>","description":{"nl-NL":"..."}}]}},
 *    "result":{"success":true,"score":{"scaled":0.5},"response":"...","duration":"PT5.23S"},
 *    "context":{"registration":"<uuid>","platform":"accountwijs","language":"nl-NL",
 *               "contextActivities":{"parent":[{"id":"<section IRI>","objectType":"Activity"}],
 *                                    "grouping":[{"id":"<course IRI>","objectType":"Activity"}]},
 *               "extensions":{"urn:accountwijs:xapi:mode":"practice|exam|review|scenario"}},
 *    "timestamp":"2026-03-01T09:15:02.123Z"}
 * HOME is XapiOptions.home (the school's LRS settings, lrs.conf), else
 * XAPI_DEFAULT_HOME. "name" only when the school turns names on.
 *
 * Question types (Question.type -> interactionType; responses in its format):
 *   single     choice       pattern "a"             response "c"
 *   multiple   choice       pattern "a[,]c"         response "a[,]d" (as chosen, course order)
 *   truefalse  true-false   pattern "true"          response "false"
 *   matching   matching     pattern "p1[.]p1[,]p2[.]p2" (source = left items, target = right texts,
 *                           both by the pair's id)  response "p1[.]p2[,]p2[.]p1" (unmatched left out)
 *   ordering   sequencing   pattern "i1[,]i2[,]i3"  response "i3[,]i1[,]i2"
 *   cloze      fill-in      pattern "{case_matters=false}x[,]y" (every combination of accepted
 *                           answers, at most XAPI_MAX_PATTERNS)  response "typed1[,]typed2"
 *   numeric    numeric      (when the course format has it)
 * result.success: score == 1; result.score.scaled: the attempt's score (0..1).
 * An answer that no longer fits the question (content changed since), or
 * an item the course lacks: the statement keeps id, actor, verb, object id,
 * score, success, duration and context, without the definition details
 * or the response.
 *
 * Scenario run (mode "scenario", item a scenario id): one statement per
 * decision, verb answered, object the decision IRI (choice interaction over
 * the node's choices; pattern: the choices on a best path from that node),
 * response the choice's id, success when it was one of them, no score; its
 * parent the scenario, grouping the course. Then one statement for the
 * run: verb completed, object the scenario (type
 * http://adlnet.gov/expapi/activities/simulation), score.scaled, duration;
 * parent the scenario's sections.
 *
 * Test handed in (exam_log.h): verb completed, object the test IRI (type
 * http://adlnet.gov/expapi/activities/assessment), result
 * {"completion":true,"score":{"scaled":S,"raw":<cijfer>,"min":1,"max":10}};
 * and verb passed (cijfer >= 5.5) or failed with the same result plus
 * "success". Extensions urn:accountwijs:xapi:questions and :answered
 * (counts) and :timed-out. The cijfer is grade_tenths / 10. */
#ifndef ACCOUNTWIJS_XAPI_H
#define ACCOUNTWIJS_XAPI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "exam_log.h"
#include "jsonl.h"
#include "error.h"
#include "progress.h"

#define XAPI_DEFAULT_HOME "urn:accountwijs:profiles"
/* The namespace of every name-based UUID here (fixed forever). */
#define XAPI_NAMESPACE "1c6e4c0e-8f4a-4b58-9d2e-6a1f3b7c0d95"
#define XAPI_VERB_ANSWERED "http://adlnet.gov/expapi/verbs/answered"
#define XAPI_VERB_COMPLETED "http://adlnet.gov/expapi/verbs/completed"
#define XAPI_VERB_PASSED "http://adlnet.gov/expapi/verbs/passed"
#define XAPI_VERB_FAILED "http://adlnet.gov/expapi/verbs/failed"

enum {
    XAPI_UUID_SIZE = 37,   /* "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" + NUL */
    XAPI_MAX_PATTERNS = 16 /* correct responses listed for a cloze */
};

typedef struct {
    const char *home; /* actor.account.homePage; NULL or "": XAPI_DEFAULT_HOME */
    bool names;       /* put the profile's display name in actor.name */
    /* Written between two statements: ",\n" inside a JSON array (the
     * export), "\n" for a file of lines (the queue). NULL: ",\n". */
    const char *separator;
} XapiOptions;

/* Who the statements are about. */
typedef struct {
    const char *id;   /* the profile id ("p-" + 16 hex digits) */
    const char *name; /* its display name; used only with XapiOptions.names */
} XapiActor;

typedef struct XapiWriter XapiWriter;

/* A writer for course C (may be NULL: statements without definitions and
 * with the course IRI urn:accountwijs:course:unknown). Keeps pointers to C
 * and to O's strings, which must outlive it. NULL when out of memory. */
XapiWriter *xapi_writer_new(const Course *c, const XapiOptions *o);
void xapi_writer_free(XapiWriter *w);

/* Appends the statements of attempt A of ACTOR to OUT (each compact, the
 * separator before all but the writer's first). Returns how many (1 for a
 * question, decisions + 1 for a scenario run); 0 when out of memory
 * (OUT.failed is then set). */
size_t xapi_attempt(XapiWriter *w, const XapiActor *actor, const Attempt *a, JsonBuf *out);

/* Appends the two statements of test R (completed, passed or failed). */
size_t xapi_exam(XapiWriter *w, const XapiActor *actor, const ExamRecord *r, JsonBuf *out);

/* Statements written so far by W. */
size_t xapi_count(const XapiWriter *w);

/* ---- a profile's statements (xapi_profile.c) ---------------------------- */

/* How far a reader has come in a profile's files: the byte offset in its
 * attempt log just past the last whole line turned into statements, and
 * the number of readable tests of its tests.jsonl. Zero: from the start. */
typedef struct {
    int64_t attempts;
    int64_t tests;
} XapiCursor;

/* Appends to OUT the statements of profile ACTOR's attempts and tests in
 * DATA_DIR (profiles.h) from CUR on (NULL: all of them) and moves CUR to
 * where they end. FLUSH (may be NULL) is called whenever OUT holds more
 * than EXPORT_FLUSH_BYTES, to write it out and empty it (false: stop).
 * *MADE (may be NULL) gets the number of statements. False with ERR when
 * the log or tests cannot be read (AW_ERR_EXPORT_LOG_UNREADABLE,
 * AW_ERR_EXAMS_UNREADABLE), memory runs out or FLUSH stopped
 * (AW_ERR_EXPORT_STOPPED); CUR is then unchanged. */
bool xapi_profile(XapiWriter *w, const char *data_dir, const XapiActor *actor, XapiCursor *cur, JsonBuf *out,
                  bool (*flush)(JsonBuf *out, void *ctx), void *ctx, size_t *made, AwError *err);

/* The version 5 UUID of the LEN bytes of NAME in namespace XAPI_NAMESPACE,
 * lower-case hex. */
void xapi_uuid(const char *name, size_t len, char out[XAPI_UUID_SIZE]);

/* MS as an ISO 8601 duration with centiseconds: "PT5.23S", "PT1M0.5S",
 * "PT2H3M4S". Negative counts as 0. */
void xapi_duration(int64_t ms, char out[40]);

#endif
