/* progress_fixture.h - helpers shared by the progress tests: a temporary
 * folder per test (mkdtemp, removed afterwards), whole-file reads and
 * writes, and a standard attempt. Included by one test program at a time. */
#ifndef ACCOUNTWIJS_PROGRESS_FIXTURE_H
#define ACCOUNTWIJS_PROGRESS_FIXTURE_H

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "progress.h"

/* A fresh empty folder; the caller frees the string after fx_rmtree. */
static inline char *fx_tempdir(void)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = malloc(4096);
    snprintf(dir, 4096, "%s/accountwijs-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!dir || !mkdtemp(dir)) {
        fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
        abort();
    }
    return dir;
}

static inline void fx_rmtree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        chmod(path, 0700);
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char sub[4096];
            if (snprintf(sub, sizeof sub, "%s/%s", path, e->d_name) < (int)sizeof sub)
                fx_rmtree(sub);
        }
        if (d)
            closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

static inline void fx_free_dir(char *dir)
{
    fx_rmtree(dir);
    free(dir);
}

/* The whole file, NUL-terminated (NULL when it does not exist). */
static inline char *fx_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static inline void fx_write(const char *path, const char *mode, const void *data, size_t len)
{
    FILE *f = fopen(path, mode);
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", path);
        abort();
    }
}

static inline bool fx_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Number of entries in DIR whose name starts with PREFIX. */
static inline int fx_count_prefix(const char *dir, const char *prefix)
{
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            n++;
    if (d)
        closedir(d);
    return n;
}

/* 2026-03-02T10:00:00Z plus MINUTES. */
static inline int64_t fx_time(int64_t minutes)
{
    return INT64_C(1772445600000) + minutes * 60000;
}

static inline Attempt fx_attempt(const char *item, double score, int64_t minutes)
{
    Attempt a = {0};
    a.time_ms = fx_time(minutes);
    a.item = item;
    a.version = "t1";
    a.answer = "{\"choice\":\"a\"}";
    a.score = score;
    a.ms = 1500;
    a.mode = ATTEMPT_PRACTICE;
    return a;
}

#endif
