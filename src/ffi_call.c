/*
 * ffi_call.c -- libraries, foreign functions and callbacks.
 *
 * A call converts its arguments into one block of C memory (argument
 * slots, libffi's value pointers, the return slot), calls through libffi
 * and converts the result.  str and bytes arguments are passed as
 * pointers to their own bytes: the caller roots the arguments, and the
 * collector does not move objects, so they stay put for the call.
 *
 * async_call does the same conversions on the loop thread, hands only
 * the libffi call to a worker (workers.h), and converts the result when
 * the loop delivers the completion.  The PendingCall object owns the
 * block and the argument tuple; the worker pool keeps it alive until the
 * worker is done, even if the awaiting task was cancelled meanwhile.
 *
 * C's errno is kept aside, as ctypes does with use_errno: each call sees
 * the saved value on entry and saves what it leaves (an async call, when
 * its completion is delivered), so the interpreter's own system calls in
 * between cannot clobber it.  ffi.get_errno / set_errno reach it.
 *
 * A callback is a libffi closure whose handler calls the aster function.
 * An exception it raises must not unwind through C frames: it stays
 * pending on the thread, the handler returns zero to C, later callbacks
 * during the same call return zero at once, and the foreign call raises
 * it when C returns.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ffi_objects.h"
#include "args.h"
#include "asyncio.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "interp.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "workers.h"

/* ---- Library ---- */

typedef struct {
    Obj base;
    void *handle;
    char *name;                 /* NULL: the program itself */
} LibraryObj;

#define LIBRARY(v) ((LibraryObj *)val_as_obj(v))

Value ffi_load(Thread *t, Value name)
{
    if (name != VAL_NONE && !str_check(name))
        return exc_raise(t, &TypeErrorType, "load() expects a str or None, not %s", val_type(name)->name);
    char *copy = name == VAL_NONE ? NULL : strdup(str_cstr(name));
    if (name != VAL_NONE && !copy) return exc_no_memory(t);
    void *handle = dlopen(copy, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        free(copy);
        const char *err = dlerror();
        return exc_raise(t, &OSErrorType, "%s", err ? err : "cannot load library");
    }
    LibraryObj *lib = gc_alloc(t, &LibraryType, sizeof(LibraryObj));
    if (!lib) {
        dlclose(handle);
        free(copy);
        return VAL_ERROR;
    }
    lib->handle = handle;
    lib->name = copy;
    return val_from_obj(lib);
}

static void library_finalize(GC *gc, Obj *o)
{
    (void)gc;
    LibraryObj *lib = (LibraryObj *)o;
    if (lib->handle) dlclose(lib->handle);
    free(lib->name);
    lib->handle = NULL;
    lib->name = NULL;
}

static Value library_repr(Thread *t, Value self)
{
    char buf[300];
    const char *name = LIBRARY(self)->name;
    if (name) snprintf(buf, sizeof buf, "<ffi.Library '%s'>", name);
    else snprintf(buf, sizeof buf, "<ffi.Library of the program>");
    return str_from_cstr(t, buf);
}

/* The address of a symbol; AttributeError if it is missing. */
static void *library_symbol(Thread *t, Value self, Value name)
{
    if (!str_check(name)) {
        exc_raise(t, &TypeErrorType, "symbol name must be a str, not %s", val_type(name)->name);
        return NULL;
    }
    LibraryObj *lib = LIBRARY(self);
    dlerror();
    void *p = dlsym(lib->handle, str_cstr(name));
    if (!p) exc_raise(t, &AttributeErrorType, "symbol '%s' not found in %s", str_cstr(name),
                      lib->name ? lib->name : "the program");
    return p;
}

static Value function_new(Thread *t, Value lib, const char *name, void *code, Value restype, Value argtypes,
                          bool variadic);

/* lib.func(name, restype, argtypes=(), *, variadic=False) */
static Value library_func(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[5];
    if (arg_parse(t, "func", args, nargs, kw, "self,name,restype|argtypes,$variadic", a) < 0)
        return VAL_ERROR;
    void *code = library_symbol(t, a[0], a[1]);
    if (!code) return VAL_ERROR;
    int variadic = a[4] == VAL_UNBOUND ? 0 : op_truth(t, a[4]);
    if (variadic < 0) return VAL_ERROR;
    return function_new(t, a[0], str_cstr(a[1]), code, a[2], a[3] == VAL_UNBOUND ? VAL_NONE : a[3],
                            variadic);
}

/* lib.cdecl(declaration, types=None): func() from a C declaration. */
static Value library_cdecl(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[3];
    if (arg_parse(t, "cdecl", args, nargs, kw, "self,declaration|types", a) < 0) return VAL_ERROR;
    Value decl = ffi_parse_cdecl(t, a[1], a[2] == VAL_UNBOUND ? VAL_NONE : a[2]);
    if (decl == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, decl);
    TupleObj *d = TUPLE(decl);
    void *code = library_symbol(t, a[0], d->items[0]);
    Value fn = code ? function_new(t, a[0], str_cstr(d->items[0]), code, d->items[1], d->items[2],
                                   d->items[3] == VAL_TRUE)
                    : VAL_ERROR;
    gc_pop_roots(t, 1);
    return fn;
}

/* lib.address(name): a void* to a symbol (a global variable, say). */
static Value library_address(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "address", args, nargs, kw, "self,name", a) < 0) return VAL_ERROR;
    void *p = library_symbol(t, a[0], a[1]);
    return p ? pointer_new(t, &ffi_voidp, p, a[0], NULL, NULL) : VAL_ERROR;
}

static Value library_get_name(Thread *t, Value self)
{
    const char *name = LIBRARY(self)->name;
    return name ? str_from_cstr(t, name) : VAL_NONE;
}

static const MethodDef library_methods[] = {
    { "func", library_func, 0 },
    { "cdecl", library_cdecl, 0 },
    { "address", library_address, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef library_getset[] = {
    { "name", library_get_name, NULL },
    { NULL, NULL, NULL },
};

TypeObj LibraryType = {
    .base = { .type = &TypeType },
    .name = "ffi.Library",
    .base_type = &ObjectType,
    .instance_size = sizeof(LibraryObj),
    .finalize = library_finalize,
    .repr = library_repr,
    .methods = library_methods,
    .getset = library_getset,
};

/* ---- signatures ---- */

/* A parameter type: arrays decay to pointers to their first item. */
static CTypeObj *param_type(Thread *t, Value spec, bool *made)
{
    CTypeObj *ct = ctype_from(t, spec);
    *made = false;
    if (!ct) return NULL;
    if (ct->kind == CT_VOID) {
        exc_raise(t, &TypeErrorType, "a parameter cannot be void");
        return NULL;
    }
    if (ct->kind == CT_ARRAY) {
        gc_push_root(t, val_from_obj(ct));
        ct = ctype_pointer(t, ct->target);
        gc_pop_roots(t, 1);
        *made = true;
    }
    return ct;
}

/* The parameter types as a tuple of CTypes, and libffi's view of them. */
static Value signature(Thread *t, Value restype, Value argtypes, CTypeObj **rt, ffi_type ***atypes)
{
    *rt = ctype_from(t, restype);
    if (!*rt) return VAL_ERROR;
    if ((*rt)->kind == CT_ARRAY) return exc_raise(t, &TypeErrorType, "a C function cannot return an array");
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(*rt));
    Value specs = argtypes == VAL_NONE ? tuple_empty(t) : tuple_from_iterable(t, argtypes);
    if (specs == VAL_ERROR) goto fail;
    gc_push_root(t, specs);
    Value types = tuple_new(t, TUPLE(specs)->len);
    if (types == VAL_ERROR) goto fail;
    gc_push_root(t, types);
    size_t n = TUPLE(specs)->len;
    for (size_t i = 0; i < n; i++) {
        bool made;
        CTypeObj *ct = param_type(t, TUPLE(specs)->items[i], &made);
        if (!ct) goto fail;
        TUPLE(types)->items[i] = val_from_obj(ct);
    }
    *atypes = malloc((n ? n : 1) * sizeof(ffi_type *));
    if (!*atypes) {
        exc_no_memory(t);
        goto fail;
    }
    for (size_t i = 0; i < n; i++) (*atypes)[i] = CTYPE(TUPLE(types)->items[i])->ft;
    gc_root_reset(t, mark);
    return types;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* ---- calls ---- */

typedef struct {
    const char *name;           /* for messages */
    CTypeObj *restype;
    Value argtypes;             /* tuple of the fixed parameters' CTypes */
    ffi_type **atypes;          /* theirs */
    ffi_cif *cif;               /* NULL for variadic functions */
    bool variadic;
} Signature;

/* Everything a call needs in C memory, in one block. */
typedef struct {
    ffi_cif cif;                /* for a variadic call */
    ffi_cif *use;               /* the cif to call with */
    void **avalues;
    char *ret;
    void *block;                /* malloc'ed, or NULL when the caller's buffer sufficed */
} Prepared;

/* A synchronous call with small arguments needs no malloc. */
#define STACK_BLOCK 512

#define SLOT(size) (((size) < 16 ? 16 : (size) + 15) & ~(size_t)15)

/* The C type a variadic argument is passed as, after C's promotions. */
static CTypeObj *vararg_type(Thread *t, const Signature *sig, int i, Value v)
{
    if (cdata_check(v) && ctype_is_scalar(CDATA(v)->type)) {
        CTypeObj *ct = CDATA(v)->type;
        if (ct->kind == CT_BOOL || (ct->kind == CT_INT && ct->size < sizeof(int))) return &ffi_int;
        if (ct->kind == CT_FLOAT) return &ffi_double;
        return ct;
    }
    if (str_check(v) || bytes_check(v)) return &ffi_str;
    if (pointer_check(v) || cdata_check(v) || callback_code(v)) return &ffi_voidp;
    exc_raise(t, &TypeErrorType,
              "%s() argument %d: a variadic argument needs its C type, e.g. ffi.int(5) or ffi.double(2.5), "
              "not a plain %s", sig->name, i + 1, val_type(v)->name);
    return NULL;
}

/* Converts the arguments into `stack` (stack_size bytes, 16-aligned; 0
 * for none) or, when they do not fit, a new block.  For async calls,
 * refuses callbacks. */
static int prepare(Thread *t, const Signature *sig, Value *args, int nargs, bool async, char *stack,
                   size_t stack_size, Prepared *p)
{
    int nfixed = (int)TUPLE(sig->argtypes)->len;
    if (sig->variadic ? nargs < nfixed : nargs != nfixed) {
        exc_raise(t, &TypeErrorType, "%s() takes %s%d argument%s (%d given)", sig->name,
                  sig->variadic ? "at least " : "", nfixed, nfixed == 1 ? "" : "s", nargs);
        return -1;
    }
    CTypeObj *small[16], **types = nargs <= 16 ? small : malloc((size_t)nargs * sizeof *types);
    if (!types) {
        exc_no_memory(t);
        return -1;
    }
    size_t size = SLOT(sizeof(ffi_arg)) + SLOT(sig->restype->size)
                  + (size_t)nargs * (sizeof(void *) + sizeof(ffi_type *));
    for (int i = 0; i < nargs; i++) {
        types[i] = i < nfixed ? CTYPE(TUPLE(sig->argtypes)->items[i]) : vararg_type(t, sig, i, args[i]);
        if (!types[i]) goto fail;
        if (async && callback_code(args[i])) {
            exc_raise(t, &TypeErrorType, "%s() argument %d: a callback cannot be passed to async_call "
                      "(C would call it from a worker thread)", sig->name, i + 1);
            goto fail;
        }
        size += SLOT(types[i]->size);
    }
    /* every byte C reads is written below or by libffi: no zeroing */
    char *block = stack;
    p->block = NULL;
    if (size > stack_size) {
        block = p->block = malloc(size);
        if (!block) {
            exc_no_memory(t);
            goto fail;
        }
    }
    p->ret = block;
    char *slots = block + SLOT(sizeof(ffi_arg)) + SLOT(sig->restype->size);
    p->avalues = (void **)slots;
    ffi_type **atypes = (ffi_type **)(slots + (size_t)nargs * sizeof(void *));
    slots += (size_t)nargs * (sizeof(void *) + sizeof(ffi_type *));
    slots = (char *)(((uintptr_t)slots + 15) & ~(uintptr_t)15);
    for (int i = 0; i < nargs; i++) {
        p->avalues[i] = slots;
        atypes[i] = types[i]->ft;
        if (ffi_set(t, types[i], slots, args[i], true, WHERE_ARG(sig->name, i + 1)) < 0) goto fail_block;
        slots += SLOT(types[i]->size);
    }
    if (sig->variadic) {
        if (ffi_prep_cif_var(&p->cif, FFI_DEFAULT_ABI, (unsigned)nfixed, (unsigned)nargs, sig->restype->ft,
                             atypes) != FFI_OK) {
            exc_raise(t, &TypeErrorType, "%s(): libffi cannot make this variadic call", sig->name);
            goto fail_block;
        }
        p->use = &p->cif;
    } else {
        p->use = sig->cif;
    }
    if (types != small) free(types);
    return 0;
fail_block:
    free(p->block);
    p->block = NULL;
fail:
    if (types != small) free(types);
    return -1;
}

/* The value a call returned, from the return slot.  libffi widens small
 * integer results to a full ffi_arg. */
static Value call_result(Thread *t, CTypeObj *rt, const char *ret)
{
    if ((rt->kind == CT_INT || rt->kind == CT_BOOL) && rt->size < sizeof(ffi_arg)) {
        if (rt->kind == CT_BOOL) return val_from_bool(*(const ffi_arg *)ret != 0);
        if (rt->is_signed) return int_from_i64(t, (int64_t)(*(const ffi_sarg *)ret));
        return int_from_u64(t, (uint64_t)(*(const ffi_arg *)ret));
    }
    if (rt->kind == CT_STRUCT) {
        Value cd = cdata_new(t, rt, VAL_UNBOUND);
        if (cd != VAL_ERROR) memcpy(CDATA(cd)->addr, ret, rt->size);
        return cd;
    }
    return ffi_get(t, rt, ret, VAL_NONE);
}

/* ---- Function ---- */

typedef struct {
    Obj base;
    Value lib;
    void *code;
    Signature sig;
    ffi_cif cif;
} ForeignFunctionObj;

#define FOREIGN(v) ((ForeignFunctionObj *)val_as_obj(v))

/* lib is what keeps the code loaded: a Library, or whatever the
 * pointer to it kept alive. */
static Value function_new(Thread *t, Value lib, const char *name, void *code, Value restype, Value argtypes,
                          bool variadic)
{
    CTypeObj *rt;
    ffi_type **atypes;
    Value types = signature(t, restype, argtypes, &rt, &atypes);
    if (types == VAL_ERROR) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, types);
    gc_push_root(t, val_from_obj(rt));
    char *copy = strdup(name);
    ForeignFunctionObj *fn = copy ? gc_alloc(t, &ForeignFunctionType, sizeof(ForeignFunctionObj)) : NULL;
    gc_root_reset(t, mark);
    if (!fn) {
        free(copy);
        free(atypes);
        return copy ? VAL_ERROR : exc_no_memory(t);
    }
    fn->lib = lib;
    fn->code = code;
    fn->sig = (Signature){ copy, rt, types, atypes, &fn->cif, variadic };
    if (!variadic
        && ffi_prep_cif(&fn->cif, FFI_DEFAULT_ABI, (unsigned)TUPLE(types)->len, rt->ft, atypes) != FFI_OK)
        return exc_raise(t, &TypeErrorType, "libffi cannot call a function of this signature");
    return val_from_obj(fn);
}

static void foreign_trace(GC *gc, Obj *o)
{
    ForeignFunctionObj *fn = (ForeignFunctionObj *)o;
    gc_mark_value(gc, fn->lib);
    gc_mark_obj(gc, (Obj *)fn->sig.restype);
    gc_mark_value(gc, fn->sig.argtypes);
}

static void foreign_finalize(GC *gc, Obj *o)
{
    (void)gc;
    ForeignFunctionObj *fn = (ForeignFunctionObj *)o;
    free((char *)fn->sig.name);
    free(fn->sig.atypes);
    fn->sig.name = NULL;
    fn->sig.atypes = NULL;
}

static Value foreign_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    ForeignFunctionObj *fn = FOREIGN(self);
    if (kw && kw->len) return exc_raise(t, &TypeErrorType, "%s() takes no keyword arguments", fn->sig.name);
    Prepared p;
    _Alignas(16) char stack[STACK_BLOCK];
    if (prepare(t, &fn->sig, args, nargs, false, stack, sizeof stack, &p) < 0) return VAL_ERROR;
    errno = t->ffi_errno;
    ffi_call(p.use, FFI_FN(fn->code), p.ret, p.avalues);
    t->ffi_errno = errno;
    Value r = exc_pending(t) ? VAL_ERROR : call_result(t, fn->sig.restype, p.ret);
    free(p.block);
    return r;
}

/* ffi.func(pointer, restype, argtypes=(), *, variadic=False): a Function
 * calling the code a pointer (or a Callback) points to. */
Value ffi_func_at(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[4];
    if (arg_parse(t, "func", args, nargs, kw, "pointer,restype|argtypes,$variadic", a) < 0) return VAL_ERROR;
    void *code;
    Value keep;
    if (pointer_check(a[0])) {
        code = POINTER(a[0])->addr;
        keep = POINTER(a[0])->keep;
    } else if (callback_code(a[0])) {
        code = callback_code(a[0]);
        keep = a[0];
    } else {
        return exc_raise(t, &TypeErrorType, "func() expects a Pointer or a Callback, not %s",
                         val_type(a[0])->name);
    }
    if (!code) return exc_raise(t, &ValueErrorType, "func() of a NULL pointer");
    int variadic = a[3] == VAL_UNBOUND ? 0 : op_truth(t, a[3]);
    if (variadic < 0) return VAL_ERROR;
    return function_new(t, keep, callback_code(a[0]) ? "callback" : "function", code, a[1],
                        a[2] == VAL_UNBOUND ? VAL_NONE : a[2], variadic);
}

static Value foreign_repr(Thread *t, Value self)
{
    ForeignFunctionObj *fn = FOREIGN(self);
    char buf[512];
    int n = snprintf(buf, sizeof buf, "<ffi.Function %s %s(", fn->sig.restype->name, fn->sig.name);
    TupleObj *types = TUPLE(fn->sig.argtypes);
    for (size_t i = 0; i < types->len && n < (int)sizeof buf; i++)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%s", i ? ", " : "", CTYPE(types->items[i])->name);
    if (n < (int)sizeof buf)
        snprintf(buf + n, sizeof buf - (size_t)n, "%s)>",
                 fn->sig.variadic ? (types->len ? ", ..." : "...") : "");
    return str_from_cstr(t, buf);
}

/* ---- async calls ---- */

typedef struct {
    Obj base;
    WorkerJob job;
    Value fn;                   /* the Function */
    Value args;                 /* tuple: keeps str/bytes/CData arguments alive */
    Value future;
    void *code;                 /* the worker reads no object: a copy */
    int errno_in, errno_out;
    Prepared p;
} PendingCallObj;

static void pending_trace(GC *gc, Obj *o)
{
    PendingCallObj *pc = (PendingCallObj *)o;
    gc_mark_value(gc, pc->fn);
    gc_mark_value(gc, pc->args);
    gc_mark_value(gc, pc->future);
}

static void pending_finalize(GC *gc, Obj *o)
{
    (void)gc;
    PendingCallObj *pc = (PendingCallObj *)o;
    free(pc->p.block);
    pc->p.block = NULL;
}

TypeObj PendingCallType = {
    .base = { .type = &TypeType },
    .name = "ffi.PendingCall",
    .base_type = &ObjectType,
    .instance_size = sizeof(PendingCallObj),
    .trace = pending_trace,
    .finalize = pending_finalize,
};

#define PENDING_OF(j) ((PendingCallObj *)((char *)(j) - offsetof(PendingCallObj, job)))

/* On a worker thread: only the C call. */
static void pending_run(WorkerJob *job)
{
    PendingCallObj *pc = PENDING_OF(job);
    errno = pc->errno_in;
    ffi_call(pc->p.use, FFI_FN(pc->code), pc->p.ret, pc->p.avalues);
    pc->errno_out = errno;
}

/* Back on the loop thread: the result, unless nobody waits any more. */
static int pending_complete(Thread *t, WorkerJob *job)
{
    PendingCallObj *pc = PENDING_OF(job);
    FutureObj *fut = (FutureObj *)val_as_obj(pc->future);
    t->ffi_errno = pc->errno_out;
    if (fut->state != FUT_PENDING) return 0;
    Value r = call_result(t, FOREIGN(pc->fn)->sig.restype, pc->p.ret);
    bool is_exc = r == VAL_ERROR;
    if (is_exc) r = exc_fetch(t);
    gc_push_root(t, r);
    int rc = future_finish(t, fut, r, is_exc);
    gc_pop_roots(t, 1);
    return rc;
}

/* fn.async_call(*args): a future of the running loop that the result
 * completes; the call itself runs on a worker thread. */
static Value foreign_async_call(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    ForeignFunctionObj *fn = FOREIGN(args[0]);
    if (kw && kw->len) return exc_raise(t, &TypeErrorType, "async_call() takes no keyword arguments");
    if (t->running_loop == VAL_NONE) return exc_raise(t, &RuntimeErrorType, "no running event loop");
    uint32_t mark = gc_root_mark(t);
    Value tuple = tuple_from_array(t, args + 1, (size_t)nargs - 1);
    if (tuple == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, tuple);
    PendingCallObj *pc = gc_alloc(t, &PendingCallType, sizeof(PendingCallObj));
    if (!pc) goto fail;
    pc->fn = args[0];
    pc->code = fn->code;
    pc->errno_in = t->ffi_errno;
    pc->args = tuple;
    pc->future = VAL_NONE;
    Value pv = val_from_obj(pc);
    gc_push_root(t, pv);
    if (prepare(t, &fn->sig, TUPLE(tuple)->items, nargs - 1, true, NULL, 0, &pc->p) < 0) goto fail;
    Value fut = future_new(t, (LoopObj *)val_as_obj(t->running_loop));
    if (fut == VAL_ERROR) goto fail;
    pc->future = fut;
    pc->job = (WorkerJob){ .run = pending_run, .complete = pending_complete, .owner = pv };
    if (workers_submit(t, &pc->job) < 0) goto fail;
    gc_root_reset(t, mark);
    return fut;
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

static Value foreign_get_name(Thread *t, Value self) { return str_from_cstr(t, FOREIGN(self)->sig.name); }
static Value foreign_get_restype(Thread *t, Value self)
{
    (void)t;
    return val_from_obj(FOREIGN(self)->sig.restype);
}
static Value foreign_get_argtypes(Thread *t, Value self) { (void)t; return FOREIGN(self)->sig.argtypes; }
static Value foreign_get_address(Thread *t, Value self)
{
    return int_from_u64(t, (uintptr_t)FOREIGN(self)->code);
}

static const MethodDef foreign_methods[] = {
    { "async_call", foreign_async_call, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef foreign_getset[] = {
    { "name", foreign_get_name, NULL },
    { "restype", foreign_get_restype, NULL },
    { "argtypes", foreign_get_argtypes, NULL },
    { "address", foreign_get_address, NULL },
    { NULL, NULL, NULL },
};

TypeObj ForeignFunctionType = {
    .base = { .type = &TypeType },
    .name = "ffi.Function",
    .base_type = &ObjectType,
    .instance_size = sizeof(ForeignFunctionObj),
    .trace = foreign_trace,
    .finalize = foreign_finalize,
    .repr = foreign_repr,
    .call = foreign_call,
    .methods = foreign_methods,
    .getset = foreign_getset,
};

/* ---- Callback ---- */

typedef struct {
    Obj base;
    Value fn;
    Signature sig;
    ffi_cif cif;
    ffi_closure *closure;
    void *code;
    Interp *interp;             /* runs only on its threads (gil_current) */
} CallbackObj;

#define CALLBACK(v) ((CallbackObj *)val_as_obj(v))

void *callback_code(Value v)
{
    return val_is_type(v, &CallbackType) ? CALLBACK(v)->code : NULL;
}

/* Writes a callback's result where libffi wants it (small integers
 * widened to ffi_arg). */
static int store_result(Thread *t, CTypeObj *rt, void *ret, Value v)
{
    if (rt->kind == CT_VOID) return 0;
    if ((rt->kind == CT_INT || rt->kind == CT_BOOL) && rt->size < sizeof(ffi_arg)) {
        char tmp[8] = { 0 };
        if (ffi_set(t, rt, tmp, v, false, WHERE_TEXT("callback result")) < 0) return -1;
        Value back = ffi_get(t, rt, tmp, VAL_NONE);
        int64_t i;
        if (back == VAL_ERROR || int_as_i64(t, back, &i) < 0) return -1;
        if (rt->is_signed) *(ffi_sarg *)ret = (ffi_sarg)i;
        else *(ffi_arg *)ret = (ffi_arg)i;
        return 0;
    }
    return ffi_set(t, rt, ret, v, false, WHERE_TEXT("callback result"));
}

static void callback_entry(ffi_cif *cif, void *ret, void **cargs, void *data)
{
    CallbackObj *cb = data;
    Thread *t = gil_current();
    size_t retsize = cb->sig.restype->size;
    memset(ret, 0, retsize < sizeof(ffi_arg) ? sizeof(ffi_arg) : retsize);
    /* a thread that is not the interpreter's or does not hold its lock,
     * or a failed callback earlier in this call */
    if (!t || t->interp != cb->interp || t->gil_released || exc_pending(t)) return;
    int c_errno = errno;        /* C's, not to be clobbered by aster code */
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(cb));
    int n = (int)cif->nargs;
    Value small[8], *argv = small;
    if (n > 8) {
        Value tuple = tuple_new(t, (size_t)n);
        if (tuple == VAL_ERROR) goto out;
        gc_push_root(t, tuple);
        argv = TUPLE(tuple)->items;
    }
    for (int i = 0; i < n; i++) {
        CTypeObj *ct = CTYPE(TUPLE(cb->sig.argtypes)->items[i]);
        /* a struct argument lives only for this call: copy it */
        Value v = ct->kind == CT_STRUCT ? call_result(t, ct, cargs[i]) : ffi_get(t, ct, cargs[i], VAL_NONE);
        if (v == VAL_ERROR) goto out;
        argv[i] = v;
        if (argv == small) gc_push_root(t, v);
    }
    Value r = op_call(t, cb->fn, argv, n, NULL);
    if (r == VAL_ERROR) goto out;
    gc_push_root(t, r);
    if (store_result(t, cb->sig.restype, ret, r) < 0)
        memset(ret, 0, retsize < sizeof(ffi_arg) ? sizeof(ffi_arg) : retsize);
out:
    gc_root_reset(t, mark);
    errno = c_errno;
}

Value ffi_fn_get_errno(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_count(t, "get_errno", nargs, 0, 0) < 0 || arg_no_kw(t, "get_errno", kw) < 0) return VAL_ERROR;
    return val_from_small(t->ffi_errno);
}

/* set_errno(value): the errno the next foreign call starts with; returns
 * the old one. */
Value ffi_fn_set_errno(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value v;
    if (arg_parse(t, "set_errno", args, nargs, kw, "value", &v) < 0) return VAL_ERROR;
    int64_t n;
    if (op_index(t, v, &n) < 0) return VAL_ERROR;
    if (n < INT32_MIN || n > INT32_MAX) return exc_raise(t, &OverflowErrorType, "errno out of range");
    int old = t->ffi_errno;
    t->ffi_errno = (int)n;
    return val_from_small(old);
}

Value ffi_callback_new(Thread *t, Value fn, Value restype, Value argtypes)
{
    CTypeObj *rt;
    ffi_type **atypes;
    Value types = signature(t, restype, argtypes, &rt, &atypes);
    if (types == VAL_ERROR) return VAL_ERROR;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, types);
    gc_push_root(t, val_from_obj(rt));
    CallbackObj *cb = gc_alloc(t, &CallbackType, sizeof(CallbackObj));
    gc_root_reset(t, mark);
    if (!cb) {
        free(atypes);
        return VAL_ERROR;
    }
    cb->fn = fn;
    cb->sig = (Signature){ NULL, rt, types, atypes, &cb->cif, false };
    cb->interp = t->interp;
    if (ffi_prep_cif(&cb->cif, FFI_DEFAULT_ABI, (unsigned)TUPLE(types)->len, rt->ft, atypes) != FFI_OK)
        return exc_raise(t, &TypeErrorType, "libffi cannot make a callback of this signature");
    cb->closure = ffi_closure_alloc(sizeof(ffi_closure), &cb->code);
    if (!cb->closure) return exc_no_memory(t);
    if (ffi_prep_closure_loc(cb->closure, &cb->cif, callback_entry, cb, cb->code) != FFI_OK) {
        ffi_closure_free(cb->closure);
        cb->closure = NULL;
        cb->code = NULL;
        return exc_raise(t, &TypeErrorType, "libffi cannot make a callback of this signature");
    }
    return val_from_obj(cb);
}

static void callback_trace(GC *gc, Obj *o)
{
    CallbackObj *cb = (CallbackObj *)o;
    gc_mark_value(gc, cb->fn);
    gc_mark_obj(gc, (Obj *)cb->sig.restype);
    gc_mark_value(gc, cb->sig.argtypes);
}

static void callback_finalize(GC *gc, Obj *o)
{
    (void)gc;
    CallbackObj *cb = (CallbackObj *)o;
    if (cb->closure) ffi_closure_free(cb->closure);
    free(cb->sig.atypes);
    cb->closure = NULL;
    cb->code = NULL;
    cb->sig.atypes = NULL;
}

static Value callback_repr(Thread *t, Value self)
{
    Value r = op_repr(t, CALLBACK(self)->fn);
    if (r == VAL_ERROR) return r;
    char buf[400];
    snprintf(buf, sizeof buf, "<ffi.Callback %s of %.300s>", CALLBACK(self)->sig.restype->name, str_cstr(r));
    return str_from_cstr(t, buf);
}

static Value callback_get_address(Thread *t, Value self)
{
    return int_from_u64(t, (uintptr_t)CALLBACK(self)->code);
}

static const GetSetDef callback_getset[] = {
    { "address", callback_get_address, NULL },
    { NULL, NULL, NULL },
};

TypeObj CallbackType = {
    .base = { .type = &TypeType },
    .name = "ffi.Callback",
    .base_type = &ObjectType,
    .instance_size = sizeof(CallbackObj),
    .trace = callback_trace,
    .finalize = callback_finalize,
    .repr = callback_repr,
    .getset = callback_getset,
};
