/*
 * value.h -- the one-word value representation (NaN boxing).
 *
 * Every aster value is a 64-bit word.  An IEEE double is stored as itself;
 * the other values live in the space of quiet NaNs with the sign bit set,
 * which no arithmetic ever produces once real NaNs are canonicalised to
 * +qNaN (0x7FF8000000000000) when they are boxed.  The top 16 bits tell
 * what a word holds:
 *
 *   0x0000 .. 0xFFFB   a double (all finite values, infinities, +qNaN)
 *   0xFFFC             a pointer to a heap object (low 48 bits)
 *   0xFFFD             a small int: 48-bit two's complement payload
 *   0xFFFE             a special constant: None, False, True and the
 *                      internal sentinels below
 *   0xFFFF             unused (this keeps the two-ints test a single AND)
 *
 * Why NaN boxing and not pointer tagging: the brief asks for both small
 * ints and floats unboxed, and NaN boxing is the only scheme that gives
 * floats for free.  Ints lose 16 bits of range; anything outside 48 bits
 * is promoted to a GMP-backed big int (obj_int.c), so the limit is never
 * visible to scripts.
 *
 * Sentinels (never visible to scripts):
 *   VAL_ERROR       a function failed; the exception is in Thread.exc
 *   VAL_UNBOUND     an unassigned local/cell slot, or "no value" in C APIs
 *   VAL_NOTIMPL     the NotImplemented singleton (visible: it is a value)
 */
#ifndef ASTER_VALUE_H
#define ASTER_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;
typedef struct Obj Obj;

#define TAG_MASK     UINT64_C(0xFFFF000000000000)
#define TAG_PTR      UINT64_C(0xFFFC000000000000)
#define TAG_INT      UINT64_C(0xFFFD000000000000)
#define TAG_SPECIAL  UINT64_C(0xFFFE000000000000)
#define PAYLOAD_MASK UINT64_C(0x0000FFFFFFFFFFFF)
#define CANONICAL_NAN UINT64_C(0x7FF8000000000000)

#define VAL_NONE      (TAG_SPECIAL | 0)
#define VAL_FALSE     (TAG_SPECIAL | 2)
#define VAL_TRUE      (TAG_SPECIAL | 3)
#define VAL_ERROR     (TAG_SPECIAL | 4)
#define VAL_UNBOUND   (TAG_SPECIAL | 5)
#define VAL_NOTIMPL   (TAG_SPECIAL | 6)
#define VAL_ELLIPSIS  (TAG_SPECIAL | 7)

/* Small ints hold 48 bits, sign included. */
#define SMALL_INT_MIN (-(INT64_C(1) << 47))
#define SMALL_INT_MAX ((INT64_C(1) << 47) - 1)

static inline bool val_is_double(Value v) { return v < TAG_PTR; }
static inline bool val_is_obj(Value v) { return (v & TAG_MASK) == TAG_PTR; }
static inline bool val_is_int(Value v) { return (v & TAG_MASK) == TAG_INT; }
static inline bool val_is_special(Value v) { return (v & TAG_MASK) == TAG_SPECIAL; }
static inline bool val_both_int(Value a, Value b) { return ((a & b) & TAG_MASK) == TAG_INT; }
static inline bool val_is_bool(Value v) { return v == VAL_TRUE || v == VAL_FALSE; }
static inline bool val_is_none(Value v) { return v == VAL_NONE; }
static inline bool val_is_error(Value v) { return v == VAL_ERROR; }

static inline double val_as_double(Value v) { double d; memcpy(&d, &v, sizeof d); return d; }
static inline Value val_from_double(double d)
{
    Value v;
    if (d != d) return CANONICAL_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline int64_t val_as_int(Value v) { return ((int64_t)(v << 16)) >> 16; }
static inline bool int_fits_small(int64_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }
/* Only for i already known to fit; see int_from_i64 in obj_int.h for any i. */
static inline Value val_from_small(int64_t i) { return TAG_INT | ((uint64_t)i & PAYLOAD_MASK); }

static inline Obj *val_as_obj(Value v) { return (Obj *)(uintptr_t)(v & PAYLOAD_MASK); }
static inline Value val_from_obj(const void *o) { return TAG_PTR | (uint64_t)(uintptr_t)o; }

static inline Value val_from_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

#endif
