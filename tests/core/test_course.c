/* test_course.c - the lesson loader: every broken file in tests/data/bad
 * produces the message written beside it, and the good course in
 * tests/data/good/minicourse loads into exactly the structs expected. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../diag_text.h"
#include "course.h"

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *level_word(DiagLevel l)
{
    return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}

/* Loads NAME (relative to tests/data/bad) and checks each line of
 * NAME.expected ("error: text", "warning: text" or "note: text") against the
 * messages, exactly. Returns the number of cases checked (1). */
static void check_bad_case(const char *base, const char *name)
{
    char expected_path[512];
    snprintf(expected_path, sizeof expected_path, "%s.expected", base);
    FILE *f = fopen(expected_path, "r");
    assert_non_null(f);

    char target[512];
    snprintf(target, sizeof target, "%s", name);
    const char *paths[1] = {target};
    Diag d;
    diag_init(&d);
    Course *c = course_load_paths(paths, 1, &d);

    bool expects_error = false;
    char line[2048];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (!line[0])
            continue;
        char *colon = strstr(line, ": ");
        assert_non_null(colon);
        *colon = '\0';
        const char *level = line, *text = colon + 2;
        if (strcmp(level, "error") == 0)
            expects_error = true;
        bool found = false;
        for (size_t i = 0; i < d.count && !found; i++)
            found = strcmp(level_word(d.messages[i].level), level) == 0 && strcmp(diag_text(&d.messages[i]), text) == 0;
        if (!found) {
            print_error("%s: expected %s: %s\n", name, level, text);
            for (size_t i = 0; i < d.count; i++)
                print_error("  got %s: %s\n", level_word(d.messages[i].level), diag_text(&d.messages[i]));
        }
        assert_true(found);
    }
    fclose(f);
    if (expects_error) {
        assert_null(c);
        assert_true(d.errors > 0);
    } else {
        assert_non_null(c);
        assert_int_equal(d.errors, 0);
    }
    course_free(c);
    diag_free(&d);
}

static void course_load_reports_the_expected_message_for_every_broken_file(void **state)
{
    (void)state;
    char old[4096];
    assert_non_null(getcwd(old, sizeof old));
    assert_int_equal(chdir(AW_TEST_DATA "/bad"), 0);
    DIR *dir = opendir(".");
    assert_non_null(dir);
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 9 && strcmp(e->d_name + len - 9, ".expected") == 0)
            names[n++] = strndup(e->d_name, len - 9);
    }
    closedir(dir);
    qsort(names, n, sizeof *names, name_cmp);
    size_t checked = 0;
    for (size_t i = 0; i < n; i++) {
        char file[512];
        snprintf(file, sizeof file, "%s.json", names[i]);
        if (access(file, F_OK) == 0)
            check_bad_case(names[i], file);
        else
            check_bad_case(names[i], names[i]); /* a folder of several files */
        checked++;
        free(names[i]);
    }
    assert_int_equal(chdir(old), 0);
    assert_true(checked >= 30);
}

static void course_load_rejects_a_file_over_8_mib_before_reading_it(void **state)
{
    (void)state;
    char path[] = "/tmp/aw-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, 9 * 1024 * 1024), 0);
    close(fd);
    const char *paths[1] = {path};
    Diag d;
    diag_init(&d);
    Course *c = course_load_paths(paths, 1, &d);
    assert_null(c);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(diag_text(&d.messages[0]), "the file is 9.0 MiB; a lesson file may be at most 8 MiB"));
    assert_non_null(strstr(diag_text(&d.messages[0]), path));
    diag_free(&d);
    unlink(path);
}

static Course *load_minicourse(void)
{
    Diag d;
    diag_init(&d);
    Course *c = course_load(AW_TEST_DATA "/good/minicourse", &d);
    for (size_t i = 0; i < d.count; i++)
        print_error("%s\n", diag_text(&d.messages[i]));
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    diag_free(&d);
    assert_non_null(c);
    return c;
}

static void course_load_puts_sections_in_chapter_order_with_their_questions(void **state)
{
    (void)state;
    Course *c = load_minicourse();
    assert_string_equal(c->id, "mini");
    assert_string_equal(c->title, "Minicursus");
    assert_string_equal(c->version, "7");
    assert_int_equal(c->nchapters, 1);
    assert_int_equal(c->chapters[0].nsections, 2);
    assert_int_equal(c->nsections, 2);
    assert_string_equal(c->sections[0].id, "ms2");
    assert_string_equal(c->sections[1].id, "ms1");
    assert_string_equal(c->sections[1].number, "1.2");
    assert_int_equal(c->nquestions, 8);
    /* ms2 holds its own question and the quiz set's question for it. */
    assert_int_equal(c->sections[0].first_question, 0);
    assert_int_equal(c->sections[0].nquestions, 2);
    assert_string_equal(c->questions[0].id, "mq7");
    assert_string_equal(c->questions[1].id, "mk1");
    assert_int_equal(c->sections[1].first_question, 2);
    assert_int_equal(c->sections[1].nquestions, 6);
    for (size_t i = 2; i < 8; i++)
        assert_int_equal(c->questions[i].section_index, 1);
    assert_int_equal(c->nquizsets, 1);
    assert_int_equal(c->quizsets[0].nquestions, 1);
    assert_string_equal(c->quizsets[0].questions[0], "mk1");
    assert_true(course_in_quizset(c, &c->questions[1]));
    assert_false(course_in_quizset(c, &c->questions[0]));
    assert_int_equal(c->nglossary, 1);
    assert_string_equal(c->glossary[0].term, "account");
    assert_int_equal(c->glossary[0].section_index, 1);
    course_free(c);
}

static void course_load_copies_every_block_kind_exactly(void **state)
{
    (void)state;
    Course *c = load_minicourse();
    const Section *s = course_section(c, "ms1");
    assert_non_null(s);
    assert_int_equal(s->ngoals, 1);
    assert_string_equal(s->goals[0].text, "uitleggen wat een account is");
    assert_int_equal(s->nblocks, 9);
    const Block *b = s->blocks;
    assert_int_equal(b[0].kind, BLOCK_GOALS);
    assert_int_equal(b[1].kind, BLOCK_HEADING);
    assert_int_equal(b[1].level, 3);
    assert_string_equal(b[1].text, "Selectie");
    assert_int_equal(b[2].kind, BLOCK_PARAGRAPH);
    assert_string_equal(b[2].id, "p-sel");
    assert_string_equal(b[2].text, "Een *account* is een **belangrijke** klant; co\xc3\xb6rdinator.");
    assert_int_equal(b[3].kind, BLOCK_LIST);
    assert_true(b[3].ordered);
    assert_int_equal(b[3].nitems, 2);
    assert_string_equal(b[3].items[1], "uitstraling");
    assert_int_equal(b[4].kind, BLOCK_TABLE);
    assert_int_equal(b[4].ncols, 2);
    assert_int_equal(b[4].nrows, 2);
    assert_string_equal(b[4].header[1], "Vraag");
    assert_string_equal(b[4].cells[2], "prestige");
    assert_string_equal(b[4].cells[3], "");
    assert_string_equal(b[4].title, "Criteria");
    assert_int_equal(b[5].kind, BLOCK_EXAMPLE);
    assert_string_equal(b[5].title, "Voorbeeld");
    assert_int_equal(b[6].kind, BLOCK_TERM);
    assert_string_equal(b[6].term, "account");
    assert_string_equal(b[6].text, "Een zakelijke klant met een intensieve relatie.");
    assert_int_equal(b[7].kind, BLOCK_TREE);
    assert_string_equal(b[7].tree->label, "Directeur");
    assert_int_equal(b[7].tree->nchildren, 2);
    assert_null(b[7].tree->children[0].note);
    assert_string_equal(b[7].tree->children[1].note, "binnen- en buitendienst");
    assert_int_equal(b[7].tree->children[1].nchildren, 1);
    assert_string_equal(b[7].tree->children[1].children[0].label, "Binnendienst");
    assert_int_equal(b[8].kind, BLOCK_FLOW);
    assert_string_equal(b[8].boxes[0].label, "Productmanagement");
    assert_string_equal(b[8].boxes[0].text, "Wat kunnen wij maken?");
    assert_null(b[8].boxes[1].text);
    assert_int_equal(b[8].narrows, 2);
    assert_int_equal(b[8].arrows[0].from, 0);
    assert_int_equal(b[8].arrows[0].to, 1);
    assert_string_equal(b[8].arrows[0].label, "top-down");
    assert_null(b[8].arrows[1].label);
    course_free(c);
}

static void course_load_copies_every_question_type_exactly(void **state)
{
    (void)state;
    Course *c = load_minicourse();
    const Question *q = course_question(c, "mq1");
    assert_int_equal(q->type, QUESTION_SINGLE);
    assert_string_equal(q->anchor, "p-sel");
    assert_string_equal(q->goal, "ms1.g1");
    assert_string_equal(q->section, "ms1");
    assert_int_equal(q->difficulty, 1);
    assert_false(q->fixed_order);
    assert_int_equal(q->noptions, 2);
    assert_true(q->options[0].correct);
    assert_false(q->options[1].correct);
    assert_string_equal(q->options[1].feedback, "Nee.");

    q = course_question(c, "mq2");
    assert_int_equal(q->type, QUESTION_MULTIPLE);
    assert_int_equal(q->noptions, 3);
    assert_true(q->options[1].correct);
    assert_false(q->options[2].correct);

    q = course_question(c, "mq3");
    assert_int_equal(q->type, QUESTION_TRUEFALSE);
    assert_int_equal(q->noptions, 2);
    assert_string_equal(q->options[0].id, "true");
    assert_false(q->options[0].correct);
    assert_true(q->options[1].correct);
    assert_string_equal(q->options[0].feedback, "Nee, niet elke.");
    assert_string_equal(q->options[1].feedback, "Klopt.");
    assert_int_equal(q->difficulty, 3);

    q = course_question(c, "mq4");
    assert_int_equal(q->type, QUESTION_MATCHING);
    assert_int_equal(q->noptions, 2);
    assert_string_equal(q->options[1].text, "buitendienst");
    assert_string_equal(q->options[1].match, "klantbezoek");

    q = course_question(c, "mq5");
    assert_int_equal(q->type, QUESTION_ORDERING);
    assert_true(q->fixed_order);
    assert_int_equal(q->noptions, 3);
    assert_string_equal(q->options[2].text, "competentie");

    q = course_question(c, "mq6");
    assert_int_equal(q->type, QUESTION_CLOZE);
    assert_int_equal(q->noptions, 1);
    assert_int_equal(q->options[0].naccept, 2);
    assert_string_equal(q->options[0].accept[1], "coordinator");

    size_t counts[QUESTION_TYPE_COUNT];
    course_count_types(c, counts);
    assert_int_equal(counts[QUESTION_SINGLE], 2);
    assert_int_equal(counts[QUESTION_TRUEFALSE], 2);
    assert_int_equal(counts[QUESTION_CLOZE], 1);
    course_free(c);
}

static void course_load_resolves_scenarios_and_scores_best_and_worst_paths(void **state)
{
    (void)state;
    Course *c = load_minicourse();
    const Scenario *s = course_scenario(c, "msc");
    assert_non_null(s);
    assert_int_equal(s->nnodes, 4);
    assert_string_equal(s->nodes[s->start].id, "n1");
    assert_int_equal(s->best_points, 5);
    assert_int_equal(s->worst_points, 0);
    const ScenarioNode *n1 = &s->nodes[s->start];
    assert_int_equal(n1->nchoices, 2);
    assert_string_equal(s->nodes[n1->choices[0].next_index].id, "n2");
    assert_true(s->nodes[2].end);
    assert_string_equal(s->nodes[2].debrief, "Zie paragraaf 1.2.");
    assert_int_equal(s->nsections, 1);
    course_free(c);
}

/* Mutates a good file many times; every result must load or fail cleanly
 * (ASan and UBSan watch the reads). The libFuzzer target goes further. */
static void course_load_survives_mutated_input(void **state)
{
    (void)state;
    FILE *f = fopen(AW_TEST_DATA "/good/minicourse/sections/a.json", "rb");
    assert_non_null(f);
    char buf[16384];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    uint32_t x = 12345;
    char *m = malloc(len);
    for (int round = 0; round < 3000; round++) {
        memcpy(m, buf, len);
        size_t mlen = len;
        for (int k = 0; k < 1 + round % 4; k++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            size_t at = x % mlen;
            switch (x % 5) {
            case 0:
                m[at] = (char)(x >> 8);
                break;
            case 1:
                m[at] = "{}[],:\"\\0"[x % 9];
                break;
            case 2:
                mlen = at ? at : 1;
                break;
            case 3:
                m[at] = (char)0xC3;
                break;
            default:
                m[at] = ' ';
                break;
            }
        }
        Diag d;
        diag_init(&d);
        Course *c = course_load_buffer("mutated.json", m, mlen, &d);
        if (!c)
            assert_true(d.errors > 0);
        course_free(c);
        diag_free(&d);
    }
    free(m);
}

static void course_load_caps_the_messages_of_a_file(void **state)
{
    (void)state;
    /* 300 broken questions: errors are counted, but at most 50 are kept per
     * file, with one note that says how many more there are. */
    size_t cap = 300 * 200 + 400;
    char *text = malloc(cap);
    size_t n = (size_t)snprintf(text, cap, "{\"format\":1,\"kind\":\"glossary\",\"terms\":[");
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(text + n, cap - n, "%s{\"id\":\"t%d\",\"term\":\"x%d\"}", i ? "," : "", i, i);
    n += (size_t)snprintf(text + n, cap - n, "]}");
    Diag d;
    diag_init(&d);
    Course *c = course_load_buffer("many.json", text, n, &d);
    assert_null(c);
    assert_int_equal(d.errors, 600); /* a definition and a section missing in each */
    assert_int_equal(d.count, 51);
    assert_string_equal(diag_text(&d.messages[50]), "many.json: 550 more errors not shown; fix the ones above first");
    diag_free(&d);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(course_load_reports_the_expected_message_for_every_broken_file),
        cmocka_unit_test(course_load_rejects_a_file_over_8_mib_before_reading_it),
        cmocka_unit_test(course_load_puts_sections_in_chapter_order_with_their_questions),
        cmocka_unit_test(course_load_copies_every_block_kind_exactly),
        cmocka_unit_test(course_load_copies_every_question_type_exactly),
        cmocka_unit_test(course_load_resolves_scenarios_and_scores_best_and_worst_paths),
        cmocka_unit_test(course_load_survives_mutated_input),
        cmocka_unit_test(course_load_caps_the_messages_of_a_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
