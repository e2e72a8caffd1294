/* test_speech_text.c - the read-aloud's script (core/speech_text.h): what
 * is said for a list, a table, a question, feedback and a scenario node,
 * where the pauses fall, and where each spoken word is on screen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "course.h"
#include "speech_labels.h"
#include "speech_text.h"

static const char SECTION[] =
    "{\"format\": 1, \"kind\": \"section\", \"id\": \"s9\", \"number\": \"9.1\", \"title\": \"Proef\",\n"
    " \"goals\": [{\"id\": \"s9.g1\", \"text\": \"een account kiezen\"}],\n"
    " \"blocks\": [\n"
    "  {\"type\": \"list\", \"items\": [\"De **inkoper** beslist.\", \"De *gebruiker* klaagt\"]},\n"
    "  {\"type\": \"table\", \"title\": \"Twee klanten\", \"header\": [\"Klant\", \"Omzet\"], \"rows\": [[\"Bakker\", "
    "\"hoog\"], [\"Smit\", "
    "\"laag\"]]},\n"
    "  {\"type\": \"paragraph\", \"text\": \"Eerste zin. Tweede zin met **vet**! Nog een, bijv. dit.\"},\n"
    "  {\"type\": \"term\", \"term\": \"Account\", \"definition\": \"een belangrijke klant\"},\n"
    "  {\"type\": \"goals\"}\n"
    " ],\n"
    " \"questions\": [\n"
    "  {\"id\": \"q9\", \"type\": \"single\", \"goal\": \"s9.g1\", \"difficulty\": 1, \"prompt\": \"Wie "
    "**beslist**?\",\n"
    "   \"explanation\": \"De inkoper.\",\n"
    "   \"options\": [{\"id\": \"a\", \"text\": \"De inkoper\", \"correct\": true, \"feedback\": \"Goed.\"},\n"
    "               {\"id\": \"b\", \"text\": \"De gebruiker\", \"correct\": false, \"feedback\": \"Nee.\"}]},\n"
    "  {\"id\": \"q10\", \"type\": \"cloze\", \"goal\": \"s9.g1\", \"difficulty\": 1, \"prompt\": \"Een ___ is een "
    "klant.\",\n"
    "   \"explanation\": \"Zo heet het.\", \"blanks\": [{\"id\": \"b1\", \"accept\": [\"account\"], \"feedback\": "
    "\"Ja.\"}]},\n"
    "  {\"id\": \"q11\", \"type\": \"truefalse\", \"goal\": \"s9.g1\", \"difficulty\": 1, \"prompt\": \"Een account is "
    "een klant.\",\n"
    "   \"answer\": true, \"feedback_true\": \"Ja.\", \"feedback_false\": \"Nee.\", \"explanation\": \"Zo.\"},\n"
    "  {\"id\": \"q12\", \"type\": \"ordering\", \"goal\": \"s9.g1\", \"difficulty\": 1, \"prompt\": \"Zet op "
    "volgorde.\",\n"
    "   \"items\": [{\"id\": \"i1\", \"text\": \"Analyseren\", \"feedback\": \"Eerst.\"}, {\"id\": \"i2\", \"text\": "
    "\"Kiezen\", \"feedback\": \"Dan.\"}, {\"id\": \"i3\", \"text\": \"Doen\", \"feedback\": \"Dan.\"}], "
    "\"explanation\": \"Zo.\"},\n"
    "  {\"id\": \"q13\", \"type\": \"matching\", \"goal\": \"s9.g1\", \"difficulty\": 1, \"prompt\": \"Koppel.\",\n"
    "   \"pairs\": [{\"id\": \"p1\", \"left\": \"Inkoper\", \"right\": \"koopt in\", \"feedback\": \"Ja.\"},\n"
    "             {\"id\": \"p2\", \"left\": \"Gebruiker\", \"right\": \"werkt ermee\", \"feedback\": \"Ja.\"}], "
    "\"explanation\": \"Zo.\"}\n"
    " ]}\n";

static Course *course;

static int setup(void **state)
{
    (void)state;
    Diag d;
    diag_init(&d);
    course = course_load_buffer("s9.json", SECTION, strlen(SECTION), &d);
    for (size_t i = 0; i < d.count; i++)
        fprintf(stderr, "%s: %s\n", d.messages[i].path ? d.messages[i].path : "", diag_code_name(d.messages[i].code));
    diag_free(&d);
    return course ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    course_free(course);
    return 0;
}

/* The segments one a line, each with its pause: "text|pause". */
static const char *segments(const SpeechScript *s)
{
    static char buf[4096];
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->nsegments; i++)
        at += (size_t)snprintf(buf + at, sizeof buf - at, "%.*s|%u\n", (int)s->segments[i].len,
                               s->text + s->segments[i].off, s->segments[i].pause_ms);
    return buf;
}

/* The words as "word@kind.block.index:src_off+src_len" lines. */
static const char *words(const SpeechScript *s)
{
    static char buf[4096];
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->nwords; i++) {
        const SpeechWord *w = &s->words[i];
        const SpeechPart *p = &s->parts[w->part];
        at += (size_t)snprintf(buf + at, sizeof buf - at, "%.*s@%d.%u.%u:%u+%u\n", (int)w->len, s->text + w->off,
                               (int)p->kind, p->block, p->index, w->src_off, w->src_len);
    }
    return buf;
}

static void a_list_is_read_item_by_item_with_a_pause_after_each(void **state)
{
    (void)state;
    SpeechScript s;
    assert_true(speech_text_blocks(&course->sections[0], 0, 1, NULL, &s));
    assert_string_equal(segments(&s), "De inkoper beslist.|350\n"
                                      "De gebruiker klaagt|500\n");
    /* "inkoper" is bold on screen: its source bytes skip the markers, its
     * plain bytes are those the layout draws. */
    const SpeechWord *w = &s.words[1];
    assert_int_equal(s.parts[w->part].kind, SPEECH_PART_LIST_ITEM);
    assert_int_equal(s.parts[w->part].index, 0);
    assert_int_equal(w->src_off, 5);
    assert_int_equal(w->src_len, 7);
    assert_int_equal(w->plain_off, 3);
    assert_int_equal(w->plain_len, 7);
    /* The full stop is said but not highlighted. */
    assert_int_equal(s.words[2].len, strlen("beslist"));
    assert_string_equal(s.parts[s.words[3].part].text, "De *gebruiker* klaagt");
    assert_int_equal(s.parts[s.words[3].part].index, 1);
    speech_script_free(&s);
}

static void a_table_is_read_row_by_row_with_the_header_before_each_cell(void **state)
{
    (void)state;
    SpeechScript s;
    assert_true(speech_text_blocks(&course->sections[0], 1, 1, NULL, &s));
    assert_string_equal(segments(&s), "Twee klanten|350\n"
                                      "Klant: Bakker|350\n"
                                      "Omzet: hoog|500\n"
                                      "Klant: Smit|350\n"
                                      "Omzet: laag|500\n");
    assert_string_equal(words(&s), "Twee@11.1.0:0+4\n"
                                   "klanten@11.1.0:5+7\n"
                                   "Klant@4.1.0:0+5\n"
                                   "Bakker@5.1.0:0+6\n"
                                   "Omzet@4.1.1:0+5\n"
                                   "hoog@5.1.1:0+4\n"
                                   "Klant@4.1.0:0+5\n"
                                   "Smit@5.1.2:0+4\n"
                                   "Omzet@4.1.1:0+5\n"
                                   "laag@5.1.3:0+4\n");
    /* Each header cell is one part, however often it is said. */
    assert_int_equal(s.nparts, 7);
    speech_script_free(&s);
}

static void a_paragraph_is_cut_into_sentences_but_not_at_an_abbreviation(void **state)
{
    (void)state;
    SpeechScript s;
    assert_true(speech_text_blocks(&course->sections[0], 2, 1, NULL, &s));
    assert_string_equal(segments(&s), "Eerste zin.|0\n"
                                      "Tweede zin met vet!|0\n"
                                      "Nog een, bijv. dit.|500\n");
    speech_script_free(&s);
}

static void a_section_is_read_with_its_number_title_term_and_goals(void **state)
{
    (void)state;
    SpeechScript s;
    SpeechLabels lb = speech_labels();
    assert_true(speech_text_section(&course->sections[0], &lb, &s));
    const char *seg = segments(&s);
    assert_non_null(strstr(seg, "9.1 Proef|500\n"));
    assert_non_null(strstr(seg, "Account: een belangrijke klant|500\n"));
    assert_non_null(strstr(seg, "Na deze paragraaf kun je:|350\neen account kiezen|500\n"));
    /* The number and the goals' intro are said, not shown: label parts. */
    assert_int_equal(s.parts[s.words[0].part].kind, SPEECH_PART_LABEL);
    assert_int_equal(s.parts[s.words[1].part].kind, SPEECH_PART_TITLE);
    speech_script_free(&s);
}

static void a_question_is_read_as_its_prompt_and_then_each_option_with_its_letter(void **state)
{
    (void)state;
    SpeechScript s;
    const Question *q = course_question(course, "q9");
    assert_true(speech_text_question(q, NULL, 0, NULL, &s));
    assert_string_equal(segments(&s), "Wie beslist?|500\n"
                                      "A: De inkoper|350\n"
                                      "B: De gebruiker|500\n");
    speech_script_free(&s);
    /* Shuffled on screen: the letters follow what is shown, the parts
     * still name the option. */
    size_t order[] = {1, 0};
    assert_true(speech_text_question(q, order, 2, NULL, &s));
    assert_string_equal(segments(&s), "Wie beslist?|500\n"
                                      "A: De gebruiker|350\n"
                                      "B: De inkoper|500\n");
    assert_string_equal(words(&s), "Wie@14.0.0:0+3\n"
                                   "beslist@14.0.0:6+7\n"
                                   "A@15.0.1:0+1\n"
                                   "De@16.0.1:0+2\n"
                                   "gebruiker@16.0.1:3+9\n"
                                   "B@15.0.0:0+1\n"
                                   "De@16.0.0:0+2\n"
                                   "inkoper@16.0.0:3+7\n");
    speech_script_free(&s);
}

static void each_option_is_read_after_the_badge_the_screen_shows(void **state)
{
    (void)state;
    SpeechScript s;
    /* True/false: no letters (the screen's keys are J and O). */
    assert_true(speech_text_question(course_question(course, "q11"), NULL, 0, NULL, &s));
    assert_string_equal(segments(&s), "Een account is een klant.|500\njuist|350\nonjuist|500\n");
    speech_script_free(&s);
    /* Ordering: numbered in the current order. */
    size_t now[] = {1, 2, 0};
    assert_true(speech_text_question(course_question(course, "q12"), now, 3, NULL, &s));
    assert_string_equal(segments(&s), "Zet op volgorde.|500\n1: Kiezen|350\n2: Doen|350\n3: Analyseren|500\n");
    speech_script_free(&s);
    /* Matching: the left column numbered, the right one lettered, each in
     * the order shown. */
    size_t left[] = {1, 0}, right[] = {0, 1};
    const Question *q = course_question(course, "q13");
    assert_true(speech_text_matching(q, left, right, 2, NULL, &s));
    assert_string_equal(segments(&s), "Koppel.|500\n"
                                      "1: Gebruiker|350\n"
                                      "2: Inkoper|500\n"
                                      "A: koopt in|350\n"
                                      "B: werkt ermee|500\n");
    const SpeechWord *w = &s.words[s.nwords - 2]; /* "werkt" */
    assert_int_equal(s.parts[w->part].kind, SPEECH_PART_MATCH);
    assert_int_equal(s.parts[w->part].index, 1);
    assert_string_equal(s.parts[w->part].text, "werkt ermee");
    assert_int_equal(s.parts[s.words[s.nwords - 3].part].kind, SPEECH_PART_MATCH_LETTER);
    speech_script_free(&s);
}

static void a_cloze_blank_is_read_as_the_label_and_points_at_the_underscores(void **state)
{
    (void)state;
    SpeechScript s;
    SpeechLabels lb = speech_labels();
    assert_true(speech_text_question(course_question(course, "q10"), NULL, 0, &lb, &s));
    assert_string_equal(segments(&s), "Een open plek is een klant.|500\n");
    assert_int_equal(s.words[1].src_off, 4);
    assert_int_equal(s.words[1].src_len, 3);
    assert_int_equal(s.words[2].src_off, 4);
    speech_script_free(&s);
}

static void a_longer_blank_is_lit_whole_and_a_sentence_may_end_after_it(void **state)
{
    (void)state;
    Question q = *course_question(course, "q10");
    q.prompt = "Het heet _____. Een klant dus.";
    SpeechScript s;
    SpeechLabels lb = speech_labels();
    assert_true(speech_text_question(&q, NULL, 0, &lb, &s));
    const char *seg = segments(&s);
    if (!strstr(seg, "Het heet open plek.|") || !strstr(seg, "\nEen klant dus.|"))
        fail_msg("segments: %s", seg);
    assert_int_equal(s.words[2].src_off, 9);
    assert_int_equal(s.words[2].src_len, 5);
    assert_int_equal(s.words[2].plain_len, 5);
    speech_script_free(&s);
}

static void feedback_and_an_explanation_are_read_with_the_explanations_label(void **state)
{
    (void)state;
    SpeechScript s;
    SpeechLabels lb = speech_labels();
    assert_true(speech_text_feedback("Goed. Zie *paragraaf* 1.3.", SPEECH_PART_FEEDBACK, &lb, &s));
    assert_string_equal(segments(&s), "Goed.|0\nZie paragraaf 1.3.|500\n");
    speech_script_free(&s);
    assert_true(speech_text_feedback("De inkoper.", SPEECH_PART_EXPLANATION, &lb, &s));
    assert_string_equal(segments(&s), "Uitleg|350\nDe inkoper.|500\n");
    assert_int_equal(s.parts[s.words[1].part].kind, SPEECH_PART_EXPLANATION);
    speech_script_free(&s);
}

static void a_scenario_node_is_read_with_its_choices_lettered(void **state)
{
    (void)state;
    Choice ch[2] = {{.text = "Bellen"}, {.text = "Mailen"}};
    ScenarioNode n = {.title = "Start", .text = "De klant klaagt.", .choices = ch, .nchoices = 2};
    SpeechScript s;
    assert_true(speech_text_node(&n, NULL, 0, NULL, &s));
    assert_string_equal(segments(&s), "Start|500\nDe klant klaagt.|500\nA: Bellen|350\nB: Mailen|500\n");
    speech_script_free(&s);
    ScenarioNode end = {.text = "Gelukt.", .end = true, .debrief = "Zie 1.3."};
    assert_true(speech_text_node(&end, NULL, 0, NULL, &s));
    assert_string_equal(segments(&s), "Gelukt.|500\nZie 1.3.|500\n");
    speech_script_free(&s);
}

static void a_word_is_found_by_its_place_in_the_script_and_on_screen(void **state)
{
    (void)state;
    SpeechScript s;
    assert_true(speech_text_plain("Een klant belt. Hij wil korting.", &s));
    assert_int_equal(s.nwords, 6);
    assert_int_equal(speech_script_word_at(&s, 0), 0);
    assert_int_equal(speech_script_word_at(&s, 4), 1);  /* "klant" */
    assert_int_equal(speech_script_word_at(&s, 3), 1);  /* the space before it */
    assert_int_equal(speech_script_word_at(&s, 14), 3); /* the full stop: the next word */
    assert_int_equal(speech_script_word_at(&s, 999), 6);
    size_t p = speech_script_part(&s, SPEECH_PART_LABEL, 0, 0);
    assert_int_equal(p, 0);
    assert_int_equal(speech_script_part(&s, SPEECH_PART_PROMPT, 0, 0), s.nparts);
    assert_int_equal(speech_script_word_of(&s, p, 17), 3); /* "Hij" */
    assert_int_equal(speech_script_word_of(&s, p, 5), 1);
    speech_script_free(&s);
    /* Curly quotes and arrows are said around a word, not highlighted. */
    assert_true(speech_text_plain("\xe2\x80\x98"
                                  "Die regelen\xe2\x80\x99 \xe2\x86\x92 IT.",
                                  &s));
    assert_int_equal(s.nwords, 3);
    assert_int_equal(s.words[0].src_off, 3);
    assert_int_equal(s.words[0].src_len, 3);
    assert_int_equal(s.words[1].src_len, 7);
    assert_int_equal(s.words[2].src_off, 22);
    speech_script_free(&s);
    assert_true(speech_text_plain("Een klant belt. Hij wil korting.", &s));
    /* A copy stands on its own. */
    SpeechScript c;
    assert_true(speech_script_copy(&s, &c));
    speech_script_free(&s);
    assert_string_equal(c.text, "Een klant belt.\nHij wil korting.\n");
    assert_int_equal(c.nsegments, 2);
    speech_script_free(&c);
}

static void nothing_to_say_gives_an_empty_script(void **state)
{
    (void)state;
    SpeechScript s;
    assert_true(speech_text_plain("  ... ", &s));
    assert_int_equal(s.nwords, 0);
    assert_int_equal(s.nsegments, 0);
    assert_string_equal(s.text, "");
    speech_script_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_list_is_read_item_by_item_with_a_pause_after_each),
        cmocka_unit_test(a_table_is_read_row_by_row_with_the_header_before_each_cell),
        cmocka_unit_test(a_paragraph_is_cut_into_sentences_but_not_at_an_abbreviation),
        cmocka_unit_test(a_section_is_read_with_its_number_title_term_and_goals),
        cmocka_unit_test(a_question_is_read_as_its_prompt_and_then_each_option_with_its_letter),
        cmocka_unit_test(each_option_is_read_after_the_badge_the_screen_shows),
        cmocka_unit_test(a_cloze_blank_is_read_as_the_label_and_points_at_the_underscores),
        cmocka_unit_test(a_longer_blank_is_lit_whole_and_a_sentence_may_end_after_it),
        cmocka_unit_test(feedback_and_an_explanation_are_read_with_the_explanations_label),
        cmocka_unit_test(a_scenario_node_is_read_with_its_choices_lettered),
        cmocka_unit_test(a_word_is_found_by_its_place_in_the_script_and_on_screen),
        cmocka_unit_test(nothing_to_say_gives_an_empty_script),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
