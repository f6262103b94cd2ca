/*
 * oom.h -- the last resort when memory runs out where no MemoryError can
 * be raised (the parser's own arrays, GMP, the collector's root stack):
 * the process ends with status 1 and the line an uncaught MemoryError
 * would end with, rather than aborting.
 */
#ifndef ASTER_OOM_H
#define ASTER_OOM_H

#include <stdio.h>
#include <stdlib.h>

static inline _Noreturn void oom_exit(const char *doing)
{
    fflush(stdout);
    fprintf(stderr, "MemoryError: out of memory %s\n", doing);
    _Exit(1);
}

#endif
