/*
 * obj_iter.c -- enumerate, zip, map, filter, reversed, the sequence
 * iterator and the call iterator (see obj_iter.h).
 */
#include <stdio.h>

#include "obj_iter.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

typedef struct {
    Obj base;
    Value it;
    Value count;                /* the next index: an int */
} EnumerateObj;

typedef struct {
    Obj base;
    TupleObj *iters;
    bool strict;
} ZipObj;

typedef struct {
    Obj base;
    Value func;
    TupleObj *iters;
} MapObj;

typedef struct {
    Obj base;
    Value func;                 /* None: keep the true items */
    Value it;
} FilterObj;

/* reversed and the sequence iterator: seq is VAL_UNBOUND once exhausted. */
typedef struct {
    Obj base;
    Value seq;
    int64_t index;
} IndexIterObj;

typedef struct {
    Obj base;
    Value func;                 /* VAL_UNBOUND once exhausted */
    Value sentinel;
} CallIterObj;

static Value iter_repr(Thread *t, Value self)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s object at %p>", type_name(val_type(self)), (void *)val_as_obj(self));
    return strbuf_finish(t, &b);
}

static int64_t iter_hash(Thread *t, Value self)
{
    (void)t;
    return (int64_t)((uintptr_t)val_as_obj(self) >> 4);
}

/* A new zeroed object of cls (cls may be a script's subclass); zero
 * fields are valid values, and the caller fills them before allocating
 * again. */
static void *iter_alloc(Thread *t, TypeObj *cls)
{
    return gc_alloc(t, cls, cls->instance_size);
}

/* Is the pending exception the end of a __getitem__ iteration? */
static bool end_of_items(Thread *t)
{
    if (exc_matches(t, &IndexErrorType) || exc_matches(t, &StopIterationType)) {
        exc_clear(t);
        return true;
    }
    return false;
}

#define ITER_TYPE_COMMON \
    .base = { .type = &TypeType }, \
    .base_type = &ObjectType, \
    .repr = iter_repr, \
    .hash = iter_hash, \
    .iter = op_iter_self

/* ------------------------------------------------------------------ */
/* enumerate                                                           */

static void enumerate_trace(GC *gc, Obj *o)
{
    EnumerateObj *e = (EnumerateObj *)o;
    gc_mark_value(gc, e->it);
    gc_mark_value(gc, e->count);
}

static Value enumerate_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "enumerate", args, nargs, kwnames, "iterable|start", a) < 0) return VAL_ERROR;
    Value start = a[1] == VAL_UNBOUND ? val_from_small(0) : a[1];
    if (!int_check(start))
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(start)));
    if (val_is_bool(start)) start = val_from_small(start == VAL_TRUE);
    Value it = op_iter(t, a[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    EnumerateObj *e = iter_alloc(t, cls);
    gc_pop_roots(t, 1);
    if (!e) return VAL_ERROR;
    e->it = it;
    e->count = start;
    return val_from_obj(e);
}

static Value enumerate_next(Thread *t, Value self)
{
    EnumerateObj *e = (EnumerateObj *)val_as_obj(self);
    Value item = op_next(t, e->it);
    if (item == VAL_UNBOUND || item == VAL_ERROR) return item;
    gc_push_root(t, item);
    Value r = tuple_pack(t, 2, e->count, item);
    if (r != VAL_ERROR) {
        gc_push_root(t, r);
        Value next = val_is_int(e->count) && val_as_int(e->count) < SMALL_INT_MAX
                   ? val_from_small(val_as_int(e->count) + 1)
                   : op_binary(t, BINOP_ADD, e->count, val_from_small(1));
        gc_pop_roots(t, 1);
        if (next == VAL_ERROR) r = VAL_ERROR;
        else e->count = next;
    }
    gc_pop_roots(t, 1);
    return r;
}

TypeObj EnumerateType = {
    ITER_TYPE_COMMON,
    .name = "enumerate",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(EnumerateObj),
    .trace = enumerate_trace,
    .new_ = enumerate_new,
    .next = enumerate_next,
};

/* ------------------------------------------------------------------ */
/* zip                                                                 */

static void zip_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((ZipObj *)o)->iters);
}

/* A tuple of iter(x) for each x of args[0..n). */
static Value iter_tuple(Thread *t, Value *args, int n)
{
    Value tup = tuple_new(t, (size_t)n);
    if (tup == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, tup);
    for (int i = 0; i < n; i++) {
        Value it = op_iter(t, args[i]);
        if (it == VAL_ERROR) { tup = VAL_ERROR; break; }
        TUPLE(tup)->items[i] = it;
    }
    gc_pop_roots(t, 1);
    return tup;
}

static Value zip_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    bool strict = false;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        if (!str_eq_cstr(k, "strict"))
            return exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for zip()", k);
        int b = op_truth(t, args[nargs + (int)i]);
        if (b < 0) return VAL_ERROR;
        strict = b;
    }
    Value iters = iter_tuple(t, args, nargs);
    if (iters == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, iters);
    ZipObj *z = iter_alloc(t, cls);
    gc_pop_roots(t, 1);
    if (!z) return VAL_ERROR;
    z->iters = TUPLE(iters);
    z->strict = strict;
    return val_from_obj(z);
}

static const char *arguments_1_to(int i, char *buf, size_t size)
{
    if (i == 1) return " 1";
    snprintf(buf, size, "s 1-%d", i);
    return buf;
}

/* strict=True: iterator i ran out first; is that an error? */
static Value zip_strict_end(Thread *t, ZipObj *z, size_t i)
{
    char buf[32];
    if (i > 0)
        return exc_raise(t, &ValueErrorType, "zip() argument %zu is shorter than argument%s",
                         i + 1, arguments_1_to((int)i, buf, sizeof buf));
    for (size_t j = 1; j < z->iters->len; j++) {
        Value item = op_next(t, z->iters->items[j]);
        if (item == VAL_ERROR) return VAL_ERROR;
        if (item != VAL_UNBOUND)
            return exc_raise(t, &ValueErrorType, "zip() argument %zu is longer than argument%s",
                             j + 1, arguments_1_to((int)j, buf, sizeof buf));
    }
    return VAL_UNBOUND;
}

static Value zip_next(Thread *t, Value self)
{
    ZipObj *z = (ZipObj *)val_as_obj(self);
    size_t n = z->iters->len;
    if (n == 0) return VAL_UNBOUND;
    Value tup = tuple_new(t, n);
    if (tup == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, tup);
    Value r = tup;
    for (size_t i = 0; i < n; i++) {
        Value item = op_next(t, z->iters->items[i]);
        if (item == VAL_ERROR) { r = VAL_ERROR; break; }
        if (item == VAL_UNBOUND) {
            r = z->strict ? zip_strict_end(t, z, i) : VAL_UNBOUND;
            break;
        }
        TUPLE(tup)->items[i] = item;
    }
    gc_pop_roots(t, 1);
    return r;
}

TypeObj ZipType = {
    ITER_TYPE_COMMON,
    .name = "zip",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(ZipObj),
    .trace = zip_trace,
    .new_ = zip_new,
    .next = zip_next,
};

/* ------------------------------------------------------------------ */
/* map                                                                 */

static void map_trace(GC *gc, Obj *o)
{
    MapObj *m = (MapObj *)o;
    gc_mark_value(gc, m->func);
    gc_mark_obj(gc, (Obj *)m->iters);
}

static Value map_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "map", kwnames) < 0) return VAL_ERROR;
    if (nargs < 2) return exc_raise(t, &TypeErrorType, "map() must have at least two arguments.");
    Value iters = iter_tuple(t, args + 1, nargs - 1);
    if (iters == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, iters);
    MapObj *m = iter_alloc(t, cls);
    gc_pop_roots(t, 1);
    if (!m) return VAL_ERROR;
    m->func = args[0];
    m->iters = TUPLE(iters);
    return val_from_obj(m);
}

#define MAP_STACK_ARGS 8

static Value map_next(Thread *t, Value self)
{
    MapObj *m = (MapObj *)val_as_obj(self);
    size_t n = m->iters->len;
    Value stack[MAP_STACK_ARGS];
    Value *items = stack;
    if (n > MAP_STACK_ARGS) {
        items = mem_alloc(t, n * sizeof(Value));
        if (!items) return VAL_ERROR;
    }
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_NONE;
    for (size_t i = 0; i < n && r == VAL_NONE; i++) {
        items[i] = op_next(t, m->iters->items[i]);
        if (items[i] == VAL_ERROR || items[i] == VAL_UNBOUND) r = items[i];
        else gc_push_root(t, items[i]);
    }
    if (r == VAL_NONE) r = op_call(t, m->func, items, (int)n, NULL);
    gc_root_reset(t, mark);
    if (items != stack) mem_free(t->gc, items, n * sizeof(Value));
    return r;
}

TypeObj MapType = {
    ITER_TYPE_COMMON,
    .name = "map",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(MapObj),
    .trace = map_trace,
    .new_ = map_new,
    .next = map_next,
};

/* ------------------------------------------------------------------ */
/* filter                                                              */

static void filter_trace(GC *gc, Obj *o)
{
    FilterObj *f = (FilterObj *)o;
    gc_mark_value(gc, f->func);
    gc_mark_value(gc, f->it);
}

static Value filter_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "filter", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "filter", nargs, 2, 2) < 0) return VAL_ERROR;
    Value it = op_iter(t, args[1]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    FilterObj *f = iter_alloc(t, cls);
    gc_pop_roots(t, 1);
    if (!f) return VAL_ERROR;
    f->func = args[0];
    f->it = it;
    return val_from_obj(f);
}

static Value filter_next(Thread *t, Value self)
{
    FilterObj *f = (FilterObj *)val_as_obj(self);
    for (;;) {
        Value item = op_next(t, f->it);
        if (item == VAL_UNBOUND || item == VAL_ERROR) return item;
        gc_push_root(t, item);
        int keep;
        if (f->func == VAL_NONE || f->func == val_from_obj(&BoolType)) {
            keep = op_truth(t, item);
        } else {
            Value r = op_call1(t, f->func, item);
            keep = r == VAL_ERROR ? -1 : op_truth(t, r);
        }
        gc_pop_roots(t, 1);
        if (keep < 0) return VAL_ERROR;
        if (keep) return item;
    }
}

TypeObj FilterType = {
    ITER_TYPE_COMMON,
    .name = "filter",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(FilterObj),
    .trace = filter_trace,
    .new_ = filter_new,
    .next = filter_next,
};

/* ------------------------------------------------------------------ */
/* reversed and the sequence iterator                                  */

static void indexiter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((IndexIterObj *)o)->seq);
}

static Value reversed_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "reversed", kwnames) < 0) return VAL_ERROR;
    if (arg_count_expected(t, "reversed", nargs, 1, 1) < 0) return VAL_ERROR;
    Value seq = args[0];
    TypeObj *tp = val_type(seq);
    Value meth = type_lookup(tp, NAME(t, reversed));
    if (meth != VAL_UNBOUND && meth != VAL_NONE) return op_call1(t, meth, seq);
    if (meth == VAL_NONE || !tp->getitem || !tp->len || val_isinstance(seq, &DictType))
        return exc_raise(t, &TypeErrorType, "'%s' object is not reversible", type_name(tp));
    int64_t n = op_len(t, seq);
    if (n < 0) return VAL_ERROR;
    IndexIterObj *r = iter_alloc(t, cls);
    if (!r) return VAL_ERROR;
    r->seq = seq;
    r->index = n - 1;
    return val_from_obj(r);
}

static Value reversed_next(Thread *t, Value self)
{
    IndexIterObj *r = (IndexIterObj *)val_as_obj(self);
    if (r->seq == VAL_UNBOUND) return VAL_UNBOUND;
    if (r->index < 0) {
        r->seq = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    Value item = op_getitem(t, r->seq, val_from_small(r->index));
    if (item == VAL_ERROR) {
        if (!end_of_items(t)) return VAL_ERROR;
        r->seq = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    r->index--;
    return item;
}

static Value reversed_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "reversed.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    IndexIterObj *r = (IndexIterObj *)val_as_obj(args[0]);
    if (r->seq == VAL_UNBOUND) return val_from_small(0);
    int64_t n = op_len(t, r->seq);
    if (n < 0) return VAL_ERROR;
    return val_from_small(n < r->index + 1 ? 0 : r->index + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj ReversedType = {
    ITER_TYPE_COMMON,
    .name = "reversed",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(IndexIterObj),
    .trace = indexiter_trace,
    .new_ = reversed_new,
    .next = reversed_next,
    .methods = reversed_methods,
};

Value seqiter_new(Thread *t, Value seq)
{
    gc_push_root(t, seq);
    IndexIterObj *s = iter_alloc(t, &SeqIterType);
    gc_pop_roots(t, 1);
    if (!s) return VAL_ERROR;
    s->seq = seq;
    s->index = 0;
    return val_from_obj(s);
}

static Value seqiter_next(Thread *t, Value self)
{
    IndexIterObj *s = (IndexIterObj *)val_as_obj(self);
    if (s->seq == VAL_UNBOUND) return VAL_UNBOUND;
    Value item = op_getitem(t, s->seq, val_from_small(s->index));
    if (item == VAL_ERROR) {
        if (!end_of_items(t)) return VAL_ERROR;
        s->seq = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    s->index++;
    return item;
}

/* NotImplemented (no hint) when the sequence has no len. */
static Value seqiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    IndexIterObj *s = (IndexIterObj *)val_as_obj(args[0]);
    if (s->seq == VAL_UNBOUND) return val_from_small(0);
    if (!val_type(s->seq)->len) return VAL_NOTIMPL;
    int64_t n = op_len(t, s->seq);
    if (n < 0) return VAL_ERROR;
    return val_from_small(n < s->index ? 0 : n - s->index);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj SeqIterType = {
    ITER_TYPE_COMMON,
    .name = "iterator",
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(IndexIterObj),
    .trace = indexiter_trace,
    .next = seqiter_next,
    .methods = seqiter_methods,
};

/* ------------------------------------------------------------------ */
/* iter(callable, sentinel)                                            */

static void calliter_trace(GC *gc, Obj *o)
{
    CallIterObj *c = (CallIterObj *)o;
    gc_mark_value(gc, c->func);
    gc_mark_value(gc, c->sentinel);
}

Value calliter_new(Thread *t, Value callable, Value sentinel)
{
    gc_push_root(t, callable);
    gc_push_root(t, sentinel);
    CallIterObj *c = iter_alloc(t, &CallIterType);
    gc_pop_roots(t, 2);
    if (!c) return VAL_ERROR;
    c->func = callable;
    c->sentinel = sentinel;
    return val_from_obj(c);
}

static Value calliter_next(Thread *t, Value self)
{
    CallIterObj *c = (CallIterObj *)val_as_obj(self);
    if (c->func == VAL_UNBOUND) return VAL_UNBOUND;
    Value r = op_call0(t, c->func);
    if (r == VAL_ERROR) {
        if (!exc_matches(t, &StopIterationType)) return VAL_ERROR;
        exc_clear(t);
        c->func = c->sentinel = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    gc_push_root(t, r);
    int eq = op_eq(t, r, c->sentinel);
    gc_pop_roots(t, 1);
    if (eq < 0) return VAL_ERROR;
    if (eq) {
        c->func = c->sentinel = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    return r;
}

TypeObj CallIterType = {
    ITER_TYPE_COMMON,
    .name = "callable_iterator",
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(CallIterObj),
    .trace = calliter_trace,
    .next = calliter_next,
};
