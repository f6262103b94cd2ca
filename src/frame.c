/*
 * frame.c -- the per-thread frame arena.
 */
#include <stdlib.h>
#include "frame.h"
#include "exc.h"
#include "interp.h"
#include "opcodes.h"

#define CHUNK_MIN (64 * 1024)

/* The slow part of frame_push: a new chunk. */
Frame *frame_push_chunk(Thread *t, FuncObj *func, size_t size)
{
    FrameChunk *c = t->chunk;
    size_t want = size > CHUNK_MIN ? size : CHUNK_MIN;
    FrameChunk *n = malloc(sizeof *n + want);
    if (!n) {
        exc_no_memory(t);
        return NULL;
    }
    n->prev = c;
    n->size = want;
    n->top = size;
    t->chunk = n;
    Frame *f = (Frame *)n->data;
    frame_init(f, func, size);
    return f;
}

void frame_release_chunk(Thread *t)
{
    FrameChunk *c = t->chunk;
    t->chunk = c->prev;
    free(c);
}

void frame_mark(GC *gc, Frame *f)
{
    gc_mark_obj(gc, (Obj *)f->func);
    gc_mark_obj(gc, (Obj *)f->code);
    gc_mark_obj(gc, (Obj *)f->globals);
    gc_mark_obj(gc, (Obj *)f->locals);
    gc_mark_obj(gc, (Obj *)f->gen);
    gc_mark_array(gc, f->slots, f->code->nlocalsplus + f->code->stacksize);
}

void frame_free_chunks(Thread *t)
{
    while (t->chunk) {
        FrameChunk *prev = t->chunk->prev;
        free(t->chunk);
        t->chunk = prev;
    }
}

void frame_clear_stale(Frame *f)
{
    /* Only CALL saves sp with nothing of its own above it: BUILD_SET,
     * CALL_FUNCTION_EX and others keep values just above the saved sp
     * while they call code. */
    if (f->pc == 0 || INSTR_OP(f->code->code[f->pc - 1]) != OP_CALL) return;
    Value *top = f->slots + f->code->nlocalsplus + f->code->stacksize;
    for (Value *v = f->slots + f->code->nlocalsplus + f->sp; v < top; v++) *v = VAL_NONE;
}

int frame_line(const Frame *f)
{
    return code_line(f->code, f->pc ? f->pc - 1 : 0);
}
