/*
 * workers.h -- run a C job on a pool thread and deliver its completion to
 * the event loop.
 *
 * A job's `run` executes on a worker thread and must never touch
 * interpreter objects (no Values, no allocation from the GC heap, no
 * exceptions): it works on plain C memory prepared beforehand.  Once it
 * returns the job is finished, and the loop thread (the interpreter's)
 * calls its `complete` from the event loop (workers_deliver), where it
 * may use the interpreter again.
 *
 * From submission until `complete` has run, the job is in flight: its
 * `owner` (a heap object, typically the one the job struct is embedded
 * in) is a GC root, so the memory `run` uses cannot be freed under it,
 * even if nobody waits for the result any more.
 *
 * Finished jobs are delivered in the order they were submitted, whatever
 * order they finished in; with workers_wait_all that makes a program's
 * course independent of how long each job took (--virtual-time relies on
 * it).
 *
 * Threads start on demand, up to WORKERS_MAX, and then stay for later
 * jobs; they block every signal, so Ctrl-C reaches the main thread.  All
 * functions but the jobs' `run` are for the loop thread only.
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
    /* the pool's bookkeeping */
    WorkerJob *next;            /* in the queue (under the lock) */
    WorkerJob *live_prev, *live_next;   /* in flight, in submission order */
    bool finished;              /* run has returned (under the lock) */
};

/* Queues job (run, complete and owner set).  -1 with an exception if no
 * thread could be started. */
int workers_submit(Thread *t, WorkerJob *job);
/* Some job is in flight: submitted, its completion not yet delivered. */
bool workers_busy(void);
/* Some finished job waits for delivery (cheap: no lock). */
bool workers_have_completions(void);
/* Blocks until some finished job waits for delivery (workers_wait) or
 * every job in flight has finished (workers_wait_all), or for timeout
 * seconds (< 0: no limit).  True if that happened. */
bool workers_wait(double timeout);
bool workers_wait_all(double timeout);
/* Calls `complete` for every finished job, in submission order.  Returns
 * -1 (exception set) at the first that fails; the others stay for the
 * next call. */
int workers_deliver(Thread *t);
/* Marks the owners of the jobs in flight (gc.c's roots). */
void workers_mark(GC *gc);
/* Waits until every job in flight has finished running and forgets them
 * all without completing them: the interpreter is going away. */
void workers_quiesce(void);

#endif
