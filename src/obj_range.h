/*
 * obj_range.h -- range and slice, and the index conversions sequences use
 * for subscripts.
 *
 * A range whose start, stop, step and length all fit int64 keeps them as
 * int64 (the common case, with int64 fast paths); any other range keeps
 * them as int Values (the "big" form, any size, as CPython allows).  Each
 * range has exactly one form, chosen from its values.  Its iterators are
 * range_iterator (int64) and longrange_iterator (ints), picked by
 * CPython's rules.  A slice keeps its three fields as given (VAL_NONE
 * where omitted); slice_indices applies Python's clamping rules for a
 * sequence length.
 */
#ifndef ASTER_OBJ_RANGE_H
#define ASTER_OBJ_RANGE_H

#include "object.h"

/* The fields of a range as exact ints. */
typedef struct RangeVals {
    Value start, stop, step, len;
} RangeVals;

/* A range.  The small form keeps its fields here; in the big form step
 * is 0 (never a range's step) and the object is a BigRangeObj, which
 * keeps them as ints. */
typedef struct RangeObj {
    Obj base;
    int64_t start, stop, step, len;
} RangeObj;

typedef struct BigRangeObj {
    RangeObj r;                         /* r.step == 0 */
    RangeVals v;
} BigRangeObj;

typedef struct SliceObj {
    Obj base;
    Value start, stop, step;    /* VAL_NONE where omitted */
} SliceObj;

#define RANGE(v) ((RangeObj *)val_as_obj(v))
#define SLICE(v) ((SliceObj *)val_as_obj(v))
static inline bool slice_check(Value v) { return val_is_type(v, &SliceType); }

/* The iterator over ints CPython uses where an int64 one cannot do
 * (range_iterator is RangeIterType, object.h).  It must be on the
 * interpreter's static type list. */

/* range(start, stop, step) from C; ValueError when step is 0.  May
 * collect. */
Value range_new(Thread *t, int64_t start, int64_t stop, int64_t step);

/* A new slice.  The three values are rooted here.  May collect. */
Value slice_new(Thread *t, Value start, Value stop, Value step);
/* Python's slice.indices(len) plus the resulting length: step 0 raises
 * ValueError "slice step cannot be zero", non-index fields TypeError.
 * May run __index__ (script code). */
int slice_indices(Thread *t, Value slice, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen);

/* v as an int64: ints, bools and objects with __index__.  Returns 1 and
 * sets *out; returns 0, raising nothing, when v is none of these (the
 * caller words the TypeError); -1 on error.  Ints outside int64 raise
 * `overflow` ("cannot fit 'int' into an index-sized integer") or, when
 * overflow is NULL, clamp to INT64_MIN / INT64_MAX.  May run __index__. */
int slice_as_index(Thread *t, Value v, TypeObj *overflow, int64_t *out);

/* A sequence subscript that is not a slice, as an index: TypeError
 * "<what> indices must be integers or slices, not T", IndexError for ints
 * outside int64.  0 on success, -1 on error. */
int slice_subscript_index(Thread *t, Value key, const char *what, int64_t *out);

#endif
