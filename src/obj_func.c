/*
 * obj_func.c -- functions, cells, bound methods, classmethod,
 * staticmethod and property.
 */
#include <stdio.h>
#include "obj_func.h"
#include "args.h"
#include "exc.h"
#include "interp.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"

/* ---- function ------------------------------------------------------------ */

Value func_new(Thread *t, CodeObj *code, DictObj *globals)
{
    FuncObj *f = gc_alloc(t, &FunctionType, sizeof *f);
    if (!f) return VAL_ERROR;
    f->code = code;
    f->globals = globals;
    f->builtins = t->interp->builtins;
    f->name = code->name;
    f->qualname = code->qualname;
    /* The compiler keeps a function's docstring (or None) in consts[0]. */
    f->doc = !(code->flags & (CO_MODULE | CO_CLASS_BODY)) && code->nconsts && str_check(code->consts[0])
        ? code->consts[0] : VAL_NONE;
    f->module = dict_get_str(globals, NAME(t, name));
    if (f->module == VAL_UNBOUND) f->module = VAL_NONE;
    return val_from_obj(f);
}

static void func_trace(GC *gc, Obj *o)
{
    FuncObj *f = (FuncObj *)o;
    gc_mark_obj(gc, (Obj *)f->code);
    gc_mark_obj(gc, (Obj *)f->globals);
    gc_mark_obj(gc, (Obj *)f->builtins);
    gc_mark_obj(gc, (Obj *)f->defaults);
    gc_mark_obj(gc, (Obj *)f->kwdefaults);
    gc_mark_obj(gc, (Obj *)f->annotations);
    gc_mark_obj(gc, (Obj *)f->closure);
    gc_mark_obj(gc, (Obj *)f->name);
    gc_mark_obj(gc, (Obj *)f->qualname);
    gc_mark_value(gc, f->module);
    gc_mark_value(gc, f->doc);
    gc_mark_obj(gc, (Obj *)f->dict);
}

static Value func_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    return vm_call_function(t, (FuncObj *)val_as_obj(self), args, nargs, kw);
}

static Value func_descr_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)owner;
    if (instance == VAL_UNBOUND) return self;
    return method_new(t, self, instance);
}

static Value func_repr(Thread *t, Value self)
{
    FuncObj *f = (FuncObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<function %s at %p>", f->qualname->data, (void *)f);
    return strbuf_finish(t, &b);
}

static Value func_getattr(Thread *t, Value self, StrObj *name)
{
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (name == NAME(t, name)) return val_from_obj(f->name);
    if (name == NAME(t, qualname)) return val_from_obj(f->qualname);
    if (name == NAME(t, module)) return f->module;
    if (name == NAME(t, doc)) return f->doc;
    if (str_eq_cstr(name, "__defaults__")) return f->defaults ? val_from_obj(f->defaults) : VAL_NONE;
    if (str_eq_cstr(name, "__kwdefaults__")) return f->kwdefaults ? val_from_obj(f->kwdefaults) : VAL_NONE;
    if (str_eq_cstr(name, "__code__")) return val_from_obj(f->code);
    if (str_eq_cstr(name, "__globals__")) return val_from_obj(f->globals);
    if (str_eq_cstr(name, "__closure__")) return f->closure ? val_from_obj(f->closure) : VAL_NONE;
    if (str_eq_cstr(name, "__annotations__")) {
        if (!f->annotations) {      /* made on first use, as in CPython */
            Value d = dict_new(t);
            if (d == VAL_ERROR) return d;
            f->annotations = DICT(d);
        }
        return val_from_obj(f->annotations);
    }
    return generic_getattr(t, self, name);
}

static int func_setattr(Thread *t, Value self, StrObj *name, Value value)
{
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (value != VAL_UNBOUND) {
        if (name == NAME(t, name) && str_check(value)) { f->name = STR(value); return 0; }
        if (name == NAME(t, qualname) && str_check(value)) { f->qualname = STR(value); return 0; }
        if (name == NAME(t, module)) { f->module = value; return 0; }
        if (name == NAME(t, doc)) { f->doc = value; return 0; }
    }
    if (str_eq_cstr(name, "__defaults__")) {
        if (value != VAL_UNBOUND && value != VAL_NONE && !tuple_check(value)) {
            exc_raise(t, &TypeErrorType, "__defaults__ must be set to a tuple object");
            return -1;
        }
        f->defaults = value == VAL_UNBOUND || value == VAL_NONE ? NULL : TUPLE(value);
        return 0;
    }
    if (str_eq_cstr(name, "__kwdefaults__")) {
        if (value != VAL_UNBOUND && value != VAL_NONE && !dict_check(value)) {
            exc_raise(t, &TypeErrorType, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        f->kwdefaults = value == VAL_UNBOUND || value == VAL_NONE ? NULL : DICT(value);
        return 0;
    }
    if (str_eq_cstr(name, "__annotations__")) {
        if (value != VAL_UNBOUND && value != VAL_NONE && !val_is_type(value, &DictType)) {
            exc_raise(t, &TypeErrorType, "__annotations__ must be set to a dict object");
            return -1;
        }
        f->annotations = val_is_type(value, &DictType) ? DICT(value) : NULL;
        return 0;
    }
    return generic_setattr(t, self, name, value);
}

TypeObj FunctionType = {
    .base = { .type = &TypeType },
    .name = "function",
    .base_type = &ObjectType,
    .instance_size = sizeof(FuncObj),
    .dict_offset = offsetof(FuncObj, dict),
    .trace = func_trace,
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
    .getattr = func_getattr,
    .setattr = func_setattr,
};

/* ---- cell ------------------------------------------------------------------ */

Value cell_new(Thread *t, Value value)
{
    CellObj *c = gc_alloc(t, &CellType, sizeof *c);
    if (!c) return VAL_ERROR;
    c->value = value;
    return val_from_obj(c);
}

static void cell_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((CellObj *)o)->value);
}

TypeObj CellType = {
    .base = { .type = &TypeType },
    .name = "cell",
    .base_type = &ObjectType,
    .instance_size = sizeof(CellObj),
    .trace = cell_trace,
};

/* ---- bound method ---------------------------------------------------------- */

Value method_new(Thread *t, Value func, Value self)
{
    MethodObj *m = gc_alloc(t, &MethodType, sizeof *m);
    if (!m) return VAL_ERROR;
    m->func = func;
    m->self = self;
    return val_from_obj(m);
}

static void method_trace(GC *gc, Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    gc_mark_value(gc, m->func);
    gc_mark_value(gc, m->self);
}

static Value method_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    int total = nargs + (kw ? (int)kw->len : 0);
    Value small[8];
    Value *argv = total + 1 <= 8 ? small : mem_alloc(t, (size_t)(total + 1) * sizeof(Value));
    if (!argv) return VAL_ERROR;
    argv[0] = m->self;
    for (int i = 0; i < total; i++) argv[i + 1] = args[i];
    Value r = op_call(t, m->func, argv, nargs + 1, kw);
    if (argv != small) mem_free(t->gc, argv, (size_t)(total + 1) * sizeof(Value));
    return r;
}

static Value method_repr(Thread *t, Value self)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    Value qn = op_getattr_opt(t, m->func, NAME(t, qualname));
    if (qn == VAL_ERROR) return qn;
    gc_push_root(t, qn);
    Value r = op_repr(t, m->self);
    gc_pop_roots(t, 1);
    if (r == VAL_ERROR) return r;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<bound method ");
    strbuf_puts(&b, qn != VAL_UNBOUND && str_check(qn) ? str_cstr(qn) : "?");
    strbuf_puts(&b, " of ");
    strbuf_put_str(&b, r);
    strbuf_putc(&b, '>');
    return strbuf_finish(t, &b);
}

static Value method_getattr(Thread *t, Value self, StrObj *name)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    if (str_eq_cstr(name, "__self__")) return m->self;
    if (str_eq_cstr(name, "__func__")) return m->func;
    return op_getattr_opt(t, m->func, name);
}

static Value method_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(b, &MethodType)) return VAL_NOTIMPL;
    MethodObj *x = (MethodObj *)val_as_obj(a), *y = (MethodObj *)val_as_obj(b);
    int eq = x->self == y->self ? op_eq(t, x->func, y->func) : 0;
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Thread *t, Value self)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    int64_t h = op_hash(t, m->func);
    if (h == -1) return -1;
    return (h ^ (int64_t)(((uintptr_t)val_as_obj(m->self)) >> 4)) & INT64_MAX;
}

TypeObj MethodType = {
    .base = { .type = &TypeType },
    .name = "method",
    .base_type = &ObjectType,
    .instance_size = sizeof(MethodObj),
    .trace = method_trace,
    .repr = method_repr,
    .call = method_call,
    .getattr = method_getattr,
    .compare = method_compare,
    .hash = method_hash,
};

/* ---- classmethod, staticmethod, property ---------------------------------- */

static void descr_trace(GC *gc, Obj *o)
{
    DescrObj *d = (DescrObj *)o;
    gc_mark_value(gc, d->func);
    gc_mark_value(gc, d->fset);
    gc_mark_value(gc, d->fdel);
    gc_mark_value(gc, d->doc);
    gc_mark_obj(gc, (Obj *)d->dict);
}

static Value descr_alloc(Thread *t, TypeObj *cls, Value func)
{
    DescrObj *d = gc_alloc(t, cls, cls->instance_size);
    if (!d) return VAL_ERROR;
    d->func = func;
    d->fset = d->fdel = d->doc = VAL_NONE;
    return val_from_obj(d);
}

static Value wrapper_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, type_name(cls), kw) < 0) return VAL_ERROR;
    if (nargs != 1)
        return exc_raise(t, &TypeErrorType, "%s expected 1 argument, got %d", type_name(cls), nargs);
    return descr_alloc(t, cls, args[0]);
}

static Value wrapper_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    (void)t; (void)self; (void)args; (void)nargs; (void)kw;
    return VAL_NONE;
}

static Value classmethod_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    DescrObj *d = (DescrObj *)val_as_obj(self);
    Value cls = owner ? val_from_obj(owner) : val_from_obj(val_type(instance));
    return method_new(t, d->func, cls);
}

static Value staticmethod_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)t; (void)instance; (void)owner;
    return ((DescrObj *)val_as_obj(self))->func;
}

static Value descr_func_getattr(Thread *t, Value self, StrObj *name)
{
    DescrObj *d = (DescrObj *)val_as_obj(self);
    if (str_eq_cstr(name, "__func__")) return d->func;
    if (str_eq_cstr(name, "__wrapped__")) return d->func;
    Value v = generic_getattr(t, self, name);
    if (v != VAL_UNBOUND) return v;
    if (name == NAME(t, name) || name == NAME(t, qualname) || name == NAME(t, doc))
        return op_getattr_opt(t, d->func, name);
    return VAL_UNBOUND;
}

static Value staticmethod_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    return op_call(t, ((DescrObj *)val_as_obj(self))->func, args, nargs, kw);
}

TypeObj ClassMethodType = {
    .base = { .type = &TypeType },
    .name = "classmethod",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(DescrObj),
    .dict_offset = offsetof(DescrObj, dict),
    .trace = descr_trace,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .descr_get = classmethod_get,
    .getattr = descr_func_getattr,
};

TypeObj StaticMethodType = {
    .base = { .type = &TypeType },
    .name = "staticmethod",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(DescrObj),
    .dict_offset = offsetof(DescrObj, dict),
    .trace = descr_trace,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .descr_get = staticmethod_get,
    .getattr = descr_func_getattr,
    .call = staticmethod_call,
};

static Value property_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    Value a[4];
    if (arg_parse(t, "property", args, nargs, kw, "|fget,fset,fdel,doc", a) < 0) return VAL_ERROR;
    Value p = descr_alloc(t, cls, a[0] == VAL_UNBOUND ? VAL_NONE : a[0]);
    if (p == VAL_ERROR) return p;
    DescrObj *d = (DescrObj *)val_as_obj(p);
    d->fset = a[1] == VAL_UNBOUND ? VAL_NONE : a[1];
    d->fdel = a[2] == VAL_UNBOUND ? VAL_NONE : a[2];
    d->doc = a[3] == VAL_UNBOUND ? VAL_NONE : a[3];
    return p;
}

static Value property_name(Thread *t, DescrObj *d)
{
    Value n = d->func != VAL_NONE ? op_getattr_opt(t, d->func, NAME(t, name)) : VAL_UNBOUND;
    return n == VAL_UNBOUND || n == VAL_ERROR ? VAL_UNBOUND : n;
}

static Value property_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)owner;
    DescrObj *d = (DescrObj *)val_as_obj(self);
    if (instance == VAL_UNBOUND) return self;
    if (d->func == VAL_NONE) {
        Value n = property_name(t, d);
        if (n != VAL_UNBOUND)
            return exc_raise(t, &AttributeErrorType, "property '%S' of '%s' object has no getter", n,
                             type_name(val_type(instance)));
        return exc_raise(t, &AttributeErrorType, "unreadable attribute");
    }
    return op_call1(t, d->func, instance);
}

static int property_set(Thread *t, Value self, Value instance, Value value)
{
    DescrObj *d = (DescrObj *)val_as_obj(self);
    Value fn = value == VAL_UNBOUND ? d->fdel : d->fset;
    if (fn == VAL_NONE) {
        Value n = property_name(t, d);
        exc_raise(t, &AttributeErrorType, "property %s%S%s of '%s' object has no %s",
                  n != VAL_UNBOUND ? "'" : "", n != VAL_UNBOUND ? n : val_from_obj(NAME(t, empty)),
                  n != VAL_UNBOUND ? "'" : "", type_name(val_type(instance)),
                  value == VAL_UNBOUND ? "deleter" : "setter");
        return -1;
    }
    Value r = value == VAL_UNBOUND ? op_call1(t, fn, instance) : op_call2(t, fn, instance, value);
    return r == VAL_ERROR ? -1 : 0;
}

static Value property_copy(Thread *t, Value self, int which, Value fn)
{
    DescrObj *d = (DescrObj *)val_as_obj(self);
    Value p = descr_alloc(t, val_type(self), d->func);
    if (p == VAL_ERROR) return p;
    DescrObj *n = (DescrObj *)val_as_obj(p);
    n->fset = d->fset;
    n->fdel = d->fdel;
    n->doc = d->doc;
    if (which == 0) n->func = fn;
    else if (which == 1) n->fset = fn;
    else n->fdel = fn;
    return p;
}

static Value property_getter(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "getter", nargs, 2, 2) < 0 || arg_no_kw(t, "getter", kw) < 0) return VAL_ERROR;
    return property_copy(t, args[0], 0, args[1]);
}

static Value property_setter(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "setter", nargs, 2, 2) < 0 || arg_no_kw(t, "setter", kw) < 0) return VAL_ERROR;
    return property_copy(t, args[0], 1, args[1]);
}

static Value property_deleter(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_count(t, "deleter", nargs, 2, 2) < 0 || arg_no_kw(t, "deleter", kw) < 0) return VAL_ERROR;
    return property_copy(t, args[0], 2, args[1]);
}

static const MethodDef property_methods[] = {
    { "getter", property_getter, 0 },
    { "setter", property_setter, 0 },
    { "deleter", property_deleter, 0 },
    { NULL, NULL, 0 },
};

static Value property_getattr(Thread *t, Value self, StrObj *name)
{
    DescrObj *d = (DescrObj *)val_as_obj(self);
    if (str_eq_cstr(name, "fget")) return d->func;
    if (str_eq_cstr(name, "fset")) return d->fset;
    if (str_eq_cstr(name, "fdel")) return d->fdel;
    if (name == NAME(t, doc)) {
        if (d->doc != VAL_NONE || d->func == VAL_NONE) return d->doc;
        return op_getattr_opt(t, d->func, NAME(t, doc));
    }
    return generic_getattr(t, self, name);
}

TypeObj PropertyType = {
    .base = { .type = &TypeType },
    .name = "property",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(DescrObj),
    .dict_offset = offsetof(DescrObj, dict),
    .trace = descr_trace,
    .new_ = property_new,
    .init = wrapper_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .getattr = property_getattr,
    .methods = property_methods,
};
