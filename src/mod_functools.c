/*
 * mod_functools.c -- the _functools module: partial, in C because a
 * partial is called as often as the function it wraps.  The rest of
 * functools is aster code (stdlib/functools.as), which re-exports it.
 *
 * A call passes the stored positional arguments then the new ones, and
 * the stored keywords updated by the new ones.  Without stored keywords
 * the call's own keyword names are passed through untouched.
 */
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

typedef struct {
    Obj base;
    Value func;
    TupleObj *args;
    DictObj *keywords;
    DictObj *dict;              /* attributes set on the partial, or NULL */
} PartialObj;

#define PARTIAL(v) ((PartialObj *)val_as_obj(v))

TypeObj PartialType;

static void partial_trace(GC *gc, Obj *o)
{
    PartialObj *p = (PartialObj *)o;
    gc_mark_value(gc, p->func);
    gc_mark_obj(gc, (Obj *)p->args);
    gc_mark_obj(gc, (Obj *)p->keywords);
    gc_mark_obj(gc, (Obj *)p->dict);
}

static Value partial_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames);

/* partial(func, *args, **keywords).  A partial whose class calls like
 * this one and that has no attributes of its own is flattened: the new
 * one wraps its function with both sets of arguments. */
static Value partial_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    if (nargs < 1) return exc_raise(t, &TypeErrorType, "type 'partial' takes at least one argument");
    Value func = args[0];
    Value *rest = args + 1;
    int nrest = nargs - 1;
    TypeObj *ft = val_type(func);
    if (!ft->call) return exc_raise(t, &TypeErrorType, "the first argument must be callable");
    TupleObj *inner_args = NULL;
    DictObj *inner_kw = NULL;
    if (val_isinstance(func, &PartialType) && ft->call == partial_call &&
        (!PARTIAL(func)->dict || PARTIAL(func)->dict->used == 0)) {
        inner_args = PARTIAL(func)->args;
        inner_kw = PARTIAL(func)->keywords;
        func = PARTIAL(func)->func;
    }
    size_t ninner = inner_args ? inner_args->len : 0;
    Value all = tuple_new(t, ninner + (size_t)nrest);
    if (all == VAL_ERROR) return VAL_ERROR;
    if (ninner) memcpy(TUPLE(all)->items, inner_args->items, ninner * sizeof(Value));
    if (nrest) memcpy(TUPLE(all)->items + ninner, rest, (size_t)nrest * sizeof(Value));
    gc_push_root(t, all);
    Value kw = inner_kw ? dict_copy(t, inner_kw) : dict_new(t);
    Value r = VAL_ERROR;
    if (kw != VAL_ERROR) {
        gc_push_root(t, kw);
        bool ok = true;
        for (size_t i = 0; ok && kwnames && i < kwnames->len; i++)
            ok = dict_set(t, DICT(kw), kwnames->items[i], args[nargs + (int)i]) == 0;
        PartialObj *p = ok ? gc_alloc(t, cls, cls->instance_size) : NULL;
        if (p) {
            p->func = func;
            p->args = TUPLE(all);
            p->keywords = DICT(kw);
            r = val_from_obj(p);
        }
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
    return r;
}

/* Calls with stored keywords: a dict of all keywords, then one array of
 * positional values followed by the keyword values. */
static Value call_with_keywords(Thread *t, PartialObj *p, Value *args, int nargs, TupleObj *kwnames)
{
    Value kw = dict_copy(t, p->keywords);
    if (kw == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, kw);
    Value r = VAL_ERROR;
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (dict_set(t, DICT(kw), kwnames->items[i], args[nargs + (int)i]) < 0) goto out;
    size_t npos = p->args->len + (size_t)nargs, nkw = DICT(kw)->used;
    Value names = tuple_new(t, nkw);
    if (names == VAL_ERROR) goto out;
    gc_push_root(t, names);
    Value vals = tuple_new(t, npos + nkw);
    if (vals != VAL_ERROR) {
        gc_push_root(t, vals);
        Value *v = TUPLE(vals)->items;
        memcpy(v, p->args->items, p->args->len * sizeof(Value));
        memcpy(v + p->args->len, args, (size_t)nargs * sizeof(Value));
        size_t pos = 0, i = 0;
        Value key, value;
        while (dict_next(DICT(kw), &pos, &key, &value)) {
            TUPLE(names)->items[i] = key;
            v[npos + i++] = value;
        }
        r = op_call(t, p->func, v, (int)npos, TUPLE(names));
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
out:
    gc_pop_roots(t, 1);
    return r;
}

static Value partial_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    PartialObj *p = PARTIAL(self);
    if (p->keywords->used) return call_with_keywords(t, p, args, nargs, kwnames);
    size_t nstored = p->args->len;
    if (nstored == 0) return op_call(t, p->func, args, nargs, kwnames);
    size_t nkw = kwnames ? kwnames->len : 0;
    size_t total = nstored + (size_t)nargs + nkw;
    Value small[16];
    Value *all = small;
    Value holder = VAL_NONE;
    if (total > 16) {
        holder = tuple_new(t, total);
        if (holder == VAL_ERROR) return VAL_ERROR;
        all = TUPLE(holder)->items;
    }
    memcpy(all, p->args->items, nstored * sizeof(Value));
    memcpy(all + nstored, args, ((size_t)nargs + nkw) * sizeof(Value));
    gc_push_root(t, holder);
    Value r = op_call(t, p->func, all, (int)(nstored + (size_t)nargs), kwnames);
    gc_pop_roots(t, 1);
    return r;
}

/* Appends repr(v) to b; -1 on error. */
static int put_repr(Thread *t, StrBuf *b, Value v)
{
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return -1;
    strbuf_put_str(b, r);
    return 0;
}

/* functools.partial(<function f at ...>, 1, key=2); a subclass shows its
 * own name; "..." for a partial inside its own arguments. */
static Value partial_repr(Thread *t, Value self)
{
    PartialObj *p = PARTIAL(self);
    int entered = repr_enter(t, self);
    if (entered < 0) return VAL_ERROR;
    if (entered > 0) return str_from_cstr(t, "...");
    StrBuf b;
    strbuf_init(&b);
    TypeObj *type = val_type(self);
    strbuf_puts(&b, type == &PartialType ? "functools.partial" : type_name(type));
    strbuf_putc(&b, '(');
    int r = put_repr(t, &b, p->func);
    for (size_t i = 0; r == 0 && i < p->args->len; i++) {
        strbuf_puts(&b, ", ");
        r = put_repr(t, &b, p->args->items[i]);
    }
    size_t pos = 0;
    Value key, value;
    while (r == 0 && dict_next(p->keywords, &pos, &key, &value)) {
        strbuf_puts(&b, ", ");
        strbuf_put_str(&b, key);
        strbuf_putc(&b, '=');
        r = put_repr(t, &b, value);
    }
    repr_leave(t, self);
    if (r < 0) {
        strbuf_free(&b);
        return VAL_ERROR;
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(t, &b);
}

static Value partial_get_func(Thread *t, Value self) { (void)t; return PARTIAL(self)->func; }
static Value partial_get_args(Thread *t, Value self) { (void)t; return val_from_obj(PARTIAL(self)->args); }
static Value partial_get_keywords(Thread *t, Value self) { (void)t; return val_from_obj(PARTIAL(self)->keywords); }

static const GetSetDef partial_getset[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {NULL, NULL, NULL},
};

TypeObj PartialType = {
    .base = { .type = &TypeType },
    .name = "functools.partial",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(PartialObj),
    .dict_offset = offsetof(PartialObj, dict),
    .trace = partial_trace,
    .new_ = partial_new,
    .repr = partial_repr,
    .call = partial_call,
    .getset = partial_getset,
};

Value mod_functools_init(Thread *t)
{
    StrObj *qualname = str_intern(t, "partial");
    StrObj *module = str_intern(t, "functools");
    if (!qualname || !module) return VAL_ERROR;
    PartialType.qualname = qualname;
    PartialType.module = val_from_obj(module);
    Value m = module_new(t, "_functools");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    int ok = module_add(t, m, "partial", val_from_obj(&PartialType));
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
