/*
 * parse.c -- source text to syntax tree: the driver around the lexer
 * (grammar/lexer.re) and the LALR parser (grammar/parser.y), the node
 * builders the grammar's actions call, and the choice of CPython's error
 * messages.
 *
 * The driver pulls tokens from the lexer and feeds the parser.  It keeps
 * the tokens of the current logical line, which lets it look ahead (to
 * tell `with (a as b):` from `with (a, b) as c:`) and lets the error
 * diagnosis look around the offending token.  After a syntax error found
 * by the parser it reads the rest of the input, because CPython reports
 * a tokenizer error anywhere in the file in preference to a syntax error.
 *
 * f-string replacement fields are parsed by a nested driver on the same
 * buffer (see field_expr), so their nodes carry file positions.
 *
 * Nothing here recurses on the input's nesting except that f-string
 * fields nest (bounded by the lexer's bracket limit), and the trees the
 * parser builds are checked against PARSE_MAX_DEPTH without recursion.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse_internal.h"
#include "oom.h"
#include "parser.h"

/* Entries on the LALR stack before we call the input too complex: about
 * ten per nesting level covers brackets and blocks at their limits. */
#define MAX_PARSER_STACK 10000

/* How far the driver and the error messages look ahead, in tokens. */
#define MAX_LOOKAHEAD 100000

static const char TOO_COMPLEX[] = "Parser stack overflowed - Python source too complex to parse";

/* ======================================================================
 * Positions, nodes, lists
 * ====================================================================== */

static Pos node_beg(const Node *n) { return (Pos){ n->line, n->col }; }
static Pos node_end(const Node *n) { return (Pos){ n->end_line, n->end_col }; }

static size_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 29;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 32);
}

static ParenSpan *paren_slot(ParseState *ps, const Node *n)
{
    size_t mask = ps->capparens - 1, i = ptr_hash(n) & mask;
    while (ps->parens[i].node && ps->parens[i].node != n) i = (i + 1) & mask;
    return &ps->parens[i];
}

static const ParenSpan *paren_find(ParseState *ps, const Node *n)
{
    if (!ps->capparens) return NULL;
    const ParenSpan *s = paren_slot(ps, n);
    return s->node ? s : NULL;
}

void pa_paren(ParseState *ps, Node *n, const Token *lpar, const Token *rpar)
{
    if ((ps->nparens + 1) * 2 > ps->capparens) {
        ParenSpan *old = ps->parens;
        size_t oldcap = ps->capparens;
        ps->capparens = oldcap ? oldcap * 2 : 64;
        ps->parens = calloc(ps->capparens, sizeof *ps->parens);
        if (!ps->parens) oom_exit("while parsing");
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].node) *paren_slot(ps, old[i].node) = old[i];
        free(old);
    }
    ParenSpan *s = paren_slot(ps, n);
    if (!s->node) ps->nparens++;
    s->node = n;
    s->beg = tok_begin(lpar);
    s->end = tok_end(rpar);
}

bool pa_is_paren(ParseState *ps, const Node *n) { return paren_find(ps, n) != NULL; }

Pos pa_begin(ParseState *ps, const Node *n)
{
    const ParenSpan *s = paren_find(ps, n);
    return s ? s->beg : (Pos){ n->line, n->col };
}

Pos pa_end(ParseState *ps, const Node *n)
{
    const ParenSpan *s = paren_find(ps, n);
    return s ? s->end : (Pos){ n->end_line, n->end_col };
}

Node *pa_new(ParseState *ps, NodeKind kind, Pos beg, Pos end)
{
    return ast_node(ps->arena, kind, beg.line, beg.col, end.line, end.col);
}

NodeList pa_list1(ParseState *ps, Node *n)
{
    NodeList l = {0};
    ast_list_push(ps->arena, &l, n);
    return l;
}

void pa_extend(ParseState *ps, NodeList *dst, NodeList src)
{
    for (int i = 0; i < src.len; i++) ast_list_push(ps->arena, dst, src.items[i]);
}

/* ======================================================================
 * Errors
 * ====================================================================== */

static void verror(ParseState *ps, const char *kind, Pos beg, Pos end, const char *fmt, va_list ap)
{
    if (ps->failed) return;
    ps->failed = true;
    ParseError *e = ps->err;
    e->kind = kind;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->line = beg.line;
    e->col = beg.col;
    e->end_line = end.line;
    e->end_col = end.col;
}

void pa_error(ParseState *ps, const char *kind, Pos beg, Pos end, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ps, kind, beg, end, fmt, ap);
    va_end(ap);
}

/* (at the node's own span: parentheses around it are not included) */
void pa_error_node(ParseState *ps, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ps, "SyntaxError", node_beg(n), node_end(n), fmt, ap);
    va_end(ap);
}

static void syntax_error(ParseState *ps, Pos beg, Pos end, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ps, "SyntaxError", beg, end, fmt, ap);
    va_end(ap);
}

const char *pa_expr_name(const Node *n)
{
    switch (n->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARYOP: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINEDSTR: case N_FORMATTEDVALUE: return "f-string expression";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    case N_CONSTANT:
        switch (n->u.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* ======================================================================
 * Atoms
 * ====================================================================== */

Node *pa_name(ParseState *ps, const Token *t)
{
    Node *n = pa_new(ps, N_NAME, TBEG(*t), TEND(*t));
    n->u.name.id = t->v.name;
    return n;
}

Node *pa_number(ParseState *ps, const Token *t)
{
    Node *n = pa_new(ps, N_CONSTANT, TBEG(*t), TEND(*t));
    size_t len = (size_t)(t->end - t->start);
    if (t->v.num == CONST_IMAG) len--;      /* drop the j */
    n->u.constant.kind = t->v.num;
    n->u.constant.text = arena_strndup(ps->arena, t->start, len);
    n->u.constant.len = len;
    return n;
}

Node *pa_constant(ParseState *ps, const Token *t, ConstKind kind)
{
    Node *n = pa_new(ps, N_CONSTANT, TBEG(*t), TEND(*t));
    n->u.constant.kind = kind;
    return n;
}

Node *pa_tuple(ParseState *ps, NodeList elts, Pos beg, Pos end)
{
    Node *n = pa_new(ps, N_TUPLE, beg, end);
    n->u.list.elts = elts;
    return n;
}

Node *pa_group(ParseState *ps, Node *inner, const Token *lpar, const Token *rpar)
{
    if (inner->kind == N_STARRED) pa_error_node(ps, inner, "cannot use starred expression here");
    pa_paren(ps, inner, lpar, rpar);
    return inner;
}

/* ---- strings and f-strings ---- */

TokList pa_toks_push(ParseState *ps, TokList l, const Token *t)
{
    if (l.len == l.cap) {
        int cap = l.cap ? l.cap * 2 : 4;
        Token *items = arena_alloc(ps->arena, (size_t)cap * sizeof *items);
        if (l.len) memcpy(items, l.items, (size_t)l.len * sizeof *items);
        l.items = items;
        l.cap = cap;
    }
    l.items[l.len++] = *t;
    return l;
}

/* Literal text waiting to become an N_CONSTANT part of a JoinedStr. */
typedef struct {
    char *p;
    size_t len, cap;
    Pos beg, end;
} Pending;

static void pending_add(Pending *b, const char *s, size_t n, Pos beg, Pos end)
{
    if (!n) return;
    if (b->len == 0) b->beg = beg;
    b->end = end;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) oom_exit("while parsing");
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static Node *str_constant(ParseState *ps, const char *s, size_t n, Pos beg, Pos end)
{
    Node *c = pa_new(ps, N_CONSTANT, beg, end);
    c->u.constant.kind = CONST_STR;
    c->u.constant.text = arena_strndup(ps->arena, s ? s : "", n);
    c->u.constant.len = n;
    return c;
}

static void pending_flush(ParseState *ps, Pending *b, NodeList *values)
{
    if (!b->len) return;
    ast_list_push(ps->arena, values, str_constant(ps, b->p, b->len, b->beg, b->end));
    b->len = 0;
}

static Node *field_expr(ParseState *ps, const FPart *f);

static Pos part_beg(const FPart *f) { return (Pos){ f->line, f->col }; }
static Pos part_end(const FPart *f) { return (Pos){ f->end_line, f->end_col }; }

/* Adds the parts of an f-string (or of a format spec) to values. */
static void fstring_parts(ParseState *ps, const FPart *f, Pending *pend, NodeList *values)
{
    for (; f && !ps->failed; f = f->next) {
        if (!f->is_field) {
            pending_add(pend, f->text, f->len, part_beg(f), part_end(f));
            continue;
        }
        if (f->debug) {
            /* the text is where the expression is */
            Pos db = { f->expr_line, (int)(f->expr - f->expr_line_start) };
            Pos de = { db.line, db.col + (int)f->debug_len };
            pending_add(pend, f->debug, f->debug_len, db, de);
        }
        pending_flush(ps, pend, values);
        Node *v = field_expr(ps, f);
        if (!v) return;
        Node *fv = pa_new(ps, N_FORMATTEDVALUE, part_beg(f), part_end(f));
        fv->u.formatted.value = v;
        fv->u.formatted.conversion = f->conversion;
        /* f'{x=}' shows the repr unless a conversion or a spec is given */
        if (f->debug && f->conversion < 0 && !f->has_spec) fv->u.formatted.conversion = 'r';
        if (f->has_spec) {
            Pos sb = { f->spec_line, f->spec_col }, se = { f->spec_end_line, f->spec_end_col };
            Node *spec = pa_new(ps, N_JOINEDSTR, sb, se);
            Pending sp = {0};
            fstring_parts(ps, f->spec, &sp, &spec->u.joinedstr.values);
            pending_flush(ps, &sp, &spec->u.joinedstr.values);
            free(sp.p);
            fv->u.formatted.format_spec = spec;
        }
        ast_list_push(ps->arena, values, fv);
    }
}

Node *pa_strings(ParseState *ps, TokList l)
{
    Pos beg = TBEG(l.items[0]), end = TEND(l.items[l.len - 1]);
    bool any_bytes = false, any_str = false, any_f = false;
    for (int i = 0; i < l.len; i++) {
        StrKind k = l.items[i].v.str->kind;
        if (k == STR_BYTES) any_bytes = true;
        else any_str = true;
        if (k == STR_F) any_f = true;
    }
    if (any_bytes && any_str) {
        /* CPython points just past the literals */
        syntax_error(ps, end, end, "cannot mix bytes and nonbytes literals");
        return pa_new(ps, N_CONSTANT, beg, end);
    }
    if (!any_f) {
        size_t total = 0;
        for (int i = 0; i < l.len; i++) total += l.items[i].v.str->len;
        Node *n = pa_new(ps, N_CONSTANT, beg, end);
        n->u.constant.kind = any_bytes ? CONST_BYTES : CONST_STR;
        if (l.len == 1) {
            n->u.constant.text = l.items[0].v.str->text;
        } else {
            char *p = arena_alloc(ps->arena, total + 1);
            size_t off = 0;
            for (int i = 0; i < l.len; i++) {
                memcpy(p + off, l.items[i].v.str->text, l.items[i].v.str->len);
                off += l.items[i].v.str->len;
            }
            n->u.constant.text = p;
        }
        n->u.constant.len = total;
        return n;
    }
    Node *j = pa_new(ps, N_JOINEDSTR, beg, end);
    Pending pend = {0};
    for (int i = 0; i < l.len && !ps->failed; i++) {
        const StrLit *s = l.items[i].v.str;
        if (s->kind == STR_F) fstring_parts(ps, s->parts, &pend, &j->u.joinedstr.values);
        else pending_add(&pend, s->text, s->len, TBEG(l.items[i]), TEND(l.items[i]));
    }
    pending_flush(ps, &pend, &j->u.joinedstr.values);
    free(pend.p);
    return j;
}

/* ======================================================================
 * Operators
 * ====================================================================== */

Node *pa_binop(ParseState *ps, Node *l, BinOp op, Node *r)
{
    Node *n = pa_new(ps, N_BINOP, BEG(l), END(r));
    n->u.binop.left = l;
    n->u.binop.op = op;
    n->u.binop.right = r;
    return n;
}

Node *pa_unary(ParseState *ps, const Token *op, UnaryKind kind, Node *operand)
{
    Node *n = pa_new(ps, N_UNARYOP, TBEG(*op), END(operand));
    n->u.unaryop.op = kind;
    n->u.unaryop.operand = operand;
    return n;
}

Node *pa_boolop(ParseState *ps, BoolOpKind op, Node *l, Node *r)
{
    Node *n = pa_new(ps, N_BOOLOP, BEG(l), END(r));
    n->u.boolop.op = op;
    ast_list_push(ps->arena, &n->u.boolop.values, l);
    ast_list_push(ps->arena, &n->u.boolop.values, r);
    return n;
}

Node *pa_boolop_more(ParseState *ps, Node *chain, Node *r)
{
    ast_list_push(ps->arena, &chain->u.boolop.values, r);
    Pos e = END(r);
    chain->end_line = e.line;
    chain->end_col = e.col;
    return chain;
}

/* The operators live in an array beside the comparators; both grow at
 * powers of two, like NodeList. */
static void compare_push(ParseState *ps, Node *n, CompareKind op, Node *r)
{
    int len = n->u.compare.comparators.len;
    if ((len & (len - 1)) == 0) {
        CompareKind *ops = arena_alloc(ps->arena, (size_t)(len ? len * 2 : 1) * sizeof *ops);
        if (len) memcpy(ops, n->u.compare.ops, (size_t)len * sizeof *ops);
        n->u.compare.ops = ops;
    }
    n->u.compare.ops[len] = op;
    ast_list_push(ps->arena, &n->u.compare.comparators, r);
}

Node *pa_compare(ParseState *ps, Node *l, CompareKind op, Node *r)
{
    Node *n = pa_new(ps, N_COMPARE, BEG(l), END(r));
    n->u.compare.left = l;
    compare_push(ps, n, op, r);
    return n;
}

Node *pa_compare_more(ParseState *ps, Node *chain, CompareKind op, Node *r)
{
    compare_push(ps, chain, op, r);
    Pos e = END(r);
    chain->end_line = e.line;
    chain->end_col = e.col;
    return chain;
}

Node *pa_walrus(ParseState *ps, Node *target, Node *value)
{
    if (target->kind != N_NAME || pa_is_paren(ps, target)) {
        pa_error_node(ps, target, "cannot use assignment expressions with %s", pa_expr_name(target));
        return target;
    }
    target->u.name.ctx = CTX_STORE;
    Node *n = pa_new(ps, N_NAMEDEXPR, BEG(target), END(value));
    n->u.namedexpr.target = target;
    n->u.namedexpr.value = value;
    return n;
}

/* ======================================================================
 * Calls and subscripts
 * ====================================================================== */

ArgList *pa_args_new(ParseState *ps)
{
    return arena_alloc(ps->arena, sizeof(ArgList));
}

/* A generator expression argument must be the only argument. */
static bool genexp_alone(ParseState *ps, ArgList *l)
{
    if (l->genexp) {
        pa_error_node(ps, l->genexp, "Generator expression must be parenthesized");
        return false;
    }
    return true;
}

void pa_arg_pos(ParseState *ps, ArgList *l, Node *value)
{
    if (!genexp_alone(ps, l)) return;
    /* (CPython reports these at the token after the argument) */
    Pos at = TBEG(ps->lookahead), after = TEND(ps->lookahead);
    if (l->after_kwunpack)
        syntax_error(ps, at, after, "positional argument follows keyword argument unpacking");
    else if (l->after_kw)
        syntax_error(ps, at, after, "positional argument follows keyword argument");
    ast_list_push(ps->arena, &l->args, value);
    l->last = value;
    l->count++;
}

void pa_arg_genexp(ParseState *ps, ArgList *l, Node *genexp)
{
    if (l->count > 0) {
        pa_error_node(ps, genexp, "Generator expression must be parenthesized");
        return;
    }
    l->genexp = genexp;
    ast_list_push(ps->arena, &l->args, genexp);
    l->last = genexp;
    l->count++;
}

void pa_arg_star(ParseState *ps, ArgList *l, Pos star, Node *value)
{
    if (!genexp_alone(ps, l)) return;
    Node *n = pa_new(ps, N_STARRED, star, END(value));
    n->u.starred.value = value;
    if (l->after_kwunpack)
        syntax_error(ps, star, (Pos){ star.line, star.col + 1 },
                     "iterable argument unpacking follows keyword argument unpacking");
    ast_list_push(ps->arena, &l->args, n);
    l->last = value;
    l->count++;
}

void pa_arg_keyword(ParseState *ps, ArgList *l, Node *target, Pos eq, Node *value)
{
    if (!genexp_alone(ps, l)) return;
    Pos eq_end = { eq.line, eq.col + 1 };
    if (target->kind == N_CONSTANT && target->u.constant.kind <= CONST_FALSE && !pa_is_paren(ps, target)) {
        syntax_error(ps, BEG(target), eq_end, "cannot assign to %s", pa_expr_name(target));
        return;
    }
    if (target->kind != N_NAME || pa_is_paren(ps, target)) {
        syntax_error(ps, BEG(target), eq_end, "expression cannot contain assignment, perhaps you meant \"==\"?");
        return;
    }
    Node *k = pa_new(ps, N_KEYWORD, BEG(target), END(value));
    k->u.keyword.arg = target->u.name.id;
    k->u.keyword.value = value;
    ast_list_push(ps->arena, &l->keywords, k);
    l->after_kw = true;
    l->last = value;
    l->count++;
}

void pa_arg_kwunpack(ParseState *ps, ArgList *l, Pos stars, Node *value)
{
    if (!genexp_alone(ps, l)) return;
    Node *k = pa_new(ps, N_KEYWORD, stars, END(value));
    k->u.keyword.value = value;
    ast_list_push(ps->arena, &l->keywords, k);
    l->after_kwunpack = true;
    l->last = value;
    l->count++;
}

Node *pa_call(ParseState *ps, Node *func, ArgList *args, const Token *lpar, const Token *rpar)
{
    Node *n = pa_new(ps, N_CALL, BEG(func), TEND(*rpar));
    n->u.call.func = func;
    if (args) {
        n->u.call.args = args->args;
        n->u.call.keywords = args->keywords;
        /* f(x for x in y): the call's parentheses are the generator's */
        if (args->genexp) {
            Node *g = args->genexp;
            g->line = lpar->line;
            g->col = lpar->col;
            g->end_line = rpar->end_line;
            g->end_col = rpar->end_col;
        }
    }
    return n;
}

Node *pa_slice(ParseState *ps, Node *lower, Node *upper, Node *step, Pos beg, Pos end)
{
    Node *n = pa_new(ps, N_SLICE, beg, end);
    n->u.slice.lower = lower;
    n->u.slice.upper = upper;
    n->u.slice.step = step;
    return n;
}

/* ======================================================================
 * Comprehensions and displays
 * ====================================================================== */

Node *pa_comp_for(ParseState *ps, const Token *first, Node *target, Node *iter, NodeList ifs, bool is_async)
{
    Node *n = pa_new(ps, N_COMPREHENSION, TBEG(*first), ifs.len ? LEND(ifs) : END(iter));
    pa_target(ps, target, CTX_STORE);
    n->u.comprehension.target = target;
    n->u.comprehension.iter = iter;
    n->u.comprehension.ifs = ifs;
    n->u.comprehension.is_async = is_async;
    return n;
}

Node *pa_comp(ParseState *ps, NodeKind kind, Node *elt, Node *value, NodeList gens, Pos beg, Pos end)
{
    Node *n = pa_new(ps, kind, beg, end);
    if (kind == N_DICTCOMP) {
        n->u.comp.key = elt;
        n->u.comp.value = value;
    } else {
        n->u.comp.elt = elt;
    }
    n->u.comp.generators = gens;
    return n;
}

DictItems pa_dict_add(ParseState *ps, DictItems d, KeyValue kv)
{
    ast_list_push(ps->arena, &d.keys, kv.key);
    ast_list_push(ps->arena, &d.values, kv.value);
    return d;
}

/* ======================================================================
 * Parameters
 * ====================================================================== */

Param pa_param(ParseState *ps, ParamKind kind, const Token *first, const Token *name, Node *annotation,
               Node *deflt, Pos eq)
{
    Param p = { kind, NULL, deflt, TBEG(*first), TEND(*first), eq };
    if (name) {
        Node *a = pa_new(ps, N_ARG, TBEG(*name), annotation ? END(annotation) : TEND(*name));
        a->u.arg.name = name->v.name;
        a->u.arg.annotation = annotation;
        p.arg = a;
        p.end = TEND(*name);
    }
    return p;
}

ParamList *pa_params_add(ParseState *ps, ParamList *l, Param p)
{
    if (!l) l = arena_alloc(ps->arena, sizeof *l);
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        Param *items = arena_alloc(ps->arena, (size_t)cap * sizeof *items);
        if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = p;
    return l;
}

static void param_error(ParseState *ps, Pos at, const char *msg)
{
    syntax_error(ps, at, (Pos){ at.line, at.col + 1 }, "%s", msg);
}

/* Orders the parameter items into an N_ARGUMENTS node, with CPython's
 * messages for items out of order. */
Node *pa_arguments(ParseState *ps, ParamList *l, bool lambda)
{
    Node *n = pa_new(ps, N_ARGUMENTS, NOPOS, NOPOS);
    if (!l) return n;
    bool star = false, slash = false, kwarg = false, with_default = false;
    const Param *bare = NULL, *after_bare = NULL;
    NodeList *pos = &n->u.arguments.args;
    for (int i = 0; i < l->len && !ps->failed; i++) {
        const Param *p = &l->items[i];
        if (kwarg) {
            param_error(ps, p->beg, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (p->kind) {
        case P_NAME:
            if (star) {
                ast_list_push(ps->arena, &n->u.arguments.kwonlyargs, p->arg);
                ast_list_push(ps->arena, &n->u.arguments.kw_defaults, p->deflt);
                bare = NULL;
                break;
            }
            if (p->deflt) {
                with_default = true;
                ast_list_push(ps->arena, &n->u.arguments.defaults, p->deflt);
            } else if (with_default) {
                param_error(ps, p->beg, "parameter without a default follows parameter with a default");
            }
            ast_list_push(ps->arena, pos, p->arg);
            break;
        case P_SLASH:
            if (star) param_error(ps, p->beg, "/ must be ahead of *");
            else if (slash) param_error(ps, p->beg, "/ may appear only once");
            else if (pos->len == 0 && i + 1 == l->len) param_error(ps, p->beg, "invalid syntax");
            else if (pos->len == 0) param_error(ps, p->beg, "at least one argument must precede /");
            slash = true;
            n->u.arguments.posonlyargs = *pos;
            *pos = (NodeList){0};
            break;
        case P_STAR:
        case P_VARARG:
            if (star) {
                param_error(ps, p->beg, "* argument may appear only once");
                break;
            }
            star = true;
            if (p->kind == P_STAR) {
                bare = p;
            } else if (p->deflt) {
                param_error(ps, p->eq, "var-positional argument cannot have default value");
            } else {
                n->u.arguments.vararg = p->arg;
            }
            break;
        case P_KWARG:
            if (bare) after_bare = p;
            if (p->deflt) param_error(ps, p->eq, "var-keyword argument cannot have default value");
            n->u.arguments.kwarg = p->arg;
            kwarg = true;
            break;
        }
    }
    if (bare && !ps->failed) {
        /* a lambda's error is at what follows the '*' (as CPython) */
        if (!lambda) param_error(ps, bare->beg, "named arguments must follow bare *");
        else if (after_bare) syntax_error(ps, after_bare->beg, (Pos){ after_bare->beg.line, after_bare->beg.col + 2 },
                                          "named arguments must follow bare *");
        else syntax_error(ps, TBEG(ps->lookahead), TEND(ps->lookahead), "named arguments must follow bare *");
    }
    return n;
}

/* ======================================================================
 * Targets and assignments
 * ====================================================================== */

/* The first node under n that cannot be a target, or NULL. */
static const Node *invalid_target(const Node *n, ExprContext ctx)
{
    switch (n->kind) {
    case N_NAME: case N_ATTRIBUTE: case N_SUBSCRIPT:
        return NULL;
    case N_STARRED:
        return ctx == CTX_DEL ? n : invalid_target(n->u.starred.value, ctx);
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < n->u.list.elts.len; i++) {
            const Node *bad = invalid_target(n->u.list.elts.items[i], ctx);
            if (bad) return bad;
        }
        return NULL;
    default:
        return n;
    }
}

static void set_ctx(Node *n, ExprContext ctx)
{
    switch (n->kind) {
    case N_NAME: n->u.name.ctx = ctx; break;
    case N_ATTRIBUTE: n->u.attribute.ctx = ctx; break;
    case N_SUBSCRIPT: n->u.subscript.ctx = ctx; break;
    case N_STARRED:
        n->u.starred.ctx = ctx;
        set_ctx(n->u.starred.value, ctx);
        break;
    case N_TUPLE: case N_LIST:
        n->u.list.ctx = ctx;
        for (int i = 0; i < n->u.list.elts.len; i++) set_ctx(n->u.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Checks the starred parts of an assignment target. */
static void check_starred(ParseState *ps, const Node *n)
{
    if (n->kind == N_STARRED) {
        pa_error_node(ps, n, "starred assignment target must be in a list or tuple");
        return;
    }
    if (n->kind != N_TUPLE && n->kind != N_LIST) return;
    int stars = 0;
    for (int i = 0; i < n->u.list.elts.len; i++) {
        const Node *e = n->u.list.elts.items[i];
        if (e->kind == N_STARRED) {
            if (++stars > 1) {
                pa_error_node(ps, n, "multiple starred expressions in assignment");
                return;
            }
            e = e->u.starred.value;
        }
        check_starred(ps, e);
    }
}

bool pa_target(ParseState *ps, Node *n, ExprContext ctx)
{
    const Node *bad = invalid_target(n, ctx);
    if (bad) {
        pa_error_node(ps, bad, ctx == CTX_DEL ? "cannot delete %s" : "cannot assign to %s", pa_expr_name(bad));
        return false;
    }
    set_ctx(n, ctx);
    if (ctx == CTX_STORE) check_starred(ps, n);
    return !ps->failed;
}

/* bitwise_or in CPython's grammar: what may stand on either side of '='
 * in its "Maybe you meant '=='" rule. */
static bool is_bitwise_or(ParseState *ps, const Node *n)
{
    if (pa_is_paren(ps, n)) return true;
    switch (n->kind) {
    case N_TUPLE: case N_COMPARE: case N_BOOLOP: case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR:
    case N_STARRED: case N_YIELD: case N_YIELDFROM:
        return false;
    case N_UNARYOP:
        return n->u.unaryop.op != UNARY_NOT;
    default:
        return true;
    }
}

/* Whether n, parsed from the left, starts with a bitwise_or followed by
 * something other than '=' (when n is itself followed by '='). */
static bool leading_operand(ParseState *ps, const Node *n, bool before_eq)
{
    while (!pa_is_paren(ps, n)) {
        if (n->kind == N_TUPLE && n->u.list.elts.len) n = n->u.list.elts.items[0];
        else if (n->kind == N_COMPARE) n = n->u.compare.left;
        else if (n->kind == N_BOOLOP) n = n->u.boolop.values.items[0];
        else if (n->kind == N_IFEXP) n = n->u.ifexp.body;
        else break;
        before_eq = false;
    }
    return is_bitwise_or(ps, n) && !before_eq;
}

/* CPython reports `f() = 1` as "cannot assign to function call here.
 * Maybe you meant '==' instead of '='?": the last element of the first
 * target, when one '=' would make sense as '=='. */
static bool maybe_meant_eq(ParseState *ps, NodeList targets, Node *value)
{
    Node *first = targets.items[0];
    const Node *e = first;
    if (first->kind == N_TUPLE && !pa_is_paren(ps, first)) {
        if (!first->u.list.elts.len) return false;
        e = first->u.list.elts.items[first->u.list.elts.len - 1];
        /* a trailing comma puts ',' between the element and '=' */
        if (END(e).line != first->end_line || END(e).col != first->end_col) return false;
    }
    const Node *next = targets.len > 1 ? targets.items[1] : value;
    if (!leading_operand(ps, next, targets.len > 1)) return false;
    if (e->kind == N_NAME && !pa_is_paren(ps, e)) {
        syntax_error(ps, BEG(e), END(next), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    bool excluded = e->kind == N_LIST || e->kind == N_GENEXP ||
                    (e->kind == N_TUPLE && pa_is_paren(ps, e)) ||
                    (e->kind == N_CONSTANT && e->u.constant.kind <= CONST_FALSE);
    if (excluded || !is_bitwise_or(ps, e)) return false;
    pa_error_node(ps, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", pa_expr_name(e));
    return true;
}

Node *pa_assign(ParseState *ps, NodeList targets, Node *value)
{
    Node *n = pa_new(ps, N_ASSIGN, BEG(targets.items[0]), END(value));
    n->u.assign.targets = targets;
    n->u.assign.value = value;
    bool bad = false;
    for (int i = 0; i < targets.len && !bad; i++) {
        const Node *t = targets.items[i];
        bad = ((t->kind == N_YIELD || t->kind == N_YIELDFROM) && !pa_is_paren(ps, t)) ||
              invalid_target(t, CTX_STORE) != NULL;
    }
    if (bad && maybe_meant_eq(ps, targets, value)) return n;
    for (int i = 0; i < targets.len && !ps->failed; i++) {
        Node *t = targets.items[i];
        if ((t->kind == N_YIELD || t->kind == N_YIELDFROM) && !pa_is_paren(ps, t))
            pa_error_node(ps, t, "assignment to yield expression not possible");
        else
            pa_target(ps, t, CTX_STORE);
    }
    return n;
}

Node *pa_augassign(ParseState *ps, Node *target, BinOp op, Node *value)
{
    Node *n = pa_new(ps, N_AUGASSIGN, BEG(target), END(value));
    if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT)
        pa_error_node(ps, target, "'%s' is an illegal expression for augmented assignment", pa_expr_name(target));
    set_ctx(target, CTX_STORE);
    n->u.augassign.target = target;
    n->u.augassign.op = op;
    n->u.augassign.value = value;
    return n;
}

Node *pa_annassign(ParseState *ps, Node *target, Node *annotation, Node *value)
{
    Node *n = pa_new(ps, N_ANNASSIGN, BEG(target), END(value ? value : annotation));
    bool paren = pa_is_paren(ps, target);
    if (target->kind == N_TUPLE && !paren)
        pa_error_node(ps, target->u.list.elts.items[0], "only single target (not tuple) can be annotated");
    else if (target->kind == N_TUPLE || target->kind == N_LIST)
        pa_error_node(ps, target, "only single target (not %s) can be annotated", pa_expr_name(target));
    else if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT)
        pa_error_node(ps, target, "illegal target for annotation");
    set_ctx(target, CTX_STORE);
    n->u.annassign.target = target;
    n->u.annassign.annotation = annotation;
    n->u.annassign.value = value;
    n->u.annassign.simple = target->kind == N_NAME && !paren;
    return n;
}

Node *pa_delete(ParseState *ps, const Token *kw, NodeList targets)
{
    Node *n = pa_new(ps, N_DELETE, TBEG(*kw), LEND(targets));
    for (int i = 0; i < targets.len && !ps->failed; i++) pa_target(ps, targets.items[i], CTX_DEL);
    n->u.del.targets = targets;
    return n;
}

/* ======================================================================
 * Compound statements
 * ====================================================================== */

Node *pa_if(ParseState *ps, const Token *kw, Node *test, NodeList body, NodeList elifs, NodeList orelse)
{
    /* chain the elifs from the last: each one's else is the next one */
    NodeList tail = orelse;
    for (int i = elifs.len - 1; i >= 0; i--) {
        Node *e = elifs.items[i];
        e->u.if_.orelse = tail;
        if (tail.len) {
            Pos end = LEND(tail);
            e->end_line = end.line;
            e->end_col = end.col;
        }
        tail = pa_list1(ps, e);
    }
    Node *n = pa_new(ps, N_IF, TBEG(*kw), tail.len ? LEND(tail) : LEND(body));
    n->u.if_.test = test;
    n->u.if_.body = body;
    n->u.if_.orelse = tail;
    return n;
}

Node *pa_try(ParseState *ps, const Token *kw, NodeList body, NodeList handlers, NodeList orelse,
             NodeList finalbody)
{
    for (int i = 0; i + 1 < handlers.len; i++)
        if (!handlers.items[i]->u.handler.type) {
            pa_error_node(ps, handlers.items[i], "default 'except:' must be last");
            break;
        }
    Pos end = finalbody.len ? LEND(finalbody) : orelse.len ? LEND(orelse)
            : handlers.len ? LEND(handlers) : LEND(body);
    Node *n = pa_new(ps, N_TRY, TBEG(*kw), end);
    n->u.try_.body = body;
    n->u.try_.handlers = handlers;
    n->u.try_.orelse = orelse;
    n->u.try_.finalbody = finalbody;
    return n;
}

Node *pa_funcdef(ParseState *ps, const Token *kw, const Token *name, Node *args, Node *returns,
                 NodeList body, bool is_async)
{
    Node *n = pa_new(ps, N_FUNCTIONDEF, TBEG(*kw), LEND(body));
    n->u.funcdef.name = name->v.name;
    n->u.funcdef.args = args;
    n->u.funcdef.returns = returns;
    n->u.funcdef.body = body;
    n->u.funcdef.is_async = is_async;
    return n;
}

Node *pa_classdef(ParseState *ps, const Token *kw, const Token *name, ArgList *bases, NodeList body)
{
    Node *n = pa_new(ps, N_CLASSDEF, TBEG(*kw), LEND(body));
    n->u.classdef.name = name->v.name;
    if (bases) {
        n->u.classdef.bases = bases->args;
        n->u.classdef.keywords = bases->keywords;
    }
    n->u.classdef.body = body;
    return n;
}

Node *pa_decorated(ParseState *ps, NodeList decorators, Node *def)
{
    (void)ps;
    if (def->kind == N_FUNCTIONDEF) def->u.funcdef.decorators = decorators;
    else def->u.classdef.decorators = decorators;
    return def;
}

/* ======================================================================
 * Other statements
 * ====================================================================== */

Node *pa_global(ParseState *ps, NodeKind kind, const Token *kw, NodeList names)
{
    Node *n = pa_new(ps, kind, TBEG(*kw), LEND(names));
    const char **ids = arena_alloc(ps->arena, (size_t)names.len * sizeof *ids);
    for (int i = 0; i < names.len; i++) ids[i] = names.items[i]->u.name.id;
    n->u.global.names = ids;
    n->u.global.len = names.len;
    return n;
}

Node *pa_dotted(ParseState *ps, Node *left, const Token *name)
{
    size_t a = strlen(left->u.name.id), b = strlen(name->v.name);
    char *id = arena_alloc(ps->arena, a + b + 2);
    memcpy(id, left->u.name.id, a);
    id[a] = '.';
    memcpy(id + a + 1, name->v.name, b + 1);
    Node *n = pa_new(ps, N_NAME, BEG(left), TEND(*name));
    n->u.name.id = id;
    return n;
}

Node *pa_alias(ParseState *ps, Node *name, const Token *asname)
{
    Node *n = pa_new(ps, N_ALIAS, BEG(name), asname ? TEND(*asname) : END(name));
    n->u.alias.name = name->u.name.id;
    n->u.alias.asname = asname ? asname->v.name : NULL;
    return n;
}

Node *pa_importfrom(ParseState *ps, const Token *kw, int level, Node *module, NodeList names, Pos end)
{
    Node *n = pa_new(ps, N_IMPORTFROM, TBEG(*kw), end);
    n->u.importfrom.module = module ? module->u.name.id : NULL;
    n->u.importfrom.names = names;
    n->u.importfrom.level = level;
    return n;
}

Node *pa_module(ParseState *ps, NodeList body)
{
    Node *n = pa_new(ps, N_MODULE, (Pos){ 1, 0 }, body.len ? LEND(body) : (Pos){ 1, 0 });
    n->u.module.body = body;
    return n;
}

/* ======================================================================
 * The driver
 * ====================================================================== */

/* The token at index i of the current line's history, lexing as needed. */
static Token *tok_at(ParseState *ps, int i)
{
    while (ps->nline <= i) {
        if (ps->nline) {
            int last = ps->line_toks[ps->nline - 1].type;
            if (last == 0 || last == TOK_FAIL) return &ps->line_toks[ps->nline - 1];
        }
        if (ps->nline == ps->capline) {
            ps->capline = ps->capline ? ps->capline * 2 : 64;
            ps->line_toks = realloc(ps->line_toks, (size_t)ps->capline * sizeof *ps->line_toks);
            if (!ps->line_toks) oom_exit("while parsing");
        }
        lexer_next(ps->lx, &ps->line_toks[ps->nline++]);
    }
    return &ps->line_toks[i];
}

static bool is_open(int type) { return type == T_LPAR || type == T_LSQB || type == T_LBRACE || type == T_WITH_LPAR; }
static bool is_close(int type) { return type == T_RPAR || type == T_RSQB || type == T_RBRACE; }

/* A NEWLINE reached the parser: the history restarts with what was
 * looked ahead. */
static void end_line(ParseState *ps)
{
    int keep = ps->nline - ps->shifted;
    memmove(ps->line_toks, ps->line_toks + ps->shifted, (size_t)keep * sizeof *ps->line_toks);
    ps->nline = keep;
    ps->shifted = 0;
    ps->line_depth = 0;
}

/* A very long logical line keeps its first tokens and the recent ones. */
static void trim_line(ParseState *ps)
{
    enum { HEAD = 16, TAIL = 1024 };
    if (ps->shifted < 4 * TAIL) return;
    int drop = ps->shifted - TAIL - HEAD;
    for (int i = HEAD; i < HEAD + drop; i++) {
        int type = ps->line_toks[i].type;
        ps->line_depth += is_open(type) ? 1 : is_close(type) ? -1 : 0;
    }
    memmove(ps->line_toks + HEAD, ps->line_toks + HEAD + drop,
            (size_t)(ps->nline - HEAD - drop) * sizeof *ps->line_toks);
    ps->nline -= drop;
    ps->shifted -= drop;
}

/* After `with`, a '(' whose ')' is followed by ':' holds with-items,
 * unless what it holds is only a parenthesized expression: a generator,
 * a yield, or a named expression. */
static bool with_items_paren(ParseState *ps)
{
    int depth = 0;
    for (int i = ps->shifted; i < ps->shifted + MAX_LOOKAHEAD; i++) {
        int type = tok_at(ps, i)->type;
        if (type <= 0 || type == T_NEWLINE) return false;
        if (depth == 1 && (type == T_FOR || type == T_COLONEQUAL || (type == T_YIELD && i == ps->shifted + 1)))
            return false;
        if (is_open(type)) depth++;
        else if (is_close(type) && --depth == 0) return tok_at(ps, i + 1)->type == T_COLON;
    }
    return false;
}

static void lexer_failed(ParseState *ps)
{
    if (ps->failed) return;
    *ps->err = ps->lexerr;
    ps->failed = true;
    ps->lex_failed = true;
}

/* Feeds the parser a mode token, then the lexer's tokens, until the end
 * or an error.  Returns false on error (in ps->err). */
static bool run(ParseState *ps, int mode_token)
{
    void *parser = ParseAlloc(malloc);
    if (!parser) oom_exit("while parsing");
    Token start = { .type = mode_token };
    Parse(parser, mode_token, start, ps);
    while (!ps->failed) {
        Token *t = tok_at(ps, ps->shifted);
        if (t->type == TOK_FAIL) {
            lexer_failed(ps);
            break;
        }
        /* (looking ahead may move the history, so t is not used after) */
        if (t->type == T_LPAR && ps->shifted > 0 && ps->line_toks[ps->shifted - 1].type == T_WITH &&
            with_items_paren(ps))
            ps->line_toks[ps->shifted].type = T_WITH_LPAR;
        Token tok = ps->line_toks[ps->shifted];
        ps->lookahead = tok;
        Parse(parser, tok.type, tok, ps);
        ps->prev_end = tok_end(&tok);
        ps->shifted++;
        if (ps->failed || tok.type == 0) break;
        if (ParseDepth(parser) > MAX_PARSER_STACK) {
            pa_error(ps, "MemoryError", TBEG(tok), TEND(tok), TOO_COMPLEX);
            ps->no_rescan = true;
            break;
        }
        if (tok.type == T_NEWLINE) {
            ps->last_newline = tok;
            end_line(ps);
        } else {
            trim_line(ps);
        }
    }
    ParseFree(parser, free);
    return !ps->failed;
}

static void state_free(ParseState *ps)
{
    free(ps->line_toks);
    free(ps->parens);
}

/* Parses the expression of an f-string replacement field, in place. */
static Node *field_expr(ParseState *ps, const FPart *f)
{
    Lexer lx;
    lexer_init_field(&lx, ps->lx, f);
    ParseState sub = { .arena = ps->arena, .err = ps->err, .mode = ps->mode, .lx = &lx, .parent = ps };
    lx.err = &sub.lexerr;
    Node *n = run(&sub, T_MODE_FIELD) ? sub.result : NULL;
    state_free(&sub);
    if (!n) ps->failed = true;
    return n;
}

/* ======================================================================
 * Syntax errors: CPython's message for the token the parser rejected.
 *
 * CPython's PEG grammar has "invalid_*" rules that recognise common
 * mistakes.  Here the same cases are recognised from the LALR stack
 * (what the parser has seen, innermost last), the rejected token and the
 * tokens around it.
 * ====================================================================== */

static const char COMMA_MSG[] = "invalid syntax. Perhaps you forgot a comma?";

typedef struct {
    ParseState *ps;
    const StackSym *st;
    int n;
    int major;
    Token tok;
} Diag;

/* The k-th symbol from the top of the stack, or NULL. */
static const StackSym *sym(const Diag *d, int k) { return k < d->n ? &d->st[d->n - 1 - k] : NULL; }

static bool term(const Diag *d, int k, int type)
{
    const StackSym *s = sym(d, k);
    return s && s->tok && s->major == type;
}

static bool nonterm(const Diag *d, int k)
{
    const StackSym *s = sym(d, k);
    return s && !s->tok;
}

static bool is_expr(const Node *n) { return n && n->kind >= N_BOOLOP && n->kind <= N_SLICE; }

/* The expression a nonterminal on the stack holds, or NULL. */
static Node *expr_at(const Diag *d, int k)
{
    const StackSym *s = sym(d, k);
    return s && !s->tok && is_expr(s->node) ? s->node : NULL;
}

/* The expression a symbol ends with: its own, or its list's last. */
static Node *tail_expr(const Diag *d, int k)
{
    const StackSym *s = sym(d, k);
    if (!s || s->tok) return NULL;
    return is_expr(s->node) ? s->node : is_expr(s->last) ? s->last : NULL;
}

/* The token k places after the rejected one (k = 0 is the rejected one). */
static Token peek(const Diag *d, int k) { return *tok_at(d->ps, d->ps->shifted + k); }

static bool begins_operand(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS:
    case T_PLUS: case T_TILDE: case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS: case T_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Tokens that start an expression but cannot continue one. */
static bool begins_new_expr(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LBRACE: case T_TRUE: case T_FALSE: case T_NONE:
    case T_ELLIPSIS: case T_LAMBDA: case T_AWAIT: case T_TILDE:
        return true;
    default:
        return false;
    }
}

static bool ends_expr(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_RPAR: case T_RSQB: case T_RBRACE: case T_TRUE:
    case T_FALSE: case T_NONE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* Open brackets before the rejected token. */
static int depth_here(const Diag *d)
{
    int depth = d->ps->line_depth + (d->ps->parent ? 1 : 0);
    for (int i = 0; i < d->ps->shifted; i++) {
        int type = d->ps->line_toks[i].type;
        if (is_open(type)) depth++;
        else if (is_close(type)) depth--;
    }
    return depth;
}

/* Where the current statement ends: the end of the last token before the
 * NEWLINE (or the end of input). */
static Pos statement_end(const Diag *d)
{
    Pos end = TEND(d->tok);
    for (int k = 0; k < MAX_LOOKAHEAD; k++) {
        Token t = peek(d, k);
        if (t.type <= 0 || t.type == T_NEWLINE) break;
        end = TEND(t);
    }
    return end;
}

static bool fail(Diag *d, Pos beg, Pos end, const char *msg)
{
    syntax_error(d->ps, beg, end, "%s", msg);
    return true;
}

static bool fail_tok(Diag *d, const char *msg) { return fail(d, TBEG(d->tok), TEND(d->tok), msg); }

/* NEWLINE after a compound statement's ':' must be followed by INDENT. */
static bool diag_block(Diag *d)
{
    if (!term(d, 0, T_NEWLINE) || !term(d, 1, T_COLON)) return false;
    for (int k = 2; k < d->n; k++) {
        const StackSym *s = sym(d, k);
        const char *what = NULL;
        int line = 0;
        if (s->tok) {
            line = s->tok->line;
            switch (s->major) {
            case T_IF: what = "'if' statement"; break;
            case T_ELIF: what = "'elif' statement"; break;
            case T_ELSE: what = "'else' statement"; break;
            case T_WHILE: what = "'while' statement"; break;
            case T_FOR: what = "'for' statement"; break;
            case T_TRY: what = "'try' statement"; break;
            case T_EXCEPT: what = "'except' statement"; break;
            case T_FINALLY: what = "'finally' statement"; break;
            case T_DEF: what = "function definition"; break;
            case T_CLASS: what = "class definition"; break;
            default: break;
            }
        } else if (s->node && s->node->kind == N_WITH) {
            what = "'with' statement";
            line = s->node->line;
        }
        if (what) {
            pa_error(d->ps, "IndentationError", TBEG(d->tok), TEND(d->tok),
                     "expected an indented block after %s on line %d", what, line);
            return true;
        }
    }
    return false;
}

/* The ')' k places down the stack closes `def name(`. */
static bool def_paren(const Diag *d, int k)
{
    return term(d, k, T_RPAR) && nonterm(d, k + 1) && term(d, k + 2, T_LPAR) && term(d, k + 3, T_NAME) &&
           term(d, k + 4, T_DEF);
}

/* A compound statement's header is complete but its ':' is missing. */
static bool diag_colon(Diag *d)
{
    int m = d->major;
    if (term(d, 0, T_NAME) && term(d, 1, T_DEF) && m != T_LPAR) return fail_tok(d, "expected '('");
    if (m != T_COLON) {
        bool def = def_paren(d, 0) || (nonterm(d, 0) && def_paren(d, 1)) ||
                   (nonterm(d, 0) && term(d, 1, T_RARROW) && def_paren(d, 2));
        bool stmt_else = term(d, 0, T_ELSE) && !expr_at(d, 1);
        if (def || term(d, 0, T_TRY) || stmt_else || term(d, 0, T_FINALLY))
            return fail_tok(d, "expected ':'");
    }
    if (m != T_NEWLINE) return false;
    bool header =
        /* if / elif / while test (an 'if' after an expression is a ternary) */
        (expr_at(d, 0) && (term(d, 1, T_ELIF) || term(d, 1, T_WHILE) || (term(d, 1, T_IF) && !expr_at(d, 2)))) ||
        /* for target in iterable */
        (expr_at(d, 0) && term(d, 1, T_IN) && nonterm(d, 2) && term(d, 3, T_FOR)) ||
        /* class Name / class Name(...) */
        (term(d, 0, T_NAME) && term(d, 1, T_CLASS)) ||
        (term(d, 0, T_RPAR) && term(d, 1, T_LPAR) && term(d, 2, T_NAME) && term(d, 3, T_CLASS)) ||
        (term(d, 0, T_RPAR) && nonterm(d, 1) && term(d, 2, T_LPAR) && term(d, 3, T_NAME) && term(d, 4, T_CLASS)) ||
        /* except / except E / except E as name */
        term(d, 0, T_EXCEPT) || (expr_at(d, 0) && term(d, 1, T_EXCEPT)) ||
        (term(d, 0, T_NAME) && term(d, 1, T_AS) && nonterm(d, 2) && term(d, 3, T_EXCEPT));
    /* with items (with_head holds an N_WITH) */
    for (int k = 1; k <= 2 && !header; k++) {
        const StackSym *s = sym(d, k);
        if (!s || s->tok) break;
        header = s->node && s->node->kind == N_WITH;
    }
    return header && fail_tok(d, "expected ':'");
}

static bool diag_try(Diag *d)
{
    if (nonterm(d, 0) && term(d, 1, T_COLON) && term(d, 2, T_TRY) && d->major != T_EXCEPT && d->major != T_FINALLY)
        return fail_tok(d, "expected 'except' or 'finally' block");
    return false;
}

static bool diag_ternary(Diag *d)
{
    ParseState *ps = d->ps;
    Node *body = expr_at(d, 2), *test = expr_at(d, 0);
    if (body && test && term(d, 1, T_IF) && d->major != T_ELSE && d->major != T_COLON)
        return fail(d, BEG(body), END(test), "expected 'else' after 'if' expression");
    return false;
}

/* Mistakes around comprehensions. */
static bool diag_comprehension(Diag *d)
{
    ParseState *ps = d->ps;
    if (d->major != T_FOR) return false;
    const StackSym *top = sym(d, 0);
    Node *e = expr_at(d, 0);
    bool bracket1 = term(d, 1, T_LSQB) || term(d, 1, T_LBRACE);
    /* [*a for ...], {**a for ...}: a lone unpacking element */
    if (top && !top->tok && top->len == 1 && top->last && bracket1) {
        if (top->last->kind == N_STARRED) {
            pa_error_node(ps, top->last, "iterable unpacking cannot be used in comprehension");
            return true;
        }
        const Token *open = sym(d, 1)->tok;
        Token first = { 0 };
        for (int i = d->ps->shifted - 1; i > 0; i--)
            if (d->ps->line_toks[i - 1].start == open->start) {
                first = d->ps->line_toks[i];
                break;
            }
        if (open->type == T_LBRACE && first.type == T_DOUBLESTAR)
            return fail(d, TBEG(first), TEND(first), "dict unpacking cannot be used in dict comprehension");
    }
    /* [a, b for ...] */
    bool listed = e && nonterm(d, 1) && !expr_at(d, 1) && (term(d, 2, T_LSQB) || term(d, 2, T_LBRACE));
    bool in_list = top && !top->tok && !e && top->len > 1 && bracket1;
    if (listed || in_list) {
        const Token *open = sym(d, listed ? 2 : 1)->tok;
        return fail(d, TEND(*open), d->ps->prev_end, "did you forget parentheses around the comprehension target?");
    }
    return false;
}

/* f(**a=1), f(*a=1): walk back over the argument to what precedes it */
static bool diag_unpack_assign(Diag *d)
{
    if (d->major != T_EQUAL) return false;
    int i = d->ps->shifted - 1;
    for (int depth = 0; i >= 0; i--) {
        int type = d->ps->line_toks[i].type;
        if (is_close(type)) depth++;
        else if (is_open(type) && depth > 0) depth--;
        else if (depth == 0 && type != T_NAME && type != T_NUMBER && type != T_STRING && type != T_DOT) break;
    }
    if (i < 1) return false;
    Token op = d->ps->line_toks[i], before = d->ps->line_toks[i - 1];
    if (before.type != T_LPAR && before.type != T_COMMA) return false;
    Token next = peek(d, 1);
    if (op.type == T_DOUBLESTAR) return fail(d, TBEG(op), TEND(next), "cannot assign to keyword argument unpacking");
    if (op.type == T_STAR) return fail(d, TBEG(op), TEND(next), "cannot assign to iterable argument unpacking");
    return false;
}

/* `if x = 1:` and `[a = 1]`: '=' where a named expression stands. */
static bool diag_maybe_eq(Diag *d)
{
    ParseState *ps = d->ps;
    const StackSym *below = sym(d, 1);
    Node *e = expr_at(d, 0);
    /* a list display's last element, but not a call's last argument */
    if (!e && below && below->tok && below->major != T_LPAR) e = tail_expr(d, 0);
    if (d->major != T_EQUAL || !e || !below || !below->tok) return false;
    switch (below->major) {
    case T_IF: case T_ELIF: case T_WHILE: case T_LPAR: case T_LSQB: case T_LBRACE: case T_AT:
        break;
    case T_COMMA:
        if (depth_here(d) > 0) break;
        return false;
    default:
        return false;
    }
    Token next = peek(d, 1);
    if (!begins_operand(next.type)) return false;
    if (e->kind == N_NAME && !pa_is_paren(ps, e))
        return fail(d, BEG(e), TEND(next), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    bool excluded = e->kind == N_LIST || e->kind == N_GENEXP || (e->kind == N_TUPLE && pa_is_paren(ps, e)) ||
                    (e->kind == N_CONSTANT && e->u.constant.kind <= CONST_FALSE);
    if (excluded || !is_bitwise_or(ps, e)) return false;
    pa_error_node(ps, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", pa_expr_name(e));
    return true;
}

/* A statement-level position: what may come before a statement. */
static bool statement_start(const Diag *d, int k)
{
    const StackSym *s = sym(d, k);
    if (!s) return true;
    if (!s->tok) return !expr_at(d, k);
    switch (s->major) {
    case T_NEWLINE: case T_INDENT: case T_DEDENT: case T_SEMI: case T_COLON: case T_MODE_FILE:
    case T_MODE_INTERACTIVE:
        return true;
    default:
        return false;
    }
}

/* Python 2's print statement. */
static bool diag_print(Diag *d)
{
    ParseState *ps = d->ps;
    Node *e = expr_at(d, 0);
    const StackSym *top = sym(d, 0);
    if (!e && top && !top->tok && top->last && top->last->kind == N_EXPR) e = top->last->u.expr.value;
    else if (!statement_start(d, 1)) return false;
    if (!e || e->kind != N_NAME || pa_is_paren(d->ps, e)) return false;
    const char *id = e->u.name.id;
    if ((strcmp(id, "print") && strcmp(id, "exec")) || !begins_new_expr(d->major)) return false;
    syntax_error(d->ps, BEG(e), statement_end(d), "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id);
    return true;
}

static bool from_import(const Diag *d, int k)
{
    for (int i = k; i < k + 4; i++)
        if (term(d, i, T_FROM)) return true;
    return false;
}

static bool diag_import(Diag *d)
{
    const StackSym *top = sym(d, 0);
    if (d->major == T_FROM && top && !top->tok && top->last && top->last->kind == N_IMPORT)
        return fail(d, node_beg(top->last), statement_end(d), "Did you mean to use 'from ... import ...' instead?");
    if (d->major == T_NEWLINE && term(d, 0, T_COMMA) && nonterm(d, 1) && term(d, 2, T_IMPORT) && from_import(d, 3))
        return fail_tok(d, "trailing comma not allowed without surrounding parentheses");
    return false;
}

/* except A, B: */
static bool diag_except(Diag *d)
{
    ParseState *ps = d->ps;
    Node *e = expr_at(d, 0);
    if (d->major != T_COMMA || !e || !term(d, 1, T_EXCEPT)) return false;
    Pos end = TEND(d->tok);
    for (int k = 1; k < MAX_LOOKAHEAD; k++) {
        Token t = peek(d, k);
        if (t.type <= 0 || t.type == T_NEWLINE || t.type == T_COLON) break;
        end = TEND(t);
    }
    return fail(d, BEG(e), end, "multiple exception types must be parenthesized");
}

/* {1: } and {1: 2, 3} */
static bool diag_dict(Diag *d)
{
    bool ends_item = d->major == T_RBRACE || d->major == T_COMMA;
    if (ends_item && term(d, 0, T_COLON) && expr_at(d, 1) && (term(d, 2, T_LBRACE) || term(d, 2, T_COMMA))) {
        const Token *colon = sym(d, 0)->tok;
        return fail(d, TBEG(*colon), TEND(*colon), "expression expected after dictionary key and ':'");
    }
    /* after a key: value pair, anything but ':' after a key */
    Node *e = expr_at(d, 0);
    if (e && d->major != T_COLON && term(d, 1, T_COMMA) && nonterm(d, 2) && !expr_at(d, 2) && term(d, 3, T_LBRACE)) {
        /* at the key's last character, as CPython */
        Pos at = { e->end_line, e->end_col - 1 };
        return fail(d, at, (Pos){ e->end_line, -1 }, "':' expected after dictionary key");
    }
    return false;
}

/* def f(a=) */
static bool diag_default(Diag *d)
{
    if (!term(d, 0, T_EQUAL) || (d->major != T_RPAR && d->major != T_COMMA && d->major != T_COLON)) return false;
    if (!term(d, 1, T_NAME) && !(nonterm(d, 1) && term(d, 2, T_NAME))) return false;
    const Token *eq = sym(d, 0)->tok;
    return fail(d, TBEG(*eq), TEND(*eq), "expected default value expression");
}

/* Two expressions side by side inside brackets: [a b] */
static bool diag_comma(Diag *d)
{
    ParseState *ps = d->ps;
    Node *e = tail_expr(d, 0);
    if (!e || e->kind == N_IFEXP || e->kind == N_LAMBDA || e->kind == N_NAMEDEXPR) return false;
    if (!begins_new_expr(d->major) || d->ps->shifted == 0) return false;
    if (!ends_expr(d->ps->line_toks[d->ps->shifted - 1].type) || depth_here(d) == 0) return false;
    /* CPython leaves out `name "string"` (a bad string prefix) and soft
     * keywords such as `match x` */
    const Node *first = e;
    for (;;) {
        if (pa_is_paren(d->ps, first)) break;
        if (first->kind == N_CALL) first = first->u.call.func;
        else if (first->kind == N_ATTRIBUTE || first->kind == N_SUBSCRIPT) first = first->u.attribute.value;
        else if (first->kind == N_BINOP) first = first->u.binop.left;
        else if (first->kind == N_COMPARE) first = first->u.compare.left;
        else break;
    }
    if (first->kind == N_NAME && !pa_is_paren(d->ps, first)) {
        const char *id = first->u.name.id;
        if (!strcmp(id, "match") || !strcmp(id, "case") || !strcmp(id, "type") || !strcmp(id, "_")) return false;
        if (first == e && (d->major == T_STRING || !strcmp(id, "print") || !strcmp(id, "exec"))) return false;
    }
    return fail(d, BEG(e), TEND(d->tok), COMMA_MSG);
}

void pa_syntax_error(ParseState *ps, const StackSym *stack, int n, int major, const Token *tok)
{
    Diag d = { ps, stack, n, major, *tok };
    /* CPython reports an error at the end of a file on its last line, with
     * no column (its tokenizer has no line left there) */
    bool at_end = tok->start == ps->lx->lim && !ps->parent;
    if (at_end && major != T_NEWLINE) {
        if (tok->col == 0 && ps->last_newline.type && tok->line > ps->last_newline.line)
            d.tok.line = ps->last_newline.line;
        d.tok.end_line = d.tok.line;
        d.tok.col = d.tok.end_col = -1;
    }
    if (major == T_INDENT) {
        /* (at the last byte of the indentation, as CPython) */
        pa_error(ps, "IndentationError", (Pos){ tok->line, tok->col - 1 }, (Pos){ tok->line, -1 }, "unexpected indent");
        ps->no_rescan = true;
        return;
    }
    if (ps->mode == PARSE_INTERACTIVE && !ps->parent && n == 2 && term(&d, 1, T_MODE_INTERACTIVE) && major != 0) {
        fail_tok(&d, "multiple statements found while compiling a single statement");
        return;
    }
    if (ps->parent && major == 0) {
        /* at the token the expression could not take */
        Token last = ps->shifted ? ps->line_toks[ps->shifted - 1] : *tok;
        fail(&d, TBEG(last), TEND(last), "f-string: expecting '=', or '!', or ':', or '}'");
        return;
    }
    ps->err_tok_line = d.tok.line;
    /* the parser wanted more when the input ran out (the REPL reads on) */
    ps->eof_error = tok->type == 0 || at_end;
    if (diag_block(&d) || diag_ternary(&d) || diag_colon(&d) || diag_try(&d) || diag_comprehension(&d) ||
        diag_unpack_assign(&d) || diag_maybe_eq(&d) || diag_print(&d) || diag_import(&d) ||
        diag_except(&d) || diag_dict(&d) || diag_default(&d) || diag_comma(&d))
        return;
    /* an f-string field whose expression is followed by something odd */
    if (ps->parent && tail_expr(&d, 0))
        fail_tok(&d, "f-string: expecting '=', or '!', or ':', or '}'");
    else
        fail_tok(&d, "invalid syntax");
}

/* ======================================================================
 * After an error
 * ====================================================================== */

/* The parser failed; CPython then tokenizes the rest of the input and
 * reports a tokenizer error instead, if there is one.  An unclosed
 * bracket only wins if it opened on an earlier line. */
static void rescan(ParseState *ps)
{
    Lexer *lx = ps->lx;
    int type = 0, k = 0;
    for (int i = ps->shifted; i < ps->nline; i++, k++) {
        type = ps->line_toks[i].type;
        if (type <= 0) break;
    }
    if (ps->shifted >= ps->nline || type > 0) {
        Token t;
        lx->scan_only = true;
        for (;; k++) {
            type = lexer_next(lx, &t);
            if (type <= 0) break;
        }
    }
    if (type == 0 || lx->eof_backslash) return;
    if (lx->eof_bracket) {
        /* f(a b: the missing comma is right before the end */
        bool last = k == 0 && strcmp(ps->err->msg, COMMA_MSG) == 0;
        int line = ps->err_tok_line ? ps->err_tok_line : ps->err->line;
        if (line <= ps->lexerr.line && !last) return;
    }
    *ps->err = ps->lexerr;
    ps->lex_failed = true;
}

/* The REPL needs more lines: the input ended inside something open, or
 * a compound statement was not yet closed by an empty line. */
static bool ends_with_blank_line(const char *buf, size_t len)
{
    size_t i = len;
    if (i && buf[i - 1] == '\n') i--;
    if (i && buf[i - 1] == '\r') i--;
    while (i && (buf[i - 1] == ' ' || buf[i - 1] == '\t' || buf[i - 1] == '\f')) i--;
    return i == 0 || buf[i - 1] == '\n' || buf[i - 1] == '\r';
}

static bool is_compound(const Node *s)
{
    switch (s->kind) {
    case N_FUNCTIONDEF: case N_CLASSDEF: case N_FOR: case N_WHILE: case N_IF: case N_WITH: case N_TRY:
        return true;
    default:
        return false;
    }
}

static bool incomplete(ParseState *ps, bool ok, const char *buf, size_t len)
{
    if (ps->lex_failed) return ps->lx->err_at_eof;
    if (ends_with_blank_line(buf, len)) return false;
    if (ok) {
        NodeList body = ps->result->u.module.body;
        return body.len && is_compound(body.items[0]);
    }
    return ps->eof_error;
}

/* ======================================================================
 * Tree depth, checked without recursion (the compiler will recurse).
 * Deeper than PARSE_MAX_DEPTH is CPython's compile-time RecursionError;
 * deeper still, the parser's own stack gives up first with CPython's
 * MemoryError (see run).
 * ====================================================================== */

typedef struct { const Node *n; int depth; } DepthItem;
typedef struct { DepthItem *items; size_t len, cap; int depth; } DepthStack;

static void push_node(DepthStack *s, const Node *n)
{
    if (!n) return;
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->items = realloc(s->items, s->cap * sizeof *s->items);
        if (!s->items) oom_exit("while parsing");
    }
    s->items[s->len++] = (DepthItem){ n, s->depth };
}

static void push_nodes(DepthStack *s, NodeList l)
{
    for (int i = 0; i < l.len; i++) push_node(s, l.items[i]);
}

static void push_children(DepthStack *s, const Node *n)
{
    const Node *a = NULL, *b = NULL, *c = NULL;
    switch (n->kind) {
    case N_MODULE: push_nodes(s, n->u.module.body); break;
    case N_FUNCTIONDEF:
        a = n->u.funcdef.args; b = n->u.funcdef.returns;
        push_nodes(s, n->u.funcdef.body);
        push_nodes(s, n->u.funcdef.decorators);
        break;
    case N_CLASSDEF:
        push_nodes(s, n->u.classdef.bases);
        push_nodes(s, n->u.classdef.keywords);
        push_nodes(s, n->u.classdef.body);
        push_nodes(s, n->u.classdef.decorators);
        break;
    case N_RETURN: a = n->u.ret.value; break;
    case N_DELETE: push_nodes(s, n->u.del.targets); break;
    case N_ASSIGN: push_nodes(s, n->u.assign.targets); a = n->u.assign.value; break;
    case N_AUGASSIGN: a = n->u.augassign.target; b = n->u.augassign.value; break;
    case N_ANNASSIGN: a = n->u.annassign.target; b = n->u.annassign.annotation; c = n->u.annassign.value; break;
    case N_FOR:
        a = n->u.for_.target; b = n->u.for_.iter;
        push_nodes(s, n->u.for_.body);
        push_nodes(s, n->u.for_.orelse);
        break;
    case N_WHILE: case N_IF:
        a = n->u.if_.test;
        push_nodes(s, n->u.if_.body);
        push_nodes(s, n->u.if_.orelse);
        break;
    case N_WITH: push_nodes(s, n->u.with.items); push_nodes(s, n->u.with.body); break;
    case N_RAISE: a = n->u.raise.exc; b = n->u.raise.cause; break;
    case N_TRY:
        push_nodes(s, n->u.try_.body);
        push_nodes(s, n->u.try_.handlers);
        push_nodes(s, n->u.try_.orelse);
        push_nodes(s, n->u.try_.finalbody);
        break;
    case N_ASSERT: a = n->u.assert_.test; b = n->u.assert_.msg; break;
    case N_IMPORT: case N_IMPORTFROM: case N_GLOBAL: case N_NONLOCAL: case N_PASS: case N_BREAK:
    case N_CONTINUE: case N_CONSTANT: case N_NAME: case N_ALIAS:
        break;
    case N_EXPR: a = n->u.expr.value; break;
    case N_BOOLOP: push_nodes(s, n->u.boolop.values); break;
    case N_NAMEDEXPR: a = n->u.namedexpr.target; b = n->u.namedexpr.value; break;
    case N_BINOP: a = n->u.binop.left; b = n->u.binop.right; break;
    case N_UNARYOP: a = n->u.unaryop.operand; break;
    case N_LAMBDA: a = n->u.lambda.args; b = n->u.lambda.body; break;
    case N_IFEXP: a = n->u.ifexp.test; b = n->u.ifexp.body; c = n->u.ifexp.orelse; break;
    case N_DICT: push_nodes(s, n->u.dict.keys); push_nodes(s, n->u.dict.values); break;
    case N_SET: push_nodes(s, n->u.set.elts); break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        a = n->u.comp.elt; b = n->u.comp.key; c = n->u.comp.value;
        push_nodes(s, n->u.comp.generators);
        break;
    case N_AWAIT: case N_YIELD: case N_YIELDFROM: a = n->u.yield.value; break;
    case N_COMPARE: a = n->u.compare.left; push_nodes(s, n->u.compare.comparators); break;
    case N_CALL:
        a = n->u.call.func;
        push_nodes(s, n->u.call.args);
        push_nodes(s, n->u.call.keywords);
        break;
    case N_FORMATTEDVALUE: a = n->u.formatted.value; b = n->u.formatted.format_spec; break;
    case N_JOINEDSTR: push_nodes(s, n->u.joinedstr.values); break;
    case N_ATTRIBUTE: a = n->u.attribute.value; break;
    case N_SUBSCRIPT: a = n->u.subscript.value; b = n->u.subscript.slice; break;
    case N_STARRED: a = n->u.starred.value; break;
    case N_LIST: case N_TUPLE: push_nodes(s, n->u.list.elts); break;
    case N_SLICE: a = n->u.slice.lower; b = n->u.slice.upper; c = n->u.slice.step; break;
    case N_EXCEPTHANDLER: a = n->u.handler.type; push_nodes(s, n->u.handler.body); break;
    case N_ARGUMENTS:
        push_nodes(s, n->u.arguments.posonlyargs);
        push_nodes(s, n->u.arguments.args);
        push_nodes(s, n->u.arguments.kwonlyargs);
        push_nodes(s, n->u.arguments.kw_defaults);
        push_nodes(s, n->u.arguments.defaults);
        a = n->u.arguments.vararg; b = n->u.arguments.kwarg;
        break;
    case N_ARG: a = n->u.arg.annotation; break;
    case N_KEYWORD: a = n->u.keyword.value; break;
    case N_WITHITEM: a = n->u.withitem.context_expr; b = n->u.withitem.optional_vars; break;
    case N_COMPREHENSION:
        a = n->u.comprehension.target; b = n->u.comprehension.iter;
        push_nodes(s, n->u.comprehension.ifs);
        break;
    case N_KIND_COUNT: break;
    }
    push_node(s, a);
    push_node(s, b);
    push_node(s, c);
}

static bool check_depth(ParseState *ps, const Node *root)
{
    DepthStack s = {0};
    s.depth = 1;
    push_node(&s, root);
    while (s.len) {
        DepthItem it = s.items[--s.len];
        if (it.depth > PARSE_MAX_DEPTH) {
            pa_error(ps, "RecursionError", node_beg(it.n), node_end(it.n),
                     "maximum recursion depth exceeded during compilation");
            break;
        }
        s.depth = it.depth + 1;
        push_children(&s, it.n);
    }
    free(s.items);
    return !ps->failed;
}

/* ======================================================================
 * Entry point
 * ====================================================================== */

static void position_of(const char *src, size_t off, int *line, int *col)
{
    *line = 1;
    size_t start = 0;
    for (size_t i = 0; i < off; i++)
        if (src[i] == '\n') {
            (*line)++;
            start = i + 1;
        }
    *col = (int)(off - start);
}

static void source_error(ParseError *err, const char *src, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err->kind = "SyntaxError";
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    position_of(src, off, &err->line, &err->col);
    err->end_line = err->line;
    err->end_col = err->col + 1;
}

/* CPython decodes token by token, so the position in its message counts
 * from the start of the token holding the bad byte: the text after an
 * opening quote, or the run of non-blank characters. */
static size_t token_offset(const char *src, size_t i)
{
    size_t line = i;
    while (line > 0 && src[line - 1] != '\n') line--;
    size_t quote = i;
    bool in_string = false;
    char q = 0;
    for (size_t k = line; k < i; k++) {
        if (!in_string && (src[k] == '\'' || src[k] == '"')) { in_string = true; q = src[k]; quote = k + 1; }
        else if (in_string && src[k] == q) in_string = false;
    }
    if (in_string) return i - quote;
    size_t start = i;
    while (start > line && src[start - 1] != ' ' && src[start - 1] != '\t') start--;
    return i - start;
}

/* Checks UTF-8 the way CPython's decoder reports it. */
static bool check_utf8(const char *src, size_t len, ParseError *err)
{
    const unsigned char *s = (const unsigned char *)src;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) need = 2;
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else {
            source_error(err, src, i, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte", c, token_offset(src, i));
            return false;
        }
        size_t j = i + 1;
        const char *why = NULL;
        for (int k = 0; k < need; k++, j++) {
            if (j >= len) { why = "unexpected end of data"; break; }
            if (s[j] < (k ? 0x80u : lo) || s[j] > (k ? 0xBFu : hi)) { why = "invalid continuation byte"; break; }
        }
        if (why) {
            if (j - i == 1)
                source_error(err, src, i, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, token_offset(src, i), why);
            else
                source_error(err, src, i, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s", token_offset(src, i), token_offset(src, i) + (j - 1 - i), why);
            return false;
        }
        i = j;
    }
    return true;
}

Node *parse_source(Arena *a, const char *src, size_t len, ParseMode mode, ParseError *err)
{
    memset(err, 0, sizeof *err);
    const char *nul = memchr(src, 0, len);
    if (nul) {
        source_error(err, src, (size_t)(nul - src), "source code cannot contain null bytes");
        return NULL;
    }
    if (!check_utf8(src, len, err)) return NULL;

    char *buf = malloc(len + 1);
    if (!buf) oom_exit("while parsing");
    memcpy(buf, src, len);
    buf[len] = '\0';
    ParseState ps = { .arena = a, .err = err, .mode = mode };
    Lexer lx;
    lexer_init(&lx, a, &ps.lexerr, buf, len);
    ps.lx = &lx;
    int start = mode == PARSE_EVAL ? T_MODE_EVAL : mode == PARSE_INTERACTIVE ? T_MODE_INTERACTIVE : T_MODE_FILE;
    bool ok = run(&ps, start);
    if (!ok && !ps.lex_failed && !ps.no_rescan) rescan(&ps);
    bool more = mode == PARSE_INTERACTIVE && incomplete(&ps, ok, buf, len);
    if (more) {
        err->incomplete = true;
        if (ok) {
            err->kind = "SyntaxError";
            snprintf(err->msg, sizeof err->msg, "incomplete input");
            ok = false;
        }
    } else if (ok) {
        ok = check_depth(&ps, ps.result);
    }
    Node *result = ok ? ps.result : NULL;
    state_free(&ps);
    free(buf);
    return result;
}
