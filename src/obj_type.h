/*
 * obj_type.h -- type objects at run time: `type`, `object`, classes made
 * by the class statement, super, and the start-up of builtin types.
 */
#ifndef ASTER_OBJ_TYPE_H
#define ASTER_OBJ_TYPE_H

#include "object.h"

/* An instance of a class defined by a script (or of `object`). */
typedef struct InstanceObj {
    Obj base;
    DictObj *dict;              /* created on first attribute store */
} InstanceObj;

extern TypeObj SuperType;

/* Fills a static builtin type at start-up: interned name, MRO, dict with
 * its methods/getset tables and slot wrappers. */
int type_init(Thread *t, TypeObj *type);
/* type_subclasses.c: records sub with each of its bases (after its
 * bases are set), and lists tp's live direct subclasses in creation
 * order (type.__subclasses__()).  Both may collect. */
int type_register_subclass(Thread *t, TypeObj *sub);
Value type_subclasses(Thread *t, TypeObj *tp);
/* The type's name as a C string (builtin or class). */
const char *type_name(const TypeObj *type);
/* The hash slot of unhashable types: raises "unhashable type: 'T'"
 * (their __hash__ is None). */
int64_t type_hash_unhashable(Thread *t, Value self);
/* The instance dict slot of obj, or NULL if its type has none. */
DictObj **obj_dict_slot(Value obj);
/* Points every slot of a heap class at the dunder it defines (or a base
 * defines in script code); run again when a dunder is assigned. */
void type_fixup_slots(Thread *t, TypeObj *tp);
/* The trace slot of classes made by scripts: the class, the builtin
 * layout the instance extends, its dict. */
void type_instance_trace(GC *gc, Obj *o);

/* class.c: builtins.__build_class__(func, name, *bases, metaclass=, **kw) */
Value class_build(Thread *t, Value *args, int nargs, TupleObj *kwnames);
/* type.__new__(meta, name, bases, ns, **kw) and type.__init__ */
Value class_type_new(Thread *t, TypeObj *meta, Value *args, int nargs, TupleObj *kwnames);
Value class_type_init(Thread *t, Value self, Value *args, int nargs, TupleObj *kwnames);
/* type(name, bases, dict) and type(x) */
Value type_call(Thread *t, Value callable, Value *args, int nargs, TupleObj *kwnames);

#endif
