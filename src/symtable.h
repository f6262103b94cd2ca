/*
 * symtable.h -- the scope pass: which names are local, global, free or
 * cell in each function, class, lambda and comprehension.
 *
 * The compiler runs it over the whole tree before emitting any code, like
 * CPython's symtable.c, in two steps:
 *
 *  1. a walk that creates one Scope per module / def / lambda / class /
 *     comprehension and records, per name, how the scope uses it (DEF_*
 *     flags: assigned, parameter, declared global or nonlocal, read);
 *  2. an analysis from the module down that resolves each name to one
 *     SymScope.  A name assigned in a function is LOCAL there; a name a
 *     nested function reads and an enclosing function binds is FREE in
 *     the nested one and CELL in the binder; anything else is global.
 *     Class bodies bind names in their namespace dict, which nested
 *     functions cannot see; a method that uses `super` or `__class__`
 *     makes the class keep an implicit `__class__` cell.
 *
 * Comprehensions and generator expressions are scopes of their own (a
 * function called with the first iterator as its parameter `.0`); a
 * walrus inside one binds in the nearest enclosing function (or module).
 *
 * Everything lives in the Arena passed to symtable_build and holds no GC
 * values, so the pass never runs the collector.  Names are the mangled
 * ones (`__x` inside class C is `_C__x`), exactly as the compiler looks
 * them up.
 */
#ifndef ASTER_SYMTABLE_H
#define ASTER_SYMTABLE_H

#include "ast.h"

/* How a scope uses a name (Symbol.flags). */
#define DEF_LOCAL      0x001    /* assigned, deleted, bound by for/with/except/def/class */
#define DEF_PARAM      0x002    /* a parameter */
#define DEF_GLOBAL     0x004    /* `global` statement (or walrus target at module level) */
#define DEF_NONLOCAL   0x008    /* `nonlocal` statement (or walrus target in a function) */
#define DEF_USE        0x010    /* read */
#define DEF_IMPORT     0x020    /* bound by import */
#define DEF_ANNOT      0x040    /* annotated (x: T) */
#define DEF_COMP_ITER  0x080    /* a comprehension's iteration variable */
#define DEF_FREE_CLASS 0x100    /* class scope: a method needs the name from outside */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives, after analysis. */
typedef enum {
    SYM_UNRESOLVED,
    SYM_LOCAL,            /* a fast slot (function) or the namespace (class, module) */
    SYM_GLOBAL_EXPLICIT,  /* declared global */
    SYM_GLOBAL_IMPLICIT,  /* not bound in any enclosing function: globals, then builtins */
    SYM_FREE,             /* bound in an enclosing function: a closure cell */
    SYM_CELL              /* bound here and read by a nested function: a cell */
} SymScope;

typedef enum { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;
typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP } CompKind;

/* A string -> int map over arena memory, in insertion order.  Used for
 * a scope's symbols, the analysis' name sets and the compiler's name
 * tables.  A value of 0 in a set means "absent" (removal keeps order). */
typedef struct {
    const char **keys;          /* insertion order */
    int *values;
    int len, cap;
    int *index;                 /* open addressing into keys; -1 empty */
    int index_cap;              /* power of two */
    Arena *arena;
} NameMap;

void symtable_map_init(NameMap *m, Arena *a);
/* The value for key, or -1 when absent. */
int symtable_map_get(const NameMap *m, const char *key);
/* Sets key (added at the end if new). */
void symtable_map_put(NameMap *m, const char *key, int value);

typedef struct {
    int line, col, end_line, end_col;
} SymLoc;

typedef struct {
    const char *name;           /* mangled */
    uint32_t flags;             /* DEF_* */
    SymScope scope;
    int slot;                   /* the compiler's localsplus slot, or -1 */
    SymLoc directive;           /* the global/nonlocal statement, for errors */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    CompKind comp;              /* COMP_NONE unless a comprehension */
    bool is_lambda;
    const char *name;           /* "top", the def/class name, "<lambda>", "<listcomp>" ... */
    const Node *node;
    Scope *parent;
    Scope **children;
    int nchildren, children_cap;

    Symbol *syms;               /* in order of first mention */
    int nsyms, syms_cap;
    NameMap sym_index;          /* name -> index in syms */
    const char **params;        /* parameter names in slot order (code.h) */
    int nparams, params_cap;

    const char *private_name;   /* enclosing class name, for mangling */
    bool generator;             /* contains yield / yield from */
    bool coroutine;             /* async def, or awaits (comprehension, top level) */
    bool is_async_def;
    bool needs_class_closure;   /* class: keeps an implicit __class__ cell */
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable */
};

typedef struct SymTable {
    Arena *arena;
    Scope *top;                 /* the module */
    Scope **all;                /* every scope, module first */
    int nall, all_cap;
    const Node **node_keys;     /* internal: node address -> scope, open addressing */
    Scope **node_vals;
    int node_cap;
    /* The SyntaxError, when symtable_build fails. */
    char error[256];
    SymLoc error_loc;
} SymTable;

/* Builds and analyses the table for a module tree.  Returns false with
 * st->error / st->error_loc describing the SyntaxError (e.g. "no binding
 * for nonlocal 'x' found").  Never collects; aborts only if malloc fails
 * (as the arena does). */
bool symtable_build(SymTable *st, Arena *a, const Node *module);

/* The scope made for a def, lambda, class or comprehension node. */
Scope *symtable_scope(const SymTable *st, const Node *n);

/* The symbol for an (already mangled) name in s, or NULL. */
Symbol *symtable_lookup(const Scope *s, const char *name);

/* Private name mangling: `__x` inside class `_C` reads `_C__x`.  Names
 * that end in "__" or hold a dot are left alone.  The result is name
 * itself or a new arena string. */
const char *symtable_mangle(Arena *a, const char *private_name, const char *name);

#endif
