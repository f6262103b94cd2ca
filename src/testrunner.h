/*
 * testrunner.h -- `aster test`, the test runner built into the binary.
 *
 *   aster test [PATHS...] [-k PATTERN] [-j N] [--update] [--real-time]
 *              [--timeout SECONDS]
 *
 * PATHS are files or folders (default: docs and tests in the current
 * folder).  Two kinds of test are found there:
 *
 *   - golden scripts: NAME.as or NAME.py with NAME.out beside it (and
 *     optionally NAME.rc, NAME.err), unless `# conform: skip` appears in
 *     its first five lines.  It runs as `aster --virtual-time NAME.as` in
 *     its own folder (no --virtual-time when `# real-time` appears in its
 *     first five lines).  stdout must equal NAME.out once 0x<hex>
 *     addresses are masked and trailing blanks dropped, the exit status
 *     must equal NAME.rc (0 when missing), and when NAME.err exists the
 *     last non-empty stderr line, warnings aside, must equal its own.
 *   - Markdown examples, named FILE:LINE: a fenced `python` or `aster`
 *     block followed (blank lines aside) by an `output` block, or a
 *     `python`/`aster` block holding a line `# Expected output:` whose
 *     following comment lines (`#` removed, then dedented) are the
 *     output of the code above it.  The code runs in a scratch folder and
 *     only its stdout is compared.  Comment lines `# test: ...` opening
 *     the block are directives: `skip REASON`, `error NAME` (the run must
 *     exit 1 and its last stderr line start with NAME), `ellipsis` (`...`
 *     in an expected line matches any text), `real-time`, `timeout N`.
 *     A block with a directive but no expected output is run without
 *     checking its stdout.
 *
 * Each test runs as a child process of this same binary (never in this
 * process), N at a time (-j, default: the CPU count, at most 8), and is
 * killed after --timeout seconds (default 10).  --update rewrites the
 * .out/.rc (and an existing .err) of failing golden scripts with what
 * they printed.  Reports `FAIL name: reason` and a diff per failure, then
 * `N passed, N failed[, N skipped]`.
 */
#ifndef ASTER_TESTRUNNER_H
#define ASTER_TESTRUNNER_H

/* Runs `aster test`.  argv[0] is "test" and the options follow it;
 * self_path names the aster binary to run the tests with.  Returns the
 * exit status: 0 when everything passed, 1 when something failed, 2 for
 * a usage error. */
int testrunner_main(int argc, char **argv, const char *self_path);

#endif
