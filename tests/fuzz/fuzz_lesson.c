/* fuzz_lesson.c - libFuzzer target for the lesson loader: any bytes must
 * load or be rejected with messages, never crash, leak or read out of
 * bounds; whatever loads is also linted (check --lint). The same bytes
 * are read as a student's typed number (quiz_numeric_parse), and a number
 * that reads is written and read back to itself. Built with
 * -DFUZZ=ON and clang; .ci/run runs it for 60 s on a corpus seeded from
 * content/ and tests/data/. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "course.h"
#include "lint.h"
#include "quiz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("fuzz.json", (const char *)data, size, &d);
    if (!c && d.errors == 0)
        __builtin_trap(); /* a rejected file must say why */
    if (c) {
        /* Whatever loads is linted too: check --lint runs on any file. */
        LintReport r = {0};
        lint_course(c, "fuzz.json", &r);
        lint_report_free(&r);
    }
    course_free(c);
    diag_free(&d);

    char *typed = malloc(size + 1);
    if (!typed)
        return 0;
    memcpy(typed, data, size);
    typed[size] = '\0';
    for (int u = 0; u < 2; u++) {
        NumericInput in = quiz_numeric_parse(typed, u ? "\xE2\x82\xAC" : NULL);
        if (in.status == NUMERIC_OK) {
            char back[64];
            quiz_numeric_format(in.value, -1, ',', '.', back, sizeof back);
            NumericInput again = quiz_numeric_parse(back, NULL);
            /* Six decimals are what the format keeps. */
            double diff = again.value - in.value;
            if (again.status != NUMERIC_OK || diff > 1e-6 * (1 + (in.value < 0 ? -in.value : in.value)) ||
                -diff > 1e-6 * (1 + (in.value < 0 ? -in.value : in.value)))
                __builtin_trap();
        }
    }
    free(typed);
    return 0;
}
