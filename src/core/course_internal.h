/* course_internal.h - shared between course_load.c (files, cross-references)
 * and course_parse.c (one file's JSON into structs). Not a public API. */
#ifndef ACCOUNTWIJS_COURSE_INTERNAL_H
#define ACCOUNTWIJS_COURSE_INTERNAL_H

#include <cjson/cJSON.h>

#include "course.h"
#include "os.h"

enum { LOAD_MAX_ERRORS_PER_FILE = 50 };

/* A growing array of fixed-size elements, realloc'ed (not in the arena,
 * because it moves). */
typedef struct {
    void *data;
    size_t len, cap, elem;
} Vec;

void *vec_push(Vec *v); /* a zeroed new element, NULL when out of memory */
void vec_free(Vec *v);

/* Where an item was defined, for messages that name both places. */
typedef struct {
    const char *file;
    const char *path;
} Origin;

typedef struct {
    Question q;
    Origin origin;
    bool section_given; /* else it defaults to the file's section */
} LoadedQuestion;

typedef struct {
    GlossaryTerm t;
    Origin origin;
} LoadedTerm;

typedef struct {
    Scenario s;
    Origin origin;
} LoadedScenario;

typedef struct {
    Section s;
    Origin origin;
} LoadedSection;

typedef struct {
    QuizSet qs;
    Origin origin;
} LoadedQuizSet;

/* A string-keyed hash table with size_t values. */
typedef struct {
    const char **keys;
    size_t *values;
    size_t cap, len;
} IdSet;

/* Returns true and sets *existing when KEY was there; else inserts it. */
bool idset_put(IdSet *s, const char *key, size_t value, size_t *existing);
bool idset_get(const IdSet *s, const char *key, size_t *value);
void idset_free(IdSet *s);

/* Everything loaded so far, before cross-references are resolved. */
typedef struct {
    Course *course;
    Arena *arena;
    Diag *diag;
    bool have_manifest;
    size_t nfiles_read;  /* lesson files tried, to tell an empty folder */
    Vec sections;        /* LoadedSection */
    Vec questions;       /* LoadedQuestion */
    Vec terms;           /* LoadedTerm */
    Vec scenarios;       /* LoadedScenario */
    Vec quizsets;        /* LoadedQuizSet */
    Vec files;           /* const char *, from the manifest, resolved */
    Vec chapters;        /* Chapter */
    Vec chapter_origins; /* Origin */
    IdSet ids;           /* every global id -> index into id_origins */
    Vec id_origins;      /* Origin */
    IdSet goals;         /* goal id -> section index in sections */
} Loader;

/* State while reading one file. */
typedef struct {
    Loader *ld;
    const char *file;
    char path[512];
    size_t pathlen;
    size_t errors; /* in this file */
    size_t suppressed;
} Ctx;

/* Reads one parsed file of any kind into the loader. */
void course_parse_file(Ctx *cx, const cJSON *root);

/* Messages at the current JSON path: CODE with its details ARGS (see
 * diag_report); cx_error0 and cx_warning0 for a code without details. */
void cx_error(Ctx *cx, DiagCode code, const char *args, ...) OS_PRINTF(3, 4);
void cx_warning(Ctx *cx, DiagCode code, const char *args, ...) OS_PRINTF(3, 4);
void cx_error0(Ctx *cx, DiagCode code);
void cx_warning0(Ctx *cx, DiagCode code);

#endif
