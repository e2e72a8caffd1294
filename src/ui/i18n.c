/* i18n.c - see i18n.h: the lookup in the string tables of strings_nl.c
 * and strings_en.c, and the choice of language. */
#include "i18n.h"

#include <string.h>

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
