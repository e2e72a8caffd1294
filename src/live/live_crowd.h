/* live_crowd.h - a class of test phones: N WebSocket clients (live_client.h)
 * on a thread of their own that join a live quiz, follow its states and
 * answer when told. `accountwijs bench live` measures with it and the
 * harness's `phones` commands play a class with it. Not for the Windows
 * build (AW_NO_LIVE: live_crowd_start fails). */
#ifndef ACCOUNTWIJS_LIVE_CROWD_H
#define ACCOUNTWIJS_LIVE_CROWD_H

#include <stdbool.h>
#include <stddef.h>

typedef struct LiveCrowd LiveCrowd;

/* Connects N phones to ADDR:PORT and has each join session CODE: with
 * NAMES[i] when NAMES is given, else with a generated name. Returns at
 * once; the joins go on in the crowd's thread, one after the other (each
 * waits for the welcome of the one before). NULL when out of memory or
 * the thread cannot start. */
LiveCrowd *live_crowd_start(const char *addr, int port, const char *code, size_t n, const char *const *names);
/* Disconnects every phone (a drop, as when phones leave) and frees C. */
void live_crowd_stop(LiveCrowd *c);

/* How many phones got their welcome. */
size_t live_crowd_joined(LiveCrowd *c);
/* Waits up to TIMEOUT_MS until every joined phone still connected has
 * been told phase PHASE ("question", "reveal", ...); true when they have. */
bool live_crowd_wait_phase(LiveCrowd *c, const char *phase, int timeout_ms);
/* Phone I answers the open question with the letters in CHOICE (bit K =
 * letter K) AFTER_MS milliseconds from now. */
void live_crowd_answer(LiveCrowd *c, size_t i, unsigned choice, double after_ms);
/* Waits up to TIMEOUT_MS until N acks have come; true when they have. */
bool live_crowd_wait_acks(LiveCrowd *c, size_t n, int timeout_ms);
/* The milliseconds from each answer sent to its ack, in phone order (the
 * phones that were acked; returns how many). */
size_t live_crowd_latencies(LiveCrowd *c, double *out, size_t max);
/* os_mono_ms() when the last answer was sent (0: none). */
double live_crowd_last_sent(LiveCrowd *c);

#endif
