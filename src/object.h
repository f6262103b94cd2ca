/*
 * object.h -- the heap object header and type objects.
 *
 * Every heap object starts with an Obj header: its type and the
 * collector's link word (next object in the heap list, mark bit in bit 0).
 * Sixteen bytes in all.
 *
 * Behaviour lives in the type (TypeObj): a table of C slots, CPython
 * style.  Builtin types are static structs (obj_<type>.c defines
 * `TypeObj IntType` and so on) and fill their slots directly.  A class
 * defined in a script is a heap TypeObj; for every dunder it (or a base)
 * defines, class creation points the matching slot at a wrapper that calls
 * the dunder (see obj_class.c), so the generic operations in ops.c only
 * ever go through slots.
 *
 * Failure convention for every slot and every C function that can raise:
 * return VAL_ERROR (or -1 for int results, NULL for pointers) with the
 * exception set on the thread (exc_set*, exc.h).  A slot that does not
 * support an operand returns VAL_NOTIMPL (binary operators, comparisons).
 */
#ifndef ASTER_OBJECT_H
#define ASTER_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include "value.h"

typedef struct Thread Thread;
typedef struct Interp Interp;
typedef struct TypeObj TypeObj;
typedef struct GC GC;
typedef struct TupleObj TupleObj;
typedef struct DictObj DictObj;
typedef struct ListObj ListObj;
typedef struct StrObj StrObj;

struct Obj {
    TypeObj *type;
    uintptr_t gc_link;          /* next object in the heap list | mark bit */
};

/* Binary operators, in the order of the BINARY_OP opcode argument. */
#define BINOP_LIST(X) \
    X(ADD, "+", "__add__", "__radd__", "__iadd__") \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__") \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__") \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__") \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__") \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__") \
    X(AND, "&", "__and__", "__rand__", "__iand__") \
    X(OR, "|", "__or__", "__ror__", "__ior__") \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__") \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum {
#define X(name, sym, d, r, i) BINOP_##name,
    BINOP_LIST(X)
#undef X
    BINOP_COUNT
} BinOp;

typedef enum { UNOP_NEG, UNOP_POS, UNOP_INVERT } UnOp;

/* Rich comparison operators, in the order of the COMPARE_OP argument. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

/* Calling convention (vectorcall style): `args` holds nargs positional
 * values followed by one value per keyword name in `kwnames` (a tuple of
 * str, or NULL when there are none).  The args array is owned by the
 * caller and rooted for the duration of the call. */
typedef Value (*CallFn)(Thread *t, Value callable, Value *args, int nargs, TupleObj *kwnames);

/* Native functions and methods.  For methods args[0] is self. */
typedef Value (*NativeFn)(Thread *t, Value *args, int nargs, TupleObj *kwnames);

typedef void (*TraceFn)(GC *gc, Obj *o);
typedef struct MethodDef MethodDef;
typedef struct GetSetDef GetSetDef;

#define TYPE_HEAPTYPE   0x0001   /* defined by a script (class statement) */
#define TYPE_BASETYPE   0x0002   /* may be subclassed */
#define TYPE_EXCEPTION  0x0004   /* BaseException or a subclass */
#define TYPE_HAS_GETATTR 0x0008  /* user class defines __getattr__ */
#define TYPE_ABSTRACT_NEW 0x0010 /* cannot be instantiated by calling */
#define TYPE_BINARY_OR_ONLY 0x0020 /* its binary slot only does | (type, unions) */
#define TYPE_IS_ABSTRACT 0x0040  /* __abstractmethods__ is set and not empty */

struct TypeObj {
    Obj base;
    const char *name;           /* for builtins; heap types use name_obj */
    StrObj *name_obj;           /* interned name (set at init for builtins) */
    StrObj *qualname;
    TypeObj *base_type;         /* the base whose C layout we extend */
    TupleObj *bases;            /* __bases__ */
    TupleObj *mro;              /* __mro__, self first */
    DictObj *dict;              /* attributes: methods, class variables */
    Value module;               /* __module__ (str) or VAL_UNBOUND */
    ListObj *subclasses;        /* weakrefs to the direct subclasses, or NULL */
    uint32_t flags;
    uint32_t instance_size;     /* bytes, header included */
    uint32_t dict_offset;       /* offset of the instance's DictObj *, or 0 */

    /* Memory.  trace marks the object's children (may be NULL if it has
     * none); finalize frees resources outside the GC heap (may be NULL).
     * It may not allocate or run code, and other objects it points to may
     * be dead too: finalised, though not yet freed. */
    TraceFn trace;
    void (*finalize)(GC *gc, Obj *o);

    /* Creation: new allocates (cls may be a subclass), init initialises. */
    Value (*new_)(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames);
    Value (*init)(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames);

    /* Conversions.  repr/str return a str value. */
    Value (*repr)(Thread *t, Value self);
    Value (*str)(Thread *t, Value self);
    /* hash: -1 with exception set on error (unhashable). */
    int64_t (*hash)(Thread *t, Value self);
    /* bool: 1 true, 0 false, -1 error. NULL means: use len, else true. */
    int (*truth)(Thread *t, Value self);

    /* Operators: return VAL_NOTIMPL when the operand types do not fit. */
    Value (*binary)(Thread *t, BinOp op, Value a, Value b);      /* a op b, a or b is ours */
    Value (*inplace)(Thread *t, BinOp op, Value a, Value b);     /* a op= b, may be NULL */
    Value (*unary)(Thread *t, UnOp op, Value a);
    Value (*compare)(Thread *t, CmpOp op, Value a, Value b);

    /* Containers.  len: -1 on error.  contains: 1/0/-1. */
    int64_t (*len)(Thread *t, Value self);
    Value (*getitem)(Thread *t, Value self, Value key);
    /* setitem with value == VAL_UNBOUND deletes.  Returns 0 or -1. */
    int (*setitem)(Thread *t, Value self, Value key, Value value);
    int (*contains)(Thread *t, Value self, Value item);

    /* Iteration.  next returns VAL_UNBOUND when exhausted (no exception
     * set) and VAL_ERROR on error. */
    Value (*iter)(Thread *t, Value self);
    Value (*next)(Thread *t, Value self);

    /* Attributes.  getattr returns VAL_UNBOUND with no exception set when
     * the attribute is missing (the caller raises AttributeError), so that
     * hasattr/getattr(default) need no exception round trip.  setattr
     * with value == VAL_UNBOUND deletes.  NULL means generic_getattr /
     * generic_setattr (ops.h). */
    Value (*getattr)(Thread *t, Value self, StrObj *name);
    int (*setattr)(Thread *t, Value self, StrObj *name, Value value);

    /* Descriptors: descr_get(self, instance, owner type); instance is
     * VAL_UNBOUND when the attribute is read from the class itself. */
    Value (*descr_get)(Thread *t, Value self, Value instance, TypeObj *owner);
    int (*descr_set)(Thread *t, Value self, Value instance, Value value);

    CallFn call;

    /* Builtin types only: tables that type_init turns into dict entries. */
    const MethodDef *methods;
    const GetSetDef *getset;
};

static inline TypeObj *obj_type(const Obj *o) { return o->type; }
static inline bool val_is_type(Value v, const TypeObj *t)
{
    return val_is_obj(v) && val_as_obj(v)->type == t;
}

/* Method tables used by builtin types to fill their dicts at start-up
 * (type_init in obj_type.c). */
struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;                  /* METH_CLASS, METH_STATIC or 0 */
};
#define METH_CLASS  1
#define METH_STATIC 2

/* Read-only attributes of builtin types (e.g. StopIteration.value). */
struct GetSetDef {
    const char *name;
    Value (*get)(Thread *t, Value self);
    int (*set)(Thread *t, Value self, Value value);   /* NULL: read-only */
};

/* The builtin types.  Each is defined in the obj_*.c / exc.c file named. */
extern TypeObj TypeType, ObjectType;                 /* obj_type.c */
extern TypeObj NoneType, NotImplementedType, EllipsisType; /* obj_misc.c */
extern TypeObj IntType, BoolType;                    /* obj_int.c */
extern TypeObj FloatType;                            /* obj_float.c */
extern TypeObj StrType, StrIterType;                 /* obj_str.c */
extern TypeObj BytesType, BytesIterType;             /* obj_bytes.c */
extern TypeObj ListType, ListIterType, ListRevIterType; /* obj_list.c */
extern TypeObj TupleType, TupleIterType;             /* obj_tuple.c */
extern TypeObj DictType, DictKeysType, DictValuesType, DictItemsType, DictIterType; /* obj_dict.c */
extern TypeObj SetType, FrozenSetType, SetIterType;  /* obj_set.c */
extern TypeObj RangeType, RangeIterType, LongRangeIterType; /* obj_range.c */
extern TypeObj SliceType;                            /* obj_range.c */

/* The type of any value. */
static inline TypeObj *val_type(Value v)
{
    if (val_is_obj(v)) return val_as_obj(v)->type;
    if (val_is_int(v)) return &IntType;
    if (val_is_double(v)) return &FloatType;
    if (v == VAL_NONE) return &NoneType;
    if (v == VAL_TRUE || v == VAL_FALSE) return &BoolType;
    if (v == VAL_NOTIMPL) return &NotImplementedType;
    return &EllipsisType;
}
/* Walks sub's MRO. */
bool type_issubclass(const TypeObj *sub, const TypeObj *sup);  /* obj_type.c */
static inline bool type_is_subtype(const TypeObj *sub, const TypeObj *sup)
{
    return sub == sup || type_issubclass(sub, sup);
}
/* isinstance(v, tp) for a C type pointer. */
static inline bool val_isinstance(Value v, const TypeObj *tp)
{
    return type_is_subtype(val_type(v), tp);
}

#endif
