/* rng.h - a small seeded random generator (xoshiro256**, seeded through
 * splitmix64). No global state: every caller owns its Rng, so a seed given
 * on the command line (--seed) reproduces every shuffle of a run. */
#ifndef ACCOUNTWIJS_RNG_H
#define ACCOUNTWIJS_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t s[4];
} Rng;

/* Seeds R from SEED; any seed (0 too) gives a usable, distinct stream. */
void rng_seed(Rng *r, uint64_t seed);

/* The next 64 random bits. */
uint64_t rng_next(Rng *r);

/* A uniform integer in [0, N), without modulo bias. N must be > 0. */
uint64_t rng_below(Rng *r, uint64_t n);

/* Shuffles the N values of V in place (Fisher-Yates). */
void rng_shuffle(Rng *r, size_t *v, size_t n);

/* Mixes SEED with the bytes of the string S (may be NULL) into a new seed,
 * so that one run seed gives each question its own stream. Pure. */
uint64_t rng_mix(uint64_t seed, const char *s);

#endif
