/*
 * mod_asyncio.c -- `_asyncio`, the C core that stdlib/asyncio builds on:
 * the loop, Future and Task types, the exceptions they raise, and the
 * per-thread running loop.
 */
#include "asyncio.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "module.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_type.h"
#include "ops.h"

static Value get_running_loop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_count(t, "get_running_loop", nargs, 0, 0) < 0 || arg_no_kw(t, "get_running_loop", kw) < 0)
        return VAL_ERROR;
    if (t->running_loop == VAL_NONE) return exc_raise(t, &RuntimeErrorType, "no running event loop");
    return t->running_loop;
}

static Value get_running_loop_or_none(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_count(t, "_get_running_loop", nargs, 0, 0) < 0 || arg_no_kw(t, "_get_running_loop", kw) < 0)
        return VAL_ERROR;
    return t->running_loop;
}

/* The loop hosting the REPL's top level, or None: asyncio.run may be
 * called there (asyncio.h, loop_host). */
static Value hosting_loop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_count(t, "_hosting_loop", nargs, 0, 0) < 0 || arg_no_kw(t, "_hosting_loop", kw) < 0)
        return VAL_ERROR;
    LoopObj *loop = loop_hosting(t);
    return loop ? val_from_obj(loop) : VAL_NONE;
}

/* The loop set_event_loop installed for this thread (None if none). */
static Value get_set_loop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_count(t, "_get_event_loop", nargs, 0, 0) < 0 || arg_no_kw(t, "_get_event_loop", kw) < 0)
        return VAL_ERROR;
    return t->event_loop;
}

static Value set_loop(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "_set_event_loop", nargs, 1, 1) < 0 || arg_no_kw(t, "_set_event_loop", kw) < 0)
        return VAL_ERROR;
    if (args[0] != VAL_NONE && !val_isinstance(args[0], &LoopType))
        return exc_raise(t, &TypeErrorType, "loop must be an instance of AbstractEventLoop or None, not '%s'",
                         type_name(val_type(args[0])));
    t->event_loop = args[0];
    return VAL_NONE;
}

/* What @asyncio.coroutine does to a generator function: `await` accepts
 * the generators it makes. */
static Value mark_iterable_coroutine(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "_mark_iterable_coroutine", nargs, 1, 1) < 0 || arg_no_kw(t, "_mark_iterable_coroutine", kw) < 0)
        return VAL_ERROR;
    if (!val_is_type(args[0], &FunctionType)) return exc_raise(t, &TypeErrorType, "a function is required");
    ((FuncObj *)val_as_obj(args[0]))->code->flags |= CO_ITERABLE_COROUTINE;
    return VAL_NONE;
}

static const MethodDef asyncio_functions[] = {
    { "_mark_iterable_coroutine", mark_iterable_coroutine, 0 },
    { "get_running_loop", get_running_loop, 0 },
    { "_get_running_loop", get_running_loop_or_none, 0 },
    { "_hosting_loop", hosting_loop, 0 },
    { "_get_event_loop", get_set_loop, 0 },
    { "_set_event_loop", set_loop, 0 },
    { NULL, NULL, 0 },
};

Value mod_asyncio_init(Thread *t)
{
    if (asyncio_init_types(t) < 0) return VAL_ERROR;
    Value m = module_new(t, "_asyncio");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    static TypeObj *const types[] = {
        &LoopType, &FutureType, &TaskType, &HandleType, &TimerHandleType,
        &CancelledErrorType, &InvalidStateErrorType,
    };
    int ok = module_add_functions(t, m, asyncio_functions);
    for (size_t i = 0; ok == 0 && i < sizeof types / sizeof types[0]; i++)
        ok = module_add(t, m, types[i]->name, val_from_obj(types[i]));
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
