/* diag_codes.h - every diagnostic core reports (see diag.h), module by
 * module: X(code, number of details, what the details are). A code's
 * templates (ui/diag_nl.c, ui/diag_en.c) use exactly {1}..{N}; a detail
 * marked "type" is a JSON type token (string, number, bool, null, list,
 * object) that the template writes as {N:type}, worded by the tables. */
#ifndef ACCOUNTWIJS_DIAG_CODES_H
#define ACCOUNTWIJS_DIAG_CODES_H

/* clang-format off */
#define DIAG_CODES(X) \
    X(DC_TEXT, 1, "a sentence worded elsewhere (kept for callers not yet converted)") \
    /* jsonscan.c: at a line and column */ \
    X(DC_JSON_BOM, 0, "") \
    X(DC_JSON_NOT_UTF8, 0, "") \
    X(DC_JSON_EMPTY, 0, "") \
    X(DC_JSON_TRAILING_TEXT, 0, "") \
    X(DC_JSON_COMMENT, 0, "") \
    X(DC_JSON_STRING_UNCLOSED, 0, "") \
    X(DC_JSON_RAW_NEWLINE, 0, "") \
    X(DC_JSON_RAW_CONTROL, 0, "") \
    X(DC_JSON_ESCAPE_AT_END, 0, "") \
    X(DC_JSON_CONTROL_ESCAPE, 0, "\\b, \\f, \\r or \\t") \
    X(DC_JSON_UNKNOWN_ESCAPE, 0, "") \
    X(DC_JSON_BAD_U_ESCAPE, 0, "") \
    X(DC_JSON_HIGH_SURROGATE, 0, "") \
    X(DC_JSON_LOW_SURROGATE, 0, "") \
    X(DC_JSON_NUL, 0, "") \
    X(DC_JSON_CONTROL_ESCAPED, 0, "a \\u escape of a control character") \
    X(DC_JSON_STRING_TOO_LONG, 1, "the limit in KiB") \
    X(DC_JSON_BAD_NUMBER, 0, "") \
    X(DC_JSON_NO_DECIMALS, 0, "") \
    X(DC_JSON_NO_EXPONENT, 0, "") \
    X(DC_JSON_NO_MEMORY, 0, "") \
    X(DC_JSON_KEY_TWICE, 2, "the key (at most 80 bytes), the line it was first given at") \
    X(DC_JSON_OBJECT_UNCLOSED, 0, "") \
    X(DC_JSON_COMMA_BEFORE_BRACE, 0, "") \
    X(DC_JSON_SINGLE_QUOTED_KEY, 0, "") \
    X(DC_JSON_KEY_EXPECTED, 0, "") \
    X(DC_JSON_COLON_EXPECTED, 0, "") \
    X(DC_JSON_MISSING_COMMA, 0, "") \
    X(DC_JSON_OBJECT_COMMA_EXPECTED, 0, "") \
    X(DC_JSON_COMMA_BEFORE_BRACKET, 0, "") \
    X(DC_JSON_LIST_UNCLOSED, 0, "") \
    X(DC_JSON_LIST_COMMA_EXPECTED, 0, "") \
    X(DC_JSON_VALUE_AT_END, 0, "") \
    X(DC_JSON_TOO_DEEP, 1, "the most levels") \
    X(DC_JSON_SINGLE_QUOTED_STRING, 0, "") \
    X(DC_JSON_VALUE_EXPECTED, 0, "")
/* clang-format on */

#endif
