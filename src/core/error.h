/* error.h - what went wrong, without words: core reports a failure as a
 * code and its details (the errno, the path, the offending value or JSON
 * path, a number); the string tables in ui/ word it in the user's language
 * (ui/i18n.h i18n_error) for the window and for check/export alike. Core
 * writes no sentence for the user itself.
 *
 * A function that can fail takes an AwError *ERR from its caller and fills
 * it when it returns false; a caller that only passes the failure on hands
 * the same AwError down. Each code's comment says which details it sets. */
#ifndef ACCOUNTWIJS_ERROR_H
#define ACCOUNTWIJS_ERROR_H

#include <stdbool.h>

typedef enum {
    AW_OK,
    /* any module */
    AW_ERR_NO_MEMORY,         /* nothing */
    AW_ERR_PATH_TOO_LONG,     /* path: the path (or the start of it) */
    AW_ERR_DATA_DIR_TOO_LONG, /* nothing: the data folder's path leaves no room */
    /* fsutil.c */
    AW_ERR_BAD_FOLDER,   /* path: empty or too long a folder name */
    AW_ERR_NOT_A_FOLDER, /* path: exists, but is no folder */
    AW_ERR_MKDIR,        /* path: the folder that could not be made; sys */
    AW_ERR_WRITE,        /* path, sys */
    /* profiles.c */
    AW_ERR_NAME_NOT_UTF8,       /* nothing */
    AW_ERR_NAME_CONTROL,        /* nothing */
    AW_ERR_NAME_TOO_LONG,       /* num: the most characters */
    AW_ERR_NAME_EMPTY,          /* nothing */
    AW_ERR_NAME_INVISIBLE,      /* nothing */
    AW_ERR_NAME_TOO_MANY_CHARS, /* num: the most characters, num2: how many it has */
    AW_ERR_NAME_DOES_NOT_FIT,   /* nothing */
    AW_ERR_NAME_TAKEN,          /* what: the other profile's name */
    AW_ERR_NO_PROFILE,          /* nothing */
    AW_ERR_PROFILES_LOCK,       /* path: the profiles folder, sys */
    AW_ERR_PROFILES_UNREADABLE, /* path: the profiles folder, sys */
    AW_ERR_PROFILE_MKDIR,       /* path: the profiles folder, sys */
    AW_ERR_PROFILE_SAVE,        /* path: the profile's folder, sys */
    AW_ERR_PROFILE_DELETE,      /* path: the profile's folder, sys */
    /* app/settings.c (the shell words them like core's) */
    AW_ERR_SETTINGS_TOO_LONG, /* path: the settings file */
    AW_ERR_PLACE_TOO_LONG,    /* path: the reading place's file */
    /* progress.c (recording an answer) */
    AW_ERR_LOG_READ_ONLY,    /* nothing */
    AW_ERR_LOG_BROKEN,       /* nothing */
    AW_ERR_BAD_ITEM_ID,      /* what: the code given */
    AW_ERR_NO_ITEM_ID,       /* nothing */
    AW_ERR_BAD_VERSION,      /* what: the version given */
    AW_ERR_NO_VERSION,       /* nothing */
    AW_ERR_BAD_SESSION,      /* what: the code given */
    AW_ERR_BAD_ATTEMPT,      /* nothing */
    AW_ERR_ANSWER_NOT_JSON,  /* nothing */
    AW_ERR_ANSWER_TOO_LONG,  /* num: its length, num2: the most */
    AW_ERR_SHOWN_NOT_JSON,   /* nothing */
    AW_ERR_SHOWN_TOO_LONG,   /* num: its length, num2: the most */
    AW_ERR_DISK_FULL,        /* path: the log, sys */
    AW_ERR_ANSWER_NOT_SAVED, /* path: the log, sys */
    /* exam_log.c */
    AW_ERR_NO_MEMORY_EXAM_SAVE, /* nothing */
    AW_ERR_EXAM_NOT_SAVED,      /* path: the tests file, sys */
    AW_ERR_EXAMS_UNREADABLE,    /* path: the tests file, sys */
    AW_ERR_NO_MEMORY_EXAM_READ, /* nothing */
    /* mastery.c, export.c */
    AW_ERR_NO_MEMORY_MASTERY,     /* nothing */
    AW_ERR_EXPORT_STOPPED,        /* nothing: writing the rows out failed */
    AW_ERR_EXPORT_LOG_UNREADABLE, /* path: the log */
    AW_ERR_EXPORT_NEEDS_COURSE,   /* nothing */
    /* resume.c (a saved test or practice round) */
    AW_ERR_RESUME_UNREADABLE, /* path, sys */
    AW_ERR_RESUME_NUL,        /* path: the file holds a NUL byte */
    AW_ERR_RESUME_NOT_JSON,   /* nothing */
    AW_ERR_RESUME_FIELD,      /* what: the field that is missing or wrong ("items[3]") */
    AW_ERR_RESUME_OTHER,      /* what: "kind" or "course": saved for another kind or course */
    AW_ERR_RESUME_QUESTION,   /* what: the id of a question that is gone or no longer fits */
    AW_ERR_RESUME_SECTION,    /* what: the id of a section that is gone */
    /* lrs_conf.c, xapi_queue.c, src/lrs (the school's Learning Record Store) */
    AW_ERR_LRS_CONF_UNREADABLE, /* path, sys */
    AW_ERR_LRS_CONF_LINE,       /* path, num: the line, what: its text */
    AW_ERR_LRS_CONF_KEY,        /* path, num: the line, what: the key */
    AW_ERR_LRS_CONF_VALUE,      /* path, num: the line, what: the key */
    AW_ERR_LRS_CONF_MISSING,    /* path, what: the key missing */
    AW_ERR_LRS_QUEUE_BUSY,      /* path: the queue folder */
    AW_ERR_LRS_QUEUE_IO,        /* path, sys */
    AW_ERR_LRS_HTTP,            /* num: the HTTP status, what: the start of the answer */
    AW_ERR_LRS_NETWORK,         /* what: what the network library said */
    AW_ERR_LRS_NOT_IN_BUILD,    /* nothing */
    /* speech/ (read aloud) */
    AW_ERR_SPEECH_MISSING,  /* nothing: this build has no speech engine */
    AW_ERR_SPEECH_NO_DATA,  /* path: the espeak-ng-data folder tried ("" for espeak's default) */
    AW_ERR_SPEECH_NO_VOICE, /* what: the voice */
    AW_ERR_SPEECH_BUSY,     /* nothing: the engine is open already */
    AW_ERR_SPEECH_SYNTH,    /* num: espeak-ng's error code */
    AW_ERR_SPEECH_THREAD,   /* sys */
    AW_ERR_COUNT
} AwErrCode;

enum { AW_ERROR_PATH_SIZE = 1024, AW_ERROR_WHAT_SIZE = 256 };

typedef struct AwError {
    AwErrCode code;
    int sys;                       /* errno of the failed call; 0 when there is none */
    long long num;                 /* a number the message names (a limit, a count) */
    long long num2;                /* a second one */
    char path[AW_ERROR_PATH_SIZE]; /* a file or folder; "" when none */
    char what[AW_ERROR_WHAT_SIZE]; /* the offending value, a key, a name; "" when none */
} AwError;

/* Sets ERR to CODE with no details and returns false (for `return
 * aw_fail(err, ...)`). ERR may be NULL: nothing is recorded. */
bool aw_fail(AwError *err, AwErrCode code);
/* aw_fail with a path (may be NULL) and an errno (0: none). */
bool aw_fail_path(AwError *err, AwErrCode code, const char *path, int sys);
/* aw_fail with the offending value or key WHAT (may be NULL). */
bool aw_fail_what(AwError *err, AwErrCode code, const char *what);

/* The code's name in the source ("AW_ERR_WRITE"), for tests and logs;
 * "AW_ERR_?" for a value out of range. */
const char *aw_error_name(AwErrCode code);

#endif
