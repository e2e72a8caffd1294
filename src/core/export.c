/* export.c - see export.h. Every row is built field by field into the
 * caller's buffer; the caller decides when to write it out, so the command
 * line can stream a large class while the progress screen writes one file
 * atomically. */
#include "export.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt_text.h"
#include "fsutil.h"
#include "isotime.h"
#include "markup.h"
#include "mastery.h"

/* ---- cells ---------------------------------------------------------------- */

/* Bytes of the bidirectional control at P (U+061C, U+200E/F, U+202A-E,
 * U+2066-9), 0 for anything else. P is NUL-terminated. */
static size_t bidi_len(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] == 0xD8 && u[1] == 0x9C)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8E || u[2] == 0x8F || (u[2] >= 0xAA && u[2] <= 0xAE)))
        return 3;
    if (u[0] == 0xE2 && u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9)
        return 3;
    return 0;
}

static void csv_cell(JsonBuf *b, const char *s);

/* S without bidirectional controls, in a new string (NULL when out of
 * memory): U+202E would show a name or an answer reversed in the
 * spreadsheet or the teacher's tool, and a control before '=' would hide a
 * formula from the check in csv_cell. */
static char *drop_bidi(const char *s)
{
    char *clean = malloc(strlen(s) + 1);
    if (!clean)
        return NULL;
    size_t k = 0;
    for (const char *p = s; *p;) {
        size_t skip = bidi_len(p);
        if (skip)
            p += skip;
        else
            clean[k++] = *p++;
    }
    clean[k] = '\0';
    return clean;
}

static void csv_text(JsonBuf *b, const char *s)
{
    char *clean = drop_bidi(s);
    if (!clean) {
        b->failed = true;
        return;
    }
    csv_cell(b, clean);
    free(clean);
}

/* A JSON string, or (RAW) JSON text as it stands, without bidirectional
 * controls. */
static void json_put(JsonBuf *b, const char *s, bool raw)
{
    char *clean = drop_bidi(s);
    if (!clean) {
        b->failed = true;
        return;
    }
    if (raw)
        jsonbuf_puts(b, clean);
    else
        jsonbuf_put_string(b, clean);
    free(clean);
}

static void json_text(JsonBuf *b, const char *s)
{
    json_put(b, s, false);
}

static void csv_cell(JsonBuf *b, const char *s)
{
    bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@';
    bool quote = strpbrk(s, ";\"\r\n") != NULL;
    if (quote)
        jsonbuf_put(b, "\"", 1);
    if (formula)
        jsonbuf_put(b, "'", 1);
    for (const char *p = s; *p; p++) {
        const char *q = strchr(p, '"');
        if (!q) {
            jsonbuf_puts(b, p);
            break;
        }
        jsonbuf_put(b, p, (size_t)(q - p));
        jsonbuf_put(b, "\"\"", 2);
        p = q;
    }
    if (quote)
        jsonbuf_put(b, "\"", 1);
}

static void csv_sep(JsonBuf *b)
{
    jsonbuf_put(b, ";", 1);
}

static void csv_end(JsonBuf *b)
{
    jsonbuf_put(b, "\r\n", 2);
}

static void csv_local_time(const Export *ex, JsonBuf *b, int64_t ms)
{
    char s[20];
    if (!ms)
        return;
    isotime_format_local(ms, ex->opt.utc_offset ? ex->opt.utc_offset(ms, ex->opt.ctx) : 0, s);
    jsonbuf_puts(b, s);
}

/* Lesson text without its markup: no export shows "**bold**". */
static void csv_plain(JsonBuf *b, const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    if (!plain) {
        b->failed = true;
        return;
    }
    csv_text(b, plain);
    free(plain);
}

/* "1.3 Welke klant is een account?": text, so no spreadsheet reads a date. */
static void csv_section(JsonBuf *b, const Section *s)
{
    if (!s)
        return;
    char text[1024];
    snprintf(text, sizeof text, "%s %s", s->number, s->title);
    csv_plain(b, text);
}

static void json_plain(JsonBuf *b, const char *s)
{
    char *plain = markup_strip_dup(s ? s : "");
    if (!plain) {
        b->failed = true;
        return;
    }
    json_text(b, plain);
    free(plain);
}

static void json_key(JsonBuf *b, bool first, const char *key)
{
    jsonbuf_puts(b, first ? "{\"" : ",\"");
    jsonbuf_puts(b, key);
    jsonbuf_puts(b, "\":");
}

static void json_time(JsonBuf *b, int64_t ms)
{
    char s[ISOTIME_SIZE];
    if (!ms) {
        jsonbuf_puts(b, "null");
        return;
    }
    isotime_format(ms, s);
    json_text(b, s);
}

/* Starts a row of profile P with the fields every row begins with, the
 * student's name and the profile id (and, in JSON, the array element). */
static void row_start(Export *ex, const Profile *p, JsonBuf *b)
{
    if (ex->opt.format == EXPORT_JSON) {
        jsonbuf_puts(b, ex->rows ? ",\n" : "[\n");
        json_key(b, true, "student");
        json_text(b, p->name);
        json_key(b, false, "profile");
        json_text(b, p->id);
    } else {
        csv_text(b, p->name);
        csv_sep(b);
        csv_text(b, p->id);
        csv_sep(b);
    }
    ex->rows++;
}

/* ---- attempts ------------------------------------------------------------- */

static const char *mode_dutch(AttemptMode m)
{
    static const char *const names[] = {"oefenen", "toets", "scenario", "herhalen", "anders"};
    return (unsigned)m < sizeof names / sizeof *names ? names[m] : "anders";
}

/* The section an item practises: a question's, or a scenario's first. */
static const Section *section_of(const Course *c, const char *id)
{
    if (!c)
        return NULL;
    const Question *q = course_question(c, id);
    if (q)
        return &c->sections[q->section_index];
    const Scenario *s = course_scenario(c, id);
    return s && s->nsections ? course_section(c, s->sections[0]) : NULL;
}

/* What the student was asked: the prompt of a question, the title of a
 * scenario; NULL when the course does not have the item. */
static const char *item_text(const Course *c, const char *id)
{
    if (!c)
        return NULL;
    const Question *q = course_question(c, id);
    if (q)
        return q->prompt;
    const Scenario *s = course_scenario(c, id);
    return s ? s->title : NULL;
}

static void attempt_row(Export *ex, const Profile *p, const Attempt *a, JsonBuf *b)
{
    const Section *s = section_of(ex->opt.course, a->item);
    JsonBuf letters = {0}, text = {0};
    bool described = attempt_describe(ex->opt.course, a, &letters, &text) && !letters.failed && !text.failed;
    const char *asked = item_text(ex->opt.course, a->item);
    row_start(ex, p, b);
    if (ex->opt.format == EXPORT_CSV) {
        csv_local_time(ex, b, a->time_ms);
        csv_sep(b);
        csv_text(b, a->item);
        csv_sep(b);
        if (asked)
            csv_plain(b, asked);
        csv_sep(b);
        csv_section(b, s);
        csv_sep(b);
        csv_text(b, mode_dutch(a->mode));
        csv_sep(b);
        jsonbuf_put_fixed(b, a->score, 4, ',');
        csv_sep(b);
        jsonbuf_put_fixed(b, (double)a->ms / 1000.0, 1, ',');
        csv_sep(b);
        csv_text(b, a->version);
        csv_sep(b);
        if (described)
            csv_text(b, letters.data ? letters.data : "");
        csv_sep(b);
        if (described)
            csv_text(b, text.data ? text.data : "");
        csv_sep(b);
        csv_text(b, a->answer);
        csv_end(b);
        jsonbuf_free(&letters);
        jsonbuf_free(&text);
        return;
    }
    json_key(b, false, "time");
    json_time(b, a->time_ms);
    json_key(b, false, "item");
    json_text(b, a->item);
    json_key(b, false, "section");
    if (s)
        json_text(b, s->id);
    else
        jsonbuf_puts(b, "null");
    json_key(b, false, "content_version");
    json_text(b, a->version);
    json_key(b, false, "mode");
    json_text(b, progress_mode_name(a->mode));
    json_key(b, false, "score");
    jsonbuf_put_fixed(b, a->score, 6, '.');
    json_key(b, false, "ms");
    jsonbuf_put_int(b, a->ms);
    json_key(b, false, "answer");
    json_put(b, a->answer, true); /* already compact JSON */
    json_key(b, false, "letters");
    if (described)
        json_text(b, letters.data ? letters.data : "");
    else
        jsonbuf_puts(b, "null");
    json_key(b, false, "answer_text");
    if (described)
        json_text(b, text.data ? text.data : "");
    else
        jsonbuf_puts(b, "null");
    jsonbuf_puts(b, "}");
    jsonbuf_free(&letters);
    jsonbuf_free(&text);
}

/* ---- summary -------------------------------------------------------------- */

static void summary_row(Export *ex, const Profile *p, const Section *s, const GroupMastery *g, JsonBuf *b)
{
    bool mastered = g->questions && g->mastery >= MASTERY_THRESHOLD;
    row_start(ex, p, b);
    if (ex->opt.format == EXPORT_CSV) {
        csv_text(b, s->id);
        csv_sep(b);
        csv_section(b, s);
        csv_sep(b);
        jsonbuf_put_int(b, (int64_t)g->attempts);
        csv_sep(b);
        jsonbuf_put_int(b, (int64_t)g->questions);
        csv_sep(b);
        jsonbuf_put_int(b, (int64_t)g->answered);
        csv_sep(b);
        jsonbuf_put_int(b, (int64_t)g->mastered);
        csv_sep(b);
        jsonbuf_put_fixed(b, g->mastery * 100, 1, ',');
        csv_sep(b);
        csv_text(b, mastered ? "ja" : "nee");
        csv_sep(b);
        csv_local_time(ex, b, g->last_ms);
        csv_end(b);
        return;
    }
    json_key(b, false, "section");
    json_text(b, s->id);
    json_key(b, false, "number");
    json_text(b, s->number);
    json_key(b, false, "title");
    json_plain(b, s->title);
    json_key(b, false, "attempts");
    jsonbuf_put_int(b, (int64_t)g->attempts);
    json_key(b, false, "questions");
    jsonbuf_put_int(b, (int64_t)g->questions);
    json_key(b, false, "answered");
    jsonbuf_put_int(b, (int64_t)g->answered);
    json_key(b, false, "mastered_questions");
    jsonbuf_put_int(b, (int64_t)g->mastered);
    json_key(b, false, "mastery_pct");
    jsonbuf_put_fixed(b, g->mastery * 100, 1, '.');
    json_key(b, false, "mastered");
    jsonbuf_puts(b, mastered ? "true" : "false");
    json_key(b, false, "last_activity");
    json_time(b, g->last_ms);
    jsonbuf_puts(b, "}");
}

/* ---- the export ----------------------------------------------------------- */

void export_begin(Export *ex, const ExportOptions *opt, JsonBuf *out)
{
    ex->opt = *opt;
    ex->rows = 0;
    if (opt->format == EXPORT_JSON)
        return;
    jsonbuf_puts(out, "\xEF\xBB\xBF");
    if (opt->summary)
        jsonbuf_puts(out, "leerling;profiel;sectie;paragraaf;pogingen;vragen;beantwoord;vragen_beheerst;"
                          "beheersing_pct;beheerst;laatste_activiteit");
    else
        jsonbuf_puts(out, "leerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;letters;"
                          "antwoord;antwoord_json");
    csv_end(out);
}

typedef struct {
    Export *ex;
    const Profile *p;
    JsonBuf *out;
    bool stopped;
} RowScan;

static bool scan_row(void *ctx, const Attempt *a)
{
    RowScan *r = ctx;
    attempt_row(r->ex, r->p, a, r->out);
    if (r->out->failed)
        return false;
    if (r->ex->opt.flush && r->out->len > EXPORT_FLUSH_BYTES && !r->ex->opt.flush(r->out, r->ex->opt.ctx)) {
        r->stopped = true;
        return false;
    }
    return true;
}

bool export_profile(Export *ex, const Profile *p, const ProgressLog *log, JsonBuf *out, AwError *err)
{
    if (!ex->opt.summary) {
        /* The log keeps only its newest attempts: the rows stream from the file. */
        RowScan r = {ex, p, out, false};
        bool scanned = !progress_count(log) || progress_scan(progress_path(log), scan_row, &r);
        /* A flush that failed stops the scan, which progress_scan counts
         * as a success: the export is cut short all the same. */
        if (r.stopped)
            return aw_fail(err, AW_ERR_EXPORT_STOPPED);
        if (!scanned && !out->failed)
            return aw_fail_path(err, AW_ERR_EXPORT_LOG_UNREADABLE, progress_path(log), errno);
    } else {
        const Course *c = ex->opt.course;
        if (!c)
            return aw_fail(err, AW_ERR_EXPORT_NEEDS_COURSE);
        Mastery m;
        int offset = ex->opt.utc_offset ? ex->opt.utc_offset(ex->opt.now_ms, ex->opt.ctx) : 0;
        if (!mastery_compute(&m, c, log, ex->opt.now_ms, offset, err))
            return false;
        for (size_t i = 0; i < c->nsections; i++)
            summary_row(ex, p, &c->sections[i], &m.sections[i], out);
        mastery_free(&m);
    }
    if (out->failed)
        return aw_fail(err, AW_ERR_NO_MEMORY);
    return true;
}

void export_end(Export *ex, JsonBuf *out)
{
    if (ex->opt.format == EXPORT_JSON)
        jsonbuf_puts(out, ex->rows ? "\n]\n" : "[]\n");
}

/* ---- where exports go ----------------------------------------------------- */

/* The ASCII letters of a Latin-1 letter U+00C0..U+00FF without its accent;
 * "" for the signs (× ÷). */
static const char *unaccent(unsigned cp)
{
    /* clang-format off */
    static const char *const latin1[64] = {
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", /* C0 */
        "D", "N", "O", "O", "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss", /* D0 */
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", /* E0 */
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y", /* F0 */
    };
    /* clang-format on */
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp == 0x132)
        return "IJ";
    if (cp == 0x133)
        return "ij";
    return "";
}

void export_safe_name(const char *name, char *out, size_t size)
{
    enum { MAX = 40 };
    size_t cap = size - 1 < MAX ? size - 1 : MAX, n = 0;
    bool dash = false;
    const unsigned char *p = (const unsigned char *)(name ? name : "");
    while (*p) {
        char one[2] = {0};
        const char *put;
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) {
            one[0] = (char)*p++;
            put = one;
        } else if (*p < 0x80) {
            p++;
            put = "";
        } else {
            /* One UTF-8 sequence (the text was checked at load or typing;
             * a stray byte is simply one character). */
            unsigned cp = 0;
            if ((*p & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
                cp = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);
                p += 2;
            } else {
                p++;
                while ((*p & 0xC0) == 0x80)
                    p++;
            }
            put = unaccent(cp);
        }
        if (!*put) {
            dash = n > 0;
            continue;
        }
        size_t len = strlen(put);
        if (n + (dash ? 1 : 0) + len > cap) {
            /* Cut at the end of a word, not inside one. */
            size_t end = n;
            while (!dash && end > 0 && out[end - 1] != '-')
                end--;
            if (end > 1)
                n = end - 1;
            break;
        }
        if (dash)
            out[n++] = '-';
        dash = false;
        memcpy(out + n, put, len);
        n += len;
    }
    if (!n)
        snprintf(out, size, "%s", "leerling");
    else
        out[n] = '\0';
}

bool export_dir(char *out, size_t size, const char *data_dir)
{
    return fsutil_path(out, size, "%s/exports", data_dir);
}

bool export_path(char *out, size_t size, const char *data_dir, int k, const char *ext, const char *fmt, ...)
{
    char dir[4096], name[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(name, sizeof name, fmt, ap);
    va_end(ap);
    bool fits = n >= 0 && (size_t)n < sizeof name && export_dir(dir, sizeof dir, data_dir) &&
                (k <= 1 ? fsutil_path(out, size, "%s/%s.%s", dir, name, ext)
                        : fsutil_path(out, size, "%s/%s-%d.%s", dir, name, k, ext));
    if (!fits) {
        errno = ENAMETOOLONG;
        return false;
    }
    errno = 0;
    if (!fsutil_mkdirs(dir, NULL)) {
        if (!errno)
            errno = EACCES;
        return false;
    }
    return true;
}
