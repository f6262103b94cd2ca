/*
 * mod_math.c -- the math module.
 *
 * Functions of floats follow CPython's error rules: a NaN result from a
 * non-NaN argument is "math domain error" (ValueError); an infinite
 * result from finite arguments is "math range error" (OverflowError) for
 * functions that can overflow and a domain error for the others (log(0),
 * atanh(1)).  Integer functions (gcd, comb, factorial, isqrt ...) work on
 * GMP integers of any size; logarithms of ints too large for a double
 * split off the binary exponent first.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"

#define FN(name) static Value name(Thread *t, Value *args, int nargs, TupleObj *kwnames)
/* Results larger than this many bits raise MemoryError, as in obj_int.c. */
#define MAX_RESULT_BITS (UINT64_C(1) << 33)

static Value domain_error(Thread *t)
{
    return exc_raise(t, &ValueErrorType, "math domain error");
}

static Value range_error(Thread *t)
{
    return exc_raise(t, &OverflowErrorType, "math range error");
}

/* MemoryError() for a result too large to compute. */
static int too_big(Thread *t)
{
    Value e = exc_new(t, &MemoryErrorType, NULL, 0);
    if (e != VAL_ERROR) exc_raise_obj(t, e);
    return -1;
}

static int fail_with(Thread *t, TypeObj *type, const char *msg)
{
    exc_raise(t, type, "%s", msg);
    return -1;
}

/* Argument count checks with CPython's two message styles: one-argument
 * functions say "math.f() takes exactly one argument", the others
 * "f expected 2 arguments, got 1". */
static int one_arg(Thread *t, const char *name, int nargs, TupleObj *kwnames)
{
    char full[40];
    snprintf(full, sizeof full, "math.%s", name);
    if (arg_no_kw(t, full, kwnames) < 0) return -1;
    return arg_count(t, full, nargs, 1, 1);
}

static int n_args(Thread *t, const char *name, int nargs, TupleObj *kwnames, int min, int max)
{
    if (arg_no_kw(t, name, kwnames) < 0) return -1;
    return arg_count_expected(t, name, nargs, min, max);
}

static Value float_result(Thread *t, double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x)) return domain_error(t);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(t) : domain_error(t);
    return val_from_double(r);
}

static Value math_1(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name,
                    double (*f)(double), bool can_overflow)
{
    double x;
    if (one_arg(t, name, nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return float_result(t, x, f(x), can_overflow);
}

#define MATH_1(name, cfunc, can_overflow) \
    FN(m_##name) { return math_1(t, args, nargs, kwnames, #name, cfunc, can_overflow); }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(log1p, log1p, false)
MATH_1(sqrt, sqrt, false)
MATH_1(cbrt, cbrt, false)
MATH_1(fabs, fabs, false)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)

static bool is_nonpositive_integer(double x)
{
    return x <= 0 && floor(x) == x;
}

FN(m_gamma)
{
    double x;
    if (one_arg(t, "gamma", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    if (is_nonpositive_integer(x) || x == -HUGE_VAL) return domain_error(t);
    return float_result(t, x, tgamma(x), true);
}

FN(m_lgamma)
{
    double x;
    if (one_arg(t, "lgamma", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    if (is_nonpositive_integer(x)) return domain_error(t);
    return float_result(t, x, lgamma(x), true);
}

/* ---- logarithms ---------------------------------------------------------- */

/* f(x) for a positive real or int of any size; -1 with the exception set. */
static int log_of(Thread *t, Value x, double (*f)(double), double *out)
{
    if (int_check(x)) {
        if (int_sign(x) <= 0) return fail_with(t, &ValueErrorType, "math domain error");
        double d;
        if (int_as_double(t, x, &d) == 0) {
            *out = f(d);
            return 0;
        }
        /* Too large for a double: x = m * 2**e with m in [0.5, 1). */
        exc_clear(t);
        mpz_t z;
        mpz_init(z);
        int_to_mpz(x, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        mpz_clear(z);
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double d;
    if (float_as_double(t, x, &d) < 0) return -1;
    if (d <= 0 || isnan(d)) {
        if (isnan(d)) {
            *out = d;
            return 0;
        }
        return fail_with(t, &ValueErrorType, "math domain error");
    }
    *out = f(d);
    return 0;
}

FN(m_log)
{
    if (n_args(t, "log", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    double num, den;
    if (log_of(t, args[0], log, &num) < 0) return VAL_ERROR;
    if (nargs == 1) return val_from_double(num);
    if (log_of(t, args[1], log, &den) < 0) return VAL_ERROR;
    if (den == 0) return exc_raise(t, &ZeroDivisionErrorType, "float division by zero");
    return val_from_double(num / den);
}

FN(m_log2)
{
    double r;
    if (one_arg(t, "log2", nargs, kwnames) < 0 || log_of(t, args[0], log2, &r) < 0) return VAL_ERROR;
    return val_from_double(r);
}

FN(m_log10)
{
    double r;
    if (one_arg(t, "log10", nargs, kwnames) < 0 || log_of(t, args[0], log10, &r) < 0) return VAL_ERROR;
    return val_from_double(r);
}

/* ---- two-argument float functions ---------------------------------------- */

static int two_doubles(Thread *t, const char *name, Value *args, int nargs, TupleObj *kwnames,
                       double *x, double *y)
{
    if (n_args(t, name, nargs, kwnames, 2, 2) < 0) return -1;
    if (float_as_double(t, args[0], x) < 0 || float_as_double(t, args[1], y) < 0) return -1;
    return 0;
}

FN(m_atan2)
{
    double y, x;
    if (two_doubles(t, "atan2", args, nargs, kwnames, &y, &x) < 0) return VAL_ERROR;
    return val_from_double(atan2(y, x));
}

FN(m_copysign)
{
    double x, y;
    if (two_doubles(t, "copysign", args, nargs, kwnames, &x, &y) < 0) return VAL_ERROR;
    return val_from_double(copysign(x, y));
}

FN(m_fmod)
{
    double x, y;
    if (two_doubles(t, "fmod", args, nargs, kwnames, &x, &y) < 0) return VAL_ERROR;
    if (isinf(y) && isfinite(x)) return val_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    return val_from_double(r);
}

FN(m_remainder)
{
    double x, y;
    if (two_doubles(t, "remainder", args, nargs, kwnames, &x, &y) < 0) return VAL_ERROR;
    if (isnan(x)) return val_from_double(x);
    if (isnan(y)) return val_from_double(y);
    if (isinf(x) || y == 0) return domain_error(t);
    if (isinf(y)) return val_from_double(x);
    return val_from_double(remainder(x, y));
}

FN(m_pow)
{
    double x, y;
    if (two_doubles(t, "pow", args, nargs, kwnames, &x, &y) < 0) return VAL_ERROR;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) return domain_error(t);
        if (isinf(r)) return x == 0 ? domain_error(t) : range_error(t);
    }
    return val_from_double(r);
}

FN(m_nextafter)
{
    double x, y;
    if (two_doubles(t, "nextafter", args, nargs, kwnames, &x, &y) < 0) return VAL_ERROR;
    return val_from_double(nextafter(x, y));
}

FN(m_ulp)
{
    double x;
    if (one_arg(t, "ulp", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    if (isnan(x)) return val_from_double(x);
    x = fabs(x);
    if (isinf(x)) return val_from_double(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) return val_from_double(x - nextafter(x, -HUGE_VAL));
    return val_from_double(up - x);
}

FN(m_degrees)
{
    double x;
    if (one_arg(t, "degrees", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return val_from_double(x * (180.0 / M_PI));
}

FN(m_radians)
{
    double x;
    if (one_arg(t, "radians", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return val_from_double(x * (M_PI / 180.0));
}

FN(m_isfinite)
{
    double x;
    if (one_arg(t, "isfinite", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return val_from_bool(isfinite(x));
}

FN(m_isinf)
{
    double x;
    if (one_arg(t, "isinf", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return val_from_bool(isinf(x));
}

FN(m_isnan)
{
    double x;
    if (one_arg(t, "isnan", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    return val_from_bool(isnan(x));
}

FN(m_isclose)
{
    Value a[4];
    if (arg_parse(t, "isclose", args, nargs, kwnames, "a,b|$rel_tol,abs_tol", a) < 0) return VAL_ERROR;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (float_as_double(t, a[0], &x) < 0 || float_as_double(t, a[1], &y) < 0) return VAL_ERROR;
    if (a[2] != VAL_UNBOUND && float_as_double(t, a[2], &rel) < 0) return VAL_ERROR;
    if (a[3] != VAL_UNBOUND && float_as_double(t, a[3], &abs_tol) < 0) return VAL_ERROR;
    if (rel < 0 || abs_tol < 0) return exc_raise(t, &ValueErrorType, "tolerances must be non-negative");
    if (x == y) return VAL_TRUE;
    if (isinf(x) || isinf(y)) return VAL_FALSE;
    double diff = fabs(y - x);
    return val_from_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

FN(m_modf)
{
    double x, ip;
    if (one_arg(t, "modf", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    double frac = modf(x, &ip);
    return tuple_pack(t, 2, val_from_double(frac), val_from_double(ip));
}

FN(m_frexp)
{
    double x;
    if (one_arg(t, "frexp", nargs, kwnames) < 0 || float_as_double(t, args[0], &x) < 0) return VAL_ERROR;
    int e = 0;
    double m = (isfinite(x) && x != 0) ? frexp(x, &e) : x;
    return tuple_pack(t, 2, val_from_double(m), val_from_small(e));
}

FN(m_ldexp)
{
    double x;
    if (n_args(t, "ldexp", nargs, kwnames, 2, 2) < 0 || float_as_double(t, args[0], &x) < 0)
        return VAL_ERROR;
    if (!int_check(args[1]))
        return exc_raise(t, &TypeErrorType, "Expected an int as second argument to ldexp.");
    if (x == 0 || !isfinite(x)) return val_from_double(x);
    int64_t e;
    if (int_as_i64(t, args[1], &e) < 0) {
        exc_clear(t);
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    /* Beyond +-2200 every double overflows or underflows anyway. */
    if (e > 2200) e = 2200;
    if (e < -2200) e = -2200;
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(t);
    return val_from_double(r);
}

/* ---- floor, ceil, trunc -------------------------------------------------- */

/* Calls x.<name>() if x's type defines it; VAL_UNBOUND if not. */
static Value call_special(Thread *t, Value x, const char *name)
{
    StrObj *s = str_intern(t, name);
    if (!s) return VAL_ERROR;
    if (type_lookup(val_type(x), s) == VAL_UNBOUND) return VAL_UNBOUND;
    return op_call_method(t, x, s, NULL, 0);
}

static Value round_via(Thread *t, const char *fname, Value *args, int nargs, TupleObj *kwnames,
                       const char *special, double (*f)(double))
{
    if (one_arg(t, fname, nargs, kwnames) < 0) return VAL_ERROR;
    Value x = args[0];
    if (val_is_double(x)) return int_from_double(t, f(val_as_double(x)));
    if (val_is_int(x) || val_is_bool(x) || val_is_type(x, &IntType)) return int_exact(t, x);
    Value r = call_special(t, x, special);
    if (r != VAL_UNBOUND) return r;
    double d;
    if (float_as_double(t, x, &d) < 0) return VAL_ERROR;
    return int_from_double(t, f(d));
}

FN(m_floor) { return round_via(t, "floor", args, nargs, kwnames, "__floor__", floor); }
FN(m_ceil) { return round_via(t, "ceil", args, nargs, kwnames, "__ceil__", ceil); }

FN(m_trunc)
{
    if (one_arg(t, "trunc", nargs, kwnames) < 0) return VAL_ERROR;
    Value x = args[0];
    if (val_is_double(x)) return int_from_double(t, val_as_double(x));
    Value r = call_special(t, x, "__trunc__");
    if (r != VAL_UNBOUND) return r;
    return exc_raise(t, &TypeErrorType, "type %s doesn't define __trunc__ method",
                     type_name(val_type(x)));
}

/* ---- integer functions --------------------------------------------------- */

/* x as an exact int through __index__; rooted by the caller. */
static Value to_int(Thread *t, Value x)
{
    if (int_check(x)) return x;
    StrObj *index = NAME(t, index);
    if (type_lookup(val_type(x), index) == VAL_UNBOUND)
        return exc_raise(t, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         type_name(val_type(x)));
    Value r = op_call_method(t, x, index, NULL, 0);
    if (r != VAL_ERROR && !int_check(r))
        return exc_raise(t, &TypeErrorType, "__index__ returned non-int (type %s)", type_name(val_type(r)));
    return r;
}

/* Loads an int argument into z (mpz_init'ed); -1 on error. */
static int int_arg(Thread *t, Value x, mpz_t z)
{
    Value v = to_int(t, x);
    if (v == VAL_ERROR) return -1;
    int_to_mpz(v, z);
    return 0;
}

static Value take(Thread *t, mpz_t z)
{
    Value r = int_from_mpz(t, z);
    mpz_clear(z);
    return r;
}

FN(m_isqrt)
{
    if (one_arg(t, "isqrt", nargs, kwnames) < 0) return VAL_ERROR;
    mpz_t z;
    mpz_init(z);
    if (int_arg(t, args[0], z) < 0) {
        mpz_clear(z);
        return VAL_ERROR;
    }
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return exc_raise(t, &ValueErrorType, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(z, z);
    return take(t, z);
}

/* n! for n >= 0 into z; -1 with an exception when too large. */
static int factorial_of(Thread *t, mpz_srcptr n, mpz_t z)
{
    if (!mpz_fits_ulong_p(n)) {
        exc_raise(t, &OverflowErrorType, "factorial() argument should not exceed %ld", (long)LONG_MAX);
        return -1;
    }
    unsigned long k = mpz_get_ui(n);
    if (k > 1 && (double)k * log2((double)k) > (double)MAX_RESULT_BITS) return too_big(t);
    mpz_fac_ui(z, k);
    return 0;
}

FN(m_factorial)
{
    if (one_arg(t, "factorial", nargs, kwnames) < 0) return VAL_ERROR;
    mpz_t n;
    mpz_init(n);
    if (int_arg(t, args[0], n) < 0) {
        mpz_clear(n);
        return VAL_ERROR;
    }
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return exc_raise(t, &ValueErrorType, "factorial() not defined for negative values");
    }
    int r = factorial_of(t, n, n);
    if (r < 0) {
        mpz_clear(n);
        return VAL_ERROR;
    }
    return take(t, n);
}

/* Loads n and k for comb/perm and checks their signs.  Returns 1 when
 * k > n (the result is 0), 0 to go on, -1 on error; clears n and k on
 * anything but 0. */
static int load_n_k(Thread *t, Value nv, Value kv, mpz_t n, mpz_t k)
{
    mpz_inits(n, k, NULL);
    int r = 0;
    if (int_arg(t, nv, n) < 0 || int_arg(t, kv, k) < 0) r = -1;
    else if (mpz_sgn(n) < 0) r = fail_with(t, &ValueErrorType, "n must be a non-negative integer");
    else if (mpz_sgn(k) < 0) r = fail_with(t, &ValueErrorType, "k must be a non-negative integer");
    else if (mpz_cmp(k, n) > 0) r = 1;
    if (r != 0) mpz_clears(n, k, NULL);
    return r;
}

/* C(n, k) into n, for 0 <= k <= n; -1 with an exception when too large. */
static int binomial(Thread *t, mpz_t n, mpz_t k)
{
    mpz_t rest;
    mpz_init(rest);
    mpz_sub(rest, n, k);
    if (mpz_cmp(rest, k) < 0) mpz_set(k, rest);
    mpz_clear(rest);
    double bits = mpz_get_d(k) * log2(mpz_get_d(n) + 1.0);
    if (!mpz_fits_ulong_p(k) || bits > (double)MAX_RESULT_BITS) return too_big(t);
    mpz_bin_ui(n, n, mpz_get_ui(k));
    return 0;
}

FN(m_comb)
{
    if (n_args(t, "comb", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    mpz_t n, k;
    int r = load_n_k(t, args[0], args[1], n, k);
    if (r != 0) return r < 0 ? VAL_ERROR : val_from_small(0);
    if (binomial(t, n, k) < 0) {
        mpz_clears(n, k, NULL);
        return VAL_ERROR;
    }
    mpz_clear(k);
    return take(t, n);
}

FN(m_perm)
{
    if (n_args(t, "perm", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    if (nargs == 1 || args[1] == VAL_NONE) return m_factorial(t, args, 1, NULL);
    mpz_t n, k, f;
    int r = load_n_k(t, args[0], args[1], n, k);
    if (r != 0) return r < 0 ? VAL_ERROR : val_from_small(0);
    /* n! / (n-k)! == C(n, k) * k! */
    mpz_init(f);
    if (factorial_of(t, k, f) < 0 || binomial(t, n, k) < 0) {
        mpz_clears(n, k, f, NULL);
        return VAL_ERROR;
    }
    mpz_mul(n, n, f);
    mpz_clears(k, f, NULL);
    return take(t, n);
}

static Value gcd_lcm(Thread *t, Value *args, int nargs, TupleObj *kwnames, const char *name, bool lcm)
{
    if (arg_no_kw(t, name, kwnames) < 0) return VAL_ERROR;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (int i = 0; i < nargs; i++) {
        if (int_arg(t, args[i], x) < 0) {
            mpz_clears(acc, x, NULL);
            return VAL_ERROR;
        }
        if (lcm) mpz_lcm(acc, acc, x);
        else mpz_gcd(acc, acc, x);
    }
    mpz_clear(x);
    return take(t, acc);
}

FN(m_gcd) { return gcd_lcm(t, args, nargs, kwnames, "gcd", false); }
FN(m_lcm) { return gcd_lcm(t, args, nargs, kwnames, "lcm", true); }

/* ---- sums and norms ------------------------------------------------------ */

/* Euclidean norm of v[0..n), accurate to the last bit in nearly all cases:
 * scale by a power of two (exact), sum the squares with exact products
 * (fma) and compensation, then correct the square root once. */
static double vector_norm(const double *v, size_t n)
{
    double max = 0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isinf(a)) return HUGE_VAL;
        if (isnan(a)) nan = true;
        else if (a > max) max = a;
    }
    if (nan) return NAN;
    if (max == 0 || n == 1) return max;
    int e;
    frexp(max, &e);
    double sum = 0, comp = 0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double s = sum + sq;
        comp += fabs(sum) >= fabs(sq) ? (sum - s) + sq : (sq - s) + sum;
        comp += sq_err;
        sum = s;
    }
    double h = sqrt(sum + comp);
    /* One Newton step on the residual (sum + comp) - h*h, with h*h exact
     * as hh + hl. */
    double hh = h * h, hl = fma(h, h, -hh);
    double residual = ((sum - hh) - hl) + comp;
    h += residual / (2.0 * h);
    return ldexp(h, e);
}

static Value norm_of(Thread *t, Value *items, size_t n, const Value *minus)
{
    double stack[16];
    double *v = n <= 16 ? stack : malloc(n * sizeof(double));
    if (!v) return exc_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        double a, b = 0;
        if (float_as_double(t, items[i], &a) < 0 || (minus && float_as_double(t, minus[i], &b) < 0)) {
            if (v != stack) free(v);
            return VAL_ERROR;
        }
        v[i] = a - b;
    }
    double r = vector_norm(v, n);
    if (v != stack) free(v);
    return val_from_double(r);
}

FN(m_hypot)
{
    if (arg_no_kw(t, "hypot", kwnames) < 0) return VAL_ERROR;
    return norm_of(t, args, (size_t)nargs, NULL);
}

FN(m_dist)
{
    if (n_args(t, "dist", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    /* Tuples, so that script code run by float_as_double cannot change
     * the points under us. */
    uint32_t mark = gc_root_mark(t);
    Value pq[2];
    for (int i = 0; i < 2; i++) {
        pq[i] = tuple_check(args[i]) ? args[i] : tuple_from_iterable(t, args[i]);
        if (pq[i] == VAL_ERROR) {
            gc_root_reset(t, mark);
            return VAL_ERROR;
        }
        gc_push_root(t, pq[i]);
    }
    Value r;
    if (TUPLE(pq[0])->len != TUPLE(pq[1])->len)
        r = exc_raise(t, &ValueErrorType, "both points must have the same number of dimensions");
    else
        r = norm_of(t, TUPLE(pq[0])->items, TUPLE(pq[0])->len, TUPLE(pq[1])->items);
    gc_root_reset(t, mark);
    return r;
}

/* Exact sum of doubles (Shewchuk's partials), rounded once at the end. */
typedef struct {
    double *p;
    size_t n, cap;
    double special;             /* sum of infinities and NaNs seen */
    double inf_sum;             /* sum of infinities only: NaN if both signs */
} FSum;

static int fsum_add(Thread *t, FSum *s, double x)
{
    double orig = x;
    size_t i = 0;
    for (size_t j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double tmp = x;
            x = y;
            y = tmp;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0) s->p[i++] = lo;
        x = hi;
    }
    s->n = i;
    if (x == 0) return 0;
    if (!isfinite(x)) {
        if (isfinite(orig)) {
            exc_raise(t, &OverflowErrorType, "intermediate overflow in fsum");
            return -1;
        }
        if (isinf(orig)) s->inf_sum += orig;
        s->special += orig;
        s->n = 0;
        return 0;
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        double *p = realloc(s->p, cap * sizeof(double));
        if (!p) {
            exc_no_memory(t);
            return -1;
        }
        s->p = p;
        s->cap = cap;
    }
    s->p[s->n++] = x;
    return 0;
}

static Value fsum_result(Thread *t, FSum *s)
{
    if (s->special != 0 || isnan(s->special)) {
        if (isnan(s->inf_sum)) return exc_raise(t, &ValueErrorType, "-inf + inf in fsum");
        return val_from_double(s->special);
    }
    double hi = 0, lo = 0;
    size_t n = s->n;
    if (n > 0) {
        hi = s->p[--n];
        while (n > 0) {
            double x = hi, y = s->p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) break;
        }
        /* Round half to even across the rest of the partials: if the
         * next partial pushes the same way as lo, lo was not a tie. */
        if (n > 0 && ((lo < 0 && s->p[n - 1] < 0) || (lo > 0 && s->p[n - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return val_from_double(hi);
}

FN(m_fsum)
{
    if (one_arg(t, "fsum", nargs, kwnames) < 0) return VAL_ERROR;
    Value it = op_iter(t, args[0]);
    if (it == VAL_ERROR) return it;
    gc_push_root(t, it);
    FSum s = { NULL, 0, 0, 0.0, 0.0 };
    Value r = VAL_ERROR;
    for (;;) {
        Value item = op_next(t, it);
        if (item == VAL_ERROR) break;
        if (item == VAL_UNBOUND) {
            r = fsum_result(t, &s);
            break;
        }
        double x;
        if (float_as_double(t, item, &x) < 0 || fsum_add(t, &s, x) < 0) break;
    }
    free(s.p);
    gc_pop_roots(t, 1);
    return r;
}

FN(m_prod)
{
    Value a[2];
    if (arg_parse(t, "prod", args, nargs, kwnames, "iterable/|$start", a) < 0) return VAL_ERROR;
    Value acc = a[1] == VAL_UNBOUND ? val_from_small(1) : a[1];
    Value it = op_iter(t, a[0]);
    if (it == VAL_ERROR) return it;
    uint32_t mark = gc_root_mark(t);
    gc_push_root(t, it);
    for (;;) {
        Value item = op_next(t, it);
        if (item == VAL_UNBOUND) break;
        if (item == VAL_ERROR) {
            acc = VAL_ERROR;
            break;
        }
        gc_push_root(t, item);
        acc = op_binary(t, BINOP_MUL, acc, item);
        if (acc == VAL_ERROR) break;
        gc_root_reset(t, mark + 1);
        gc_push_root(t, acc);
    }
    gc_root_reset(t, mark);
    return acc;
}

/* ---- the module ---------------------------------------------------------- */

static const MethodDef math_functions[] = {
    { "acos", m_acos, 0 }, { "acosh", m_acosh, 0 }, { "asin", m_asin, 0 },
    { "asinh", m_asinh, 0 }, { "atan", m_atan, 0 }, { "atan2", m_atan2, 0 },
    { "atanh", m_atanh, 0 }, { "cbrt", m_cbrt, 0 }, { "ceil", m_ceil, 0 },
    { "comb", m_comb, 0 }, { "copysign", m_copysign, 0 }, { "cos", m_cos, 0 },
    { "cosh", m_cosh, 0 }, { "degrees", m_degrees, 0 }, { "dist", m_dist, 0 },
    { "erf", m_erf, 0 }, { "erfc", m_erfc, 0 }, { "exp", m_exp, 0 },
    { "exp2", m_exp2, 0 }, { "expm1", m_expm1, 0 }, { "fabs", m_fabs, 0 },
    { "factorial", m_factorial, 0 }, { "floor", m_floor, 0 }, { "fmod", m_fmod, 0 },
    { "frexp", m_frexp, 0 }, { "fsum", m_fsum, 0 }, { "gamma", m_gamma, 0 },
    { "gcd", m_gcd, 0 }, { "hypot", m_hypot, 0 }, { "isclose", m_isclose, 0 },
    { "isfinite", m_isfinite, 0 }, { "isinf", m_isinf, 0 }, { "isnan", m_isnan, 0 },
    { "isqrt", m_isqrt, 0 }, { "lcm", m_lcm, 0 }, { "ldexp", m_ldexp, 0 },
    { "lgamma", m_lgamma, 0 }, { "log", m_log, 0 }, { "log10", m_log10, 0 },
    { "log1p", m_log1p, 0 }, { "log2", m_log2, 0 }, { "modf", m_modf, 0 },
    { "nextafter", m_nextafter, 0 }, { "perm", m_perm, 0 }, { "pow", m_pow, 0 },
    { "prod", m_prod, 0 }, { "radians", m_radians, 0 }, { "remainder", m_remainder, 0 },
    { "sin", m_sin, 0 }, { "sinh", m_sinh, 0 }, { "sqrt", m_sqrt, 0 },
    { "tan", m_tan, 0 }, { "tanh", m_tanh, 0 }, { "trunc", m_trunc, 0 },
    { "ulp", m_ulp, 0 },
    { NULL, NULL, 0 },
};

Value mod_math_init(Thread *t)
{
    Value m = module_new(t, "math");
    if (m == VAL_ERROR) return m;
    gc_push_root(t, m);
    static const struct { const char *name; double value; } constants[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", HUGE_VAL }, { "nan", NAN },
    };
    int ok = module_add_functions(t, m, math_functions);
    for (size_t i = 0; ok == 0 && i < sizeof constants / sizeof constants[0]; i++)
        ok = module_add(t, m, constants[i].name, val_from_double(constants[i].value));
    gc_pop_roots(t, 1);
    return ok == 0 ? m : VAL_ERROR;
}
