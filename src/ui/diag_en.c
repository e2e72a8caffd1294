/* diag_en.c - The English wording of core's diagnostics (core/diag.h DIAG_CODES),
 * one template per code with its details as {1}..{N} (see i18n.h). JSON
 * keys and types stay as they are written in the file. */
#include "i18n.h"

const char *const diags_en[DIAG_CODE_COUNT] = {
    /* jsonscan.c */
    [DC_JSON_BOM] = "the file starts with a byte order mark; save it as UTF-8 without BOM",
    [DC_JSON_NOT_UTF8] = "text is not valid UTF-8 (save the file as UTF-8)",
    [DC_JSON_EMPTY] = "the file is empty: expected a JSON object",
    [DC_JSON_TRAILING_TEXT] = "syntax error: text after the end of the JSON value",
    [DC_JSON_COMMENT] = "syntax error: comments are not allowed in JSON",
    [DC_JSON_STRING_UNCLOSED] = "syntax error: this string is never closed (missing \")",
    [DC_JSON_RAW_NEWLINE] = "raw line break inside a string (write \\n, or close the string)",
    [DC_JSON_RAW_CONTROL] = "raw control character inside a string",
    [DC_JSON_ESCAPE_AT_END] = "syntax error: unfinished escape at the end of the file",
    [DC_JSON_CONTROL_ESCAPE] = "control character escape in a string (only \\n is allowed)",
    [DC_JSON_UNKNOWN_ESCAPE] = "syntax error: unknown escape in a string (use \\\\ for a backslash)",
    [DC_JSON_BAD_U_ESCAPE] = "syntax error: \\u must be followed by four hex digits",
    [DC_JSON_HIGH_SURROGATE] = "invalid \\u escape: a high surrogate without its low half",
    [DC_JSON_LOW_SURROGATE] = "invalid \\u escape: a lone low surrogate",
    [DC_JSON_NUL] = "NUL character (\\u0000) in a string",
    [DC_JSON_CONTROL_ESCAPED] = "control character escaped into a string (only \\n is allowed)",
    [DC_JSON_STRING_TOO_LONG] = "string longer than the limit of {1} KiB",
    [DC_JSON_BAD_NUMBER] = "syntax error: a number is malformed",
    [DC_JSON_NO_DECIMALS] = "syntax error: digits must follow the decimal point",
    [DC_JSON_NO_EXPONENT] = "syntax error: an exponent needs digits",
    [DC_JSON_NO_MEMORY] = "out of memory while reading",
    [DC_JSON_KEY_TWICE] = "key \"{1}\" given twice in one object (first given at line {2})",
    [DC_JSON_OBJECT_UNCLOSED] = "syntax error: the file ends inside an object (missing })",
    [DC_JSON_COMMA_BEFORE_BRACE] = "syntax error: a comma before } (remove the last comma)",
    [DC_JSON_SINGLE_QUOTED_KEY] = "syntax error: keys need double quotes, not single",
    [DC_JSON_KEY_EXPECTED] = "syntax error: expected a key in double quotes",
    [DC_JSON_COLON_EXPECTED] = "syntax error: expected : after the key",
    [DC_JSON_MISSING_COMMA] = "syntax error: missing comma between two members",
    [DC_JSON_OBJECT_COMMA_EXPECTED] = "syntax error: expected , or } after a value",
    [DC_JSON_COMMA_BEFORE_BRACKET] = "syntax error: a comma before ] (remove the last comma)",
    [DC_JSON_LIST_UNCLOSED] = "syntax error: the file ends inside a list (missing ])",
    [DC_JSON_LIST_COMMA_EXPECTED] = "syntax error: expected , or ] after a list item",
    [DC_JSON_VALUE_AT_END] = "syntax error: a value is missing at the end of the file",
    [DC_JSON_TOO_DEEP] = "nesting deeper than the limit of {1} levels",
    [DC_JSON_SINGLE_QUOTED_STRING] = "syntax error: strings need double quotes, not single",
    [DC_JSON_VALUE_EXPECTED] = "syntax error: expected a value (a string, number, object, list, true, false or null)",
    /* course_parse.c */
    [DC_UNKNOWN_KEY_NEAR] = "unknown key \"{1}\" (did you mean \"{2}\"?)",
    [DC_UNKNOWN_KEY] = "unknown key \"{1}\"",
    [DC_LEXICON_BAD_WORD] = "\"{1}\" is not a word or phrase: only letters, digits and apostrophes, separated by a "
                            "space or a hyphen",
    [DC_LEXICON_BAD_PHONEMES] = "\"{1}\": phonemes go between [[ and ]], with nothing before or after them",
    [DC_LEXICON_BAD_ALIAS] = "\"{1}\": a pronunciation in letters may not hold [ ] < > or & (phonemes: [[...]])",
    [DC_LEXICON_SAY_SAME] = "the pronunciation is the word \"{1}\" itself: then it need not be listed",
    [DC_LEXICON_MISSING] = "\"{1}\" ({2}x in the course) looks like an English loanword or an abbreviation and is not "
                           "in {3}: the read-aloud voice reads it as Dutch",
    [DC_LEXICON_WORD_TWICE] = "\"{1}\" is listed already, at {2}",
    [DC_MISSING_KEY] = "missing required key \"{1}\"",
    [DC_EXPECTED_STRING] = "expected a string, found {1:word}",
    [DC_EMPTY_TEXT] = "this text is empty",
    [DC_BAD_ID] = "id \"{1}\" may hold only letters, digits, '-', '_' and '.' (at most {2})",
    [DC_EXPECTED_BOOL] = "expected true or false, found {1:word}",
    [DC_EXPECTED_WHOLE_NUMBER] = "expected a whole number, found {1:word}",
    [DC_NOT_WHOLE_NUMBER] = "expected a whole number, found {1}",
    [DC_OUT_OF_RANGE] = "{1} is outside {2}-{3}",
    [DC_EXPECTED_LIST] = "expected a list, found {1:word}",
    [DC_TOO_FEW_ITEMS] = "needs at least {1} {1|item|items}, found {2}",
    [DC_EXPECTED_OBJECT] = "expected an object { ... }, found {1:word}",
    [DC_ID_USED] = "id \"{1}\" is already used in {2} ({3})",
    [DC_LOCAL_ID_TWICE] = "{1:word} id \"{2}\" is used twice (also at index {3})",
    [DC_LINT_NO_IGNORE] = "missing required key \"ignore\" (the rule or rules to silence)",
    [DC_LINT_RULE_NOT_STRING] = "expected the name of a lint rule, found {1:word}",
    [DC_LINT_UNKNOWN_RULE] = "unknown lint rule \"{1}\" ({2} or {3})",
    [DC_LINT_IGNORE_TYPE] = "expected a rule name or a list of them, found {1:word}",
    [DC_LINT_NO_WHY] = "a silenced rule needs \"why\": say why the rule does not apply here",
    [DC_BAD_SIDE] = "\"{1}\" is not a side: use \"left\" or \"right\"",
    [DC_UNKNOWN_BLOCK_TYPE] = "unknown block type \"{1}\" ({2} or {3})",
    [DC_UNKNOWN_QUESTION_TYPE] = "unknown question type \"{1}\" ({2} or {3})",
    [DC_TABLE_ROW_NOT_LIST] = "expected a list of cells, found {1:word}",
    [DC_TABLE_ROW_LENGTH] = "a row of {1} cells, but the header has {2}",
    [DC_ARROW_TO_ITSELF] = "an arrow must go from one box to the other",
    [DC_SAME_TEXT] = "the same text as item {1}: \"{2}\"",
    [DC_KEY_OF_OTHER_TYPE] = "key \"{1}\" does not belong to a {2} question (it uses \"{3}\")",
    [DC_NO_RIGHT_OPTION] = "no option is marked \"correct\": true",
    [DC_SINGLE_MORE_RIGHT] = "a single question needs exactly one right option, found {1} (use \"multiple\")",
    [DC_MULTIPLE_ALL_RIGHT] = "every option is right; a multiple question needs at least one wrong option",
    [DC_CLOZE_BLANK_COUNT] = "the prompt has {1} {1|blank|blanks} (___) but {2} {2|blank is|blanks are} defined",
    [DC_EXPECTED_NUMBER] = "expected a number, found {1:word}",
    [DC_NUMBER_NOT_FINITE] = "this number is too large to hold (it reads as infinity); write a plain number",
    [DC_NUMBER_OUT_OF_RANGE] = "{1} is outside the allowed range ({2} to {3})",
    [DC_NUMERIC_NO_VALUE] = "an answer needs \"value\" (with an optional \"tolerance\") or \"min\" and \"max\"",
    [DC_NUMERIC_VALUE_AND_RANGE] = "an answer has \"value\" or \"min\" and \"max\", not both",
    [DC_NUMERIC_HALF_RANGE] = "\"{1}\" needs \"{2}\" too: a range has two edges",
    [DC_NUMERIC_TOLERANCE_WITH_RANGE] =
        "\"tolerance\" goes with \"value\"; with \"min\" and \"max\" the edges already give the margin",
    [DC_NUMERIC_MIN_ABOVE_MAX] = "\"min\" ({1}) is greater than \"max\" ({2}); swap them",
    [DC_NUMERIC_NEGATIVE_TOLERANCE] = "\"tolerance\" is {1} but cannot be negative: it is how far off an answer may be",
    [DC_NUMERIC_NO_RIGHT] = "no answer is right; give at least one answer score 1 (or leave \"score\" out)",
    [DC_NUMERIC_BAD_UNIT] = "the unit \"{1}\" holds a digit, point, comma, plus or minus, or is longer than 20 bytes; "
                            "those characters belong to the number",
    [DC_TERM_TWICE] = "the term \"{1}\" is already defined at terms[{2}]",
    [DC_END_WITH_CHOICES] = "an end node (\"end\": true) cannot have choices",
    [DC_DEBRIEF_NOT_AT_END] = "\"debrief\" is shown only on end nodes; add \"end\": true or remove it",
    [DC_NO_SUCH_NODE] = "\"{1}\" names no node of this scenario",
    [DC_NODE_UNREACHABLE] = "node \"{1}\" cannot be reached from the start node \"{2}\"",
    [DC_SCENARIO_LOOP] = "the scenario has a loop that never ends: {1} -> {2}",
    [DC_SCENARIO_ENDINGS] = "a scenario needs at least two endings (\"end\": true) that can be reached; found {1}",
    [DC_SECOND_MANIFEST] = "a second course manifest; load one course at a time",
    [DC_FILE_NOT_OBJECT] = "a lesson file holds one JSON object { ... }, found {1:word}",
    [DC_NO_FORMAT] = "missing required key \"format\" (write \"format\": {1})",
    [DC_FORMAT_UNSUPPORTED] = "format {1} is not supported: this program reads format {2}",
    [DC_FORMAT_NOT_NUMBER] = "expected the number {1}, found {2:word}",
    [DC_UNKNOWN_KIND] = "unknown kind \"{1}\" ({2} or {3})",
    /* course_load.c */
    [DC_NOT_REGULAR_FILE] = "not a regular file (a lesson file must be an ordinary file)",
    [DC_CANNOT_OPEN] = "cannot open: {1:sys}",
    [DC_FILE_TOO_BIG] = "the file is {1:dec} MiB; a lesson file may be at most {2} MiB",
    [DC_NO_MEMORY] = "out of memory",
    [DC_READ_ERROR] = "read error: {1:sys}",
    [DC_SYNTAX_ERROR] = "syntax error (or out of memory)",
    [DC_MORE_ERRORS] = "{1} more errors not shown; fix the ones above first",
    [DC_CHAPTER_SECTION_UNDEFINED] = "section \"{1}\" is not defined by any file of the course",
    [DC_CHAPTER_SECTION_TWICE] = "section \"{1}\" is listed twice in the chapters",
    [DC_SECTION_IN_NO_CHAPTER] = "section \"{1}\" is in no chapter of course.json",
    [DC_NO_SUCH_SECTION] = "section \"{1}\" does not exist",
    [DC_NO_SUCH_ANCHOR] = "no block of the section has the id \"{1}\"",
    [DC_NO_SUCH_GOAL] = "learning goal \"{1}\" is not defined in any section",
    [DC_NO_MEMORY_COURSE] = "out of memory while loading the course",
    [DC_FILE_OUTSIDE_COURSE] = "\"{1}\" must be a path inside the course folder",
    [DC_NOT_A_MANIFEST] = "not a course manifest",
    [DC_FOLDER_READ_TWICE] = "this folder was read already (a link leads back to it); skipped",
    [DC_CANNOT_OPEN_FOLDER] = "cannot open folder: {1:sys}",
    [DC_NO_SUCH_PATH] = "{1:sys}",
    [DC_NOTHING_TO_CHECK] = "no course.json and no lesson files (*.json): nothing to check",
    [DC_LOOSE_FILES] = "no course.json: its files were checked one by one, but the program opens a folder as a course "
                       "only through its course.json",
    /* lint*.c */
    [DC_LINT_LONGEST_CORRECT] =
        "the right option ({1} characters) is {2}% longer than the longest distractor ({3}): students learn to pick "
        "the longest answer; shorten it or make the distractors as precise",
    [DC_LINT_LONGEST_SHARE] =
        "the right option is the longest in {1} of {2} single-choice questions ({3}%; at most a third should be): {4}",
    [DC_LINT_ALL_OF_THE_ABOVE] = "\"{1}\" lets a student who recognises two right options (or one wrong one) answer "
                                 "without knowing the rest; write a real option",
    [DC_LINT_ABSOLUTE_DISTRACTOR] = "this wrong option says \"{1}\" and no right option does: students learn that "
                                    "absolutes are wrong; drop the absolute or word the right option as firmly",
    [DC_LINT_MULTIPLE_SHARE] =
        "in every one of the {1} multiple-answer questions at least half of the options are right ({2}): a student who "
        "ticks most options scores well; give some questions one or two right options of five",
    [DC_LINT_CLOZE_GIVEAWAY] = "the answer \"{1}\" can be read in the prompt (\"{2}\"): a student copies it instead of "
                               "recalling it; reword the prompt",
    [DC_LINT_GOAL_NO_QUESTIONS] = "learning goal {1} has 0 questions; give every goal at least {2}, so practice and "
                                  "tests can ask it more than one way",
    [DC_LINT_GOAL_FEW_QUESTIONS] = "learning goal {1} has {2} {2|question|questions} ({3}); give every goal at least "
                                   "{4}, so practice and tests can ask it more than one way",
    [DC_LINT_APOSTROPHE] = "a straight apostrophe in \"{1}{2}{3}\": write \xE2\x80\x99 (as in scenario\xE2\x80\x99s), "
                           "or \xE2\x80\x98...\xE2\x80\x99 around a quotation",
    [DC_LINT_APOSTROPHE_MORE] =
        "a straight apostrophe in \"{1}{2}{3}\" (and more straight quotes in this text): write \xE2\x80\x99 (as in "
        "scenario\xE2\x80\x99s), or \xE2\x80\x98...\xE2\x80\x99 around a quotation",
    [DC_LINT_DOUBLE_QUOTE] =
        "a straight double quote in \"{1}{2}{3}\": write \xE2\x80\x98...\xE2\x80\x99 or \xE2\x80\x9C...\xE2\x80\x9D",
    [DC_LINT_DOUBLE_QUOTE_MORE] = "a straight double quote in \"{1}{2}{3}\" (and more straight quotes in this text): "
                                  "write \xE2\x80\x98...\xE2\x80\x99 or \xE2\x80\x9C...\xE2\x80\x9D",
    [DC_LINT_NEAR_DUPLICATE] =
        "{1} is nearly the same question as {2} at {3}: {4} ({5}% the same words): a student who remembers one answers "
        "the other without thinking; ask something new, or apply it to a short case",
    /* progress_open.c */
    [DC_LOG_CANNOT_CREATE_AT] = "a new log cannot be made: {1}: {2:sys}",
    [DC_LOG_CANNOT_CREATE] = "a new log cannot be made: {1:sys}",
    [DC_LOG_DAMAGED_LINES] = "{1} damaged {1|line|lines} in your log {1|was|were} skipped (the first is line {2}); "
                             "your other answers are loaded.",
    [DC_LOG_TORN_LINE] = "the last line ({1} bytes) is incomplete and is skipped.",
    [DC_LOG_TORN_KEPT] = "Your last answer was only half saved, probably because the program stopped suddenly. That "
                         "half answer was skipped and kept separately in {1}; all your other answers are still there.",
    [DC_LOG_TORN_NOT_KEPT] = "Your last answer was only half saved and has been skipped; all your other answers are "
                             "still there. (It could not be set aside in {1}: {2:sys}.)",
    [DC_PROFILE_DIR_LINK] = "the folder of this profile is a link (symbolic link) to another place. accountwijs writes "
                            "only in its own data folder; put the folder itself back instead of the link.",
    [DC_LOG_KEEPS_CHANGING] = "the log keeps changing while it is being opened",
    [DC_LOG_IS_LINK] = "the log is a link (symbolic link) to another place. accountwijs writes only in its own data "
                       "folder; put the file itself back instead of the link.",
    [DC_PROFILE_IN_USE] = "This profile is already open in another window of accountwijs. Close that one first, so "
                          "that your answers do not get mixed up.",
    [DC_LOG_CANNOT_OPEN] = "the log cannot be opened: {1:sys}",
    [DC_LOG_CANNOT_READ] = "the log cannot be read: {1:sys}",
    [DC_LOG_CANNOT_WRITE] = "the log cannot be written: {1:sys}",
    [DC_LOG_NEWER_FORMAT] = "this log was made by a newer version of accountwijs (format {1}). Use that version; the "
                            "file has not been changed.",
    [DC_LOG_UNREADABLE] = "this is not a readable log of accountwijs",
    [DC_LOG_CANNOT_SET_ASIDE] = "the log cannot be read and cannot be set aside: {1:sys}",
    [DC_LOG_SALVAGED] = "The start of your progress file was damaged. It has been kept as {1} (nothing was deleted); "
                        "the {2} answers that could still be read are in your new log.",
    [DC_LOG_RESTARTED] = "Your progress file could not be read. It has been kept as {1} (nothing was deleted) and you "
                         "start with a new, empty log. Ask your teacher for help if you want your old results back.",
    /* profiles.c */
    [DC_PATH_TOO_LONG] = "path too long",
    [DC_PROFILES_UNREADABLE] = "the profiles cannot be read: {1:sys}",
    [DC_PROFILE_NAME_UNREADABLE] =
        "the name of this profile cannot be read ({1:word}); it is in the list under its code {2}",
    [DC_PROFILE_NAME_UNREADABLE_SYS] =
        "the name of this profile cannot be read ({1:sys}); it is in the list under its code {2}",
    /* gift_parse.c, gift_export.c */
    [DC_GIFT_NOT_UTF8] = "the file is not UTF-8; it was read as Windows-1252 (save it as UTF-8)",
    [DC_GIFT_CONTROL_CHAR] = "a control character in the text was replaced by a space",
    [DC_GIFT_CATEGORY_EMPTY] = "$CATEGORY: without a name",
    [DC_GIFT_CATEGORY_MORE_LINES] = "a $CATEGORY: line must be followed by a blank line; Moodle reads the lines "
                                    "below it as part of the category name",
    [DC_GIFT_TITLE_UNCLOSED] = "the title after :: is not closed with ::; the question has no title",
    [DC_GIFT_BRACE_UNCLOSED] = "a { without } (write \\{ for a brace in the text)",
    [DC_GIFT_BRACE_UNOPENED] = "a } without a { before it (write \\} for a brace in the text)",
    [DC_GIFT_SECOND_BLOCK] = "a second { ... } in the same question; Moodle reads only the first answer block and "
                             "shows the rest as text (leave a blank line between two questions)",
    [DC_GIFT_DESCRIPTION_SKIPPED] = "a description without answers (\"{1}\") was skipped",
    [DC_GIFT_ESSAY_SKIPPED] = "an essay question ({}) was skipped: \"{1}\"",
    [DC_GIFT_NO_TEXT] = "this question has no text",
    [DC_GIFT_TOO_FEW_ANSWERS] = "needs at least {1} {1|answer|answers}, found: {2}",
    [DC_GIFT_MATCH_NO_ARROW] = "a pair of a matching question has no ->: \"{1}\"",
    [DC_GIFT_MATCH_EMPTY_LEFT] = "an extra right side without a left side (\"{1}\") is not possible here and was "
                                 "left out",
    [DC_GIFT_WEIGHTS_CHANGED] = "grading here cannot keep these weights: in the file {1}, here {2}",
    [DC_GIFT_PARTIAL_DROPPED] = "answers worth part of the marks are not possible here and count as wrong or were "
                                "left out: {1}",
    [DC_GIFT_WEIGHT_UNREAD] = "\"{1}\" looks like a weight, but Moodle does not read it as one (write %50% with at "
                              "most three digits before the point); it stays part of the answer",
    [DC_GIFT_BAD_WEIGHT] = "the weight %{1}% is not between -100 and 100",
    [DC_GIFT_SINGLE_MORE_RIGHT] = "{1} answers with = in a multiple-choice question; a question with one right "
                                  "answer has exactly one (give weights such as ~%50% for more right answers); the "
                                  "question was skipped",
    [DC_GIFT_NO_RIGHT] = "no answer is right (no = and no positive weight)",
    [DC_GIFT_ALL_RIGHT] = "every answer is right; a question with several right answers needs at least one wrong "
                          "answer here; the question was skipped",
    [DC_GIFT_EMPTY_ANSWER] = "an empty answer was left out",
    [DC_GIFT_WILDCARD] = "the answer \"{1}\" has a *; Moodle reads it as a wildcard, here the student must type it "
                         "exactly like that",
    [DC_GIFT_TF_CASE] = "{{1}} is not true/false for Moodle (that is T, TRUE, F or FALSE in capitals): it becomes a "
                        "short-answer question",
    [DC_GIFT_NUMBER_BAD] = "\"{1}\" is not a number (write 12.5, 12.5:0.5 or 12..13)",
    [DC_GIFT_RANGE_REVERSED] = "the range {1}..{2} runs backwards: the smaller number comes first",
    [DC_GIFT_NUMERIC_NONE] = "a numerical question ({#...}) without an answer",
    [DC_GIFT_SAME_ANSWER] = "the same answer appears twice in the question: \"{1}\"",
    [DC_GIFT_FORMAT_UNKNOWN] = "[{1}] is not a GIFT text format (markdown, html, plain or moodle) and stays part "
                               "of the text",
    [DC_GIFT_NO_QUESTIONS] = "the file holds no question that can be imported",
    [DC_GIFT_EXPORT_SCENARIO] = "scenario {1} was left out: GIFT has no branching cases",
    [DC_GIFT_EXPORT_CLOZE] = "question {1} was left out: GIFT has only one blank per question, this one has {2}",
    [DC_GIFT_EXPORT_ORDERING] = "question {1} (ordering) was written as a matching question: position -> item",
    /* klas_read.c */
    [DC_KLAS_CANNOT_LIST] = "the folder cannot be read: {1:sys}",
    [DC_KLAS_NO_MEMORY] = "not enough memory to read the exports",
    [DC_KLAS_CANNOT_READ] = "this file cannot be read ({1:sys}); it was skipped",
    [DC_KLAS_TOO_BIG] = "this file is larger than {1} MiB; it was skipped",
    [DC_KLAS_EMPTY] = "this file is empty; it was skipped",
    [DC_KLAS_NOT_TEXT] = "this is not a UTF-8 text file (not an accountwijs export); it was skipped",
    [DC_KLAS_FOREIGN] =
        "this is not an accountwijs export (CSV or JSON of accountwijs export, or xAPI); it was skipped",
    [DC_KLAS_SUMMARY] =
        "this is a summary (export --summary) without the answers themselves; export without --summary. It was skipped",
    [DC_KLAS_JSON_SYNTAX] = "syntax error in the JSON; the file was skipped",
    [DC_KLAS_CSV_QUOTE_UNCLOSED] = "a quoted field is never closed; the rest of the file was skipped",
    [DC_KLAS_CSV_FIELDS] = "this line has {1} fields, the header {2}; the line was skipped",
    [DC_KLAS_FIELD_MISSING] = "the field {1} is missing; this answer was skipped",
    [DC_KLAS_BAD_FIELD] = "the field {1} is not valid (\"{2}\"); this answer was skipped",
    [DC_KLAS_NOT_OBJECT] = "this element of the list is not an object; it was skipped",
    /* live_names.c: the class list of the live quiz */
    [DC_CLASSLIST_NOT_UTF8] = "the text is not valid UTF-8 (save the class list as UTF-8); this line was skipped",
    [DC_CLASSLIST_CONTROL] = "a control character (such as a tab) in a name; this line was skipped",
    [DC_CLASSLIST_TOO_LONG] = "this name has {1} characters, more than the {2} that fit; the line was skipped",
    [DC_CLASSLIST_BAD_CHAR] =
        "the character '{1}' may not be in a name (only letters, digits, space, - ' and .); the line was skipped",
    [DC_CLASSLIST_DUPLICATE] = "this name is already on line {1}; the second one was skipped",
    [DC_CLASSLIST_TOO_MANY] = "more than {1} names; the names from here on were skipped",
    [DC_CLASSLIST_EMPTY] = "the class list holds no name at all (one name a line)",
    [DC_CLASSLIST_NO_MEMORY] = "not enough memory to read the class list",
    [DC_CLASSLIST_TOO_BIG] = "the class list is larger than {1} KiB; is this really a list of names?",
};
