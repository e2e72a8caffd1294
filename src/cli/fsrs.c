/* fsrs.c - `accountwijs fsrs --reviews DAY:RATING,...`: the FSRS-6 memory
 * state after a list of reviews, for checking the scheduler by hand and
 * against other implementations (tests/oracle). DAY is the day number of
 * the review (0 or more, never going back), RATING 1-4 or
 * again/hard/good/easy. Prints one line per review and then the state:
 *
 *   review 1 day 0 rating again stability 0.212000 difficulty 6.413300 interval 1
 *   ...
 *   stability 53.626905
 *   difficulty 6.357487
 *   retrievability 0.900000   (on --day, else on the day the interval ends)
 *   interval 54
 *   due_day 87
 *
 * --retention R sets the desired retention (default 0.9), --day N the day
 * for retrievability (not before the last review). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fsrs.h"

enum { MAX_DAY = 10000000 };

static int usage(void)
{
    fputs(cli_str(STR_CLI_FSRS_USAGE), stderr);
    return 2;
}

/* Reads a day number from the LEN bytes of S: digits only, at most MAX_DAY. */
static bool read_day(const char *s, size_t len, long *out)
{
    if (len == 0 || len > 8)
        return false;
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    if (v > MAX_DAY)
        return false;
    *out = v;
    return true;
}

/* Checks token K (1-based) of the list, TOK of LEN bytes; fills DAY and G or
 * says what is wrong with it. */
static bool read_review(const char *tok, size_t len, size_t k, long prev_day, long *day, FsrsRating *g)
{
    const char *colon = memchr(tok, ':', len);
    if (len == 0) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_EMPTY, k);
        return false;
    }
    if (!colon) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_SHAPE, k, (int)len, tok);
        return false;
    }
    size_t dlen = (size_t)(colon - tok);
    if (!read_day(tok, dlen, day)) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_DAY, k, (int)len, tok, (int)dlen, tok, (int)MAX_DAY);
        return false;
    }
    if (!fsrs_rating_parse(colon + 1, len - dlen - 1, g)) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_RATING, k, (int)len, tok, (int)(len - dlen - 1), colon + 1);
        return false;
    }
    if (*day < prev_day) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_BACKWARDS, k, (int)len, tok, *day, prev_day);
        return false;
    }
    return true;
}

int cli_fsrs(int argc, char **argv)
{
    const char *list = NULL, *day_arg = NULL;
    double retention = 0.9;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--reviews") == 0 && i + 1 < argc)
            list = argv[++i];
        else if (strcmp(a, "--day") == 0 && i + 1 < argc)
            day_arg = argv[++i];
        else if (strcmp(a, "--retention") == 0 && i + 1 < argc) {
            char *end;
            errno = 0;
            retention = strtod(argv[++i], &end);
            if (errno || *end || end == argv[i] || !(retention > 0 && retention < 1)) {
                cli_say("accountwijs fsrs", STR_CLI_FSRS_RETENTION, argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage();
            return 0;
        } else {
            bool bare = strcmp(a, "--reviews") == 0 || strcmp(a, "--day") == 0 || strcmp(a, "--retention") == 0;
            cli_say("accountwijs fsrs", bare ? STR_CLI_FSRS_OPTION_VALUE : STR_CLI_UNKNOWN_OPTION, a);
            return usage();
        }
    }
    if (!list) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_NO_REVIEWS);
        return usage();
    }
    /* Every token is checked before anything is printed. */
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ',';
    long *days = calloc(n, sizeof *days);
    FsrsRating *ratings = calloc(n, sizeof *ratings);
    if (!days || !ratings) {
        free(days);
        free(ratings);
        cli_say("accountwijs fsrs", STR_CLI_NO_MEMORY);
        return 1;
    }
    const char *p = list;
    for (size_t k = 0; k < n; k++) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (!read_review(p, len, k + 1, k ? days[k - 1] : 0, &days[k], &ratings[k])) {
            free(days);
            free(ratings);
            return 2;
        }
        p = end ? end + 1 : p + len;
    }
    long day_at = 0;
    if (day_arg && (!read_day(day_arg, strlen(day_arg), &day_at) || day_at < days[n - 1])) {
        cli_say("accountwijs fsrs", STR_CLI_FSRS_DAY_BEFORE, day_arg, days[n - 1]);
        free(days);
        free(ratings);
        return 2;
    }
    FsrsState st = {0, 0};
    for (size_t k = 0; k < n; k++) {
        st = fsrs_review(&fsrs_default, st, k ? (double)(days[k] - days[k - 1]) : 0, ratings[k]);
        printf("review %zu day %ld rating %s stability %.6f difficulty %.6f interval %d\n", k + 1, days[k],
               fsrs_rating_name(ratings[k]), st.stability, st.difficulty,
               fsrs_interval(&fsrs_default, st.stability, retention, FSRS_MAX_INTERVAL));
    }
    long last = days[n - 1];
    free(days);
    free(ratings);
    int interval = fsrs_interval(&fsrs_default, st.stability, retention, FSRS_MAX_INTERVAL);
    long at = day_arg ? day_at : last + interval;
    printf("stability %.6f\n", st.stability);
    printf("difficulty %.6f\n", st.difficulty);
    printf("retrievability %.6f\n", fsrs_retrievability(&fsrs_default, (double)(at - last), st.stability));
    printf("retrievability_day %ld\n", at);
    printf("interval %d\n", interval);
    printf("due_day %ld\n", last + interval);
    return 0;
}
