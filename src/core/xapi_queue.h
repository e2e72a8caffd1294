/* xapi_queue.h - the statements waiting for the school's LRS, in the data
 * folder, so that nothing is lost while the network or the LRS is away.
 * The attempt logs stay the truth: the queue is made from them and can be
 * made again (xapi_queue_rebuild); an LRS keeps one statement per id and
 * the ids are stable (xapi.h), so a statement queued twice counts once.
 *
 *   DATA/xapi/queue.jsonl  one statement a line, appended (one write, then
 *                          fsync); a torn last line after a crash is cut
 *                          off when the queue is next opened
 *   DATA/xapi/state        how far each profile's files are queued and
 *                          how much of the queue is sent; replaced
 *                          atomically, only after what it describes is on
 *                          disk (the queue appended, or the LRS's 200):
 *                            accountwijs-lrs-queue 1
 *                            sent BYTES
 *                            p-0123456789abcdef ATTEMPT_BYTES TESTS
 *   DATA/xapi/lock         locked while a program collects or sends, so
 *                          the window and `accountwijs lrs send` never
 *                          send the same queue at once
 *
 * A crash between two steps repeats work (statements queued or sent
 * twice), never skips any. When everything queued is sent and the queue
 * has grown past 1 MiB it starts again empty.
 *
 * One XapiQueue belongs to one thread at a time (the sender's). */
#ifndef ACCOUNTWIJS_XAPI_QUEUE_H
#define ACCOUNTWIJS_XAPI_QUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "course.h"
#include "error.h"
#include "jsonl.h"
#include "xapi.h"

#define XAPI_QUEUE_DIR "xapi"

typedef struct XapiQueue XapiQueue;

/* Opens DATA_DIR/xapi (made when missing), takes its lock without waiting,
 * reads the state and cuts a torn last line off the queue. NULL with ERR:
 * AW_ERR_LRS_QUEUE_BUSY (another program holds it), AW_ERR_LRS_QUEUE_IO
 * (path, sys), AW_ERR_NO_MEMORY. */
XapiQueue *xapi_queue_open(const char *data_dir, AwError *err);

/* Releases the lock and frees Q (NULL is fine). */
void xapi_queue_close(XapiQueue *q);

/* Appends the statements of every profile's attempts and tests that are
 * not queued yet (for course C, which may be NULL, and options O), then
 * saves how far. *ADDED (may be NULL) gets how many. False with ERR when a
 * file cannot be read or written; what was saved before stays. A profile
 * whose log cannot be read is left for the next time (*ADDED counts the
 * others) and reported in ERR with a false return after the rest. */
bool xapi_queue_collect(XapiQueue *q, const Course *c, const XapiOptions *o, size_t *added, AwError *err);

/* The next statements to send, at most MAX of them, from the oldest not
 * sent: appended to OUT as one JSON array; *N how many (0: nothing waits).
 * False with ERR when the queue cannot be read. */
bool xapi_queue_batch(XapiQueue *q, size_t max, JsonBuf *out, size_t *n, AwError *err);

/* The batch xapi_queue_batch gave last was accepted by the LRS: marks it
 * sent (state replaced). False with ERR when the state cannot be saved
 * (the batch then counts as not sent and goes again). */
bool xapi_queue_sent(XapiQueue *q, AwError *err);

/* Statements queued and not sent. */
size_t xapi_queue_pending(const XapiQueue *q);

/* Forgets how far the profiles' files were queued, so the next collect
 * queues every attempt again (for an LRS that lost data, or a queue that
 * was deleted). What waits unsent stays. */
bool xapi_queue_rebuild(XapiQueue *q, AwError *err);

/* How many statements wait in DATA_DIR's queue, read without the lock
 * (for Instellingen; a torn last line does not count). 0 when there is no
 * queue. False when it cannot be read. */
bool xapi_queue_waiting(const char *data_dir, size_t *pending);

#endif
