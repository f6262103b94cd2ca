/*
 * signals.c -- signal handlers written in aster (see signals.h).
 *
 * A C signal handler may do almost nothing safely, so on_signal only
 * marks its signal tripped, writes the signal number to the wakeup fd
 * (event loops watch it) and raises interrupt_pending.  The next poll
 * point of the VM, or a blocking call that failed with EINTR, then calls
 * signals_run_pending, which looks the handler up in the interpreter's
 * table (Interp.signal_handlers, filled by the _signal module) and calls
 * it on the main thread.  An exception the handler raises surfaces where
 * the poll happened, as in CPython.
 *
 * SIGINT keeps interrupt.c's route (KeyboardInterrupt) until a script
 * installs a handler of its own for it.
 */
#include <errno.h>
#include <unistd.h>

#include "signals.h"
#include "interrupt.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_list.h"
#include "ops.h"

volatile sig_atomic_t signals_tripped;
static volatile sig_atomic_t tripped[NSIG];
static volatile sig_atomic_t wakeup_fd = -1;

static void on_signal(int sig)
{
    int saved = errno;
    tripped[sig] = 1;
    signals_tripped = 1;
    interrupt_pending = 1;
    if (wakeup_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(wakeup_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

void signals_init(void)
{
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
}

int signals_set_action(int sig, void (*disposition)(int), bool catch)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = catch ? on_signal : disposition;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            /* no SA_RESTART: blocking calls see EINTR and run the handler */
    return sigaction(sig, &sa, NULL);
}

int signals_set_wakeup_fd(int fd)
{
    int old = wakeup_fd;
    wakeup_fd = fd;
    return old;
}

int signals_run_pending(Thread *t)
{
    if (!signals_tripped || t != t->interp->main_thread) return 0;
    signals_tripped = 0;
    Value table = t->interp->signal_handlers;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!tripped[sig]) continue;
        tripped[sig] = 0;
        if (!list_check(table) || (size_t)sig >= LIST(table)->len) continue;
        Value handler = LIST(table)->items[sig];
        if (int_check(handler) || handler == VAL_NONE) continue;
        gc_push_root(t, handler);
        Value r = op_call2(t, handler, val_from_small(sig), VAL_NONE);
        gc_pop_roots(t, 1);
        if (r == VAL_ERROR) {
            /* The others run at the next poll. */
            for (int rest = sig + 1; rest < NSIG; rest++)
                if (tripped[rest]) signals_tripped = interrupt_pending = 1;
            return -1;
        }
    }
    return 0;
}

int signals_check(Thread *t)
{
    if (signals_run_pending(t) < 0) return -1;
    return interrupt_check(t);
}
