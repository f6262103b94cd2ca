/*
 * test_exc.c -- exceptions and argument parsing: exc_raise's %R %S %T %U
 * conversions, the repr/str rules of the builtin exception types (KeyError,
 * OSError, SyntaxError ...), their extra attributes, traceback and
 * SyntaxError formatting, and arg_parse/arg_count's messages, all checked
 * against what CPython 3.12 prints, including its "Did you mean" hints.
 *
 * Prints one line per failed check and "N passed, N failed"; exits 1 on
 * any failure.  Every value held across an allocation is rooted, so the
 * test is meaningful under ASTER_GC_STRESS=1.
 */
#include <stdio.h>
#include <string.h>
#include "interp.h"
#include "args.h"
#include "code.h"
#include "exc.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strbuf.h"
#include "check.h"


static Value S(Thread *t, const char *s)
{
    return str_from_cstr(t, s);
}

/* Compares a str value with expect; prints both on mismatch. */
static bool text_is(Value v, const char *expect)
{
    if (v == VAL_ERROR || !str_check(v)) {
        printf("  not a str, expected %s\n", expect);
        return false;
    }
    if (strcmp(str_cstr(v), expect) == 0) return true;
    printf("  got      [%s]\n  expected [%s]\n", str_cstr(v), expect);
    return false;
}

/* The pending exception is of exactly type tp and str() is msg; clears it. */
static bool raised(Thread *t, TypeObj *tp, const char *msg)
{
    if (!exc_pending(t)) {
        printf("  nothing raised, expected %s\n", msg);
        return false;
    }
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    Value s = op_str(t, e);
    gc_pop_roots(t, 1);
    if (val_type(e) != tp) {
        printf("  raised %s, expected %s\n", exc_check(e) ? val_type(e)->name : "?", tp->name);
        return false;
    }
    return text_is(s, msg);
}

/* exc_new(tp, args) then repr() and str() of it. */
static bool exc_texts(Thread *t, TypeObj *tp, Value *args, int nargs, const char *repr,
                      const char *str)
{
    Value e = exc_new(t, tp, args, nargs);
    if (e == VAL_ERROR) {
        exc_clear(t);
        printf("  exc_new failed\n");
        return false;
    }
    gc_push_root(t, e);
    bool ok = text_is(op_repr(t, e), repr);
    ok = text_is(op_str(t, e), str) && ok;
    gc_pop_roots(t, 1);
    return ok;
}

static void test_raise_format(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value a = S(t, "it's");
    gc_push_root(t, a);
    StrObj *u = str_intern(t, "name");
    exc_raise(t, &ValueErrorType, "%R|%S|%T|%U|%d|%s|%5.2f|%zu|%lld|%x|%c|100%%", a, a, a, u, -42,
              "cs", 3.14159, (size_t)7, (long long)1 << 40, 255u, 'z');
    CHECK(raised(t, &ValueErrorType,
                 "\"it's\"|it's|str|name|-42|cs| 3.14|7|1099511627776|ff|z|100%"),
          "exc_raise conversions");
    exc_raise(t, &TypeErrorType, "%.*s and %-4s|", 3, "abcdef", "x");
    CHECK(raised(t, &TypeErrorType, "abc and x   |"), "precision and width");
    exc_raise(t, &KeyErrorType, "%R", val_from_obj(u));
    CHECK(raised(t, &KeyErrorType, "\"'name'\""), "KeyError str is the repr of its arg");
    exc_raise(t, &TypeErrorType, "%T %T %T", VAL_NONE, VAL_TRUE, val_from_small(3));
    CHECK(raised(t, &TypeErrorType, "NoneType bool int"), "%%T of unboxed values");
    gc_root_reset(t, mark);
}

static void test_repr_str(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value v[6];
    v[0] = S(t, "v");
    gc_push_root(t, v[0]);
    v[1] = S(t, "k");
    gc_push_root(t, v[1]);
    CHECK(exc_texts(t, &ValueErrorType, v, 1, "ValueError('v')", "v"), "one arg");
    CHECK(exc_texts(t, &ZeroDivisionErrorType, NULL, 0, "ZeroDivisionError()", ""), "no args");
    CHECK(exc_texts(t, &KeyErrorType, &v[1], 1, "KeyError('k')", "'k'"), "KeyError");
    CHECK(exc_texts(t, &KeyErrorType, NULL, 0, "KeyError()", ""), "KeyError()");
    CHECK(exc_texts(t, &KeyErrorType, v, 2, "KeyError('v', 'k')", "('v', 'k')"), "KeyError 2 args");
    Value two[2] = { val_from_small(1), val_from_small(2) };
    CHECK(exc_texts(t, &ValueErrorType, two, 2, "ValueError(1, 2)", "(1, 2)"), "two args");
    CHECK(exc_texts(t, &StopIterationType, NULL, 0, "StopIteration()", ""), "StopIteration()");

    /* OSError(errno, strerror[, filename]) picks the subclass. */
    Value os[3] = { val_from_small(2), S(t, "No such file or directory"), VAL_NONE };
    gc_push_root(t, os[1]);
    os[2] = S(t, "x.txt");
    gc_push_root(t, os[2]);
    Value e = exc_new(t, &OSErrorType, os, 3);
    CHECK(e != VAL_ERROR && val_type(e) == &FileNotFoundErrorType, "OSError(2, ...) is FileNotFoundError");
    if (e != VAL_ERROR) {
        gc_push_root(t, e);
        CHECK(text_is(op_str(t, e), "[Errno 2] No such file or directory: 'x.txt'"), "OSError str");
        CHECK(text_is(op_repr(t, e), "FileNotFoundError(2, 'No such file or directory')"),
              "args lose the filename");
        StrObj *fn = str_intern(t, "filename");
        CHECK(text_is(op_getattr(t, e, fn), "x.txt"), "OSError.filename");
        StrObj *en = str_intern(t, "errno");
        CHECK(op_getattr(t, e, en) == val_from_small(2), "OSError.errno");
    }
    CHECK(exc_texts(t, &OSErrorType, os, 2, "FileNotFoundError(2, 'No such file or directory')",
                    "[Errno 2] No such file or directory"), "OSError 2 args");
    CHECK(exc_texts(t, &OSErrorType, os, 1, "OSError(2)", "2"), "OSError 1 arg");

    /* SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
    Value info = tuple_pack(t, 6, S(t, "dir/f.py"), val_from_small(3), val_from_small(5),
                            VAL_NONE, val_from_small(3), val_from_small(9));
    gc_push_root(t, info);
    Value se[2] = { S(t, "bad"), info };
    gc_push_root(t, se[0]);
    CHECK(exc_texts(t, &SyntaxErrorType, se, 2,
                    "SyntaxError('bad', ('dir/f.py', 3, 5, None, 3, 9))", "bad (f.py, line 3)"),
          "SyntaxError");
    CHECK(exc_texts(t, &SyntaxErrorType, se, 1, "SyntaxError('bad')", "bad"), "SyntaxError(msg)");

    /* StopIteration.value and SystemExit.code. */
    e = exc_new(t, &StopIterationType, v, 2);
    if (e != VAL_ERROR) {
        gc_push_root(t, e);
        CHECK(op_getattr(t, e, NAME(t, value)) == v[0], "StopIteration.value is args[0]");
    }
    e = exc_new(t, &SystemExitType, two, 2);
    if (e != VAL_ERROR) {
        gc_push_root(t, e);
        StrObj *code = str_intern(t, "code");
        CHECK(text_is(op_repr(t, op_getattr(t, e, code)), "(1, 2)"), "SystemExit.code is args");
    }
    CHECK(!exc_pending(t), "no exception left by the attribute reads");
    exc_clear(t);
    gc_root_reset(t, mark);
}

static void test_context(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value first = exc_new(t, &KeyErrorType, NULL, 0);
    gc_push_root(t, first);
    t->exc_info = first;
    exc_raise(t, &ValueErrorType, "second");
    Value second = exc_fetch(t);
    gc_push_root(t, second);
    CHECK(exc_check(second) && EXC(second)->context == first, "__context__ from exc_info");
    /* Raising `first` while handling `second` cuts the loop. */
    t->exc_info = second;
    exc_raise_obj(t, first);
    exc_clear(t);
    CHECK(EXC(first)->context == second && EXC(second)->context == VAL_NONE, "no context cycle");
    t->exc_info = VAL_NONE;

    StrBuf b;
    strbuf_init(&b);
    exc_format(t, first, &b);
    strbuf_putc(&b, 0);
    CHECK(strcmp(b.data, "ValueError: second\n\nDuring handling of the above exception, another "
                         "exception occurred:\n\nKeyError\n") == 0,
          "context chain:\n%s", b.data);
    strbuf_free(&b);

    EXC(second)->context = VAL_NONE;
    EXC(first)->cause = second;
    EXC(first)->suppress_context = true;
    strbuf_init(&b);
    exc_format(t, first, &b);
    strbuf_putc(&b, 0);
    CHECK(strcmp(b.data, "ValueError: second\n\nThe above exception was the direct cause of the "
                         "following exception:\n\nKeyError\n") == 0,
          "cause chain:\n%s", b.data);
    strbuf_free(&b);
    gc_root_reset(t, mark);
}

/* Formats SyntaxError(msg, (f.py, lineno, offset, text, end_lineno,
 * end_offset)) and compares with the expected report. */
static void syntax_case(Thread *t, const char *text, int offset, int end_lineno, int end_offset,
                        const char *expect)
{
    uint32_t mark = gc_root_mark(t);
    Value txt = S(t, text);
    gc_push_root(t, txt);
    Value info = tuple_pack(t, 6, S(t, "f.py"), val_from_small(2), val_from_small(offset), txt,
                            val_from_small(end_lineno), val_from_small(end_offset));
    gc_push_root(t, info);
    Value args[2] = { S(t, "invalid syntax"), info };
    gc_push_root(t, args[0]);
    Value e = exc_new(t, &SyntaxErrorType, args, 2);
    StrBuf b;
    strbuf_init(&b);
    if (e != VAL_ERROR) exc_format(t, e, &b);
    strbuf_putc(&b, 0);
    CHECK(strcmp(b.data, expect) == 0, "syntax error %s: got\n%s", text, b.data);
    strbuf_free(&b);
    gc_root_reset(t, mark);
}

static void test_syntax_format(Thread *t)
{
    syntax_case(t, "    return 5\n", 5, 2, 13,
                "  File \"f.py\", line 2\n    return 5\n    ^^^^^^^^\nSyntaxError: invalid syntax\n");
    syntax_case(t, "  abc def ghi\n", 5, 3, 2,
                "  File \"f.py\", line 2\n    abc def ghi\n      ^^^^^^^^^\nSyntaxError: invalid syntax\n");
    syntax_case(t, "abc\n", 20, 2, 25,
                "  File \"f.py\", line 2\n    abc\n       ^\nSyntaxError: invalid syntax\n");
    syntax_case(t, "abc\n", 0, 2, 0, "  File \"f.py\", line 2\n    abc\nSyntaxError: invalid syntax\n");
    syntax_case(t, "x = \"\xc3\xa9\" + ab\n", 2, 2, 8,
                "  File \"f.py\", line 2\n    x = \"\xc3\xa9\" + ab\n     ^^^^^^\nSyntaxError: invalid syntax\n");
}

static void test_traceback(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value fname = S(t, "tb.py");
    gc_push_root(t, fname);
    Value src = S(t, "def f():\n    1 / 0\nf()\n");
    gc_push_root(t, src);
    dict_set(t, t->interp->source_cache, fname, src);
    CodeObj *mod = gc_alloc(t, &CodeType, sizeof(CodeObj));
    gc_push_root(t, val_from_obj(mod));
    mod->filename = STR(fname);
    mod->name = str_intern(t, "<module>");
    CodeObj *f = gc_alloc(t, &CodeType, sizeof(CodeObj));
    gc_push_root(t, val_from_obj(f));
    f->filename = STR(fname);
    f->name = str_intern(t, "f");
    Value msg = S(t, "division by zero");
    gc_push_root(t, msg);
    Value e = exc_new(t, &ZeroDivisionErrorType, &msg, 1);
    gc_push_root(t, e);
    exc_add_traceback(t, e, val_from_obj(f), 2);
    exc_add_traceback(t, e, val_from_obj(mod), 3);
    StrBuf b;
    strbuf_init(&b);
    exc_format(t, e, &b);
    strbuf_putc(&b, 0);
    CHECK(strcmp(b.data, "Traceback (most recent call last):\n"
                         "  File \"tb.py\", line 3, in <module>\n    f()\n"
                         "  File \"tb.py\", line 2, in f\n    1 / 0\n"
                         "ZeroDivisionError: division by zero\n") == 0,
          "traceback:\n%s", b.data);
    strbuf_free(&b);
    gc_root_reset(t, mark);
}

/* The report's last line for the pending exception. */
static bool last_line_is(Thread *t, const char *expect)
{
    Value e = exc_fetch(t);
    gc_push_root(t, e);
    StrBuf b;
    strbuf_init(&b);
    exc_format(t, e, &b);
    strbuf_putc(&b, 0);
    gc_pop_roots(t, 1);
    char *last = b.data;
    for (char *p = b.data; *p; p++)
        if (p[0] == '\n' && p[1]) last = p + 1;
    bool ok = strncmp(last, expect, strlen(expect)) == 0 && last[strlen(expect)] == '\n';
    if (!ok) printf("  got      %s  expected %s\n", last, expect);
    strbuf_free(&b);
    return ok;
}

static void test_hints(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value lst = tuple_new(t, 0);
    gc_push_root(t, lst);
    exc_raise_attribute_error(t, lst, str_intern(t, "cuont"));
    CHECK(last_line_is(t, "AttributeError: 'tuple' object has no attribute 'cuont'. Did you mean: 'count'?"),
          "attribute hint");
    exc_raise_attribute_error(t, lst, str_intern(t, "zzzzzz"));
    CHECK(last_line_is(t, "AttributeError: 'tuple' object has no attribute 'zzzzzz'"), "no close name");
    Value sys = dict_get_str(t->interp->modules, str_intern(t, "sys"));
    if (sys != VAL_UNBOUND) {
        exc_raise_attribute_error(t, sys, str_intern(t, "exitt"));
        CHECK(last_line_is(t, "AttributeError: module 'sys' has no attribute 'exitt'. Did you mean: 'exit'?"),
              "module attribute hint");
    }
    exc_raise_attribute_error(t, val_from_obj(&TupleType), str_intern(t, "Count"));
    CHECK(last_line_is(t, "AttributeError: type object 'tuple' has no attribute 'Count'. Did you mean: 'count'?"),
          "case costs less");
    exc_raise_name_error(t, str_intern(t, "sys"), NULL);
    CHECK(last_line_is(t, "NameError: name 'sys' is not defined. Did you forget to import 'sys'?"),
          "stdlib module hint");
    exc_raise_name_error(t, str_intern(t, "prnt"), NULL);
    CHECK(last_line_is(t, "NameError: name 'prnt' is not defined"), "no frame, no hint");
    exc_raise(t, &AttributeErrorType, "plain");
    CHECK(last_line_is(t, "AttributeError: plain"), "no name, no hint");
    gc_root_reset(t, mark);
}

static void test_args(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    Value out[ARG_PARAMS_MAX];
    Value kwv = S(t, "x");
    gc_push_root(t, kwv);
    Value kw_end = tuple_pack(t, 1, val_from_obj(str_intern(t, "end")));
    gc_push_root(t, kw_end);
    Value args[4] = { val_from_small(1), val_from_small(2), val_from_small(3), kwv };

    CHECK(arg_parse(t, "f", args, 2, NULL, "a,b|c$d", out) == 0 && out[0] == args[0]
              && out[1] == args[1] && out[2] == VAL_UNBOUND && out[3] == VAL_UNBOUND,
          "positional");
    Value kw_d = tuple_pack(t, 1, val_from_obj(str_intern(t, "d")));
    gc_push_root(t, kw_d);
    CHECK(arg_parse(t, "f", args, 2, TUPLE(kw_d), "a,b|c$d", out) == 0 && out[3] == args[2],
          "keyword-only");
    CHECK(arg_parse(t, "f", args, 3, NULL, "a,b", out) < 0
              && raised(t, &TypeErrorType, "f() takes at most 2 arguments (3 given)"), "too many");
    CHECK(arg_parse(t, "f", args, 0, NULL, "x,y", out) < 0
              && raised(t, &TypeErrorType, "f() missing required argument 'x' (pos 1)"), "missing");
    Value kw_y = tuple_pack(t, 1, val_from_obj(str_intern(t, "y")));
    gc_push_root(t, kw_y);
    CHECK(arg_parse(t, "f", args, 1, TUPLE(kw_y), "x|z", out) < 0
              && raised(t, &TypeErrorType, "'y' is an invalid keyword argument for f()"),
          "unknown keyword");
    Value kw_x = tuple_pack(t, 1, val_from_obj(str_intern(t, "x")));
    gc_push_root(t, kw_x);
    CHECK(arg_parse(t, "f", args, 1, TUPLE(kw_x), "x|y", out) < 0
              && raised(t, &TypeErrorType, "argument for f() given by name ('x') and position (1)"),
          "name and position");
    CHECK(arg_parse(t, "sort", args, 0, TUPLE(kw_x), "$key,reverse", out) < 0
              && raised(t, &TypeErrorType, "'x' is an invalid keyword argument for sort()"),
          "keyword-only unknown");
    CHECK(arg_parse(t, "sort", args, 1, NULL, "$key,reverse", out) < 0
              && raised(t, &TypeErrorType, "sort() takes no positional arguments"),
          "no positional");
    CHECK(arg_parse(t, "sum", args, 0, NULL, "iterable/|start", out) < 0
              && raised(t, &TypeErrorType, "sum() takes at least 1 positional argument (0 given)"),
          "positional-only missing");
    CHECK(arg_parse(t, "sum", args, 1, TUPLE(kw_x), "iterable/|start", out) < 0
              && raised(t, &TypeErrorType, "'x' is an invalid keyword argument for sum()"),
          "positional-only by name");
    CHECK(arg_parse(t, "pow", args, 1, TUPLE(kw_d), "base,exp|mod", out) < 0
              && raised(t, &TypeErrorType, "'d' is an invalid keyword argument for pow()"),
          "pow keyword");

    CHECK(arg_no_kw(t, "len", TUPLE(kw_end)) < 0
              && raised(t, &TypeErrorType, "len() takes no keyword arguments"), "no keywords");
    CHECK(arg_count(t, "len", 2, 1, 1) < 0
              && raised(t, &TypeErrorType, "len() takes exactly one argument (2 given)"), "exactly one");
    CHECK(arg_count(t, "getattr", 4, 2, 3) < 0
              && raised(t, &TypeErrorType, "getattr expected at most 3 arguments, got 4"), "at most");
    CHECK(arg_count(t, "max", 0, 1, -1) < 0
              && raised(t, &TypeErrorType, "max expected at least 1 argument, got 0"), "at least");
    CHECK(arg_count(t, "divmod", 1, 2, 2) < 0
              && raised(t, &TypeErrorType, "divmod expected 2 arguments, got 1"), "exactly two");
    CHECK(arg_count(t, "globals", 1, 0, 0) < 0
              && raised(t, &TypeErrorType, "globals() takes no arguments (1 given)"), "none");
    CHECK(arg_count(t, "iter", 2, 1, 2) == 0, "in range");
    CHECK(arg_kw(t, args, 0, TUPLE(kw_end), "end") == args[0], "arg_kw finds");
    CHECK(arg_kw(t, args, 0, TUPLE(kw_end), "sep") == VAL_UNBOUND, "arg_kw misses");
    gc_root_reset(t, mark);
}

int main(int argc, char **argv)
{
    Thread *t = interp_new(argc, argv, false);
    if (!t) return 1;
    test_raise_format(t);
    test_repr_str(t);
    test_context(t);
    test_syntax_format(t);
    test_traceback(t);
    test_hints(t);
    test_args(t);
    if (exc_pending(t)) {
        failed++;
        printf("FAIL: an exception is left pending\n");
    }
    interp_free(t);
    return check_summary();
}
