/*
 * obj_float.c -- float.
 *
 * Floats are unboxed doubles; only instances of script subclasses are
 * FloatObjs.  repr finds the shortest decimal that reads back exactly
 * (glibc's printf and strtod are correctly rounded, so "the nearest
 * p-digit decimal reads back" is an exact test) and lays it out the way
 * Python does.  Mixed int/float arithmetic converts the int (raising
 * OverflowError when it is too large); mixed comparisons are exact.
 */
#include <errno.h>
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
#include "obj_type.h"
#include "ops.h"

#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)
#define HASH_INF 314159
#define METHOD(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)

/* ---- repr ---------------------------------------------------------------- */

/* A decimal d[0].d[1..n-1] * 10**exp. */
typedef struct {
    char d[24];
    int n;
    int exp;
} Decimal;

/* The p-digit decimal nearest to x (x > 0, finite). */
static void nearest_decimal(double x, int p, Decimal *out)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    const char *s = buf;
    out->n = 0;
    for (; *s != 'e'; s++)
        if (*s != '.') out->d[out->n++] = *s;
    out->exp = atoi(s + 1);
}

static double decimal_value(const Decimal *dc)
{
    char buf[40], *p = buf;
    *p++ = dc->d[0];
    *p++ = '.';
    memcpy(p, dc->d + 1, (size_t)dc->n - 1);
    p += dc->n - 1;
    sprintf(p, "e%d", dc->exp);
    return strtod(buf, NULL);
}

/* The next decimal of the same length above dc. */
static void decimal_bump(Decimal *dc)
{
    int i = dc->n - 1;
    while (i >= 0 && dc->d[i] == '9') dc->d[i--] = '0';
    if (i >= 0) {
        dc->d[i]++;
    } else {
        dc->d[0] = '1';
        dc->exp++;
    }
}

/* d17 (17 digits, itself rounded) rounded half to even to p digits.
 * False when d17's tail is exactly a half: x may lie on either side of
 * it, so only x itself can tell. */
static bool decimal_round(const Decimal *d17, int p, Decimal *out)
{
    *out = *d17;
    out->n = p;
    bool rest_zero = true;
    for (int i = p + 1; i < d17->n; i++) rest_zero = rest_zero && d17->d[i] == '0';
    char next = d17->d[p];
    if (next == '5' && rest_zero) return false;
    if (next >= '5') decimal_bump(out);
    return true;
}

/* The shortest decimal that reads back as x, searching all lengths:
 * for subnormals and powers of two. */
static void shortest_decimal_slow(double x, Decimal *out)
{
    /* At a power of two (above the subnormals) the gap below x is half
     * the gap above, so a shorter decimal may exist above x even when
     * the nearest one, below, does not read back. */
    for (int p = 1; p <= 17; p++) {
        nearest_decimal(x, p, out);
        double v = decimal_value(out);
        if (v == x) return;
        if (v < x) {
            Decimal up = *out;
            decimal_bump(&up);
            if (decimal_value(&up) == x) {
                *out = up;
                return;
            }
        }
    }
}

/* The shortest decimal that reads back as x (x > 0, finite); among
 * several of that length, the nearest (what Python's repr picks).
 *
 * For a normal double that is not a power of two: a decimal of 15 or
 * fewer digits that reads back as x lies within half an ulp of x, far
 * closer than half a unit in its 15th digit, so it is the 15-digit
 * rounding of x with trailing zeros dropped.  If that does not read
 * back, the answer has 16 digits (the 16-digit rounding, if it reads
 * back) or else 17.  One printf and at most two strtods. */
static void shortest_decimal(double x, Decimal *out)
{
    int e2;
    double m = frexp(x, &e2);
    if (x < DBL_MIN || m == 0.5) {
        shortest_decimal_slow(x, out);
    } else {
        Decimal d17;
        nearest_decimal(x, 17, &d17);
        for (int p = 15; p <= 17; p++) {
            if (p == 17) {
                *out = d17;
                break;
            }
            if (!decimal_round(&d17, p, out)) nearest_decimal(x, p, out);
            if (decimal_value(out) == x) break;
        }
    }
    while (out->n > 1 && out->d[out->n - 1] == '0') out->n--;
}

int float_repr_buf(double d, char *buf)
{
    if (isnan(d)) return (int)strlen(strcpy(buf, "nan"));
    if (isinf(d)) return (int)strlen(strcpy(buf, d > 0 ? "inf" : "-inf"));
    if (d == 0) return (int)strlen(strcpy(buf, signbit(d) ? "-0.0" : "0.0"));
    Decimal dc;
    shortest_decimal(fabs(d), &dc);
    char *p = buf;
    if (d < 0) *p++ = '-';
    int x = dc.exp;
    if (x < -4 || x >= 16) {
        *p++ = dc.d[0];
        if (dc.n > 1) {
            *p++ = '.';
            memcpy(p, dc.d + 1, (size_t)dc.n - 1);
            p += dc.n - 1;
        }
        p += sprintf(p, "e%c%02d", x < 0 ? '-' : '+', abs(x));
    } else if (x >= 0) {
        for (int i = 0; i <= x; i++) *p++ = i < dc.n ? dc.d[i] : '0';
        *p++ = '.';
        if (dc.n > x + 1) {
            memcpy(p, dc.d + x + 1, (size_t)(dc.n - x - 1));
            p += dc.n - x - 1;
        } else {
            *p++ = '0';
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -x - 1; i++) *p++ = '0';
        memcpy(p, dc.d, (size_t)dc.n);
        p += dc.n;
    }
    *p = '\0';
    return (int)(p - buf);
}

Value float_repr(Thread *t, double d)
{
    char buf[32];
    int n = float_repr_buf(d, buf);
    return str_new(t, buf, (size_t)n);
}

static Value float_repr_slot(Thread *t, Value self)
{
    return float_repr(t, float_value(self));
}

/* ---- hash ---------------------------------------------------------------- */

int64_t float_hash(double d)
{
    if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
    if (isnan(d)) return 0;
    if (d == 0) return 0;
    /* |d| = m * 2**e with m an integer below 2**53; since 2**61 == 1 modulo
     * the modulus, multiplying by 2**e is a rotation of the 61-bit m. */
    int e;
    double fr = frexp(fabs(d), &e);
    uint64_t m = (uint64_t)ldexp(fr, 53);
    e -= 53;
    int k = ((e % 61) + 61) % 61;
    uint64_t h = k ? ((m << k) & HASH_MODULUS) | (m >> (61 - k)) : m;
    if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    int64_t r = d < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

static int64_t float_hash_slot(Thread *t, Value self)
{
    (void)t;
    return float_hash(float_value(self));
}

/* ---- parsing ------------------------------------------------------------- */

static bool ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Digits with single underscores between them, copied to out without
 * the underscores.  Returns the index after them (i if none). */
static size_t scan_digits(const char *p, size_t i, size_t end, char *out, size_t *o)
{
    while (i < end) {
        if (is_digit(p[i])) out[(*o)++] = p[i++];
        else if (p[i] == '_' && *o > 0 && is_digit(out[*o - 1]) && i + 1 < end && is_digit(p[i + 1])) i++;
        else break;
    }
    return i;
}

static bool word_is(const char *p, size_t n, const char *word)
{
    return strlen(word) == n && strncasecmp(p, word, n) == 0;
}

/* Parses ASCII text as a float; false if it is not one. */
static bool parse_float_ascii(const char *p, size_t n, double *out)
{
    size_t i = 0, end = n;
    while (i < end && ascii_space(p[i])) i++;
    while (end > i && ascii_space(p[end - 1])) end--;
    bool neg = false;
    if (i < end && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    if (word_is(p + i, end - i, "inf") || word_is(p + i, end - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (word_is(p + i, end - i, "nan")) {
        *out = NAN;
        return true;
    }
    char *clean = malloc(end - i + 2);
    if (!clean) return false;
    size_t o = 0;
    if (neg) clean[o++] = '-';
    size_t start = o;
    size_t j = scan_digits(p, i, end, clean, &o);
    bool digits = o > start;
    if (j < end && p[j] == '.') {
        clean[o++] = '.';
        size_t before = o;
        j = scan_digits(p, j + 1, end, clean, &o);
        digits = digits || o > before;
    }
    bool ok = digits;
    if (ok && j < end && (p[j] == 'e' || p[j] == 'E')) {
        clean[o++] = 'e';
        j++;
        if (j < end && (p[j] == '+' || p[j] == '-')) clean[o++] = p[j++];
        size_t before = o;
        j = scan_digits(p, j, end, clean, &o);
        ok = o > before;
    }
    ok = ok && j == end;
    clean[o] = '\0';
    if (ok) *out = strtod(clean, NULL);
    free(clean);
    return ok;
}

/* float(text) where orig (a str or bytes) is the text for messages. */
static Value parse_float_text(Thread *t, Value orig, const char *s, size_t len)
{
    size_t n;
    char *p = int_text_to_ascii(s, len, !bytes_check(orig), &n);
    if (!p) return exc_no_memory(t);
    double d;
    bool ok = parse_float_ascii(p, n, &d);
    free(p);
    if (ok) return val_from_double(d);
    return exc_raise(t, &ValueErrorType, "could not convert string to float: %R", orig);
}

Value float_from_str(Thread *t, const char *s, size_t len)
{
    Value orig = str_new(t, s, len);
    if (orig == VAL_ERROR) return orig;
    gc_push_root(t, orig);
    Value r = parse_float_text(t, orig, s, len);
    gc_pop_roots(t, 1);
    return r;
}

/* ---- conversions --------------------------------------------------------- */

static Value call_special(Thread *t, Value x, StrObj *name)
{
    Value f = op_getattr_opt(t, x, name);
    if (f == VAL_UNBOUND || f == VAL_ERROR) return f;
    gc_push_root(t, f);
    Value r = op_call0(t, f);
    gc_pop_roots(t, 1);
    return r;
}

/* x to double through __float__ or __index__: 0, -1 on error, 1 if x has
 * neither (no exception set). */
static int object_to_double(Thread *t, Value x, double *out)
{
    Value r = call_special(t, x, NAME(t, float));
    if (r == VAL_ERROR) return -1;
    if (r != VAL_UNBOUND) {
        if (!float_check(r)) {
            exc_raise(t, &TypeErrorType, "%s.__float__ returned non-float (type %s)",
                      type_name(val_type(x)), type_name(val_type(r)));
            return -1;
        }
        *out = float_value(r);
        return 0;
    }
    if (type_lookup(val_type(x), NAME(t, index)) == VAL_UNBOUND) return 1;
    r = call_special(t, x, NAME(t, index));
    if (r == VAL_ERROR) return -1;
    if (!int_check(r)) {
        exc_raise(t, &TypeErrorType, "__index__ returned non-int (type %s)", type_name(val_type(r)));
        return -1;
    }
    return int_as_double(t, r, out);
}

int float_as_double(Thread *t, Value v, double *out)
{
    if (float_check(v)) {
        *out = float_value(v);
        return 0;
    }
    if (int_check(v)) return int_as_double(t, v, out);
    int r = object_to_double(t, v, out);
    if (r > 0) {
        exc_raise(t, &TypeErrorType, "must be real number, not %s", type_name(val_type(v)));
        return -1;
    }
    return r;
}

static Value float_construct(Thread *t, Value x)
{
    if (x == VAL_UNBOUND) return val_from_double(0.0);
    if (float_check(x)) return val_from_double(float_value(x));
    double d;
    if (int_check(x)) return int_as_double(t, x, &d) < 0 ? VAL_ERROR : val_from_double(d);
    if (str_check(x)) return parse_float_text(t, x, STR(x)->data, STR(x)->len);
    if (bytes_check(x)) return parse_float_text(t, x, (const char *)BYTES(x)->data, BYTES(x)->len);
    int r = object_to_double(t, x, &d);
    if (r < 0) return VAL_ERROR;
    if (r > 0)
        return exc_raise(t, &TypeErrorType, "float() argument must be a string or a real number, not '%s'",
                         type_name(val_type(x)));
    return val_from_double(d);
}

/* An instance of the float subclass cls holding d. */
static Value float_box(Thread *t, TypeObj *cls, double d)
{
    FloatObj *o = gc_alloc(t, cls, cls->instance_size ? cls->instance_size : sizeof(FloatObj));
    if (!o) return VAL_ERROR;
    o->value = d;
    return val_from_obj(o);
}

static Value float_new(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kwnames)
{
    Value a[1];
    if (arg_parse(t, "float", args, nargs, kwnames, "|x/", a) < 0) return VAL_ERROR;
    Value r = float_construct(t, a[0]);
    if (r == VAL_ERROR || cls == &FloatType) return r;
    return float_box(t, cls, val_as_double(r));
}

/* ---- arithmetic ---------------------------------------------------------- */

/* Python's divmod for floats: the quotient floors, the remainder takes
 * the divisor's sign.  y != 0. */
static void float_divmod(double x, double y, double *quot, double *rem)
{
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *quot = floordiv;
    *rem = mod;
}

static Value float_pow(Thread *t, double x, double y)
{
    if (y == 0) return val_from_double(1.0);
    if (isnan(x) || isnan(y) || isinf(x) || isinf(y)) return val_from_double(pow(x, y));
    if (x == 0 && y < 0)
        return exc_raise(t, &ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    if (x < 0 && y != floor(y))
        return exc_raise(t, &ValueErrorType, "negative number cannot be raised to a fractional power");
    double r = pow(x, y);
    if (isinf(r)) return exc_raise(t, &OverflowErrorType, "(34, 'Numerical result out of range')");
    return val_from_double(r);
}

static bool float_operand(Value v)
{
    return float_check(v) || int_check(v);
}

static int to_double(Thread *t, Value v, double *out)
{
    if (float_check(v)) {
        *out = float_value(v);
        return 0;
    }
    return int_as_double(t, v, out);
}

Value float_binary(Thread *t, BinOp op, Value a, Value b)
{
    if (!(float_check(a) || float_check(b)) || !float_operand(a) || !float_operand(b))
        return VAL_NOTIMPL;
    switch (op) {
    case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: case BINOP_TRUEDIV:
    case BINOP_FLOORDIV: case BINOP_MOD: case BINOP_POW:
        break;
    default:
        return VAL_NOTIMPL;
    }
    double x, y, q, r;
    if (to_double(t, a, &x) < 0 || to_double(t, b, &y) < 0) return VAL_ERROR;
    switch (op) {
    case BINOP_ADD: return val_from_double(x + y);
    case BINOP_SUB: return val_from_double(x - y);
    case BINOP_MUL: return val_from_double(x * y);
    case BINOP_TRUEDIV:
        if (y == 0) return exc_raise(t, &ZeroDivisionErrorType, "float division by zero");
        return val_from_double(x / y);
    case BINOP_FLOORDIV:
        if (y == 0) return exc_raise(t, &ZeroDivisionErrorType, "float floor division by zero");
        float_divmod(x, y, &q, &r);
        return val_from_double(q);
    case BINOP_MOD:
        if (y == 0) return exc_raise(t, &ZeroDivisionErrorType, "float modulo");
        float_divmod(x, y, &q, &r);
        return val_from_double(r);
    default:
        return float_pow(t, x, y);
    }
}

static Value float_unary(Thread *t, UnOp op, Value a)
{
    (void)t;
    double x = float_value(a);
    switch (op) {
    case UNOP_NEG: return val_from_double(-x);
    case UNOP_POS: return val_from_double(x);
    default: return VAL_NOTIMPL;
    }
}

/* -1, 0, 1, 2 (unordered: a NaN) or 3 (not comparable). */
static int compare_numbers(Value a, Value b)
{
    if (float_check(a) && float_check(b)) {
        double x = float_value(a), y = float_value(b);
        if (isnan(x) || isnan(y)) return 2;
        return x < y ? -1 : x > y;
    }
    if (float_check(a) && int_check(b)) {
        int c = int_compare_double(b, float_value(a));
        return c == 2 ? 2 : -c;
    }
    if (int_check(a) && float_check(b)) return int_compare_double(a, float_value(b));
    return 3;
}

static Value float_compare_slot(Thread *t, CmpOp op, Value a, Value b)
{
    (void)t;
    int c = compare_numbers(a, b);
    if (c == 3) return VAL_NOTIMPL;
    if (c == 2) return val_from_bool(op == CMP_NE);
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_EQ: return val_from_bool(c == 0);
    case CMP_NE: return val_from_bool(c != 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static int float_truth(Thread *t, Value self)
{
    (void)t;
    return float_value(self) != 0;
}

/* ---- rounding ------------------------------------------------------------ */

/* |x| rounded half to even to a multiple of 10**k (k >= 1), exactly;
 * may be +inf. */
static double round_to_pow10(double x, int k)
{
    int e;
    double fr = frexp(fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_d(num, ldexp(fr, 53));
    e -= 53;
    mpz_ui_pow_ui(den, 10, (unsigned long)k);
    if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_ui_pow_ui(den, 10, (unsigned long)k);
    mpz_mul(q, q, den);
    double d = int_scale_to_double(q, 0, false);
    mpz_clears(num, den, q, r, NULL);
    return d;
}

double float_round(double x, int64_t ndigits)
{
    /* Beyond these every double is kept, or rounds to zero. */
    if (!isfinite(x) || x == 0 || ndigits > 323) return x;
    if (ndigits < -308) return copysign(0.0, x);
    if (ndigits >= 0) {
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        return strtod(buf, NULL);
    }
    return copysign(round_to_pow10(x, (int)-ndigits), x);
}

Value float_round_value(Thread *t, double d, int64_t ndigits)
{
    double r = float_round(d, ndigits);
    if (isinf(r) && !isinf(d))
        return exc_raise(t, &OverflowErrorType, "rounded value too large to represent");
    return val_from_double(r);
}

/* ---- methods ------------------------------------------------------------- */

static int no_args(Thread *t, const char *name, int nargs, TupleObj *kwnames)
{
    if (arg_no_kw(t, name, kwnames) < 0) return -1;
    return arg_count(t, name, nargs - 1, 0, 0);
}

METHOD(float_m_int)
{
    if (no_args(t, "__int__", nargs, kwnames) < 0) return VAL_ERROR;
    return int_from_double(t, float_value(args[0]));
}

METHOD(float_m_trunc)
{
    if (no_args(t, "__trunc__", nargs, kwnames) < 0) return VAL_ERROR;
    return int_from_double(t, float_value(args[0]));
}

METHOD(float_m_floor)
{
    if (no_args(t, "__floor__", nargs, kwnames) < 0) return VAL_ERROR;
    return int_from_double(t, floor(float_value(args[0])));
}

METHOD(float_m_ceil)
{
    if (no_args(t, "__ceil__", nargs, kwnames) < 0) return VAL_ERROR;
    return int_from_double(t, ceil(float_value(args[0])));
}

METHOD(float_m_float)
{
    if (no_args(t, "__float__", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_double(float_value(args[0]));
}

METHOD(float_m_conjugate)
{
    if (no_args(t, "conjugate", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_double(float_value(args[0]));
}

METHOD(float_m_abs)
{
    if (no_args(t, "__abs__", nargs, kwnames) < 0) return VAL_ERROR;
    return val_from_double(fabs(float_value(args[0])));
}

METHOD(float_m_is_integer)
{
    if (no_args(t, "is_integer", nargs, kwnames) < 0) return VAL_ERROR;
    double x = float_value(args[0]);
    return val_from_bool(isfinite(x) && floor(x) == x);
}

METHOD(float_m_as_integer_ratio)
{
    if (no_args(t, "as_integer_ratio", nargs, kwnames) < 0) return VAL_ERROR;
    double x = float_value(args[0]);
    if (isinf(x)) return exc_raise(t, &OverflowErrorType, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return exc_raise(t, &ValueErrorType, "cannot convert NaN to integer ratio");
    int e;
    double fr = frexp(x, &e);
    int64_t m = (int64_t)ldexp(fr, 53);
    e -= 53;
    while (m != 0 && (m & 1) == 0 && e < 0) {
        m >>= 1;
        e++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, m);
    mpz_init_set_ui(den, 1);
    if (m == 0) e = 0;
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value n = int_from_mpz(t, num);
    mpz_clear(num);
    if (n == VAL_ERROR) {
        mpz_clear(den);
        return n;
    }
    gc_push_root(t, n);
    Value d = int_from_mpz(t, den);
    mpz_clear(den);
    Value r = VAL_ERROR;
    if (d != VAL_ERROR) {
        gc_push_root(t, d);
        r = tuple_pack(t, 2, n, d);
        gc_pop_roots(t, 1);
    }
    gc_pop_roots(t, 1);
    return r;
}

METHOD(float_m_hex)
{
    if (no_args(t, "hex", nargs, kwnames) < 0) return VAL_ERROR;
    double x = float_value(args[0]);
    char buf[40];
    if (isnan(x) || isinf(x)) {
        float_repr_buf(x, buf);
    } else if (x == 0) {
        strcpy(buf, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        uint64_t bits;
        memcpy(&bits, &x, sizeof bits);
        int field = (int)((bits >> 52) & 0x7FF);
        uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
        snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", signbit(x) ? "-" : "", field != 0,
                 (unsigned long long)frac, field ? field - 1023 : -1022);
    }
    return str_from_cstr(t, buf);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Parses float.hex() text.  0 ok, -1 invalid, 1 too large. */
static int parse_hex_float(const char *p, size_t n, double *out)
{
    size_t i = 0, end = n;
    while (i < end && ascii_space(p[i])) i++;
    while (end > i && ascii_space(p[end - 1])) end--;
    bool neg = false;
    if (i < end && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    if (word_is(p + i, end - i, "inf") || word_is(p + i, end - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (word_is(p + i, end - i, "nan")) {
        *out = NAN;
        return 0;
    }
    if (i + 1 < end && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X')) i += 2;
    char *digits = malloc(end - i + 2);
    if (!digits) return -1;
    size_t nd = 0, frac = 0;
    while (i < end && hex_digit(p[i]) >= 0) digits[nd++] = p[i++];
    if (i < end && p[i] == '.') {
        i++;
        while (i < end && hex_digit(p[i]) >= 0) {
            digits[nd++] = p[i++];
            frac++;
        }
    }
    digits[nd] = '\0';
    int64_t exp = 0;
    bool ok = nd > 0;
    if (ok && i < end && (p[i] == 'p' || p[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < end && (p[i] == '+' || p[i] == '-')) eneg = p[i++] == '-';
        ok = i < end && is_digit(p[i]);
        /* Saturate: past 2**40 the result is 0 or too large anyway. */
        for (; i < end && is_digit(p[i]); i++)
            if (exp < (INT64_C(1) << 40)) exp = exp * 10 + (p[i] - '0');
        if (eneg) exp = -exp;
    }
    if (!ok || i != end) {
        free(digits);
        return -1;
    }
    mpz_t m;
    mpz_init_set_str(m, digits, 16);
    free(digits);
    double d = int_scale_to_double(m, exp - 4 * (int64_t)frac, false);
    mpz_clear(m);
    if (isinf(d)) return 1;
    *out = neg ? -d : d;
    return 0;
}

METHOD(float_m_fromhex)
{
    if (arg_no_kw(t, "fromhex", kwnames) < 0 || arg_count(t, "fromhex", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "bad argument type for built-in operation");
    double d;
    int r = parse_hex_float(STR(args[1])->data, STR(args[1])->len, &d);
    if (r < 0) return exc_raise(t, &ValueErrorType, "invalid hexadecimal floating-point string");
    if (r > 0)
        return exc_raise(t, &OverflowErrorType, "hexadecimal value too large to represent as a float");
    if (val_as_obj(args[0]) == (Obj *)&FloatType) return val_from_double(d);
    return op_call1(t, args[0], val_from_double(d));
}

METHOD(float_m_round)
{
    Value a[1];
    if (arg_parse(t, "__round__", args + 1, nargs - 1, kwnames, "|ndigits", a) < 0) return VAL_ERROR;
    double x = float_value(args[0]);
    if (a[0] == VAL_UNBOUND || a[0] == VAL_NONE) return int_from_double(t, nearbyint(x));
    int64_t nd;
    if (val_is_obj(a[0]) && int_check(a[0]) && int_as_i64(t, a[0], &nd) < 0) {
        exc_clear(t);
        nd = int_sign(a[0]) > 0 ? INT64_MAX : INT64_MIN;   /* only the direction matters */
    } else if (op_index(t, a[0], &nd) < 0) {
        return VAL_ERROR;
    }
    return float_round_value(t, x, nd);
}

static Value divmod_pair(Thread *t, Value a, Value b)
{
    if (!(float_check(a) || float_check(b)) || !float_operand(a) || !float_operand(b))
        return VAL_NOTIMPL;
    double x, y, q, r;
    if (to_double(t, a, &x) < 0 || to_double(t, b, &y) < 0) return VAL_ERROR;
    if (y == 0) return exc_raise(t, &ZeroDivisionErrorType, "float divmod()");
    float_divmod(x, y, &q, &r);
    return tuple_pack(t, 2, val_from_double(q), val_from_double(r));
}

METHOD(float_m_divmod)
{
    if (arg_no_kw(t, "__divmod__", kwnames) < 0 || arg_count(t, "__divmod__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return divmod_pair(t, args[0], args[1]);
}

METHOD(float_m_rdivmod)
{
    if (arg_no_kw(t, "__rdivmod__", kwnames) < 0 || arg_count(t, "__rdivmod__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    return divmod_pair(t, args[1], args[0]);
}

METHOD(float_m_pow)
{
    Value a[2];
    if (arg_parse(t, "__pow__", args + 1, nargs - 1, kwnames, "value|mod", a) < 0) return VAL_ERROR;
    if (a[1] != VAL_UNBOUND && a[1] != VAL_NONE)
        return exc_raise(t, &TypeErrorType,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    return float_binary(t, BINOP_POW, args[0], a[0]);
}

METHOD(float_m_format)
{
    if (arg_no_kw(t, "__format__", kwnames) < 0 || arg_count(t, "__format__", nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    if (!str_check(args[1]))
        return exc_raise(t, &TypeErrorType, "__format__() argument must be str, not %N", args[1]);
    return format_float(t, val_from_double(float_value(args[0])), args[1]);
}

static Value float_get_real(Thread *t, Value self) { (void)t; return val_from_double(float_value(self)); }
static Value float_get_imag(Thread *t, Value self) { (void)t; (void)self; return val_from_double(0.0); }

static const MethodDef float_methods[] = {
    { "is_integer", float_m_is_integer, 0 },
    { "as_integer_ratio", float_m_as_integer_ratio, 0 },
    { "hex", float_m_hex, 0 },
    { "fromhex", float_m_fromhex, METH_CLASS },
    { "conjugate", float_m_conjugate, 0 },
    { "__int__", float_m_int, 0 },
    { "__float__", float_m_float, 0 },
    { "__abs__", float_m_abs, 0 },
    { "__round__", float_m_round, 0 },
    { "__trunc__", float_m_trunc, 0 },
    { "__floor__", float_m_floor, 0 },
    { "__ceil__", float_m_ceil, 0 },
    { "__divmod__", float_m_divmod, 0 },
    { "__rdivmod__", float_m_rdivmod, 0 },
    { "__pow__", float_m_pow, 0 },
    { "__format__", float_m_format, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef float_getset[] = {
    { "real", float_get_real, NULL },
    { "imag", float_get_imag, NULL },
    { NULL, NULL, NULL },
};

TypeObj FloatType = {
    .name = "float",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(FloatObj),
    .new_ = float_new,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .truth = float_truth,
    .binary = float_binary,
    .unary = float_unary,
    .compare = float_compare_slot,
    .methods = float_methods,
    .getset = float_getset,
};
