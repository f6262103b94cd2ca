/*
 * mod_operator.c -- the _operator module: itemgetter, attrgetter and
 * methodcaller, in C because they are the usual sort keys.  The rest of
 * operator is aster code (stdlib/operator.as), which re-exports these.
 *
 * Each is an immutable callable object; everything it needs (the items,
 * the split attribute paths, the call's arguments and keyword names) is
 * prepared when it is made, so a call does no parsing.
 */
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

typedef struct {
    Obj base;
    TupleObj *items;            /* what to look up, one or more */
} ItemGetterObj;

typedef struct {
    Obj base;
    TupleObj *names;            /* the names as given, for the repr */
    TupleObj *paths;            /* per name, a tuple of interned parts */
} AttrGetterObj;

typedef struct {
    Obj base;
    StrObj *name;
    TupleObj *args;             /* positional values, then keyword values */
    TupleObj *kwnames;          /* NULL without keywords */
} MethodCallerObj;

TypeObj ItemGetterType, AttrGetterType, MethodCallerType;

static int one_argument(Thread *t, const char *fname, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, fname, kwnames) < 0) return -1;
    return arg_count_expected(t, fname, nargs, 1, 1);
}

/* ---- itemgetter ---------------------------------------------------------- */

static void itemgetter_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((ItemGetterObj *)o)->items);
}

static Value itemgetter_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "itemgetter", kwnames) < 0) return VAL_ERROR;
    if (nargs == 0) return exc_raise(t, &TypeErrorType, "itemgetter expected 1 argument, got 0");
    Value items = tuple_from_array(t, args, (size_t)nargs);
    if (items == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, items);
    ItemGetterObj *g = gc_alloc(t, cls, cls->instance_size);
    gc_pop_roots(t, 1);
    if (!g) return VAL_ERROR;
    g->items = TUPLE(items);
    return val_from_obj(g);
}

static Value itemgetter_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (one_argument(t, "itemgetter", nargs, kwnames) < 0) return VAL_ERROR;
    TupleObj *items = ((ItemGetterObj *)val_as_obj(self))->items;
    if (items->len == 1) return op_getitem(t, args[0], items->items[0]);
    Value result = tuple_new(t, items->len);
    if (result == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, result);
    for (size_t i = 0; i < items->len; i++) {
        Value v = op_getitem(t, args[0], items->items[i]);
        if (v == VAL_ERROR) {
            result = VAL_ERROR;
            break;
        }
        TUPLE(result)->items[i] = v;
    }
    gc_pop_roots(t, 1);
    return result;
}

static Value itemgetter_repr(Thread *t, Value self)
{
    TupleObj *items = ((ItemGetterObj *)val_as_obj(self))->items;
    return op_repr_call(t, "operator.itemgetter", items->items, items->len, NULL);
}

/* ---- attrgetter ---------------------------------------------------------- */

static void attrgetter_trace(GC *gc, Obj *o)
{
    AttrGetterObj *g = (AttrGetterObj *)o;
    gc_mark_obj(gc, (Obj *)g->names);
    gc_mark_obj(gc, (Obj *)g->paths);
}

/* "a.b.c" as a tuple of the interned parts. */
static Value split_path(Thread *t, StrObj *name)
{
    size_t nparts = 1;
    for (size_t i = 0; i < name->len; i++) nparts += name->data[i] == '.';
    Value path = tuple_new(t, nparts);
    if (path == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, path);
    const char *start = name->data;
    for (size_t i = 0; i < nparts; i++) {
        const char *end = strchr(start, '.');
        size_t len = end ? (size_t)(end - start) : strlen(start);
        StrObj *part = str_intern_len(t, start, len);
        if (!part) {
            path = VAL_ERROR;
            break;
        }
        TUPLE(path)->items[i] = val_from_obj(part);
        start += len + 1;
    }
    gc_pop_roots(t, 1);
    return path;
}

static Value attrgetter_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "attrgetter", kwnames) < 0) return VAL_ERROR;
    if (nargs == 0) return exc_raise(t, &TypeErrorType, "attrgetter expected 1 argument, got 0");
    for (int i = 0; i < nargs; i++)
        if (!str_check(args[i])) return exc_raise(t, &TypeErrorType, "attribute name must be a string");
    Value names = tuple_from_array(t, args, (size_t)nargs);
    if (names == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, names);
    Value paths = tuple_new(t, (size_t)nargs);
    if (paths != VAL_ERROR) {
        gc_push_root(t, paths);
        for (int i = 0; i < nargs && paths != VAL_ERROR; i++) {
            Value p = split_path(t, STR(TUPLE(names)->items[i]));
            if (p == VAL_ERROR) paths = VAL_ERROR;
            else TUPLE(paths)->items[i] = p;
        }
        gc_pop_roots(t, 1);
    }
    Value r = VAL_ERROR;
    if (paths != VAL_ERROR) {
        gc_push_root(t, paths);
        AttrGetterObj *g = gc_alloc(t, cls, cls->instance_size);
        gc_pop_roots(t, 1);
        if (g) {
            g->names = TUPLE(names);
            g->paths = TUPLE(paths);
            r = val_from_obj(g);
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value follow_path(Thread *t, Value obj, TupleObj *path)
{
    for (size_t i = 0; i < path->len && obj != VAL_ERROR; i++) {
        gc_push_root(t, obj);
        Value next = op_getattr(t, obj, STR(path->items[i]));
        gc_pop_roots(t, 1);
        obj = next;
    }
    return obj;
}

static Value attrgetter_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (one_argument(t, "attrgetter", nargs, kwnames) < 0) return VAL_ERROR;
    TupleObj *paths = ((AttrGetterObj *)val_as_obj(self))->paths;
    if (paths->len == 1) return follow_path(t, args[0], TUPLE(paths->items[0]));
    Value result = tuple_new(t, paths->len);
    if (result == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, result);
    for (size_t i = 0; i < paths->len; i++) {
        Value v = follow_path(t, args[0], TUPLE(paths->items[i]));
        if (v == VAL_ERROR) {
            result = VAL_ERROR;
            break;
        }
        TUPLE(result)->items[i] = v;
    }
    gc_pop_roots(t, 1);
    return result;
}

static Value attrgetter_repr(Thread *t, Value self)
{
    TupleObj *names = ((AttrGetterObj *)val_as_obj(self))->names;
    return op_repr_call(t, "operator.attrgetter", names->items, names->len, NULL);
}

/* ---- methodcaller -------------------------------------------------------- */

static void methodcaller_trace(GC *gc, Obj *o)
{
    MethodCallerObj *m = (MethodCallerObj *)o;
    gc_mark_obj(gc, (Obj *)m->name);
    gc_mark_obj(gc, (Obj *)m->args);
    gc_mark_obj(gc, (Obj *)m->kwnames);
}

static Value methodcaller_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (nargs == 0)
        return exc_raise(t, &TypeErrorType, "methodcaller needs at least one argument, the method name");
    if (!str_check(args[0])) return exc_raise(t, &TypeErrorType, "method name must be a string");
    StrObj *name = str_intern_obj(t, STR(args[0]));
    if (!name) return VAL_ERROR;
    gc_push_root(t, val_from_obj(name));
    size_t nkw = kwnames ? kwnames->len : 0;
    Value rest = tuple_from_array(t, args + 1, (size_t)nargs - 1 + nkw);
    Value r = VAL_ERROR;
    if (rest != VAL_ERROR) {
        gc_push_root(t, rest);
        MethodCallerObj *m = gc_alloc(t, cls, cls->instance_size);
        gc_pop_roots(t, 1);
        if (m) {
            m->name = name;
            m->args = TUPLE(rest);
            m->kwnames = nkw ? kwnames : NULL;
            r = val_from_obj(m);
        }
    }
    gc_pop_roots(t, 1);
    return r;
}

static Value methodcaller_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    if (one_argument(t, "methodcaller", nargs, kwnames) < 0) return VAL_ERROR;
    MethodCallerObj *m = (MethodCallerObj *)val_as_obj(self);
    Value method = op_getattr(t, args[0], m->name);
    if (method == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, method);
    size_t nkw = m->kwnames ? m->kwnames->len : 0;
    Value r = op_call(t, method, m->args->items, (int)(m->args->len - nkw), m->kwnames);
    gc_pop_roots(t, 1);
    return r;
}

static Value methodcaller_repr(Thread *t, Value self)
{
    MethodCallerObj *m = (MethodCallerObj *)val_as_obj(self);
    size_t nkw = m->kwnames ? m->kwnames->len : 0;
    Value all = tuple_new(t, m->args->len + 1);
    if (all == VAL_ERROR) return VAL_ERROR;
    TUPLE(all)->items[0] = val_from_obj(m->name);
    memcpy(TUPLE(all)->items + 1, m->args->items, m->args->len * sizeof(Value));
    gc_push_root(t, all);
    Value r = op_repr_call(t, "operator.methodcaller", TUPLE(all)->items, m->args->len + 1 - nkw, m->kwnames);
    gc_pop_roots(t, 1);
    return r;
}

/* ---- the module ---------------------------------------------------------- */

TypeObj ItemGetterType = {
    .base = { .type = &TypeType },
    .name = "operator.itemgetter",
    .base_type = &ObjectType,
    .instance_size = sizeof(ItemGetterObj),
    .trace = itemgetter_trace,
    .new_ = itemgetter_new,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
};

TypeObj AttrGetterType = {
    .base = { .type = &TypeType },
    .name = "operator.attrgetter",
    .base_type = &ObjectType,
    .instance_size = sizeof(AttrGetterObj),
    .trace = attrgetter_trace,
    .new_ = attrgetter_new,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
};

TypeObj MethodCallerType = {
    .base = { .type = &TypeType },
    .name = "operator.methodcaller",
    .base_type = &ObjectType,
    .instance_size = sizeof(MethodCallerObj),
    .trace = methodcaller_trace,
    .new_ = methodcaller_new,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
};

/* The classes report __name__ "itemgetter" from module "operator", as
 * in CPython. */
static int add_type(Thread *t, Value m, TypeObj *type, const char *name)
{
    StrObj *qualname = str_intern(t, name);
    StrObj *module = str_intern(t, "operator");
    if (!qualname || !module) return -1;
    type->qualname = qualname;
    type->module = val_from_obj(module);
    return module_add(t, m, name, val_from_obj(type));
}

Value mod_operator_init(Thread *t)
{
    static TypeObj *const types[] = { &ItemGetterType, &AttrGetterType, &MethodCallerType, NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    Value m = module_new(t, "_operator");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    int ok = add_type(t, m, &ItemGetterType, "itemgetter") == 0 &&
             add_type(t, m, &AttrGetterType, "attrgetter") == 0 &&
             add_type(t, m, &MethodCallerType, "methodcaller") == 0;
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
