/*
 * parse_internal.h -- what the grammar actions (grammar/parser.y) share
 * with the parser driver (src/parse.c).  Private to the parser.
 *
 * The grammar's actions stay short by calling the pa_* builders here;
 * every builder that can find an error records it in the ParseState
 * (the first error wins) and the driver stops feeding tokens.
 */
#ifndef ASTER_PARSE_INTERNAL_H
#define ASTER_PARSE_INTERNAL_H

#include "lexer.h"

typedef struct { int line, col; } Pos;
#define NOPOS ((Pos){0, 0})

/* Parenthesized expressions: the node keeps the span of what is inside
 * the parentheses (as in CPython), and this table remembers the span
 * with them, for the nodes built around it. */
typedef struct {
    const Node *node;
    Pos beg, end;
} ParenSpan;

typedef struct ParseState ParseState;
struct ParseState {
    Arena *arena;
    ParseMode mode;
    Lexer *lx;
    ParseState *parent;         /* the parse of the enclosing f-string */
    Node *result;

    /* errors */
    ParseError *err;
    bool failed;
    ParseError lexerr;          /* where lx reports; copied to err when reached */
    bool lex_failed;            /* the error came from the lexer */
    bool no_rescan;             /* keep this error even if the lexer fails later */
    int err_tok_line;           /* line of the token a syntax error was found at */
    bool eof_error;             /* ... and that token was the end of input */

    /* tokens */
    Pos prev_end;               /* end of the last token given to the parser */
    Token lookahead;            /* the token being given to the parser */
    Token last_newline;         /* the last NEWLINE given to the parser */
    Token *line_toks;           /* the current logical line, for error messages */
    int nline, capline;
    int shifted;                /* line_toks[0..shifted) reached the parser */
    int line_depth;             /* brackets opened by tokens trimmed from it */

    ParenSpan *parens;          /* open-addressing table, cap is a power of 2 */
    size_t nparens, capparens;

    /* syntax-error probe: yy_destructor reports Node values here */
    bool probing;
    Node *probe, *probe_last;
    int probe_len;
};

/* One entry of the parser's stack, as the error diagnosis sees it. */
typedef struct {
    int major;
    const Token *tok;           /* terminals */
    Node *node;                 /* nonterminals holding an expression node */
    Node *last;                 /* the last element of a list nonterminal */
    int len;                    /* ... and its length */
} StackSym;

/* ---- positions and nodes ------------------------------------------------- */

Pos pa_begin(ParseState *ps, const Node *n);
Pos pa_end(ParseState *ps, const Node *n);
static inline Pos tok_begin(const Token *t) { return (Pos){ t->line, t->col }; }
static inline Pos tok_end(const Token *t) { return (Pos){ t->end_line, t->end_col }; }
#define BEG(n) pa_begin(ps, (n))
#define END(n) pa_end(ps, (n))
#define TBEG(t) tok_begin(&(t))
#define TEND(t) tok_end(&(t))
#define LEND(l) END((l).items[(l).len - 1])

Node *pa_new(ParseState *ps, NodeKind kind, Pos beg, Pos end);
/* Records that n was written inside the parentheses lpar..rpar. */
void pa_paren(ParseState *ps, Node *n, const Token *lpar, const Token *rpar);
bool pa_is_paren(ParseState *ps, const Node *n);

NodeList pa_list1(ParseState *ps, Node *n);
void pa_extend(ParseState *ps, NodeList *dst, NodeList src);

/* ---- errors ----------------------------------------------------------- */

void pa_error(ParseState *ps, const char *kind, Pos beg, Pos end, const char *fmt, ...);
void pa_error_node(ParseState *ps, const Node *n, const char *fmt, ...);
/* CPython's name for an expression in "cannot assign to %s". */
const char *pa_expr_name(const Node *n);

/* ---- atoms ------------------------------------------------------------- */

Node *pa_name(ParseState *ps, const Token *t);
Node *pa_number(ParseState *ps, const Token *t);
Node *pa_constant(ParseState *ps, const Token *t, ConstKind kind);

/* Adjacent string literals, concatenated by pa_strings. */
typedef struct { Token *items; int len, cap; } TokList;
TokList pa_toks_push(ParseState *ps, TokList l, const Token *t);
Node *pa_strings(ParseState *ps, TokList l);

Node *pa_tuple(ParseState *ps, NodeList elts, Pos beg, Pos end);
Node *pa_group(ParseState *ps, Node *inner, const Token *lpar, const Token *rpar);

/* ---- operators ------------------------------------------------------------ */

Node *pa_binop(ParseState *ps, Node *l, BinOp op, Node *r);
Node *pa_unary(ParseState *ps, const Token *op, UnaryKind kind, Node *operand);
/* a or b, then (a or b) or c extends the same chain */
Node *pa_boolop(ParseState *ps, BoolOpKind op, Node *l, Node *r);
Node *pa_boolop_more(ParseState *ps, Node *chain, Node *r);
Node *pa_compare(ParseState *ps, Node *l, CompareKind op, Node *r);
Node *pa_compare_more(ParseState *ps, Node *chain, CompareKind op, Node *r);
Node *pa_walrus(ParseState *ps, Node *target, Node *value);

/* ---- calls and subscripts ------------------------------------------------- */

typedef struct {
    NodeList args, keywords;
    Node *last;                 /* the argument added last */
    int count;
    Node *genexp;               /* an unparenthesized generator argument */
    bool after_kw, after_kwunpack;
} ArgList;

ArgList *pa_args_new(ParseState *ps);
void pa_arg_pos(ParseState *ps, ArgList *l, Node *value);
void pa_arg_star(ParseState *ps, ArgList *l, Pos star, Node *value);
void pa_arg_keyword(ParseState *ps, ArgList *l, Node *target, Pos eq, Node *value);
void pa_arg_kwunpack(ParseState *ps, ArgList *l, Pos stars, Node *value);
void pa_arg_genexp(ParseState *ps, ArgList *l, Node *genexp);
Node *pa_call(ParseState *ps, Node *func, ArgList *args, const Token *lpar, const Token *rpar);
Node *pa_slice(ParseState *ps, Node *lower, Node *upper, Node *step, Pos beg, Pos end);

/* ---- comprehensions and displays -------------------------------------- */

Node *pa_comp_for(ParseState *ps, const Token *first, Node *target, Node *iter, NodeList ifs, bool is_async);
Node *pa_comp(ParseState *ps, NodeKind kind, Node *elt, Node *value, NodeList gens, Pos beg, Pos end);

typedef struct { Node *key, *value; } KeyValue;
typedef struct { NodeList keys, values; } DictItems;
DictItems pa_dict_add(ParseState *ps, DictItems d, KeyValue kv);

/* ---- parameters ------------------------------------------------------------ */

typedef enum { P_NAME, P_SLASH, P_STAR, P_VARARG, P_KWARG } ParamKind;
typedef struct {
    ParamKind kind;
    Node *arg;                  /* N_ARG, or NULL for '/' and '*' */
    Node *deflt;
    Pos beg, end;               /* the name (or the '/' or '*') */
    Pos eq;                     /* the '=' of a default */
} Param;
typedef struct { Param *items; int len, cap; } ParamList;

Param pa_param(ParseState *ps, ParamKind kind, const Token *first, const Token *name, Node *annotation,
               Node *deflt, Pos eq);
ParamList *pa_params_add(ParseState *ps, ParamList *l, Param p);
Node *pa_arguments(ParseState *ps, ParamList *l, bool lambda);

/* ---- statements ------------------------------------------------------------ */

/* Sets ctx on an assignment (CTX_STORE) or del (CTX_DEL) target, or
 * reports why it cannot be one. */
bool pa_target(ParseState *ps, Node *n, ExprContext ctx);
Node *pa_assign(ParseState *ps, NodeList targets, Node *value);
Node *pa_augassign(ParseState *ps, Node *target, BinOp op, Node *value);
Node *pa_annassign(ParseState *ps, Node *target, Node *annotation, Node *value);
Node *pa_delete(ParseState *ps, const Token *kw, NodeList targets);
Node *pa_if(ParseState *ps, const Token *kw, Node *test, NodeList body, NodeList elifs, NodeList orelse);
Node *pa_try(ParseState *ps, const Token *kw, NodeList body, NodeList handlers, NodeList orelse,
             NodeList finalbody);
Node *pa_funcdef(ParseState *ps, const Token *kw, const Token *name, Node *args, Node *returns,
                 NodeList body, bool is_async);
Node *pa_classdef(ParseState *ps, const Token *kw, const Token *name, ArgList *bases, NodeList body);
Node *pa_decorated(ParseState *ps, NodeList decorators, Node *def);
Node *pa_global(ParseState *ps, NodeKind kind, const Token *kw, NodeList names);
Node *pa_dotted(ParseState *ps, Node *left, const Token *name);
Node *pa_alias(ParseState *ps, Node *name, const Token *asname);
Node *pa_importfrom(ParseState *ps, const Token *kw, int level, Node *module, NodeList names, Pos end);
Node *pa_module(ParseState *ps, NodeList body);

/* ---- the generated parser (parser.y) --------------------------------------- */

void *ParseAlloc(void *(*alloc)(size_t));
void ParseFree(void *parser, void (*dealloc)(void *));
void Parse(void *parser, int major, Token minor, ParseState *ps);
/* Entries on the parser's stack (to bound it). */
int ParseDepth(void *parser);

/* Called by the grammar's %syntax_error with the parser's stack. */
void pa_syntax_error(ParseState *ps, const StackSym *stack, int n, int major, const Token *tok);

#endif
