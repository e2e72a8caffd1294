/* test_os_thread.c - the threads of os.h (os_thread.c): a started thread
 * runs and is joined, a mutex keeps two threads' increments apart, a
 * condition variable wakes a waiter, and a wait with a limit gives up in
 * about that time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "os.h"

typedef struct {
    OsMutex *mu;
    OsCond *cv;
    long count;
    bool ready;
} Shared;

static void add_many(void *p)
{
    Shared *s = p;
    for (int i = 0; i < 100000; i++) {
        os_mutex_lock(s->mu);
        s->count++;
        os_mutex_unlock(s->mu);
    }
}

static void two_threads_under_one_mutex_lose_no_increment(void **state)
{
    (void)state;
    Shared s = {.mu = os_mutex_new()};
    assert_non_null(s.mu);
    OsThread *a, *b;
    assert_true(os_thread_start(&a, add_many, &s));
    assert_true(os_thread_start(&b, add_many, &s));
    os_thread_join(a);
    os_thread_join(b);
    assert_int_equal(s.count, 200000);
    os_mutex_free(s.mu);
}

static void signal_ready(void *p)
{
    Shared *s = p;
    os_sleep_ms(50);
    os_mutex_lock(s->mu);
    s->ready = true;
    os_cond_broadcast(s->cv);
    os_mutex_unlock(s->mu);
}

static void a_waiter_wakes_when_another_thread_signals(void **state)
{
    (void)state;
    Shared s = {.mu = os_mutex_new(), .cv = os_cond_new()};
    assert_non_null(s.cv);
    OsThread *t;
    double t0 = os_mono_ms();
    assert_true(os_thread_start(&t, signal_ready, &s));
    os_mutex_lock(s.mu);
    while (!s.ready)
        os_cond_wait(s.cv, s.mu, 5000);
    os_mutex_unlock(s.mu);
    os_thread_join(t);
    assert_true(s.ready);
    assert_true(os_mono_ms() - t0 < 4000);
    os_cond_free(s.cv);
    os_mutex_free(s.mu);
}

static void a_wait_with_a_limit_gives_up_after_about_that_time(void **state)
{
    (void)state;
    OsMutex *mu = os_mutex_new();
    OsCond *cv = os_cond_new();
    os_mutex_lock(mu);
    double t0 = os_mono_ms();
    bool woken = os_cond_wait(cv, mu, 100);
    double took = os_mono_ms() - t0;
    os_mutex_unlock(mu);
    assert_false(woken);
    assert_true(took >= 90 && took < 2000);
    os_cond_free(cv);
    os_mutex_free(mu);
    os_cond_free(NULL);
    os_mutex_free(NULL);
    os_thread_join(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_threads_under_one_mutex_lose_no_increment),
        cmocka_unit_test(a_waiter_wakes_when_another_thread_signals),
        cmocka_unit_test(a_wait_with_a_limit_gives_up_after_about_that_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
