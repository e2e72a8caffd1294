/* lrs.c - `accountwijs lrs status|send|rebuild`: the school's LRS from the
 * command line, for the IT person (is it set up, does it arrive, how much
 * waits) and for the tests. `send` does what the window's background
 * sender does (src/lrs), in the foreground: collect the new answers into
 * the queue and send it, retrying with a growing pause, then say what is
 * left. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "course.h"
#include "lrs.h"
#include "lrs_conf.h"
#include "os.h"
#include "profiles.h"
#include "xapi_queue.h"

#define WHO "accountwijs lrs"

typedef struct {
    const char *action, *data_dir, *content;
    int tries;
    long wait_ms;
    long thread_s; /* send --thread S: through the window's background sender, for at most S seconds */
} Args;

static int usage_error(StrId id, const char *arg)
{
    cli_say(WHO, id, arg);
    fputs(cli_str(STR_CLI_LRS_USAGE), stderr);
    return 2;
}

static const char *value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0' || *i + 1 >= argc)
        return NULL;
    return argv[++*i];
}

static int parse(int argc, char **argv, Args *a)
{
    memset(a, 0, sizeof *a);
    a->tries = 5;
    a->wait_ms = 2000;
    for (int i = 1; i < argc; i++) {
        const char *v;
        char *end;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(cli_str(STR_CLI_LRS_USAGE), stdout);
            return -1;
        } else if ((v = value(argc, argv, &i, "--data-dir")) != NULL) {
            a->data_dir = v;
        } else if ((v = value(argc, argv, &i, "--content")) != NULL) {
            a->content = v;
        } else if ((v = value(argc, argv, &i, "--tries")) != NULL) {
            a->tries = (int)strtol(v, &end, 10);
            if (*end || a->tries < 1 || a->tries > 1000)
                return usage_error(STR_CLI_LRS_BAD_NUMBER, "--tries");
        } else if ((v = value(argc, argv, &i, "--wait-ms")) != NULL) {
            a->wait_ms = strtol(v, &end, 10);
            if (*end || a->wait_ms < 0 || a->wait_ms > 3600000)
                return usage_error(STR_CLI_LRS_BAD_NUMBER, "--wait-ms");
        } else if ((v = value(argc, argv, &i, "--thread")) != NULL) {
            a->thread_s = strtol(v, &end, 10);
            if (*end || a->thread_s < 1 || a->thread_s > 3600)
                return usage_error(STR_CLI_LRS_BAD_NUMBER, "--thread");
        } else if (argv[i][0] != '-' && !a->action) {
            a->action = argv[i];
        } else {
            return usage_error(STR_CLI_UNKNOWN_OPTION, argv[i]);
        }
    }
    if (!a->action ||
        (strcmp(a->action, "status") != 0 && strcmp(a->action, "send") != 0 && strcmp(a->action, "rebuild") != 0))
        return usage_error(STR_CLI_LRS_ACTION, a->action ? a->action : "");
    return 0;
}

static void say_error(const AwError *e)
{
    char text[1024];
    fprintf(stderr, WHO ": %s\n", cli_error(e, text, sizeof text));
}

static int status(const char *data, const LrsConf *conf)
{
    if (!lrs_available())
        puts(cli_str(STR_LRS_NOT_IN_BUILD));
    else if (!lrs_conf_sends(conf))
        puts(cli_str(STR_LRS_NONE));
    else {
        printf(cli_str(STR_CLI_LRS_WHERE), conf->endpoint, conf->path);
        putchar('\n');
    }
    size_t pending;
    if (!xapi_queue_waiting(data, &pending)) {
        AwError e;
        aw_fail_path(&e, AW_ERR_LRS_QUEUE_IO, data, 0);
        say_error(&e);
        return 1;
    }
    printf(cli_str(STR_CLI_LRS_WAITING), pending);
    putchar('\n');
    return 0;
}

/* send --thread: the sender the window runs (lrs_sender_start), polled
 * until nothing waits or the time is up; the same summary as a round. */
static int send_thread(const Args *a, const char *data, const char *content, const LrsConf *conf)
{
    LrsSender *s = lrs_sender_start(data, content, conf, 200);
    if (!s) {
        AwError e;
        aw_fail(&e, AW_ERR_NO_MEMORY);
        say_error(&e);
        return 1;
    }
    LrsStatus st = {0};
    double until = os_mono_ms() + (double)a->thread_s * 1000;
    while (os_mono_ms() < until) {
        os_sleep_ms(50);
        lrs_sender_status(s, &st);
        if (st.last_ok_ms && st.pending == 0)
            break;
    }
    lrs_sender_stop(s);
    if (st.last_error.code)
        say_error(&st.last_error);
    printf(cli_str(STR_CLI_LRS_ROUND), st.queued, st.sent, st.pending);
    putchar('\n');
    if (st.failed_rounds) {
        printf(cli_str(STR_CLI_LRS_FAILED_ROUNDS), st.failed_rounds);
        putchar('\n');
    }
    if (!st.last_ok_ms || st.pending) {
        printf(cli_str(STR_CLI_LRS_GAVE_UP), st.pending);
        putchar('\n');
        return 1;
    }
    return 0;
}

static int send(const Args *a, const char *data, const LrsConf *conf)
{
    if (!lrs_available()) {
        AwError e;
        aw_fail(&e, AW_ERR_LRS_NOT_IN_BUILD);
        say_error(&e);
        return 1;
    }
    if (!lrs_conf_sends(conf)) {
        puts(cli_str(STR_LRS_NONE));
        return 0;
    }
    lrs_init();
    char builtin[4096];
    const char *dir = a->content ? a->content : cli_default_content(builtin, sizeof builtin) ? builtin : NULL;
    Course *course = NULL;
    if (dir) {
        Diag d;
        diag_init(&d);
        course = course_load(dir, &d);
        diag_free(&d);
    }
    if (a->thread_s) {
        course_free(course);
        return send_thread(a, data, dir, conf);
    }
    long wait = a->wait_ms;
    LrsRound r = {0};
    size_t queued = 0, sent = 0, conflicts = 0;
    bool ok = false;
    for (int t = 0; t < a->tries && !ok; t++) {
        if (t > 0) {
            printf(cli_str(STR_CLI_LRS_RETRY), wait);
            putchar('\n');
            fflush(stdout);
            os_sleep_ms((unsigned)wait);
            wait = wait * 2 > 300000 ? 300000 : wait * 2;
        }
        AwError e;
        ok = lrs_round(data, course, conf, NULL, &r, &e);
        queued += r.queued;
        sent += r.sent;
        conflicts += r.conflicts;
        if (!ok)
            say_error(&e);
    }
    course_free(course);
    printf(cli_str(STR_CLI_LRS_ROUND), queued, sent, r.pending);
    putchar('\n');
    if (conflicts) {
        printf(cli_str(STR_CLI_LRS_CONFLICTS), conflicts);
        putchar('\n');
    }
    if (!ok || r.pending) {
        printf(cli_str(STR_CLI_LRS_GAVE_UP), r.pending);
        putchar('\n');
        return 1;
    }
    return 0;
}

static int rebuild(const char *data)
{
    AwError e;
    XapiQueue *q = xapi_queue_open(data, &e);
    if (!q || !xapi_queue_rebuild(q, &e)) {
        xapi_queue_close(q);
        say_error(&e);
        return 1;
    }
    xapi_queue_close(q);
    puts(cli_str(STR_CLI_LRS_REBUILT));
    return 0;
}

int cli_lrs(int argc, char **argv)
{
    Args a;
    int st = parse(argc, argv, &a);
    if (st)
        return st < 0 ? 0 : st;
    char data[4096];
    if (!profiles_data_dir(data, sizeof data, a.data_dir)) {
        cli_say(WHO, STR_CLI_EXPORT_NO_DATA_DIR);
        return 2;
    }
    LrsConf conf;
    AwError e;
    if (!lrs_conf_load(data, &conf, &e)) {
        say_error(&e);
        return 1;
    }
    if (strcmp(a.action, "status") == 0)
        return status(data, &conf);
    if (strcmp(a.action, "rebuild") == 0)
        return rebuild(data);
    return send(&a, data, &conf);
}
