/*
 * mod_select.c -- the _select module behind stdlib/select.as: waiting
 * for descriptors with select(2) and poll(2).  select.as turns objects
 * with fileno() into ints and keeps the poll objects' registrations; the
 * calls here take and return plain ints.
 *
 * The waits release the interpreter lock.  A signal that cuts one short
 * runs the aster handlers (which may raise) and the wait resumes with
 * the time that is left (PEP 475).
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <time.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "mod_os.h"
#include "module.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "ops.h"
#include "signals.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The fds of a list of ints into a set; *max grows to the highest. */
static int fill_set(Thread *t, Value list, fd_set *set, int *max)
{
    FD_ZERO(set);
    for (size_t i = 0; i < LIST(list)->len; i++) {
        int fd;
        if (os_fd_arg(t, LIST(list)->items[i], &fd) < 0) return -1;
        if (fd < 0 || fd >= FD_SETSIZE) {
            exc_raise(t, &ValueErrorType, "filedescriptor out of range in select()");
            return -1;
        }
        FD_SET(fd, set);
        if (fd > *max) *max = fd;
    }
    return 0;
}

/* The members of list that are in set, as a new list. */
static Value ready_list(Thread *t, Value list, fd_set *set)
{
    Value out = list_new(t, 0);
    if (out == VAL_ERROR) return out;
    gc_push_root(t, out);
    for (size_t i = 0; i < LIST(list)->len; i++) {
        Value item = LIST(list)->items[i];
        int fd;
        if (os_fd_arg(t, item, &fd) < 0 || (FD_ISSET(fd, set) && list_append(t, out, item) < 0)) {
            out = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return out;
}

/* select(rlist, wlist, xlist, timeout): lists of int fds, timeout
 * seconds (float) or None; returns the three lists of ready fds. */
static Value sel_select(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[4];
    if (arg_parse(t, "select", args, nargs, kwnames, "rlist,wlist,xlist,timeout", a) < 0) return VAL_ERROR;
    for (int i = 0; i < 3; i++)
        if (!list_check(a[i])) return exc_raise(t, &TypeErrorType, "_select.select: lists of ints expected");
    double deadline = -1;
    if (a[3] != VAL_NONE) {
        if (!float_check(a[3])) return exc_raise(t, &TypeErrorType, "_select.select: timeout must be a float");
        deadline = now() + float_value(a[3]);
    }
    fd_set sets[3];
    int max = -1, n;
    for (;;) {
        for (int i = 0; i < 3; i++)
            if (fill_set(t, a[i], &sets[i], &max) < 0) return VAL_ERROR;
        struct timeval tv, *tvp = NULL;
        if (deadline >= 0) {
            double left = fmax(deadline - now(), 0);
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        gil_release(t);
        n = select(max + 1, &sets[0], &sets[1], &sets[2], tvp);
        gil_acquire(t);
        if (n >= 0) break;
        if (errno != EINTR) return exc_raise_oserror(t, errno, VAL_UNBOUND);
        if (signals_check(t) < 0) return VAL_ERROR;
    }
    Value lists[3];
    uint32_t mark = gc_root_mark(t);
    for (int i = 0; i < 3; i++) {
        lists[i] = ready_list(t, a[i], &sets[i]);
        if (lists[i] == VAL_ERROR) {
            gc_root_reset(t, mark);
            return VAL_ERROR;
        }
        gc_push_root(t, lists[i]);
    }
    Value r = tuple_pack(t, 3, lists[0], lists[1], lists[2]);
    gc_root_reset(t, mark);
    return r;
}

/* poll(fds, events, timeout_ms): parallel lists of ints; a negative
 * timeout waits for ever.  Returns a list of (fd, revents). */
static Value sel_poll(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[3];
    int64_t timeout;
    if (arg_parse(t, "poll", args, nargs, kwnames, "fds,events,timeout", a) < 0 || op_index(t, a[2], &timeout) < 0)
        return VAL_ERROR;
    if (!list_check(a[0]) || !list_check(a[1]) || LIST(a[0])->len != LIST(a[1])->len)
        return exc_raise(t, &TypeErrorType, "_select.poll: two lists of ints of the same length expected");
    size_t count = LIST(a[0])->len;
    struct pollfd *pfds = calloc(count ? count : 1, sizeof *pfds);
    if (!pfds) return exc_no_memory(t);
    Value r = VAL_ERROR;
    for (size_t i = 0; i < count; i++) {
        int events;
        if (os_fd_arg(t, LIST(a[0])->items[i], &pfds[i].fd) < 0 || os_fd_arg(t, LIST(a[1])->items[i], &events) < 0)
            goto done;
        pfds[i].events = (short)events;
    }
    double deadline = timeout < 0 ? -1 : now() + (double)timeout / 1000;
    int n;
    for (;;) {
        int ms = deadline < 0 ? -1 : (int)ceil(fmax(deadline - now(), 0) * 1000);
        gil_release(t);
        n = poll(pfds, count, ms);
        gil_acquire(t);
        if (n >= 0) break;
        if (errno != EINTR) {
            exc_raise_oserror(t, errno, VAL_UNBOUND);
            goto done;
        }
        if (signals_check(t) < 0) goto done;
    }
    Value out = list_new(t, (size_t)n);
    if (out == VAL_ERROR) goto done;
    gc_push_root(t, out);
    for (size_t i = 0; i < count; i++) {
        if (!pfds[i].revents) continue;
        Value pair = tuple_pack(t, 2, val_from_small(pfds[i].fd), val_from_small(pfds[i].revents & 0xffff));
        if (pair == VAL_ERROR || list_append(t, out, pair) < 0) {
            gc_pop_roots(t, 1);
            goto done;
        }
    }
    gc_pop_roots(t, 1);
    r = out;
done:
    free(pfds);
    return r;
}

/* clock(): real monotonic seconds, the clock the waits' timeouts run on
 * even under --virtual-time (subprocess measures its timeouts with it). */
static Value sel_clock(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "clock", kwnames) < 0 || arg_count(t, "clock", nargs, 0, 0) < 0) return VAL_ERROR;
    return val_from_double(now());
}

static const MethodDef select_functions[] = {
    {"clock", sel_clock, 0},
    {"select", sel_select, 0},
    {"poll", sel_poll, 0},
    {NULL, NULL, 0},
};

static const struct { const char *name; int value; } poll_constants[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {NULL, 0},
};

Value mod_select_init(Thread *t)
{
    Value m = module_new(t, "_select");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, select_functions) < 0) goto done;
    for (int i = 0; poll_constants[i].name; i++)
        if (module_add(t, m, poll_constants[i].name, val_from_small(poll_constants[i].value)) < 0) goto done;
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
