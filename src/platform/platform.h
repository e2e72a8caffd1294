/* platform.h - the SDL program: window, event loop, harness. */
#ifndef ACCOUNTWIJS_PLATFORM_H
#define ACCOUNTWIJS_PLATFORM_H

/* Runs the program (or with --script the harness); returns the exit status. */
int platform_main(int argc, char **argv);

/* accountwijs bench render: prints "name value unit" lines. */
int platform_bench_render(int argc, char **argv);

#endif
