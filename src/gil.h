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
 *
 * A thread that computes is asked to let go after a switch interval: the
 * VM's poll points (interrupt.h) call gil_yield when gil_drop_request is
 * set.
 */
#ifndef ASTER_GIL_H
#define ASTER_GIL_H

#include <stdatomic.h>
#include <stdbool.h>
#include "interp.h"

/* Set: a thread has waited a switch interval for the lock. */
extern atomic_int gil_drop_request;

void gil_release(Thread *t);
void gil_acquire(Thread *t);

/* Lets every thread waiting for the lock run, then takes it back. */
void gil_yield(Thread *t);
/* Some other thread wants the lock, or is starting and soon will. */
bool gil_contended(void);

/* The calling OS thread becomes t and takes the lock: interp_new for the
 * main thread, and a new thread's first act.  gil_created, called by the
 * creator before it starts the OS thread, counts it as wanting the lock
 * from then on (gil_contended). */
void gil_start(Thread *t);
void gil_created(void);
void gil_not_created(void);     /* pthread_create failed after gil_created */
/* The calling thread is done: frees t (thread_free) and lets go. */
void gil_exit(Thread *t);
/* interp_free: from now on a thread that comes back for the lock stops
 * (pthread_exit) instead of touching freed memory. */
void gil_finalize(void);

/* The calling OS thread's state, or NULL for a thread aster did not
 * start (a worker, or a C library's own thread). */
Thread *gil_current(void);

#endif
