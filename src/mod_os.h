/*
 * mod_os.h -- the parts of the _os module spread over several files:
 * mod_os.c (files, directories, environment), mod_os_proc.c (processes,
 * descriptor flags) and mod_os_spawn.c (starting a child).
 */
#ifndef ASTER_MOD_OS_H
#define ASTER_MOD_OS_H

#include "object.h"

/* An int argument (through __index__) that fits a C int, for file
 * descriptors, pids, signal numbers.  Returns 0, or -1 with the error. */
int os_fd_arg(Thread *t, Value v, int *fd);

/* Adds the process calls (mod_os_proc.c) and spawn (mod_os_spawn.c) to
 * the _os module.  Return 0, or -1 with the error. */
int os_add_process_calls(Thread *t, Value module);
int os_add_spawn(Thread *t, Value module);

#endif
