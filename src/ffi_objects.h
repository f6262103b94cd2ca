/*
 * ffi_objects.h -- the `ffi` module's objects: C types, C memory, pointers,
 * libraries, foreign functions and callbacks (over libffi).
 *
 *   ffi_types.c   CType: the builtin scalar types, ptr/array/struct,
 *                 type names, and converting values to and from C memory
 *   ffi_memory.c  CData (typed C memory) and Pointer
 *   ffi_call.c    Library, Function (plain, variadic and async calls)
 *                 and Callback (aster functions as C function pointers)
 *   ffi_cdecl.c   parsing C declarations and type names in C syntax
 *   mod_ffi.c     the module's functions and start-up
 */
#ifndef ASTER_FFI_OBJECTS_H
#define ASTER_FFI_OBJECTS_H

#include <ffi.h>
#include "object.h"

typedef enum {
    CT_VOID, CT_BOOL, CT_INT, CT_FLOAT,
    CT_STR,                     /* char *, read as str */
    CT_BYTES,                   /* char *, read as bytes */
    CT_PTR, CT_ARRAY, CT_STRUCT,
} CKind;

typedef struct CTypeObj CTypeObj;

typedef struct {
    char *name;
    CTypeObj *type;
    size_t offset;
} CField;

struct CTypeObj {
    Obj base;
    CKind kind;
    bool is_signed;             /* CT_INT */
    bool heap_name;             /* name was malloc'ed (derived types) */
    size_t size, align;
    const char *name;           /* "int32", "double*", "struct tm", "int[4]" */
    ffi_type *ft;               /* how libffi passes it; NULL for arrays */
    CTypeObj *target;           /* CT_PTR: pointee (void for void*); CT_ARRAY: item */
    size_t length;              /* CT_ARRAY */
    CField *fields;             /* CT_STRUCT */
    size_t nfields;
};

/* C memory seen as one value of a C type: memory this object allocated
 * (owns), or a view into memory that `owner` keeps alive (VAL_NONE for
 * memory C owns). */
typedef struct {
    Obj base;
    CTypeObj *type;
    char *addr;
    Value owner;
    bool owns;
} CDataObj;

/* A C pointer.  When it points into memory aster allocated, `keep` holds
 * that memory alive and [lo, hi) bounds every access through it; a
 * pointer that came from C has keep VAL_NONE and lo == hi == NULL. */
typedef struct {
    Obj base;
    CTypeObj *type;             /* a CT_PTR type */
    char *addr;
    Value keep;
    char *lo, *hi;
} PointerObj;

extern TypeObj CTypeType, CDataType, PointerType, LibraryType, ForeignFunctionType, CallbackType,
    PendingCallType;
#define FFI_TYPES &CTypeType, &CDataType, &PointerType, &LibraryType, &ForeignFunctionType, \
    &CallbackType, &PendingCallType,

#define CTYPE(v) ((CTypeObj *)val_as_obj(v))
#define CDATA(v) ((CDataObj *)val_as_obj(v))
#define POINTER(v) ((PointerObj *)val_as_obj(v))
static inline bool ctype_check(Value v) { return val_is_type(v, &CTypeType); }
static inline bool cdata_check(Value v) { return val_is_type(v, &CDataType); }
static inline bool pointer_check(Value v) { return val_is_type(v, &PointerType); }

/* ---- ffi_types.c ---- */

/* The builtin types, NULL-terminated (static objects). */
extern CTypeObj *const ffi_builtin_types[];
extern CTypeObj ffi_void, ffi_bool, ffi_char, ffi_int8, ffi_uint8, ffi_int16, ffi_uint16, ffi_int32,
    ffi_uint32, ffi_int64, ffi_uint64, ffi_short, ffi_ushort, ffi_int, ffi_uint, ffi_long, ffi_ulong,
    ffi_size_t, ffi_ssize_t, ffi_float, ffi_double, ffi_str, ffi_voidp;

/* A CType from a CType or a type name ("double", "int*", "str");
 * TypeError / ValueError otherwise. */
CTypeObj *ctype_from(Thread *t, Value spec);
/* ptr(T), array(T, n): new heap types.  May collect. */
CTypeObj *ctype_pointer(Thread *t, CTypeObj *target);
CTypeObj *ctype_array(Thread *t, CTypeObj *item, size_t length);
/* The same C type (aliases such as int and int32 are). */
bool ctype_same(const CTypeObj *a, const CTypeObj *b);
/* Scalar kinds: read as one aster value. */
static inline bool ctype_is_scalar(const CTypeObj *ct)
{
    return ct->kind != CT_STRUCT && ct->kind != CT_ARRAY && ct->kind != CT_VOID;
}

/* Where a converted value goes, for error messages, which are only
 * formatted when raised: argument `index` of function `fn`; else field
 * `field`; else `text`; else item `index`. */
typedef struct {
    const char *fn, *field, *text;
    int64_t index;
} Where;
#define WHERE_ARG(f, i) (&(Where){ .fn = (f), .index = (i) })
#define WHERE_FIELD(name) (&(Where){ .field = (name) })
#define WHERE_TEXT(s) (&(Where){ .text = (s) })
#define WHERE_ITEM(i) (&(Where){ .index = (i) })

/* The value at addr, of type ct.  Structs and arrays come back as views
 * kept alive by owner.  May collect. */
Value ffi_get(Thread *t, CTypeObj *ct, const char *addr, Value owner);
/* Writes v to addr as type ct.  With as_arg, v is a call's argument,
 * alive for the call: a str or bytes may then be passed as a pointer to
 * its own bytes.  Returns 0, or -1 with TypeError / OverflowError
 * naming the destination w. */
int ffi_set(Thread *t, CTypeObj *ct, char *addr, Value v, bool as_arg, const Where *w);
/* The address v stands for, where a pointer to `target` is wanted (NULL
 * target: any): a Pointer, a CData (its address), a Callback (its code);
 * str/bytes only with as_arg.  -1 with TypeError. */
int ffi_address_of_value(Thread *t, CTypeObj *target, Value v, bool as_arg, const Where *w,
                         void **out);
/* Fills a new object's memory from an initial value (scalar, list or
 * tuple for arrays and structs, dict for structs, bytes for byte
 * arrays). */
int ffi_init_memory(Thread *t, CTypeObj *ct, char *addr, Value init);

/* ---- ffi_cdecl.c ---- */

/* A type in C syntax ("unsigned long", "const char *"); ValueError
 * "unknown C type name" otherwise. */
CTypeObj *ffi_parse_ctype(Thread *t, Value text);
/* One function declaration, "double frexp(double x, int *exp);", as the
 * tuple (name, restype, [argtypes], variadic).  types: a dict of extra
 * type names ("time_t", "struct tm"), or VAL_NONE.  ValueError naming the
 * place of a mistake. */
Value ffi_parse_cdecl(Thread *t, Value text, Value types);

/* ---- ffi_memory.c ---- */

/* New zeroed memory of type ct, optionally filled from init (VAL_UNBOUND:
 * none).  May collect. */
Value cdata_new(Thread *t, CTypeObj *ct, Value init);
/* A view of addr as ct, kept alive by owner. */
Value cdata_view(Thread *t, CTypeObj *ct, char *addr, Value owner);
/* A pointer of type ptrtype (CT_PTR) to addr; keep/lo/hi as in PointerObj. */
Value pointer_new(Thread *t, CTypeObj *ptrtype, char *addr, Value keep, char *lo, char *hi);

/* ---- ffi_call.c ---- */

/* The code address of a Callback value, or NULL if v is not one. */
void *callback_code(Value v);
Value ffi_load(Thread *t, Value name);
Value ffi_callback_new(Thread *t, Value fn, Value restype, Value argtypes);

#endif
