/*
 * test_gc.c -- the collector's contract with C code: rooted values
 * survive collections, unrooted garbage is freed, the root stack unwinds
 * with gc_root_mark/gc_root_reset, frames are roots, pool blocks are
 * reused, and the NaN-boxed value words keep their kinds apart.
 */
#include <math.h>
#include <string.h>
#include "interp.h"
#include "frame.h"
#include "gc.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "check.h"

static size_t heap_objects(Thread *t)
{
    return gc_object_count(t->gc);
}

static void test_values(void)
{
    CHECK(val_is_int(val_from_small(SMALL_INT_MAX)) && val_as_int(val_from_small(SMALL_INT_MAX)) == SMALL_INT_MAX,
          "largest small int round-trips");
    CHECK(val_as_int(val_from_small(SMALL_INT_MIN)) == SMALL_INT_MIN, "smallest small int round-trips");
    CHECK(val_as_int(val_from_small(-1)) == -1, "-1 round-trips");
    CHECK(!int_fits_small(SMALL_INT_MAX + 1) && !int_fits_small(SMALL_INT_MIN - 1), "48-bit bounds");
    CHECK(val_is_double(val_from_double(-0.0)) && signbit(val_as_double(val_from_double(-0.0))), "-0.0 kept");
    CHECK(val_from_double(NAN) == CANONICAL_NAN && val_from_double(-NAN) == CANONICAL_NAN,
          "every NaN is the canonical one");
    CHECK(val_is_double(val_from_double(INFINITY)) && val_is_double(val_from_double(-INFINITY)), "infinities");
    CHECK(!val_is_double(VAL_NONE) && !val_is_int(VAL_NONE) && !val_is_obj(VAL_NONE), "None is a special");
    CHECK(val_both_int(val_from_small(1), val_from_small(-2)), "both-int test");
    CHECK(!val_both_int(val_from_small(1), val_from_double(1.0)) && !val_both_int(val_from_small(1), VAL_TRUE),
          "both-int test rejects float and bool");
}

static void test_roots(Thread *t)
{
    gc_collect(t);
    size_t base = heap_objects(t);

    /* Garbage disappears. */
    for (int i = 0; i < 1000; i++) tuple_new(t, 3);
    gc_collect(t);
    CHECK(heap_objects(t) == base, "unrooted tuples are freed (%zu left, %zu before)", heap_objects(t), base);

    /* A rooted list keeps its items. */
    uint32_t mark = gc_root_mark(t);
    Value list = list_new(t, 0);
    gc_push_root(t, list);
    for (int i = 0; i < 100; i++) {
        Value s = str_from_cstr(t, "item");
        list_append(t, list, s);
    }
    gc_collect(t);
    CHECK(LIST(list)->len == 100 && str_eq_cstr(STR(LIST(list)->items[99]), "item"),
          "a rooted list and its items survive");
    CHECK(heap_objects(t) >= base + 101, "the list and its strings are still on the heap");
    gc_root_reset(t, mark);
    gc_collect(t);
    CHECK(heap_objects(t) == base, "after the root is dropped, everything goes");
    CHECK(t->nroots == mark, "gc_root_reset restores the depth");
}

static void test_pool_reuse(Thread *t)
{
    gc_collect(t);
    Value a = tuple_new(t, 2);
    Obj *first = val_as_obj(a);
    gc_collect(t);                      /* a is garbage now */
    Value b = tuple_new(t, 2);
    CHECK(val_as_obj(b) == first || t->gc->stress || gc_pool_max == 0,
          "a freed block of the same size is reused");
    CHECK(TUPLE(b)->len == 2 && TUPLE(b)->items[0] == VAL_NONE, "reused memory is initialised");
}

int main(void)
{
    test_values();
    Thread *t = interp_new(0, NULL, false);
    if (!t) return 1;
    test_roots(t);
    test_pool_reuse(t);
    interp_free(t);
    return check_summary();
}
