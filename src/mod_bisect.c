/*
 * mod_bisect.c -- the bisect module: binary search in a sorted sequence
 * and insertion that keeps it sorted.  Items are read with a[i] and
 * compared with `<` only, so any sequence and any ordered items work;
 * key= applies to the items of a, not to x (insort applies it to x too).
 */
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type.h"
#include "ops.h"

typedef struct {
    Value a, x, key;
    int64_t lo, hi;
} Search;

/* Parses (a, x, lo=0, hi=None, *, key=None).  hi None (or -1, as in
 * CPython) means len(a). */
static int parse(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames, Search *s)
{
    Value a[5];
    if (arg_parse(t, fname, args, nargs, kwnames, "a,x|lo,hi,$key", a) < 0) return -1;
    s->a = a[0];
    s->x = a[1];
    s->key = a[4] == VAL_UNBOUND ? VAL_NONE : a[4];
    s->lo = 0;
    s->hi = -1;
    if (a[2] != VAL_UNBOUND && op_index(t, a[2], &s->lo) < 0) return -1;
    if (a[3] != VAL_UNBOUND && a[3] != VAL_NONE) {
        StrObj *index = str_intern(t, "__index__");
        if (!index) return -1;
        if (!int_check(a[3]) && type_lookup(val_type(a[3]), index) == VAL_UNBOUND) {
            exc_raise(t, &TypeErrorType, "argument should be integer or None, not '%s'", type_name(val_type(a[3])));
            return -1;
        }
        if (op_index(t, a[3], &s->hi) < 0) return -1;
    }
    if (s->lo < 0) {
        exc_raise(t, &ValueErrorType, "lo must be non-negative");
        return -1;
    }
    if (s->hi == -1) {
        s->hi = op_len(t, s->a);
        if (s->hi < 0) return -1;
    }
    return 0;
}

/* The insertion point of x: before equal items (left) or after them. */
static int64_t search(Thread *t, Search *s, Value x, bool right)
{
    int64_t lo = s->lo, hi = s->hi;
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        Value item = op_getitem(t, s->a, val_from_small(mid));
        if (item == VAL_ERROR) return -1;
        if (s->key != VAL_NONE) {
            gc_push_root(t, item);
            item = op_call1(t, s->key, item);
            gc_pop_roots(t, 1);
            if (item == VAL_ERROR) return -1;
        }
        gc_push_root(t, item);
        int c = right ? op_lt(t, x, item) : op_lt(t, item, x);
        gc_pop_roots(t, 1);
        if (c < 0) return -1;
        if (right == (c == 1)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static Value bisect_with(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, bool right)
{
    Search s;
    if (parse(t, fname, args, nargs, kwnames, &s) < 0) return VAL_ERROR;
    int64_t i = search(t, &s, s.x, right);
    return i < 0 ? VAL_ERROR : val_from_small(i);
}

static Value insort_with(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *fname, bool right)
{
    Search s;
    if (parse(t, fname, args, nargs, kwnames, &s) < 0) return VAL_ERROR;
    Value k = s.x;
    if (s.key != VAL_NONE) {
        k = op_call1(t, s.key, s.x);
        if (k == VAL_ERROR) return VAL_ERROR;
    }
    gc_push_root(t, k);
    int64_t i = search(t, &s, k, right);
    gc_pop_roots(t, 1);
    if (i < 0) return VAL_ERROR;
    StrObj *insert = str_intern(t, "insert");
    if (!insert) return VAL_ERROR;
    Value call[2] = {val_from_small(i), s.x};
    Value r = op_call_method(t, s.a, insert, call, 2);
    return r == VAL_ERROR ? VAL_ERROR : VAL_NONE;
}

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

FN(bisect_left) { return bisect_with(t, args, nargs, kwnames, "bisect_left", false); }
FN(bisect_right) { return bisect_with(t, args, nargs, kwnames, "bisect_right", true); }
FN(insort_left) { return insort_with(t, args, nargs, kwnames, "insort_left", false); }
FN(insort_right) { return insort_with(t, args, nargs, kwnames, "insort_right", true); }

static const MethodDef bisect_functions[] = {
    {"bisect_left", bisect_left, 0},
    {"bisect_right", bisect_right, 0},
    {"insort_left", insort_left, 0},
    {"insort_right", insort_right, 0},
    {NULL, NULL, 0},
};

Value mod_bisect_init(Thread *t)
{
    Value m = module_new(t, "bisect");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, bisect_functions) == 0;
    /* bisect and insort are the _right versions under a second name. */
    const char *aliases[2][2] = {{"bisect", "bisect_right"}, {"insort", "insort_right"}};
    for (int i = 0; ok && i < 2; i++) {
        StrObj *target = str_intern(t, aliases[i][1]);
        Value f = target ? op_getattr(t, m, target) : VAL_ERROR;
        ok = f != VAL_ERROR && module_add(t, m, aliases[i][0], f) == 0;
    }
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
