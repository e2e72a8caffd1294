/* i18n.c - see i18n.h: the lookup in the string tables of strings_nl.c
 * and strings_en.c, and the choice of language. */
#include "i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Appends S (LEN bytes) to BUF at *AT, cutting at a whole UTF-8 character
 * when it does not fit. */
static void put(char *buf, size_t n, size_t *at, const char *s, size_t len)
{
    if (*at + 1 >= n)
        return;
    size_t room = n - 1 - *at;
    if (len > room) {
        len = room;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(buf + *at, s, len);
    *at += len;
    buf[*at] = '\0';
}

char *i18n_error(const AwError *err, Lang lang, char *buf, size_t n)
{
    if (!n)
        return buf;
    buf[0] = '\0';
    AwErrCode code = err ? err->code : AW_OK;
    const char *t = (unsigned)code < AW_ERR_COUNT ? (lang == LANG_EN ? errors_en : errors_nl)[code] : NULL;
    if (!t)
        t = (unsigned)code < AW_ERR_COUNT && errors_nl[code] ? errors_nl[code] : "?";
    size_t at = 0;
    char num[32];
    while (*t) {
        const char *open = strchr(t, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        if (!close) {
            put(buf, n, &at, t, strlen(t));
            break;
        }
        put(buf, n, &at, t, (size_t)(open - t));
        size_t k = (size_t)(close - open - 1);
        const char *name = open + 1;
        if (k == 4 && !strncmp(name, "path", 4))
            put(buf, n, &at, err->path, strlen(err->path));
        else if (k == 4 && !strncmp(name, "what", 4))
            put(buf, n, &at, err->what, strlen(err->what));
        else if (k == 3 && !strncmp(name, "sys", 3)) {
            const char *s = strerror(err->sys ? err->sys : EIO);
            put(buf, n, &at, s, strlen(s));
        } else if (k == 3 && !strncmp(name, "num", 3)) {
            snprintf(num, sizeof num, "%lld", err->num);
            put(buf, n, &at, num, strlen(num));
        } else if (k == 4 && !strncmp(name, "num2", 4)) {
            snprintf(num, sizeof num, "%lld", err->num2);
            put(buf, n, &at, num, strlen(num));
        } else
            put(buf, n, &at, open, k + 2); /* not a place: as written */
        t = close + 1;
    }
    return buf;
}

const char *i18n_diag_template(DiagCode code, Lang lang)
{
    if ((unsigned)code >= DIAG_CODE_COUNT)
        return "?";
    const char *t = (lang == LANG_EN ? diags_en : diags_nl)[code];
    return t ? t : diags_nl[code] ? diags_nl[code] : "?";
}

/* The words for TOKEN in LANG, for a detail a template writes as
 * {N:word}: a JSON type (diag_codes.h), the kind of an item or why a
 * profile cannot be read; TOKEN itself when it is none of them. */
static const char *diag_word(const char *token, Lang lang)
{
    static const char *const words[][3] = {
        {"string", "een tekst", "a string"},
        {"number", "een getal", "a number"},
        {"bool", "true of false", "true or false"},
        {"null", "null", "null"},
        {"list", "een lijst", "a list"},
        {"object", "een object", "an object"},
        {"option", "optie", "option"},
        {"pair", "paar", "pair"},
        {"item", "item", "item"},
        {"block", "blok", "block"},
        {"choice", "keuze", "choice"},
        {"node", "knooppunt", "node"},
        {"path-too-long", "pad te lang", "path too long"},
        {"not-json", "geen geldige JSON", "not valid JSON"},
        {"not-a-profile", "geen profielbestand", "not a profile file"},
        {"bad-name", "geen geldige naam", "not a valid name"},
        {"no-memory", "niet genoeg geheugen", "out of memory"},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (!strcmp(token, words[i][0]))
            return words[i][lang == LANG_EN ? 2 : 1];
    return token;
}

/* At a '{' in a template: the place it opens ({N}, {N:word} or
 * {N|one|many}) written into BUF from M's details; returns what follows
 * it, or NULL when it is no place. */
static const char *fill_place(const DiagMessage *m, Lang lang, const char *open, char *buf, size_t n, size_t *at)
{
    int k = open[1] - '0';
    if (k < 1 || k > DIAG_MAX_ARGS)
        return NULL;
    const char *v = k <= diag_code_args(m->code) && m->args[k - 1] ? m->args[k - 1] : "";
    if (open[2] == '}') {
        put(buf, n, at, v, strlen(v));
        return open + 3;
    }
    if (!strncmp(open + 2, ":word}", 6)) {
        v = diag_word(v, lang);
        put(buf, n, at, v, strlen(v));
        return open + 8;
    }
    if (!strncmp(open + 2, ":sys}", 5)) { /* an errno in digits */
        int e = atoi(v);
        v = strerror(e ? e : EIO);
        put(buf, n, at, v, strlen(v));
        return open + 7;
    }
    if (!strncmp(open + 2, ":dec}", 5)) { /* a decimal point, as the language writes it */
        for (const char *c = v; *c; c++)
            put(buf, n, at, *c == '.' && lang == LANG_NL ? "," : c, 1);
        return open + 7;
    }
    if (open[2] != '|')
        return NULL;
    const char *one = open + 3, *bar = strchr(one, '|'), *close = bar ? strchr(bar, '}') : NULL;
    if (!close)
        return NULL;
    if (!strcmp(v, "1"))
        put(buf, n, at, one, (size_t)(bar - one));
    else
        put(buf, n, at, bar + 1, (size_t)(close - bar - 1));
    return close + 1;
}

char *i18n_diag_text(const DiagMessage *m, Lang lang, char *buf, size_t n)
{
    if (!n)
        return buf;
    buf[0] = '\0';
    size_t at = 0;
    for (const char *t = i18n_diag_template(m->code, lang); *t;) {
        const char *open = strchr(t, '{');
        if (!open) {
            put(buf, n, &at, t, strlen(t));
            break;
        }
        put(buf, n, &at, t, (size_t)(open - t));
        const char *next = fill_place(m, lang, open, buf, n, &at);
        if (!next) {
            put(buf, n, &at, open, 1); /* not a place: as written */
            next = open + 1;
        }
        t = next;
    }
    return buf;
}

char *i18n_diag(const DiagMessage *m, Lang lang, char *buf, size_t n)
{
    if (!n)
        return buf;
    buf[0] = '\0';
    size_t at = 0;
    if (m->file) {
        put(buf, n, &at, m->file, strlen(m->file));
        char where[64];
        if (m->line > 0 && m->col > 0)
            snprintf(where, sizeof where, ":%d:%d: ", m->line, m->col);
        else if (m->line > 0) /* a whole line (a CSV row): FILE:LINE */
            snprintf(where, sizeof where, ":%d: ", m->line);
        else
            snprintf(where, sizeof where, ": ");
        put(buf, n, &at, where, strlen(where));
        if (!m->line && m->path) {
            const char *p = m->path[0] ? m->path : str_get(lang, STR_DIAG_TOP_LEVEL);
            put(buf, n, &at, p, strlen(p));
            put(buf, n, &at, ": ", 2);
        }
    }
    if (at + 1 < n)
        i18n_diag_text(m, lang, buf + at, n - at);
    return buf;
}
