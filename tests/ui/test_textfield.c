/* test_textfield.c - the one-line text field the cloze blanks, the glossary
 * filter and search use: a caret that moves by code point and by word,
 * Backspace and Delete of whole code points, an IME composition shown at
 * the caret until it is committed, and Enter left to the screen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "fake.h"
#include "ui.h"
#include "widgets.h"

static Ui ui;
static UiInput in;
static char buf[32];
static const Rect FIELD = {10, 10, 300, 40};

static int setup(void **state)
{
    (void)state;
    memset(&in, 0, sizeof in);
    memset(buf, 0, sizeof buf);
    if (!ui_init(&ui, fake_measure()))
        return -1;
    ui_set_focus(&ui, ui_id("field", 0), false);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ui_free(&ui);
    return 0;
}

/* One frame with the field; returns whether the text changed. */
static bool field(void)
{
    ui_begin(&ui, &in, 400, 300, 1, 0);
    bool changed = ui_textfield(&ui, ui_id("field", 0), FIELD, buf, sizeof buf, "typ hier");
    ui_end(&ui);
    return changed;
}

static void type(const char *s)
{
    input_text(&in, s);
    field();
}

static void key(int k, int mods)
{
    input_key(&in, k, mods);
    field();
}

/* The caret: the thin text-coloured rect inside the field. */
static const DrawCmd *caret(void)
{
    for (size_t i = 0; i < ui.dl.ncmds; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_RECT && c->rect.w <= 3 && c->rect.h > 10 &&
            memcmp(&c->color, &ui.theme->text, sizeof c->color) == 0)
            return c;
    }
    return NULL;
}

static void typing_inserts_at_the_caret_which_moves_by_code_point(void **state)
{
    (void)state;
    type("cafe");
    key(UI_KEY_LEFT, 0);
    key(UI_KEY_BACKSPACE, 0);
    assert_string_equal(buf, "cae");
    type("fé");
    assert_string_equal(buf, "cafée");
    key(UI_KEY_DELETE, 0);
    assert_string_equal(buf, "café");
    /* Left over a two-byte é lands before it, never inside it. */
    key(UI_KEY_LEFT, 0);
    type("X");
    assert_string_equal(buf, "cafXé");
    key(UI_KEY_HOME, 0);
    type("[");
    key(UI_KEY_END, 0);
    type("]");
    assert_string_equal(buf, "[cafXé]");
}

static void backspace_removes_a_whole_character_and_ctrl_a_word(void **state)
{
    (void)state;
    type("coördinator ĳs");
    key(UI_KEY_BACKSPACE, 0);
    key(UI_KEY_BACKSPACE, 0);
    assert_string_equal(buf, "coördinator ");
    key(UI_KEY_BACKSPACE, UI_MOD_CTRL);
    assert_string_equal(buf, "");
    type("co\xC3\xB6");
    key(UI_KEY_BACKSPACE, 0);
    assert_string_equal(buf, "co");
    size_t bad;
    assert_true(utf8_valid(buf, strlen(buf), &bad));
}

static void ctrl_arrows_move_by_word(void **state)
{
    (void)state;
    type("wederzijds voordeel");
    key(UI_KEY_LEFT, UI_MOD_CTRL);
    type("groot ");
    assert_string_equal(buf, "wederzijds groot voordeel");
    key(UI_KEY_HOME, 0);
    key(UI_KEY_RIGHT, UI_MOD_CTRL);
    type("!");
    assert_string_equal(buf, "wederzijds! groot voordeel");
}

static void the_caret_is_drawn_where_the_next_character_goes(void **state)
{
    (void)state;
    type("abcd");
    const DrawCmd *c = caret();
    assert_non_null(c);
    int at_end = c->rect.x;
    key(UI_KEY_LEFT, 0);
    key(UI_KEY_LEFT, 0);
    c = caret();
    assert_non_null(c);
    /* Two fake characters (8 px each at size 16) further left. */
    assert_int_equal(at_end - c->rect.x, 16);
    /* The host learns where to put the IME's candidate window. */
    assert_int_equal(ui.text_input_rect.x, c->rect.x);
    assert_true(ui.text_input_rect.w > 0);
}

static void a_composition_shows_at_the_caret_until_committed(void **state)
{
    (void)state;
    type("ab");
    key(UI_KEY_LEFT, 0);
    snprintf(in.compose, sizeof in.compose, "%s", "\xE3\x81\x8B"); /* か, still composing */
    in.compose_cursor = strlen(in.compose);
    field();
    /* Shown between a and b, underlined, but not in the text yet. */
    assert_string_equal(buf, "ab");
    const DrawCmd *a = find_text(&ui.dl, "a", false), *k = find_text(&ui.dl, "\xE3\x81\x8B", false),
                  *b = find_text(&ui.dl, "b", false);
    assert_non_null(a);
    assert_non_null(k);
    assert_non_null(b);
    assert_true(a->rect.x < k->rect.x && k->rect.x < b->rect.x);
    bool underline = false;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        underline |= ui.dl.cmds[i].kind == DRAW_RECT && ui.dl.cmds[i].rect.x == k->rect.x &&
                     ui.dl.cmds[i].rect.w == k->rect.w && ui.dl.cmds[i].rect.h <= 2;
    assert_true(underline);
    /* Keys belong to the input method while it composes. */
    key(UI_KEY_BACKSPACE, 0);
    assert_string_equal(buf, "ab");
    /* Committed: the text arrives, the composition is gone. */
    in.compose[0] = '\0';
    type("\xE3\x81\x8B");
    assert_string_equal(buf, "a\xE3\x81\x8B"
                             "b");
}

static void ctrl_a_selects_all_and_typing_replaces_it(void **state)
{
    (void)state;
    type("accountmanager");
    key('a', UI_MOD_CTRL);
    type("klant");
    assert_string_equal(buf, "klant");
    key('a', UI_MOD_CTRL);
    key(UI_KEY_BACKSPACE, 0);
    assert_string_equal(buf, "");
}

static void a_caret_move_ends_the_selection_without_changing_the_text(void **state)
{
    (void)state;
    type("relatie");
    key('a', UI_MOD_CTRL);
    key(UI_KEY_HOME, 0);
    type("de ");
    assert_string_equal(buf, "de relatie");
    key('a', UI_MOD_CTRL);
    key(UI_KEY_RIGHT, 0);
    type("s");
    assert_string_equal(buf, "de relaties");
}

static void enter_is_left_for_the_screen(void **state)
{
    (void)state;
    type("account");
    input_key(&in, UI_KEY_ENTER, 0);
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_textfield(&ui, ui_id("field", 0), FIELD, buf, sizeof buf, NULL);
    assert_true(ui_key(&ui, UI_KEY_ENTER, 0));
    ui_end(&ui);
}

static void a_click_gives_the_focus_and_a_new_field_puts_the_caret_at_the_end(void **state)
{
    (void)state;
    ui.focus = 0;
    snprintf(buf, sizeof buf, "%s", "vast");
    input_click(&in, FIELD.x + 5, FIELD.y + 5);
    field();
    assert_int_equal(ui.focus, ui_id("field", 0));
    type("e");
    assert_string_equal(buf, "vaste");
}

static void a_full_buffer_takes_no_more_and_stays_valid(void **state)
{
    (void)state;
    for (int i = 0; i < 20; i++)
        type("é");
    assert_int_equal(strlen(buf), 30);
    key(UI_KEY_HOME, 0);
    type("x");
    assert_int_equal(strlen(buf), 31);
    type("é");
    assert_int_equal(strlen(buf), 31);
    size_t bad;
    assert_true(utf8_valid(buf, strlen(buf), &bad));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(typing_inserts_at_the_caret_which_moves_by_code_point, setup, teardown),
        cmocka_unit_test_setup_teardown(backspace_removes_a_whole_character_and_ctrl_a_word, setup, teardown),
        cmocka_unit_test_setup_teardown(ctrl_arrows_move_by_word, setup, teardown),
        cmocka_unit_test_setup_teardown(the_caret_is_drawn_where_the_next_character_goes, setup, teardown),
        cmocka_unit_test_setup_teardown(a_composition_shows_at_the_caret_until_committed, setup, teardown),
        cmocka_unit_test_setup_teardown(ctrl_a_selects_all_and_typing_replaces_it, setup, teardown),
        cmocka_unit_test_setup_teardown(a_caret_move_ends_the_selection_without_changing_the_text, setup, teardown),
        cmocka_unit_test_setup_teardown(enter_is_left_for_the_screen, setup, teardown),
        cmocka_unit_test_setup_teardown(a_click_gives_the_focus_and_a_new_field_puts_the_caret_at_the_end, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_full_buffer_takes_no_more_and_stays_valid, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
