/*
 * obj_deque.h -- collections.deque, a double-ended queue.
 *
 * The items sit in a ring buffer: `items` is mem_alloc'ed, `cap` slots
 * (zero or a power of two), the first item at `head`.  Both ends take
 * O(1); the ring doubles when full and halves when under a quarter used.
 */
#ifndef ASTER_OBJ_DEQUE_H
#define ASTER_OBJ_DEQUE_H

#include "object.h"

typedef struct DequeObj {
    Obj base;
    Value *items;
    size_t cap, head, len;
    int64_t maxlen;             /* -1: unbounded */
    uint64_t state;             /* bumped by every change iterators must notice */
} DequeObj;

extern TypeObj DequeType, DequeIterType, DequeRevIterType;

/* For the interpreter's list of static types. */
#define DEQUE_TYPES &DequeType, &DequeIterType, &DequeRevIterType,

#define DEQUE(v) ((DequeObj *)val_as_obj(v))
static inline bool deque_check(Value v) { return val_is_obj(v) && val_isinstance(v, &DequeType); }

#endif
