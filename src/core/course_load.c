/* course_load.c - reads lesson files and ties them into one Course.
 *
 * Each file goes through three gates: its size (before reading), the strict
 * scanner (UTF-8, control characters, NUL escapes, duplicate keys, depth,
 * string length, syntax with line:column), then cJSON and course_parse.c.
 * The cJSON tree is deleted as soon as the file is read. When every file is
 * in, the cross-references are resolved here: sections named by chapters,
 * questions, glossary terms and scenarios; learning goals; anchors; and the
 * questions are grouped by section in reading order. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "course_internal.h"
#include "os.h"

/* ---- small containers -------------------------------------------------- */

void *vec_push(Vec *v)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        void *d = realloc(v->data, cap * v->elem);
        if (!d)
            return NULL;
        v->data = d;
        v->cap = cap;
    }
    void *p = (char *)v->data + v->len * v->elem;
    memset(p, 0, v->elem);
    v->len++;
    return p;
}

void vec_free(Vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

static size_t hash_str(const char *s)
{
    size_t h = 5381;
    while (*s)
        h = h * 33 ^ (unsigned char)*s++;
    return h;
}

static bool idset_grow(IdSet *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    const char **keys = calloc(cap, sizeof *keys);
    size_t *values = malloc(cap * sizeof *values);
    if (!keys || !values) {
        free(keys);
        free(values);
        return false;
    }
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->keys[i])
            continue;
        size_t j = hash_str(s->keys[i]) & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = s->keys[i];
        values[j] = s->values[i];
    }
    free(s->keys);
    free(s->values);
    s->keys = keys;
    s->values = values;
    s->cap = cap;
    return true;
}

/* The slot of KEY in S (which has room), or the empty slot where it
 * would go. */
static size_t idset_slot(const IdSet *s, const char *key)
{
    size_t j = hash_str(key) & (s->cap - 1);
    while (s->keys[j] && strcmp(s->keys[j], key) != 0)
        j = (j + 1) & (s->cap - 1);
    return j;
}

bool idset_put(IdSet *s, const char *key, size_t value, size_t *existing)
{
    if ((s->len + 1) * 2 > s->cap && !idset_grow(s))
        return false;
    size_t j = idset_slot(s, key);
    if (s->keys[j]) {
        *existing = s->values[j];
        return true;
    }
    s->keys[j] = key;
    s->values[j] = value;
    s->len++;
    return false;
}

bool idset_get(const IdSet *s, const char *key, size_t *value)
{
    if (!s->cap)
        return false;
    size_t j = idset_slot(s, key);
    if (!s->keys[j])
        return false;
    *value = s->values[j];
    return true;
}

void idset_free(IdSet *s)
{
    free(s->keys);
    free(s->values);
    memset(s, 0, sizeof *s);
}

/* ---- one file ---------------------------------------------------------- */

/* Reads PATH whole. Returns NULL with an error when it cannot, or when it is
 * over the size limit (checked before reading, so a huge file costs nothing). */
static char *read_file(const char *path, size_t *len, Diag *diag)
{
    /* Only a regular file is read; a FIFO (or a device) is refused without
     * waiting for a writer. */
    int fd = os_open_regular(path, 0);
    if (fd < 0) {
        if (errno == EISDIR || errno == EINVAL)
            diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_NOT_REGULAR_FILE);
        else
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_CANNOT_OPEN, "%d", errno);
        return NULL;
    }
    OsStat st;
    char *buf = NULL;
    if (!os_fstat(fd, &st)) {
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_CANNOT_OPEN, "%d", errno);
        goto fail;
    }
    if (st.size > JSON_MAX_FILE_BYTES) {
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_FILE_TOO_BIG, "%.1f%d",
                    (double)st.size / (1024.0 * 1024.0), JSON_MAX_FILE_BYTES / (1024 * 1024));
        goto fail;
    }
    size_t size = (size_t)st.size;
    buf = malloc(size + 1);
    if (!buf) {
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_NO_MEMORY);
        goto fail;
    }
    if (os_read_full(fd, buf, size) != (ptrdiff_t)size) {
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = path}, DC_READ_ERROR, "%d", errno);
        goto fail;
    }
    buf[size] = '\0';
    *len = size;
    os_close(fd);
    return buf;
fail:
    free(buf);
    os_close(fd);
    return NULL;
}

/* TEXT must have a NUL at TEXT[LEN]. */
static void load_text(Loader *ld, const char *file, const char *text, size_t len)
{
    if (!jsonscan_check(text, len, file, ld->diag))
        return;
    const char *end = NULL;
    /* The length includes the terminating NUL, as cJSON wants it. */
    cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, true);
    if (!root) {
        int line, col;
        size_t off = end && end >= text ? (size_t)(end - text) : 0;
        json_line_col(text, len, off, &line, &col);
        diag_at(ld->diag, DIAG_ERROR, (DiagAt){.file = file, .line = line, .col = col}, DC_SYNTAX_ERROR);
        return;
    }
    Ctx cx = {.ld = ld, .file = file};
    course_parse_file(&cx, root);
    cJSON_Delete(root);
    if (cx.suppressed)
        diag_report(ld->diag, DIAG_NOTE, (DiagAt){.file = file}, DC_MORE_ERRORS, "%zu", cx.suppressed);
}

static void load_file(Loader *ld, const char *path)
{
    ld->nfiles_read++;
    size_t len;
    char *text = read_file(path, &len, ld->diag);
    if (!text)
        return;
    const char *file = arena_strdup(ld->arena, path);
    if (file)
        load_text(ld, file, text, len);
    free(text);
}

/* ---- cross-references -------------------------------------------------- */

static void ref_error(Loader *ld, const Origin *o, const char *key, DiagCode code, const char *id)
{
    char path[600];
    snprintf(path, sizeof path, "%s%s%s", o->path, key && o->path[0] ? "." : "", key ? key : "");
    diag_report(ld->diag, DIAG_ERROR, (DiagAt){.file = o->file, .path = path}, code, "%s", id);
}

typedef struct {
    size_t section;
    size_t seq;
    LoadedQuestion *lq;
} QOrder;

static int qorder_cmp(const void *a, const void *b)
{
    const QOrder *x = a, *y = b;
    if (x->section != y->section)
        return x->section < y->section ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A section without a "number" is numbered by its place: chapter.position
 * in a course ("1.3"), its position in reading order among loose files. */
static char *default_number(const Course *c, size_t i, Arena *ar)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%zu", i + 1);
    for (size_t k = 0; k < c->nchapters; k++)
        for (size_t j = 0; j < c->chapters[k].nsections; j++)
            if (c->sections[i].id && strcmp(c->chapters[k].sections[j], c->sections[i].id) == 0)
                snprintf(buf, sizeof buf, "%zu.%zu", k + 1, j + 1);
    return arena_strdup(ar, buf);
}

/* Every optional text the screens and exports show as such gets its default
 * here, so that no reader of the model needs a check: the header says which
 * fields stay NULL when absent (ids, anchors, notes, captions). */
static bool fill_defaults(Course *c, Arena *ar)
{
    for (size_t i = 0; i < c->nsections; i++) {
        Section *s = &c->sections[i];
        if (!s->number && !(s->number = default_number(c, i, ar)))
            return false;
        if (!s->title && !(s->title = arena_strdup(ar, "")))
            return false;
    }
    for (size_t i = 0; i < c->nscenarios; i++) {
        Scenario *sc = &c->scenarios[i];
        if (!sc->intro && !(sc->intro = arena_strdup(ar, "")))
            return false;
    }
    return true;
}

/* The reading place of each loaded section into RANK (NSEC slots): the
 * manifest's chapters first, then the order of loading. A section listed
 * twice, missing or in no chapter is reported. SECIDS: id -> loaded index. */
static void order_sections(Loader *ld, const IdSet *secids, size_t *rank)
{
    size_t nsec = ld->sections.len;
    LoadedSection *secs = ld->sections.data;
    for (size_t i = 0; i < nsec; i++)
        rank[i] = (size_t)-1;
    size_t next_rank = 0;
    if (ld->have_manifest) {
        Chapter *ch = ld->chapters.data;
        Origin *co = ld->chapter_origins.data;
        for (size_t k = 0; k < ld->chapters.len; k++) {
            for (size_t j = 0; j < ch[k].nsections; j++) {
                size_t at;
                char key[40];
                snprintf(key, sizeof key, "sections[%zu]", j);
                if (!idset_get(secids, ch[k].sections[j], &at))
                    ref_error(ld, &co[k], key, DC_CHAPTER_SECTION_UNDEFINED, ch[k].sections[j]);
                else if (rank[at] != (size_t)-1)
                    ref_error(ld, &co[k], key, DC_CHAPTER_SECTION_TWICE, ch[k].sections[j]);
                else
                    rank[at] = next_rank++;
            }
        }
        for (size_t i = 0; i < nsec; i++)
            if (rank[i] == (size_t)-1 && secs[i].s.id) {
                ref_error(ld, &secs[i].origin, NULL, DC_SECTION_IN_NO_CHAPTER, secs[i].s.id);
                rank[i] = next_rank++;
            }
    }
    for (size_t i = 0; i < nsec; i++)
        if (rank[i] == (size_t)-1)
            rank[i] = next_rank++;
}

/* The course's sections in reading order, and SECIDS (id -> index in the
 * course) filled. False when memory ran out. */
static bool place_sections(Loader *ld, IdSet *secids)
{
    Course *c = ld->course;
    size_t nsec = ld->sections.len, dummy;
    LoadedSection *secs = ld->sections.data;
    IdSet loaded = {0}; /* id -> loaded index */
    for (size_t i = 0; i < nsec; i++)
        if (secs[i].s.id)
            idset_put(&loaded, secs[i].s.id, i, &dummy);
    size_t *rank = malloc((nsec ? nsec : 1) * sizeof *rank);
    if (!rank) {
        idset_free(&loaded);
        return false;
    }
    order_sections(ld, &loaded, rank);
    idset_free(&loaded);
    c->sections = arena_alloc(ld->arena, (nsec ? nsec : 1) * sizeof *c->sections);
    if (c->sections) {
        for (size_t i = 0; i < nsec; i++)
            c->sections[rank[i]] = secs[i].s;
        c->nsections = nsec;
    }
    free(rank);
    for (size_t i = 0; i < c->nsections; i++)
        if (c->sections[i].id)
            idset_put(secids, c->sections[i].id, i, &dummy);
    return true;
}

/* Checks question Q's section, anchor and learning goal (CHECK: the course
 * has sections to check against) and returns its section's index, or
 * (size_t)-1 when it names none that exists. */
static size_t resolve_question(Loader *ld, const IdSet *secids, bool check, LoadedQuestion *lq)
{
    const Course *c = ld->course;
    Question *q = &lq->q;
    size_t at = (size_t)-1;
    if (q->section && check && !idset_get(secids, q->section, &at))
        ref_error(ld, &lq->origin, "section", DC_NO_SUCH_SECTION, q->section);
    if (at != (size_t)-1 && q->anchor) {
        const Section *s = &c->sections[at];
        bool found = false;
        for (size_t b = 0; b < s->nblocks && !found; b++)
            found = s->blocks[b].id && strcmp(s->blocks[b].id, q->anchor) == 0;
        if (!found)
            ref_error(ld, &lq->origin, "anchor", DC_NO_SUCH_ANCHOR, q->anchor);
    }
    size_t gs;
    if (q->goal && check && !idset_get(&ld->goals, q->goal, &gs))
        ref_error(ld, &lq->origin, "goal", DC_NO_SUCH_GOAL, q->goal);
    q->section_index = at == (size_t)-1 ? 0 : at;
    return at;
}

/* The course's questions, each resolved, grouped by section in reading
 * order (in loading order within a section), with each section's
 * first_question and nquestions. False when memory ran out. */
static bool group_questions(Loader *ld, const IdSet *secids, bool check)
{
    Course *c = ld->course;
    size_t nq = ld->questions.len;
    LoadedQuestion *qs = ld->questions.data;
    QOrder *ord = malloc((nq ? nq : 1) * sizeof *ord);
    if (!ord)
        return false;
    for (size_t i = 0; i < nq; i++)
        ord[i] = (QOrder){resolve_question(ld, secids, check, &qs[i]), i, &qs[i]};
    qsort(ord, nq, sizeof *ord, qorder_cmp);
    c->questions = arena_alloc(ld->arena, (nq ? nq : 1) * sizeof *c->questions);
    if (c->questions) {
        for (size_t i = 0; i < nq; i++)
            c->questions[i] = ord[i].lq->q;
        c->nquestions = nq;
        for (size_t i = 0; i < c->nsections; i++)
            c->sections[i].first_question = 0;
        for (size_t i = nq; i-- > 0;) {
            size_t s = ord[i].section;
            if (s < c->nsections) {
                c->sections[s].first_question = i;
                c->sections[s].nquestions++;
            }
        }
    }
    free(ord);
    return true;
}

/* The glossary, each term's section resolved. */
static void place_glossary(Loader *ld, const IdSet *secids, bool check)
{
    Course *c = ld->course;
    size_t nt = ld->terms.len;
    LoadedTerm *ts = ld->terms.data;
    c->glossary = arena_alloc(ld->arena, (nt ? nt : 1) * sizeof *c->glossary);
    for (size_t i = 0; i < nt && c->glossary; i++) {
        size_t at = 0;
        if (ts[i].t.section && check && !idset_get(secids, ts[i].t.section, &at))
            ref_error(ld, &ts[i].origin, "section", DC_NO_SUCH_SECTION, ts[i].t.section);
        ts[i].t.section_index = at;
        c->glossary[c->nglossary++] = ts[i].t;
    }
}

/* The scenarios, the sections each practises checked. */
static void place_scenarios(Loader *ld, const IdSet *secids, bool check)
{
    Course *c = ld->course;
    size_t ns = ld->scenarios.len;
    LoadedScenario *sc = ld->scenarios.data;
    c->scenarios = arena_alloc(ld->arena, (ns ? ns : 1) * sizeof *c->scenarios);
    for (size_t i = 0; i < ns && c->scenarios; i++) {
        for (size_t j = 0; j < sc[i].s.nsections && check; j++) {
            size_t at;
            char key[40];
            snprintf(key, sizeof key, "sections[%zu]", j);
            if (!idset_get(secids, sc[i].s.sections[j], &at)) {
                Origin o = {sc[i].origin.file, ""};
                ref_error(ld, &o, key, DC_NO_SUCH_SECTION, sc[i].s.sections[j]);
            }
        }
        c->scenarios[c->nscenarios++] = sc[i].s;
    }
}

/* The quiz sets and chapters, as loaded. */
static void place_quizsets_and_chapters(Loader *ld)
{
    Course *c = ld->course;
    size_t nz = ld->quizsets.len;
    LoadedQuizSet *zs = ld->quizsets.data;
    c->quizsets = arena_alloc(ld->arena, (nz ? nz : 1) * sizeof *c->quizsets);
    for (size_t i = 0; i < nz && c->quizsets; i++)
        c->quizsets[c->nquizsets++] = zs[i].qs;
    size_t nch = ld->chapters.len;
    c->chapters = arena_alloc(ld->arena, (nch ? nch : 1) * sizeof *c->chapters);
    if (c->chapters) {
        if (nch) /* data is NULL when there are none, and memcpy wants a pointer */
            memcpy(c->chapters, ld->chapters.data, nch * sizeof *c->chapters);
        c->nchapters = nch;
    }
}

/* Ties what the files held into one Course once all are in: sections in
 * reading order, every reference between files resolved (each one that
 * names nothing reported), questions grouped by section, then the
 * defaults. False when memory ran out. */
static bool resolve_and_group(Loader *ld)
{
    Course *c = ld->course;
    IdSet secids = {0}; /* section id -> index in the course */
    if (!place_sections(ld, &secids))
        return false;
    bool check = ld->sections.len > 0;
    if (!group_questions(ld, &secids, check)) {
        idset_free(&secids);
        return false;
    }
    place_glossary(ld, &secids, check);
    place_scenarios(ld, &secids, check);
    place_quizsets_and_chapters(ld);
    idset_free(&secids);
    if (!(c->sections && c->questions && c->glossary && c->scenarios && c->quizsets && c->chapters))
        return false;
    return fill_defaults(c, ld->arena);
}

/* ---- entry points ------------------------------------------------------ */

static Course *loader_start(Loader *ld, Diag *diag)
{
    memset(ld, 0, sizeof *ld);
    ld->course = calloc(1, sizeof *ld->course);
    if (!ld->course)
        return NULL;
    ld->arena = &ld->course->arena;
    ld->diag = diag;
    ld->sections.elem = sizeof(LoadedSection);
    ld->questions.elem = sizeof(LoadedQuestion);
    ld->terms.elem = sizeof(LoadedTerm);
    ld->scenarios.elem = sizeof(LoadedScenario);
    ld->quizsets.elem = sizeof(LoadedQuizSet);
    ld->files.elem = sizeof(const char *);
    ld->chapters.elem = sizeof(Chapter);
    ld->chapter_origins.elem = sizeof(Origin);
    ld->id_origins.elem = sizeof(Origin);
    return ld->course;
}

static Course *loader_finish(Loader *ld, size_t errors_before)
{
    bool ok = resolve_and_group(ld);
    vec_free(&ld->sections);
    vec_free(&ld->questions);
    vec_free(&ld->terms);
    vec_free(&ld->scenarios);
    vec_free(&ld->quizsets);
    vec_free(&ld->files);
    vec_free(&ld->chapters);
    vec_free(&ld->chapter_origins);
    vec_free(&ld->id_origins);
    idset_free(&ld->ids);
    idset_free(&ld->goals);
    if (!ok && ld->diag->errors == errors_before)
        diag_at(ld->diag, DIAG_ERROR, (DiagAt){0}, DC_NO_MEMORY_COURSE);
    if (ld->diag->errors != errors_before) {
        course_free(ld->course);
        return NULL;
    }
    return ld->course;
}

static char *join(Arena *a, const char *dir, const char *name)
{
    size_t ld = strlen(dir), ln = strlen(name);
    char *p = arena_alloc(a, ld + ln + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, ld);
    size_t at = ld;
    if (ld && dir[ld - 1] != '/')
        p[at++] = '/';
    memcpy(p + at, name, ln);
    p[at + ln] = '\0';
    return p;
}

/* NAME (from course.json's "files") stays inside the course folder: not
 * absolute and no ".." component ("glossary..v2.json" is a fine name). */
static bool inside(const char *name)
{
    if (name[0] == '/')
        return false;
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return false;
        p += n;
        p += *p == '/';
    }
    return true;
}

/* Loads DIR/course.json and every file it names. */
static void load_course_dir(Loader *ld, const char *dir)
{
    size_t first = ld->files.len;
    bool had = ld->have_manifest;
    char *manifest = join(ld->arena, dir, "course.json");
    if (!manifest)
        return;
    load_file(ld, manifest);
    if (had || !ld->have_manifest)
        return;
    ld->course->dir = arena_strdup(ld->arena, dir);
    for (size_t i = first; i < ld->files.len; i++) {
        const char *name = ((const char **)ld->files.data)[i];
        if (!inside(name)) {
            char at[40];
            snprintf(at, sizeof at, "files[%zu]", i - first);
            diag_report(ld->diag, DIAG_ERROR, (DiagAt){.file = manifest, .path = at}, DC_FILE_OUTSIDE_COURSE, "%s",
                        name);
            continue;
        }
        char *path = join(ld->arena, dir, name);
        if (path)
            load_file(ld, path);
    }
}

Course *course_load(const char *dir, Diag *diag)
{
    Loader ld;
    size_t before = diag->errors;
    if (!loader_start(&ld, diag)) {
        diag_at(diag, DIAG_ERROR, (DiagAt){0}, DC_NO_MEMORY);
        return NULL;
    }
    load_course_dir(&ld, dir);
    if (!ld.have_manifest && diag->errors == before) {
        char manifest[4200];
        snprintf(manifest, sizeof manifest, "%s/course.json", dir);
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = manifest}, DC_NOT_A_MANIFEST);
    }
    return loader_finish(&ld, before);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads the *.json files of a folder without a manifest, in name order,
 * descending into subfolders (to a bounded depth). */
/* A folder met before (through a link, or a link loop) is read once:
 * six links in a loop used to load one file 19,683 times. */
static bool seen_before(Vec *seen, const char *dir)
{
    OsStat st;
    if (!os_stat(dir, &st))
        return false;
    const OsStat *f = seen->data;
    for (size_t i = 0; i < seen->len; i++)
        if (os_same_file(&f[i], &st))
            return true;
    OsStat *slot = vec_push(seen);
    if (slot)
        *slot = st;
    return false;
}

static void load_loose_dir(Loader *ld, const char *dir, int depth, Vec *seen)
{
    if (depth > 8)
        return;
    if (seen_before(seen, dir)) {
        diag_at(ld->diag, DIAG_WARNING, (DiagAt){.file = dir}, DC_FOLDER_READ_TWICE);
        return;
    }
    OsDir *d = os_dir_open(dir);
    if (!d) {
        diag_report(ld->diag, DIAG_ERROR, (DiagAt){.file = dir}, DC_CANNOT_OPEN_FOLDER, "%d", errno);
        return;
    }
    Vec names = {.elem = sizeof(char *)};
    const char *name;
    while ((name = os_dir_next(d)) != NULL) {
        if (name[0] == '.')
            continue;
        char **slot = vec_push(&names);
        if (slot)
            *slot = join(ld->arena, dir, name);
    }
    os_dir_close(d);
    if (names.len)
        qsort(names.data, names.len, sizeof(char *), name_cmp);
    for (size_t i = 0; i < names.len; i++) {
        const char *p = ((char **)names.data)[i];
        OsStat st;
        if (!p || !os_stat(p, &st))
            continue;
        size_t n = strlen(p);
        if (st.type == OS_TYPE_FOLDER)
            load_loose_dir(ld, p, depth + 1, seen);
        else if (n > 5 && strcmp(p + n - 5, ".json") == 0 && !(n > 12 && strcmp(p + n - 12, ".schema.json") == 0))
            load_file(ld, p);
    }
    vec_free(&names);
}

Course *course_load_paths(const char *const *paths, size_t npaths, Diag *diag)
{
    Loader ld;
    size_t before = diag->errors;
    if (!loader_start(&ld, diag)) {
        diag_at(diag, DIAG_ERROR, (DiagAt){0}, DC_NO_MEMORY);
        return NULL;
    }
    for (size_t i = 0; i < npaths; i++) {
        OsStat st;
        if (!os_stat(paths[i], &st)) {
            diag_report(diag, DIAG_ERROR, (DiagAt){.file = paths[i]}, DC_NO_SUCH_PATH, "%d", errno);
            continue;
        }
        if (st.type == OS_TYPE_FOLDER) {
            char *m = join(ld.arena, paths[i], "course.json");
            OsStat ms;
            if (m && os_stat(m, &ms)) {
                load_course_dir(&ld, paths[i]);
            } else {
                /* The program opens a folder only through its course.json:
                 * say so, and refuse a folder with nothing to check. */
                size_t files = ld.nfiles_read;
                Vec seen = {.elem = sizeof(OsStat)};
                load_loose_dir(&ld, paths[i], 0, &seen);
                vec_free(&seen);
                if (ld.nfiles_read == files)
                    diag_at(diag, DIAG_ERROR, (DiagAt){.file = paths[i]}, DC_NOTHING_TO_CHECK);
                else
                    diag_at(diag, DIAG_WARNING, (DiagAt){.file = paths[i]}, DC_LOOSE_FILES);
            }
        } else {
            load_file(&ld, paths[i]);
        }
    }
    return loader_finish(&ld, before);
}

Course *course_load_buffer(const char *name, const char *text, size_t len, Diag *diag)
{
    Loader ld;
    size_t before = diag->errors;
    if (!loader_start(&ld, diag)) {
        diag_at(diag, DIAG_ERROR, (DiagAt){0}, DC_NO_MEMORY);
        return NULL;
    }
    const char *file = arena_strdup(ld.arena, name);
    if (len > JSON_MAX_FILE_BYTES)
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = name}, DC_FILE_TOO_BIG, "%.1f%d",
                    (double)len / (1024.0 * 1024.0), JSON_MAX_FILE_BYTES / (1024 * 1024));
    else if (file) {
        /* cJSON reads up to a terminating NUL: give it a terminated copy. */
        char *copy = malloc(len + 1);
        if (copy) {
            memcpy(copy, text, len);
            copy[len] = '\0';
            load_text(&ld, file, copy, len);
            free(copy);
        } else {
            diag_at(diag, DIAG_ERROR, (DiagAt){.file = name}, DC_NO_MEMORY);
        }
    }
    return loader_finish(&ld, before);
}

void course_free(Course *c)
{
    if (!c)
        return;
    arena_free(&c->arena);
    free(c);
}

const Section *course_section(const Course *c, const char *id)
{
    for (size_t i = 0; i < c->nsections; i++)
        if (c->sections[i].id && strcmp(c->sections[i].id, id) == 0)
            return &c->sections[i];
    return NULL;
}

const Question *course_question(const Course *c, const char *id)
{
    for (size_t i = 0; i < c->nquestions; i++)
        if (c->questions[i].id && strcmp(c->questions[i].id, id) == 0)
            return &c->questions[i];
    return NULL;
}

const Scenario *course_scenario(const Course *c, const char *id)
{
    for (size_t i = 0; i < c->nscenarios; i++)
        if (c->scenarios[i].id && strcmp(c->scenarios[i].id, id) == 0)
            return &c->scenarios[i];
    return NULL;
}

bool course_in_quizset(const Course *c, const Question *q)
{
    for (size_t i = 0; i < c->nquizsets; i++)
        for (size_t j = 0; j < c->quizsets[i].nquestions; j++)
            if (strcmp(c->quizsets[i].questions[j], q->id) == 0)
                return true;
    return false;
}

void course_count_types(const Course *c, size_t counts[QUESTION_TYPE_COUNT])
{
    for (int t = 0; t < QUESTION_TYPE_COUNT; t++)
        counts[t] = 0;
    for (size_t i = 0; i < c->nquestions; i++)
        if ((unsigned)c->questions[i].type < QUESTION_TYPE_COUNT)
            counts[c->questions[i].type]++;
}
