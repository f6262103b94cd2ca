/*
 * asyncio.h -- the C core of asyncio: the event loop (loop.c), Future and
 * Task (task.c), and the `_asyncio` module that hands them to
 * stdlib/asyncio (mod_asyncio.c).
 *
 * A loop's ready queue holds tagged entries rather than Handle objects:
 * a task step, a task wake-up and a future's done callback cost no
 * allocation.  Only call_soon/call_later/call_at, which must return a
 * handle, allocate one.
 */
#ifndef ASTER_ASYNCIO_H
#define ASTER_ASYNCIO_H

#include "object.h"
#include "interp.h"

typedef struct LoopObj LoopObj;
typedef struct FutureObj FutureObj;
typedef struct TaskObj TaskObj;

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

/* A done callback; fn == VAL_UNBOUND marks the wake-up of task `ctx`. */
typedef struct {
    Value fn, ctx;
} DoneCallback;

struct FutureObj {
    Obj base;
    LoopObj *loop;
    Value result;               /* the result, or the exception when is_exc */
    Value cancel_msg;           /* argument of cancel(), or VAL_NONE */
    Value cancelled_exc;        /* CancelledError that cancelled a task, or VAL_NONE */
    DoneCallback first;         /* first callback inline; fn VAL_NONE if absent */
    DoneCallback *more;         /* the others, in registration order */
    uint32_t nmore, capmore;
    uint8_t state;              /* FUT_* */
    bool is_exc;
    bool log_traceback;         /* exception set and not yet retrieved */
    bool blocking;              /* _asyncio_future_blocking */
    FutureObj *unretrieved_next; /* in loop->unretrieved while log_traceback */
};

struct TaskObj {
    FutureObj fut;
    Value coro;
    Value context;
    Value waiter;               /* the future the task waits on, or VAL_NONE */
    Value name;                 /* str, or VAL_NONE until asked: "Task-<number>" */
    uint64_t number;
    int32_t cancel_requests;
    bool must_cancel;
    TaskObj *prev, *next;       /* the loop's pending tasks, in creation order */
};

/* What a ready-queue entry does when it runs. */
typedef enum {
    READY_HANDLE,               /* a = Handle from call_soon / a due timer */
    READY_CALLBACK,             /* a(b) in context ctx: a future's done callback */
    READY_STEP,                 /* step task a, throwing b unless it is VAL_NONE */
    READY_WAKEUP,               /* task a's awaited future b is done */
} ReadyKind;

typedef struct {
    ReadyKind kind;
    Value a, b, ctx;
} ReadyEntry;

typedef struct {
    Obj base;
    Value fn;
    Value args;                 /* tuple */
    Value ctx;                  /* Context, or VAL_NONE */
    bool cancelled;
    /* TimerHandle only: */
    double when;
    uint64_t seq;
} HandleObj;

/* The handles watching one file descriptor (loop_io.c), or VAL_NONE. */
typedef struct {
    Value reader, writer;
} IoWatch;

struct LoopObj {
    Obj base;
    int epfd;                   /* epoll instance (loop_io.c), -1 once closed */
    int wakefd;                 /* eventfd that call_soon_threadsafe writes */
    IoWatch *watches;           /* indexed by fd */
    uint32_t watches_cap, nwatched;
    ReadyEntry *ready;          /* ring buffer */
    uint32_t ready_head, ready_len, ready_cap;
    HandleObj **timers;         /* binary heap by (when, seq) */
    uint32_t ntimers, timers_cap;
    uint64_t timer_seq;
    TaskObj *tasks_first, *tasks_last;   /* pending tasks */
    uint32_t ntasks;
    FutureObj *unretrieved;     /* futures whose exception nobody may have seen */
    uint32_t nunretrieved, unretrieved_limit;
    Value current_task;         /* the task being stepped, or VAL_NONE */
    Value exception_handler;    /* callable, or VAL_NONE */
    bool running, stopping, closed, debug;
    bool hosted;                /* running only as the REPL's top level: see loop_host */
};

extern TypeObj LoopType, FutureType, TaskType, FutureIterType, HandleType, TimerHandleType;
extern TypeObj CancelledErrorType, InvalidStateErrorType;

/* For the interpreter's static type list (interp.c). */
#define ASYNCIO_TYPES \
    &LoopType, &FutureType, &TaskType, &FutureIterType, &HandleType, &TimerHandleType, \
    &CancelledErrorType, &InvalidStateErrorType,

static inline bool future_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type == &FutureType || val_as_obj(v)->type == &TaskType
                             || val_isinstance(v, &FutureType));
}
static inline bool task_check(Value v) { return val_isinstance(v, &TaskType); }

/* ---- loop.c ---- */

/* Appends an entry to the ready queue.  Returns 0, or -1 on MemoryError. */
int loop_ready(Thread *t, LoopObj *loop, ReadyKind kind, Value a, Value b, Value ctx);
/* The loop running in this thread, or NULL. */
LoopObj *loop_running(Thread *t);
/* loop.time() */
double loop_time(Thread *t, LoopObj *loop);
/* Reports `exc` through the loop's exception handler with `message`
 * and one more context entry (key, value) unless key is NULL. */
int loop_report(Thread *t, LoopObj *loop, const char *message, Value exc, const char *key, Value value);
/* Remembers a future whose exception was just set, to report it at
 * close if nobody retrieves it. */
void loop_remember_unretrieved(LoopObj *loop, FutureObj *f);
/* Reports every future of the loop whose exception was never retrieved
 * (and forgets them). */
int loop_report_unretrieved(Thread *t, LoopObj *loop);

/* The REPL runs its entries with its loop "hosted": the loop counts as
 * running (get_running_loop and create_task work at the prompt), yet the
 * top level is not inside a callback, so it may run the loop itself
 * (run_until_complete) or another one (asyncio.run); the host is set
 * aside while that runs.  A hosted loop may also be closed. */
void loop_host(Thread *t, LoopObj *loop);
void loop_unhost(Thread *t, LoopObj *loop);
/* The loop hosting this thread's top level, or NULL. */
LoopObj *loop_hosting(Thread *t);
/* Runs the due timers and the ready entries once, without waiting
 * (between the REPL's entries: the loop is not running). */
int loop_run_ready(Thread *t, LoopObj *loop);
/* How long the loop may sleep before it has work: 0 if something is
 * ready, the time to the next timer, or -1 for no limit (no timers, or
 * virtual time, whose clock does not move while the REPL waits). */
double loop_idle_timeout(Thread *t, LoopObj *loop);
/* The callback's description for reports: "f(args) at file:line". */
Value loop_format_callback(Thread *t, Value fn, Value args);

/* ---- task.c ---- */

/* A new pending future of loop. */
Value future_new(Thread *t, LoopObj *loop);
/* set_result / set_exception / cancel without the state checks of the
 * methods: the caller knows the future is pending. */
int future_finish(Thread *t, FutureObj *fut, Value value, bool is_exc);
bool future_cancel(Thread *t, FutureObj *fut, Value msg);
/* A new task running coro on loop; name and context may be VAL_NONE. */
Value task_new(Thread *t, TypeObj *cls, LoopObj *loop, Value coro, Value name, Value context);
/* Runs one ready entry of kind READY_STEP / READY_WAKEUP / READY_CALLBACK. */
int task_run_entry(Thread *t, ReadyEntry *e);
/* One step of the iterator `await future` uses, for SEND (vm.c): yields
 * the future while it is pending, else returns VAL_UNBOUND with its
 * result in *result (or VAL_ERROR, raising its exception). */
Value future_iter_send_fast(Thread *t, Value it, Value *result);
/* The task's coroutine location for reprs and the deadlock report. */
Value task_repr(Thread *t, Value task);
/* The asyncio.exceptions module name, set on our exception types. */
int asyncio_init_types(Thread *t);

/* The poller (loop_io.c). */
int loop_io_open(Thread *t, LoopObj *loop);     /* -1 with OSError */
void loop_io_close(LoopObj *loop);
void loop_io_mark(GC *gc, LoopObj *loop);
/* Wakes the loop if it waits in loop_io_poll; any thread may call it. */
void loop_wake(LoopObj *loop);
/* Waits up to timeout seconds (< 0: no limit; 0: just looks), with the
 * interpreter lock released, and schedules the handles of the fds that
 * are ready.  -1 if it raised (a Ctrl-C cut the wait short). */
int loop_io_poll(Thread *t, LoopObj *loop, double timeout);
Value loop_add_reader(Thread *t, Value *args, int nargs, TupleObj *kw);
Value loop_add_writer(Thread *t, Value *args, int nargs, TupleObj *kw);
Value loop_remove_reader(Thread *t, Value *args, int nargs, TupleObj *kw);
Value loop_remove_writer(Thread *t, Value *args, int nargs, TupleObj *kw);
/* For loop_io.c, from loop.c: */
int loop_check_open(Thread *t, LoopObj *loop);  /* RuntimeError if closed */
Value loop_handle_new(Thread *t, Value fn, Value *args, int nargs, Value ctx);

#endif
