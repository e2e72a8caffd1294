/* speak_host.h - the host's side of reading aloud (app/speak.h): the
 * speech worker (src/speech) started on first use, its audio played
 * through an SDL audio device, and the word being spoken worked out from
 * the samples played. Without a sound device (sound off, CI) and always
 * under the headless harness the words follow the app's clock instead: the
 * real one, or the harness's virtual one, for which the worker is waited
 * on so that every run lights the same words at the same `wait`. */
#ifndef ACCOUNTWIJS_SPEAK_HOST_H
#define ACCOUNTWIJS_SPEAK_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "i18n.h"
#include "speak.h"

typedef struct SpeakHostState SpeakHostState;

/* A read-aloud host for CONTENT_DIR's pronunciation list (uitspraak.json;
 * a missing list is not an error), messages in LANG. NOW and CTX give the
 * app's clock; VIRTUAL_CLOCK (the harness) uses no sound device and waits
 * for the worker. Nothing is opened until the first request. NULL when
 * out of memory. */
SpeakHostState *speak_host_new(const char *content_dir, Lang lang, bool virtual_clock, uint64_t (*now)(void *ctx),
                               void *ctx);
/* Stops the worker and closes the sound device. S may be NULL. */
void speak_host_free(SpeakHostState *s);

/* The services for App.speak_host, with the SpeakHostState as
 * App.speak_ctx. */
const SpeakHost *speak_host_services(void);

#endif
