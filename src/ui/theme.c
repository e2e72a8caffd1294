/* theme.c - the three themes. Body text contrast: light 15:1 on warm
 * paper, dark 13:1, high contrast 21:1 (white on black, yellow accents,
 * cyan focus, as Windows' high-contrast schemes do). */
#include "theme.h"

#include <string.h>

/* clang-format off */
#define RGB(v) {(uint8_t)((v) >> 16), (uint8_t)((v) >> 8 & 0xff), (uint8_t)((v) & 0xff), 255}
/* clang-format on */

static const Theme themes[THEME_COUNT] = {
    [THEME_LIGHT] =
        {
            .key = "light",
            .bg = RGB(0xFBFAF6),
            .text = RGB(0x1E2226),
            .muted = RGB(0x59616B),
            .heading = RGB(0x13171B),
            .accent = RGB(0x1D5BA3),
            .accent_text = RGB(0xFFFFFF),
            .accent_soft = RGB(0xE1EAF5),
            .border = RGB(0xC9C5BA),
            .rule = RGB(0xDEDAD0),
            .bar = RGB(0xF2F0EA),
            .button = RGB(0xFFFFFF),
            .button_hover = RGB(0xEDEAE2),
            .example = RGB(0xF4F0E4),
            .example_edge = RGB(0xB8862B),
            .term = RGB(0xEDF2F8),
            .term_edge = RGB(0x1D5BA3),
            .goals = RGB(0xEDF4EE),
            .goals_edge = RGB(0x3A7A4E),
            .diagram = RGB(0xFFFFFF),
            .diagram_edge = RGB(0x7C8590),
            .highlight = RGB(0xFFE27A),
            .spoken = RGB(0xBFDFFF),
            .spoken_edge = RGB(0x1F5FAF),
            .focus = RGB(0xD9480F),
            .scroll_track = RGB(0xECE9E1),
            .scroll_thumb = RGB(0xABA79C),
            .scroll_thumb_hover = RGB(0x7D796F),
            .error = RGB(0xB3261E),
            .right = RGB(0x1E7A3C),
            .right_soft = RGB(0xE3F1E6),
            .wrong = RGB(0xB3261E),
            .wrong_soft = RGB(0xF8E3E1),
        },
    [THEME_DARK] =
        {
            .key = "dark",
            .bg = RGB(0x17191C),
            .text = RGB(0xE2E4E7),
            .muted = RGB(0xA3AAB3),
            .heading = RGB(0xF3F4F6),
            .accent = RGB(0x82B6F0),
            .accent_text = RGB(0x0E1114),
            .accent_soft = RGB(0x263649),
            .border = RGB(0x474D55),
            .rule = RGB(0x30353B),
            .bar = RGB(0x1E2125),
            .button = RGB(0x23272C),
            .button_hover = RGB(0x2E333A),
            .example = RGB(0x24231F),
            .example_edge = RGB(0xD5A84B),
            .term = RGB(0x1D2733),
            .term_edge = RGB(0x82B6F0),
            .goals = RGB(0x1C2720),
            .goals_edge = RGB(0x73BF8A),
            .diagram = RGB(0x202429),
            .diagram_edge = RGB(0x8A939E),
            .highlight = RGB(0x6E5B12),
            .spoken = RGB(0x1D4F80),
            .spoken_edge = RGB(0x8CC4FF),
            .focus = RGB(0xFF9F5A),
            .scroll_track = RGB(0x23262A),
            .scroll_thumb = RGB(0x50565F),
            .scroll_thumb_hover = RGB(0x747B86),
            .error = RGB(0xFF8A80),
            .right = RGB(0x7BD88F),
            .right_soft = RGB(0x1C3123),
            .wrong = RGB(0xFF8A80),
            .wrong_soft = RGB(0x3A2020),
        },
    [THEME_CONTRAST] =
        {
            .key = "contrast",
            .bg = RGB(0x000000),
            .text = RGB(0xFFFFFF),
            .muted = RGB(0xFFFFFF),
            .heading = RGB(0xFFFFFF),
            .accent = RGB(0xFFFF00),
            .accent_text = RGB(0x000000),
            .accent_soft = RGB(0x2A2A00),
            .border = RGB(0xFFFFFF),
            .rule = RGB(0xFFFFFF),
            .bar = RGB(0x000000),
            .button = RGB(0x000000),
            .button_hover = RGB(0x2A2A00),
            .example = RGB(0x000000),
            .example_edge = RGB(0xFFFF00),
            .term = RGB(0x000000),
            .term_edge = RGB(0x00FFFF),
            .goals = RGB(0x000000),
            .goals_edge = RGB(0x00FF00),
            .diagram = RGB(0x000000),
            .diagram_edge = RGB(0xFFFFFF),
            .highlight = RGB(0x0000B4),
            .spoken = RGB(0x5B1A99),
            .spoken_edge = RGB(0xFFFF00),
            .focus = RGB(0x00FFFF),
            .scroll_track = RGB(0x000000),
            .scroll_thumb = RGB(0xFFFFFF),
            .scroll_thumb_hover = RGB(0xFFFF00),
            .error = RGB(0xFF6060),
            .right = RGB(0x00FF00),
            .right_soft = RGB(0x002A00),
            .wrong = RGB(0xFF6060),
            .wrong_soft = RGB(0x3A0000),
        },
};

const Theme *theme_get(ThemeId id)
{
    return (unsigned)id < THEME_COUNT ? &themes[id] : &themes[THEME_LIGHT];
}

bool theme_from_key(const char *key, ThemeId *out)
{
    for (int i = 0; i < THEME_COUNT; i++)
        if (strcmp(themes[i].key, key) == 0) {
            *out = (ThemeId)i;
            return true;
        }
    return false;
}

Color theme_role(const Theme *t, ThemeRole role)
{
    switch (role) {
    case ROLE_TEXT:
        return t->text;
    case ROLE_MUTED:
        return t->muted;
    case ROLE_HEADING:
        return t->heading;
    case ROLE_ACCENT:
        return t->accent;
    case ROLE_BORDER:
        return t->border;
    case ROLE_RULE:
        return t->rule;
    case ROLE_BG:
        return t->bg;
    case ROLE_EXAMPLE:
        return t->example;
    case ROLE_EXAMPLE_EDGE:
        return t->example_edge;
    case ROLE_TERM:
        return t->term;
    case ROLE_TERM_EDGE:
        return t->term_edge;
    case ROLE_GOALS:
        return t->goals;
    case ROLE_GOALS_EDGE:
        return t->goals_edge;
    case ROLE_DIAGRAM:
        return t->diagram;
    case ROLE_DIAGRAM_EDGE:
        return t->diagram_edge;
    case ROLE_HIGHLIGHT:
        return t->highlight;
    case ROLE_COUNT:
        break;
    }
    return t->text;
}
