/* klas_read.c - the files of a class's folder, see klas.h. A file's kind
 * is decided by what it holds, not by its name: a BOM and the export's CSV
 * header, or a JSON array whose first element is an export row or an xAPI
 * statement. Everything else is named and skipped; inside a file a row or
 * statement that cannot be read is named and skipped, and the rest count.
 * cJSON reads the JSON; the CSV reader is our own (RFC 4180 with ';'). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "isotime.h"
#include "jsonl.h"
#include "klas_internal.h"
#include "os.h"
#include "utf8.h"

/* ---- small readers ------------------------------------------------------- */

static bool digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_of(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* "YYYY-MM-DD?HH:MM:SS" at S (SEP the character between) as seconds since
 * the epoch of that wall clock. */
static bool wall_seconds(const char *s, size_t len, char sep, int64_t *out)
{
    int y, mo, d, h, mi, se;
    if (len < 19 || s[4] != '-' || s[7] != '-' || s[10] != sep || s[13] != ':' || s[16] != ':' || !digits(s, 4, &y) ||
        !digits(s + 5, 2, &mo) || !digits(s + 8, 2, &d) || !digits(s + 11, 2, &h) || !digits(s + 14, 2, &mi) ||
        !digits(s + 17, 2, &se))
        return false;
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 || mi > 59 || se > 59)
        return false;
    if (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return false;
    *out = days_of(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
    return true;
}

/* A local "YYYY-MM-DD HH:MM:SS" (the CSV's) as UTC milliseconds. */
static bool local_time(const Klas *k, const char *s, int64_t *ms)
{
    int64_t wall;
    if (strlen(s) != 19 || !wall_seconds(s, 19, ' ', &wall))
        return false;
    int64_t guess = wall * 1000;
    if (k->utc_offset) {
        /* The offset at the wall time taken as UTC is close; a second look
         * at the instant found settles a change of offset in between. */
        int off = k->utc_offset(guess, k->ctx);
        int64_t utc = guess - (int64_t)off * 60000;
        int off2 = k->utc_offset(utc, k->ctx);
        if (off2 != off)
            utc = guess - (int64_t)off2 * 60000;
        guess = utc;
    }
    *ms = guess;
    return true;
}

/* An ISO 8601 instant as xAPI allows it: "YYYY-MM-DDTHH:MM:SS", any
 * fraction, then Z or +HH:MM / -HH:MM. */
static bool iso_time(const char *s, int64_t *ms)
{
    size_t len = strlen(s);
    if (isotime_parse(s, len, ms))
        return true;
    int64_t wall;
    if (!wall_seconds(s, len, 'T', &wall))
        return false;
    const char *p = s + 19;
    int frac = 0, scale = 100;
    if (*p == '.') {
        p++;
        if (*p < '0' || *p > '9')
            return false;
        for (; *p >= '0' && *p <= '9'; p++, scale /= 10)
            frac += scale > 0 ? (*p - '0') * scale : 0;
    }
    int off = 0;
    if (*p == 'Z' && !p[1]) {
        off = 0;
    } else if ((*p == '+' || *p == '-') && strlen(p) == 6 && p[3] == ':') {
        int oh, om;
        if (!digits(p + 1, 2, &oh) || !digits(p + 4, 2, &om) || oh > 23 || om > 59)
            return false;
        off = (oh * 60 + om) * (*p == '-' ? -1 : 1);
    } else {
        return false;
    }
    *ms = (wall - (int64_t)off * 60) * 1000 + frac;
    return true;
}

/* A number with '.' or ',' as its decimal sign, independent of the locale. */
static bool decimal(const char *s, double *v)
{
    const char *p = s;
    bool neg = *p == '-';
    if (neg)
        p++;
    if (*p < '0' || *p > '9')
        return false;
    double x = 0;
    for (; *p >= '0' && *p <= '9'; p++)
        x = x * 10 + (*p - '0');
    if (*p == ',' || *p == '.') {
        p++;
        double f = 0.1;
        for (; *p >= '0' && *p <= '9'; p++, f /= 10)
            x += (*p - '0') * f;
    }
    if (*p)
        return false;
    *v = neg ? -x : x;
    return true;
}

static bool mode_of(const char *s, AttemptMode *m)
{
    static const char *const nl[] = {"oefenen", "toets", "scenario", "herhalen", "anders"};
    for (int i = 0; i < ATTEMPT_MODE_COUNT; i++)
        if (strcmp(s, nl[i]) == 0 || strcmp(s, progress_mode_name((AttemptMode)i)) == 0) {
            *m = (AttemptMode)i;
            return true;
        }
    return false;
}

/* ---- CSV ----------------------------------------------------------------- */

enum { CSV_MAX_FIELDS = 32 };

typedef struct {
    const char *s;
    size_t len, pos;
    int line; /* of the next record */
    JsonBuf cells;
    size_t at[CSV_MAX_FIELDS];
    int n;
} CsvIn;

/* The next record into IN->cells (each field NUL-terminated, its offset
 * in at[]). 0 at the end, -1 when a quote is never closed, else the
 * number of fields (more than CSV_MAX_FIELDS are dropped). */
static int csv_next(CsvIn *in)
{
    in->cells.len = 0;
    in->n = 0;
    if (in->pos >= in->len)
        return 0;
    for (;;) {
        size_t start = in->cells.len;
        const char *s = in->s;
        if (s[in->pos] == '"') {
            in->pos++;
            for (;;) {
                /* Up to the next quote in one piece. */
                const char *q = memchr(s + in->pos, '"', in->len - in->pos);
                if (!q)
                    return -1;
                size_t run = (size_t)(q - (s + in->pos));
                for (const char *nl = s + in->pos; (nl = memchr(nl, '\n', (size_t)(q - nl))) != NULL; nl++)
                    in->line++;
                jsonbuf_put(&in->cells, s + in->pos, run);
                in->pos += run + 1;
                if (in->pos < in->len && s[in->pos] == '"') {
                    in->pos++;
                    jsonbuf_put(&in->cells, "\"", 1);
                    continue;
                }
                break;
            }
        }
        size_t from = in->pos;
        while (in->pos < in->len && s[in->pos] != ';' && s[in->pos] != '\n' && s[in->pos] != '\r')
            in->pos++;
        jsonbuf_put(&in->cells, s + from, in->pos - from);
        jsonbuf_put(&in->cells, "", 1);
        if (in->n < CSV_MAX_FIELDS)
            in->at[in->n] = start;
        in->n++;
        if (in->pos < in->len && s[in->pos] == ';') {
            in->pos++;
            continue;
        }
        if (in->pos < in->len && s[in->pos] == '\r')
            in->pos++;
        if (in->pos < in->len && s[in->pos] == '\n')
            in->pos++;
        in->line++;
        return in->n;
    }
}

/* Field I of the record, without the apostrophe the export puts before
 * text a spreadsheet would run as a formula. "" when absent. */
static const char *cell(const CsvIn *in, int i)
{
    if (i < 0 || i >= in->n || i >= CSV_MAX_FIELDS || in->cells.failed)
        return "";
    const char *c = in->cells.data + in->at[i];
    if (c[0] == '\'' && (c[1] == '=' || c[1] == '+' || c[1] == '-' || c[1] == '@'))
        c++;
    return c;
}

/* The option ids of "chosen" in an answer's JSON text; ids with escapes
 * are left out. Writes NUL-terminated copies into BUF. */
static size_t chosen_ids(const char *json, char *buf, size_t size, const char **ids, size_t max)
{
    const char *p = strstr(json, "\"chosen\"");
    size_t n = 0, used = 0;
    if (!p || !(p = strchr(p, '[')))
        return 0;
    for (p++; *p && *p != ']' && n < max;) {
        if (*p != '"') {
            p++;
            continue;
        }
        const char *end = strchr(p + 1, '"');
        if (!end)
            break;
        size_t len = (size_t)(end - p - 1);
        if (!memchr(p + 1, '\\', len) && used + len + 1 <= size) {
            memcpy(buf + used, p + 1, len);
            buf[used + len] = '\0';
            ids[n++] = buf + used;
            used += len + 1;
        }
        p = end + 1;
    }
    return n;
}

static int column(const CsvIn *in, const char *name)
{
    if (in->cells.failed) /* out of memory: no cells to look at */
        return -1;
    for (int i = 0; i < in->n && i < CSV_MAX_FIELDS; i++)
        if (strcmp(in->cells.data + in->at[i], name) == 0)
            return i;
    return -1;
}

/* VALUE cut to at most 60 bytes at a character boundary, into BUF. */
static const char *clip(const char *value, char buf[64])
{
    size_t n = strlen(value);
    if (n > 60) {
        n = 60;
        while (n > 0 && ((unsigned char)value[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, value, n);
    buf[n] = '\0';
    return buf;
}

/* A bad (VALUE non-NULL) or missing field at AT. */
static void field_problem(Diag *d, DiagAt at, const char *field, const char *value)
{
    char buf[64];
    if (value)
        diag_report(d, DIAG_WARNING, at, DC_KLAS_BAD_FIELD, "%s%s", field, clip(value, buf));
    else
        diag_report(d, DIAG_WARNING, at, DC_KLAS_FIELD_MISSING, "%s", field);
}

static void row_problem(Diag *d, const char *name, int line, const char *field, const char *value)
{
    field_problem(d, (DiagAt){.file = name, .line = line}, field, value);
}

static bool read_csv(Klas *k, const char *name, const char *text, size_t len, Diag *d)
{
    CsvIn in = {.s = text, .len = len, .line = 1};
    int nf = csv_next(&in);
    int c_name = column(&in, "leerling"), c_prof = column(&in, "profiel"), c_time = column(&in, "tijd"),
        c_item = column(&in, "vraag"), c_mode = column(&in, "modus"), c_score = column(&in, "score"),
        c_json = column(&in, "antwoord_json");
    bool ok = true;
    if (nf > 0 && column(&in, "beheersing_pct") >= 0 && c_time < 0) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_SUMMARY);
        ok = false;
    } else if (nf <= 0 || c_prof < 0 || c_time < 0 || c_item < 0 || c_score < 0) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_FOREIGN);
        ok = false;
    }
    int header = nf;
    while (ok) {
        int line = in.line;
        nf = csv_next(&in);
        if (nf == 0)
            break;
        if (nf < 0) {
            diag_at(d, DIAG_WARNING, (DiagAt){.file = name, .line = line}, DC_KLAS_CSV_QUOTE_UNCLOSED);
            break;
        }
        if (nf == 1 && !cell(&in, 0)[0])
            continue; /* an empty line */
        if (nf != header) {
            diag_report(d, DIAG_WARNING, (DiagAt){.file = name, .line = line}, DC_KLAS_CSV_FIELDS, "%d%d", nf, header);
            continue;
        }
        const char *prof = cell(&in, c_prof), *item = cell(&in, c_item);
        int64_t ms;
        double score;
        AttemptMode mode = ATTEMPT_PRACTICE;
        if (!prof[0]) {
            row_problem(d, name, line, "profiel", NULL);
            continue;
        }
        if (!item[0]) {
            row_problem(d, name, line, "vraag", NULL);
            continue;
        }
        if (!local_time(k, cell(&in, c_time), &ms)) {
            row_problem(d, name, line, "tijd", cell(&in, c_time));
            continue;
        }
        if (!decimal(cell(&in, c_score), &score) || score < 0 || score > 1) {
            row_problem(d, name, line, "score", cell(&in, c_score));
            continue;
        }
        if (c_mode >= 0 && !mode_of(cell(&in, c_mode), &mode)) {
            row_problem(d, name, line, "modus", cell(&in, c_mode));
            continue;
        }
        char idbuf[512];
        const char *ids[KLAS_MAX_OPTIONS];
        size_t nids = c_json >= 0 ? chosen_ids(cell(&in, c_json), idbuf, sizeof idbuf, ids, KLAS_MAX_OPTIONS) : 0;
        const char *student = c_name >= 0 ? cell(&in, c_name) : "";
        if (!klas_record(k, prof, student[0] ? student : NULL, item, ms, true, score, mode, ids, nids))
            break;
    }
    if (in.cells.failed)
        k->failed = true;
    jsonbuf_free(&in.cells);
    return ok;
}

/* ---- JSON ---------------------------------------------------------------- */

static const char *str_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A bad field (V, the value, non-NULL) or a missing one of element I. */
static void json_problem(Diag *d, const char *name, size_t i, const char *field, const cJSON *v)
{
    char path[64], num[40];
    snprintf(path, sizeof path, "[%zu]", i);
    const char *value = NULL;
    if (cJSON_IsString(v))
        value = v->valuestring;
    else if (cJSON_IsNumber(v)) {
        snprintf(num, sizeof num, "%g", v->valuedouble);
        value = num;
    } else if (v)
        value = cJSON_IsNull(v) ? "null" : cJSON_IsBool(v) ? (cJSON_IsTrue(v) ? "true" : "false") : "{…}";
    field_problem(d, (DiagAt){.file = name, .path = path}, field, value);
}

static bool export_row(Klas *k, const char *name, size_t i, const cJSON *o, Diag *d)
{
    const char *prof = str_of(o, "profile"), *item = str_of(o, "item"), *time = str_of(o, "time");
    const char *mode_s = str_of(o, "mode");
    const cJSON *score = cJSON_GetObjectItemCaseSensitive(o, "score");
    AttemptMode mode = ATTEMPT_PRACTICE;
    int64_t ms;
    if (!prof || !prof[0])
        json_problem(d, name, i, "profile", NULL);
    else if (!item || !item[0])
        json_problem(d, name, i, "item", NULL);
    else if (!time || !iso_time(time, &ms))
        json_problem(d, name, i, "time", cJSON_GetObjectItemCaseSensitive(o, "time"));
    else if (!cJSON_IsNumber(score) || score->valuedouble < 0 || score->valuedouble > 1)
        json_problem(d, name, i, "score", score);
    else if (mode_s && !mode_of(mode_s, &mode))
        json_problem(d, name, i, "mode", cJSON_GetObjectItemCaseSensitive(o, "mode"));
    else {
        const char *ids[KLAS_MAX_OPTIONS];
        size_t nids = 0;
        const cJSON *answer = cJSON_GetObjectItemCaseSensitive(o, "answer");
        const cJSON *chosen = cJSON_GetObjectItemCaseSensitive(answer, "chosen"), *c;
        cJSON_ArrayForEach(c, chosen) if (cJSON_IsString(c) && nids < KLAS_MAX_OPTIONS) ids[nids++] = c->valuestring;
        return klas_record(k, prof, str_of(o, "student"), item, ms, false, score->valuedouble, mode, ids, nids);
    }
    return true;
}

/* The last segment of an IRI: "http://adlnet.gov/expapi/verbs/passed" -> "passed". */
static const char *last_segment(const char *iri)
{
    const char *slash = strrchr(iri, '/');
    return slash ? slash + 1 : iri;
}

/* Splits an xAPI choice response "a[,]b" into ids (in BUF). */
static size_t response_ids(const char *r, char *buf, size_t size, const char **ids, size_t max)
{
    size_t n = 0, used = 0;
    while (r && *r && n < max) {
        const char *end = strstr(r, "[,]");
        size_t len = end ? (size_t)(end - r) : strlen(r);
        if (used + len + 1 > size)
            break;
        memcpy(buf + used, r, len);
        buf[used + len] = '\0';
        ids[n++] = buf + used;
        used += len + 1;
        r = end ? end + 3 : NULL;
    }
    return n;
}

static int hex(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* An id from an IRI, its %XX escapes undone, into OUT; false when it is
 * empty, does not fit, or holds a bad escape or a NUL. */
static bool percent_decode(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (; *s; s++) {
        int c = (unsigned char)*s;
        if (c == '%') {
            int hi = hex(s[1]), lo = hi < 0 ? -1 : hex(s[2]);
            if (lo < 0 || (hi == 0 && lo == 0))
                return false;
            c = hi * 16 + lo;
            s += 2;
        }
        if (n + 1 >= size)
            return false;
        out[n++] = (char)c;
    }
    out[n] = '\0';
    return n > 0;
}

/* The mode an extension of the statement's context names ("exam", ...). */
static AttemptMode statement_mode(const cJSON *st)
{
    const cJSON *ext = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(st, "context"), "extensions");
    const cJSON *e;
    AttemptMode m = ATTEMPT_PRACTICE;
    cJSON_ArrayForEach(e, ext)
    {
        size_t n = e->string ? strlen(e->string) : 0;
        if (n >= 4 && strcmp(e->string + n - 4, "mode") == 0 && cJSON_IsString(e) && mode_of(e->valuestring, &m))
            break;
    }
    return m;
}

static bool statement(Klas *k, const char *name, size_t i, const cJSON *st, Diag *d)
{
    const cJSON *actor = cJSON_GetObjectItemCaseSensitive(st, "actor");
    const char *prof = str_of(cJSON_GetObjectItemCaseSensitive(actor, "account"), "name");
    const char *verb = str_of(cJSON_GetObjectItemCaseSensitive(st, "verb"), "id");
    const char *object = str_of(cJSON_GetObjectItemCaseSensitive(st, "object"), "id");
    const char *time = str_of(st, "timestamp");
    const cJSON *result = cJSON_GetObjectItemCaseSensitive(st, "result");
    const cJSON *score = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(result, "score"), "scaled");
    int64_t ms;
    if (!prof || !prof[0]) {
        json_problem(d, name, i, "actor.account.name", NULL);
        return true;
    }
    if (!verb || !object) {
        json_problem(d, name, i, !verb ? "verb.id" : "object.id", NULL);
        return true;
    }
    if (!time || !iso_time(time, &ms)) {
        json_problem(d, name, i, "timestamp", cJSON_GetObjectItemCaseSensitive(st, "timestamp"));
        return true;
    }
    /* What the overview counts (xapi.h's IRIs): an answer to a question,
     * a scenario run (completed) and a test's result (passed, failed or
     * completed; the two of one test share their time and count once). A
     * scenario's decisions and other verbs are not counted. */
    const char *v = last_segment(verb);
    const char *q = strstr(object, ":question:"), *sc = strstr(object, ":scenario:");
    size_t olen = strlen(object);
    bool exam = olen >= 5 && strcmp(object + olen - 5, ":exam") == 0;
    bool answered = strcmp(v, "answered") == 0, completed = strcmp(v, "completed") == 0;
    bool result_verb = completed || strcmp(v, "passed") == 0 || strcmp(v, "failed") == 0;
    const char *item;
    if (answered && q)
        item = q + 10;
    else if (completed && sc && !strstr(sc, ":node:"))
        item = sc + 10;
    else if (result_verb && exam)
        item = NULL;
    else
        return true;
    double s;
    if (cJSON_IsNumber(score))
        s = score->valuedouble;
    else {
        const cJSON *success = cJSON_GetObjectItemCaseSensitive(result, "success");
        if (!cJSON_IsBool(success)) {
            json_problem(d, name, i, "result.score.scaled", NULL);
            return true;
        }
        s = cJSON_IsTrue(success) ? 1 : 0;
    }
    if (s < 0 || s > 1) {
        json_problem(d, name, i, "result.score.scaled", score);
        return true;
    }
    const char *who = str_of(actor, "name");
    if (!item)
        return klas_record_exam(k, prof, who, ms, s);
    char id[PROGRESS_ITEM_MAX + 1];
    if (!percent_decode(item, id, sizeof id)) {
        json_problem(d, name, i, "object.id",
                     cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(st, "object"), "id"));
        return true;
    }
    char buf[512];
    const char *ids[KLAS_MAX_OPTIONS];
    size_t nids = answered ? response_ids(str_of(result, "response"), buf, sizeof buf, ids, KLAS_MAX_OPTIONS) : 0;
    return klas_record(k, prof, who, id, ms, false, s, answered ? statement_mode(st) : ATTEMPT_SCENARIO, ids, nids);
}

/* Line and column of byte OFF in TEXT, for a syntax error. */
static void line_col(const char *text, size_t off, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n') {
            ++*line;
            *col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80)
            ++*col;
    }
}

/* ---- JSON of export, without cJSON ---------------------------------------- */

static size_t skip_space(const char *t, size_t len, size_t p)
{
    while (p < len && (t[p] == ' ' || t[p] == '\t' || t[p] == '\r' || t[p] == '\n'))
        p++;
    return p;
}

/* A string field KEY of a row into OUT; NULL when absent or not a string
 * (*BAD set when present but not a string that fits). */
static const char *row_string(const JsonlField *f, int n, const char *key, char *out, size_t size, bool *bad)
{
    const JsonlField *v = jsonl_field(f, n, key);
    *bad = false;
    if (!v)
        return NULL;
    if (v->kind != JSONL_STRING || !jsonl_string(v, out, size)) {
        *bad = v->kind != JSONL_NULL;
        return NULL;
    }
    return out;
}

/* The raw text of a row's field, for a message (cut to fit OUT). */
static const char *raw_of(const JsonlField *f, int n, const char *key, char *out, size_t size)
{
    const JsonlField *v = jsonl_field(f, n, key);
    if (!v)
        return NULL;
    if (v->kind == JSONL_STRING && jsonl_string(v, out, size))
        return out;
    size_t m = v->rawlen < size - 1 ? v->rawlen : size - 1;
    memcpy(out, v->raw, m);
    out[m] = '\0';
    return out;
}

static void fast_problem(Diag *d, const char *name, size_t i, const char *field, const char *value)
{
    char path[64];
    snprintf(path, sizeof path, "[%zu]", i);
    field_problem(d, (DiagAt){.file = name, .path = path}, field, value);
}

/* One row of the export's JSON, its fields F. */
static bool fast_row(Klas *k, const char *name, size_t i, const JsonlField *f, int n, Diag *d)
{
    char prof[256], item[256], time[64], mode_s[32], student[1024], raw[128];
    bool bad_prof, bad_item, bad_time, bad_mode, bad_student;
    const char *p = row_string(f, n, "profile", prof, sizeof prof, &bad_prof);
    const char *it = row_string(f, n, "item", item, sizeof item, &bad_item);
    const char *tm = row_string(f, n, "time", time, sizeof time, &bad_time);
    const char *md = row_string(f, n, "mode", mode_s, sizeof mode_s, &bad_mode);
    const char *who = row_string(f, n, "student", student, sizeof student, &bad_student);
    const JsonlField *score = jsonl_field(f, n, "score");
    double sc = -1;
    int64_t ms;
    AttemptMode mode = ATTEMPT_PRACTICE;
    if (!p || !p[0])
        fast_problem(d, name, i, "profile", bad_prof ? raw_of(f, n, "profile", raw, sizeof raw) : NULL);
    else if (!it || !it[0])
        fast_problem(d, name, i, "item", bad_item ? raw_of(f, n, "item", raw, sizeof raw) : NULL);
    else if (!tm || !iso_time(tm, &ms))
        fast_problem(d, name, i, "time", raw_of(f, n, "time", raw, sizeof raw));
    else if (!score || score->kind != JSONL_NUMBER || !jsonl_number(score, &sc) || sc < 0 || sc > 1)
        fast_problem(d, name, i, "score", raw_of(f, n, "score", raw, sizeof raw));
    else if ((md && !mode_of(md, &mode)) || bad_mode)
        fast_problem(d, name, i, "mode", raw_of(f, n, "mode", raw, sizeof raw));
    else {
        const JsonlField *answer = jsonl_field(f, n, "answer");
        char abuf[2048], idbuf[512];
        const char *ids[KLAS_MAX_OPTIONS];
        size_t nids = 0;
        if (answer && answer->kind == JSONL_OBJECT && answer->rawlen < sizeof abuf) {
            memcpy(abuf, answer->raw, answer->rawlen);
            abuf[answer->rawlen] = '\0';
            nids = chosen_ids(abuf, idbuf, sizeof idbuf, ids, KLAS_MAX_OPTIONS);
        }
        return klas_record(k, p, who, it, ms, false, sc, mode, ids, nids);
    }
    return true;
}

/* Reads TEXT when it is an array of flat objects that are export rows (the
 * common case, and 5,000 of them per student) with jsonl, which allocates
 * nothing; false, having recorded nothing, when it is anything else, so
 * that cJSON reads it and says what is wrong. */
static bool read_rows_fast(Klas *k, const char *name, const char *text, size_t len, Diag *d)
{
    enum { MAX_FIELDS = 32 };
    JsonlField f[MAX_FIELDS];
    size_t p = skip_space(text, len, 0), count = 0, cap = 0;
    if (p >= len || text[p] != '[')
        return false;
    /* Pass 1: the whole array is sound, its elements objects, the first a
     * row (jsonl_value checks each as jsonl_object will). */
    typedef struct {
        size_t at, len;
    } Span;
    Span *spans = NULL;
    p = skip_space(text, len, p + 1);
    while (p < len && text[p] != ']') {
        JsonlKind kind;
        size_t v = jsonl_value(text + p, len - p, &kind);
        int n = v && kind == JSONL_OBJECT && count == 0 ? jsonl_object(text + p, v, f, MAX_FIELDS) : 0;
        if (!v || kind != JSONL_OBJECT || n < 0 || (count == 0 && !jsonl_field(f, n, "item")))
            goto refuse;
        if (count == cap) {
            cap = cap ? cap * 2 : 1024;
            Span *grown = realloc(spans, cap * sizeof *grown);
            if (!grown)
                goto refuse;
            spans = grown;
        }
        spans[count++] = (Span){p, v};
        p = skip_space(text, len, p + v);
        if (p < len && text[p] == ',')
            p = skip_space(text, len, p + 1);
        else if (p >= len || text[p] != ']')
            goto refuse;
    }
    if (p >= len || skip_space(text, len, p + 1) != len || count == 0)
        goto refuse;
    /* Pass 2: record them; an object jsonl cannot split (a key twice, too
     * many keys) is a bad element. */
    for (size_t i = 0; i < count && !k->failed; i++) {
        int n = jsonl_object(text + spans[i].at, spans[i].len, f, MAX_FIELDS);
        if (n < 0 || n >= MAX_FIELDS) {
            char path[64];
            snprintf(path, sizeof path, "[%zu]", i);
            diag_at(d, DIAG_WARNING, (DiagAt){.file = name, .path = path}, DC_KLAS_NOT_OBJECT);
            continue;
        }
        fast_row(k, name, i, f, n, d);
    }
    free(spans);
    return true;
refuse:
    free(spans);
    return false;
}

static bool read_json(Klas *k, const char *name, const char *text, size_t len, Diag *d)
{
    if (read_rows_fast(k, name, text, len, d))
        return true;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!root) {
        int line, col;
        line_col(text, end && end >= text ? (size_t)(end - text) : 0, &line, &col);
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name, .line = line, .col = col}, DC_KLAS_JSON_SYNTAX);
        return false;
    }
    bool ok = cJSON_IsArray(root);
    const cJSON *first = ok ? root->child : NULL;
    enum { ROWS, STATEMENTS } kind = ROWS;
    if (first && cJSON_GetObjectItemCaseSensitive(first, "actor"))
        kind = STATEMENTS;
    else if (first && cJSON_GetObjectItemCaseSensitive(first, "mastery_pct")) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_SUMMARY);
        ok = false;
    } else if (!ok || (first && !cJSON_GetObjectItemCaseSensitive(first, "item"))) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_FOREIGN);
        ok = false;
    }
    size_t i = 0;
    for (const cJSON *e = ok ? root->child : NULL; e && !k->failed; e = e->next, i++) {
        if (!cJSON_IsObject(e)) {
            char path[64];
            snprintf(path, sizeof path, "[%zu]", i);
            diag_at(d, DIAG_WARNING, (DiagAt){.file = name, .path = path}, DC_KLAS_NOT_OBJECT);
        } else if (kind == STATEMENTS)
            statement(k, name, i, e, d);
        else
            export_row(k, name, i, e, d);
    }
    cJSON_Delete(root);
    return ok;
}

/* ---- files --------------------------------------------------------------- */

bool klas_add_text(Klas *k, const char *name, const char *text, size_t len, Diag *d)
{
    size_t bad;
    bool bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        text += 3;
        len -= 3;
    }
    size_t p = 0;
    while (p < len && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r' || text[p] == '\n'))
        p++;
    bool ok;
    if (p == len) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_EMPTY);
        ok = false;
    } else if (memchr(text, '\0', len) || !utf8_valid(text, len, &bad)) {
        diag_at(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_NOT_TEXT);
        ok = false;
    } else if (text[p] == '[' || text[p] == '{') {
        ok = read_json(k, name, text, len, d);
    } else {
        ok = read_csv(k, name, text, len, d);
    }
    if (ok)
        k->files_read++;
    else
        k->files_skipped++;
    return ok;
}

bool klas_add_file(Klas *k, const char *path, const char *name, Diag *d)
{
    char *data;
    size_t len;
    if (!os_read_file(path, KLAS_FILE_MAX, &data, &len)) {
        if (errno == EFBIG)
            diag_report(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_TOO_BIG, "%d", KLAS_FILE_MAX >> 20);
        else
            diag_report(d, DIAG_WARNING, (DiagAt){.file = name}, DC_KLAS_CANNOT_READ, "%d", errno);
        k->files_skipped++;
        return false;
    }
    bool ok = klas_add_text(k, name, data, len, d);
    free(data);
    return ok;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool klas_add_folder(Klas *k, const char *dir, Diag *d)
{
    OsDir *od = os_dir_open(dir);
    if (!od) {
        diag_report(d, DIAG_ERROR, (DiagAt){.file = dir}, DC_KLAS_CANNOT_LIST, "%d", errno);
        return false;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    const char *e;
    bool ok = true;
    while ((e = os_dir_next(od)) != NULL) {
        if (e[0] == '.')
            continue; /* ".", "..", and hidden files (an editor's, the system's) */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **grown = realloc(names, ncap * sizeof *names);
            if (!grown) {
                ok = false;
                break;
            }
            names = grown;
            cap = ncap;
        }
        if (!(names[n] = strdup(e))) {
            ok = false;
            break;
        }
        n++;
    }
    os_dir_close(od);
    if (n)
        qsort(names, n, sizeof *names, name_cmp);
    for (size_t i = 0; i < n; i++) {
        size_t need = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(need);
        if (!path) {
            ok = false;
        } else {
            snprintf(path, need, "%s/%s", dir, names[i]);
            if (!os_is_folder(path) && ok && !k->failed)
                klas_add_file(k, path, names[i], d);
            free(path);
        }
        free(names[i]);
    }
    free(names);
    if (!ok || k->failed) {
        k->failed = true;
        diag_at(d, DIAG_ERROR, (DiagAt){.file = dir}, DC_KLAS_NO_MEMORY);
        return false;
    }
    return true;
}
