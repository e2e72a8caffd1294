/* profiles.h - the students on one machine. Each profile lives in its own
 * folder under DATA/profiles/, named by a generated id ("p-" and 16 hex
 * digits), never by what a student typed:
 *
 *   DATA/profiles/p-0123456789abcdef/profile.json    the display name
 *   DATA/profiles/p-0123456789abcdef/attempts.jsonl  the attempt log (progress.h)
 *   DATA/profiles/p-0123456789abcdef/place.conf      where the student was
 *                                                    reading (app/settings.h)
 *
 * profile.json is one JSON object, replaced atomically on rename:
 *   {"kind":"accountwijs-profile","format":1,"id":"p-…","name":"Anna","created":"2026-03-01T09:15:02.123Z"}
 *
 * A name is 1..40 code points of UTF-8 without control characters, trimmed
 * of spaces at both ends; two profiles may not have names that differ only
 * in case. A deleted profile's folder is moved to DATA/deleted/ (a teacher
 * can restore a mistake), so it leaves the list but no answer is destroyed.
 *
 * Errors go to a caller-supplied buffer as a Dutch sentence a student can
 * read. Nothing here prints or keeps state between calls. */
#ifndef ACCOUNTWIJS_PROFILES_H
#define ACCOUNTWIJS_PROFILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "error.h"

enum {
    PROFILE_NAME_MAX_CHARS = 40,
    PROFILE_NAME_MAX_BYTES = 4 * PROFILE_NAME_MAX_CHARS + 1,
    PROFILE_ID_SIZE = 19, /* "p-" + 16 hex digits + NUL */
};

/* The organisation and application names given to SDL_GetPrefPath. */
#define PROFILES_ORG "accountwijs"
#define PROFILES_APP "accountwijs"

typedef struct {
    char id[PROFILE_ID_SIZE];
    char *name;         /* display name (owned by the list) */
    int64_t created_ms; /* 0 when unknown */
    bool damaged;       /* profile.json unreadable: name is the id */
} Profile;

typedef struct {
    Profile *items; /* sorted by name, case-insensitively */
    size_t count;
} ProfileList;

/* The data folder, the same for the window and for export: FLAG (a
 * --data-dir) when given, else $ACCOUNTWIJS_DATA_DIR, else the user's
 * data folder os_user_data_dir(PROFILES_ORG, PROFILES_APP) (no trailing
 * slash). Empty strings count as unset. False when none is available or
 * OUT is too small. */
bool profiles_data_dir(char *out, size_t size, const char *flag);

/* Checks NAME and writes its trimmed form to CLEAN (PROFILE_NAME_MAX_BYTES
 * is enough). False with ERR (AW_ERR_NAME_*) when it is not a valid name. */
bool profiles_check_name(const char *name, char *clean, size_t cleansize, AwError *err);

/* True when A and B are the same name apart from case (simple case
 * folding of Latin, Greek and Cyrillic letters). */
bool profiles_same_name(const char *a, const char *b);

/* True when ID has the form of a profile id; anything else is refused
 * before it comes near a path. */
bool profiles_valid_id(const char *id);

/* Lists the profiles in DATA_DIR (none when the folder does not exist yet).
 * A folder whose profile.json cannot be read is listed as damaged, with a
 * warning in DIAG. False only when the folder cannot be read at all. */
bool profiles_list(const char *data_dir, ProfileList *out, Diag *diag);
void profiles_list_free(ProfileList *list);

/* The profile named NAME (case-insensitively), or else the one whose id is
 * NAME; NULL when there is none. */
const Profile *profiles_find(const ProfileList *list, const char *name);

/* Creates a profile called NAME (creating DATA_DIR when needed) and writes
 * its id to ID_OUT. Refuses invalid and duplicate names. */
bool profiles_create(const char *data_dir, const char *name, int64_t now_ms, char id_out[PROFILE_ID_SIZE],
                     AwError *err);

/* Gives profile ID the name NAME (same rules; its own name in another case
 * is allowed). */
bool profiles_rename(const char *data_dir, const char *id, const char *name, AwError *err);

/* Removes profile ID from the list by moving its folder, with all its
 * answers, to DATA_DIR/deleted/. Ask the student to confirm first. */
bool profiles_delete(const char *data_dir, const char *id, AwError *err);

/* DATA_DIR/profiles/ID and the attempt log inside it. False when ID is not
 * a valid id or the path does not fit. */
bool profiles_dir(const char *data_dir, const char *id, char *out, size_t size);
bool profiles_log_path(const char *data_dir, const char *id, char *out, size_t size);

#endif
