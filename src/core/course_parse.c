/* course_parse.c - one lesson file's cJSON tree into the model's structs.
 *
 * Each reader takes an object, checks its keys against the list of keys its
 * kind knows (an unknown key is a warning that suggests the nearest known
 * one), copies what it needs into the arena and reports every meaning error
 * with the JSON path of the value at fault. Readers go on after an error,
 * so one pass finds all the problems of a file. Cross-file checks (does a
 * section exist, is an id used twice) happen later, in course_load.c. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"
#include "course_internal.h"
#include "lint.h"
#include "scenario_graph.h"

/* ---- messages and paths ------------------------------------------------ */

/* Counts an error of this file; false past LOAD_MAX_ERRORS_PER_FILE, when
 * it is only counted as suppressed. */
static bool cx_keep(Ctx *cx, DiagLevel level)
{
    if (level == DIAG_ERROR && cx->errors >= LOAD_MAX_ERRORS_PER_FILE) {
        cx->suppressed++;
        diag_hide(cx->ld->diag, level);
        return false;
    }
    if (level == DIAG_ERROR)
        cx->errors++;
    return true;
}

static DiagAt cx_at(const Ctx *cx)
{
    return (DiagAt){.file = cx->file, .path = cx->pathlen ? cx->path : ""};
}

void cx_error(Ctx *cx, DiagCode code, const char *args, ...)
{
    if (!cx_keep(cx, DIAG_ERROR))
        return;
    va_list ap;
    va_start(ap, args);
    diag_vreport(cx->ld->diag, DIAG_ERROR, cx_at(cx), code, args, ap);
    va_end(ap);
}

void cx_warning(Ctx *cx, DiagCode code, const char *args, ...)
{
    if (!cx_keep(cx, DIAG_WARNING))
        return;
    va_list ap;
    va_start(ap, args);
    diag_vreport(cx->ld->diag, DIAG_WARNING, cx_at(cx), code, args, ap);
    va_end(ap);
}

void cx_error0(Ctx *cx, DiagCode code)
{
    if (cx_keep(cx, DIAG_ERROR))
        diag_at(cx->ld->diag, DIAG_ERROR, cx_at(cx), code);
}

void cx_warning0(Ctx *cx, DiagCode code)
{
    if (cx_keep(cx, DIAG_WARNING))
        diag_at(cx->ld->diag, DIAG_WARNING, cx_at(cx), code);
}

static size_t push_key(Ctx *cx, const char *key)
{
    size_t old = cx->pathlen;
    int n = snprintf(cx->path + old, sizeof cx->path - old, "%s%s", old ? "." : "", key);
    if (n > 0)
        cx->pathlen = old + (size_t)n < sizeof cx->path ? old + (size_t)n : sizeof cx->path - 1;
    return old;
}

static size_t push_index(Ctx *cx, size_t i)
{
    size_t old = cx->pathlen;
    int n = snprintf(cx->path + old, sizeof cx->path - old, "[%zu]", i);
    if (n > 0)
        cx->pathlen = old + (size_t)n < sizeof cx->path ? old + (size_t)n : sizeof cx->path - 1;
    return old;
}

static void pop(Ctx *cx, size_t old)
{
    cx->pathlen = old;
    cx->path[old] = '\0';
}

static const char *path_copy(Ctx *cx)
{
    return arena_strdup(cx->ld->arena, cx->pathlen ? cx->path : "(top level)");
}

/* ---- keys -------------------------------------------------------------- */

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    size_t row[41];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t cost = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]) ? 0 : 1;
            size_t best = diag + cost;
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Warns about each key of OBJ that is not in KNOWN (NULL-terminated). */
static void check_keys(Ctx *cx, const cJSON *obj, const char *const *known)
{
    for (const cJSON *it = obj->child; it; it = it->next) {
        bool ok = false;
        for (const char *const *k = known; *k && !ok; k++)
            ok = strcmp(it->string, *k) == 0;
        if (ok)
            continue;
        const char *nearest = NULL;
        size_t best = 99;
        for (const char *const *k = known; *k; k++) {
            size_t d = edit_distance(it->string, *k);
            if (d < best) {
                best = d;
                nearest = *k;
            }
        }
        size_t len = strlen(it->string);
        size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
        if (nearest && best <= limit)
            cx_warning(cx, DC_UNKNOWN_KEY_NEAR, "%.60s%s", it->string, nearest);
        else
            cx_warning(cx, DC_UNKNOWN_KEY, "%.60s", it->string);
    }
}

/* V's JSON type as a token the string tables word (diag_codes.h). */
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

static const cJSON *field(const cJSON *obj, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(obj, key);
}

/* The member KEY of OBJ, or NULL (an error when REQUIRED) when it is
 * missing. */
static const cJSON *member(Ctx *cx, const cJSON *obj, const char *key, bool required)
{
    const cJSON *v = field(obj, key);
    if (!v && required)
        cx_error(cx, DC_MISSING_KEY, "%s", key);
    return v;
}

/* A string member. Missing: an error when REQUIRED. Empty strings are an
 * error too: a blank title or feedback is always a mistake. */
static char *get_str(Ctx *cx, const cJSON *obj, const char *key, bool required)
{
    const cJSON *v = member(cx, obj, key, required);
    if (!v)
        return NULL;
    size_t old = push_key(cx, key);
    char *out = NULL;
    if (!cJSON_IsString(v)) {
        cx_error(cx, DC_EXPECTED_STRING, "%s", type_word(v));
    } else {
        const char *s = v->valuestring;
        while (*s == ' ' || *s == '\n')
            s++;
        if (*s == '\0')
            cx_error0(cx, DC_EMPTY_TEXT);
        else
            out = arena_strdup(cx->ld->arena, v->valuestring);
    }
    pop(cx, old);
    return out;
}

static bool valid_id(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        unsigned char c = (unsigned char)s[n];
        if (!(isalnum(c) || c == '-' || c == '_' || c == '.'))
            return false;
    }
    return n >= 1 && n <= 64;
}

static char *get_id(Ctx *cx, const cJSON *obj, const char *key)
{
    char *id = get_str(cx, obj, key, true);
    if (id && !valid_id(id)) {
        size_t old = push_key(cx, key);
        cx_error(cx, DC_BAD_ID, "%.60s%d", id, 64);
        pop(cx, old);
        return NULL;
    }
    return id;
}

static bool get_bool(Ctx *cx, const cJSON *obj, const char *key, bool dflt, bool required)
{
    const cJSON *v = member(cx, obj, key, required);
    if (!v)
        return dflt;
    if (!cJSON_IsBool(v)) {
        size_t old = push_key(cx, key);
        cx_error(cx, DC_EXPECTED_BOOL, "%s", type_word(v));
        pop(cx, old);
        return dflt;
    }
    return cJSON_IsTrue(v);
}

/* An integer in [lo, hi]; DFLT when missing and not required. */
static int get_int(Ctx *cx, const cJSON *obj, const char *key, int lo, int hi, int dflt, bool required)
{
    const cJSON *v = member(cx, obj, key, required);
    if (!v)
        return dflt;
    size_t old = push_key(cx, key);
    int out = dflt;
    if (!cJSON_IsNumber(v))
        cx_error(cx, DC_EXPECTED_WHOLE_NUMBER, "%s", type_word(v));
    /* No cast before the range is known: 1e400 is infinity, and casting
     * that (or anything past long long) to an integer is undefined. */
    else if (isfinite(v->valuedouble) && v->valuedouble != floor(v->valuedouble))
        cx_error(cx, DC_NOT_WHOLE_NUMBER, "%g", v->valuedouble);
    else if (!(v->valuedouble >= lo && v->valuedouble <= hi))
        cx_error(cx, DC_OUT_OF_RANGE, "%g%d%d", v->valuedouble, lo, hi);
    else
        out = (int)v->valuedouble;
    pop(cx, old);
    return out;
}

/* A number in [LO, HI]; DFLT when missing and not required. Infinity
 * (1e400 in the file) has its own message: it is no range mistake. */
static double get_number(Ctx *cx, const cJSON *obj, const char *key, double lo, double hi, double dflt, bool required)
{
    const cJSON *v = member(cx, obj, key, required);
    if (!v)
        return dflt;
    size_t old = push_key(cx, key);
    double out = dflt;
    if (!cJSON_IsNumber(v))
        cx_error(cx, DC_EXPECTED_NUMBER, "%s", type_word(v));
    else if (!isfinite(v->valuedouble))
        cx_error0(cx, DC_NUMBER_NOT_FINITE);
    else if (!(v->valuedouble >= lo && v->valuedouble <= hi))
        cx_error(cx, DC_NUMBER_OUT_OF_RANGE, "%g%g%g", v->valuedouble, lo, hi);
    else
        out = v->valuedouble;
    pop(cx, old);
    return out;
}

/* An array member with at least MIN items; NULL (and an error when
 * required) otherwise. */
static const cJSON *get_array(Ctx *cx, const cJSON *obj, const char *key, bool required, size_t min)
{
    const cJSON *v = member(cx, obj, key, required);
    if (!v)
        return NULL;
    size_t old = push_key(cx, key);
    const cJSON *out = NULL;
    if (!cJSON_IsArray(v)) {
        cx_error(cx, DC_EXPECTED_LIST, "%s", type_word(v));
    } else {
        size_t n = (size_t)cJSON_GetArraySize(v);
        if (n < min)
            cx_error(cx, DC_TOO_FEW_ITEMS, "%zu%zu", min, n);
        else
            out = v;
    }
    pop(cx, old);
    return out;
}

static bool expect_object(Ctx *cx, const cJSON *v)
{
    if (cJSON_IsObject(v))
        return true;
    cx_error(cx, DC_EXPECTED_OBJECT, "%s", type_word(v));
    return false;
}

static size_t array_len(const cJSON *a)
{
    return a ? (size_t)cJSON_GetArraySize(a) : 0;
}

/* A list of strings; every item must be a non-empty string. */
static char **get_str_list(Ctx *cx, const cJSON *obj, const char *key, bool required, size_t min, size_t *n)
{
    *n = 0;
    const cJSON *a = get_array(cx, obj, key, required, min);
    if (!a)
        return NULL;
    size_t len = array_len(a);
    char **out = arena_alloc(cx->ld->arena, (len ? len : 1) * sizeof *out);
    if (!out)
        return NULL;
    size_t old = push_key(cx, key), i = 0;
    for (const cJSON *it = a->child; it; it = it->next, i++) {
        size_t o2 = push_index(cx, i);
        if (!cJSON_IsString(it))
            cx_error(cx, DC_EXPECTED_STRING, "%s", type_word(it));
        else if (it->valuestring[0] == '\0')
            cx_error0(cx, DC_EMPTY_TEXT);
        else
            out[(*n)++] = arena_strdup(cx->ld->arena, it->valuestring);
        pop(cx, o2);
    }
    pop(cx, old);
    return out;
}

/* Registers a course-wide id; an id used twice names both places. */
static void register_id(Ctx *cx, const char *id, const char *key)
{
    if (!id)
        return;
    Loader *ld = cx->ld;
    size_t old = push_key(cx, key);
    size_t existing;
    Origin *o = vec_push(&ld->id_origins);
    if (!o) {
        pop(cx, old);
        return;
    }
    o->file = cx->file;
    o->path = path_copy(cx);
    if (idset_put(&ld->ids, id, ld->id_origins.len - 1, &existing)) {
        const Origin *first = (const Origin *)ld->id_origins.data + existing;
        cx_error(cx, DC_ID_USED, "%s%s%s", id, first->file, first->path);
        ld->id_origins.len--;
    }
    pop(cx, old);
}

/* The id at the key "id" of OBJ, registered as a course-wide id. */
static char *get_course_id(Ctx *cx, const cJSON *obj)
{
    char *id = get_id(cx, obj, "id");
    register_id(cx, id, "id");
    return id;
}

/* Ids unique within one list (options of a question, nodes of a scenario). */
static void check_local_id(Ctx *cx, IdSet *set, const char *id, size_t index, const char *what)
{
    if (!id)
        return;
    size_t existing;
    if (idset_put(set, id, index, &existing)) {
        size_t old = push_key(cx, "id");
        cx_error(cx, DC_LOCAL_ID_TWICE, "%s%s%zu", what, id, existing);
        pop(cx, old);
    }
}

/* ---- lint silences ------------------------------------------------------ */

/* "lint": {"ignore": "rule" or ["rule", ...], "why": "..."} on an item. A
 * silence without a reason, or naming a rule that does not exist, is an
 * error: it would hide a flaw without telling the next teacher why. */
static void parse_lint(Ctx *cx, const cJSON *obj, LintSilence *out)
{
    static const char *const keys[] = {"ignore", "why", NULL};
    const cJSON *v = field(obj, "lint");
    if (!v)
        return;
    size_t old = push_key(cx, "lint");
    if (!expect_object(cx, v)) {
        pop(cx, old);
        return;
    }
    check_keys(cx, v, keys);
    const cJSON *ign = field(v, "ignore");
    if (!ign) {
        cx_error0(cx, DC_LINT_NO_IGNORE);
    } else if (cJSON_IsString(ign) || cJSON_IsArray(ign)) {
        size_t o2 = push_key(cx, "ignore"), i = 0;
        const cJSON *one = cJSON_IsString(ign) ? ign : ign->child;
        if (cJSON_IsArray(ign) && !one)
            cx_error(cx, DC_TOO_FEW_ITEMS, "%d%d", 1, 0);
        for (; one; one = cJSON_IsString(ign) ? NULL : one->next, i++) {
            size_t o3 = cJSON_IsArray(ign) ? push_index(cx, i) : cx->pathlen;
            LintRule r;
            if (!cJSON_IsString(one))
                cx_error(cx, DC_LINT_RULE_NOT_STRING, "%s", type_word(one));
            else if (!lint_rule_lookup(one->valuestring, &r))
                cx_error(cx, DC_LINT_UNKNOWN_RULE, "%.40s%s%s", one->valuestring,
                         "longest-correct, absolute-distractor, all-of-the-above, multiple-share, cloze-giveaway, "
                         "near-duplicate, goal-coverage",
                         "quotes");
            else
                out->rules |= 1u << r;
            pop(cx, o3);
        }
        pop(cx, o2);
    } else {
        size_t o2 = push_key(cx, "ignore");
        cx_error(cx, DC_LINT_IGNORE_TYPE, "%s", type_word(ign));
        pop(cx, o2);
    }
    if (!field(v, "why"))
        cx_error0(cx, DC_LINT_NO_WHY);
    else
        out->why = get_str(cx, v, "why", true);
    if (!out->why)
        out->rules = 0;
    pop(cx, old);
}

/* ---- blocks ------------------------------------------------------------ */

static const char *const BLOCK_NAMES[BLOCK_KIND_COUNT] = {
    "heading", "paragraph", "list", "table", "example", "term", "goals", "tree", "flow",
};

static const char *const *block_keys(BlockKind k)
{
    static const char *const heading[] = {"type", "id", "text", "level", "lint", NULL};
    static const char *const paragraph[] = {"type", "id", "text", "lint", NULL};
    static const char *const list[] = {"type", "id", "items", "ordered", "lint", NULL};
    static const char *const table[] = {"type", "id", "title", "header", "rows", "lint", NULL};
    static const char *const example[] = {"type", "id", "title", "text", "lint", NULL};
    static const char *const term[] = {"type", "id", "term", "definition", "lint", NULL};
    static const char *const goals[] = {"type", "id", "lint", NULL};
    static const char *const tree[] = {"type", "id", "title", "root", "lint", NULL};
    static const char *const flow[] = {"type", "id", "title", "left", "right", "arrows", "lint", NULL};
    static const char *const *const all[BLOCK_KIND_COUNT] = {heading, paragraph, list, table, example,
                                                             term,    goals,     tree, flow};
    return all[k];
}

/* Reads a tree iteratively-bounded: JSON nesting is capped at 64 by the
 * scanner, so recursion here is bounded too. */
static bool parse_tree(Ctx *cx, const cJSON *v, TreeNode *out)
{
    static const char *const keys[] = {"label", "note", "children", NULL};
    if (!expect_object(cx, v))
        return false;
    check_keys(cx, v, keys);
    out->label = get_str(cx, v, "label", true);
    out->note = get_str(cx, v, "note", false);
    const cJSON *kids = get_array(cx, v, "children", false, 0);
    size_t n = array_len(kids);
    if (n) {
        out->children = arena_alloc(cx->ld->arena, n * sizeof *out->children);
        if (!out->children)
            return false;
        size_t old = push_key(cx, "children"), i = 0;
        for (const cJSON *it = kids->child; it; it = it->next, i++) {
            size_t o2 = push_index(cx, i);
            if (parse_tree(cx, it, &out->children[out->nchildren]))
                out->nchildren++;
            pop(cx, o2);
        }
        pop(cx, old);
    }
    return out->label != NULL;
}

static void parse_flow_box(Ctx *cx, const cJSON *obj, const char *key, FlowBox *box)
{
    static const char *const keys[] = {"label", "text", NULL};
    const cJSON *v = field(obj, key);
    if (!v) {
        cx_error(cx, DC_MISSING_KEY, "%s", key);
        return;
    }
    size_t old = push_key(cx, key);
    if (expect_object(cx, v)) {
        check_keys(cx, v, keys);
        box->label = get_str(cx, v, "label", true);
        box->text = get_str(cx, v, "text", false);
    }
    pop(cx, old);
}

static int flow_side(Ctx *cx, const cJSON *obj, const char *key)
{
    char *s = get_str(cx, obj, key, true);
    if (!s)
        return 0;
    if (strcmp(s, "left") == 0)
        return 0;
    if (strcmp(s, "right") == 0)
        return 1;
    size_t old = push_key(cx, key);
    cx_error(cx, DC_BAD_SIDE, "%.40s", s);
    pop(cx, old);
    return 0;
}

/* The index in NAMES[0..N) of V's required key "type", or -1 after
 * reporting it missing or unknown (the code UNKNOWN, with the known ones:
 * the LIST before the LAST). */
static int get_type(Ctx *cx, const cJSON *v, const char *const *names, int n, DiagCode unknown, const char *list,
                    const char *last)
{
    const char *type = get_str(cx, v, "type", true);
    if (!type)
        return -1;
    for (int k = 0; k < n; k++)
        if (strcmp(type, names[k]) == 0)
            return k;
    size_t old = push_key(cx, "type");
    cx_error(cx, unknown, "%.40s%s%s", type, list, last);
    pop(cx, old);
    return -1;
}

static void parse_block(Ctx *cx, const cJSON *v, Block *b)
{
    if (!expect_object(cx, v))
        return;
    int kind = get_type(cx, v, BLOCK_NAMES, BLOCK_KIND_COUNT, DC_UNKNOWN_BLOCK_TYPE,
                        "heading, paragraph, list, table, example, term, goals, tree", "flow");
    if (kind < 0)
        return;
    b->kind = (BlockKind)kind;
    check_keys(cx, v, block_keys(b->kind));
    if (field(v, "id"))
        b->id = get_id(cx, v, "id");
    parse_lint(cx, v, &b->lint);
    switch (b->kind) {
    case BLOCK_HEADING:
        b->text = get_str(cx, v, "text", true);
        b->level = get_int(cx, v, "level", 2, 4, 2, false);
        break;
    case BLOCK_PARAGRAPH:
        b->text = get_str(cx, v, "text", true);
        break;
    case BLOCK_LIST:
        b->items = get_str_list(cx, v, "items", true, 1, &b->nitems);
        b->ordered = get_bool(cx, v, "ordered", false, false);
        break;
    case BLOCK_TABLE: {
        b->title = get_str(cx, v, "title", false);
        b->header = get_str_list(cx, v, "header", true, 1, &b->ncols);
        const cJSON *rows = get_array(cx, v, "rows", true, 1);
        size_t nrows = array_len(rows);
        if (!b->header || !rows)
            break;
        b->cells = arena_alloc(cx->ld->arena, nrows * b->ncols * sizeof *b->cells);
        if (!b->cells)
            break;
        size_t old = push_key(cx, "rows"), i = 0;
        for (const cJSON *row = rows->child; row; row = row->next, i++) {
            size_t o2 = push_index(cx, i);
            if (!cJSON_IsArray(row)) {
                cx_error(cx, DC_TABLE_ROW_NOT_LIST, "%s", type_word(row));
            } else if ((size_t)cJSON_GetArraySize(row) != b->ncols) {
                cx_error(cx, DC_TABLE_ROW_LENGTH, "%d%zu", cJSON_GetArraySize(row), b->ncols);
            } else {
                size_t j = 0;
                for (const cJSON *c = row->child; c; c = c->next, j++) {
                    size_t o3 = push_index(cx, j);
                    if (!cJSON_IsString(c))
                        cx_error(cx, DC_EXPECTED_STRING, "%s", type_word(c));
                    else
                        b->cells[b->nrows * b->ncols + j] = arena_strdup(cx->ld->arena, c->valuestring);
                    pop(cx, o3);
                }
                for (j = 0; j < b->ncols; j++)
                    if (!b->cells[b->nrows * b->ncols + j])
                        b->cells[b->nrows * b->ncols + j] = arena_strdup(cx->ld->arena, "");
                b->nrows++;
            }
            pop(cx, o2);
        }
        pop(cx, old);
        break;
    }
    case BLOCK_EXAMPLE:
        b->title = get_str(cx, v, "title", false);
        if (!b->title)
            b->title = arena_strdup(cx->ld->arena, "Voorbeeld");
        b->text = get_str(cx, v, "text", true);
        break;
    case BLOCK_TERM:
        b->term = get_str(cx, v, "term", true);
        b->text = get_str(cx, v, "definition", true);
        break;
    case BLOCK_GOALS:
        break;
    case BLOCK_TREE: {
        b->title = get_str(cx, v, "title", false);
        const cJSON *root = field(v, "root");
        if (!root) {
            cx_error(cx, DC_MISSING_KEY, "%s", "root");
            break;
        }
        b->tree = arena_alloc(cx->ld->arena, sizeof *b->tree);
        size_t old = push_key(cx, "root");
        if (b->tree)
            parse_tree(cx, root, b->tree);
        pop(cx, old);
        break;
    }
    case BLOCK_FLOW: {
        static const char *const akeys[] = {"from", "to", "label", NULL};
        b->title = get_str(cx, v, "title", false);
        parse_flow_box(cx, v, "left", &b->boxes[0]);
        parse_flow_box(cx, v, "right", &b->boxes[1]);
        const cJSON *arrows = get_array(cx, v, "arrows", true, 1);
        size_t n = array_len(arrows);
        if (!arrows)
            break;
        b->arrows = arena_alloc(cx->ld->arena, n * sizeof *b->arrows);
        if (!b->arrows)
            break;
        size_t old = push_key(cx, "arrows"), i = 0;
        for (const cJSON *a = arrows->child; a; a = a->next, i++) {
            size_t o2 = push_index(cx, i);
            if (expect_object(cx, a)) {
                check_keys(cx, a, akeys);
                FlowArrow *fa = &b->arrows[b->narrows++];
                fa->from = flow_side(cx, a, "from");
                fa->to = flow_side(cx, a, "to");
                fa->label = get_str(cx, a, "label", false);
                if (fa->from == fa->to)
                    cx_error0(cx, DC_ARROW_TO_ITSELF);
            }
            pop(cx, o2);
        }
        pop(cx, old);
        break;
    }
    case BLOCK_KIND_COUNT:
        break;
    }
}

/* ---- questions --------------------------------------------------------- */

static const char *const TYPE_NAMES[QUESTION_TYPE_COUNT] = {
    "single", "multiple", "truefalse", "matching", "ordering", "cloze", "numeric",
};

const char *question_type_name(QuestionType t)
{
    return (unsigned)t < QUESTION_TYPE_COUNT ? TYPE_NAMES[t] : NULL;
}

static size_t count_blanks(const char *s)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, "___")) != NULL; n++)
        while (*p == '_')
            p++;
    return n;
}

/* Reads the list KEY of a question into options, with the keys each item
 * knows; returns the number read. */
static size_t parse_items(Ctx *cx, const cJSON *v, Question *q, const char *key, size_t min, const char *const *keys,
                          const char *what)
{
    const cJSON *a = get_array(cx, v, key, true, min);
    size_t n = array_len(a);
    if (!a)
        return 0;
    q->options = arena_alloc(cx->ld->arena, n * sizeof *q->options);
    if (!q->options)
        return 0;
    IdSet local = {0};
    size_t old = push_key(cx, key), i = 0;
    for (const cJSON *it = a->child; it; it = it->next, i++) {
        size_t o2 = push_index(cx, i);
        if (expect_object(cx, it)) {
            check_keys(cx, it, keys);
            Option *o = &q->options[q->noptions++];
            o->id = get_id(cx, it, "id");
            check_local_id(cx, &local, o->id, i, what);
            o->feedback = get_str(cx, it, "feedback", true);
            switch (q->type) {
            case QUESTION_SINGLE:
            case QUESTION_MULTIPLE:
                o->text = get_str(cx, it, "text", true);
                o->correct = get_bool(cx, it, "correct", false, true);
                break;
            case QUESTION_MATCHING:
                o->text = get_str(cx, it, "left", true);
                o->match = get_str(cx, it, "right", true);
                o->correct = true;
                break;
            case QUESTION_ORDERING:
                o->text = get_str(cx, it, "text", true);
                o->correct = true;
                break;
            case QUESTION_CLOZE:
                o->accept = get_str_list(cx, it, "accept", true, 1, &o->naccept);
                o->correct = true;
                break;
            default:
                break;
            }
        }
        pop(cx, o2);
    }
    pop(cx, old);
    idset_free(&local);
    return q->noptions;
}

/* Two options with the same text confuse a student; say where. */
static void check_distinct_texts(Ctx *cx, const Question *q, const char *key, bool right_side)
{
    IdSet seen = {0};
    size_t old = push_key(cx, key);
    for (size_t i = 0; i < q->noptions; i++) {
        const char *t = right_side ? q->options[i].match : q->options[i].text;
        size_t first;
        if (t && idset_put(&seen, t, i, &first)) {
            size_t o2 = push_index(cx, i);
            cx_error(cx, DC_SAME_TEXT, "%zu%.60s", first, t);
            pop(cx, o2);
        }
    }
    pop(cx, old);
    idset_free(&seen);
}

/* Reads one answer of a numeric question into A; false when it is unusable. */
static bool parse_numeric_answer(Ctx *cx, const cJSON *it, NumericAnswer *a)
{
    static const char *const keys[] = {"value", "tolerance", "min", "max", "score", "feedback", NULL};
    const double L = NUMERIC_LIMIT;
    if (!expect_object(cx, it))
        return false;
    check_keys(cx, it, keys);
    size_t errors = cx->errors + cx->suppressed;
    bool has_value = field(it, "value"), has_min = field(it, "min"), has_max = field(it, "max");
    a->score = get_number(cx, it, "score", 0, 1, 1, false);
    a->feedback = get_str(cx, it, "feedback", false);
    if (has_value && (has_min || has_max)) {
        cx_error0(cx, DC_NUMERIC_VALUE_AND_RANGE);
    } else if (has_value) {
        a->value = get_number(cx, it, "value", -L, L, 0, true);
        const cJSON *tol = field(it, "tolerance");
        if (tol && cJSON_IsNumber(tol) && tol->valuedouble < 0) {
            size_t old = push_key(cx, "tolerance");
            cx_error(cx, DC_NUMERIC_NEGATIVE_TOLERANCE, "%g", tol->valuedouble);
            pop(cx, old);
        } else {
            a->tolerance = get_number(cx, it, "tolerance", 0, L, 0, false);
        }
        a->min = a->value - a->tolerance;
        a->max = a->value + a->tolerance;
    } else if (has_min || has_max) {
        if (!has_min || !has_max)
            cx_error(cx, DC_NUMERIC_HALF_RANGE, "%s%s", has_min ? "min" : "max", has_min ? "max" : "min");
        if (field(it, "tolerance"))
            cx_error0(cx, DC_NUMERIC_TOLERANCE_WITH_RANGE);
        a->range = true;
        a->min = get_number(cx, it, "min", -L, L, 0, false);
        a->max = get_number(cx, it, "max", -L, L, 0, false);
        a->value = a->min / 2 + a->max / 2;
        if (has_min && has_max && a->min > a->max)
            cx_error(cx, DC_NUMERIC_MIN_ABOVE_MAX, "%g%g", a->min, a->max);
    } else {
        cx_error0(cx, DC_NUMERIC_NO_VALUE);
    }
    return cx->errors + cx->suppressed == errors;
}

/* A unit is text beside the number: a digit, separator or sign in it would
 * make what the student types ambiguous. */
static bool valid_unit(const char *u)
{
    if (strlen(u) > 20)
        return false;
    for (const char *p = u; *p; p++)
        if (isdigit((unsigned char)*p) || strchr(".,+-", *p))
            return false;
    return true;
}

/* "answers", "unit" and "decimals" of a numeric question. Its one answer
 * field is an option with id "value", so that answers, grades and their
 * JSON keep the shape of a one-blank cloze. */
static void parse_numeric(Ctx *cx, const cJSON *v, Question *q)
{
    q->decimals = get_int(cx, v, "decimals", 0, NUMERIC_MAX_DECIMALS, -1, false);
    q->unit = get_str(cx, v, "unit", false);
    if (q->unit && !valid_unit(q->unit)) {
        size_t old = push_key(cx, "unit");
        cx_error(cx, DC_NUMERIC_BAD_UNIT, "%.40s", q->unit);
        pop(cx, old);
    }
    q->options = arena_alloc(cx->ld->arena, sizeof *q->options);
    if (!q->options)
        return;
    q->noptions = 1;
    q->options[0].id = arena_strdup(cx->ld->arena, "value");
    q->options[0].correct = true;
    q->fixed_order = true;

    const cJSON *a = get_array(cx, v, "answers", true, 1);
    if (!a)
        return;
    size_t n = array_len(a), i = 0;
    q->numeric = arena_alloc(cx->ld->arena, n * sizeof *q->numeric);
    if (!q->numeric)
        return;
    bool all_read = true, right = false;
    size_t old = push_key(cx, "answers");
    for (const cJSON *it = a->child; it; it = it->next, i++) {
        size_t o2 = push_index(cx, i);
        NumericAnswer *na = &q->numeric[q->nnumeric];
        memset(na, 0, sizeof *na);
        if (parse_numeric_answer(cx, it, na)) {
            right |= na->score >= 1;
            q->nnumeric++;
        } else {
            all_read = false;
        }
        pop(cx, o2);
    }
    /* Only when every answer was read: a broken answer may be the right one. */
    if (all_read && !right)
        cx_error0(cx, DC_NUMERIC_NO_RIGHT);
    pop(cx, old);
}

/* Reads one question into Q. DEFAULT_SECTION: the section of the file, or
 * NULL in a quiz set (where "section" is required). */
static void parse_question(Ctx *cx, const cJSON *v, LoadedQuestion *lq, const char *default_section)
{
    static const char *const common[] = {
        "id",     "type",        "prompt",  "explanation", "goal",          "difficulty",     "section",
        "anchor", "fixed_order", "options", "answer",      "feedback_true", "feedback_false", "pairs",
        "items",  "blanks",      "answers", "unit",        "decimals",      "lint",           NULL};
    static const char *const opt_keys[] = {"id", "text", "correct", "feedback", NULL};
    static const char *const pair_keys[] = {"id", "left", "right", "feedback", NULL};
    static const char *const item_keys[] = {"id", "text", "feedback", NULL};
    static const char *const blank_keys[] = {"id", "accept", "feedback", NULL};
    Question *q = &lq->q;
    lq->origin.file = cx->file;
    lq->origin.path = path_copy(cx);
    q->file = lq->origin.file;
    q->path = lq->origin.path;
    if (!expect_object(cx, v))
        return;
    check_keys(cx, v, common);
    parse_lint(cx, v, &q->lint);
    q->id = get_course_id(cx, v);
    q->prompt = get_str(cx, v, "prompt", true);
    q->explanation = get_str(cx, v, "explanation", true);
    q->goal = get_id(cx, v, "goal");
    q->difficulty = get_int(cx, v, "difficulty", 1, 3, 1, true);
    q->fixed_order = get_bool(cx, v, "fixed_order", false, false);
    if (field(v, "anchor"))
        q->anchor = get_id(cx, v, "anchor");
    if (field(v, "section") || !default_section) {
        q->section = get_id(cx, v, "section");
        lq->section_given = true;
    } else {
        q->section = arena_strdup(cx->ld->arena, default_section);
    }
    int t = get_type(cx, v, TYPE_NAMES, QUESTION_TYPE_COUNT, DC_UNKNOWN_QUESTION_TYPE,
                     "single, multiple, truefalse, matching, ordering, cloze", "numeric");
    if (t < 0)
        return;
    q->type = (QuestionType)t;

    /* Keys that belong to another type are a mistake worth naming. */
    static const char *const type_key[QUESTION_TYPE_COUNT] = {"options", "options", "answer", "pairs",
                                                              "items",   "blanks",  "answers"};
    static const char *const all_type_keys[] = {"options", "answer",  "pairs", "items",
                                                "blanks",  "answers", "unit",  "decimals"};
    for (size_t k = 0; k < sizeof all_type_keys / sizeof *all_type_keys; k++) {
        const char *key = all_type_keys[k];
        bool numeric_key = strcmp(key, "unit") == 0 || strcmp(key, "decimals") == 0;
        if (field(v, key) && strcmp(key, type_key[t]) != 0 && !(numeric_key && t == QUESTION_NUMERIC))
            cx_warning(cx, DC_KEY_OF_OTHER_TYPE, "%s%s%s", key, TYPE_NAMES[t], type_key[t]);
    }

    switch (q->type) {
    case QUESTION_SINGLE:
    case QUESTION_MULTIPLE: {
        size_t n = parse_items(cx, v, q, "options", 2, opt_keys, "option");
        if (n < 2)
            break;
        size_t right = 0;
        for (size_t i = 0; i < n; i++)
            right += q->options[i].correct;
        if (right == 0)
            cx_error0(cx, DC_NO_RIGHT_OPTION);
        else if (q->type == QUESTION_SINGLE && right > 1)
            cx_error(cx, DC_SINGLE_MORE_RIGHT, "%zu", right);
        else if (q->type == QUESTION_MULTIPLE && right == n)
            cx_error0(cx, DC_MULTIPLE_ALL_RIGHT);
        check_distinct_texts(cx, q, "options", false);
        break;
    }
    case QUESTION_TRUEFALSE: {
        bool answer = get_bool(cx, v, "answer", true, true);
        q->noptions = 2;
        q->options = arena_alloc(cx->ld->arena, 2 * sizeof *q->options);
        if (!q->options) {
            q->noptions = 0;
            break;
        }
        q->options[0].id = arena_strdup(cx->ld->arena, "true");
        q->options[0].text = arena_strdup(cx->ld->arena, "juist");
        q->options[0].correct = answer;
        q->options[0].feedback = get_str(cx, v, "feedback_true", true);
        q->options[1].id = arena_strdup(cx->ld->arena, "false");
        q->options[1].text = arena_strdup(cx->ld->arena, "onjuist");
        q->options[1].correct = !answer;
        q->options[1].feedback = get_str(cx, v, "feedback_false", true);
        q->fixed_order = true;
        break;
    }
    case QUESTION_MATCHING:
        if (parse_items(cx, v, q, "pairs", 2, pair_keys, "pair") >= 2) {
            check_distinct_texts(cx, q, "pairs", false);
            check_distinct_texts(cx, q, "pairs", true);
        }
        break;
    case QUESTION_ORDERING:
        if (parse_items(cx, v, q, "items", 3, item_keys, "item") >= 3)
            check_distinct_texts(cx, q, "items", false);
        break;
    case QUESTION_CLOZE: {
        size_t n = parse_items(cx, v, q, "blanks", 1, blank_keys, "blank");
        if (q->prompt && n && count_blanks(q->prompt) != n) {
            size_t old = push_key(cx, "prompt");
            cx_error(cx, DC_CLOZE_BLANK_COUNT, "%zu%zu", count_blanks(q->prompt), n);
            pop(cx, old);
        }
        break;
    }
    case QUESTION_NUMERIC:
        parse_numeric(cx, v, q);
        break;
    case QUESTION_TYPE_COUNT:
        break;
    }
}

static void parse_questions(Ctx *cx, const cJSON *obj, const char *default_section, bool required)
{
    const cJSON *a = get_array(cx, obj, "questions", required, required ? 1 : 0);
    if (!a)
        return;
    size_t old = push_key(cx, "questions"), i = 0;
    for (const cJSON *it = a->child; it; it = it->next, i++) {
        size_t o2 = push_index(cx, i);
        LoadedQuestion *lq = vec_push(&cx->ld->questions);
        if (lq)
            parse_question(cx, it, lq, default_section);
        pop(cx, o2);
    }
    pop(cx, old);
}

/* ---- files of each kind ------------------------------------------------ */

static void parse_section(Ctx *cx, const cJSON *root)
{
    static const char *const keys[] = {"format", "kind",   "id",        "number", "title",
                                       "goals",  "blocks", "questions", "lint",   NULL};
    static const char *const goal_keys[] = {"id", "text", "lint", NULL};
    check_keys(cx, root, keys);
    LoadedSection *ls = vec_push(&cx->ld->sections);
    if (!ls)
        return;
    Section *s = &ls->s;
    size_t index = cx->ld->sections.len - 1;
    ls->origin.file = cx->file;
    ls->origin.path = "id";
    s->file = arena_strdup(cx->ld->arena, cx->file);
    s->id = get_course_id(cx, root);
    s->number = get_str(cx, root, "number", false);
    s->title = get_str(cx, root, "title", true);
    parse_lint(cx, root, &s->lint);

    const cJSON *goals = get_array(cx, root, "goals", true, 1);
    if (goals) {
        size_t n = array_len(goals), i = 0;
        s->goals = arena_alloc(cx->ld->arena, n * sizeof *s->goals);
        size_t old = push_key(cx, "goals");
        for (const cJSON *g = goals->child; g && s->goals; g = g->next, i++) {
            size_t o2 = push_index(cx, i);
            if (expect_object(cx, g)) {
                check_keys(cx, g, goal_keys);
                Goal *goal = &s->goals[s->ngoals++];
                goal->id = get_id(cx, g, "id");
                goal->text = get_str(cx, g, "text", true);
                parse_lint(cx, g, &goal->lint);
                register_id(cx, goal->id, "id");
                if (goal->id)
                    idset_put(&cx->ld->goals, goal->id, index, &(size_t){0});
            }
            pop(cx, o2);
        }
        pop(cx, old);
    }

    const cJSON *blocks = get_array(cx, root, "blocks", true, 1);
    if (blocks) {
        size_t n = array_len(blocks), i = 0;
        s->blocks = arena_alloc(cx->ld->arena, n * sizeof *s->blocks);
        IdSet anchors = {0};
        size_t old = push_key(cx, "blocks");
        for (const cJSON *b = blocks->child; b && s->blocks; b = b->next, i++) {
            size_t o2 = push_index(cx, i);
            Block *blk = &s->blocks[s->nblocks];
            blk->kind = BLOCK_KIND_COUNT;
            parse_block(cx, b, blk);
            if (blk->kind != BLOCK_KIND_COUNT) {
                check_local_id(cx, &anchors, blk->id, i, "block");
                s->nblocks++;
            }
            pop(cx, o2);
        }
        pop(cx, old);
        idset_free(&anchors);
    }
    parse_questions(cx, root, s->id ? s->id : "", false);
}

static void parse_glossary(Ctx *cx, const cJSON *root)
{
    static const char *const keys[] = {"format", "kind", "terms", NULL};
    static const char *const term_keys[] = {"id", "term", "definition", "section", "lint", NULL};
    check_keys(cx, root, keys);
    const cJSON *terms = get_array(cx, root, "terms", true, 1);
    if (!terms)
        return;
    IdSet words = {0};
    size_t old = push_key(cx, "terms"), i = 0;
    for (const cJSON *t = terms->child; t; t = t->next, i++) {
        size_t o2 = push_index(cx, i);
        if (expect_object(cx, t)) {
            check_keys(cx, t, term_keys);
            LoadedTerm *lt = vec_push(&cx->ld->terms);
            if (lt) {
                lt->origin.file = cx->file;
                lt->origin.path = path_copy(cx);
                lt->t.file = lt->origin.file;
                lt->t.path = lt->origin.path;
                parse_lint(cx, t, &lt->t.lint);
                lt->t.id = get_course_id(cx, t);
                lt->t.term = get_str(cx, t, "term", true);
                lt->t.definition = get_str(cx, t, "definition", true);
                lt->t.section = get_id(cx, t, "section");
                size_t first;
                if (lt->t.term && idset_put(&words, lt->t.term, i, &first)) {
                    size_t o3 = push_key(cx, "term");
                    cx_error(cx, DC_TERM_TWICE, "%.60s%zu", lt->t.term, first);
                    pop(cx, o3);
                }
            }
        }
        pop(cx, o2);
    }
    pop(cx, old);
    idset_free(&words);
}

/* A scenario node's choices into NODE. */
static void parse_choices(Ctx *cx, const cJSON *nv, ScenarioNode *node)
{
    static const char *const choice_keys[] = {"id", "text", "feedback", "points", "next", NULL};
    const cJSON *choices = get_array(cx, nv, "choices", true, 1);
    size_t nc = array_len(choices), j = 0;
    if (choices)
        node->choices = arena_alloc(cx->ld->arena, nc * sizeof *node->choices);
    IdSet cids = {0};
    size_t old = push_key(cx, "choices");
    for (const cJSON *cv = choices ? choices->child : NULL; cv && node->choices; cv = cv->next, j++) {
        size_t o2 = push_index(cx, j);
        if (expect_object(cx, cv)) {
            check_keys(cx, cv, choice_keys);
            Choice *c = &node->choices[node->nchoices++];
            c->id = get_id(cx, cv, "id");
            check_local_id(cx, &cids, c->id, j, "choice");
            c->text = get_str(cx, cv, "text", true);
            c->feedback = get_str(cx, cv, "feedback", true);
            c->points = get_int(cx, cv, "points", 0, 100, 0, true);
            c->next = get_id(cx, cv, "next");
            c->next_index = (size_t)-1;
        }
        pop(cx, o2);
    }
    pop(cx, old);
    idset_free(&cids);
}

/* One scenario node NV (the I-th) into NODE; its id goes into IDS. */
static void parse_node(Ctx *cx, const cJSON *nv, size_t i, IdSet *ids, ScenarioNode *node)
{
    static const char *const node_keys[] = {"id", "title", "text", "choices", "end", "debrief", "lint", NULL};
    if (!expect_object(cx, nv))
        return;
    check_keys(cx, nv, node_keys);
    node->id = get_id(cx, nv, "id");
    check_local_id(cx, ids, node->id, i, "node");
    node->title = get_str(cx, nv, "title", false);
    node->text = get_str(cx, nv, "text", true);
    parse_lint(cx, nv, &node->lint);
    node->end = get_bool(cx, nv, "end", false, false);
    if (node->end) {
        node->debrief = get_str(cx, nv, "debrief", true);
        if (field(nv, "choices"))
            cx_error0(cx, DC_END_WITH_CHOICES);
    } else {
        if (field(nv, "debrief"))
            cx_warning0(cx, DC_DEBRIEF_NOT_AT_END);
        parse_choices(cx, nv, node);
    }
}

/* Sets every choice's next_index and SC's start from the node ids in IDS
 * (START: the "start" id, may be NULL). False when a link is missing or
 * names no node (each said, with its path). */
static bool resolve_links(Ctx *cx, Scenario *sc, const IdSet *ids, const char *start)
{
    bool links_ok = true;
    for (size_t i = 0; i < sc->nnodes; i++) {
        ScenarioNode *node = &sc->nodes[i];
        for (size_t j = 0; j < node->nchoices; j++) {
            Choice *c = &node->choices[j];
            size_t at;
            if (!c->next) {
                links_ok = false;
            } else if (!idset_get(ids, c->next, &at)) {
                snprintf(cx->path, sizeof cx->path, "nodes[%zu].choices[%zu].next", i, j);
                cx->pathlen = strlen(cx->path);
                cx_error(cx, DC_NO_SUCH_NODE, "%.60s", c->next);
                pop(cx, 0);
                links_ok = false;
            } else {
                c->next_index = at;
            }
        }
    }
    size_t start_index = 0;
    if (start && !idset_get(ids, start, &start_index)) {
        size_t o = push_key(cx, "start");
        cx_error(cx, DC_NO_SUCH_NODE, "%.60s", start);
        pop(cx, o);
        links_ok = false;
    }
    sc->start = start_index;
    return links_ok;
}

/* Everything reachable from START, no loop, at least two endings: the
 * graph analysis (scenario_graph.c) in the loader's words. It also sets
 * the best and worst points. */
static void check_graph(Ctx *cx, Scenario *sc, const char *start)
{
    ScenarioGraph g;
    if (!scenario_graph_analyse(sc, &g))
        return;
    for (size_t i = 0; i < sc->nnodes; i++) {
        if (g.reached[i])
            continue;
        snprintf(cx->path, sizeof cx->path, "nodes[%zu]", i);
        cx->pathlen = strlen(cx->path);
        cx_error(cx, DC_NODE_UNREACHABLE, "%s%s", sc->nodes[i].id ? sc->nodes[i].id : "?", start);
        pop(cx, 0);
    }
    if (g.loop) {
        snprintf(cx->path, sizeof cx->path, "nodes[%zu]", g.loop_node);
        cx->pathlen = strlen(cx->path);
        cx_error(cx, DC_SCENARIO_LOOP, "%s%s", g.loop_path, sc->nodes[g.loop_node].id);
        pop(cx, 0);
    } else if (g.ends < 2) {
        cx_error(cx, DC_SCENARIO_ENDINGS, "%zu", g.ends);
    }
    scenario_graph_free(&g);
}

static void parse_scenario(Ctx *cx, const cJSON *root)
{
    static const char *const keys[] = {"format",   "kind",  "id",    "title", "intro",
                                       "sections", "start", "nodes", "lint",  NULL};
    check_keys(cx, root, keys);
    LoadedScenario *ls = vec_push(&cx->ld->scenarios);
    if (!ls)
        return;
    Scenario *sc = &ls->s;
    ls->origin.file = cx->file;
    ls->origin.path = "(top level)";
    sc->file = arena_strdup(cx->ld->arena, cx->file);
    sc->id = get_course_id(cx, root);
    sc->title = get_str(cx, root, "title", true);
    sc->intro = get_str(cx, root, "intro", false);
    parse_lint(cx, root, &sc->lint);
    sc->sections = get_str_list(cx, root, "sections", false, 0, &sc->nsections);
    char *start = get_id(cx, root, "start");
    const cJSON *nodes = get_array(cx, root, "nodes", true, 1);
    if (!nodes)
        return;
    size_t n = array_len(nodes), i = 0;
    sc->nodes = arena_alloc(cx->ld->arena, n * sizeof *sc->nodes);
    if (!sc->nodes)
        return;
    IdSet ids = {0};
    size_t old = push_key(cx, "nodes");
    for (const cJSON *nv = nodes->child; nv; nv = nv->next, i++) {
        size_t o2 = push_index(cx, i);
        parse_node(cx, nv, i, &ids, &sc->nodes[sc->nnodes++]);
        pop(cx, o2);
    }
    pop(cx, old);
    bool links_ok = resolve_links(cx, sc, &ids, start);
    idset_free(&ids);
    if (start && links_ok && sc->nnodes > 0)
        check_graph(cx, sc, start);
}

static void parse_quizset(Ctx *cx, const cJSON *root)
{
    static const char *const keys[] = {"format", "kind", "id", "title", "questions", "lint", NULL};
    check_keys(cx, root, keys);
    LoadedQuizSet *lq = vec_push(&cx->ld->quizsets);
    if (!lq)
        return;
    lq->qs.file = arena_strdup(cx->ld->arena, cx->file);
    parse_lint(cx, root, &lq->qs.lint);
    lq->origin.file = cx->file;
    lq->origin.path = "(top level)";
    lq->qs.id = get_course_id(cx, root);
    lq->qs.title = get_str(cx, root, "title", true);
    size_t first = cx->ld->questions.len;
    parse_questions(cx, root, NULL, true);
    size_t n = cx->ld->questions.len - first;
    lq->qs.questions = arena_alloc(cx->ld->arena, (n ? n : 1) * sizeof *lq->qs.questions);
    for (size_t i = 0; i < n && lq->qs.questions; i++) {
        const LoadedQuestion *q = (const LoadedQuestion *)cx->ld->questions.data + first + i;
        if (q->q.id)
            lq->qs.questions[lq->qs.nquestions++] = q->q.id;
    }
}

static void parse_course(Ctx *cx, const cJSON *root)
{
    static const char *const keys[] = {"format", "kind", "id", "title", "version", "chapters", "files", "lint", NULL};
    static const char *const chapter_keys[] = {"id", "title", "sections", NULL};
    Loader *ld = cx->ld;
    check_keys(cx, root, keys);
    if (ld->have_manifest) {
        cx_error0(cx, DC_SECOND_MANIFEST);
        return;
    }
    ld->have_manifest = true;
    Course *c = ld->course;
    c->id = get_id(cx, root, "id");
    c->title = get_str(cx, root, "title", true);
    c->version = get_str(cx, root, "version", true);
    c->file = arena_strdup(cx->ld->arena, cx->file);
    parse_lint(cx, root, &c->lint);
    const cJSON *chapters = get_array(cx, root, "chapters", true, 1);
    size_t old = push_key(cx, "chapters"), i = 0;
    for (const cJSON *ch = chapters ? chapters->child : NULL; ch; ch = ch->next, i++) {
        size_t o2 = push_index(cx, i);
        if (expect_object(cx, ch)) {
            check_keys(cx, ch, chapter_keys);
            Chapter *chap = vec_push(&ld->chapters);
            Origin *o = vec_push(&ld->chapter_origins);
            if (chap && o) {
                o->file = cx->file;
                o->path = path_copy(cx);
                chap->id = get_course_id(cx, ch);
                chap->title = get_str(cx, ch, "title", true);
                chap->sections = get_str_list(cx, ch, "sections", true, 1, &chap->nsections);
            }
        }
        pop(cx, o2);
    }
    pop(cx, old);
    size_t nfiles;
    char **files = get_str_list(cx, root, "files", true, 1, &nfiles);
    for (i = 0; i < nfiles; i++) {
        const char **slot = vec_push(&ld->files);
        if (slot)
            *slot = files[i];
    }
}

void course_parse_file(Ctx *cx, const cJSON *root)
{
    if (!cJSON_IsObject(root)) {
        cx_error(cx, DC_FILE_NOT_OBJECT, "%s", type_word(root));
        return;
    }
    const cJSON *fmt = field(root, "format");
    if (!fmt) {
        cx_error(cx, DC_NO_FORMAT, "%d", LESSON_FORMAT_VERSION);
    } else if (!cJSON_IsNumber(fmt) || fmt->valuedouble != LESSON_FORMAT_VERSION) {
        size_t old = push_key(cx, "format");
        if (cJSON_IsNumber(fmt))
            cx_error(cx, DC_FORMAT_UNSUPPORTED, "%g%d", fmt->valuedouble, LESSON_FORMAT_VERSION);
        else
            cx_error(cx, DC_FORMAT_NOT_NUMBER, "%d%s", LESSON_FORMAT_VERSION, type_word(fmt));
        pop(cx, old);
        return;
    }
    char *kind = get_str(cx, root, "kind", true);
    if (!kind)
        return;
    if (strcmp(kind, "course") == 0)
        parse_course(cx, root);
    else if (strcmp(kind, "section") == 0)
        parse_section(cx, root);
    else if (strcmp(kind, "glossary") == 0)
        parse_glossary(cx, root);
    else if (strcmp(kind, "scenario") == 0)
        parse_scenario(cx, root);
    else if (strcmp(kind, "quizset") == 0)
        parse_quizset(cx, root);
    else if (strcmp(kind, "pronunciation") == 0)
        /* The read-aloud's list (content/uitspraak.json), given to check
         * on its own: checked here, used by the speech engine. */
        lexicon_free(lexicon_parse_json(root, cx->file, cx->ld->diag));
    else {
        size_t old = push_key(cx, "kind");
        cx_error(cx, DC_UNKNOWN_KIND, "%.40s%s%s", kind, "course, section, glossary, scenario", "quizset");
        pop(cx, old);
    }
}
