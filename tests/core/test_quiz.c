/* test_quiz.c - grading of every question type, folding of cloze answers,
 * the seeded display order, answers as JSON, scenario runs and quiz
 * sessions. Questions are built by hand in an arena; the session, picking
 * and scenario tests also load a small course written to a temporary folder,
 * so they see questions exactly as the loader makes them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../diag_text.h"
#include "quiz.h"
#include "rng.h"

#define assert_score(g, want) assert_true(fabs((g).score - (want)) < 1e-9)

/* ---- building questions by hand ----------------------------------------- */

static char *copy_str(Arena *ar, const char *s)
{
    char *p = arena_strdup(ar, s);
    assert_non_null(p);
    return p;
}

/* A question of TYPE with N options with ids o0, o1, ...; texts T0.., and
 * for matching right-hand texts R0... */
static Question *make_question(Arena *ar, QuestionType type, const char *id, size_t n)
{
    Question *q = arena_alloc(ar, sizeof *q);
    assert_non_null(q);
    q->id = copy_str(ar, id);
    q->type = type;
    q->prompt = copy_str(ar, "vraag");
    q->noptions = n;
    q->options = arena_alloc(ar, n * sizeof *q->options);
    assert_non_null(q->options);
    for (size_t i = 0; i < n; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "o%zu", i);
        q->options[i].id = copy_str(ar, buf);
        snprintf(buf, sizeof buf, "T%zu", i);
        q->options[i].text = copy_str(ar, buf);
        if (type == QUESTION_MATCHING) {
            snprintf(buf, sizeof buf, "R%zu", i);
            q->options[i].match = copy_str(ar, buf);
        }
    }
    return q;
}

/* A choice question whose right options are marked by '1' in RIGHT ("0101"). */
static Question *make_choice(Arena *ar, QuestionType type, const char *right)
{
    Question *q = make_question(ar, type, "q-choice", strlen(right));
    for (size_t i = 0; right[i]; i++)
        q->options[i].correct = right[i] == '1';
    return q;
}

/* A cloze question with one blank per string in ACCEPT; alternatives of one
 * blank are separated by '|'. */
static Question *make_cloze(Arena *ar, size_t n, const char *const *accept)
{
    Question *q = make_question(ar, QUESTION_CLOZE, "q-cloze", n);
    for (size_t i = 0; i < n; i++) {
        Option *o = &q->options[i];
        o->accept = arena_alloc(ar, 8 * sizeof *o->accept);
        char *all = copy_str(ar, accept[i]);
        for (char *tok = strtok(all, "|"); tok && o->naccept < 8; tok = strtok(NULL, "|"))
            o->accept[o->naccept++] = tok;
    }
    return q;
}

static Answer answer_for(const Question *q)
{
    Answer a;
    assert_true(quiz_answer_init(&a, q, NULL));
    return a;
}

static Grade grade(const Question *q, const Answer *a)
{
    Grade g = {0};
    assert_true(quiz_grade(q, a, &g));
    assert_int_equal(g.n, q->noptions);
    return g;
}

/* Frees what a grading test made: the grade, the answer and the arena of
 * its question. */
static void free_graded(Grade *g, Answer *a, Arena *ar)
{
    quiz_grade_free(g);
    quiz_answer_free(a);
    arena_free(ar);
}

/* Asserts that the first N marks of G are all MARK. */
static void assert_all_marks(const Grade *g, size_t n, GradeMark mark)
{
    for (size_t i = 0; i < n; i++)
        assert_int_equal(g->marks[i], mark);
}

static void set_order(Answer *a, const size_t *order)
{
    memcpy(a->order, order, a->n * sizeof *order);
}

/* ---- single and truefalse ----------------------------------------------- */

static void grade_single_right_option_scores_one(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "010");
    Answer a = answer_for(q);
    quiz_answer_choose(&a, 1);
    Grade g = grade(q, &a);
    assert_score(g, 1.0);
    assert_true(g.right);
    assert_int_equal(g.marks[0], GRADE_NEUTRAL);
    assert_int_equal(g.marks[1], GRADE_RIGHT);
    assert_int_equal(g.marks[2], GRADE_NEUTRAL);
    free_graded(&g, &a, &ar);
}

static void grade_single_wrong_option_scores_zero_and_marks_the_right_one_missed(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "010");
    Answer a = answer_for(q);
    quiz_answer_choose(&a, 1);
    quiz_answer_choose(&a, 2); /* replaces the earlier choice */
    assert_false(a.chosen[1]);
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_false(g.right);
    assert_int_equal(g.marks[1], GRADE_MISSED);
    assert_int_equal(g.marks[2], GRADE_WRONG);
    free_graded(&g, &a, &ar);
}

static void grade_single_with_nothing_chosen_scores_zero(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "100");
    Answer a = answer_for(q);
    assert_false(quiz_answer_given(&a));
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_int_equal(g.marks[0], GRADE_MISSED);
    free_graded(&g, &a, &ar);
}

static void grade_single_with_two_options_chosen_scores_zero(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "100");
    Answer a = answer_for(q);
    a.chosen[0] = a.chosen[1] = true; /* only a hand-edited answer can do this */
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_int_equal(g.marks[0], GRADE_RIGHT);
    assert_int_equal(g.marks[1], GRADE_WRONG);
    free_graded(&g, &a, &ar);
}

static void grade_truefalse_scores_one_or_zero(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_TRUEFALSE, "01"); /* the answer is "onjuist" */
    Answer a = answer_for(q);
    quiz_answer_choose(&a, 1);
    Grade g = grade(q, &a);
    assert_score(g, 1.0);
    quiz_answer_choose(&a, 0);
    assert_true(quiz_grade(q, &a, &g)); /* grading again releases the earlier grade */
    assert_score(g, 0.0);
    assert_int_equal(g.marks[0], GRADE_WRONG);
    assert_int_equal(g.marks[1], GRADE_MISSED);
    free_graded(&g, &a, &ar);
}

/* ---- multiple ----------------------------------------------------------- */

static double multiple_score(const char *right, const char *chosen)
{
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_MULTIPLE, right);
    Answer a = answer_for(q);
    for (size_t i = 0; chosen[i]; i++)
        if (chosen[i] == '1')
            quiz_answer_choose(&a, i);
    Grade g = grade(q, &a);
    double s = g.score;
    assert_true(s >= 0.0 && s <= 1.0);
    assert_true(g.right == (s == 1.0));
    free_graded(&g, &a, &ar);
    return s;
}

static void grade_multiple_all_right_options_scores_one(void **state)
{
    (void)state;
    assert_true(multiple_score("10110", "10110") == 1.0);
}

static void grade_multiple_gives_partial_credit(void **state)
{
    (void)state;
    assert_true(fabs(multiple_score("10110", "10100") - 2.0 / 3.0) < 1e-9); /* 2 of 3 right */
    assert_true(fabs(multiple_score("10110", "11110") - 2.0 / 3.0) < 1e-9); /* 3 right, 1 wrong */
    assert_true(fabs(multiple_score("10110", "11100") - 1.0 / 3.0) < 1e-9); /* 2 right, 1 wrong */
}

static void grade_multiple_never_goes_below_zero(void **state)
{
    (void)state;
    assert_true(multiple_score("10110", "11001") == 0.0); /* 1 right, 2 wrong */
    assert_true(multiple_score("1000", "0111") == 0.0);   /* only wrong ones */
}

static void grade_multiple_with_nothing_chosen_scores_zero(void **state)
{
    (void)state;
    assert_true(multiple_score("0110", "0000") == 0.0);
}

static void grade_multiple_with_everything_chosen_scores_right_minus_wrong(void **state)
{
    (void)state;
    assert_true(fabs(multiple_score("11100", "11111") - 1.0 / 3.0) < 1e-9);
    assert_true(multiple_score("1100", "1111") == 0.0);
}

static void answer_choose_toggles_multiple_options(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_MULTIPLE, "110");
    Answer a = answer_for(q);
    quiz_answer_choose(&a, 0);
    quiz_answer_choose(&a, 1);
    quiz_answer_choose(&a, 0);
    assert_false(a.chosen[0]);
    assert_true(a.chosen[1]);
    assert_true(quiz_answer_given(&a));
    quiz_answer_free(&a);
    arena_free(&ar);
}

/* ---- matching ----------------------------------------------------------- */

static void grade_matching_all_pairs_right_scores_one(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_MATCHING, "q-match", 4);
    Answer a = answer_for(q);
    for (size_t i = 0; i < 4; i++)
        quiz_answer_match(&a, i, i);
    Grade g = grade(q, &a);
    assert_score(g, 1.0);
    assert_all_marks(&g, 4, GRADE_RIGHT);
    free_graded(&g, &a, &ar);
}

static void grade_matching_scores_the_share_of_pairs_right(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_MATCHING, "q-match", 4);
    Answer a = answer_for(q);
    quiz_answer_match(&a, 0, 1);
    quiz_answer_match(&a, 1, 0);
    quiz_answer_match(&a, 2, 2);
    quiz_answer_match(&a, 3, 3);
    Grade g = grade(q, &a);
    assert_score(g, 0.5);
    assert_int_equal(g.marks[0], GRADE_WRONG);
    assert_int_equal(g.marks[1], GRADE_WRONG);
    assert_int_equal(g.marks[2], GRADE_RIGHT);
    free_graded(&g, &a, &ar);
}

static void grade_matching_with_nothing_matched_scores_zero(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_MATCHING, "q-match", 3);
    Answer a = answer_for(q);
    assert_false(quiz_answer_given(&a));
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_int_equal(g.marks[0], GRADE_WRONG);
    free_graded(&g, &a, &ar);
}

static void answer_match_gives_each_right_item_to_one_left_item(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_MATCHING, "q-match", 3);
    Answer a = answer_for(q);
    quiz_answer_match(&a, 0, 2);
    quiz_answer_match(&a, 1, 2); /* moves R2 from left 0 to left 1 */
    assert_int_equal(a.match[0], QUIZ_NONE);
    assert_int_equal(a.match[1], 2);
    quiz_answer_match(&a, 1, QUIZ_NONE);
    assert_int_equal(a.match[1], QUIZ_NONE);
    quiz_answer_free(&a);
    arena_free(&ar);
}

/* ---- ordering ----------------------------------------------------------- */

static void grade_ordering_right_order_scores_one(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_ORDERING, "q-order", 4);
    Answer a = answer_for(q); /* no start order: the written, right one */
    Grade g = grade(q, &a);
    assert_score(g, 1.0);
    assert_all_marks(&g, 4, GRADE_RIGHT);
    free_graded(&g, &a, &ar);
}

static void grade_ordering_reversed_scores_only_the_middle_item(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_ORDERING, "q-order", 5);
    Answer a = answer_for(q);
    set_order(&a, (const size_t[]){4, 3, 2, 1, 0});
    Grade g = grade(q, &a);
    assert_score(g, 0.2);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(g.marks[i], i == 2 ? GRADE_RIGHT : GRADE_WRONG);
    free_graded(&g, &a, &ar);
}

/* A row is "right" only at its own place: the items after a moved one are
 * in the right relative order but in the wrong place, so they are wrong. */
static void grade_ordering_marks_an_item_right_only_in_its_own_place(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_ORDERING, "q-order", 5);
    Answer a = answer_for(q);
    set_order(&a, (const size_t[]){4, 0, 1, 2, 3}); /* the last item put first */
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_all_marks(&g, 5, GRADE_WRONG);

    set_order(&a, (const size_t[]){0, 2, 3, 1, 4}); /* item 1 moved two places down */
    assert_true(quiz_grade(q, &a, &g));
    assert_score(g, 0.4);
    assert_int_equal(g.marks[0], GRADE_RIGHT);
    assert_int_equal(g.marks[1], GRADE_WRONG);
    assert_int_equal(g.marks[2], GRADE_WRONG);
    assert_int_equal(g.marks[3], GRADE_WRONG);
    assert_int_equal(g.marks[4], GRADE_RIGHT);
    free_graded(&g, &a, &ar);
}

static void answer_move_shifts_the_items_between(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_ORDERING, "q-order", 4);
    Answer a = answer_for(q);
    quiz_answer_move(&a, 0, 3);
    assert_memory_equal(a.order, ((const size_t[]){1, 2, 3, 0}), 4 * sizeof(size_t));
    quiz_answer_move(&a, 3, 0);
    assert_memory_equal(a.order, ((const size_t[]){0, 1, 2, 3}), 4 * sizeof(size_t));
    quiz_answer_move(&a, 2, 1); /* Alt+Up on the third item */
    assert_memory_equal(a.order, ((const size_t[]){0, 2, 1, 3}), 4 * sizeof(size_t));
    quiz_answer_free(&a);
    arena_free(&ar);
}

/* ---- cloze -------------------------------------------------------------- */

static void grade_cloze_scores_the_share_of_blanks_right(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 3, (const char *const[]){"klant", "account", "omzet"});
    Answer a = answer_for(q);
    assert_true(quiz_answer_set_text(&a, 0, "klant"));
    assert_true(quiz_answer_set_text(&a, 1, "acount"));
    assert_true(quiz_answer_set_text(&a, 2, "Omzet"));
    Grade g = grade(q, &a);
    assert_score(g, 2.0 / 3.0);
    assert_int_equal(g.marks[0], GRADE_RIGHT);
    assert_int_equal(g.marks[1], GRADE_WRONG);
    assert_int_equal(g.marks[2], GRADE_RIGHT);
    assert_int_equal(g.accepted[1], QUIZ_NONE);
    free_graded(&g, &a, &ar);
}

static void grade_cloze_ignores_case_accents_and_spaces(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 2, (const char *const[]){"coördinator", "de accountmanager"});
    const char *const typed[][2] = {
        {"Coördinator ", "de accountmanager"},
        {"coordinator", "  De   Accountmanager\t"},
        {"COÖRDINATOR", "de\302\240accountmanager"},  /* a no-break space */
        {"coo\xCC\x88rdinator", "DE ACCOUNTMANAGER"}, /* o + combining diaeresis */
    };
    for (size_t k = 0; k < sizeof typed / sizeof *typed; k++) {
        Answer a = answer_for(q);
        assert_true(quiz_answer_set_text(&a, 0, typed[k][0]));
        assert_true(quiz_answer_set_text(&a, 1, typed[k][1]));
        Grade g = grade(q, &a);
        assert_score(g, 1.0);
        quiz_grade_free(&g);
        quiz_answer_free(&a);
    }
    /* Spaces inside a word are not collapsed away. */
    Answer a = answer_for(q);
    assert_true(quiz_answer_set_text(&a, 0, "co ordinator"));
    assert_true(quiz_answer_set_text(&a, 1, "de account manager"));
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    free_graded(&g, &a, &ar);
}

static void grade_cloze_accepts_every_accepted_answer(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 1, (const char *const[]){"DMU|decision making unit|beslissingseenheid"});
    const char *typed[] = {"dmu", "Decision Making Unit", "beslissingseenheid "};
    for (size_t k = 0; k < 3; k++) {
        Answer a = answer_for(q);
        assert_true(quiz_answer_set_text(&a, 0, typed[k]));
        Grade g = grade(q, &a);
        assert_score(g, 1.0);
        assert_int_equal(g.accepted[0], k);
        quiz_grade_free(&g);
        quiz_answer_free(&a);
    }
    arena_free(&ar);
}

static void grade_cloze_empty_answer_is_wrong(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 2, (const char *const[]){"klant", "account"});
    /* An accepted answer of only spaces must not make an empty blank right. */
    q->options[1].accept[0] = copy_str(&ar, "   ");
    Answer a = answer_for(q);
    assert_false(quiz_answer_given(&a));
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_true(quiz_answer_set_text(&a, 0, " \t "));
    assert_false(quiz_answer_given(&a));
    assert_true(quiz_grade(q, &a, &g));
    assert_score(g, 0.0);
    assert_int_equal(g.marks[0], GRADE_WRONG);
    assert_int_equal(g.marks[1], GRADE_WRONG);
    free_graded(&g, &a, &ar);
}

static void fold_handles_every_dutch_accent_and_capital(void **state)
{
    (void)state;
    const char *in = "éèëêáàäâíìïîóòöôúùüûçñ ÉÈËÊÁÀÄÂÍÌÏÎÓÒÖÔÚÙÜÛÇÑ";
    char out[256];
    size_t n = quiz_fold(in, out);
    assert_string_equal(out, "eeeeaaaaiiiioooouuuucn eeeeaaaaiiiioooouuuucn");
    assert_int_equal(n, strlen(out));
    assert_true(quiz_fold_equal("Één", "een"));
    assert_true(quiz_fold_equal("ZEEËN", "zeeen"));
}

static void fold_trims_collapses_and_straightens(void **state)
{
    (void)state;
    char out[64];
    quiz_fold("  Auto\xE2\x80\x99s \n  van   de   zaak  ", out);
    assert_string_equal(out, "auto's van de zaak");
    quiz_fold("\xC4\xB2sselmonde", out); /* Ĳ */
    assert_string_equal(out, "ijsselmonde");
    quiz_fold("   ", out);
    assert_string_equal(out, "");
    assert_false(quiz_fold_equal("a b", "ab"));
    assert_false(quiz_fold_equal("klant", "klanten"));
}

static void fold_keeps_invalid_bytes_and_never_grows_the_text(void **state)
{
    (void)state;
    const char *in = "A\377b\303"; /* a stray byte and a cut-off sequence */
    char out[16];
    size_t n = quiz_fold(in, out);
    assert_int_equal(n, 4);
    assert_memory_equal(out, "a\377b\303", 5);
    assert_false(quiz_fold_equal("a\xFF", "a"));
    const char *dutch = "  Ĳ Œ ß ‘x’ “y” – ö\xCC\x88  ";
    char big[64];
    assert_true(quiz_fold(dutch, big) <= strlen(dutch));
}

/* ---- display order ------------------------------------------------------ */

static bool is_permutation(const size_t *v, size_t n)
{
    bool seen[64] = {0};
    for (size_t i = 0; i < n; i++) {
        if (v[i] >= n || seen[v[i]])
            return false;
        seen[v[i]] = true;
    }
    return true;
}

static void shuffle_is_reproducible_for_one_seed(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_MULTIPLE, "10110010");
    QuizOrder o1, o2;
    assert_true(quiz_shuffle(q, 42, &o1));
    assert_true(quiz_shuffle(q, 42, &o2));
    assert_int_equal(o1.n, 8);
    assert_true(is_permutation(o1.shown, 8));
    assert_memory_equal(o1.shown, o2.shown, 8 * sizeof(size_t));
    assert_null(o1.right);
    quiz_order_free(&o1);
    quiz_order_free(&o2);
    arena_free(&ar);
}

static void shuffle_differs_across_seeds_and_questions(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "100000");
    Question *other = make_choice(&ar, QUESTION_SINGLE, "100000");
    other->id = copy_str(&ar, "q-other");
    size_t orders[20][6];
    size_t distinct = 0, same_as_other = 0;
    for (uint64_t seed = 0; seed < 20; seed++) {
        QuizOrder o, p;
        assert_true(quiz_shuffle(q, seed, &o));
        assert_true(quiz_shuffle(other, seed, &p));
        assert_true(is_permutation(o.shown, 6));
        memcpy(orders[seed], o.shown, sizeof orders[seed]);
        bool fresh = true;
        for (uint64_t s = 0; s < seed; s++)
            fresh = fresh && memcmp(orders[s], orders[seed], sizeof orders[seed]) != 0;
        distinct += fresh;
        same_as_other += memcmp(o.shown, p.shown, 6 * sizeof(size_t)) == 0;
        quiz_order_free(&o);
        quiz_order_free(&p);
    }
    /* 720 orders: twenty seeds give at least fifteen different ones. */
    assert_true(distinct >= 15);
    assert_true(same_as_other <= 2);
    arena_free(&ar);
}

static void shuffle_respects_fixed_order(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_choice(&ar, QUESTION_SINGLE, "01000");
    q->fixed_order = true;
    Question *m = make_question(&ar, QUESTION_MATCHING, "q-match", 4);
    m->fixed_order = true;
    for (uint64_t seed = 0; seed < 50; seed++) {
        QuizOrder o;
        assert_true(quiz_shuffle(q, seed, &o));
        for (size_t i = 0; i < 5; i++)
            assert_int_equal(o.shown[i], i);
        quiz_order_free(&o);
        /* Matching keeps the left column; the right one is the answer, so it moves. */
        assert_true(quiz_shuffle(m, seed, &o));
        for (size_t i = 0; i < 4; i++)
            assert_int_equal(o.shown[i], i);
        assert_true(is_permutation(o.right, 4));
        assert_false(memcmp(o.right, o.shown, 4 * sizeof(size_t)) == 0);
        quiz_order_free(&o);
    }
    arena_free(&ar);
}

static void shuffle_never_starts_an_ordering_question_in_the_right_order(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_ORDERING, "q-order", 3);
    q->fixed_order = true; /* the written order is the answer: still shuffled */
    size_t starts[6] = {0};
    for (uint64_t seed = 0; seed < 600; seed++) {
        QuizOrder o;
        assert_true(quiz_shuffle(q, seed, &o));
        assert_true(is_permutation(o.shown, 3));
        assert_false(o.shown[0] == 0 && o.shown[1] == 1 && o.shown[2] == 2);
        starts[o.shown[0] * 2 + (o.shown[1] > o.shown[2])]++;
        Answer a;
        assert_true(quiz_answer_init(&a, q, &o));
        assert_memory_equal(a.order, o.shown, 3 * sizeof(size_t));
        quiz_answer_free(&a);
        quiz_order_free(&o);
    }
    /* The five other orders all occur, each roughly equally often. */
    for (size_t k = 1; k < 6; k++)
        assert_true(starts[k] > 60);
    arena_free(&ar);
}

static void shuffle_never_lines_up_the_matching_columns(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_question(&ar, QUESTION_MATCHING, "q-match", 3);
    for (uint64_t seed = 0; seed < 300; seed++) {
        QuizOrder o;
        assert_true(quiz_shuffle(q, seed, &o));
        assert_true(is_permutation(o.shown, 3));
        assert_true(is_permutation(o.right, 3));
        assert_false(memcmp(o.right, o.shown, 3 * sizeof(size_t)) == 0);
        quiz_order_free(&o);
    }
    arena_free(&ar);
}

static void shuffle_keeps_cloze_blanks_in_prompt_order(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 4, (const char *const[]){"a", "b", "c", "d"});
    QuizOrder o;
    assert_true(quiz_shuffle(q, 7, &o));
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(o.shown[i], i);
    quiz_order_free(&o);
    arena_free(&ar);
}

static void rng_is_reproducible_and_stays_in_range(void **state)
{
    (void)state;
    Rng a, b;
    rng_seed(&a, 1);
    rng_seed(&b, 1);
    for (int i = 0; i < 100; i++)
        assert_true(rng_next(&a) == rng_next(&b));
    rng_seed(&b, 2);
    assert_true(rng_next(&a) != rng_next(&b));
    size_t hits[7] = {0};
    for (int i = 0; i < 7000; i++) {
        uint64_t x = rng_below(&a, 7);
        assert_true(x < 7);
        hits[x]++;
    }
    for (size_t k = 0; k < 7; k++)
        assert_true(hits[k] > 800 && hits[k] < 1200);
    assert_true(rng_mix(1, "q1") != rng_mix(1, "q2"));
    assert_true(rng_mix(1, "q1") == rng_mix(1, "q1"));
}

/* ---- answers as JSON ---------------------------------------------------- */

static void round_trip(const Question *q, const Answer *a, const char *want)
{
    char *json = quiz_answer_to_json(q, a);
    assert_non_null(json);
    if (want)
        assert_string_equal(json, want);
    Answer b;
    assert_true(quiz_answer_from_json(q, json, &b));
    assert_int_equal(b.type, a->type);
    assert_int_equal(b.n, a->n);
    for (size_t i = 0; i < a->n; i++) {
        if (a->chosen)
            assert_int_equal(b.chosen[i], a->chosen[i]);
        if (a->match)
            assert_int_equal(b.match[i], a->match[i]);
        if (a->order)
            assert_int_equal(b.order[i], a->order[i]);
        if (a->text)
            assert_string_equal(b.text[i], a->text[i]);
    }
    char *again = quiz_answer_to_json(q, &b);
    assert_string_equal(again, json);
    free(again);
    free(json);
    quiz_answer_free(&b);
}

static void answer_json_round_trips_every_type(void **state)
{
    (void)state;
    Arena ar = {0};

    Question *single = make_choice(&ar, QUESTION_SINGLE, "010");
    Answer a = answer_for(single);
    round_trip(single, &a, "{\"chosen\":[]}");
    quiz_answer_choose(&a, 1);
    round_trip(single, &a, "{\"chosen\":[\"o1\"]}");
    quiz_answer_free(&a);

    Question *multiple = make_choice(&ar, QUESTION_MULTIPLE, "0110");
    a = answer_for(multiple);
    quiz_answer_choose(&a, 3);
    quiz_answer_choose(&a, 0);
    round_trip(multiple, &a, "{\"chosen\":[\"o0\",\"o3\"]}");
    quiz_answer_free(&a);

    Question *match = make_question(&ar, QUESTION_MATCHING, "q-match", 3);
    a = answer_for(match);
    quiz_answer_match(&a, 0, 2);
    quiz_answer_match(&a, 2, 0);
    round_trip(match, &a, "{\"match\":{\"o0\":\"o2\",\"o1\":null,\"o2\":\"o0\"}}");
    quiz_answer_free(&a);

    Question *order = make_question(&ar, QUESTION_ORDERING, "q-order", 3);
    a = answer_for(order);
    set_order(&a, (const size_t[]){2, 0, 1});
    round_trip(order, &a, "{\"order\":[\"o2\",\"o0\",\"o1\"]}");
    quiz_answer_free(&a);

    Question *cloze = make_cloze(&ar, 2, (const char *const[]){"x", "y"});
    a = answer_for(cloze);
    assert_true(quiz_answer_set_text(&a, 0, "Coördinator \"baas\"\n"));
    round_trip(cloze, &a, NULL);
    round_trip(cloze, &a, "{\"text\":{\"o0\":\"Coördinator \\\"baas\\\"\\n\",\"o1\":\"\"}}");
    quiz_answer_free(&a);
    arena_free(&ar);
}

static void answer_from_json_refuses_unknown_ids_and_wrong_shapes(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *single = make_choice(&ar, QUESTION_SINGLE, "010");
    Question *order = make_question(&ar, QUESTION_ORDERING, "q-order", 3);
    Question *match = make_question(&ar, QUESTION_MATCHING, "q-match", 2);
    Question *cloze = make_cloze(&ar, 1, (const char *const[]){"x"});
    Answer a;
    assert_false(quiz_answer_from_json(single, "", &a));
    assert_false(quiz_answer_from_json(single, "{\"chosen\":[\"zz\"]}", &a));
    assert_false(quiz_answer_from_json(single, "{\"chosen\":[\"o1\",\"o1\"]}", &a));
    assert_false(quiz_answer_from_json(single, "{\"chosen\":\"o1\"}", &a));
    assert_false(quiz_answer_from_json(single, "{\"order\":[\"o1\"]}", &a));
    assert_false(quiz_answer_from_json(single, "{\"chosen\":[],\"extra\":1}", &a));
    assert_false(quiz_answer_from_json(single, "[\"o1\"]", &a));
    assert_false(quiz_answer_from_json(order, "{\"order\":[\"o0\",\"o1\"]}", &a));
    assert_false(quiz_answer_from_json(order, "{\"order\":[\"o0\",\"o1\",\"o1\"]}", &a));
    assert_false(quiz_answer_from_json(match, "{\"match\":{\"o0\":\"o9\"}}", &a));
    assert_false(quiz_answer_from_json(match, "{\"match\":{\"o9\":\"o0\"}}", &a));
    assert_false(quiz_answer_from_json(cloze, "{\"text\":{\"o0\":3}}", &a));
    assert_null(a.chosen); /* a refused answer is left freed */
    /* A missing left item or blank is simply not answered. */
    assert_true(quiz_answer_from_json(match, "{\"match\":{\"o1\":\"o1\"}}", &a));
    assert_int_equal(a.match[0], QUIZ_NONE);
    assert_int_equal(a.match[1], 1);
    quiz_answer_free(&a);
    assert_true(quiz_answer_from_json(cloze, "{\"text\":{}}", &a));
    assert_string_equal(a.text[0], "");
    quiz_answer_free(&a);
    arena_free(&ar);
}

/* ---- scenarios ---------------------------------------------------------- */

/* n0 -a(2)-> n1 -a(3)-> good          best: a, a = 5
 *    -b(0)-> n2 -a(1)-> middle        worst: b, a = 1
 *    -c(1)-> bad   n1 -b(0)-> bad */
static Scenario *make_scenario(Arena *ar)
{
    Scenario *sc = arena_alloc(ar, sizeof *sc);
    sc->id = copy_str(ar, "sc-test");
    sc->nnodes = 6;
    sc->nodes = arena_alloc(ar, 6 * sizeof *sc->nodes);
    static const char *const ids[] = {"n0", "n1", "n2", "good", "middle", "bad"};
    for (size_t i = 0; i < 6; i++) {
        sc->nodes[i].id = copy_str(ar, ids[i]);
        sc->nodes[i].end = i >= 3;
    }
    struct {
        size_t node, next;
        int points;
    } const edges[] = {{0, 1, 2}, {0, 2, 0}, {0, 5, 1}, {1, 3, 3}, {1, 5, 0}, {2, 4, 1}};
    for (size_t e = 0; e < sizeof edges / sizeof *edges; e++) {
        ScenarioNode *n = &sc->nodes[edges[e].node];
        if (!n->choices)
            n->choices = arena_alloc(ar, 3 * sizeof *n->choices);
        Choice *c = &n->choices[n->nchoices++];
        c->id = copy_str(ar, n->nchoices == 1 ? "a" : n->nchoices == 2 ? "b" : "c");
        c->points = edges[e].points;
        c->next_index = edges[e].next;
        c->feedback = copy_str(ar, "gevolg");
    }
    sc->start = 0;
    sc->best_points = 5; /* the loader computes these */
    sc->worst_points = 1;
    return sc;
}

static void scenario_best_path_earns_the_best_points(void **state)
{
    (void)state;
    Arena ar = {0};
    Scenario *sc = make_scenario(&ar);
    ScenarioRun r;
    assert_true(quiz_scenario_start(&r, sc));
    assert_null(quiz_scenario_last(&r));
    assert_false(quiz_scenario_ended(&r));
    assert_ptr_equal(quiz_scenario_node(&r), &sc->nodes[0]);
    assert_ptr_equal(quiz_scenario_choose(&r, 0), &sc->nodes[0].choices[0]);
    assert_ptr_equal(quiz_scenario_last(&r), &sc->nodes[0].choices[0]);
    assert_false(quiz_scenario_ended(&r));
    assert_non_null(quiz_scenario_choose(&r, 0));
    assert_true(quiz_scenario_ended(&r));
    assert_string_equal(quiz_scenario_node(&r)->id, "good");
    assert_int_equal(r.points, sc->best_points);
    assert_true(quiz_scenario_score(&r) == 1.0);
    assert_int_equal(r.nchoices, 2);
    assert_memory_equal(r.nodes, ((const size_t[]){0, 1, 3}), 3 * sizeof(size_t));
    assert_memory_equal(r.choices, ((const size_t[]){0, 0}), 2 * sizeof(size_t));
    quiz_scenario_free(&r);
    arena_free(&ar);
}

static void scenario_worst_path_keeps_its_path_and_points(void **state)
{
    (void)state;
    Arena ar = {0};
    Scenario *sc = make_scenario(&ar);
    ScenarioRun r;
    assert_true(quiz_scenario_start(&r, sc));
    assert_non_null(quiz_scenario_choose(&r, 1));
    assert_non_null(quiz_scenario_choose(&r, 0));
    assert_true(quiz_scenario_ended(&r));
    assert_string_equal(quiz_scenario_node(&r)->id, "middle");
    assert_int_equal(r.points, sc->worst_points);
    assert_true(fabs(quiz_scenario_score(&r) - 0.2) < 1e-9);
    assert_memory_equal(r.nodes, ((const size_t[]){0, 2, 4}), 3 * sizeof(size_t));
    assert_memory_equal(r.choices, ((const size_t[]){1, 0}), 2 * sizeof(size_t));
    quiz_scenario_free(&r);
    arena_free(&ar);
}

static void scenario_refuses_a_choice_after_the_end_or_out_of_range(void **state)
{
    (void)state;
    Arena ar = {0};
    Scenario *sc = make_scenario(&ar);
    ScenarioRun r;
    assert_true(quiz_scenario_start(&r, sc));
    assert_null(quiz_scenario_choose(&r, 3));
    assert_int_equal(r.nchoices, 0);
    assert_non_null(quiz_scenario_choose(&r, 2));
    assert_true(quiz_scenario_ended(&r));
    assert_null(quiz_scenario_choose(&r, 0));
    assert_int_equal(r.nchoices, 1);
    assert_int_equal(r.points, 1);
    quiz_scenario_free(&r);
    arena_free(&ar);
}

static void scenario_restart_clears_the_path_and_points(void **state)
{
    (void)state;
    Arena ar = {0};
    Scenario *sc = make_scenario(&ar);
    ScenarioRun r;
    assert_true(quiz_scenario_start(&r, sc));
    quiz_scenario_choose(&r, 0);
    quiz_scenario_choose(&r, 1);
    assert_true(quiz_scenario_ended(&r));
    quiz_scenario_restart(&r);
    assert_false(quiz_scenario_ended(&r));
    assert_int_equal(r.nchoices, 0);
    assert_int_equal(r.points, 0);
    assert_null(quiz_scenario_last(&r));
    assert_ptr_equal(quiz_scenario_node(&r), &sc->nodes[0]);
    quiz_scenario_free(&r);
    arena_free(&ar);
}

/* ---- near misses and changed answers ------------------------------------ */

static void near_miss_is_one_letter_off_or_two_for_words_over_ten_letters(void **state)
{
    (void)state;
    /* 19 letters: two edits are near, three are not. */
    assert_true(quiz_near_miss("kwalificatiedosier", "kwalificatiedossier"));
    assert_true(quiz_near_miss("kwalificatiedosie", "kwalificatiedossier"));
    assert_false(quiz_near_miss("kwalificatiedosi", "kwalificatiedossier"));
    /* 5 letters: one edit (insert, delete, replace) is near, two are not. */
    assert_true(quiz_near_miss("klnt", "klant"));
    assert_true(quiz_near_miss("klantt", "klant"));
    assert_true(quiz_near_miss("klont", "klant"));
    assert_false(quiz_near_miss("kln", "klant"));
    assert_false(quiz_near_miss("kolnt", "klant"));
    /* Case and accents do not count, as in grading; right is not "near". */
    assert_true(quiz_near_miss("KLNT", "Klant"));
    assert_false(quiz_near_miss("KLANT", "klant"));
    assert_false(quiz_near_miss("", "klant"));
    assert_false(quiz_near_miss("  ", "a"));
    /* Counted in code points, not bytes: "coördinaat" has 10 letters (11
     * bytes), so only one edit is near. */
    assert_true(quiz_near_miss("cordinaat", "co\xC3\xB6rdinaat"));
    assert_false(quiz_near_miss("crdinaat", "co\xC3\xB6rdinaat"));
}

static void grade_cloze_one_letter_off_is_a_near_miss_that_is_not_right(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *q = make_cloze(&ar, 2, (const char *const[]){"kwalificatiedossier", "klant|afnemer"});
    Answer a = answer_for(q);
    assert_true(quiz_answer_set_text(&a, 0, "kwalificatiedosier"));
    assert_true(quiz_answer_set_text(&a, 1, "afnemr"));
    Grade g = grade(q, &a);
    assert_score(g, 0.0);
    assert_false(g.right);
    assert_true(g.near_miss);
    assert_true(g.near[0] && g.near[1]);
    assert_all_marks(&g, 2, GRADE_WRONG);
    /* Far off is plain wrong, and the whole answer no longer "almost"
     * right; right is not a near miss either. */
    assert_true(quiz_answer_set_text(&a, 1, "leverancier"));
    assert_true(quiz_grade(q, &a, &g));
    assert_true(g.near[0]);
    assert_false(g.near[1]);
    assert_false(g.near_miss);
    assert_true(quiz_answer_set_text(&a, 0, "Kwalificatiedossier"));
    assert_true(quiz_grade(q, &a, &g));
    assert_false(g.near_miss);
    assert_false(g.near[0] || g.near[1]);
    free_graded(&g, &a, &ar);
}

static void answer_equal_compares_every_type(void **state)
{
    (void)state;
    Arena ar = {0};
    Question *qs[] = {make_choice(&ar, QUESTION_MULTIPLE, "0101"), make_question(&ar, QUESTION_MATCHING, "q-m", 3),
                      make_question(&ar, QUESTION_ORDERING, "q-o", 3),
                      make_cloze(&ar, 1, (const char *const[]){"klant"})};
    for (size_t k = 0; k < 4; k++) {
        Answer a = answer_for(qs[k]), b = answer_for(qs[k]);
        assert_true(quiz_answer_equal(&a, &b));
        switch (qs[k]->type) {
        case QUESTION_MULTIPLE:
            quiz_answer_choose(&b, 1);
            break;
        case QUESTION_MATCHING:
            quiz_answer_match(&b, 0, 2);
            break;
        case QUESTION_ORDERING:
            quiz_answer_move(&b, 0, 2);
            break;
        default:
            assert_true(quiz_answer_set_text(&a, 0, "Klant "));
            assert_true(quiz_answer_set_text(&b, 0, "klant"));
            assert_true(quiz_answer_equal(&a, &b)); /* the same after folding */
            assert_true(quiz_answer_set_text(&b, 0, "klanten"));
            break;
        }
        assert_false(quiz_answer_equal(&a, &b));
        quiz_answer_free(&a);
        quiz_answer_free(&b);
    }
    arena_free(&ar);
}

/* ---- a small course on disk --------------------------------------------- */

/* The files of the course, with ' for " to keep them readable; write_file()
 * turns them back. */
static const char COURSE_JSON[] = "{'format':1,'kind':'course','id':'t','title':'Test','version':'1',"
                                  "'chapters':[{'id':'h1','title':'Een','sections':['s1','s2']},"
                                  "{'id':'h2','title':'Twee','sections':['s3']}],"
                                  "'files':['s1.json','s2.json','s3.json','sc.json','qs.json']}";

static const char S1_JSON[] =
    "{'format':1,'kind':'section','id':'s1','number':'1.1','title':'Een',"
    "'goals':[{'id':'s1.g1','text':'een'},{'id':'s1.g2','text':'twee'}],"
    "'blocks':[{'type':'paragraph','id':'b1','text':'Tekst.'}],"
    "'questions':["
    "{'id':'q-single','type':'single','goal':'s1.g1','difficulty':1,'prompt':'Welke?',"
    "'options':[{'id':'a','text':'A','correct':true,'feedback':'ja'},"
    "{'id':'b','text':'B','correct':false,'feedback':'nee'},"
    "{'id':'c','text':'C','correct':false,'feedback':'nee'}],'explanation':'Omdat.'},"
    "{'id':'q-tf','type':'truefalse','goal':'s1.g2','difficulty':1,'prompt':'Waar?',"
    "'answer':false,'feedback_true':'nee','feedback_false':'ja','explanation':'Omdat.'},"
    "{'id':'q-order','type':'ordering','goal':'s1.g1','difficulty':2,'prompt':'Zet op volgorde.',"
    "'items':[{'id':'i1','text':'een','feedback':'f'},{'id':'i2','text':'twee','feedback':'f'},"
    "{'id':'i3','text':'drie','feedback':'f'}],'explanation':'Omdat.'}]}";

static const char S2_JSON[] = "{'format':1,'kind':'section','id':'s2','number':'1.2','title':'Twee',"
                              "'goals':[{'id':'s2.g1','text':'drie'}],"
                              "'blocks':[{'type':'paragraph','text':'Tekst.'}],"
                              "'questions':["
                              "{'id':'q-cloze','type':'cloze','goal':'s2.g1','difficulty':1,'prompt':'De ___ belt.',"
                              "'blanks':[{'id':'b1','accept':['coördinator','regisseur'],'feedback':'f'}],"
                              "'explanation':'Omdat.'},"
                              "{'id':'q-match','type':'matching','goal':'s2.g1','difficulty':2,'prompt':'Koppel.',"
                              "'pairs':[{'id':'p1','left':'L1','right':'R1','feedback':'f'},"
                              "{'id':'p2','left':'L2','right':'R2','feedback':'f'},"
                              "{'id':'p3','left':'L3','right':'R3','feedback':'f'}],'explanation':'Omdat.'},"
                              "{'id':'q-multi','type':'multiple','goal':'s1.g2','difficulty':2,'prompt':'Welke?',"
                              "'options':[{'id':'a','text':'A','correct':true,'feedback':'ja'},"
                              "{'id':'b','text':'B','correct':true,'feedback':'ja'},"
                              "{'id':'c','text':'C','correct':false,'feedback':'nee'}],'explanation':'Omdat.'}]}";

static const char S3_JSON[] = "{'format':1,'kind':'section','id':'s3','number':'2.1','title':'Drie',"
                              "'goals':[{'id':'s3.g1','text':'vier'}],"
                              "'blocks':[{'type':'paragraph','text':'Tekst.'}],"
                              "'questions':["
                              "{'id':'q-s3','type':'single','goal':'s3.g1','difficulty':1,'prompt':'Welke?',"
                              "'options':[{'id':'a','text':'A','correct':false,'feedback':'nee'},"
                              "{'id':'b','text':'B','correct':true,'feedback':'ja'}],'explanation':'Omdat.'}]}";

static const char SC_JSON[] = "{'format':1,'kind':'scenario','id':'sc-t','title':'Case','intro':'Je bent ...',"
                              "'sections':['s1'],'start':'n1','nodes':["
                              "{'id':'n1','text':'Wat doe je?','choices':["
                              "{'id':'a','text':'A','feedback':'f','points':1,'next':'n2'},"
                              "{'id':'b','text':'B','feedback':'f','points':3,'next':'n3'},"
                              "{'id':'c','text':'C','feedback':'f','points':0,'next':'slecht'}]},"
                              "{'id':'n2','text':'En nu?','choices':["
                              "{'id':'a','text':'A','feedback':'f','points':4,'next':'goed'},"
                              "{'id':'b','text':'B','feedback':'f','points':0,'next':'slecht'}]},"
                              "{'id':'n3','text':'En dan?','choices':["
                              "{'id':'a','text':'A','feedback':'f','points':1,'next':'goed'},"
                              "{'id':'b','text':'B','feedback':'f','points':0,'next':'slecht'}]},"
                              "{'id':'goed','end':true,'title':'Goed','text':'Gelukt.','debrief':'Zo.'},"
                              "{'id':'slecht','end':true,'title':'Mis','text':'Mislukt.','debrief':'Zo.'}]}";

static const char QS_JSON[] = "{'format':1,'kind':'quizset','id':'klas','title':'Klas','questions':["
                              "{'id':'kq-1','type':'truefalse','section':'s1','goal':'s1.g1','difficulty':1,"
                              "'prompt':'Waar?','answer':true,'feedback_true':'ja','feedback_false':'nee',"
                              "'explanation':'Omdat.'}]}";

typedef struct {
    char dir[64];
    Course *course;
} Fixture;

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    for (const char *p = text; *p; p++)
        assert_true(fputc(*p == '\'' ? '"' : *p, f) != EOF);
    assert_int_equal(fclose(f), 0);
}

static const char *const FILES[] = {"course.json", "s1.json", "s2.json", "s3.json", "sc.json", "qs.json"};

static int course_setup(void **state)
{
    Fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/test_quiz.XXXXXX");
    if (!mkdtemp(fx->dir)) {
        free(fx);
        return -1;
    }
    const char *const texts[] = {COURSE_JSON, S1_JSON, S2_JSON, S3_JSON, SC_JSON, QS_JSON};
    for (size_t i = 0; i < 6; i++)
        write_file(fx->dir, FILES[i], texts[i]);
    Diag d;
    diag_init(&d);
    fx->course = course_load(fx->dir, &d);
    for (size_t i = 0; !fx->course && i < d.count; i++)
        fprintf(stderr, "%s\n", diag_text(&d.messages[i]));
    diag_free(&d);
    *state = fx;
    return fx->course ? 0 : -1;
}

static int course_teardown(void **state)
{
    Fixture *fx = *state;
    if (!fx)
        return 0;
    course_free(fx->course);
    for (size_t i = 0; i < 6; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s", fx->dir, FILES[i]);
        unlink(path);
    }
    rmdir(fx->dir);
    free(fx);
    return 0;
}

static size_t index_of(const Course *c, const char *id)
{
    const Question *q = course_question(c, id);
    assert_non_null(q);
    return (size_t)(q - c->questions);
}

static void loaded_truefalse_is_graded_by_its_true_and_false_options(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    const Question *q = &c->questions[index_of(c, "q-tf")];
    Answer a = answer_for(q);
    quiz_answer_choose(&a, 1); /* "onjuist" */
    assert_string_equal(q->options[1].id, "false");
    Grade g = grade(q, &a);
    assert_score(g, 1.0);
    char *json = quiz_answer_to_json(q, &a);
    assert_string_equal(json, "{\"chosen\":[\"false\"]}");
    free(json);
    quiz_grade_free(&g);
    quiz_answer_free(&a);
}

static void pick_finds_the_questions_of_a_section_chapter_goal_and_quizset(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t *out = calloc(c->nquestions, sizeof *out);
    assert_non_null(out);
    const Section *s1 = course_section(c, "s1");
    /* The quiz set's question counts as one of its section too. */
    size_t n = quiz_pick_section(c, (size_t)(s1 - c->sections), out);
    assert_int_equal(n, 4);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(c->questions[out[i]].section, "s1");
    assert_int_equal(quiz_pick_chapter(c, 0, out), 7);
    assert_int_equal(quiz_pick_chapter(c, 1, out), 1);
    assert_string_equal(c->questions[out[0]].id, "q-s3");
    n = quiz_pick_goals(c, (const char *const[]){"s1.g2", "s3.g1"}, 2, out);
    assert_int_equal(n, 3); /* q-tf, q-multi, q-s3 */
    for (size_t i = 0; i + 1 < n; i++)
        assert_true(out[i] < out[i + 1]);
    assert_int_equal(quiz_pick_quizset(c, &c->quizsets[0], out), 1);
    assert_string_equal(c->questions[out[0]].id, "kq-1");
    assert_int_equal(quiz_pick_all(c, out), c->nquestions);
    free(out);
}

/* Answers the current item right or wrong, whatever its type. */
static void answer_current(Quiz *z, bool right)
{
    QuizItem *it = quiz_item(z);
    assert_non_null(it);
    const Question *q = quiz_question(z, it);
    Answer *a = &it->answer;
    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTIPLE:
        memset(a->chosen, 0, a->n * sizeof *a->chosen);
        for (size_t i = 0; i < a->n; i++)
            a->chosen[i] = q->options[i].correct == right;
        break;
    case QUESTION_MATCHING:
        for (size_t i = 0; i < a->n; i++)
            a->match[i] = right ? i : (i + 1) % a->n;
        break;
    case QUESTION_ORDERING:
        for (size_t k = 0; k < a->n; k++)
            a->order[k] = right ? k : a->n - 1 - k;
        break;
    case QUESTION_CLOZE:
        for (size_t i = 0; i < a->n; i++)
            assert_true(quiz_answer_set_text(a, i, right ? q->options[i].accept[0] : "fout"));
        break;
    case QUESTION_NUMERIC: {
        char num[64];
        snprintf(num, sizeof num, "%.6f", right ? q->numeric[0].value : 1e11);
        assert_true(quiz_answer_set_text(a, 0, num));
        break;
    }
    case QUESTION_TYPE_COUNT:
        fail();
    }
}

static void quiz_practice_allows_one_retry_before_showing_the_answer(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-multi"), index_of(c, "q-cloze")};
    Quiz z;
    assert_true(quiz_start(&z, c, qs, 2, QUIZ_PRACTICE, 1));
    answer_current(&z, false);
    assert_true(quiz_check(&z));
    QuizItem *it = quiz_item(&z);
    assert_int_equal(it->state, QUIZ_RETRY);
    assert_false(quiz_finished(&z));
    answer_current(&z, true);
    assert_true(quiz_check(&z));
    assert_int_equal(it->state, QUIZ_CHECKED);
    assert_true(it->grade.right);
    assert_int_equal(it->checks, 2);
    assert_true(it->first_score == 0.0);
    assert_true(quiz_check(&z)); /* checking a checked item changes nothing */
    assert_int_equal(it->checks, 2);

    assert_true(quiz_next(&z));
    answer_current(&z, false);
    assert_true(quiz_check(&z));
    assert_int_equal(quiz_item(&z)->state, QUIZ_RETRY);
    assert_true(quiz_check(&z)); /* still wrong: now the answer is shown */
    assert_int_equal(quiz_item(&z)->state, QUIZ_CHECKED);
    assert_false(quiz_item(&z)->grade.right);
    assert_false(quiz_next(&z));
    assert_null(quiz_item(&z));
    assert_true(quiz_finished(&z));

    QuizTally t;
    quiz_tally(&z, &t);
    assert_int_equal(t.total, 2);
    assert_int_equal(t.checked, 2);
    assert_int_equal(t.right, 0);
    assert_int_equal(t.missed, 2);
    assert_int_equal(t.retry_right, 1);
    assert_true(t.score == 0.0);
    quiz_free(&z);
}

/* The marks of a check belong to the answer checked: once it changes they
 * no longer apply (nothing of the new answer is marked before its check). */
static void quiz_marks_vanish_as_soon_as_the_answer_changes(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    const char *ids[] = {"q-multi", "q-match", "q-order", "q-cloze", "q-single", "q-tf"};
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
        size_t qs[] = {index_of(c, ids[k])};
        Quiz z;
        assert_true(quiz_start(&z, c, qs, 1, QUIZ_PRACTICE, 1));
        QuizItem *it = quiz_item(&z);
        assert_false(quiz_item_marked(it));
        answer_current(&z, false);
        assert_true(quiz_check(&z));
        assert_int_equal(it->state, QUIZ_RETRY);
        assert_true(quiz_item_marked(it));
        answer_current(&z, true);
        assert_false(quiz_item_marked(it));
        answer_current(&z, false); /* back to the answer checked: its marks again */
        assert_true(quiz_item_marked(it));
        answer_current(&z, true);
        assert_true(quiz_check(&z));
        assert_int_equal(it->state, QUIZ_CHECKED);
        assert_true(quiz_item_marked(it));
        quiz_free(&z);
    }
}

/* Each checked question is in exactly one count; one waiting for its retry
 * is in none, and the score counts first checks of checked ones only. */
static void quiz_tally_puts_each_checked_question_under_one_rule(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-single"), index_of(c, "q-multi"), index_of(c, "q-match"), index_of(c, "q-order")};
    Quiz z;
    assert_true(quiz_start(&z, c, qs, 4, QUIZ_PRACTICE, 1));
    bool first[] = {true, false, false, false}, second[] = {true, true, false, false};
    for (size_t k = 0; k < 4; k++) {
        assert_true(quiz_goto(&z, k));
        answer_current(&z, first[k]);
        assert_true(quiz_check(&z));
        if (k == 3)
            break; /* left waiting for its retry */
        if (quiz_item(&z)->state == QUIZ_RETRY) {
            answer_current(&z, second[k]);
            assert_true(quiz_check(&z));
        }
    }
    QuizTally t;
    quiz_tally(&z, &t);
    assert_int_equal(t.checked, 3);
    assert_int_equal(t.right, 1);
    assert_int_equal(t.retry_right, 1);
    assert_int_equal(t.wrong, 1);
    assert_int_equal(t.right + t.retry_right + t.wrong, t.checked);
    assert_int_equal(t.missed, t.retry_right + t.wrong);
    assert_true(fabs(t.score - 1.0) < 1e-9);
    quiz_free(&z);
}

/* A cloze answer one letter off is a near miss: the student may try again
 * (the retry), it never counts as right, and in a test it is simply wrong. */
static void quiz_near_miss_gets_a_retry_but_no_credit(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-cloze")};
    Quiz z;
    assert_true(quiz_start(&z, c, qs, 1, QUIZ_PRACTICE, 1));
    QuizItem *it = quiz_item(&z);
    assert_true(quiz_answer_set_text(&it->answer, 0, "coordinatr"));
    assert_true(quiz_check(&z));
    assert_true(it->grade.near_miss);
    assert_true(it->grade.score == 0.0);
    assert_true(it->first_score == 0.0);
    assert_int_equal(it->state, QUIZ_RETRY);
    assert_true(quiz_check(&z)); /* near again: the answer shows, not right */
    assert_int_equal(it->state, QUIZ_CHECKED);
    assert_false(it->grade.right);
    QuizTally t;
    quiz_tally(&z, &t);
    assert_int_equal(t.wrong, 1);
    assert_int_equal(t.right + t.retry_right, 0);
    quiz_free(&z);

    assert_true(quiz_start(&z, c, qs, 1, QUIZ_TEST, 1));
    it = quiz_item(&z);
    assert_true(quiz_answer_set_text(&it->answer, 0, "coordinatr"));
    assert_true(quiz_check(&z));
    assert_int_equal(it->state, QUIZ_CHECKED);
    assert_true(it->grade.score == 0.0);
    quiz_free(&z);
}

static void quiz_test_mode_checks_each_question_once(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-single")};
    Quiz z;
    assert_true(quiz_start(&z, c, qs, 1, QUIZ_TEST, 1));
    answer_current(&z, false);
    assert_true(quiz_check(&z));
    assert_int_equal(quiz_item(&z)->state, QUIZ_CHECKED);
    assert_int_equal(quiz_item(&z)->checks, 1);
    quiz_free(&z);
}

static void quiz_counts_first_checks_and_lists_the_missed_questions(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t *qs = calloc(c->nquestions, sizeof *qs);
    size_t n = quiz_pick_chapter(c, 0, qs);
    Quiz z;
    assert_true(quiz_start(&z, c, qs, n, QUIZ_PRACTICE, 99));
    /* Every type right, except the 2nd and 5th question. */
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(z.pos, k);
        answer_current(&z, k != 1 && k != 4);
        assert_true(quiz_check(&z));
        if (quiz_item(&z)->state == QUIZ_RETRY)
            assert_true(quiz_check(&z));
        assert_int_equal(quiz_item(&z)->state, QUIZ_CHECKED);
        assert_int_equal(quiz_next(&z), k + 1 < n);
    }
    QuizTally t;
    quiz_tally(&z, &t);
    assert_int_equal(t.right, n - 2);
    assert_int_equal(t.missed, 2);
    assert_true(fabs(t.score - (double)(n - 2)) < 1e-9);
    size_t missed[16];
    assert_int_equal(quiz_missed(&z, missed), 2);
    assert_int_equal(missed[0], 1);
    assert_int_equal(missed[1], 4);
    assert_true(quiz_goto(&z, missed[1]));
    assert_int_equal(quiz_item(&z)->question, qs[4]);
    assert_false(quiz_goto(&z, n + 1));

    /* "Oefen mijn fouten": only those two, in the same order, open again. */
    Quiz again;
    assert_true(quiz_start_missed(&again, &z, 100));
    assert_int_equal(again.nitems, 2);
    assert_int_equal(again.mode, QUIZ_PRACTICE);
    assert_int_equal(again.items[0].question, qs[1]);
    assert_int_equal(again.items[1].question, qs[4]);
    assert_int_equal(again.items[0].state, QUIZ_OPEN);
    assert_int_equal(again.pos, 0);
    quiz_free(&again);
    quiz_free(&z);
    free(qs);
}

static void quiz_next_comes_back_to_skipped_questions(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-single"), index_of(c, "q-tf"), index_of(c, "q-order")};
    Quiz z;
    assert_true(quiz_start(&z, c, qs, 3, QUIZ_TEST, 5));
    assert_true(quiz_next(&z)); /* skip the first */
    assert_int_equal(z.pos, 1);
    answer_current(&z, true);
    assert_true(quiz_check(&z));
    assert_true(quiz_next(&z));
    assert_int_equal(z.pos, 2);
    answer_current(&z, true);
    assert_true(quiz_check(&z));
    assert_true(quiz_next(&z)); /* back to the skipped one */
    assert_int_equal(z.pos, 0);
    assert_true(quiz_next(&z)); /* the only one left: stay */
    assert_int_equal(z.pos, 0);
    answer_current(&z, true);
    assert_true(quiz_check(&z));
    assert_false(quiz_next(&z));
    assert_int_equal(z.pos, 3);
    assert_false(quiz_check(&z));
    quiz_free(&z);
}

static void quiz_shuffles_each_item_and_starts_ordering_unsolved(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    size_t qs[] = {index_of(c, "q-order"), index_of(c, "q-match"), index_of(c, "q-tf")};
    Quiz z, same;
    assert_true(quiz_start(&z, c, qs, 3, QUIZ_PRACTICE, 12345));
    assert_true(quiz_start(&same, c, qs, 3, QUIZ_PRACTICE, 12345));
    for (size_t k = 0; k < 3; k++)
        assert_memory_equal(z.items[k].order.shown, same.items[k].order.shown, z.items[k].order.n * sizeof(size_t));
    Grade g = grade(&c->questions[qs[0]], &z.items[0].answer);
    assert_false(g.right); /* the start order is never the answer */
    quiz_grade_free(&g);
    /* truefalse is loaded with a fixed order: juist, onjuist. */
    assert_int_equal(z.items[2].order.shown[0], 0);
    assert_int_equal(z.items[2].order.shown[1], 1);
    quiz_free(&same);
    quiz_free(&z);
}

static void quiz_with_no_questions_is_finished(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    Quiz z;
    assert_true(quiz_start(&z, c, NULL, 0, QUIZ_PRACTICE, 1));
    assert_true(quiz_finished(&z));
    assert_null(quiz_item(&z));
    assert_false(quiz_next(&z));
    QuizTally t;
    quiz_tally(&z, &t);
    assert_int_equal(t.total, 0);
    quiz_free(&z);
}

/* Plays the loaded scenario along the path with the most points, found by
 * trying every path, and checks the loader's best_points against it. */
static int best_from(const Scenario *sc, size_t node, size_t *path, size_t depth, size_t *best_path, size_t *best_len)
{
    const ScenarioNode *n = &sc->nodes[node];
    if (n->end) {
        return 0;
    }
    int best = -1;
    for (size_t i = 0; i < n->nchoices; i++) {
        path[depth] = i;
        size_t sub[16], sublen = 0;
        int p = n->choices[i].points + best_from(sc, n->choices[i].next_index, path, depth + 1, sub, &sublen);
        if (p > best) {
            best = p;
            best_path[0] = i;
            memcpy(best_path + 1, sub, sublen * sizeof *sub);
            *best_len = sublen + 1;
        }
    }
    return best;
}

static void scenario_loaded_best_points_are_earned_along_the_best_path(void **state)
{
    const Course *c = ((Fixture *)*state)->course;
    const Scenario *sc = course_scenario(c, "sc-t");
    assert_non_null(sc);
    size_t path[16], best_path[16], len = 0;
    int best = best_from(sc, sc->start, path, 0, best_path, &len);
    assert_int_equal(best, sc->best_points);
    assert_int_equal(sc->best_points, 5);
    assert_int_equal(sc->worst_points, 0);
    ScenarioRun r;
    assert_true(quiz_scenario_start(&r, sc));
    for (size_t k = 0; k < len; k++)
        assert_non_null(quiz_scenario_choose(&r, best_path[k]));
    assert_true(quiz_scenario_ended(&r));
    assert_string_equal(quiz_scenario_node(&r)->id, "goed");
    assert_int_equal(r.points, sc->best_points);
    assert_true(quiz_scenario_score(&r) == 1.0);
    /* The worst path: straight to the bad ending. */
    quiz_scenario_restart(&r);
    assert_non_null(quiz_scenario_choose(&r, 2));
    assert_true(quiz_scenario_ended(&r));
    assert_int_equal(r.points, sc->worst_points);
    assert_true(quiz_scenario_score(&r) == 0.0);
    quiz_scenario_free(&r);
}

int main(void)
{
    const struct CMUnitTest pure[] = {
        cmocka_unit_test(grade_single_right_option_scores_one),
        cmocka_unit_test(grade_single_wrong_option_scores_zero_and_marks_the_right_one_missed),
        cmocka_unit_test(grade_single_with_nothing_chosen_scores_zero),
        cmocka_unit_test(grade_single_with_two_options_chosen_scores_zero),
        cmocka_unit_test(grade_truefalse_scores_one_or_zero),
        cmocka_unit_test(grade_multiple_all_right_options_scores_one),
        cmocka_unit_test(grade_multiple_gives_partial_credit),
        cmocka_unit_test(grade_multiple_never_goes_below_zero),
        cmocka_unit_test(grade_multiple_with_nothing_chosen_scores_zero),
        cmocka_unit_test(grade_multiple_with_everything_chosen_scores_right_minus_wrong),
        cmocka_unit_test(answer_choose_toggles_multiple_options),
        cmocka_unit_test(grade_matching_all_pairs_right_scores_one),
        cmocka_unit_test(grade_matching_scores_the_share_of_pairs_right),
        cmocka_unit_test(grade_matching_with_nothing_matched_scores_zero),
        cmocka_unit_test(answer_match_gives_each_right_item_to_one_left_item),
        cmocka_unit_test(grade_ordering_right_order_scores_one),
        cmocka_unit_test(grade_ordering_reversed_scores_only_the_middle_item),
        cmocka_unit_test(grade_ordering_marks_an_item_right_only_in_its_own_place),
        cmocka_unit_test(answer_move_shifts_the_items_between),
        cmocka_unit_test(grade_cloze_scores_the_share_of_blanks_right),
        cmocka_unit_test(grade_cloze_ignores_case_accents_and_spaces),
        cmocka_unit_test(grade_cloze_accepts_every_accepted_answer),
        cmocka_unit_test(grade_cloze_empty_answer_is_wrong),
        cmocka_unit_test(near_miss_is_one_letter_off_or_two_for_words_over_ten_letters),
        cmocka_unit_test(grade_cloze_one_letter_off_is_a_near_miss_that_is_not_right),
        cmocka_unit_test(answer_equal_compares_every_type),
        cmocka_unit_test(fold_handles_every_dutch_accent_and_capital),
        cmocka_unit_test(fold_trims_collapses_and_straightens),
        cmocka_unit_test(fold_keeps_invalid_bytes_and_never_grows_the_text),
        cmocka_unit_test(shuffle_is_reproducible_for_one_seed),
        cmocka_unit_test(shuffle_differs_across_seeds_and_questions),
        cmocka_unit_test(shuffle_respects_fixed_order),
        cmocka_unit_test(shuffle_never_starts_an_ordering_question_in_the_right_order),
        cmocka_unit_test(shuffle_never_lines_up_the_matching_columns),
        cmocka_unit_test(shuffle_keeps_cloze_blanks_in_prompt_order),
        cmocka_unit_test(rng_is_reproducible_and_stays_in_range),
        cmocka_unit_test(answer_json_round_trips_every_type),
        cmocka_unit_test(answer_from_json_refuses_unknown_ids_and_wrong_shapes),
        cmocka_unit_test(scenario_best_path_earns_the_best_points),
        cmocka_unit_test(scenario_worst_path_keeps_its_path_and_points),
        cmocka_unit_test(scenario_refuses_a_choice_after_the_end_or_out_of_range),
        cmocka_unit_test(scenario_restart_clears_the_path_and_points),
    };
    const struct CMUnitTest loaded[] = {
        cmocka_unit_test(loaded_truefalse_is_graded_by_its_true_and_false_options),
        cmocka_unit_test(pick_finds_the_questions_of_a_section_chapter_goal_and_quizset),
        cmocka_unit_test(quiz_practice_allows_one_retry_before_showing_the_answer),
        cmocka_unit_test(quiz_test_mode_checks_each_question_once),
        cmocka_unit_test(quiz_marks_vanish_as_soon_as_the_answer_changes),
        cmocka_unit_test(quiz_tally_puts_each_checked_question_under_one_rule),
        cmocka_unit_test(quiz_near_miss_gets_a_retry_but_no_credit),
        cmocka_unit_test(quiz_counts_first_checks_and_lists_the_missed_questions),
        cmocka_unit_test(quiz_next_comes_back_to_skipped_questions),
        cmocka_unit_test(quiz_shuffles_each_item_and_starts_ordering_unsolved),
        cmocka_unit_test(quiz_with_no_questions_is_finished),
        cmocka_unit_test(scenario_loaded_best_points_are_earned_along_the_best_path),
    };
    int failed = cmocka_run_group_tests_name("quiz", pure, NULL, NULL);
    failed += cmocka_run_group_tests_name("quiz on a loaded course", loaded, course_setup, course_teardown);
    return failed;
}
