/*
 * obj_range.c -- range, its iterators, slice, and the conversion of
 * subscripts to indexes that every sequence shares.
 *
 * Small-form range arithmetic is done in uint64 where an intermediate
 * result could leave int64 (start + i*step for i up to len stays inside
 * the range's bounds, so the wrapped result is exact).  Big-form ranges,
 * and the general paths any range may take (slices with big or __index__
 * fields, comparisons across the two forms), compute on exact ints with
 * int_binary and int_compare, as CPython does for every range.
 */
#include <inttypes.h>
#include <stdio.h>
#include "obj_range.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"

/* ---- index conversions ---- */

int slice_as_index(Thread *t, Value v, TypeObj *overflow, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 1;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return 1;
    }
    if (int_check(v)) {
        if (int_as_i64(t, v, out) == 0) return 1;
        if (!exc_matches(t, &OverflowErrorType)) return -1;
        exc_clear(t);
        if (overflow) {
            exc_raise(t, overflow, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return 1;
    }
    if (type_lookup(val_type(v), NAME(t, index)) == VAL_UNBOUND) return 0;
    return op_index(t, v, out) < 0 ? -1 : 1;
}

int slice_subscript_index(Thread *t, Value key, const char *what, int64_t *out)
{
    int r = slice_as_index(t, key, &IndexErrorType, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType, "%s indices must be integers or slices, not %T", what, key);
    return r == 1 ? 0 : -1;
}


/* Python's numeric hash of an int64 (what int_hash gives for it). */
static int64_t i64_hash(int64_t v)
{
    const uint64_t modulus = (UINT64_C(1) << 61) - 1;
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(mag % modulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- exact ints ---- */

_Static_assert(sizeof(long) == sizeof(int64_t), "mpz_get_si must give an int64");

/* What CPython's range treats as an int: exact ints and bools (not
 * instances of subclasses, which compare with ==). */
static bool exact_int(Value v)
{
    return val_is_int(v) || val_is_bool(v) || val_is_type(v, &IntType);
}

/* The int v as an int64 when it fits, without raising. */
static bool int_fits(Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    mpz_srcptr z = ((IntObj *)val_as_obj(v))->z;
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

static Value iadd(Thread *t, Value a, Value b) { return int_binary(t, BINOP_ADD, a, b); }
static Value isub(Thread *t, Value a, Value b) { return int_binary(t, BINOP_SUB, a, b); }
static Value imul(Thread *t, Value a, Value b) { return int_binary(t, BINOP_MUL, a, b); }

/* Roots v (unless it is VAL_ERROR) until the caller resets its root
 * mark, and returns it. */
static Value keep(Thread *t, Value v)
{
    if (v != VAL_ERROR) gc_push_root(t, v);
    return v;
}

/* v as an exact int, through __index__ for other types: 1 with *out
 * set, 0 when v has no __index__ (nothing raised), -1 on error. */
static int index_int(Thread *t, Value v, Value *out)
{
    if (!int_check(v)) {
        if (type_lookup(val_type(v), NAME(t, index)) == VAL_UNBOUND) return 0;
        v = op_call_method(t, v, NAME(t, index), NULL, 0);
        if (v == VAL_ERROR) return -1;
        if (!int_check(v)) {
            exc_raise(t, &TypeErrorType, "__index__ returned non-int (type %T)", v);
            return -1;
        }
    }
    gc_push_root(t, v);
    *out = int_exact(t, v);
    gc_pop_roots(t, 1);
    return *out == VAL_ERROR ? -1 : 1;
}

/* ---- slice ---- */

Value slice_new(Thread *t, Value start, Value stop, Value step)
{
    gc_push_root(t, start);
    gc_push_root(t, stop);
    gc_push_root(t, step);
    SliceObj *s = gc_alloc(t, &SliceType, sizeof(SliceObj));
    gc_pop_roots(t, 3);
    if (!s) return VAL_ERROR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return val_from_obj(s);
}

static int slice_field(Thread *t, Value v, int64_t *out)
{
    int r = slice_as_index(t, v, NULL, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType,
                  "slice indices must be integers or None or have an __index__ method");
    return r == 1 ? 0 : -1;
}

/* Clamps start/stop to a sequence of length len; returns the length of
 * the slice. */
static int64_t adjust_indices(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop >= *start) return 0;
        return (int64_t)(((uint64_t)*start - (uint64_t)*stop - 1) / (0 - (uint64_t)step) + 1);
    }
    if (*start >= *stop) return 0;
    return (int64_t)(((uint64_t)*stop - (uint64_t)*start - 1) / (uint64_t)step + 1);
}

int slice_indices(Thread *t, Value slice, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen)
{
    SliceObj *s = SLICE(slice);
    *step = 1;
    if (s->step != VAL_NONE) {
        if (slice_field(t, s->step, step) < 0) return -1;
        if (*step == 0) {
            exc_raise(t, &ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        /* so that -step cannot overflow */
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == VAL_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_field(t, s->start, start) < 0) return -1;
    if (s->stop == VAL_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_field(t, s->stop, stop) < 0) return -1;
    *slicelen = adjust_indices(len, start, stop, *step);
    return 0;
}

static Value slice_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    if (arg_no_kw(t, "slice", kwnames) < 0 || arg_count(t, "slice", nargs, 1, 3) < 0)
        return VAL_ERROR;
    if (nargs == 1) return slice_new(t, VAL_NONE, args[0], VAL_NONE);
    return slice_new(t, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static void slice_trace(GC *gc, Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    gc_mark_value(gc, s->start);
    gc_mark_value(gc, s->stop);
    gc_mark_value(gc, s->step);
}

static Value slice_repr(Thread *t, Value self)
{
    SliceObj *s = SLICE(self);
    Value fields[3] = { s->start, s->stop, s->step };
    return op_repr_call(t, "slice", fields, 3, NULL);
}

/* Slices compare like the tuples (start, stop, step). */
static Value slice_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!slice_check(a) || !slice_check(b)) return VAL_NOTIMPL;
    Value ta = tuple_pack(t, 3, SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step);
    if (ta == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, ta);
    Value tb = tuple_pack(t, 3, SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step);
    Value r = tb == VAL_ERROR ? VAL_ERROR : op_compare(t, op, ta, tb);
    gc_pop_roots(t, 1);
    return r;
}

/* Like a tuple's hash, without the length. */
static int64_t slice_hash(Thread *t, Value self)
{
    SliceObj *s = SLICE(self);
    Value fields[3] = { s->start, s->stop, s->step };
    uint64_t acc = TUPLE_HASH_INIT;
    for (int i = 0; i < 3; i++) {
        int64_t h = op_hash(t, fields[i]);
        if (h == -1) return -1;
        acc = tuple_hash_add(acc, h);
    }
    return tuple_hash_finish(acc, 3, false);
}

/* A slice field as an exact int, through __index__: 0, or -1 (TypeError
 * for other types). */
static int slice_field_int(Thread *t, Value field, Value *out)
{
    int r = index_int(t, field, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType,
                  "slice indices must be integers or None or have an __index__ method");
    return r == 1 ? 0 : -1;
}

/* A slice bound for slice.indices over any length: None gives dflt, a
 * negative value counts from the end, and the result is clamped into
 * [lower, upper]. */
static Value long_bound(Thread *t, Value field, Value len, Value lower, Value upper, Value dflt)
{
    if (field == VAL_NONE) return dflt;
    Value v;
    if (slice_field_int(t, field, &v) < 0) return VAL_ERROR;
    if (int_sign(v) < 0) {
        gc_push_root(t, v);
        v = iadd(t, v, len);
        gc_pop_roots(t, 1);
        if (v != VAL_ERROR && int_compare(v, lower) < 0) v = lower;
    } else if (int_compare(v, upper) > 0) {
        v = upper;
    }
    return v;
}

/* slice.indices(len) for an int len >= 0 (rooted): out[] gets start,
 * stop and step as exact ints, rooted until the caller resets its root
 * mark.  0, or -1 on error. */
static int slice_long_indices(Thread *t, Value slice, Value len, Value out[3])
{
    SliceObj *s = SLICE(slice);
    Value step = val_from_small(1);
    if (s->step != VAL_NONE) {
        if (slice_field_int(t, s->step, &step) < 0) return -1;
        if (int_sign(step) == 0) {
            exc_raise(t, &ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        gc_push_root(t, step);
    }
    bool down = int_sign(step) < 0;
    Value lower = val_from_small(down ? -1 : 0);
    Value upper = down ? keep(t, isub(t, len, val_from_small(1))) : len;
    if (upper == VAL_ERROR) return -1;
    out[0] = keep(t, long_bound(t, s->start, len, lower, upper, down ? upper : lower));
    if (out[0] == VAL_ERROR) return -1;
    out[1] = keep(t, long_bound(t, s->stop, len, lower, upper, down ? lower : upper));
    if (out[1] == VAL_ERROR) return -1;
    out[2] = step;
    return 0;
}

static Value slice_indices_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "slice.indices", kwnames) < 0 ||
        arg_count(t, "slice.indices", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    Value len, res = VAL_ERROR, out[3];
    uint32_t mark = gc_root_mark(t);
    int r = index_int(t, args[1], &len);
    if (r == 0) exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer", args[1]);
    if (r != 1) goto done;
    gc_push_root(t, len);
    if (int_sign(len) < 0)
        exc_raise(t, &ValueErrorType, "length should not be negative");
    else if (slice_long_indices(t, args[0], len, out) == 0)
        res = tuple_from_array(t, out, 3);
done:
    gc_root_reset(t, mark);
    return res;
}

static Value slice_get_start(Thread *t, Value self) { (void)t; return SLICE(self)->start; }
static Value slice_get_stop(Thread *t, Value self) { (void)t; return SLICE(self)->stop; }
static Value slice_get_step(Thread *t, Value self) { (void)t; return SLICE(self)->step; }

static const MethodDef slice_methods[] = {
    { "indices", slice_indices_m, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef slice_getset[] = {
    { "start", slice_get_start, NULL },
    { "stop", slice_get_stop, NULL },
    { "step", slice_get_step, NULL },
    { NULL, NULL, NULL },
};

TypeObj SliceType = {
    .base = { .type = &TypeType },
    .name = "slice",
    .base_type = &ObjectType,
    .instance_size = sizeof(SliceObj),
    .trace = slice_trace,
    .new_ = slice_new_slot,
    .repr = slice_repr,
    .hash = slice_hash,
    .compare = slice_compare,
    .methods = slice_methods,
    .getset = slice_getset,
};

/* ---- range ---- */

typedef struct {
    Obj base;
    uint64_t next, step;        /* wrapping arithmetic; values fit int64 */
    int64_t remaining;
} RangeIterObj;

typedef struct {
    Obj base;
    Value next, step, remaining;        /* exact ints */
} LongRangeIterObj;

/* The number of items of an int64 range (it may exceed INT64_MAX). */
static uint64_t length_u64(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop) return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* The number of items of range(start, stop, step) over exact ints:
 * (stop - start - sign(step)) // step + 1 when it is not empty. */
static Value length_of(Thread *t, Value start, Value stop, Value step)
{
    int sign = int_sign(step), c = int_compare(start, stop);
    if ((sign > 0 && c >= 0) || (sign < 0 && c <= 0)) return val_from_small(0);
    uint32_t mark = gc_root_mark(t);
    Value n = keep(t, isub(t, stop, start));
    if (n != VAL_ERROR) n = keep(t, isub(t, n, val_from_small(sign)));
    if (n != VAL_ERROR) n = keep(t, int_binary(t, BINOP_FLOORDIV, n, step));
    if (n != VAL_ERROR) n = iadd(t, n, val_from_small(1));
    gc_root_reset(t, mark);
    return n;
}

/* The fields of a big-form range; NULL for the small form. */
static inline const RangeVals *range_big(const RangeObj *r)
{
    return r->step ? NULL : &((const BigRangeObj *)r)->v;
}

static Value range_small(Thread *t, int64_t start, int64_t stop, int64_t step, int64_t len)
{
    RangeObj *r = gc_alloc(t, &RangeType, sizeof(RangeObj));
    if (!r) return VAL_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return val_from_obj(r);
}

/* range(start, stop, step) over exact ints (step not 0), in the form its
 * values call for. */
static Value range_from_vals(Thread *t, Value start, Value stop, Value step)
{
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, start);
    gc_push_root(t, stop);
    gc_push_root(t, step);
    Value len = keep(t, length_of(t, start, stop, step)), res = VAL_ERROR;
    int64_t a, b, c, n;
    if (len == VAL_ERROR)
        ;
    else if (int_fits(start, &a) && int_fits(stop, &b) && int_fits(step, &c) && int_fits(len, &n))
        res = range_small(t, a, b, c, n);
    else {
        BigRangeObj *r = gc_alloc(t, &RangeType, sizeof(BigRangeObj));
        if (r) {
            r->r.step = 0;
            r->v = (RangeVals){ start, stop, step, len };
            res = val_from_obj(r);
        }
    }
    gc_root_reset(t, mark);
    return res;
}

/* Converts n int64s to ints, each rooted until the caller resets its
 * root mark.  0, or -1 on error. */
static int ints_from_i64s(Thread *t, const int64_t *in, Value *out, int n)
{
    for (int i = 0; i < n; i++)
        if ((out[i] = keep(t, int_from_i64(t, in[i]))) == VAL_ERROR) return -1;
    return 0;
}

/* r's fields as ints: a small range's are made and rooted until the
 * caller resets its root mark.  0, or -1 on error. */
static int range_vals(Thread *t, const RangeObj *r, RangeVals *out)
{
    const RangeVals *big = range_big(r);
    if (big) {
        *out = *big;
        return 0;
    }
    int64_t in[4] = { r->start, r->stop, r->step, r->len };
    Value v[4];
    if (ints_from_i64s(t, in, v, 4) < 0) return -1;
    *out = (RangeVals){ v[0], v[1], v[2], v[3] };
    return 0;
}

Value range_new(Thread *t, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) return exc_raise(t, &ValueErrorType, "range() arg 3 must not be zero");
    uint64_t len = length_u64(start, stop, step);
    if (len > INT64_MAX) {
        uint32_t mark = gc_root_mark(t);
        int64_t in[3] = { start, stop, step };
        Value v[3];
        Value r = ints_from_i64s(t, in, v, 3) < 0 ? VAL_ERROR : range_from_vals(t, v[0], v[1], v[2]);
        gc_root_reset(t, mark);
        return r;
    }
    return range_small(t, start, stop, step, (int64_t)len);
}

/* range(...) when some argument is not an unboxed int: any ints, and
 * __index__ for other types. */
static Value range_new_general(Thread *t, Value *args, int nargs)
{
    Value v[3] = { val_from_small(0), VAL_NONE, val_from_small(1) };
    Value *dst = nargs == 1 ? v + 1 : v;
    Value r = VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    for (int i = 0; i < nargs; i++) {
        int ok = index_int(t, args[i], &dst[i]);
        if (ok == 0)
            exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer", args[i]);
        if (ok != 1) goto done;
        gc_push_root(t, dst[i]);
    }
    if (int_sign(v[2]) == 0)
        exc_raise(t, &ValueErrorType, "range() arg 3 must not be zero");
    else
        r = range_from_vals(t, v[0], v[1], v[2]);
done:
    gc_root_reset(t, mark);
    return r;
}

static Value range_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    if (arg_no_kw(t, "range", kwnames) < 0 || arg_count(t, "range", nargs, 1, 3) < 0)
        return VAL_ERROR;
    int64_t v[3] = { 0, 0, 1 };
    int64_t *dst = nargs == 1 ? v + 1 : v;
    for (int i = 0; i < nargs; i++) {
        if (!val_is_int(args[i])) return range_new_general(t, args, nargs);
        dst[i] = val_as_int(args[i]);
    }
    return range_new(t, v[0], v[1], v[2]);
}

static void range_trace(GC *gc, Obj *o)
{
    const RangeVals *big = range_big((RangeObj *)o);
    if (!big) return;
    gc_mark_value(gc, big->start);
    gc_mark_value(gc, big->stop);
    gc_mark_value(gc, big->step);
    gc_mark_value(gc, big->len);
}

static inline int64_t range_at(const RangeObj *r, int64_t i)
{
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

/* start + i*step over ints. */
static Value vals_at(Thread *t, const RangeVals *rv, Value i)
{
    Value p = imul(t, i, rv->step);
    if (p == VAL_ERROR) return p;
    gc_push_root(t, p);
    Value r = iadd(t, rv->start, p);
    gc_pop_roots(t, 1);
    return r;
}

static bool range_has(const RangeObj *r, int64_t v)
{
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) return false;
        return ((uint64_t)v - (uint64_t)r->start) % (uint64_t)r->step == 0;
    }
    if (v > r->start || v <= r->stop) return false;
    return ((uint64_t)r->start - (uint64_t)v) % (0 - (uint64_t)r->step) == 0;
}

/* x in r for an int x (of any size): 1, 0, or -1 on error. */
static int range_has_int(Thread *t, const RangeObj *r, Value x)
{
    const RangeVals *rv = range_big(r);
    int64_t v;
    if (!rv) return int_fits(x, &v) && range_has(r, v);
    bool inside = int_sign(rv->step) > 0
        ? int_compare(rv->start, x) <= 0 && int_compare(x, rv->stop) < 0
        : int_compare(rv->stop, x) < 0 && int_compare(x, rv->start) <= 0;
    if (!inside) return 0;
    Value d = isub(t, x, rv->start);
    if (d == VAL_ERROR) return -1;
    gc_push_root(t, d);
    Value rem = int_binary(t, BINOP_MOD, d, rv->step);
    gc_pop_roots(t, 1);
    return rem == VAL_ERROR ? -1 : int_sign(rem) == 0;
}

static int64_t range_len(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    if (!big) return r->len;
    int64_t n;
    return int_as_i64(t, big->len, &n) < 0 ? -1 : n;
}

/* Not through len(), which fails for lengths beyond int64. */
static int range_truth(Thread *t, Value self)
{
    (void)t;
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    return big ? int_sign(big->len) != 0 : r->len != 0;
}

/* r[i] for an exact int i. */
static Value range_item(Thread *t, const RangeObj *r, Value i)
{
    const RangeVals *big = range_big(r);
    int64_t n;
    if (!big) {
        if (int_fits(i, &n)) {
            if (n < 0) n += r->len;
            if (n >= 0 && n < r->len) return int_from_i64(t, range_at(r, n));
        }
        return exc_raise(t, &IndexErrorType, "range object index out of range");
    }
    uint32_t mark = gc_root_mark(t);
    Value v = VAL_ERROR;
    if (int_sign(i) < 0) i = keep(t, iadd(t, i, big->len));
    if (i == VAL_ERROR)
        ;
    else if (int_sign(i) < 0 || int_compare(i, big->len) >= 0)
        exc_raise(t, &IndexErrorType, "range object index out of range");
    else
        v = vals_at(t, big, i);
    gc_root_reset(t, mark);
    return v;
}

static bool small_or_none(Value v) { return v == VAL_NONE || val_is_int(v); }

/* r[slice]: start, stop and step map through r's items.  In int64 for a
 * small range, a slice of small ints and results that fit; else on ints
 * (which also keeps __index__ of the fields from running twice). */
static Value range_slice(Thread *t, const RangeObj *r, Value key)
{
    SliceObj *s = SLICE(key);
    if (!range_big(r) && small_or_none(s->start) && small_or_none(s->stop) && small_or_none(s->step)) {
        int64_t i0, i1, st, n, start, stop, step;
        if (slice_indices(t, key, r->len, &i0, &i1, &st, &n) < 0) return VAL_ERROR;
        if (!__builtin_mul_overflow(st, r->step, &step) &&
            !__builtin_mul_overflow(i0, r->step, &start) &&
            !__builtin_add_overflow(start, r->start, &start) &&
            !__builtin_mul_overflow(i1, r->step, &stop) &&
            !__builtin_add_overflow(stop, r->start, &stop))
            return range_new(t, start, stop, step);
    }
    uint32_t mark = gc_root_mark(t);
    RangeVals rv;
    Value ix[3], start, stop, step, res = VAL_ERROR;
    if (range_vals(t, r, &rv) == 0 && slice_long_indices(t, key, rv.len, ix) == 0 &&
        (step = keep(t, imul(t, rv.step, ix[2]))) != VAL_ERROR &&
        (start = keep(t, vals_at(t, &rv, ix[0]))) != VAL_ERROR &&
        (stop = keep(t, vals_at(t, &rv, ix[1]))) != VAL_ERROR)
        res = range_from_vals(t, start, stop, step);
    gc_root_reset(t, mark);
    return res;
}

static Value range_getitem(Thread *t, Value self, Value key)
{
    RangeObj *r = RANGE(self);
    if (val_is_int(key)) return range_item(t, r, key);
    if (slice_check(key)) return range_slice(t, r, key);
    Value i;
    int ok = index_int(t, key, &i);
    if (ok == 0) return exc_raise(t, &TypeErrorType, "range indices must be integers or slices, not %T", key);
    if (ok < 0) return VAL_ERROR;
    gc_push_root(t, i);
    Value v = range_item(t, r, i);
    gc_pop_roots(t, 1);
    return v;
}

static Value range_iter(Thread *t, Value self);

/* Looks for items == x by iterating, as CPython does for operands that
 * are not exact ints: returns the first index (or, when count is given,
 * counts them all and returns -1), -1 if there is none, -2 on error. */
static int64_t range_search(Thread *t, Value self, Value x, int64_t *count)
{
    Value it = range_iter(t, self);
    if (it == VAL_ERROR) return -2;
    gc_push_root(t, it);
    int64_t found = -1;
    for (int64_t i = 0; found == -1; i++) {
        Value v = op_next(t, it);
        if (v == VAL_UNBOUND) break;
        if (v == VAL_ERROR) {
            found = -2;
            break;
        }
        gc_push_root(t, v);
        int eq = op_eq(t, v, x);
        gc_pop_roots(t, 1);
        if (eq < 0) found = -2;
        else if (eq && count) (*count)++;
        else if (eq) found = i;
    }
    gc_pop_roots(t, 1);
    return found;
}

static int range_contains(Thread *t, Value self, Value item)
{
    if (exact_int(item)) return range_has_int(t, RANGE(self), item);
    int64_t i = range_search(t, self, item, NULL);
    return i == -2 ? -1 : i >= 0;
}

/* Whether CPython walks r forwards with an int64 range_iterator: every
 * field fits and (its check) start + len*step cannot leave int64. */
static bool fwd_iter_small(const RangeObj *r)
{
    if (range_big(r)) return false;
    if (r->len == 0) return true;
    return r->step > 0 ? r->stop <= INT64_MAX - (r->step - 1) : r->stop >= INT64_MIN + (-1 - r->step);
}

/* The same backwards: -step and start - step must fit too. */
static bool rev_iter_small(const RangeObj *r)
{
    if (range_big(r) || r->step == INT64_MIN) return false;
    return r->step > 0 ? (uint64_t)r->start - (uint64_t)INT64_MIN >= (uint64_t)r->step
                       : (uint64_t)INT64_MAX - (uint64_t)r->start >= 0 - (uint64_t)r->step;
}

static Value small_iter_new(Thread *t, uint64_t first, uint64_t step, int64_t len)
{
    RangeIterObj *it = gc_alloc(t, &RangeIterType, sizeof(RangeIterObj));
    if (!it) return VAL_ERROR;
    it->next = first;
    it->step = step;
    it->remaining = len;
    return val_from_obj(it);
}

static Value long_iter_new(Thread *t, const RangeObj *r, bool reversed)
{
    uint32_t mark = gc_root_mark(t);
    RangeVals rv;
    Value res = VAL_ERROR, next, step, last;
    if (range_vals(t, r, &rv) < 0) goto done;
    next = rv.start;
    step = rv.step;
    /* backwards from the last item, start + (len - 1)*step */
    if (reversed && ((last = keep(t, isub(t, rv.len, val_from_small(1)))) == VAL_ERROR ||
                     (next = keep(t, vals_at(t, &rv, last))) == VAL_ERROR ||
                     (step = keep(t, isub(t, val_from_small(0), rv.step))) == VAL_ERROR))
        goto done;
    LongRangeIterObj *it = gc_alloc(t, &LongRangeIterType, sizeof(LongRangeIterObj));
    if (!it) goto done;
    it->next = next;
    it->step = step;
    it->remaining = rv.len;
    res = val_from_obj(it);
done:
    gc_root_reset(t, mark);
    return res;
}

static Value range_iter(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    if (!fwd_iter_small(r)) return long_iter_new(t, r, false);
    return small_iter_new(t, (uint64_t)r->start, (uint64_t)r->step, r->len);
}

static Value range_repr(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    if (!big) {
        char buf[96];
        if (r->step == 1)
            snprintf(buf, sizeof buf, "range(%" PRId64 ", %" PRId64 ")", r->start, r->stop);
        else
            snprintf(buf, sizeof buf, "range(%" PRId64 ", %" PRId64 ", %" PRId64 ")",
                     r->start, r->stop, r->step);
        return str_from_cstr(t, buf);
    }
    Value fields[3] = { big->start, big->stop, big->step };
    int n = int_compare(big->step, val_from_small(1)) == 0 ? 2 : 3;
    return op_repr_call(t, "range", fields, (size_t)n, NULL);
}

/* Equal as sequences: the same length, first item and (if it matters)
 * step.  1, 0, or -1 on error. */
static int range_equal(Thread *t, const RangeObj *x, const RangeObj *y)
{
    if (x == y) return 1;
    if (!range_big(x) && !range_big(y))
        return x->len == y->len &&
               (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    uint32_t mark = gc_root_mark(t);
    RangeVals a, b;
    int eq = -1;
    if (range_vals(t, x, &a) == 0 && range_vals(t, y, &b) == 0)
        eq = int_compare(a.len, b.len) == 0 &&
             (int_sign(a.len) == 0 ||
              (int_compare(a.start, b.start) == 0 &&
               (int_compare(a.len, val_from_small(1)) == 0 || int_compare(a.step, b.step) == 0)));
    gc_root_reset(t, mark);
    return eq;
}

static Value range_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(a, &RangeType) || !val_is_type(b, &RangeType))
        return VAL_NOTIMPL;
    int eq = range_equal(t, RANGE(a), RANGE(b));
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(eq == (op == CMP_EQ));
}

/* hash((len, start, step)) with None for the fields that do not matter,
 * as CPython does. */
static int64_t range_hash(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    int64_t none = op_hash(t, VAL_NONE);
    if (none == -1) return -1;
    int64_t hlen, hstart, hstep;
    bool empty, single;
    const RangeVals *big = range_big(r);
    if (big) {
        hlen = int_hash(big->len);
        hstart = int_hash(big->start);
        hstep = int_hash(big->step);
        empty = int_sign(big->len) == 0;
        single = int_compare(big->len, val_from_small(1)) == 0;
    } else {
        hlen = i64_hash(r->len);
        hstart = i64_hash(r->start);
        hstep = i64_hash(r->step);
        empty = r->len == 0;
        single = r->len == 1;
    }
    uint64_t acc = tuple_hash_add(TUPLE_HASH_INIT, hlen);
    acc = tuple_hash_add(acc, empty ? none : hstart);
    acc = tuple_hash_add(acc, empty || single ? none : hstep);
    return tuple_hash_finish(acc, 3, true);
}

static Value range_index_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.index", kwnames) < 0 ||
        arg_count(t, "range.index", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    RangeObj *r = RANGE(args[0]);
    Value x = args[1];
    if (!exact_int(x)) {
        int64_t i = range_search(t, args[0], x, NULL);
        if (i == -2) return VAL_ERROR;
        if (i == -1) return exc_raise(t, &ValueErrorType, "sequence.index(x): x not in sequence");
        return int_from_i64(t, i);
    }
    int has = range_has_int(t, r, x);
    if (has < 0) return VAL_ERROR;
    if (!has) return exc_raise(t, &ValueErrorType, "%R is not in range", x);
    const RangeVals *big = range_big(r);
    int64_t v;
    if (!big && int_fits(x, &v)) {
        uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
        uint64_t mag = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return int_from_i64(t, (int64_t)(dist / mag));
    }
    Value d = isub(t, x, big->start);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    Value i = int_binary(t, BINOP_FLOORDIV, d, big->step);
    gc_pop_roots(t, 1);
    return i;
}

static Value range_count_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.count", kwnames) < 0 ||
        arg_count(t, "range.count", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    if (exact_int(args[1])) {
        int has = range_has_int(t, RANGE(args[0]), args[1]);
        return has < 0 ? VAL_ERROR : val_from_small(has);
    }
    int64_t n = 0;
    if (range_search(t, args[0], args[1], &n) == -2) return VAL_ERROR;
    return int_from_i64(t, n);
}

static Value range_reversed_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.__reversed__", kwnames) < 0 ||
        arg_count(t, "range.__reversed__", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    RangeObj *r = RANGE(args[0]);
    if (!rev_iter_small(r)) return long_iter_new(t, r, true);
    return small_iter_new(t, (uint64_t)range_at(r, r->len - 1), 0 - (uint64_t)r->step, r->len);
}

static Value range_get_start(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    return big ? big->start : int_from_i64(t, r->start);
}

static Value range_get_stop(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    return big ? big->stop : int_from_i64(t, r->stop);
}

static Value range_get_step(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    const RangeVals *big = range_big(r);
    return big ? big->step : int_from_i64(t, r->step);
}

static const MethodDef range_methods[] = {
    { "index", range_index_m, 0 },
    { "count", range_count_m, 0 },
    { "__reversed__", range_reversed_m, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef range_getset[] = {
    { "start", range_get_start, NULL },
    { "stop", range_get_stop, NULL },
    { "step", range_get_step, NULL },
    { NULL, NULL, NULL },
};

TypeObj RangeType = {
    .base = { .type = &TypeType },
    .name = "range",
    .base_type = &ObjectType,
    .instance_size = sizeof(RangeObj),
    .trace = range_trace,
    .new_ = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .truth = range_truth,
    .compare = range_compare,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .methods = range_methods,
    .getset = range_getset,
};

/* ---- range iterators ---- */

static Value rangeiter_next(Thread *t, Value self)
{
    RangeIterObj *it = (RangeIterObj *)val_as_obj(self);
    if (it->remaining <= 0) return VAL_UNBOUND;
    Value v = int_from_i64(t, (int64_t)it->next);
    if (v == VAL_ERROR) return VAL_ERROR;
    it->next += it->step;
    it->remaining--;
    return v;
}

static Value rangeiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "range_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    RangeIterObj *it = (RangeIterObj *)val_as_obj(args[0]);
    return val_from_small(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj RangeIterType = {
    .base = { .type = &TypeType },
    .name = "range_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(RangeIterObj),
    .iter = op_iter_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};

static void longrangeiter_trace(GC *gc, Obj *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    gc_mark_value(gc, it->next);
    gc_mark_value(gc, it->step);
    gc_mark_value(gc, it->remaining);
}

static Value longrangeiter_next(Thread *t, Value self)
{
    LongRangeIterObj *it = (LongRangeIterObj *)val_as_obj(self);
    if (int_sign(it->remaining) <= 0) return VAL_UNBOUND;
    Value after = iadd(t, it->next, it->step);
    if (after == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, after);
    Value left = isub(t, it->remaining, val_from_small(1));
    gc_pop_roots(t, 1);
    if (left == VAL_ERROR) return VAL_ERROR;
    Value v = it->next;
    it->next = after;
    it->remaining = left;
    return v;
}

static Value longrangeiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "longrange_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    LongRangeIterObj *it = (LongRangeIterObj *)val_as_obj(args[0]);
    return int_sign(it->remaining) > 0 ? it->remaining : val_from_small(0);
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj LongRangeIterType = {
    .base = { .type = &TypeType },
    .name = "longrange_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(LongRangeIterObj),
    .trace = longrangeiter_trace,
    .iter = op_iter_self,
    .next = longrangeiter_next,
    .methods = longrangeiter_methods,
};
