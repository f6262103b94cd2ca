/*
 * obj_iter.h -- the builtin iterator types: enumerate, zip, map, filter,
 * reversed, the sequence iterator (iteration over a type that has only
 * __getitem__) and the call iterator (iter(f, sentinel)).
 *
 * Each returns itself from iter and produces items from its next slot,
 * VAL_UNBOUND when exhausted.  enumerate, zip, map, filter and reversed
 * are the builtins of the same names (their new_ slot parses the call).
 */
#ifndef ASTER_OBJ_ITER_H
#define ASTER_OBJ_ITER_H

#include "object.h"

extern TypeObj EnumerateType, ZipType, MapType, FilterType, ReversedType;
extern TypeObj SeqIterType, CallIterType;

/* An iterator over seq[0], seq[1], ... until IndexError (or
 * StopIteration).  May collect. */
Value seqiter_new(Thread *t, Value seq);
/* iter(callable, sentinel): calls callable until it returns a value equal
 * to sentinel.  May collect. */
Value calliter_new(Thread *t, Value callable, Value sentinel);
/* For the interpreter's list of static types. */
#define ITER_TYPES \
    &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &SeqIterType, \
    &CallIterType,

#endif
