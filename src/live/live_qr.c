/* live_qr.c - libqrencode's symbol copied into a LiveQr: bit 0 of each of
 * its bytes is the module's colour (the other bits say how the library
 * made it). */
#include "live_qr.h"

#include <string.h>

#ifndef AW_NO_LIVE

#include <qrencode.h>

bool live_qr_encode(const char *text, LiveQr *q)
{
    memset(q, 0, sizeof *q);
    QRcode *code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
    if (!code)
        return false;
    bool ok = code->width > 0 && code->width <= LIVE_QR_MAX;
    if (ok) {
        q->size = code->width;
        for (int i = 0; i < code->width * code->width; i++)
            q->dark[i] = code->data[i] & 1;
    }
    QRcode_free(code);
    return ok;
}

#else /* AW_NO_LIVE */

bool live_qr_encode(const char *text, LiveQr *q)
{
    (void)text;
    memset(q, 0, sizeof *q);
    return false;
}

#endif
