/*
 * obj_asyncgen.c -- async generators (`async def` with `yield`).
 *
 * An async generator is a GenObj of type AsyncGenType.  Its body both
 * awaits (yields futures up to the task) and yields values (to whoever
 * iterates it).  The compiler tags the second kind: `yield x` in an async
 * generator is YIELD_VALUE 2.  The awaitables that __anext__, asend,
 * athrow and aclose return resume the body with gen_resume and sort the
 * two apart: a tagged yield finishes the awaitable (StopIteration with
 * the value), any other yield is passed through to the task.
 */
#include "obj_gen.h"
#include "args.h"
#include "exc.h"
#include "interp.h"
#include "obj_str.h"
#include "obj_type.h"
#include "opcodes.h"
#include "ops.h"
#include "strbuf.h"

#define YIELD_ASYNC_GEN_VALUE 2

typedef enum { OP_STATE_INIT, OP_STATE_ITER, OP_STATE_CLOSED } AgenOpState;

/* The awaitable of one asend (sent != exc) or athrow / aclose. */
typedef struct {
    Obj base;
    GenObj *gen;
    Value sent;                 /* asend: the value to send */
    Value exc;                  /* athrow/aclose: what to throw, else VAL_UNBOUND */
    uint8_t state;              /* AgenOpState */
    bool closing;               /* aclose(): a yielded value is an error */
} AgenOpObj;

static void agen_op_trace(GC *gc, Obj *o)
{
    AgenOpObj *op = (AgenOpObj *)o;
    gc_mark_obj(gc, (Obj *)op->gen);
    gc_mark_value(gc, op->sent);
    gc_mark_value(gc, op->exc);
}

extern TypeObj AsyncGenASendType, AsyncGenAThrowType;

static Value agen_op_new(Thread *t, TypeObj *type, Value gen, Value sent, Value exc, bool closing)
{
    AgenOpObj *op = gc_alloc(t, type, sizeof(AgenOpObj));
    if (!op) return VAL_ERROR;
    op->gen = (GenObj *)val_as_obj(gen);
    op->sent = sent;
    op->exc = exc;
    op->state = OP_STATE_INIT;
    op->closing = closing;
    return val_from_obj(op);
}

/* Did the generator's last yield hand a value to its iterator (rather
 * than pass an awaited future through)? */
static bool yielded_value(GenObj *g)
{
    if (g->innermost) return false;
    uint32_t w = g->frame->code->code[g->frame->pc - 1];
    return INSTR_OP(w) == OP_YIELD_VALUE && INSTR_ARG(w) == YIELD_ASYNC_GEN_VALUE;
}

/* Tells the running event loop about an async generator on its first
 * iteration (and that it finished), so the loop can close the ones left
 * suspended when it shuts down (loop.shutdown_asyncgens). */
static int tell_loop(Thread *t, GenObj *g, const char *method)
{
    if (t->running_loop == VAL_NONE) return 0;
    Value gv = val_from_obj(g);
    Value r = op_call_method(t, t->running_loop, str_intern(t, method), &gv, 1);
    return r == VAL_ERROR ? -1 : 0;
}

/* Resumes the generator for op and interprets the outcome. */
static Value agen_op_step(Thread *t, AgenOpObj *op, Value sent, Value exc)
{
    GenObj *g = op->gen;
    if (op->state == OP_STATE_CLOSED)
        return exc_raise(t, &RuntimeErrorType, "cannot reuse already awaited %s",
                         op->base.type == &AsyncGenASendType ? "__anext__()/asend()" : "aclose()/athrow()");
    if (op->state == OP_STATE_INIT) {
        if (g->running_async) {
            op->state = OP_STATE_CLOSED;
            return exc_raise(t, &RuntimeErrorType, op->base.type == &AsyncGenASendType
                             ? "anext(): asynchronous generator is already running"
                             : "athrow(): asynchronous generator is already running");
        }
        if (op->exc != VAL_UNBOUND) {
            if (g->state == GEN_FINISHED || (op->closing && g->state == GEN_CREATED)) {
                op->state = OP_STATE_CLOSED;
                g->state = GEN_FINISHED;
                if (op->closing) return gen_stop_with(t, VAL_NONE);
                return exc_raise_value(t, &StopAsyncIterationType, VAL_UNBOUND);
            }
            exc = op->exc;
        } else if (sent == VAL_NONE) {
            sent = op->sent;
        }
        if (!g->hooked && t->running_loop != VAL_NONE) {
            g->hooked = true;
            if (tell_loop(t, g, "_asyncgen_firstiter") < 0) return VAL_ERROR;
        }
        op->state = OP_STATE_ITER;
        g->running_async = true;
    }
    if (g->state == GEN_FINISHED && exc == VAL_UNBOUND) {
        op->state = OP_STATE_CLOSED;
        g->running_async = false;
        return exc_raise_value(t, &StopAsyncIterationType, VAL_UNBOUND);
    }
    bool returned;
    Value r = gen_resume(t, g, sent, exc, &returned);
    if (r != VAL_ERROR && !returned && !yielded_value(g)) return r;   /* an await inside the body */
    op->state = OP_STATE_CLOSED;
    g->running_async = false;
    if (g->hooked && g->state == GEN_FINISHED) {
        g->hooked = false;
        Value saved = exc_fetch(t);
        gc_push_root(t, saved);
        gc_push_root(t, r);
        int rc = tell_loop(t, g, "_asyncgen_finished");
        gc_pop_roots(t, 2);
        if (rc < 0) return VAL_ERROR;
        t->exc = saved;
    }
    if (r == VAL_ERROR) {
        if (op->closing && (exc_matches(t, &StopAsyncIterationType) || exc_matches(t, &GeneratorExitType))) {
            exc_clear(t);
            return gen_stop_with(t, VAL_NONE);
        }
        return r;
    }
    if (returned) {
        if (op->closing) return gen_stop_with(t, VAL_NONE);
        return exc_raise_value(t, &StopAsyncIterationType, VAL_UNBOUND);
    }
    if (op->closing) return exc_raise(t, &RuntimeErrorType, "async generator ignored GeneratorExit");
    return gen_stop_with(t, r);
}

static Value agen_op_next(Thread *t, Value self)
{
    return agen_op_step(t, (AgenOpObj *)val_as_obj(self), VAL_NONE, VAL_UNBOUND);
}

static Value agen_op_send(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "send", nargs, 2, 2) < 0 || arg_no_kw(t, "send", kw) < 0) return VAL_ERROR;
    return agen_op_step(t, (AgenOpObj *)val_as_obj(args[0]), args[1], VAL_UNBOUND);
}

static Value agen_op_next_method(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__next__", nargs, 1, 1) < 0 || arg_no_kw(t, "__next__", kw) < 0) return VAL_ERROR;
    return agen_op_next(t, args[0]);
}

static Value agen_op_throw(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "throw", nargs, 2, 4) < 0 || arg_no_kw(t, "throw", kw) < 0) return VAL_ERROR;
    Value e = gen_throw_arg(t, args + 1, nargs - 1);
    if (e == VAL_ERROR) return e;
    gc_push_root(t, e);
    AgenOpObj *op = (AgenOpObj *)val_as_obj(args[0]);
    Value r;
    if (op->state == OP_STATE_INIT) {
        /* Not started: the exception is raised right here. */
        op->state = OP_STATE_CLOSED;
        r = exc_raise_obj(t, e);
    } else {
        r = agen_op_step(t, op, VAL_NONE, e);
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value agen_op_close(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "close", nargs, 1, 1) < 0 || arg_no_kw(t, "close", kw) < 0) return VAL_ERROR;
    AgenOpObj *op = (AgenOpObj *)val_as_obj(args[0]);
    if (op->state == OP_STATE_ITER) op->gen->running_async = false;
    op->state = OP_STATE_CLOSED;
    return VAL_NONE;
}

static const MethodDef agen_op_methods[] = {
    { "send", agen_op_send, 0 },
    { "throw", agen_op_throw, 0 },
    { "close", agen_op_close, 0 },
    { "__next__", agen_op_next_method, 0 },
    { "__await__", gen_await_self, 0 },
    { NULL, NULL, 0 },
};

TypeObj AsyncGenASendType = {
    .base = { .type = &TypeType },
    .name = "async_generator_asend",
    .base_type = &ObjectType,
    .instance_size = sizeof(AgenOpObj),
    .trace = agen_op_trace,
    .iter = op_iter_self,
    .next = agen_op_next,
    .methods = agen_op_methods,
};

TypeObj AsyncGenAThrowType = {
    .base = { .type = &TypeType },
    .name = "async_generator_athrow",
    .base_type = &ObjectType,
    .instance_size = sizeof(AgenOpObj),
    .trace = agen_op_trace,
    .iter = op_iter_self,
    .next = agen_op_next,
    .methods = agen_op_methods,
};

/* ---- the async generator's own methods ------------------------------------- */

static Value agen_aiter(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__aiter__", nargs, 1, 1) < 0 || arg_no_kw(t, "__aiter__", kw) < 0) return VAL_ERROR;
    return args[0];
}

static Value agen_anext(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__anext__", nargs, 1, 1) < 0 || arg_no_kw(t, "__anext__", kw) < 0) return VAL_ERROR;
    return agen_op_new(t, &AsyncGenASendType, args[0], VAL_NONE, VAL_UNBOUND, false);
}

static Value agen_asend(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "asend", nargs, 2, 2) < 0 || arg_no_kw(t, "asend", kw) < 0) return VAL_ERROR;
    return agen_op_new(t, &AsyncGenASendType, args[0], args[1], VAL_UNBOUND, false);
}

static Value agen_athrow(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "athrow", nargs, 2, 4) < 0 || arg_no_kw(t, "athrow", kw) < 0) return VAL_ERROR;
    Value e = gen_throw_arg(t, args + 1, nargs - 1);
    if (e == VAL_ERROR) return e;
    gc_push_root(t, e);
    Value r = agen_op_new(t, &AsyncGenAThrowType, args[0], VAL_NONE, e, false);
    gc_pop_roots(t, 1);
    return r;
}

static Value agen_aclose(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "aclose", nargs, 1, 1) < 0 || arg_no_kw(t, "aclose", kw) < 0) return VAL_ERROR;
    Value e = exc_new(t, &GeneratorExitType, NULL, 0);
    if (e == VAL_ERROR) return e;
    gc_push_root(t, e);
    Value r = agen_op_new(t, &AsyncGenAThrowType, args[0], VAL_NONE, e, true);
    gc_pop_roots(t, 1);
    return r;
}

static Value agen_repr(Thread *t, Value self)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<async_generator object %s at %p>", g->qualname->data, (void *)g);
    return strbuf_finish(t, &b);
}

static Value agen_getattr(Thread *t, Value self, StrObj *name)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    if (name == NAME(t, name)) return val_from_obj(g->name);
    if (name == NAME(t, qualname)) return val_from_obj(g->qualname);
    if (str_eq_cstr(name, "ag_running")) return val_from_bool(g->running_async);
    if (str_eq_cstr(name, "ag_code")) return val_from_obj(g->frame->code);
    return generic_getattr(t, self, name);
}

static const MethodDef agen_methods[] = {
    { "__aiter__", agen_aiter, 0 },
    { "__anext__", agen_anext, 0 },
    { "asend", agen_asend, 0 },
    { "athrow", agen_athrow, 0 },
    { "aclose", agen_aclose, 0 },
    { NULL, NULL, 0 },
};

TypeObj AsyncGenType = {
    .base = { .type = &TypeType },
    .name = "async_generator",
    .base_type = &ObjectType,
    .instance_size = sizeof(GenObj),
    .trace = gen_trace,
    .repr = agen_repr,
    .getattr = agen_getattr,
    .methods = agen_methods,
};
