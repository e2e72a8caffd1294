/* lrs.h - sending the queued xAPI statements (core/xapi_queue.h) to the
 * school's Learning Record Store (core/lrs_conf.h says where), with
 * libcurl. The layer awlrs links only core and os; the window (platform)
 * runs the background sender, `accountwijs lrs` (cli) one round at a time.
 *
 * A batch is POSTed as a JSON array to ENDPOINT/statements with the
 * headers X-Experience-API-Version: 1.0.3 and Content-Type:
 * application/json and Basic authentication (key, secret). Only an answer
 * of 200 marks it sent; anything else (no network, a timeout, 4xx, 5xx)
 * leaves it queued for the next try. One exception keeps a queue from
 * sticking forever: a 409 Conflict for a batch is tried again one
 * statement at a time, and a single statement the LRS answers 409 already
 * has a statement with that id (xAPI: ids are unique), so it counts as
 * delivered (LrsRound.conflicts).
 *
 * Built without libcurl (AW_NO_LRS: the Windows build), every function
 * says so with AW_ERR_LRS_NOT_IN_BUILD and the sender never starts. */
#ifndef ACCOUNTWIJS_LRS_H
#define ACCOUNTWIJS_LRS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "error.h"
#include "lrs_conf.h"

/* True when this build can send (it has libcurl). */
bool lrs_available(void);

/* libcurl's global setup: once, from the main thread, before any round
 * (lrs_sender_start and `accountwijs lrs send` call it). */
void lrs_init(void);

/* ---- one round ------------------------------------------------------------ */

typedef struct {
    size_t queued;    /* statements added to the queue from the logs */
    size_t sent;      /* statements the LRS accepted (200) */
    size_t conflicts; /* single statements the LRS answered 409 (it has their id) */
    size_t pending;   /* statements still waiting afterwards */
} LrsRound;

/* Collects the new statements of DATA_DIR's profiles (course C, may be
 * NULL) into the queue and sends batches of CONF->batch until the queue is
 * empty or a request fails. STOP (may be NULL) is polled during requests:
 * when it becomes true the request is cut off (and counts as not sent).
 * False with ERR when something stays unsent (AW_ERR_LRS_NETWORK,
 * AW_ERR_LRS_HTTP, AW_ERR_LRS_QUEUE_BUSY, AW_ERR_LRS_QUEUE_IO, ...); OUT
 * says how far it came either way. */
bool lrs_round(const char *data_dir, const Course *c, const LrsConf *conf, const atomic_bool *stop, LrsRound *out,
               AwError *err);

/* ---- the background sender ----------------------------------------------- */

/* What the sender did last, for Instellingen. */
typedef struct {
    bool running;
    size_t pending;       /* waiting after the last round */
    size_t queued;        /* put in the queue since the start */
    size_t sent;          /* accepted since the start */
    size_t failed_rounds; /* rounds that left something unsent (each followed by a pause) */
    int64_t last_ok_ms;   /* wall clock of the last round that emptied the queue; 0: none yet */
    AwError last_error;   /* of the last round (code AW_OK when it went well) */
    int64_t next_try_ms;  /* wall clock of the next round */
} LrsStatus;

typedef struct LrsSender LrsSender;

/* Starts a thread that sends DATA_DIR's statements to the LRS of CONF
 * (copied): a round at once, then one every POLL_MS (new answers are
 * picked up from the logs) or when poked; after a failed round it waits
 * 2 s, 4 s, 8 s, ... up to 5 minutes before the next. CONTENT_DIR is the
 * course the statements describe, loaded by the thread itself (NULL: no
 * definitions). NULL when CONF sends nothing, the build cannot send, or the
 * thread cannot start. */
LrsSender *lrs_sender_start(const char *data_dir, const char *content_dir, const LrsConf *conf, long poll_ms);

/* Asks for a round soon (an answer was just recorded). */
void lrs_sender_poke(LrsSender *s);

/* A snapshot of what the sender is doing. */
void lrs_sender_status(LrsSender *s, LrsStatus *out);

/* Stops the thread (a request under way is cut off) and frees S. What was
 * not sent stays queued for the next start. NULL is fine. */
void lrs_sender_stop(LrsSender *s);

#endif
