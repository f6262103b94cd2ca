/*
 * interrupt.h -- Ctrl-C as KeyboardInterrupt, and the step limit.
 *
 * Once interrupt_install() has run, SIGINT only sets a flag.  The VM
 * polls it on backward jumps and calls (so a busy loop stops), gen_new
 * when a generator or coroutine function is called, op_next
 * polls it (so a native looping over a huge iterable stops), the event
 * loop and time.sleep poll it when their sleep is cut short, and the
 * REPL polls it while waiting for a key.  Whoever finds it set calls
 * interrupt_poll.  Without interrupt_install (scripts, for now) SIGINT
 * keeps its default action and the flag never changes.
 *
 * A step limit (interrupt_set_step_limit) keeps the flag raised, so
 * every poll becomes a step; when the steps run out each further poll
 * raises KeyboardInterrupt("step limit reached"), like a Ctrl-C that
 * cannot be swallowed for long.  Without a limit the polls cost what
 * they always did: one test of the flag.
 *
 * The collector raises the flag too when it queues work that must run
 * script code (weakref callbacks, warnings from finalizers): the VM's
 * poll points run that work (vm.c, vm_poll), and the flag stays raised
 * until they have.  So do signals whose aster handler has not run yet
 * (signals.c).
 */
#ifndef ASTER_INTERRUPT_H
#define ASTER_INTERRUPT_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include "interp.h"

/* Set: the next poll point must call interrupt_poll. */
extern volatile sig_atomic_t interrupt_pending;

/* Routes SIGINT to the flag.  System calls it interrupts fail with EINTR
 * instead of restarting, so blocking waits notice it. */
void interrupt_install(void);

/* Forgets a Ctrl-C that was handled without an exception (the REPL's
 * line editor, which runs without a step limit). */
void interrupt_clear(void);

/* Raises KeyboardInterrupt for a pending Ctrl-C, or counts one step and
 * raises if the step limit is spent; returns -1 if it raised, else 0. */
int interrupt_poll(Thread *t);

/* interrupt_poll if the flag is set, else 0. */
static inline int interrupt_check(Thread *t)
{
    return interrupt_pending ? interrupt_poll(t) : 0;
}

/* Allows `steps` more poll points before raising; 0 removes the limit. */
void interrupt_set_step_limit(Thread *t, uint64_t steps);

#endif
