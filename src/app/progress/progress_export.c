/* progress_export.c - the progress screen's "export my answers": the same
 * CSV `accountwijs export --profile ID --format csv` prints (core/export
 * builds both), saved in DATA/exports, where the class quiz's exports go
 * too, for the student to hand in.
 *
 * The file is named by the student's name made safe (export_safe_name) and
 * the local date, and replaced atomically: an export made twice on one day
 * holds the newer answers, and a crash leaves the old file or the new. Two
 * students of the same name never share a file: a file that holds another
 * profile's answers is left alone and the next free name is taken. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "export.h"
#include "fsutil.h"
#include "os.h"
#include "isotime.h"
#include "progress_export.h"

/* Minutes east of UTC at instant MS, as the command line computes it. */
static int offset_at(int64_t ms, void *ctx)
{
    (void)ctx;
    return os_utc_offset_min(ms);
}

/* True when PATH is an export of some other profile than ID: its rows
 * name their profile in the second column. */
static bool holds_another_profile(const char *path, const char *id)
{
    char *data;
    size_t len;
    if (!os_read_file(path, 64 * 1024 * 1024, &data, &len))
        return errno != ENOENT;
    char key[PROFILE_ID_SIZE + 2];
    snprintf(key, sizeof key, ";%s;", id);
    const char *nl = strstr(data, "\r\n");
    bool other = nl && nl[2] && !strstr(nl, key);
    free(data);
    return other;
}

bool progress_export_csv(App *app, char *path, size_t size, size_t *rows, char *err, size_t errsize)
{
    AppProgress *p = &app->progress;
    path[0] = '\0';
    *rows = 0;
    if (!p->log || !p->profile_id[0] || !p->data_dir[0]) {
        snprintf(err, errsize, "%s", app_str(app, STR_PROGRESS_NO_PROFILE));
        return false;
    }
    int64_t now = app_wall_ms(app);
    int y, mo, d;
    isotime_civil(isotime_day(now, offset_at(now, NULL)), &y, &mo, &d);
    char name[64];
    export_safe_name(p->profile_name, name, sizeof name);
    bool found = false;
    for (int k = 1; k < 100 && !found; k++) {
        if (!export_path(path, size, p->data_dir, k, "csv", "antwoorden-%s-%04d-%02d-%02d", name, y, mo, d)) {
            snprintf(err, errsize, "%s", strerror(errno));
            path[0] = '\0';
            return false;
        }
        found = !holds_another_profile(path, p->profile_id);
    }
    if (!found) {
        snprintf(err, errsize, "%s", strerror(EEXIST));
        path[0] = '\0';
        return false;
    }
    Profile pr = {.name = p->profile_name};
    snprintf(pr.id, sizeof pr.id, "%s", p->profile_id);
    ExportOptions eo = {.format = EXPORT_CSV, .course = app->course, .now_ms = now, .utc_offset = offset_at};
    Export ex;
    JsonBuf out = {0};
    export_begin(&ex, &eo, &out);
    AwError e;
    bool ok = export_profile(&ex, &pr, p->log, &out, &e);
    export_end(&ex, &out);
    if (ok && out.failed)
        ok = aw_fail(&e, AW_ERR_NO_MEMORY);
    if (ok)
        ok = fsutil_write_atomic(path, out.data, out.len, &e);
    if (!ok)
        i18n_error(&e, app->lang, err, errsize);
    if (ok)
        *rows = ex.rows;
    else
        path[0] = '\0';
    jsonbuf_free(&out);
    return ok;
}
