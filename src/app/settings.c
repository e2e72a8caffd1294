/* settings.c - see settings.h. The file is line-based "key=value" so a
 * person can read and fix it; a value that does not parse falls back to
 * its default rather than costing the student the other settings. */
#include "settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "isotime.h"
#include "os.h"

void settings_default(Settings *s)
{
    memset(s, 0, sizeof *s);
    s->theme = THEME_LIGHT;
    s->hyphenate = true;
    s->speak_wpm = SETTINGS_SPEAK_WPM;
    settings_place_clear(s);
}

void settings_place_clear(Settings *s)
{
    s->last_section[0] = '\0';
    s->last_block = 0;
    s->has_exam = false;
    s->exam_day = 0;
    s->new_per_day = SETTINGS_NEW_PER_DAY;
}

/* Howard Hinnant's days-from-civil arithmetic, written out here. */
bool settings_civil_day(int y, int m, int d, int64_t *day)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap))
        return false;
    int64_t yy = m <= 2 ? y - 1 : y;
    int64_t era = yy / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *day = era * 146097 + doe - 719468;
    return true;
}

/* "YYYY-MM-DD" as a day number. */
static bool parse_date(const char *v, int64_t *day)
{
    int y, m, d;
    char tail;
    if (strlen(v) != 10 || sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return false;
    return settings_civil_day(y, m, d, day);
}

float settings_text_factor(int step)
{
    static const float factors[] = {0.8f, 0.87f, 0.93f, 1.0f, 1.1f, 1.2f, 1.35f, 1.5f, 1.7f, 2.0f};
    if (step < SETTINGS_TEXT_STEP_MIN)
        step = SETTINGS_TEXT_STEP_MIN;
    if (step > SETTINGS_TEXT_STEP_MAX)
        step = SETTINGS_TEXT_STEP_MAX;
    return factors[step - SETTINGS_TEXT_STEP_MIN];
}

static bool parse_int(const char *v, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < lo || n > hi)
        return false;
    *out = (int)n;
    return true;
}

static bool place_key(const char *key)
{
    return strcmp(key, "last_section") == 0 || strcmp(key, "last_block") == 0 || strcmp(key, "exam_date") == 0 ||
           strcmp(key, "new_per_day") == 0;
}

static bool valid_id(const char *v)
{
    size_t n = strlen(v);
    if (n == 0 || n > 64)
        return false;
    for (const char *p = v; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' ||
              *p == '_' || *p == '.'))
            return false;
    return true;
}

/* One line's KEY and value V; with PLACE only the reading place's keys. */
static void apply(Settings *s, const char *key, const char *v, bool place)
{
    int n;
    if (place && !place_key(key))
        return;
    if (strcmp(key, "theme") == 0) {
        ThemeId t;
        if (theme_from_key(v, &t))
            s->theme = t;
    } else if (strcmp(key, "text_step") == 0) {
        if (parse_int(v, SETTINGS_TEXT_STEP_MIN, SETTINGS_TEXT_STEP_MAX, &n))
            s->text_step = n;
    } else if (strcmp(key, "dyslexic") == 0) {
        if (parse_int(v, 0, 1, &n))
            s->dyslexic = n;
    } else if (strcmp(key, "hyphenate") == 0) {
        if (parse_int(v, 0, 1, &n))
            s->hyphenate = n;
    } else if (strcmp(key, "line_spacing") == 0) {
        if (parse_int(v, 0, SETTINGS_SPACING_MAX, &n))
            s->line_spacing = n;
    } else if (strcmp(key, "letter_spacing") == 0) {
        if (parse_int(v, 0, SETTINGS_SPACING_MAX, &n))
            s->letter_spacing = n;
    } else if (strcmp(key, "speak_wpm") == 0) {
        if (parse_int(v, SETTINGS_SPEAK_WPM_MIN, SETTINGS_SPEAK_WPM_MAX, &n))
            s->speak_wpm = n;
    } else if (strcmp(key, "last_section") == 0) {
        if (valid_id(v))
            snprintf(s->last_section, sizeof s->last_section, "%s", v);
    } else if (strcmp(key, "last_block") == 0) {
        if (parse_int(v, 0, 1 << 20, &n))
            s->last_block = n;
    } else if (strcmp(key, "exam_date") == 0) {
        int64_t day;
        s->has_exam = parse_date(v, &day);
        s->exam_day = s->has_exam ? day : 0;
    } else if (strcmp(key, "klas_folder") == 0) {
        if (strlen(v) < sizeof s->klas_folder)
            snprintf(s->klas_folder, sizeof s->klas_folder, "%s", v);
    } else if (strcmp(key, "new_per_day") == 0) {
        if (parse_int(v, 0, SETTINGS_NEW_PER_DAY_MAX, &n))
            s->new_per_day = n;
    }
}

static bool read_file(Settings *s, const char *path, char *err, size_t errsize, bool place)
{
    FILE *f = os_fopen_regular(path); /* a FIFO here must not hang the start */
    if (!f) {
        if (errno == ENOENT)
            return true;
        snprintf(err, errsize, "%s: %s", path, strerror(errno));
        return false;
    }
    char line[1200]; /* a klas_folder= path with its key */
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        *eq = '\0';
        apply(s, line, eq + 1, place);
    }
    bool ok = !ferror(f);
    if (!ok)
        snprintf(err, errsize, "%s: read error", path);
    fclose(f);
    return ok;
}

bool settings_load(Settings *s, const char *path, char *err, size_t errsize)
{
    settings_default(s);
    return read_file(s, path, err, errsize, false);
}

bool settings_place_load(Settings *s, const char *path, char *err, size_t errsize)
{
    settings_place_clear(s);
    return read_file(s, path, err, errsize, true);
}

/* Replaces PATH with BODY[0..N) atomically and durably, creating its
 * folder: the same path as every file the program writes (fsutil). */
static bool write_file(const char *path, const char *body, int n, AwError *err)
{
    if (n < 0)
        n = 0;
    return fsutil_mkdirs_for(path, err) && fsutil_write_atomic(path, body, (size_t)n, err);
}

/* The per-profile keys, appended to BODY at N; the new length. */
static int put_place(const Settings *s, char *body, size_t size, int n)
{
    if (n < 0 || (size_t)n >= size)
        return n;
    n += snprintf(body + n, size - (size_t)n, "last_section=%s\nlast_block=%d\nnew_per_day=%d\n", s->last_section,
                  s->last_block, s->new_per_day);
    if (s->has_exam && n >= 0 && (size_t)n < size) {
        int y, m, d;
        isotime_civil(s->exam_day, &y, &m, &d);
        n += snprintf(body + n, size - (size_t)n, "exam_date=%04d-%02d-%02d\n", y, m, d);
    }
    return n;
}

bool settings_save(const Settings *s, const char *path, AwError *err)
{
    char body[2048];
    int n = snprintf(body, sizeof body,
                     "# accountwijs settings\ntheme=%s\ntext_step=%d\ndyslexic=%d\nhyphenate=%d\nline_spacing=%d\n"
                     "letter_spacing=%d\nspeak_wpm=%d\n",
                     theme_get(s->theme)->key, s->text_step, s->dyslexic ? 1 : 0, s->hyphenate ? 1 : 0, s->line_spacing,
                     s->letter_spacing, s->speak_wpm);
    /* A folder name with a line break could not be read back: not kept. */
    if (s->klas_folder[0] && !strpbrk(s->klas_folder, "\r\n") && n >= 0 && (size_t)n < sizeof body)
        n += snprintf(body + n, sizeof body - (size_t)n, "klas_folder=%s\n", s->klas_folder);
    if (!s->place_in_profile)
        n = put_place(s, body, sizeof body, n);
    if (n < 0 || (size_t)n >= sizeof body)
        return aw_fail_path(err, AW_ERR_SETTINGS_TOO_LONG, path, 0);
    return write_file(path, body, n, err);
}

bool settings_place_save(const Settings *s, const char *path, AwError *err)
{
    char body[320];
    int n = put_place(s, body, sizeof body, snprintf(body, sizeof body, "# accountwijs reading place\n"));
    if (n < 0 || (size_t)n >= sizeof body)
        return aw_fail_path(err, AW_ERR_PLACE_TOO_LONG, path, 0);
    return write_file(path, body, n, err);
}
