/*
 * interp.h -- the interpreter and per-thread state.
 *
 * There are no mutable globals: everything a running program changes
 * lives in an Interp (shared by all threads of one program) or a Thread
 * (one per OS thread: its frames, its pending exception, its temporary
 * GC roots).  Every C function that can allocate or raise takes the
 * Thread.  The static builtin types are the one exception: their dicts
 * are filled at start-up and never change afterwards (interp_free empties
 * them again, so one process may run interpreters one after another).
 */
#ifndef ASTER_INTERP_H
#define ASTER_INTERP_H

#include <stdbool.h>
#include <stdint.h>
#include "object.h"
#include "gc.h"

typedef struct Frame Frame;
typedef struct FrameChunk FrameChunk;
typedef struct DeferredWarning DeferredWarning;

/* Interned names the C code uses often: NAME(t, init) is the StrObj for
 * "__init__".  The list is the single definition. */
#define NAME_LIST(X) \
    X(init, "__init__") X(new, "__new__") X(repr, "__repr__") X(str, "__str__") \
    X(hash, "__hash__") X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__") \
    X(le, "__le__") X(gt, "__gt__") X(ge, "__ge__") X(bool_, "__bool__") \
    X(len, "__len__") X(iter, "__iter__") X(next, "__next__") \
    X(getitem, "__getitem__") X(setitem, "__setitem__") X(delitem, "__delitem__") \
    X(contains, "__contains__") X(call, "__call__") X(getattr, "__getattr__") \
    X(getattribute, "__getattribute__") X(setattr, "__setattr__") X(delattr, "__delattr__") \
    X(get, "__get__") X(set, "__set__") X(delete, "__delete__") \
    X(enter, "__enter__") X(exit, "__exit__") X(aenter, "__aenter__") X(aexit, "__aexit__") \
    X(await, "__await__") X(aiter, "__aiter__") X(anext, "__anext__") \
    X(neg, "__neg__") X(pos, "__pos__") X(invert, "__invert__") X(abs, "__abs__") \
    X(index, "__index__") X(int, "__int__") X(float, "__float__") X(format, "__format__") \
    X(round, "__round__") X(reversed, "__reversed__") \
    X(name, "__name__") X(qualname, "__qualname__") X(module, "__module__") \
    X(doc, "__doc__") X(dict, "__dict__") X(class, "__class__") X(file, "__file__") \
    X(main, "__main__") X(builtins, "builtins") X(self, "self") \
    X(init_subclass, "__init_subclass__") X(set_name, "__set_name__") \
    X(class_getitem, "__class_getitem__") X(missing, "__missing__") \
    X(args, "args") X(send, "send") X(throw, "throw") X(close, "close") \
    X(value, "value") X(key, "key") X(reverse, "reverse") \
    X(sep, "sep") X(end, "end") X(file_kw, "file") X(flush, "flush") \
    X(write, "write") X(empty, "")

enum {
#define X(id, text) NAME_##id,
    NAME_LIST(X)
#undef X
    NAME_COUNT
};

#define NAME(t, id) ((t)->interp->names[NAME_##id])

/* A cache of type attribute lookups (ops.c, type_lookup_cached).  An
 * entry is valid while type_epoch (obj_dict.h) is unchanged. */
#define ATTR_CACHE_SIZE 1024
typedef struct {
    TypeObj *type;
    StrObj *name;
    uint64_t epoch;
    Value value;
} AttrCacheEntry;

struct Interp {
    GC gc;                      /* first: interp_of_gc relies on it */
    AttrCacheEntry attr_cache[ATTR_CACHE_SIZE];
    DictObj *builtins;          /* the builtins module's dict */
    DictObj *modules;           /* sys.modules */
    DictObj *interned;          /* str -> the same str, for identifiers */
    StrObj *names[NAME_COUNT];
    int recursion_limit;        /* sys.setrecursionlimit */
    int int_max_str_digits;     /* sys.set_int_max_str_digits (4300) */
    bool virtual_time;
    bool finalizing;            /* interp_free is freeing everything */
    bool deadlock_raises;       /* an event-loop deadlock raises instead of exiting 3 */
    double virtual_clock;       /* seconds since start, under --virtual-time */
    double clock_origin;        /* CLOCK_MONOTONIC at start, real time */
    DictObj *sys_dict;          /* the sys module's dict (sys.stdout ...) */
    Value empty_tuple;          /* the shared () */
    Value memory_error;         /* the MemoryError raised when malloc fails */
    Value char_cache[128];      /* one-character ASCII strs, or 0 until made */
    Value sys_argv;             /* list set from the command line */
    DictObj *source_cache;      /* filename -> source text, for tracebacks */
    uint64_t task_counter;      /* asyncio tasks created so far: names Task-N */
    Thread *main_thread;
    Thread *threads;            /* every live thread, main included (gil.h) */
    int nthreads;
    int64_t local_counter;      /* _thread._local objects made so far */
    char *script_dir;           /* where `import x` finds x.as / x.py */
    Value signal_handlers;      /* list by signal number: handler, 0 (SIG_DFL), 1 (SIG_IGN), None; or None (signals.c) */
    DeferredWarning *deferred_warnings;  /* found by the collector, not yet issued (warnings.h) */
};

struct Thread {
    Interp *interp;
    GC *gc;                     /* == &interp->gc */
    Frame *frame;               /* innermost running frame, or NULL */
    Value exc;                  /* pending exception, or VAL_UNBOUND */
    Value exc_info;             /* exception being handled (sys.exc_info), or VAL_NONE */
    Value *roots;               /* temporary roots (gc_push_root) */
    uint32_t nroots, roots_cap;
    int depth;                  /* aster frames active, for RecursionError */
    int c_depth;                /* nested vm_run calls (C re-entry) */
    char *c_stack_base;         /* address near the bottom of the C stack */
    bool yielded;               /* vm_run's frame yielded instead of returning */
    FrameChunk *chunk;          /* frame arena for ordinary calls (frame.c) */
    Value repr_guard;           /* list of containers being repr'ed, or VAL_UNBOUND */
    Value context;              /* current contextvars.Context, or VAL_NONE before first use */
    Value running_loop;         /* the event loop running in this thread, or VAL_NONE */
    Value event_loop;           /* the loop set by set_event_loop, or VAL_NONE */
    bool step_limited;          /* a step limit is set (interrupt.h) */
    uint64_t steps_left;        /* poll points left before it raises */
    Thread *next_thread, *prev_thread;  /* Interp.threads */
    unsigned long ident;        /* _thread.get_ident() */
    Value local_dicts;          /* _thread._local id -> this thread's dict, or VAL_NONE */
    Value bootstrap;            /* (fn, args, kwargs) of a thread not yet started */
    Value sentinel;             /* _thread._set_sentinel's lock, released at the end, or VAL_NONE */
    int ffi_errno;              /* ffi.get_errno(): C's errno after the last foreign call */
    bool gil_released;          /* between gil_release and gil_acquire */
};

/* Every static builtin type, NULL-terminated (interp.c): the ones
 * start-up makes ready, and those of C modules, which their module's
 * init makes ready (module_init_types) so that scripts that never
 * import them do not pay for them.  The collector marks both. */
extern TypeObj *const interp_static_types[];
extern TypeObj *const interp_module_types[];

/* Creates an interpreter with its main thread, builtins and sys; NULL if
 * start-up fails (the reason is printed). */
Thread *interp_new(int argc, char **argv, bool virtual_time);
/* Flushes files and frees everything; interp_new may be called again. */
void interp_free(Thread *t);

/* A new thread state for ip, linked into ip->threads (GIL held); NULL
 * without memory.  thread_free unlinks and frees one that has finished. */
Thread *thread_new(Interp *ip);
void thread_free(Thread *t);

/* The interpreter a collector belongs to. */
static inline Interp *interp_of_gc(GC *gc) { return (Interp *)gc; }

static inline void gc_push_root(Thread *t, Value v)
{
    if (t->nroots == t->roots_cap) gc_grow_roots(t);
    t->roots[t->nroots++] = v;
}

static inline void gc_pop_roots(Thread *t, int n) { t->nroots -= (uint32_t)n; }
static inline uint32_t gc_root_mark(Thread *t) { return t->nroots; }
static inline void gc_root_reset(Thread *t, uint32_t mark) { t->nroots = mark; }

#endif
