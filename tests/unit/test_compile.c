/*
 * test_compile.c -- the compiler (symtable.c, compile.c, code.c, debug.c)
 * through compile_source: every construct compiles, compile-time errors
 * carry CPython 3.12's message and position, every code object passes an
 * independent check of its stack discipline, and a few properties
 * (qualified names, flags, slot layout, positions, constants) are right.
 * A disassembly sample goes to stdout.
 *
 * Prints one line per failed check and "N passed, N failed"; exits 1 on
 * any failure.  Values held across allocations are rooted, so the test is
 * meaningful under ASTER_GC_STRESS=1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp.h"
#include "code.h"
#include "compile.h"
#include "exc.h"
#include "gc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "opcodes.h"
#include "ops.h"
#include "check.h"


/* Source, mode, and either NULL (compiles) or the SyntaxError CPython
 * 3.12 reports: message, lineno, offset, end_lineno, end_offset. */
typedef struct {
    const char *src;
    ParseMode mode;
    const char *error;
    int lineno, offset, end_lineno, end_offset;
} Case;

static const Case cases[] = {
    {"x = 1\nprint(x + 2)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(a, b=1, *args, c, d=2, **kw):\n    x = a + b\n    def g():\n        return x + a\n    return g\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C(B, metaclass=M):\n    \"doc\"\n    def m(self):\n        return super().m()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(a, /, b, *, c): return a, b, c\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"@d1\n@d2(3)\ndef f(a): pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"@dec\nclass C: pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    x = 1\n    def f(self): return x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def outer():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self): return x\n    return C\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def m(self):\n        def inner(): return __class__\n        return inner\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def m(self):\n        return [super() for _ in range(1)]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def m():\n        return super()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    return super()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def m(self, *a):\n        self = 1\n        def g(): return self\n        return super().m()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class A:\n    __x = 1\n    def f(self): return self.__x, __y, A.__z\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = [i*i for i in range(10) if i % 2]\ny = {i: j for i, j in z}\nw = {a for a in b}\ng = (p for p in q)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(n):\n    return [[i, j] for i in range(n) for j in range(i) if j]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    return [(y := x) for x in range(3)], y\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"[(y := x) for x in range(3)]\nprint(y)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    global y\n    return [(y := x) for x in range(3)]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    def g():\n        return [[(z := x) for x in range(3)] for w in range(2)]\n    return g\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"lambda x, y=2, *a, k=3, **kw: x + y\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"f = lambda: (yield)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def gen():\n    yield 1\n    x = yield\n    yield from range(3)\n    return 5\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    await g()\n    async for x in y:\n        print(x)\n    else:\n        pass\n    async with a as b, c:\n        pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    return [x async for x in y]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    return [await x for x in y]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    return [[x async for x in y] for z in w]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    return (x async for x in y)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    yield 1\n    await x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    async for x in y:\n        break\n    async for x in y:\n        continue\n    async with a:\n        return 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"try:\n    a()\nexcept (E1, E2) as e:\n    b(e)\nexcept E3:\n    pass\nelse:\n    c()\nfinally:\n    d()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    try:\n        return 1\n    finally:\n        print('x')\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    try:\n        return g()\n    finally:\n        return 2\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    for x in y:\n        try:\n            break\n        finally:\n            continue\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            return e\n        except:\n            break\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    while True:\n        try:\n            x()\n        except:\n            raise\n        finally:\n            try:\n                return 3\n            except E:\n                pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    with a as x, b as (y, z):\n        return w()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    for i in x:\n        with a:\n            with b:\n                continue\n        with c:\n            break\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"try:\n    pass\nfinally:\n    pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"try:\n    try:\n        a\n    except E:\n        raise X from Y\nexcept:\n    raise\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    try:\n        pass\n    except E as e:\n        def g(): return e\n        return g\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    e = 1\n    try:\n        pass\n    except E as e:\n        pass\n    return e\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"if a and b or not c:\n    x\nelif d < e < f:\n    y\nelse:\n    z\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = a if b else c\ny = a < b < c < d\nz = a is not b\nw = a not in b\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"while x:\n    if y: break\n    if z: continue\nelse:\n    q\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"for i in range(3):\n    pass\nelse:\n    print('done')\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"f(a, *b, c, *d, k=1, **e, m=2, **g)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"f(**k)\nf(*a)\nf()\no.m(1, k=2)\no.m(*a)\no.m(**k)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C(A, *bs, **kw): pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"a, b = b, a\na, b, c = c, b, a\n[x, y] = p\na, *b, c = d\n*a, b = c\nx = y = z = 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"a.b += 1\na[i] += 2\nx -= 3\na[1:2] *= 4\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"del a, b.c, d[e], (f, g), [h]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    x = 1\n    del x\n    def g(): return y\n    y = 2\n    del y\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"assert x\nassert x, 'msg'\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"import a.b.c\nimport a.b.c as d\nimport os as o, sys\nfrom . import x\nfrom ..m import y as z\nfrom m import *\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    import a.b\n    from c import d\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = f'{a}'\ny = f'a{b!r:>{w}}c{d!s}{e!a}'\nz = f''\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = [1, 2, 3]\ny = (1, 2, (3, 4), -5)\nz = {1, 2, 3}\nw = [*a, 1, *b]\nv = (*a,)\nu = {*a, 1}\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"d = {1: 2, **a, 3: 4, **b}\ne = {}\nf = {**a}\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = -1\ny = -2 ** 2\nz = - 1.5\nw = +3\nv = ~4\nu = not 5\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = a[1:2]\ny = a[::2]\nz = a[1:2, 3]\nw = a[...]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x: int = 1\ny: str\nclass C:\n    a: int = 2\n    b: int\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    x: int = 1\n    y: str\n    return x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"global x\nx = 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    global g\n    g = 1\n    def g2():\n        nonlocal_free = g\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = 1; x; 'doc'; ...\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"await asyncio.sleep(1)\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"async with a:\n    pass\n\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"async for x in y:\n    pass\n\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"for i in range(3):\n    i\n\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"[x async for x in y]\n", PARSE_INTERACTIVE, NULL, 0, 0, 0, 0},
    {"1 + 2", PARSE_EVAL, NULL, 0, 0, 0, 0},
    {"'''docstring'''\nx = 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    '''doc'''\n    return 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = 0x_ff + 0o17 + 0b101 + 1_000 + 1_0.5e1_0\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"s = '\303\251' + b'\\x00\\xff'.decode()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(*, a=1, b): pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(a, b):\n    def g():\n        nonlocal a\n        a = b\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"if True:\n    pass\nwhile 1:\n    break\nwhile 0:\n    pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = [i for i in range(40)]\ny = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,a]\nz = {1:a,2:b,3:c,4:d,5:e,6:f,7:g,8:h,9:i,10:j,11:k,12:l,13:m,14:n,15:o,16:p,17:q,18:r}\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    return\n    x = 1\n    for a in b:\n        if c: pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    for x in y:\n        break\n        if a: pass\n        return 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(x):\n    match = 1\n    return x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"from __future__ import annotations\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def __init__(self):\n        self.__p = 1\n        __q = 2\n    def _C__r(self): pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class _C:\n    def f(self): return self.__x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"class C:\n    def f(self):\n        return lambda: super().f()\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    x = 1\n    return lambda: x\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    with open(a) as f, open(b) as g:\n        for line in f:\n            if line:\n                return line\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f():\n    yield\n    return\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def f():\n    with a:\n        await b\n    try:\n        await c\n    finally:\n        await d\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"async def g():\n    async with a as b:\n        async with c:\n            return 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"x = (yield_ := 1)\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"print(*[1], sep='')\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"a = b = c = []\na[0] = b.c = d = 1\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"for [a, (b, *c)] in x: pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"with a: pass\nwith a as b.c: pass\nwith a as b[0]: pass\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"def f(self):\n    return [self for _ in x]\n", PARSE_FILE, NULL, 0, 0, 0, 0},
    {"return 1", PARSE_FILE, "'return' outside function", 1, 1, 1, 9},
    {"def f(a=1, b): pass", PARSE_FILE, "parameter without a default follows parameter with a default", 1, 12, 1, 13},
    {"x = '\303\251' ; 1 +* 2", PARSE_FILE, "invalid syntax", 1, 14, 1, 15},
    {"f(x for x in y, 1)", PARSE_FILE, "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"(x for x in y) = 1", PARSE_FILE, "cannot assign to generator expression", 1, 1, 1, 15},
    {"del f()", PARSE_FILE, "cannot delete function call", 1, 5, 1, 8},
    {"x = 1\nif x:\n    break", PARSE_FILE, "'break' outside loop", 3, 5, 3, 10},
    {"for x in y:\n    pass\ncontinue", PARSE_FILE, "'continue' not properly in loop", 3, 1, 3, 9},
    {"yield 1", PARSE_FILE, "'yield' outside function", 1, 1, 1, 8},
    {"await x", PARSE_FILE, "'await' outside function", 1, 1, 1, 8},
    {"async def f():\n    yield 1\n    return 2", PARSE_FILE, "'return' with value in async generator", 3, 5, 3, 13},
    {"def f(x, y, x): pass", PARSE_FILE, "duplicate argument 'x' in function definition", 1, 13, 1, 14},
    {"f(a=1, a=2)", PARSE_FILE, "keyword argument repeated: a", 1, 8, 1, 11},
    {"*a = 1", PARSE_FILE, "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"*a, *b = c", PARSE_FILE, "multiple starred expressions in assignment", 1, 1, 1, 7},
    {"(a, *b, *c) = d", PARSE_FILE, "multiple starred expressions in assignment", 1, 1, 1, 12},
    {"def f():\n    x = 1\n    global x", PARSE_FILE, "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {"def f():\n    nonlocal x", PARSE_FILE, "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"nonlocal x", PARSE_FILE, "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"def f():\n    print(x)\n    global x", PARSE_FILE, "name 'x' is used prior to global declaration", 3, 5, 3, 13},
    {"def f(x):\n    global x", PARSE_FILE, "name 'x' is parameter and global", 2, 5, 2, 13},
    {"def f():\n    x=1\n    def g():\n        global x\n        nonlocal x", PARSE_FILE, "name 'x' is nonlocal and global", 4, 9, 4, 17},
    {"class C:\n    nonlocal x", PARSE_FILE, "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"class C:\n    yield 1", PARSE_FILE, "'yield' outside function", 2, 5, 2, 12},
    {"[x async for x in y]", PARSE_FILE, "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21},
    {"def f():\n    [x async for x in y]", PARSE_FILE, "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {"def f():\n    [await x for x in y]", PARSE_FILE, "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {"def f():\n    x = 1\n    nonlocal x", PARSE_FILE, "name 'x' is assigned to before nonlocal declaration", 3, 5, 3, 15},
    {"def f():\n    return [(yield) for x in y]", PARSE_FILE, "'yield' inside list comprehension", 2, 14, 2, 19},
    {"def f():\n    [(x := 1) for x in y]", PARSE_FILE, "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 7, 2, 8},
    {"[i for i in (j := range(3))]", PARSE_FILE, "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 27},
    {"class C:\n    [(y := 1) for x in z]", PARSE_FILE, "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {"async def f():\n    yield from x", PARSE_FILE, "'yield from' inside async function", 2, 5, 2, 17},
    {"def f():\n  x: int = 1\n  global x", PARSE_FILE, "annotated name 'x' can't be global", 3, 3, 3, 11},
    {"x = '\303\251' ; return 1", PARSE_FILE, "'return' outside function", 1, 12, 1, 20},
    {"def f(): x = yield\nreturn", PARSE_FILE, "'return' outside function", 2, 1, 2, 7},
    {"def f():\n  from m import *", PARSE_FILE, "import * only allowed at module level", 2, 17, 2, 18},
    {"def f():\n    x = 1\n    global x, y", PARSE_FILE, "name 'x' is assigned to before global declaration", 3, 5, 3, 16},
    {"lambda a, a: 1", PARSE_FILE, "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {"[x for x in (yield)]", PARSE_FILE, "'yield' outside function", 1, 14, 1, 19},
    {"def f():\n    await x\n", PARSE_FILE, "'await' outside async function", 2, 5, 2, 12},
    {"def f():\n    async for x in y: pass\n", PARSE_FILE, "'async for' outside async function", 2, 5, 2, 27},
    {"def f():\n    async with x: pass\n", PARSE_FILE, "'async with' outside async function", 2, 5, 2, 23},
    {"class C:\n    return 1\n", PARSE_FILE, "'return' outside function", 2, 5, 2, 13},
    {"def f():\n    class C:\n        break\n", PARSE_FILE, "'break' outside loop", 3, 9, 3, 14},
    {"while x:\n    def f():\n        break\n", PARSE_FILE, "'break' outside loop", 3, 9, 3, 14},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", PARSE_FILE, "default 'except:' must be last", 3, 1, 4, 9},
    {"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", PARSE_FILE, "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19},
    {"def f(a):\n    nonlocal a\n", PARSE_FILE, "name 'a' is parameter and nonlocal", 2, 5, 2, 15},
    {"print(f(x, k=1, k=2))\n", PARSE_FILE, "keyword argument repeated: k", 1, 17, 1, 20},
};

static bool is_code(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &CodeType;
}

static bool uses_jump(Opcode op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE
        || op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER
        || op == OP_SEND;
}

static bool ends_flow(Opcode op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static const ExcEntry *handler_at(const CodeObj *co, uint32_t pc)
{
    for (uint32_t i = 0; i < co->nexc; i++)
        if (pc >= co->exctable[i].start && pc < co->exctable[i].end) return &co->exctable[i];
    return NULL;
}

static bool uses_slot(Opcode op)
{
    return op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST || op == OP_LOAD_DEREF
        || op == OP_STORE_DEREF || op == OP_DELETE_DEREF || op == OP_MAKE_CELL
        || op == OP_LOAD_CLOSURE || op == OP_LOAD_CLASSDEREF;
}

static bool uses_name(Opcode op)
{
    return op == OP_LOAD_GLOBAL || op == OP_STORE_GLOBAL || op == OP_DELETE_GLOBAL
        || op == OP_LOAD_NAME || op == OP_STORE_NAME || op == OP_DELETE_NAME || op == OP_LOAD_ATTR
        || op == OP_STORE_ATTR || op == OP_DELETE_ATTR || op == OP_LOAD_METHOD
        || op == OP_IMPORT_NAME || op == OP_IMPORT_FROM;
}

/* The stack discipline of one code object, recomputed from the final
 * instructions: arguments in range, jump and handler targets inside the
 * code, one depth per instruction whatever the path, never negative,
 * never below the covering handler's depth, and a maximum equal to
 * co_stacksize.  Returns NULL or what is wrong (*where: the pc). */
static const char *verify_code(const CodeObj *co, uint32_t *where)
{
    static char why[200];
    uint32_t n = co->ncode;
    int *depth = malloc((n + 1) * sizeof(int));
    uint32_t *work = malloc((n + 1) * sizeof(uint32_t));
    uint32_t nwork = 0;
    int max = 0;
    const char *bad = NULL;
    for (uint32_t i = 0; i < n; i++) depth[i] = -1;
    for (uint32_t i = 0; i < co->nexc && !bad; i++) {
        const ExcEntry *e = &co->exctable[i];
        if (e->start >= e->end || e->end > n || e->target >= n) bad = "exception entry out of range";
        if (i && e->start < co->exctable[i - 1].end) bad = "exception entries overlap";
    }
    for (uint32_t i = 1; i < co->nlines && !bad; i++)
        if (co->lines[i].pc <= co->lines[i - 1].pc) bad = "line table not sorted";
    for (uint32_t pc = 0; pc < n && !bad; pc++) {
        Opcode op = INSTR_OP(co->code[pc]);
        uint32_t arg = INSTR_ARG(co->code[pc]);
        *where = pc;
        if (op >= OP_COUNT) bad = "bad opcode";
        else if ((op == OP_LOAD_CONST || op == OP_KW_NAMES) && arg >= co->nconsts) bad = "constant index";
        else if (uses_jump(op) && arg >= n) bad = "jump target";
        else if (uses_slot(op) && arg >= co->nlocalsplus) bad = "slot index";
        else if (uses_name(op) && arg >= co->names->len) bad = "name index";
    }
#define REACH(pc_, d_) do { \
        uint32_t p_ = (pc_); \
        int d2_ = (d_); \
        if (p_ >= n) { bad = "falls off the end"; break; } \
        if (d2_ < 0) { bad = "negative stack depth"; *where = p_; break; } \
        if (depth[p_] < 0) { depth[p_] = d2_; work[nwork++] = p_; if (d2_ > max) max = d2_; } \
        else if (depth[p_] != d2_) { bad = "inconsistent stack depth"; *where = p_; } \
    } while (0)
    if (n && !bad) REACH(0, 0);
    while (nwork && !bad) {
        uint32_t pc = work[--nwork];
        int d = depth[pc];
        Opcode op = INSTR_OP(co->code[pc]);
        uint32_t arg = INSTR_ARG(co->code[pc]);
        const ExcEntry *h = handler_at(co, pc);
        if (h && (int)h->depth > d) {
            bad = "handler deeper than the stack";
            *where = pc;
            break;
        }
        if (h) REACH(h->target, (int)h->depth + 1);
        if (!bad && uses_jump(op)) REACH(arg, d + opcode_stack_effect(op, arg, true));
        if (!bad && !ends_flow(op)) REACH(pc + 1, d + opcode_stack_effect(op, arg, false));
    }
#undef REACH
    if (!bad && (uint32_t)max != co->stacksize) {
        snprintf(why, sizeof why, "stacksize %u, flow analysis says %d", co->stacksize, max);
        bad = why;
    }
    free(depth);
    free(work);
    return bad;
}

/* verify_code on co and every code object nested in it. */
static void verify_tree(const CodeObj *co, const char *src)
{
    uint32_t where = 0;
    const char *bad = verify_code(co, &where);
    CHECK(!bad, "%s at %u in %s of:\n%s", bad, where, co->qualname->data, src);
    for (uint32_t i = 0; i < co->nconsts; i++)
        if (is_code(co->consts[i])) verify_tree((CodeObj *)val_as_obj(co->consts[i]), src);
}

static CodeObj *find_code(CodeObj *co, const char *qualname)
{
    if (strcmp(co->qualname->data, qualname) == 0) return co;
    for (uint32_t i = 0; i < co->nconsts; i++)
        if (is_code(co->consts[i])) {
            CodeObj *r = find_code((CodeObj *)val_as_obj(co->consts[i]), qualname);
            if (r) return r;
        }
    return NULL;
}

static long long int_item(TupleObj *tp, size_t i)
{
    return tp->len > i && val_is_int(tp->items[i]) ? (long long)val_as_int(tp->items[i]) : -999;
}

/* Compiles the case's source and checks the outcome. */
static void run_case(Thread *t, const Case *c)
{
    Value code = compile_source(t, c->src, strlen(c->src), "t.as", c->mode);
    if (code == VAL_ERROR) {
        Value e = exc_fetch(t);
        TupleObj *args = ((ExcObj *)val_as_obj(e))->args;
        const char *msg = args && args->len && str_check(args->items[0]) ? str_cstr(args->items[0]) : "?";
        if (!c->error) {
            CHECK(false, "unexpected %s: %s\n%s", val_type(e)->name, msg, c->src);
            return;
        }
        CHECK(val_isinstance(e, &SyntaxErrorType) && strcmp(msg, c->error) == 0,
              "expected SyntaxError %s, got %s: %s\n%s", c->error, val_type(e)->name, msg, c->src);
        TupleObj *info = args->len == 2 && tuple_check(args->items[1]) ? TUPLE(args->items[1]) : NULL;
        CHECK(info && info->len == 6, "SyntaxError args lack the location tuple: %s", c->src);
        if (info && info->len == 6)
            CHECK(int_item(info, 1) == c->lineno && int_item(info, 2) == c->offset
                  && int_item(info, 4) == c->end_lineno && int_item(info, 5) == c->end_offset,
                  "%s: position %lld:%lld-%lld:%lld, expected %d:%d-%d:%d\n%s", c->error,
                  int_item(info, 1), int_item(info, 2), int_item(info, 4), int_item(info, 5),
                  c->lineno, c->offset, c->end_lineno, c->end_offset, c->src);
        return;
    }
    CHECK(!c->error, "compiled, expected SyntaxError %s\n%s", c->error, c->src);
    gc_push_root(t, code);
    verify_tree((CodeObj *)val_as_obj(code), c->src);
    gc_pop_roots(t, 1);
}

/* Compiles src, expecting success; the code stays pushed as a root. */
static CodeObj *compile_ok(Thread *t, const char *src, ParseMode mode)
{
    Value code = compile_source(t, src, strlen(src), "t.as", mode);
    if (code == VAL_ERROR) {
        Value e = exc_fetch(t);
        gc_push_root(t, e);
        Value s = op_str(t, e);
        CHECK(false, "%s does not compile: %s", src, s == VAL_ERROR ? "?" : str_cstr(s));
        gc_pop_roots(t, 1);
        return NULL;
    }
    gc_push_root(t, code);
    verify_tree((CodeObj *)val_as_obj(code), src);
    return (CodeObj *)val_as_obj(code);
}

/* The message of the SyntaxError that compiling src raises ("" if none). */
static const char *error_of(Thread *t, const char *src, char *buf, size_t n)
{
    Value code = compile_source(t, src, strlen(src), "t.as", PARSE_FILE);
    if (code != VAL_ERROR) return "";
    Value e = exc_fetch(t);
    TupleObj *args = ((ExcObj *)val_as_obj(e))->args;
    snprintf(buf, n, "%s", args && args->len && str_check(args->items[0]) ? str_cstr(args->items[0]) : "?");
    return buf;
}

static void test_limits(Thread *t)
{
    char buf[400];
    /* 300 targets before the star: UNPACK_EX has 8 bits for them. */
    char *src = malloc(8000);
    src[0] = 0;
    for (int i = 0; i < 300; i++) sprintf(src + strlen(src), "x%d, ", i);
    strcat(src, "*y = z\n");
    CHECK(strcmp(error_of(t, src, buf, sizeof buf), "too many expressions in star-unpacking assignment") == 0,
          "star-unpacking limit: %s", buf);
    /* A decimal literal past int_max_str_digits (4300). */
    strcpy(src, "x = 1 + ");
    for (int i = 0; i < 5000; i++) strcat(src, "7");
    strcat(src, "\n");
    CHECK(strncmp(error_of(t, src, buf, sizeof buf), "Exceeds the limit (4300 digits)", 31) == 0,
          "huge literal: %s", buf);
    free(src);
    CHECK(strcmp(error_of(t, "x = 1 + 2j\n", buf, sizeof buf), "complex numbers are not supported") == 0,
          "complex literal: %s", buf);
}

static void test_properties(Thread *t)
{
    uint32_t mark = gc_root_mark(t);
    CodeObj *co = compile_ok(t, "def f():\n    def g(): pass\n    return lambda: [x for x in g()]\n"
                                "class C:\n    def m(self): pass\n    class D:\n        def n(self): pass\n"
                                "def h():\n    global k\n    def k(): pass\n", PARSE_FILE);
    if (co) {
        static const char *const names[][2] = {
            { "f.<locals>.g", "g" }, { "f.<locals>.<lambda>", "<lambda>" },
            { "f.<locals>.<lambda>.<locals>.<listcomp>", "<listcomp>" }, { "C.m", "m" },
            { "C.D.n", "n" }, { "k", "k" }, { "<module>", "<module>" },
        };
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            CodeObj *x = find_code(co, names[i][0]);
            CHECK(x && strcmp(x->name->data, names[i][1]) == 0, "qualname %s", names[i][0]);
        }
        CHECK(co->flags == CO_MODULE, "module flags %#x", co->flags);
        CodeObj *cls = find_code(co, "C");
        CHECK(cls && cls->flags == (CO_CLASS_BODY | CO_NEEDS_LOCALS_DICT), "class body flags");
    }

    co = compile_ok(t, "x = 1\n\n@d1\n@d2\ndef f():\n    '''doc'''\n    return 1\n"
                       "def g(): return 2\n", PARSE_FILE);
    if (co) {
        CodeObj *f = find_code(co, "f"), *g = find_code(co, "g");
        CHECK(f && f->firstlineno == 3, "decorated firstlineno %d", f ? f->firstlineno : -1);
        CHECK(f && f->nconsts && str_check(f->consts[0]) && strcmp(str_cstr(f->consts[0]), "doc") == 0,
              "docstring is consts[0]");
        CHECK(g && g->nconsts && g->consts[0] == VAL_NONE, "no docstring: consts[0] is None");
    }

    co = compile_ok(t, "def gen():\n    yield 1\nasync def co(): pass\n"
                       "async def agen():\n    yield 1\n"
                       "def ge(): return (x for x in y)\n", PARSE_FILE);
    if (co) {
        CodeObj *x;
        CHECK((x = find_code(co, "gen")) && x->flags == CO_GENERATOR, "generator flag");
        CHECK((x = find_code(co, "co")) && x->flags == CO_COROUTINE, "coroutine flag");
        CHECK((x = find_code(co, "agen")) && x->flags == CO_ASYNC_GENERATOR, "async generator flag");
        CHECK((x = find_code(co, "ge.<locals>.<genexpr>")) && x->flags == CO_GENERATOR && x->argcount == 1,
              "genexpr flags");
    }

    co = compile_ok(t, "def f(a, /, b, *c, d, e=1, **g):\n    h = 1\n    def i(): return a + h\n"
                       "class K:\n    def m(self): return super().m()\n", PARSE_FILE);
    if (co) {
        CodeObj *f = find_code(co, "f");
        static const char *const order[] = { "a", "b", "d", "e", "c", "g", "i", "h" };
        bool ok = f && f->nlocalsplus == 8 && f->argcount == 2 && f->posonlyargcount == 1
               && f->kwonlyargcount == 2 && f->nlocals == 7 && f->ncells == 1 && f->nfree == 0
               && f->flags == (CO_VARARGS | CO_VARKEYWORDS);
        for (int i = 0; ok && i < 8; i++) ok = strcmp(str_cstr(f->slot_names->items[i]), order[i]) == 0;
        CHECK(ok, "slot layout of f");
        CHECK(f && f->slot_kinds[0] == SLOT_CELL && f->slot_kinds[7] == SLOT_CELL
              && f->slot_kinds[1] == SLOT_LOCAL, "cell slot kinds");
        CodeObj *i = find_code(co, "f.<locals>.i");
        CHECK(i && i->nfree == 2 && i->slot_kinds[0] == SLOT_FREE, "free variables of i");
        CodeObj *k = find_code(co, "K"), *m = find_code(co, "K.m");
        CHECK(k && k->ncells == 1 && strcmp(str_cstr(k->slot_names->items[0]), "__class__") == 0,
              "class cell");
        CHECK(m && m->nfree == 1, "method sees __class__");
    }

    co = compile_ok(t, "xs = []\nprint(xs[3])\n", PARSE_FILE);
    if (co) {
        bool found = false;
        for (uint32_t pc = 0; pc < co->ncode; pc++)
            if (INSTR_OP(co->code[pc]) == OP_BINARY_SUBSCR) {
                const LineEntry *e = code_position(co, pc);
                found = e && e->line == 2 && e->col == 6 && e->end_col == 11;
            }
        CHECK(found, "BINARY_SUBSCR position 2:6-11");
    }

    co = compile_ok(t, "a = 1\nb = 1\nc = 1.0\nd = True\ne = -0.0\nf = 0.0\ng = 'x'\nh = 'x'\n", PARSE_FILE);
    if (co) {
        int ones = 0, strs = 0;
        for (uint32_t i = 0; i < co->nconsts; i++) {
            if (co->consts[i] == val_from_small(1)) ones++;
            if (str_check(co->consts[i])) strs++;
        }
        CHECK(ones == 1 && strs == 1 && co->nconsts == 7, "constants deduplicated (%u)", co->nconsts);
    }

    co = compile_ok(t, "x = 1; x\n", PARSE_INTERACTIVE);
    CHECK(co && !(co->flags & CO_COROUTINE), "plain REPL entry is not a coroutine");
    co = compile_ok(t, "await f()\n", PARSE_INTERACTIVE);
    CHECK(co && (co->flags & CO_COROUTINE), "top-level await makes a coroutine");
    gc_root_reset(t, mark);
}

static void disassembly_sample(Thread *t)
{
    static const char src[] =
        "def f(path, items):\n"
        "    with open(path) as fh:\n"
        "        try:\n"
        "            return [x * 2 for x in items if x]\n"
        "        except (KeyError, ValueError) as e:\n"
        "            print(f'bad {e!r}')\n"
        "        finally:\n"
        "            fh.flush()\n";
    CodeObj *co = compile_ok(t, src, PARSE_FILE);
    if (co) {
        debug_disassemble(t, co);
        gc_pop_roots(t, 1);
    }
}

int main(void)
{
    Thread *t = interp_new(0, NULL, false);
    if (!t) return 1;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) run_case(t, &cases[i]);
    test_limits(t);
    test_properties(t);
    disassembly_sample(t);
    interp_free(t);
    return check_summary();
}
