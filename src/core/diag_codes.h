/* diag_codes.h - every diagnostic core reports (see diag.h), module by
 * module: X(code, number of details, what the details are). A code's
 * templates (ui/diag_nl.c, ui/diag_en.c) use exactly {1}..{N}. A detail
 * called a "type" is a JSON type token (string, number, bool, null, list,
 * object), a "kind" an item kind (option, pair, item, block, choice,
 * node): the templates word them ({N:word}, see ui/i18n.h). An "errno"
 * is written as digits and worded by the tables ({N:sys}). */
#ifndef ACCOUNTWIJS_DIAG_CODES_H
#define ACCOUNTWIJS_DIAG_CODES_H

/* clang-format off */
#define DIAG_CODES(X) \
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
    X(DC_JSON_VALUE_EXPECTED, 0, "") \
    /* course_parse.c: at a JSON path in a file */ \
    X(DC_UNKNOWN_KEY_NEAR, 2, "the key (at most 60 bytes), the known key nearest to it") \
    X(DC_UNKNOWN_KEY, 1, "the key (at most 60 bytes)") \
    X(DC_MISSING_KEY, 1, "the key") \
    X(DC_EXPECTED_STRING, 1, "the type found") \
    X(DC_EMPTY_TEXT, 0, "") \
    X(DC_BAD_ID, 2, "the id (at most 60 bytes), its most characters") \
    X(DC_EXPECTED_BOOL, 1, "the type found") \
    X(DC_EXPECTED_WHOLE_NUMBER, 1, "the type found") \
    X(DC_NOT_WHOLE_NUMBER, 1, "the number found") \
    X(DC_OUT_OF_RANGE, 3, "the number, the least, the most") \
    X(DC_EXPECTED_LIST, 1, "the type found") \
    X(DC_TOO_FEW_ITEMS, 2, "the fewest items, how many there are") \
    X(DC_EXPECTED_OBJECT, 1, "the type found") \
    X(DC_ID_USED, 3, "the id, the file and JSON path where it was first used") \
    X(DC_LOCAL_ID_TWICE, 3, "the kind (option, block, choice, node), the id, the index it was first used at") \
    X(DC_LINT_NO_IGNORE, 0, "") \
    X(DC_LINT_RULE_NOT_STRING, 1, "the type found") \
    X(DC_LINT_UNKNOWN_RULE, 3, "the name (at most 40 bytes), the rules but the last, the last rule") \
    X(DC_LINT_IGNORE_TYPE, 1, "the type found") \
    X(DC_LINT_NO_WHY, 0, "") \
    X(DC_BAD_SIDE, 1, "the value (at most 40 bytes)") \
    X(DC_UNKNOWN_BLOCK_TYPE, 3, "the type (at most 40 bytes), the types but the last, the last type") \
    X(DC_UNKNOWN_QUESTION_TYPE, 3, "the type (at most 40 bytes), the types but the last, the last type") \
    X(DC_TABLE_ROW_NOT_LIST, 1, "the type found") \
    X(DC_TABLE_ROW_LENGTH, 2, "the row's cells, the header's") \
    X(DC_ARROW_TO_ITSELF, 0, "") \
    X(DC_SAME_TEXT, 2, "the index of the first, the text (at most 60 bytes)") \
    X(DC_KEY_OF_OTHER_TYPE, 3, "the key, the question's type, the key that type uses") \
    X(DC_NO_RIGHT_OPTION, 0, "") \
    X(DC_SINGLE_MORE_RIGHT, 1, "how many options are right") \
    X(DC_MULTIPLE_ALL_RIGHT, 0, "") \
    X(DC_CLOZE_BLANK_COUNT, 2, "the prompt's blanks, the blanks defined") \
    X(DC_EXPECTED_NUMBER, 1, "the type found") \
    X(DC_NUMBER_NOT_FINITE, 0, "") \
    X(DC_NUMBER_OUT_OF_RANGE, 3, "the number, the least, the most") \
    X(DC_NUMERIC_NO_VALUE, 0, "") \
    X(DC_NUMERIC_VALUE_AND_RANGE, 0, "") \
    X(DC_NUMERIC_HALF_RANGE, 2, "the key given (min or max), the key missing") \
    X(DC_NUMERIC_TOLERANCE_WITH_RANGE, 0, "") \
    X(DC_NUMERIC_MIN_ABOVE_MAX, 2, "min, max") \
    X(DC_NUMERIC_NEGATIVE_TOLERANCE, 1, "the tolerance") \
    X(DC_NUMERIC_NO_RIGHT, 0, "") \
    X(DC_NUMERIC_BAD_UNIT, 1, "the unit (at most 40 bytes)") \
    X(DC_TERM_TWICE, 2, "the term (at most 60 bytes), the index of the first") \
    X(DC_END_WITH_CHOICES, 0, "") \
    X(DC_DEBRIEF_NOT_AT_END, 0, "") \
    X(DC_NO_SUCH_NODE, 1, "the name given (at most 60 bytes)") \
    X(DC_NODE_UNREACHABLE, 2, "the node, the start node") \
    X(DC_SCENARIO_LOOP, 2, "the path to the loop, the node that closes it") \
    X(DC_SCENARIO_ENDINGS, 1, "the endings that can be reached") \
    X(DC_SECOND_MANIFEST, 0, "") \
    X(DC_FILE_NOT_OBJECT, 1, "the type found") \
    X(DC_NO_FORMAT, 1, "the format this program reads") \
    X(DC_FORMAT_UNSUPPORTED, 2, "the file's format, the one this program reads") \
    X(DC_FORMAT_NOT_NUMBER, 2, "the format this program reads, the type found") \
    X(DC_UNKNOWN_KIND, 3, "the kind (at most 40 bytes), the kinds but the last, the last kind") \
    /* course_load.c: files, folders and references between files */ \
    X(DC_NOT_REGULAR_FILE, 0, "") \
    X(DC_CANNOT_OPEN, 1, "the errno") \
    X(DC_FILE_TOO_BIG, 2, "the file's size in MiB (one decimal), the most in MiB") \
    X(DC_NO_MEMORY, 0, "") \
    X(DC_READ_ERROR, 1, "the errno") \
    X(DC_SYNTAX_ERROR, 0, "cJSON rejected what jsonscan passed") \
    X(DC_MORE_ERRORS, 1, "how many (a note after the first errors of a file)") \
    X(DC_CHAPTER_SECTION_UNDEFINED, 1, "the section id") \
    X(DC_CHAPTER_SECTION_TWICE, 1, "the section id") \
    X(DC_SECTION_IN_NO_CHAPTER, 1, "the section id") \
    X(DC_NO_SUCH_SECTION, 1, "the section id") \
    X(DC_NO_SUCH_ANCHOR, 1, "the anchor") \
    X(DC_NO_SUCH_GOAL, 1, "the goal id") \
    X(DC_NO_MEMORY_COURSE, 0, "") \
    X(DC_FILE_OUTSIDE_COURSE, 1, "the name in files[]") \
    X(DC_NOT_A_MANIFEST, 0, "") \
    X(DC_FOLDER_READ_TWICE, 0, "") \
    X(DC_CANNOT_OPEN_FOLDER, 1, "the errno") \
    X(DC_NO_SUCH_PATH, 1, "the errno") \
    X(DC_NOTHING_TO_CHECK, 0, "") \
    X(DC_LOOSE_FILES, 0, "") \
    /* lexicon.c: the pronunciation list, at a JSON path in uitspraak.json */ \
    X(DC_LEXICON_BAD_WORD, 1, "the word (at most 60 bytes)") \
    X(DC_LEXICON_BAD_PHONEMES, 1, "the say text (at most 60 bytes)") \
    X(DC_LEXICON_BAD_ALIAS, 1, "the say text (at most 60 bytes)") \
    X(DC_LEXICON_SAY_SAME, 1, "the word (at most 60 bytes)") \
    X(DC_LEXICON_WORD_TWICE, 2, "the word (at most 60 bytes), the path of its first entry") \
    X(DC_LEXICON_MISSING, 3, "the word, how often the course has it, the list's file (check --lint)") \
    /* lint*.c: findings of check --lint (LintFinding) */ \
    X(DC_LINT_LONGEST_CORRECT, 3, "the right option's characters, how much longer in percent, the longest distractor's characters") \
    X(DC_LINT_LONGEST_SHARE, 4, "the questions whose right option is longest, all single-choice questions, the percentage, their ids") \
    X(DC_LINT_ALL_OF_THE_ABOVE, 1, "the phrase") \
    X(DC_LINT_ABSOLUTE_DISTRACTOR, 1, "the absolute word") \
    X(DC_LINT_MULTIPLE_SHARE, 2, "the multiple-answer questions, their ids") \
    X(DC_LINT_CLOZE_GIVEAWAY, 2, "the answer, the word of the prompt") \
    X(DC_LINT_GOAL_NO_QUESTIONS, 2, "the goal id, the fewest questions") \
    X(DC_LINT_GOAL_FEW_QUESTIONS, 4, "the goal id, its questions, their ids, the fewest questions") \
    X(DC_LINT_APOSTROPHE, 3, "\"...\" or \"\", the text around it, \"...\" or \"\"") \
    X(DC_LINT_APOSTROPHE_MORE, 3, "as DC_LINT_APOSTROPHE") \
    X(DC_LINT_DOUBLE_QUOTE, 3, "as DC_LINT_APOSTROPHE") \
    X(DC_LINT_DOUBLE_QUOTE_MORE, 3, "as DC_LINT_APOSTROPHE") \
    X(DC_LINT_NEAR_DUPLICATE, 5, "this question's id, the other's id, its file and path, the percentage of the same words") \
    /* progress_open.c: the progress log (a FILE, or no place for a sentence to the student) */ \
    X(DC_LOG_CANNOT_CREATE_AT, 2, "the path that failed, the errno") \
    X(DC_LOG_CANNOT_CREATE, 1, "the errno") \
    X(DC_LOG_DAMAGED_LINES, 2, "how many, the first line") \
    X(DC_LOG_TORN_LINE, 1, "its bytes") \
    X(DC_LOG_TORN_KEPT, 1, "where it was kept") \
    X(DC_LOG_TORN_NOT_KEPT, 2, "where it was to be kept, the errno") \
    X(DC_PROFILE_DIR_LINK, 0, "") \
    X(DC_LOG_KEEPS_CHANGING, 0, "") \
    X(DC_LOG_IS_LINK, 0, "") \
    X(DC_PROFILE_IN_USE, 0, "") \
    X(DC_LOG_CANNOT_OPEN, 1, "the errno") \
    X(DC_LOG_CANNOT_READ, 1, "the errno") \
    X(DC_LOG_CANNOT_WRITE, 1, "the errno") \
    X(DC_LOG_NEWER_FORMAT, 1, "the log's format") \
    X(DC_LOG_UNREADABLE, 0, "") \
    X(DC_LOG_CANNOT_SET_ASIDE, 1, "the errno") \
    X(DC_LOG_SALVAGED, 2, "where the old file went, the answers kept") \
    X(DC_LOG_RESTARTED, 1, "where the old file went") \
    /* profiles.c */ \
    X(DC_PATH_TOO_LONG, 0, "") \
    X(DC_PROFILES_UNREADABLE, 1, "the errno") \
    X(DC_PROFILE_NAME_UNREADABLE, 2, "why (path-too-long, not-json, not-a-profile, bad-name, no-memory), the profile id") \
    X(DC_PROFILE_NAME_UNREADABLE_SYS, 2, "the errno, the profile id") \
    /* gift_parse.c: a GIFT file, at a line (gift_export.c: notes about a course item) */ \
    X(DC_GIFT_NOT_UTF8, 0, "read as Windows-1252 instead (a warning)") \
    X(DC_GIFT_CONTROL_CHAR, 0, "") \
    X(DC_GIFT_CATEGORY_EMPTY, 0, "") \
    X(DC_GIFT_CATEGORY_MORE_LINES, 0, "") \
    X(DC_GIFT_TITLE_UNCLOSED, 0, "") \
    X(DC_GIFT_BRACE_UNCLOSED, 0, "") \
    X(DC_GIFT_BRACE_UNOPENED, 0, "") \
    X(DC_GIFT_SECOND_BLOCK, 0, "") \
    X(DC_GIFT_DESCRIPTION_SKIPPED, 1, "the start of its text (at most 60 bytes)") \
    X(DC_GIFT_ESSAY_SKIPPED, 1, "the start of its text (at most 60 bytes)") \
    X(DC_GIFT_NO_TEXT, 0, "") \
    X(DC_GIFT_TOO_FEW_ANSWERS, 2, "the fewest answers, how many there are") \
    X(DC_GIFT_MATCH_NO_ARROW, 1, "the answer (at most 60 bytes)") \
    X(DC_GIFT_MATCH_EMPTY_LEFT, 1, "the right side (at most 60 bytes)") \
    X(DC_GIFT_WEIGHTS_CHANGED, 2, "the weights as written, the weights as graded here (percentages, comma-separated)") \
    X(DC_GIFT_PARTIAL_DROPPED, 1, "the answers with their weights") \
    X(DC_GIFT_WEIGHT_UNREAD, 1, "the answer (at most 60 bytes)") \
    X(DC_GIFT_BAD_WEIGHT, 1, "the weight as written (at most 20 bytes)") \
    X(DC_GIFT_SINGLE_MORE_RIGHT, 1, "how many answers are right") \
    X(DC_GIFT_NO_RIGHT, 0, "") \
    X(DC_GIFT_ALL_RIGHT, 0, "") \
    X(DC_GIFT_EMPTY_ANSWER, 0, "") \
    X(DC_GIFT_WILDCARD, 1, "the answer (at most 60 bytes)") \
    X(DC_GIFT_TF_CASE, 1, "the word as written") \
    X(DC_GIFT_NUMBER_BAD, 1, "the text (at most 40 bytes)") \
    X(DC_GIFT_RANGE_REVERSED, 2, "the least, the most as written") \
    X(DC_GIFT_NUMERIC_NONE, 0, "") \
    X(DC_GIFT_SAME_ANSWER, 1, "the answer (at most 60 bytes)") \
    X(DC_GIFT_FORMAT_UNKNOWN, 1, "the name between [ and ] (at most 20 bytes)") \
    X(DC_GIFT_NO_QUESTIONS, 0, "") \
    X(DC_GIFT_EXPORT_SCENARIO, 1, "the scenario id") \
    X(DC_GIFT_EXPORT_CLOZE, 2, "the question id, its blanks") \
    X(DC_GIFT_EXPORT_ORDERING, 1, "the question id") \
    /* klas_read.c: a class's exports (a FOLDER, a FILE, FILE:LINE of a CSV, FILE and [index] of a JSON array) */ \
    X(DC_KLAS_CANNOT_LIST, 1, "the errno") \
    X(DC_KLAS_NO_MEMORY, 0, "") \
    X(DC_KLAS_CANNOT_READ, 1, "the errno") \
    X(DC_KLAS_TOO_BIG, 1, "the limit in MiB") \
    X(DC_KLAS_EMPTY, 0, "") \
    X(DC_KLAS_NOT_TEXT, 0, "") \
    X(DC_KLAS_FOREIGN, 0, "") \
    X(DC_KLAS_SUMMARY, 0, "") \
    X(DC_KLAS_JSON_SYNTAX, 0, "") \
    X(DC_KLAS_CSV_QUOTE_UNCLOSED, 0, "") \
    X(DC_KLAS_CSV_FIELDS, 2, "fields in the row, fields in the header") \
    X(DC_KLAS_FIELD_MISSING, 1, "the field (its name in the file)") \
    X(DC_KLAS_BAD_FIELD, 2, "the field, its value (at most 60 bytes)") \
    X(DC_KLAS_NOT_OBJECT, 0, "") \
    /* live_names.c: the live quiz's class list, at a FILE:LINE:COL */ \
    X(DC_CLASSLIST_NOT_UTF8, 0, "") \
    X(DC_CLASSLIST_CONTROL, 0, "") \
    X(DC_CLASSLIST_TOO_LONG, 2, "its characters, the most") \
    X(DC_CLASSLIST_BAD_CHAR, 1, "the character") \
    X(DC_CLASSLIST_DUPLICATE, 1, "the line it was first given at") \
    X(DC_CLASSLIST_TOO_MANY, 1, "the most names") \
    X(DC_CLASSLIST_EMPTY, 0, "") \
    X(DC_CLASSLIST_NO_MEMORY, 0, "") \
    X(DC_CLASSLIST_TOO_BIG, 1, "the most KiB")
/* clang-format on */

#endif
