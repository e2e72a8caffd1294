/* lrs_conf.c - see lrs_conf.h. A line format an IT person can write with
 * any editor and read back without a manual; every mistake is refused
 * with its line, so a typo never sends answers somewhere unexpected. */
#include "lrs_conf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "os.h"
#include "utf8.h"

enum { LRS_CONF_MAX_BYTES = 64 * 1024 };

bool lrs_conf_sends(const LrsConf *c)
{
    return c && c->endpoint[0];
}

static void reset(LrsConf *out)
{
    memset(out, 0, sizeof *out);
    out->batch = 50;
    out->timeout_s = 30;
}

static bool fail_line(AwError *err, AwErrCode code, const char *path, long line, const char *what, size_t n)
{
    aw_fail_path(err, code, path, 0);
    if (err) {
        err->num = line;
        if (n >= sizeof err->what)
            n = sizeof err->what - 1;
        memcpy(err->what, what, n);
        err->what[n] = '\0';
    }
    return false;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static bool yes_no(const char *v, bool *out)
{
    static const char *const yes[] = {"ja", "yes", "on", "true", "1"};
    static const char *const no[] = {"nee", "no", "off", "false", "0"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        if (strcmp(v, yes[i]) == 0)
            return *out = true;
        if (strcmp(v, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    return false;
}

static bool number(const char *v, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (!*v || *end || errno || n < lo || n > hi)
        return false;
    *out = (int)n;
    return true;
}

/* KEY = VALUE into OUT; false when VALUE does not fit KEY. */
static bool set(LrsConf *out, const char *key, const char *v, bool *known)
{
    *known = true;
    size_t n = strlen(v);
    if (strcmp(key, "endpoint") == 0) {
        bool web = strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0;
        if (!web || n + 2 > sizeof out->endpoint || strchr(v, ' '))
            return false;
        /* No user:password@ in the address: it is shown in the settings and
         * by lrs status; the credentials go in key and secret. */
        const char *host = strstr(v, "//") + 2;
        size_t hn = strcspn(host, "/?#");
        if (memchr(host, '@', hn))
            return false;
        snprintf(out->endpoint, sizeof out->endpoint, "%s%s", v, v[n - 1] == '/' ? "" : "/");
        return true;
    }
    if (strcmp(key, "key") == 0 || strcmp(key, "secret") == 0 || strcmp(key, "homepage") == 0) {
        char *dst = key[0] == 'k' ? out->key : key[0] == 's' ? out->secret : out->home;
        if (n == 0 || n >= LRS_CONF_VALUE_MAX || (key[0] == 'k' && strchr(v, ':')))
            return false;
        if (key[0] == 'h' && !strchr(v, ':'))
            return false; /* an IRI has a scheme */
        memcpy(dst, v, n + 1);
        return true;
    }
    if (strcmp(key, "names") == 0)
        return yes_no(v, &out->names);
    if (strcmp(key, "batch") == 0)
        return number(v, 1, 500, &out->batch);
    if (strcmp(key, "timeout") == 0)
        return number(v, 1, 600, &out->timeout_s);
    *known = false;
    return false;
}

bool lrs_conf_parse(const char *text, size_t len, const char *path, LrsConf *out, AwError *err)
{
    reset(out);
    out->found = true;
    snprintf(out->path, sizeof out->path, "%s", path);
    if (!utf8_valid(text, len, NULL) || memchr(text, '\0', len))
        return fail_line(err, AW_ERR_LRS_CONF_LINE, path, 1, "", 0);
    long line = 0;
    for (const char *p = text, *e = text + len; p < e;) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *end = nl ? nl : e;
        line++;
        const char *s = p;
        p = nl ? nl + 1 : e;
        if (line == 1 && end - s >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3; /* a BOM from Notepad */
        while (s < end && is_space(*s))
            s++;
        while (end > s && is_space(end[-1]))
            end--;
        if (s == end || *s == '#')
            continue;
        const char *eq = memchr(s, '=', (size_t)(end - s));
        /* The line itself is never repeated: it may hold the secret. */
        if (!eq)
            return fail_line(err, AW_ERR_LRS_CONF_LINE, path, line, "", 0);
        const char *ke = eq, *v = eq + 1;
        while (ke > s && is_space(ke[-1]))
            ke--;
        while (v < end && is_space(*v))
            v++;
        char key[32], value[LRS_CONF_VALUE_MAX];
        size_t kn = (size_t)(ke - s), vn = (size_t)(end - v);
        if (kn == 0)
            return fail_line(err, AW_ERR_LRS_CONF_LINE, path, line, "", 0);
        if (kn >= sizeof key)
            return fail_line(err, AW_ERR_LRS_CONF_KEY, path, line, s, sizeof key - 1);
        memcpy(key, s, kn);
        key[kn] = '\0';
        bool control = false;
        for (size_t i = 0; i < vn; i++)
            control |= (unsigned char)v[i] < 0x20;
        if (vn >= sizeof value || control)
            return fail_line(err, AW_ERR_LRS_CONF_VALUE, path, line, key, kn);
        memcpy(value, v, vn);
        value[vn] = '\0';
        bool known;
        if (!set(out, key, value, &known))
            return fail_line(err, known ? AW_ERR_LRS_CONF_VALUE : AW_ERR_LRS_CONF_KEY, path, line, key, kn);
    }
    if (out->endpoint[0] && (!out->key[0] || !out->secret[0])) {
        const char *missing = out->key[0] ? "secret" : "key";
        return fail_line(err, AW_ERR_LRS_CONF_MISSING, path, 0, missing, strlen(missing));
    }
    return true;
}

bool lrs_conf_load(const char *data_dir, LrsConf *out, AwError *err)
{
    reset(out);
    char path[LRS_CONF_VALUE_MAX];
    const char *env = os_getenv(LRS_CONF_ENV);
    for (int k = 0; k < 3; k++) {
        if (k == 0 && !(env && *env))
            continue;
        if (k == 1 && !(data_dir && *data_dir))
            continue;
        int n = k == 0   ? snprintf(path, sizeof path, "%s", env)
                : k == 1 ? snprintf(path, sizeof path, "%s/%s", data_dir, LRS_CONF_NAME)
                         : snprintf(path, sizeof path, "%s", LRS_CONF_SYSTEM);
        if (n < 0 || (size_t)n >= sizeof path)
            return aw_fail_path(err, AW_ERR_PATH_TOO_LONG, path, 0);
        char *text;
        size_t len;
        if (!os_read_file(path, LRS_CONF_MAX_BYTES, &text, &len)) {
            /* The named file must exist; the other two places may be empty. */
            if (errno == ENOENT && k > 0)
                continue;
            return aw_fail_path(err, AW_ERR_LRS_CONF_UNREADABLE, path, errno);
        }
        bool ok = lrs_conf_parse(text, len, path, out, err);
        free(text);
        return ok;
    }
    return true;
}
