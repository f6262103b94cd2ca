/*
 * obj_list.h -- list: a growable array of values; also the recursion
 * guard that container reprs share.
 *
 * `items` is mem_alloc'ed memory holding `len` live values (`cap` slots).
 * Any call that can run script code (a comparison, __eq__, __index__, a
 * key function) may change the list, so C code re-reads len and items
 * after each such call.
 */
#ifndef ASTER_OBJ_LIST_H
#define ASTER_OBJ_LIST_H

#include "object.h"

typedef struct ListObj {
    Obj base;
    size_t len, cap;
    Value *items;               /* mem_alloc'ed */
} ListObj;

#define LIST(v) ((ListObj *)val_as_obj(v))
static inline bool list_check(Value v) { return val_is_obj(v) && val_isinstance(v, &ListType); }

/* An empty list with room for `capacity` items.  May collect. */
Value list_new(Thread *t, size_t capacity);
/* A list holding a copy of items[0..n); the array must stay reachable
 * (rooted) by the caller.  May collect. */
Value list_from_array(Thread *t, const Value *items, size_t n);
/* list(iterable).  May run script code and raise. */
Value list_from_iterable(Thread *t, Value iterable);
/* Appends one item; never collects (only mem_realloc).  0 / -1. */
int list_append(Thread *t, Value list, Value item);
/* list.extend(iterable).  May run script code and raise.  0 / -1. */
int list_extend(Thread *t, Value list, Value iterable);
/* Stable sort; key and reverse as list.sort (key VAL_NONE for none).
 * Comparisons and the key function may run script code; if that code
 * changes the list, ValueError "list modified during sort".  0 / -1. */
int list_sort(Thread *t, Value list, Value key, bool reverse);

/* For the operators of sequences (list, tuple, ...).  list_may_reflect:
 * can v's type still handle a binary operator itself (a class defining
 * __radd__ and the like)?  Then the sequence returns NotImplemented
 * instead of raising.  list_repeat_count: the count of `seq * count`:
 * 1 with *n set, 0 for NotImplemented, -1 on error (TypeError "can't
 * multiply sequence by non-int of type 'T'", OverflowError). */
bool list_may_reflect(Value v);
int list_repeat_count(Thread *t, Value count, int64_t *n);

/* Recursion guard for reprs of containers (Thread.repr_guard):
 * repr_enter returns 1 if obj is already being printed on this thread
 * (print "[...]" or the like), 0 after recording it, -1 on error (may
 * collect).  Every 0 must be paired with repr_leave(t, obj), errors
 * included. */
int repr_enter(Thread *t, Value obj);
void repr_leave(Thread *t, Value obj);

#endif
