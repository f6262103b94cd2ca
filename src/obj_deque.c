/*
 * obj_deque.c -- collections.deque and its two iterators.
 *
 * Slot i of the deque is items[(head + i) & (cap - 1)].  Appending to a
 * full bounded deque drops the item at the other end, which in a ring is
 * only a move of head.
 *
 * Script code can run in the middle of a walk over the items (==, <, an
 * __index__); it may append, pop or clear.  As in CPython, every change of
 * length (and every rotate) bumps `state`, and a walk compares state after
 * each such call, raising "deque mutated during iteration" rather than
 * reading positions that have moved.  Item assignment and reverse leave
 * state alone, as CPython's do.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "obj_deque.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

#define VSIZE sizeof(Value)
#define MIN_CAP 8

typedef struct {
    Obj base;
    Value deque;
    size_t index;               /* position of the next item */
    size_t counter;             /* items left to return */
    uint64_t state;             /* the deque's state when the iterator was made */
} DequeIterObj;

/* ---- storage ---- */

static inline Value *slot(DequeObj *d, size_t i)
{
    return &d->items[(d->head + i) & (d->cap - 1)];
}

/* Moves the items into a new ring of newcap slots, the first at 0. */
static int resize(Thread *t, DequeObj *d, size_t newcap)
{
    Value *p = mem_alloc(t, newcap * VSIZE);
    if (!p) return -1;
    for (size_t i = 0; i < d->len; i++) p[i] = *slot(d, i);
    if (d->items) mem_free(t->gc, d->items, d->cap * VSIZE);
    d->items = p;
    d->cap = newcap;
    d->head = 0;
    return 0;
}

/* Called before the length becomes `need`: grows a ring too small for
 * it, halves one that would be less than a quarter used. */
static int fit(Thread *t, DequeObj *d, size_t need)
{
    if (need > d->cap) {
        size_t cap = d->cap ? d->cap : MIN_CAP;
        while (cap < need) {
            if (cap > SIZE_MAX / VSIZE / 2) {
                exc_no_memory(t);
                return -1;
            }
            cap *= 2;
        }
        return resize(t, d, cap);
    }
    if (d->cap > MIN_CAP && need < d->cap / 4) return resize(t, d, d->cap / 2);
    return 0;
}

static void release(GC *gc, DequeObj *d)
{
    if (d->items) mem_free(gc, d->items, d->cap * VSIZE);
    d->items = NULL;
    d->cap = d->head = d->len = 0;
}

static void clear(GC *gc, DequeObj *d)
{
    if (d->len == 0) return;
    release(gc, d);
    d->state++;
}

/* append and appendleft under the maxlen rule. */
static int add_right(Thread *t, DequeObj *d, Value v)
{
    d->state++;
    if (d->maxlen == 0) return 0;
    if ((int64_t)d->len == d->maxlen) {
        /* the free slot past the end, or the first item's when the ring
         * is full: either way the first item goes */
        *slot(d, d->len) = v;
        d->head = (d->head + 1) & (d->cap - 1);
        return 0;
    }
    if (d->len == d->cap && fit(t, d, d->len + 1) < 0) return -1;
    *slot(d, d->len) = v;
    d->len++;
    return 0;
}

static int add_left(Thread *t, DequeObj *d, Value v)
{
    d->state++;
    if (d->maxlen == 0) return 0;
    bool full = (int64_t)d->len == d->maxlen;
    if (!full && d->len == d->cap && fit(t, d, d->len + 1) < 0) return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    if (!full) d->len++;
    return 0;
}

/* pop and popleft of a non-empty deque. */
static Value take_right(Thread *t, DequeObj *d)
{
    if (fit(t, d, d->len - 1) < 0) return VAL_ERROR;
    d->state++;
    d->len--;
    return *slot(d, d->len);
}

static Value take_left(Thread *t, DequeObj *d)
{
    if (fit(t, d, d->len - 1) < 0) return VAL_ERROR;
    d->state++;
    Value v = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    return v;
}

/* Removes the item at i < len, moving the shorter side. */
static int remove_at(Thread *t, DequeObj *d, size_t i)
{
    if (fit(t, d, d->len - 1) < 0) return -1;
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) *slot(d, k) = *slot(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) *slot(d, k) = *slot(d, k + 1);
    }
    d->len--;
    d->state++;
    return 0;
}

/* Inserts v before position i <= len, moving the shorter side. */
static int insert_at(Thread *t, DequeObj *d, size_t i, Value v)
{
    if (d->len == d->cap && fit(t, d, d->len + 1) < 0) return -1;
    if (i < d->len / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (size_t k = 0; k < i; k++) *slot(d, k) = *slot(d, k + 1);
    } else {
        for (size_t k = d->len; k > i; k--) *slot(d, k) = *slot(d, k - 1);
    }
    *slot(d, i) = v;
    d->len++;
    d->state++;
    return 0;
}

/* Rotates n steps to the right (left when negative), one item at a time
 * across the shorter way round. */
static void rotate(DequeObj *d, int64_t n)
{
    if (d->len <= 1) return;
    d->state++;
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0) n += len;
    size_t mask = d->cap - 1;
    if (n <= len / 2) {
        for (int64_t k = 0; k < n; k++) {
            d->head = (d->head - 1) & mask;
            d->items[d->head] = *slot(d, d->len);
        }
    } else {
        for (int64_t k = n; k < len; k++) {
            *slot(d, d->len) = d->items[d->head];
            d->head = (d->head + 1) & mask;
        }
    }
}

/* A list of the items, in order.  May collect. */
static Value to_list(Thread *t, DequeObj *d)
{
    Value r = list_new(t, d->len);
    if (r == VAL_ERROR) return r;
    for (size_t i = 0; i < d->len; i++) LIST(r)->items[i] = *slot(d, i);
    LIST(r)->len = d->len;
    return r;
}

/* extend / extendleft.  May run script code. */
static int extend(Thread *t, Value self, Value iterable, bool left)
{
    DequeObj *d = DEQUE(self);
    if (iterable == self) {
        Value copy = to_list(t, d);
        if (copy == VAL_ERROR) return -1;
        gc_push_root(t, copy);
        int rc = extend(t, self, copy, left);
        gc_pop_roots(t, 1);
        return rc;
    }
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int rc = 0;
    for (;;) {
        Value v = op_next(t, it);
        if (v == VAL_UNBOUND) break;
        if (v == VAL_ERROR) {
            rc = -1;
            break;
        }
        /* a deque that can hold nothing only drains the iterable */
        if (d->maxlen == 0) continue;
        if ((left ? add_left(t, d, v) : add_right(t, d, v)) < 0) {
            rc = -1;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return rc;
}

/* d *= n: the items n times over, of which a bounded deque keeps the
 * last maxlen. */
static int repeat_inplace(Thread *t, DequeObj *d, int64_t n)
{
    if (n <= 0) {
        clear(t->gc, d);
        return 0;
    }
    if (n == 1 || d->len == 0) return 0;
    size_t len = d->len;
    if ((uint64_t)n > UINT64_MAX / len) {
        exc_no_memory(t);
        return -1;
    }
    uint64_t total = (uint64_t)n * len, keep = total;
    if (d->maxlen >= 0 && keep > (uint64_t)d->maxlen) keep = (uint64_t)d->maxlen;
    size_t cap = MIN_CAP;
    while (cap < keep) {
        if (cap > SIZE_MAX / VSIZE / 2) {
            exc_no_memory(t);
            return -1;
        }
        cap *= 2;
    }
    Value *p = mem_alloc(t, cap * VSIZE);
    if (!p) return -1;
    for (uint64_t k = 0; k < keep; k++) p[k] = *slot(d, (size_t)((total - keep + k) % len));
    mem_free(t->gc, d->items, d->cap * VSIZE);
    d->items = p;
    d->cap = cap;
    d->head = 0;
    d->len = (size_t)keep;
    d->state++;
    return 0;
}

/* ---- helpers for walks that run script code ---- */

static Value mutated(Thread *t, TypeObj *type)
{
    return exc_raise(t, type, "deque mutated during iteration");
}

/* An index-sized int argument: __index__, OverflowError past int64. */
static int ssize_arg(Thread *t, Value v, int64_t *out)
{
    if (int_check(v)) return int_as_i64(t, v, out);
    int r = slice_as_index(t, v, &OverflowErrorType, out);
    if (r == 0) exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer", v);
    return r == 1 ? 0 : -1;
}

/* The name in reprs and messages: "deque", or a subclass's own. */
static const char *short_name(Value self)
{
    const char *name = type_name(val_type(self));
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

/* ---- slots ---- */

static void deque_trace(GC *gc, Obj *o)
{
    DequeObj *d = (DequeObj *)o;
    if (d->len == 0) return;    /* items may be NULL: no pointer arithmetic on it */
    size_t first = d->cap - d->head;
    if (first >= d->len) {
        gc_mark_array(gc, d->items + d->head, d->len);
    } else {
        gc_mark_array(gc, d->items + d->head, first);
        gc_mark_array(gc, d->items, d->len - first);
    }
}

static void deque_finalize(GC *gc, Obj *o)
{
    release(gc, (DequeObj *)o);
}

static Value deque_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    DequeObj *d = gc_alloc(t, cls, cls->instance_size);
    if (!d) return VAL_ERROR;
    d->maxlen = -1;
    return val_from_obj(d);
}

/* deque(iterable=(), maxlen=None); calling __init__ again starts over. */
static Value deque_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "deque", args, nargs, kwnames, "|iterable,maxlen", a) < 0) return VAL_ERROR;
    int64_t maxlen = -1;
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE) {
        if (!int_check(a[1])) return exc_raise(t, &TypeErrorType, "an integer is required");
        if (int_as_i64(t, a[1], &maxlen) < 0) return VAL_ERROR;
        if (maxlen < 0) return exc_raise(t, &ValueErrorType, "maxlen must be non-negative");
    }
    DequeObj *d = DEQUE(self);
    d->maxlen = maxlen;
    clear(t->gc, d);
    if (a[0] != VAL_UNBOUND && extend(t, self, a[0], false) < 0) return VAL_ERROR;
    return VAL_NONE;
}

/* deque([1, 2]) or deque([1, 2], maxlen=5); "[...]" inside itself. */
static Value deque_repr(Thread *t, Value self)
{
    int r = repr_enter(t, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(t, "[...]");
    Value s = to_list(t, DEQUE(self));
    if (s != VAL_ERROR) {
        gc_push_root(t, s);
        s = op_repr(t, s);
        gc_pop_roots(t, 1);
    }
    repr_leave(t, self);
    if (s == VAL_ERROR) return s;
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s(", short_name(self));
    strbuf_put_str(&b, s);
    if (DEQUE(self)->maxlen >= 0) strbuf_printf(&b, ", maxlen=%lld", (long long)DEQUE(self)->maxlen);
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

/* The next item of a walk begun at `state`: 1 with *out set, 0 at the
 * end, -1 (RuntimeError) if the deque changed meanwhile. */
static int walk(Thread *t, DequeObj *d, uint64_t state, size_t i, Value *out)
{
    if (d->state != state) {
        mutated(t, &RuntimeErrorType);
        return -1;
    }
    if (i >= d->len) return 0;
    *out = *slot(d, i);
    return 1;
}

/* Lexicographic, like CPython's: walk both to the first items that
 * differ and compare those, or else compare which one ran out. */
static Value deque_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!deque_check(a) || !deque_check(b)) return VAL_NOTIMPL;
    DequeObj *x = DEQUE(a), *y = DEQUE(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return val_from_bool(op == CMP_NE);
    uint64_t sx = x->state, sy = y->state;
    for (size_t i = 0;; i++) {
        Value vx = VAL_NONE, vy = VAL_NONE;
        int hx = walk(t, x, sx, i, &vx);
        if (hx < 0) return VAL_ERROR;
        int hy = walk(t, y, sy, i, &vy);
        if (hy < 0) return VAL_ERROR;
        if (!hx || !hy) {
            switch (op) {
            case CMP_LT: return val_from_bool(hy);
            case CMP_LE: return val_from_bool(!hx);
            case CMP_EQ: return val_from_bool(hx == hy);
            case CMP_NE: return val_from_bool(hx != hy);
            case CMP_GT: return val_from_bool(hx);
            default: return val_from_bool(!hy);
            }
        }
        int r = op_eq_item(t, vx, vy);
        if (r < 0) return VAL_ERROR;
        if (!r) {
            gc_push_root(t, vx);
            gc_push_root(t, vy);
            Value c = op_compare(t, op, vx, vy);
            gc_pop_roots(t, 2);
            return c;
        }
    }
}

static int64_t deque_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)DEQUE(self)->len;
}

/* d[key] as a position: negative counts from the end; CPython's
 * sequence-protocol messages. */
static int item_index(Thread *t, Value self, Value key, size_t *out)
{
    int64_t i;
    if (val_is_int(key)) {
        i = val_as_int(key);
    } else {
        int r = slice_as_index(t, key, &IndexErrorType, &i);
        if (r == 0) exc_raise(t, &TypeErrorType, "sequence index must be integer, not '%T'", key);
        if (r != 1) return -1;
    }
    int64_t len = (int64_t)DEQUE(self)->len;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        exc_raise(t, &IndexErrorType, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Value deque_getitem(Thread *t, Value self, Value key)
{
    size_t i;
    if (item_index(t, self, key, &i) < 0) return VAL_ERROR;
    return *slot(DEQUE(self), i);
}

static int deque_setitem(Thread *t, Value self, Value key, Value value)
{
    size_t i;
    if (item_index(t, self, key, &i) < 0) return -1;
    if (value == VAL_UNBOUND) return remove_at(t, DEQUE(self), i);
    *slot(DEQUE(self), i) = value;
    return 0;
}

static int deque_contains(Thread *t, Value self, Value item)
{
    DequeObj *d = DEQUE(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = op_eq_item(t, *slot(d, i), item);
        if (r) return r;
        if (d->state != state) {
            mutated(t, &RuntimeErrorType);
            return -1;
        }
    }
    return 0;
}

static Value iter_new(Thread *t, Value self, TypeObj *type)
{
    DequeIterObj *it = gc_alloc(t, type, sizeof(DequeIterObj));
    if (!it) return VAL_ERROR;
    DequeObj *d = DEQUE(self);
    it->deque = self;
    it->state = d->state;
    it->counter = d->len;
    it->index = type == &DequeIterType ? 0 : d->len - 1;
    return val_from_obj(it);
}

static Value deque_iter(Thread *t, Value self)
{
    return iter_new(t, self, &DequeIterType);
}

/* deque + deque and deque * n (either order): a copy, then extended or
 * repeated in place, so the result keeps the maxlen. */
static Value deque_copy(Thread *t, Value self);

static Value deque_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) {
        if (!deque_check(a)) return VAL_NOTIMPL;
        if (!deque_check(b)) {
            if (list_may_reflect(b)) return VAL_NOTIMPL;
            return exc_raise(t, &TypeErrorType, "can only concatenate %s (not \"%T\") to %s",
                             short_name(a), b, short_name(a));
        }
        Value r = deque_copy(t, a);
        if (r == VAL_ERROR) return r;
        gc_push_root(t, r);
        int rc = extend(t, r, b, false);
        gc_pop_roots(t, 1);
        return rc < 0 ? VAL_ERROR : r;
    }
    if (op == BINOP_MUL) {
        bool left = deque_check(a);
        int64_t n;
        int c = list_repeat_count(t, left ? b : a, &n);
        if (c <= 0) return c < 0 ? VAL_ERROR : VAL_NOTIMPL;
        Value r = deque_copy(t, left ? a : b);
        if (r == VAL_ERROR) return r;
        return repeat_inplace(t, DEQUE(r), n) < 0 ? VAL_ERROR : r;
    }
    return VAL_NOTIMPL;
}

static Value deque_inplace(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) return extend(t, a, b, false) < 0 ? VAL_ERROR : a;
    if (op != BINOP_MUL) return VAL_NOTIMPL;
    int64_t n;
    int c = list_repeat_count(t, b, &n);
    if (c <= 0) return c < 0 ? VAL_ERROR : VAL_NOTIMPL;
    return repeat_inplace(t, DEQUE(a), n) < 0 ? VAL_ERROR : a;
}

/* ---- methods ---- */

/* Argument checks with CPython's wording: "deque.NAME() takes exactly
 * one argument (0 given)" and "deque.NAME() takes no keyword arguments". */
static int method_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min, int max)
{
    if ((!kwnames || kwnames->len == 0) && nargs - 1 >= min && nargs - 1 <= max) return 0;
    char full[40];
    snprintf(full, sizeof full, "deque.%s", name);
    if (arg_no_kw(t, full, kwnames) < 0) return -1;
    return arg_count(t, full, nargs - 1, min, max);
}

/* The count check of insert and index, in CPython's older wording:
 * "insert() takes exactly 2 arguments (1 given)". */
static int method_args_counted(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min,
                               int max)
{
    int n = nargs - 1;
    if ((!kwnames || kwnames->len == 0) && n >= min && n <= max) return 0;
    char full[40];
    snprintf(full, sizeof full, "deque.%s", name);
    if (arg_no_kw(t, full, kwnames) < 0) return -1;
    if (n >= min && n <= max) return 0;
    const char *how = min == max ? "exactly" : n < min ? "at least" : "at most";
    int want = n < min ? min : max;
    exc_raise(t, &TypeErrorType, "%s() takes %s %d argument%s (%d given)", name, how, want,
              want == 1 ? "" : "s", n);
    return -1;
}

#define METHOD(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

METHOD(deque_append_m)
{
    if (method_args(t, "append", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return add_right(t, DEQUE(args[0]), args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

METHOD(deque_appendleft_m)
{
    if (method_args(t, "appendleft", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return add_left(t, DEQUE(args[0]), args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

METHOD(deque_pop_m)
{
    if (method_args(t, "pop", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    if (d->len == 0) return exc_raise(t, &IndexErrorType, "pop from an empty deque");
    return take_right(t, d);
}

METHOD(deque_popleft_m)
{
    if (method_args(t, "popleft", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    if (d->len == 0) return exc_raise(t, &IndexErrorType, "pop from an empty deque");
    return take_left(t, d);
}

METHOD(deque_extend_m)
{
    if (method_args(t, "extend", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return extend(t, args[0], args[1], false) < 0 ? VAL_ERROR : VAL_NONE;
}

METHOD(deque_extendleft_m)
{
    if (method_args(t, "extendleft", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return extend(t, args[0], args[1], true) < 0 ? VAL_ERROR : VAL_NONE;
}

METHOD(deque_clear_m)
{
    if (method_args(t, "clear", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    clear(t->gc, DEQUE(args[0]));
    return VAL_NONE;
}

/* A deque's copy is a deque with the same maxlen; a subclass's is made
 * by calling the subclass, as CPython does. */
static Value deque_copy(Thread *t, Value self)
{
    DequeObj *d = DEQUE(self);
    TypeObj *type = val_type(self);
    if (type == &DequeType) {
        DequeObj *c = gc_alloc(t, &DequeType, sizeof(DequeObj));
        if (!c) return VAL_ERROR;
        c->maxlen = d->maxlen;
        if (fit(t, c, d->len) < 0) return VAL_ERROR;
        for (size_t i = 0; i < d->len; i++) c->items[i] = *slot(d, i);
        c->len = d->len;
        return val_from_obj(c);
    }
    Value r;
    if (d->maxlen < 0) {
        r = op_call1(t, val_from_obj(type), self);
    } else {
        Value maxlen = int_from_i64(t, d->maxlen);
        if (maxlen == VAL_ERROR) return maxlen;
        gc_push_root(t, maxlen);
        r = op_call2(t, val_from_obj(type), self, maxlen);
        gc_pop_roots(t, 1);
    }
    if (r != VAL_ERROR && !deque_check(r))
        return exc_raise(t, &TypeErrorType, "%s() must return a deque, not %T", type_name(type), r);
    return r;
}

METHOD(deque_copy_m)
{
    if (method_args(t, "copy", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return deque_copy(t, args[0]);
}

METHOD(deque_dunder_copy_m)
{
    if (method_args(t, "__copy__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return deque_copy(t, args[0]);
}

METHOD(deque_count_m)
{
    if (method_args(t, "count", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    uint64_t state = d->state;
    int64_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        int r = op_eq_item(t, *slot(d, i), args[1]);
        if (r < 0) return VAL_ERROR;
        n += r;
        if (d->state != state) return mutated(t, &RuntimeErrorType);
    }
    return int_from_i64(t, n);
}

/* start and stop of index(): clamped slice indices. */
static int search_bound(Thread *t, Value v, int64_t *out)
{
    int r = slice_as_index(t, v, NULL, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType, "slice indices must be integers or have an __index__ method");
    return r == 1 ? 0 : -1;
}

/* index(x[, start[, stop]]) */
METHOD(deque_index_m)
{
    if (method_args_counted(t, "index", nargs, kwnames, 1, 3) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    int64_t start = 0, stop = (int64_t)d->len;
    if (nargs > 2 && search_bound(t, args[2], &start) < 0) return VAL_ERROR;
    if (nargs > 3 && search_bound(t, args[3], &stop) < 0) return VAL_ERROR;
    int64_t len = (int64_t)d->len;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    if (stop > len) stop = len;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop; i++) {
        int r = op_eq_item(t, *slot(d, (size_t)i), args[1]);
        if (r < 0) return VAL_ERROR;
        if (r) return int_from_i64(t, i);
        if (d->state != state) return mutated(t, &RuntimeErrorType);
    }
    return exc_raise(t, &ValueErrorType, "%R is not in deque", args[1]);
}

/* insert(i, x): i clamped to the ends, like list.insert. */
METHOD(deque_insert_m)
{
    if (method_args_counted(t, "insert", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int64_t i;
    if (ssize_arg(t, args[1], &i) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    if ((int64_t)d->len == d->maxlen) return exc_raise(t, &IndexErrorType, "deque already at its maximum size");
    int64_t len = (int64_t)d->len;
    if (i < 0 && (i += len) < 0) i = 0;
    if (i > len) i = len;
    return insert_at(t, d, (size_t)i, args[2]) < 0 ? VAL_ERROR : VAL_NONE;
}

/* remove(x): the first item equal to x.  A change during the search is
 * an IndexError here, as in CPython. */
METHOD(deque_remove_m)
{
    if (method_args(t, "remove", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = op_eq_item(t, *slot(d, i), args[1]);
        if (r < 0) return VAL_ERROR;
        if (d->state != state) return mutated(t, &IndexErrorType);
        if (r) return remove_at(t, d, i) < 0 ? VAL_ERROR : VAL_NONE;
    }
    return exc_raise(t, &ValueErrorType, "%R is not in deque", args[1]);
}

METHOD(deque_reverse_m)
{
    if (method_args(t, "reverse", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    DequeObj *d = DEQUE(args[0]);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value v = *slot(d, i);
        *slot(d, i) = *slot(d, j - 1);
        *slot(d, j - 1) = v;
    }
    return VAL_NONE;
}

METHOD(deque_rotate_m)
{
    if (arg_no_kw(t, "deque.rotate", kwnames) < 0 ||
        arg_count_expected(t, "deque.rotate", nargs - 1, 0, 1) < 0)
        return VAL_ERROR;
    int64_t n = 1;
    if (nargs > 1 && ssize_arg(t, args[1], &n) < 0) return VAL_ERROR;
    rotate(DEQUE(args[0]), n);
    return VAL_NONE;
}

METHOD(deque_reversed_m)
{
    if (method_args(t, "__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return iter_new(t, args[0], &DequeRevIterType);
}

static Value deque_maxlen(Thread *t, Value self)
{
    int64_t m = DEQUE(self)->maxlen;
    return m < 0 ? VAL_NONE : int_from_i64(t, m);
}

static const MethodDef deque_methods[] = {
    { "append", deque_append_m, 0 },
    { "appendleft", deque_appendleft_m, 0 },
    { "pop", deque_pop_m, 0 },
    { "popleft", deque_popleft_m, 0 },
    { "extend", deque_extend_m, 0 },
    { "extendleft", deque_extendleft_m, 0 },
    { "clear", deque_clear_m, 0 },
    { "copy", deque_copy_m, 0 },
    { "__copy__", deque_dunder_copy_m, 0 },
    { "count", deque_count_m, 0 },
    { "index", deque_index_m, 0 },
    { "insert", deque_insert_m, 0 },
    { "remove", deque_remove_m, 0 },
    { "reverse", deque_reverse_m, 0 },
    { "rotate", deque_rotate_m, 0 },
    { "__reversed__", deque_reversed_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

static const GetSetDef deque_getset[] = {
    { "maxlen", deque_maxlen, NULL },
    { NULL, NULL, NULL },
};

TypeObj DequeType = {
    .base = { .type = &TypeType },
    .name = "collections.deque",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(DequeObj),
    .trace = deque_trace,
    .finalize = deque_finalize,
    .new_ = deque_new_slot,
    .init = deque_init,
    .repr = deque_repr,
    .hash = type_hash_unhashable,
    .binary = deque_binary,
    .inplace = deque_inplace,
    .compare = deque_compare,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .iter = deque_iter,
    .methods = deque_methods,
    .getset = deque_getset,
};

/* ---- iterators ---- */

static void dequeiter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((DequeIterObj *)o)->deque);
}

/* Both iterators fail once the deque has changed, even when exhausted. */
static Value dequeiter_next(Thread *t, Value self)
{
    DequeIterObj *it = (DequeIterObj *)val_as_obj(self);
    DequeObj *d = DEQUE(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        return mutated(t, &RuntimeErrorType);
    }
    if (it->counter == 0) return VAL_UNBOUND;
    it->counter--;
    Value v = *slot(d, it->index);
    it->index += it->base.type == &DequeRevIterType ? (size_t)-1 : 1;
    return v;
}

static Value dequeiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "_deque_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_small((int64_t)((DequeIterObj *)val_as_obj(args[0]))->counter);
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj DequeIterType = {
    .base = { .type = &TypeType },
    .name = "collections._deque_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(DequeIterObj),
    .trace = dequeiter_trace,
    .iter = op_iter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

TypeObj DequeRevIterType = {
    .base = { .type = &TypeType },
    .name = "collections._deque_reverse_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(DequeIterObj),
    .trace = dequeiter_trace,
    .iter = op_iter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};
