/* expect.h - expect(x): a programmer's mistake (an answer of another type,
 * an index out of range, a NULL where the contract says none) is a bug to
 * find at once, not a state to carry on from: say where, and abort. Bad
 * input from a file or a person is never an expect: it gets a message. */
#ifndef ACCOUNTWIJS_EXPECT_H
#define ACCOUNTWIJS_EXPECT_H

#include <stdio.h>
#include <stdlib.h>

#define expect(x)                                                                                                      \
    do {                                                                                                               \
        if (!(x)) {                                                                                                    \
            fprintf(stderr, "%s:%d: expect(%s) failed\n", __FILE__, __LINE__, #x);                                     \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

#endif
