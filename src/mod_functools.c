/*
 * mod_functools.c -- the _functools module: partial and the lru_cache
 * wrapper, in C because they are called as often as the functions they
 * wrap.  The rest of functools is aster code (stdlib/functools.as).
 *
 * A partial call passes the stored positional arguments then the new
 * ones, and the stored keywords updated by the new ones.  Without stored
 * keywords the call's own keyword names are passed through untouched.
 *
 * The lru_cache wrapper follows CPython's: the key of a call is its one
 * int or str argument, or a tuple of the arguments, a marker and the
 * keyword items (and the types, when typed).  A bounded cache maps keys
 * to links of a circular list in use order, the least recently used
 * first after the root, so a hit and an eviction are O(1).
 */
#include <string.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_func.h"
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

/* ---- lru_cache ---------------------------------------------------------- */

typedef struct LruLink {
    Obj base;
    struct LruLink *prev, *next;    /* reached through the cache dict */
    Value key, result;
} LruLink;

typedef struct {
    Obj base;
    Value func;
    Value cache_info_type;
    DictObj *cache;             /* key -> result, or key -> LruLink when bounded */
    LruLink *root;              /* bounded only: the list's sentinel */
    int64_t maxsize;            /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
    DictObj *dict;              /* __wrapped__, __name__ ... */
} LruWrapperObj;

#define LRU(v) ((LruWrapperObj *)val_as_obj(v))

TypeObj LruLinkType, LruWrapperType;

static void link_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((LruLink *)o)->key);
    gc_mark_value(gc, ((LruLink *)o)->result);
}

TypeObj LruLinkType = {
    .base = { .type = &TypeType },
    .name = "functools._lru_list_elem",
    .base_type = &ObjectType,
    .instance_size = sizeof(LruLink),
    .trace = link_trace,
};

static void lru_trace(GC *gc, Obj *o)
{
    LruWrapperObj *w = (LruWrapperObj *)o;
    gc_mark_value(gc, w->func);
    gc_mark_value(gc, w->cache_info_type);
    gc_mark_obj(gc, (Obj *)w->cache);
    gc_mark_obj(gc, (Obj *)w->root);
    gc_mark_obj(gc, (Obj *)w->dict);
}

static void link_remove(LruLink *l)
{
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

/* Puts l last, as the most recently used. */
static void link_append(LruWrapperObj *w, LruLink *l)
{
    LruLink *root = w->root;
    l->prev = root->prev;
    l->next = root;
    root->prev->next = l;
    root->prev = l;
}

/* An empty cache; a bounded one gets a new list root. */
static int lru_reset(Thread *t, Value self)
{
    Value d = dict_new(t);
    if (d == VAL_ERROR) return -1;
    LruWrapperObj *w = LRU(self);
    w->cache = DICT(d);
    if (w->maxsize > 0) {
        LruLink *root = gc_alloc(t, &LruLinkType, sizeof(LruLink));
        if (!root) return -1;
        root->prev = root->next = root;
        root->key = root->result = VAL_NONE;
        LRU(self)->root = root;
    }
    return 0;
}

/* _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type):
 * maxsize an int >= 0 or None (stdlib/functools.as checks them). */
static Value lru_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[4];
    if (arg_parse(t, "_lru_cache_wrapper", args, nargs, kwnames, "user_function,maxsize,typed,cache_info_type", a) < 0)
        return VAL_ERROR;
    if (!val_type(a[0])->call) return exc_raise(t, &TypeErrorType, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != VAL_NONE) {
        if (op_index(t, a[1], &maxsize) < 0) return VAL_ERROR;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = op_truth(t, a[2]);
    if (typed < 0) return VAL_ERROR;
    LruWrapperObj *w = gc_alloc(t, cls, cls->instance_size);
    if (!w) return VAL_ERROR;
    w->func = a[0];
    w->cache_info_type = a[3];
    w->maxsize = maxsize;
    w->typed = typed;
    Value self = val_from_obj(w);
    gc_push_root(t, self);
    int r = lru_reset(t, self);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : self;
}

/* The cache key of a call (see the top of the file). */
static Value make_key(Thread *t, LruWrapperObj *w, Value *args, int nargs, TupleObj *kwnames)
{
    size_t nkw = kwnames ? kwnames->len : 0;
    if (!nkw && !w->typed && nargs == 1 && (val_is_int(args[0]) || val_is_type(args[0], &IntType) ||
                                            str_check_exact(args[0])))
        return args[0];
    size_t n = (size_t)nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? (size_t)nargs + nkw : 0);
    Value key = tuple_new(t, n);
    if (key == VAL_ERROR) return VAL_ERROR;
    Value *k = TUPLE(key)->items;
    memcpy(k, args, (size_t)nargs * sizeof(Value));
    k += nargs;
    if (nkw) {
        /* The type itself marks where the keywords start: no call can
         * pass this private class. */
        *k++ = val_from_obj(&LruWrapperType);
        for (size_t i = 0; i < nkw; i++) {
            *k++ = kwnames->items[i];
            *k++ = args[nargs + (int)i];
        }
    }
    if (w->typed)
        for (size_t i = 0; i < (size_t)nargs + nkw; i++) *k++ = val_from_obj(val_type(args[i]));
    return key;
}

static Value lru_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames)
{
    LruWrapperObj *w = LRU(self);
    if (w->maxsize == 0) {
        w->misses++;
        return op_call(t, w->func, args, nargs, kwnames);
    }
    Value key = make_key(t, w, args, nargs, kwnames);
    if (key == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, key);
    Value found = dict_get(t, w->cache, key);
    Value result = VAL_ERROR;
    if (found == VAL_ERROR) goto out;
    if (found != VAL_UNBOUND) {
        w->hits++;
        if (w->maxsize < 0) {
            result = found;
            goto out;
        }
        LruLink *l = (LruLink *)val_as_obj(found);
        link_remove(l);
        link_append(w, l);
        result = l->result;
        goto out;
    }
    w->misses++;
    result = op_call(t, w->func, args, nargs, kwnames);
    if (result == VAL_ERROR) goto out;
    gc_push_root(t, result);
    /* The call may have cached the key itself (recursion): keep that. */
    found = dict_get(t, w->cache, key);
    if (found == VAL_ERROR) result = VAL_ERROR;
    else if (found == VAL_UNBOUND && w->maxsize < 0) {
        if (dict_set(t, w->cache, key, result) < 0) result = VAL_ERROR;
    } else if (found == VAL_UNBOUND) {
        LruLink *l;
        if ((int64_t)w->cache->used >= w->maxsize && w->root->next != w->root) {
            /* Full: the least recently used link is reused for this key. */
            l = w->root->next;
            link_remove(l);
            gc_push_root(t, val_from_obj(l));
            int gone = dict_del(t, w->cache, l->key);
            gc_pop_roots(t, 1);
            if (gone < 0) result = VAL_ERROR;
        } else {
            l = gc_alloc(t, &LruLinkType, sizeof(LruLink));
            if (!l) result = VAL_ERROR;
        }
        if (result != VAL_ERROR) {
            l->key = key;
            l->result = result;
            gc_push_root(t, val_from_obj(l));
            if (dict_set(t, w->cache, key, val_from_obj(l)) < 0) result = VAL_ERROR;
            else link_append(w, l);
            gc_pop_roots(t, 1);
        }
    }
    gc_pop_roots(t, 1);
out:
    gc_pop_roots(t, 1);
    return result;
}

/* A function's binding: a cached function in a class is a method. */
static Value lru_descr_get(Thread *t, Value self, Value instance, TypeObj *owner)
{
    (void)owner;
    if (instance == VAL_UNBOUND) return self;
    return method_new(t, self, instance);
}

static Value lru_cache_info(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "cache_info", kwnames) < 0 || arg_count(t, "cache_info", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    LruWrapperObj *w = LRU(args[0]);
    Value info[4] = {
        val_from_small(w->hits), val_from_small(w->misses),
        w->maxsize < 0 ? VAL_NONE : val_from_small(w->maxsize), val_from_small((int64_t)w->cache->used),
    };
    return op_call(t, w->cache_info_type, info, 4, NULL);
}

static Value lru_cache_clear(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "cache_clear", kwnames) < 0 || arg_count(t, "cache_clear", nargs - 1, 0, 0) < 0)
        return VAL_ERROR;
    LRU(args[0])->hits = LRU(args[0])->misses = 0;
    return lru_reset(t, args[0]) < 0 ? VAL_ERROR : VAL_NONE;
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0},
    {"cache_clear", lru_cache_clear, 0},
    {NULL, NULL, 0},
};

TypeObj LruWrapperType = {
    .base = { .type = &TypeType },
    .name = "functools._lru_cache_wrapper",
    .base_type = &ObjectType,
    .instance_size = sizeof(LruWrapperObj),
    .dict_offset = offsetof(LruWrapperObj, dict),
    .trace = lru_trace,
    .new_ = lru_new,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .methods = lru_methods,
};

/* Reported as __name__ "partial" of module "functools", and so on. */
static int set_names(Thread *t, TypeObj *type, const char *name)
{
    StrObj *qualname = str_intern(t, name);
    StrObj *module = str_intern(t, "functools");
    if (!qualname || !module) return -1;
    type->qualname = qualname;
    type->module = val_from_obj(module);
    return 0;
}

Value mod_functools_init(Thread *t)
{
    static TypeObj *const types[] = { &PartialType, &LruWrapperType, &LruLinkType, NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    if (set_names(t, &PartialType, "partial") < 0 || set_names(t, &LruWrapperType, "_lru_cache_wrapper") < 0 ||
        set_names(t, &LruLinkType, "_lru_list_elem") < 0)
        return VAL_ERROR;
    Value m = module_new(t, "_functools");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    int ok = module_add(t, m, "partial", val_from_obj(&PartialType)) == 0 &&
             module_add(t, m, "_lru_cache_wrapper", val_from_obj(&LruWrapperType)) == 0;
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
