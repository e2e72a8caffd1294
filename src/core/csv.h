/* csv.h - CSV that opens correctly in Excel and LibreOffice with Dutch
 * settings: UTF-8 with a byte order mark, ';' between fields, CRLF line
 * ends, RFC 4180 quoting (a field holding ; " CR or LF is quoted and its
 * quotes doubled), decimal numbers with a comma ("0,75"). A field that
 * starts with = + - or @ gets a leading apostrophe so a spreadsheet does
 * not run it as a formula. */
#ifndef ACCOUNTWIJS_CSV_H
#define ACCOUNTWIJS_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "jsonl.h"

typedef struct {
    FILE *f;      /* the stream written to; NULL: the text grows in memory */
    JsonBuf text; /* in memory: the text so far */
    bool row_started;
    bool failed; /* a write failed (or memory ran out); check after the last row */
} Csv;

/* Starts a CSV on F and writes the byte order mark. */
void csv_begin(Csv *c, FILE *f);
/* Starts a CSV in memory (csv_take gives the text), for a caller that
 * writes the file itself, e.g. with fsutil_write_new. */
void csv_begin_memory(Csv *c);
/* The text of a CSV begun in memory, NUL-terminated, its length in *LEN;
 * the caller frees it. NULL when a write failed (C's memory is freed
 * either way). */
char *csv_take(Csv *c, size_t *len);
void csv_field(Csv *c, const char *text);
void csv_int(Csv *c, long long v);
/* A decimal with DIGITS decimals and a decimal comma. */
void csv_decimal(Csv *c, double v, int digits);
void csv_end_row(Csv *c);
/* Flushes; returns false when any write failed. */
bool csv_finish(Csv *c);

#endif
