/* cli.h - the command-line subcommands of accountwijs. Each returns the
 * process exit status: 0 success, 1 failure, 2 usage error. */
#ifndef ACCOUNTWIJS_CLI_H
#define ACCOUNTWIJS_CLI_H

#include <stddef.h>

#include "error.h"
#include "i18n.h"

/* accountwijs check [--json] [PATH...] */
int cli_check(int argc, char **argv);
/* accountwijs bench load|progress|review (bench render is the platform's:
 * platform_bench_render, dispatched by main.c) */
int cli_bench(int argc, char **argv);
/* accountwijs export ... (scoring module) */
int cli_export(int argc, char **argv);
/* accountwijs export gift [--section ID] [--content DIR] (cli_export passes it on) */
int cli_export_gift(int argc, char **argv);
/* accountwijs import gift FILE.gift --out DIR */
int cli_import(int argc, char **argv);
/* accountwijs bench progress (scoring module) */
int cli_bench_progress(int argc, char **argv);
/* accountwijs klas FOLDER [--csv FILE] [--names|--no-names]: the class overview */
int cli_klas(int argc, char **argv);
/* accountwijs bench exchange (GIFT import, xAPI export, the class overview) */
int cli_bench_exchange(int argc, char **argv);
/* accountwijs fsrs --reviews DAY:RATING,... (the FSRS-6 state after them) */
int cli_fsrs(int argc, char **argv);
/* accountwijs speak (--text TEXT | --section ID) --wav FILE [--rate WPM]:
 * what the read-aloud says, as a WAV file */
int cli_speak(int argc, char **argv);
/* accountwijs bench speak (first audio through the worker, realtime factor) */
int cli_bench_speak(int argc, char **argv);
/* accountwijs bench review (memory states and today's plan) */
int cli_bench_review(int argc, char **argv);

/* accountwijs lrs status|send|rebuild (the school's Learning Record Store) */
int cli_lrs(int argc, char **argv);

/* accountwijs bench exchange (xAPI export; GIFT import, class overview) */
int cli_bench_exchange(int argc, char **argv);
/* accountwijs bench live [--phones N] (the live class quiz's server) */
int cli_bench_live(int argc, char **argv);
/* Takes "--lang nl|en" (or --lang=en) out of ARGV[1..] (main.c calls it
 * before a subcommand): core's errors are then worded in that language
 * (Dutch by default). 0, or 2 after a message for a language it does not
 * know. */
int cli_take_lang(int *argc, char **argv);
Lang cli_lang(void);
/* ERR worded in that language into BUF (i18n_error); returns BUF. */
const char *cli_error(const AwError *err, char *buf, size_t size);
/* The string ID (a STR_CLI_* sentence or usage text) in that language. */
const char *cli_str(StrId id);
/* Writes "WHO: ", the sentence ID in that language with its printf
 * conversions filled from the arguments, and a newline to stderr. WHO names
 * the speaker: "accountwijs", "accountwijs export", "bench". */
void cli_say(const char *who, StrId id, ...);

/* Diagnostic M worded in that language into BUF (i18n_diag), after
 * "waarschuwing: " ("warning: ") when it is a warning; returns BUF. */
const char *cli_diag(const DiagMessage *m, char *buf, size_t size);

/* Fills OUT with the built-in content folder; 0 when it cannot be found. */
int cli_default_content(char *out, unsigned long outsize);

#endif
