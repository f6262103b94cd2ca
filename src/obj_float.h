/*
 * obj_float.h -- float: unboxed doubles (value.h).
 *
 * The one boxed form is an instance of a subclass of float defined by a
 * script: a FloatObj (it needs a header for its type and dict).  Float
 * functions accept both and return plain unboxed floats.
 */
#ifndef ASTER_OBJ_FLOAT_H
#define ASTER_OBJ_FLOAT_H

#include "object.h"

typedef struct FloatObj {
    Obj base;
    double value;
} FloatObj;

/* True for floats and instances of float subclasses. */
static inline bool float_check(Value v)
{
    return val_is_double(v) || (val_is_obj(v) && val_isinstance(v, &FloatType));
}
/* The double of a value for which float_check holds. */
static inline double float_value(Value v)
{
    return val_is_double(v) ? val_as_double(v) : ((FloatObj *)val_as_obj(v))->value;
}

/* The shortest text that reads back as d: "0.1", "1e+20", "inf", "nan",
 * "-0.0", "3.0" -- exactly Python's repr(float).  May collect. */
Value float_repr(Thread *t, double d);
/* Same text into buf (at least 32 bytes); returns length. */
int float_repr_buf(double d, char *buf);
int64_t float_hash(double d);                   /* Python's numeric hash */
/* float(text): whitespace, underscores between digits, inf/nan words.
 * ValueError "could not convert string to float: 'x'" on failure. */
Value float_from_str(Thread *t, const char *s, size_t len);
/* Any real number to double: float, int, bool, or an object with
 * __float__ or __index__.  OverflowError for ints too large, TypeError
 * "must be real number, not str" otherwise.  May run script code. */
int float_as_double(Thread *t, Value v, double *out);
/* Arithmetic with at least one float operand (the other a float or an
 * int); VAL_NOTIMPL for other operand types and for bitwise operators. */
Value float_binary(Thread *t, BinOp op, Value a, Value b);
/* round(d, ndigits) with Python's correctly rounded semantics.  A result
 * too large to represent comes back as +-inf (float_round_value raises
 * OverflowError instead, as Python does). */
double float_round(double d, int64_t ndigits);
Value float_round_value(Thread *t, double d, int64_t ndigits);

#endif
