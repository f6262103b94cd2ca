/*
 * test_parse.c -- unit tests of the front end: grammar/lexer.re,
 * grammar/parser.y, src/parse.c and src/ast.c.
 *
 * Prints one line per check and "N passed, N failed" last; exits 1 if a
 * check failed.  The expected trees below were compared with CPython
 * 3.12's ast module (written in ast_dump's format) and the expected
 * errors with its compile(): same kind and message; line and column are
 * aster's (0-based byte column), which match CPython's in most cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "parse.h"

static int passed, failed;

static void check(bool ok, const char *what, const char *detail)
{
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok && detail) printf("%s\n", detail);
    if (ok) passed++;
    else failed++;
}

/* ast_dump writes to stdout; this runs it into a string (malloc'd). */
static char *dump_string(const Node *n)
{
    fflush(stdout);
    FILE *tmp = tmpfile();
    int saved = dup(1);
    if (!tmp || saved < 0) abort();
    dup2(fileno(tmp), 1);
    ast_dump(n, 0);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    long len = ftell(tmp);
    char *s = malloc((size_t)len + 1);
    rewind(tmp);
    size_t got = fread(s, 1, (size_t)len, tmp);
    s[got] = '\0';
    fclose(tmp);
    return s;
}

static Node *parse(Arena *a, const char *src, size_t len, ParseMode mode, ParseError *e)
{
    return parse_source(a, src, len, mode, e);
}

/* ---- trees ------------------------------------------------------------- */

typedef struct {
    const char *name, *src, *dump;
} TreeCase;

static const TreeCase tree_cases[] = {
    {"assign_chain",
     "a = b = c\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    target: Name b Store\n"
     "    value: Name c Load\n"},
    {"assign_star",
     "a, *b = c\n",
     "Module\n"
     "  Assign\n"
     "    target: Tuple Store\n"
     "      elt: Name a Store\n"
     "      elt: Starred Store\n"
     "        value: Name b Store\n"
     "    value: Name c Load\n"},
    {"assign_nested",
     "[a, (b, c)] = x\n",
     "Module\n"
     "  Assign\n"
     "    target: List Store\n"
     "      elt: Name a Store\n"
     "      elt: Tuple Store\n"
     "        elt: Name b Store\n"
     "        elt: Name c Store\n"
     "    value: Name x Load\n"},
    {"assign_attr_sub",
     "x.y = z[1] = 2\n",
     "Module\n"
     "  Assign\n"
     "    target: Attribute .y Store\n"
     "      value: Name x Load\n"
     "    target: Subscript Store\n"
     "      value: Name z Load\n"
     "      slice: Constant int 1\n"
     "    value: Constant int 2\n"},
    {"augassign_all",
     "a += 1; a -= 1; a *= 1; a @= 1; a /= 1; a %= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a **= 1; a //= 1\n",
     "Module\n"
     "  AugAssign +=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign -=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign *=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign @=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign /=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign %=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign &=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign |=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign ^=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign <<=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign >>=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign **=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"
     "  AugAssign //=\n"
     "    target: Name a Store\n"
     "    value: Constant int 1\n"},
    {"annassign",
     "x: int = 5\n"
     "y: list[int]\n"
     "(z): int = 1\n"
     "a.b: str\n",
     "Module\n"
     "  AnnAssign simple\n"
     "    target: Name x Store\n"
     "    annotation: Name int Load\n"
     "    value: Constant int 5\n"
     "  AnnAssign simple\n"
     "    target: Name y Store\n"
     "    annotation: Subscript Load\n"
     "      value: Name list Load\n"
     "      slice: Name int Load\n"
     "  AnnAssign\n"
     "    target: Name z Store\n"
     "    annotation: Name int Load\n"
     "    value: Constant int 1\n"
     "  AnnAssign\n"
     "    target: Attribute .b Store\n"
     "      value: Name a Load\n"
     "    annotation: Name str Load\n"},
    {"expr_stmt_yield",
     "def g():\n"
     "    yield\n"
     "    yield 1, 2\n"
     "    x = yield from y\n"
     "    z = (yield)\n",
     "Module\n"
     "  FunctionDef g\n"
     "    args: arguments\n"
     "    body: Expr\n"
     "      value: Yield\n"
     "    body: Expr\n"
     "      value: Yield\n"
     "        value: Tuple Load\n"
     "          elt: Constant int 1\n"
     "          elt: Constant int 2\n"
     "    body: Assign\n"
     "      target: Name x Store\n"
     "      value: YieldFrom\n"
     "        value: Name y Load\n"
     "    body: Assign\n"
     "      target: Name z Store\n"
     "      value: Yield\n"},
    {"semicolons",
     "a; b; c;\n",
     "Module\n"
     "  Expr\n"
     "    value: Name a Load\n"
     "  Expr\n"
     "    value: Name b Load\n"
     "  Expr\n"
     "    value: Name c Load\n"},
    {"pass_break_continue",
     "while 1:\n"
     "    pass\n"
     "    break\n"
     "    continue\n",
     "Module\n"
     "  While\n"
     "    test: Constant int 1\n"
     "    body: Pass\n"
     "    body: Break\n"
     "    body: Continue\n"},
    {"return",
     "def f():\n"
     "    return\n"
     "def g():\n"
     "    return *a, b\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "    body: Return\n"
     "  FunctionDef g\n"
     "    args: arguments\n"
     "    body: Return\n"
     "      value: Tuple Load\n"
     "        elt: Starred Load\n"
     "          value: Name a Load\n"
     "        elt: Name b Load\n"},
    {"raise",
     "raise\n"
     "raise E\n"
     "raise E from c\n",
     "Module\n"
     "  Raise\n"
     "  Raise\n"
     "    exc: Name E Load\n"
     "  Raise\n"
     "    exc: Name E Load\n"
     "    cause: Name c Load\n"},
    {"global_nonlocal",
     "def f():\n"
     "    global a, b\n"
     "    def g():\n"
     "        nonlocal c\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "    body: Global a b\n"
     "    body: FunctionDef g\n"
     "      args: arguments\n"
     "      body: Nonlocal c\n"},
    {"del",
     "del a\n"
     "del a, b[1], c.d\n"
     "del (a, b)\n"
     "del [a]\n",
     "Module\n"
     "  Delete\n"
     "    target: Name a Del\n"
     "  Delete\n"
     "    target: Name a Del\n"
     "    target: Subscript Del\n"
     "      value: Name b Load\n"
     "      slice: Constant int 1\n"
     "    target: Attribute .d Del\n"
     "      value: Name c Load\n"
     "  Delete\n"
     "    target: Tuple Del\n"
     "      elt: Name a Del\n"
     "      elt: Name b Del\n"
     "  Delete\n"
     "    target: List Del\n"
     "      elt: Name a Del\n"},
    {"assert",
     "assert x\n"
     "assert x, 'msg'\n",
     "Module\n"
     "  Assert\n"
     "    test: Name x Load\n"
     "  Assert\n"
     "    test: Name x Load\n"
     "    msg: Constant str 'msg'\n"},
    {"import",
     "import a\n"
     "import a.b.c as d, e\n",
     "Module\n"
     "  Import\n"
     "    name: alias a\n"
     "  Import\n"
     "    name: alias a.b.c as d\n"
     "    name: alias e\n"},
    {"import_from",
     "from a import b\n"
     "from a.b import c as d, e\n"
     "from . import x\n"
     "from ..m import (y, z as w,)\n"
     "from ... import q\n"
     "from .... a import *\n",
     "Module\n"
     "  ImportFrom a level=0\n"
     "    name: alias b\n"
     "  ImportFrom a.b level=0\n"
     "    name: alias c as d\n"
     "    name: alias e\n"
     "  ImportFrom - level=1\n"
     "    name: alias x\n"
     "  ImportFrom m level=2\n"
     "    name: alias y\n"
     "    name: alias z as w\n"
     "  ImportFrom - level=3\n"
     "    name: alias q\n"
     "  ImportFrom a level=4\n"
     "    name: alias *\n"},
    {"if_elif_else",
     "if a:\n"
     "    x\n"
     "elif b:\n"
     "    y\n"
     "elif c:\n"
     "    z\n"
     "else:\n"
     "    w\n",
     "Module\n"
     "  If\n"
     "    test: Name a Load\n"
     "    body: Expr\n"
     "      value: Name x Load\n"
     "    orelse: If\n"
     "      test: Name b Load\n"
     "      body: Expr\n"
     "        value: Name y Load\n"
     "      orelse: If\n"
     "        test: Name c Load\n"
     "        body: Expr\n"
     "          value: Name z Load\n"
     "        orelse: Expr\n"
     "          value: Name w Load\n"},
    {"if_walrus",
     "if (n := len(a)) > 10:\n"
     "    pass\n"
     "while chunk := read():\n"
     "    pass\n",
     "Module\n"
     "  If\n"
     "    test: Compare >\n"
     "      left: NamedExpr\n"
     "        target: Name n Store\n"
     "        value: Call\n"
     "          func: Name len Load\n"
     "          arg: Name a Load\n"
     "      comparator: Constant int 10\n"
     "    body: Pass\n"
     "  While\n"
     "    test: NamedExpr\n"
     "      target: Name chunk Store\n"
     "      value: Call\n"
     "        func: Name read Load\n"
     "    body: Pass\n"},
    {"while_else",
     "while x:\n"
     "    pass\n"
     "else:\n"
     "    y\n",
     "Module\n"
     "  While\n"
     "    test: Name x Load\n"
     "    body: Pass\n"
     "    orelse: Expr\n"
     "      value: Name y Load\n"},
    {"for_else",
     "for i, (j, *k) in enumerate(x):\n"
     "    pass\n"
     "else:\n"
     "    pass\n",
     "Module\n"
     "  For\n"
     "    target: Tuple Store\n"
     "      elt: Name i Store\n"
     "      elt: Tuple Store\n"
     "        elt: Name j Store\n"
     "        elt: Starred Store\n"
     "          value: Name k Store\n"
     "    iter: Call\n"
     "      func: Name enumerate Load\n"
     "      arg: Name x Load\n"
     "    body: Pass\n"
     "    orelse: Pass\n"},
    {"for_tuple_iter",
     "for x in *a, *b:\n"
     "    pass\n"
     "for y, in z: pass\n",
     "Module\n"
     "  For\n"
     "    target: Name x Store\n"
     "    iter: Tuple Load\n"
     "      elt: Starred Load\n"
     "        value: Name a Load\n"
     "      elt: Starred Load\n"
     "        value: Name b Load\n"
     "    body: Pass\n"
     "  For\n"
     "    target: Tuple Store\n"
     "      elt: Name y Store\n"
     "    iter: Name z Load\n"
     "    body: Pass\n"},
    {"async",
     "async def f():\n"
     "    async for x in y:\n"
     "        await z\n"
     "    async with a as b, c:\n"
     "        pass\n"
     "    return [i async for i in it]\n",
     "Module\n"
     "  AsyncFunctionDef f\n"
     "    args: arguments\n"
     "    body: AsyncFor\n"
     "      target: Name x Store\n"
     "      iter: Name y Load\n"
     "      body: Expr\n"
     "        value: Await\n"
     "          value: Name z Load\n"
     "    body: AsyncWith\n"
     "      item: withitem\n"
     "        context: Name a Load\n"
     "        vars: Name b Store\n"
     "      item: withitem\n"
     "        context: Name c Load\n"
     "      body: Pass\n"
     "    body: Return\n"
     "      value: ListComp\n"
     "        elt: Name i Load\n"
     "        generator: comprehension async\n"
     "          target: Name i Store\n"
     "          iter: Name it Load\n"},
    {"try_full",
     "try:\n"
     "    a\n"
     "except E:\n"
     "    b\n"
     "except (F, G) as e:\n"
     "    c\n"
     "except:\n"
     "    d\n"
     "else:\n"
     "    e\n"
     "finally:\n"
     "    f\n",
     "Module\n"
     "  Try\n"
     "    body: Expr\n"
     "      value: Name a Load\n"
     "    handler: ExceptHandler\n"
     "      type: Name E Load\n"
     "      body: Expr\n"
     "        value: Name b Load\n"
     "    handler: ExceptHandler as e\n"
     "      type: Tuple Load\n"
     "        elt: Name F Load\n"
     "        elt: Name G Load\n"
     "      body: Expr\n"
     "        value: Name c Load\n"
     "    handler: ExceptHandler\n"
     "      body: Expr\n"
     "        value: Name d Load\n"
     "    orelse: Expr\n"
     "      value: Name e Load\n"
     "    finally: Expr\n"
     "      value: Name f Load\n"},
    {"try_finally",
     "try:\n"
     "    a\n"
     "finally:\n"
     "    b\n",
     "Module\n"
     "  Try\n"
     "    body: Expr\n"
     "      value: Name a Load\n"
     "    finally: Expr\n"
     "      value: Name b Load\n"},
    {"with_items",
     "with a:\n"
     "    pass\n"
     "with a as b, c as (d, e), f:\n"
     "    pass\n",
     "Module\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Name a Load\n"
     "    body: Pass\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Name a Load\n"
     "      vars: Name b Store\n"
     "    item: withitem\n"
     "      context: Name c Load\n"
     "      vars: Tuple Store\n"
     "        elt: Name d Store\n"
     "        elt: Name e Store\n"
     "    item: withitem\n"
     "      context: Name f Load\n"
     "    body: Pass\n"},
    {"with_parens",
     "with (a as b, c):\n"
     "    pass\n"
     "with (a, b,):\n"
     "    pass\n"
     "with (a, b) as c:\n"
     "    pass\n"
     "with (a):\n"
     "    pass\n"
     "with (a)(b):\n"
     "    pass\n",
     "Module\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Name a Load\n"
     "      vars: Name b Store\n"
     "    item: withitem\n"
     "      context: Name c Load\n"
     "    body: Pass\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Name a Load\n"
     "    item: withitem\n"
     "      context: Name b Load\n"
     "    body: Pass\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Tuple Load\n"
     "        elt: Name a Load\n"
     "        elt: Name b Load\n"
     "      vars: Name c Store\n"
     "    body: Pass\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Name a Load\n"
     "    body: Pass\n"
     "  With\n"
     "    item: withitem\n"
     "      context: Call\n"
     "        func: Name a Load\n"
     "        arg: Name b Load\n"
     "    body: Pass\n"},
    {"with_paren_exprs",
     "def f():\n"
     "    with (yield x): pass\n"
     "    with (x for x in y): pass\n"
     "    with (a := b): pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "    body: With\n"
     "      item: withitem\n"
     "        context: Yield\n"
     "          value: Name x Load\n"
     "      body: Pass\n"
     "    body: With\n"
     "      item: withitem\n"
     "        context: GeneratorExp\n"
     "          elt: Name x Load\n"
     "          generator: comprehension\n"
     "            target: Name x Store\n"
     "            iter: Name y Load\n"
     "      body: Pass\n"
     "    body: With\n"
     "      item: withitem\n"
     "        context: NamedExpr\n"
     "          target: Name a Store\n"
     "          value: Name b Load\n"
     "      body: Pass\n"},
    {"funcdef_params",
     "def f(a, b=1, *args, c, d=2, **kw) -> int:\n"
     "    pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "      arg: arg a\n"
     "      arg: arg b\n"
     "      vararg: arg args\n"
     "      kwonly: arg c\n"
     "      kwonly: arg d\n"
     "      kw_default: Constant int 2\n"
     "      kwarg: arg kw\n"
     "      default: Constant int 1\n"
     "    returns: Name int Load\n"
     "    body: Pass\n"},
    {"funcdef_posonly",
     "def f(a, b=1, /, c=2, *, d):\n"
     "    pass\n"
     "def g(a, /):\n"
     "    pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "      posonly: arg a\n"
     "      posonly: arg b\n"
     "      arg: arg c\n"
     "      kwonly: arg d\n"
     "      default: Constant int 1\n"
     "      default: Constant int 2\n"
     "    body: Pass\n"
     "  FunctionDef g\n"
     "    args: arguments\n"
     "      posonly: arg a\n"
     "    body: Pass\n"},
    {"funcdef_annot",
     "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "      arg: arg a\n"
     "        annotation: Name int Load\n"
     "      vararg: arg b\n"
     "        annotation: Name str Load\n"
     "      kwonly: arg c\n"
     "        annotation: Constant str 'x'\n"
     "      kw_default: Constant int 1\n"
     "      kwarg: arg d\n"
     "        annotation: Name float Load\n"
     "    returns: Constant None\n"
     "    body: Pass\n"},
    {"funcdef_star",
     "def f(*, a, b=1): pass\n"
     "def g(**k): pass\n"
     "def h(): pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "      kwonly: arg a\n"
     "      kwonly: arg b\n"
     "      kw_default: Constant int 1\n"
     "    body: Pass\n"
     "  FunctionDef g\n"
     "    args: arguments\n"
     "      kwarg: arg k\n"
     "    body: Pass\n"
     "  FunctionDef h\n"
     "    args: arguments\n"
     "    body: Pass\n"},
    {"decorators",
     "@a\n"
     "@b.c(1)\n"
     "@d[0] if x else e\n"
     "def f(): pass\n"
     "@g\n"
     "class C: pass\n",
     "Module\n"
     "  FunctionDef f\n"
     "    decorator: Name a Load\n"
     "    decorator: Call\n"
     "      func: Attribute .c Load\n"
     "        value: Name b Load\n"
     "      arg: Constant int 1\n"
     "    decorator: IfExp\n"
     "      test: Name x Load\n"
     "      body: Subscript Load\n"
     "        value: Name d Load\n"
     "        slice: Constant int 0\n"
     "      orelse: Name e Load\n"
     "    args: arguments\n"
     "    body: Pass\n"
     "  ClassDef C\n"
     "    decorator: Name g Load\n"
     "    body: Pass\n"},
    {"classdef",
     "class A: pass\n"
     "class B(): pass\n"
     "class C(A, B, metaclass=M, **kw): pass\n"
     "class D(*bases): pass\n",
     "Module\n"
     "  ClassDef A\n"
     "    body: Pass\n"
     "  ClassDef B\n"
     "    body: Pass\n"
     "  ClassDef C\n"
     "    base: Name A Load\n"
     "    base: Name B Load\n"
     "    keyword: keyword metaclass\n"
     "      value: Name M Load\n"
     "    keyword: keyword **\n"
     "      value: Name kw Load\n"
     "    body: Pass\n"
     "  ClassDef D\n"
     "    base: Starred Load\n"
     "      value: Name bases Load\n"
     "    body: Pass\n"},
    {"lambda",
     "f = lambda: 0\n"
     "g = lambda a, b=1, *c, d, **e: a\n"
     "h = lambda a, /, b: lambda: b\n",
     "Module\n"
     "  Assign\n"
     "    target: Name f Store\n"
     "    value: Lambda\n"
     "      args: arguments\n"
     "      body: Constant int 0\n"
     "  Assign\n"
     "    target: Name g Store\n"
     "    value: Lambda\n"
     "      args: arguments\n"
     "        arg: arg a\n"
     "        arg: arg b\n"
     "        vararg: arg c\n"
     "        kwonly: arg d\n"
     "        kwarg: arg e\n"
     "        default: Constant int 1\n"
     "      body: Name a Load\n"
     "  Assign\n"
     "    target: Name h Store\n"
     "    value: Lambda\n"
     "      args: arguments\n"
     "        posonly: arg a\n"
     "        arg: arg b\n"
     "      body: Lambda\n"
     "        args: arguments\n"
     "        body: Name b Load\n"},
    {"ternary",
     "x = a if b else c if d else e\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: IfExp\n"
     "      test: Name b Load\n"
     "      body: Name a Load\n"
     "      orelse: IfExp\n"
     "        test: Name d Load\n"
     "        body: Name c Load\n"
     "        orelse: Name e Load\n"},
    {"boolops",
     "x = a or b or c and d and not e\n"
     "y = (a or b) or c\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: BoolOp or\n"
     "      value: Name a Load\n"
     "      value: Name b Load\n"
     "      value: BoolOp and\n"
     "        value: Name c Load\n"
     "        value: Name d Load\n"
     "        value: UnaryOp not\n"
     "          operand: Name e Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: BoolOp or\n"
     "      value: BoolOp or\n"
     "        value: Name a Load\n"
     "        value: Name b Load\n"
     "      value: Name c Load\n"},
    {"compare",
     "x = a < b <= c == d != e > f >= g is h is not i in j not in k\n"
     "y = (a < b) < c\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Compare <, <=, ==, !=, >, >=, is, is not, in, not in\n"
     "      left: Name a Load\n"
     "      comparator: Name b Load\n"
     "      comparator: Name c Load\n"
     "      comparator: Name d Load\n"
     "      comparator: Name e Load\n"
     "      comparator: Name f Load\n"
     "      comparator: Name g Load\n"
     "      comparator: Name h Load\n"
     "      comparator: Name i Load\n"
     "      comparator: Name j Load\n"
     "      comparator: Name k Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: Compare <\n"
     "      left: Compare <\n"
     "        left: Name a Load\n"
     "        comparator: Name b Load\n"
     "      comparator: Name c Load\n"},
    {"binops",
     "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: BinOp |\n"
     "      left: Name a Load\n"
     "      right: BinOp ^\n"
     "        left: Name b Load\n"
     "        right: BinOp &\n"
     "          left: Name c Load\n"
     "          right: BinOp >>\n"
     "            left: BinOp <<\n"
     "              left: Name d Load\n"
     "              right: Name e Load\n"
     "            right: BinOp -\n"
     "              left: BinOp +\n"
     "                left: Name f Load\n"
     "                right: Name g Load\n"
     "              right: BinOp @\n"
     "                left: BinOp %\n"
     "                  left: BinOp //\n"
     "                    left: BinOp /\n"
     "                      left: BinOp *\n"
     "                        left: Name h Load\n"
     "                        right: Name i Load\n"
     "                      right: Name j Load\n"
     "                    right: Name k Load\n"
     "                  right: Name l Load\n"
     "                right: BinOp **\n"
     "                  left: Name m Load\n"
     "                  right: Name n Load\n"},
    {"unary",
     "x = -a + +b - ~c\n"
     "y = -a ** -b\n"
     "z = not a == b\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: BinOp -\n"
     "      left: BinOp +\n"
     "        left: UnaryOp -\n"
     "          operand: Name a Load\n"
     "        right: UnaryOp +\n"
     "          operand: Name b Load\n"
     "      right: UnaryOp ~\n"
     "        operand: Name c Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: UnaryOp -\n"
     "      operand: BinOp **\n"
     "        left: Name a Load\n"
     "        right: UnaryOp -\n"
     "          operand: Name b Load\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: UnaryOp not\n"
     "      operand: Compare ==\n"
     "        left: Name a Load\n"
     "        comparator: Name b Load\n"},
    {"power_assoc",
     "x = a ** b ** c\n"
     "y = (-1) ** 2\n"
     "z = await_ ** 2\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: BinOp **\n"
     "      left: Name a Load\n"
     "      right: BinOp **\n"
     "        left: Name b Load\n"
     "        right: Name c Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: BinOp **\n"
     "      left: UnaryOp -\n"
     "        operand: Constant int 1\n"
     "      right: Constant int 2\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: BinOp **\n"
     "      left: Name await_ Load\n"
     "      right: Constant int 2\n"},
    {"await",
     "async def f():\n"
     "    x = await a.b()\n"
     "    y = await c ** 2\n",
     "Module\n"
     "  AsyncFunctionDef f\n"
     "    args: arguments\n"
     "    body: Assign\n"
     "      target: Name x Store\n"
     "      value: Await\n"
     "        value: Call\n"
     "          func: Attribute .b Load\n"
     "            value: Name a Load\n"
     "    body: Assign\n"
     "      target: Name y Store\n"
     "      value: BinOp **\n"
     "        left: Await\n"
     "          value: Name c Load\n"
     "        right: Constant int 2\n"},
    {"calls",
     "f()\n"
     "f(a, b)\n"
     "f(a, *b, c=1, **d)\n"
     "f(*a, *b, **c, **d)\n"
     "f(a=1, *b)\n"
     "f(x for x in y)\n"
     "f(a,)\n"
     "f(x := 1)\n",
     "Module\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Name a Load\n"
     "      arg: Name b Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Name a Load\n"
     "      arg: Starred Load\n"
     "        value: Name b Load\n"
     "      keyword: keyword c\n"
     "        value: Constant int 1\n"
     "      keyword: keyword **\n"
     "        value: Name d Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Starred Load\n"
     "        value: Name a Load\n"
     "      arg: Starred Load\n"
     "        value: Name b Load\n"
     "      keyword: keyword **\n"
     "        value: Name c Load\n"
     "      keyword: keyword **\n"
     "        value: Name d Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Starred Load\n"
     "        value: Name b Load\n"
     "      keyword: keyword a\n"
     "        value: Constant int 1\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: GeneratorExp\n"
     "        elt: Name x Load\n"
     "        generator: comprehension\n"
     "          target: Name x Store\n"
     "          iter: Name y Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Name a Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: NamedExpr\n"
     "        target: Name x Store\n"
     "        value: Constant int 1\n"},
    {"attr_sub",
     "a.b.c[d][e:f](g)\n",
     "Module\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Subscript Load\n"
     "        value: Subscript Load\n"
     "          value: Attribute .c Load\n"
     "            value: Attribute .b Load\n"
     "              value: Name a Load\n"
     "          slice: Name d Load\n"
     "        slice: Slice\n"
     "          lower: Name e Load\n"
     "          upper: Name f Load\n"
     "      arg: Name g Load\n"},
    {"slices",
     "a[1]\n"
     "a[1:2]\n"
     "a[::3]\n"
     "a[:]\n"
     "a[1:2, ::3]\n"
     "a[1,]\n"
     "a[*b]\n"
     "a[x:=1]\n"
     "a[b, *c]\n",
     "Module\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Constant int 1\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Slice\n"
     "        lower: Constant int 1\n"
     "        upper: Constant int 2\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Slice\n"
     "        step: Constant int 3\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Slice\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Tuple Load\n"
     "        elt: Slice\n"
     "          lower: Constant int 1\n"
     "          upper: Constant int 2\n"
     "        elt: Slice\n"
     "          step: Constant int 3\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Tuple Load\n"
     "        elt: Constant int 1\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Tuple Load\n"
     "        elt: Starred Load\n"
     "          value: Name b Load\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: NamedExpr\n"
     "        target: Name x Store\n"
     "        value: Constant int 1\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name a Load\n"
     "      slice: Tuple Load\n"
     "        elt: Name b Load\n"
     "        elt: Starred Load\n"
     "          value: Name c Load\n"},
    {"atoms",
     "x = (None, True, False, ..., 1, 0x_ff, 1_000, 0o17, 0b1010, 1.5, 1e3, 2.5e-3, .5, 5., 3j, 1.5J)\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Tuple Load\n"
     "      elt: Constant None\n"
     "      elt: Constant True\n"
     "      elt: Constant False\n"
     "      elt: Constant Ellipsis\n"
     "      elt: Constant int 1\n"
     "      elt: Constant int 0x_ff\n"
     "      elt: Constant int 1_000\n"
     "      elt: Constant int 0o17\n"
     "      elt: Constant int 0b1010\n"
     "      elt: Constant float 1.5\n"
     "      elt: Constant float 1e3\n"
     "      elt: Constant float 2.5e-3\n"
     "      elt: Constant float .5\n"
     "      elt: Constant float 5.\n"
     "      elt: Constant imag 3\n"
     "      elt: Constant imag 1.5\n"},
    {"tuples",
     "x = ()\n"
     "y = (1,)\n"
     "z = 1, 2\n"
     "w = (1, 2, *a)\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Tuple Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: Tuple Load\n"
     "      elt: Constant int 1\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: Tuple Load\n"
     "      elt: Constant int 1\n"
     "      elt: Constant int 2\n"
     "  Assign\n"
     "    target: Name w Store\n"
     "    value: Tuple Load\n"
     "      elt: Constant int 1\n"
     "      elt: Constant int 2\n"
     "      elt: Starred Load\n"
     "        value: Name a Load\n"},
    {"lists",
     "x = []\n"
     "y = [1, 2, *a]\n"
     "z = [1,]\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: List Load\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: List Load\n"
     "      elt: Constant int 1\n"
     "      elt: Constant int 2\n"
     "      elt: Starred Load\n"
     "        value: Name a Load\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: List Load\n"
     "      elt: Constant int 1\n"},
    {"dicts",
     "x = {}\n"
     "y = {1: 2, 'a': b, **c}\n"
     "z = {**a, **b,}\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Dict\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: Dict\n"
     "      key: Constant int 1\n"
     "      value: Constant int 2\n"
     "      key: Constant str 'a'\n"
     "      value: Name b Load\n"
     "      spread: Name c Load\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: Dict\n"
     "      spread: Name a Load\n"
     "      spread: Name b Load\n"},
    {"sets",
     "x = {1}\n"
     "y = {1, 2, *a}\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Set\n"
     "      elt: Constant int 1\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: Set\n"
     "      elt: Constant int 1\n"
     "      elt: Constant int 2\n"
     "      elt: Starred Load\n"
     "        value: Name a Load\n"},
    {"comprehensions",
     "a = [x for x in y]\n"
     "b = {x for x in y if x if not z}\n"
     "c = {k: v for k, v in d.items()}\n"
     "d = (x for x in y for z in x)\n"
     "e = [(x, y) for x in a for y in b if x != y]\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    value: ListComp\n"
     "      elt: Name x Load\n"
     "      generator: comprehension\n"
     "        target: Name x Store\n"
     "        iter: Name y Load\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: SetComp\n"
     "      elt: Name x Load\n"
     "      generator: comprehension\n"
     "        target: Name x Store\n"
     "        iter: Name y Load\n"
     "        if: Name x Load\n"
     "        if: UnaryOp not\n"
     "          operand: Name z Load\n"
     "  Assign\n"
     "    target: Name c Store\n"
     "    value: DictComp\n"
     "      key: Name k Load\n"
     "      value: Name v Load\n"
     "      generator: comprehension\n"
     "        target: Tuple Store\n"
     "          elt: Name k Store\n"
     "          elt: Name v Store\n"
     "        iter: Call\n"
     "          func: Attribute .items Load\n"
     "            value: Name d Load\n"
     "  Assign\n"
     "    target: Name d Store\n"
     "    value: GeneratorExp\n"
     "      elt: Name x Load\n"
     "      generator: comprehension\n"
     "        target: Name x Store\n"
     "        iter: Name y Load\n"
     "      generator: comprehension\n"
     "        target: Name z Store\n"
     "        iter: Name x Load\n"
     "  Assign\n"
     "    target: Name e Store\n"
     "    value: ListComp\n"
     "      elt: Tuple Load\n"
     "        elt: Name x Load\n"
     "        elt: Name y Load\n"
     "      generator: comprehension\n"
     "        target: Name x Store\n"
     "        iter: Name a Load\n"
     "      generator: comprehension\n"
     "        target: Name y Store\n"
     "        iter: Name b Load\n"
     "        if: Compare !=\n"
     "          left: Name x Load\n"
     "          comparator: Name y Load\n"},
    {"comp_walrus",
     "[y := f(x), y ** 2]\n"
     "[z for x in y if (z := x)]\n",
     "Module\n"
     "  Expr\n"
     "    value: List Load\n"
     "      elt: NamedExpr\n"
     "        target: Name y Store\n"
     "        value: Call\n"
     "          func: Name f Load\n"
     "          arg: Name x Load\n"
     "      elt: BinOp **\n"
     "        left: Name y Load\n"
     "        right: Constant int 2\n"
     "  Expr\n"
     "    value: ListComp\n"
     "      elt: Name z Load\n"
     "      generator: comprehension\n"
     "        target: Name x Store\n"
     "        iter: Name y Load\n"
     "        if: NamedExpr\n"
     "          target: Name z Store\n"
     "          value: Name x Load\n"},
    {"strings",
     "a = 'x'\n"
     "b = \"y\"\n"
     "c = '''z\n"
     "w'''\n"
     "d = \"\"\"q\"\"\"\n"
     "e = 'a' 'b' \"c\"\n"
     "f = r'\\n\\d'\n"
     "g = u'u'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    value: Constant str 'x'\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: Constant str 'y'\n"
     "  Assign\n"
     "    target: Name c Store\n"
     "    value: Constant str 'z\\nw'\n"
     "  Assign\n"
     "    target: Name d Store\n"
     "    value: Constant str 'q'\n"
     "  Assign\n"
     "    target: Name e Store\n"
     "    value: Constant str 'abc'\n"
     "  Assign\n"
     "    target: Name f Store\n"
     "    value: Constant str '\\\\n\\\\d'\n"
     "  Assign\n"
     "    target: Name g Store\n"
     "    value: Constant str 'u'\n"},
    {"string_escapes",
     "s = '\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0\\7\\101\\x41\\u00e9\\U0001F600\\d'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: Constant str '\\n\\t\\r\\\\\\'\"\\x07\\x08\\x0c\\x0b\\x00\\x07AA\303\251\360\237\230\200\\\\d'\n"},
    {"bytes",
     "b = b'a\\x00\\xff\\n' B'x' rb'\\d' Rb'y' bR'z' BR'w'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: Constant bytes b'a\\x00\\xff\\nx\\\\dyzw'\n"},
    {"string_continuation",
     "s = 'a\\\n"
     "b'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: Constant str 'ab'\n"},
    {"unicode",
     "x = 'h\303\251llo \342\202\254 \360\237\230\200'\n"
     "\303\251t\303\251 = 1\n"
     "\345\217\230\351\207\217 = 2\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant str 'h\303\251llo \342\202\254 \360\237\230\200'\n"
     "  Assign\n"
     "    target: Name \303\251t\303\251 Store\n"
     "    value: Constant int 1\n"
     "  Assign\n"
     "    target: Name \345\217\230\351\207\217 Store\n"
     "    value: Constant int 2\n"},
    {"fstrings",
     "a = f'x{y}z'\n"
     "b = f'{y!r}{z!s}{w!a}'\n"
     "c = f'{x:>10}'\n"
     "d = f'{x:{w}.{p}f}'\n"
     "e = f'{{}}{x}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'x'\n"
     "      value: FormattedValue\n"
     "        value: Name y Load\n"
     "      value: Constant str 'z'\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue !r\n"
     "        value: Name y Load\n"
     "      value: FormattedValue !s\n"
     "        value: Name z Load\n"
     "      value: FormattedValue !a\n"
     "        value: Name w Load\n"
     "  Assign\n"
     "    target: Name c Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "        format_spec: JoinedStr\n"
     "          value: Constant str '>10'\n"
     "  Assign\n"
     "    target: Name d Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "        format_spec: JoinedStr\n"
     "          value: FormattedValue\n"
     "            value: Name w Load\n"
     "          value: Constant str '.'\n"
     "          value: FormattedValue\n"
     "            value: Name p Load\n"
     "          value: Constant str 'f'\n"
     "  Assign\n"
     "    target: Name e Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str '{}'\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"},
    {"fstring_debug",
     "a = f'{x=}'\n"
     "b = f'{x = !s}'\n"
     "c = f'{x=:>5}'\n"
     "d = f'{x = !r:>5}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'x='\n"
     "      value: FormattedValue !r\n"
     "        value: Name x Load\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'x = '\n"
     "      value: FormattedValue !s\n"
     "        value: Name x Load\n"
     "  Assign\n"
     "    target: Name c Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'x='\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "        format_spec: JoinedStr\n"
     "          value: Constant str '>5'\n"
     "  Assign\n"
     "    target: Name d Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'x = '\n"
     "      value: FormattedValue !r\n"
     "        value: Name x Load\n"
     "        format_spec: JoinedStr\n"
     "          value: Constant str '>5'\n"},
    {"fstring_concat",
     "s = 'a' f'b{x}' 'c' f'{y}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str 'ab'\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "      value: Constant str 'c'\n"
     "      value: FormattedValue\n"
     "        value: Name y Load\n"},
    {"fstring_nested",
     "s = f'{f\"{x}\"}'\n"
     "t = f\"{'a' if x else 'b'}\"\n"
     "u = f'{x[\"k\"]}'\n"
     "v = f'{a, b}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: JoinedStr\n"
     "          value: FormattedValue\n"
     "            value: Name x Load\n"
     "  Assign\n"
     "    target: Name t Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: IfExp\n"
     "          test: Name x Load\n"
     "          body: Constant str 'a'\n"
     "          orelse: Constant str 'b'\n"
     "  Assign\n"
     "    target: Name u Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Subscript Load\n"
     "          value: Name x Load\n"
     "          slice: Constant str 'k'\n"
     "  Assign\n"
     "    target: Name v Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Tuple Load\n"
     "          elt: Name a Load\n"
     "          elt: Name b Load\n"},
    {"fstring_prefixes",
     "a = rf'\\n{x}'\n"
     "b = FR'{x}\\d'\n"
     "c = F'{x}'\n"
     "d = f'''{\n"
     "x\n"
     "}'''\n",
     "Module\n"
     "  Assign\n"
     "    target: Name a Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str '\\\\n'\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "  Assign\n"
     "    target: Name b Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "      value: Constant str '\\\\d'\n"
     "  Assign\n"
     "    target: Name c Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "  Assign\n"
     "    target: Name d Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"},
    {"fstring_same_quotes",
     "s = f\"{\"a\"}\"\n"
     "t = f'{x:{\"<\"}10}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Constant str 'a'\n"
     "  Assign\n"
     "    target: Name t Store\n"
     "    value: JoinedStr\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "        format_spec: JoinedStr\n"
     "          value: FormattedValue\n"
     "            value: Constant str '<'\n"
     "          value: Constant str '10'\n"},
    {"fstring_escapes",
     "s = f'\\n{x}\\t'\n"
     "t = f'\\{x}'\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str '\\n'\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"
     "      value: Constant str '\\t'\n"
     "  Assign\n"
     "    target: Name t Store\n"
     "    value: JoinedStr\n"
     "      value: Constant str '\\\\'\n"
     "      value: FormattedValue\n"
     "        value: Name x Load\n"},
    {"fstring_empty",
     "s = f''\n"
     "t = f'' ''\n",
     "Module\n"
     "  Assign\n"
     "    target: Name s Store\n"
     "    value: JoinedStr\n"
     "  Assign\n"
     "    target: Name t Store\n"
     "    value: JoinedStr\n"},
    {"named_expr_paren",
     "x = (y := 1)\n"
     "print((z := 2))\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: NamedExpr\n"
     "      target: Name y Store\n"
     "      value: Constant int 1\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name print Load\n"
     "      arg: NamedExpr\n"
     "        target: Name z Store\n"
     "        value: Constant int 2\n"},
    {"yield_forms",
     "def f():\n"
     "    x = yield\n"
     "    y = yield a, b\n"
     "    z = yield from c\n"
     "    await_ = (yield)\n",
     "Module\n"
     "  FunctionDef f\n"
     "    args: arguments\n"
     "    body: Assign\n"
     "      target: Name x Store\n"
     "      value: Yield\n"
     "    body: Assign\n"
     "      target: Name y Store\n"
     "      value: Yield\n"
     "        value: Tuple Load\n"
     "          elt: Name a Load\n"
     "          elt: Name b Load\n"
     "    body: Assign\n"
     "      target: Name z Store\n"
     "      value: YieldFrom\n"
     "        value: Name c Load\n"
     "    body: Assign\n"
     "      target: Name await_ Store\n"
     "      value: Yield\n"},
    {"star_exprs",
     "*a, b = c\n"
     "x = *a, *b\n"
     "print(*a)\n",
     "Module\n"
     "  Assign\n"
     "    target: Tuple Store\n"
     "      elt: Starred Store\n"
     "        value: Name a Store\n"
     "      elt: Name b Store\n"
     "    value: Name c Load\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Tuple Load\n"
     "      elt: Starred Load\n"
     "        value: Name a Load\n"
     "      elt: Starred Load\n"
     "        value: Name b Load\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name print Load\n"
     "      arg: Starred Load\n"
     "        value: Name a Load\n"},
    {"line_joining",
     "x = 1 + \\\n"
     "    2\n"
     "y = (1 +\n"
     "     2)\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: BinOp +\n"
     "      left: Constant int 1\n"
     "      right: Constant int 2\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: BinOp +\n"
     "      left: Constant int 1\n"
     "      right: Constant int 2\n"},
    {"comments_blank",
     "# c\n"
     "\n"
     "x = 1  # c\n"
     "   # indented comment\n"
     "\n"
     "y = 2\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant int 1\n"
     "  Assign\n"
     "    target: Name y Store\n"
     "    value: Constant int 2\n"},
    {"tabs",
     "if x:\n"
     "\tif y:\n"
     "\t\tpass\n",
     "Module\n"
     "  If\n"
     "    test: Name x Load\n"
     "    body: If\n"
     "      test: Name y Load\n"
     "      body: Pass\n"},
    {"formfeed",
     "\014x = 1\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant int 1\n"},
    {"crlf",
     "x = 1\r\n"
     "if x:\r\n"
     "    y = 2\r\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant int 1\n"
     "  If\n"
     "    test: Name x Load\n"
     "    body: Assign\n"
     "      target: Name y Store\n"
     "      value: Constant int 2\n"},
    {"no_trailing_newline",
     "x = 1",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant int 1\n"},
    {"empty",
     "",
     "Module\n"},
    {"number_keywords",
     "x = 1if y else 2\n"
     "z = [0x1for a in b]\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: IfExp\n"
     "      test: Name y Load\n"
     "      body: Constant int 1\n"
     "      orelse: Constant int 2\n"
     "  Assign\n"
     "    target: Name z Store\n"
     "    value: List Load\n"
     "      elt: BoolOp or\n"
     "        value: Constant int 0x1f\n"
     "        value: Compare in\n"
     "          left: Name a Load\n"
     "          comparator: Name b Load\n"},
    {"soft_keywords",
     "match = 1\n"
     "case = 2\n"
     "type = 3\n"
     "_ = match + case\n",
     "Module\n"
     "  Assign\n"
     "    target: Name match Store\n"
     "    value: Constant int 1\n"
     "  Assign\n"
     "    target: Name case Store\n"
     "    value: Constant int 2\n"
     "  Assign\n"
     "    target: Name type Store\n"
     "    value: Constant int 3\n"
     "  Assign\n"
     "    target: Name _ Store\n"
     "    value: BinOp +\n"
     "      left: Name match Load\n"
     "      right: Name case Load\n"},
    {"nested_blocks",
     "class A:\n"
     "    def f(self):\n"
     "        if x:\n"
     "            for y in z:\n"
     "                while w:\n"
     "                    try:\n"
     "                        pass\n"
     "                    except E:\n"
     "                        pass\n",
     "Module\n"
     "  ClassDef A\n"
     "    body: FunctionDef f\n"
     "      args: arguments\n"
     "        arg: arg self\n"
     "      body: If\n"
     "        test: Name x Load\n"
     "        body: For\n"
     "          target: Name y Store\n"
     "          iter: Name z Load\n"
     "          body: While\n"
     "            test: Name w Load\n"
     "            body: Try\n"
     "              body: Pass\n"
     "              handler: ExceptHandler\n"
     "                type: Name E Load\n"
     "                body: Pass\n"},
    {"dedent_multiple",
     "if a:\n"
     "    if b:\n"
     "        x\n"
     "y\n",
     "Module\n"
     "  If\n"
     "    test: Name a Load\n"
     "    body: If\n"
     "      test: Name b Load\n"
     "      body: Expr\n"
     "        value: Name x Load\n"
     "  Expr\n"
     "    value: Name y Load\n"},
    {"genexp_call_pos",
     "sum(x for x in y)\n",
     "Module\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name sum Load\n"
     "      arg: GeneratorExp\n"
     "        elt: Name x Load\n"
     "        generator: comprehension\n"
     "          target: Name x Store\n"
     "          iter: Name y Load\n"},
    {"subscript_tuple",
     "x[1, 2] = 3\n",
     "Module\n"
     "  Assign\n"
     "    target: Subscript Store\n"
     "      value: Name x Load\n"
     "      slice: Tuple Load\n"
     "        elt: Constant int 1\n"
     "        elt: Constant int 2\n"
     "    value: Constant int 3\n"},
    {"ellipsis",
     "...\n"
     "x[...]\n",
     "Module\n"
     "  Expr\n"
     "    value: Constant Ellipsis\n"
     "  Expr\n"
     "    value: Subscript Load\n"
     "      value: Name x Load\n"
     "      slice: Constant Ellipsis\n"},
    {"keywords_in_call",
     "f(a, b=c, *d, e=f, **g)\n",
     "Module\n"
     "  Expr\n"
     "    value: Call\n"
     "      func: Name f Load\n"
     "      arg: Name a Load\n"
     "      arg: Starred Load\n"
     "        value: Name d Load\n"
     "      keyword: keyword b\n"
     "        value: Name c Load\n"
     "      keyword: keyword e\n"
     "        value: Name f Load\n"
     "      keyword: keyword **\n"
     "        value: Name g Load\n"},
    {"conditional_lambda",
     "f = lambda x: x if x else -x\n",
     "Module\n"
     "  Assign\n"
     "    target: Name f Store\n"
     "    value: Lambda\n"
     "      args: arguments\n"
     "        arg: arg x\n"
     "      body: IfExp\n"
     "        test: Name x Load\n"
     "        body: Name x Load\n"
     "        orelse: UnaryOp -\n"
     "          operand: Name x Load\n"},
    {"chained_methods",
     "x = a.b(c).d[e].f()\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Call\n"
     "      func: Attribute .f Load\n"
     "        value: Subscript Load\n"
     "          value: Attribute .d Load\n"
     "            value: Call\n"
     "              func: Attribute .b Load\n"
     "                value: Name a Load\n"
     "              arg: Name c Load\n"
     "          slice: Name e Load\n"},
    {"bom", "\357\273\277x = 1\n",
     "Module\n"
     "  Assign\n"
     "    target: Name x Store\n"
     "    value: Constant int 1\n"},
};

static void test_trees(void)
{
    for (size_t i = 0; i < sizeof tree_cases / sizeof tree_cases[0]; i++) {
        const TreeCase *c = &tree_cases[i];
        Arena *a = arena_new();
        ParseError e;
        Node *m = parse(a, c->src, strlen(c->src), PARSE_FILE, &e);
        char what[128], detail[1200];
        snprintf(what, sizeof what, "tree %s", c->name);
        if (!m) {
            snprintf(detail, sizeof detail, "  error: %s: %s (%d:%d)", e.kind, e.msg, e.line, e.col);
            check(false, what, detail);
        } else {
            char *got = dump_string(m);
            snprintf(detail, sizeof detail, "  expected:\n%s  got:\n%s", c->dump, got);
            check(strcmp(got, c->dump) == 0, what, detail);
            free(got);
        }
        arena_free(a);
    }
}

/* ---- errors ------------------------------------------------------------ */

typedef struct {
    const char *src, *kind, *msg;
    int line, col;
} ErrorCase;

static const ErrorCase error_cases[] = {
    {"x = \342\202\254", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 4},
    {"x = \007", "SyntaxError", "invalid non-printable character U+0007", 1, 4},
    {"x = 1 +\\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8},
    {"x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 7},
    {"x = 1\n  y = 2", "IndentationError", "unexpected indent", 2, 1},
    {"if x:\ny", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0},
    {"if x:\n  a\n b", "IndentationError", "unindent does not match any outer indentation level", 3, 2},
    {"if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 0},
    {"1__0", "SyntaxError", "invalid decimal literal", 1, 1},
    {"1_", "SyntaxError", "invalid decimal literal", 1, 1},
    {"0x", "SyntaxError", "invalid hexadecimal literal", 1, 1},
    {"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 2},
    {"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 2},
    {"1e", "SyntaxError", "invalid decimal literal", 1, 0},
    {"1.2j3", "SyntaxError", "invalid imaginary literal", 1, 3},
    {"1abc", "SyntaxError", "invalid decimal literal", 1, 0},
    {"\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 0},
    {"\"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 0},
    {"(1,\n2", "SyntaxError", "'(' was never closed", 1, 0},
    {"(1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2},
    {"(1\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 0},
    {")", "SyntaxError", "unmatched ')'", 1, 0},
    {"x = ((1)", "SyntaxError", "'(' was never closed", 1, 4},
    {"f\"abc", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 0},
    {"x = 012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 0},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 4},
    {"a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 3},
    {"[a, 1] = 1", "SyntaxError", "cannot assign to literal", 1, 4},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 4},
    {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 0},
    {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 4},
    {"del (a, 1)", "SyntaxError", "cannot delete literal", 1, 8},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 10},
    {"x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 4},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 0},
    {"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 0},
    {"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 0},
    {"(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"await x = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 0},
    {"{} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 0},
    {"{1} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 0},
    {"f\"x\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 0},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 0},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0},
    {"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 0},
    {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 2},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 8},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 2},
    {"f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 5},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 1},
    {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 0},
    {"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 0},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 4},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 2},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1},
    {"def f(a=1, b): pass", "SyntaxError", "parameter without a default follows parameter with a default", 1, 11},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 6},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 6},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 11},
    {"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 8},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 15},
    {"def f(*, a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 12},
    {"def f(/): pass", "SyntaxError", "invalid syntax", 1, 6},
    {"lambda a=1, b: 1", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12},
    {"del x + 1", "SyntaxError", "cannot delete expression", 1, 4},
    {"del [a, b()]", "SyntaxError", "cannot delete function call", 1, 8},
    {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 4},
    {"a = b += 1", "SyntaxError", "invalid syntax", 1, 6},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 4},
    {"if x y:\n  pass", "SyntaxError", "invalid syntax", 1, 5},
    {"if x pass", "SyntaxError", "invalid syntax", 1, 5},
    {"while x\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 10},
    {"for x in y z:\n  pass", "SyntaxError", "invalid syntax", 1, 11},
    {"def f()\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"def f() x:\n  pass", "SyntaxError", "expected ':'", 1, 8},
    {"def f:\n  pass", "SyntaxError", "expected '('", 1, 5},
    {"class A\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"class A x:\n  pass", "SyntaxError", "invalid syntax", 1, 8},
    {"try\n  pass", "SyntaxError", "expected ':'", 1, 3},
    {"try:\n  pass\nfinally\n  pass", "SyntaxError", "expected ':'", 3, 7},
    {"try:\n  pass\nexcept\n  pass", "SyntaxError", "expected ':'", 3, 6},
    {"try:\n  pass\nexcept E\n  pass", "SyntaxError", "expected ':'", 3, 8},
    {"try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 0},
    {"if x:\n  pass\nelse\n  pass", "SyntaxError", "expected ':'", 3, 4},
    {"with x\n  pass", "SyntaxError", "expected ':'", 1, 6},
    {"with x as y z:\n  pass", "SyntaxError", "invalid syntax", 1, 12},
    {"with (a, b)\n  pass", "SyntaxError", "expected ':'", 1, 11},
    {"lambda x", "SyntaxError", "invalid syntax", 1, 8},
    {"x = [1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5},
    {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"x = a b", "SyntaxError", "invalid syntax", 1, 6},
    {"print \"hi\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
    {"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
    {"x = (1 if 2)", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
    {"f(**a=1)", "SyntaxError", "cannot assign to keyword argument unpacking", 1, 2},
    {"f(*a=1)", "SyntaxError", "cannot assign to iterable argument unpacking", 1, 2},
    {"f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 18},
    {"import a from b", "SyntaxError", "Did you mean to use 'from ... import ...' instead?", 1, 0},
    {"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 16},
    {"from x import", "SyntaxError", "invalid syntax", 1, 13},
    {"import", "SyntaxError", "invalid syntax", 1, 6},
    {"try:\n  pass\nexcept A, B:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 7},
    {"try:\n  pass\nexcept A, B as c:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 7},
    {"try:\n  pass\nexcept:\n  pass\nexcept A:\n  pass", "SyntaxError", "default 'except:' must be last", 3, 0},
    {"if x:\n  pass\nelse:\n  pass\nelif y:\n  pass", "SyntaxError", "invalid syntax", 5, 0},
    {"with a,:\n  pass", "SyntaxError", "invalid syntax", 1, 7},
    {"{1: }", "SyntaxError", "expression expected after dictionary key and ':'", 1, 2},
    {"{1:2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 6},
    {"[**a for a in b]", "SyntaxError", "invalid syntax", 1, 1},
    {"[a, b for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 1},
    {"(1 +* 2", "SyntaxError", "invalid syntax", 1, 4},
    {"f(a b", "SyntaxError", "'(' was never closed", 1, 1},
    {"x = !a", "SyntaxError", "invalid syntax", 1, 4},
    {"x = a ? b", "SyntaxError", "invalid syntax", 1, 6},
    {"x = `a`", "SyntaxError", "invalid syntax", 1, 4},
    {"f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 5},
    {"f\"{x!}\"", "SyntaxError", "f-string: missing conversion character", 1, 5},
    {"f\"{}\"", "SyntaxError", "f-string: valid expression required before '}'", 1, 3},
    {"f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 4},
    {"f\"{x:{y:{z:{w}}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 10},
    {"f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 2},
    {"f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 3},
    {"f\"{x y}\"", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"f\"{x=y}\"", "SyntaxError", "f-string: expecting '!', or ':', or '}'", 1, 5},
    {"f\"{lambda x: 1}\"", "SyntaxError", "f-string: lambda expressions are not allowed without parentheses", 1, 3},
    {"f\"{a #}\"", "SyntaxError", "'{' was never closed", 1, 2},
    {"f\"{x!r =}\"", "SyntaxError", "f-string: expecting ':' or '}'", 1, 7},
    {"\"abc\" b\"x\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 10},
    {"b\"x\" f\"{x}\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 11},
    {"b\"\303\251\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 0},
    {"\"\\N{DASH}\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 0},
    {"\"\\x1\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 0},
    {"\"\\u12\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 0},
    {"\"\\U00110000\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 0},
    {"f(\na b", "SyntaxError", "'(' was never closed", 1, 1},
    {"f(a,\n b c", "SyntaxError", "'(' was never closed", 1, 1},
    {"f(a b)\nx = (", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"x = (a b", "SyntaxError", "'(' was never closed", 1, 4},
    {"x = [1 +* 2", "SyntaxError", "invalid syntax", 1, 8},
    {"x = [\n1 +* 2", "SyntaxError", "'[' was never closed", 1, 4},
    {"f(a=1, b", "SyntaxError", "'(' was never closed", 1, 1},
    {"if x\n  (a", "SyntaxError", "expected ':'", 1, 4},
    {"(a b c", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1},
    {"(a\nb c", "SyntaxError", "'(' was never closed", 1, 0},
    {"foo(\n\nx y", "SyntaxError", "'(' was never closed", 1, 3},
    {"f() = 1\n'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 0},
    {"if x\n  pass\n'abc", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 0},
    {"def f(a=1, b): pass\n'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 0},
    {"del f()\n'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 0},
    {"x = 1 +* 2\n09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 2, 0},
    {"x = 1 +* 2\n\342\202\254", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 2, 0},
    {"if x:\npass\n'abc", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 0},
    {"if x:\n  pass\n    y\n'abc", "IndentationError", "unexpected indent", 3, 3},
    {"f() = 1\n  y", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"@dec\n", "SyntaxError", "invalid syntax", 1, -1},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, -1},
    {"class A(", "SyntaxError", "'(' was never closed", 1, 7},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, -1},
    {"def f():\n  pass\n@dec\n", "SyntaxError", "invalid syntax", 3, -1},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 7},
    {"for x in y:", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, -1},
    {"if x:\n  pass\nelse:", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, -1},
    {"x = (1 if", "SyntaxError", "'(' was never closed", 1, 4},
    {"lambda", "SyntaxError", "invalid syntax", 1, 6},
    {"from", "SyntaxError", "invalid syntax", 1, 4},
    {"  x", "IndentationError", "unexpected indent", 1, 1},
    {"f\"{x\" \"}\"", "SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", 1, 4},
    {"f\"{x\"\ny\"", "SyntaxError", "f-string: expecting '}'", 1, 4},
    {"f\"{x!r\"", "SyntaxError", "f-string: expecting '}'", 1, 5},
    {"f\"{x:abc\"", "SyntaxError", "f-string: expecting '}', or format specs", 1, 8},
    {"f\"\"\"{x\"\"\"", "SyntaxError", "f-string: expecting '}'", 1, 6},
    {"f\"{x\"\"\"", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 4},
    {"f\"abc\n\"", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 0},
    {"f\"{x}\n\"", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 0},
    {"f\"{x}abc", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 0},
    {"f\"{ }\"", "SyntaxError", "f-string: valid expression required before '}'", 1, 4},
    {"f\"{!r}\"", "SyntaxError", "f-string: valid expression required before '!'", 1, 3},
    {"f\"{x! r}\"", "SyntaxError", "f-string: conversion type must come right after the exclamanation mark", 1, 4},
    {"f\"{x=!}\"", "SyntaxError", "f-string: missing conversion character", 1, 6},
    {"f\"{a +}\"", "SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", 1, 5},
    {"f\"{a b}\"", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"f\"{a = 1}\"", "SyntaxError", "f-string: expecting '!', or ':', or '}'", 1, 7},
    {"f\"{a!r:{b +}}\"", "SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", 1, 10},
    {"f\"{)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 3},
    {"f\"{a)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 4},
    {"f\"{(a}\"", "SyntaxError", "closing parenthesis '}' does not match opening parenthesis '('", 1, 5},
    {"assert x = 1", "SyntaxError", "invalid syntax", 1, 9},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 1},
    {"{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 1},
    {"(a, b for a in c)", "SyntaxError", "invalid syntax", 1, 6},
    {"x = [a, b for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 5},
    {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 6},
    {"def f(a, /, *, b, /): pass", "SyntaxError", "/ must be ahead of *", 1, 18},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 10},
    {"def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 9},
    {"def f(a, **b, c=1): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 14},
    {"def f(a=1, /, b): pass", "SyntaxError", "parameter without a default follows parameter with a default", 1, 14},
    {"lambda *: 1", "SyntaxError", "named arguments must follow bare *", 1, 8},
    {"lambda a, *, **b: 1", "SyntaxError", "named arguments must follow bare *", 1, 13},
    {"def f(a,,b): pass", "SyntaxError", "invalid syntax", 1, 8},
    {"def f(**kw, *a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
    {"def f(a=): pass", "SyntaxError", "expected default value expression", 1, 7},
    {"if x = 1:\n  pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3},
    {"if x.y = 1:\n  pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 3},
    {"while f() = 1:\n  pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 6},
    {"[a = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1},
    {"x = (a.b = 1)", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 5},
    {"1, a = 2", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3},
    {"f(), a = 1", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 5},
    {"f() = a, b", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 0},
    {"x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 4},
    {"x = y if", "SyntaxError", "invalid syntax", 1, 8},
    {"class A(B C): pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8},
    {"def f(a b): pass", "SyntaxError", "invalid syntax", 1, 8},
    {"x = {1 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5},
    {"x = {1: 2 3: 4}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8},
    {"print(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"a = 1; b = 2 3", "SyntaxError", "invalid syntax", 1, 13},
    {"if True:\n    x = (1,\n  2)\n   y", "IndentationError", "unindent does not match any outer indentation level", 4, 4},
    {"x = \"abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4},
    {"x = \"\"\"abc\\", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 4},
    {"for x in range(10):\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 7},
    {"class C:\n    def f(self):\n    pass", "IndentationError", "expected an indented block after function definition on line 2", 3, 4},
    {"def f():\n    return\n        x", "IndentationError", "unexpected indent", 3, 7},
    {"x = 5 +", "SyntaxError", "invalid syntax", 1, 7},
    {"x = 5 + \n", "SyntaxError", "invalid syntax", 1, 8},
    {"else:\n  pass", "SyntaxError", "invalid syntax", 1, 0},
    {"elif x:\n  pass", "SyntaxError", "invalid syntax", 1, 0},
    {"except:\n  pass", "SyntaxError", "invalid syntax", 1, 0},
    {"x = [i for i in range(3) if]", "SyntaxError", "invalid syntax", 1, 27},
    {"x = {**}", "SyntaxError", "invalid syntax", 1, 7},
    {"x = a.1", "SyntaxError", "invalid syntax", 1, 5},
    {"x = a.", "SyntaxError", "invalid syntax", 1, 6},
    {"x = 1.e", "SyntaxError", "invalid decimal literal", 1, 5},
    {"x = 0b", "SyntaxError", "invalid binary literal", 1, 5},
    {"x = 0o", "SyntaxError", "invalid octal literal", 1, 5},
    {"x = 1_000_", "SyntaxError", "invalid decimal literal", 1, 9},
    {"x = 0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
    {"x = 07", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
    {"x = 1e+", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 5j5", "SyntaxError", "invalid imaginary literal", 1, 5},
    {"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 5},
    {"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
    {"x = 0o79", "SyntaxError", "invalid digit '9' in octal literal", 1, 7},
    {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 7},
    {"x = .", "SyntaxError", "invalid syntax", 1, 4},
    {"x = a if b else", "SyntaxError", "invalid syntax", 1, 15},
    {"global", "SyntaxError", "invalid syntax", 1, 6},
    {"global x,", "SyntaxError", "invalid syntax", 1, 9},
    {"nonlocal x y", "SyntaxError", "invalid syntax", 1, 11},
    {"raise from x", "SyntaxError", "invalid syntax", 1, 6},
    {"raise x from", "SyntaxError", "invalid syntax", 1, 12},
    {"del", "SyntaxError", "invalid syntax", 1, 3},
    {"assert", "SyntaxError", "invalid syntax", 1, 6},
    {"import a.", "SyntaxError", "invalid syntax", 1, 9},
    {"import .a", "SyntaxError", "invalid syntax", 1, 7},
    {"from . import *, a", "SyntaxError", "invalid syntax", 1, 15},
    {"from .. import (a", "SyntaxError", "'(' was never closed", 1, 15},
    {"from x import (a, b", "SyntaxError", "'(' was never closed", 1, 14},
    {"def f(x):\n  return x\n return 1", "IndentationError", "unindent does not match any outer indentation level", 3, 9},
    {"  \n  x = 1", "IndentationError", "unexpected indent", 2, 1},
    {"\tx = 1", "IndentationError", "unexpected indent", 1, 0},
    {"if 1:\n\tx = 1\n        y = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"x = (\n", "SyntaxError", "'(' was never closed", 1, 4},
    {"x = [\n1,\n2,\n", "SyntaxError", "'[' was never closed", 1, 4},
    {"x = {", "SyntaxError", "'{' was never closed", 1, 4},
    {"\"a\" \"b\" c", "SyntaxError", "invalid syntax", 1, 8},
    {"x = f\"{a:{b:{c:{d}}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 14},
    {"with (a as b, c) as d:\n  pass", "SyntaxError", "invalid syntax", 1, 8},
    {"f\"{x!s=}\"", "SyntaxError", "f-string: expecting ':' or '}'", 1, 6},
    {"yield x = 1", "SyntaxError", "assignment to yield expression not possible", 1, 0},
    {"(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 0},
    {"not x = 1", "SyntaxError", "cannot assign to expression", 1, 0},
    {"x = not", "SyntaxError", "invalid syntax", 1, 7},
    {"x = a not b", "SyntaxError", "invalid syntax", 1, 10},
    {"x = a is not", "SyntaxError", "invalid syntax", 1, 12},
    {"x = a not in", "SyntaxError", "invalid syntax", 1, 12},
    {"x ==== y", "SyntaxError", "invalid syntax", 1, 4},
    {"x = => y", "SyntaxError", "invalid syntax", 1, 4},
    {"x = 1 <> 2", "SyntaxError", "invalid syntax", 1, 7},
    {"a b c", "SyntaxError", "invalid syntax", 1, 2},
    {"a.b c", "SyntaxError", "invalid syntax", 1, 4},
    {"f(x) y", "SyntaxError", "invalid syntax", 1, 5},
    {"x = 1\nx y", "SyntaxError", "invalid syntax", 2, 2},
    {"x = [1, 2\n    3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8},
    {"def f(*, a): pass\ndef g(*,): pass", "SyntaxError", "named arguments must follow bare *", 2, 6},
    {"class A(**kw, x): pass", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 15},
    {"f(*a, **b, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 11},
    {"x = a[]", "SyntaxError", "invalid syntax", 1, 6},
    {"x = a[:::]", "SyntaxError", "invalid syntax", 1, 8},
    {"x = a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 11},
    {"@x\nx = 1", "SyntaxError", "invalid syntax", 2, 0},
    {"@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 1},
    {"async x = 1", "SyntaxError", "invalid syntax", 1, 6},
    {"await = 1", "SyntaxError", "invalid syntax", 1, 6},
    {"x = await", "SyntaxError", "invalid syntax", 1, 9},
    {"x = a := 1", "SyntaxError", "invalid syntax", 1, 6},
    {"def f(a := 1): pass", "SyntaxError", "invalid syntax", 1, 8},
    {"x = {a := 1: 2}", "SyntaxError", "invalid syntax", 1, 11},
    {"x = (a.b) := 1", "SyntaxError", "invalid syntax", 1, 10},
    {"try:\n  pass\nfinally:\n  pass\nelse:\n  pass", "SyntaxError", "invalid syntax", 5, 0},
    {"try:\n  pass\nelse:\n  pass", "SyntaxError", "expected 'except' or 'finally' block", 3, 0},
    {"while x:\n  pass\nelse:\n  pass\nelse:\n  pass", "SyntaxError", "invalid syntax", 5, 0},
    {"if x:\n  pass\n elif y:\n  pass", "IndentationError", "unindent does not match any outer indentation level", 3, 8},
    {"def f(\n  a,\n  b\n  c\n): pass", "SyntaxError", "invalid syntax", 4, 2},
    {"x = {\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 7},
    {"x = [\n  1,\n  2\n  3\n]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 2},
    {"print(\"hello\"", "SyntaxError", "'(' was never closed", 1, 5},
    {"def f(x):\nreturn x", "IndentationError", "expected an indented block after function definition on line 1", 2, 0},
    {"for i in range(10)\n    pass", "SyntaxError", "expected ':'", 1, 18},
    {"if x == 1\n    pass", "SyntaxError", "expected ':'", 1, 9},
    {"if x:\n    pass\nelse if y:\n    pass", "SyntaxError", "expected ':'", 3, 5},
    {"x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 4},
    {"d = {\"a\": 1, \"b\" 2}", "SyntaxError", "':' expected after dictionary key", 1, 15},
    {"def f(x, y):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 14},
    {"while True print(x)", "SyntaxError", "invalid syntax", 1, 11},
    {"x === y", "SyntaxError", "invalid syntax", 1, 4},
    {"class Foo:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 0},
    {"import os.path as", "SyntaxError", "invalid syntax", 1, 17},
    {"from os import", "SyntaxError", "invalid syntax", 1, 14},
    {"x = 5 5", "SyntaxError", "invalid syntax", 1, 6},
    {"print(f\"{x\")", "SyntaxError", "f-string: expecting '}'", 1, 10},
    {"\"abc\".upper(", "SyntaxError", "'(' was never closed", 1, 11},
    {"f(**)", "SyntaxError", "invalid syntax", 1, 4},
    {"f(*)", "SyntaxError", "invalid syntax", 1, 3},
    {"a = 1 if x", "SyntaxError", "expected 'else' after 'if' expression", 1, 4},
    {"for x in range(3):\nprint(x)", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0},
    {"try:\n    x = 1\nexcept ValueError e:\n    pass", "SyntaxError", "invalid syntax", 3, 18},
    {"lambda x: return x", "SyntaxError", "invalid syntax", 1, 10},
    {"def f():\n    x = 1\n        y = 2", "IndentationError", "unexpected indent", 3, 7},
    {"x = (1, 2))", "SyntaxError", "unmatched ')'", 1, 10},
    {"x = {1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '{'", 1, 9},
    {"while x < 10\n    x += 1", "SyntaxError", "expected ':'", 1, 12},
    {"x = 1 2 3", "SyntaxError", "invalid syntax", 1, 6},
    {"print('a' 'b' c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"foo(a=1 b=2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"x = [i for i in]", "SyntaxError", "invalid syntax", 1, 15},
    {"x = [for i in x]", "SyntaxError", "invalid syntax", 1, 5},
    {"return = 5", "SyntaxError", "invalid syntax", 1, 7},
    {"def = 5", "SyntaxError", "invalid syntax", 1, 4},
    {"class = 5", "SyntaxError", "invalid syntax", 1, 6},
    {"None += 1", "SyntaxError", "'None' is an illegal expression for augmented assignment", 1, 0},
    {"x.1", "SyntaxError", "invalid syntax", 1, 1},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0},
    {"def f(x y): pass", "SyntaxError", "invalid syntax", 1, 8},
    {"if True:\npass\nelse:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0},
    {"x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 7},
    {"x = 'it's'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9},
    {"print \"x\" % y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
    {"exec \"code\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 0},
    {"x = $5", "SyntaxError", "invalid syntax", 1, 4},
    {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
    {"print(x) print(y)", "SyntaxError", "invalid syntax", 1, 9},
    {"if x: y else: z", "SyntaxError", "invalid syntax", 1, 8},
    {"with open(f) as g, : pass", "SyntaxError", "invalid syntax", 1, 19},
    {"f(x)(y) = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0},
    {"x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 4},
    {"def f():\n  pass\n pass", "IndentationError", "unindent does not match any outer indentation level", 3, 5},
    {"def f():\n\tpass\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"x = [1,\n     2,\n     3\n", "SyntaxError", "'[' was never closed", 1, 4},
    {"def f(a, b\n    pass", "SyntaxError", "'(' was never closed", 1, 5},
    {"class A(\n    pass", "SyntaxError", "'(' was never closed", 1, 7},
    {"print(1, 2,, 3)", "SyntaxError", "invalid syntax", 1, 11},
    {"x = {a: b, c}", "SyntaxError", "':' expected after dictionary key", 1, 11},
    {"x = {a, b: c}", "SyntaxError", "invalid syntax", 1, 9},
    {"x = [a for b in c for]", "SyntaxError", "invalid syntax", 1, 21},
    {"x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 6},
    {"f(a)=1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"-1 = x", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"not x = y", "SyntaxError", "cannot assign to expression", 1, 0},
    {"a and b = c", "SyntaxError", "cannot assign to expression", 1, 0},
    {"x = 1 + * 2", "SyntaxError", "invalid syntax", 1, 8},
    {"x = *", "SyntaxError", "invalid syntax", 1, 5},
    {"x = **y", "SyntaxError", "invalid syntax", 1, 4},
    {"@property\ndef", "SyntaxError", "invalid syntax", 2, 3},
    {"async", "SyntaxError", "invalid syntax", 1, 5},
    {"await", "SyntaxError", "invalid syntax", 1, 5},
    {"for", "SyntaxError", "invalid syntax", 1, 3},
    {"x = [i for i in range(10) if i % 2 else 0]", "SyntaxError", "invalid syntax", 1, 35},
    {"assert(x, \"msg\"", "SyntaxError", "'(' was never closed", 1, 6},
    {"if x:\n    y = 1\n  z = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 7},
    {"f\"{x:{y:{z:{w}}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 10},
    {"x = \"\\xzz\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 4},
    {"x = b\"\\xzz\"", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 4},
    {"import a as b.c", "SyntaxError", "invalid syntax", 1, 13},
    {"from a import b as c.d", "SyntaxError", "invalid syntax", 1, 20},
    {"x = 0_b1", "SyntaxError", "invalid decimal literal", 1, 5},
    {"x = 1_e10", "SyntaxError", "invalid decimal literal", 1, 5},
    {"x = 0x_", "SyntaxError", "invalid hexadecimal literal", 1, 6},
    {"x = 1__2", "SyntaxError", "invalid decimal literal", 1, 5},
    {"x = 1.__class__", "SyntaxError", "invalid decimal literal", 1, 5},
};

/* Parses src and checks the error's kind, message and position. */
static void expect_error(const char *what, const char *src, size_t len, ParseMode mode, const char *kind,
                         const char *msg, int line, int col)
{
    Arena *a = arena_new();
    ParseError e;
    Node *m = parse(a, src, len, mode, &e);
    char detail[600];
    if (m) {
        snprintf(detail, sizeof detail, "  expected %s: %s, but it parsed", kind, msg);
        check(false, what, detail);
    } else {
        snprintf(detail, sizeof detail, "  expected %s: %s (%d:%d)\n  got      %s: %s (%d:%d)", kind, msg, line,
                 col, e.kind, e.msg, e.line, e.col);
        check(!strcmp(e.kind, kind) && !strcmp(e.msg, msg) && (line < 0 || (e.line == line && e.col == col)), what,
              detail);
    }
    arena_free(a);
}

static void test_errors(void)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const ErrorCase *c = &error_cases[i];
        char what[160];
        snprintf(what, sizeof what, "error %.60s", c->src);
        for (char *p = what; *p; p++)
            if (*p == '\n') *p = '|';
        expect_error(what, c->src, strlen(c->src), PARSE_FILE, c->kind, c->msg, c->line, c->col);
    }
}

/* ---- bad input and limits ------------------------------------------------ */

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint64_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static char *repeat(const char *prefix, const char *unit, int n, const char *suffix)
{
    size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
    char *s = malloc(pl + ul * (size_t)n + sl + 1);
    memcpy(s, prefix, pl);
    for (int i = 0; i < n; i++) memcpy(s + pl + ul * (size_t)i, unit, ul);
    memcpy(s + pl + ul * (size_t)n, suffix, sl + 1);
    return s;
}

/* Any input gives a tree or an error with a message, never a crash. */
static bool parses_or_fails(const char *src, size_t len, ParseMode mode)
{
    Arena *a = arena_new();
    ParseError e;
    Node *m = parse(a, src, len, mode, &e);
    bool ok = m ? m->kind == N_MODULE : (e.kind && e.msg[0]);
    arena_free(a);
    return ok;
}

static void test_random_bytes(void)
{
    char buf[512];
    bool ok = true;
    for (int i = 0; i < 3000 && ok; i++) {
        size_t len = next_random() % sizeof buf;
        for (size_t j = 0; j < len; j++) buf[j] = (char)next_random();
        ok = parses_or_fails(buf, len, (ParseMode)(i % 3));
    }
    check(ok, "random bytes: 3000 inputs", NULL);

    /* random printable ASCII gets further into the lexer */
    ok = true;
    for (int i = 0; i < 3000 && ok; i++) {
        size_t len = next_random() % sizeof buf;
        for (size_t j = 0; j < len; j++) {
            uint64_t r = next_random() % 100;
            buf[j] = r < 8 ? '\n' : r < 14 ? ' ' : (char)(32 + next_random() % 95);
        }
        ok = parses_or_fails(buf, len, (ParseMode)(i % 3));
    }
    check(ok, "random ASCII: 3000 inputs", NULL);

    /* token soup reaches the parser and its error messages */
    static const char *const words[] = {
        "if ", "else", "elif ", "for ", " in ", "while ", "def ", "class ", "lambda ", "yield ", "await ",
        "async ", "with ", " as ", "try", "except ", "finally", "import ", "from ", "return ", "del ",
        "not ", " and ", " or ", " is ", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=",
        "==", ":=", "->", "+", "-", "*", "**", "/", "//", "@", "|", "~", "x", "y", "f", "1", "2.5", "3j",
        "'s'", "\"t\"", "f'", "'", "f'{", "{x}", "{x!r}", "{x:>3}", "{x=}", "'''", "\\\n", "#c", "\n",
        "\n    ", "\n        ", "\n\t", " ", "  ", "print ", "b'b'", "0x", "09", "$", "!", "pass", "None",
    };
    char soup[1024];
    ok = true;
    for (int i = 0; i < 20000 && ok; i++) {
        size_t len = 0, n = 1 + next_random() % 40;
        for (size_t j = 0; j < n; j++) {
            const char *w = words[next_random() % (sizeof words / sizeof words[0])];
            size_t wl = strlen(w);
            if (len + wl >= sizeof soup) break;
            memcpy(soup + len, w, wl);
            len += wl;
        }
        ok = parses_or_fails(soup, len, (ParseMode)(i % 3));
    }
    check(ok, "token soup: 20000 inputs", NULL);
}

static void test_encoding(void)
{
    expect_error("invalid start byte", "\xff", 1, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 0);
    /* CPython's compile() counts the position from the start of the token
     * (here: the string's text, the line). */
    expect_error("invalid continuation byte", "x = '\xc3('", 8, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte", 1, 5);
    expect_error("truncated sequence", "x = 1\n\xe2\x82", 8, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", 2, 0);
    expect_error("surrogate in UTF-8", "\xed\xa0\x80", 3, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", 1, 0);
    expect_error("overlong encoding", "\xc0\xaf", 2, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", 1, 0);
    expect_error("NUL byte", "x = 1\ny = 2\0\n", 12, PARSE_FILE, "SyntaxError",
                 "source code cannot contain null bytes", 2, 5);
    expect_error("NUL byte after a syntax error", "x = 1 +* 2\n\0", 12, PARSE_FILE, "SyntaxError",
                 "source code cannot contain null bytes", 2, 0);
    expect_error("non-breaking space", "x =\xc2\xa0" "1", 6, PARSE_FILE, "SyntaxError",
                 "invalid non-printable character U+00A0", 1, 3);
    expect_error("unknown \\N name", "'\\N{EM DASH}'", 13, PARSE_FILE, "SyntaxError",
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 1, 0);
}

static void test_limits(void)
{
    char *s = repeat("", "(", 10000, "");
    expect_error("10000 open parentheses", s, strlen(s), PARSE_FILE, "SyntaxError", "too many nested parentheses", 1, 200);
    free(s);

    s = repeat("x = ", "[", 10000, "");
    expect_error("10000 open brackets", s, strlen(s), PARSE_FILE, "SyntaxError", "too many nested parentheses", 1, 204);
    free(s);

    /* 199 levels are fine */
    char *open = repeat("x = ", "(", 199, "1");
    char *full = repeat(open, ")", 199, "\n");
    check(parses_or_fails(full, strlen(full), PARSE_FILE), "199 nested parentheses", NULL);
    Arena *a = arena_new();
    ParseError e;
    check(parse(a, full, strlen(full), PARSE_FILE, &e) != NULL, "199 nested parentheses parse", NULL);
    arena_free(a);
    free(open);
    free(full);

    /* 10000 nested blocks: each line indented one more space */
    size_t cap = 10000 * (10000 + 14) / 2, len = 0;
    s = malloc(cap);
    for (int i = 0; i < 10000; i++) {
        memset(s + len, ' ', (size_t)i);
        len += (size_t)i;
        memcpy(s + len, "if x:\n", 6);
        len += 6;
    }
    expect_error("10000 nested blocks", s, len, PARSE_FILE, "IndentationError", "too many levels of indentation", 101, 0);
    free(s);

    s = repeat("x = ", "-", 10000, "1\n");
    expect_error("10000 unary minus", s, strlen(s), PARSE_FILE, "MemoryError",
                 "Parser stack overflowed - Python source too complex to parse", -1, -1);
    free(s);

    s = repeat("x = ", "not ", 10000, "1\n");
    expect_error("10000 nots", s, strlen(s), PARSE_FILE, "MemoryError",
                 "Parser stack overflowed - Python source too complex to parse", -1, -1);
    free(s);

    s = repeat("x = a", ".b", 100000, "\n");
    expect_error("attribute chain of 100000", s, strlen(s), PARSE_FILE, "RecursionError",
                 "maximum recursion depth exceeded during compilation", -1, -1);
    free(s);

    s = repeat("x = a", " + a", 5000, "\n");
    expect_error("5000 additions", s, strlen(s), PARSE_FILE, "RecursionError",
                 "maximum recursion depth exceeded during compilation", -1, -1);
    free(s);

    s = repeat("x = ", "-", 3000, "1\n");
    expect_error("3000 unary minus", s, strlen(s), PARSE_FILE, "RecursionError",
                 "maximum recursion depth exceeded during compilation", -1, -1);
    free(s);

    s = repeat("x = ", "-", 2000, "1\n");
    a = arena_new();
    check(parse(a, s, strlen(s), PARSE_FILE, &e) != NULL, "2000 unary minus parse", NULL);
    arena_free(a);
    free(s);

    /* a nested expression that ast_dump can print without trouble */
    s = repeat("x = ", "-", 2000, "1\n");
    a = arena_new();
    Node *m = parse(a, s, strlen(s), PARSE_FILE, &e);
    char *d = m ? dump_string(m) : NULL;
    check(d && strstr(d, "Constant int 1"), "dump of 2000 nested nodes", NULL);
    free(d);
    arena_free(a);
    free(s);

    /* a literal of 50 MB, escapes included */
    size_t n = 50u << 20;
    s = malloc(n + 16);
    memcpy(s, "x = '", 5);
    memset(s + 5, 'a', n);
    memcpy(s + 5 + n - 2, "\\n", 2);
    memcpy(s + 5 + n, "'\n", 3);
    a = arena_new();
    m = parse(a, s, n + 7, PARSE_FILE, &e);
    const Node *v = m ? m->u.module.body.items[0]->u.assign.value : NULL;
    check(v && v->u.constant.len == n - 1 && v->u.constant.text[n - 2] == '\n', "50 MB string literal", NULL);
    arena_free(a);

    /* a file that fails at once is still read to the end (in linear time)
     * for an error of the tokenizer, which CPython reports instead */
    len = 0;
    memcpy(s, "x = 1 +* 2\n", 11);
    len = 11;
    int lines = 1;
    while (len + 24 < n) {
        memcpy(s + len, "y = [1, 'a', f'{b}']\n", 21);
        len += 21;
        lines++;
    }
    memcpy(s + len, "'unterminated\n", 14);
    len += 14;
    char msg[80];
    snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", lines + 1);
    expect_error("unterminated string after 50 MB", s, len, PARSE_FILE, "SyntaxError", msg, lines + 1, 0);
    free(s);
}

/* ---- strings ---------------------------------------------------------- */

static const Node *first_value(Arena *a, const char *src)
{
    ParseError e;
    Node *m = parse(a, src, strlen(src), PARSE_FILE, &e);
    if (!m || !m->u.module.body.len || m->u.module.body.items[0]->kind != N_EXPR) return NULL;
    return m->u.module.body.items[0]->u.expr.value;
}

static void expect_string(const char *src, const char *value, size_t len, ConstKind kind)
{
    Arena *a = arena_new();
    const Node *n = first_value(a, src);
    char what[120];
    snprintf(what, sizeof what, "string value %s", src);
    for (char *p = what; *p; p++)
        if (*p == '\n' || *p == '\r') *p = '|';
    check(n && n->kind == N_CONSTANT && n->u.constant.kind == kind && n->u.constant.len == len &&
              memcmp(n->u.constant.text, value, len) == 0,
          what, NULL);
    arena_free(a);
}

static void test_strings(void)
{
    expect_string("'a\\nb'", "a\nb", 3, CONST_STR);
    expect_string("'\\x41\\101\\u00e9'", "AA\xc3\xa9", 4, CONST_STR);
    expect_string("'\\U0001F600'", "\xf0\x9f\x98\x80", 4, CONST_STR);
    expect_string("'\\0'", "\0", 1, CONST_STR);
    expect_string("'\\777'", "\xc7\xbf", 2, CONST_STR);
    expect_string("'\\ud800'", "\xed\xa0\x80", 3, CONST_STR);
    expect_string("'\\d\\q'", "\\d\\q", 4, CONST_STR);
    expect_string("r'\\n\\''", "\\n\\'", 4, CONST_STR);
    expect_string("b'\\xff\\0\\u1234'", "\xff\0\\u1234", 8, CONST_BYTES);
    expect_string("b'\\777'", "\xff", 1, CONST_BYTES);
    expect_string("'a' 'b' \"c\"", "abc", 3, CONST_STR);
    expect_string("'''a\nb'''", "a\nb", 3, CONST_STR);
    expect_string("'a\\\nb'", "ab", 2, CONST_STR);
    expect_string("'a\\\r\nb'", "ab", 2, CONST_STR);
    expect_string("''", "", 0, CONST_STR);
    expect_string("'''a\r\nb\rc'''", "a\nb\nc", 5, CONST_STR);
    expect_string("r'''a\r\nb'''", "a\nb", 3, CONST_STR);
    expect_string("'\xe2\x82\xac'", "\xe2\x82\xac", 3, CONST_STR);
}

/* ---- positions ---------------------------------------------------------- */

static void expect_span(const Node *n, int line, int col, int end_line, int end_col, const char *what)
{
    char detail[200];
    if (!n) {
        check(false, what, "  no node");
        return;
    }
    snprintf(detail, sizeof detail, "  expected %d:%d-%d:%d, got %d:%d-%d:%d", line, col, end_line, end_col, n->line,
             n->col, n->end_line, n->end_col);
    check(n->line == line && n->col == col && n->end_line == end_line && n->end_col == end_col, what, detail);
}

static void test_positions(void)
{
    Arena *a = arena_new();
    ParseError e;
    const char *src = "if x:\n    y = (a).b + f(1,\n  2)\nz = f'{v!r}'\n";
    Node *m = parse(a, src, strlen(src), PARSE_FILE, &e);
    if (!m) {
        check(false, "positions parse", e.msg);
        arena_free(a);
        return;
    }
    Node *iff = m->u.module.body.items[0];
    expect_span(iff, 1, 0, 3, 4, "span of if statement");
    Node *assign = iff->u.if_.body.items[0];
    expect_span(assign, 2, 4, 3, 4, "span of assignment");
    Node *sum = assign->u.assign.value;
    expect_span(sum, 2, 8, 3, 4, "span of (a).b + f(...)");
    expect_span(sum->u.binop.left, 2, 8, 2, 13, "span of (a).b");
    expect_span(sum->u.binop.left->u.attribute.value, 2, 9, 2, 10, "span of a in parentheses");
    expect_span(sum->u.binop.right, 2, 16, 3, 4, "span of call over two lines");
    Node *fv = m->u.module.body.items[1]->u.assign.value->u.joinedstr.values.items[0];
    expect_span(fv, 4, 6, 4, 11, "span of f-string field");
    expect_span(fv->u.formatted.value, 4, 7, 4, 8, "span of f-string field expression");
    arena_free(a);
}

/* ---- modes ---------------------------------------------------------------- */

static void expect_tree(const char *what, const char *src, ParseMode mode, const char *dump)
{
    Arena *a = arena_new();
    ParseError e;
    Node *m = parse(a, src, strlen(src), mode, &e);
    char *got = m ? dump_string(m) : NULL;
    char detail[800];
    snprintf(detail, sizeof detail, "  expected:\n%s  got:\n%s", dump, got ? got : e.msg);
    check(got && !strcmp(got, dump), what, detail);
    free(got);
    arena_free(a);
}

static void expect_incomplete(const char *src, bool incomplete)
{
    Arena *a = arena_new();
    ParseError e;
    Node *m = parse(a, src, strlen(src), PARSE_INTERACTIVE, &e);
    char what[120];
    snprintf(what, sizeof what, "interactive %s: %s", incomplete ? "incomplete" : "complete", src);
    for (char *p = what; *p; p++)
        if (*p == '\n') *p = '|';
    check(incomplete ? !m && e.incomplete : !e.incomplete, what, e.msg);
    arena_free(a);
}

static void test_modes(void)
{
    expect_tree("eval expression", "1 + x\n", PARSE_EVAL,
                "Module\n  Expr\n    value: BinOp +\n      left: Constant int 1\n      right: Name x Load\n");
    expect_tree("eval tuple", "a, *b", PARSE_EVAL,
                "Module\n  Expr\n    value: Tuple Load\n      elt: Name a Load\n      elt: Starred Load\n"
                "        value: Name b Load\n");
    expect_error("eval statement", "x = 1", 5, PARSE_EVAL, "SyntaxError", "invalid syntax", 1, 2);
    expect_tree("interactive statement", "x = 1; y\n", PARSE_INTERACTIVE,
                "Module\n  Assign\n    target: Name x Store\n    value: Constant int 1\n  Expr\n"
                "    value: Name y Load\n");
    expect_tree("interactive compound", "if x:\n  y\n\n", PARSE_INTERACTIVE,
                "Module\n  If\n    test: Name x Load\n    body: Expr\n      value: Name y Load\n");
    expect_tree("interactive empty", "\n", PARSE_INTERACTIVE, "Module\n");
    expect_error("interactive two statements", "x = 1\ny = 2\n", 12, PARSE_INTERACTIVE, "SyntaxError",
                 "multiple statements found while compiling a single statement", 2, 0);

    expect_incomplete("x = 1\n", false);
    expect_incomplete("x = (1,\n", true);
    expect_incomplete("x = [1,\n\n", true);
    expect_incomplete("s = '''abc\n", true);
    expect_incomplete("x = 1 + \\\n", true);
    expect_incomplete("if x:\n", true);
    expect_incomplete("if x:\n  y\n", true);
    expect_incomplete("for i in x: print(i)\n", true);
    expect_incomplete("@dec\n", true);
    expect_incomplete("class A:\n  def f(self):\n    pass\n", true);
    expect_incomplete("if x:\n  y\n\n", false);
    expect_incomplete("if x:\n\n", false);
    expect_incomplete("x = 1 +\n", false);
    expect_incomplete("x = (1 +* 2\n", false);
    expect_incomplete("s = 'abc\n", false);
}

int main(void)
{
    test_trees();
    test_errors();
    test_strings();
    test_positions();
    test_modes();
    test_encoding();
    test_random_bytes();
    test_limits();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
