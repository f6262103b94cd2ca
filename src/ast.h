/*
 * ast.h -- the syntax tree the parser builds and the compiler reads.
 *
 * It mirrors Python's `ast` module, trimmed to what aster supports.  All
 * nodes, lists and strings live in one Arena and are freed together; the
 * tree holds no GC values, so the parser never runs the collector.
 *
 * Positions: line is 1-based, col is a 0-based byte offset into the line;
 * end_line/end_col point just past the node.
 */
#ifndef ASTER_AST_H
#define ASTER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

typedef struct Arena Arena;
typedef struct Node Node;

typedef struct {
    Node **items;
    int len;
} NodeList;

typedef enum {
    /* statements */
    N_MODULE, N_FUNCTIONDEF, N_CLASSDEF, N_RETURN, N_DELETE, N_ASSIGN,
    N_AUGASSIGN, N_ANNASSIGN, N_FOR, N_WHILE, N_IF, N_WITH, N_RAISE, N_TRY,
    N_ASSERT, N_IMPORT, N_IMPORTFROM, N_GLOBAL, N_NONLOCAL, N_EXPR, N_PASS,
    N_BREAK, N_CONTINUE,
    /* expressions */
    N_BOOLOP, N_NAMEDEXPR, N_BINOP, N_UNARYOP, N_LAMBDA, N_IFEXP, N_DICT,
    N_SET, N_LISTCOMP, N_SETCOMP, N_DICTCOMP, N_GENEXP, N_AWAIT, N_YIELD,
    N_YIELDFROM, N_COMPARE, N_CALL, N_FORMATTEDVALUE, N_JOINEDSTR,
    N_CONSTANT, N_ATTRIBUTE, N_SUBSCRIPT, N_STARRED, N_NAME, N_LIST,
    N_TUPLE, N_SLICE,
    /* parts */
    N_EXCEPTHANDLER, N_ARGUMENTS, N_ARG, N_KEYWORD, N_ALIAS, N_WITHITEM,
    N_COMPREHENSION,
    N_KIND_COUNT
} NodeKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;
/* Comparison operators: the six rich comparisons reuse CmpOp (object.h);
 * these four follow them. */
typedef enum {
    CMPX_LT = CMP_LT, CMPX_LE = CMP_LE, CMPX_EQ = CMP_EQ, CMPX_NE = CMP_NE,
    CMPX_GT = CMP_GT, CMPX_GE = CMP_GE, CMPX_IS, CMPX_IS_NOT, CMPX_IN, CMPX_NOT_IN
} CompareKind;
typedef enum { UNARY_NOT, UNARY_NEG, UNARY_POS, UNARY_INVERT } UnaryKind;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal as written, e.g. "0x_ff", "1_000" */
    CONST_FLOAT,    /* text: the literal as written, e.g. "1e3", "2_5.0" */
    CONST_IMAG,     /* text: the literal without the j (complex: unsupported, compile error) */
    CONST_STR,      /* text/len: the decoded value, UTF-8 */
    CONST_BYTES     /* text/len: the decoded bytes */
} ConstKind;

struct Node {
    NodeKind kind;
    int line, col, end_line, end_col;
    union {
        struct { NodeList body; } module;
        /* def / async def; decorators outermost first */
        struct { const char *name; Node *args; NodeList body; NodeList decorators;
                 Node *returns; bool is_async; } funcdef;
        struct { const char *name; NodeList bases; NodeList keywords; NodeList body;
                 NodeList decorators; } classdef;
        struct { Node *value; } ret;               /* value may be NULL */
        struct { NodeList targets; } del;
        struct { NodeList targets; Node *value; } assign;   /* a = b = value */
        struct { Node *target; BinOp op; Node *value; } augassign;
        struct { Node *target; Node *annotation; Node *value; bool simple; } annassign;
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; bool is_async; } for_;
        struct { Node *test; NodeList body; NodeList orelse; } while_;
        struct { Node *test; NodeList body; NodeList orelse; } if_;   /* elif: orelse holds one N_IF */
        struct { NodeList items; NodeList body; bool is_async; } with;
        struct { Node *exc; Node *cause; } raise;   /* both may be NULL */
        struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } try_;
        struct { Node *test; Node *msg; } assert_;
        struct { NodeList names; } import;          /* N_ALIAS nodes */
        struct { const char *module; NodeList names; int level; } importfrom; /* module may be NULL; names: N_ALIAS, name "*" for star */
        struct { const char **names; int len; } global; /* global and nonlocal */
        struct { Node *value; } expr;

        struct { BoolOpKind op; NodeList values; } boolop;
        struct { Node *target; Node *value; } namedexpr;
        struct { Node *left; BinOp op; Node *right; } binop;
        struct { UnaryKind op; Node *operand; } unaryop;
        struct { Node *args; Node *body; } lambda;
        struct { Node *test; Node *body; Node *orelse; } ifexp;
        struct { NodeList keys; NodeList values; } dict;    /* a NULL key: {**value} */
        struct { NodeList elts; } set;
        /* listcomp/setcomp/genexp use elt; dictcomp uses key and value */
        struct { Node *elt; Node *key; Node *value; NodeList generators; } comp;
        struct { Node *value; } await;
        struct { Node *value; } yield;              /* value may be NULL */
        struct { Node *value; } yieldfrom;
        struct { Node *left; CompareKind *ops; NodeList comparators; } compare;
        struct { Node *func; NodeList args; NodeList keywords; } call; /* args may hold N_STARRED */
        /* conversion: -1 none, 's', 'r', 'a'; format_spec is an N_JOINEDSTR or NULL */
        struct { Node *value; int conversion; Node *format_spec; } formatted;
        struct { NodeList values; } joinedstr;      /* N_CONSTANT str and N_FORMATTEDVALUE */
        struct { ConstKind kind; const char *text; size_t len; } constant;
        struct { Node *value; const char *attr; ExprContext ctx; } attribute;
        struct { Node *value; Node *slice; ExprContext ctx; } subscript;
        struct { Node *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { NodeList elts; ExprContext ctx; } list;    /* N_LIST and N_TUPLE */
        struct { Node *lower; Node *upper; Node *step; } slice;  /* each may be NULL */

        struct { Node *type; const char *name; NodeList body; } handler; /* type/name may be NULL */
        /* parameters in order: posonly, args, vararg, kwonly, kwarg.
         * defaults: for the last len(defaults) of posonly+args.
         * kw_defaults: one per kwonly entry, NULL where it has none. */
        struct { NodeList posonlyargs; NodeList args; Node *vararg; NodeList kwonlyargs;
                 NodeList kw_defaults; Node *kwarg; NodeList defaults; } arguments;
        struct { const char *name; Node *annotation; } arg;
        struct { const char *arg; Node *value; } keyword;  /* arg NULL: **value */
        struct { const char *name; const char *asname; } alias;  /* name may be dotted */
        struct { Node *context_expr; Node *optional_vars; } withitem;
        struct { Node *target; Node *iter; NodeList ifs; bool is_async; } comprehension;
    } u;
};

/* Arena: bump allocation in chunks; everything freed at once. */
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t size);         /* zeroed; aborts only if malloc fails */
char *arena_strndup(Arena *a, const char *s, size_t len);
void arena_free(Arena *a);

Node *ast_node(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col);
void ast_list_push(Arena *a, NodeList *list, Node *item);
const char *ast_kind_name(NodeKind kind);
/* Prints the tree (for the parser's own tests and --ast). */
void ast_dump(const Node *n, int indent);

#endif
