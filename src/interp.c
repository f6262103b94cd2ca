/*
 * interp.c -- creating and tearing down an interpreter.
 *
 * Start-up order matters: the interned-string table and the empty tuple
 * come first (type_init needs both), then every static type is
 * initialised, then the builtins module and sys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp.h"
#include "asyncio.h"
#include "builtins.h"
#include "clock.h"
#include "code.h"
#include "contextvars.h"
#include "exc.h"
#include "ffi_objects.h"
#include "frame.h"
#include "gc.h"
#include "gil.h"
#include "import.h"
#include "module.h"
#include "obj_alias.h"
#include "obj_bytearray.h"
#include "obj_deque.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_func.h"
#include "obj_frameinfo.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_iter.h"
#include "mod_re.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "warnings.h"
#include "obj_weakref.h"
#include "workers.h"

extern TypeObj SlotWrapperType, GetSetType;

TypeObj *const interp_static_types[] = {
    &ObjectType, &TypeType, &NoneType, &BoolType, &NotImplementedType, &EllipsisType,
    &IntType, &FloatType, &StrType, &StrIterType, &BytesType, &BytesIterType,
    &ListType, &ListIterType, &ListRevIterType, &TupleType, &TupleIterType,
    &DictType, &DictKeysType, &DictValuesType, &DictItemsType, &DictIterType,
    &SetType, &FrozenSetType, &SetIterType, &RangeType, &RangeIterType, &LongRangeIterType, &SliceType,
    &CodeType, &FunctionType, &CellType, &MethodType, &ClassMethodType, &StaticMethodType,
    &PropertyType, &SuperType, &SlotWrapperType, &GetSetType, &GenType, &CoroType, &FrameInfoType,
    &AsyncGenType, &AsyncGenASendType, &AsyncGenAThrowType, &GenericAliasType, &UnionType,
    &ModuleType, &NativeType, &TracebackType, &WeakRefType,
    ITER_TYPES
    FILE_TYPES
    BUILTINS_STATIC_TYPES
    CONTEXTVARS_TYPES
    ASYNCIO_TYPES
    BYTEARRAY_TYPES
    DEQUE_TYPES
#define X(c, py, base) &c##Type,
    EXC_LIST(X)
#undef X
    NULL
};

TypeObj *const interp_module_types[] = { STDLIB_TYPES RE_TYPES FFI_TYPES NULL };

static bool env_flag(const char *name, bool dflt)
{
    const char *v = getenv(name);
    if (!v || !*v) return dflt;
    return strcmp(v, "0") != 0;
}

#ifndef ASTER_GC_STRESS_DEFAULT
#define ASTER_GC_STRESS_DEFAULT 0
#endif

static int start(Thread *t, int argc, char **argv)
{
    Interp *ip = t->interp;
    Value d = dict_new(t);
    if (d == VAL_ERROR) return -1;
    ip->interned = DICT(d);
    ip->empty_tuple = tuple_new(t, 0);
    if (ip->empty_tuple == VAL_ERROR) return -1;
    static const char *const texts[] = {
#define X(id, text) text,
        NAME_LIST(X)
#undef X
    };
    for (int i = 0; i < NAME_COUNT; i++)
        if (!(ip->names[i] = str_intern(t, texts[i]))) return -1;
    for (TypeObj *const *tp = interp_static_types; *tp; tp++)
        if (type_init(t, *tp) < 0) return -1;
    if ((d = dict_new(t)) == VAL_ERROR) return -1;
    ip->modules = DICT(d);
    if ((d = dict_new(t)) == VAL_ERROR) return -1;
    ip->source_cache = DICT(d);

    Value argl = list_new(t, (size_t)argc);
    if (argl == VAL_ERROR) return -1;
    ip->sys_argv = argl;
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(t, argv[i]);
        if (s == VAL_ERROR || list_append(t, argl, s) < 0) return -1;
    }
    ip->memory_error = exc_new(t, &MemoryErrorType, NULL, 0);
    if (ip->memory_error == VAL_ERROR) return -1;
    Value b = builtins_init(t);
    if (b == VAL_ERROR) return -1;
    ip->builtins = ((ModuleObj *)val_as_obj(b))->dict;
    if (dict_set_str(t, ip->modules, NAME(t, builtins), b) < 0) return -1;
    if (import_module(t, "sys") == VAL_ERROR) return -1;
    return 0;
}

Thread *interp_new(int argc, char **argv, bool virtual_time)
{
    Interp *ip = calloc(1, sizeof *ip);
    Thread *t = ip ? thread_new(ip) : NULL;
    if (!t) {
        fputs("aster: out of memory\n", stderr);
        free(ip);
        return NULL;
    }
    char here;
    int_use_gmp_allocator();
    gc_init(&ip->gc, env_flag("ASTER_GC_STRESS", ASTER_GC_STRESS_DEFAULT));
    ip->recursion_limit = 1000;
    ip->int_max_str_digits = 4300;
    ip->virtual_time = virtual_time;
    ip->main_thread = t;
    ip->sys_argv = VAL_NONE;
    ip->empty_tuple = VAL_NONE;
    ip->memory_error = VAL_NONE;
    ip->signal_handlers = VAL_NONE;
    clock_init(ip);
    t->c_stack_base = &here;
    gil_start(t);
    /* Start-up allocates a lot of permanent objects: no point collecting. */
    bool stress = ip->gc.stress;
    ip->gc.stress = false;
    ip->gc.next_collect = SIZE_MAX;
    int r = start(t, argc, argv);
    ip->gc.stress = stress;
    ip->gc.next_collect = 8u << 20;
    if (r < 0) {
        fputs("aster: start-up failed\n", stderr);
        if (exc_pending(t)) exc_print(t, exc_fetch(t));
        interp_free(t);
        return NULL;
    }
    return t;
}

/* The static types' dicts, names and MROs lived on the heap just freed:
 * forgetting them lets a later interp_new initialise them afresh. */
static void forget_types(TypeObj *const *types)
{
    for (TypeObj *const *tp = types; *tp; tp++) {
        TypeObj *type = *tp;
        type->dict = NULL;
        type->subclasses = NULL;
        type->mro = type->bases = NULL;
        type->name_obj = type->qualname = NULL;
        if (val_is_obj(type->module)) type->module = 0;
    }
}

static void forget_static_types(void)
{
    forget_types(interp_static_types);
    forget_types(interp_module_types);
}

Thread *thread_new(Interp *ip)
{
    Thread *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->interp = ip;
    t->gc = &ip->gc;
    t->exc = VAL_UNBOUND;
    t->exc_info = VAL_NONE;
    t->repr_guard = VAL_UNBOUND;
    t->context = VAL_NONE;
    t->running_loop = VAL_NONE;
    t->event_loop = VAL_NONE;
    t->local_dicts = VAL_NONE;
    t->bootstrap = VAL_NONE;
    t->sentinel = VAL_NONE;
    t->next_thread = ip->threads;
    if (ip->threads) ip->threads->prev_thread = t;
    ip->threads = t;
    ip->nthreads++;
    return t;
}

void thread_free(Thread *t)
{
    Interp *ip = t->interp;
    if (t->prev_thread) t->prev_thread->next_thread = t->next_thread;
    else ip->threads = t->next_thread;
    if (t->next_thread) t->next_thread->prev_thread = t->prev_thread;
    ip->nthreads--;
    frame_free_chunks(t);
    free(t->roots);
    free(t);
}

void interp_free(Thread *t)
{
    Interp *ip = t->interp;
    /* A daemon thread stops when it next wants the lock. */
    gil_finalize();
    /* A worker may still be writing into memory the heap owns. */
    workers_quiesce();
    if (ip->sys_dict) file_flush_all(t);
    /* Objects already garbage are finalised while everything they may
     * report about (source text for "never awaited") still exists. */
    gc_collect(t);
    if (ip->sys_dict && warn_deferred_pending(ip)) {
        warn_flush_deferred(t);
        file_flush_all(t);
    }
    warn_free_deferred(ip);
    ip->finalizing = true;
    gc_free_all(t);
    forget_static_types();
    /* threads still alive (daemons) are stopped at their next gil_acquire */
    while (ip->threads) thread_free(ip->threads);
    free(ip->script_dir);
    free(ip);
}
