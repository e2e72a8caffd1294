/* bench_live.c - `accountwijs bench live [--phones N]`: the live class
 * quiz's server under a class of phones. Starts the real server on
 * 127.0.0.1 with the built-in course's first single-choice questions,
 * joins N phones (default 60) over real WebSockets (live_crowd.h), opens a
 * question and has every phone answer within one second, evenly spread.
 * Prints "name value unit":
 *
 *   live_join_ms        from the first connect to the last welcome (the
 *                       phones join one after the other)
 *   live_answer_p50_ms  answer sent to its ack, the median over the phones
 *   live_answer_p99_ms  the same, the 99th percentile
 *   live_tally_ms       the last answer sent to the teacher's view showing
 *                       every answer (the frame loop polls events as the
 *                       window's does after a wake)
 *   live_server_rss_mb  the growth of this process's peak resident memory
 *                       over the run (server and phones together)
 *
 * Targets on a 2-core machine: p99 under 20 ms, tally under 50 ms, under
 * 10 MB. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "benchutil.h"
#include "cli.h"
#include "course.h"
#include "live_crowd.h"
#include "live_server.h"
#include "os.h"
#include "paths.h"

#ifndef AW_NO_LIVE
static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void nap_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}
#endif

int cli_bench_live(int argc, char **argv)
{
#ifdef AW_NO_LIVE
    (void)argc;
    (void)argv;
    cli_say("bench", STR_LIVE_NOT_IN_BUILD);
    return 1;
#else
    long phones = LIVE_MAX_PLAYERS;
    for (int i = 1; i < argc; i++) {
        char *end = NULL;
        if (strcmp(argv[i], "--phones") == 0 && i + 1 < argc) {
            phones = strtol(argv[++i], &end, 10);
            if (!end || *end || phones < 1 || phones > LIVE_MAX_PLAYERS) {
                cli_say("bench", STR_CLI_BENCH_LIVE_PHONES, argv[i], LIVE_MAX_PLAYERS);
                return 2;
            }
        } else {
            fputs(cli_str(STR_CLI_BENCH_LIVE_USAGE), stderr);
            return 2;
        }
    }
    char data[4096], content[4096], assets[4200];
    if (!paths_find_data(data, sizeof data) || !cli_default_content(content, sizeof content)) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    snprintf(assets, sizeof assets, "%s/assets/live", data);
    Diag d;
    diag_init(&d);
    Course *course = course_load(content, &d);
    diag_free(&d);
    if (!course) {
        cli_say("bench", STR_CLI_NO_BUILTIN_COURSE);
        return 1;
    }
    size_t qs[2], nq = 0;
    for (size_t i = 0; i < course->nquestions && nq < 2; i++)
        if (course->questions[i].type == QUESTION_SINGLE)
            qs[nq++] = i;
    ClassQuiz cq;
    if (nq == 0 || !classquiz_start(&cq, course, qs, nq, 20, 0)) {
        cli_say("bench", STR_CLI_BENCH_NO_QUESTIONS);
        course_free(course);
        return 1;
    }
    double rss0 = os_peak_rss_mb();
    LiveServerConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.addr = "127.0.0.1";
    cfg.assets = assets;
    live_settings_default(&cfg.settings);
    cfg.settings.joins_per_minute = 0; /* every phone comes from 127.0.0.1 */
    cfg.nrounds = cq.nrounds;
    LiveServerError err;
    LiveServer *s = live_server_start(&cfg, &err);
    if (!s) {
        cli_say("bench", err == LIVE_SERVER_ASSETS ? STR_LIVE_ERR_ASSETS : STR_LIVE_ERR_PORT, assets);
        classquiz_free(&cq);
        course_free(course);
        return 1;
    }
    int status = 1;
    double t0 = os_mono_ms();
    LiveCrowd *crowd = live_crowd_start("127.0.0.1", live_server_port(s), live_server_code(s), (size_t)phones, NULL);
    while (crowd && live_crowd_joined(crowd) < (size_t)phones && os_mono_ms() - t0 < 20000)
        nap_ms(1);
    double join_ms = os_mono_ms() - t0;
    if (!crowd || live_crowd_joined(crowd) < (size_t)phones) {
        cli_say("bench", STR_CLI_BENCH_LIVE_FAILED, "join");
        goto done;
    }
    int64_t now = 0;
    live_server_begin(s, &cq, now);
    classquiz_advance(&cq, now); /* the options open */
    live_server_sync(s, &cq, now);
    if (!live_crowd_wait_phase(crowd, "question", 5000)) {
        cli_say("bench", STR_CLI_BENCH_LIVE_FAILED, "question");
        goto done;
    }
    const Question *q = classquiz_question(&cq);
    size_t nopt = q->noptions ? q->noptions : 1;
    LiveEvent e;
    while (live_server_poll(s, &e))
        ;
    for (long i = 0; i < phones; i++)
        live_crowd_answer(crowd, (size_t)i, 1u << (i % (long)nopt), 1000.0 * (double)i / (double)phones);
    /* The frame loop: woken by events, it reads the view until every
     * answer shows. */
    static LiveView view;
    double seen = 0;
    while (os_mono_ms() - t0 < 60000) {
        bool woke = false;
        while (live_server_poll(s, &e))
            woke = true;
        if (woke) {
            live_server_view(s, &view);
            if (view.answered >= (size_t)phones) {
                seen = os_mono_ms();
                break;
            }
        } else {
            nap_ms(1);
        }
    }
    if (seen == 0 || !live_crowd_wait_acks(crowd, (size_t)phones, 5000)) {
        cli_say("bench", STR_CLI_BENCH_LIVE_FAILED, "answer");
        goto done;
    }
    double tally_ms = seen - live_crowd_last_sent(crowd);
    if (tally_ms < 0)
        tally_ms = 0;
    double lat[LIVE_MAX_PLAYERS];
    size_t nl = live_crowd_latencies(crowd, lat, LIVE_MAX_PLAYERS);
    qsort(lat, nl, sizeof lat[0], cmp_double);
    size_t p99 = (nl * 99 + 99) / 100;
    p99 = p99 ? p99 - 1 : 0;
    printf("live_join_ms %.3f ms\n", join_ms);
    printf("live_answer_p50_ms %.3f ms\n", benchutil_median(lat, nl));
    printf("live_answer_p99_ms %.3f ms\n", lat[p99 < nl ? p99 : nl - 1]);
    printf("live_tally_ms %.3f ms\n", tally_ms);
    printf("live_server_rss_mb %.3f MB\n", os_peak_rss_mb() - rss0);
    status = 0;
done:
    live_crowd_stop(crowd);
    live_server_stop(s);
    classquiz_free(&cq);
    course_free(course);
    return status;
#endif
}
