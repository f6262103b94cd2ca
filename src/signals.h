/*
 * signals.h -- signal handlers written in aster (signal.signal), the
 * wakeup fd (signal.set_wakeup_fd), and the checks blocking calls make
 * when a signal cuts them short.
 */
#ifndef ASTER_SIGNALS_H
#define ASTER_SIGNALS_H

#include <signal.h>
#include <stdbool.h>
#include "interp.h"

/* Set while some signal with an aster handler has arrived and its
 * handler has not run yet. */
extern volatile sig_atomic_t signals_tripped;

/* Start-up: SIGPIPE and SIGXFSZ are ignored, as CPython does, so that
 * writing to a closed pipe raises BrokenPipeError instead of killing the
 * interpreter.  Children get the defaults back (_os.spawn). */
void signals_init(void);

/* Calls the aster handlers of the signals that arrived, on the main
 * thread, as handler(signum, None).  Only where every value in use is
 * rooted: the VM's poll points and blocking calls.  Returns -1 if a
 * handler raised, else 0. */
int signals_run_pending(Thread *t);

/* What a blocking call does when it fails with EINTR: runs the pending
 * handlers and polls for Ctrl-C.  Returns -1 if that raised (the call
 * gives up), else 0 (the call retries). */
int signals_check(Thread *t);

/* Routes sig to the flag (handler is an aster callable) or sets its
 * disposition to SIG_DFL / SIG_IGN.  Returns 0, or -1 with errno. */
int signals_set_action(int sig, void (*disposition)(int), bool catch);

/* The wakeup fd: each arriving signal's number is written to it as one
 * byte.  -1 turns it off.  Returns the previous one. */
int signals_set_wakeup_fd(int fd);

#endif
