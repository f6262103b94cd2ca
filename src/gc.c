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
 * freeing a few instructions; larger ones use malloc.  Chunks are aligned
 * to their size, so a block finds its chunk's header (which counts the
 * blocks in use) by masking its address; when a collection leaves many
 * chunks empty they go back to malloc, and malloc's free pages back to
 * the system, so memory a burst of objects took is released after it.  An object's link
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
#include "interrupt.h"
#include "obj_weakref.h"
#include "oom.h"
#include "workers.h"

#define MARK_BIT ((uintptr_t)1)
#define CLASS_SHIFT 48
#define PTR_BITS (((uintptr_t)1 << CLASS_SHIFT) - 1 - MARK_BIT)
#define GC_MIN_THRESHOLD (4u << 20)
#define POOL_GRAIN 16
#define POOL_CHUNK (64 * 1024)
/* The reserve: blocks small enough to come from malloc's heap rather
 * than mmap, so that once freed they serve small allocations straight
 * from malloc's free lists, with no system call that could fail. */
#define RESERVE_BLOCK (64u << 10)
#define RESERVE_BLOCKS 32

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

/* The header at the start of each chunk, in place of its first block(s). */
typedef struct PoolChunk {
    struct PoolChunk *next;
    size_t live;                /* blocks in use */
} PoolChunk;

static inline PoolChunk *chunk_of(const void *block)
{
    return (PoolChunk *)((uintptr_t)block & ~(uintptr_t)(POOL_CHUNK - 1));
}

/* Carves a new chunk into blocks of class c.  False if malloc fails. */
static bool pool_refill(GC *gc, unsigned c)
{
    size_t size = (size_t)c * POOL_GRAIN;
    PoolChunk *ch = aligned_alloc(POOL_CHUNK, POOL_CHUNK);
    if (!ch) return false;
    ch->next = gc->chunks;
    ch->live = 0;
    gc->chunks = ch;
    gc->chunk_count++;
    gc->empty_chunks++;
    char *chunk = (char *)ch;
    size_t first = (sizeof(PoolChunk) + size - 1) / size * size;
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
        if (chunk_of(b)->live++ == 0) gc->empty_chunks--;
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
        if (--chunk_of(b)->live == 0) gc->empty_chunks++;
    } else {
        size_t size = malloc_usable_size(o);
        gc->bytes -= size < gc->bytes ? size : gc->bytes;
        free(o);
    }
}

/* The reserve's blocks are linked through their first word. */
static void fill_reserve(GC *gc)
{
    for (int i = 0; i < RESERVE_BLOCKS; i++) {
        void **b = malloc(RESERVE_BLOCK);
        if (!b) return;
        *b = gc->reserve;
        gc->reserve = b;
    }
}

static void free_reserve(GC *gc)
{
    while (gc->reserve) {
        void *next = *(void **)gc->reserve;
        free(gc->reserve);
        gc->reserve = next;
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
    gc->gray_overflow = false;
    gc->backoff = gc->failures = 0;
    gc->short_bytes = 0;
    gc->reserve = NULL;
    fill_reserve(gc);
    gc->stress = stress;
    gc->collecting = false;
    gc->collections = 0;
    gc->chunks = NULL;
    gc->chunk_count = gc->empty_chunks = 0;
    for (int i = 0; i <= POOL_CLASSES; i++) gc->free[i] = NULL;
    gc->weakrefs = gc->weak_pending = NULL;
}

/* Whether a failed allocation should collect and try again.  Once a
 * collection freed little, collecting at every failed allocation would
 * cost the whole heap each time, and a process out of memory would crawl
 * (asyncio.run cancelling 100,000 tasks) instead of raising MemoryError;
 * so the next try waits until an eighth of the heap more was allocated,
 * or twice as many allocations failed as the last wait. */
static bool worth_collecting(GC *gc)
{
    if (!gc->backoff) return true;
    size_t more = gc->short_bytes / 8 > RESERVE_BLOCK * RESERVE_BLOCKS
                  ? gc->short_bytes / 8 : RESERVE_BLOCK * RESERVE_BLOCKS;
    return ++gc->failures >= gc->backoff || gc->bytes >= gc->short_bytes + more;
}

/* After a collection for a failed allocation: it made room if the retry
 * worked and it freed an eighth of the heap. */
static void after_retry(GC *gc, bool retried, size_t before)
{
    if (retried && before - gc->bytes >= before / 8) {
        gc->backoff = 0;
        return;
    }
    gc->backoff = gc->backoff ? gc->backoff * 2 : 1;
    gc->failures = 0;
    gc->short_bytes = gc->bytes;
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
    if (!o && worth_collecting(gc)) {
        size_t before = gc->bytes;
        gc_collect(t);
        o = raw_alloc(gc, size, &cls);
        after_retry(gc, o != NULL, before);
    }
    if (!o) {
        exc_no_memory(t);
        return NULL;
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
            /* o stays marked but untraced; trace_gray finds it again. */
            gc->gray_overflow = true;
            return;
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
    gc_mark_obj(gc, (Obj *)type->subclasses);
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
    gc_mark_value(gc, t->local_dicts);
    gc_mark_value(gc, t->bootstrap);
    gc_mark_value(gc, t->sentinel);
}

/* Every root, in one place. */
static void mark_roots(Thread *t)
{
    GC *gc = t->gc;
    Interp *ip = t->interp;
    for (TypeObj *const *tp = interp_static_types; *tp; tp++) mark_static_type(gc, *tp);
    for (TypeObj *const *tp = interp_module_types; *tp; tp++) mark_static_type(gc, *tp);
    gc_mark_obj(gc, (Obj *)ip->builtins);
    gc_mark_obj(gc, (Obj *)ip->modules);
    gc_mark_obj(gc, (Obj *)ip->interned);
    gc_mark_obj(gc, (Obj *)ip->source_cache);
    gc_mark_obj(gc, (Obj *)ip->sys_dict);
    gc_mark_value(gc, ip->sys_argv);
    gc_mark_value(gc, ip->empty_tuple);
    gc_mark_value(gc, ip->memory_error);
    gc_mark_value(gc, ip->signal_handlers);
    gc_mark_array(gc, ip->char_cache, 128);
    for (int i = 0; i < NAME_COUNT; i++) gc_mark_obj(gc, (Obj *)ip->names[i]);
    for (WeakRefObj *w = gc->weak_pending; w; w = w->next) gc_mark_obj(gc, &w->base);
    workers_mark(gc);
    /* the others are stopped: they wait for the lock the collector holds */
    for (Thread *th = ip->threads; th; th = th->next_thread) mark_thread(gc, th);
}

static void drain_gray(GC *gc)
{
    while (gc->gray_count) {
        Obj *o = gc->gray[--gc->gray_count];
        if (o->type->trace) o->type->trace(gc, o);
    }
}

/* Traces until every marked object's children are marked.  When the gray
 * stack could not grow (memory is short), some marked objects were never
 * queued: tracing every marked object once more reaches their children,
 * and is repeated until a pass needs no more room than there was. */
static void trace_gray(GC *gc)
{
    drain_gray(gc);
    while (gc->gray_overflow) {
        gc->gray_overflow = false;
        for (Obj *o = gc->objects; o; o = next_of(o))
            if (is_marked(o) && o->type->trace) {
                o->type->trace(gc, o);
                drain_gray(gc);
            }
    }
}

/* After marking: a weakref that is itself garbage leaves the list; one
 * whose referent is garbage is cleared, and queued if it has a callback
 * (which marking has kept alive).  Only then may the referent be freed. */
static void clear_weakrefs(GC *gc)
{
    WeakRefObj **link = &gc->weakrefs, **tail = &gc->weak_pending;
    while (*tail) tail = &(*tail)->next;
    while (*link) {
        WeakRefObj *w = *link;
        if (is_marked(&w->base) && (w->immortal || is_marked(val_as_obj(w->referent)))) {
            link = &w->next;
            continue;
        }
        *link = w->next;
        w->next = NULL;
        if (!is_marked(&w->base)) continue;
        w->referent = VAL_NONE;
        if (w->callback != VAL_NONE) {
            *tail = w;
            tail = &w->next;
            interrupt_pending = 1;      /* the VM runs it at its next poll point */
        }
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

/* Gives the empty chunks back to malloc (their blocks leave the free
 * lists first), then malloc's free pages back to the system. */
static void release_empty_chunks(GC *gc)
{
    for (int c = 1; c <= POOL_CLASSES; c++) {
        FreeBlock **link = (FreeBlock **)&gc->free[c];
        while (*link) {
            if (chunk_of(*link)->live == 0) *link = (*link)->next;
            else link = &(*link)->next;
        }
    }
    PoolChunk **link = &gc->chunks;
    while (*link) {
        PoolChunk *ch = *link;
        if (ch->live == 0) {
            *link = ch->next;
            free(ch);
            gc->chunk_count--;
        } else {
            link = &ch->next;
        }
    }
    gc->empty_chunks = 0;
    malloc_trim(0);
}

void gc_collect(Thread *t)
{
    GC *gc = t->gc;
    if (gc->collecting) return;
    gc->collecting = true;
    mark_roots(t);
    trace_gray(gc);
    clear_weakrefs(gc);
    size_t before = gc->bytes;
    sweep(gc);
    /* Releasing walks every free block, so only when it pays: a quarter
     * of the chunks, and at least a collection threshold's worth, empty. */
    if (gc->empty_chunks * 4 >= gc->chunk_count
        && gc->empty_chunks * POOL_CHUNK >= GC_MIN_THRESHOLD)
        release_empty_chunks(gc);
    gc->next_collect = gc->bytes * 2 > GC_MIN_THRESHOLD ? gc->bytes * 2 : GC_MIN_THRESHOLD;
    /* A spent reserve is set aside again only once a collection freed
     * well more than it: taking it back while memory is still short
     * would leave the MemoryError's handler without room. */
    if (!gc->reserve && before - gc->bytes >= 2 * RESERVE_BLOCK * RESERVE_BLOCKS)
        fill_reserve(gc);
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
    gc->weakrefs = gc->weak_pending = NULL;
    while (gc->chunks) {
        PoolChunk *next = gc->chunks->next;
        free(gc->chunks);
        gc->chunks = next;
    }
    gc->chunk_count = gc->empty_chunks = 0;
    for (int i = 0; i <= POOL_CLASSES; i++) gc->free[i] = NULL;
    free(gc->gray);
    gc->gray = NULL;
    free_reserve(gc);
    gc->gray_cap = gc->gray_count = 0;
}

void gc_grow_roots(Thread *t)
{
    uint32_t cap = t->roots_cap ? t->roots_cap * 2 : 64;
    Value *r = realloc(t->roots, cap * sizeof *r);
    if (!r) oom_exit("in the collector's root stack");
    t->roots = r;
    t->roots_cap = cap;
}

void gc_memory_short(GC *gc)
{
    free_reserve(gc);
}

void *mem_alloc(Thread *t, size_t size)
{
    if (gc_over_limit(t->gc, size)) {
        exc_no_memory(t);
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    if (!p) {
        if (worth_collecting(t->gc)) t->gc->next_collect = 0;
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
        if (worth_collecting(t->gc)) t->gc->next_collect = 0;
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
