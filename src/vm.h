/*
 * vm.h -- the bytecode interpreter.
 *
 * vm_run executes frames in one C loop: calls between aster functions
 * push frames and continue, and generators resumed by `for` or `yield
 * from` are linked in the same way, so aster-to-aster calls never recurse
 * in C.  C code that calls back into aster (a key function passed to
 * sorted, a __repr__ called by repr) enters vm_run again; that nesting is
 * bounded (RecursionError), and such a nested run may not suspend a task.
 */
#ifndef ASTER_VM_H
#define ASTER_VM_H

#include "frame.h"

/* Runs f (set up, arguments bound, not linked) until it returns or, for a
 * generator frame, yields (then t->yielded is true).  Returns the value or
 * VAL_ERROR.  When `throw` is not VAL_UNBOUND, it is raised at f's
 * current instruction first. */
Value vm_run(Thread *t, Frame *f, Value throw);
/* The same, starting in `start`, the bottom of an await chain whose root
 * is entry (obj_gen.c: resuming a suspended chain). */
Value vm_run_at(Thread *t, Frame *entry, Frame *start, Value throw);

/* Binds call arguments into a fresh frame's parameter slots, raising
 * Python's TypeErrors for mismatches (use vm_bind). */
int vm_bind_args(Thread *t, FuncObj *func, Value *slots, Value *args, int nargs,
                 TupleObj *kwnames);

/* The same, with the common case -- exactly the positional parameters --
 * done inline. */
static inline int vm_bind(Thread *t, FuncObj *func, Value *slots, Value *args, int nargs,
                          TupleObj *kwnames)
{
    CodeObj *co = func->code;
    if (kwnames || (uint32_t)nargs != co->argcount || co->kwonlyargcount != 0
        || (co->flags & (CO_VARARGS | CO_VARKEYWORDS)))
        return vm_bind_args(t, func, slots, args, nargs, kwnames);
    for (int i = 0; i < nargs; i++) slots[i] = args[i];
    return 0;
}

/* Calls an aster function from C. */
Value vm_call_function(Thread *t, FuncObj *func, Value *args, int nargs, TupleObj *kwnames);

/* Runs a module-level code object with the given globals. */
Value vm_run_module(Thread *t, CodeObj *code, DictObj *globals);
/* The coroutine that runs module code compiled with top-level await
 * (CO_COROUTINE) in globals, as the REPL does. */
Value vm_module_coroutine(Thread *t, CodeObj *code, DictObj *globals);

/* The globals of the innermost running frame (builtins() when none). */
DictObj *vm_globals(Thread *t);

/* locals() of the innermost running frame: its namespace dict for module
 * and class code, else a new dict of its bound local variables. */
Value vm_locals(Thread *t);
/* The same for any frame of the running chain. */
Value vm_frame_locals(Thread *t, Frame *f);

/* Raises RecursionError if C-level nesting is too deep (re-entry through
 * natives, deeply nested reprs).  Pair with vm_leave_c.  vm_enter_c_for
 * adds CPython's note on what was being done (" in comparison"). */
int vm_enter_c(Thread *t);
int vm_enter_c_for(Thread *t, const char *doing);
static inline void vm_leave_c(Thread *t);

#include "interp.h"
static inline void vm_leave_c(Thread *t) { t->c_depth--; }

/* fn(*argtuple, **kwdict); kwdict may be VAL_UNBOUND (no keywords). */
Value vm_call_ex(Thread *t, Value fn, Value argtuple, Value kwdict);

#endif
