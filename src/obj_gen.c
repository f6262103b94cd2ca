/*
 * obj_gen.c -- generator and coroutine objects.
 *
 * The VM links a generator's frame under the running frame when `for` or
 * `yield from` resumes it; everything else (next(), send(), throw(),
 * close(), and later the task step) resumes it from C with gen_resume,
 * which runs the frame in a nested vm_run until it yields or returns.
 */
#include <stdio.h>
#include <string.h>
#include "obj_gen.h"
#include "args.h"
#include "exc.h"
#include "interp.h"
#include "interrupt.h"
#include "obj_dict.h"
#include "obj_frameinfo.h"
#include "obj_str.h"
#include "obj_type.h"
#include "opcodes.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"
#include "warnings.h"

Value gen_new(Thread *t, FuncObj *fn, Value *args, int nargs, TupleObj *kwnames)
{
    /* Calling a generator or coroutine function is a poll point, as
     * other calls are (vm.c, enter_function). */
    if (interrupt_check(t) < 0) return VAL_ERROR;
    size_t fsize = frame_size(fn->code);
    size_t head = (sizeof(GenObj) + 15) & ~(size_t)15;
    TypeObj *type = (fn->code->flags & CO_COROUTINE) ? &CoroType
                  : (fn->code->flags & CO_ASYNC_GENERATOR) ? &AsyncGenType : &GenType;
    GenObj *g = gc_alloc(t, type, head + fsize);
    if (!g) return VAL_ERROR;
    g->frame = (Frame *)((char *)g + head);
    frame_init(g->frame, fn, fsize);
    g->frame->gen = g;
    g->innermost = NULL;
    g->running_async = false;
    g->hooked = false;
    g->exc_info = g->caller_exc_info = VAL_NONE;
    g->origin_code = t->frame ? t->frame->code : NULL;
    /* The line now: a finalizer may not read a code object's line table,
     * which may already be released when both are garbage. */
    g->origin_line = t->frame ? frame_line(t->frame) : 0;
    g->frame->flags = FRAME_IN_GEN;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->state = GEN_CREATED;
    Value gv = val_from_obj(g);
    gc_push_root(t, gv);
    int r = vm_bind(t, fn, g->frame->slots, args, nargs, kwnames);
    gc_pop_roots(t, 1);
    if (r < 0) {
        g->state = GEN_FINISHED;
        return VAL_ERROR;
    }
    return gv;
}

void gen_trace(GC *gc, Obj *o)
{
    GenObj *g = (GenObj *)o;
    gc_mark_obj(gc, (Obj *)g->name);
    gc_mark_obj(gc, (Obj *)g->qualname);
    gc_mark_obj(gc, (Obj *)g->origin_code);
    gc_mark_value(gc, g->exc_info);
    gc_mark_value(gc, g->caller_exc_info);
    frame_mark(gc, g->frame);
}

static const char *kind_of(GenObj *g)
{
    return g->base.type == &CoroType ? "coroutine" : "generator";
}

/* The value on top of a suspended frame's stack (the sub-iterator of a
 * `yield from` / `await` in progress), or VAL_UNBOUND. */
static Value delegate_of(Frame *f)
{
    uint32_t pc = f->pc;
    if (pc < 2 || f->sp == 0) return VAL_UNBOUND;
    if (INSTR_OP(f->code->code[pc - 1]) != OP_YIELD_VALUE || INSTR_OP(f->code->code[pc - 2]) != OP_SEND)
        return VAL_UNBOUND;
    return f->slots[f->code->nlocalsplus + f->sp - 1];
}

/* The sub-iterator returned `value`: finish the SEND in f. */
static void delegate_returned(Frame *f, Value value)
{
    uint32_t send = f->code->code[f->pc - 2];
    f->slots[f->code->nlocalsplus + f->sp - 1] = value;
    f->pc = INSTR_ARG(send);
}

/* Throws exc into the delegate of f, if it has one.  Returns 1 when the
 * delegate yielded (*out is the value), 0 when the caller should go on
 * resuming f (with *pending holding the exception to raise there, or
 * VAL_UNBOUND after the delegate returned), -1 on error. */
static int throw_into_delegate(Thread *t, Frame *f, Value *pending, Value *out)
{
    Value sub = delegate_of(f);
    if (sub == VAL_UNBOUND) return 0;
    Value exc = *pending;
    if (gen_check(sub)) {
        bool returned;
        Value r = gen_resume(t, (GenObj *)val_as_obj(sub), VAL_NONE, exc, &returned);
        if (r == VAL_ERROR) {
            *pending = exc_fetch(t);
            return 0;
        }
        if (!returned) {
            *out = r;
            return 1;
        }
        delegate_returned(f, r);
        *pending = VAL_UNBOUND;
        return 0;
    }
    if (val_isinstance(exc, &GeneratorExitType)) {
        Value close = op_getattr_opt(t, sub, NAME(t, close));
        if (close == VAL_ERROR) return -1;
        if (close != VAL_UNBOUND && op_call0(t, close) == VAL_ERROR) *pending = exc_fetch(t);
        return 0;
    }
    Value throw = op_getattr_opt(t, sub, NAME(t, throw));
    if (throw == VAL_ERROR) return -1;
    if (throw == VAL_UNBOUND) return 0;
    Value r = op_call1(t, throw, exc);
    if (r != VAL_ERROR) {
        *out = r;
        return 1;
    }
    if (exc_matches(t, &StopIterationType)) {
        Value e = exc_fetch(t);
        delegate_returned(f, ((ExcObj *)val_as_obj(e))->value);
        *pending = VAL_UNBOUND;
    } else {
        *pending = exc_fetch(t);
    }
    return 0;
}

Value gen_resume(Thread *t, GenObj *g, Value sent, Value exc, bool *returned)
{
    *returned = false;
    if (g->state == GEN_RUNNING)
        return exc_raise(t, &ValueErrorType, "%s already executing", kind_of(g));
    if (g->state == GEN_FINISHED) {
        if (exc != VAL_UNBOUND) return exc_raise_obj(t, exc);
        if (g->base.type == &CoroType)
            return exc_raise(t, &RuntimeErrorType, "cannot reuse already awaited coroutine");
        *returned = true;
        return VAL_NONE;
    }
    /* A suspended await chain resumes at its bottom frame. */
    Frame *f = g->innermost ? g->innermost : g->frame;
    if (g->state == GEN_CREATED) {
        if (exc != VAL_UNBOUND) {
            g->state = GEN_FINISHED;
            return exc_raise_obj(t, exc);
        }
        if (sent != VAL_NONE)
            return exc_raise(t, &TypeErrorType, "can't send non-None value to a just-started %s", kind_of(g));
    } else if (exc != VAL_UNBOUND) {
        gc_push_root(t, exc);
        Value out;
        g->state = GEN_RUNNING;
        int r = throw_into_delegate(t, f, &exc, &out);
        g->state = GEN_SUSPENDED;
        gc_pop_roots(t, 1);
        if (r < 0) return VAL_ERROR;
        if (r == 1) return out;
        if (exc == VAL_UNBOUND) sent = VAL_UNBOUND;   /* delegate returned: nothing to push */
    }
    if (g->state == GEN_SUSPENDED && exc == VAL_UNBOUND && sent != VAL_UNBOUND)
        f->slots[f->code->nlocalsplus + f->sp++] = sent;
    g->state = GEN_RUNNING;
    Value saved_info = t->exc_info;
    gc_push_root(t, saved_info);
    g->innermost = NULL;
    g->caller_exc_info = t->exc_info;
    t->exc_info = f->gen->exc_info;
    Value r = vm_run_at(t, g->frame, f, exc);
    t->exc_info = saved_info;
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) return r;
    if (!t->yielded) *returned = true;
    return r;
}

/* ---- methods --------------------------------------------------------------- */

Value gen_stop_with(Thread *t, Value value)
{
    gc_push_root(t, value);
    exc_raise_value(t, &StopIterationType, value == VAL_NONE ? VAL_UNBOUND : value);
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

static Value gen_iternext(Thread *t, Value self)
{
    bool returned;
    Value r = gen_resume(t, (GenObj *)val_as_obj(self), VAL_NONE, VAL_UNBOUND, &returned);
    if (r == VAL_ERROR || !returned) return r;
    return VAL_UNBOUND;
}

static Value gen_next_method(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__next__", nargs, 1, 1) < 0 || arg_no_kw(t, "__next__", kw) < 0) return VAL_ERROR;
    bool returned;
    Value r = gen_resume(t, (GenObj *)val_as_obj(args[0]), VAL_NONE, VAL_UNBOUND, &returned);
    if (r == VAL_ERROR || !returned) return r;
    return gen_stop_with(t, r);
}

static Value gen_send(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "send", nargs, 2, 2) < 0 || arg_no_kw(t, "send", kw) < 0) return VAL_ERROR;
    bool returned;
    Value r = gen_resume(t, (GenObj *)val_as_obj(args[0]), args[1], VAL_UNBOUND, &returned);
    if (r == VAL_ERROR || !returned) return r;
    return gen_stop_with(t, r);
}

Value gen_throw_arg(Thread *t, Value *args, int nargs)
{
    Value exc = args[0];
    if (val_isinstance(exc, &TypeType)) {
        if (!type_is_subtype((TypeObj *)val_as_obj(exc), &BaseExceptionType))
            return exc_raise(t, &TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not type");
        bool with_value = nargs > 1 && args[1] != VAL_NONE;
        return op_call(t, exc, with_value ? &args[1] : NULL, with_value ? 1 : 0, NULL);
    }
    if (!val_isinstance(exc, &BaseExceptionType))
        return exc_raise(t, &TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s",
                         type_name(val_type(exc)));
    return exc;
}

static Value gen_throw(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "throw", nargs, 2, 4) < 0 || arg_no_kw(t, "throw", kw) < 0) return VAL_ERROR;
    Value exc = gen_throw_arg(t, args + 1, nargs - 1);
    if (exc == VAL_ERROR) return exc;
    gc_push_root(t, exc);
    bool returned;
    Value r = gen_resume(t, (GenObj *)val_as_obj(args[0]), VAL_NONE, exc, &returned);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR || !returned) return r;
    return gen_stop_with(t, r);
}

static Value gen_close(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "close", nargs, 1, 1) < 0 || arg_no_kw(t, "close", kw) < 0) return VAL_ERROR;
    GenObj *g = (GenObj *)val_as_obj(args[0]);
    if (g->state == GEN_CREATED) {
        g->state = GEN_FINISHED;
        return VAL_NONE;
    }
    if (g->state == GEN_FINISHED) return VAL_NONE;
    Value exc = exc_new(t, &GeneratorExitType, NULL, 0);
    if (exc == VAL_ERROR) return exc;
    gc_push_root(t, exc);
    bool returned;
    Value r = gen_resume(t, g, VAL_NONE, exc, &returned);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) {
        if (exc_matches(t, &GeneratorExitType) || exc_matches(t, &StopIterationType)) {
            exc_clear(t);
            return VAL_NONE;
        }
        return r;
    }
    if (!returned) return exc_raise(t, &RuntimeErrorType, "%s ignored GeneratorExit", kind_of(g));
    return VAL_NONE;
}

static Value gen_repr(Thread *t, Value self)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s object %s at %p>", kind_of(g), g->qualname->data, (void *)g);
    return strbuf_finish(t, &b);
}

Value gen_frame_snapshot(Thread *t, GenObj *g)
{
    if (g->state == GEN_FINISHED) return VAL_NONE;
    int line = g->state == GEN_CREATED ? g->frame->code->firstlineno : frame_line(g->frame);
    return frameinfo_new(t, val_from_obj(g->frame->code), line, val_from_obj(g->frame->globals));
}

static Value gen_getattr(Thread *t, Value self, StrObj *name)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    if (name == NAME(t, name)) return val_from_obj(g->name);
    if (name == NAME(t, qualname)) return val_from_obj(g->qualname);
    if (str_eq_cstr(name, "gi_running") || str_eq_cstr(name, "cr_running"))
        return val_from_bool(g->state == GEN_RUNNING);
    if (str_eq_cstr(name, "gi_code") || str_eq_cstr(name, "cr_code")) return val_from_obj(g->frame->code);
    if (str_eq_cstr(name, "gi_frame") || str_eq_cstr(name, "cr_frame")) return gen_frame_snapshot(t, g);
    return generic_getattr(t, self, name);
}

static const MethodDef gen_methods[] = {
    { "__next__", gen_next_method, 0 },
    { "send", gen_send, 0 },
    { "throw", gen_throw, 0 },
    { "close", gen_close, 0 },
    { NULL, NULL, 0 },
};

TypeObj GenType = {
    .base = { .type = &TypeType },
    .name = "generator",
    .base_type = &ObjectType,
    .instance_size = sizeof(GenObj),
    .trace = gen_trace,
    .repr = gen_repr,
    .iter = op_iter_self,
    .next = gen_iternext,
    .getattr = gen_getattr,
    .methods = gen_methods,
};

Value gen_await_self(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__await__", nargs, 1, 1) < 0 || arg_no_kw(t, "__await__", kw) < 0) return VAL_ERROR;
    return args[0];
}

static const MethodDef coro_methods[] = {
    { "send", gen_send, 0 },
    { "throw", gen_throw, 0 },
    { "close", gen_close, 0 },
    { "__await__", gen_await_self, 0 },
    { NULL, NULL, 0 },
};

/* A coroutine that never started is being freed: warn, as CPython does,
 * naming where it was created.  Finalizers may not run code, so the
 * warning is queued for the warnings module (warnings.h); only when that
 * is impossible (at exit, or short of memory) is it written to the C
 * stream directly. */
static void coro_finalize(GC *gc, Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->state != GEN_CREATED) return;
    Interp *ip = interp_of_gc(gc);
    if (!ip->finalizing && g->origin_code) {
        if (warn_defer_unawaited(ip, g->qualname->data, g->origin_code->filename->data, g->origin_line,
                                 g))
            return;
    }
    fflush(stdout);
    if (ip->finalizing || !g->origin_code) {
        fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", g->qualname->data);
        return;
    }
    CodeObj *co = g->origin_code;
    int line = g->origin_line;
    fprintf(stderr, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", co->filename->data,
            line, g->qualname->data);
    Value text = dict_get_str(ip->source_cache, co->filename);
    if (text != VAL_UNBOUND) {
        const char *p = STR(text)->data, *end = p + STR(text)->len;
        for (int at = 1; at < line && p < end; p++)
            if (*p == '\n') at++;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        fprintf(stderr, "  %.*s\n", (int)((eol ? eol : end) - p), p);
    }
    fputs("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", stderr);
}

TypeObj CoroType = {
    .base = { .type = &TypeType },
    .name = "coroutine",
    .base_type = &ObjectType,
    .instance_size = sizeof(GenObj),
    .trace = gen_trace,
    .finalize = coro_finalize,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .methods = coro_methods,
};
