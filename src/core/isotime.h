/* isotime.h - instants as Unix milliseconds (UTC) and their ISO 8601 text,
 * "2026-03-01T09:15:02.123Z". Pure arithmetic on the proleptic Gregorian
 * calendar: no time zone database and no locale, so tests are exact. */
#ifndef ACCOUNTWIJS_ISOTIME_H
#define ACCOUNTWIJS_ISOTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { ISOTIME_SIZE = 25 }; /* "YYYY-MM-DDTHH:MM:SS.mmmZ" + NUL */

/* Writes MS (years 0..9999) as ISO 8601 UTC with milliseconds into OUT. */
void isotime_format(int64_t ms, char out[ISOTIME_SIZE]);

/* Reads "YYYY-MM-DDTHH:MM:SS[.fff]Z" (1-3 fraction digits) from the LEN bytes
 * of S. False when the text is not exactly that or the date does not exist. */
bool isotime_parse(const char *s, size_t len, int64_t *ms);

/* The day number (days since 1970-01-01) of MS in a zone OFFSET_MIN minutes
 * east of UTC. Days before 1970 are negative. */
int64_t isotime_day(int64_t ms, int offset_min);

/* Year, month (1-12) and day (1-31) of day number DAY. */
void isotime_civil(int64_t day, int *year, int *month, int *mday);

/* "YYYY-MM-DD HH:MM:SS" for MS shifted OFFSET_MIN minutes east, the form
 * spreadsheets read as a date and time in any locale. */
void isotime_format_local(int64_t ms, int offset_min, char out[20]);

#endif
