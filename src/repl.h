/*
 * repl.h -- the interactive session.
 */
#ifndef ASTER_REPL_H
#define ASTER_REPL_H

#include "interp.h"

/* Reads entries from stdin and runs them in globals until end of input,
 * exit() or SystemExit; returns the exit status.  On a terminal lines
 * are edited with libedit (history in ~/.aster_history) and prompts
 * shown; otherwise entries are read silently, which is how `>>>`
 * transcripts are checked.  One event loop serves the whole session.
 * banner (may be NULL) is printed first on a terminal. */
int repl_main(Thread *t, DictObj *globals, const char *banner);

#endif
