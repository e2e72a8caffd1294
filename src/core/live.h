/* live.h - the live class quiz on the students' phones (issue 15): the
 * message protocol and the session state machine, with no network code.
 *
 * The protocol: WebSocket text frames at /ws, one JSON object each, at most
 * LIVE_MAX_MESSAGE bytes from a phone, "t" naming the type.
 *   phone -> program (exactly these fields; anything else: bad_message)
 *     {"t":"hello","code":"4821"}                  -> names | error
 *     {"t":"join","code":"4821","name":"Anna"}     -> welcome | error
 *         name: a class list name, "" for a generated one ("Blauwe Vos"),
 *         or a nickname when allowed (1-24 letters, digits, space - ' .)
 *     {"t":"resume","code":"4821","token":"<32 hex>"} -> welcome | error
 *     {"t":"answer","q":3,"choice":[0,2]}          -> ack | error
 *     {"t":"ping"}                                 -> pong
 *   program -> phone
 *     {"t":"names","list":[free class list names],"nick":false}
 *     {"t":"welcome","token":"...","name":"...","state":STATE}
 *     {"t":"state",...STATE's fields}   at each phase change, to every phone
 *     {"t":"ack","q":3}   {"t":"pong"}   {"t":"kicked"} (then a close)
 *     {"t":"error","code":"...","text":"Dutch sentence"} (LiveError)
 *   STATE: {"phase":"lobby","players":12}
 *          {"phase":"waiting","q":3,"n":10}
 *          {"phase":"question","q","n","kind":"single|multiple|truefalse|board",
 *           "prompt","options":[letters as shown],"remaining_ms","paused",
 *           "answered","choice":[]}
 *          {"phase":"reveal","q","n","kind","prompt","options","correct":[1],
 *           "explanation","choice":[0],"right":false,"score":4.5}
 *          {"phase":"end","score":7,"of":10}
 * The phone page that speaks it is assets/live/live.js.
 *
 * The server layer (src/live) owns the sockets and forwards: it tells the
 * session when a connection opens and closes and hands it every text frame
 * a phone sends; the session answers with a LiveOut, a list of texts to send
 * to connections (replies and broadcasts) and connections to close. The
 * teacher's frame loop drives its ClassQuiz as without phones and, after
 * each change, calls live_sync so the phones follow the projector; it reads
 * what it draws (players, answered count, tally) with live_snapshot.
 *
 * Threads: a LiveSession is not thread-safe; the server layer guards it with
 * one mutex that every call below is made under. live_sync is the only call
 * that touches the ClassQuiz; the session copies what the phones need, so
 * phone messages never read the ClassQuiz.
 *
 * Time: every NOW_MS is the injected clock in milliseconds, one monotonic
 * clock for all calls (the one the ClassQuiz countdown runs on).
 *
 * Ownership: the session owns its players, names and the class list copy;
 * a LiveOut owns its texts until live_out_clear/live_out_free. */
#ifndef ACCOUNTWIJS_LIVE_H
#define ACCOUNTWIJS_LIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classquiz.h"
#include "diag.h"

enum {
    LIVE_MAX_MESSAGE = 1024,     /* bytes of one phone message (text frame) */
    LIVE_MAX_PLAYERS = 60,       /* joined phones (kicked ones not counted) */
    LIVE_MAX_CONNS = 128,        /* open connections the session tracks */
    LIVE_MAX_CLASS_NAMES = 200,  /* names in a class list */
    LIVE_NAME_MAX_CHARS = 40,    /* characters of a class list name */
    LIVE_NICK_MAX_CHARS = 24,    /* characters of a free nickname */
    LIVE_NAME_SIZE = 4 * 40 + 1, /* bytes of any name, with the NUL */
    LIVE_TOKEN_HEX = 32,         /* a token: 128 bits as lowercase hex */
    LIVE_CODE_DIGITS = 4,        /* the session code */
    LIVE_RATE_PER_SECOND = 10,   /* messages a phone may send in a second */
    LIVE_RATE_CLOSE = 30,        /* the message in a second that closes it */
    LIVE_JOINS_PER_MINUTE = 5,   /* default joins per IP address a minute */
    LIVE_IP_SIZE = 46,           /* an IP address as text (INET6_ADDRSTRLEN) */
};

/* ---- the protocol (live_msg.c) ---------------------------------------- */

/* The error codes of the contract, as sent in {"t":"error","code":...}. */
typedef enum {
    LIVE_ERR_BAD_MESSAGE,
    LIVE_ERR_BAD_CODE,
    LIVE_ERR_NAME_TAKEN,
    LIVE_ERR_NOT_ON_LIST,
    LIVE_ERR_NICK_NOT_ALLOWED,
    LIVE_ERR_BAD_NAME,
    LIVE_ERR_FULL,
    LIVE_ERR_CLOSED,
    LIVE_ERR_UNKNOWN_TOKEN,
    LIVE_ERR_KICKED,
    LIVE_ERR_NOT_JOINED,
    LIVE_ERR_WRONG_QUESTION,
    LIVE_ERR_ALREADY_ANSWERED,
    LIVE_ERR_BAD_CHOICE,
    LIVE_ERR_TOO_FAST,
    LIVE_ERR_TOO_MANY_JOINS,
    LIVE_ERR_COUNT
} LiveError;

/* "bad_message", ...; NULL out of range. */
const char *live_error_code(LiveError e);
/* The Dutch sentence sent with the code for the phone page to show (the
 * page is Dutch only, as the issue asks). */
const char *live_error_text(LiveError e);

typedef enum { LIVE_MSG_HELLO, LIVE_MSG_JOIN, LIVE_MSG_RESUME, LIVE_MSG_ANSWER, LIVE_MSG_PING } LiveMsgType;

/* One phone message, parsed. Strings are decoded, valid UTF-8, without
 * control characters; name is as sent (not trimmed). */
typedef struct {
    LiveMsgType type;
    char code[LIVE_CODE_DIGITS + 1];        /* hello, join, resume: 4 digits */
    char name[4 * LIVE_NAME_MAX_CHARS + 1]; /* join */
    char token[LIVE_TOKEN_HEX + 1];         /* resume: 32 lowercase hex digits */
    int q;                                  /* answer: 0..999 */
    unsigned choice;                        /* answer: bit K = letter K */
    int nchoice;                            /* answer: how many letters (1..9) */
} LiveMsg;

/* Parses TEXT (LEN bytes, need not be NUL-terminated) strictly: at most
 * LIVE_MAX_MESSAGE bytes, one JSON object, a known "t", exactly the fields
 * of that type, the right JSON types, strings of valid UTF-8 without
 * control characters and within their size, a code of 4 digits, a token of
 * 32 lowercase hex digits, q an integer 0..999, choice a list of 1..9
 * distinct integers 0..8. False for anything else (error bad_message).
 * Whether the code is this session's, the name allowed, the choice within
 * the question's options is the session's business. */
bool live_msg_parse(const char *text, size_t len, LiveMsg *m);

/* ---- settings, players, the session (live_session.c) ------------------ */

/* Fills BUF with N random bytes (the caller's source, e.g. os_random_bytes);
 * false when it has none (then the session makes no token). */
typedef bool (*LiveRandom)(void *ctx, unsigned char *buf, size_t n);

typedef struct {
    bool allow_nicknames; /* free nicknames besides the list / generated names */
    bool lock_when_all;   /* lock the answers when every connected phone answered
                           * (one that lost its connection does not hold the
                           * class up; the countdown still closes for it) */
    bool speed_bonus;     /* +0..0.5 a right answer by the time left (off by default) */
    int joins_per_minute; /* per IP address; 0: no limit (tests, bench over loopback) */
    uint64_t seed;        /* generated names ("Blauwe Vos") follow this seed */
    LiveRandom random;    /* tokens and the session code */
    void *random_ctx;
} LiveSettings;

/* The defaults of the contract: no nicknames, lock when all answered, no
 * speed bonus, 5 joins a minute per address; random and seed stay 0. */
void live_settings_default(LiveSettings *s);

typedef enum { LIVE_LOBBY, LIVE_WAITING, LIVE_QUESTION, LIVE_REVEAL, LIVE_END } LivePhase;

/* A phone's answer to one round. */
typedef struct {
    bool answered;
    unsigned choice;   /* bit K: letter K as shown */
    int64_t time_left; /* ms left on the countdown when it came */
    bool right;        /* set at the reveal */
    int points;        /* hundredths, set at the reveal (100 + bonus) */
} LiveAnswer;

typedef struct {
    char name[LIVE_NAME_SIZE];
    char token[LIVE_TOKEN_HEX + 1];
    bool kicked;         /* the slot stays so the token answers "kicked" */
    size_t counted;      /* kicked: its answers to rounds before this one were
                          * counted on the board (and so in the CSV's tally) */
    bool connected;      /* a connection is attached */
    uint64_t conn;       /* that connection */
    int list_index;      /* the class list name taken, -1: generated / nickname */
    int score;           /* hundredths (1 point = 100) */
    LiveAnswer *answers; /* one per round */
} LivePlayer;

typedef struct LiveSession LiveSession;

/* A new session of NROUNDS rounds (the ClassQuiz's nrounds) with SETTINGS
 * (copied). The 4-digit code comes from the random source (0000 without
 * one). NULL when out of memory or NROUNDS is 0. */
LiveSession *live_session_new(const LiveSettings *settings, size_t nrounds);
void live_session_free(LiveSession *ls);

/* The session code ("4821"). */
const char *live_session_code(const LiveSession *ls);

/* The session's settings, for the teacher to change (nicknames, lock when
 * all, speed bonus, join limit) between calls; random and seed are read at
 * each use. */
LiveSettings *live_session_settings(LiveSession *ls);

/* Sets the class list (copied; NAMES valid as live_classlist_parse leaves
 * them). Only in the lobby before anyone joined; false otherwise or when
 * out of memory. N 0: no list (generated names). */
bool live_session_set_names(LiveSession *ls, const char *const *names, size_t n);

/* ---- what to send ----------------------------------------------------- */

typedef struct {
    uint64_t conn; /* the connection to send to */
    char *text;    /* a JSON object, NUL-terminated; NULL: nothing to send */
    size_t len;
    bool close; /* close the connection after sending the text */
} LiveSend;

/* Zero-initialise. Every call below appends to it; the caller sends the
 * items in order, then clears it. If memory ran out, `failed` is set and
 * the items are those that fit. */
typedef struct {
    LiveSend *items;
    size_t n, cap;
    bool failed;
} LiveOut;

void live_out_clear(LiveOut *o);
void live_out_free(LiveOut *o);

/* ---- the server layer's calls ----------------------------------------- */

/* A connection CONN (any id unique among open ones) from address IP
 * (text, for the join limit) opened. False when the session tracks
 * LIVE_MAX_CONNS already: the server closes it. */
bool live_conn_open(LiveSession *ls, uint64_t conn, const char *ip, int64_t now_ms);

/* CONN closed (or dropped): its player, if any, stays in the game and can
 * resume with the token. Unknown CONN: nothing happens. */
void live_conn_close(LiveSession *ls, uint64_t conn);

/* CONN sent TEXT (LEN bytes, a text frame). Appends the reply (and, for a
 * join, the lobby count broadcast to the other phones) to OUT. Rate
 * limits: the 11th..29th message in a second get error too_fast, the 30th
 * closes the connection. Unknown CONN: nothing happens. */
void live_conn_message(LiveSession *ls, uint64_t conn, const char *text, size_t len, int64_t now_ms, LiveOut *out);

/* ---- the teacher's calls (the frame loop, under the mutex) ------------ */

/* Leaves the lobby: the phones follow the ClassQuiz CQ from here on
 * (equivalent to the first live_sync after start). */
void live_start(LiveSession *ls, ClassQuiz *cq, int64_t now_ms, LiveOut *out);

/* Call after any change to CQ (advance, pause, countdown at zero, a new
 * round): when its round, phase or pause changed since the last call, the
 * phones get the new state: CLASS_QUESTION → "waiting", CLASS_OPEN →
 * "question" (answers open until the countdown's end), CLASS_REVEAL →
 * "reveal" (answers locked, scores counted, the phones' tally per letter
 * written into CQ's ClassRound.tally for single/multiple/truefalse),
 * CLASS_SCORES → phones keep the reveal, CLASS_END → "end". Nothing in the
 * lobby (before live_start). Cheap when nothing changed. */
void live_sync(LiveSession *ls, ClassQuiz *cq, int64_t now_ms, LiveOut *out);

/* Removes player P (index as in the snapshot): {"t":"kicked"} and a close
 * to its connection, its name free again, its token answers "kicked". */
void live_kick(LiveSession *ls, size_t p, LiveOut *out);

/* Ends the session now (the teacher stops early): every phone gets "end";
 * joins answer "closed". */
void live_end(LiveSession *ls, LiveOut *out);

/* What the projector draws. Pointers into the session: valid until the
 * next call that changes it. */
typedef struct {
    LivePhase phase;
    size_t round;                      /* the ClassQuiz round mirrored */
    const LivePlayer *players;         /* all slots, kicked ones too */
    size_t nplayers;                   /* slots */
    size_t joined;                     /* not kicked */
    size_t connected;                  /* not kicked, with a connection */
    size_t answered;                   /* joined phones that answered this round */
    bool all_answered;                 /* answered > 0, every connected phone answered */
    bool locked;                       /* answers closed (zero, all answered, revealed) */
    unsigned tally[CLASS_MAX_OPTIONS]; /* this round, per letter as shown */
} LiveSnapshot;

void live_snapshot(const LiveSession *ls, LiveSnapshot *s);

/* The session as CSV text (semicolons, as classquiz_csv_text; UTF-8 with
 * BOM; caller frees; length in *LEN): per question its number, text, the
 * right letters and the phones' count per letter; then per student (join
 * order, kicked left out) the letters answered per question and the score
 * (decimal comma). ANONYMOUS: "Leerling 1", "Leerling 2", ... in join
 * order instead of names. NULL when out of memory. */
char *live_csv_text(const LiveSession *ls, const ClassQuiz *cq, bool anonymous, size_t *len);

/* ---- the class list (live_session.c) ---------------------------------- */

/* Reads a class list from TEXT (LEN bytes, the file's contents; FILE names
 * it in messages): UTF-8, one name a line; a BOM and CRLF line ends are
 * accepted, blank lines skipped, spaces trimmed. Reported as FILE:LINE
 * messages in DIAG: invalid UTF-8, a control character or a character a
 * name may not hold, a line over LIVE_NAME_MAX_CHARS (errors: the line is
 * left out), a name given twice (a warning: the second left out), more
 * than LIVE_MAX_CLASS_NAMES names, no names at all. Returns the names
 * (NUL-terminated strings, *N of them; free with live_classlist_free) or
 * NULL when no name could be read or memory ran out. */
char **live_classlist_parse(const char *text, size_t len, const char *file, Diag *diag, size_t *n);
/* live_classlist_parse of the file at PATH (read through os); a file that
 * cannot be read is one message. */
char **live_classlist_load(const char *path, Diag *diag, size_t *n);
void live_classlist_free(char **names, size_t n);

/* True when NAME (NUL-terminated) is a valid name of at most MAX_CHARS
 * characters after trimming: letters, digits, space, '-', '\'', '.'. */
bool live_name_valid(const char *name, size_t max_chars);

#endif
