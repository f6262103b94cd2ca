/*
 * gc.c -- the precise mark-and-sweep collector (see gc.h for the rules).
 *
 * Marking is iterative: a marked object is pushed on the gray stack and
 * traced later, so deep structures never recurse in C.  Sweeping walks
 * the heap list once, finalising and freeing every unmarked object.
 */
#include <stdio.h>
#include <malloc.h>
#include <stdlib.h>
#include "gc.h"
#include "interp.h"
#include "exc.h"
#include "frame.h"

#define MARK_BIT ((uintptr_t)1)
#define GC_MIN_THRESHOLD (4u << 20)

static inline bool is_marked(const Obj *o) { return o->gc_link & MARK_BIT; }
static inline Obj *next_of(const Obj *o) { return (Obj *)(o->gc_link & ~MARK_BIT); }

void gc_init(GC *gc, bool stress)
{
    gc->objects = NULL;
    gc->bytes = 0;
    gc->next_collect = GC_MIN_THRESHOLD;
    gc->gray = NULL;
    gc->gray_count = gc->gray_cap = 0;
    gc->stress = stress;
    gc->collecting = false;
    gc->collections = 0;
}

void *gc_alloc(Thread *t, TypeObj *type, size_t size)
{
    GC *gc = t->gc;
    if (gc->stress || gc->bytes > gc->next_collect)
        gc_collect(t);
    Obj *o = calloc(1, size);
    if (!o) {
        gc_collect(t);
        o = calloc(1, size);
        if (!o) {
            exc_no_memory(t);
            return NULL;
        }
    }
    o->type = type;
    o->gc_link = (uintptr_t)gc->objects;
    gc->objects = o;
    gc->bytes += malloc_usable_size(o);
    return o;
}

void gc_mark_obj(GC *gc, Obj *o)
{
    if (!o || is_marked(o)) return;
    o->gc_link |= MARK_BIT;
    if (gc->gray_count == gc->gray_cap) {
        size_t cap = gc->gray_cap ? gc->gray_cap * 2 : 256;
        Obj **g = realloc(gc->gray, cap * sizeof *g);
        if (!g) {
            fputs("aster: out of memory while collecting garbage\n", stderr);
            abort();
        }
        gc->gray = g;
        gc->gray_cap = cap;
    }
    gc->gray[gc->gray_count++] = o;
}

void gc_mark_array(GC *gc, const Value *v, size_t n)
{
    for (size_t i = 0; i < n; i++) gc_mark_value(gc, v[i]);
}

/* Static builtin types live outside the heap: trace their contents. */
static void mark_static_type(GC *gc, TypeObj *type)
{
    gc_mark_obj(gc, (Obj *)type->dict);
    gc_mark_obj(gc, (Obj *)type->mro);
    gc_mark_obj(gc, (Obj *)type->bases);
    gc_mark_obj(gc, (Obj *)type->name_obj);
    gc_mark_obj(gc, (Obj *)type->qualname);
}

static void mark_thread(GC *gc, Thread *t)
{
    for (Frame *f = t->frame; f; f = f->parent) frame_mark(gc, f);
    gc_mark_value(gc, t->exc);
    gc_mark_value(gc, t->exc_info);
    gc_mark_value(gc, t->repr_guard);
    gc_mark_array(gc, t->roots, t->nroots);
}

/* Every root, in one place. */
static void mark_roots(Thread *t)
{
    GC *gc = t->gc;
    Interp *ip = t->interp;
    for (TypeObj *const *tp = interp_static_types; *tp; tp++) mark_static_type(gc, *tp);
    gc_mark_obj(gc, (Obj *)ip->builtins);
    gc_mark_obj(gc, (Obj *)ip->modules);
    gc_mark_obj(gc, (Obj *)ip->interned);
    gc_mark_obj(gc, (Obj *)ip->source_cache);
    gc_mark_obj(gc, (Obj *)ip->sys_dict);
    gc_mark_value(gc, ip->sys_argv);
    gc_mark_value(gc, ip->empty_tuple);
    gc_mark_value(gc, ip->memory_error);
    gc_mark_array(gc, ip->char_cache, 128);
    for (int i = 0; i < NAME_COUNT; i++) gc_mark_obj(gc, (Obj *)ip->names[i]);
    mark_thread(gc, t);
}

static void trace_gray(GC *gc)
{
    while (gc->gray_count) {
        Obj *o = gc->gray[--gc->gray_count];
        if (o->type->trace) o->type->trace(gc, o);
    }
}

static void sweep(GC *gc)
{
    Obj **link = &gc->objects;
    while (*link) {
        Obj *o = *link;
        if (is_marked(o)) {
            o->gc_link &= ~MARK_BIT;
            link = (Obj **)&o->gc_link;   /* the mark bit is clear now */
        } else {
            *link = next_of(o);
            if (o->type->finalize) o->type->finalize(gc, o);
            gc->bytes -= malloc_usable_size(o);
            free(o);
        }
    }
}

void gc_collect(Thread *t)
{
    GC *gc = t->gc;
    if (gc->collecting) return;
    gc->collecting = true;
    mark_roots(t);
    trace_gray(gc);
    sweep(gc);
    gc->next_collect = gc->bytes * 2 > GC_MIN_THRESHOLD ? gc->bytes * 2 : GC_MIN_THRESHOLD;
    gc->collections++;
    gc->collecting = false;
}

void gc_free_all(Thread *t)
{
    GC *gc = t->gc;
    Obj *o = gc->objects;
    while (o) {
        Obj *next = next_of(o);
        if (o->type->finalize) o->type->finalize(gc, o);
        free(o);
        o = next;
    }
    gc->objects = NULL;
    free(gc->gray);
    gc->gray = NULL;
    gc->gray_cap = gc->gray_count = 0;
}

void gc_push_root(Thread *t, Value v)
{
    if (t->nroots == t->roots_cap) {
        uint32_t cap = t->roots_cap ? t->roots_cap * 2 : 64;
        Value *r = realloc(t->roots, cap * sizeof *r);
        if (!r) {
            fputs("aster: out of memory (GC roots)\n", stderr);
            abort();
        }
        t->roots = r;
        t->roots_cap = cap;
    }
    t->roots[t->nroots++] = v;
}

void gc_pop_roots(Thread *t, int n)
{
    t->nroots -= (uint32_t)n;
}

void *mem_alloc(Thread *t, size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        exc_no_memory(t);
        return NULL;
    }
    t->gc->bytes += size;
    return p;
}

void *mem_realloc(Thread *t, void *p, size_t old, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        exc_no_memory(t);
        return NULL;
    }
    if (size > old) t->gc->bytes += size - old;
    return q;
}

void mem_free(GC *gc, void *p, size_t size)
{
    gc->bytes -= size < gc->bytes ? size : gc->bytes;
    free(p);
}
