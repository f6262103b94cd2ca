/*
 * interrupt.c -- Ctrl-C as KeyboardInterrupt (see interrupt.h).
 */
#include "interrupt.h"
#include "exc.h"

volatile sig_atomic_t interrupt_pending;

static void on_sigint(int sig)
{
    (void)sig;
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

int interrupt_raise(Thread *t)
{
    interrupt_pending = 0;
    exc_raise_value(t, &KeyboardInterruptType, VAL_UNBOUND);
    return -1;
}
