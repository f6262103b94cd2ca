/*
 * obj_tuple.h -- tuple: immutable, items inline.
 *
 * A tuple's hash mixes its items' hashes the way CPython's does (an
 * xxHash-style round per item), so sets of tuples of ints iterate in the
 * same order as CPython's.  The mixing steps are exposed for the other
 * types that hash like a tuple (range, slice).
 */
#ifndef ASTER_OBJ_TUPLE_H
#define ASTER_OBJ_TUPLE_H

#include "object.h"

struct TupleObj {
    Obj base;
    size_t len;
    Value items[];
};

#define TUPLE(v) ((TupleObj *)val_as_obj(v))
static inline bool tuple_check(Value v) { return val_is_obj(v) && val_isinstance(v, &TupleType); }

/* A tuple of n items, all None, for the caller to fill before anything
 * else can see it.  May collect. */
Value tuple_new(Thread *t, size_t n);
/* A tuple holding a copy of items[0..n); the array must stay reachable
 * (rooted) by the caller.  May collect. */
Value tuple_from_array(Thread *t, const Value *items, size_t n);
/* A tuple of n Values (rooted here while the tuple is allocated). */
Value tuple_pack(Thread *t, int n, ...);
/* tuple(iterable): an exact tuple is returned as is.  May run script
 * code and raise. */
Value tuple_from_iterable(Thread *t, Value iterable);
/* The empty tuple: Interp.empty_tuple once start-up has made it (tuple_new
 * with n == 0 returns it too).  May collect before that. */
Value tuple_empty(Thread *t);

/* CPython's tuple hash, step by step: start from TUPLE_HASH_INIT, add
 * each item's hash, then finish (with_len: mix in the count as tuples
 * do; slices do not). */
#define TUPLE_HASH_INIT UINT64_C(2870177450012600261)
static inline uint64_t tuple_hash_add(uint64_t acc, int64_t item_hash)
{
    acc += (uint64_t)item_hash * UINT64_C(14029467366897019727);
    acc = (acc << 31) | (acc >> 33);
    return acc * UINT64_C(11400714785074694791);
}
static inline int64_t tuple_hash_finish(uint64_t acc, size_t n, bool with_len)
{
    if (with_len) acc += (uint64_t)n ^ (TUPLE_HASH_INIT ^ UINT64_C(3527539));
    return acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
}

#endif
