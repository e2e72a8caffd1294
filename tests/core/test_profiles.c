/* test_profiles.c - students on one machine: names that are never paths,
 * duplicates refused regardless of case, rename, delete that keeps the
 * answers, damaged profile files, and where the data folder is. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "../diag_text.h"
#include "profiles.h"
#include "progress_fixture.h"

typedef struct {
    char *root; /* the temporary folder; the data folder is root/data */
    char data[4096];
} Fx;

static int setup(void **state)
{
    Fx *fx = calloc(1, sizeof *fx);
    fx->root = fx_tempdir();
    snprintf(fx->data, sizeof fx->data, "%s/data", fx->root);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fx *fx = *state;
    fx_free_dir(fx->root);
    free(fx);
    return 0;
}

static void create(Fx *fx, const char *name, char id[PROFILE_ID_SIZE])
{
    AwError err;
    if (!profiles_create(fx->data, name, fx_time(0), id, &err))
        fail_msg("create '%s': %s %s", name, aw_error_name(err.code), err.path);
    assert_true(profiles_valid_id(id));
}

static ProfileList list(Fx *fx)
{
    ProfileList l;
    Diag d;
    diag_init(&d);
    assert_true(profiles_list(fx->data, &l, &d));
    diag_free(&d);
    return l;
}

static void profiles_create_keeps_the_name_inside_a_folder_named_by_id(void **state)
{
    Fx *fx = *state;
    char id[PROFILE_ID_SIZE];
    create(fx, "  Anna de Vries ", id);
    char path[4200];
    snprintf(path, sizeof path, "%s/profiles/%s/profile.json", fx->data, id);
    char *text = fx_read(path, NULL);
    assert_non_null(text);
    char want[512];
    snprintf(want, sizeof want,
             "{\"kind\":\"accountwijs-profile\",\"format\":1,\"id\":\"%s\",\"name\":\"Anna de Vries\","
             "\"created\":\"2026-03-02T10:00:00.000Z\"}\n",
             id);
    assert_string_equal(text, want);
    free(text);
    ProfileList l = list(fx);
    assert_int_equal(l.count, 1);
    assert_string_equal(l.items[0].name, "Anna de Vries");
    assert_string_equal(l.items[0].id, id);
    assert_true(l.items[0].created_ms == fx_time(0));
    assert_false(l.items[0].damaged);
    profiles_list_free(&l);
}

static void profiles_hostile_names_are_only_names_and_nothing_is_written_outside_the_data_folder(void **state)
{
    Fx *fx = *state;
    static const char *const names[] = {
        "../../etc",       "con",      ".",   "..", "a/b", "NUL", "/etc/passwd", "~", "C:\\Windows", "prn.txt",
        "\"quoted\" name", "<script>", "%s%n"};
    size_t n = sizeof names / sizeof *names;
    char ids[16][PROFILE_ID_SIZE];
    for (size_t i = 0; i < n; i++)
        create(fx, names[i], ids[i]);
    /* Only data/ in the temporary folder, only profiles/ in data/, only ids in profiles/. */
    assert_int_equal(fx_count_prefix(fx->root, ""), 3); /* ".", "..", "data" */
    assert_int_equal(fx_count_prefix(fx->data, ""), 3);
    char profiles[4200];
    snprintf(profiles, sizeof profiles, "%s/profiles", fx->data);
    assert_int_equal(fx_count_prefix(profiles, "p-"), (int)n);
    assert_int_equal(fx_count_prefix(profiles, ""), (int)n + 2);
    ProfileList l = list(fx);
    assert_int_equal(l.count, n);
    for (size_t i = 0; i < n; i++) {
        const Profile *p = profiles_find(&l, names[i]);
        assert_non_null(p);
        assert_string_equal(p->name, names[i]);
        assert_string_equal(p->id, ids[i]);
    }
    profiles_list_free(&l);
}

static void profiles_check_name_refuses_what_is_not_a_name_with_a_message(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        AwErrCode says;
    } bad[] = {
        {"", AW_ERR_NAME_EMPTY},
        {"   ", AW_ERR_NAME_EMPTY},
        {"Anna\tB", AW_ERR_NAME_CONTROL},
        {"Anna\nB", AW_ERR_NAME_CONTROL},
        {"Anna\x7f", AW_ERR_NAME_CONTROL},
        {"Anna\xc2\x85", AW_ERR_NAME_CONTROL},     /* U+0085, a C1 control */
        {"Anna\xe2\x80\xa8", AW_ERR_NAME_CONTROL}, /* U+2028 line separator */
        {"Anna\xff", AW_ERR_NAME_NOT_UTF8},
        {"Anna\xc0\xaf", AW_ERR_NAME_NOT_UTF8}, /* an overlong '/' */
        {"12345678901234567890123456789012345678901", AW_ERR_NAME_TOO_MANY_CHARS},
    };
    char clean[PROFILE_NAME_MAX_BYTES];
    AwError err;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        aw_fail(&err, AW_OK);
        assert_false(profiles_check_name(bad[i].name, clean, sizeof clean, &err));
        if (err.code != bad[i].says)
            fail_msg("name %zu: %s, not %s", i, aw_error_name(err.code), aw_error_name(bad[i].says));
    }
    /* 40 characters is fine, also when each takes two bytes; 41 is not. */
    char e40[128] = "", e41[128];
    for (int i = 0; i < 40; i++)
        strcat(e40, "\xc3\xa9");
    memcpy(e41, e40, 80);
    memcpy(e41 + 80, "\xc3\xa9", 3);
    assert_true(profiles_check_name(e40, clean, sizeof clean, &err));
    assert_string_equal(clean, e40);
    assert_false(profiles_check_name(e41, clean, sizeof clean, &err));
    assert_int_equal(err.code, AW_ERR_NAME_TOO_MANY_CHARS);
    assert_int_equal(err.num, 40);
    assert_int_equal(err.num2, 41);
    assert_true(profiles_check_name("Zoë 🙂", clean, sizeof clean, &err));
}

static void profiles_create_refuses_a_name_taken_in_another_case(void **state)
{
    Fx *fx = *state;
    char id[PROFILE_ID_SIZE], other[PROFILE_ID_SIZE];
    AwError err;
    create(fx, "Anna", id);
    create(fx, "Émile", other);
    assert_false(profiles_create(fx->data, "anna", 0, other, &err));
    assert_int_equal(err.code, AW_ERR_NAME_TAKEN);
    assert_string_equal(err.what, "Anna");
    assert_false(profiles_create(fx->data, " ANNA ", 0, other, &err));
    assert_false(profiles_create(fx->data, "éMILE", 0, other, &err));
    assert_false(profiles_create(fx->data, "Anna\t", 0, other, &err));
    ProfileList l = list(fx);
    assert_int_equal(l.count, 2);
    profiles_list_free(&l);
}

static void profiles_rename_changes_only_the_display_name(void **state)
{
    Fx *fx = *state;
    char anna[PROFILE_ID_SIZE], bo[PROFILE_ID_SIZE];
    AwError err;
    create(fx, "Anna", anna);
    create(fx, "Bo", bo);
    assert_true(profiles_rename(fx->data, anna, "ANNA", &err)); /* its own name, in capitals */
    assert_false(profiles_rename(fx->data, anna, "bo", &err));
    assert_int_equal(err.code, AW_ERR_NAME_TAKEN);
    assert_false(profiles_rename(fx->data, anna, "", &err));
    assert_true(profiles_rename(fx->data, anna, "../Anna 2", &err));
    assert_false(profiles_rename(fx->data, "p-0000000000000000", "X", &err));
    assert_false(profiles_rename(fx->data, "../../etc", "X", &err));
    ProfileList l = list(fx);
    const Profile *p = profiles_find(&l, "../anna 2");
    assert_non_null(p);
    assert_string_equal(p->id, anna);
    assert_string_equal(p->name, "../Anna 2");
    assert_true(p->created_ms == fx_time(0)); /* kept */
    profiles_list_free(&l);
}

static void profiles_delete_moves_the_profile_and_its_answers_out_of_the_list(void **state)
{
    Fx *fx = *state;
    char id[PROFILE_ID_SIZE], log_path[4200];
    AwError err;
    create(fx, "Anna", id);
    assert_true(profiles_log_path(fx->data, id, log_path, sizeof log_path));
    Diag d;
    diag_init(&d);
    ProgressLog *log = progress_open(log_path, NULL, &d);
    assert_non_null(log);
    Attempt a = fx_attempt("q1a", 1, 0);
    assert_true(progress_record(log, &a, &err));
    progress_close(log);
    diag_free(&d);

    AwError e;
    assert_true(profiles_delete(fx->data, id, &e));
    ProfileList l = list(fx);
    assert_int_equal(l.count, 0);
    profiles_list_free(&l);
    char kept[4200];
    snprintf(kept, sizeof kept, "%s/deleted/%s/attempts.jsonl", fx->data, id);
    assert_true(fx_exists(kept));
    assert_false(profiles_delete(fx->data, id, &e));
    assert_int_equal(e.code, AW_ERR_NO_PROFILE);
    assert_false(profiles_delete(fx->data, "..", &e));
    /* The name is free again. */
    create(fx, "anna", id);
}

static void profiles_list_sorts_by_name_and_shows_a_damaged_profile_under_its_id(void **state)
{
    Fx *fx = *state;
    char id[4][PROFILE_ID_SIZE];
    create(fx, "bram", id[0]);
    create(fx, "Anna", id[1]);
    create(fx, "Çem", id[2]);
    create(fx, "Zoë", id[3]);
    char path[4200];
    snprintf(path, sizeof path, "%s/profiles/%s/profile.json", fx->data, id[3]);
    fx_write(path, "wb", "{\"kind\":\"accountwijs-profile\",\"name\":", 37);
    /* Half-built and foreign folders are not profiles. */
    snprintf(path, sizeof path, "%s/profiles/.new-p-0123456789abcdef", fx->data);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/profiles/notes", fx->data);
    mkdir(path, 0700);

    ProfileList l;
    Diag d;
    diag_init(&d);
    assert_true(profiles_list(fx->data, &l, &d));
    assert_int_equal(d.warnings, 1);
    assert_non_null(strstr(diag_text(&d.messages[0]), id[3]));
    diag_free(&d);
    assert_int_equal(l.count, 4);
    assert_string_equal(l.items[0].name, "Anna");
    assert_string_equal(l.items[1].name, "bram");
    assert_string_equal(l.items[2].name, "Çem");
    assert_string_equal(l.items[3].name, id[3]);
    assert_true(l.items[3].damaged);
    assert_ptr_equal(profiles_find(&l, id[3]), &l.items[3]);
    assert_ptr_equal(profiles_find(&l, "ANNA"), &l.items[0]);
    assert_null(profiles_find(&l, "Zoë"));
    profiles_list_free(&l);
}

static void profiles_list_of_a_new_machine_is_empty(void **state)
{
    Fx *fx = *state;
    ProfileList l = list(fx);
    assert_int_equal(l.count, 0);
    profiles_list_free(&l);
    assert_false(fx_exists(fx->data));
}

static void profiles_data_dir_follows_the_flag_then_the_variable_then_xdg_then_home(void **state)
{
    (void)state;
    char out[256];
#ifdef _WIN32
    /* Windows: the flag, the variable, then %APPDATA% (as SDL_GetPrefPath). */
    setenv("ACCOUNTWIJS_DATA_DIR", "C:/srv/env", 1);
    setenv("APPDATA", "C:\\Users\\Zoë\\AppData\\Roaming\\", 1);
    assert_true(profiles_data_dir(out, sizeof out, "D:/klas/"));
    assert_string_equal(out, "D:/klas");
    assert_true(profiles_data_dir(out, sizeof out, ""));
    assert_string_equal(out, "C:/srv/env");
    unsetenv("ACCOUNTWIJS_DATA_DIR");
    assert_true(profiles_data_dir(out, sizeof out, NULL));
    assert_string_equal(out, "C:/Users/Zoë/AppData/Roaming/accountwijs/accountwijs");
    assert_false(profiles_data_dir(out, 16, NULL)); /* too long for OUT */
    unsetenv("APPDATA");
    assert_false(profiles_data_dir(out, sizeof out, NULL));
    return;
#endif
    setenv("ACCOUNTWIJS_DATA_DIR", "/srv/env", 1);
    setenv("XDG_DATA_HOME", "/x", 1);
    setenv("HOME", "/home/a", 1);
    assert_true(profiles_data_dir(out, sizeof out, "/srv/klas/"));
    assert_string_equal(out, "/srv/klas");
    assert_true(profiles_data_dir(out, sizeof out, ""));
    assert_string_equal(out, "/srv/env");
    unsetenv("ACCOUNTWIJS_DATA_DIR");
    setenv("XDG_DATA_HOME", "/x/data", 1);
    assert_true(profiles_data_dir(out, sizeof out, NULL));
    assert_string_equal(out, "/x/data/accountwijs/accountwijs");
    setenv("XDG_DATA_HOME", "", 1); /* empty counts as unset (the XDG rule) */
    assert_true(profiles_data_dir(out, sizeof out, NULL));
    assert_string_equal(out, "/home/a/.local/share/accountwijs/accountwijs");
    unsetenv("XDG_DATA_HOME");
    assert_true(profiles_data_dir(out, sizeof out, NULL));
    assert_string_equal(out, "/home/a/.local/share/accountwijs/accountwijs");
    unsetenv("HOME");
    assert_false(profiles_data_dir(out, sizeof out, NULL));
    assert_false(profiles_data_dir(out, 8, "/a/very/long/path"));
    setenv("HOME", "/home/a", 1);
    assert_false(profiles_data_dir(out, 16, NULL)); /* too long for OUT */
}

static void profiles_paths_refuse_anything_but_a_generated_id(void **state)
{
    (void)state;
    char out[256];
    assert_true(profiles_log_path("/d", "p-0123456789abcdef", out, sizeof out));
    assert_string_equal(out, "/d/profiles/p-0123456789abcdef/attempts.jsonl");
    static const char *const bad[] = {"../p-0123456789abc",  "p-0123456789ABCDEF", "p-0123456789abcde",
                                      "p-0123456789abcdef0", "p-0123456789abcde/", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_false(profiles_valid_id(bad[i]));
        assert_false(profiles_log_path("/d", bad[i], out, sizeof out));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(profiles_create_keeps_the_name_inside_a_folder_named_by_id, setup, teardown),
        cmocka_unit_test_setup_teardown(
            profiles_hostile_names_are_only_names_and_nothing_is_written_outside_the_data_folder, setup, teardown),
        cmocka_unit_test(profiles_check_name_refuses_what_is_not_a_name_with_a_message),
        cmocka_unit_test_setup_teardown(profiles_create_refuses_a_name_taken_in_another_case, setup, teardown),
        cmocka_unit_test_setup_teardown(profiles_rename_changes_only_the_display_name, setup, teardown),
        cmocka_unit_test_setup_teardown(profiles_delete_moves_the_profile_and_its_answers_out_of_the_list, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(profiles_list_sorts_by_name_and_shows_a_damaged_profile_under_its_id, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(profiles_list_of_a_new_machine_is_empty, setup, teardown),
        cmocka_unit_test(profiles_data_dir_follows_the_flag_then_the_variable_then_xdg_then_home),
        cmocka_unit_test(profiles_paths_refuse_anything_but_a_generated_id),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
