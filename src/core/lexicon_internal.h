/* lexicon_internal.h - the pronunciation list's parser over a cJSON tree,
 * shared by lexicon.c and the course loader (a file of kind
 * "pronunciation" given to `accountwijs check`). Not a public API. */
#ifndef ACCOUNTWIJS_LEXICON_INTERNAL_H
#define ACCOUNTWIJS_LEXICON_INTERNAL_H

#include <cjson/cJSON.h>

#include "lexicon.h"

enum { LEXICON_FORMAT_VERSION = 1 };

/* Checks ROOT (the file FILE) and builds the list; every problem goes to
 * D at FILE:path. NULL on any error. */
Lexicon *lexicon_parse_json(const cJSON *root, const char *file, Diag *d);

#endif
