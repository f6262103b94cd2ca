/*
 * parser.y -- Python's grammar for aster (lemon, LALR(1)).
 *
 * It follows the structure of CPython's grammar (statement kinds,
 * expression precedence levels, the same rule names where they fit) but is
 * written for an LALR parser:
 *  - assignment targets, keyword argument names and walrus targets are
 *    parsed as expressions and checked by the actions (pa_target ...);
 *  - parameter lists are a flat list of items checked by pa_arguments;
 *  - `with (a as b, c):` uses WITH_LPAR, a '(' the driver recognises by
 *    looking ahead to the matching ')' and a ':'.
 * The actions call the pa_* builders of parse.c (parse_internal.h).
 * Syntax errors go to pa_syntax_error with a view of the parser's stack,
 * which picks CPython's message.
 */

%include {
/* lemon's tracing and internal asserts stay out of the build */
#define NDEBUG 1
#include <assert.h>
#include <stdlib.h>
#include "parse_internal.h"

/* The error diagnosis reads values off the parser's stack through the
 * destructor hook: it sets ps->probing and calls yy_destructor, and the
 * %destructor code below reports the symbol's Node (PROBE), or for lists
 * the last element and the length (PROBE_LAST). */
#define PROBE(ps, v) do { if ((ps)->probing) (ps)->probe = (v); } while (0)
#define PROBE_LAST(ps, l)                                    \
    do {                                                     \
        if ((ps)->probing && (l).len) {                      \
            (ps)->probe_last = (l).items[(l).len - 1];       \
            (ps)->probe_len = (l).len;                       \
        }                                                    \
    } while (0)

static void syntax_error_here(ParseState *ps, void *parser, int major, const Token *tok);
}

%name Parse
%token_prefix T_
%token_type {Token}
%default_type {Node *}
%extra_argument {ParseState *ps}
%stack_size 0
%start_symbol start
%type start {int}

%syntax_error { syntax_error_here(ps, yypParser, yymajor, &yyminor); }
%stack_overflow {
    pa_error(ps, "MemoryError", NOPOS, NOPOS, "Parser stack overflowed - Python source too complex to parse");
}

/* Nonterminals holding an expression, for the error diagnosis */
%destructor star_expressions { PROBE(ps, $$); }
%destructor star_expression { PROBE(ps, $$); }
%destructor star_named_expression { PROBE(ps, $$); }
%destructor named_expression { PROBE(ps, $$); }
%destructor expression { PROBE(ps, $$); }
%destructor lambdef { PROBE(ps, $$); }
%destructor disjunction { PROBE(ps, $$); }
%destructor or_chain { PROBE(ps, $$); }
%destructor conjunction { PROBE(ps, $$); }
%destructor and_chain { PROBE(ps, $$); }
%destructor inversion { PROBE(ps, $$); }
%destructor comparison { PROBE(ps, $$); }
%destructor cmp_chain { PROBE(ps, $$); }
%destructor bitwise_or { PROBE(ps, $$); }
%destructor bitwise_xor { PROBE(ps, $$); }
%destructor bitwise_and { PROBE(ps, $$); }
%destructor shift_expr { PROBE(ps, $$); }
%destructor sum { PROBE(ps, $$); }
%destructor term { PROBE(ps, $$); }
%destructor factor { PROBE(ps, $$); }
%destructor power { PROBE(ps, $$); }
%destructor await_primary { PROBE(ps, $$); }
%destructor primary { PROBE(ps, $$); }
%destructor atom { PROBE(ps, $$); }
%destructor yield_expr { PROBE(ps, $$); }
%destructor slices { PROBE(ps, $$); }
%destructor slice { PROBE(ps, $$); }
%destructor targets { PROBE(ps, $$); }
%destructor target_elt { PROBE(ps, $$); }
%destructor assign_value { PROBE(ps, $$); }
%destructor with_head { PROBE(ps, $$); }
/* Lists, argument lists and statement lists, by their last element */
%destructor sne_list { PROBE_LAST(ps, $$); }
%destructor sne_comma { PROBE_LAST(ps, $$); }
%destructor star_exprs_comma { PROBE_LAST(ps, $$); }
%destructor target_comma { PROBE_LAST(ps, $$); }
%destructor slice_comma { PROBE_LAST(ps, $$); }
%destructor dict_items { PROBE_LAST(ps, $$.values); }
%destructor args { if ($$ && (ps)->probing) (ps)->probe_last = $$->last; }
%destructor arglist { if ($$ && (ps)->probing) (ps)->probe_last = $$->last; }
%destructor simple_stmts { PROBE_LAST(ps, $$); }

/* The driver sends one of these first, to pick the start rule. */
%token MODE_FILE MODE_EVAL MODE_INTERACTIVE MODE_FIELD.
%token NEWLINE INDENT DEDENT NAME NUMBER STRING.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT
       FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE
       WITH YIELD.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE WITH_LPAR COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR
       AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
       CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL
       PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL
       DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
       EXCLAMATION ERRORTOKEN.

/* ======================================================================
 * Start: a module, an eval expression, one REPL entry, or the expression
 * of an f-string replacement field.
 * ====================================================================== */

start ::= MODE_FILE stmts(B).                       { ps->result = pa_module(ps, B); }
start ::= MODE_EVAL star_expressions(E) newlines.    {
    Node *s = pa_new(ps, N_EXPR, BEG(E), END(E));
    s->u.expr.value = E;
    ps->result = pa_module(ps, pa_list1(ps, s));
}
start ::= MODE_INTERACTIVE.                         { ps->result = pa_module(ps, (NodeList){0}); }
start ::= MODE_INTERACTIVE statement(B).            { ps->result = pa_module(ps, B); }
start ::= MODE_FIELD star_expressions(E).           { ps->result = E; }
start ::= MODE_FIELD yield_expr(E).                 { ps->result = E; }

%type newlines {int}
newlines(A) ::= .                                   { A = 0; }
newlines(A) ::= newlines NEWLINE.                   { A = 0; }

/* ======================================================================
 * Statements
 * ====================================================================== */

%type stmts {NodeList}
%type statement {NodeList}
%type simple_stmts {NodeList}
%type block {NodeList}

stmts(A) ::= .                                      { A = (NodeList){0}; }
stmts(A) ::= stmts(L) statement(S).                 { A = L; pa_extend(ps, &A, S); }

statement(A) ::= simple_stmts(L) NEWLINE.           { A = L; }
statement(A) ::= compound_stmt(S).                  { A = pa_list1(ps, S); }

/* simple statements separated by ';', maybe with a trailing ';' */
simple_stmts(A) ::= simple_stmt(S).                 { A = pa_list1(ps, S); }
simple_stmts(A) ::= simple_stmts(L) SEMI simple_stmt(S). { A = L; ast_list_push(ps->arena, &A, S); }
simple_stmts(A) ::= simple_stmts(L) SEMI.           { A = L; }

/* the body of a compound statement */
block(A) ::= simple_stmts(L) NEWLINE.               { A = L; }
block(A) ::= NEWLINE INDENT stmts(L) DEDENT.        { A = L; }

/* ---- simple statements ---- */

simple_stmt(A) ::= expr_stmt(S).                    { A = S; }
simple_stmt(A) ::= PASS(K).                         { A = pa_new(ps, N_PASS, TBEG(K), TEND(K)); }
simple_stmt(A) ::= BREAK(K).                        { A = pa_new(ps, N_BREAK, TBEG(K), TEND(K)); }
simple_stmt(A) ::= CONTINUE(K).                     { A = pa_new(ps, N_CONTINUE, TBEG(K), TEND(K)); }
simple_stmt(A) ::= RETURN(K).                       { A = pa_new(ps, N_RETURN, TBEG(K), TEND(K)); }
simple_stmt(A) ::= RETURN(K) star_expressions(E).   {
    A = pa_new(ps, N_RETURN, TBEG(K), END(E));
    A->u.ret.value = E;
}
simple_stmt(A) ::= RAISE(K).                        { A = pa_new(ps, N_RAISE, TBEG(K), TEND(K)); }
simple_stmt(A) ::= RAISE(K) expression(E).          {
    A = pa_new(ps, N_RAISE, TBEG(K), END(E));
    A->u.raise.exc = E;
}
simple_stmt(A) ::= RAISE(K) expression(E) FROM expression(C). {
    A = pa_new(ps, N_RAISE, TBEG(K), END(C));
    A->u.raise.exc = E;
    A->u.raise.cause = C;
}
simple_stmt(A) ::= GLOBAL(K) names(L).              { A = pa_global(ps, N_GLOBAL, &K, L); }
simple_stmt(A) ::= NONLOCAL(K) names(L).            { A = pa_global(ps, N_NONLOCAL, &K, L); }
simple_stmt(A) ::= DEL(K) star_expression(E).       { A = pa_delete(ps, &K, pa_list1(ps, E)); }
simple_stmt(A) ::= DEL(K) star_exprs_comma(L).      { A = pa_delete(ps, &K, L); }
simple_stmt(A) ::= DEL(K) star_exprs_comma(L) star_expression(E). {
    ast_list_push(ps->arena, &L, E);
    A = pa_delete(ps, &K, L);
}
simple_stmt(A) ::= ASSERT(K) expression(E).         {
    A = pa_new(ps, N_ASSERT, TBEG(K), END(E));
    A->u.assert_.test = E;
}
simple_stmt(A) ::= ASSERT(K) expression(E) COMMA expression(M). {
    A = pa_new(ps, N_ASSERT, TBEG(K), END(M));
    A->u.assert_.test = E;
    A->u.assert_.msg = M;
}
simple_stmt(A) ::= import_name(S).                  { A = S; }
simple_stmt(A) ::= import_from(S).                  { A = S; }

%type names {NodeList}
names(A) ::= NAME(N).                               { A = pa_list1(ps, pa_name(ps, &N)); }
names(A) ::= names(L) COMMA NAME(N).                { A = L; ast_list_push(ps->arena, &A, pa_name(ps, &N)); }

/* expression statements and assignments */
expr_stmt(A) ::= star_expressions(E).               {
    A = pa_new(ps, N_EXPR, BEG(E), END(E));
    A->u.expr.value = E;
}
expr_stmt(A) ::= yield_expr(E).                     {
    A = pa_new(ps, N_EXPR, BEG(E), END(E));
    A->u.expr.value = E;
}
expr_stmt(A) ::= assign_targets(L) assign_value(V). { A = pa_assign(ps, L, V); }
expr_stmt(A) ::= star_expressions(T) augassign(O) assign_value(V). { A = pa_augassign(ps, T, (BinOp)O, V); }
expr_stmt(A) ::= star_expressions(T) COLON expression(N).          { A = pa_annassign(ps, T, N, NULL); }
expr_stmt(A) ::= star_expressions(T) COLON expression(N) EQUAL assign_value(V). {
    A = pa_annassign(ps, T, N, V);
}

/* a = b = ... : every target followed by its '=' */
%type assign_targets {NodeList}
assign_targets(A) ::= star_expressions(T) EQUAL.    { A = pa_list1(ps, T); }
assign_targets(A) ::= yield_expr(T) EQUAL.          { A = pa_list1(ps, T); }
assign_targets(A) ::= assign_targets(L) star_expressions(T) EQUAL. { A = L; ast_list_push(ps->arena, &A, T); }
assign_targets(A) ::= assign_targets(L) yield_expr(T) EQUAL.       { A = L; ast_list_push(ps->arena, &A, T); }

assign_value(A) ::= star_expressions(E).            { A = E; }
assign_value(A) ::= yield_expr(E).                  { A = E; }

%type augassign {int}
augassign(A) ::= PLUSEQUAL.                         { A = BINOP_ADD; }
augassign(A) ::= MINEQUAL.                          { A = BINOP_SUB; }
augassign(A) ::= STAREQUAL.                         { A = BINOP_MUL; }
augassign(A) ::= ATEQUAL.                           { A = BINOP_MATMUL; }
augassign(A) ::= SLASHEQUAL.                        { A = BINOP_TRUEDIV; }
augassign(A) ::= PERCENTEQUAL.                      { A = BINOP_MOD; }
augassign(A) ::= AMPEREQUAL.                        { A = BINOP_AND; }
augassign(A) ::= VBAREQUAL.                         { A = BINOP_OR; }
augassign(A) ::= CIRCUMFLEXEQUAL.                   { A = BINOP_XOR; }
augassign(A) ::= LEFTSHIFTEQUAL.                    { A = BINOP_LSHIFT; }
augassign(A) ::= RIGHTSHIFTEQUAL.                   { A = BINOP_RSHIFT; }
augassign(A) ::= DOUBLESTAREQUAL.                   { A = BINOP_POW; }
augassign(A) ::= DOUBLESLASHEQUAL.                  { A = BINOP_FLOORDIV; }

/* import a.b as c, d */
import_name(A) ::= IMPORT(K) dotted_as_names(L).    {
    A = pa_new(ps, N_IMPORT, TBEG(K), LEND(L));
    A->u.import.names = L;
}
%type dotted_as_names {NodeList}
dotted_as_names(A) ::= dotted_as_name(N).           { A = pa_list1(ps, N); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(N). { A = L; ast_list_push(ps->arena, &A, N); }
dotted_as_name(A) ::= dotted_name(N).               { A = pa_alias(ps, N, NULL); }
dotted_as_name(A) ::= dotted_name(N) AS NAME(S).    { A = pa_alias(ps, N, &S); }
/* a dotted name, as an N_NAME whose id holds the dots */
dotted_name(A) ::= NAME(N).                         { A = pa_name(ps, &N); }
dotted_name(A) ::= dotted_name(L) DOT NAME(N).      { A = pa_dotted(ps, L, &N); }

/* from ..a.b import (x as y, z) */
import_from(A) ::= FROM(K) import_dots(D) dotted_name(M) IMPORT import_targets(L). {
    A = pa_importfrom(ps, &K, D, M, L.list, L.end);
}
import_from(A) ::= FROM(K) import_dots1(D) IMPORT import_targets(L). {
    A = pa_importfrom(ps, &K, D, NULL, L.list, L.end);
}
%type import_dots {int}
%type import_dots1 {int}
import_dots(A) ::= .                                { A = 0; }
import_dots(A) ::= import_dots1(D).                 { A = D; }
import_dots1(A) ::= DOT.                            { A = 1; }
import_dots1(A) ::= ELLIPSIS.                       { A = 3; }
import_dots1(A) ::= import_dots1(D) DOT.            { A = D + 1; }
import_dots1(A) ::= import_dots1(D) ELLIPSIS.       { A = D + 3; }

%include {
typedef struct { NodeList list; Pos end; } ImportTargets;
}
%type import_targets {ImportTargets}
%type import_as_names {NodeList}
import_targets(A) ::= STAR(S).                      {
    Node *n = pa_new(ps, N_ALIAS, TBEG(S), TEND(S));
    n->u.alias.name = "*";
    A.list = pa_list1(ps, n);
    A.end = TEND(S);
}
import_targets(A) ::= import_as_names(L).           { A.list = L; A.end = LEND(L); }
import_targets(A) ::= LPAR import_as_names(L) RPAR(R).        { A.list = L; A.end = TEND(R); }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(R).  { A.list = L; A.end = TEND(R); }
import_as_names(A) ::= import_as_name(N).           { A = pa_list1(ps, N); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(N). { A = L; ast_list_push(ps->arena, &A, N); }
import_as_name(A) ::= NAME(N).                      { A = pa_alias(ps, pa_name(ps, &N), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(S).           { A = pa_alias(ps, pa_name(ps, &N), &S); }

/* ---- compound statements ---- */

compound_stmt(A) ::= if_stmt(S).                    { A = S; }
compound_stmt(A) ::= while_stmt(S).                 { A = S; }
compound_stmt(A) ::= for_stmt(S).                   { A = S; }
compound_stmt(A) ::= try_stmt(S).                   { A = S; }
compound_stmt(A) ::= with_stmt(S).                  { A = S; }
compound_stmt(A) ::= funcdef(S).                    { A = S; }
compound_stmt(A) ::= classdef(S).                   { A = S; }
compound_stmt(A) ::= decorators(D) funcdef(S).      { A = pa_decorated(ps, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S).     { A = pa_decorated(ps, D, S); }

%type decorators {NodeList}
decorators(A) ::= AT named_expression(E) NEWLINE.   { A = pa_list1(ps, E); }
decorators(A) ::= decorators(L) AT named_expression(E) NEWLINE. { A = L; ast_list_push(ps->arena, &A, E); }

/* if / elif / else: the elifs are collected, then chained by pa_if */
%type elifs {NodeList}
%type else_block {NodeList}
if_stmt(A) ::= IF(K) named_expression(T) COLON block(B) elifs(E) else_block(O). {
    A = pa_if(ps, &K, T, B, E, O);
}
elifs(A) ::= .                                      { A = (NodeList){0}; }
elifs(A) ::= elifs(L) ELIF(K) named_expression(T) COLON block(B). {
    Node *n = pa_new(ps, N_IF, TBEG(K), LEND(B));
    n->u.if_.test = T;
    n->u.if_.body = B;
    A = L;
    ast_list_push(ps->arena, &A, n);
}
else_block(A) ::= .                                 { A = (NodeList){0}; }
else_block(A) ::= ELSE COLON block(B).              { A = B; }

while_stmt(A) ::= WHILE(K) named_expression(T) COLON block(B) else_block(O). {
    A = pa_new(ps, N_WHILE, TBEG(K), O.len ? LEND(O) : LEND(B));
    A->u.while_.test = T;
    A->u.while_.body = B;
    A->u.while_.orelse = O;
}

for_stmt(A) ::= FOR(K) targets(T) IN star_expressions(I) COLON block(B) else_block(O). {
    A = pa_new(ps, N_FOR, TBEG(K), O.len ? LEND(O) : LEND(B));
    pa_target(ps, T, CTX_STORE);
    A->u.for_.target = T;
    A->u.for_.iter = I;
    A->u.for_.body = B;
    A->u.for_.orelse = O;
}
for_stmt(A) ::= ASYNC(K) FOR targets(T) IN star_expressions(I) COLON block(B) else_block(O). {
    A = pa_new(ps, N_FOR, TBEG(K), O.len ? LEND(O) : LEND(B));
    pa_target(ps, T, CTX_STORE);
    A->u.for_.target = T;
    A->u.for_.iter = I;
    A->u.for_.body = B;
    A->u.for_.orelse = O;
    A->u.for_.is_async = true;
}

/* try: handlers, else, finally */
%type handlers {NodeList}
%type finally_block {NodeList}
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) else_block(O) finally_block(F). {
    A = pa_try(ps, &K, B, H, O, F);
}
try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F). {
    A = pa_try(ps, &K, B, (NodeList){0}, (NodeList){0}, F);
}
handlers(A) ::= handler(H).                         { A = pa_list1(ps, H); }
handlers(A) ::= handlers(L) handler(H).             { A = L; ast_list_push(ps->arena, &A, H); }
handler(A) ::= EXCEPT(K) COLON block(B).            {
    A = pa_new(ps, N_EXCEPTHANDLER, TBEG(K), LEND(B));
    A->u.handler.body = B;
}
handler(A) ::= EXCEPT(K) expression(T) COLON block(B). {
    A = pa_new(ps, N_EXCEPTHANDLER, TBEG(K), LEND(B));
    A->u.handler.type = T;
    A->u.handler.body = B;
}
handler(A) ::= EXCEPT(K) expression(T) AS NAME(N) COLON block(B). {
    A = pa_new(ps, N_EXCEPTHANDLER, TBEG(K), LEND(B));
    A->u.handler.type = T;
    A->u.handler.name = N.v.name;
    A->u.handler.body = B;
}
finally_block(A) ::= .                              { A = (NodeList){0}; }
finally_block(A) ::= FINALLY COLON block(B).        { A = B; }

/* with a as b, c:   and   with (a as b, c,): */
%type with_items {NodeList}
with_stmt(A) ::= with_head(H) with_items(I) COLON block(B).                     {
    A = pa_new(ps, N_WITH, BEG(H), LEND(B));
    A->u.with.items = I;
    A->u.with.body = B;
    A->u.with.is_async = H->u.with.is_async;
}
with_stmt(A) ::= with_head(H) WITH_LPAR with_items(I) RPAR COLON block(B).       {
    A = pa_new(ps, N_WITH, BEG(H), LEND(B));
    A->u.with.items = I;
    A->u.with.body = B;
    A->u.with.is_async = H->u.with.is_async;
}
with_stmt(A) ::= with_head(H) WITH_LPAR with_items(I) COMMA RPAR COLON block(B). {
    A = pa_new(ps, N_WITH, BEG(H), LEND(B));
    A->u.with.items = I;
    A->u.with.body = B;
    A->u.with.is_async = H->u.with.is_async;
}
/* the keyword(s), as an empty N_WITH holding the start and async flag */
with_head(A) ::= WITH(K).                           { A = pa_new(ps, N_WITH, TBEG(K), TEND(K)); }
with_head(A) ::= ASYNC(K) WITH.                     {
    A = pa_new(ps, N_WITH, TBEG(K), TEND(K));
    A->u.with.is_async = true;
}
with_items(A) ::= with_item(W).                     { A = pa_list1(ps, W); }
with_items(A) ::= with_items(L) COMMA with_item(W). { A = L; ast_list_push(ps->arena, &A, W); }
with_item(A) ::= expression(E).                     {
    A = pa_new(ps, N_WITHITEM, BEG(E), END(E));
    A->u.withitem.context_expr = E;
}
with_item(A) ::= expression(E) AS expression(T).    {
    A = pa_new(ps, N_WITHITEM, BEG(E), END(T));
    pa_target(ps, T, CTX_STORE);
    A->u.withitem.context_expr = E;
    A->u.withitem.optional_vars = T;
}

/* def and async def */
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR returns(R) COLON block(B). {
    A = pa_funcdef(ps, &K, &N, P, R, B, false);
}
funcdef(A) ::= ASYNC(K) DEF NAME(N) LPAR params(P) RPAR returns(R) COLON block(B). {
    A = pa_funcdef(ps, &K, &N, P, R, B, true);
}
returns(A) ::= .                                    { A = NULL; }
returns(A) ::= RARROW expression(E).                { A = E; }

/* parameters: a flat list of items, ordered and checked by pa_arguments */
%type param_list {ParamList *}
%type param {Param}
params(A) ::= .                                     { A = pa_arguments(ps, NULL, false); }
params(A) ::= param_list(L).                        { A = pa_arguments(ps, L, false); }
params(A) ::= param_list(L) COMMA.                  { A = pa_arguments(ps, L, false); }
param_list(A) ::= param(P).                         { A = pa_params_add(ps, NULL, P); }
param_list(A) ::= param_list(L) COMMA param(P).     { A = pa_params_add(ps, L, P); }
param(A) ::= NAME(N) annotation(T) default(D).      { A = pa_param(ps, P_NAME, &N, &N, T, D.value, D.eq); }
param(A) ::= SLASH(S).                              { A = pa_param(ps, P_SLASH, &S, NULL, NULL, NULL, NOPOS); }
param(A) ::= STAR(S).                               { A = pa_param(ps, P_STAR, &S, NULL, NULL, NULL, NOPOS); }
param(A) ::= STAR(S) NAME(N) annotation(T) default(D).       { A = pa_param(ps, P_VARARG, &S, &N, T, D.value, D.eq); }
param(A) ::= DOUBLESTAR(S) NAME(N) annotation(T) default(D). { A = pa_param(ps, P_KWARG, &S, &N, T, D.value, D.eq); }
annotation(A) ::= .                                 { A = NULL; }
annotation(A) ::= COLON expression(E).              { A = E; }
%include {
/* A default value and where its '=' was (for error positions). */
typedef struct { Node *value; Pos eq; } Default;
}
%type default {Default}
default(A) ::= .                                    { A.value = NULL; A.eq = NOPOS; }
default(A) ::= EQUAL(Q) expression(E).              { A.value = E; A.eq = TBEG(Q); }

/* class */
classdef(A) ::= CLASS(K) NAME(N) COLON block(B).    { A = pa_classdef(ps, &K, &N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON block(B). { A = pa_classdef(ps, &K, &N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) RPAR COLON block(B). { A = pa_classdef(ps, &K, &N, L, B); }

/* ======================================================================
 * Expressions, loosest binding first
 * ====================================================================== */

/* a, *b, c  -- a tuple unless it is one expression without a comma */
%type star_exprs_comma {NodeList}
star_expressions(A) ::= star_expression(E).         { A = E; }
star_expressions(A) ::= star_exprs_comma(L).        { A = pa_tuple(ps, L, BEG(L.items[0]), ps->prev_end); }
star_expressions(A) ::= star_exprs_comma(L) star_expression(E). {
    ast_list_push(ps->arena, &L, E);
    A = pa_tuple(ps, L, BEG(L.items[0]), END(E));
}
star_exprs_comma(A) ::= star_expression(E) COMMA.   { A = pa_list1(ps, E); }
star_exprs_comma(A) ::= star_exprs_comma(L) star_expression(E) COMMA. { A = L; ast_list_push(ps->arena, &A, E); }

star_expression(A) ::= STAR(S) bitwise_or(E).       {
    A = pa_new(ps, N_STARRED, TBEG(S), END(E));
    A->u.starred.value = E;
}
star_expression(A) ::= expression(E).               { A = E; }

/* elements of displays: named expressions or *starred */
star_named_expression(A) ::= STAR(S) bitwise_or(E). {
    A = pa_new(ps, N_STARRED, TBEG(S), END(E));
    A->u.starred.value = E;
}
star_named_expression(A) ::= named_expression(E).   { A = E; }

%type sne_comma {NodeList}
%type sne_list {NodeList}
sne_comma(A) ::= star_named_expression(E) COMMA.    { A = pa_list1(ps, E); }
sne_comma(A) ::= sne_comma(L) star_named_expression(E) COMMA. { A = L; ast_list_push(ps->arena, &A, E); }
sne_list(A) ::= star_named_expression(E).           { A = pa_list1(ps, E); }
sne_list(A) ::= sne_comma(L).                       { A = L; }
sne_list(A) ::= sne_comma(L) star_named_expression(E). { A = L; ast_list_push(ps->arena, &A, E); }

/* x := value (the target must be a name, checked by pa_walrus) */
named_expression(A) ::= expression(E).              { A = E; }
named_expression(A) ::= expression(T) COLONEQUAL expression(E). { A = pa_walrus(ps, T, E); }

/* conditional expressions and lambdas */
expression(A) ::= disjunction(E).                   { A = E; }
expression(A) ::= disjunction(B) IF disjunction(T) ELSE expression(O). {
    A = pa_new(ps, N_IFEXP, BEG(B), END(O));
    A->u.ifexp.test = T;
    A->u.ifexp.body = B;
    A->u.ifexp.orelse = O;
}
expression(A) ::= lambdef(E).                       { A = E; }

lambdef(A) ::= LAMBDA(K) lambda_params(P) COLON expression(E). {
    A = pa_new(ps, N_LAMBDA, TBEG(K), END(E));
    A->u.lambda.args = P;
    A->u.lambda.body = E;
}
%type lparam_list {ParamList *}
%type lparam {Param}
lambda_params(A) ::= .                              { A = pa_arguments(ps, NULL, true); }
lambda_params(A) ::= lparam_list(L).                { A = pa_arguments(ps, L, true); }
lambda_params(A) ::= lparam_list(L) COMMA.          { A = pa_arguments(ps, L, true); }
lparam_list(A) ::= lparam(P).                       { A = pa_params_add(ps, NULL, P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P).  { A = pa_params_add(ps, L, P); }
lparam(A) ::= NAME(N) default(D).                   { A = pa_param(ps, P_NAME, &N, &N, NULL, D.value, D.eq); }
lparam(A) ::= SLASH(S).                             { A = pa_param(ps, P_SLASH, &S, NULL, NULL, NULL, NOPOS); }
lparam(A) ::= STAR(S).                              { A = pa_param(ps, P_STAR, &S, NULL, NULL, NULL, NOPOS); }
lparam(A) ::= STAR(S) NAME(N) default(D).           { A = pa_param(ps, P_VARARG, &S, &N, NULL, D.value, D.eq); }
lparam(A) ::= DOUBLESTAR(S) NAME(N) default(D).     { A = pa_param(ps, P_KWARG, &S, &N, NULL, D.value, D.eq); }

/* or / and / not */
disjunction(A) ::= conjunction(E).                  { A = E; }
disjunction(A) ::= or_chain(E).                     { A = E; }
or_chain(A) ::= conjunction(L) OR conjunction(R).   { A = pa_boolop(ps, BOOL_OR, L, R); }
or_chain(A) ::= or_chain(L) OR conjunction(R).      { A = pa_boolop_more(ps, L, R); }
conjunction(A) ::= inversion(E).                    { A = E; }
conjunction(A) ::= and_chain(E).                    { A = E; }
and_chain(A) ::= inversion(L) AND inversion(R).     { A = pa_boolop(ps, BOOL_AND, L, R); }
and_chain(A) ::= and_chain(L) AND inversion(R).     { A = pa_boolop_more(ps, L, R); }
inversion(A) ::= NOT(K) inversion(E).               { A = pa_unary(ps, &K, UNARY_NOT, E); }
inversion(A) ::= comparison(E).                     { A = E; }

/* comparisons chain: a < b == c */
comparison(A) ::= bitwise_or(E).                    { A = E; }
comparison(A) ::= cmp_chain(E).                     { A = E; }
cmp_chain(A) ::= bitwise_or(L) comp_op(O) bitwise_or(R). { A = pa_compare(ps, L, (CompareKind)O, R); }
cmp_chain(A) ::= cmp_chain(L) comp_op(O) bitwise_or(R).  { A = pa_compare_more(ps, L, (CompareKind)O, R); }
%type comp_op {int}
comp_op(A) ::= EQEQUAL.                             { A = CMPX_EQ; }
comp_op(A) ::= NOTEQUAL.                            { A = CMPX_NE; }
comp_op(A) ::= LESS.                                { A = CMPX_LT; }
comp_op(A) ::= LESSEQUAL.                           { A = CMPX_LE; }
comp_op(A) ::= GREATER.                             { A = CMPX_GT; }
comp_op(A) ::= GREATEREQUAL.                        { A = CMPX_GE; }
comp_op(A) ::= IN.                                  { A = CMPX_IN; }
comp_op(A) ::= NOT IN.                              { A = CMPX_NOT_IN; }
comp_op(A) ::= IS.                                  { A = CMPX_IS; }
comp_op(A) ::= IS NOT.                              { A = CMPX_IS_NOT; }

/* binary operators, one level each */
bitwise_or(A) ::= bitwise_or(L) VBAR bitwise_xor(R).      { A = pa_binop(ps, L, BINOP_OR, R); }
bitwise_or(A) ::= bitwise_xor(E).                         { A = E; }
bitwise_xor(A) ::= bitwise_xor(L) CIRCUMFLEX bitwise_and(R). { A = pa_binop(ps, L, BINOP_XOR, R); }
bitwise_xor(A) ::= bitwise_and(E).                        { A = E; }
bitwise_and(A) ::= bitwise_and(L) AMPER shift_expr(R).    { A = pa_binop(ps, L, BINOP_AND, R); }
bitwise_and(A) ::= shift_expr(E).                         { A = E; }
shift_expr(A) ::= shift_expr(L) LEFTSHIFT sum(R).         { A = pa_binop(ps, L, BINOP_LSHIFT, R); }
shift_expr(A) ::= shift_expr(L) RIGHTSHIFT sum(R).        { A = pa_binop(ps, L, BINOP_RSHIFT, R); }
shift_expr(A) ::= sum(E).                                 { A = E; }
sum(A) ::= sum(L) PLUS term(R).                           { A = pa_binop(ps, L, BINOP_ADD, R); }
sum(A) ::= sum(L) MINUS term(R).                          { A = pa_binop(ps, L, BINOP_SUB, R); }
sum(A) ::= term(E).                                       { A = E; }
term(A) ::= term(L) STAR factor(R).                       { A = pa_binop(ps, L, BINOP_MUL, R); }
term(A) ::= term(L) SLASH factor(R).                      { A = pa_binop(ps, L, BINOP_TRUEDIV, R); }
term(A) ::= term(L) DOUBLESLASH factor(R).                { A = pa_binop(ps, L, BINOP_FLOORDIV, R); }
term(A) ::= term(L) PERCENT factor(R).                    { A = pa_binop(ps, L, BINOP_MOD, R); }
term(A) ::= term(L) AT factor(R).                         { A = pa_binop(ps, L, BINOP_MATMUL, R); }
term(A) ::= factor(E).                                    { A = E; }
factor(A) ::= PLUS(K) factor(E).                          { A = pa_unary(ps, &K, UNARY_POS, E); }
factor(A) ::= MINUS(K) factor(E).                         { A = pa_unary(ps, &K, UNARY_NEG, E); }
factor(A) ::= TILDE(K) factor(E).                         { A = pa_unary(ps, &K, UNARY_INVERT, E); }
factor(A) ::= power(E).                                   { A = E; }
power(A) ::= await_primary(L) DOUBLESTAR factor(R).       { A = pa_binop(ps, L, BINOP_POW, R); }
power(A) ::= await_primary(E).                            { A = E; }
await_primary(A) ::= AWAIT(K) primary(E).                 {
    A = pa_new(ps, N_AWAIT, TBEG(K), END(E));
    A->u.await.value = E;
}
await_primary(A) ::= primary(E).                          { A = E; }

/* attribute, call, subscript */
primary(A) ::= primary(V) DOT NAME(N).                    {
    A = pa_new(ps, N_ATTRIBUTE, BEG(V), TEND(N));
    A->u.attribute.value = V;
    A->u.attribute.attr = N.v.name;
}
primary(A) ::= primary(F) LPAR(L) RPAR(R).                { A = pa_call(ps, F, NULL, &L, &R); }
primary(A) ::= primary(F) LPAR(L) arglist(G) RPAR(R).     { A = pa_call(ps, F, G, &L, &R); }
primary(A) ::= primary(V) LSQB slices(S) RSQB(R).         {
    A = pa_new(ps, N_SUBSCRIPT, BEG(V), TEND(R));
    A->u.subscript.value = V;
    A->u.subscript.slice = S;
}
primary(A) ::= atom(E).                                   { A = E; }

/* call arguments, with an optional trailing comma */
%type arglist {ArgList *}
%type args {ArgList *}
arglist(A) ::= args(L).                                   { A = L; }
arglist(A) ::= args(L) COMMA.                             { A = L; }
args(A) ::= arg(X).                                       { A = pa_args_new(ps); pa_arg_add(ps, A, &X); }
args(A) ::= args(L) COMMA arg(X).                         { A = L; pa_arg_add(ps, A, &X); }
%include {
/* One call argument before it joins the list. */
typedef struct { int kind; Node *target, *value; Pos op; } CallArg;
enum { ARG_POS, ARG_GENEXP, ARG_STAR, ARG_KEYWORD, ARG_KWUNPACK };
static void pa_arg_add(ParseState *ps, ArgList *l, CallArg *a)
{
    switch (a->kind) {
    case ARG_POS: pa_arg_pos(ps, l, a->value); break;
    case ARG_GENEXP: pa_arg_genexp(ps, l, a->value); break;
    case ARG_STAR: pa_arg_star(ps, l, a->op, a->value); break;
    case ARG_KEYWORD: pa_arg_keyword(ps, l, a->target, a->op, a->value); break;
    default: pa_arg_kwunpack(ps, l, a->op, a->value); break;
    }
}
}
%type arg {CallArg}
arg(A) ::= named_expression(E).                           { A.kind = ARG_POS; A.value = E; }
arg(A) ::= named_expression(E) comp_fors(G).              {
    A.kind = ARG_GENEXP;
    A.value = pa_comp(ps, N_GENEXP, E, NULL, G, BEG(E), END(G.items[G.len - 1]));
}
arg(A) ::= STAR(S) expression(E).                         { A.kind = ARG_STAR; A.op = TBEG(S); A.value = E; }
arg(A) ::= expression(T) EQUAL(Q) expression(E).          { A.kind = ARG_KEYWORD; A.op = TBEG(Q); A.target = T; A.value = E; }
arg(A) ::= DOUBLESTAR(S) expression(E).                   { A.kind = ARG_KWUNPACK; A.op = TBEG(S); A.value = E; }

/* subscripts: one slice or expression, or a tuple of them */
%type slice_comma {NodeList}
slices(A) ::= slice(S).                                   {
    /* a[*b] subscripts with the tuple (*b,) */
    A = S->kind == N_STARRED ? pa_tuple(ps, pa_list1(ps, S), BEG(S), END(S)) : S;
}
slices(A) ::= slice_comma(L).                             { A = pa_tuple(ps, L, BEG(L.items[0]), ps->prev_end); }
slices(A) ::= slice_comma(L) slice(S).                    {
    ast_list_push(ps->arena, &L, S);
    A = pa_tuple(ps, L, BEG(L.items[0]), END(S));
}
slice_comma(A) ::= slice(S) COMMA.                        { A = pa_list1(ps, S); }
slice_comma(A) ::= slice_comma(L) slice(S) COMMA.         { A = L; ast_list_push(ps->arena, &A, S); }
slice(A) ::= named_expression(E).                         { A = E; }
slice(A) ::= STAR(S) bitwise_or(E).                       {
    A = pa_new(ps, N_STARRED, TBEG(S), END(E));
    A->u.starred.value = E;
}
slice(A) ::= slice_bound(L) COLON(C) slice_bound(U).      {
    A = pa_slice(ps, L, U, NULL, L ? BEG(L) : TBEG(C), U ? END(U) : TEND(C));
}
slice(A) ::= slice_bound(L) COLON(C) slice_bound(U) COLON(D) slice_bound(S). {
    A = pa_slice(ps, L, U, S, L ? BEG(L) : TBEG(C), S ? END(S) : TEND(D));
}
slice_bound(A) ::= .                                      { A = NULL; }
slice_bound(A) ::= expression(E).                         { A = E; }

/* ======================================================================
 * Atoms
 * ====================================================================== */

atom(A) ::= NAME(N).                                      { A = pa_name(ps, &N); }
atom(A) ::= NUMBER(N).                                    { A = pa_number(ps, &N); }
atom(A) ::= TRUE(K).                                      { A = pa_constant(ps, &K, CONST_TRUE); }
atom(A) ::= FALSE(K).                                     { A = pa_constant(ps, &K, CONST_FALSE); }
atom(A) ::= NONE(K).                                      { A = pa_constant(ps, &K, CONST_NONE); }
atom(A) ::= ELLIPSIS(K).                                  { A = pa_constant(ps, &K, CONST_ELLIPSIS); }
atom(A) ::= strings(L).                                   { A = pa_strings(ps, L); }

/* adjacent literals concatenate */
%type strings {TokList}
strings(A) ::= STRING(S).                                 { A = pa_toks_push(ps, (TokList){0}, &S); }
strings(A) ::= strings(L) STRING(S).                      { A = pa_toks_push(ps, L, &S); }

/* ( ... ): group, tuple, yield, generator expression */
atom(A) ::= LPAR(L) RPAR(R).                              { A = pa_tuple(ps, (NodeList){0}, TBEG(L), TEND(R)); pa_paren(ps, A, &L, &R); }
atom(A) ::= LPAR(L) star_named_expression(E) RPAR(R).     { A = pa_group(ps, E, &L, &R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).                { A = E; pa_paren(ps, A, &L, &R); }
atom(A) ::= LPAR(L) sne_comma(E) RPAR(R).                 { A = pa_tuple(ps, E, TBEG(L), TEND(R)); pa_paren(ps, A, &L, &R); }
atom(A) ::= LPAR(L) sne_comma(E) star_named_expression(X) RPAR(R). {
    ast_list_push(ps->arena, &E, X);
    A = pa_tuple(ps, E, TBEG(L), TEND(R));
    pa_paren(ps, A, &L, &R);
}
atom(A) ::= LPAR(L) named_expression(E) comp_fors(G) RPAR(R). {
    A = pa_comp(ps, N_GENEXP, E, NULL, G, TBEG(L), TEND(R));
    pa_paren(ps, A, &L, &R);
}

/* [ ... ]: list or list comprehension */
atom(A) ::= LSQB(L) RSQB(R).                              {
    A = pa_new(ps, N_LIST, TBEG(L), TEND(R));
}
atom(A) ::= LSQB(L) sne_list(E) RSQB(R).                  {
    A = pa_new(ps, N_LIST, TBEG(L), TEND(R));
    A->u.list.elts = E;
}
atom(A) ::= LSQB(L) named_expression(E) comp_fors(G) RSQB(R). {
    A = pa_comp(ps, N_LISTCOMP, E, NULL, G, TBEG(L), TEND(R));
}

/* { ... }: dict, set, and their comprehensions */
%type dict_items {DictItems}
%type dict_item {KeyValue}
atom(A) ::= LBRACE(L) RBRACE(R).                          { A = pa_new(ps, N_DICT, TBEG(L), TEND(R)); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).            {
    A = pa_new(ps, N_DICT, TBEG(L), TEND(R));
    A->u.dict.keys = D.keys;
    A->u.dict.values = D.values;
}
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R).      {
    A = pa_new(ps, N_DICT, TBEG(L), TEND(R));
    A->u.dict.keys = D.keys;
    A->u.dict.values = D.values;
}
atom(A) ::= LBRACE(L) sne_list(E) RBRACE(R).              {
    A = pa_new(ps, N_SET, TBEG(L), TEND(R));
    A->u.set.elts = E;
}
atom(A) ::= LBRACE(L) expression(K) COLON expression(V) comp_fors(G) RBRACE(R). {
    A = pa_comp(ps, N_DICTCOMP, K, V, G, TBEG(L), TEND(R));
}
atom(A) ::= LBRACE(L) named_expression(E) comp_fors(G) RBRACE(R). {
    A = pa_comp(ps, N_SETCOMP, E, NULL, G, TBEG(L), TEND(R));
}
dict_items(A) ::= dict_item(X).                           { A = pa_dict_add(ps, (DictItems){0}, X); }
dict_items(A) ::= dict_items(D) COMMA dict_item(X).       { A = pa_dict_add(ps, D, X); }
dict_item(A) ::= expression(K) COLON expression(V).       { A.key = K; A.value = V; }
dict_item(A) ::= DOUBLESTAR bitwise_or(V).                { A.key = NULL; A.value = V; }

/* for ... in ... if ... clauses */
%type comp_fors {NodeList}
%type comp_ifs {NodeList}
comp_fors(A) ::= comp_for(C).                             { A = pa_list1(ps, C); }
comp_fors(A) ::= comp_fors(L) comp_for(C).                { A = L; ast_list_push(ps->arena, &A, C); }
comp_for(A) ::= FOR(K) targets(T) IN disjunction(I) comp_ifs(F). {
    A = pa_comp_for(ps, &K, T, I, F, false);
}
comp_for(A) ::= ASYNC(K) FOR targets(T) IN disjunction(I) comp_ifs(F). {
    A = pa_comp_for(ps, &K, T, I, F, true);
}
comp_ifs(A) ::= .                                         { A = (NodeList){0}; }
comp_ifs(A) ::= comp_ifs(L) IF disjunction(C).            { A = L; ast_list_push(ps->arena, &A, C); }

/* for-loop targets: a, *b, c (checked by pa_target) */
%type target_comma {NodeList}
targets(A) ::= target_elt(E).                             { A = E; }
targets(A) ::= target_comma(L).                           { A = pa_tuple(ps, L, BEG(L.items[0]), ps->prev_end); }
targets(A) ::= target_comma(L) target_elt(E).             {
    ast_list_push(ps->arena, &L, E);
    A = pa_tuple(ps, L, BEG(L.items[0]), END(E));
}
target_comma(A) ::= target_elt(E) COMMA.                  { A = pa_list1(ps, E); }
target_comma(A) ::= target_comma(L) target_elt(E) COMMA.  { A = L; ast_list_push(ps->arena, &A, E); }
target_elt(A) ::= bitwise_or(E).                          { A = E; }
target_elt(A) ::= STAR(S) bitwise_or(E).                  {
    A = pa_new(ps, N_STARRED, TBEG(S), END(E));
    A->u.starred.value = E;
}

/* yield, yield x, yield from x */
yield_expr(A) ::= YIELD(K).                               { A = pa_new(ps, N_YIELD, TBEG(K), TEND(K)); }
yield_expr(A) ::= YIELD(K) star_expressions(E).           {
    A = pa_new(ps, N_YIELD, TBEG(K), END(E));
    A->u.yield.value = E;
}
yield_expr(A) ::= YIELD(K) FROM expression(E).            {
    A = pa_new(ps, N_YIELDFROM, TBEG(K), END(E));
    A->u.yieldfrom.value = E;
}

/* ======================================================================
 * Glue for the driver
 * ====================================================================== */

%code {
int ParseDepth(void *parser)
{
    yyParser *p = parser;
    return (int)(p->yytos - p->yystack);
}

/* Hands the error diagnosis a view of the stack: terminals with their
 * tokens, nonterminals with their Node (when they hold one). */
static void syntax_error_here(ParseState *ps, void *parser, int major, const Token *tok)
{
    yyParser *p = parser;
    int n = (int)(p->yytos - p->yystack);
    StackSym *syms = malloc(((size_t)n + 1) * sizeof *syms);
    if (!syms) abort();
    for (int i = 0; i < n; i++) {
        yyStackEntry *e = &p->yystack[i + 1];
        syms[i].major = e->major;
        syms[i].tok = NULL;
        syms[i].node = syms[i].last = NULL;
        if (e->major < YYNTOKEN) {
            syms[i].tok = &e->minor.yy0;
        } else {
            ps->probing = true;
            ps->probe = ps->probe_last = NULL;
            ps->probe_len = 0;
            yy_destructor(p, e->major, &e->minor);
            ps->probing = false;
            syms[i].node = ps->probe;
            syms[i].last = ps->probe_last;
            syms[i].len = ps->probe_len;
        }
    }
    pa_syntax_error(ps, syms, n, major, tok);
    free(syms);
}
}
