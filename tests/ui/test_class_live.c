/* test_class_live.c - the teacher's side of the live class quiz
 * (class_live.c, screen_class*.c) driven through the app with a fake
 * ClassLiveHost in place of the server: what the setup offers with and
 * without live mode in the build, what the start asks of the server, the
 * lobby (address, code, QR code, names, a remove button) and Enter to
 * begin, the answered count, the countdown that stops when every phone has
 * answered, a failed start that says why, and the session's CSV. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "class_live.h"
#include "class_screens.h"
#include "fixture_app.h"

/* ---- the fake server ---- */

static struct {
    bool fail;
    int starts, stops, begins, syncs, kicks, csvs;
    size_t kicked;
    char addr[32];
    int port;
    LiveSettings settings;
    size_t nnames;
    LiveView view;
} fake;

static bool fake_start(void *ctx, const ClassLiveStart *req, char *err, size_t errsize)
{
    (void)ctx;
    fake.starts++;
    if (fake.fail) {
        snprintf(err, errsize, "the port is taken");
        return false;
    }
    snprintf(fake.addr, sizeof fake.addr, "%s", req->addr);
    fake.port = req->port;
    fake.settings = req->settings;
    fake.nnames = req->nnames;
    return true;
}
static void fake_stop(void *ctx)
{
    (void)ctx;
    fake.stops++;
}
static void fake_begin(void *ctx, ClassQuiz *cq, int64_t t)
{
    (void)ctx, (void)cq, (void)t;
    fake.begins++;
}
static void fake_sync(void *ctx, ClassQuiz *cq, int64_t t)
{
    (void)ctx, (void)cq, (void)t;
    fake.syncs++;
}
static void fake_kick(void *ctx, size_t slot)
{
    (void)ctx;
    fake.kicks++;
    fake.kicked = slot;
}
static void fake_view(void *ctx, LiveView *v)
{
    (void)ctx;
    *v = fake.view;
}
static char *fake_csv(void *ctx, const ClassQuiz *cq, bool anonymous, size_t *len)
{
    (void)ctx, (void)cq;
    fake.csvs++;
    char *s = strdup(anonymous ? "\xEF\xBB\xBFLeerling 1;1\r\n"
                               : "\xEF\xBB\xBF"
                                 "Anna;1\r\n");
    *len = strlen(s);
    return s;
}

static const ClassLiveHost host = {NULL,      true,      fake_start, fake_stop, fake_begin,
                                   fake_sync, fake_kick, fake_view,  fake_csv};
static const ClassLiveHost no_live = {NULL,      false,     fake_start, fake_stop, fake_begin,
                                      fake_sync, fake_kick, fake_view,  fake_csv};

static int setup(void **state)
{
    (void)state;
    return fixture_setup("aw-class-live");
}

/* Every test: a 1920 x 1080 projector, the fake server with five phones
 * and one interface, 192.0.2.5 (no real interface is listed). */
static int start(void **state)
{
    (void)state;
    memset(&fake, 0, sizeof fake);
    LiveView *v = &fake.view;
    snprintf(v->url, sizeof v->url, "http://192.0.2.5:8470/?c=4821");
    snprintf(v->address, sizeof v->address, "http://192.0.2.5:8470");
    snprintf(v->code, sizeof v->code, "4821");
    v->qr_size = 21;
    for (int i = 0; i < 21 * 21; i++)
        v->qr[i] = (unsigned char)(i % 3 == 0);
    static const char *names[] = {"Anna de Vries", "Blauwe Vos", "Mohammed", "Sanne", "Daan"};
    for (size_t i = 0; i < 5; i++) {
        snprintf(v->players[i].name, sizeof v->players[i].name, "%s", names[i]);
        v->players[i].slot = i + 10;
        v->players[i].connected = true;
        v->players[i].score = (int)(i * 100);
    }
    v->nplayers = v->joined = v->connected = 5;
    if (fixture_start(1920, 1080, false) != 0)
        return -1;
    ClassLive *lv = &app.classq.live;
    lv->host = &host;
    lv->listed = true;
    lv->listed_loopback = lv->loopback;
    lv->nifaces = 1;
    snprintf(lv->ifaces[0].name, sizeof lv->ifaces[0].name, "wlan0");
    snprintf(lv->ifaces[0].addr, sizeof lv->ifaces[0].addr, "192.0.2.5");
    return 0;
}

static void open_setup(void)
{
    app_open(&app, SCREEN_CLASS_SETUP);
    frame();
}

/* Starts a live quiz and shows the projector. */
static void begin_live(void)
{
    app.classq.live.on = true;
    open_setup();
    assert_true(class_screen_start(&app));
    app_open(&app, SCREEN_CLASS);
    frame();
}

static void the_setup_says_when_the_build_has_no_live_mode(void **state)
{
    (void)state;
    H = 4000; /* the whole setup at once, no scrolling */
    app.classq.live.host = &no_live;
    open_setup();
    assert_true(shows("Deze versie van het programma heeft geen live-modus"));
    assert_false(shows("Leerlingen antwoorden op hun telefoon"));
    app.classq.live.host = &host;
    frame();
    assert_true(shows("Leerlingen antwoorden op hun telefoon"));
    assert_false(shows("wlan0 (192.0.2.5)")); /* the rest only when ticked */
    app.classq.live.on = true;
    frame();
    assert_true(shows("wlan0 (192.0.2.5)"));
    assert_true(shows("Bijnamen toestaan"));
    assert_true(shows("Antwoorden sluiten als iedereen heeft geantwoord"));
    assert_true(shows("Snelheidsbonus"));
    assert_true(shows("Stand op het scherm"));
    assert_true(shows("Anoniem exporteren"));
}

static void the_start_asks_the_server_for_the_chosen_interface_and_settings(void **state)
{
    (void)state;
    app.classq.live.speed_bonus = true;
    begin_live();
    assert_int_equal(fake.starts, 1);
    assert_string_equal(fake.addr, "192.0.2.5");
    assert_int_equal(fake.port, 8470);
    assert_true(fake.settings.lock_when_all); /* the default */
    assert_true(fake.settings.speed_bonus);
    assert_false(fake.settings.allow_nicknames);
    assert_int_equal(fake.nnames, 0);
}

static void the_lobby_shows_address_code_qr_and_names_and_enter_begins(void **state)
{
    (void)state;
    begin_live();
    assert_true(shows("Doe mee met je telefoon"));
    assert_true(shows("http://192.0.2.5:8470"));
    assert_true(shows("Code 4821"));
    assert_true(shows("5 leerlingen doen mee"));
    assert_true(shows("Anna de Vries"));
    assert_true(shows("Daan"));
    assert_false(shows("Vraag 1 van"));
    /* The QR code: black modules on a white square. */
    size_t dark = 0;
    for (size_t i = 0; i < ui.dl.ncmds; i++)
        if (ui.dl.cmds[i].kind == DRAW_RECT && ui.dl.cmds[i].color.r == 0 && ui.dl.cmds[i].color.g == 0)
            dark++;
    assert_true(dark >= 21);
    assert_int_equal(fake.begins, 0);
    press(UI_KEY_ENTER, 0);
    frame();
    assert_int_equal(fake.begins, 1);
    assert_true(shows("Vraag 1 van"));
    int syncs = fake.syncs;
    frame();
    assert_true(fake.syncs > syncs); /* the phones follow every frame */
}

static void the_remove_button_kicks_that_phone(void **state)
{
    (void)state;
    begin_live();
    /* The × beside "Anna de Vries" (the first name). */
    const DrawCmd *name = find_text(&ui.dl, "Anna de Vries", false);
    assert_non_null(name);
    const DrawCmd *x = NULL;
    for (size_t i = 0; i < ui.dl.ncmds && !x; i++) {
        const DrawCmd *c = &ui.dl.cmds[i];
        if (c->kind == DRAW_TEXT && c->len == 2 && memcmp(draw_text_of(&ui.dl, c), "\xC3\x97", 2) == 0 &&
            c->rect.y < name->rect.y + name->rect.h && c->rect.y + c->rect.h > name->rect.y)
            x = c;
    }
    assert_non_null(x);
    input_click(&in, x->rect.x + x->rect.w / 2, x->rect.y + x->rect.h / 2);
    frame();
    assert_int_equal(fake.kicks, 1);
    assert_int_equal(fake.kicked, 10);
}

static void the_answered_count_shows_and_all_answered_stops_the_countdown(void **state)
{
    (void)state;
    begin_live();
    press(UI_KEY_ENTER, 0); /* begin */
    frame();
    press(UI_KEY_ENTER, 0); /* the options open */
    fake.view.answered = 3;
    frame();
    assert_int_equal(app.classq.cq.phase, CLASS_OPEN);
    assert_true(shows("3 van 5 antwoorden binnen"));
    assert_true(app.classq.cq.remaining_ms > 0);
    fake.view.answered = 5;
    fake.view.all_answered = true;
    frame();
    frame();
    assert_true(shows("5 van 5 antwoorden binnen"));
    assert_int_equal(app.classq.cq.remaining_ms, 0);
}

static void a_failed_start_says_why_and_starts_nothing(void **state)
{
    (void)state;
    fake.fail = true;
    app.classq.live.on = true;
    open_setup();
    assert_false(class_screen_start(&app));
    assert_false(app.classq.running);
    assert_non_null(strstr(app.error, "De live-modus start niet: the port is taken"));
    frame();
    assert_true(shows("De live-modus start niet"));
}

static void stopping_the_quiz_stops_the_server(void **state)
{
    (void)state;
    begin_live();
    class_screen_stop(&app);
    assert_int_equal(fake.stops, 1);
    assert_false(app.classq.live.running);
}

static void the_export_is_the_sessions_csv(void **state)
{
    (void)state;
    app.classq.live.anonymous = true;
    begin_live();
    char dir[400];
    snprintf(dir, sizeof dir, "%s/data", fixture_dir);
    snprintf(app.progress.data_dir, sizeof app.progress.data_dir, "%s", dir);
    assert_true(class_screen_export(&app));
    assert_int_equal(fake.csvs, 1);
    assert_non_null(strstr(app.classq.export_path, "klassikaal-live-"));
    char *data = NULL;
    size_t len = 0;
    assert_true(os_read_file(app.classq.export_path, 4096, &data, &len));
    assert_non_null(strstr(data, "Leerling 1"));
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(the_setup_says_when_the_build_has_no_live_mode, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_start_asks_the_server_for_the_chosen_interface_and_settings, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(the_lobby_shows_address_code_qr_and_names_and_enter_begins, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(the_remove_button_kicks_that_phone, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_answered_count_shows_and_all_answered_stops_the_countdown, start,
                                        fixture_stop),
        cmocka_unit_test_setup_teardown(a_failed_start_says_why_and_starts_nothing, start, fixture_stop),
        cmocka_unit_test_setup_teardown(stopping_the_quiz_stops_the_server, start, fixture_stop),
        cmocka_unit_test_setup_teardown(the_export_is_the_sessions_csv, start, fixture_stop),
    };
    return cmocka_run_group_tests(tests, setup, fixture_teardown);
}
