/*
 * interrupt.c -- Ctrl-C as KeyboardInterrupt, and the step limit (see
 * interrupt.h).
 */
#include "interrupt.h"
#include "exc.h"
#include "gil.h"
#include "warnings.h"
#include "obj_weakref.h"
#include "signals.h"

volatile sig_atomic_t interrupt_pending;
static volatile sig_atomic_t sigint_arrived;

static void on_sigint(int sig)
{
    (void)sig;
    sigint_arrived = 1;
    interrupt_pending = 1;
}

void interrupt_install(void)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            /* no SA_RESTART: blocking calls return EINTR */
    sigaction(SIGINT, &sa, NULL);
}

void interrupt_clear(void)
{
    sigint_arrived = 0;
    interrupt_pending = 0;
}

int interrupt_poll(Thread *t)
{
    /* Cleared before sigint_arrived is read, so a signal landing in
     * between is seen now or re-arms the flag for the next poll. */
    if (!t->step_limited && !signals_tripped && !warn_deferred_pending(t->interp) && !weakref_callbacks_pending(t->interp))
        interrupt_pending = 0;
    if (atomic_load(&gil_drop_request)) gil_yield(t);
    /* Ctrl-C is the main thread's to raise, as in CPython */
    if (sigint_arrived && t != t->interp->main_thread) interrupt_pending = 1;
    else if (sigint_arrived) {
        sigint_arrived = 0;
        exc_raise_value(t, &KeyboardInterruptType, VAL_UNBOUND);
        return -1;
    }
    if (!t->step_limited) return 0;
    if (t->steps_left == 0) {
        exc_raise(t, &KeyboardInterruptType, "step limit reached");
        return -1;
    }
    t->steps_left--;
    return 0;
}

void interrupt_set_step_limit(Thread *t, uint64_t steps)
{
    t->step_limited = steps != 0;
    t->steps_left = steps;
    if (t->step_limited) interrupt_pending = 1;
}
