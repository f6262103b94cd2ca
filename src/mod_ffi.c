/*
 * mod_ffi.c -- the ffi module: calling C libraries from aster (see
 * docs/reference/ffi.md; the objects live in ffi_*.c, ffi_objects.h).
 */
#include <string.h>
#include "ffi_objects.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_str.h"

/* Module functions defined with the objects they make. */
Value ffi_fn_ptr(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_array(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_struct(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_typeof(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_sizeof(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_alignof(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_offsetof(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_new(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_buffer(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_string(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_addressof(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_cast(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_func_at(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_get_errno(Thread *t, Value *args, int nargs, TupleObj *kw);
Value ffi_fn_set_errno(Thread *t, Value *args, int nargs, TupleObj *kw);

static Value ffi_fn_load(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value name;
    if (arg_parse(t, "load", args, nargs, kw, "name", &name) < 0) return VAL_ERROR;
    return ffi_load(t, name);
}

static Value ffi_fn_callback(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[3];
    if (arg_parse(t, "callback", args, nargs, kw, "fn,restype|argtypes", a) < 0) return VAL_ERROR;
    if (!val_type(a[0])->call) return exc_raise(t, &TypeErrorType, "callback() expects a callable");
    return ffi_callback_new(t, a[0], a[1], a[2] == VAL_UNBOUND ? VAL_NONE : a[2]);
}

static const MethodDef ffi_functions[] = {
    { "load", ffi_fn_load, 0 },
    { "callback", ffi_fn_callback, 0 },
    { "func", ffi_func_at, 0 },
    { "ptr", ffi_fn_ptr, 0 },
    { "array", ffi_fn_array, 0 },
    { "struct", ffi_fn_struct, 0 },
    { "typeof", ffi_fn_typeof, 0 },
    { "sizeof", ffi_fn_sizeof, 0 },
    { "alignof", ffi_fn_alignof, 0 },
    { "offsetof", ffi_fn_offsetof, 0 },
    { "new", ffi_fn_new, 0 },
    { "buffer", ffi_fn_buffer, 0 },
    { "string", ffi_fn_string, 0 },
    { "addressof", ffi_fn_addressof, 0 },
    { "cast", ffi_fn_cast, 0 },
    { "get_errno", ffi_fn_get_errno, 0 },
    { "set_errno", ffi_fn_set_errno, 0 },
    { NULL, NULL, 0 },
};

Value mod_ffi_init(Thread *t)
{
    static TypeObj *const types[] = { FFI_TYPES NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    Value m = module_new(t, "ffi");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    int ok = module_add_functions(t, m, ffi_functions);
    for (CTypeObj *const *p = ffi_builtin_types; ok == 0 && *p; p++)
        ok = module_add(t, m, *p == &ffi_voidp ? "voidp" : (*p)->name, val_from_obj(*p));
    static const struct { const char *name; TypeObj *type; } classes[] = {
        { "CType", &CTypeType }, { "CData", &CDataType }, { "Pointer", &PointerType },
        { "Library", &LibraryType }, { "Function", &ForeignFunctionType }, { "Callback", &CallbackType },
    };
    for (size_t i = 0; ok == 0 && i < sizeof classes / sizeof classes[0]; i++)
        ok = module_add(t, m, classes[i].name, val_from_obj(classes[i].type));
    if (ok == 0) {
        Value null = pointer_new(t, &ffi_voidp, NULL, VAL_NONE, NULL, NULL);
        ok = null == VAL_ERROR ? -1 : module_add(t, m, "NULL", null);
    }
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
