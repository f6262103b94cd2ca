/*
 * gil.h -- the interpreter lock (DESIGN.md decision 7).
 *
 * One lock guards every interpreter object: a thread runs aster code, or
 * touches any Value, only while it holds the lock.  Around a call that
 * may block (a system call waiting for I/O, a sleep, a lock wait, a slow
 * C function) the thread lets go of it, so that other threads can run:
 *
 *     gil_release(t);
 *     n = read(fd, buf, len);      // no Values, no allocation, no raising
 *     gil_acquire(t);
 *
 * Between the two calls the thread may use only plain C memory prepared
 * beforehand; anything on the GC heap it needs afterwards must be rooted
 * (a frame slot or gc_push_root), as other threads may collect.
 * gil_acquire keeps errno, so it can be read after the call.
 */
#ifndef ASTER_GIL_H
#define ASTER_GIL_H

#include "interp.h"

void gil_release(Thread *t);
void gil_acquire(Thread *t);

#endif
