/*
 * mod_thread.c -- the _thread module: OS threads, locks and thread-local
 * data, under which stdlib/threading.as builds the threading module.
 *
 * A new thread gets its own Thread (interp.h) and runs under the
 * interpreter lock (gil.h) like the main one.  Locks are POSIX
 * semaphores, so a wait can time out and a Ctrl-C (EINTR) cuts it
 * short; the interpreter lock is released for the whole wait.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "args.h"
#include "exc.h"
#include "gc.h"
#include "gil.h"
#include "interp.h"
#include "interrupt.h"
#include "module.h"
#include "obj_dict.h"
#include "obj_file.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "strbuf.h"
#include "vm.h"

/* The longest wait a lock accepts, in seconds (CPython's TIMEOUT_MAX on
 * Linux is about this: what fits a timespec after adding to now). */
#define TIMEOUT_MAX 9223372036.0
#define THREAD_STACK_SIZE (8u << 20)

typedef struct {
    Obj base;
    sem_t sem;                  /* 1: free, 0: held */
} LockObj;

typedef struct {
    Obj base;
    sem_t sem;
    unsigned long owner;        /* get_ident() of the holder, 0 if free */
    unsigned long count;        /* times the holder acquired it */
} RLockObj;

typedef struct {
    Obj base;
    DictObj *dict;              /* the running thread's, swapped in on access */
    int64_t id;                 /* key in each Thread's local_dicts */
    Value init_args;            /* (args, kwargs) for __init__ in new threads */
} LocalObj;

TypeObj LockType, RLockType, LocalType;

#define LOCK(v) ((LockObj *)val_as_obj(v))
#define RLOCK(v) ((RLockObj *)val_as_obj(v))
#define LOCAL(v) ((LocalObj *)val_as_obj(v))

/* ---- waiting ------------------------------------------------------------------------ */

/* Takes sem, waiting up to timeout seconds (< 0: for ever) with the
 * interpreter lock released.  1: taken, 0: timed out, -1: raised (a
 * Ctrl-C arrived). */
static int sem_take(Thread *t, sem_t *sem, double timeout)
{
    if (sem_trywait(sem) == 0) return 1;
    if (timeout == 0) return 0;
    struct timespec until;
    if (timeout > 0) {
        clock_gettime(CLOCK_MONOTONIC, &until);
        double whole = floor(timeout);
        until.tv_sec += (time_t)whole;
        until.tv_nsec += (long)((timeout - whole) * 1e9);
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        gil_release(t);
        int r = timeout < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &until);
        gil_acquire(t);
        if (r == 0) return 1;
        if (errno == ETIMEDOUT) return 0;
        if (errno == EINTR && interrupt_check(t) < 0) return -1;
    }
}

/* acquire(blocking=True, timeout=-1): the timeout to wait, checked as
 * CPython checks it. */
static int acquire_timeout(Thread *t, Value *args, int nargs, TupleObj *kw, double *timeout)
{
    Value a[2];
    if (arg_parse(t, "acquire", args + 1, nargs - 1, kw, "|blocking,timeout", a) < 0) return -1;
    int blocking = a[0] == VAL_UNBOUND ? 1 : op_truth(t, a[0]);
    if (blocking < 0) return -1;
    double secs = -1;
    if (a[1] != VAL_UNBOUND && float_as_double(t, a[1], &secs) < 0) return -1;
    if (!blocking && secs != -1) {
        exc_raise(t, &ValueErrorType, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (secs < 0 && secs != -1) {
        exc_raise(t, &ValueErrorType, "timeout value must be a non-negative number");
        return -1;
    }
    if (secs > TIMEOUT_MAX) {
        exc_raise(t, &OverflowErrorType, "timeout value is too large");
        return -1;
    }
    *timeout = !blocking ? 0 : secs;
    return 0;
}

/* ---- lock --------------------------------------------------------------------------- */

static bool lock_held(sem_t *sem)
{
    int v;
    sem_getvalue(sem, &v);
    return v == 0;
}

static Value lock_make(Thread *t)
{
    LockObj *l = gc_alloc(t, &LockType, sizeof(LockObj));
    if (!l) return VAL_ERROR;
    sem_init(&l->sem, 0, 1);
    return val_from_obj(l);
}

static void lock_finalize(GC *gc, Obj *o)
{
    (void)gc;
    sem_destroy(&((LockObj *)o)->sem);
}

static Value lock_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)cls;
    (void)args;
    if (arg_no_kw(t, "lock", kw) < 0 || arg_count(t, "lock", nargs, 0, 0) < 0) return VAL_ERROR;
    return lock_make(t);
}

static Value lock_acquire(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    double timeout;
    if (acquire_timeout(t, args, nargs, kw, &timeout) < 0) return VAL_ERROR;
    int r = sem_take(t, &LOCK(args[0])->sem, timeout);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value lock_release(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "release", kw) < 0 || arg_count(t, "release", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    LockObj *l = LOCK(args[0]);
    if (!lock_held(&l->sem)) return exc_raise(t, &RuntimeErrorType, "release unlocked lock");
    sem_post(&l->sem);
    return VAL_NONE;
}

static Value lock_exit(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)nargs;
    (void)kw;
    return lock_release(t, args, 1, NULL);
}

static Value lock_locked(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "locked", kw) < 0 || arg_count(t, "locked", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(lock_held(&LOCK(args[0])->sem));
}

static Value lock_repr(Thread *t, Value self)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s %s object at %p>", lock_held(&LOCK(self)->sem) ? "locked" : "unlocked",
                  val_type(self)->name, (void *)val_as_obj(self));
    return strbuf_finish(t, &b);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0},
    {"acquire_lock", lock_acquire, 0},
    {"__enter__", lock_acquire, 0},
    {"release", lock_release, 0},
    {"release_lock", lock_release, 0},
    {"__exit__", lock_exit, 0},
    {"locked", lock_locked, 0},
    {"locked_lock", lock_locked, 0},
    {NULL, NULL, 0},
};

TypeObj LockType = {
    .base = { .type = &TypeType },
    .name = "_thread.lock",
    .base_type = &ObjectType,
    .instance_size = sizeof(LockObj),
    .finalize = lock_finalize,
    .new_ = lock_new_slot,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ---- RLock -------------------------------------------------------------------------- */

static void rlock_finalize(GC *gc, Obj *o)
{
    (void)gc;
    sem_destroy(&((RLockObj *)o)->sem);
}

static Value rlock_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    RLockObj *l = gc_alloc(t, cls, cls->instance_size);
    if (!l) return VAL_ERROR;
    sem_init(&l->sem, 0, 1);
    return val_from_obj(l);
}

/* Takes an RLock `count` times at once (acquire, _acquire_restore). */
static int rlock_take(Thread *t, RLockObj *l, double timeout, unsigned long count)
{
    if (l->count && l->owner == t->ident) {
        if (l->count + count < l->count) {
            exc_raise(t, &OverflowErrorType, "Internal lock count overflowed");
            return -1;
        }
        l->count += count;
        return 1;
    }
    Value keep = val_from_obj(l);
    gc_push_root(t, keep);
    int r = sem_take(t, &l->sem, timeout);
    gc_pop_roots(t, 1);
    if (r == 1) {
        l->owner = t->ident;
        l->count = count;
    }
    return r;
}

static Value rlock_acquire(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    double timeout;
    if (acquire_timeout(t, args, nargs, kw, &timeout) < 0) return VAL_ERROR;
    int r = rlock_take(t, RLOCK(args[0]), timeout, 1);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static int rlock_check_owned(Thread *t, RLockObj *l)
{
    if (l->count && l->owner == t->ident) return 0;
    exc_raise(t, &RuntimeErrorType, "cannot release un-acquired lock");
    return -1;
}

static Value rlock_release(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)nargs;
    (void)kw;
    RLockObj *l = RLOCK(args[0]);
    if (rlock_check_owned(t, l) < 0) return VAL_ERROR;
    if (--l->count == 0) {
        l->owner = 0;
        sem_post(&l->sem);
    }
    return VAL_NONE;
}

/* _release_save() -> (count, owner): Condition.wait lets go completely. */
static Value rlock_release_save(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)nargs;
    (void)kw;
    RLockObj *l = RLOCK(args[0]);
    if (l->count == 0) return exc_raise(t, &RuntimeErrorType, "cannot release un-acquired lock");
    Value pair[2] = { int_from_u64(t, l->count), int_from_u64(t, l->owner) };
    if (pair[0] == VAL_ERROR || pair[1] == VAL_ERROR) return VAL_ERROR;
    Value r = tuple_from_array(t, pair, 2);
    if (r == VAL_ERROR) return VAL_ERROR;
    l->count = 0;
    l->owner = 0;
    sem_post(&l->sem);
    return r;
}

/* _acquire_restore((count, owner)): takes it back after Condition.wait. */
static Value rlock_acquire_restore(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)kw;
    if (arg_count(t, "_acquire_restore", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    Value state = args[1];
    if (!tuple_check(state) || TUPLE(state)->len != 2)
        return exc_raise(t, &TypeErrorType, "_acquire_restore() argument must be a (count, owner) tuple");
    int64_t count;
    if (int_as_i64(t, TUPLE(state)->items[0], &count) < 0) return VAL_ERROR;
    if (count <= 0) return exc_raise(t, &ValueErrorType, "_acquire_restore() count must be positive");
    int r = rlock_take(t, RLOCK(args[0]), -1, (unsigned long)count);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value rlock_is_owned(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)nargs;
    (void)kw;
    RLockObj *l = RLOCK(args[0]);
    return val_from_bool(l->count && l->owner == t->ident);
}

static Value rlock_repr(Thread *t, Value self)
{
    RLockObj *l = RLOCK(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s %s object owner=%lu count=%lu at %p>", l->count ? "locked" : "unlocked",
                  val_type(self)->name, l->owner, l->count, (void *)val_as_obj(self));
    return strbuf_finish(t, &b);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0},
    {"__enter__", rlock_acquire, 0},
    {"release", rlock_release, 0},
    {"__exit__", rlock_release, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {"_is_owned", rlock_is_owned, 0},
    {NULL, NULL, 0},
};

TypeObj RLockType = {
    .base = { .type = &TypeType },
    .name = "_thread.RLock",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(RLockObj),
    .finalize = rlock_finalize,
    .new_ = rlock_new_slot,
    .repr = rlock_repr,
    .methods = rlock_methods,
};

/* ---- thread-local data -------------------------------------------------------------- */

static void local_trace(GC *gc, Obj *o)
{
    LocalObj *l = (LocalObj *)o;
    gc_mark_obj(gc, (Obj *)l->dict);
    gc_mark_value(gc, l->init_args);
}

static Value local_new_slot(Thread *t, TypeObj *cls, Value *args, int nargs, TupleObj *kw)
{
    if ((nargs || (kw && kw->len)) && type_lookup(cls, NAME(t, init)) == type_lookup(&ObjectType, NAME(t, init)))
        return exc_raise(t, &TypeErrorType, "Initialization arguments are not supported");
    Value pair[2];
    pair[0] = tuple_from_array(t, args, (size_t)nargs);
    if (pair[0] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, pair[0]);
    pair[1] = dict_new(t);
    if (pair[1] == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, pair[1]);
    for (size_t i = 0; kw && i < kw->len; i++)
        if (dict_set(t, DICT(pair[1]), kw->items[i], args[nargs + i]) < 0) return VAL_ERROR;
    Value init_args = tuple_from_array(t, pair, 2);
    if (init_args == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, init_args);
    Value dict = dict_new(t);
    if (dict == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, dict);
    LocalObj *l = gc_alloc(t, cls, cls->instance_size);
    gc_pop_roots(t, 4);
    if (!l) return VAL_ERROR;
    l->id = ++t->interp->local_counter;
    l->init_args = init_args;
    l->dict = DICT(dict);
    /* this thread's dict is the one just made */
    Value lv = val_from_obj(l);
    gc_push_root(t, lv);
    if (t->local_dicts == VAL_NONE) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return VAL_ERROR;
        t->local_dicts = d;
    }
    int rc = dict_set(t, DICT(t->local_dicts), val_from_small(l->id), dict);
    gc_pop_roots(t, 1);
    return rc < 0 ? VAL_ERROR : lv;
}

/* Points self's dict at the running thread's, making it (and running
 * __init__ again, with the arguments the local was made with) on the
 * thread's first use. */
static int local_select(Thread *t, Value self)
{
    LocalObj *l = LOCAL(self);
    if (t->local_dicts == VAL_NONE) {
        Value d = dict_new(t);
        if (d == VAL_ERROR) return -1;
        t->local_dicts = d;
    }
    Value key = val_from_small(l->id);
    Value dict = dict_get(t, DICT(t->local_dicts), key);
    if (dict == VAL_ERROR) return -1;
    if (dict != VAL_UNBOUND) {
        l->dict = DICT(dict);
        return 0;
    }
    dict = dict_new(t);
    if (dict == VAL_ERROR) return -1;
    gc_push_root(t, dict);
    int rc = dict_set(t, DICT(t->local_dicts), key, dict);
    gc_pop_roots(t, 1);
    if (rc < 0) return -1;
    l->dict = DICT(dict);
    TypeObj *type = val_type(self);
    Value init = type_lookup(type, NAME(t, init));
    if (init == type_lookup(&ObjectType, NAME(t, init))) return 0;
    /* init(self, *args, **kwargs) */
    TupleObj *pos = TUPLE(TUPLE(l->init_args)->items[0]);
    Value argv = tuple_new(t, pos->len + 1);
    if (argv == VAL_ERROR) return -1;
    TUPLE(argv)->items[0] = self;
    for (size_t i = 0; i < pos->len; i++) TUPLE(argv)->items[i + 1] = pos->items[i];
    gc_push_root(t, argv);
    Value r = vm_call_ex(t, init, argv, TUPLE(l->init_args)->items[1]);
    gc_pop_roots(t, 1);
    return r == VAL_ERROR ? -1 : 0;
}

static Value local_getattr(Thread *t, Value self, StrObj *name)
{
    if (local_select(t, self) < 0) return VAL_ERROR;
    return generic_getattr(t, self, name);
}

static int local_setattr(Thread *t, Value self, StrObj *name, Value value)
{
    if (local_select(t, self) < 0) return -1;
    return generic_setattr(t, self, name, value);
}

TypeObj LocalType = {
    .base = { .type = &TypeType },
    .name = "_thread._local",
    .base_type = &ObjectType,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(LocalObj),
    .dict_offset = offsetof(LocalObj, dict),
    .trace = local_trace,
    .new_ = local_new_slot,
    .getattr = local_getattr,
    .setattr = local_setattr,
};

/* ---- threads ------------------------------------------------------------------------ */

/* A thread's function raised: reported as CPython's _thread does. */
static void report_failure(Thread *t, Value fn)
{
    Value exc = exc_fetch(t);
    if (val_type(exc) == &SystemExitType || type_is_subtype(val_type(exc), &SystemExitType)) return;
    gc_push_root(t, exc);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "Exception ignored in thread started by: ");
    Value r = op_repr(t, fn);
    if (r != VAL_ERROR) strbuf_put_str(&b, r);
    else exc_clear(t);
    strbuf_putc(&b, '\n');
    file_write_stderr(t, b.data, b.len);
    strbuf_free(&b);
    exc_print(t, exc);
    gc_pop_roots(t, 1);
}

static void *thread_main(void *arg)
{
    Thread *t = arg;
    char here;
    t->c_stack_base = &here;
    gil_start(t);
    /* bootstrap: (function, args, kwargs or None) */
    TupleObj *boot = TUPLE(t->bootstrap);
    Value fn = boot->items[0];
    Value kwargs = boot->items[2] == VAL_NONE ? VAL_UNBOUND : boot->items[2];
    if (vm_call_ex(t, fn, boot->items[1], kwargs) == VAL_ERROR) report_failure(t, fn);
    /* a lock from _set_sentinel says the thread is done */
    if (t->sentinel != VAL_NONE) sem_post(&LOCK(t->sentinel)->sem);
    gil_exit(t);
    return NULL;
}

static Value thread_start_new(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "start_new_thread", kw) < 0 || arg_count(t, "start_new_thread", nargs, 2, 3) < 0)
        return VAL_ERROR;
    if (!val_type(args[0])->call) return exc_raise(t, &TypeErrorType, "first arg must be callable");
    if (!tuple_check(args[1])) return exc_raise(t, &TypeErrorType, "2nd arg must be a tuple");
    Value kwargs = nargs > 2 ? args[2] : VAL_NONE;
    if (kwargs != VAL_NONE && !dict_check(kwargs))
        return exc_raise(t, &TypeErrorType, "optional 3rd arg must be a dictionary");
    Value boot[3] = { args[0], args[1], kwargs };
    Value bv = tuple_from_array(t, boot, 3);
    if (bv == VAL_ERROR) return VAL_ERROR;
    Thread *nt = thread_new(t->interp);
    if (!nt) return exc_no_memory(t);
    nt->bootstrap = bv;

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* signals go to the main thread, which handles them (as CPython) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    gil_created();
    pthread_t tid;
    int err = pthread_create(&tid, &attr, thread_main, nt);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err) {
        gil_not_created();
        thread_free(nt);
        return exc_raise(t, &RuntimeErrorType, "can't start new thread");
    }
    return int_from_u64(t, (unsigned long)tid);
}

static Value thread_allocate_lock(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "allocate_lock", kw) < 0 || arg_count(t, "allocate_lock", nargs, 0, 0) < 0) return VAL_ERROR;
    return lock_make(t);
}

/* _set_sentinel(): a held lock that is released when the calling
 * thread has finished (threading's join waits for it). */
static Value thread_set_sentinel(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "_set_sentinel", kw) < 0 || arg_count(t, "_set_sentinel", nargs, 0, 0) < 0) return VAL_ERROR;
    Value l = lock_make(t);
    if (l == VAL_ERROR) return VAL_ERROR;
    sem_trywait(&LOCK(l)->sem);
    t->sentinel = l;
    return l;
}

static Value thread_get_ident(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "get_ident", kw) < 0 || arg_count(t, "get_ident", nargs, 0, 0) < 0) return VAL_ERROR;
    return int_from_u64(t, t->ident);
}

static Value thread_get_native_id(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "get_native_id", kw) < 0 || arg_count(t, "get_native_id", nargs, 0, 0) < 0) return VAL_ERROR;
    return int_from_i64(t, (int64_t)syscall(SYS_gettid));
}

/* _count(): threads started by start_new_thread that are still alive. */
static Value thread_count(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)args;
    if (arg_no_kw(t, "_count", kw) < 0 || arg_count(t, "_count", nargs, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(t->interp->nthreads - 1);
}

static Value thread_stack_size(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    if (arg_no_kw(t, "stack_size", kw) < 0 || arg_count(t, "stack_size", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs) {
        int64_t n;
        if (op_index(t, args[0], &n) < 0) return VAL_ERROR;
        if (n != 0 && n < 32768) return exc_raise(t, &ValueErrorType, "size not valid: %lld bytes", (long long)n);
    }
    return val_from_small(0);
}

static Value thread_daemon_allowed(Thread *t, Value *args, int nargs, TupleObj *kw)
{
    (void)t;
    (void)args;
    (void)nargs;
    (void)kw;
    return VAL_TRUE;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new, 0},
    {"start_new", thread_start_new, 0},
    {"allocate_lock", thread_allocate_lock, 0},
    {"allocate", thread_allocate_lock, 0},
    {"_set_sentinel", thread_set_sentinel, 0},
    {"get_ident", thread_get_ident, 0},
    {"get_native_id", thread_get_native_id, 0},
    {"_count", thread_count, 0},
    {"stack_size", thread_stack_size, 0},
    {"daemon_threads_allowed", thread_daemon_allowed, 0},
    {NULL, NULL, 0},
};

Value mod_thread_init(Thread *t)
{
    static TypeObj *const types[] = { &LockType, &RLockType, &LocalType, NULL };
    if (module_init_types(t, types) < 0) return VAL_ERROR;
    Value m = module_new(t, "_thread");
    if (m == VAL_ERROR) return VAL_ERROR;
    gc_push_root(t, m);
    Value timeout_max = val_from_double(TIMEOUT_MAX);
    int ok = module_add_functions(t, m, thread_functions) == 0 &&
             module_add(t, m, "LockType", val_from_obj(&LockType)) == 0 &&
             module_add(t, m, "lock", val_from_obj(&LockType)) == 0 &&
             module_add(t, m, "RLock", val_from_obj(&RLockType)) == 0 &&
             module_add(t, m, "_local", val_from_obj(&LocalType)) == 0 &&
             module_add(t, m, "error", val_from_obj(&RuntimeErrorType)) == 0 &&
             module_add(t, m, "TIMEOUT_MAX", timeout_max) == 0;
    gc_pop_roots(t, 1);
    return ok ? m : VAL_ERROR;
}
