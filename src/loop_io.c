/*
 * loop_io.c -- the event loop's poller: file descriptors watched with
 * epoll (add_reader/add_writer), and the wake-up eventfd through which
 * another thread interrupts a loop that is waiting (call_soon_threadsafe).
 *
 * Each watched fd has at most one reader and one writer handle, kept in
 * an array indexed by the fd.  epoll is level-triggered: as long as an fd
 * is readable, every poll schedules its reader again, as CPython's
 * selector loop does.  A hang-up or an error counts as both readable and
 * writable, so the callback finds out by trying.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include "asyncio.h"
#include "args.h"
#include "contextvars.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "interrupt.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_type.h"
#include "ops.h"

#define LOOP(v) ((LoopObj *)val_as_obj(v))
#define MAX_EVENTS 128

int loop_io_open(Thread *t, LoopObj *loop)
{
    loop->epfd = epoll_create1(EPOLL_CLOEXEC);
    loop->wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = loop->wakefd };
    if (loop->epfd < 0 || loop->wakefd < 0 || epoll_ctl(loop->epfd, EPOLL_CTL_ADD, loop->wakefd, &ev) < 0) {
        int err = errno;
        loop_io_close(loop);
        exc_raise_oserror(t, err, VAL_UNBOUND);
        return -1;
    }
    return 0;
}

void loop_io_close(LoopObj *loop)
{
    if (loop->epfd >= 0) close(loop->epfd);
    if (loop->wakefd >= 0) close(loop->wakefd);
    loop->epfd = loop->wakefd = -1;
    free(loop->watches);
    loop->watches = NULL;
    loop->watches_cap = loop->nwatched = 0;
}

void loop_io_mark(GC *gc, LoopObj *loop)
{
    for (uint32_t fd = 0; loop->nwatched && fd < loop->watches_cap; fd++) {
        gc_mark_value(gc, loop->watches[fd].reader);
        gc_mark_value(gc, loop->watches[fd].writer);
    }
}

void loop_wake(LoopObj *loop)
{
    if (loop->wakefd < 0) return;
    uint64_t one = 1;
    /* a full counter already means "wake up" */
    ssize_t n = write(loop->wakefd, &one, sizeof one);
    (void)n;
}

static void drain_wakefd(LoopObj *loop)
{
    uint64_t count;
    ssize_t n = read(loop->wakefd, &count, sizeof count);
    (void)n;
}

/* Schedules h unless it was cancelled. */
static int fire(Thread *t, LoopObj *loop, Value h)
{
    if (h == VAL_NONE || ((HandleObj *)val_as_obj(h))->cancelled) return 0;
    return loop_ready(t, loop, READY_HANDLE, h, VAL_NONE, VAL_NONE);
}

int loop_io_poll(Thread *t, LoopObj *loop, double timeout)
{
    if (loop->epfd < 0) return 0;
    int ms = timeout < 0 ? -1 : timeout > 86400.0 * 1000 ? 86400 * 1000 : (int)ceil(timeout * 1e3);
    struct epoll_event events[MAX_EVENTS];
    int n;
    if (ms == 0) {
        n = epoll_wait(loop->epfd, events, MAX_EVENTS, 0);
    } else {
        gil_release(t);
        n = epoll_wait(loop->epfd, events, MAX_EVENTS, ms);
        gil_acquire(t);
    }
    if (n < 0) return errno == EINTR ? interrupt_check(t) : 0;
    for (int i = 0; i < n; i++) {
        int fd = events[i].data.fd;
        uint32_t ev = events[i].events;
        if (fd == loop->wakefd) {
            drain_wakefd(loop);
            continue;
        }
        if ((uint32_t)fd >= loop->watches_cap) continue;
        IoWatch *w = &loop->watches[fd];
        /* the reader may remove the writer: take both first */
        Value reader = ev & ~(uint32_t)EPOLLOUT ? w->reader : VAL_NONE;
        Value writer = ev & ~(uint32_t)EPOLLIN ? w->writer : VAL_NONE;
        if (fire(t, loop, reader) < 0 || fire(t, loop, writer) < 0) return -1;
    }
    return 0;
}

/* ---- add_reader and friends ----------------------------------------------------------- */

/* An fd, or an object's fileno(), as CPython's selectors take them. */
static int fd_of(Thread *t, Value obj, int *out)
{
    int64_t fd;
    if (int_check(obj)) {
        if (int_as_i64(t, obj, &fd) < 0) return -1;
    } else {
        StrObj *name = str_intern(t, "fileno");
        Value r = name ? op_call_method(t, obj, name, NULL, 0) : VAL_ERROR;
        if (r == VAL_ERROR) {
            if (!exc_matches(t, &AttributeErrorType) && !exc_matches(t, &TypeErrorType)) return -1;
            exc_clear(t);
            exc_raise(t, &ValueErrorType, "Invalid file object: %R", obj);
            return -1;
        }
        if (!int_check(r) || int_as_i64(t, r, &fd) < 0) {
            exc_clear(t);
            exc_raise(t, &ValueErrorType, "Invalid file object: %R", obj);
            return -1;
        }
    }
    if (fd < 0 || fd > INT32_MAX) {
        exc_raise(t, &ValueErrorType, "Invalid file descriptor: %lld", (long long)fd);
        return -1;
    }
    *out = (int)fd;
    return 0;
}

/* Tells epoll what fd's handles now want. */
static int update_epoll(Thread *t, LoopObj *loop, int fd, bool was_watched)
{
    IoWatch *w = &loop->watches[fd];
    uint32_t want = (w->reader != VAL_NONE ? EPOLLIN : 0) | (w->writer != VAL_NONE ? EPOLLOUT : 0);
    struct epoll_event ev = { .events = want, .data.fd = fd };
    int op = !want ? EPOLL_CTL_DEL : was_watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    int rc = epoll_ctl(loop->epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev);
    if (rc < 0 && op == EPOLL_CTL_MOD && errno == ENOENT)
        rc = epoll_ctl(loop->epfd, EPOLL_CTL_ADD, fd, &ev);  /* closed and reopened meanwhile */
    if (rc < 0 && op != EPOLL_CTL_DEL) {
        exc_raise_oserror(t, errno, VAL_UNBOUND);
        return -1;
    }
    return 0;
}

static int grow_watches(Thread *t, LoopObj *loop, int fd)
{
    if ((uint32_t)fd < loop->watches_cap) return 0;
    uint32_t cap = loop->watches_cap ? loop->watches_cap : 16;
    while (cap <= (uint32_t)fd) cap *= 2;
    IoWatch *w = realloc(loop->watches, cap * sizeof *w);
    if (!w) {
        exc_no_memory(t);
        return -1;
    }
    for (uint32_t i = loop->watches_cap; i < cap; i++) w[i] = (IoWatch){ VAL_NONE, VAL_NONE };
    loop->watches = w;
    loop->watches_cap = cap;
    return 0;
}

static Value *slot_of(IoWatch *w, bool writer) { return writer ? &w->writer : &w->reader; }

/* add_reader(fd, callback, *args) / add_writer: replaces (and cancels)
 * a handle already there. */
static Value add_watch(Thread *t, Value *args, int nargs, TupleObj *kw, bool writer)
{
    const char *method = writer ? "add_writer" : "add_reader";
    if (arg_no_kw(t, method, kw) < 0 || arg_count_expected(t, method, nargs, 3, -1) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    int fd;
    if (loop_check_open(t, loop) < 0 || fd_of(t, args[1], &fd) < 0) return VAL_ERROR;
    Value ctx = context_copy_current(t);
    if (ctx == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, ctx);
    Value h = loop_handle_new(t, args[2], args + 3, nargs - 3, ctx);
    gc_pop_roots(t, 1);
    if (h == VAL_ERROR || grow_watches(t, loop, fd) < 0) return VAL_ERROR;
    IoWatch *w = &loop->watches[fd];
    bool was_watched = w->reader != VAL_NONE || w->writer != VAL_NONE;
    Value *slot = slot_of(w, writer);
    Value old = *slot;
    *slot = h;
    if (update_epoll(t, loop, fd, was_watched) < 0) {
        *slot = old;
        return VAL_ERROR;
    }
    if (old != VAL_NONE) ((HandleObj *)val_as_obj(old))->cancelled = true;
    if (!was_watched) loop->nwatched++;
    return VAL_NONE;
}

static Value remove_watch(Thread *t, Value *args, int nargs, TupleObj *kw, bool writer)
{
    const char *method = writer ? "remove_writer" : "remove_reader";
    if (arg_no_kw(t, method, kw) < 0 || arg_count(t, method, nargs - 1, 1, 1) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    int fd;
    if (fd_of(t, args[1], &fd) < 0) return VAL_ERROR;
    if (loop->closed || (uint32_t)fd >= loop->watches_cap) return VAL_FALSE;
    IoWatch *w = &loop->watches[fd];
    Value *slot = slot_of(w, writer);
    if (*slot == VAL_NONE) return VAL_FALSE;
    ((HandleObj *)val_as_obj(*slot))->cancelled = true;
    *slot = VAL_NONE;
    if (w->reader == VAL_NONE && w->writer == VAL_NONE) loop->nwatched--;
    if (update_epoll(t, loop, fd, true) < 0) return VAL_ERROR;
    return VAL_TRUE;
}

Value loop_add_reader(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return add_watch(t, args, nargs, kw, false);
}

Value loop_add_writer(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return add_watch(t, args, nargs, kw, true);
}

Value loop_remove_reader(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return remove_watch(t, args, nargs, kw, false);
}

Value loop_remove_writer(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return remove_watch(t, args, nargs, kw, true);
}
