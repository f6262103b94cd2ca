/*
 * ast.c -- the arena the syntax tree lives in, node construction, and a
 * readable dump of the tree (for the parser's tests and `aster --ast`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "oom.h"

/* ---- arena ------------------------------------------------------------- */

#define CHUNK_SIZE (64 * 1024)
#define ALIGN 16

typedef struct Chunk {
    struct Chunk *next;
    size_t size;
    _Alignas(ALIGN) char data[];
} Chunk;

struct Arena {
    Chunk *chunks;
    char *ptr, *end;            /* free space in the first chunk */
};

static Chunk *chunk_new(size_t size)
{
    Chunk *c = malloc(sizeof(Chunk) + size);
    if (!c) oom_exit("while parsing");
    c->size = size;
    c->next = NULL;
    return c;
}

Arena *arena_new(void)
{
    Arena *a = calloc(1, sizeof *a);
    if (!a) oom_exit("while parsing");
    return a;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size > (size_t)(a->end - a->ptr)) {
        if (size > CHUNK_SIZE / 4) {
            /* a big block gets a chunk of its own, behind the current one,
             * so the current chunk's free space stays usable */
            Chunk *c = chunk_new(size);
            if (a->chunks) {
                c->next = a->chunks->next;
                a->chunks->next = c;
            } else {
                c->next = NULL;
                a->chunks = c;
                a->ptr = a->end = c->data + size;
            }
            memset(c->data, 0, size);
            return c->data;
        }
        Chunk *c = chunk_new(CHUNK_SIZE);
        c->next = a->chunks;
        a->chunks = c;
        a->ptr = c->data;
        a->end = c->data + CHUNK_SIZE;
    }
    void *p = a->ptr;
    a->ptr += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    if (!a) return;
    for (Chunk *c = a->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* ---- nodes -------------------------------------------------------------- */

Node *ast_node(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    return n;
}

/* The capacity of a list is implicit: 4, then the next power of two, so
 * lists must only grow through this function. */
void ast_list_push(Arena *a, NodeList *list, Node *item)
{
    int len = list->len;
    if (len == 0 || (len >= 4 && (len & (len - 1)) == 0)) {
        int cap = len ? len * 2 : 4;
        Node **items = arena_alloc(a, (size_t)cap * sizeof *items);
        if (len) memcpy(items, list->items, (size_t)len * sizeof *items);
        list->items = items;
    }
    list->items[list->len++] = item;
}

static const char *const kind_names[N_KIND_COUNT] = {
    [N_MODULE] = "Module", [N_FUNCTIONDEF] = "FunctionDef", [N_CLASSDEF] = "ClassDef",
    [N_RETURN] = "Return", [N_DELETE] = "Delete", [N_ASSIGN] = "Assign", [N_AUGASSIGN] = "AugAssign",
    [N_ANNASSIGN] = "AnnAssign", [N_FOR] = "For", [N_WHILE] = "While", [N_IF] = "If", [N_WITH] = "With",
    [N_RAISE] = "Raise", [N_TRY] = "Try", [N_ASSERT] = "Assert", [N_IMPORT] = "Import",
    [N_IMPORTFROM] = "ImportFrom", [N_GLOBAL] = "Global", [N_NONLOCAL] = "Nonlocal", [N_EXPR] = "Expr",
    [N_PASS] = "Pass", [N_BREAK] = "Break", [N_CONTINUE] = "Continue", [N_BOOLOP] = "BoolOp",
    [N_NAMEDEXPR] = "NamedExpr", [N_BINOP] = "BinOp", [N_UNARYOP] = "UnaryOp", [N_LAMBDA] = "Lambda",
    [N_IFEXP] = "IfExp", [N_DICT] = "Dict", [N_SET] = "Set", [N_LISTCOMP] = "ListComp",
    [N_SETCOMP] = "SetComp", [N_DICTCOMP] = "DictComp", [N_GENEXP] = "GeneratorExp", [N_AWAIT] = "Await",
    [N_YIELD] = "Yield", [N_YIELDFROM] = "YieldFrom", [N_COMPARE] = "Compare", [N_CALL] = "Call",
    [N_FORMATTEDVALUE] = "FormattedValue", [N_JOINEDSTR] = "JoinedStr", [N_CONSTANT] = "Constant",
    [N_ATTRIBUTE] = "Attribute", [N_SUBSCRIPT] = "Subscript", [N_STARRED] = "Starred", [N_NAME] = "Name",
    [N_LIST] = "List", [N_TUPLE] = "Tuple", [N_SLICE] = "Slice", [N_EXCEPTHANDLER] = "ExceptHandler",
    [N_ARGUMENTS] = "arguments", [N_ARG] = "arg", [N_KEYWORD] = "keyword", [N_ALIAS] = "alias",
    [N_WITHITEM] = "withitem", [N_COMPREHENSION] = "comprehension",
};

const char *ast_kind_name(NodeKind kind)
{
    return kind < N_KIND_COUNT ? kind_names[kind] : "?";
}

/* ---- dump ----------------------------------------------------------------
 *
 * One node per line: its kind and plain attributes, then its children one
 * level deeper, each prefixed by the field it sits in.  NULL fields and
 * empty lists are left out.  For example `x = a + 1`:
 *
 *   Module
 *     Assign
 *       target: Name x Store
 *       value: BinOp +
 *         left: Name a Load
 *         right: Constant int 1
 */

static void dump_node(const Node *n, int indent, const char *label);

static void dump_child(const Node *n, int indent, const char *label)
{
    if (n) dump_node(n, indent, label);
}

static void dump_list(NodeList l, int indent, const char *label)
{
    for (int i = 0; i < l.len; i++) dump_node(l.items[i], indent, label);
}

static const char *ctx_name(ExprContext ctx)
{
    return ctx == CTX_STORE ? "Store" : ctx == CTX_DEL ? "Del" : "Load";
}

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINOP_LIST(X)
#undef X
};

static const char *cmp_symbol(CompareKind k)
{
    static const char *const names[] = {
        [CMPX_LT] = "<", [CMPX_LE] = "<=", [CMPX_EQ] = "==", [CMPX_NE] = "!=", [CMPX_GT] = ">",
        [CMPX_GE] = ">=", [CMPX_IS] = "is", [CMPX_IS_NOT] = "is not", [CMPX_IN] = "in", [CMPX_NOT_IN] = "not in",
    };
    return names[k];
}

/* Prints a string or bytes value quoted, escaping what is not printable. */
static void dump_quoted(const char *s, size_t len, bool bytes)
{
    fputs(bytes ? "b'" : "'", stdout);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '\'') printf("\\%c", c);
        else if (c == '\n') fputs("\\n", stdout);
        else if (c == '\t') fputs("\\t", stdout);
        else if (c == '\r') fputs("\\r", stdout);
        else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) printf("\\x%02x", c);
        else putchar(c);
    }
    putchar('\'');
}

static void dump_constant(const Node *n)
{
    switch (n->u.constant.kind) {
    case CONST_NONE: fputs(" None", stdout); break;
    case CONST_TRUE: fputs(" True", stdout); break;
    case CONST_FALSE: fputs(" False", stdout); break;
    case CONST_ELLIPSIS: fputs(" Ellipsis", stdout); break;
    case CONST_INT: printf(" int %s", n->u.constant.text); break;
    case CONST_FLOAT: printf(" float %s", n->u.constant.text); break;
    case CONST_IMAG: printf(" imag %s", n->u.constant.text); break;
    case CONST_STR:
        fputs(" str ", stdout);
        dump_quoted(n->u.constant.text, n->u.constant.len, false);
        break;
    case CONST_BYTES:
        fputs(" bytes ", stdout);
        dump_quoted(n->u.constant.text, n->u.constant.len, true);
        break;
    }
}

/* The kind and the attributes that are not nodes. */
static void dump_head(const Node *n)
{
    const char *kind = ast_kind_name(n->kind);
    if ((n->kind == N_FUNCTIONDEF && n->u.funcdef.is_async) || (n->kind == N_FOR && n->u.for_.is_async) ||
        (n->kind == N_WITH && n->u.with.is_async))
        fputs("Async", stdout);
    fputs(kind, stdout);
    switch (n->kind) {
    case N_FUNCTIONDEF: printf(" %s", n->u.funcdef.name); break;
    case N_CLASSDEF: printf(" %s", n->u.classdef.name); break;
    case N_AUGASSIGN: printf(" %s=", binop_symbols[n->u.augassign.op]); break;
    case N_ANNASSIGN: if (n->u.annassign.simple) fputs(" simple", stdout); break;
    case N_IMPORTFROM:
        printf(" %s level=%d", n->u.importfrom.module ? n->u.importfrom.module : "-", n->u.importfrom.level);
        break;
    case N_GLOBAL: case N_NONLOCAL:
        for (int i = 0; i < n->u.global.len; i++) printf(" %s", n->u.global.names[i]);
        break;
    case N_BOOLOP: fputs(n->u.boolop.op == BOOL_AND ? " and" : " or", stdout); break;
    case N_BINOP: printf(" %s", binop_symbols[n->u.binop.op]); break;
    case N_UNARYOP: {
        static const char *const ops[] = { [UNARY_NOT] = "not", [UNARY_NEG] = "-", [UNARY_POS] = "+", [UNARY_INVERT] = "~" };
        printf(" %s", ops[n->u.unaryop.op]);
        break;
    }
    case N_COMPARE:
        for (int i = 0; i < n->u.compare.comparators.len; i++)
            printf("%s%s", i ? ", " : " ", cmp_symbol(n->u.compare.ops[i]));
        break;
    case N_FORMATTEDVALUE:
        if (n->u.formatted.conversion >= 0) printf(" !%c", n->u.formatted.conversion);
        break;
    case N_CONSTANT: dump_constant(n); break;
    case N_ATTRIBUTE: printf(" .%s %s", n->u.attribute.attr, ctx_name(n->u.attribute.ctx)); break;
    case N_SUBSCRIPT: printf(" %s", ctx_name(n->u.subscript.ctx)); break;
    case N_STARRED: printf(" %s", ctx_name(n->u.starred.ctx)); break;
    case N_NAME: printf(" %s %s", n->u.name.id, ctx_name(n->u.name.ctx)); break;
    case N_LIST: case N_TUPLE: printf(" %s", ctx_name(n->u.list.ctx)); break;
    case N_EXCEPTHANDLER: if (n->u.handler.name) printf(" as %s", n->u.handler.name); break;
    case N_ARG: printf(" %s", n->u.arg.name); break;
    case N_KEYWORD: printf(" %s", n->u.keyword.arg ? n->u.keyword.arg : "**"); break;
    case N_ALIAS:
        printf(" %s", n->u.alias.name);
        if (n->u.alias.asname) printf(" as %s", n->u.alias.asname);
        break;
    case N_COMPREHENSION: if (n->u.comprehension.is_async) fputs(" async", stdout); break;
    default: break;
    }
    putchar('\n');
}

static void dump_fields(const Node *n, int in)
{
    switch (n->kind) {
    case N_MODULE: dump_list(n->u.module.body, in, NULL); break;
    case N_FUNCTIONDEF:
        dump_list(n->u.funcdef.decorators, in, "decorator");
        dump_child(n->u.funcdef.args, in, "args");
        dump_child(n->u.funcdef.returns, in, "returns");
        dump_list(n->u.funcdef.body, in, "body");
        break;
    case N_CLASSDEF:
        dump_list(n->u.classdef.decorators, in, "decorator");
        dump_list(n->u.classdef.bases, in, "base");
        dump_list(n->u.classdef.keywords, in, "keyword");
        dump_list(n->u.classdef.body, in, "body");
        break;
    case N_RETURN: dump_child(n->u.ret.value, in, "value"); break;
    case N_DELETE: dump_list(n->u.del.targets, in, "target"); break;
    case N_ASSIGN:
        dump_list(n->u.assign.targets, in, "target");
        dump_child(n->u.assign.value, in, "value");
        break;
    case N_AUGASSIGN:
        dump_child(n->u.augassign.target, in, "target");
        dump_child(n->u.augassign.value, in, "value");
        break;
    case N_ANNASSIGN:
        dump_child(n->u.annassign.target, in, "target");
        dump_child(n->u.annassign.annotation, in, "annotation");
        dump_child(n->u.annassign.value, in, "value");
        break;
    case N_FOR:
        dump_child(n->u.for_.target, in, "target");
        dump_child(n->u.for_.iter, in, "iter");
        dump_list(n->u.for_.body, in, "body");
        dump_list(n->u.for_.orelse, in, "orelse");
        break;
    case N_WHILE: case N_IF:
        dump_child(n->u.if_.test, in, "test");
        dump_list(n->u.if_.body, in, "body");
        dump_list(n->u.if_.orelse, in, "orelse");
        break;
    case N_WITH:
        dump_list(n->u.with.items, in, "item");
        dump_list(n->u.with.body, in, "body");
        break;
    case N_RAISE:
        dump_child(n->u.raise.exc, in, "exc");
        dump_child(n->u.raise.cause, in, "cause");
        break;
    case N_TRY:
        dump_list(n->u.try_.body, in, "body");
        dump_list(n->u.try_.handlers, in, "handler");
        dump_list(n->u.try_.orelse, in, "orelse");
        dump_list(n->u.try_.finalbody, in, "finally");
        break;
    case N_ASSERT:
        dump_child(n->u.assert_.test, in, "test");
        dump_child(n->u.assert_.msg, in, "msg");
        break;
    case N_IMPORT: case N_IMPORTFROM:
        dump_list(n->kind == N_IMPORT ? n->u.import.names : n->u.importfrom.names, in, "name");
        break;
    case N_EXPR: dump_child(n->u.expr.value, in, "value"); break;
    case N_BOOLOP: dump_list(n->u.boolop.values, in, "value"); break;
    case N_NAMEDEXPR:
        dump_child(n->u.namedexpr.target, in, "target");
        dump_child(n->u.namedexpr.value, in, "value");
        break;
    case N_BINOP:
        dump_child(n->u.binop.left, in, "left");
        dump_child(n->u.binop.right, in, "right");
        break;
    case N_UNARYOP: dump_child(n->u.unaryop.operand, in, "operand"); break;
    case N_LAMBDA:
        dump_child(n->u.lambda.args, in, "args");
        dump_child(n->u.lambda.body, in, "body");
        break;
    case N_IFEXP:
        dump_child(n->u.ifexp.test, in, "test");
        dump_child(n->u.ifexp.body, in, "body");
        dump_child(n->u.ifexp.orelse, in, "orelse");
        break;
    case N_DICT:
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            dump_child(n->u.dict.keys.items[i], in, "key");
            dump_node(n->u.dict.values.items[i], in, n->u.dict.keys.items[i] ? "value" : "spread");
        }
        break;
    case N_SET: dump_list(n->u.set.elts, in, "elt"); break;
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP:
        dump_child(n->u.comp.elt, in, "elt");
        dump_child(n->u.comp.key, in, "key");
        dump_child(n->u.comp.value, in, "value");
        dump_list(n->u.comp.generators, in, "generator");
        break;
    case N_AWAIT: case N_YIELD: case N_YIELDFROM: dump_child(n->u.yield.value, in, "value"); break;
    case N_COMPARE:
        dump_child(n->u.compare.left, in, "left");
        dump_list(n->u.compare.comparators, in, "comparator");
        break;
    case N_CALL:
        dump_child(n->u.call.func, in, "func");
        dump_list(n->u.call.args, in, "arg");
        dump_list(n->u.call.keywords, in, "keyword");
        break;
    case N_FORMATTEDVALUE:
        dump_child(n->u.formatted.value, in, "value");
        dump_child(n->u.formatted.format_spec, in, "format_spec");
        break;
    case N_JOINEDSTR: dump_list(n->u.joinedstr.values, in, "value"); break;
    case N_ATTRIBUTE: dump_child(n->u.attribute.value, in, "value"); break;
    case N_SUBSCRIPT:
        dump_child(n->u.subscript.value, in, "value");
        dump_child(n->u.subscript.slice, in, "slice");
        break;
    case N_STARRED: dump_child(n->u.starred.value, in, "value"); break;
    case N_LIST: case N_TUPLE: dump_list(n->u.list.elts, in, "elt"); break;
    case N_SLICE:
        dump_child(n->u.slice.lower, in, "lower");
        dump_child(n->u.slice.upper, in, "upper");
        dump_child(n->u.slice.step, in, "step");
        break;
    case N_EXCEPTHANDLER:
        dump_child(n->u.handler.type, in, "type");
        dump_list(n->u.handler.body, in, "body");
        break;
    case N_ARGUMENTS:
        dump_list(n->u.arguments.posonlyargs, in, "posonly");
        dump_list(n->u.arguments.args, in, "arg");
        dump_child(n->u.arguments.vararg, in, "vararg");
        for (int i = 0; i < n->u.arguments.kwonlyargs.len; i++) {
            dump_node(n->u.arguments.kwonlyargs.items[i], in, "kwonly");
            dump_child(n->u.arguments.kw_defaults.items[i], in, "kw_default");
        }
        dump_child(n->u.arguments.kwarg, in, "kwarg");
        dump_list(n->u.arguments.defaults, in, "default");
        break;
    case N_ARG: dump_child(n->u.arg.annotation, in, "annotation"); break;
    case N_KEYWORD: dump_child(n->u.keyword.value, in, "value"); break;
    case N_WITHITEM:
        dump_child(n->u.withitem.context_expr, in, "context");
        dump_child(n->u.withitem.optional_vars, in, "vars");
        break;
    case N_COMPREHENSION:
        dump_child(n->u.comprehension.target, in, "target");
        dump_child(n->u.comprehension.iter, in, "iter");
        dump_list(n->u.comprehension.ifs, in, "if");
        break;
    default: break;
    }
}

static void dump_node(const Node *n, int indent, const char *label)
{
    printf("%*s", indent * 2, "");
    if (label) printf("%s: ", label);
    dump_head(n);
    dump_fields(n, indent + 1);
}

void ast_dump(const Node *n, int indent)
{
    dump_node(n, indent, NULL);
}
