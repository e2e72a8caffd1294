/* test_ui.c - the Ui context: clicks decided within a frame, capture,
 * focus order with Tab, key consumption, scroll areas, the text field and
 * the DrawList hash. A fake measurer stands in for fonts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h> /* the system's: no header of src/ui may shadow it */

#include <cmocka.h>

#include "fake.h"
#include "ui.h"
#include "widgets.h"

static Ui ui;
static UiInput in;

static int setup(void **state)
{
    (void)state;
    memset(&in, 0, sizeof in);
    return ui_init(&ui, fake_measure()) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ui_free(&ui);
    return 0;
}

static const Rect A = {10, 10, 100, 30}, B = {10, 50, 100, 30};

/* One frame with two buttons; returns which were clicked (bit 0: A). */
static int two_buttons(void)
{
    ui_begin(&ui, &in, 400, 300, 1, 0);
    int r = ui_button(&ui, ui_id("a", 0), A, "Een", UI_BUTTON_PLAIN);
    r |= ui_button(&ui, ui_id("b", 0), B, "Twee", UI_BUTTON_PLAIN) << 1;
    ui_end(&ui);
    return r;
}

static void click_counts_when_press_and_release_fall_in_one_frame(void **state)
{
    (void)state;
    input_click(&in, 20, 20);
    assert_int_equal(two_buttons(), 1);
    /* The input was taken over: the next frame clicks nothing. */
    assert_int_equal(two_buttons(), 0);
}

static void click_counts_when_press_and_release_come_in_two_frames(void **state)
{
    (void)state;
    in.mouse_x = in.press_x = 20;
    in.mouse_y = in.press_y = 60;
    in.mouse_inside = in.pressed = in.down = true;
    assert_int_equal(two_buttons(), 0);
    in.released = true;
    in.down = false;
    in.release_x = 25;
    in.release_y = 65;
    assert_int_equal(two_buttons(), 2);
}

static void release_over_another_element_clicks_nothing(void **state)
{
    (void)state;
    in.mouse_x = in.press_x = 20;
    in.mouse_y = in.press_y = 20;
    in.mouse_inside = in.pressed = in.down = true;
    assert_int_equal(two_buttons(), 0);
    in.released = true;
    in.down = false;
    in.release_x = 20;
    in.release_y = 60; /* over B, but the press captured A */
    assert_int_equal(two_buttons(), 0);
    assert_int_equal(ui.active, 0);
}

static void tab_moves_focus_in_drawing_order_and_wraps(void **state)
{
    (void)state;
    two_buttons();
    assert_int_equal(ui.focus, 0);
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("a", 0));
    assert_true(ui.focus_visible);
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("b", 0));
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("a", 0));
    input_key(&in, UI_KEY_TAB, UI_MOD_SHIFT);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("b", 0));
}

static void enter_activates_the_focused_element_once(void **state)
{
    (void)state;
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons();
    input_key(&in, UI_KEY_ENTER, 0);
    assert_int_equal(two_buttons(), 1);
    assert_int_equal(two_buttons(), 0);
}

static void focus_ring_is_drawn_only_after_keyboard_use(void **state)
{
    (void)state;
    input_click(&in, 20, 20);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("a", 0));
    size_t before = ui.dl.ncmds;
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons(); /* moves the focus to b, visibly */
    two_buttons();
    assert_true(ui.focus_visible);
    assert_true(ui.dl.ncmds > before);
    /* The ring uses the theme's focus colour. */
    bool ring = false;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        ring |= ui.dl.cmds[i].kind == DRAW_BORDER && memcmp(&ui.dl.cmds[i].color, &ui.theme->focus, sizeof(Color)) == 0;
    assert_true(ring);
}

static void a_vanished_element_loses_the_focus(void **state)
{
    (void)state;
    input_key(&in, UI_KEY_TAB, 0);
    two_buttons();
    assert_int_equal(ui.focus, ui_id("a", 0));
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_end(&ui);
    assert_int_equal(ui.focus, 0);
}

static void a_key_is_consumed_once(void **state)
{
    (void)state;
    input_key(&in, 'f', UI_MOD_CTRL);
    ui_begin(&ui, &in, 400, 300, 1, 0);
    assert_false(ui_key(&ui, 'f', 0));
    assert_false(ui_key(&ui, 'f', UI_MOD_CTRL | UI_MOD_SHIFT));
    assert_true(ui_key_any_shift(&ui, 'f', UI_MOD_CTRL));
    assert_false(ui_key(&ui, 'f', UI_MOD_CTRL));
    ui_end(&ui);
}

/* A frame with a scroll area of 100 px over content of CONTENT px. */
static int scroll_frame(UiScroll *s, int content)
{
    ui_begin(&ui, &in, 400, 300, 1, 0);
    int top = ui_scroll_begin(&ui, s, ui_id("list", 0), (Rect){0, 50, 400, 100}, UI_SCROLL_KEYS);
    ui_scroll_end(&ui, s, content);
    ui_end(&ui);
    return top;
}

static void scroll_area_follows_wheel_and_keys_and_stays_in_range(void **state)
{
    (void)state;
    UiScroll s = {0};
    assert_int_equal(scroll_frame(&s, 1000), 50);
    in.mouse_x = 200;
    in.mouse_y = 100;
    in.mouse_inside = true;
    in.wheel = 1;
    assert_int_equal(scroll_frame(&s, 1000), 50 - 60);
    in.wheel = -10;
    scroll_frame(&s, 1000);
    assert_true(s.y == 0);
    input_key(&in, UI_KEY_END, 0);
    scroll_frame(&s, 1000);
    assert_true(s.y == 900);
    input_key(&in, UI_KEY_PAGEUP, 0);
    scroll_frame(&s, 1000);
    assert_true(s.y == 840);
    input_key(&in, UI_KEY_HOME, 0);
    scroll_frame(&s, 1000);
    assert_true(s.y == 0);
    /* Content shorter than the view does not scroll. */
    input_key(&in, UI_KEY_PAGEDOWN, 0);
    scroll_frame(&s, 50);
    assert_true(s.y == 0);
}

static void dragging_the_thumb_scrolls_and_a_click_on_the_track_pages(void **state)
{
    (void)state;
    UiScroll s = {0};
    scroll_frame(&s, 1000); /* view 0,50 400x100: the thumb is at the top right */
    int x = 400 - ui_scrollbar_width(&ui) / 2;
    in.mouse_x = in.press_x = x;
    in.mouse_y = in.press_y = 55;
    in.mouse_inside = in.pressed = in.down = true;
    scroll_frame(&s, 1000);
    assert_true(s.y == 0);
    in.mouse_y = 105; /* dragged down 50 of the 64 px the thumb can travel */
    scroll_frame(&s, 1000);
    assert_true(s.y > 650 && s.y < 750);
    in.released = true;
    in.down = false;
    in.release_x = x;
    in.release_y = 105;
    scroll_frame(&s, 1000);
    float after_drag = s.y;
    in.mouse_y = 55; /* moving without the button does nothing */
    scroll_frame(&s, 1000);
    assert_true(s.y == after_drag);
    input_click(&in, x, 52); /* above the thumb: a page up */
    scroll_frame(&s, 1000);
    assert_true(s.y < after_drag);
}

static void tab_scrolls_the_focused_element_into_view(void **state)
{
    (void)state;
    UiScroll s = {0};
    for (int f = 0; f < 3; f++) {
        ui_begin(&ui, &in, 400, 300, 1, 0);
        int top = ui_scroll_begin(&ui, &s, ui_id("list", 0), (Rect){0, 0, 400, 200}, 0);
        for (int i = 0; i < 20; i++)
            ui_focusable(&ui, ui_id("row", (size_t)i), (Rect){0, top + i * 100, 300, 40});
        ui_scroll_end(&ui, &s, 2000);
        ui_end(&ui);
        if (f == 0)
            for (int k = 0; k < 5; k++)
                input_key(&in, UI_KEY_TAB, 0);
    }
    assert_int_equal(ui.focus, ui_id("row", 4));
    /* Row 4 spans 400..440 in content: now inside the 200 px view. */
    assert_true(s.y <= 400 && s.y + 200 >= 440);
}

static void text_field_takes_typing_and_backspace_by_code_point(void **state)
{
    (void)state;
    char buf[16] = "";
    UiId id = ui_id("field", 0);
    ui_set_focus(&ui, id, false);
    input_text(&in, "café");
    ui_begin(&ui, &in, 400, 300, 1, 0);
    assert_true(ui_textfield(&ui, id, (Rect){0, 0, 200, 30}, buf, sizeof buf, "zoek"));
    ui_end(&ui);
    assert_string_equal(buf, "café");
    input_key(&in, UI_KEY_BACKSPACE, 0);
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_textfield(&ui, id, (Rect){0, 0, 200, 30}, buf, sizeof buf, "zoek");
    ui_end(&ui);
    assert_string_equal(buf, "caf");
    /* It never overflows its buffer, nor cuts a code point. */
    input_text(&in, "ééééééééé");
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_textfield(&ui, id, (Rect){0, 0, 200, 30}, buf, sizeof buf, "zoek");
    ui_end(&ui);
    assert_int_equal(strlen(buf), 15);
    size_t bad;
    assert_true(utf8_valid(buf, strlen(buf), &bad));
}

static void same_frame_gives_same_hash_and_a_change_another(void **state)
{
    (void)state;
    two_buttons();
    uint64_t h1 = draw_hash(&ui.dl);
    two_buttons();
    assert_true(draw_hash(&ui.dl) == h1);
    in.mouse_x = 20;
    in.mouse_y = 20;
    in.mouse_inside = true; /* hover changes the face of A */
    two_buttons();
    assert_true(draw_hash(&ui.dl) != h1);
}

/* A frame whose only change is a text of the same length (the same
 * commands, other bytes in DrawList.chars) gets another hash too, so a
 * changed word is presented. */
static void a_text_change_alone_gives_another_hash(void **state)
{
    (void)state;
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_label(&ui, 10, 10, ui.font, ui.theme->text, "goed");
    ui_end(&ui);
    uint64_t h1 = draw_hash(&ui.dl);
    size_t n = ui.dl.ncmds;
    DrawCmd *before = malloc(n * sizeof *before);
    assert_non_null(before);
    memcpy(before, ui.dl.cmds, n * sizeof *before);
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_label(&ui, 10, 10, ui.font, ui.theme->text, "fout");
    ui_end(&ui);
    assert_int_equal(ui.dl.ncmds, n);
    assert_memory_equal(ui.dl.cmds, before, n * sizeof *before); /* only the text differs */
    free(before);
    assert_true(draw_hash(&ui.dl) != h1);
}

static void labels_outside_the_clip_are_not_drawn(void **state)
{
    (void)state;
    ui_begin(&ui, &in, 400, 300, 1, 0);
    ui_push_clip(&ui, (Rect){0, 0, 400, 100});
    ui_label(&ui, 0, 10, ui.font, ui.theme->text, "zichtbaar");
    ui_label(&ui, 0, 200, ui.font, ui.theme->text, "onzichtbaar");
    ui_pop_clip(&ui);
    ui_end(&ui);
    assert_non_null(find_text(&ui.dl, "zichtbaar", false));
    assert_null(find_text(&ui.dl, "onzichtbaar", false));
}

static void label_fit_cuts_with_an_ellipsis_inside_the_width(void **state)
{
    (void)state;
    ui_begin(&ui, &in, 400, 300, 1, 0);
    int w = ui_label_fit(&ui, 0, 0, 60, ui.font, ui.theme->text, "een heel lange titel die niet past");
    ui_end(&ui);
    assert_true(w <= 60);
    const DrawCmd *c = find_text(&ui.dl, "\xE2\x80\xA6", true);
    assert_non_null(c);
}

/* The string table's header was once ui/strings.h, and the ui folder is on
 * the include path: <strings.h> then found it, and strcasecmp was missing. */
static void the_system_strings_header_is_not_shadowed_by_a_ui_header(void **state)
{
    (void)state;
    assert_int_equal(strcasecmp("Accountwijs", "ACCOUNTWIJS"), 0);
    assert_true(strncasecmp("abc", "ABD", 3) < 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(click_counts_when_press_and_release_fall_in_one_frame, setup, teardown),
        cmocka_unit_test_setup_teardown(click_counts_when_press_and_release_come_in_two_frames, setup, teardown),
        cmocka_unit_test_setup_teardown(release_over_another_element_clicks_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(tab_moves_focus_in_drawing_order_and_wraps, setup, teardown),
        cmocka_unit_test_setup_teardown(enter_activates_the_focused_element_once, setup, teardown),
        cmocka_unit_test_setup_teardown(focus_ring_is_drawn_only_after_keyboard_use, setup, teardown),
        cmocka_unit_test_setup_teardown(a_vanished_element_loses_the_focus, setup, teardown),
        cmocka_unit_test_setup_teardown(a_key_is_consumed_once, setup, teardown),
        cmocka_unit_test_setup_teardown(scroll_area_follows_wheel_and_keys_and_stays_in_range, setup, teardown),
        cmocka_unit_test_setup_teardown(dragging_the_thumb_scrolls_and_a_click_on_the_track_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(tab_scrolls_the_focused_element_into_view, setup, teardown),
        cmocka_unit_test_setup_teardown(text_field_takes_typing_and_backspace_by_code_point, setup, teardown),
        cmocka_unit_test_setup_teardown(same_frame_gives_same_hash_and_a_change_another, setup, teardown),
        cmocka_unit_test_setup_teardown(a_text_change_alone_gives_another_hash, setup, teardown),
        cmocka_unit_test_setup_teardown(labels_outside_the_clip_are_not_drawn, setup, teardown),
        cmocka_unit_test_setup_teardown(label_fit_cuts_with_an_ellipsis_inside_the_width, setup, teardown),
        cmocka_unit_test(the_system_strings_header_is_not_shadowed_by_a_ui_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
