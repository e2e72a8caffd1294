/* strings_en.c - the English interface (--lang en or an English locale).
 * The course itself stays Dutch. Also holds the table lookup. */
#include <string.h>

#include "strings.h"

const char *const strings_en[STR_COUNT] = {
    [STR_APP_NAME] = "Accountwijs",
    [STR_BACK] = "Back",
    [STR_NAV_CONTENTS] = "Contents",
    [STR_NAV_GLOSSARY] = "Glossary",
    [STR_NAV_SEARCH] = "Search",
    [STR_NAV_SETTINGS] = "Display",
    [STR_START_TAGLINE] = "Read the chapter, learn the key terms and practise section by section.",
    [STR_START_CONTINUE] = "Continue reading",
    [STR_START_BEGIN] = "Start reading",
    [STR_START_CONTENTS] = "In this chapter",
    [STR_START_HINT] = "Tab moves, Enter opens, Ctrl+F searches the whole course.",
    [STR_TOC_TITLE] = "Table of contents",
    [STR_TOC_PROGRESS] = "%d%% mastered",
    [STR_TOC_GOALS] = "%zu learning goals",
    [STR_READER_SECTION_OF] = "Section %zu of %zu",
    [STR_GOALS_TITLE] = "Learning goals",
    [STR_GOALS_INTRO] = "After this section you can:",
    [STR_TERM_LABEL] = "Key term",
    [STR_TERM_SHOW] = "Click or press Enter for the meaning",
    [STR_EXAMPLE] = "Example",
    [STR_PRACTICE] = "Practise this section",
    [STR_PRACTICE_HINT] = "Test yourself with questions about this section.",
    [STR_PREV_SECTION] = "Previous section",
    [STR_NEXT_SECTION] = "Next section",
    [STR_END_OF_CHAPTER] = "End of the chapter",
    [STR_GLOSSARY_TITLE] = "Glossary",
    [STR_GLOSSARY_FILTER] = "Type to filter\xE2\x80\xA6",
    [STR_GLOSSARY_COUNT] = "%zu of %zu terms",
    [STR_GLOSSARY_NONE] = "No term found. Try part of the word.",
    [STR_GLOSSARY_IN_SECTION] = "Read in %s",
    [STR_SEARCH_TITLE] = "Search",
    [STR_SEARCH_PLACEHOLDER] = "Search the whole course\xE2\x80\xA6",
    [STR_SEARCH_HINT] = "Type one or more words. \xE2\x86\x91 and \xE2\x86\x93 pick a result, Enter opens it.",
    [STR_SEARCH_COUNT] = "%zu results",
    [STR_SEARCH_MORE] = "Showing the first %zu; make the search more precise.",
    [STR_SEARCH_NONE] = "Nothing found. Check the spelling or try another word.",
    [STR_SETTINGS_TITLE] = "Display",
    [STR_SETTINGS_THEME] = "Colours",
    [STR_THEME_LIGHT] = "Light",
    [STR_THEME_DARK] = "Dark",
    [STR_THEME_CONTRAST] = "High contrast",
    [STR_SETTINGS_TEXT_SIZE] = "Text size",
    [STR_TEXT_SMALLER] = "Smaller",
    [STR_TEXT_LARGER] = "Larger",
    [STR_TEXT_RESET] = "Default",
    [STR_SETTINGS_FONT] = "Font",
    [STR_FONT_DYSLEXIC] = "Dyslexia-friendly font (OpenDyslexic, more spacing)",
    [STR_SETTINGS_SCREEN] = "Screen",
    [STR_FULLSCREEN] = "Full screen on or off (F11)",
    [STR_SETTINGS_KEYS] = "Keyboard shortcuts",
    [STR_KEYS_HELP] = "Tab / Shift+Tab\tnext / previous element\n"
                      "Enter\topen or choose\n"
                      "Esc\tback\n"
                      "Alt+\xE2\x86\x90 / Alt+\xE2\x86\x92\tprevious / next section\n"
                      "\xE2\x86\x91 \xE2\x86\x93 PageUp PageDown Space\tscroll\n"
                      "Home / End\tto the start / end\n"
                      "Ctrl+F\tsearch the whole course\n"
                      "Ctrl+plus / Ctrl+minus / Ctrl+0\ttext larger / smaller / default\n"
                      "F11\tfull screen",
    [STR_SETTINGS_SAVED_IN] = "Your choices are kept in %s",
    [STR_QUIZ_TITLE] = "Practice",
    [STR_PROFILE_DEFAULT] = "Student 1",
    [STR_QUIZ_SOON] = "The practice questions for this section will appear here.",
    [STR_ERROR_FONT] = "The font %s cannot be loaded.",
};

const char *str_get(Lang lang, StrId id)
{
    if ((unsigned)id >= STR_COUNT)
        return "?";
    const char *s = lang == LANG_EN ? strings_en[id] : strings_nl[id];
    return s ? s : strings_nl[id] ? strings_nl[id] : "?";
}

Lang lang_from_locale(const char *value)
{
    return value && strncmp(value, "en", 2) == 0 ? LANG_EN : LANG_NL;
}

int lang_from_code(const char *code, Lang *out)
{
    if (strcmp(code, "nl") == 0)
        *out = LANG_NL;
    else if (strcmp(code, "en") == 0)
        *out = LANG_EN;
    else
        return 0;
    return 1;
}
