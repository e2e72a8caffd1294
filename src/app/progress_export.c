/* progress_export.c - the progress screen's "export my answers": the same
 * CSV `accountwijs export --profile ID --format csv` prints (core/export
 * builds both), saved in the data folder where the student can hand it in.
 *
 * The file is named by the profile id and the local date, never by the
 * typed name, and replaced atomically: an export made twice on one day
 * holds the newer answers, and a crash leaves the old file or the new. */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "export.h"
#include "fsutil.h"
#include "isotime.h"
#include "progress_ui.h"

/* Minutes east of UTC at instant MS, as the command line computes it. */
static int offset_at(int64_t ms, void *ctx)
{
    (void)ctx;
    time_t t = (time_t)(ms / 1000);
    struct tm lt;
    if (!localtime_r(&t, &lt))
        return 0;
    return (int)(lt.tm_gmtoff / 60);
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
    int64_t now = (int64_t)time(NULL) * 1000;
    int y, mo, d;
    isotime_civil(isotime_day(now, offset_at(now, NULL)), &y, &mo, &d);
    char dir[4200];
    if (!fsutil_path(dir, sizeof dir, "%s/exports", p->data_dir) ||
        !fsutil_path(path, size, "%s/antwoorden-%s-%04d-%02d-%02d.csv", dir, p->profile_id, y, mo, d)) {
        snprintf(err, errsize, "het pad naar de gegevensmap is te lang");
        path[0] = '\0';
        return false;
    }
    if (!fsutil_mkdirs(dir, err, errsize)) {
        path[0] = '\0';
        return false;
    }
    Profile pr = {.name = p->profile_name};
    snprintf(pr.id, sizeof pr.id, "%s", p->profile_id);
    ExportOptions eo = {.format = EXPORT_CSV, .course = app->course, .now_ms = now, .utc_offset = offset_at};
    Export ex;
    JsonBuf out = {0};
    export_begin(&ex, &eo, &out);
    bool ok = export_profile(&ex, &pr, p->log, &out, err, errsize);
    export_end(&ex, &out);
    if (ok && out.failed) {
        snprintf(err, errsize, "niet genoeg geheugen");
        ok = false;
    }
    if (ok)
        ok = fsutil_write_atomic(path, out.data, out.len, err, errsize);
    if (ok)
        *rows = ex.rows;
    else
        path[0] = '\0';
    jsonbuf_free(&out);
    return ok;
}
