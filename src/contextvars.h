/*
 * contextvars.h -- contexts and context variables (the contextvars
 * module), and the C API the asyncio core uses to run callbacks and task
 * steps in a context.
 *
 * Each thread has one current Context (Thread.context, VAL_NONE until
 * first needed, then an empty Context made on the spot).  A ContextVar's
 * value is looked up in the current context; entering another context
 * (Context.run, a task step) swaps Thread.context and restores it after.
 * Copying a context is O(1): see mod_contextvars.c.
 */
#ifndef ASTER_CONTEXTVARS_H
#define ASTER_CONTEXTVARS_H

#include "object.h"

extern TypeObj ContextType, ContextVarType, TokenType, TokenMissingType;
extern TypeObj ContextKeysType, ContextValuesType, ContextItemsType;

/* For the interpreter's list of static types. */
#define CONTEXTVARS_TYPES \
    &ContextType, &ContextVarType, &TokenType, &TokenMissingType, \
    &ContextKeysType, &ContextValuesType, &ContextItemsType,

/* Is v a Context. */
static inline bool context_check(Value v) { return val_is_type(v, &ContextType); }

/* The thread's current Context, made (empty) on first use.  May collect;
 * VAL_ERROR only on MemoryError. */
Value context_current(Thread *t);
/* copy_context(): a new Context holding the current one's variables.
 * O(1).  May collect; VAL_ERROR only on MemoryError. */
Value context_copy_current(Thread *t);
/* Makes ctx the current context until context_exit; -1 with RuntimeError
 * set when ctx is already entered.  Never allocates except to raise. */
int context_enter(Thread *t, Value ctx);
/* Leaves ctx, which must be the current context, entered by
 * context_enter: the context current before it is restored.  Never fails
 * and leaves any pending exception alone. */
void context_exit(Thread *t, Value ctx);
/* ctx.run(callable, *args, **kwargs) for C callers: enters ctx, calls,
 * and leaves ctx again even when the call raises.  The result, or
 * VAL_ERROR with the exception set.  Runs script code. */
Value context_run(Thread *t, Value ctx, Value callable, Value *args, int nargs, TupleObj *kwnames);

#endif
