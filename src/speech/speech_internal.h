/* speech_internal.h - what speech.c gives the worker beyond speech.h. */
#ifndef ACCOUNTWIJS_SPEECH_INTERNAL_H
#define ACCOUNTWIJS_SPEECH_INTERNAL_H

#include "speech.h"

/* speech_synth that asks STOP(ARG) after each piece of audio and ends the
 * synthesis early (true, with what was made so far) when it says so. */
bool speech_synth_stoppable(Speech *s, const char *text, size_t len, uint32_t base, int rate, SpeechAudio *out,
                            bool (*stop)(void *), void *arg, AwError *err);

#endif
