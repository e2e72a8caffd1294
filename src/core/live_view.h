/* live_view.h - what the teacher's screens see of a running live class
 * quiz: a copy made under the server's lock (src/live fills it), so the
 * frame loop reads it without locking and without pointers into the
 * session. Plain data, no network code. */
#ifndef ACCOUNTWIJS_LIVE_VIEW_H
#define ACCOUNTWIJS_LIVE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "live.h"

enum {
    LIVE_VIEW_QR = 57, /* modules a side at most */
    LIVE_URL_SIZE = 96,
};

typedef struct {
    char name[LIVE_NAME_SIZE];
    size_t slot; /* the player's index in the session (for a kick) */
    bool connected;
    bool answered; /* this round */
    int score;     /* hundredths */
} LiveViewPlayer;

typedef struct {
    char url[LIVE_URL_SIZE];     /* "http://ADDR:PORT/?c=CODE", in the QR code */
    char address[LIVE_URL_SIZE]; /* "http://ADDR:PORT", in large type */
    char code[LIVE_CODE_DIGITS + 1];
    int qr_size;                                   /* modules a side; 0: no QR code */
    unsigned char qr[LIVE_VIEW_QR * LIVE_VIEW_QR]; /* 1: dark, row by row */
    LivePhase phase;
    size_t joined, connected, answered;
    bool all_answered, locked;
    unsigned tally[CLASS_MAX_OPTIONS]; /* this round, per letter as shown */
    size_t nplayers;                   /* the joined phones (not kicked), in join order */
    LiveViewPlayer players[LIVE_MAX_PLAYERS];
    unsigned changes; /* grows whenever a phone did something */
} LiveView;

#endif
