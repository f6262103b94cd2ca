/*
 * mod_signal.c -- the _signal module behind stdlib/signal.as: setting
 * and reading signal dispositions, the wakeup fd, and a few calls that
 * send or name signals.  The delivery of signals to aster handlers is
 * signals.c's job; this module keeps the table it reads
 * (Interp.signal_handlers: per signal number a callable, 0 for SIG_DFL,
 * 1 for SIG_IGN, or None for a disposition not set from aster).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "ops.h"
#include "signals.h"

static int signum_arg(Thread *t, Value v, int *sig)
{
    int64_t n;
    if (op_index(t, v, &n) < 0) return -1;
    if (n < 1 || n >= NSIG) {
        exc_raise(t, &ValueErrorType, "signal number out of range");
        return -1;
    }
    *sig = (int)n;
    return 0;
}

static Value *handler_slot(Thread *t, int sig)
{
    return &LIST(t->interp->signal_handlers)->items[sig];
}

static Value sig_default_int_handler(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return exc_raise_value(t, &KeyboardInterruptType, VAL_UNBOUND);
}

static Value sig_signal(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    int sig;
    if (arg_parse(t, "signal", args, nargs, kwnames, "signalnum,handler/", a) < 0 || signum_arg(t, a[0], &sig) < 0)
        return VAL_ERROR;
    if (t != t->interp->main_thread)
        return exc_raise(t, &ValueErrorType, "signal only works in main thread of the main interpreter");
    Value handler = a[1];
    int64_t which = -1;
    if (int_check(handler)) {
        if (int_as_i64(t, handler, &which) < 0) exc_clear(t);
    } else if (val_type(handler)->call) {
        which = 2;
    }
    if (which < 0 || which > 2)
        return exc_raise(t, &TypeErrorType,
                         "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (signals_set_action(sig, which == 1 ? SIG_IGN : SIG_DFL, which == 2) < 0)
        return exc_raise_oserror(t, errno, VAL_UNBOUND);
    Value *slot = handler_slot(t, sig);
    Value old = *slot;
    *slot = which == 2 ? handler : val_from_small(which);
    return old;
}

static Value sig_getsignal(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int sig;
    if (arg_parse(t, "getsignal", args, nargs, kwnames, "signalnum/", a) < 0 || signum_arg(t, a[0], &sig) < 0)
        return VAL_ERROR;
    return *handler_slot(t, sig);
}

static Value sig_set_wakeup_fd(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    int64_t fd;
    if (arg_parse(t, "set_wakeup_fd", args, nargs, kwnames, "fd/|$warn_on_full_buffer", a) < 0
        || op_index(t, a[0], &fd) < 0)
        return VAL_ERROR;
    if (t != t->interp->main_thread)
        return exc_raise(t, &ValueErrorType,
                         "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        int flags = fd < 0 || fd > INT32_MAX ? -1 : fcntl((int)fd, F_GETFL);
        if (flags < 0) return exc_raise_oserror(t, EBADF, VAL_UNBOUND);
        if (!(flags & O_NONBLOCK))
            return exc_raise(t, &ValueErrorType, "the fd %lld must be in non-blocking mode", (long long)fd);
    }
    return val_from_small(signals_set_wakeup_fd((int)fd));
}

static Value sig_strsignal(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int sig;
    if (arg_parse(t, "strsignal", args, nargs, kwnames, "signalnum/", a) < 0 || signum_arg(t, a[0], &sig) < 0)
        return VAL_ERROR;
    const char *text = strsignal(sig);
    if (!text || strncmp(text, "Unknown signal", 14) == 0) return VAL_NONE;
    return str_from_cstr(t, text);
}

static Value sig_raise_signal(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int sig;
    if (arg_parse(t, "raise_signal", args, nargs, kwnames, "signalnum/", a) < 0 || signum_arg(t, a[0], &sig) < 0)
        return VAL_ERROR;
    if (raise(sig) != 0) return exc_raise_oserror(t, errno, VAL_UNBOUND);
    return signals_check(t) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value sig_alarm(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    int64_t seconds;
    if (arg_parse(t, "alarm", args, nargs, kwnames, "seconds/", a) < 0 || op_index(t, a[0], &seconds) < 0)
        return VAL_ERROR;
    return val_from_small(alarm((unsigned)seconds));
}

/* The numbers sigfillset includes (glibc leaves out the two real-time
 * signals it keeps for itself). */
static Value sig_valid_signals(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "valid_signals", kwnames) < 0 || arg_count(t, "valid_signals", nargs, 0, 0) < 0)
        return VAL_ERROR;
    sigset_t all;
    sigfillset(&all);
    Value set = set_new(t, &SetType);
    if (set == VAL_ERROR) return set;
    gc_push_root(t, set);
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(&all, sig) == 1 && set_add(t, set, val_from_small(sig)) < 0) {
            set = VAL_ERROR;
            break;
        }
    gc_pop_roots(t, 1);
    return set;
}

static const MethodDef signal_functions[] = {
    {"default_int_handler", sig_default_int_handler, 0},
    {"signal", sig_signal, 0},
    {"getsignal", sig_getsignal, 0},
    {"set_wakeup_fd", sig_set_wakeup_fd, 0},
    {"strsignal", sig_strsignal, 0},
    {"raise_signal", sig_raise_signal, 0},
    {"alarm", sig_alarm, 0},
    {"valid_signals", sig_valid_signals, 0},
    {NULL, NULL, 0},
};

static const struct { const char *name; int value; } signal_numbers[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2},
    {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM}, {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
    {NULL, 0},
};

/* The table starts from the dispositions the process has: SIG_DFL and
 * SIG_IGN as 0 and 1, SIGINT as default_int_handler (interrupt.c turns
 * it into KeyboardInterrupt), anything else set from C as None. */
static int init_table(Thread *t, Value module)
{
    if (list_check(t->interp->signal_handlers)) return 0;
    Value table = list_new(t, NSIG);
    if (table == VAL_ERROR) return -1;
    gc_push_root(t, table);
    int r = 0;
    for (int sig = 0; sig < NSIG && r == 0; sig++) {
        struct sigaction sa;
        Value v = VAL_NONE;
        if (sig > 0 && sigaction(sig, NULL, &sa) == 0)
            v = sa.sa_handler == SIG_DFL ? val_from_small(0) : sa.sa_handler == SIG_IGN ? val_from_small(1) : VAL_NONE;
        if (sig == SIGINT) v = dict_get_str(module_dict(module), str_intern(t, "default_int_handler"));
        r = list_append(t, table, v);
    }
    if (r == 0) t->interp->signal_handlers = table;
    gc_pop_roots(t, 1);
    return r;
}

Value mod_signal_init(Thread *t)
{
    Value m = module_new(t, "_signal");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, signal_functions) < 0) goto done;
    for (int i = 0; signal_numbers[i].name; i++)
        if (module_add(t, m, signal_numbers[i].name, val_from_small(signal_numbers[i].value)) < 0) goto done;
    if (module_add(t, m, "NSIG", val_from_small(NSIG)) < 0 || module_add(t, m, "SIG_DFL", val_from_small(0)) < 0
        || module_add(t, m, "SIG_IGN", val_from_small(1)) < 0 || module_add(t, m, "SIGRTMIN", val_from_small(SIGRTMIN)) < 0
        || module_add(t, m, "SIGRTMAX", val_from_small(SIGRTMAX)) < 0)
        goto done;
    if (init_table(t, m) < 0) goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
