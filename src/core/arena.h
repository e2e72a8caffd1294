/* arena.h - a bump allocator: many small allocations, one free. The loaded
 * Course lives in one, so freeing it cannot leak and loading is fast. */
#ifndef ACCOUNTWIJS_ARENA_H
#define ACCOUNTWIJS_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct {
    ArenaBlock *head;
} Arena;

/* Zeroed memory aligned for any type, or NULL when out of memory. */
void *arena_alloc(Arena *a, size_t size);
/* A NUL-terminated copy of S (N bytes); NULL when out of memory. */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
void arena_free(Arena *a);

#endif
