/* fuzz_live.c - libFuzzer target for the live quiz's core: the input is a
 * script of phone messages (raw bytes, or joins, answers and resumes built
 * around fuzzed parts so the fuzzer gets past the session code) and teacher
 * actions (advance, pause, kick, end) on a session of four rounds. Checks
 * that nothing crashes and that the session's counts stay sound.
 *
 * Build: cmake -S . -B build-fuzz -DFUZZ=ON -DCMAKE_C_COMPILER=clang
 * Run:   ./build-fuzz/fuzz_live -max_total_time=60 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live.h"

static Option single_opts[] = {{.text = "Kas"}, {.text = "Bank", .correct = true}, {.text = "Kapitaal"}};
static Option multi_opts[] = {{.text = "A", .correct = true}, {.text = "B"}, {.text = "C", .correct = true}};
static Option tf_opts[] = {{.id = "true", .text = "juist", .correct = true}, {.id = "false", .text = "onjuist"}};
static Option match_opts[] = {{.text = "Debet", .match = "links"}, {.text = "Credit", .match = "rechts"}};
static Question questions[] = {
    {.type = QUESTION_SINGLE, .prompt = "**Vraag**", .options = single_opts, .noptions = 3, .explanation = "x"},
    {.type = QUESTION_MULTIPLE, .prompt = "Meer", .options = multi_opts, .noptions = 3, .explanation = "y"},
    {.type = QUESTION_TRUEFALSE, .prompt = "Waar?", .options = tf_opts, .noptions = 2, .fixed_order = true},
    {.type = QUESTION_MATCHING, .prompt = "Koppel", .options = match_opts, .noptions = 2},
};
static Course course = {.questions = questions, .nquestions = 4};

static bool random_bytes(void *ctx, unsigned char *buf, size_t n)
{
    uint64_t *s = ctx;
    for (size_t i = 0; i < n; i++) {
        *s = *s * 6364136223846793005u + 1442695040888963407u;
        buf[i] = (unsigned char)(*s >> 56);
    }
    return true;
}

typedef struct {
    const uint8_t *p;
    size_t left;
} In;

static unsigned take(In *in)
{
    if (!in->left)
        return 0;
    in->left--;
    return *in->p++;
}

static void check(const LiveSession *ls, const LiveOut *out)
{
    LiveSnapshot s;
    live_snapshot(ls, &s);
    if (s.joined > LIVE_MAX_PLAYERS || s.connected > s.joined || s.answered > s.joined)
        abort();
    for (size_t i = 0; i < out->n; i++)
        if (out->items[i].text && strlen(out->items[i].text) != out->items[i].len)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t seed = 7;
    LiveSettings set;
    live_settings_default(&set);
    set.random = random_bytes;
    set.random_ctx = &seed;
    In in = {data, size};
    unsigned flags = take(&in);
    set.allow_nicknames = flags & 1;
    set.lock_when_all = flags & 2;
    set.speed_bonus = flags & 4;
    set.joins_per_minute = (int)(flags >> 4);
    LiveSession *ls = live_session_new(&set, 4);
    if (!ls)
        return 0;
    if (flags & 8) {
        const char *names[] = {"Anna", "Bram", "Chloë"};
        live_session_set_names(ls, names, 3);
    }
    size_t qs[4] = {0, 1, 2, 3};
    ClassQuiz cq;
    if (!classquiz_start(&cq, &course, qs, 4, 20, flags & 2 ? 2 : 0)) {
        live_session_free(ls);
        return 0;
    }
    classquiz_shuffle(&cq, flags);
    LiveOut out = {0};
    int64_t now = 0;
    bool started = false;
    const char *code = live_session_code(ls);
    for (uint64_t c = 1; c <= 4; c++)
        live_conn_open(ls, c, c & 1 ? "10.0.0.1" : "10.0.0.2", now);
    char msg[LIVE_MAX_MESSAGE + 64];
    while (in.left) {
        unsigned op = take(&in);
        uint64_t conn = 1 + (op >> 5 & 3);
        now += take(&in) * 7;
        live_out_clear(&out);
        switch (op & 15) {
        case 0: /* raw bytes */
        case 1: {
            size_t n = take(&in) * 5;
            n = n > in.left ? in.left : n;
            live_conn_message(ls, conn, (const char *)in.p, n, now, &out);
            in.p += n;
            in.left -= n;
            break;
        }
        case 2: { /* a join with a fuzzed name */
            size_t n = take(&in) % 40;
            n = n > in.left ? in.left : n;
            char name[64];
            for (size_t i = 0; i < n; i++) {
                char ch = (char)in.p[i];
                name[i] = ch == '"' || ch == '\\' || (unsigned char)ch < 0x20 ? ' ' : ch;
            }
            name[n] = '\0';
            in.p += n;
            in.left -= n;
            snprintf(msg, sizeof msg, "{\"t\":\"join\",\"code\":\"%s\",\"name\":\"%s\"}", code, name);
            live_conn_message(ls, conn, msg, strlen(msg), now, &out);
            break;
        }
        case 3: { /* an answer */
            unsigned q = take(&in) % 5, bits = take(&in) | take(&in) << 8;
            int at = snprintf(msg, sizeof msg, "{\"t\":\"answer\",\"q\":%u,\"choice\":[", q);
            bool first = true;
            for (int k = 0; k < 9; k++)
                if (bits & (1u << k)) {
                    at += snprintf(msg + at, sizeof msg - (size_t)at, "%s%d", first ? "" : ",", k);
                    first = false;
                }
            snprintf(msg + at, sizeof msg - (size_t)at, "]}");
            live_conn_message(ls, conn, msg, strlen(msg), now, &out);
            break;
        }
        case 4: { /* a resume with a player's token */
            LiveSnapshot s;
            live_snapshot(ls, &s);
            unsigned p = take(&in);
            const char *token = s.nplayers ? s.players[p % s.nplayers].token : "00000000000000000000000000000000";
            snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"code\":\"%s\",\"token\":\"%s\"}", code, token);
            live_conn_message(ls, conn, msg, strlen(msg), now, &out);
            break;
        }
        case 5:
            snprintf(msg, sizeof msg, "{\"t\":\"hello\",\"code\":\"%s\"}", code);
            live_conn_message(ls, conn, msg, strlen(msg), now, &out);
            break;
        case 6: /* the teacher presses Enter */
        case 7:
            if (!started) {
                live_start(ls, &cq, now, &out);
                started = true;
            } else {
                classquiz_advance(&cq, now);
                live_sync(ls, &cq, now, &out);
            }
            break;
        case 8:
            classquiz_toggle_pause(&cq, now);
            live_sync(ls, &cq, now, &out);
            break;
        case 9:
            classquiz_tick(&cq, now);
            live_sync(ls, &cq, now, &out);
            break;
        case 10:
            live_kick(ls, take(&in) % 8, &out);
            break;
        case 11:
            live_conn_close(ls, conn);
            break;
        case 12:
            live_conn_open(ls, conn, "10.0.0.3", now);
            break;
        case 13:
            if ((take(&in) & 7) == 0)
                live_end(ls, &out);
            break;
        default: {
            size_t len;
            free(live_csv_text(ls, &cq, op & 16, &len));
            break;
        }
        }
        check(ls, &out);
    }
    live_out_free(&out);
    classquiz_free(&cq);
    live_session_free(ls);
    return 0;
}
