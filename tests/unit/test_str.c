/*
 * test_str.c -- unit tests of str, bytes and formatting: repr quoting,
 * Unicode case mapping, searching and splitting edge cases, the format
 * spec mini-language, str.format and printf-style `%`.
 *
 * Each check evaluates one Python expression through the C API and
 * compares repr() of the result (or "ErrorType: message") with what
 * CPython 3.12 gives for the same expression; the expected texts were
 * produced by running each expression under CPython.  Run it with
 * ASTER_GC_STRESS=1 to catch missing GC roots.  Prints one line per
 * failure, then "N passed, N failed"; exits 1 on any failure.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include "interp.h"
#include "exc.h"
#include "ops.h"
#include "obj_str.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_tuple.h"
#include "obj_type.h"

static Thread *T;
static int passed, failed;

/* Every value a check builds stays on the root stack until the check
 * is over, so that a collection in the middle cannot free it. */
static Value keep(Value v)
{
    if (v != VAL_ERROR) gc_push_root(T, v);
    return v;
}

static Value S(const char *text) { return keep(str_from_cstr(T, text)); }
static Value SN(const char *text, size_t len) { return keep(str_new(T, text, len)); }
static Value B(const char *data, size_t len) { return keep(bytes_new(T, data, len)); }
static Value I(int64_t i) { return val_from_small(i); }
static Value F(double d) { return val_from_double(d); }

/* Errors propagate: any VAL_ERROR argument makes the result VAL_ERROR. */
static bool any_error(int n, const Value *v)
{
    for (int i = 0; i < n; i++)
        if (v[i] == VAL_ERROR) return true;
    return false;
}

static Value seq(bool list, int n, ...)
{
    Value items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = va_arg(ap, Value);
    va_end(ap);
    if (any_error(n, items)) return VAL_ERROR;
    return keep(list ? list_from_array(T, items, (size_t)n) : tuple_from_array(T, items, (size_t)n));
}
#define TUP(...) seq(false, __VA_ARGS__)
#define LST(...) seq(true, __VA_ARGS__)

/* A dict from n key, value pairs. */
static Value D(int n, ...)
{
    Value d = keep(dict_new(T));
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        Value k = va_arg(ap, Value), v = va_arg(ap, Value);
        if (d != VAL_ERROR && (k == VAL_ERROR || v == VAL_ERROR || dict_set(T, DICT(d), k, v) < 0))
            d = VAL_ERROR;
    }
    va_end(ap);
    return d;
}

/* callable(*args, **kwargs): npos positional Values, then nkw pairs of
 * (const char *name, Value). */
static Value vcall(Value callable, int npos, int nkw, va_list ap)
{
    Value args[16], names[8];
    for (int i = 0; i < npos; i++) args[i] = va_arg(ap, Value);
    for (int i = 0; i < nkw; i++) {
        names[i] = S(va_arg(ap, const char *));
        args[npos + i] = va_arg(ap, Value);
    }
    if (callable == VAL_ERROR || any_error(npos + nkw, args) || any_error(nkw, names)) return VAL_ERROR;
    TupleObj *kw = NULL;
    if (nkw) {
        Value k = keep(tuple_from_array(T, names, (size_t)nkw));
        if (k == VAL_ERROR) return k;
        kw = TUPLE(k);
    }
    return keep(op_call(T, callable, args, npos, kw));
}

/* recv.name(...) */
static Value M(Value recv, const char *name, int npos, int nkw, ...)
{
    if (recv == VAL_ERROR) return recv;
    StrObj *n = str_intern(T, name);
    Value meth = n ? keep(op_getattr(T, recv, n)) : VAL_ERROR;
    va_list ap;
    va_start(ap, nkw);
    Value r = vcall(meth, npos, nkw, ap);
    va_end(ap);
    return r;
}

/* type(...) for a builtin type */
static Value C(TypeObj *type, int npos, int nkw, ...)
{
    va_list ap;
    va_start(ap, nkw);
    Value r = vcall(val_from_obj(type), npos, nkw, ap);
    va_end(ap);
    return r;
}

static Value BIN(BinOp op, Value a, Value b)
{
    return a == VAL_ERROR || b == VAL_ERROR ? VAL_ERROR : keep(op_binary(T, op, a, b));
}

static Value CMP(CmpOp op, Value a, Value b)
{
    return a == VAL_ERROR || b == VAL_ERROR ? VAL_ERROR : op_compare(T, op, a, b);
}

static Value IN(Value item, Value container)
{
    if (item == VAL_ERROR || container == VAL_ERROR) return VAL_ERROR;
    int r = op_contains(T, container, item);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value GET(Value c, Value key)
{
    return c == VAL_ERROR || key == VAL_ERROR ? VAL_ERROR : keep(op_getitem(T, c, key));
}

static Value SL(Value start, Value stop, Value step)
{
    return keep(slice_new(T, start, stop, step));
}

static Value FMT(Value v, Value spec)
{
    return v == VAL_ERROR || spec == VAL_ERROR ? VAL_ERROR : keep(op_format(T, v, spec));
}

static Value REPR(Value v) { return v == VAL_ERROR ? v : keep(op_repr(T, v)); }
static Value ASCII(Value v) { return v == VAL_ERROR ? v : keep(op_ascii(T, v)); }

/* repr() of the result, or "ErrorType: message" for an exception. */
static void outcome(Value v, char *buf, size_t size)
{
    if (v == VAL_ERROR) {
        Value e = exc_fetch(T);
        gc_push_root(T, e);
        Value msg = op_str(T, e);
        snprintf(buf, size, "%s: %s", type_name(val_type(e)), msg == VAL_ERROR ? "?" : str_cstr(msg));
        exc_clear(T);
        return;
    }
    Value r = op_repr(T, v);
    if (r == VAL_ERROR) {
        exc_clear(T);
        snprintf(buf, size, "<repr failed>");
        return;
    }
    snprintf(buf, size, "%s", str_cstr(r));
}

static void check(const char *expr, Value got, const char *want, bool text)
{
    char buf[1024];
    if (text && got != VAL_ERROR) snprintf(buf, sizeof buf, "%s", str_cstr(got));
    else outcome(got, buf, sizeof buf);
    if (strcmp(buf, want) == 0) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n  got:  %s\n  want: %s\n", expr, buf, want);
    }
}

/* Runs one check with a fresh root stack.  CHECK compares repr() of
 * the result; CHECK_TEXT compares the text of a str result itself. */
#define CHECK_AS(expr, value, want, text) \
    do { \
        uint32_t mark_ = gc_root_mark(T); \
        check(expr, value, want, text); \
        gc_root_reset(T, mark_); \
    } while (0)
#define CHECK(expr, value, want) CHECK_AS(expr, value, want, false)
#define CHECK_TEXT(expr, value, want) CHECK_AS(expr, value, want, true)

static void run_checks(void)
{
    /* repr: quoting and escaping */
    CHECK_TEXT("repr('abc')",
               REPR(S("abc")),
               "'abc'");
    CHECK_TEXT("repr(\"it's\")",
               REPR(S("it's")),
               "\"it's\"");
    CHECK_TEXT("repr('say \"hi\"')",
               REPR(S("say \"hi\"")),
               "'say \"hi\"'");
    CHECK_TEXT("repr('both \\' and \"')",
               REPR(S("both ' and \"")),
               "'both \\' and \"'");
    CHECK_TEXT("repr('tab\\tnl\\ncr\\rbs\\\\')",
               REPR(S("tab\tnl\ncr\rbs\\")),
               "'tab\\tnl\\ncr\\rbs\\\\'");
    CHECK_TEXT("repr('\\x00\\x07\\x1f\\x7f')",
               REPR(SN("\x00\x07\x1f\x7f", 4)),
               "'\\x00\\x07\\x1f\\x7f'");
    CHECK_TEXT("repr('\\x80\\xa0\\xad\\xe9')",
               REPR(S("\xc2\x80\xc2\xa0\xc2\xadé")),
               "'\\x80\\xa0\\xadé'");
    CHECK_TEXT("repr('\\u200b\\u2028\\u0378\\ufeff')",
               REPR(S("\xe2\x80\x8b\xe2\x80\xa8\xcd\xb8\xef\xbb\xbf")),
               "'\\u200b\\u2028\\u0378\\ufeff'");
    CHECK_TEXT("repr('\\U0001f600\\U000e0001\\U0010ffff')",
               REPR(S("😀\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf")),
               "'😀\\U000e0001\\U0010ffff'");
    CHECK_TEXT("repr('中文 ünï')",
               REPR(S("中文 ünï")),
               "'中文 ünï'");
    CHECK_TEXT("ascii('é€😀')",
               ASCII(S("é€😀")),
               "'\\xe9\\u20ac\\U0001f600'");
    CHECK_TEXT("repr('')",
               REPR(S("")),
               "''");
    /* case mapping */
    CHECK("'Ünïcödé'.upper()",
          M(S("Ünïcödé"), "upper", 0, 0),
          "'ÜNÏCÖDÉ'");
    CHECK("'ÜNÏCÖDÉ'.lower()",
          M(S("ÜNÏCÖDÉ"), "lower", 0, 0),
          "'ünïcödé'");
    CHECK("'ß'.upper()",
          M(S("ß"), "upper", 0, 0),
          "'SS'");
    CHECK("'straße'.upper()",
          M(S("straße"), "upper", 0, 0),
          "'STRASSE'");
    CHECK("'ﬃ'.upper()",
          M(S("ﬃ"), "upper", 0, 0),
          "'FFI'");
    CHECK("'İ'.lower()",
          M(S("İ"), "lower", 0, 0),
          "'i̇'");
    CHECK("'中文'.upper()",
          M(S("中文"), "upper", 0, 0),
          "'中文'");
    CHECK("'ΣΑΣ ΣΑ'.lower()",
          M(S("ΣΑΣ ΣΑ"), "lower", 0, 0),
          "'σας σα'");
    CHECK("'aΣ.'.lower()",
          M(S("aΣ."), "lower", 0, 0),
          "'aς.'");
    CHECK("'Σ'.lower()",
          M(S("Σ"), "lower", 0, 0),
          "'σ'");
    CHECK("'hello wORLD ßx'.title()",
          M(S("hello wORLD ßx"), "title", 0, 0),
          "'Hello World Ssx'");
    CHECK("\"they're bill's\".title()",
          M(S("they're bill's"), "title", 0, 0),
          "\"They'Re Bill'S\"");
    CHECK("'ǆabc'.capitalize()",
          M(S("ǆabc"), "capitalize", 0, 0),
          "'ǅabc'");
    CHECK("'ÉCOLE'.capitalize()",
          M(S("ÉCOLE"), "capitalize", 0, 0),
          "'École'");
    CHECK("'Straße'.casefold()",
          M(S("Straße"), "casefold", 0, 0),
          "'strasse'");
    CHECK("'aBç'.swapcase()",
          M(S("aBç"), "swapcase", 0, 0),
          "'AbÇ'");
    CHECK("'ΑΣ'.swapcase()",
          M(S("ΑΣ"), "swapcase", 0, 0),
          "'ας'");
    CHECK("'ǅ'.istitle()",
          M(S("ǅ"), "istitle", 0, 0),
          "True");
    CHECK("'Hello World'.istitle()",
          M(S("Hello World"), "istitle", 0, 0),
          "True");
    CHECK("'HELLO'.istitle()",
          M(S("HELLO"), "istitle", 0, 0),
          "False");
    CHECK("'ÀB1'.isupper()",
          M(S("ÀB1"), "isupper", 0, 0),
          "True");
    CHECK("'àb'.islower()",
          M(S("àb"), "islower", 0, 0),
          "True");
    CHECK("'1'.isupper()",
          M(S("1"), "isupper", 0, 0),
          "False");
    /* character classes */
    CHECK("'abcé'.isalpha()",
          M(S("abcé"), "isalpha", 0, 0),
          "True");
    CHECK("'١٢٣'.isdecimal()",
          M(S("١٢٣"), "isdecimal", 0, 0),
          "True");
    CHECK("'1²³'.isdigit()",
          M(S("1²³"), "isdigit", 0, 0),
          "True");
    CHECK("'1²³'.isdecimal()",
          M(S("1²³"), "isdecimal", 0, 0),
          "False");
    CHECK("'½'.isnumeric()",
          M(S("½"), "isnumeric", 0, 0),
          "True");
    CHECK("' \\t\\x85\\u3000'.isspace()",
          M(S(" \t\xc2\x85\xe3\x80\x80"), "isspace", 0, 0),
          "True");
    CHECK("''.isspace()",
          M(S(""), "isspace", 0, 0),
          "False");
    CHECK("'_a1'.isidentifier()",
          M(S("_a1"), "isidentifier", 0, 0),
          "True");
    CHECK("'1a'.isidentifier()",
          M(S("1a"), "isidentifier", 0, 0),
          "False");
    CHECK("'été'.isidentifier()",
          M(S("été"), "isidentifier", 0, 0),
          "True");
    CHECK("''.isprintable()",
          M(S(""), "isprintable", 0, 0),
          "True");
    CHECK("'a\\n'.isprintable()",
          M(S("a\n"), "isprintable", 0, 0),
          "False");
    CHECK("'é'.isascii()",
          M(S("é"), "isascii", 0, 0),
          "False");
    CHECK("'abc1'.isalnum()",
          M(S("abc1"), "isalnum", 0, 0),
          "True");
    /* indexing and slicing */
    CHECK("'héllo'[1]",
          GET(S("héllo"), I(1)),
          "'é'");
    CHECK("'héllo'[-1]",
          GET(S("héllo"), I(-1)),
          "'o'");
    CHECK("'héllo'[5]",
          GET(S("héllo"), I(5)),
          "IndexError: string index out of range");
    CHECK("'abc'['x']",
          GET(S("abc"), S("x")),
          "TypeError: string indices must be integers, not 'str'");
    CHECK("'abc'[::-1]",
          GET(S("abc"), SL(VAL_NONE, VAL_NONE, I(-1))),
          "'cba'");
    CHECK("'héllo'[::-2]",
          GET(S("héllo"), SL(VAL_NONE, VAL_NONE, I(-2))),
          "'olh'");
    CHECK("'héllo'[1:4]",
          GET(S("héllo"), SL(I(1), I(4), VAL_NONE)),
          "'éll'");
    CHECK("'héllo'[-10:10:3]",
          GET(S("héllo"), SL(I(-10), I(10), I(3))),
          "'hl'");
    CHECK("'abcdef'[4:1:-1]",
          GET(S("abcdef"), SL(I(4), I(1), I(-1))),
          "'edc'");
    CHECK("'abc'[True]",
          GET(S("abc"), VAL_TRUE),
          "'b'");
    CHECK("'b' in 'abc'",
          IN(S("b"), S("abc")),
          "True");
    CHECK("1 in 'abc'",
          IN(I(1), S("abc")),
          "TypeError: 'in <string>' requires string as left operand, not int");
    /* concatenation and repetition */
    CHECK("'ab' + 'cd'",
          BIN(BINOP_ADD, S("ab"), S("cd")),
          "'abcd'");
    CHECK("'a' + 1",
          BIN(BINOP_ADD, S("a"), I(1)),
          "TypeError: can only concatenate str (not \"int\") to str");
    CHECK("'ab' * 3",
          BIN(BINOP_MUL, S("ab"), I(3)),
          "'ababab'");
    CHECK("3 * 'ab'",
          BIN(BINOP_MUL, I(3), S("ab")),
          "'ababab'");
    CHECK("'ab' * -1",
          BIN(BINOP_MUL, S("ab"), I(-1)),
          "''");
    CHECK("'a' * 'b'",
          BIN(BINOP_MUL, S("a"), S("b")),
          "TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK("'a' * 1.5",
          BIN(BINOP_MUL, S("a"), F(1.5)),
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK("'é' > 'z'",
          CMP(CMP_GT, S("é"), S("z")),
          "True");
    CHECK("'abc' < 'abd'",
          CMP(CMP_LT, S("abc"), S("abd")),
          "True");
    CHECK("'abc' == 'abc'",
          CMP(CMP_EQ, S("abc"), S("abc")),
          "True");
    /* split, strip, partition */
    CHECK("'a,b,,c'.split(',')",
          M(S("a,b,,c"), "split", 1, 0, S(",")),
          "['a', 'b', '', 'c']");
    CHECK("'a,b,,c'.split(',', 1)",
          M(S("a,b,,c"), "split", 2, 0, S(","), I(1)),
          "['a', 'b,,c']");
    CHECK("'a,b,,c'.rsplit(',', 1)",
          M(S("a,b,,c"), "rsplit", 2, 0, S(","), I(1)),
          "['a,b,', 'c']");
    CHECK("'  a b  c  '.split()",
          M(S("  a b  c  "), "split", 0, 0),
          "['a', 'b', 'c']");
    CHECK("'  a b  c  '.split(None, 1)",
          M(S("  a b  c  "), "split", 2, 0, VAL_NONE, I(1)),
          "['a', 'b  c  ']");
    CHECK("'  a b  c  '.rsplit(None, 1)",
          M(S("  a b  c  "), "rsplit", 2, 0, VAL_NONE, I(1)),
          "['  a b', 'c']");
    CHECK("'a\\u3000b'.split()",
          M(S("a\xe3\x80\x80""b"), "split", 0, 0),
          "['a', 'b']");
    CHECK("''.split(',')",
          M(S(""), "split", 1, 0, S(",")),
          "['']");
    CHECK("''.split()",
          M(S(""), "split", 0, 0),
          "[]");
    CHECK("'abc'.split('')",
          M(S("abc"), "split", 1, 0, S("")),
          "ValueError: empty separator");
    CHECK("'abc'.split(1)",
          M(S("abc"), "split", 1, 0, I(1)),
          "TypeError: must be str or None, not int");
    CHECK("'a\\r\\nb\\rc\\n\\x0bd\\x1ce\\x85f\\u2028'.splitlines()",
          M(S("a\r\nb\rc\n\x0b""d\x1c""e\xc2\x85""f\xe2\x80\xa8"), "splitlines", 0, 0),
          "['a', 'b', 'c', '', 'd', 'e', 'f']");
    CHECK("'a\\r\\nb\\rc\\n'.splitlines(True)",
          M(S("a\r\nb\rc\n"), "splitlines", 1, 0, VAL_TRUE),
          "['a\\r\\n', 'b\\r', 'c\\n']");
    CHECK("'  \\u3000x\\u3000 '.strip()",
          M(S("  \xe3\x80\x80x\xe3\x80\x80 "), "strip", 0, 0),
          "'x'");
    CHECK("'xyxabcyx'.strip('xy')",
          M(S("xyxabcyx"), "strip", 1, 0, S("xy")),
          "'abc'");
    CHECK("'xyx'.lstrip('x')",
          M(S("xyx"), "lstrip", 1, 0, S("x")),
          "'yx'");
    CHECK("'éaé'.rstrip('é')",
          M(S("éaé"), "rstrip", 1, 0, S("é")),
          "'éa'");
    CHECK("'a'.strip(1)",
          M(S("a"), "strip", 1, 0, I(1)),
          "TypeError: strip arg must be None or str");
    CHECK("'a-b-c'.partition('-')",
          M(S("a-b-c"), "partition", 1, 0, S("-")),
          "('a', '-', 'b-c')");
    CHECK("'a-b-c'.rpartition('-')",
          M(S("a-b-c"), "rpartition", 1, 0, S("-")),
          "('a-b', '-', 'c')");
    CHECK("'abc'.partition('z')",
          M(S("abc"), "partition", 1, 0, S("z")),
          "('abc', '', '')");
    CHECK("'abc'.rpartition('z')",
          M(S("abc"), "rpartition", 1, 0, S("z")),
          "('', '', 'abc')");
    CHECK("'abc'.partition('')",
          M(S("abc"), "partition", 1, 0, S("")),
          "ValueError: empty separator");
    CHECK("','.join(['a', 'b', 'c'])",
          M(S(","), "join", 1, 0, LST(3, S("a"), S("b"), S("c"))),
          "'a,b,c'");
    CHECK("','.join(('é',))",
          M(S(","), "join", 1, 0, TUP(1, S("é"))),
          "'é'");
    CHECK("''.join([])",
          M(S(""), "join", 1, 0, LST(0)),
          "''");
    CHECK("','.join(['a', 1])",
          M(S(","), "join", 1, 0, LST(2, S("a"), I(1))),
          "TypeError: sequence item 1: expected str instance, int found");
    CHECK("','.join(1)",
          M(S(","), "join", 1, 0, I(1)),
          "TypeError: can only join an iterable");
    /* searching */
    CHECK("'hello'.find('l')",
          M(S("hello"), "find", 1, 0, S("l")),
          "2");
    CHECK("'hello'.rfind('l')",
          M(S("hello"), "rfind", 1, 0, S("l")),
          "3");
    CHECK("'héllo'.find('l', 3)",
          M(S("héllo"), "find", 2, 0, S("l"), I(3)),
          "3");
    CHECK("'héllo'.find('l', -2)",
          M(S("héllo"), "find", 2, 0, S("l"), I(-2)),
          "3");
    CHECK("'abc'.find('', 3)",
          M(S("abc"), "find", 2, 0, S(""), I(3)),
          "3");
    CHECK("'abc'.find('', 4)",
          M(S("abc"), "find", 2, 0, S(""), I(4)),
          "-1");
    CHECK("'abc'.rfind('')",
          M(S("abc"), "rfind", 1, 0, S("")),
          "3");
    CHECK("'abc'.find('c', 0, 2)",
          M(S("abc"), "find", 3, 0, S("c"), I(0), I(2)),
          "-1");
    CHECK("'abc'.index('z')",
          M(S("abc"), "index", 1, 0, S("z")),
          "ValueError: substring not found");
    CHECK("'abc'.rindex('z')",
          M(S("abc"), "rindex", 1, 0, S("z")),
          "ValueError: substring not found");
    CHECK("'abc'.find()",
          M(S("abc"), "find", 0, 0),
          "TypeError: find() takes at least 1 argument (0 given)");
    CHECK("'abc'.find(1)",
          M(S("abc"), "find", 1, 0, I(1)),
          "TypeError: must be str, not int");
    CHECK("'aaaa'.count('aa')",
          M(S("aaaa"), "count", 1, 0, S("aa")),
          "2");
    CHECK("'abc'.count('')",
          M(S("abc"), "count", 1, 0, S("")),
          "4");
    CHECK("'abc'.count('', 2, 1)",
          M(S("abc"), "count", 3, 0, S(""), I(2), I(1)),
          "0");
    CHECK("'héllo'.count('l')",
          M(S("héllo"), "count", 1, 0, S("l")),
          "2");
    CHECK("'abc'.startswith('ab')",
          M(S("abc"), "startswith", 1, 0, S("ab")),
          "True");
    CHECK("'abc'.startswith(('x', 'a'))",
          M(S("abc"), "startswith", 1, 0, TUP(2, S("x"), S("a"))),
          "True");
    CHECK("'abc'.startswith('', 3)",
          M(S("abc"), "startswith", 2, 0, S(""), I(3)),
          "True");
    CHECK("'abc'.startswith('', 4)",
          M(S("abc"), "startswith", 2, 0, S(""), I(4)),
          "False");
    CHECK("'abc'.endswith('bc', 0, 3)",
          M(S("abc"), "endswith", 3, 0, S("bc"), I(0), I(3)),
          "True");
    CHECK("'abc'.endswith('b', 0, -1)",
          M(S("abc"), "endswith", 3, 0, S("b"), I(0), I(-1)),
          "True");
    CHECK("'abc'.startswith(1)",
          M(S("abc"), "startswith", 1, 0, I(1)),
          "TypeError: startswith first arg must be str or a tuple of str, not int");
    CHECK("'abc'.startswith((1,))",
          M(S("abc"), "startswith", 1, 0, TUP(1, I(1))),
          "TypeError: tuple for startswith must only contain str, not int");
    CHECK("'aaa'.replace('a', 'b', 2)",
          M(S("aaa"), "replace", 3, 0, S("a"), S("b"), I(2)),
          "'bba'");
    CHECK("'abc'.replace('', '-')",
          M(S("abc"), "replace", 2, 0, S(""), S("-")),
          "'-a-b-c-'");
    CHECK("'abc'.replace('', '-', 2)",
          M(S("abc"), "replace", 3, 0, S(""), S("-"), I(2)),
          "'-a-bc'");
    CHECK("'héllo'.replace('l', 'L')",
          M(S("héllo"), "replace", 2, 0, S("l"), S("L")),
          "'héLLo'");
    CHECK("'abc'.removeprefix('ab')",
          M(S("abc"), "removeprefix", 1, 0, S("ab")),
          "'c'");
    CHECK("'abc'.removesuffix('bc')",
          M(S("abc"), "removesuffix", 1, 0, S("bc")),
          "'a'");
    CHECK("'abc'.removesuffix('x')",
          M(S("abc"), "removesuffix", 1, 0, S("x")),
          "'abc'");
    /* padding */
    CHECK("'abc'.center(8, '*')",
          M(S("abc"), "center", 2, 0, I(8), S("*")),
          "'**abc***'");
    CHECK("'ab'.center(5)",
          M(S("ab"), "center", 1, 0, I(5)),
          "'  ab '");
    CHECK("'a'.center(4)",
          M(S("a"), "center", 1, 0, I(4)),
          "' a  '");
    CHECK("'abc'.ljust(6, 'é')",
          M(S("abc"), "ljust", 2, 0, I(6), S("é")),
          "'abcééé'");
    CHECK("'abc'.rjust(6)",
          M(S("abc"), "rjust", 1, 0, I(6)),
          "'   abc'");
    CHECK("'abc'.center(5, 'xy')",
          M(S("abc"), "center", 2, 0, I(5), S("xy")),
          "TypeError: The fill character must be exactly one character long");
    CHECK("'-12'.zfill(5)",
          M(S("-12"), "zfill", 1, 0, I(5)),
          "'-0012'");
    CHECK("'+'.zfill(3)",
          M(S("+"), "zfill", 1, 0, I(3)),
          "'+00'");
    CHECK("'abc'.zfill(2)",
          M(S("abc"), "zfill", 1, 0, I(2)),
          "'abc'");
    CHECK("'a\\tb\\n\\tc'.expandtabs()",
          M(S("a\tb\n\tc"), "expandtabs", 0, 0),
          "'a       b\\n        c'");
    CHECK("'é\\tb'.expandtabs(4)",
          M(S("é\tb"), "expandtabs", 1, 0, I(4)),
          "'é   b'");
    CHECK("'a\\tb'.expandtabs(0)",
          M(S("a\tb"), "expandtabs", 1, 0, I(0)),
          "'ab'");
    /* translate, encode */
    CHECK("'abc'.translate({97: 'xx', 98: None})",
          M(S("abc"), "translate", 1, 0, D(2, I(97), S("xx"), I(98), VAL_NONE)),
          "'xxc'");
    CHECK("'abc'.translate(str.maketrans('abc', 'xyz'))",
          M(S("abc"), "translate", 1, 0, M(val_from_obj(&StrType), "maketrans", 2, 0, S("abc"), S("xyz"))),
          "'xyz'");
    CHECK("str.maketrans('ab', 'xy', 'c')",
          M(val_from_obj(&StrType), "maketrans", 3, 0, S("ab"), S("xy"), S("c")),
          "{97: 120, 98: 121, 99: None}");
    CHECK("str.maketrans({'a': 'b', 98: None})",
          M(val_from_obj(&StrType), "maketrans", 1, 0, D(2, S("a"), S("b"), I(98), VAL_NONE)),
          "{97: 'b', 98: None}");
    CHECK("'abc'.translate({97: 1114112})",
          M(S("abc"), "translate", 1, 0, D(1, I(97), I(1114112))),
          "ValueError: character mapping must be in range(0x110000)");
    CHECK("'héllo'.encode()",
          M(S("héllo"), "encode", 0, 0),
          "b'h\\xc3\\xa9llo'");
    CHECK("'é'.encode('latin-1')",
          M(S("é"), "encode", 1, 0, S("latin-1")),
          "b'\\xe9'");
    CHECK("'aéé'.encode('ascii')",
          M(S("aéé"), "encode", 1, 0, S("ascii")),
          "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
    CHECK("'é€'.encode('ascii', 'replace')",
          M(S("é€"), "encode", 2, 0, S("ascii"), S("replace")),
          "b'\?\?'");
    CHECK("'€'.encode('ascii', 'xmlcharrefreplace')",
          M(S("€"), "encode", 2, 0, S("ascii"), S("xmlcharrefreplace")),
          "b'&#8364;'");
    CHECK("'€'.encode('latin-1')",
          M(S("€"), "encode", 1, 0, S("latin-1")),
          "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
    /* str() and bytes() */
    CHECK("str()",
          C(&StrType, 0, 0),
          "''");
    CHECK("str(b'abc')",
          C(&StrType, 1, 0, B("abc", 3)),
          "\"b'abc'\"");
    CHECK("str(b'caf\\xc3\\xa9', 'utf-8')",
          C(&StrType, 2, 0, B("caf\xc3\xa9", 5), S("utf-8")),
          "'café'");
    CHECK("str(b'\\xff', 'utf-8')",
          C(&StrType, 2, 0, B("\xff", 1), S("utf-8")),
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK("str(b'\\xe2\\x82', 'utf-8')",
          C(&StrType, 2, 0, B("\xe2\x82", 2), S("utf-8")),
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    CHECK("str(b'\\xe2\\x82x', 'utf-8')",
          C(&StrType, 2, 0, B("\xe2\x82x", 3), S("utf-8")),
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    CHECK("str(b'a\\xffb', 'utf-8', 'replace')",
          C(&StrType, 3, 0, B("a\xff""b", 3), S("utf-8"), S("replace")),
          "'a�b'");
    CHECK("str(b'\\xff', 'latin-1')",
          C(&StrType, 2, 0, B("\xff", 1), S("latin-1")),
          "'ÿ'");
    CHECK("str(b'\\xff', 'ascii')",
          C(&StrType, 2, 0, B("\xff", 1), S("ascii")),
          "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)");
    CHECK("str('a', 'utf-8')",
          C(&StrType, 2, 0, S("a"), S("utf-8")),
          "TypeError: decoding str is not supported");
    CHECK("bytes(3)",
          C(&BytesType, 1, 0, I(3)),
          "b'\\x00\\x00\\x00'");
    CHECK("bytes([104, 105])",
          C(&BytesType, 1, 0, LST(2, I(104), I(105))),
          "b'hi'");
    CHECK("bytes([256])",
          C(&BytesType, 1, 0, LST(1, I(256))),
          "ValueError: bytes must be in range(0, 256)");
    CHECK("bytes('é', 'utf-8')",
          C(&BytesType, 2, 0, S("é"), S("utf-8")),
          "b'\\xc3\\xa9'");
    CHECK("bytes('a')",
          C(&BytesType, 1, 0, S("a")),
          "TypeError: string argument without an encoding");
    /* bytes */
    CHECK_TEXT("repr(b\"a'b\")",
               REPR(B("a'b", 3)),
               "b\"a'b\"");
    CHECK_TEXT("repr(b'\\x00\\t\\n\\x7f\\x80\\\\')",
               REPR(B("\x00\t\n\x7f\x80\\", 6)),
               "b'\\x00\\t\\n\\x7f\\x80\\\\'");
    CHECK("b'abc'[1]",
          GET(B("abc", 3), I(1)),
          "98");
    CHECK("b'abc'[::-1]",
          GET(B("abc", 3), SL(VAL_NONE, VAL_NONE, I(-1))),
          "b'cba'");
    CHECK("b'ab' + b'cd'",
          BIN(BINOP_ADD, B("ab", 2), B("cd", 2)),
          "b'abcd'");
    CHECK("b'a' + 'a'",
          BIN(BINOP_ADD, B("a", 1), S("a")),
          "TypeError: can't concat str to bytes");
    CHECK("b'ab' * 2",
          BIN(BINOP_MUL, B("ab", 2), I(2)),
          "b'abab'");
    CHECK("98 in b'abc'",
          IN(I(98), B("abc", 3)),
          "True");
    CHECK("b'bc' in b'abc'",
          IN(B("bc", 2), B("abc", 3)),
          "True");
    CHECK("b'caf\\xc3\\xa9'.decode()",
          M(B("caf\xc3\xa9", 5), "decode", 0, 0),
          "'café'");
    CHECK("b'\\xff'.decode()",
          M(B("\xff", 1), "decode", 0, 0),
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK("b'abc'.hex()",
          M(B("abc", 3), "hex", 0, 0),
          "'616263'");
    CHECK("b'abc'.hex(':')",
          M(B("abc", 3), "hex", 1, 0, S(":")),
          "'61:62:63'");
    CHECK("bytes.fromhex('61 62')",
          M(val_from_obj(&BytesType), "fromhex", 1, 0, S("61 62")),
          "b'ab'");
    CHECK("bytes.fromhex('6g')",
          M(val_from_obj(&BytesType), "fromhex", 1, 0, S("6g")),
          "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    CHECK("b'a b  c'.split()",
          M(B("a b  c", 6), "split", 0, 0),
          "[b'a', b'b', b'c']");
    CHECK("b'a,b'.split(b',')",
          M(B("a,b", 3), "split", 1, 0, B(",", 1)),
          "[b'a', b'b']");
    CHECK("b'  ab  '.strip()",
          M(B("  ab  ", 6), "strip", 0, 0),
          "b'ab'");
    CHECK("b'aBc'.upper()",
          M(B("aBc", 3), "upper", 0, 0),
          "b'ABC'");
    CHECK("b'abcb'.count(b'b')",
          M(B("abcb", 4), "count", 1, 0, B("b", 1)),
          "2");
    CHECK("b'abc'.find(99)",
          M(B("abc", 3), "find", 1, 0, I(99)),
          "2");
    CHECK("b'abc'.index(b'z')",
          M(B("abc", 3), "index", 1, 0, B("z", 1)),
          "ValueError: subsection not found");
    CHECK("b','.join([b'a', b'b'])",
          M(B(",", 1), "join", 1, 0, LST(2, B("a", 1), B("b", 1))),
          "b'a,b'");
    CHECK("b'abc'.startswith(b'ab')",
          M(B("abc", 3), "startswith", 1, 0, B("ab", 2)),
          "True");
    CHECK("b'aaa'.replace(b'a', b'b', 2)",
          M(B("aaa", 3), "replace", 3, 0, B("a", 1), B("b", 1), I(2)),
          "b'bba'");
    /* format specs: int */
    CHECK("format(1234567, ',')",
          FMT(I(1234567), S(",")),
          "'1,234,567'");
    CHECK("format(1234567, '_')",
          FMT(I(1234567), S("_")),
          "'1_234_567'");
    CHECK("format(1234567, '_x')",
          FMT(I(1234567), S("_x")),
          "'12_d687'");
    CHECK("format(255, '#x')",
          FMT(I(255), S("#x")),
          "'0xff'");
    CHECK("format(255, '#X')",
          FMT(I(255), S("#X")),
          "'0XFF'");
    CHECK("format(255, '#o')",
          FMT(I(255), S("#o")),
          "'0o377'");
    CHECK("format(255, '#b')",
          FMT(I(255), S("#b")),
          "'0b11111111'");
    CHECK("format(-255, '#010x')",
          FMT(I(-255), S("#010x")),
          "'-0x00000ff'");
    CHECK("format(1234, '010,')",
          FMT(I(1234), S("010,")),
          "'00,001,234'");
    CHECK("format(1234, '08,')",
          FMT(I(1234), S("08,")),
          "'0,001,234'");
    CHECK("format(-1234, '010,')",
          FMT(I(-1234), S("010,")),
          "'-0,001,234'");
    CHECK("format(-1234567, '+015_')",
          FMT(I(-1234567), S("+015_")),
          "'-00_001_234_567'");
    CHECK("format(1234, '=+10')",
          FMT(I(1234), S("=+10")),
          "'+     1234'");
    CHECK("format(1234, '*^+10,')",
          FMT(I(1234), S("*^+10,")),
          "'**+1,234**'");
    CHECK("format(42, '>5')",
          FMT(I(42), S(">5")),
          "'   42'");
    CHECK("format(42, '<5')",
          FMT(I(42), S("<5")),
          "'42   '");
    CHECK("format(42, '^6')",
          FMT(I(42), S("^6")),
          "'  42  '");
    CHECK("format(-42, '05')",
          FMT(I(-42), S("05")),
          "'-0042'");
    CHECK("format(42, ' ')",
          FMT(I(42), S(" ")),
          "' 42'");
    CHECK("format(65, 'c')",
          FMT(I(65), S("c")),
          "'A'");
    CHECK("format(65, '<5c')",
          FMT(I(65), S("<5c")),
          "'A    '");
    CHECK("format(1114112, 'c')",
          FMT(I(1114112), S("c")),
          "OverflowError: %c arg not in range(0x110000)");
    CHECK("format(5, 'f')",
          FMT(I(5), S("f")),
          "'5.000000'");
    CHECK("format(5, '%')",
          FMT(I(5), S("%")),
          "'500.000000%'");
    CHECK("format(True, '')",
          FMT(VAL_TRUE, S("")),
          "'True'");
    CHECK("format(True, 'd')",
          FMT(VAL_TRUE, S("d")),
          "'1'");
    CHECK("format(True, '>6')",
          FMT(VAL_TRUE, S(">6")),
          "'     1'");
    CHECK("format(1, '.2')",
          FMT(I(1), S(".2")),
          "ValueError: Precision not allowed in integer format specifier");
    CHECK("format(1, '+c')",
          FMT(I(1), S("+c")),
          "ValueError: Sign not allowed with integer format specifier 'c'");
    CHECK("format(1, ',x')",
          FMT(I(1), S(",x")),
          "ValueError: Cannot specify ',' with 'x'.");
    CHECK("format(1, ',_')",
          FMT(I(1), S(",_")),
          "ValueError: Cannot specify both ',' and '_'.");
    CHECK("format(1, 'q')",
          FMT(I(1), S("q")),
          "ValueError: Unknown format code 'q' for object of type 'int'");
    CHECK("format(1, 'abc')",
          FMT(I(1), S("abc")),
          "ValueError: Invalid format specifier 'abc' for object of type 'int'");
    CHECK("format(True, 'q')",
          FMT(VAL_TRUE, S("q")),
          "ValueError: Unknown format code 'q' for object of type 'bool'");
    CHECK("format(1, 'z')",
          FMT(I(1), S("z")),
          "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
    /* format specs: float */
    CHECK("format(1.5, '')",
          FMT(F(1.5), S("")),
          "'1.5'");
    CHECK("format(1234567.0, ',')",
          FMT(F(1234567.0), S(",")),
          "'1,234,567.0'");
    CHECK("format(12345.678, ',.2f')",
          FMT(F(12345.678), S(",.2f")),
          "'12,345.68'");
    CHECK("format(1234.5, '010,.1f')",
          FMT(F(1234.5), S("010,.1f")),
          "'0,001,234.5'");
    CHECK("format(3.14159, '.2f')",
          FMT(F(3.14159), S(".2f")),
          "'3.14'");
    CHECK("format(3.14159, '10.3f')",
          FMT(F(3.14159), S("10.3f")),
          "'     3.142'");
    CHECK("format(1.0, '.3')",
          FMT(F(1.0), S(".3")),
          "'1.0'");
    CHECK("format(123.456, '.2')",
          FMT(F(123.456), S(".2")),
          "'1.2e+02'");
    CHECK("format(10.0, '.3')",
          FMT(F(10.0), S(".3")),
          "'10.0'");
    CHECK("format(1.5, '.0')",
          FMT(F(1.5), S(".0")),
          "'2e+00'");
    CHECK("format(1e-07, '.3')",
          FMT(F(1e-07), S(".3")),
          "'1e-07'");
    CHECK("format(1.0, '#.3')",
          FMT(F(1.0), S("#.3")),
          "'1.00'");
    CHECK("format(12345.6789, 'e')",
          FMT(F(12345.6789), S("e")),
          "'1.234568e+04'");
    CHECK("format(12345.6789, '.2E')",
          FMT(F(12345.6789), S(".2E")),
          "'1.23E+04'");
    CHECK("format(0.0, 'e')",
          FMT(F(0.0), S("e")),
          "'0.000000e+00'");
    CHECK("format(1.0, 'g')",
          FMT(F(1.0), S("g")),
          "'1'");
    CHECK("format(1e-05, 'g')",
          FMT(F(1e-05), S("g")),
          "'1e-05'");
    CHECK("format(123456789.0, 'g')",
          FMT(F(123456789.0), S("g")),
          "'1.23457e+08'");
    CHECK("format(1.0, '#g')",
          FMT(F(1.0), S("#g")),
          "'1.00000'");
    CHECK("format(123.0, '#.3g')",
          FMT(F(123.0), S("#.3g")),
          "'123.'");
    CHECK("format(0.5, '%')",
          FMT(F(0.5), S("%")),
          "'50.000000%'");
    CHECK("format(0.5, '.1%')",
          FMT(F(0.5), S(".1%")),
          "'50.0%'");
    CHECK("format(1.0, '#.0f')",
          FMT(F(1.0), S("#.0f")),
          "'1.'");
    CHECK("format(-0.0, '')",
          FMT(F(-0.0), S("")),
          "'-0.0'");
    CHECK("format(-0.0, 'z.1f')",
          FMT(F(-0.0), S("z.1f")),
          "'0.0'");
    CHECK("format(-0.0001, 'z.1f')",
          FMT(F(-0.0001), S("z.1f")),
          "'0.0'");
    CHECK("format(float('inf'), '010')",
          FMT(F(INFINITY), S("010")),
          "'0000000inf'");
    CHECK("format(float('-inf'), '=10')",
          FMT(F(-INFINITY), S("=10")),
          "'-      inf'");
    CHECK("format(float('nan'), '+')",
          FMT(F(NAN), S("+")),
          "'+nan'");
    CHECK("format(float('inf'), 'F')",
          FMT(F(INFINITY), S("F")),
          "'INF'");
    CHECK("format(float('inf'), '%')",
          FMT(F(INFINITY), S("%")),
          "'inf%'");
    CHECK("format(1.5, 'd')",
          FMT(F(1.5), S("d")),
          "ValueError: Unknown format code 'd' for object of type 'float'");
    CHECK("format(1.0, '.')",
          FMT(F(1.0), S(".")),
          "ValueError: Format specifier missing precision");
    CHECK("format(1.5, '^+10')",
          FMT(F(1.5), S("^+10")),
          "'   +1.5   '");
    CHECK("format(2.5, '.0f')",
          FMT(F(2.5), S(".0f")),
          "'2'");
    /* format specs: str */
    CHECK("format('abc', '.2')",
          FMT(S("abc"), S(".2")),
          "'ab'");
    CHECK("format('abc', '>5')",
          FMT(S("abc"), S(">5")),
          "'  abc'");
    CHECK("format('abc', '*^7')",
          FMT(S("abc"), S("*^7")),
          "'**abc**'");
    CHECK("format('abc', '05')",
          FMT(S("abc"), S("05")),
          "'abc00'");
    CHECK("format('é', '^5')",
          FMT(S("é"), S("^5")),
          "'  é  '");
    CHECK("format('abc', '*>10.2')",
          FMT(S("abc"), S("*>10.2")),
          "'********ab'");
    CHECK("format('x', '+')",
          FMT(S("x"), S("+")),
          "ValueError: Sign not allowed in string format specifier");
    CHECK("format('x', ' ')",
          FMT(S("x"), S(" ")),
          "ValueError: Space not allowed in string format specifier");
    CHECK("format('x', '#')",
          FMT(S("x"), S("#")),
          "ValueError: Alternate form (#) not allowed in string format specifier");
    CHECK("format('x', '=5')",
          FMT(S("x"), S("=5")),
          "ValueError: '=' alignment not allowed in string format specifier");
    CHECK("format('x', ',')",
          FMT(S("x"), S(",")),
          "ValueError: Cannot specify ',' with 's'.");
    CHECK("format('x', 'd')",
          FMT(S("x"), S("d")),
          "ValueError: Unknown format code 'd' for object of type 'str'");
    /* str.format */
    CHECK("'{:>5}'.format('ab')",
          M(S("{:>5}"), "format", 1, 0, S("ab")),
          "'   ab'");
    CHECK("'{:.3}'.format('abcdef')",
          M(S("{:.3}"), "format", 1, 0, S("abcdef")),
          "'abc'");
    CHECK("'{:e}'.format(12345.6789)",
          M(S("{:e}"), "format", 1, 0, F(12345.6789)),
          "'1.234568e+04'");
    CHECK("'{:g}'.format(0.0001)",
          M(S("{:g}"), "format", 1, 0, F(0.0001)),
          "'0.0001'");
    CHECK("'{0}{1}{0}'.format('a', 'b')",
          M(S("{0}{1}{0}"), "format", 2, 0, S("a"), S("b")),
          "'aba'");
    CHECK("'{}-{}'.format(1, 2)",
          M(S("{}-{}"), "format", 2, 0, I(1), I(2)),
          "'1-2'");
    CHECK("'{x}{y}'.format(x=1, y='z')",
          M(S("{x}{y}"), "format", 0, 2, "x", I(1), "y", S("z")),
          "'1z'");
    CHECK("'{0:{1}}'.format(1, 5)",
          M(S("{0:{1}}"), "format", 2, 0, I(1), I(5)),
          "'    1'");
    CHECK("'{:{}.{}f}'.format(3.14159, 10, 2)",
          M(S("{:{}.{}f}"), "format", 3, 0, F(3.14159), I(10), I(2)),
          "'      3.14'");
    CHECK("'{0:>{w}}'.format('x', w=4)",
          M(S("{0:>{w}}"), "format", 1, 1, S("x"), "w", I(4)),
          "'   x'");
    CHECK("'{!r:>5}'.format('a')",
          M(S("{!r:>5}"), "format", 1, 0, S("a")),
          "\"  'a'\"");
    CHECK("'{!a}'.format('é')",
          M(S("{!a}"), "format", 1, 0, S("é")),
          "\"'\\\\xe9'\"");
    CHECK("'{!s}'.format(1.5)",
          M(S("{!s}"), "format", 1, 0, F(1.5)),
          "'1.5'");
    CHECK("'{{}}{{'.format()",
          M(S("{{}}{{"), "format", 0, 0),
          "'{}{'");
    CHECK("'{0[0]}'.format([5])",
          M(S("{0[0]}"), "format", 1, 0, LST(1, I(5))),
          "'5'");
    CHECK("'{0[a]}'.format({'a': 3})",
          M(S("{0[a]}"), "format", 1, 0, D(1, S("a"), I(3))),
          "'3'");
    CHECK("'{x[0]}'.format(x='abc')",
          M(S("{x[0]}"), "format", 0, 1, "x", S("abc")),
          "'a'");
    CHECK("'{0[1]}'.format({1: 'int', '1': 'str'})",
          M(S("{0[1]}"), "format", 1, 0, D(2, I(1), S("int"), S("1"), S("str"))),
          "'int'");
    CHECK("'{0}{}'.format(1, 2)",
          M(S("{0}{}"), "format", 2, 0, I(1), I(2)),
          "ValueError: cannot switch from manual field specification to automatic field numbering");
    CHECK("'{}{0}'.format(1, 2)",
          M(S("{}{0}"), "format", 2, 0, I(1), I(2)),
          "ValueError: cannot switch from automatic field numbering to manual field specification");
    CHECK("'{1}'.format(1)",
          M(S("{1}"), "format", 1, 0, I(1)),
          "IndexError: Replacement index 1 out of range for positional args tuple");
    CHECK("'{}{}'.format(1)",
          M(S("{}{}"), "format", 1, 0, I(1)),
          "IndexError: Replacement index 1 out of range for positional args tuple");
    CHECK("'{x}'.format(y=1)",
          M(S("{x}"), "format", 0, 1, "y", I(1)),
          "KeyError: 'x'");
    CHECK("'{'.format()",
          M(S("{"), "format", 0, 0),
          "ValueError: Single '{' encountered in format string");
    CHECK("'}'.format()",
          M(S("}"), "format", 0, 0),
          "ValueError: Single '}' encountered in format string");
    CHECK("'x{0'.format(1)",
          M(S("x{0"), "format", 1, 0, I(1)),
          "ValueError: expected '}' before end of string");
    CHECK("'x{0!'.format(1)",
          M(S("x{0!"), "format", 1, 0, I(1)),
          "ValueError: end of string while looking for conversion specifier");
    CHECK("'{0!x}'.format(1)",
          M(S("{0!x}"), "format", 1, 0, I(1)),
          "ValueError: Unknown conversion specifier x");
    CHECK("'{0!rr}'.format(1)",
          M(S("{0!rr}"), "format", 1, 0, I(1)),
          "ValueError: expected ':' after conversion specifier");
    CHECK("'{0.}'.format(1)",
          M(S("{0.}"), "format", 1, 0, I(1)),
          "ValueError: Empty attribute in format string");
    CHECK("'{0[0]x}'.format([1])",
          M(S("{0[0]x}"), "format", 1, 0, LST(1, I(1))),
          "ValueError: Only '.' or '[' may follow ']' in format field specifier");
    CHECK("'{:{:{}}}'.format(1, 2, 3)",
          M(S("{:{:{}}}"), "format", 3, 0, I(1), I(2), I(3)),
          "ValueError: Max string recursion exceeded");
    CHECK("'{:{:>}}'.format(1, 2)",
          M(S("{:{:>}}"), "format", 2, 0, I(1), I(2)),
          "' 1'");
    CHECK("'{0.nope}'.format(1)",
          M(S("{0.nope}"), "format", 1, 0, I(1)),
          "AttributeError: 'int' object has no attribute 'nope'");
    CHECK("'{:d}'.format('a')",
          M(S("{:d}"), "format", 1, 0, S("a")),
          "ValueError: Unknown format code 'd' for object of type 'str'");
    CHECK("'{a}-{b}'.format_map({'a': 1, 'b': 2})",
          M(S("{a}-{b}"), "format_map", 1, 0, D(2, S("a"), I(1), S("b"), I(2))),
          "'1-2'");
    CHECK("'{0}'.format_map({})",
          M(S("{0}"), "format_map", 1, 0, D(0)),
          "ValueError: Format string contains positional fields");
    /* printf-style */
    CHECK("'%-7s|' % 'abc'",
          BIN(BINOP_MOD, S("%-7s|"), S("abc")),
          "'abc    |'");
    CHECK("'%5s|' % 'é'",
          BIN(BINOP_MOD, S("%5s|"), S("é")),
          "'    é|'");
    CHECK("'%.2s' % 'abcdef'",
          BIN(BINOP_MOD, S("%.2s"), S("abcdef")),
          "'ab'");
    CHECK("'%s %s' % ('a', 'b')",
          BIN(BINOP_MOD, S("%s %s"), TUP(2, S("a"), S("b"))),
          "'a b'");
    CHECK("'%s' % (('a', 1),)",
          BIN(BINOP_MOD, S("%s"), TUP(1, TUP(2, S("a"), I(1)))),
          "\"('a', 1)\"");
    CHECK("'%r' % 'a'",
          BIN(BINOP_MOD, S("%r"), S("a")),
          "\"'a'\"");
    CHECK("'%a' % 'é'",
          BIN(BINOP_MOD, S("%a"), S("é")),
          "\"'\\\\xe9'\"");
    CHECK("'%d' % 42",
          BIN(BINOP_MOD, S("%d"), I(42)),
          "'42'");
    CHECK("'%5d|' % -42",
          BIN(BINOP_MOD, S("%5d|"), I(-42)),
          "'  -42|'");
    CHECK("'%-5d|' % 3",
          BIN(BINOP_MOD, S("%-5d|"), I(3)),
          "'3    |'");
    CHECK("'%05d' % -3",
          BIN(BINOP_MOD, S("%05d"), I(-3)),
          "'-0003'");
    CHECK("'%+d' % 0",
          BIN(BINOP_MOD, S("%+d"), I(0)),
          "'+0'");
    CHECK("'% d' % 5",
          BIN(BINOP_MOD, S("% d"), I(5)),
          "' 5'");
    CHECK("'%.3d' % 5",
          BIN(BINOP_MOD, S("%.3d"), I(5)),
          "'005'");
    CHECK("'%x %X %o' % (255, 255, 8)",
          BIN(BINOP_MOD, S("%x %X %o"), TUP(3, I(255), I(255), I(8))),
          "'ff FF 10'");
    CHECK("'%#x %#o' % (255, 8)",
          BIN(BINOP_MOD, S("%#x %#o"), TUP(2, I(255), I(8))),
          "'0xff 0o10'");
    CHECK("'%#05x' % 255",
          BIN(BINOP_MOD, S("%#05x"), I(255)),
          "'0x0ff'");
    CHECK("'%i' % 3.7",
          BIN(BINOP_MOD, S("%i"), F(3.7)),
          "'3'");
    CHECK("'%d' % True",
          BIN(BINOP_MOD, S("%d"), VAL_TRUE),
          "'1'");
    CHECK("'%f' % 3.14159",
          BIN(BINOP_MOD, S("%f"), F(3.14159)),
          "'3.141590'");
    CHECK("'%.2f' % 2.675",
          BIN(BINOP_MOD, S("%.2f"), F(2.675)),
          "'2.67'");
    CHECK("'%10.4f|' % 3.14159",
          BIN(BINOP_MOD, S("%10.4f|"), F(3.14159)),
          "'    3.1416|'");
    CHECK("'%e' % 12345.678",
          BIN(BINOP_MOD, S("%e"), F(12345.678)),
          "'1.234568e+04'");
    CHECK("'%+.3e' % 12345.678",
          BIN(BINOP_MOD, S("%+.3e"), F(12345.678)),
          "'+1.235e+04'");
    CHECK("'%g %g' % (1e-05, 100000)",
          BIN(BINOP_MOD, S("%g %g"), TUP(2, F(1e-05), I(100000))),
          "'1e-05 100000'");
    CHECK("'%#g' % 1.0",
          BIN(BINOP_MOD, S("%#g"), F(1.0)),
          "'1.00000'");
    CHECK("'%05.1f' % -1.25",
          BIN(BINOP_MOD, S("%05.1f"), F(-1.25)),
          "'-01.2'");
    CHECK("'%05f' % float('-inf')",
          BIN(BINOP_MOD, S("%05f"), F(-INFINITY)),
          "'-0inf'");
    CHECK("'%c%c' % ('a', 98)",
          BIN(BINOP_MOD, S("%c%c"), TUP(2, S("a"), I(98))),
          "'ab'");
    CHECK("'%%' % ()",
          BIN(BINOP_MOD, S("%%"), TUP(0)),
          "'%'");
    CHECK("'%d%%' % 5",
          BIN(BINOP_MOD, S("%d%%"), I(5)),
          "'5%'");
    CHECK("'%*d|' % (4, 7)",
          BIN(BINOP_MOD, S("%*d|"), TUP(2, I(4), I(7))),
          "'   7|'");
    CHECK("'%-*d|' % (4, 7)",
          BIN(BINOP_MOD, S("%-*d|"), TUP(2, I(4), I(7))),
          "'7   |'");
    CHECK("'%.*f' % (2, 3.14159)",
          BIN(BINOP_MOD, S("%.*f"), TUP(2, I(2), F(3.14159))),
          "'3.14'");
    CHECK("'%(a)s-%(b)r' % {'a': 1, 'b': 'x'}",
          BIN(BINOP_MOD, S("%(a)s-%(b)r"), D(2, S("a"), I(1), S("b"), S("x"))),
          "\"1-'x'\"");
    CHECK("'%s' % {'a': 1}",
          BIN(BINOP_MOD, S("%s"), D(1, S("a"), I(1))),
          "\"{'a': 1}\"");
    CHECK("'' % {'a': 1}",
          BIN(BINOP_MOD, S(""), D(1, S("a"), I(1))),
          "''");
    CHECK("'' % [1]",
          BIN(BINOP_MOD, S(""), LST(1, I(1))),
          "''");
    CHECK("'%s %s' % (1,)",
          BIN(BINOP_MOD, S("%s %s"), TUP(1, I(1))),
          "TypeError: not enough arguments for format string");
    CHECK("'%s' % (1, 2)",
          BIN(BINOP_MOD, S("%s"), TUP(2, I(1), I(2))),
          "TypeError: not all arguments converted during string formatting");
    CHECK("'%d' % 'a'",
          BIN(BINOP_MOD, S("%d"), S("a")),
          "TypeError: %d format: a real number is required, not str");
    CHECK("'%x' % 1.5",
          BIN(BINOP_MOD, S("%x"), F(1.5)),
          "TypeError: %x format: an integer is required, not float");
    CHECK("'%f' % 'a'",
          BIN(BINOP_MOD, S("%f"), S("a")),
          "TypeError: must be real number, not str");
    CHECK("'%c' % 'ab'",
          BIN(BINOP_MOD, S("%c"), S("ab")),
          "TypeError: %c requires int or char");
    CHECK("'%c' % 1114112",
          BIN(BINOP_MOD, S("%c"), I(1114112)),
          "OverflowError: %c arg not in range(0x110000)");
    CHECK("'%y' % 1",
          BIN(BINOP_MOD, S("%y"), I(1)),
          "ValueError: unsupported format character 'y' (0x79) at index 1");
    CHECK("'é%y' % 1",
          BIN(BINOP_MOD, S("é%y"), I(1)),
          "ValueError: unsupported format character 'y' (0x79) at index 2");
    CHECK("'%' % ()",
          BIN(BINOP_MOD, S("%"), TUP(0)),
          "ValueError: incomplete format");
    CHECK("'%(a)s' % 1",
          BIN(BINOP_MOD, S("%(a)s"), I(1)),
          "TypeError: format requires a mapping");
    CHECK("'%(a)s' % {}",
          BIN(BINOP_MOD, S("%(a)s"), D(0)),
          "KeyError: 'a'");
    CHECK("'%(a' % {'a': 1}",
          BIN(BINOP_MOD, S("%(a"), D(1, S("a"), I(1))),
          "ValueError: incomplete format key");
    CHECK("'%*d' % ('a', 1)",
          BIN(BINOP_MOD, S("%*d"), TUP(2, S("a"), I(1))),
          "TypeError: * wants int");
    CHECK("'%d' % float('inf')",
          BIN(BINOP_MOD, S("%d"), F(INFINITY)),
          "OverflowError: cannot convert float infinity to integer");
    CHECK("'%5%' % (1,)",
          BIN(BINOP_MOD, S("%5%"), TUP(1, I(1))),
          "ValueError: unsupported format character '%' (0x25) at index 2");


    /* more format specs and str.format */
    CHECK("format(3.14159, '08.3f')",
          FMT(F(3.14159), S("08.3f")),
          "'0003.142'");
    CHECK("format(0.1234, '+.2%')",
          FMT(F(0.1234), S("+.2%")),
          "'+12.34%'");
    CHECK("format(1234567, ',d')",
          FMT(I(1234567), S(",d")),
          "'1,234,567'");
    CHECK("format(1234567.891, '>15,.2f')",
          FMT(F(1234567.891), S(">15,.2f")),
          "'   1,234,567.89'");
    CHECK("format('ab', 'x<10')",
          FMT(S("ab"), S("x<10")),
          "'abxxxxxxxx'");
    CHECK("format('abcdef', '^10.3s')",
          FMT(S("abcdef"), S("^10.3s")),
          "'   abc    '");
    CHECK("format(-3.5, '=+10.2f')",
          FMT(F(-3.5), S("=+10.2f")),
          "'-     3.50'");
    CHECK("format(-3.5, '010.2f')",
          FMT(F(-3.5), S("010.2f")),
          "'-000003.50'");
    CHECK("format(1e-10, '.2e')",
          FMT(F(1e-10), S(".2e")),
          "'1.00e-10'");
    CHECK("format(123456789, '.3e')",
          FMT(I(123456789), S(".3e")),
          "'1.235e+08'");
    CHECK("format(0.000123456, 'g')",
          FMT(F(0.000123456), S("g")),
          "'0.000123456'");
    CHECK("format(123456.0, 'g')",
          FMT(F(123456.0), S("g")),
          "'123456'");
    CHECK("format(1234567.0, 'G')",
          FMT(F(1234567.0), S("G")),
          "'1.23457E+06'");
    CHECK("format(1e16, 'f')",
          FMT(F(1e+16), S("f")),
          "'10000000000000000.000000'");
    CHECK("format(12.0, '')",
          FMT(F(12.0), S("")),
          "'12.0'");
    CHECK("format(1e100, '')",
          FMT(F(1e+100), S("")),
          "'1e+100'");
    CHECK("format(1.5e-7, '')",
          FMT(F(1.5e-07), S("")),
          "'1.5e-07'");
    CHECK("format(100.0, '.3g')",
          FMT(F(100.0), S(".3g")),
          "'100'");
    CHECK("format(99999.9, '.6g')",
          FMT(F(99999.9), S(".6g")),
          "'99999.9'");
    CHECK("format(0.30000000000000004, '')",
          FMT(F(0.30000000000000004), S("")),
          "'0.30000000000000004'");
    CHECK("format(0.30000000000000004, '.17g')",
          FMT(F(0.30000000000000004), S(".17g")),
          "'0.30000000000000004'");
    CHECK("format(1.152921504606847e+18, \",\")",
          FMT(F(1.152921504606847e+18), S(",")),
          "'1.152921504606847e+18'");
    CHECK("format(42, '+,')",
          FMT(I(42), S("+,")),
          "'+42'");
    CHECK("format(42, 'b')",
          FMT(I(42), S("b")),
          "'101010'");
    CHECK("format(-42, 'o')",
          FMT(I(-42), S("o")),
          "'-52'");
    CHECK("format(0, 'x')",
          FMT(I(0), S("x")),
          "'0'");
    CHECK("format(0, '#b')",
          FMT(I(0), S("#b")),
          "'0b0'");
    CHECK("format(7, '#010b')",
          FMT(I(7), S("#010b")),
          "'0b00000111'");
    CHECK("format(7, '_b')",
          FMT(I(7), S("_b")),
          "'111'");
    CHECK("format(123456789, '_o')",
          FMT(I(123456789), S("_o")),
          "'7_2674_6425'");
    CHECK("format(True, 'x')",
          FMT(VAL_TRUE, S("x")),
          "'1'");
    CHECK("format(False, '>5')",
          FMT(VAL_FALSE, S(">5")),
          "'    0'");
    CHECK("format(False, '')",
          FMT(VAL_FALSE, S("")),
          "'False'");
    CHECK("'{:08.3f}'.format(-3.14159)",
          M(S("{:08.3f}"), "format", 1, 0, F(-3.14159)),
          "'-003.142'");
    CHECK("'{0:^{1}}'.format('mid', 9)",
          M(S("{0:^{1}}"), "format", 2, 0, S("mid"), I(9)),
          "'   mid   '");
    CHECK("'{:*^9}'.format('mid')",
          M(S("{:*^9}"), "format", 1, 0, S("mid")),
          "'***mid***'");
    CHECK("'{:=^9}'.format('mid')",
          M(S("{:=^9}"), "format", 1, 0, S("mid")),
          "'===mid==='");
    CHECK("'{0!r:^9}'.format('mid')",
          M(S("{0!r:^9}"), "format", 1, 0, S("mid")),
          "\"  'mid'  \"");
    CHECK("'{:,}'.format(-1234567)",
          M(S("{:,}"), "format", 1, 0, I(-1234567)),
          "'-1,234,567'");
    CHECK("'{:_}'.format(1234567.25)",
          M(S("{:_}"), "format", 1, 0, F(1234567.25)),
          "'1_234_567.25'");
    CHECK("'{:.0%}'.format(0.5)",
          M(S("{:.0%}"), "format", 1, 0, F(0.5)),
          "'50%'");
    CHECK("'{:10}'.format(3.5)",
          M(S("{:10}"), "format", 1, 0, F(3.5)),
          "'       3.5'");
    CHECK("'{:10}'.format('s')",
          M(S("{:10}"), "format", 1, 0, S("s")),
          "'s         '");
    CHECK("'{:10}'.format(7)",
          M(S("{:10}"), "format", 1, 0, I(7)),
          "'         7'");
    CHECK("'{:<10}|'.format(7)",
          M(S("{:<10}|"), "format", 1, 0, I(7)),
          "'7         |'");
    CHECK("'{:n}'.format(1234567)",
          M(S("{:n}"), "format", 1, 0, I(1234567)),
          "'1234567'");
    CHECK("'{:.2n}'.format(1234.5)",
          M(S("{:.2n}"), "format", 1, 0, F(1234.5)),
          "'1.2e+03'");

    /* more splitting, searching, padding */
    CHECK("','.join('héllo')",
          M(S(","), "join", 1, 0, S("héllo")),
          "'h,é,l,l,o'");
    CHECK("'-'.join(('a',))",
          M(S("-"), "join", 1, 0, TUP(1, S("a"))),
          "'a'");
    CHECK("'abc'.split('b', -1)",
          M(S("abc"), "split", 2, 0, S("b"), I(-1)),
          "['a', 'c']");
    CHECK("'a b c'.split(' ', 1)",
          M(S("a b c"), "split", 2, 0, S(" "), I(1)),
          "['a', 'b c']");
    CHECK("'a b c'.rsplit(' ', 1)",
          M(S("a b c"), "rsplit", 2, 0, S(" "), I(1)),
          "['a b', 'c']");
    CHECK("'aXbXc'.split('X', maxsplit=1)",
          M(S("aXbXc"), "split", 1, 1, S("X"), "maxsplit", I(1)),
          "['a', 'bXc']");
    CHECK("'a  b'.split(' ')",
          M(S("a  b"), "split", 1, 0, S(" ")),
          "['a', '', 'b']");
    CHECK("'  '.split(' ')",
          M(S("  "), "split", 1, 0, S(" ")),
          "['', '', '']");
    CHECK("'abcabc'.rfind('bc', 0, 4)",
          M(S("abcabc"), "rfind", 3, 0, S("bc"), I(0), I(4)),
          "1");
    CHECK("'abcabc'.rindex('abc')",
          M(S("abcabc"), "rindex", 1, 0, S("abc")),
          "3");
    CHECK("'abcabc'.index('c', -2)",
          M(S("abcabc"), "index", 2, 0, S("c"), I(-2)),
          "5");
    CHECK("'abc'.find('b', -100, 100)",
          M(S("abc"), "find", 3, 0, S("b"), I(-100), I(100)),
          "1");
    CHECK("'abc'.count('a', None, None)",
          M(S("abc"), "count", 3, 0, S("a"), VAL_NONE, VAL_NONE),
          "1");
    CHECK("'ab\\tc'.expandtabs(2)",
          M(S("ab\tc"), "expandtabs", 1, 0, I(2)),
          "'ab  c'");
    CHECK("'a\\r\\tb'.expandtabs(4)",
          M(S("a\r\tb"), "expandtabs", 1, 0, I(4)),
          "'a\\r    b'");
    CHECK("'ééé'.zfill(6)",
          M(S("ééé"), "zfill", 1, 0, I(6)),
          "'000ééé'");
    CHECK("'-é'.zfill(4)",
          M(S("-é"), "zfill", 1, 0, I(4)),
          "'-00é'");
    CHECK("'abc'.center(4)",
          M(S("abc"), "center", 1, 0, I(4)),
          "'abc '");
    CHECK("'abc'.center(5)",
          M(S("abc"), "center", 1, 0, I(5)),
          "' abc '");
    CHECK("'abcd'.center(5)",
          M(S("abcd"), "center", 1, 0, I(5)),
          "' abcd'");
    CHECK("'abcd'.center(7)",
          M(S("abcd"), "center", 1, 0, I(7)),
          "'  abcd '");
    CHECK("''.center(3, '-')",
          M(S(""), "center", 2, 0, I(3), S("-")),
          "'---'");

    /* more case mapping (special casing, final sigma) */
    CHECK("'hello world'.capitalize()",
          M(S("hello world"), "capitalize", 0, 0),
          "'Hello world'");
    CHECK("'HELLO'.swapcase()",
          M(S("HELLO"), "swapcase", 0, 0),
          "'hello'");
    CHECK("'Hello'.casefold()",
          M(S("Hello"), "casefold", 0, 0),
          "'hello'");
    CHECK("'ǉ'.title()",
          M(S("ǉ"), "title", 0, 0),
          "'ǈ'");
    CHECK("'ǉ'.upper()",
          M(S("ǉ"), "upper", 0, 0),
          "'Ǉ'");
    CHECK("'ǈ'.lower()",
          M(S("ǈ"), "lower", 0, 0),
          "'ǉ'");
    CHECK("'ﬁ'.title()",
          M(S("ﬁ"), "title", 0, 0),
          "'Fi'");
    CHECK("'ŉ'.upper()",
          M(S("ŉ"), "upper", 0, 0),
          "'ʼN'");
    CHECK("'ΐ'.upper()",
          M(S("ΐ"), "upper", 0, 0),
          "'Ϊ́'");
    CHECK("'ᾳ'.upper()",
          M(S("ᾳ"), "upper", 0, 0),
          "'ΑΙ'");
    CHECK("'ᾳ'.title()",
          M(S("ᾳ"), "title", 0, 0),
          "'ᾼ'");
    CHECK("'ﬀ'.casefold()",
          M(S("ﬀ"), "casefold", 0, 0),
          "'ff'");
    CHECK("'ẞ'.lower()",
          M(S("ẞ"), "lower", 0, 0),
          "'ß'");
    CHECK("'ẞ'.casefold()",
          M(S("ẞ"), "casefold", 0, 0),
          "'ss'");
    CHECK("'A\\u0345\\u03a3'.lower()",
          M(S("AͅΣ"), "lower", 0, 0),
          "'aͅς'");
    CHECK("'\\u03a3\\u0345'.lower()",
          M(S("Σͅ"), "lower", 0, 0),
          "'σͅ'");
    CHECK("'a\\u0301\\u03a3'.lower()",
          M(S("áΣ"), "lower", 0, 0),
          "'áς'");
    CHECK("'\\u03a3A'.lower()",
          M(S("ΣA"), "lower", 0, 0),
          "'σa'");
    CHECK("'x\\u03a3 y'.lower()",
          M(S("xΣ y"), "lower", 0, 0),
          "'xς y'");
    CHECK("'x.\\u03a3'.lower()",
          M(S("x.Σ"), "lower", 0, 0),
          "'x.ς'");
    CHECK("\"x'\\u03a3\".lower()",
          M(S("x'Σ"), "lower", 0, 0),
          "\"x'ς\"");

    /* more printf-style */
    CHECK("'%.3s|%-4s|%4s' % ('abcdef', 'ab', 'ab')",
          BIN(BINOP_MOD, S("%.3s|%-4s|%4s"), TUP(3, S("abcdef"), S("ab"), S("ab"))),
          "'abc|ab  |  ab'");
    CHECK("'%c' % 233",
          BIN(BINOP_MOD, S("%c"), I(233)),
          "'é'");
    CHECK("'%5c|' % 233",
          BIN(BINOP_MOD, S("%5c|"), I(233)),
          "'    é|'");
    CHECK("'%o' % -8",
          BIN(BINOP_MOD, S("%o"), I(-8)),
          "'-10'");
    CHECK("'%#x' % -1",
          BIN(BINOP_MOD, S("%#x"), I(-1)),
          "'-0x1'");
    CHECK("'%+x' % 255",
          BIN(BINOP_MOD, S("%+x"), I(255)),
          "'+ff'");
    CHECK("'%x' % True",
          BIN(BINOP_MOD, S("%x"), VAL_TRUE),
          "'1'");
    CHECK("'%s' % ()",
          BIN(BINOP_MOD, S("%s"), TUP(0)),
          "TypeError: not enough arguments for format string");
    CHECK("'%s' % [()]",
          BIN(BINOP_MOD, S("%s"), LST(1, TUP(0))),
          "'[()]'");
    CHECK("'%r' % ((1,),)",
          BIN(BINOP_MOD, S("%r"), TUP(1, TUP(1, I(1)))),
          "'(1,)'");
    CHECK("'%-+5d|' % 3",
          BIN(BINOP_MOD, S("%-+5d|"), I(3)),
          "'+3   |'");
    CHECK("'% 05d' % 3",
          BIN(BINOP_MOD, S("% 05d"), I(3)),
          "' 0003'");
    CHECK("'%+05d' % -3",
          BIN(BINOP_MOD, S("%+05d"), I(-3)),
          "'-0003'");
    CHECK("'%.0e' % 12345",
          BIN(BINOP_MOD, S("%.0e"), I(12345)),
          "'1e+04'");
    CHECK("'%#.0e' % 12345",
          BIN(BINOP_MOD, S("%#.0e"), I(12345)),
          "'1.e+04'");
    CHECK("'%.3g' % 0.0001234",
          BIN(BINOP_MOD, S("%.3g"), F(0.0001234)),
          "'0.000123'");
    CHECK("'%10.3g|' % 1234567",
          BIN(BINOP_MOD, S("%10.3g|"), I(1234567)),
          "'  1.23e+06|'");
    CHECK("'%-10.2e|' % -0.000123",
          BIN(BINOP_MOD, S("%-10.2e|"), F(-0.000123)),
          "'-1.23e-04 |'");
    CHECK("'%G' % 1e20",
          BIN(BINOP_MOD, S("%G"), F(1e+20)),
          "'1E+20'");
    CHECK("'%F' % 1.5",
          BIN(BINOP_MOD, S("%F"), F(1.5)),
          "'1.500000'");
    CHECK("'%.1f' % 0.05",
          BIN(BINOP_MOD, S("%.1f"), F(0.05)),
          "'0.1'");
    CHECK("'%.1f' % 0.25",
          BIN(BINOP_MOD, S("%.1f"), F(0.25)),
          "'0.2'");
    CHECK("'%.1f' % 0.35",
          BIN(BINOP_MOD, S("%.1f"), F(0.35)),
          "'0.3'");
    CHECK("'%s:%d' % ('x', 3)",
          BIN(BINOP_MOD, S("%s:%d"), TUP(2, S("x"), I(3))),
          "'x:3'");
    CHECK("'%(x)s' % {'x': 'é'}",
          BIN(BINOP_MOD, S("%(x)s"), D(1, S("x"), S("é"))),
          "'é'");
    CHECK("'%(x)5s|' % {'x': 'a'}",
          BIN(BINOP_MOD, S("%(x)5s|"), D(1, S("x"), S("a"))),
          "'    a|'");
    CHECK("'%(x)-5d|' % {'x': 3}",
          BIN(BINOP_MOD, S("%(x)-5d|"), D(1, S("x"), I(3))),
          "'3    |'");
    CHECK("'%((x))s' % {'(x)': 1}",
          BIN(BINOP_MOD, S("%((x))s"), D(1, S("(x)"), I(1))),
          "'1'");

    /* more indexing and comparison */
    CHECK("'abc' * 0",
          BIN(BINOP_MUL, S("abc"), I(0)),
          "''");
    CHECK("'' * 5",
          BIN(BINOP_MUL, S(""), I(5)),
          "''");
    CHECK("'é' * 3",
          BIN(BINOP_MUL, S("é"), I(3)),
          "'ééé'");
    CHECK("'abc'[-4]",
          GET(S("abc"), I(-4)),
          "IndexError: string index out of range");
    CHECK("'abc'[1:1]",
          GET(S("abc"), SL(I(1), I(1), VAL_NONE)),
          "''");
    CHECK("'abc'[5:10]",
          GET(S("abc"), SL(I(5), I(10), VAL_NONE)),
          "''");
    CHECK("'abc'[::2]",
          GET(S("abc"), SL(VAL_NONE, VAL_NONE, I(2))),
          "'ac'");
    CHECK("'héllo wörld'[::3]",
          GET(S("héllo wörld"), SL(VAL_NONE, VAL_NONE, I(3))),
          "'hlwl'");
    CHECK("'héllo'[-2:]",
          GET(S("héllo"), SL(I(-2), VAL_NONE, VAL_NONE)),
          "'lo'");
    CHECK("'abc'[None:None]",
          GET(S("abc"), SL(VAL_NONE, VAL_NONE, VAL_NONE)),
          "'abc'");
    CHECK("'abc' < 'ab'",
          CMP(CMP_LT, S("abc"), S("ab")),
          "False");
    CHECK("'a' <= 'a'",
          CMP(CMP_LE, S("a"), S("a")),
          "True");
    CHECK("'b' >= 'a'",
          CMP(CMP_GE, S("b"), S("a")),
          "True");
    CHECK("'a' != 'a'",
          CMP(CMP_NE, S("a"), S("a")),
          "False");
    CHECK("'ab' == 'ab'",
          CMP(CMP_EQ, S("ab"), S("ab")),
          "True");
    CHECK("'é' in 'café'",
          IN(S("é"), S("café")),
          "True");
    CHECK("'' in 'abc'",
          IN(S(""), S("abc")),
          "True");
    CHECK("b'' in b'abc'",
          IN(B("", 0), B("abc", 3)),
          "True");

    /* more bytes and codecs */
    CHECK("b'\\xff\\x00'.hex()",
          M(B("\xff\x00", 2), "hex", 0, 0),
          "'ff00'");
    CHECK("bytes.fromhex('')",
          M(val_from_obj(&BytesType), "fromhex", 1, 0, S("")),
          "b''");
    CHECK("bytes.fromhex('ff 00 0a')",
          M(val_from_obj(&BytesType), "fromhex", 1, 0, S("ff 00 0a")),
          "b'\\xff\\x00\\n'");
    CHECK("b'abc'.decode('latin-1')",
          M(B("abc", 3), "decode", 1, 0, S("latin-1")),
          "'abc'");
    CHECK("b'ab\\xffcd'.decode('utf-8', 'ignore')",
          M(B("ab\xff""cd", 5), "decode", 2, 0, S("utf-8"), S("ignore")),
          "'abcd'");
    CHECK("b'ab\\xffcd'.decode('utf-8', 'backslashreplace')",
          M(B("ab\xff""cd", 5), "decode", 2, 0, S("utf-8"), S("backslashreplace")),
          "'ab\\\\xffcd'");
    CHECK("b'\\xc3\\xa9'.decode('ascii', 'replace')",
          M(B("\xc3\xa9", 2), "decode", 2, 0, S("ascii"), S("replace")),
          "'��'");
    CHECK("b'\\xf0\\x9f\\x98\\x80'.decode()",
          M(B("\xf0\x9f\x98\x80", 4), "decode", 0, 0),
          "'😀'");
    CHECK("b'\\xf0\\x9f\\x98'.decode()",
          M(B("\xf0\x9f\x98", 3), "decode", 0, 0),
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    CHECK("b'\\xf0\\x9f\\x98'.decode('utf-8', 'replace')",
          M(B("\xf0\x9f\x98", 3), "decode", 2, 0, S("utf-8"), S("replace")),
          "'�'");
    CHECK("b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')",
          M(B("\xed\xa0\x80", 3), "decode", 2, 0, S("utf-8"), S("replace")),
          "'���'");
    CHECK("b'\\xc0\\xaf'.decode('utf-8', 'replace')",
          M(B("\xc0\xaf", 2), "decode", 2, 0, S("utf-8"), S("replace")),
          "'��'");
    CHECK("b'\\xe0\\x80\\x80'.decode('utf-8', 'replace')",
          M(B("\xe0\x80\x80", 3), "decode", 2, 0, S("utf-8"), S("replace")),
          "'���'");
    CHECK("b'\\x80abc'.decode('utf-8', 'strict')",
          M(B("\x80""abc", 4), "decode", 2, 0, S("utf-8"), S("strict")),
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte");
    CHECK("b'abc\\x80'.decode('utf-8', 'bogus')",
          M(B("abc\x80", 4), "decode", 2, 0, S("utf-8"), S("bogus")),
          "LookupError: unknown error handler name 'bogus'");
    CHECK("b'abc'.decode('bogus')",
          M(B("abc", 3), "decode", 1, 0, S("bogus")),
          "LookupError: unknown encoding: bogus");
    CHECK("'\\ud83d\\ude00'.encode('utf-8', 'replace')",
          M(S("\xed\xa0\xbd\xed\xb8\x80"), "encode", 2, 0, S("utf-8"), S("replace")),
          "b'\?\?'");
    CHECK("'\\ud800'.encode('utf-8', 'backslashreplace')",
          M(S("\xed\xa0\x80"), "encode", 2, 0, S("utf-8"), S("backslashreplace")),
          "b'\\\\ud800'");
    CHECK("'\\ud800x'.encode('utf-8', 'ignore')",
          M(S("\xed\xa0\x80x"), "encode", 2, 0, S("utf-8"), S("ignore")),
          "b'x'");
    CHECK("'é'.encode('ascii', 'backslashreplace')",
          M(S("é"), "encode", 2, 0, S("ascii"), S("backslashreplace")),
          "b'\\\\xe9'");
    CHECK("'😀'.encode('latin-1', 'xmlcharrefreplace')",
          M(S("😀"), "encode", 2, 0, S("latin-1"), S("xmlcharrefreplace")),
          "b'&#128512;'");
    CHECK("'x'.encode(encoding='ascii')",
          M(S("x"), "encode", 0, 1, "encoding", S("ascii")),
          "b'x'");
    CHECK("'x'.encode('utf8', errors='strict')",
          M(S("x"), "encode", 1, 1, S("utf8"), "errors", S("strict")),
          "b'x'");
    CHECK("b'a\\x00b'.split(b'\\x00')",
          M(B("a\x00""b", 3), "split", 1, 0, B("\x00", 1)),
          "[b'a', b'b']");
    CHECK("b'a'*3 + b'b'",
          BIN(BINOP_ADD, BIN(BINOP_MUL, B("a", 1), I(3)), B("b", 1)),
          "b'aaab'");
    CHECK("b'abc' == b'abc'",
          CMP(CMP_EQ, B("abc", 3), B("abc", 3)),
          "True");
    CHECK("b'abc' < b'abd'",
          CMP(CMP_LT, B("abc", 3), B("abd", 3)),
          "True");
    CHECK("b'ab' + bytes(2)",
          BIN(BINOP_ADD, B("ab", 2), C(&BytesType, 1, 0, I(2))),
          "b'ab\\x00\\x00'");
    CHECK("b'xyz'.strip(b'xz')",
          M(B("xyz", 3), "strip", 1, 0, B("xz", 2)),
          "b'y'");
    CHECK("b'  a b '.split(None, 1)",
          M(B("  a b ", 6), "split", 2, 0, VAL_NONE, I(1)),
          "[b'a', b'b ']");
    CHECK("b'aaa'.count(b'')",
          M(B("aaa", 3), "count", 1, 0, B("", 0)),
          "4");
    CHECK("b'abc'.find(b'', 5)",
          M(B("abc", 3), "find", 2, 0, B("", 0), I(5)),
          "-1");
    CHECK("b'abc'.endswith((b'bc', b'x'))",
          M(B("abc", 3), "endswith", 1, 0, TUP(2, B("bc", 2), B("x", 1))),
          "True");
    CHECK("b'abc'.startswith(b'b', 1)",
          M(B("abc", 3), "startswith", 2, 0, B("b", 1), I(1)),
          "True");
    CHECK("b'abc'[-1:]",
          GET(B("abc", 3), SL(I(-1), VAL_NONE, VAL_NONE)),
          "b'c'");
    CHECK("b'abc'[5]",
          GET(B("abc", 3), I(5)),
          "IndexError: index out of range");
    CHECK("b'a\\xffb'.lower()",
          M(B("a\xff""b", 3), "lower", 0, 0),
          "b'a\\xffb'");
    CHECK("b'-'.join([b'x'])",
          M(B("-", 1), "join", 1, 0, LST(1, B("x", 1))),
          "b'x'");
    CHECK_TEXT("repr(b'')",
               REPR(B("", 0)),
               "b''");
    CHECK_TEXT("repr(b'\"')",
               REPR(B("\"", 1)),
               "b'\"'");
    CHECK_TEXT("repr(b'\\'\"')",
               REPR(B("'\"", 2)),
               "b'\\'\"'");

    /* more str() and bytes() construction */
    CHECK("bytes(b'')",
          C(&BytesType, 1, 0, B("", 0)),
          "b''");
    CHECK("bytes(0)",
          C(&BytesType, 1, 0, I(0)),
          "b''");
    CHECK("bytes([])",
          C(&BytesType, 1, 0, LST(0)),
          "b''");
    CHECK("bytes('abc', 'ascii')",
          C(&BytesType, 2, 0, S("abc"), S("ascii")),
          "b'abc'");
    CHECK("bytes('é', 'ascii')",
          C(&BytesType, 2, 0, S("é"), S("ascii")),
          "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    CHECK("bytes(1, 'ascii')",
          C(&BytesType, 2, 0, I(1), S("ascii")),
          "TypeError: encoding without a string argument");
    CHECK("bytes(1.5)",
          C(&BytesType, 1, 0, F(1.5)),
          "TypeError: cannot convert 'float' object to bytes");
    CHECK("bytes(None)",
          C(&BytesType, 1, 0, VAL_NONE),
          "TypeError: cannot convert 'NoneType' object to bytes");
    CHECK("bytes([1, 'a'])",
          C(&BytesType, 1, 0, LST(2, I(1), S("a"))),
          "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK("bytes([-1])",
          C(&BytesType, 1, 0, LST(1, I(-1))),
          "ValueError: bytes must be in range(0, 256)");
    CHECK("str(b'a', 'ascii', 'strict')",
          C(&StrType, 3, 0, B("a", 1), S("ascii"), S("strict")),
          "'a'");
    CHECK("str(b'a', encoding='utf-8')",
          C(&StrType, 1, 1, B("a", 1), "encoding", S("utf-8")),
          "'a'");
    CHECK("str(b'\\xff', 'utf-8', 'ignore')",
          C(&StrType, 3, 0, B("\xff", 1), S("utf-8"), S("ignore")),
          "''");
    CHECK("str(b'a', 1)",
          C(&StrType, 2, 0, B("a", 1), I(1)),
          "TypeError: str() argument 'encoding' must be str, not int");
    CHECK("str(1, 'utf-8')",
          C(&StrType, 2, 0, I(1), S("utf-8")),
          "TypeError: decoding to str: need a bytes-like object, int found");
    CHECK("str('x', 'utf-8')",
          C(&StrType, 2, 0, S("x"), S("utf-8")),
          "TypeError: decoding str is not supported");
    CHECK("str(object='x')",
          C(&StrType, 0, 1, "object", S("x")),
          "'x'");
    CHECK("str(5)",
          C(&StrType, 1, 0, I(5)),
          "'5'");
    CHECK("str(None)",
          C(&StrType, 1, 0, VAL_NONE),
          "'None'");
    CHECK("str(2.5)",
          C(&StrType, 1, 0, F(2.5)),
          "'2.5'");
    CHECK("str('abc')",
          C(&StrType, 1, 0, S("abc")),
          "'abc'");
}

int main(void)
{
    T = interp_new(0, NULL, false);
    if (!T) return 1;
    run_checks();
    printf("%d passed, %d failed\n", passed, failed);
    interp_free(T);
    return failed != 0;
}
