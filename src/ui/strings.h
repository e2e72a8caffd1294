/* strings.h - every string the program shows (not the course content):
 * one table per language, looked up by key. Add a key here and a line in
 * both strings_nl.c and strings_en.c; test_strings checks that no entry is
 * missing. Strings with a printf conversion say so in their comment. */
#ifndef ACCOUNTWIJS_STRINGS_H
#define ACCOUNTWIJS_STRINGS_H

typedef enum { LANG_NL, LANG_EN, LANG_COUNT } Lang;

typedef enum {
    STR_APP_NAME,
    STR_BACK,
    STR_NAV_CONTENTS,
    STR_NAV_GLOSSARY,
    STR_NAV_SEARCH,
    STR_NAV_SETTINGS,
    STR_START_TAGLINE,
    STR_START_CONTINUE, /* button; the section follows on its own line */
    STR_START_BEGIN,    /* button: start at the first section */
    STR_START_CONTENTS, /* heading of the list on the start screen */
    STR_START_HINT,     /* keyboard hint under the list */
    STR_TOC_TITLE,
    STR_TOC_PROGRESS,      /* %d: percent mastered */
    STR_TOC_GOALS,         /* %zu: number of learning goals */
    STR_READER_SECTION_OF, /* %zu of %zu */
    STR_GOALS_TITLE,
    STR_GOALS_INTRO,
    STR_TERM_LABEL,
    STR_TERM_SHOW,
    STR_EXAMPLE,
    STR_PRACTICE,
    STR_PRACTICE_HINT,
    STR_PREV_SECTION,
    STR_NEXT_SECTION,
    STR_END_OF_CHAPTER,
    STR_GLOSSARY_TITLE,
    STR_GLOSSARY_FILTER, /* placeholder */
    STR_GLOSSARY_COUNT,  /* %zu of %zu terms */
    STR_GLOSSARY_NONE,
    STR_GLOSSARY_IN_SECTION, /* %s: section number */
    STR_SEARCH_TITLE,
    STR_SEARCH_PLACEHOLDER,
    STR_SEARCH_HINT,
    STR_SEARCH_COUNT, /* %zu results */
    STR_SEARCH_MORE,  /* %zu: shown of more */
    STR_SEARCH_NONE,
    STR_SETTINGS_TITLE,
    STR_SETTINGS_THEME,
    STR_THEME_LIGHT,
    STR_THEME_DARK,
    STR_THEME_CONTRAST,
    STR_SETTINGS_TEXT_SIZE,
    STR_TEXT_SMALLER,
    STR_TEXT_LARGER,
    STR_TEXT_RESET,
    STR_SETTINGS_FONT,
    STR_FONT_DYSLEXIC,
    STR_SETTINGS_SCREEN,
    STR_FULLSCREEN,
    STR_SETTINGS_KEYS,
    STR_KEYS_HELP,         /* lines separated by '\n', "key\tmeaning" */
    STR_SETTINGS_SAVED_IN, /* %s: path */
    STR_QUIZ_TITLE,
    STR_QUIZ_SOON,
    STR_ERROR_FONT,      /* %s: path */
    STR_PROFILE_DEFAULT, /* the name of the profile made at the first start */
    STR_COUNT
} StrId;

/* The string for ID in LANG; never NULL ("?" for a key out of range). */
const char *str_get(Lang lang, StrId id);

/* The tables (strings_nl.c, strings_en.c), indexed by StrId. */
extern const char *const strings_nl[STR_COUNT];
extern const char *const strings_en[STR_COUNT];

/* LANG_EN when the locale value (LC_ALL, LC_MESSAGES or LANG) starts with
 * "en", else LANG_NL. NULL or "" gives LANG_NL. */
Lang lang_from_locale(const char *value);
/* "nl" or "en" to a Lang; false for anything else. */
int lang_from_code(const char *code, Lang *out);

#endif
