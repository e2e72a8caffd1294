/* error.c - see error.h. */
#include "error.h"

#include <stdio.h>
#include <string.h>

bool aw_fail(AwError *err, AwErrCode code)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = code;
    }
    return false;
}

bool aw_fail_path(AwError *err, AwErrCode code, const char *path, int sys)
{
    aw_fail(err, code);
    if (err) {
        err->sys = sys;
        snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    }
    return false;
}

bool aw_fail_what(AwError *err, AwErrCode code, const char *what)
{
    aw_fail(err, code);
    if (err)
        snprintf(err->what, sizeof err->what, "%s", what ? what : "");
    return false;
}

#define NAME(c) [c] = #c
static const char *const names[AW_ERR_COUNT] = {
    NAME(AW_OK),
    NAME(AW_ERR_NO_MEMORY),
    NAME(AW_ERR_PATH_TOO_LONG),
    NAME(AW_ERR_DATA_DIR_TOO_LONG),
    NAME(AW_ERR_BAD_FOLDER),
    NAME(AW_ERR_NOT_A_FOLDER),
    NAME(AW_ERR_MKDIR),
    NAME(AW_ERR_WRITE),
    NAME(AW_ERR_NAME_NOT_UTF8),
    NAME(AW_ERR_NAME_CONTROL),
    NAME(AW_ERR_NAME_TOO_LONG),
    NAME(AW_ERR_NAME_EMPTY),
    NAME(AW_ERR_NAME_INVISIBLE),
    NAME(AW_ERR_NAME_TOO_MANY_CHARS),
    NAME(AW_ERR_NAME_DOES_NOT_FIT),
    NAME(AW_ERR_NAME_TAKEN),
    NAME(AW_ERR_NO_PROFILE),
    NAME(AW_ERR_PROFILES_LOCK),
    NAME(AW_ERR_PROFILES_UNREADABLE),
    NAME(AW_ERR_PROFILE_MKDIR),
    NAME(AW_ERR_PROFILE_SAVE),
    NAME(AW_ERR_PROFILE_DELETE),
    NAME(AW_ERR_SETTINGS_TOO_LONG),
    NAME(AW_ERR_PLACE_TOO_LONG),
    NAME(AW_ERR_LOG_READ_ONLY),
    NAME(AW_ERR_LOG_BROKEN),
    NAME(AW_ERR_BAD_ITEM_ID),
    NAME(AW_ERR_NO_ITEM_ID),
    NAME(AW_ERR_BAD_VERSION),
    NAME(AW_ERR_NO_VERSION),
    NAME(AW_ERR_BAD_SESSION),
    NAME(AW_ERR_BAD_ATTEMPT),
    NAME(AW_ERR_ANSWER_NOT_JSON),
    NAME(AW_ERR_ANSWER_TOO_LONG),
    NAME(AW_ERR_SHOWN_NOT_JSON),
    NAME(AW_ERR_SHOWN_TOO_LONG),
    NAME(AW_ERR_DISK_FULL),
    NAME(AW_ERR_ANSWER_NOT_SAVED),
    NAME(AW_ERR_NO_MEMORY_EXAM_SAVE),
    NAME(AW_ERR_EXAM_NOT_SAVED),
    NAME(AW_ERR_EXAMS_UNREADABLE),
    NAME(AW_ERR_NO_MEMORY_EXAM_READ),
    NAME(AW_ERR_NO_MEMORY_MASTERY),
    NAME(AW_ERR_EXPORT_STOPPED),
    NAME(AW_ERR_EXPORT_LOG_UNREADABLE),
    NAME(AW_ERR_EXPORT_NEEDS_COURSE),
    NAME(AW_ERR_RESUME_UNREADABLE),
    NAME(AW_ERR_RESUME_NUL),
    NAME(AW_ERR_RESUME_NOT_JSON),
    NAME(AW_ERR_RESUME_FIELD),
    NAME(AW_ERR_RESUME_OTHER),
    NAME(AW_ERR_RESUME_QUESTION),
    NAME(AW_ERR_RESUME_SECTION),
    NAME(AW_ERR_LRS_CONF_UNREADABLE),
    NAME(AW_ERR_LRS_CONF_LINE),
    NAME(AW_ERR_LRS_CONF_KEY),
    NAME(AW_ERR_LRS_CONF_VALUE),
    NAME(AW_ERR_LRS_CONF_MISSING),
    NAME(AW_ERR_LRS_QUEUE_BUSY),
    NAME(AW_ERR_LRS_QUEUE_IO),
    NAME(AW_ERR_LRS_HTTP),
    NAME(AW_ERR_LRS_NETWORK),
    NAME(AW_ERR_LRS_NOT_IN_BUILD),
    NAME(AW_ERR_SPEECH_MISSING),
    NAME(AW_ERR_SPEECH_NO_DATA),
    NAME(AW_ERR_SPEECH_NO_VOICE),
    NAME(AW_ERR_SPEECH_BUSY),
    NAME(AW_ERR_SPEECH_SYNTH),
    NAME(AW_ERR_SPEECH_THREAD),
};

const char *aw_error_name(AwErrCode code)
{
    return (unsigned)code < AW_ERR_COUNT && names[code] ? names[code] : "AW_ERR_?";
}
