/* xapi_id.c - the small formats of xapi.h: name-based UUIDs (RFC 4122
 * version 5, which is SHA-1 of the namespace's 16 bytes and the name) and
 * ISO 8601 durations. SHA-1 is here only to name statements stably; it
 * protects nothing, so its known weaknesses do not matter. */
#include "xapi.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    uint32_t h[5];
    unsigned char block[64];
    size_t used;    /* bytes in BLOCK */
    uint64_t total; /* bytes hashed */
} Sha1;

static uint32_t rol(uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

static void sha1_block(Sha1 *s, const unsigned char *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
               (uint32_t)p[4 * i + 3];
    for (int i = 16; i < 80; i++)
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
}

static void sha1_init(Sha1 *s)
{
    static const uint32_t h0[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    memcpy(s->h, h0, sizeof h0);
    s->used = 0;
    s->total = 0;
}

static void sha1_update(Sha1 *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    s->total += n;
    while (n > 0) {
        size_t take = 64 - s->used < n ? 64 - s->used : n;
        memcpy(s->block + s->used, p, take);
        s->used += take;
        p += take;
        n -= take;
        if (s->used == 64) {
            sha1_block(s, s->block);
            s->used = 0;
        }
    }
}

static void sha1_final(Sha1 *s, unsigned char out[20])
{
    uint64_t bits = s->total * 8;
    /* 0x80, zeros up to 56 bytes in the block (a whole extra block when
     * there is no room), then the length in bits, big-endian. */
    s->block[s->used++] = 0x80;
    if (s->used > 56) {
        memset(s->block + s->used, 0, 64 - s->used);
        sha1_block(s, s->block);
        s->used = 0;
    }
    memset(s->block + s->used, 0, 56 - s->used);
    for (int i = 0; i < 8; i++)
        s->block[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
    sha1_block(s, s->block);
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = (unsigned char)(s->h[i] >> (24 - 8 * j));
}

/* XAPI_NAMESPACE as bytes (test_xapi checks that the two agree). */
static const unsigned char ns[16] = {0x1c, 0x6e, 0x4c, 0x0e, 0x8f, 0x4a, 0x4b, 0x58,
                                     0x9d, 0x2e, 0x6a, 0x1f, 0x3b, 0x7c, 0x0d, 0x95};

void xapi_uuid(const char *name, size_t len, char out[XAPI_UUID_SIZE])
{
    Sha1 s;
    unsigned char h[20];
    sha1_init(&s);
    sha1_update(&s, ns, sizeof ns);
    sha1_update(&s, name, len);
    sha1_final(&s, h);
    h[6] = (unsigned char)((h[6] & 0x0F) | 0x50);
    h[8] = (unsigned char)((h[8] & 0x3F) | 0x80);
    static const char hex[] = "0123456789abcdef";
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        *o++ = hex[h[i] >> 4];
        *o++ = hex[h[i] & 15];
    }
    *o = '\0';
}

void xapi_duration(int64_t ms, char out[40])
{
    if (ms < 0)
        ms = 0;
    int64_t cs = (ms + 5) / 10; /* centiseconds */
    int64_t h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, frac = cs % 100;
    int n = snprintf(out, 40, "PT");
    if (h)
        n += snprintf(out + n, (size_t)(40 - n), "%lldH", (long long)h);
    if (h || m)
        n += snprintf(out + n, (size_t)(40 - n), "%lldM", (long long)m);
    if (frac == 0)
        snprintf(out + n, (size_t)(40 - n), "%lldS", (long long)s);
    else if (frac % 10 == 0)
        snprintf(out + n, (size_t)(40 - n), "%lld.%lldS", (long long)s, (long long)(frac / 10));
    else
        snprintf(out + n, (size_t)(40 - n), "%lld.%02lldS", (long long)s, (long long)frac);
}
