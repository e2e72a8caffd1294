/* bench_exchange.c - `accountwijs bench exchange`: how fast the program
 * moves questions and answers in and out for the school around it. Prints
 * "name value unit" lines, each the median of several runs.
 *
 * gift_import_1000_ms: `import gift` of a generated GIFT bank of 1,000
 * questions in 10 categories (every type GIFT has, with titles, feedback,
 * general feedback and escapes), from its text in memory to checked
 * lesson files in memory: read, made into section files and each loaded
 * by the course loader, as the command does before it writes. The files
 * are not written (that is the disk's time, not ours); target < 100 ms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "gift.h"

enum { GIFT_QUESTIONS = 1000, GIFT_CATEGORIES = 10, GIFT_RUNS = 7 };

/* The bank: the types in turn, ten categories of a hundred. */
static void write_gift_bank(JsonBuf *b)
{
    char line[1024];
    for (int q = 0; q < GIFT_QUESTIONS; q++) {
        if (q % (GIFT_QUESTIONS / GIFT_CATEGORIES) == 0) {
            snprintf(line, sizeof line, "$CATEGORY: $course$/top/Bank/Categorie %d\n\n",
                     q / (GIFT_QUESTIONS / GIFT_CATEGORIES) + 1);
            jsonbuf_puts(b, line);
        }
        switch (q % 6) {
        case 0:
            snprintf(line, sizeof line,
                     "::Vraag %d::Welke uitspraak over de klant in geval %d past het best\\: de eerste of de "
                     "tweede?{\n\t=De klant is een account met groeipotentie#Juist, dat is de kern.\n"
                     "\t~De klant koopt eenmalig iets#Nee, dan is er geen relatie.\n"
                     "\t~De klant is een leverancier#Nee, dat is de andere kant.\n"
                     "\t####Een account is een klant met wie je lang samenwerkt.\n}\n\n",
                     q, q);
            break;
        case 1:
            snprintf(line, sizeof line,
                     "::Vraag %d::Welke twee criteria tellen in geval %d?{\n\t~%%50%%Omzet#Ja.\n"
                     "\t~%%50%%Groeipotentie#Ja.\n\t~%%-50%%De kleur van het logo#Nee.\n"
                     "\t~%%-50%%De afstand tot het station#Nee.\n}\n\n",
                     q, q);
            break;
        case 2:
            snprintf(line, sizeof line,
                     "::Vraag %d::Een accountmanager onderhoudt in geval %d de relatie met de klant.{TRUE#Helaas, "
                     "dat doet hij wel.#Goed.####Dat is zijn taak.}\n\n",
                     q, q);
            break;
        case 3:
            snprintf(line, sizeof line,
                     "::Vraag %d::Koppel elk begrip van geval %d aan zijn omschrijving.{\n"
                     "\t=Account -> Een belangrijke zakelijke klant\n\t=Accountplan -> Het plan voor een klant\n"
                     "\t=Omzet -> Wat de klant besteedt\n}\n\n",
                     q, q);
            break;
        case 4:
            snprintf(line, sizeof line,
                     "::Vraag %d::Een accountmanager bouwt in geval %d een {=relatie#Juist. =band} op met de "
                     "klant.\n\n",
                     q, q);
            break;
        default:
            snprintf(line, sizeof line,
                     "::Vraag %d::Inkoop 80 en verkoop 100 in geval %d, hoeveel procent is de marge?{#\n"
                     "\t=20:0.5#Juist.\n\t=%%50%%25#Dat is de opslag.\n}\n\n",
                     q, q);
            break;
        }
        jsonbuf_puts(b, line);
    }
}

static const GiftWords BENCH_WORDS = {.right = "Goed.",
                                      .wrong = "Fout.",
                                      .explanation = "Uitleg.",
                                      .goal = "{1} kennen",
                                      .intro = "Uit {1} ({2}).",
                                      .untitled = "Vragen",
                                      .pair = "{1} hoort bij {2}.",
                                      .blank = "Het antwoord is {1}."};

/* One import in memory; the number of questions that loaded, or -1. */
static long import_once(const JsonBuf *bank)
{
    Diag d;
    diag_init(&d);
    GiftBank b;
    GiftLessons ls = {0};
    long loaded = -1;
    if (gift_parse("bench.gift", bank->data, bank->len, &b, &d) && !d.warnings &&
        gift_lessons(&b, "bench.gift", &BENCH_WORDS, &ls)) {
        loaded = 0;
        for (size_t i = 0; i < ls.count && loaded >= 0; i++) {
            Diag dl;
            diag_init(&dl);
            Course *c = course_load_buffer("bench.json", ls.lessons[i].json, strlen(ls.lessons[i].json), &dl);
            loaded = c ? loaded + (long)c->nquestions : -1;
            course_free(c);
            diag_free(&dl);
        }
    }
    gift_lessons_free(&ls);
    gift_bank_free(&b);
    diag_free(&d);
    return loaded;
}

static int bench_gift(void)
{
    JsonBuf bank = {0};
    write_gift_bank(&bank);
    if (bank.failed) {
        cli_say("bench", STR_CLI_NO_MEMORY);
        return 1;
    }
    double t[GIFT_RUNS];
    int status = 0;
    for (int r = 0; r < GIFT_RUNS && !status; r++) {
        double t0 = benchutil_now_ms();
        long n = import_once(&bank);
        t[r] = benchutil_now_ms() - t0;
        if (n != GIFT_QUESTIONS) {
            fprintf(stderr, "bench: the GIFT bank gave %ld questions, not %d\n", n, GIFT_QUESTIONS);
            status = 1;
        }
    }
    if (!status)
        printf("gift_import_1000_ms %.3f ms\n", benchutil_median(t, GIFT_RUNS));
    jsonbuf_free(&bank);
    return status;
}

int cli_bench_exchange(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return bench_gift();
}
