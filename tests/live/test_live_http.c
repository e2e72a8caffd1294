/* test_live_http.c - what the live server serves and refuses, spoken to
 * over 127.0.0.1 with the project's own WebSocket client: only the phone
 * page's four files and only GET; no path outside them whatever the URL;
 * the WebSocket only at /ws, text frames of at most 1024 bytes, at most 80
 * sockets (60 phones and room for those coming back); a second server takes the next port; stopping with phones
 * connected closes them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live_client.h"
#include "live_server.h"
#include "os.h"

static char assets[600];
static char page[64 * 1024];

/* A folder with the four files, small and recognisable. */
static int make_assets(void **state)
{
    (void)state;
    if (!os_make_temp_folder("aw-live-http", assets, sizeof assets))
        return -1;
    const char *names[] = {"index.html", "live.js", "live.css", "favicon.svg"};
    for (size_t i = 0; i < 4; i++) {
        char path[700], body[64];
        snprintf(path, sizeof path, "%s/%s", assets, names[i]);
        int n = snprintf(body, sizeof body, "file %s\n", names[i]);
        if (!os_replace_file(path, body, (size_t)n))
            return -1;
    }
    return 0;
}

static int remove_assets(void **state)
{
    (void)state;
    const char *names[] = {"index.html", "live.js", "live.css", "favicon.svg"};
    for (size_t i = 0; i < 4; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", assets, names[i]);
        os_unlink(path);
    }
    os_rmdir(assets);
    return 0;
}

static LiveServerConfig config(int port, int last, const char *folder)
{
    LiveServerConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.addr = "127.0.0.1";
    cfg.port = port;
    cfg.last_port = last;
    cfg.assets = folder;
    live_settings_default(&cfg.settings);
    cfg.settings.joins_per_minute = 0; /* every socket comes from 127.0.0.1 */
    cfg.nrounds = 3;
    return cfg;
}

static LiveServer *start(void)
{
    LiveServerConfig cfg = config(0, 0, assets);
    LiveServerError err;
    LiveServer *s = live_server_start(&cfg, &err);
    assert_non_null(s);
    assert_int_equal(err, LIVE_SERVER_OK);
    return s;
}

static int get(LiveServer *s, const char *target)
{
    char req[512];
    snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", target);
    return wsc_http("127.0.0.1", live_server_port(s), req, page, sizeof page, 3000);
}

static void the_four_files_are_served_with_the_safety_headers(void **state)
{
    (void)state;
    LiveServer *s = start();
    assert_true(live_server_port(s) >= LIVE_PORT_FIRST && live_server_port(s) <= LIVE_PORT_LAST);
    assert_int_equal(get(s, "/"), 200);
    assert_non_null(strstr(page, "file index.html"));
    assert_non_null(strstr(page, "Content-Type: text/html; charset=utf-8"));
    assert_non_null(strstr(page, "Cache-Control: no-store"));
    assert_non_null(strstr(page, "Content-Security-Policy: default-src 'self'; connect-src 'self' ws: ;"));
    assert_non_null(strstr(page, "X-Content-Type-Options: nosniff"));
    assert_non_null(strstr(page, "Referrer-Policy: no-referrer"));
    assert_int_equal(get(s, "/?c=4821"), 200);
    assert_non_null(strstr(page, "file index.html"));
    assert_int_equal(get(s, "/live.js"), 200);
    assert_non_null(strstr(page, "file live.js"));
    assert_non_null(strstr(page, "text/javascript"));
    assert_int_equal(get(s, "/live.css"), 200);
    assert_non_null(strstr(page, "file live.css"));
    assert_int_equal(get(s, "/favicon.svg"), 200);
    assert_non_null(strstr(page, "image/svg+xml"));
    live_server_stop(s);
}

static void no_path_outside_the_files_is_served(void **state)
{
    (void)state;
    LiveServer *s = start();
    const char *bad[] = {"/../CMakeLists.txt",
                         "/%2e%2e/CMakeLists.txt",
                         "/%2e%2e/",
                         "/index.html",
                         "/live.js/",
                         "//live.js",
                         "/./live.js",
                         "/live%2ejs",
                         "/live.js%00",
                         "/..%2fCMakeLists.txt",
                         "/..%5cCMakeLists.txt",
                         "/..\\CMakeLists.txt",
                         "/assets/live/live.js",
                         "/ws",
                         "/etc/passwd",
                         "/live.css/../live.js"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int status = get(s, bad[i]);
        if (status != 404 && status != 400)
            fail_msg("%s answered %d", bad[i], status);
        assert_null(strstr(page, "file "));
        assert_null(strstr(page, "cmake_minimum_required"));
    }
    live_server_stop(s);
}

static void only_get_is_allowed(void **state)
{
    (void)state;
    LiveServer *s = start();
    const char *methods[] = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD"};
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        char req[256];
        snprintf(req, sizeof req, "%s / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n", methods[i]);
        int status = wsc_http("127.0.0.1", live_server_port(s), req, page, sizeof page, 3000);
        if (status != 405)
            fail_msg("%s answered %d", methods[i], status);
        assert_null(strstr(page, "file index.html"));
    }
    live_server_stop(s);
}

static void the_websocket_is_only_at_ws(void **state)
{
    (void)state;
    LiveServer *s = start();
    WsClient c;
    assert_false(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/"));
    assert_false(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/wss"));
    assert_false(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/ws/x"));
    assert_false(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/%77s"));
    assert_true(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/ws"));
    wsc_drop(&c);
    live_server_stop(s);
}

static void a_frame_over_1024_bytes_or_binary_closes_the_connection(void **state)
{
    (void)state;
    LiveServer *s = start();
    char big[1100], buf[64];
    memset(big, 'x', sizeof big);
    WsClient c;
    assert_true(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/ws"));
    assert_true(wsc_send(&c, WSC_TEXT, big, 1025));
    assert_int_equal(wsc_recv(&c, buf, sizeof buf, NULL, 3000), WSC_CLOSE);
    assert_int_equal(c.close_code, 1009);
    wsc_drop(&c);
    assert_true(wsc_connect(&c, "127.0.0.1", live_server_port(s), "/ws"));
    assert_true(wsc_send(&c, WSC_BINARY, "{}", 2));
    assert_int_equal(wsc_recv(&c, buf, sizeof buf, NULL, 3000), WSC_CLOSE);
    assert_int_equal(c.close_code, 1003);
    wsc_drop(&c);
    live_server_stop(s);
}

static void at_most_eighty_websockets_are_open_at_once(void **state)
{
    (void)state;
    LiveServer *s = start();
    static WsClient c[LIVE_MAX_SOCKETS + 1];
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++)
        assert_true(wsc_connect(&c[i], "127.0.0.1", live_server_port(s), "/ws"));
    assert_false(wsc_connect(&c[LIVE_MAX_SOCKETS], "127.0.0.1", live_server_port(s), "/ws"));
    assert_int_equal(live_server_phones(s), LIVE_MAX_SOCKETS);
    /* The page itself still loads for a phone that waits its turn. */
    assert_int_equal(get(s, "/"), 200);
    wsc_drop(&c[0]);
    for (int tries = 0; tries < 100 && live_server_phones(s) == LIVE_MAX_SOCKETS; tries++) {
        char buf[8];
        wsc_recv(&c[1], buf, sizeof buf, NULL, 20);
    }
    assert_true(wsc_connect(&c[0], "127.0.0.1", live_server_port(s), "/ws"));
    for (size_t i = 0; i < LIVE_MAX_SOCKETS; i++)
        wsc_drop(&c[i]);
    live_server_stop(s);
}

static void a_second_server_takes_the_next_free_port(void **state)
{
    (void)state;
    LiveServer *a = start(), *b = start();
    assert_int_equal(live_server_port(b), live_server_port(a) + 1);
    static LiveView v;
    live_server_view(b, &v);
    char want[128];
    snprintf(want, sizeof want, "http://127.0.0.1:%d/?c=%s", live_server_port(b), live_server_code(b));
    assert_string_equal(v.url, want);
    snprintf(want, sizeof want, "http://127.0.0.1:%d", live_server_port(b));
    assert_string_equal(v.address, want);
    assert_true(v.qr_size >= 21);
    LiveServerConfig cfg = config(live_server_port(a), live_server_port(b), assets);
    LiveServerError err;
    assert_null(live_server_start(&cfg, &err));
    assert_int_equal(err, LIVE_SERVER_NO_PORT);
    live_server_stop(b);
    live_server_stop(a);
}

static void a_missing_page_file_stops_the_start(void **state)
{
    (void)state;
    LiveServerConfig cfg = config(0, 0, "/nonexistent/assets/live");
    LiveServerError err;
    assert_null(live_server_start(&cfg, &err));
    assert_int_equal(err, LIVE_SERVER_ASSETS);
}

static void stopping_with_phones_connected_closes_them(void **state)
{
    (void)state;
    LiveServer *s = start();
    WsClient c[5];
    for (size_t i = 0; i < 5; i++)
        assert_true(wsc_connect(&c[i], "127.0.0.1", live_server_port(s), "/ws"));
    double t0 = os_mono_ms();
    live_server_stop(s);
    assert_true(os_mono_ms() - t0 < 3000);
    for (size_t i = 0; i < 5; i++) {
        char buf[16];
        int op = wsc_recv(&c[i], buf, sizeof buf, NULL, 2000);
        assert_true(op == WSC_CLOSE || op == WSC_GONE);
        wsc_drop(&c[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_four_files_are_served_with_the_safety_headers),
        cmocka_unit_test(no_path_outside_the_files_is_served),
        cmocka_unit_test(only_get_is_allowed),
        cmocka_unit_test(the_websocket_is_only_at_ws),
        cmocka_unit_test(a_frame_over_1024_bytes_or_binary_closes_the_connection),
        cmocka_unit_test(at_most_eighty_websockets_are_open_at_once),
        cmocka_unit_test(a_second_server_takes_the_next_free_port),
        cmocka_unit_test(a_missing_page_file_stops_the_start),
        cmocka_unit_test(stopping_with_phones_connected_closes_them),
    };
    return cmocka_run_group_tests(tests, make_assets, remove_assets);
}
