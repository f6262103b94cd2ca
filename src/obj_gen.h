/*
 * obj_gen.h -- generators and coroutines: an object that owns a frame.
 *
 * The frame is allocated in the same block, right after the GenObj, sized
 * by the code.  While the generator runs, its frame is linked into the
 * thread's frame chain like any other; when it yields, the frame is
 * unlinked and keeps its pc and stack for the next resume.
 */
#ifndef ASTER_OBJ_GEN_H
#define ASTER_OBJ_GEN_H

#include "frame.h"

typedef enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED } GenState;

struct GenObj {
    Obj base;
    Frame *frame;               /* points just past this header */
    Frame *innermost;           /* where a suspended await chain resumes, or NULL */
    StrObj *name, *qualname;
    CodeObj *origin_code;       /* where it was created (for "never awaited"), or NULL */
    int origin_line;
    Value exc_info;             /* the exception its except block handles, while suspended */
    Value caller_exc_info;      /* the resumer's, while running */
    uint8_t state;              /* GenState */
    bool running_async;         /* async generator: an asend/athrow is in progress */
    bool hooked;                /* async generator: its event loop knows it */
};

extern TypeObj GenType, CoroType;
extern TypeObj AsyncGenType, AsyncGenASendType, AsyncGenAThrowType;   /* obj_asyncgen.c */

/* Raises StopIteration(value) (a bare StopIteration for None). */
Value gen_stop_with(Thread *t, Value value);
/* The exception throw(type[, value]) / throw(instance) raises: args[0]
 * and the optional args[1] of a throw() call. */
Value gen_throw_arg(Thread *t, Value *args, int nargs);

/* __await__ of objects that are their own awaitable iterator. */
Value gen_await_self(Thread *t, Value *args, int nargs, TupleObj *kw);

/* g.gi_frame / cr_frame: a snapshot of its frame, or None once finished. */
Value gen_frame_snapshot(Thread *t, GenObj *g);

/* Marks what a generator references (shared with async generators). */
void gen_trace(GC *gc, Obj *o);

static inline bool gen_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type == &GenType || val_as_obj(v)->type == &CoroType);
}

/* Creates the generator or coroutine for a call of func (whose code has
 * CO_GENERATOR or CO_COROUTINE) with the arguments bound. */
Value gen_new(Thread *t, FuncObj *func, Value *args, int nargs, TupleObj *kwnames);

/* Resumes g from C with `sent` (or throws `exc` into it when exc is not
 * VAL_UNBOUND).  Returns the yielded value with *returned false, the
 * return value with *returned true, or VAL_ERROR. */
Value gen_resume(Thread *t, GenObj *g, Value sent, Value exc, bool *returned);

#endif
