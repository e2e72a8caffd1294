/* live_names.c - the names of the live quiz: what a name may hold, the
 * generated names ("Blauwe Vos") and the teacher's class list file.
 *
 * A name is shown in large type on the projector in front of the class,
 * so it may hold only what a person's name needs: letters (Latin script,
 * accents included), digits, spaces, '-', '.', and an apostrophe, the
 * straight one or the curly one a phone keyboard types for it. */
#include "live_names_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"
#include "utf8.h"

static bool is_letter(uint32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return true;
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7; /* × and ÷ sit among the letters */
    return cp >= 0x1E00 && cp <= 0x1EFF; /* Latin Extended Additional */
}

static bool is_mark(uint32_t cp)
{
    return cp >= 0x300 && cp <= 0x36F; /* combining accents (a name typed decomposed) */
}

bool live_name_char_ok(uint32_t cp, uint32_t prev)
{
    if (is_letter(cp) || (cp >= '0' && cp <= '9'))
        return true;
    if (cp == ' ' || cp == '-' || cp == '.' || cp == '\'' || cp == 0x2019)
        return true;
    return is_mark(cp) && is_letter(prev);
}

size_t live_name_tidy(const char *in, char *out, size_t outsize)
{
    size_t o = 0;
    bool space = false;
    for (const char *p = in; *p; p++) {
        if (*p == ' ') {
            space = o > 0;
            continue;
        }
        if (space) {
            if (o + 1 < outsize)
                out[o++] = ' ';
            space = false;
        }
        if (o + 1 < outsize)
            out[o++] = *p;
    }
    if (outsize)
        out[o < outsize ? o : outsize - 1] = '\0';
    return o;
}

/* Checks the tidied NAME: returns 0 when fine, else the 1-based character
 * position of the first bad character, or (size_t)-1 when it is empty or
 * longer than MAX_CHARS (its character count in *CHARS). */
static size_t name_problem(const char *name, size_t max_chars, size_t *chars)
{
    size_t len = strlen(name), n = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(name + i, len - i, &cp);
        if (k == 0)
            return n + 1;
        n++;
        if (!live_name_char_ok(cp, prev))
            return n;
        prev = cp;
        i += k;
    }
    *chars = n;
    return n == 0 || n > max_chars ? (size_t)-1 : 0;
}

bool live_name_valid(const char *name, size_t max_chars)
{
    char tidy[LIVE_NAME_SIZE];
    size_t chars = 0;
    if (!name || strlen(name) >= sizeof tidy)
        return false;
    live_name_tidy(name, tidy, sizeof tidy);
    return name_problem(tidy, max_chars, &chars) == 0;
}

bool live_name_same(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

/* ---- generated names ---------------------------------------------------- */

/* Friendly words only: a name a student is given must not be one to be
 * laughed at. Every animal takes "de", so the adjective's -e always fits. */
static const char *const adjectives[] = {
    "Blauwe", "Rode",    "Groene",   "Gele",      "Paarse",    "Oranje",    "Zilveren", "Gouden",
    "Snelle", "Slimme",  "Vrolijke", "Dappere",   "Rustige",   "Stille",    "Wijze",    "Sterke",
    "Vlugge", "Handige", "Zonnige",  "Moedige",   "Kalme",     "Heldere",   "Flinke",   "Trouwe",
    "Vrije",  "Wakkere", "Eerlijke", "Gezellige", "Sportieve", "Creatieve", "Nuchtere", "Sierlijke",
};
static const char *const animals[] = {
    "Vos",       "Uil",   "Beer",   "Kat",    "Leeuw",    "Tijger",  "Wolf",    "Haas",    "Egel",
    "Otter",     "Panda", "Zebra",  "Giraf",  "Dolfijn",  "Walvis",  "Pinguïn", "Kikker",  "Schildpad",
    "Vlinder",   "Bij",   "Das",    "Bever",  "Eekhoorn", "Mol",     "Valk",    "Arend",   "Zwaan",
    "Eend",      "Merel", "Specht", "Reiger", "Ooievaar", "Kameel",  "Lama",    "Olifant", "Koala",
    "Kangoeroe", "Lynx",  "Poema",  "Jaguar", "Wasbeer",  "Zeehond", "Octopus", "Krab",    "Kievit",
};

enum {
    NADJ = sizeof adjectives / sizeof adjectives[0],
    NANIMAL = sizeof animals / sizeof animals[0],
};

static bool taken_by(const char *name, LiveNameTaken taken, void *ctx)
{
    return taken && taken(ctx, name);
}

bool live_name_generate(Rng *r, LiveNameTaken taken, void *ctx, char *out, size_t outsize)
{
    /* Random draws first (NADJ * NANIMAL is far above the 60 phones), then
     * every pair in turn, so a name is found whenever one is free. */
    for (int tries = 0; tries < 64; tries++) {
        size_t a = (size_t)rng_below(r, NADJ), b = (size_t)rng_below(r, NANIMAL);
        snprintf(out, outsize, "%s %s", adjectives[a], animals[b]);
        if (!taken_by(out, taken, ctx))
            return true;
    }
    for (size_t a = 0; a < NADJ; a++)
        for (size_t b = 0; b < NANIMAL; b++) {
            snprintf(out, outsize, "%s %s", adjectives[a], animals[b]);
            if (!taken_by(out, taken, ctx))
                return true;
        }
    return false;
}

/* ---- the class list ----------------------------------------------------- */

void live_classlist_free(char **names, size_t n)
{
    if (!names)
        return;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* One line (without its end): reports what is wrong, else adds the name. */
static bool add_line(const char *line, size_t len, int lineno, const char *file, Diag *diag, char ***names, size_t *n,
                     int *first_line, bool *too_many)
{
    DiagAt at = {.file = file, .line = lineno, .col = 1};
    size_t bad;
    if (!utf8_valid(line, len, &bad)) {
        at.col = (int)utf8_count(line, bad) + 1;
        diag_at(diag, DIAG_ERROR, at, DC_CLASSLIST_NOT_UTF8);
        return true;
    }
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(line + i, len - i, &cp);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            at.col = (int)utf8_count(line, i) + 1;
            diag_at(diag, DIAG_ERROR, at, DC_CLASSLIST_CONTROL);
            return true;
        }
        i += k;
    }
    /* Trim and tidy into a bounded copy; an over-long line is told as such. */
    size_t chars = utf8_count(line, len);
    char *tidy = malloc(len + 1);
    if (!tidy)
        return false;
    memcpy(tidy, line, len);
    tidy[len] = '\0';
    live_name_tidy(tidy, tidy, len + 1);
    if (tidy[0] == '\0') {
        free(tidy);
        return true; /* a blank line */
    }
    size_t where = name_problem(tidy, LIVE_NAME_MAX_CHARS, &chars);
    if (where == (size_t)-1) {
        diag_report(diag, DIAG_ERROR, at, DC_CLASSLIST_TOO_LONG, "%zu%d", chars, (int)LIVE_NAME_MAX_CHARS);
        free(tidy);
        return true;
    }
    if (where) {
        /* The character itself, so the teacher sees which one. */
        size_t i = 0;
        for (size_t c = 1; c < where; c++) {
            uint32_t cp;
            i += utf8_decode(tidy + i, strlen(tidy + i), &cp);
        }
        uint32_t cp;
        size_t k = utf8_decode(tidy + i, strlen(tidy + i), &cp);
        char ch[5] = {0};
        memcpy(ch, tidy + i, k);
        diag_report(diag, DIAG_ERROR, at, DC_CLASSLIST_BAD_CHAR, "%s", ch);
        free(tidy);
        return true;
    }
    for (size_t i = 0; i < *n; i++)
        if (live_name_same((*names)[i], tidy)) {
            diag_report(diag, DIAG_WARNING, at, DC_CLASSLIST_DUPLICATE, "%d", first_line[i]);
            free(tidy);
            return true;
        }
    if (*n >= LIVE_MAX_CLASS_NAMES) {
        if (!*too_many)
            diag_report(diag, DIAG_ERROR, at, DC_CLASSLIST_TOO_MANY, "%d", (int)LIVE_MAX_CLASS_NAMES);
        *too_many = true;
        free(tidy);
        return true;
    }
    (*names)[*n] = tidy;
    first_line[*n] = lineno;
    (*n)++;
    return true;
}

char **live_classlist_parse(const char *text, size_t len, const char *file, Diag *diag, size_t *n)
{
    *n = 0;
    char **names = calloc(LIVE_MAX_CLASS_NAMES, sizeof *names);
    int *first_line = calloc(LIVE_MAX_CLASS_NAMES, sizeof *first_line);
    bool too_many = false;
    if (!names || !first_line)
        goto fail;
    size_t p = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        p = 3; /* Notepad's byte order mark */
    for (int lineno = 1; p < len; lineno++) {
        const char *nl = memchr(text + p, '\n', len - p);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t e = end;
        if (e > p && text[e - 1] == '\r')
            e--; /* a Windows line end */
        if (!add_line(text + p, e - p, lineno, file, diag, &names, n, first_line, &too_many))
            goto fail;
        p = end + 1;
    }
    free(first_line);
    if (*n == 0) {
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = file}, DC_CLASSLIST_EMPTY);
        free(names);
        return NULL;
    }
    return names;
fail:
    diag_at(diag, DIAG_ERROR, (DiagAt){.file = file}, DC_CLASSLIST_NO_MEMORY);
    live_classlist_free(names, *n);
    free(first_line);
    *n = 0;
    return NULL;
}

char **live_classlist_load(const char *path, Diag *diag, size_t *n)
{
    char *data = NULL;
    size_t len = 0;
    *n = 0;
    /* 64 KiB holds 200 names of 40 characters many times over. */
    if (!os_read_file(path, 64 * 1024, &data, &len)) {
        int e = errno;
        if (e == EFBIG)
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_CLASSLIST_TOO_BIG, "%d", 64);
        else
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_CANNOT_OPEN, "%d", e);
        return NULL;
    }
    char **names = live_classlist_parse(data, len, path, diag, n);
    free(data);
    return names;
}
