/* live_teacher.c - the teacher's side of a live class quiz for the browser
 * test (tests/live/phones.cjs): the real course, the real server (awlive)
 * and session (core) on 127.0.0.1, with the teacher's keys replaced by
 * commands on stdin, one a line; each answers one line on stdout.
 *
 *   live_teacher CONTENT_DIR ASSETS_LIVE_DIR CLASS_LIST
 *   -> "ready PORT CODE"
 *   start              live_server_begin: the phones leave the lobby
 *   next               Enter on the projector (classquiz_advance + sync):
 *                      "ok PHASE ROUND KIND RIGHT" (RIGHT: the right letters
 *                      as shown, "0,2"; "-" for a board question)
 *   view               "view joined=N connected=N answered=N locked=0|1 tally=A,B,..."
 *   kick NAME          removes the phone called NAME: "ok" or "no"
 *   end                ends the quiz early
 *   csv PATH [anon]    writes the session's CSV to PATH
 *   quit               stops the server (the phones lose their connection)
 *
 * Four rounds: the course's first single, multiple, true/false and board
 * (matching, ordering or cloze) question, 60 seconds each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classquiz.h"
#include "course.h"
#include "diag.h"
#include "live.h"
#include "live_server.h"
#include "live_view.h"
#include "os.h"

static const char *phase_name(ClassPhase p)
{
    static const char *const names[] = {"question", "open", "reveal", "scores", "end"};
    return (unsigned)p < 5 ? names[p] : "?";
}

static bool is_board(QuestionType t)
{
    return t != QUESTION_SINGLE && t != QUESTION_MULTIPLE && t != QUESTION_TRUEFALSE;
}

/* The course's first question of each kind the test needs. */
static size_t pick(const Course *c, size_t qs[4])
{
    bool have[4] = {false};
    for (size_t i = 0; i < c->nquestions; i++) {
        QuestionType t = c->questions[i].type;
        int slot = t == QUESTION_SINGLE ? 0 : t == QUESTION_MULTIPLE ? 1 : t == QUESTION_TRUEFALSE ? 2 : 3;
        if (!have[slot] && c->questions[i].noptions <= CLASS_MAX_OPTIONS) {
            have[slot] = true;
            qs[slot] = i;
        }
    }
    return have[0] && have[1] && have[2] && have[3] ? 4 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: live_teacher CONTENT_DIR ASSETS_LIVE_DIR CLASS_LIST\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    Diag d;
    diag_init(&d);
    Course *course = course_load(argv[1], &d);
    size_t nnames = 0;
    char **names = live_classlist_load(argv[3], &d, &nnames);
    if (!course || !names) {
        fprintf(stderr, "live_teacher: cannot load the course or the class list (%zu errors)\n", d.errors);
        return 1;
    }
    diag_free(&d);
    size_t qs[4];
    ClassQuiz cq;
    if (pick(course, qs) != 4 || !classquiz_start(&cq, course, qs, 4, 60, 0)) {
        fprintf(stderr, "live_teacher: the course lacks a single, multiple, true/false or board question\n");
        return 1;
    }
    classquiz_shuffle(&cq, 1);

    LiveServerConfig cfg = {0};
    cfg.addr = "127.0.0.1";
    cfg.assets = argv[2];
    live_settings_default(&cfg.settings);
    cfg.settings.joins_per_minute = 0; /* every phone comes from 127.0.0.1 */
    cfg.settings.seed = 1;
    cfg.nrounds = cq.nrounds;
    cfg.names = (const char *const *)names;
    cfg.nnames = nnames;
    LiveServerError err;
    LiveServer *s = live_server_start(&cfg, &err);
    if (!s) {
        fprintf(stderr, "live_teacher: the server did not start (error %d)\n", (int)err);
        return 1;
    }
    printf("ready %d %s\n", live_server_port(s), live_server_code(s));

    static LiveView v; /* large: not on the stack */
    char line[1024];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        int64_t now = (int64_t)os_mono_ms();
        if (strcmp(line, "start") == 0) {
            live_server_begin(s, &cq, now);
            printf("ok\n");
        } else if (strcmp(line, "next") == 0) {
            classquiz_advance(&cq, now);
            live_server_sync(s, &cq, now);
            const Question *q = classquiz_question(&cq);
            char right[32] = "-";
            if (q && !is_board(q->type)) {
                size_t at = 0;
                for (size_t k = 0; k < q->noptions; k++)
                    if (q->options[classquiz_option_at(&cq, cq.current, k)].correct)
                        at += (size_t)snprintf(right + at, sizeof right - at, "%s%zu", at ? "," : "", k);
            }
            printf("ok %s %zu %s %s\n", phase_name(cq.phase), cq.current, q ? question_type_name(q->type) : "-", right);
        } else if (strcmp(line, "view") == 0) {
            live_server_sync(s, &cq, now);
            live_server_view(s, &v);
            printf("view joined=%zu connected=%zu answered=%zu locked=%d tally=", v.joined, v.connected, v.answered,
                   v.locked);
            for (size_t k = 0; k < CLASS_MAX_OPTIONS; k++)
                printf("%s%u", k ? "," : "", v.tally[k]);
            printf("\n");
        } else if (strncmp(line, "kick ", 5) == 0) {
            live_server_view(s, &v);
            bool done = false;
            for (size_t i = 0; i < v.nplayers && !done; i++)
                if (strcmp(v.players[i].name, line + 5) == 0) {
                    live_server_kick(s, v.players[i].slot);
                    done = true;
                }
            printf(done ? "ok\n" : "no\n");
        } else if (strcmp(line, "end") == 0) {
            live_server_end(s);
            printf("ok\n");
        } else if (strncmp(line, "csv ", 4) == 0) {
            char *path = line + 4;
            char *sp = strchr(path, ' ');
            bool anon = sp && strcmp(sp + 1, "anon") == 0;
            if (sp)
                *sp = '\0';
            size_t len;
            char *text = live_server_csv(s, &cq, anon, &len);
            FILE *f = text ? fopen(path, "wb") : NULL;
            bool ok = f && fwrite(text, 1, len, f) == len;
            if (f)
                ok = fclose(f) == 0 && ok;
            free(text);
            printf(ok ? "ok\n" : "no\n");
        } else if (strcmp(line, "quit") == 0) {
            break;
        } else {
            printf("unknown %s\n", line);
        }
    }
    live_server_stop(s);
    printf("bye\n");
    classquiz_free(&cq);
    live_classlist_free(names, nnames);
    course_free(course);
    return 0;
}
