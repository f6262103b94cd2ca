/*
 * test_workers.c -- the worker pool's contract: every job runs once on a
 * pool thread and completes once on the caller's thread, through
 * workers_deliver, finished jobs in submission order; a job's owner
 * survives collections while the job is in flight and not after;
 * workers_wait and workers_wait_all time out when they should;
 * workers_quiesce waits for running jobs.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include "interp.h"
#include "gc.h"
#include "obj_list.h"
#include "workers.h"
#include "check.h"

typedef struct {
    WorkerJob job;
    int input, output;
    bool ran_elsewhere;
    int completions;
    int delivered_as;           /* 1 for the first delivery, 2 for the next... */
    atomic_bool *gate;          /* the job waits for it, if set */
} SquareJob;

static int deliveries;

static pthread_t main_thread;

static void square_run(WorkerJob *job)
{
    SquareJob *j = (SquareJob *)job;
    while (j->gate && !atomic_load(j->gate)) {
        struct timespec ms = { 0, 1000000 };
        nanosleep(&ms, NULL);
    }
    j->ran_elsewhere = !pthread_equal(pthread_self(), main_thread);
    j->output = j->input * j->input;
}

static int square_complete(Thread *t, WorkerJob *job)
{
    (void)t;
    ((SquareJob *)job)->completions++;
    ((SquareJob *)job)->delivered_as = ++deliveries;
    return 0;
}

static void init_job(SquareJob *j, int input, atomic_bool *gate)
{
    *j = (SquareJob){ .input = input, .gate = gate };
    j->job = (WorkerJob){ .run = square_run, .complete = square_complete, .owner = VAL_NONE };
}

/* Delivers until no job is in flight. */
static void drain(Thread *t)
{
    while (workers_busy()) {
        workers_wait(-1);
        workers_deliver(t);
    }
}

static void test_many_jobs(Thread *t)
{
    enum { N = 50 };
    static SquareJob jobs[N];
    for (int i = 0; i < N; i++) {
        init_job(&jobs[i], i, NULL);
        CHECK(workers_submit(t, &jobs[i].job) == 0, "submit %d", i);
    }
    CHECK(workers_busy(), "busy after submitting");
    drain(t);
    int ok = 0;
    for (int i = 0; i < N; i++)
        ok += jobs[i].output == i * i && jobs[i].completions == 1 && jobs[i].ran_elsewhere;
    CHECK(ok == N, "every job ran once on a pool thread and completed once (%d of %d)", ok, N);
    CHECK(!workers_busy() && !workers_have_completions(), "idle afterwards");
}

static void test_owner_and_timeout(Thread *t)
{
    atomic_bool gate = false;
    static SquareJob j;
    init_job(&j, 7, &gate);
    gc_collect(t);
    size_t before = gc_object_count(t->gc);
    j.job.owner = list_new(t, 0);
    CHECK(workers_submit(t, &j.job) == 0, "submit gated job");
    gc_collect(t);
    CHECK(gc_object_count(t->gc) == before + 1, "an in-flight job's owner survives a collection");
    CHECK(!workers_wait(0.02), "workers_wait times out while the job is held");
    CHECK(workers_deliver(t) == 0 && j.completions == 0, "nothing to deliver yet");
    atomic_store(&gate, true);
    CHECK(workers_wait(-1), "workers_wait wakes for the completion");
    CHECK(workers_deliver(t) == 0 && j.completions == 1 && j.output == 49, "delivered");
    gc_collect(t);
    CHECK(gc_object_count(t->gc) == before, "the owner is garbage once delivered");
}

/* A job submitted first but finishing last is still delivered first
 * when both wait together. */
static void test_submission_order(Thread *t)
{
    atomic_bool gate = false;
    static SquareJob slow, quick;
    init_job(&slow, 2, &gate);
    init_job(&quick, 3, NULL);
    workers_submit(t, &slow.job);
    workers_submit(t, &quick.job);
    CHECK(workers_wait(-1), "the quick job finishes");
    CHECK(!workers_wait_all(0.02), "wait_all times out while the slow one is held");
    atomic_store(&gate, true);
    CHECK(workers_wait_all(-1), "wait_all returns once both have finished");
    deliveries = 0;
    CHECK(workers_deliver(t) == 0, "deliver");
    CHECK(slow.delivered_as == 1 && quick.delivered_as == 2, "delivered in submission order (%d, %d)",
          slow.delivered_as, quick.delivered_as);
    CHECK(!workers_busy(), "idle again");
}

static void *open_gate_later(void *arg)
{
    struct timespec ms = { 0, 20000000 };
    nanosleep(&ms, NULL);
    atomic_store((atomic_bool *)arg, true);
    return NULL;
}

static void test_quiesce(Thread *t)
{
    atomic_bool gate = false;
    static SquareJob j;
    init_job(&j, 3, &gate);
    workers_submit(t, &j.job);
    pthread_t opener;
    pthread_create(&opener, NULL, open_gate_later, &gate);
    workers_quiesce();
    pthread_join(opener, NULL);
    CHECK(j.output == 9 && j.completions == 0 && !workers_busy(),
          "quiesce waits for the running job and drops its completion");
}

int main(void)
{
    main_thread = pthread_self();
    Thread *t = interp_new(0, NULL, false);
    if (!t) return 1;
    test_many_jobs(t);
    test_owner_and_timeout(t);
    test_submission_order(t);
    test_quiesce(t);
    interp_free(t);
    return check_summary();
}
