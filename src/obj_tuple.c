/*
 * obj_tuple.c -- tuple and its iterator.
 *
 * Items are inline after the header.  An instance of a subclass is laid
 * out as [TupleObj header][len items][the subclass's extra fields]: the
 * extra bytes (instance_size - sizeof(TupleObj)) come after the items.
 */
#include <stdarg.h>
#include <stdint.h>
#include "obj_tuple.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "ops.h"
#include "strbuf.h"

#define VSIZE sizeof(Value)

typedef struct {
    Obj base;
    Value seq;                  /* the tuple, or VAL_UNBOUND once exhausted */
    size_t index;
} TupleIterObj;

static Value tuple_alloc(Thread *t, TypeObj *cls, size_t n)
{
    /* () is shared, once the interpreter has made it */
    if (n == 0 && cls == &TupleType && t->interp->empty_tuple != VAL_NONE)
        return t->interp->empty_tuple;
    if (n > (SIZE_MAX - cls->instance_size) / VSIZE) return exc_no_memory(t);
    TupleObj *o = gc_alloc(t, cls, cls->instance_size + n * VSIZE);
    if (!o) return VAL_ERROR;
    o->len = n;
    for (size_t i = 0; i < n; i++) o->items[i] = VAL_NONE;
    return val_from_obj(o);
}

Value tuple_new(Thread *t, size_t n)
{
    return tuple_alloc(t, &TupleType, n);
}

Value tuple_empty(Thread *t)
{
    return tuple_alloc(t, &TupleType, 0);
}

Value tuple_from_array(Thread *t, const Value *items, size_t n)
{
    Value r = tuple_new(t, n);
    if (r != VAL_ERROR && n) memcpy(TUPLE(r)->items, items, n * VSIZE);
    return r;
}

Value tuple_pack(Thread *t, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) gc_push_root(t, va_arg(ap, Value));
    va_end(ap);
    Value r = tuple_new(t, (size_t)n);
    if (r != VAL_ERROR) {
        va_start(ap, n);
        for (int i = 0; i < n; i++) TUPLE(r)->items[i] = va_arg(ap, Value);
        va_end(ap);
    }
    gc_pop_roots(t, n);
    return r;
}

Value tuple_from_iterable(Thread *t, Value iterable)
{
    if (val_is_type(iterable, &TupleType)) return iterable;
    if (val_is_type(iterable, &ListType))
        return tuple_from_array(t, LIST(iterable)->items, LIST(iterable)->len);
    Value l = list_from_iterable(t, iterable);
    if (l == VAL_ERROR) return l;
    gc_push_root(t, l);
    Value r = tuple_from_array(t, LIST(l)->items, LIST(l)->len);
    gc_pop_roots(t, 1);
    return r;
}

/* ---- slots ---- */

static void tuple_trace(GC *gc, Obj *o)
{
    TupleObj *tp = (TupleObj *)o;
    gc_mark_array(gc, tp->items, tp->len);
}

static Value tuple_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (cls == &TupleType && arg_no_kw(t, "tuple", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "tuple", nargs, 0, 1) < 0) return VAL_ERROR;
    Value items = nargs ? tuple_from_iterable(t, args[0]) : tuple_empty(t);
    if (cls == &TupleType || items == VAL_ERROR) return items;
    gc_push_root(t, items);
    Value r = tuple_alloc(t, cls, TUPLE(items)->len);
    if (r != VAL_ERROR && TUPLE(items)->len)
        memcpy(TUPLE(r)->items, TUPLE(items)->items, TUPLE(items)->len * VSIZE);
    gc_pop_roots(t, 1);
    return r;
}

static Value tuple_repr(Thread *t, Value self)
{
    TupleObj *tp = TUPLE(self);
    if (tp->len == 0) return str_from_cstr(t, "()");
    int r = repr_enter(t, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(t, "(...)");
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '(');
    for (size_t i = 0; i < tp->len; i++) {
        Value s = op_repr(t, tp->items[i]);
        if (s == VAL_ERROR) {
            strbuf_free(&b);
            repr_leave(t, self);
            return VAL_ERROR;
        }
        if (i) strbuf_puts(&b, ", ");
        strbuf_put_str(&b, s);
    }
    strbuf_puts(&b, tp->len == 1 ? ",)" : ")");
    repr_leave(t, self);
    return strbuf_finish(t, &b);
}

static int64_t tuple_hash(Thread *t, Value self)
{
    TupleObj *tp = TUPLE(self);
    uint64_t acc = TUPLE_HASH_INIT;
    for (size_t i = 0; i < tp->len; i++) {
        Value v = tp->items[i];
        int64_t h;
        if (val_is_int(v)) {
            /* small ints are their own hash (48 bits < 2**61 - 1) */
            h = val_as_int(v);
            if (h == -1) h = -2;
        } else {
            h = op_hash(t, v);
            if (h == -1) return -1;
        }
        acc = tuple_hash_add(acc, h);
    }
    return tuple_hash_finish(acc, tp->len, true);
}

static Value cmp_lengths(CmpOp op, size_t a, size_t b)
{
    switch (op) {
    case CMP_LT: return val_from_bool(a < b);
    case CMP_LE: return val_from_bool(a <= b);
    case CMP_EQ: return val_from_bool(a == b);
    case CMP_NE: return val_from_bool(a != b);
    case CMP_GT: return val_from_bool(a > b);
    default: return val_from_bool(a >= b);
    }
}

static Value tuple_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!tuple_check(a) || !tuple_check(b)) return VAL_NOTIMPL;
    TupleObj *x = TUPLE(a), *y = TUPLE(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return val_from_bool(op == CMP_NE);
    size_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        int r = op_eq_item(t, x->items[i], y->items[i]);
        if (r < 0) return VAL_ERROR;
        if (!r) break;
    }
    if (i >= x->len || i >= y->len) return cmp_lengths(op, x->len, y->len);
    if (op == CMP_EQ) return VAL_FALSE;
    if (op == CMP_NE) return VAL_TRUE;
    return op_compare(t, op, x->items[i], y->items[i]);
}

static int64_t tuple_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)TUPLE(self)->len;
}

static Value tuple_getitem(Thread *t, Value self, Value key)
{
    TupleObj *tp = TUPLE(self);
    int64_t i;
    if (slice_check(key)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)tp->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        if (n == (int64_t)tp->len && step == 1 && val_is_type(self, &TupleType)) return self;
        Value r = tuple_new(t, (size_t)n);
        if (r == VAL_ERROR) return r;
        for (int64_t k = 0; k < n; k++) TUPLE(r)->items[k] = tp->items[start + k * step];
        return r;
    }
    if (val_is_int(key)) i = val_as_int(key);
    else if (slice_subscript_index(t, key, "tuple", &i) < 0) return VAL_ERROR;
    if (i < 0) i += (int64_t)tp->len;
    if (i < 0 || (uint64_t)i >= tp->len) return exc_raise(t, &IndexErrorType, "tuple index out of range");
    return tp->items[i];
}

static int tuple_contains(Thread *t, Value self, Value item)
{
    TupleObj *tp = TUPLE(self);
    for (size_t i = 0; i < tp->len; i++) {
        int r = op_eq_item(t, tp->items[i], item);
        if (r) return r;
    }
    return 0;
}

static Value tuple_iter(Thread *t, Value self)
{
    TupleIterObj *it = gc_alloc(t, &TupleIterType, sizeof(TupleIterObj));
    if (!it) return VAL_ERROR;
    it->seq = self;
    return val_from_obj(it);
}

static Value tuple_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) {
        if (!tuple_check(a)) return VAL_NOTIMPL;
        if (!tuple_check(b)) {
            if (list_may_reflect(b)) return VAL_NOTIMPL;
            return exc_raise(t, &TypeErrorType, "can only concatenate tuple (not \"%T\") to tuple", b);
        }
        TupleObj *x = TUPLE(a), *y = TUPLE(b);
        if (y->len == 0 && val_is_type(a, &TupleType)) return a;
        if (x->len == 0 && val_is_type(b, &TupleType)) return b;
        Value r = tuple_new(t, x->len + y->len);
        if (r == VAL_ERROR) return r;
        memcpy(TUPLE(r)->items, x->items, x->len * VSIZE);
        memcpy(TUPLE(r)->items + x->len, y->items, y->len * VSIZE);
        return r;
    }
    if (op == BINOP_MUL) {
        bool left = tuple_check(a);
        Value seq = left ? a : b;
        int64_t n;
        int r = list_repeat_count(t, left ? b : a, &n);
        if (r <= 0) return r < 0 ? VAL_ERROR : VAL_NOTIMPL;
        TupleObj *tp = TUPLE(seq);
        if (n == 1 && val_is_type(seq, &TupleType)) return seq;
        if (n <= 0 || tp->len == 0) return tuple_empty(t);
        if ((uint64_t)n > SIZE_MAX / VSIZE / tp->len) return exc_no_memory(t);
        size_t len = tp->len, total = len * (size_t)n;
        Value res = tuple_new(t, total);
        if (res == VAL_ERROR) return res;
        for (size_t k = 0; k < total; k += len) memcpy(TUPLE(res)->items + k, tp->items, len * VSIZE);
        return res;
    }
    return VAL_NOTIMPL;
}

/* ---- methods ---- */

static int search_bound(Thread *t, Value v, int64_t len, int64_t *out)
{
    int r = slice_as_index(t, v, NULL, out);
    if (r == 0) {
        exc_raise(t, &TypeErrorType, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (r < 0) return -1;
    if (*out < 0) {
        *out += len;
        if (*out < 0) *out = 0;
    }
    return 0;
}

static Value tuple_index_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "index", kwnames) < 0 || arg_count(t, "index", nargs - 1, 1, 3) < 0)
        return VAL_ERROR;
    TupleObj *tp = TUPLE(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && search_bound(t, args[2], (int64_t)tp->len, &start) < 0) return VAL_ERROR;
    if (nargs > 3 && search_bound(t, args[3], (int64_t)tp->len, &stop) < 0) return VAL_ERROR;
    for (int64_t i = start; i < stop && (uint64_t)i < tp->len; i++) {
        int r = op_eq_item(t, tp->items[i], args[1]);
        if (r < 0) return VAL_ERROR;
        if (r) return int_from_i64(t, i);
    }
    return exc_raise(t, &ValueErrorType, "tuple.index(x): x not in tuple");
}

static Value tuple_count_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "tuple.count", kwnames) < 0 || arg_count(t, "tuple.count", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    TupleObj *tp = TUPLE(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < tp->len; i++) {
        int r = op_eq_item(t, tp->items[i], args[1]);
        if (r < 0) return VAL_ERROR;
        n += r;
    }
    return int_from_i64(t, n);
}

static const MethodDef tuple_methods[] = {
    { "index", tuple_index_m, 0 },
    { "count", tuple_count_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

TypeObj TupleType = {
    .base = { .type = &TypeType },
    .name = "tuple",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(TupleObj),
    .trace = tuple_trace,
    .new_ = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .binary = tuple_binary,
    .compare = tuple_compare,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .methods = tuple_methods,
};

/* ---- iterator ---- */

static void tupleiter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((TupleIterObj *)o)->seq);
}

static Value tupleiter_next(Thread *t, Value self)
{
    (void)t;
    TupleIterObj *it = (TupleIterObj *)val_as_obj(self);
    if (it->seq == VAL_UNBOUND) return VAL_UNBOUND;
    TupleObj *tp = TUPLE(it->seq);
    if (it->index < tp->len) return tp->items[it->index++];
    it->seq = VAL_UNBOUND;
    return VAL_UNBOUND;
}

static Value tupleiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "tuple_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    TupleIterObj *it = (TupleIterObj *)val_as_obj(args[0]);
    if (it->seq == VAL_UNBOUND) return val_from_small(0);
    return val_from_small((int64_t)(TUPLE(it->seq)->len - it->index));
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj TupleIterType = {
    .base = { .type = &TypeType },
    .name = "tuple_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(TupleIterObj),
    .trace = tupleiter_trace,
    .iter = op_iter_self,
    .next = tupleiter_next,
    .methods = tupleiter_methods,
};
