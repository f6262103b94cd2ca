/*
 * obj_int.c -- int and bool.
 *
 * Small ints (48 bits) live in the Value itself; anything larger is an
 * IntObj holding a GMP integer.  Every constructor normalises, so an exact
 * IntObj is never small: two exact ints are equal only if both are small
 * and bit-identical, or both are IntObjs with equal mpz values.
 *
 * Arithmetic takes a fast path when both operands are small (48-bit
 * operands cannot overflow int64 under + and -, and * checks with the
 * compiler builtin) and otherwise works on read-only mpz views of the
 * operands (IntView), so a small operand never needs a heap copy.
 *
 * GMP aborts the process when a number outgrows its size type, so every
 * operation that can make a number much larger than its inputs (**, <<,
 * *) checks the result's size first and raises MemoryError instead.
 * GMP cannot recover from a failed allocation either, so before a large
 * operation has_room_for tries to allocate a few times the result's size;
 * if even that fails, the operation raises MemoryError without starting.
 * When GMP's own allocation fails all the same, gmp_out_of_memory ends
 * the process with a MemoryError message and status 1, not an abort.
 *
 * Exact big ints keep their limbs inside the object (IntObj.limbs), so
 * the collector sees their real size: a loop making megabyte-sized ints
 * triggers collections as it should.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "format.h"
#include "gc.h"
#include "interp.h"
#include "obj_bytes.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "oom.h"
#include "obj_type.h"
#include "ops.h"
#include "utf8.h"

_Static_assert(GMP_NUMB_BITS == 64, "IntView needs 64-bit GMP limbs");

/* Results larger than this many bits raise MemoryError instead of letting
 * GMP try (and abort past its own limit). */
#define MAX_INT_BITS (UINT64_C(1) << 33)

/* Results up to this many bits are computed without a room check. */
#define ROOM_CHECK_BITS (UINT64_C(1) << 20)

/* The modulus of Python's numeric hash: hash(x) == x mod (2**61 - 1). */
#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)

#define INTOBJ(v) ((IntObj *)val_as_obj(v))
#define METHOD(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

/* ---- views and constructors -------------------------------------------- */

/* A read-only mpz for any int value, without allocating. */
typedef struct {
    mpz_t z;
    mp_limb_t limb;
} IntView;

static bool small_of(Value v, int64_t *out)
{
    if (val_is_int(v)) { *out = val_as_int(v); return true; }
    if (val_is_bool(v)) { *out = v == VAL_TRUE; return true; }
    return false;
}

static mpz_srcptr view(Value v, IntView *iv)
{
    int64_t i;
    if (small_of(v, &i)) {
        iv->limb = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return mpz_roinit_n(iv->z, &iv->limb, i < 0 ? -1 : i > 0);
    }
    return INTOBJ(v)->z;
}

/* |z| as a read-only view sharing z's limbs. */
static mpz_srcptr abs_view(mpz_srcptr z, mpz_t out)
{
    return mpz_roinit_n(out, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
}

static bool mpz_fits_small(mpz_srcptr z)
{
    if (!mpz_fits_slong_p(z)) return false;
    return int_fits_small(mpz_get_si(z));
}

/* An IntObj of type cls holding a copy of z.  May collect. */
static Value box_mpz(Thread *t, TypeObj *cls, mpz_srcptr z)
{
    if (cls == &IntType) {
        size_t n = mpz_size(z);
        IntObj *o = gc_alloc(t, &IntType, sizeof(IntObj) + n * sizeof(mp_limb_t));
        if (!o) return VAL_ERROR;
        memcpy(o->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
        mpz_roinit_n(o->z, o->limbs, mpz_sgn(z) < 0 ? -(mp_size_t)n : (mp_size_t)n);
        return val_from_obj(o);
    }
    IntObj *o = gc_alloc(t, cls, cls->instance_size ? cls->instance_size : sizeof(IntObj));
    if (!o) return VAL_ERROR;
    mpz_init_set(o->z, z);
    return val_from_obj(o);
}

/* Takes ownership of z (clears it) and returns the normalised int. */
static Value int_take(Thread *t, mpz_t z)
{
    Value v = mpz_fits_small(z) ? val_from_small(mpz_get_si(z)) : box_mpz(t, &IntType, z);
    mpz_clear(z);
    return v;
}

Value int_from_i64(Thread *t, int64_t i)
{
    if (int_fits_small(i)) return val_from_small(i);
    mpz_t z;
    mpz_init_set_si(z, i);
    return int_take(t, z);
}

Value int_from_u64(Thread *t, uint64_t u)
{
    if (u <= (uint64_t)SMALL_INT_MAX) return val_from_small((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, u);
    return int_take(t, z);
}

Value int_from_mpz(Thread *t, const mpz_t z)
{
    if (mpz_fits_small(z)) return val_from_small(mpz_get_si(z));
    return box_mpz(t, &IntType, z);
}

Value int_from_double(Thread *t, double d)
{
    if (isinf(d)) return exc_raise(t, &OverflowErrorType, "cannot convert float infinity to integer");
    if (isnan(d)) return exc_raise(t, &ValueErrorType, "cannot convert float NaN to integer");
    if (fabs(d) < 9.0e15) return int_from_i64(t, (int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_take(t, z);
}

Value int_exact(Thread *t, Value v)
{
    int64_t i;
    if (small_of(v, &i)) return val_from_small(i);
    if (val_as_obj(v)->type == &IntType) return v;
    return int_from_mpz(t, INTOBJ(v)->z);
}

/* An instance of the int subclass cls with the value of the int v. */
static Value int_box(Thread *t, TypeObj *cls, Value v)
{
    IntView iv;
    gc_push_root(t, v);
    Value r = box_mpz(t, cls, view(v, &iv));
    gc_pop_roots(t, 1);
    return r;
}

/* ---- accessors ----------------------------------------------------------- */

void int_to_mpz(Value v, mpz_t out)
{
    IntView iv;
    mpz_set(out, view(v, &iv));
}

int int_sign(Value v)
{
    int64_t i;
    if (small_of(v, &i)) return i < 0 ? -1 : i > 0;
    return mpz_sgn(INTOBJ(v)->z);
}

int int_as_i64(Thread *t, Value v, int64_t *out)
{
    if (small_of(v, out)) return 0;
    mpz_srcptr z = INTOBJ(v)->z;
    if (mpz_fits_slong_p(z)) {
        *out = mpz_get_si(z);
        return 0;
    }
    exc_raise(t, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
}

double int_scale_to_double(mpz_srcptr m, int64_t e, bool sticky)
{
    if (mpz_sgn(m) == 0) return 0.0;
    int64_t n = (int64_t)mpz_sizeinbase(m, 2);
    /* Keep 53 bits, or fewer where the result is subnormal. */
    int64_t drop = n - DBL_MANT_DIG;
    if (e + drop < -1074) drop = -1074 - e;
    if (drop <= 0) return e > 2000 ? HUGE_VAL : ldexp(mpz_get_d(m), (int)e);
    mpz_t q;
    mpz_init(q);
    mpz_fdiv_q_2exp(q, m, (mp_bitcnt_t)drop);
    bool half = mpz_tstbit(m, (mp_bitcnt_t)drop - 1);
    bool rest = sticky || mpz_scan1(m, 0) < (mp_bitcnt_t)drop - 1;
    if (half && (rest || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    double d = mpz_get_d(q);
    mpz_clear(q);
    int64_t ex = e + drop;
    return ex > 2000 ? HUGE_VAL : ldexp(d, (int)ex);
}

static int too_large_for_float(Thread *t)
{
    exc_raise(t, &OverflowErrorType, "int too large to convert to float");
    return -1;
}

int int_as_double(Thread *t, Value v, double *out)
{
    int64_t i;
    if (small_of(v, &i)) {
        *out = (double)i;
        return 0;
    }
    mpz_srcptr z = INTOBJ(v)->z;
    mpz_t a;
    double d = int_scale_to_double(abs_view(z, a), 0, false);
    if (isinf(d)) return too_large_for_float(t);
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
}

int int_compare(Value a, Value b)
{
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return x < y ? -1 : x > y;
    IntView va, vb;
    int c = mpz_cmp(view(a, &va), view(b, &vb));
    return c < 0 ? -1 : c > 0;
}

int int_compare_double(Value i, double d)
{
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t s;
    if (small_of(i, &s)) {
        double x = (double)s;   /* exact: 48 bits */
        return x < d ? -1 : x > d;
    }
    double f = floor(d);
    mpz_t fz;
    mpz_init_set_d(fz, f);
    int c = mpz_cmp(INTOBJ(i)->z, fz);
    mpz_clear(fz);
    if (c == 0 && f != d) return -1;   /* i == floor(d) < d */
    return c < 0 ? -1 : c > 0;
}

int64_t int_hash(Value v)
{
    int64_t i;
    if (small_of(v, &i)) return i == -1 ? -2 : i;   /* |i| < 2**47 < modulus */
    mpz_srcptr z = INTOBJ(v)->z;
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- text ---------------------------------------------------------------- */

static int max_str_digits(Thread *t)
{
    return t->interp->int_max_str_digits;
}

static Value digits_limit_error_in(Thread *t, size_t ndigits)
{
    char msg[200];
    snprintf(msg, sizeof msg,
             "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
             "use sys.set_int_max_str_digits() to increase the limit",
             max_str_digits(t), ndigits);
    return exc_raise(t, &ValueErrorType, "%s", msg);
}

static Value digits_limit_error_out(Thread *t)
{
    char msg[160];
    snprintf(msg, sizeof msg,
             "Exceeds the limit (%d digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit",
             max_str_digits(t));
    return exc_raise(t, &ValueErrorType, "%s", msg);
}

/* Unicode code points with digit value 0, each followed by nine more
 * (category Nd), above ASCII. */
static const uint32_t unicode_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
    0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
    0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
           || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

static char unicode_to_ascii(uint32_t cp)
{
    if (unicode_space(cp)) return ' ';
    for (size_t i = 0; i < sizeof unicode_zeros / sizeof unicode_zeros[0]; i++)
        if (cp >= unicode_zeros[i] && cp < unicode_zeros[i] + 10)
            return (char)('0' + (cp - unicode_zeros[i]));
    return '\x7f';
}

char *int_text_to_ascii(const char *s, size_t len, bool unicode, size_t *outlen)
{
    char *out = malloc(len + 1);
    if (!out) return NULL;
    size_t n = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            out[n++] = (char)c;
            p++;
        } else if (unicode && p + utf8_seq_len(c) <= end) {
            out[n++] = unicode_to_ascii(utf8_next(&p));
        } else {
            out[n++] = '\x7f';
            p++;
        }
    }
    out[n] = '\0';
    *outlen = n;
    return out;
}

static bool ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static char prefix_base(char c)
{
    switch (c) {
    case 'x': case 'X': return 16;
    case 'o': case 'O': return 8;
    case 'b': case 'B': return 2;
    default: return 0;
    }
}

/* Parses ASCII text p[0..n) (NUL-terminated) in base (0 or 2..36).
 * VAL_UNBOUND when the text is not a valid literal (no exception set);
 * VAL_ERROR for the digit-limit ValueError or MemoryError. */
static Value parse_ascii(Thread *t, const char *p, size_t n, int base)
{
    size_t i = 0, end = n;
    while (i < end && ascii_space(p[i])) i++;
    while (end > i && ascii_space(p[end - 1])) end--;
    bool neg = false;
    if (i < end && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    bool prefixed = false, zeros_only = false;
    if (i + 1 < end && p[i] == '0' && prefix_base(p[i + 1])
        && (base == 0 || base == prefix_base(p[i + 1]))) {
        base = prefix_base(p[i + 1]);
        prefixed = true;
        i += 2;
    } else if (base == 0) {
        zeros_only = i < end && p[i] == '0';   /* "010" is not a literal */
        base = 10;
    }
    char *digits = malloc(end - i + 1);
    if (!digits) return exc_no_memory(t);
    size_t count = 0;
    bool underscore_ok = prefixed, last_underscore = false;
    for (; i < end; i++) {
        if (p[i] == '_') {
            if (!underscore_ok) break;
            underscore_ok = false;
            last_underscore = true;
            continue;
        }
        if (digit_value(p[i]) >= base || (zeros_only && p[i] != '0')) break;
        digits[count++] = p[i];
        underscore_ok = true;
        last_underscore = false;
    }
    digits[count] = '\0';
    if (i != end || count == 0 || last_underscore) {
        free(digits);
        return VAL_UNBOUND;
    }
    bool pow2 = (base & (base - 1)) == 0;
    if (!pow2 && max_str_digits(t) > 0 && count > (size_t)max_str_digits(t)) {
        free(digits);
        return digits_limit_error_in(t, count);
    }
    if (count <= 12) {   /* 36**12 < 2**63 */
        int64_t acc = 0;
        for (size_t k = 0; k < count; k++) acc = acc * base + digit_value(digits[k]);
        free(digits);
        return int_from_i64(t, neg ? -acc : acc);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    free(digits);
    if (neg) mpz_neg(z, z);
    return int_take(t, z);
}

/* int(text, base) where orig (a str or bytes) is the text for messages. */
static Value parse_text(Thread *t, Value orig, const char *s, size_t len, int base)
{
    size_t n;
    char *p = int_text_to_ascii(s, len, !bytes_check(orig), &n);
    if (!p) return exc_no_memory(t);
    Value r = parse_ascii(t, p, n, base);
    free(p);
    if (r != VAL_UNBOUND) return r;
    if (str_check(orig) && STR(orig)->nchars > 200) {
        orig = str_substr(t, orig, 0, 200);
        if (orig == VAL_ERROR) return orig;
    }
    gc_push_root(t, orig);
    exc_raise(t, &ValueErrorType, "invalid literal for int() with base %d: %R", base, orig);
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

Value int_from_str(Thread *t, const char *s, size_t len, int base)
{
    Value orig = str_new(t, s, len);
    if (orig == VAL_ERROR) return orig;
    gc_push_root(t, orig);
    Value r = parse_text(t, orig, s, len, base);
    gc_pop_roots(t, 1);
    return r;
}

Value int_from_literal(Thread *t, const char *s, size_t len)
{
    return int_from_str(t, s, len, 0);
}

/* Text of z in base (negative: upper-case digits), malloc'ed. */
static char *mpz_text(mpz_srcptr z, int base)
{
    char *buf = malloc(mpz_sizeinbase(z, abs(base)) + 2);
    if (buf) mpz_get_str(buf, base, z);
    return buf;
}

Value int_to_base(Thread *t, Value v, int base, bool prefix, bool upper)
{
    IntView iv;
    mpz_srcptr z = view(v, &iv);
    int limit = max_str_digits(t);
    /* sizeinbase may overshoot by one: reject early only when surely over. */
    if (base == 10 && limit > 0 && mpz_sizeinbase(z, 10) > (size_t)limit + 1)
        return digits_limit_error_out(t);
    char *text = mpz_text(z, upper ? -base : base);
    if (!text) return exc_no_memory(t);
    bool neg = text[0] == '-';
    size_t ndigits = strlen(text) - neg;
    if (base == 10 && limit > 0 && ndigits > (size_t)limit) {
        free(text);
        return digits_limit_error_out(t);
    }
    char pre[4] = "";
    if (prefix && base != 10) {
        pre[0] = '0';
        pre[1] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        if (upper) pre[1] = (char)(pre[1] - 'a' + 'A');
        pre[2] = '\0';
    }
    size_t plen = strlen(pre);
    char *out = malloc(ndigits + plen + 2);
    if (!out) {
        free(text);
        return exc_no_memory(t);
    }
    size_t k = 0;
    if (neg) out[k++] = '-';
    memcpy(out + k, pre, plen);
    memcpy(out + k + plen, text + neg, ndigits);
    free(text);
    Value s = str_new(t, out, k + plen + ndigits);
    free(out);
    return s;
}

Value int_repr(Thread *t, Value v)
{
    int64_t i;
    if (small_of(v, &i)) {
        /* Digits right to left: much cheaper than snprintf on a hot path
         * (f-strings, str(), print). */
        char buf[24], *p = buf + sizeof buf;
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        do *--p = (char)('0' + u % 10); while (u /= 10);
        if (i < 0) *--p = '-';
        return str_new(t, p, (size_t)(buf + sizeof buf - p));
    }
    return int_to_base(t, v, 10, false, false);
}

static Value int_repr_slot(Thread *t, Value self)
{
    return int_repr(t, self);
}

/* ---- arithmetic ---------------------------------------------------------- */

/* MemoryError() for a result we refuse to compute: an ordinary exception
 * object, unlike exc_no_memory's preallocated one for real exhaustion. */
static Value too_big(Thread *t)
{
    Value e = exc_new(t, &MemoryErrorType, NULL, 0);
    return e == VAL_ERROR ? e : exc_raise_obj(t, e);
}

static size_t bit_length(mpz_srcptr z)
{
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* Whether a result of about `bits` bits is too big to compute: past
 * GMP's limits or the heap limit (gc.h). */
static bool too_many_bits(Thread *t, uint64_t bits)
{
    return bits > MAX_INT_BITS || gc_over_limit(t->gc, bits / 8);
}

/* Whether memory for a result of BITS bits, GMP's scratch space and the
 * copy int_take makes (four times the result, generously) can be had
 * right now; raises MemoryError if not. */
static bool has_room_for(Thread *t, uint64_t bits)
{
    if (bits <= ROOM_CHECK_BITS) return true;
    void *probe = malloc(bits / 8 * 4);
    if (probe) {
        free(probe);
        return true;
    }
    too_big(t);
    return false;
}

/* a / b, correctly rounded. */
static Value int_truediv(Thread *t, mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) == 0) return exc_raise(t, &ZeroDivisionErrorType, "division by zero");
    bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    mpz_t am, bm;
    mpz_srcptr A = abs_view(a, am), B = abs_view(b, bm);
    int64_t diff = (int64_t)bit_length(A) - (int64_t)bit_length(B);
    if (mpz_sgn(A) == 0 || diff < -1080) return val_from_double(neg ? -0.0 : 0.0);
    if (diff > DBL_MAX_EXP + 1)
        return exc_raise(t, &OverflowErrorType, "integer division result too large for a float");
    /* Scale so that the quotient keeps at least 55 bits (two guard bits),
     * or down to the guard bits of the smallest subnormal. */
    int64_t e = diff - 55;
    if (e < -1076) e = -1076;
    mpz_t num, den, q;
    mpz_inits(num, den, q, NULL);
    if (e < 0) {
        mpz_mul_2exp(num, A, (mp_bitcnt_t)-e);
        mpz_set(den, B);
    } else {
        mpz_set(num, A);
        mpz_mul_2exp(den, B, (mp_bitcnt_t)e);
    }
    mpz_tdiv_qr(q, num, num, den);
    double d = int_scale_to_double(q, e, mpz_sgn(num) != 0);
    mpz_clears(num, den, q, NULL);
    if (isinf(d))
        return exc_raise(t, &OverflowErrorType, "integer division result too large for a float");
    return val_from_double(neg ? -d : d);
}

/* a ** b for b >= 0. */
static Value int_pow_big(Thread *t, mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_cmpabs_ui(a, 1) <= 0) {
        if (mpz_sgn(a) == 0) return val_from_small(mpz_sgn(b) == 0);
        if (mpz_sgn(a) > 0 || mpz_even_p(b)) return val_from_small(1);
        return val_from_small(-1);
    }
    if (!mpz_fits_ulong_p(b)) return too_big(t);
    unsigned long e = mpz_get_ui(b);
    uint64_t bits;
    if (__builtin_mul_overflow((uint64_t)bit_length(a) - 1, (uint64_t)e, &bits) || too_many_bits(t, bits))
        return too_big(t);
    if (!has_room_for(t, bits + 64)) return VAL_ERROR;
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, a, e);
    return int_take(t, r);
}

static Value float_pow_of(Thread *t, Value a, Value b)
{
    double x, y;
    if (int_as_double(t, a, &x) < 0 || int_as_double(t, b, &y) < 0) return VAL_ERROR;
    return float_binary(t, BINOP_POW, val_from_double(x), val_from_double(y));
}

static Value int_binary_big(Thread *t, BinOp op, Value va, Value vb)
{
    IntView ia, ib;
    mpz_srcptr a = view(va, &ia), b = view(vb, &ib);
    mpz_t r;
    switch (op) {
    case BINOP_TRUEDIV:
        return int_truediv(t, a, b);
    case BINOP_POW:
        if (mpz_sgn(b) < 0) return float_pow_of(t, va, vb);
        return int_pow_big(t, a, b);
    case BINOP_FLOORDIV: case BINOP_MOD:
        if (mpz_sgn(b) == 0)
            return exc_raise(t, &ZeroDivisionErrorType, op == BINOP_MOD ? "integer modulo by zero"
                                                                        : "integer division or modulo by zero");
        break;
    case BINOP_MUL:
        if (too_many_bits(t, bit_length(a) + bit_length(b))) return too_big(t);
        break;
    case BINOP_LSHIFT: case BINOP_RSHIFT:
        if (mpz_sgn(b) < 0) return exc_raise(t, &ValueErrorType, "negative shift count");
        if (mpz_sgn(a) == 0) return val_from_small(0);
        if (op == BINOP_RSHIFT && (!mpz_fits_ulong_p(b) || mpz_get_ui(b) >= bit_length(a)))
            return val_from_small(mpz_sgn(a) < 0 ? -1 : 0);
        if (op == BINOP_LSHIFT
            && (!mpz_fits_ulong_p(b) || mpz_get_ui(b) > MAX_INT_BITS - bit_length(a)
                || too_many_bits(t, mpz_get_ui(b) + bit_length(a))))
            return too_big(t);
        break;
    case BINOP_MATMUL:
        return VAL_NOTIMPL;
    default:
        break;
    }
    uint64_t bits = bit_length(a) > bit_length(b) ? bit_length(a) : bit_length(b);
    if (op == BINOP_MUL) bits = bit_length(a) + bit_length(b);
    else if (op == BINOP_LSHIFT) bits += mpz_get_ui(b);
    if (!has_room_for(t, bits + 64)) return VAL_ERROR;
    mpz_init(r);
    switch (op) {
    case BINOP_ADD: mpz_add(r, a, b); break;
    case BINOP_SUB: mpz_sub(r, a, b); break;
    case BINOP_MUL: mpz_mul(r, a, b); break;
    case BINOP_FLOORDIV: mpz_fdiv_q(r, a, b); break;
    case BINOP_MOD: mpz_fdiv_r(r, a, b); break;
    case BINOP_LSHIFT: mpz_mul_2exp(r, a, mpz_get_ui(b)); break;
    case BINOP_RSHIFT: mpz_fdiv_q_2exp(r, a, mpz_get_ui(b)); break;
    case BINOP_AND: mpz_and(r, a, b); break;
    case BINOP_OR: mpz_ior(r, a, b); break;
    case BINOP_XOR: mpz_xor(r, a, b); break;
    default: break;
    }
    return int_take(t, r);
}

/* x ** e in int64, false on overflow. */
static bool pow_i64(int64_t x, int64_t e, int64_t *out)
{
    int64_t r = 1;
    while (e) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = r;
    return true;
}

/* Both operands small: the result, or VAL_UNBOUND to take the big path. */
static Value int_binary_small(Thread *t, BinOp op, int64_t x, int64_t y)
{
    int64_t r;
    switch (op) {
    case BINOP_ADD: return int_from_i64(t, x + y);
    case BINOP_SUB: return int_from_i64(t, x - y);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return VAL_UNBOUND;
        return int_from_i64(t, r);
    case BINOP_TRUEDIV:
        if (y == 0) return exc_raise(t, &ZeroDivisionErrorType, "division by zero");
        return val_from_double((double)x / (double)y);   /* both exact: 48 bits */
    case BINOP_FLOORDIV: case BINOP_MOD: {
        if (y == 0)
            return exc_raise(t, &ZeroDivisionErrorType, op == BINOP_MOD ? "integer modulo by zero"
                                                                        : "integer division or modulo by zero");
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        return int_from_i64(t, op == BINOP_MOD ? m : q);
    }
    case BINOP_POW:
        if (y < 0) return float_pow_of(t, val_from_small(x), val_from_small(y));
        if (!pow_i64(x, y, &r)) return VAL_UNBOUND;
        return int_from_i64(t, r);
    case BINOP_LSHIFT:
        if (y < 0) return exc_raise(t, &ValueErrorType, "negative shift count");
        if (y > 15) return VAL_UNBOUND;
        return int_from_i64(t, (int64_t)((uint64_t)x << y));   /* 48 + 15 bits fit */
    case BINOP_RSHIFT:
        if (y < 0) return exc_raise(t, &ValueErrorType, "negative shift count");
        return val_from_small(y > 62 ? (x < 0 ? -1 : 0) : x >> y);
    case BINOP_AND: return val_from_small(x & y);
    case BINOP_OR: return val_from_small(x | y);
    case BINOP_XOR: return val_from_small(x ^ y);
    default: return VAL_NOTIMPL;
    }
}

Value int_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (!int_check(a) || !int_check(b)) return VAL_NOTIMPL;
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        Value r = int_binary_small(t, op, x, y);
        if (r != VAL_UNBOUND) return r;
    }
    return int_binary_big(t, op, a, b);
}

static Value int_unary(Thread *t, UnOp op, Value a)
{
    int64_t i;
    if (small_of(a, &i)) {
        switch (op) {
        case UNOP_NEG: return int_from_i64(t, -i);
        case UNOP_POS: return val_from_small(i);
        case UNOP_INVERT: return val_from_small(~i);
        }
    }
    if (op == UNOP_POS) return int_exact(t, a);
    mpz_t r;
    mpz_init(r);
    if (op == UNOP_NEG) mpz_neg(r, INTOBJ(a)->z);
    else mpz_com(r, INTOBJ(a)->z);
    return int_take(t, r);
}

static Value cmp_result(CmpOp op, int c)
{
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_EQ: return val_from_bool(c == 0);
    case CMP_NE: return val_from_bool(c != 0);
    case CMP_GT: return val_from_bool(c > 0);
    case CMP_GE: return val_from_bool(c >= 0);
    }
    return VAL_NOTIMPL;
}

static Value int_compare_slot(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    if (!int_check(a) || !int_check(b)) return VAL_NOTIMPL;
    return cmp_result(op, int_compare(a, b));
}

static int64_t int_hash_slot(Thread *t, Value self)
{
    (void)t;
    return int_hash(self);
}

static int int_truth(Thread *t, Value self)
{
    (void)t;
    return int_sign(self) != 0;
}

Value int_pow_mod(Thread *t, Value a, Value b, Value m)
{
    IntView ia, ib, im;
    mpz_srcptr za = view(a, &ia), zb = view(b, &ib), zm = view(m, &im);
    if (mpz_sgn(zm) == 0) return exc_raise(t, &ValueErrorType, "pow() 3rd argument cannot be 0");
    mpz_t mod, base, r;
    mpz_inits(mod, base, r, NULL);
    mpz_abs(mod, zm);
    mpz_set(base, za);
    if (mpz_sgn(zb) < 0 && !mpz_invert(base, base, mod)) {
        mpz_clears(mod, base, r, NULL);
        return exc_raise(t, &ValueErrorType, "base is not invertible for the given modulus");
    }
    mpz_t e;
    mpz_init(e);
    mpz_abs(e, zb);
    mpz_powm(r, base, e, mod);
    /* The result takes the sign of the modulus, like %. */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    mpz_clears(mod, base, e, NULL);
    return int_take(t, r);
}

/* ---- int(x), int(text, base) --------------------------------------------- */

/* Calls x.<name>() if x has it: the result, VAL_UNBOUND if absent. */
static Value call_special(Thread *t, Value x, StrObj *name)
{
    Value f = op_getattr_opt(t, x, name);
    if (f == VAL_UNBOUND || f == VAL_ERROR) return f;
    gc_push_root(t, f);
    Value r = op_call0(t, f);
    gc_pop_roots(t, 1);
    return r;
}

static Value checked_int_result(Thread *t, Value r, const char *what)
{
    if (r == VAL_ERROR || r == VAL_UNBOUND) return r;
    if (!int_check(r))
        return exc_raise(t, &TypeErrorType, "%s returned non-int (type %s)", what, type_name(val_type(r)));
    gc_push_root(t, r);
    Value e = int_exact(t, r);
    gc_pop_roots(t, 1);
    return e;
}

/* int(x) for x that is neither a number nor text: __int__, __index__,
 * then __trunc__. */
static Value int_from_object(Thread *t, Value x)
{
    Value r = checked_int_result(t, call_special(t, x, NAME(t, int)), "__int__");
    if (r != VAL_UNBOUND) return r;
    r = checked_int_result(t, call_special(t, x, NAME(t, index)), "__index__");
    if (r != VAL_UNBOUND) return r;
    StrObj *trunc = str_intern(t, "__trunc__");
    if (!trunc) return VAL_ERROR;
    r = call_special(t, x, trunc);
    if (r == VAL_ERROR) return r;
    if (r != VAL_UNBOUND) {
        if (int_check(r)) return checked_int_result(t, r, "__trunc__");
        gc_push_root(t, r);
        Value i = checked_int_result(t, call_special(t, r, NAME(t, index)), "__index__");
        if (i == VAL_UNBOUND)
            i = exc_raise(t, &TypeErrorType, "__trunc__ returned non-Integral (type %s)",
                          type_name(val_type(r)));
        gc_pop_roots(t, 1);
        return i;
    }
    return exc_raise(t, &TypeErrorType,
                     "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                     type_name(val_type(x)));
}

static Value text_to_int(Thread *t, Value x, int base)
{
    if (str_check(x)) return parse_text(t, x, STR(x)->data, STR(x)->len, base);
    return parse_text(t, x, (const char *)BYTES(x)->data, BYTES(x)->len, base);
}

static Value int_construct(Thread *t, Value x, Value base)
{
    if (x == VAL_UNBOUND) {
        if (base != VAL_UNBOUND) return exc_raise(t, &TypeErrorType, "int() missing string argument");
        return val_from_small(0);
    }
    if (base != VAL_UNBOUND) {
        int64_t b;
        if (op_index(t, base, &b) < 0) return VAL_ERROR;
        if (b != 0 && (b < 2 || b > 36))
            return exc_raise(t, &ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
        if (!str_check(x) && !bytes_check(x))
            return exc_raise(t, &TypeErrorType, "int() can't convert non-string with explicit base");
        return text_to_int(t, x, (int)b);
    }
    if (val_is_int(x) || val_is_bool(x) || val_is_type(x, &IntType)) return int_exact(t, x);
    if (val_is_double(x)) return int_from_double(t, val_as_double(x));
    if (str_check(x) || bytes_check(x)) return text_to_int(t, x, 10);
    return int_from_object(t, x);
}

static Value int_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[2];
    if (arg_parse(t, "int", args, nargs, kwnames, "|x/,base", a) < 0) return VAL_ERROR;
    Value r = int_construct(t, a[0], a[1]);
    if (r == VAL_ERROR || cls == &IntType) return r;
    return int_box(t, cls, r);
}

static void int_finalize(GC *gc, Obj *o)
{
    (void)gc;
    IntObj *i = (IntObj *)o;
    if (i->z->_mp_alloc) mpz_clear(i->z);   /* inline limbs have nothing to free */
}

/* ---- methods ------------------------------------------------------------- */

static int no_args(Thread *t, const char *name, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, name, kwnames) < 0) return -1;
    return arg_count(t, name, nargs - 1, 0, 0);
}

static Value exact_self(Thread *t, const char *name, Value *args, int nargs, TupleObj *kwnames)
{
    if (no_args(t, name, nargs, kwnames) < 0) return VAL_ERROR;
    return int_exact(t, args[0]);
}

METHOD(int_m_int) { return exact_self(t, "__int__", args, nargs, kwnames); }
METHOD(int_m_index) { return exact_self(t, "__index__", args, nargs, kwnames); }
METHOD(int_m_trunc) { return exact_self(t, "__trunc__", args, nargs, kwnames); }
METHOD(int_m_floor) { return exact_self(t, "__floor__", args, nargs, kwnames); }
METHOD(int_m_ceil) { return exact_self(t, "__ceil__", args, nargs, kwnames); }
METHOD(int_m_conjugate) { return exact_self(t, "conjugate", args, nargs, kwnames); }

METHOD(int_m_float)
{
    double d;
    if (no_args(t, "__float__", nargs, kwnames) < 0 || int_as_double(t, args[0], &d) < 0)
        return VAL_ERROR;
    return val_from_double(d);
}

METHOD(int_m_bool)
{
    if (no_args(t, "__bool__", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_bool(int_sign(args[0]) != 0);
}

METHOD(int_m_abs)
{
    if (no_args(t, "__abs__", nargs, kwnames) < 0) return VAL_ERROR;
    if (int_sign(args[0]) < 0) return int_unary(t, UNOP_NEG, args[0]);
    return int_exact(t, args[0]);
}

METHOD(int_m_is_integer)
{
    (void)args;
    if (no_args(t, "is_integer", nargs, kwnames) < 0) return VAL_ERROR;
    return VAL_TRUE;
}

METHOD(int_m_bit_length)
{
    if (no_args(t, "bit_length", nargs, kwnames) < 0) return VAL_ERROR;
    IntView iv;
    return int_from_u64(t, bit_length(view(args[0], &iv)));
}

METHOD(int_m_bit_count)
{
    if (no_args(t, "bit_count", nargs, kwnames) < 0) return VAL_ERROR;
    IntView iv;
    mpz_t a;
    return int_from_u64(t, mpz_popcount(abs_view(view(args[0], &iv), a)));
}

METHOD(int_m_as_integer_ratio)
{
    if (no_args(t, "as_integer_ratio", nargs, kwnames) < 0) return VAL_ERROR;
    Value n = int_exact(t, args[0]);
    if (n == VAL_ERROR) return n;
    gc_push_root(t, n);
    Value r = tuple_pack(t, 2, n, val_from_small(1));
    gc_pop_roots(t, 1);
    return r;
}

/* round(x, -k): x rounded half to even to a multiple of 10**k. */
static Value round_to_pow10(Thread *t, Value x, uint64_t k)
{
    IntView iv;
    mpz_srcptr z = view(x, &iv);
    /* 10**k > 2|x| rounds to zero; test that without computing 10**k. */
    if (k > mpz_sizeinbase(z, 10) + 1) return val_from_small(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_take(t, q);
}

METHOD(int_m_round)
{
    Value a[1];
    if (arg_parse(t, "__round__", args + 1, nargs - 1, kwnames, "|ndigits", a) < 0) return VAL_ERROR;
    if (a[0] == VAL_UNBOUND) return int_exact(t, args[0]);
    int64_t nd;
    if (val_is_obj(a[0]) && int_check(a[0]) && !mpz_fits_slong_p(INTOBJ(a[0])->z))
        nd = int_sign(a[0]) > 0 ? 0 : INT64_MIN;   /* huge: keeps x, or rounds it to 0 */
    else if (op_index(t, a[0], &nd) < 0)
        return VAL_ERROR;
    if (nd >= 0) return int_exact(t, args[0]);
    return round_to_pow10(t, args[0], nd == INT64_MIN ? UINT64_MAX : (uint64_t)-nd);
}

static Value divmod_pair(Thread *t, Value a, Value b)
{
    if (!int_check(a) || !int_check(b)) return VAL_NOTIMPL;
    Value q = int_binary(t, BINOP_FLOORDIV, a, b);
    if (q == VAL_ERROR) return q;
    gc_push_root(t, q);
    Value r = int_binary(t, BINOP_MOD, a, b);
    if (r == VAL_ERROR) {
        gc_pop_roots(t, 1);
        return r;
    }
    gc_push_root(t, r);
    Value p = tuple_pack(t, 2, q, r);
    gc_pop_roots(t, 2);
    return p;
}

METHOD(int_m_divmod)
{
    if (arg_no_kw(t, "__divmod__", kwnames) < 0 || arg_count(t, "__divmod__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return divmod_pair(t, args[0], args[1]);
}

METHOD(int_m_rdivmod)
{
    if (arg_no_kw(t, "__rdivmod__", kwnames) < 0 || arg_count(t, "__rdivmod__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return divmod_pair(t, args[1], args[0]);
}

METHOD(int_m_pow)
{
    Value a[2];
    if (arg_parse(t, "__pow__", args + 1, nargs - 1, kwnames, "value|mod", a) < 0) return VAL_ERROR;
    if (a[1] == VAL_UNBOUND || a[1] == VAL_NONE) return int_binary(t, BINOP_POW, args[0], a[0]);
    if (!int_check(a[0]) || !int_check(a[1])) return VAL_NOTIMPL;
    return int_pow_mod(t, args[0], a[0], a[1]);
}

METHOD(int_m_format)
{
    if (arg_no_kw(t, "__format__", kwnames) < 0 || arg_count(t, "__format__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "__format__() argument must be str, not %N", args[1]);
    return format_int(t, args[0], args[1]);
}

/* byteorder argument of to_bytes/from_bytes: 1 for big, 0 for little. */
static int parse_byteorder(Thread *t, const char *fname, Value v)
{
    if (v == VAL_UNBOUND) return 1;
    if (!str_check(v)) {
        exc_raise(t, &TypeErrorType, "%s() argument 'byteorder' must be str, not %N", fname, v);
        return -1;
    }
    if (str_eq_cstr(STR(v), "big")) return 1;
    if (str_eq_cstr(STR(v), "little")) return 0;
    exc_raise(t, &ValueErrorType, "byteorder must be either 'little' or 'big'");
    return -1;
}

METHOD(int_m_to_bytes)
{
    Value a[3];
    if (arg_parse(t, "to_bytes", args + 1, nargs - 1, kwnames, "|length,byteorder,$signed", a) < 0)
        return VAL_ERROR;
    int64_t length = 1;
    if (a[0] != VAL_UNBOUND && op_index(t, a[0], &length) < 0) return VAL_ERROR;
    if (length < 0) return exc_raise(t, &ValueErrorType, "length argument must be non-negative");
    int big = parse_byteorder(t, "to_bytes", a[1]);
    if (big < 0) return VAL_ERROR;
    int is_signed = a[2] == VAL_UNBOUND ? 0 : op_truth(t, a[2]);
    if (is_signed < 0) return VAL_ERROR;
    IntView iv;
    mpz_srcptr z = view(args[0], &iv);
    if (!is_signed && mpz_sgn(z) < 0)
        return exc_raise(t, &OverflowErrorType, "can't convert negative int to unsigned");
    /* Bits needed: magnitude bits, plus a sign bit when signed. */
    mpz_t u;
    mpz_init(u);
    if (mpz_sgn(z) < 0) mpz_com(u, z);   /* -z - 1 */
    else mpz_set(u, z);
    uint64_t need = mpz_sgn(z) == 0 ? 0 : bit_length(u) + (uint64_t)is_signed;
    /* CPython quirk: (-1).to_bytes(0, signed=True) gives b''. */
    if (length == 0 && mpz_cmp_si(z, -1) == 0) need = 0;
    if (need > (uint64_t)length * 8) {
        mpz_clear(u);
        return exc_raise(t, &OverflowErrorType, "int too big to convert");
    }
    unsigned char *buf = calloc((size_t)length + 1, 1);
    if (!buf) {
        mpz_clear(u);
        return exc_no_memory(t);
    }
    size_t count = 0;
    mpz_export(buf, &count, 1, 1, 0, 0, u);
    /* Right-align the magnitude; negative values are the complement. */
    memmove(buf + (size_t)length - count, buf, count);
    memset(buf, 0, (size_t)length - count);
    if (mpz_sgn(z) < 0)
        for (int64_t i = 0; i < length; i++) buf[i] = (unsigned char)~buf[i];
    mpz_clear(u);
    if (!big)
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char c = buf[i];
            buf[i] = buf[j];
            buf[j] = c;
        }
    Value r = bytes_new(t, buf, (size_t)length);
    free(buf);
    return r;
}

/* The bytes of a bytes object or an iterable of ints in range(256),
 * malloc'ed. */
static unsigned char *collect_bytes(Thread *t, Value src, size_t *len)
{
    if (bytes_check(src)) {
        *len = BYTES(src)->len;
        unsigned char *buf = malloc(*len + 1);
        if (buf) memcpy(buf, BYTES(src)->data, *len);
        else exc_no_memory(t);
        return buf;
    }
    Value it = op_iter(t, src);
    if (it == VAL_ERROR) return NULL;
    gc_push_root(t, it);
    size_t n = 0, cap = 16;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            exc_no_memory(t);
            break;
        }
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) {
            gc_pop_roots(t, 1);
            *len = n;
            return buf;
        }
        int64_t b;
        if (item == VAL_ERROR || op_index(t, item, &b) < 0) break;
        if (b < 0 || b > 255) {
            exc_raise(t, &ValueErrorType, "bytes must be in range(0, 256)");
            break;
        }
        if (n == cap) {
            unsigned char *grown = realloc(buf, cap *= 2);
            if (!grown) free(buf);
            buf = grown;
            if (!buf) continue;
        }
        buf[n++] = (unsigned char)b;
    }
    free(buf);
    gc_pop_roots(t, 1);
    return NULL;
}

METHOD(int_m_from_bytes)
{
    Value a[3];
    if (arg_parse(t, "from_bytes", args + 1, nargs - 1, kwnames, "bytes|byteorder,$signed", a) < 0)
        return VAL_ERROR;
    int big = parse_byteorder(t, "from_bytes", a[1]);
    if (big < 0) return VAL_ERROR;
    int is_signed = a[2] == VAL_UNBOUND ? 0 : op_truth(t, a[2]);
    if (is_signed < 0) return VAL_ERROR;
    size_t len;
    unsigned char *buf = collect_bytes(t, a[0], &len);
    if (!buf) return VAL_ERROR;
    mpz_t z;
    mpz_init(z);
    mpz_import(z, len, big ? 1 : -1, 1, 0, 0, buf);
    bool negative = is_signed && len > 0 && (buf[big ? 0 : len - 1] & 0x80);
    free(buf);
    if (negative) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)len * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    Value r = int_take(t, z);
    TypeObj *cls = (TypeObj *)val_as_obj(args[0]);
    if (r == VAL_ERROR || cls == &IntType) return r;
    gc_push_root(t, r);
    Value o = op_call1(t, args[0], r);
    gc_pop_roots(t, 1);
    return o;
}

static Value int_get_self(Thread *t, Value self) { return int_exact(t, self); }
static Value int_get_zero(Thread *t, Value self) { (void)t; (void)self; return val_from_small(0); }
static Value int_get_one(Thread *t, Value self) { (void)t; (void)self; return val_from_small(1); }

static const MethodDef int_methods[] = {
    { "bit_length", int_m_bit_length, 0 },
    { "bit_count", int_m_bit_count, 0 },
    { "to_bytes", int_m_to_bytes, 0 },
    { "from_bytes", int_m_from_bytes, METH_CLASS },
    { "as_integer_ratio", int_m_as_integer_ratio, 0 },
    { "is_integer", int_m_is_integer, 0 },
    { "conjugate", int_m_conjugate, 0 },
    { "__index__", int_m_index, 0 },
    { "__int__", int_m_int, 0 },
    { "__float__", int_m_float, 0 },
    { "__abs__", int_m_abs, 0 },
    { "__round__", int_m_round, 0 },
    { "__trunc__", int_m_trunc, 0 },
    { "__floor__", int_m_floor, 0 },
    { "__ceil__", int_m_ceil, 0 },
    { "__divmod__", int_m_divmod, 0 },
    { "__rdivmod__", int_m_rdivmod, 0 },
    { "__pow__", int_m_pow, 0 },
    { "__format__", int_m_format, 0 },
    { "__bool__", int_m_bool, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef int_getset[] = {
    { "real", int_get_self, NULL },
    { "imag", int_get_zero, NULL },
    { "numerator", int_get_self, NULL },
    { "denominator", int_get_one, NULL },
    { NULL, NULL, NULL },
};

TypeObj IntType = {
    .name = "int",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(IntObj),
    .finalize = int_finalize,
    .new_ = int_new,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .truth = int_truth,
    .binary = int_binary,
    .unary = int_unary,
    .compare = int_compare_slot,
    .methods = int_methods,
    .getset = int_getset,
};

/* ---- bool ---------------------------------------------------------------- */

static Value bool_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    (void)cls;
    if (arg_no_kw(t, "bool", kwnames) < 0 || arg_count_expected(t, "bool", nargs, 0, 1) < 0)
        return VAL_ERROR;
    if (nargs == 0) return VAL_FALSE;
    int b = op_truth(t, args[0]);
    return b < 0 ? VAL_ERROR : val_from_bool(b);
}

static Value bool_repr(Thread *t, Value self)
{
    return str_from_cstr(t, self == VAL_TRUE ? "True" : "False");
}

/* &, | and ^ of two bools stay bools; everything else is int arithmetic. */
static Value bool_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (val_is_bool(a) && val_is_bool(b)) {
        bool x = a == VAL_TRUE, y = b == VAL_TRUE;
        switch (op) {
        case BINOP_AND: return val_from_bool(x && y);
        case BINOP_OR: return val_from_bool(x || y);
        case BINOP_XOR: return val_from_bool(x != y);
        default: break;
        }
    }
    return int_binary(t, op, a, b);
}

TypeObj BoolType = {
    .name = "bool",
    .base_type = &IntType,
    .new_ = bool_new,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .truth = int_truth,
    .binary = bool_binary,
    .unary = int_unary,
    .compare = int_compare_slot,
};

/* ---- GMP's allocation functions ------------------------------------------ */

/* GMP has no way to report a failed allocation to its caller: the
 * process ends as an uncaught MemoryError would end it (without the
 * traceback: there is no way back into the interpreter). */
static void gmp_out_of_memory(void)
{
    oom_exit("in integer arithmetic");
}

static void *gmp_alloc(size_t size)
{
    void *p = malloc(size);
    if (!p) gmp_out_of_memory();
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t size)
{
    (void)old;
    void *q = realloc(p, size);
    if (!q) gmp_out_of_memory();
    return q;
}

static void gmp_free(void *p, size_t size)
{
    (void)size;
    free(p);
}

void int_use_gmp_allocator(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}
