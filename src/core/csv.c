/* csv.c - see csv.h. */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

static void put(Csv *c, const char *s, size_t n)
{
    if (!n)
        return;
    if (!c->f) {
        jsonbuf_put(&c->text, s, n);
        c->failed = c->failed || c->text.failed;
    } else if (fwrite(s, 1, n, c->f) != n)
        c->failed = true;
}

static void sep(Csv *c)
{
    if (c->row_started)
        put(c, ";", 1);
    c->row_started = true;
}

void csv_begin(Csv *c, FILE *f)
{
    memset(c, 0, sizeof *c);
    c->f = f;
    put(c, "\xEF\xBB\xBF", 3);
}

void csv_begin_memory(Csv *c)
{
    csv_begin(c, NULL);
}

char *csv_take(Csv *c, size_t *len)
{
    char *t = c->failed ? NULL : c->text.data;
    if (!t)
        jsonbuf_free(&c->text);
    *len = t ? c->text.len : 0;
    c->text = (JsonBuf){0};
    return t;
}

void csv_field(Csv *c, const char *text)
{
    sep(c);
    if (!text)
        return;
    bool formula = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@';
    bool quote = formula || strpbrk(text, ";\"\r\n") != NULL;
    if (!quote) {
        put(c, text, strlen(text));
        return;
    }
    put(c, "\"", 1);
    if (formula)
        put(c, "'", 1);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            put(c, "\"\"", 2);
        else
            put(c, p, 1);
    }
    put(c, "\"", 1);
}

void csv_int(Csv *c, long long v)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", v);
    sep(c);
    put(c, buf, (size_t)n);
}

void csv_decimal(Csv *c, double v, int digits)
{
    char buf[64];
    if (digits < 0)
        digits = 0;
    if (digits > 6)
        digits = 6;
    int n = snprintf(buf, sizeof buf, "%.*f", digits, v);
    for (int i = 0; i < n; i++)
        if (buf[i] == '.')
            buf[i] = ',';
    sep(c);
    put(c, buf, (size_t)n);
}

void csv_end_row(Csv *c)
{
    put(c, "\r\n", 2);
    c->row_started = false;
}

bool csv_finish(Csv *c)
{
    if (c->f && fflush(c->f) != 0)
        c->failed = true;
    return !c->failed;
}
