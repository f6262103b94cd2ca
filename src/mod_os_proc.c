/*
 * mod_os_proc.c -- the _os calls about processes and descriptor flags:
 * waitpid and the W* status macros, process groups and sessions,
 * pidfd_open, pipe2, closerange, and the blocking and inheritable flags.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "args.h"
#include "exc.h"
#include "gil.h"
#include "mod_os.h"
#include "module.h"
#include "obj_tuple.h"
#include "ops.h"
#include "signals.h"

#define OSERROR() exc_raise_oserror(t, errno, VAL_UNBOUND)

/* Parses `spec` naming one to three int parameters into ints. */
static int int_args(Thread *t, const char *fname, const char *spec, Value *args, int nargs, TupleObj *kwnames,
                    int *out, int count)
{
    Value a[3] = { VAL_UNBOUND, VAL_UNBOUND, VAL_UNBOUND };
    if (arg_parse(t, fname, args, nargs, kwnames, spec, a) < 0) return -1;
    for (int i = 0; i < count; i++)
        if (a[i] != VAL_UNBOUND && os_fd_arg(t, a[i], &out[i]) < 0) return -1;
    return 0;
}

static Value os_waitpid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int a[2];
    if (int_args(t, "waitpid", "pid,options/", args, nargs, kwnames, a, 2) < 0) return VAL_ERROR;
    int status = 0;
    pid_t r;
    for (;;) {
        gil_release(t);
        r = waitpid(a[0], &status, a[1]);
        gil_acquire(t);
        if (r >= 0 || errno != EINTR) break;
        if (signals_check(t) < 0) return VAL_ERROR;
    }
    if (r < 0) return OSERROR();
    return tuple_pack(t, 2, val_from_small(r), val_from_small(status));
}

/* The status macros, one native each. */
#define STATUS_MACRO(name, expr)                                                      \
    static Value os_##name(Thread *t, Value *args, int nargs, TupleObj *kwnames)      \
    {                                                                                 \
        int status;                                                                   \
        if (int_args(t, #name, "status", args, nargs, kwnames, &status, 1) < 0)       \
            return VAL_ERROR;                                                         \
        return expr;                                                                  \
    }
STATUS_MACRO(WIFEXITED, val_from_bool(WIFEXITED(status)))
STATUS_MACRO(WEXITSTATUS, val_from_small(WEXITSTATUS(status)))
STATUS_MACRO(WIFSIGNALED, val_from_bool(WIFSIGNALED(status)))
STATUS_MACRO(WTERMSIG, val_from_small(WTERMSIG(status)))
STATUS_MACRO(WIFSTOPPED, val_from_bool(WIFSTOPPED(status)))
STATUS_MACRO(WSTOPSIG, val_from_small(WSTOPSIG(status)))
STATUS_MACRO(WIFCONTINUED, val_from_bool(WIFCONTINUED(status)))
STATUS_MACRO(WCOREDUMP, val_from_bool(WCOREDUMP(status)))

static Value os_killpg(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int a[2];
    if (int_args(t, "killpg", "pgid,signal/", args, nargs, kwnames, a, 2) < 0) return VAL_ERROR;
    if (killpg(a[0], a[1]) < 0) return OSERROR();
    return signals_check(t) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value os_getpgid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int pid;
    if (int_args(t, "getpgid", "pid/", args, nargs, kwnames, &pid, 1) < 0) return VAL_ERROR;
    pid_t r = getpgid(pid);
    return r < 0 ? OSERROR() : val_from_small(r);
}

static Value os_setpgid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int a[2];
    if (int_args(t, "setpgid", "pid,pgrp/", args, nargs, kwnames, a, 2) < 0) return VAL_ERROR;
    return setpgid(a[0], a[1]) < 0 ? OSERROR() : VAL_NONE;
}

static Value os_getpgrp(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "getpgrp", kwnames) < 0 || arg_count(t, "posix.getpgrp", nargs, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(getpgrp());
}

static Value os_setsid(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "setsid", kwnames) < 0 || arg_count(t, "posix.setsid", nargs, 0, 0) < 0) return VAL_ERROR;
    return setsid() < 0 ? OSERROR() : VAL_NONE;
}

static Value os_pidfd_open(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int a[2] = { 0, 0 };
    if (int_args(t, "pidfd_open", "pid|flags", args, nargs, kwnames, a, 2) < 0) return VAL_ERROR;
    long fd = syscall(SYS_pidfd_open, a[0], a[1]);
    return fd < 0 ? OSERROR() : val_from_small(fd);
}

static Value os_pipe2(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int flags, fds[2];
    if (int_args(t, "pipe2", "flags/", args, nargs, kwnames, &flags, 1) < 0) return VAL_ERROR;
    if (pipe2(fds, flags) < 0) return OSERROR();
    return tuple_pack(t, 2, val_from_small(fds[0]), val_from_small(fds[1]));
}

/* closerange(low, high): closes low <= fd < high, ignoring errors. */
static Value os_closerange(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    int a[2];
    if (int_args(t, "closerange", "fd_low,fd_high/", args, nargs, kwnames, a, 2) < 0) return VAL_ERROR;
    if (a[0] < 0) a[0] = 0;
    if (a[0] < a[1] && syscall(SYS_close_range, (unsigned)a[0], (unsigned)(a[1] - 1), 0) < 0)
        for (int fd = a[0]; fd < a[1]; fd++) close(fd);
    return VAL_NONE;
}

/* A descriptor flag: fcntl(get) reads it, fcntl(set) writes it back. */
static Value flag_get(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames, int get, int bit,
                      bool when_set)
{
    int fd;
    if (int_args(t, fname, "fd/", args, nargs, kwnames, &fd, 1) < 0) return VAL_ERROR;
    int flags = fcntl(fd, get);
    if (flags < 0) return OSERROR();
    return val_from_bool(((flags & bit) != 0) == when_set);
}

static Value flag_set(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames, int get, int set,
                      int bit, bool when_set)
{
    Value a[2];
    int fd;
    if (arg_parse(t, fname, args, nargs, kwnames, "fd,value/", a) < 0 || os_fd_arg(t, a[0], &fd) < 0)
        return VAL_ERROR;
    int on = op_truth(t, a[1]);
    if (on < 0) return VAL_ERROR;
    int flags = fcntl(fd, get);
    if (flags < 0) return OSERROR();
    flags = (on != 0) == when_set ? flags | bit : flags & ~bit;
    return fcntl(fd, set, flags) < 0 ? OSERROR() : VAL_NONE;
}

static Value os_get_blocking(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return flag_get(t, "get_blocking", args, nargs, kwnames, F_GETFL, O_NONBLOCK, false);
}

static Value os_set_blocking(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return flag_set(t, "set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK, false);
}

static Value os_get_inheritable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return flag_get(t, "get_inheritable", args, nargs, kwnames, F_GETFD, FD_CLOEXEC, false);
}

static Value os_set_inheritable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    return flag_set(t, "set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC, false);
}

static const MethodDef process_functions[] = {
    {"waitpid", os_waitpid, 0},
    {"WIFEXITED", os_WIFEXITED, 0},
    {"WEXITSTATUS", os_WEXITSTATUS, 0},
    {"WIFSIGNALED", os_WIFSIGNALED, 0},
    {"WTERMSIG", os_WTERMSIG, 0},
    {"WIFSTOPPED", os_WIFSTOPPED, 0},
    {"WSTOPSIG", os_WSTOPSIG, 0},
    {"WIFCONTINUED", os_WIFCONTINUED, 0},
    {"WCOREDUMP", os_WCOREDUMP, 0},
    {"killpg", os_killpg, 0},
    {"getpgid", os_getpgid, 0},
    {"setpgid", os_setpgid, 0},
    {"getpgrp", os_getpgrp, 0},
    {"setsid", os_setsid, 0},
    {"pidfd_open", os_pidfd_open, 0},
    {"pipe2", os_pipe2, 0},
    {"closerange", os_closerange, 0},
    {"get_blocking", os_get_blocking, 0},
    {"set_blocking", os_set_blocking, 0},
    {"get_inheritable", os_get_inheritable, 0},
    {"set_inheritable", os_set_inheritable, 0},
    {NULL, NULL, 0},
};

int os_add_process_calls(Thread *t, Value module)
{
    if (module_add_functions(t, module, process_functions) < 0) return -1;
    if (module_add(t, module, "WNOHANG", val_from_small(WNOHANG)) < 0
        || module_add(t, module, "WUNTRACED", val_from_small(WUNTRACED)) < 0
        || module_add(t, module, "WCONTINUED", val_from_small(WCONTINUED)) < 0)
        return -1;
    return os_add_spawn(t, module);
}
