/* main.c: httpsift entry point: options, signals, exit status. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

volatile sig_atomic_t hs_stop_requested;
volatile sig_atomic_t hs_stats_requested;

static void on_stop(int sig)
{
    (void)sig;
    hs_stop_requested = 1;
    /* wake a read blocked on a quiet interface (pcap_breakloop is signal-safe) */
    struct hs_cap *c = hs_pipeline_capture;
    if (c)
        hs_cap_breakloop(c);
}

static void on_stats(int sig)
{
    (void)sig;
    hs_stats_requested = 1;
    struct hs_cap *c = hs_pipeline_capture;
    if (c)
        hs_cap_breakloop(c);
}

/* Once a second during a live capture: a quiet interface still lets time (timeouts) move. */
static void on_alarm(int sig)
{
    (void)sig;
    struct hs_cap *c = hs_pipeline_capture;
    if (c)
        hs_cap_breakloop(c);
}

int main(int argc, char **argv)
{
    struct hs_config cfg;
    int rc = hs_options_parse(argc, argv, &cfg);
    if (rc != HS_EXIT_OK) {
        rc = rc < 0 ? HS_EXIT_OK : rc;
        goto out;
    }
    if (cfg.list_ifaces) {
        struct hs_err err = {""};
        rc = hs_cap_list_ifaces(STDOUT_FILENO, &err) == HS_OK ? HS_EXIT_OK : HS_EXIT_RUNTIME;
        if (rc != HS_EXIT_OK)
            fprintf(stderr, "httpsift: %s\n", err.msg);
        goto out;
    }
    if (cfg.list_checks) {
        struct hs_sink sink;
        memset(&sink, 0, sizeof sink);
        if (hs_sink_init(&sink, cfg.outputs[0].fmt == HS_FMT_JSONL ? HS_FMT_JSONL : HS_FMT_TEXT,
                         STDOUT_FILENO, false) != HS_OK) {
            rc = HS_EXIT_RUNTIME;
            goto out;
        }
        hs_sink_list_checks(&sink);
        rc = hs_sink_fini(&sink) == HS_OK ? HS_EXIT_OK : HS_EXIT_RUNTIME;
        goto out;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sa.sa_handler = on_stats;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    rc = hs_pipeline_run(&cfg);
out:
    hs_options_fini(&cfg);
    return rc;
}
