/*
 * module.h -- module objects, native functions, struct sequences, and the
 * registry of builtin C modules.
 */
#ifndef ASTER_MODULE_H
#define ASTER_MODULE_H

#include "object.h"
#include "obj_tuple.h"

typedef struct ModuleObj {
    Obj base;
    DictObj *dict;
    StrObj *name;
} ModuleObj;

/* A C function visible to scripts: a builtin, a module function, or a
 * method of a builtin type (then `self` is VAL_UNBOUND until bound). */
typedef struct NativeObj {
    Obj base;
    const MethodDef *def;
    Value self;                 /* bound receiver, or VAL_UNBOUND */
    TypeObj *owner;             /* type a method belongs to, or NULL */
} NativeObj;

extern TypeObj ModuleType, NativeType;

static inline bool module_check(Value v) { return val_is_obj(v) && val_isinstance(v, &ModuleType); }

/* A new module whose dict holds __name__ (and None for __doc__,
 * __package__, __loader__, __spec__).  May collect. */
Value module_new(Thread *t, const char *name);
/* module.name = value.  Returns 0, or -1 on MemoryError. */
int module_add(Thread *t, Value module, const char *name, Value value);
/* Makes a C module's static types ready (type_init each; NULL-
 * terminated; they must be in interp_module_types).  Returns 0 or -1. */
int module_init_types(Thread *t, TypeObj *const *types);
/* Adds one NativeObj per entry of defs (NULL-name terminated). */
int module_add_functions(Thread *t, Value module, const MethodDef *defs);
/* The dict of a module value. */
static inline DictObj *module_dict(Value module) { return ((ModuleObj *)val_as_obj(module))->dict; }
/* A native function object; self VAL_UNBOUND unless bound, owner the
 * type whose dict holds it (NULL for module functions).  May collect. */
Value native_new(Thread *t, const MethodDef *def, Value self, TypeObj *owner);

/* Struct sequences: tuples with named fields, like time.struct_time and
 * sys.version_info.  A struct sequence type is a static StructSeqType:
 *     StructSeqType StructTimeType = {
 *         .type = { STRUCTSEQ_TYPE_INIT("struct_time", fields) },
 *         .module = "time", .visible = 9, .nfields = 11 };
 * where `fields` lists one STRUCTSEQ_FIELD(name, index) per field in
 * index order.  The first `visible` fields form the tuple (len, indexing,
 * comparison are tuple's); the others are attributes only.  The repr is
 * "time.struct_time(tm_year=2000, ...)"; calling the type builds one from
 * a sequence.  Like every static type it must be in the interpreter's
 * static type list (BUILTINS_STATIC_TYPES, builtins.h), and its module's
 * init sets type.module with structseq_set_module.  Instances are
 * TupleObjs with nfields items allocated and len == visible. */
typedef struct {
    TypeObj type;
    const char *module;         /* "time" in time.struct_time */
    int visible;                /* len() of an instance */
    int nfields;                /* all fields, visible first */
} StructSeqType;

/* A new instance from n values (missing trailing fields are None).  May
 * collect. */
Value structseq_new(Thread *t, StructSeqType *st, const Value *fields, int n);
/* Sets type.module to the interned module name, for the class's repr. */
int structseq_set_module(Thread *t, StructSeqType *st);

/* The slots STRUCTSEQ_TYPE_INIT uses. */
void structseq_trace(GC *gc, Obj *o);
Value structseq_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames);
Value structseq_repr(Thread *t, Value self);
int64_t structseq_hash(Thread *t, Value self);
Value structseq_compare(Thread *t, CmpOp op, Value a, Value b);
int64_t structseq_len(Thread *t, Value self);
Value structseq_getitem(Thread *t, Value self, Value key);
int structseq_contains(Thread *t, Value self, Value item);
Value structseq_iter(Thread *t, Value self);
#define STRUCTSEQ_TYPE_INIT(tname, fields) \
    .base = { .type = &TypeType }, .name = (tname), .base_type = &TupleType, \
    .instance_size = sizeof(TupleObj), \
    .trace = structseq_trace, .new_ = structseq_new_slot, .repr = structseq_repr, \
    .hash = structseq_hash, .compare = structseq_compare, .len = structseq_len, \
    .getitem = structseq_getitem, .contains = structseq_contains, \
    .iter = structseq_iter, .getset = (fields)

/* The field getters STRUCTSEQ_FIELD uses; index is a literal < 19. */
#define STRUCTSEQ_INDEXES(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) \
    X(12) X(13) X(14) X(15) X(16) X(17) X(18)
#define X(i) Value structseq_get##i(Thread *t, Value self);
STRUCTSEQ_INDEXES(X)
#undef X
#define STRUCTSEQ_FIELD(fname, index) { fname, structseq_get##index, NULL }

/* A builtin module implemented in C: `init` builds and returns it. */
typedef struct {
    const char *name;
    Value (*init)(Thread *t);
} NativeModuleDef;

/* Builtin C modules' start-up functions. */
Value mod_math_init(Thread *t);                      /* mod_math.c */
Value mod_sys_init(Thread *t);                       /* mod_sys.c */
Value mod_time_init(Thread *t);                      /* mod_time.c */
Value mod_gc_init(Thread *t);                        /* mod_gc.c */
Value mod_contextvars_init(Thread *t);               /* mod_contextvars.c */
Value mod_asyncio_init(Thread *t);                   /* mod_asyncio.c */
Value mod_collections_init(Thread *t);               /* mod_collections.c */
Value mod_re_init(Thread *t);                        /* mod_re.c */
Value mod_json_init(Thread *t);                      /* mod_json.c */
Value mod_ffi_init(Thread *t);                       /* mod_ffi.c */
Value mod_os_init(Thread *t);                        /* mod_os.c */
Value mod_socket_init(Thread *t);                    /* mod_socket.c */
Value mod_signal_init(Thread *t);                    /* mod_signal.c */
Value mod_select_init(Thread *t);                    /* mod_select.c */
Value mod_traceback_init(Thread *t);                 /* mod_traceback.c */
Value mod_weakref_init(Thread *t);                   /* obj_weakref.c */
Value mod_random_init(Thread *t);                    /* mod_random.c */
Value mod_heapq_init(Thread *t);                     /* mod_heapq.c */
Value mod_bisect_init(Thread *t);                    /* mod_bisect.c */
Value mod_operator_init(Thread *t);                  /* mod_operator.c */
Value mod_itertools_init(Thread *t);                 /* mod_itertools.c */
Value mod_functools_init(Thread *t);                 /* mod_functools.c */
Value mod_thread_init(Thread *t);                    /* mod_thread.c */

/* The static types of those modules, for the interpreter's list. */
extern TypeObj RandomType;                           /* mod_random.c */
extern TypeObj SocketType, GaiErrorType, HErrorType;   /* mod_socket.c */
extern TypeObj ItemGetterType, AttrGetterType, MethodCallerType;   /* mod_operator.c */
extern TypeObj PartialType, LruWrapperType, LruLinkType;   /* mod_functools.c */
extern TypeObj LockType, RLockType, LocalType;       /* mod_thread.c */
extern TypeObj CountType, RepeatType, CycleType, ChainType, IsliceType, AccumulateType, StarmapType,
    CompressType, DropwhileType, TakewhileType, FilterfalseType, ZipLongestType, PairwiseType,
    BatchedType, ProductType, PermutationsType, CombinationsType, CwrType, GroupByType,
    GrouperType, TeeType, TeeBlockType;              /* mod_itertools.c */
#define ITERTOOLS_TYPES \
    &CountType, &RepeatType, &CycleType, &ChainType, &IsliceType, &AccumulateType, &StarmapType, \
    &CompressType, &DropwhileType, &TakewhileType, &FilterfalseType, &ZipLongestType, &PairwiseType, \
    &BatchedType, &ProductType, &PermutationsType, &CombinationsType, &CwrType, &GroupByType, \
    &GrouperType, &TeeType, &TeeBlockType,
#define STDLIB_TYPES &RandomType, &SocketType, &GaiErrorType, &HErrorType, \
    &ItemGetterType, &AttrGetterType, &MethodCallerType, &PartialType, &LruWrapperType, &LruLinkType, \
    &LockType, &RLockType, &LocalType, ITERTOOLS_TYPES

/* The table of C modules (import.c), NULL-terminated. */
extern const NativeModuleDef native_modules[];

/* Embedded stdlib sources (generated from stdlib/ at build time):
 * returns the text of module `name` or NULL. */
const char *stdlib_source(const char *name, size_t *len, int *package);

#endif
