/*
 * obj_int.h -- int: small ints unboxed in the Value (48 bits), big ints
 * as IntObj wrapping a GMP mpz_t.  An IntObj never holds a value that
 * fits the small form: every constructor normalises.  bool is a subtype of
 * int (True/False are specials, value.h); int functions accept them.
 *
 * The one exception to the normal form is an instance of a subclass of
 * int defined by a script: it is always an IntObj (it needs a header for
 * its type and dict), whatever its value.  Every function here accepts
 * such instances and returns exact ints.
 */
#ifndef ASTER_OBJ_INT_H
#define ASTER_OBJ_INT_H

#include <gmp.h>
#include "object.h"

/* An exact int keeps its limbs inline (z is a read-only view of limbs[],
 * so the collector counts and frees them with the object); an instance
 * of a subclass has a fixed layout and an ordinary malloc'ed z.  Either
 * way z must only be read. */
typedef struct IntObj {
    Obj base;
    mpz_t z;
    mp_limb_t limbs[];
} IntObj;

/* True for int, bool and their subclasses. */
static inline bool int_check(Value v)
{
    return val_is_int(v) || val_is_bool(v) || (val_is_obj(v) && val_isinstance(v, &IntType));
}

/* Constructors.  All may collect; VAL_ERROR only on MemoryError. */
Value int_from_i64(Thread *t, int64_t i);
Value int_from_u64(Thread *t, uint64_t u);
Value int_from_mpz(Thread *t, const mpz_t z);   /* copies z */
/* Truncates toward zero; OverflowError for inf, ValueError for nan. */
Value int_from_double(Thread *t, double d);
/* int(text, base) rules: whitespace, sign, underscores, 0x/0o/0b prefixes
 * (base 0 or matching base).  ValueError "invalid literal for int() with
 * base 10: 'x'" on failure, or the int_max_str_digits ValueError. */
Value int_from_str(Thread *t, const char *s, size_t len, int base);
/* Parses a source literal ("0x_ff", "1_000", "00"); fails only on text
 * the lexer would reject, on decimal literals longer than
 * int_max_str_digits (ValueError, turned into a SyntaxError by the
 * compiler) and on MemoryError. */
Value int_from_literal(Thread *t, const char *s, size_t len);

/* Fits in int64?  0 ok, -1 OverflowError "Python int too large to convert
 * to C ssize_t". */
int int_as_i64(Thread *t, Value v, int64_t *out);
/* Sets out to a copy (out must be mpz_init'ed). */
void int_to_mpz(Value v, mpz_t out);
/* Converts to double, correctly rounded (half to even); OverflowError
 * "int too large to convert to float". */
int int_as_double(Thread *t, Value v, double *out);
int int_sign(Value v);                          /* -1, 0, 1 */
/* The exact int with v's value: v itself for an int, a copy for an
 * instance of a subclass, 0/1 for a bool.  May collect. */
Value int_exact(Thread *t, Value v);

int64_t int_hash(Value v);                      /* Python's numeric hash */
/* Decimal text; the int_max_str_digits ValueError for huge values. */
Value int_repr(Thread *t, Value v);
/* Digits in base 2, 8, 10 or 16 with optional prefix ("0x"; "0X" when
 * upper), sign first.  Base 10 obeys int_max_str_digits. */
Value int_to_base(Thread *t, Value v, int base, bool prefix, bool upper);
int int_compare(Value a, Value b);              /* -1, 0, 1; both int */
/* Compares int i with double d exactly (no rounding of i): -1, 0 or 1
 * for i <, ==, > d; 2 when d is a NaN. */
int int_compare_double(Value i, double d);

/* Arithmetic used by other types (float mixes, range, ...).  VAL_NOTIMPL
 * unless both operands are ints. */
Value int_binary(Thread *t, BinOp op, Value a, Value b);
/* pow(a, b, m) for three ints, Python's rules (negative b inverts a
 * modulo m, result has m's sign).  ValueError for m == 0 or a not
 * invertible. */
Value int_pow_mod(Thread *t, Value a, Value b, Value m);

/* Makes GMP allocate through functions that end the process with a
 * MemoryError message, instead of GMP's abort, when memory runs out. */
void int_use_gmp_allocator(void);

/* m * 2**e (m >= 0, plus a tiny positive amount when sticky) rounded
 * half to even to the nearest double; +inf when out of range.  The
 * caller of a sticky value keeps at least two bits below the last
 * representable one. */
double int_scale_to_double(mpz_srcptr m, int64_t e, bool sticky);

/* Copies text for number parsing into a NUL-terminated ASCII buffer
 * (malloc'ed, the caller frees).  For str text (unicode true), Unicode
 * decimal digits become '0'..'9' and Unicode white space becomes ' ';
 * any other non-ASCII character or byte becomes '\x7f' so that it fails
 * to parse.  NULL when out of memory. */
char *int_text_to_ascii(const char *s, size_t len, bool unicode, size_t *outlen);

#endif
