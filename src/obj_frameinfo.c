/*
 * obj_frameinfo.c -- `frame` objects as scripts see them.
 *
 * aster's frames live in arenas and inside generators, and are reused;
 * what a script gets (coroutine.cr_frame, Task.get_stack(),
 * traceback.tb_frame, sys._getframe()) is a snapshot of one: its code,
 * current line and globals.  f_back and f_locals are None except in the
 * chain sys._getframe builds, where f_locals is a dict of the frame's
 * locals when the snapshot was taken (the globals at module level).
 */
#include "obj_frameinfo.h"
#include "gc.h"
#include "obj_str.h"

typedef struct {
    Obj base;
    Value code;
    Value globals;
    Value back;
    Value locals;
    int line;
} FrameInfoObj;

#define FI(v) ((FrameInfoObj *)val_as_obj(v))

Value frameinfo_new(Thread *t, Value code, int line, Value globals)
{
    FrameInfoObj *fi = gc_alloc(t, &FrameInfoType, sizeof(FrameInfoObj));
    if (!fi) return VAL_ERROR;
    fi->code = code;
    fi->globals = globals;
    fi->back = VAL_NONE;
    fi->locals = VAL_NONE;
    fi->line = line;
    return val_from_obj(fi);
}

void frameinfo_set_back(Value frame, Value back)
{
    FI(frame)->back = back;
}

void frameinfo_set_locals(Value frame, Value locals)
{
    FI(frame)->locals = locals;
}

static void frameinfo_trace(GC *gc, Obj *o)
{
    gc_mark_value(gc, ((FrameInfoObj *)o)->code);
    gc_mark_value(gc, ((FrameInfoObj *)o)->globals);
    gc_mark_value(gc, ((FrameInfoObj *)o)->back);
    gc_mark_value(gc, ((FrameInfoObj *)o)->locals);
}

static Value get_code(Thread *t, Value self) { (void)t; return FI(self)->code; }
static Value get_lineno(Thread *t, Value self) { (void)t; return val_from_small(FI(self)->line); }
static Value get_globals(Thread *t, Value self) { (void)t; return FI(self)->globals; }
static Value get_back(Thread *t, Value self) { (void)t; return FI(self)->back; }
static Value get_locals(Thread *t, Value self) { (void)t; return FI(self)->locals; }

static const GetSetDef frameinfo_getset[] = {
    { "f_code", get_code, NULL },
    { "f_lineno", get_lineno, NULL },
    { "f_globals", get_globals, NULL },
    { "f_back", get_back, NULL },
    { "f_locals", get_locals, NULL },
    { NULL, NULL, NULL },
};

TypeObj FrameInfoType = {
    .base = { .type = &TypeType },
    .name = "frame",
    .base_type = &ObjectType,
    .flags = TYPE_ABSTRACT_NEW,
    .instance_size = sizeof(FrameInfoObj),
    .trace = frameinfo_trace,
    .getset = frameinfo_getset,
};
