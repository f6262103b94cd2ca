/*
 * workers.h -- run a C job on a pool thread and deliver its completion to
 * the event loop.
 *
 * A job's `run` executes on a worker thread and must never touch
 * interpreter objects (no Values, no allocation from the GC heap, no
 * exceptions): it works on plain C memory prepared beforehand.  Once it
 * returns, the job goes to the completion inbox, and the loop thread (the
 * interpreter's) calls `complete` from the event loop (workers_deliver),
 * where it may use the interpreter again.
 *
 * From submission until `complete` has run, the job is in flight: its
 * `owner` (a heap object, typically the one the job struct is embedded
 * in) is a GC root, so the memory `run` uses cannot be freed under it,
 * even if nobody waits for the result any more.
 *
 * Threads start on demand, up to WORKERS_MAX, and then stay for later
 * jobs; they block every signal, so Ctrl-C reaches the main thread.
 */
#ifndef ASTER_WORKERS_H
#define ASTER_WORKERS_H

#include <stdbool.h>
#include "object.h"

#define WORKERS_MAX 8

typedef struct WorkerJob WorkerJob;
struct WorkerJob {
    void (*run)(WorkerJob *job);                    /* on a pool thread */
    int (*complete)(Thread *t, WorkerJob *job);     /* on the loop thread; -1 raised */
    Value owner;                /* kept alive while the job is in flight */
    WorkerJob *next;            /* queue / inbox link (under the lock) */
    WorkerJob *live_prev, *live_next;   /* in-flight list (loop thread only) */
};

/* Queues job (run, complete and owner set).  -1 with an exception if no
 * thread could be started. */
int workers_submit(Thread *t, WorkerJob *job);
/* Some job is in flight: submitted, its completion not yet delivered. */
bool workers_busy(void);
/* Some finished job waits for delivery (cheap: no lock). */
bool workers_have_completions(void);
/* Blocks until a finished job waits for delivery, or for timeout seconds
 * (< 0: no limit).  True if one does. */
bool workers_wait(double timeout);
/* Calls `complete` for every finished job, in finishing order.  Returns
 * -1 (exception set) at the first that fails; the others stay queued. */
int workers_deliver(Thread *t);
/* Marks the owners of the jobs in flight (gc.c's roots). */
void workers_mark(GC *gc);
/* Waits until every job in flight has finished running and forgets them
 * all without completing them: the interpreter is going away. */
void workers_quiesce(void);

#endif
