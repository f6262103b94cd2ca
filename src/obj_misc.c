/*
 * obj_misc.c -- the singletons None, NotImplemented and Ellipsis.  They
 * are unboxed specials (value.h); these are their types.
 */
#include "object.h"
#include "exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "warnings.h"

static Value none_repr(Thread *t, Value self)
{
    (void)self;
    return str_from_cstr(t, "None");
}

static int none_truth(Thread *t, Value self)
{
    (void)t; (void)self;
    return 0;
}

/* CPython 3.12 hashes None to a constant; the others hash by identity
 * there, so any fixed value per singleton will do. */
static int64_t singleton_hash(Thread *t, Value self)
{
    (void)t;
    if (self == VAL_NONE) return 0xFCA86420;
    return (int64_t)(self & 0xFFFF) * 0x9E3779B1 + 0x1234567;
}

static Value none_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)cls; (void)args;
    if (nargs || (kw && kw->len)) return exc_raise(t, &TypeErrorType, "NoneType takes no arguments");
    return VAL_NONE;
}

TypeObj NoneType = {
    .base = { .type = &TypeType },
    .name = "NoneType",
    .base_type = &ObjectType,
    .new_ = none_new,
    .repr = none_repr,
    .hash = singleton_hash,
    .truth = none_truth,
};

static Value notimpl_repr(Thread *t, Value self)
{
    (void)self;
    return str_from_cstr(t, "NotImplemented");
}

/* True, with CPython 3.12's DeprecationWarning (an error under
 * simplefilter("error")). */
static int notimpl_truth(Thread *t, Value self)
{
    (void)self;
    if (warn_emit(t, &DeprecationWarningType, "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}

TypeObj NotImplementedType = {
    .base = { .type = &TypeType },
    .name = "NotImplementedType",
    .base_type = &ObjectType,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .truth = notimpl_truth,
};

static Value ellipsis_repr(Thread *t, Value self)
{
    (void)self;
    return str_from_cstr(t, "Ellipsis");
}

TypeObj EllipsisType = {
    .base = { .type = &TypeType },
    .name = "ellipsis",
    .base_type = &ObjectType,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
};
