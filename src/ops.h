/*
 * ops.h -- the generic operations: what `a + b`, `repr(x)`, `x[k]`,
 * `x.name`, `f(...)` mean for any values.  They dispatch through type
 * slots (object.h) and implement Python's rules (reflected operands,
 * comparison fallbacks, descriptors).  All may run script code, and so
 * may collect and raise.
 */
#ifndef ASTER_OPS_H
#define ASTER_OPS_H

#include "object.h"

Value op_repr(Thread *t, Value v);             /* a str */
/* "name(r1, r2, k=r3)": the reprs of n positional values, then of
 * kwnames' values (the nkw after them), the way constructors show. */
Value op_repr_call(Thread *t, const char *name, const Value *values, size_t n, TupleObj *kwnames);
Value op_str(Thread *t, Value v);              /* a str */
Value op_ascii(Thread *t, Value v);
int64_t op_hash(Thread *t, Value v);           /* -1 on error */
int op_truth(Thread *t, Value v);              /* 1, 0, -1 */

Value op_binary(Thread *t, BinOp op, Value a, Value b);
Value op_inplace(Thread *t, BinOp op, Value a, Value b);
Value op_unary(Thread *t, UnOp op, Value a);
Value op_compare(Thread *t, CmpOp op, Value a, Value b);
/* a == b as a C truth value (identity implies equal), -1 on error. */
int op_eq(Thread *t, Value a, Value b);
/* a == b between items of a container: an item always equals itself
 * (even a NaN), and both are rooted while __eq__ runs, since it may drop
 * them from the container. */
int op_eq_item(Thread *t, Value a, Value b);
/* a < b for sorting and min/max, -1 on error. */
int op_lt(Thread *t, Value a, Value b);

int64_t op_len(Thread *t, Value v);            /* -1 on error */
Value op_getitem(Thread *t, Value container, Value key);
int op_setitem(Thread *t, Value container, Value key, Value value);
int op_delitem(Thread *t, Value container, Value key);
int op_contains(Thread *t, Value container, Value item);   /* 1, 0, -1 */

Value op_iter(Thread *t, Value v);
/* The iter slot of every iterator: an iterator is its own iterator. */
Value op_iter_self(Thread *t, Value self);
/* The next item; VAL_UNBOUND when exhausted (no exception). */
Value op_next(Thread *t, Value it);

/* Attribute access.  op_getattr raises AttributeError when missing;
 * op_getattr_opt returns VAL_UNBOUND with no exception instead. */
Value op_getattr(Thread *t, Value obj, StrObj *name);
Value op_getattr_opt(Thread *t, Value obj, StrObj *name);
int op_setattr(Thread *t, Value obj, StrObj *name, Value value);
int op_delattr(Thread *t, Value obj, StrObj *name);
/* The default attribute protocol (types leave getattr/setattr NULL). */
Value generic_getattr(Thread *t, Value obj, StrObj *name);
int generic_setattr(Thread *t, Value obj, StrObj *name, Value value);
/* Finds name in type's MRO dicts without descriptors: VAL_UNBOUND if absent. */
Value type_lookup(TypeObj *type, StrObj *name);
/* The same through the interpreter's attribute cache (interned names). */
Value type_lookup_cached(Thread *t, TypeObj *type, StrObj *name);

/* Calls.  args are rooted by the caller; kwnames may be NULL. */
Value op_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kwnames);
Value op_call0(Thread *t, Value callable);
Value op_call1(Thread *t, Value callable, Value a);
Value op_call2(Thread *t, Value callable, Value a, Value b);
/* obj.name(args...) */
Value op_call_method(Thread *t, Value obj, StrObj *name, Value *args, int nargs);
/* f(first, *args, **kw), the keyword values following args. */
Value op_call_prepended(Thread *t, Value f, Value first, Value *args, int nargs, TupleObj *kw);
/* Calls f, found on self's class, as a method of self: a plain method
 * takes self as its first argument, anything else is bound first. */
Value op_call_as_method(Thread *t, Value f, Value self, Value *args, int nargs, TupleObj *kw);
/* A script function, or a builtin type's instance method: what a method
 * call may take unbound from the class. */
bool op_is_plain_method(Value m);

/* __index__: ints (and bools) to int64; TypeError naming the type. */
int op_index(Thread *t, Value v, int64_t *out);
/* format(v, spec) */
Value op_format(Thread *t, Value v, Value spec);

#endif
