/*
 * mod_contextvars.c -- the contextvars module: ContextVar, Token, Context
 * and copy_context, with CPython 3.12's behaviour and messages.
 *
 * A Context maps ContextVars to values.  asyncio copies the current
 * context for every task and every callback it schedules, so a copy has
 * to be O(1).  The mapping is an ordinary dict (keys are ContextVars,
 * hashed and compared by identity, so no script code ever runs on it)
 * shared copy-on-write: copying a context hands the same dict to the new
 * context and marks both `shared`.  A shared dict is never changed: a
 * context about to change its variables while `shared` first takes a
 * private copy.  The flag sits on the contexts, not on the dict, so the
 * last holder of a formerly shared dict copies once more than strictly
 * needed; in exchange there is no reference counting.  Copies that are
 * never written to (most tasks) cost one small object.  An iterator over
 * a context (keys(), values(), items(), iter()) takes part the same way:
 * it keeps the dict it started with, and the context marks itself shared,
 * so the iterator sees a snapshot, as CPython's immutable mapping gives.
 *
 * The empty mapping is a NULL dict, so empty contexts allocate nothing
 * more.  Iteration follows insertion order (CPython's order depends on
 * randomised string hashes, so no script can rely on it).
 *
 * The types carry CPython's dotted names ("_contextvars.ContextVar") so
 * that messages quoting the type name match; importing the module sets
 * their __module__ and __qualname__ from the two halves.
 */
#include <string.h>

#include "contextvars.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"

typedef struct {
    Obj base;
    DictObj *vars;              /* ContextVar -> value; NULL when empty */
    Value prev;                 /* the context current before this one was entered */
    bool shared;                /* vars may be seen by another context or an iterator */
    bool entered;
} ContextObj;

typedef struct {
    Obj base;
    Value name;                 /* a str */
    Value default_value;        /* VAL_UNBOUND when there is none */
} ContextVarObj;

typedef struct {
    Obj base;
    Value ctx;                  /* the context the var was set in */
    Value var;
    Value old_value;            /* VAL_UNBOUND: the var was not set (Token.MISSING) */
    bool used;
} TokenObj;

/* keys(), values(), items() and iter() of a context: its type says which. */
typedef struct {
    Obj base;
    DictObj *vars;              /* never changed while we hold it; NULL when empty */
    size_t pos;
} ContextIterObj;

#define CTX(v) ((ContextObj *)val_as_obj(v))
#define VAR(v) ((ContextVarObj *)val_as_obj(v))
#define TOKEN(v) ((TokenObj *)val_as_obj(v))
#define CTXITER(v) ((ContextIterObj *)val_as_obj(v))

/* Token.MISSING: one object for the life of the program.  It lives outside
 * the heap, like the static types, and points to nothing. */
static Obj token_missing = { .type = &TokenMissingType };

static inline bool var_check(Value v) { return val_is_type(v, &ContextVarType); }

/* ---- the mapping ----------------------------------------------------------- */

/* The value of var in ctx, or VAL_UNBOUND.  The keys hash and compare by
 * identity, so the only possible error is RecursionError from a call
 * made too deep in C (VAL_ERROR). */
static Value vars_lookup(Thread *t, ContextObj *ctx, Value var)
{
    return ctx->vars ? dict_get(t, ctx->vars, var) : VAL_UNBOUND;
}

/* ctx's dict, made private to ctx so that it may be changed in place. */
static DictObj *own_vars(Thread *t, ContextObj *ctx)
{
    if (ctx->vars && !ctx->shared) return ctx->vars;
    Value d = ctx->vars ? dict_copy(t, ctx->vars) : dict_new(t);
    if (d == VAL_ERROR) return NULL;
    ctx->vars = DICT(d);
    ctx->shared = false;
    return ctx->vars;
}

static int vars_set(Thread *t, ContextObj *ctx, Value var, Value value)
{
    DictObj *d = own_vars(t, ctx);
    return d ? dict_set(t, d, var, value) : -1;
}

/* Removes var from ctx: LookupError(var) when it is not there. */
static int vars_delete(Thread *t, ContextObj *ctx, Value var)
{
    DictObj *d = own_vars(t, ctx);
    if (!d) return -1;
    int r = dict_del(t, d, var);
    if (r == 1) exc_raise_value(t, &LookupErrorType, var);
    return r == 0 ? 0 : -1;
}

static size_t vars_len(ContextObj *ctx)
{
    return ctx->vars ? dict_len(ctx->vars) : 0;
}

/* ---- Context --------------------------------------------------------------- */

static ContextObj *context_alloc(Thread *t)
{
    ContextObj *ctx = gc_alloc(t, &ContextType, sizeof(ContextObj));
    if (ctx) ctx->prev = VAL_NONE;
    return ctx;
}

/* A new context sharing src's variables. */
static Value context_copy(Thread *t, Value src)
{
    ContextObj *ctx = context_alloc(t);
    if (!ctx) return VAL_ERROR;
    ContextObj *from = CTX(src);
    if (from->vars) {
        ctx->vars = from->vars;
        ctx->shared = from->shared = true;
    }
    return val_from_obj(ctx);
}

Value context_current(Thread *t)
{
    if (t->context == VAL_NONE) {
        ContextObj *ctx = context_alloc(t);
        if (!ctx) return VAL_ERROR;
        t->context = val_from_obj(ctx);
    }
    return t->context;
}

Value context_copy_current(Thread *t)
{
    Value cur = context_current(t);
    return cur == VAL_ERROR ? cur : context_copy(t, cur);
}

int context_enter(Thread *t, Value ctx)
{
    ContextObj *c = CTX(ctx);
    if (c->entered) {
        exc_raise(t, &RuntimeErrorType, "cannot enter context: %R is already entered", ctx);
        return -1;
    }
    c->prev = t->context;
    c->entered = true;
    t->context = ctx;
    return 0;
}

void context_exit(Thread *t, Value ctx)
{
    ContextObj *c = CTX(ctx);
    t->context = c->prev;
    c->prev = VAL_NONE;
    c->entered = false;
}

Value context_run(Thread *t, Value ctx, Value callable, Value *args, int nargs, TupleObj *kwnames)
{
    if (context_enter(t, ctx) < 0) return VAL_ERROR;
    Value r = op_call(t, callable, args, nargs, kwnames);
    context_exit(t, ctx);
    return r;
}

static void context_trace(GC *gc, Obj *o)
{
    ContextObj *ctx = (ContextObj *)o;
    gc_mark_obj(gc, (Obj *)ctx->vars);
    gc_mark_value(gc, ctx->prev);
}

static Value context_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    (void)args;
    if (nargs || (kwnames && kwnames->len))
        return exc_raise(t, &TypeErrorType, "Context() does not accept any arguments");
    ContextObj *ctx = context_alloc(t);
    return ctx ? val_from_obj(ctx) : VAL_ERROR;
}

/* TypeError for a key that is not a ContextVar, in CPython's words. */
static int check_key(Thread *t, Value key)
{
    if (var_check(key)) return 0;
    exc_raise(t, &TypeErrorType, "a ContextVar key was expected, got %R", key);
    return -1;
}

static Value context_getitem(Thread *t, Value self, Value key)
{
    if (check_key(t, key) < 0) return VAL_ERROR;
    Value v = vars_lookup(t, CTX(self), key);
    return v == VAL_UNBOUND ? exc_raise_value(t, &KeyErrorType, key) : v;
}

static int context_contains(Thread *t, Value self, Value key)
{
    if (check_key(t, key) < 0) return -1;
    Value v = vars_lookup(t, CTX(self), key);
    return v == VAL_ERROR ? -1 : v != VAL_UNBOUND;
}

static int64_t context_len(Thread *t, Value self)
{
    (void)t;
    return (int64_t)vars_len(CTX(self));
}

/* Equal when both hold the same variables with equal values. */
static int context_equal(Thread *t, ContextObj *a, ContextObj *b)
{
    if (a->vars == b->vars) return 1;
    if (!a->vars || !b->vars) return vars_len(a) == vars_len(b);
    return op_eq(t, val_from_obj(a->vars), val_from_obj(b->vars));
}

static Value context_compare(Thread *t, CmpOp op, Value a, Value b)
{
    if ((op != CMP_EQ && op != CMP_NE) || !context_check(b)) return VAL_NOTIMPL;
    int eq = context_equal(t, CTX(a), CTX(b));
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

/* An iterator of the given type over ctx's variables as they are now. */
static Value context_iter_new(Thread *t, Value self, TypeObj *type)
{
    ContextIterObj *it = gc_alloc(t, type, sizeof(ContextIterObj));
    if (!it) return VAL_ERROR;
    ContextObj *ctx = CTX(self);
    if (ctx->vars) {
        it->vars = ctx->vars;
        ctx->shared = true;
    }
    return val_from_obj(it);
}

static Value context_iter(Thread *t, Value self)
{
    return context_iter_new(t, self, &ContextKeysType);
}

/* Checks that a method (args[0] is self) got exactly n positional
 * arguments, in CPython's words: "Context.copy() takes no arguments (1
 * given)", "ContextVar.set() takes exactly one argument (2 given)". */
static int exact_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int n)
{
    if (arg_no_kw(t, name, kwnames) < 0) return -1;
    return arg_count(t, name, nargs - 1, n, n);
}

static Value context_run_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (nargs < 2) return exc_raise(t, &TypeErrorType, "run() missing 1 required positional argument");
    return context_run(t, args[0], args[1], args + 2, nargs - 2, kwnames);
}

static Value context_copy_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "Context.copy", nargs, kwnames, 0) < 0) return VAL_ERROR;
    return context_copy(t, args[0]);
}

static Value context_get_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "Context.get", kwnames) < 0 || arg_count_expected(t, "get", nargs - 1, 1, 2) < 0)
        return VAL_ERROR;
    if (check_key(t, args[1]) < 0) return VAL_ERROR;
    Value v = vars_lookup(t, CTX(args[0]), args[1]);
    if (v != VAL_UNBOUND) return v;
    return nargs > 2 ? args[2] : VAL_NONE;
}

static Value context_keys_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "Context.keys", nargs, kwnames, 0) < 0) return VAL_ERROR;
    return context_iter_new(t, args[0], &ContextKeysType);
}

static Value context_values_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "Context.values", nargs, kwnames, 0) < 0) return VAL_ERROR;
    return context_iter_new(t, args[0], &ContextValuesType);
}

static Value context_items_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "Context.items", nargs, kwnames, 0) < 0) return VAL_ERROR;
    return context_iter_new(t, args[0], &ContextItemsType);
}

static const MethodDef context_methods[] = {
    { "run", context_run_m, 0 },
    { "copy", context_copy_m, 0 },
    { "get", context_get_m, 0 },
    { "keys", context_keys_m, 0 },
    { "values", context_values_m, 0 },
    { "items", context_items_m, 0 },
    { NULL, NULL, 0 },
};

TypeObj ContextType = {
    .base = { .type = &TypeType },
    .name = "_contextvars.Context",
    .base_type = &ObjectType,
    .instance_size = sizeof(ContextObj),
    .trace = context_trace,
    .new_ = context_new_slot,
    .compare = context_compare,
    .len = context_len,
    .getitem = context_getitem,
    .contains = context_contains,
    .iter = context_iter,
    .methods = context_methods,
};

/* ---- iterators over a context ---------------------------------------------- */

static void context_iter_trace(GC *gc, Obj *o)
{
    gc_mark_obj(gc, (Obj *)((ContextIterObj *)o)->vars);
}

/* The length of the mapping iterated, however far iteration has got. */
static int64_t context_iter_len(Thread *t, Value self)
{
    (void)t;
    DictObj *d = CTXITER(self)->vars;
    return d ? (int64_t)dict_len(d) : 0;
}

static Value context_iter_next(Thread *t, Value self)
{
    ContextIterObj *it = CTXITER(self);
    Value key, value;
    if (!it->vars || !dict_next(it->vars, &it->pos, &key, &value)) return VAL_UNBOUND;
    TypeObj *type = val_type(self);
    if (type == &ContextKeysType) return key;
    if (type == &ContextValuesType) return value;
    return tuple_pack(t, 2, key, value);
}

#define CONTEXT_ITER_TYPE(tname) \
    .base = { .type = &TypeType }, .name = (tname), .base_type = &ObjectType, \
    .instance_size = sizeof(ContextIterObj), .trace = context_iter_trace, \
    .len = context_iter_len, .iter = op_iter_self, .next = context_iter_next

TypeObj ContextKeysType = { CONTEXT_ITER_TYPE("keys") };
TypeObj ContextValuesType = { CONTEXT_ITER_TYPE("values") };
TypeObj ContextItemsType = { CONTEXT_ITER_TYPE("items") };

/* ---- ContextVar ------------------------------------------------------------ */

static void var_trace(GC *gc, Obj *o)
{
    ContextVarObj *var = (ContextVarObj *)o;
    gc_mark_value(gc, var->name);
    gc_mark_value(gc, var->default_value);
}

/* ContextVar(name, *, default=...), with CPython's messages and order of
 * checks. */
static Value var_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2)
        return exc_raise(t, &TypeErrorType, "ContextVar() takes at most 2 arguments (%d given)",
                         nargs + nkw);
    if (nargs > 1)
        return exc_raise(t, &TypeErrorType, "ContextVar() takes at most 1 positional argument (%d given)",
                         nargs);
    if (nargs == 0)
        return exc_raise(t, &TypeErrorType, "ContextVar() takes exactly 1 positional argument (0 given)");
    Value dflt = VAL_UNBOUND;
    for (int i = 0; i < nkw; i++) {
        StrObj *kw = STR(kwnames->items[i]);
        if (!str_eq_cstr(kw, "default"))
            return exc_raise(t, &TypeErrorType, "'%U' is an invalid keyword argument for ContextVar()", kw);
        dflt = args[nargs + i];
    }
    if (!str_check(args[0])) return exc_raise(t, &TypeErrorType, "context variable name must be a str");
    ContextVarObj *var = gc_alloc(t, &ContextVarType, sizeof(ContextVarObj));
    if (!var) return VAL_ERROR;
    var->name = args[0];
    var->default_value = dflt;
    return val_from_obj(var);
}

/* <ContextVar name='x' default=1 at 0x...> */
static Value var_repr(Thread *t, Value self)
{
    ContextVarObj *var = VAR(self);
    Value name = op_repr(t, var->name);
    if (name == VAL_ERROR) return name;
    gc_push_root(t, name);
    Value dflt = var->default_value == VAL_UNBOUND ? VAL_UNBOUND : op_repr(t, var->default_value);
    gc_pop_roots(t, 1);
    if (dflt == VAL_ERROR) return dflt;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<ContextVar name=");
    strbuf_put_str(&b, name);
    if (dflt != VAL_UNBOUND) {
        strbuf_puts(&b, " default=");
        strbuf_put_str(&b, dflt);
    }
    strbuf_printf(&b, " at %p>", (void *)var);
    return strbuf_finish(t, &b);
}

static Value var_get_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, "ContextVar.get", kwnames) < 0 || arg_count_expected(t, "get", nargs - 1, 0, 1) < 0)
        return VAL_ERROR;
    Value var = args[0];
    if (t->context != VAL_NONE) {
        Value v = vars_lookup(t, CTX(t->context), var);
        if (v != VAL_UNBOUND) return v;
    }
    if (nargs > 1) return args[1];
    if (VAR(var)->default_value != VAL_UNBOUND) return VAR(var)->default_value;
    return exc_raise_value(t, &LookupErrorType, var);
}

static Value var_set_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "ContextVar.set", nargs, kwnames, 1) < 0) return VAL_ERROR;
    Value ctx = context_current(t);
    if (ctx == VAL_ERROR) return ctx;
    /* The old value stays reachable through ctx until the token holds it. */
    Value old = vars_lookup(t, CTX(ctx), args[0]);
    if (old == VAL_ERROR) return old;
    TokenObj *tok = gc_alloc(t, &TokenType, sizeof(TokenObj));
    if (!tok) return VAL_ERROR;
    tok->ctx = ctx;
    tok->var = args[0];
    tok->old_value = old;
    gc_push_root(t, val_from_obj(tok));
    int r = vars_set(t, CTX(ctx), args[0], args[1]);
    gc_pop_roots(t, 1);
    return r < 0 ? VAL_ERROR : val_from_obj(tok);
}

static Value var_reset_m(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    if (exact_args(t, "ContextVar.reset", nargs, kwnames, 1) < 0) return VAL_ERROR;
    Value var = args[0], token = args[1];
    if (!val_is_type(token, &TokenType))
        return exc_raise(t, &TypeErrorType, "expected an instance of Token, got %R", token);
    TokenObj *tok = TOKEN(token);
    if (tok->used) return exc_raise(t, &RuntimeErrorType, "%R has already been used once", token);
    if (tok->var != var)
        return exc_raise(t, &ValueErrorType, "%R was created by a different ContextVar", token);
    if (tok->ctx != t->context)
        return exc_raise(t, &ValueErrorType, "%R was created in a different Context", token);
    tok->used = true;
    ContextObj *ctx = CTX(tok->ctx);
    int r = tok->old_value == VAL_UNBOUND ? vars_delete(t, ctx, var)
                                          : vars_set(t, ctx, var, tok->old_value);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value var_name(Thread *t, Value self)
{
    (void)t;
    return VAR(self)->name;
}

static int var_set_name(Thread *t, Value self, Value value)
{
    (void)self;
    (void)value;
    exc_raise(t, &AttributeErrorType, "readonly attribute");
    return -1;
}

static const MethodDef var_methods[] = {
    { "get", var_get_m, 0 },
    { "set", var_set_m, 0 },
    { "reset", var_reset_m, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef var_getset[] = {
    { "name", var_name, var_set_name },
    { NULL, NULL, NULL },
};

/* Hashed by identity (ObjectType's hash, inherited). */
TypeObj ContextVarType = {
    .base = { .type = &TypeType },
    .name = "_contextvars.ContextVar",
    .base_type = &ObjectType,
    .instance_size = sizeof(ContextVarObj),
    .trace = var_trace,
    .new_ = var_new_slot,
    .repr = var_repr,
    .methods = var_methods,
    .getset = var_getset,
};

/* ---- Token ------------------------------------------------------------------ */

static void token_trace(GC *gc, Obj *o)
{
    TokenObj *tok = (TokenObj *)o;
    gc_mark_value(gc, tok->ctx);
    gc_mark_value(gc, tok->var);
    gc_mark_value(gc, tok->old_value);
}

static Value token_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return exc_raise(t, &RuntimeErrorType, "Tokens can only be created by ContextVars");
}

/* <Token var=<ContextVar ...> at 0x...>, with "used" after "Token" once
 * the token has been used. */
static Value token_repr(Thread *t, Value self)
{
    TokenObj *tok = TOKEN(self);
    Value var = op_repr(t, tok->var);
    if (var == VAL_ERROR) return var;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, tok->used ? "<Token used var=" : "<Token var=");
    strbuf_put_str(&b, var);
    strbuf_printf(&b, " at %p>", (void *)tok);
    return strbuf_finish(t, &b);
}

static Value token_var(Thread *t, Value self)
{
    (void)t;
    return TOKEN(self)->var;
}

static Value token_old_value(Thread *t, Value self)
{
    (void)t;
    Value old = TOKEN(self)->old_value;
    return old == VAL_UNBOUND ? val_from_obj(&token_missing) : old;
}

static const GetSetDef token_getset[] = {
    { "var", token_var, NULL },
    { "old_value", token_old_value, NULL },
    { NULL, NULL, NULL },
};

TypeObj TokenType = {
    .base = { .type = &TypeType },
    .name = "_contextvars.Token",
    .base_type = &ObjectType,
    .instance_size = sizeof(TokenObj),
    .trace = token_trace,
    .new_ = token_new_slot,
    .repr = token_repr,
    .hash = type_hash_unhashable,
    .getset = token_getset,
};

static Value token_missing_repr(Thread *t, Value self)
{
    (void)self;
    return str_from_cstr(t, "<Token.MISSING>");
}

TypeObj TokenMissingType = {
    .base = { .type = &TypeType },
    .name = "Token.MISSING",
    .base_type = &ObjectType,
    .instance_size = sizeof(Obj),
    .repr = token_missing_repr,
};

/* ---- the module ------------------------------------------------------------- */

static Value cv_copy_context(Thread *t, Value *args, int nargs, TupleObj *kwnames)
{
    (void)args;
    if (arg_no_kw(t, "_contextvars.copy_context", kwnames) < 0
        || arg_count(t, "_contextvars.copy_context", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return context_copy_current(t);
}

static const MethodDef contextvars_functions[] = {
    { "copy_context", cv_copy_context, 0 },
    { NULL, NULL, 0 },
};

/* "module.Name" gives __module__ "module" and __qualname__ "Name"; the
 * type name stays dotted for messages, as CPython's tp_name does. */
static int split_type_name(Thread *t, TypeObj *type)
{
    const char *dot = strrchr(type->name, '.');
    StrObj *module = str_intern_len(t, type->name, (size_t)(dot - type->name));
    StrObj *qualname = module ? str_intern(t, dot + 1) : NULL;
    if (!qualname) return -1;
    /* Interned, so the interpreter keeps both alive. */
    type->module = val_from_obj(module);
    type->qualname = qualname;
    return 0;
}

Value mod_contextvars_init(Thread *t)
{
    static TypeObj *const dotted[] = { &ContextType, &ContextVarType, &TokenType, &TokenMissingType };
    static const char *const all[] = { "Context", "ContextVar", "Token", "copy_context" };
    for (size_t i = 0; i < sizeof dotted / sizeof dotted[0]; i++)
        if (split_type_name(t, dotted[i]) < 0) return VAL_ERROR;
    if (dict_set_cstr(t, TokenType.dict, "MISSING", val_from_obj(&token_missing)) < 0) return VAL_ERROR;
    Value m = module_new(t, "contextvars");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value r = VAL_ERROR;
    if (module_add_functions(t, m, contextvars_functions) < 0) goto done;
    if (module_add(t, m, "Context", val_from_obj(&ContextType)) < 0) goto done;
    if (module_add(t, m, "ContextVar", val_from_obj(&ContextVarType)) < 0) goto done;
    if (module_add(t, m, "Token", val_from_obj(&TokenType)) < 0) goto done;
    Value names = list_new(t, 4);
    if (module_add(t, m, "__all__", names) < 0) goto done;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        StrObj *name = str_intern(t, all[i]);
        if (!name || list_append(t, names, val_from_obj(name)) < 0) goto done;
    }
    r = m;
done:
    gc_pop_roots(t, 1);
    return r;
}
