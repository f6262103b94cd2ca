/*
 * loop.c -- the event loop: a FIFO ready queue, a timer heap, the clock.
 *
 * One iteration (run_once) runs exactly the entries that were ready when
 * it began; whatever they schedule runs in the next iteration.  So
 * `await asyncio.sleep(0)` gives every other ready task one turn.  Timers
 * live in a binary heap ordered by (deadline, sequence number): equal
 * deadlines fire in the order they were scheduled.  Cancelled timers stay
 * in the heap and are dropped when they reach the top.
 *
 * When nothing is ready the loop waits for the first timer: for real on
 * the monotonic clock, or, under --virtual-time, by moving the virtual
 * clock straight to it (clock.c).  With nothing ready and no timer,
 * nothing can ever wake the program: that is reported as a deadlock.
 * A C job running on a worker thread (workers.h) counts as a wake-up to
 * come: the loop waits for its completion and delivers it at the start
 * of an iteration (under --virtual-time, only of one that found nothing
 * ready, after waiting for every job in flight).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "asyncio.h"
#include "args.h"
#include "clock.h"
#include "contextvars.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "import.h"
#include "interrupt.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"
#include "workers.h"

#define LOOP(v) ((LoopObj *)val_as_obj(v))
#define HANDLE(v) ((HandleObj *)val_as_obj(v))

/* ---- the ready queue ---------------------------------------------------------- */

/* Moves the queue into a new ring of cap entries (a power of two, at
 * least ready_len); false if there is no memory for it. */
static bool ready_resize(LoopObj *loop, uint32_t cap)
{
    ReadyEntry *r = malloc(cap * sizeof *r);
    if (!r) return false;
    for (uint32_t i = 0; i < loop->ready_len; i++)
        r[i] = loop->ready[(loop->ready_head + i) & (loop->ready_cap - 1)];
    free(loop->ready);
    loop->ready = r;
    loop->ready_cap = cap;
    loop->ready_head = 0;
    return true;
}

int loop_ready(Thread *t, LoopObj *loop, ReadyKind kind, Value a, Value b, Value ctx)
{
    if (loop->ready_len == loop->ready_cap
        && !ready_resize(loop, loop->ready_cap ? loop->ready_cap * 2 : 64)) {
        exc_no_memory(t);
        return -1;
    }
    uint32_t at = (loop->ready_head + loop->ready_len++) & (loop->ready_cap - 1);
    loop->ready[at] = (ReadyEntry){ kind, a, b, ctx };
    return 0;
}

static ReadyEntry ready_pop(LoopObj *loop)
{
    ReadyEntry e = loop->ready[loop->ready_head];
    loop->ready_head = (loop->ready_head + 1) & (loop->ready_cap - 1);
    loop->ready_len--;
    return e;
}

/* After a burst (say, a hundred thousand tasks started at once) the ring
 * gives back what it no longer needs. */
static void ready_shrink(LoopObj *loop)
{
    uint32_t cap = loop->ready_cap;
    while (cap > 1024 && loop->ready_len < cap / 4) cap /= 2;
    if (cap != loop->ready_cap) ready_resize(loop, cap);
}

/* ---- the timer heap ------------------------------------------------------------ */

static bool timer_before(const HandleObj *a, const HandleObj *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static int timer_push(Thread *t, LoopObj *loop, HandleObj *h)
{
    if (loop->ntimers == loop->timers_cap) {
        uint32_t cap = loop->timers_cap ? loop->timers_cap * 2 : 16;
        HandleObj **heap = realloc(loop->timers, cap * sizeof *heap);
        if (!heap) { exc_no_memory(t); return -1; }
        loop->timers = heap;
        loop->timers_cap = cap;
    }
    uint32_t i = loop->ntimers++;
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!timer_before(h, loop->timers[parent])) break;
        loop->timers[i] = loop->timers[parent];
        i = parent;
    }
    loop->timers[i] = h;
    return 0;
}

static HandleObj *timer_pop(LoopObj *loop)
{
    HandleObj *top = loop->timers[0], *last = loop->timers[--loop->ntimers];
    uint32_t i = 0, n = loop->ntimers;
    for (;;) {
        uint32_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && timer_before(loop->timers[child + 1], loop->timers[child])) child++;
        if (!timer_before(loop->timers[child], last)) break;
        loop->timers[i] = loop->timers[child];
        i = child;
    }
    if (n) loop->timers[i] = last;
    return top;
}

/* Drops cancelled timers from the top of the heap. */
static void timers_skip_cancelled(LoopObj *loop)
{
    while (loop->ntimers && loop->timers[0]->cancelled) timer_pop(loop);
}

/* ---- Handle and TimerHandle -------------------------------------------------------- */

static void handle_trace(GC *gc, Obj *o)
{
    HandleObj *h = (HandleObj *)o;
    gc_mark_value(gc, h->fn);
    gc_mark_value(gc, h->args);
    gc_mark_value(gc, h->ctx);
}

static Value handle_new(Thread *t, TypeObj *type, Value fn, Value *args, int nargs, Value ctx)
{
    Value tuple = tuple_from_array(t, args, (size_t)nargs);
    if (tuple == VAL_ERROR) return tuple;
    gc_push_root(t, tuple);
    HandleObj *h = gc_alloc(t, type, sizeof(HandleObj));
    gc_pop_roots(t, 1);
    if (!h) return VAL_ERROR;
    h->fn = fn;
    h->args = tuple;
    h->ctx = ctx;
    return val_from_obj(h);
}

Value loop_handle_new(Thread *t, Value fn, Value *args, int nargs, Value ctx)
{
    return handle_new(t, &HandleType, fn, args, nargs, ctx);
}

static Value handle_cancel(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "cancel", nargs, 1, 1) < 0 || arg_no_kw(t, "cancel", kw) < 0) return VAL_ERROR;
    HandleObj *h = HANDLE(args[0]);
    if (!h->cancelled) {
        h->cancelled = true;
        /* Let go of the callback now, as CPython does. */
        h->fn = VAL_NONE;
        h->args = t->interp->empty_tuple;
    }
    return VAL_NONE;
}

static Value handle_cancelled(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "cancelled", nargs, 1, 1) < 0 || arg_no_kw(t, "cancelled", kw) < 0) return VAL_ERROR;
    return val_from_bool(HANDLE(args[0])->cancelled);
}

static Value handle_when(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "when", nargs, 1, 1) < 0 || arg_no_kw(t, "when", kw) < 0) return VAL_ERROR;
    return val_from_double(HANDLE(args[0])->when);
}

static Value handle_get_context(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_context", nargs, 1, 1) < 0 || arg_no_kw(t, "get_context", kw) < 0) return VAL_ERROR;
    return HANDLE(args[0])->ctx;
}

static Value handle_repr(Thread *t, Value self)
{
    Value m = import_module(t, "asyncio.format");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, "handle_repr"));
    return f == VAL_ERROR ? f : op_call1(t, f, self);
}

static Value get_callback(Thread *t, Value self) { (void)t; return HANDLE(self)->fn; }
static Value get_args(Thread *t, Value self) { (void)t; return HANDLE(self)->args; }
static Value get_cancelled(Thread *t, Value self) { (void)t; return val_from_bool(HANDLE(self)->cancelled); }
static Value get_when(Thread *t, Value self) { (void)t; return val_from_double(HANDLE(self)->when); }

static const GetSetDef handle_getset[] = {
    { "_callback", get_callback, NULL },
    { "_args", get_args, NULL },
    { "_cancelled", get_cancelled, NULL },
    { NULL, NULL, NULL },
};

static const GetSetDef timer_getset[] = {
    { "_when", get_when, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef handle_methods[] = {
    { "cancel", handle_cancel, 0 },
    { "cancelled", handle_cancelled, 0 },
    { "get_context", handle_get_context, 0 },
    { NULL, NULL, 0 },
};

static const MethodDef timer_methods[] = {
    { "when", handle_when, 0 },
    { NULL, NULL, 0 },
};

TypeObj HandleType = {
    .base = { .type = &TypeType },
    .name = "Handle",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(HandleObj),
    .trace = handle_trace,
    .repr = handle_repr,
    .methods = handle_methods,
    .getset = handle_getset,
};

TypeObj TimerHandleType = {
    .base = { .type = &TypeType },
    .name = "TimerHandle",
    .base_type = &HandleType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(HandleObj),
    .trace = handle_trace,
    .repr = handle_repr,
    .methods = timer_methods,
    .getset = timer_getset,
};

/* ---- reporting --------------------------------------------------------------- */

Value loop_format_callback(Thread *t, Value fn, Value args)
{
    Value m = import_module(t, "asyncio.format");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, "callback_source"));
    if (f == VAL_ERROR) return f;
    return op_call2(t, f, fn, args);
}

/* Builds {'message': ..., 'exception': ..., key: value} and hands it to
 * loop.call_exception_handler. */
int loop_report(Thread *t, LoopObj *loop, const char *message, Value exc, const char *key, Value value)
{
    uint32_t mark = gc_root_mark(t);
    Value ctx = dict_new(t);
    if (ctx == VAL_ERROR) return -1;
    gc_push_root(t, ctx);
    Value msg = str_from_cstr(t, message);
    int rc = msg == VAL_ERROR ? -1 : dict_set_cstr(t, DICT(ctx), "message", msg);
    if (rc == 0 && exc != VAL_UNBOUND) rc = dict_set_cstr(t, DICT(ctx), "exception", exc);
    if (rc == 0 && key) rc = dict_set_cstr(t, DICT(ctx), key, value);
    if (rc == 0) {
        Value r = op_call_method(t, val_from_obj(loop), str_intern(t, "call_exception_handler"), &ctx, 1);
        rc = r == VAL_ERROR ? -1 : 0;
    }
    gc_root_reset(t, mark);
    return rc;
}

/* logging.getLogger("asyncio").error(text, exc_info=exc), as CPython's
 * handler reports, when the script has imported logging (else nothing
 * can have configured it, and its last resort would print just what
 * loop_default_exception_handler prints).  Returns 1 if it logged, 0 if
 * logging is not imported, -1 on error. */
static int log_to_asyncio_logger(Thread *t, const char *text, size_t len, Value exc)
{
    StrObj *modname = str_intern(t, "logging");
    if (!modname) return -1;
    Value logging = dict_get_str(t->interp->modules, modname);
    if (logging == VAL_UNBOUND || !module_check(logging)) return 0;
    uint32_t mark = gc_root_mark(t);
    Value name = str_from_cstr(t, "asyncio");
    if (name == VAL_ERROR) goto fail;
    gc_push_root(t, name);
    Value logger = op_call_method(t, logging, str_intern(t, "getLogger"), &name, 1);
    if (logger == VAL_ERROR) goto fail;
    gc_push_root(t, logger);
    Value error = op_getattr(t, logger, str_intern(t, "error"));
    if (error == VAL_ERROR) goto fail;
    gc_push_root(t, error);
    Value args[2] = { str_new(t, text, len), exc_check(exc) ? exc : VAL_FALSE };
    if (args[0] == VAL_ERROR) goto fail;
    gc_push_root(t, args[0]);
    StrObj *exc_info = str_intern(t, "exc_info");
    Value kw = exc_info ? tuple_pack(t, 1, val_from_obj(exc_info)) : VAL_ERROR;
    if (kw == VAL_ERROR) goto fail;
    gc_push_root(t, kw);
    if (op_call(t, error, args, 1, (TupleObj *)val_as_obj(kw)) == VAL_ERROR) goto fail;
    gc_root_reset(t, mark);
    return 1;
fail:
    gc_root_reset(t, mark);
    return -1;
}

/* The loop's default handler: the message, the other context entries
 * sorted by key as `key: repr(value)`, then the exception's traceback
 * (through the "asyncio" logger once logging is imported). */
static Value loop_default_exception_handler(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "default_exception_handler", nargs, 2, 2) < 0 || arg_no_kw(t, "default_exception_handler", kw) < 0)
        return VAL_ERROR;
    if (!dict_check(args[1])) return exc_raise(t, &TypeErrorType, "context must be a dict");
    DictObj *ctx = DICT(args[1]);
    Value keys = list_new(t, 0);
    if (keys == VAL_ERROR) return keys;
    gc_push_root(t, keys);
    size_t pos = 0;
    Value k, v;
    while (dict_next(ctx, &pos, &k, &v))
        if (list_append(t, keys, k) < 0) goto fail;
    if (list_sort(t, keys, VAL_NONE, false) < 0) goto fail;
    StrBuf b;
    strbuf_init(&b);
    Value msg = dict_get_str(ctx, str_intern(t, "message"));
    if (msg != VAL_UNBOUND && op_truth(t, msg) == 1) {
        Value s = op_str(t, msg);
        if (s == VAL_ERROR) { strbuf_free(&b); goto fail; }
        strbuf_put_str(&b, s);
    } else {
        exc_clear(t);
        strbuf_puts(&b, "Unhandled exception in event loop");
    }
    ListObj *kl = LIST(keys);
    for (size_t i = 0; i < kl->len; i++) {
        Value key = kl->items[i];
        if (str_check(key) && (str_eq_cstr(STR(key), "message") || str_eq_cstr(STR(key), "exception"))) continue;
        Value r = op_repr(t, dict_get(t, ctx, key));
        Value ks = r == VAL_ERROR ? r : op_str(t, key);
        if (ks == VAL_ERROR) { strbuf_free(&b); goto fail; }
        strbuf_putc(&b, '\n');
        strbuf_put_str(&b, ks);
        strbuf_puts(&b, ": ");
        strbuf_put_str(&b, r);
    }
    Value exc = dict_get_str(ctx, str_intern(t, "exception"));
    int logged = log_to_asyncio_logger(t, b.data ? b.data : "", b.len, exc);
    if (logged != 0) {
        strbuf_free(&b);
        gc_pop_roots(t, 1);
        return logged < 0 ? VAL_ERROR : VAL_NONE;
    }
    strbuf_putc(&b, '\n');
    if (exc != VAL_UNBOUND && exc_check(exc)) exc_format(t, exc, &b);
    Value out = file_std_stream(t, "stdout");
    if (out != VAL_UNBOUND && out != VAL_NONE && file_flush_any(t, out) < 0) exc_clear(t);
    file_write_stderr(t, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    gc_pop_roots(t, 1);
    return VAL_NONE;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

static Value loop_call_exception_handler(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "call_exception_handler", nargs, 2, 2) < 0 || arg_no_kw(t, "call_exception_handler", kw) < 0)
        return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    Value r;
    if (loop->exception_handler == VAL_NONE)
        r = op_call_method(t, args[0], str_intern(t, "default_exception_handler"), &args[1], 1);
    else
        r = op_call2(t, loop->exception_handler, args[0], args[1]);
    if (r != VAL_ERROR) return VAL_NONE;
    if (exc_matches(t, &KeyboardInterruptType) || exc_matches(t, &SystemExitType)) return r;
    /* A failing handler is reported by the default one, never raised. */
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    Value c = dict_new(t);
    if (c != VAL_ERROR) {
        gc_push_root(t, c);
        Value m = str_from_cstr(t, loop->exception_handler == VAL_NONE
                                       ? "Exception in default exception handler"
                                       : "Unhandled error in exception handler");
        if (m != VAL_ERROR && dict_set_cstr(t, DICT(c), "message", m) == 0
            && dict_set_cstr(t, DICT(c), "exception", e) == 0
            && dict_set_cstr(t, DICT(c), "context", args[1]) == 0) {
            Value two[2] = { args[0], c };
            loop_default_exception_handler(t, two, 2, NULL);
        }
        gc_pop_roots(t, 1);
    }
    exc_clear(t);
    gc_pop_roots(t, 1);
    return VAL_NONE;
}

void loop_remember_unretrieved(LoopObj *loop, FutureObj *f)
{
    f->unretrieved_next = loop->unretrieved;
    loop->unretrieved = f;
    if (++loop->nunretrieved <= loop->unretrieved_limit) return;
    /* Let go of the futures whose exception was retrieved meanwhile, so a
     * long-running loop does not keep every failed future alive.  The
     * limit doubles past what is left: amortised O(1) per future. */
    FutureObj **link = &loop->unretrieved;
    while (*link) {
        if ((*link)->log_traceback) {
            link = &(*link)->unretrieved_next;
        } else {
            FutureObj *seen = *link;
            *link = seen->unretrieved_next;
            seen->unretrieved_next = NULL;
            loop->nunretrieved--;
        }
    }
    loop->unretrieved_limit = loop->nunretrieved * 2 > 64 ? loop->nunretrieved * 2 : 64;
}

int loop_report_unretrieved(Thread *t, LoopObj *loop)
{
    while (loop->unretrieved) {
        FutureObj *f = loop->unretrieved;
        loop->unretrieved = f->unretrieved_next;
        f->unretrieved_next = NULL;
        loop->nunretrieved--;
        if (!f->log_traceback) continue;
        f->log_traceback = false;
        Value fv = val_from_obj(f);
        gc_push_root(t, fv);
        int rc = loop_report(t, loop,
                             val_isinstance(fv, &TaskType) ? "Task exception was never retrieved"
                                                           : "Future exception was never retrieved",
                             f->result, "future", fv);
        gc_pop_roots(t, 1);
        if (rc < 0) return -1;
    }
    return 0;
}

/* ---- running entries ------------------------------------------------------------ */

/* Calls fn(args...) in context ctx (VAL_NONE: the current one). */
static Value call_in_context(Thread *t, Value ctx, Value fn, Value *args, int nargs)
{
    if (ctx == VAL_NONE) return op_call(t, fn, args, nargs, NULL);
    if (context_enter(t, ctx) < 0) return VAL_ERROR;
    Value r = op_call(t, fn, args, nargs, NULL);
    context_exit(t, ctx);
    return r;
}

/* An exception escaped a callback: KeyboardInterrupt and SystemExit stop
 * the loop; anything else goes to the exception handler. */
static int callback_failed(Thread *t, LoopObj *loop, Value handle, Value fn, Value args)
{
    if (exc_matches(t, &KeyboardInterruptType) || exc_matches(t, &SystemExitType)) return -1;
    uint32_t mark = gc_root_mark(t);
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    int rc = -1;
    if (handle == VAL_NONE) {
        handle = handle_new(t, &HandleType, fn, TUPLE(args)->items, (int)TUPLE(args)->len, VAL_NONE);
        if (handle == VAL_ERROR) goto out;
    }
    gc_push_root(t, handle);
    Value src = loop_format_callback(t, fn, args);
    if (src == VAL_ERROR) goto out;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "Exception in callback ");
    strbuf_put_str(&b, src);
    strbuf_putc(&b, '\0');
    rc = loop_report(t, loop, b.data, e, "handle", handle);
    strbuf_free(&b);
out:
    gc_root_reset(t, mark);
    return rc;
}

static int run_entry(Thread *t, LoopObj *loop, ReadyEntry *e)
{
    switch (e->kind) {
    case READY_HANDLE: {
        HandleObj *h = HANDLE(e->a);
        if (h->cancelled) return 0;
        TupleObj *args = TUPLE(h->args);
        Value r = call_in_context(t, h->ctx, h->fn, args->items, (int)args->len);
        if (r != VAL_ERROR) return 0;
        return callback_failed(t, loop, e->a, h->fn, h->args);
    }
    case READY_CALLBACK: {
        Value r = call_in_context(t, e->ctx, e->a, &e->b, 1);
        if (r != VAL_ERROR) return 0;
        Value args = tuple_from_array(t, &e->b, 1);
        if (args == VAL_ERROR) return -1;
        gc_push_root(t, args);
        int rc = callback_failed(t, loop, VAL_NONE, e->a, args);
        gc_pop_roots(t, 1);
        return rc;
    }
    default:
        if (task_run_entry(t, e) == 0) return 0;
        if (exc_matches(t, &KeyboardInterruptType) || exc_matches(t, &SystemExitType)) return -1;
        {
            Value err = exc_fetch(t);
            gc_push_root(t, err);
            int rc = loop_report(t, loop, "Exception in callback Task.task_wakeup()", err, "task", e->a);
            gc_pop_roots(t, 1);
            return rc;
        }
    }
}

/* ---- deadlock ------------------------------------------------------------------- */

/* Nothing is ready and no timer is pending: nothing can ever wake the
 * loop.  Names each pending task and what it waits on, then exits 3; or,
 * for a host that must survive its script (Interp.deadlock_raises), raises
 * RuntimeError and returns -1. */
static int deadlock(Thread *t, LoopObj *loop)
{
    if (t->interp->deadlock_raises) {
        exc_raise(t, &RuntimeErrorType, "deadlock: no task can ever run again");
        return -1;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "aster: deadlock: no task can ever run again; still waiting:\n");
    for (TaskObj *task = loop->tasks_first; task; task = task->next) {
        Value r = task_repr(t, val_from_obj(task));
        if (r == VAL_ERROR) {
            exc_clear(t);
            continue;
        }
        strbuf_puts(&b, "  ");
        strbuf_put_str(&b, r);
        strbuf_putc(&b, '\n');
    }
    strbuf_puts(&b, "aster: deadlock: the event loop has nothing left to wait for\n");
    Value out = file_std_stream(t, "stdout");
    if (out != VAL_UNBOUND && out != VAL_NONE && file_flush_any(t, out) < 0) exc_clear(t);
    file_write_stderr(t, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    fflush(NULL);
    /* Free the heap, quietly (no "never awaited" reports now), so that
     * memory checkers see no leak; then leave without unwinding. */
    t->interp->finalizing = true;
    interp_free(t);
    _Exit(3);
}

/* ---- one iteration ------------------------------------------------------------ */

/* Nothing is ready but a worker is busy.  In real time: waits for a
 * finished job, or for the first timer if that comes sooner.  Under
 * --virtual-time: waits for every job in flight, whatever the timers say,
 * with the clock held; as finished jobs are only delivered when nothing
 * is ready, and in submission order, a run does not depend on how long
 * the jobs took.  Watched fds are polled meanwhile. */
static int wait_for_workers(Thread *t, LoopObj *loop)
{
    Interp *ip = t->interp;
    bool timed = loop->ntimers > 0 && !ip->virtual_time;
    double deadline = timed ? loop->timers[0]->when : 0;
    while (!interrupt_pending && loop->ready_len == 0) {
        double slice = loop->nwatched ? 0.01 : 0.1;     /* so that Ctrl-C is noticed */
        if (timed) {
            double left = deadline - clock_monotonic(ip);
            if (left <= 0) break;
            if (left < slice) slice = left;
        }
        gil_release(t);
        bool done = ip->virtual_time ? workers_wait_all(slice) : workers_wait(slice);
        gil_acquire(t);
        if (done) break;
        if (loop->nwatched && loop_io_poll(t, loop, 0) < 0) return -1;
    }
    return interrupt_check(t);
}

/* Real time: waits in the poller for an fd, a wake-up from another
 * thread, or the first timer. */
static int wait_real(Thread *t, LoopObj *loop)
{
    Interp *ip = t->interp;
    if (workers_busy() && !workers_have_completions()) return wait_for_workers(t, loop);
    double timeout = -1;
    if (loop->ntimers) {
        timeout = loop->timers[0]->when - clock_monotonic(ip);
        if (timeout < 0) timeout = 0;
    } else if (!loop->nwatched) {
        /* only another thread can wake us; look again now and then
         * whether there still is one */
        if (ip->nthreads == 1) return deadlock(t, loop);
        timeout = 0.1;
    }
    if (interrupt_check(t) < 0 || loop_io_poll(t, loop, timeout) < 0) return -1;
    return interrupt_check(t);
}

/* Virtual time: first everything that takes real time (other threads
 * computing, workers, I/O that is ready now), then the clock jumps to
 * the first timer. */
static int wait_virtual(Thread *t, LoopObj *loop)
{
    Interp *ip = t->interp;
    for (;;) {
        if (loop->nwatched && loop_io_poll(t, loop, 0) < 0) return -1;
        if (loop->ready_len || loop->stopping) return 0;
        if (gil_contended()) {
            gil_yield(t);
            if (interrupt_check(t) < 0) return -1;
            continue;
        }
        if (workers_busy()) return wait_for_workers(t, loop);
        if (loop->ntimers) {
            double wait = loop->timers[0]->when - clock_monotonic(ip);
            if (wait > 0) ip->virtual_clock += wait;
            return interrupt_check(t);
        }
        if (!loop->nwatched && ip->nthreads == 1) return deadlock(t, loop);
        if (loop_io_poll(t, loop, 0.1) < 0) return -1;
    }
}

static int run_once(Thread *t, LoopObj *loop)
{
    Interp *ip = t->interp;
    timers_skip_cancelled(loop);
    bool idle = loop->ready_len == 0;
    if (idle && !loop->stopping && (ip->virtual_time || !workers_have_completions())) {
        if ((ip->virtual_time ? wait_virtual(t, loop) : wait_real(t, loop)) < 0) return -1;
    } else if (loop->nwatched && loop_io_poll(t, loop, 0) < 0) {
        return -1;
    }
    if ((idle || !ip->virtual_time) && workers_deliver(t) < 0) return -1;
    double now = clock_monotonic(ip) + 1e-9;
    while (loop->ntimers && (loop->timers[0]->cancelled || loop->timers[0]->when <= now)) {
        HandleObj *h = timer_pop(loop);
        if (h->cancelled) continue;
        if (loop_ready(t, loop, READY_HANDLE, val_from_obj(h), VAL_NONE, VAL_NONE) < 0) return -1;
    }
    for (uint32_t n = loop->ready_len; n > 0; n--) {
        ReadyEntry e = ready_pop(loop);
        /* The entry left the queue: root what it holds while it runs. */
        uint32_t mark = gc_root_mark(t);
        gc_push_root(t, e.a);
        gc_push_root(t, e.b);
        gc_push_root(t, e.ctx);
        int rc = run_entry(t, loop, &e);
        gc_root_reset(t, mark);
        if (rc < 0) return -1;
    }
    ready_shrink(loop);
    return 0;
}

/* ---- the loop object ------------------------------------------------------------- */

static void loop_trace(GC *gc, Obj *o)
{
    LoopObj *loop = (LoopObj *)o;
    for (uint32_t i = 0; i < loop->ready_len; i++) {
        ReadyEntry *e = &loop->ready[(loop->ready_head + i) & (loop->ready_cap - 1)];
        gc_mark_value(gc, e->a);
        gc_mark_value(gc, e->b);
        gc_mark_value(gc, e->ctx);
    }
    for (uint32_t i = 0; i < loop->ntimers; i++) gc_mark_obj(gc, (Obj *)loop->timers[i]);
    for (TaskObj *task = loop->tasks_first; task; task = task->next) gc_mark_obj(gc, (Obj *)task);
    for (FutureObj *f = loop->unretrieved; f; f = f->unretrieved_next) gc_mark_obj(gc, (Obj *)f);
    gc_mark_value(gc, loop->current_task);
    gc_mark_value(gc, loop->exception_handler);
    loop_io_mark(gc, loop);
}

static void loop_finalize(GC *gc, Obj *o)
{
    (void)gc;
    LoopObj *loop = (LoopObj *)o;
    free(loop->ready);
    free(loop->timers);
    loop_io_close(loop);
}

static Value loop_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)args; (void)nargs; (void)kw;
    LoopObj *loop = gc_alloc(t, cls, cls->instance_size);
    if (!loop) return VAL_ERROR;
    loop->current_task = VAL_NONE;
    loop->exception_handler = VAL_NONE;
    Value v = val_from_obj(loop);
    gc_push_root(t, v);
    int rc = loop_io_open(t, loop);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : v;
}

static Value loop_init_slot(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    (void)self;
    if (arg_count(t, "EventLoop", nargs, 0, 0) < 0 || arg_no_kw(t, "EventLoop", kw) < 0) return VAL_ERROR;
    (void)args;
    return VAL_NONE;
}

LoopObj *loop_running(Thread *t)
{
    return t->running_loop == VAL_NONE ? NULL : LOOP(t->running_loop);
}

double loop_time(Thread *t, LoopObj *loop)
{
    (void)loop;
    return clock_monotonic(t->interp);
}

int loop_check_open(Thread *t, LoopObj *loop)
{
    if (!loop->closed) return 0;
    exc_raise(t, &RuntimeErrorType, "Event loop is closed");
    return -1;
}

/* In debug mode only, as in CPython: a callback that is a coroutine or
 * not callable is refused when scheduled rather than failing when run. */
static int check_callback(Thread *t, LoopObj *loop, Value fn, const char *method)
{
    if (!loop->debug) return 0;
    if (gen_check(fn) || (val_is_type(fn, &FunctionType) && (((FuncObj *)val_as_obj(fn))->code->flags & CO_COROUTINE))) {
        exc_raise(t, &TypeErrorType, "coroutines cannot be used with %s()", method);
        return -1;
    }
    if (!val_type(fn)->call) {
        exc_raise(t, &TypeErrorType, "a callable object was expected by %s(), got %R", method, fn);
        return -1;
    }
    return 0;
}

static Value loop_time_method(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "time", nargs, 1, 1) < 0 || arg_no_kw(t, "time", kw) < 0) return VAL_ERROR;
    return val_from_double(loop_time(t, LOOP(args[0])));
}

/* The handle of call_soon/call_later/call_at: args[first] is the
 * callback, the rest its arguments; it runs in the context= keyword's
 * context, or a copy of the current one. */
static Value scheduled_handle(Thread *t, TypeObj *type, Value *args, int nargs, TupleObj *kw, int first)
{
    Value ctx = arg_kw(t, args, nargs, kw, "context");
    if (ctx == VAL_UNBOUND || ctx == VAL_NONE) {
        ctx = context_copy_current(t);
        if (ctx == VAL_ERROR) return ctx;
    }
    gc_push_root(t, ctx);
    Value h = handle_new(t, type, args[first], args + first + 1, nargs - first - 1, ctx);
    gc_pop_roots(t, 1);
    return h;
}

/* call_soon(callback, *args, context=None), and call_soon_threadsafe,
 * which any thread may call and which wakes the loop if it waits. */
static Value schedule_soon(Thread *t, Value *args, int nargs, TupleObj *kw, const char *method)
{
    if (arg_count_expected(t, method, nargs, 2, -1) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    if (loop_check_open(t, loop) < 0 || check_callback(t, loop, args[1], method) < 0) return VAL_ERROR;
    Value h = scheduled_handle(t, &HandleType, args, nargs, kw, 1);
    if (h == VAL_ERROR) return h;
    gc_push_root(t, h);
    int rc = loop_ready(t, loop, READY_HANDLE, h, VAL_NONE, VAL_NONE);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : h;
}

static Value loop_call_soon(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return schedule_soon(t, args, nargs, kw, "call_soon");
}

static Value loop_call_soon_threadsafe(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value h = schedule_soon(t, args, nargs, kw, "call_soon_threadsafe");
    if (h != VAL_ERROR) loop_wake(LOOP(args[0]));
    return h;
}

static Value schedule_timer(Thread *t, LoopObj *loop, double when, Value *args, int nargs, TupleObj *kw,
                            const char *method)
{
    if (loop_check_open(t, loop) < 0 || check_callback(t, loop, args[2], method) < 0) return VAL_ERROR;
    Value h = scheduled_handle(t, &TimerHandleType, args, nargs, kw, 2);
    if (h == VAL_ERROR) return h;
    gc_push_root(t, h);
    HANDLE(h)->when = when;
    HANDLE(h)->seq = loop->timer_seq++;
    int rc = timer_push(t, loop, HANDLE(h));
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : h;
}

static int float_arg(Thread *t, Value v, double *out)
{
    if (val_is_double(v)) { *out = val_as_double(v); return 0; }
    if (val_is_int(v)) { *out = (double)val_as_int(v); return 0; }
    Value f = op_call1(t, val_from_obj(&FloatType), v);
    if (f == VAL_ERROR) return -1;
    *out = val_as_double(f);
    return 0;
}

static Value loop_call_later(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count_expected(t, "call_later", nargs, 3, -1) < 0) return VAL_ERROR;
    double delay;
    if (float_arg(t, args[1], &delay) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    return schedule_timer(t, loop, loop_time(t, loop) + delay, args, nargs, kw, "call_later");
}

static Value loop_call_at(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count_expected(t, "call_at", nargs, 3, -1) < 0) return VAL_ERROR;
    double when;
    if (float_arg(t, args[1], &when) < 0) return VAL_ERROR;
    return schedule_timer(t, LOOP(args[0]), when, args, nargs, kw, "call_at");
}

static Value loop_create_future(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "create_future", nargs, 1, 1) < 0 || arg_no_kw(t, "create_future", kw) < 0) return VAL_ERROR;
    return future_new(t, LOOP(args[0]));
}

static Value loop_create_task(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[4];
    if (arg_parse(t, "create_task", args, nargs, kw, "self,coro|$name,context", a) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(a[0]);
    if (loop_check_open(t, loop) < 0) return VAL_ERROR;
    return task_new(t, &TaskType, loop, a[1], a[2], a[3]);
}

static Value loop_stop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "stop", nargs, 1, 1) < 0 || arg_no_kw(t, "stop", kw) < 0) return VAL_ERROR;
    LOOP(args[0])->stopping = true;
    return VAL_NONE;
}

/* The loop hosting the REPL's top level in this thread, or NULL. */
LoopObj *loop_hosting(Thread *t)
{
    LoopObj *loop = loop_running(t);
    return loop && loop->hosted ? loop : NULL;
}

static int check_can_run(Thread *t, LoopObj *loop)
{
    if (loop_check_open(t, loop) < 0) return -1;
    LoopObj *host = loop_hosting(t);
    if (loop->running && loop != host) {
        exc_raise(t, &RuntimeErrorType, "This event loop is already running");
        return -1;
    }
    if (t->running_loop != VAL_NONE && !host) {
        exc_raise(t, &RuntimeErrorType, "Cannot run the event loop while another loop is running");
        return -1;
    }
    return 0;
}


/* Makes loop the running loop of this thread, or lets go of it. */
static void set_running(Thread *t, LoopObj *loop, bool running)
{
    loop->running = running;
    t->running_loop = running ? val_from_obj(loop) : VAL_NONE;
}

void loop_host(Thread *t, LoopObj *loop)
{
    set_running(t, loop, true);
    loop->hosted = true;
}

void loop_unhost(Thread *t, LoopObj *loop)
{
    set_running(t, loop, false);
    loop->hosted = false;
}

static int run_forever(Thread *t, LoopObj *loop)
{
    if (check_can_run(t, loop) < 0) return -1;
    /* The REPL's top level may run a loop: its own, or a new one (as
     * asyncio.run does); the host is set aside meanwhile. */
    LoopObj *host = loop_hosting(t);
    if (host) loop_unhost(t, host);
    set_running(t, loop, true);
    int rc = 0;
    while (rc == 0) {
        rc = run_once(t, loop);
        if (loop->stopping) break;
    }
    loop->stopping = false;
    set_running(t, loop, false);
    if (host) loop_host(t, host);
    return rc;
}

double loop_idle_timeout(Thread *t, LoopObj *loop)
{
    if (loop->ready_len || workers_have_completions()) return 0;
    timers_skip_cancelled(loop);
    /* a worker's completion wakes no one: poll for it */
    double poll = workers_busy() ? 0.05 : -1;
    if (loop->ntimers == 0 || t->interp->virtual_time) return poll;
    double wait = loop->timers[0]->when - clock_monotonic(t->interp);
    if (wait < 0) wait = 0;
    return poll >= 0 && poll < wait ? poll : wait;
}

int loop_run_ready(Thread *t, LoopObj *loop)
{
    set_running(t, loop, true);
    loop->stopping = true;      /* run_once must not wait */
    int rc = run_once(t, loop);
    loop->stopping = false;
    set_running(t, loop, false);
    return rc;
}

static Value loop_run_forever(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "run_forever", nargs, 1, 1) < 0 || arg_no_kw(t, "run_forever", kw) < 0) return VAL_ERROR;
    return run_forever(t, LOOP(args[0])) < 0 ? VAL_ERROR : VAL_NONE;
}

/* The done callback run_until_complete puts on its future: stops the
 * loop, and counts the future's exception as seen (unless it is one that
 * already stopped the loop by propagating). */
static Value stop_loop_cb(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)kw;
    if (nargs != 1 || !future_check(args[0])) return exc_raise(t, &TypeErrorType, "expected a future");
    FutureObj *f = (FutureObj *)val_as_obj(args[0]);
    if (f->state == FUT_FINISHED && f->is_exc) {
        f->log_traceback = false;
        if (val_isinstance(f->result, &SystemExitType) || val_isinstance(f->result, &KeyboardInterruptType))
            return VAL_NONE;
    }
    f->loop->stopping = true;
    return VAL_NONE;
}
static const MethodDef stop_loop_def = { "_run_until_complete_cb", stop_loop_cb, 0 };

/* ensure_future for run_until_complete: a future as it is, else a task. */
static Value as_future(Thread *t, LoopObj *loop, Value aw)
{
    if (future_check(aw)) return aw;
    if (gen_check(aw)) return task_new(t, &TaskType, loop, aw, VAL_NONE, VAL_NONE);
    Value m = import_module(t, "asyncio._core");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, "ensure_future"));
    if (f == VAL_ERROR) return f;
    Value kwn = tuple_pack(t, 1, val_from_obj(str_intern(t, "loop")));
    if (kwn == VAL_ERROR) return kwn;
    Value cargs[2] = { aw, val_from_obj(loop) };
    gc_push_root(t, kwn);
    Value r = op_call(t, f, cargs, 1, TUPLE(kwn));
    gc_pop_roots(t, 1);
    return r;
}

static Value loop_run_until_complete(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "run_until_complete", nargs, 2, 2) < 0 || arg_no_kw(t, "run_until_complete", kw) < 0)
        return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    if (check_can_run(t, loop) < 0) return VAL_ERROR;
    bool new_task = !future_check(args[1]);
    Value fv = as_future(t, loop, args[1]);
    if (fv == VAL_ERROR) return fv;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, fv);
    Value cb = native_new(t, &stop_loop_def, VAL_UNBOUND, NULL);
    if (cb == VAL_ERROR) goto fail;
    gc_push_root(t, cb);
    Value r = op_call_method(t, fv, str_intern(t, "add_done_callback"), &cb, 1);
    if (r == VAL_ERROR) goto fail;
    int rc = run_forever(t, loop);
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    Value rm = op_call_method(t, fv, str_intern(t, "remove_done_callback"), &cb, 1);
    if (rm == VAL_ERROR) exc_clear(t);
    if (rc < 0) {
        /* Seen here: the caller gets the exception, not a later report. */
        if (new_task && future_check(fv) && FUT_PENDING != ((FutureObj *)val_as_obj(fv))->state)
            ((FutureObj *)val_as_obj(fv))->log_traceback = false;
        t->exc = saved;
        goto fail;
    }
    Value done = op_call_method(t, fv, str_intern(t, "done"), NULL, 0);
    if (done == VAL_ERROR) goto fail;
    if (done != VAL_TRUE) {
        exc_raise(t, &RuntimeErrorType, "Event loop stopped before Future completed.");
        goto fail;
    }
    r = op_call_method(t, fv, str_intern(t, "result"), NULL, 0);
    gc_root_reset(t, mark);
    return r;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value loop_is_running(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "is_running", nargs, 1, 1) < 0 || arg_no_kw(t, "is_running", kw) < 0) return VAL_ERROR;
    return val_from_bool(LOOP(args[0])->running);
}

static Value loop_is_closed(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "is_closed", nargs, 1, 1) < 0 || arg_no_kw(t, "is_closed", kw) < 0) return VAL_ERROR;
    return val_from_bool(LOOP(args[0])->closed);
}

/* Reports the tasks a closing loop still holds: CPython says so when
 * such a task is collected; aster says it when the loop closes.  As in
 * a collection, the coroutine is closed first (its finally blocks run). */
static int report_pending_tasks(Thread *t, LoopObj *loop)
{
    while (loop->tasks_first) {
        TaskObj *task = loop->tasks_first;
        Value tv = val_from_obj(task);
        gc_push_root(t, tv);
        loop->tasks_first = task->next;
        if (task->next) task->next->prev = NULL;
        else loop->tasks_last = NULL;
        task->prev = task->next = NULL;
        loop->ntasks--;
        if (op_call_method(t, task->coro, NAME(t, close), NULL, 0) == VAL_ERROR) exc_clear(t);
        int rc = loop_report(t, loop, "Task was destroyed but it is pending!", VAL_UNBOUND, "task", tv);
        gc_pop_roots(t, 1);
        if (rc < 0) return -1;
    }
    return 0;
}

static Value loop_close(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "close", nargs, 1, 1) < 0 || arg_no_kw(t, "close", kw) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    if (loop->running && !loop->hosted) return exc_raise(t, &RuntimeErrorType, "Cannot close a running event loop");
    if (loop->closed) return VAL_NONE;
    loop->closed = true;
    loop->ready_len = 0;
    loop->ntimers = 0;
    loop_io_close(loop);
    if (loop_report_unretrieved(t, loop) < 0 || report_pending_tasks(t, loop) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value loop_set_exception_handler(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "set_exception_handler", nargs, 2, 2) < 0 || arg_no_kw(t, "set_exception_handler", kw) < 0)
        return VAL_ERROR;
    if (args[1] != VAL_NONE && !val_type(args[1])->call)
        return exc_raise(t, &TypeErrorType, "A callable object or None is expected, got %R", args[1]);
    LOOP(args[0])->exception_handler = args[1];
    return VAL_NONE;
}

static Value loop_get_exception_handler(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_exception_handler", nargs, 1, 1) < 0 || arg_no_kw(t, "get_exception_handler", kw) < 0)
        return VAL_ERROR;
    return LOOP(args[0])->exception_handler;
}

static Value loop_get_debug(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_debug", nargs, 1, 1) < 0 || arg_no_kw(t, "get_debug", kw) < 0) return VAL_ERROR;
    return val_from_bool(LOOP(args[0])->debug);
}

static Value loop_set_debug(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "set_debug", nargs, 2, 2) < 0 || arg_no_kw(t, "set_debug", kw) < 0) return VAL_ERROR;
    int r = op_truth(t, args[1]);
    if (r < 0) return VAL_ERROR;
    LOOP(args[0])->debug = r;
    return VAL_NONE;
}

/* _all_tasks(): the pending tasks, in creation order. */
static Value loop_all_tasks(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "_all_tasks", nargs, 1, 1) < 0 || arg_no_kw(t, "_all_tasks", kw) < 0) return VAL_ERROR;
    LoopObj *loop = LOOP(args[0]);
    Value list = list_new(t, loop->ntasks);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    for (TaskObj *task = loop->tasks_first; task; task = task->next)
        if (list_append(t, list, val_from_obj(task)) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    gc_pop_roots(t, 1);
    return list;
}

static Value loop_current_task(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "_current_task", nargs, 1, 1) < 0 || arg_no_kw(t, "_current_task", kw) < 0) return VAL_ERROR;
    return LOOP(args[0])->current_task;
}

static const MethodDef loop_methods[] = {
    { "time", loop_time_method, 0 },
    { "call_soon", loop_call_soon, 0 },
    { "call_soon_threadsafe", loop_call_soon_threadsafe, 0 },
    { "add_reader", loop_add_reader, 0 },
    { "add_writer", loop_add_writer, 0 },
    { "remove_reader", loop_remove_reader, 0 },
    { "remove_writer", loop_remove_writer, 0 },
    { "call_later", loop_call_later, 0 },
    { "call_at", loop_call_at, 0 },
    { "create_future", loop_create_future, 0 },
    { "create_task", loop_create_task, 0 },
    { "run_forever", loop_run_forever, 0 },
    { "run_until_complete", loop_run_until_complete, 0 },
    { "stop", loop_stop, 0 },
    { "close", loop_close, 0 },
    { "is_running", loop_is_running, 0 },
    { "is_closed", loop_is_closed, 0 },
    { "call_exception_handler", loop_call_exception_handler, 0 },
    { "default_exception_handler", loop_default_exception_handler, 0 },
    { "set_exception_handler", loop_set_exception_handler, 0 },
    { "get_exception_handler", loop_get_exception_handler, 0 },
    { "get_debug", loop_get_debug, 0 },
    { "set_debug", loop_set_debug, 0 },
    { "_all_tasks", loop_all_tasks, 0 },
    { "_current_task", loop_current_task, 0 },
    { NULL, NULL, 0 },
};

TypeObj LoopType = {
    .base = { .type = &TypeType },
    .name = "EventLoop",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(LoopObj),
    .trace = loop_trace,
    .finalize = loop_finalize,
    .new_ = loop_new_slot,
    .init = loop_init_slot,
    .methods = loop_methods,
};
