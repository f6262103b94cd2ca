/*
 * type_subclasses.c -- the registry behind type.__subclasses__().
 *
 * Each type keeps a list of weak references to its direct subclasses, in
 * creation order, so listing a class does not keep it alive.  One weakref
 * per subclass is shared by all of its bases (as CPython's is).  Entries
 * the collector cleared are dropped when the next subclass is added.
 */
#include "obj_type.h"
#include "gc.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "obj_weakref.h"

/* Drops the weakrefs whose class has died. */
static void prune(ListObj *l)
{
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++)
        if (((WeakRefObj *)val_as_obj(l->items[i]))->referent != VAL_NONE) l->items[n++] = l->items[i];
    l->len = n;
}

static int add_to(Thread *t, TypeObj *base, Value ref)
{
    if (!base->subclasses) {
        Value l = list_new(t, 0);
        if (l == VAL_ERROR) return -1;
        base->subclasses = LIST(l);
    }
    prune(base->subclasses);
    return list_append(t, val_from_obj(base->subclasses), ref);
}

int type_register_subclass(Thread *t, TypeObj *sub)
{
    if (!sub->bases || sub->bases->len == 0) return 0;
    Value ref = weakref_new(t, val_from_obj(sub), VAL_NONE);
    if (ref == VAL_ERROR) return -1;
    gc_push_root(t, ref);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sub->bases->len; i++)
        rc = add_to(t, (TypeObj *)val_as_obj(sub->bases->items[i]), ref);
    gc_pop_roots(t, 1);
    return rc;
}

Value type_subclasses(Thread *t, TypeObj *tp)
{
    Value r = list_new(t, 0);
    if (r == VAL_ERROR || !tp->subclasses) return r;
    gc_push_root(t, r);
    ListObj *l = tp->subclasses;
    for (size_t i = 0; i < l->len; i++) {
        Value cls = ((WeakRefObj *)val_as_obj(l->items[i]))->referent;
        if (cls != VAL_NONE && list_append(t, r, cls) < 0) {
            r = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(t, 1);
    return r;
}
