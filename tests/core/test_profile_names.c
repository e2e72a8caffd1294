/* test_profile_names.c - hostile profile names: a name of only
 * invisible characters is refused, bidirectional controls are taken out of
 * every name (so exports show it as typed), and two processes creating
 * profiles at once cannot both take the same name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#ifndef _WIN32
#include <sys/wait.h>
#endif

#include <cmocka.h>

#include "fsutil.h"
#include "profiles.h"
#include "progress_fixture.h"

static void check(const char *name, bool ok, const char *want)
{
    char clean[PROFILE_NAME_MAX_BYTES];
    AwError err = {0};
    bool got = profiles_check_name(name, clean, sizeof clean, &err);
    if (got != ok)
        fail_msg("'%s': %s", name, got ? clean : aw_error_name(err.code));
    if (ok)
        assert_string_equal(clean, want);
    else
        assert_string_equal(aw_error_name(err.code), want);
}

static void a_name_without_a_visible_character_is_refused(void **state)
{
    (void)state;
    check("\xE2\x80\x8B", false, "AW_ERR_NAME_INVISIBLE");                           /* U+200B */
    check(" \xE2\x80\x8B\xE2\x80\x8D\xEF\xBB\xBF ", false, "AW_ERR_NAME_INVISIBLE"); /* ZWSP ZWJ BOM */
    check("\xE3\x85\xA4\xE2\xA0\x80", false, "AW_ERR_NAME_INVISIBLE");               /* Hangul filler, braille blank */
    check("\xC2\xA0\xE3\x80\x80", false, "AW_ERR_NAME_INVISIBLE"); /* no-break and ideographic space */
    check("\xE2\x80\xAE", false, "AW_ERR_NAME_EMPTY");             /* only an RLO: nothing left */
    check("\xE2\x80\x8B"
          "Sam",
          true,
          "\xE2\x80\x8B"
          "Sam"); /* visible with it: kept */
}

static void bidirectional_controls_are_taken_out_of_a_name(void **state)
{
    (void)state;
    check("\xE2\x80\xAE"
          "nnA",
          true, "nnA"); /* U+202E RLO */
    check("Anna \xE2\x81\xA7"
          "x"
          "\xE2\x81\xA9",
          true, "Anna x"); /* an isolate */
    check("\xE2\x80\x8F"
          "Ali\xE2\x80\x8E",
          true, "Ali");                                                  /* RLM, LRM */
    check("\xD8\xB9\xD9\x84\xD9\x8A", true, "\xD8\xB9\xD9\x84\xD9\x8A"); /* Arabic letters stay */
}

/* A profile.json written by hand with an override: the list (and so every
 * export and screen) shows the name without it. */
static void a_stored_name_is_listed_without_bidirectional_controls(void **state)
{
    (void)state;
    char *dir = fx_tempdir(), path[4200];
    snprintf(path, sizeof path, "%s/profiles/p-00000000000000a1", dir);
    assert_true(fsutil_mkdirs(path, NULL));
    strcat(path, "/profile.json");
    const char json[] = "{\"kind\":\"accountwijs-profile\",\"format\":1,\"id\":\"p-00000000000000a1\","
                        "\"name\":\"\\u202Eevil.exe\",\"created\":\"2026-03-01T08:00:00.000Z\"}\n";
    fx_write(path, "wb", json, sizeof json - 1);
    ProfileList list;
    Diag d;
    diag_init(&d);
    assert_true(profiles_list(dir, &list, &d));
    assert_int_equal(list.count, 1);
    assert_string_equal(list.items[0].name, "evil.exe");
    profiles_list_free(&list);
    diag_free(&d);
    fx_free_dir(dir);
}

/* Eight processes create "Sam" at the same moment, twenty times over: each
 * time exactly one succeeds. */
static void two_processes_cannot_both_take_a_name(void **state)
{
#ifdef _WIN32
    (void)state;
    skip(); /* fork: the Windows build has no twin of this test yet */
#else
    (void)state;
    enum { KIDS = 8, ROUNDS = 20 };
    for (int round = 0; round < ROUNDS; round++) {
        char *dir = fx_tempdir();
        int go[2];
        assert_int_equal(pipe(go), 0);
        pid_t kids[KIDS];
        for (int k = 0; k < KIDS; k++) {
            kids[k] = fork();
            assert_true(kids[k] >= 0);
            if (kids[k] == 0) {
                char c, id[PROFILE_ID_SIZE];
                AwError err;
                close(go[1]);
                if (read(go[0], &c, 1) < 0) /* wait for the start: all at once */
                    _exit(3);
                bool ok = profiles_create(dir, "Sam", fx_time(0), id, &err);
                free(dir); /* the child's copy (valgrind checks each process) */
                _exit(ok ? 0 : 1);
            }
        }
        close(go[0]);
        close(go[1]); /* EOF: everyone starts */
        int made = 0;
        for (int k = 0; k < KIDS; k++) {
            int st;
            assert_int_equal(waitpid(kids[k], &st, 0), kids[k]);
            assert_true(WIFEXITED(st) && WEXITSTATUS(st) <= 1);
            made += WEXITSTATUS(st) == 0;
        }
        ProfileList list;
        Diag d;
        diag_init(&d);
        assert_true(profiles_list(dir, &list, &d));
        if (made != 1 || list.count != 1)
            fail_msg("round %d: %d processes made 'Sam', %zu profiles listed", round, made, list.count);
        profiles_list_free(&list);
        diag_free(&d);
        fx_free_dir(dir);
    }
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_name_without_a_visible_character_is_refused),
        cmocka_unit_test(bidirectional_controls_are_taken_out_of_a_name),
        cmocka_unit_test(a_stored_name_is_listed_without_bidirectional_controls),
        cmocka_unit_test(two_processes_cannot_both_take_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
