/* test_gift.c - reading GIFT as Moodle's importer reads it: every question
 * type, titles, feedback, escapes, formats, comments, categories, the
 * encodings, and every problem as a message at its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "gift.h"

typedef struct {
    GiftBank b;
    Diag d;
    bool ok;
} Parsed;

static Parsed *parse(const char *text)
{
    static Parsed p;
    gift_bank_free(&p.b);
    diag_free(&p.d);
    diag_init(&p.d);
    p.ok = gift_parse("bank.gift", text, strlen(text), &p.b, &p.d);
    return &p;
}

static int teardown(void **state)
{
    (void)state;
    Parsed *p = parse("");
    gift_bank_free(&p->b);
    diag_free(&p->d);
    return 0;
}

/* The message CODE at LINE, or NULL. */
static const DiagMessage *message(const Parsed *p, DiagCode code, int line)
{
    for (size_t i = 0; i < p->d.count; i++)
        if (p->d.messages[i].code == code && p->d.messages[i].line == line)
            return &p->d.messages[i];
    return NULL;
}

static void assert_message(const Parsed *p, DiagLevel level, DiagCode code, int line)
{
    const DiagMessage *m = message(p, code, line);
    if (!m) {
        for (size_t i = 0; i < p->d.count; i++)
            print_message("  got: %s\n", diag_text(&p->d.messages[i]));
        fail_msg("no %s at line %d", diag_code_name(code), line);
    }
    assert_int_equal(m->level, level);
}

static const GiftQuestion *only(const Parsed *p)
{
    assert_int_equal(p->b.nquestions, 1);
    return &p->b.questions[0];
}

static void multiple_choice_with_one_right_answer_is_single(void **state)
{
    (void)state;
    Parsed *p = parse("::Graf::Wie ligt er in het graf van Grant?{~Grant#Nee =niemand#Klopt ~Jefferson}\n");
    assert_true(p->ok);
    assert_int_equal(p->d.count, 0);
    const GiftQuestion *q = only(p);
    assert_int_equal(q->kind, GIFT_SINGLE);
    assert_string_equal(q->title, "Graf");
    assert_string_equal(q->prompt, "Wie ligt er in het graf van Grant?");
    assert_int_equal(q->nanswers, 3);
    assert_string_equal(q->answers[0].text, "Grant");
    assert_string_equal(q->answers[0].feedback, "Nee");
    assert_false(q->answers[0].right);
    assert_string_equal(q->answers[1].text, "niemand");
    assert_true(q->answers[1].right);
    assert_string_equal(q->answers[1].feedback, "Klopt");
    assert_null(q->answers[2].feedback);
    assert_int_equal(q->line, 1);
}

static void answers_on_their_own_lines_keep_their_lines(void **state)
{
    (void)state;
    Parsed *p = parse("// a comment\nWat is 2+2? {\n  =vier\n  ~drie\n  ~vijf\n}\n");
    const GiftQuestion *q = only(p);
    assert_int_equal(q->line, 2);
    assert_int_equal(q->answers[0].line, 3);
    assert_int_equal(q->answers[2].line, 5);
}

static void weights_make_a_multiple_answer_question(void **state)
{
    (void)state;
    Parsed *p = parse("Welke twee?{~%50%a#ja ~%50%b ~%-50%c ~%-50%d}");
    assert_true(p->ok);
    assert_int_equal(p->d.count, 0); /* our grading keeps 50/50/-50/-50 */
    const GiftQuestion *q = only(p);
    assert_int_equal(q->kind, GIFT_MULTIPLE);
    assert_true(q->answers[0].right && q->answers[1].right);
    assert_false(q->answers[2].right || q->answers[3].right);
    assert_string_equal(q->answers[0].feedback, "ja");
}

static void weights_our_grading_cannot_keep_are_named(void **state)
{
    (void)state;
    Parsed *p = parse("\nWelke?{~%70%a ~%30%b ~c}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_WEIGHTS_CHANGED, 2);
    const DiagMessage *m = message(p, DC_GIFT_WEIGHTS_CHANGED, 2);
    assert_string_equal(m->args[0], "70%, 30%, 0%");
    assert_string_equal(m->args[1], "50%, 50%, -50%");
}

static void partial_credit_in_a_single_question_is_named(void **state)
{
    (void)state;
    Parsed *p = parse("Welke?{=a ~%50%b ~c}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_PARTIAL_DROPPED, 1);
    assert_int_equal(only(p)->kind, GIFT_SINGLE);
}

static void two_equals_in_multiple_choice_skip_the_question(void **state)
{
    (void)state;
    Parsed *p = parse("A{=a =b ~c}\n\nB{=x ~y}");
    assert_message(p, DIAG_WARNING, DC_GIFT_SINGLE_MORE_RIGHT, 1);
    assert_int_equal(p->b.nquestions, 1);
    assert_string_equal(p->b.questions[0].prompt, "B");
}

static void true_false_keeps_its_feedback_the_moodle_way(void **state)
{
    (void)state;
    Parsed *p = parse("De zon is een ster.{TRUE#Helaas, wel waar.#Juist.}\n\nDe maan is een ster.{F#Jawel?#Klopt, "
                      "geen ster.}\n\nKort {T}");
    assert_true(p->ok);
    assert_int_equal(p->b.nquestions, 3);
    const GiftQuestion *t = &p->b.questions[0], *f = &p->b.questions[1];
    assert_int_equal(t->kind, GIFT_TRUEFALSE);
    assert_true(t->truth);
    /* the first feedback is for a wrong answer */
    assert_string_equal(t->feedback_true, "Juist.");
    assert_string_equal(t->feedback_false, "Helaas, wel waar.");
    assert_false(f->truth);
    assert_string_equal(f->feedback_true, "Jawel?");
    assert_string_equal(f->feedback_false, "Klopt, geen ster.");
    assert_null(p->b.questions[2].feedback_true);
}

static void lower_case_true_is_a_short_answer_as_in_moodle(void **state)
{
    (void)state;
    Parsed *p = parse("Waar?{true}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_TF_CASE, 1);
    assert_int_equal(only(p)->kind, GIFT_SHORT);
}

static void matching_takes_two_pairs_and_plain_right_sides(void **state)
{
    (void)state;
    Parsed *p = parse("Koppel.{=Nederland -> Amsterdam =Belgi\xC3\xAB -> Brussel}");
    assert_true(p->ok);
    const GiftQuestion *q = only(p);
    assert_int_equal(q->kind, GIFT_MATCHING);
    assert_int_equal(q->nanswers, 2);
    assert_string_equal(q->answers[1].text, "Belgi\xC3\xAB");
    assert_string_equal(q->answers[1].match, "Brussel");
}

static void matching_without_arrow_is_an_error_at_its_line(void **state)
{
    (void)state;
    Parsed *p = parse("Koppel.{\n=a -> 1\n=b 2\n=c -> 3\n}");
    assert_false(p->ok);
    assert_message(p, DIAG_ERROR, DC_GIFT_MATCH_NO_ARROW, 3);
    assert_int_equal(p->b.nquestions, 0);
}

static void matching_distractor_without_left_side_is_left_out(void **state)
{
    (void)state;
    Parsed *p = parse("K{=a -> 1 =b -> 2 = -> 3}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_MATCH_EMPTY_LEFT, 1);
    assert_int_equal(only(p)->nanswers, 2);
}

static void short_answer_becomes_cloze_with_a_blank_at_the_end(void **state)
{
    (void)state;
    Parsed *p = parse("Wie schreef het?{=Multatuli#goed =Douwes Dekker}");
    assert_true(p->ok);
    const GiftQuestion *q = only(p);
    assert_int_equal(q->kind, GIFT_SHORT);
    assert_string_equal(q->prompt, "Wie schreef het? ___");
    assert_int_equal(q->nanswers, 2);
    assert_string_equal(q->answers[1].text, "Douwes Dekker");
    assert_string_equal(q->answers[0].feedback, "goed");
}

static void a_skipped_answers_feedback_does_not_pass_to_the_next(void **state)
{
    (void)state;
    /* The 50% answer is dropped (our cloze keeps the fully right ones);
     * Mokum, after it, has no feedback of its own. */
    Parsed *p = parse("Hoofdstad?{=Amsterdam =%50%A'dam#Bijna =Mokum}");
    assert_true(p->ok);
    const GiftQuestion *q = only(p);
    assert_int_equal(q->nanswers, 2);
    assert_string_equal(q->answers[1].text, "Mokum");
    assert_null(q->answers[1].feedback);
    p = parse("Welke?{~%50%Half#Bijna ~Fout =Goed}");
    assert_true(p->ok);
    q = only(p);
    for (size_t i = 0; i < q->nanswers; i++)
        if (q->answers[i].text && strcmp(q->answers[i].text, "Half") != 0)
            assert_null(q->answers[i].feedback);
}

static void text_after_the_answers_makes_a_missing_word_question(void **state)
{
    (void)state;
    Parsed *p = parse("Een account is een {=klant} met wie je lang werkt.\n\nDe zon is {~een planeet =een ster} "
                      "aan de hemel.");
    assert_true(p->ok);
    assert_string_equal(p->b.questions[0].prompt, "Een account is een ___ met wie je lang werkt.");
    assert_string_equal(p->b.questions[1].prompt, "De zon is _____ aan de hemel.");
}

static void a_wildcard_in_a_short_answer_is_warned(void **state)
{
    (void)state;
    Parsed *p = parse("Naam?{=Jan*}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_WILDCARD, 1);
}

static void numerical_answers_in_every_form(void **state)
{
    (void)state;
    Parsed *p = parse("Jaar?{#1822:5}\n\nPi?{#3.14..3.15}\n\nTwee?{#=2#precies =%50%3 ~#nee}\n\nNul{#0}");
    assert_true(p->ok);
    assert_int_equal(p->b.nquestions, 4);
    const GiftQuestion *a = &p->b.questions[0], *b = &p->b.questions[1], *c = &p->b.questions[2];
    assert_int_equal(a->kind, GIFT_NUMERIC);
    assert_false(a->answers[0].range);
    assert_true(a->answers[0].value == 1822 && a->answers[0].tolerance == 5);
    assert_true(a->answers[0].min == 1817 && a->answers[0].max == 1827);
    assert_true(b->answers[0].range);
    assert_true(b->answers[0].min == 3.14 && b->answers[0].max == 3.15);
    assert_int_equal(c->nanswers, 2); /* the 50% answer is partly right */
    assert_true(c->answers[1].weight == 50 && !c->answers[1].right);
    assert_string_equal(c->answers[0].feedback, "precies");
    assert_string_equal(c->wrong_feedback, "nee");
    assert_int_equal(p->d.count, 0);
}

static void numerical_errors_have_lines(void **state)
{
    (void)state;
    Parsed *p = parse("A{#abc}\n\nB{#5..3}\n\nC{#}\n\nD{#3:x}\n\nE{#1e13}\n\nF{#=%50%3}");
    assert_false(p->ok);
    assert_message(p, DIAG_ERROR, DC_GIFT_NUMBER_BAD, 1);
    assert_message(p, DIAG_ERROR, DC_GIFT_RANGE_REVERSED, 3);
    assert_message(p, DIAG_ERROR, DC_GIFT_NUMERIC_NONE, 5);
    assert_message(p, DIAG_ERROR, DC_GIFT_NUMBER_BAD, 7);
    assert_message(p, DIAG_ERROR, DC_GIFT_NUMBER_BAD, 9);
    assert_message(p, DIAG_ERROR, DC_GIFT_NO_RIGHT, 11);
}

static void essay_and_description_are_skipped_with_a_warning(void **state)
{
    (void)state;
    Parsed *p = parse("Schrijf een stuk.{}\n\nDit is alleen uitleg.\n\nEcht?{T}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_ESSAY_SKIPPED, 1);
    assert_message(p, DIAG_WARNING, DC_GIFT_DESCRIPTION_SKIPPED, 3);
    assert_int_equal(p->b.nquestions, 1);
    assert_int_equal(p->b.skipped, 2);
}

static void general_feedback_follows_the_last_four_hashes(void **state)
{
    (void)state;
    Parsed *p = parse("Vraag{=ja ~nee ####Omdat het zo is.}");
    assert_string_equal(only(p)->explanation, "Omdat het zo is.");
}

static void escapes_and_unescaped_equals_and_colons_in_the_text(void **state)
{
    (void)state;
    Parsed *p = parse("::Titel\\: een::a = b: klopt dat \\{echt\\}? \\~ \\# \\\\ regel\\nnieuw{=ja\\=zeker ~nee}");
    assert_true(p->ok);
    const GiftQuestion *q = only(p);
    assert_string_equal(q->title, "Titel: een");
    assert_string_equal(q->prompt, "a = b: klopt dat {echt}? ~ # \\ regel\nnieuw");
    assert_string_equal(q->answers[0].text, "ja=zeker");
}

static void html_is_reduced_to_our_markup(void **state)
{
    (void)state;
    Parsed *p = parse("[html]<p>Dit is <b>vet</b> en <em>schuin</em>.</p><p>Caf&eacute; &amp; "
                      "&#8364;5<br>regel</p><ul><li>een</li><li>twee</li></ul><script>x()</script><span>!</span>"
                      "{=ja ~nee}");
    assert_true(p->ok);
    assert_string_equal(only(p)->prompt, "Dit is **vet** en *schuin*.\n\nCaf\xC3\xA9 & \xE2\x82\xAC"
                                         "5\nregel\n\n- een\n- twee\n\n!");
}

static void emphasis_tags_keep_their_markers_beside_the_words(void **state)
{
    (void)state;
    Parsed *p = parse("[html]Een<b> vette </b>tekst, <i></i>leeg en <strong>heel</strong> <em>mooi </em>!{T}");
    assert_string_equal(only(p)->prompt, "Een **vette** tekst, leeg en **heel** *mooi* !");
}

static void markdown_and_plain_texts_stay_as_written(void **state)
{
    (void)state;
    Parsed *p =
        parse("[markdown]Dit is **vet** <b>x</b>{=ja ~nee}\n\n[plain]a <b> b{=ja ~nee}\n\n[raar]tekst{=ja ~nee}");
    assert_true(p->ok);
    assert_string_equal(p->b.questions[0].prompt, "Dit is **vet** <b>x</b>");
    assert_string_equal(p->b.questions[1].prompt, "a <b> b");
    assert_string_equal(p->b.questions[2].prompt, "[raar]tekst");
    assert_message(p, DIAG_WARNING, DC_GIFT_FORMAT_UNKNOWN, 5);
}

static void categories_become_sections(void **state)
{
    (void)state;
    Parsed *p = parse("Eerst{T}\n\n$CATEGORY: $course$/top/Hoofdstuk 1/Klanten\n\nA{T}\n\n"
                      "// accountwijs-section: s1-2\n$CATEGORY: Wat is AM\n\nB{F}");
    assert_true(p->ok);
    assert_int_equal(p->b.ncategories, 3);
    assert_null(p->b.categories[0].title);
    assert_string_equal(p->b.categories[1].title, "Klanten");
    assert_null(p->b.categories[1].id);
    assert_string_equal(p->b.categories[2].title, "Wat is AM");
    assert_string_equal(p->b.categories[2].id, "s1-2");
    assert_int_equal(p->b.questions[0].category, 0);
    assert_int_equal(p->b.questions[1].category, 1);
    assert_int_equal(p->b.questions[2].category, 2);
}

static void a_category_without_a_blank_line_after_it_is_an_error(void **state)
{
    (void)state;
    Parsed *p = parse("$CATEGORY: A\nVraag{T}\n\n// [id:c]\n$CATEGORY:\n\nB{T}");
    assert_false(p->ok);
    assert_message(p, DIAG_ERROR, DC_GIFT_CATEGORY_MORE_LINES, 1);
    assert_message(p, DIAG_ERROR, DC_GIFT_CATEGORY_EMPTY, 5); /* its own line, after the comment */
}

static void brace_errors_are_reported_at_their_lines(void **state)
{
    (void)state;
    Parsed *p = parse("Open {=a ~b\n\nDicht =a ~b}\n\nGoed{T}\n\nx\ny } z { =a ~b");
    assert_false(p->ok);
    assert_message(p, DIAG_ERROR, DC_GIFT_BRACE_UNCLOSED, 1);
    assert_message(p, DIAG_ERROR, DC_GIFT_BRACE_UNOPENED, 3);
    assert_message(p, DIAG_ERROR, DC_GIFT_BRACE_UNOPENED, 8);
    assert_int_equal(p->b.nquestions, 1);
}

static void every_error_of_a_file_is_reported(void **state)
{
    (void)state;
    Parsed *p = parse("A{~a}\n\nB{~%200%a ~b}\n\nC{=a ~a}\n\nD{~a ~b}\n\n{=a ~b}\n\nE{=x}{=y}");
    assert_false(p->ok);
    assert_message(p, DIAG_ERROR, DC_GIFT_TOO_FEW_ANSWERS, 1);
    assert_message(p, DIAG_ERROR, DC_GIFT_BAD_WEIGHT, 3);
    assert_message(p, DIAG_ERROR, DC_GIFT_SAME_ANSWER, 5);
    assert_message(p, DIAG_ERROR, DC_GIFT_NO_RIGHT, 7);
    assert_message(p, DIAG_ERROR, DC_GIFT_NO_TEXT, 9);
    assert_message(p, DIAG_WARNING, DC_GIFT_SECOND_BLOCK, 11);
}

static void odd_weights_and_empty_answers_are_warned(void **state)
{
    (void)state;
    Parsed *p = parse("A{=a ~%100.5%b ~ #leeg}\n\nB{~%50%a ~%50%b}\n\nC{::Open zonder einde{T}");
    assert_message(p, DIAG_WARNING, DC_GIFT_WEIGHT_UNREAD, 1);
    assert_message(p, DIAG_WARNING, DC_GIFT_EMPTY_ANSWER, 1);
    assert_message(p, DIAG_WARNING, DC_GIFT_ALL_RIGHT, 3);
    assert_int_equal(p->b.questions[0].nanswers, 2);
    assert_string_equal(p->b.questions[0].answers[1].text, "%100.5%b");
    p = parse("::Open zonder einde{T}");
    assert_message(p, DIAG_WARNING, DC_GIFT_TITLE_UNCLOSED, 1);
}

static void crlf_bom_and_windows_1252_are_read(void **state)
{
    (void)state;
    Parsed *p = parse("\xEF\xBB\xBF::a::Caf\xC3\xA9?{\r\n=ja\r\n~nee}\r\n\r\n::b::Twee{T}\r\n");
    assert_true(p->ok);
    assert_int_equal(p->d.count, 0);
    assert_int_equal(p->b.nquestions, 2);
    assert_string_equal(p->b.questions[0].prompt, "Caf\xC3\xA9?");
    assert_int_equal(p->b.questions[1].line, 5);
    p = parse("Eerste{T}\r\rCaf\xE9 \x80?{T}");
    assert_message(p, DIAG_WARNING, DC_GIFT_NOT_UTF8, 3);
    assert_string_equal(p->b.questions[1].prompt, "Caf\xC3\xA9 \xE2\x82\xAC?");
}

static void control_characters_become_spaces_with_one_warning(void **state)
{
    (void)state;
    Parsed *p = parse("Eerste\x01vraag{T}\n\nTweede\x7Fvraag\x02{T}");
    assert_true(p->ok);
    assert_message(p, DIAG_WARNING, DC_GIFT_CONTROL_CHAR, 1);
    assert_int_equal(p->d.warnings, 1);
    assert_string_equal(p->b.questions[0].prompt, "Eerste vraag");
    assert_string_equal(p->b.questions[1].prompt, "Tweede vraag");
}

static void a_question_of_many_lines_keeps_every_line(void **state)
{
    (void)state;
    /* A thousand answers on their own lines: each one's line is found. */
    JsonBuf b = {0};
    jsonbuf_puts(&b, "Welke?{\n=goed\n");
    for (int i = 0; i < 1000; i++) {
        char line[32];
        snprintf(line, sizeof line, "~fout %d\n", i);
        jsonbuf_puts(&b, line);
    }
    jsonbuf_puts(&b, "~fout 7\n}");
    Parsed *p = parse(b.data);
    jsonbuf_free(&b);
    assert_message(p, DIAG_ERROR, DC_GIFT_SAME_ANSWER, 1003);
}

static void an_id_in_a_comment_is_moodles_idnumber(void **state)
{
    (void)state;
    Parsed *p = parse("// [id:q-7\\]x] [tag:t1] [id:later]\n::Titel::A{T}\n\n// [id:q-8\nB{T}\n\n// [id:q-9]\n\nC{T}");
    assert_true(p->ok);
    assert_string_equal(p->b.questions[0].idnumber, "q-7]x");
    assert_null(p->b.questions[1].idnumber); /* not closed */
    assert_null(p->b.questions[2].idnumber); /* a comment of its own, not of the question */
}

static void a_file_without_questions_says_so(void **state)
{
    (void)state;
    Parsed *p = parse("// alleen commentaar\n\n");
    assert_false(p->ok);
    assert_int_equal(p->d.messages[0].code, DC_GIFT_NO_QUESTIONS);
}

static void the_messages_are_worded_in_both_languages(void **state)
{
    (void)state;
    Parsed *p = parse("A{~%70%a ~%30%b ~c}");
    const DiagMessage *m = message(p, DC_GIFT_WEIGHTS_CHANGED, 1);
    assert_non_null(m);
    assert_non_null(strstr(diag_text(m), "bank.gift:1:1: grading here cannot keep these weights: in the file 70%, 30%, "
                                         "0%, here 50%, 50%, -50%"));
    assert_non_null(strstr(diag_text_nl(m), "gewichten"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(multiple_choice_with_one_right_answer_is_single),
        cmocka_unit_test(answers_on_their_own_lines_keep_their_lines),
        cmocka_unit_test(weights_make_a_multiple_answer_question),
        cmocka_unit_test(weights_our_grading_cannot_keep_are_named),
        cmocka_unit_test(partial_credit_in_a_single_question_is_named),
        cmocka_unit_test(two_equals_in_multiple_choice_skip_the_question),
        cmocka_unit_test(true_false_keeps_its_feedback_the_moodle_way),
        cmocka_unit_test(lower_case_true_is_a_short_answer_as_in_moodle),
        cmocka_unit_test(matching_takes_two_pairs_and_plain_right_sides),
        cmocka_unit_test(matching_without_arrow_is_an_error_at_its_line),
        cmocka_unit_test(matching_distractor_without_left_side_is_left_out),
        cmocka_unit_test(short_answer_becomes_cloze_with_a_blank_at_the_end),
        cmocka_unit_test(a_skipped_answers_feedback_does_not_pass_to_the_next),
        cmocka_unit_test(text_after_the_answers_makes_a_missing_word_question),
        cmocka_unit_test(a_wildcard_in_a_short_answer_is_warned),
        cmocka_unit_test(numerical_answers_in_every_form),
        cmocka_unit_test(numerical_errors_have_lines),
        cmocka_unit_test(essay_and_description_are_skipped_with_a_warning),
        cmocka_unit_test(general_feedback_follows_the_last_four_hashes),
        cmocka_unit_test(escapes_and_unescaped_equals_and_colons_in_the_text),
        cmocka_unit_test(html_is_reduced_to_our_markup),
        cmocka_unit_test(emphasis_tags_keep_their_markers_beside_the_words),
        cmocka_unit_test(markdown_and_plain_texts_stay_as_written),
        cmocka_unit_test(categories_become_sections),
        cmocka_unit_test(a_category_without_a_blank_line_after_it_is_an_error),
        cmocka_unit_test(brace_errors_are_reported_at_their_lines),
        cmocka_unit_test(every_error_of_a_file_is_reported),
        cmocka_unit_test(odd_weights_and_empty_answers_are_warned),
        cmocka_unit_test(crlf_bom_and_windows_1252_are_read),
        cmocka_unit_test(control_characters_become_spaces_with_one_warning),
        cmocka_unit_test(a_question_of_many_lines_keeps_every_line),
        cmocka_unit_test(an_id_in_a_comment_is_moodles_idnumber),
        cmocka_unit_test(a_file_without_questions_says_so),
        cmocka_unit_test(the_messages_are_worded_in_both_languages),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
