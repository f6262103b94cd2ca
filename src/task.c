/*
 * task.c -- Future and Task.
 *
 * The invariant everything here keeps: while a task is not done, either
 * its next step is in the loop's ready queue, or it waits on exactly one
 * future (task->waiter) whose callbacks include the task's wake-up.
 *
 * A step follows CPython's machine: clear the waiter, resume the
 * coroutine (or throw into it), then by outcome: returned -> result;
 * raised CancelledError -> cancelled; raised -> exception; yielded None
 * -> schedule the next step; yielded a pending future -> wait on it (and
 * cancel it at once if a cancel is pending).  Done callbacks are always
 * scheduled through the ready queue, never run inline.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "asyncio.h"
#include "args.h"
#include "contextvars.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "module.h"
#include "obj_frameinfo.h"
#include "obj_gen.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"

#define FUT(v) ((FutureObj *)val_as_obj(v))
#define TASK(v) ((TaskObj *)val_as_obj(v))

TypeObj CancelledErrorType = { .base = { .type = &TypeType },
                               EXC_TYPE_INIT("CancelledError", &BaseExceptionType) };
TypeObj InvalidStateErrorType = { .base = { .type = &TypeType },
                                  EXC_TYPE_INIT("InvalidStateError", &ExceptionType) };

int asyncio_init_types(Thread *t)
{
    StrObj *mod = str_intern(t, "asyncio.exceptions");
    if (!mod) return -1;
    CancelledErrorType.module = val_from_obj(mod);
    InvalidStateErrorType.module = val_from_obj(mod);
    return 0;
}

/* ---- helpers shared with the reprs in stdlib/asyncio/format.as ------------ */

/* Calls asyncio.format.<fn>(arg): the reprs are written in aster. */
static Value call_format(Thread *t, const char *fn, Value arg)
{
    Value m = import_module(t, "asyncio.format");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, fn));
    if (f == VAL_ERROR) return f;
    return op_call1(t, f, arg);
}

static const char *const state_names[] = { "PENDING", "CANCELLED", "FINISHED" };

/* ---- Future ---------------------------------------------------------------- */

static void future_trace(GC *gc, Obj *o)
{
    FutureObj *f = (FutureObj *)o;
    gc_mark_obj(gc, (Obj *)f->loop);
    gc_mark_value(gc, f->result);
    gc_mark_value(gc, f->cancel_msg);
    gc_mark_value(gc, f->cancelled_exc);
    gc_mark_value(gc, f->first.fn);
    gc_mark_value(gc, f->first.ctx);
    for (uint32_t i = 0; i < f->nmore; i++) {
        gc_mark_value(gc, f->more[i].fn);
        gc_mark_value(gc, f->more[i].ctx);
    }
}

static void future_finalize(GC *gc, Obj *o)
{
    (void)gc;
    free(((FutureObj *)o)->more);
}

static void future_init_fields(FutureObj *f, LoopObj *loop)
{
    f->loop = loop;
    f->result = VAL_NONE;
    f->cancel_msg = VAL_NONE;
    f->cancelled_exc = VAL_NONE;
    f->first.fn = VAL_NONE;
    f->first.ctx = VAL_NONE;
}

Value future_new(Thread *t, LoopObj *loop)
{
    FutureObj *f = gc_alloc(t, &FutureType, sizeof(FutureObj));
    if (!f) return VAL_ERROR;
    future_init_fields(f, loop);
    return val_from_obj(f);
}

static int add_callback(Thread *t, FutureObj *f, Value fn, Value ctx)
{
    if (f->first.fn == VAL_NONE && f->nmore == 0) {
        f->first.fn = fn;
        f->first.ctx = ctx;
        return 0;
    }
    if (f->nmore == f->capmore) {
        uint32_t cap = f->capmore ? f->capmore * 2 : 4;
        DoneCallback *m = realloc(f->more, cap * sizeof *m);
        if (!m) { exc_no_memory(t); return -1; }
        f->more = m;
        f->capmore = cap;
    }
    f->more[f->nmore++] = (DoneCallback){ fn, ctx };
    return 0;
}

static int schedule_one(Thread *t, FutureObj *f, DoneCallback cb)
{
    if (cb.fn == VAL_UNBOUND)
        return loop_ready(t, f->loop, READY_WAKEUP, cb.ctx, val_from_obj(f), VAL_NONE);
    return loop_ready(t, f->loop, READY_CALLBACK, cb.fn, val_from_obj(f), cb.ctx);
}

/* Moves every done callback to the ready queue, in registration order. */
static int schedule_callbacks(Thread *t, FutureObj *f)
{
    int rc = 0;
    if (f->first.fn != VAL_NONE) {
        rc = schedule_one(t, f, f->first);
        f->first.fn = f->first.ctx = VAL_NONE;
    }
    for (uint32_t i = 0; i < f->nmore && rc == 0; i++) rc = schedule_one(t, f, f->more[i]);
    f->nmore = 0;
    return rc;
}

static void unlink_task(TaskObj *task)
{
    LoopObj *loop = task->fut.loop;
    if (task->prev) task->prev->next = task->next;
    else if (loop->tasks_first == task) loop->tasks_first = task->next;
    else return;    /* not linked */
    if (task->next) task->next->prev = task->prev;
    else loop->tasks_last = task->prev;
    task->prev = task->next = NULL;
    loop->ntasks--;
}

static void on_done(FutureObj *f)
{
    if (val_isinstance(val_from_obj(f), &TaskType)) unlink_task((TaskObj *)f);
}

int future_finish(Thread *t, FutureObj *f, Value value, bool is_exc)
{
    f->result = value;
    f->is_exc = is_exc;
    f->state = FUT_FINISHED;
    if (is_exc) {
        f->log_traceback = true;
        loop_remember_unretrieved(f->loop, f);
    }
    on_done(f);
    return schedule_callbacks(t, f);
}

bool future_cancel(Thread *t, FutureObj *f, Value msg)
{
    f->log_traceback = false;
    if (f->state != FUT_PENDING) return false;
    f->state = FUT_CANCELLED;
    f->cancel_msg = msg;
    on_done(f);
    if (schedule_callbacks(t, f) < 0) exc_clear(t);   /* MemoryError: the callbacks are lost */
    return true;
}

/* The CancelledError to raise for a cancelled future.  The one that
 * cancelled a task is handed over once, so its traceback is kept. */
static Value make_cancelled_error(Thread *t, FutureObj *f)
{
    if (f->cancelled_exc != VAL_NONE) {
        Value e = f->cancelled_exc;
        f->cancelled_exc = VAL_NONE;
        return e;
    }
    if (f->cancel_msg == VAL_NONE) return exc_new(t, &CancelledErrorType, NULL, 0);
    return exc_new(t, &CancelledErrorType, &f->cancel_msg, 1);
}

static Value raise_cancelled(Thread *t, FutureObj *f)
{
    Value e = make_cancelled_error(t, f);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

static Value get_result(Thread *t, FutureObj *f)
{
    if (f->state == FUT_CANCELLED) return raise_cancelled(t, f);
    if (f->state != FUT_FINISHED) return exc_raise(t, &InvalidStateErrorType, "Result is not set.");
    f->log_traceback = false;
    if (f->is_exc) return exc_raise_obj(t, f->result);
    return f->result;
}

static FutureObj *self_future(Thread *t, Value v, const char *method)
{
    if (!future_check(v)) {
        exc_raise(t, &TypeErrorType, "descriptor '%s' requires a '_asyncio.Future' object but received %T",
                  method, v);
        return NULL;
    }
    return FUT(v);
}

/* The same for the methods that need the loop: a subclass whose
 * __init__ skipped Future.__init__ has none. */
static FutureObj *initialized_future(Thread *t, Value v, const char *method)
{
    FutureObj *f = self_future(t, v, method);
    if (f && !f->loop) {
        exc_raise(t, &RuntimeErrorType, "Future object is not initialized.");
        return NULL;
    }
    return f;
}

static Value fut_result(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "result", nargs, 1, 1) < 0 || arg_no_kw(t, "result", kw) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, args[0], "result");
    return f ? get_result(t, f) : VAL_ERROR;
}

static Value fut_exception(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "exception", nargs, 1, 1) < 0 || arg_no_kw(t, "exception", kw) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, args[0], "exception");
    if (!f) return VAL_ERROR;
    if (f->state == FUT_CANCELLED) return raise_cancelled(t, f);
    if (f->state != FUT_FINISHED) return exc_raise(t, &InvalidStateErrorType, "Exception is not set.");
    f->log_traceback = false;
    return f->is_exc ? f->result : VAL_NONE;
}

static Value fut_done(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "done", nargs, 1, 1) < 0 || arg_no_kw(t, "done", kw) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, args[0], "done");
    return f ? val_from_bool(f->state != FUT_PENDING) : VAL_ERROR;
}

static Value fut_cancelled(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "cancelled", nargs, 1, 1) < 0 || arg_no_kw(t, "cancelled", kw) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, args[0], "cancelled");
    return f ? val_from_bool(f->state == FUT_CANCELLED) : VAL_ERROR;
}

static Value fut_cancel(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "cancel", args, nargs, kw, "self|msg", a) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, a[0], "cancel");
    if (!f) return VAL_ERROR;
    return val_from_bool(future_cancel(t, f, a[1] == VAL_UNBOUND ? VAL_NONE : a[1]));
}

static Value fut_set_result(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "set_result", nargs, 2, 2) < 0 || arg_no_kw(t, "set_result", kw) < 0) return VAL_ERROR;
    FutureObj *f = initialized_future(t, args[0], "set_result");
    if (!f) return VAL_ERROR;
    if (f->state != FUT_PENDING)
        return exc_raise(t, &InvalidStateErrorType, "invalid state");
    return future_finish(t, f, args[1], false) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value fut_set_exception(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "set_exception", nargs, 2, 2) < 0 || arg_no_kw(t, "set_exception", kw) < 0)
        return VAL_ERROR;
    FutureObj *f = initialized_future(t, args[0], "set_exception");
    if (!f) return VAL_ERROR;
    if (f->state != FUT_PENDING) return exc_raise(t, &InvalidStateErrorType, "invalid state");
    Value e = args[1];
    if (val_isinstance(e, &TypeType)) {
        e = op_call0(t, e);
        if (e == VAL_ERROR) return e;
        if (!exc_check(e))
            return exc_raise(t, &TypeErrorType, "exception must be a BaseException instance, not %T", e);
    }
    if (!exc_check(e)) return exc_raise(t, &TypeErrorType, "invalid exception object");
    if (val_isinstance(e, &StopIterationType))
        return exc_raise(t, &TypeErrorType,
                         "StopIteration interacts badly with generators and cannot be raised into a Future");
    gc_push_root(t, e);
    int rc = future_finish(t, f, e, true);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : VAL_NONE;
}

static Value fut_add_done_callback(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[3];
    if (arg_parse(t, "add_done_callback", args, nargs, kw, "self,fn/|$context", a) < 0) return VAL_ERROR;
    FutureObj *f = self_future(t, a[0], "add_done_callback");
    if (!f) return VAL_ERROR;
    if (!f->loop) return exc_raise(t, &RuntimeErrorType, "uninitialized Future object");
    Value ctx = a[2] == VAL_UNBOUND || a[2] == VAL_NONE ? context_copy_current(t) : a[2];
    if (ctx == VAL_ERROR) return ctx;
    gc_push_root(t, ctx);
    int rc;
    if (f->state != FUT_PENDING) rc = loop_ready(t, f->loop, READY_CALLBACK, a[1], a[0], ctx);
    else rc = add_callback(t, f, a[1], ctx);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : VAL_NONE;
}

static Value fut_remove_done_callback(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "remove_done_callback", nargs, 2, 2) < 0 || arg_no_kw(t, "remove_done_callback", kw) < 0)
        return VAL_ERROR;
    FutureObj *f = self_future(t, args[0], "remove_done_callback");
    if (!f) return VAL_ERROR;
    /* Walk the callbacks as one list (first, then more), keeping those
     * that differ from fn; the kept ones are packed back in order. */
    uint32_t total = (f->first.fn != VAL_NONE) + f->nmore, kept = 0;
    DoneCallback *keep = malloc((total + 1) * sizeof *keep);
    if (!keep) return exc_no_memory(t);
    for (uint32_t i = 0; i < total; i++) {
        DoneCallback cb = f->first.fn != VAL_NONE ? (i == 0 ? f->first : f->more[i - 1]) : f->more[i];
        int eq = cb.fn == VAL_UNBOUND ? 0 : op_eq(t, cb.fn, args[1]);
        if (eq < 0) {
            free(keep);
            return VAL_ERROR;
        }
        if (!eq) keep[kept++] = cb;
    }
    f->first = kept ? keep[0] : (DoneCallback){ VAL_NONE, VAL_NONE };
    for (uint32_t i = 1; i < kept; i++) f->more[i - 1] = keep[i];
    f->nmore = kept ? kept - 1 : 0;
    free(keep);
    return val_from_small((int64_t)(total - kept));
}

static Value fut_get_loop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_loop", nargs, 1, 1) < 0 || arg_no_kw(t, "get_loop", kw) < 0) return VAL_ERROR;
    FutureObj *f = initialized_future(t, args[0], "get_loop");
    return f ? val_from_obj(f->loop) : VAL_ERROR;
}

/* ---- await: the iterator Future.__await__ returns -------------------------- */

typedef struct {
    Obj base;
    Value fut;
    bool yielded;
} FutureIterObj;

static void future_iter_trace(GC *gc, Obj *o) { gc_mark_value(gc, ((FutureIterObj *)o)->fut); }

static Value fut_await(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__await__", nargs, 1, 1) < 0 || arg_no_kw(t, "__await__", kw) < 0) return VAL_ERROR;
    FutureIterObj *it = gc_alloc(t, &FutureIterType, sizeof(FutureIterObj));
    if (!it) return VAL_ERROR;
    it->fut = args[0];
    it->yielded = false;
    return val_from_obj(it);
}

/* First call: yields the future itself (the task waits on it).  Second
 * call: the future must be done; its result ends the iteration. */
static Value future_iter_step(Thread *t, FutureIterObj *it, Value *result)
{
    FutureObj *f = FUT(it->fut);
    if (!it->yielded && f->state == FUT_PENDING) {
        it->yielded = true;
        f->blocking = true;
        return it->fut;
    }
    if (f->state == FUT_PENDING) return exc_raise(t, &RuntimeErrorType, "await wasn't used with future");
    Value r = get_result(t, f);
    if (r == VAL_ERROR) return r;
    *result = r;
    return VAL_UNBOUND;
}

static Value future_iter_next(Thread *t, Value self)
{
    Value result = VAL_NONE;
    Value r = future_iter_step(t, (FutureIterObj *)val_as_obj(self), &result);
    if (r != VAL_UNBOUND) return r;
    return gen_stop_with(t, result);
}

static Value future_iter_send(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "send", nargs, 2, 2) < 0 || arg_no_kw(t, "send", kw) < 0) return VAL_ERROR;
    return future_iter_next(t, args[0]);
}

static Value future_iter_throw(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "throw", nargs, 2, 4) < 0 || arg_no_kw(t, "throw", kw) < 0) return VAL_ERROR;
    Value e = gen_throw_arg(t, args + 1, nargs - 1);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

static Value future_iter_close(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)t; (void)args; (void)nargs; (void)kw;
    return VAL_NONE;
}

Value future_iter_send_fast(Thread *t, Value it, Value *result)
{
    return future_iter_step(t, (FutureIterObj *)val_as_obj(it), result);
}

static const MethodDef future_iter_methods[] = {
    { "send", future_iter_send, 0 },
    { "throw", future_iter_throw, 0 },
    { "close", future_iter_close, 0 },
    { NULL, NULL, 0 },
};

TypeObj FutureIterType = {
    .base = { .type = &TypeType },
    .name = "FutureIter",
    .base_type = &ObjectType,
    .instance_size = sizeof(FutureIterObj),
    .trace = future_iter_trace,
    .iter = op_iter_self,
    .next = future_iter_next,
    .methods = future_iter_methods,
};

/* ---- Future: creation, attributes, repr ------------------------------------ */

static LoopObj *loop_arg(Thread *t, Value loop)
{
    if (loop == VAL_UNBOUND || loop == VAL_NONE) {
        Value m = import_module(t, "asyncio.events");
        if (m == VAL_ERROR) return NULL;
        Value get = op_getattr(t, m, str_intern(t, "get_event_loop"));
        if (get == VAL_ERROR) return NULL;
        loop = op_call0(t, get);
        if (loop == VAL_ERROR) return NULL;
    }
    if (!val_isinstance(loop, &LoopType)) {
        exc_raise(t, &TypeErrorType, "loop must be an aster event loop, not %T", loop);
        return NULL;
    }
    return (LoopObj *)val_as_obj(loop);
}

static Value future_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)args; (void)nargs; (void)kw;
    FutureObj *f = gc_alloc(t, cls, cls->instance_size);
    if (!f) return VAL_ERROR;
    future_init_fields(f, NULL);
    return val_from_obj(f);
}

static Value future_init_slot(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    Value a[1];
    if (arg_parse(t, "Future", args, nargs, kw, "|$loop", a) < 0) return VAL_ERROR;
    LoopObj *loop = loop_arg(t, a[0]);
    if (!loop) return VAL_ERROR;
    FUT(self)->loop = loop;
    return VAL_NONE;
}

static Value future_repr(Thread *t, Value self)
{
    if (!initialized_future(t, self, "__repr__")) return VAL_ERROR;
    return call_format(t, "future_repr", self);
}

static Value get_state(Thread *t, Value self) { return str_from_cstr(t, state_names[FUT(self)->state]); }
static Value get_result_attr(Thread *t, Value self)
{
    (void)t;
    FutureObj *f = FUT(self);
    return f->state == FUT_FINISHED && !f->is_exc ? f->result : VAL_NONE;
}
static Value get_exception_attr(Thread *t, Value self)
{
    (void)t;
    FutureObj *f = FUT(self);
    return f->state == FUT_FINISHED && f->is_exc ? f->result : VAL_NONE;
}
static Value get_loop_attr(Thread *t, Value self)
{
    (void)t;
    return FUT(self)->loop ? val_from_obj(FUT(self)->loop) : VAL_NONE;
}
static Value get_blocking(Thread *t, Value self) { (void)t; return val_from_bool(FUT(self)->blocking); }
static int set_blocking(Thread *t, Value self, Value v)
{
    int r = op_truth(t, v);
    if (r < 0) return -1;
    FUT(self)->blocking = r;
    return 0;
}
static Value get_log_traceback(Thread *t, Value self) { (void)t; return val_from_bool(FUT(self)->log_traceback); }
static int set_log_traceback(Thread *t, Value self, Value v)
{
    int r = op_truth(t, v);
    if (r < 0) return -1;
    if (r) {
        exc_raise(t, &ValueErrorType, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(self)->log_traceback = false;
    return 0;
}
static Value get_cancel_message(Thread *t, Value self) { (void)t; return FUT(self)->cancel_msg; }
static int set_cancel_message(Thread *t, Value self, Value v) { (void)t; FUT(self)->cancel_msg = v; return 0; }

/* _callbacks: the pending callbacks, or None when there are none.  A
 * task's wake-up shows as its bound task_wakeup method. */
static const MethodDef task_wakeup_def;
static Value get_callbacks(Thread *t, Value self)
{
    FutureObj *f = FUT(self);
    if (f->first.fn == VAL_NONE && f->nmore == 0) return VAL_NONE;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    for (uint32_t i = 0; i < 1 + f->nmore; i++) {
        DoneCallback cb = i == 0 ? f->first : f->more[i - 1];
        if (cb.fn == VAL_NONE) continue;
        Value fn = cb.fn == VAL_UNBOUND ? native_new(t, &task_wakeup_def, cb.ctx, &TaskType) : cb.fn;
        if (fn == VAL_ERROR || list_append(t, list, fn) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return list;
}

static const GetSetDef future_getset[] = {
    { "_state", get_state, NULL },
    { "_result", get_result_attr, NULL },
    { "_exception", get_exception_attr, NULL },
    { "_loop", get_loop_attr, NULL },
    { "_callbacks", get_callbacks, NULL },
    { "_asyncio_future_blocking", get_blocking, set_blocking },
    { "_log_traceback", get_log_traceback, set_log_traceback },
    { "_cancel_message", get_cancel_message, set_cancel_message },
    { NULL, NULL, NULL },
};

static const MethodDef future_methods[] = {
    { "result", fut_result, 0 },
    { "exception", fut_exception, 0 },
    { "done", fut_done, 0 },
    { "cancelled", fut_cancelled, 0 },
    { "cancel", fut_cancel, 0 },
    { "set_result", fut_set_result, 0 },
    { "set_exception", fut_set_exception, 0 },
    { "add_done_callback", fut_add_done_callback, 0 },
    { "remove_done_callback", fut_remove_done_callback, 0 },
    { "get_loop", fut_get_loop, 0 },
    { "__await__", fut_await, 0 },
    { "__iter__", fut_await, 0 },
    { NULL, NULL, 0 },
};

TypeObj FutureType = {
    .base = { .type = &TypeType },
    .name = "Future",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(FutureObj),
    .trace = future_trace,
    .finalize = future_finalize,
    .new_ = future_new_slot,
    .init = future_init_slot,
    .repr = future_repr,
    .methods = future_methods,
    .getset = future_getset,
};

/* ---- Task -------------------------------------------------------------------- */

static void task_trace(GC *gc, Obj *o)
{
    future_trace(gc, o);
    TaskObj *task = (TaskObj *)o;
    gc_mark_value(gc, task->coro);
    gc_mark_value(gc, task->context);
    gc_mark_value(gc, task->waiter);
    gc_mark_value(gc, task->name);
}

static bool is_coroutine(Value v)
{
    return gen_check(v);
}

static void link_task(TaskObj *task)
{
    LoopObj *loop = task->fut.loop;
    task->prev = loop->tasks_last;
    task->next = NULL;
    if (loop->tasks_last) loop->tasks_last->next = task;
    else loop->tasks_first = task;
    loop->tasks_last = task;
    loop->ntasks++;
}

static Value task_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)args; (void)nargs; (void)kw;
    TaskObj *task = gc_alloc(t, cls, cls->instance_size);
    if (!task) return VAL_ERROR;
    future_init_fields(&task->fut, NULL);
    task->coro = task->context = task->waiter = task->name = VAL_NONE;
    return val_from_obj(task);
}

/* Sets up a fresh task object and schedules its first step. */
static int task_setup(Thread *t, TaskObj *task, LoopObj *loop, Value coro, Value name, Value context)
{
    if (!is_coroutine(coro)) {
        exc_raise(t, &TypeErrorType, "a coroutine was expected, got %R", coro);
        return -1;
    }
    if (context == VAL_NONE || context == VAL_UNBOUND) {
        context = context_copy_current(t);
        if (context == VAL_ERROR) return -1;
    }
    task->fut.loop = loop;
    task->coro = coro;
    task->context = context;
    task->number = ++t->interp->task_counter;
    if (name != VAL_NONE && name != VAL_UNBOUND) {
        if (!str_check(name)) {
            name = op_str(t, name);
            if (name == VAL_ERROR) return -1;
        }
        task->name = name;
    }
    link_task(task);
    return loop_ready(t, loop, READY_STEP, val_from_obj(task), VAL_NONE, VAL_NONE);
}

Value task_new(Thread *t, TypeObj *cls, LoopObj *loop, Value coro, Value name, Value context)
{
    Value v = task_new_slot(t, cls, NULL, 0, NULL);
    if (v == VAL_ERROR) return v;
    gc_push_root(t, v);
    int rc = task_setup(t, TASK(v), loop, coro, name, context);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : v;
}

static Value task_init_slot(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    Value a[6];
    if (arg_parse(t, "Task", args, nargs, kw, "coro|$loop,name,context,eager_start", a) < 0) return VAL_ERROR;
    LoopObj *loop = loop_arg(t, a[1]);
    if (!loop) return VAL_ERROR;
    if (task_setup(t, TASK(self), loop, a[0], a[2], a[3]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static TaskObj *self_task(Thread *t, Value v, const char *method)
{
    if (!task_check(v)) {
        exc_raise(t, &TypeErrorType, "descriptor '%s' requires a '_asyncio.Task' object but received %T",
                  method, v);
        return NULL;
    }
    return TASK(v);
}

static Value task_name(Thread *t, TaskObj *task)
{
    if (task->name == VAL_NONE) {
        char buf[32];
        snprintf(buf, sizeof buf, "Task-%llu", (unsigned long long)task->number);
        Value s = str_from_cstr(t, buf);
        if (s == VAL_ERROR) return s;
        task->name = s;
    }
    return task->name;
}

static Value task_get_name(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_name", nargs, 1, 1) < 0 || arg_no_kw(t, "get_name", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "get_name");
    return task ? task_name(t, task) : VAL_ERROR;
}

static Value task_set_name(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "set_name", nargs, 2, 2) < 0 || arg_no_kw(t, "set_name", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "set_name");
    if (!task) return VAL_ERROR;
    Value name = str_check(args[1]) ? args[1] : op_str(t, args[1]);
    if (name == VAL_ERROR) return name;
    task->name = name;
    return VAL_NONE;
}

static Value task_get_coro(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_coro", nargs, 1, 1) < 0 || arg_no_kw(t, "get_coro", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "get_coro");
    return task ? task->coro : VAL_ERROR;
}

static Value task_get_context(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "get_context", nargs, 1, 1) < 0 || arg_no_kw(t, "get_context", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "get_context");
    return task ? task->context : VAL_ERROR;
}

static Value task_cancel(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "cancel", args, nargs, kw, "self|msg", a) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, a[0], "cancel");
    if (!task) return VAL_ERROR;
    Value msg = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    task->fut.log_traceback = false;
    if (task->fut.state != FUT_PENDING) return VAL_FALSE;
    task->cancel_requests++;
    if (task->waiter != VAL_NONE) {
        /* The waiter stays: it may be a task that ignores this cancel. */
        Value r = op_call_method(t, task->waiter, str_intern(t, "cancel"), &msg, 1);
        if (r == VAL_ERROR) return r;
        int yes = op_truth(t, r);
        if (yes < 0) return VAL_ERROR;
        if (yes) return VAL_TRUE;
    }
    task->must_cancel = true;
    task->fut.cancel_msg = msg;
    return VAL_TRUE;
}

static Value task_cancelling(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "cancelling", nargs, 1, 1) < 0 || arg_no_kw(t, "cancelling", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "cancelling");
    return task ? val_from_small(task->cancel_requests) : VAL_ERROR;
}

static Value task_uncancel(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "uncancel", nargs, 1, 1) < 0 || arg_no_kw(t, "uncancel", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "uncancel");
    if (!task) return VAL_ERROR;
    if (task->cancel_requests > 0) task->cancel_requests--;
    return val_from_small(task->cancel_requests);
}

static Value task_refuse(Thread *t, Value *args, int nargs, TupleObj *kw, const char *op)
{
    (void)args; (void)nargs; (void)kw;
    return exc_raise(t, &RuntimeErrorType, "Task does not support %s operation", op);
}
/* get_stack(*, limit=None): the coroutine's frame while the task runs;
 * once it failed, the frames of the exception's traceback. */
static Value task_get_stack(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "get_stack", args, nargs, kw, "self|$limit", a) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, a[0], "get_stack");
    if (!task) return VAL_ERROR;
    int64_t limit = -1;
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE && op_index(t, a[1], &limit) < 0) return VAL_ERROR;
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    int rc = 0;
    if (gen_check(task->coro) && ((GenObj *)val_as_obj(task->coro))->state != GEN_FINISHED) {
        Value fr = limit == 0 ? VAL_NONE : gen_frame_snapshot(t, (GenObj *)val_as_obj(task->coro));
        if (fr == VAL_ERROR) rc = -1;
        else if (fr != VAL_NONE) rc = list_append(t, list, fr);
    } else if (task->fut.state == FUT_FINISHED && task->fut.is_exc) {
        for (TracebackObj *tb = EXC(task->fut.result)->traceback; tb && rc == 0 && limit != 0; tb = tb->next) {
            if (limit > 0) limit--;
            Value fr = frameinfo_new(t, tb->code, tb->line, VAL_NONE);
            rc = fr == VAL_ERROR ? -1 : list_append(t, list, fr);
        }
    }
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : list;
}

/* print_stack(*, limit=None, file=None), formatted in aster. */
static Value task_print_stack(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[3];
    if (arg_parse(t, "print_stack", args, nargs, kw, "self|$limit,file", a) < 0) return VAL_ERROR;
    if (!self_task(t, a[0], "print_stack")) return VAL_ERROR;
    Value m = import_module(t, "asyncio.format");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, "print_stack"));
    if (f == VAL_ERROR) return f;
    Value call[3] = { a[0], a[1] == VAL_UNBOUND ? VAL_NONE : a[1], a[2] == VAL_UNBOUND ? VAL_NONE : a[2] };
    return op_call(t, f, call, 3, NULL);
}

static Value task_set_result(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return task_refuse(t, args, nargs, kw, "set_result");
}
static Value task_set_exception(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    return task_refuse(t, args, nargs, kw, "set_exception");
}

/* ---- the step ------------------------------------------------------------- */

/* Resumes the coroutine: sends None, or throws exc unless it is VAL_NONE. */
static Value resume_coro(Thread *t, Value coro, Value exc, bool *returned)
{
    if (gen_check(coro))
        return gen_resume(t, (GenObj *)val_as_obj(coro), VAL_NONE, exc == VAL_NONE ? VAL_UNBOUND : exc, returned);
    *returned = false;
    Value r = exc == VAL_NONE ? op_call_method(t, coro, NAME(t, send), (Value[]){ VAL_NONE }, 1)
                              : op_call_method(t, coro, NAME(t, throw), &exc, 1);
    if (r == VAL_ERROR && exc_matches(t, &StopIterationType)) {
        Value e = exc_fetch(t);
        *returned = true;
        return EXC(e)->value;
    }
    return r;
}

static int schedule_step_error(Thread *t, TaskObj *task, const char *fmt, Value a, Value b)
{
    Value e = exc_raise(t, &RuntimeErrorType, fmt, a, b);
    (void)e;
    Value exc = exc_fetch(t);
    gc_push_root(t, exc);
    int rc = loop_ready(t, task->fut.loop, READY_STEP, val_from_obj(task), exc, VAL_NONE);
    gc_pop_roots(t, 1);
    return rc;
}

/* The coroutine yielded `y`: decide what the task waits for. */
static int handle_yield(Thread *t, TaskObj *task, Value y)
{
    Value tv = val_from_obj(task);
    LoopObj *loop = task->fut.loop;
    if (y == VAL_NONE) return loop_ready(t, loop, READY_STEP, tv, VAL_NONE, VAL_NONE);
    if (future_check(y)) {
        FutureObj *f = FUT(y);
        if (f->loop != loop)
            return schedule_step_error(t, task, "Task %R got Future %R attached to a different loop", tv, y);
        if (!f->blocking)
            return schedule_step_error(t, task, "yield was used instead of yield from in task %R with %R", tv, y);
        if (f == &task->fut)
            return schedule_step_error(t, task, "Task cannot await on itself: %R", tv, VAL_NONE);
        f->blocking = false;
        int rc;
        if (f->state != FUT_PENDING) rc = loop_ready(t, loop, READY_WAKEUP, tv, y, VAL_NONE);
        else rc = add_callback(t, f, VAL_UNBOUND, tv);
        if (rc < 0) return -1;
        task->waiter = y;
        if (task->must_cancel) {
            Value r = op_call_method(t, y, str_intern(t, "cancel"), &task->fut.cancel_msg, 1);
            if (r == VAL_ERROR) return -1;
            if (r == VAL_TRUE) task->must_cancel = false;
        }
        return 0;
    }
    if (gen_check(y) && val_as_obj(y)->type == &GenType)
        return schedule_step_error(t, task, "yield was used instead of yield from for generator in task %R with %R",
                                   tv, y);
    return schedule_step_error(t, task, "Task got bad yield: %R", y, VAL_NONE);
}

static int task_step(Thread *t, TaskObj *task, Value exc)
{
    LoopObj *loop = task->fut.loop;
    Value tv = val_from_obj(task);
    if (task->fut.state != FUT_PENDING) {
        exc_raise(t, &InvalidStateErrorType, "_step(): already done: %R, %R", tv, exc);
        return -1;
    }
    if (task->must_cancel) {
        if (!val_isinstance(exc, &CancelledErrorType)) {
            exc = make_cancelled_error(t, &task->fut);
            if (exc == VAL_ERROR) return -1;
        }
        task->must_cancel = false;
    }
    gc_push_root(t, exc);
    task->waiter = VAL_NONE;
    if (loop->current_task != VAL_NONE) {
        gc_pop_roots(t, 1);
        exc_raise(t, &RuntimeErrorType, "Cannot enter into task %R while another task %R is being executed.",
                  tv, loop->current_task);
        return -1;
    }
    if (context_enter(t, task->context) < 0) {
        gc_pop_roots(t, 1);
        return -1;
    }
    loop->current_task = tv;
    bool returned;
    Value r = resume_coro(t, task->coro, exc, &returned);
    loop->current_task = VAL_NONE;
    context_exit(t, task->context);
    gc_pop_roots(t, 1);

    if (r != VAL_ERROR) {
        if (!returned) {
            gc_push_root(t, r);
            int rc = handle_yield(t, task, r);
            gc_pop_roots(t, 1);
            return rc;
        }
        if (task->must_cancel) {
            task->must_cancel = false;
            future_cancel(t, &task->fut, task->fut.cancel_msg);
            return 0;
        }
        return future_finish(t, &task->fut, r, false);
    }
    if (exc_matches(t, &CancelledErrorType)) {
        task->fut.cancelled_exc = exc_fetch(t);
        future_cancel(t, &task->fut, VAL_NONE);
        return 0;
    }
    bool fatal = exc_matches(t, &KeyboardInterruptType) || exc_matches(t, &SystemExitType);
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    int rc = future_finish(t, &task->fut, e, true);
    if (fatal && rc == 0) {
        task->fut.log_traceback = false;
        t->exc = e;
        rc = -1;
    }
    gc_pop_roots(t, 1);
    return rc;
}

/* The future a task waited on is done: step with its outcome. */
static int task_wakeup(Thread *t, TaskObj *task, Value fut)
{
    Value r;
    if (future_check(fut)) r = get_result(t, FUT(fut));
    else r = op_call_method(t, fut, str_intern(t, "result"), NULL, 0);
    if (r != VAL_ERROR) return task_step(t, task, VAL_NONE);
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    int rc = task_step(t, task, e);
    gc_pop_roots(t, 1);
    return rc;
}

static Value task_wakeup_method(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "task_wakeup", nargs, 2, 2) < 0 || arg_no_kw(t, "task_wakeup", kw) < 0) return VAL_ERROR;
    TaskObj *task = self_task(t, args[0], "task_wakeup");
    if (!task) return VAL_ERROR;
    return task_wakeup(t, task, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static const MethodDef task_wakeup_def = { "task_wakeup", task_wakeup_method, 0 };

int task_run_entry(Thread *t, ReadyEntry *e)
{
    switch (e->kind) {
    case READY_STEP:
        return task_step(t, TASK(e->a), e->b);
    case READY_WAKEUP:
        return task_wakeup(t, TASK(e->a), e->b);
    default:
        return -1;
    }
}

Value task_repr(Thread *t, Value task)
{
    if (!initialized_future(t, task, "__repr__")) return VAL_ERROR;
    return call_format(t, "task_repr", task);
}

static Value task_repr_slot(Thread *t, Value self) { return task_repr(t, self); }

/* Task.all_tasks(loop=None) and Task.current_task(loop=None), the 3.7
 * classmethods the seeds use. */
static Value task_all_tasks_cls(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "all_tasks", args, nargs, kw, "cls|loop", a) < 0) return VAL_ERROR;
    Value m = import_module(t, "asyncio._core");
    if (m == VAL_ERROR) return m;
    Value f = op_getattr(t, m, str_intern(t, "all_tasks"));
    if (f == VAL_ERROR) return f;
    return op_call(t, f, &a[1], a[1] == VAL_UNBOUND ? 0 : 1, NULL);
}

static Value task_current_task_cls(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "current_task", args, nargs, kw, "cls|loop", a) < 0) return VAL_ERROR;
    LoopObj *loop = a[1] == VAL_UNBOUND || a[1] == VAL_NONE ? loop_running(t) : NULL;
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE) {
        if (!val_isinstance(a[1], &LoopType)) return exc_raise(t, &TypeErrorType, "loop must be an event loop");
        loop = (LoopObj *)val_as_obj(a[1]);
    }
    if (!loop) return exc_raise(t, &RuntimeErrorType, "no running event loop");
    return loop->current_task;
}

static const MethodDef task_methods[] = {
    { "get_name", task_get_name, 0 },
    { "set_name", task_set_name, 0 },
    { "get_coro", task_get_coro, 0 },
    { "get_context", task_get_context, 0 },
    { "cancel", task_cancel, 0 },
    { "cancelling", task_cancelling, 0 },
    { "get_stack", task_get_stack, 0 },
    { "print_stack", task_print_stack, 0 },
    { "uncancel", task_uncancel, 0 },
    { "set_result", task_set_result, 0 },
    { "set_exception", task_set_exception, 0 },
    { "all_tasks", task_all_tasks_cls, METH_CLASS },
    { "current_task", task_current_task_cls, METH_CLASS },
    { NULL, NULL, 0 },
};

static Value get_coro_attr(Thread *t, Value self) { (void)t; return TASK(self)->coro; }
static Value get_fut_waiter(Thread *t, Value self) { (void)t; return TASK(self)->waiter; }
static Value get_must_cancel(Thread *t, Value self) { (void)t; return val_from_bool(TASK(self)->must_cancel); }

static const GetSetDef task_getset[] = {
    { "_coro", get_coro_attr, NULL },
    { "_fut_waiter", get_fut_waiter, NULL },
    { "_must_cancel", get_must_cancel, NULL },
    { NULL, NULL, NULL },
};

TypeObj TaskType = {
    .base = { .type = &TypeType },
    .name = "Task",
    .base_type = &FutureType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(TaskObj),
    .trace = task_trace,
    .finalize = future_finalize,
    .new_ = task_new_slot,
    .init = task_init_slot,
    .repr = task_repr_slot,
    .methods = task_methods,
    .getset = task_getset,
};
