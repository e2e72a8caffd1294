/* lexicon.c - the pronunciation list: loading and checking
 * content/uitspraak.json, and finding its words in a text.
 *
 * Finding works word by word (a word is a run of letters, digits and
 * apostrophes; spaces and hyphens separate words). At each word it first
 * tries the entries as whole words or phrases (longest first, a plural
 * "s" or "'s" allowed at the end). Failing that it reads the word as a
 * compound: a chain of entries that may stand in compounds from the
 * start of the word ("key account" + "manager" in "keyaccountmanager"),
 * and then one such entry ending the word ("manager" in
 * "filiaalmanagers"). An entry in the middle of a word that touches
 * neither end is left alone, so that short entries do not fire inside
 * Dutch words. */
#include "lexicon.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "lexicon_internal.h"
#include "os.h"

struct Lexicon {
    LexiconEntry *entries;
    size_t n;
    /* Each entry's word folded to lower case without separators
     * ("keyaccount"), for compound matching. */
    char **joined;
};

enum { LEXICON_MAX_WORD = 80, LEXICON_COMPOUND_MIN = 5 };

bool lexicon_default_path(const char *content_dir, char *out, size_t size)
{
    int n = snprintf(out, size, "%s/uitspraak.json", content_dir);
    return n > 0 && (size_t)n < size;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* A byte of a word: ASCII letters and digits, the apostrophe, and every
 * byte of a UTF-8 sequence except the right single quote's (U+2019,
 * E2 80 99), which counts as an apostrophe too. */
static bool word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}

static bool separator(char c)
{
    return c == ' ' || c == '-' || c == '\t' || c == '\n';
}

void lexicon_free(Lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->n; i++) {
        free(lx->entries[i].word);
        free(lx->entries[i].say);
        free(lx->entries[i].path);
        free(lx->joined[i]);
    }
    free(lx->entries);
    free(lx->joined);
    free(lx);
}

size_t lexicon_count(const Lexicon *lx)
{
    return lx ? lx->n : 0;
}

const LexiconEntry *lexicon_entry(const Lexicon *lx, size_t i)
{
    return lx && i < lx->n ? &lx->entries[i] : NULL;
}

/* ---- checking ----------------------------------------------------------- */

static const char *type_word(const cJSON *v)
{
    if (cJSON_IsString(v))
        return "string";
    if (cJSON_IsNumber(v))
        return "number";
    if (cJSON_IsBool(v))
        return "bool";
    if (cJSON_IsNull(v))
        return "null";
    if (cJSON_IsArray(v))
        return "list";
    return "object";
}

static void err(Diag *d, const char *file, const char *path, DiagCode code, const char *fmt, ...) OS_PRINTF(5, 6);
static void err(Diag *d, const char *file, const char *path, DiagCode code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(d, DIAG_ERROR, (DiagAt){.file = file, .path = path}, code, fmt, ap);
    va_end(ap);
}

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* The word folded and without separators; NULL when out of memory. */
static char *join_word(const char *w)
{
    char *out = malloc(strlen(w) + 1), *o = out;
    if (!out)
        return NULL;
    for (; *w; w++)
        if (!separator(*w))
            *o++ = lower(*w);
    *o = '\0';
    return out;
}

/* True when WORD is words of letters, digits and apostrophes separated by
 * single spaces or hyphens. */
static bool good_word(const char *w)
{
    size_t n = strlen(w);
    if (n == 0 || n > LEXICON_MAX_WORD || separator(w[0]) || separator(w[n - 1]))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (separator(w[i])) {
            if (w[i] == '\t' || w[i] == '\n' || separator(w[i + 1]))
                return false;
        } else if (!word_byte((unsigned char)w[i])) {
            return false;
        }
    }
    return true;
}

/* Phonemes "[[...]]" with nothing around them and no ] inside. */
static bool good_phonemes(const char *s)
{
    size_t n = strlen(s);
    if (n < 5 || strncmp(s, "[[", 2) != 0 || strcmp(s + n - 2, "]]") != 0)
        return false;
    for (size_t i = 2; i < n - 2; i++)
        if (s[i] == '[' || s[i] == ']')
            return false;
    return true;
}

static bool same_folded(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower(*a) != lower(*b))
            return false;
    return *a == *b;
}

static void parse_entry(Lexicon *lx, const cJSON *e, const char *file, const char *path, Diag *d, bool *ok)
{
    static const char *const keys[] = {"word", "say", "compounds", "exact", "note", NULL};
    char sub[96];
    if (!cJSON_IsObject(e)) {
        err(d, file, path, DC_EXPECTED_OBJECT, "%s", type_word(e));
        *ok = false;
        return;
    }
    for (const cJSON *k = e->child; k; k = k->next) {
        size_t i = 0;
        while (keys[i] && strcmp(keys[i], k->string) != 0)
            i++;
        if (!keys[i]) {
            snprintf(sub, sizeof sub, "%s.%.40s", path, k->string);
            err(d, file, sub, DC_UNKNOWN_KEY, "%.60s", k->string);
            *ok = false;
        }
    }
    const cJSON *word = cJSON_GetObjectItemCaseSensitive(e, "word");
    const cJSON *say = cJSON_GetObjectItemCaseSensitive(e, "say");
    const cJSON *comp = cJSON_GetObjectItemCaseSensitive(e, "compounds");
    const cJSON *exact = cJSON_GetObjectItemCaseSensitive(e, "exact");
    if (exact && !cJSON_IsBool(exact)) {
        snprintf(sub, sizeof sub, "%s.exact", path);
        err(d, file, sub, DC_EXPECTED_BOOL, "%s", type_word(exact));
        *ok = false;
    }
    const char *names[2] = {"word", "say"};
    const cJSON *vals[2] = {word, say};
    for (int i = 0; i < 2; i++) {
        snprintf(sub, sizeof sub, "%s.%s", path, names[i]);
        if (!vals[i]) {
            err(d, file, path, DC_MISSING_KEY, "%s", names[i]);
            *ok = false;
        } else if (!cJSON_IsString(vals[i])) {
            err(d, file, sub, DC_EXPECTED_STRING, "%s", type_word(vals[i]));
            *ok = false;
        } else if (vals[i]->valuestring[0] == '\0') {
            diag_at(d, DIAG_ERROR, (DiagAt){.file = file, .path = sub}, DC_EMPTY_TEXT);
            *ok = false;
        }
    }
    if (comp && !cJSON_IsBool(comp)) {
        snprintf(sub, sizeof sub, "%s.compounds", path);
        err(d, file, sub, DC_EXPECTED_BOOL, "%s", type_word(comp));
        *ok = false;
    }
    if (!*ok || !cJSON_IsString(word) || !cJSON_IsString(say) || !word->valuestring[0] || !say->valuestring[0])
        return;
    const char *w = word->valuestring, *s = say->valuestring;
    if (!good_word(w)) {
        snprintf(sub, sizeof sub, "%s.word", path);
        err(d, file, sub, DC_LEXICON_BAD_WORD, "%.60s", w);
        *ok = false;
        return;
    }
    bool phon = s[0] == '[';
    snprintf(sub, sizeof sub, "%s.say", path);
    if (phon && !good_phonemes(s)) {
        err(d, file, sub, DC_LEXICON_BAD_PHONEMES, "%.60s", s);
        *ok = false;
        return;
    }
    if (!phon && strpbrk(s, "[]<>&")) {
        err(d, file, sub, DC_LEXICON_BAD_ALIAS, "%.60s", s);
        *ok = false;
        return;
    }
    if (same_folded(w, s))
        diag_report(d, DIAG_WARNING, (DiagAt){.file = file, .path = sub}, DC_LEXICON_SAY_SAME, "%.60s", w);
    for (size_t i = 0; i < lx->n; i++) {
        if (same_folded(lx->entries[i].word, w)) {
            snprintf(sub, sizeof sub, "%s.word", path);
            err(d, file, sub, DC_LEXICON_WORD_TWICE, "%.60s%s", w, lx->entries[i].path);
            *ok = false;
            return;
        }
    }
    LexiconEntry *en = &lx->entries[lx->n];
    en->word = dup(w);
    en->say = dup(s);
    en->path = dup(path);
    en->phonemes = phon;
    en->exact = exact && cJSON_IsTrue(exact);
    lx->joined[lx->n] = join_word(w);
    en->compounds = !en->exact && (comp ? cJSON_IsTrue(comp)
                                        : strlen(lx->joined[lx->n] ? lx->joined[lx->n] : "") >= LEXICON_COMPOUND_MIN);
    lx->n++;
    if (!en->word || !en->say || !en->path || !lx->joined[lx->n - 1]) {
        diag_at(d, DIAG_ERROR, (DiagAt){.file = file}, DC_NO_MEMORY);
        *ok = false;
    }
}

Lexicon *lexicon_parse_json(const cJSON *root, const char *file, Diag *d)
{
    if (!cJSON_IsObject(root)) {
        err(d, file, NULL, DC_FILE_NOT_OBJECT, "%s", type_word(root));
        return NULL;
    }
    bool ok = true;
    static const char *const keys[] = {"format", "kind", "entries", NULL};
    for (const cJSON *k = root->child; k; k = k->next) {
        size_t i = 0;
        while (keys[i] && strcmp(keys[i], k->string) != 0)
            i++;
        if (!keys[i]) {
            err(d, file, k->string, DC_UNKNOWN_KEY, "%.60s", k->string);
            ok = false;
        }
    }
    const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
    if (!fmt) {
        err(d, file, NULL, DC_NO_FORMAT, "%d", LEXICON_FORMAT_VERSION);
        return NULL;
    }
    if (!cJSON_IsNumber(fmt)) {
        err(d, file, "format", DC_FORMAT_NOT_NUMBER, "%d%s", LEXICON_FORMAT_VERSION, type_word(fmt));
        return NULL;
    }
    if (fmt->valuedouble != LEXICON_FORMAT_VERSION) {
        err(d, file, "format", DC_FORMAT_UNSUPPORTED, "%g%d", fmt->valuedouble, LEXICON_FORMAT_VERSION);
        return NULL;
    }
    const cJSON *entries = cJSON_GetObjectItemCaseSensitive(root, "entries");
    if (!entries) {
        err(d, file, NULL, DC_MISSING_KEY, "%s", "entries");
        return NULL;
    }
    if (!cJSON_IsArray(entries)) {
        err(d, file, "entries", DC_EXPECTED_LIST, "%s", type_word(entries));
        return NULL;
    }
    Lexicon *lx = calloc(1, sizeof *lx);
    size_t n = (size_t)cJSON_GetArraySize(entries);
    if (!lx || !(lx->entries = calloc(n + 1, sizeof *lx->entries)) || !(lx->joined = calloc(n + 1, sizeof(char *)))) {
        diag_at(d, DIAG_ERROR, (DiagAt){.file = file}, DC_NO_MEMORY);
        lexicon_free(lx);
        return NULL;
    }
    size_t i = 0;
    for (const cJSON *e = entries->child; e; e = e->next, i++) {
        char path[48];
        snprintf(path, sizeof path, "entries[%zu]", i);
        bool one = true;
        parse_entry(lx, e, file, path, d, &one);
        ok = ok && one;
    }
    if (!ok) {
        lexicon_free(lx);
        return NULL;
    }
    return lx;
}

Lexicon *lexicon_load_buffer(const char *name, const char *text, size_t len, Diag *diag)
{
    if (!jsonscan_check(text, len, name, diag))
        return NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!root) {
        int line, col;
        size_t off = end && end >= text ? (size_t)(end - text) : 0;
        json_line_col(text, len, off, &line, &col);
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = name, .line = line, .col = col}, DC_SYNTAX_ERROR);
        return NULL;
    }
    Lexicon *lx = lexicon_parse_json(root, name, diag);
    cJSON_Delete(root);
    return lx;
}

Lexicon *lexicon_load(const char *path, Diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    if (!os_read_file(path, JSON_MAX_FILE_BYTES, &text, &len)) {
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_CANNOT_OPEN, "%d", errno);
        return NULL;
    }
    Lexicon *lx = lexicon_load_buffer(path, text, len, diag);
    free(text);
    return lx;
}

/* ---- finding ------------------------------------------------------------ */

/* Length of the plural ending at S[0..N): "s", "'s" or "’s"; 0 when none. */
static size_t plural_end(const char *s, size_t n)
{
    if (n == 1 && lower(s[0]) == 's')
        return 1;
    if (n == 2 && s[0] == '\'' && lower(s[1]) == 's')
        return 2;
    if (n == 4 && memcmp(s, "\xe2\x80\x99", 3) == 0 && lower(s[3]) == 's')
        return 4;
    return 0;
}

/* How many bytes of TEXT[at..len) entry E's word matches as whole words
 * (its separators matching runs of spaces or a hyphen), the match ending
 * at a word end or before a plural ending; 0 when it does not. */
static size_t match_phrase(const char *w, bool exact, const char *text, size_t at, size_t len)
{
    size_t i = at;
    for (; *w; w++) {
        if (separator(*w)) {
            if (i >= len || !separator(text[i]) || text[i] == '\n')
                return 0;
            while (i < len && (text[i] == ' ' || text[i] == '-'))
                i++;
        } else {
            if (i >= len || (exact ? text[i] != *w : lower(text[i]) != lower(*w)))
                return 0;
            i++;
        }
    }
    size_t wend = i;
    while (wend < len && word_byte((unsigned char)text[wend]))
        wend++;
    if (wend == i || plural_end(text + i, wend - i))
        return i - at;
    return 0;
}

static bool starts_folded(const char *text, size_t n, const char *joined)
{
    size_t k = strlen(joined);
    if (k > n)
        return false;
    for (size_t i = 0; i < k; i++)
        if (lower(text[i]) != joined[i])
            return false;
    return true;
}

static size_t add(LexiconMatch *out, size_t max, size_t count, size_t off, size_t len, size_t entry)
{
    if (count < max)
        out[count] = (LexiconMatch){(uint32_t)off, (uint32_t)len, (uint32_t)entry};
    return count + 1;
}

size_t lexicon_find(const Lexicon *lx, const char *text, size_t len, LexiconMatch *out, size_t max)
{
    size_t count = 0;
    if (!lx || lx->n == 0)
        return 0;
    size_t i = 0;
    while (i < len) {
        if (!word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t wend = i;
        while (wend < len && word_byte((unsigned char)text[wend]))
            wend++;
        /* Whole words and phrases, longest first. */
        size_t best = 0, best_e = 0;
        for (size_t e = 0; e < lx->n; e++) {
            size_t m = match_phrase(lx->entries[e].word, lx->entries[e].exact, text, i, len);
            if (m > best) {
                best = m;
                best_e = e;
            }
        }
        if (best) {
            count = add(out, max, count, i, best, best_e);
            i += best;
            continue;
        }
        /* A compound: a chain of entries from the start ... */
        size_t p = i;
        for (;;) {
            size_t bl = 0, be = 0;
            for (size_t e = 0; e < lx->n; e++) {
                size_t k = strlen(lx->joined[e]);
                if (lx->entries[e].compounds && k > bl && starts_folded(text + p, wend - p, lx->joined[e])) {
                    bl = k;
                    be = e;
                }
            }
            if (!bl)
                break;
            count = add(out, max, count, p, bl, be);
            p += bl;
        }
        /* ... and one entry that ends the word. */
        size_t rest = wend - p;
        if (rest > 0 && !plural_end(text + p, rest)) {
            size_t bl = 0, be = 0, bs = 0;
            for (size_t e = 0; e < lx->n; e++) {
                if (!lx->entries[e].compounds)
                    continue;
                size_t k = strlen(lx->joined[e]);
                for (size_t s = 0; s <= 4 && s < rest; s++) {
                    if (s && !plural_end(text + wend - s, s))
                        continue;
                    if (k + s < rest && k > bl && starts_folded(text + wend - s - k, k, lx->joined[e])) {
                        bl = k;
                        be = e;
                        bs = s;
                    }
                }
            }
            if (bl)
                count = add(out, max, count, wend - bs - bl, bl, be);
        }
        i = wend;
    }
    return count;
}
