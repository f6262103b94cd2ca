/*
 * obj_bytearray.h -- bytearray: mutable byte strings.  The bytes are
 * kept in a buffer outside the heap (mem_alloc), grown as needed.
 */
#ifndef ASTER_OBJ_BYTEARRAY_H
#define ASTER_OBJ_BYTEARRAY_H

#include "obj_bytes.h"

typedef struct BytearrayObj {
    Obj base;
    unsigned char *data;        /* NULL while cap is 0 */
    size_t len, cap;
} BytearrayObj;

extern TypeObj BytearrayType, BytearrayIterType;   /* the iterator: obj_bytes.c */
#define BYTEARRAY_TYPES &BytearrayType, &BytearrayIterType,

#define BYTEARRAY(v) ((BytearrayObj *)val_as_obj(v))
static inline bool bytearray_check(Value v) { return val_is_obj(v) && val_isinstance(v, &BytearrayType); }

/* A new bytearray holding a copy of data; the caller keeps the owner of
 * data rooted.  May collect; MemoryError. */
Value bytearray_new(Thread *t, const void *data, size_t len);

/* The bytes of a bytes or bytearray (CPython's "bytes-like object");
 * false for anything else.  A bytearray's pointer lasts only until it
 * is next resized. */
static inline bool bytes_like(Value v, const unsigned char **data, size_t *len)
{
    if (bytes_check(v)) {
        *data = BYTES(v)->data;
        *len = BYTES(v)->len;
        return true;
    }
    if (bytearray_check(v)) {
        *data = BYTEARRAY(v)->data ? BYTEARRAY(v)->data : (const unsigned char *)"";
        *len = BYTEARRAY(v)->len;
        return true;
    }
    return false;
}

#endif
