/*
 * mod_collections.c -- the _collections module: the C half of
 * `collections` (stdlib/collections/__init__.as re-exports it).
 */
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_deque.h"
#include "obj_str.h"

Value mod_collections_init(Thread *t)
{
    /* Named "collections.deque" for messages, as in CPython; the class
     * itself reports __name__ "deque" from module "collections". */
    StrObj *qualname = str_intern(t, "deque");
    StrObj *module = str_intern(t, "collections");
    if (!qualname || !module) return VAL_ERROR;
    DequeType.qualname = qualname;
    DequeType.module = val_from_obj(module);
    Value m = module_new(t, "_collections");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    int ok = module_add(t, m, "deque", val_from_obj(&DequeType));
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
