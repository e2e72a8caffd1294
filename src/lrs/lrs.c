/* lrs.c - one round of sending: see lrs.h. The queue (core) decides what
 * is sent and records what arrived; this file only carries each batch over
 * HTTP and reports the LRS's answer. */
#include "lrs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "xapi.h"
#include "xapi_queue.h"

#ifndef AW_NO_LRS
#include <curl/curl.h>

bool lrs_available(void)
{
    return true;
}

void lrs_init(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

typedef struct {
    char head[200]; /* the start of the LRS's answer, for the message */
    size_t len;
    const atomic_bool *stop;
} Reply;

static size_t on_body(char *data, size_t size, size_t n, void *ctx)
{
    Reply *r = ctx;
    size_t bytes = size * n, room = sizeof r->head - 1 - r->len;
    size_t take = bytes < room ? bytes : room;
    memcpy(r->head + r->len, data, take);
    r->len += take;
    r->head[r->len] = '\0';
    return bytes;
}

static int on_progress(void *ctx, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
    (void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
    const Reply *r = ctx;
    return r->stop && atomic_load(r->stop); /* non-zero cuts the request off */
}

/* The answer's first line, without control characters, for a message. */
static void one_line(char *s)
{
    for (char *p = s; *p; p++)
        if ((unsigned char)*p < 0x20) {
            *p = *p == '\n' || *p == '\r' ? '\0' : ' ';
            if (!*p)
                break;
        }
}

/* POSTs BODY; the HTTP status (0 when no answer came) and ERR. */
static long post(CURL *h, const LrsConf *conf, const char *body, size_t len, const atomic_bool *stop, AwError *err)
{
    char url[LRS_CONF_VALUE_MAX + 16];
    snprintf(url, sizeof url, "%sstatements", conf->endpoint);
    Reply r = {.stop = stop};
    struct curl_slist *hs = curl_slist_append(NULL, "Content-Type: application/json");
    hs = hs ? curl_slist_append(hs, "X-Experience-API-Version: 1.0.3") : NULL;
    if (!hs) {
        aw_fail(err, AW_ERR_NO_MEMORY);
        return 0;
    }
    char curl_err[CURL_ERROR_SIZE] = "";
    curl_easy_reset(h);
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hs);
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(h, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
    curl_easy_setopt(h, CURLOPT_USERNAME, conf->key);
    curl_easy_setopt(h, CURLOPT_PASSWORD, conf->secret);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)conf->timeout_s);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)(conf->timeout_s < 10 ? conf->timeout_s : 10));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &r);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_err);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    CURLcode rc = curl_easy_perform(h);
    curl_slist_free_all(hs);
    long status = 0;
    if (rc != CURLE_OK) {
        aw_fail_what(err, AW_ERR_LRS_NETWORK, curl_err[0] ? curl_err : curl_easy_strerror(rc));
        return 0;
    }
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status != 200) {
        one_line(r.head);
        aw_fail_what(err, AW_ERR_LRS_HTTP, r.head);
        if (err)
            err->num = status;
    }
    return status;
}

/* Sends batches of at most MAX until the queue is empty; false at the
 * first failure. A batch answered 409 (some statement the LRS has), 400
 * (one it refuses) or 413 (too large) goes again one by one, then the
 * batches go on: the ones before a refused statement arrive, and the one
 * refused stops the round with the LRS's message. */
static bool send_all(CURL *h, XapiQueue *q, const LrsConf *conf, size_t max, const atomic_bool *stop, LrsRound *out,
                     AwError *err)
{
    for (;;) {
        JsonBuf b = {0};
        size_t n;
        if (!xapi_queue_batch(q, max, &b, &n, err)) {
            jsonbuf_free(&b);
            return false;
        }
        if (n == 0) {
            jsonbuf_free(&b);
            return true;
        }
        long status = post(h, conf, b.data, b.len, stop, err);
        jsonbuf_free(&b);
        if ((status == 409 || status == 400 || status == 413) && n > 1) {
            for (size_t i = 0; i < n; i++)
                if (!send_all(h, q, conf, 1, stop, out, err))
                    return false;
            continue;
        }
        if (status != 200 && status != 409)
            return false;
        if (!xapi_queue_sent(q, err))
            return false;
        if (status == 409)
            out->conflicts += n;
        else
            out->sent += n;
        if (max == 1)
            return true; /* back to the caller's batch size */
    }
}

bool lrs_round(const char *data_dir, const Course *c, const LrsConf *conf, const atomic_bool *stop, LrsRound *out,
               AwError *err)
{
    memset(out, 0, sizeof *out);
    if (!lrs_conf_sends(conf))
        return true;
    XapiQueue *q = xapi_queue_open(data_dir, err);
    if (!q)
        return false;
    XapiOptions o = {.home = conf->home, .names = conf->names};
    AwError collect_err;
    bool collected = xapi_queue_collect(q, c, &o, &out->queued, &collect_err);
    CURL *h = curl_easy_init();
    bool ok = h != NULL;
    if (!h)
        aw_fail(err, AW_ERR_NO_MEMORY);
    else
        ok = send_all(h, q, conf, (size_t)conf->batch, stop, out, err);
    if (h)
        curl_easy_cleanup(h);
    out->pending = xapi_queue_pending(q);
    xapi_queue_close(q);
    if (ok && !collected && err)
        *err = collect_err;
    return ok && collected;
}

#else /* AW_NO_LRS */

bool lrs_available(void)
{
    return false;
}

void lrs_init(void) {}

bool lrs_round(const char *data_dir, const Course *c, const LrsConf *conf, const atomic_bool *stop, LrsRound *out,
               AwError *err)
{
    (void)data_dir, (void)c, (void)conf, (void)stop;
    memset(out, 0, sizeof *out);
    return aw_fail(err, AW_ERR_LRS_NOT_IN_BUILD);
}

#endif
