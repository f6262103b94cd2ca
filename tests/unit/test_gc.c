/*
 * test_gc.c -- the collector's contract with C code: rooted values
 * survive collections, unrooted garbage is freed, the root stack unwinds
 * with gc_root_mark/gc_root_reset, frames are roots, pool blocks are
 * reused, and the NaN-boxed value words keep their kinds apart.  Also
 * the budgets for untrusted scripts (heap, allocation and step limits,
 * deadlock_raises) and running one interpreter after another.
 */
#include <math.h>
#include <string.h>
#include "interp.h"
#include "compile.h"
#include "exc.h"
#include "frame.h"
#include "gc.h"
#include "interrupt.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "vm.h"
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

/* Runs src as a module; true if it raised an exception of type `want`
 * (NULL: if it raised nothing).  Clears the exception. */
static bool script_raises(Thread *t, const char *src, TypeObj *want)
{
    uint32_t mark = gc_root_mark(t);
    Value m = module_new(t, "__main__");
    Value code = VAL_ERROR;
    if (m != VAL_ERROR) {
        gc_push_root(t, m);
        code = compile_source(t, src, strlen(src), "t.as", PARSE_FILE);
    }
    if (code != VAL_ERROR) {
        gc_push_root(t, code);
        vm_run_module(t, (CodeObj *)val_as_obj(code), ((ModuleObj *)val_as_obj(m))->dict);
    }
    gc_root_reset(t, mark);
    bool ok = want ? exc_pending(t) && exc_matches(t, want) : !exc_pending(t);
    if (exc_pending(t)) exc_clear(t);
    return ok;
}

static void test_limits(Thread *t)
{
    t->gc->limit = 16u << 20;
    CHECK(script_raises(t, "x = 'x' * 10**12", &MemoryErrorType), "heap limit: a huge string");
    CHECK(script_raises(t, "x = [0] * 10**8", &MemoryErrorType), "heap limit: a huge list");
    CHECK(script_raises(t, "x = 7 ** (10**9)", &MemoryErrorType), "heap limit: a huge int");
    CHECK(script_raises(t, "x = [0] * 1000", NULL), "heap limit: small things still work");
    t->gc->limit = 0;

    t->gc->allocation_limit = t->gc->allocated + (8u << 20);
    CHECK(script_raises(t, "s = ''\nfor i in range(10**5): s += 'ab'", &MemoryErrorType),
          "allocation limit: quadratic copying stops");
    t->gc->allocation_limit = 0;

    interrupt_set_step_limit(t, 10000);
    CHECK(script_raises(t, "while True: pass", &KeyboardInterruptType), "step limit: a busy loop");
    interrupt_set_step_limit(t, 10000);
    CHECK(script_raises(t, "def f(n):\n  if n: f(n - 1); f(n - 1)\nf(50)", &KeyboardInterruptType),
          "step limit: calls without loops");
    interrupt_set_step_limit(t, 10000);
    CHECK(script_raises(t, "sum(range(10**12))", &KeyboardInterruptType), "step limit: a native's loop");
    interrupt_set_step_limit(t, 10000);
    CHECK(script_raises(t, "for i in range(100): pass", NULL), "step limit: short loops finish");
    interrupt_set_step_limit(t, 0);
    CHECK(script_raises(t, "for i in range(100000): pass", NULL), "no step limit once removed");

    t->interp->deadlock_raises = true;
    CHECK(script_raises(t, "import asyncio\nasync def m(): await asyncio.Event().wait()\nasyncio.run(m())",
                        &RuntimeErrorType), "a deadlock raises when the host asks");
    t->interp->deadlock_raises = false;
}

int main(void)
{
    test_values();
    /* Twice: interp_free leaves the process ready for another one. */
    for (int round = 0; round < 2; round++) {
        Thread *t = interp_new(0, NULL, false);
        if (!t) return 1;
        test_roots(t);
        test_pool_reuse(t);
        test_limits(t);
        interp_free(t);
    }
    return check_summary();
}
