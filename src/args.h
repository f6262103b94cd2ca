/*
 * args.h -- argument parsing for native functions.
 *
 * spec is a comma-separated list of parameter names with three markers:
 *   '/'  the parameters before it are positional-only
 *   '|'  the parameters after it are optional
 *   '$'  the parameters after it are keyword-only (and optional)
 * e.g. "iterable/|$key,reverse" for sorted, "x|base" for int.
 * out[i] receives parameter i, VAL_UNBOUND when an optional one is not
 * given.  Errors are CPython's TypeErrors: "f() takes at most 2 arguments
 * (3 given)", "f() missing required argument 'x' (pos 1)", "'y' is an
 * invalid keyword argument for f()", "argument for f() given by name
 * ('x') and position (1)".  At most ARG_PARAMS_MAX parameters.
 */
#ifndef ASTER_ARGS_H
#define ASTER_ARGS_H

#include "object.h"

#define ARG_PARAMS_MAX 16

/* Returns 0, or -1 with TypeError set.  Never allocates except to raise. */
int arg_parse(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
              const char *spec, Value *out);
/* TypeError "f() takes no keyword arguments" when kwnames is set. */
int arg_no_kw(Thread *t, const char *fname, TupleObj *kwnames);
/* Checks min <= nargs <= max (max -1: no limit) with Python's messages:
 * "f() takes exactly one argument (2 given)", "f() takes no arguments
 * (1 given)", "f expected 2 arguments, got 1", "f expected at most 3
 * arguments, got 4", "f expected at least 1 argument, got 0". */
int arg_count(Thread *t, const char *fname, int nargs, int min, int max);
/* The same, always in the "f expected 1 argument, got 0" form, which
 * CPython uses for some one-argument functions too (sorted, reversed). */
int arg_count_expected(Thread *t, const char *fname, int nargs, int min, int max);
/* For a method taking nothing but self (nargs counts self): arg_no_kw
 * and arg_count with no arguments. */
int arg_none(Thread *t, const char *fname, int nargs, TupleObj *kwnames);
/* Finds a keyword argument by name (for natives taking *args): the
 * value, or VAL_UNBOUND. */
Value arg_kw(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name);
/* An integer argument converted as CPython converts to Py_ssize_t:
 * through __index__, TypeError "'str' object cannot be interpreted as an
 * integer", OverflowError "Python int too large to convert to C ssize_t".
 * Returns 0, or -1 with the exception set. */
int arg_ssize(Thread *t, Value v, int64_t *out);

#endif
