/* os_thread.c - threads, mutexes and condition variables behind os.h:
 * POSIX threads, or on Windows its own threads, SRW locks and condition
 * variables (no winpthreads needed). One file for both, because each half
 * is a thin wrapper and they must keep the same contract. */
#include "os.h"

#include <errno.h>
#include <stdlib.h>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0601 /* Windows 7: SRW locks and condition variables */
#endif
#include <windows.h>

struct OsThread {
    HANDLE h;
    void (*fn)(void *);
    void *arg;
};
struct OsMutex {
    SRWLOCK lock;
};
struct OsCond {
    CONDITION_VARIABLE cv;
};

static DWORD WINAPI trampoline(LPVOID p)
{
    OsThread *t = p;
    t->fn(t->arg);
    return 0;
}

bool os_thread_start(OsThread **out, void (*fn)(void *), void *arg)
{
    OsThread *t = calloc(1, sizeof *t);
    if (!t) {
        errno = ENOMEM;
        return false;
    }
    t->fn = fn;
    t->arg = arg;
    t->h = CreateThread(NULL, 0, trampoline, t, 0, NULL);
    if (!t->h) {
        free(t);
        errno = EAGAIN;
        return false;
    }
    *out = t;
    return true;
}

void os_thread_join(OsThread *t)
{
    if (!t)
        return;
    WaitForSingleObject(t->h, INFINITE);
    CloseHandle(t->h);
    free(t);
}

OsMutex *os_mutex_new(void)
{
    OsMutex *m = calloc(1, sizeof *m);
    if (m)
        InitializeSRWLock(&m->lock);
    return m;
}

void os_mutex_free(OsMutex *m)
{
    free(m);
}
void os_mutex_lock(OsMutex *m)
{
    AcquireSRWLockExclusive(&m->lock);
}
void os_mutex_unlock(OsMutex *m)
{
    ReleaseSRWLockExclusive(&m->lock);
}

OsCond *os_cond_new(void)
{
    OsCond *c = calloc(1, sizeof *c);
    if (c)
        InitializeConditionVariable(&c->cv);
    return c;
}

void os_cond_free(OsCond *c)
{
    free(c);
}

bool os_cond_wait(OsCond *c, OsMutex *m, long timeout_ms)
{
    DWORD ms = timeout_ms < 0 ? INFINITE : (DWORD)timeout_ms;
    return SleepConditionVariableSRW(&c->cv, &m->lock, ms, 0) != 0;
}

void os_cond_broadcast(OsCond *c)
{
    WakeAllConditionVariable(&c->cv);
}

void os_sleep_ms(unsigned ms)
{
    Sleep(ms);
}

#else
#include <pthread.h>
#include <time.h>

struct OsThread {
    pthread_t id;
    void (*fn)(void *);
    void *arg;
};
struct OsMutex {
    pthread_mutex_t m;
};
struct OsCond {
    pthread_cond_t cv;
};

static void *trampoline(void *p)
{
    OsThread *t = p;
    t->fn(t->arg);
    return NULL;
}

bool os_thread_start(OsThread **out, void (*fn)(void *), void *arg)
{
    OsThread *t = calloc(1, sizeof *t);
    if (!t) {
        errno = ENOMEM;
        return false;
    }
    t->fn = fn;
    t->arg = arg;
    int e = pthread_create(&t->id, NULL, trampoline, t);
    if (e) {
        free(t);
        errno = e;
        return false;
    }
    *out = t;
    return true;
}

void os_thread_join(OsThread *t)
{
    if (!t)
        return;
    pthread_join(t->id, NULL);
    free(t);
}

OsMutex *os_mutex_new(void)
{
    OsMutex *m = calloc(1, sizeof *m);
    if (m && pthread_mutex_init(&m->m, NULL) != 0) {
        free(m);
        return NULL;
    }
    return m;
}

void os_mutex_free(OsMutex *m)
{
    if (!m)
        return;
    pthread_mutex_destroy(&m->m);
    free(m);
}

void os_mutex_lock(OsMutex *m)
{
    pthread_mutex_lock(&m->m);
}
void os_mutex_unlock(OsMutex *m)
{
    pthread_mutex_unlock(&m->m);
}

/* The condition waits on CLOCK_MONOTONIC, so that a jump of the wall clock
 * neither cuts a wait short nor stretches it. */
OsCond *os_cond_new(void)
{
    OsCond *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    pthread_condattr_t a;
    if (pthread_condattr_init(&a) != 0) {
        free(c);
        return NULL;
    }
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    int e = pthread_cond_init(&c->cv, &a);
    pthread_condattr_destroy(&a);
    if (e) {
        free(c);
        return NULL;
    }
    return c;
}

void os_cond_free(OsCond *c)
{
    if (!c)
        return;
    pthread_cond_destroy(&c->cv);
    free(c);
}

bool os_cond_wait(OsCond *c, OsMutex *m, long timeout_ms)
{
    if (timeout_ms < 0)
        return pthread_cond_wait(&c->cv, &m->m) == 0;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += timeout_ms / 1000;
    ts.tv_nsec += (timeout_ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return pthread_cond_timedwait(&c->cv, &m->m, &ts) == 0;
}

void os_cond_broadcast(OsCond *c)
{
    pthread_cond_broadcast(&c->cv);
}

void os_sleep_ms(unsigned ms)
{
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}
#endif
