/*
 * ffi_memory.c -- ffi.CData (typed C memory) and ffi.Pointer.
 *
 * Every access through a CData is checked against its type: an index
 * against the array's length, a name against the struct's fields.  A
 * Pointer into memory aster allocated carries that memory's bounds and
 * checks them too; a pointer that came from C cannot be checked (C does
 * not say how much memory is there), so it is the script's word.
 *
 * Memory aster allocates (ffi.new, ffi.buffer, T(init)) belongs to the
 * CData made with it and is freed with it.  Views (a struct's field, an
 * array item, p[i] of a struct pointer) and pointers made by addressof or
 * cast hold the owning object, so the memory lives while any of them do.
 */
#include <stdio.h>
#include <string.h>
#include "ffi_objects.h"
#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"

/* ---- CData ---- */

/* The object that keeps cd's memory alive. */
static Value owner_of(Value cd)
{
    return CDATA(cd)->owns ? cd : CDATA(cd)->owner;
}

Value cdata_new(Thread *t, CTypeObj *ct, Value init)
{
    if (ct->kind == CT_VOID) return exc_raise(t, &TypeErrorType, "cannot allocate void");
    char *mem = mem_alloc(t, ct->size ? ct->size : 1);
    if (!mem) return VAL_ERROR;
    memset(mem, 0, ct->size ? ct->size : 1);
    CDataObj *cd = gc_alloc(t, &CDataType, sizeof(CDataObj));
    if (!cd) {
        mem_free(t->gc, mem, ct->size ? ct->size : 1);
        return VAL_ERROR;
    }
    cd->type = ct;
    cd->addr = mem;
    cd->owner = VAL_NONE;
    cd->owns = true;
    Value v = val_from_obj(cd);
    if (init == VAL_UNBOUND) return v;
    gc_push_root(t, v);
    int rc = ffi_set(t, ct, mem, init, false, WHERE_TEXT("initializer"));
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : v;
}

Value cdata_view(Thread *t, CTypeObj *ct, char *addr, Value owner)
{
    gc_push_root(t, owner);
    CDataObj *cd = gc_alloc(t, &CDataType, sizeof(CDataObj));
    gc_pop_roots(t, 1);
    if (!cd) return VAL_ERROR;
    cd->type = ct;
    cd->addr = addr;
    cd->owner = owner;
    cd->owns = false;
    return val_from_obj(cd);
}

static void cdata_trace(GC *gc, Obj *o)
{
    CDataObj *cd = (CDataObj *)o;
    gc_mark_obj(gc, (Obj *)cd->type);
    gc_mark_value(gc, cd->owner);
}

static void cdata_finalize(GC *gc, Obj *o)
{
    CDataObj *cd = (CDataObj *)o;
    if (cd->owns) mem_free(gc, cd->addr, cd->type->size ? cd->type->size : 1);
    cd->owns = false;
}

static CField *find_field(CTypeObj *ct, StrObj *name)
{
    if (ct->kind != CT_STRUCT) return NULL;
    for (size_t i = 0; i < ct->nfields; i++)
        if (str_eq_cstr(name, ct->fields[i].name)) return &ct->fields[i];
    return NULL;
}

static Value cdata_getattr(Thread *t, Value self, StrObj *name)
{
    CField *f = find_field(CDATA(self)->type, name);
    if (f) return ffi_get(t, f->type, CDATA(self)->addr + f->offset, owner_of(self));
    return generic_getattr(t, self, name);
}

static int cdata_setattr(Thread *t, Value self, StrObj *name, Value value)
{
    CField *f = find_field(CDATA(self)->type, name);
    if (!f) return generic_setattr(t, self, name, value);
    if (value == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "cannot delete a struct field");
        return -1;
    }
    return ffi_set(t, f->type, CDATA(self)->addr + f->offset, value, false, WHERE_FIELD(f->name));
}

static int64_t cdata_len(Thread *t, Value self)
{
    CTypeObj *ct = CDATA(self)->type;
    if (ct->kind == CT_ARRAY) return (int64_t)ct->length;
    exc_raise(t, &TypeErrorType, "CData %s has no len()", ct->name);
    return -1;
}

static bool is_byte_type(const CTypeObj *ct)
{
    return ct->kind == CT_INT && ct->size == 1;
}

/* items [start, start + n*step) of an array at base, as bytes for byte
 * items and a list otherwise. */
static Value read_items(Thread *t, CTypeObj *item, char *base, int64_t start, int64_t step, int64_t n,
                        Value owner)
{
    if (is_byte_type(item) && step == 1) return bytes_new(t, base + start, (size_t)n);
    Value list = list_new(t, (size_t)n);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    for (int64_t i = 0; i < n; i++) {
        Value v = ffi_get(t, item, base + (start + i * step) * (int64_t)item->size, owner);
        if (v == VAL_ERROR || list_append(t, list, v) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return list;
}

/* Writes the items of a bytes/list/tuple value to the slice. */
static int write_items(Thread *t, CTypeObj *item, char *base, int64_t start, int64_t step, int64_t n,
                       Value value)
{
    if (bytes_check(value) && is_byte_type(item)) {
        if ((int64_t)BYTES(value)->len != n) goto size;
        for (int64_t i = 0; i < n; i++) base[start + i * step] = (char)BYTES(value)->data[i];
        return 0;
    }
    Value seq = tuple_from_iterable(t, value);
    if (seq == VAL_ERROR) return -1;
    if ((int64_t)TUPLE(seq)->len != n) goto size;
    gc_push_root(t, seq);
    for (int64_t i = 0; i < n; i++) {
        if (ffi_set(t, item, base + (start + i * step) * (int64_t)item->size, TUPLE(seq)->items[i],
                    false, WHERE_ITEM(start + i * step)) < 0) {
            gc_pop_roots(t, 1);
            return -1;
        }
    }
    gc_pop_roots(t, 1);
    return 0;
size:
    exc_raise(t, &ValueErrorType, "slice assignment needs %lld items", (long long)n);
    return -1;
}

/* An index into an array of len items, negative ones from the end. */
static int array_index(Thread *t, Value key, int64_t len, const char *what, int64_t *out)
{
    int64_t i;
    if (slice_subscript_index(t, key, what, &i) < 0) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        exc_raise(t, &IndexErrorType, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

static Value cdata_getitem(Thread *t, Value self, Value key)
{
    CTypeObj *ct = CDATA(self)->type;
    if (ct->kind != CT_ARRAY) return exc_raise(t, &TypeErrorType, "CData %s is not subscriptable", ct->name);
    if (slice_check(key)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)ct->length, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        return read_items(t, ct->target, CDATA(self)->addr, start, step, n, owner_of(self));
    }
    int64_t i;
    if (array_index(t, key, (int64_t)ct->length, "array", &i) < 0) return VAL_ERROR;
    return ffi_get(t, ct->target, CDATA(self)->addr + i * (int64_t)ct->target->size, owner_of(self));
}

static int cdata_setitem(Thread *t, Value self, Value key, Value value)
{
    CTypeObj *ct = CDATA(self)->type;
    if (ct->kind != CT_ARRAY || value == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "CData %s does not support item %s", ct->name,
                  value == VAL_UNBOUND ? "deletion" : "assignment");
        return -1;
    }
    if (slice_check(key)) {
        int64_t start, stop, step, n;
        if (slice_indices(t, key, (int64_t)ct->length, &start, &stop, &step, &n) < 0) return -1;
        return write_items(t, ct->target, CDATA(self)->addr, start, step, n, value);
    }
    int64_t i;
    if (array_index(t, key, (int64_t)ct->length, "array", &i) < 0) return -1;
    char *at = CDATA(self)->addr + i * (int64_t)ct->target->size;
    return ffi_set(t, ct->target, at, value, false, WHERE_ITEM(i));
}

static Value cdata_repr(Thread *t, Value self)
{
    CTypeObj *ct = CDATA(self)->type;
    if (!ctype_is_scalar(ct) || ct->kind == CT_PTR || ct->kind == CT_STR || ct->kind == CT_BYTES) {
        char buf[300];
        snprintf(buf, sizeof buf, "<ffi.CData %s>", ct->name);
        return str_from_cstr(t, buf);
    }
    Value v = ffi_get(t, ct, CDATA(self)->addr, VAL_NONE);
    if (v == VAL_ERROR) return v;
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return r;
    char buf[300];
    snprintf(buf, sizeof buf, "<ffi.CData %s = %s>", ct->name, str_cstr(r));
    return str_from_cstr(t, buf);
}

static Value cdata_get_address(Thread *t, Value self)
{
    return int_from_u64(t, (uintptr_t)CDATA(self)->addr);
}
static Value cdata_get_type(Thread *t, Value self) { (void)t; return val_from_obj(CDATA(self)->type); }
static Value cdata_get_raw(Thread *t, Value self)
{
    return bytes_new(t, CDATA(self)->addr, CDATA(self)->type->size);
}

/* .value: a scalar's value; an array's items (bytes for byte arrays); a
 * struct's fields as a dict. */
static Value cdata_get_value(Thread *t, Value self)
{
    CDataObj *cd = CDATA(self);
    CTypeObj *ct = cd->type;
    if (ct->kind == CT_ARRAY)
        return read_items(t, ct->target, cd->addr, 0, 1, (int64_t)ct->length, owner_of(self));
    if (ct->kind != CT_STRUCT) return ffi_get(t, ct, cd->addr, owner_of(self));
    Value d = dict_new(t);
    if (d == VAL_ERROR) return d;
    gc_push_root(t, d);
    for (size_t i = 0; i < ct->nfields; i++) {
        CField *f = &ct->fields[i];
        Value v = ffi_get(t, f->type, cd->addr + f->offset, owner_of(self));
        if (v == VAL_ERROR || dict_set_cstr(t, (DictObj *)val_as_obj(d), f->name, v) < 0) {
            gc_pop_roots(t, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(t, 1);
    return d;
}

static int cdata_set_value(Thread *t, Value self, Value value)
{
    CDataObj *cd = CDATA(self);
    if (cd->type->kind == CT_ARRAY)
        return write_items(t, cd->type->target, cd->addr, 0, 1, (int64_t)cd->type->length, value);
    return ffi_set(t, cd->type, cd->addr, value, false, WHERE_TEXT("value"));
}

static const GetSetDef cdata_getset[] = {
    { "address", cdata_get_address, NULL },
    { "type", cdata_get_type, NULL },
    { "raw", cdata_get_raw, NULL },
    { "value", cdata_get_value, cdata_set_value },
    { NULL, NULL, NULL },
};

TypeObj CDataType = {
    .base = { .type = &TypeType },
    .name = "ffi.CData",
    .base_type = &ObjectType,
    .instance_size = sizeof(CDataObj),
    .trace = cdata_trace,
    .finalize = cdata_finalize,
    .repr = cdata_repr,
    .len = cdata_len,
    .getitem = cdata_getitem,
    .setitem = cdata_setitem,
    .getattr = cdata_getattr,
    .setattr = cdata_setattr,
    .getset = cdata_getset,
};

/* ---- Pointer ---- */

Value pointer_new(Thread *t, CTypeObj *ptrtype, char *addr, Value keep, char *lo, char *hi)
{
    gc_push_root(t, keep);
    gc_push_root(t, val_from_obj(ptrtype));
    PointerObj *p = gc_alloc(t, &PointerType, sizeof(PointerObj));
    gc_pop_roots(t, 2);
    if (!p) return VAL_ERROR;
    p->type = ptrtype;
    p->addr = addr;
    p->keep = keep;
    p->lo = lo;
    p->hi = hi;
    return val_from_obj(p);
}

static void pointer_trace(GC *gc, Obj *o)
{
    PointerObj *p = (PointerObj *)o;
    gc_mark_obj(gc, (Obj *)p->type);
    gc_mark_value(gc, p->keep);
}

/* The address of item i of p's target type, checked; NULL if it raised. */
static char *pointer_item(Thread *t, PointerObj *p, int64_t i, int64_t n)
{
    CTypeObj *target = p->type->target;
    if (target->kind == CT_VOID || target->size == 0) {
        exc_raise(t, &TypeErrorType, "cannot index a %s pointer: ffi.cast it to a typed one", p->type->name);
        return NULL;
    }
    if (!p->addr) {
        exc_raise(t, &ValueErrorType, "NULL pointer access");
        return NULL;
    }
    int64_t size = (int64_t)target->size;
    if (p->lo) {
        /* in bytes from addr: [i*size, (i+n)*size) within [lo, hi) */
        int64_t before = (int64_t)((uintptr_t)p->lo - (uintptr_t)p->addr);
        int64_t after = (int64_t)((uintptr_t)p->hi - (uintptr_t)p->addr), limit = INT64_MAX / 4 / size;
        if (i < -limit || i > limit || n < 0 || n > limit || i * size < before || (i + n) * size > after) {
            exc_raise(t, &IndexErrorType, "pointer index out of range");
            return NULL;
        }
    }
    /* unbounded: the script's word, with C's wrap-around */
    return (char *)((uintptr_t)p->addr + (uintptr_t)i * (uintptr_t)size);
}

/* p[a:b] reads b - a items (step 1, both bounds given). */
static int pointer_slice(Thread *t, Value key, int64_t *start, int64_t *n)
{
    SliceObj *s = SLICE(key);
    if (s->stop == VAL_NONE || (s->step != VAL_NONE && !(val_is_int(s->step) && val_as_int(s->step) == 1))) {
        exc_raise(t, &ValueErrorType, "a pointer slice needs a stop and step 1");
        return -1;
    }
    int64_t a = 0, b;
    if (s->start != VAL_NONE && op_index(t, s->start, &a) < 0) return -1;
    if (op_index(t, s->stop, &b) < 0) return -1;
    *start = a;
    *n = b > a ? b - a : 0;
    return 0;
}

static Value pointer_getitem(Thread *t, Value self, Value key)
{
    PointerObj *p = POINTER(self);
    int64_t i, n = 1;
    bool sliced = slice_check(key);
    if (sliced ? pointer_slice(t, key, &i, &n) < 0 : slice_subscript_index(t, key, "pointer", &i) < 0)
        return VAL_ERROR;
    char *at = pointer_item(t, p, i, n);
    if (!at) return VAL_ERROR;
    if (sliced) return read_items(t, p->type->target, at, 0, 1, n, p->keep);
    return ffi_get(t, p->type->target, at, p->keep);
}

static int pointer_setitem(Thread *t, Value self, Value key, Value value)
{
    PointerObj *p = POINTER(self);
    if (value == VAL_UNBOUND) {
        exc_raise(t, &TypeErrorType, "pointer items cannot be deleted");
        return -1;
    }
    int64_t i, n = 1;
    bool sliced = slice_check(key);
    if (sliced ? pointer_slice(t, key, &i, &n) < 0 : slice_subscript_index(t, key, "pointer", &i) < 0)
        return -1;
    char *at = pointer_item(t, p, i, n);
    if (!at) return -1;
    if (sliced) return write_items(t, p->type->target, at, 0, 1, n, value);
    return ffi_set(t, p->type->target, at, value, false, WHERE_TEXT("pointer item"));
}

static Value pointer_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (!pointer_check(a) || (op != BINOP_ADD && op != BINOP_SUB)) return VAL_NOTIMPL;
    PointerObj *p = POINTER(a);
    size_t size = p->type->target->size ? p->type->target->size : 1;
    if (op == BINOP_SUB && pointer_check(b)) {
        if (!ctype_same(p->type, POINTER(b)->type))
            return exc_raise(t, &TypeErrorType, "cannot subtract %s from %s", POINTER(b)->type->name,
                             p->type->name);
        return int_from_i64(t, (int64_t)((uintptr_t)p->addr - (uintptr_t)POINTER(b)->addr) / (int64_t)size);
    }
    if (!int_check(b)) return VAL_NOTIMPL;
    int64_t n;
    if (int_as_i64(t, b, &n) < 0) return VAL_ERROR;
    if (op == BINOP_SUB) n = -n;
    return pointer_new(t, p->type, (char *)((uintptr_t)p->addr + (uintptr_t)n * size), p->keep, p->lo, p->hi);
}

static Value pointer_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if (!pointer_check(a) || !pointer_check(b)) return VAL_NOTIMPL;
    uintptr_t x = (uintptr_t)POINTER(a)->addr, y = (uintptr_t)POINTER(b)->addr;
    switch (op) {
    case CMP_LT: return val_from_bool(x < y);
    case CMP_LE: return val_from_bool(x <= y);
    case CMP_EQ: return val_from_bool(x == y);
    case CMP_NE: return val_from_bool(x != y);
    case CMP_GT: return val_from_bool(x > y);
    default: return val_from_bool(x >= y);
    }
}

static int64_t pointer_hash(Thread *t, Value self)
{
    (void)t;
    int64_t h = (int64_t)((uintptr_t)POINTER(self)->addr >> 3);
    return h == -1 ? -2 : h;
}

static int pointer_truth(Thread *t, Value self)
{
    (void)t;
    return POINTER(self)->addr != NULL;
}

static Value pointer_repr(Thread *t, Value self)
{
    char buf[300];
    PointerObj *p = POINTER(self);
    if (p->addr) snprintf(buf, sizeof buf, "<ffi.Pointer %s to %p>", p->type->name, (void *)p->addr);
    else snprintf(buf, sizeof buf, "<ffi.Pointer %s NULL>", p->type->name);
    return str_from_cstr(t, buf);
}

static Value pointer_get_address(Thread *t, Value self)
{
    return int_from_u64(t, (uintptr_t)POINTER(self)->addr);
}
static Value pointer_get_type(Thread *t, Value self) { (void)t; return val_from_obj(POINTER(self)->type); }

static const GetSetDef pointer_getset[] = {
    { "address", pointer_get_address, NULL },
    { "type", pointer_get_type, NULL },
    { NULL, NULL, NULL },
};

TypeObj PointerType = {
    .base = { .type = &TypeType },
    .name = "ffi.Pointer",
    .base_type = &ObjectType,
    .instance_size = sizeof(PointerObj),
    .trace = pointer_trace,
    .repr = pointer_repr,
    .hash = pointer_hash,
    .truth = pointer_truth,
    .binary = pointer_binary,
    .compare = pointer_compare,
    .getitem = pointer_getitem,
    .setitem = pointer_setitem,
    .getset = pointer_getset,
};

/* ---- module functions about memory ---- */

Value ffi_fn_new(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "new", args, nargs, kw, "type|init", a) < 0) return VAL_ERROR;
    CTypeObj *ct = ctype_from(t, a[0]);
    if (!ct) return VAL_ERROR;
    gc_push_root(t, val_from_obj(ct));
    Value r = cdata_new(t, ct, a[1]);
    gc_pop_roots(t, 1);
    return r;
}

/* ffi.buffer(size) or ffi.buffer(bytes): a uint8 array. */
Value ffi_fn_buffer(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value init;
    if (arg_parse(t, "buffer", args, nargs, kw, "init", &init) < 0) return VAL_ERROR;
    int64_t n;
    if (bytes_check(init)) n = (int64_t)BYTES(init)->len;
    else if (op_index(t, init, &n) < 0) return VAL_ERROR;
    else init = VAL_UNBOUND;
    if (n < 0) return exc_raise(t, &ValueErrorType, "buffer size must not be negative");
    CTypeObj *ct = ctype_array(t, &ffi_uint8, (size_t)n);
    if (!ct) return VAL_ERROR;
    gc_push_root(t, val_from_obj(ct));
    Value r = cdata_new(t, ct, init);
    gc_pop_roots(t, 1);
    return r;
}

/* Bytes from addr up to a NUL, at most maxlen. */
static Value string_at(Thread *t, const char *addr, size_t maxlen)
{
    const char *end = memchr(addr, 0, maxlen);
    return bytes_new(t, addr, end ? (size_t)(end - addr) : maxlen);
}

Value ffi_fn_string(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "string", args, nargs, kw, "ptr|maxlen", a) < 0) return VAL_ERROR;
    int64_t maxlen = -1;
    if (a[1] != VAL_UNBOUND && op_index(t, a[1], &maxlen) < 0) return VAL_ERROR;
    size_t limit = maxlen < 0 ? SIZE_MAX : (size_t)maxlen;
    const char *addr;
    if (cdata_check(a[0])) {
        addr = CDATA(a[0])->addr;
        if (CDATA(a[0])->type->size < limit) limit = CDATA(a[0])->type->size;
    } else if (pointer_check(a[0])) {
        PointerObj *p = POINTER(a[0]);
        addr = p->addr;
        if (!addr) return exc_raise(t, &ValueErrorType, "NULL pointer access");
        if (p->lo) {
            uintptr_t at = (uintptr_t)addr, lo = (uintptr_t)p->lo, hi = (uintptr_t)p->hi;
            if (at < lo || at > hi) return exc_raise(t, &IndexErrorType, "pointer out of range");
            if (hi - at < limit) limit = hi - at;
        }
    } else {
        return exc_raise(t, &TypeErrorType, "string() expects a Pointer or CData, not %s",
                         val_type(a[0])->name);
    }
    if (limit == SIZE_MAX) return bytes_new(t, addr, strlen(addr));
    return string_at(t, addr, limit);
}

/* A pointer to cd's memory (to its first item for an array), bounded by
 * it, or to one of its fields. */
Value ffi_fn_addressof(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "addressof", args, nargs, kw, "cdata|field", a) < 0) return VAL_ERROR;
    if (!cdata_check(a[0]))
        return exc_raise(t, &TypeErrorType, "addressof() expects a CData, not %s", val_type(a[0])->name);
    CDataObj *cd = CDATA(a[0]);
    CTypeObj *ct = cd->type;
    char *addr = cd->addr;
    if (a[1] != VAL_UNBOUND) {
        if (!str_check(a[1])) return exc_raise(t, &TypeErrorType, "field name must be a str");
        CField *f = find_field(ct, STR(a[1]));
        if (!f) return exc_raise(t, &AttributeErrorType, "%s has no field '%s'", ct->name, str_cstr(a[1]));
        ct = f->type;
        addr += f->offset;
    }
    char *lo = addr, *hi = addr + ct->size;
    if (ct->kind == CT_ARRAY) ct = ct->target;
    CTypeObj *pt = ctype_pointer(t, ct);
    if (!pt) return VAL_ERROR;
    return pointer_new(t, pt, addr, owner_of(a[0]), lo, hi);
}

/* ffi.cast(T, v): a pointer type from an int, Pointer or CData; a scalar
 * type from a number or Pointer, wrapped as in C. */
Value ffi_fn_cast(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "cast", args, nargs, kw, "type,value", a) < 0) return VAL_ERROR;
    CTypeObj *ct = ctype_from(t, a[0]);
    if (!ct) return VAL_ERROR;
    Value v = a[1];
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, val_from_obj(ct));
    Value r = VAL_ERROR;
    if (ct->kind == CT_PTR) {
        if (pointer_check(v)) {
            PointerObj *p = POINTER(v);
            r = pointer_new(t, ct, p->addr, p->keep, p->lo, p->hi);
        } else if (cdata_check(v)) {
            CDataObj *cd = CDATA(v);
            r = pointer_new(t, ct, cd->addr, owner_of(v), cd->addr, cd->addr + cd->type->size);
        } else if (callback_code(v)) {
            r = pointer_new(t, ct, callback_code(v), v, NULL, NULL);
        } else if (int_check(v)) {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(v, z);
            uintptr_t addr = (uintptr_t)mpz_get_ui(z) * (mpz_sgn(z) < 0 ? (uintptr_t)-1 : 1);
            mpz_clear(z);
            r = pointer_new(t, ct, (char *)addr, VAL_NONE, NULL, NULL);
        } else {
            exc_raise(t, &TypeErrorType, "cannot cast %s to %s", val_type(v)->name, ct->name);
        }
    } else if (ct->kind == CT_INT || ct->kind == CT_BOOL || ct->kind == CT_FLOAT) {
        if (pointer_check(v)) v = int_from_u64(t, (uintptr_t)POINTER(v)->addr);
        else if (cdata_check(v) && ctype_is_scalar(CDATA(v)->type))
            v = ffi_get(t, CDATA(v)->type, CDATA(v)->addr, VAL_NONE);
        if (v == VAL_ERROR) goto out;
        gc_push_root(t, v);
        if (ct->kind == CT_FLOAT) {
            double d;
            if (!int_check(v) && !float_check(v)) {
                exc_raise(t, &TypeErrorType, "cannot cast %s to %s", val_type(v)->name, ct->name);
                goto out;
            }
            if (float_as_double(t, v, &d) < 0) goto out;
            r = val_from_double(ct->size == sizeof(float) ? (double)(float)d : d);
        } else if (ct->kind == CT_BOOL) {
            int b = op_truth(t, v);
            if (b >= 0) r = val_from_bool(b);
        } else {
            if (float_check(v)) v = int_from_double(t, float_value(v));
            if (v == VAL_ERROR) goto out;
            if (!int_check(v)) {
                exc_raise(t, &TypeErrorType, "cannot cast %s to %s", val_type(v)->name, ct->name);
                goto out;
            }
            /* the low bits, as C conversions keep them */
            mpz_t z;
            mpz_init(z);
            int_to_mpz(v, z);
            mpz_fdiv_r_2exp(z, z, 64);
            uint64_t bits = mpz_get_ui(z);
            mpz_clear(z);
            uint64_t lowbits = ct->size == 8 ? bits : bits & ((UINT64_C(1) << (ct->size * 8)) - 1);
            if (ct->is_signed && ct->size < 8 && (lowbits >> (ct->size * 8 - 1)))
                r = int_from_i64(t, (int64_t)lowbits - (INT64_C(1) << (ct->size * 8)));
            else if (ct->is_signed)
                r = int_from_i64(t, (int64_t)lowbits);
            else
                r = int_from_u64(t, lowbits);
        }
    } else {
        exc_raise(t, &TypeErrorType, "cannot cast to %s", ct->name);
    }
out:
    gc_root_reset(t, mark);
    return r;
}
