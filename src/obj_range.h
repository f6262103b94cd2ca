/*
 * obj_range.h -- range and slice, and the index conversions sequences use
 * for subscripts.
 *
 * A range keeps its bounds as int64 plus its precomputed length; values
 * beyond int64 raise OverflowError (CPython allows any int there).  A
 * slice keeps its three fields as given (VAL_NONE where omitted);
 * slice_indices applies Python's clamping rules for a sequence length.
 */
#ifndef ASTER_OBJ_RANGE_H
#define ASTER_OBJ_RANGE_H

#include "object.h"

typedef struct RangeObj {
    Obj base;
    int64_t start, stop, step, len;
} RangeObj;

typedef struct SliceObj {
    Obj base;
    Value start, stop, step;    /* VAL_NONE where omitted */
} SliceObj;

#define RANGE(v) ((RangeObj *)val_as_obj(v))
#define SLICE(v) ((SliceObj *)val_as_obj(v))
static inline bool slice_check(Value v) { return val_is_type(v, &SliceType); }

/* range(start, stop, step) from C; ValueError when step is 0,
 * OverflowError when the length does not fit int64.  May collect. */
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
