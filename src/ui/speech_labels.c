/* speech_labels.c - see speech_labels.h. The labels the screen shows too
 * come from the Dutch string table, so the voice says what a Dutch reader
 * sees. */
#include "speech_labels.h"

#include "i18n.h"

SpeechLabels speech_labels(void)
{
    return (SpeechLabels){
        .goals_intro = str_get(LANG_NL, STR_GOALS_INTRO),
        .example = str_get(LANG_NL, STR_EXAMPLE),
        .blank = "open plek",
        .explanation = str_get(LANG_NL, STR_QUIZ_EXPLANATION),
    };
}
