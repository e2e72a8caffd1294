/* quiz_internal.h - shared by the quiz*.c files. Not a public API. */
#ifndef ACCOUNTWIJS_QUIZ_INTERNAL_H
#define ACCOUNTWIJS_QUIZ_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>

/* Programmer misuse (an answer of another type, an index out of range) is a
 * bug to find at once, not a state to carry on from: say where and abort. */
#define expect(x)                                                                                                      \
    do {                                                                                                               \
        if (!(x)) {                                                                                                    \
            fprintf(stderr, "%s:%d: expect(%s) failed\n", __FILE__, __LINE__, #x);                                     \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

#endif
