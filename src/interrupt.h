/*
 * interrupt.h -- Ctrl-C as KeyboardInterrupt.
 *
 * Once interrupt_install() has run, SIGINT only sets a flag.  The VM
 * polls it on backward jumps (so a busy loop stops), the event loop and
 * time.sleep poll it when their sleep is cut short, and the REPL polls it
 * while waiting for a key.  Whoever finds it set calls interrupt_raise.
 * Without interrupt_install (scripts, for now) SIGINT keeps its default
 * action and the flag never changes.
 */
#ifndef ASTER_INTERRUPT_H
#define ASTER_INTERRUPT_H

#include <signal.h>
#include <stdbool.h>
#include "interp.h"

extern volatile sig_atomic_t interrupt_pending;

/* Routes SIGINT to the flag.  System calls it interrupts fail with EINTR
 * instead of restarting, so blocking waits notice it. */
void interrupt_install(void);

/* Clears the flag and raises KeyboardInterrupt; returns -1. */
int interrupt_raise(Thread *t);

/* interrupt_raise if the flag is set, else 0. */
static inline int interrupt_check(Thread *t)
{
    return interrupt_pending ? interrupt_raise(t) : 0;
}

#endif
