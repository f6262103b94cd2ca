/*
 * obj_set.h -- set and frozenset: an open-addressing hash table of keys
 * that behaves slot for slot like CPython's, so that sets of ints (whose
 * hashes are the ints themselves) iterate and print in CPython's order.
 *
 * The table has mask + 1 slots (8 at first, inline in the object).  A
 * slot is unused (key VAL_UNBOUND), active, or a deleted dummy (key
 * SET_DUMMY, hash -1).  A lookup starts at hash & mask, scans up to 9
 * more slots linearly (when they fit before the end of the table), then
 * jumps with i = 5*i + 1 + perturb, perturb >>= 5.  When active + dummy
 * slots reach 3/5 of the table it is rebuilt with 4 * used (2 * used for
 * big sets) as the minimum size.  Iteration goes in slot order.
 */
#ifndef ASTER_OBJ_SET_H
#define ASTER_OBJ_SET_H

#include "object.h"

#define SET_MINSIZE 8
#define SET_DUMMY VAL_ERROR     /* the key of a deleted slot */

typedef struct {
    Value key;                  /* VAL_UNBOUND: never used; SET_DUMMY: deleted */
    int64_t hash;
} SetEntry;

typedef struct SetObj {
    Obj base;
    size_t fill;                /* active + dummy slots */
    size_t used;                /* active slots */
    size_t mask;                /* slots - 1 */
    size_t finger;              /* where pop() starts looking */
    int64_t hash;               /* frozenset: cached hash, or -1 */
    SetEntry *table;            /* smalltable, or mem_alloc'ed */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

#define SET(v) ((SetObj *)val_as_obj(v))
static inline bool set_check(Value v)
{
    return val_is_obj(v) && (val_isinstance(v, &SetType) || val_isinstance(v, &FrozenSetType));
}

/* An empty set of `type`: SetType or FrozenSetType (or a subclass).
 * May collect. */
Value set_new(Thread *t, TypeObj *type);
/* set.add(key); hashing and comparing may run script code.  0 / -1. */
int set_add(Thread *t, Value set, Value key);
int set_contains(Thread *t, Value set, Value key);   /* 1 / 0 / -1 */
/* set.discard(key): 1 removed, 0 absent, -1 error. */
int set_discard(Thread *t, Value set, Value key);
/* set.update(iterable).  0 / -1. */
int set_update(Thread *t, Value set, Value iterable);
/* In-place set operation with any iterable: BINOP_OR update, BINOP_AND
 * intersection_update, BINOP_SUB difference_update, BINOP_XOR
 * symmetric_difference_update.  0 / -1. */
int set_update_op(Thread *t, Value set, BinOp op, Value iterable);
static inline size_t set_len(Value set) { return SET(set)->used; }
/* The constant for a set display of more than two constants, made as
 * CPython's compiler makes it: a frozenset of the items (added in
 * order), rebuilt from its own iteration order (CPython's constant
 * merging does that).  Compiled as BUILD_SET 0, LOAD_CONST <it>,
 * SET_UPDATE, the display then iterates in CPython's order; adding the
 * items one by one does not.  items must be rooted.  May collect. */
Value set_const_frozenset(Thread *t, const Value *items, size_t n);
/* Iteration in table order from pos = 0; no script code runs. */
bool set_next(Value set, size_t *pos, Value *key);

#endif
