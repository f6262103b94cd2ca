/*
 * obj_range.c -- range, its iterator, slice, and the conversion of
 * subscripts to indexes that every sequence shares.
 *
 * Range arithmetic is done in uint64 where an intermediate result could
 * leave int64 (start + i*step for i up to len stays inside the range's
 * bounds, so the wrapped result is exact).
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
#include "strbuf.h"

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

/* An int argument of range() and friends. */
static int index_arg(Thread *t, Value v, int64_t *out)
{
    int r = slice_as_index(t, v, &OverflowErrorType, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer", v);
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
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "slice(");
    for (int i = 0; i < 3; i++) {
        Value r = op_repr(t, fields[i]);
        if (r == VAL_ERROR) {
            strbuf_free(&b);
            return VAL_ERROR;
        }
        if (i) strbuf_puts(&b, ", ");
        strbuf_put_str(&b, r);
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
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

static Value slice_indices_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "slice.indices", kwnames) < 0 ||
        arg_count(t, "slice.indices", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    int64_t len, start, stop, step, n;
    if (index_arg(t, args[1], &len) < 0) return VAL_ERROR;
    if (len < 0) return exc_raise(t, &ValueErrorType, "length should not be negative");
    if (slice_indices(t, args[0], len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
    /* the adjusted values are small ints or fit int64 */
    uint32_t mark = gc_root_mark(t);
    Value vals[3];
    int64_t raw[3] = { start, stop, step };
    for (int i = 0; i < 3; i++) {
        vals[i] = int_from_i64(t, raw[i]);
        if (vals[i] == VAL_ERROR) {
            gc_root_reset(t, mark);
            return VAL_ERROR;
        }
        gc_push_root(t, vals[i]);
    }
    Value r = tuple_from_array(t, vals, 3);
    gc_root_reset(t, mark);
    return r;
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

static int range_length(Thread *t, int64_t start, int64_t stop, int64_t step, int64_t *len)
{
    uint64_t n = 0;
    if (step > 0 && start < stop)
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    if (n > INT64_MAX) {
        exc_raise(t, &OverflowErrorType, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *len = (int64_t)n;
    return 0;
}

Value range_new(Thread *t, int64_t start, int64_t stop, int64_t step)
{
    int64_t len;
    if (step == 0) return exc_raise(t, &ValueErrorType, "range() arg 3 must not be zero");
    if (range_length(t, start, stop, step, &len) < 0) return VAL_ERROR;
    RangeObj *r = gc_alloc(t, &RangeType, sizeof(RangeObj));
    if (!r) return VAL_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return val_from_obj(r);
}

static Value range_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    int64_t v[3] = { 0, 0, 1 };
    if (arg_no_kw(t, "range", kwnames) < 0 || arg_count(t, "range", nargs, 1, 3) < 0)
        return VAL_ERROR;
    for (int i = 0; i < nargs; i++)
        if (index_arg(t, args[i], &v[i]) < 0) return VAL_ERROR;
    if (nargs == 1) return range_new(t, 0, v[0], 1);
    return range_new(t, v[0], v[1], v[2]);
}

static inline int64_t range_at(const RangeObj *r, int64_t i)
{
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
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

/* An exact int (or bool) as int64: 1 ok, 0 not such an int or too big
 * to be in any range, with nothing raised. */
static int exact_int_value(Thread *t, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 1;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return 1;
    }
    if (!val_is_type(v, &IntType)) return 0;
    if (int_as_i64(t, v, out) == 0) return 1;
    exc_clear(t);
    return 0;
}

static int64_t range_len(Thread *t, Value self)
{
    (void)t;
    return RANGE(self)->len;
}

static Value range_getitem(Thread *t, Value self, Value key)
{
    RangeObj *r = RANGE(self);
    if (slice_check(key)) {
        int64_t s0, s1, st, n, start, stop, step;
        if (slice_indices(t, key, r->len, &s0, &s1, &st, &n) < 0) return VAL_ERROR;
        if (__builtin_mul_overflow(st, r->step, &step) ||
            __builtin_mul_overflow(s0, r->step, &start) ||
            __builtin_add_overflow(start, r->start, &start) ||
            __builtin_mul_overflow(s1, r->step, &stop) ||
            __builtin_add_overflow(stop, r->start, &stop))
            return exc_raise(t, &OverflowErrorType, "Python int too large to convert to C ssize_t");
        return range_new(t, start, stop, step);
    }
    int64_t i;
    if (slice_subscript_index(t, key, "range", &i) < 0) return VAL_ERROR;
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return exc_raise(t, &IndexErrorType, "range object index out of range");
    return int_from_i64(t, range_at(r, i));
}

/* Looks for items == x, for operands that are not ints: returns the
 * first index (or, when count is given, counts them all and returns -1),
 * -1 if there is none, -2 on error. */
static int64_t range_search(Thread *t, RangeObj *r, Value x, int64_t *count)
{
    for (int64_t i = 0; i < r->len; i++) {
        Value v = int_from_i64(t, range_at(r, i));
        if (v == VAL_ERROR) return -2;
        gc_push_root(t, v);
        int eq = op_eq(t, v, x);
        gc_pop_roots(t, 1);
        if (eq < 0) return -2;
        if (eq) {
            if (!count) return i;
            (*count)++;
        }
    }
    return -1;
}

static int range_contains(Thread *t, Value self, Value item)
{
    RangeObj *r = RANGE(self);
    int64_t v;
    if (exact_int_value(t, item, &v)) return range_has(r, v);
    if (val_is_type(item, &IntType)) return 0;     /* beyond int64 */
    int64_t i = range_search(t, r, item, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Value range_iter_make(Thread *t, RangeObj *r, bool reversed)
{
    RangeIterObj *it = gc_alloc(t, &RangeIterType, sizeof(RangeIterObj));
    if (!it) return VAL_ERROR;
    it->remaining = r->len;
    if (reversed) {
        it->next = (uint64_t)range_at(r, r->len - 1);
        it->step = 0 - (uint64_t)r->step;
    } else {
        it->next = (uint64_t)r->start;
        it->step = (uint64_t)r->step;
    }
    return val_from_obj(it);
}

static Value range_iter(Thread *t, Value self)
{
    return range_iter_make(t, RANGE(self), false);
}

static Value range_repr(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    char buf[96];
    if (r->step == 1)
        snprintf(buf, sizeof buf, "range(%" PRId64 ", %" PRId64 ")", r->start, r->stop);
    else
        snprintf(buf, sizeof buf, "range(%" PRId64 ", %" PRId64 ", %" PRId64 ")",
                 r->start, r->stop, r->step);
    return str_from_cstr(t, buf);
}

static Value range_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(a, &RangeType) || !val_is_type(b, &RangeType))
        return VAL_NOTIMPL;
    RangeObj *x = RANGE(a), *y = RANGE(b);
    /* equal as sequences: the same length, first item and (if it
     * matters) step */
    bool eq = x == y || (x->len == y->len &&
                         (x->len == 0 || (x->start == y->start &&
                                          (x->len == 1 || x->step == y->step))));
    return val_from_bool(eq == (op == CMP_EQ));
}

/* hash((len, start, step)) with None for the fields that do not matter,
 * as CPython does. */
static int64_t range_hash(Thread *t, Value self)
{
    RangeObj *r = RANGE(self);
    int64_t none = op_hash(t, VAL_NONE);
    if (none == -1) return -1;
    uint64_t acc = tuple_hash_add(TUPLE_HASH_INIT, i64_hash(r->len));
    acc = tuple_hash_add(acc, r->len == 0 ? none : i64_hash(r->start));
    acc = tuple_hash_add(acc, r->len <= 1 ? none : i64_hash(r->step));
    return tuple_hash_finish(acc, 3, true);
}

static Value range_index_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.index", kwnames) < 0 ||
        arg_count(t, "range.index", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    RangeObj *r = RANGE(args[0]);
    int64_t v;
    if (exact_int_value(t, args[1], &v)) {
        if (!range_has(r, v)) return exc_raise(t, &ValueErrorType, "%R is not in range", args[1]);
        uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
        uint64_t mag = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return int_from_i64(t, (int64_t)(dist / mag));
    }
    if (val_is_type(args[1], &IntType))
        return exc_raise(t, &ValueErrorType, "%R is not in range", args[1]);
    int64_t i = range_search(t, r, args[1], NULL);
    if (i == -2) return VAL_ERROR;
    if (i == -1) return exc_raise(t, &ValueErrorType, "sequence.index(x): x not in sequence");
    return int_from_i64(t, i);
}

static Value range_count_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.count", kwnames) < 0 ||
        arg_count(t, "range.count", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    RangeObj *r = RANGE(args[0]);
    int64_t v, n = 0;
    if (exact_int_value(t, args[1], &v)) return val_from_small(range_has(r, v));
    if (val_is_type(args[1], &IntType)) return val_from_small(0);
    if (range_search(t, r, args[1], &n) == -2) return VAL_ERROR;
    return int_from_i64(t, n);
}

static Value range_reversed_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "range.__reversed__", kwnames) < 0 ||
        arg_count(t, "range.__reversed__", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    return range_iter_make(t, RANGE(args[0]), true);
}

static Value range_get_start(Thread *t, Value self) { return int_from_i64(t, RANGE(self)->start); }
static Value range_get_stop(Thread *t, Value self) { return int_from_i64(t, RANGE(self)->stop); }
static Value range_get_step(Thread *t, Value self) { return int_from_i64(t, RANGE(self)->step); }

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
    .new_ = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .methods = range_methods,
    .getset = range_getset,
};

/* ---- range iterator ---- */

static Value rangeiter_iter(Thread *t, Value self)
{
    (void)t;
    return self;
}

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

TypeObj RangeIterType = {
    .base = { .type = &TypeType },
    .name = "range_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(RangeIterObj),
    .iter = rangeiter_iter,
    .next = rangeiter_next,
};
