/* fuzz_lesson.c - libFuzzer target for the lesson loader: any bytes must
 * load or be rejected with messages, never crash, leak or read out of
 * bounds; whatever loads is also linted (check --lint). Built with
 * -DFUZZ=ON and clang; .ci/run runs it for 60 s on a corpus seeded from
 * content/ and tests/data/. */
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "lint.h"

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
    return 0;
}
