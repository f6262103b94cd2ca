/*
 * vm.c -- the bytecode interpreter loop.
 *
 * One C loop runs every aster frame.  The innermost frame's state lives in
 * local registers (f, ip, sp, slots); whenever f changes, t->frame follows
 * it so the collector and tracebacks always see the whole chain.
 *
 * Control leaves vm_run only when the entry frame (FRAME_ENTRY) returns,
 * yields, or lets an exception escape.  A call to an aster function pushes
 * a frame and continues; returning pops it and pushes the result on the
 * caller's stack.  A generator resumed by FOR_ITER or SEND is linked below
 * the current frame the same way; when it yields, control comes back to
 * the instruction after that FOR_ITER/SEND with the value pushed, and when
 * it returns, the FOR_ITER/SEND takes its exhausted branch.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "vm.h"
#include "args.h"
#include "asyncio.h"
#include "attrcache.h"
#include "exc.h"
#include "import.h"
#include "interrupt.h"
#include "signals.h"
#include "warnings.h"
#include "obj_weakref.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "opcodes.h"
#include "ops.h"
#include "strbuf.h"

/* Bytes of C stack the interpreter lets natives and nested runs use
 * before raising RecursionError (the default stack is 8 MiB). */
#define C_STACK_BUDGET (6u << 20)
#define C_DEPTH_MAX 3000

int vm_enter_c_for(Thread *t, const char *doing)
{
    char here;
    /* The stack grows down from c_stack_base (taken in interp_new). */
    ptrdiff_t used = t->c_stack_base ? t->c_stack_base - &here : 0;
    if (++t->c_depth > C_DEPTH_MAX || used > (ptrdiff_t)C_STACK_BUDGET) {
        t->c_depth--;
        exc_raise(t, &RecursionErrorType, "maximum recursion depth exceeded%s", doing);
        return -1;
    }
    return 0;
}

int vm_enter_c(Thread *t)
{
    return vm_enter_c_for(t, "");
}

DictObj *vm_globals(Thread *t)
{
    return t->frame ? t->frame->globals : t->interp->builtins;
}

Value vm_locals(Thread *t)
{
    if (!t->frame) return val_from_obj(t->interp->builtins);
    return vm_frame_locals(t, t->frame);
}

Value vm_frame_locals(Thread *t, Frame *f)
{
    if (f->locals) return val_from_obj(f->locals);
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    CodeObj *co = f->code;
    for (uint32_t i = 0; i < co->nlocalsplus; i++) {
        Value v = f->slots[i];
        if (co->slot_kinds[i] != SLOT_LOCAL && val_is_type(v, &CellType)) v = ((CellObj *)val_as_obj(v))->value;
        if (v == VAL_UNBOUND) continue;
        if (dict_set_str(t, DICT(d), STR(co->slot_names->items[i]), v) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return d;
}

/* ---- argument binding ------------------------------------------------ */

static Value param_name(CodeObj *co, uint32_t i)
{
    return co->slot_names->items[i];
}

/* "'a', 'b' and 'c'" as CPython lists missing parameters. */
static Value missing_error(Thread *t, FuncObj *fn, Value *slots, uint32_t from, uint32_t to,
                           const char *kind)
{
    CodeObj *co = fn->code;
    StrBuf b;
    strbuf_init(&b);
    uint32_t count = 0, total = 0;
    for (uint32_t i = from; i < to; i++)
        if (slots[i] == VAL_UNBOUND) total++;
    for (uint32_t i = from; i < to; i++) {
        if (slots[i] != VAL_UNBOUND) continue;
        count++;
        if (count > 1) strbuf_puts(&b, total == 2 ? " and " : count == total ? ", and " : ", ");
        strbuf_printf(&b, "'%s'", str_cstr(param_name(co, i)));
    }
    exc_raise(t, &TypeErrorType, "%s() missing %u required %s argument%s: %s",
              str_cstr(val_from_obj(fn->qualname)), total, kind, total == 1 ? "" : "s",
              b.data ? b.data : "");
    strbuf_free(&b);
    return VAL_ERROR;
}

static int too_many_positional(Thread *t, FuncObj *fn, int nargs, Value *slots)
{
    CodeObj *co = fn->code;
    uint32_t argc = co->argcount;
    uint32_t ndef = fn->defaults ? (uint32_t)fn->defaults->len : 0;
    uint32_t kwgiven = 0;
    for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++)
        if (slots[i] != VAL_UNBOUND) kwgiven++;
    char takes[64];
    if (ndef)
        /* Negative when an assigned __defaults__ is longer than the
         * parameter list: CPython says "from -1 to 3" too. */
        snprintf(takes, sizeof takes, "from %d to %u positional arguments", (int)argc - (int)ndef, argc);
    else
        snprintf(takes, sizeof takes, "%u positional argument%s", argc, argc == 1 ? "" : "s");
    const char *qn = str_cstr(val_from_obj(fn->qualname));
    if (kwgiven)
        exc_raise(t, &TypeErrorType,
                  "%s() takes %s but %d positional argument%s (and %u keyword-only argument%s) were given",
                  qn, takes, nargs, nargs == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    else
        exc_raise(t, &TypeErrorType, "%s() takes %s but %d %s given", qn, takes, nargs,
                  nargs == 1 ? "was" : "were");
    return -1;
}

static int find_param(CodeObj *co, StrObj *name, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (STR(param_name(co, i)) == name) return (int)i;
    for (uint32_t i = from; i < to; i++)
        if (str_eq(STR(param_name(co, i)), name)) return (int)i;
    return -1;
}

int vm_bind_args(Thread *t, FuncObj *fn, Value *slots, Value *args, int nargs,
                 TupleObj *kwnames)
{
    CodeObj *co = fn->code;
    uint32_t argc = co->argcount, total = argc + co->kwonlyargcount;
    uint32_t n = (uint32_t)nargs < argc ? (uint32_t)nargs : argc;
    for (uint32_t i = 0; i < n; i++) slots[i] = args[i];

    uint32_t extra = total;
    if (co->flags & CO_VARARGS) {
        Value rest = (uint32_t)nargs > argc
            ? tuple_from_array(t, args + argc, (size_t)nargs - argc) : t->interp->empty_tuple;
        if (rest == VAL_ERROR) return -1;
        slots[extra++] = rest;
    }
    DictObj *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        kwdict = DICT(d);
        slots[extra] = d;
    }

    if (kwnames) {
        Value *kwvals = args + nargs;
        for (size_t k = 0; k < kwnames->len; k++) {
            StrObj *name = STR(kwnames->items[k]);
            int j = find_param(co, name, co->posonlyargcount, total);
            if (j >= 0) {
                if (slots[j] != VAL_UNBOUND) {
                    exc_raise(t, &TypeErrorType, "%s() got multiple values for argument '%s'",
                              str_cstr(val_from_obj(fn->qualname)), name->data);
                    return -1;
                }
                slots[j] = kwvals[k];
            } else if (kwdict) {
                if (dict_set_str(t, kwdict, name, kwvals[k]) < 0) return -1;
            } else if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
                exc_raise(t, &TypeErrorType,
                          "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                          str_cstr(val_from_obj(fn->qualname)), name->data);
                return -1;
            } else {
                exc_raise(t, &TypeErrorType, "%s() got an unexpected keyword argument '%s'",
                          str_cstr(val_from_obj(fn->qualname)), name->data);
                return -1;
            }
        }
    }
    if ((uint32_t)nargs > argc && !(co->flags & CO_VARARGS))
        return too_many_positional(t, fn, nargs, slots);

    if ((uint32_t)nargs < argc) {
        /* The last defaults go with the last parameters (an assigned
         * __defaults__ may be longer than the parameter list). */
        uint32_t ndef = fn->defaults ? (uint32_t)fn->defaults->len : 0;
        uint32_t skip = ndef > argc ? ndef - argc : 0;
        uint32_t first_default = argc - (ndef - skip);
        for (uint32_t i = (uint32_t)nargs; i < argc; i++)
            if (slots[i] == VAL_UNBOUND && i >= first_default)
                slots[i] = fn->defaults->items[skip + i - first_default];
        for (uint32_t i = (uint32_t)nargs; i < argc; i++)
            if (slots[i] == VAL_UNBOUND) {
                missing_error(t, fn, slots, 0, argc, "positional");
                return -1;
            }
    }
    for (uint32_t i = argc; i < total; i++) {
        if (slots[i] != VAL_UNBOUND) continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, STR(param_name(co, i))) : VAL_UNBOUND;
        if (d != VAL_UNBOUND) slots[i] = d;
    }
    for (uint32_t i = argc; i < total; i++)
        if (slots[i] == VAL_UNBOUND) {
            missing_error(t, fn, slots, argc, total, "keyword-only");
            return -1;
        }
    return 0;
}

static bool is_plain_function(Value v)
{
    return val_is_type(v, &FunctionType)
        && !(((FuncObj *)val_as_obj(v))->code->flags
             & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR));
}

/* A builtin function, or a builtin type's method called on an instance of
 * exactly that type: its C function can take the arguments as they are. */
static inline bool is_direct_native(Value v, const Value *args, int nargs)
{
    if (!val_is_type(v, &NativeType)) return false;
    NativeObj *n = (NativeObj *)val_as_obj(v);
    if (n->self != VAL_UNBOUND) return false;
    if (!n->owner) return true;
    return nargs > 0 && !(n->def->flags & (METH_CLASS | METH_STATIC)) && val_type(args[0]) == n->owner;
}

/* The VM's poll points also run the weakref callbacks and issue the
 * warnings the collector queued: here every value in use is rooted by
 * the frames, so their code may run. */
static int vm_poll(Thread *t)
{
    if (weakref_callbacks_pending(t->interp)) weakref_run_callbacks(t);
    if (warn_deferred_pending(t->interp)) warn_flush_deferred(t);
    if (signals_tripped && signals_run_pending(t) < 0) return -1;
    return interrupt_poll(t);
}

/* Pushes and binds a frame for fn, linked under the current t->frame. */
static inline Frame *enter_function(Thread *t, FuncObj *fn, Value *args, int nargs, TupleObj *kwnames)
{
    /* Calls are a poll point too: recursion without loops is no less busy. */
    if (interrupt_pending && vm_poll(t) < 0) return NULL;
    if (t->depth >= t->interp->recursion_limit) {
        exc_raise(t, &RecursionErrorType, "maximum recursion depth exceeded");
        return NULL;
    }
    Frame *nf = frame_push(t, fn);
    if (!nf) return NULL;
    nf->parent = t->frame;
    t->frame = nf;              /* so the collector sees what binding allocates */
    if (vm_bind(t, fn, nf->slots, args, nargs, kwnames) < 0) {
        t->frame = nf->parent;
        frame_pop(t, nf);
        return NULL;
    }
    t->depth++;
    return nf;
}

Value vm_call_function(Thread *t, FuncObj *fn, Value *args, int nargs, TupleObj *kwnames)
{
    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return gen_new(t, fn, args, nargs, kwnames);
    Frame *parent = t->frame;
    Frame *nf = enter_function(t, fn, args, nargs, kwnames);
    if (!nf) return VAL_ERROR;
    t->frame = parent;
    t->depth--;
    Value r = vm_run(t, nf, VAL_UNBOUND);
    frame_pop(t, nf);
    return r;
}

/* The function running module code; it and the code are pushed as
 * roots (the caller resets them). */
static Value module_function(Thread *t, CodeObj *code, DictObj *globals)
{
    gc_push_root(t, val_from_obj(code));
    Value fv = func_new(t, code, globals);
    if (fv != VAL_ERROR) gc_push_root(t, fv);
    return fv;
}

Value vm_run_module(Thread *t, CodeObj *code, DictObj *globals)
{
    uint32_t mark = gc_root_mark(t);
    Value fv = module_function(t, code, globals);
    if (fv == VAL_ERROR) {
        gc_root_reset(t, mark);
        return VAL_ERROR;
    }
    Frame *f = frame_push(t, (FuncObj *)val_as_obj(fv));
    Value r = VAL_ERROR;
    if (f) {
        f->locals = globals;
        r = vm_run(t, f, VAL_UNBOUND);
        frame_pop(t, f);
    }
    gc_root_reset(t, mark);
    return r;
}

Value vm_module_coroutine(Thread *t, CodeObj *code, DictObj *globals)
{
    uint32_t mark = gc_root_mark(t);
    Value fv = module_function(t, code, globals);
    Value coro = fv == VAL_ERROR ? VAL_ERROR : gen_new(t, (FuncObj *)val_as_obj(fv), NULL, 0, NULL);
    if (coro != VAL_ERROR) ((GenObj *)val_as_obj(coro))->frame->locals = globals;
    gc_root_reset(t, mark);
    return coro;
}

/* ---- helpers for single instructions ---------------------------------- */

static Value name_error(Thread *t, Value name)
{
    return exc_raise_name_error(t, STR(name), t->frame);
}

static Value unbound_local(Thread *t, CodeObj *co, uint32_t slot)
{
    return exc_raise(t, &UnboundLocalErrorType,
                     "cannot access local variable '%s' where it is not associated with a value",
                     str_cstr(co->slot_names->items[slot]));
}

static Value unbound_deref(Thread *t, CodeObj *co, uint32_t slot)
{
    if (co->slot_kinds[slot] == SLOT_FREE)
        return exc_raise(t, &NameErrorType,
                         "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                         str_cstr(co->slot_names->items[slot]));
    return unbound_local(t, co, slot);
}

/* Unpacks seq into n values at out[n-1] .. out[0] (out[0] ends on top). */
static int unpack(Thread *t, Value seq, int before, int after, bool star, Value *dst)
{
    int want = before + after;
    if (!star && (val_is_type(seq, &TupleType) || val_is_type(seq, &ListType))) {
        size_t len = val_is_type(seq, &TupleType) ? TUPLE(seq)->len : LIST(seq)->len;
        Value *items = val_is_type(seq, &TupleType) ? TUPLE(seq)->items : LIST(seq)->items;
        if (len == (size_t)want) {
            for (int i = 0; i < want; i++) dst[want - 1 - i] = items[i];
            return 0;
        }
        if (len < (size_t)want)
            exc_raise(t, &ValueErrorType, "not enough values to unpack (expected %d, got %zu)", want, len);
        else
            exc_raise(t, &ValueErrorType, "too many values to unpack (expected %d)", want);
        return -1;
    }
    Value it = op_iter(t, seq);
    if (it == VAL_ERROR) {
        if (exc_matches(t, &TypeErrorType) && !val_is_obj(seq)) {
            exc_clear(t);
            exc_raise(t, &TypeErrorType, "cannot unpack non-iterable %T object", seq);
        } else if (exc_matches(t, &TypeErrorType)) {
            exc_clear(t);
            exc_raise(t, &TypeErrorType, "cannot unpack non-iterable %T object", seq);
        }
        return -1;
    }
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, it);
    int total = star ? before + after + 1 : want;
    /* dst slots are stack slots of a live frame: rooted. */
    for (int i = 0; i < before + (star ? 0 : after); i++) {
        Value v = op_next(t, it);
        if (v == VAL_ERROR) goto fail;
        if (v == VAL_UNBOUND) {
            if (star)
                exc_raise(t, &ValueErrorType,
                          "not enough values to unpack (expected at least %d, got %d)", want, i);
            else
                exc_raise(t, &ValueErrorType, "not enough values to unpack (expected %d, got %d)", want, i);
            goto fail;
        }
        dst[total - 1 - i] = v;
    }
    if (!star) {
        Value v = op_next(t, it);
        if (v == VAL_ERROR) goto fail;
        if (v != VAL_UNBOUND) {
            exc_raise(t, &ValueErrorType, "too many values to unpack (expected %d)", want);
            goto fail;
        }
    } else {
        Value rest = list_from_iterable(t, it);
        if (rest == VAL_ERROR) goto fail;
        ListObj *l = LIST(rest);
        if (l->len < (size_t)after) {
            exc_raise(t, &ValueErrorType,
                      "not enough values to unpack (expected at least %d, got %zu)", want,
                      (size_t)before + l->len);
            goto fail;
        }
        for (int i = 0; i < after; i++) dst[after - 1 - i] = l->items[l->len - after + i];
        l->len -= (size_t)after;
        dst[after] = rest;
    }
    gc_root_reset(t, mark);
    return 0;
fail:
    gc_root_reset(t, mark);
    return -1;
}

/* except T: is the pending exception (exc) an instance of T (a class or
 * a tuple of classes)? */
static int exc_match(Thread *t, Value exc, Value type)
{
    if (val_is_type(type, &TupleType)) {
        TupleObj *tu = TUPLE(type);
        for (size_t i = 0; i < tu->len; i++) {
            int r = exc_match(t, exc, tu->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!val_isinstance(type, &TypeType) || !type_is_subtype((TypeObj *)val_as_obj(type), &BaseExceptionType)) {
        exc_raise(t, &TypeErrorType,
                  "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return val_isinstance(exc, (TypeObj *)val_as_obj(type));
}

/* Makes the exception object for `raise x`. */
static Value make_exception(Thread *t, Value x)
{
    if (val_isinstance(x, &TypeType) && type_is_subtype((TypeObj *)val_as_obj(x), &BaseExceptionType)) {
        Value e = op_call(t, x, NULL, 0, NULL);
        if (e == VAL_ERROR) return VAL_ERROR;
        if (!val_isinstance(e, &BaseExceptionType))
            return exc_raise(t, &TypeErrorType,
                             "calling %R should have returned an instance of BaseException, not %T", x, e);
        return e;
    }
    if (val_isinstance(x, &BaseExceptionType)) return x;
    return exc_raise(t, &TypeErrorType, "exceptions must derive from BaseException");
}

static Value do_raise(Thread *t, Value exc, Value cause)
{
    uint32_t mark = gc_root_mark(t);
    Value e = make_exception(t, exc);
    if (e == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, e);
    if (cause != VAL_UNBOUND) {
        Value c = VAL_NONE;
        if (cause != VAL_NONE) {
            c = make_exception(t, cause);
            if (c == VAL_ERROR) {
                if (exc_matches(t, &TypeErrorType)) {
                    exc_clear(t);
                    exc_raise(t, &TypeErrorType, "exception causes must derive from BaseException");
                }
                gc_root_reset(t, mark);
                return VAL_ERROR;
            }
        }
        ExcObj *eo = (ExcObj *)val_as_obj(e);
        eo->cause = c;
        eo->suppress_context = true;
    }
    gc_root_reset(t, mark);
    return exc_raise_obj(t, e);
}

static Value build_string(Thread *t, Value *items, int n)
{
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < n; i++) strbuf_put_str(&b, items[i]);
    return strbuf_finish(t, &b);
}

static Value format_value(Thread *t, Value v, int conv, Value spec)
{
    Value s = v;
    if (conv == 1) s = op_str(t, v);
    else if (conv == 2) s = op_repr(t, v);
    else if (conv == 3) s = op_ascii(t, v);
    if (s == VAL_ERROR) return VAL_ERROR;
    if (spec == VAL_UNBOUND && str_check_exact(s)) return s;
    gc_push_root(t, s);
    Value r = op_format(t, s, spec == VAL_UNBOUND ? val_from_obj(NAME(t, empty)) : spec);
    gc_pop_roots(t, 1);
    return r;
}

/* f(*args, **kwargs): flattens the dict into keyword arguments. */
Value vm_call_ex(Thread *t, Value fn, Value argtuple, Value kwdict)
{
    if (kwdict == VAL_UNBOUND || dict_len(DICT(kwdict)) == 0)
        return op_call(t, fn, TUPLE(argtuple)->items, (int)TUPLE(argtuple)->len, NULL);
    DictObj *d = DICT(kwdict);
    size_t np = TUPLE(argtuple)->len, nk = dict_len(d);
    Value names = tuple_new(t, nk);
    if (names == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, names);
    Value all = tuple_new(t, np + nk);
    if (all == VAL_ERROR) {
        gc_pop_roots(t, 1);
        return VAL_ERROR;
    }
    gc_push_root(t, all);
    for (size_t i = 0; i < np; i++) TUPLE(all)->items[i] = TUPLE(argtuple)->items[i];
    size_t pos = 0, k = 0;
    Value key, val;
    while (dict_next(d, &pos, &key, &val)) {
        if (!str_check(key)) {
            gc_pop_roots(t, 2);
            return exc_raise(t, &TypeErrorType, "keywords must be strings");
        }
        TUPLE(names)->items[k] = key;
        TUPLE(all)->items[np + k] = val;
        k++;
    }
    Value r = op_call(t, fn, TUPLE(all)->items, (int)np, TUPLE(names));
    gc_pop_roots(t, 2);
    return r;
}

/* How CPython names a callee in argument errors: "mod.qualname" (just
 * "qualname" for builtins), or the type's name. */
static Value callee_name(Thread *t, Value callee)
{
    Value qn = op_getattr_opt(t, callee, NAME(t, qualname));
    if (qn == VAL_ERROR || qn == VAL_UNBOUND || !str_check(qn)) {
        exc_clear(t);
        return str_from_cstr(t, type_name(val_type(callee)));
    }
    gc_push_root(t, qn);
    Value mod = op_getattr_opt(t, callee, NAME(t, module));
    Value r = qn;
    if (mod != VAL_ERROR && mod != VAL_UNBOUND && str_check(mod) && !str_eq_cstr(STR(mod), "builtins")) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_put_str(&b, mod);
        strbuf_putc(&b, '.');
        strbuf_put_str(&b, qn);
        r = strbuf_finish(t, &b);
    }
    exc_clear(t);
    gc_pop_roots(t, 1);
    return r;
}

static int dict_merge_kwargs(Thread *t, Value target, Value src, Value callee)
{
    if (!dict_check(src) && op_getattr_opt(t, src, str_intern(t, "keys")) == VAL_UNBOUND) {
        Value name = callee_name(t, callee);
        if (name != VAL_ERROR)
            exc_raise(t, &TypeErrorType, "%S() argument after ** must be a mapping, not %T", name, src);
        return -1;
    }
    Value keys = src;
    if (!dict_check(src)) {
        keys = dict_new(t);
        if (keys == VAL_ERROR) return -1;
        gc_push_root(t, keys);
        int r = dict_update(t, DICT(keys), src);
        gc_pop_roots(t, 1);
        if (r < 0) return -1;
    }
    gc_push_root(t, keys);
    size_t pos = 0;
    Value k, v;
    while (dict_next(DICT(keys), &pos, &k, &v)) {
        Value have = dict_get(t, DICT(target), k);
        if (have == VAL_ERROR) goto fail;
        if (have != VAL_UNBOUND) {
            Value name = callee_name(t, callee);
            if (name != VAL_ERROR)
                exc_raise(t, &TypeErrorType, "%S() got multiple values for keyword argument '%S'", name, k);
            goto fail;
        }
        if (dict_set(t, DICT(target), k, v) < 0) goto fail;
    }
    gc_pop_roots(t, 1);
    return 0;
fail:
    gc_pop_roots(t, 1);
    return -1;
}

static Value before_with(Thread *t, Value mgr, Value *exit_out, bool async)
{
    TypeObj *tp = val_type(mgr);
    StrObj *enter_name = async ? NAME(t, aenter) : NAME(t, enter);
    StrObj *exit_name = async ? NAME(t, aexit) : NAME(t, exit);
    Value enter = type_lookup(tp, enter_name);
    Value exitf = type_lookup(tp, exit_name);
    if (enter == VAL_UNBOUND || exitf == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType,
                         async ? "'%s' object does not support the asynchronous context manager protocol"
                               : "'%s' object does not support the context manager protocol",
                         type_name(tp));
    Value bound = op_getattr(t, mgr, exit_name);
    if (bound == VAL_ERROR) return VAL_ERROR;
    *exit_out = bound;
    gc_push_root(t, bound);
    Value r = op_call_method(t, mgr, enter_name, NULL, 0);
    gc_pop_roots(t, 1);
    return r;
}

static Value get_awaitable(Thread *t, Value v)
{
    if (val_is_type(v, &CoroType)) return v;
    if (val_is_type(v, &GenType) && (((GenObj *)val_as_obj(v))->frame->code->flags & CO_ITERABLE_COROUTINE))
        return v;
    Value aw = type_lookup(val_type(v), NAME(t, await));
    if (aw == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "object %T can't be used in 'await' expression", v);
    Value it = op_call_method(t, v, NAME(t, await), NULL, 0);
    if (it == VAL_ERROR) return VAL_ERROR;
    if (val_is_type(it, &CoroType))
        return exc_raise(t, &TypeErrorType, "__await__() returned a coroutine");
    if (type_lookup(val_type(it), NAME(t, next)) == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "__await__() returned non-iterator of type '%s'",
                         type_name(val_type(it)));
    return it;
}

static int print_expr(Thread *t, Value v)
{
    if (v == VAL_NONE) return 0;
    if (dict_set_str(t, t->interp->builtins, str_intern(t, "_"), v) < 0) return -1;
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return -1;
    gc_push_root(t, r);
    Value out = dict_get_str(t->interp->sys_dict, str_intern(t, "stdout"));
    int rc = 0;
    if (out != VAL_UNBOUND) {
        Value nl = str_from_cstr(t, "\n");
        if (nl == VAL_ERROR) rc = -1;
        else {
            gc_push_root(t, nl);
            Value s = str_concat(t, r, nl);
            if (s == VAL_ERROR) rc = -1;
            else {
                gc_push_root(t, s);
                if (op_call_method(t, out, NAME(t, write), &s, 1) == VAL_ERROR) rc = -1;
                gc_pop_roots(t, 1);
            }
            gc_pop_roots(t, 1);
        }
    }
    gc_pop_roots(t, 1);
    if (rc == 0 && val_is_type(v, &CoroType)) {
        static const char hint[] = "hint: use 'await' to run a coroutine: did you forget 'await'?\n";
        if (out != VAL_UNBOUND && file_flush_any(t, out) < 0) return -1;
        file_write_stderr(t, hint, sizeof hint - 1);
    }
    return rc;
}

static int import_star(Thread *t, Value module, DictObj *target)
{
    Value all = op_getattr_opt(t, module, str_intern(t, "__all__"));
    DictObj **dp = obj_dict_slot(module);
    if (all != VAL_UNBOUND) {
        Value it = op_iter(t, all);
        if (it == VAL_ERROR) return -1;
        gc_push_root(t, it);
        Value name;
        while ((name = op_next(t, it)) != VAL_UNBOUND) {
            if (name == VAL_ERROR) goto fail;
            gc_push_root(t, name);
            Value v = str_check(name) ? op_getattr(t, module, STR(name)) : VAL_ERROR;
            if (v == VAL_ERROR || dict_set(t, target, name, v) < 0) {
                gc_pop_roots(t, 1);
                goto fail;
            }
            gc_pop_roots(t, 1);
        }
        gc_pop_roots(t, 1);
        return 0;
    fail:
        gc_pop_roots(t, 1);
        return -1;
    }
    if (!dp || !*dp) return 0;
    size_t pos = 0;
    Value k, v;
    while (dict_next(*dp, &pos, &k, &v)) {
        if (str_check(k) && STR(k)->data[0] == '_') continue;
        if (dict_set(t, target, k, v) < 0) return -1;
    }
    return 0;
}

/* Exception table lookup: the innermost entry covering pc. */
static const ExcEntry *find_handler(const CodeObj *co, uint32_t pc)
{
    for (uint32_t i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exctable[i];
        if (pc >= e->start && pc < e->end) return e;
    }
    return NULL;
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError. */
static void gen_convert_stop_iteration(Thread *t, Frame *f)
{
    bool async_gen = f->code->flags & CO_ASYNC_GENERATOR;
    bool stop = exc_matches(t, &StopIterationType);
    if (!stop && !(async_gen && exc_matches(t, &StopAsyncIterationType))) return;
    Value inner = exc_fetch(t);
    gc_push_root(t, inner);
    const char *what = async_gen ? "async generator" : (f->code->flags & CO_COROUTINE) ? "coroutine" : "generator";
    exc_raise(t, &RuntimeErrorType, "%s raised %s", what, stop ? "StopIteration" : "StopAsyncIteration");
    ExcObj *e = (ExcObj *)val_as_obj(t->exc);
    e->cause = inner;
    e->context = inner;
    e->suppress_context = true;
    gc_pop_roots(t, 1);
}

/* LOAD_GLOBAL's cache entry for names[i], made on first use; NULL if
 * there is no memory for it (the lookup just stays uncached). */
static GlobalCacheEntry *global_cache_site(Thread *t, CodeObj *code, uint32_t i)
{
    if (!code->global_cache)
        code->global_cache = code_name_cache_new(t, code, sizeof(GlobalCacheEntry), &code->global_cache_len);
    return code->global_cache ? &code->global_cache[i] : NULL;
}

/* ---- the loop ---------------------------------------------------------- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(int)(n)])
#define STACK_BASE (f->slots + f->code->nlocalsplus)
#define SAVE() do { f->pc = (uint32_t)(ip - code->code); f->sp = (uint32_t)(sp - STACK_BASE); } while (0)
#define LOAD() do { code = f->code; ip = code->code + f->pc; sp = STACK_BASE + f->sp; \
                    slots = f->slots; consts = code->consts; names = code->names->items; \
                    t->frame = f; } while (0)
#define NAMEV(i) (names[i])
#define CHECK(x) do { if ((x) == VAL_ERROR) goto error; } while (0)
#define CHECKI(x) do { if ((x) < 0) goto error; } while (0)

/* Jumps to instruction `to`.  A backward jump closes a loop: the place
 * where a busy script notices Ctrl-C or a step limit. */
#define JUMP_TO(to) do { \
        uint32_t *to_ = code->code + (to); \
        if (to_ < ip && interrupt_pending) { SAVE(); CHECKI(vm_poll(t)); } \
        ip = to_; \
    } while (0)

#if defined(__GNUC__)
#define DISPATCH() do { w = *ip++; goto *dispatch[INSTR_OP(w)]; } while (0)
#define TARGET(name) L_##name:
#else
#define DISPATCH() continue
#define TARGET(name) case OP_##name:
#endif

/* Resumes generator g under frame f: at its own frame, or at the bottom
 * of the await chain it suspended with.  Like a call, entering it counts
 * toward the recursion limit; past it, RecursionError is raised inside g,
 * which finishes it, as in CPython. */
#define ENTER_GEN(g) do { \
        SAVE(); \
        (g)->frame->parent = f; \
        (g)->state = GEN_RUNNING; \
        (g)->caller_exc_info = t->exc_info; \
        f = gen_entry_frame(t, g); \
        t->exc_info = f->gen->exc_info; \
        LOAD(); \
        if (++t->depth > t->interp->recursion_limit) { \
            SAVE(); \
            exc_raise(t, &RecursionErrorType, "maximum recursion depth exceeded"); \
            goto error; \
        } \
    } while (0)

/* The same for `await g` / `yield from g`: g's frame joins f's chain. */
#define ENTER_AWAITED_GEN(g) do { \
        link_awaited(f, g); \
        ENTER_GEN(g); \
    } while (0)

/* Takes the frame a generator resumes at, counting the chain's frames
 * back into the recursion depth. */
static inline Frame *gen_entry_frame(Thread *t, GenObj *g)
{
    Frame *inner = g->innermost;
    if (!inner) return g->frame;
    g->innermost = NULL;
    t->depth += (int)inner->await_depth;
    return inner;
}

/* Marks g's frame as awaited by f, in f's chain.  If g carries a
 * suspended chain of its own, that chain now hangs from f's root too
 * (rare: it means g was driven by hand before being awaited). */
static void link_awaited(Frame *f, GenObj *g)
{
    Frame *root = (f->flags & FRAME_AWAITED) ? f->await_root : f;
    uint32_t depth = (f->flags & FRAME_AWAITED) ? f->await_depth + 1 : 1;
    Frame *gf = g->frame;
    gf->flags |= FRAME_AWAITED;
    for (Frame *x = g->innermost; x && x != gf; x = x->parent) {
        x->await_root = root;
        x->await_depth += depth;
    }
    gf->await_root = root;
    gf->await_depth = depth;
}

/* A generator finished (returning or raising): the resumer's handled
 * exception is current again. */
static inline void restore_caller_exc_info(Thread *t, GenObj *g)
{
    t->exc_info = g->caller_exc_info;
    g->caller_exc_info = g->exc_info = VAL_NONE;
}

/* A generator frame leaves the chain it was linked into. */
static inline void unlink_gen_frame(Frame *f)
{
    f->parent = NULL;
    f->flags &= ~FRAME_AWAITED;
    f->await_root = NULL;
    f->await_depth = 0;
}

Value vm_run(Thread *t, Frame *entry, Value throw)
{
    return vm_run_at(t, entry, entry, throw);
}

Value vm_run_at(Thread *t, Frame *entry, Frame *start, Value throw)
{
    if (vm_enter_c(t) < 0) return VAL_ERROR;
    Frame *f = start;
    entry->parent = t->frame;
    entry->flags |= FRAME_ENTRY;
    if (start != entry) t->depth += (int)start->await_depth;
    CodeObj *code;
    uint32_t *ip;
    Value *sp, *slots, *consts, *names;
    TupleObj *kwnames = NULL;
    uint32_t w;
    LOAD();
    t->depth++;
    if (t->depth > t->interp->recursion_limit + 50) {
        exc_raise(t, &RecursionErrorType, "maximum recursion depth exceeded");
        goto error_no_tb;
    }

#if defined(__GNUC__)
    static void *const dispatch[OP_COUNT] = {
#define LABEL(name, effect) &&L_##name,
        OPCODE_LIST(LABEL)
#undef LABEL
    };
#endif

    if (throw != VAL_UNBOUND) {
        exc_raise_chained(t, throw, t->exc_info);
        goto error;
    }

#if defined(__GNUC__)
    DISPATCH();
#else
    for (;;) {
    w = *ip++;
    switch (INSTR_OP(w)) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) sp--; DISPATCH();
    TARGET(COPY) { Value v = PEEK(INSTR_ARG(w)); PUSH(v); DISPATCH(); }
    TARGET(SWAP) {
        uint32_t n = INSTR_ARG(w);
        Value tmp = TOP(); TOP() = PEEK(n); PEEK(n) = tmp;
        DISPATCH();
    }
    TARGET(PUSH_NULL) PUSH(VAL_UNBOUND); DISPATCH();
    TARGET(LOAD_CONST) PUSH(consts[INSTR_ARG(w)]); DISPATCH();
    TARGET(LOAD_FAST) {
        Value v = slots[INSTR_ARG(w)];
        if (v == VAL_UNBOUND) { unbound_local(t, code, INSTR_ARG(w)); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) slots[INSTR_ARG(w)] = POP(); DISPATCH();
    TARGET(DELETE_FAST) {
        if (slots[INSTR_ARG(w)] == VAL_UNBOUND) { unbound_local(t, code, INSTR_ARG(w)); goto error; }
        slots[INSTR_ARG(w)] = VAL_UNBOUND;
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        SAVE();
        Value c = cell_new(t, slots[INSTR_ARG(w)]);
        CHECK(c);
        slots[INSTR_ARG(w)] = c;
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        TupleObj *cl = f->func->closure;
        uint32_t n = INSTR_ARG(w), base = code->nlocalsplus - n;
        for (uint32_t i = 0; i < n; i++) slots[base + i] = cl->items[i];
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = ((CellObj *)val_as_obj(slots[INSTR_ARG(w)]))->value;
        if (v == VAL_UNBOUND) { unbound_deref(t, code, INSTR_ARG(w)); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) ((CellObj *)val_as_obj(slots[INSTR_ARG(w)]))->value = POP(); DISPATCH();
    TARGET(DELETE_DEREF) {
        CellObj *c = (CellObj *)val_as_obj(slots[INSTR_ARG(w)]);
        if (c->value == VAL_UNBOUND) { unbound_deref(t, code, INSTR_ARG(w)); goto error; }
        c->value = VAL_UNBOUND;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) PUSH(slots[INSTR_ARG(w)]); DISPATCH();
    TARGET(LOAD_CLASSDEREF) {
        uint32_t i = INSTR_ARG(w);
        Value v = VAL_UNBOUND;
        if (f->locals) v = dict_get_str(f->locals, STR(code->slot_names->items[i]));
        if (v == VAL_UNBOUND) {
            v = ((CellObj *)val_as_obj(slots[i]))->value;
            if (v == VAL_UNBOUND) { unbound_deref(t, code, i); goto error; }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) load_global: {
        GlobalCacheEntry *c = code->global_cache ? &code->global_cache[INSTR_ARG(w)] : NULL;
        DictObj *g = f->globals, *b = f->func->builtins;
        if (c && c->globals_keys == g->keys_id && c->builtins_keys == b->keys_id && g->keys_id) {
            PUSH((c->in_builtins ? b : g)->entries[c->index].value);
            DISPATCH();
        }
        SAVE();
        StrObj *name = STR(NAMEV(INSTR_ARG(w)));
        DictObj *home = g;
        int64_t ix = dict_index_str(g, name);
        if (ix < 0) {
            home = b;
            ix = dict_index_str(b, name);
            if (ix < 0) { name_error(t, val_from_obj(name)); goto error; }
        }
        if (!c) c = global_cache_site(t, code, INSTR_ARG(w));
        if (c) *c = (GlobalCacheEntry){ g->keys_id, b->keys_id, (uint32_t)ix, home == b };
        PUSH(home->entries[ix].value);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) store_global: {
        /* Rebinding a global found before: its entry is where it was. */
        GlobalCacheEntry *c = code->global_cache ? &code->global_cache[INSTR_ARG(w)] : NULL;
        DictObj *g = f->globals;
        if (c && c->globals_keys == g->keys_id && g->keys_id && !c->in_builtins) {
            g->entries[c->index].value = POP();
            dict_changed(g);
            DISPATCH();
        }
        SAVE();
        StrObj *name = STR(NAMEV(INSTR_ARG(w)));
        CHECKI(dict_set_str(t, g, name, TOP()));
        sp--;
        if (!c) c = global_cache_site(t, code, INSTR_ARG(w));
        if (c) *c = (GlobalCacheEntry){ g->keys_id, f->func->builtins->keys_id,
                                        (uint32_t)dict_index_str(g, name), false };
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SAVE();
        int r = dict_del(t, f->globals, NAMEV(INSTR_ARG(w)));
        CHECKI(r);
        if (r == 1) { name_error(t, NAMEV(INSTR_ARG(w))); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        /* At module level the namespace is the globals: use their cache. */
        if (f->locals == f->globals) goto load_global;
        SAVE();
        Value name = NAMEV(INSTR_ARG(w));
        Value v = VAL_UNBOUND;
        if (f->locals) {
            v = dict_get(t, f->locals, name);
            CHECK(v);
        }
        if (v == VAL_UNBOUND) v = dict_get_str(f->globals, STR(name));
        if (v == VAL_UNBOUND) v = dict_get_str(f->func->builtins, STR(name));
        if (v == VAL_UNBOUND) { name_error(t, name); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        if (f->locals == f->globals) goto store_global;
        SAVE();
        Value v = POP();
        DictObj *d = f->locals ? f->locals : f->globals;
        /* A metaclass's __prepare__ may give a dict subclass that
         * watches the class body's stores. */
        if (d->base.type != &DictType) {
            CHECKI(op_setitem(t, val_from_obj(d), NAMEV(INSTR_ARG(w)), v));   /* v: rooted by SAVE */
            DISPATCH();
        }
        CHECKI(dict_set(t, d, NAMEV(INSTR_ARG(w)), v));
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SAVE();
        DictObj *d = f->locals ? f->locals : f->globals;
        int r = dict_del(t, d, NAMEV(INSTR_ARG(w)));
        CHECKI(r);
        if (r == 1) { name_error(t, NAMEV(INSTR_ARG(w))); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        StrObj *name = STR(NAMEV(INSTR_ARG(w)));
        AttrCacheSite *c = code->attr_cache ? &code->attr_cache[INSTR_ARG(w)] : NULL;
        bool hit = attrcache_hit(c, obj);
        if (hit) {
            Value v = attrcache_read(c, obj, name);
            if (v != VAL_UNBOUND) {
                TOP() = v;
                DISPATCH();
            }
        }
        SAVE();
        Value v = op_getattr(t, obj, name);
        CHECK(v);
        if (!hit) attrcache_fill(t, attrcache_site(t, code, INSTR_ARG(w)), obj, name);
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value obj = TOP(), v = PEEK(2);
        StrObj *name = STR(NAMEV(INSTR_ARG(w)));
        AttrCacheSite *c = code->attr_cache ? &code->attr_cache[INSTR_ARG(w)] : NULL;
        bool hit = attrcache_hit(c, obj);
        if (hit && c->store_kind == ATTR_STORE_DICT) {
            if (!attrcache_dict_replace(c, attrcache_dict(obj), name, v)) {
                SAVE();
                CHECKI(attrcache_store(t, c, obj, name, v));
            }
            sp -= 2;
            DISPATCH();
        }
        SAVE();
        CHECKI(op_setattr(t, obj, name, v));
        if (!hit) attrcache_fill(t, attrcache_site(t, code, INSTR_ARG(w)), obj, name);
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SAVE();
        CHECKI(op_delattr(t, TOP(), STR(NAMEV(INSTR_ARG(w)))));
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        StrObj *name = STR(NAMEV(INSTR_ARG(w)));
        AttrCacheSite *c = code->attr_cache ? &code->attr_cache[INSTR_ARG(w)] : NULL;
        if (val_is_obj(obj) && !attrcache_hit(c, obj)) {
            SAVE();
            attrcache_fill(t, c = attrcache_site(t, code, INSTR_ARG(w)), obj, name);
        }
        if (attrcache_hit(c, obj)) {
            if (c->kind == ATTR_METHOD && attrcache_dict_lacks(c, attrcache_dict(obj), name)) {
                TOP() = c->attr;
                PUSH(obj);
                DISPATCH();
            }
            /* Not a method: a plain call of what the attribute holds. */
            Value v = attrcache_read(c, obj, name);
            if (v != VAL_UNBOUND) {
                TOP() = VAL_UNBOUND;
                PUSH(v);
                DISPATCH();
            }
        }
        SAVE();
        Value v = op_getattr(t, obj, name);
        CHECK(v);
        TOP() = VAL_UNBOUND;
        PUSH(v);
        DISPATCH();
    }
    TARGET(KW_NAMES) kwnames = TUPLE(consts[INSTR_ARG(w)]); DISPATCH();
    TARGET(CALL) {
        int argc = (int)INSTR_ARG(w);
        Value *args = sp - argc;
        Value callable = args[-2], self = args[-1];
        if (callable == VAL_UNBOUND) {
            callable = self;
        } else {
            args--;
            argc++;
        }
        TupleObj *kw = kwnames;
        kwnames = NULL;
        int npos = argc - (kw ? (int)kw->len : 0);
        if (val_is_type(callable, &MethodType)) {
            MethodObj *m = (MethodObj *)val_as_obj(callable);
            if (args == sp - (int)INSTR_ARG(w)) {
                /* The NULL slot below the arguments takes self. */
                args--;
                args[0] = m->self;
                args[-1] = m->func;
                argc++;
                npos++;
                callable = m->func;
            }
        }
        SAVE();
        if (is_plain_function(callable)) {
            Frame *nf = enter_function(t, (FuncObj *)val_as_obj(callable), args, npos, kw);
            if (!nf) goto error;
            f->sp = (uint32_t)(sp - STACK_BASE) - (uint32_t)INSTR_ARG(w) - 2;
            f = nf;
            LOAD();
            DISPATCH();
        }
        Value r;
        if (is_direct_native(callable, args, npos)) {
            /* No C recursion here: a native that calls back into scripts
             * goes through op_call, which counts it. */
            r = ((NativeObj *)val_as_obj(callable))->def->fn(t, args, npos, kw);
        } else {
            r = op_call(t, callable, args, npos, kw);
        }
        CHECK(r);
        sp -= INSTR_ARG(w) + 2;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        SAVE();
        Value kw = (INSTR_ARG(w) & 1) ? POP() : VAL_UNBOUND;
        Value argt = POP();
        Value fn = POP();
        sp--;   /* the NULL */
        /* keep them rooted while calling: they sit just above sp */
        Value r = vm_call_ex(t, fn, argt, kw);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = TOP(), a = PEEK(2);
        uint32_t op = INSTR_ARG(w);
        Value r;
        if (val_both_int(a, b)) {
            int64_t x = val_as_int(a), y = val_as_int(b), z;
            /* + and - first: they are most of the arithmetic. */
            uint32_t kind = op & ~BINOP_INPLACE;
            if (kind == BINOP_ADD) {
                z = x + y;
                if (int_fits_small(z)) { r = val_from_small(z); goto binop_done; }
            } else if (kind == BINOP_SUB) {
                z = x - y;
                if (int_fits_small(z)) { r = val_from_small(z); goto binop_done; }
            }
            switch (kind) {
            case BINOP_MUL:
                if (!__builtin_mul_overflow(x, y, &z) && int_fits_small(z)) { r = val_from_small(z); goto binop_done; }
                break;
            case BINOP_AND: r = val_from_small(x & y); goto binop_done;
            case BINOP_OR: r = val_from_small(x | y); goto binop_done;
            case BINOP_XOR: r = val_from_small(x ^ y); goto binop_done;
            /* 48-bit operands: no C overflow; Python rounds toward -inf. */
            case BINOP_FLOORDIV:
                if (y == 0) break;
                z = x / y;
                if (x % y != 0 && (x < 0) != (y < 0)) z--;
                if (int_fits_small(z)) { r = val_from_small(z); goto binop_done; }
                break;
            case BINOP_MOD:
                if (y == 0) break;
                z = x % y;
                if (z != 0 && (z < 0) != (y < 0)) z += y;
                r = val_from_small(z);
                goto binop_done;
            case BINOP_TRUEDIV:
                /* Both are exact doubles, so the quotient is correctly rounded. */
                if (y == 0) break;
                r = val_from_double((double)x / (double)y);
                goto binop_done;
            case BINOP_RSHIFT:
                if (y < 0) break;
                r = val_from_small(x >> (y > 63 ? 63 : y));
                goto binop_done;
            case BINOP_LSHIFT:
                if (y < 0 || y > 47) break;
                z = (int64_t)((uint64_t)x << y);
                if ((z >> y) == x && int_fits_small(z)) { r = val_from_small(z); goto binop_done; }
                break;
            default: break;
            }
        } else if (val_is_double(a) && val_is_double(b)) {
            double x = val_as_double(a), y = val_as_double(b);
            switch (op & ~BINOP_INPLACE) {
            case BINOP_ADD: r = val_from_double(x + y); goto binop_done;
            case BINOP_SUB: r = val_from_double(x - y); goto binop_done;
            case BINOP_MUL: r = val_from_double(x * y); goto binop_done;
            case BINOP_TRUEDIV:
                if (y == 0) break;
                r = val_from_double(x / y);
                goto binop_done;
            default: break;
            }
        }
        SAVE();
        r = (op & BINOP_INPLACE) ? op_inplace(t, (BinOp)(op & ~BINOP_INPLACE), a, b)
                                 : op_binary(t, (BinOp)op, a, b);
        CHECK(r);
    binop_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        SAVE();
        Value r = op_unary(t, UNOP_NEG, TOP());
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SAVE();
        Value r = op_unary(t, UNOP_POS, TOP());
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SAVE();
        Value r = op_unary(t, UNOP_INVERT, TOP());
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        SAVE();
        int r = op_truth(t, TOP());
        CHECKI(r);
        TOP() = val_from_bool(!r);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = TOP(), a = PEEK(2);
        Value r;
        if (val_both_int(a, b)) {
            int64_t x = val_as_int(a), y = val_as_int(b);
            bool c;
            switch ((CmpOp)INSTR_ARG(w)) {
            case CMP_LT: c = x < y; break;
            case CMP_LE: c = x <= y; break;
            case CMP_EQ: c = x == y; break;
            case CMP_NE: c = x != y; break;
            case CMP_GT: c = x > y; break;
            default: c = x >= y; break;
            }
            /* A conditional jump nearly always follows: take it here. */
            uint32_t next = *ip;
            if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE || INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
                sp -= 2;
                ip++;
                if (c == (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE)) JUMP_TO(INSTR_ARG(next));
                DISPATCH();
            }
            r = val_from_bool(c);
        } else {
            SAVE();
            r = op_compare(t, (CmpOp)INSTR_ARG(w), a, b);
            CHECK(r);
        }
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        bool same = TOP() == b;
        TOP() = val_from_bool(INSTR_ARG(w) ? !same : same);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SAVE();
        int r = op_contains(t, TOP(), PEEK(2));
        CHECKI(r);
        sp--;
        TOP() = val_from_bool(INSTR_ARG(w) ? !r : r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = TOP(), c = PEEK(2);
        Value r;
        if (val_is_int(key) && val_is_type(c, &ListType)) {
            int64_t i = val_as_int(key);
            ListObj *l = LIST(c);
            if (i < 0) i += (int64_t)l->len;
            if (i >= 0 && (size_t)i < l->len) {
                r = l->items[i];
                goto subscr_done;
            }
        }
        SAVE();
        r = op_getitem(t, c, key);
        CHECK(r);
    subscr_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        SAVE();
        CHECKI(op_setitem(t, PEEK(2), TOP(), PEEK(3)));
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SAVE();
        CHECKI(op_delitem(t, PEEK(2), TOP()));
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        SAVE();
        Value step = INSTR_ARG(w) == 3 ? POP() : VAL_NONE;
        Value r = slice_new(t, PEEK(2), TOP(), step);
        CHECK(r);
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value r = tuple_from_array(t, sp - n, n);
        CHECK(r);
        sp -= n;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value r = list_from_array(t, sp - n, n);
        CHECK(r);
        sp -= n;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value r = set_new(t, &SetType);
        CHECK(r);
        PUSH(r);   /* rooted on the stack while filling */
        for (uint32_t i = 0; i < n; i++) CHECKI(set_add(t, r, sp[-1 - (int)n + (int)i]));
        sp -= n + 1;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value r = dict_new(t);
        CHECK(r);
        /* Rooted, not pushed: the stack has no slot above the pairs. */
        gc_push_root(t, r);
        Value *kv = sp - 2 * n;
        for (uint32_t i = 0; i < n; i++) {
            if (dict_set(t, DICT(r), kv[2 * i], kv[2 * i + 1]) < 0) {
                gc_pop_roots(t, 1);
                goto error;
            }
        }
        gc_pop_roots(t, 1);
        sp -= 2 * n;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value r = build_string(t, sp - n, (int)n);
        CHECK(r);
        sp -= n;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        SAVE();
        Value v = TOP();
        CHECKI(list_append(t, PEEK(INSTR_ARG(w) + 1), v));
        sp--;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        SAVE();
        CHECKI(set_add(t, PEEK(INSTR_ARG(w) + 1), TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        SAVE();
        CHECKI(dict_set(t, DICT(PEEK(INSTR_ARG(w) + 2)), PEEK(2), TOP()));
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SAVE();
        uint32_t depth = INSTR_ARG(w) & ~(uint32_t)EXTEND_CALL_ARGS;
        Value it = TOP();
        if (list_extend(t, PEEK(depth + 1), it) < 0) {
            if (exc_matches(t, &TypeErrorType) && !val_type(it)->iter && !val_type(it)->getitem) {
                exc_clear(t);
                if (INSTR_ARG(w) & EXTEND_CALL_ARGS) {
                    Value name = callee_name(t, PEEK(depth + 2));
                    if (name != VAL_ERROR)
                        exc_raise(t, &TypeErrorType, "%S() argument after * must be an iterable, not %T",
                                  name, it);
                } else {
                    exc_raise(t, &TypeErrorType, "Value after * must be an iterable, not %T", it);
                }
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SAVE();
        CHECKI(set_update(t, PEEK(INSTR_ARG(w) + 1), TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        SAVE();
        Value m = TOP();
        if (dict_update(t, DICT(PEEK(INSTR_ARG(w) + 1)), m) < 0) {
            if (exc_matches(t, &TypeErrorType) && !dict_check(m)
                && op_getattr_opt(t, m, str_intern(t, "keys")) == VAL_UNBOUND) {
                exc_clear(t);
                exc_raise(t, &TypeErrorType, "'%s' object is not a mapping", type_name(val_type(m)));
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SAVE();
        uint32_t i = INSTR_ARG(w);
        CHECKI(dict_merge_kwargs(t, PEEK(i + 1), TOP(), PEEK(i + 3)));
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        SAVE();
        ListObj *l = LIST(TOP());
        Value r = tuple_from_array(t, l->items, l->len);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        SAVE();
        uint32_t a = INSTR_ARG(w);
        Value spec = (a & 4) ? TOP() : VAL_UNBOUND;
        Value r = format_value(t, (a & 4) ? PEEK(2) : TOP(), (int)(a & 3), spec);
        CHECK(r);
        if (a & 4) sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(JUMP) JUMP_TO(INSTR_ARG(w)); DISPATCH();
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        int r;
        if (v == VAL_FALSE || v == VAL_NONE) r = 0;
        else if (v == VAL_TRUE) r = 1;
        else { SAVE(); r = op_truth(t, v); CHECKI(r); }
        if (!r) JUMP_TO(INSTR_ARG(w));
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int r;
        if (v == VAL_FALSE || v == VAL_NONE) r = 0;
        else if (v == VAL_TRUE) r = 1;
        else { SAVE(); r = op_truth(t, v); CHECKI(r); }
        if (r) JUMP_TO(INSTR_ARG(w));
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE();
        int r = op_truth(t, TOP());
        CHECKI(r);
        if (!r) ip = code->code + INSTR_ARG(w);
        else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE();
        int r = op_truth(t, TOP());
        CHECKI(r);
        if (r) ip = code->code + INSTR_ARG(w);
        else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SAVE();
        Value it = op_iter(t, TOP());
        CHECK(it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        if (val_is_type(it, &GenType)) {
            GenObj *g = (GenObj *)val_as_obj(it);
            if (g->state == GEN_FINISHED) {
                sp--;
                ip = code->code + INSTR_ARG(w);
                DISPATCH();
            }
            if (g->state == GEN_RUNNING) {
                SAVE();
                exc_raise(t, &ValueErrorType, "generator already executing");
                goto error;
            }
            bool resumed = g->state == GEN_SUSPENDED;
            ENTER_GEN(g);
            if (resumed) PUSH(VAL_NONE);
            DISPATCH();
        }
        SAVE();
        Value v = op_next(t, it);
        CHECK(v);
        if (v == VAL_UNBOUND) {
            sp--;
            ip = code->code + INSTR_ARG(w);
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        Value v = POP();
        SAVE();
        t->depth--;
        if (f->gen) {
            f->gen->state = GEN_FINISHED;
            for (uint32_t i = 0; i < code->nlocalsplus + code->stacksize; i++) f->slots[i] = VAL_NONE;
            restore_caller_exc_info(t, f->gen);
        }
        if (f->flags & FRAME_ENTRY) {
            f->flags &= ~FRAME_ENTRY;
            t->frame = f->parent;
            t->yielded = false;
            t->c_depth--;
            return v;
        }
        Frame *parent = f->parent;
        bool was_gen = f->gen != NULL;
        if (!was_gen) frame_pop(t, f);
        else unlink_gen_frame(f);
        f = parent;
        LOAD();
        if (was_gen) {
            /* The generator finished: take the FOR_ITER / SEND exit. */
            uint32_t prev = ip[-1];
            sp--;    /* the generator object */
            if (INSTR_OP(prev) == OP_SEND) PUSH(v);
            ip = code->code + INSTR_ARG(prev);
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE();
        /* The generator keeps the exception its except block handles. */
        f->gen->exc_info = t->exc_info;
        if (f->flags & FRAME_AWAITED) {
            /* Every frame up to the root would pass v along unchanged:
             * suspend the whole chain and yield from its root. */
            Frame *root = f->await_root;
            root->gen->innermost = f;
            t->depth -= (int)f->await_depth;
            f = root;
        }
        t->depth--;
        f->gen->state = GEN_SUSPENDED;
        t->exc_info = f->gen->caller_exc_info;
        f->gen->caller_exc_info = VAL_NONE;
        if (f->flags & FRAME_ENTRY) {
            f->flags &= ~FRAME_ENTRY;
            t->frame = f->parent;
            t->yielded = true;
            t->c_depth--;
            return v;
        }
        Frame *parent = f->parent;
        unlink_gen_frame(f);
        f = parent;
        LOAD();
        PUSH(v);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        if (n == 0) {
            Value handled = exc_handled(t);
            if (handled == VAL_NONE) {
                exc_raise(t, &RuntimeErrorType, "No active exception to reraise");
                goto error;
            }
            t->exc = handled;
            goto error_no_tb;
        }
        /* Popped values stay in their slots, which the collector scans. */
        Value cause = n == 2 ? POP() : VAL_UNBOUND;
        Value e = POP();
        do_raise(t, e, cause);
        goto error;
    }
    TARGET(RERAISE) {
        t->exc = POP();
        SAVE();
        goto error_no_tb;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = t->exc_info;
        PUSH(e);
        t->exc_info = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) t->exc_info = POP(); DISPATCH();
    TARGET(CHECK_EXC_MATCH) {
        SAVE();
        int r = exc_match(t, PEEK(2), TOP());
        CHECKI(r);
        TOP() = val_from_bool(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) PUSH(val_from_obj(&AssertionErrorType)); DISPATCH();
    TARGET(IMPORT_NAME) {
        SAVE();
        Value fromlist = TOP(), level = PEEK(2);
        Value m = import_name(t, STR(NAMEV(INSTR_ARG(w))), fromlist,
                              (int)(val_is_int(level) ? val_as_int(level) : 0), f->globals);
        CHECK(m);
        sp--;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE();
        Value r = import_from(t, TOP(), STR(NAMEV(INSTR_ARG(w))));
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        SAVE();
        CHECKI(import_star(t, TOP(), f->locals ? f->locals : f->globals));
        sp--;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        SAVE();
        uint32_t flags = INSTR_ARG(w);
        Value fv = func_new(t, (CodeObj *)val_as_obj(TOP()), f->globals);
        CHECK(fv);
        FuncObj *fn = (FuncObj *)val_as_obj(fv);
        sp--;
        if (flags & 8) fn->closure = TUPLE(POP());
        if (flags & 4) fn->annotations = DICT(POP());
        if (flags & 2) fn->kwdefaults = DICT(POP());
        if (flags & 1) fn->defaults = TUPLE(POP());
        fn->builtins = f->func->builtins;
        PUSH(fv);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value v = dict_get_str(f->func->builtins, str_intern(t, "__build_class__"));
        if (v == VAL_UNBOUND) {
            SAVE();
            exc_raise(t, &NameErrorType, "__build_class__ not found");
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        SAVE();
        Value exitf = VAL_UNBOUND;
        Value r = before_with(t, TOP(), &exitf, false);
        CHECK(r);
        TOP() = exitf;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        SAVE();
        Value exitf = VAL_UNBOUND;
        Value r = before_with(t, TOP(), &exitf, true);
        CHECK(r);
        TOP() = exitf;
        gc_push_root(t, r);
        Value aw = get_awaitable(t, r);
        gc_pop_roots(t, 1);
        CHECK(aw);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        SAVE();
        Value exc = TOP();
        Value exitf = PEEK(3);
        ExcObj *eo = (ExcObj *)val_as_obj(exc);
        Value argv[3] = { val_from_obj(val_type(exc)), exc,
                          eo->traceback ? val_from_obj(eo->traceback) : VAL_NONE };
        Value r = op_call(t, exitf, argv, 3, NULL);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value seq = TOP();
        /* The values land from seq's own slot upwards; seq stays rooted. */
        gc_push_root(t, seq);
        int r = unpack(t, seq, (int)n, 0, false, sp - 1);
        gc_pop_roots(t, 1);
        CHECKI(r);
        sp += (int)n - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        SAVE();
        uint32_t before = INSTR_ARG(w) & 0xFF, after = INSTR_ARG(w) >> 8;
        Value seq = TOP();
        gc_push_root(t, seq);
        int r = unpack(t, seq, (int)before, (int)after, true, sp - 1);
        gc_pop_roots(t, 1);
        CHECKI(r);
        sp += before + after;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!gen_check(v)) {
            SAVE();
            Value it = op_iter(t, v);
            CHECK(it);
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = TOP(), sub = PEEK(2);
        if (gen_check(sub)) {
            GenObj *g = (GenObj *)val_as_obj(sub);
            if (g->state == GEN_RUNNING) {
                SAVE();
                exc_raise(t, &ValueErrorType, "%s already executing",
                          g->base.type == &CoroType ? "coroutine" : "generator");
                goto error;
            }
            if (g->state == GEN_FINISHED) {
                SAVE();
                if (g->base.type == &CoroType) {
                    exc_raise(t, &RuntimeErrorType, "cannot reuse already awaited coroutine");
                    goto error;
                }
                sp -= 2;
                PUSH(VAL_NONE);
                ip = code->code + INSTR_ARG(w);
                DISPATCH();
            }
            bool resumed = g->state == GEN_SUSPENDED;
            if (!resumed && v != VAL_NONE) {
                SAVE();
                exc_raise(t, &TypeErrorType, "can't send non-None value to a just-started generator");
                goto error;
            }
            sp--;
            ENTER_AWAITED_GEN(g);
            if (resumed) PUSH(v);
            DISPATCH();
        }
        SAVE();
        Value r;
        if (val_is_type(sub, &FutureIterType)) {
            /* `await future`: no StopIteration round trip for the result. */
            Value result;
            r = future_iter_send_fast(t, sub, &result);
            CHECK(r);
            if (r == VAL_UNBOUND) {
                sp -= 2;
                PUSH(result);
                ip = code->code + INSTR_ARG(w);
                DISPATCH();
            }
            TOP() = r;
            DISPATCH();
        }
        if (v == VAL_NONE) r = op_next(t, sub);
        else r = op_call_method(t, sub, NAME(t, send), &v, 1);
        if (r == VAL_ERROR) {
            if (!exc_matches(t, &StopIterationType)) goto error;
            Value e = exc_fetch(t);
            r = ((ExcObj *)val_as_obj(e))->value;
            sp -= 2;
            PUSH(r);
            ip = code->code + INSTR_ARG(w);
            DISPATCH();
        }
        if (r == VAL_UNBOUND) {
            sp -= 2;
            PUSH(VAL_NONE);
            ip = code->code + INSTR_ARG(w);
            DISPATCH();
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SAVE();
        Value aw = get_awaitable(t, TOP());
        CHECK(aw);
        TOP() = aw;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SAVE();
        Value obj = TOP();
        if (type_lookup(val_type(obj), NAME(t, aiter)) == VAL_UNBOUND) {
            exc_raise(t, &TypeErrorType,
                      "'async for' requires an object with __aiter__ method, got %s",
                      type_name(val_type(obj)));
            goto error;
        }
        Value it = op_call_method(t, obj, NAME(t, aiter), NULL, 0);
        CHECK(it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SAVE();
        Value ait = TOP();
        if (type_lookup(val_type(ait), NAME(t, anext)) == VAL_UNBOUND) {
            exc_raise(t, &TypeErrorType,
                      "'async for' requires an iterator with __anext__ method, got %s",
                      type_name(val_type(ait)));
            goto error;
        }
        Value n = op_call_method(t, ait, NAME(t, anext), NULL, 0);
        CHECK(n);
        PUSH(n);
        Value aw = get_awaitable(t, n);
        CHECK(aw);
        TOP() = aw;
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (val_isinstance(exc, &StopAsyncIterationType)) {
            sp--;
            DISPATCH();
        }
        t->exc = exc;
        SAVE();
        goto error_no_tb;
    }
    TARGET(PRINT_EXPR) {
        SAVE();
        CHECKI(print_expr(t, TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        SAVE();
        DictObj *d = f->locals ? f->locals : f->globals;
        StrObj *ann = str_intern(t, "__annotations__");
        if (dict_get_str(d, ann) == VAL_UNBOUND) {
            Value nd = dict_new(t);
            CHECK(nd);
            CHECKI(dict_set_str(t, d, ann, nd));
        }
        DISPATCH();
    }

#if !defined(__GNUC__)
    }
    }
#endif

error:
    /* The instruction at ip - 1 failed with t->exc set. */
    SAVE();
    exc_add_traceback(t, t->exc, val_from_obj(code), code_line(code, f->pc ? f->pc - 1 : 0));
error_no_tb:
    for (;;) {
        uint32_t pc = f->pc ? f->pc - 1 : 0;
        const ExcEntry *h = find_handler(f->code, pc);
        if (h) {
            LOAD();
            sp = STACK_BASE + h->depth;
            PUSH(exc_fetch(t));
            ip = code->code + h->target;
            DISPATCH();
        }
        t->depth--;
        if (f->gen) {
            f->gen->state = GEN_FINISHED;
            gen_convert_stop_iteration(t, f);
            restore_caller_exc_info(t, f->gen);
            for (uint32_t i = 0; i < f->code->nlocalsplus + f->code->stacksize; i++) f->slots[i] = VAL_NONE;
        }
        if (f->flags & FRAME_ENTRY) {
            f->flags &= ~FRAME_ENTRY;
            t->frame = f->parent;
            t->yielded = false;
            t->c_depth--;
            return VAL_ERROR;
        }
        Frame *parent = f->parent;
        if (!f->gen) frame_pop(t, f);
        else unlink_gen_frame(f);
        f = parent;
        t->frame = f;
        code = f->code;
        exc_add_traceback(t, t->exc, val_from_obj(code), code_line(code, f->pc ? f->pc - 1 : 0));
    }
}
