/*
 * obj_weakref.h -- weak references (obj_weakref.c).
 *
 * A weak reference does not keep its referent alive.  The collector
 * keeps every live weakref on a list (GC.weakrefs); after marking, a
 * weakref whose referent was not marked is cleared (it then returns None)
 * and, if it has a callback, moves to GC.weak_pending.  Callbacks never
 * run inside the collector: the VM runs the pending ones at its next poll
 * point (as it issues deferred warnings), and gc.collect() before it
 * returns.  So a referent dies at the first collection after its last
 * strong reference went away, not at once as under CPython's reference
 * counting.
 */
#ifndef ASTER_OBJ_WEAKREF_H
#define ASTER_OBJ_WEAKREF_H

#include "object.h"
#include "interp.h"

typedef struct WeakRefObj WeakRefObj;
struct WeakRefObj {
    Obj base;
    Value referent;             /* VAL_NONE once cleared */
    Value callback;             /* VAL_NONE when there is none */
    WeakRefObj *next;           /* on GC.weakrefs or GC.weak_pending */
    int64_t hash;               /* the referent's hash, once computed */
    bool hashed;
    bool immortal;              /* the referent is a static type: never cleared */
};

extern TypeObj WeakRefType;

/* weakref.ref(obj, callback=None): TypeError "cannot create weak
 * reference to 'int' object" for objects that do not support it. */
Value weakref_new(Thread *t, Value obj, Value callback);

/* Whether callbacks wait to run. */
bool weakref_callbacks_pending(Interp *ip);
/* Runs the callbacks of the weakrefs the collector cleared, each with its
 * weakref; an exception is printed as "Exception ignored in: ..." and
 * not raised (as in CPython).  Never raises. */
void weakref_run_callbacks(Thread *t);

/* getweakrefcount(obj) and getweakrefs(obj), for the _weakref module. */
int64_t weakref_count(Thread *t, Value obj);
Value weakref_list(Thread *t, Value obj);

#endif
