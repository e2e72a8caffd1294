/* live_qr.h - the QR code of the live quiz's URL as plain data: a square
 * of modules the projector draws as rectangles (libqrencode makes it). */
#ifndef ACCOUNTWIJS_LIVE_QR_H
#define ACCOUNTWIJS_LIVE_QR_H

#include <stdbool.h>
#include <stddef.h>

enum { LIVE_QR_MAX = 57 }; /* modules a side: version 10, far more than a URL needs */

typedef struct {
    int size;                                      /* modules a side; 0: none */
    unsigned char dark[LIVE_QR_MAX * LIVE_QR_MAX]; /* 1: a dark module, row by row */
} LiveQr;

/* Encodes TEXT (error correction level M) into Q; false (Q->size 0) when it
 * does not fit LIVE_QR_MAX or the library fails. */
bool live_qr_encode(const char *text, LiveQr *q);

#endif
