/*
 * ops.c -- the generic operations (see ops.h).
 *
 * Each follows Python's data model: binary operators try the left
 * operand's slot, then the right's (the right first when its type is a
 * subclass of the left's); comparisons fall back to the reflected
 * operator and then to identity for == and !=; attribute lookup goes
 * through data descriptors, the instance dict, then the type.
 */
#include <stdio.h>
#include "ops.h"
#include "obj_alias.h"
#include "exc.h"
#include "format.h"
#include "interp.h"
#include "interrupt.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_iter.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "strbuf.h"
#include "vm.h"

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINOP_LIST(X)
#undef X
};

Value op_repr(Thread *t, Value v)
{
    TypeObj *tp = val_type(v);
    if (vm_enter_c_for(t, " while getting the repr of an object") < 0) return VAL_ERROR;
    Value r = tp->repr(t, v);
    vm_leave_c(t);
    if (r != VAL_ERROR && !str_check(r))
        return exc_raise(t, &TypeErrorType, "__repr__ returned non-string (type %s)", type_name(val_type(r)));
    return r;
}

Value op_repr_call(Thread *t, const char *name, const Value *values, size_t n, TupleObj *kwnames)
{
    size_t nkw = kwnames ? kwnames->len : 0;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, name);
    strbuf_putc(&b, '(');
    for (size_t i = 0; i < n + nkw; i++) {
        Value r = op_repr(t, values[i]);
        if (r == VAL_ERROR) {
            strbuf_free(&b);
            return VAL_ERROR;
        }
        if (i > 0) strbuf_puts(&b, ", ");
        if (i >= n) {
            strbuf_put_str(&b, kwnames->items[i - n]);
            strbuf_putc(&b, '=');
        }
        strbuf_put_str(&b, r);
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

Value op_str(Thread *t, Value v)
{
    if (str_check_exact(v)) return v;
    TypeObj *tp = val_type(v);
    if (vm_enter_c_for(t, " while getting the str of an object") < 0) return VAL_ERROR;
    Value r = tp->str ? tp->str(t, v) : tp->repr(t, v);
    vm_leave_c(t);
    if (r != VAL_ERROR && !str_check(r))
        return exc_raise(t, &TypeErrorType, "__str__ returned non-string (type %s)", type_name(val_type(r)));
    return r;
}

Value op_ascii(Thread *t, Value v)
{
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return r;
    gc_push_root(t, r);
    Value a = str_ascii(t, r);
    gc_pop_roots(t, 1);
    return a;
}

int64_t op_hash(Thread *t, Value v)
{
    if (val_is_int(v)) return int_hash(v);
    if (val_is_double(v)) return float_hash(val_as_double(v));
    TypeObj *tp = val_type(v);
    if (!tp->hash) {
        exc_raise(t, &TypeErrorType, "unhashable type: '%s'", type_name(tp));
        return -1;
    }
    if (vm_enter_c(t) < 0) return -1;
    int64_t h = tp->hash(t, v);
    vm_leave_c(t);
    return h;
}

int op_truth(Thread *t, Value v)
{
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (val_is_int(v)) return val_as_int(v) != 0;
    if (val_is_double(v)) return val_as_double(v) != 0.0;
    TypeObj *tp = val_type(v);
    if (tp->truth) return tp->truth(t, v);
    if (tp->len) {
        int64_t n = tp->len(t, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- operators ------------------------------------------------------- */

static Value binary_dispatch(Thread *t, BinOp op, Value a, Value b)
{
    TypeObj *ta = val_type(a), *tb = val_type(b);
    Value r;
    /* A right operand whose type is a proper subclass that overrides the
     * operation goes first. */
    if (ta != tb && tb->binary && tb->binary != ta->binary && type_is_subtype(tb, ta)) {
        r = tb->binary(t, op, a, b);
        if (r != VAL_NOTIMPL) return r;
        if (ta->binary) {
            r = ta->binary(t, op, a, b);
            if (r != VAL_NOTIMPL) return r;
        }
        return VAL_NOTIMPL;
    }
    if (ta->binary) {
        r = ta->binary(t, op, a, b);
        if (r != VAL_NOTIMPL) return r;
    }
    if (tb->binary && tb->binary != ta->binary) {
        r = tb->binary(t, op, a, b);
        if (r != VAL_NOTIMPL) return r;
    }
    return VAL_NOTIMPL;
}

static Value binary_error(Thread *t, BinOp op, Value a, Value b, bool inplace)
{
    char sym[8];
    snprintf(sym, sizeof sym, "%s%s", binop_symbols[op], inplace ? "=" : "");
    if (op == BINOP_ADD && str_check(a) && !str_check(b))
        return exc_raise(t, &TypeErrorType, "can only concatenate str (not \"%s\") to str",
                         type_name(val_type(b)));
    if (op == BINOP_MUL && (str_check(a) || str_check(b) || val_is_type(a, &ListType)
                            || val_is_type(b, &ListType) || val_is_type(a, &TupleType)
                            || val_is_type(b, &TupleType)))
        return exc_raise(t, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                         type_name(val_type(str_check(a) || val_is_type(a, &ListType)
                                            || val_is_type(a, &TupleType) ? b : a)));
    if (op == BINOP_POW && !inplace)
        return exc_raise(t, &TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                         type_name(val_type(a)), type_name(val_type(b)));
    return exc_type_error_unsupported(t, sym, a, b);
}

Value op_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (vm_enter_c(t) < 0) return VAL_ERROR;
    Value r = binary_dispatch(t, op, a, b);
    vm_leave_c(t);
    if (r == VAL_NOTIMPL) return binary_error(t, op, a, b, false);
    return r;
}

Value op_inplace(Thread *t, BinOp op, Value a, Value b)
{
    TypeObj *ta = val_type(a);
    if (ta->inplace) {
        if (vm_enter_c(t) < 0) return VAL_ERROR;
        Value r = ta->inplace(t, op, a, b);
        vm_leave_c(t);
        if (r != VAL_NOTIMPL) return r;
    }
    if (vm_enter_c(t) < 0) return VAL_ERROR;
    Value r = binary_dispatch(t, op, a, b);
    vm_leave_c(t);
    if (r == VAL_NOTIMPL) return binary_error(t, op, a, b, true);
    return r;
}

Value op_unary(Thread *t, UnOp op, Value a)
{
    TypeObj *tp = val_type(a);
    if (tp->unary) {
        if (vm_enter_c(t) < 0) return VAL_ERROR;
        Value r = tp->unary(t, op, a);
        vm_leave_c(t);
        if (r != VAL_NOTIMPL) return r;
    }
    static const char *const names[] = { "unary -", "unary +", "unary ~" };
    return exc_raise(t, &TypeErrorType, "bad operand type for %s: '%s'", names[op], type_name(tp));
}

static const CmpOp reflected[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

Value op_compare(Thread *t, CmpOp op, Value a, Value b)
{
    TypeObj *ta = val_type(a), *tb = val_type(b);
    Value r;
    if (vm_enter_c_for(t, " in comparison") < 0) return VAL_ERROR;
    bool right_first = ta != tb && tb->compare && type_is_subtype(tb, ta);
    if (right_first) {
        r = tb->compare(t, reflected[op], b, a);
        if (r != VAL_NOTIMPL) goto done;
    }
    if (ta->compare) {
        r = ta->compare(t, op, a, b);
        if (r != VAL_NOTIMPL) goto done;
    }
    if (!right_first && tb->compare) {
        r = tb->compare(t, reflected[op], b, a);
        if (r != VAL_NOTIMPL) goto done;
    }
    vm_leave_c(t);
    if (op == CMP_EQ) return val_from_bool(a == b);
    if (op == CMP_NE) return val_from_bool(a != b);
    return exc_raise(t, &TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbols[op], type_name(ta), type_name(tb));
done:
    vm_leave_c(t);
    return r;
}

int op_eq(Thread *t, Value a, Value b)
{
    if (a == b) return !(val_is_double(a) && val_as_double(a) != val_as_double(a));
    if (val_both_int(a, b)) return 0;
    Value r = op_compare(t, CMP_EQ, a, b);
    if (r == VAL_ERROR) return -1;
    if (r == VAL_TRUE) return 1;
    if (r == VAL_FALSE) return 0;
    return op_truth(t, r);
}

int op_eq_item(Thread *t, Value a, Value b)
{
    if (a == b) return 1;
    if (val_both_int(a, b)) return 0;
    gc_push_root(t, a);
    gc_push_root(t, b);
    int r = op_eq(t, a, b);
    gc_pop_roots(t, 2);
    return r;
}

int op_lt(Thread *t, Value a, Value b)
{
    if (val_both_int(a, b)) return val_as_int(a) < val_as_int(b);
    Value r = op_compare(t, CMP_LT, a, b);
    if (r == VAL_ERROR) return -1;
    if (r == VAL_TRUE) return 1;
    if (r == VAL_FALSE) return 0;
    return op_truth(t, r);
}

/* ---- containers ------------------------------------------------------ */

int64_t op_len(Thread *t, Value v)
{
    TypeObj *tp = val_type(v);
    if (!tp->len) {
        exc_raise(t, &TypeErrorType, "object of type '%s' has no len()", type_name(tp));
        return -1;
    }
    return tp->len(t, v);
}

Value op_getitem(Thread *t, Value c, Value key)
{
    TypeObj *tp = val_type(c);
    if (tp->getitem) return tp->getitem(t, c, key);
    if (val_isinstance(c, &TypeType)) {
        if (c == val_from_obj(&TypeType)) {     /* type[int], as CPython special-cases it */
            Value a[2] = { c, key };
            return alias_class_getitem(t, a, 2, NULL);
        }
        Value cg = op_getattr_opt(t, c, NAME(t, class_getitem));
        if (cg == VAL_ERROR) return cg;
        if (cg != VAL_UNBOUND) return op_call1(t, cg, key);
        return exc_raise(t, &TypeErrorType, "type '%s' is not subscriptable",
                         type_name((TypeObj *)val_as_obj(c)));
    }
    return exc_raise(t, &TypeErrorType, "'%s' object is not subscriptable", type_name(tp));
}

int op_setitem(Thread *t, Value c, Value key, Value value)
{
    TypeObj *tp = val_type(c);
    if (tp->setitem) return tp->setitem(t, c, key, value);
    exc_raise(t, &TypeErrorType, "'%s' object does not support item assignment", type_name(tp));
    return -1;
}

int op_delitem(Thread *t, Value c, Value key)
{
    TypeObj *tp = val_type(c);
    if (tp->setitem) return tp->setitem(t, c, key, VAL_UNBOUND);
    exc_raise(t, &TypeErrorType, "'%s' object doesn't support item deletion", type_name(tp));
    return -1;
}

int op_contains(Thread *t, Value c, Value item)
{
    TypeObj *tp = val_type(c);
    if (tp->contains) return tp->contains(t, c, item);
    if (!tp->iter && !tp->getitem) {
        exc_raise(t, &TypeErrorType, "argument of type '%s' is not iterable", type_name(tp));
        return -1;
    }
    Value it = op_iter(t, c);
    if (it == VAL_ERROR) return -1;
    gc_push_root(t, it);
    int found = 0;
    for (;;) {
        Value v = op_next(t, it);
        if (v == VAL_ERROR) { found = -1; break; }
        if (v == VAL_UNBOUND) break;
        int eq = op_eq(t, v, item);
        if (eq) { found = eq; break; }
    }
    gc_pop_roots(t, 1);
    return found;
}

Value op_iter(Thread *t, Value v)
{
    TypeObj *tp = val_type(v);
    if (tp->iter) return tp->iter(t, v);
    if (tp->getitem) return seqiter_new(t, v);
    return exc_raise(t, &TypeErrorType, "'%s' object is not iterable", type_name(tp));
}

Value op_iter_self(Thread *t, Value self)
{
    (void)t;
    return self;
}

Value op_next(Thread *t, Value it)
{
    TypeObj *tp = val_type(it);
    if (!tp->next)
        return exc_raise(t, &TypeErrorType, "'%s' object is not an iterator", type_name(tp));
    /* Natives loop over iterables with op_next: a poll point, so that
     * sum(range(10**12)) heeds Ctrl-C and the step limit. */
    if (interrupt_check(t) < 0) return VAL_ERROR;
    return tp->next(t, it);
}

/* ---- attributes -------------------------------------------------------- */

Value type_lookup(TypeObj *type, StrObj *name)
{
    TupleObj *mro = type->mro;
    if (!mro) return type->dict ? dict_get_str(type->dict, name) : VAL_UNBOUND;
    for (size_t i = 0; i < mro->len; i++) {
        TypeObj *base = (TypeObj *)val_as_obj(mro->items[i]);
        if (!base->dict) continue;
        Value v = dict_get_str(base->dict, name);
        if (v != VAL_UNBOUND) return v;
    }
    return VAL_UNBOUND;
}

Value type_lookup_cached(Thread *t, TypeObj *type, StrObj *name)
{
    if (!name->interned) return type_lookup(type, name);
    size_t h = (((uintptr_t)type >> 4) ^ (((uintptr_t)name >> 4) * 31)) & (ATTR_CACHE_SIZE - 1);
    AttrCacheEntry *e = &t->interp->attr_cache[h];
    if (e->type == type && e->name == name && e->epoch == type_epoch) return e->value;
    Value v = type_lookup(type, name);
    *e = (AttrCacheEntry){ type, name, type_epoch, v };
    return v;
}

Value generic_getattr(Thread *t, Value obj, StrObj *name)
{
    TypeObj *tp = val_type(obj);
    Value attr = type_lookup_cached(t, tp, name);
    TypeObj *at = attr != VAL_UNBOUND ? val_type(attr) : NULL;
    if (at && at->descr_get && at->descr_set)
        return at->descr_get(t, attr, obj, tp);
    DictObj **dp = obj_dict_slot(obj);
    if (dp && *dp) {
        Value v = dict_get_str(*dp, name);
        if (v != VAL_UNBOUND) return v;
    }
    if (at && at->descr_get) return at->descr_get(t, attr, obj, tp);
    if (attr != VAL_UNBOUND) return attr;
    if (name == NAME(t, class)) return val_from_obj(tp);
    if (name == NAME(t, dict) && dp) {
        if (!*dp) {
            Value d = dict_new(t);
            if (d == VAL_ERROR) return d;
            *dp = DICT(d);
        }
        return val_from_obj(*dp);
    }
    return VAL_UNBOUND;
}

int generic_setattr(Thread *t, Value obj, StrObj *name, Value value)
{
    TypeObj *tp = val_type(obj);
    Value attr = type_lookup_cached(t, tp, name);
    if (attr != VAL_UNBOUND) {
        TypeObj *at = val_type(attr);
        if (at->descr_set) return at->descr_set(t, attr, obj, value);
    }
    DictObj **dp = obj_dict_slot(obj);
    if (dp && name == NAME(t, dict)) {
        /* obj.__dict__ = d replaces the dict; del obj.__dict__ leaves a
         * fresh one to be made when next needed. */
        if (value != VAL_UNBOUND && !dict_check(value)) {
            exc_raise(t, &TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'",
                      type_name(val_type(value)));
            return -1;
        }
        *dp = value == VAL_UNBOUND ? NULL : DICT(value);
        return 0;
    }
    if (!dp) {
        if (attr != VAL_UNBOUND)
            exc_raise(t, &AttributeErrorType, "'%s' object attribute '%s' is read-only",
                      type_name(tp), name->data);
        else
            exc_raise(t, &AttributeErrorType, "'%s' object has no attribute '%s'",
                      type_name(tp), name->data);
        return -1;
    }
    if (!*dp) {
        if (value == VAL_UNBOUND) goto missing;
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        *dp = DICT(d);
    }
    if (value != VAL_UNBOUND) return dict_set_str(t, *dp, name, value);
    int r = dict_del(t, *dp, val_from_obj(name));
    if (r != 1) return r;
missing:
    exc_raise(t, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name(tp), name->data);
    return -1;
}

Value op_getattr_opt(Thread *t, Value obj, StrObj *name)
{
    TypeObj *tp = val_type(obj);
    Value v = tp->getattr ? tp->getattr(t, obj, name) : generic_getattr(t, obj, name);
    if (v == VAL_ERROR && exc_matches(t, &AttributeErrorType)) {
        exc_clear(t);
        return VAL_UNBOUND;
    }
    return v;
}

Value op_getattr(Thread *t, Value obj, StrObj *name)
{
    TypeObj *tp = val_type(obj);
    Value v = tp->getattr ? tp->getattr(t, obj, name) : generic_getattr(t, obj, name);
    if (v != VAL_UNBOUND) return v;
    return exc_raise_attribute_error(t, obj, name);
}

int op_setattr(Thread *t, Value obj, StrObj *name, Value value)
{
    TypeObj *tp = val_type(obj);
    return tp->setattr ? tp->setattr(t, obj, name, value) : generic_setattr(t, obj, name, value);
}

int op_delattr(Thread *t, Value obj, StrObj *name)
{
    return op_setattr(t, obj, name, VAL_UNBOUND);
}

/* ---- calls ------------------------------------------------------------- */

Value op_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kwnames)
{
    TypeObj *tp = val_type(callable);
    if (!tp->call)
        return exc_raise(t, &TypeErrorType, "'%s' object is not callable", type_name(tp));
    if (vm_enter_c(t) < 0) return VAL_ERROR;
    Value r = tp->call(t, callable, args, nargs, kwnames);
    vm_leave_c(t);
    return r;
}

Value op_call0(Thread *t, Value callable)
{
    return op_call(t, callable, NULL, 0, NULL);
}

Value op_call1(Thread *t, Value callable, Value a)
{
    gc_push_root(t, a);
    Value argv[1] = { a };
    Value r = op_call(t, callable, argv, 1, NULL);
    gc_pop_roots(t, 1);
    return r;
}

Value op_call2(Thread *t, Value callable, Value a, Value b)
{
    gc_push_root(t, a);
    gc_push_root(t, b);
    Value argv[2] = { a, b };
    Value r = op_call(t, callable, argv, 2, NULL);
    gc_pop_roots(t, 2);
    return r;
}

/* f(first, *args, **kw), the keyword values following args. */
Value op_call_prepended(Thread *t, Value f, Value first, Value *args, int nargs, TupleObj *kw)
{
    Value argv_small[8];
    int total = nargs + (kw ? (int)kw->len : 0) + 1;
    Value *argv = total <= 8 ? argv_small : mem_alloc(t, (size_t)total * sizeof(Value));
    if (!argv) return VAL_ERROR;
    argv[0] = first;
    for (int i = 1; i < total; i++) argv[i] = args[i - 1];
    Value r = op_call(t, f, argv, nargs + 1, kw);
    if (argv != argv_small) mem_free(t->gc, argv, (size_t)total * sizeof(Value));
    return r;
}

Value op_call_as_method(Thread *t, Value f, Value self, Value *args, int nargs, TupleObj *kw)
{
    if (op_is_plain_method(f)) return op_call_prepended(t, f, self, args, nargs, kw);
    TypeObj *ft = val_type(f);
    if (ft->descr_get) {
        f = ft->descr_get(t, f, self, val_type(self));
        if (f == VAL_ERROR) return f;
    }
    gc_push_root(t, f);
    Value r = op_call(t, f, args, nargs, kw);
    gc_pop_roots(t, 1);
    return r;
}

bool op_is_plain_method(Value m)
{
    if (val_is_type(m, &FunctionType)) return true;
    if (!val_is_type(m, &NativeType)) return false;
    NativeObj *n = (NativeObj *)val_as_obj(m);
    return n->owner && !(n->def->flags & (METH_CLASS | METH_STATIC));
}

Value op_call_method(Thread *t, Value obj, StrObj *name, Value *args, int nargs)
{
    TypeObj *tp = val_type(obj);
    if (!tp->getattr) {
        /* A method on the class, not shadowed: no bound method needed. */
        Value f = type_lookup_cached(t, tp, name);
        DictObj **dp = obj_dict_slot(obj);
        if (f != VAL_UNBOUND && op_is_plain_method(f) && (!dp || !*dp || dict_get_str(*dp, name) == VAL_UNBOUND))
            return op_call_prepended(t, f, obj, args, nargs, NULL);
    }
    Value m = op_getattr(t, obj, name);
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    Value r = op_call(t, m, args, nargs, NULL);
    gc_pop_roots(t, 1);
    return r;
}

/* ---- conversions ------------------------------------------------------- */

int op_index(Thread *t, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return 0;
    }
    if (int_check(v)) {
        if (int_as_i64(t, v, out) < 0) {
            exc_clear(t);
            exc_raise(t, &IndexErrorType, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return 0;
    }
    Value m = type_lookup(val_type(v), NAME(t, index));
    if (m == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                  type_name(val_type(v)));
        return -1;
    }
    Value r = op_call_method(t, v, NAME(t, index), NULL, 0);
    if (r == VAL_ERROR) return -1;
    if (!int_check(r)) {
        exc_raise(t, &TypeErrorType, "__index__ returned non-int (type %s)", type_name(val_type(r)));
        return -1;
    }
    return op_index(t, r, out);
}

Value op_format(Thread *t, Value v, Value spec)
{
    /* format() of a str or an int with no spec is str(), as in CPython. */
    if (str_check_exact(spec) && STR(spec)->len == 0) {
        if (str_check_exact(v)) return v;
        if (val_is_int(v) || val_is_type(v, &IntType)) return op_str(t, v);
    }
    Value m = type_lookup(val_type(v), NAME(t, format));
    if (m == VAL_UNBOUND) return exc_raise(t, &TypeErrorType, "%T has no __format__", v);
    /* Called as found on the type: format(int) must use type's
     * __format__ (object's), not int's unbound one. */
    Value r = op_call2(t, m, v, spec);
    if (r != VAL_ERROR && !str_check(r))
        return exc_raise(t, &TypeErrorType, "__format__ must return a str, not %T", r);
    return r;
}
