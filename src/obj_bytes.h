/*
 * obj_bytes.h -- bytes: immutable byte strings.  Decoding and encoding
 * live with str (str_decode, str_encode in obj_str.h).
 */
#ifndef ASTER_OBJ_BYTES_H
#define ASTER_OBJ_BYTES_H

#include "object.h"

typedef struct BytesObj {
    Obj base;
    int64_t hash;               /* -1 until computed */
    size_t len;
    unsigned char data[];       /* NUL-terminated for convenience */
} BytesObj;

#define BYTES(v) ((BytesObj *)val_as_obj(v))
static inline bool bytes_check(Value v) { return val_is_obj(v) && val_isinstance(v, &BytesType); }

/* A new bytes holding a copy of data.  May collect; MemoryError. */
Value bytes_new(Thread *t, const void *data, size_t len);
/* b'...' with Python's quoting and \xNN escapes. */
Value bytes_repr(Thread *t, Value b);
/* The same for len bytes at data, between prefix and suffix; with
 * escape_apostrophe, ' is escaped even when " quotes. */
Value bytes_repr_data(Thread *t, const char *prefix, const unsigned char *data, size_t len, const char *suffix,
                      bool escape_apostrophe);
/* A new iterator of type BytesIterType or BytearrayIterType over seq
 * (both types live in obj_bytes.c). */
Value bytes_iter_over(Thread *t, TypeObj *type, Value seq);
/* fn(args) with bytes copies in place of any bytearray arguments (the
 * keyword ones too): bytes' methods read their operands as BytesObj. */
Value bytes_call_on_copies(Thread *t, NativeFn fn, Value *args, int nargs, TupleObj *kwnames);
/* bytes' method named name (for bytearray, which shares them). */
NativeFn bytes_method(const char *name);

#endif
