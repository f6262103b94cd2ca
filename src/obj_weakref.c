/*
 * obj_weakref.c -- weak references (see obj_weakref.h for how the
 * collector clears them).
 */
#include "obj_weakref.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "module.h"
#include "obj_file.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type.h"
#include "asyncio.h"
#include "ops.h"
#include "strbuf.h"

#define WR(v) ((WeakRefObj *)val_as_obj(v))

/* The builtin types whose own instances CPython lets be weakly
 * referenced (those aster has). */
static bool builtin_allows(const TypeObj *tp)
{
    return tp == &TypeType || tp == &FunctionType || tp == &MethodType || tp == &NativeType
        || tp == &SetType || tp == &FrozenSetType || tp == &GenType || tp == &CoroType
        || tp == &AsyncGenType || tp == &ModuleType || tp == &CodeType
        || tp == &TaskType || tp == &FutureType;
}

/* A script's class allows them unless it derives from a variable-size
 * builtin (int, bool, bytes, tuple). */
static bool supports_weakrefs(Value obj)
{
    if (!val_is_obj(obj)) return false;
    TypeObj *tp = val_type(obj);
    if (!(tp->flags & TYPE_HEAPTYPE)) return builtin_allows(tp) || val_isinstance(obj, &TypeType);
    while (tp->flags & TYPE_HEAPTYPE) tp = tp->base_type;
    return tp != &IntType && tp != &BoolType && tp != &BytesType && tp != &TupleType;
}

Value weakref_new(Thread *t, Value obj, Value callback)
{
    if (!supports_weakrefs(obj))
        return exc_raise(t, &TypeErrorType, "cannot create weak reference to '%s' object",
                         type_name(val_type(obj)));
    gc_push_root(t, obj);
    gc_push_root(t, callback);
    WeakRefObj *w = gc_alloc(t, &WeakRefType, sizeof(WeakRefObj));
    gc_pop_roots(t, 2);
    if (!w) return VAL_ERROR;
    w->referent = obj;
    w->callback = callback;
    w->immortal = val_isinstance(obj, &TypeType)
                  && !(((TypeObj *)val_as_obj(obj))->flags & TYPE_HEAPTYPE);
    /* Newest first: a dying object's callbacks run newest first, as in
     * CPython. */
    w->next = t->gc->weakrefs;
    t->gc->weakrefs = w;
    return val_from_obj(w);
}

bool weakref_callbacks_pending(Interp *ip)
{
    return ip->gc.weak_pending != NULL;
}

void weakref_run_callbacks(Thread *t)
{
    GC *gc = t->gc;
    uint32_t mark = gc_root_mark(t);
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    /* Taken as a whole: a callback's own code reaches poll points, which
     * must not run the next ones before it. */
    WeakRefObj *batch = gc->weak_pending;
    gc->weak_pending = NULL;
    for (WeakRefObj *w = batch; w; w = w->next) gc_push_root(t, val_from_obj(w));
    while (batch) {
        WeakRefObj *w = batch;
        batch = w->next;
        w->next = NULL;
        Value callback = w->callback;
        w->callback = VAL_NONE;
        Value wv = val_from_obj(w);
        gc_push_root(t, wv);
        gc_push_root(t, callback);
        if (op_call1(t, callback, wv) == VAL_ERROR) {
            Value exc = exc_fetch(t);
            gc_push_root(t, exc);
            Value r = op_repr(t, callback);
            file_write_stderr(t, "Exception ignored in: ", 22);
            if (r != VAL_ERROR) file_write_stderr(t, str_cstr(r), STR(r)->len);
            else exc_clear(t);
            file_write_stderr(t, "\n", 1);
            exc_print(t, exc);
            gc_pop_roots(t, 1);
        }
        gc_pop_roots(t, 2);
    }
    t->exc = saved;
    gc_root_reset(t, mark);
}

int64_t weakref_count(Thread *t, Value obj)
{
    int64_t n = 0;
    for (WeakRefObj *w = t->gc->weakrefs; w; w = w->next)
        if (w->referent == obj) n++;
    return n;
}

Value weakref_list(Thread *t, Value obj)
{
    Value list = list_new(t, 0);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    for (WeakRefObj *w = t->gc->weakrefs; w; w = w->next)
        if (w->referent == obj && list_append(t, list, val_from_obj(w)) < 0) {
            list = VAL_ERROR;
            break;
        }
    gc_pop_roots(t, 1);
    return list;
}

/* ---- the type ---- */

static void weakref_trace(GC *gc, Obj *o)
{
    /* Not the referent: that is the point. */
    gc_mark_value(gc, ((WeakRefObj *)o)->callback);
}

static Value weakref_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    if (arg_no_kw(t, "ref", kwnames) < 0 || arg_count(t, "__new__", nargs, 1, 2) < 0)
        return VAL_ERROR;
    return weakref_new(t, args[0], nargs > 1 ? args[1] : VAL_NONE);
}

/* The arguments were taken by weakref_new_slot. */
static Value weakref_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    (void)t; (void)self; (void)args; (void)nargs; (void)kwnames;
    return VAL_NONE;
}

static Value weakref_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "weakref", kwnames) < 0 || arg_count(t, "weakref", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return WR(self)->referent;
}

static Value weakref_repr(Thread *t, Value self)
{
    WeakRefObj *w = WR(self);
    StrBuf b;
    strbuf_init(&b);
    if (w->referent == VAL_NONE) {
        strbuf_printf(&b, "<weakref at %p; dead>", (void *)w);
        return strbuf_finish(t, &b);
    }
    strbuf_printf(&b, "<weakref at %p; to '%s' at %p", (void *)w, type_name(val_type(w->referent)),
                  (void *)val_as_obj(w->referent));
    Value name = op_getattr_opt(t, w->referent, NAME(t, name));
    if (name == VAL_ERROR) exc_clear(t);
    else if (str_check(name)) strbuf_printf(&b, " (%s)", str_cstr(name));
    strbuf_putc(&b, '>');
    return strbuf_finish(t, &b);
}

/* The referent's hash, kept once computed: a dead weakref that was
 * hashed alive still hashes (it may be a dict key). */
static int64_t weakref_hash(Thread *t, Value self)
{
    WeakRefObj *w = WR(self);
    if (w->hashed) return w->hash;
    if (w->referent == VAL_NONE) {
        exc_raise(t, &TypeErrorType, "weak object has gone away");
        return -1;
    }
    int64_t h = op_hash(t, w->referent);
    if (h == -1) return -1;
    w->hash = h;
    w->hashed = true;
    return h;
}

/* == and != compare the referents while both live, else identity. */
static Value weakref_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(a, &WeakRefType) || !val_is_type(b, &WeakRefType))
        return VAL_NOTIMPL;
    Value ra = WR(a)->referent, rb = WR(b)->referent;
    if (ra == VAL_NONE || rb == VAL_NONE) {
        bool same = a == b;
        return (op == CMP_EQ) == same ? VAL_TRUE : VAL_FALSE;
    }
    return op_compare(t, op, ra, rb);
}

static Value weakref_get_callback(Thread *t, Value self)
{
    (void)t;
    return WR(self)->callback;
}

static const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL, NULL, NULL},
};

TypeObj WeakRefType = {
    .base = { .type = &TypeType },
    .name = "weakref.ReferenceType",
    .base_type = &ObjectType,
    .instance_size = sizeof(WeakRefObj),
    .trace = weakref_trace,
    .new_ = weakref_new_slot,
    .init = weakref_init,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .compare = weakref_compare,
    .call = weakref_call,
    .getset = weakref_getset,
};

/* ---- the _weakref module ---- */

static Value m_getweakrefcount(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "getweakrefcount", kwnames) < 0 || arg_count(t, "getweakrefcount", nargs, 1, 1) < 0)
        return VAL_ERROR;
    return val_from_small(weakref_count(t, args[0]));
}

static Value m_getweakrefs(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "getweakrefs", kwnames) < 0 || arg_count(t, "getweakrefs", nargs, 1, 1) < 0)
        return VAL_ERROR;
    return weakref_list(t, args[0]);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", m_getweakrefcount, 0},
    {"getweakrefs", m_getweakrefs, 0},
    {NULL, NULL, 0},
};

Value mod_weakref_init(Thread *t)
{
    StrObj *qualname = str_intern(t, "ReferenceType");
    StrObj *module = str_intern(t, "weakref");
    if (!qualname || !module) return VAL_ERROR;
    WeakRefType.qualname = qualname;
    WeakRefType.module = val_from_obj(module);
    Value m = module_new(t, "_weakref");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = module_add_functions(t, m, weakref_functions) == 0
              && module_add(t, m, "ref", val_from_obj(&WeakRefType)) == 0
              && module_add(t, m, "ReferenceType", val_from_obj(&WeakRefType)) == 0
              ? m : VAL_ERROR;
    gc_pop_roots(t, 1);
    return r;
}
