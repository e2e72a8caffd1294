/* test_resume.c - a running test kept on disk (resume.h): what is written
 * comes back whole; a damaged file or one the course no longer fits is
 * refused with the place that did not fit, never half-read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../content_fixture.h"
#include "diag.h"
#include "exam.h"
#include "resume.h"

/* A 20-question test with answers to the first six, question 3 flagged and
 * question 7 showing after 65 s. */
static void answered_exam(Exam *e, const Course *c)
{
    assert_true(exam_start(e, c, 20, 90, 7, 1000));
    for (size_t i = 0; i < 6; i++) {
        exam_goto(e, i, 1000 + 10000 * (int64_t)i);
        fixture_answer(e, i);
        exam_touch(e, i);
    }
    exam_toggle_flag(e, 3);
    exam_goto(e, 6, 61000);
}

static char *saved_text(const Course *c, const ResumeClock *clk)
{
    Exam e;
    answered_exam(&e, c);
    char *text = resume_exam_to_json(&e, clk, 66000);
    assert_non_null(text);
    exam_free(&e);
    return text;
}

static char *replace(const char *s, const char *from, const char *to)
{
    const char *p = strstr(s, from);
    assert_non_null(p);
    char *out = malloc(strlen(s) + strlen(to) + 1);
    assert_non_null(out);
    size_t k = (size_t)(p - s);
    memcpy(out, s, k);
    strcpy(out + k, to);
    strcat(out, p + strlen(from));
    return out;
}

static void resume_round_trip_keeps_questions_orders_answers_flags_and_position(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Exam a;
    answered_exam(&a, c);
    ResumeClock clk = {.real = false, .wall_start_ms = 1700000000000, .seconds = 90};
    char *text = resume_exam_to_json(&a, &clk, 66000);
    assert_non_null(text);

    Exam b;
    ResumeClock back;
    AwError where;
    /* The program starts again: its clock begins near 0. */
    assert_int_equal(resume_exam_from_json(text, c, 500, 0, &b, &back, &where), RESUME_OK);
    assert_int_equal(b.n, a.n);
    assert_int_equal(b.current, 6);
    assert_int_equal(b.limit_ms, a.limit_ms);
    assert_int_equal(back.elapsed_ms, 65000);
    assert_int_equal(back.seconds, 90);
    assert_false(back.real);
    assert_int_equal(back.wall_start_ms, 1700000000000);
    /* Only time the program was open counts: 65 s gone, wherever the clock is now. */
    assert_int_equal(exam_remaining_ms(&b, 500), a.limit_ms - 65000);
    for (size_t i = 0; i < a.n; i++) {
        assert_int_equal(b.questions[i], a.questions[i]);
        assert_int_equal(b.orders[i].n, a.orders[i].n);
        assert_memory_equal(b.orders[i].shown, a.orders[i].shown, a.orders[i].n * sizeof(size_t));
        assert_true((a.orders[i].right == NULL) == (b.orders[i].right == NULL));
        if (a.orders[i].right)
            assert_memory_equal(b.orders[i].right, a.orders[i].right, a.orders[i].n * sizeof(size_t));
        const Question *q = exam_question(&a, i);
        char *ja = quiz_answer_to_json(q, &a.answers[i]), *jb = quiz_answer_to_json(q, &b.answers[i]);
        assert_string_equal(ja, jb);
        free(ja);
        free(jb);
        assert_int_equal(b.flagged[i], i == 3);
        assert_int_equal(b.touched[i], i < 6);
        assert_int_equal(exam_answered(&b, i), exam_answered(&a, i));
    }
    /* The 5 s on question 7 before the save are booked. */
    assert_int_equal(b.spent_ms[6], 5000);
    assert_int_equal(b.spent_ms[0], a.spent_ms[0]);
    assert_int_equal(exam_unanswered(&b), exam_unanswered(&a));
    /* And what comes back saves to the same text. */
    char *again = resume_exam_to_json(&b, &back, 500);
    assert_string_equal(again, text);
    free(again);
    free(text);
    exam_free(&a);
    exam_free(&b);
    course_free(c);
}

static void resume_real_conditions_count_the_time_the_program_was_closed(void **state)
{
    (void)state;
    Course *c = fixture_content();
    const int64_t start = 1700000000000;
    ResumeClock real = {.real = true, .wall_start_ms = start, .seconds = 90};
    char *text = saved_text(c, &real);
    Exam e;
    ResumeClock back;
    /* Closed for ten minutes after 65 s: 10 min 5 s gone... */
    int64_t wall = start + 65000 + 600000;
    assert_int_equal(resume_exam_from_json(text, c, 0, wall, &e, &back, NULL), RESUME_OK);
    assert_true(back.real);
    assert_int_equal(back.elapsed_ms, 665000);
    assert_int_equal(exam_remaining_ms(&e, 0), e.limit_ms - 665000);
    assert_false(exam_tick(&e, 0));
    exam_free(&e);
    /* ...closed for an hour: 30 minutes are up, handed in with what was given. */
    assert_int_equal(resume_exam_from_json(text, c, 0, start + 3600000, &e, &back, NULL), RESUME_OK);
    assert_true(exam_tick(&e, 0));
    assert_true(e.handed_in && e.timed_out);
    assert_true(e.score > 0 || exam_unanswered(&e) < e.n);
    exam_free(&e);
    /* A wall clock set back never gives time back. */
    assert_int_equal(resume_exam_from_json(text, c, 0, start, &e, &back, NULL), RESUME_OK);
    assert_int_equal(back.elapsed_ms, 65000);
    exam_free(&e);
    free(text);

    /* Without real conditions the hour closed does not count. */
    ResumeClock normal = {.real = false, .wall_start_ms = start, .seconds = 90};
    text = saved_text(c, &normal);
    assert_int_equal(resume_exam_from_json(text, c, 0, start + 3600000, &e, &back, NULL), RESUME_OK);
    assert_int_equal(back.elapsed_ms, 65000);
    assert_false(exam_tick(&e, 0));
    exam_free(&e);
    free(text);
    course_free(c);
}

static void resume_refuses_a_damaged_file_and_says_where(void **state)
{
    (void)state;
    Course *c = fixture_content();
    ResumeClock clk = {.seconds = 90};
    char *text = saved_text(c, &clk);
    Exam e;
    ResumeClock back;
    AwError where;
    /* Every prefix of the file (a torn write the atomic rename should
     * prevent) is refused, never half-read. */
    size_t len = strlen(text);
    char *cut = malloc(len + 1);
    assert_non_null(cut);
    for (size_t k = 0; k < len; k++) {
        memcpy(cut, text, k);
        cut[k] = '\0';
        ResumeStatus s = resume_exam_from_json(cut, c, 0, 0, &e, &back, &where);
        assert_int_equal(s, RESUME_CORRUPT);
        assert_int_equal(e.n, 0);
        assert_null(e.questions);
    }
    free(cut);
    static const struct {
        const char *from, *to, *where;
        ResumeStatus status;
    } bad[] = {
        {"\"format\":\"accountwijs-resume\"", "\"format\":\"other\"", "format", RESUME_CORRUPT},
        {"\"version\":1", "\"version\":2", "version", RESUME_CORRUPT},
        {"\"elapsed_ms\":65000", "\"elapsed_ms\":1e400", "elapsed_ms", RESUME_CORRUPT},
        {"\"elapsed_ms\":65000", "\"elapsed_ms\":-5", "elapsed_ms", RESUME_CORRUPT},
        {"\"current\":6", "\"current\":20", "current", RESUME_CORRUPT},
        {"\"current\":6", "\"current\":6.5", "current", RESUME_CORRUPT},
        {"\"items\":[{", "\"items\":[7,{", "items[0]", RESUME_CORRUPT},
        {"\"flagged\":false", "\"flagged\":0", "items[0]", RESUME_CORRUPT},
        {"\"kind\":\"exam\"", "\"kind\":\"review\"", "kind", RESUME_OTHER},
        {"\"course\":\"", "\"course\":\"x", "course", RESUME_OTHER},
    };
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char *t = replace(text, bad[k].from, bad[k].to);
        assert_int_equal(resume_exam_from_json(t, c, 0, 0, &e, &back, &where), bad[k].status);
        assert_string_equal(where.what, bad[k].where);
        assert_int_equal(where.code, bad[k].status == RESUME_OTHER ? AW_ERR_RESUME_OTHER : AW_ERR_RESUME_FIELD);
        assert_null(e.questions);
        free(t);
    }
    free(text);
    course_free(c);
}

static void resume_a_hand_in_under_way_round_trips_and_a_bad_one_is_refused(void **state)
{
    (void)state;
    Course *c = fixture_content();
    ResumeClock clk = {.seconds = 90,
                       .session = "t19c9a8f2c1b-3-5e1d",
                       .handing_in = true,
                       .log_end = 123456789012,
                       .handed_in_ms = 1772445600000,
                       .timed_out = true};
    char *text = saved_text(c, &clk);
    assert_non_null(strstr(text, "\"session\":\"t19c9a8f2c1b-3-5e1d\",\"handing_in\":true,\"log_end\":123456789012,"
                                 "\"handed_in_ms\":1772445600000,\"timed_out\":true,\"stopped\":false"));
    Exam e;
    ResumeClock back;
    AwError where;
    assert_int_equal(resume_exam_from_json(text, c, 0, 0, &e, &back, &where), RESUME_OK);
    assert_string_equal(back.session, clk.session);
    assert_true(back.handing_in);
    assert_int_equal(back.log_end, clk.log_end);
    assert_int_equal(back.handed_in_ms, clk.handed_in_ms);
    assert_true(back.timed_out);
    assert_false(back.stopped);
    exam_free(&e);
    /* A running test keeps its session; no hand-in fields then. */
    ResumeClock running = {.seconds = 90, .session = "a_b-9"};
    char *plain = saved_text(c, &running);
    assert_null(strstr(plain, "handing_in"));
    assert_int_equal(resume_exam_from_json(plain, c, 0, 0, &e, &back, &where), RESUME_OK);
    assert_string_equal(back.session, "a_b-9");
    assert_false(back.handing_in);
    exam_free(&e);
    free(plain);
    static const struct {
        const char *from, *to, *where;
    } bad[] = {
        {"\"session\":\"t19c9a8f2c1b-3-5e1d\"", "\"session\":\"\"", "session"},
        {"\"session\":\"t19c9a8f2c1b-3-5e1d\"", "\"session\":\"../x\"", "session"},
        {"\"session\":\"t19c9a8f2c1b-3-5e1d\"", "\"session\":42", "session"},
        {"\"session\":\"t19c9a8f2c1b-3-5e1d\",", "", "session"},
        {"\"handing_in\":true", "\"handing_in\":1", "handing_in"},
        {"\"log_end\":123456789012", "\"log_end\":-1", "log_end"},
        {"\"log_end\":123456789012,", "", "log_end"},
        {"\"handed_in_ms\":1772445600000", "\"handed_in_ms\":\"now\"", "handed_in_ms"},
        {"\"timed_out\":true", "\"timed_out\":\"yes\"", "timed_out"},
    };
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char *t = replace(text, bad[k].from, bad[k].to);
        assert_int_equal(resume_exam_from_json(t, c, 0, 0, &e, &back, &where), RESUME_CORRUPT);
        assert_string_equal(where.what, bad[k].where);
        assert_int_equal(where.code, AW_ERR_RESUME_FIELD);
        assert_null(e.questions);
        free(t);
    }
    free(text);
    course_free(c);
}

static void resume_refuses_a_test_whose_questions_left_the_course(void **state)
{
    (void)state;
    Course *c = fixture_content();
    ResumeClock clk = {.seconds = 90};
    char *text = saved_text(c, &clk);
    Exam e, a;
    ResumeClock back;
    AwError where;
    answered_exam(&a, c);
    const Question *q0 = exam_question(&a, 0);
    char from[256];
    snprintf(from, sizeof from, "\"question\":\"%s\"", q0->id);
    /* A question that is gone. */
    char *t = replace(text, from, "\"question\":\"q-weg\"");
    assert_int_equal(resume_exam_from_json(t, c, 0, 0, &e, &back, &where), RESUME_STALE);
    assert_string_equal(where.what, "q-weg");
    assert_int_equal(where.code, AW_ERR_RESUME_QUESTION);
    assert_null(e.questions);
    free(t);
    /* An order that no longer fits the question (an option more or less). */
    t = replace(text, "\"shown\":[", "\"shown\":[99,");
    assert_int_equal(resume_exam_from_json(t, c, 0, 0, &e, &back, &where), RESUME_STALE);
    assert_string_equal(where.what, q0->id);
    free(t);
    /* An answer naming an option the question no longer has. */
    /* {"chosen":["a"]}, {"match":{"p1":..}}, {"order":["i2",..]}, {"text":{"b1":..}}:
     * the first option id is between the third and fourth quote. */
    char *answer = quiz_answer_to_json(q0, &a.answers[0]);
    char *open = strchr(strchr(strchr(answer, '"') + 1, '"') + 1, '"');
    char *close = strchr(open + 1, '"');
    char gone[512];
    snprintf(gone, sizeof gone, "%.*sweg%s", (int)(open + 1 - answer), answer, close);
    t = replace(text, answer, gone);
    free(answer);
    assert_int_equal(resume_exam_from_json(t, c, 0, 0, &e, &back, &where), RESUME_STALE);
    assert_string_equal(where.what, q0->id);
    free(t);
    free(text);
    exam_free(&a);
    course_free(c);
}

static void resume_file_is_saved_read_set_aside_and_removed(void **state)
{
    (void)state;
    Course *c = fixture_content();
    char dir[] = "/tmp/aw-resume-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[4096], aside[4096];
    assert_true(resume_path(dir, "exam", path, sizeof path));
    assert_non_null(strstr(path, "/resume-exam.json"));
    Exam e;
    ResumeClock back;
    AwError where;
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_NONE);
    ResumeClock clk = {.seconds = 90};
    char *text = saved_text(c, &clk);
    assert_true(resume_save(path, text, NULL));
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_OK);
    assert_int_equal(e.current, 6);
    exam_free(&e);
    /* A NUL byte inside is damage, not the end of the file. */
    char nul[] = "{\"format\"\0:1}";
    assert_true(resume_save(path, text, NULL));
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(nul, 1, sizeof nul - 1, f);
    fclose(f);
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_CORRUPT);
    assert_int_equal(where.code, AW_ERR_RESUME_NUL);
    assert_string_equal(where.path, path);
    /* Not JSON at all. */
    f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"format\":", f);
    fclose(f);
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_CORRUPT);
    assert_int_equal(where.code, AW_ERR_RESUME_NOT_JSON);
    /* A folder where the file should be cannot be read. */
    assert_int_equal(unlink(path), 0);
    assert_int_equal(mkdir(path, 0700), 0);
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_CORRUPT);
    assert_int_equal(where.code, AW_ERR_RESUME_UNREADABLE);
    assert_int_not_equal(where.sys, 0);
    assert_int_equal(rmdir(path), 0);
    f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(nul, 1, sizeof nul - 1, f);
    fclose(f);
    assert_true(resume_set_aside(path, aside, sizeof aside));
    assert_non_null(strstr(aside, "resume-exam.json.bad"));
    struct stat sb;
    assert_int_equal(stat(aside, &sb), 0);
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_NONE);
    assert_true(resume_save(path, text, NULL));
    assert_true(resume_remove(path));
    assert_true(resume_remove(path)); /* gone is gone */
    assert_int_equal(resume_exam_load(path, c, 0, 0, &e, &back, &where), RESUME_NONE);
    unlink(aside);
    rmdir(dir);
    free(text);
    course_free(c);
}

/* A practice round of section 0's questions: the first answered right, the
 * second wrong once (retry), the third wrong twice (checked), now at the fourth. */
static void practice_round(Quiz *z, const Course *c)
{
    size_t idx[64];
    size_t n = quiz_pick_section(c, 0, idx);
    assert_true(n >= 4);
    assert_true(quiz_start(z, c, idx, n, QUIZ_PRACTICE, 12345678901234567ull));
    for (size_t i = 0; i < 3; i++) {
        assert_true(quiz_goto(z, i));
        QuizItem *it = quiz_item(z);
        const Question *q = quiz_question(z, it);
        quiz_answer_free(&it->answer);
        /* The right answer (the written order), or a fresh empty one. */
        assert_true(quiz_answer_init(&it->answer, q, i == 0 ? NULL : &it->order));
        if (i == 0 && (q->type == QUESTION_SINGLE || q->type == QUESTION_TRUEFALSE || q->type == QUESTION_MULTIPLE))
            for (size_t k = 0; k < q->noptions; k++)
                if (q->options[k].correct)
                    quiz_answer_choose(&it->answer, k);
        assert_true(quiz_check(z));
        if (i == 2 && it->state == QUIZ_RETRY)
            assert_true(quiz_check(z));
    }
    assert_true(quiz_goto(z, 3));
}

static void resume_practice_round_trip_keeps_answers_checks_and_grades(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Quiz a, b;
    practice_round(&a, c);
    ResumePractice p = {.missed_round = false, .spent_ms = 4200};
    snprintf(p.section, sizeof p.section, "%s", c->sections[0].id);
    char *text = resume_practice_to_json(&a, &p);
    assert_non_null(text);
    ResumePractice back;
    AwError where;
    assert_int_equal(resume_practice_from_json(text, c, &b, &back, &where), RESUME_OK);
    assert_string_equal(back.section, c->sections[0].id);
    assert_int_equal(back.spent_ms, 4200);
    assert_int_equal(b.nitems, a.nitems);
    assert_int_equal(b.pos, 3);
    assert_true(b.seed == a.seed);
    QuizTally ta, tb;
    quiz_tally(&a, &ta);
    quiz_tally(&b, &tb);
    assert_int_equal(tb.checked, ta.checked);
    assert_int_equal(tb.right, ta.right);
    assert_int_equal(tb.missed, ta.missed);
    assert_true(tb.score == ta.score);
    for (size_t i = 0; i < a.nitems; i++) {
        assert_int_equal(b.items[i].question, a.items[i].question);
        assert_int_equal(b.items[i].state, a.items[i].state);
        assert_int_equal(b.items[i].checks, a.items[i].checks);
        assert_memory_equal(b.items[i].order.shown, a.items[i].order.shown, a.items[i].order.n * sizeof(size_t));
        if (a.items[i].checks) {
            assert_true(b.items[i].grade.score == a.items[i].grade.score);
            assert_int_equal(b.items[i].grade.right, a.items[i].grade.right);
        }
    }
    char *again = resume_practice_to_json(&b, &back);
    assert_string_equal(again, text);
    free(again);
    quiz_free(&b);
    /* A section that left the course, a broken state: refused. */
    char from[256], to[256];
    snprintf(from, sizeof from, "\"section\":\"%s\"", c->sections[0].id);
    snprintf(to, sizeof to, "\"section\":\"weg\"");
    char *t = replace(text, from, to);
    assert_int_equal(resume_practice_from_json(t, c, &b, &back, &where), RESUME_STALE);
    assert_string_equal(where.what, "weg");
    assert_int_equal(where.code, AW_ERR_RESUME_SECTION);
    free(t);
    t = replace(text, "\"state\":\"open\"", "\"state\":\"checked\"");
    assert_int_equal(resume_practice_from_json(t, c, &b, &back, &where), RESUME_CORRUPT);
    assert_int_equal(where.code, AW_ERR_RESUME_FIELD);
    assert_string_equal(where.what, "items[3]");
    assert_null(b.items);
    free(t);
    /* A test file is not a practice round, and the other way round. */
    Exam e;
    ResumeClock clk;
    assert_int_equal(resume_exam_from_json(text, c, 0, 0, &e, &clk, &where), RESUME_OTHER);
    for (size_t k = 0, len = strlen(text); k < len; k += 7) {
        char *cut = strndup(text, k);
        assert_int_equal(resume_practice_from_json(cut, c, &b, &back, NULL), RESUME_CORRUPT);
        free(cut);
    }
    free(text);
    quiz_free(&a);
    course_free(c);
}

/* A test and a practice round over a section of two numeric questions and
 * a single choice: the typed number comes back as typed, and a checked one
 * with its grade. */
static const char NUMERIC_SECTION[] =
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"s1\", \"title\": \"Rekenen\","
    " \"goals\": [{\"id\": \"s1.g1\", \"text\": \"rekenen\"}], \"blocks\": [{\"type\": \"paragraph\", \"text\": "
    "\"T.\"}],"
    " \"questions\": ["
    "{\"id\": \"n1\", \"type\": \"numeric\", \"goal\": \"s1.g1\", \"difficulty\": 1, \"prompt\": \"Hoeveel?\","
    " \"unit\": \"\xE2\x82\xAC\", \"answers\": [{\"value\": 1250.5}], \"explanation\": \"Zo.\"},"
    "{\"id\": \"n2\", \"type\": \"numeric\", \"goal\": \"s1.g1\", \"difficulty\": 1, \"prompt\": \"En nu?\","
    " \"answers\": [{\"min\": 1, \"max\": 2}], \"explanation\": \"Zo.\"},"
    "{\"id\": \"c1\", \"type\": \"single\", \"goal\": \"s1.g1\", \"difficulty\": 1, \"prompt\": \"Welke?\","
    " \"options\": [{\"id\": \"a\", \"text\": \"A\", \"correct\": true, \"feedback\": \"J.\"},"
    " {\"id\": \"b\", \"text\": \"B\", \"correct\": false, \"feedback\": \"N.\"}], \"explanation\": \"Zo.\"}]}";

static size_t index_of(const Exam *e, const char *id)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(exam_question(e, i)->id, id) == 0)
            return i;
    fail_msg("%s is not in the test", id);
    return 0;
}

static void resume_keeps_a_typed_number_of_a_test_and_a_checked_one_of_a_practice_round(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("rekenen.json", NUMERIC_SECTION, strlen(NUMERIC_SECTION), &d);
    diag_free(&d);
    assert_non_null(c);

    Exam a, b;
    assert_true(exam_start(&a, c, 3, 60, 1, 1000));
    assert_int_equal(a.n, 3);
    size_t n1 = index_of(&a, "n1");
    assert_true(quiz_answer_set_text(&a.answers[n1], 0, "\xE2\x82\xAC 1.250,50"));
    exam_touch(&a, n1);
    ResumeClock clk = {.wall_start_ms = 1700000000000, .seconds = 60};
    char *text = resume_exam_to_json(&a, &clk, 5000);
    assert_non_null(text);
    ResumeClock back;
    AwError where;
    assert_int_equal(resume_exam_from_json(text, c, 0, 0, &b, &back, &where), RESUME_OK);
    assert_string_equal(b.answers[n1].text[0], "\xE2\x82\xAC 1.250,50");
    assert_true(exam_answered(&b, n1));
    assert_false(exam_answered(&b, index_of(&b, "n2")));
    /* Handed in after the return, the number counts. */
    assert_true(exam_hand_in(&b, 9000));
    assert_true(b.grades[n1].right);
    free(text);
    exam_free(&a);
    exam_free(&b);

    Quiz z, y;
    size_t idx[3] = {0, 1, 2};
    assert_true(quiz_start(&z, c, idx, 3, QUIZ_PRACTICE, 99));
    assert_true(quiz_goto(&z, 1)); /* n2: 1 to 2 */
    assert_true(quiz_answer_set_text(&quiz_item(&z)->answer, 0, "2,5"));
    assert_true(quiz_check(&z));
    assert_int_equal(quiz_item(&z)->state, QUIZ_RETRY);
    assert_true(quiz_answer_set_text(&quiz_item(&z)->answer, 0, "1,75"));
    ResumePractice p = {.spent_ms = 100};
    snprintf(p.section, sizeof p.section, "s1");
    text = resume_practice_to_json(&z, &p);
    assert_non_null(text);
    ResumePractice pb;
    assert_int_equal(resume_practice_from_json(text, c, &y, &pb, &where), RESUME_OK);
    assert_int_equal(y.pos, 1);
    QuizItem *it = quiz_item(&y);
    assert_int_equal(it->state, QUIZ_RETRY);
    assert_string_equal(it->answer.text[0], "1,75");
    assert_string_equal(it->checked.text[0], "2,5");
    assert_false(it->grade.right);
    assert_true(quiz_check(&y));
    assert_true(quiz_item(&y)->grade.right);
    free(text);
    quiz_free(&z);
    quiz_free(&y);
    course_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(resume_round_trip_keeps_questions_orders_answers_flags_and_position),
        cmocka_unit_test(resume_real_conditions_count_the_time_the_program_was_closed),
        cmocka_unit_test(resume_refuses_a_damaged_file_and_says_where),
        cmocka_unit_test(resume_a_hand_in_under_way_round_trips_and_a_bad_one_is_refused),
        cmocka_unit_test(resume_refuses_a_test_whose_questions_left_the_course),
        cmocka_unit_test(resume_file_is_saved_read_set_aside_and_removed),
        cmocka_unit_test(resume_practice_round_trip_keeps_answers_checks_and_grades),
        cmocka_unit_test(resume_keeps_a_typed_number_of_a_test_and_a_checked_one_of_a_practice_round),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
