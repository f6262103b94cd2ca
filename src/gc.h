/*
 * gc.h -- the precise mark-and-sweep collector.
 *
 * Invariants:
 *  - Every heap object is on GC.objects; the mark bit is bit 0 of its
 *    gc_link word and is clear between collections.
 *  - Only gc_alloc (and functions that call it) may run the collector.
 *    mem_alloc/mem_realloc/mem_free, used for arrays outside the heap
 *    (list items, dict tables, string bytes, GMP limbs), never collect:
 *    they only count bytes towards the next collection.
 *  - A value is reachable if it is in a live frame slot, on the thread's
 *    temporary root stack, in a static type's dict, or reachable from the
 *    interpreter roots (gc_mark_roots in gc.c lists them all).  A C
 *    function that holds a freshly allocated object across another
 *    allocation must push it with gc_push_root first.  Arguments passed to
 *    a native function are already rooted by the caller.
 *
 * Stress mode (`--gc-stress`, or ASTER_GC_STRESS=1 in the environment)
 * collects at every gc_alloc, which flushes out missing roots.
 */
#ifndef ASTER_GC_H
#define ASTER_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

#define POOL_CLASSES 32        /* pooled sizes: 16, 32, ... 512 bytes */

struct GC {
    Obj *objects;               /* every heap object */
    void *free[POOL_CLASSES + 1]; /* free blocks per size class (gc.c) */
    struct PoolChunk *chunks;   /* pool chunks (gc.c) */
    size_t chunk_count;
    size_t empty_chunks;        /* chunks none of whose blocks is in use */
    size_t bytes;               /* bytes live or allocated since last GC */
    size_t next_collect;        /* collect when bytes passes this */
    size_t limit;               /* MemoryError past this many bytes; 0: none */
    uint64_t allocated;         /* bytes ever allocated, freed or not */
    uint64_t allocation_limit;  /* MemoryError when allocated would pass it; 0: none */
    Obj **gray;                 /* objects marked but not yet traced */
    size_t gray_count, gray_cap;
    bool gray_overflow;         /* an object was marked but found no room in gray */
    void *reserve;              /* memory set aside for when it runs out */
    size_t backoff;             /* failed allocations to wait before collecting again */
    size_t failures;            /* failed allocations since the last such collection */
    size_t short_bytes;         /* bytes after that collection */
    bool stress;
    bool collecting;
    size_t collections;
    struct WeakRefObj *weakrefs;     /* live weak references (obj_weakref.h) */
    struct WeakRefObj *weak_pending; /* cleared ones whose callback has yet to run */
};

/* Allocates a zeroed object of `size` bytes (header included) with its
 * type set.  May collect.  Returns NULL with MemoryError set on failure. */
void *gc_alloc(Thread *t, TypeObj *type, size_t size);

/* Runs a full collection now. */
void gc_collect(Thread *t);
/* The largest object size served from the pools (0 when every object is
 * malloc'ed, as under AddressSanitizer). */
extern const size_t gc_pool_max;
/* How many objects are on the heap (for tests and diagnostics). */
size_t gc_object_count(const GC *gc);

/* Marking, for TypeObj.trace functions. */
void gc_mark_obj(GC *gc, Obj *o);           /* NULL-safe */
static inline void gc_mark_value(GC *gc, Value v)
{
    if (val_is_obj(v)) gc_mark_obj(gc, val_as_obj(v));
}
void gc_mark_array(GC *gc, const Value *v, size_t n);

/* Temporary roots for C code: push before the next allocation, pop (in
 * LIFO order) when done.  gc_root_mark/gc_root_reset save and restore
 * the depth in one go, e.g. around a block with early returns. */
/* (gc_push_root, gc_pop_roots, gc_root_mark and gc_root_reset are
 * inline in interp.h, beside Thread.) */
void gc_grow_roots(Thread *t);

/* Called when an allocation failed: gives back the reserve set aside at
 * start-up, so that the MemoryError can still be handled and its
 * traceback formatted.  A later collection that frees plenty sets a new
 * reserve aside.  (When mem_alloc fails, which never collects itself,
 * the next gc_alloc collects.) */
void gc_memory_short(GC *gc);

/* Memory outside the heap, counted towards collection.  mem_alloc and
 * mem_realloc return NULL with MemoryError set on failure; they never
 * collect.  old is the previous size, for accounting. */
void *mem_alloc(Thread *t, size_t size);
void *mem_realloc(Thread *t, void *p, size_t old, size_t size);
void mem_free(GC *gc, void *p, size_t size);

/* Whether `size` more bytes would pass the heap limit or the allocation
 * limit.  The heap limit counts what `bytes` counts: live objects and
 * outside memory, plus garbage not yet collected (gc_alloc collects
 * before giving up; mem_alloc cannot, so a program living above half the
 * limit may see MemoryError early).  The allocation limit counts every
 * byte ever allocated, which bounds the work of copying too: a budget for
 * running untrusted scripts. */
static inline bool gc_over_limit(const GC *gc, size_t size)
{
    return (gc->limit && (gc->bytes > gc->limit || size > gc->limit - gc->bytes))
        || (gc->allocation_limit && (gc->allocated > gc->allocation_limit
                                     || size > gc->allocation_limit - gc->allocated));
}

void gc_init(GC *gc, bool stress);
/* Frees every object (at interpreter exit). */
void gc_free_all(Thread *t);

#endif
