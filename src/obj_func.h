/*
 * obj_func.h -- functions made by `def`/`lambda`, closure cells, bound
 * methods, and the descriptor types classmethod, staticmethod, property.
 */
#ifndef ASTER_OBJ_FUNC_H
#define ASTER_OBJ_FUNC_H

#include "code.h"

typedef struct FuncObj {
    Obj base;
    CodeObj *code;
    DictObj *globals;
    DictObj *builtins;
    TupleObj *defaults;         /* positional defaults, or NULL */
    DictObj *kwdefaults;        /* keyword-only defaults, or NULL */
    DictObj *annotations;       /* __annotations__, or NULL until asked for */
    TupleObj *closure;          /* cells for the code's free variables, or NULL */
    StrObj *name, *qualname;
    Value module;               /* __module__ */
    Value doc;
    DictObj *dict;              /* function attributes, created on demand */
} FuncObj;

typedef struct CellObj {
    Obj base;
    Value value;                /* VAL_UNBOUND when empty */
} CellObj;

typedef struct MethodObj {
    Obj base;
    Value func;
    Value self;
} MethodObj;

/* classmethod, staticmethod: a wrapped callable.  property: getter,
 * setter, deleter, doc. */
typedef struct DescrObj {
    Obj base;
    Value func;
    Value fset, fdel, doc;
    DictObj *dict;
} DescrObj;

extern TypeObj FunctionType, CellType, MethodType;
extern TypeObj ClassMethodType, StaticMethodType, PropertyType;

Value func_new(Thread *t, CodeObj *code, DictObj *globals);
Value cell_new(Thread *t, Value value);
Value method_new(Thread *t, Value func, Value self);

#endif
