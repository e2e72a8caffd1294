/* lrs_conf.h - the school's Learning Record Store settings: a small text
 * file the school's IT person writes, read by the program (to send
 * statements, src/lrs), by `export --format xapi` (for the home page and
 * names) and by Instellingen (to say whether anything is sent).
 *
 * Where: $ACCOUNTWIJS_LRS_CONF when set; else lrs.conf in the data folder
 * (profiles.h: the same folder as the profiles, so a --data-dir or
 * ACCOUNTWIJS_DATA_DIR carries it along); else /etc/accountwijs/lrs.conf
 * for every user of the PC. The first that exists is the one read.
 *
 *   # accountwijs: where the answers go (lines starting with # are comments)
 *   endpoint = https://lrs.school.example/data/xAPI/
 *   key      = 3f2c...
 *   secret   = 9a1b...
 *   homepage = https://school.example/leerlingen
 *   names    = nee
 *   batch    = 50
 *   timeout  = 30
 *
 * endpoint: the LRS's xAPI base (http or https; a missing final '/' is
 * added; "statements" is appended to it). key and secret: the Basic
 * authentication of that LRS (both required with an endpoint). homepage:
 * actor.account.homePage (default XAPI_DEFAULT_HOME). names: ja/nee
 * (yes/no, on/off, true/false): put the student's profile name in each
 * statement; nee by default, so the LRS sees only the profile id. batch:
 * statements per request, 1..500 (50). timeout: seconds a request may
 * take, 1..600 (30). A file without endpoint sends nothing but still sets
 * homepage and names for the export. UTF-8, at most 64 KiB; spaces around
 * '=' and at the ends of lines are ignored; a value may not hold control
 * characters. */
#ifndef ACCOUNTWIJS_LRS_CONF_H
#define ACCOUNTWIJS_LRS_CONF_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

enum { LRS_CONF_VALUE_MAX = 1024 };

#define LRS_CONF_NAME "lrs.conf"
#define LRS_CONF_SYSTEM "/etc/accountwijs/lrs.conf"
#define LRS_CONF_ENV "ACCOUNTWIJS_LRS_CONF"

typedef struct {
    bool found;                        /* a settings file was read */
    char path[LRS_CONF_VALUE_MAX];     /* which one; "" when none */
    char endpoint[LRS_CONF_VALUE_MAX]; /* "" when nothing is to be sent; else ends in '/' */
    char key[LRS_CONF_VALUE_MAX];      /* Basic authentication */
    char secret[LRS_CONF_VALUE_MAX];   /* never shown or logged */
    char home[LRS_CONF_VALUE_MAX];     /* "" : XAPI_DEFAULT_HOME */
    bool names;                        /* profile names in the statements */
    int batch;                         /* statements per request */
    int timeout_s;                     /* seconds per request */
} LrsConf;

/* True when C says where to send: an endpoint is set. */
bool lrs_conf_sends(const LrsConf *c);

/* Reads the settings that apply to DATA_DIR (may be NULL: only the
 * environment and /etc) into OUT. No file is no error (OUT->found false,
 * nothing sent). False with ERR when the file cannot be read
 * (AW_ERR_LRS_CONF_UNREADABLE) or is wrong (as lrs_conf_parse). */
bool lrs_conf_load(const char *data_dir, LrsConf *out, AwError *err);

/* Parses the LEN bytes of TEXT read from PATH into OUT (reset first).
 * False with ERR at the first problem: path = PATH, num = the line,
 * what = the key or the line: AW_ERR_LRS_CONF_LINE (no "key = value"),
 * AW_ERR_LRS_CONF_KEY (unknown key), AW_ERR_LRS_CONF_VALUE (a value that
 * does not fit its key: what = the key), AW_ERR_LRS_CONF_MISSING (num 0,
 * what = "key" or "secret": an endpoint without it). */
bool lrs_conf_parse(const char *text, size_t len, const char *path, LrsConf *out, AwError *err);

#endif
