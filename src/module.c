/*
 * module.c -- module objects, native functions and methods, and struct
 * sequences (see module.h).
 */
#include <stdio.h>
#include <string.h>

#include "module.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

static int64_t identity_hash(Thread *t, Value self)
{
    (void)t;
    return (int64_t)((uintptr_t)val_as_obj(self) >> 4);
}

/* ------------------------------------------------------------------ */
/* Modules                                                             */

static void module_trace(GC *gc, Obj *o)
{
    ModuleObj *m = (ModuleObj *)o;
    gc_mark_obj(gc, (Obj *)m->dict);
    gc_mark_obj(gc, (Obj *)m->name);
}

static Value module_repr(Thread *t, Value self)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value name = dict_get_str(m->dict, NAME(t, name));
    Value file = dict_get_str(m->dict, NAME(t, file));
    if (!str_check(name)) name = val_from_obj(m->name);
    Value nrepr = op_repr(t, name);
    if (nrepr == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, nrepr);
    Value frepr = str_check(file) ? op_repr(t, file) : VAL_UNBOUND;
    gc_pop_roots(t, 1);
    if (frepr == VAL_ERROR) return VAL_ERROR;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<module ");
    strbuf_put_str(&b, nrepr);
    if (frepr == VAL_UNBOUND) {
        strbuf_puts(&b, " (built-in)>");
    } else {
        strbuf_puts(&b, " from ");
        strbuf_put_str(&b, frepr);
        strbuf_putc(&b, '>');
    }
    return strbuf_finish(t, &b);
}

/* Attributes come from the module dict (through the generic protocol and
 * dict_offset); a miss tries the module's own __getattr__ (PEP 562). */
static Value module_getattr(Thread *t, Value self, StrObj *name)
{
    Value r = generic_getattr(t, self, name);
    if (r != VAL_UNBOUND) return r;
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value hook = dict_get_str(m->dict, NAME(t, getattr));
    if (hook != VAL_UNBOUND) return op_call1(t, hook, val_from_obj(name));
    return VAL_UNBOUND;
}

static Value module_get_dict(Thread *t, Value self)
{
    (void)t;
    return val_from_obj(((ModuleObj *)val_as_obj(self))->dict);
}

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

TypeObj ModuleType = {
    .base = { .type = &TypeType },
    .name = "module",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE | TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(ModuleObj),
    .dict_offset = offsetof(ModuleObj, dict),
    .trace = module_trace,
    .repr = module_repr,
    .hash = identity_hash,
    .getattr = module_getattr,
    .getset = module_getset,
};

Value module_new(Thread *t, const char *name)
{
    static const char *const none_attrs[] = { "__doc__", "__package__", "__loader__", "__spec__" };
    uint32_t mark = gc_root_mark(t);
    Value r = VAL_ERROR;
    StrObj *n = str_intern(t, name);
    if (!n) goto done;
    gc_push_root(t, val_from_obj(n));
    Value d = dict_new(t);
    if (d == VAL_ERROR) goto done;
    gc_push_root(t, d);
    ModuleObj *m = gc_alloc(t, &ModuleType, sizeof(ModuleObj));
    if (!m) goto done;
    m->dict = DICT(d);
    m->name = n;
    gc_push_root(t, val_from_obj(m));
    if (dict_set_str(t, m->dict, NAME(t, name), val_from_obj(n)) < 0) goto done;
    for (size_t i = 0; i < sizeof none_attrs / sizeof none_attrs[0]; i++)
        if (dict_set_cstr(t, m->dict, none_attrs[i], VAL_NONE) < 0) goto done;
    r = val_from_obj(m);
done:
    gc_root_reset(t, mark);
    return r;
}

int module_add(Thread *t, Value module, const char *name, Value value)
{
    if (value == VAL_ERROR) return -1;
    gc_push_root(t, value);
    int r = dict_set_cstr(t, module_dict(module), name, value);
    gc_pop_roots(t, 1);
    return r;
}

int module_init_types(Thread *t, TypeObj *const *types)
{
    for (; *types; types++)
        if (type_init(t, *types) < 0) return -1;
    return 0;
}

int module_add_functions(Thread *t, Value module, const MethodDef *defs)
{
    for (; defs->name; defs++) {
        Value f = native_new(t, defs, VAL_UNBOUND, NULL);
        if (f == VAL_ERROR || module_add(t, module, defs->name, f) < 0) return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Native functions and methods                                        */

#define NATIVE(v) ((NativeObj *)val_as_obj(v))

static void native_trace(GC *gc, Obj *o)
{
    NativeObj *n = (NativeObj *)o;
    gc_mark_value(gc, n->self);
    gc_mark_obj(gc, (Obj *)n->owner);
}

Value native_new(Thread *t, const MethodDef *def, Value self, TypeObj *owner)
{
    gc_push_root(t, self);
    NativeObj *n = gc_alloc(t, &NativeType, sizeof(NativeObj));
    gc_pop_roots(t, 1);
    if (!n) return VAL_ERROR;
    n->def = def;
    n->self = self;
    n->owner = owner;
    return val_from_obj(n);
}

/* An unbound method called directly (str.lower(x)) gets its receiver as
 * args[0]: check it, since the C function trusts its type. */
static Value check_receiver(Thread *t, NativeObj *n, Value *args, int nargs)
{
    const char *tn = type_name(n->owner);
    if (nargs < 1)
        return exc_raise(t, &TypeErrorType, "unbound method %s.%s() needs an argument", tn,
                         n->def->name);
    if (!val_isinstance(args[0], n->owner))
        return exc_raise(t, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         n->def->name, tn, type_name(val_type(args[0])));
    return VAL_NONE;
}

#define NATIVE_STACK_ARGS 8

static Value native_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kwnames)
{
    NativeObj *n = NATIVE(callable);
    if (n->self == VAL_UNBOUND) {
        if (n->owner && !(n->def->flags & (METH_CLASS | METH_STATIC))
            && check_receiver(t, n, args, nargs) == VAL_ERROR)
            return VAL_ERROR;
        return n->def->fn(t, args, nargs, kwnames);
    }
    /* Bound: prepend the receiver.  Every value in the new array is
     * rooted already (by the caller, or through the rooted callable). */
    size_t total = (size_t)nargs + (kwnames ? kwnames->len : 0);
    Value stack[NATIVE_STACK_ARGS];
    Value *a = stack;
    if (total + 1 > NATIVE_STACK_ARGS) {
        a = mem_alloc(t, (total + 1) * sizeof(Value));
        if (!a) return VAL_ERROR;
    }
    a[0] = n->self;
    if (total) memcpy(a + 1, args, total * sizeof(Value));
    gc_push_root(t, callable);
    Value r = n->def->fn(t, a, nargs + 1, kwnames);
    gc_pop_roots(t, 1);
    if (a != stack) mem_free(t->gc, a, (total + 1) * sizeof(Value));
    return r;
}

static Value native_descr_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    NativeObj *n = NATIVE(self);
    if (n->self != VAL_UNBOUND || !n->owner || (n->def->flags & METH_STATIC)) return self;
    if (n->def->flags & METH_CLASS) {
        TypeObj *cls = owner ? owner : val_type(instance);
        return native_new(t, n->def, val_from_obj(cls), n->owner);
    }
    if (instance == VAL_UNBOUND) return self;
    return native_new(t, n->def, instance, n->owner);
}

static Value native_repr(Thread *t, Value self)
{
    NativeObj *n = NATIVE(self);
    StrBuf b;
    strbuf_init(&b);
    if (n->self != VAL_UNBOUND)
        strbuf_printf(&b, "<built-in method %s of %s object at %p>", n->def->name,
                      type_name(val_type(n->self)),
                      val_is_obj(n->self) ? (void *)val_as_obj(n->self) : (void *)(uintptr_t)n->self);
    else if (n->owner)
        strbuf_printf(&b, "<method '%s' of '%s' objects>", n->def->name, type_name(n->owner));
    else
        strbuf_printf(&b, "<built-in function %s>", n->def->name);
    return strbuf_finish(t, &b);
}

static Value native_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(b, &NativeType)) return VAL_NOTIMPL;
    bool eq = NATIVE(a)->def == NATIVE(b)->def && NATIVE(a)->self == NATIVE(b)->self;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t native_hash(Thread *t, Value self)
{
    (void)t;
    NativeObj *n = NATIVE(self);
    uint64_t h = ((uintptr_t)n->def >> 4) ^ (n->self * UINT64_C(0x9E3779B97F4A7C15));
    return (int64_t)(h >> 1);
}

static Value native_get_name(Thread *t, Value self)
{
    return str_from_cstr(t, NATIVE(self)->def->name);
}

static Value native_get_qualname(Thread *t, Value self)
{
    NativeObj *n = NATIVE(self);
    TypeObj *owner = n->owner;
    if (!owner && val_isinstance(n->self, &TypeType)) owner = (TypeObj *)val_as_obj(n->self);
    if (!owner) return str_from_cstr(t, n->def->name);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s.%s", type_name(owner), n->def->name);
    return strbuf_finish(t, &b);
}

static Value native_get_self(Thread *t, Value self)
{
    (void)t;
    Value s = NATIVE(self)->self;
    return s == VAL_UNBOUND ? VAL_NONE : s;
}

static Value native_get_none(Thread *t, Value self)
{
    (void)t;
    (void)self;
    return VAL_NONE;
}

static const GetSetDef native_getset[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__self__", native_get_self, NULL},
    {"__doc__", native_get_none, NULL},
    {NULL, NULL, NULL},
};

TypeObj NativeType = {
    .base = { .type = &TypeType },
    .name = "builtin_function_or_method",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(NativeObj),
    .trace = native_trace,
    .repr = native_repr,
    .hash = native_hash,
    .compare = native_compare,
    .descr_get = native_descr_get,
    .call = native_call,
    .getset = native_getset,
};

/* ------------------------------------------------------------------ */
/* Struct sequences                                                    */

#define STRUCTSEQ(v) ((StructSeqType *)val_type(v))

#define X(i) \
    Value structseq_get##i(Thread *t, Value self) { (void)t; return TUPLE(self)->items[i]; }
STRUCTSEQ_INDEXES(X)
#undef X

void structseq_trace(GC *gc, Obj *o)
{
    StructSeqType *st = (StructSeqType *)o->type;
    gc_mark_array(gc, ((TupleObj *)o)->items, (size_t)st->nfields);
}

Value structseq_new(Thread *t, StructSeqType *st, const Value *fields, int n)
{
    TupleObj *tup = gc_alloc(t, &st->type, sizeof(TupleObj) + (size_t)st->nfields * sizeof(Value));
    if (!tup) return VAL_ERROR;
    tup->len = (size_t)st->visible;
    for (int i = 0; i < st->nfields; i++) tup->items[i] = i < n ? fields[i] : VAL_NONE;
    return val_from_obj(tup);
}

Value structseq_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    StructSeqType *st = (StructSeqType *)cls;
    Value a[2];
    char fname[64];
    snprintf(fname, sizeof fname, "%s.%s", st->module, cls->name);
    if (arg_parse(t, fname, args, nargs, kwnames, "sequence|dict", a) < 0) return VAL_ERROR;
    Value seq = tuple_from_iterable(t, a[0]);
    if (seq == VAL_ERROR) return VAL_ERROR;
    size_t n = TUPLE(seq)->len;
    if (n < (size_t)st->visible || n > (size_t)st->nfields) {
        bool few = n < (size_t)st->visible;
        if (st->visible == st->nfields)
            return exc_raise(t, &TypeErrorType, "%s() takes a %d-sequence (%zu-sequence given)",
                             fname, st->visible, n);
        return exc_raise(t, &TypeErrorType, "%s() takes an %s %d-sequence (%zu-sequence given)",
                         fname, few ? "at least" : "at most", few ? st->visible : st->nfields, n);
    }
    gc_push_root(t, seq);
    Value r = structseq_new(t, st, TUPLE(seq)->items, (int)n);
    gc_pop_roots(t, 1);
    return r;
}

Value structseq_repr(Thread *t, Value self)
{
    StructSeqType *st = STRUCTSEQ(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s.%s(", st->module, st->type.name);
    for (int i = 0; i < st->visible; i++) {
        Value r = op_repr(t, TUPLE(self)->items[i]);
        if (r == VAL_ERROR) { strbuf_free(&b); return VAL_ERROR; }
        strbuf_printf(&b, "%s%s=", i ? ", " : "", st->type.getset[i].name);
        strbuf_put_str(&b, r);
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

/* The sequence behaviour is tuple's, on the visible fields. */
int64_t structseq_hash(Thread *t, Value self)
{
    return TupleType.hash(t, self);
}

Value structseq_compare(Thread *t, CmpOp op, Value a, Value b)
{
    return TupleType.compare(t, op, a, b);
}

int64_t structseq_len(Thread *t, Value self)
{
    return TupleType.len(t, self);
}

Value structseq_getitem(Thread *t, Value self, Value key)
{
    return TupleType.getitem(t, self, key);
}

int structseq_contains(Thread *t, Value self, Value item)
{
    return TupleType.contains(t, self, item);
}

Value structseq_iter(Thread *t, Value self)
{
    return TupleType.iter(t, self);
}

int structseq_set_module(Thread *t, StructSeqType *st)
{
    /* Interned, so the interpreter keeps the text alive. */
    StrObj *mod = str_intern(t, st->module);
    if (!mod) return -1;
    st->type.module = val_from_obj(mod);
    return 0;
}
