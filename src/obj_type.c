/*
 * obj_type.c -- `type`, `object`, classes, slot wrappers and super.
 *
 * Builtin types are static TypeObjs; type_init gives each an interned
 * name, its MRO and a dict holding its methods, getset descriptors and a
 * slot wrapper per filled slot (so `object.__init__` and `int.__add__`
 * exist).  A class statement makes a heap TypeObj whose slots start as a
 * copy of its base's; every dunder the class (or a heap base) defines
 * points the matching slot at a function that calls the dunder.
 */
#include <stdio.h>
#include <string.h>
#include "obj_type.h"
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"

const char *type_name(const TypeObj *type)
{
    return type->name_obj ? type->name_obj->data : type->name;
}

bool type_issubclass(const TypeObj *sub, const TypeObj *sup)
{
    if (sub == sup) return true;
    if (sub->mro) {
        for (size_t i = 0; i < sub->mro->len; i++)
            if ((TypeObj *)val_as_obj(sub->mro->items[i]) == sup) return true;
        return false;
    }
    for (const TypeObj *b = sub->base_type; b; b = b->base_type)
        if (b == sup) return true;
    return false;
}

DictObj **obj_dict_slot(Value obj)
{
    if (!val_is_obj(obj)) return NULL;
    Obj *o = val_as_obj(obj);
    uint32_t off = o->type->dict_offset;
    return off ? (DictObj **)((char *)o + off) : NULL;
}

/* ---- slot wrappers ------------------------------------------------------ */

static int type_setattr(Thread *t, Value self, StrObj *name, Value value);

typedef enum {
    W_REPR, W_STR, W_HASH, W_INIT, W_NEW, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM,
    W_CONTAINS, W_ITER, W_NEXT, W_CALL, W_BOOL, W_BINARY, W_RBINARY, W_COMPARE,
    W_NEG, W_POS, W_INVERT, W_GETATTR, W_SETATTR, W_DELATTR, W_GET
} WrapKind;

typedef struct {
    Obj base;
    TypeObj *owner;
    StrObj *name;
    uint8_t kind;
    uint8_t op;
} SlotWrapperObj;

static Value wrapper_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kw)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(callable);
    TypeObj *o = w->owner;
    const char *nm = w->name->data;
    if (w->kind != W_INIT && w->kind != W_NEW && w->kind != W_CALL && arg_no_kw(t, nm, kw) < 0)
        return VAL_ERROR;
    if (nargs < 1) return exc_raise(t, &TypeErrorType, "descriptor '%s' of '%s' object needs an argument", nm, type_name(o));
    Value self = args[0];
    if (w->kind == W_NEW) {
        if (!val_isinstance(self, &TypeType))
            return exc_raise(t, &TypeErrorType, "%s.__new__(X): X is not a type object (%T)",
                             type_name(o), self);
        return o->new_(t, (TypeObj *)val_as_obj(self), args + 1, nargs - 1, kw);
    }
    if (!val_isinstance(self, o))
        return exc_raise(t, &TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'",
                         nm, type_name(o), type_name(val_type(self)));
    if (w->kind == W_GET) {
        /* __get__(instance, owner=None): None for instance means the
         * attribute was read from the class, as in CPython (whose count
         * messages here have no function name). */
        if (nargs < 2) return exc_raise(t, &TypeErrorType, " expected at least 1 argument, got %d", nargs - 1);
        if (nargs > 3) return exc_raise(t, &TypeErrorType, " expected at most 2 arguments, got %d", nargs - 1);
        Value instance = args[1], owner = nargs == 3 ? args[2] : VAL_NONE;
        if (instance == VAL_NONE && owner == VAL_NONE)
            return exc_raise(t, &TypeErrorType, "__get__(None, None) is invalid");
        TypeObj *cls = val_isinstance(owner, &TypeType) ? (TypeObj *)val_as_obj(owner) : val_type(instance);
        return o->descr_get(t, self, instance == VAL_NONE ? VAL_UNBOUND : instance, cls);
    }
    int want = (w->kind == W_BINARY || w->kind == W_RBINARY || w->kind == W_COMPARE
                || w->kind == W_GETITEM || w->kind == W_DELITEM || w->kind == W_CONTAINS
                || w->kind == W_GETATTR || w->kind == W_DELATTR) ? 2
             : (w->kind == W_SETITEM || w->kind == W_SETATTR) ? 3 : 1;
    if (w->kind != W_INIT && w->kind != W_CALL && nargs != want)
        return exc_raise(t, &TypeErrorType, "expected %d argument%s, got %d", want - 1,
                         want == 2 ? "" : "s", nargs - 1);
    switch ((WrapKind)w->kind) {
    case W_REPR: return o->repr(t, self);
    /* object.__str__ (inherited by every type without its own) is the
     * repr through the type of self, as in CPython. */
    case W_STR: return o->str ? o->str(t, self) : op_repr(t, self);
    case W_HASH: {
        int64_t h = o->hash(t, self);
        return h == -1 ? VAL_ERROR : int_from_i64(t, h);
    }
    case W_INIT: {
        Value r = o->init(t, self, args + 1, nargs - 1, kw);
        return r == VAL_ERROR ? r : VAL_NONE;
    }
    case W_LEN: {
        int64_t n = o->len(t, self);
        return n < 0 ? VAL_ERROR : int_from_i64(t, n);
    }
    case W_GETITEM: return o->getitem(t, self, args[1]);
    case W_SETITEM: return o->setitem(t, self, args[1], args[2]) < 0 ? VAL_ERROR : VAL_NONE;
    case W_DELITEM: return o->setitem(t, self, args[1], VAL_UNBOUND) < 0 ? VAL_ERROR : VAL_NONE;
    case W_CONTAINS: {
        int r = o->contains(t, self, args[1]);
        return r < 0 ? VAL_ERROR : val_from_bool(r);
    }
    case W_ITER: return o->iter(t, self);
    case W_NEXT: {
        Value r = o->next(t, self);
        if (r == VAL_UNBOUND) return exc_raise_value(t, &StopIterationType, VAL_UNBOUND);
        return r;
    }
    case W_CALL: return o->call(t, self, args + 1, nargs - 1, kw);
    case W_BOOL: {
        int r = o->truth(t, self);
        return r < 0 ? VAL_ERROR : val_from_bool(r);
    }
    case W_BINARY: return o->binary(t, (BinOp)w->op, self, args[1]);
    case W_RBINARY: return o->binary(t, (BinOp)w->op, args[1], self);
    case W_COMPARE: return o->compare(t, (CmpOp)w->op, self, args[1]);
    case W_NEG: return o->unary(t, UNOP_NEG, self);
    case W_POS: return o->unary(t, UNOP_POS, self);
    case W_INVERT: return o->unary(t, UNOP_INVERT, self);
    case W_GETATTR: {
        if (!str_check(args[1])) return exc_raise(t, &TypeErrorType, "attribute name must be string");
        Value v = generic_getattr(t, self, STR(args[1]));
        if (v == VAL_UNBOUND)
            return exc_raise(t, &AttributeErrorType, "'%s' object has no attribute '%U'",
                             type_name(val_type(self)), STR(args[1]));
        return v;
    }
    case W_SETATTR:
    case W_DELATTR:
        if (!str_check(args[1])) return exc_raise(t, &TypeErrorType, "attribute name must be string");
        if (w->owner == &TypeType)
            return type_setattr(t, self, STR(args[1]), w->kind == W_SETATTR ? args[2] : VAL_UNBOUND) < 0
                ? VAL_ERROR : VAL_NONE;
        return generic_setattr(t, self, STR(args[1]), w->kind == W_SETATTR ? args[2] : VAL_UNBOUND) < 0
            ? VAL_ERROR : VAL_NONE;
    case W_NEW: case W_GET: break;
    }
    return VAL_NONE;
}

static Value wrapper_descr_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)owner;
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    if (instance == VAL_UNBOUND || w->kind == W_NEW) return self;
    return method_new(t, self, instance);
}

static Value wrapper_repr(Thread *t, Value self)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<slot wrapper '%s' of '%s' objects>", w->name->data, type_name(w->owner));
    return strbuf_finish(t, &b);
}

static void wrapper_trace(GC *gc, Obj *o)
{
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    gc_mark_obj(gc, (Obj *)w->owner);
    gc_mark_obj(gc, (Obj *)w->name);
}

TypeObj SlotWrapperType = {
    .base = { .type = &TypeType },
    .name = "wrapper_descriptor",
    .base_type = &ObjectType,
    .instance_size = sizeof(SlotWrapperObj),
    .trace = wrapper_trace,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_descr_get,
};

static int add_wrapper(Thread *t, TypeObj *type, const char *name, WrapKind kind, int op)
{
    StrObj *nm = str_intern(t, name);
    if (!nm) return -1;
    if (dict_get_str(type->dict, nm) != VAL_UNBOUND) return 0;
    SlotWrapperObj *w = gc_alloc(t, &SlotWrapperType, sizeof *w);
    if (!w) return -1;
    w->owner = type;
    w->name = nm;
    w->kind = (uint8_t)kind;
    w->op = (uint8_t)op;
    return dict_set_str(t, type->dict, nm, val_from_obj(w));
}

static const char *const binop_names[][3] = {
#define X(name, sym, d, r, i) { d, r, i },
    BINOP_LIST(X)
#undef X
};
static const char *const cmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static int add_slot_wrappers(Thread *t, TypeObj *tp)
{
    struct { bool has; const char *name; WrapKind kind; } simple[] = {
        { tp->repr != NULL, "__repr__", W_REPR }, { tp->str != NULL || tp == &ObjectType, "__str__", W_STR },
        { tp->hash != NULL && tp->hash != type_hash_unhashable, "__hash__", W_HASH },
        { tp->init != NULL, "__init__", W_INIT },
        { tp->new_ != NULL, "__new__", W_NEW }, { tp->len != NULL, "__len__", W_LEN },
        { tp->getitem != NULL, "__getitem__", W_GETITEM },
        { tp->setitem != NULL, "__setitem__", W_SETITEM },
        { tp->setitem != NULL, "__delitem__", W_DELITEM },
        { tp->contains != NULL, "__contains__", W_CONTAINS }, { tp->iter != NULL, "__iter__", W_ITER },
        { tp->next != NULL, "__next__", W_NEXT }, { tp->call != NULL, "__call__", W_CALL },
        { tp->truth != NULL, "__bool__", W_BOOL }, { tp->unary != NULL, "__neg__", W_NEG },
        { tp->unary != NULL, "__pos__", W_POS }, { tp->unary != NULL, "__invert__", W_INVERT },
        { tp->descr_get != NULL, "__get__", W_GET },
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (simple[i].has && add_wrapper(t, tp, simple[i].name, simple[i].kind, 0) < 0) return -1;
    /* An unhashable builtin (list, dict, ...) says so as CPython does:
     * its __hash__ is None. */
    if (tp->hash == type_hash_unhashable && dict_get_str(tp->dict, NAME(t, hash)) == VAL_UNBOUND
        && dict_set_str(t, tp->dict, NAME(t, hash), VAL_NONE) < 0)
        return -1;
    if (tp == &ObjectType) {
        if (add_wrapper(t, tp, "__getattribute__", W_GETATTR, 0) < 0
            || add_wrapper(t, tp, "__setattr__", W_SETATTR, 0) < 0
            || add_wrapper(t, tp, "__delattr__", W_DELATTR, 0) < 0)
            return -1;
    }
    /* type.__setattr__ sets class attributes (for metaclasses that
     * override __setattr__ and call super()). */
    if (tp == &TypeType
        && (add_wrapper(t, tp, "__setattr__", W_SETATTR, 0) < 0 || add_wrapper(t, tp, "__delattr__", W_DELATTR, 0) < 0))
        return -1;
    if (tp->binary)
        for (int op = 0; op < BINOP_COUNT; op++) {
            if ((tp->flags & TYPE_BINARY_OR_ONLY) && op != BINOP_OR) continue;
            if (add_wrapper(t, tp, binop_names[op][0], W_BINARY, op) < 0
                || add_wrapper(t, tp, binop_names[op][1], W_RBINARY, op) < 0)
                return -1;
        }
    if (tp->compare)
        for (int op = 0; op < 6; op++)
            if (add_wrapper(t, tp, cmp_names[op], W_COMPARE, op) < 0) return -1;
    return 0;
}

/* ---- getset descriptors ------------------------------------------------ */

typedef struct {
    Obj base;
    const GetSetDef *def;
    TypeObj *owner;
} GetSetObj;

static Value getset_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)owner;
    GetSetObj *g = (GetSetObj *)val_as_obj(self);
    if (instance == VAL_UNBOUND) return self;
    return g->def->get(t, instance);
}

static int getset_set(Thread *t, Value self, Value instance, Value value)
{
    GetSetObj *g = (GetSetObj *)val_as_obj(self);
    if (!g->def->set) {
        exc_raise(t, &AttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                  g->def->name, type_name(g->owner));
        return -1;
    }
    return g->def->set(t, instance, value);
}

static void getset_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((GetSetObj *)o)->owner);
}

TypeObj GetSetType = {
    .base = { .type = &TypeType },
    .name = "getset_descriptor",
    .base_type = &ObjectType,
    .instance_size = sizeof(GetSetObj),
    .trace = getset_trace,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ---- start-up of builtin types ------------------------------------------ */

static Value make_mro(Thread *t, TypeObj *type)
{
    TupleObj *base_mro = type->base_type ? type->base_type->mro : NULL;
    size_t n = 1 + (base_mro ? base_mro->len : 0);
    Value mro = tuple_new(t, n);
    if (mro == VAL_ERROR) return mro;
    TUPLE(mro)->items[0] = val_from_obj(type);
    for (size_t i = 1; i < n; i++) TUPLE(mro)->items[i] = base_mro->items[i - 1];
    return mro;
}

int type_init(Thread *t, TypeObj *type)
{
    if (type->dict) return 0;
    type->base.type = &TypeType;
    if (type->base_type && !type->base_type->dict && type_init(t, type->base_type) < 0) return -1;
    type->name_obj = str_intern(t, type->name);
    if (!type->name_obj) return -1;
    type->qualname = type->name_obj;
    Value mro = make_mro(t, type);
    if (mro == VAL_ERROR) return -1;
    type->mro = TUPLE(mro);
    Value bases = type->base_type ? tuple_pack(t, 1, val_from_obj(type->base_type)) : tuple_new(t, 0);
    if (bases == VAL_ERROR) return -1;
    type->bases = TUPLE(bases);
    Value d = dict_new(t);
    if (d == VAL_ERROR) return -1;
    type->dict = DICT(d);
    type->dict->watched = true;
    if (type->module == 0) type->module = VAL_UNBOUND;
    if (type_register_subclass(t, type) < 0) return -1;
    /* A builtin type inherits the slots it leaves empty from its base:
     * repr, the attribute protocol, trace, and hash unless it defines
     * comparisons (which, as in Python, makes it unhashable). */
    if (type->base_type) {
        TypeObj *b = type->base_type;
        if (!type->repr) type->repr = b->repr;
        if (!type->hash && !type->compare) type->hash = b->hash;
        if (!type->getattr) type->getattr = b->getattr;
        if (!type->setattr) type->setattr = b->setattr;
        if (!type->trace) type->trace = b->trace;
    }
    for (const MethodDef *m = type->methods; m && m->name; m++) {
        Value fn = native_new(t, m, VAL_UNBOUND, type);
        if (fn == VAL_ERROR) return -1;
        if (dict_set_cstr(t, type->dict, m->name, fn) < 0) return -1;
    }
    for (const GetSetDef *g = type->getset; g && g->name; g++) {
        GetSetObj *o = gc_alloc(t, &GetSetType, sizeof *o);
        if (!o) return -1;
        o->def = g;
        o->owner = type;
        if (dict_set_cstr(t, type->dict, g->name, val_from_obj(o)) < 0) return -1;
    }
    return add_slot_wrappers(t, type);
}

/* ---- object ------------------------------------------------------------ */

/* TypeError "Can't instantiate abstract class C without an
 * implementation for abstract methods 'f', 'g'" (names sorted). */
static Value abstract_class_error(Thread *t, TypeObj *cls)
{
    StrObj *key = str_intern(t, "__abstractmethods__");
    if (!key) return VAL_ERROR;
    Value names = dict_get_str(cls->dict, key);
    if (names == VAL_UNBOUND) names = t->interp->empty_tuple;
    uint32_t mark = gc_root_mark(t);
    Value list = list_from_iterable(t, names);
    if (list == VAL_ERROR) goto fail;
    gc_push_root(t, list);
    if (list_sort(t, list, VAL_NONE, false) < 0) goto fail;
    Value sep = str_from_cstr(t, "', '");
    if (sep == VAL_ERROR) goto fail;
    gc_push_root(t, sep);
    Value joined = str_join(t, sep, list);
    if (joined == VAL_ERROR) goto fail;
    exc_raise(t, &TypeErrorType,
              "Can't instantiate abstract class %s without an implementation for abstract method%s '%U'",
              type_name(cls), LIST(list)->len == 1 ? "" : "s", STR(joined));
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value object_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    if ((nargs || (kw && kw->len)) && cls->init == ObjectType.init && cls->new_ == ObjectType.new_)
        return exc_raise(t, &TypeErrorType, "%s() takes no arguments", type_name(cls));
    (void)args;
    if (cls->flags & TYPE_ABSTRACT_NEW)
        return exc_raise(t, &TypeErrorType, "cannot create '%s' instances", type_name(cls));
    if (cls->flags & TYPE_IS_ABSTRACT) return abstract_class_error(t, cls);
    Obj *o = gc_alloc(t, cls, cls->instance_size ? cls->instance_size : sizeof(InstanceObj));
    return o ? val_from_obj(o) : VAL_ERROR;
}

static Value object_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    TypeObj *tp = val_type(self);
    if ((nargs || (kw && kw->len)) && tp->init == ObjectType.init && tp->new_ == ObjectType.new_)
        return exc_raise(t, &TypeErrorType, "%s() takes no arguments", type_name(tp));
    if ((nargs || (kw && kw->len)) && tp->init != ObjectType.init)
        return exc_raise(t, &TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)");
    return VAL_NONE;
}

static Value object_repr(Thread *t, Value self)
{
    TypeObj *tp = val_type(self);
    char buf[64];
    snprintf(buf, sizeof buf, " object at %p>", (void *)val_as_obj(self));
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '<');
    if (val_is_obj(tp->module) && str_check(tp->module) && !str_eq_cstr(STR(tp->module), "builtins")) {
        strbuf_put_str(&b, tp->module);
        strbuf_putc(&b, '.');
    }
    strbuf_puts(&b, tp->qualname ? tp->qualname->data : type_name(tp));
    strbuf_puts(&b, buf);
    return strbuf_finish(t, &b);
}

static int64_t object_hash(Thread *t, Value self)
{
    (void)t;
    uint64_t p = (uint64_t)(uintptr_t)val_as_obj(self);
    return (int64_t)((p >> 4) | (p << 60)) & INT64_MAX;
}

static Value object_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if (op == CMP_EQ) return a == b ? VAL_TRUE : VAL_NOTIMPL;
    if (op == CMP_NE) {
        /* != inverts a user-defined __eq__. */
        TypeObj *tp = val_type(a);
        if (tp->compare != object_compare) {
            Value r = tp->compare(t, CMP_EQ, a, b);
            if (r == VAL_ERROR || r == VAL_NOTIMPL) return r;
            int truth = op_truth(t, r);
            return truth < 0 ? VAL_ERROR : val_from_bool(!truth);
        }
        return a == b ? VAL_FALSE : VAL_NOTIMPL;
    }
    return VAL_NOTIMPL;
}

static Value object_format(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "__format__", kw) < 0 || arg_count(t, "__format__", nargs, 2, 2) < 0)
        return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "__format__() argument must be str, not %N", args[1]);
    if (STR(args[1])->len)
        return exc_raise(t, &TypeErrorType, "unsupported format string passed to %s.__format__",
                         type_name(val_type(args[0])));
    return op_str(t, args[0]);
}

static Value object_dir(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)kw;
    (void)nargs;
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    DictObj **dp = obj_dict_slot(args[0]);
    if (dp && *dp && dict_update(t, DICT(d), val_from_obj(*dp)) < 0) goto fail;
    TypeObj *tp = val_isinstance(args[0], &TypeType) ? (TypeObj *)val_as_obj(args[0]) : val_type(args[0]);
    for (size_t i = 0; tp->mro && i < tp->mro->len; i++) {
        TypeObj *b = (TypeObj *)val_as_obj(tp->mro->items[i]);
        if (b->dict && dict_update(t, DICT(d), val_from_obj(b->dict)) < 0) goto fail;
    }
    Value l = list_from_iterable(t, d);
    gc_pop_roots(t, 1);
    return l;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

static Value object_init_subclass(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (kw && kw->len)
        return exc_raise(t, &TypeErrorType, "%U.__init_subclass__() takes no keyword arguments",
                         ((TypeObj *)val_as_obj(args[0]))->qualname);
    if (nargs > 1)
        return exc_raise(t, &TypeErrorType, "%U.__init_subclass__() takes no arguments (%d given)",
                         ((TypeObj *)val_as_obj(args[0]))->qualname, nargs - 1);
    return VAL_NONE;
}

/* object.__subclasshook__(subclass): NotImplemented, so that an ABC
 * falls back to its normal subclass check. */
static Value object_subclasshook(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "__subclasshook__", kw) < 0 || arg_count(t, "__subclasshook__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return VAL_NOTIMPL;
}

static const MethodDef object_methods[] = {
    { "__format__", object_format, 0 },
    { "__dir__", object_dir, 0 },
    { "__init_subclass__", object_init_subclass, METH_CLASS },
    { "__subclasshook__", object_subclasshook, METH_CLASS },
    { NULL, NULL, 0 },
};

static Value object_get_class(Thread *t, Value self)
{
    (void)t;
    return val_from_obj(val_type(self));
}

/* obj.__class__ = cls, for instances of classes made by scripts, between
 * classes whose instances have the same layout (as in CPython). */
static int object_set_class(Thread *t, Value self, Value value)
{
    if (value == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "can't delete __class__ attribute");
        return -1;
    }
    if (!val_isinstance(value, &TypeType)) {
        exc_raise(t, &TypeErrorType, "__class__ must be set to a class, not '%s' object",
                  type_name(val_type(value)));
        return -1;
    }
    TypeObj *old = val_type(self), *new = (TypeObj *)val_as_obj(value);
    if (!(old->flags & TYPE_HEAPTYPE) || !(new->flags & TYPE_HEAPTYPE)) {
        exc_raise(t, &TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    TypeObj *ob = old, *nb = new;
    while (ob->flags & TYPE_HEAPTYPE) ob = ob->base_type;
    while (nb->flags & TYPE_HEAPTYPE) nb = nb->base_type;
    if (ob != nb || old->instance_size != new->instance_size || old->dict_offset != new->dict_offset) {
        exc_raise(t, &TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'",
                  type_name(new), type_name(old));
        return -1;
    }
    val_as_obj(self)->type = new;
    return 0;
}

static const GetSetDef object_getset[] = {
    { "__class__", object_get_class, object_set_class },
    { NULL, NULL, NULL },
};

TypeObj ObjectType = {
    .base = { .type = &TypeType },
    .name = "object",
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(Obj),
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .hash = object_hash,
    .compare = object_compare,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- dunder slots of classes -------------------------------------------- */

static Value call_dunder(Thread *t, Value self, StrObj *name, Value *args, int nargs)
{
    Value f = type_lookup_cached(t, val_type(self), name);
    if (f == VAL_UNBOUND) return VAL_NOTIMPL;
    return op_call_as_method(t, f, self, args, nargs, NULL);
}

static Value slot_repr(Thread *t, Value self) { return call_dunder(t, self, NAME(t, repr), NULL, 0); }
static Value slot_str(Thread *t, Value self) { return call_dunder(t, self, NAME(t, str), NULL, 0); }

static int64_t slot_hash(Thread *t, Value self)
{
    Value r = call_dunder(t, self, NAME(t, hash), NULL, 0);
    if (r == VAL_ERROR) return -1;
    if (!int_check(r)) {
        exc_raise(t, &TypeErrorType, "__hash__ method should return an integer");
        return -1;
    }
    /* As in CPython: the value itself when it fits, else its hash. */
    int64_t h;
    if (int_as_i64(t, r, &h) < 0) {
        exc_clear(t);
        h = int_hash(r);
    }
    return h == -1 ? -2 : h;
}

int64_t type_hash_unhashable(Thread *t, Value self)
{
    exc_raise(t, &TypeErrorType, "unhashable type: '%s'", type_name(val_type(self)));
    return -1;
}

static int slot_truth(Thread *t, Value self)
{
    Value r = call_dunder(t, self, NAME(t, bool_), NULL, 0);
    if (r == VAL_ERROR) return -1;
    if (r == VAL_NOTIMPL) {
        int64_t n = val_type(self)->len ? val_type(self)->len(t, self) : 1;
        return n < 0 ? -1 : n > 0;
    }
    if (!val_is_bool(r)) {
        exc_raise(t, &TypeErrorType, "__bool__ should return bool, returned %s", type_name(val_type(r)));
        return -1;
    }
    return r == VAL_TRUE;
}

static int64_t slot_len(Thread *t, Value self)
{
    Value r = call_dunder(t, self, NAME(t, len), NULL, 0);
    if (r == VAL_ERROR) return -1;
    int64_t n;
    if (!int_check(r)) {
        exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name(val_type(r)));
        return -1;
    }
    if (op_index(t, r, &n) < 0) return -1;
    if (n < 0) {
        exc_raise(t, &ValueErrorType, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Thread *t, Value self, Value key)
{
    return call_dunder(t, self, NAME(t, getitem), &key, 1);
}

static int slot_setitem(Thread *t, Value self, Value key, Value value)
{
    Value args[2] = { key, value };
    Value r = value == VAL_UNBOUND ? call_dunder(t, self, NAME(t, delitem), args, 1)
                                   : call_dunder(t, self, NAME(t, setitem), args, 2);
    if (r == VAL_NOTIMPL) {
        exc_raise(t, &TypeErrorType, value == VAL_UNBOUND ? "'%s' object doesn't support item deletion"
                                                         : "'%s' object does not support item assignment",
                  type_name(val_type(self)));
        return -1;
    }
    return r == VAL_ERROR ? -1 : 0;
}

static int slot_contains(Thread *t, Value self, Value item)
{
    Value r = call_dunder(t, self, NAME(t, contains), &item, 1);
    if (r == VAL_ERROR) return -1;
    if (r == VAL_NOTIMPL) {
        /* No __contains__ here: iterate. */
        Value it = op_iter(t, self);
        if (it == VAL_ERROR) return -1;
        gc_push_root(t, it);
        int found = 0;
        for (;;) {
            Value v = op_next(t, it);
            if (v == VAL_ERROR) { found = -1; break; }
            if (v == VAL_UNBOUND) break;
            if ((found = op_eq(t, v, item)) != 0) break;
        }
        gc_pop_roots(t, 1);
        return found;
    }
    return op_truth(t, r);
}

static Value slot_iter(Thread *t, Value self)
{
    Value r = call_dunder(t, self, NAME(t, iter), NULL, 0);
    if (r != VAL_ERROR && r != VAL_NOTIMPL && !val_type(r)->next)
        return exc_raise(t, &TypeErrorType, "iter() returned non-iterator of type '%s'", type_name(val_type(r)));
    return r;
}

static Value slot_next(Thread *t, Value self)
{
    Value r = call_dunder(t, self, NAME(t, next), NULL, 0);
    if (r == VAL_ERROR && exc_matches(t, &StopIterationType)) {
        exc_clear(t);
        return VAL_UNBOUND;
    }
    return r;
}

static Value slot_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    Value f = type_lookup(val_type(self), NAME(t, call));
    if (f == VAL_UNBOUND) return exc_raise(t, &TypeErrorType, "'%s' object is not callable", type_name(val_type(self)));
    Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(t, f, self, val_type(self)) : f;
    if (bound == VAL_ERROR) return bound;
    gc_push_root(t, bound);
    Value r = op_call(t, bound, args, nargs, kw);
    gc_pop_roots(t, 1);
    return r;
}

static Value slot_binary(Thread *t, BinOp op, Value a, Value b)
{
    TypeObj *ta = val_type(a), *tb = val_type(b);
    StrObj *fwd = str_intern(t, binop_names[op][0]), *rev = str_intern(t, binop_names[op][1]);
    bool do_other = ta != tb && tb->binary == slot_binary && type_lookup(tb, rev) != VAL_UNBOUND;
    if (ta->binary == slot_binary) {
        if (do_other && type_is_subtype(tb, ta)) {
            Value r = call_dunder(t, b, rev, &a, 1);
            if (r != VAL_NOTIMPL) return r;
            do_other = false;
        }
        Value r = call_dunder(t, a, fwd, &b, 1);
        if (r != VAL_NOTIMPL) return r;
        if (ta->base_type && ta->base_type->binary && ta->base_type->binary != slot_binary) {
            r = ta->base_type->binary(t, op, a, b);
            if (r != VAL_NOTIMPL) return r;
        }
    }
    if (do_other || (ta->binary != slot_binary && tb->binary == slot_binary))
        return call_dunder(t, b, rev, &a, 1);
    return VAL_NOTIMPL;
}

static Value slot_inplace(Thread *t, BinOp op, Value a, Value b)
{
    return call_dunder(t, a, str_intern(t, binop_names[op][2]), &b, 1);
}

static Value slot_unary(Thread *t, UnOp op, Value a)
{
    StrObj *names[] = { NAME(t, neg), NAME(t, pos), NAME(t, invert) };
    return call_dunder(t, a, names[op], NULL, 0);
}

static bool has_py(Thread *t, TypeObj *tp, StrObj *name);

/* The nearest builtin type a class extends. */
static TypeObj *builtin_base(TypeObj *tp)
{
    while (tp->flags & TYPE_HEAPTYPE) tp = tp->base_type;
    return tp;
}

static Value slot_compare(Thread *t, CmpOp op, Value a, Value b)
{
    TypeObj *tp = val_type(a);
    StrObj *name = str_intern(t, cmp_names[op]);
    if (has_py(t, tp, name)) return call_dunder(t, a, name, &b, 1);
    if (op == CMP_NE && has_py(t, tp, NAME(t, eq))) {
        /* != inverts a script-defined __eq__. */
        Value r = call_dunder(t, a, NAME(t, eq), &b, 1);
        if (r == VAL_ERROR || r == VAL_NOTIMPL) return r;
        int truth = op_truth(t, r);
        return truth < 0 ? VAL_ERROR : val_from_bool(!truth);
    }
    TypeObj *base = builtin_base(tp);
    if (base == &ObjectType) {
        if (op == CMP_EQ) return a == b ? VAL_TRUE : VAL_NOTIMPL;
        if (op == CMP_NE) return a == b ? VAL_FALSE : VAL_NOTIMPL;
        return VAL_NOTIMPL;
    }
    return base->compare ? base->compare(t, op, a, b) : VAL_NOTIMPL;
}

static Value slot_getattr(Thread *t, Value self, StrObj *name)
{
    Value v = generic_getattr(t, self, name);
    if (v != VAL_UNBOUND) return v;
    Value n = val_from_obj(name);
    return call_dunder(t, self, NAME(t, getattr), &n, 1);
}

static int slot_setattr(Thread *t, Value self, StrObj *name, Value value)
{
    Value args[2] = { val_from_obj(name), value };
    Value r = value == VAL_UNBOUND ? call_dunder(t, self, NAME(t, delattr), args, 1)
                                   : call_dunder(t, self, NAME(t, setattr), args, 2);
    if (r == VAL_NOTIMPL) return generic_setattr(t, self, name, value);
    return r == VAL_ERROR ? -1 : 0;
}

static Value slot_descr_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    Value args[2] = { instance == VAL_UNBOUND ? VAL_NONE : instance,
                      owner ? val_from_obj(owner) : VAL_NONE };
    return call_dunder(t, self, NAME(t, get), args, 2);
}

static int slot_descr_set(Thread *t, Value self, Value instance, Value value)
{
    Value args[2] = { instance, value };
    Value r = value == VAL_UNBOUND ? call_dunder(t, self, NAME(t, delete), args, 1)
                                   : call_dunder(t, self, NAME(t, set), args, 2);
    return r == VAL_ERROR ? -1 : 0;
}

static Value slot_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    Value f = type_lookup_cached(t, val_type(self), NAME(t, init));
    Value r = op_call_as_method(t, f, self, args, nargs, kw);
    if (r != VAL_ERROR && r != VAL_NONE)
        return exc_raise(t, &TypeErrorType, "__init__() should return None, not '%s'", type_name(val_type(r)));
    return r;
}

static Value slot_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    Value f = type_lookup(cls, NAME(t, new));
    if (val_is_type(f, &StaticMethodType)) f = ((DescrObj *)val_as_obj(f))->func;
    return op_call_prepended(t, f, val_from_obj(cls), args, nargs, kw);   /* __new__(cls, *args) */
}

/* Is name defined by script code somewhere in tp's MRO (not just by a
 * builtin base's wrapper)?  A builtin's method stored in a class
 * (`__str__ = int.__repr__`) counts as defined there. */
static bool has_py(Thread *t, TypeObj *tp, StrObj *name)
{
    (void)t;
    for (size_t i = 0; tp->mro && i < tp->mro->len; i++) {
        TypeObj *b = (TypeObj *)val_as_obj(tp->mro->items[i]);
        Value v = b->dict ? dict_get_str(b->dict, name) : VAL_UNBOUND;
        if (v == VAL_UNBOUND) continue;
        return (b->flags & TYPE_HEAPTYPE) || (!val_is_type(v, &SlotWrapperType) && !val_is_type(v, &NativeType));
    }
    return false;
}

/* Points every slot of a heap class at the dunder it defines (or a base
 * defines in script code). */
void type_fixup_slots(Thread *t, TypeObj *tp)
{
    TypeObj *b = tp->base_type;
#define HAS(id) (has_py(t, tp, NAME(t, id)))
    tp->repr = HAS(repr) ? slot_repr : b->repr;
    tp->str = HAS(str) ? slot_str : b->str;
    /* (A class defining __eq__ alone got __hash__ = None at creation.) */
    if (HAS(hash)) {
        Value h = type_lookup(tp, NAME(t, hash));
        tp->hash = h == VAL_NONE ? type_hash_unhashable : slot_hash;
    } else {
        tp->hash = b->hash;
    }
    tp->truth = HAS(bool_) ? slot_truth : b->truth;
    tp->len = HAS(len) ? slot_len : b->len;
    if (HAS(bool_)) tp->truth = slot_truth;
    else if (HAS(len)) tp->truth = NULL;
    tp->getitem = HAS(getitem) ? slot_getitem : b->getitem;
    tp->setitem = HAS(setitem) || HAS(delitem) ? slot_setitem : b->setitem;
    tp->contains = HAS(contains) ? slot_contains : b->contains;
    tp->iter = HAS(iter) ? slot_iter : b->iter;
    tp->next = HAS(next) ? slot_next : b->next;
    tp->call = HAS(call) ? slot_call : b->call;
    tp->getattr = HAS(getattr) ? slot_getattr : b->getattr;
    if (HAS(getattr)) tp->flags |= TYPE_HAS_GETATTR;
    tp->setattr = HAS(setattr) || HAS(delattr) ? slot_setattr : b->setattr;
    tp->descr_get = HAS(get) ? slot_descr_get : b->descr_get;
    tp->descr_set = HAS(set) || HAS(delete) ? slot_descr_set : b->descr_set;
    tp->init = HAS(init) ? slot_init : b->init;
    tp->new_ = HAS(new) ? slot_new : b->new_;
    tp->unary = HAS(neg) || HAS(pos) || HAS(invert) ? slot_unary : b->unary;
    tp->binary = b->binary;
    tp->inplace = b->inplace;
    for (int op = 0; op < BINOP_COUNT; op++) {
        if (has_py(t, tp, str_intern(t, binop_names[op][0])) || has_py(t, tp, str_intern(t, binop_names[op][1])))
            tp->binary = slot_binary;
        if (has_py(t, tp, str_intern(t, binop_names[op][2]))) tp->inplace = slot_inplace;
    }
    tp->compare = b->compare;
    for (int op = 0; op < 6; op++)
        if (has_py(t, tp, str_intern(t, cmp_names[op]))) tp->compare = slot_compare;
#undef HAS
}

/* Moves whenever any type's namespace changes or a type dies (obj_dict.h). */
uint64_t type_epoch = 1;

/* ---- type ---------------------------------------------------------------- */

/* Instances of classes: the builtin layout they extend, plus their dict. */
void type_instance_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)o->type);    /* an instance keeps its class alive */
    TypeObj *b = o->type;
    while (b->flags & TYPE_HEAPTYPE) b = b->base_type;
    if (b->trace) b->trace(gc, o);
    uint32_t off = o->type->dict_offset;
    if (off) gc_mark_obj(gc, *(Obj **)((char *)o + off));
}

/* Attribute caches key on the type's address, which a new type may reuse. */
static void type_finalize(GC *gc, Obj *o)
{
    (void)gc;
    (void)o;
    type_epoch++;
}

static void type_trace(GC *gc, Obj *o)
{
    TypeObj *tp = (TypeObj *)o;
    gc_mark_obj(gc, (Obj *)tp->name_obj);
    gc_mark_obj(gc, (Obj *)tp->qualname);
    gc_mark_obj(gc, (Obj *)tp->bases);
    gc_mark_obj(gc, (Obj *)tp->mro);
    gc_mark_obj(gc, (Obj *)tp->dict);
    gc_mark_obj(gc, (Obj *)tp->subclasses);
    gc_mark_value(gc, tp->module);
    if (tp->flags & TYPE_HEAPTYPE) gc_mark_obj(gc, (Obj *)tp->base_type);
}

static Value type_repr(Thread *t, Value self)
{
    TypeObj *tp = (TypeObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<class '");
    if (str_check(tp->module) && !str_eq_cstr(STR(tp->module), "builtins")) {
        strbuf_put_str(&b, tp->module);
        strbuf_putc(&b, '.');
    }
    strbuf_puts(&b, tp->qualname ? tp->qualname->data : type_name(tp));
    strbuf_puts(&b, "'>");
    return strbuf_finish(t, &b);
}

/* Attribute lookup on a class: descriptors are bound with no instance. */
static Value type_getattr(Thread *t, Value self, StrObj *name)
{
    TypeObj *tp = (TypeObj *)val_as_obj(self);
    TypeObj *meta = val_type(self);
    /* type's own data attributes win over the class's dict. */
    if (name == NAME(t, name)) {
        /* A builtin named "module.Name" (as CPython's C types are) is
         * called Name; messages keep the dotted form (type_name). */
        const char *dot = (tp->flags & TYPE_HEAPTYPE) ? NULL : strrchr(tp->name_obj->data, '.');
        if (!dot) return val_from_obj(tp->name_obj);
        StrObj *s = str_intern(t, dot + 1);
        return s ? val_from_obj(s) : VAL_ERROR;
    }
    if (name == NAME(t, qualname)) return val_from_obj(tp->qualname);
    if (name == NAME(t, dict)) return val_from_obj(tp->dict);
    if (str_eq_cstr(name, "__mro__")) return val_from_obj(tp->mro);
    if (str_eq_cstr(name, "__bases__")) return val_from_obj(tp->bases);
    if (str_eq_cstr(name, "__base__")) return tp->base_type ? val_from_obj(tp->base_type) : VAL_NONE;
    Value mattr = type_lookup(meta, name);
    if (mattr != VAL_UNBOUND && val_type(mattr)->descr_set && val_type(mattr)->descr_get)
        return val_type(mattr)->descr_get(t, mattr, self, meta);
    Value v = type_lookup(tp, name);
    if (v != VAL_UNBOUND) {
        TypeObj *vt = val_type(v);
        if (vt->descr_get && vt != &FunctionType)
            return vt->descr_get(t, v, VAL_UNBOUND, tp);
        return v;
    }
    if (name == NAME(t, module)) return str_check(tp->module) ? tp->module : val_from_obj(str_intern(t, "builtins"));
    if (name == NAME(t, doc)) return VAL_NONE;
    if (mattr != VAL_UNBOUND) {
        TypeObj *mt = val_type(mattr);
        return mt->descr_get ? mt->descr_get(t, mattr, self, meta) : mattr;
    }
    return VAL_UNBOUND;
}

static int type_setattr(Thread *t, Value self, StrObj *name, Value value)
{
    TypeObj *tp = (TypeObj *)val_as_obj(self);
    if (!(tp->flags & TYPE_HEAPTYPE)) {
        exc_raise(t, &TypeErrorType, "cannot set '%U' attribute of immutable type '%s'", name, type_name(tp));
        return -1;
    }
    if (name == NAME(t, name) && str_check(value)) {
        tp->name_obj = str_intern_obj(t, STR(value));
        return 0;
    }
    if (name == NAME(t, qualname) && str_check(value)) {
        tp->qualname = STR(value);
        return 0;
    }
    if (name == NAME(t, module)) tp->module = value;
    if (str_eq_cstr(name, "__abstractmethods__")) {
        /* As in CPython, instances of a class with abstract methods
         * cannot be made (object.__new__ checks the flag). */
        int abstract = value == VAL_UNBOUND ? 0 : op_truth(t, value);
        if (abstract < 0) return -1;
        tp->flags = abstract ? tp->flags | TYPE_IS_ABSTRACT : tp->flags & ~(uint32_t)TYPE_IS_ABSTRACT;
    }
    if (value == VAL_UNBOUND) {
        int r = dict_del(t, tp->dict, val_from_obj(name));
        if (r == 1) {
            exc_raise(t, &AttributeErrorType, "type object '%s' has no attribute '%U'", type_name(tp), name);
            return -1;
        }
        if (r < 0) return -1;
    } else if (dict_set_str(t, tp->dict, name, value) < 0) {
        return -1;
    }
    if (name->len > 4 && name->data[0] == '_' && name->data[1] == '_') type_fixup_slots(t, tp);
    return 0;
}

Value type_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kw)
{
    TypeObj *tp = (TypeObj *)val_as_obj(callable);
    if (tp == &TypeType) {
        if (nargs == 1 && (!kw || kw->len == 0)) return val_from_obj(val_type(args[0]));
        if (nargs != 3) return exc_raise(t, &TypeErrorType, "type() takes 1 or 3 arguments");
    }
    if (!tp->new_) return exc_raise(t, &TypeErrorType, "cannot create '%s' instances", type_name(tp));
    Value obj = tp->new_(t, tp, args, nargs, kw);
    if (obj == VAL_ERROR || !val_isinstance(obj, tp) || !val_type(obj)->init) return obj;
    gc_push_root(t, obj);
    Value r = val_type(obj)->init(t, obj, args, nargs, kw);
    gc_pop_roots(t, 1);
    return r == VAL_ERROR ? r : obj;
}

static Value type_mro_method(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)nargs; (void)kw;
    TypeObj *tp = (TypeObj *)val_as_obj(args[0]);
    return list_from_array(t, tp->mro->items, tp->mro->len);
}

static Value type_subclasscheck(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "__subclasscheck__", nargs, 2, 2) < 0 || arg_no_kw(t, "__subclasscheck__", kw) < 0)
        return VAL_ERROR;
    if (!val_isinstance(args[1], &TypeType)) return exc_raise(t, &TypeErrorType, "issubclass() arg 1 must be a class");
    return val_from_bool(type_is_subtype((TypeObj *)val_as_obj(args[1]), (TypeObj *)val_as_obj(args[0])));
}

static Value type_subclasses_method(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_none(t, "type.__subclasses__", nargs, kwnames) < 0) return VAL_ERROR;
    return type_subclasses(t, (TypeObj *)val_as_obj(args[0]));
}

static const MethodDef type_methods[] = {
    { "mro", type_mro_method, 0 },
    { "__subclasses__", type_subclasses_method, 0 },
    { "__subclasscheck__", type_subclasscheck, 0 },
    { NULL, NULL, 0 },
};

TypeObj TypeType = {
    .base = { .type = &TypeType },
    .name = "type",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE | TYPE_BINARY_OR_ONLY,
    .instance_size = sizeof(TypeObj),
    .trace = type_trace,
    .finalize = type_finalize,
    .repr = type_repr,
    .hash = object_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = class_type_new,
    .binary = alias_binary_or,
    .init = class_type_init,
    .call = type_call,
    .methods = type_methods,
};

/* ---- super ---------------------------------------------------------------- */

typedef struct {
    Obj base;
    TypeObj *type;              /* the class super() was called in */
    Value obj;                  /* the instance (or class) */
    TypeObj *obj_type;          /* type whose MRO is searched */
} SuperObj;

static Value super_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)cls;
    if (arg_no_kw(t, "super", kw) < 0) return VAL_ERROR;
    if (nargs != 2) return exc_raise(t, &RuntimeErrorType, "super(): no arguments");
    if (!val_isinstance(args[0], &TypeType))
        return exc_raise(t, &TypeErrorType, "super() argument 1 must be a type, not %s",
                         type_name(val_type(args[0])));
    TypeObj *type = (TypeObj *)val_as_obj(args[0]);
    TypeObj *ot;
    if (val_isinstance(args[1], &TypeType) && type_is_subtype((TypeObj *)val_as_obj(args[1]), type))
        ot = (TypeObj *)val_as_obj(args[1]);
    else if (val_isinstance(args[1], type))
        ot = val_type(args[1]);
    else
        return exc_raise(t, &TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    SuperObj *s = gc_alloc(t, &SuperType, sizeof *s);
    if (!s) return VAL_ERROR;
    s->type = type;
    s->obj = args[1];
    s->obj_type = ot;
    return val_from_obj(s);
}

static Value super_getattr(Thread *t, Value self, StrObj *name)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    TupleObj *mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->len && (TypeObj *)val_as_obj(mro->items[i]) != s->type) i++;
    for (i++; i < mro->len; i++) {
        TypeObj *b = (TypeObj *)val_as_obj(mro->items[i]);
        Value v = b->dict ? dict_get_str(b->dict, name) : VAL_UNBOUND;
        if (v == VAL_UNBOUND) continue;
        TypeObj *vt = val_type(v);
        if (!vt->descr_get) return v;
        Value inst = s->obj == val_from_obj(s->obj_type) ? VAL_UNBOUND : s->obj;
        return vt->descr_get(t, v, inst, s->obj_type);
    }
    if (name == NAME(t, class)) return val_from_obj(&SuperType);
    return VAL_UNBOUND;
}

static Value super_repr(Thread *t, Value self)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<super: <class '%s'>, <%s object>>", type_name(s->type), type_name(s->obj_type));
    return strbuf_finish(t, &b);
}

static void super_trace(GC *gc, Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    gc_mark_obj(gc, (Obj *)s->type);
    gc_mark_value(gc, s->obj);
    gc_mark_obj(gc, (Obj *)s->obj_type);
}

TypeObj SuperType = {
    .base = { .type = &TypeType },
    .name = "super",
    .base_type = &ObjectType,
    .instance_size = sizeof(SuperObj),
    .trace = super_trace,
    .new_ = super_new,
    .repr = super_repr,
    .getattr = super_getattr,
};
