/* speech_labels.h - the words the read-aloud says that the screen does not
 * show ("Na deze paragraaf kun je:", "Voorbeeld", "open plek", "Uitleg").
 * Always Dutch, whatever the interface language: the voice and the course
 * are Dutch, and an English word in a Dutch sentence would be read wrong.
 * The window (speak-ui) and `accountwijs speak` share them. */
#ifndef ACCOUNTWIJS_SPEECH_LABELS_H
#define ACCOUNTWIJS_SPEECH_LABELS_H

#include "speech_text.h"

SpeechLabels speech_labels(void);

#endif
