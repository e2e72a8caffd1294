/* rng.c - see rng.h. xoshiro256** (Blackman and Vigna) is fast, has a 256-bit
 * state and passes the usual statistical batteries; splitmix64 spreads a
 * 64-bit seed over that state so that nearby seeds (1, 2, 3) still give
 * unrelated streams. The state must never be all zero, which splitmix64
 * cannot produce for four consecutive outputs. */
#include "rng.h"

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

void rng_seed(Rng *r, uint64_t seed)
{
    uint64_t x = seed;
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

uint64_t rng_next(Rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

uint64_t rng_below(Rng *r, uint64_t n)
{
    /* Reject the top partial bucket so that every value is equally likely. */
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do
        x = rng_next(r);
    while (x >= limit);
    return x % n;
}

void rng_shuffle(Rng *r, size_t *v, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)rng_below(r, i);
        size_t t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

uint64_t rng_mix(uint64_t seed, const char *s)
{
    /* FNV-1a over the string, then one splitmix64 step over both. */
    uint64_t h = 0xCBF29CE484222325u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001B3u;
    uint64_t x = seed ^ h;
    return splitmix64(&x);
}
