/*
 * class.c -- making classes: the class statement (__build_class__),
 * type(name, bases, ns), and metaclasses.
 *
 * A class statement picks its metaclass (the `metaclass=` keyword or the
 * most derived metaclass of its bases), lets it prepare the namespace,
 * runs the body in that namespace and calls the metaclass with (name,
 * bases, ns, **kw).  For plain classes the metaclass is `type`, whose
 * __new__ is class_type_new below; a metaclass written in a script
 * reaches it through super().__new__.  A class's TypeObj is an instance
 * of its metaclass: its header's type is the metaclass, so operations on
 * the class (iteration, len, subscripts, calls) use the metaclass's slots.
 */
#include <string.h>
#include "obj_type.h"
#include "args.h"
#include "exc.h"
#include "frame.h"
#include "interp.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"

/* C3 linearisation of the bases' MROs. */
static Value compute_mro(Thread *t, TypeObj *tp, TupleObj *bases)
{
    size_t nb = bases->len;
    Value out = list_new(t, 8);
    if (out == VAL_ERROR) return out;
    gc_push_root(t, out);
    if (list_append(t, out, val_from_obj(tp)) < 0) goto fail;
    /* Work lists: each base's MRO, then the bases list itself. */
    size_t nseq = nb + 1;
    size_t *pos = mem_alloc(t, nseq * sizeof *pos);
    if (!pos) goto fail;
    for (size_t i = 0; i < nseq; i++) pos[i] = 0;
    for (;;) {
        bool any = false;
        Value cand = VAL_UNBOUND;
        for (size_t i = 0; i < nseq && cand == VAL_UNBOUND; i++) {
            TupleObj *seq = i < nb ? ((TypeObj *)val_as_obj(bases->items[i]))->mro : bases;
            if (pos[i] >= seq->len) continue;
            any = true;
            Value head = seq->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                TupleObj *other = j < nb ? ((TypeObj *)val_as_obj(bases->items[j]))->mro : bases;
                for (size_t k = pos[j] + 1; k < other->len; k++)
                    if (other->items[k] == head) { in_tail = true; break; }
            }
            if (!in_tail) cand = head;
        }
        if (!any) break;
        if (cand == VAL_UNBOUND) {
            mem_free(t->gc, pos, nseq * sizeof *pos);
            StrBuf b;
            strbuf_init(&b);
            strbuf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            for (size_t i = 0; i < nb; i++) {
                if (i) strbuf_puts(&b, ", ");
                strbuf_puts(&b, type_name((TypeObj *)val_as_obj(bases->items[i])));
            }
            Value msg = strbuf_finish(t, &b);
            if (msg != VAL_ERROR) exc_raise_value(t, &TypeErrorType, msg);
            goto fail;
        }
        if (list_append(t, out, cand) < 0) {
            mem_free(t->gc, pos, nseq * sizeof *pos);
            goto fail;
        }
        for (size_t i = 0; i < nseq; i++) {
            TupleObj *seq = i < nb ? ((TypeObj *)val_as_obj(bases->items[i]))->mro : bases;
            if (pos[i] < seq->len && seq->items[pos[i]] == cand) pos[i]++;
        }
    }
    mem_free(t->gc, pos, nseq * sizeof *pos);
    Value mro = tuple_from_array(t, LIST(out)->items, LIST(out)->len);
    gc_pop_roots(t, 1);
    return mro;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

/* The base whose C layout a new class extends: the most derived builtin
 * layout among the bases. */
static TypeObj *layout_base(TupleObj *bases)
{
    TypeObj *best = &ObjectType;
    for (size_t i = 0; i < bases->len; i++) {
        TypeObj *b = (TypeObj *)val_as_obj(bases->items[i]);
        if (b->instance_size > best->instance_size || type_is_subtype(b, best)) best = b;
    }
    return best;
}

/* The metaclass a class gets: the most derived of meta and its bases'
 * metaclasses, which must form a chain.  NULL with TypeError if not. */
static TypeObj *most_derived_meta(Thread *t, TypeObj *meta, TupleObj *bases)
{
    for (size_t i = 0; i < bases->len; i++) {
        TypeObj *bt = val_type(bases->items[i]);
        if (type_is_subtype(meta, bt)) continue;
        if (type_is_subtype(bt, meta)) {
            meta = bt;
            continue;
        }
        exc_raise(t, &TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a "
                  "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return meta;
}

/* A plain function named __init_subclass__ or __class_getitem__ in a
 * class body is a class method, and __new__ a static method. */
static int wrap_implicit(Thread *t, DictObj *ns, const char *name, TypeObj *wrapper)
{
    StrObj *key = str_intern(t, name);
    if (!key) return -1;
    Value f = dict_get_str(ns, key);
    if (!val_is_type(f, &FunctionType)) return 0;
    Value w = op_call(t, val_from_obj(wrapper), &f, 1, NULL);
    return w == VAL_ERROR ? -1 : dict_set_str(t, ns, key, w);
}

/* Takes __qualname__ and __classcell__ out of the namespace (as CPython
 * does): the first names the class, the second receives it. */
static int take_special_names(Thread *t, TypeObj *tp, DictObj *ns)
{
    Value qual = dict_get_str(ns, NAME(t, qualname));
    if (qual != VAL_UNBOUND) {
        if (!str_check(qual)) {
            exc_raise(t, &TypeErrorType, "type __qualname__ must be a str, not %s", type_name(val_type(qual)));
            return -1;
        }
        tp->qualname = STR(qual);
        if (dict_del(t, ns, val_from_obj(NAME(t, qualname))) < 0) return -1;
    }
    StrObj *cellname = str_intern(t, "__classcell__");
    if (!cellname) return -1;
    Value cell = dict_get_str(ns, cellname);
    if (cell == VAL_UNBOUND) return 0;
    if (!val_is_type(cell, &CellType)) {
        exc_raise(t, &TypeErrorType, "__classcell__ must be a nonlocal cell, not %T", cell);
        return -1;
    }
    ((CellObj *)val_as_obj(cell))->value = val_from_obj(tp);
    return dict_del(t, ns, val_from_obj(cellname)) < 0 ? -1 : 0;
}

/* __set_name__ on the attributes that define it, then the parent's
 * __init_subclass__(**kw), as the last steps of making a class. */
static int announce_class(Thread *t, TypeObj *tp, Value *kwvals, TupleObj *kw)
{
    Value cls = val_from_obj(tp);
    size_t pos = 0;
    Value k, v;
    while (dict_next(tp->dict, &pos, &k, &v)) {
        if (type_lookup(val_type(v), NAME(t, set_name)) == VAL_UNBOUND) continue;
        Value a[2] = { cls, k };
        if (op_call_method(t, v, NAME(t, set_name), a, 2) == VAL_ERROR) return -1;
    }
    /* super(tp, tp).__init_subclass__: the next definition along tp's
     * MRO, which may come from a later base than the first one's MRO. */
    Value init_sub = VAL_UNBOUND;
    for (size_t i = 1; i < tp->mro->len && init_sub == VAL_UNBOUND; i++)
        init_sub = dict_get_str(((TypeObj *)val_as_obj(tp->mro->items[i]))->dict, NAME(t, init_subclass));
    if (init_sub == VAL_UNBOUND) return 0;
    Value bound = val_type(init_sub)->descr_get
        ? val_type(init_sub)->descr_get(t, init_sub, VAL_UNBOUND, tp) : init_sub;
    if (bound == VAL_ERROR) return -1;
    gc_push_root(t, bound);
    Value r = op_call(t, bound, kwvals, 0, kw);
    gc_pop_roots(t, 1);
    return r == VAL_ERROR ? -1 : 0;
}

/* Makes class `name` of metaclass meta from bases and the namespace ns,
 * which becomes the class's dict. */
static Value class_new(Thread *t, TypeObj *meta, StrObj *name, TupleObj *bases, DictObj *ns,
                       Value *kwvals, TupleObj *kw)
{
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!val_isinstance(b, &TypeType))
            return exc_raise(t, &TypeErrorType, "bases must be types");
        if (!(((TypeObj *)val_as_obj(b))->flags & TYPE_BASETYPE))
            return exc_raise(t, &TypeErrorType, "type '%s' is not an acceptable base type",
                             type_name((TypeObj *)val_as_obj(b)));
    }
    uint32_t mark = gc_root_mark(t);
    if (bases->len == 0) {
        Value ob = tuple_pack(t, 1, val_from_obj(&ObjectType));
        if (ob == VAL_ERROR) return ob;
        gc_push_root(t, ob);
        bases = TUPLE(ob);
    }
    if (wrap_implicit(t, ns, "__init_subclass__", &ClassMethodType) < 0
        || wrap_implicit(t, ns, "__class_getitem__", &ClassMethodType) < 0
        || wrap_implicit(t, ns, "__new__", &StaticMethodType) < 0)
        goto fail;
    Value module = dict_get_str(ns, NAME(t, module));
    if (module == VAL_UNBOUND && t->frame) {
        /* type(name, bases, ns) belongs to the module that calls it. */
        module = dict_get_str(t->frame->globals, NAME(t, name));
        if (module != VAL_UNBOUND && dict_set_str(t, ns, NAME(t, module), module) < 0) goto fail;
    }
    /* Every class has its own __doc__ (None without a docstring), so a
     * subclass does not show its base's. */
    if (dict_get_str(ns, NAME(t, doc)) == VAL_UNBOUND && dict_set_str(t, ns, NAME(t, doc), VAL_NONE) < 0)
        goto fail;
    TypeObj *tp = gc_alloc(t, meta, sizeof(TypeObj));
    if (!tp) goto fail;
    gc_push_root(t, val_from_obj(tp));
    TypeObj *base = layout_base(bases);
    uintptr_t link = tp->base.gc_link;
    *tp = *base;
    tp->base.type = meta;
    tp->base.gc_link = link;
    tp->name = NULL;
    tp->name_obj = str_intern_obj(t, name);
    tp->qualname = name;
    tp->base_type = base;
    tp->bases = bases;
    tp->subclasses = NULL;
    tp->dict = ns;
    ns->watched = true;
    tp->mro = NULL;
    tp->methods = NULL;
    tp->getset = NULL;
    tp->flags = (base->flags & TYPE_EXCEPTION) | TYPE_HEAPTYPE | TYPE_BASETYPE;
    /* str, bytes and tuple keep their items inline, so their subclasses
     * have no room for an instance dict (like __slots__ = () in CPython);
     * nor do metaclasses, whose instances are laid out as TypeObjs. */
    bool varsize = type_is_subtype(base, &StrType) || type_is_subtype(base, &BytesType)
                   || type_is_subtype(base, &TupleType) || type_is_subtype(base, &TypeType);
    if (!base->dict_offset && !varsize) {
        tp->dict_offset = base->instance_size;
        tp->instance_size = base->instance_size + (uint32_t)sizeof(DictObj *);
    }
    tp->trace = type_instance_trace;
    tp->module = module;
    if (take_special_names(t, tp, ns) < 0) goto fail;
    /* A class that defines __eq__ but not __hash__ is unhashable. */
    if (dict_get_str(ns, NAME(t, eq)) != VAL_UNBOUND && dict_get_str(ns, NAME(t, hash)) == VAL_UNBOUND
        && dict_set_str(t, ns, NAME(t, hash), VAL_NONE) < 0)
        goto fail;
    Value mro = compute_mro(t, tp, bases);
    if (mro == VAL_ERROR) goto fail;
    tp->mro = TUPLE(mro);
    type_fixup_slots(t, tp);
    if (type_register_subclass(t, tp) < 0 || announce_class(t, tp, kwvals, kw) < 0) goto fail;
    gc_root_reset(t, mark);
    return val_from_obj(tp);
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* type.__new__(meta, name, bases, ns, **kw) */
Value class_type_new(Thread *t, TypeObj *meta, Value *args, int nargs, TupleObj *kw)
{
    if (!type_is_subtype(meta, &TypeType))
        return exc_raise(t, &TypeErrorType, "type.__new__(%s): %s is not a subtype of type",
                         type_name(meta), type_name(meta));
    if (nargs != 3)
        return exc_raise(t, &TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
    static const char *const what[] = { "str", "tuple", "dict" };
    TypeObj *const want[] = { &StrType, &TupleType, &DictType };
    for (int i = 0; i < 3; i++)
        if (!val_isinstance(args[i], want[i]))
            return exc_raise(t, &TypeErrorType, "type.__new__() argument %d must be %s, not %s", i + 1,
                             what[i], type_name(val_type(args[i])));
    meta = most_derived_meta(t, meta, TUPLE(args[1]));
    if (!meta) return VAL_ERROR;
    Value ns = dict_copy(t, DICT(args[2]));
    if (ns == VAL_ERROR) return ns;
    gc_push_root(t, ns);
    Value cls = class_new(t, meta, STR(args[0]), TUPLE(args[1]), DICT(ns), args + nargs, kw);
    gc_pop_roots(t, 1);
    return cls;
}

/* type.__init__(cls, name, bases, ns, **kw): __new__ did the work. */
Value class_type_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    (void)self; (void)args;
    if (nargs == 1 && kw && kw->len)
        return exc_raise(t, &TypeErrorType, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3)
        return exc_raise(t, &TypeErrorType, "type.__init__() takes 1 or 3 arguments");
    return VAL_NONE;
}

/* The bases a class statement lists, after __mro_entries__ of the ones
 * that are not classes (typing's generic aliases use it). */
static Value resolve_bases(Thread *t, TupleObj *orig, bool *changed)
{
    *changed = false;
    StrObj *entries = str_intern(t, "__mro_entries__");
    if (!entries) return VAL_ERROR;
    Value out = list_new(t, orig->len);
    if (out == VAL_ERROR) return out;
    gc_push_root(t, out);
    for (size_t i = 0; i < orig->len; i++) {
        Value b = orig->items[i];
        Value f = val_isinstance(b, &TypeType) ? VAL_UNBOUND : op_getattr_opt(t, b, entries);
        if (f == VAL_ERROR) goto fail;
        if (f == VAL_UNBOUND) {
            if (list_append(t, out, b) < 0) goto fail;
            continue;
        }
        gc_push_root(t, f);
        Value o = val_from_obj(orig);
        Value r = op_call(t, f, &o, 1, NULL);
        gc_pop_roots(t, 1);
        if (r == VAL_ERROR) goto fail;
        if (!val_is_type(r, &TupleType)) {
            exc_raise(t, &TypeErrorType, "__mro_entries__ must return a tuple");
            goto fail;
        }
        for (size_t j = 0; j < TUPLE(r)->len; j++)
            if (list_append(t, out, TUPLE(r)->items[j]) < 0) goto fail;
        *changed = true;
    }
    Value bases = *changed ? tuple_from_array(t, LIST(out)->items, LIST(out)->len) : val_from_obj(orig);
    gc_pop_roots(t, 1);
    return bases;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

/* The namespace the class body runs in: meta.__prepare__(name, bases,
 * **kw) when the metaclass has one, else a fresh dict. */
static Value prepare_namespace(Thread *t, Value meta, Value name, Value bases, Value *kwvals, TupleObj *kw)
{
    StrObj *prep = str_intern(t, "__prepare__");
    if (!prep) return VAL_ERROR;
    Value f = meta == val_from_obj(&TypeType) ? VAL_UNBOUND : op_getattr_opt(t, meta, prep);
    if (f == VAL_ERROR) return f;
    if (f == VAL_UNBOUND) return dict_new(t);
    gc_push_root(t, f);
    size_t nkw = kw ? kw->len : 0;
    Value a = tuple_new(t, 2 + nkw);
    if (a == VAL_ERROR) {
        gc_pop_roots(t, 1);
        return a;
    }
    TUPLE(a)->items[0] = name;
    TUPLE(a)->items[1] = bases;
    memcpy(TUPLE(a)->items + 2, kwvals, nkw * sizeof(Value));
    gc_push_root(t, a);
    Value ns = op_call(t, f, TUPLE(a)->items, 2, kw);
    gc_pop_roots(t, 2);
    if (ns != VAL_ERROR && !val_isinstance(ns, &DictType)) {
        const char *mname = val_isinstance(meta, &TypeType) ? type_name((TypeObj *)val_as_obj(meta)) : "<metaclass>";
        return exc_raise(t, &TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mname,
                         type_name(val_type(ns)));
    }
    return ns;
}

/* __build_class__(func, name, *bases, metaclass=None, **kw): runs the
 * class body in the prepared namespace and calls the metaclass. */
Value class_build(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (nargs < 2 || !val_is_type(args[0], &FunctionType) || !str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "__build_class__: bad arguments");
    FuncObj *body = (FuncObj *)val_as_obj(args[0]);
    uint32_t mark = gc_root_mark(t);
    Value orig_bases = tuple_from_array(t, args + 2, (size_t)nargs - 2);
    if (orig_bases == VAL_ERROR) return orig_bases;
    gc_push_root(t, orig_bases);
    /* call = (name, bases, ns, *the keywords but metaclass); names = their names */
    size_t nkw = kw ? kw->len : 0, meta_at = nkw;
    for (size_t i = 0; i < nkw; i++)
        if (str_eq_cstr(STR(kw->items[i]), "metaclass")) meta_at = i;
    Value meta = meta_at < nkw ? args[nargs + meta_at] : VAL_UNBOUND;
    size_t n = nkw - (meta_at < nkw);
    Value call = tuple_new(t, 3 + n);
    if (call == VAL_ERROR) goto fail;
    gc_push_root(t, call);
    Value names = tuple_new(t, n);
    if (names == VAL_ERROR) goto fail;
    gc_push_root(t, names);
    for (size_t i = 0, j = 0; i < nkw; i++) {
        if (i == meta_at) continue;
        TUPLE(names)->items[j] = kw->items[i];
        TUPLE(call)->items[3 + j++] = args[nargs + i];
    }
    TupleObj *rest = n ? TUPLE(names) : NULL;
    Value *kwvals = TUPLE(call)->items + 3;
    bool changed;
    Value bases = resolve_bases(t, TUPLE(orig_bases), &changed);
    if (bases == VAL_ERROR) goto fail;
    TUPLE(call)->items[0] = args[1];
    TUPLE(call)->items[1] = bases;
    if (meta == VAL_UNBOUND)
        meta = TUPLE(bases)->len ? val_from_obj(val_type(TUPLE(bases)->items[0])) : val_from_obj(&TypeType);
    if (val_isinstance(meta, &TypeType)) {
        TypeObj *m = most_derived_meta(t, (TypeObj *)val_as_obj(meta), TUPLE(bases));
        if (!m) goto fail;
        meta = val_from_obj(m);
    }
    gc_push_root(t, meta);
    Value ns = prepare_namespace(t, meta, args[1], bases, kwvals, rest);
    if (ns == VAL_ERROR) goto fail;
    TUPLE(call)->items[2] = ns;
    Value modname = dict_get_str(body->globals, NAME(t, name));
    if (modname != VAL_UNBOUND && dict_set_str(t, DICT(ns), NAME(t, module), modname) < 0) goto fail;
    if (dict_set_str(t, DICT(ns), NAME(t, qualname), val_from_obj(body->code->qualname)) < 0) goto fail;
    Frame *f = frame_push(t, body);
    if (!f) goto fail;
    f->locals = DICT(ns);
    Value r = vm_run(t, f, VAL_UNBOUND);
    frame_pop(t, f);
    if (r == VAL_ERROR) goto fail;
    if (changed && dict_set_cstr(t, DICT(ns), "__orig_bases__", orig_bases) < 0) goto fail;
    Value cls;
    if (meta == val_from_obj(&TypeType))
        cls = class_new(t, &TypeType, STR(args[1]), TUPLE(bases), DICT(ns), kwvals, rest);
    else
        cls = op_call(t, meta, TUPLE(call)->items, 3, rest);
    gc_root_reset(t, mark);
    return cls;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}
