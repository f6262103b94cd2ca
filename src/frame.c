/*
 * frame.c -- the per-thread frame arena.
 */
#include <stdlib.h>
#include "frame.h"
#include "exc.h"
#include "interp.h"

#define CHUNK_MIN (64 * 1024)

void frame_init(Frame *f, FuncObj *func, size_t size)
{
    CodeObj *code = func->code;
    f->parent = NULL;
    f->func = func;
    f->code = code;
    f->globals = func->globals;
    f->locals = NULL;
    f->gen = NULL;
    f->pc = 0;
    f->sp = 0;
    f->flags = 0;
    f->size = (uint32_t)size;
    uint32_t n = code->nlocalsplus;
    for (uint32_t i = 0; i < n; i++) f->slots[i] = VAL_UNBOUND;
    for (uint32_t i = 0; i < code->stacksize; i++) f->slots[n + i] = VAL_NONE;
}

Frame *frame_push(Thread *t, FuncObj *func)
{
    size_t size = frame_size(func->code);
    size = (size + 15) & ~(size_t)15;
    FrameChunk *c = t->chunk;
    if (!c || c->size - c->top < size) {
        size_t want = size > CHUNK_MIN ? size : CHUNK_MIN;
        FrameChunk *n = malloc(sizeof *n + want);
        if (!n) {
            exc_no_memory(t);
            return NULL;
        }
        n->prev = c;
        n->size = want;
        n->top = 0;
        t->chunk = c = n;
    }
    Frame *f = (Frame *)(c->data + c->top);
    c->top += size;
    frame_init(f, func, size);
    return f;
}

void frame_pop(Thread *t, Frame *f)
{
    FrameChunk *c = t->chunk;
    c->top -= f->size;
    /* An emptied chunk is released unless it is the last one: keeping one
     * avoids malloc churn at a chunk boundary. */
    if (c->top == 0 && c->prev) {
        t->chunk = c->prev;
        free(c);
    }
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

int frame_line(const Frame *f)
{
    return code_line(f->code, f->pc ? f->pc - 1 : 0);
}
