/* live_session_internal.h - the LiveSession's insides, shared by
 * live_session.c (the teacher's side), live_play.c (the phones' messages)
 * and live_csv.c. Not for other modules. */
#ifndef ACCOUNTWIJS_LIVE_SESSION_INTERNAL_H
#define ACCOUNTWIJS_LIVE_SESSION_INTERNAL_H

#include "live_internal.h"
#include "rng.h"

enum { LIVE_MAX_SLOTS = 4 * LIVE_MAX_PLAYERS, LIVE_MAX_IPS = 64, LIVE_MAX_JOIN_LIMIT = 16 };

/* What the phones need of the current round, copied from the ClassQuiz. */
typedef struct {
    const char *kind; /* "single", ..., "board"; NULL before the first sync */
    bool board;       /* matching, ordering, cloze: answered on the board */
    bool single;      /* single and truefalse: exactly one letter */
    char *prompt, *explanation;
    char *options[CLASS_MAX_OPTIONS]; /* letters as shown, plain text */
    size_t noptions;
    unsigned correct; /* bit K: letter K is right */
} LiveQuestion;

typedef struct {
    bool used;
    uint64_t id;
    char ip[LIVE_IP_SIZE];
    int player;        /* slot, -1: not joined */
    int64_t window_ms; /* start of the current rate second */
    int count;         /* messages in it */
} LiveConn;

/* The recent joins from one address (a ring of their times). */
typedef struct {
    char ip[LIVE_IP_SIZE];
    int64_t times[LIVE_MAX_JOIN_LIMIT];
    size_t next;
    int64_t last;
} LiveIp;

struct LiveSession {
    LiveSettings set;
    char code[LIVE_CODE_DIGITS + 1];
    size_t nrounds;
    LivePhase phase;
    bool started; /* left the lobby */
    bool synced;  /* a question is loaded from the ClassQuiz */
    size_t round;
    ClassPhase cq_phase; /* the ClassQuiz's, at the last sync */
    bool paused;
    int64_t remaining_ms; /* at the last sync */
    int64_t deadline_ms;  /* answers close (INT64_MAX while paused) */
    bool locked;
    LiveQuestion question;
    unsigned tally[CLASS_MAX_OPTIONS]; /* this round, letters as shown */
    bool *scored;                      /* per round */
    LivePlayer *players;
    size_t nplayers;
    char **names; /* the class list */
    size_t nnames;
    LiveConn conns[LIVE_MAX_CONNS];
    LiveIp ips[LIVE_MAX_IPS];
    Rng names_rng;
};

size_t live_joined(const LiveSession *ls);
LiveConn *live_find_conn(LiveSession *ls, uint64_t conn);
void live_state_view(const LiveSession *ls, const LivePlayer *p, LiveStateView *v);
/* Sends P its state of now ("state" message) to its connection. */
void live_send_state(LiveSession *ls, const LivePlayer *p, int64_t now_ms, LiveOut *out);
void live_broadcast_state(LiveSession *ls, int64_t now_ms, LiveOut *out);
/* Locks the answers when the teacher asked for it and every connected
 * player has answered. */
void live_check_all_answered(LiveSession *ls);

void live_send_error(LiveOut *o, uint64_t conn, LiveError e, bool close);
void live_send_text(LiveOut *o, uint64_t conn, const char *text, bool close);
/* Closes CONN without a word (a stale connection of a resumed phone). */
void live_send_close(LiveOut *o, uint64_t conn);
/* Sends B's text (taken over, B left empty). */
void live_send_buf(LiveOut *o, uint64_t conn, JsonBuf *b, bool close);

#endif
