/*
 * workers.c -- the worker pool and the completion inbox.
 *
 * One mutex guards the job queue, the inbox and the thread counts.  Pool
 * threads sleep on `work_ready`; the loop thread sleeps on `job_done`
 * (workers_wait).  `inbox_count` is also readable without the lock, so
 * the event loop can check for completions on every iteration for the
 * price of an atomic load.
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
static WorkerJob *inbox_head, *inbox_tail;  /* finished, not delivered */
static atomic_int inbox_count;
static int running_jobs;                    /* taken off the queue, still running */
static int nthreads;

/* Loop thread only. */
static WorkerJob *live_first;
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
        running_jobs++;
        pthread_mutex_unlock(&lock);

        job->run(job);

        pthread_mutex_lock(&lock);
        running_jobs--;
        job->next = NULL;
        if (inbox_tail) inbox_tail->next = job;
        else inbox_head = job;
        inbox_tail = job;
        atomic_fetch_add(&inbox_count, 1);
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
    int pending = running_jobs + 1;
    for (WorkerJob *j = queue_head; j; j = j->next) pending++;
    if (nthreads < WORKERS_MAX && nthreads < pending && start_thread() < 0 && nthreads == 0) {
        pthread_mutex_unlock(&lock);
        exc_raise(t, &RuntimeErrorType, "can't start a worker thread");
        return -1;
    }
    job->next = NULL;
    if (queue_tail) queue_tail->next = job;
    else queue_head = job;
    queue_tail = job;
    pthread_cond_signal(&work_ready);
    pthread_mutex_unlock(&lock);

    job->live_prev = NULL;
    job->live_next = live_first;
    if (live_first) live_first->live_prev = job;
    live_first = job;
    live_count++;
    return 0;
}

bool workers_busy(void) { return live_count > 0; }

bool workers_have_completions(void) { return atomic_load(&inbox_count) > 0; }

bool workers_wait(double timeout)
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
    while (!inbox_head) {
        if (timeout < 0) pthread_cond_wait(&job_done, &lock);
        else if (pthread_cond_timedwait(&job_done, &lock, &until) != 0) break;
    }
    bool ready = inbox_head != NULL;
    pthread_mutex_unlock(&lock);
    return ready;
}

static void forget(WorkerJob *job)
{
    if (job->live_prev) job->live_prev->live_next = job->live_next;
    else live_first = job->live_next;
    if (job->live_next) job->live_next->live_prev = job->live_prev;
    live_count--;
}

/* The first finished job, taken out of the inbox; NULL if none. */
static WorkerJob *take_finished(void)
{
    pthread_mutex_lock(&lock);
    WorkerJob *job = inbox_head;
    if (job) {
        inbox_head = job->next;
        if (!inbox_head) inbox_tail = NULL;
        atomic_fetch_sub(&inbox_count, 1);
    }
    pthread_mutex_unlock(&lock);
    return job;
}

int workers_deliver(Thread *t)
{
    while (workers_have_completions()) {
        WorkerJob *job = take_finished();
        if (!job) break;
        forget(job);
        /* No longer a root of its own: keep the owner alive through
         * complete, which may allocate. */
        gc_push_root(t, job->owner);
        int rc = job->complete(t, job);
        gc_pop_roots(t, 1);
        if (rc < 0) return -1;
    }
    return 0;
}

void workers_mark(GC *gc)
{
    for (WorkerJob *job = live_first; job; job = job->live_next) gc_mark_value(gc, job->owner);
}

void workers_quiesce(void)
{
    while (live_count > 0) {
        workers_wait(-1);
        WorkerJob *job;
        while ((job = take_finished())) forget(job);
    }
}
