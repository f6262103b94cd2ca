/*
 * obj_alias.h -- types.GenericAlias (list[int]) and types.UnionType
 * (int | None): what annotations evaluate to.
 */
#ifndef ASTER_OBJ_ALIAS_H
#define ASTER_OBJ_ALIAS_H

#include "object.h"

extern TypeObj GenericAliasType, UnionType;

/* cls.__class_getitem__(item) of the builtin generic classes: an alias
 * with origin cls and item (a tuple: its items) as arguments.  A class
 * method (METH_CLASS) for their method tables. */
Value alias_class_getitem(Thread *t, Value *args, int nargs, TupleObj *kwnames);
/* a | b when both are classes, None, aliases or unions: the union of
 * their distinct members (a alone if there is one); else NotImplemented.
 * The binary slot of type, GenericAlias and UnionType. */
Value alias_binary_or(Thread *t, BinOp op, Value a, Value b);
/* A union's members (None appears as NoneType). */
TupleObj *alias_union_args(Value union_);

#endif
