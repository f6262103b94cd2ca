/*
 * obj_alias.c -- the objects annotations are made of: types.GenericAlias
 * (`list[int]`, from a builtin class's __class_getitem__) and
 * types.UnionType (`int | None`, from `|` between types).
 *
 * Neither checks anything at run time, as in CPython: an alias calls
 * and subclasses as its origin, and a union only answers isinstance and
 * issubclass.
 */
#include "obj_alias.h"
#include "args.h"
#include "exc.h"
#include "interp.h"
#include "module.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"

typedef struct {
    Obj base;
    Value origin;
    TupleObj *args;
} AliasObj;

typedef struct {
    Obj base;
    TupleObj *args;             /* distinct, flattened; None as NoneType */
} UnionObj;

static bool is_class(Value v) { return val_is_obj(v) && val_isinstance(v, &TypeType); }

/* One argument the way the aliases show it: classes by (qualified)
 * name, ... as "...", anything else by repr. */
static int put_arg(Thread *t, StrBuf *b, Value v)
{
    if (v == VAL_ELLIPSIS) {
        strbuf_puts(b, "...");
        return 0;
    }
    if (v == val_from_obj(&NoneType)) {
        strbuf_puts(b, "None");
        return 0;
    }
    if (is_class(v)) {
        TypeObj *tp = (TypeObj *)val_as_obj(v);
        Value mod = op_getattr(t, v, NAME(t, module));
        if (mod == VAL_ERROR) return -1;
        if (str_check(mod) && !str_eq_cstr(STR(mod), "builtins")) {
            strbuf_put_str(b, mod);
            strbuf_putc(b, '.');
        }
        strbuf_puts(b, tp->qualname ? tp->qualname->data : type_name(tp));
        return 0;
    }
    if (val_is_type(v, &ListType)) {
        /* Callable[[int, str], bool] shows its parameter list. */
        strbuf_putc(b, '[');
        for (size_t i = 0; i < LIST(v)->len; i++) {
            if (i) strbuf_puts(b, ", ");
            if (put_arg(t, b, LIST(v)->items[i]) < 0) return -1;
        }
        strbuf_putc(b, ']');
        return 0;
    }
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return -1;
    strbuf_put_str(b, r);
    return 0;
}

static Value finish(Thread *t, StrBuf *b, int status)
{
    if (status < 0) {
        strbuf_free(b);
        return VAL_ERROR;
    }
    return strbuf_finish(t, b);
}

/* ---- GenericAlias ---------------------------------------------------- */

static Value alias_new(Thread *t, Value origin, Value item)
{
    Value args = tuple_check(item) ? item : tuple_pack(t, 1, item);
    if (args == VAL_ERROR) return args;
    gc_push_root(t, args);
    AliasObj *a = gc_alloc(t, &GenericAliasType, sizeof *a);
    gc_pop_roots(t, 1);
    if (!a) return VAL_ERROR;
    a->origin = origin;
    a->args = TUPLE(args);
    return val_from_obj(a);
}

Value alias_class_getitem(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "__class_getitem__", kw) < 0 || arg_count(t, "__class_getitem__", nargs, 2, 2) < 0)
        return VAL_ERROR;
    return alias_new(t, args[0], args[1]);
}

/* types.GenericAlias(origin, args), as classes written in aster use for
 * their __class_getitem__. */
static Value alias_tp_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)cls;
    if (arg_no_kw(t, "GenericAlias", kw) < 0 || arg_count(t, "GenericAlias", nargs, 2, 2) < 0)
        return VAL_ERROR;
    return alias_new(t, args[0], args[1]);
}

static Value alias_repr(Thread *t, Value self)
{
    AliasObj *a = (AliasObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    int status = put_arg(t, &b, a->origin);
    strbuf_putc(&b, '[');
    if (a->args->len == 0) strbuf_puts(&b, "()");
    for (size_t i = 0; i < a->args->len && status == 0; i++) {
        if (i) strbuf_puts(&b, ", ");
        status = put_arg(t, &b, a->args->items[i]);
    }
    strbuf_putc(&b, ']');
    return finish(t, &b, status);
}

static Value alias_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    return op_call(t, ((AliasObj *)val_as_obj(self))->origin, args, nargs, kw);
}

static Value alias_mro_entries(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "__mro_entries__", kw) < 0 || arg_count(t, "__mro_entries__", nargs, 2, 2) < 0)
        return VAL_ERROR;
    return tuple_pack(t, 1, ((AliasObj *)val_as_obj(args[0]))->origin);
}

/* An alias has a few attributes of its own and passes the rest to its
 * origin (so list[int].append is list.append). */
static Value alias_getattr(Thread *t, Value self, StrObj *name)
{
    AliasObj *a = (AliasObj *)val_as_obj(self);
    if (str_eq_cstr(name, "__origin__")) return a->origin;
    if (str_eq_cstr(name, "__args__")) return val_from_obj(a->args);
    if (str_eq_cstr(name, "__parameters__")) return tuple_new(t, 0);
    if (str_eq_cstr(name, "__unpacked__")) return VAL_FALSE;
    if (name == NAME(t, class) || str_eq_cstr(name, "__mro_entries__")) return generic_getattr(t, self, name);
    return op_getattr_opt(t, a->origin, name);
}

static Value alias_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(b, &GenericAliasType)) return VAL_NOTIMPL;
    AliasObj *x = (AliasObj *)val_as_obj(a), *y = (AliasObj *)val_as_obj(b);
    int eq = op_eq(t, x->origin, y->origin);
    if (eq > 0) eq = op_eq(t, val_from_obj(x->args), val_from_obj(y->args));
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(Thread *t, Value self)
{
    AliasObj *a = (AliasObj *)val_as_obj(self);
    int64_t h1 = op_hash(t, a->origin);
    if (h1 == -1) return -1;
    int64_t h2 = op_hash(t, val_from_obj(a->args));
    if (h2 == -1) return -1;
    return (h1 ^ h2) & INT64_MAX;
}

static void alias_trace(GC *gc, Obj *o)
{
    AliasObj *a = (AliasObj *)o;
    gc_mark_value(gc, a->origin);
    gc_mark_obj(gc, (Obj *)a->args);
}

static const MethodDef alias_methods[] = {
    { "__mro_entries__", alias_mro_entries, 0 },
    { NULL, NULL, 0 },
};

/* ---- UnionType --------------------------------------------------------- */

static bool unionable(Value v)
{
    return v == VAL_NONE || is_class(v) || val_is_type(v, &GenericAliasType) || val_is_type(v, &UnionType);
}

/* Appends v's members (a union's arguments, or v itself) to the list of
 * distinct arguments in items[0..*n). */
static void add_members(Value *items, size_t *n, Value v)
{
    size_t count = 1;
    Value *src = &v;
    if (val_is_type(v, &UnionType)) {
        UnionObj *u = (UnionObj *)val_as_obj(v);
        count = u->args->len;
        src = u->args->items;
    }
    for (size_t i = 0; i < count; i++) {
        Value m = src[i] == VAL_NONE ? val_from_obj(&NoneType) : src[i];
        bool seen = false;
        for (size_t j = 0; j < *n && !seen; j++) seen = items[j] == m;
        if (!seen) items[(*n)++] = m;
    }
}

static size_t member_count(Value v)
{
    return val_is_type(v, &UnionType) ? ((UnionObj *)val_as_obj(v))->args->len : 1;
}

static Value alias_union(Thread *t, Value a, Value b)
{
    if (!unionable(a) || !unionable(b)) return VAL_NOTIMPL;
    Value args = tuple_new(t, member_count(a) + member_count(b));
    if (args == VAL_ERROR) return args;
    size_t n = 0;
    add_members(TUPLE(args)->items, &n, a);
    add_members(TUPLE(args)->items, &n, b);
    if (n == 1) return TUPLE(args)->items[0];      /* int | int is int */
    gc_push_root(t, args);
    Value exact = tuple_from_array(t, TUPLE(args)->items, n);
    if (exact == VAL_ERROR) {
        gc_pop_roots(t, 1);
        return exact;
    }
    gc_push_root(t, exact);
    UnionObj *u = gc_alloc(t, &UnionType, sizeof *u);
    gc_pop_roots(t, 2);
    if (!u) return VAL_ERROR;
    u->args = TUPLE(exact);
    return val_from_obj(u);
}

TupleObj *alias_union_args(Value union_)
{
    return ((UnionObj *)val_as_obj(union_))->args;
}

Value alias_binary_or(Thread *t, BinOp op, Value a, Value b)
{
    return op == BINOP_OR ? alias_union(t, a, b) : VAL_NOTIMPL;
}

static Value union_repr(Thread *t, Value self)
{
    UnionObj *u = (UnionObj *)val_as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    int status = 0;
    for (size_t i = 0; i < u->args->len && status == 0; i++) {
        if (i) strbuf_puts(&b, " | ");
        status = put_arg(t, &b, u->args->items[i]);
    }
    return finish(t, &b, status);
}

static Value union_getattr(Thread *t, Value self, StrObj *name)
{
    UnionObj *u = (UnionObj *)val_as_obj(self);
    if (str_eq_cstr(name, "__args__")) return val_from_obj(u->args);
    if (str_eq_cstr(name, "__parameters__")) return tuple_new(t, 0);
    return generic_getattr(t, self, name);
}

/* Is every member of x among y's members? */
static int members_within(Thread *t, TupleObj *x, TupleObj *y)
{
    for (size_t i = 0; i < x->len; i++) {
        int found = 0;
        for (size_t j = 0; j < y->len && !found; j++) {
            found = op_eq(t, x->items[i], y->items[j]);
            if (found < 0) return -1;
        }
        if (!found) return 0;
    }
    return 1;
}

static Value union_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(b, &UnionType)) return VAL_NOTIMPL;
    TupleObj *x = alias_union_args(a), *y = alias_union_args(b);
    int eq = members_within(t, x, y);
    if (eq > 0) eq = members_within(t, y, x);
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t union_hash(Thread *t, Value self)
{
    TupleObj *args = alias_union_args(self);
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < args->len; i++) {   /* order-free, as == is */
        int64_t hi = op_hash(t, args->items[i]);
        if (hi == -1) return -1;
        h ^= (uint64_t)hi * 0x100000001b3u;
    }
    return (int64_t)(h & INT64_MAX);
}

static void union_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((UnionObj *)o)->args);
}

TypeObj GenericAliasType = {
    .base = { .type = &TypeType },
    .name = "types.GenericAlias",
    .base_type = &ObjectType,
    .instance_size = sizeof(AliasObj),
    .trace = alias_trace,
    .repr = alias_repr,
    .new_ = alias_tp_new,
    .call = alias_call,
    .getattr = alias_getattr,
    .compare = alias_compare,
    .hash = alias_hash,
    .binary = alias_binary_or,
    .flags = TYPE_BINARY_OR_ONLY,
    .methods = alias_methods,
};

TypeObj UnionType = {
    .base = { .type = &TypeType },
    .name = "types.UnionType",
    .base_type = &ObjectType,
    .instance_size = sizeof(UnionObj),
    .trace = union_trace,
    .repr = union_repr,
    .getattr = union_getattr,
    .compare = union_compare,
    .hash = union_hash,
    .binary = alias_binary_or,
    .flags = TYPE_BINARY_OR_ONLY,
};
