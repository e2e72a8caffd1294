/* fuzz_gift.c - libFuzzer target for the GIFT reader: any bytes must read
 * or be refused with messages, never crash, leak or read out of bounds.
 * Whatever reads is made into lesson files, those are loaded, and what
 * loads is exported to GIFT and read again. Built with -DFUZZ=ON and
 * clang; .ci/run runs it on a corpus seeded from tests/data/gift/. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "course.h"
#include "gift.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const GiftWords WORDS = {.right = "Goed.",
                                .wrong = "Fout.",
                                .explanation = "Uitleg.",
                                .goal = "{1} kennen",
                                .intro = "Uit {1} ({2}).",
                                .untitled = "Vragen",
                                .pair = "{1} bij {2}.",
                                .blank = "Antwoord: {1}."};

static void again(const Course *c)
{
    Diag d;
    diag_init(&d);
    JsonBuf out = {0};
    if (gift_export(c, NULL, &out, &d) && out.len) {
        GiftBank b;
        Diag d2;
        diag_init(&d2);
        gift_parse("again.gift", out.data, out.len, &b, &d2);
        gift_bank_free(&b);
        diag_free(&d2);
    }
    jsonbuf_free(&out);
    diag_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diag d;
    diag_init(&d);
    GiftBank b;
    bool ok = gift_parse("fuzz.gift", (const char *)data, size, &b, &d);
    if (!ok && d.errors == 0)
        __builtin_trap(); /* a refused bank must say why */
    GiftLessons ls;
    if (ok && gift_lessons(&b, "fuzz.gift", &WORDS, &ls)) {
        for (size_t i = 0; i < ls.count; i++) {
            Diag dl;
            diag_init(&dl);
            Course *c = course_load_buffer("fuzz.json", ls.lessons[i].json, strlen(ls.lessons[i].json), &dl);
            if (c)
                again(c);
            course_free(c);
            diag_free(&dl);
        }
        gift_lessons_free(&ls);
    }
    gift_bank_free(&b);
    diag_free(&d);
    return 0;
}
