/*
 * code.c -- the code object type.
 *
 * The compiler (compile.c) fills a CodeObj once; afterwards it never
 * changes.  Its arrays (instructions, constants, slot kinds, exception
 * and line tables) are mem_alloc'ed with exactly n * sizeof(element)
 * bytes, which is what the finalizer gives back.  The co_* attributes
 * are read-only views for scripts.
 */
#include <stdio.h>
#include <string.h>
#include "code.h"
#include "attrcache.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "strbuf.h"

const LineEntry *code_position(CodeObj *code, uint32_t pc)
{
    /* The same pc is asked again and again (each coroutine made at one
     * call site records it), so the last answer is remembered. */
    uint32_t m = code->position_memo;
    if (m && code->lines[m - 1].pc <= pc && (m == code->nlines || code->lines[m].pc > pc))
        return &code->lines[m - 1];
    /* The last entry starting at or before pc. */
    uint32_t lo = 0, hi = code->nlines;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (code->lines[mid].pc <= pc) lo = mid + 1;
        else hi = mid;
    }
    code->position_memo = lo;
    return lo ? &code->lines[lo - 1] : NULL;
}

void *code_name_cache_new(Thread *t, CodeObj *code, size_t entry_size, uint32_t *len)
{
    size_t n = code->names->len;
    void *a = mem_alloc(t, n * entry_size);
    if (!a) {
        exc_clear(t);
        return NULL;
    }
    memset(a, 0, n * entry_size);
    *len = (uint32_t)n;
    return a;
}

static void code_trace(GC *gc, Obj *o)
{
    CodeObj *co = (CodeObj *)o;
    if (co->consts) gc_mark_array(gc, co->consts, co->nconsts);
    gc_mark_obj(gc, (Obj *)co->names);
    gc_mark_obj(gc, (Obj *)co->slot_names);
    gc_mark_obj(gc, (Obj *)co->name);
    gc_mark_obj(gc, (Obj *)co->qualname);
    gc_mark_obj(gc, (Obj *)co->filename);
}

static void code_finalize(GC *gc, Obj *o)
{
    CodeObj *co = (CodeObj *)o;
    if (co->code) mem_free(gc, co->code, co->ncode * sizeof(uint32_t));
    if (co->consts) mem_free(gc, co->consts, co->nconsts * sizeof(Value));
    if (co->slot_kinds) mem_free(gc, co->slot_kinds, co->nlocalsplus);
    if (co->exctable) mem_free(gc, co->exctable, co->nexc * sizeof(ExcEntry));
    if (co->lines) mem_free(gc, co->lines, co->nlines * sizeof(LineEntry));
    /* Finalisers may not touch other objects (co->names may be gone). */
    if (co->global_cache) mem_free(gc, co->global_cache, co->global_cache_len * sizeof(GlobalCacheEntry));
    if (co->attr_cache) mem_free(gc, co->attr_cache, co->attr_cache_len * sizeof(AttrCacheSite));
}

#define CODE(v) ((CodeObj *)val_as_obj(v))

static Value code_repr(Thread *t, Value self)
{
    CodeObj *co = CODE(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<code object %s at %p, file \"%s\", line %d>", co->name ? co->name->data : "?",
                  (void *)co, co->filename ? co->filename->data : "?", co->firstlineno);
    return strbuf_finish(t, &b);
}

static int64_t code_hash(Thread *t, Value self)
{
    (void)t;
    return (int64_t)((uintptr_t)val_as_obj(self) >> 4);
}

static Value str_or_none(StrObj *s)
{
    return s ? val_from_obj(s) : VAL_NONE;
}

static Value get_name(Thread *t, Value self) { (void)t; return str_or_none(CODE(self)->name); }
static Value get_qualname(Thread *t, Value self) { (void)t; return str_or_none(CODE(self)->qualname); }
static Value get_filename(Thread *t, Value self) { (void)t; return str_or_none(CODE(self)->filename); }
static Value get_firstlineno(Thread *t, Value self) { (void)t; return val_from_small(CODE(self)->firstlineno); }
static Value get_argcount(Thread *t, Value self) { (void)t; return val_from_small(CODE(self)->argcount); }
static Value get_posonlyargcount(Thread *t, Value self)
{
    (void)t;
    return val_from_small(CODE(self)->posonlyargcount);
}
static Value get_kwonlyargcount(Thread *t, Value self)
{
    (void)t;
    return val_from_small(CODE(self)->kwonlyargcount);
}
/* co_flags in CPython's numbering, which scripts test (inspect-style). */
static Value get_flags(Thread *t, Value self)
{
    (void)t;
    static const struct { uint32_t ours, python; } map[] = {
        { CO_VARARGS, 0x04 }, { CO_VARKEYWORDS, 0x08 }, { CO_GENERATOR, 0x20 },
        { CO_COROUTINE, 0x80 }, { CO_ITERABLE_COROUTINE, 0x100 }, { CO_ASYNC_GENERATOR, 0x200 },
    };
    uint32_t flags = CODE(self)->flags, out = flags & (CO_MODULE | CO_CLASS_BODY) ? 0 : 0x03;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (flags & map[i].ours) out |= map[i].python;
    return val_from_small(out);
}
static Value get_nlocals(Thread *t, Value self) { (void)t; return val_from_small(CODE(self)->nlocals); }
static Value get_stacksize(Thread *t, Value self) { (void)t; return val_from_small(CODE(self)->stacksize); }

static Value get_names(Thread *t, Value self)
{
    CodeObj *co = CODE(self);
    return co->names ? val_from_obj(co->names) : tuple_empty(t);
}

/* slot_names[from, to) as a tuple. */
static Value slot_range(Thread *t, CodeObj *co, uint32_t from, uint32_t to)
{
    if (!co->slot_names || from >= to) return tuple_empty(t);
    return tuple_from_array(t, co->slot_names->items + from, to - from);
}

static Value get_varnames(Thread *t, Value self)
{
    return slot_range(t, CODE(self), 0, CODE(self)->nlocals);
}

static Value get_cellvars(Thread *t, Value self)
{
    /* Parameter cells keep their parameter slot (code.h) but are cell
     * variables all the same. */
    CodeObj *co = CODE(self);
    uint32_t end = co->nlocals + co->ncells, n = 0;
    for (uint32_t i = 0; i < end; i++) n += co->slot_kinds[i] == SLOT_CELL;
    Value r = tuple_new(t, n);
    if (r == VAL_ERROR) return r;
    n = 0;
    for (uint32_t i = 0; i < end; i++)
        if (co->slot_kinds[i] == SLOT_CELL) TUPLE(r)->items[n++] = co->slot_names->items[i];
    return r;
}

static Value get_freevars(Thread *t, Value self)
{
    CodeObj *co = CODE(self);
    return slot_range(t, co, co->nlocalsplus - co->nfree, co->nlocalsplus);
}

static Value get_consts(Thread *t, Value self)
{
    CodeObj *co = CODE(self);
    return co->nconsts ? tuple_from_array(t, co->consts, co->nconsts) : tuple_empty(t);
}

static const GetSetDef code_getset[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL},
    {"co_flags", get_flags, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {"co_names", get_names, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_consts", get_consts, NULL},
    {NULL, NULL, NULL},
};

TypeObj CodeType = {
    .base = { .type = &TypeType },
    .name = "code",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(CodeObj),
    .trace = code_trace,
    .finalize = code_finalize,
    .repr = code_repr,
    .hash = code_hash,
    .getset = code_getset,
};
