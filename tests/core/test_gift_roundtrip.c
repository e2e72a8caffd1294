/* test_gift_roundtrip.c - export -> import gives the same questions: the
 * whole built-in course, and a small course with every type GIFT holds and
 * every character it must escape. What GIFT cannot carry (goal,
 * difficulty, matching feedback, a cloze's several blanks, scenarios) is
 * named where it is left out of the comparison. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../content_fixture.h"
#include "../diag_text.h"
#include "gift.h"

static const GiftWords WORDS = {.right = "Goed.",
                                .wrong = "Fout.",
                                .explanation = "Geen uitleg.",
                                .goal = "{1} kennen",
                                .intro = "Uit {1} ({2}).",
                                .untitled = "Ingelezen",
                                .pair = "{1} hoort bij {2}.",
                                .blank = "Het antwoord is {1}."};

typedef struct {
    Course **courses; /* one per imported section file */
    size_t n;
    GiftLessons lessons;
} Imported;

static void print_diags(const Diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        print_message("  %s\n", diag_text(&d->messages[i]));
}

/* C exported to GIFT and imported again (every step must succeed, with no
 * warning from the reader). */
static Imported roundtrip(const Course *c, const char *section)
{
    Diag d;
    diag_init(&d);
    JsonBuf gift = {0};
    assert_true(gift_export(c, section, &gift, &d));
    diag_free(&d);
    diag_init(&d);
    GiftBank bank;
    bool ok = gift_parse("export.gift", gift.data, gift.len, &bank, &d);
    if (!ok || d.warnings) {
        print_diags(&d);
        fail_msg("the exported GIFT did not read back cleanly");
    }
    diag_free(&d);
    Imported im = {0};
    assert_true(gift_lessons(&bank, "export.gift", &WORDS, &im.lessons));
    im.courses = calloc(im.lessons.count, sizeof *im.courses);
    for (size_t i = 0; i < im.lessons.count; i++) {
        diag_init(&d);
        const char *json = im.lessons.lessons[i].json;
        im.courses[i] = course_load_buffer("import.json", json, strlen(json), &d);
        if (!im.courses[i]) {
            print_diags(&d);
            fail_msg("an imported lesson does not load");
        }
        diag_free(&d);
        im.n++;
    }
    gift_bank_free(&bank);
    jsonbuf_free(&gift);
    return im;
}

static void imported_free(Imported *im)
{
    for (size_t i = 0; i < im->n; i++)
        course_free(im->courses[i]);
    free(im->courses);
    gift_lessons_free(&im->lessons);
}

static const Question *find(const Imported *im, const char *id, const char **section)
{
    for (size_t i = 0; i < im->n; i++) {
        const Question *q = course_question(im->courses[i], id);
        if (q) {
            *section = im->courses[i]->sections[0].id;
            return q;
        }
    }
    return NULL;
}

/* Q and its imported copy B hold the same question. */
static void assert_same(const Question *q, const Question *b)
{
    assert_string_equal(b->prompt, q->prompt);
    assert_string_equal(b->explanation, q->explanation);
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE:
    case QUESTION_TRUEFALSE:
        assert_int_equal(b->type, q->type);
        assert_int_equal(b->noptions, q->noptions);
        for (size_t i = 0; i < q->noptions; i++) {
            if (q->type != QUESTION_TRUEFALSE)
                assert_string_equal(b->options[i].text, q->options[i].text);
            assert_int_equal(b->options[i].correct, q->options[i].correct);
            assert_string_equal(b->options[i].feedback, q->options[i].feedback);
        }
        break;
    case QUESTION_MATCHING: /* GIFT keeps no feedback per pair */
        assert_int_equal(b->type, QUESTION_MATCHING);
        assert_int_equal(b->noptions, q->noptions);
        for (size_t i = 0; i < q->noptions; i++) {
            assert_string_equal(b->options[i].text, q->options[i].text);
            assert_string_equal(b->options[i].match, q->options[i].match);
        }
        break;
    case QUESTION_ORDERING: /* matching: position -> item */
        assert_int_equal(b->type, QUESTION_MATCHING);
        assert_int_equal(b->noptions, q->noptions);
        for (size_t i = 0; i < q->noptions; i++) {
            char pos[32];
            snprintf(pos, sizeof pos, "%zu", i + 1);
            assert_string_equal(b->options[i].text, pos);
            assert_string_equal(b->options[i].match, q->options[i].text);
        }
        break;
    case QUESTION_CLOZE:
        assert_int_equal(b->type, QUESTION_CLOZE);
        assert_int_equal(b->noptions, 1);
        assert_int_equal(b->options[0].naccept, q->options[0].naccept);
        for (size_t i = 0; i < q->options[0].naccept; i++)
            assert_string_equal(b->options[0].accept[i], q->options[0].accept[i]);
        assert_string_equal(b->options[0].feedback, q->options[0].feedback);
        break;
    case QUESTION_NUMERIC:
        assert_int_equal(b->type, QUESTION_NUMERIC);
        assert_int_equal(b->nnumeric, q->nnumeric);
        for (size_t i = 0; i < q->nnumeric; i++) {
            const NumericAnswer *x = &q->numeric[i], *y = &b->numeric[i];
            assert_true(x->range == y->range);
            assert_true(x->min == y->min && x->max == y->max);
            assert_true(x->score == y->score);
            if (x->feedback)
                assert_string_equal(y->feedback, x->feedback);
            else
                assert_null(y->feedback);
        }
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
}

static void the_whole_course_comes_back_from_gift(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Imported im = roundtrip(c, NULL);
    size_t compared = 0;
    for (size_t i = 0; i < c->nquestions; i++) {
        const Question *q = &c->questions[i];
        const char *section = NULL;
        const Question *b = find(&im, q->id, &section);
        if (q->type == QUESTION_CLOZE && q->noptions != 1) {
            assert_null(b); /* left out with a note */
            continue;
        }
        if (!b)
            fail_msg("question %s did not come back", q->id);
        assert_string_equal(section, q->section);
        assert_same(q, b);
        compared++;
    }
    assert_true(compared > 50);
    imported_free(&im);
    course_free(c);
}

static void one_section_is_exported_alone(void **state)
{
    (void)state;
    Course *c = fixture_content();
    Imported im = roundtrip(c, "s1-2");
    assert_int_equal(im.n, 1);
    assert_string_equal(im.courses[0]->sections[0].id, "s1-2");
    imported_free(&im);
    Diag d;
    diag_init(&d);
    JsonBuf out = {0};
    assert_false(gift_export(c, "geen-paragraaf", &out, &d));
    assert_int_equal(d.messages[0].code, DC_NO_SUCH_SECTION);
    jsonbuf_free(&out);
    diag_free(&d);
    course_free(c);
}

static const char TRICKY[] =
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"s-x\", \"title\": \"Tekens: a/b {c}\",\n"
    " \"goals\": [{\"id\": \"s-x.g1\", \"text\": \"alles\"}],\n"
    " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Tekst.\"}],\n"
    " \"questions\": [\n"
    "  {\"id\": \"t.1\", \"type\": \"single\", \"goal\": \"s-x.g1\", \"difficulty\": 1,\n"
    "   \"prompt\": \"Is a = b: {x} ~ y # z \\\\ w?\\n\\nEen *nieuwe* alinea.\",\n"
    "   \"options\": [{\"id\": \"a\", \"text\": \"ja = nee\", \"correct\": true, \"feedback\": \"Klopt: # en ~.\"},\n"
    "                 {\"id\": \"b\", \"text\": \"[html]<b>nee</b>\", \"correct\": false, \"feedback\": \"Fout "
    "{}.\"}],\n"
    "   \"explanation\": \"Uitleg met #### erin.\"},\n"
    "  {\"id\": \"t_2\", \"type\": \"multiple\", \"goal\": \"s-x.g1\", \"difficulty\": 1, \"prompt\": \"[plain] "
    "Welke?\",\n"
    "   \"options\": [{\"id\": \"a\", \"text\": \"een\", \"correct\": true, \"feedback\": \"ja\"},\n"
    "                 {\"id\": \"b\", \"text\": \"twee\", \"correct\": true, \"feedback\": \"ja\"},\n"
    "                 {\"id\": \"c\", \"text\": \"drie\", \"correct\": true, \"feedback\": \"ja\"},\n"
    "                 {\"id\": \"d\", \"text\": \"vier\", \"correct\": false, \"feedback\": \"nee\"}],\n"
    "   \"explanation\": \"Drie van vier.\"},\n"
    "  {\"id\": \"t-3\", \"type\": \"cloze\", \"goal\": \"s-x.g1\", \"difficulty\": 1,\n"
    "   \"prompt\": \"Een ___ is een klant: met wie je lang werkt.\",\n"
    "   \"blanks\": [{\"id\": \"b1\", \"accept\": [\"account\", \"key = account\"], \"feedback\": \"Zo heet dat.\"}],\n"
    "   \"explanation\": \"Account.\"},\n"
    "  {\"id\": \"t-4\", \"type\": \"cloze\", \"goal\": \"s-x.g1\", \"difficulty\": 1,\n"
    "   \"prompt\": \"Hoe heet dat? ___\",\n"
    "   \"blanks\": [{\"id\": \"b1\", \"accept\": [\"account\"], \"feedback\": \"Zo.\"}],\n"
    "   \"explanation\": \"Account.\"},\n"
    "  {\"id\": \"t-5\", \"type\": \"numeric\", \"goal\": \"s-x.g1\", \"difficulty\": 3, \"prompt\": \"Hoeveel %?\",\n"
    "   \"answers\": [{\"value\": 20, \"tolerance\": 0.5, \"feedback\": \"Juist.\"}, {\"min\": -3.25, \"max\": 1e9},\n"
    "                 {\"value\": 25, \"score\": 0, \"feedback\": \"Opslag.\"}, {\"value\": 30, \"score\": 0.5}],\n"
    "   \"explanation\": \"Marge.\"},\n"
    "  {\"id\": \"t-6\", \"type\": \"truefalse\", \"goal\": \"s-x.g1\", \"difficulty\": 1, \"prompt\": \"Waar: ja?\",\n"
    "   \"answer\": false, \"feedback_true\": \"Nee#toch.\", \"feedback_false\": \"Ja.\", \"explanation\": \"x\"},\n"
    "  {\"id\": \"t-7\", \"type\": \"ordering\", \"goal\": \"s-x.g1\", \"difficulty\": 1, \"prompt\": \"Orde\",\n"
    "   \"items\": [{\"id\": \"a\", \"text\": \"een -> x\", \"feedback\": \"1\"}, {\"id\": \"b\", \"text\": \"twee\", "
    "\"feedback\": \"2\"},\n"
    "             {\"id\": \"c\", \"text\": \"drie\", \"feedback\": \"3\"}], \"explanation\": \"x\"}\n"
    " ]}\n";

static void every_type_and_every_escaped_character_comes_back(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("tricky.json", TRICKY, strlen(TRICKY), &d);
    if (!c)
        print_diags(&d);
    assert_non_null(c);
    diag_free(&d);
    Imported im = roundtrip(c, NULL);
    for (size_t i = 0; i < c->nquestions; i++) {
        const char *section;
        const Question *q = &c->questions[i];
        const Question *b = find(&im, q->id, &section);
        if (!b)
            fail_msg("question %s did not come back", q->id);
        assert_string_equal(section, "s-x");
        if (q->type == QUESTION_ORDERING)
            continue; /* "een -> x": GIFT's first -> splits the pair */
        assert_same(q, b);
    }
    imported_free(&im);
    course_free(c);
}

static void lesson_ids_are_stable_and_unique(void **state)
{
    (void)state;
    const char *gift = "::Vraag één::A{T}\n\n::Vraag één::B{T}\n\nC{T}\n\n$CATEGORY: Klanten\n\nD{T}\n\n"
                       "$CATEGORY: Klanten\n\n::q1::E{T}\n\n// [id:moodle-7]\n::Titel::F{T}\n\n// [id:geen id]\nG{T}";
    Diag d;
    diag_init(&d);
    GiftBank b;
    assert_true(gift_parse("x.gift", gift, strlen(gift), &b, &d));
    GiftLessons ls;
    assert_true(gift_lessons(&b, "map/bank.gift", &WORDS, &ls));
    assert_int_equal(ls.count, 3);
    assert_string_equal(ls.lessons[0].id, "bank");
    assert_string_equal(ls.lessons[0].qids[0], "Vraag-een");
    assert_string_equal(ls.lessons[0].qids[1], "Vraag-een-2");
    assert_string_equal(ls.lessons[0].qids[2], "bank-q3");
    assert_string_equal(ls.lessons[1].id, "Klanten");
    assert_string_equal(ls.lessons[1].qids[0], "Klanten-q1");
    assert_string_equal(ls.lessons[2].id, "Klanten-2");
    assert_string_equal(ls.lessons[2].qids[0], "q1");
    assert_string_equal(ls.lessons[2].qids[1], "moodle-7");     /* the idnumber before the title */
    assert_string_equal(ls.lessons[2].qids[2], "Klanten-2-q3"); /* "geen id" is no id */
    gift_lessons_free(&ls);
    gift_bank_free(&b);
    diag_free(&d);
    char id[65];
    assert_int_equal(gift_slug("  \xC3\x89\xC3\xA9n, twee & drie!  ", id), 13);
    assert_string_equal(id, "Een-twee-drie");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_whole_course_comes_back_from_gift),
        cmocka_unit_test(one_section_is_exported_alone),
        cmocka_unit_test(every_type_and_every_escaped_character_comes_back),
        cmocka_unit_test(lesson_ids_are_stable_and_unique),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
