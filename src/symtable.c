/*
 * symtable.c -- the scope pass (see symtable.h for the rules).
 *
 * The walk records flags per name and scope; the analysis then resolves
 * every name top-down, passing each block the set of names its enclosing
 * functions bind ("bound") and the set declared global ("global"), and
 * collecting bottom-up the names nested blocks need from outside
 * ("free").  A local that a nested block needs becomes a cell.
 *
 * All memory comes from the arena; errors are reported once, in
 * st->error, and unwind the walk through `false` returns.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "symtable.h"

/* ---- NameMap --------------------------------------------------------- */

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void symtable_map_init(NameMap *m, Arena *a)
{
    memset(m, 0, sizeof *m);
    m->arena = a;
}

static int map_slot(const NameMap *m, const char *key)
{
    uint32_t mask = (uint32_t)m->index_cap - 1;
    uint32_t i = hash_str(key) & mask;
    for (;;) {
        int k = m->index[i];
        if (k < 0 || strcmp(m->keys[k], key) == 0) return (int)i;
        i = (i + 1) & mask;
    }
}

int symtable_map_get(const NameMap *m, const char *key)
{
    if (!m->index_cap) return -1;
    int k = m->index[map_slot(m, key)];
    return k < 0 ? -1 : m->values[k];
}

static void map_rehash(NameMap *m)
{
    int cap = m->index_cap ? m->index_cap * 2 : 16;
    m->index = arena_alloc(m->arena, (size_t)cap * sizeof(int));
    m->index_cap = cap;
    for (int i = 0; i < cap; i++) m->index[i] = -1;
    for (int k = 0; k < m->len; k++) m->index[map_slot(m, m->keys[k])] = k;
}

void symtable_map_put(NameMap *m, const char *key, int value)
{
    if (m->index_cap) {
        int k = m->index[map_slot(m, key)];
        if (k >= 0) { m->values[k] = value; return; }
    }
    if (m->len == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **keys = arena_alloc(m->arena, (size_t)cap * sizeof *keys);
        int *values = arena_alloc(m->arena, (size_t)cap * sizeof *values);
        if (m->len) {
            memcpy(keys, m->keys, (size_t)m->len * sizeof *keys);
            memcpy(values, m->values, (size_t)m->len * sizeof *values);
        }
        m->keys = keys;
        m->values = values;
        m->cap = cap;
    }
    m->keys[m->len] = key;
    m->values[m->len] = value;
    m->len++;
    if (m->len * 2 > m->index_cap) map_rehash(m);
    else m->index[map_slot(m, key)] = m->len - 1;
}

/* Name sets for the analysis: present when the value is 1. */
static bool set_has(const NameMap *s, const char *name) { return symtable_map_get(s, name) > 0; }
static void set_add(NameMap *s, const char *name) { symtable_map_put(s, name, 1); }
static void set_discard(NameMap *s, const char *name)
{
    if (set_has(s, name)) symtable_map_put(s, name, 0);
}
static void set_union(NameMap *dst, const NameMap *src)
{
    for (int i = 0; i < src->len; i++)
        if (src->values[i] > 0) set_add(dst, src->keys[i]);
}
static void set_copy(NameMap *dst, const NameMap *src, Arena *a)
{
    symtable_map_init(dst, a);
    set_union(dst, src);
}

/* ---- arrays ---------------------------------------------------------- */

/* Grows an arena array so one more element fits. */
static void *grow(Arena *a, void *items, int len, int *cap, size_t size)
{
    if (len < *cap) return items;
    int ncap = *cap ? *cap * 2 : 4;
    void *n = arena_alloc(a, (size_t)ncap * size);
    if (len) memcpy(n, items, (size_t)len * size);
    *cap = ncap;
    return n;
}

const char *symtable_mangle(Arena *a, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    /* Not __dunder__ names, nor "__" and "___" (they end in "__" too). */
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    size_t p = strlen(private_name);
    char *r = arena_alloc(a, 1 + p + n + 1);
    r[0] = '_';
    memcpy(r + 1, private_name, p);
    memcpy(r + 1 + p, name, n + 1);
    return r;
}

Symbol *symtable_lookup(const Scope *s, const char *name)
{
    int i = symtable_map_get(&s->sym_index, name);
    return i < 0 ? NULL : &s->syms[i];
}

Scope *symtable_scope(const SymTable *st, const Node *n)
{
    if (!st->node_cap) return NULL;
    uint32_t mask = (uint32_t)st->node_cap - 1;
    uint32_t i = (uint32_t)(((uintptr_t)n >> 3) * 2654435761u) & mask;
    while (st->node_keys[i]) {
        if (st->node_keys[i] == n) return st->node_vals[i];
        i = (i + 1) & mask;
    }
    return NULL;
}

static void node_map_put(SymTable *st, const Node *n, Scope *s)
{
    if ((st->nall + 1) * 2 > st->node_cap) {
        int cap = st->node_cap ? st->node_cap * 2 : 32;
        const Node **keys = arena_alloc(st->arena, (size_t)cap * sizeof *keys);
        Scope **vals = arena_alloc(st->arena, (size_t)cap * sizeof *vals);
        const Node **old_keys = st->node_keys;
        Scope **old_vals = st->node_vals;
        int old_cap = st->node_cap;
        st->node_keys = keys;
        st->node_vals = vals;
        st->node_cap = cap;
        for (int j = 0; j < old_cap; j++)
            if (old_keys[j]) node_map_put(st, old_keys[j], old_vals[j]);
    }
    uint32_t mask = (uint32_t)st->node_cap - 1;
    uint32_t i = (uint32_t)(((uintptr_t)n >> 3) * 2654435761u) & mask;
    while (st->node_keys[i]) i = (i + 1) & mask;
    st->node_keys[i] = n;
    st->node_vals[i] = s;
}

/* ---- the walk -------------------------------------------------------- */

typedef struct {
    SymTable *st;
    Scope *cur;
    bool comp_target;           /* storing a comprehension's iteration variable */
} Walker;

static SymLoc loc_of(const Node *n)
{
    SymLoc l = { n->line, n->col, n->end_line, n->end_col };
    return l;
}

static bool fail(Walker *w, SymLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->st->error, sizeof w->st->error, fmt, ap);
    va_end(ap);
    w->st->error_loc = loc;
    return false;
}

static Scope *enter_scope(Walker *w, ScopeKind kind, const char *name, const Node *n)
{
    SymTable *st = w->st;
    Scope *s = arena_alloc(st->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = n;
    s->parent = w->cur;
    symtable_map_init(&s->sym_index, st->arena);
    if (w->cur) {
        s->private_name = w->cur->private_name;
        Scope *p = w->cur;
        p->children = grow(st->arena, p->children, p->nchildren, &p->children_cap, sizeof(Scope *));
        p->children[p->nchildren++] = s;
        node_map_put(st, n, s);
    }
    st->all = grow(st->arena, st->all, st->nall, &st->all_cap, sizeof(Scope *));
    st->all[st->nall++] = s;
    w->cur = s;
    return s;
}

static Symbol *symbol_in(Walker *w, Scope *s, const char *name)
{
    Symbol *sym = symtable_lookup(s, name);
    if (sym) return sym;
    s->syms = grow(w->st->arena, s->syms, s->nsyms, &s->syms_cap, sizeof(Symbol));
    sym = &s->syms[s->nsyms];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->slot = -1;
    symtable_map_put(&s->sym_index, name, s->nsyms);
    s->nsyms++;
    return sym;
}

/* Records a use of an already mangled name in scope s. */
static bool add_def_in(Walker *w, Scope *s, const char *name, uint32_t flag, SymLoc loc)
{
    Symbol *sym = symbol_in(w, s, name);
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        return fail(w, loc, "duplicate argument '%s' in function definition", name);
    sym->flags |= flag;
    if (flag & DEF_PARAM) {
        s->params = grow(w->st->arena, s->params, s->nparams, &s->params_cap, sizeof(char *));
        s->params[s->nparams++] = name;
    }
    return true;
}

static const char *mangle(Walker *w, const char *name)
{
    return symtable_mangle(w->st->arena, w->cur->private_name, name);
}

static bool add_def(Walker *w, const char *name, uint32_t flag, SymLoc loc)
{
    return add_def_in(w, w->cur, mangle(w, name), flag, loc);
}

static bool visit_expr(Walker *w, const Node *e);
static bool visit_stmts(Walker *w, const NodeList *l);

static bool visit_exprs(Walker *w, const NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && !visit_expr(w, l->items[i])) return false;
    return true;
}

/* An assignment target: names are bound with `flag`, anything else is
 * evaluated (the object of an attribute or subscript target). */
static bool visit_target(Walker *w, const Node *e, uint32_t flag)
{
    switch (e->kind) {
    case N_NAME:
        return add_def(w, e->u.name.id, flag | (w->comp_target ? DEF_COMP_ITER : 0), loc_of(e));
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < e->u.list.elts.len; i++)
            if (!visit_target(w, e->u.list.elts.items[i], flag)) return false;
        return true;
    case N_STARRED:
        return visit_target(w, e->u.starred.value, flag);
    case N_ATTRIBUTE:
        return visit_expr(w, e->u.attribute.value);
    case N_SUBSCRIPT:
        return visit_expr(w, e->u.subscript.value) && visit_expr(w, e->u.subscript.slice);
    default:
        return visit_expr(w, e);
    }
}

static bool visit_params(Walker *w, const Node *args)
{
    const NodeList *lists[3] = {
        &args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs
    };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++) {
            const Node *a = lists[k]->items[i];
            if (!add_def(w, a->u.arg.name, DEF_PARAM, loc_of(a))) return false;
        }
    if (args->u.arguments.vararg
        && !add_def(w, args->u.arguments.vararg->u.arg.name, DEF_PARAM, loc_of(args->u.arguments.vararg)))
        return false;
    if (args->u.arguments.kwarg
        && !add_def(w, args->u.arguments.kwarg->u.arg.name, DEF_PARAM, loc_of(args->u.arguments.kwarg)))
        return false;
    return true;
}

/* Defaults are evaluated where the def or lambda appears. */
static bool visit_defaults(Walker *w, const Node *args)
{
    return visit_exprs(w, &args->u.arguments.defaults)
        && visit_exprs(w, &args->u.arguments.kw_defaults);
}

static bool visit_param_annotations(Walker *w, const NodeList *params)
{
    for (int i = 0; i < params->len; i++) {
        const Node *a = params->items[i]->u.arg.annotation;
        if (a && !visit_expr(w, a)) return false;
    }
    return true;
}

/* So are a def's annotations (they become its __annotations__): their
 * names must resolve in the enclosing scope, as cells if need be. */
static bool visit_annotations(Walker *w, const Node *args, const Node *returns)
{
    const Node *star[2] = { args->u.arguments.vararg, args->u.arguments.kwarg };
    for (int i = 0; i < 2; i++)
        if (star[i] && star[i]->u.arg.annotation && !visit_expr(w, star[i]->u.arg.annotation))
            return false;
    return visit_param_annotations(w, &args->u.arguments.posonlyargs)
        && visit_param_annotations(w, &args->u.arguments.args)
        && visit_param_annotations(w, &args->u.arguments.kwonlyargs)
        && (!returns || visit_expr(w, returns));
}

static const char *comp_description(CompKind k)
{
    switch (k) {
    case COMP_LIST: return "list comprehension";
    case COMP_SET: return "set comprehension";
    case COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

/* `(x := v)` inside a comprehension binds x in the nearest enclosing
 * function (as a free variable of the comprehension) or in the module. */
static bool extend_namedexpr_scope(Walker *w, const Node *target)
{
    const char *name = mangle(w, target->u.name.id);
    SymLoc loc = loc_of(target);
    for (Scope *s = w->cur; s; s = s->parent) {
        if (s->comp != COMP_NONE) {
            Symbol *sym = symtable_lookup(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER))
                return fail(w, loc, "assignment expression cannot rebind comprehension iteration variable '%s'",
                            name);
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            Symbol *sym = symtable_lookup(s, name);
            uint32_t flag = sym && (sym->flags & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            return add_def_in(w, w->cur, name, flag, loc) && add_def_in(w, s, name, DEF_LOCAL, loc);
        }
        if (s->kind == SCOPE_MODULE)
            return add_def_in(w, w->cur, name, DEF_GLOBAL, loc) && add_def_in(w, s, name, DEF_GLOBAL, loc);
        return fail(w, loc, "assignment expression within a comprehension cannot be used in a class body");
    }
    return true;
}

static bool visit_comprehension(Walker *w, const Node *e)
{
    static const char *const names[] = { NULL, "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    CompKind kind = e->kind == N_LISTCOMP ? COMP_LIST : e->kind == N_SETCOMP ? COMP_SET
                  : e->kind == N_DICTCOMP ? COMP_DICT : COMP_GENEXP;
    const NodeList *gens = &e->u.comp.generators;
    const Node *first = gens->items[0];
    Scope *outer = w->cur;

    /* The first iterable is evaluated outside, in the enclosing scope. */
    outer->comp_iter_expr++;
    if (!visit_expr(w, first->u.comprehension.iter)) return false;
    outer->comp_iter_expr--;

    Scope *s = enter_scope(w, SCOPE_FUNCTION, names[kind], e);
    s->comp = kind;
    if (first->u.comprehension.is_async) s->coroutine = true;
    if (!add_def_in(w, s, ".0", DEF_PARAM, loc_of(e))) return false;
    for (int i = 0; i < gens->len; i++) {
        const Node *g = gens->items[i];
        if (i > 0) {
            s->comp_iter_expr++;
            if (!visit_expr(w, g->u.comprehension.iter)) return false;
            s->comp_iter_expr--;
            if (g->u.comprehension.is_async) s->coroutine = true;
        }
        w->comp_target = true;
        bool ok = visit_target(w, g->u.comprehension.target, DEF_LOCAL);
        w->comp_target = false;
        if (!ok || !visit_exprs(w, &g->u.comprehension.ifs)) return false;
    }
    if (kind == COMP_DICT) {
        if (!visit_expr(w, e->u.comp.key) || !visit_expr(w, e->u.comp.value)) return false;
    } else if (!visit_expr(w, e->u.comp.elt)) {
        return false;
    }
    if (kind == COMP_GENEXP) s->generator = true;
    w->cur = outer;
    /* A comprehension that awaits an inner async comprehension awaits too. */
    if (s->coroutine && kind != COMP_GENEXP && outer->comp != COMP_NONE) outer->coroutine = true;
    return true;
}

static bool visit_expr(Walker *w, const Node *e)
{
    switch (e->kind) {
    case N_BOOLOP:
        return visit_exprs(w, &e->u.boolop.values);
    case N_NAMEDEXPR:
        if (w->cur->comp_iter_expr > 0)
            return fail(w, loc_of(e), "assignment expression cannot be used in a comprehension iterable expression");
        if (w->cur->comp != COMP_NONE && !extend_namedexpr_scope(w, e->u.namedexpr.target)) return false;
        return visit_expr(w, e->u.namedexpr.value) && visit_target(w, e->u.namedexpr.target, DEF_LOCAL);
    case N_BINOP:
        return visit_expr(w, e->u.binop.left) && visit_expr(w, e->u.binop.right);
    case N_UNARYOP:
        return visit_expr(w, e->u.unaryop.operand);
    case N_LAMBDA: {
        if (!visit_defaults(w, e->u.lambda.args)) return false;
        Scope *outer = w->cur;
        Scope *s = enter_scope(w, SCOPE_FUNCTION, "<lambda>", e);
        s->is_lambda = true;
        if (!visit_params(w, e->u.lambda.args) || !visit_expr(w, e->u.lambda.body)) return false;
        w->cur = outer;
        return true;
    }
    case N_IFEXP:
        return visit_expr(w, e->u.ifexp.test) && visit_expr(w, e->u.ifexp.body)
            && visit_expr(w, e->u.ifexp.orelse);
    case N_DICT:
        return visit_exprs(w, &e->u.dict.keys) && visit_exprs(w, &e->u.dict.values);
    case N_SET:
        return visit_exprs(w, &e->u.set.elts);
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
        return visit_comprehension(w, e);
    case N_AWAIT:
        if (!visit_expr(w, e->u.await.value)) return false;
        w->cur->coroutine = true;
        return true;
    case N_YIELD:
    case N_YIELDFROM: {
        if (w->cur->comp != COMP_NONE)
            return fail(w, loc_of(e), "'yield' inside %s", comp_description(w->cur->comp));
        const Node *v = e->kind == N_YIELD ? e->u.yield.value : e->u.yieldfrom.value;
        if (v && !visit_expr(w, v)) return false;
        w->cur->generator = true;
        return true;
    }
    case N_COMPARE:
        return visit_expr(w, e->u.compare.left) && visit_exprs(w, &e->u.compare.comparators);
    case N_CALL:
        if (!visit_expr(w, e->u.call.func) || !visit_exprs(w, &e->u.call.args)) return false;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (!visit_expr(w, e->u.call.keywords.items[i]->u.keyword.value)) return false;
        return true;
    case N_FORMATTEDVALUE:
        return visit_expr(w, e->u.formatted.value)
            && (!e->u.formatted.format_spec || visit_expr(w, e->u.formatted.format_spec));
    case N_JOINEDSTR:
        return visit_exprs(w, &e->u.joinedstr.values);
    case N_CONSTANT:
        return true;
    case N_ATTRIBUTE:
        if (e->u.attribute.ctx != CTX_LOAD) return visit_target(w, e, DEF_LOCAL);
        return visit_expr(w, e->u.attribute.value);
    case N_SUBSCRIPT:
        return visit_expr(w, e->u.subscript.value) && visit_expr(w, e->u.subscript.slice);
    case N_STARRED:
        return visit_expr(w, e->u.starred.value);
    case N_NAME:
        if (e->u.name.ctx != CTX_LOAD) return visit_target(w, e, DEF_LOCAL);
        if (!add_def(w, e->u.name.id, DEF_USE, loc_of(e))) return false;
        /* Zero-argument super() needs the class cell. */
        if (w->cur->kind == SCOPE_FUNCTION && strcmp(e->u.name.id, "super") == 0)
            return add_def_in(w, w->cur, "__class__", DEF_USE, loc_of(e));
        return true;
    case N_LIST:
    case N_TUPLE:
        return visit_exprs(w, &e->u.list.elts);
    case N_SLICE:
        return (!e->u.slice.lower || visit_expr(w, e->u.slice.lower))
            && (!e->u.slice.upper || visit_expr(w, e->u.slice.upper))
            && (!e->u.slice.step || visit_expr(w, e->u.slice.step));
    default:
        return fail(w, loc_of(e), "invalid syntax");
    }
}

static bool visit_global(Walker *w, const Node *s)
{
    bool global = s->kind == N_GLOBAL;
    const char *what = global ? "global" : "nonlocal";
    SymLoc loc = loc_of(s);
    if (!global && w->cur->kind == SCOPE_MODULE)
        return fail(w, loc, "nonlocal declaration not allowed at module level");
    for (int i = 0; i < s->u.global.len; i++) {
        const char *name = mangle(w, s->u.global.names[i]);
        Symbol *sym = symtable_lookup(w->cur, name);
        uint32_t cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM) return fail(w, loc, "name '%s' is parameter and %s", name, what);
            if (cur & DEF_USE) return fail(w, loc, "name '%s' is used prior to %s declaration", name, what);
            if (cur & DEF_ANNOT) return fail(w, loc, "annotated name '%s' can't be %s", name, what);
            return fail(w, loc, "name '%s' is assigned to before %s declaration", name, what);
        }
        if (!add_def_in(w, w->cur, name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc)) return false;
        Symbol *sym2 = symtable_lookup(w->cur, name);
        if (!sym2->directive.line) sym2->directive = loc;
    }
    return true;
}

static bool visit_stmt(Walker *w, const Node *s)
{
    switch (s->kind) {
    case N_FUNCTIONDEF: {
        const Node *args = s->u.funcdef.args;
        if (!add_def(w, s->u.funcdef.name, DEF_LOCAL, loc_of(s)) || !visit_defaults(w, args)
            || !visit_annotations(w, args, s->u.funcdef.returns)
            || !visit_exprs(w, &s->u.funcdef.decorators))
            return false;
        Scope *outer = w->cur;
        Scope *f = enter_scope(w, SCOPE_FUNCTION, s->u.funcdef.name, s);
        f->is_async_def = f->coroutine = s->u.funcdef.is_async;
        if (!visit_params(w, args) || !visit_stmts(w, &s->u.funcdef.body)) return false;
        w->cur = outer;
        return true;
    }
    case N_CLASSDEF: {
        if (!add_def(w, s->u.classdef.name, DEF_LOCAL, loc_of(s)) || !visit_exprs(w, &s->u.classdef.bases))
            return false;
        for (int i = 0; i < s->u.classdef.keywords.len; i++)
            if (!visit_expr(w, s->u.classdef.keywords.items[i]->u.keyword.value)) return false;
        if (!visit_exprs(w, &s->u.classdef.decorators)) return false;
        Scope *outer = w->cur;
        Scope *c = enter_scope(w, SCOPE_CLASS, s->u.classdef.name, s);
        c->private_name = s->u.classdef.name;
        if (!visit_stmts(w, &s->u.classdef.body)) return false;
        w->cur = outer;
        return true;
    }
    case N_RETURN:
        return !s->u.ret.value || visit_expr(w, s->u.ret.value);
    case N_DELETE:
        for (int i = 0; i < s->u.del.targets.len; i++)
            if (!visit_target(w, s->u.del.targets.items[i], DEF_LOCAL)) return false;
        return true;
    case N_ASSIGN:
        if (!visit_expr(w, s->u.assign.value)) return false;
        for (int i = 0; i < s->u.assign.targets.len; i++)
            if (!visit_target(w, s->u.assign.targets.items[i], DEF_LOCAL)) return false;
        return true;
    case N_AUGASSIGN:
        return visit_target(w, s->u.augassign.target, DEF_LOCAL) && visit_expr(w, s->u.augassign.value);
    case N_ANNASSIGN: {
        const Node *target = s->u.annassign.target;
        if (target->kind == N_NAME) {
            const char *name = mangle(w, target->u.name.id);
            Symbol *sym = symtable_lookup(w->cur, name);
            uint32_t cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && w->cur->kind != SCOPE_MODULE && s->u.annassign.simple)
                return fail(w, loc_of(s), "annotated name '%s' can't be %s", name,
                            (cur & DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->u.annassign.simple) {
                if (!add_def_in(w, w->cur, name, DEF_ANNOT | DEF_LOCAL, loc_of(target))) return false;
            } else if (s->u.annassign.value && !add_def_in(w, w->cur, name, DEF_LOCAL, loc_of(target))) {
                return false;
            }
        } else if (!visit_target(w, target, DEF_LOCAL)) {
            return false;
        }
        /* Annotations are evaluated only at module and class level. */
        if (w->cur->kind != SCOPE_FUNCTION && !visit_expr(w, s->u.annassign.annotation)) return false;
        return !s->u.annassign.value || visit_expr(w, s->u.annassign.value);
    }
    case N_FOR:
        if (s->u.for_.is_async && w->cur->kind == SCOPE_MODULE) w->cur->coroutine = true;
        return visit_target(w, s->u.for_.target, DEF_LOCAL) && visit_expr(w, s->u.for_.iter)
            && visit_stmts(w, &s->u.for_.body) && visit_stmts(w, &s->u.for_.orelse);
    case N_WHILE:
        return visit_expr(w, s->u.while_.test) && visit_stmts(w, &s->u.while_.body)
            && visit_stmts(w, &s->u.while_.orelse);
    case N_IF:
        return visit_expr(w, s->u.if_.test) && visit_stmts(w, &s->u.if_.body)
            && visit_stmts(w, &s->u.if_.orelse);
    case N_WITH:
        if (s->u.with.is_async && w->cur->kind == SCOPE_MODULE) w->cur->coroutine = true;
        for (int i = 0; i < s->u.with.items.len; i++) {
            const Node *item = s->u.with.items.items[i];
            if (!visit_expr(w, item->u.withitem.context_expr)) return false;
            if (item->u.withitem.optional_vars
                && !visit_target(w, item->u.withitem.optional_vars, DEF_LOCAL))
                return false;
        }
        return visit_stmts(w, &s->u.with.body);
    case N_RAISE:
        return (!s->u.raise.exc || visit_expr(w, s->u.raise.exc))
            && (!s->u.raise.cause || visit_expr(w, s->u.raise.cause));
    case N_TRY:
        if (!visit_stmts(w, &s->u.try_.body)) return false;
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const Node *h = s->u.try_.handlers.items[i];
            if (h->u.handler.type && !visit_expr(w, h->u.handler.type)) return false;
            if (h->u.handler.name && !add_def(w, h->u.handler.name, DEF_LOCAL, loc_of(h))) return false;
            if (!visit_stmts(w, &h->u.handler.body)) return false;
        }
        return visit_stmts(w, &s->u.try_.orelse) && visit_stmts(w, &s->u.try_.finalbody);
    case N_ASSERT:
        return visit_expr(w, s->u.assert_.test) && (!s->u.assert_.msg || visit_expr(w, s->u.assert_.msg));
    case N_IMPORT:
        for (int i = 0; i < s->u.import.names.len; i++) {
            const Node *a = s->u.import.names.items[i];
            const char *name = a->u.alias.asname;
            if (!name) {
                const char *dot = strchr(a->u.alias.name, '.');
                name = dot ? arena_strndup(w->st->arena, a->u.alias.name, (size_t)(dot - a->u.alias.name))
                           : a->u.alias.name;
            }
            if (!add_def(w, name, DEF_IMPORT, loc_of(a))) return false;
        }
        return true;
    case N_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.names.len; i++) {
            const Node *a = s->u.importfrom.names.items[i];
            if (strcmp(a->u.alias.name, "*") == 0) {
                if (w->cur->kind != SCOPE_MODULE)
                    return fail(w, loc_of(a), "import * only allowed at module level");
                continue;
            }
            const char *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
            if (!add_def(w, name, DEF_IMPORT, loc_of(a))) return false;
        }
        return true;
    case N_GLOBAL:
    case N_NONLOCAL:
        return visit_global(w, s);
    case N_EXPR:
        return visit_expr(w, s->u.expr.value);
    case N_PASS:
    case N_BREAK:
    case N_CONTINUE:
        return true;
    default:
        return fail(w, loc_of(s), "invalid syntax");
    }
}

static bool visit_stmts(Walker *w, const NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (!visit_stmt(w, l->items[i])) return false;
    return true;
}

/* ---- the analysis ---------------------------------------------------- */

static bool analyze_fail(SymTable *st, SymLoc loc, const char *fmt, const char *name)
{
    snprintf(st->error, sizeof st->error, fmt, name);
    st->error_loc = loc;
    return false;
}

static bool analyze_name(SymTable *st, Symbol *sym, NameMap *bound, NameMap *local,
                         NameMap *free, NameMap *global)
{
    const char *name = sym->name;
    if (sym->flags & DEF_GLOBAL) {
        if (sym->flags & DEF_NONLOCAL)
            return analyze_fail(st, sym->directive, "name '%s' is nonlocal and global", name);
        sym->scope = SYM_GLOBAL_EXPLICIT;
        set_add(global, name);
        if (bound) set_discard(bound, name);
        return true;
    }
    if (sym->flags & DEF_NONLOCAL) {
        if (!bound)
            return analyze_fail(st, sym->directive, "nonlocal declaration not allowed at module level", name);
        if (!set_has(bound, name))
            return analyze_fail(st, sym->directive, "no binding for nonlocal '%s' found", name);
        sym->scope = SYM_FREE;
        set_add(free, name);
        return true;
    }
    if (sym->flags & DEF_BOUND) {
        sym->scope = SYM_LOCAL;
        set_add(local, name);
        set_discard(global, name);
        return true;
    }
    if (bound && set_has(bound, name)) {
        sym->scope = SYM_FREE;
        set_add(free, name);
        return true;
    }
    sym->scope = SYM_GLOBAL_IMPLICIT;
    return true;
}

/* Names free in children: locals become cells; class-level names needed
 * by methods are marked; the rest stay free here and go up. */
static void update_symbols(SymTable *st, Scope *s, NameMap *bound, NameMap *newfree)
{
    bool is_class = s->kind == SCOPE_CLASS;
    for (int i = 0; i < newfree->len; i++) {
        if (newfree->values[i] <= 0) continue;
        const char *name = newfree->keys[i];
        Symbol *sym = symtable_lookup(s, name);
        if (sym) {
            if (is_class && (sym->flags & (DEF_BOUND | DEF_GLOBAL))) sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name)) continue;
        Walker w = { st, s, false };
        sym = symbol_in(&w, s, name);
        sym->scope = SYM_FREE;
    }
}

static bool analyze_block(SymTable *st, Scope *s, NameMap *bound, NameMap *free, NameMap *global)
{
    Arena *a = st->arena;
    NameMap local, newglobal, newfree, newbound;
    symtable_map_init(&local, a);
    symtable_map_init(&newglobal, a);
    symtable_map_init(&newfree, a);
    symtable_map_init(&newbound, a);
    bool is_class = s->kind == SCOPE_CLASS;

    /* A class's own names are invisible to its methods: they get the
     * enclosing function's view. */
    if (is_class) {
        set_union(&newglobal, global);
        if (bound) set_union(&newbound, bound);
    }
    for (int i = 0; i < s->nsyms; i++)
        if (!analyze_name(st, &s->syms[i], bound, &local, free, global)) return false;
    if (!is_class) {
        if (s->kind == SCOPE_FUNCTION) set_union(&newbound, &local);
        if (bound) set_union(&newbound, bound);
        set_union(&newglobal, global);
    } else {
        set_add(&newbound, "__class__");
    }

    for (int i = 0; i < s->nchildren; i++) {
        NameMap child_bound, child_free, child_global;
        set_copy(&child_bound, &newbound, a);
        symtable_map_init(&child_free, a);
        set_copy(&child_global, &newglobal, a);
        if (!analyze_block(st, s->children[i], &child_bound, &child_free, &child_global)) return false;
        set_union(&newfree, &child_free);
    }

    if (s->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SYM_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = SYM_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (is_class && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        s->needs_class_closure = true;
    }
    update_symbols(st, s, bound, &newfree);
    set_union(free, &newfree);
    return true;
}

bool symtable_build(SymTable *st, Arena *a, const Node *module)
{
    memset(st, 0, sizeof *st);
    st->arena = a;
    Walker w = { st, NULL, false };
    st->top = enter_scope(&w, SCOPE_MODULE, "top", module);
    if (!visit_stmts(&w, &module->u.module.body)) return false;
    NameMap free, global;
    symtable_map_init(&free, a);
    symtable_map_init(&global, a);
    return analyze_block(st, st->top, NULL, &free, &global);
}
