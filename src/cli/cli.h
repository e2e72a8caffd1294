/* cli.h - the command-line subcommands of accountwijs. Each returns the
 * process exit status: 0 success, 1 failure, 2 usage error. */
#ifndef ACCOUNTWIJS_CLI_H
#define ACCOUNTWIJS_CLI_H

/* accountwijs check [--json] [PATH...] */
int cli_check(int argc, char **argv);
/* accountwijs bench load|progress|review (bench render is the platform's:
 * platform_bench_render, dispatched by main.c) */
int cli_bench(int argc, char **argv);
/* accountwijs export ... (scoring module) */
int cli_export(int argc, char **argv);
/* accountwijs bench progress (scoring module) */
int cli_bench_progress(int argc, char **argv);
/* accountwijs fsrs --reviews DAY:RATING,... (the FSRS-6 state after them) */
int cli_fsrs(int argc, char **argv);
/* accountwijs bench review (memory states and today's plan) */
int cli_bench_review(int argc, char **argv);
/* Fills OUT with the built-in content folder; 0 when it cannot be found. */
int cli_default_content(char *out, unsigned long outsize);

#endif
