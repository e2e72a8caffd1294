/* i18n.h - every string the program shows (not the course content):
 * one table per language, looked up by key (i18n.c). Add a key here and a
 * line in both strings_nl.c and strings_en.c; test_strings checks that no
 * entry is missing. Strings with a printf conversion say so in their
 * comment. (Named i18n.h, not strings.h, so that it does not shadow the
 * system's <strings.h>.) */
#ifndef ACCOUNTWIJS_I18N_H
#define ACCOUNTWIJS_I18N_H

#include <stddef.h>

#include "diag.h"
#include "error.h"

typedef enum { LANG_NL, LANG_EN, LANG_COUNT } Lang;

typedef enum {
    STR_APP_NAME,
    STR_BACK,
    STR_NAV_HOME,
    STR_NAV_CONTENTS,
    STR_NAV_GLOSSARY,
    STR_NAV_SEARCH,
    STR_NAV_SETTINGS,
    STR_START_TAGLINE,
    STR_START_CONTINUE, /* button; the section follows on its own line */
    STR_START_BEGIN,    /* button: start at the first section */
    STR_START_CONTENTS, /* heading of the list on the start screen */
    STR_START_HINT,     /* keyboard hint under the list */
    STR_TOC_TITLE,
    STR_TOC_PROGRESS,      /* %d: percent mastered */
    STR_TOC_GOALS,         /* %zu: number of learning goals */
    STR_READER_SECTION_OF, /* %zu of %zu */
    STR_GOALS_TITLE,
    STR_GOALS_INTRO,
    STR_TERM_LABEL,
    STR_TERM_SHOW,
    STR_EXAMPLE,
    STR_PRACTICE,
    STR_PRACTICE_HINT,
    STR_PREV_SECTION,
    STR_NEXT_SECTION,
    STR_END_OF_CHAPTER,
    STR_GLOSSARY_TITLE,
    STR_GLOSSARY_FILTER, /* placeholder */
    STR_GLOSSARY_COUNT,  /* %zu of %zu terms */
    STR_GLOSSARY_NONE,
    STR_GLOSSARY_IN_SECTION, /* %s: section number */
    STR_SEARCH_TITLE,
    STR_SEARCH_PLACEHOLDER,
    STR_SEARCH_HINT,
    STR_SEARCH_COUNT, /* %zu results */
    STR_SEARCH_MORE,  /* %zu: shown of more */
    STR_SEARCH_NONE,
    STR_SETTINGS_TITLE,
    STR_SETTINGS_THEME,
    STR_THEME_LIGHT,
    STR_THEME_DARK,
    STR_THEME_CONTRAST,
    STR_SETTINGS_TEXT_SIZE,
    STR_TEXT_SMALLER,
    STR_TEXT_LARGER,
    STR_TEXT_RESET,
    STR_SETTINGS_FONT,
    STR_FONT_DYSLEXIC,
    STR_SETTINGS_LINE_SPACING,
    STR_SETTINGS_LETTER_SPACING,
    STR_SPACING_NORMAL,
    STR_SPACING_WIDE,
    STR_SPACING_WIDER,
    STR_SETTINGS_HYPHENATION,
    STR_HYPHENATE,
    STR_HYPHENATE_MISSING,
    /* Voorlezen (read aloud) */
    STR_SETTINGS_SPEAK,
    STR_SPEAK_SLOWER,
    STR_SPEAK_FASTER,
    STR_SPEAK_WPM, /* %d: words a minute */
    STR_SPEAK_HINT,
    STR_SPEAK_READ,
    STR_SPEAK_STOP,
    STR_SPEAK_PAUSE,
    STR_SPEAK_RESUME,
    STR_SPEAK_NO_AUDIO,
    STR_SPEAK_FAILED, /* %s: why */
    STR_SPEAK_NO_HOST,
    STR_SETTINGS_SCREEN,
    STR_SETTINGS_LRS,
    STR_FULLSCREEN,
    STR_SETTINGS_KEYS,
    STR_KEYS_HELP,         /* lines separated by '\n', "key\tmeaning" */
    STR_SETTINGS_SAVED_IN, /* %s: path */
    STR_QUIZ_TITLE,
    /* practice and scenarios */
    STR_QUIZ_PROGRESS,         /* %zu of %zu */
    STR_QUIZ_CHAPTER,          /* heading of a whole-chapter session */
    STR_QUIZ_PRACTISE_CHAPTER, /* button */
    STR_QUIZ_MISSED_ROUND,     /* heading of an 'Oefen mijn fouten' session */
    STR_QUIZ_KEYS,             /* %zu and %s: the highest number and letter */
    STR_QUIZ_HINT_SINGLE,      /* %s: the keys */
    STR_QUIZ_HINT_MULTIPLE,    /* %s: the keys */
    STR_QUIZ_HINT_TRUEFALSE,
    STR_QUIZ_TF_KEYS, /* two lowercase letters: the keys for true and false */
    STR_QUIZ_HINT_MATCHING,
    STR_QUIZ_HINT_ORDERING,
    STR_QUIZ_HINT_CLOZE,
    STR_QUIZ_TRUE,        /* a true/false option */
    STR_QUIZ_FALSE,       /* a true/false option */
    STR_QUIZ_CHECK,       /* button */
    STR_QUIZ_CHECK_AGAIN, /* button */
    STR_QUIZ_SKIP,        /* button */
    STR_QUIZ_NEXT,        /* button */
    STR_QUIZ_TO_SCORE,    /* button after the last question */
    STR_QUIZ_GIVE_FIRST,
    STR_QUIZ_RIGHT,        /* verdict */
    STR_QUIZ_RIGHT_RETRY,  /* verdict after a retry */
    STR_QUIZ_PARTLY,       /* verdict; %d: percent */
    STR_QUIZ_WRONG,        /* verdict */
    STR_QUIZ_RETRY,        /* verdict after a first wrong check */
    STR_QUIZ_RETRY_PARTLY, /* %d: percent */
    STR_QUIZ_RETRY_NEAR,   /* verdict: a cloze blank one letter off, try again */
    STR_QUIZ_NEAR_MISS,    /* under a blank that is a near miss */
    STR_QUIZ_SHOWN_ANSWER, /* under the verdict once the answer is shown */
    STR_QUIZ_EXPLANATION,  /* heading */
    STR_QUIZ_READ_BACK,    /* %s %s: section number and title */
    STR_QUIZ_RIGHT_IS,     /* %s: the right answer */
    STR_QUIZ_BELONGS_AT,   /* %zu: position */
    STR_QUIZ_RIGHT_ORDER,  /* heading of the right order of an ordering question */
    STR_QUIZ_PICK_PARTNER, /* %zu: the left item's number */
    STR_QUIZ_NO_PARTNER,   /* a left item without partner */
    STR_QUIZ_USED_BY,      /* %zu: the left item's number */
    STR_QUIZ_PLACE_HERE,   /* while a line is picked up */
    STR_QUIZ_BLANK,        /* %zu: the blank's number */
    STR_QUIZ_EMPTY_BLANK,  /* a blank left empty */
    STR_QUIZ_HINT_NUMERIC,
    STR_NUMERIC_SEPARATORS,      /* two characters: the decimal and the thousands separator */
    STR_NUMERIC_PLACEHOLDER,     /* in an empty numeric answer field */
    STR_NUMERIC_EMPTY,           /* a refused input: NUMERIC_EMPTY */
    STR_NUMERIC_NOT_A_NUMBER,    /* NUMERIC_NOT_A_NUMBER */
    STR_NUMERIC_AMBIGUOUS,       /* %s %s: the number read with thousands, with decimals */
    STR_NUMERIC_BAD_GROUPS,      /* NUMERIC_BAD_GROUPS */
    STR_NUMERIC_UNEXPECTED_TEXT, /* NUMERIC_UNEXPECTED_TEXT */
    STR_NUMERIC_WRONG_UNIT,      /* %s: the question's unit */
    STR_NUMERIC_TOO_LONG,        /* NUMERIC_TOO_LONG */
    STR_NUMERIC_RANGE,           /* %s %s: the least and the most number of a range answer */
    STR_NUMERIC_TOLERANCE,       /* %s %s %s: the value, its least and its most */
    STR_QUIZ_NOT_SAVED,
    STR_QUIZ_DONE,  /* heading */
    STR_QUIZ_SCORE, /* %d: percent */
    STR_QUIZ_SCORE_NOTE,
    STR_QUIZ_MASTERY_SECTION, /* end screen; %s: section number, %d: percent mastered now */
    STR_QUIZ_MASTERY_CHAPTER, /* end screen; %d: percent of the chapter mastered now */
    STR_QUIZ_READ_NEXT,       /* end screen button: the next section in the reader */
    STR_QUIZ_MISSED,          /* heading */
    STR_QUIZ_ALL_RIGHT,
    STR_QUIZ_PRACTISE_MISSED, /* button */
    STR_QUIZ_AGAIN,           /* button */
    STR_QUIZ_NONE,
    STR_QUIZ_QUESTION_N,       /* %zu: number */
    STR_QUIZ_PRACTISE_HEADING, /* heading on the start screen and the contents */
    STR_QUIZ_PRACTISE_INTRO,
    STR_SCEN_TITLE,  /* the list of scenarios */
    STR_SCEN_BUTTON, /* button to the list */
    STR_SCEN_INTRO,
    STR_SCEN_PRACTISES,    /* %s: one section number */
    STR_SCEN_PRACTISES_N,  /* %s: section numbers, "1.7, 1.6 en 1.2" */
    STR_SCEN_STEPS,        /* %d: best points */
    STR_SCEN_BEST,         /* %d of %d points */
    STR_SCEN_START,        /* button */
    STR_SCEN_DECISION,     /* %zu: number */
    STR_SCEN_DECISION_OF,  /* %zu: number, %zu: decisions on the longest path from here */
    STR_SCEN_CONFIRM,      /* button: take the selected choice */
    STR_SCEN_BETTER,       /* %s: letter, %d of %d points; the better choice at a decision */
    STR_SCEN_WHY,          /* %s: that choice's feedback */
    STR_SCEN_HINT,         /* %s: the keys */
    STR_SCEN_YOUR_CHOICE,  /* label */
    STR_SCEN_WHAT_HAPPENS, /* heading */
    STR_SCEN_CONTINUE,     /* button */
    STR_SCEN_CHOICE_BEST,  /* %d of %d points */
    STR_SCEN_CHOICE_MID,   /* %d of %d points */
    STR_SCEN_CHOICE_WEAK,  /* %d of %d points */
    STR_SCEN_OUTCOME,      /* heading */
    STR_SCEN_DEBRIEF,      /* heading */
    STR_SCEN_POINTS,       /* %d of %d points */
    STR_SCEN_POINTS_NOTE,  /* %d: the worst path's points */
    STR_SCEN_PATH,         /* heading */
    STR_SCEN_PATH_START,   /* the first dot of the path */
    STR_SCEN_READ,         /* heading of the section links */
    STR_SCEN_AGAIN,        /* button */
    STR_SCEN_OTHERS,       /* button */
    STR_SCEN_NOT_SAVED,
    STR_SCEN_NONE,
    STR_QUIZ_MARK_RIGHT,  /* beside a right option, pair, item or blank */
    STR_QUIZ_MARK_WRONG,  /* beside a wrong one */
    STR_QUIZ_MARK_MISSED, /* beside a right option that was not chosen */
    STR_QUIZ_TALLY_FIRST, /* %zu: right at the first check (counter, end screen) */
    STR_QUIZ_TALLY_RETRY, /* %zu: right at a later check */
    STR_QUIZ_TALLY_WRONG, /* %zu: not right at the last check either */
    STR_ERROR_FONT,       /* %s: path */
    STR_PROFILE_DEFAULT,  /* the name of the profile made at the first start */
    STR_ANSWERS_NOT_KEPT, /* %s: why (a sentence); practice and tests refuse to start */
    STR_NO_PROFILE_OPEN,  /* the why of STR_ANSWERS_NOT_KEPT when no profile is open */
    /* exam and class quiz */
    STR_START_EXAM,  /* button on the start screen */
    STR_START_CLASS, /* button on the start screen */
    STR_START_EXAM_HINT,
    STR_EXAM_TITLE,
    STR_EXAM_INTRO,
    STR_EXAM_LENGTH,      /* heading */
    STR_EXAM_QUESTIONS_N, /* %d: questions */
    STR_EXAM_TIME,        /* heading */
    STR_EXAM_SECONDS_N,   /* %d: seconds */
    STR_EXAM_NO_LIMIT,
    STR_EXAM_TOTAL, /* %s: the total time, e.g. "15 min" */
    STR_EXAM_TOTAL_NONE,
    STR_EXAM_RULE,
    STR_EXAM_START,   /* button */
    STR_EXAM_DISCARD, /* button */
    /* A test saved in the profile's folder, offered after a close or crash */
    STR_RESUME_EXAM,           /* button: %zu question, %zu questions, %s time left */
    STR_RESUME_EXAM_NOLIMIT,   /* button: %zu question, %zu questions */
    STR_RESUME_EXAM_NOTE,      /* %zu answered, %zu questions */
    STR_RESUME_EXAM_NOTE_REAL, /* the same, for a test under real conditions */
    STR_RESUME_CORRUPT,        /* %s what was wrong, %s where the file went */
    STR_RESUME_STALE,          /* %s what is missing, %s where the file went */
    STR_RESUME_EXPIRED,
    STR_RESUME_NOT_SAVED,     /* %s why */
    STR_RESUME_HANDED_IN,     /* a hand-in cut short was completed at the start */
    STR_RESUME_HANDIN_LATER,  /* %s why it could not be completed now */
    STR_EXAM_REAL,            /* check box in the setup */
    STR_EXAM_REAL_NOTE,       /* what it means, under the check box */
    STR_RESUME_PRACTICE,      /* button: %zu question, %zu questions */
    STR_RESUME_PRACTICE_NOTE, /* %s what is practised, %zu checked, %zu questions */
    STR_RESUME_PRACTICE_DROP, /* button */
    STR_RESUME_PRACTICE_BAD,  /* %s what, %s where the file went */
    STR_EXAM_NO_QUESTIONS,
    STR_EXAM_QUESTION_OF, /* %zu of %zu */
    STR_EXAM_TIME_LEFT,   /* before the clock */
    STR_EXAM_PREV,        /* button */
    STR_EXAM_NEXT,        /* button */
    STR_EXAM_SKIP,        /* button: on to the next open question */
    STR_EXAM_FLAG,        /* button */
    STR_EXAM_UNFLAG,      /* button */
    STR_EXAM_HAND_IN,     /* button */
    STR_EXAM_STATUS,      /* %zu answered, %zu open, %zu flagged */
    STR_EXAM_LEGEND,      /* the navigator's legend */
    STR_EXAM_FLAGGED,
    STR_EXAM_CONFIRM_TITLE,
    STR_EXAM_CONFIRM_OPEN,  /* %zu open of %zu */
    STR_EXAM_CONFIRM_OPEN1, /* %zu: the total */
    STR_EXAM_CONFIRM_ALL,
    STR_EXAM_CONFIRM_FLAGS, /* %zu flagged */
    STR_EXAM_CONFIRM_NOTE,
    STR_EXAM_CONFIRM_BACK, /* button */
    STR_EXAM_CONFIRM_OK,   /* button */
    STR_EXAM_STOP_TITLE,   /* Esc during the test asks this */
    STR_EXAM_STOP_TEXT,
    STR_EXAM_STOP_OK,     /* button: stop and hand in */
    STR_EXAM_STOP_BACK,   /* button: go on with the test */
    STR_RESULT_STOPPED,   /* the result of a test stopped with Esc */
    STR_EXAM_BOOK_CLOSED, /* under the question: what is closed during the test */
    STR_QV_CHOOSE_ONE,
    STR_QV_CHOOSE_ALL,
    STR_QV_MATCH_HINT,
    STR_QV_ORDER_HINT,
    STR_QV_CLOZE_HINT,
    STR_QV_NUMERIC_HINT,
    STR_RESULT_TITLE,
    STR_RESULT_GRADE, /* beside the grade */
    STR_RESULT_PASSED,
    STR_RESULT_FAILED,
    STR_RESULT_SCORE, /* %d percent, %zu of %zu fully right */
    STR_RESULT_TIME,  /* %s: mm:ss */
    STR_RESULT_TIMED_OUT,
    STR_RESULT_SECTIONS,  /* heading */
    STR_RESULT_SECTION_N, /* %d percent, %zu questions */
    STR_RESULT_SECTION_1, /* %d percent */
    STR_RESULT_REVIEW,    /* heading */
    STR_RESULT_LEGEND,
    STR_RESULT_Q, /* %zu: number; followed by the verdict */
    STR_RESULT_RIGHT,
    STR_RESULT_WRONG,
    STR_RESULT_PARTLY, /* %d: percent */
    STR_RESULT_EMPTY,
    STR_RESULT_YOURS,   /* label; followed by the answer */
    STR_RESULT_CORRECT, /* label; followed by the answer */
    STR_RESULT_NOTHING, /* the student gave no answer */
    STR_RESULT_WHY,     /* label; followed by the explanation */
    STR_RESULT_READ,    /* %s %s: section number and title */
    STR_RESULT_NEW,     /* button */
    STR_RESULT_HOME,    /* button */
    STR_RESULT_SAVED,
    STR_RESULT_NOT_SAVED,  /* %zu of %zu saved */
    STR_RESULT_SAVE_AGAIN, /* button */
    STR_RESULT_NONE,
    STR_CLASS_TITLE,
    STR_CLASS_INTRO,
    STR_CLASS_SET,        /* heading */
    STR_CLASS_SET_N,      /* %s: name of the set, %zu questions */
    STR_CLASS_SECTION_N,  /* %s %s: number and title, %zu questions */
    STR_CLASS_SECONDS,    /* heading */
    STR_CLASS_SECONDS_N,  /* %d: seconds */
    STR_CLASS_TALLY_HEAD, /* heading */
    STR_CLASS_TALLY,      /* check box */
    STR_CLASS_TALLY_HINT,
    STR_CLASS_LIVE,       /* check box: counts visible while the question is open */
    STR_CLASS_ORDER_HEAD, /* heading */
    STR_CLASS_SHUFFLE,    /* check box */
    STR_CLASS_SHUFFLE_HINT,
    STR_CLASS_TEAMS, /* heading */
    STR_CLASS_NO_TEAMS,
    STR_CLASS_TEAMS_N,   /* %zu: teams */
    STR_CLASS_TEAM_NAME, /* %zu: number (placeholder) */
    STR_CLASS_TEAMS_HINT,
    STR_CLASS_START, /* button */
    STR_CLASS_KEYS,
    STR_CLASS_BUSY,   /* %zu of %zu */
    STR_CLASS_RESUME, /* button */
    STR_CLASS_STOP,   /* button */
    STR_CLASS_NO_QUESTIONS,
    STR_CLASS_Q_OF, /* %zu of %zu */
    STR_CLASS_HINT_QUESTION,
    STR_CLASS_HINT_OPEN,
    STR_CLASS_HINT_TALLY,
    STR_CLASS_HINT_TALLY_HIDDEN,
    STR_CLASS_HINT_REVEAL,
    STR_CLASS_HINT_TEAMS, /* %zu: the number of teams */
    STR_CLASS_HINT_SCORES,
    STR_CLASS_HINT_END,
    STR_CLASS_PAUSED,
    STR_CLASS_TIME_UP,
    STR_CLASS_SECONDS_SHORT, /* %d: seconds left, under the big countdown */
    STR_CLASS_RIGHT,
    STR_CLASS_MULTI,              /* more than one option is right */
    STR_CLASS_NUMERIC_WRITE,      /* a numeric question while open: write the number down */
    STR_CLASS_NUMERIC_WRITE_UNIT, /* the same; %s: the question's unit */
    STR_CLASS_VOTES,              /* heading of the tally chart; %u: total votes */
    STR_CLASS_VOTES_MULTI,        /* the same for a question with more right answers */
    STR_CLASS_POINTS_FOR,         /* before the team chips */
    STR_CLASS_SCORES,             /* heading */
    STR_CLASS_FINAL,              /* heading */
    STR_CLASS_POINTS,             /* %d: points */
    STR_CLASS_POINT1,
    STR_CLASS_END,           /* heading */
    STR_CLASS_END_N,         /* %zu: questions asked */
    STR_CLASS_EXPORT,        /* button */
    STR_CLASS_EXPORTED,      /* followed by the path */
    STR_CLASS_EXPORT_FAILED, /* %s: the reason */
    STR_CLASS_NO_DATA_DIR,
    STR_CLASS_AGAIN, /* button */
    STR_CLASS_CLOSE, /* button */
    STR_CLASS_NEXT,  /* button: the next step */
    /* profiles and progress */
    STR_PROFILES_TITLE,
    STR_PROFILES_INTRO,
    STR_PROFILES_ACTIVE,  /* marks the open profile in the list */
    STR_PROFILES_PICK,    /* button */
    STR_PROFILES_RENAME,  /* button */
    STR_PROFILES_DELETE,  /* button */
    STR_PROFILES_SAVE,    /* button */
    STR_PROFILES_CANCEL,  /* button */
    STR_PROFILES_CONFIRM, /* %s: the name */
    STR_PROFILES_CONFIRM_BODY,
    STR_PROFILES_CONFIRM_YES, /* button */
    STR_PROFILES_NEW,         /* heading */
    STR_PROFILES_NAME_HINT,   /* placeholder of the name fields */
    STR_PROFILES_CREATE,      /* button */
    STR_PROFILES_NAME_RULE,
    STR_PROFILES_NOW,     /* %s: the name */
    STR_PROFILES_RENAMED, /* %s: the new name */
    STR_PROFILES_DELETED, /* %s: the name */
    STR_PROFILES_NO_DATA,
    STR_PRACTISING_AS,  /* followed by the name in bold */
    STR_SWITCH_PROFILE, /* button */
    STR_NOTICE_DISMISS, /* button that hides a notice */
    STR_STREAK_DAYS,    /* %zu: days in a row */
    STR_STREAK_TODAY,
    STR_STREAK_KEEP,
    STR_LEFT_OFF,        /* followed by the section */
    STR_NEXT_UP,         /* followed by the section */
    STR_FIRST_UP,        /* followed by the section */
    STR_SECTION_MASTERY, /* %d: percent */
    STR_GO_PRACTISE,     /* button */
    STR_ALL_MASTERED,
    STR_PROGRESS_OPEN, /* button to the progress screen */
    STR_PROGRESS_TITLE,
    STR_PROGRESS_RULE,       /* %d: the threshold in percent */
    STR_PROGRESS_SUMMARY,    /* %d percent, %zu of %zu questions, %zu answers */
    STR_PROGRESS_BY_SECTION, /* heading */
    STR_AXIS_MASTERY,        /* y axis */
    STR_AXIS_SECTION,        /* x axis */
    STR_AXIS_SCORE,          /* y axis */
    STR_AXIS_DATE,           /* x axis */
    STR_KEY_NOT_MASTERED,    /* legend */
    STR_KEY_MASTERED,        /* legend */
    STR_KEY_THRESHOLD,       /* legend; %d: the threshold in percent */
    STR_KEY_DAY_SCORE,       /* legend */
    STR_KEY_DAY_MASTERY,     /* legend */
    STR_PROGRESS_OVER_TIME,  /* heading */
    STR_PROGRESS_TESTS,      /* heading: past tests (toetsen) */
    STR_PROGRESS_TESTS_NONE,
    STR_PROGRESS_TEST_N, /* a past test: %d questions */
    STR_AXIS_GRADE,      /* y axis: cijfer */
    STR_AXIS_TEST,       /* x axis: the tests in order */
    STR_KEY_GRADE,       /* legend */
    STR_KEY_PASS_LINE,   /* legend: the 5,5 line */
    STR_PROGRESS_NO_HISTORY,
    STR_PROGRESS_WEAKEST, /* heading */
    STR_PROGRESS_WEAKEST_INTRO,
    STR_PROGRESS_GOAL_LINE,     /* %s: section number, %d: percent, %zu: questions */
    STR_PROGRESS_GOAL_LINE_ONE, /* %s: section number, %d: percent; a goal with one question */
    STR_KEEP_GOING,             /* followed by the section left off, which is also next */
    STR_PROGRESS_PRACTISE_GOAL, /* button; %zu: questions */
    STR_PROGRESS_PRACTISE_ONE,  /* button */
    STR_PROGRESS_NO_WEAK,
    STR_PROGRESS_EXPORT, /* heading */
    STR_PROGRESS_EXPORT_INTRO,
    STR_PROGRESS_EXPORT_BUTTON, /* button */
    STR_PROGRESS_EXPORTED,      /* %zu: rows; followed by the path */
    STR_PROGRESS_EXPORTED_ONE,  /* one row; followed by the path */
    STR_PROGRESS_EXPORT_FAILED, /* %s: the reason */
    STR_PROGRESS_EXPORT_FOLDER, /* followed by the exports folder's path */
    STR_PROGRESS_OPEN_FOLDER,   /* button: the exports folder in the file manager */
    STR_PROGRESS_OPEN_FAILED,   /* %s: the reason */
    STR_PROGRESS_NO_PROFILE,
    STR_MONTHS,       /* twelve short month names separated by spaces */
    STR_TOC_MASTERED, /* %d: percent; mastered sections */
    STR_TOC_NOT_PRACTISED,
    STR_ERROR_DISMISS,  /* button that hides an error */
    STR_REVIEW_SESSION, /* title of a review session */
    STR_REVIEW_TODAY,   /* %zu: questions in today's queue */
    STR_REVIEW_TODAY_ONE,
    STR_REVIEW_NOTHING,
    STR_REVIEW_FIRST_DAY,     /* %zu: new questions; nothing answered yet */
    STR_REVIEW_SPLIT,         /* %zu: reviews, %zu: new questions */
    STR_REVIEW_START,         /* button */
    STR_REVIEW_RULE,          /* the rating rule */
    STR_REVIEW_FORECAST,      /* %d: days; caption of the chart */
    STR_REVIEW_TODAY_SHORT,   /* first bar of the chart */
    STR_REVIEW_EXAM_DAYS,     /* %lld: days, %zu: questions */
    STR_REVIEW_EXAM_TOMORROW, /* %zu: questions */
    STR_REVIEW_EXAM_TODAY,    /* %zu: questions */
    STR_REVIEW_PREDICT,       /* %s: the cijfer (8,1), %s: voldoende or not */
    STR_REVIEW_PREDICT_NOW,   /* %s: the cijfer, %s: voldoende or not */
    STR_REVIEW_PASS,          /* 5,5 or more */
    STR_REVIEW_FAIL,          /* below 5,5 */
    STR_REVIEW_PREDICT_NOTE,  /* how the cijfer is predicted */
    STR_REVIEW_BACKLOG_AWAY,  /* %lld: days away, %zu: due, %zu: days, %zu: today */
    STR_REVIEW_BACKLOG,       /* %zu: due, %zu: days, %zu: today */
    STR_REVIEW_EXAM_LABEL,    /* label of the field */
    STR_REVIEW_NEW_LABEL,     /* label of the field */
    STR_REVIEW_SAVE,          /* button: the exam date and new per day */
    STR_REVIEW_CLEAR,         /* button */
    STR_REVIEW_SAVED,
    STR_REVIEW_EXAM_FORMAT,
    STR_REVIEW_EXAM_NO_DATE,  /* %s: what was typed */
    STR_REVIEW_EXAM_PAST,     /* %s: the date typed */
    STR_REVIEW_NEW_BAD,       /* %d: the most */
    STR_REVIEW_DONE_TITLE,    /* %zu: questions answered */
    STR_REVIEW_NEXT_TOMORROW, /* %zu: questions */
    STR_REVIEW_NEXT_IN,       /* %d: days, %zu: questions */
    STR_REVIEW_NEXT_NONE,
    STR_REVIEW_NEXT_TODAY,       /* %zu: questions */
    STR_REVIEW_RESULT_PREDICTED, /* %s: predicted cijfer, %s: the cijfer */
    STR_REVIEW_CHANCE_TITLE,     /* heading on the progress screen */
    STR_REVIEW_CHANCE_INTRO,
    STR_REVIEW_CHANCE_NOW,  /* %d: percent */
    STR_REVIEW_CHANCE_EXAM, /* %d: percent */
    STR_REVIEW_MORE_NEW,    /* %zu: new a day the plan uses, %d: the setting */
    /* the app's own failures (core's are AwError codes, below) */
    STR_ERR_PROFILES_UNREADABLE,
    STR_ERR_PROGRESS_NOT_OPENED,
    STR_ERR_PROGRESS_UNREADABLE,
    STR_ERR_NO_MEMORY_ANSWER,
    STR_ERR_NO_MEMORY_TESTS,
    STR_ERR_NO_MEMORY_REVIEW,
    STR_ERR_REVIEW_UNREADABLE, /* %s: the log's path */
    STR_ERR_NO_MEMORY_PRACTICE,
    STR_ERR_NO_MEMORY_REVIEWING,
    STR_ERR_NO_MEMORY_CHECK,
    STR_ERR_NO_MEMORY_SCENARIO,
    STR_ERR_NO_MEMORY_ROUTE,
    STR_ERR_NO_MEMORY_PAGE,
    /* the command line's own sentences and usage texts (cli_say, cli_str;
     * host.c for the program's options); stderr, never machine-read output */
    STR_CLI_LANG_MISSING,   /* --lang without a value */
    STR_CLI_LANG_UNKNOWN,   /* %s: the value given */
    STR_CLI_UNKNOWN_OPTION, /* %s: the option */
    STR_CLI_NEEDS_VALUE,    /* %s: the option */
    STR_CLI_NO_MEMORY,
    STR_CLI_NO_BUILTIN_COURSE,
    STR_CLI_CHECK_USAGE, /* lines ending in '\n' */
    STR_CLI_CHECK_TOO_MANY_PATHS,
    STR_CLI_CHECK_NO_BUILTIN,
    STR_CLI_CHECK_LINT_NO_MEMORY,
    STR_CLI_CHECK_SUMMARY, /* %zu %s: sections, questions; %s: the count per type;
                            * %zu %s with %zu %s: scenarios and nodes; %zu %s: terms; %zu %s: warnings */
    STR_CLI_CHECK_LINT,    /* after the summary; %zu %s: open findings, %zu: silenced */
    STR_CLI_CHECK_FAILED,  /* %zu %s: errors, %zu %s: warnings */
    STR_CLI_SECTION_ONE,   /* the nouns of the summary: one, then many */
    STR_CLI_SECTION_MANY,
    STR_CLI_QUESTION_ONE,
    STR_CLI_QUESTION_MANY,
    STR_CLI_SCENARIO_ONE,
    STR_CLI_SCENARIO_MANY,
    STR_CLI_NODE_ONE,
    STR_CLI_NODE_MANY,
    STR_CLI_TERM_ONE,
    STR_CLI_TERM_MANY,
    STR_CLI_WARNING_ONE,
    STR_CLI_WARNING_MANY,
    STR_CLI_ERROR_ONE,
    STR_CLI_ERROR_MANY,
    STR_CLI_EXPORT_USAGE,          /* lines ending in '\n' */
    STR_CLI_EXPORT_ONCE,           /* %s: the option */
    STR_CLI_EXPORT_FORMAT_UNKNOWN, /* %s: the value given */
    STR_CLI_EXPORT_WHO,
    STR_CLI_EXPORT_WHO_BOTH,
    STR_CLI_EXPORT_FORMAT,
    STR_CLI_EXPORT_PATH_TOO_LONG,   /* %s: the profile's id */
    STR_CLI_EXPORT_NO_COURSE,       /* --summary without the built-in course */
    STR_CLI_EXPORT_NO_COURSE_WARN,  /* the same without --summary */
    STR_CLI_EXPORT_COURSE_BAD,      /* %s: the folder; its messages follow */
    STR_CLI_EXPORT_COURSE_BAD_WARN, /* the same without --summary */
    STR_CLI_EXPORT_NO_DATA_DIR,
    STR_CLI_EXPORT_DATA_DIR_MISSING, /* %s: the folder */
    STR_CLI_EXPORT_NO_PROFILE,       /* %s: the name asked for, %s: the data folder; the names there follow */
    STR_CLI_EXPORT_PROFILES_THERE,   /* before the list of names, in brackets */
    STR_CLI_EXPORT_WRITE_FAILED,
    STR_CLI_EXPORT_XAPI_SUMMARY,
    STR_CLI_LRS_USAGE,
    STR_CLI_LRS_ACTION,
    STR_CLI_LRS_BAD_NUMBER,
    STR_CLI_LRS_WHERE,
    STR_CLI_LRS_WAITING,
    STR_CLI_LRS_RETRY,
    STR_CLI_LRS_ROUND,
    STR_CLI_LRS_CONFLICTS,
    STR_CLI_LRS_GAVE_UP,
    STR_CLI_LRS_REBUILT,
    STR_CLI_LRS_FAILED_ROUNDS,
    STR_LRS_NONE,
    STR_LRS_NOT_IN_BUILD,
    STR_LRS_SENDS_TO,
    STR_LRS_PENDING,
    STR_LRS_ALL_SENT,
    STR_CLI_KLAS_USAGE, /* lines ending in '\n' */
    STR_CLI_KLAS_FOLDER,
    STR_CLI_KLAS_NOT_FOLDER,  /* %s: the path */
    STR_CLI_KLAS_NOTHING,     /* %s: the folder */
    STR_CLI_KLAS_CSV_WRITTEN, /* %s: the file */
    STR_CLI_KLAS_CSV_FAILED,  /* %s: the file, %s: the reason */
    STR_KLAS_TITLE,
    STR_KLAS_COUNTS,     /* %zu students, %zu answers, %zu files */
    STR_KLAS_DUPLICATES, /* %zu: answers */
    STR_KLAS_SKIPPED,    /* %zu: files */
    STR_KLAS_UNKNOWN,    /* %zu: answers */
    STR_KLAS_MASTERY,    /* heading */
    STR_KLAS_BANDS,      /* the legend of the numbers */
    STR_KLAS_BAND_NONE,
    STR_KLAS_BAND_LOW,
    STR_KLAS_BAND_MID,
    STR_KLAS_BAND_HIGH,
    STR_KLAS_BAND_MASTERED,
    STR_KLAS_MEAN,        /* %d: percent */
    STR_KLAS_MISSED,      /* heading */
    STR_KLAS_MISSED_LINE, /* %zu missed of %zu attempts, %d percent */
    STR_KLAS_DISTRACTOR,  /* %s: the option, %zu: times */
    STR_KLAS_NONE_MISSED,
    STR_KLAS_UNPRACTISED,       /* heading */
    STR_KLAS_UNPRACTISED_COUNT, /* %zu: students (two or more) */
    STR_KLAS_UNPRACTISED_ONE,   /* the same for one */
    STR_KLAS_ALL_PRACTISED,
    STR_KLAS_GRADES,         /* heading */
    STR_KLAS_GRADES_SUMMARY, /* %zu tested, %zu passed, %s mean grade */
    STR_KLAS_NO_GRADES,
    STR_KLAS_GRADE_COUNT,    /* %d: the grade, %zu: students */
    STR_KLAS_GRADE_LINE,     /* %s: grade, %s: date and time */
    STR_KLAS_GRADE_ANSWERED, /* %zu: answered questions */
    STR_KLAS_PASS,
    STR_KLAS_FAIL,
    STR_KLAS_NAMES_HIDDEN,
    STR_KLAS_SHOW_NAMES, /* toggle */
    STR_KLAS_FOLDER_LABEL,
    STR_KLAS_READ,      /* button */
    STR_KLAS_WRITE_CSV, /* button */
    STR_KLAS_CSV_SAVED, /* %s: the file */
    STR_KLAS_EMPTY,
    STR_KLAS_PROBLEMS, /* %zu: messages */
    STR_START_KLAS,
    STR_KLAS_NO_MEMORY,        /* button in the teacher's area */
    STR_CLI_FSRS_USAGE,        /* lines ending in '\n' */
    STR_CLI_FSRS_EMPTY,        /* %zu: the review's number */
    STR_CLI_FSRS_SHAPE,        /* %zu: the review's number, %.*s: the review */
    STR_CLI_FSRS_DAY,          /* %zu %.*s: the review, %.*s: its day, %d: the highest day */
    STR_CLI_FSRS_RATING,       /* %zu %.*s: the review, %.*s: its rating */
    STR_CLI_FSRS_BACKWARDS,    /* %zu %.*s: the review, %ld: its day, %ld: the day before */
    STR_CLI_FSRS_RETENTION,    /* %s: the value given */
    STR_CLI_FSRS_OPTION_VALUE, /* %s: --reviews or --day at the end */
    STR_CLI_FSRS_NO_REVIEWS,
    STR_CLI_FSRS_DAY_BEFORE, /* %s: the value given, %ld: the last review's day */
    STR_CLI_BENCH_USAGE,     /* ends in '\n' */
    STR_CLI_SPEAK_USAGE,     /* lines ending in '\n' */
    STR_CLI_SPEAK_WHAT,      /* neither --text nor --section, or both */
    STR_CLI_SPEAK_NO_WAV,
    STR_CLI_SPEAK_RATE,        /* %s: the value given, %d: the least, %d: the most */
    STR_CLI_SPEAK_NO_SECTION,  /* %s: the id */
    STR_CLI_SPEAK_COURSE_BAD,  /* %s: the folder; its messages follow */
    STR_CLI_SPEAK_LEXICON_BAD, /* %s: the file; its messages follow */
    STR_CLI_SPEAK_CANNOT,      /* %s: the reason (an AwError worded) */
    STR_CLI_SPEAK_WRITE,       /* %s: AW_ERR_WRITE worded (the file, the system's reason) */
    STR_CLI_SPEAK_NOTHING,
    STR_CLI_BENCH_PROGRESS_USAGE, /* ends in '\n' */
    STR_CLI_BENCH_UNKNOWN,        /* %s: the measurement asked for */
    STR_CLI_BENCH_NO_TEMP,        /* %s: the system's reason */
    STR_CLI_BENCH_BANK,           /* %s: the folder */
    STR_CLI_BENCH_NO_QUESTIONS,
    STR_CLI_BENCH_LOG_DIFFERS,
    STR_CLI_BENCH_BIG_LOG_DIFFERS,
    STR_CLI_BENCH_LOG_ANSWERS,
    STR_CLI_HOST_USAGE, /* the program's own; lines ending in '\n' */
    STR_CLI_HOST_SEED,  /* %s: the value given */
    STR_CLI_HOST_SIZE,  /* %s: the value given */
    STR_CLI_HOST_SCALE, /* %s: the value given */
    STR_CLI_HOST_SCRIPT_OUT,
    STR_CLI_HOST_OPEN_FOLDER, /* %s: the folder */
    STR_CLI_HOST_NO_SDL,      /* %s: SDL's reason */
    STR_CLI_HOST_NO_FONT,     /* %s: the reason */
    STR_CLI_HOST_NO_COURSE,
    STR_CLI_HOST_COURSE_BAD,       /* %s: the folder */
    STR_CLI_HOST_NO_WINDOW,        /* %s: SDL's reason */
    STR_CLI_HOST_NO_RENDERER,      /* %s: SDL's reason */
    STR_CLI_IMPORT_USAGE,          /* lines ending in '\n' */
    STR_CLI_IMPORT_FORMAT_UNKNOWN, /* %s: the format asked for */
    STR_CLI_IMPORT_NO_FILE,
    STR_CLI_IMPORT_NO_OUT,
    STR_CLI_IMPORT_CANNOT_READ, /* %s: the file, %s: the system's reason */
    STR_CLI_IMPORT_NOTHING_WRITTEN,
    STR_CLI_IMPORT_EXISTS,       /* %s: the file */
    STR_CLI_IMPORT_WRITE_FAILED, /* %s: the file, %s: the reason */
    STR_CLI_IMPORT_DONE,         /* %zu questions, %zu skipped, %s the folder, %zu files */
    STR_CLI_IMPORT_QUESTION,     /* %s: a question's id, before a loader message */
    STR_CLI_EXPORT_GIFT_USAGE,   /* lines ending in '\n' */
    STR_GIFT_RIGHT,              /* the words of an imported lesson file (GiftWords) */
    STR_GIFT_WRONG,
    STR_GIFT_EXPLANATION,
    STR_GIFT_GOAL,  /* {1}: the category */
    STR_GIFT_INTRO, /* {1}: the category, {2}: the file */
    STR_GIFT_UNTITLED,
    STR_GIFT_PAIR,  /* {1}: left, {2}: right */
    STR_GIFT_BLANK, /* {1}: the first accepted answer */
    /* the live class quiz (issue 15) */
    STR_LIVE_NOT_IN_BUILD,
    STR_LIVE_ERR_ASSETS, /* %s: the folder */
    STR_LIVE_ERR_PORT,
    STR_LIVE_ERR_MEMORY,
    STR_CLI_BENCH_LIVE_USAGE,  /* ends in '\n' */
    STR_CLI_BENCH_LIVE_PHONES, /* %s: the value given, %d: the most */
    STR_CLI_BENCH_LIVE_FAILED, /* %s: the step */
    STR_LIVE_HEAD,             /* heading in the setup */
    STR_LIVE_ON,               /* check box */
    STR_LIVE_HINT,
    STR_LIVE_IFACE,      /* heading */
    STR_LIVE_IFACE_ITEM, /* %s: name, %s: address */
    STR_LIVE_NO_IFACE,
    STR_LIVE_LOOPBACK,    /* check box */
    STR_LIVE_PORT,        /* label */
    STR_LIVE_CLASSLIST,   /* label */
    STR_LIVE_NICKS,       /* check box */
    STR_LIVE_LOCK_ALL,    /* check box */
    STR_LIVE_SPEED,       /* check box */
    STR_LIVE_STANDINGS,   /* heading */
    STR_LIVE_STAND_TEAMS, /* choice */
    STR_LIVE_STAND_TOP5,  /* choice */
    STR_LIVE_STAND_NONE,  /* choice */
    STR_LIVE_ANON,        /* check box */
    STR_LIVE_LOBBY_TITLE, /* heading */
    STR_LIVE_LOBBY_STEPS,
    STR_LIVE_CODE,     /* %s: the 4 digits */
    STR_LIVE_JOINED_N, /* %zu: students */
    STR_LIVE_JOINED_1,
    STR_LIVE_LOBBY_EMPTY,
    STR_LIVE_START,         /* button */
    STR_LIVE_REMOVE,        /* button: %s: the name */
    STR_LIVE_ANSWERED,      /* %zu of %zu */
    STR_LIVE_PHONES,        /* heading of the players during play */
    STR_LIVE_TOP5,          /* heading */
    STR_LIVE_START_FAILED,  /* %s: the reason */
    STR_LIVE_CLASSLIST_BAD, /* %s: the first problem */
    /* the wording of diagnostics (i18n_diag) */
    STR_DIAG_TOP_LEVEL, /* the JSON path of a whole file: "(top level)" */
    STR_DIAG_WARNING,   /* the level of a warning, before ": " and the message */
    STR_DIAG_ERROR,     /* the level of an error (a lint finding under --strict) */
    STR_DIAG_SILENCED,  /* the level of a silenced lint finding */
    STR_DIAG_WHY,       /* %s: the teacher's reason for a silence */
    STR_COUNT
} StrId;

/* The string for ID in LANG (i18n.c); never NULL ("?" for a key out of range). */
const char *str_get(Lang lang, StrId id);

/* The tables (strings_nl.c, strings_en.c), indexed by StrId. */
extern const char *const strings_nl[STR_COUNT];
extern const char *const strings_en[STR_COUNT];

/* The wording of core's errors (core/error.h), indexed by AwErrCode: a
 * sentence with named places that i18n_error fills from the AwError:
 * {path}, {what}, {sys} (strerror of its errno), {num}, {num2}. Every code
 * but AW_OK has a line in both tables, with the same places (test_strings
 * walks the enum). */
extern const char *const errors_nl[AW_ERR_COUNT];
extern const char *const errors_en[AW_ERR_COUNT];

/* Words ERR in LANG into BUF (at most N bytes, always terminated; a long
 * path or value is cut, never the sentence's end marker). Returns BUF. */
char *i18n_error(const AwError *err, Lang lang, char *buf, size_t n);

/* The wording of core's diagnostics (core/diag.h), indexed by DiagCode:
 * a template with numbered places for the code's N details, in the order
 * the language needs: {1}..{N} write the detail, {N:word} the words for a
 * token (a JSON type such as "number", an item kind such as "option"),
 * {N:sys} the system's words for an errno, {N:dec} a number with the
 * language's decimal separator, {N|one|many} "one" when detail N is 1,
 * else "many". Every code has a
 * line in both tables that uses exactly its details (test_diag walks the
 * enum). */
extern const char *const diags_nl[DIAG_CODE_COUNT];
extern const char *const diags_en[DIAG_CODE_COUNT];

/* Words M in LANG into BUF (at most N bytes, always terminated): the place
 * first, unchanged so that editors can jump to it ("file:LINE:COL: ",
 * "file: json.path: ", "file: " or nothing), then the sentence. The level
 * is not worded (see STR_DIAG_WARNING). Returns BUF. */
char *i18n_diag(const DiagMessage *m, Lang lang, char *buf, size_t n);
/* Only the sentence of M, without its place. Returns BUF. */
char *i18n_diag_text(const DiagMessage *m, Lang lang, char *buf, size_t n);
/* The template of CODE in LANG (Dutch when the language has none); "?" out
 * of range. */
const char *i18n_diag_template(DiagCode code, Lang lang);

/* LANG_EN when the locale value (LC_ALL, LC_MESSAGES or LANG) starts with
 * "en", else LANG_NL. NULL or "" gives LANG_NL. */
Lang lang_from_locale(const char *value);
/* "nl" or "en" to a Lang; false for anything else. */
int lang_from_code(const char *code, Lang *out);

#endif
