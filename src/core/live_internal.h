/* live_internal.h - what live_msg.c and live_session.c share: the writers
 * of the server's messages. Not for other modules. */
#ifndef ACCOUNTWIJS_LIVE_INTERNAL_H
#define ACCOUNTWIJS_LIVE_INTERNAL_H

#include "jsonl.h"
#include "live.h"

/* The STATE object of the contract for one phone; the session fills it. */
typedef struct {
    LivePhase phase;
    size_t players;       /* lobby */
    size_t q, n;          /* waiting, question, reveal */
    const char *kind;     /* "single", "multiple", "truefalse", "board" */
    const char *prompt;   /* plain text */
    char *const *options; /* plain text, letters as shown; none for board */
    size_t noptions;
    int64_t remaining_ms;    /* question */
    bool paused;             /* question */
    bool answered;           /* question */
    unsigned choice;         /* question, reveal: this phone's letters */
    unsigned correct;        /* reveal */
    const char *explanation; /* reveal */
    bool right;              /* reveal */
    int score;               /* reveal, end: hundredths */
    size_t of;               /* end: the number of rounds */
} LiveStateView;

/* Each appends one whole message (a JSON object) to B. */
void live_write_state(JsonBuf *b, const LiveStateView *v);
void live_write_error(JsonBuf *b, LiveError e);
void live_write_names(JsonBuf *b, char *const *names, const bool *taken, size_t n, bool nick);
void live_write_welcome(JsonBuf *b, const char *token, const char *name, const LiveStateView *v);
void live_write_state_msg(JsonBuf *b, const LiveStateView *v);
void live_write_ack(JsonBuf *b, size_t q);
/* A score in hundredths as a JSON number: 4, 4.5, 4.35. */
void live_write_score(JsonBuf *b, int hundredths);

#endif
