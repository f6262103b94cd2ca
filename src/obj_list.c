/*
 * obj_list.c -- list, its iterators, list.sort, and the repr recursion
 * guard.
 *
 * Script code can run in the middle of almost any list operation (==,
 * <, __index__, __iter__, a key function), and that code may append to
 * or clear the very list being worked on.  Hence the rule kept
 * throughout: after any call that may run script code, re-read l->len
 * and l->items; never keep a pointer into the items across such a call.
 */
#include <stdint.h>
#include <stdlib.h>
#include "obj_list.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_type.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"

#define VSIZE sizeof(Value)

typedef struct {
    Obj base;
    Value seq;                  /* the list, or VAL_UNBOUND once exhausted */
    size_t index;
} ListIterObj;

typedef struct {
    Obj base;
    Value seq;                  /* the list, or VAL_UNBOUND once exhausted */
    int64_t index;              /* next item to return, counting down */
} ListRevIterObj;

/* ---- storage ---- */

static int list_reserve(Thread *t, ListObj *l, size_t need)
{
    if (need <= l->cap) return 0;
    if (need > SIZE_MAX / (2 * VSIZE)) {
        exc_no_memory(t);
        return -1;
    }
    size_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < need) cap = need;
    Value *p = l->items ? mem_realloc(t, l->items, l->cap * VSIZE, cap * VSIZE)
                        : mem_alloc(t, cap * VSIZE);
    if (!p) return -1;
    l->items = p;
    l->cap = cap;
    return 0;
}

static void list_release(GC *gc, ListObj *l)
{
    if (l->items) mem_free(gc, l->items, l->cap * VSIZE);
    l->items = NULL;
    l->len = l->cap = 0;
}

static Value list_alloc(Thread *t, TypeObj *cls, size_t capacity)
{
    ListObj *l = gc_alloc(t, cls, cls->instance_size);
    if (!l) return VAL_ERROR;
    if (capacity) {
        if (capacity > SIZE_MAX / VSIZE) return exc_no_memory(t);
        l->items = mem_alloc(t, capacity * VSIZE);
        if (!l->items) return VAL_ERROR;
        l->cap = capacity;
    }
    return val_from_obj(l);
}

Value list_new(Thread *t, size_t capacity)
{
    return list_alloc(t, &ListType, capacity);
}

Value list_from_array(Thread *t, const Value *items, size_t n)
{
    Value r = list_new(t, n);
    if (r == VAL_ERROR) return r;
    if (n) memcpy(LIST(r)->items, items, n * VSIZE);
    LIST(r)->len = n;
    return r;
}

int list_append(Thread *t, Value list, Value item)
{
    ListObj *l = LIST(list);
    if (l->len == l->cap && list_reserve(t, l, l->len + 1) < 0) return -1;
    l->items[l->len++] = item;
    return 0;
}

/* Appends everything an iterator yields. */
static int extend_from_iter(Thread *t, Value list, Value it)
{
    for (;;) {
        Value v = op_next(t, it);
        if (v == VAL_UNBOUND) return 0;
        if (v == VAL_ERROR || list_append(t, list, v) < 0) return -1;
    }
}

int list_extend(Thread *t, Value list, Value iterable)
{
    ListObj *l = LIST(list);
    if (val_is_type(iterable, &ListType) || val_is_type(iterable, &TupleType) || iterable == list) {
        bool is_list = !val_is_type(iterable, &TupleType);
        size_t n = is_list ? LIST(iterable)->len : TUPLE(iterable)->len;
        if (n == 0) return 0;
        if (list_reserve(t, l, l->len + n) < 0) return -1;
        /* read after reserving: for l.extend(l) the items just moved */
        const Value *src = is_list ? LIST(iterable)->items : TUPLE(iterable)->items;
        memcpy(l->items + l->len, src, n * VSIZE);
        l->len += n;
        return 0;
    }
    Value it = op_iter(t, iterable);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int rc = extend_from_iter(t, list, it);
    gc_pop_roots(t, 1);
    return rc;
}

Value list_from_iterable(Thread *t, Value iterable)
{
    Value r = list_new(t, 0);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    int rc = list_extend(t, r, iterable);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : r;
}

/* ---- repr recursion guard ---- */

int repr_enter(Thread *t, Value obj)
{
    if (t->repr_guard == VAL_UNBOUND) {
        Value g = list_new(t, 8);
        if (g == VAL_ERROR) return -1;
        t->repr_guard = g;
    }
    ListObj *g = LIST(t->repr_guard);
    for (size_t i = 0; i < g->len; i++)
        if (g->items[i] == obj) return 1;
    return list_append(t, t->repr_guard, obj);
}

void repr_leave(Thread *t, Value obj)
{
    if (t->repr_guard == VAL_UNBOUND) return;
    ListObj *g = LIST(t->repr_guard);
    for (size_t i = g->len; i-- > 0;) {
        if (g->items[i] == obj) {
            memmove(g->items + i, g->items + i + 1, (g->len - i - 1) * VSIZE);
            g->len--;
            return;
        }
    }
}

/* ---- sorting ---- */

/* Merge sort of a permutation of item indexes: the values never move
 * while comparisons run script code, so nothing needs rooting beyond the
 * two arrays holding items and keys. */
typedef struct {
    Thread *t;
    const Value *keys;
    bool reverse;
} Sorter;

/* Must item a come before item b?  (Only when strictly less, for
 * stability.) */
static int sort_before(Sorter *s, size_t a, size_t b)
{
    Value x = s->keys[a], y = s->keys[b];
    return s->reverse ? op_lt(s->t, y, x) : op_lt(s->t, x, y);
}

static int insertion_sort(Sorter *s, size_t *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        size_t x = a[i], j = i;
        while (j > 0) {
            int r = sort_before(s, x, a[j - 1]);
            if (r < 0) return -1;
            if (!r) break;
            a[j] = a[j - 1];
            j--;
        }
        a[j] = x;
    }
    return 0;
}

static int merge_sort(Sorter *s, size_t *a, size_t *tmp, size_t n)
{
    if (n <= 12) return insertion_sort(s, a, n);
    size_t mid = n / 2;
    if (merge_sort(s, a, tmp, mid) < 0 || merge_sort(s, a + mid, tmp, n - mid) < 0) return -1;
    /* already in order: sorted input costs one comparison per merge */
    int r = sort_before(s, a[mid], a[mid - 1]);
    if (r <= 0) return r;
    memcpy(tmp, a, mid * sizeof *a);
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        r = sort_before(s, a[j], tmp[i]);
        if (r < 0) return -1;
        a[k++] = r ? a[j++] : tmp[i++];
    }
    while (i < mid) a[k++] = tmp[i++];
    return 0;
}

/* Sorts the items held by h (a private list) by keys. */
static int sort_items(Thread *t, ListObj *h, const Value *keys, bool reverse)
{
    size_t n = h->len;
    if (n < 2) return 0;
    if (n > SIZE_MAX / (2 * sizeof(size_t))) {
        exc_no_memory(t);
        return -1;
    }
    size_t *perm = mem_alloc(t, 2 * n * sizeof(size_t));
    if (!perm) return -1;
    for (size_t i = 0; i < n; i++) perm[i] = i;
    Sorter s = { t, keys, reverse };
    int rc = merge_sort(&s, perm, perm + n, n);
    Value *out = rc < 0 ? NULL : mem_alloc(t, h->cap * VSIZE);
    if (out) {
        for (size_t i = 0; i < n; i++) out[i] = h->items[perm[i]];
        mem_free(t->gc, h->items, h->cap * VSIZE);
        h->items = out;
    } else {
        rc = -1;
    }
    mem_free(t->gc, perm, 2 * n * sizeof(size_t));
    return rc;
}

int list_sort(Thread *t, Value list, Value key, bool reverse)
{
    ListObj *l = LIST(list);
    uint32_t mark = gc_root_mark(t);
    Value hold = list_new(t, 0);
    if (hold == VAL_ERROR) return -1;
    gc_push_root(t, hold);
    /* Move the items into a private list: while sorting, the list looks
     * empty, and anything script code puts into it shows afterwards. */
    ListObj *h = LIST(hold);
    *h = (ListObj){ .base = h->base, .len = l->len, .cap = l->cap, .items = l->items };
    l->items = NULL;
    l->len = l->cap = 0;

    int rc = -1;
    const Value *keys = h->items;
    if (key != VAL_NONE) {
        Value kl = list_new(t, h->len);
        if (kl == VAL_ERROR) goto done;
        gc_push_root(t, kl);
        ListObj *k = LIST(kl);
        for (size_t i = 0; i < h->len; i++) {
            Value kv = op_call1(t, key, h->items[i]);
            if (kv == VAL_ERROR) goto done;
            k->items[k->len++] = kv;
        }
        keys = k->items;
    }
    rc = sort_items(t, h, keys, reverse);
done:;
    bool modified = l->items != NULL || l->len != 0;
    list_release(t->gc, l);
    l->items = h->items;
    l->len = h->len;
    l->cap = h->cap;
    h->items = NULL;
    h->len = h->cap = 0;
    gc_root_reset(t, mark);
    if (rc == 0 && modified) {
        exc_raise(t, &ValueErrorType, "list modified during sort");
        rc = -1;
    }
    return rc;
}

/* ---- slots ---- */

static void list_trace(GC *gc, Obj *o)
{
    ListObj *l = (ListObj *)o;
    gc_mark_array(gc, l->items, l->len);
}

static void list_finalize(GC *gc, Obj *o)
{
    list_release(gc, (ListObj *)o);
}

static Value list_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return list_alloc(t, cls, 0);
}

static Value list_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (val_is_type(self, &ListType) && arg_no_kw(t, "list", kwnames) < 0) return VAL_ERROR;
    if (arg_count(t, "list", nargs, 0, 1) < 0) return VAL_ERROR;
    LIST(self)->len = 0;
    if (nargs && list_extend(t, self, args[0]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value list_repr(Thread *t, Value self)
{
    ListObj *l = LIST(self);
    if (l->len == 0) return str_from_cstr(t, "[]");
    int r = repr_enter(t, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(t, "[...]");
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        Value s = op_repr(t, l->items[i]);
        if (s == VAL_ERROR) {
            strbuf_free(&b);
            repr_leave(t, self);
            return VAL_ERROR;
        }
        if (i) strbuf_puts(&b, ", ");
        strbuf_put_str(&b, s);
    }
    strbuf_putc(&b, ']');
    repr_leave(t, self);
    return strbuf_finish(t, &b);
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

/* Lexicographic: find the first differing items, then compare them (or
 * the lengths when one list is a prefix of the other). */
static Value list_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if (!list_check(a) || !list_check(b)) return VAL_NOTIMPL;
    ListObj *x = LIST(a), *y = LIST(b);
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
    Value va = x->items[i], vb = y->items[i];
    gc_push_root(t, va);
    gc_push_root(t, vb);
    Value r = op_compare(t, op, va, vb);
    gc_pop_roots(t, 2);
    return r;
}

static int64_t list_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)LIST(self)->len;
}

static Value list_slice(Thread *t, ListObj *l, Value slice)
{
    int64_t start, stop, step, n;
    if (slice_indices(t, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
    Value r = list_new(t, (size_t)n);
    if (r == VAL_ERROR) return r;
    ListObj *d = LIST(r);
    for (int64_t i = 0; i < n; i++) d->items[i] = l->items[start + i * step];
    d->len = (size_t)n;
    return r;
}

static Value list_getitem(Thread *t, Value self, Value key)
{
    ListObj *l = LIST(self);
    int64_t i;
    if (val_is_int(key)) i = val_as_int(key);
    else if (slice_check(key)) return list_slice(t, l, key);
    else if (slice_subscript_index(t, key, "list", &i) < 0) return VAL_ERROR;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) return exc_raise(t, &IndexErrorType, "list index out of range");
    return l->items[i];
}

/* Removes the n items start, start+step, ... */
static void delete_slice(ListObj *l, int64_t start, int64_t step, int64_t n)
{
    if (n <= 0) return;
    if (step < 0) {
        start += step * (n - 1);
        step = -step;
    }
    size_t s = (size_t)start, st = (size_t)step, cnt = (size_t)n;
    if (st == 1) {
        memmove(l->items + s, l->items + s + cnt, (l->len - s - cnt) * VSIZE);
    } else {
        size_t w = s, last = s + (cnt - 1) * st;
        for (size_t r = s; r < l->len; r++)
            if (r > last || (r - s) % st != 0) l->items[w++] = l->items[r];
    }
    l->len -= cnt;
}

/* The values to store by a slice assignment, as a list or tuple that
 * does not share storage with the target list. */
static Value assigned_items(Thread *t, Value self, Value value, bool extended)
{
    if (value != self && (val_is_type(value, &ListType) || val_is_type(value, &TupleType)))
        return value;
    Value it = op_iter(t, value);
    if (it == VAL_ERROR) {
        if (exc_matches(t, &TypeErrorType)) {
            exc_clear(t);
            exc_raise(t, &TypeErrorType, extended ? "must assign iterable to extended slice"
                                                  : "can only assign an iterable");
        }
        return VAL_ERROR;
    }
    gc_push_root(t, it);
    Value r = list_new(t, 0);
    if (r != VAL_ERROR) {
        gc_push_root(t, r);
        if (extend_from_iter(t, r, it) < 0) r = VAL_ERROR;
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
    return r;
}

static int list_ass_slice(Thread *t, Value self, Value slice, Value value)
{
    ListObj *l = LIST(self);
    int64_t start, stop, step, n;
    if (slice_indices(t, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) return -1;
    if (value == VAL_UNBOUND) {
        delete_slice(l, start, step, n);
        return 0;
    }
    size_t len_before = l->len;
    Value seq = assigned_items(t, self, value, step != 1);
    if (seq == VAL_ERROR) return -1;
    gc_push_root(t, seq);
    int rc = 0;
    /* converting the value ran script code: the list may have changed */
    if (l->len != len_before &&
        slice_indices(t, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) {
        rc = -1;
        goto done;
    }
    bool is_list = !val_is_type(seq, &TupleType);
    size_t m = is_list ? LIST(seq)->len : TUPLE(seq)->len;
    if (step == 1) {
        size_t lo = (size_t)start, hi = lo + (size_t)n;
        if (m > (size_t)n && list_reserve(t, l, l->len + m - (size_t)n) < 0) {
            rc = -1;
            goto done;
        }
        const Value *src = is_list ? LIST(seq)->items : TUPLE(seq)->items;
        memmove(l->items + lo + m, l->items + hi, (l->len - hi) * VSIZE);
        if (m) memcpy(l->items + lo, src, m * VSIZE);
        l->len = l->len - (size_t)n + m;
    } else {
        if ((int64_t)m != n) {
            exc_raise(t, &ValueErrorType,
                      "attempt to assign sequence of size %zu to extended slice of size %lld",
                      m, (long long)n);
            rc = -1;
            goto done;
        }
        const Value *src = is_list ? LIST(seq)->items : TUPLE(seq)->items;
        for (int64_t i = 0; i < n; i++) l->items[start + i * step] = src[i];
    }
done:
    gc_pop_roots(t, 1);
    return rc;
}

static int list_setitem(Thread *t, Value self, Value key, Value value)
{
    if (slice_check(key)) return list_ass_slice(t, self, key, value);
    int64_t i;
    if (val_is_int(key)) i = val_as_int(key);
    else if (slice_subscript_index(t, key, "list", &i) < 0) return -1;
    ListObj *l = LIST(self);
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) {
        exc_raise(t, &IndexErrorType, "list assignment index out of range");
        return -1;
    }
    if (value == VAL_UNBOUND) {
        memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * VSIZE);
        l->len--;
    } else {
        l->items[i] = value;
    }
    return 0;
}

static int list_contains(Thread *t, Value self, Value item)
{
    ListObj *l = LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        int r = op_eq_item(t, l->items[i], item);
        if (r) return r;
    }
    return 0;
}

static Value list_iter(Thread *t, Value self)
{
    ListIterObj *it = gc_alloc(t, &ListIterType, sizeof(ListIterObj));
    if (!it) return VAL_ERROR;
    it->seq = self;
    return val_from_obj(it);
}

bool list_may_reflect(Value v)
{
    TypeObj *tp = val_type(v);
    return (tp->flags & TYPE_HEAPTYPE) && tp->binary != NULL;
}

static Value list_repeat(Thread *t, ListObj *l, int64_t n)
{
    if (n <= 0 || l->len == 0) return list_new(t, 0);
    if ((uint64_t)n > SIZE_MAX / VSIZE / l->len) return exc_no_memory(t);
    size_t len = l->len, total = len * (size_t)n;
    Value r = list_new(t, total);
    if (r == VAL_ERROR) return r;
    ListObj *d = LIST(r);
    for (size_t k = 0; k < total; k += len) memcpy(d->items + k, l->items, len * VSIZE);
    d->len = total;
    return r;
}

int list_repeat_count(Thread *t, Value count, int64_t *n)
{
    int r = slice_as_index(t, count, &OverflowErrorType, n);
    if (r != 0 || list_may_reflect(count)) return r;
    exc_raise(t, &TypeErrorType, "can't multiply sequence by non-int of type '%T'", count);
    return -1;
}

static Value list_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) {
        if (!list_check(a)) return VAL_NOTIMPL;
        if (!list_check(b)) {
            if (list_may_reflect(b)) return VAL_NOTIMPL;
            return exc_raise(t, &TypeErrorType, "can only concatenate list (not \"%T\") to list", b);
        }
        ListObj *x = LIST(a), *y = LIST(b);
        Value r = list_new(t, x->len + y->len);
        if (r == VAL_ERROR) return r;
        ListObj *d = LIST(r);
        if (x->len) memcpy(d->items, x->items, x->len * VSIZE);
        if (y->len) memcpy(d->items + x->len, y->items, y->len * VSIZE);
        d->len = x->len + y->len;
        return r;
    }
    if (op == BINOP_MUL) {
        bool left = list_check(a);
        int64_t n;
        int r = list_repeat_count(t, left ? b : a, &n);
        if (r <= 0) return r < 0 ? VAL_ERROR : VAL_NOTIMPL;
        return list_repeat(t, LIST(left ? a : b), n);
    }
    return VAL_NOTIMPL;
}

static Value list_inplace(Thread *t, BinOp op, Value a, Value b)
{
    if (op == BINOP_ADD) return list_extend(t, a, b) < 0 ? VAL_ERROR : a;
    if (op != BINOP_MUL) return VAL_NOTIMPL;
    int64_t n;
    int r = list_repeat_count(t, b, &n);
    if (r <= 0) return r < 0 ? VAL_ERROR : VAL_NOTIMPL;
    ListObj *l = LIST(a);
    if (n <= 0 || l->len == 0) {
        l->len = 0;
        return a;
    }
    if ((uint64_t)n > SIZE_MAX / VSIZE / l->len) return exc_no_memory(t);
    size_t len = l->len, total = len * (size_t)n;
    if (list_reserve(t, l, total) < 0) return VAL_ERROR;
    for (size_t k = len; k < total; k += len) memcpy(l->items + k, l->items, len * VSIZE);
    l->len = total;
    return a;
}

/* ---- methods ---- */

static int method_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min, int max)
{
    if (arg_no_kw(t, name, kwnames) < 0 || arg_count(t, name, nargs - 1, min, max) < 0) return -1;
    return 0;
}

/* An index argument that clamps instead of overflowing. */
static int clamped_index(Thread *t, Value v, int64_t *out)
{
    int r = slice_as_index(t, v, NULL, out);
    if (r == 0)
        exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer", v);
    return r == 1 ? 0 : -1;
}

static Value list_append_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.append", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return list_append(t, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_extend_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.extend", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return list_extend(t, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_insert_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "insert", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int64_t i;
    if (clamped_index(t, args[1], &i) < 0) return VAL_ERROR;
    ListObj *l = LIST(args[0]);
    int64_t len = (int64_t)l->len;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len) {
        i = len;
    }
    if (list_reserve(t, l, l->len + 1) < 0) return VAL_ERROR;
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * VSIZE);
    l->items[i] = args[2];
    l->len++;
    return VAL_NONE;
}

static Value list_pop_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "pop", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    int64_t i = -1;
    if (nargs > 1) {
        int r = slice_as_index(t, args[1], &OverflowErrorType, &i);
        if (r == 0)
            return exc_raise(t, &TypeErrorType, "'%T' object cannot be interpreted as an integer",
                             args[1]);
        if (r < 0) return VAL_ERROR;
    }
    ListObj *l = LIST(args[0]);
    if (l->len == 0) return exc_raise(t, &IndexErrorType, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) return exc_raise(t, &IndexErrorType, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * VSIZE);
    l->len--;
    return v;
}

static Value list_remove_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.remove", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    ListObj *l = LIST(args[0]);
    for (size_t i = 0; i < l->len; i++) {
        int r = op_eq_item(t, l->items[i], args[1]);
        if (r < 0) return VAL_ERROR;
        if (r && i < l->len) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * VSIZE);
            l->len--;
            return VAL_NONE;
        }
    }
    return exc_raise(t, &ValueErrorType, "list.remove(x): x not in list");
}

static Value list_clear_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.clear", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    list_release(t->gc, LIST(args[0]));
    return VAL_NONE;
}

/* start/stop arguments of index(): clamped, negative counts from the
 * end. */
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

static Value list_index_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "index", nargs, kwnames, 1, 3) < 0) return VAL_ERROR;
    ListObj *l = LIST(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && search_bound(t, args[2], (int64_t)l->len, &start) < 0) return VAL_ERROR;
    if (nargs > 3 && search_bound(t, args[3], (int64_t)l->len, &stop) < 0) return VAL_ERROR;
    for (int64_t i = start; i < stop && (uint64_t)i < l->len; i++) {
        int r = op_eq_item(t, l->items[i], args[1]);
        if (r < 0) return VAL_ERROR;
        if (r) return int_from_i64(t, i);
    }
    return exc_raise(t, &ValueErrorType, "%R is not in list", args[1]);
}

static Value list_count_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.count", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    ListObj *l = LIST(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        int r = op_eq_item(t, l->items[i], args[1]);
        if (r < 0) return VAL_ERROR;
        n += r;
    }
    return int_from_i64(t, n);
}

/* sort(*, key=None, reverse=False) */
static Value list_sort_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (nargs > 1) return exc_raise(t, &TypeErrorType, "sort() takes no positional arguments");
    Value key = VAL_NONE, reverse = VAL_FALSE;
    size_t nkw = kwnames ? kwnames->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        StrObj *name = STR(kwnames->items[i]);
        if (str_eq_cstr(name, "key")) key = args[nargs + i];
        else if (str_eq_cstr(name, "reverse")) reverse = args[nargs + i];
        else return exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for sort()", name);
    }
    int rev = op_truth(t, reverse);
    if (rev < 0) return VAL_ERROR;
    return list_sort(t, args[0], key, rev) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value list_reverse_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.reverse", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    ListObj *l = LIST(args[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value v = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = v;
    }
    return VAL_NONE;
}

static Value list_copy_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.copy", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return list_from_array(t, LIST(args[0])->items, LIST(args[0])->len);
}

static Value list_reversed_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (method_args(t, "list.__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    ListRevIterObj *it = gc_alloc(t, &ListRevIterType, sizeof(ListRevIterObj));
    if (!it) return VAL_ERROR;
    it->seq = args[0];
    it->index = (int64_t)LIST(args[0])->len - 1;
    return val_from_obj(it);
}

static const MethodDef list_methods[] = {
    { "append", list_append_m, 0 },
    { "extend", list_extend_m, 0 },
    { "insert", list_insert_m, 0 },
    { "pop", list_pop_m, 0 },
    { "remove", list_remove_m, 0 },
    { "clear", list_clear_m, 0 },
    { "index", list_index_m, 0 },
    { "count", list_count_m, 0 },
    { "sort", list_sort_m, 0 },
    { "reverse", list_reverse_m, 0 },
    { "copy", list_copy_m, 0 },
    { "__reversed__", list_reversed_m, 0 },
    { "__class_getitem__", alias_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

TypeObj ListType = {
    .base = { .type = &TypeType },
    .name = "list",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(ListObj),
    .trace = list_trace,
    .finalize = list_finalize,
    .new_ = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .hash = type_hash_unhashable,
    .binary = list_binary,
    .inplace = list_inplace,
    .compare = list_compare,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .methods = list_methods,
};

/* ---- iterators ---- */

static void listiter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((ListIterObj *)o)->seq);
}

static Value listiter_next(Thread *t, Value self)
{
    (void)t;
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    if (it->seq == VAL_UNBOUND) return VAL_UNBOUND;
    ListObj *l = LIST(it->seq);
    if (it->index < l->len) return l->items[it->index++];
    it->seq = VAL_UNBOUND;
    return VAL_UNBOUND;
}

static Value listiter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "list_iterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    ListIterObj *it = (ListIterObj *)val_as_obj(args[0]);
    if (it->seq == VAL_UNBOUND || it->index >= LIST(it->seq)->len) return val_from_small(0);
    return val_from_small((int64_t)(LIST(it->seq)->len - it->index));
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj ListIterType = {
    .base = { .type = &TypeType },
    .name = "list_iterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(ListIterObj),
    .trace = listiter_trace,
    .iter = op_iter_self,
    .next = listiter_next,
    .methods = listiter_methods,
};

static void listreviter_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((ListRevIterObj *)o)->seq);
}

static Value listreviter_next(Thread *t, Value self)
{
    (void)t;
    ListRevIterObj *it = (ListRevIterObj *)val_as_obj(self);
    if (it->seq == VAL_UNBOUND) return VAL_UNBOUND;
    ListObj *l = LIST(it->seq);
    if (it->index >= 0 && (uint64_t)it->index < l->len) return l->items[it->index--];
    it->seq = VAL_UNBOUND;
    return VAL_UNBOUND;
}

static Value listreviter_length_hint(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "list_reverseiterator.__length_hint__", nargs, kwnames) < 0) return VAL_ERROR;
    ListRevIterObj *it = (ListRevIterObj *)val_as_obj(args[0]);
    if (it->seq == VAL_UNBOUND || it->index < 0 || (uint64_t)it->index >= LIST(it->seq)->len)
        return val_from_small(0);
    return val_from_small(it->index + 1);
}

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObj ListRevIterType = {
    .base = { .type = &TypeType },
    .name = "list_reverseiterator",
    .base_type = &ObjectType,
    .instance_size = sizeof(ListRevIterObj),
    .trace = listreviter_trace,
    .iter = op_iter_self,
    .next = listreviter_next,
    .methods = listreviter_methods,
};
