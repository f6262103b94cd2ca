/*
 * mod_gc.c -- the gc module: gc.collect(), so a script can ask for its
 * garbage (and the memory it held) to go back now rather than at the
 * next automatic collection.  aster's collector is a plain mark-and-sweep
 * over the whole heap, so there are no generations to choose from.
 */
#include "args.h"
#include "frame.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "warnings.h"
#include "obj_weakref.h"

/* gc.collect(): collects at once; returns how many objects were freed
 * (CPython counts the unreachable objects its cycle collector found).
 * The weakref callbacks and the warnings (a coroutine never awaited) of
 * the collection run before it returns, as CPython's run while it frees. */
static Value gc_collect_now(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "collect", kwnames) < 0 || arg_count(t, "gc.collect", nargs, 0, 0) < 0)
        return VAL_ERROR;
    size_t before = gc_object_count(t->gc);
    /* Stale copies in the callers' value stacks would keep what the
     * script just deleted alive (weakref tests count on it dying). */
    for (Frame *f = t->frame; f; f = f->parent) frame_clear_stale(f);
    gc_collect(t);
    size_t after = gc_object_count(t->gc);
    weakref_run_callbacks(t);
    warn_flush_deferred(t);
    return val_from_small((int64_t)(before > after ? before - after : 0));
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect_now, 0},
    {NULL, NULL, 0},
};

Value mod_gc_init(Thread *t)
{
    Value m = module_new(t, "gc");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = module_add_functions(t, m, gc_functions) < 0 ? VAL_ERROR : m;
    gc_pop_roots(t, 1);
    return r;
}
