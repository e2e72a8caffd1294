/* diag_text.h - core's diagnostics worded in English (ui/i18n.h i18n_diag)
 * for the tests that compare them: what `accountwijs check --lang en`
 * prints. The tests in tests/core link ui for this (ui has no SDL). */
#ifndef ACCOUNTWIJS_TEST_DIAG_TEXT_H
#define ACCOUNTWIJS_TEST_DIAG_TEXT_H

#include "diag.h"
#include "i18n.h"
#include "lint.h"

/* M worded in English with its place; the text lives until eight later
 * calls. */
static inline const char *diag_text(const DiagMessage *m)
{
    static char buf[8][2048];
    static unsigned k;
    char *b = buf[k++ % 8];
    return i18n_diag(m, LANG_EN, b, sizeof buf[0]);
}

/* M worded in Dutch with its place, as the window shows the progress
 * log's messages to a student; lives as diag_text's. */
static inline const char *diag_text_nl(const DiagMessage *m)
{
    static char buf[8][2048];
    static unsigned k;
    char *b = buf[k++ % 8];
    return i18n_diag(m, LANG_NL, b, sizeof buf[0]);
}

/* A lint finding's message in English, without its place. */
static inline const char *finding_text(const LintFinding *f)
{
    static char buf[8][2048];
    static unsigned k;
    char *b = buf[k++ % 8];
    DiagMessage m = lint_finding_diag(f, DIAG_WARNING);
    return i18n_diag_text(&m, LANG_EN, b, sizeof buf[0]);
}

#endif
