/* klas_internal.h - what klas_read.c (the files) and klas.c (the
 * numbers) share: the attempts read so far, with their students and items
 * interned. Not for use outside klas*.c. */
#ifndef ACCOUNTWIJS_KLAS_INTERNAL_H
#define ACCOUNTWIJS_KLAS_INTERNAL_H

#include "klas.h"
#include "progress.h"

/* A string table: each distinct string once, numbered in order of arrival. */
typedef struct {
    char **strs;
    size_t n, cap;
    uint32_t *slots; /* open addressing: index + 1, 0 empty */
    size_t nslots;
} KlasNames;

/* A question id and its index in the course. */
typedef struct {
    const char *id;
    size_t index;
} KlasQid;

/* One attempt as read. */
typedef struct {
    uint32_t student, item;
    int64_t ms;      /* UTC */
    int64_t sec;     /* the UTC second of MS: the attempt's key with student and item */
    double score;    /* 0..1 */
    uint32_t chosen; /* the options chosen (bit i = option i), choice questions */
    uint8_t mode;    /* AttemptMode */
    uint8_t coarse;  /* the time is to the second only (CSV) */
} KlasRec;

/* A test's result from an xAPI statement. */
typedef struct {
    uint32_t student;
    int64_t ms;
    double score;
} KlasXExam;

struct Klas {
    const Course *course;
    int (*utc_offset)(int64_t ms, void *ctx);
    void *ctx;
    KlasNames students, items;
    char **student_names; /* parallel to students.strs; NULL when not given */
    size_t names_cap;
    size_t *item_question; /* parallel to items.strs: question index or KLAS_NONE */
    size_t items_cap;
    KlasQid *qsorted; /* the course's questions sorted by id */
    KlasRec *recs;
    size_t nrecs, recs_cap;
    KlasXExam *xexams;
    size_t nxexams, xexams_cap;
    size_t files_read, files_skipped;
    size_t duplicates; /* dropped by klas_compute so far */
    bool failed;       /* memory ran out */
};

/* The number of S in the table (added when new); UINT32_MAX when out of memory. */
uint32_t klas_names_add(KlasNames *t, const char *s, size_t len);
void klas_names_free(KlasNames *t);

/* Records an attempt of profile PROFILE (named NAME, may be NULL) on item
 * ITEM; CHOSEN lists the option ids chosen (NULL-terminated; NULL: none). */
bool klas_record(Klas *k, const char *profile, const char *name, const char *item, int64_t ms, bool coarse,
                 double score, AttemptMode mode, const char *const *chosen, size_t nchosen);
/* Records a test result from a statement. */
bool klas_record_exam(Klas *k, const char *profile, const char *name, int64_t ms, double score);

#endif
