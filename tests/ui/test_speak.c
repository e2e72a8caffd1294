/* test_speak.c - Voorlezen in the window, with a fake host in place of
 * espeak-ng and the sound device: the "Lees voor" control on a page, a
 * question and a scenario, the word the host says is spoken lit behind its
 * text and kept in view, pause, stop (Esc, Ctrl+L, leaving the page), a
 * click on a word, the notice without sound, and the speed in Weergave. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture_app.h"
#include "markup.h"

/* The fake host: what the app asked, and what it reports. */
static struct {
    int says, stops;
    size_t start;
    int wpm;
    bool paused;
    bool playing;
    size_t word;
    bool no_audio;
    char fail[64]; /* say fails with this, when set */
} fake;

static bool fake_say(void *host, const SpeechScript *script, size_t start, int wpm, char *err, size_t errsize)
{
    (void)host;
    (void)script;
    if (fake.fail[0]) {
        snprintf(err, errsize, "%s", fake.fail);
        return false;
    }
    fake.says++;
    fake.start = start;
    fake.wpm = wpm;
    fake.playing = true;
    fake.paused = false;
    fake.word = start;
    return true;
}

static void fake_stop(void *host)
{
    (void)host;
    fake.stops++;
    fake.playing = false;
}

static void fake_pause(void *host, bool on)
{
    (void)host;
    fake.paused = on;
}

static void fake_status(void *host, SpeakStatus *out)
{
    (void)host;
    out->playing = fake.playing;
    out->word = fake.word;
    out->next_ms = 200;
    out->no_audio = fake.no_audio;
}

static const SpeakHost fake_host = {fake_say, fake_stop, fake_pause, fake_status};

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-speak");
}

static int start(void **state)
{
    (void)state;
    memset(&fake, 0, sizeof fake);
    if (fixture_start(1280, 800, true) != 0)
        return -1;
    app.speak_host = &fake_host;
    app.speak_ctx = &fake;
    return 0;
}

/* The plain text of script word K, as the screen shows it. */
static void word_text(size_t k, char *out, size_t size)
{
    const SpeechScript *s = &app.speak.script;
    assert_true(k < s->nwords);
    const SpeechWord *w = &s->words[k];
    char *plain = markup_strip_dup(s->parts[w->part].text);
    assert_non_null(plain);
    snprintf(out, size, "%.*s", (int)w->plain_len, plain + w->plain_off);
    free(plain);
}

/* The first script word of part kind KIND at or after word FROM. */
static size_t word_of_kind(SpeechPartKind kind, size_t from)
{
    const SpeechScript *s = &app.speak.script;
    for (size_t k = from; k < s->nwords; k++)
        if (s->parts[s->words[k].part].kind == kind)
            return k;
    fail_msg("no word of part kind %d", (int)kind);
    return 0;
}

/* The highlight's fill on the last frame; fails when there is none. */
static const DrawCmd *spoken_rect(void)
{
    Color c = app.theme->spoken;
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *d = &ui.dl.cmds[i];
        if (d->kind == DRAW_RECT && memcmp(&d->color, &c, sizeof c) == 0)
            return d;
    }
    return NULL;
}

/* The host moves on to word K; a frame later it is lit: the text under
 * the highlight is the word, and the fill lies behind a text run that
 * holds it, on the same line. */
static void lit(size_t k)
{
    fake.word = k;
    now_ms += 200;
    app.wake_at_ms = 0; /* as the host does once it has woken */
    frame();
    char want[128];
    word_text(k, want, sizeof want);
    assert_string_equal(app.speak.shown, want);
    const DrawCmd *r = spoken_rect();
    assert_non_null(r);
    /* one word, one highlight: no other text that happens to share the
     * part's bytes is lit (the hint drawn from the prompt's buffer was) */
    int fills = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        fills += ui.dl.cmds[i].kind == DRAW_RECT && memcmp(&ui.dl.cmds[i].color, &r->color, sizeof r->color) == 0;
    assert_int_equal(fills, 1);
    const DrawCmd *t = NULL;
    for (size_t i = 0; i < ui.dl.ncmds && !t; i++) {
        const DrawCmd *d = &ui.dl.cmds[i];
        if (d->kind == DRAW_TEXT && d->rect.y == r->rect.y && r->rect.x + 4 >= d->rect.x &&
            r->rect.x + r->rect.w <= d->rect.x + d->rect.w + 4) {
            const char *s = draw_text_of(&ui.dl, d);
            for (size_t j = 0; j + strlen(want) <= d->len && !t; j++)
                if (memcmp(s + j, want, strlen(want)) == 0)
                    t = d;
        }
    }
    assert_non_null(t);
    /* drawn before the text, so the text stays on top */
    assert_true(r < t);
}

static void open_section(size_t s)
{
    frame();
    reader_open_at(&app, s, SIZE_MAX, 0, 0);
    frame();
    assert_int_equal(app.screen, SCREEN_READER);
}

static void lees_voor_on_a_page_reads_the_section_and_lights_each_word_in_turn(void **state)
{
    (void)state;
    open_section(0);
    assert_true(shows("Lees voor"));
    click("Lees voor");
    assert_int_equal(fake.says, 1);
    assert_int_equal(fake.start, 0);
    assert_int_equal(fake.wpm, SETTINGS_SPEAK_WPM);
    assert_true(speak_reading(&app, &course->sections[0]));
    assert_true(shows("Pauze"));
    assert_true(shows("Stop"));
    /* the title first (after its number, which has no place of its own),
     * then the words of the first paragraph one by one */
    lit(word_of_kind(SPEECH_PART_TITLE, 0));
    size_t p = word_of_kind(SPEECH_PART_PARAGRAPH, 0);
    lit(p);
    lit(p + 1);
    lit(p + 2);
    /* each frame while reading asks to be woken when the next word is due */
    assert_int_equal(app.wake_at_ms, now_ms + 200);
}

/* Every word of every section that has a place on the page is found
 * there: headings, paragraphs, list items, goals, tables (caption, header,
 * cells), examples, terms (a term being read opens), organigrams, flows. */
static void every_word_of_the_chapter_lights_its_own_text(void **state)
{
    (void)state;
    size_t kinds = 0;
    for (size_t sec = 0; sec < course->nsections; sec++) {
        open_section(sec);
        click("Lees voor");
        const SpeechScript *s = &app.speak.script;
        assert_true(s->nwords > 0);
        for (size_t k = 0; k < s->nwords; k++) {
            SpeechPartKind kind = s->parts[s->words[k].part].kind;
            if (kind == SPEECH_PART_LABEL)
                continue;
            fake.word = k;
            now_ms += 50;
            frame();
            char want[128];
            word_text(k, want, sizeof want);
            if (strcmp(app.speak.shown, want) != 0)
                fail_msg("section %zu word %zu (part kind %d): lit \"%s\", want \"%s\"", sec, k, (int)kind,
                         app.speak.shown, want);
            kinds |= (size_t)1 << kind;
        }
        press(UI_KEY_ESCAPE, 0);
    }
    /* the chapter has every kind of block */
    static const SpeechPartKind need[] = {SPEECH_PART_TITLE,        SPEECH_PART_HEADING,       SPEECH_PART_PARAGRAPH,
                                          SPEECH_PART_LIST_ITEM,    SPEECH_PART_TABLE_HEADER,  SPEECH_PART_TABLE_CELL,
                                          SPEECH_PART_GOAL,         SPEECH_PART_DIAGRAM_TITLE, SPEECH_PART_TREE_NODE,
                                          SPEECH_PART_EXAMPLE_TEXT, SPEECH_PART_TERM,          SPEECH_PART_TERM_TEXT};
    for (size_t i = 0; i < sizeof need / sizeof *need; i++)
        if (!(kinds & ((size_t)1 << need[i])))
            fail_msg("no word of part kind %d was lit", (int)need[i]);
}

static void esc_stops_reading_and_stays_on_the_page(void **state)
{
    (void)state;
    open_section(1);
    click("Lees voor");
    lit(1);
    press(UI_KEY_ESCAPE, 0);
    assert_int_equal(fake.stops, 1);
    assert_false(app.speak.active);
    assert_int_equal(app.screen, SCREEN_READER); /* Esc stopped reading, it did not go back */
    assert_null(spoken_rect());
    assert_true(shows("Lees voor"));
    press(UI_KEY_ESCAPE, 0); /* now Esc goes back again */
    assert_int_not_equal(app.screen, SCREEN_READER);
}

static void ctrl_l_starts_and_stops_and_space_pauses(void **state)
{
    (void)state;
    open_section(0);
    press('l', UI_MOD_CTRL);
    assert_int_equal(fake.says, 1);
    assert_true(app.speak.active);
    press(' ', 0);
    assert_true(fake.paused);
    assert_true(shows("Hervat"));
    uint64_t wake = app.wake_at_ms;
    press(' ', 0);
    assert_false(fake.paused);
    assert_true(shows("Pauze"));
    (void)wake;
    press('l', UI_MOD_CTRL);
    assert_int_equal(fake.stops, 1);
    assert_false(app.speak.active);
}

static void ctrl_l_on_a_page_scrolled_down_reads_from_the_first_block_in_view(void **state)
{
    (void)state;
    open_section(0);
    press(UI_KEY_END, 0);
    assert_true(app.reader.scroll.y > 0);
    press('l', UI_MOD_CTRL);
    assert_int_equal(fake.says, 1);
    const SpeechScript *s = &app.speak.script;
    assert_true(fake.start > 0);
    /* the start is a block of the page's text, one of the last ones */
    const SpeechPart *p = &s->parts[s->words[fake.start].part];
    assert_int_not_equal(p->kind, SPEECH_PART_TITLE);
    assert_true(p->block > 0);
    assert_true(p->block + 4 >= course->sections[0].nblocks);
    lit(fake.start);
    /* from the top, the button reads from the title */
    press(UI_KEY_ESCAPE, 0);
    press(UI_KEY_HOME, 0);
    click("Lees voor");
    assert_int_equal(fake.start, 0);
}

static void reading_ends_when_the_host_has_said_everything(void **state)
{
    (void)state;
    open_section(0);
    click("Lees voor");
    lit(word_of_kind(SPEECH_PART_TITLE, 0));
    fake.playing = false;
    now_ms += 500;
    frame();
    assert_false(app.speak.active);
    assert_null(spoken_rect());
    assert_true(shows("Lees voor"));
}

static void leaving_the_page_stops_reading(void **state)
{
    (void)state;
    open_section(0);
    click("Lees voor");
    lit(word_of_kind(SPEECH_PART_TITLE, 0));
    reader_open_at(&app, 1, SIZE_MAX, 0, 0);
    frame();
    assert_false(app.speak.active);
    assert_int_equal(fake.stops, 1);
}

static void the_page_scrolls_to_keep_the_word_in_view(void **state)
{
    (void)state;
    W = 900;
    H = 600;
    open_section(0);
    click("Lees voor");
    assert_true(app.reader.scroll.y == 0);
    size_t last = app.speak.script.nwords - 1;
    fake.word = last;
    now_ms += 200;
    frame();
    assert_true(app.reader.scroll.y > 0);
    /* the word is inside the view */
    Rect at = app.speak.shown_at;
    assert_true(at.w > 0);
    assert_true(at.y >= app.reader.scroll.view.y);
    assert_true(at.y + at.h <= app.reader.scroll.view.y + app.reader.scroll.view.h);
}

static void a_click_on_a_word_reads_on_from_that_word(void **state)
{
    (void)state;
    open_section(0);
    click("Lees voor");
    size_t p = word_of_kind(SPEECH_PART_PARAGRAPH, 0) + 3;
    /* find the word on the frame: light it once to learn where it is */
    lit(p);
    Rect at = app.speak.shown_at;
    fake.word = 0;
    now_ms += 200;
    frame();
    input_click(&in, at.x + at.w / 2, at.y + at.h / 2);
    frame();
    assert_int_equal(fake.says, 2);
    assert_int_equal(fake.start, p);
}

static void a_question_reads_its_prompt_and_options_with_the_prompt_lit(void **state)
{
    (void)state;
    frame();
    practice_open(&app, 0);
    frame();
    assert_int_equal(app.screen, SCREEN_QUIZ);
    click("Lees voor");
    assert_int_equal(fake.says, 1);
    const SpeechScript *s = &app.speak.script;
    assert_true(s->nwords > 0);
    assert_int_equal(s->parts[s->words[0].part].kind, SPEECH_PART_PROMPT);
    lit(0);
    lit(1);
    size_t o = word_of_kind(SPEECH_PART_OPTION, 0);
    /* the letter before it lights the option's badge */
    size_t letter = word_of_kind(SPEECH_PART_OPTION_LETTER, 0);
    fake.word = letter;
    now_ms += 200;
    frame();
    assert_true(app.speak.shown_at.w > 0);
    assert_true(app.speak.shown[0] >= 'A' && app.speak.shown[0] <= 'D' && !app.speak.shown[1]);
    lit(o);
    press(UI_KEY_ESCAPE, 0);
    assert_false(app.speak.active);
    assert_int_equal(app.screen, SCREEN_QUIZ);
}

/* The first question of TYPE in the course, opened alone in practice. */
static const Question *practise_one(QuestionType type)
{
    for (size_t i = 0; i < course->nquestions; i++)
        if (course->questions[i].type == type) {
            frame();
            practice_open_questions(&app, &i, 1, "test");
            frame();
            assert_int_equal(app.screen, SCREEN_QUIZ);
            return &course->questions[i];
        }
    fail_msg("no question of type %d", (int)type);
    return NULL;
}

static void a_matching_question_reads_both_columns_with_their_badges(void **state)
{
    (void)state;
    W = 1600;
    H = 2000; /* both columns in view */
    const Question *q = practise_one(QUESTION_MATCHING);
    click("Lees voor");
    assert_true(speak_reading(&app, q));
    lit(word_of_kind(SPEECH_PART_PROMPT, 0));
    lit(word_of_kind(SPEECH_PART_OPTION, 0));
    lit(word_of_kind(SPEECH_PART_MATCH, 0));
    /* the right column's letter lights its badge */
    fake.word = word_of_kind(SPEECH_PART_MATCH_LETTER, 0);
    now_ms += 200;
    frame();
    assert_true(app.speak.shown_at.w > 0);
    assert_string_equal(app.speak.shown, "A");
}

static void a_scenario_node_reads_its_title_text_and_choices_and_stops_with_the_next_step(void **state)
{
    (void)state;
    frame();
    app_open_scenario(&app, 0);
    frame();
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.scenario.phase, SCENARIO_SITUATION);
    click("Lees voor");
    assert_int_equal(fake.says, 1);
    const ScenarioNode *node = quiz_scenario_node(&app.scenario.run);
    assert_true(speak_reading(&app, node));
    lit(word_of_kind(SPEECH_PART_NODE_TEXT, 0));
    lit(word_of_kind(SPEECH_PART_CHOICE, 0));
    /* taking a choice moves on: what was read is gone, so reading stops */
    press('1', 0);
    press(UI_KEY_ENTER, 0);
    assert_int_equal(app.scenario.phase, SCENARIO_CONSEQUENCE);
    assert_false(app.speak.active);
    assert_int_equal(fake.stops, 1);
    /* the consequence's feedback has its own control */
    click("Lees voor");
    assert_int_equal(fake.says, 2);
    lit(word_of_kind(SPEECH_PART_FEEDBACK, 0));
}

static void without_sound_a_notice_says_so_once_and_reading_goes_on(void **state)
{
    (void)state;
    fake.no_audio = true;
    open_section(0);
    click("Lees voor");
    frame();
    assert_true(shows("geen geluid"));
    assert_true(app.speak.active);
    lit(1);
    click("Sluiten");
    assert_false(shows("geen geluid"));
    press(UI_KEY_ESCAPE, 0);
    click("Lees voor");
    frame();
    assert_false(shows("geen geluid")); /* once a run */
    assert_true(app.speak.active);
}

static void a_host_that_cannot_speak_says_why(void **state)
{
    (void)state;
    snprintf(fake.fail, sizeof fake.fail, "voorlezen ontbreekt in deze versie");
    open_section(0);
    click("Lees voor");
    assert_false(app.speak.active);
    assert_true(shows("Voorlezen lukt niet: voorlezen ontbreekt in deze versie"));
    app.speak_host = NULL; /* no host at all */
    click("Sluiten");
    click("Lees voor");
    assert_false(app.speak.active);
    assert_true(shows("Voorlezen lukt niet"));
}

static void weergave_sets_the_reading_speed_and_saves_it(void **state)
{
    (void)state;
    H = 2400; /* the whole of Weergave in view */
    frame();
    app_open(&app, SCREEN_SETTINGS);
    frame();
    assert_true(shows("Voorlezen"));
    assert_true(shows("160 woorden per minuut"));
    click("Sneller");
    assert_int_equal(app.settings.speak_wpm, 170);
    assert_true(shows("170 woorden per minuut"));
    click("Langzamer");
    click("Langzamer");
    assert_int_equal(app.settings.speak_wpm, 150);
    Settings saved;
    char err[256];
    assert_true(settings_load(&saved, fixture_settings, err, sizeof err));
    assert_int_equal(saved.speak_wpm, 150);
    /* the slowest speed: Langzamer does nothing more */
    app.settings.speak_wpm = SETTINGS_SPEAK_WPM_MIN;
    click("Langzamer");
    assert_int_equal(app.settings.speak_wpm, SETTINGS_SPEAK_WPM_MIN);
    /* and the reader passes the speed on */
    open_section(0);
    click("Lees voor");
    assert_int_equal(fake.wpm, SETTINGS_SPEAK_WPM_MIN);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, start, fixture_stop)
    const struct CMUnitTest tests[] = {
        T(lees_voor_on_a_page_reads_the_section_and_lights_each_word_in_turn),
        T(every_word_of_the_chapter_lights_its_own_text),
        T(esc_stops_reading_and_stays_on_the_page),
        T(ctrl_l_starts_and_stops_and_space_pauses),
        T(ctrl_l_on_a_page_scrolled_down_reads_from_the_first_block_in_view),
        T(reading_ends_when_the_host_has_said_everything),
        T(leaving_the_page_stops_reading),
        T(the_page_scrolls_to_keep_the_word_in_view),
        T(a_click_on_a_word_reads_on_from_that_word),
        T(a_question_reads_its_prompt_and_options_with_the_prompt_lit),
        T(a_matching_question_reads_both_columns_with_their_badges),
        T(a_scenario_node_reads_its_title_text_and_choices_and_stops_with_the_next_step),
        T(without_sound_a_notice_says_so_once_and_reading_goes_on),
        T(a_host_that_cannot_speak_says_why),
        T(weergave_sets_the_reading_speed_and_saves_it),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
