/*
 * test_numbers.c -- unit tests of int, float and bool at the C level:
 * boxing at the 48-bit boundary, NaN canonicalisation, the numeric hash,
 * float repr, int text conversions of big values, floor division and
 * modulo signs, exact int/float comparison and correctly rounded
 * conversions.
 *
 * Expected texts are what CPython 3.12 prints for the same expression.
 * Run it with ASTER_GC_STRESS=1 to catch missing GC roots.  Prints one
 * line per failure, then "N passed, N failed"; exits 1 on any failure.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "interp.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_type.h"
#include "ops.h"

static Thread *T;
static int passed, failed;

static void check(bool ok, int line, const char *what, const char *got, const char *want)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL line %d: %s: got %s, want %s\n", line, what, got ? got : "?", want ? want : "?");
}
#define CHECK(cond) check((cond), __LINE__, #cond, NULL, NULL)

/* repr(v), or "ErrorType: message" when v is VAL_ERROR, in buf. */
static const char *show(Value v, char *buf, size_t size)
{
    if (v == VAL_ERROR) {
        Value e = exc_fetch(T);
        gc_push_root(T, e);
        Value msg = op_str(T, e);
        snprintf(buf, size, "%s: %s", type_name(val_type(e)), msg == VAL_ERROR ? "?" : str_cstr(msg));
        if (msg == VAL_ERROR) exc_clear(T);
        gc_pop_roots(T, 1);
        return buf;
    }
    gc_push_root(T, v);
    Value r = op_repr(T, v);
    snprintf(buf, size, "%s", r == VAL_ERROR ? "<repr failed>" : str_cstr(r));
    if (r == VAL_ERROR) exc_clear(T);
    gc_pop_roots(T, 1);
    return buf;
}

static void expect_at(int line, Value v, const char *want)
{
    char buf[400];
    const char *got = show(v, buf, sizeof buf);
    check(strcmp(got, want) == 0, line, "repr", got, want);
}
#define EXPECT(v, want) expect_at(__LINE__, (v), (want))

/* Every value a test builds stays on the root stack until the test
 * function is over (each resets the stack to where it started). */
static Value keep(Value v)
{
    if (v != VAL_ERROR) gc_push_root(T, v);
    return v;
}

static Value big(const char *text)
{
    return keep(int_from_str(T, text, strlen(text), 10));
}

static Value binop(BinOp op, Value a, Value b)
{
    return keep(op_binary(T, op, a, b));
}

static void test_boxing(void)
{
    uint32_t mark = gc_root_mark(T);
    Value max = keep(int_from_i64(T, SMALL_INT_MAX));
    CHECK(val_is_int(max) && val_as_int(max) == SMALL_INT_MAX);
    Value over = binop(BINOP_ADD, max, val_from_small(1));
    CHECK(val_is_obj(over) && val_is_type(over, &IntType));
    EXPECT(over, "140737488355328");
    Value back = binop(BINOP_SUB, over, val_from_small(1));
    CHECK(back == max);
    Value min = keep(int_from_i64(T, SMALL_INT_MIN));
    CHECK(val_is_int(min));
    Value under = binop(BINOP_SUB, min, val_from_small(1));
    CHECK(val_is_obj(under));
    EXPECT(under, "-140737488355329");
    CHECK(val_is_obj(int_from_i64(T, INT64_MIN)));
    EXPECT(int_from_i64(T, INT64_MIN), "-9223372036854775808");
    EXPECT(int_from_u64(T, UINT64_MAX), "18446744073709551615");
    CHECK(val_is_int(int_from_u64(T, (uint64_t)SMALL_INT_MAX)));
    /* Negating the smallest small int leaves the small range. */
    Value neg = keep(op_unary(T, UNOP_NEG, min));
    CHECK(val_is_obj(neg));
    EXPECT(neg, "140737488355328");
    EXPECT(binop(BINOP_MUL, max, max), "19807040628565802923409276929");
    EXPECT(binop(BINOP_POW, val_from_small(2), val_from_small(47)), "140737488355328");
    EXPECT(binop(BINOP_LSHIFT, val_from_small(1), val_from_small(47)), "140737488355328");
    EXPECT(binop(BINOP_FLOORDIV, neg, val_from_small(-1)), "-140737488355328");
    CHECK(val_is_int(binop(BINOP_FLOORDIV, neg, val_from_small(-1))));
    CHECK(val_is_int(int_from_double(T, 140737488355327.0)));
    CHECK(val_is_obj(int_from_double(T, 140737488355328.0)));
    gc_root_reset(T, mark);
}

static void test_nan(void)
{
    uint32_t mark = gc_root_mark(T);
    uint64_t payload = UINT64_C(0x7FF0000000000123);
    double odd;
    memcpy(&odd, &payload, sizeof odd);
    CHECK(val_from_double(NAN) == CANONICAL_NAN);
    CHECK(val_from_double(-NAN) == CANONICAL_NAN);
    CHECK(val_from_double(odd) == CANONICAL_NAN);
    CHECK(val_from_double(0.0 * HUGE_VAL) == CANONICAL_NAN);
    CHECK(val_is_double(CANONICAL_NAN) && isnan(val_as_double(CANONICAL_NAN)));
    Value nan = val_from_double(NAN);
    CHECK(op_compare(T, CMP_EQ, nan, nan) == VAL_FALSE);
    CHECK(op_compare(T, CMP_NE, nan, nan) == VAL_TRUE);
    CHECK(op_compare(T, CMP_LT, nan, val_from_small(1)) == VAL_FALSE);
    CHECK(op_compare(T, CMP_GE, val_from_small(1), nan) == VAL_FALSE);
    EXPECT(binop(BINOP_SUB, val_from_double(HUGE_VAL), val_from_double(HUGE_VAL)), "nan");
    gc_root_reset(T, mark);
}

static void test_hash(void)
{
    uint32_t mark = gc_root_mark(T);
    CHECK(int_hash(val_from_small(1)) == 1);
    CHECK(float_hash(1.0) == 1);
    CHECK(op_hash(T, VAL_TRUE) == 1);
    CHECK(op_hash(T, VAL_FALSE) == 0);
    CHECK(int_hash(val_from_small(-1)) == -2);
    CHECK(float_hash(-1.0) == -2);
    CHECK(float_hash(HUGE_VAL) == 314159);
    CHECK(float_hash(-HUGE_VAL) == -314159);
    CHECK(float_hash(NAN) == float_hash(NAN));
    CHECK(float_hash(1.5) == INT64_C(1152921504606846977));
    CHECK(float_hash(-1.5) == INT64_C(-1152921504606846977));
    CHECK(float_hash(1e300) == INT64_C(1224995262755759164));
    CHECK(float_hash(0.5) == INT64_C(1152921504606846976));
    CHECK(float_hash(-0.0) == 0);
    Value m = big("2305843009213693951");   /* 2**61 - 1 */
    CHECK(int_hash(m) == 0);
    Value p = big("2305843009213693952");   /* 2**61 */
    CHECK(int_hash(p) == 1);
    Value q = big("-1180591620717411303424");   /* -2**70 */
    CHECK(int_hash(q) == -512);
    Value two100 = big("1267650600228229401496703205376");
    CHECK(int_hash(two100) == float_hash(ldexp(1.0, 100)));
    CHECK(int_hash(int_from_i64(T, SMALL_INT_MAX)) == float_hash((double)SMALL_INT_MAX));
    Value over = keep(int_from_i64(T, SMALL_INT_MAX + 1));
    CHECK(int_hash(over) == float_hash((double)(SMALL_INT_MAX + 1)));
    gc_root_reset(T, mark);
}

static void repr_is(int line, double d, const char *want)
{
    char buf[32];
    float_repr_buf(d, buf);
    check(strcmp(buf, want) == 0, line, "float repr", buf, want);
    check(strtod(buf, NULL) == d || isnan(d), line, "float repr round trip", buf, want);
}
#define REPR(d, want) repr_is(__LINE__, (d), (want))

static void test_float_repr(void)
{
    uint32_t mark = gc_root_mark(T);
    REPR(0.1, "0.1");
    REPR(1.0 / 3, "0.3333333333333333");
    REPR(2.0 / 3, "0.6666666666666666");
    REPR(1e16, "1e+16");
    REPR(1e22, "1e+22");
    REPR(5e-324, "5e-324");
    REPR(1.7976931348623157e308, "1.7976931348623157e+308");
    REPR(123.456, "123.456");
    REPR(0.1 + 0.2, "0.30000000000000004");
    REPR(1e-05, "1e-05");
    REPR(0.0001, "0.0001");
    REPR(123456789012345678.0, "1.2345678901234568e+17");
    REPR(3.0, "3.0");
    REPR(-0.0, "-0.0");
    REPR(0.0, "0.0");
    REPR(HUGE_VAL, "inf");
    REPR(-HUGE_VAL, "-inf");
    REPR(NAN, "nan");
    REPR(1e15, "1000000000000000.0");
    REPR(9007199254740993.0, "9007199254740992.0");
    REPR(2.2250738585072014e-308, "2.2250738585072014e-308");
    REPR(ldexp(1.0, -1022) * 3, "6.675221575521604e-308");
    REPR(ldexp(1.0, 100), "1.2676506002282294e+30");
    REPR(ldexp(1.0, 60), "1.152921504606847e+18");
    REPR(-1.5e-7, "-1.5e-07");
    REPR(1e100, "1e+100");
    REPR(100.0, "100.0");
    REPR(0.5, "0.5");
    REPR(2.5e-5, "2.5e-05");
    REPR(1234567890123456.7, "1234567890123456.8");
    gc_root_reset(T, mark);
}

static void test_int_text(void)
{
    uint32_t mark = gc_root_mark(T);
    const char *digits = "-123456789012345678901234567890123456789012345678901234567890";
    EXPECT(big(digits), digits);
    EXPECT(big("  +000123_456  "), "123456");
    EXPECT(int_from_str(T, "0x_ff", 5, 0), "255");
    EXPECT(int_from_str(T, "-0b1010", 7, 0), "-10");
    EXPECT(int_from_str(T, "0o777", 5, 8), "511");
    EXPECT(int_from_str(T, "zz", 2, 36), "1295");
    EXPECT(int_from_str(T, "FFFFFFFFFFFFFFFFFFFFFFFF", 24, 16), "79228162514264337593543950335");
    EXPECT(int_from_str(T, "x1", 2, 10), "ValueError: invalid literal for int() with base 10: 'x1'");
    EXPECT(int_from_str(T, "010", 3, 0), "ValueError: invalid literal for int() with base 0: '010'");
    EXPECT(int_from_str(T, "1__0", 4, 10), "ValueError: invalid literal for int() with base 10: '1__0'");
    EXPECT(int_from_str(T, "1_", 2, 10), "ValueError: invalid literal for int() with base 10: '1_'");
    EXPECT(int_from_literal(T, "0x_ff", 5), "255");
    EXPECT(int_from_literal(T, "1_000", 5), "1000");
    EXPECT(int_from_literal(T, "0o17", 4), "15");
    EXPECT(int_from_literal(T, "0b101", 5), "5");
    EXPECT(int_from_literal(T, "0", 1), "0");
    EXPECT(int_from_literal(T, "00", 2), "0");
    Value v = big("-255");
    EXPECT(int_to_base(T, v, 16, true, false), "'-0xff'");
    EXPECT(int_to_base(T, v, 16, true, true), "'-0XFF'");
    EXPECT(int_to_base(T, v, 2, false, false), "'-11111111'");
    EXPECT(int_to_base(T, big("1180591620717411303424"), 8, true, false), "'0o200000000000000000000000'");

    /* The digit limit, both ways. */
    char *many = malloc(5001);
    memset(many, '1', 5000);
    many[5000] = '\0';
    EXPECT(int_from_str(T, many, 5000, 10),
           "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
           "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    Value hex = keep(int_from_str(T, many, 5000, 16));
    CHECK(hex != VAL_ERROR && int_sign(hex) > 0);
    Value s = keep(int_repr(T, hex));
    EXPECT(s, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
              "use sys.set_int_max_str_digits() to increase the limit");
    int saved = T->interp->int_max_str_digits;
    T->interp->int_max_str_digits = 0;
    Value ok = keep(int_from_str(T, many, 5000, 10));
    Value text = keep(int_repr(T, ok));
    CHECK(text != VAL_ERROR && strcmp(str_cstr(text), many) == 0);
    T->interp->int_max_str_digits = saved;
    free(many);

    EXPECT(float_from_str(T, " -1_000.5e-3 ", 13), "-1.0005");
    EXPECT(float_from_str(T, "-Infinity", 9), "-inf");
    EXPECT(float_from_str(T, "nAn", 3), "nan");
    EXPECT(float_from_str(T, "abc", 3), "ValueError: could not convert string to float: 'abc'");
    EXPECT(float_from_str(T, "1_e5", 4), "ValueError: could not convert string to float: '1_e5'");
    EXPECT(float_from_str(T, "0x10", 4), "ValueError: could not convert string to float: '0x10'");
    gc_root_reset(T, mark);
}

/* (a // b, a % b) as text for small ints and floats. */
static void divmod_is(int line, Value a, Value b, const char *want)
{
    char q[64], r[64], got[140];
    show(binop(BINOP_FLOORDIV, a, b), q, sizeof q);
    show(binop(BINOP_MOD, a, b), r, sizeof r);
    snprintf(got, sizeof got, "%s %s", q, r);
    check(strcmp(got, want) == 0, line, "divmod", got, want);
}
#define DIVMOD(a, b, want) divmod_is(__LINE__, (a), (b), (want))

static void test_floor_division(void)
{
    uint32_t mark = gc_root_mark(T);
    Value i7 = val_from_small(7), m7 = val_from_small(-7), i2 = val_from_small(2), m2 = val_from_small(-2);
    DIVMOD(i7, i2, "3 1");
    DIVMOD(m7, i2, "-4 1");
    DIVMOD(i7, m2, "-4 -1");
    DIVMOD(m7, m2, "3 -1");
    Value f7 = val_from_double(7.5), mf7 = val_from_double(-7.5), f2 = val_from_double(2.0);
    Value mf2 = val_from_double(-2.0);
    DIVMOD(f7, f2, "3.0 1.5");
    DIVMOD(mf7, f2, "-4.0 0.5");
    DIVMOD(f7, mf2, "-4.0 -0.5");
    DIVMOD(mf7, mf2, "3.0 -1.5");
    DIVMOD(val_from_double(-0.0), f2, "-0.0 0.0");
    DIVMOD(val_from_double(6.0), mf2, "-3.0 -0.0");
    DIVMOD(val_from_double(1.0), val_from_double(HUGE_VAL), "0.0 1.0");
    DIVMOD(val_from_double(-1.0), val_from_double(HUGE_VAL), "-1.0 inf");
    Value b = big("-100000000000000000000000000001");
    DIVMOD(b, val_from_small(7), "-14285714285714285714285714286 1");
    DIVMOD(b, val_from_small(-7), "14285714285714285714285714285 -6");
    DIVMOD(i7, val_from_small(0), "ZeroDivisionError: integer division or modulo by zero "
                                  "ZeroDivisionError: integer modulo by zero");
    DIVMOD(f7, val_from_double(0.0), "ZeroDivisionError: float floor division by zero "
                                     "ZeroDivisionError: float modulo");
    EXPECT(binop(BINOP_TRUEDIV, i7, val_from_small(0)), "ZeroDivisionError: division by zero");
    EXPECT(binop(BINOP_TRUEDIV, f7, val_from_small(0)), "ZeroDivisionError: float division by zero");
    EXPECT(binop(BINOP_POW, val_from_small(0), val_from_small(-1)),
           "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    EXPECT(binop(BINOP_LSHIFT, i7, val_from_small(-1)), "ValueError: negative shift count");
    gc_root_reset(T, mark);
}

static void test_exactness(void)
{
    uint32_t mark = gc_root_mark(T);
    /* 2**53 + 1 is not equal to the float 2**53 although it converts to it. */
    Value n = keep(int_from_i64(T, (INT64_C(1) << 53) + 1));
    Value f = val_from_double(ldexp(1.0, 53));
    CHECK(op_compare(T, CMP_EQ, n, f) == VAL_FALSE);
    CHECK(op_compare(T, CMP_GT, n, f) == VAL_TRUE);
    CHECK(op_compare(T, CMP_LT, f, n) == VAL_TRUE);
    double d;
    CHECK(int_as_double(T, n, &d) == 0 && d == ldexp(1.0, 53));
    /* Round half to even when converting: 2**53 + 3 -> 2**53 + 4. */
    Value m = keep(int_from_i64(T, (INT64_C(1) << 53) + 3));
    CHECK(int_as_double(T, m, &d) == 0 && d == ldexp(1.0, 53) + 4);
    Value huge = big("1" "000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000");   /* 10**360 */
    CHECK(op_compare(T, CMP_GT, huge, val_from_double(DBL_MAX)) == VAL_TRUE);
    CHECK(op_compare(T, CMP_LT, huge, val_from_double(HUGE_VAL)) == VAL_TRUE);
    EXPECT(binop(BINOP_MUL, huge, val_from_double(1.0)), "OverflowError: int too large to convert to float");
    EXPECT(binop(BINOP_TRUEDIV, huge, val_from_small(3)),
           "OverflowError: integer division result too large for a float");
    Value tenth = binop(BINOP_POW, val_from_small(10), val_from_small(359));
    EXPECT(binop(BINOP_TRUEDIV, huge, tenth), "10.0");
    EXPECT(binop(BINOP_TRUEDIV, tenth, huge), "0.1");
    /* Correctly rounded big division, including a subnormal result. */
    Value a = big("123456789012345678901234567890");
    EXPECT(binop(BINOP_TRUEDIV, a, val_from_small(7)), "1.763668414462081e+28");
    Value p = binop(BINOP_POW, val_from_small(2), val_from_small(1100));
    EXPECT(binop(BINOP_TRUEDIV, val_from_small(3), p), "0.0");
    Value p2 = binop(BINOP_POW, val_from_small(2), val_from_small(1073));
    EXPECT(binop(BINOP_TRUEDIV, val_from_small(3), p2), "3e-323");
    EXPECT(int_from_double(T, HUGE_VAL), "OverflowError: cannot convert float infinity to integer");
    EXPECT(int_from_double(T, NAN), "ValueError: cannot convert float NaN to integer");
    EXPECT(int_from_double(T, -1e20), "-100000000000000000000");
    CHECK(float_round(2.675, 2) == 2.67);
    CHECK(float_round(0.125, 2) == 0.12);
    CHECK(float_round(1234.5, -1) == 1230.0);
    CHECK(float_round(-25.0, -1) == -20.0);
    EXPECT(float_round_value(T, 1.7976931348623157e308, -308),
           "OverflowError: rounded value too large to represent");
    gc_root_reset(T, mark);
}

static void test_bool(void)
{
    uint32_t mark = gc_root_mark(T);
    EXPECT(VAL_TRUE, "True");
    EXPECT(VAL_FALSE, "False");
    CHECK(binop(BINOP_AND, VAL_TRUE, VAL_TRUE) == VAL_TRUE);
    CHECK(binop(BINOP_XOR, VAL_TRUE, VAL_TRUE) == VAL_FALSE);
    CHECK(binop(BINOP_OR, VAL_FALSE, VAL_TRUE) == VAL_TRUE);
    EXPECT(binop(BINOP_ADD, VAL_TRUE, VAL_TRUE), "2");
    EXPECT(binop(BINOP_AND, VAL_TRUE, val_from_small(3)), "1");
    EXPECT(binop(BINOP_TRUEDIV, VAL_TRUE, val_from_small(2)), "0.5");
    EXPECT(op_unary(T, UNOP_NEG, VAL_TRUE), "-1");
    CHECK(op_compare(T, CMP_EQ, VAL_TRUE, val_from_double(1.0)) == VAL_TRUE);
    CHECK(int_check(VAL_TRUE) && val_isinstance(VAL_TRUE, &IntType));
    gc_root_reset(T, mark);
}

int main(void)
{
    T = interp_new(0, NULL, false);
    if (!T) return 1;
    test_boxing();
    test_nan();
    test_hash();
    test_float_repr();
    test_int_text();
    test_floor_division();
    test_exactness();
    test_bool();
    printf("%d passed, %d failed\n", passed, failed);
    interp_free(T);
    return failed != 0;
}
