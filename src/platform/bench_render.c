/* bench_render.c - `accountwijs bench render`: how fast the reader draws.
 *
 *  first_frame_ms   process start to the first presented frame: the
 *                   program is started as a child (headless, 1920x1080)
 *                   that reports the moment it presented; the median of
 *                   several starts.
 *  frame_median_ms  building and rendering one frame (app_frame, DrawList
 *  frame_p99_ms     execution with the software renderer, present) while
 *                   the wheel scrolls through the longest section at
 *                   1920x1080, down and back up.
 *  peak_rss_mb      the peak resident set of this process after that.
 * Each line is "name value unit". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "host.h"
#include "os.h"
#include "platform.h"

/* One start of the program; returns ms to its first frame, or < 0. */
static double first_frame_once(const char *exe, const char *data_dir)
{
    char *argv[] = {(char *)exe, "--headless", "--size", "1920x1080", "--data-dir", (char *)data_dir, NULL};
    int64_t t0 = os_mono_ns();
    OsProcess p;
    if (!os_spawn(&p, exe, argv, "ACCOUNTWIJS_FIRST_FRAME_FD"))
        return -1;
    char buf[64] = "";
    ptrdiff_t n = os_read(p.pipe_fd, buf, sizeof buf - 1);
    bool ok = os_wait(&p, NULL);
    if (n <= 0 || !ok)
        return -1;
    buf[n] = '\0';
    long long ns = atoll(buf);
    return (double)(ns - t0) / 1e6;
}

static int bench_first_frame(const char *data_dir, double *out)
{
    char exe[4096];
    if (!os_exe_path(exe, sizeof exe))
        return 0;
    double t[9];
    int runs = 9;
    for (int i = 0; i < runs; i++) {
        t[i] = first_frame_once(exe, data_dir);
        if (t[i] < 0) {
            fprintf(stderr, "bench render: the program did not start (%s)\n", exe);
            return 0;
        }
    }
    *out = benchutil_percentile(t, (size_t)runs, 0.5);
    return 1;
}

static void remove_data_dir(const char *dir)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/settings.conf", dir);
    os_unlink(p);
    os_rmdir(dir);
}

/* Scrolls the wheel one notch per frame; returns how many frames were
 * timed into T (at most MAX). */
static size_t scroll_pass(Host *h, float dir, double *t, size_t max)
{
    size_t n = 0;
    float last = -1;
    for (size_t guard = 0; guard < 10000 && n < max; guard++) {
        h->in.wheel = dir;
        h->in.mouse_inside = true;
        h->in.mouse_x = h->pw / 2;
        h->in.mouse_y = h->ph / 2;
        double t0 = benchutil_now_ms();
        host_frame(h);
        t[n++] = benchutil_now_ms() - t0;
        float y = h->app.reader.scroll.y;
        if (y == last)
            break;
        last = y;
    }
    return n;
}

int platform_bench_render(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char data_dir[4096];
    if (!os_make_temp_folder("accountwijs-bench-", data_dir, sizeof data_dir)) {
        perror("bench render: mkdtemp");
        return 1;
    }
    double first = 0;
    int ok = bench_first_frame(data_dir, &first);
    remove_data_dir(data_dir);
    if (!ok)
        return 1;

    HostOptions o;
    bool help;
    char *args[] = {"accountwijs", "--headless", "--size", "1920x1080", "--data-dir", data_dir, NULL};
    if (host_parse_args(6, args, &o, &help) != 0)
        return 1;
    if (!os_make_temp_folder("accountwijs-bench-", data_dir, sizeof data_dir)) {
        perror("bench render: mkdtemp");
        return 1;
    }
    o.data_dir = data_dir;
    Host h;
    if (host_open(&h, &o) != 0) {
        host_close(&h);
        remove_data_dir(data_dir);
        return 1;
    }
    /* The longest section: the one whose page is tallest. */
    size_t longest = 0;
    int tallest = -1;
    for (size_t i = 0; i < h.course->nsections; i++) {
        reader_open_at(&h.app, i, SIZE_MAX, 0, 0);
        host_frame(&h);
        if (h.app.reader.doc && h.app.reader.doc->height > tallest) {
            tallest = h.app.reader.doc->height;
            longest = i;
        }
    }
    reader_open_at(&h.app, longest, SIZE_MAX, 0, 0);
    host_frame(&h);
    enum { MAX_FRAMES = 4000 };
    double *t = malloc(MAX_FRAMES * sizeof *t);
    size_t n = 0;
    if (t) {
        n += scroll_pass(&h, 1, t + n, MAX_FRAMES - n);
        n += scroll_pass(&h, -1, t + n, MAX_FRAMES - n);
    }
    double peak_rss_mb = os_peak_rss_mb();
    if (n == 0) {
        fprintf(stderr, "bench render: no frames\n");
        free(t);
        host_close(&h);
        remove_data_dir(data_dir);
        return 1;
    }
    printf("first_frame_ms %.2f ms\n", first);
    printf("frame_median_ms %.3f ms\n", benchutil_percentile(t, n, 0.5));
    printf("frame_p99_ms %.3f ms\n", benchutil_percentile(t, n, 0.99));
    printf("peak_rss_mb %.1f MB\n", peak_rss_mb);
    fprintf(stderr, "bench render: %zu frames scrolling section %s (%d px tall)\n", n,
            h.course->sections[longest].number, tallest);
    free(t);
    host_close(&h);
    remove_data_dir(data_dir);
    return 0;
}
