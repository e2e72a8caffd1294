/* test_progress_screens.c - the scoring module's screens driven through
 * their input with the fake measurer and a real data folder: who is
 * practising on the start screen, creating, renaming and deleting
 * profiles (hostile and too long names included), mastery in the contents
 * and on the progress screen, practising a weak goal's questions, the
 * export button, a failed write in the error bar and a torn answer told
 * once. */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "attempt_text.h"
#include "class_screens.h"
#include "exam_screens.h"
#include "export.h"
#include "fixture_app.h"
#include "screen_exam.h"

static char data[300];
static int run;

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-progress-ui");
}

/* Every test starts on a new machine: an empty data folder of its own. */
static int start(void **state)
{
    (void)state;
    snprintf(data, sizeof data, "%s/run%d", fixture_dir, ++run);
    if (fixture_start(1280, 800, false) != 0)
        return -1;
    app_progress_start(&app, data);
    return app.progress.log ? 0 : -1;
}

/* The entries of DIR (not . and ..), or -1 when it cannot be read. */
static int count_entries(const char *dir, const char *must_prefix)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
            continue;
        if (must_prefix && strncmp(e->d_name, must_prefix, strlen(must_prefix)) != 0)
            fail_msg("%s holds \"%s\"", dir, e->d_name);
        n++;
    }
    closedir(d);
    return n;
}

static int profile_count(void)
{
    char dir[400];
    snprintf(dir, sizeof dir, "%s/profiles", data);
    return count_entries(dir, "p-");
}

static void record(size_t question, double score)
{
    assert_true(app_record(&app, course->questions[question].id, "{\"choice\":\"a\"}", score, 1000, ATTEMPT_PRACTICE));
}

/* Questions of section S, in course order. */
static size_t section_questions(size_t s, size_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < course->nquestions && n < max; i++)
        if (course->questions[i].section_index == s)
            out[n++] = i;
    return n;
}

static void open_profiles(void)
{
    frame();
    click("Wissel van leerling");
    assert_int_equal(app.screen, SCREEN_PROFILES);
}

static void create_profile(const char *name)
{
    click("Naam, bijvoorbeeld Fenna");
    type(name);
    press(UI_KEY_ENTER, 0);
}

/* ---- who is practising ---- */

static void the_start_screen_says_who_is_practising_and_leads_to_the_profiles(void **state)
{
    (void)state;
    frame();
    assert_true(shows("Je oefent als:"));
    assert_true(shows("Leerling 1"));
    assert_true(shows("Begin met oefenen bij:"));
    assert_true(shows("Bekijk je voortgang"));
    open_profiles();
    assert_true(shows("Profielen"));
    assert_true(shows("Je oefent nu als deze leerling"));
}

static void a_new_profile_is_opened_at_once(void **state)
{
    (void)state;
    open_profiles();
    create_profile("Fenna");
    assert_string_equal(app.progress.profile_name, "Fenna");
    assert_true(shows("Je oefent nu als Fenna."));
    assert_int_equal(profile_count(), 2);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_START);
    assert_true(shows("Fenna"));
}

static void a_hostile_name_is_only_a_name(void **state)
{
    (void)state;
    open_profiles();
    create_profile("../../etc");
    assert_string_equal(app.progress.profile_name, "../../etc");
    assert_true(profiles_valid_id(app.progress.profile_id));
    assert_true(shows("Je oefent nu als ../../etc."));
    /* Only generated ids under profiles/, nothing beside the data folder. */
    assert_int_equal(profile_count(), 2);
    assert_int_equal(count_entries(fixture_dir, "run"), run);
    char etc[400];
    snprintf(etc, sizeof etc, "%s/etc", data);
    assert_int_equal(access(etc, F_OK), -1);
    /* Markup-like names show as typed. */
    create_profile("**vet** _x_");
    assert_true(shows("**vet** _x_"));
}

static void a_name_of_41_characters_is_refused_with_the_rule(void **state)
{
    (void)state;
    open_profiles();
    click("Naam, bijvoorbeeld Fenna");
    type("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_false(shows("hoogstens 40 tekens;")); /* 40 is fine */
    type("a");
    assert_true(shows("Een naam heeft hoogstens 40 tekens; deze heeft er 41."));
    click("Maak profiel");
    assert_true(shows("deze heeft er 41."));
    assert_int_equal(profile_count(), 1);
    assert_string_equal(app.progress.profile_name, "Leerling 1");
    /* Back to 40: the message goes. */
    click("Aaaaaaaaaa");
    press(UI_KEY_BACKSPACE, 0);
    assert_false(shows("deze heeft er"));
}

static void an_empty_or_duplicate_name_is_refused(void **state)
{
    (void)state;
    open_profiles();
    click("Maak profiel");
    assert_true(shows("Vul een naam in."));
    create_profile("LEERLING 1");
    assert_true(shows("Er is al een profiel met de naam"));
    assert_int_equal(profile_count(), 1);
}

static void renaming_changes_the_name_everywhere(void **state)
{
    (void)state;
    open_profiles();
    click("Naam wijzigen");
    assert_true(shows("Opslaan"));
    press(UI_KEY_BACKSPACE, UI_MOD_CTRL);
    press(UI_KEY_BACKSPACE, UI_MOD_CTRL);
    type("Fenna de Vries");
    click("Opslaan");
    assert_string_equal(app.progress.profile_name, "Fenna de Vries");
    assert_true(shows("De naam is gewijzigd in Fenna de Vries."));
    assert_false(shows("Opslaan"));
    /* Escape leaves a rename without saving it. */
    click("Naam wijzigen");
    type("x");
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(app.screen, SCREEN_PROFILES);
    assert_false(shows("Opslaan"));
    assert_string_equal(app.progress.profile_name, "Fenna de Vries");
}

static void deleting_asks_first_and_keeps_the_answers_aside(void **state)
{
    (void)state;
    open_profiles();
    create_profile("Bram"); /* sorts before Leerling 1 */
    record(0, 1);
    char id[PROFILE_ID_SIZE];
    snprintf(id, sizeof id, "%s", app.progress.profile_id);
    click("Verwijderen");
    assert_true(shows("Profiel ‘Bram’ verwijderen?"));
    assert_true(shows("Ja, verwijder dit profiel"));
    press(UI_KEY_ESCAPE, 0); /* cancels, does not leave the screen */
    assert_int_equal(app.screen, SCREEN_PROFILES);
    assert_false(shows("verwijderen?"));
    assert_int_equal(profile_count(), 2);
    click("Verwijderen");
    click("Annuleren");
    assert_int_equal(profile_count(), 2);
    click("Verwijderen");
    click("Ja, verwijder dit profiel");
    assert_int_equal(profile_count(), 1);
    assert_true(shows("Het profiel Bram is verwijderd."));
    /* The open profile went: the other one is opened. */
    assert_string_equal(app.progress.profile_name, "Leerling 1");
    assert_non_null(app.progress.log);
    char log[600];
    snprintf(log, sizeof log, "%s/deleted/%s/attempts.jsonl", data, id);
    assert_int_equal(access(log, R_OK), 0);
}

static void deleting_the_only_profile_starts_a_new_one(void **state)
{
    (void)state;
    char old[PROFILE_ID_SIZE];
    snprintf(old, sizeof old, "%s", app.progress.profile_id);
    open_profiles();
    click("Verwijderen");
    click("Ja, verwijder dit profiel");
    assert_int_equal(profile_count(), 1);
    assert_non_null(app.progress.log);
    assert_string_equal(app.progress.profile_name, "Leerling 1");
    assert_string_not_equal(app.progress.profile_id, old);
}

/* ---- mastery ---- */

static void mastery_shows_in_the_contents_with_a_check_mark(void **state)
{
    (void)state;
    size_t q[64];
    size_t n = section_questions(0, q, 64);
    assert_true(n > 0);
    click("Inhoud");
    assert_true(shows("nog niet geoefend"));
    for (size_t i = 0; i < n; i++)
        record(q[i], 1);
    size_t q2[64];
    section_questions(1, q2, 64);
    record(q2[0], 1);
    frame();
    assert_true(shows("\xE2\x9C\x93 100% beheerst"));
    char part[32];
    snprintf(part, sizeof part, "%d%% beheerst", (int)(100.0 / (double)section_questions(1, q2, 64) + 0.5));
    assert_true(shows(part));
    assert_false(shows("\xE2\x9C\x93 8%"));
    /* The way to the progress screen from the contents. */
    click("Bekijk je voortgang");
    assert_int_equal(app.screen, SCREEN_PROGRESS);
}

/* The text runs that contain TEXT. */
static size_t runs_with(const char *text)
{
    size_t n = 0, k = strlen(text);
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        const char *t = draw_text_of(&ui.dl, c);
        for (size_t j = 0; c->kind == DRAW_TEXT && j + k <= c->len; j++)
            if (memcmp(t + j, text, k) == 0) {
                n++;
                break;
            }
    }
    return n;
}

/* "% beheerst" in the contents says once, under the heading, what
 * it counts (the start screen's rule), and is the number mastery_compute
 * gives, the same the start screen shows for that section. */
static void the_contents_state_the_mastery_rule_and_agree_with_the_start_screen(void **state)
{
    (void)state;
    size_t q[64];
    size_t n = section_questions(1, q, 64);
    assert_true(n >= 2);
    record(q[0], 1);
    record(q[1], 0.5);
    record(q[0], 0); /* the newest counts most: not a round number */
    Mastery m;
    AwError err;
    assert_true(mastery_compute(&m, course, app.progress.log, app_wall_ms(&app), app.progress.utc_offset_min, &err));
    char pct[32];
    snprintf(pct, sizeof pct, "%d%% beheerst", (int)(m.sections[1].mastery * 100 + 0.5));
    mastery_free(&m);
    frame();
    assert_true(shows(pct)); /* the start screen, where the student left off */
    click("Inhoud");
    assert_int_equal(app.screen, SCREEN_TOC);
    assert_true(shows(pct));
    assert_int_equal(runs_with("Per vraag tellen je laatste drie pogingen"), 1);
    /* Under the heading, above the first row. */
    const DrawCmd *rule = find_text(&ui.dl, "Per vraag tellen je laatste drie pogingen", true);
    const DrawCmd *head = find_text(&ui.dl, "Inhoud", false);
    const DrawCmd *row = find_text(&ui.dl, course->sections[0].title, true);
    assert_non_null(head);
    assert_non_null(row);
    assert_true(rule->rect.y > head->rect.y && rule->rect.y < row->rect.y);
}

static void the_start_screen_tells_where_to_go_on(void **state)
{
    (void)state;
    size_t q[64];
    size_t n = section_questions(2, q, 64);
    record(q[0], 1);
    frame();
    assert_true(shows("Ga verder met:"));
    assert_true(shows(course->sections[2].title));
    assert_true(shows("Vandaag geoefend"));
    assert_false(shows("Je beheerst alle paragrafen"));
    for (size_t i = 0; i < n; i++)
        record(q[i], 1);
    frame();
    assert_true(shows("Laatst geoefend:"));
    assert_true(shows("Oefen nu:"));
    click("Ga oefenen");
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_int_equal(app.quiz.section, app.progress.mastery.next_section);
}

static void mastering_every_section_is_said_on_the_start_screen(void **state)
{
    (void)state;
    for (size_t s = 0; s < course->nsections; s++) {
        size_t q[64];
        size_t n = section_questions(s, q, 64);
        for (size_t i = 0; i < n; i++)
            record(q[i], 1);
    }
    frame();
    assert_int_equal(app.progress.mastery.next_section, MASTERY_NONE);
    assert_true(shows("Je beheerst alle paragrafen."));
    assert_false(shows("Ga oefenen"));
    assert_false(shows("nog niet geoefend"));
    assert_true(shows("Bekijk je voortgang"));
}

static void the_progress_screen_states_the_rule_and_charts_it(void **state)
{
    (void)state;
    H = 3000;
    app_open(&app, SCREEN_PROGRESS);
    frame();
    /* The rule, wrapped over lines: its start and its end. */
    assert_true(shows("Per vraag tellen je laatste drie pogingen, de nieuwste het zwaarst;"));
    assert_true(shows("80%."));
    assert_true(shows("Nog geen antwoorden."));
    assert_true(shows("Beheersing per paragraaf"));
    assert_true(shows("1.7"));
    size_t q[64];
    size_t n = section_questions(0, q, 64);
    for (size_t i = 0; i < n; i++)
        record(q[i], 1);
    frame();
    assert_false(shows("Nog geen antwoorden."));
    assert_true(shows("\xE2\x9C\x93 100%"));
    assert_true(shows("Gemiddelde score van de dag"));
    assert_true(shows("Grens: 80%"));
    char sum[128];
    snprintf(sum, sizeof sum, "%zu keer geantwoord", n);
    assert_true(shows(sum));
}

/* Takes a 10-question test and hands it in: with RIGHT, every choice
 * question answered right (the rest open), else nothing answered.
 * Returns its grade in tenths. */
static int take_test(bool right)
{
    app.exam.length = 10;
    app.exam.seconds = 45;
    assert_true(exam_screen_start(&app));
    Exam *e = &app.exam.exam;
    for (size_t i = 0; right && i < e->n; i++) {
        const Question *q = exam_question(e, i);
        if (q->type != QUESTION_SINGLE && q->type != QUESTION_MULTIPLE && q->type != QUESTION_TRUEFALSE)
            continue;
        for (size_t k = 0; k < q->noptions; k++)
            if (q->options[k].correct)
                quiz_answer_choose(&e->answers[i], k);
        exam_touch(e, i);
    }
    exam_screen_hand_in(&app);
    assert_int_equal(app.screen, SCREEN_EXAM_RESULT);
    return e->grade_tenths;
}

static void past_tests_are_listed_with_their_cijfer_and_charted(void **state)
{
    (void)state;
    H = 3000;
    app_open(&app, SCREEN_PROGRESS);
    frame();
    assert_true(shows("Je toetsen"));
    assert_true(shows("Je hebt nog geen toets gemaakt."));
    int g1 = take_test(false), g2 = take_test(true);
    assert_int_equal(g1, 10);
    assert_true(g2 > 10);
    app_open(&app, SCREEN_PROGRESS);
    frame();
    assert_false(shows("Je hebt nog geen toets gemaakt."));
    /* A row per test, newest first: date, questions, cijfer, verdict. */
    char t1[8], t2[8];
    exam_grade_text(g1, t1);
    exam_grade_text(g2, t2);
    const DrawCmd *a = find_text(&ui.dl, t2, false), *b = find_text(&ui.dl, "1,0", false);
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a->rect.y < b->rect.y);
    size_t tens = 0, fails = 0;
    for (size_t k = 0; k < ui.dl.ncmds; k++) {
        const DrawCmd *c = &ui.dl.cmds[k];
        if (c->kind != DRAW_TEXT)
            continue;
        tens += c->len == strlen("10 vragen") && !memcmp(ui.dl.chars + c->text, "10 vragen", c->len);
        fails += c->len == strlen("\xE2\x9C\x97 Niet geslaagd") &&
                 !memcmp(ui.dl.chars + c->text, "\xE2\x9C\x97 Niet geslaagd", c->len);
    }
    assert_int_equal(tens, 2);
    assert_int_equal(fails, exam_passed(g2) ? 1 : 2);
    if (exam_passed(g2))
        assert_true(shows("\xE2\x9C\x93 Geslaagd"));
    /* The chart: cijfers on a 0-10 axis with the pass line at 5,5. */
    assert_true(shows("Cijfer per toets"));
    assert_true(shows("Geslaagd vanaf 5,5"));
    assert_true(shows("Toets (datum)"));
    /* They are kept with the profile: opened again, both are there. */
    char id[PROFILE_ID_SIZE];
    snprintf(id, sizeof id, "%s", app.progress.profile_id);
    assert_true(app_profile_open(&app, id));
    assert_int_equal(app.progress.tests.n, 2);
    assert_int_equal(app.progress.tests.items[0].grade_tenths, g1);
    assert_int_equal(app.progress.tests.items[1].grade_tenths, g2);
    assert_int_equal(app.progress.tests.items[1].questions, 10);
}

/* In a narrow window a past test's date and number of questions share one
 * cut line, joined by a middle dot (it read "Â·": UTF-8 taken for Latin-1). */
static void a_narrow_list_of_tests_joins_date_and_questions_with_a_dot(void **state)
{
    (void)state;
    take_test(false);
    W = 440;
    H = 3000;
    app_open(&app, SCREEN_PROGRESS);
    frame();
    const DrawCmd *grade = find_text(&ui.dl, "1,0", false);
    assert_non_null(grade);
    const DrawCmd *row = NULL; /* the run left of the cijfer: date and questions */
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->rect.y == grade->rect.y && c->rect.x < grade->rect.x)
            row = c;
    }
    assert_non_null(row);
    char text[160];
    snprintf(text, sizeof text, "%.*s", (int)row->len, draw_text_of(&ui.dl, row));
    assert_non_null(strstr(text, ", "));         /* the date and time */
    assert_non_null(strstr(text, " \xC2\xB7 ")); /* then the dot */
    assert_null(strstr(text, "\xC3\x82"));
}

static void a_weak_goal_is_practised_with_exactly_its_questions(void **state)
{
    (void)state;
    H = 3000;
    app_open(&app, SCREEN_PROGRESS);
    frame();
    const Mastery *m = &app.progress.mastery;
    assert_int_equal(m->nweakest, MASTERY_WEAKEST);
    assert_true(shows("Hier valt het meest te winnen"));
    size_t want[QUIZ_PICK_MAX];
    size_t n = mastery_goal_questions(m, m->weakest[0], want, QUIZ_PICK_MAX);
    assert_true(n > 0);
    char label[64];
    if (n == 1)
        snprintf(label, sizeof label, "Oefen deze vraag");
    else
        snprintf(label, sizeof label, "Oefen deze %zu vragen", n);
    click(label);
    assert_int_equal(app.screen, SCREEN_QUIZ);
    assert_int_equal(app.quiz.npicked, n);
    assert_memory_equal(app.quiz.picked, want, n * sizeof *want);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(course->questions[want[i]].goal, m->goals[m->weakest[0]].goal->id);
    assert_non_null(strstr(app.quiz.picked_title, course->sections[m->goals[m->weakest[0]].section].number));
}

static void the_export_button_saves_the_csv_and_shows_where(void **state)
{
    (void)state;
    H = 3000;
    open_profiles();
    create_profile("../../etc");
    record(0, 1);
    record(1, 0.5);
    app_open(&app, SCREEN_PROGRESS);
    click("Exporteer mijn antwoorden (CSV)");
    assert_true(shows("2 antwoorden opgeslagen in:"));
    const char *path = app.progress_screen.export_path;
    /* Named by the student's name made safe, and the date. */
    char want[600];
    snprintf(want, sizeof want, "%s/exports/antwoorden-etc-", data);
    assert_int_equal(strncmp(path, want, strlen(want)), 0);
    assert_int_equal(strlen(path), strlen(want) + strlen("2026-03-02.csv"));
    assert_null(strstr(path + strlen(data), ".."));
    assert_true(shows("/exports/antwoorden-etc-"));
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char buf[4096];
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = '\0';
    assert_memory_equal(buf, "\xEF\xBB\xBFleerling;profiel;tijd;vraag;", 27);
    assert_non_null(strstr(buf, "\r\n../../etc;p-"));
    assert_non_null(strstr(buf, ";0,5;"));
    /* No temporary file left beside it. */
    char dir[600];
    snprintf(dir, sizeof dir, "%s/exports", data);
    assert_int_equal(count_entries(dir, "antwoorden-etc-"), 1);
    /* Another student does not see where this one's answers went. */
    app_open(&app, SCREEN_PROFILES);
    click("Oefen als deze leerling");
    app_open(&app, SCREEN_PROGRESS);
    frame();
    assert_false(shows("opgeslagen in:"));
}

/* A fake host: what "Open map" asked it to open. */
static char opened[600];
static int opens;
static bool fake_open_folder(void *host, const char *path)
{
    assert_ptr_equal(host, &opens);
    snprintf(opened, sizeof opened, "%s", path);
    opens++;
    return true;
}

static void open_map_asks_the_host_to_open_the_exports_folder(void **state)
{
    (void)state;
    H = 3000;
    app.open_folder = fake_open_folder;
    app.host = &opens;
    opens = 0;
    app_open(&app, SCREEN_PROGRESS);
    frame();
    char dir[600];
    snprintf(dir, sizeof dir, "%s/exports", data);
    assert_true(shows("Je exports, ook die van de klassikale quiz, staan in deze map:"));
    assert_true(shows(dir));
    click("Open map");
    assert_int_equal(opens, 1);
    assert_string_equal(opened, dir);
    struct stat st; /* made first, so the file manager finds it */
    assert_int_equal(stat(dir, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    /* Without a host service there is no button to press. */
    app.open_folder = NULL;
    frame();
    assert_false(shows("Open map"));
}

/* The class quiz's CSV lands in the folder the progress screen shows. */
static void the_class_quiz_export_goes_to_the_same_exports_folder(void **state)
{
    (void)state;
    assert_true(class_screen_export(&app));
    char want[600];
    snprintf(want, sizeof want, "%s/exports/klassikaal-", data);
    assert_int_equal(strncmp(app.classq.export_path, want, strlen(want)), 0);
    assert_non_null(strstr(app.classq.export_path, ".csv"));
    FILE *f = fopen(app.classq.export_path, "rb");
    assert_non_null(f);
    fclose(f);
}

/* When exports/ cannot be made (a file of that name is in the way), the
 * class quiz says why, not that a name was too long. */
static void a_class_export_that_cannot_make_its_folder_says_why(void **state)
{
    (void)state;
    char blocker[600];
    snprintf(blocker, sizeof blocker, "%s/exports", data);
    FILE *f = fopen(blocker, "w");
    assert_non_null(f);
    fclose(f);
    assert_false(class_screen_export(&app));
    assert_null(strstr(app.classq.export_error, strerror(ENAMETOOLONG)));
    assert_non_null(strstr(app.classq.export_error, strerror(ENOTDIR)));
    remove(blocker);
}

/* End to end: the student presses a letter on a shuffled question; the log
 * keeps the order shown and the teacher's CSV gives that letter and the
 * text the student saw beside it. */
static void a_practice_answer_exports_with_the_letter_the_student_pressed(void **state)
{
    (void)state;
    const Question *q = course_question(course, "q1-1-01");
    assert_non_null(q);
    size_t idx = (size_t)(q - course->questions);
    /* A session in which some letter on screen shows another option than
     * the one written at that place (each session is shuffled anew). */
    const QuizItem *it = NULL;
    size_t k = 0;
    for (int tries = 0; tries < 8; tries++) {
        practice_open_questions(&app, &idx, 1, "een vraag");
        frame();
        it = quiz_item(&app.quiz.quiz);
        assert_non_null(it);
        for (k = 0; k < it->order.n && it->order.shown[k] == k;)
            k++;
        if (k < it->order.n)
            break;
    }
    assert_true(k < it->order.n);
    press('a' + (int)k, 0);
    press(UI_KEY_ENTER, 0);
    size_t n = progress_count(app.progress.log);
    assert_true(n >= 1);
    const Attempt *a = &progress_attempts(app.progress.log)[n - 1];
    char *shown = attempt_shown_json(q, &it->order);
    assert_non_null(a->shown);
    assert_string_equal(a->shown, shown);
    free(shown);

    Export ex;
    ExportOptions eo = {.format = EXPORT_CSV, .course = course};
    JsonBuf out = {0};
    Profile pr = {.name = "Fenna"};
    AwError err;
    export_begin(&ex, &eo, &out);
    assert_true(export_profile(&ex, &pr, app.progress.log, &out, &err));
    export_end(&ex, &out);
    char want[1024];
    const char *text = q->options[it->order.shown[k]].text;
    snprintf(want, sizeof want, ";%c;\"%c: %s\";", 'A' + (int)k, 'A' + (int)k, text);
    if (!strstr(out.data, want))
        snprintf(want, sizeof want, ";%c;%c: %s;", 'A' + (int)k, 'A' + (int)k, text);
    assert_non_null(strstr(out.data, want));
    jsonbuf_free(&out);
}

/* ---- problems the student must see ---- */

static ssize_t full_disk(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    (void)fd;
    (void)buf;
    (void)n;
    errno = ENOSPC;
    return -1;
}

static void a_failed_write_shows_in_the_error_bar_and_hides_nothing(void **state)
{
    (void)state;
    record(0, 1);
    /* Reopen the log with a disk that is full. */
    char path[600];
    assert_true(profiles_log_path(data, app.progress.profile_id, path, sizeof path));
    progress_close(app.progress.log);
    static const ProgressIo io = {.write = full_disk};
    ProgressOptions o = {.io = &io};
    Diag d;
    diag_init(&d);
    app.progress.log = progress_open(path, &o, &d);
    diag_free(&d);
    assert_non_null(app.progress.log);
    frame();
    int full_view = app.start.scroll.view.h;
    assert_false(app_record(&app, course->questions[1].id, NULL, 1, 500, ATTEMPT_PRACTICE));
    assert_true(app.error[0] != '\0');
    frame();
    const DrawCmd *c = find_text(&ui.dl, "\xE2\x9A\xA0", true);
    assert_non_null(c);
    assert_true(shows("Sluiten"));
    /* The screen ends above the bar. */
    assert_true(app.start.scroll.view.h < full_view);
    assert_true(app.start.scroll.view.y + app.start.scroll.view.h <= c->rect.y);
    assert_int_equal(progress_count(app.progress.log), 1);
    /* On another screen too. */
    click("Inhoud");
    assert_true(shows("\xE2\x9A\xA0"));
    click("Sluiten");
    assert_string_equal(app.error, "");
    assert_false(shows("\xE2\x9A\xA0"));
}

static void a_torn_answer_is_told_once_on_the_start_screen(void **state)
{
    (void)state;
    record(0, 1);
    char id[PROFILE_ID_SIZE], path[600];
    snprintf(id, sizeof id, "%s", app.progress.profile_id);
    assert_true(profiles_log_path(data, id, path, sizeof path));
    app_profile_close(&app);
    FILE *f = fopen(path, "ab");
    assert_non_null(f);
    fputs("{\"time\":\"2026-03-02T10:03:00.000Z\",\"item\":\"q1", f);
    fclose(f);
    assert_true(app_profile_open(&app, id));
    frame();
    assert_true(shows("half opgeslagen"));
    assert_true(shows("Begrepen"));
    click("Begrepen");
    assert_false(shows("half opgeslagen"));
    assert_false(shows("Begrepen"));
    /* The answer before it is still counted, and the next start is quiet. */
    assert_int_equal(progress_count(app.progress.log), 1);
    app_profile_close(&app);
    assert_true(app_profile_open(&app, id));
    frame();
    assert_false(shows("half opgeslagen"));
}

static void nothing_leaves_the_window(void **state)
{
    (void)state;
    for (size_t i = 0; i < 40; i++)
        record(i * 2 % course->nquestions, (i % 3) / 2.0);
    static const Screen screens[] = {SCREEN_START, SCREEN_TOC, SCREEN_PROFILES, SCREEN_PROGRESS};
    static const int sizes[][2] = {{800, 600}, {1920, 1080}, {640, 480}};
    for (size_t z = 0; z < 3; z++) {
        W = sizes[z][0];
        H = sizes[z][1] * 4; /* tall: the whole page is drawn */
        for (int step = SETTINGS_TEXT_STEP_MIN; step <= SETTINGS_TEXT_STEP_MAX; step += 2) {
            app.settings.text_step = step;
            app_settings_changed(&app);
            for (size_t i = 0; i < sizeof screens / sizeof *screens; i++) {
                app_open(&app, screens[i]);
                frame();
                const DrawCmd *c = text_outside_window(false);
                if (c)
                    fail_msg("%dx%d screen %s step %d: \"%.*s\" at x %d w %d", W, H, app_screens[screens[i]].name, step,
                             (int)c->len, draw_text_of(&ui.dl, c), c->rect.x, c->rect.w);
            }
        }
    }
}

/* The start reads a profile's log once: the review states (Herhalen) come
 * from the pass that loads the answers, not from reading the file again. */
static void opening_a_profile_reads_its_log_once_for_the_answers_and_the_review_states(void **state)
{
    (void)state;
    record(0, 1);
    record(1, 0);
    record(2, 1);
    char id[PROFILE_ID_SIZE], path[4200], moved[4300];
    snprintf(id, sizeof id, "%s", app.progress.profile_id);
    assert_true(app_profile_open(&app, id));
    assert_int_equal(progress_count(app.progress.log), 3);
    /* The log moved away: a second read now would find no answers. */
    snprintf(path, sizeof path, "%s", progress_path(app.progress.log));
    snprintf(moved, sizeof moved, "%s.moved", path);
    assert_int_equal(rename(path, moved), 0);
    const ReviewStates *st = app_review_states(&app);
    assert_non_null(st);
    assert_int_equal(review_states_answers(st), 3);
    /* They are the states read from the file. */
    ReviewStates *again = review_states_new(course);
    assert_true(review_states_load(again, moved));
    for (size_t q = 0; q < course->nquestions; q++) {
        const ReviewItem *a = review_states_item(st, q), *b = review_states_item(again, q);
        assert_int_equal(a->reviews, b->reviews);
        assert_true(a->fsrs.stability == b->fsrs.stability && a->fsrs.difficulty == b->fsrs.difficulty);
    }
    review_states_free(again);
    assert_int_equal(rename(moved, path), 0);
    /* An answer after the start is fed to them as before. */
    record(3, 1);
    assert_int_equal(review_states_answers(app_review_states(&app)), 4);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, start, fixture_stop)
    const struct CMUnitTest tests[] = {
        T(the_start_screen_says_who_is_practising_and_leads_to_the_profiles),
        T(a_new_profile_is_opened_at_once),
        T(a_hostile_name_is_only_a_name),
        T(a_name_of_41_characters_is_refused_with_the_rule),
        T(an_empty_or_duplicate_name_is_refused),
        T(renaming_changes_the_name_everywhere),
        T(deleting_asks_first_and_keeps_the_answers_aside),
        T(deleting_the_only_profile_starts_a_new_one),
        T(mastery_shows_in_the_contents_with_a_check_mark),
        T(the_contents_state_the_mastery_rule_and_agree_with_the_start_screen),
        T(the_start_screen_tells_where_to_go_on),
        T(mastering_every_section_is_said_on_the_start_screen),
        T(the_progress_screen_states_the_rule_and_charts_it),
        T(past_tests_are_listed_with_their_cijfer_and_charted),
        T(a_narrow_list_of_tests_joins_date_and_questions_with_a_dot),
        T(a_weak_goal_is_practised_with_exactly_its_questions),
        T(the_export_button_saves_the_csv_and_shows_where),
        T(open_map_asks_the_host_to_open_the_exports_folder),
        T(the_class_quiz_export_goes_to_the_same_exports_folder),
        T(a_class_export_that_cannot_make_its_folder_says_why),
        T(a_practice_answer_exports_with_the_letter_the_student_pressed),
        T(a_failed_write_shows_in_the_error_bar_and_hides_nothing),
        T(a_torn_answer_is_told_once_on_the_start_screen),
        T(opening_a_profile_reads_its_log_once_for_the_answers_and_the_review_states),
        T(nothing_leaves_the_window),
    };
#undef T
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
