/*
 * workers.c -- the worker pool and the delivery of finished jobs.
 *
 * One mutex guards the job queue, the jobs' `finished` flags and the
 * thread count.  Pool threads sleep on `work_ready`; the loop thread
 * sleeps on `job_done` (workers_wait).  `finished_count` is also
 * readable without the lock, so the event loop can check for completions
 * on every iteration for the price of an atomic load.  The in-flight
 * list belongs to the loop thread alone.
 */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>
#include "workers.h"
#include "exc.h"
#include "gc.h"
#include "interp.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_ready = PTHREAD_COND_INITIALIZER;
static pthread_cond_t job_done;             /* on CLOCK_MONOTONIC */
static pthread_once_t job_done_once = PTHREAD_ONCE_INIT;
static WorkerJob *queue_head, *queue_tail;  /* submitted, not started */
static int queued, running;
static int nthreads;
static atomic_int finished_count;           /* finished, not delivered */

/* Loop thread only: the jobs in flight, oldest first. */
static WorkerJob *live_first, *live_last;
static int live_count;

static void init_job_done(void)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&job_done, &attr);
    pthread_condattr_destroy(&attr);
}

static void *worker_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (!queue_head) pthread_cond_wait(&work_ready, &lock);
        WorkerJob *job = queue_head;
        queue_head = job->next;
        if (!queue_head) queue_tail = NULL;
        queued--;
        running++;
        pthread_mutex_unlock(&lock);

        job->run(job);

        pthread_mutex_lock(&lock);
        running--;
        job->finished = true;
        atomic_fetch_add(&finished_count, 1);
        pthread_cond_broadcast(&job_done);
    }
    return NULL;
}

/* Starts one more pool thread, with every signal blocked (the mask is
 * inherited).  Called with the lock held. */
static int start_thread(void)
{
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_t tid;
    int err = pthread_create(&tid, NULL, worker_main, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (err) return -1;
    pthread_detach(tid);
    nthreads++;
    return 0;
}

int workers_submit(Thread *t, WorkerJob *job)
{
    pthread_once(&job_done_once, init_job_done);
    pthread_mutex_lock(&lock);
    /* a thread per waiting job, up to the limit; with none at all the
     * job could never run */
    if (nthreads < WORKERS_MAX && nthreads < queued + running + 1 && start_thread() < 0 && nthreads == 0) {
        pthread_mutex_unlock(&lock);
        exc_raise(t, &RuntimeErrorType, "can't start a worker thread");
        return -1;
    }
    job->next = NULL;
    job->finished = false;
    if (queue_tail) queue_tail->next = job;
    else queue_head = job;
    queue_tail = job;
    queued++;
    pthread_cond_signal(&work_ready);
    pthread_mutex_unlock(&lock);

    job->live_next = NULL;
    job->live_prev = live_last;
    if (live_last) live_last->live_next = job;
    else live_first = job;
    live_last = job;
    live_count++;
    return 0;
}

bool workers_busy(void) { return live_count > 0; }

bool workers_have_completions(void) { return atomic_load(&finished_count) > 0; }

/* Waits until at least `want` jobs have finished. */
static bool wait_finished(int want, double timeout)
{
    if (live_count == 0) return false;
    pthread_once(&job_done_once, init_job_done);
    struct timespec until;
    if (timeout >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &until);
        double t = (double)until.tv_sec + until.tv_nsec / 1e9 + timeout;
        until.tv_sec = (time_t)t;
        until.tv_nsec = (long)((t - (double)until.tv_sec) * 1e9);
    }
    pthread_mutex_lock(&lock);
    while (atomic_load(&finished_count) < want) {
        if (timeout < 0) pthread_cond_wait(&job_done, &lock);
        else if (pthread_cond_timedwait(&job_done, &lock, &until) != 0) break;
    }
    bool done = atomic_load(&finished_count) >= want;
    pthread_mutex_unlock(&lock);
    return done;
}

bool workers_wait(double timeout) { return wait_finished(1, timeout); }

bool workers_wait_all(double timeout) { return wait_finished(live_count, timeout); }

static void forget(WorkerJob *job)
{
    if (job->live_prev) job->live_prev->live_next = job->live_next;
    else live_first = job->live_next;
    if (job->live_next) job->live_next->live_prev = job->live_prev;
    else live_last = job->live_prev;
    live_count--;
    atomic_fetch_sub(&finished_count, 1);
}

/* Up to max finished jobs, oldest first. */
static int take_finished(WorkerJob **out, int max)
{
    int n = 0;
    pthread_mutex_lock(&lock);
    for (WorkerJob *job = live_first; job && n < max; job = job->live_next)
        if (job->finished) out[n++] = job;
    pthread_mutex_unlock(&lock);
    return n;
}

int workers_deliver(Thread *t)
{
    while (workers_have_completions()) {
        WorkerJob *batch[32];
        int n = take_finished(batch, 32);
        for (int i = 0; i < n; i++) {
            WorkerJob *job = batch[i];
            forget(job);
            /* no longer a root of its own: keep the owner alive through
             * complete, which may allocate */
            gc_push_root(t, job->owner);
            int rc = job->complete(t, job);
            gc_pop_roots(t, 1);
            if (rc < 0) return -1;
        }
    }
    return 0;
}

void workers_mark(GC *gc)
{
    for (WorkerJob *job = live_first; job; job = job->live_next) gc_mark_value(gc, job->owner);
}

void workers_quiesce(void)
{
    workers_wait_all(-1);
    while (live_first) forget(live_first);
}
