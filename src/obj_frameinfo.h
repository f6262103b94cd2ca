/*
 * obj_frameinfo.h -- snapshots of frames for scripts (obj_frameinfo.c).
 */
#ifndef ASTER_OBJ_FRAMEINFO_H
#define ASTER_OBJ_FRAMEINFO_H

#include "object.h"
#include "interp.h"

extern TypeObj FrameInfoType;

/* A frame object showing `code` at `line` (globals may be VAL_NONE). */
Value frameinfo_new(Thread *t, Value code, int line, Value globals);
/* Sets the f_back of a snapshot made by frameinfo_new. */
void frameinfo_set_back(Value frame, Value back);
/* Sets its f_locals (None unless set). */
void frameinfo_set_locals(Value frame, Value locals);

#endif
