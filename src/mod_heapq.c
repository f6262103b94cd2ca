/*
 * mod_heapq.c -- the _heapq module: the heap primitives under
 * stdlib/heapq.as (which adds merge, nlargest and nsmallest in aster).
 *
 * A heap is a list with a[k] <= a[2k+1] and a[k] <= a[2k+2]; every
 * comparison is the ordinary `<`, so instances of script classes work.
 * The sift loops are CPython's, comparison for comparison, so ties come
 * out in the same order.  A comparison may run script code that changes
 * the list: its length is checked after each one and `items` re-read.
 */
#include <stdio.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_list.h"
#include "obj_type.h"
#include "ops.h"

typedef int (*LessFn)(Thread *t, Value a, Value b);

static int less(Thread *t, Value a, Value b) { return op_lt(t, a, b); }
static int greater(Thread *t, Value a, Value b) { return op_lt(t, b, a); }

static int changed_size(Thread *t)
{
    exc_raise(t, &RuntimeErrorType, "list changed size during iteration");
    return -1;
}

/* Moves the item at pos up toward start while it is less than its
 * parent. */
static int sift_down(Thread *t, ListObj *heap, size_t start, size_t pos, LessFn lt)
{
    size_t size = heap->len;
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        int c = lt(t, heap->items[pos], heap->items[parent]);
        if (c < 0) return -1;
        if (size != heap->len) return changed_size(t);
        if (c == 0) break;
        Value tmp = heap->items[parent];
        heap->items[parent] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = parent;
    }
    return 0;
}

/* Moves the smaller child up until pos is a leaf, then sifts the item
 * that was at pos back down into place (fewer comparisons than stopping
 * early, as Knuth notes). */
static int sift_up(Thread *t, ListObj *heap, size_t pos, LessFn lt)
{
    size_t end = heap->len, start = pos, limit = end >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int c = lt(t, heap->items[child], heap->items[child + 1]);
            if (c < 0) return -1;
            if (end != heap->len) return changed_size(t);
            if (c == 0) child++;
        }
        Value tmp = heap->items[child];
        heap->items[child] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = child;
    }
    return sift_down(t, heap, start, pos, lt);
}

/* CPython names None "None" here, not "NoneType". */
static int heap_arg(Thread *t, const char *fname, Value v, bool only_arg)
{
    if (list_check(v)) return 0;
    const char *got = v == VAL_NONE ? "None" : type_name(val_type(v));
    exc_raise(t, &TypeErrorType, only_arg ? "%s() argument must be list, not %s" : "%s() argument 1 must be list, not %s",
              fname, got);
    return -1;
}

/* Checks a call of f(heap[, item]): no keywords, the count, a list.
 * One-argument functions name themselves "_heapq.f" in count errors. */
static int heap_args(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames, int n)
{
    char qualified[40];
    snprintf(qualified, sizeof qualified, "_heapq.%s", fname);
    if (arg_no_kw(t, qualified, kwnames) < 0) return -1;
    if (n == 1 ? arg_count(t, qualified, nargs, 1, 1) < 0 : arg_count_expected(t, fname, nargs, n, n) < 0)
        return -1;
    return heap_arg(t, fname, args[0], n == 1);
}

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

FN(heappush)
{
    if (heap_args(t, "heappush", args, nargs, kwnames, 2) < 0) return VAL_ERROR;
    if (list_append(t, args[0], args[1]) < 0) return VAL_ERROR;
    ListObj *heap = LIST(args[0]);
    return sift_down(t, heap, 0, heap->len - 1, less) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value pop_with(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, LessFn lt)
{
    if (heap_args(t, fname, args, nargs, kwnames, 1) < 0) return VAL_ERROR;
    ListObj *heap = LIST(args[0]);
    if (heap->len == 0) return exc_raise(t, &IndexErrorType, "index out of range");
    Value last = heap->items[--heap->len];
    if (heap->len == 0) return last;
    Value top = heap->items[0];
    heap->items[0] = last;
    gc_push_root(t, top);
    int r = sift_up(t, heap, 0, lt);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : top;
}

FN(heappop) { return pop_with(t, args, nargs, kwnames, "heappop", less); }
FN(heappop_max) { return pop_with(t, args, nargs, kwnames, "_heappop_max", greater); }

static Value replace_with(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, LessFn lt)
{
    if (heap_args(t, fname, args, nargs, kwnames, 2) < 0) return VAL_ERROR;
    ListObj *heap = LIST(args[0]);
    if (heap->len == 0) return exc_raise(t, &IndexErrorType, "index out of range");
    Value top = heap->items[0];
    heap->items[0] = args[1];
    gc_push_root(t, top);
    int r = sift_up(t, heap, 0, lt);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : top;
}

FN(heapreplace) { return replace_with(t, args, nargs, kwnames, "heapreplace", less); }
FN(heapreplace_max) { return replace_with(t, args, nargs, kwnames, "_heapreplace_max", greater); }

/* heappushpop(heap, item): push then pop, faster than the two calls:
 * item itself comes back when it is not greater than the top. */
FN(heappushpop)
{
    if (heap_args(t, "heappushpop", args, nargs, kwnames, 2) < 0) return VAL_ERROR;
    ListObj *heap = LIST(args[0]);
    if (heap->len == 0) return args[1];
    int c = op_lt(t, heap->items[0], args[1]);
    if (c <= 0) return c < 0 ? VAL_ERROR : args[1];
    if (heap->len == 0) return exc_raise(t, &IndexErrorType, "index out of range");
    Value top = heap->items[0];
    heap->items[0] = args[1];
    gc_push_root(t, top);
    int r = sift_up(t, heap, 0, less);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : top;
}

/* Sifts every parent from the last one back to the root: O(n). */
static Value heapify_with(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, LessFn lt)
{
    if (heap_args(t, fname, args, nargs, kwnames, 1) < 0) return VAL_ERROR;
    ListObj *heap = LIST(args[0]);
    for (size_t i = heap->len / 2; i-- > 0;)
        if (sift_up(t, heap, i, lt) < 0) return VAL_ERROR;
    return VAL_NONE;
}

FN(heapify) { return heapify_with(t, args, nargs, kwnames, "heapify", less); }
FN(heapify_max) { return heapify_with(t, args, nargs, kwnames, "_heapify_max", greater); }

static const MethodDef heapq_functions[] = {
    {"heappush", heappush, 0},
    {"heappop", heappop, 0},
    {"heapify", heapify, 0},
    {"heapreplace", heapreplace, 0},
    {"heappushpop", heappushpop, 0},
    {"_heappop_max", heappop_max, 0},
    {"_heapify_max", heapify_max, 0},
    {"_heapreplace_max", heapreplace_max, 0},
    {NULL, NULL, 0},
};

Value mod_heapq_init(Thread *t)
{
    Value m = module_new(t, "_heapq");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = module_add_functions(t, m, heapq_functions) < 0 ? VAL_ERROR : m;
    gc_pop_roots(t, 1);
    return r;
}
