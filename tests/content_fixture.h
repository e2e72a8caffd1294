/* content_fixture.h - what the core and ui test programs share about the
 * built-in course (AW_CONTENT_DIR): loading it, and answering a question
 * of a test made from it. Header-only, so that each test stays one
 * program of one file; include it after <cmocka.h>. */
#ifndef ACCOUNTWIJS_TEST_CONTENT_FIXTURE_H
#define ACCOUNTWIJS_TEST_CONTENT_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "course.h"
#include "diag.h"
#include "exam.h"

/* The course in AW_CONTENT_DIR, or NULL when it does not load. The caller
 * frees it with course_free. */
static inline Course *fixture_course(void)
{
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_CONTENT_DIR, &d);
    diag_free(&d);
    return c;
}

/* The course in AW_CONTENT_DIR; the test fails when it does not load. */
static inline Course *fixture_content(void)
{
    Course *c = fixture_course();
    assert_non_null(c);
    return c;
}

/* Gives question I of E an answer other than its empty start: the first
 * option shown, the first two items swapped, "klantwaarde" in the first
 * blank, "12,5" typed for a number or the first left item matched to the
 * second right one. */
static inline void fixture_answer(Exam *e, size_t i)
{
    const Question *q = exam_question(e, i);
    if (q->type == QUESTION_ORDERING) {
        if (e->answers[i].n > 1) {
            size_t t = e->answers[i].order[0];
            e->answers[i].order[0] = e->answers[i].order[1];
            e->answers[i].order[1] = t;
        }
    } else if (q->type == QUESTION_CLOZE) {
        free(e->answers[i].text[0]);
        e->answers[i].text[0] = strdup("klantwaarde");
    } else if (q->type == QUESTION_NUMERIC) {
        free(e->answers[i].text[0]);
        e->answers[i].text[0] = strdup("12,5");
    } else if (q->type == QUESTION_MATCHING) {
        e->answers[i].match[0] = 1;
    } else {
        quiz_answer_choose(&e->answers[i], e->orders[i].shown[0]);
    }
}

#endif
