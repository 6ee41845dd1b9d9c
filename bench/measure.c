/*
 * measure.c - run a command and append one line with its cost to a file:
 *
 *   measure RESULTS COMMAND [ARGS...]
 *   -> "wall=SECONDS user=SECONDS sys=SECONDS maxrss_kib=N status=N"
 *
 * wall is CLOCK_MONOTONIC from fork to reaping; user, sys and maxrss (peak
 * resident set size, KiB) come from wait4()'s rusage of that child alone.
 * status is the exit code (128+signal if killed). The command inherits
 * stdin/stdout/stderr, so the caller redirects them. Exit status: the
 * command's. Used by bench/run.sh instead of /usr/bin/time, whose wall clock
 * has only 10 ms resolution.
 *
 *   cc -O2 -o measure bench/measure.c
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double tv(struct timeval t)
{
    return (double)t.tv_sec + t.tv_usec * 1e-6;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: measure RESULTS COMMAND [ARGS...]\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int st;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) {
        perror("measure: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    FILE *f = fopen(argv[1], "a");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fprintf(f, "wall=%.6f user=%.6f sys=%.6f maxrss_kib=%ld status=%d\n",
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9, tv(ru.ru_utime),
            tv(ru.ru_stime), ru.ru_maxrss, code);
    fclose(f);
    return code;
}
