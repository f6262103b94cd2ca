/*
 * gil.c -- the interpreter lock (see gil.h).
 *
 * A mutex guards the lock's state; threads that want the lock sleep on
 * `freed`.  A waiter that has slept a whole switch interval without the
 * lock changing hands asks the holder to let go (gil_drop_request, which
 * raises interrupt_pending so the VM's next poll point sees it); the
 * holder then waits on `switched` until some waiter has taken the lock,
 * so a thread that computes cannot take it straight back.
 *
 * The lock is one per process: at most one interpreter runs at a time,
 * and a daemon thread still blocked in a system call when its
 * interpreter is freed must find the lock afterwards, finalizing, and
 * stop there (gil_finalize).
 */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "gil.h"
#include "interrupt.h"

#define SWITCH_INTERVAL_NS 5000000L     /* 5 ms, as CPython's default */

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t freed;            /* on CLOCK_MONOTONIC */
static pthread_cond_t switched = PTHREAD_COND_INITIALIZER;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static bool locked;
static unsigned generation;             /* interpreters finalized so far */
static unsigned long switches;          /* times the lock was taken */
static int waiters;                     /* threads in take() */
static int starting;                    /* threads created, not yet in take() */
atomic_int gil_drop_request;
static _Thread_local Thread *current;
static _Thread_local unsigned current_generation;

static void init_conds(void)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&freed, &attr);
    pthread_condattr_destroy(&attr);
}

/* Takes the lock for the calling thread, which started in generation
 * gen; the mutex is held. */
static void take(unsigned gen)
{
    while (locked || gen != generation) {
        if (gen != generation) {
            pthread_cond_broadcast(&switched);      /* a gil_yield may count on it */
            pthread_mutex_unlock(&mutex);
            pthread_exit(NULL);
        }
        unsigned long seen = switches;
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_nsec += SWITCH_INTERVAL_NS;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        waiters++;
        int r = pthread_cond_timedwait(&freed, &mutex, &until);
        waiters--;
        if (r == ETIMEDOUT && locked && switches == seen) {
            atomic_store(&gil_drop_request, 1);
            interrupt_pending = 1;
        }
    }
    locked = true;
    switches++;
    atomic_store(&gil_drop_request, 0);
    pthread_cond_signal(&switched);
}

void gil_start(Thread *t)
{
    pthread_once(&init_once, init_conds);
    current = t;
    t->ident = (unsigned long)pthread_self();
    pthread_mutex_lock(&mutex);
    if (t == t->interp->main_thread) {
        /* a new interpreter: the last one's lock is gone with it */
        locked = false;
        starting = 0;
    } else {
        starting--;
    }
    current_generation = generation;
    take(current_generation);
    pthread_mutex_unlock(&mutex);
}

void gil_created(void)
{
    pthread_mutex_lock(&mutex);
    starting++;
    pthread_mutex_unlock(&mutex);
}

void gil_not_created(void)
{
    pthread_mutex_lock(&mutex);
    starting--;
    pthread_mutex_unlock(&mutex);
}

void gil_release(Thread *t)
{
    t->gil_released = true;
    pthread_mutex_lock(&mutex);
    locked = false;
    pthread_cond_signal(&freed);
    pthread_mutex_unlock(&mutex);
}

void gil_acquire(Thread *t)
{
    int saved = errno;
    pthread_mutex_lock(&mutex);
    take(current_generation);
    pthread_mutex_unlock(&mutex);
    t->gil_released = false;
    errno = saved;
}

void gil_yield(Thread *t)
{
    (void)t;
    pthread_mutex_lock(&mutex);
    locked = false;
    pthread_cond_signal(&freed);
    unsigned long seen = switches;
    while (waiters > 0 && switches == seen) pthread_cond_wait(&switched, &mutex);
    take(current_generation);
    pthread_mutex_unlock(&mutex);
}

bool gil_contended(void)
{
    pthread_mutex_lock(&mutex);
    bool busy = waiters > 0 || starting > 0;
    pthread_mutex_unlock(&mutex);
    return busy;
}

void gil_exit(Thread *t)
{
    thread_free(t);
    current = NULL;
    pthread_mutex_lock(&mutex);
    locked = false;
    pthread_cond_signal(&freed);
    pthread_mutex_unlock(&mutex);
}

void gil_finalize(void)
{
    pthread_mutex_lock(&mutex);
    generation++;
    current_generation = generation;
    pthread_cond_broadcast(&freed);
    pthread_mutex_unlock(&mutex);
}

Thread *gil_current(void) { return current; }
