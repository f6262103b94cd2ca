/*
 * compile.c -- syntax tree to code objects.
 *
 * One pass over the tree per code unit (module, def, lambda, class body,
 * comprehension), after the scope pass (symtable.c) has resolved every
 * name.  Instructions are collected with symbolic jump labels and, per
 * instruction, the source position and the innermost exception handler
 * covering it; "assembling" a unit resolves the labels, turns runs of
 * equal handlers into the exception table and runs of equal positions
 * into the line table, and computes the stack size by a flow analysis
 * that also verifies the stack discipline.
 *
 * Exceptions never use a block stack at run time.  While compiling, a
 * `try`, `with` or except clause makes its handler the current one for
 * the instructions it covers; the handler records the stack depth to cut
 * back to.  The compile-time stack of "frame blocks" (loops, try/finally,
 * with, except bodies) tells break/continue/return what to undo on the
 * way out: pop a for-iterator, run a finally body inline, call __exit__,
 * restore the handled exception.  The shapes follow CPython 3.12 with
 * this VM's opcodes (opcodes.h documents each stack effect).
 *
 * GC discipline: a unit's constants are kept in a list pushed on the root
 * stack for the unit's lifetime; a finished nested code object goes
 * straight into its parent's constant list.  Everything else (tree,
 * symbols, instructions) lives in an arena and holds no GC values.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "symtable.h"
#include "code.h"
#include "opcodes.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "ops.h"
#include "utf8.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"

/* ---- data ------------------------------------------------------------ */

typedef struct {
    int line, col, end_line, end_col;
} Loc;

typedef struct {
    uint32_t word;              /* jumps hold a label id until assembly */
    int handler;                /* index into Unit.handlers, or -1 */
    Loc loc;
} Instr;

typedef struct {
    int pos;                    /* instruction index, -1 until bound */
    int depth;                  /* stack depth on arrival, -1 until known */
} Label;

typedef struct {
    int label;                  /* where the handler code starts */
    int depth;                  /* stack depth to cut back to before pushing the exception */
} Handler;

/* What a break/continue/return must undo when it leaves a block. */
typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE
} FBlockKind;

typedef struct {
    FBlockKind kind;
    int start, exit;            /* loops: continue and break targets */
    int outer_handler;          /* the handler in force outside the block */
    const NodeList *finalbody;  /* FB_FINALLY_TRY */
    const char *name;           /* FB_HANDLER_CLEANUP: the `as` name, or NULL */
    Loc loc;                    /* the statement, for the code unwinding emits */
} FBlock;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    const char *name, *qualname;
    int firstlineno;
    uint32_t flags;
    uint32_t argcount, posonlyargcount, kwonlyargcount;

    Instr *ins;
    int nins, ins_cap;
    Label *labels;
    int nlabels, labels_cap;
    Handler *handlers;
    int nhandlers, handlers_cap;
    FBlock *fblocks;
    int nfblocks, fblocks_cap;
    int cur_handler;            /* innermost handler for new instructions, or -1 */
    int depth;                  /* stack depth at the end of the code so far */
    bool dead;                  /* the last instruction never falls through */
    bool too_big;               /* an argument overflowed 24 bits */
    Loc loc;                    /* position given to new instructions */

    Value consts;               /* list of constants, rooted while the unit lives */
    int *const_hash;            /* open addressing: index into consts, or -1 */
    int const_hash_cap;
    NameMap names;              /* names for *_GLOBAL, *_NAME, *_ATTR ... */

    const char **slot_names;
    uint8_t *slot_kinds;
    int nlocals, ncells, nfree;
    int class_cell;             /* class body: slot of the __class__ cell, or -1 */
    uint32_t root_mark;
};

typedef struct {
    Thread *t;
    Arena *arena;
    SymTable st;
    Value filename;             /* str, rooted */
    const char *source;         /* may be NULL */
    size_t srclen;
    size_t *line_starts;        /* byte offset of each line, 1-based index */
    int nlines;
    ParseMode mode;
    Unit *u;
} Compiler;

#define CHECK(x) do { if ((x) < 0) return -1; } while (0)

static int compile_expr(Compiler *c, const Node *e);
static int compile_stmts(Compiler *c, const NodeList *l);
static int compile_store(Compiler *c, const Node *target);

/* ---- stack effects --------------------------------------------------- */

static const int8_t fixed_effect[OP_COUNT] = {
#define OPCODE_EFFECT(name, effect) effect,
    OPCODE_LIST(OPCODE_EFFECT)
#undef OPCODE_EFFECT
};

int opcode_stack_effect(Opcode op, uint32_t arg, bool jump)
{
    switch (op) {
    case OP_CALL: return -(int)arg - 1;
    case OP_CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
    case OP_BUILD_SLICE: return 1 - (int)arg;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING: return 1 - (int)arg;
    case OP_BUILD_MAP: return 1 - 2 * (int)arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_RAISE_VARARGS: return -(int)arg;
    case OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case OP_UNPACK_SEQUENCE: return (int)arg - 1;
    case OP_UNPACK_EX: return (int)(arg & 0xFF) + (int)(arg >> 8);
    default: return op < OP_COUNT ? fixed_effect[op] : 0;
    }
}

/* How many values an instruction reads from the stack (for the
 * underflow check). */
static int stack_inputs(Opcode op, uint32_t arg)
{
    switch (op) {
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_LOAD_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
    case OP_LIST_TO_TUPLE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_GET_ITER:
    case OP_FOR_ITER: case OP_RETURN_VALUE: case OP_RERAISE: case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT: case OP_IMPORT_FROM: case OP_IMPORT_STAR: case OP_BEFORE_WITH:
    case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: case OP_GET_YIELD_FROM_ITER:
    case OP_YIELD_VALUE: case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_GET_ANEXT:
    case OP_BEFORE_ASYNC_WITH: case OP_PRINT_EXPR:
        return 1;
    case OP_STORE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_DELETE_SUBSCR: case OP_CHECK_EXC_MATCH:
    case OP_IMPORT_NAME: case OP_SEND: case OP_END_ASYNC_FOR:
        return 2;
    case OP_STORE_SUBSCR: case OP_WITH_EXCEPT_START:
        return 3;
    case OP_COPY: case OP_SWAP: return (int)arg;
    case OP_CALL: return (int)arg + 2;
    case OP_CALL_FUNCTION_EX: return 3 + (int)(arg & 1);
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING: case OP_RAISE_VARARGS:
        return (int)arg;
    case OP_BUILD_MAP: return 2 * (int)arg;
    case OP_LIST_EXTEND: return (int)(arg & ~(uint32_t)EXTEND_CALL_ARGS) + 1;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: return (int)arg + 1;
    case OP_DICT_MERGE: return (int)arg + 3;
    case OP_MAP_ADD: return (int)arg + 2;
    case OP_FORMAT_VALUE: return (arg & 4) ? 2 : 1;
    case OP_MAKE_FUNCTION: return 1 - opcode_stack_effect(op, arg, false);
    default: return 0;
    }
}

static bool is_jump(Opcode op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE
        || op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER
        || op == OP_SEND;
}

/* Instructions after which control never falls through. */
static bool is_terminal(Opcode op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* ---- SyntaxError ----------------------------------------------------- */

/* Text of source line `line` (1-based), with its newline if it has one. */
static bool source_line(const char *src, size_t len, int line, const char **start, size_t *n)
{
    if (!src || line < 1) return false;
    size_t i = 0;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(src + i, '\n', len - i);
        if (!nl) return false;
        i = (size_t)(nl - src) + 1;
    }
    if (i >= len && line > 1) return false;
    const char *nl = memchr(src + i, '\n', len - i);
    *start = src + i;
    *n = nl ? (size_t)(nl - (src + i)) + 1 : len - i;
    return true;
}

/* Raises type(msg, (filename, lineno, offset, text, end_lineno, end_offset))
 * -- the SyntaxError constructor sets the attributes from the tuple. */
static Value raise_syntax(Thread *t, TypeObj *type, const char *msg, Value filename, int lineno,
                          int offset, const char *text, size_t text_len, int end_lineno,
                          int end_offset)
{
    uint32_t mark = gc_root_mark(t);
    Value vmsg = str_from_cstr(t, msg);
    if (vmsg == VAL_ERROR) goto fail;
    gc_push_root(t, vmsg);
    Value vtext = text ? str_new(t, text, text_len) : VAL_NONE;
    if (vtext == VAL_ERROR) goto fail;
    gc_push_root(t, vtext);
    Value items[6] = {
        filename, val_from_small(lineno), val_from_small(offset), vtext,
        val_from_small(end_lineno), val_from_small(end_offset)
    };
    Value info = tuple_from_array(t, items, 6);
    if (info == VAL_ERROR) goto fail;
    gc_push_root(t, info);
    Value args[2] = { vmsg, info };
    Value exc = exc_new(t, type, args, 2);
    if (exc == VAL_ERROR) goto fail;
    gc_push_root(t, exc);
    exc_raise_obj(t, exc);
fail:
    gc_root_reset(t, mark);
    return VAL_ERROR;
}

/* Code points in the first `col` bytes of a line. */
static int char_col(const char *line, size_t n, int col)
{
    if (col <= 0) return col;
    size_t b = (size_t)col < n ? (size_t)col : n;
    return (int)utf8_count(line, b);
}

Value compile_raise_syntax_error(Thread *t, const ParseError *err, const char *filename,
                                 const char *source, size_t len)
{
    TypeObj *type = &SyntaxErrorType;
    const char *kind = err->kind ? err->kind : "SyntaxError";
    if (strcmp(kind, "IndentationError") == 0) type = &IndentationErrorType;
    else if (strcmp(kind, "TabError") == 0) type = &TabErrorType;
    /* Limits hit while parsing are plain exceptions without a location. */
    else if (strcmp(kind, "RecursionError") == 0) return exc_raise(t, &RecursionErrorType, "%s", err->msg);
    else if (strcmp(kind, "MemoryError") == 0) return exc_raise(t, &MemoryErrorType, "%s", err->msg);
    Value fname = str_from_cstr(t, filename);
    if (fname == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, fname);
    const char *text = NULL;
    size_t text_len = 0;
    bool have = source_line(source, len, err->line, &text, &text_len);
    /* Parser positions are byte columns; SyntaxError counts characters. */
    int offset = have ? char_col(text, text_len, err->col) + 1 : err->col + 1;
    int end_line = err->end_line > 0 ? err->end_line : err->line;
    int end_offset = -1;
    if (err->end_col >= 0) {
        const char *etext;
        size_t elen;
        end_offset = source_line(source, len, end_line, &etext, &elen)
                   ? char_col(etext, elen, err->end_col) + 1 : err->end_col + 1;
    }
    raise_syntax(t, type, err->msg, fname, err->line, offset, have ? text : NULL, text_len,
                 end_line, end_offset);
    gc_pop_roots(t, 1);
    return VAL_ERROR;
}

/* A compile-time SyntaxError at loc.  Like CPython's compiler, the
 * offsets are byte columns + 1. */
static int error_at(Compiler *c, Loc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *text = NULL;
    size_t text_len = 0;
    bool have = source_line(c->source, c->srclen, loc.line, &text, &text_len);
    raise_syntax(c->t, &SyntaxErrorType, msg, c->filename, loc.line, loc.col + 1,
                 have ? text : NULL, text_len, loc.end_line, loc.end_col + 1);
    return -1;
}

static Loc loc_of(const Node *n)
{
    Loc l = { n->line, n->col, n->end_line, n->end_col };
    return l;
}

static int error_node(Compiler *c, const Node *n, const char *fmt, const char *arg)
{
    return error_at(c, loc_of(n), fmt, arg);
}

/* ---- emitting -------------------------------------------------------- */

static void *grow(Arena *a, void *items, int len, int *cap, size_t size)
{
    if (len < *cap) return items;
    int ncap = *cap ? *cap * 2 : 16;
    void *n = arena_alloc(a, (size_t)ncap * size);
    if (len) memcpy(n, items, (size_t)len * size);
    *cap = ncap;
    return n;
}

static void add_instr(Compiler *c, Opcode op, uint32_t arg)
{
    Unit *u = c->u;
    if (arg > INSTR_ARG_MAX) {
        u->too_big = true;
        arg = 0;
    }
    u->ins = grow(c->arena, u->ins, u->nins, &u->ins_cap, sizeof(Instr));
    Instr *i = &u->ins[u->nins++];
    i->word = INSTR(op, arg);
    i->handler = u->cur_handler;
    i->loc = u->loc;
}

static void emit(Compiler *c, Opcode op, uint32_t arg)
{
    add_instr(c, op, arg);
    c->u->depth += opcode_stack_effect(op, arg, false);
    if (is_terminal(op)) c->u->dead = true;
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    u->labels = grow(c->arena, u->labels, u->nlabels, &u->labels_cap, sizeof(Label));
    u->labels[u->nlabels].pos = -1;
    u->labels[u->nlabels].depth = -1;
    return u->nlabels++;
}

static void emit_jump(Compiler *c, Opcode op, int label)
{
    Unit *u = c->u;
    add_instr(c, op, (uint32_t)label);
    if (u->labels[label].depth < 0) u->labels[label].depth = u->depth + opcode_stack_effect(op, 0, true);
    u->depth += opcode_stack_effect(op, 0, false);
    if (op == OP_JUMP) u->dead = true;
}

/* Places label at the next instruction.  After code that never falls
 * through, the stack depth is the one the jumps to the label carry. */
static void bind_label(Compiler *c, int label)
{
    Unit *u = c->u;
    u->labels[label].pos = u->nins;
    if (u->labels[label].depth >= 0 && u->dead) u->depth = u->labels[label].depth;
    else if (u->labels[label].depth < 0) u->labels[label].depth = u->depth;
    u->dead = false;
}

/* Makes a new handler (at `label`, cutting the stack to `depth`) the
 * current one; returns the previous one for restoring. */
static int push_handler(Compiler *c, int label, int depth)
{
    Unit *u = c->u;
    u->handlers = grow(c->arena, u->handlers, u->nhandlers, &u->handlers_cap, sizeof(Handler));
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].depth = depth;
    int prev = u->cur_handler;
    u->cur_handler = u->nhandlers++;
    return prev;
}

/* Starts the code of handler h: the stack holds its depth + the exception. */
static void bind_handler(Compiler *c, int h)
{
    Unit *u = c->u;
    int label = u->handlers[h].label;
    u->labels[label].pos = u->nins;
    u->depth = u->labels[label].depth = u->handlers[h].depth + 1;
    u->dead = false;
}

static FBlock *push_fblock(Compiler *c, FBlockKind kind, int start, int exit)
{
    Unit *u = c->u;
    u->fblocks = grow(c->arena, u->fblocks, u->nfblocks, &u->fblocks_cap, sizeof(FBlock));
    FBlock *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->start = start;
    fb->exit = exit;
    fb->outer_handler = u->cur_handler;
    fb->loc = u->loc;
    return fb;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

/* ---- constants and names --------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15u + (h << 6) + (h >> 2);
    return h;
}

static uint64_t const_hash(Value v)
{
    if (!val_is_obj(v)) return mix(1, v);
    Obj *o = val_as_obj(v);
    if (o->type == &StrType) return mix(2, (uint64_t)str_hash((StrObj *)o));
    if (o->type == &BytesType) {
        BytesObj *b = (BytesObj *)o;
        uint64_t h = 3;
        for (size_t i = 0; i < b->len; i++) h = mix(h, b->data[i]);
        return h;
    }
    if (o->type == &IntType) {
        IntObj *i = (IntObj *)o;
        return mix(mix(4, (uint64_t)mpz_size(i->z)), mpz_getlimbn(i->z, 0));
    }
    if (o->type == &TupleType) {
        TupleObj *tp = (TupleObj *)o;
        uint64_t h = 5;
        for (size_t i = 0; i < tp->len; i++) h = mix(h, const_hash(tp->items[i]));
        return h;
    }
    return mix(6, (uint64_t)(uintptr_t)o);
}

/* Constants are shared when they are the same value of the same type
 * (1, 1.0 and True stay apart; so do 0.0 and -0.0). */
static bool const_same(Value a, Value b)
{
    if (a == b) return true;
    if (!val_is_obj(a) || !val_is_obj(b)) return false;
    Obj *x = val_as_obj(a), *y = val_as_obj(b);
    if (x->type != y->type) return false;
    if (x->type == &StrType) return str_eq((StrObj *)x, (StrObj *)y);
    if (x->type == &BytesType) {
        BytesObj *p = (BytesObj *)x, *q = (BytesObj *)y;
        return p->len == q->len && memcmp(p->data, q->data, p->len) == 0;
    }
    if (x->type == &IntType) return mpz_cmp(((IntObj *)x)->z, ((IntObj *)y)->z) == 0;
    if (x->type == &TupleType) {
        TupleObj *p = (TupleObj *)x, *q = (TupleObj *)y;
        if (p->len != q->len) return false;
        for (size_t i = 0; i < p->len; i++)
            if (!const_same(p->items[i], q->items[i])) return false;
        return true;
    }
    return false;
}

static void const_hash_insert(Unit *u, Value v, int index)
{
    uint32_t mask = (uint32_t)u->const_hash_cap - 1;
    uint32_t i = (uint32_t)const_hash(v) & mask;
    while (u->const_hash[i] >= 0) i = (i + 1) & mask;
    u->const_hash[i] = index;
}

/* The index of constant v in the unit, adding it if new (v is rooted
 * meanwhile).  -1 on MemoryError. */
static int add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    ListObj *l = LIST(u->consts);
    if (u->const_hash_cap) {
        uint32_t mask = (uint32_t)u->const_hash_cap - 1;
        for (uint32_t i = (uint32_t)const_hash(v) & mask; u->const_hash[i] >= 0; i = (i + 1) & mask)
            if (const_same(l->items[u->const_hash[i]], v)) return u->const_hash[i];
    }
    gc_push_root(c->t, v);
    int r = list_append(c->t, u->consts, v);
    gc_pop_roots(c->t, 1);
    if (r < 0) return -1;
    int index = (int)l->len - 1;
    if ((int)l->len * 2 > u->const_hash_cap) {
        int cap = u->const_hash_cap ? u->const_hash_cap * 2 : 16;
        u->const_hash = arena_alloc(c->arena, (size_t)cap * sizeof(int));
        u->const_hash_cap = cap;
        for (int i = 0; i < cap; i++) u->const_hash[i] = -1;
        for (int i = 0; i < (int)l->len; i++) const_hash_insert(u, l->items[i], i);
    } else {
        const_hash_insert(u, v, index);
    }
    return index;
}

static int emit_const(Compiler *c, Value v)
{
    if (v == VAL_ERROR) return -1;
    int i = add_const(c, v);
    CHECK(i);
    emit(c, OP_LOAD_CONST, (uint32_t)i);
    return 0;
}

/* Identifiers (keyword and parameter names, qualnames): interned, so
 * that the dicts they key are probed by address. */
static int emit_str_const(Compiler *c, const char *s)
{
    StrObj *str = str_intern(c->t, s);
    return emit_const(c, str ? val_from_obj(str) : VAL_ERROR);
}

static const char *mangle(Compiler *c, const char *name)
{
    return symtable_mangle(c->arena, c->u->scope->private_name, name);
}

/* Index of name in the unit's names tuple. */
static uint32_t name_index(Compiler *c, const char *name)
{
    Unit *u = c->u;
    int i = symtable_map_get(&u->names, name);
    if (i >= 0) return (uint32_t)i;
    symtable_map_put(&u->names, name, u->names.len);
    return (uint32_t)(u->names.len - 1);
}

static void emit_name(Compiler *c, Opcode op, const char *name)
{
    emit(c, op, name_index(c, name));
}

/* The value of a constant node; SyntaxError for what aster rejects. */
static Value const_value(Compiler *c, const Node *n)
{
    Thread *t = c->t;
    const char *text = n->u.constant.text;
    size_t len = n->u.constant.len;
    switch (n->u.constant.kind) {
    case CONST_NONE: return VAL_NONE;
    case CONST_TRUE: return VAL_TRUE;
    case CONST_FALSE: return VAL_FALSE;
    case CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case CONST_INT: {
        Value v = int_from_literal(t, text, len ? len : strlen(text));
        if (v == VAL_ERROR && exc_matches(t, &ValueErrorType)) {
            /* Too many digits: a SyntaxError with the same message. */
            Value e = exc_fetch(t);
            gc_push_root(t, e);
            TupleObj *args = ((ExcObj *)val_as_obj(e))->args;
            const char *msg = args && args->len && str_check(args->items[0])
                            ? str_cstr(args->items[0]) : "invalid literal";
            char buf[512];
            snprintf(buf, sizeof buf, "%s", msg);
            gc_pop_roots(t, 1);
            error_at(c, loc_of(n), "%s", buf);
        }
        return v;
    }
    case CONST_FLOAT: {
        size_t n_text = len ? len : strlen(text);
        char *buf = arena_alloc(c->arena, n_text + 1);
        size_t k = 0;
        for (size_t i = 0; i < n_text; i++)
            if (text[i] != '_') buf[k++] = text[i];
        buf[k] = 0;
        return val_from_double(strtod(buf, NULL));
    }
    case CONST_IMAG:
        error_at(c, loc_of(n), "complex numbers are not supported");
        return VAL_ERROR;
    case CONST_STR: return str_new(t, text, len);
    case CONST_BYTES: return bytes_new(t, text, len);
    }
    return VAL_NONE;
}

/* Whether fold() turns e into a constant: a literal, a negated number
 * literal, or a tuple display of those. */
static bool foldable(const Node *e)
{
    if (e->kind == N_CONSTANT) return e->u.constant.kind != CONST_IMAG;
    if (e->kind == N_UNARYOP)
        return e->u.unaryop.op == UNARY_NEG && e->u.unaryop.operand->kind == N_CONSTANT
            && (e->u.unaryop.operand->u.constant.kind == CONST_INT
                || e->u.unaryop.operand->u.constant.kind == CONST_FLOAT);
    if (e->kind != N_TUPLE || e->u.list.ctx != CTX_LOAD) return false;
    for (int i = 0; i < e->u.list.elts.len; i++)
        if (!foldable(e->u.list.elts.items[i])) return false;
    return true;
}

/* Constant folding of literal tuples and negated numbers.  Returns 1 with
 * *out set, 0 if e is not foldable, -1 on error. */
static int fold(Compiler *c, const Node *e, Value *out)
{
    if (!foldable(e)) return 0;
    Thread *t = c->t;
    if (e->kind == N_CONSTANT) {
        *out = const_value(c, e);
        return *out == VAL_ERROR ? -1 : 1;
    }
    if (e->kind == N_UNARYOP) {
        Value v = const_value(c, e->u.unaryop.operand);
        if (v == VAL_ERROR) return -1;
        if (val_is_double(v)) {
            *out = val_from_double(-val_as_double(v));
            return 1;
        }
        if (val_is_int(v) && int_fits_small(-val_as_int(v))) {
            *out = val_from_small(-val_as_int(v));
            return 1;
        }
        gc_push_root(t, v);
        *out = op_unary(t, UNOP_NEG, v);
        gc_pop_roots(t, 1);
        return *out == VAL_ERROR ? -1 : 1;
    }
    const NodeList *elts = &e->u.list.elts;
    Value tup = tuple_new(t, (size_t)elts->len);
    if (tup == VAL_ERROR) return -1;
    gc_push_root(t, tup);
    for (int i = 0; i < elts->len; i++) {
        Value v;
        if (fold(c, elts->items[i], &v) < 0) {
            gc_pop_roots(t, 1);
            return -1;
        }
        TUPLE(tup)->items[i] = v;
    }
    gc_pop_roots(t, 1);
    *out = tup;
    return 1;
}

/* ---- positions ------------------------------------------------------- */

static void set_loc(Compiler *c, const Node *n)
{
    c->u->loc = loc_of(n);
}

/* Bytes of line `line` without trailing blanks (for nodes spanning several
 * lines: CPython's carets then run to the end of the first line). */
static int line_rstrip_len(Compiler *c, int line)
{
    if (line < 1 || line > c->nlines) return 0xFFFF;
    size_t s = c->line_starts[line], e = line < c->nlines ? c->line_starts[line + 1] : c->srclen;
    while (e > s && strchr(" \t\r\n\f", c->source[e - 1])) e--;
    return (int)(e - s);
}

static void index_lines(Compiler *c)
{
    int n = 1;
    for (size_t i = 0; i < c->srclen; i++)
        if (c->source[i] == '\n') n++;
    c->line_starts = arena_alloc(c->arena, (size_t)(n + 2) * sizeof(size_t));
    int l = 1;
    c->line_starts[1] = 0;
    for (size_t i = 0; i < c->srclen; i++)
        if (c->source[i] == '\n') c->line_starts[++l] = i + 1;
    c->nlines = n;
}

/* ---- units ----------------------------------------------------------- */

static int cmp_symbol_name(const void *a, const void *b)
{
    return strcmp((*(Symbol *const *)a)->name, (*(Symbol *const *)b)->name);
}

/* Lays out localsplus (code.h): parameters, other locals, cells that are
 * not parameters (sorted), free variables (sorted). */
static void assign_slots(Compiler *c, Unit *u)
{
    Scope *s = u->scope;
    int cap = s->nsyms + 1;
    u->slot_names = arena_alloc(c->arena, (size_t)cap * sizeof(char *));
    u->slot_kinds = arena_alloc(c->arena, (size_t)cap);
    Symbol **tmp = arena_alloc(c->arena, (size_t)cap * sizeof(Symbol *));
    int n = 0;
    u->class_cell = -1;
    if (s->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < s->nparams; i++) {
            Symbol *sym = symtable_lookup(s, s->params[i]);
            sym->slot = n;
            u->slot_names[n] = sym->name;
            u->slot_kinds[n++] = sym->scope == SYM_CELL ? SLOT_CELL : SLOT_LOCAL;
        }
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SYM_LOCAL && !(sym->flags & DEF_PARAM)) {
                sym->slot = n;
                u->slot_names[n] = sym->name;
                u->slot_kinds[n++] = SLOT_LOCAL;
            }
        }
    }
    u->nlocals = n;

    int k = 0;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SYM_CELL && !(s->syms[i].flags & DEF_PARAM)) tmp[k++] = &s->syms[i];
    qsort(tmp, (size_t)k, sizeof *tmp, cmp_symbol_name);
    for (int i = 0; i < k; i++) {
        tmp[i]->slot = n;
        u->slot_names[n] = tmp[i]->name;
        u->slot_kinds[n++] = SLOT_CELL;
    }
    if (s->kind == SCOPE_CLASS && s->needs_class_closure) {
        u->class_cell = n;
        u->slot_names[n] = "__class__";
        u->slot_kinds[n++] = SLOT_CELL;
    }
    u->ncells = n - u->nlocals;

    k = 0;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SYM_FREE || (s->kind == SCOPE_CLASS && (sym->flags & DEF_FREE_CLASS)))
            tmp[k++] = sym;
    }
    qsort(tmp, (size_t)k, sizeof *tmp, cmp_symbol_name);
    for (int i = 0; i < k; i++) {
        tmp[i]->slot = n;
        u->slot_names[n] = tmp[i]->name;
        u->slot_kinds[n++] = SLOT_FREE;
    }
    u->nfree = k;
}

static int unit_enter(Compiler *c, Scope *s, const char *name, const char *qualname,
                      int firstlineno, const Node *node)
{
    Thread *t = c->t;
    Unit *u = arena_alloc(c->arena, sizeof *u);
    u->parent = c->u;
    u->scope = s;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->cur_handler = -1;
    u->loc = loc_of(node);
    u->loc.line = firstlineno;
    symtable_map_init(&u->names, c->arena);
    u->root_mark = gc_root_mark(t);
    u->consts = list_new(t, 4);
    if (u->consts == VAL_ERROR) return -1;
    gc_push_root(t, u->consts);
    assign_slots(c, u);
    c->u = u;
    return 0;
}

/* MAKE_CELL for every cell slot, COPY_FREE_VARS for the closure. */
static void emit_prologue(Compiler *c)
{
    Unit *u = c->u;
    int nslots = u->nlocals + u->ncells + u->nfree;
    for (int i = 0; i < nslots; i++)
        if (u->slot_kinds[i] == SLOT_CELL) emit(c, OP_MAKE_CELL, (uint32_t)i);
    if (u->nfree) emit(c, OP_COPY_FREE_VARS, (uint32_t)u->nfree);
}

static int internal_error(Compiler *c, const char *what, int pc)
{
    exc_raise(c->t, &SystemErrorType, "compiler: %s at instruction %d of %s", what, pc, c->u->qualname);
    return -1;
}

/* Flow analysis: the stack depth at every reachable instruction must be
 * the same along every path, never negative, and at least the depth of
 * the handler covering it.  Returns the maximum depth, or -1. */
static int compute_stacksize(Compiler *c, const uint32_t *words)
{
    Unit *u = c->u;
    int n = u->nins;
    int *depth = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(int));
    int *work = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(int));
    int nwork = 0, max = 0;
    for (int i = 0; i < n; i++) depth[i] = -1;
#define MARK(pc_, d_) do { \
        int p_ = (pc_), dd_ = (d_); \
        if (p_ < 0 || p_ >= n) return internal_error(c, "jump out of the code", p_); \
        if (depth[p_] < 0) { depth[p_] = dd_; work[nwork++] = p_; if (dd_ > max) max = dd_; } \
        else if (depth[p_] != dd_) return internal_error(c, "inconsistent stack depth", p_); \
    } while (0)
    if (n) MARK(0, 0);
    while (nwork) {
        int pc = work[--nwork];
        int d = depth[pc];
        uint32_t w = words[pc];
        Opcode op = INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        int h = u->ins[pc].handler;
        if (h >= 0) {
            if (u->handlers[h].depth > d) return internal_error(c, "handler deeper than the stack", pc);
            MARK(u->labels[u->handlers[h].label].pos, u->handlers[h].depth + 1);
        }
        if (d < stack_inputs(op, arg)) return internal_error(c, "stack underflow", pc);
        if (is_jump(op)) MARK((int)arg, d + opcode_stack_effect(op, arg, true));
        if (is_terminal(op)) continue;
        int nd = d + opcode_stack_effect(op, arg, false);
        if (nd > max) max = nd;
        MARK(pc + 1, nd);
    }
#undef MARK
    return max;
}

static LineEntry line_entry(Compiler *c, uint32_t pc, Loc l)
{
    LineEntry e;
    e.pc = pc;
    e.line = l.line;
    int end = l.end_line == l.line ? l.end_col : line_rstrip_len(c, l.line);
    e.col = (uint16_t)(l.col < 0 ? 0 : l.col > 0xFFFF ? 0xFFFF : l.col);
    e.end_col = (uint16_t)(end < 0 ? 0 : end > 0xFFFF ? 0xFFFF : end);
    return e;
}

/* Assembles the current unit into a CodeObj (not rooted: the caller
 * stores it before allocating again). */
static Value make_code(Compiler *c)
{
    Thread *t = c->t;
    Unit *u = c->u;
    int n = u->nins;
    if (u->too_big) {
        exc_raise(t, &SystemErrorType, "code too large");
        return VAL_ERROR;
    }
    uint32_t *words = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(uint32_t));
    for (int i = 0; i < n; i++) {
        uint32_t w = u->ins[i].word;
        if (is_jump(INSTR_OP(w))) {
            int pos = u->labels[INSTR_ARG(w)].pos;
            if (pos < 0) {
                internal_error(c, "unbound label", i);
                return VAL_ERROR;
            }
            w = INSTR(INSTR_OP(w), pos);
        }
        words[i] = w;
    }
    for (int h = 0; h < u->nhandlers; h++)
        if (u->labels[u->handlers[h].label].pos < 0) {
            internal_error(c, "unbound handler", h);
            return VAL_ERROR;
        }
    int stacksize = compute_stacksize(c, words);
    if (stacksize < 0) return VAL_ERROR;

    int nexc = 0, nlines = 0;
    ExcEntry *exc = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(ExcEntry));
    LineEntry *lines = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(LineEntry));
    for (int i = 0; i < n; i++) {
        int h = u->ins[i].handler;
        if (h >= 0) {
            uint32_t target = (uint32_t)u->labels[u->handlers[h].label].pos;
            uint32_t hd = (uint32_t)u->handlers[h].depth;
            ExcEntry *last = nexc ? &exc[nexc - 1] : NULL;
            if (last && last->end == (uint32_t)i && last->target == target && last->depth == hd) {
                last->end++;
            } else {
                ExcEntry e = { (uint32_t)i, (uint32_t)i + 1, target, hd };
                exc[nexc++] = e;
            }
        }
        LineEntry le = line_entry(c, (uint32_t)i, u->ins[i].loc);
        LineEntry *prev = nlines ? &lines[nlines - 1] : NULL;
        if (!prev || prev->line != le.line || prev->col != le.col || prev->end_col != le.end_col)
            lines[nlines++] = le;
    }

    CodeObj *co = gc_alloc(t, &CodeType, sizeof(CodeObj));
    if (!co) return VAL_ERROR;
    Value cv = val_from_obj(co);
    gc_push_root(t, cv);
    int nslots = u->nlocals + u->ncells + u->nfree;
    co->nlocalsplus = (uint32_t)nslots;
    co->nlocals = (uint32_t)u->nlocals;
    co->ncells = (uint32_t)u->ncells;
    co->nfree = (uint32_t)u->nfree;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = (uint32_t)stacksize;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    co->filename = STR(c->filename);

    ListObj *consts = LIST(u->consts);
    bool ok = true;
    if (n) {
        co->code = mem_alloc(t, (size_t)n * sizeof(uint32_t));
        if ((ok = co->code != NULL)) {
            memcpy(co->code, words, (size_t)n * sizeof(uint32_t));
            co->ncode = (uint32_t)n;
        }
    }
    if (ok && consts->len) {
        co->consts = mem_alloc(t, consts->len * sizeof(Value));
        if ((ok = co->consts != NULL)) {
            memcpy(co->consts, consts->items, consts->len * sizeof(Value));
            co->nconsts = (uint32_t)consts->len;
        }
    }
    if (ok && nslots) {
        co->slot_kinds = mem_alloc(t, (size_t)nslots);
        if ((ok = co->slot_kinds != NULL)) memcpy(co->slot_kinds, u->slot_kinds, (size_t)nslots);
    }
    if (ok && nexc) {
        co->exctable = mem_alloc(t, (size_t)nexc * sizeof(ExcEntry));
        if ((ok = co->exctable != NULL)) {
            memcpy(co->exctable, exc, (size_t)nexc * sizeof(ExcEntry));
            co->nexc = (uint32_t)nexc;
        }
    }
    if (ok && nlines) {
        co->lines = mem_alloc(t, (size_t)nlines * sizeof(LineEntry));
        if ((ok = co->lines != NULL)) {
            memcpy(co->lines, lines, (size_t)nlines * sizeof(LineEntry));
            co->nlines = (uint32_t)nlines;
        }
    }
    if (ok) ok = (co->name = str_intern(t, u->name)) != NULL;
    if (ok) ok = (co->qualname = str_intern(t, u->qualname)) != NULL;
    if (ok) {
        Value names = tuple_new(t, (size_t)u->names.len);
        if ((ok = names != VAL_ERROR)) co->names = TUPLE(names);
        for (int i = 0; ok && i < u->names.len; i++) {
            StrObj *s = str_intern(t, u->names.keys[i]);
            if ((ok = s != NULL)) co->names->items[i] = val_from_obj(s);
        }
    }
    if (ok) {
        Value sn = tuple_new(t, (size_t)nslots);
        if ((ok = sn != VAL_ERROR)) co->slot_names = TUPLE(sn);
        for (int i = 0; ok && i < nslots; i++) {
            StrObj *s = str_intern(t, u->slot_names[i]);
            if ((ok = s != NULL)) co->slot_names->items[i] = val_from_obj(s);
        }
    }
    gc_pop_roots(t, 1);
    return ok ? cv : VAL_ERROR;
}

/* Finishes the current unit: its code object goes into the parent's
 * constants (index in *const_index) or, for the module, into *out. */
static int unit_finish(Compiler *c, int *const_index, Value *out)
{
    Unit *u = c->u;
    Value code = make_code(c);
    if (code == VAL_ERROR) return -1;
    c->u = u->parent;
    if (!c->u) {
        *out = code;
        return 0;
    }
    int i = add_const(c, code);
    CHECK(i);
    /* The code object is now held by the parent's constant list. */
    gc_root_reset(c->t, u->root_mark);
    *const_index = i;
    return 0;
}

/* Leaves a unit that failed to compile. */
static void unit_abandon(Compiler *c)
{
    Unit *u = c->u;
    gc_root_reset(c->t, u->root_mark);
    c->u = u->parent;
}

/* ---- names ----------------------------------------------------------- */

typedef enum { CTX_OP_LOAD, CTX_OP_STORE, CTX_OP_DEL } NameOp;

static int compile_name(Compiler *c, const char *raw, NameOp ctx)
{
    Unit *u = c->u;
    const char *name = mangle(c, raw);
    Symbol *sym = symtable_lookup(u->scope, name);
    SymScope sc = sym ? sym->scope : SYM_GLOBAL_IMPLICIT;
    ScopeKind kind = u->scope->kind;
    static const Opcode fast[] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST };
    static const Opcode deref[] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF };
    static const Opcode global[] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL };
    static const Opcode byname[] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME };
    switch (sc) {
    case SYM_FREE:
    case SYM_CELL:
        if (kind == SCOPE_CLASS && sc == SYM_FREE && ctx == CTX_OP_LOAD)
            emit(c, OP_LOAD_CLASSDEREF, (uint32_t)sym->slot);
        else
            emit(c, deref[ctx], (uint32_t)sym->slot);
        return 0;
    case SYM_LOCAL:
        if (kind == SCOPE_FUNCTION) emit(c, fast[ctx], (uint32_t)sym->slot);
        else emit_name(c, kind == SCOPE_CLASS ? byname[ctx] : global[ctx], name);
        return 0;
    case SYM_GLOBAL_IMPLICIT:
        emit_name(c, kind == SCOPE_CLASS ? byname[ctx] : global[ctx], name);
        return 0;
    default:
        emit_name(c, global[ctx], name);
        return 0;
    }
}

/* The slot, in the current unit, of the cell a nested unit's free
 * variable `name` refers to. */
static int closure_slot(Compiler *c, const char *name)
{
    Unit *u = c->u;
    if (u->class_cell >= 0 && strcmp(name, "__class__") == 0) return u->class_cell;
    Symbol *sym = symtable_lookup(u->scope, name);
    if (!sym || sym->slot < 0) return internal_error(c, "free variable without a cell", 0);
    return sym->slot;
}

/* ---- await and yield from -------------------------------------------- */

/* With [sub v] on the stack: send v into sub until it finishes, yielding
 * what it yields; leaves its return value. */
static void emit_send_loop(Compiler *c)
{
    int send = new_label(c), exit = new_label(c);
    bind_label(c, send);
    emit_jump(c, OP_SEND, exit);
    emit(c, OP_YIELD_VALUE, 1);
    emit_jump(c, OP_JUMP, send);
    bind_label(c, exit);
}

static int emit_await(Compiler *c, uint32_t where)
{
    emit(c, OP_GET_AWAITABLE, where);
    CHECK(emit_const(c, VAL_NONE));
    emit_send_loop(c);
    return 0;
}

static bool top_level_await(Compiler *c)
{
    return c->mode == PARSE_INTERACTIVE && c->u->scope->kind == SCOPE_MODULE;
}


/* ---- calls ----------------------------------------------------------- */

static bool has_starred(const NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == N_STARRED) return true;
    return false;
}

/* A list, set or tuple display, or the positional part of a call with
 * `pushed` values already on the stack.  Starred items extend. */
static int compile_sequence(Compiler *c, const NodeList *elts, int pushed, Opcode build,
                            Opcode add, Opcode extend, bool tuple, bool call_args)
{
    int n = elts->len;
    bool starred = has_starred(elts);
    if (!pushed && !starred) {
        /* Literal constants: one constant (tuple) instead of n loads. */
        bool all_const = true;
        for (int i = 0; i < n && all_const; i++) all_const = foldable(elts->items[i]);
        if (all_const && (tuple || n > 2)) {
            Value tup = tuple_new(c->t, (size_t)n);
            if (tup == VAL_ERROR) return -1;
            gc_push_root(c->t, tup);
            for (int i = 0; i < n; i++) {
                Value v;
                if (fold(c, elts->items[i], &v) < 0) {
                    gc_pop_roots(c->t, 1);
                    return -1;
                }
                TUPLE(tup)->items[i] = v;
            }
            if (build == OP_BUILD_SET) {
                /* Like CPython, a constant set display is a frozenset
                 * constant, so the set is filled in that table's order. */
                Value fs = set_const_frozenset(c->t, TUPLE(tup)->items, (size_t)n);
                if (fs == VAL_ERROR) {
                    gc_pop_roots(c->t, 1);
                    return -1;
                }
                TUPLE(tup)->items[0] = fs;   /* keeps it rooted */
                tup = fs;
            }
            if (tuple) {
                int r = emit_const(c, tup);
                gc_pop_roots(c->t, 1);
                return r;
            }
            emit(c, build, 0);
            int r = emit_const(c, tup);
            gc_pop_roots(c->t, 1);
            CHECK(r);
            emit(c, extend, 1);
            return 0;
        }
    }
    bool big = n > 16;
    if (!starred && !big) {
        for (int i = 0; i < n; i++) CHECK(compile_expr(c, elts->items[i]));
        emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + pushed));
        return 0;
    }
    bool built = false;
    if (big) {
        emit(c, build, (uint32_t)pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const Node *x = elts->items[i];
        if (x->kind == N_STARRED) {
            if (!built) {
                emit(c, build, (uint32_t)(i + pushed));
                built = true;
            }
            CHECK(compile_expr(c, x->u.starred.value));
            /* CPython names the callee only for f(*x) on its own. */
            bool only = call_args && n == 1 && !pushed;
            emit(c, extend, only ? 1 | EXTEND_CALL_ARGS : 1);
        } else {
            CHECK(compile_expr(c, x));
            if (built) emit(c, add, 1);
        }
    }
    if (tuple) emit(c, OP_LIST_TO_TUPLE, 0);
    return 0;
}

static int keyword_names_const(Compiler *c, const NodeList *kws, int from, int to)
{
    Value tup = tuple_new(c->t, (size_t)(to - from));
    if (tup == VAL_ERROR) return -1;
    gc_push_root(c->t, tup);
    for (int i = from; i < to; i++) {
        StrObj *s = str_intern(c->t, kws->items[i]->u.keyword.arg);
        if (!s) {
            gc_pop_roots(c->t, 1);
            return -1;
        }
        TUPLE(tup)->items[i - from] = val_from_obj(s);
    }
    int index = add_const(c, tup);
    gc_pop_roots(c->t, 1);
    return index;
}

/* {name: value, ...} for keywords[from, to). */
static int compile_kw_group(Compiler *c, const NodeList *kws, int from, int to)
{
    for (int i = from; i < to; i++) {
        CHECK(emit_str_const(c, kws->items[i]->u.keyword.arg));
        CHECK(compile_expr(c, kws->items[i]->u.keyword.value));
    }
    emit(c, OP_BUILD_MAP, (uint32_t)(to - from));
    return 0;
}

/* Arguments and the call, with the callable (and NULL or self) and
 * `pushed` positional arguments already on the stack. */
static int compile_call_args(Compiler *c, int pushed, const NodeList *args, const NodeList *kws,
                             const Node *call)
{
    for (int i = 0; i < kws->len; i++) {
        const char *a = kws->items[i]->u.keyword.arg;
        if (!a) continue;
        for (int j = 0; j < i; j++)
            if (kws->items[j]->u.keyword.arg && strcmp(kws->items[j]->u.keyword.arg, a) == 0)
                return error_node(c, kws->items[i], "keyword argument repeated: %s", a);
    }
    bool ex = has_starred(args);
    for (int i = 0; i < kws->len && !ex; i++)
        if (!kws->items[i]->u.keyword.arg) ex = true;
    Loc call_loc = loc_of(call);
    if (!ex) {
        for (int i = 0; i < args->len; i++) CHECK(compile_expr(c, args->items[i]));
        for (int i = 0; i < kws->len; i++) CHECK(compile_expr(c, kws->items[i]->u.keyword.value));
        c->u->loc = call_loc;
        if (kws->len) {
            int k = keyword_names_const(c, kws, 0, kws->len);
            CHECK(k);
            emit(c, OP_KW_NAMES, (uint32_t)k);
        }
        emit(c, OP_CALL, (uint32_t)(pushed + args->len + kws->len));
        return 0;
    }
    if (!pushed && args->len == 0) CHECK(emit_const(c, tuple_empty(c->t)));
    else CHECK(compile_sequence(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true, true));
    if (kws->len) {
        int seen = 0;
        bool have_dict = false;
        for (int i = 0; i < kws->len; i++) {
            const Node *kw = kws->items[i];
            if (kw->u.keyword.arg) {
                seen++;
                continue;
            }
            if (seen) {
                CHECK(compile_kw_group(c, kws, i - seen, i));
                if (have_dict) emit(c, OP_DICT_MERGE, 1);
                have_dict = true;
                seen = 0;
            }
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            CHECK(compile_expr(c, kw->u.keyword.value));
            c->u->loc = call_loc;
            emit(c, OP_DICT_MERGE, 1);
        }
        if (seen) {
            CHECK(compile_kw_group(c, kws, kws->len - seen, kws->len));
            if (have_dict) emit(c, OP_DICT_MERGE, 1);
        }
    }
    c->u->loc = call_loc;
    emit(c, OP_CALL_FUNCTION_EX, kws->len ? 1 : 0);
    return 0;
}

/* super() with no arguments in a method: super(__class__, first_arg). */
static int try_zero_arg_super(Compiler *c, const Node *call, bool *done)
{
    Unit *u = c->u;
    const Node *f = call->u.call.func;
    *done = false;
    if (f->kind != N_NAME || strcmp(f->u.name.id, "super") != 0 || call->u.call.args.len
        || call->u.call.keywords.len || u->scope->kind != SCOPE_FUNCTION || u->argcount == 0)
        return 0;
    Symbol *sup = symtable_lookup(u->scope, "super");
    Symbol *cls = symtable_lookup(u->scope, "__class__");
    if (!sup || sup->scope != SYM_GLOBAL_IMPLICIT || !cls
        || (cls->scope != SYM_FREE && cls->scope != SYM_CELL))
        return 0;
    emit(c, OP_PUSH_NULL, 0);
    set_loc(c, f);
    emit_name(c, OP_LOAD_GLOBAL, "super");
    emit(c, OP_LOAD_DEREF, (uint32_t)cls->slot);
    CHECK(compile_name(c, u->scope->params[0], CTX_OP_LOAD));
    set_loc(c, call);
    emit(c, OP_CALL, 2);
    *done = true;
    return 0;
}

static int compile_call(Compiler *c, const Node *e)
{
    bool done;
    CHECK(try_zero_arg_super(c, e, &done));
    if (done) return 0;
    const Node *f = e->u.call.func;
    const NodeList *args = &e->u.call.args, *kws = &e->u.call.keywords;
    bool ex = has_starred(args);
    for (int i = 0; i < kws->len && !ex; i++)
        if (!kws->items[i]->u.keyword.arg) ex = true;
    if (f->kind == N_ATTRIBUTE && !ex) {
        /* obj.m(...) without creating a bound method. */
        CHECK(compile_expr(c, f->u.attribute.value));
        set_loc(c, f);
        emit_name(c, OP_LOAD_METHOD, mangle(c, f->u.attribute.attr));
        return compile_call_args(c, 0, args, kws, e);
    }
    emit(c, OP_PUSH_NULL, 0);
    CHECK(compile_expr(c, f));
    return compile_call_args(c, 0, args, kws, e);
}

/* ---- functions, classes, comprehensions ------------------------------ */

static const char *concat3(Compiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *r = arena_alloc(c->arena, la + lb + ld + 1);
    memcpy(r, a, la);
    memcpy(r + la, b, lb);
    memcpy(r + la + lb, d, ld + 1);
    return r;
}

/* The __qualname__ of a def/class/lambda/comprehension named `name`
 * defined in the current unit. */
static const char *qualname_for(Compiler *c, const char *name, bool is_def)
{
    Unit *u = c->u;
    if (u->scope->kind == SCOPE_MODULE) return name;
    if (is_def) {
        Symbol *sym = symtable_lookup(u->scope, mangle(c, name));
        if (sym && sym->scope == SYM_GLOBAL_EXPLICIT) return name;
    }
    if (u->scope->kind == SCOPE_FUNCTION) return concat3(c, u->qualname, ".<locals>.", name);
    return concat3(c, u->qualname, ".", name);
}

/* Pushes the closure tuple a nested unit needs; returns the
 * MAKE_FUNCTION flag for it (8) or 0. */
static int emit_closure(Compiler *c, const char **free_names, int nfree, uint32_t *flags)
{
    if (!nfree) return 0;
    for (int i = 0; i < nfree; i++) {
        int slot = closure_slot(c, free_names[i]);
        CHECK(slot);
        emit(c, OP_LOAD_CLOSURE, (uint32_t)slot);
    }
    emit(c, OP_BUILD_TUPLE, (uint32_t)nfree);
    *flags |= 8;
    return 0;
}

static bool is_docstring(const NodeList *body)
{
    return body->len && body->items[0]->kind == N_EXPR && body->items[0]->u.expr.value->kind == N_CONSTANT
        && body->items[0]->u.expr.value->u.constant.kind == CONST_STR;
}

/* A unit's body finished: its code object becomes a constant here,
 * then MAKE_FUNCTION with the closure. */
static int finish_and_make_function(Compiler *c, uint32_t flags, Loc loc)
{
    Unit *child = c->u;
    const char **free_names = child->slot_names + child->nlocals + child->ncells;
    int nfree = child->nfree;
    int index;
    if (unit_finish(c, &index, NULL) < 0) {
        if (c->u == child) unit_abandon(c);
        return -1;
    }
    c->u->loc = loc;
    CHECK(emit_closure(c, free_names, nfree, &flags));
    emit(c, OP_LOAD_CONST, (uint32_t)index);
    emit(c, OP_MAKE_FUNCTION, flags);
    return 0;
}

/* Pushes name, value for an annotated parameter: 1 pair, 0 or -1. */
static int compile_one_annotation(Compiler *c, const Node *arg)
{
    if (!arg || !arg->u.arg.annotation) return 0;
    CHECK(emit_str_const(c, mangle(c, arg->u.arg.name)));
    CHECK(compile_expr(c, arg->u.arg.annotation));
    return 1;
}

/* Pushes name, value for each annotated parameter and for the return
 * annotation; returns how many pairs, or -1. */
static int compile_annotations(Compiler *c, const Node *args, const Node *returns)
{
    /* CPython's order: plain parameters before positional-only ones. */
    const NodeList *lists[] = { &args->u.arguments.args, &args->u.arguments.posonlyargs, NULL,
                                &args->u.arguments.kwonlyargs, NULL };
    const Node *singles[] = { NULL, NULL, args->u.arguments.vararg, NULL, args->u.arguments.kwarg };
    int n = 0;
    for (int k = 0; k < 5; k++) {
        for (int i = 0; lists[k] && i < lists[k]->len; i++) {
            int r = compile_one_annotation(c, lists[k]->items[i]);
            CHECK(r);
            n += r;
        }
        int r = compile_one_annotation(c, singles[k]);
        CHECK(r);
        n += r;
    }
    if (returns) {
        CHECK(emit_str_const(c, "return"));
        CHECK(compile_expr(c, returns));
        n++;
    }
    return n;
}

/* def and lambda: defaults, the code, MAKE_FUNCTION, decorators. */
static int compile_function(Compiler *c, const Node *n)
{
    bool lambda = n->kind == N_LAMBDA;
    const Node *args = lambda ? n->u.lambda.args : n->u.funcdef.args;
    const NodeList *decorators = lambda ? NULL : &n->u.funcdef.decorators;
    const char *name = lambda ? "<lambda>" : n->u.funcdef.name;
    Loc loc = loc_of(n);
    int firstlineno = n->line;
    if (decorators) {
        for (int i = 0; i < decorators->len; i++) CHECK(compile_expr(c, decorators->items[i]));
        if (decorators->len) firstlineno = decorators->items[0]->line;
    }
    c->u->loc = loc;
    uint32_t flags = 0;
    const NodeList *defaults = &args->u.arguments.defaults;
    if (defaults->len) {
        for (int i = 0; i < defaults->len; i++) CHECK(compile_expr(c, defaults->items[i]));
        c->u->loc = loc;
        emit(c, OP_BUILD_TUPLE, (uint32_t)defaults->len);
        flags |= 1;
    }
    const NodeList *kwonly = &args->u.arguments.kwonlyargs, *kwdef = &args->u.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwonly->len; i++) {
        const Node *d = i < kwdef->len ? kwdef->items[i] : NULL;
        if (!d) continue;
        CHECK(emit_str_const(c, mangle(c, kwonly->items[i]->u.arg.name)));
        CHECK(compile_expr(c, d));
        nkw++;
    }
    if (nkw) {
        c->u->loc = loc;
        emit(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    if (!lambda) {
        int nann = compile_annotations(c, args, n->u.funcdef.returns);
        CHECK(nann);
        if (nann) {
            c->u->loc = loc;
            emit(c, OP_BUILD_MAP, (uint32_t)nann);
            flags |= 4;
        }
    }

    Scope *s = symtable_scope(&c->st, n);
    const char *qualname = qualname_for(c, name, !lambda);
    CHECK(unit_enter(c, s, name, qualname, firstlineno, n));
    Unit *u = c->u;
    u->argcount = (uint32_t)(args->u.arguments.posonlyargs.len + args->u.arguments.args.len);
    u->posonlyargcount = (uint32_t)args->u.arguments.posonlyargs.len;
    u->kwonlyargcount = (uint32_t)kwonly->len;
    if (args->u.arguments.vararg) u->flags |= CO_VARARGS;
    if (args->u.arguments.kwarg) u->flags |= CO_VARKEYWORDS;
    if (s->coroutine && s->generator) u->flags |= CO_ASYNC_GENERATOR;
    else if (s->is_async_def) u->flags |= CO_COROUTINE;
    else if (s->generator) u->flags |= CO_GENERATOR;

    /* consts[0] is the docstring or None (the function's __doc__). */
    const NodeList *body = lambda ? NULL : &n->u.funcdef.body;
    Value doc = body && is_docstring(body) ? const_value(c, body->items[0]->u.expr.value) : VAL_NONE;
    int r = doc == VAL_ERROR || add_const(c, doc) < 0 ? -1 : 0;
    if (r == 0) {
        emit_prologue(c);
        if (lambda) {
            r = compile_expr(c, n->u.lambda.body);
            if (r == 0) {
                c->u->loc = loc_of(n->u.lambda.body);
                emit(c, s->generator ? OP_POP_TOP : OP_RETURN_VALUE, 0);
            }
        } else {
            NodeList rest = *body;
            if (is_docstring(body)) {
                rest.items++;
                rest.len--;
            }
            r = compile_stmts(c, &rest);
        }
    }
    if (r == 0 && (!lambda || s->generator) && !u->dead) {
        r = emit_const(c, VAL_NONE);
        if (r == 0) emit(c, OP_RETURN_VALUE, 0);
    }
    if (r < 0) {
        unit_abandon(c);
        return -1;
    }
    CHECK(finish_and_make_function(c, flags, loc));
    if (decorators)
        for (int i = decorators->len - 1; i >= 0; i--) {
            set_loc(c, decorators->items[i]);
            emit(c, OP_CALL, 0);
        }
    if (!lambda) {
        c->u->loc = loc;
        return compile_name(c, n->u.funcdef.name, CTX_OP_STORE);
    }
    return 0;
}

/* Whether a body has a simple annotation at its own level (the body then
 * needs SETUP_ANNOTATIONS). */
static bool find_annotation(const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        const Node *s = l->items[i];
        switch (s->kind) {
        case N_ANNASSIGN: return true;
        case N_FOR:
            if (find_annotation(&s->u.for_.body) || find_annotation(&s->u.for_.orelse)) return true;
            break;
        case N_WHILE:
            if (find_annotation(&s->u.while_.body) || find_annotation(&s->u.while_.orelse)) return true;
            break;
        case N_IF:
            if (find_annotation(&s->u.if_.body) || find_annotation(&s->u.if_.orelse)) return true;
            break;
        case N_WITH:
            if (find_annotation(&s->u.with.body)) return true;
            break;
        case N_TRY:
            if (find_annotation(&s->u.try_.body) || find_annotation(&s->u.try_.orelse)
                || find_annotation(&s->u.try_.finalbody))
                return true;
            for (int j = 0; j < s->u.try_.handlers.len; j++)
                if (find_annotation(&s->u.try_.handlers.items[j]->u.handler.body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

static int compile_class_body(Compiler *c, const Node *n)
{
    Unit *u = c->u;
    const NodeList *body = &n->u.classdef.body;
    emit_prologue(c);
    emit_name(c, OP_LOAD_NAME, "__name__");
    emit_name(c, OP_STORE_NAME, "__module__");
    CHECK(emit_str_const(c, u->qualname));
    emit_name(c, OP_STORE_NAME, "__qualname__");
    if (find_annotation(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
    NodeList rest = *body;
    if (is_docstring(body)) {
        set_loc(c, body->items[0]);
        CHECK(emit_const(c, const_value(c, body->items[0]->u.expr.value)));
        emit_name(c, OP_STORE_NAME, "__doc__");
        rest.items++;
        rest.len--;
    }
    CHECK(compile_stmts(c, &rest));
    c->u->loc = loc_of(n);
    if (u->class_cell >= 0) {
        /* __build_class__ fills this cell with the new class. */
        emit(c, OP_LOAD_CLOSURE, (uint32_t)u->class_cell);
        emit_name(c, OP_STORE_NAME, "__classcell__");
    }
    CHECK(emit_const(c, VAL_NONE));
    emit(c, OP_RETURN_VALUE, 0);
    return 0;
}

static int compile_class(Compiler *c, const Node *n)
{
    const NodeList *decorators = &n->u.classdef.decorators;
    const char *name = n->u.classdef.name;
    Loc loc = loc_of(n);
    for (int i = 0; i < decorators->len; i++) CHECK(compile_expr(c, decorators->items[i]));
    int firstlineno = decorators->len ? decorators->items[0]->line : n->line;
    c->u->loc = loc;
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_LOAD_BUILD_CLASS, 0);

    Scope *s = symtable_scope(&c->st, n);
    CHECK(unit_enter(c, s, name, qualname_for(c, name, true), firstlineno, n));
    c->u->flags = CO_CLASS_BODY | CO_NEEDS_LOCALS_DICT;
    if (compile_class_body(c, n) < 0) {
        unit_abandon(c);
        return -1;
    }
    CHECK(finish_and_make_function(c, 0, loc));
    CHECK(emit_str_const(c, name));
    CHECK(compile_call_args(c, 2, &n->u.classdef.bases, &n->u.classdef.keywords, n));
    for (int i = decorators->len - 1; i >= 0; i--) {
        set_loc(c, decorators->items[i]);
        emit(c, OP_CALL, 0);
    }
    c->u->loc = loc;
    return compile_name(c, name, CTX_OP_STORE);
}

static int compile_jump_if(Compiler *c, const Node *e, int label, bool cond);

/* The loops of a comprehension, from generator `gi` inward; `depth` is
 * the number of iterators on the stack above the result. */
static int compile_comp_generator(Compiler *c, const Node *e, int gi, int depth)
{
    const NodeList *gens = &e->u.comp.generators;
    const Node *g = gens->items[gi];
    bool async = g->u.comprehension.is_async;
    set_loc(c, g->u.comprehension.iter);
    if (gi == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        CHECK(compile_expr(c, g->u.comprehension.iter));
        emit(c, async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    depth++;
    int start = new_label(c), next = new_label(c), end = new_label(c);
    int handler = -1, prev = -1;
    bind_label(c, start);
    if (async) {
        prev = push_handler(c, end, c->u->depth);
        handler = c->u->cur_handler;
        emit(c, OP_GET_ANEXT, 0);
        CHECK(emit_const(c, VAL_NONE));
        emit_send_loop(c);
        c->u->cur_handler = prev;
    } else {
        emit_jump(c, OP_FOR_ITER, end);
    }
    CHECK(compile_store(c, g->u.comprehension.target));
    for (int i = 0; i < g->u.comprehension.ifs.len; i++)
        CHECK(compile_jump_if(c, g->u.comprehension.ifs.items[i], next, false));
    if (gi + 1 < gens->len) {
        CHECK(compile_comp_generator(c, e, gi + 1, depth));
    } else if (e->kind == N_DICTCOMP) {
        CHECK(compile_expr(c, e->u.comp.key));
        CHECK(compile_expr(c, e->u.comp.value));
        set_loc(c, e->u.comp.key);
        emit(c, OP_MAP_ADD, (uint32_t)(depth + 1));
    } else {
        const Node *elt = e->u.comp.elt;
        if (elt->kind == N_STARRED)
            return error_node(c, elt, "iterable unpacking cannot be used in comprehension", NULL);
        CHECK(compile_expr(c, elt));
        set_loc(c, elt);
        switch (e->kind) {
        case N_LISTCOMP: emit(c, OP_LIST_APPEND, (uint32_t)(depth + 1)); break;
        case N_SETCOMP: emit(c, OP_SET_ADD, (uint32_t)(depth + 1)); break;
        default:
            emit(c, OP_YIELD_VALUE, (c->u->flags & CO_ASYNC_GENERATOR) ? 2 : 0);
            emit(c, OP_POP_TOP, 0);
            break;
        }
    }
    bind_label(c, next);
    emit_jump(c, OP_JUMP, start);
    if (async) {
        bind_handler(c, handler);
        emit(c, OP_END_ASYNC_FOR, 0);
    } else {
        bind_label(c, end);
    }
    return 0;
}

static int compile_comprehension(Compiler *c, const Node *e)
{
    static const char *const names[] = { NULL, "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    Scope *s = symtable_scope(&c->st, e);
    bool genexp = e->kind == N_GENEXP;
    Loc loc = loc_of(e);
    if (s->coroutine && !genexp && !c->u->scope->is_async_def && c->u->scope->comp == COMP_NONE
        && !top_level_await(c))
        return error_at(c, loc, "asynchronous comprehension outside of an asynchronous function");
    if (s->coroutine && !genexp && top_level_await(c)) c->u->flags |= CO_COROUTINE;

    const char *name = names[s->comp];
    CHECK(unit_enter(c, s, name, qualname_for(c, name, false), e->line, e));
    Unit *u = c->u;
    u->argcount = 1;
    if (genexp) u->flags |= s->coroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (s->coroutine) u->flags |= CO_COROUTINE;
    emit_prologue(c);
    int r = 0;
    if (e->kind == N_LISTCOMP) emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == N_SETCOMP) emit(c, OP_BUILD_SET, 0);
    else if (e->kind == N_DICTCOMP) emit(c, OP_BUILD_MAP, 0);
    r = compile_comp_generator(c, e, 0, 0);
    if (r == 0) {
        c->u->loc = loc;
        if (genexp) r = emit_const(c, VAL_NONE);
        if (r == 0) emit(c, OP_RETURN_VALUE, 0);
    }
    if (r < 0) {
        unit_abandon(c);
        return -1;
    }
    CHECK(finish_and_make_function(c, 0, loc));
    const Node *first = e->u.comp.generators.items[0];
    CHECK(compile_expr(c, first->u.comprehension.iter));
    c->u->loc = loc;
    emit(c, first->u.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(c, OP_CALL, 0);
    if (s->coroutine && !genexp) CHECK(emit_await(c, 0));
    return 0;
}

/* ---- expressions ----------------------------------------------------- */

static void emit_compare(Compiler *c, CompareKind k)
{
    switch (k) {
    case CMPX_IS: emit(c, OP_IS_OP, 0); break;
    case CMPX_IS_NOT: emit(c, OP_IS_OP, 1); break;
    case CMPX_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMPX_NOT_IN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, (uint32_t)k); break;
    }
}

/* a < b < c: each operand evaluated once, stopping at the first false. */
static int compile_compare(Compiler *c, const Node *e)
{
    const NodeList *comps = &e->u.compare.comparators;
    int n = comps->len;
    CHECK(compile_expr(c, e->u.compare.left));
    if (n == 1) {
        CHECK(compile_expr(c, comps->items[0]));
        emit_compare(c, e->u.compare.ops[0]);
        return 0;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        CHECK(compile_expr(c, comps->items[i]));
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare(c, e->u.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    CHECK(compile_expr(c, comps->items[n - 1]));
    emit_compare(c, e->u.compare.ops[n - 1]);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
    return 0;
}

/* The truth of a literal, or -1 when e is not one (or not obvious). */
static int const_truth(const Node *e)
{
    if (e->kind != N_CONSTANT) return -1;
    const char *text = e->u.constant.text;
    switch (e->u.constant.kind) {
    case CONST_NONE: case CONST_FALSE: return 0;
    case CONST_TRUE: case CONST_ELLIPSIS: return 1;
    case CONST_STR: case CONST_BYTES: return e->u.constant.len > 0;
    case CONST_INT:
        if (text[0] == '0' && text[1] && strchr("xXoObB", text[1])) text += 2;
        for (; *text; text++)
            if (*text != '0' && *text != '_') return 1;
        return 0;
    default: return -1;
    }
}

/* Jumps to label when the truth of e equals cond; otherwise falls
 * through.  The stack is unchanged either way. */
static int compile_jump_if(Compiler *c, const Node *e, int label, bool cond)
{
    Loc saved = c->u->loc;
    c->u->loc = loc_of(e);
    int truth = const_truth(e);
    if (truth >= 0) {
        if ((truth == 1) == cond) emit_jump(c, OP_JUMP, label);
        c->u->loc = saved;
        return 0;
    }
    switch (e->kind) {
    case N_UNARYOP:
        if (e->u.unaryop.op == UNARY_NOT) {
            CHECK(compile_jump_if(c, e->u.unaryop.operand, label, !cond));
            c->u->loc = saved;
            return 0;
        }
        break;
    case N_BOOLOP: {
        const NodeList *vals = &e->u.boolop.values;
        bool cond2 = e->u.boolop.op == BOOL_OR;
        int next2 = cond == cond2 ? label : new_label(c);
        for (int i = 0; i < vals->len - 1; i++) CHECK(compile_jump_if(c, vals->items[i], next2, cond2));
        CHECK(compile_jump_if(c, vals->items[vals->len - 1], label, cond));
        if (next2 != label) bind_label(c, next2);
        c->u->loc = saved;
        return 0;
    }
    case N_IFEXP: {
        int end = new_label(c), next2 = new_label(c);
        CHECK(compile_jump_if(c, e->u.ifexp.test, next2, false));
        CHECK(compile_jump_if(c, e->u.ifexp.body, label, cond));
        emit_jump(c, OP_JUMP, end);
        bind_label(c, next2);
        CHECK(compile_jump_if(c, e->u.ifexp.orelse, label, cond));
        bind_label(c, end);
        c->u->loc = saved;
        return 0;
    }
    case N_COMPARE: {
        const NodeList *comps = &e->u.compare.comparators;
        int n = comps->len;
        if (n < 2) break;
        int cleanup = new_label(c), end = new_label(c);
        CHECK(compile_expr(c, e->u.compare.left));
        for (int i = 0; i < n - 1; i++) {
            CHECK(compile_expr(c, comps->items[i]));
            emit(c, OP_SWAP, 2);
            emit(c, OP_COPY, 2);
            emit_compare(c, e->u.compare.ops[i]);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
        }
        CHECK(compile_expr(c, comps->items[n - 1]));
        emit_compare(c, e->u.compare.ops[n - 1]);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
        emit_jump(c, OP_JUMP, end);
        bind_label(c, cleanup);
        emit(c, OP_POP_TOP, 0);
        if (!cond) emit_jump(c, OP_JUMP, label);
        bind_label(c, end);
        c->u->loc = saved;
        return 0;
    }
    default:
        break;
    }
    CHECK(compile_expr(c, e));
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    c->u->loc = saved;
    return 0;
}

static int compile_dict(Compiler *c, const Node *e)
{
    const NodeList *keys = &e->u.dict.keys, *values = &e->u.dict.values;
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < values->len; i++) {
        const Node *k = i < keys->len ? keys->items[i] : NULL;
        if (k && pending < 16) {
            CHECK(compile_expr(c, k));
            CHECK(compile_expr(c, values->items[i]));
            pending++;
            continue;
        }
        if (pending) {
            emit(c, OP_BUILD_MAP, (uint32_t)pending);
            if (have_dict) emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            pending = 0;
        }
        if (k) {
            /* A long literal: flushed in groups of 16 to keep the stack small. */
            CHECK(compile_expr(c, k));
            CHECK(compile_expr(c, values->items[i]));
            pending = 1;
            continue;
        }
        if (!have_dict) {
            emit(c, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        CHECK(compile_expr(c, values->items[i]));
        emit(c, OP_DICT_UPDATE, 1);
    }
    if (pending || !have_dict) {
        emit(c, OP_BUILD_MAP, (uint32_t)pending);
        if (have_dict) emit(c, OP_DICT_UPDATE, 1);
    }
    return 0;
}

static int compile_formatted(Compiler *c, const Node *e)
{
    CHECK(compile_expr(c, e->u.formatted.value));
    uint32_t arg = 0;
    switch (e->u.formatted.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (e->u.formatted.format_spec) {
        CHECK(compile_expr(c, e->u.formatted.format_spec));
        arg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, arg);
    return 0;
}

static int compile_joinedstr(Compiler *c, const Node *e)
{
    const NodeList *vals = &e->u.joinedstr.values;
    if (vals->len == 0) return emit_str_const(c, "");
    for (int i = 0; i < vals->len; i++) CHECK(compile_expr(c, vals->items[i]));
    if (vals->len > 1) emit(c, OP_BUILD_STRING, (uint32_t)vals->len);
    return 0;
}

static int check_await(Compiler *c, const Node *e)
{
    Scope *s = c->u->scope;
    if (top_level_await(c)) {
        c->u->flags |= CO_COROUTINE;
        return 0;
    }
    if (s->kind != SCOPE_FUNCTION) return error_node(c, e, "'await' outside function", NULL);
    if (!s->is_async_def && s->comp == COMP_NONE)
        return error_node(c, e, "'await' outside async function", NULL);
    return 0;
}

static int compile_expr_inner(Compiler *c, const Node *e)
{
    Unit *u = c->u;
    switch (e->kind) {
    case N_BOOLOP: {
        const NodeList *vals = &e->u.boolop.values;
        int end = new_label(c);
        Opcode op = e->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < vals->len - 1; i++) {
            CHECK(compile_expr(c, vals->items[i]));
            emit_jump(c, op, end);
        }
        CHECK(compile_expr(c, vals->items[vals->len - 1]));
        bind_label(c, end);
        return 0;
    }
    case N_NAMEDEXPR:
        CHECK(compile_expr(c, e->u.namedexpr.value));
        emit(c, OP_COPY, 1);
        return compile_store(c, e->u.namedexpr.target);
    case N_BINOP:
        CHECK(compile_expr(c, e->u.binop.left));
        CHECK(compile_expr(c, e->u.binop.right));
        emit(c, OP_BINARY_OP, (uint32_t)e->u.binop.op);
        return 0;
    case N_UNARYOP: {
        Value v;
        int r = fold(c, e, &v);
        CHECK(r);
        if (r) return emit_const(c, v);
        CHECK(compile_expr(c, e->u.unaryop.operand));
        static const Opcode ops[] = { OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE, OP_UNARY_INVERT };
        emit(c, ops[e->u.unaryop.op], 0);
        return 0;
    }
    case N_LAMBDA:
        return compile_function(c, e);
    case N_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        CHECK(compile_jump_if(c, e->u.ifexp.test, orelse, false));
        CHECK(compile_expr(c, e->u.ifexp.body));
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        CHECK(compile_expr(c, e->u.ifexp.orelse));
        bind_label(c, end);
        return 0;
    }
    case N_DICT:
        return compile_dict(c, e);
    case N_SET:
        return compile_sequence(c, &e->u.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false, false);
    case N_LIST:
        return compile_sequence(c, &e->u.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false, false);
    case N_TUPLE:
        return compile_sequence(c, &e->u.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true, false);
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
        return compile_comprehension(c, e);
    case N_AWAIT:
        CHECK(check_await(c, e));
        CHECK(compile_expr(c, e->u.await.value));
        return emit_await(c, 0);
    case N_YIELD:
        if (u->scope->kind != SCOPE_FUNCTION) return error_node(c, e, "'yield' outside function", NULL);
        if (e->u.yield.value) CHECK(compile_expr(c, e->u.yield.value));
        else CHECK(emit_const(c, VAL_NONE));
        /* In an async generator the value goes to the iterator, not the
         * task: tag it (obj_asyncgen.c). */
        emit(c, OP_YIELD_VALUE, (u->flags & CO_ASYNC_GENERATOR) ? 2 : 0);
        return 0;
    case N_YIELDFROM:
        if (u->scope->kind != SCOPE_FUNCTION) return error_node(c, e, "'yield' outside function", NULL);
        if (u->scope->is_async_def) return error_node(c, e, "'yield from' inside async function", NULL);
        CHECK(compile_expr(c, e->u.yieldfrom.value));
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        CHECK(emit_const(c, VAL_NONE));
        emit_send_loop(c);
        return 0;
    case N_COMPARE:
        return compile_compare(c, e);
    case N_CALL:
        return compile_call(c, e);
    case N_FORMATTEDVALUE:
        return compile_formatted(c, e);
    case N_JOINEDSTR:
        return compile_joinedstr(c, e);
    case N_CONSTANT:
        return emit_const(c, const_value(c, e));
    case N_ATTRIBUTE:
        CHECK(compile_expr(c, e->u.attribute.value));
        emit_name(c, OP_LOAD_ATTR, mangle(c, e->u.attribute.attr));
        return 0;
    case N_SUBSCRIPT:
        CHECK(compile_expr(c, e->u.subscript.value));
        CHECK(compile_expr(c, e->u.subscript.slice));
        emit(c, OP_BINARY_SUBSCR, 0);
        return 0;
    case N_SLICE: {
        const Node *parts[3] = { e->u.slice.lower, e->u.slice.upper, e->u.slice.step };
        int n = parts[2] ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i]) CHECK(compile_expr(c, parts[i]));
            else CHECK(emit_const(c, VAL_NONE));
        }
        emit(c, OP_BUILD_SLICE, (uint32_t)n);
        return 0;
    }
    case N_STARRED:
        return error_node(c, e, "can't use starred expression here", NULL);
    case N_NAME:
        return compile_name(c, e->u.name.id, CTX_OP_LOAD);
    default:
        return error_node(c, e, "invalid syntax", NULL);
    }
}

static int compile_expr(Compiler *c, const Node *e)
{
    Loc saved = c->u->loc;
    c->u->loc = loc_of(e);
    int r = compile_expr_inner(c, e);
    c->u->loc = saved;
    return r;
}

/* ---- assignment targets ---------------------------------------------- */

static int compile_unpack(Compiler *c, const Node *t)
{
    const NodeList *elts = &t->u.list.elts;
    int n = elts->len, star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == N_STARRED) {
            if (star >= 0) return error_node(c, t, "multiple starred expressions in assignment", NULL);
            star = i;
        }
    if (star >= 0) {
        int before = star, after = n - star - 1;
        if (before >= 256 || after >= (1 << 16))
            return error_node(c, t, "too many expressions in star-unpacking assignment", NULL);
        emit(c, OP_UNPACK_EX, (uint32_t)(before | after << 8));
    } else {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
    }
    for (int i = 0; i < n; i++) {
        const Node *x = elts->items[i];
        CHECK(compile_store(c, x->kind == N_STARRED ? x->u.starred.value : x));
    }
    return 0;
}

static int compile_store(Compiler *c, const Node *t)
{
    Loc saved = c->u->loc;
    c->u->loc = loc_of(t);
    int r = 0;
    switch (t->kind) {
    case N_NAME:
        r = compile_name(c, t->u.name.id, CTX_OP_STORE);
        break;
    case N_ATTRIBUTE:
        r = compile_expr(c, t->u.attribute.value);
        if (r == 0) emit_name(c, OP_STORE_ATTR, mangle(c, t->u.attribute.attr));
        break;
    case N_SUBSCRIPT:
        r = compile_expr(c, t->u.subscript.value);
        if (r == 0) r = compile_expr(c, t->u.subscript.slice);
        if (r == 0) emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST:
        r = compile_unpack(c, t);
        break;
    case N_STARRED:
        return error_node(c, t, "starred assignment target must be in a list or tuple", NULL);
    default:
        return error_node(c, t, "cannot assign to expression", NULL);
    }
    c->u->loc = saved;
    return r;
}

static int compile_delete(Compiler *c, const Node *t)
{
    Loc saved = c->u->loc;
    c->u->loc = loc_of(t);
    switch (t->kind) {
    case N_NAME:
        CHECK(compile_name(c, t->u.name.id, CTX_OP_DEL));
        break;
    case N_ATTRIBUTE:
        CHECK(compile_expr(c, t->u.attribute.value));
        emit_name(c, OP_DELETE_ATTR, mangle(c, t->u.attribute.attr));
        break;
    case N_SUBSCRIPT:
        CHECK(compile_expr(c, t->u.subscript.value));
        CHECK(compile_expr(c, t->u.subscript.slice));
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->u.list.elts.len; i++) CHECK(compile_delete(c, t->u.list.elts.items[i]));
        break;
    default:
        return error_node(c, t, "cannot delete expression", NULL);
    }
    c->u->loc = saved;
    return 0;
}

static int compile_augassign(Compiler *c, const Node *s)
{
    const Node *t = s->u.augassign.target;
    uint32_t op = (uint32_t)s->u.augassign.op | BINOP_INPLACE;
    Loc loc = loc_of(s);
    switch (t->kind) {
    case N_NAME:
        c->u->loc = loc_of(t);
        CHECK(compile_name(c, t->u.name.id, CTX_OP_LOAD));
        CHECK(compile_expr(c, s->u.augassign.value));
        c->u->loc = loc;
        emit(c, OP_BINARY_OP, op);
        c->u->loc = loc_of(t);
        return compile_name(c, t->u.name.id, CTX_OP_STORE);
    case N_ATTRIBUTE: {
        const char *attr = mangle(c, t->u.attribute.attr);
        CHECK(compile_expr(c, t->u.attribute.value));
        c->u->loc = loc_of(t);
        emit(c, OP_COPY, 1);
        emit_name(c, OP_LOAD_ATTR, attr);
        CHECK(compile_expr(c, s->u.augassign.value));
        c->u->loc = loc;
        emit(c, OP_BINARY_OP, op);
        c->u->loc = loc_of(t);
        emit(c, OP_SWAP, 2);
        emit_name(c, OP_STORE_ATTR, attr);
        return 0;
    }
    case N_SUBSCRIPT:
        CHECK(compile_expr(c, t->u.subscript.value));
        CHECK(compile_expr(c, t->u.subscript.slice));
        c->u->loc = loc_of(t);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        CHECK(compile_expr(c, s->u.augassign.value));
        c->u->loc = loc;
        emit(c, OP_BINARY_OP, op);
        c->u->loc = loc_of(t);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        return 0;
    default:
        return error_node(c, t, "'expression' is an illegal expression for augmented assignment", NULL);
    }
}

/* ---- leaving blocks: break, continue, return --------------------------- */

/* Emits what leaving block fb requires; with preserve_tos the value on
 * top of the stack (a return value) is kept above whatever is popped. */
static int unwind_fblock(Compiler *c, const FBlock *fb, bool preserve_tos)
{
    Unit *u = c->u;
    switch (fb->kind) {
    case FB_WHILE:
        return 0;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        return 0;
    case FB_TRY_EXCEPT:
        u->cur_handler = fb->outer_handler;
        return 0;
    case FB_FINALLY_TRY:
        u->cur_handler = fb->outer_handler;
        if (preserve_tos) push_fblock(c, FB_POP_VALUE, -1, -1);
        CHECK(compile_stmts(c, fb->finalbody));
        if (preserve_tos) pop_fblock(c);
        return 0;
    case FB_FINALLY_END:
        /* [prev_exc exc (value)]: drop exc, restore prev_exc. */
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        u->cur_handler = fb->outer_handler;
        emit(c, OP_POP_EXCEPT, 0);
        return 0;
    case FB_WITH:
    case FB_ASYNC_WITH: {
        u->cur_handler = fb->outer_handler;
        Loc saved = u->loc;
        u->loc = fb->loc;
        if (preserve_tos) emit(c, OP_SWAP, 2);
        for (int i = 0; i < 3; i++) CHECK(emit_const(c, VAL_NONE));
        emit(c, OP_CALL, 2);
        if (fb->kind == FB_ASYNC_WITH) CHECK(emit_await(c, 2));
        emit(c, OP_POP_TOP, 0);
        u->loc = saved;
        return 0;
    }
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        u->cur_handler = fb->outer_handler;
        emit(c, OP_POP_EXCEPT, 0);
        if (fb->name) {
            CHECK(emit_const(c, VAL_NONE));
            CHECK(compile_name(c, fb->name, CTX_OP_STORE));
            CHECK(compile_name(c, fb->name, CTX_OP_DEL));
        }
        return 0;
    }
    return 0;
}

/* Unwinds the blocks from the innermost out, stopping at the innermost
 * loop when want_loop (copied to *loop).  The blocks stay on the stack:
 * the code after the jump is still inside them. */
static int unwind_stack(Compiler *c, bool preserve_tos, bool want_loop, FBlock *loop, bool *found)
{
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock top = u->fblocks[u->nfblocks - 1];
    if (want_loop && (top.kind == FB_WHILE || top.kind == FB_FOR)) {
        *loop = top;
        *found = true;
        return 0;
    }
    u->nfblocks--;
    int r = unwind_fblock(c, &top, preserve_tos);
    if (r == 0) r = unwind_stack(c, preserve_tos, want_loop, loop, found);
    u->fblocks[u->nfblocks++] = top;
    return r;
}

static int compile_return(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    const Node *value = s->u.ret.value;
    if (u->scope->kind != SCOPE_FUNCTION) return error_node(c, s, "'return' outside function", NULL);
    if (value && (u->flags & CO_ASYNC_GENERATOR))
        return error_node(c, s, "'return' with value in async generator", NULL);
    int handler = u->cur_handler, depth = u->depth;
    bool preserve = value && value->kind != N_CONSTANT;
    if (preserve) CHECK(compile_expr(c, value));
    bool found = false;
    CHECK(unwind_stack(c, preserve, false, NULL, &found));
    set_loc(c, s);
    if (!value) CHECK(emit_const(c, VAL_NONE));
    else if (!preserve) CHECK(compile_expr(c, value));
    emit(c, OP_RETURN_VALUE, 0);
    u->cur_handler = handler;
    u->depth = depth;
    return 0;
}

static int compile_break_continue(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    bool is_break = s->kind == N_BREAK;
    int handler = u->cur_handler, depth = u->depth;
    FBlock loop;
    bool found = false;
    CHECK(unwind_stack(c, false, true, &loop, &found));
    if (!found)
        return error_node(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop", NULL);
    set_loc(c, s);
    if (is_break) {
        CHECK(unwind_fblock(c, &loop, false));
        emit_jump(c, OP_JUMP, loop.exit);
    } else {
        emit_jump(c, OP_JUMP, loop.start);
    }
    u->cur_handler = handler;
    u->depth = depth;
    return 0;
}

/* ---- compound statements --------------------------------------------- */

static int compile_if(Compiler *c, const Node *s)
{
    int end = new_label(c);
    if (s->u.if_.orelse.len) {
        int orelse = new_label(c);
        CHECK(compile_jump_if(c, s->u.if_.test, orelse, false));
        CHECK(compile_stmts(c, &s->u.if_.body));
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        CHECK(compile_stmts(c, &s->u.if_.orelse));
    } else {
        CHECK(compile_jump_if(c, s->u.if_.test, end, false));
        CHECK(compile_stmts(c, &s->u.if_.body));
    }
    bind_label(c, end);
    return 0;
}

/* The test is compiled twice, before the loop and after the body, so an
 * iteration takes one conditional jump and no unconditional one. */
static int compile_while(Compiler *c, const Node *s)
{
    const Node *test = s->u.while_.test;
    int body = new_label(c), next = new_label(c), orelse = new_label(c), end = new_label(c);
    bool forever = const_truth(test) == 1;
    if (!forever) CHECK(compile_jump_if(c, test, orelse, false));
    bind_label(c, body);
    push_fblock(c, FB_WHILE, next, end);
    CHECK(compile_stmts(c, &s->u.while_.body));
    pop_fblock(c);
    bind_label(c, next);
    if (forever) {
        set_loc(c, s);
        emit_jump(c, OP_JUMP, body);
    } else {
        CHECK(compile_jump_if(c, test, body, true));
    }
    bind_label(c, orelse);
    CHECK(compile_stmts(c, &s->u.while_.orelse));
    bind_label(c, end);
    return 0;
}

static int compile_for(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    bool async = s->u.for_.is_async;
    if (async) {
        if (top_level_await(c)) u->flags |= CO_COROUTINE;
        else if (!u->scope->is_async_def) return error_node(c, s, "'async for' outside async function", NULL);
    }
    CHECK(compile_expr(c, s->u.for_.iter));
    set_loc(c, s);
    emit(c, async ? OP_GET_AITER : OP_GET_ITER, 0);
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    bind_label(c, start);
    int handler = -1;
    if (async) {
        /* StopAsyncIteration from __anext__ ends the loop. */
        int prev = push_handler(c, cleanup, u->depth);
        handler = u->cur_handler;
        emit(c, OP_GET_ANEXT, 0);
        CHECK(emit_const(c, VAL_NONE));
        emit_send_loop(c);
        u->cur_handler = prev;
    } else {
        emit_jump(c, OP_FOR_ITER, cleanup);
    }
    push_fblock(c, FB_FOR, start, end);
    CHECK(compile_store(c, s->u.for_.target));
    CHECK(compile_stmts(c, &s->u.for_.body));
    pop_fblock(c);
    set_loc(c, s);
    emit_jump(c, OP_JUMP, start);
    if (async) {
        bind_handler(c, handler);
        emit(c, OP_END_ASYNC_FOR, 0);
    } else {
        bind_label(c, cleanup);
    }
    CHECK(compile_stmts(c, &s->u.for_.orelse));
    bind_label(c, end);
    return 0;
}

/* The context managers items[i:] of a with statement, then its body. */
static int compile_with(Compiler *c, const Node *s, int i)
{
    Unit *u = c->u;
    const Node *item = s->u.with.items.items[i];
    bool async = s->u.with.is_async;
    Loc loc = loc_of(s);
    if (async && i == 0) {
        if (top_level_await(c)) u->flags |= CO_COROUTINE;
        else if (!u->scope->is_async_def) return error_node(c, s, "'async with' outside async function", NULL);
    }
    CHECK(compile_expr(c, item->u.withitem.context_expr));
    u->loc = loc;
    if (async) {
        /* BEFORE_ASYNC_WITH leaves __aenter__()'s awaitable. */
        emit(c, OP_BEFORE_ASYNC_WITH, 0);
        CHECK(emit_const(c, VAL_NONE));
        emit_send_loop(c);
    } else {
        emit(c, OP_BEFORE_WITH, 0);
    }
    int base = u->depth - 2;    /* below [exit, enter_result] */
    int final = new_label(c), exit = new_label(c);
    int prev = push_handler(c, final, base + 1);
    int handler = u->cur_handler;
    FBlock *fb = push_fblock(c, async ? FB_ASYNC_WITH : FB_WITH, -1, -1);
    fb->outer_handler = prev;
    fb->loc = loc;
    if (item->u.withitem.optional_vars) CHECK(compile_store(c, item->u.withitem.optional_vars));
    else emit(c, OP_POP_TOP, 0);
    if (i + 1 < s->u.with.items.len) CHECK(compile_with(c, s, i + 1));
    else CHECK(compile_stmts(c, &s->u.with.body));
    pop_fblock(c);

    /* Normal exit: exit(None, None, None). */
    u->cur_handler = prev;
    u->loc = loc;
    for (int k = 0; k < 3; k++) CHECK(emit_const(c, VAL_NONE));
    emit(c, OP_CALL, 2);
    if (async) CHECK(emit_await(c, 2));
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, exit);

    /* Exception: [exit exc] -> swallow it if exit(type, exc, tb) is true. */
    bind_handler(c, handler);
    int cleanup = new_label(c), suppress = new_label(c);
    push_handler(c, cleanup, base + 2);
    int cleanup_handler = u->cur_handler;
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit(c, OP_WITH_EXCEPT_START, 0);
    if (async) CHECK(emit_await(c, 2));
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    bind_label(c, suppress);
    emit(c, OP_POP_TOP, 0);
    u->cur_handler = prev;
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, exit);

    /* An exception while handling: restore exc_info, propagate. */
    bind_handler(c, cleanup_handler);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    bind_label(c, exit);
    return 0;
}

/* With [prev_exc exc2] on the stack: restore prev_exc and re-raise exc2. */
static void emit_exc_cleanup(Compiler *c)
{
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static int clear_handler_name(Compiler *c, const char *name)
{
    CHECK(emit_const(c, VAL_NONE));
    CHECK(compile_name(c, name, CTX_OP_STORE));
    return compile_name(c, name, CTX_OP_DEL);
}

static int compile_try_except(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    const NodeList *handlers = &s->u.try_.handlers;
    int base = u->depth;
    int except = new_label(c), end = new_label(c);
    int prev = push_handler(c, except, base);
    int handler = u->cur_handler;
    push_fblock(c, FB_TRY_EXCEPT, -1, -1)->outer_handler = prev;
    CHECK(compile_stmts(c, &s->u.try_.body));
    pop_fblock(c);
    u->cur_handler = prev;
    CHECK(compile_stmts(c, &s->u.try_.orelse));
    emit_jump(c, OP_JUMP, end);

    /* [exc] -> [prev_exc exc] with exc_info = exc. */
    bind_handler(c, handler);
    int cleanup = new_label(c);
    set_loc(c, handlers->items[0]);
    push_handler(c, cleanup, base + 1);
    int cleanup_handler = u->cur_handler;
    emit(c, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < handlers->len; i++) {
        const Node *h = handlers->items[i];
        const char *name = h->u.handler.name;
        int next = new_label(c);
        set_loc(c, h);
        if (!h->u.handler.type && i + 1 < handlers->len)
            return error_node(c, h, "default 'except:' must be last", NULL);
        if (h->u.handler.type) {
            CHECK(compile_expr(c, h->u.handler.type));
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (name) {
            CHECK(compile_name(c, name, CTX_OP_STORE));
            /* The name is unbound after the clause, however it ends. */
            int unbind = new_label(c);
            push_handler(c, unbind, base + 1);
            int unbind_handler = u->cur_handler;
            FBlock *fb = push_fblock(c, FB_HANDLER_CLEANUP, -1, -1);
            fb->name = name;
            fb->outer_handler = prev;
            CHECK(compile_stmts(c, &h->u.handler.body));
            pop_fblock(c);
            u->cur_handler = prev;
            set_loc(c, h);
            emit(c, OP_POP_EXCEPT, 0);
            CHECK(clear_handler_name(c, name));
            emit_jump(c, OP_JUMP, end);
            u->cur_handler = cleanup_handler;
            bind_handler(c, unbind_handler);
            CHECK(clear_handler_name(c, name));
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            FBlock *fb = push_fblock(c, FB_HANDLER_CLEANUP, -1, -1);
            fb->outer_handler = prev;
            CHECK(compile_stmts(c, &h->u.handler.body));
            pop_fblock(c);
            u->cur_handler = prev;
            set_loc(c, h);
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP, end);
            u->cur_handler = cleanup_handler;
        }
        bind_label(c, next);
    }
    /* No clause matched. */
    emit(c, OP_RERAISE, 0);
    u->cur_handler = prev;
    bind_handler(c, cleanup_handler);
    emit_exc_cleanup(c);
    bind_label(c, end);
    return 0;
}

static int compile_try(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    if (!s->u.try_.finalbody.len) return compile_try_except(c, s);
    int base = u->depth;
    int final = new_label(c), end = new_label(c);
    int prev = push_handler(c, final, base);
    int handler = u->cur_handler;
    FBlock *fb = push_fblock(c, FB_FINALLY_TRY, -1, -1);
    fb->outer_handler = prev;
    fb->finalbody = &s->u.try_.finalbody;
    if (s->u.try_.handlers.len) CHECK(compile_try_except(c, s));
    else CHECK(compile_stmts(c, &s->u.try_.body));
    pop_fblock(c);
    u->cur_handler = prev;
    CHECK(compile_stmts(c, &s->u.try_.finalbody));
    emit_jump(c, OP_JUMP, end);

    /* Exceptional path: run the finally body with exc_info set, re-raise. */
    bind_handler(c, handler);
    int cleanup = new_label(c);
    push_handler(c, cleanup, base + 1);
    int cleanup_handler = u->cur_handler;
    set_loc(c, s->u.try_.finalbody.items[0]);
    emit(c, OP_PUSH_EXC_INFO, 0);
    push_fblock(c, FB_FINALLY_END, -1, -1)->outer_handler = prev;
    CHECK(compile_stmts(c, &s->u.try_.finalbody));
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    u->cur_handler = prev;
    bind_handler(c, cleanup_handler);
    emit_exc_cleanup(c);
    bind_label(c, end);
    return 0;
}

/* ---- simple statements ----------------------------------------------- */

static int compile_assign(Compiler *c, const Node *s)
{
    const NodeList *targets = &s->u.assign.targets;
    const Node *value = s->u.assign.value;
    const Node *t0 = targets->items[0];
    /* a, b = b, a: no tuple is built. */
    if (targets->len == 1 && (t0->kind == N_TUPLE || t0->kind == N_LIST) && value->kind == N_TUPLE
        && value->u.list.elts.len == t0->u.list.elts.len && value->u.list.elts.len <= 3
        && value->u.list.elts.len >= 2 && !has_starred(&t0->u.list.elts) && !has_starred(&value->u.list.elts)) {
        int n = value->u.list.elts.len;
        for (int i = 0; i < n; i++) CHECK(compile_expr(c, value->u.list.elts.items[i]));
        emit(c, OP_SWAP, (uint32_t)n);
        for (int i = 0; i < n; i++) CHECK(compile_store(c, t0->u.list.elts.items[i]));
        return 0;
    }
    CHECK(compile_expr(c, value));
    for (int i = 0; i < targets->len; i++) {
        if (i + 1 < targets->len) emit(c, OP_COPY, 1);
        CHECK(compile_store(c, targets->items[i]));
    }
    return 0;
}

/* Evaluated and discarded: what CPython checks of an annotation or of a
 * complex annotated target. */
static int compile_and_pop(Compiler *c, const Node *e)
{
    CHECK(compile_expr(c, e));
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int compile_annassign(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    const Node *t = s->u.annassign.target;
    bool evaluates = u->scope->kind != SCOPE_FUNCTION;
    if (s->u.annassign.value) {
        CHECK(compile_expr(c, s->u.annassign.value));
        CHECK(compile_store(c, t));
    }
    if (t->kind == N_NAME) {
        if (s->u.annassign.simple && evaluates) {
            CHECK(compile_expr(c, s->u.annassign.annotation));
            set_loc(c, s);
            emit_name(c, OP_LOAD_NAME, "__annotations__");
            CHECK(emit_str_const(c, mangle(c, t->u.name.id)));
            emit(c, OP_STORE_SUBSCR, 0);
            return 0;
        }
    } else if (!s->u.annassign.value) {
        if (t->kind == N_ATTRIBUTE) CHECK(compile_and_pop(c, t->u.attribute.value));
        if (t->kind == N_SUBSCRIPT) {
            CHECK(compile_and_pop(c, t->u.subscript.value));
            CHECK(compile_and_pop(c, t->u.subscript.slice));
        }
    }
    if (!s->u.annassign.simple && evaluates) CHECK(compile_and_pop(c, s->u.annassign.annotation));
    return 0;
}

static int compile_import(Compiler *c, const Node *s)
{
    const NodeList *names = &s->u.import.names;
    for (int i = 0; i < names->len; i++) {
        const Node *a = names->items[i];
        const char *name = a->u.alias.name;
        set_loc(c, a);
        CHECK(emit_const(c, val_from_small(0)));
        CHECK(emit_const(c, VAL_NONE));
        emit_name(c, OP_IMPORT_NAME, mangle(c, name));
        const char *dot = strchr(name, '.');
        if (a->u.alias.asname) {
            /* import a.b.c as d: d is a.b.c itself, not the package a. */
            if (dot) {
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    const char *attr = q ? arena_strndup(c->arena, p, (size_t)(q - p)) : p;
                    emit_name(c, OP_IMPORT_FROM, attr);
                    if (!q) break;
                    emit(c, OP_SWAP, 2);
                    emit(c, OP_POP_TOP, 0);
                    p = q + 1;
                }
                CHECK(compile_name(c, a->u.alias.asname, CTX_OP_STORE));
                emit(c, OP_POP_TOP, 0);
            } else {
                CHECK(compile_name(c, a->u.alias.asname, CTX_OP_STORE));
            }
        } else {
            const char *first = dot ? arena_strndup(c->arena, name, (size_t)(dot - name)) : name;
            CHECK(compile_name(c, first, CTX_OP_STORE));
        }
    }
    return 0;
}

static int compile_importfrom(Compiler *c, const Node *s)
{
    const NodeList *names = &s->u.importfrom.names;
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    /* Future features change nothing aster compiles. */
    if (strcmp(module, "__future__") == 0) return 0;
    Value fromlist = tuple_new(c->t, (size_t)names->len);
    if (fromlist == VAL_ERROR) return -1;
    gc_push_root(c->t, fromlist);
    for (int i = 0; i < names->len; i++) {
        Value v = str_from_cstr(c->t, names->items[i]->u.alias.name);
        if (v == VAL_ERROR) {
            gc_pop_roots(c->t, 1);
            return -1;
        }
        TUPLE(fromlist)->items[i] = v;
    }
    CHECK(emit_const(c, val_from_small(s->u.importfrom.level)));
    int k = add_const(c, fromlist);
    gc_pop_roots(c->t, 1);
    CHECK(k);
    emit(c, OP_LOAD_CONST, (uint32_t)k);
    emit_name(c, OP_IMPORT_NAME, mangle(c, module));
    if (names->len == 1 && strcmp(names->items[0]->u.alias.name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return 0;
    }
    for (int i = 0; i < names->len; i++) {
        const Node *a = names->items[i];
        set_loc(c, a);
        emit_name(c, OP_IMPORT_FROM, mangle(c, a->u.alias.name));
        CHECK(compile_name(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, CTX_OP_STORE));
    }
    set_loc(c, s);
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int compile_assert(Compiler *c, const Node *s)
{
    int end = new_label(c);
    CHECK(compile_jump_if(c, s->u.assert_.test, end, true));
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        CHECK(compile_expr(c, s->u.assert_.msg));
        emit(c, OP_CALL, 0);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    bind_label(c, end);
    return 0;
}

static int compile_stmt(Compiler *c, const Node *s)
{
    Unit *u = c->u;
    set_loc(c, s);
    switch (s->kind) {
    case N_FUNCTIONDEF:
        return compile_function(c, s);
    case N_CLASSDEF:
        return compile_class(c, s);
    case N_RETURN:
        return compile_return(c, s);
    case N_DELETE:
        for (int i = 0; i < s->u.del.targets.len; i++) CHECK(compile_delete(c, s->u.del.targets.items[i]));
        return 0;
    case N_ASSIGN:
        return compile_assign(c, s);
    case N_AUGASSIGN:
        return compile_augassign(c, s);
    case N_ANNASSIGN:
        return compile_annassign(c, s);
    case N_FOR:
        return compile_for(c, s);
    case N_WHILE:
        return compile_while(c, s);
    case N_IF:
        return compile_if(c, s);
    case N_WITH:
        return compile_with(c, s, 0);
    case N_RAISE: {
        uint32_t n = 0;
        if (s->u.raise.exc) {
            CHECK(compile_expr(c, s->u.raise.exc));
            n = 1;
            if (s->u.raise.cause) {
                CHECK(compile_expr(c, s->u.raise.cause));
                n = 2;
            }
        }
        emit(c, OP_RAISE_VARARGS, n);
        return 0;
    }
    case N_TRY:
        return compile_try(c, s);
    case N_ASSERT:
        return compile_assert(c, s);
    case N_IMPORT:
        return compile_import(c, s);
    case N_IMPORTFROM:
        return compile_importfrom(c, s);
    case N_EXPR: {
        const Node *v = s->u.expr.value;
        if (c->mode == PARSE_INTERACTIVE && !u->parent) {
            CHECK(compile_expr(c, v));
            emit(c, OP_PRINT_EXPR, 0);
            return 0;
        }
        /* A literal alone does nothing (docstrings, `...`). */
        if (v->kind == N_CONSTANT && v->u.constant.kind != CONST_IMAG) return 0;
        CHECK(compile_expr(c, v));
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    case N_BREAK:
    case N_CONTINUE:
        return compile_break_continue(c, s);
    case N_GLOBAL:
    case N_NONLOCAL:
    case N_PASS:
        return 0;
    default:
        return error_node(c, s, "invalid syntax", NULL);
    }
}

static int compile_stmts(Compiler *c, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) CHECK(compile_stmt(c, l->items[i]));
    return 0;
}

/* ---- entry points ---------------------------------------------------- */

static int compile_module_body(Compiler *c, const Node *module)
{
    const NodeList *body = &module->u.module.body;
    if (c->mode == PARSE_EVAL) {
        const Node *e = body->len ? body->items[0] : NULL;
        if (!e || e->kind != N_EXPR) return error_at(c, c->u->loc, "invalid syntax");
        CHECK(compile_expr(c, e->u.expr.value));
        emit(c, OP_RETURN_VALUE, 0);
        return 0;
    }
    if (find_annotation(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
    NodeList rest = *body;
    if (c->mode == PARSE_FILE && is_docstring(body)) {
        set_loc(c, body->items[0]);
        CHECK(emit_const(c, const_value(c, body->items[0]->u.expr.value)));
        emit_name(c, OP_STORE_GLOBAL, "__doc__");
        rest.items++;
        rest.len--;
    }
    CHECK(compile_stmts(c, &rest));
    if (body->len) set_loc(c, body->items[body->len - 1]);
    CHECK(emit_const(c, VAL_NONE));
    emit(c, OP_RETURN_VALUE, 0);
    return 0;
}

static Value compile_module_len(Thread *t, Node *module, const char *filename, const char *source,
                                size_t srclen, ParseMode mode)
{
    uint32_t mark = gc_root_mark(t);
    Compiler c;
    memset(&c, 0, sizeof c);
    c.t = t;
    c.arena = arena_new();
    c.source = source;
    c.srclen = srclen;
    c.mode = mode;
    Value result = VAL_ERROR;
    c.filename = str_from_cstr(t, filename);
    if (c.filename == VAL_ERROR) goto done;
    gc_push_root(t, c.filename);
    if (source) index_lines(&c);
    if (!symtable_build(&c.st, c.arena, module)) {
        SymLoc l = c.st.error_loc;
        Loc loc = { l.line, l.col, l.end_line, l.end_col };
        error_at(&c, loc, "%s", c.st.error);
        goto done;
    }
    Node first = *module;
    first.line = first.end_line = 1;
    first.col = first.end_col = 0;
    if (unit_enter(&c, c.st.top, "<module>", "<module>", 1, &first) < 0) goto done;
    c.u->flags = CO_MODULE;
    if (compile_module_body(&c, module) < 0 || unit_finish(&c, NULL, &result) < 0) result = VAL_ERROR;
done:
    /* No allocation between here and the caller taking the result. */
    gc_root_reset(t, mark);
    arena_free(c.arena);
    return result;
}

Value compile_module(Thread *t, Node *module, const char *filename, const char *source,
                     ParseMode mode)
{
    return compile_module_len(t, module, filename, source, source ? strlen(source) : 0, mode);
}

Value compile_interactive(Thread *t, const char *src, size_t len, const char *filename, bool *incomplete)
{
    Arena *a = arena_new();
    ParseError err;
    memset(&err, 0, sizeof err);
    Node *module = parse_source(a, src, len, PARSE_INTERACTIVE, &err);
    Value r = VAL_ERROR;
    *incomplete = !module && err.incomplete;
    if (module) r = compile_module_len(t, module, filename, src, len, PARSE_INTERACTIVE);
    else if (!*incomplete) r = compile_raise_syntax_error(t, &err, filename, src, len);
    arena_free(a);
    return r;
}

Value compile_source(Thread *t, const char *src, size_t len, const char *filename, ParseMode mode)
{
    Arena *a = arena_new();
    ParseError err;
    memset(&err, 0, sizeof err);
    Node *module = parse_source(a, src, len, mode, &err);
    Value r;
    if (!module) r = compile_raise_syntax_error(t, &err, filename, src, len);
    else r = compile_module_len(t, module, filename, src, len, mode);
    arena_free(a);
    return r;
}
