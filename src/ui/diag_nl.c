/* diag_nl.c - The Dutch wording of core's diagnostics (core/diag.h DIAG_CODES),
 * one template per code with its details as {1}..{N} (see i18n.h). JSON
 * keys and types stay as they are written in the file. */
#include "i18n.h"

const char *const diags_nl[DIAG_CODE_COUNT] = {
    [DC_TEXT] = "{1}",
};
