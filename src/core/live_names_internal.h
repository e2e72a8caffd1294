/* live_names_internal.h - the name helpers live_session.c uses from
 * live_names.c. Not for other modules. */
#ifndef ACCOUNTWIJS_LIVE_NAMES_INTERNAL_H
#define ACCOUNTWIJS_LIVE_NAMES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "live.h"
#include "rng.h"

/* True when code point CP may stand in a name after PREV (the one before,
 * 0 at the start): a combining accent only after a letter. */
bool live_name_char_ok(uint32_t cp, uint32_t prev);

/* Copies IN to OUT (OUTSIZE bytes) without leading and trailing spaces and
 * with every run of spaces inside made one; IN and OUT may be the same.
 * Returns the length written. */
size_t live_name_tidy(const char *in, char *out, size_t outsize);

/* True when A and B are the same name, ASCII letters compared without case. */
bool live_name_same(const char *a, const char *b);

/* Whether NAME is in use (the session's players). */
typedef bool (*LiveNameTaken)(void *ctx, const char *name);

/* A generated name ("Blauwe Vos") not TAKEN, drawn from R; false when all
 * are taken. */
bool live_name_generate(Rng *r, LiveNameTaken taken, void *ctx, char *out, size_t outsize);

#endif
