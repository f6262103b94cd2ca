/*
 * test_containers.c -- list sort (stability with key=, reverse, errors),
 * list slices, set iteration order against CPython's, tuple and frozenset
 * hashes against CPython's, range length and membership.
 *
 * Prints one line per failed check and "N passed, N failed"; exits 1 on
 * any failure.  Run it under ASTER_GC_STRESS=1 too: every value the test
 * holds across an allocation is rooted.
 */
#include <stdio.h>
#include <string.h>
#include "interp.h"
#include "exc.h"
#include "gc.h"
#include "module.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "check.h"


static Value I(int64_t i) { return val_from_small(i); }

/* repr(v) == expect?  Prints what it got on failure. */
static bool repr_is(Thread *t, Value v, const char *expect)
{
    gc_push_root(t, v);
    Value r = op_repr(t, v);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) {
        exc_clear(t);
        printf("  repr raised, expected %s\n", expect);
        return false;
    }
    if (strcmp(str_cstr(r), expect) == 0) return true;
    printf("  got      %s\n  expected %s\n", str_cstr(r), expect);
    return false;
}

/* The pending exception is of type tp with message msg; clears it. */
static bool raised(Thread *t, TypeObj *tp, const char *msg)
{
    if (!exc_pending(t)) return false;
    Value e = exc_fetch(t);
    if (!val_isinstance(e, tp)) return false;
    TupleObj *args = ((ExcObj *)val_as_obj(e))->args;
    if (!msg) return true;
    bool ok = args && args->len == 1 && str_check(args->items[0]) &&
              strcmp(str_cstr(args->items[0]), msg) == 0;
    if (!ok && args && args->len == 1 && str_check(args->items[0]))
        printf("  message: %s\n", str_cstr(args->items[0]));
    return ok;
}

static Value list_of(Thread *t, const int64_t *v, size_t n)
{
    Value l = list_new(t, n);
    for (size_t i = 0; i < n; i++) list_append(t, l, I(v[i]));
    return l;
}

/* ---- sort ---- */

/* key=lambda p: p[0] */
static Value first_item(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)t; (void)nargs; (void)kwnames;
    return TUPLE(args[0])->items[0];
}
static const MethodDef first_item_def = { "first", first_item, 0 };

static uint32_t rng_state = 12345;
static uint32_t rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 8;
}

static void test_sort(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    /* (key, original position) pairs with many equal keys */
    enum { N = 2000 };
    Value l = list_new(t, N);
    gc_push_root(t, l);
    for (int i = 0; i < N; i++) {
        Value p = tuple_pack(t, 2, I((int64_t)(rng() % 17)), I(i));
        list_append(t, l, p);
    }
    Value key = native_new(t, &first_item_def, VAL_UNBOUND, NULL);
    gc_push_root(t, key);
    for (int rev = 0; rev < 2; rev++) {
        CHECK(list_sort(t, l, key, rev) == 0, "sort with key failed");
        bool ordered = true, stable = true;
        ListObj *s = LIST(l);
        for (size_t i = 1; i < s->len; i++) {
            int64_t k0 = val_as_int(TUPLE(s->items[i - 1])->items[0]);
            int64_t k1 = val_as_int(TUPLE(s->items[i])->items[0]);
            int64_t p0 = val_as_int(TUPLE(s->items[i - 1])->items[1]);
            int64_t p1 = val_as_int(TUPLE(s->items[i])->items[1]);
            if (rev ? k0 < k1 : k0 > k1) ordered = false;
            if (k0 == k1 && p0 > p1) stable = false;
        }
        CHECK(s->len == N && ordered, "sort (reverse=%d) did not order by key", rev);
        CHECK(stable, "sort (reverse=%d) with key is not stable", rev);
        /* put the pairs back in their original order for the next round */
        for (size_t i = 0; i < s->len; i++) {
            Value p = s->items[i];
            size_t at = (size_t)val_as_int(TUPLE(p)->items[1]);
            Value q = s->items[at];
            s->items[at] = p;
            s->items[i] = q;
            if (at != i) i--;
        }
    }

    /* plain ints, already sorted, reversed, random */
    int64_t vals[500];
    for (int i = 0; i < 500; i++) vals[i] = (int64_t)(rng() % 1000) - 500;
    Value r = list_of(t, vals, 500);
    gc_push_root(t, r);
    CHECK(list_sort(t, r, VAL_NONE, false) == 0, "int sort failed");
    bool ok = true;
    for (size_t i = 1; i < 500; i++)
        if (val_as_int(LIST(r)->items[i - 1]) > val_as_int(LIST(r)->items[i])) ok = false;
    CHECK(ok, "ints not sorted");
    CHECK(list_sort(t, r, VAL_NONE, true) == 0, "reverse sort failed");
    ok = true;
    for (size_t i = 1; i < 500; i++)
        if (val_as_int(LIST(r)->items[i - 1]) < val_as_int(LIST(r)->items[i])) ok = false;
    CHECK(ok, "ints not reverse sorted");

    /* mixed types: TypeError, the list keeps all its items */
    Value m = list_new(t, 3);
    gc_push_root(t, m);
    list_append(t, m, I(1));
    Value a = str_from_cstr(t, "a");
    list_append(t, m, a);
    CHECK(list_sort(t, m, VAL_NONE, false) == -1 &&
          raised(t, &TypeErrorType, "'<' not supported between instances of 'str' and 'int'"),
          "sorting [1, 'a'] should raise TypeError");
    CHECK(LIST(m)->len == 2, "list lost items after a failed sort");
    gc_root_reset(t, mark);
}

/* ---- slices ---- */

static Value slice3(Thread *t, Value a, Value b, Value c)
{
    return slice_new(t, a, b, c);
}

static void test_slices(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    int64_t ten[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    Value l = list_of(t, ten, 10);
    gc_push_root(t, l);
    Value s = slice3(t, I(2), I(8), I(3));
    gc_push_root(t, s);
    Value r = op_getitem(t, l, s);
    CHECK(r != VAL_ERROR && repr_is(t, r, "[2, 5]"), "l[2:8:3]");
    s = slice3(t, VAL_NONE, VAL_NONE, I(-1));
    gc_push_root(t, s);
    r = op_getitem(t, l, s);
    CHECK(r != VAL_ERROR && repr_is(t, r, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"), "l[::-1]");
    s = slice3(t, I(-3), I(100), VAL_NONE);
    gc_push_root(t, s);
    r = op_getitem(t, l, s);
    CHECK(r != VAL_ERROR && repr_is(t, r, "[7, 8, 9]"), "l[-3:100]");

    /* l[1:3] = [7, 8, 9] grows the list */
    int64_t three[3] = { 7, 8, 9 };
    Value v = list_of(t, three, 3);
    gc_push_root(t, v);
    s = slice3(t, I(1), I(3), VAL_NONE);
    gc_push_root(t, s);
    CHECK(op_setitem(t, l, s, v) == 0 &&
          repr_is(t, l, "[0, 7, 8, 9, 3, 4, 5, 6, 7, 8, 9]"), "l[1:3] = [7, 8, 9]");
    /* extended slice of the wrong size */
    s = slice3(t, VAL_NONE, VAL_NONE, I(6));
    gc_push_root(t, s);
    CHECK(op_setitem(t, l, s, v) == -1 &&
          raised(t, &ValueErrorType,
                 "attempt to assign sequence of size 3 to extended slice of size 2"),
          "l[::6] = [7, 8, 9] should raise ValueError");
    /* l[::-2] = ... the right size */
    s = slice3(t, VAL_NONE, VAL_NONE, I(-4));
    gc_push_root(t, s);
    CHECK(op_setitem(t, l, s, v) == 0 &&
          repr_is(t, l, "[0, 7, 9, 9, 3, 4, 8, 6, 7, 8, 7]"), "l[::-4] = [7, 8, 9]");
    /* del l[::2] */
    s = slice3(t, VAL_NONE, VAL_NONE, I(2));
    gc_push_root(t, s);
    CHECK(op_delitem(t, l, s) == 0 && repr_is(t, l, "[7, 9, 4, 6, 8]"), "del l[::2]");
    /* l[:] = l */
    s = slice3(t, VAL_NONE, VAL_NONE, VAL_NONE);
    gc_push_root(t, s);
    CHECK(op_setitem(t, l, s, l) == 0 && repr_is(t, l, "[7, 9, 4, 6, 8]"), "l[:] = l");
    /* index errors */
    CHECK(op_getitem(t, l, I(5)) == VAL_ERROR &&
          raised(t, &IndexErrorType, "list index out of range"), "l[5]");
    CHECK(op_getitem(t, l, I(-5)) != VAL_ERROR, "l[-5]");
    CHECK(op_setitem(t, l, I(9), I(0)) == -1 &&
          raised(t, &IndexErrorType, "list assignment index out of range"), "l[9] = 0");

    /* tuple slices and repr */
    Value tp = tuple_pack(t, 3, I(1), I(2), I(3));
    gc_push_root(t, tp);
    r = op_getitem(t, tp, s);
    CHECK(r == tp, "full slice of a tuple is the tuple");
    Value one = tuple_pack(t, 1, I(1));
    CHECK(repr_is(t, one, "(1,)"), "repr((1,))");
    CHECK(repr_is(t, tuple_empty(t), "()"), "repr(())");

    /* recursive reprs */
    Value rec = list_new(t, 1);
    gc_push_root(t, rec);
    list_append(t, rec, rec);
    CHECK(repr_is(t, rec, "[[...]]"), "recursive list repr");
    gc_root_reset(t, mark);
}

/* ---- sets ---- */

/* set built by adding the values in order */
static Value set_of(Thread *t, const int64_t *v, size_t n)
{
    Value s = set_new(t, &SetType);
    gc_push_root(t, s);
    for (size_t i = 0; i < n; i++) set_add(t, s, I(v[i]));
    gc_pop_roots(t, 1);
    return s;
}

static void test_set_order(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    /* expected strings are what CPython 3.12 prints */
    int64_t a[] = { 3, 1, 2 };
    CHECK(repr_is(t, set_of(t, a, 3), "{1, 2, 3}"), "{3, 1, 2}");
    int64_t b[] = { 10, 5, 100, 7 };
    CHECK(repr_is(t, set_of(t, b, 4), "{10, 100, 5, 7}"), "{10, 5, 100, 7}");
    int64_t c[7];
    for (int i = 0; i < 7; i++) c[i] = 20 - 3 * i;
    CHECK(repr_is(t, set_of(t, c, 7), "{2, 5, 8, 11, 14, 17, 20}"), "set(range(20, 0, -3))");
    int64_t d[] = { -1, -2, 5 };
    CHECK(repr_is(t, set_of(t, d, 3), "{5, -1, -2}"), "{-1, -2, 5}");
    int64_t e[10];
    for (int i = 0; i < 10; i++) e[i] = i;
    Value s = set_of(t, e, 10);
    gc_push_root(t, s);
    set_discard(t, s, I(3));
    set_discard(t, s, I(5));
    set_add(t, s, I(13));
    set_add(t, s, I(21));
    CHECK(repr_is(t, s, "{0, 1, 2, 4, 6, 7, 8, 9, 13, 21}"), "range(10) -3 -5 +13 +21");
    int64_t f[15];
    for (int i = 0; i < 15; i++) f[i] = 100 - 7 * i;
    CHECK(repr_is(t, set_of(t, f, 15),
                  "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}"),
          "set(range(100, 0, -7))");
    int64_t g[] = { 64, 128, 1, 65 };
    CHECK(repr_is(t, set_of(t, g, 4), "{64, 1, 128, 65}"), "{64, 128, 1, 65}");
    int64_t h[50];
    for (int i = 0; i < 50; i++) h[i] = i;
    s = set_of(t, h, 50);
    gc_push_root(t, s);
    for (int i = 0; i < 50; i += 3) set_discard(t, s, I(i));
    for (int i = 100; i < 140; i += 4) set_add(t, s, I(i));
    CHECK(repr_is(t, s, "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 128, 25, "
                        "26, 28, 29, 31, 32, 132, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 136, "
                        "49, 100, 104, 108, 112, 116, 120, 124}"),
          "range(50) minus multiples of 3 plus 100..140 step 4");
    /* an empty set and a frozenset */
    CHECK(repr_is(t, set_new(t, &SetType), "set()"), "repr(set())");
    Value fs = set_new(t, &FrozenSetType);
    gc_push_root(t, fs);
    CHECK(repr_is(t, fs, "frozenset()"), "repr(frozenset())");
    set_add(t, fs, I(2));
    set_add(t, fs, I(1));
    CHECK(repr_is(t, fs, "frozenset({1, 2})"), "repr(frozenset({1, 2}))");
    /* hashes are CPython's */
    CHECK(op_hash(t, fs) == INT64_C(-1826646154956904602), "hash(frozenset({1, 2}))");
    Value pair = tuple_pack(t, 2, I(1), I(2));
    CHECK(op_hash(t, pair) == INT64_C(-3550055125485641917), "hash((1, 2))");
    CHECK(op_hash(t, tuple_empty(t)) == INT64_C(5740354900026072187), "hash(())");
    gc_root_reset(t, mark);
}

/* ---- range ---- */

static void test_range(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value r = range_new(t, 0, 10, 3);
    gc_push_root(t, r);
    CHECK(op_len(t, r) == 4, "len(range(0, 10, 3))");
    CHECK(op_contains(t, r, I(9)) == 1, "9 in range(0, 10, 3)");
    CHECK(op_contains(t, r, I(10)) == 0, "10 not in range(0, 10, 3)");
    CHECK(op_contains(t, r, I(4)) == 0, "4 not in range(0, 10, 3)");
    CHECK(op_contains(t, r, I(-3)) == 0, "-3 not in range(0, 10, 3)");
    Value n = range_new(t, 5, -5, -2);
    gc_push_root(t, n);
    CHECK(op_len(t, n) == 5, "len(range(5, -5, -2))");
    CHECK(op_contains(t, n, I(-3)) == 1, "-3 in range(5, -5, -2)");
    CHECK(op_contains(t, n, I(-5)) == 0, "-5 not in range(5, -5, -2)");
    CHECK(op_contains(t, n, I(4)) == 0, "4 not in range(5, -5, -2)");
    Value e = range_new(t, 5, 5, 1);
    gc_push_root(t, e);
    CHECK(op_len(t, e) == 0 && op_contains(t, e, I(5)) == 0, "range(5, 5) is empty");
    Value big = range_new(t, -(INT64_C(1) << 40), INT64_C(1) << 40, 7);
    gc_push_root(t, big);
    CHECK(op_len(t, big) == (int64_t)((((uint64_t)1 << 41) - 1) / 7 + 1), "len of a big range");
    CHECK(repr_is(t, n, "range(5, -5, -2)"), "repr(range(5, -5, -2))");
    CHECK(repr_is(t, e, "range(5, 5)"), "repr(range(5, 5))");
    Value s = slice_new(t, VAL_NONE, VAL_NONE, I(-1));
    gc_push_root(t, s);
    Value r2 = range_new(t, 0, 10, 2);
    gc_push_root(t, r2);
    Value rs = op_getitem(t, r2, s);
    CHECK(rs != VAL_ERROR && repr_is(t, rs, "range(8, -2, -2)"), "range(0, 10, 2)[::-1]");
    CHECK(op_getitem(t, r, I(4)) == VAL_ERROR &&
          raised(t, &IndexErrorType, "range object index out of range"), "range(0, 10, 3)[4]");
    CHECK(op_getitem(t, r, I(-1)) == I(9), "range(0, 10, 3)[-1]");
    CHECK(range_new(t, 1, 2, 0) == VAL_ERROR &&
          raised(t, &ValueErrorType, "range() arg 3 must not be zero"), "range step 0");
    gc_root_reset(t, mark);
}

int main(int argc, char **argv)
{
    Thread *t = interp_new(argc, argv, false);
    if (!t) return 1;
    test_sort(t);
    test_slices(t);
    test_set_order(t);
    test_range(t);
    if (exc_pending(t)) {
        failed++;
        printf("FAIL: an exception is left pending\n");
    }
    interp_free(t);
    return check_summary();
}
