/*
 * ffi_types.c -- C types (ffi.CType) and the conversions between aster
 * values and C memory.
 *
 * The scalar types are static objects, like the builtin classes; the
 * derived ones (pointers, arrays, structs) live on the heap.  A struct's
 * layout follows the C rules (each field at the next multiple of its
 * alignment, the size rounded up to the largest alignment), which is
 * what the platform ABI does; libffi gets the same fields as an
 * ffi_type, arrays flattened into repeated items since it has no array
 * type.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
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
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"

/* ---- the builtin types ---- */

#define SCALAR(var, cname, k, sgn, ctype, fft) \
    CTypeObj var = { .base = { .type = &CTypeType }, .kind = (k), .is_signed = (sgn), \
                     .size = sizeof(ctype), .align = _Alignof(ctype), .name = (cname), .ft = &(fft) }

CTypeObj ffi_void = { .base = { .type = &CTypeType }, .kind = CT_VOID, .size = 0, .align = 1,
                      .name = "void", .ft = &ffi_type_void };
SCALAR(ffi_bool, "bool", CT_BOOL, false, _Bool, ffi_type_uint8);
SCALAR(ffi_char, "char", CT_INT, true, signed char, ffi_type_sint8);
SCALAR(ffi_int8, "int8", CT_INT, true, int8_t, ffi_type_sint8);
SCALAR(ffi_uint8, "uint8", CT_INT, false, uint8_t, ffi_type_uint8);
SCALAR(ffi_int16, "int16", CT_INT, true, int16_t, ffi_type_sint16);
SCALAR(ffi_uint16, "uint16", CT_INT, false, uint16_t, ffi_type_uint16);
SCALAR(ffi_int32, "int32", CT_INT, true, int32_t, ffi_type_sint32);
SCALAR(ffi_uint32, "uint32", CT_INT, false, uint32_t, ffi_type_uint32);
SCALAR(ffi_int64, "int64", CT_INT, true, int64_t, ffi_type_sint64);
SCALAR(ffi_uint64, "uint64", CT_INT, false, uint64_t, ffi_type_uint64);
SCALAR(ffi_short, "short", CT_INT, true, short, ffi_type_sshort);
SCALAR(ffi_ushort, "ushort", CT_INT, false, unsigned short, ffi_type_ushort);
SCALAR(ffi_int, "int", CT_INT, true, int, ffi_type_sint);
SCALAR(ffi_uint, "uint", CT_INT, false, unsigned int, ffi_type_uint);
SCALAR(ffi_long, "long", CT_INT, true, long, ffi_type_slong);
SCALAR(ffi_ulong, "ulong", CT_INT, false, unsigned long, ffi_type_ulong);
SCALAR(ffi_longlong, "longlong", CT_INT, true, long long, ffi_type_sint64);
SCALAR(ffi_ulonglong, "ulonglong", CT_INT, false, unsigned long long, ffi_type_uint64);
SCALAR(ffi_size_t, "size_t", CT_INT, false, size_t, ffi_type_uint64);
SCALAR(ffi_ssize_t, "ssize_t", CT_INT, true, ssize_t, ffi_type_sint64);
SCALAR(ffi_float, "float", CT_FLOAT, true, float, ffi_type_float);
SCALAR(ffi_double, "double", CT_FLOAT, true, double, ffi_type_double);
SCALAR(ffi_str, "str", CT_STR, false, char *, ffi_type_pointer);
SCALAR(ffi_bytes, "bytes", CT_BYTES, false, char *, ffi_type_pointer);
CTypeObj ffi_voidp = { .base = { .type = &CTypeType }, .kind = CT_PTR, .size = sizeof(void *),
                       .align = _Alignof(void *), .name = "void*", .ft = &ffi_type_pointer,
                       .target = &ffi_void };

_Static_assert(sizeof(size_t) == 8 && sizeof(long) == 8, "ffi assumes an LP64 platform");

CTypeObj *const ffi_builtin_types[] = {
    &ffi_void, &ffi_bool, &ffi_char, &ffi_int8, &ffi_uint8, &ffi_int16, &ffi_uint16,
    &ffi_int32, &ffi_uint32, &ffi_int64, &ffi_uint64, &ffi_short, &ffi_ushort, &ffi_int,
    &ffi_uint, &ffi_long, &ffi_ulong, &ffi_longlong, &ffi_ulonglong, &ffi_size_t,
    &ffi_ssize_t, &ffi_float, &ffi_double, &ffi_str, &ffi_bytes, &ffi_voidp, NULL,
};

/* ---- derived types ---- */

static CTypeObj *ctype_alloc(Thread *t, CKind kind, char *name)
{
    if (!name) {
        exc_no_memory(t);
        return NULL;
    }
    CTypeObj *ct = gc_alloc(t, &CTypeType, sizeof(CTypeObj));
    if (!ct) {
        free(name);
        return NULL;
    }
    ct->kind = kind;
    ct->name = name;
    ct->heap_name = true;
    return ct;
}

static char *format_name(const char *fmt, const char *a, size_t n)
{
    int len = snprintf(NULL, 0, fmt, a, n);
    char *s = malloc((size_t)len + 1);
    if (s) snprintf(s, (size_t)len + 1, fmt, a, n);
    return s;
}

CTypeObj *ctype_pointer(Thread *t, CTypeObj *target)
{
    CTypeObj *ct = ctype_alloc(t, CT_PTR, format_name("%s*", target->name, 0));
    if (!ct) return NULL;
    ct->size = sizeof(void *);
    ct->align = _Alignof(void *);
    ct->ft = &ffi_type_pointer;
    ct->target = target;
    return ct;
}

CTypeObj *ctype_array(Thread *t, CTypeObj *item, size_t length)
{
    if (item->kind == CT_VOID) {
        exc_raise(t, &TypeErrorType, "array of void");
        return NULL;
    }
    if (item->size && length > SIZE_MAX / 2 / item->size) {
        exc_raise(t, &OverflowErrorType, "array too large");
        return NULL;
    }
    CTypeObj *ct = ctype_alloc(t, CT_ARRAY, format_name("%s[%zu]", item->name, length));
    if (!ct) return NULL;
    ct->size = item->size * length;
    ct->align = item->align;
    ct->target = item;
    ct->length = length;
    return ct;
}

bool ctype_same(const CTypeObj *a, const CTypeObj *b)
{
    if (a == b) return true;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CT_INT: return a->size == b->size && a->is_signed == b->is_signed;
    case CT_FLOAT: return a->size == b->size;
    case CT_PTR: return ctype_same(a->target, b->target);
    case CT_ARRAY: return a->length == b->length && ctype_same(a->target, b->target);
    case CT_STRUCT: return false;
    default: return true;
    }
}

/* Items libffi sees for one field: arrays flatten. */
static size_t ffi_items(const CTypeObj *ct)
{
    return ct->kind == CT_ARRAY ? ct->length * ffi_items(ct->target) : 1;
}

static ffi_type **put_ffi_items(const CTypeObj *ct, ffi_type **out)
{
    if (ct->kind != CT_ARRAY) {
        *out++ = ct->ft;
        return out;
    }
    for (size_t i = 0; i < ct->length; i++) out = put_ffi_items(ct->target, out);
    return out;
}

/* ffi.struct(name, fields): fields is a sequence of (name, type) pairs. */
static CTypeObj *ctype_struct(Thread *t, Value name, Value fields)
{
    if (!str_check(name)) {
        exc_raise(t, &TypeErrorType, "struct name must be a str");
        return NULL;
    }
    Value items = tuple_from_iterable(t, fields);
    if (items == VAL_ERROR) return NULL;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, items);
    TupleObj *tup = TUPLE(items);
    CTypeObj *ct = NULL;
    CTypeObj **types = NULL;
    if (tup->len == 0) {
        exc_raise(t, &ValueErrorType, "struct %s has no fields", str_cstr(name));
        goto out;
    }
    types = calloc(tup->len, sizeof *types);
    if (!types) {
        exc_no_memory(t);
        goto out;
    }
    /* Check every field before making the type. */
    for (size_t i = 0; i < tup->len; i++) {
        Value f = tup->items[i];
        if (!tuple_check(f) || TUPLE(f)->len != 2 || !str_check(TUPLE(f)->items[0])) {
            exc_raise(t, &TypeErrorType, "struct fields must be (name, type) pairs");
            goto out;
        }
        types[i] = ctype_from(t, TUPLE(f)->items[1]);
        if (!types[i]) goto out;
        gc_push_root(t, val_from_obj(types[i]));
        if (types[i]->kind == CT_VOID) {
            exc_raise(t, &TypeErrorType, "field %s cannot be void", str_cstr(TUPLE(f)->items[0]));
            goto out;
        }
    }
    CTypeObj *made = ctype_alloc(t, CT_STRUCT, format_name("struct %s", str_cstr(name), 0));
    if (!made) goto out;
    gc_push_root(t, val_from_obj(made));
    made->fields = calloc(tup->len, sizeof(CField));
    ffi_type *ft = calloc(1, sizeof(ffi_type));
    made->ft = ft;
    if (!made->fields || !ft) {
        exc_no_memory(t);
        goto out;
    }
    ft->type = FFI_TYPE_STRUCT;
    size_t offset = 0, align = 1, nitems = 0;
    for (size_t i = 0; i < tup->len; i++) {
        CField *f = &made->fields[made->nfields++];
        f->type = types[i];
        f->name = strdup(str_cstr(TUPLE(tup->items[i])->items[0]));
        if (!f->name) {
            exc_no_memory(t);
            goto out;
        }
        offset = (offset + f->type->align - 1) / f->type->align * f->type->align;
        f->offset = offset;
        offset += f->type->size;
        if (f->type->align > align) align = f->type->align;
        nitems += ffi_items(f->type);
    }
    ft->elements = calloc(nitems + 1, sizeof(ffi_type *));
    if (!ft->elements) {
        exc_no_memory(t);
        goto out;
    }
    ffi_type **p = ft->elements;
    for (size_t i = 0; i < made->nfields; i++) p = put_ffi_items(made->fields[i].type, p);
    made->size = (offset + align - 1) / align * align;
    made->align = align;
    ct = made;
out:
    free(types);
    gc_root_reset(t, mark);
    return ct;
}

/* A builtin type by name, or NULL. */
static CTypeObj *builtin_named(const char *s, size_t len)
{
    for (CTypeObj *const *p = ffi_builtin_types; *p; p++)
        if (strlen((*p)->name) == len && memcmp((*p)->name, s, len) == 0) return *p;
    return NULL;
}

CTypeObj *ctype_from(Thread *t, Value spec)
{
    if (ctype_check(spec)) return CTYPE(spec);
    if (!str_check(spec)) {
        exc_raise(t, &TypeErrorType, "expected an ffi type or a type name, not %s", val_type(spec)->name);
        return NULL;
    }
    /* the quick way: a builtin name followed by any number of '*' */
    const char *s = str_cstr(spec);
    size_t len = STR(spec)->len;
    while (len && s[len - 1] == ' ') len--;
    while (*s == ' ') s++, len--;
    size_t stars = 0, base = len;
    while (base && (s[base - 1] == '*' || s[base - 1] == ' ')) stars += s[--base] == '*';
    CTypeObj *ct = base ? builtin_named(s, base) : NULL;
    if (!ct) return ffi_parse_ctype(t, spec);
    uint32_t mark = gc_root_mark(t);
    for (size_t i = 0; i < stars && ct; i++) {
        ct = ctype_pointer(t, ct);
        if (ct) gc_push_root(t, val_from_obj(ct));
    }
    gc_root_reset(t, mark);
    return ct;
}

/* ---- C memory to values ---- */

Value ffi_get(Thread *t, CTypeObj *ct, const char *addr, Value owner)
{
    switch (ct->kind) {
    case CT_VOID: return VAL_NONE;
    case CT_BOOL: return val_from_bool(*(const _Bool *)addr);
    case CT_INT:
        if (ct->is_signed) {
            int64_t v;
            switch (ct->size) {
            case 1: v = *(const int8_t *)addr; break;
            case 2: v = *(const int16_t *)addr; break;
            case 4: v = *(const int32_t *)addr; break;
            default: v = *(const int64_t *)addr; break;
            }
            return int_from_i64(t, v);
        } else {
            uint64_t v;
            switch (ct->size) {
            case 1: v = *(const uint8_t *)addr; break;
            case 2: v = *(const uint16_t *)addr; break;
            case 4: v = *(const uint32_t *)addr; break;
            default: v = *(const uint64_t *)addr; break;
            }
            return int_from_u64(t, v);
        }
    case CT_FLOAT:
        return val_from_double(ct->size == sizeof(float) ? *(const float *)addr : *(const double *)addr);
    case CT_STR:
    case CT_BYTES: {
        const char *s = *(char *const *)addr;
        if (!s) return VAL_NONE;
        if (ct->kind == CT_BYTES) return bytes_new(t, s, strlen(s));
        return str_decode(t, s, strlen(s), VAL_UNBOUND, VAL_UNBOUND);
    }
    case CT_PTR:
        return pointer_new(t, ct, *(char *const *)addr, VAL_NONE, NULL, NULL);
    case CT_ARRAY:
    case CT_STRUCT:
        return cdata_view(t, ct, (char *)addr, owner);
    }
    return VAL_NONE;
}

/* ---- values to C memory ---- */

static void where_format(const Where *w, char *buf, size_t size)
{
    if (w->fn) snprintf(buf, size, "%s() argument %lld", w->fn, (long long)w->index);
    else if (w->field) snprintf(buf, size, "field %s", w->field);
    else if (w->text) snprintf(buf, size, "%s", w->text);
    else snprintf(buf, size, "item %lld", (long long)w->index);
}

/* exc_raise with the destination's name in front. */
static int raise_at(Thread *t, TypeObj *type, const Where *w, const char *fmt, ...)
{
    char where[200], msg[400];
    where_format(w, where, sizeof where);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    exc_raise(t, type, "%s: %s", where, msg);
    return -1;
}

static int type_error(Thread *t, const Where *w, const CTypeObj *ct, Value v)
{
    return raise_at(t, &TypeErrorType, w, "expected %s, got %s", ct->name, val_type(v)->name);
}

/* An int in the range of integer type ct, as its 64 bits. */
static int int_bits(Thread *t, CTypeObj *ct, Value v, const Where *w, uint64_t *out)
{
    if (cdata_check(v) && (CDATA(v)->type->kind == CT_INT || CDATA(v)->type->kind == CT_BOOL)) {
        Value inner = ffi_get(t, CDATA(v)->type, CDATA(v)->addr, VAL_NONE);
        if (inner == VAL_ERROR) return -1;
        v = inner;
    }
    if (!int_check(v)) {
        return type_error(t, w, ct, v);
    }
    unsigned bits = (unsigned)ct->size * 8;
    bool fits;
    if (val_is_int(v) || val_is_bool(v)) {
        int64_t i = val_is_bool(v) ? v == VAL_TRUE : val_as_int(v);
        *out = (uint64_t)i;
        int64_t half = bits == 64 ? 0 : INT64_C(1) << (bits - 1);
        if (ct->is_signed) fits = bits == 64 || (i >= -half && i < half);
        else fits = i >= 0 && (bits == 64 || (uint64_t)i < (UINT64_C(1) << bits));
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        if (ct->is_signed) {
            fits = bits == 64 && mpz_fits_slong_p(z);
            if (fits) *out = (uint64_t)mpz_get_si(z);
        } else {
            fits = bits == 64 && mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
            if (fits) *out = mpz_get_ui(z);
        }
        mpz_clear(z);
    }
    if (fits) return 0;
    Value r = op_repr(t, v);
    if (r == VAL_ERROR) return -1;
    return raise_at(t, &OverflowErrorType, w, "int %s does not fit %s", str_cstr(r), ct->name);
}

/* Pointers to bytes of either signedness mix freely, as char* and
 * unsigned char* do in C. */
static bool pointee_fits(const CTypeObj *have, const CTypeObj *want)
{
    if (ctype_same(have, want)) return true;
    return have->kind == CT_INT && want->kind == CT_INT && have->size == 1 && want->size == 1;
}

int ffi_address_of_value(Thread *t, CTypeObj *target, Value v, bool as_arg, const Where *w,
                         void **out)
{
    bool any = !target || target->kind == CT_VOID;
    if (pointer_check(v)) {
        CTypeObj *pt = POINTER(v)->type->target;
        if (any || pt->kind == CT_VOID || pointee_fits(pt, target)) {
            *out = POINTER(v)->addr;
            return 0;
        }
    } else if (cdata_check(v)) {
        CTypeObj *ct = CDATA(v)->type;
        if (any || pointee_fits(ct, target) || (ct->kind == CT_ARRAY && pointee_fits(ct->target, target))) {
            *out = CDATA(v)->addr;
            return 0;
        }
    } else if (callback_code(v)) {
        if (any) {
            *out = callback_code(v);
            return 0;
        }
    } else if (as_arg && (str_check(v) || bytes_check(v))) {
        if (any || (target->kind == CT_INT && target->size == 1)) {
            *out = str_check(v) ? (void *)STR(v)->data : (void *)BYTES(v)->data;
            return 0;
        }
    } else if (str_check(v) || bytes_check(v)) {
        return raise_at(t, &TypeErrorType, w,
                        "a %s cannot be stored in C memory (it only lives for a call); "
                        "copy it into an ffi.buffer and store that", val_type(v)->name);
    } else if (v == VAL_NONE) {
        return raise_at(t, &TypeErrorType, w, "expected %s*, got None (use ffi.NULL for a null pointer)",
                        target ? target->name : "void");
    }
    if (pointer_check(v) || cdata_check(v)) {
        const char *got = pointer_check(v) ? POINTER(v)->type->name : CDATA(v)->type->name;
        return raise_at(t, &TypeErrorType, w, "expected %s*, got %s %s", target->name,
                        pointer_check(v) ? "pointer" : "cdata", got);
    }
    return raise_at(t, &TypeErrorType, w, "expected %s*, got %s", target ? target->name : "void",
                    val_type(v)->name);
}

int ffi_set(Thread *t, CTypeObj *ct, char *addr, Value v, bool as_arg, const Where *w)
{
    switch (ct->kind) {
    case CT_VOID:
        return raise_at(t, &TypeErrorType, w, "cannot store a value as void");
    case CT_BOOL:
        if (!int_check(v)) return type_error(t, w, ct, v);
        *(_Bool *)addr = int_sign(v) != 0;
        return 0;
    case CT_INT: {
        uint64_t bits = 0;
        if (int_bits(t, ct, v, w, &bits) < 0) return -1;
        switch (ct->size) {
        case 1: *(uint8_t *)addr = (uint8_t)bits; break;
        case 2: *(uint16_t *)addr = (uint16_t)bits; break;
        case 4: *(uint32_t *)addr = (uint32_t)bits; break;
        default: *(uint64_t *)addr = bits; break;
        }
        return 0;
    }
    case CT_FLOAT: {
        if (cdata_check(v) && ctype_is_scalar(CDATA(v)->type)) {
            v = ffi_get(t, CDATA(v)->type, CDATA(v)->addr, VAL_NONE);
            if (v == VAL_ERROR) return -1;
        }
        if (!int_check(v) && !float_check(v)) return type_error(t, w, ct, v);
        double d;
        if (float_as_double(t, v, &d) < 0) return -1;
        if (ct->size == sizeof(float)) *(float *)addr = (float)d;
        else *(double *)addr = d;
        return 0;
    }
    case CT_STR:
    case CT_BYTES:
        if (str_check(v) || bytes_check(v)) {
            if (!as_arg) return ffi_address_of_value(t, &ffi_char, v, false, w, (void **)addr);
            *(const void **)addr = str_check(v) ? (const void *)STR(v)->data : (const void *)BYTES(v)->data;
            return 0;
        }
        return ffi_address_of_value(t, &ffi_char, v, as_arg, w, (void **)addr);
    case CT_PTR:
        return ffi_address_of_value(t, ct->target, v, as_arg, w, (void **)addr);
    case CT_STRUCT:
    case CT_ARRAY:
        if (cdata_check(v) && ctype_same(CDATA(v)->type, ct)) {
            memmove(addr, CDATA(v)->addr, ct->size);
            return 0;
        }
        /* as a C initializer does, zero what it leaves out */
        memset(addr, 0, ct->size);
        return ffi_init_memory(t, ct, addr, v);
    }
    return 0;
}

/* ---- initialisers ---- */

static int init_field(Thread *t, CField *f, char *base, Value v)
{
    return ffi_set(t, f->type, base + f->offset, v, false, WHERE_FIELD(f->name));
}

int ffi_init_memory(Thread *t, CTypeObj *ct, char *addr, Value init)
{
    if (ct->kind == CT_ARRAY && bytes_check(init) && ct->target->kind == CT_INT && ct->target->size == 1) {
        if (BYTES(init)->len > ct->length) {
            exc_raise(t, &IndexErrorType, "%zu bytes do not fit %s", BYTES(init)->len, ct->name);
            return -1;
        }
        memcpy(addr, BYTES(init)->data, BYTES(init)->len);
        return 0;
    }
    if (ct->kind == CT_STRUCT && dict_check(init)) {
        for (size_t i = 0; i < ct->nfields; i++) {
            StrObj *key = str_intern(t, ct->fields[i].name);
            if (!key) return -1;
            Value v = dict_get_str((DictObj *)val_as_obj(init), key);
            if (v != VAL_UNBOUND && init_field(t, &ct->fields[i], addr, v) < 0) return -1;
        }
        if (op_len(t, init) > 0) {
            /* every key must name a field */
            size_t found = 0;
            for (size_t i = 0; i < ct->nfields; i++) {
                StrObj *key = str_intern(t, ct->fields[i].name);
                if (!key) return -1;
                found += dict_get_str((DictObj *)val_as_obj(init), key) != VAL_UNBOUND;
            }
            if ((int64_t)found != op_len(t, init)) {
                exc_raise(t, &TypeErrorType, "%s: unknown field in initializer", ct->name);
                return -1;
            }
        }
        return 0;
    }
    if (ct->kind == CT_STRUCT || ct->kind == CT_ARRAY) {
        if (!list_check(init) && !tuple_check(init)) {
            exc_raise(t, &TypeErrorType, "%s: expected a list or tuple initializer, got %s", ct->name,
                      val_type(init)->name);
            return -1;
        }
        Value *items = list_check(init) ? LIST(init)->items : TUPLE(init)->items;
        size_t n = list_check(init) ? LIST(init)->len : TUPLE(init)->len;
        size_t max = ct->kind == CT_ARRAY ? ct->length : ct->nfields;
        if (n > max) {
            exc_raise(t, &IndexErrorType, "%s: too many initializers (%zu, at most %zu)", ct->name, n, max);
            return -1;
        }
        for (size_t i = 0; i < n; i++) {
            /* a list may change under script code run by a conversion */
            if (list_check(init) && i >= LIST(init)->len) break;
            Value v = list_check(init) ? LIST(init)->items[i] : items[i];
            if (ct->kind == CT_STRUCT) {
                if (init_field(t, &ct->fields[i], addr, v) < 0) return -1;
            } else {
                if (ffi_set(t, ct->target, addr + i * ct->target->size, v, false, WHERE_ITEM((int64_t)i)) < 0)
                    return -1;
            }
        }
        return 0;
    }
    return ffi_set(t, ct, addr, init, false, WHERE_TEXT("initializer"));
}

/* ---- the CType type ---- */

static void ctype_trace(GC *gc, Obj *o)
{
    CTypeObj *ct = (CTypeObj *)o;
    gc_mark_obj(gc, (Obj *)ct->target);
    for (size_t i = 0; i < ct->nfields; i++) gc_mark_obj(gc, (Obj *)ct->fields[i].type);
}

static void ctype_finalize(GC *gc, Obj *o)
{
    (void)gc;
    CTypeObj *ct = (CTypeObj *)o;
    if (ct->heap_name) free((char *)ct->name);
    for (size_t i = 0; i < ct->nfields; i++) free(ct->fields[i].name);
    free(ct->fields);
    if (ct->kind == CT_STRUCT && ct->ft) {
        free(ct->ft->elements);
        free(ct->ft);
    }
}

static Value ctype_repr(Thread *t, Value self)
{
    char buf[256];
    snprintf(buf, sizeof buf, "<ffi.CType %s>", CTYPE(self)->name);
    return str_from_cstr(t, buf);
}

static Value ctype_compare(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if ((op != CMP_EQ && op != CMP_NE) || !ctype_check(b)) return VAL_NOTIMPL;
    return val_from_bool(ctype_same(CTYPE(a), CTYPE(b)) == (op == CMP_EQ));
}

/* Equal types (ctype_same) must hash alike: aliases share kind, size and
 * signedness, derived types hash what they are made of. */
static uint64_t structural_hash(const CTypeObj *ct)
{
    uint64_t h = (uint64_t)ct->kind * 1000003u + ct->size * 31u + ct->is_signed;
    switch (ct->kind) {
    case CT_STRUCT: return (uintptr_t)ct >> 4;
    case CT_PTR: return h ^ (structural_hash(ct->target) * 31u);
    case CT_ARRAY: return h ^ (structural_hash(ct->target) * 31u + ct->length);
    default: return h;
    }
}

static int64_t ctype_hash(Thread *t, Value self)
{
    (void)t;
    int64_t h = (int64_t)structural_hash(CTYPE(self));
    return h == -1 ? -2 : h;
}

/* T(init) is ffi.new(T, init). */
static Value ctype_call(Thread *t, Value self, Value *args, int nargs, TupleObj *kw)
{
    Value init;
    if (arg_parse(t, CTYPE(self)->name, args, nargs, kw, "|init", &init) < 0) return VAL_ERROR;
    return cdata_new(t, CTYPE(self), init);
}

static Value ctype_get_name(Thread *t, Value self) { return str_from_cstr(t, CTYPE(self)->name); }
static Value ctype_get_size(Thread *t, Value self) { return int_from_u64(t, CTYPE(self)->size); }
static Value ctype_get_kind(Thread *t, Value self)
{
    static const char *const kinds[] = { "void", "bool", "int", "float", "str", "bytes",
                                         "pointer", "array", "struct" };
    return str_from_cstr(t, kinds[CTYPE(self)->kind]);
}
static Value ctype_get_target(Thread *t, Value self)
{
    (void)t;
    CTypeObj *ct = CTYPE(self);
    return ct->target ? val_from_obj(ct->target) : VAL_NONE;
}
static Value ctype_get_length(Thread *t, Value self)
{
    CTypeObj *ct = CTYPE(self);
    return ct->kind == CT_ARRAY ? int_from_u64(t, ct->length) : VAL_NONE;
}
static Value ctype_get_fields(Thread *t, Value self)
{
    CTypeObj *ct = CTYPE(self);
    if (ct->kind != CT_STRUCT) return VAL_NONE;
    Value list = list_new(t, ct->nfields);
    if (list == VAL_ERROR) return list;
    gc_push_root(t, list);
    for (size_t i = 0; i < ct->nfields; i++) {
        Value name = str_from_cstr(t, ct->fields[i].name);
        if (name == VAL_ERROR) goto fail;
        gc_push_root(t, name);
        Value pair = tuple_pack(t, 2, name, val_from_obj(ct->fields[i].type));
        gc_pop_roots(t, 1);
        if (pair == VAL_ERROR || list_append(t, list, pair) < 0) goto fail;
    }
    gc_pop_roots(t, 1);
    return list;
fail:
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

static const GetSetDef ctype_getset[] = {
    { "name", ctype_get_name, NULL },
    { "size", ctype_get_size, NULL },
    { "kind", ctype_get_kind, NULL },
    { "target", ctype_get_target, NULL },
    { "length", ctype_get_length, NULL },
    { "fields", ctype_get_fields, NULL },
    { NULL, NULL, NULL },
};

TypeObj CTypeType = {
    .base = { .type = &TypeType },
    .name = "ffi.CType",
    .base_type = &ObjectType,
    .instance_size = sizeof(CTypeObj),
    .trace = ctype_trace,
    .finalize = ctype_finalize,
    .repr = ctype_repr,
    .compare = ctype_compare,
    .hash = ctype_hash,
    .call = ctype_call,
    .getset = ctype_getset,
};

/* ---- the module functions that make types ---- */

Value ffi_fn_ptr(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value spec;
    if (arg_parse(t, "ptr", args, nargs, kw, "type", &spec) < 0) return VAL_ERROR;
    CTypeObj *target = ctype_from(t, spec);
    if (!target) return VAL_ERROR;
    gc_push_root(t, val_from_obj(target));
    CTypeObj *ct = ctype_pointer(t, target);
    gc_pop_roots(t, 1);
    return ct ? val_from_obj(ct) : VAL_ERROR;
}

Value ffi_fn_array(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "array", args, nargs, kw, "type,length", a) < 0) return VAL_ERROR;
    int64_t n;
    if (op_index(t, a[1], &n) < 0) return VAL_ERROR;
    if (n < 0) return exc_raise(t, &ValueErrorType, "array length must not be negative");
    CTypeObj *item = ctype_from(t, a[0]);
    if (!item) return VAL_ERROR;
    gc_push_root(t, val_from_obj(item));
    CTypeObj *ct = ctype_array(t, item, (size_t)n);
    gc_pop_roots(t, 1);
    return ct ? val_from_obj(ct) : VAL_ERROR;
}

Value ffi_fn_struct(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "struct", args, nargs, kw, "name,fields", a) < 0) return VAL_ERROR;
    CTypeObj *ct = ctype_struct(t, a[0], a[1]);
    return ct ? val_from_obj(ct) : VAL_ERROR;
}

Value ffi_fn_typeof(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value spec;
    if (arg_parse(t, "typeof", args, nargs, kw, "x", &spec) < 0) return VAL_ERROR;
    if (cdata_check(spec)) return val_from_obj(CDATA(spec)->type);
    if (pointer_check(spec)) return val_from_obj(POINTER(spec)->type);
    CTypeObj *ct = ctype_from(t, spec);
    return ct ? val_from_obj(ct) : VAL_ERROR;
}

/* The type of a sizeof/alignof argument: a type, a name, or a CData. */
static CTypeObj *type_of_arg(Thread *t, Value v)
{
    if (cdata_check(v)) return CDATA(v)->type;
    if (pointer_check(v)) return POINTER(v)->type;
    return ctype_from(t, v);
}

Value ffi_fn_sizeof(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value v;
    if (arg_parse(t, "sizeof", args, nargs, kw, "x", &v) < 0) return VAL_ERROR;
    CTypeObj *ct = type_of_arg(t, v);
    return ct ? int_from_u64(t, ct->size) : VAL_ERROR;
}

Value ffi_fn_alignof(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value v;
    if (arg_parse(t, "alignof", args, nargs, kw, "x", &v) < 0) return VAL_ERROR;
    CTypeObj *ct = type_of_arg(t, v);
    return ct ? int_from_u64(t, ct->align) : VAL_ERROR;
}

Value ffi_fn_offsetof(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    Value a[2];
    if (arg_parse(t, "offsetof", args, nargs, kw, "type,field", a) < 0) return VAL_ERROR;
    CTypeObj *ct = ctype_from(t, a[0]);
    if (!ct) return VAL_ERROR;
    if (ct->kind != CT_STRUCT) return exc_raise(t, &TypeErrorType, "offsetof: %s is not a struct", ct->name);
    if (!str_check(a[1])) return exc_raise(t, &TypeErrorType, "offsetof: field name must be a str");
    for (size_t i = 0; i < ct->nfields; i++)
        if (strcmp(ct->fields[i].name, str_cstr(a[1])) == 0) return int_from_u64(t, ct->fields[i].offset);
    return exc_raise(t, &AttributeErrorType, "%s has no field '%s'", ct->name, str_cstr(a[1]));
}
