/*
 * test_dict.c -- the dict table: 100k int and str keys inserted, deleted
 * and reinserted with insertion order kept, growth and shrinking,
 * dict_get_str agreeing with dict_get, version bumps, mixed key types,
 * and a key whose __eq__ empties the dict in the middle of a lookup.
 *
 * Prints one line per failed check and "N passed, N failed"; exits 1 on
 * any failure.
 */
#include <stdio.h>
#include <string.h>
#include "interp.h"
#include "exc.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "check.h"


/* 100k keys; fewer under ASTER_GC_STRESS, where every allocation
 * collects the whole heap. */
static int N;

static Value I(int64_t i) { return val_from_small(i); }

static Value key_str(Thread *t, int i)
{
    char buf[32];
    snprintf(buf, sizeof buf, "key%d", i);
    return str_from_cstr(t, buf);
}

static bool repr_is(Thread *t, Value v, const char *expect)
{
    gc_push_root(t, v);
    Value r = op_repr(t, v);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) {
        exc_clear(t);
        return false;
    }
    if (strcmp(str_cstr(r), expect) == 0) return true;
    printf("  got      %s\n  expected %s\n", str_cstr(r), expect);
    return false;
}

static void test_int_keys(Thread *t)
{
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    DictObj *d = DICT(dv);
    bool ok = true;
    for (int i = 0; i < N; i++)
        if (dict_set(t, d, I(i), I(2 * i)) < 0) ok = false;
    CHECK(ok && dict_len(d) == (size_t)N, "insert %d int keys", N);
    ok = true;
    for (int i = 0; i < N; i++)
        if (dict_get(t, d, I(i)) != I(2 * i)) ok = false;
    CHECK(ok, "look up %d int keys", N);
    CHECK(dict_get(t, d, I(N)) == VAL_UNBOUND, "missing key is VAL_UNBOUND");

    /* delete the even keys, then reinsert them */
    ok = true;
    for (int i = 0; i < N; i += 2)
        if (dict_del(t, d, I(i)) != 0) ok = false;
    CHECK(ok && dict_len(d) == (size_t)N / 2, "delete the even keys");
    CHECK(dict_del(t, d, I(0)) == 1, "deleting a missing key returns 1");
    ok = true;
    for (int i = 0; i < N; i++) {
        Value v = dict_get(t, d, I(i));
        if (i % 2 ? v != I(2 * i) : v != VAL_UNBOUND) ok = false;
    }
    CHECK(ok, "odd keys stay, even keys are gone");
    for (int i = N - 2; i >= 0; i -= 2) dict_set(t, d, I(i), I(-i));
    CHECK(dict_len(d) == (size_t)N, "reinsert the even keys");

    /* order: odd keys in their first order, then evens as reinserted */
    size_t pos = 0, n = 0;
    Value k, v;
    ok = true;
    while (dict_next(d, &pos, &k, &v)) {
        size_t half = (size_t)N / 2;
        int64_t want = n < half ? (int64_t)(2 * n + 1) : (int64_t)((size_t)N - 2 - 2 * (n - half));
        if (k != I(want) || v != (want % 2 ? I(2 * want) : I(-want))) ok = false;
        n++;
    }
    CHECK(ok && n == (size_t)N, "insertion order kept across deletes (%zu items)", n);
    gc_pop_roots(t, 1);
}

static void test_str_keys(Thread *t)
{
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    DictObj *d = DICT(dv);
    bool ok = true;
    for (int i = 0; i < N; i++) {
        Value k = key_str(t, i);
        if (dict_set(t, d, k, I(i)) < 0) ok = false;
    }
    CHECK(ok && dict_len(d) == (size_t)N, "insert %d str keys", N);
    /* fresh, equal strs find the stored keys through both paths */
    bool agree = true, found = true;
    for (int i = 0; i < N; i++) {
        Value k = key_str(t, i);
        Value a = dict_get(t, d, k), b = dict_get_str(d, STR(k));
        if (a != b) agree = false;
        if (a != I(i)) found = false;
    }
    CHECK(found, "dict_get finds equal str keys");
    CHECK(agree, "dict_get_str agrees with dict_get");
    for (int i = 0; i < N; i += 3) {
        Value k = key_str(t, i);
        if (dict_del(t, d, k) != 0) ok = false;
    }
    for (int i = 0; i < N; i += 3) {
        Value k = key_str(t, i);
        gc_push_root(t, k);
        if (dict_set_str(t, d, STR(k), I(-i)) < 0) ok = false;
        gc_pop_roots(t, 1);
    }
    CHECK(ok && dict_len(d) == (size_t)N, "delete and reinsert a third of the str keys");
    agree = true;
    for (int i = 0; i < N; i++) {
        Value k = key_str(t, i);
        Value want = i % 3 ? I(i) : I(-i);
        if (dict_get(t, d, k) != want || dict_get_str(d, STR(k)) != want) agree = false;
    }
    CHECK(agree, "both lookups see the reinserted values");
    gc_pop_roots(t, 1);
}

static void test_resize_and_keys_id(Thread *t)
{
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    DictObj *d = DICT(dv);
    CHECK(d->index_size == 0, "an empty dict owns no table");
    CHECK(d->keys_id == 0, "a dict that never had a key has keys_id 0");
    dict_set(t, d, I(1), I(1));
    CHECK(d->keys_id != 0 && d->index_size == 8, "first insert makes 8 slots and a keys_id");
    uint64_t k1 = d->keys_id;
    dict_set(t, d, I(1), I(2));
    CHECK(d->keys_id == k1, "replacing a value keeps keys_id");
    dict_get(t, d, I(1));
    CHECK(d->keys_id == k1, "a lookup keeps keys_id");
    dict_del(t, d, I(1));
    CHECK(d->keys_id != k1, "a delete changes keys_id");
    uint64_t k2 = d->keys_id;
    dict_del(t, d, I(1));
    CHECK(d->keys_id == k2, "deleting a missing key keeps keys_id");
    Value ev = dict_new(t);
    gc_push_root(t, ev);
    dict_set(t, DICT(ev), I(1), I(1));
    CHECK(DICT(ev)->keys_id != k1 && DICT(ev)->keys_id != k2, "no two dicts share a keys_id");
    gc_pop_roots(t, 1);

    for (int i = 0; i < 10000; i++) dict_set(t, d, I(i), I(i));
    size_t big = d->index_size;
    CHECK(big >= 16384, "10000 keys grow the table (%zu slots)", big);
    for (int i = 10; i < 10000; i++) dict_del(t, d, I(i));
    /* churn: each new key is deleted at once, until a resize compacts */
    int64_t k = 1000000;
    while (d->index_size == big && k < 1100000) {
        dict_set(t, d, I(k), I(k));
        dict_del(t, d, I(k));
        k++;
    }
    CHECK(d->index_size < big && d->index_size <= 64, "the table shrinks after deletions (%zu)",
          d->index_size);
    CHECK(d->nentries <= 11 && dict_len(d) == 10, "compaction drops deleted entries");
    bool ok = true;
    for (int i = 0; i < 10; i++)
        if (dict_get(t, d, I(i)) != I(i)) ok = false;
    CHECK(ok, "keys survive the shrink");
    gc_pop_roots(t, 1);
}

static void test_mixed_keys(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    DictObj *d = DICT(dv);
    Value a = str_from_cstr(t, "a");
    gc_push_root(t, a);
    dict_set(t, d, a, I(1));
    dict_set(t, d, I(2), a);
    Value tp = tuple_pack(t, 2, I(1), I(2));
    gc_push_root(t, tp);
    dict_set(t, d, tp, VAL_NONE);
    dict_set(t, d, val_from_double(2.0), I(3));     /* == 2: replaces the value */
    CHECK(dict_len(d) == 3, "2.0 and 2 are the same key");
    CHECK(repr_is(t, dv, "{'a': 1, 2: 3, (1, 2): None}"), "repr of a mixed dict");
    Value tp2 = tuple_pack(t, 2, I(1), I(2));
    CHECK(dict_get(t, d, tp2) == VAL_NONE, "an equal tuple finds the tuple key");
    Value a2 = str_from_cstr(t, "a");
    CHECK(dict_get_str(d, STR(a2)) == I(1), "dict_get_str finds a str key in a mixed dict");
    CHECK(dict_get(t, d, I(7)) == VAL_UNBOUND, "absent int key");

    /* missing keys raise KeyError through the subscript slot */
    CHECK(op_getitem(t, dv, I(7)) == VAL_ERROR && exc_matches(t, &KeyErrorType), "d[7] raises");
    exc_clear(t);
    Value unhashable = list_new(t, 0);
    gc_push_root(t, unhashable);
    CHECK(dict_set(t, d, unhashable, I(0)) < 0 && exc_matches(t, &TypeErrorType),
          "a list key raises TypeError");
    exc_clear(t);

    /* recursive repr, copy and equality */
    dict_set(t, d, I(9), dv);
    CHECK(repr_is(t, dv, "{'a': 1, 2: 3, (1, 2): None, 9: {...}}"), "recursive dict repr");
    Value c = dict_copy(t, d);
    gc_push_root(t, c);
    CHECK(op_eq(t, c, dv) == 1, "a copy is equal");
    dict_set(t, DICT(c), I(9), I(0));
    CHECK(op_eq(t, c, dv) == 0, "a changed copy is not equal");
    gc_root_reset(t, mark);
}

/* d.popitem() through the method table (there is no C API for it). */
static Value popitem(Thread *t, Value d)
{
    for (const MethodDef *m = DictType.methods; m->name; m++)
        if (strcmp(m->name, "popitem") == 0) return m->fn(t, &d, 1, NULL);
    return VAL_ERROR;
}

/* popitem frees its entry for reuse but leaves a dummy in the index:
 * popitem/insert cycles must still resize before the index fills up, or
 * a failed lookup would probe forever. */
static void test_popitem_churn(Thread *t)
{
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    DictObj *d = DICT(dv);
    for (int i = 0; i < 5; i++) dict_set(t, d, I(i), I(i));
    bool ok = true;
    for (int i = 5; i < 5000; i++) {
        Value p = popitem(t, dv);
        if (p == VAL_ERROR || TUPLE(p)->items[0] != I(i - 1)) ok = false;
        dict_set(t, d, I(i), I(i));
        if (dict_get(t, d, I(-1)) != VAL_UNBOUND) ok = false;
    }
    CHECK(ok && dict_len(d) == 5, "popitem/insert churn keeps working");
    CHECK(dict_get(t, d, I(4999)) == I(4999) && dict_get(t, d, I(3)) == I(3), "churned keys");
    gc_pop_roots(t, 1);
}

/* A key type whose __eq__ empties the dict it is being looked up in: the
 * lookup must start over (or fail), never touch freed memory. */
static Value evil_dict;

static int64_t evil_hash(Thread *t, Value self)
{
    (void)t; (void)self;
    return 7;
}

static Value evil_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)op; (void)a; (void)b;
    if (evil_dict != VAL_NONE && dict_len(DICT(evil_dict)) > 0) {
        DictObj *d = DICT(evil_dict);
        for (int i = 0; i < 50; i++) dict_set(t, d, I(1000 + i), I(i));
        size_t pos = 0;
        Value k;
        while (dict_next(d, &pos, &k, NULL)) dict_del(t, d, k);
    }
    return VAL_FALSE;
}

static TypeObj EvilType = {
    .base = { .type = &TypeType },
    .name = "Evil",
    .base_type = &ObjectType,
    .instance_size = sizeof(Obj),
    .hash = evil_hash,
    .compare = evil_compare,
};

static void test_mutating_eq(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value dv = dict_new(t);
    gc_push_root(t, dv);
    Obj *x = gc_alloc(t, &EvilType, sizeof(Obj));
    gc_push_root(t, val_from_obj(x));
    Obj *y = gc_alloc(t, &EvilType, sizeof(Obj));
    gc_push_root(t, val_from_obj(y));
    dict_set(t, DICT(dv), val_from_obj(x), I(1));
    evil_dict = dv;
    int r = dict_set(t, DICT(dv), val_from_obj(y), I(2));
    evil_dict = VAL_NONE;
    CHECK(r == 0 || exc_pending(t), "insert with a mutating __eq__ finishes");
    exc_clear(t);
    CHECK(dict_get(t, DICT(dv), val_from_obj(y)) == I(2) || r < 0, "the new key is there");
    gc_root_reset(t, mark);
}

int main(int argc, char **argv)
{
    Thread *t = interp_new(argc, argv, false);
    if (!t) return 1;
    evil_dict = VAL_NONE;
    N = t->gc->stress ? 2000 : 100000;
    test_int_keys(t);
    test_str_keys(t);
    test_resize_and_keys_id(t);
    test_mixed_keys(t);
    test_popitem_churn(t);
    test_mutating_eq(t);
    if (exc_pending(t)) {
        failed++;
        printf("FAIL: an exception is left pending\n");
    }
    interp_free(t);
    return check_summary();
}
