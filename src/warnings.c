/*
 * warnings.c -- warnings the interpreter itself issues (see warnings.h).
 *
 * Every one goes through stdlib/warnings.as so the script's filters,
 * showwarning and catch_warnings see it exactly as they see a call to
 * warnings.warn.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "warnings.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "interrupt.h"
#include "obj_file.h"
#include "obj_str.h"
#include "ops.h"

struct DeferredWarning {
    DeferredWarning *next;
    char *qualname, *filename, *repr;
    int line;
};

static Value warnings_function(Thread *t, const char *name)
{
    Value m = import_module(t, "warnings");
    if (m == VAL_ERROR) return VAL_ERROR;
    Value fname = str_from_cstr(t, name);
    if (fname == VAL_ERROR) return VAL_ERROR;
    return op_getattr(t, m, STR(fname));
}

int warn_emit(Thread *t, TypeObj *category, const char *msg, int stacklevel)
{
    uint32_t mark = gc_root_mark(t);
    Value args[3] = { VAL_NONE, val_from_obj(category), val_from_small(stacklevel) };
    Value fn = warnings_function(t, "warn");
    if (fn == VAL_ERROR) goto fail;
    gc_push_root(t, fn);
    args[0] = str_from_cstr(t, msg);
    if (args[0] == VAL_ERROR) goto fail;
    gc_push_root(t, args[0]);
    if (op_call(t, fn, args, 3, NULL) == VAL_ERROR) goto fail;
    gc_root_reset(t, mark);
    return 0;
fail:
    gc_root_reset(t, mark);
    return -1;
}

bool warn_defer_unawaited(Interp *ip, const char *qualname, const char *filename, int line,
                          const void *coro)
{
    DeferredWarning *w = malloc(sizeof *w);
    if (!w) return false;
    w->qualname = strdup(qualname);
    w->filename = strdup(filename);
    size_t n = strlen(qualname) + 64;
    w->repr = malloc(n);
    if (w->repr) snprintf(w->repr, n, "<coroutine object %s at %p>", qualname, coro);
    w->line = line;
    if (!w->qualname || !w->filename || !w->repr) {
        free(w->qualname);
        free(w->filename);
        free(w->repr);
        free(w);
        return false;
    }
    /* Appended, so they come out in the order the collector found them. */
    DeferredWarning **tail = &ip->deferred_warnings;
    while (*tail) tail = &(*tail)->next;
    w->next = NULL;
    *tail = w;
    interrupt_pending = 1;      /* makes the VM reach its next poll point */
    return true;
}

static void free_one(DeferredWarning *w)
{
    free(w->qualname);
    free(w->filename);
    free(w->repr);
    free(w);
}

/* warnings._warn_unawaited(qualname, filename, lineno): 0 or -1. */
static int issue(Thread *t, DeferredWarning *w)
{
    uint32_t mark = gc_root_mark(t);
    Value args[3] = { VAL_NONE, VAL_NONE, val_from_small(w->line) };
    Value fn = warnings_function(t, "_warn_unawaited");
    if (fn == VAL_ERROR) goto fail;
    gc_push_root(t, fn);
    for (int i = 0; i < 2; i++) {
        args[i] = str_from_cstr(t, i == 0 ? w->qualname : w->filename);
        if (args[i] == VAL_ERROR) goto fail;
        gc_push_root(t, args[i]);
    }
    if (op_call(t, fn, args, 3, NULL) == VAL_ERROR) goto fail;
    gc_root_reset(t, mark);
    return 0;
fail:
    gc_root_reset(t, mark);
    return -1;
}

void warn_flush_deferred(Thread *t)
{
    Interp *ip = t->interp;
    uint32_t mark = gc_root_mark(t);
    Value saved = exc_fetch(t);
    gc_push_root(t, saved);
    /* Taken as a whole: a warning's own code reaches poll points, which
     * must not issue the next ones before it. */
    DeferredWarning *batch = ip->deferred_warnings;
    ip->deferred_warnings = NULL;
    while (batch) {
        DeferredWarning *w = batch;
        batch = w->next;
        if (issue(t, w) < 0) {
            Value exc = exc_fetch(t);
            gc_push_root(t, exc);
            file_write_stderr(t, "Exception ignored in: ", 22);
            file_write_stderr(t, w->repr, strlen(w->repr));
            file_write_stderr(t, "\n", 1);
            exc_print(t, exc);
            gc_pop_roots(t, 1);
        }
        free_one(w);
    }
    t->exc = saved;
    gc_root_reset(t, mark);
}

void warn_free_deferred(Interp *ip)
{
    while (ip->deferred_warnings) {
        DeferredWarning *w = ip->deferred_warnings;
        ip->deferred_warnings = w->next;
        free_one(w);
    }
}
