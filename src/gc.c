/*
 * gc.c -- the precise mark-and-sweep collector (see gc.h for the rules)
 * and the allocator under it.
 *
 * Marking is iterative: a marked object is pushed on the gray stack and
 * traced later, so deep structures never recurse in C.  Sweeping unlinks
 * every unmarked object, then finalises them all, then frees them all.
 *
 * Small objects (up to POOL_MAX bytes, most of them) come from per-size
 * free lists carved out of 64 KiB chunks, which makes allocation and
 * freeing a few instructions; larger ones use malloc.  An object's link
 * word holds, besides the next object and the mark bit, its size class in
 * the top 16 bits (0: malloc'ed), which is all sweeping needs to free it.
 * Under AddressSanitizer every object is malloc'ed, so the sanitizer still
 * sees each one's lifetime.
 */
#include <stdio.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "gc.h"
#include "interp.h"
#include "exc.h"
#include "frame.h"

#define MARK_BIT ((uintptr_t)1)
#define CLASS_SHIFT 48
#define PTR_BITS (((uintptr_t)1 << CLASS_SHIFT) - 1 - MARK_BIT)
#define GC_MIN_THRESHOLD (4u << 20)
#define POOL_GRAIN 16
#define POOL_CHUNK (64 * 1024)

#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_MAX 0
#endif
#endif
#ifndef POOL_MAX
#define POOL_MAX (POOL_CLASSES * POOL_GRAIN)
#endif

const size_t gc_pool_max = POOL_MAX;

static inline bool is_marked(const Obj *o) { return o->gc_link & MARK_BIT; }
static inline Obj *next_of(const Obj *o) { return (Obj *)(o->gc_link & PTR_BITS); }
static inline unsigned class_of(const Obj *o) { return (unsigned)(o->gc_link >> CLASS_SHIFT); }
static inline void set_next(Obj *o, Obj *next)
{
    o->gc_link = (o->gc_link & ~PTR_BITS) | (uintptr_t)next;
}

/* A free pool block: the first word links to the next free block. */
typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

/* Carves a new chunk into blocks of class c.  False if malloc fails. */
static bool pool_refill(GC *gc, unsigned c)
{
    size_t size = (size_t)c * POOL_GRAIN;
    char *chunk = malloc(POOL_CHUNK);
    if (!chunk) return false;
    /* The first block of each chunk links the chunks, for gc_free_all. */
    *(char **)chunk = gc->chunks;
    gc->chunks = chunk;
    size_t first = (sizeof(char *) + size - 1) / size * size;
    for (size_t off = first; off + size <= POOL_CHUNK; off += size) {
        FreeBlock *b = (FreeBlock *)(chunk + off);
        b->next = gc->free[c];
        gc->free[c] = b;
    }
    return true;
}

/* Raw memory for an object of `size` bytes, zeroed; NULL if none. */
static Obj *raw_alloc(GC *gc, size_t size, unsigned *cls)
{
    if (size <= POOL_MAX) {
        unsigned c = (unsigned)((size + POOL_GRAIN - 1) / POOL_GRAIN);
        if (!gc->free[c] && !pool_refill(gc, c)) return NULL;
        FreeBlock *b = gc->free[c];
        gc->free[c] = b->next;
        memset(b, 0, (size_t)c * POOL_GRAIN);
        *cls = c;
        gc->bytes += (size_t)c * POOL_GRAIN;
        gc->allocated += (size_t)c * POOL_GRAIN;
        return (Obj *)b;
    }
    Obj *o = calloc(1, size);
    if (!o) return NULL;
    *cls = 0;
    size_t got = malloc_usable_size(o);
    gc->bytes += got;
    gc->allocated += got;
    return o;
}

static void raw_free(GC *gc, Obj *o)
{
    unsigned c = class_of(o);
    if (c) {
        size_t size = (size_t)c * POOL_GRAIN;
        gc->bytes -= size < gc->bytes ? size : gc->bytes;
        FreeBlock *b = (FreeBlock *)o;
        b->next = gc->free[c];
        gc->free[c] = b;
    } else {
        size_t size = malloc_usable_size(o);
        gc->bytes -= size < gc->bytes ? size : gc->bytes;
        free(o);
    }
}

void gc_init(GC *gc, bool stress)
{
    gc->objects = NULL;
    gc->bytes = 0;
    gc->next_collect = GC_MIN_THRESHOLD;
    gc->limit = 0;
    gc->allocated = gc->allocation_limit = 0;
    gc->gray = NULL;
    gc->gray_count = gc->gray_cap = 0;
    gc->stress = stress;
    gc->collecting = false;
    gc->collections = 0;
    gc->chunks = NULL;
    for (int i = 0; i <= POOL_CLASSES; i++) gc->free[i] = NULL;
}

void *gc_alloc(Thread *t, TypeObj *type, size_t size)
{
    GC *gc = t->gc;
    if (gc->stress || gc->bytes > gc->next_collect || gc_over_limit(gc, size))
        gc_collect(t);
    if (gc_over_limit(gc, size)) {
        exc_no_memory(t);
        return NULL;
    }
    unsigned cls;
    Obj *o = raw_alloc(gc, size, &cls);
    if (!o) {
        gc_collect(t);
        o = raw_alloc(gc, size, &cls);
        if (!o) {
            exc_no_memory(t);
            return NULL;
        }
    }
    o->type = type;
    o->gc_link = (uintptr_t)gc->objects | ((uintptr_t)cls << CLASS_SHIFT);
    gc->objects = o;
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
    gc_mark_value(gc, t->context);
    gc_mark_value(gc, t->running_loop);
    gc_mark_value(gc, t->event_loop);
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
    /* Unlink the dead first, then finalise them all, then free them all:
     * a finaliser may still look at another dead object's memory. */
    Obj *prev = NULL, *o = gc->objects, *dead = NULL;
    while (o) {
        Obj *next = next_of(o);
        if (is_marked(o)) {
            o->gc_link &= ~MARK_BIT;
            prev = o;
        } else {
            if (prev) set_next(prev, next);
            else gc->objects = next;
            set_next(o, dead);
            dead = o;
        }
        o = next;
    }
    for (o = dead; o; o = next_of(o))
        if (o->type->finalize) o->type->finalize(gc, o);
    while (dead) {
        Obj *next = next_of(dead);
        raw_free(gc, dead);
        dead = next;
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

size_t gc_object_count(const GC *gc)
{
    size_t n = 0;
    for (const Obj *o = gc->objects; o; o = next_of(o)) n++;
    return n;
}

void gc_free_all(Thread *t)
{
    GC *gc = t->gc;
    Obj *o = gc->objects;
    for (; o; o = next_of(o))
        if (o->type->finalize) o->type->finalize(gc, o);
    for (o = gc->objects; o;) {
        Obj *next = next_of(o);
        if (!class_of(o)) free(o);
        o = next;
    }
    gc->objects = NULL;
    while (gc->chunks) {
        char *next = *(char **)gc->chunks;
        free(gc->chunks);
        gc->chunks = next;
    }
    for (int i = 0; i <= POOL_CLASSES; i++) gc->free[i] = NULL;
    free(gc->gray);
    gc->gray = NULL;
    gc->gray_cap = gc->gray_count = 0;
}

void gc_grow_roots(Thread *t)
{
    uint32_t cap = t->roots_cap ? t->roots_cap * 2 : 64;
    Value *r = realloc(t->roots, cap * sizeof *r);
    if (!r) {
        fputs("aster: out of memory (GC roots)\n", stderr);
        abort();
    }
    t->roots = r;
    t->roots_cap = cap;
}

void *mem_alloc(Thread *t, size_t size)
{
    if (gc_over_limit(t->gc, size)) {
        exc_no_memory(t);
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    if (!p) {
        exc_no_memory(t);
        return NULL;
    }
    t->gc->bytes += size;
    t->gc->allocated += size;
    return p;
}

void *mem_realloc(Thread *t, void *p, size_t old, size_t size)
{
    if (size > old && gc_over_limit(t->gc, size - old)) {
        exc_no_memory(t);
        return NULL;
    }
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        exc_no_memory(t);
        return NULL;
    }
    if (size > old) {
        t->gc->bytes += size - old;
        t->gc->allocated += size - old;
    }
    return q;
}

void mem_free(GC *gc, void *p, size_t size)
{
    gc->bytes -= size < gc->bytes ? size : gc->bytes;
    free(p);
}
