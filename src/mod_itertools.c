/*
 * mod_itertools.c -- the _itertools module: the iterators of itertools
 * that sit in inner loops, in C.  stdlib/itertools.as re-exports them;
 * its tee() makes the _tee iterators defined here.
 *
 * Each type follows CPython's algorithm, so results come in the same
 * order and inputs are read the same number of times.  An iterator that
 * has run out drops its input (the field becomes VAL_UNBOUND) and stays
 * exhausted.  The combinatoric types keep their positions in C arrays
 * (mem_alloc'ed, freed by finalize) and build a fresh tuple per item.
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

#define ITERTOOLS_TYPE(pyname, ctype) \
    .base = { .type = &TypeType }, .name = "itertools." pyname, .base_type = &ObjectType, \
    .flags = TYPE_BASETYPE, .instance_size = sizeof(ctype), .iter = op_iter_self

/* A new zeroed instance of cls (a subclass, maybe). */
static void *new_instance(Thread *t, TypeObj *cls)
{
    return gc_alloc(t, cls, cls->instance_size);
}

static int no_keywords(Thread *t, const char *fname, TupleObj *kwnames)
{
    return arg_no_kw(t, fname, kwnames);
}

/* A tuple of pool[indices[0..n)]. */
static Value pick(Thread *t, TupleObj *pool, const size_t *indices, size_t n)
{
    Value r = tuple_new(t, n);
    if (r == VAL_ERROR) return VAL_ERROR;
    for (size_t i = 0; i < n; i++) TUPLE(r)->items[i] = pool->items[indices[i]];
    return r;
}

/* An int argument that must be >= 0, with CPython's message. */
static int count_arg(Thread *t, Value v, const char *message, int64_t *out)
{
    if (op_index(t, v, out) < 0) return -1;
    if (*out < 0) {
        exc_raise(t, &ValueErrorType, "%s", message);
        return -1;
    }
    return 0;
}

/* ---- count ------------------------------------------------------------- */

typedef struct {
    Obj base;
    Value next;                 /* the value the next call returns */
    Value step;
} CountObj;

static void count_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((CountObj *)o)->next);
    gc_mark_value(gc, ((CountObj *)o)->step);
}

/* CPython's PyNumber_Check: ints, floats and types that convert. */
static bool is_number(Thread *t, Value v)
{
    if (int_check(v) || float_check(v)) return true;
    static const char *const hooks[] = {"__index__", "__int__", "__float__", "__complex__"};
    for (size_t i = 0; i < sizeof hooks / sizeof *hooks; i++) {
        StrObj *name = str_intern(t, hooks[i]);
        if (name && type_lookup(val_type(v), name) != VAL_UNBOUND) return true;
    }
    return false;
}

static Value count_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "count", args, nargs, kwnames, "|start,step", a) < 0) return VAL_ERROR;
    Value start = a[0] == VAL_UNBOUND ? val_from_small(0) : a[0];
    Value step = a[1] == VAL_UNBOUND ? val_from_small(1) : a[1];
    if (!is_number(t, start) || !is_number(t, step)) return exc_raise(t, &TypeErrorType, "a number is required");
    /* CPython counts with C integers when both are ints: True becomes 1. */
    if (val_is_bool(start) && int_check(step)) start = val_from_small(start == VAL_TRUE);
    CountObj *c = new_instance(t, cls);
    if (!c) return VAL_ERROR;
    c->next = start;
    c->step = step;
    return val_from_obj(c);
}

static Value count_next(Thread *t, Value self)
{
    CountObj *c = (CountObj *)val_as_obj(self);
    Value v = c->next;
    Value n;
    if (val_is_int(v) && val_is_int(c->step)) {
        int64_t sum = val_as_int(v) + val_as_int(c->step);
        n = sum >= SMALL_INT_MIN && sum <= SMALL_INT_MAX ? val_from_small(sum)
                                                          : op_binary(t, BINOP_ADD, v, c->step);
    } else {
        n = op_binary(t, BINOP_ADD, v, c->step);
    }
    if (n == VAL_ERROR) return VAL_ERROR;
    c->next = n;
    return v;
}

/* count(5), or count(5, 2) unless the step is the int 1. */
static Value count_repr(Thread *t, Value self)
{
    CountObj *c = (CountObj *)val_as_obj(self);
    bool unit = int_check(c->step) && !float_check(c->step) && int_compare(c->step, val_from_small(1)) == 0;
    Value parts[2] = {c->next, c->step};
    return op_repr_call(t, "count", parts, unit ? 1 : 2, NULL);
}

TypeObj CountType = {
    ITERTOOLS_TYPE("count", CountObj),
    .trace = count_trace, .new_ = count_new, .next = count_next, .repr = count_repr,
};

/* ---- repeat ------------------------------------------------------------ */

typedef struct {
    Obj base;
    Value object;
    int64_t left;               /* -1: forever */
} RepeatObj;

static void repeat_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((RepeatObj *)o)->object);
}

static Value repeat_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "repeat", args, nargs, kwnames, "object|times", a) < 0) return VAL_ERROR;
    int64_t left = -1;
    if (a[1] != VAL_UNBOUND) {
        if (op_index(t, a[1], &left) < 0) return VAL_ERROR;
        if (left < 0) left = 0;
    }
    RepeatObj *r = new_instance(t, cls);
    if (!r) return VAL_ERROR;
    r->object = a[0];
    r->left = left;
    return val_from_obj(r);
}

static Value repeat_next(Thread *t, Value self)
{
    (void)t;
    RepeatObj *r = (RepeatObj *)val_as_obj(self);
    if (r->left == 0) return VAL_UNBOUND;
    if (r->left > 0) r->left--;
    return r->object;
}

static Value repeat_repr(Thread *t, Value self)
{
    RepeatObj *r = (RepeatObj *)val_as_obj(self);
    Value obj = op_repr(t, r->object);
    if (obj == VAL_ERROR) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "repeat(");
    strbuf_put_str(&b, obj);
    if (r->left >= 0) strbuf_printf(&b, ", %lld", (long long)r->left);
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

static Value repeat_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "__length_hint__", kwnames) < 0 || arg_count(t, "__length_hint__", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    RepeatObj *r = (RepeatObj *)val_as_obj(args[0]);
    if (r->left < 0) return exc_raise(t, &TypeErrorType, "len() of unsized object");
    return val_from_small(r->left);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj RepeatType = {
    ITERTOOLS_TYPE("repeat", RepeatObj),
    .trace = repeat_trace, .new_ = repeat_new, .next = repeat_next, .repr = repeat_repr,
    .methods = repeat_methods,
};

/* ---- cycle ------------------------------------------------------------- */

typedef struct {
    Obj base;
    Value it;                   /* VAL_UNBOUND after the first pass */
    Value saved;                /* a list of the items of the first pass */
    size_t index;
} CycleObj;

static void cycle_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((CycleObj *)o)->it);
    gc_mark_value(gc, ((CycleObj *)o)->saved);
}

static Value cycle_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "cycle", kwnames) < 0 || arg_count_expected(t, "cycle", nargs, 1, 1) < 0)
        return VAL_ERROR;
    Value it = op_iter(t, args[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    Value saved = list_new(t, 0);
    Value r = VAL_ERROR;
    if (saved != VAL_ERROR) {
        gc_push_root(t, saved);
        CycleObj *c = new_instance(t, cls);
        gc_pop_roots(t, 1);
        if (c) {
            c->it = it;
            c->saved = saved;
            r = val_from_obj(c);
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value cycle_next(Thread *t, Value self)
{
    CycleObj *c = (CycleObj *)val_as_obj(self);
    if (c->it != VAL_UNBOUND) {
        Value item = op_next(t, c->it);
        if (item == VAL_ERROR) return VAL_ERROR;
        if (item != VAL_UNBOUND) {
            gc_push_root(t, item);
            int r = list_append(t, c->saved, item);
            gc_pop_roots(t, 1);
            return r < 0 ? VAL_ERROR : item;
        }
        c->it = VAL_UNBOUND;
    }
    ListObj *saved = LIST(c->saved);
    if (saved->len == 0) return VAL_UNBOUND;
    if (c->index >= saved->len) c->index = 0;
    return saved->items[c->index++];
}

TypeObj CycleType = {
    ITERTOOLS_TYPE("cycle", CycleObj),
    .trace = cycle_trace, .new_ = cycle_new, .next = cycle_next,
};

/* ---- chain ------------------------------------------------------------- */

typedef struct {
    Obj base;
    Value sources;              /* iterator over the iterables, or VAL_UNBOUND */
    Value active;               /* iterator being read, or VAL_UNBOUND */
} ChainObj;

static void chain_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((ChainObj *)o)->sources);
    gc_mark_value(gc, ((ChainObj *)o)->active);
}

static Value chain_over(Thread *t, TypeObj *cls, Value iterables)
{
    Value sources = op_iter(t, iterables);
    if (sources == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, sources);
    ChainObj *c = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!c) return VAL_ERROR;
    c->sources = sources;
    c->active = VAL_UNBOUND;
    return val_from_obj(c);
}

static Value chain_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "chain", kwnames) < 0) return VAL_ERROR;
    Value iterables = tuple_from_array(t, args, (size_t)nargs);
    if (iterables == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, iterables);
    Value r = chain_over(t, cls, iterables);
    gc_pop_roots(t, 1);
    return r;
}

/* chain.from_iterable(iterables), a class method. */
static Value chain_from_iterable(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "from_iterable", kwnames) < 0 || arg_count(t, "from_iterable", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return chain_over(t, (TypeObj *)val_as_obj(args[0]), args[1]);
}

static Value chain_next(Thread *t, Value self)
{
    ChainObj *c = (ChainObj *)val_as_obj(self);
    while (c->sources != VAL_UNBOUND) {
        if (c->active == VAL_UNBOUND) {
            Value iterable = op_next(t, c->sources);
            if (iterable == VAL_ERROR) return VAL_ERROR;
            if (iterable == VAL_UNBOUND) {
                c->sources = VAL_UNBOUND;
                break;
            }
            gc_push_root(t, iterable);
            Value it = op_iter(t, iterable);
            gc_pop_roots(t, 1);
            if (it == VAL_ERROR) return VAL_ERROR;
            c->active = it;
        }
        Value item = op_next(t, c->active);
        if (item != VAL_UNBOUND) return item;
        c->active = VAL_UNBOUND;
    }
    return VAL_UNBOUND;
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS},
    {NULL, NULL, 0},
};

TypeObj ChainType = {
    ITERTOOLS_TYPE("chain", ChainObj),
    .trace = chain_trace, .new_ = chain_new, .next = chain_next, .methods = chain_methods,
};

/* ---- islice ------------------------------------------------------------ */

typedef struct {
    Obj base;
    Value it;                   /* VAL_UNBOUND once done */
    int64_t next;               /* position of the next item to return */
    int64_t stop;               /* -1: none */
    int64_t step;
    int64_t count;              /* items read so far */
} IsliceObj;

static void islice_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((IsliceObj *)o)->it);
}

/* v as CPython's islice reads it: an int in ssize_t range, else -1. */
static int64_t ssize_or_minus1(Thread *t, Value v)
{
    int64_t n;
    if (!int_check(v) || int_as_i64(t, v, &n) < 0) {
        exc_clear(t);
        return -1;
    }
    return n;
}

static Value islice_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "islice", kwnames) < 0 || arg_count_expected(t, "islice", nargs, 2, 4) < 0)
        return VAL_ERROR;
    int64_t start = 0, stop = -1, step = 1;
    Value stop_arg = nargs == 2 ? args[1] : args[2];
    if (nargs > 2 && args[1] != VAL_NONE) start = ssize_or_minus1(t, args[1]);
    if (stop_arg != VAL_NONE) {
        stop = ssize_or_minus1(t, stop_arg);
        if (stop == -1)
            return exc_raise(t, &ValueErrorType,
                             "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (start < 0 || stop < -1)
        return exc_raise(t, &ValueErrorType,
                         "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != VAL_NONE) step = ssize_or_minus1(t, args[3]);
    if (step < 1) return exc_raise(t, &ValueErrorType, "Step for islice() must be a positive integer or None.");
    Value it = op_iter(t, args[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    IsliceObj *s = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!s) return VAL_ERROR;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return val_from_obj(s);
}

static Value islice_next(Thread *t, Value self)
{
    IsliceObj *s = (IsliceObj *)val_as_obj(self);
    if (s->it == VAL_UNBOUND) return VAL_UNBOUND;
    while (s->count < s->next) {
        Value skipped = op_next(t, s->it);
        if (skipped == VAL_ERROR) return VAL_ERROR;
        if (skipped == VAL_UNBOUND) goto done;
        s->count++;
    }
    if (s->stop != -1 && s->count >= s->stop) goto done;
    Value item = op_next(t, s->it);
    if (item == VAL_ERROR) return VAL_ERROR;
    if (item == VAL_UNBOUND) goto done;
    s->count++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
done:
    s->it = VAL_UNBOUND;
    return VAL_UNBOUND;
}

TypeObj IsliceType = {
    ITERTOOLS_TYPE("islice", IsliceObj),
    .trace = islice_trace, .new_ = islice_new, .next = islice_next,
};

/* ---- accumulate -------------------------------------------------------- */

typedef struct {
    Obj base;
    Value it;
    Value func;                 /* VAL_NONE: + */
    Value total;                /* VAL_UNBOUND before the first item */
    Value initial;              /* returned first when not VAL_UNBOUND */
} AccumulateObj;

static void accumulate_trace(GC *gc, Obj *o)
{
    AccumulateObj *a = (AccumulateObj *)o;
    gc_mark_value(gc, a->it);
    gc_mark_value(gc, a->func);
    gc_mark_value(gc, a->total);
    gc_mark_value(gc, a->initial);
}

static Value accumulate_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[3];
    if (arg_parse(t, "accumulate", args, nargs, kwnames, "iterable|func,$initial", a) < 0) return VAL_ERROR;
    Value it = op_iter(t, a[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    AccumulateObj *acc = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!acc) return VAL_ERROR;
    acc->it = it;
    acc->func = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    acc->total = VAL_UNBOUND;
    acc->initial = a[2] == VAL_NONE ? VAL_UNBOUND : a[2];
    return val_from_obj(acc);
}

static Value accumulate_next(Thread *t, Value self)
{
    AccumulateObj *a = (AccumulateObj *)val_as_obj(self);
    if (a->initial != VAL_UNBOUND) {
        a->total = a->initial;
        a->initial = VAL_UNBOUND;
        return a->total;
    }
    Value item = op_next(t, a->it);
    if (item == VAL_ERROR || item == VAL_UNBOUND) return item;
    if (a->total == VAL_UNBOUND) {
        a->total = item;
        return item;
    }
    gc_push_root(t, item);
    Value total = a->func == VAL_NONE ? op_binary(t, BINOP_ADD, a->total, item) : op_call2(t, a->func, a->total, item);
    gc_pop_roots(t, 1);
    if (total == VAL_ERROR) return VAL_ERROR;
    a->total = total;
    return total;
}

TypeObj AccumulateType = {
    ITERTOOLS_TYPE("accumulate", AccumulateObj),
    .trace = accumulate_trace, .new_ = accumulate_new, .next = accumulate_next,
};

/* ---- starmap, compress, dropwhile, takewhile, filterfalse -------------- */

/* The five share one layout: a function (or the selectors' iterator) and
 * the input's iterator, plus a flag (dropwhile: done dropping;
 * takewhile: stopped). */
typedef struct {
    Obj base;
    Value func;
    Value it;
    bool flag;
} FuncIterObj;

static void funciter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((FuncIterObj *)o)->func);
    gc_mark_value(gc, ((FuncIterObj *)o)->it);
}

/* NAME(func, iterable) with no keywords; compress iterates both. */
static Value funciter_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames, const char *name,
                          bool iterate_first)
{
    if (no_keywords(t, name, kwnames) < 0 || arg_count_expected(t, name, nargs, 2, 2) < 0) return VAL_ERROR;
    Value first = args[0];
    if (iterate_first && (first = op_iter(t, args[0])) == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, first);
    Value it = op_iter(t, args[1]);
    Value r = VAL_ERROR;
    if (it != VAL_ERROR) {
        gc_push_root(t, it);
        FuncIterObj *f = new_instance(t, cls);
        gc_pop_roots(t, 1);
        if (f) {
            f->func = first;
            f->it = it;
            r = val_from_obj(f);
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

#define FUNCITER_NEW(fn, name, iterate_first) \
    static Value fn(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames) \
    { return funciter_new(t, cls, args, nargs, kwnames, name, iterate_first); }

FUNCITER_NEW(starmap_new, "starmap", false)
FUNCITER_NEW(dropwhile_new, "dropwhile", false)
FUNCITER_NEW(takewhile_new, "takewhile", false)
FUNCITER_NEW(filterfalse_new, "filterfalse", false)

/* compress(data, selectors): func holds the data's iterator, it the
 * selectors'. */
static Value compress_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "compress", args, nargs, kwnames, "data,selectors", a) < 0) return VAL_ERROR;
    return funciter_new(t, cls, a, 2, NULL, "compress", true);
}

static Value starmap_next(Thread *t, Value self)
{
    FuncIterObj *f = (FuncIterObj *)val_as_obj(self);
    Value args = op_next(t, f->it);
    if (args == VAL_ERROR || args == VAL_UNBOUND) return args;
    if (!tuple_check(args)) {
        gc_push_root(t, args);
        args = tuple_from_iterable(t, args);
        gc_pop_roots(t, 1);
        if (args == VAL_ERROR) return VAL_ERROR;
    }
    gc_push_root(t, args);
    Value r = op_call(t, f->func, TUPLE(args)->items, (int)TUPLE(args)->len, NULL);
    gc_pop_roots(t, 1);
    return r;
}

/* predicate(item) as 1/0/-1; None as predicate means the item's truth. */
static int test(Thread *t, Value pred, Value item)
{
    if (pred == VAL_NONE) return op_truth(t, item);
    Value r = op_call1(t, pred, item);
    if (r == VAL_ERROR) return -1;
    gc_push_root(t, r);
    int truth = op_truth(t, r);
    gc_pop_roots(t, 1);
    return truth;
}

static Value compress_next(Thread *t, Value self)
{
    FuncIterObj *f = (FuncIterObj *)val_as_obj(self);
    for (;;) {
        Value item = op_next(t, f->func);
        if (item == VAL_ERROR || item == VAL_UNBOUND) return item;
        gc_push_root(t, item);
        Value sel = op_next(t, f->it);
        int keep = -1;
        if (sel != VAL_ERROR) {
            gc_push_root(t, sel);
            keep = sel == VAL_UNBOUND ? 0 : op_truth(t, sel);
            gc_pop_roots(t, 1);
        }
        gc_pop_roots(t, 1);
        if (keep < 0) return VAL_ERROR;
        if (sel == VAL_UNBOUND) return VAL_UNBOUND;
        if (keep) return item;
    }
}

static Value dropwhile_next(Thread *t, Value self)
{
    FuncIterObj *f = (FuncIterObj *)val_as_obj(self);
    for (;;) {
        Value item = op_next(t, f->it);
        if (item == VAL_ERROR || item == VAL_UNBOUND || f->flag) return item;
        gc_push_root(t, item);
        int r = test(t, f->func, item);
        gc_pop_roots(t, 1);
        if (r < 0) return VAL_ERROR;
        if (!r) {
            f->flag = true;
            return item;
        }
    }
}

static Value takewhile_next(Thread *t, Value self)
{
    FuncIterObj *f = (FuncIterObj *)val_as_obj(self);
    if (f->flag) return VAL_UNBOUND;
    Value item = op_next(t, f->it);
    if (item == VAL_ERROR || item == VAL_UNBOUND) return item;
    gc_push_root(t, item);
    int r = test(t, f->func, item);
    gc_pop_roots(t, 1);
    if (r < 0) return VAL_ERROR;
    if (r) return item;
    f->flag = true;
    return VAL_UNBOUND;
}

static Value filterfalse_next(Thread *t, Value self)
{
    FuncIterObj *f = (FuncIterObj *)val_as_obj(self);
    for (;;) {
        Value item = op_next(t, f->it);
        if (item == VAL_ERROR || item == VAL_UNBOUND) return item;
        gc_push_root(t, item);
        int r = test(t, f->func, item);
        gc_pop_roots(t, 1);
        if (r < 0) return VAL_ERROR;
        if (!r) return item;
    }
}

#define FUNCITER_TYPE(cname, pyname) \
    TypeObj cname##Type = { \
        ITERTOOLS_TYPE(#pyname, FuncIterObj), \
        .trace = funciter_trace, .new_ = pyname##_new, .next = pyname##_next, \
    };

FUNCITER_TYPE(Starmap, starmap)
FUNCITER_TYPE(Compress, compress)
FUNCITER_TYPE(Dropwhile, dropwhile)
FUNCITER_TYPE(Takewhile, takewhile)
FUNCITER_TYPE(Filterfalse, filterfalse)

/* ---- zip_longest ------------------------------------------------------- */

typedef struct {
    Obj base;
    TupleObj *iters;            /* an exhausted one is replaced by VAL_UNBOUND */
    size_t active;
    Value fill;
} ZipLongestObj;

static void ziplongest_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((ZipLongestObj *)o)->iters);
    gc_mark_value(gc, ((ZipLongestObj *)o)->fill);
}

static Value ziplongest_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value fill = VAL_NONE;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        if (!str_eq_cstr(k, "fillvalue"))
            return exc_raise(t, &TypeErrorType, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + (int)i];
    }
    Value iters = tuple_new(t, (size_t)nargs);
    if (iters == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, iters);
    Value r = VAL_ERROR;
    int i = 0;
    for (; i < nargs; i++) {
        Value it = op_iter(t, args[i]);
        if (it == VAL_ERROR) break;
        TUPLE(iters)->items[i] = it;
    }
    if (i == nargs) {
        ZipLongestObj *z = new_instance(t, cls);
        if (z) {
            z->iters = TUPLE(iters);
            z->active = (size_t)nargs;
            z->fill = fill;
            r = val_from_obj(z);
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value ziplongest_next(Thread *t, Value self)
{
    ZipLongestObj *z = (ZipLongestObj *)val_as_obj(self);
    size_t n = z->iters->len;
    if (n == 0 || z->active == 0) return VAL_UNBOUND;
    Value result = tuple_new(t, n);
    if (result == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, result);
    for (size_t i = 0; i < n; i++) {
        Value item = z->fill;
        if (z->iters->items[i] != VAL_UNBOUND) {
            item = op_next(t, z->iters->items[i]);
            if (item == VAL_ERROR) {
                result = VAL_ERROR;
                break;
            }
            if (item == VAL_UNBOUND) {
                if (--z->active == 0) {
                    result = VAL_UNBOUND;
                    break;
                }
                z->iters->items[i] = VAL_UNBOUND;
                item = z->fill;
            }
        }
        TUPLE(result)->items[i] = item;
    }
    gc_pop_roots(t, 1);
    return result;
}

TypeObj ZipLongestType = {
    ITERTOOLS_TYPE("zip_longest", ZipLongestObj),
    .trace = ziplongest_trace, .new_ = ziplongest_new, .next = ziplongest_next,
};

/* ---- pairwise, batched ------------------------------------------------- */

typedef struct {
    Obj base;
    Value it;                   /* VAL_UNBOUND once exhausted */
    Value old;                  /* pairwise: the previous item */
    int64_t n;                  /* batched: the batch size */
} PairObj;

static void pair_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((PairObj *)o)->it);
    gc_mark_value(gc, ((PairObj *)o)->old);
}

static Value pair_alloc(Thread *t, TypeObj *cls, Value iterable, int64_t n)
{
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    PairObj *p = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!p) return VAL_ERROR;
    p->it = it;
    p->old = VAL_UNBOUND;
    p->n = n;
    return val_from_obj(p);
}

static Value pairwise_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "pairwise", kwnames) < 0 || arg_count_expected(t, "pairwise", nargs, 1, 1) < 0)
        return VAL_ERROR;
    return pair_alloc(t, cls, args[0], 0);
}

static Value pairwise_next(Thread *t, Value self)
{
    PairObj *p = (PairObj *)val_as_obj(self);
    if (p->it == VAL_UNBOUND) return VAL_UNBOUND;
    if (p->old == VAL_UNBOUND) {
        Value first = op_next(t, p->it);
        if (first == VAL_ERROR) return VAL_ERROR;
        if (first == VAL_UNBOUND) {
            p->it = VAL_UNBOUND;
            return VAL_UNBOUND;
        }
        p->old = first;
    }
    Value item = op_next(t, p->it);
    if (item == VAL_ERROR) return VAL_ERROR;
    if (item == VAL_UNBOUND) {
        p->it = p->old = VAL_UNBOUND;
        return VAL_UNBOUND;
    }
    gc_push_root(t, item);
    Value pair = tuple_pack(t, 2, p->old, item);
    gc_pop_roots(t, 1);
    if (pair != VAL_ERROR) p->old = item;
    return pair;
}

TypeObj PairwiseType = {
    ITERTOOLS_TYPE("pairwise", PairObj),
    .trace = pair_trace, .new_ = pairwise_new, .next = pairwise_next,
};

static Value batched_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "batched", args, nargs, kwnames, "iterable,n", a) < 0) return VAL_ERROR;
    int64_t n;
    if (op_index(t, a[1], &n) < 0) return VAL_ERROR;
    if (n < 1) return exc_raise(t, &ValueErrorType, "n must be at least one");
    return pair_alloc(t, cls, a[0], n);
}

/* The next n items as a tuple; a short batch is the last one. */
static Value batched_next(Thread *t, Value self)
{
    PairObj *p = (PairObj *)val_as_obj(self);
    if (p->it == VAL_UNBOUND) return VAL_UNBOUND;
    Value items = list_new(t, (size_t)(p->n < 64 ? p->n : 64));
    if (items == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, items);
    Value r = VAL_ERROR;
    for (int64_t i = 0; i < p->n; i++) {
        Value item = op_next(t, p->it);
        if (item == VAL_ERROR) goto out;
        if (item == VAL_UNBOUND) {
            p->it = VAL_UNBOUND;
            break;
        }
        if (list_append(t, items, item) < 0) goto out;
    }
    r = LIST(items)->len == 0 ? VAL_UNBOUND : tuple_from_array(t, LIST(items)->items, LIST(items)->len);
out:
    gc_pop_roots(t, 1);
    return r;
}

TypeObj BatchedType = {
    ITERTOOLS_TYPE("batched", PairObj),
    .trace = pair_trace, .new_ = batched_new, .next = batched_next,
};

/* ---- groupby ----------------------------------------------------------- */

/* The groupby object reads the input; each group (a _grouper) asks it for
 * the next value while the key stays equal to the group's.  Taking the
 * next group makes the previous one stop (currgrouper moves on). */
typedef struct {
    Obj base;
    Value it, keyfunc;          /* keyfunc VAL_NONE: the values themselves */
    Value tgtkey;               /* the current group's key, or VAL_UNBOUND */
    Value currkey, currvalue;   /* the last value read, or VAL_UNBOUND */
    Value currgrouper;
} GroupByObj;

typedef struct {
    Obj base;
    Value parent;
    Value tgtkey;
} GrouperObj;

TypeObj GrouperType;

static void groupby_trace(GC *gc, Obj *o)
{
    GroupByObj *g = (GroupByObj *)o;
    gc_mark_value(gc, g->it);
    gc_mark_value(gc, g->keyfunc);
    gc_mark_value(gc, g->tgtkey);
    gc_mark_value(gc, g->currkey);
    gc_mark_value(gc, g->currvalue);
    gc_mark_value(gc, g->currgrouper);
}

static Value groupby_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "groupby", args, nargs, kwnames, "iterable|key", a) < 0) return VAL_ERROR;
    Value it = op_iter(t, a[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, it);
    GroupByObj *g = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!g) return VAL_ERROR;
    g->it = it;
    g->keyfunc = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    g->tgtkey = g->currkey = g->currvalue = g->currgrouper = VAL_UNBOUND;
    return val_from_obj(g);
}

/* Reads the next value and its key: 1, 0 at the end, -1 on error. */
static int groupby_step(Thread *t, GroupByObj *g)
{
    Value value = op_next(t, g->it);
    if (value == VAL_ERROR) return -1;
    if (value == VAL_UNBOUND) return 0;
    Value key = value;
    if (g->keyfunc != VAL_NONE) {
        gc_push_root(t, value);
        key = op_call1(t, g->keyfunc, value);
        gc_pop_roots(t, 1);
        if (key == VAL_ERROR) return -1;
    }
    g->currvalue = value;
    g->currkey = key;
    return 1;
}

static Value groupby_next(Thread *t, Value self)
{
    GroupByObj *g = (GroupByObj *)val_as_obj(self);
    g->currgrouper = VAL_UNBOUND;
    /* Skip what is left of the current group. */
    for (;;) {
        if (g->currkey != VAL_UNBOUND) {
            if (g->tgtkey == VAL_UNBOUND) break;
            int eq = op_eq(t, g->tgtkey, g->currkey);
            if (eq < 0) return VAL_ERROR;
            if (!eq) break;
        }
        int r = groupby_step(t, g);
        if (r <= 0) return r < 0 ? VAL_ERROR : VAL_UNBOUND;
    }
    g->tgtkey = g->currkey;
    GrouperObj *grouper = gc_alloc(t, &GrouperType, sizeof(GrouperObj));
    if (!grouper) return VAL_ERROR;
    grouper->parent = self;
    grouper->tgtkey = g->tgtkey;
    g->currgrouper = val_from_obj(grouper);
    return tuple_pack(t, 2, g->currkey, g->currgrouper);
}

TypeObj GroupByType = {
    ITERTOOLS_TYPE("groupby", GroupByObj),
    .trace = groupby_trace, .new_ = groupby_new, .next = groupby_next,
};

static void grouper_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((GrouperObj *)o)->parent);
    gc_mark_value(gc, ((GrouperObj *)o)->tgtkey);
}

static Value grouper_next(Thread *t, Value self)
{
    GrouperObj *gr = (GrouperObj *)val_as_obj(self);
    GroupByObj *g = (GroupByObj *)val_as_obj(gr->parent);
    if (g->currgrouper != self) return VAL_UNBOUND;
    if (g->currvalue == VAL_UNBOUND) {
        int r = groupby_step(t, g);
        if (r <= 0) return r < 0 ? VAL_ERROR : VAL_UNBOUND;
    }
    int eq = op_eq(t, gr->tgtkey, g->currkey);
    if (eq <= 0) return eq < 0 ? VAL_ERROR : VAL_UNBOUND;
    Value value = g->currvalue;
    g->currvalue = VAL_UNBOUND;
    return value;
}

TypeObj GrouperType = {
    .base = { .type = &TypeType }, .name = "itertools._grouper", .base_type = &ObjectType,
    .instance_size = sizeof(GrouperObj), .iter = op_iter_self,
    .trace = grouper_trace, .next = grouper_next,
};

/* ---- tee ---------------------------------------------------------------- */

/* The iterators tee() returns share the items read from the input in a
 * chain of blocks; each iterator holds its block and position in it.  A
 * block every iterator has left behind is garbage. */
#define TEE_BLOCK 57

typedef struct TeeBlock {
    Obj base;
    Value it;                   /* the shared input iterator */
    struct TeeBlock *next;      /* made when the first reader gets there */
    int nread;
    Value values[TEE_BLOCK];
} TeeBlock;

typedef struct {
    Obj base;
    TeeBlock *block;
    int index;
} TeeObj;

TypeObj TeeBlockType, TeeType;

static void teeblock_trace(GC *gc, Obj *o)
{
    TeeBlock *b = (TeeBlock *)o;
    gc_mark_value(gc, b->it);
    gc_mark_obj(gc, (Obj *)b->next);
    gc_mark_array(gc, b->values, (size_t)b->nread);
}

TypeObj TeeBlockType = {
    .base = { .type = &TypeType }, .name = "itertools._tee_dataobject", .base_type = &ObjectType,
    .instance_size = sizeof(TeeBlock), .trace = teeblock_trace,
};

static void tee_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((TeeObj *)o)->block);
}

static TeeBlock *teeblock_new(Thread *t, Value it)
{
    TeeBlock *b = gc_alloc(t, &TeeBlockType, sizeof(TeeBlock));
    if (b) b->it = it;
    return b;
}

static Value tee_make(Thread *t, TypeObj *cls, TeeBlock *block, int index)
{
    gc_push_root(t, val_from_obj(block));
    TeeObj *tee = new_instance(t, cls);
    gc_pop_roots(t, 1);
    if (!tee) return VAL_ERROR;
    tee->block = block;
    tee->index = index;
    return val_from_obj(tee);
}

/* _tee(iterable): a first iterator over iterable's items; a _tee given
 * a _tee copies it. */
static Value tee_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "_tee", kwnames) < 0 || arg_count_expected(t, "_tee", nargs, 1, 1) < 0) return VAL_ERROR;
    Value it = op_iter(t, args[0]);
    if (it == VAL_ERROR) return VAL_ERROR;
    if (val_isinstance(it, &TeeType)) return tee_make(t, cls, ((TeeObj *)val_as_obj(it))->block, ((TeeObj *)val_as_obj(it))->index);
    gc_push_root(t, it);
    TeeBlock *b = teeblock_new(t, it);
    gc_pop_roots(t, 1);
    return b ? tee_make(t, cls, b, 0) : VAL_ERROR;
}

static Value tee_next(Thread *t, Value self)
{
    TeeObj *tee = (TeeObj *)val_as_obj(self);
    if (tee->index >= TEE_BLOCK) {
        TeeBlock *b = tee->block;
        if (!b->next && !(b->next = teeblock_new(t, b->it))) return VAL_ERROR;
        tee->block = b->next;
        tee->index = 0;
    }
    TeeBlock *b = tee->block;
    if (tee->index < b->nread) return b->values[tee->index++];
    Value v = op_next(t, b->it);
    if (v == VAL_ERROR || v == VAL_UNBOUND) return v;
    /* Another reader may have filled this slot while the input ran. */
    if (tee->index < b->nread) return b->values[tee->index++];
    b->values[b->nread++] = v;
    tee->index++;
    return v;
}

static Value tee_copy(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_keywords(t, "__copy__", kwnames) < 0 || arg_count(t, "__copy__", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    TeeObj *tee = (TeeObj *)val_as_obj(args[0]);
    return tee_make(t, &TeeType, tee->block, tee->index);
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0},
    {NULL, NULL, 0},
};

TypeObj TeeType = {
    .base = { .type = &TypeType }, .name = "itertools._tee", .base_type = &ObjectType,
    .instance_size = sizeof(TeeObj), .iter = op_iter_self,
    .trace = tee_trace, .new_ = tee_new, .next = tee_next, .methods = tee_methods,
};

/* ---- the combinatoric iterators ---------------------------------------- */

/* product, permutations, combinations and combinations_with_replacement:
 * pools (product: one tuple per position; the others: one shared pool),
 * the positions in indices[0..r), and permutations' cycles. */
typedef struct {
    Obj base;
    TupleObj *pools;
    size_t r;                   /* the length of each result */
    size_t nindices;            /* r, or the pool's size for permutations */
    size_t *indices;
    size_t *cycles;             /* permutations only: r of them */
    bool started, stopped;
} CombObj;

static void comb_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((CombObj *)o)->pools);
}

static void comb_finalize(GC *gc, Obj *o)
{
    CombObj *c = (CombObj *)o;
    if (c->indices) mem_free(gc, c->indices, c->nindices * sizeof(size_t));
    if (c->cycles) mem_free(gc, c->cycles, c->r * sizeof(size_t));
}

/* A new CombObj over pools (rooted by the caller) making r-tuples, with
 * nindices zeroed positions and r cycles when asked. */
static CombObj *comb_alloc(Thread *t, TypeObj *cls, Value pools, size_t r, size_t nindices, bool with_cycles)
{
    size_t *indices = NULL, *cycles = NULL;
    if (nindices && !(indices = mem_alloc(t, nindices * sizeof(size_t)))) return NULL;
    if (r && with_cycles && !(cycles = mem_alloc(t, r * sizeof(size_t)))) {
        if (indices) mem_free(t->gc, indices, nindices * sizeof(size_t));
        return NULL;
    }
    CombObj *c = new_instance(t, cls);
    if (!c) {
        if (indices) mem_free(t->gc, indices, nindices * sizeof(size_t));
        if (cycles) mem_free(t->gc, cycles, r * sizeof(size_t));
        return NULL;
    }
    if (nindices) memset(indices, 0, nindices * sizeof(size_t));
    c->pools = TUPLE(pools);
    c->r = r;
    c->nindices = nindices;
    c->indices = indices;
    c->cycles = cycles;
    return c;
}

static Value product_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    int64_t repeat = 1;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        StrObj *k = STR(kwnames->items[i]);
        if (!str_eq_cstr(k, "repeat"))
            return exc_raise(t, &TypeErrorType, "'%s' is an invalid keyword argument for product()", k->data);
        if (op_index(t, args[nargs + (int)i], &repeat) < 0) return VAL_ERROR;
    }
    if (repeat < 0) return exc_raise(t, &ValueErrorType, "repeat argument cannot be negative");
    if (nargs && (uint64_t)repeat > SIZE_MAX / sizeof(size_t) / (uint64_t)nargs) return exc_no_memory(t);
    size_t npools = (size_t)nargs * (size_t)repeat;
    Value pools = tuple_new(t, npools);
    if (pools == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, pools);
    Value r = VAL_ERROR;
    int i = 0;
    for (; i < nargs; i++) {
        Value pool = tuple_from_iterable(t, args[i]);
        if (pool == VAL_ERROR) break;
        for (size_t j = 0; j < (size_t)repeat; j++) TUPLE(pools)->items[j * (size_t)nargs + (size_t)i] = pool;
    }
    if (i == nargs) {
        CombObj *c = comb_alloc(t, cls, pools, npools, npools, false);
        if (c) r = val_from_obj(c);
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value product_item(Thread *t, CombObj *c)
{
    Value r = tuple_new(t, c->r);
    if (r == VAL_ERROR) return VAL_ERROR;
    for (size_t i = 0; i < c->r; i++) TUPLE(r)->items[i] = TUPLE(c->pools->items[i])->items[c->indices[i]];
    return r;
}

/* Like an odometer: the rightmost position advances, carrying left. */
static Value product_next(Thread *t, Value self)
{
    CombObj *c = (CombObj *)val_as_obj(self);
    if (c->stopped) return VAL_UNBOUND;
    if (!c->started) {
        c->started = true;
        for (size_t i = 0; i < c->r; i++)
            if (TUPLE(c->pools->items[i])->len == 0) {
                c->stopped = true;
                return VAL_UNBOUND;
            }
        return product_item(t, c);
    }
    size_t i = c->r;
    while (i-- > 0) {
        if (++c->indices[i] < TUPLE(c->pools->items[i])->len) return product_item(t, c);
        c->indices[i] = 0;
    }
    c->stopped = true;
    return VAL_UNBOUND;
}

TypeObj ProductType = {
    ITERTOOLS_TYPE("product", CombObj),
    .trace = comb_trace, .finalize = comb_finalize, .new_ = product_new, .next = product_next,
};

/* The shared pool of the other three as the only item of pools. */
static Value one_pool(Thread *t, Value iterable)
{
    Value pool = tuple_from_iterable(t, iterable);
    if (pool == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, pool);
    Value pools = tuple_pack(t, 1, pool);
    gc_pop_roots(t, 1);
    return pools;
}

static TupleObj *pool_of(CombObj *c) { return TUPLE(c->pools->items[0]); }

/* The shared setup of the three: r defaults to the pool's size; for
 * permutations (all_positions) indices covers the whole pool. */
static Value comb_new(Thread *t, TypeObj *cls, Value iterable, Value r_arg, bool all_positions, CombObj **out)
{
    int64_t r = -1;
    if (r_arg != VAL_UNBOUND && r_arg != VAL_NONE &&
        count_arg(t, r_arg, "r must be non-negative", &r) < 0)
        return VAL_ERROR;
    Value pools = one_pool(t, iterable);
    if (pools == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, pools);
    size_t n = TUPLE(TUPLE(pools)->items[0])->len;
    size_t len = r < 0 ? n : (size_t)r;
    CombObj *c = comb_alloc(t, cls, pools, len, all_positions ? n : len, all_positions);
    gc_pop_roots(t, 1);
    *out = c;
    return c ? val_from_obj(c) : VAL_ERROR;
}

static Value permutations_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "permutations", args, nargs, kwnames, "iterable|r", a) < 0) return VAL_ERROR;
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE && !int_check(a[1]))
        return exc_raise(t, &TypeErrorType, "Expected int as r");
    CombObj *c;
    Value r = comb_new(t, cls, a[0], a[1], true, &c);
    if (r == VAL_ERROR) return r;
    size_t n = pool_of(c)->len;
    for (size_t i = 0; i < n; i++) c->indices[i] = i;
    c->stopped = c->r > n;
    for (size_t i = 0; !c->stopped && i < c->r; i++) c->cycles[i] = n - i;
    return r;
}

/* indices holds all n positions, the first r shown; cycles[i] counts
 * down the choices left at position i (CPython's algorithm). */
static Value permutations_next(Thread *t, Value self)
{
    CombObj *c = (CombObj *)val_as_obj(self);
    if (c->stopped) return VAL_UNBOUND;
    if (!c->started) {
        c->started = true;
        return pick(t, pool_of(c), c->indices, c->r);
    }
    size_t n = pool_of(c)->len, r = c->r;
    size_t *idx = c->indices;
    for (size_t i = r; i-- > 0;) {
        if (--c->cycles[i] == 0) {
            size_t first = idx[i];
            memmove(idx + i, idx + i + 1, (n - 1 - i) * sizeof(size_t));
            idx[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            size_t j = c->cycles[i];
            size_t tmp = idx[i];
            idx[i] = idx[n - j];
            idx[n - j] = tmp;
            return pick(t, pool_of(c), idx, r);
        }
    }
    c->stopped = true;
    return VAL_UNBOUND;
}

TypeObj PermutationsType = {
    ITERTOOLS_TYPE("permutations", CombObj),
    .trace = comb_trace, .finalize = comb_finalize, .new_ = permutations_new, .next = permutations_next,
};

static Value combinations_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "combinations", args, nargs, kwnames, "iterable,r", a) < 0) return VAL_ERROR;
    CombObj *c;
    Value r = comb_new(t, cls, a[0], a[1], false, &c);
    if (r == VAL_ERROR) return r;
    for (size_t i = 0; i < c->r; i++) c->indices[i] = i;
    c->stopped = c->r > pool_of(c)->len;
    return r;
}

static Value combinations_next(Thread *t, Value self)
{
    CombObj *c = (CombObj *)val_as_obj(self);
    if (c->stopped) return VAL_UNBOUND;
    if (c->started) {
        size_t n = pool_of(c)->len, r = c->r;
        /* The rightmost position not at its highest value, i + n - r. */
        size_t i = r;
        while (i > 0 && c->indices[i - 1] == i - 1 + n - r) i--;
        if (i == 0) {
            c->stopped = true;
            return VAL_UNBOUND;
        }
        c->indices[--i]++;
        for (size_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    }
    c->started = true;
    return pick(t, pool_of(c), c->indices, c->r);
}

TypeObj CombinationsType = {
    ITERTOOLS_TYPE("combinations", CombObj),
    .trace = comb_trace, .finalize = comb_finalize, .new_ = combinations_new, .next = combinations_next,
};

static Value cwr_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "combinations_with_replacement", args, nargs, kwnames, "iterable,r", a) < 0)
        return VAL_ERROR;
    CombObj *c;
    Value r = comb_new(t, cls, a[0], a[1], false, &c);
    if (r == VAL_ERROR) return r;
    c->stopped = pool_of(c)->len == 0 && c->r > 0;
    return r;
}

static Value cwr_next(Thread *t, Value self)
{
    CombObj *c = (CombObj *)val_as_obj(self);
    if (c->stopped) return VAL_UNBOUND;
    if (c->started) {
        size_t n = pool_of(c)->len, r = c->r;
        size_t i = r;
        while (i > 0 && c->indices[i - 1] == n - 1) i--;
        if (i == 0) {
            c->stopped = true;
            return VAL_UNBOUND;
        }
        size_t v = c->indices[i - 1] + 1;
        for (size_t j = i - 1; j < r; j++) c->indices[j] = v;
    }
    c->started = true;
    return pick(t, pool_of(c), c->indices, c->r);
}

TypeObj CwrType = {
    ITERTOOLS_TYPE("combinations_with_replacement", CombObj),
    .trace = comb_trace, .finalize = comb_finalize, .new_ = cwr_new, .next = cwr_next,
};

/* ---- the module -------------------------------------------------------- */

static TypeObj *const itertools_types[] = {ITERTOOLS_TYPES NULL};

Value mod_itertools_init(Thread *t)
{
    if (module_init_types(t, itertools_types) < 0) return VAL_ERROR;
    Value m = module_new(t, "_itertools");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    StrObj *module = str_intern(t, "itertools");
    bool ok = module != NULL;
    for (size_t i = 0; ok && itertools_types[i]; i++) {
        TypeObj *type = itertools_types[i];
        const char *name = type->name + strlen("itertools.");
        /* Reported as __name__ "count" of module "itertools". */
        type->qualname = str_intern(t, name);
        type->module = val_from_obj(module);
        ok = type->qualname && module_add(t, m, name, val_from_obj(type)) == 0;
    }
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
