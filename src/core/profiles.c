/* profiles.c - see profiles.h.
 *
 * What a student types only ever lands inside profile.json, escaped as a
 * JSON string; folders are named by a random id. A new profile is built in
 * a hidden folder (".new-<id>") and renamed into place once its
 * profile.json is on disk, so a crash never leaves a profile without a
 * name: half-built folders are simply not listed. */
#include "profiles.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "isotime.h"
#include "jsonl.h"
#include "os.h"
#include "utf8.h"

enum { PATH_SIZE = 4096, PROFILE_FILE_MAX = 64 * 1024 };

bool profiles_data_dir(char *out, size_t size, const char *flag)
{
    const char *dir = flag && *flag ? flag : os_getenv("ACCOUNTWIJS_DATA_DIR");
    if (!dir || !*dir)
        return os_user_data_dir(PROFILES_ORG, PROFILES_APP, out, size);
    int n = snprintf(out, size, "%s", dir);
    if (n < 0 || (size_t)n >= size)
        return false;
    /* One form for every source: no trailing slash (but keep "/"). */
    while (n > 1 && out[n - 1] == '/')
        out[--n] = '\0';
    return true;
}

/* ---- names ------------------------------------------------------------- */

/* Simple case folding for the scripts a Dutch classroom meets. */
static uint32_t fold(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0xC0)
        return c;
    if (c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x178)
        return 0xFF;
    if (c == 0x130)
        return 'i';
    if (c == 0x17F)
        return 's';
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c & 1) ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 32;
    if (c == 0x3C2)
        return 0x3C3;
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 37;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 63;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

/* For sorting only: the base letter of an accented Latin letter (after
 * fold), so that "Çem" sorts among the c's rather than after "zoë". */
static uint32_t base_letter(uint32_t c)
{
    static const char latin1[] = "aaaaaaaceeeeiiiidnooooo\xf7ouuuuyty";    /* U+00E0.. */
    static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhh" /* U+0100.. */
                                "iiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
                                "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    _Static_assert(sizeof latin1 - 1 == 32 && sizeof ext_a - 1 == 128, "one letter per code point");
    if (c >= 0xE0 && c <= 0xFF && c != 0xF7)
        return (unsigned char)latin1[c - 0xE0];
    if (c == 0xDF)
        return 's';
    if (c >= 0x100 && c <= 0x17F)
        return (unsigned char)ext_a[c - 0x100];
    return c;
}

/* Compares A and B code point by code point after folding (and, when
 * BASE, reducing accented letters to their base). Invalid bytes compare as
 * themselves, so this is total even on damaged input. */
static int fold_cmp_by(const char *a, const char *b, bool base)
{
    size_t la = strlen(a), lb = strlen(b);
    while (la && lb) {
        uint32_t ca, cb;
        size_t na = utf8_decode(a, la, &ca), nb = utf8_decode(b, lb, &cb);
        if (!na) {
            ca = (unsigned char)*a;
            na = 1;
        }
        if (!nb) {
            cb = (unsigned char)*b;
            nb = 1;
        }
        ca = fold(ca);
        cb = fold(cb);
        if (base) {
            ca = base_letter(ca);
            cb = base_letter(cb);
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        a += na, la -= na;
        b += nb, lb -= nb;
    }
    return (la > 0) - (lb > 0);
}

static int fold_cmp(const char *a, const char *b)
{
    return fold_cmp_by(a, b, false);
}

bool profiles_same_name(const char *a, const char *b)
{
    return fold_cmp(a, b) == 0;
}

static bool is_control(uint32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

/* Bidirectional controls (marks, embeddings, overrides, isolates): a name
 * with U+202E shows reversed, in the program and in a teacher's
 * spreadsheet. They are taken out of every name. */
static bool is_bidi_control(uint32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Characters that show nothing: spaces, zero-width characters, fillers,
 * variation selectors, tags. A name needs one character besides these. */
static bool is_invisible(uint32_t c)
{
    return c == 0x20 || c == 0xA0 || c == 0xAD || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x1680 ||
           c == 0x180E || (c >= 0x2000 && c <= 0x200D) || c == 0x202F || (c >= 0x205F && c <= 0x2064) || c == 0x2800 ||
           c == 0x3000 || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 ||
           (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool profiles_check_name(const char *name, char *clean, size_t cleansize, AwError *err)
{
    size_t len = strlen(name), bad;
    if (!utf8_valid(name, len, &bad)) {
        return aw_fail(err, AW_ERR_NAME_NOT_UTF8);
    }
    /* Copy without bidirectional controls, then trim spaces. */
    char buf[4 * 256];
    size_t n = 0, chars = 0;
    bool visible = false;
    for (const char *p = name, *end = name + len; p < end;) {
        uint32_t c;
        size_t k = utf8_decode(p, (size_t)(end - p), &c);
        if (is_control(c)) {
            return aw_fail(err, AW_ERR_NAME_CONTROL);
        }
        if (!is_bidi_control(c)) {
            if (n + k >= sizeof buf) {
                aw_fail(err, AW_ERR_NAME_TOO_LONG);
                if (err)
                    err->num = PROFILE_NAME_MAX_CHARS;
                return false;
            }
            memcpy(buf + n, p, k);
            n += k;
            visible = visible || !is_invisible(c);
        }
        p += k;
    }
    const char *start = buf, *end = buf + n;
    while (start < end && *start == ' ')
        start++;
    while (end > start && end[-1] == ' ')
        end--;
    if (start == end) {
        return aw_fail(err, AW_ERR_NAME_EMPTY);
    }
    if (!visible) {
        return aw_fail(err, AW_ERR_NAME_INVISIBLE);
    }
    chars = utf8_count(start, (size_t)(end - start));
    if (chars > PROFILE_NAME_MAX_CHARS) {
        aw_fail(err, AW_ERR_NAME_TOO_MANY_CHARS);
        if (err) {
            err->num = PROFILE_NAME_MAX_CHARS;
            err->num2 = (long long)chars;
        }
        return false;
    }
    if ((size_t)(end - start) >= cleansize) {
        return aw_fail(err, AW_ERR_NAME_DOES_NOT_FIT);
    }
    memcpy(clean, start, (size_t)(end - start));
    clean[end - start] = '\0';
    return true;
}

bool profiles_valid_id(const char *id)
{
    if (!id || strncmp(id, "p-", 2) != 0 || strlen(id) != PROFILE_ID_SIZE - 1)
        return false;
    for (const char *p = id + 2; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return false;
    return true;
}

bool profiles_dir(const char *data_dir, const char *id, char *out, size_t size)
{
    if (!profiles_valid_id(id))
        return false;
    int n = snprintf(out, size, "%s/profiles/%s", data_dir, id);
    return n > 0 && (size_t)n < size;
}

bool profiles_log_path(const char *data_dir, const char *id, char *out, size_t size)
{
    if (!profiles_valid_id(id))
        return false;
    int n = snprintf(out, size, "%s/profiles/%s/attempts.jsonl", data_dir, id);
    return n > 0 && (size_t)n < size;
}

/* ---- profile.json ------------------------------------------------------ */

static bool write_profile_json(const char *dir, const char *id, const char *name, int64_t created_ms, AwError *err)
{
    char path[PATH_SIZE], when[ISOTIME_SIZE];
    if (!fsutil_path(path, sizeof path, "%s/profile.json", dir))
        return aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
    JsonBuf b = {0};
    jsonbuf_puts(&b, "{\"kind\":\"accountwijs-profile\",\"format\":1,\"id\":");
    jsonbuf_put_string(&b, id);
    jsonbuf_puts(&b, ",\"name\":");
    jsonbuf_put_string(&b, name);
    if (created_ms) {
        isotime_format(created_ms, when);
        jsonbuf_puts(&b, ",\"created\":");
        jsonbuf_put_string(&b, when);
    }
    jsonbuf_puts(&b, "}\n");
    bool ok = !b.failed && fsutil_write_atomic(path, b.data, b.len, err);
    if (b.failed)
        aw_fail(err, AW_ERR_NO_MEMORY);
    jsonbuf_free(&b);
    return ok;
}

/* Reads DIR/profile.json into P (whose id is set). False with the reason:
 * *WHY a token the string tables word, or else *SYS an errno. */
static bool read_profile_json(const char *dir, Profile *p, const char **why, int *sys)
{
    char path[PATH_SIZE];
    char *text;
    if (!fsutil_path(path, sizeof path, "%s/profile.json", dir)) {
        *why = "path-too-long";
        return false;
    }
    size_t len;
    if (!os_read_file(path, PROFILE_FILE_MAX, &text, &len)) {
        *sys = errno;
        return false;
    }
    JsonlField f[JSONL_MAX_FIELDS];
    int n = jsonl_object(text, len, f, JSONL_MAX_FIELDS);
    char raw[PROFILE_NAME_MAX_BYTES * 2], clean[PROFILE_NAME_MAX_BYTES], kind[32], when[ISOTIME_SIZE + 8];
    bool ok = false;
    if (n < 0) {
        *why = "not-json";
    } else if (!jsonl_string(jsonl_field(f, n, "kind"), kind, sizeof kind) ||
               strcmp(kind, "accountwijs-profile") != 0) {
        *why = "not-a-profile";
    } else if (!jsonl_string(jsonl_field(f, n, "name"), raw, sizeof raw) ||
               !profiles_check_name(raw, clean, sizeof clean, NULL)) {
        *why = "bad-name";
    } else {
        p->name = strdup(clean);
        ok = p->name != NULL;
        if (!ok)
            *why = "no-memory";
        if (jsonl_string(jsonl_field(f, n, "created"), when, sizeof when))
            isotime_parse(when, strlen(when), &p->created_ms);
    }
    free(text);
    return ok;
}

/* ---- the list ---------------------------------------------------------- */

/* Alphabetical as a Dutch reader expects; damaged profiles last. */
static int profile_cmp(const void *a, const void *b)
{
    const Profile *x = a, *y = b;
    if (x->damaged != y->damaged)
        return x->damaged ? 1 : -1;
    int c = fold_cmp_by(x->name, y->name, true);
    if (!c)
        c = fold_cmp(x->name, y->name);
    return c ? c : strcmp(x->id, y->id);
}

void profiles_list_free(ProfileList *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i].name);
    free(list->items);
    memset(list, 0, sizeof *list);
}

bool profiles_list(const char *data_dir, ProfileList *out, Diag *diag)
{
    memset(out, 0, sizeof *out);
    char root[PATH_SIZE];
    if (!fsutil_path(root, sizeof root, "%s/profiles", data_dir)) {
        diag_at(diag, DIAG_ERROR, (DiagAt){.file = data_dir}, DC_PATH_TOO_LONG);
        return false;
    }
    OsDir *d = os_dir_open(root);
    if (!d) {
        if (errno == ENOENT)
            return true;
        diag_report(diag, DIAG_ERROR, (DiagAt){.file = root}, DC_PROFILES_UNREADABLE, "%d", errno);
        return false;
    }
    size_t cap = 0;
    const char *name;
    while ((name = os_dir_next(d)) != NULL) {
        if (!profiles_valid_id(name))
            continue;
        char dir[PATH_SIZE];
        if (!fsutil_path(dir, sizeof dir, "%s/%s", root, name) || !os_is_folder(dir))
            continue;
        if (out->count == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            Profile *items = realloc(out->items, ncap * sizeof *items);
            if (!items) {
                os_dir_close(d);
                diag_at(diag, DIAG_ERROR, (DiagAt){0}, DC_NO_MEMORY);
                profiles_list_free(out);
                return false;
            }
            out->items = items;
            cap = ncap;
        }
        Profile *p = &out->items[out->count];
        memset(p, 0, sizeof *p);
        memcpy(p->id, name, PROFILE_ID_SIZE);
        const char *why = NULL;
        int sys = 0;
        if (!read_profile_json(dir, p, &why, &sys)) {
            char file[PATH_SIZE + 16];
            snprintf(file, sizeof file, "%s/profile.json", dir);
            if (why)
                diag_report(diag, DIAG_WARNING, (DiagAt){.file = file}, DC_PROFILE_NAME_UNREADABLE, "%s%s", why, p->id);
            else
                diag_report(diag, DIAG_WARNING, (DiagAt){.file = file}, DC_PROFILE_NAME_UNREADABLE_SYS, "%d%s",
                            sys ? sys : EIO, p->id);
            p->damaged = true;
            p->name = strdup(p->id);
            if (!p->name)
                continue;
        }
        out->count++;
    }
    os_dir_close(d);
    if (out->count)
        qsort(out->items, out->count, sizeof *out->items, profile_cmp);
    return true;
}

const Profile *profiles_find(const ProfileList *list, const char *name)
{
    char clean[PROFILE_NAME_MAX_BYTES];
    const char *key = profiles_check_name(name, clean, sizeof clean, NULL) ? clean : name;
    for (size_t i = 0; i < list->count; i++)
        if (!list->items[i].damaged && profiles_same_name(list->items[i].name, key))
            return &list->items[i];
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i].id, name) == 0)
            return &list->items[i];
    return NULL;
}

/* ---- create, rename, delete ------------------------------------------- */

static void random_id(char id[PROFILE_ID_SIZE])
{
    unsigned char r[8] = {0};
    if (!os_random_bytes(r, sizeof r)) {
        /* No random source (a jail?): clock and pid are unique enough, and
         * mkdir refuses a clash anyway. */
        int64_t ns = os_mono_ns();
        uint64_t x = (uint64_t)os_wall_ms() * 1000000007u ^ (uint64_t)ns ^ ((uint64_t)os_pid() << 32);
        x ^= (uint64_t)(uintptr_t)&x;
        for (int i = 0; i < 8; i++) {
            x ^= x >> 33;
            x *= 0xff51afd7ed558ccdULL;
            r[i] = (unsigned char)(x >> 56);
        }
    }
    snprintf(id, PROFILE_ID_SIZE, "p-%02x%02x%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
}

/* Holds a lock on the DATA/profiles folder itself while a name is checked
 * and taken, so two windows creating or renaming at once cannot both take
 * one name (no lock file is left behind). -1 with ERR when the lock cannot
 * be had. Release with os_close(). */
static int lock_names(const char *root, AwError *err)
{
    int fd = os_open(root, OS_READ | OS_FOLDER | OS_NOFOLLOW, 0);
    if (fd < 0 || !os_lock(fd, true)) {
        aw_fail_path(err, AW_ERR_PROFILES_LOCK, root, errno);
        os_close(fd);
        return -1;
    }
    return fd;
}

/* False (with ERR) when another profile than SELF_ID already has NAME. */
static bool name_is_free(const char *data_dir, const char *name, const char *self_id, AwError *err)
{
    Diag d;
    diag_init(&d);
    ProfileList list;
    bool ok = profiles_list(data_dir, &list, &d);
    if (!ok) {
        int e = errno;
        char root[PATH_SIZE];
        aw_fail_path(err, AW_ERR_PROFILES_UNREADABLE,
                     fsutil_path(root, sizeof root, "%s/profiles", data_dir) ? root : data_dir, e);
    }
    for (size_t i = 0; ok && i < list.count; i++) {
        const Profile *p = &list.items[i];
        if (!p->damaged && profiles_same_name(p->name, name) && (!self_id || strcmp(p->id, self_id) != 0)) {
            ok = aw_fail_what(err, AW_ERR_NAME_TAKEN, p->name);
        }
    }
    profiles_list_free(&list);
    diag_free(&d);
    return ok;
}

bool profiles_create(const char *data_dir, const char *name, int64_t now_ms, char id_out[PROFILE_ID_SIZE], AwError *err)
{
    char clean[PROFILE_NAME_MAX_BYTES], root[PATH_SIZE], tmp[PATH_SIZE], dir[PATH_SIZE], id[PROFILE_ID_SIZE];
    if (!profiles_check_name(name, clean, sizeof clean, err))
        return false;
    if (!fsutil_path(root, sizeof root, "%s/profiles", data_dir) || strlen(root) + 40 > sizeof root)
        return aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
    if (!fsutil_mkdirs(root, err))
        return false;
    int lock = lock_names(root, err);
    if (lock < 0)
        return false;
    if (!name_is_free(data_dir, clean, NULL, err)) {
        os_close(lock);
        return false;
    }
    for (int attempt = 0;; attempt++) {
        random_id(id);
        fsutil_path(tmp, sizeof tmp, "%s/.new-%s", root, id); /* fits: checked above */
        fsutil_path(dir, sizeof dir, "%s/%s", root, id);
        OsStat st;
        if (os_stat(dir, &st))
            errno = EEXIST;
        else if (os_mkdir(tmp, 0700))
            break;
        if (errno == EEXIST && attempt < 16)
            continue;
        aw_fail_path(err, AW_ERR_PROFILE_MKDIR, root, errno);
        os_close(lock);
        return false;
    }
    if (!write_profile_json(tmp, id, clean, now_ms, err))
        goto fail;
    if (!os_rename(tmp, dir)) {
        aw_fail_path(err, AW_ERR_PROFILE_SAVE, dir, errno);
        goto fail;
    }
    os_sync_parent(dir);
    os_close(lock);
    memcpy(id_out, id, PROFILE_ID_SIZE);
    return true;
fail:
    if (fsutil_path(dir, sizeof dir, "%s/profile.json", tmp))
        os_unlink(dir);
    os_rmdir(tmp);
    os_close(lock);
    return false;
}

bool profiles_rename(const char *data_dir, const char *id, const char *name, AwError *err)
{
    char clean[PROFILE_NAME_MAX_BYTES], dir[PATH_SIZE];
    OsStat st;
    if (!profiles_dir(data_dir, id, dir, sizeof dir) || !os_stat(dir, &st))
        return aw_fail(err, AW_ERR_NO_PROFILE);
    if (!profiles_check_name(name, clean, sizeof clean, err))
        return false;
    char root[PATH_SIZE];
    if (!fsutil_path(root, sizeof root, "%s/profiles", data_dir))
        return aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
    int lock = lock_names(root, err);
    if (lock < 0)
        return false;
    bool ok = name_is_free(data_dir, clean, id, err);
    if (ok) {
        Profile old = {0};
        const char *why = NULL;
        int sys = 0;
        memcpy(old.id, id, PROFILE_ID_SIZE);
        int64_t created = read_profile_json(dir, &old, &why, &sys) ? old.created_ms : 0;
        free(old.name);
        ok = write_profile_json(dir, id, clean, created, err);
    }
    os_close(lock);
    return ok;
}

bool profiles_delete(const char *data_dir, const char *id, AwError *err)
{
    char dir[PATH_SIZE], bin[PATH_SIZE], target[PATH_SIZE], moved[PATH_SIZE];
    OsStat st;
    if (!profiles_dir(data_dir, id, dir, sizeof dir) || !os_stat(dir, &st))
        return aw_fail(err, AW_ERR_NO_PROFILE);
    if (!fsutil_path(bin, sizeof bin, "%s/deleted", data_dir) || !fsutil_path(target, sizeof target, "%s/%s", bin, id))
        return aw_fail(err, AW_ERR_DATA_DIR_TOO_LONG);
    if (!fsutil_mkdirs(bin, err))
        return false;
    /* os_move_aside appends the suffix to the source; move into the
     * bin by renaming to a fresh name there instead. */
    for (int i = 1; i < 1000; i++) {
        if (!(i == 1 ? fsutil_path(moved, sizeof moved, "%s", target)
                     : fsutil_path(moved, sizeof moved, "%s-%d", target, i)))
            break;
        if (os_lstat(moved, &st))
            continue;
        if (!os_rename(dir, moved))
            break;
        os_sync_parent(dir);
        os_sync_parent(moved);
        return true;
    }
    return aw_fail_path(err, AW_ERR_PROFILE_DELETE, dir, errno);
}
