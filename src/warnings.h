/*
 * warnings.h -- warnings the interpreter itself issues (warnings.c).
 */
#ifndef ASTER_WARNINGS_H
#define ASTER_WARNINGS_H

#include "object.h"
#include "interp.h"

/* warnings.warn(msg, category, stacklevel): the warnings module (imported
 * on first use) applies its filters, so "error" makes this raise and
 * return -1, "ignore" makes it print nothing.  Stack level 1 is the
 * script frame running when C code calls this.  Returns 0 or -1. */
int warn_emit(Thread *t, TypeObj *category, const char *msg, int stacklevel);

/* Queues "coroutine 'NAME' was never awaited" for coroutine `coro`,
 * being freed by the collector where no script code may run (its address
 * only goes into "Exception ignored in: <coroutine object ...>").
 * Returns false when memory is short (the caller then prints it plainly). */
bool warn_defer_unawaited(Interp *ip, const char *qualname, const char *filename, int line,
                          const void *coro);

/* Whether warnings wait in the queue. */
static inline bool warn_deferred_pending(Interp *ip) { return ip->deferred_warnings != NULL; }

/* Issues the queued warnings through the warnings module; one that
 * raises (an "error" filter) is printed as "Exception ignored in: ...",
 * as CPython does for warnings from finalizers.  Never raises.  Called at
 * the VM's poll points and when the main script ends. */
void warn_flush_deferred(Thread *t);

/* Frees what is still queued (interp_free). */
void warn_free_deferred(Interp *ip);

#endif
