/*
 * frame.h -- activation records.
 *
 * A frame is a small header followed by its slots: the code's localsplus
 * (code.h) and then its value stack, sized by the compiler.  Frames of
 * ordinary calls are carved LIFO out of per-thread chunks (no malloc per
 * call, no fixed depth limit: a full chunk links a new one).  The frame of
 * a generator or coroutine lives inside that object (obj_gen.h), so it
 * survives suspension.
 *
 * `parent` is the frame to return to.  The VM never recurses in C for a
 * call from aster code to aster code: it pushes a frame and continues.
 * A frame flagged FRAME_ENTRY was started by vm_run from C; returning (or
 * yielding) from it leaves that vm_run.
 *
 * Await chains.  `await`/`yield from` on a generator or coroutine links
 * its frame under the delegating one (FRAME_AWAITED).  A chain of such
 * links hangs from a root frame that is not itself awaited; every frame
 * of the chain knows that root and its distance from it, so a yield at
 * the bottom suspends the whole chain at once (the root's generator
 * remembers the bottom frame as `innermost`) and the next resume starts
 * right there: both cost O(1), however deep the chain.
 */
#ifndef ASTER_FRAME_H
#define ASTER_FRAME_H

#include "code.h"
#include "obj_func.h"
#include "interp.h"

#define FRAME_ENTRY   0x01     /* vm_run returns when this frame finishes */
#define FRAME_IN_GEN  0x02     /* slots belong to a generator object */
#define FRAME_AWAITED 0x04     /* linked by SEND: its parent delegates to it */

typedef struct GenObj GenObj;

struct Frame {
    Frame *parent;
    FuncObj *func;              /* gives globals, builtins and closure */
    CodeObj *code;
    DictObj *globals;
    DictObj *locals;            /* class body namespace, or NULL */
    GenObj *gen;                /* owning generator, or NULL */
    Frame *await_root;          /* FRAME_AWAITED: the chain's root frame */
    uint32_t await_depth;       /* FRAME_AWAITED: links between it and the root */
    uint32_t pc;                /* next instruction, while not running */
    uint32_t sp;                /* stack depth (slots above localsplus), while not running */
    uint32_t flags;
    uint32_t size;              /* bytes, header included */
    Value slots[];
};

struct FrameChunk {
    FrameChunk *prev;
    size_t size, top;           /* bytes in data, bytes in use */
    char data[];
};

/* Bytes a frame for code needs. */
static inline size_t frame_size(const CodeObj *code)
{
    return sizeof(Frame) + (size_t)(code->nlocalsplus + code->stacksize) * sizeof(Value);
}

/* Releases the most recently pushed arena frame. */
Frame *frame_push_chunk(Thread *t, FuncObj *func, size_t size);
void frame_release_chunk(Thread *t);

static inline void frame_pop(Thread *t, Frame *f)
{
    FrameChunk *c = t->chunk;
    c->top -= f->size;
    /* An emptied chunk is released unless it is the last one: keeping one
     * avoids malloc churn at a chunk boundary. */
    if (c->top == 0 && c->prev) frame_release_chunk(t);
}

/* Initialises a frame placed in memory the caller owns (generators):
 * locals unbound, stack slots None (the collector scans them all). */
static inline void frame_init(Frame *f, FuncObj *func, size_t size)
{
    CodeObj *code = func->code;
    f->parent = NULL;
    f->func = func;
    f->code = code;
    f->globals = func->globals;
    f->locals = NULL;
    f->gen = NULL;
    f->await_root = NULL;
    f->await_depth = 0;
    f->pc = 0;
    f->sp = 0;
    f->flags = 0;
    f->size = (uint32_t)size;
    uint32_t n = code->nlocalsplus, total = n + code->stacksize;
    for (uint32_t i = 0; i < n; i++) f->slots[i] = VAL_UNBOUND;
    for (uint32_t i = n; i < total; i++) f->slots[i] = VAL_NONE;
}

/* Pushes a frame for func on the thread's arena.  NULL with MemoryError
 * set on failure.  Never collects. */
static inline Frame *frame_push(Thread *t, FuncObj *func)
{
    size_t size = (frame_size(func->code) + 15) & ~(size_t)15;
    FrameChunk *c = t->chunk;
    if (!c || c->size - c->top < size) return frame_push_chunk(t, func, size);
    Frame *f = (Frame *)(c->data + c->top);
    c->top += size;
    frame_init(f, func, size);
    return f;
}
/* Marks everything the frame references. */
void frame_mark(GC *gc, Frame *f);
/* Frees the thread's chunks. */
void frame_free_chunks(Thread *t);

/* Sets the value-stack slots above the saved stack pointer to None, so
 * that values popped long ago stop keeping objects alive -- if the frame
 * is stopped at a CALL instruction (the only one whose saved sp covers
 * everything it uses); otherwise does nothing.  For gc.collect(). */
void frame_clear_stale(Frame *f);

/* The current line of a frame (its last executed instruction). */
int frame_line(const Frame *f);

#endif
