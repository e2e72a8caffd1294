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

typedef struct {
    FILE *f;
    bool row_started;
    bool failed; /* a write failed; check after the last row */
} Csv;

/* Starts a CSV on F and writes the byte order mark. */
void csv_begin(Csv *c, FILE *f);
void csv_field(Csv *c, const char *text);
void csv_int(Csv *c, long long v);
/* A decimal with DIGITS decimals and a decimal comma. */
void csv_decimal(Csv *c, double v, int digits);
void csv_end_row(Csv *c);
/* Flushes; returns false when any write failed. */
bool csv_finish(Csv *c);

#endif
